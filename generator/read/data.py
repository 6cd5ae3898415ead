"""Quarterly data: CSV or Excel into validated observations.

This is the only module that reads data files. Every row is checked against
the report definition, and a bad row is reported with its file, row number,
indicator and period.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from generator.core.durations import CLOCK_FORMS, clock_seconds, duration_value, is_duration
from generator.core.errors import InputError
from generator.core.periods import PeriodError, Quarter, parse_quarter
from generator.read.definitions import Indicator, Report
from generator.read.files import regular_file
from generator.read.gap_cells import gap_words
from generator.read.sheets import OTHER_WORKBOOKS, excel_rows, other_workbook_sheets
from generator.read.typed_rag import TypedRag
from generator.read.unwritable import csv_text, refuse_unwritable_cells

REQUIRED_COLUMNS = ("indicator", "period", "series", "value")
OPTIONAL_COLUMNS = ("status",)
COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
_COLUMN_LIST = ", ".join(COLUMNS)  # named by each message about the header
STATUSES = ("", "provisional")
# Commas only between groups of three digits: "2,164" or "£1,234.5", never "21,64,0".
_THOUSANDS = re.compile(r"^£?\d{1,3}(,\d{3})+(\.\d+)?%?$")


@dataclass(frozen=True)
class Observation:
    indicator: str
    series: str
    quarter: Quarter
    value: float
    provisional: bool
    file: str
    row: int


Key = tuple[str, str, Quarter]


@dataclass(frozen=True)
class Gap:
    """A cell that gives no figure for its quarter, and the words it gives instead."""

    reason: str  # '' where the cell is blank or only marked ('-', 'n/a', 'TBC')
    file: str
    where: str  # "row 7", or "sheet KPIs, cell H2"

    @property
    def place(self) -> str:
        return f"{self.file}, {self.where}"


@dataclass(frozen=True)
class Dataset:
    """Validated observations keyed by (indicator, series, quarter)."""

    observations: Mapping[Key, Observation]
    warnings: tuple[str, ...] = ()  # said once per build, e.g. a tracker's ignored columns
    gaps: Mapping[Key, Gap] = field(default_factory=dict)  # cells with no figure, and why
    # A cumulative KPI's profiled target by (indicator, quarter), from its profile series.
    profiles: Mapping[tuple[str, Quarter], float] = field(default_factory=dict)
    # The RAGs a tracker's rows give (checked against the definition's, never shown).
    typed_rags: tuple[TypedRag, ...] = ()

    def profile(self, indicator: str, quarter: Quarter) -> float | None:
        return self.profiles.get((indicator, quarter))

    def gap(self, indicator: str, series: str, quarter: Quarter) -> Gap | None:
        return self.gaps.get((indicator, series, quarter))

    def value(self, indicator: str, series: str, quarter: Quarter) -> Observation | None:
        return self.observations.get((indicator, series, quarter))

    def quarters(self) -> list[Quarter]:
        return sorted({key[2] for key in self.observations})

    def latest_quarter(self) -> Quarter | None:
        quarters = self.quarters()
        return quarters[-1] if quarters else None

    def for_indicator(self, indicator: str) -> list[Observation]:
        """The indicator's observations in time order (then by series)."""
        return list(self._by_indicator.get(indicator, ()))

    @cached_property
    def _by_indicator(self) -> dict[str, list[Observation]]:
        """Observations grouped by indicator once, not sorted again for each one."""
        grouped: dict[str, list[Observation]] = {}
        for key, observation in sorted(self.observations.items(), key=_order):
            grouped.setdefault(key[0], []).append(observation)
        return grouped

    def as_rows(self) -> list[tuple[str, str, str, float, str]]:
        """Rows in a stable order, for the snapshot kept beside each build."""
        return [
            (o.indicator, str(o.quarter), o.series, o.value, "provisional" if o.provisional else "")
            for _, o in sorted(self.observations.items(), key=_order)
        ]


def _order(item: tuple[Key, Observation]) -> tuple[str, int, str]:
    key = item[0]
    return (key[0], key[2].index, key[1])


def _id_sort(indicator_id: str) -> tuple[str, int]:
    digits = "".join(c for c in indicator_id if c.isdigit())
    return (indicator_id.rstrip("0123456789"), int(digits) if digits else 0)


