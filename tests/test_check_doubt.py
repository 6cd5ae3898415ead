"""The benefit of the doubt (issue 24, between rounds 6 and 7): a finding only when no
other reading of the words fits the data (generator/editors/claims/doubt.py), and the
quarters that words of a run or of a year ago do or do not name. Sentences on the
samples' data, each both ways."""

from __future__ import annotations

import pytest

from generator.core.periods import Quarter
from generator.editors.claims.periods import find_periods
from generator.editors.findings import finding_text
from tests.corpus_scoring import run

ASCH = (".", "2024-25 Q2")
ASCH_2023 = (".", "2023-24 Q2")
DISTRICT = ("samples/district", "2024-25 Q3")
GET = ("samples/get", "2024-25 Q3")


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # another series's figure in the quarter: the whole of a share, not this measure's
        (
            ASCH,
            "ASCH9",
            "Delivered assessments were equivalent to 88% of the 1,610 requested.",
            None,
        ),
        (
            ASCH,
            "ASCH9",
            "Delivered assessments were equivalent to 88% of the 1,710 requested.",
            ("level", "1,710", "1,420"),
        ),
        # another series's figure in another quarter is no reading of a quarter named
        (
            ASCH,
            "ASCH9",
            "1,510 carer assessments were delivered in Quarter 2.",
            ("level", "1,510", "1,420"),
        ),
        # after a verb of change without 'to' the figure is a change, not a level
        (DISTRICT, "W2", "Against Quarter 3 2023/24, the recycling rate has gained 1.2%.", None),
        (DISTRICT, "W2", "The recycling rate has fallen to 41.2%.", ("level", "41.2%", "45.3%")),
        # the change on a year earlier is another reading, unless the words make it a level
        (
            DISTRICT,
            "W2",
            "The recycling rate stood at 1.2% in Quarter 3.",
            ("level", "1.2%", "45.3%"),
        ),
        # a change over a year whose base the sentence does not bind
        (
            ASCH_2023,
            "ASCH17",
            "A year on from Quarter 2 2022/23, mental health support reaches 131 more people.",
            None,
        ),
        (
            ASCH_2023,
            "ASCH17",
            "Mental health support reached 131 more people than in Quarter 1.",
            ("change", "131 more", "up 35"),
        ),
        # 'the same period last year' is the same quarter a year earlier
        (
            ASCH,
            "ASCH2",
            "Compared with the same period last year, the 28-day measure has improved by 4.1%.",
            ("change", "improved by 4.1%", "Quarter 2 2023/24"),
        ),
        # 'a second quarter in succession' is a run, not Quarter 2
        (
            GET,
            "GET1",
            "For a second quarter in succession, fewer faults were repaired on time, the rate "
            "slipping to 89.8%.",
            None,
        ),
        (GET, "GET1", "In the second quarter the rate was 89.8%.", ("level", "89.8%", "91.2%")),
    ],
)
def test_a_finding_only_where_no_other_reading_fits(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    folder, quarter = edition
    findings = run({"folder": folder, "quarter": quarter, "indicator": indicator, "text": text})
    if expected is None:
        assert findings == [], [finding_text(f) for f in findings]
        return
    rule, quote, value = expected
    assert [(f.rule, quote in (f.quote or ""), value in finding_text(f)) for f in findings] == [
        (rule, True, True)
    ], [finding_text(f) for f in findings]


@pytest.mark.parametrize(
    ("text", "quarters"),
    [
        ("For a second quarter in succession the rate fell.", []),
        ("For the third quarter running the rate fell.", []),
        ("The rate fell for a second quarter in a row.", []),
        ("In the second quarter the rate fell.", [Quarter(2024, 2)]),
        ("The same period last year had 71%.", [Quarter(2023, 2)]),
        ("The same quarter last year had 71%.", [Quarter(2023, 2)]),
    ],
)
def test_words_of_a_run_name_no_quarter(text: str, quarters: list[Quarter]) -> None:
    assert [r.quarter for r in find_periods(text, Quarter(2024, 2))] == quarters
