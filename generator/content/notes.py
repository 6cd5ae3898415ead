"""Technical notes and alt text, written from an indicator's facts (pure functions)."""

from __future__ import annotations

from collections.abc import Sequence

from generator.content.chart_words import ChartWords
from generator.content.comparator_view import comparator_alt_text, comparator_lines
from generator.content.facts import IndicatorFacts, SeriesFacts
from generator.content.gaps import gap_line
from generator.content.period_words import quarter_name, quarter_short
from generator.content.unit_words import rate_base, unit_aside
from generator.core.messages import Messages, default_messages
from generator.core.periods import Quarter
from generator.core.rules import axis_caveats, change_between, format_value
from generator.read.definitions import MONEY_PERIODS


def _m(messages: Messages | None) -> Messages:
    return messages if messages is not None else default_messages()


def _fmt(facts: IndicatorFacts, value: float, m: Messages | None = None) -> str:
    return format_value(value, facts.indicator.unit, facts.indicator.decimals, m)


def _floor(facts: IndicatorFacts) -> str:
    """The kind of threshold, as the part of a key: 'floor' or 'upper'."""
    return "floor" if facts.rated.floor is not None else "upper"


def target_line(facts: IndicatorFacts, words: ChartWords) -> str | None:
    """'Target set at 85% (dotted line) with a floor threshold of 75% (dashed line);
    the shaded band between them is the AMBER range.'"""
    m = words.messages
    definition = facts.rated
    if definition.target is None or definition.threshold is None:
        return None
    if facts.indicator.cumulative:
        return cumulative_target_line(facts, words)
    line = m.format(
        f"notes.target.{_floor(facts)}",
        target=_fmt(facts, definition.target, m),
        target_line=words.target,
        threshold=_fmt(facts, definition.threshold, m),
        threshold_line=words.threshold,
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
        before = _fmt(facts, old.target, m)
        if old.threshold != old.target:
            before = m.format(
                "notes.target.before_pair", target=before, threshold=_fmt(facts, old.threshold, m)
            )
        line += m.format("notes.target.changed", year=facts.latest_quarter.fy, before=before)
    return line + band_sentence(definition.target, definition.threshold, m)


def band_sentence(target: float, threshold: float, messages: Messages | None = None) -> str:
    """What lies between the target and threshold lines: the AMBER range, or none where
    the two are the same (GREEN or RED only)."""
    if target == threshold:
        return _m(messages).text("notes.band.none")
    return _m(messages).text("notes.band.amber")


def cumulative_target_line(facts: IndicatorFacts, words: ChartWords) -> str:
    """What a year-to-date KPI's latest quarter is rated against: 'Q3 24/25 is rated
    against the target profiled for Q3, 84.0% (dotted line), with a floor threshold in
    proportion, 83.1% (dashed line), towards a year-end target of 97.6% and floor of
    96.5%; the shaded band between them is the AMBER range.'"""
    m = words.messages
    definition = facts.rated
    assert definition.target is not None and definition.threshold is not None
    latest = facts.latest_quarter
    kind = _floor(facts)
    year_end = m.format(
        f"notes.cumulative.year_end.{kind}",
        target=_fmt(facts, definition.target, m),
        threshold=_fmt(facts, definition.threshold, m),
    )
    levels = facts.rated_against
    if levels is None:
        return m.format("notes.cumulative.not_rated", quarter=latest.quarter, year_end=year_end)
    band = band_sentence(levels.target, levels.threshold, m)
    target = m.format("notes.value_drawn", value=_fmt(facts, levels.target, m), line=words.target)
    threshold = m.format(
        "notes.value_drawn", value=_fmt(facts, levels.threshold, m), line=words.threshold
    )
    if levels.basis == "year_end":
        return (
            m.format(
                f"notes.cumulative.year_end_rated.{kind}",
                quarter=quarter_short(latest, m),
                target=target,
                threshold=threshold,
            )
            + band
        )
    against = (
        m.format("notes.against.profile", quarter=latest.quarter)
        if levels.basis == "profile"
        else m.format("notes.against.last_year_named", quarter=quarter_short(latest.shift(-4), m))
    )
    return (
        m.format(
            f"notes.cumulative.rated.{kind}",
            quarter=quarter_short(latest, m),
            against=against,
            target=target,
            threshold=threshold,
            year_end=year_end,
        )
        + band
    )


def cumulative_line(facts: IndicatorFacts, messages: Messages | None = None) -> str | None:
    """'Figures are for the year to date: each financial year's line starts again at Q1
    and is not joined to the year before.'"""
    if not facts.indicator.cumulative:
        return None
    return _m(messages).text("notes.cumulative")


def unit_line(facts: IndicatorFacts, messages: Messages | None = None) -> str | None:
    if facts.indicator.unit_note:
        return facts.indicator.unit_note
    m = _m(messages)
    indicator = facts.indicator
    if indicator.unit == "gbp":
        return money_line(indicator.per_what, m)
    if indicator.unit == "rate":
        return m.format("notes.unit.rate", base=rate_base(indicator, m))
    if indicator.unit == "minutes":
        return m.text("notes.unit.minutes")
    return None


def money_line(per: str | None, messages: Messages | None = None) -> str:
    """'Figures in pounds (£).', 'Weekly cost in pounds (£).' (per week, day, month or
    year), 'Cost per tonne in pounds (£).' (per anything else)."""
    m = _m(messages)
    if per is None:
        return m.text("notes.unit.money")
    if per in MONEY_PERIODS:
        return m.text(f"notes.unit.money_{per}")
    return m.format("notes.unit.money_per", per=per)


def trend_word(label: str, messages: Messages | None = None) -> str:
    """A direction of travel ('improving', 'no significant trend') in the edition's words."""
    return _m(messages).text(f"trend.{label.replace(' ', '_')}")


def trend_line(facts: IndicatorFacts, messages: Messages | None = None) -> str:
    m = _m(messages)
    trend = facts.trend
    cumulative = facts.indicator.cumulative
    if not trend.enough_data:
        if cumulative:
            return m.text("notes.trend.too_few_cumulative")
        return m.text("notes.trend.too_few")
    several = "series" if len(facts.series) > 1 else "overall"
    subject = m.format(
        f"notes.trend.{several}{'_cumulative' if cumulative else ''}",
        series=facts.primary.series.label,
    )
    if trend.significant:
        return m.format(
            "notes.trend.significant", subject=subject, trend=trend_word(trend.label, m)
        )
    return m.format("notes.trend.not_significant", subject=subject)


def legend_lines(facts: IndicatorFacts, words: ChartWords) -> list[str]:
    """'Orange dashed line with squares – visits made.' (or 'Orange bars with diagonal
    hatching – ...' where the series are stacked), one a series."""
    if len(facts.series) < 2:
        return []
    drawn = words.bars if facts.indicator.chart == "stacked" else words.series
    return [
        words.messages.format("notes.legend", drawn=drawn[i], series=s.series.label)
        for i, s in enumerate(facts.series)
    ]


def revision_line(
    revised: Sequence[Quarter], latest: Quarter, messages: Messages | None = None
) -> str | None:
    """'Q1 2023/24 figure updated.' or 'Last 4 quarter figures updated.'"""
    if not revised:
        return None
    m = _m(messages)
    ordered = sorted(set(revised))
    recent = [latest.shift(-n) for n in range(1, len(ordered) + 1)]
    if len(ordered) > 1 and sorted(recent) == ordered:
        return m.plural("notes.revised.last", len(ordered))
    if len(ordered) == 1:
        only = ordered[0]
        return m.format("notes.revised.one", quarter=late_name(only, m))
    return m.format(
        "notes.revised.several",
        quarters=m.text("list.comma").join(quarter_short(q, m) for q in ordered),
    )


def late_line(facts: IndicatorFacts, messages: Messages | None = None) -> str | None:
    """'Figure for Q2 2024/25 not yet available (awaiting data); the latest is for
    Q1 2024/25.'"""
    late = facts.late
    if late is None:
        return None
    m = _m(messages)
    return m.format(
        f"notes.late{'.reason' if late.reason else ''}",
        quarter=late_name(late.quarter, m),
        reason=late.reason or "",
        latest=late_name(facts.latest_quarter, m),
    )


def late_name(quarter: Quarter, messages: Messages | None = None) -> str:
    """'Q2 2024/25'"""
    return quarter_name(quarter, messages)


def technical_notes(
    facts: IndicatorFacts, words: ChartWords, revised: Sequence[Quarter] = ()
) -> list[str]:
    """The lines of the technical-notes panel, in the order the appendix uses."""
    m = words.messages
    lines: list[str] = []
    target = target_line(facts, words)
    lines.append(target if target else m.text("notes.activity"))
    unit = unit_line(facts, m)
    if unit:
        lines.append(unit)
    cumulative = cumulative_line(facts, m)
    if cumulative:
        lines.append(cumulative)
    if facts.definition.arrears:
        lines.append(m.format("notes.arrears", arrears=facts.definition.arrears))
    late = late_line(facts, m)
    if late:
        lines.append(late)
    for quarter in facts.provisional_quarters:
        lines.append(
            m.format(
                "notes.provisional", quarter=quarter_short(quarter, m), drawn=words.provisional
            )
        )
    gap = gap_line(facts, m)
    if gap:
        lines.append(gap)
    lines.append(trend_line(facts, m))
    lines += axis_caveats(facts.limits, facts.indicator.unit, m)
    lines += legend_lines(facts, words)
    lines += comparator_lines(facts, words)
    revision = revision_line(revised, facts.latest_quarter, m)
    if revision:
        lines.append(revision)
    lines += list(facts.definition.notes)
    return lines


def _series_change(facts: IndicatorFacts, series: SeriesFacts, m: Messages) -> str:
    """', up 4 percentage points on Q1 24/25'; for figures for the year to date, on the
    same quarter a year earlier."""
    previous = series.last_year if facts.indicator.cumulative else series.previous
    if previous is None:
        return ""
    change = change_between(
        series.latest.value, previous.value, facts.indicator.unit, facts.indicator.decimals, m
    )
    return m.format(
        "alt.change",
        movement=movement_words(change.direction, change.size, m),
        quarter=quarter_short(previous.quarter, m),
    )


def movement_words(direction: str, size: str, messages: Messages | None = None) -> str:
    """'up 4 percentage points', 'down 245', 'unchanged', in the edition's words."""
    return _m(messages).format(f"change.{direction}", size=size)


def short_alt_text(facts: IndicatorFacts, messages: Messages | None = None) -> str:
    """What the chart is, in a line: the text alternative where the description is beside it."""
    m = _m(messages)
    indicator = facts.indicator
    first, last = facts.window[0], facts.window[-1]
    kind = "stacked" if indicator.chart == "stacked" else "line"
    span = (
        m.format("period.span", first=quarter_short(first, m), last=quarter_short(last, m))
        if first != last
        else quarter_short(last, m)
    )
    title = indicator.short_title
    if indicator.base_to_add:  # "(rate per 10,000)", "(£ a week)", or the axis words
        title += f" ({unit_aside(indicator, m)})"
    return m.format(f"alt.chart.{kind}", id=indicator.id, title=title, span=span)


def _cumulative_rating(facts: IndicatorFacts, words: ChartWords) -> str:
    """'Latest value 84.6% in Q3 24/25, up 0.4 percentage points on Q3 23/24, against the
    target profiled for Q3 of 84.0% (dotted line) and a floor of 83.1% (dashed line):
    rated GREEN. '"""
    m = words.messages
    latest = facts.primary.latest
    text = m.format(
        "alt.latest",
        value=_fmt(facts, latest.value, m),
        quarter=quarter_short(latest.quarter, m),
        change=_series_change(facts, facts.primary, m),
    )
    levels = facts.rated_against
    if levels is None or facts.rag is None:
        return text + m.text("alt.cumulative.not_rated") + " "
    against = {
        "year_end": m.text("notes.against.year_end"),
        "profile": m.format("notes.against.profile", quarter=latest.quarter.quarter),
        "last_year": m.text("notes.against.last_year"),
    }[levels.basis]
    return (
        m.format(
            f"alt.cumulative.rated.{_floor(facts)}",
            latest=text,
            against=against,
            target=m.format(
                "notes.value_drawn", value=_fmt(facts, levels.target, m), line=words.target
            ),
            threshold=m.format(
                "notes.value_drawn", value=_fmt(facts, levels.threshold, m), line=words.threshold
            ),
            rag=rag_word(facts.rag, m),
        )
        + " "
    )


def rag_word(rag: str, messages: Messages | None = None) -> str:
    """A rating's word ('GREEN') in the edition's words."""
    return _m(messages).text(f"rag.{rag}")


def alt_text(facts: IndicatorFacts, words: ChartWords) -> str:
    """A description of the chart written from its data, for screen-reader users."""
    m = words.messages
    indicator = facts.indicator
    count = len(facts.series)
    text = short_alt_text(facts, m)
    if count > 1:
        text += m.plural("alt.series_count", count, number=number_word(count, m))
    text += ". "
    cumulative = cumulative_line(facts, m)
    if cumulative:
        text += cumulative + " "
    if indicator.is_kpi() and indicator.cumulative:
        text += _cumulative_rating(facts, words)
    elif indicator.is_kpi():
        latest = facts.primary.latest
        definition = facts.rated
        assert definition.target is not None and definition.threshold is not None
        assert facts.rag is not None
        text += (
            m.format(
                f"alt.rated.{_floor(facts)}",
                latest=m.format(
                    "alt.latest",
                    value=_fmt(facts, latest.value, m),
                    quarter=quarter_short(latest.quarter, m),
                    change=_series_change(facts, facts.primary, m),
                ),
                target=m.format(
                    "notes.value_drawn", value=_fmt(facts, definition.target, m), line=words.target
                ),
                threshold=m.format(
                    "notes.value_drawn",
                    value=_fmt(facts, definition.threshold, m),
                    line=words.threshold,
                ),
                rag=rag_word(facts.rag, m),
            )
            + " "
        )
    else:
        for series in facts.series:
            label = series.series.label
            text += (
                m.format(
                    "alt.series_latest",
                    series=f"{label[:1].upper()}{label[1:]}",
                    value=_fmt(facts, series.latest.value, m),
                    quarter=quarter_short(series.latest.quarter, m),
                    change=_series_change(facts, series, m),
                )
                + " "
            )
    trend = facts.trend
    if trend.enough_data:
        of = ".series" if count > 1 else ""
        text += m.format(
            f"alt.trend{of}{'_cumulative' if indicator.cumulative else ''}",
            series=facts.primary.series.label,
            trend=trend_word(trend.label, m),
        )
    else:
        text += m.text("alt.trend.too_few")
    if facts.provisional_quarters:
        quarters = m.text("list.comma").join(
            quarter_short(q, m) for q in facts.provisional_quarters
        )
        text += " " + m.format("alt.provisional", quarters=quarters, drawn=words.provisional)
    gap = gap_line(facts, m)
    if gap:
        text += " " + gap
    late = late_line(facts, m)
    if late:
        text += " " + late
    compared = comparator_alt_text(facts, words)
    if compared:
        text += " " + compared
    return text


def number_word(count: int, messages: Messages | None = None) -> str:
    """'two' for 2 (up to four), else the digits."""
    m = _m(messages)
    return m.text(f"number.{count}") if m.has(f"number.{count}") else str(count)
