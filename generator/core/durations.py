"""Durations: how they are written ('2:35', '1:02:03') and shown (pure, standard library).

An indicator measured in time has one of the duration units (core/vocabulary.py):
`days` and `hours` hold their figures in days and hours (shown '12 days', '4.5 hours');
`minutes` holds its figures in seconds, and shows them as minutes and seconds
('2:35', or '1:02:03' from an hour). A figure may be written as a plain number in the
unit's own measure (days, hours, minutes) or on a clock: 'm:ss' for minutes, 'h:mm'
for hours, and 'h:mm:ss' for any of them (how a spreadsheet's time cells are read).
"""

from __future__ import annotations

import math
import re

from generator.core.vocabulary import Unit

DURATION_UNITS: tuple[Unit, ...] = ("days", "hours", "minutes")
# Seconds in one of each unit's own measure: what a plain number is counted in.
_SECONDS_IN = {"days": 86_400.0, "hours": 3_600.0, "minutes": 60.0}
# What each unit's figures are held in, in seconds (minutes are held in seconds).
_HELD_IN = {"days": 86_400.0, "hours": 3_600.0, "minutes": 1.0}
_CLOCK = re.compile(r"^(?P<a>\d+):(?P<b>[0-5]\d)(?::(?P<c>[0-5]\d(?:\.\d+)?))?$")
# How a clock is written for each unit, for the messages.
CLOCK_FORMS = {
    "days": "a number of days such as 12 or 12.5",
    "hours": "hours and minutes such as 2:35, or hours as a number such as 2.5",
    "minutes": "minutes and seconds such as 2:35, or minutes as a number such as 2.5",
}


def is_duration(unit: str) -> bool:
    return unit in DURATION_UNITS


def clock_seconds(text: str, unit: Unit) -> float | None:
    """The seconds a clock-written duration stands for, or None where `text` is not one:
    'm:ss' for minutes, 'h:mm' for hours, 'h:mm:ss' for any duration unit."""
    match = _CLOCK.match(text.strip())
    if match is None:
        return None
    a, b, c = int(match["a"]), int(match["b"]), match["c"]
    if c is not None:
        return a * 3600 + b * 60 + float(c)
    if unit == "minutes":
        return a * 60.0 + b
    if unit == "hours":
        return a * 3600.0 + b * 60
    return None  # '2:35' of days: hours or minutes? Not said.


def duration_value(text: str, unit: Unit) -> float | None:
    """A duration as the unit holds it (days, hours, or seconds for minutes), from a
    plain number in the unit's own measure or a clock; None where it is neither."""
    seconds = clock_seconds(text, unit)
    if seconds is None:
        try:
            number = float(text.strip())
        except ValueError:
            return None
        if not math.isfinite(number):
            return None
        seconds = number * _SECONDS_IN[unit]
    held = seconds / _HELD_IN[unit]
    return float(round(held)) if unit == "minutes" and held.is_integer() else held


def from_days(days: float, unit: Unit) -> float:
    """A spreadsheet's time (a number of days) as the unit holds it."""
    return days * 86_400.0 / _HELD_IN[unit]


def clock(seconds: float) -> str:
    """'2:35', '0:05', '1:02:03': whole seconds, rounded half up; no sign."""
    total = math.floor(abs(seconds) + 0.5)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def time_text(seconds: float) -> str:
    """A spreadsheet time cell's text, 'h:mm:ss' (hours not wrapped at a day), to the
    millisecond where it has a fraction of a second: read by `duration_value`."""
    whole = math.floor(seconds)
    fraction = round(seconds - whole, 3)
    if fraction >= 1:
        whole, fraction = whole + 1, 0.0
    hours, rest = divmod(int(whole), 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours}:{minutes:02d}:{secs:02d}"
    return text + f"{fraction:.3f}".removeprefix("0").rstrip("0") if fraction else text


# Nice steps for an axis of minutes and seconds, in seconds.
_CLOCK_STEPS = (1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 900, 1200, 1800, 3600, 7200)


def clock_step(span: float, ticks: int = 5) -> float:
    """A step for an axis of seconds shown as minutes and seconds: 0:15, 0:30, 1:00..."""
    raw = span / ticks
    for step in _CLOCK_STEPS:
        if raw <= step:
            return float(step)
    return float(3600 * math.ceil(raw / 3600))
