"""Technical notes and alt text, written from an indicator's facts (pure functions)."""

from __future__ import annotations

from collections.abc import Sequence

from generator.content.chart_words import ChartWords
from generator.content.facts import IndicatorFacts, SeriesFacts
from generator.content.gaps import gap_line
from generator.core.periods import Quarter
from generator.core.rules import axis_caveats, change_between, format_value
from generator.read.definitions import MONEY_PERIODS

_NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 4: "four"}


def _fmt(facts: IndicatorFacts, value: float) -> str:
    return format_value(value, facts.indicator.unit, facts.indicator.decimals)


def target_line(facts: IndicatorFacts, words: ChartWords) -> str | None:
    """'Target set at 85% (dotted line) with a floor threshold of 75% (dashed line);
    the shaded band between them is the AMBER range.'"""
    definition = facts.rated
    if definition.target is None or definition.threshold is None:
        return None
    kind = "a floor threshold" if definition.floor is not None else "an upper threshold"
    line = (
        f"Target set at {_fmt(facts, definition.target)} ({words.target}) with {kind} of "
        f"{_fmt(facts, definition.threshold)} ({words.threshold})"
    )
    earlier = [
        b
        for b, q in zip(facts.bands, facts.window, strict=True)
        if b and q.year < facts.latest_quarter.year
    ]
    changed = [
        b for b in earlier if (b.target, b.threshold) != (definition.target, definition.threshold)
    ]
    if changed:
        old = changed[-1]
        line += (
            f" for {facts.latest_quarter.fy}; {_fmt(facts, old.target)} and "
            f"{_fmt(facts, old.threshold)} before"
        )
    return line + "; the shaded band between them is the AMBER range."


def unit_line(facts: IndicatorFacts) -> str | None:
    if facts.indicator.unit_note:
        return facts.indicator.unit_note
    indicator = facts.indicator
    if indicator.unit == "gbp":
        return money_line(indicator.per_what)
    return {
        "rate": f"Rate {indicator.rate_base}.",
        "minutes": "Time in minutes and seconds (2:35 is 2 minutes 35 seconds).",
    }.get(indicator.unit)


def money_line(per: str | None) -> str:
    """'Figures in pounds (£).', 'Weekly cost in pounds (£).' (per week, day, month or
    year), 'Cost per tonne in pounds (£).' (per anything else)."""
    if per is None:
        return "Figures in pounds (£)."
    period = MONEY_PERIODS.get(per)
    if period is not None:
        return f"{period.capitalize()} cost in pounds (£)."
    return f"Cost per {per} in pounds (£)."


def trend_line(facts: IndicatorFacts) -> str:
    trend = facts.trend
    if not trend.enough_data:
        return "Too few quarters charted to judge the direction of travel."
    subject = "overall direction of travel"
    if len(facts.series) > 1:
        subject = f"direction of travel of {facts.primary.series.label}"
    if trend.significant:
        return f"The {subject} is significant ({trend.label})."
    return f"The {subject} is not significant."


def legend_lines(facts: IndicatorFacts, words: ChartWords) -> list[str]:
    """'Orange dashed line with squares – visits made.' (or 'Orange bars with diagonal
    hatching – ...' where the series are stacked), one a series."""
    if len(facts.series) < 2:
        return []
    drawn = words.bars if facts.indicator.chart == "stacked" else words.series
    return [f"{drawn[i]} – {s.series.label}." for i, s in enumerate(facts.series)]


def revision_line(revised: Sequence[Quarter], latest: Quarter) -> str | None:
    """'Q1 2023/24 figure updated.' or 'Last 4 quarter figures updated.'"""
    if not revised:
        return None
    ordered = sorted(set(revised))
    recent = [latest.shift(-n) for n in range(1, len(ordered) + 1)]
    if len(ordered) > 1 and sorted(recent) == ordered:
        return f"Last {len(ordered)} quarter figures updated."
    if len(ordered) == 1:
        only = ordered[0]
        return f"Q{only.quarter} {only.fy} figure updated."
    return "Figures updated for " + ", ".join(q.short for q in ordered) + "."


