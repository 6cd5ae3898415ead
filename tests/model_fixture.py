"""A hand-built document model that uses every block type, for the writer tests."""

from __future__ import annotations

import io
import re

from matplotlib.figure import Figure as MplFigure

from generator.core.model import (
    Document,
    Figure,
    Heading,
    LineBreak,
    ListBlock,
    ListItem,
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


def chart_png() -> bytes:
    fig = MplFigure(figsize=(4, 2), dpi=100)
    ax = fig.add_subplot()
    ax.plot([1, 2, 3], [71, 75, 75], marker="o")
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    return buf.getvalue()


def sample_document() -> Document:
    png = chart_png()
    title = Section(
        blocks=(
            Heading(1, (Run("Appendix 1: Test Key Performance Indicators"),), anchor="title"),
            Paragraph((Run("Test Directorate"),), role="lead"),
            Paragraph((Run("Quarter 2 2024/25"),), role="lead"),
        ),
        new_page=False,
    )
    table = Table(
        rows=(
            (
                TableCell("Series", header=True),
                TableCell("Q1 24/25", header=True, align="right"),
                TableCell("Q2 24/25", header=True, align="right"),
            ),
            (
                TableCell("Assessments within 28 days", header=True),
                TableCell("75%", align="right"),
                TableCell("75%", align="right"),
            ),
        ),
        caption="Figures plotted in the chart for TEST2",
        column_widths=(3.0, 1.0, 1.0),
    )
    indicator = Section(
        blocks=(
            Heading(
                2, (Run("TEST2: The proportion of assessments within 28 days."),), anchor="TEST2"
            ),
            Rating("AMBER", "AMBER"),
            SideBySide(
                main=Figure(
                    png,
                    "Line chart of TEST2 from Q1 to Q2 24/25: latest 75%, target 85%.",
                    150.0,
                    75.0,
                    "test2-chart",
                ),
                side=Notes(
                    Heading(3, (Run("Technical notes"),)),
                    (
                        (Run("Target set at 85% (dotted line) with a floor threshold of 75%"),),
                        (Run("The overall direction of travel is not significant."),),
                        (Run("Costs are weekly (£) – see the note ≥ 1 and −2"),),
                    ),
                ),
                main_share=0.72,
            ),
            table,
            Heading(3, (Run("Commentary"),)),
            Paragraph(
                (
                    Run("Timeliness held at "),
                    Run("75%", bold=True),
                    Run(" in the quarter, "),
                    Run("meeting the floor", italic=True),
                    Run("."),
                )
            ),
            ListBlock(
                ordered=False,
                items=(
                    ListItem((Paragraph((Run("First point"),)),)),
                    ListItem(
                        (
                            Paragraph(
                                (
                                    Run("Second point with "),
                                    Run("a link", href="https://www.kent.gov.uk/"),
                                    Run("."),
                                )
                            ),
                            ListBlock(
                                ordered=True,
                                level=1,
                                items=(
                                    ListItem((Paragraph((Run("Nested one"),)),)),
                                    ListItem((Paragraph((Run("Nested two"),)),)),
                                ),
                            ),
                        )
                    ),
                ),
            ),
            ListBlock(
                ordered=True,
                items=(
                    ListItem((Paragraph((Run("Numbered one"),)),)),
                    ListItem(
                        (Paragraph((Run("Numbered two"), LineBreak(), Run("after a break"))),)
                    ),
                ),
            ),
        ),
        keep_together=3,
    )
    activity = Section(
        blocks=(
            Heading(2, (Run("TEST7: The number of contacts"),), anchor="TEST7"),
            Figure(
                png, "Line chart of TEST7: contacts fell to 21,000.", 150.0, 75.0, "test7-chart"
            ),
            Heading(3, (Run("Commentary"),)),
            Paragraph((Run("Contacts were “about 21,000” — a fall of £0 and 5%."),)),
        ),
        keep_together=2,
    )
    return Document(
        metadata=Metadata(
            title="Appendix 1: Test Key Performance Indicators",
            subject="Test Directorate performance, Quarter 2 2024/25",
            author="Test Council",
            language="en-GB",
            keywords=("performance", "TEST"),
            timestamp=1_700_000_000,
        ),
        sections=(title, indicator, activity),
        running_header="Appendix 1: Test Key Performance Indicators",
    )


def thirty_at_each_level() -> ListBlock:
    """An ordered list of thirty items, its last holding thirty more, and those thirty
    more again: markers past z (lettered) and past xx (numerals) at every level."""

    def level(depth: int) -> ListBlock:
        items = [ListItem((Paragraph((Run(f"item {n}"),)),)) for n in range(1, 31)]
        if depth < 2:
            items[-1] = ListItem((Paragraph((Run("item 30"),)), level(depth + 1)))
        return ListBlock(True, tuple(items), depth)

    return level(0)


def list_markers(pdf_text: str) -> list[str]:
    """The marker before each 'item N' line of thirty_at_each_level, as laid out."""
    return re.findall(r"^\s*([a-z0-9]+\.)\s*item \d+\s*$", pdf_text, re.M)
