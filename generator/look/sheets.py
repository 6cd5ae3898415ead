"""What the spreadsheet editions hold, and where: decided once for every workbook
format (XLSX, ODS), which then only translate it.

Laid out as the Government Analysis Function's guidance asks: a cover sheet, a
contents sheet, a notes sheet, then one table a sheet, each with its title in A1
(naming the table and its note), a line saying what the sheet holds, then the
table itself from A3: a header row (units in the headers), no merged cells, no
blank rows or columns. Every table in the document model becomes a sheet, in
order; a cell that holds a figure is a number, in its unit's number format where
the model gives one (Excel's notation: '0%', '"£"#,##0', '[m]:ss').

The notes sheet holds every line of every panel of an indicator (its technical
notes, its SPC panel), however its pages broke (a section continued on the next
page is read with its indicator's): the words of a line with an icon are a note of
their own, its picture beside them (the icon's words its text alternative), the
other lines joined into one note; an indicator's tables' titles name its notes.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.content.bilingual import joined
from generator.core.messages import Messages
from generator.core.model import (
    Block,
    Document,
    Heading,
    Icon,
    IconLine,
    Notes,
    NotesLine,
    Run,
    Section,
    SideBySide,
    Table,
    TableCell,
)

if TYPE_CHECKING:
    from generator.look.resolve import WorkbookLook


@dataclass(frozen=True)
class SheetWords:
    """Words the workbook itself uses (the sheets' own furniture), in the edition's
    language (the catalogue's `sheets.*` messages)."""

    cover_label: str
    contents_label: str
    notes_label: str
    one_table: str
    contents_title: str
    contents_header: tuple[str, str]
    notes_title: str
    notes_header: tuple[str, str]
    qualifiers: str
    none: str
    table: str  # a table with no name: 'Table {number}'
    note: str  # the title's note: ' [note {number}]'

    @classmethod
    def of(cls, m: Messages, *others: Messages) -> SheetWords:
        """The words of the catalogue `m`; with `others` (a bilingual workbook's other
        languages', Welsh first), the front sheets' words in every language, joined
        as the bilingual document joins them ('Am y data hyn / About this data'),
        the sheets' names in the first language's words alone."""
        every = (m, *others)
        return cls(
            cover_label=_valid(m.text("sheets.cover")),
            contents_label=_valid(m.text("sheets.contents")),
            notes_label=_valid(m.text("sheets.notes")),
            one_table=joined([c.text("sheets.one_table") for c in every]),
            contents_title=joined([c.text("sheets.contents_title") for c in every]),
            contents_header=(
                joined([c.text("sheets.sheet_name") for c in every]),
                joined([c.text("sheets.table_description") for c in every]),
            ),
            notes_title=joined([c.text("sheets.notes_title") for c in every]),
            notes_header=(
                joined([c.text("sheets.note_number") for c in every]),
                joined([c.text("sheets.note_text") for c in every]),
            ),
            qualifiers=m.text("sheets.qualifiers"),
            none=m.text("table.none"),
            table=m.text("sheets.table"),
            note=m.text("sheets.note"),
        )


HEADER_ROW = 2  # the table's header row (0-based): A3
TITLE_KIND = "title"
# the cover's title wraps within the cover's column: a bilingual title, both languages'
# words, runs past a screen's width at the title's size; the contents and notes sheets'
# titles stay on one line above their tables (TITLE_KIND)
COVER_TITLE_KIND = "cover_title"
SUBTITLE_KIND = "subtitle"
TEXT_KIND = "text"


@dataclass(frozen=True)
class SheetTable:
    """One table's sheet: its label, title, header row and rows of values (figures
    as numbers), each value's number format ('' for none) and each column's width
    (in characters)."""

    label: str
    title: str
    line: str  # what the sheet holds: 'This worksheet contains one table.', in its language
    header: tuple[str, ...]
    numeric: tuple[bool, ...]  # a column that holds figures (its header aligned right)
    body: tuple[tuple[str | float, ...], ...]
    formats: tuple[tuple[str, ...], ...]
    shown: tuple[tuple[str, ...], ...]  # each value as the edition's reader sees it
    widths: tuple[int, ...]
    table_name: str  # the name a spreadsheet gives the table (an Excel table's)


@dataclass(frozen=True)
class SheetNote:
    """One row of the notes sheet: its words and, for a line with an icon, the icon,
    drawn beside the words (in the column after the notes table's) at `icon_points`
    square and `offset_points` in from its cell's corner, in a row `height_points`
    high: as tall as the picture and as its words wrapped in the notes' column."""

    text: str
    icon: Icon | None = None
    height_points: float = 0.0


@dataclass(frozen=True)
class NoteIcons:
    """How an icon sits beside its words on the notes sheet: the picture's side and
    its margin in its cell (points), the width of the column that holds it
    (characters), and what a row's height needs for its words: a line's height
    (points) and how many characters the notes' column takes on a line."""

    points: float
    margin_points: float
    column_width: int
    line_points: float
    text_width: int

    @classmethod
    def of(cls, look: WorkbookLook) -> NoteIcons:
        return cls(
            points=look.icon_points,
            margin_points=look.icon_margin_points,
            column_width=look.icon_column_width,
            line_points=look.body_size * LINE_SPACING,
            text_width=look.notes_text_width,
        )

    def row_height(self, text: str, icon: bool = True) -> float:
        """A row tall enough for its words wrapped in the notes' column and, with an
        icon, for the picture and its margins."""
        words = wrapped_lines(text, self.text_width / _CHARACTER_WIDTH[False]) * self.line_points
        return max(self.points + 2 * self.margin_points, words) if icon else words


# A line of a spreadsheet's text, as a multiple of its font's size.
LINE_SPACING = 1.3
# How much wider a character of running text may be than the column's unit (the width of a
# digit at the body's size) in the fonts a spreadsheet may substitute for Arial, regular
# and bold: a row sized on these holds its wrapped words with room to spare.
_CHARACTER_WIDTH = {False: 1.25, True: 1.35}


def wrapped_lines(text: str, per_line: float) -> int:
    """The lines `text` takes wrapped at `per_line` characters, each line of its own (a
    paragraph of a note) starting a new one."""
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


@dataclass(frozen=True)
class CoverLine:
    """One row of the cover: its words, its kind (cover_title, subtitle or text), and a
    height that holds its words wrapped within the cover's column, for a spreadsheet that
    does not size a row to its wrapped words on opening (LibreOffice reading an XLSX)."""

    text: str
    kind: str
    height_points: float


@dataclass(frozen=True)
class CoverRows:
    """What a cover row's height needs: the cover column's width (characters at the
    body's size), the body's and the title's sizes (points)."""

    width: int
    body_size: float
    title_size: float

    @classmethod
    def of(cls, look: WorkbookLook) -> CoverRows:
        return cls(width=look.cover_width, body_size=look.body_size, title_size=look.title_size)

    def line(self, text: str, kind: str) -> CoverLine:
        size = self.title_size if kind == COVER_TITLE_KIND else self.body_size
        bold = kind != TEXT_KIND
        per_line = self.width * self.body_size / (size * _CHARACTER_WIDTH[bold])
        return CoverLine(text, kind, round(wrapped_lines(text, per_line) * size * LINE_SPACING, 2))


@dataclass(frozen=True)
class WorkbookPlan:
    words: SheetWords
    cover: tuple[CoverLine, ...]
    contents: tuple[tuple[str, str], ...]  # (sheet label, table description)
    notes: tuple[SheetNote, ...]  # note n is notes[n - 1]
    sheets: tuple[SheetTable, ...]
    icons: NoteIcons

    @property
    def icon_column(self) -> bool:
        """Whether the notes sheet has a column of pictures beside its table."""
        return any(note.icon is not None for note in self.notes)


@dataclass(frozen=True)
class Widths:
    """How a table's column widths are worked out: its longest entry plus padding,
    within a minimum and a maximum (in characters)."""

    padding: int
    minimum: int
    maximum: int


def plan_workbook(
    document: Document, widths: Widths, icons: NoteIcons, rows: CoverRows
) -> WorkbookPlan:
    """What every sheet of the workbook holds, from the document model."""
    meta = document.metadata
    catalogues = document.part_messages or (document.messages,)
    words = SheetWords.of(*catalogues)  # the front sheets': every language's words
    # each table's sheet in its part's words (a bilingual workbook's English sheets in
    # English), by its section's language ("": the document's)
    own = {
        key: SheetWords.of(m)
        for (key, _, _), m in zip(document.part_languages(), catalogues, strict=False)
    }
    found: list[tuple[str, Table, tuple[int, ...], SheetWords]] = []
    notes: list[SheetNote] = []
    for language, blocks in _indicators(document.sections):
        part = own.get(language, words) if own else words
        panels = [b.side if isinstance(b, SideBySide) else b for b in blocks]
        lines = [line for n in panels if isinstance(n, Notes) for line in n.lines]
        numbers: tuple[int, ...] = ()
        for block in blocks:
            if not isinstance(block, Table) or len(block.rows) <= block.header_rows:
                continue
            if not numbers and lines:
                first = len(notes) + 1
                notes += _notes(lines, icons)
                numbers = tuple(range(first, len(notes) + 1))
            name = block.name or part.table.format(number=len(found) + 1)
            label = sheet_label(name, [f[0] for f in found], words)
            found.append((label, block, numbers, part))
    cover = tuple(
        rows.line(text, kind)
        for text, kind in (
            (meta.title, COVER_TITLE_KIND),
            (joined([m.text("sheets.about") for m in catalogues]), SUBTITLE_KIND),
            (meta.subject, TEXT_KIND),
            (joined([m.text("sheets.published_by") for m in catalogues]), SUBTITLE_KIND),
            (meta.author, TEXT_KIND),
        )
    )
    return WorkbookPlan(
        words=words,
        cover=cover,
        contents=tuple((label, table.caption) for label, table, _, _ in found),
        notes=tuple(notes),
        sheets=tuple(
            _sheet(label, table, note, widths, part) for label, table, note, part in found
        ),
        icons=icons,
    )


def _indicators(sections: Sequence[Section]) -> Iterator[tuple[str, tuple[Block, ...]]]:
    """The blocks of each section with those of the sections that continue it (an
    indicator that did not fit its page: '<id> (continued)'), so that what an
    indicator holds is read whole, however its pages broke; each with its section's
    language ("": the document's)."""
    blocks: list[Block] = []
    language = ""
    for section in sections:
        first = section.blocks[0] if section.blocks else None
        if not (isinstance(first, Heading) and first.continuation) and blocks:
            yield language, tuple(blocks)
            blocks = []
        if not blocks:
            language = section.language
        blocks += section.blocks
    if blocks:
        yield language, tuple(blocks)


def _notes(lines: Sequence[NotesLine], icons: NoteIcons) -> list[SheetNote]:
    """An indicator's notes: each line with an icon a note of its own (its picture
    beside its words), the lines between them joined into one."""
    notes: list[SheetNote] = []
    words: list[str] = []
    for line in lines:
        if not isinstance(line, IconLine):
            words.append(_plain(line).strip())
            continue
        if words:
            notes.append(_words_note(words, icons))
            words = []
        text = _plain(line).strip()
        notes.append(SheetNote(text, line.icon, icons.row_height(text)))
    if words:
        notes.append(_words_note(words, icons))
    return notes


def _words_note(lines: list[str], icons: NoteIcons) -> SheetNote:
    """The lines between two icons' as one note, its row as tall as its words."""
    text = " ".join(lines)
    return SheetNote(text, None, icons.row_height(text, icon=False))


def _sheet(
    label: str, table: Table, note: tuple[int, ...], widths: Widths, words: SheetWords
) -> SheetTable:
    header, body = columns(table, words)
    body_cells = table.rows[table.header_rows :]
    numeric = []
    column_widths = []
    for column, name in enumerate(header):
        numeric.append(any(isinstance(row[column], float) for row in body))
        longest = max(
            [len(part) for part in name.split("\n")]
            + [len(_shown(row[column], _cell(body_cells, r, column))) for r, row in enumerate(body)]
        )
        width = longest + widths.padding
        column_widths.append(min(max(width, widths.minimum), widths.maximum))
    formats = []
    for r, row in enumerate(body):
        row_formats = []
        for column, value in enumerate(row):
            cell = _cell(body_cells, r, column)
            shown = isinstance(value, float) and cell is not None and cell.number_format
            row_formats.append(cell.number_format if shown and cell is not None else "")
        formats.append(tuple(row_formats))
    return SheetTable(
        label=label,
        title=table.caption + "".join(words.note.format(number=n) for n in note),
        line=words.one_table,
        header=tuple(header),
        numeric=tuple(numeric),
        body=tuple(tuple(row) for row in body),
        formats=tuple(formats),
        shown=tuple(
            tuple(_shown(value, _cell(body_cells, r, c)) for c, value in enumerate(row))
            for r, row in enumerate(body)
        ),
        widths=tuple(column_widths),
        table_name=table_name(label),
    )


def columns(table: Table, words: SheetWords) -> tuple[list[str], list[list[str | float]]]:
    """The header row (units named where a column holds figures, and a column
    listing any qualified figures) and the rows, figures as numbers."""
    names = [cell.text for cell in table.rows[table.header_rows - 1]]
    body_rows = table.rows[table.header_rows :]
    qualified = any(cell.qualifier for row in body_rows for cell in row)
    body: list[list[str | float]] = []
    for row in body_rows:
        values: list[str | float] = [
            float(cell.value) if cell.value is not None else cell.text for cell in row
        ]
        if qualified:
            found = [f"{names[c]} {cell.qualifier}" for c, cell in enumerate(row) if cell.qualifier]
            values.append("; ".join(found) or words.none)
        body.append(values)
    header = []
    for column, name in enumerate(names):
        numeric = any(column < len(row) and row[column].value is not None for row in body_rows)
        header.append(f"{name}\n({table.unit})" if numeric and table.unit else name)
    if qualified:
        header.append(words.qualifiers)
    return _unique(header), body


def _shown(value: str | float, cell: TableCell | None = None) -> str:
    if cell is not None and cell.number_format:
        return cell.text  # as its number format shows it
    return value if isinstance(value, str) else f"{value:,g}"


def _cell(rows: tuple[tuple[TableCell, ...], ...], row: int, column: int) -> TableCell | None:
    """The model's cell behind a body value (None for the qualifiers column)."""
    return rows[row][column] if column < len(rows[row]) else None


def _plain(line: NotesLine) -> str:
    """A panel's line as the workbook's notes give it: its words (an icon is drawn
    beside them, its text alternative saying them again)."""
    runs = line.runs if isinstance(line, IconLine) else line
    return "".join(r.text if isinstance(r, Run) else " " for r in runs)


def _valid(name: str, most: int = 31) -> str:
    """A worksheet name's characters: at most `most`, none of []:*?/\\'."""
    return re.sub(r"[\[\]:*?/\\']", " ", name).strip()[:most]


def sheet_label(name: str, taken: list[str], words: SheetWords) -> str:
    """A valid, unique worksheet name: at most 31 characters, none of []:*?/\\'."""
    base = _valid(name, 27) or _valid(words.table.format(number=1), 27)
    used = {label.lower() for label in taken} | {
        words.cover_label.lower(),
        words.contents_label.lower(),
        words.notes_label.lower(),
    }
    label, number = base, 1
    while label.lower() in used:
        number += 1
        label = f"{base} {number}"
    return label


def table_name(label: str) -> str:
    """A table's name: letters, digits and underscores, starting with a letter."""
    name = re.sub(r"\W+", "_", label)
    name = name if name[:1].isalpha() else f"table_{name}"
    # Names that look like cell references are refused: KPI2 (a column and a row) and
    # R2C3 (row 2, column 3 in R1C1 notation).
    cell = re.fullmatch(r"[A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*", name)
    return f"{name}_table" if cell or len(name) < 3 else name


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out
