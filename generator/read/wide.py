"""Wide trackers, read as performance teams keep them.

A row per indicator (and series), a column per quarter headed as teams write
it ("Q1 22/23", "2022/23 Q1", "Q1 2022-23", "Apr-Jun 2022"); the definition's
`tracker:` names the indicator column (and the series column, and the sheet).
A RAG typed by hand is kept to be checked against the definition's rating
(never shown); other columns (notes, owner) are not read, and the build says
so once. Each figure is checked as a tidy row would be, and a bad one is named
by its cell ("sheet KPIs, cell F7").
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.core.errors import InputError
from generator.core.periods import PeriodError, Quarter
from generator.read.definitions import Report, Tracker, series_match_key
from generator.read.files import regular_file
from generator.read.gap_cells import NO_FIGURE as NO_FIGURE
from generator.read.gap_cells import gap_words
from generator.read.typed_rag import RAG_HEADERS, TypedRag
from generator.read.unwritable import column_letter, csv_text, refuse_unwritable_cells

_YEARS = r"(?P<y1>\d{4}|\d{2})\s*[/-]\s*(?P<y2>\d{4}|\d{2})"
_QUARTER_FORMS = (
    re.compile(rf"^Q\s*(?P<q>\d)\s*(?:FY\s*)?{_YEARS}$", re.IGNORECASE),
    re.compile(rf"^(?:FY\s*)?{_YEARS}\s*Q\s*(?P<q>\d)$", re.IGNORECASE),
)
_MONTH_RANGE = re.compile(
    r"^(?P<m1>[A-Za-z]{3,9})\.?\s*(?:-|–|to)\s*(?P<m2>[A-Za-z]{3,9})\.?\s*(?P<year>\d{4}|\d{2})$",
    re.IGNORECASE,
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_HEADER_SEARCH_ROWS = 30


def _full_year(text: str) -> int:
    return int(text) + 2000 if len(text) == 2 else int(text)


def _month(text: str) -> int | None:
    word = text.lower()[:3]
    if word in _MONTHS:
        return _MONTHS.index(word) + 1
    return None


def parse_quarter_header(text: str) -> Quarter | None:
    """The financial-year quarter a column header names, or None for any other header.

    Raises PeriodError for a header written like a quarter that is not one
    ("Q5 22/23", "Q1 22/24", "May-Jul 2022")."""
    cleaned = " ".join(str(text).split())
    for form in _QUARTER_FORMS:
        match = form.match(cleaned)
        if match:
            first, second = _full_year(match["y1"]), int(match["y2"])
            expected = (first + 1) % 100 if len(match["y2"]) == 2 else first + 1
            if second != expected:
                raise PeriodError("the years are not consecutive")
            return Quarter(first, int(match["q"]))
    match = _MONTH_RANGE.match(cleaned)
    if match:
        start, end = _month(match["m1"]), _month(match["m2"])
        if start is None or end is None:
            return None
        if start not in (1, 4, 7, 10) or end != start + 2:
            raise PeriodError("quarters run Apr-Jun, Jul-Sep, Oct-Dec and Jan-Mar")
        year = _full_year(match["year"])
        return Quarter(year - 1, 4) if start == 1 else Quarter(year, (start - 1) // 3)
    return None


@dataclass(frozen=True)
class TrackerCell:
    """One figure of a tracker, with the place a message names."""

    indicator: str
    series: str
    quarter: Quarter
    value: str
    row: int
    where: str  # "sheet KPIs, cell F7"


@dataclass(frozen=True)
class TrackerGrid:
    """A tracker's sheet as text cells, and where its header row is."""

    sheet: str | None  # None for a CSV file
    rows: list[list[str]]
    header_row: int  # 0-based
    percent_cells: frozenset[tuple[int, int]] = frozenset()  # formatted as %, (row, column)
    hidden: tuple[str, ...] = ()  # hidden sheets passed over to find it

    def where(self, row: int, column: int) -> str:
        """'sheet KPIs, cell F7' (row and column 0-based)."""
        cell = f"cell {column_letter(column)}{row + 1}"
        return f"sheet {self.sheet}, {cell}" if self.sheet is not None else cell

    @property
    def header(self) -> list[str]:
        return [h.strip() for h in self.rows[self.header_row]]


def _find_row(rows: list[list[str]], is_header: Callable[[list[str]], bool]) -> int | None:
    for index, row in enumerate(rows[:_HEADER_SEARCH_ROWS]):
        if is_header(row):
            return index
    return None


def tracker_grid(path: Path, column: str, sheet: str | None = None) -> TrackerGrid:
    """Read a tracker (CSV, XLSX, XLS or ODS) whose header row holds `column`."""
    wanted = series_match_key(column)
    return find_tracker_grid(
        path,
        lambda row: any(series_match_key(cell) == wanted for cell in row),
        f"'{column}' column",
        sheet,
        fix=f"Put a header row with a '{column}' column above the indicators",
    )


