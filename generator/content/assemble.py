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
from generator.content.comparator_view import COMPARATOR_WORDS, comparator_rows
from generator.content.facts import IndicatorFacts
from generator.content.notes import alt_text, late_name, short_alt_text, technical_notes
from generator.content.spc_view import (
    SPC_WORDS,
    limit_decimals,
    spc_alt_text,
    spc_caption,
    spc_notes,
    spc_rows,
    spc_view,
    variation_row,
)
from generator.core import provenance
from generator.core.model import (
    Block,
    Document,
    Figure,
    Heading,
    ListBlock,
    Metadata,
    Notes,
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
from generator.core.vocabulary import RAGS
from generator.read.definitions import Report
from generator.read.style import Style

NO_COMMENTARY = "No commentary has been written for this quarter."
# How a data table's column headers name its unit (in the workbook).
UNIT_HEADINGS = {
    "percent": "percentage",
    "count": "number",
    "rate": "rate",
    "gbp": "£",
    "days": "days",
    "hours": "hours",
    "minutes": "minutes:seconds",
}


@dataclass(frozen=True)
class IndicatorContent:
    """What assembly needs for one indicator, gathered by the build."""

    facts: IndicatorFacts
    chart: bytes
    commentary: tuple[Paragraph | Heading | ListBlock, ...]
    revised: tuple[Quarter, ...] = ()
    spc_chart: bytes | None = None  # the SPC (XmR) chart, where the definition asks for one


def _fmt(facts: IndicatorFacts, value: float) -> str:
    return format_value(value, facts.indicator.unit, facts.indicator.decimals)


def _shown(facts: IndicatorFacts, value: float | None, places: int | None = None) -> float | None:
    """A figure as a number, rounded as the table shows it."""
    if value is None:
        return None
    decimals = facts.indicator.decimals if places is None else places
    return round_half_up(value, decimals) + 0.0  # no -0.0


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


def data_table(facts: IndicatorFacts) -> Table:
    """The chart's figures as a table: quarters across, one row per series."""
    header = (
        TableCell("Series", header=True),
        *(TableCell(q.short, header=True, align="right") for q in facts.window),
    )
    rows = [header]
    for series in facts.series:
        cells = [TableCell(series.series.label[:1].upper() + series.series.label[1:], header=True)]
        first = series.series.first_period
        for quarter, value, provisional in zip(
            facts.window, series.values, series.provisional, strict=True
        ):
            if value is not None:
                text = _fmt(facts, value)
            elif first is not None and quarter < first:
                text = "not collected"
            else:
                text = "no figure"
            if provisional:
                text += " (provisional)"
            cells.append(
                TableCell(
                    text,
                    align="right",
                    qualifier="provisional" if provisional else "",
                    **_figure_fields(facts, value),
                )
            )
        rows.append(tuple(cells))
    if any(facts.bands):
        threshold_name = "Floor" if facts.rated.floor is not None else "Upper threshold"
        targets = [b.target if b else None for b in facts.bands]
        thresholds = [b.threshold if b else None for b in facts.bands]
        target_name = "Target"
        if facts.indicator.cumulative:  # each quarter's, profiled for the year to date
            target_name, threshold_name = f"{target_name} to date", f"{threshold_name} to date"
        for name, values in ((target_name, targets), (threshold_name, thresholds)):
            rows.append(
                (
                    TableCell(name, header=True),
                    *(
                        TableCell(
                            "none" if v is None else _fmt(facts, v),
                            align="right",
                            **_figure_fields(facts, v),
                        )
                        for v in values
                    ),
                )
            )
    for name, figures in comparator_rows(facts):
        rows.append(
            (
                TableCell(name, header=True),
                *(
                    TableCell(
                        COMPARATOR_WORDS["no_figure"] if v is None else _fmt(facts, v),
                        align="right",
                        **_figure_fields(facts, v),
                    )
                    for v in figures
                ),
            )
        )
    view = spc_view(facts)
    if view is not None:
        places = limit_decimals(facts)
        for name, levels in spc_rows(facts, view):
            rows.append(
                (
                    TableCell(name, header=True),
                    *(
                        TableCell(
                            "none" if v is None else format_value(v, facts.indicator.unit, places),
                            align="right",
                            **_figure_fields(facts, v, places),
                        )
                        for v in levels
                    ),
                )
            )
        name, words = variation_row(view)
        rows.append(
            (
                TableCell(name, header=True),
                *(TableCell(w, align="right") for w in words),
            )
        )
    caption = f"Figures plotted in the {facts.indicator.id} chart"
    if facts.comparators:
        caption += COMPARATOR_WORDS["caption"]
    if view is not None:
        caption += spc_caption(view)
    if facts.indicator.cumulative:
        caption += " (for the year to date: each financial year's line starts again at Q1)"
    return Table(
        rows=tuple(rows),
        caption=caption,
        column_widths=_column_widths(facts),
        name=facts.indicator.id,
        unit=facts.indicator.axis_label
        or facts.indicator.money_per
        or facts.indicator.rate_base
        or UNIT_HEADINGS[facts.indicator.unit],
    )


def indicator_section(content: IndicatorContent, style: Style) -> Section:
    facts = content.facts
    indicator = facts.indicator
    blocks: list[Block] = [
        Heading(2, (Run(f"{indicator.id}: {indicator.title}"),), anchor=indicator.id),
    ]
    if facts.rag is not None:
        blocks.append(Rating(facts.rag, facts.rag))
    words = chart_words(style)
    notes = Notes(
        Heading(3, (Run("Technical notes"),)),
        tuple((Run(line),) for line in technical_notes(facts, words, content.revised)),
    )
    figure = Figure(
        image=content.chart,
        alt=alt_text(facts, words),
        width_mm=style.chart.width_mm,
        height_mm=style.chart.height_mm,
        name=f"{indicator.id.lower()}-chart",
        short_alt=short_alt_text(facts),
    )
    blocks.append(SideBySide(figure, notes, style.page.chart_share))
    keep = len(blocks)
    blocks.append(data_table(facts))
    view = spc_view(facts)
    if view is not None and content.spc_chart is not None:
        spc_figure = Figure(
            image=content.spc_chart,
            alt=spc_alt_text(facts, view),
            width_mm=style.chart.width_mm,
            height_mm=style.chart.height_mm,
            name=f"{indicator.id.lower()}-spc-chart",
            short_alt=f"{indicator.id} statistical process control chart",
        )
        spc_panel = Notes(
            Heading(3, (Run(SPC_WORDS["heading"]),)),
            tuple((Run(line),) for line in spc_notes(facts, view)),
        )
        blocks.append(SideBySide(spc_figure, spc_panel, style.page.chart_share))
    mark = commentary_mark(indicator.id)
    blocks.append(Heading(3, (Run("Commentary"),), mark=mark))
    blocks += list(content.commentary) or [Paragraph((Run(NO_COMMENTARY, italic=True),))]
    return Section(blocks=tuple(blocks), keep_together=keep)


def summary_section(contents: Sequence[IndicatorContent]) -> Section:
    right = {"Latest", "Target"}
    header = tuple(
        TableCell(text, header=True, align="right" if text in right else "left")
        for text in (
            "Indicator",
            "Title",
            "Latest",
            "Period",
            "Target",
            "RAG",
            "Direction of travel",
        )
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
                    + (f" ({facts.indicator.base_to_add})" if facts.indicator.base_to_add else "")
                ),
                _figure_cell(facts, latest.value),
                TableCell(latest.quarter.short + _period_note(facts)),
                _figure_cell(facts, target)
                if target is not None
                else TableCell("none", align="right"),
                TableCell(facts.rag or "not rated"),
                TableCell(facts.trend.label),
            )
        )
        if facts.rag is not None:
            tones.append((len(rows) - 1, 5, facts.rag))
    table = Table(
        rows=tuple(rows),
        caption=(
            "Every indicator's latest value, rating and direction of travel "
            "(of its first series, where it has several: see its technical notes)"
        ),
        column_widths=(1.0, 4.2, 1.0, 2.0, 0.9, 1.0, 1.7),
        tones=tuple(tones),
        name="Summary",
    )
    return Section(
        blocks=(
            Heading(2, (Run("Summary"),), anchor="summary"),
            Paragraph((Run(summary_counts(contents)),)),
            table,
        ),
        keep_together=2,
        new_page=False,
    )


