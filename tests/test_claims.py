"""The commentary checker's pure rules (generator/editors/claims/), as tables of cases."""

from __future__ import annotations

import pytest

from generator.core.periods import Quarter
from generator.editors.claims import Stated, find_periods, matches, numbers_read


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Waiting times fell over the past 16 weeks.", []),
        ("Assessments are due within 28 days.", []),
        ("People who come back within 3 months.", []),
        ("Young people aged 18-25 and people aged 65 and over.", []),
        ("It is on the risk register as CRR0015 and reported as ASCH5.", []),
        ("Reviews are due 6-8 weeks after a service starts; a 12-month rolling figure.", []),
        ("In 2024/25 Q1 and Quarter 2 2024/25, and in Q1 24/25.", []),
        ("Records from 1 April 2024 to March 2026.", []),
        ("In 2023 the recording system changed.", []),
        ("Between 2022 and 2024 the service grew.", []),
        ("The rate per 100,000 people.", []),
        ("Section 42 enquiries reached their 3rd peak.", []),
        ("Of these, 4,100<!-- not a figure --> came by telephone.", []),
        ("1. Suspend new placements.", []),
        ("Call 03000 41 61 61 or see www.kent.gov.uk/2024 [1].", []),
        ("Kent is in the top 10, at 1.5 times the 2019 level, under the Care Act 2014.", []),
        ("New packages fell to 2050.", ["2050"]),
        ("There were 20,980 contacts, 660 fewer.", ["20,980", "660"]),
        ("Costs fell by £42 to £719.", ["£42", "£719"]),
        ("Arrears stood at £503,400, up £1,250.50.", ["£503,400", "£1,250.50"]),
        ("The average wait was 2:35, down 0:20 from 2:55.", ["2:35", "0:20", "2:55"]),
        ("The longest wait was 1:02:03.", ["1:02:03"]),
        ("Lines open at 9:30 am.", []),
        ("Timeliness was 75.3% and 75 per cent.", ["75.3%", "75 per cent"]),
    ],
)
def test_numbers_that_are_not_figures_are_left_out(text: str, numbers: list[str]) -> None:
    assert numbers_read(text) == numbers


def _stated(
    value: float, decimals: int = 0, hedge: str | None = None, percent: bool = False
) -> Stated:
    digits = f"{value:.0f}" if not decimals else ""
    zeros = len(digits) - len(digits.rstrip("0")) if digits and value else 0
    return Stated(str(value), value, decimals, zeros, hedge, percent, False)


@pytest.mark.parametrize(
    ("stated", "actual", "holds"),
    [
        (_stated(75), 75.3, True),  # rounded as written
        (_stated(75), 75.6, False),
        (_stated(5.8, 1), 5.81, True),
        (_stated(5.8, 1), 5.86, False),
        (_stated(2200), 2172, True),  # to the hundreds its zeros show
        (_stated(2150), 2172, False),
        (_stated(30, hedge="nearly"), 34, False),  # the 'up by nearly 30' for 34
        (_stated(30, hedge="nearly"), 28.5, True),  # within 5% below
        (_stated(30, hedge="nearly"), 28, False),
        (_stated(30, hedge="nearly"), 26, False),
        (_stated(25, hedge="nearly"), 42, False),
        (_stated(1000, hedge="just over"), 1021, True),
        (_stated(1000, hedge="just over"), 1000, False),
        (_stated(1000, hedge="just over"), 1100, False),
        (_stated(13000, hedge="over"), 12650, False),
        (_stated(23000, hedge="more than"), 23410, True),
        (_stated(1, hedge="less than"), 0.7, True),
        (_stated(1, hedge="less than"), 1.0, False),
        (_stated(2000, hedge="about"), 2040, True),  # within 2.5%
        (_stated(2000, hedge="about"), 2172, False),
        (_stated(80, hedge="around", percent=True), 76.6, False),  # a percentage: within 1.5 points
        (_stated(80, hedge="around", percent=True), 78.6, True),
        (_stated(66.7, 1, "fraction", percent=True), 68.6, True),  # two thirds: 2.5 points
        (_stated(90, hedge="nearly", percent=True), 86.9, False),  # below, within 3 points
        (_stated(90, hedge="nearly", percent=True), 87.1, True),
        (_stated(2000, hedge="about"), 2300, False),
        (_stated(1, hedge="about"), 0.7, True),  # rounds to the number as written
        (_stated(25, hedge="around"), 31.4, False),
    ],
)
def test_hedges_have_stated_ranges(stated: Stated, actual: float, holds: bool) -> None:
    assert matches(stated, actual) is holds


Q = Quarter


@pytest.mark.parametrize(
    ("text", "latest", "quarters"),
    [
        ("In Quarter 1 2024/25 it rose.", Q(2024, 2), [Q(2024, 1)]),
        ("Q1 24/25 and 2023/24 Q4.", Q(2024, 2), [Q(2024, 1), Q(2023, 4)]),
        ("In the first quarter of the year.", Q(2023, 2), [Q(2023, 1)]),
        ("Since the first quarter of last year.", Q(2024, 2), [Q(2023, 1)]),
        ("Compared with a year earlier.", Q(2024, 2), [Q(2023, 2)]),
        ("Than the same quarter last year.", Q(2024, 2), [Q(2023, 2)]),
        ("Close to the 16,890 a quarter earlier.", Q(2024, 2), [Q(2024, 1)]),
        ("Up on the previous quarter.", Q(2024, 1), [Q(2023, 4)]),
        ("The rate two years ago.", Q(2024, 2), [Q(2022, 2)]),
        # a year other than the report's, in both ways of writing it
        ("In Quarter 3 2022/23 it was lower.", Q(2024, 2), [Q(2022, 3)]),
        ("Higher than in Q4 21/22.", Q(2024, 2), [Q(2021, 4)]),
        # a month names the quarter it ends or falls in; with no year, the latest such
        ("Open at the end of December.", Q(2024, 2), [Q(2023, 3)]),
        ("Open at the end of September.", Q(2024, 2), [Q(2024, 2)]),
        ("By the end of March 2024.", Q(2024, 2), [Q(2023, 4)]),
        ("Between January and March 2024.", Q(2024, 2), [Q(2023, 4)]),
        ("In April to June.", Q(2024, 2), [Q(2024, 1)]),
        ("In the quarter to December 2023.", Q(2024, 2), [Q(2023, 3)]),
        ("From May to July.", Q(2024, 2), []),  # not a quarter of the financial year
        ("In December.", Q(2024, 2), [Q(2023, 3)]),  # a month that ends a quarter names it
        ("In November.", Q(2024, 2), []),  # a month's figure: not the quarter's
    ],
)
def test_quarters_are_read_explicit_relative_and_by_month(
    text: str, latest: Quarter, quarters: list[Quarter]
) -> None:
    assert [r.quarter for r in find_periods(text, latest)] == quarters


@pytest.mark.parametrize(
    ("text", "as_latest"),
    [
        ("In the latest quarter, Quarter 4 2023/24, there were 22,190.", [True]),
        ("Q1 24/25 is the latest quarter.", [True]),
        ("In Quarter 1 2024/25 there were 21,640.", [False]),
        ("This quarter is higher than a year earlier.", [False]),
        ("This quarter, up from Quarter 1 2024/25, the rate rose.", [False]),
        ("Figures for the current quarter (Quarter 1 2024/25) follow.", [True]),
    ],
)
def test_a_quarter_named_as_the_latest_is_noticed(text: str, as_latest: list[bool]) -> None:
    assert [r.as_latest for r in find_periods(text, Q(2024, 2))] == as_latest
