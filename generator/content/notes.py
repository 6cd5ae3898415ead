"""Technical notes and alt text, written from an indicator's facts (pure functions)."""

from __future__ import annotations

from collections.abc import Sequence

from generator.content.chart_words import ChartWords
from generator.content.comparator_view import comparator_alt_text, comparator_lines
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
    if facts.indicator.cumulative:
        return cumulative_target_line(facts, words)
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
        before = _fmt(facts, old.target)
        if old.threshold != old.target:
            before += f" and {_fmt(facts, old.threshold)}"
        line += f" for {facts.latest_quarter.fy}; {before} before"
    return line + band_sentence(definition.target, definition.threshold)


def band_sentence(target: float, threshold: float) -> str:
    """What lies between the target and threshold lines: the AMBER range, or none where
    the two are the same (GREEN or RED only)."""
    if target == threshold:
        return "; the two are the same, so there is no AMBER range (GREEN or RED only)."
    return "; the shaded band between them is the AMBER range."


def cumulative_target_line(facts: IndicatorFacts, words: ChartWords) -> str:
    """What a year-to-date KPI's latest quarter is rated against: 'Q3 24/25 is rated
    against the target profiled for Q3, 84.0% (dotted line), with a floor threshold in
    proportion, 83.1% (dashed line), towards a year-end target of 97.6% and floor of
    96.5%; the shaded band between them is the AMBER range.'"""
    definition = facts.rated
    assert definition.target is not None and definition.threshold is not None
    latest = facts.latest_quarter
    floor = definition.floor is not None
    kind = "floor threshold" if floor else "upper threshold"
    year_end = (
        f"a year-end target of {_fmt(facts, definition.target)} and "
        f"{'floor' if floor else 'upper threshold'} of {_fmt(facts, definition.threshold)}"
    )
    levels = facts.rated_against
    if levels is None:
        return (
            f"Not rated: the figures are for the year to date, no target is profiled for "
            f"Q{latest.quarter} and there is no figure for the same quarter last year "
            f"({year_end})."
        )
    band = band_sentence(levels.target, levels.threshold)
    target = f"{_fmt(facts, levels.target)} ({words.target})"
    threshold = f"{_fmt(facts, levels.threshold)} ({words.threshold})"
    if levels.basis == "year_end":
        return (
            f"{latest.short} is rated against the year-end target of {target} with a "
            f"{kind} of {threshold}" + band
        )
    against = (
        f"the target profiled for Q{latest.quarter}"
        if levels.basis == "profile"
        else f"the same quarter last year ({latest.shift(-4).short})"
    )
    return (
        f"{latest.short} is rated against {against}, {target}, with a {kind} in proportion, "
        f"{threshold}, towards {year_end}" + band
    )


def cumulative_line(facts: IndicatorFacts) -> str | None:
    """'Figures are for the year to date: each financial year's line starts again at Q1
    and is not joined to the year before.'"""
    if not facts.indicator.cumulative:
        return None
    return (
        "Figures are for the year to date: each financial year's line starts again at Q1 "
        "and is not joined to the year before."
    )


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
    cumulative = facts.indicator.cumulative
    if not trend.enough_data:
        if cumulative:
            return (
                "Too few quarters charted to compare each with the same quarter a year "
                "earlier, as the direction of travel of figures for the year to date."
            )
        return "Too few quarters charted to judge the direction of travel."
    subject = "overall direction of travel"
    if len(facts.series) > 1:
        subject = f"direction of travel of {facts.primary.series.label}"
    if cumulative:
        subject += ", each quarter against the same quarter a year earlier,"
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
    cumulative = cumulative_line(facts)
    if cumulative:
        lines.append(cumulative)
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
    lines += comparator_lines(facts, words)
    revision = revision_line(revised, facts.latest_quarter)
    if revision:
        lines.append(revision)
    lines += list(facts.definition.notes)
    return lines


def _series_change(facts: IndicatorFacts, series: SeriesFacts) -> str:
    """', up 4 percentage points on Q1 24/25'; for figures for the year to date, on the
    same quarter a year earlier."""
    previous = series.last_year if facts.indicator.cumulative else series.previous
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


def _cumulative_rating(facts: IndicatorFacts, words: ChartWords) -> str:
    """'Latest value 84.6% in Q3 24/25, up 0.4 percentage points on Q3 23/24, against the
    target profiled for Q3 of 84.0% (dotted line) and a floor of 83.1% (dashed line):
    rated GREEN. '"""
    latest = facts.primary.latest
    text = (
        f"Latest value {_fmt(facts, latest.value)} in {latest.quarter.short}"
        f"{_series_change(facts, facts.primary)}"
    )
    levels = facts.rated_against
    if levels is None or facts.rag is None:
        return text + ": not rated (no target profiled and no figure a year earlier). "
    against = {
        "year_end": "the year-end target",
        "profile": f"the target profiled for Q{latest.quarter.quarter}",
        "last_year": "the same quarter last year",
    }[levels.basis]
    threshold_kind = "a floor" if facts.rated.floor is not None else "an upper threshold"
    return (
        f"{text}, against {against} of {_fmt(facts, levels.target)} ({words.target}) and "
        f"{threshold_kind} of {_fmt(facts, levels.threshold)} ({words.threshold}): "
        f"rated {facts.rag}. "
    )


def alt_text(facts: IndicatorFacts, words: ChartWords) -> str:
    """A description of the chart written from its data, for screen-reader users."""
    indicator = facts.indicator
    count = len(facts.series)
    text = short_alt_text(facts)
    if count > 1:
        text += f", {_NUMBER_WORDS.get(count, str(count))} series"
    text += ". "
    cumulative = cumulative_line(facts)
    if cumulative:
        text += cumulative + " "
    if indicator.is_kpi() and indicator.cumulative:
        text += _cumulative_rating(facts, words)
    elif indicator.is_kpi():
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
        if indicator.cumulative:
            subject += ", against the same quarter a year earlier"
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
    compared = comparator_alt_text(facts, words)
    if compared:
        text += " " + compared
    return text
