"""A quarter in the edition's words, from the message catalogue: 'Q2 24/25' (charts,
tables, notes), 'Q2 2024/25', 'Quarter 2 2024/25' and 'July to September 2024'."""

from __future__ import annotations

from generator.core.messages import Messages, default_messages
from generator.core.periods import Quarter


def _m(messages: Messages | None) -> Messages:
    return messages if messages is not None else default_messages()


def quarter_short(quarter: Quarter, messages: Messages | None = None) -> str:
    """'Q2 24/25': a chart's axis, a table's column, the notes."""
    return _m(messages).format(
        "period.short",
        quarter=quarter.quarter,
        start=f"{quarter.year % 100:02d}",
        end=f"{(quarter.year + 1) % 100:02d}",
    )


def quarter_name(quarter: Quarter, messages: Messages | None = None) -> str:
    """'Q2 2024/25'."""
    return _m(messages).format("period.quarter_year", quarter=quarter.quarter, year=quarter.fy)


def quarter_long(quarter: Quarter, messages: Messages | None = None) -> str:
    """'Quarter 2 2024/25'."""
    return _m(messages).format("period.quarter_long", quarter=quarter.quarter, year=quarter.fy)


def quarter_months(quarter: Quarter, messages: Messages | None = None) -> str:
    """'July to September 2024'."""
    calendar_year = quarter.year + 1 if quarter.quarter == 4 else quarter.year
    return _m(messages).format(f"period.months.q{quarter.quarter}", year=calendar_year)
