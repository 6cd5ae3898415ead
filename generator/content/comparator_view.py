"""What the notes, the alt text and the data table say of an indicator's comparators
(pure functions of its facts). Every word a reader sees of them is in COMPARATOR_WORDS.
"""

from __future__ import annotations

from generator.content.chart_words import ChartWords
from generator.content.facts import ComparatorFacts, IndicatorFacts
from generator.core.periods import Quarter
from generator.core.position import Position, ordinal, relation
from generator.core.rules import format_value

COMPARATOR_WORDS = {
    # The technical notes: one line per comparator, as the chart draws it.
    "line": "{drawn} – {name}: {value} in {quarter}.",
    "line_earlier": "{drawn} – {name}: {value} in {quarter} (none yet for {latest}).",
    "line_none": "{drawn} – {name}: no figure in the quarters charted.",
    "span": "{first} to {last}",
    # A comparator's quarters with no figure, in the notes and the alt text.
    "gap": "No figure for {name} in {quarters} (a gap in its line).",
    # The alt text's sentence naming the comparators.
    "alt": "Compared with {parts}.",
    "alt_part": "{name} ({drawn}), {value} in {quarter}",
    "alt_none": "{name} ({drawn}), no figure",
    # The council's position among every council in the extract (position: true).
    "position": "Position in {quarter}: {place} (1st is best){relations}.",
    "place": "{ordinal} quartile of {count} councils",
    "relation": "{relation} {name} ({value})",
    "no_position": "No position: the national extract has no councils' figures for the "
    "quarters charted.",
    # The data table: a comparator's row, its gaps, and what the caption adds.
    "row": "{name} (comparator)",
    "no_figure": "no figure",
    "caption": ", with its comparators",
    "and": " and ",
}


def _fmt(facts: IndicatorFacts, value: float) -> str:
    return format_value(value, facts.indicator.unit, facts.indicator.decimals)


def _quarters(quarters: list[Quarter]) -> str:
    names = [q.short for q in quarters]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


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
    lines: list[str] = []
    latest = facts.latest_quarter
    for i, comparator in enumerate(facts.comparators):
        found = latest_figure(facts, comparator)
        fields = {"drawn": _drawn(words, i), "name": comparator.name, "latest": latest.short}
        if found is None:
            lines.append(COMPARATOR_WORDS["line_none"].format(**fields))
            continue
        quarter, value = found
        key = "line" if quarter == latest else "line_earlier"
        since = [q for q in facts.window if quarter < q <= latest]
        fields["latest"] = (
            since[0].short
            if len(since) == 1
            else COMPARATOR_WORDS["span"].format(first=since[0].short, last=since[-1].short)
            if since
            else latest.short
        )
        lines.append(
            COMPARATOR_WORDS[key].format(**fields, value=_fmt(facts, value), quarter=quarter.short)
        )
    lines += gap_lines(facts)
    position = position_line(facts)
    if position:
        lines.append(position)
    return lines


def gap_lines(facts: IndicatorFacts) -> list[str]:
    """'No figure for England in Q3 23/24 (a gap in its line).' for each comparator with
    no figure for a charted quarter before its latest figure (the quarters after it are
    said by its own line: 'none yet for ...')."""
    lines = []
    for comparator in facts.comparators:
        known = [i for i, v in enumerate(comparator.values) if v is not None]
        if not known:
            continue
        missing = [facts.window[i] for i in range(known[-1]) if comparator.values[i] is None]
        if missing:
            lines.append(
                COMPARATOR_WORDS["gap"].format(name=comparator.name, quarters=_quarters(missing))
            )
    return lines


def position_line(facts: IndicatorFacts) -> str | None:
    """'Position in Q1 24/25: 2nd quartile of 152 councils (1st is best); above England
    (82.0%).'"""
    if not facts.definition.position:
        return None
    if facts.position is None:
        return COMPARATOR_WORDS["no_position"]
    quarter, place = facts.position
    value = dict(zip(facts.window, facts.primary.values, strict=True))[quarter]
    assert value is not None
    relations = []
    for comparator in facts.comparators:
        theirs = dict(zip(facts.window, comparator.values, strict=True)).get(quarter)
        if theirs is None:
            continue
        relations.append(
            COMPARATOR_WORDS["relation"].format(
                relation=relation(value, theirs, facts.indicator.decimals),
                name=comparator.name,
                value=_fmt(facts, theirs),
            )
        )
    return COMPARATOR_WORDS["position"].format(
        quarter=quarter.short,
        place=position_words(place),
        relations=("; " + ", ".join(relations)) if relations else "",
    )


def position_words(place: Position) -> str:
    """'3rd quartile of 152 councils'"""
    return COMPARATOR_WORDS["place"].format(ordinal=ordinal(place.quartile), count=place.count)


def comparator_alt_text(facts: IndicatorFacts, words: ChartWords) -> str:
    """The alt text's sentences on the comparators: each as drawn with its latest figure,
    their gaps, and the position."""
    if not facts.comparators:
        return ""
    parts = []
    for i, comparator in enumerate(facts.comparators):
        found = latest_figure(facts, comparator)
        fields = {"name": comparator.name, "drawn": _drawn(words, i).lower()}
        if found is None:
            parts.append(COMPARATOR_WORDS["alt_none"].format(**fields))
        else:
            quarter, value = found
            parts.append(
                COMPARATOR_WORDS["alt_part"].format(
                    **fields, value=_fmt(facts, value), quarter=quarter.short
                )
            )
    joined = parts[0] if len(parts) == 1 else "; ".join(parts[:-1]) + "; and " + parts[-1]
    text = COMPARATOR_WORDS["alt"].format(parts=joined)
    for line in gap_lines(facts):
        text += " " + line
    position = position_line(facts)
    if position:
        text += " " + position
    return text


def comparator_rows(facts: IndicatorFacts) -> list[tuple[str, tuple[float | None, ...]]]:
    """The data table's rows: (row name, one figure per charted quarter)."""
    return [(COMPARATOR_WORDS["row"].format(name=c.name), c.values) for c in facts.comparators]
