"""The family of multiples, ranges over the year and the year to date, read in general
(issue 24, h-tune19a): a table of sentences on the samples' data, each with the finding it
must give (its rule, words quoted and the data's figure) or none. Each reading has correct
sentences of its shape (other figures, indicators and editions), wrong ones, and
look-alikes it must leave alone."""

from __future__ import annotations

import pytest

from tests.corpus_scoring import assert_row, run

GET = ("samples/get", "2024-25 Q3")
DISTRICT = ("samples/district", "2024-25 Q3")
ASCH = (".", "2024-25 Q2")
ASCH_2324 = (".", "2023-24 Q2")


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # 'the four quarters to December': four quarters, ending with the one the month ends
        (
            GET,
            "GET1",
            "Across the four quarters to December the measure has stayed between 89.3% and 91.2%.",
            None,
        ),
        (
            GET,
            "GET6",
            "Cost per tonne moved between £122.30 and £127.30 in the four quarters to December.",
            None,
        ),
        (
            ASCH,
            "ASCH12",
            "The average cost ranged between £684 and £761 over the four quarters to Quarter 2.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH13",
            "Over the four quarters to September, annual reviews due ranged from 6,240 to 6,900.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH12",
            "In the four quarters to September 2023, the weekly cost of a new package moved "
            "between £627 and £668.",
            None,
        ),
        (
            GET,
            "GET1",
            "In the four quarters to September 2023 the measure ranged from 83.1% to 88.4%.",
            None,
        ),
        (
            GET,
            "GET1",
            "Across the four quarters to December the measure has stayed between 89.5% and 91.2%.",
            ("range", "between 89.5% and 91.2%", "89.3%"),
        ),
        (
            ASCH,
            "ASCH12",
            "Over the four quarters to Quarter 2 the cost ranged between £684 and £719.",
            ("range", "between £684 and £719", "£761"),
        ),
        (
            GET,
            "GET1",
            "In the four quarters to September 2023 the measure ranged from 85.5% to 88.4%.",
            ("range", "from 85.5% to 88.4%", "83.1%"),
        ),
        (
            ASCH,
            "ASCH15",
            "Short Term Beds have held anywhere from 584 to 693 people in the four quarters to "
            "September.",
            None,
        ),
        (
            ASCH,
            "ASCH15",
            "Short Term Beds have held anywhere from 584 to 660 people in the four quarters to "
            "September.",
            ("range", "from 584 to 660", "693"),
        ),
        # 'the three quarters of 2024/25': the year's quarters so far; 'the first two'
        (
            GET,
            "GET1",
            "Performance has ranged from 89.8% to 91.2% across the three quarters of 2024/25.",
            None,
        ),
        (
            DISTRICT,
            "W2",
            "Across the three quarters of 2024-25 recycling has ranged from 45.3% to 54.0%.",
            None,
        ),
        (
            DISTRICT,
            "RB2",
            "During the three quarters of 2024-25, processing times ranged from 17.5 to 19.9 days.",
            None,
        ),
        (
            GET,
            "GET4",
            "In the first two quarters of 2024/25 responses were between 95% and 97%.",
            None,
        ),
        (
            DISTRICT,
            "RB2",
            "During the three quarters of 2024-25, processing times ranged from 17.5 to 19.0 days.",
            ("range", "from 17.5 to 19.0 days", "19.9"),
        ),
        (
            GET,
            "GET4",
            "In the first two quarters of 2024/25 responses were between 96% and 97%.",
            ("range", "between 96% and 97%", "95%"),
        ),
        # 'has moved between 4% and 6%': to and fro within a range, not a change
        (
            ASCH,
            "ASCH1",
            "Repeat contact has moved between 4% and 6% across the last four quarters.",
            None,
        ),
        (
            ASCH,
            "ASCH1",
            "Repeat contact has moved between 4% and 5% across the last four quarters.",
            ("range", "between 4% and 5%", "6%"),
        ),
        # 'since April 2023': from the quarter the month falls in
        (
            DISTRICT,
            "W2",
            "Since April 2023 the recycling rate has moved within a band of 41.9% to 54.0%.",
            None,
        ),
        (
            DISTRICT,
            "W2",
            "Since April 2023 the recycling rate has moved within a band of 44% to 55%.",
            ("range", "band of 44% to 55%", "41.9%"),
        ),
        # 'within a narrow band, from ... to ...': a range
        (
            GET,
            "GET6",
            "Over the past year cost per tonne has moved within a narrow band, from £122.30 to "
            "£127.30.",
            None,
        ),
        (
            GET,
            "GET6",
            "Over the past year cost per tonne has moved within a narrow band, from £123.00 to "
            "£127.30.",
            ("range", "from £123.00 to £127.30", "£122.30"),
        ),
        # look-alikes: a comparator's range; 'the two quarters of 2024/25' at its third
        # (which two is not said); quarters to come; a month's figure with no range; a
        # movement's two ends ('moved from ... to ...')
        (
            GET,
            "GET1",
            "England's rate stayed between 80% and 85% in the four quarters to December.",
            None,
        ),
        (GET, "GET1", "Performance was between 90% and 92% in the two quarters of 2024/25.", None),
        (
            GET,
            "GET1",
            "Performance will stay between 90% and 92% in the four quarters to March 2026.",
            None,
        ),
        (ASCH, "ASCH7", "In the four quarters to September, contacts totalled 90,000.", None),
        (
            GET,
            "GET6",
            "Cost per tonne moved from £122.30 to £127.30 over the four quarters to December.",
            None,
        ),
    ],
)
def test_ranges_over_quarters_named(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    """A range's quarters, read in general: 'the N quarters to <month or quarter>' (that
    many, ending with the one named; to a quarter to come, left alone), 'the (first) N
    quarters of <year>' (from its first; without 'first', only as many as the year has
    had), 'since <month> <year>'; 'moved between' and 'anywhere from' write a range, and
    'a narrow band, from'; a month such words read is the range's, not a month's figure."""
    folder, quarter = edition
    findings = run({"folder": folder, "quarter": quarter, "indicator": indicator, "text": text})
    assert_row(findings, expected)

