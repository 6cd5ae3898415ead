"""A workbook's sheet as rows of text cells: the one place openpyxl (and, for .xls and .ods
files, pandas) is used to read."""

from __future__ import annotations

import datetime
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.core.durations import time_text
from generator.core.errors import InputError
from generator.read.zips import PackageRefused, check_package, megabytes

EXCEL_ROWS = 1_048_576  # the last row and column a sheet can have
EXCEL_COLUMNS = 16_384


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
    blank_rows = 0  # empty rows not yet kept: kept only when a row with cells follows
    percent: set[tuple[int, int]] = set()
    for row_number, (cached, written) in enumerate(
        zip(values_sheet.iter_rows(), formula_sheet.iter_rows(values_only=True), strict=False),
        start=1,
    ):
        if row_number > EXCEL_ROWS or len(cached) > EXCEL_COLUMNS:
            # A damaged sheet can number a row or a cell past Excel's last: read-only
            # openpyxl would pad the rows (or the row) before it with empty cells for ever.
            raise InputError(
                f"the sheet has a cell past Excel's last row ({EXCEL_ROWS:,}) or column "
                f"({EXCEL_COLUMNS:,}); the file is damaged",
                file=name,
                where=where_sheet,
                fix="Open the workbook in Excel and save it again as .xlsx",
            )
        if not cached:
            blank_rows += 1
            continue
        rows.extend([] for _ in range(blank_rows))
        blank_rows = 0
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


# Workbooks openpyxl cannot read, read with pandas (xlrd for .xls, odfpy for .ods): pandas is
# imported only for them, never at the start of a build of .xlsx or .csv files (0.4 s).
OTHER_WORKBOOKS = (".xls", ".ods")
MAX_OTHER_BYTES = 50 * 1024 * 1024  # as a part of an .xlsx: a large tracker is a few MB


def other_workbook_sheets(path: Path) -> list[tuple[str, list[list[str]]]]:
    """Every sheet of an .xls or .ods workbook, in order, as text cells (rows and columns
    as the spreadsheet numbers them, so that a message's cell is the one a user sees).
    Neither reader says which sheets are hidden or which cells are percentages: every
    sheet is read, and a cell shown as 75.4% is read as the 0.754 it holds."""
    name = str(path)
    suffix = path.suffix.lower()
    fix = "Save it again as .xlsx (or as .xls or .ods)"
    try:
        if suffix == ".ods":
            check_package(path)  # a zip of XML parts, as an .xlsx is
        elif path.stat().st_size > MAX_OTHER_BYTES:
            raise PackageRefused(f"it is larger than {megabytes(MAX_OTHER_BYTES)} (the limit)")
    except PackageRefused as exc:
        raise InputError(f"the workbook cannot be read: {exc.problem}", file=name, fix=fix) from exc
    except (OSError, zipfile.BadZipFile) as exc:
        raise InputError(
            f"cannot open the workbook ({type(exc).__name__})", file=name, fix=fix
        ) from exc
    try:
        with warnings.catch_warnings():
            # pandas 3 says its xlrd engine will go in pandas 4: not the user's business.
            warnings.simplefilter("ignore", DeprecationWarning)
            warnings.simplefilter("ignore", FutureWarning)
            frames = _read_excel(path, suffix)
    except MemoryError:
        raise
    except Exception as exc:  # xlrd and odfpy raise many types for a damaged file
        raise InputError(
            f"cannot open the workbook ({type(exc).__name__})", file=name, fix=fix
        ) from exc
    sheets: list[tuple[str, list[list[str]]]] = []
    for title, frame in frames.items():
        rows = [[_other_cell_text(v) for v in row] for row in frame.itertuples(index=False)]
        while rows and not any(rows[-1]):
            rows.pop()
        sheets.append((str(title), rows))
    return sheets


def _read_excel(path: Path, suffix: str) -> dict[str, Any]:
    """Every sheet, by name, as a pandas frame of the cells as they are."""
    import pandas as pd  # here only: 0.4 s to import

    frames: dict[str, Any] = pd.read_excel(
        path,
        sheet_name=None,
        header=None,
        dtype=object,
        engine="xlrd" if suffix == ".xls" else "odf",
        keep_default_na=False,
        na_filter=False,
    )
    return frames


def _other_cell_text(value: object) -> str:
    """A cell as openpyxl's reading gives it: a time as 00:02:35, a whole float without .0."""
    if value is None or (isinstance(value, float) and value != value):  # NaN: an empty cell
        return ""
    if hasattr(value, "to_pydatetime"):  # a pandas Timestamp: as a datetime is written
        value = value.to_pydatetime()
    return cell_text(value)
