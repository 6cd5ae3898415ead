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
from tests.report_folder import BOOKED, DEFINITION, MADE, ROOT, TS1, data_csv, make_report
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
        "Owner, Notes",
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


# Tidy data files (one row per indicator, series and quarter) kept as .ods or .xls.


def _tidy(tmp_path: Path, name: str) -> Path:
    return make_report(
        tmp_path,
        definition=DEFINITION.replace('data_files: ["values.csv"]', f'data_files: ["{name}"]'),
    )


def _ods_values(path: Path, rows: list[list[object]]) -> None:
    """Tidy rows on a sheet after a notes sheet, as LibreOffice Calc keeps them."""
    with pd.ExcelWriter(path, engine="odf") as writer:
        notes = pd.DataFrame([["Figures as returned by the service"]])
        notes.to_excel(writer, sheet_name="Notes", header=False, index=False)
        pd.DataFrame(rows).to_excel(writer, sheet_name="Values", header=False, index=False)


def _csv_rows() -> list[list[object]]:
    return [line.split(",") for line in data_csv().splitlines()]


def test_a_tidy_ods_data_file_reads_as_the_csv_one(tmp_path: Path) -> None:
    csv_root = make_report(tmp_path / "c")
    ods_root = _tidy(tmp_path / "o", "values.ods")
    rows = _csv_rows()
    typed = [rows[0]] + [[*r[:3], float(r[3]), r[4]] for r in rows[1:]]  # figures as numbers
    _ods_values(ods_root / "data" / "values.ods", typed)
    assert _figures(ods_root) == _figures(csv_root)


def test_a_bad_figure_in_a_tidy_ods_file_is_named_by_its_row(tmp_path: Path) -> None:
    root = _tidy(tmp_path, "values.ods")
    rows = _csv_rows()
    rows[4][3] = "6O.5"  # row 5 as Calc numbers it: TS1 in 2023/24 Q4
    _ods_values(root / "data" / "values.ods", rows)
    with pytest.raises(InputError) as caught:
        load_data(load_report(root / "data" / "report.yaml"))
    message = caught.value.message()
    assert "values.ods, row 5: value '6O.5' is not a number" in message
    assert "(indicator TS1, period 2023/24 Q4)" in message


def test_a_tidy_ods_file_without_a_header_row_is_refused_naming_its_sheets(
    tmp_path: Path,
) -> None:
    root = _tidy(tmp_path, "values.ods")
    _ods_values(root / "data" / "values.ods", _csv_rows()[1:])  # the header row left out
    with pytest.raises(InputError) as caught:
        load_data(load_report(root / "data" / "report.yaml"))
    message = caught.value.message()
    assert "values.ods: no sheet has a header row with an 'indicator' column" in message
    assert "(sheets: 'Notes', 'Values')" in message


def test_a_tidy_xls_file_reads_with_its_late_figure_as_a_gap(tmp_path: Path) -> None:
    csv_root = make_report(tmp_path / "c")
    xls_root = _tidy(tmp_path / "s", "values.xls")
    shutil.copyfile(FIXTURES / "values.xls", xls_root / "data" / "values.xls")
    expected = _figures(csv_root)
    late = [key for key in expected if key[:2] == ("TS2", "made") and str(key[2]) == "2024/25 Q2"]
    assert len(late) == 1
    del expected[late[0]]
    assert _figures(xls_root) == expected
    dataset = load_data(load_report(xls_root / "data" / "report.yaml"))
    assert late[0] in dataset.gaps


def test_a_build_from_a_tidy_ods_file_publishes_its_figures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _tidy(tmp_path, "values.ods")
    _ods_values(root / "data" / "values.ods", _csv_rows())
    code, _out, err = run(["build", "--format", "html"], root, monkeypatch, capsys)
    assert code == 0, err
    page = (root / "output" / "ts-appendix-2024-25-Q2.html").read_text(encoding="utf-8")
    assert ">71%<" in page and ">1,300<" in page
