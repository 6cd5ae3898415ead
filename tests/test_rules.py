from __future__ import annotations

import sys
from pathlib import Path

import pytest

from generator.core.rules import (
    NO_TREND,
    NOT_ENOUGH,
    AxisLimits,
    axis_caveats,
    axis_limits,
    direction_of_travel,
    direction_word,
    format_change,
    format_value,
    percent_change,
    rag,
    round_half_up,
)
from generator.core.vocabulary import Polarity, Unit


@pytest.mark.parametrize(
    ("value", "target", "threshold", "polarity", "expected"),
    [
        # higher is better: target 85, floor 75
        (90.0, 85, 75, "higher", "GREEN"),
        (85.0, 85, 75, "higher", "GREEN"),
        (84.6, 85, 75, "higher", "GREEN"),  # shown as 85%: meets the target
        (84.4, 85, 75, "higher", "AMBER"),
        (75.0, 85, 75, "higher", "AMBER"),
        (74.5, 85, 75, "higher", "AMBER"),  # shown as 75%
        (74.4, 85, 75, "higher", "RED"),
        (0.0, 85, 75, "higher", "RED"),
        # lower is better: target 5, upper threshold 9
        (4.0, 5, 9, "lower", "GREEN"),
        (5.0, 5, 9, "lower", "GREEN"),
        (5.4, 5, 9, "lower", "GREEN"),
        (5.5, 5, 9, "lower", "AMBER"),
        (6.0, 5, 9, "lower", "AMBER"),
        (9.0, 5, 9, "lower", "AMBER"),
        (9.5, 5, 9, "lower", "RED"),
        (580.0, 588, 617, "lower", "GREEN"),
        (600.0, 588, 617, "lower", "AMBER"),
        (620.0, 588, 617, "lower", "RED"),
    ],
)
def test_rag(
    value: float, target: float, threshold: float, polarity: Polarity, expected: str
) -> None:
    assert rag(value, target=target, threshold=threshold, polarity=polarity) == expected


def test_rag_compares_at_the_indicators_decimals() -> None:
    assert rag(74.96, target=85, threshold=75, polarity="higher", decimals=1) == "AMBER"
    assert rag(74.94, target=85, threshold=75, polarity="higher", decimals=1) == "RED"


def test_rag_needs_a_polarity() -> None:
    with pytest.raises(ValueError, match=r"^a RAG rating needs a polarity of higher or lower$"):
        rag(1.0, target=1, threshold=1, polarity="neutral")


@pytest.mark.parametrize(
    ("value", "unit", "decimals", "expected"),
    [
        (75.4, "percent", 0, "75%"),
        (74.5, "percent", 0, "75%"),
        (2.5, "count", 0, "3"),
        (4688, "count", 0, "4,688"),
        (21000.0, "count", 0, "21,000"),
        (719.2, "gbp", 0, "£719"),
        (1234.5, "gbp", 0, "£1,235"),
        (588.44, "rate", 1, "588.4"),
        (-0.2, "count", 0, "0"),
    ],
)
def test_format_value(value: float, unit: Unit, decimals: int, expected: str) -> None:
    assert format_value(value, unit, decimals) == expected


@pytest.mark.parametrize(
    ("difference", "unit", "expected"),
    [
        (4.2, "percent", "4 percentage points"),
        (-1.0, "percent", "1 percentage point"),
        (-245, "count", "245"),
        (-42, "gbp", "£42"),
    ],
)
def test_format_change(difference: float, unit: Unit, expected: str) -> None:
    assert format_change(difference, unit) == expected


@pytest.mark.parametrize(
    ("new", "old", "expected"),
    [(75.4, 75.1, "unchanged"), (76.0, 75.1, "up"), (74.0, 75.1, "down"), (2172, 2157, "up")],
)
def test_direction_word(new: float, old: float, expected: str) -> None:
    assert direction_word(new, old, "percent") == expected


def test_percent_change() -> None:
    assert percent_change(105, 100) == pytest.approx(5.0)
    assert percent_change(1, 0) is None
    assert round_half_up(0.125, 2) == 0.13