def _figure_cell(facts: IndicatorFacts, value: float) -> TableCell:
    """A figure of the summary, whose rows are in different units: its text, and for
    the workbook the number with its unit's number format."""
    shown = _shown(facts, value)
    assert shown is not None
    number, number_format = spreadsheet_number(
        shown, facts.indicator.unit, facts.indicator.decimals
    )
    return TableCell(_fmt(facts, value), align="right", value=number, number_format=number_format)


def _period_note(facts: IndicatorFacts) -> str:
    """' (provisional)', or ' (figure for Q2 2024/25 not yet available)' beside the
    latest figure's quarter in the summary."""
    if facts.late is not None:
        return f" (figure for {late_name(facts.late.quarter)} not yet available)"
    return " (provisional)" if facts.primary.latest.provisional else ""


def summary_counts(contents: Sequence[IndicatorContent]) -> str:
    """'1 GREEN, 5 AMBER, 0 RED; 2 improving, 3 worsening, 15 no significant trend'."""
    rags = Counter(c.facts.rag for c in contents if c.facts.rag)
    trends = Counter(c.facts.trend.label for c in contents)
    rag_text = ", ".join(f"{rags.get(word, 0)} {word}" for word in RAGS)
    order = (
        "improving",
        "worsening",
        "increasing",
        "decreasing",
        "no significant trend",
        "not enough data",
    )
    trend_text = ", ".join(f"{trends[word]} {word}" for word in order if trends.get(word))
    return f"{rag_text}; {trend_text}."


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
    title_block = Section(
        blocks=(
            Heading(1, (Run(report.title),), anchor="title"),
            Paragraph((Run(report.directorate, bold=True),), role="lead"),
            Paragraph((Run(f"{quarter.long} ({quarter.months})"),), role="lead"),
        ),
        new_page=False,
    )
    sections = [title_block, summary_section(contents)]
    sections += [indicator_section(c, style) for c in contents]
    # Each edition's own title, the quarter in it: the window title, search results
    # and a list of attachments tell the editions apart.
    edition_title = f"{report.title} – {quarter.long}"
    properties = [(provenance.REPORT, report.title), (provenance.QUARTER, str(quarter))]
    properties.append((provenance.BUILD, build_digest(sections)))
    properties += [
        (provenance.COMMENTARY + c.facts.indicator.id, commentary_digest(c.commentary))
        for c in contents
    ]
    return Document(
        metadata=Metadata(
            title=edition_title,
            subject=f"{report.directorate}: performance report for {quarter.long}",
            author=report.organisation,
            language=report.language,
            keywords=tuple(
                k for k in (report.id_prefix, "key performance indicators", quarter.long) if k
            ),
            timestamp=timestamp,
            properties=tuple(properties),
        ),
        sections=tuple(sections),
        running_header=edition_title,
    )
