"""Data, rules, charts and commentary into one `Document`: every content decision.

Nothing here knows DOCX from PDF, and nothing here knows which council or
directorate it is building for: that all comes from the report definition.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from generator.content.chart_words import chart_words
from generator.content.comparator_view import comparator_rows
from generator.content.facts import IndicatorFacts
from generator.content.notes import (
    alt_text,
    late_name,
    rag_word,
    short_alt_text,
    technical_notes,
    trend_word,
)
from generator.content.period_words import quarter_long, quarter_months, quarter_short
from generator.content.spc_view import (
    SpcView,
    icon_alt,
    limit_decimals,
    spc_alt_text,
    spc_caption,
    spc_notes,
    spc_rows,
    spc_view,
    variation_row,
)
from generator.content.unit_words import base_to_add, table_unit
from generator.core import provenance
from generator.core.messages import Messages, default_messages, load_messages
from generator.core.model import (
    Block,
    Document,
    Figure,
    Heading,
    Icon,
    IconLine,
    ListBlock,
    Metadata,
    Notes,
    NotesLine,
    Paragraph,
    Rating,
    Run,
    Section,
    SideBySide,
    Table,
    TableCell,
)
from generator.core.periods import Quarter
from generator.core.provenance import commentary_mark
from generator.core.rules import format_value, round_half_up, spreadsheet_number
from generator.core.vocabulary import RAGS, AssuranceIcon, VariationIcon
from generator.read.definitions import Report
from generator.read.style import Style


def _m(messages: Messages | None) -> Messages:
    return messages if messages is not None else default_messages()


@dataclass(frozen=True)
class IndicatorContent:
    """What assembly needs for one indicator, gathered by the build."""

    facts: IndicatorFacts
    chart: bytes
    commentary: tuple[Paragraph | Heading | ListBlock, ...]
    revised: tuple[Quarter, ...] = ()
    spc: SpcContent | None = None  # the SPC view, where the definition asks for one


@dataclass(frozen=True)
class SpcContent:
    """An indicator's SPC view (worked out once, by the build), its XmR chart and the
    pictures of its variation and assurance icons."""

    view: SpcView
    chart: bytes
    variation_icon: bytes
    assurance_icon: bytes | None = None


def _fmt(facts: IndicatorFacts, value: float, m: Messages | None = None) -> str:
    return format_value(value, facts.indicator.unit, facts.indicator.decimals, m)


def _shown(facts: IndicatorFacts, value: float | None, places: int | None = None) -> float | None:
    """A figure as a number, rounded as the table shows it."""
    if value is None:
        return None
    decimals = facts.indicator.decimals if places is None else places
    return round_half_up(value, decimals) + 0.0  # no -0.0


def _figures_row(
    facts: IndicatorFacts,
    name: str,
    values: Sequence[float | None],
    missing: str,
    m: Messages,
) -> tuple[TableCell, ...]:
    """A data table's row of figures after its name (a target's, a comparator's),
    `missing` where a quarter has none."""
    return (
        TableCell(name, header=True),
        *(
            TableCell(
                missing if v is None else _fmt(facts, v, m),
                align="right",
                **_figure_fields(facts, v),
            )
            for v in values
        ),
    )


def _figure_fields(
    facts: IndicatorFacts, value: float | None, places: int | None = None
) -> dict[str, Any]:
    """A data table's figure for the workbook: the number as shown; a time (minutes and
    seconds) as a spreadsheet time ('[m]:ss'), not a number of seconds. Other units
    are named in the column header."""
    shown = _shown(facts, value, places)
    if facts.indicator.unit != "minutes" or shown is None:
        return {"value": shown}
    number, number_format = spreadsheet_number(shown, "minutes")
    return {"value": number, "number_format": number_format}


def _column_widths(facts: IndicatorFacts) -> tuple[float, ...]:
    """Relative widths: a quarter with a provisional figure is wider, so that
    "580 (provisional)" breaks between its words, not inside one; the series
    column gives up the room."""
    wide = [any(s.provisional[i] for s in facts.series) for i in range(len(facts.window))]
    extra = 0.5
    return (3.2 - extra * sum(wide), *(1.0 + extra * w for w in wide))


def data_table(
    facts: IndicatorFacts, messages: Messages | None = None, view: SpcView | None = None
) -> Table:
    """The chart's figures as a table: quarters across, one row per series (and the
    SPC view's rows, where the definition asks for one: `view`, else worked out here)."""
    m = _m(messages)
    header = (
        TableCell(m.text("table.series"), header=True),
        *(TableCell(quarter_short(q, m), header=True, align="right") for q in facts.window),
    )
    rows = [header]
    for series in facts.series:
        cells = [TableCell(series.series.label[:1].upper() + series.series.label[1:], header=True)]
        first = series.series.first_period
        for quarter, value, provisional in zip(
            facts.window, series.values, series.provisional, strict=True
        ):
            if value is not None:
                text = _fmt(facts, value, m)
            elif first is not None and quarter < first:
                text = m.text("table.not_collected")
            else:
                text = m.text("table.no_figure")
            if provisional:
                text += m.format("table.qualified", qualifier=m.text("table.provisional"))
            cells.append(
                TableCell(
                    text,
                    align="right",
                    qualifier=m.text("table.provisional") if provisional else "",
                    **_figure_fields(facts, value),
                )
            )
        rows.append(tuple(cells))
    if any(facts.bands):
        kind = "floor" if facts.rated.floor is not None else "upper"
        targets = [b.target if b else None for b in facts.bands]
        thresholds = [b.threshold if b else None for b in facts.bands]
        to_date = "_to_date" if facts.indicator.cumulative else ""  # profiled for the year
        target_name = m.text(f"table.target{to_date}")
        threshold_name = m.text(f"table.{kind}{to_date}")
        for name, values in ((target_name, targets), (threshold_name, thresholds)):
            rows.append(_figures_row(facts, name, values, m.text("table.none"), m))
    for name, figures in comparator_rows(facts, m):
        rows.append(_figures_row(facts, name, figures, m.text("comparators.no_figure"), m))
    if view is None:
        view = spc_view(facts, m)
    if view is not None:
        places = limit_decimals(facts)
        for name, levels in spc_rows(facts, view, m):
            rows.append(
                (
                    TableCell(name, header=True),
                    *(
                        TableCell(
                            m.text("table.none")
                            if v is None
                            else format_value(v, facts.indicator.unit, places, m),
                            align="right",
                            **_figure_fields(facts, v, places),
                        )
                        for v in levels
                    ),
                )
            )
        name, words = variation_row(view, m)
        rows.append(
            (
                TableCell(name, header=True),
                *(TableCell(w, align="right") for w in words),
            )
        )
    caption = m.format("table.caption", id=facts.indicator.id)
    if facts.comparators:
        caption += m.text("comparators.caption")
    if view is not None:
        caption += spc_caption(view, m)
    if facts.indicator.cumulative:
        caption += m.text("table.caption.cumulative")
    return Table(
        rows=tuple(rows),
        caption=caption,
        column_widths=_column_widths(facts),
        name=facts.indicator.id,
        unit=table_unit(facts.indicator, m),
    )


