"""What the notes, the alt text and the data table say of an indicator's comparators
(pure functions of its facts). Every word a reader sees of them is a message of the
catalogue (`comparators.*`).
"""

from __future__ import annotations

from generator.content.chart_words import ChartWords
from generator.content.facts import ComparatorFacts, IndicatorFacts
from generator.content.period_words import quarter_short
from generator.core.messages import Messages, default_messages
from generator.core.periods import Quarter
from generator.core.position import Position, relation
from generator.core.rules import format_value

_RELATION_KEYS = {"above": "above", "below": "below", "level with": "level_with"}


def _m(messages: Messages | None) -> Messages:
    return messages if messages is not None else default_messages()


def _fmt(facts: IndicatorFacts, value: float, m: Messages) -> str:
    return format_value(value, facts.indicator.unit, facts.indicator.decimals, m)


def _quarters(quarters: list[Quarter], m: Messages) -> str:
    names = [quarter_short(q, m) for q in quarters]
    if len(names) == 1:
        return names[0]
    return m.format("list.and", first=m.text("list.comma").join(names[:-1]), last=names[-1])


def latest_figure(
    facts: IndicatorFacts, comparator: ComparatorFacts
) -> tuple[Quarter, float] | None:
    """The comparator's figure for the council's latest quarter, else its latest before."""
    found = [
        (q, v)
        for q, v in zip(facts.window, comparator.values, strict=True)
        if v is not None and q <= facts.latest_quarter
    ]
    return found[-1] if found else None


def _drawn(words: ChartWords, index: int) -> str:
    return words.comparators[index] if index < len(words.comparators) else ""


def comparator_lines(facts: IndicatorFacts, words: ChartWords) -> list[str]:
    """The technical notes' lines: each comparator as drawn and its latest figure; its
    gaps; the council's position, where asked."""
    m = words.messages
    lines: list[str] = []
    latest = facts.latest_quarter
    for i, comparator in enumerate(facts.comparators):
        found = latest_figure(facts, comparator)
        fields = {"drawn": _drawn(words, i), "name": comparator.name}
        if found is None:
            lines.append(m.format("comparators.line.none", **fields))
            continue
        quarter, value = found
        since = [q for q in facts.window if quarter < q <= latest]
        fields["latest"] = (
            quarter_short(since[0], m)
            if len(since) == 1
            else m.format(
                "comparators.span",
                first=quarter_short(since[0], m),
                last=quarter_short(since[-1], m),
            )
            if since
            else quarter_short(latest, m)
        )
        fields |= {"value": _fmt(facts, value, m), "quarter": quarter_short(quarter, m)}
        if quarter == latest:
            lines.append(m.format("comparators.line", **fields))
        else:
            lines.append(m.format("comparators.line.earlier", **fields))
    lines += gap_lines(facts, m)
    position = position_line(facts, m)
    if position:
        lines.append(position)
    return lines


def gap_lines(facts: IndicatorFacts, messages: Messages | None = None) -> list[str]:
    """'No figure for England in Q3 23/24 (a gap in its line).' for each comparator with
    no figure for a charted quarter before its latest figure (the quarters after it are
    said by its own line: 'none yet for ...')."""
    m = _m(messages)
    lines = []
    for comparator in facts.comparators:
        known = [i for i, v in enumerate(comparator.values) if v is not None]
        if not known:
            continue
        missing = [facts.window[i] for i in range(known[-1]) if comparator.values[i] is None]
        if missing:
            lines.append(
                m.format("comparators.gap", name=comparator.name, quarters=_quarters(missing, m))
            )
    return lines


def position_line(facts: IndicatorFacts, messages: Messages | None = None) -> str | None:
    """'Position in Q1 24/25: 2nd quartile of 152 councils (1st is best); above England
    (82.0%).'"""
    m = _m(messages)
    if not facts.definition.position:
        return None
    if facts.position is None:
        return m.text("comparators.no_position")
    quarter, place = facts.position
    value = dict(zip(facts.window, facts.primary.values, strict=True))[quarter]
    assert value is not None
    relations = []
    for comparator in facts.comparators:
        theirs = dict(zip(facts.window, comparator.values, strict=True)).get(quarter)
        if theirs is None:
            continue
        key = _RELATION_KEYS[relation(value, theirs, facts.indicator.decimals)]
        relations.append(
            m.format(
                f"comparators.relation.{key}",
                name=comparator.name,
                value=_fmt(facts, theirs, m),
            )
        )
    fields = {"quarter": quarter_short(quarter, m), "place": position_words(place, m)}
    if not relations:
        return m.format("comparators.position", **fields)
    return m.format(
        "comparators.position.relations", **fields, relations=m.text("list.comma").join(relations)
    )


def position_words(place: Position, messages: Messages | None = None) -> str:
    """'3rd quartile of 152 councils' (a whole message per quartile, ordinals being a
    language's own)."""
    return _m(messages).format(f"comparators.place.{place.quartile}", count=place.count)


def comparator_alt_text(facts: IndicatorFacts, words: ChartWords) -> str:
    """The alt text's sentences on the comparators: each as drawn with its latest figure,
    their gaps, and the position."""
    if not facts.comparators:
        return ""
    m = words.messages
    parts = []
    for i, comparator in enumerate(facts.comparators):
        found = latest_figure(facts, comparator)
        fields = {"name": comparator.name, "drawn": _drawn(words, i).lower()}
        if found is None:
            parts.append(m.format("comparators.alt.none", **fields))
        else:
            quarter, value = found
            parts.append(
                m.format(
                    "comparators.alt.part",
                    **fields,
                    value=_fmt(facts, value, m),
                    quarter=quarter_short(quarter, m),
                )
            )
    joined = (
        parts[0]
        if len(parts) == 1
        else m.format("comparators.alt.and", first="; ".join(parts[:-1]), last=parts[-1])
    )
    text = m.format("comparators.alt", parts=joined)
    for line in gap_lines(facts, m):
        text += " " + line
    position = position_line(facts, m)
    if position:
        text += " " + position
    return text


def comparator_rows(
    facts: IndicatorFacts, messages: Messages | None = None
) -> list[tuple[str, tuple[float | None, ...]]]:
    """The data table's rows: (row name, one figure per charted quarter)."""
    m = _m(messages)
    return [(m.format("comparators.row", name=c.name), c.values) for c in facts.comparators]
