"""Replay the checker's gate (generator/editors/claims/rivals.py) on the rules as they were
before each round's tuning, on that round's held-out cases.

    PYTHONPATH=. .venv/bin/python tools/replay_gate.py

For each round, the commit whose rules were first scored on its held-out set is copied out
of git (`git archive`, into a temporary folder), run on the held-out cases as they are
now (labels corrected since), once as it was and once with this checkout's rivals.py
patched into its `check_commentary`. Prints, per round, the false findings before and
how many the gate prevents, and the real findings before and how many the gate loses.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
# (name, commit scored before tuning, corpus, only the cases in the commit's own copy)
ROUNDS = (
    ("general corpus, held-out third", "d8e735f", "check_corpus_general.yaml", True),
    ("fresh set", "2fec3be", "check_corpus_fresh.yaml", False),
    ("round 3 held out", "73dd574", "check_corpus_round3.yaml", False),
    ("round 4 held out", "50b52df", "check_corpus_round4.yaml", False),
)

_RUN = """
import json, sys
from pathlib import Path
import yaml
from tests.corpus_scoring import outcome
corpus, restrict = Path(sys.argv[1]), sys.argv[2]
cases = yaml.safe_load(corpus.read_text())
if "fresh" not in corpus.name:
    cases = [c for c in cases if c.get("held_out")]
if restrict:
    old = {c["text"] for c in yaml.safe_load(Path(restrict).read_text())}
    cases = [c for c in cases if c["text"] in old]
rows = []
for c in cases:
    r = outcome(c)
    rows += [["false", c["text"], f.rule, f.quote] for f in r.extra]
    rows += [["real", c["text"], f.rule, f.quote] for f in r.hits]
print(json.dumps(rows))
"""

_GATE = """

def _gated(sentence, context, rules):
    from generator.editors.claims.rivals import GATED, one_figure_each
    found = [finding for _, rule in rules for finding in rule(sentence, context)]
    if not any(f.rule in GATED for f in found):
        return found
    return one_figure_each(
        context.subject, sentence.text, sentence.masked, context.claims(sentence), found
    )
"""
_LOOP = """        for _, rule in rules
        for finding in rule(sentence, context)
"""


def findings(tree: Path, corpus: Path, restrict: bool) -> set[tuple[str, ...]]:
    own = str(tree / "tests" / "fixtures" / corpus.name) if restrict else ""
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(corpus), own],
        cwd=tree,
        env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    return {tuple(row) for row in json.loads(done.stdout)}


def gated_copy(tree: Path) -> None:
    """The rules of `tree` with this checkout's gate in front of their findings."""
    rivals = (ROOT / "generator" / "editors" / "claims" / "rivals.py").read_text()
    # a time on the clock was not yet read by the earliest rules
    rivals = rivals.replace("stated.clock", 'getattr(stated, "clock", False)')
    (tree / "generator" / "editors" / "claims" / "rivals.py").write_text(rivals)
    rules = tree / "generator" / "editors" / "claims" / "rules.py"
    text = rules.read_text()
    assert _LOOP in text, "check_commentary is not as the replay expects"
    text = text.replace(_LOOP, "        for finding in _gated(sentence, context, rules)\n")
    rules.write_text(text + _GATE)


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch:
        for name, commit, corpus, restrict in ROUNDS:
            tree = Path(scratch) / commit
            tree.mkdir()
            archive = subprocess.run(
                ["git", "archive", commit], cwd=ROOT, capture_output=True, check=True
            )
            subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
            before = findings(tree, FIXTURES / corpus, restrict)
            gated_copy(tree)
            after = findings(tree, FIXTURES / corpus, restrict)
            false = {f for f in before if f[0] == "false"}
            real = {f for f in before if f[0] == "real"}
            print(
                f"{name} (rules of {commit}): {len(false - after)} of {len(false)} false "
                f"findings prevented, {len(real - after)} of {len(real)} real findings lost"
                f"{'' if after <= before else ' (and new findings: ' + str(after - before) + ')'}"
            )
            for kind, lost in (("prevented", false - after), ("lost", real - after)):
                for _, text, rule, quote in sorted(lost):
                    print(f"    {kind} [{rule}] {quote!r}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