def indicator_section(
    content: IndicatorContent, style: Style, messages: Messages | None = None
) -> Section:
    m = _m(messages)
    facts = content.facts
    indicator = facts.indicator
    blocks: list[Block] = [
        Heading(2, (Run(f"{indicator.id}: {indicator.title}"),), anchor=indicator.id),
    ]
    if facts.rag is not None:
        blocks.append(Rating(rag_word(facts.rag, m), facts.rag, m.text("rating.prefix")))
    words = chart_words(style, m)
    notes = Notes(
        Heading(3, (Run(m.text("notes.heading")),)),
        tuple((Run(line),) for line in technical_notes(facts, words, content.revised)),
    )
    figure = Figure(
        image=content.chart,
        alt=alt_text(facts, words),
        width_mm=style.chart.width_mm,
        height_mm=style.chart.height_mm,
        name=f"{indicator.id.lower()}-chart",
        short_alt=short_alt_text(facts, m),
    )
    blocks.append(SideBySide(figure, notes, style.page.chart_share))
    keep = len(blocks)
    spc = content.spc
    blocks.append(data_table(facts, m, spc.view if spc is not None else None))
    if spc is not None:
        blocks.append(spc_block(facts, spc, style, m))
    mark = commentary_mark(indicator.id)
    blocks.append(Heading(3, (Run(m.text("commentary.heading")),), mark=mark))
    none = Paragraph((Run(m.text("commentary.none"), italic=True),))
    blocks += list(content.commentary) or [none]
    return Section(blocks=tuple(blocks), keep_together=keep)


