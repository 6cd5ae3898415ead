"""A figure's number format, from the model's Excel notation to the parts an
OpenDocument number style is made of.

The model names a figure's format as Excel writes it ('0%', '"£"#,##0.00',
'#,##0" days"', '[m]:ss'); an ODS number style is a sequence of elements (text,
the number with its decimals and grouping, minutes and seconds). Only the
notation `generator.core.rules.spreadsheet_number` writes is understood.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Kind = Literal["number", "percentage", "time"]

_NUMBER = re.compile(
    r'(?:"(?P<before>[^"]*)")?(?P<digits>#,##0|0)(?:\.(?P<places>0+))?(?P<percent>%)?(?:"(?P<after>[^"]*)")?'
)


@dataclass(frozen=True)
class NumberStyle:
    kind: Kind  # a number, a percentage (a fraction), or a time: minutes:seconds of a day
    before: str = ""  # text before the number: '£'
    decimals: int = 0
    grouping: bool = False  # thousands separated: 1,234
    after: str = ""  # text after the number: ' days'; '%' is the percentage's own


def number_style(excel: str) -> NumberStyle:
    """The ODS number style of an Excel number format; ValueError for one the model never writes."""
    if excel == "[m]:ss":
        return NumberStyle("time")
    found = _NUMBER.fullmatch(excel)
    if found is None:
        raise ValueError(f"no ODS number style for the number format {excel!r}")
    return NumberStyle(
        "percentage" if found["percent"] else "number",
        before=found["before"] or "",
        decimals=len(found["places"] or ""),
        grouping=found["digits"] == "#,##0",
        after=found["after"] or "",
    )
