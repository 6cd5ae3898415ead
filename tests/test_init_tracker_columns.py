"""`appendix init --from` reads a tracker's own columns, as a district's team keeps them."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from generator.core.periods import Quarter
from generator.editors.init import _definition_and_note, read_tracker_columns
from generator.editors.tracker_columns import (
    UnitReading,
    YearColumn,
    decimals_of,
    polarity_of,
    unit_of,
    year_column,
)
from generator.read.definitions import Indicator, load_report
from tests.report_folder import ROOT
from tests.test_cli import run

SAMPLE = ROOT / "samples" / "district"
TRACKERS = SAMPLE / "data"


def _sample_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("district_tracker", SAMPLE / "make_tracker.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _district_tracker(path: Path, *, leave_out: tuple[str, ...] = ()) -> None:
    """The sample district tracker, less the rows of `leave_out`."""
    script = _sample_script()
    script.ROWS[:] = [row for row in script.ROWS if row[0] not in leave_out]
    path.write_bytes(script.xlsx_bytes() if path.suffix == ".xlsx" else script.ods_bytes())


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("High", "higher"),
        ("Higher", "higher"),
        ("Higher is better", "higher"),
        ("high is good", "higher"),
        ("↑", "higher"),
        ("Up", "higher"),
        ("Low", "lower"),
        ("LOWER", "lower"),
        ("Lower is better", "lower"),
        ("↓", "lower"),
        ("Smaller is better", "lower"),
        ("", None),
        ("n/a", None),
        ("Neither", None),
        ("High or low", None),
    ],
)
def test_good_is_as_teams_write_it(text: str, polarity: str | None) -> None:
    assert polarity_of(text) == polarity


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("%", UnitReading("percent")),
        ("Percentage", UnitReading("percent")),
        ("% of calls", UnitReading("percent")),
        ("Number", UnitReading("count")),
        ("No.", UnitReading("count")),
        ("£", UnitReading("gbp")),
        ("£ per week", UnitReading("gbp", "week")),
        ("£ per tonne", UnitReading("gbp", "tonne")),
        ("Rate per 100,000 collections", UnitReading("rate", "100,000 collections")),
        ("per 1,000 households", UnitReading("rate", "1,000 households")),
        ("Rate per 10000", UnitReading("rate", "10000")),
        ("Days", UnitReading("days")),
        ("Working days", UnitReading("days")),
        ("Hours", UnitReading("hours")),
        ("mm:ss", UnitReading("minutes")),
        ("Minutes", UnitReading("minutes")),
        ("Weeks", UnitReading("count", None, "weeks")),
        ("widgets", None),
        ("", None),
    ],
)
def test_units_as_teams_write_them(text: str, unit: UnitReading | None) -> None:
    assert unit_of(text) == unit


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("Target 24/25", YearColumn("target", 2024)),
        ("Target 2024/25", YearColumn("target", 2024)),
        ("2023-24 Target", YearColumn("target", 2023)),
        ("Target", YearColumn("target", None)),
        ("Annual target", YearColumn("target", None)),
        ("Floor 24/25", YearColumn("floor", 2024)),
        ("Threshold", YearColumn("threshold", None)),
        ("Q3 target 24/25", None),  # a quarter's profile, not the year's target
        ("Target 24/26", None),
        ("Target date", None),
        ("Outturn 23/24", None),
    ],
)
def test_target_columns_with_their_years(header: str, column: YearColumn | None) -> None:
    assert year_column(header) == column


@pytest.mark.parametrize(
    ("figures", "decimals"),
    [
        (["29.1", "57.3", "84.6"], 1),
        (["72", "68.5"], 1),
        (["1,250", "1,310"], 0),
        (["£127.35"], 2),
        (["0.33333333"], 2),
        (["97.40"], 1),
        (["TBC", "75"], 0),
    ],
)
def test_decimals_as_the_figures_are_written(figures: list[str], decimals: int) -> None:
    assert decimals_of(figures) == decimals


def test_the_district_tracker_is_read_from_its_own_columns(tmp_path: Path) -> None:
    tracker = tmp_path / "tracker.xlsx"
    _district_tracker(tracker)
    reading = read_tracker_columns(tracker, None)
    assert (reading.sheet, reading.id_column, reading.series_column) == ("KPIs", "Ref", None)
    found = {i.id: i for i in reading.indicators}
    assert list(found) == ["H1", "H2", "H3", "RB1", "RB2", "W1", "W2", "CS1", "CS2", "P1"]
    assert found["H1"].title == "Average days to re-let a council home"  # not its ref
    assert found["H1"].service == "Housing"
    lower = sorted(k for k, i in found.items() if i.polarity == "lower")
    assert lower == ["CS1", "H1", "H2", "H3", "RB2", "W1"]
    assert list(found["H1"].years) == [("target", 2023, 28.0), ("target", 2024, 25.0)]
    assert found["W1"].unit == UnitReading("rate", "100,000 collections")
    assert found["CS1"].unit == UnitReading("minutes")
    assert list(found["CS1"].years) == [("target", 2023, 180.0), ("target", 2024, 150.0)]
    assert found["H2"].unit == UnitReading("gbp")
    assert found["CS2"].first.fy == "2024/25"  # "n/a – new measure" before it
    rb1 = found["RB1"]  # "(year to date)", and its profile row under it
    assert rb1.cumulative and rb1.profile[:3] == (
        (Quarter(2023, 1), 29.0),
        (Quarter(2023, 2), 57.2),
        (Quarter(2023, 3), 84.5),
    )
    assert [i for i, f in found.items() if f.cumulative] == ["RB1"]
    assert reading.unread == ()  # the profile row is RB1's, not a row with no ref


def test_init_then_build_works_with_no_edit_and_every_measure_under_its_own_ref(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The issue's test: a tracker that carries its own titles, polarities, units and
    targets, the call wait in minutes and seconds (Excel times) among them."""
    _district_tracker(tmp_path / "tracker.xlsx")
    code, out, err = run(
        ["init", "council", "--from", "tracker.xlsx"], tmp_path, monkeypatch, capsys
    )
    assert code == 0, err
    folder = tmp_path / "council"
    report = load_report(folder / "data" / "report.yaml")
    by_id = {i.id: i for i in report.indicators}
    assert (report.id_prefix, list(by_id)) == (
        "",
        ["H1", "H2", "H3", "RB1", "RB2", "W1", "W2", "CS1", "CS2", "P1"],
    )
    h1 = by_id["H1"]
    assert (h1.kind, h1.polarity, h1.unit, h1.decimals) == ("kpi", "lower", "days", 1)
    assert [(y.start_year, y.target, y.upper_threshold) for y in h1.years] == [
        (2023, 28, 28),
        (2024, 25, 25),
    ]
    assert (by_id["H3"].kind, by_id["H3"].polarity) == ("activity", "lower")  # no target
    w1 = by_id["W1"]
    assert (w1.unit, w1.rate_base) == ("rate", "per 100,000 collections")
    assert (by_id["H2"].unit, by_id["H2"].money_per) == ("gbp", "")  # pounds, not a week
    cs1 = by_id["CS1"]
    assert (cs1.unit, [(y.target, y.upper_threshold) for y in cs1.years]) == (
        "minutes",
        [(180, 180), (150, 150)],  # 3:00 and 2:30, held in seconds
    )
    rb1 = by_id["RB1"]
    assert rb1.years[-1].target == 97.6 and rb1.polarity == "higher"
    assert rb1.cumulative and [y.profile for y in rb1.years] == [
        ((1, 29.0), (2, 57.2), (3, 84.5)),
        ((1, 29.2), (2, 57.5), (3, 84.5)),
    ]
    code, out, err = run(["build", "--format", "all"], folder, monkeypatch, capsys)
    assert code == 0, err
    for fmt in ("docx", "pdf", "html", "xlsx"):
        assert f"Wrote output/directorate-appendix-2024-25-Q3.{fmt}" in out
    page = (folder / "output" / "directorate-appendix-2024-25-Q3.html").read_text("utf-8")
    for indicator in report.indicators:
        assert f"{indicator.id}: {indicator.title}" in page
    assert "P1: the figure for 2024/25 Q3 is not yet available" in err  # its TBC
    # RB1's 84.6% at Q3 is on its profile (84.5%), not RED against the year's 97.6%.
    assert "Q3 24/25 is rated against the target profiled for Q3, 84.5%" in page


