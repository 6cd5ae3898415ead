"""`appendix init DIR`: a working report folder to start from.

It writes a commented definition with one KPI and one activity measure, a
small data file, commentary for the latest quarter, the house style and a
README of what to edit; `appendix build` run in it works at once. With a
council's own tracker (`--from FILE`: .csv, .xlsx, .xls or .ods), the
definition lists one indicator per row (or group of series rows) found, with
the ids, titles, polarity, units and each year's target the tracker's own
columns give (tracker_columns.py); a cell it cannot read is reported with what
was written instead.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from generator.core.durations import clock, duration_value, is_duration
from generator.core.errors import InputError
from generator.core.periods import PeriodError, Quarter, fy_label
from generator.core.vocabulary import RatedPolarity
from generator.editors.tracker_columns import (
    DIRECTORATE_HEADERS,
    ID_HEADERS,
    POLARITY_HEADERS,
    SERIES_HEADERS,
    SERVICE_HEADERS,
    TITLE_HEADERS,
    UNIT_HEADERS,
    UnitReading,
    decimals_of,
    header_key,
    number_of,
    polarity_of,
    unit_of,
    year_column,
)
from generator.read.definitions import id_problem
from generator.read.files import regular_file
from generator.read.folder import ReportFolder
from generator.read.gap_cells import gap_words

DEFINITION = """\
# The report definition: what the appendix is and which indicators it holds.
# Every field is described in docs/formats.md (part 1) of the appendix tool.
# Edit the titles below, then give each of your indicators a block like EX1
# (a KPI: it has a target) or EX2 (an activity measure: no target).

title: "Appendix 1: Example Directorate Key Performance Indicators and Activity Performance"
directorate: "Example Directorate"
organisation: "Example Council"        # the document's author
id_prefix: "EX"                       # every indicator id is this prefix and a number
language: "en-GB"
chart_quarters: 10                    # how many quarters each chart shows, at most
data_files: ["quarterly.csv"]         # read in order, relative to this folder (data/)
style: "../styles/house.yaml"         # the house style, relative to this folder

indicators:
  - id: EX1
    title: "Percentage of requests answered within 10 working days"
    short_title: "Requests answered within 10 days"   # for the summary table
    kind: kpi                 # kpi (has a target) or activity (no target)
    unit: percent             # percent | count | rate | gbp
    decimals: 0               # decimals shown, and used in rating
    polarity: higher          # higher or lower is better
    years:                    # a year's fields carry over to later years
      "2023/24":
        target: 88
        floor: 78             # higher is better: floor; lower is better: upper_threshold
        series:
          - { id: value, label: "requests answered within 10 working days" }
        notes: []             # free lines printed last in the technical notes

  - id: EX2
    title: "Number of visits booked and made"
    short_title: "Visits booked and made"
    kind: activity
    unit: count
    years:
      "2023/24":
        series:               # id: what the data's series column says (any words)
          - { id: booked, label: "visits booked" }
          - { id: made, label: "visits made" }
"""

_EX1 = (62, 66, 70, 73, 77, 80, 83)
_BOOKED = (1180, 1240, 1205, 1310, 1290, 1355, 1340)
_MADE = (1050, 1120, 1105, 1190, 1201, 1260, 1232)
_QUARTERS = tuple(Quarter(2023, 1).shift(n) for n in range(7))

COMMENTARY = {
    "EX1": "In {{ latest_period }}, {{ latest }} of requests were answered within 10 working "
    "days, {{ movement }} on the previous quarter. This is rated {{ rag }} against a target "
    "of {{ target }}.\n\nReplace this text with the service's own commentary.\n",
    "EX2": "{{ series.made.latest }} visits were made in {{ latest_period }}, "
    "{{ series.made.movement }} on the previous quarter.\n",
}

README = """\
# {title}

A report folder for the `appendix` command. What to edit:

1. `data/report.yaml`: the appendix's title, your directorate and council,
   the indicator id prefix, and one block per indicator (targets and
   thresholds per financial year). The comments say what each field means.
2. `data/{data}`: the figures, one row per indicator, quarter and series
   (or point the definition at a tracker kept a column per quarter:
   `tracker:` in docs/formats.md).
3. `narratives/<quarter>/<ID>.md`: the commentary, in Markdown, with
   `{{{{ placeholders }}}}` for figures. `appendix new-quarter "2024-25 Q4"`
   drafts the next quarter's files.
