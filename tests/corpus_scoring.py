"""The checker scored on a corpus of cases whose findings were worked out by hand.

A case (tests/fixtures/check_corpus*.yaml) is a piece of commentary for one indicator
and report quarter, in the report folder its `folder` names (from the repository root;
the root, the ASCH sample, when it names none), and the findings an editor should get.
A finding the checker makes is the one expected when it quotes the expected words (part
of them) and its message says the expected value (part of it), as in
tests/test_check_corpus.py. Used by tests/test_check_corpus_general.py and
tools/score_checker.py.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from generator.content.facts import IndicatorFacts
from generator.content.inputs import load_inputs
from generator.editors.check import Finding, check_text
from generator.editors.findings import finding_text

ROOT = Path(__file__).resolve().parent.parent
GENERAL = ROOT / "tests" / "fixtures" / "check_corpus_general.yaml"
# a second held-out set, every case held out: written after the first held-out third had
# been scored and read by its score, before the rules were tuned again
FRESH = ROOT / "tests" / "fixtures" / "check_corpus_fresh.yaml"
# round 3: written after both held-out sets above had been scored twice while the rules
# were tuned, before the rules were changed again; a seeded third of it is held out
ROUND3 = ROOT / "tests" / "fixtures" / "check_corpus_round3.yaml"
# round 4: written after round 3's held-out third had been scored at the end of round 3,
# before the rules were changed again; a seeded third of it is held out
ROUND4 = ROOT / "tests" / "fixtures" / "check_corpus_round4.yaml"
# round 5: written blind (its writers never read the checker or ran it) after round 4's
# held-out third had been scored at the end of round 4; a seeded third of it is held out
ROUND5 = ROOT / "tests" / "fixtures" / "check_corpus_round5.yaml"
# round 6: written blind too, while round 5's tuning part was tuned on, never reading round 5;
# a seeded third of it is held out
ROUND6 = ROOT / "tests" / "fixtures" / "check_corpus_round6.yaml"
# round 7: written blind too, while round 6's tuning part was tuned on, never opening rounds 5
# or 6; a seeded third of it is held out
ROUND7 = ROOT / "tests" / "fixtures" / "check_corpus_round7.yaml"
# round 8: written blind too, while round 7's tuning part was tuned on, never opening rounds 5
# to 7; a seeded third of it is held out
ROUND8 = ROOT / "tests" / "fixtures" / "check_corpus_round8.yaml"
# round 9: written blind too, while round 8's tuning part was tuned on, never opening rounds 5
# to 8; a seeded third of it is held out
ROUND9 = ROOT / "tests" / "fixtures" / "check_corpus_round9.yaml"
# round 10: written blind too, while round 9's tuning part was tuned on, never opening rounds
# 5 to 9; a seeded third of it is held out
ROUND10 = ROOT / "tests" / "fixtures" / "check_corpus_round10.yaml"
# round 11: written blind too, while the rules were tuned class by class after round 10,
# never opening rounds 5 to 10; a seeded third of it is held out
ROUND11 = ROOT / "tests" / "fixtures" / "check_corpus_round11.yaml"
# round 12: written blind too, after the tuning on round 11, never opening rounds 5 to 11; a
# seeded third of it is held out
ROUND12 = ROOT / "tests" / "fixtures" / "check_corpus_round12.yaml"
# round 13: written blind too, while the rules were tuned on round 12, never opening rounds 5
# to 12; a seeded third of it is held out
ROUND13 = ROOT / "tests" / "fixtures" / "check_corpus_round13.yaml"
# round 14: written blind too, while the newest readings were reviewed, never opening rounds
# 5 to 13; a seeded third of it is held out
ROUND14 = ROOT / "tests" / "fixtures" / "check_corpus_round14.yaml"
# round 15: written blind too, while round 14's tuning part was tuned on, never opening
# rounds 5 to 14; a seeded third of it is held out
ROUND15 = ROOT / "tests" / "fixtures" / "check_corpus_round15.yaml"
# round 16: written blind too, while round 15's tuning part was tuned on, never opening
# rounds 5 to 15; a seeded third of it is held out
ROUND16 = ROOT / "tests" / "fixtures" / "check_corpus_round16.yaml"
# round 17: written blind too, while the rules were tuned by family on rounds 3 to 16's
# readable parts, never opening rounds 5 to 16; a seeded third of it is held out
ROUND17 = ROOT / "tests" / "fixtures" / "check_corpus_round17.yaml"
# round 18: written blind too, while the rules were tuned by family on rounds 3 to 16 and
# round 17's tuning part, never opening rounds 5 to 17; a seeded third of it is held out
ROUND18 = ROOT / "tests" / "fixtures" / "check_corpus_round18.yaml"
# round 19: written blind too, while the rules were tuned by family on rounds 3 to 18 (every
# held-out third spent), never opening any corpus but round 4; a seeded third of it is held out
ROUND19 = ROOT / "tests" / "fixtures" / "check_corpus_round19.yaml"

Case = dict[str, Any]


def load(path: Path = GENERAL) -> list[Case]:
    cases: list[Case] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return cases


# The sample editions a table of sentences is written on: (report folder, quarter)
GET = ("samples/get", "2024-25 Q3")
DISTRICT = ("samples/district", "2024-25 Q3")
ASCH = (".", "2024-25 Q2")
ASCH_2324 = (".", "2023-24 Q2")


@cache
def facts_of(folder: str, quarter: str) -> dict[str, IndicatorFacts]:
    return {f.indicator.id: f for f in load_inputs(ROOT / folder, quarter).facts}


def run(case: Case) -> list[Finding]:
    facts = facts_of(case.get("folder", "."), case["quarter"])[case["indicator"]]
    earlier = [("the previous quarter's file", case["previous"])] if "previous" in case else []
    findings, _ = check_text(facts, case["text"], "corpus.md", earlier)
    return findings


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _plain(text: str) -> str:
    """Figures written one way: no thousands' commas, no trailing zeros after the point
    ('52.0%' is '52%', '1,200.50' is '1200.5')."""

    def plain(number: re.Match[str]) -> str:
        figure = number.group().replace(",", "")
        return figure.rstrip("0").rstrip(".") if "." in figure else figure

    return _NUMBER.sub(plain, text)


def says_value(value: str, found: Finding) -> bool:
    """The finding says the key's value: its words, or the same figures in another form
    (a key's '52%' is the finding's '52.0%' for a measure shown to one place)."""
    text = finding_text(found)
    return value in text or _plain(value) in _plain(text)


def is_expected(expected: dict[str, str], found: Finding) -> bool:
    """The finding quotes the words expected (part of them) and says the data's value."""
    return (
        found.quote is not None
        and expected["quote"] in f"'{found.quote}"
        and says_value(expected["value"], found)
    )