@pytest.mark.parametrize(
    ("values", "polarity", "label", "significant"),
    [
        ([60, 62, 64, 66, 68, 70], "higher", "improving", True),
        ([60, 62, 64, 66, 68, 70], "lower", "worsening", True),
        ([70, 68, 66, 64, 62, 60], "lower", "improving", True),
        ([70, 68, 66, 64, 62, 60], "higher", "worsening", True),
        ([70, 68, 66, 64, 62, 60], "neutral", "decreasing", True),
        ([1, 2, 3, 4, 5, 6], "neutral", "increasing", True),
        ([60, 70, 58, 69, 61, 66], "higher", NO_TREND, False),
        ([5, 5, 5, 5, 5, 5, 5], "higher", NO_TREND, False),
        ([60, 62, 64, 66, 68], "higher", NOT_ENOUGH, False),
        ([60, None, 64, 66, 68, None, 70], "higher", NOT_ENOUGH, False),
        ([60, None, 64, 66, 68, 69, 70], "higher", "improving", True),
    ],
)
def test_direction_of_travel(
    values: list[float | None], polarity: Polarity, label: str, significant: bool
) -> None:
    trend = direction_of_travel(values, polarity)
    assert (trend.label, trend.significant) == (label, significant)


def test_trend_significance_is_a_real_test_at_five_per_cent() -> None:
    # A gentle rise with noise: the slope is positive but not significant.
    noisy = direction_of_travel([50, 58, 49, 57, 51, 59, 52, 56], "higher")
    assert noisy.slope > 0 and noisy.p_value > 0.05 and not noisy.significant
    steady = direction_of_travel([50, 51, 52, 53, 54, 55, 56, 57.5], "higher")
    assert steady.p_value < 0.05 and steady.significant


@pytest.mark.parametrize(
    ("values", "polarity", "label"),
    [
        # hypothesis's case on Python 3.13: the spread's square underflowed to 0
        ([1.76e-161, 0, 0, 0, 0, 0], "higher", NO_TREND),
        ([0, 0, 0, 0, 0, 1.76e-161], "lower", NO_TREND),
        ([0, 0, 0, 0, 0, 5e-324], "higher", NO_TREND),  # the smallest float there is
        ([1e-160, 3e-160, 2e-160, 5e-160, 4e-160, 6e-160], "higher", "improving"),
        ([1e300, 3e300, 2e300, 5e300, 4e300, 6e300], "higher", "improving"),  # no overflow
        ([-1e300, 1e300, -1e300, 1e300, -1e300, 1e300], "higher", NO_TREND),
    ],
)
def test_direction_of_travel_at_the_ends_of_the_floats(
    values: list[float | None], polarity: Polarity, label: str
) -> None:
    assert direction_of_travel(values, polarity).label == label


NEAR_FLAT_PATTERNS = [
    [1, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 1],
    [1, 3, 2, 5, 4, 6],
    [12, 10, 8, 6, 4, 3],
    [1, 2, 1, 2, 1, 2],
]
SCALES = [2.0**-1074, 2.0**-1070, 1e-300, 1.76e-161, 1e-160, 1.0, 1e150, 1e200, 1e300]


@pytest.mark.parametrize("pattern", NEAR_FLAT_PATTERNS)
@pytest.mark.parametrize("scale", SCALES)
def test_direction_of_travel_is_the_same_at_every_scale(pattern: list[float], scale: float) -> None:
    """A series and the same series in other units (a ten-thousandth, a million
    times) have one direction and one p-value: scipy's for the pattern."""
    from scipy import stats

    reference = stats.linregress(range(len(pattern)), pattern)
    trend = direction_of_travel([v * scale for v in pattern], "higher")
    rising = reference.slope > 0
    expected = ("improving" if rising else "worsening") if reference.pvalue < 0.05 else NO_TREND
    assert trend.label == expected
    assert trend.p_value == pytest.approx(reference.pvalue, rel=1e-6)
    if abs(reference.slope * scale) >= sys.float_info.min:  # a slope that is a float
        assert trend.slope == pytest.approx(reference.slope * scale, rel=1e-6)


