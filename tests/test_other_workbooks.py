""".xls and .ods trackers: read as .xlsx ones are (pandas' read_excel, only for them).

The .ods files are written here with pandas' odf engine. No library the project
installs writes .xls, and LibreOffice here has no Calc to convert one, so the .xls
tracker is a committed fixture, tests/fixtures/tracker.xls (written once with xlwt
by tests/fixtures/make_tracker_xls.py).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from generator.core.errors import InputError
from generator.read.data import load_data
from generator.read.definitions import load_report
from tests.report_folder import BOOKED, MADE, ROOT, TS1, make_report
from tests.scope import new_process
from tests.test_api import NO_PANDAS, run_python
from tests.test_cli import run
from tests.test_wide import HEADERS, WIDE, _tracker

FIXTURES = ROOT / "tests" / "fixtures"


def _ods_tracker(path: Path, *, bad: tuple[int, int, object] | None = None) -> None:
    """The test_wide tracker (a cover sheet first, a title row), as LibreOffice keeps it."""
    kpis: list[list[object]] = [
        ["Test Services performance tracker"],
        [],
        ["KPI ref", "Measure", "Owner", *HEADERS, "RAG", "Notes"],
        ["TS1", "", "A. Smith", *TS1, "GREEN", "on track"],
        ["TS2", "Booked", "B. Jones", *BOOKED, "", ""],
        ["TS2", " MADE", "B. Jones", *MADE[:-2], "", MADE[-1], "", "late return"],
        ["Other measures"],
    ]
    if bad is not None:
        row, column, value = bad
        kpis[row][column] = value
    width = max(len(r) for r in kpis)
    with pd.ExcelWriter(path, engine="odf") as writer:
        cover = pd.DataFrame([["Directorate tracker, kept by the performance team"]])
        cover.to_excel(writer, sheet_name="Read me", header=False, index=False)
        frame = pd.DataFrame([r + [None] * (width - len(r)) for r in kpis])
        frame.to_excel(writer, sheet_name="KPIs", header=False, index=False)


def _wide(tmp_path: Path, name: str) -> Path:
    return make_report(tmp_path, definition=WIDE.replace("tracker.xlsx", name))


def _figures(root: Path) -> dict[tuple[str, str, object], float]:
    dataset = load_data(load_report(root / "data" / "report.yaml"))
    return {key: round(o.value, 6) for key, o in dataset.observations.items()}


def test_an_ods_tracker_reads_as_the_xlsx_one(tmp_path: Path) -> None:
    xlsx = _wide(tmp_path / "x", "tracker.xlsx")
    _tracker(xlsx / "data" / "tracker.xlsx")
    ods = _wide(tmp_path / "o", "tracker.ods")
    _ods_tracker(ods / "data" / "tracker.ods")
    assert _figures(ods) == _figures(xlsx)
    warning = load_data(load_report(ods / "data" / "report.yaml")).warnings
    assert warning == (
        f"{ods / 'data' / 'tracker.ods'}: sheet KPIs: columns not read (not quarters): "
        "Owner, RAG, Notes",
    )


def test_a_bad_cell_of_an_ods_tracker_is_named_as_the_user_sees_it(tmp_path: Path) -> None:
    root = _wide(tmp_path, "tracker.ods")
    _ods_tracker(root / "data" / "tracker.ods", bad=(4, 5, "1,1OO"))  # row 5, column F
    with pytest.raises(InputError) as caught:
        load_data(load_report(root / "data" / "report.yaml"))
    message = caught.value.message()
    assert "tracker.ods, sheet KPIs, cell F5: value '1,1OO' is not a number" in message
    assert "(indicator TS2, period 2023/24 Q3)" in message


def test_a_damaged_ods_file_gets_one_message(tmp_path: Path) -> None:
    root = _wide(tmp_path, "tracker.ods")
    (root / "data" / "tracker.ods").write_bytes(b"PK\x03\x04 not really a spreadsheet")
    with pytest.raises(InputError) as caught:
        load_data(load_report(root / "data" / "report.yaml"))
    assert "tracker.ods: cannot open the workbook (BadZipFile)" in caught.value.message()


def test_init_from_an_ods_tracker_then_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _ods_tracker(tmp_path / "tracker.ods")
    code, out, err = run(["init", "new", "--from", "tracker.ods"], tmp_path, monkeypatch, capsys)
    assert code == 0, err
    assert "read sheet 'KPIs'" in out
    definition = (tmp_path / "new" / "data" / "report.yaml").read_text(encoding="utf-8")
    assert 'data_files: ["tracker.ods"]' in definition and 'sheet: "KPIs"' in definition
    filled = definition.replace(
        "        target:               # fill in", "        target: 80"
    ).replace("        floor:  ", "        floor: 70")
    (tmp_path / "new" / "data" / "report.yaml").write_text(filled, encoding="utf-8")
    code, out, err = run(["build", "--format", "html"], tmp_path / "new", monkeypatch, capsys)
    assert code == 0, err
    assert "Wrote output/ts-appendix-2024-25-Q2.html" in out


def test_an_xls_tracker_reads_as_the_xlsx_one(tmp_path: Path) -> None:
    xlsx = _wide(tmp_path / "x", "tracker.xlsx")
    _tracker(xlsx / "data" / "tracker.xlsx")
    xls = _wide(tmp_path / "s", "tracker.xls")
    shutil.copyfile(FIXTURES / "tracker.xls", xls / "data" / "tracker.xls")
    assert _figures(xls) == _figures(xlsx)


def test_a_bad_cell_of_an_xls_tracker_is_named_as_the_user_sees_it(tmp_path: Path) -> None:
    root = make_report(
        tmp_path, definition=WIDE.replace("tracker.xlsx", "tracker.xls").replace("TS2", "TS9", 1)
    )
    shutil.copyfile(FIXTURES / "tracker.xls", root / "data" / "tracker.xls")
    with pytest.raises(InputError) as caught:
        load_data(load_report(root / "data" / "report.yaml"))
    assert "tracker.xls, sheet KPIs, cell D5: unknown indicator 'TS2'" in caught.value.message()


@new_process
def test_an_xlsx_tracker_build_never_imports_pandas(tmp_path: Path) -> None:
    """pandas (0.4 s to import) is for .xls and .ods trackers only."""
    root = _wide(tmp_path / "report", "tracker.xlsx")
    _tracker(root / "data" / "tracker.xlsx")
    commands = [["build", "--format", "pdf", "--no-cache"], ["check"]]
    done = run_python(NO_PANDAS.format(commands=commands), root, APPENDIX_WORKERS="1")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "[]"
