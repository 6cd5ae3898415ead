"""The commentary checker's score on the generalisation corpora (issue 24).

    PYTHONPATH=. .venv/bin/python tools/score_checker.py            # the scores
    PYTHONPATH=. .venv/bin/python tools/score_checker.py --failures # and the tuning
                                                                     # cases' failures, by kind

Prints precision and recall, held out first: round 3's held-out third
(check_corpus_round3.yaml, the set that still measures sentences the rules have not
seen), then its tuning part, then the two earlier held-out sets (the held-out third of
check_corpus_general.yaml and the fresh set, check_corpus_fresh.yaml: both spent, scored
twice while the rules were tuned and since folded into tuning), the general corpus's
tuning part and whole, and every case of all three; then rule by rule (each finding names
its rule) and kind by kind, with case counts. Failing cases are listed for the tuning
cases only (round 3's tuning part and the two earlier corpora, whole): round 3's held-out
third is scored, never read while the rules are tuned (its failures are counted by kind
and rule, not shown).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.corpus_scoring import (
    FRESH,
    ROUND3,
    Outcome,
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
    round3 = [outcome(case) for case in load(ROUND3)]
    held3, tuning3 = split(round3)
    everything = [*results, *fresh, *round3]
    print(score(held3).line("round 3 held out  "))
    print(score(tuning3).line("round 3 tuning    "))
    print(score(held).line("general held out  "))
    print(score(fresh).line("fresh             "))
    print(score(tuning).line("general tuning    "))
    print(score(results).line("general whole     "))
    print(score(everything).line("all three corpora "))

    parts = [by_rule(held3), by_rule(tuning3), by_rule(held), by_rule(fresh), by_rule(everything)]
    print(
        "\nrule by rule (real findings / all its findings: round 3 held out | round 3 tuning"
        " | general held out | fresh | all):"
    )
    for name in sorted({n for rules in parts for n in (*rules.real, *rules.false)}):
        cells = []
        for rules in parts:
            real, made = rules.real[name], rules.real[name] + rules.false[name]
            cells.append(f"{real}/{made} ({real / made:.0%})" if made else "-")
        print(f"  {name or '(no rule)'}: {' | '.join(cells)}")
    missed = " | ".join(str(rules.missed) for rules in parts)
    print(f"  expected findings no rule made: {missed}")

    learning: list[Outcome] = [*tuning3, *results, *fresh]  # every case but round 3's held out
    kind_parts = [by_kind(held3), by_kind(tuning3), by_kind(held), by_kind(fresh)]
    print(
        "\nkind by kind (round 3 held out | round 3 tuning | general held out | fresh):"
        " cases failing, precision, recall"
    )
    for kind in sorted({k for kinds in kind_parts for k in kinds}):
        cells = []
        for kinds in kind_parts:
            s = kinds.get(kind)
            cells.append(
                f"{s.cases - s.passing}/{s.cases} failing, P {s.precision:.0%}, R {s.recall:.0%}"
                if s
                else "-"
            )
        print(f"  {kind}\n      {' | '.join(cells)}")

    if "--failures" in argv:
        print("\nthe tuning cases' failures (all but round 3's held-out third), by kind:")
        for kind in sorted(by_kind(learning)):
            failing = [r for r in learning if r.case.get("kind") == kind and not r.passes]
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
