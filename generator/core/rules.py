"""The rules of the appendix, as pure functions: no files, no clock, no drawing.

RAG ratings, direction of travel, number formatting, axis limits, technical
notes and alt text. Each is tested as a table of cases.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from generator.core.durations import clock, clock_step
from generator.core.messages import Messages, default_messages
from generator.core.vocabulary import Polarity, Rag, Unit

MIN_TREND_POINTS = 6
SIGNIFICANCE = 0.05


# ---------------------------------------------------------------- numbers


def round_half_up(value: float, decimals: int = 0) -> float:
    """Round as people do (2.5 -> 3), not as Python does (2.5 -> 2)."""
    exponent = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(float(value))).quantize(exponent, rounding=ROUND_HALF_UP))


def format_number(value: float, decimals: int = 0) -> str:
    """'4,688', '588.4': thousands separators, rounded half up."""
    rounded = round_half_up(value, decimals)
    if rounded == 0:
        rounded = 0.0  # no "-0"
    return f"{rounded:,.{decimals}f}"


def money_decimals(decimals: int) -> int:
    """Money is shown in whole pounds ('£503,400') or in pounds and pence ('£127.30'),
    never to one decimal: a definition's decimals of 0 is whole pounds, and any other
    is pence."""
    return 0 if decimals == 0 else 2


def shown_decimals(unit: Unit, decimals: int) -> int:
    """The decimals a unit's figures are shown, rated and compared to: the definition's,
    but money's in pounds or pence (money_decimals) and minutes' to the second."""
    if unit == "gbp":
        return money_decimals(decimals)
    if unit == "minutes":
        return 0  # held in seconds
    return decimals


def format_value(
    value: float, unit: Unit, decimals: int = 0, messages: Messages | None = None
) -> str:
    """A value in its unit: '75%', '4,688', '588', '£719', '£127.30', '12 days',
    '4.5 hours', '2:35' (minutes and seconds, from a value in seconds)."""
    if unit == "minutes":
        return clock(value)
    number = format_number(value, shown_decimals(unit, decimals))
    count = _count(number)
    if messages is not None:
        number = messages.number(number)
    if unit == "percent":
        return f"{number}%"
    if unit == "gbp":
        return f"£{number}"
    if unit in ("days", "hours"):
        words = messages if messages is not None else default_messages()
        return words.plural(f"value.{unit}", count, number=number)
    return number


def _count(number: str) -> int:
    """The whole number a figure as shown is, for choosing its words' plural form
    ('1 day', '2 days'); a figure with decimals takes the form of many."""
    digits = number.replace(",", "")
    return int(digits) if digits.isdigit() else 1_000_000


def format_tick(value: float, unit: Unit, decimals: int = 0) -> str:
    """An axis tick's label: as `format_value`, but a number of days or hours is bare
    (the axis says 'days' or 'hours' once)."""
    if unit in ("days", "hours"):
        return format_number(value, decimals)
    return format_value(value, unit, decimals)


def format_change(
    difference: float, unit: Unit, decimals: int = 0, messages: Messages | None = None
) -> str:
    """The size of a change, unsigned: '4 percentage points', '250', '£42', '0:20'."""
    size = abs(difference)
    if unit == "percent":
        number = format_number(size, decimals)
        words = messages if messages is not None else default_messages()
        return words.plural("value.percentage_points", _count(number), number=words.number(number))
    return format_value(size, unit, decimals, messages)


def spreadsheet_number(
    value: float, unit: Unit, decimals: int = 0, messages: Messages | None = None
) -> tuple[float, str]:
    """A figure as a spreadsheet cell holds it, and the cell's number format (Excel's
    notation): 75 (percent) as 0.75 shown '0%'; money '"£"#,##0' or with pence; a count
    '#,##0'; days and hours with their word; minutes (held in seconds) as a time,
    a day's fraction shown '[m]:ss'."""
    places = shown_decimals(unit, decimals)
    fraction = "." + "0" * places if places else ""
    number = f"#,##0{fraction}"
    if unit == "percent":
        return round(value / 100, places + 8), f"0{fraction}%"
    if unit == "gbp":
        return value, f'"£"{number}'
    if unit in ("days", "hours"):
        words = messages if messages is not None else default_messages()
        word = words.text(f"unit.{unit}").replace('"', "")
        return value, f'{number}" {word}"'
    if unit == "minutes":
        return value / 86_400, "[m]:ss"
    return value, number


@dataclass(frozen=True)
class Change:
    """A change between two values, worked out from the values as shown, so that
    'unchanged', 'up 1 percentage point' and the two figures never disagree."""

    direction: str  # "up", "down" or "unchanged"
    size: str  # "4 percentage points", "245", "£42"; "" when unchanged
    percent: str | None  # "5%", "0.3%"; None where the old value is 0

    @property
    def movement(self) -> str:
        """'up 4 percentage points', 'down 245', 'unchanged'."""
        return self.direction if self.direction == "unchanged" else f"{self.direction} {self.size}"