def _spans(text: str, words: str) -> list[tuple[int, int]]:
    starts, at = [], text.find(words)
    while words and at >= 0:
        starts.append((at, at + len(words)))
        at = text.find(words, at + 1)
    return starts


def overlaps(expected: dict[str, str], found: Finding, text: str) -> bool:
    """The looser matcher, reported beside the strict one: the finding's quote and the
    words expected share a stretch of the text (`remains Green` and `Green`), and the
    finding says the data's value. A quote not found in the text is matched strictly."""
    if found.quote is None or not says_value(expected["value"], found):
        return False
    theirs = _spans(text, found.quote)
    if not theirs:
        return is_expected(expected, found)
    return any(a < d and c < b for a, b in _spans(text, expected["quote"]) for c, d in theirs)


@dataclass
class Outcome:
    """One case run: the findings expected and made, those missed, and those not expected."""

    case: Case
    hits: list[Finding]
    missed: list[dict[str, str]]
    extra: list[Finding]

    @property
    def passes(self) -> bool:
        return not self.missed and not self.extra


def outcome(case: Case, overlap: bool = False) -> Outcome:
    """The case run and matched: strictly (the finding's quote holds the words expected),
    or, with `overlap`, by the looser matcher."""
    unmatched = run(case)
    hits, missed = [], []
    for expected in case["findings"]:
        match = next(
            (
                f
                for f in unmatched
                if (overlaps(expected, f, case["text"]) if overlap else is_expected(expected, f))
            ),
            None,
        )
        if match is None:
            missed.append(expected)
        else:
            hits.append(match)
            unmatched.remove(match)
    return Outcome(case, hits, missed, unmatched)


