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
    per: int | None = None  # a rate's base: 'per 100,000'
    axis_label: str | None = None  # the cell's own words where the unit's would not say them
    # Read, but as an approximation this version's units allow (said in the init report).
    approximated: str | None = None


_PER = re.compile(r"^(?:rate\s*)?per\s+(?P<n>[\d,]+)(?:\s+(?P<what>.+))?$")
_PERCENT_WORDS = ("%", "percent", "percentage", "per cent", "% of", "proportion")
_COUNT_WORDS = ("number", "no", "no.", "nos", "count", "#", "total", "numeric", "num")
_POUND_WORDS = ("£", "gbp", "pounds", "£s", "cost (£)", "money", "currency", "cash")
_PLAIN_DURATIONS = ("days", "working days", "calendar days", "weeks", "hours", "minutes", "mins")


def unit_of(text: str) -> UnitReading | None:
    """'%' -> percent; 'Number' -> count; '£' -> gbp; 'Rate per 100,000 collections' ->
    rate per 100,000 with those words on the axis; 'Days' -> a count in days; else None
    (minutes and seconds, 'mm:ss', which this version has no unit for, included)."""
    key = header_key(text).strip(" .")
    if not key:
        return None
    if key in _PERCENT_WORDS or key.startswith("% "):
        return UnitReading("percent")
    if key in _COUNT_WORDS:
        return UnitReading("count")
    if key in _POUND_WORDS or key.startswith("£"):
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
        label = words[words.casefold().index("per") :] if per["what"] else None
        return UnitReading("rate", per=base, axis_label=label)
    if key in _PLAIN_DURATIONS:
        return UnitReading(
            "count", axis_label=key, approximated=f"a count with the axis saying '{key}'"
        )
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
