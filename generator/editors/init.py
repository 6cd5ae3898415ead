"""`appendix init DIR`: a working report folder to start from.

It writes a commented definition with one KPI and one activity measure, a
small data file, commentary for the latest quarter, the house style and a
README of what to edit; `appendix build` run in it works at once. With a
council's own tracker (`--from FILE`), the definition lists one indicator per
row (or group of series rows) found, with its targets left to fill in.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from generator.core.errors import InputError
from generator.core.periods import Quarter
from generator.read.files import regular_file
from generator.read.folder import ReportFolder

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


@dataclass
class _Found:
    title: str
    first: Quarter
    series: list[str] = field(default_factory=list)
    percent: bool = True
    pounds: bool = False


_ID_HEADERS = ("id", "ref", "kpi ref", "indicator", "indicator id", "code", "kpi", "kpi id")
_SERIES_HEADERS = ("series", "measure", "breakdown")
_TITLE_HEADERS = ("title", "indicator name", "name", "description", "kpi name", "kpi title")


def _yaml_text(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def found_indicators(
    tracker: Path, id_column: str | None
) -> tuple[list[FoundIndicator], str, str | None, str | None, tuple[str, ...]]:
    """The indicators a tracker holds (one per id), its id, series and sheet names, and
    the hidden sheets passed over (only visible sheets are read)."""
    from generator.read.definitions import series_match_key
    from generator.read.wide import NO_FIGURE, quarter_columns, tracker_grid

    grid = None
    for candidate in [id_column] if id_column else list(_ID_HEADERS):
        try:
            grid = tracker_grid(tracker, candidate)
        except InputError:
            if id_column:
                raise
            continue
        id_column = candidate
        break
    if grid is None or id_column is None:
        raise InputError(
            "no column of ids found (looked for " + ", ".join(_ID_HEADERS) + ")",
            file=str(tracker),
            fix="Name the id column with --id-column",
        )
    keys = [series_match_key(h) for h in grid.header]
    id_index = keys.index(series_match_key(id_column))
    series_index = next((keys.index(h) for h in _SERIES_HEADERS if h in keys), None)
    title_index = next((keys.index(h) for h in _TITLE_HEADERS if h in keys), None)
    quarters = quarter_columns(grid, str(tracker))
    if not quarters:
        raise InputError(
            "no column is headed with a quarter",
            file=str(tracker),
            fix="Head each quarter's column like 'Q1 22/23', '2022/23 Q1' or 'Apr-Jun 2022'",
        )
    found: dict[str, _Found] = {}
    for row_index in range(grid.header_row + 1, len(grid.rows)):
        row = grid.rows[row_index]

        def cell(index: int | None, row: list[str] = row) -> str:
            return row[index].strip() if index is not None and index < len(row) else ""

        indicator_id = cell(id_index)
        figures = [
            (q, cell(c) + ("%" if (row_index, c) in grid.percent_cells else ""))
            for c, q in quarters.items()
            if cell(c).lower() not in NO_FIGURE
        ]
        if not indicator_id or not figures:
            continue
        first = min(q for q, _ in figures)
        entry = found.setdefault(indicator_id, _Found(cell(title_index) or indicator_id, first))
        series = cell(series_index)
        if series and series not in entry.series:
            entry.series.append(series)
        entry.first = min(entry.first, first)
        for _, text in figures:
            entry.pounds = entry.pounds or text.startswith("£")
            try:
                value = float(text.replace(",", "").removesuffix("%").removeprefix("£"))
            except ValueError:
                continue
            if not 0 <= value <= 100 or (value.is_integer() and "%" not in text):
                entry.percent = False
    indicators = [
        FoundIndicator(key, e.title, tuple(e.series), e.first, e.percent and not e.pounds, e.pounds)
        for key, e in found.items()
    ]
    if not indicators:
        raise InputError(
            f"no row under '{id_column}' has figures", file=str(tracker), where=grid.sheet
        )
    series_name = grid.header[series_index] if series_index is not None else None
    return indicators, grid.header[id_index], series_name, grid.sheet, grid.hidden


def _prefix(ids: list[str]) -> str:
    letters = [i.rstrip("0123456789") for i in ids]
    first = letters[0]
    return first if first and all(p == first for p in letters) else ""


def definition_from_tracker(tracker: Path, id_column: str | None) -> str:
    """A definition with one indicator per tracker row found, targets left to fill in."""
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


def _definition_and_note(tracker: Path, id_column: str | None) -> tuple[str, str | None]:
    """The definition, and which sheet it was read from (None for a CSV file)."""
    indicators, id_name, series_name, sheet, hidden = found_indicators(tracker, id_column)
    prefix = _prefix([i.id for i in indicators])
    lines = [
        f"# Started by `appendix init --from {tracker.name}`: one indicator per row found.",
        "# Fill in each KPI's target and floor (or upper_threshold), check each unit and",
        "# polarity, and write shorter labels. Fields: docs/formats.md, part 1.",
        "",
        'title: "Appendix 1: Key Performance Indicators and Activity Performance"',
        'directorate: "Directorate"',
        'organisation: "Council"',
        f"id_prefix: {_yaml_text(prefix or 'KPI')}"
        + ("" if prefix else "   # every id must start with it: rename the ids or the prefix"),
        'language: "en-GB"',
        "chart_quarters: 10",
        f"data_files: [{_yaml_text(tracker.name)}]",
        'style: "../styles/house.yaml"',
        "tracker:",
        f"  indicator_column: {_yaml_text(id_name)}",
    ]
    if series_name:
        lines.append(f"  series_column: {_yaml_text(series_name)}")
    if sheet:
        lines.append(f"  sheet: {_yaml_text(sheet)}")
    lines += ["", "indicators:"]
    for found in indicators:
        kpi = len(found.series) <= 1
        lines += [
            f"  - id: {_yaml_text(found.id)}",
            f"    title: {_yaml_text(found.title)}",
            f"    kind: {'kpi' if kpi else 'activity'}",
            f"    unit: {'gbp' if found.pounds else 'percent' if found.percent else 'count'}"
            "             # percent | count | rate | gbp: check",
        ]
        if kpi:
            lines.append("    polarity: higher          # higher or lower is better: check")
        lines += ["    years:", f'      "{found.first.fy}":']
        if kpi:
            lines += [
                "        target:               # fill in",
                "        floor:                # fill in (upper_threshold: if lower is better)",
            ]
        lines.append("        series:")
        for series in found.series or ("value",):
            lines.append(f"          - {{ id: {_yaml_text(series)}, label: {_yaml_text(series)} }}")
        lines.append("")
    return "\n".join(lines), _sheet_note(sheet, hidden)


def init_from_tracker(
    folder: Path, tracker: Path, id_column: str | None, notes: list[str] | None = None
) -> list[Path]:
    """A report folder whose definition starts from a council's own tracker; `notes`
    is told which sheet of a workbook was read and which hidden ones were passed over."""
    fix = "Check the path after --from"
    if not regular_file(tracker, "tracker", fix=fix):
        raise InputError("tracker not found", file=str(tracker), fix=fix)
    definition, note = _definition_and_note(tracker, id_column)
    if note is not None and notes is not None:
        notes.append(f"{tracker}: {note}")
    _check_empty(folder)
    place = ReportFolder.at(folder)
    written = [_write(place.definition, definition)]
    copy = place.data / tracker.name
    shutil.copyfile(tracker, copy)
    written.append(copy)
    written.append(_write_style(folder))
    written.append(_write(folder / "README.md", README.format(title="Appendix", data=tracker.name)))
    return written