@dataclass
class Score:
    """Precision (findings that are real) and recall (real mistakes found) over cases."""

    cases: int = 0
    wrong_cases: int = 0  # cases with at least one expected finding
    passing: int = 0  # cases that give exactly their findings
    hits: int = 0
    false_alarms: int = 0
    misses: int = 0

    def add(self, result: Outcome) -> None:
        self.cases += 1
        self.wrong_cases += bool(result.case["findings"])
        self.passing += result.passes
        self.hits += len(result.hits)
        self.false_alarms += len(result.extra)
        self.misses += len(result.missed)

    @property
    def precision(self) -> float:
        made = self.hits + self.false_alarms
        return self.hits / made if made else 1.0

    @property
    def recall(self) -> float:
        real = self.hits + self.misses
        return self.hits / real if real else 1.0

    def line(self, name: str) -> str:
        return (
            f"{name}: {self.cases} cases ({self.cases - self.wrong_cases} correct, "
            f"{self.wrong_cases} with a mistake; {self.passing} give exactly their findings): "
            f"precision {self.precision:.1%} ({self.hits} of {self.hits + self.false_alarms} "
            f"findings real), recall {self.recall:.1%} ({self.hits} of "
            f"{self.hits + self.misses} mistakes found)"
        )


def score(results: Iterable[Outcome]) -> Score:
    total = Score()
    for result in results:
        total.add(result)
    return total


@dataclass
class RuleScore:
    real: Counter[str] = field(default_factory=Counter)
    false: Counter[str] = field(default_factory=Counter)
    missed: int = 0


def by_rule(results: Iterable[Outcome]) -> RuleScore:
    """Per rule (each finding names its rule): its real and false findings; and the
    expected findings no rule made."""
    rules = RuleScore()
    for result in results:
        rules.real.update(f.rule for f in result.hits)
        rules.false.update(f.rule for f in result.extra)
        rules.missed += len(result.missed)
    return rules


def by_kind(results: Iterable[Outcome]) -> dict[str, Score]:
    kinds: dict[str, Score] = defaultdict(Score)
    for result in results:
        kinds[result.case.get("kind", "(no kind)")].add(result)
    return dict(kinds)


def failures(result: Outcome) -> list[str]:
    """What went wrong in a case, a line each."""
    lines = [f"missed {{quote: {m['quote']!r}, value: {m['value']!r}}}" for m in result.missed]
    lines += [f"false finding [{f.rule}] {finding_text(f)}" for f in result.extra]
    return lines


def split(results: Sequence[Outcome]) -> tuple[list[Outcome], list[Outcome]]:
    """The held-out results and the tuning ones."""
    held = [r for r in results if r.case.get("held_out")]
    tuning = [r for r in results if not r.case.get("held_out")]
    return held, tuning


def assert_row(findings: Sequence[Finding], expected: tuple[str, str, str] | None) -> None:
    """A table row's sentence gives no finding (`expected` None), or exactly one: by the
    rule named, quoting the words named, saying the data's value named."""
    said = [finding_text(f) for f in findings]
    if expected is None:
        assert findings == [], said
        return
    rule, quote, value = expected
    assert [(f.rule, quote in (f.quote or ""), value in finding_text(f)) for f in findings] == [
        (rule, True, True)
    ], said


def assert_sentence(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    """A table row's sentence, checked on an edition (report folder, quarter) for one
    indicator, gives the finding `expected` or none (assert_row)."""
    folder, quarter = edition
    findings = run({"folder": folder, "quarter": quarter, "indicator": indicator, "text": text})
    assert_row(findings, expected)