@pytest.mark.parametrize(
    ("values", "unit", "expected"),
    [
        ([5e-324], "rate", AxisLimits(0.0, 2e-10, 2e-10)),  # the smallest float there is
        ([1e-320, 0], "rate", AxisLimits(0.0, 2e-10, 2e-10)),
        ([1e-300, 1e-301], "rate", AxisLimits(0.0, 2e-10, 2e-10)),
    ],
)
def test_a_stack_of_almost_nothing_gets_the_axis_a_line_gets(
    values: list[float], unit: Unit, expected: AxisLimits
) -> None:
    assert axis_limits(values, unit, stacked=True) == expected
    assert axis_limits(values, unit) == expected


@pytest.mark.parametrize(
    ("values", "unit", "starts_at_zero", "ends_at_100"),
    [
        ([4, 5, 6, 5, 9], "percent", True, False),  # ASCH1: small percentages from 0
        ([80, 84, 83, 85], "percent", False, False),  # ASCH4: a narrow band near the top
        ([62, 75, 90, 80], "percent", False, True),  # a target of 90 reaches the top
        ([21000, 23000, 22500], "count", False, False),
        ([100, 900, 1200], "count", True, False),
    ],
)
def test_axis_limits(
    values: list[float], unit: Unit, starts_at_zero: bool, ends_at_100: bool
) -> None:
    limits = axis_limits(values, unit)
    assert limits.low <= min(values) and limits.high >= max(values)
    assert limits.starts_at_zero is starts_at_zero
    assert (limits.high == 100) is ends_at_100


@pytest.mark.parametrize(
    ("limits", "unit", "caveats"),
    [
        (AxisLimits(0, 10, 2), "percent", ["Please note axis does not end at 100%."]),
        (AxisLimits(60, 100, 10), "percent", ["Please note axis does not start at 0."]),
        (AxisLimits(0, 100, 20), "percent", []),
        (AxisLimits(20000, 24000, 1000), "count", ["Please note axis does not start at 0."]),
        (AxisLimits(0, 3000, 500), "count", []),
    ],
)
def test_axis_caveats(limits: AxisLimits, unit: Unit, caveats: list[str]) -> None:
    assert axis_caveats(limits, unit) == caveats


@pytest.mark.parametrize(
    ("values", "stacked", "step"),
    [
        ([6.0, 6.0], False, 0.05),  # flat at £6: a nice step of 2.5p would label £5.975
        ([6.0, 6.1], False, 0.05),
        ([0.2], True, 0.05),  # a stack reaching 20p: 2.5p again, so 5p
        ([0.04, 0.05], False, 0.01),  # a penny is as fine as money's ticks go
        ([719.0, 735.0, 742.0], False, 5.0),  # pounds as before
        ([1.0, 2.2], False, 0.5),
    ],
)
def test_money_ticks_are_whole_pence(values: list[float], stacked: bool, step: float) -> None:
    limits = axis_limits(values, "gbp", stacked=stacked)
    assert limits.step == pytest.approx(step)
    ticks = round((limits.high - limits.low) / limits.step)
    for n in range(ticks + 1):
        pence = (limits.low + n * limits.step) * 100
        assert pence == pytest.approx(round(pence), abs=1e-6)


def test_stacked_percentages_run_from_0_to_100() -> None:
    limits = axis_limits([100, 100], "percent", stacked=True)
    assert (limits.low, limits.high) == (0, 100)


@pytest.mark.parametrize(
    "values",
    [
        [60, 62, 64, 66, 68, 70.5],
        [50, 58, 49, 57, 51, 59, 52, 56],
        [5, 4.8, 5.1, 4.7, 4.9, 4.6, 4.5, 4.8, 4.4, 4.6],
        [21000, 22500, 22300, 22100, 21900, 21600, 21400, 20980],
    ],
)
def test_the_slope_test_agrees_with_scipy_linregress(values: list[float]) -> None:
    from scipy import stats

    from generator.core.rules import slope_test

    xs = [float(x) for x in range(len(values))]
    slope, p_value = slope_test(xs, values)
    reference = stats.linregress(xs, values)
    assert slope == pytest.approx(reference.slope)
    assert p_value == pytest.approx(reference.pvalue, rel=1e-9, abs=1e-15)


