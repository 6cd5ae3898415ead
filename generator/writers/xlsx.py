"""The workbook writer: the figures behind the charts as an accessible spreadsheet.

Laid out as the Government Analysis Function's guidance asks, and as its
`gptables` library does: a cover sheet, a contents sheet, a notes sheet, then
one table a sheet, each with its title in A1 (naming the table and its note),
a line saying what the sheet holds, then the table itself from A3: a header
row (units in the headers), no merged cells, no blank rows or columns, marked
as an Excel table. Written with XlsxWriter directly: gptables (on pandas) took
a second and a half for the sample's 21 tables, this a twentieth of that.

Every table in the document model becomes a sheet, in order; a cell that
holds a figure is written as a number. Each section's technical notes are its
tables' note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.core.model import Document, Inline, Notes, Run, SideBySide, Table, TableCell

if TYPE_CHECKING:
    from generator.look.resolve import Look, WorkbookLook

# Words the workbook itself uses (the sheets' own furniture).
COVER_LABEL = "Cover"
CONTENTS_LABEL = "Contents"
NOTES_LABEL = "Notes"
ONE_TABLE = "This worksheet contains one table."
QUALIFIERS = "Qualifiers"


@dataclass
class _Sheet:
    label: str
    table: Table
    note: int | None  # the note number of its section's technical notes


def write(document: Document, resolved: Look, target: Path) -> None:
    """Write every table of `document` into one workbook at `target`."""
    import xlsxwriter

    book_look = resolved.workbook
    meta = document.metadata
    sheets: list[_Sheet] = []
    notes: list[str] = []
    for section in document.sections:
        panels = [b.side if isinstance(b, SideBySide) else b for b in section.blocks]
        lines = [_plain(line) for n in panels if isinstance(n, Notes) for line in n.lines]
        note = None
        for block in section.blocks:
            if not isinstance(block, Table) or len(block.rows) <= block.header_rows:
                continue
            if note is None and lines:
                notes.append(" ".join(lines))
                note = len(notes)
            label = _sheet_label(block.name or f"Table {len(sheets) + 1}", sheets)
            sheets.append(_Sheet(label, block, note))

    workbook = xlsxwriter.Workbook(
        str(target), {"strings_to_numbers": False, "strings_to_urls": False, "in_memory": True}
    )
    base = {"font_name": book_look.font, "font_size": book_look.body_size}
    formats = {
        "title": workbook.add_format(
            {**base, "bold": True, "font_size": book_look.title_size, "text_wrap": False}
        ),
        "subtitle": workbook.add_format({**base, "bold": True}),
        "text": workbook.add_format({**base, "text_wrap": True, "valign": "top"}),
        "plain": workbook.add_format(base),
        "header": workbook.add_format(
            {**base, "bold": True, "text_wrap": True, "valign": "top", "bottom": 1}
        ),
        "header_right": workbook.add_format(
            {**base, "bold": True, "text_wrap": True, "valign": "top", "align": "right"}
        ),
        "link": workbook.add_format({**base, "underline": 1, "font_color": book_look.link_colour}),
    }

    cover = workbook.add_worksheet(COVER_LABEL)
    cover.hide_gridlines(2)
    cover.set_column(0, 0, book_look.cover_width, formats["text"])
    cover_lines = [
        (meta.title, "title"),
        ("About these data", "subtitle"),
        (meta.subject, "text"),
        ("Published by", "subtitle"),
        (meta.author, "text"),
    ]
    for row, (text, kind) in enumerate(cover_lines):
        cover.write_string(row, 0, text, formats[kind])

    contents = workbook.add_worksheet(CONTENTS_LABEL)
    contents.hide_gridlines(2)
    contents.write_string(0, 0, "Table of contents", formats["title"])
    contents.write_string(1, 0, ONE_TABLE, formats["plain"])
    contents.set_column(0, 0, book_look.contents_name_width)
    contents.set_column(1, 1, book_look.contents_description_width)
    for row, sheet in enumerate(sheets, start=3):
        contents.write_url(row, 0, f"internal:'{sheet.label}'!A1", formats["link"], sheet.label)
        contents.write_string(row, 1, sheet.table.caption, formats["text"])
    _mark_table(
        contents,
        2,
        2 + max(len(sheets), 1),
        ["Sheet name", "Table description"],
        "contents",
        [formats["header"]] * 2,
    )

    notes_sheet = workbook.add_worksheet(NOTES_LABEL)
    notes_sheet.hide_gridlines(2)
    notes_sheet.write_string(0, 0, "Notes", formats["title"])
    notes_sheet.write_string(1, 0, ONE_TABLE, formats["plain"])
    notes_sheet.set_column(0, 0, book_look.notes_number_width)
    notes_sheet.set_column(1, 1, book_look.notes_text_width, formats["text"])
    for row, text in enumerate(notes, start=3):
        notes_sheet.write_number(row, 0, row - 2, formats["plain"])
        notes_sheet.write_string(row, 1, text, formats["text"])
    _mark_table(
        notes_sheet,
        2,
        2 + max(len(notes), 1),
        ["Note number", "Note text"],
        "notes",
        [formats["header"]] * 2,
    )

    for sheet in sheets:
        _table_sheet(workbook, sheet, formats, book_look)

    created = datetime.fromtimestamp(meta.timestamp, tz=UTC).replace(tzinfo=None)
    workbook.set_properties(
        {
            "title": meta.title,
            "subject": meta.subject,
            "author": meta.author,
            "keywords": ", ".join(meta.keywords),
            "created": created,
        }
    )
    workbook.set_custom_property("Language", meta.language)
    workbook.close()


def _table_sheet(
    workbook: Any, sheet: _Sheet, formats: dict[str, Any], book_look: WorkbookLook
) -> None:
    table = sheet.table
    header, body = _columns(table)
    body_cells = table.rows[table.header_rows :]
    worksheet = workbook.add_worksheet(sheet.label)
    worksheet.hide_gridlines(2)
    title = table.caption + (f" [note {sheet.note}]" if sheet.note is not None else "")
    worksheet.write_string(0, 0, title, formats["title"])
    worksheet.write_string(1, 0, ONE_TABLE, formats["plain"])
    header_formats = []
    for column, name in enumerate(header):
        numeric = any(isinstance(row[column], float) for row in body)
        header_formats.append(formats["header_right" if numeric else "header"])
        longest = max(
            [len(part) for part in name.split("\n")]
            + [len(_shown(row[column], _cell(body_cells, r, column))) for r, row in enumerate(body)]
        )
        width = longest + book_look.column_padding
        worksheet.set_column(
            column, column, min(max(width, book_look.column_min), book_look.column_max)
        )
    for row_number, row in enumerate(body, start=3):
        for column, value in enumerate(row):
            cell = _cell(body_cells, row_number - 3, column)
            if isinstance(value, float) and cell is not None and cell.number_format:
                # a figure in its unit's own format: 75%, £503,400, 2:35 (a time)
                key = "number " + cell.number_format  # one format each, for the workbook
                if key not in formats:
                    formats[key] = workbook.add_format(
                        {
                            "font_name": book_look.font,
                            "font_size": book_look.body_size,
                            "num_format": cell.number_format,
                        }
                    )
                worksheet.write_number(row_number, column, value, formats[key])
            elif isinstance(value, float):
                worksheet.write_number(row_number, column, value, formats["plain"])
            else:
                worksheet.write_string(row_number, column, value, formats["plain"])
    _mark_table(worksheet, 2, 2 + len(body), header, sheet.label, header_formats)


def _mark_table(
    worksheet: Any,
    first: int,
    last: int,
    header: list[str],
    name: str,
    header_formats: list[Any] | None = None,
) -> None:
    """An Excel table over the header row and the rows below, with no styling of its own."""
    columns = [{"header": h} for h in header]
    for column, header_format in zip(columns, header_formats or [], strict=False):
        column["header_format"] = header_format
    worksheet.add_table(
        first,
        0,
        last,
        len(header) - 1,
        {
            "name": _table_name(name),
            "columns": columns,
            "style": None,
            "autofilter": False,
        },
    )


def _columns(table: Table) -> tuple[list[str], list[list[str | float]]]:
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
            values.append("; ".join(found) or "none")
        body.append(values)
    header = []
    for column, name in enumerate(names):
        numeric = any(column < len(row) and row[column].value is not None for row in body_rows)
        header.append(f"{name}\n({table.unit})" if numeric and table.unit else name)
    if qualified:
        header.append(QUALIFIERS)
    return _unique(header), body


def _shown(value: str | float, cell: TableCell | None = None) -> str:
    if cell is not None and cell.number_format:
        return cell.text  # as its number format shows it
    return value if isinstance(value, str) else f"{value:,g}"


def _cell(rows: tuple[tuple[TableCell, ...], ...], row: int, column: int) -> TableCell | None:
    """The model's cell behind a body value (None for the qualifiers column)."""
    return rows[row][column] if column < len(rows[row]) else None


def _plain(line: tuple[Inline, ...]) -> str:
    return "".join(r.text if isinstance(r, Run) else " " for r in line)


def _sheet_label(name: str, taken: list[_Sheet]) -> str:
    """A valid, unique worksheet name: at most 31 characters, none of []:*?/\\'."""
    base = re.sub(r"[\[\]:*?/\\']", " ", name).strip()[:27] or "Table"
    used = {s.label.lower() for s in taken} | {
        COVER_LABEL.lower(),
        CONTENTS_LABEL.lower(),
        NOTES_LABEL.lower(),
    }
    label, number = base, 1
    while label.lower() in used:
        number += 1
        label = f"{base} {number}"
    return label


def _table_name(label: str) -> str:
    """An Excel table name: letters, digits and underscores, starting with a letter."""
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
