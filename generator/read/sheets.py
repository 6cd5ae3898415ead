"""A workbook's sheet as rows of text cells: the one place openpyxl is used to read."""

from __future__ import annotations

import datetime
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.core.durations import time_text
from generator.core.errors import InputError
from generator.read.zips import PackageRefused, check_package


def excel_rows(
    path: Path, choose: Callable[[Any, str], Any]
) -> tuple[str, list[list[str]], set[tuple[int, int]]]:
    """The rows of the sheet `choose(book, file name)` picks, as text cells, to the last row
    whatever the sheet declares; returns the sheet's title, the rows and the (row, column)
    of every cell formatted as a percentage (0-based)."""
    import openpyxl  # imported here: only Excel users pay for it

    name = str(path)
    try:
        check_package(path)  # before openpyxl opens it: sizes, DTDs and entities
    except PackageRefused as exc:
        raise InputError(
            f"the workbook cannot be read: {exc.problem}",
            file=name,
            fix="Save it again from Excel as .xlsx",
        ) from exc
    except (OSError, zipfile.BadZipFile) as exc:
        raise InputError(
            f"cannot open the workbook ({type(exc).__name__})",
            file=name,
            fix="Save it again from Excel as .xlsx",
        ) from exc
    try:
        values_book = openpyxl.load_workbook(path, data_only=True, read_only=True)
        formula_book = openpyxl.load_workbook(path, data_only=False, read_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise InputError(
            f"cannot open the workbook ({type(exc).__name__})",
            file=name,
            fix="Save it again from Excel as .xlsx",
        ) from exc
    try:
        return _read_rows(name, values_book, formula_book, choose)
    except (InputError, MemoryError):
        raise
    except Exception as exc:  # a read-only workbook's sheets are parsed as they are read
        raise InputError(
            f"cannot read the workbook ({type(exc).__name__})",
            file=name,
            fix="Save it again from Excel as .xlsx",
        ) from exc
    finally:
        values_book.close()
        formula_book.close()


def _read_rows(
    name: str, values_book: Any, formula_book: Any, choose: Callable[[Any, str], Any]
) -> tuple[str, list[list[str]], set[tuple[int, int]]]:
    import openpyxl

    values_sheet = choose(values_book, name)
    formula_sheet = formula_book[values_sheet.title]
    # A read-only sheet trusts its declared <dimension>, which a program other than
    # Excel may write too small: rows after it would be dropped silently.
    values_sheet.reset_dimensions()
    formula_sheet.reset_dimensions()
    where_sheet = f"sheet '{values_sheet.title}'"
    rows: list[list[str]] = []
    percent: set[tuple[int, int]] = set()
    for row_number, (cached, written) in enumerate(
        zip(values_sheet.iter_rows(), formula_sheet.iter_rows(values_only=True), strict=False),
        start=1,
    ):
        cells: list[str] = []
        for column, (cell, formula) in enumerate(zip(cached, written, strict=False), start=1):
            value = cell.value
            if value is None and isinstance(formula, str) and formula.startswith("="):
                raise InputError(
                    f"cell {openpyxl.utils.get_column_letter(column)}{row_number} holds a "
                    "formula with no saved value",
                    file=name,
                    where=f"{where_sheet}, row {row_number}",
                    fix="Open the workbook in Excel and save it, or paste the values",
                )
            if isinstance(value, int | float) and "%" in str(getattr(cell, "number_format", "")):
                # Excel shows 0.754 formatted as a percentage as 75.4%
                value = round(value * 100, 10)
                percent.add((row_number - 1, column - 1))
            cells.append("" if value is None else cell_text(value))
        rows.append(cells)
    while rows and not any(rows[-1]):
        rows.pop()
    return str(values_sheet.title), rows, percent


def cell_text(value: object) -> str:
    """A cell's value as text; a time or a duration ('02:35' formatted as time) as
    'h:mm:ss' (core/durations.py reads it)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.timedelta):
        return time_text(value.total_seconds())
    if isinstance(value, datetime.time):
        return time_text(
            value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6
        )
    return str(value)
