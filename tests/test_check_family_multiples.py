"""The family of multiples, ranges over the year and the year to date, read in general
(issue 24, h-tune19a): a table of sentences on the samples' data, each with the finding it
must give (its rule, words quoted and the data's figure) or none. Each reading has correct
sentences of its shape (other figures, indicators and editions), wrong ones, and
look-alikes it must leave alone."""

from __future__ import annotations

import pytest

from tests.corpus_scoring import ASCH, ASCH_2324, DISTRICT, GET, assert_sentence


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
    assert_sentence(edition, indicator, text, expected)


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # a short clause joined by 'and', naming no time of its own, a figure and a verb of
        # another series: the same part of the year as the year-to-date clause before it;
        # its own quarter ('in Quarter 2', 'this quarter', 'in the latest quarter'), a thing
        # that is no series ('12 assessors', 'the backlog') or a comparator is left alone
        (
            ASCH,
            "ASCH18",
            "In the first six months of 2024-25 the team received 5,480 DoLS applications and "
            "completed 4,745.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH18",
            "So far this year 4,113 applications have come in and 4,257 have been completed.",
            None,
        ),
        (
            GET,
            "GET8",
            "In 2024-25 to date residents have reported 25,620 potholes, and 25,110 have been "
            "repaired.",
            None,
        ),
        (
            ASCH,
            "ASCH8",
            "Year to date, 9,611 new assessments were requested and we completed 9,748.",
            None,
        ),
        (
            ASCH,
            "ASCH9",
            "So far this year 3,170 carers' assessments were requested and 2,770 were delivered.",
            None,
        ),
        (
            GET,
            "GET8",
            "Since April residents have reported 25,620 potholes and crews have repaired 25,110.",
            None,
        ),
        (
            ASCH,
            "ASCH18",
            "Year to date the team has received 5,480 applications and has completed 4,745.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH18",
            "In the first half of 2023-24, 4,113 applications were received and 4,257 were "
            "completed.",
            None,
        ),
        (
            GET,
            "GET8",
            "Cumulatively for the year 25,620 potholes have been reported, and 25,110 repaired.",
            None,
        ),
        (
            ASCH,
            "ASCH18",
            "Across April to September 5,480 applications were received and 4,745 were completed.",
            None,
        ),
        (
            ASCH,
            "ASCH18",
            "In the first six months of 2024-25 the team received 5,480 DoLS applications and "
            "completed 4,645.",
            ("year to date", "4,645", "4,745"),
        ),
        (
            ASCH_2324,
            "ASCH18",
            "So far this year 4,113 applications have come in and 4,275 have been completed.",
            ("year to date", "4,275", "4,257"),
        ),
        (
            GET,
            "GET8",
            "In 2024-25 to date residents have reported 25,620 potholes, and 26,110 have been "
            "repaired.",
            ("year to date", "26,110", "25,110"),
        ),
        (
            ASCH,
            "ASCH9",
            "So far this year 3,170 carers' assessments were requested and 2,870 were delivered.",
            ("year to date", "2,870", "2,770"),
        ),
        (
            ASCH,
            "ASCH18",
            "Year to date the team has received 5,480 applications and has completed 4,845.",
            ("year to date", "4,845", "4,745"),
        ),
        (
            ASCH,
            "ASCH18",
            "Across April to September 5,480 applications were received and 4,645 were completed.",
            ("year to date", "4,645", "4,745"),
        ),
        (
            ASCH,
            "ASCH8",
            "Year to date, 9,611 new assessments were requested and we completed 9,848.",
            ("year to date", "9,848", "9,748"),
        ),
        (
            ASCH,
            "ASCH18",
            "So far this year 5,480 applications have come in and 2,455 were completed in Quarter "
            "2.",
            None,
        ),
        (
            ASCH,
            "ASCH18",
            "So far this year 5,480 applications have come in and 2,455 have been completed this "
            "quarter.",
            None,
        ),
        (
            ASCH,
            "ASCH18",
            "Year to date 5,480 applications were received, and 12 assessors were recruited.",
            None,
        ),
        (
            ASCH,
            "ASCH18",
            "So far this year 5,480 applications have come in and the backlog has risen to 1,200.",
            None,
        ),
        (
            ASCH,
            "ASCH18",
            "In Quarter 2, 2,870 applications were received and 2,455 were completed.",
            None,
        ),
        (
            ASCH,
            "ASCH18",
            "So far this year 5,480 applications have come in and England has completed 4,100.",
            None,
        ),
        (
            ASCH,
            "ASCH18",
            "Year to date 5,480 applications were received, and 2,455 were completed in the "
            "latest quarter.",
            None,
        ),
    ],
)
def test_year_to_date_carried_to_and(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    """'So far this year 4,113 applications have come in and 4,257 have been completed':
    the second figure, of the series its verb names, is the year to date's too."""
    assert_sentence(edition, indicator, text, expected)


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # a span's two ends named by months that end quarters ('between June 2022 and
        # September 2023', 'between March and September', 'between the September and
        # December quarters', 'from September to December'): a multiple or a change in
        # words from the first to the second; two months whose order is not said
        # ('between December and March' with no years), months that end no quarter, a
        # comparator's or the target's change: left alone
        (GET, "GET9", "Park visits trebled between March 2023 and September 2024.", None),
        (
            GET,
            "GET9",
            "Park visits fell by three fifths between the September and December quarters.",
            None,
        ),
        (GET, "GET9", "Park visits more than halved between September and December.", None),
        (
            GET,
            "GET2",
            "The share sent to landfill has nearly doubled between December 2022 and December "
            "2024.",
            None,
        ),
        (
            ASCH,
            "ASCH18",
            "DoLS applications received rose by half between September 2022 and September 2024.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH9",
            "Carers' assessments delivered grew by a fifth between June 2022 and September 2023.",
            None,
        ),
        (
            DISTRICT,
            "W1",
            "Missed collections fell by nearly a quarter between December 2023 and September 2024.",
            None,
        ),
        (
            ASCH,
            "ASCH15",
            "Hospital discharges pushed Short Term Bed use up by nearly a fifth between March and "
            "September.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH13",
            "Annual reviews outstanding have grown by nearly a fifth between June 2022 and "
            "September 2023.",
            None,
        ),
        (
            GET,
            "GET6",
            "The cost per tonne rose by a tenth between December 2022 and December 2024.",
            None,
        ),
        (
            ASCH,
            "ASCH14",
            "Kent Enablement at Home supported more than a quarter more people between the end of "
            "June 2023 and the end of September 2024.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH14",
            "The enablement caseload jumped 13% between June and September 2023, to 1,571.",
            None,
        ),
        (
            GET,
            "GET9",
            "Park visits quadrupled between March 2023 and September 2024.",
            ("multiple", "quadrupled", "2.97 times"),
        ),
        (
            ASCH,
            "ASCH18",
            "DoLS applications received rose by a quarter between September 2022 and September "
            "2024.",
            ("change", "rose by a quarter", "1.50 times"),
        ),
        (
            DISTRICT,
            "W1",
            "Missed collections fell by a third between December 2023 and September 2024.",
            ("change", "fell by a third", "0.76 times"),
        ),
        (
            GET,
            "GET2",
            "The share sent to landfill has trebled between December 2022 and December 2024.",
            ("multiple", "trebled", "1.82 times"),
        ),
        (
            ASCH_2324,
            "ASCH9",
            "Carers' assessments delivered grew by a third between June 2022 and September 2023.",
            ("change", "grew by a third", "1.19 times"),
        ),
        (
            ASCH_2324,
            "ASCH14",
            "The enablement caseload jumped 18% between June and September 2023, to 1,571.",
            ("change", "jumped 18%", "up 13%"),
        ),
        (
            GET,
            "GET9",
            "Park visits fell by a quarter from September to December.",
            ("change", "fell by a quarter", "0.40 times"),
        ),
        (GET, "GET9", "Park visits fell by half between December and March.", None),
        (
            DISTRICT,
            "W1",
            "England's rate fell by a third between December 2023 and September 2024.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH15",
            "Between June 2022 and September 2023 the council opened 12 new short term beds.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH15",
            "Among older people, short term bed use fell by a third between June 2022 and "
            "September 2023.",
            None,
        ),
        (GET, "GET2", "The target rose by a fifth between March 2023 and March 2024.", None),
        (GET, "GET9", "Park visits doubled between April 2023 and August 2024.", None),
        (
            ASCH,
            "ASCH15",
            "Hospital discharge pressures have pushed Short Term Bed use up by a third between "
            "March and September.",
            ("change", "up by a third", "1.19 times"),
        ),
    ],
)
def test_changes_between_months_named(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    """'fell by a fifth between June 2022 and September 2023', 'nearly doubled between
    December 2023 and December 2024': the quarters the months end, read as a change's two
    quarters; 'jumped' is a rise; 'pushed ... up by a third' quotes 'up'."""
    assert_sentence(edition, indicator, text, expected)


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # a multiple with the figure and quarter it is from and those it is to ('has
        # doubled from 4.6% in Quarter 3 of 2023-24 to 6.2% in Quarter 3 of 2024-25'): from
        # the one to the other; a comparator's, left alone. The year to date in the
        # year's own words after the figure's noun ('delivered in 2024-25 so far',
        # 'Cumulatively this year', 'the three quarters of 2024/25 so far'); another
        # year's ('in 2023-24 so far'), or a quarter's own, left alone
        (
            GET,
            "GET9",
            "Park visits trebled from 198,000 in Quarter 4 2022/23 to 589,000 in Quarter 2 "
            "2024/25.",
            None,
        ),
        (
            GET,
            "GET2",
            "Landfill use has nearly doubled from 3.4% in Quarter 3 of 2022-23 to 6.2% in Quarter "
            "3 of 2024-25.",
            None,
        ),
        (
            GET,
            "GET9",
            "Park visits more than halved from 589,000 in Quarter 2 2024/25 to 236,000 in Quarter "
            "3 2024/25.",
            None,
        ),
        (
            GET,
            "GET2",
            "Landfill use has doubled from 4.6% in Quarter 3 of 2023-24 to 6.2% in Quarter 3 of "
            "2024-25.",
            ("multiple", "doubled", "1.35 times"),
        ),
        (
            GET,
            "GET9",
            "Park visits quadrupled from 198,000 in Quarter 4 2022/23 to 589,000 in Quarter 2 "
            "2024/25.",
            ("multiple", "quadrupled", "2.97 times"),
        ),
        (
            GET,
            "GET2",
            "England's landfill rate doubled from 4.6% in Quarter 3 of 2023-24 to 6.2% in Quarter "
            "3 of 2024-25.",
            None,
        ),
        (ASCH, "ASCH9", "Carers' assessments delivered in 2024-25 so far number 2,770.", None),
        (GET, "GET8", "Cumulatively this year, highway crews have repaired 25,110 potholes.", None),
        (
            GET,
            "GET7",
            "Taking the three quarters of 2024/25 so far, residents made 27,030 reports through "
            "the online form.",
            None,
        ),
        (
            ASCH,
            "ASCH9",
            "Carers' assessments delivered in 2024-25 so far number 2,870.",
            ("year to date", "2,870", "2,770"),
        ),
        (
            GET,
            "GET8",
            "Cumulatively this year, highway crews have repaired 24,110 potholes.",
            ("year to date", "24,110", "25,110"),
        ),
        (
            GET,
            "GET7",
            "Taking the three quarters of 2024/25 so far, residents made 27,630 reports through "
            "the online form.",
            ("year to date", "27,630", "27,030"),
        ),
        (ASCH, "ASCH9", "Carers' assessments delivered in 2023-24 so far numbered 2,870.", None),
        (GET, "GET8", "In 2024-25 residents reported 11,280 potholes in Quarter 3.", None),
    ],
)
def test_multiples_from_to_and_years_so_far(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    """A multiple between the quarters of a movement's two figures; the year to date named
    by its year and 'so far', or 'cumulatively this year'."""
    assert_sentence(edition, indicator, text, expected)
