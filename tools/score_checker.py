"""The commentary checker's score on the generalisation corpora (issue 24).

    PYTHONPATH=. .venv/bin/python tools/score_checker.py            # the scores
    PYTHONPATH=. .venv/bin/python tools/score_checker.py --failures # and the tuning
                                                                     # cases' failures, by kind

Prints precision and recall, held out first: round 4's held-out third
(check_corpus_round4.yaml, the set that still measures sentences the rules have not
seen), then its tuning part, then the spent sets (round 3's held-out third and tuning part,
check_corpus_round3.yaml; the held-out third of check_corpus_general.yaml and the fresh
set, check_corpus_fresh.yaml: each scored while the rules were tuned and since folded into
tuning), the general corpus's tuning part and whole, and every case of all four; then
rule by rule (each finding names its rule) and kind by kind, with case counts. Failing
cases are listed for the tuning cases only (round 4's tuning part and the three earlier
corpora, whole): round 4's held-out third is scored, never read while the rules are tuned
(its failures are counted by kind and rule, not shown).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.corpus_scoring import (
    FRESH,
    ROUND3,
    ROUND4,
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
    round4 = [outcome(case) for case in load(ROUND4)]
    held4, tuning4 = split(round4)
    everything = [*results, *fresh, *round3, *round4]
    print(score(held4).line("round 4 held out  "))
    print(score(tuning4).line("round 4 tuning    "))
    print(score(held3).line("round 3 held out  "))
    print(score(tuning3).line("round 3 tuning    "))
    print(score(held).line("general held out  "))
    print(score(fresh).line("fresh             "))
    print(score(tuning).line("general tuning    "))
    print(score(results).line("general whole     "))
    print(score(everything).line("all four corpora  "))

    parts = [
        by_rule(held4),
        by_rule(tuning4),
        by_rule(round3),
        by_rule([*results, *fresh]),
        by_rule(everything),
    ]
    print(
        "\nrule by rule (real findings / all its findings: round 4 held out | round 4 tuning"
        " | round 3 | general and fresh | all):"
    )
    for name in sorted({n for rules in parts for n in (*rules.real, *rules.false)}):
        cells = []
        for rules in parts:
            real, made = rules.real[name], rules.real[name] + rules.false[name]
            cells.append(f"{real}/{made} ({real / made:.0%})" if made else "-")
        print(f"  {name or '(no rule)'}: {' | '.join(cells)}")
    missed = " | ".join(str(rules.missed) for rules in parts)
    print(f"  expected findings no rule made: {missed}")

    # every case but round 4's held out
    learning: list[Outcome] = [*tuning4, *round3, *results, *fresh]
    kind_parts = [by_kind(held4), by_kind(tuning4), by_kind(round3), by_kind([*results, *fresh])]
    print(
        "\nkind by kind (round 4 held out | round 4 tuning | round 3 | general and fresh):"
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
        print("\nthe tuning cases' failures (all but round 4's held-out third), by kind:")
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
