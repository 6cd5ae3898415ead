"""UK financial-year quarters: parse, order, step and label.

Q1 is April–June, so "2024/25 Q2" is July–September 2024.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import total_ordering

_FORMS = (
    # 2024/25 Q2, 2024-25 Q2, 2024/2025 Q2, 2024-25-Q2 (folder names)
    re.compile(r"^(?P<y1>\d{4})\s*[/-]\s*(?P<y2>\d{2}|\d{4})[\s-]*Q(?P<q>\d)$", re.IGNORECASE),
    # Q2 2024/25, Q2 2024-25
    re.compile(r"^Q(?P<q>\d)\s*(?P<y1>\d{4})\s*[/-]\s*(?P<y2>\d{2}|\d{4})$", re.IGNORECASE),
)

_YEAR = re.compile(r"^(?P<y1>\d{4})\s*[/-]\s*(?P<y2>\d{2}|\d{4})$")


class PeriodError(ValueError):
    """A period that cannot be read; the message says what forms are accepted."""


@total_ordering
@dataclass(frozen=True)
class Quarter:
    """A financial-year quarter: `year` is the calendar year the financial year starts in."""

    year: int
    quarter: int

    def __post_init__(self) -> None:
        if not 1 <= self.quarter <= 4:
            raise PeriodError(f"quarter must be 1 to 4, not {self.quarter}")
        if not 1990 <= self.year <= 2100:
            raise PeriodError(f"financial year {self.year} is out of range")

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Quarter):
            return NotImplemented
        return self.index < other.index

    @property
    def index(self) -> int:
        return self.year * 4 + self.quarter - 1

    @classmethod
    def from_index(cls, index: int) -> Quarter:
        return cls(index // 4, index % 4 + 1)

    def shift(self, quarters: int) -> Quarter:
        return Quarter.from_index(self.index + quarters)

    @property
    def fy(self) -> str:
        """The financial year, '2024/25'."""
        return fy_label(self.year)

    def __str__(self) -> str:
        return f"{self.fy} Q{self.quarter}"

    @property
    def short(self) -> str:
        """Chart axis label: 'Q2 24/25'."""
        return f"Q{self.quarter} {self.year % 100:02d}/{(self.year + 1) % 100:02d}"

    @property
    def long(self) -> str:
        """Prose label: 'Quarter 2 2024/25' (in messages to users; an edition's words
        for a quarter come from its message catalogue: content/assemble.py)."""
        return f"Quarter {self.quarter} {self.fy}"

    @property
    def slug(self) -> str:
        """Folder name: '2024-25-Q2'."""
        return f"{self.year}-{(self.year + 1) % 100:02d}-Q{self.quarter}"


def fy_label(start_year: int) -> str:
    return f"{start_year}/{(start_year + 1) % 100:02d}"


def _start_year(y1: str, y2: str) -> int:
    first = int(y1)
    second = int(y2)
    expected = (first + 1) % 100 if len(y2) == 2 else first + 1
    if second != expected:
        raise PeriodError(f"the years {y1} and {y2} are not consecutive")
    return first


def parse_quarter(text: str) -> Quarter:
    """Read '2024/25 Q2', '2024-25 Q2', 'Q2 2024/25' or '2024-25-Q2'."""
    cleaned = " ".join(str(text).split())
    for form in _FORMS:
        match = form.match(cleaned)
        if match:
            return Quarter(_start_year(match["y1"], match["y2"]), int(match["q"]))
    raise PeriodError(
        f"'{text}' is not a financial-year quarter; write it as '2024/25 Q2', "
        "'2024-25 Q2' or 'Q2 2024/25'"
    )


def parse_year(text: str) -> int:
    """Read a financial year '2024/25' or '2024-25'; returns its start year."""
    match = _YEAR.match(" ".join(str(text).split()))
    if not match:
        raise PeriodError(f"'{text}' is not a financial year; write it as '2024/25'")
    return _start_year(match["y1"], match["y2"])


def quarter_range(first: Quarter, last: Quarter) -> list[Quarter]:
    return [Quarter.from_index(i) for i in range(first.index, last.index + 1)]


# Dates a national extract may give a period as: 2024-06-30 (a time after it is
# ignored) or 30/06/2024; the quarter is the financial quarter the day falls in.
_DATES = (
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::[\d.]+)?)?$"),
    re.compile(r"^(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})$"),
)


def quarter_of_date(text: str) -> Quarter | None:
    """The financial quarter a date falls in ('2024-06-30' and '30/06/2024' are
    2024/25 Q1; '2025-01-15' is 2024/25 Q4), or None where the text is no date."""
    from datetime import date

    cleaned = str(text).strip()
    for form in _DATES:
        match = form.match(cleaned)
        if match:
            try:
                day = date(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                return None
            if day.month <= 3:
                return Quarter(day.year - 1, 4)
            return Quarter(day.year, (day.month - 1) // 3)
    return None


def parse_period(text: str) -> Quarter:
    """A quarter as a data file or extract gives it: a quarter's name ('2024/25 Q2') or
    a date in it ('2024-09-30', '30/09/2024')."""
    try:
        return parse_quarter(text)
    except PeriodError:
        quarter = quarter_of_date(text)
        if quarter is None:
            raise PeriodError(
                f"'{text}' is not a financial-year quarter or a date; write it as "
                "'2024/25 Q2' or as a date in the quarter, '2024-09-30' or '30/09/2024'"
            ) from None
        return quarter
