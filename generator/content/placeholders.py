"""The values commentary placeholders can reach, formatted in each indicator's unit and
worded in the edition's language (its catalogue: quarters, movements, ratings, the
direction of travel, the council's position)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.content.comparator_view import latest_figure, position_words
from generator.content.facts import IndicatorFacts, SeriesFacts
from generator.content.notes import movement_words, rag_word, trend_word
from generator.content.period_words import quarter_long
from generator.core.messages import Messages, default_messages
from generator.core.periods import Quarter
from generator.core.rules import change_between, format_change, format_value
from generator.read.commentary import NoValue
from generator.read.data import Observation
from generator.read.definitions import series_slug


def _comparison(
    facts: IndicatorFacts,
    latest: Observation,
    other: Observation | None,
    prefix: str,
    m: Messages,
) -> dict[str, str]:
    if other is None:
        return {}
    unit, decimals = facts.indicator.unit, facts.indicator.decimals
    change = change_between(latest.value, other.value, unit, decimals, m)
    size = change.size or format_change(0.0, unit, decimals, m)
    values = {
        f"{prefix}change": size,
        f"{prefix}direction": m.text(f"direction.{change.direction}"),
        f"{prefix}movement": movement_words(change.direction, change.size, m),
    }
    if change.percent is not None:
        values[f"{prefix}change_pct"] = m.number(change.percent)
    return values


def series_values(
    facts: IndicatorFacts, series: SeriesFacts, messages: Messages | None = None
) -> dict[str, str]:
    m = messages if messages is not None else default_messages()
    unit, decimals = facts.indicator.unit, facts.indicator.decimals
    latest = series.latest
    values = {
        "latest": format_value(latest.value, unit, decimals, m),
        "latest_period": quarter_long(latest.quarter, m),
        "label": series.series.label,
    }
    if series.previous is not None:
        values["previous"] = format_value(series.previous.value, unit, decimals, m)
        values["previous_period"] = quarter_long(series.previous.quarter, m)
    if series.last_year is not None:
        values["last_year"] = format_value(series.last_year.value, unit, decimals, m)
        values["last_year_period"] = quarter_long(series.last_year.quarter, m)
    values |= _comparison(facts, latest, series.previous, "", m)
    values |= _comparison(facts, latest, series.last_year, "year_", m)
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


def rag_change(rag: str | None, previous: str, messages: Messages | None = None) -> str:
    """Whether the rating changed since the previous quarter, in the edition's words."""
    m = messages if messages is not None else default_messages()
    if rag == previous:
        return m.text("rag_change.same")
    return m.format("rag_change.changed", previous=rag_word(previous, m))


def placeholder_values(facts: IndicatorFacts, messages: Messages | None = None) -> dict[str, Any]:
    """Everything `{{ ... }}` may name for this indicator and quarter, in the words of
    `messages` (the edition's language; English where not given); a name with no
    value this quarter holds why: NoValue."""
    m = messages if messages is not None else default_messages()
    unit, decimals = facts.indicator.unit, facts.indicator.decimals
    values: dict[str, Any] = dict(series_values(facts, facts.primary, m))
    values["period"] = quarter_long(facts.report_quarter, m)
    values["trend"] = trend_word(facts.trend.label, m)
    definition = facts.rated
    target, threshold = definition.target, definition.threshold
    if facts.indicator.cumulative:  # the target profiled for the quarter, if any
        levels = facts.rated_against
        target, threshold = (levels.target, levels.threshold) if levels else (None, None)
    if target is not None:
        values["target"] = format_value(target, unit, decimals, m)
    if threshold is not None:
        values["threshold"] = format_value(threshold, unit, decimals, m)
    if facts.rag is not None:
        values["rag"] = rag_word(facts.rag, m)
    if facts.previous_rag is not None:
        values["previous_rag"] = rag_word(facts.previous_rag, m)
        values["rag_change"] = rag_change(facts.rag, facts.previous_rag, m)
    each: dict[str, Any] = {}
    for series in facts.series:
        found = series_values(facts, series, m)
        each[series.series.slug] = {**absent_values(facts, series, found), **found}
    values["series"] = each
    if facts.comparators:
        values["comparators"] = comparator_values(facts, m)
    if facts.position is not None:
        values["position"] = position_words(facts.position[1], m)
    absent: dict[str, NoValue] = absent_values(facts, facts.primary, values)
    if not facts.indicator.is_kpi():
        not_rated = NoValue("an activity measure has no target and is not rated")
        absent |= dict.fromkeys(
            ("target", "threshold", "rag", "previous_rag", "rag_change"), not_rated
        )
    elif "previous" in absent:
        absent |= dict.fromkeys(("previous_rag", "rag_change"), absent["previous"])
    return {**absent, **values}


def comparator_values(
    facts: IndicatorFacts, messages: Messages | None = None
) -> dict[str, dict[str, str]]:
    """`{{ comparators.<name>.latest }}` and `.latest_period`: each comparator's figure
    for the council's latest quarter, else its latest before (as the notes give it)."""
    found: dict[str, dict[str, str]] = {}
    for comparator in facts.comparators:
        latest = latest_figure(facts, comparator)
        if latest is None:
            continue
        quarter, value = latest
        found[series_slug(comparator.name)] = {
            "latest": format_value(value, facts.indicator.unit, facts.indicator.decimals, messages),
            "latest_period": quarter_long(quarter, messages),
        }
    return found
