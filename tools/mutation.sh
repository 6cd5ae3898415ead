#!/bin/sh
# Mutation testing of generator/ with mutmut (pyproject's [tool.mutmut]).
#
#   tools/mutation.sh rules          # generator/core/rules.py against its tests (or: core/rules)
#   tools/mutation.sh data tests/test_data.py tests/test_cli.py   # choose the tests
#   tools/mutation.sh all            # a random sample of every mutant in generator/
#
# Runs in a scratch copy (MUTATION_DIR, default /tmp/mutation-MODULE), so the
# work tree gets no mutants/ folder and two modules can run side by side. The
# run is niced: the machine stays usable. Afterwards, in the scratch copy:
#   mutmut results            # the surviving mutants by name
#   mutmut show NAME          # one mutant's diff
# JOBS (default 2) sets how many mutants run at once; NICE (default 15) the niceness.
# A module's default tests are the files that exercise it directly; the slow
# end-to-end tests (real builds in subprocesses) cannot see a mutant anyway.
#
# `all` mutates the whole of generator/ (about 20,000 mutants, more than a day
# on two cores even with quick tests) and runs SAMPLE of them (default 500),
# chosen with SEED (default 1): the score it prints is an estimate with its 95%
# confidence interval. SAMPLE=0 runs every mutant.
set -eu
module=${1:?usage: tools/mutation.sh MODULE|all [TEST_FILE...]}
shift
here=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-$here/.venv/bin/python}
scratch=${MUTATION_DIR:-/tmp/mutation-$(echo "$module" | tr / -)}
if [ "$module" = all ]; then
  source=""
else
  # a module by its path under generator/ (core/rules) or by its name alone (rules)
  source="generator/$module.py"
  if [ ! -f "$here/$source" ]; then
    found=$(cd "$here" && ls generator/*/"$module".py generator/*/*/"$module".py 2>/dev/null || true)
    [ "$(echo "$found" | grep -c .)" = 1 ] || { echo "no single module named $module under generator/: $found" >&2; exit 2; }
    source=$found
  fi
fi
if [ $# -eq 0 ]; then
  case ${module##*/} in
    # (not the chart-axis oracle: it draws twenty charts for each mutant)
    rules) set -- tests/test_rules.py tests/test_oracles.py -k "not draws_the_axis" ;;
    periods) set -- tests/test_periods.py tests/test_rules.py tests/test_data.py ;;
    data) set -- tests/test_data.py tests/test_wide.py tests/test_series_names.py tests/test_gaps.py ;;
    build) set -- tests/test_build_steps.py tests/test_output_promise.py ;;
    # Every test but those that drive a browser, an office program or a process
    # tree from outside (they see no mutant), the source scan of
    # test_no_report_in_code (a minute, for a property of the code, not of its
    # behaviour), the page layout through LibreOffice and the preview's browser test:
    # a surviving mutant runs every test that reaches its function, so these
    # would make the run hours longer. The estimate is the lower for it.
    all) set -- tests --ignore=tests/test_html_browser.py --ignore=tests/test_processes.py \
      --ignore=tests/writers/test_docx_pandoc.py --ignore=tests/test_accessibility.py \
      --ignore=tests/test_no_report_in_code.py --ignore=tests/test_pages.py \
      --deselect tests/test_preview.py::test_the_open_page_reloads_itself_in_a_browser ;;
    *) set -- tests ;;
  esac
fi
rm -rf "$scratch"
mkdir -p "$scratch"
cp -r "$here/generator" "$here/tests" "$here/data" "$here/narratives" "$here/styles" "$here/samples" \
  "$here/pyproject.toml" "$here/README.md" "$scratch/"
cd "$scratch"
# Only this module is mutated (all of generator/ for `all`); only these tests are run.
"$python" - "$source" "$@" <<'PY'
import sys
from pathlib import Path

path = Path("pyproject.toml")
text = path.read_text(encoding="utf-8")
source, tests = sys.argv[1], sys.argv[2:]
extra = f"only_mutate = [{source!r}]\n" if source else ""
extra += f"pytest_add_cli_args_test_selection = {tests!r}\n"
path.write_text(text.replace("[tool.mutmut]\n", "[tool.mutmut]\n" + extra, 1), encoding="utf-8")
PY
export MPLBACKEND=Agg
# Builds run in the test's own process: mutmut maps a test to the code it runs only
# there (a worker's calls are not seen), so without this every writer and chart
# function reached through a build would be "no tests".
export APPENDIX_WORKERS=1
# build --all always has a worker: forked, it inherits mutmut's set-up (a worker
# started afresh, by forkserver or spawn, cannot find the mutated code).
export APPENDIX_START_METHOD=fork
chosen=${MUTANTS:-}
if [ "$module" = all ] && [ -z "$chosen" ] && [ "${SAMPLE:-500}" != 0 ]; then
  # Generate the mutants without running any (mutmut stops: no mutant is named
  # so), then choose the sample from the full list.
  "$python" -m mutmut run "generator.none-such" > /dev/null 2>&1 || true
  "$python" -m mutmut results --all true > all.txt 2>&1 || true
  chosen=$("$python" - "${SAMPLE:-500}" "${SEED:-1}" <<'PY'
import random
import re
import sys
from pathlib import Path

names = sorted(re.findall(r"^\s*(\S+__mutmut_\d+):", Path("all.txt").read_text("utf-8"), re.M))
sample = random.Random(int(sys.argv[2])).sample(names, min(int(sys.argv[1]), len(names)))
Path("population.txt").write_text(f"{len(names)}\n", encoding="utf-8")
print(" ".join(sorted(sample)))
PY
)
fi
# MUTANTS='generator.read.data.x__parse_value*' runs only the mutants matching that pattern.
# shellcheck disable=SC2086
nice -n "${NICE:-15}" "$python" -m mutmut run --max-children "${JOBS:-2}" $chosen || true
"$python" -m mutmut results --all true > results.txt 2>&1 || true
"$python" - <<'PY'
import math
import re
from pathlib import Path

text = Path("results.txt").read_text(encoding="utf-8")
states = dict(re.findall(r"^\s*(\S+__mutmut_\d+): (.+)$", text, re.M))
tried = {name: state for name, state in states.items() if state != "not checked"}
killed = sum(state in ("killed", "timeout") for state in tried.values())
survivors = sorted(name for name, state in tried.items() if state not in ("killed", "timeout"))
Path("survivors.txt").write_text("".join(f"{s}\n" for s in survivors), encoding="utf-8")
n = len(tried)
share = killed / n if n else 0.0
line = f"{killed} of {n} mutants killed: {share:.1%}"
population = Path("population.txt")
if population.exists() and 0 < n < int(population.read_text()):
    # Wilson score interval, 95%
    z = 1.96
    centre = (share + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(share * (1 - share) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    line += (
        f" (a random sample of {n} of {population.read_text().strip()} mutants; "
        f"95% confidence interval {centre - half:.1%} to {centre + half:.1%})"
    )
print(line)
print(f"survivors listed in {Path('survivors.txt').resolve()}: {len(survivors)}")
PY
