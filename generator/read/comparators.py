"""Comparators' figures: from the report's comparators file, and from national extracts.

The comparators file (data/comparators.csv) is long: one row per indicator,
comparator, period and value, read with the standard library. A national extract
(area code, area name, period, measure, value; every council's figure, many
thousands of rows) is read with pandas, imported here only when an indicator
chooses a comparator from one. Periods are a quarter's name or a date in the
quarter (generator/core/periods.py, parse_period).
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from generator.core.errors import InputError
from generator.core.periods import PeriodError, Quarter, parse_period
from generator.read.comparator_fields import Comparator
from generator.read.definitions import Indicator, Report, series_match_key
from generator.read.files import regular_file
from generator.read.unwritable import csv_text

if TYPE_CHECKING:
    import pandas as pd

FILE_COLUMNS = ("indicator", "comparator", "period", "value")
EXTRACT_COLUMNS = ("area_code", "area_name", "period", "measure", "value")
# Cells a published extract uses for a figure it does not give (suppressed, not
# applicable, not available): read as no figure, as a blank cell is.
NO_FIGURE = frozenset({"", "..", ":", "-", "x", "[c]", "[x]", "[z]", "[low]", "n/a", "na"})


@dataclass(frozen=True)
class ComparatorFigures:
    """Every comparator's figures, and where asked every council's."""

    # By indicator id and comparator: each quarter's figure (a quarter not there: no
    # figure).
    figures: dict[tuple[str, Comparator], dict[Quarter, float]] = field(default_factory=dict)
    # By indicator id and the comparator whose extract ranks it (position: true): each
    # quarter's figures of every council in the extract but this one (area_code).
    councils: dict[tuple[str, Comparator], dict[Quarter, tuple[float, ...]]] = field(
        default_factory=dict
    )

    def of(self, indicator: str, comparator: Comparator) -> dict[Quarter, float]:
        return self.figures.get((indicator, comparator), {})


def _column_key(name: str) -> str:
    """'Area code', 'area_code' and 'AREA CODE' are one column."""
    return "_".join(str(name).strip().casefold().replace("_", " ").split())


def _number(text: str) -> float | None:
    """A figure's cell: a number (commas, a % sign allowed), None for no figure, or
    NaN for text that is neither."""
    cleaned = text.strip()
    if cleaned.casefold() in NO_FIGURE:
        return None
    try:
        value = float(cleaned.replace(",", "").removesuffix("%"))
    except ValueError:
        return math.nan
    return value if math.isfinite(value) else math.nan


def load_comparators(report: Report) -> ComparatorFigures:
    """The figures of every comparator the definition names (nothing is read, and
    pandas is not imported, where it names none)."""
    users = [i for i in report.indicators if i.comparators]
    if not users:
        return ComparatorFigures()
    found = ComparatorFigures()
    if any(c.series for i in users for c in i.comparators):
        assert report.comparators_file is not None
        found.figures.update(_read_file(report.comparators_file, users))
    extracts = report.extracts()
    if extracts:
        for path in extracts:
            _from_extract(path, users, report.area_code, found)
    return found


# The comparators file ----------------------------------------------------------------


def _read_file(
    path: Path, users: list[Indicator]
) -> dict[tuple[str, Comparator], dict[Quarter, float]]:
    name = str(path)
    named = [f"{i.id} ('{c.name}', series {c.series})" for i in users for c in i.comparators]
    fix = (
        "Add the comparators file, with the columns "
        + ", ".join(FILE_COLUMNS)
        + " (docs/formats.md), or name it with comparators_file: in the definition"
    )
    if not regular_file(path, "comparators file", fix=fix):
        raise InputError(
            "the comparators file is not there; the definition names comparators from it: "
            + ", ".join(named[:3]),
            file=name,
            fix=fix,
        )
    text = csv_text(path, file=name)
    try:
        records = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise InputError(
            f"not a well-formed CSV file ({exc})", file=name, fix="Check for stray commas or quotes"
        ) from exc
    if not records:
        raise InputError(
            "the file is empty", file=name, fix="Add a header row: " + ",".join(FILE_COLUMNS)
        )
    header = [_column_key(c) for c in records[0]]
    missing = [c for c in FILE_COLUMNS if c not in header]
    if missing:
        raise InputError(
            f"the header row has no '{missing[0]}' column (it has: "
            + ", ".join(c for c in records[0] if c.strip())
            + ")",
            file=name,
            where="line 1",
            fix="Start the file with the header row " + ",".join(FILE_COLUMNS),
        )
    at = {c: header.index(c) for c in FILE_COLUMNS}
    by_id = {i.id: i for i in users}
    figures: dict[tuple[str, Comparator], dict[Quarter, float]] = {}
    seen: dict[tuple[str, str, Quarter], int] = {}
    for line, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue
        cells = {c: (record[i].strip() if i < len(record) else "") for c, i in at.items()}
        where = f"line {line}"
        indicator = by_id.get(cells["indicator"])
        if indicator is None:
            raise InputError(
                f"indicator '{cells['indicator']}' has no comparators from this file in the "
                "definition",
                file=name,
                where=where,
                indicator=cells["indicator"] or None,
                fix="Correct the indicator column, or add comparators: [{name: ..., series: "
                f"{cells['comparator'] or '...'}}}] to the indicator in the definition",
            )
        key = series_match_key(cells["comparator"])
        matching = [
            c for c in indicator.comparators if c.series and series_match_key(c.series) == key
        ]
        if not matching:
            wanted = [c.series for c in indicator.comparators if c.series]
            raise InputError(
                f"comparator '{cells['comparator']}' is not one of {indicator.id}'s comparators"
                + (f" ({', '.join(str(w) for w in wanted)})" if wanted else ""),
                file=name,
                where=where,
                indicator=indicator.id,
                fix="Correct the comparator column to a series the definition names, or add "
                f"{{name: ..., series: {cells['comparator']}}} to {indicator.id}'s comparators",
            )
        try:
            quarter = parse_period(cells["period"])
        except PeriodError as exc:
            raise InputError(str(exc), file=name, where=where, indicator=indicator.id) from None
        value = _number(cells["value"])
        if value is not None and math.isnan(value):
            raise InputError(
                f"the value '{cells['value']}' is not a number",
                file=name,
                where=where,
                indicator=indicator.id,
                period=str(quarter),
                fix="Write the comparator's figure as a number, e.g. 82.4, or leave the cell "
                "blank where there is none",
            )
        duplicate = (indicator.id, key, quarter)
        if duplicate in seen:
            raise InputError(
                f"comparator '{cells['comparator']}' has a second row for this quarter (the first "
                f"is line {seen[duplicate]})",
                file=name,
                where=where,
                indicator=indicator.id,
                period=str(quarter),
                fix="Keep one row per indicator, comparator and quarter",
            )
        seen[duplicate] = line
        for comparator in matching:
            figures.setdefault((indicator.id, comparator), {})
            if value is not None:
                figures[(indicator.id, comparator)][quarter] = value
    return figures


# National extracts -----------------------------------------------------------------


def read_extract(path: Path, measures: Mapping[str, str]) -> pd.DataFrame:
    """The extract's rows for `measures` (each with the indicators that use it, which a
    message names), validated: columns area_code, measure, quarter (a Quarter), value (a
    float, NaN for no figure) and line (the file's line). The quarter is its index
    (Quarter.index), a number, so that grouping by it is quick."""
    import pandas as pd

    name = str(path)
    fix = "Check the extract's file name in the definition's comparators (relative to data/)"
    if not regular_file(path, "national extract", fix=fix):
        raise InputError("the national extract is not there", file=name, fix=fix)
    try:
        frame = pd.read_csv(
            path, dtype=str, keep_default_na=False, encoding="utf-8-sig", skip_blank_lines=True
        )
    except UnicodeDecodeError:
        raise InputError(
            "the extract is not UTF-8 text", file=name, fix="Save it as CSV UTF-8"
        ) from None
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise InputError(
            f"not a well-formed CSV file ({str(exc).strip()})",
            file=name,
            fix="Save the extract as CSV, with the header row " + ",".join(EXTRACT_COLUMNS),
        ) from None
    frame.columns = [_column_key(c) for c in frame.columns]
    missing = [c for c in EXTRACT_COLUMNS if c not in frame.columns]
    if missing:
        raise InputError(
            f"the header row has no '{missing[0]}' column (it has: "
            + ", ".join(str(c) for c in frame.columns)
            + ")",
            file=name,
            where="line 1",
            fix="Give the extract the columns " + ", ".join(EXTRACT_COLUMNS),
        )
    frame["line"] = frame.index + 2
    wanted = sorted(set(measures))
    # Filtered on the measure column's few distinct values (each stripped once), so
    # the text of only the rows kept is read: fast on an extract of many thousands.
    named = {m: m.strip() for m in frame["measure"].unique()}
    rows = frame[frame["measure"].isin([m for m, clean in named.items() if clean in wanted])]
    rows = rows.assign(measure=rows["measure"].map(named))
    for measure in wanted:
        if measure not in named.values():
            others = sorted(set(named.values()))[:6]
            raise InputError(
                f"the extract has no rows for measure '{measure}' (it has "
                + (", ".join(f"'{m}'" for m in others) or "no rows")
                + ")",
                file=name,
                fix="Correct the measure in the definition's comparators to one the extract gives",
            )
    rows = rows.assign(area_code=rows["area_code"].str.strip())
    periods = {text: _period(text, rows, name, measures) for text in rows["period"].unique()}
    quarters = rows["period"].map({text: q.index for text, q in periods.items()})
    texts = rows["value"].str.strip()
    blank = texts.str.casefold().isin(NO_FIGURE)
    values = pd.to_numeric(
        texts.str.replace(",", "", regex=False).str.removesuffix("%"), errors="coerce"
    )
    bad = values.isna() & ~blank
    if bad.any():
        row = rows[bad].iloc[0]
        raise InputError(
            f"the value '{row['value']}' for area {row['area_code']} is not a number",
            file=name,
            where=f"line {row['line']}",
            indicator=measures[row["measure"]],
            period=str(periods[row["period"]]),
            fix="Leave the cell blank (or '..' or '[c]') where there is no figure",
        )
    result = pd.DataFrame(
        {
            "area_code": rows["area_code"],
            "measure": rows["measure"],
            "quarter": quarters,
            "value": values.where(~blank),
            "line": rows["line"],
        }
    )
    twice = result.duplicated(subset=["area_code", "measure", "quarter"], keep=False)
    if twice.any():
        first, second = result[twice].iloc[0], result[twice].iloc[1:]
        again = second[
            (second["area_code"] == first["area_code"])
            & (second["measure"] == first["measure"])
            & (second["quarter"] == first["quarter"])
        ].iloc[0]
        raise InputError(
            f"area {first['area_code']} has two rows for measure '{first['measure']}' in this "
            f"quarter (lines {first['line']} and {again['line']})",
            file=name,
            where=f"line {again['line']}",
            indicator=measures[first["measure"]],
            period=str(Quarter.from_index(int(first["quarter"]))),
            fix="Keep one row per area, period and measure",
        )
    return result


def _period(text: str, rows: Any, name: str, measures: Mapping[str, str]) -> Quarter:
    try:
        return parse_period(text)
    except PeriodError as exc:
        row = rows[rows["period"] == text].iloc[0]
        line, indicator = row["line"], measures[row["measure"]]
        raise InputError(str(exc), file=name, where=f"line {line}", indicator=indicator) from None


def _from_extract(
    path: Path, users: list[Indicator], area_code: str | None, found: ComparatorFigures
) -> None:
    """Each comparator chosen from this extract: per quarter, the mean of its areas
    where every one of them has a figure; and every council's figures for a position."""
    chosen = [(i, c) for i in users for c in i.comparators if c.extract == path]
    using: dict[str, list[str]] = {}
    for indicator, comparator in chosen:
        using.setdefault(str(comparator.measure), []).append(indicator.id)
    rows = read_extract(path, {m: ", ".join(dict.fromkeys(ids)) for m, ids in using.items()})
    for indicator, comparator in chosen:
        measure = rows[rows["measure"] == comparator.measure]
        known = set(measure["area_code"])
        absent = [a for a in comparator.areas if a not in known]
        if absent:
            raise InputError(
                f"comparator '{comparator.name}': the extract has no rows for area "
                + ", ".join(absent[:5])
                + f" in measure '{comparator.measure}'",
                file=str(path),
                indicator=indicator.id,
                fix="Correct the area codes in the definition's comparators to codes the "
                "extract gives",
            )
        picked = measure[measure["area_code"].isin(comparator.areas)]
        figures: dict[Quarter, float] = {}
        for quarter, group in picked.groupby("quarter", sort=False):
            values = group["value"]
            if len(values) == len(comparator.areas) and not values.isna().any():
                figures[Quarter.from_index(int(cast(int, quarter)))] = float(values.mean())
        found.figures[(indicator.id, comparator)] = figures
        if comparator in indicator.ranked_by:
            others = measure[(measure["area_code"] != area_code) & measure["value"].notna()]
            found.councils[(indicator.id, comparator)] = {
                Quarter.from_index(int(cast(int, quarter))): tuple(group["value"].tolist())
                for quarter, group in others.groupby("quarter", sort=False)
            }
