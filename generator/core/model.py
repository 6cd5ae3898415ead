"""The document model: a format-free description of the appendix.

Both writers consume only these types. Nothing here knows about DOCX, PDF,
indicators or councils: `assemble.py` makes every content decision and
records it as a field, so that a writer only translates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from generator.core.messages import Messages, default_messages

# The only link addresses the model carries: commentary refuses or unlinks the
# others, and a writer makes no other address live.
SAFE_SCHEMES = ("http://", "https://", "mailto:")


@dataclass(frozen=True)
class Run:
    """A stretch of text with one set of inline marks."""

    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None  # already checked: http, https or mailto only


@dataclass(frozen=True)
class LineBreak:
    """A hard line break inside a paragraph."""


Inline = Run | LineBreak


@dataclass(frozen=True)
class Heading:
    """A heading. Level 1 is the document title; levels never skip."""

    level: int
    runs: tuple[Inline, ...]
    # A stable identifier; headings with one become PDF bookmarks and DOCX bookmarks.
    anchor: str | None = None
    # Keep this heading on the same page as what follows it.
    keep_with_next: bool = True
    # "<id> (continued)" above the rest of an indicator that did not fit its page
    # (generator/run/pages.py): not an indicator of its own, not listed in contents.
    continuation: bool = False
    # A place an edition may mark for programs that read it back (the DOCX writer
    # bookmarks it; `appendix import` finds an indicator's commentary by it).
    mark: str | None = None


ParagraphRole = Literal["body", "note", "lead", "caption"]


@dataclass(frozen=True)
class Paragraph:
    runs: tuple[Inline, ...]
    role: ParagraphRole = "body"
    keep_with_next: bool = False


@dataclass(frozen=True)
class ListItem:
    """One list item: its paragraphs, and at most one nested list level."""

    blocks: tuple[Paragraph | ListBlock, ...]


@dataclass(frozen=True)
class ListBlock:
    ordered: bool
    items: tuple[ListItem, ...]
    level: int = 0  # 0 for a top-level list, 1 for a list nested in an item


@dataclass(frozen=True)
class Rating:
    """A RAG rating: always printed as a word, with a coloured fill as a second cue."""

    label: str  # the word printed, e.g. "AMBER"
    tone: str  # the key into the style's `rag` colours, e.g. "AMBER"
    prefix: str = field(default_factory=lambda: default_messages().text("rating.prefix"))


@dataclass(frozen=True)
class Figure:
    """A picture (PNG bytes) with its text alternative."""

    image: bytes
    alt: str
    width_mm: float
    height_mm: float
    name: str  # a short file-like name, e.g. "asch2-chart"
    # A short text alternative where `alt`, the full description, is shown beside
    # the picture (the HTML edition); empty: `alt` serves as both.
    short_alt: str = ""


@dataclass(frozen=True)
class Icon:
    """A small picture (PNG bytes) that goes with a line of words, e.g. an SPC view's
    variation icon; `alt`, its text alternative, is what it says in words."""

    image: bytes
    alt: str
    size_mm: float  # width and height
    name: str  # a short file-like name, e.g. "spc-icon-improving-high"


@dataclass(frozen=True)
class IconLine:
    """A panel's line with its icon before the words."""

    icon: Icon
    runs: tuple[Inline, ...]


# A panel's line: its words, or its words with an icon.
NotesLine = tuple[Inline, ...] | IconLine


@dataclass(frozen=True)
class Notes:
    """A titled panel of short lines, e.g. the technical notes beside a chart."""

    heading: Heading
    lines: tuple[NotesLine, ...]


@dataclass(frozen=True)
class TableCell:
    text: str
    # A header cell: TH in the PDF and the page, bold in the DOCX; in a header row it heads
    # its column, below them its row (the series names of a data table).
    header: bool = False
    align: Literal["left", "right"] = "left"
    # The figure shown, as a number (rounded as shown), where the cell holds one:
    # the workbook writes it as a number.
    value: float | None = None
    # A qualifier of the figure, e.g. "provisional" (already part of `text`).
    qualifier: str = ""
    # How a spreadsheet shows `value`, in its number-format notation ('0%', '"£"#,##0',
    # '[m]:ss'), `value` then in that notation's terms (0.75 for 75%, a day's fraction
    # for a time); empty: `value` is the figure as shown, its unit in the column header.
    number_format: str = ""