def find_tracker_grid(
    path: Path,
    is_header: Callable[[list[str]], bool],
    what: str,
    sheet: str | None = None,
    *,
    fix: str,
) -> TrackerGrid:
    """Read a tracker whose header row (within the first 30 rows) passes `is_header`:
    without `sheet`, the first visible sheet that has one; `what` names it in messages
    ("no row names a {what}")."""
    name = str(path)
    if not regular_file(path, "data file", fix="Check data_files in the definition"):
        raise InputError("data file not found", file=name, fix="Check data_files in the definition")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        text = csv_text(path, file=name)
        rows = [list(r) for r in csv.reader(io.StringIO(text))]
        header = _find_row(rows, is_header)
        if header is None:
            raise InputError(f"no row names a {what}", file=name, fix=fix)
        return TrackerGrid(None, rows, header)
    from generator.read.sheets import OTHER_WORKBOOKS

    if suffix in OTHER_WORKBOOKS:
        return _other_workbook_grid(path, is_header, what, sheet, fix=fix)
    if suffix not in (".xlsx", ".xlsm"):
        raise InputError(
            f"cannot read '{suffix}' files", file=name, fix="Use .csv, .xlsx, .xls or .ods"
        )
    from generator.read.sheets import excel_rows

    hidden: list[str] = []

    def choose(book: Any, file: str) -> Any:
        if sheet is not None:
            if sheet not in book.sheetnames:
                raise InputError(
                    f"there is no sheet '{sheet}' (sheets: {', '.join(book.sheetnames)})",
                    file=file,
                    fix="Correct tracker: sheet: in the definition",
                )
            return book[sheet]
        # Visible sheets only: a hidden one is most often a year no longer kept.
        hidden.extend(c.title for c in book.worksheets if c.sheet_state != "visible")
        for candidate in book.worksheets:
            if candidate.title in hidden:
                continue
            candidate.reset_dimensions()
            top = [
                ["" if v is None else str(v) for v in r]
                for r in candidate.iter_rows(max_row=_HEADER_SEARCH_ROWS, values_only=True)
            ]
            if _find_row(top, is_header) is not None:
                return candidate
        if hidden:
            raise InputError(
                f"no visible sheet has a {what} (sheets: "
                f"{', '.join(book.sheetnames)}; hidden: {', '.join(hidden)})",
                file=file,
                fix="Unhide the sheet to read in Excel, or name it with tracker: sheet: in "
                "the definition",
            )
        raise InputError(
            f"no sheet has a {what} (sheets: {', '.join(book.sheetnames)})",
            file=file,
            fix=fix,
        )

    title, rows, percent = excel_rows(path, choose)
    refuse_unwritable_cells(rows, file=name, sheet=title, excel=True)
    header = _find_row(rows, is_header)
    if header is None:
        raise InputError(f"no row names a {what}", file=name, where=f"sheet {title}", fix=fix)
    return TrackerGrid(title, rows, header, frozenset(percent), tuple(hidden))


def _other_workbook_grid(
    path: Path, is_header: Callable[[list[str]], bool], what: str, sheet: str | None, *, fix: str
) -> TrackerGrid:
    """An .xls or .ods tracker (read with pandas): every sheet is taken as visible."""
    from generator.read.sheets import other_workbook_sheets

    name = str(path)
    sheets = other_workbook_sheets(path)
    names = ", ".join(title for title, _ in sheets)
    if sheet is not None:
        chosen = [(title, rows) for title, rows in sheets if title == sheet]
        if not chosen:
            raise InputError(
                f"there is no sheet '{sheet}' (sheets: {names})",
                file=name,
                fix="Correct tracker: sheet: in the definition",
            )
    else:
        chosen = [(title, rows) for title, rows in sheets if _find_row(rows, is_header) is not None]
        if not chosen:
            raise InputError(f"no sheet has a {what} (sheets: {names})", file=name, fix=fix)
    title, rows = chosen[0]
    refuse_unwritable_cells(rows, file=name, sheet=title)
    header = _find_row(rows, is_header)
    if header is None:
        raise InputError(f"no row names a {what}", file=name, where=f"sheet {title}", fix=fix)
    return TrackerGrid(title, rows, header)


def quarter_columns(grid: TrackerGrid, file: str) -> dict[int, Quarter]:
    """Column index -> quarter, for every header that names one."""
    found: dict[int, Quarter] = {}
    seen: dict[Quarter, int] = {}
    for column, text in enumerate(grid.header):
        try:
            quarter = parse_quarter_header(text)
        except PeriodError as exc:
            raise InputError(
                f"the header '{' '.join(text.split())}' is not a quarter ({exc})",
                file=file,
                where=grid.where(grid.header_row, column),
                fix="Head each quarter's column like 'Q1 22/23', '2022/23 Q1' or 'Apr-Jun 2022'",
            ) from None
        if quarter is None:
            continue
        if quarter in seen:
            raise InputError(
                f"two columns are headed {quarter} ({column_letter(seen[quarter])} and "
                f"{column_letter(column)})",
                file=file,
                where=grid.where(grid.header_row, column),
                period=str(quarter),
                fix="Keep one column per quarter",
            )
        seen[quarter] = column
        found[column] = quarter
    return found


