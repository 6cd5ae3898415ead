"""The benefit of the doubt (issue 24, between rounds 6 and 7): a finding only when no
other reading of the words fits the data (generator/editors/claims/doubt.py), and the
quarters that words of a run or of a year ago do or do not name. Sentences on the
samples' data, each both ways."""

from __future__ import annotations

import pytest

from generator.core.periods import Quarter
from generator.editors.claims.periods import find_periods
from tests.corpus_scoring import assert_sentence

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
        # after a verb of change without 'to' the figure is a change, not a level (with '%',
        # a relative change: 1.2 points is the percentage-point reading's)
        (
            DISTRICT,
            "W2",
            "Against Quarter 3 2023/24, the recycling rate has gained 1.2%.",
            ("change", "gained 1.2%", "write '1.2 percentage points'"),
        ),
        (
            DISTRICT,
            "W2",
            "Against Quarter 3 2023/24, the recycling rate has gained 2.7%.",
            None,
        ),
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
        # 'a second quarter in succession' is a run, not Quarter 2: the run of the movement
        # in the clause after it (one fall, from 91.2%, to Quarter 3)
        (
            GET,
            "GET1",
            "For a second quarter in succession, fewer faults were repaired on time, the rate "
            "slipping to 89.8%.",
            ("streak", "second quarter in succession", "91.2% in Quarter 2 2024/25: 1 quarter"),
        ),
        (GET, "GET1", "In the second quarter the rate was 89.8%.", ("level", "89.8%", "91.2%")),
        # tuned on round 6's tuning part: a comparator's figure of an earlier quarter
        (
            ASCH,
            "ASCH5",
            "Set against a South East rate of 533, Kent's admissions rate is high.",
            None,
        ),
        (
            ASCH,
            "ASCH5",
            "Kent's admissions rate of 548 per 100,000 is high.",
            ("level", "548", "580"),
        ),
        # a level's total, then its movement: not the change '2,590 down'
        (
            ASCH_2023,
            "ASCH11",
            "New support packages reached a total of 2,590 down on the spring.",
            None,
        ),
        (
            ASCH_2023,
            "ASCH11",
            "New support packages arranged were 2,590, down 235 on the spring.",
            ("change", "down 235", "down 135"),
        ),
        # a verb with an object moved the object, not the measure
        (
            ASCH_2023,
            "ASCH18",
            "The rise in completions has reduced the waiting list.",
            None,
        ),
        (
            ASCH_2023,
            "ASCH18",
            "Applications completed have reduced again.",
            ("streak", "have reduced", "2,207"),
        ),
        # the figure of the quarter beside a year to date is the quarter's
        (
            GET,
            "GET9",
            "Country parks have welcomed 1,272,000 visits so far this financial year, with "
            "236,000 in the autumn quarter.",
            None,
        ),
        (
            GET,
            "GET9",
            "Country parks have welcomed 1,227,000 visits so far this financial year, with "
            "236,000 in the autumn quarter.",
            ("year to date", "1,227,000", "1,272,000"),
        ),
        # 'than in the October to December quarter of 2023' is the change's base
        (
            DISTRICT,
            "W2",
            "Recycling at 45.3% is 1.2 percentage points higher than in the October to "
            "December quarter of 2023.",
            None,
        ),
        (
            DISTRICT,
            "W2",
            "Recycling at 45.3% is 3.2 percentage points higher than in the October to "
            "December quarter of 2023.",
            ("change", "3.2 percentage points higher", "up 1.2 percentage points"),
        ),
        # 'tightened from 20 days to 18 days': the earlier target
        (
            DISTRICT,
            "RB2",
            "The target for processing new claims was tightened from 20 days to 18 days for "
            "2024/25.",
            None,
        ),
        (
            DISTRICT,
            "RB2",
            "The target for processing new claims is 20 days for 2024/25.",
            ("target", "20", "18.0 days"),
        ),
        # a quarter named as what a change is on: the figure in brackets is the latest
        (DISTRICT, "CS2", "Satisfaction down 1.4pp on Q2 (83.1%).", None),
        (DISTRICT, "CS2", "Satisfaction was 83.1% in Q2.", ("level", "83.1%", "84.5%")),
        # 'YTD' is the year to date; 'at end of September' names Quarter 2
        (ASCH_2023, "ASCH8", "CNAs completed YTD: 9,371.", None),
        (ASCH_2023, "ASCH8", "CNAs completed YTD: 9,731.", ("year to date", "9,731", "9,371")),
        (ASCH, "ASCH15", "Short term beds occupied by 693 people at end of September.", None),
        (
            ASCH,
            "ASCH15",
            "Short term beds occupied by 660 people at end of September.",
            ("level", "660", "693"),
        ),
        # 'a drop of 2 points' is a change, not a level's 'of'
        (
            ASCH,
            "ASCH6",
            "Good/Outstanding placements down to 77% in Q2, a drop of 2 points on Q1.",
            ("change", "2 points", "down 1"),
        ),
        (
            ASCH,
            "ASCH6",
            "Good/Outstanding placements down to 77% in Q2, a drop of 1 point on Q1.",
            None,
        ),
        # a share of the sentence's own part and whole, where no pair of the data's gives it
        (
            ASCH,
            "ASCH13",
            "6-8 week reviews due (950) were 19% of the annual reviews due (6,740).",
            ("share", "19%", "its own figures give 14% (950 of 6,740)"),
        ),
        (
            ASCH,
            "ASCH13",
            "6-8 week reviews due (950) were 14% of the annual reviews due (6,740).",
            None,
        ),
    ],
)
def test_a_finding_only_where_no_other_reading_fits(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    assert_sentence(edition, indicator, text, expected)


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