def spc_block(
    facts: IndicatorFacts, spc: SpcContent, style: Style, messages: Messages | None = None
) -> SideBySide:
    """The SPC chart beside its panel: the variation and assurance lines each with its
    icon (its words its text alternative), then the limits and how they were worked out."""
    m = _m(messages)
    view = spc.view
    indicator = facts.indicator
    figure = Figure(
        image=spc.chart,
        alt=spc_alt_text(facts, view, m),
        width_mm=style.chart.width_mm,
        height_mm=style.chart.height_mm,
        name=f"{indicator.id.lower()}-spc-chart",
        short_alt=m.format("spc.short_alt", id=indicator.id),
    )
    icons = [_icon(view.variation_icon, spc.variation_icon, style, m)]
    if view.assurance_icon is not None and spc.assurance_icon is not None:
        icons.append(_icon(view.assurance_icon, spc.assurance_icon, style, m))
    words = spc_notes(facts, view, m)
    lines: list[NotesLine] = [(Run(line),) for line in words]
    for at, icon in enumerate(icons):  # the first lines: the variation, the assurance
        lines[at] = IconLine(icon, (Run(words[at]),))
    panel = Notes(Heading(3, (Run(m.text("spc.heading")),)), tuple(lines))
    return SideBySide(figure, panel, style.page.chart_share)


def _icon(kind: VariationIcon | AssuranceIcon, image: bytes, style: Style, m: Messages) -> Icon:
    return Icon(
        image=image,
        alt=icon_alt(kind, m),
        size_mm=style.chart.spc_icon_mm,
        name=f"spc-icon-{kind.replace('_', '-')}",
    )


def summary_section(
    contents: Sequence[IndicatorContent], messages: Messages | None = None
) -> Section:
    m = _m(messages)
    right = {"latest", "target"}
    header = tuple(
        TableCell(
            m.text(f"summary.column.{key}"),
            header=True,
            align="right" if key in right else "left",
        )
        for key in ("indicator", "title", "latest", "period", "target", "rag", "trend")
    )
    rows = [header]
    tones: list[tuple[int, int, str]] = []
    for content in contents:
        facts = content.facts
        latest = facts.primary.latest
        target = facts.rated.target
        if facts.indicator.cumulative:  # what the quarter is rated against, if anything
            target = facts.rated_against.target if facts.rated_against else None
        rows.append(
            (
                TableCell(facts.indicator.id, header=True),
                TableCell(
                    facts.indicator.short_title
                    + (f" ({added})" if (added := base_to_add(facts.indicator, m)) else "")
                ),
                _figure_cell(facts, latest.value, m),
                TableCell(quarter_short(latest.quarter, m) + _period_note(facts, m)),
                _figure_cell(facts, target, m)
                if target is not None
                else TableCell(m.text("table.none"), align="right"),
                TableCell(rag_word(facts.rag, m) if facts.rag else m.text("summary.not_rated")),
                TableCell(trend_word(facts.trend.label, m)),
            )
        )
        if facts.rag is not None:
            tones.append((len(rows) - 1, 5, facts.rag))
    table = Table(
        rows=tuple(rows),
        caption=m.text("summary.caption"),
        column_widths=(1.0, 4.2, 1.0, 2.0, 0.9, 1.0, 1.7),
        tones=tuple(tones),
        name=m.text("summary.sheet"),
    )
    return Section(
        blocks=(
            Heading(2, (Run(m.text("summary.heading")),), anchor="summary"),
            Paragraph((Run(summary_counts(contents, m)),)),
            table,
        ),
        keep_together=2,
        new_page=False,
    )


def _figure_cell(facts: IndicatorFacts, value: float, m: Messages) -> TableCell:
    """A figure of the summary, whose rows are in different units: its text, and for
    the workbook the number with its unit's number format."""
    shown = _shown(facts, value)
    assert shown is not None
    number, number_format = spreadsheet_number(
        shown, facts.indicator.unit, facts.indicator.decimals, m
    )
    return TableCell(
        _fmt(facts, value, m), align="right", value=number, number_format=number_format
    )


