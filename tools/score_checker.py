"""The commentary checker's score on the generalisation corpora (issue 24).

    PYTHONPATH=. .venv/bin/python tools/score_checker.py            # the scores
    PYTHONPATH=. .venv/bin/python tools/score_checker.py --failures # and the tuning
                                                                     # cases' failures, by kind
    PYTHONPATH=. .venv/bin/python tools/score_checker.py --overlap  # the looser matcher

Prints precision and recall, newest round first: each round's held-out third (marked
"(spent)" once it has been scored at the end of its round and its failures read) and its
tuning part (round 14, then 13 and on down to 3: ROUNDS, check_corpus_round*.yaml),
then the earlier spent sets (the held-out third of check_corpus_general.yaml and the fresh set,
check_corpus_fresh.yaml), the general corpus's tuning part and whole, and every case of all
the corpora; then rule by rule (each finding names its rule) and kind by kind, with case
counts. Round 4's held-out third was spent between rounds 4 and 5, round 5's between rounds 6
and 7 (its final score, 83.8% / 68.9%, taken at the end of round 5's tuning), round 6's
between rounds 7 and 8 (its final score, 92.7% / 80.9%, taken at the end of round 6's
tuning), round 7's between rounds 8 and 9 (its final score, 95.3% / 83.7%, taken at the end
of round 7's tuning), round 8's between rounds 9 and 10 (its final score, 83.6% / 76.1%,
taken at the end of round 8's tuning), round 9's between rounds 10 and 11 (its final score,
100% / 78.0%, taken at the end of round 9's tuning), round 10's between rounds 11 and 12 (its
final score, 90.5% / 78.1%, 57 of 63 and 57 of 73, taken at the end of "Between rounds 10 and
11, second part"), round 11's between rounds 12 and 13 (its final score, 90.0% / 84.9%, 45
of 50 and 45 of 53, taken at the end of "Between rounds 11 and 12"), round 12's after the
tuning between rounds 12 and 13 (scored when it was written, 88.4% / 64.4%, and at the end of
that tuning, 95.2% / 67.8%, 40 of 42 and 40 of 59), round 13's after the tuning that
followed round 13 (scored when it was written, 65.5% / 59.0%, with the rules after the tuning
between rounds 12 and 13, 71.7% / 62.3%, and at the end of the tuning after round 13,
75.5% / 65.6%, 40 of 53 and 40 of 61), round 14's after the tuning that followed round 14
(scored when it was written, 51.3% / 36.4%, by overlap 89.7% / 63.6%, and at the end of that
tuning and its review, 69.2% / 49.1%, 27 of 39 and 27 of 55, by overlap unchanged), round
15's after the tuning that followed round 15 (scored when it was written, on its audited
key, 58.8% / 50.0%, by overlap 88.2% / 75.0%, after the tuning on round 14, 72.5% / 61.7%,
by overlap 90.2% / 76.7%, and after the tuning on round 15, 74.0% / 61.7%, 37 of 50 and 37
of 60, by overlap 92.0% / 76.7%, 46 of 50 and 46 of 60), round 16's after the family tunings
that followed round 17 (scored before and after the tuning on round 15 and after the tuning on
round 16's tuning part, 64.5% / 58.0%, by overlap 93.5% / 84.1%, 58 of 62 and 58 of 69, all
three times, and after the family tunings and their reviews, 65.1% / 59.4%, 41 of 63 and 41
of 69, by overlap 93.7% / 85.5%, 59 of 63 and 59 of 69), round 17's after the second family
tunings (scored when it was written, on its audited key, 59.6% / 49.1%, by overlap 91.5% /
75.4%, 43 of 47 and 43 of 57, and after the first family tunings and their reviews, 63.0% /
50.9%, by overlap 93.5% / 75.4%, 43 of 46 and 43 of 57, three times, and after the second
family tunings and their reviews, 65.3% / 56.1%, 32 of 49 and 32 of 57, by overlap 93.9% /
80.7%, 46 of 49 and 46 of 57), round 18's while round 19 was written (scored when it was
written, before and after its audit, 67.6% / 63.3%, by overlap 95.9% / 89.9%, 71 of 74 and
71 of 79, and after the second family tunings and their reviews, 69.3% / 65.8%, 52 of 75
and 52 of 79, by overlap 96.0% / 91.1%, 72 of 75 and 72 of 79, twice; its last score, taken
2026-12-08 before any change); round 19's is unseen (scored when it was written, on its
audited key, 57.7% / 55.4%, by overlap 91.5% / 87.8%, 65 of 71 and 65 of 74, and after the
third family tunings and their reviews, 60.0% / 56.8%, by overlap 94.3% / 89.2%, 66 of 70
and 66 of 74). A round whose
held-out third is unseen is named in UNSEEN:
scored, never read while the rules are tuned (its failures are counted by kind and rule, not
shown); `--failures` lists every other failing case.
`--hide-unseen` leaves out every line and column that counts an unseen third (the lines of
the unseen held-out thirds, the line and column of all the corpora, and the unseen newest
round's held-out column), for whoever tunes the rules. A new round is one line in ROUNDS.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.corpus_scoring import (
    FRESH,
    ROUND3,
    ROUND4,
    ROUND5,
    ROUND6,
    ROUND7,
    ROUND8,
    ROUND9,
    ROUND10,
    ROUND11,
    ROUND12,
    ROUND13,
    ROUND14,
    ROUND15,
    ROUND16,
    ROUND17,
    ROUND18,
    ROUND19,
    Outcome,
    by_kind,
    by_rule,
    failures,
    load,
    outcome,
    score,
    split,
)

# The rounds written after the general and fresh corpora, oldest first, each with a seeded
# third held out. A fifth round is one more line here (its corpus named in
# tests/corpus_scoring.py), and its name in UNSEEN while its held-out third is unread.
ROUNDS: tuple[tuple[str, Path], ...] = (
    ("round 3", ROUND3),
    ("round 4", ROUND4),
    ("round 5", ROUND5),
    ("round 6", ROUND6),
    ("round 7", ROUND7),
    ("round 8", ROUND8),
    ("round 9", ROUND9),
    ("round 10", ROUND10),
    ("round 11", ROUND11),
    ("round 12", ROUND12),
    ("round 13", ROUND13),
    ("round 14", ROUND14),
    ("round 15", ROUND15),
    ("round 16", ROUND16),
    ("round 17", ROUND17),
    ("round 18", ROUND18),
    ("round 19", ROUND19),
)
# the rounds whose held-out third still measures sentences the rules have not seen: their
# failures are counted by rule and kind, never listed
UNSEEN: frozenset[str] = frozenset({"round 19"})
_WORDS = (
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_COUNT = dict(enumerate(_WORDS, start=2))


def _label(name: str) -> str:
    return f"{name:<18}"


def _spent(name: str, round_name: str) -> str:
    return name if round_name in UNSEEN else f"{name} (spent)"


def main(argv: list[str]) -> int:
    overlap = "--overlap" in argv
    hide = "--hide-unseen" in argv
    results = [outcome(case, overlap) for case in load()]
    held, tuning = split(results)
    fresh = [outcome(case, overlap) for case in load(FRESH)]
    rounds = [(name, [outcome(case, overlap) for case in load(path)]) for name, path in ROUNDS]
    if overlap:
        print(
            "matched by overlap: a finding's quote shares words with the key's, and says its value"
        )
    everything = [*results, *fresh, *(r for _, round_results in rounds for r in round_results)]
    for name, round_results in reversed(rounds):
        held_n, tuning_n = split(round_results)
        if not (hide and name in UNSEEN):
            print(score(held_n).line(_label(_spent(f"{name} held out", name))))
        print(score(tuning_n).line(_label(f"{name} tuning")))
    print(score(held).line(_label("general held out (spent)")))
    print(score(fresh).line(_label("fresh (spent)")))
    print(score(tuning).line(_label("general tuning")))
    print(score(results).line(_label("general whole")))
    corpora = 2 + len(rounds)
    if not hide:
        print(score(everything).line(_label(f"all {_COUNT.get(corpora, corpora)} corpora")))

    newest, newest_results = rounds[-1]
    newest_held, newest_tuning = split(newest_results)
    # an older round still unseen is a column of its tuning part alone, for whoever tunes
    older = [
        (f"{name} tuning", split(round_results)[1])
        if hide and name in UNSEEN
        else (name, round_results)
        for name, round_results in reversed(rounds[:-1])
    ]
    columns = [
        *([] if hide and newest in UNSEEN else [(f"{newest} held out", newest_held)]),
        (f"{newest} tuning", newest_tuning),
        *older,
        ("general and fresh", [*results, *fresh]),
    ]
    with_all = columns if hide else [*columns, ("all", everything)]
    parts = [by_rule(part) for _, part in with_all]
    heads = " | ".join(name for name, _ in with_all)
    print(f"\nrule by rule (real findings / all its findings: {heads}):")
    for name in sorted({n for rules in parts for n in (*rules.real, *rules.false)}):
        cells = []
        for rules in parts:
            real, made = rules.real[name], rules.real[name] + rules.false[name]
            cells.append(f"{real}/{made} ({real / made:.0%})" if made else "-")
        print(f"  {name or '(no rule)'}: {' | '.join(cells)}")
    missed = " | ".join(str(rules.missed) for rules in parts)
    print(f"  expected findings no rule made: {missed}")

    # every case but the unseen rounds' held-out thirds
    learning: list[Outcome] = [*results, *fresh]
    for name, round_results in rounds:
        held_n, tuning_n = split(round_results)
        learning += tuning_n if name in UNSEEN else [*held_n, *tuning_n]
    kind_parts = [by_kind(part) for _, part in columns]
    print(
        f"\nkind by kind ({' | '.join(name for name, _ in columns)}):"
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
        unseen = ", ".join(f"{name}'s held-out third" for name in sorted(UNSEEN))
        print(f"\nthe tuning cases' failures (all{' but ' + unseen if unseen else ''}), by kind:")
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
