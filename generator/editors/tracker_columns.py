"""A tracker's own columns, as teams head and fill them, for `appendix init --from` (pure).

Which column holds the ids, titles, series, polarity ("Good is"), unit, targets
("Target 24/25") and service; and what a cell of each says, or None where it
cannot be read (the caller reports the cell and what it did instead).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.core.periods import PeriodError, parse_year
from generator.core.vocabulary import RatedPolarity, Unit

ID_HEADERS = (
    "id",
    "ref",
    "ref.",
    "ref no",
    "reference",
    "kpi ref",
    "pi ref",
    "measure ref",
    "indicator ref",
    "indicator id",
    "code",
    "kpi code",
    "pi code",
    "kpi",
    "kpi id",
    "kpi no",
    "indicator",  # last: "Indicator" beside a "Code" column is the indicator's name
)
SERIES_HEADERS = ("series", "breakdown", "measure")
TITLE_HEADERS = (
    "title",
    "indicator name",
    "name",
    "kpi name",
    "kpi title",
    "measure name",
    "measure",
    "indicator",
    "description",
    "indicator description",
    "measure description",
    "kpi description",
    "performance indicator",
)
POLARITY_HEADERS = (
    "good is",
    "polarity",
    "higher or lower is better",
    "high or low is good",
    "is higher better",
    "better is",
    "good performance is",
    "aim",
)
UNIT_HEADERS = ("unit", "units", "unit of measure", "measure type", "format")
SERVICE_HEADERS = ("service", "service area", "team")
DIRECTORATE_HEADERS = ("directorate", "department", "portfolio")

_UP = ("high", "up", "bigger", "more", "increase", "maxim", "↑", "⬆", "▲")
_DOWN = ("low", "down", "smaller", "less", "decrease", "minim", "↓", "⬇", "▼")
_FY = re.compile(r"(?<!\d)(\d{4}|\d{2})\s*[/-]\s*(\d{4}|\d{2})(?!\d)")
_QUARTER_WORD = re.compile(r"\bq\s*[1-4]\b")


def header_key(text: str) -> str:
    """A header as matched: capitals, runs of spaces and a trailing colon ignored."""
    return " ".join(text.casefold().split()).rstrip(":").strip()


def polarity_of(text: str) -> RatedPolarity | None:
    """'High', 'Higher is better', '↑' -> higher; 'Low', 'Lower', '↓' -> lower; else None."""
    words = re.findall(r"[^\W\d_]+|[↑⬆▲↓⬇▼]", header_key(text))
    up = any(word.startswith(_UP) for word in words)
    down = any(word.startswith(_DOWN) for word in words)
    if up == down:  # neither, or both ('High or low')
        return None
    return "higher" if up else "lower"


@dataclass(frozen=True)
class UnitReading:
    """What a Unit cell says, in the definition's words."""

    unit: Unit
    per: str | None = None  # what a figure is per: '100,000 collections', 'week', 'tonne'
    axis_label: str | None = None  # the cell's own words where the unit's would not say them


_PER = re.compile(r"^(?:rate\s*)?per\s+(?P<n>[\d,]+)(?:\s+(?P<what>.+))?$")
_MONEY_PER = re.compile(r"^£\s*(?:per|a|/)\s*(?P<what>[^\W\d_][\w ]*)$")
_PERCENT_WORDS = ("%", "percent", "percentage", "per cent", "% of", "proportion")
_COUNT_WORDS = ("number", "no", "no.", "nos", "count", "#", "total", "numeric", "num")
_POUND_WORDS = ("£", "gbp", "pounds", "£s", "cost (£)", "money", "currency", "cash")
_DURATIONS: dict[str, Unit] = {
    "days": "days",
    "working days": "days",
    "calendar days": "days",
    "hours": "hours",
    "hh:mm": "hours",
    "h:mm": "hours",
    "minutes": "minutes",
    "mins": "minutes",
    "mm:ss": "minutes",
    "m:ss": "minutes",
    "min:sec": "minutes",
    "mins:secs": "minutes",
    "minutes:seconds": "minutes",
    "minutes and seconds": "minutes",
}
_COUNTED = ("weeks", "months")


def unit_of(text: str) -> UnitReading | None:
    """'%' -> percent; 'Number' -> count; '£' -> gbp ('£ per tonne' -> per tonne);
    'Rate per 100,000 collections' -> rate per '100,000 collections'; 'Days', 'Hours',
    'mm:ss' -> days, hours, minutes; 'Weeks' -> a count in weeks; else None."""
    key = header_key(text).strip(" .")
    if not key:
        return None
    if key in _PERCENT_WORDS or key.startswith("% "):
        return UnitReading("percent")
    if key in _COUNT_WORDS:
        return UnitReading("count")
    if key in _POUND_WORDS:
        return UnitReading("gbp")
    money = _MONEY_PER.match(key)
    if money:
        return UnitReading("gbp", per=money["what"].strip())
    if key.startswith("£"):
        return UnitReading("gbp")
    per = _PER.match(key)
    if per:
        try:
            base = int(per["n"].replace(",", ""))
        except ValueError:
            return None
        if base < 1:
            return None
        words = " ".join(text.split())
        said = words[words.casefold().index("per") + 3 :].strip() if per["what"] else None
        return UnitReading("rate", per=said or str(base))
    if key in _DURATIONS:
        return UnitReading(_DURATIONS[key])
    if key in _COUNTED:
        return UnitReading("count", axis_label=key)
    return None


@dataclass(frozen=True)
class YearColumn:
    """A column of per-year values: 'Target 24/25' (year 2024), or 'Target' (year None)."""

    field: str  # target, floor or threshold
    year: int | None


def year_column(text: str) -> YearColumn | None:
    """'Target 24/25', '2024/25 Target', 'Target' -> target columns; 'Floor 24/25',
    'Threshold' likewise; a quarter's target ('Q3 target 24/25': a profile) -> None."""
    key = header_key(text)
    field = next(
        (f for f, word in (("target", "target"), ("floor", "floor"), ("threshold", "threshold"))
         if word in key),
        None,
    )  # fmt: skip
    if field is None or _QUARTER_WORD.search(key):
        return None
    match = _FY.search(key)
    if match is None:
        rest = key.replace(field, "").strip(" -()")
        return YearColumn(field, None) if rest in ("", "annual", "year", "full year") else None
    first = match[1] if len(match[1]) == 4 else f"20{match[1]}"
    try:
        return YearColumn(field, parse_year(f"{first}/{match[2][-2:]}"))
    except PeriodError:
        return None


def number_of(text: str) -> float | None:
    """A target cell as a number: '97.6', '97.6%', '£503,400', '1,250'; else None."""
    cleaned = "".join(text.split()).removeprefix("£").removesuffix("%").replace(",", "")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


def decimals_of(texts: list[str]) -> int:
    """The decimals the figures are written with (at most 2): '97.4' -> 1."""
    most = 0
    for text in texts:
        cleaned = "".join(text.split()).removeprefix("£").removesuffix("%").replace(",", "")
        if number_of(cleaned) is None or "." not in cleaned or "e" in cleaned.lower():
            continue
        most = max(most, len(cleaned.split(".", 1)[1].rstrip("0")))
    return min(most, 2)