@pytest.mark.parametrize(
    ("value", "target", "threshold", "polarity", "decimals", "expected"),
    [
        # higher is better, target 85, floor 75: each edge as shown, whole numbers
        (85.0, 85, 75, "higher", 0, "GREEN"),  # exactly at the target
        (84.5, 85, 75, "higher", 0, "GREEN"),  # shown as 85%
        (84.49, 85, 75, "higher", 0, "AMBER"),  # shown as 84%
        (75.0, 85, 75, "higher", 0, "AMBER"),  # exactly at the floor
        (74.5, 85, 75, "higher", 0, "AMBER"),
        (74.49, 85, 75, "higher", 0, "RED"),
        (100.0, 85, 75, "higher", 0, "GREEN"),
        # ... and to one decimal place
        (84.95, 85, 75, "higher", 1, "GREEN"),
        (84.94, 85, 75, "higher", 1, "AMBER"),
        (74.95, 85, 75, "higher", 1, "AMBER"),
        (74.94, 85, 75, "higher", 1, "RED"),
        # lower is better, target 5, upper threshold 9
        (5.0, 5, 9, "lower", 0, "GREEN"),  # exactly at the target
        (5.49, 5, 9, "lower", 0, "GREEN"),
        (5.5, 5, 9, "lower", 0, "AMBER"),
        (9.0, 5, 9, "lower", 0, "AMBER"),  # exactly at the upper threshold
        (9.49, 5, 9, "lower", 0, "AMBER"),
        (9.5, 5, 9, "lower", 0, "RED"),
        (0.0, 5, 9, "lower", 0, "GREEN"),
        # ... and to one decimal place (ASCH5's rate: target 588, upper threshold 617)
        (588.04, 588, 617, "lower", 1, "GREEN"),
        (588.05, 588, 617, "lower", 1, "AMBER"),
        (617.04, 588, 617, "lower", 1, "AMBER"),
        (617.05, 588, 617, "lower", 1, "RED"),
        # a target equal to its floor: no amber band
        (80.0, 80, 80, "higher", 0, "GREEN"),
        (79.0, 80, 80, "higher", 0, "RED"),
    ],
)
def test_rag_at_every_edge(
    value: float, target: float, threshold: float, polarity: Polarity, decimals: int, expected: str
) -> None:
    assert (
        rag(value, target=target, threshold=threshold, polarity=polarity, decimals=decimals)
        == expected
    )


ARREARS_DEFINITION = """\
title: "Appendix 1: Test"
directorate: "Test"
organisation: "Test Council"
id_prefix: "TS"
language: "en-GB"
chart_quarters: 8
data_files: ["values.csv"]
style: "../styles/house.yaml"
indicators:
  - id: TS1
    title: "A rate in arrears"
    kind: kpi
    unit: percent
    polarity: {polarity}
    years:
      "2023/24":
        target: {target}
        {threshold_field}: {threshold}
        arrears: "to allow for late returns"
        series: [{{id: value, label: "rate"}}]
"""


@pytest.mark.parametrize(
    ("polarity", "previous", "latest", "status", "rated_quarter", "expected"),
    [
        # In arrears the rating is the previous quarter's, even where the report
        # quarter's figure (not yet final) would rate otherwise.
        ("higher", 80.0, 10.0, "", "2024/25 Q1", "GREEN"),  # previous exactly at target
        ("higher", 70.0, 99.0, "", "2024/25 Q1", "AMBER"),  # previous exactly at floor
        ("higher", 69.0, 99.0, "", "2024/25 Q1", "RED"),
        # A provisional figure for the report quarter is shown and rated.
        ("higher", 99.0, 70.0, "provisional", "2024/25 Q2", "AMBER"),
        ("lower", 5.0, 50.0, "", "2024/25 Q1", "GREEN"),  # exactly at target
        ("lower", 9.0, 1.0, "", "2024/25 Q1", "AMBER"),  # exactly at the upper threshold
        ("lower", 10.0, 1.0, "", "2024/25 Q1", "RED"),
        ("lower", 1.0, 9.0, "provisional", "2024/25 Q2", "AMBER"),
    ],
)
def test_rag_in_arrears_rates_the_quarter_reported(
    tmp_path: Path,
    polarity: Polarity,
    previous: float,
    latest: float,
    status: str,
    rated_quarter: str,
    expected: str,
) -> None:
    from generator.content.inputs import load_inputs
    from tests.report_folder import HEADER_ROW, make_report

    target, threshold, field = (
        (80, 70, "floor") if polarity == "higher" else (5, 9, "upper_threshold")
    )
    definition = ARREARS_DEFINITION.format(
        polarity=polarity, target=target, threshold=threshold, threshold_field=field
    )
    quarters = ["2023/24 Q3", "2023/24 Q4", "2024/25 Q1", "2024/25 Q2"]
    values = [50.0, 50.0, previous, latest]
    rows = [HEADER_ROW] + [
        f"TS1,{q},,{v},{status if q == '2024/25 Q2' else ''}"
        for q, v in zip(quarters, values, strict=True)
    ]
    root = make_report(tmp_path, definition=definition, data="\n".join(rows) + "\n", commentary={})
    facts = load_inputs(root, "2024-25 Q2").facts[0]
    assert str(facts.latest_quarter) == rated_quarter
    assert facts.rag == expected