def test_init_lists_every_cell_it_could_not_read_at_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    script = _sample_script()
    rows = script.ROWS
    at = next(n for n, row in enumerate(rows) if row[1].startswith("RB1 profile"))
    rows[at] = (rows[at][0], "Expected by now", *rows[at][2:])  # no word says "profile"
    (tmp_path / "tracker.xlsx").write_bytes(script.xlsx_bytes())
    code, out, err = run(
        ["init", "council", "--from", "tracker.xlsx"], tmp_path, monkeypatch, capsys
    )
    assert code == 0, err
    lines = out.splitlines()
    start = lines.index("Not read (1): each cell below, and what was written instead")
    assert start > max(n for n, line in enumerate(lines) if line.startswith("Wrote "))
    unread = lines[start + 1].strip()
    assert unread.startswith("tracker.xlsx, sheet KPIs, cell A11: figures with no ref")
    assert "('Expected by now'); left out" in unread
    assert "no AMBER band" in out
    # RB1's title still says "year to date": it is cumulative, rated on last year's Q3.
    rb1 = next(i for i in load_report(tmp_path / "council" / "data" / "report.yaml").indicators
               if i.id == "RB1")  # fmt: skip
    assert rb1.cumulative and all(y.profile == () for y in rb1.years)


def _definition(tmp_path: Path, rows: str) -> tuple[dict[str, Indicator], tuple[str, ...]]:
    """The indicators init writes for a small tracker, and the cells it could not read."""
    tracker = tmp_path / "tracker.csv"
    tracker.write_text(
        "Ref,Measure,Unit,Good is,Target 23/24,Target 24/25,Q1 23/24,Q2 23/24,Q3 23/24,Q4 23/24,"
        "Q1 24/25,Q2 24/25\n" + rows,
        encoding="utf-8",
    )
    definition, _, unread = _definition_and_note(tracker, None)
    (tmp_path / "report.yaml").write_text(definition, encoding="utf-8")
    return {i.id: i for i in load_report(tmp_path / "report.yaml").indicators}, unread


