"""The workbook editions' checks (XLSX and ODS), as the Analysis Function's guidance
lays a published spreadsheet out (generator/look/sheets.py): a cover, contents and
notes sheet first, the contents listing every other sheet; one table a sheet, its
header row in row 3; no merged cells; every figure a number, not text."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.editors.verify.outcome import Check, own
from generator.look.sheets import HEADER_ROW

SHEETS = "Cover, contents and notes sheets"
ONE_TABLE = "One table a sheet"
MERGED = "No merged cells"
NUMBERS = "Figures stored as numbers"
NAMES = (SHEETS, ONE_TABLE, MERGED, NUMBERS)
_FIGURE = re.compile(r"[£$€]?[-−]?\d[\d,]*(\.\d+)?%?")

Value = str | float | None


@dataclass
class Sheet:
    """A sheet as read back: its rows of values (a number as a float, text as str)."""

    name: str
    rows: list[list[Value]] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)  # where each table starts: 'A3'
    merged: int = 0


class Unreadable(Exception):
    pass


def check(path: Path) -> list[Check]:
    try:
        sheets = read_ods(path) if path.suffix.lower() == ".ods" else read_xlsx(path)
    except Unreadable as error:
        unread = [f"the file could not be read as a workbook: {error}"]
        return [own(name, unread) for name in NAMES]
    return [
        own(SHEETS, sheet_problems(sheets)),
        own(ONE_TABLE, table_problems(sheets)),
        own(
            MERGED, [f"sheet '{s.name}' has {s.merged} merged cell(s)" for s in sheets if s.merged]
        ),
        own(NUMBERS, number_problems(sheets)),
    ]


def sheet_problems(sheets: list[Sheet]) -> list[str]:
    """The cover, contents and notes sheets come first (by place: their names are in
    the edition's language, or the council's words), and the contents sheet, under
    its header row, lists every other sheet."""
    names = [sheet.name for sheet in sheets]
    if len(sheets) < 3:
        return [f"the workbook has {len(sheets)} sheet(s), not a cover, contents and notes"]
    contents = sheets[1]
    rows = contents.rows
    if len(rows) <= HEADER_ROW or len([v for v in rows[HEADER_ROW][:2] if v]) < 2:
        return [f"the contents sheet ('{contents.name}') has no header row in row 3"]
    listed = [str(row[0]) for row in rows[HEADER_ROW + 1 :] if row and row[0] is not None]
    problems = [
        f"sheet '{name}' is not listed on the contents sheet ('{contents.name}')"
        for name in names[3:]
        if name not in listed
    ]
    problems += [
        f"the contents sheet ('{contents.name}') lists '{name}', which is not a sheet"
        for name in listed
        if name not in names
    ]
    return problems


def table_problems(sheets: list[Sheet]) -> list[str]:
    start = f"A{HEADER_ROW + 1}"
    problems = []
    for sheet in sheets[3:]:
        if len(sheet.tables) != 1:
            problems.append(f"sheet '{sheet.name}' holds {len(sheet.tables)} tables, not one")
        elif sheet.tables[0] != start:
            problems.append(
                f"sheet '{sheet.name}': its table starts at {sheet.tables[0]}, not {start}"
            )
    return problems


def number_problems(sheets: list[Sheet]) -> list[str]:
    """Text that reads as a figure, in a table's rows below its header row."""
    problems = []
    for sheet in sheets[3:]:
        for number, row in enumerate(sheet.rows[HEADER_ROW + 1 :], start=HEADER_ROW + 2):
            for column, value in enumerate(row):
                if isinstance(value, str) and _FIGURE.fullmatch(value.strip()):
                    cell = f"{_letters(column)}{number}"
                    problems.append(
                        f"sheet '{sheet.name}', cell {cell}: '{value}' is text, not a number"
                    )
    return problems


def _letters(column: int) -> str:
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def read_xlsx(path: Path) -> list[Sheet]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path)
    except Exception as error:  # openpyxl raises many kinds for a file that is not one
        raise Unreadable(str(error)) from None
    sheets = []
    for worksheet in book.worksheets:
        sheet = Sheet(worksheet.title)
        for row in worksheet.iter_rows(values_only=True):
            sheet.rows.append([_xlsx_value(value) for value in row])
        sheet.tables = [str(table.ref).split(":")[0] for table in worksheet.tables.values()]
        sheet.merged = len(worksheet.merged_cells.ranges)
        sheets.append(sheet)
    return sheets


def _xlsx_value(value: Any) -> Value:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return float(value)
    return str(value)  # a date or time: not text typed as a figure


TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_NUMERIC = {"float", "percentage", "currency"}
_WIDEST = 1024  # an empty cell repeated more: the rest of the row, read as one


def read_ods(path: Path) -> list[Sheet]:
    import lxml.etree

    try:
        with zipfile.ZipFile(path) as archive:
            content = archive.read("content.xml")
        root = lxml.etree.fromstring(content)
    except (zipfile.BadZipFile, KeyError, OSError, lxml.etree.LxmlError) as error:
        raise Unreadable(str(error)) from None
    sheets = {}
    for table in root.iter(f"{{{TABLE}}}table"):
        sheet = Sheet(table.get(f"{{{TABLE}}}name", ""))
        for row in table.iter(f"{{{TABLE}}}table-row"):
            values = list(_ods_cells(row, sheet))
            repeat = int(row.get(f"{{{TABLE}}}number-rows-repeated", "1"))
            empty = all(value is None for value in values)
            sheet.rows.extend([values] * (1 if empty else repeat))
        sheets[sheet.name] = sheet
    for ranged in root.iter(f"{{{TABLE}}}database-range"):
        address = ranged.get(f"{{{TABLE}}}target-range-address", "")
        match = re.fullmatch(r"'?(.*?)'?\.([A-Z]+\d+):.*", address)
        if match and match.group(1).replace("''", "'") in sheets:
            sheets[match.group(1).replace("''", "'")].tables.append(match.group(2))
    return list(sheets.values())


def _ods_cells(row: Any, sheet: Sheet) -> Iterator[Value]:
    for cell in row:
        if not isinstance(cell.tag, str):
            continue
        covered = cell.tag == f"{{{TABLE}}}covered-table-cell"
        if not covered and cell.tag != f"{{{TABLE}}}table-cell":
            continue
        spans = (
            cell.get(f"{{{TABLE}}}number-columns-spanned"),
            cell.get(f"{{{TABLE}}}number-rows-spanned"),
        )
        if covered or any(span not in (None, "1") for span in spans):
            sheet.merged += 0 if covered else 1
        value: Value
        if cell.get(f"{{{OFFICE}}}value-type") in _NUMERIC:
            value = float(cell.get(f"{{{OFFICE}}}value", "nan"))
        else:
            text = "\n".join("".join(p.itertext()) for p in cell.iter(f"{{{TEXT}}}p"))
            value = text or None
        repeat = int(cell.get(f"{{{TABLE}}}number-columns-repeated", "1"))
        yield from [value] * (1 if value is None and repeat > _WIDEST else repeat)
