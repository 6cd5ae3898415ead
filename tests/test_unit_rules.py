"""The unit rules as tables: money in pounds or pence, durations written and shown on the
clock, and a figure's number format in the workbook (core/rules.py, core/durations.py)."""

from __future__ import annotations

import pytest

from generator.core.durations import clock, clock_step, duration_value, time_text
from generator.core.rules import (
    axis_limits,
    change_between,
    format_tick,
    format_value,
    money_decimals,
    rag,
    spreadsheet_number,
)
from generator.core.vocabulary import Unit


@pytest.mark.parametrize(("decimals", "shown"), [(0, 0), (1, 2), (2, 2), (3, 2)])
def test_money_is_whole_pounds_or_pounds_and_pence(decimals: int, shown: int) -> None:
    assert money_decimals(decimals) == shown


@pytest.mark.parametrize(
    ("value", "unit", "decimals", "text"),
    [
        (503_400, "gbp", 0, "£503,400"),
        (127.3, "gbp", 1, "£127.30"),  # never '£127.3'
        (127.3, "gbp", 2, "£127.30"),
        (127.345, "gbp", 2, "£127.35"),  # half up
        (127.5, "gbp", 0, "£128"),
        (12, "days", 0, "12 days"),
        (1, "days", 0, "1 day"),
        (12.45, "days", 1, "12.5 days"),
        (4.5, "hours", 1, "4.5 hours"),
        (1, "hours", 0, "1 hour"),
        (155, "minutes", 0, "2:35"),
        (5, "minutes", 0, "0:05"),
        (154.5, "minutes", 0, "2:35"),  # to the second, half up
        (3723, "minutes", 0, "1:02:03"),
        (0, "minutes", 0, "0:00"),
    ],
)
def test_a_value_is_shown_in_its_unit(value: float, unit: Unit, decimals: int, text: str) -> None:
    assert format_value(value, unit, decimals) == text


@pytest.mark.parametrize(
    ("new", "old", "unit", "decimals", "movement"),
    [
        (127.3, 126.8, "gbp", 2, "up £0.50"),
        (127.3, 126.4, "gbp", 0, "up £1"),
        (719, 761, "gbp", 0, "down £42"),
        (155, 175, "minutes", 0, "down 0:20"),
        (200, 155, "minutes", 0, "up 0:45"),
        (12, 10, "days", 0, "up 2 days"),
        (155, 155.2, "minutes", 0, "unchanged"),
    ],
)
def test_a_movement_is_shown_in_its_unit(
    new: float, old: float, unit: Unit, decimals: int, movement: str
) -> None:
    assert change_between(new, old, unit, decimals).movement == movement


@pytest.mark.parametrize(
    ("value", "unit", "decimals", "tick"),
    [(10, "days", 0, "10"), (2.5, "hours", 1, "2.5"), (150, "minutes", 0, "2:30")],
)
def test_an_axis_tick_of_days_or_hours_is_bare_and_of_minutes_a_clock(
    value: float, unit: Unit, decimals: int, tick: str
) -> None:
    assert format_tick(value, unit, decimals) == tick


@pytest.mark.parametrize(
    ("text", "unit", "held"),
    [
        ("2:35", "minutes", 155.0),  # minutes and seconds, held in seconds
        ("2.5", "minutes", 150.0),  # a plain number is minutes
        ("0:02:35", "minutes", 155.0),  # a spreadsheet time cell's text
        ("1:02:03", "minutes", 3723.0),
        ("0:02:35.5", "minutes", 155.5),
        ("2:35", "hours", 2 + 35 / 60),  # hours and minutes
        ("4.5", "hours", 4.5),
        ("36:00:00", "days", 1.5),  # a time past a day
        ("12", "days", 12.0),
        ("2:35", "days", None),  # hours or minutes? not said
        ("2:75", "minutes", None),
        ("-2:35", "minutes", None),
        ("about 3", "minutes", None),
        ("nan", "minutes", None),
    ],
)
def test_a_duration_is_read_as_written(text: str, unit: Unit, held: float | None) -> None:
    value = duration_value(text, unit)
    assert value == (pytest.approx(held) if held is not None else None)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(155, "0:02:35"), (155.5, "0:02:35.5"), (4500, "1:15:00"), (90000, "25:00:00")],
)
def test_a_time_cell_is_written_out_as_hours_minutes_and_seconds(seconds: float, text: str) -> None:
    assert time_text(seconds) == text
    assert duration_value(text, "minutes") == pytest.approx(seconds)


@pytest.mark.parametrize(("seconds", "text"), [(59.5, "1:00"), (3599.6, "1:00:00")])
def test_a_clock_carries_a_rounded_second(seconds: float, text: str) -> None:
    assert clock(seconds) == text


@pytest.mark.parametrize(("span", "step"), [(60, 15), (180, 60), (40, 10), (7, 2)])
def test_an_axis_of_minutes_steps_on_the_clock(span: float, step: float) -> None:
    assert clock_step(span) == step


def test_an_axis_of_call_waits_ends_on_a_clock_step() -> None:
    limits = axis_limits([155, 200, 180, 210], "minutes")
    assert limits.step in (15, 30, 60) and limits.high % limits.step == 0


@pytest.mark.parametrize(
    ("value", "target", "threshold", "rating"),
    [
        (155, 180, 210, "GREEN"),
        (180, 180, 210, "GREEN"),
        (195, 180, 210, "AMBER"),
        (211, 180, 210, "RED"),
    ],
)
def test_a_wait_is_rated_as_a_duration(
    value: float, target: float, threshold: float, rating: str
) -> None:
    assert rag(value, target=target, threshold=threshold, polarity="lower") == rating


@pytest.mark.parametrize(
    ("value", "unit", "decimals", "cell"),
    [
        (75, "percent", 0, (0.75, "0%")),
        (75.4, "percent", 1, (0.754, "0.0%")),
        (503_400, "gbp", 0, (503_400, '"£"#,##0')),
        (127.3, "gbp", 1, (127.3, '"£"#,##0.00')),
        (112, "count", 0, (112, "#,##0")),
        (588.4, "rate", 1, (588.4, "#,##0.0")),
        (12, "days", 0, (12, '#,##0" days"')),
        (155, "minutes", 0, (155 / 86_400, "[m]:ss")),
    ],
)
def test_a_figure_in_the_workbook_is_a_number_in_its_units_format(
    value: float, unit: Unit, decimals: int, cell: tuple[float, str]
) -> None:
    number, number_format = spreadsheet_number(value, unit, decimals)
    assert (pytest.approx(number), number_format) == cell


@pytest.mark.parametrize(
    ("values", "unit", "least"),
    [([0.1, 0.1], "gbp", 0.01), ([0.1, 0.1004], "gbp", 0.01), ([0.2, 0.4], "minutes", 1.0)],
)
def test_an_axis_of_money_steps_in_pence_and_of_times_in_seconds_or_more(
    values: list[float], unit: Unit, least: float
) -> None:
    """Seen: ticks of '£0.10' at 0.0995, 0.1 and 0.1005 (a step of a twentieth of a penny)."""
    assert axis_limits(values, unit).step >= least
    assert axis_limits(values, unit, stacked=True).step >= least