@dataclass(frozen=True)
class TrackerReading:
    """What a tracker gives: its figures, the RAGs typed beside them, and a warning
    naming the columns not read (or None)."""

    cells: list[TrackerCell]
    typed_rags: list[TypedRag]
    warning: str | None


def read_tracker(path: Path, tracker: Tracker, report: Report) -> TrackerReading:
    """A tracker's figures, the RAGs typed beside them, and a warning naming the columns
    not read (or None)."""
    name = str(path)
    grid = tracker_grid(path, tracker.indicator_column, tracker.sheet)
    header = grid.header
    keys = [series_match_key(h) for h in header]
    id_column = keys.index(series_match_key(tracker.indicator_column))
    series_column: int | None = None
    if tracker.series_column is not None:
        series_column = _named_column(
            tracker.series_column,
            tracker,
            keys,
            grid,
            name,
            "Correct tracker: series_column: in the definition",
        )
    rag_column = _rag_column(tracker, keys, grid, name)
    quarters = quarter_columns(grid, name)
    if not quarters:
        raise InputError(
            "no column is headed with a quarter",
            file=name,
            where=grid.where(grid.header_row, 0).rsplit(",", 1)[0] if grid.sheet else None,
            fix="Head each quarter's column like 'Q1 22/23', '2022/23 Q1' or 'Apr-Jun 2022'",
        )
    used = {id_column, *quarters}
    used |= {c for c in (series_column, rag_column) if c is not None}
    ignored = [
        header[c] or f"column {column_letter(c)}"
        for c in range(len(header))
        if c not in used and (header[c] or _column_has_text(grid, c))
    ]
    cells: list[TrackerCell] = []
    typed: list[TypedRag] = []
    for row_index in range(grid.header_row + 1, len(grid.rows)):
        row = grid.rows[row_index]

        def cell(column: int, row: list[str] = row) -> str:
            return row[column].strip() if column < len(row) else ""

        indicator_id = cell(id_column)
        if not indicator_id:
            continue
        columns = sorted(quarters.items(), key=lambda item: item[1])
        figures = [(c, q, cell(c)) for c, q in columns if gap_words(cell(c)) is None]
        if not figures:
            continue  # a section heading, a note in the id column, or a row not yet kept
        series = cell(series_column) if series_column is not None else ""
        if rag_column is not None and cell(rag_column):
            place = f"{name}, {grid.where(row_index, rag_column)}"
            typed.append(TypedRag(indicator_id, cell(rag_column), place))
        # The cells with no figure too: a gap keeps its words, and a late figure its cell.
        for column, quarter, value in [(c, q, cell(c)) for c, q in columns]:
            cells.append(
                TrackerCell(
                    indicator_id,
                    series,
                    quarter,
                    value,
                    row_index + 1,
                    grid.where(row_index, column),
                )
            )
    warning = None
    if ignored:
        place = f"sheet {grid.sheet}: " if grid.sheet else ""
        warning = f"{name}: {place}columns not read (not quarters): " + ", ".join(ignored)
    return TrackerReading(cells, typed, warning)


def _rag_column(tracker: Tracker, keys: list[str], grid: TrackerGrid, name: str) -> int | None:
    """The column of the RAG the team typed: the one the definition names (refused where
    there is none), else one headed 'RAG', 'RAG rating' or 'RAG status', else None."""
    if tracker.rag_column is None:
        return next((c for c, key in enumerate(keys) if key in RAG_HEADERS), None)
    return _named_column(
        tracker.rag_column,
        tracker,
        keys,
        grid,
        name,
        "Correct tracker: rag_column: in the definition, or leave it out",
    )


def _named_column(
    column: str, tracker: Tracker, keys: list[str], grid: TrackerGrid, name: str, fix: str
) -> int:
    """The column the definition names beside the indicator column; refused, naming the
    header row, where the tracker has none so headed."""
    wanted = series_match_key(column)
    if wanted not in keys:
        raise InputError(
            f"no '{column}' column beside '{tracker.indicator_column}'",
            file=name,
            where=f"sheet {grid.sheet}, row {grid.header_row + 1}"
            if grid.sheet
            else f"row {grid.header_row + 1}",
            fix=fix,
        )
    return keys.index(wanted)


def _column_has_text(grid: TrackerGrid, column: int) -> bool:
    return any(
        column < len(row) and row[column].strip() for row in grid.rows[grid.header_row + 1 :]
    )
