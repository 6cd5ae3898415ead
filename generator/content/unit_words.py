"""An indicator's unit in the edition's words: what a rate is per ('per 100,000'),
what money is per ('£ a week'), the words a title is given in brackets and the value
axis's words. The report definition's own words (its axis label, what a figure is
per) are kept as written; the joining words come from the message catalogue."""

from __future__ import annotations

from generator.core.messages import Messages
from generator.read.definitions import MONEY_PERIODS, Indicator


def rate_base(indicator: Indicator, m: Messages) -> str:
    """'per 100,000' (or 'per 100,000 collections') for a rate; '' for any other unit."""
    if indicator.unit != "rate":
        return ""
    if indicator.per_what:
        return m.format("unit.rate_base_of", per=f"{indicator.per:,}", what=indicator.per_what)
    return m.format("unit.rate_base", per=f"{indicator.per:,}")


def money_per(indicator: Indicator, m: Messages) -> str:
    """'£ a week', '£ per tonne' for money said to be per something; '' otherwise."""
    if indicator.unit != "gbp" or not indicator.per_what:
        return ""
    key = "unit.money_a" if indicator.per_what in MONEY_PERIODS else "unit.money_per"
    return m.format(key, what=indicator.per_what)


def base_to_add(indicator: Indicator, m: Messages) -> str:
    """The rate base (or what money is per) where the short title does not already
    say it (in English, as the definition writes it), else ''."""
    if not indicator.base_to_add:
        return ""
    return money_per(indicator, m) or rate_base(indicator, m)


def unit_aside(indicator: Indicator, m: Messages) -> str:
    """The words a title is given in brackets where it does not say its base:
    'rate per 10,000', '£ a week', or the definition's axis words."""
    if indicator.axis_label:
        return indicator.axis_label
    return money_per(indicator, m) or m.format("unit.rate_aside", base=rate_base(indicator, m))


def axis_words(indicator: Indicator, m: Messages) -> str:
    """What the value axis counts: '%', 'per 100,000', '£', '£ a week', 'days',
    'minutes:seconds', 'number'."""
    if indicator.axis_label:
        return indicator.axis_label
    if indicator.unit == "gbp":
        return money_per(indicator, m) or "£"
    if indicator.unit == "percent":
        return "%"
    if indicator.unit == "rate":
        return rate_base(indicator, m)
    return m.text(f"unit.{indicator.unit}")


def table_unit(indicator: Indicator, m: Messages) -> str:
    """How a data table's column headers name its unit (in the workbook)."""
    return (
        indicator.axis_label
        or money_per(indicator, m)
        or rate_base(indicator, m)
        or m.text(f"unit.{indicator.unit}")
    )