def late_line(facts: IndicatorFacts) -> str | None:
    """'Figure for Q2 2024/25 not yet available (awaiting data); the latest is for
    Q1 2024/25.'"""
    late = facts.late
    if late is None:
        return None
    words = f" ({late.reason})" if late.reason else ""
    return (
        f"Figure for {late_name(late.quarter)} not yet available{words}; the latest is for "
        f"{late_name(facts.latest_quarter)}."
    )


def late_name(quarter: Quarter) -> str:
    """'Q2 2024/25'"""
    return f"Q{quarter.quarter} {quarter.fy}"


def technical_notes(
    facts: IndicatorFacts, words: ChartWords, revised: Sequence[Quarter] = ()
) -> list[str]:
    """The lines of the technical-notes panel, in the order the appendix uses."""
    lines: list[str] = []
    target = target_line(facts, words)
    lines.append(target if target else "Activity measure, no specified target.")
    unit = unit_line(facts)
    if unit:
        lines.append(unit)
    if facts.definition.arrears:
        lines.append(f"KPI runs a quarter in arrears {facts.definition.arrears}.")
    late = late_line(facts)
    if late:
        lines.append(late)
    for quarter in facts.provisional_quarters:
        lines.append(f"{quarter.short} figure is provisional ({words.provisional}) and may change.")
    gap = gap_line(facts)
    if gap:
        lines.append(gap)
    lines.append(trend_line(facts))
    lines += axis_caveats(facts.limits, facts.indicator.unit)
    lines += legend_lines(facts, words)
    revision = revision_line(revised, facts.latest_quarter)
    if revision:
        lines.append(revision)
    lines += list(facts.definition.notes)
    return lines


def _series_change(facts: IndicatorFacts, series: SeriesFacts) -> str:
    previous = series.previous
    if previous is None:
        return ""
    change = change_between(
        series.latest.value, previous.value, facts.indicator.unit, facts.indicator.decimals
    )
    return f", {change.movement} on {previous.quarter.short}"


def short_alt_text(facts: IndicatorFacts) -> str:
    """What the chart is, in a line: the text alternative where the description is beside it."""
    indicator = facts.indicator
    first, last = facts.window[0], facts.window[-1]
    kind = "Stacked bar chart" if indicator.chart == "stacked" else "Line chart"
    span = f"{first.short} to {last.short}" if first != last else last.short
    title = indicator.short_title
    if indicator.base_to_add:  # "(rate per 10,000)", "(£ a week)", or the axis words
        title += f" ({indicator.unit_aside})"
    return f"{kind} of {indicator.id}, {title}, {span}"


def alt_text(facts: IndicatorFacts, words: ChartWords) -> str:
    """A description of the chart written from its data, for screen-reader users."""
    indicator = facts.indicator
    count = len(facts.series)
    text = short_alt_text(facts)
    if count > 1:
        text += f", {_NUMBER_WORDS.get(count, str(count))} series"
    text += ". "
    if indicator.is_kpi():
        latest = facts.primary.latest
        definition = facts.rated
        assert definition.target is not None and definition.threshold is not None
        threshold_kind = "a floor" if definition.floor is not None else "an upper threshold"
        text += (
            f"Latest value {_fmt(facts, latest.value)} in {latest.quarter.short}"
            f"{_series_change(facts, facts.primary)}, against a target of "
            f"{_fmt(facts, definition.target)} ({words.target}) and {threshold_kind} of "
            f"{_fmt(facts, definition.threshold)} ({words.threshold}): rated {facts.rag}. "
        )
    else:
        for series in facts.series:
            label = series.series.label
            text += (
                f"{label[:1].upper()}{label[1:]}: {_fmt(facts, series.latest.value)} in "
                f"{series.latest.quarter.short}{_series_change(facts, series)}. "
            )
    trend = facts.trend
    if trend.enough_data:
        subject = f" of {facts.primary.series.label}" if count > 1 else ""
        text += f"Direction of travel{subject}: {trend.label}."
    else:
        text += "Too few quarters to judge a direction of travel."
    if facts.provisional_quarters:
        quarters = ", ".join(q.short for q in facts.provisional_quarters)
        text += f" {quarters} is provisional ({words.provisional})."
    gap = gap_line(facts)
    if gap:
        text += " " + gap
    late = late_line(facts)
    if late:
        text += " " + late
    return text