def change_between(
    new: float, old: float, unit: Unit, decimals: int = 0, messages: Messages | None = None
) -> Change:
    shown_new = round_half_up(new, decimals)
    shown_old = round_half_up(old, decimals)
    direction = direction_word(new, old, unit, decimals)
    size = (
        ""
        if direction == "unchanged"
        else format_change(shown_new - shown_old, unit, decimals, messages)
    )
    relative = percent_change(shown_new, shown_old)
    percent = None
    if relative is not None:
        magnitude = abs(relative)
        places = 1 if 0 < magnitude < 0.5 else 0
        percent = format_value(0.0 if direction == "unchanged" else magnitude, "percent", places)
    return Change(direction, size, percent)


def percent_change(new: float, old: float) -> float | None:
    """Change as a per cent of the old value; None where the old value is 0."""
    if old == 0:
        return None
    return (new - old) / old * 100


def direction_word(new: float, old: float, unit: Unit, decimals: int = 0) -> str:
    """'up', 'down' or 'unchanged', judged on the values as shown."""
    shown_new = round_half_up(new, decimals)
    shown_old = round_half_up(old, decimals)
    if shown_new > shown_old:
        return "up"
    if shown_new < shown_old:
        return "down"
    return "unchanged"


# ---------------------------------------------------------------- RAG


def rag(
    value: float,
    *,
    target: float,
    threshold: float,
    polarity: Polarity,
    decimals: int = 0,
) -> Rag:
    """GREEN meets the target, AMBER meets only the floor (or upper threshold), RED otherwise.

    The value is compared as it is shown (rounded half up to `decimals`), so a
    page never prints "75%" beside a RED for a floor of 75%.
    """
    shown = round_half_up(value, decimals)
    if polarity == "higher":
        if shown >= target:
            return "GREEN"
        return "AMBER" if shown >= threshold else "RED"
    if polarity == "lower":
        if shown <= target:
            return "GREEN"
        return "AMBER" if shown <= threshold else "RED"
    raise ValueError("a RAG rating needs a polarity of higher or lower")


# ---------------------------------------------------------------- trend


@dataclass(frozen=True)
class Trend:
    label: str  # "improving", "worsening", "increasing", "decreasing", "no significant trend", ...
    significant: bool
    enough_data: bool
    slope: float = 0.0
    p_value: float = 1.0


NOT_ENOUGH = "not enough data"
NO_TREND = "no significant trend"


def slope_test(xs: Sequence[float], ys: Sequence[float]) -> tuple[float, float]:
    """Least-squares slope and its two-sided p-value (t test, n - 2 degrees of freedom).

    The same test as `scipy.stats.linregress` (a test checks they agree): the slope
    from the standard library's `statistics.linear_regression`, the t distribution's
    two tails from mpmath's regularised incomplete beta function,
    P(|T| >= t) = I(v / (v + t^2); v/2, 1/2). Importing scipy's special functions
    cost a build four times as long as mpmath, and numpy for eight points cost
    `appendix check` a tenth of a second.
    """
    import statistics

    import mpmath  # imported here: a build whose facts are cached does not need it

    x = [float(v) for v in xs]
    # The test is the same in any unit, so the values are first scaled by a power
    # of two (exactly: nothing is rounded) to at most 1 in size. Squares of a
    # series near the smallest float would underflow to zero, and of one near the
    # largest overflow to infinity; scaled, neither can, and a spread too small to
    # measure beside the largest value is a perfect fit, never a division by zero.
    # (frexp gives an exponent of 0 for an infinite or undefined value: unscaled)
    exponent = math.frexp(max(abs(float(v)) for v in ys))[1]
    y = [math.ldexp(float(v), -exponent) for v in ys]
    n = len(x)
    slope = statistics.linear_regression(x, y).slope
    x_mean = math.fsum(x) / n
    y_mean = math.fsum(y) / n
    sxx = math.fsum((v - x_mean) ** 2 for v in x)
    residuals = [(b - y_mean) - slope * (a - x_mean) for a, b in zip(x, y, strict=True)]
    freedom = n - 2
    variance = math.fsum(r * r for r in residuals) / freedom
    squared_error = variance / sxx
    if squared_error == 0:
        return math.ldexp(slope, exponent), 0.0
    t = slope / math.sqrt(squared_error)
    tails = mpmath.betainc(freedom / 2, 0.5, 0, freedom / (freedom + t * t), regularized=True)
    return math.ldexp(slope, exponent), float(tails)


