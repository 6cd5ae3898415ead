"""The values commentary placeholders can reach, formatted in each indicator's unit."""

from __future__ import annotations

from typing import Any

from generator.content.facts import IndicatorFacts, SeriesFacts
from generator.core.rules import change_between, format_change, format_value
from generator.read.data import Observation


def _comparison(
    facts: IndicatorFacts, latest: Observation, other: Observation | None, prefix: str
) -> dict[str, str]:
    if other is None:
        return {}
    change = change_between(
        latest.value, other.value, facts.indicator.unit, facts.indicator.decimals
    )
    values = {
        f"{prefix}change": change.size or format_change(0.0, facts.indicator.unit),
        f"{prefix}direction": change.direction,
        f"{prefix}movement": change.movement,
    }
    if change.percent is not None:
        values[f"{prefix}change_pct"] = change.percent
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


def rag_change(rag: str | None, previous: str) -> str:
    """Whether the rating changed since the previous quarter, in words."""
    if rag == previous:
        return "the same as in the previous quarter"
    return f"a change from {previous} in the previous quarter"


def placeholder_values(facts: IndicatorFacts) -> dict[str, Any]:
    """Everything `{{ ... }}` may name for this indicator and quarter."""
    unit, decimals = facts.indicator.unit, facts.indicator.decimals
    values: dict[str, Any] = dict(series_values(facts, facts.primary))
    values["period"] = facts.report_quarter.long
    values["trend"] = facts.trend.label
    definition = facts.rated
    target, threshold = definition.target, definition.threshold
    if facts.indicator.cumulative:  # the target profiled for the quarter, if any
        levels = facts.rated_against
        target, threshold = (levels.target, levels.threshold) if levels else (None, None)
    if target is not None:
        values["target"] = format_value(target, unit, decimals)
    if threshold is not None:
        values["threshold"] = format_value(threshold, unit, decimals)
    if facts.rag is not None:
        values["rag"] = facts.rag
    if facts.previous_rag is not None:
        values["previous_rag"] = facts.previous_rag
        values["rag_change"] = rag_change(facts.rag, facts.previous_rag)
    values["series"] = {s.series.slug: series_values(facts, s) for s in facts.series}
    return values