_COLLECTED = "RB1,Council tax collected,%,High,97.5,97.6,29.1,57.3,84.6,97.4,29.4,57.8\n"
_PROFILE_ROW = ",Profile,%,,,,29.0,57.2,84.5,97.5,29.2,57.5\n"


@pytest.mark.parametrize(
    ("rows", "cumulative", "profiles", "said"),
    [
        # A profile row (no ref, 'Profile') directly under the measure: its Q1-Q3 figures
        # are each year's profile; its Q4 is the year's target, rated against target:.
        (
            _COLLECTED + _PROFILE_ROW,
            True,
            [((1, 29.0), (2, 57.2), (3, 84.5)), ((1, 29.2), (2, 57.5))],
            ["a profile row under it; wrote cumulative: true"],
        ),
        # The title says so, with no profile row: rated against last year's quarter.
        (
            "RB1,Council tax collected (year to date),%,High,97.5,97.6,29.1,57.3,84.6,97.4,"
            "29.4,57.8\n",
            True,
            [(), ()],
            [],
        ),
        # The unit says so ('% of the year's due, cumulative').
        (
            "RB1,Business rates collected,% cumulative,High,98,98,30,58,85,98,31,59\n",
            True,
            [()],
            [],
        ),
        (
            "RB1,Council tax collected YTD,%,High,97.5,97.6,29.1,57.3,84.6,97.4,29.4,57.8\n"
            + _PROFILE_ROW.replace("Profile", "RB1 profiled target"),
            True,
            [((1, 29.0), (2, 57.2), (3, 84.5)), ((1, 29.2), (2, 57.5))],
            [],
        ),
        # A Q4 profile that is not the year's target: said, and rated against target:.
        (
            _COLLECTED + _PROFILE_ROW.replace("97.5,", "97.0,"),
            True,
            [((1, 29.0), (2, 57.2), (3, 84.5)), ((1, 29.2), (2, 57.5))],
            ["RB1: the profile for Q4 2023/24 (97) is not the year's target (97.5)"],
        ),
        # A section row between: the profile row is not directly under the measure.
        (
            _COLLECTED + "Revenues,,,,,,,,,,,\n" + _PROFILE_ROW,
            False,
            [(), ()],
            ["figures with no ref ('Profile'); left out"],
        ),
        # Under an activity measure (no target): a profile is a KPI's, so left out.
        (
            "RB3,Payments taken,Number,High,,,10,20,30,40,11,21\n" + _PROFILE_ROW,
            True,
            [()],
            ["a profile row under a measure with no target; wrote cumulative: true, its profile"],
        ),
        # Words in a profile cell: that quarter is left out, the others kept.
        (
            _COLLECTED + _PROFILE_ROW.replace("57.2", "about 57"),
            True,
            [((1, 29.0), (3, 84.5)), ((1, 29.2), (2, 57.5))],
            ["profile 'about 57' is not a number; left out"],
        ),
    ],
)
def test_a_year_to_date_measure_and_its_profile_row_become_cumulative(
    tmp_path: Path,
    rows: str,
    cumulative: bool,
    profiles: list[tuple[tuple[int, float], ...]],
    said: list[str],
) -> None:
    indicators, unread = _definition(tmp_path, rows)
    measure = next(iter(indicators.values()))
    assert measure.cumulative == cumulative
    assert [y.profile for y in measure.years] == profiles
    for words in said:
        assert any(words in line for line in unread), (words, unread)
    if not said:
        assert unread == ()


