"""The values commentary placeholders can reach, formatted in each indicator's unit."""

from __future__ import annotations

from typing import Any

from generator.data import Observation
from generator.facts import IndicatorFacts, SeriesFacts
from generator.rules import direction_word, format_change, format_value, percent_change


def _comparison(
    facts: IndicatorFacts, latest: Observation, other: Observation | None, prefix: str
) -> dict[str, str]:
    unit, decimals = facts.indicator.unit, facts.indicator.decimals
    if other is None:
        return {}
    values = {
        f"{prefix}change": format_change(latest.value - other.value, unit, decimals),
        f"{prefix}direction": direction_word(latest.value, other.value, unit, decimals),
    }
    relative = percent_change(latest.value, other.value)
    if relative is not None:
        values[f"{prefix}change_pct"] = format_value(abs(relative), "percent", 0)
    return values


def series_values(facts: IndicatorFacts, series: SeriesFacts) -> dict[str, str]:
    unit, decimals = facts.indicator.unit, facts.indicator.decimals
    latest = series.latest
    values = {
        "latest": format_value(latest.value, unit, decimals),
        "latest_period": latest.quarter.long,
        "label": series.series.label,
    }
    if series.previous is not None:
        values["previous"] = format_value(series.previous.value, unit, decimals)
        values["previous_period"] = series.previous.quarter.long
    if series.last_year is not None:
        values["last_year"] = format_value(series.last_year.value, unit, decimals)
        values["last_year_period"] = series.last_year.quarter.long
    values |= _comparison(facts, latest, series.previous, "")
    values |= _comparison(facts, latest, series.last_year, "year_")
    return values


def placeholder_values(facts: IndicatorFacts) -> dict[str, Any]:
    """Everything `{{ ... }}` may name for this indicator and quarter."""
    unit, decimals = facts.indicator.unit, facts.indicator.decimals
    values: dict[str, Any] = dict(series_values(facts, facts.primary))
    values["period"] = facts.report_quarter.long
    values["trend"] = facts.trend.label
    definition = facts.definition
    if definition.target is not None:
        values["target"] = format_value(definition.target, unit, decimals)
    if definition.threshold is not None:
        values["threshold"] = format_value(definition.threshold, unit, decimals)
    if facts.rag is not None:
        values["rag"] = facts.rag
    if facts.previous_rag is not None:
        values["previous_rag"] = facts.previous_rag
    values["series"] = {s.series.id: series_values(facts, s) for s in facts.series}
    return values
