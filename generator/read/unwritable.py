"""Characters no document can hold, refused where they enter.

A DOCX, XLSX or HTML file is XML, which cannot hold the control characters
(U+0000 to U+001F but tab, line feed and carriage return), nor U+FFFE and
U+FFFF; U+007F (delete) is refused with them, as text files refuse it. A
workbook cannot hold them either, so Excel writes one as `_x000B_`: that form
is read as the character it stands for.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from pathlib import Path

from generator.core.errors import InputError
from generator.read.text_check import decode_text, wide_encoding

_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
# Excel's way of writing one in a cell.
_EXCEL_FORM = re.compile(r"_x(000[0-8BbCcEeFf]|001[0-9A-Fa-f]|007[Ff]|[Ff]{3}[EeFf])_")

FIX = (
    "Delete it: it cannot go into a document (it may have come with text pasted from "
    "another program; in Excel, =CLEAN() removes such characters)"
)


def unwritable(text: str) -> tuple[int, str] | None:
    """The first character of `text` no document can hold, as (its place, 'U+000B'),
    or None."""
    found = _CHARACTER.search(text)
    if found is not None:
        return found.start(), f"U+{ord(found.group()):04X}"
    return None


def unwritable_cell(text: str) -> str | None:
    """The code ('U+000B') of the first character a spreadsheet cell holds that no
    document can hold, written as itself or as Excel writes it (`_x000B_`), or None."""
    found = unwritable(text)
    excel = _EXCEL_FORM.search(text)
    if excel is not None and (found is None or excel.start() < found[0]):
        return f"U+{excel.group(1).upper()}"
    return None if found is None else found[1]


def line_of(text: str, place: int) -> int:
    """The line (from 1) that `place` in `text` is on."""
    return text.count("\n", 0, place) + 1


def column_letter(column: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    number = column + 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def refuse_unwritable_cells(
    rows: Sequence[Sequence[str]], *, file: str, sheet: str | None = None, excel: bool = False
) -> None:
    """InputError naming the first cell (as a spreadsheet numbers it: row 1 is the
    first) that holds a character no document can hold; `excel`: Excel's `_x000B_`
    counts as the character it stands for."""
    for row_index, row in enumerate(rows):
        for column, cell in enumerate(row):
            if excel:
                code = unwritable_cell(cell)
            else:
                found = unwritable(cell)
                code = None if found is None else found[1]
            if code is not None:
                place = f"cell {column_letter(column)}{row_index + 1}"
                raise InputError(
                    f"the cell holds a control character ({code})",
                    file=file,
                    where=f"sheet {sheet}, {place}" if sheet is not None else place,
                    fix=FIX,
                )


def csv_rows(data: bytes) -> list[list[str]]:
    """A CSV file's records, read leniently (bytes that are not UTF-8 replaced), so that
    a control character is named by its cell before the file's encoding is judged;
    [] where it is no CSV to read."""
    if wide_encoding(data) is not None:
        return []
    try:
        text = data.decode("utf-8-sig", errors="replace")
        return [list(r) for r in csv.reader(io.StringIO(text, newline=""))]
    except csv.Error:
        return []


def csv_text(path: Path, *, file: str) -> str:
    """A CSV file's text, its cells checked for characters no document can hold."""
    data = path.read_bytes()
    refuse_unwritable_cells(csv_rows(data), file=file)
    return decode_text(
        data,
        file=file,
        how_to_save="Save it as CSV UTF-8 (in Excel: Save As, CSV UTF-8 (Comma delimited))",
    )