def direction_of_travel(values: Sequence[float | None], polarity: Polarity) -> Trend:
    """Least-squares trend over the charted quarters, two-sided test at 5%.

    Quarters are equally spaced; a missing quarter (None) is left out but keeps
    its place on the time axis.
    """
    points = [(x, v) for x, v in enumerate(values) if v is not None]
    if len(points) < MIN_TREND_POINTS:
        return Trend(NOT_ENOUGH, significant=False, enough_data=False)
    xs = [float(x) for x, _ in points]
    ys = [float(v) for _, v in points]
    if max(ys) == min(ys):
        return Trend(NO_TREND, significant=False, enough_data=True)
    slope, p_value = slope_test(xs, ys)
    return tested_trend(slope, p_value, polarity)


def tested_trend(slope: float, p_value: float, polarity: Polarity) -> Trend:
    """The trend a tested slope (or mean change) shows: none unless significant at 5%,
    else named by the polarity (improving, worsening; increasing, decreasing)."""
    if math.isnan(p_value) or p_value >= SIGNIFICANCE:
        return Trend(NO_TREND, significant=False, enough_data=True, slope=slope, p_value=p_value)
    rising = slope > 0
    if polarity == "higher":
        label = "improving" if rising else "worsening"
    elif polarity == "lower":
        label = "worsening" if rising else "improving"
    else:
        label = "increasing" if rising else "decreasing"
    return Trend(label, significant=True, enough_data=True, slope=slope, p_value=p_value)


# ---------------------------------------------------------------- axes


@dataclass(frozen=True)
class AxisLimits:
    low: float
    high: float
    step: float

    @property
    def starts_at_zero(self) -> bool:
        return self.low <= 0


def _nice_step(span: float, ticks: int = 5) -> float:
    raw = span / ticks
    magnitude = 10.0 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return float(factor * magnitude)
    return float(10 * magnitude)  # pragma: no cover - the loop always returns


def _money_step(step: float) -> float:
    """Money's ticks are whole pounds or whole pence, no finer: a step of 2.5p (a nice
    step for other units) becomes 5p, since a tick at £5.975 cannot be labelled in pence."""
    step = max(step, 0.01)
    pence = step * 100
    if step < 1 and abs(pence - round(pence)) > 1e-9:
        step *= 2
    return step


def _whole_things(values: Sequence[float], unit: Unit) -> bool:
    """A count of whole things, counted in whole numbers: no tick at 6.95 people."""
    return unit == "count" and bool(values) and all(float(v).is_integer() for v in values)


def axis_limits(values: Sequence[float], unit: Unit, *, stacked: bool = False) -> AxisLimits:
    """Nice y-axis limits covering every value (and target and threshold).

    The axis starts at 0 unless the smallest value is more than half the largest,
    where starting at 0 would flatten the line; a
    percentage axis ends at 100 only when the values come near it.
    """
    if stacked:
        top = 100.0 if unit == "percent" else max(values, default=1.0)
        if not top > 0:
            top = 1.0  # nothing to stack: an axis from 0 to 1
        step = _nice_step(max(top, 1e-9))  # as a line's span: a tenth of it never underflows
        if unit == "minutes":
            step = clock_step(top)
        if unit == "gbp":
            step = _money_step(step)
        if _whole_things(values, unit):
            step = max(step, 1.0)
        return AxisLimits(0.0, math.ceil(top / step) * step, step)
    finite = [v for v in values if math.isfinite(v)]
    whole = _whole_things(finite, unit)
    high_value = max(finite, default=1.0)
    low_value = min(finite, default=0.0)
    if high_value <= 0:
        if unit == "minutes":  # no wait at all: a minute on the clock, in quarter minutes
            return AxisLimits(0.0, 60.0, clock_step(60.0))
        return AxisLimits(0.0, 1.0, 1.0 if whole else 0.2)
    from_zero = low_value <= 0.5 * high_value
    low_edge = 0.0 if from_zero else low_value
    span = max(high_value - low_edge, high_value * 0.02, 1e-9)
    step = clock_step(span) if unit == "minutes" else _nice_step(span)
    if whole:
        step = max(step, 1.0)
    if unit == "gbp":
        step = _money_step(step)
    high = math.ceil((high_value + step * 0.35) / step) * step
    low = 0.0 if from_zero else math.floor((low_value - step * 0.35) / step) * step
    low = max(low, 0.0)
    if unit == "percent":
        high = min(high, 100.0) if high_value <= 100 else high
        if high_value >= 90:
            high = 100.0
    return AxisLimits(low, high, step)


def axis_caveats(limits: AxisLimits, unit: Unit, messages: Messages | None = None) -> list[str]:
    words = messages if messages is not None else default_messages()
    caveats = []
    if not limits.starts_at_zero:
        caveats.append(words.text("notes.axis.zero"))
    if unit == "percent" and limits.high < 100:
        caveats.append(words.text("notes.axis.hundred"))
    return caveats
