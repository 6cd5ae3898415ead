"""The checker's gates (issue 24, between rounds 4 and 5): where a rule's binding fell
back on a default, or a sentence binds rival figures for one claim, the finding is
withheld (generator/editors/claims/abstain.py and rivals.py). Sentences on the samples'
data both ways, and the gates' tests as tables."""

from __future__ import annotations

import pytest

from generator.core.periods import Quarter
from generator.editors.claims import Claim
from generator.editors.claims.abstain import unbound_quarter, unbound_share, year_not_quarter
from generator.editors.claims.subject import subject_of
from generator.editors.findings import finding_text
from tests.corpus_scoring import assert_row, facts_of, run

ASCH = (".", "2024-25 Q2")


@pytest.mark.parametrize(
    ("indicator", "text", "expected"),
    [
        # a figure followed by 'of' is a part of a whole, not a change ('up' is the verb's)
        ("ASCH18", "Completed applications were up 86% of those received.", None),
        ("ASCH18", "Applications completed rose by 86% of the total.", None),
        ("ASCH18", "Applications completed were up 86% in Quarter 2.", ("change", "up 86%", "7%")),
        ("ASCH18", "Applications completed were up 7% in Quarter 2.", None),
    ],
)
def test_a_part_of_a_whole_is_not_a_change(
    indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    folder, quarter = ASCH
    findings = run({"folder": folder, "quarter": quarter, "indicator": indicator, "text": text})
    assert_row(findings, expected)


@pytest.mark.parametrize(
    ("text", "about_the_year"),
    [
        ("Year to date, 9,266 concerns have been received.", True),
        ("42,620 people have made contact so far this year.", True),
        ("So far in 2024/25, 4,392 new packages have been arranged.", True),
        ("4,475 applications have been completed in the year to date.", True),
        # a quarter named: the figure may be the quarter's
        ("4,552 in Quarter 2, 10,125 year to date.", False),
        ("Year to date, 9,266 concerns were received, 4,902 of them this quarter.", False),
        ("In Q2 there were 9,266 so far this year.", False),
        # no year to date named
        ("Open enquiries stood at 9,266.", False),
        ("The year's target is 9,266.", False),
    ],
)
def test_a_sentence_about_the_year_to_date(text: str, about_the_year: bool) -> None:
    assert year_not_quarter(text, Quarter(2024, 2)) is about_the_year


def test_a_measure_that_adds_up_through_the_year_is_its_year_to_date() -> None:
    """On a cumulative measure the quarter's figure is the year to date: a sentence about
    the year to date is still checked."""
    case = {"folder": "samples/district", "quarter": "2024-25 Q3", "indicator": "RB1"}
    wrong = run({**case, "text": "Collection for the year to date stands at 87.6%."})
    assert [(f.rule, f.quote) for f in wrong] == [("level", "stands at 87.6%")]
    assert "84.6%" in finding_text(wrong[0])
    assert run({**case, "text": "Collection for the year to date stands at 84.6%."}) == []


Q = Quarter(2024, 2)  # the report quarter


@pytest.mark.parametrize(
    ("rule", "period", "base", "named", "unbound"),
    [
        # a quarter compared with itself: a reading gone wrong
        ("multiple", Quarter(2024, 2), Quarter(2024, 2), frozenset({Quarter(2024, 2)}), True),
        ("change", Quarter(2024, 2), Quarter(2024, 1), frozenset({Quarter(2024, 2)}), False),
        # no quarter named: the report quarter only
        ("level", Q, None, frozenset(), False),
        ("level", Quarter(2023, 1), None, frozenset(), True),
        # quarters named outright: one of them, or the report quarter
        ("level", Quarter(2024, 1), None, frozenset({Quarter(2024, 1)}), False),
        ("level", Quarter(2023, 4), None, frozenset({Quarter(2024, 1)}), True),
        ("level", Q, None, frozenset({Quarter(2024, 1)}), False),
        # a change between two named quarters is from one of them
        (
            "change",
            Quarter(2024, 1),
            None,
            frozenset({Quarter(2024, 1), Quarter(2024, 2)}),
            True,
        ),
        (
            "change",
            Q,
            None,
            frozenset({Quarter(2024, 1), Quarter(2024, 2)}),
            False,
        ),
        # the figure after 'from' is of the quarter before, by default
        ("from", Quarter(2024, 1), None, frozenset(), False),
        ("from", Quarter(2024, 1), None, frozenset({Q}), False),
        ("from", Quarter(2023, 4), None, frozenset(), True),
        ("level", Quarter(2024, 1), None, frozenset(), True),
        # a quarter named relatively ('a year earlier'): left to the rules
        ("level", Quarter(2023, 2), None, None, False),
    ],
)
def test_a_claim_is_checked_for_a_quarter_its_sentence_binds(
    rule: str,
    period: Quarter,
    base: Quarter | None,
    named: frozenset[Quarter] | None,
    unbound: bool,
) -> None:
    claim = Claim(rule, "x", (0,), period, base=base)
    assert unbound_quarter(claim, named, Q) is unbound


@pytest.mark.parametrize(
    ("series", "of", "text", "unbound"),
    [
        ((0,), (1,), "Online reports were 66% of telephone calls.", False),  # a named whole
        ((0,), (), "Online reports made up 66% of all enquiries.", False),  # all added up
        # no whole bound: tried against every pair, unless two series are named
        ((0,), None, "Three quarters of enquiries were made online.", True),
        ((0,), None, "Online reports were three quarters of telephone calls.", False),
        ((0, 1), (), "Two thirds of highway enquiries came in Quarter 3.", True),
    ],
)
def test_a_share_of_a_count_needs_its_part_and_whole(
    series: tuple[int, ...], of: tuple[int, ...] | None, text: str, unbound: bool
) -> None:
    subject = subject_of(facts_of("samples/get", "2024-25 Q3")["GET7"])
    claim = Claim("share", "66%", series, Quarter(2024, 3), of=of)
    assert unbound_share(subject, claim, text) is unbound
    # on a percentage the share is the figure itself: never withheld here
    percent = subject_of(facts_of(".", "2024-25 Q2")["ASCH20"])
    assert not unbound_share(percent, Claim("fraction", "half", series, Q, of=of), text)
