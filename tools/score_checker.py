"""The commentary checker's score on the generalisation corpus (issue 24).

    PYTHONPATH=. .venv/bin/python tools/score_checker.py            # the scores
    PYTHONPATH=. .venv/bin/python tools/score_checker.py --failures # and the tuning part's
                                                                     # failing cases, by kind

Prints precision and recall for the held-out sets first (the held-out third of
check_corpus_general.yaml, then the fresh held-out set, check_corpus_fresh.yaml, every
case of which is held out), then the tuning part, then the whole general corpus, then
rule by rule (each finding names its rule), with case counts. Failing cases are listed
for the tuning part only: the held-out sets are scored, never read while the rules are
tuned (their failures are counted by kind and rule, not shown).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.corpus_scoring import (
    FRESH,
    by_kind,
    by_rule,
    failures,
    load,
    outcome,
    score,
    split,
)


def main(argv: list[str]) -> int:
    results = [outcome(case) for case in load()]
    held, tuning = split(results)
    fresh = [outcome(case) for case in load(FRESH)]
    print(score(held).line("held out"))
    print(score(fresh).line("fresh   "))
    print(score(tuning).line("tuning  "))
    print(score(results).line("whole   "))

    parts = [by_rule(held), by_rule(fresh), by_rule(tuning), by_rule(results)]
    print("\nrule by rule (real findings / all its findings: held out | fresh | tuning | whole):")
    for name in sorted({n for rules in parts for n in (*rules.real, *rules.false)}):
        cells = []
        for rules in parts:
            real, made = rules.real[name], rules.real[name] + rules.false[name]
            cells.append(f"{real}/{made} ({real / made:.0%})" if made else "-")
        print(f"  {name or '(no rule)'}: {' | '.join(cells)}")
    missed = " | ".join(str(rules.missed) for rules in parts)
    print(f"  expected findings no rule made: {missed}")

    held_kinds, fresh_kinds, tuning_kinds = by_kind(held), by_kind(fresh), by_kind(tuning)
    print("\nkind by kind (held out | fresh | tuning): cases failing, precision, recall")
    for kind in sorted({*held_kinds, *fresh_kinds, *tuning_kinds}):
        cells = []
        for kinds in (held_kinds, fresh_kinds, tuning_kinds):
            s = kinds.get(kind)
            cells.append(
                f"{s.cases - s.passing}/{s.cases} failing, P {s.precision:.0%}, R {s.recall:.0%}"
                if s
                else "-"
            )
        print(f"  {kind}\n      {' | '.join(cells)}")

    if "--failures" in argv:
        print("\nthe tuning part's failing cases, by kind:")
        for kind in sorted(tuning_kinds):
            failing = [r for r in tuning if r.case.get("kind") == kind and not r.passes]
            if not failing:
                continue
            print(f"\n## {kind} ({len(failing)})")
            for r in failing:
                c = r.case
                where = f"{c.get('folder', '.')} {c['quarter']} {c['indicator']}"
                print(f"- [{where}] {c['text']!r}")
                for line in failures(r):
                    print(f"    {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
