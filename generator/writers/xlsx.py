"""The workbook writer: the figures behind the charts as an accessible spreadsheet.

What each sheet holds is decided in `generator.look.sheets` (shared with the ODS
writer); this module writes it with XlsxWriter directly, each table marked as an
Excel table: gptables (on pandas) took a second and a half for the sample's 21
tables, this a twentieth of that.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.core.model import Document
from generator.look.sheets import (
    HEADER_ROW,
    CoverRows,
    NoteIcons,
    SheetNote,
    SheetTable,
    Widths,
    plan_workbook,
    table_name,
)

if TYPE_CHECKING:
    from generator.look.resolve import Look

_table_name = table_name  # the name an Excel table is given (tested as a table)


def widths(resolved: Look) -> Widths:
    book = resolved.workbook
    return Widths(book.column_padding, book.column_min, book.column_max)


def write(document: Document, resolved: Look, target: Path) -> None:
    """Write every table of `document` into one workbook at `target`."""
    import xlsxwriter

    book_look = resolved.workbook
    meta = document.metadata
    plan = plan_workbook(
        document, widths(resolved), NoteIcons.of(book_look), CoverRows.of(book_look)
    )

    workbook = xlsxwriter.Workbook(
        str(target), {"strings_to_numbers": False, "strings_to_urls": False, "in_memory": True}
    )
    base = {"font_name": book_look.font, "font_size": book_look.body_size}
    formats = {
        "title": workbook.add_format(
            {**base, "bold": True, "font_size": book_look.title_size, "text_wrap": False}
        ),
        "cover_title": workbook.add_format(
            {
                **base,
                "bold": True,
                "font_size": book_look.title_size,
                "text_wrap": True,
                "valign": "top",
            }
        ),
        "subtitle": workbook.add_format({**base, "bold": True}),
        "text": workbook.add_format({**base, "text_wrap": True, "valign": "top"}),
        "plain": workbook.add_format({**base, "valign": "top"}),  # a note's number by its words
        "header": workbook.add_format(
            {**base, "bold": True, "text_wrap": True, "valign": "top", "bottom": 1}
        ),
        "header_right": workbook.add_format(
            {**base, "bold": True, "text_wrap": True, "valign": "top", "align": "right"}
        ),
        "link": workbook.add_format({**base, "underline": 1, "font_color": book_look.link_colour}),
    }

    words = plan.words
    cover = workbook.add_worksheet(words.cover_label)
    cover.hide_gridlines(2)
    cover.set_column(0, 0, book_look.cover_width, formats["text"])
    for row, line in enumerate(plan.cover):
        cover.set_row(row, line.height_points)
        cover.write_string(row, 0, line.text, formats[line.kind])

    contents = workbook.add_worksheet(words.contents_label)
    contents.hide_gridlines(2)
    contents.write_string(0, 0, words.contents_title, formats["title"])
    contents.write_string(1, 0, words.one_table, formats["plain"])
    contents.set_column(0, 0, book_look.contents_name_width)
    contents.set_column(1, 1, book_look.contents_description_width)
    for row, (label, caption) in enumerate(plan.contents, start=HEADER_ROW + 1):
        contents.write_url(row, 0, f"internal:'{label}'!A1", formats["link"], label)
        contents.write_string(row, 1, caption, formats["text"])
    _mark_table(
        contents,
        HEADER_ROW,
        HEADER_ROW + max(len(plan.contents), 1),
        list(words.contents_header),
        "contents",
        [formats["header"]] * 2,
    )

    notes_sheet = workbook.add_worksheet(words.notes_label)
    notes_sheet.hide_gridlines(2)
    notes_sheet.write_string(0, 0, words.notes_title, formats["title"])
    notes_sheet.write_string(1, 0, words.one_table, formats["plain"])
    notes_sheet.set_column(0, 0, book_look.notes_number_width)
    notes_sheet.set_column(1, 1, book_look.notes_text_width, formats["text"])
    if plan.icon_column:
        notes_sheet.set_column(2, 2, plan.icons.column_width)
    for row, note in enumerate(plan.notes, start=HEADER_ROW + 1):
        notes_sheet.set_row(row, note.height_points)  # LibreOffice sizes no XLSX row itself
        notes_sheet.write_number(row, 0, row - HEADER_ROW, formats["plain"])
        notes_sheet.write_string(row, 1, note.text, formats["text"])
        _icon(notes_sheet, row, note, plan.icons)
    _mark_table(
        notes_sheet,
        HEADER_ROW,
        HEADER_ROW + max(len(plan.notes), 1),
        list(words.notes_header),
        "notes",
        [formats["header"]] * 2,
    )

    for sheet in plan.sheets:
        _table_sheet(workbook, sheet, formats, resolved)

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


# Pixels a point, as a spreadsheet measures a sheet (96 pixels an inch).
_PIXELS = 96 / 72
_MM_PER_INCH = 25.4


def _icon(worksheet: Any, row: int, note: SheetNote, icons: NoteIcons) -> None:
    """A note's icon, if it has one: in the column after the notes table's, beside its
    words, described by them, moving with its cell (not sized with it); its row as
    tall as the picture needs (its words' row, set by the caller)."""
    if note.icon is None:
        return
    drawn = note.icon.size_mm / _MM_PER_INCH * 96  # the picture's own size, in pixels
    scale = icons.points * _PIXELS / drawn
    margin = round(icons.margin_points * _PIXELS)
    worksheet.insert_image(
        row,
        2,
        f"{note.icon.name}.png",
        {
            "image_data": io.BytesIO(note.icon.image),
            "description": note.icon.alt,
            "x_scale": scale,
            "y_scale": scale,
            "x_offset": margin,
            "y_offset": margin,
            "object_position": 2,
        },
    )


def _table_sheet(workbook: Any, sheet: SheetTable, formats: dict[str, Any], resolved: Look) -> None:
    book_look = resolved.workbook
    worksheet = workbook.add_worksheet(sheet.label)
    worksheet.hide_gridlines(2)
    worksheet.write_string(0, 0, sheet.title, formats["title"])
    worksheet.write_string(1, 0, sheet.line, formats["plain"])
    header_formats = []
    for column, numeric in enumerate(sheet.numeric):
        header_formats.append(formats["header_right" if numeric else "header"])
        worksheet.set_column(column, column, sheet.widths[column])
    for row_number, (row, row_formats) in enumerate(
        zip(sheet.body, sheet.formats, strict=True), start=HEADER_ROW + 1
    ):
        for column, (value, number_format) in enumerate(zip(row, row_formats, strict=True)):
            if isinstance(value, float) and number_format:
                # a figure in its unit's own format: 75%, £503,400, 2:35 (a time)
                key = "number " + number_format  # one format each, for the workbook
                if key not in formats:
                    formats[key] = workbook.add_format(
                        {
                            "font_name": book_look.font,
                            "font_size": book_look.body_size,
                            "num_format": number_format,
                        }
                    )
                worksheet.write_number(row_number, column, value, formats[key])
            elif isinstance(value, float):
                worksheet.write_number(row_number, column, value, formats["plain"])
            else:
                worksheet.write_string(row_number, column, value, formats["plain"])
    _mark_table(
        worksheet,
        HEADER_ROW,
        HEADER_ROW + len(sheet.body),
        list(sheet.header),
        sheet.label,
        header_formats,
    )


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
            "name": table_name(name),
            "columns": columns,
            "style": None,
            "autofilter": False,
        },
    )
