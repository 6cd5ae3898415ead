#!/bin/sh
# Mutation testing of one module of generator/ with mutmut (pyproject's [tool.mutmut]).
#
#   tools/mutation.sh rules          # generator/rules.py against its tests
#   tools/mutation.sh data tests/test_data.py tests/test_cli.py   # choose the tests
#
# Runs in a scratch copy (MUTATION_DIR, default /tmp/mutation-MODULE), so the
# work tree gets no mutants/ folder and two modules can run side by side. The
# run is niced: the machine stays usable. Afterwards, in the scratch copy:
#   mutmut results            # the surviving mutants by name
#   mutmut show NAME          # one mutant's diff
# JOBS (default 2) sets how many mutants run at once; NICE (default 15) the niceness.
# A module's default tests are the files that exercise it directly; the slow
# end-to-end tests (real builds in subprocesses) cannot see a mutant anyway.
set -eu
module=${1:?usage: tools/mutation.sh MODULE [TEST_FILE...]}
shift
here=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-$here/.venv/bin/python}
scratch=${MUTATION_DIR:-/tmp/mutation-$(echo "$module" | tr / -)}
source="generator/$module.py"
[ -f "$here/$source" ] || { echo "no such module: $source" >&2; exit 2; }
if [ $# -eq 0 ]; then
  case $module in
    # (not the chart-axis oracle: it draws twenty charts for each mutant)
    rules) set -- tests/test_rules.py tests/test_oracles.py -k "not draws_the_axis" ;;
    periods) set -- tests/test_periods.py tests/test_rules.py tests/test_data.py ;;
    data) set -- tests/test_data.py ;;
    *) set -- tests ;;
  esac
fi
rm -rf "$scratch"
mkdir -p "$scratch"
cp -r "$here/generator" "$here/tests" "$here/data" "$here/narratives" "$here/styles" \
  "$here/pyproject.toml" "$scratch/"
cd "$scratch"
# Only this module is mutated; only these tests are run against it.
"$python" - "$source" "$@" <<'PY'
import sys
from pathlib import Path

path = Path("pyproject.toml")
text = path.read_text(encoding="utf-8")
source, tests = sys.argv[1], sys.argv[2:]
extra = f"only_mutate = [{source!r}]\npytest_add_cli_args_test_selection = {tests!r}\n"
path.write_text(text.replace("[tool.mutmut]\n", "[tool.mutmut]\n" + extra, 1), encoding="utf-8")
PY
export MPLBACKEND=Agg
# MUTANTS='generator.data.x__parse_value*' runs only the mutants matching that pattern.
# shellcheck disable=SC2086
nice -n "${NICE:-15}" "$python" -m mutmut run --max-children "${JOBS:-2}" ${MUTANTS:-} || true
"$python" -m mutmut results > results.txt 2>&1 || true
"$python" - <<'PY'
import re
from pathlib import Path

text = Path("results.txt").read_text(encoding="utf-8")
survived = len(re.findall(r": survived", text))
print(f"survivors listed in {Path('results.txt').resolve()}: {survived}")
PY
