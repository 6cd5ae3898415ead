"""The values commentary placeholders can reach, formatted in each indicator's unit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.content.comparator_view import latest_figure, position_words
from generator.content.facts import IndicatorFacts, SeriesFacts
from generator.core.periods import Quarter
from generator.core.rules import change_between, format_change, format_value
from generator.read.commentary import NoValue
from generator.read.data import Observation
from generator.read.definitions import series_slug


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


_COMPARED = ("{}", "{}_period")  # named after the other quarter: previous, last_year
_CHANGES = ("change", "direction", "movement", "change_pct")


def _why_none(facts: IndicatorFacts, series: SeriesFacts, quarter: Quarter, what: str) -> str:
    """Why the series has no figure for `quarter`: a gap (with its words), or none kept."""
    named = f"Q{quarter.quarter} {quarter.fy}"
    if quarter in facts.window:
        index = facts.window.index(quarter)
        if series.values[index] is None:
            words = series.reasons[index]
            return f"{named} has no figure" + (f" ({words})" if words else "")
    first = facts.window[0]
    if quarter < first:
        return f"no {what}: the figures start in Q{first.quarter} {first.fy}"
    return f"{named} has no figure"


def absent_values(
    facts: IndicatorFacts, series: SeriesFacts, values: Mapping[str, Any]
) -> dict[str, NoValue]:
    """The placeholders this series has no value for this quarter, each with why."""
    latest = series.latest.quarter
    absent: dict[str, NoValue] = {}
    for other, quarter, prefix, what in (
        ("previous", latest.shift(-1), "", "previous quarter"),
        ("last_year", latest.shift(-4), "year_", "figure a year earlier"),
    ):
        why = _why_none(facts, series, quarter, what)
        names = [pattern.format(other) for pattern in _COMPARED]
        names += [f"{prefix}{change}" for change in _CHANGES]
        for name in names:
            if name not in values:
                absent[name] = NoValue(why)
    if "change_pct" not in values and "previous" in values:
        absent["change_pct"] = NoValue(
            f"the figure for the previous quarter is {values['previous']}"
        )
    if "year_change_pct" not in values and "last_year" in values:
        absent["year_change_pct"] = NoValue(f"the figure a year earlier is {values['last_year']}")
    return absent


def rag_change(rag: str | None, previous: str) -> str:
    """Whether the rating changed since the previous quarter, in words."""
    if rag == previous:
        return "the same as in the previous quarter"
    return f"a change from {previous} in the previous quarter"


def placeholder_values(facts: IndicatorFacts) -> dict[str, Any]:
    """Everything `{{ ... }}` may name for this indicator and quarter (a name with no
    value this quarter holds why: NoValue)."""
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
    each: dict[str, Any] = {}
    for series in facts.series:
        found = series_values(facts, series)
        each[series.series.slug] = {**absent_values(facts, series, found), **found}
    values["series"] = each
    if facts.comparators:
        values["comparators"] = comparator_values(facts)
    if facts.position is not None:
        values["position"] = position_words(facts.position[1])
    absent: dict[str, NoValue] = absent_values(facts, facts.primary, values)
    if not facts.indicator.is_kpi():
        not_rated = NoValue("an activity measure has no target and is not rated")
        absent |= dict.fromkeys(
            ("target", "threshold", "rag", "previous_rag", "rag_change"), not_rated
        )
    elif "previous" in absent:
        absent |= dict.fromkeys(("previous_rag", "rag_change"), absent["previous"])
    return {**absent, **values}


def comparator_values(facts: IndicatorFacts) -> dict[str, dict[str, str]]:
    """`{{ comparators.<name>.latest }}` and `.latest_period`: each comparator's figure
    for the council's latest quarter, else its latest before (as the notes give it)."""
    found: dict[str, dict[str, str]] = {}
    for comparator in facts.comparators:
        latest = latest_figure(facts, comparator)
        if latest is None:
            continue
        quarter, value = latest
        found[series_slug(comparator.name)] = {
            "latest": format_value(value, facts.indicator.unit, facts.indicator.decimals),
            "latest_period": quarter.long,
        }
    return found
