"""The checker against a corpus of commentary whose findings were worked out by hand.

tests/fixtures/check_corpus.yaml holds each case: the text, the indicator and
report quarter, and the findings expected (none for correct text). The test
prints the checker's precision (findings that are real) and recall (real
mistakes found); it fails below 100% precision or 95% recall. Each case is also
a test of its own: exactly its findings, each with the data's figures. The score is
also given rule by rule (each finding names its rule), and each rule run alone finds
what it finds among the others.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.content.facts import IndicatorFacts
from generator.content.inputs import load_inputs
from generator.core.rules import format_number
from generator.editors.check import Finding, check_text
from generator.editors.claims import RULES, Rule
from generator.editors.findings import finding_text

ROOT = Path(__file__).resolve().parent.parent
CORPUS: list[dict[str, Any]] = yaml.safe_load(
    (ROOT / "tests" / "fixtures" / "check_corpus.yaml").read_text(encoding="utf-8")
)


@cache
def _facts(quarter: str) -> dict[str, IndicatorFacts]:
    return {f.indicator.id: f for f in load_inputs(ROOT, quarter).facts}


def _run(case: dict[str, Any], rules: Sequence[tuple[str, Rule]] = RULES) -> list[Finding]:
    facts = _facts(case["quarter"])[case["indicator"]]
    earlier = [("the previous quarter's file", case["previous"])] if "previous" in case else []
    findings, _ = check_text(facts, case["text"], "corpus.md", earlier, rules)
    return findings


def _expected(finding: dict[str, str], found: Finding) -> bool:
    """The finding quotes the words expected (part of them) and says the data's value."""
    return (
        found.quote is not None
        and finding["quote"] in f"'{found.quote}"
        and finding["value"] in finding_text(found)
    )


def compare(
    case: dict[str, Any], rules: Sequence[tuple[str, Rule]] = RULES
) -> tuple[list[Finding], list[dict[str, str]], list[Finding]]:
    """For one case: the findings that were expected, the expected findings missed, and
    the findings made that were not expected."""
    unmatched = _run(case, rules)
    hits, missed = [], []
    for expected in case["findings"]:
        match = next((f for f in unmatched if _expected(expected, f)), None)
        if match is None:
            missed.append(expected)
        else:
            hits.append(match)
            unmatched.remove(match)
    return hits, missed, unmatched


def score() -> tuple[int, int, int, list[str]]:
    """True positives, false positives, false negatives, and what went wrong."""
    hits = false_alarms = misses = 0
    wrong: list[str] = []
    for number, case in enumerate(CORPUS, start=1):
        found, missed, extra = compare(case)
        hits += len(found)
        misses += len(missed)
        false_alarms += len(extra)
        wrong += [f"case {number} missed {expected}: {case['text']!r}" for expected in missed]
        wrong += [f"case {number} false finding: {finding_text(f)}" for f in extra]
    return hits, false_alarms, misses, wrong


def score_by_rule() -> tuple[Counter[str], Counter[str], int]:
    """Per rule: the findings that were expected, and those that were not; and the
    expected findings no rule made."""
    real: Counter[str] = Counter()
    false: Counter[str] = Counter()
    missed = 0
    for case in CORPUS:
        found, not_found, extra = compare(case)
        real.update(f.rule for f in found)
        false.update(f.rule for f in extra)
        missed += len(not_found)
    return real, false, missed


_MOVEMENT_WORD = re.compile(
    r"\b(?:rose|risen|rising|fell|fallen|falling|grew|grow|grown|growing|increas\w*|"
    r"decreas\w*|improv\w*|worsen\w*|steady|stable|flat|dipped|climbing|rise|fall)\b",
    re.IGNORECASE,
)


def naive_flags(case: dict[str, Any]) -> bool:
    """What a naive checker does: any number that is not a series' latest value as
    shown, and any movement word, is a mistake."""
    facts = _facts(case["quarter"])[case["indicator"]]
    latest = {format_number(s.latest.value, d) for s in facts.series for d in (0, 1)}
    numbers = re.findall(r"\d[\d,]*(?:\.\d+)?", case["text"])
    return any(n not in latest for n in numbers) or bool(_MOVEMENT_WORD.search(case["text"]))


def test_the_corpus_is_as_described() -> None:
    assert len(CORPUS) >= 80
    correct = [c for c in CORPUS if not c["findings"]]
    assert sum(1 for c in correct if naive_flags(c)) * 2 >= len(CORPUS)
    quarters = {c["quarter"] for c in CORPUS}
    assert {"2024-25 Q2", "2023-24 Q2"} <= quarters and len(quarters) >= 3
    assert all(c.get("why") for c in CORPUS)


def test_precision_and_recall(capsys: pytest.CaptureFixture[str]) -> None:
    hits, false_alarms, misses, wrong = score()
    precision = hits / (hits + false_alarms) if hits + false_alarms else 1.0
    recall = hits / (hits + misses) if hits + misses else 1.0
    correct = [c for c in CORPUS if not c["findings"]]
    naive = sum(1 for c in correct if naive_flags(c))
    with capsys.disabled():
        print(
            f"\ncommentary checker on {len(CORPUS)} cases ({len(correct)} correct, {naive} of "
            f"them flagged by a naive checker): precision {precision:.1%} "
            f"({hits} of {hits + false_alarms} findings real), recall {recall:.1%} "
            f"({hits} of {hits + misses} mistakes found)"
        )
        for line in wrong:
            print("  " + line)
    assert precision == 1.0 and recall >= 0.95, "\n".join(wrong)


@pytest.mark.parametrize(
    "case", CORPUS, ids=[f"{n}-{c['indicator']}" for n, c in enumerate(CORPUS, start=1)]
)
def test_each_case_gives_exactly_its_findings(case: dict[str, Any]) -> None:
    """The score above may pass with a miss or two; an editor notices each one. Every
    case gives exactly the findings worked out for it, and each says the data's figures."""
    _, missed, extra = compare(case)
    assert (missed, [finding_text(f) for f in extra]) == ([], [])


def test_the_score_rule_by_rule(capsys: pytest.CaptureFixture[str]) -> None:
    """Every finding names its rule; each rule's findings are real ones (precision 100%
    rule by rule), and the rules that find the corpus's mistakes are the checker's own."""
    real, false, missed = score_by_rule()
    names = [name for name, _ in RULES]
    with capsys.disabled():
        print("\nrule by rule (real findings, false ones):")
        for name in [*names, "copied paragraph"]:
            if real[name] or false[name]:
                print(f"  {name}: {real[name]} real, {false[name]} false")
        print(f"  not found by any rule: {missed}")
    assert set(real) | set(false) <= {*names, "copied paragraph"}
    assert sum(false.values()) == 0 and missed == 0
    assert {"level", "change", "movement", "trend", "rating", "stale quarter"} <= set(real)


@pytest.mark.parametrize("name", [name for name, _ in RULES])
def test_each_rule_run_alone_finds_what_it_finds_among_the_others(name: str) -> None:
    """A rule run alone, on every case, finds exactly its share of all the rules' findings:
    so a rule can be added, tested and scored on its own. (Paragraphs left from an earlier
    quarter are looked for whatever the rules: they are about a file, not a sentence.)"""
    alone = [(name, rule) for rule_name, rule in RULES if rule_name == name]
    for case in CORPUS:
        everything = [f for f in _run(case) if f.rule == name]
        found = [f for f in _run(case, alone) if f.rule != "copied paragraph"]
        assert found == everything, case["text"]
        assert [f.order for f in found] == [f.order for f in everything]