@pytest.mark.parametrize(
    ("values", "unit", "stacked", "expected"),
    [
        # (low, high, step): nice steps of 1, 2, 2.5 or 5 times a power of ten
        ([4, 5, 6, 5, 9], "percent", False, (0, 10, 2)),
        ([80, 84, 83, 85], "percent", False, (79, 86, 1)),
        ([62, 75, 90, 80], "percent", False, (50, 100, 10)),
        ([88, 89.5], "percent", False, (87.5, 90, 0.5)),
        ([50, 100], "percent", False, (0, 100, 20)),
        ([21000, 23000, 22500], "count", False, (20500, 23500, 500)),
        ([100, 900, 1200], "count", False, (0, 1500, 250)),
        ([0, 5], "count", False, (0, 6, 1)),
        ([1, 2, 2.4], "count", False, (0, 3, 0.5)),
        ([0.5, 0.7], "rate", False, (0.45, 0.75, 0.05)),
        ([588, 617, 560, 600], "rate", False, (540, 640, 20)),
        ([51, 100], "count", False, (40, 110, 10)),  # just over half: not from 0
        ([50, 100], "count", False, (0, 120, 20)),  # exactly half: from 0
        ([-3, -1], "count", False, (0, 1, 1)),
        ([0, 0], "minutes", False, (0, 60, 15)),  # no wait: 0:00 to 1:00, not fifths of a second
        ([0, 0], "percent", False, (0, 1, 0.2)),
        ([float("nan"), 10, 20], "count", False, (0, 25, 5)),
        ([60, 40], "percent", True, (0, 100, 20)),
        ([300, 200], "count", True, (0, 300, 100)),
        ([], "count", True, (0, 1, 0.2)),  # nothing to stack
        ([0, 0], "count", True, (0, 1, 1)),  # stacks of nothing
        ([0.5, 0], "rate", True, (0, 0.5, 0.1)),
        ([1, 0], "count", True, (0, 1, 1)),  # whole things, counted in whole numbers
        ([0.5, 0.25], "rate", True, (0, 0.5, 0.1)),  # a stack under 1
        ([], "count", False, (0, 1.2, 0.2)),  # nothing to draw
        ([0, 0], "count", False, (0, 1, 1)),  # all zero
        ([0, 0], "rate", False, (0, 1, 0.2)),
        ([0, 1], "count", False, (0, 2, 1)),  # no tick between whole counts
        ([0, 1], "rate", False, (0, 1.2, 0.2)),
        ([7, 7], "count", False, (6, 8, 1)),  # a flat count: no tick at 6.95
        ([2, 3], "count", False, (1, 4, 1)),
        ([1500, 1500], "count", False, (1490, 1510, 10)),
        ([7, 7.1], "count", False, (6.95, 7.15, 0.05)),  # close together, far from 0
        ([80, 90], "percent", False, (78, 100, 2)),  # 90% or more: up to 100%
        ([80, 89.9], "percent", False, (78, 92, 2)),
    ],
)
def test_axis_limits_table(
    values: list[float], unit: Unit, stacked: bool, expected: tuple[float, float, float]
) -> None:
    limits = axis_limits(values, unit, stacked=stacked)
    assert (limits.low, limits.high, limits.step) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("new", "old", "unit", "decimals", "direction", "size", "percent", "movement"),
    [
        (76.0, 72.0, "percent", 0, "up", "4 percentage points", "6%", "up 4 percentage points"),
        (75.4, 75.1, "percent", 0, "unchanged", "", "0%", "unchanged"),
        (99.6, 99.4, "percent", 0, "up", "1 percentage point", "1%", "up 1 percentage point"),
        (
            75.46,
            75.41,
            "percent",
            1,
            "up",
            "0.1 percentage points",
            "0.1%",
            "up 0.1 percentage points",
        ),
        (2172, 2157, "count", 0, "up", "15", "1%", "up 15"),
        (1005, 1000, "count", 0, "up", "5", "1%", "up 5"),  # 0.5%: shown whole
        (1004, 1000, "count", 0, "up", "4", "0.4%", "up 4"),  # under 0.5%: a decimal
        (719, 761, "gbp", 0, "down", "£42", "6%", "down £42"),
        (5, 0, "count", 0, "up", "5", None, "up 5"),
        (4688.4, 4688.6, "count", 0, "down", "1", "0.0%", "down 1"),
    ],
)
def test_change_between(
    new: float,
    old: float,
    unit: Unit,
    decimals: int,
    direction: str,
    size: str,
    percent: str | None,
    movement: str,
) -> None:
    from generator.core.rules import change_between

    change = change_between(new, old, unit, decimals)
    assert (change.direction, change.size, change.percent) == (direction, size, percent)
    assert change.movement == movement