@dataclass(frozen=True)
class _Table:
    """A data file's cells as text: the header and each row with its spreadsheet row number."""

    header: list[str]
    rows: list[tuple[int, list[str]]]


def _read_table(path: Path) -> _Table:
    """Read one file as text cells (the standard library's csv: no pandas to import, so
    `appendix check` starts in a fraction of a second)."""
    name = str(path)
    fix = "Check data_files in data/report.yaml"
    if not regular_file(path, "data file", fix=fix):
        raise InputError("data file not found", file=name, fix=fix)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        text = csv_text(path, file=name)
        try:
            # Row numbers are records, as Excel numbers them (a blank line is a row).
            records = list(csv.reader(io.StringIO(text, newline="")))
        except csv.Error as exc:
            raise InputError(
                f"not a well-formed CSV file ({exc})",
                file=name,
                fix="Check for stray commas or quotes",
            ) from exc
        while records and not any(cell.strip() for cell in records[-1]):
            records.pop()
        if not records:
            raise InputError(
                "the file is empty",
                file=name,
                fix="Add a header row: " + ",".join(COLUMNS),
            )
        header = records[0]
        rows = list(enumerate(records[1:], start=2))
        return _Table(header, rows)
    if suffix in (".xlsx", ".xlsm"):
        return _read_excel(path)
    if suffix in OTHER_WORKBOOKS:
        return _read_other_workbook(path)
    raise InputError(
        f"cannot read '{suffix}' files", file=name, fix="Use .csv, .xlsx, .xls or .ods"
    )


def _read_excel(path: Path) -> _Table:
    title, rows, _ = excel_rows(path, _data_sheet)
    refuse_unwritable_cells(rows, file=str(path), sheet=title, excel=True)
    header = [h.strip() for h in rows[0]]
    width = len(header)
    body = [(number, (r + [""] * width)[:width]) for number, r in enumerate(rows[1:], start=2)]
    return _Table(header, body)


def _read_other_workbook(path: Path) -> _Table:
    """An .xls or .ods data file (read with pandas, imported only for them): its first
    sheet whose first row names the columns, as for an .xlsx."""
    name = str(path)
    sheets = other_workbook_sheets(path)
    for title, rows in sheets:
        if rows and _names_columns(rows[0]):
            refuse_unwritable_cells(rows, file=name, sheet=title)
            header = [h.strip() for h in rows[0]]
            width = len(header)
            body = [
                (number, (r + [""] * width)[:width]) for number, r in enumerate(rows[1:], start=2)
            ]
            return _Table(header, body)
    raise _no_data_sheet(name, [title for title, _ in sheets])


def _names_columns(first_row: Iterable[object]) -> bool:
    return any(str(cell).strip().lower() == "indicator" for cell in first_row if cell is not None)


def _no_data_sheet(name: str, titles: Iterable[str]) -> InputError:
    listed = ", ".join(f"'{title}'" for title in titles)
    return InputError(
        f"no sheet has a header row with an 'indicator' column (sheets: {listed})",
        file=name,
        fix="Put the header row ("
        + ", ".join(REQUIRED_COLUMNS)
        + ") on the first row of the data sheet",
    )


def _data_sheet(book: Any, name: str) -> Any:
    """The first sheet whose first row names the columns (a notes sheet may come first)."""
    for sheet in book.worksheets:
        sheet.reset_dimensions()
        first = next(sheet.iter_rows(max_row=1, values_only=True), ())
        if _names_columns(first):
            return sheet
    raise _no_data_sheet(name, [sheet.title for sheet in book.worksheets])