4. `styles/house.yaml`: colours, fonts, sizes and page geometry.

Then, in this folder:

    appendix check     # commentary against the data
    appendix build     # DOCX and PDF into output/
"""


def _data_csv() -> str:
    lines = ["indicator,period,series,value,status"]
    lines += [f"EX1,{q},,{v}," for q, v in zip(_QUARTERS, _EX1, strict=True)]
    for q, booked, made in zip(_QUARTERS, _BOOKED, _MADE, strict=True):
        lines += [f"EX2,{q},booked,{booked},", f"EX2,{q},made,{made},"]
    return "\n".join(lines) + "\n"


def _check_empty(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder} is a file", fix="Name a new folder for the report")
    if folder.is_dir() and any(folder.iterdir()):
        raise InputError(
            f"{folder} already holds files",
            fix="Name a new or empty folder; init never overwrites a file",
        )


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _write_style(folder: Path) -> Path:
    target = folder / "styles" / "house.yaml"
    target.parent.mkdir(parents=True, exist_ok=True)
    source = resources.files("generator") / "templates" / "house.yaml"
    target.write_bytes(source.read_bytes())
    return target


def init_folder(folder: Path) -> list[Path]:
    """Write a working report folder; returns the files written."""
    _check_empty(folder)
    place = ReportFolder.at(folder)
    written = [
        _write(place.definition, DEFINITION),
        _write(place.data / "quarterly.csv", _data_csv()),
    ]
    latest = _QUARTERS[-1]
    for indicator, text in COMMENTARY.items():
        written.append(_write(place.commentary(latest, indicator), text))
    written.append(_write_style(folder))
    written.append(
        _write(
            folder / "README.md",
            README.format(title="Example Directorate appendix", data="quarterly.csv"),
        )
    )
    return written


@dataclass(frozen=True)
class FoundIndicator:
    id: str
    title: str
    series: tuple[str, ...]
    first: Quarter
    percent: bool
    pounds: bool = False  # figures written with a £: a cost
    times: bool = False  # figures written as times ('0:02:35'): a duration
    polarity: RatedPolarity | None = None  # as the tracker's "Good is" column says
    unit: UnitReading | None = None  # as the tracker's Unit column says
    # (field, financial year or None for every year, value) from "Target 24/25" columns
    years: tuple[tuple[str, int | None, float], ...] = ()
    decimals: int = 0  # as the figures are written
    service: str = ""
    # Year to date: the title or unit says so, or a profile row lies under it
    cumulative: bool = False
    # The profiled target of each quarter, from a profile row under the indicator's
    profile: tuple[tuple[Quarter, float], ...] = ()


@dataclass
class _Found:
    title: str
    first: Quarter
    row: int  # 0-based: the indicator's first row, whose columns are read
    series: list[str] = field(default_factory=list)
    percent: bool = True
    pounds: bool = False
    texts: list[str] = field(default_factory=list)
    times: tuple[int, str] | None = None  # the first figure written as a time ('00:02:35')
    # A profile row directly under it (no ref; 'Profile' in its words): its row and figures
    profile_row: int | None = None
    profile: list[tuple[Quarter, int, str]] = field(default_factory=list)  # quarter, column


@dataclass(frozen=True)
class TrackerReading:
    """What `init --from` read from a tracker, and every cell it could not read."""

    indicators: list[FoundIndicator]
    id_column: str
    series_column: str | None
    sheet: str | None
    hidden: tuple[str, ...]
    directorate: str | None  # the one directorate (or service) every row names
    targets: bool  # the tracker has target columns
    unread: tuple[str, ...]  # "cell F7 (H1): ... ; wrote ..."


_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
# Titles (or units) that say a measure adds up through the year.
_CUMULATIVE = re.compile(r"\b(?:year to date|ytd|cumulative)\b", re.IGNORECASE)
# A row with no ref whose words say it is the profiled target of the measure above.
_PROFILE = re.compile(r"\bprofiled?\b", re.IGNORECASE)

# Kept for a caller that names them: the headers init looks for (tracker_columns.py).
_ID_HEADERS = ID_HEADERS


def _yaml_text(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _quarter_like(text: str) -> bool:
    from generator.read.wide import parse_quarter_header

    try:
        return parse_quarter_header(text) is not None
    except PeriodError:
        return True  # refused, with its cell, once the grid is read


def _first_column(keys: list[str], wanted: tuple[str, ...], taken: set[int]) -> int | None:
    """The first header (in `wanted`'s order) present and not already taken."""
    for header in wanted:
        for index, key in enumerate(keys):
            if key == header and index not in taken:
                return index
    return None


def found_indicators(
    tracker: Path, id_column: str | None
) -> tuple[list[FoundIndicator], str, str | None, str | None, tuple[str, ...]]:
    """The indicators a tracker holds (one per id), its id, series and sheet names, and
    the hidden sheets passed over (only visible sheets are read)."""
    reading = read_tracker_columns(tracker, id_column)
    return (
        reading.indicators,
        reading.id_column,
        reading.series_column,
        reading.sheet,
        reading.hidden,
    )


def read_tracker_columns(tracker: Path, id_column: str | None) -> TrackerReading:
    """The tracker's indicators from its own columns: the sheet and header row are the
    first (after any cover sheet and title rows) with a column of ids and quarters."""
    from generator.read.wide import NO_FIGURE, find_tracker_grid, quarter_columns

    id_keys = (header_key(id_column),) if id_column else ID_HEADERS
    named = (
        f"'{id_column}' column"
        if id_column
        else (
            "column of ids ("
            + ", ".join(h for h in ("Ref", "ID", "Code", "KPI ref", "Indicator"))
            + ")"
        )
    )

    def is_header(row: list[str]) -> bool:
        keys = {header_key(cell) for cell in row}
        return any(k in keys for k in id_keys) and any(_quarter_like(cell) for cell in row)

    grid = find_tracker_grid(
        tracker,
        is_header,
        f"{named} beside columns headed with quarters ('Q1 24/25')",
        fix="Name the id column with --id-column, and head each quarter's column like "
        "'Q1 22/23', '2022/23 Q1' or 'Apr-Jun 2022'",
    )
    keys = [header_key(h) for h in grid.header]
    id_index = _first_column(keys, id_keys, set())
    assert id_index is not None  # the header row was found by it
    quarters = quarter_columns(grid, str(tracker))
    unread: list[str] = []

    def cell(row_index: int, column: int | None) -> str:
        row = grid.rows[row_index]
        return row[column].strip() if column is not None and column < len(row) else ""

    def place(row_index: int, column: int) -> str:
        return grid.where(row_index, column)

    rows = [
        r
        for r in range(grid.header_row + 1, len(grid.rows))
        if cell(r, id_index) and any(cell(r, c).lower() not in NO_FIGURE for c in quarters)
    ]
    ids = [cell(r, id_index) for r in rows]
    repeated = len(set(ids)) < len(ids)  # an indicator's series on rows of their own
    taken = {id_index, *quarters}
    series_index = _first_column(keys, SERIES_HEADERS, taken) if repeated else None
    taken |= {series_index} if series_index is not None else set()
    title_index = _first_column(keys, TITLE_HEADERS, taken)
    taken |= {title_index} if title_index is not None else set()
    polarity_index = _first_column(keys, POLARITY_HEADERS, taken)
    if polarity_index is None:
        polarity_index = next(
            (i for i, k in enumerate(keys) if i not in taken and "better" in k), None
        )
    unit_index = _first_column(keys, UNIT_HEADERS, taken)
    service_index = _first_column(keys, SERVICE_HEADERS, taken)
    directorate_index = _first_column(keys, DIRECTORATE_HEADERS, taken)
    year_columns = {
        c: heading
        for c, text in enumerate(grid.header)
        if c not in taken
        if (heading := year_column(text)) is not None
    }

    found: dict[str, _Found] = {}
    above: _Found | None = None  # the indicator whose row is directly above, if any
    for row_index in range(grid.header_row + 1, len(grid.rows)):
        indicator_id = cell(row_index, id_index)
        figures = [
            (q, cell(row_index, c) + ("%" if (row_index, c) in grid.percent_cells else ""))
            for c, q in quarters.items()
            if gap_words(cell(row_index, c)) is None
        ]
        under, above = above, None
        if not indicator_id:
            if figures:
                words = next(
                    (w for c in range(len(grid.header)) if c not in quarters
                     if (w := cell(row_index, c))),
                    "",
                )  # fmt: skip
                if under is not None and under.profile_row is None and _PROFILE.search(words):
                    under.profile_row = row_index
                    under.profile = [
                        (q, c, cell(row_index, c))
                        for c, q in quarters.items()
                        if gap_words(cell(row_index, c)) is None
                    ]
                    continue
                unread.append(
                    f"{place(row_index, id_index)}: figures with no ref"
                    + (f" ('{' '.join(words.split())[:60]}')" if words else "")
                    + "; left out (the build passes over it too)"
                )
            continue
        if not figures:
            if any(cell(row_index, c) for c in quarters):
                words = ", ".join(sorted({cell(row_index, c) for c in quarters} - {""}))
                unread.append(
                    f"{place(row_index, id_index)} ({indicator_id}): no figure in any "
                    f"quarter ({words}); left out (add it once it has one)"
                )
            continue
        first = min(q for q, _ in figures)
        title = cell(row_index, title_index)
        entry = found.setdefault(indicator_id, _Found(title or indicator_id, first, row_index))
        if not title and title_index is not None and entry.row == row_index:
            unread.append(
                f"{place(row_index, title_index)} ({indicator_id}): no title; used the ref"
            )
        series = cell(row_index, series_index)
        if series and series not in entry.series:
            entry.series.append(series)
        elif repeated and ids.count(indicator_id) > 1 and not series:
            column = series_index if series_index is not None else id_index
            unread.append(
                f"{place(row_index, column)} ({indicator_id}): a second row of this id with no "
                "series named; its figures will be refused as a second value (name each row's "
                "series in a 'Series' or 'Measure' column)"
            )
        entry.first = min(entry.first, first)
        above = entry
        for _, text in figures:
            entry.texts.append(text)
            entry.pounds = entry.pounds or text.startswith("£")
            value = number_of(text)
            if value is None:
                entry.percent = False
                if _TIME.match(text) and not entry.times:
                    column = next(c for c in quarters if cell(row_index, c) == text)
                    entry.times = (
                        column,
                        f"{place(row_index, column)} ({indicator_id}): figures written as "
                        f"times ('{text}')",
                    )
                continue
            if not 0 <= value <= 100 or (value.is_integer() and "%" not in text):
                entry.percent = False
    if not found:
        raise InputError(
            f"no row under '{grid.header[id_index]}' has figures",
            file=str(tracker),
            where=f"sheet {grid.sheet}" if grid.sheet else None,
        )

    indicators = []
    for key, e in found.items():
        mine: list[tuple[int, str]] = []  # (column, what): said in the columns' order
        unit: UnitReading | None = None
        if unit_index is not None:
            said = cell(e.row, unit_index)
            unit = unit_of(said)
            guess = "gbp" if e.pounds else "percent" if e.percent else "count"
            if unit is None and said:
                mine.append(
                    (
                        unit_index,
                        f"{place(e.row, unit_index)} ({key}): unit '{said}' is not one of "
                        "percent, count, rate (per N), £, days, hours or mm:ss; wrote unit: "
                        f"{guess}, guessed from the figures (check)",
                    )
                )
            elif unit is None:
                mine.append(
                    (
                        unit_index,
                        f"{place(e.row, unit_index)} ({key}): blank; wrote "
                        f"unit: {guess}, guessed from the figures (check)",
                    )
                )
        years: list[tuple[str, int | None, float]] = []
        for column, heading in year_columns.items():
            said = cell(e.row, column)
            if said.lower() in NO_FIGURE:
                continue
            held = unit.unit if unit is not None else ("minutes" if e.times else None)
            if held is not None and is_duration(held):
                value = duration_value(said, held)
            else:
                value = number_of(said)  # a %-formatted cell is read as 97.6 already
            if value is None:
                mine.append(
                    (
                        column,
                        f"{place(e.row, column)} ({key}): {heading.field} "
                        f"'{said}' is not a number; left out",
                    )
                )
                continue
            years.append((heading.field, heading.year, value))
        polarity: RatedPolarity | None = None
        if polarity_index is not None:
            said = cell(e.row, polarity_index)
            polarity = polarity_of(said)
            targeted = any(f == "target" for f, _, _ in years)
            written = "wrote polarity: higher (check)" if targeted else "left out"
            if polarity is None and said.lower() not in NO_FIGURE:
                mine.append(
                    (
                        polarity_index,
                        f"{place(e.row, polarity_index)} ({key}): "
                        f"'{said}' is not higher or lower is better; {written}",
                    )
                )
            elif polarity is None and targeted:
                mine.append(
                    (polarity_index, f"{place(e.row, polarity_index)} ({key}): blank; {written}")
                )
        if e.times and unit is not None and not is_duration(unit.unit):
            mine.append(
                (
                    e.times[0],
                    f"{e.times[1]} but the unit is {unit.unit}; the build will refuse them "
                    "(write unit: minutes, hours or days)",
                )
            )
        said_cumulative = bool(
            _CUMULATIVE.search(e.title) or _CUMULATIVE.search(cell(e.row, unit_index))
        )
        profile: list[tuple[Quarter, float]] = []
        for quarter, column, said in e.profile:
            held = unit.unit if unit is not None else ("minutes" if e.times else None)
            text = said + ("%" if (e.profile_row, column) in grid.percent_cells else "")
            value = (
                duration_value(said, held)
                if held is not None and is_duration(held)
                else number_of(text)
            )
            if value is None:
                assert e.profile_row is not None
                mine.append(
                    (
                        column,
                        f"{place(e.profile_row, column)} ({key}): profile '{said}' is not a "
                        f"number; left out ({quarter} is rated against the same quarter "
                        "last year)",
                    )
                )
                continue
            profile.append((quarter, value))
        if e.profile_row is not None and not any(f == "target" for f, _, _ in years):
            mine.append(
                (
                    id_index,
                    f"{place(e.profile_row, id_index)} ({key}): a profile row under a measure "
                    "with no target; wrote cumulative: true, its profile left out (a profile is "
                    "a KPI's target for the year so far)",
                )
            )
        elif e.profile_row is not None and not said_cumulative:
            mine.append(
                (
                    id_index,
                    f"{place(e.profile_row, id_index)} ({key}): a profile row under it; wrote "
                    "cumulative: true, its figures the year to date (check)",
                )
            )
        unread.extend(what for _, what in sorted(mine))
        indicators.append(
            FoundIndicator(
                key,
                e.title,
                tuple(e.series),
                e.first,
                e.percent and not e.pounds,
                e.pounds,
                polarity=polarity,
                unit=unit,
                years=tuple(years),
                decimals=decimals_of(e.texts),
                times=e.times is not None,
                service=cell(e.row, service_index),
                cumulative=said_cumulative or e.profile_row is not None,
                profile=tuple(profile) if any(f == "target" for f, _, _ in years) else (),
            )
        )
    for indicator in indicators:
        problem = id_problem(indicator.id)
        if problem is not None:
            unread.append(
                f"{grid.where(found[indicator.id].row, id_index)} ({indicator.id}): the ref "
                f"{problem}; rename it in the tracker and in data/report.yaml"
            )
    directorates = {
        cell(e.row, directorate_index if directorate_index is not None else service_index)
        for e in found.values()
    } - {""}
    return TrackerReading(
        indicators,
        grid.header[id_index],
        grid.header[series_index] if series_index is not None else None,
        grid.sheet,
        grid.hidden,
        directorates.pop() if len(directorates) == 1 else None,
        any(c.field == "target" for c in year_columns.values()),
        tuple(unread),
    )


def _prefix(ids: list[str]) -> str:
    letters = [i.rstrip("0123456789").rstrip(" -_.") for i in ids]
    first = letters[0]
    return first if first and all(p == first for p in letters) else ""


def definition_from_tracker(tracker: Path, id_column: str | None) -> str:
    """A definition with one indicator per tracker row found."""
    return _definition_and_note(tracker, id_column)[0]


def _sheet_note(sheet: str | None, hidden: tuple[str, ...]) -> str | None:
    """Which sheet of a workbook was read, and which hidden ones were passed over."""
    if sheet is None:
        return None
    note = f"read sheet '{sheet}'"
    if hidden:
        names = ", ".join(f"'{name}'" for name in hidden)
        note += (
            f"; passed over the hidden sheet{'s' if len(hidden) > 1 else ''} {names} (to "
            "read one, name it in data/report.yaml: tracker: sheet:)"
        )
    return note


def _number(value: float, unit: str = "count") -> str:
    if unit == "minutes":  # held in seconds; written on the clock, quoted: "3:00"
        return _yaml_text(clock(value))
    return f"{value:g}" if abs(value) < 1e15 else repr(value)


def _year_lines(
    found: FoundIndicator, polarity: RatedPolarity, unread: list[str], unit: str = "count"
) -> list[tuple[int, list[str]]]:
    """Each financial year's target lines, from the tracker's target (and floor or
    threshold) columns: the first year holds the first target the tracker gives."""
    first_year = found.first.year
    given: dict[int, dict[str, float]] = {}
    for name, year, value in found.years:
        given.setdefault(first_year if year is None else year, {}).setdefault(name, value)
    for name, year, value in found.years:  # a column with no year fills the years without
        if year is None:
            for fields in given.values():
                fields.setdefault(name, value)
    profiles: dict[int, dict[int, float]] = {}
    for quarter, value in found.profile:
        profiles.setdefault(quarter.year, {})[quarter.quarter] = value
    later = sorted(
        {y for y in given if y > first_year and "target" in given[y]}
        | {y for y in profiles if y > first_year}
    )
    opening = given.get(first_year, {})
    if "target" not in opening:
        source = later[0] if later else None
        if source is None:
            return []
        opening = {**given[source], **opening}
        unread.append(
            f"{found.id}: no target for {fy_label(first_year)}, the first year with figures; "
            f"used {fy_label(source)}'s ({_number(opening['target'], unit)})"
        )
    blocks: list[tuple[int, list[str]]] = []
    carried: float | None = None
    carried_profile: dict[int, float] = {}
    for year in [first_year, *later]:
        lines: list[str] = []
        fields = opening if year == first_year else given.get(year, {})
        if "target" in fields:
            target = fields["target"]
            threshold = fields.get("threshold", fields.get("floor"))
            if threshold is None or (
                threshold > target if polarity == "higher" else threshold < target
            ):
                threshold = target
            if target != carried or year == first_year:
                carried = target
                name = "floor" if polarity == "higher" else "upper_threshold"
                note = "" if threshold != target else _NO_BAND
                lines += [
                    f"        target: {_number(target, unit)}",
                    f"        {name}: {_number(threshold, unit)}{note}",
                ]
        profile = profiles.get(year, {})
        fourth = profile.pop(4, None)
        if fourth is not None and carried is not None and fourth != carried:
            unread.append(
                f"{found.id}: the profile for Q4 {fy_label(year)} ({_number(fourth, unit)}) is "
                f"not the year's target ({_number(carried, unit)}); Q4 is rated against the "
                "target"
            )
        if profile and profile != carried_profile:
            carried_profile = profile
            quarters = ", ".join(f"Q{q}: {_number(v, unit)}" for q, v in sorted(profile.items()))
            lines.append(f"        profile: {{{quarters}}}   # from the profile row")
        if lines:
            blocks.append((year, lines))
    return blocks


def _definition_and_note(
    tracker: Path, id_column: str | None
) -> tuple[str, list[str], tuple[str, ...]]:
    """The definition, notes on it (which sheet it was read from; KPIs with no AMBER
    band), and every cell that could not be read, with what was written instead."""
    reading = read_tracker_columns(tracker, id_column)
    indicators = reading.indicators
    unread = list(reading.unread)
    prefix = _prefix([i.id for i in indicators])
    lines = [
        f"# Started by `appendix init --from {tracker.name}`: one indicator per row found.",
        "# Check the lines marked 'check' and 'fill in', and write shorter titles where",
        "# they help. Fields: docs/formats.md, part 1.",
        "",
        'title: "Appendix 1: Key Performance Indicators and Activity Performance"',
        f"directorate: {_yaml_text(reading.directorate or 'Directorate')}",
        'organisation: "Council"',
        f"id_prefix: {_yaml_text(prefix)}"
        + ("" if prefix else "   # none: the ids are the tracker's own refs"),
        'language: "en-GB"',
        "chart_quarters: 10",
        f"data_files: [{_yaml_text(tracker.name)}]",
        'style: "../styles/house.yaml"',
        "tracker:",
        f"  indicator_column: {_yaml_text(reading.id_column)}",
    ]
    if reading.series_column:
        lines.append(f"  series_column: {_yaml_text(reading.series_column)}")
    if reading.sheet:
        lines.append(f"  sheet: {_yaml_text(reading.sheet)}")
    lines += ["", "indicators:"]
    no_band: list[str] = []
    for found in indicators:
        one_series = len(found.series) <= 1
        polarity = found.polarity or "higher"
        held = found.unit.unit if found.unit else ("minutes" if found.times else "count")
        blocks = _year_lines(found, polarity, unread, held) if reading.targets else []
        kpi = one_series and (bool(blocks) or not reading.targets)
        if kpi and any(line.endswith(_NO_BAND) for _, year in blocks for line in year):
            no_band.append(found.id)
        if not one_series and any(f == "target" for f, _, _ in found.years):
            unread.append(
                f"{found.id}: a target for a measure of {len(found.series)} series; left out "
                "(a KPI has one series: it is written as an activity measure)"
            )
        guessed = (
            "minutes"
            if found.times
            else "gbp"
            if found.pounds
            else "percent"
            if found.percent
            else "count"
        )
        unit = found.unit.unit if found.unit is not None else guessed
        service = f"   # {found.service}" if found.service else ""
        lines += [
            f"  - id: {_yaml_text(found.id)}{service}",
            f"    title: {_yaml_text(found.title)}",
            f"    kind: {'kpi' if kpi else 'activity'}",
            f"    unit: {unit}"
            + (
                ""
                if found.unit is not None
                else "             # percent | count | rate | gbp: check"
            ),
        ]
        if found.unit is not None and found.unit.per not in (None, "100000", "100,000"):
            per = found.unit.per
            assert per is not None
            lines.append(f"    per: {per if per.isdigit() else _yaml_text(per)}")
        if found.unit is not None and found.unit.axis_label:
            lines.append(f"    axis_label: {_yaml_text(found.unit.axis_label)}")
        if found.decimals:
            lines.append(f"    decimals: {found.decimals}")
        if found.cumulative:
            lines.append("    cumulative: true          # the figures are for the year to date")
        if kpi:
            lines.append(
                f"    polarity: {polarity}"
                + ("" if found.polarity else "          # higher or lower is better: check")
            )
        elif found.polarity is not None:
            lines.append(f"    polarity: {found.polarity}")
        if kpi and blocks:
            lines.append("    years:")
            for number, (year, year_lines) in enumerate(blocks):
                lines.append(f'      "{fy_label(year)}":')
                lines += year_lines
                if number == 0:
                    lines += _series_lines(found)
        else:
            lines += ["    years:", f'      "{found.first.fy}":']
            if kpi:
                lines += [
                    "        target:               # fill in",
                    "        floor:                # fill in (upper_threshold: if lower is better)",
                ]
            lines += _series_lines(found)
        lines.append("")
    notes = [n for n in [_sheet_note(reading.sheet, reading.hidden)] if n is not None]
    if no_band:
        notes.append(
            f"the tracker gives targets but no floor or threshold, so {', '.join(no_band)} "
            "have no AMBER band (GREEN or RED only) until one is set in data/report.yaml"
        )
    return "\n".join(lines), notes, tuple(unread)


_NO_BAND = "   # the tracker gives no AMBER band: set one"
_UNIT_CHECK = "             # percent | count | rate | gbp: check"


def _series_lines(found: FoundIndicator) -> list[str]:
    lines = ["        series:"]
    if not found.series:
        title = found.title
        label = title[:1].lower() + title[1:] if title[1:2].islower() else title
        return [*lines, f"          - {{ id: value, label: {_yaml_text(label)} }}"]
    for series in found.series:
        lines.append(f"          - {{ id: {_yaml_text(series)}, label: {_yaml_text(series)} }}")
    return lines


def init_from_tracker(
    folder: Path,
    tracker: Path,
    id_column: str | None,
    notes: list[str] | None = None,
    unread: list[str] | None = None,
) -> list[Path]:
    """A report folder whose definition starts from a council's own tracker; `notes`
    is told which sheet of a workbook was read and which hidden ones were passed over,
    and `unread` every cell that could not be read, with what was written instead."""
    fix = "Check the path after --from"
    if not regular_file(tracker, "tracker", fix=fix):
        raise InputError("tracker not found", file=str(tracker), fix=fix)
    definition, said, cells = _definition_and_note(tracker, id_column)
    if notes is not None:
        notes.extend(f"{tracker}: {note}" for note in said)
    if unread is not None:
        unread.extend(f"{tracker}, {cell}" for cell in cells)
    _check_empty(folder)
    place = ReportFolder.at(folder)
    written = [_write(place.definition, definition)]
    copy = place.data / tracker.name
    shutil.copyfile(tracker, copy)
    written.append(copy)
    written.append(_write_style(folder))
    written.append(_write(folder / "README.md", README.format(title="Appendix", data=tracker.name)))
    return written