@pytest.mark.parametrize(
    ("new", "old", "decimals", "expected"),
    [
        (75.49, 75.46, 1, "unchanged"),  # both shown as 75.5
        (75.46, 75.41, 1, "up"),  # 75.5 against 75.4
        (75.41, 75.46, 1, "down"),
        (75.46, 75.41, 0, "unchanged"),  # both shown as 75
    ],
)
def test_direction_word_at_the_decimals_shown(
    new: float, old: float, decimals: int, expected: str
) -> None:
    assert direction_word(new, old, "percent", decimals) == expected


@pytest.mark.parametrize(
    ("difference", "unit", "decimals", "expected"),
    [
        (0.25, "percent", 1, "0.3 percentage points"),
        (1.04, "percent", 1, "1.0 percentage points"),
        (0.96, "percent", 0, "1 percentage point"),
        (12.25, "rate", 1, "12.3"),
        (1234.5, "count", 0, "1,235"),
    ],
)
def test_format_change_at_decimals(
    difference: float, unit: Unit, decimals: int, expected: str
) -> None:
    assert format_change(difference, unit, decimals) == expected


@pytest.mark.parametrize(
    ("values", "enough", "has_statistics"),
    [
        ([60, 62, 64, 66, 68], False, False),  # five quarters: not enough
        ([5, 5, 5, 5, 5, 5], True, False),  # flat: no test needed
        ([60, 70, 58, 69, 61, 66], True, True),  # tested, not significant
        ([60, 62, 64, 66, 68, 70.5], True, True),  # tested, significant
    ],
)
def test_a_trend_says_whether_there_was_enough_data(
    values: list[float], enough: bool, has_statistics: bool
) -> None:
    from scipy import stats

    trend = direction_of_travel(values, "higher")
    assert trend.enough_data is enough
    if has_statistics:
        fit = stats.linregress(range(len(values)), values)
        assert trend.slope == pytest.approx(fit.slope)
        assert trend.p_value == pytest.approx(fit.pvalue)
    else:
        assert (trend.slope, trend.p_value) == (0.0, 1.0)


def test_whole_numbers_unless_told_otherwise() -> None:
    from generator.core.rules import change_between, format_number

    assert round_half_up(2.5) == 3.0
    assert format_number(4688.5) == "4,689"
    assert format_value(75.5, "percent") == "76%"
    assert format_change(4.5, "percent") == "5 percentage points"
    assert direction_word(75.4, 74.6, "percent") == "unchanged"
    assert change_between(75.4, 74.6, "percent").direction == "unchanged"
    assert rag(84.5, target=85, threshold=75, polarity="higher") == "GREEN"