def _check_columns(table: _Table, name: str) -> _Table:
    header = [str(c).strip().lower() for c in table.header]
    width = len(header)
    # Columns with no name and nothing in them: trailing commas from a spreadsheet.
    keep = [
        i
        for i, c in enumerate(header)
        if c or any(i < len(row) and row[i].strip() for _, row in table.rows)
    ]
    columns = [header[i] for i in keep]
    if len(columns) == 1 and ";" in columns[0]:
        raise InputError(
            "the columns are separated by semicolons",
            file=name,
            where="header row",
            fix="Save the file as CSV with commas (in Excel: CSV UTF-8 (Comma delimited))",
        )
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise InputError(
            f"column '{missing[0]}' is missing",
            file=name,
            where="header row",
            fix=f"The columns are: {_COLUMN_LIST}",
        )
    for number, row in table.rows:
        if any(cell.strip() for cell in row[width:]):
            raise InputError(
                f"not a well-formed CSV file (row {number} has {len(row)} cells; "
                f"the header row names {width} columns)",
                file=name,
                where=f"row {number}",
                fix="Check for stray commas or quotes",
            )
    unnamed = [i for i, c in zip(keep, columns, strict=True) if not c]
    if unnamed:
        raise InputError(
            f"column {unnamed[0] + 1} has values but no name",
            file=name,
            where="header row",
            fix=f"Name it or delete its values; the columns are: {_COLUMN_LIST}",
        )
    extra = [c for c in columns if c not in COLUMNS]
    if extra:
        raise InputError(
            f"unknown column '{extra[0]}'",
            file=name,
            where="header row",
            fix=f"Remove it or rename it; the columns are: {_COLUMN_LIST}",
        )
    twice = [c for i, c in enumerate(columns) if c in columns[:i]]
    if twice:
        raise InputError(
            f"column '{twice[0]}' appears twice",
            file=name,
            where="header row",
            fix="Delete or rename one of them",
        )
    if not table.rows:
        raise InputError(
            "the file has a header but no rows", file=name, fix="Add the quarter's data"
        )
    padded = [(n, row + [""] * (width - len(row))) for n, row in table.rows]
    return _Table(columns, [(n, [row[i] for i in keep]) for n, row in padded])


def _parse_value(text: str, *, name: str, where: str, indicator: Indicator, period: str) -> float:
    def problem(message: str, fix: str) -> InputError:
        return InputError(
            message, file=name, where=where, indicator=indicator.id, period=period, fix=fix
        )

    cleaned = text.strip()
    if is_duration(indicator.unit):
        held = duration_value(cleaned, indicator.unit)
        if held is None:
            raise problem(
                f"value '{text}' is not a duration", f"Write {CLOCK_FORMS[indicator.unit]}"
            )
        cleaned = repr(held)
    if "," in cleaned and re.fullmatch(r"£?[\d,]+(\.\d+)?%?", cleaned):
        if not _THOUSANDS.match(cleaned):
            raise problem(
                f"value '{text}' has its thousands separators out of place",
                "Write the number with a comma every three digits (2,164) or none (2164)",
            )
        cleaned = cleaned.replace(",", "")
    if indicator.unit == "gbp":
        cleaned = cleaned.removeprefix("£")
    if indicator.unit == "percent":
        cleaned = cleaned.removesuffix("%")
    try:
        value = float(cleaned)
    except ValueError:
        if clock_seconds(cleaned, "minutes") is not None:
            raise problem(
                f"value '{text}' is a time, but the unit is {indicator.unit}",
                "For a duration, set unit: minutes (shown 2:35) or hours in data/report.yaml",
            ) from None
        raise problem(
            f"value '{text}' is not a number", "Write a plain number such as 75.2 or 4688"
        ) from None
    if not math.isfinite(value):
        raise problem(
            f"value '{text}' is not a number", "Write a plain number such as 75.2 or 4688"
        )
    if abs(value) >= 1e12:
        raise problem(
            f"value '{text}' is too large to be a figure", "Check the figure and its units"
        )
    if value < 0:
        raise problem(
            f"value {text} is negative", "Counts, rates, costs and percentages cannot be below 0"
        )
    if indicator.unit == "percent" and value > 100:
        raise problem(f"percentage {text} is over 100", "Write percentages as 0 to 100, e.g. 75.2")
    return value