def _period_note(facts: IndicatorFacts, m: Messages) -> str:
    """' (provisional)', or ' (figure for Q2 2024/25 not yet available)' beside the
    latest figure's quarter in the summary."""
    if facts.late is not None:
        late = m.format("summary.late", quarter=late_name(facts.late.quarter, m))
        return m.format("table.qualified", qualifier=late)
    if facts.primary.latest.provisional:
        return m.format("table.qualified", qualifier=m.text("table.provisional"))
    return ""


def summary_counts(contents: Sequence[IndicatorContent], messages: Messages | None = None) -> str:
    """'1 GREEN, 5 AMBER, 0 RED; 2 improving, 3 worsening, 15 no significant trend'."""
    m = _m(messages)
    rags = Counter(c.facts.rag for c in contents if c.facts.rag)
    trends = Counter(c.facts.trend.label for c in contents)
    comma = m.text("list.comma")
    rag_text = comma.join(
        m.format("summary.count", count=rags.get(word, 0), word=rag_word(word, m)) for word in RAGS
    )
    order = (
        "improving",
        "worsening",
        "increasing",
        "decreasing",
        "no significant trend",
        "not enough data",
    )
    trend_text = comma.join(
        m.format("summary.count", count=trends[word], word=trend_word(word, m))
        for word in order
        if trends.get(word)
    )
    return m.format("summary.sentence", ratings=rag_text, trends=trend_text)


def commentary_digest(blocks: Sequence[Paragraph | Heading | ListBlock]) -> str:
    """What an indicator's commentary shows (placeholders filled), as a digest: the
    DOCX records it, and `appendix import` takes edits only where it is the same now."""
    return provenance.digest(repr(tuple(blocks)))


def build_digest(sections: Sequence[Section]) -> str:
    """What the edition shows, as a digest (a chart by its picture's own digest: the
    text of a picture's bytes took a tenth of a second)."""
    whole = hashlib.sha256()
    for section in sections:
        for block in section.blocks:
            if isinstance(block, SideBySide):
                whole.update(repr(block.side).encode())
                block = block.main
            if isinstance(block, Figure):
                whole.update(hashlib.sha256(block.image).digest())
                whole.update(block.alt.encode())
            else:
                whole.update(repr(block).encode())
    return whole.hexdigest()[:16]


def assemble(
    report: Report,
    quarter: Quarter,
    contents: Sequence[IndicatorContent],
    style: Style,
    timestamp: int,
) -> Document:
    m = load_messages(report.language, dict(style.messages))
    long = quarter_long(quarter, m)
    title_block = Section(
        blocks=(
            Heading(1, (Run(report.title),), anchor="title"),
            Paragraph((Run(report.directorate, bold=True),), role="lead"),
            Paragraph(
                (Run(m.format("title.quarter", quarter=long, months=quarter_months(quarter, m))),),
                role="lead",
            ),
        ),
        new_page=False,
    )
    sections = [title_block, summary_section(contents, m)]
    sections += [indicator_section(c, style, m) for c in contents]
    # Each edition's own title, the quarter in it: the window title, search results
    # and a list of attachments tell the editions apart.
    edition_title = m.format("title.edition", title=report.title, quarter=long)
    properties = [(provenance.REPORT, report.title), (provenance.QUARTER, str(quarter))]
    properties.append((provenance.BUILD, build_digest(sections)))
    properties += [
        (provenance.COMMENTARY + c.facts.indicator.id, commentary_digest(c.commentary))
        for c in contents
    ]
    return Document(
        metadata=Metadata(
            title=edition_title,
            subject=m.format("title.subject", directorate=report.directorate, quarter=long),
            author=report.organisation,
            language=report.language,
            keywords=tuple(k for k in (report.id_prefix, m.text("title.keyword"), long) if k),
            timestamp=timestamp,
            properties=tuple(properties),
        ),
        sections=tuple(sections),
        running_header=edition_title,
        page_labels=((m.text("page.word"), m.text("page.of")),),
        messages=m,
    )