@dataclass(frozen=True)
class Table:
    """A data table. The first `header_rows` rows repeat on each page."""

    rows: tuple[tuple[TableCell, ...], ...]
    caption: str
    header_rows: int = 1
    # Relative column widths; writers scale them to the text width.
    column_widths: tuple[float, ...] = ()
    # Per-row tone of the RAG cell, if any: (row index, column index, tone).
    tones: tuple[tuple[int, int, str], ...] = ()
    # A short name, unique in the document, e.g. "KPI2": a workbook's sheet name.
    name: str = ""
    # The unit of the figures in its cells, for column headers, e.g. "percentage".
    unit: str = ""


@dataclass(frozen=True)
class SideBySide:
    """Two blocks on one line, e.g. a chart with its notes beside it.

    Reading order is `main` then `side`. The pair is never split across pages.
    """

    main: Figure
    side: Notes
    main_share: float  # share of the text width given to `main`


Block = Heading | Paragraph | ListBlock | Rating | Figure | Notes | Table | SideBySide


@dataclass(frozen=True)
class Section:
    """A run of blocks that starts on a new page.

    The first `keep_together` blocks are kept on one page (a chart is never
    split from its heading); the rest flow on.
    """

    blocks: tuple[Block, ...]
    keep_together: int = 0
    new_page: bool = True
    # The language of this section's words (BCP 47) where it is not the document's:
    # the English part of a bilingual document whose language is Welsh; "" for the
    # document's own.
    language: str = ""


@dataclass(frozen=True)
class Metadata:
    title: str
    subject: str
    author: str
    language: str  # BCP 47, e.g. "en-GB"
    keywords: tuple[str, ...] = ()
    # Seconds since the epoch, used wherever a file must carry a date;
    # from SOURCE_DATE_EPOCH, or a fixed date, so output is reproducible.
    timestamp: int = 0
    # Named values an edition may record about itself (the DOCX's custom document
    # properties: which report, quarter and build it is, for `appendix import`).
    properties: tuple[tuple[str, str], ...] = ()


# What a bilingual document puts between its languages' words for one thing (its
# title, running header, footer): 'Chwarter 2 2024/25 / Quarter 2 2024/25'.
BETWEEN_LANGUAGES = " / "


@dataclass(frozen=True)
class Document:
    metadata: Metadata
    sections: tuple[Section, ...]
    # Running header text; the footer reads "Page N of M".
    running_header: str = ""
    # The footer's words, one (page, of) pair a language: "Page N of M"; a bilingual
    # document's, each language's in turn, Welsh first: "Tudalen 3 o 50 / Page 3 of 50".
    page_labels: tuple[tuple[str, str], ...] = field(
        default_factory=lambda: (
            (default_messages().text("page.word"), default_messages().text("page.of")),
        )
    )
    # A bilingual document's languages in order, each as (BCP 47 tag, the language's
    # own name, e.g. "Cymraeg"): its first is the document's language, each other's
    # sections carry their tag (`Section.language`); () for a document in one language.
    parts: tuple[tuple[str, str], ...] = ()
    # The edition's fixed words (its language's catalogue, the council's rewordings):
    # the writers' own words (landmarks, sheet names) come from here.
    messages: Messages = field(default_factory=default_messages, repr=False, compare=False)
    # A bilingual document's parts' fixed words, in the order of `parts` (the first
    # is `messages`): () for a document in one language.
    part_messages: tuple[Messages, ...] = field(default=(), repr=False, compare=False)

    def part_languages(self) -> tuple[tuple[str, str, str], ...]:
        """Each part of a bilingual document as (the `Section.language` its sections
        carry, its tag, its language's name): the first part is the document's
        language, so its sections carry none (""); each other part's carry its tag."""
        return tuple(
            ("" if number == 0 else tag, tag, name) for number, (tag, name) in enumerate(self.parts)
        )

    def part_openings(self) -> dict[int, tuple[str, str]]:
        """Where each part of a bilingual document opens: the number of its first
        section, with the part's (tag, language name); {} for a document in one
        language."""
        openings: dict[int, tuple[str, str]] = {}
        for key, tag, name in self.part_languages():
            first = next((n for n, s in enumerate(self.sections) if s.language == key), None)
            if first is not None:
                openings[first] = (tag, name)
        return openings