def load_data(report: Report, files: Iterable[Path] | None = None) -> Dataset:
    """Read every data file of the report; later files may not repeat earlier rows."""
    observations: dict[Key, Observation] = {}
    gaps: dict[Key, Gap] = {}
    profiles: dict[tuple[str, Quarter], float] = {}
    warnings: list[str] = []
    typed_rags: list[TypedRag] = []
    for path in files if files is not None else report.data_files:
        # A tracker is the report's own data file; a snapshot kept by a build is tidy.
        if report.tracker is not None and path in report.data_files:
            from generator.read.wide import read_tracker

            reading = read_tracker(path, report.tracker, report)
            if reading.warning:
                warnings.append(reading.warning)
            typed_rags += reading.typed_rags
            for cell in reading.cells:
                add_observation(
                    observations,
                    report,
                    gaps=gaps,
                    name=str(path),
                    where=cell.where,
                    row_number=cell.row,
                    indicator_id=cell.indicator,
                    period_text=str(cell.quarter),
                    series=cell.series,
                    value_text=cell.value,
                    status="",
                    profiles=profiles,
                )
            continue
        name = str(path)
        table = _check_columns(_read_table(path), name)
        has_status = "status" in table.header
        for number, record in table.rows:
            row = dict(zip(table.header, record, strict=True))
            if not any(v.strip() for v in row.values()):
                continue  # a blank line
            add_observation(
                observations,
                report,
                gaps=gaps,
                name=name,
                where=f"row {number}",
                row_number=number,
                indicator_id=row["indicator"].strip(),
                period_text=row["period"].strip(),
                series=row["series"].strip(),
                value_text=row["value"],
                status=row["status"] if has_status else "",
                profiles=profiles,
            )
    for key in observations:
        gaps.pop(key, None)  # a figure in another file or row is the figure
    return Dataset(observations, tuple(warnings), gaps, profiles, tuple(typed_rags))


def add_observation(
    observations: dict[Key, Observation],
    report: Report,
    *,
    name: str,
    where: str,
    row_number: int,
    indicator_id: str,
    period_text: str,
    series: str,
    value_text: str,
    status: str,
    gaps: dict[Key, Gap] | None = None,
    profiles: dict[tuple[str, Quarter], float] | None = None,
) -> None:
    """Validate one figure against the definition and add it; InputError names the place.
    A cell with no figure ('', 'TBC', 'n/a – new measure') is kept in `gaps` with its words."""
    indicator = report.indicator(indicator_id)
    if indicator is None:
        known = ", ".join(sorted((i.id for i in report.indicators), key=_id_sort))
        raise InputError(
            f"unknown indicator '{indicator_id}'",
            file=name,
            where=where,
            period=period_text or None,
            fix=f"Use an id from data/report.yaml ({known})",
        )
    try:
        quarter = parse_quarter(period_text)
    except PeriodError as exc:
        raise InputError(
            str(exc),
            file=name,
            where=where,
            indicator=indicator_id,
            fix="Fix the period column",
        ) from None
    if series and indicator.is_profile(series):  # a profiled target, not a figure
        if profiles is not None and gap_words(value_text) is None:
            profiles[(indicator_id, quarter)] = _parse_value(
                value_text, name=name, where=where, indicator=indicator, period=str(quarter)
            )
        return
    known_series = indicator.series_ids()
    if not series:
        if len(known_series) != 1:
            raise InputError(
                "the series is blank but this indicator has several",
                file=name,
                where=where,
                indicator=indicator_id,
                period=str(quarter),
                fix="Write one of: " + ", ".join(sorted(known_series)),
            )
        series = next(iter(known_series))
    elif (matched := indicator.series_for(series)) is not None:
        series = matched
    else:
        raise InputError(
            f"unknown series '{series}'",
            file=name,
            where=where,
            indicator=indicator_id,
            period=str(quarter),
            fix="Use one of the series the definition names (case and spaces "
            "do not matter): " + ", ".join(sorted(known_series)),
        )
    words = gap_words(value_text)
    if words is not None:
        if gaps is not None:
            gaps.setdefault((indicator_id, series, quarter), Gap(words, name, where))
        return
    value = _parse_value(
        value_text, name=name, where=where, indicator=indicator, period=str(quarter)
    )
    status_word = status.strip().lower()
    if status_word not in STATUSES:
        raise InputError(
            f"status '{status}' is not known",
            file=name,
            where=where,
            indicator=indicator_id,
            period=str(quarter),
            fix="Leave status blank or write 'provisional'",
        )
    key = (indicator_id, series, quarter)
    if key in observations:
        earlier = observations[key]
        raise InputError(
            f"a second value for series '{series}' (the first is in "
            f"{Path(earlier.file).name}, row {earlier.row})",
            file=name,
            where=where,
            indicator=indicator_id,
            period=str(quarter),
            fix="Keep one row per indicator, series and period",
        )
    observations[key] = Observation(
        indicator_id, series, quarter, value, status_word == "provisional", name, row_number
    )