def test_the_sample_trackers_are_what_the_script_writes(tmp_path: Path) -> None:
    script = _sample_script()
    assert (TRACKERS / "tracker.xlsx").read_bytes() == script.xlsx_bytes()
    assert (TRACKERS / "tracker.ods").read_bytes() == script.ods_bytes()


def test_the_ods_tracker_reads_as_the_xlsx_one(tmp_path: Path) -> None:
    xlsx = read_tracker_columns(TRACKERS / "tracker.xlsx", None)
    ods = read_tracker_columns(TRACKERS / "tracker.ods", None)
    assert ods.indicators == xlsx.indicators
    assert [u.replace("tracker.ods", "") for u in ods.unread] == [
        u.replace("tracker.xlsx", "") for u in xlsx.unread
    ]


def test_cells_it_cannot_read_are_each_named_with_what_was_written(tmp_path: Path) -> None:
    (tmp_path / "tracker.csv").write_text(
        "Ref,Measure,Good is,Unit,Target 24/25,Q1 24/25,Q2 24/25\n"
        "A1,Things done,Sideways,%,90,71.5,73.5\n"
        "A2,Things made,,widgets,95% by March,12,14\n"
        "A3,Things to come,Low,Number,,TBC,TBC\n"
        "A4,Things counted,High,,,3,4\n",
        encoding="utf-8",
    )
    reading = read_tracker_columns(tmp_path / "tracker.csv", None)
    assert [i.id for i in reading.indicators] == ["A1", "A2", "A4"]
    assert reading.unread == (
        "cell A4 (A3): no figure in any quarter (TBC); left out (add it once it has one)",
        "cell C2 (A1): 'Sideways' is not higher or lower is better; wrote polarity: higher (check)",
        "cell D3 (A2): unit 'widgets' is not one of percent, count, rate (per N), £, days, hours "
        "or mm:ss; wrote unit: count, guessed from the figures (check)",
        "cell E3 (A2): target '95% by March' is not a number; left out",
        "cell D5 (A4): blank; wrote unit: count, guessed from the figures (check)",
    )
