"""`appendix init`: a new report folder that builds at once, or starts from a tracker."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from generator.core.periods import Quarter
from generator.editors.init import found_indicators
from generator.read.definitions import load_report
from tests.report_folder import ROOT
from tests.test_cli import run
from tests.test_wide import _tracker


def test_init_then_build_works_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["init", "council"], tmp_path, monkeypatch, capsys)
    assert code == 0, err
    folder = tmp_path / "council"
    for part in ("data/report.yaml", "README.md", "styles/house.yaml"):
        assert (folder / part).is_file() and f"Wrote council/{part}" in out
    report = load_report(folder / "data" / "report.yaml")
    assert [(i.id, i.kind) for i in report.indicators] == [("EX1", "kpi"), ("EX2", "activity")]
    code, out, err = run(["build"], folder, monkeypatch, capsys)
    assert code == 0, err
    assert "Wrote output/ex-appendix-2024-25-Q3.pdf" in out
    assert "warning" not in err  # commentary is there for every indicator


def test_the_style_it_writes_is_the_sample_house_style() -> None:
    template = ROOT / "generator" / "templates" / "house.yaml"
    assert template.read_bytes() == (ROOT / "styles" / "house.yaml").read_bytes()


def test_init_never_overwrites(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "council").mkdir()
    (tmp_path / "council" / "notes.txt").write_text("mine\n", encoding="utf-8")
    code, _out, err = run(["init", "council"], tmp_path, monkeypatch, capsys)
    assert code == 2 and "already holds files" in err
    assert (tmp_path / "council" / "notes.txt").read_text(encoding="utf-8") == "mine\n"


def test_init_from_a_tracker_lists_its_indicators_for_targets_to_be_filled_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _tracker(tmp_path / "tracker.xlsx")
    code, _out, err = run(["init", "new", "--from", "tracker.xlsx"], tmp_path, monkeypatch, capsys)
    assert code == 0, err
    folder = tmp_path / "new"
    definition = (folder / "data" / "report.yaml").read_text(encoding="utf-8")
    assert 'indicator_column: "KPI ref"' in definition and 'sheet: "KPIs"' in definition
    code, _out, err = run(["build"], folder, monkeypatch, capsys)
    assert code == 2 and "a KPI needs a target" in err and "TS1" in err
    filled = definition.replace(
        "        target:               # fill in", "        target: 80"
    ).replace("        floor:  ", "        floor: 70")
    (folder / "data" / "report.yaml").write_text(filled, encoding="utf-8")
    report = load_report(folder / "data" / "report.yaml")
    assert [(i.id, i.kind, i.unit) for i in report.indicators] == [
        ("TS1", "kpi", "percent"),
        ("TS2", "activity", "count"),
    ]
    assert [s.id for s in report.indicators[1].years[0].series] == ["Booked", "MADE"]
    code, out, err = run(["build", "--format", "pdf"], folder, monkeypatch, capsys)
    assert code == 0, err
    assert "Wrote output/ts-appendix-2024-25-Q2.pdf" in out


def test_ids_with_no_common_prefix_are_kept_as_the_tracker_writes_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    tracker = tmp_path / "tracker.xlsx"
    _tracker(tracker)
    book = openpyxl.load_workbook(tracker)
    for row in book["KPIs"].iter_rows():
        if row[0].value == "TS2":
            row[0].value = "QA2"
    book.save(tracker)
    code, _out, err = run(["init", "new", "--from", "tracker.xlsx"], tmp_path, monkeypatch, capsys)
    assert code == 0, err
    definition = (tmp_path / "new" / "data" / "report.yaml").read_text(encoding="utf-8")
    assert 'id_prefix: ""   # none: the ids are the tracker\'s own refs\n' in definition
    ids = [line.split('"')[1] for line in definition.splitlines() if line.startswith("  - id:")]
    assert ids == ["TS1", "QA2"]


@pytest.mark.parametrize(
    ("figures", "percent"),
    [
        (["1,250", "1,310", "1,402"], False),  # counts with thousands separators
        (["71.5", "73.4", "74.2"], True),  # shares with decimals, no sign
        (["71.5", "73.0", "74.2"], False),  # a whole number with no sign: taken for a count
        (["71%", "73%", "74%"], True),
        (["71", "73", "74"], False),  # whole numbers and no sign: counts
        (["£719", "£761", "n/a"], False),  # a cost (unit gbp)
        (["£71.50", "£76.10", ""], False),
    ],
)
def test_init_guesses_a_percentage_from_the_figures_as_written(
    tmp_path: Path, figures: list[str], percent: bool
) -> None:
    tracker = tmp_path / "tracker.csv"
    cells = ",".join(f'"{f}"' for f in figures)
    tracker.write_text(
        f"KPI ref,Measure,Q1 24/25,Q2 24/25,Q3 24/25\nXY1,Things done,{cells}\n", encoding="utf-8"
    )
    (found,), *_ = found_indicators(tracker, None)
    assert (found.id, found.title, found.series, found.first, found.percent) == (
        "XY1",
        "Things done",  # one row per ref: "Measure" is its title, not a series
        (),
        Quarter(2024, 1),
        percent,
    )
    assert found.pounds == figures[0].startswith("£")


def test_a_tracker_of_costs_starts_a_definition_in_pounds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "tracker.csv").write_text(
        'KPI ref,Q1 24/25,Q2 24/25\nXY1,"£761","£719"\nXY2,"71.5%","73.4%"\nXY3,"1,250","1,402"\n',
        encoding="utf-8",
    )
    code, _out, err = run(["init", "new", "--from", "tracker.csv"], tmp_path, monkeypatch, capsys)
    assert code == 0, err
    definition = (tmp_path / "new" / "data" / "report.yaml").read_text(encoding="utf-8")
    units = [line.split("#")[0].strip() for line in definition.splitlines() if "unit:" in line]
    assert units == ["unit: gbp", "unit: percent", "unit: count"]
