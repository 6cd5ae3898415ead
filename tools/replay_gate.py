"""Replay the checker's gates (generator/editors/claims/rivals.py, then abstain.py with it)
on the rules as they were before each round's tuning, on that round's held-out cases.

    PYTHONPATH=. .venv/bin/python tools/replay_gate.py

For each round, the commit whose rules were first scored on its held-out set is copied out
of git (`git archive`, into a temporary folder), run on the held-out cases as they are
now (labels corrected since): as it was, with this checkout's rivals.py patched into its
`check_commentary`, and with abstain.py too. Prints, per round, the false findings before and
how many the gate prevents, and the real findings before and how many the gate loses.
"""

from __future__ import annotations

import json
import re
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
    from generator.editors.claims.abstain import WITHHELD, defaults_withheld
    from generator.editors.claims.rivals import GATED, one_figure_each
    found = [finding for _, rule in rules for finding in rule(sentence, context)]
    if not any(f.rule in GATED or f.rule in WITHHELD for f in found):
        return found
    claims = context.claims(sentence)
    subject = context.subject
    if GATES == "both":
        cumulative = getattr(subject.facts.indicator, "cumulative", False)
        found = defaults_withheld(
            subject, sentence.text, sentence.masked, subject.latest, claims, found, cumulative
        )
    return one_figure_each(subject, sentence.text, sentence.masked, claims, found)
"""
_LOOP = """        for _, rule in rules
        for finding in rule(sentence, context)
"""


def findings(tree: Path, corpus: Path, restrict: bool) -> set[tuple[str, ...]]:
    own = str(tree / "tests" / "fixtures" / corpus.name) if restrict else ""
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(corpus), own],
        cwd=tree,
        # no bytecode: a patched module rewritten within a second may keep its size
        env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin", "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
    )
    if done.returncode:
        raise SystemExit(f"{tree.name}: {done.stderr}")
    return {tuple(row) for row in json.loads(done.stdout)}


def gated_copy(tree: Path, gates: str) -> None:
    """The rules of `tree` with this checkout's gates in front of their findings: `rivals`
    (one claim, one figure) or `both` (and abstain.py's)."""
    claims = ROOT / "generator" / "editors" / "claims"
    rivals = (claims / "rivals.py").read_text()
    # a time on the clock was not yet read by the earliest rules
    rivals = rivals.replace("stated.clock", 'getattr(stated, "clock", False)')
    (tree / "generator" / "editors" / "claims" / "rivals.py").write_text(rivals)
    # the year to date's words as they are now (the earliest rules had no ytd.py)
    ytd = (claims / "ytd.py").read_text()
    words = ytd[ytd.index("YEAR_TO_DATE = ") : ytd.index("\n)\n", ytd.index("YEAR_TO_DATE = ")) + 3]
    abstain = (claims / "abstain.py").read_text()
    abstain = abstain.replace("from generator.editors.claims.ytd import YEAR_TO_DATE\n", "")
    # the words a title splits its whole by were not yet read by the earliest rules
    abstain = abstain.replace(
        "from generator.editors.claims.subject import Subject, stem, whole_words\n",
        "from generator.editors.claims.subject import Subject, stem\n"
        "try:\n    from generator.editors.claims.subject import whole_words\n"
        "except ImportError:\n    def whole_words(subject): return set()\n",
    )
    # nor the same quarter of a named year, nor 'year on year'
    abstain = abstain.replace("r.in_year", 'getattr(r, "in_year", None)')
    abstain = abstain.replace("r.compared", 'getattr(r, "compared", False)')
    # a share's whole (`of`) was not yet read by the earliest rules
    abstain = abstain.replace("claim.of", 'getattr(claim, "of", None)')
    abstain = abstain.replace("_OF_AFTER = re.compile(", words + "_OF_AFTER = re.compile(", 1)
    (tree / "generator" / "editors" / "claims" / "abstain.py").write_text(abstain)
    rules = tree / "generator" / "editors" / "claims" / "rules.py"
    text = rules.read_text()
    if _LOOP in text:
        text = text.replace(_LOOP, "        for finding in _gated(sentence, context, rules)\n")
        text += _GATE
    text = re.sub(r"^GATES = .*$", "", text, flags=re.M)
    assert "_gated(sentence" in text, "check_commentary is not as the replay expects"
    rules.write_text(f"{text}\nGATES = {gates!r}\n")


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
            false = {f for f in before if f[0] == "false"}
            real = {f for f in before if f[0] == "real"}
            print(f"{name} (rules of {commit}): {len(false)} false findings, {len(real)} real")
            for gates in ("rivals", "both"):
                gated_copy(tree, gates)
                after = findings(tree, FIXTURES / corpus, restrict)
                print(
                    f"  gates {gates}: {len(false - after)} of {len(false)} false findings "
                    f"prevented, {len(real - after)} of {len(real)} real findings lost"
                    + (f" (and new findings: {after - before})" if not after <= before else "")
                )
                for kind, lost in (("prevented", false - after), ("lost", real - after)):
                    for _, text, rule, quote in sorted(lost):
                        print(f"    {kind} [{rule}] {quote!r}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
