"""Quarters with no figure inside a chart's window, said aloud (pure).

A missing quarter is a gap in the line; the technical notes, the alt text and
the data table name it, so that no reader takes the gap for a drawing fault.
Quarters before a series' `first_period` are not gaps: it was not collected.
"""

from __future__ import annotations

from generator.content.facts import IndicatorFacts
from generator.content.period_words import quarter_short
from generator.core.messages import Messages, default_messages
from generator.core.periods import Quarter


def missing_quarters(facts: IndicatorFacts) -> list[tuple[str, tuple[Quarter, ...]]]:
    """(series label, its quarters with no figure) for each series with a gap."""
    found: list[tuple[str, tuple[Quarter, ...]]] = []
    for series in facts.series:
        first = series.series.first_period
        gaps = tuple(
            quarter
            for quarter, value in zip(facts.window, series.values, strict=True)
            if value is None and (first is None or quarter >= first)
        )
        if gaps:
            found.append((series.series.label, gaps))
    return found


def _quarters(quarters: tuple[Quarter, ...], m: Messages) -> str:
    names = [quarter_short(q, m) for q in quarters]
    if len(names) == 1:
        return names[0]
    return m.format("list.and", first=m.text("list.comma").join(names[:-1]), last=names[-1])


def _with_reasons(
    facts: IndicatorFacts, index: int, quarters: tuple[Quarter, ...], m: Messages
) -> str:
    """'Q3 23/24 and Q4 23/24', or with the data's words for the gaps,
    'Q3 23/24: new measure; Q4 23/24: awaiting data' (quarters with the same words
    together)."""
    reasons = dict(zip(facts.window, facts.series[index].reasons, strict=False))
    groups: dict[str, list[Quarter]] = {}
    for quarter in quarters:
        groups.setdefault(reasons.get(quarter, ""), []).append(quarter)
    if list(groups) == [""]:
        return _quarters(quarters, m)
    return "; ".join(
        _quarters(tuple(group), m) + (f": {reason}" if reason else "")
        for reason, group in groups.items()
    )


def gap_line(facts: IndicatorFacts, messages: Messages | None = None) -> str | None:
    """'No figure for Q3 23/24 (a gap in the line).' or, with several series,
    'No figure for Q3 23/24: visits made.'; with the data's words for a gap,
    'No figure for Q3 23/24: new measure (a gap in the line).'"""
    found = missing_quarters(facts)
    if not found:
        return None
    m = messages if messages is not None else default_messages()
    labels = [s.series.label for s in facts.series]
    if len(facts.series) == 1:
        return m.format("notes.gap.line", quarters=_with_reasons(facts, 0, found[0][1], m))
    parts = [
        m.format(
            "notes.gap.series_in",
            series=label,
            quarters=_with_reasons(facts, labels.index(label), quarters, m),
        )
        for label, quarters in found
    ]
    return m.format("notes.gap.chart", parts="; ".join(parts))
