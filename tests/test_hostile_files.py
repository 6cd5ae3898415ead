"""Report folders that are shared, zipped or made by someone else: links, files that
are not files, text no document can hold, output folders that cannot be written.
Each is one message (the file, the cause, the fix), never a traceback, and the
output folder is left as it was."""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import openpyxl
import pytest

from generator.read.folder import ReportFolder
from tests.report_folder import DEFINITION, data_csv, make_report
from tests.test_cli import run
from tests.test_wide import WIDE, _tracker

NARRATIVES = Path("narratives") / "2024-25-Q2"
TS1_MD = NARRATIVES / "TS1.md"
KEEP = "Keep the file itself in the report folder: replace the link with a copy"


@pytest.fixture(autouse=True)
def _one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APPENDIX_WORKERS", "1")


def _error(
    args: list[str], root: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> str:
    """The one error line of a command that must stop with exit 2."""
    code, out, err = run(args, root, monkeypatch, capsys)
    assert code == 2, (out, err)
    assert "Traceback" not in err and err.count("error:") == 1, err
    return err.strip()


def _secret(tmp_path: Path) -> Path:
    secret = tmp_path / "elsewhere" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    return secret


BUILD = ["build", "--format", "html"]


# 1. A symlinked commentary file publishes its target


def test_a_linked_commentary_file_is_refused_by_build_and_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path / "report")
    secret = _secret(tmp_path)
    (root / TS1_MD).unlink()
    (root / TS1_MD).symlink_to(secret)
    expected = (
        f"error: {TS1_MD}: the commentary file is a link (to {secret}), not a file; the "
        f"build reads only files kept in the report folder. {KEEP}"
    )
    assert _error(BUILD, root, monkeypatch, capsys) == expected
    assert not (root / "output").exists()
    assert _error(["check"], root, monkeypatch, capsys) == expected


def test_a_link_that_stays_inside_the_folder_is_refused_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path / "report")
    (root / "notes.md").write_text("Shared words.\n", encoding="utf-8")
    (root / TS1_MD).unlink()
    (root / TS1_MD).symlink_to(Path("..") / ".." / "notes.md")
    assert _error(BUILD, root, monkeypatch, capsys) == (
        f"error: {TS1_MD}: the commentary file is a link (to ../../notes.md), not a file; the "
        f"build reads only files kept in the report folder. {KEEP}"
    )


def test_a_linked_quarter_folder_leading_out_of_the_report_folder_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path / "report")
    outside = tmp_path / "elsewhere"
    (root / NARRATIVES).rename(outside)
    (root / NARRATIVES).symlink_to(outside)
    expected = (
        f"error: {TS1_MD}: the commentary file is reached through a linked folder (it is "
        f"{outside.resolve() / 'TS1.md'}); the build reads only files kept in the report "
        "folder. Keep the folder itself in the report folder: replace the link with a copy"
    )
    assert _error(BUILD, root, monkeypatch, capsys) == expected
    assert _error(["check"], root, monkeypatch, capsys) == expected


def test_a_linked_earlier_quarter_commentary_is_refused_by_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path / "report")
    secret = _secret(tmp_path)
    earlier = Path("narratives") / "2024-25-Q1" / "TS1.md"
    (root / earlier).parent.mkdir()
    (root / earlier).symlink_to(secret)
    assert _error(["check"], root, monkeypatch, capsys) == (
        f"error: {earlier}: the commentary file is a link (to {secret}), not a file; the "
        f"build reads only files kept in the report folder. {KEEP}"
    )


def test_a_linked_reported_figures_file_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path / "report")
    secret = _secret(tmp_path)
    reported = Path("data") / "reported" / "ts-2024-25-Q1.csv"
    (root / reported).parent.mkdir()
    (root / reported).symlink_to(secret)
    assert _error(["check"], root, monkeypatch, capsys) == (
        f"error: {reported}: the reported data file is a link (to {secret}), not a file; the "
        f"build reads only files kept in the report folder. {KEEP}"
    )


def test_a_commentary_fifo_is_refused_not_waited_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path / "report")
    (root / TS1_MD).unlink()
    os.mkfifo(root / TS1_MD)
    assert _error(["check"], root, monkeypatch, capsys) == (
        f"error: {TS1_MD}: the commentary file is a FIFO (a named pipe), not a file. Keep a "
        "text file of that name, or none"
    )


def test_a_commentary_folder_in_place_of_a_file_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path / "report")
    (root / TS1_MD).unlink()
    (root / TS1_MD).mkdir()
    assert _error(["check"], root, monkeypatch, capsys) == (
        f"error: {TS1_MD}: the commentary file is a folder, not a file. Keep a text file of "
        "that name, or none"
    )


@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_a_data_file_that_is_not_a_file_gets_one_message(
    kind: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = make_report(tmp_path / "report")
    data = root / "data" / "values.csv"
    data.unlink()
    if kind == "fifo":
        os.mkfifo(data)
    else:
        data.mkdir()
    what = "a FIFO (a named pipe)" if kind == "fifo" else "a folder"
    assert _error(["check"], root, monkeypatch, capsys) == (
        f"error: data/values.csv: the data file is {what}, not a file. Check data_files in "
        "data/report.yaml"
    )


def test_a_style_that_is_a_fifo_gets_one_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path / "report")
    style = root / "styles" / "house.yaml"
    style.unlink()
    os.mkfifo(style)
    assert _error(["check"], root, monkeypatch, capsys) == (
        "error: data/../styles/house.yaml: the house style file is a FIFO (a named pipe), not "
        "a file. Correct 'style:' in the definition (it is relative to data/)"
    )


def test_a_definition_that_is_a_fifo_gets_one_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path / "report")
    definition = root / "data" / "report.yaml"
    definition.unlink()
    os.mkfifo(definition)
    assert _error(["check"], root, monkeypatch, capsys) == (
        "error: data/report.yaml: the report definition is a FIFO (a named pipe), not a file. "
        "Keep the definition as a text file, data/report.yaml"
    )


def test_named_files_may_be_links_and_lie_outside_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A council-wide house style and a data file kept elsewhere, named on purpose."""
    root = make_report(tmp_path / "report")
    shared = tmp_path / "council"
    shared.mkdir()
    (root / "styles" / "house.yaml").rename(shared / "house.yaml")
    (root / "data" / "values.csv").rename(shared / "values.csv")
    (root / "data" / "values.csv").symlink_to(shared / "values.csv")
    definition = root / "data" / "report.yaml"
    definition.write_text(
        definition.read_text(encoding="utf-8").replace(
            'style: "../styles/house.yaml"', 'style: "../../council/house.yaml"'
        ),
        encoding="utf-8",
    )
    code, out, err = run(["check"], root, monkeypatch, capsys)
    assert code == 0, (out, err)


# 2. A quarter folder that is a file


def test_a_quarter_folder_that_is_a_file_names_the_cause(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path / "report")
    for path in (root / NARRATIVES).iterdir():
        path.unlink()
    (root / NARRATIVES).rmdir()
    (root / NARRATIVES).write_text("Commentary saved in the wrong place.\n", encoding="utf-8")
    expected = (
        f"error: {NARRATIVES}: this is a file, not a folder (it should hold TS1.md and the "
        "other commentary files). Rename or remove the file, and make a folder of that name "
        "for them"
    )
    assert _error(BUILD, root, monkeypatch, capsys) == expected
    assert _error(["check"], root, monkeypatch, capsys) == expected


def test_found_files_of_a_folder_named_by_a_relative_path(tmp_path: Path) -> None:
    root = make_report(tmp_path / "report")
    folder = ReportFolder.at(root)
    assert folder.commentaries_of("TS1") == [root / TS1_MD]


# 7. A commentary file size limit


def test_a_commentary_file_over_the_limit_is_refused_by_build_and_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path / "report")
    (root / TS1_MD).write_bytes(b"It rose.\n" * 116_509)  # 1,048,581 bytes
    expected = (
        f"error: {TS1_MD}: the commentary file is 1,048,581 bytes, over the limit of 1 MB "
        "(1,048,576 bytes) (indicator TS1, period 2024/25 Q2). A commentary is a few "
        "paragraphs: shorten it, or check that the file saved under this name is the commentary"
    )
    assert _error(BUILD, root, monkeypatch, capsys) == expected
    assert _error(["check"], root, monkeypatch, capsys) == expected


def test_an_earlier_commentary_over_the_limit_is_refused_by_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path / "report")
    earlier = Path("narratives") / "2024-25-Q1" / "TS1.md"
    (root / earlier).parent.mkdir()
    (root / earlier).write_bytes(b"x" * (1024 * 1024 + 1))
    assert _error(["check"], root, monkeypatch, capsys) == (
        f"error: {earlier}: the commentary file is 1,048,577 bytes, over the limit of 1 MB "
        "(1,048,576 bytes) (indicator TS1, period 2024/25 Q1). A commentary is a few "
        "paragraphs: shorten it, or check that the file saved under this name is the commentary"
    )


def test_a_commentary_file_at_the_limit_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path / "report")
    text = "Visits made reached {{ series.made.latest }}.\n"
    (root / NARRATIVES / "TS2.md").write_text(text + " " * (1024 * 1024 - len(text)))
    code, out, err = run(["check"], root, monkeypatch, capsys)
    assert code == 0, (out, err)


# 8. Control characters no document can hold


@pytest.mark.parametrize(
    ("character", "code"), [("\f", "U+000C"), ("\ufffe", "U+FFFE"), ("\uffff", "U+FFFF")]
)
def test_a_control_character_in_commentary_is_refused_with_its_line(
    character: str,
    code: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = make_report(tmp_path / "report")
    (root / TS1_MD).write_text(f"Intro.\n\nIt rose{character} again.\n", encoding="utf-8")
    expected = (
        f"error: {TS1_MD}, line 3: the file holds a control character ({code}) (indicator "
        "TS1, period 2024/25 Q2). Delete it: it cannot go into a document (it may have come "
        "with text pasted from another program; in Excel, =CLEAN() removes such characters)"
    )
    assert _error(BUILD, root, monkeypatch, capsys) == expected
    assert not (root / "output").exists()
    assert _error(["check"], root, monkeypatch, capsys) == expected


def test_tabs_and_carriage_returns_in_commentary_are_fine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path / "report")
    (root / NARRATIVES / "TS2.md").write_bytes(
        b"Visits made\treached {{ series.made.latest }}.\r\n\r\nMore.\r\n"
    )
    code, out, err = run(["check"], root, monkeypatch, capsys)
    assert code == 0, (out, err)


# 3. An output folder that cannot be written


@contextmanager
def _unwritable(folder: Path) -> Iterator[str]:
    """`folder` made so that no file can be made in it, as a user without permission
    finds it (root ignores permissions: an immutable folder instead); yields the reason
    the system gives."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield os.strerror(errno.EACCES)
        finally:
            folder.chmod(0o755)
        return
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("as root, needs chattr to make a folder unwritable")
    try:
        yield os.strerror(errno.EPERM)
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def _digest(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_an_output_folder_that_cannot_be_written_gets_one_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path / "report")
    code, _out, err = run(BUILD, root, monkeypatch, capsys)
    assert code == 0, err
    before = _digest(root / "output")
    with _unwritable(root / "output") as reason:
        assert _error(BUILD, root, monkeypatch, capsys) == (
            f"error: output: the output folder cannot be written to ({reason}). Make it "
            "writable (check its permissions), or build into another folder with --out"
        )
    assert _digest(root / "output") == before


def test_a_folder_the_output_folder_cannot_be_made_in_gets_one_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path / "report")
    (tmp_path / "papers").mkdir()
    with _unwritable(tmp_path / "papers") as reason:
        assert _error([*BUILD, "--out", "../papers/q2"], root, monkeypatch, capsys) == (
            f"error: ../papers: the folder the output folder is made in cannot be written to "
            f"({reason}). Make it writable (check its permissions), or build into another "
            "folder with --out"
        )
    assert list((tmp_path / "papers").iterdir()) == []


def test_a_cache_folder_that_cannot_be_written_gets_one_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path / "report")
    code, _out, err = run(BUILD, root, monkeypatch, capsys)
    assert code == 0, err
    (root / TS1_MD).write_text("New words.\n", encoding="utf-8")
    before = _digest(root / "output")
    with _unwritable(root / "output" / ".cache" / "pages") as reason:
        assert _error(BUILD, root, monkeypatch, capsys) == (
            f"error: output/.cache/pages: the cache folder cannot be written to ({reason}). "
            "Make it writable, or delete output/.cache (it holds only what makes the next "
            "build quicker)"
        )
    assert _digest(root / "output") == before


def test_build_all_reports_the_unwritable_one_and_builds_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    make_report(tmp_path / "a")
    make_report(tmp_path / "b")
    (tmp_path / "b" / "output").mkdir()
    with _unwritable(tmp_path / "b" / "output") as reason:
        code, out, err = run(["build", "--all", "--format", "html"], tmp_path, monkeypatch, capsys)
    assert code == 2, (out, err)
    assert "Traceback" not in err
    assert err.strip() == (
        f"error: b: b/output: the output folder cannot be written to ({reason}). Make it "
        "writable (check its permissions), or build into another folder with --out"
    )
    assert "1 written, 1 failed" in out
    assert (tmp_path / "a" / "output" / "ts-appendix-2024-25-Q2.html").is_file()
    assert list((tmp_path / "b" / "output").iterdir()) == []


# 4. A style file that is not a mapping


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- font\n- sizes\n", "the house style is not a mapping of fields (it is a list)"),
        ("house style\n", "the house style is not a mapping of fields (it is text)"),
        ("", "the house style file is empty"),
    ],
)
def test_a_style_that_is_not_a_mapping_gets_one_message(
    text: str,
    expected: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = make_report(tmp_path / "report")
    (root / "styles" / "house.yaml").write_text(text, encoding="utf-8")
    assert _error(["check"], root, monkeypatch, capsys) == (
        f"error: data/../styles/house.yaml: {expected}. Start from styles/house.yaml in the "
        "sample (it is commented line by line)"
    )


def test_a_style_section_that_is_not_a_mapping_gets_one_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path / "report")
    style = root / "styles" / "house.yaml"
    text = style.read_text(encoding="utf-8")
    start = text.index("\nfont:")
    end = text.index("\n", text.index("bold_italic:", start))
    style.write_text(text[:start] + '\nfont: "Arial"' + text[end:], encoding="utf-8")
    assert _error(["check"], root, monkeypatch, capsys) == (
        "error: data/../styles/house.yaml: 'font' must list its fields (it is text). Write "
        "them indented under it: family, files"
    )


# 5. "the years 2024 and 26 are not consecutive" gives no fix


def test_years_that_are_not_consecutive_say_what_to_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    definition = DEFINITION.replace('"2023/24":\n        target', '"2023/25":\n        target')
    root = make_report(tmp_path / "report", definition=definition)
    assert _error(["check"], root, monkeypatch, capsys) == (
        "error: data/report.yaml, years: 2023/25: the years 2023 and 25 are not consecutive "
        "(indicator TS1). A financial year is written as the year it starts and the next: "
        '"2023/24" for April 2023 to March 2024'
    )


def test_a_first_period_whose_years_are_not_consecutive_says_what_to_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    definition = DEFINITION.replace(
        '{id: booked, label: "visits booked"}',
        '{id: booked, label: "visits booked", first_period: "2023/2025 Q1"}',
    )
    root = make_report(tmp_path / "report", definition=definition)
    assert _error(["check"], root, monkeypatch, capsys) == (
        "error: data/report.yaml, years: 2023/24: the years 2023 and 2025 are not "
        "consecutive (indicator TS2). A financial year is written as the year it starts and "
        'the next: "2023/24" for April 2023 to March 2024'
    )


# 8. Control characters in the data: the cell, as a spreadsheet numbers it

DATA_FIX = (
    "Delete it: it cannot go into a document (it may have come with text pasted from "
    "another program; in Excel, =CLEAN() removes such characters)"
)


@pytest.mark.parametrize(("character", "code"), [("\v", "U+000B"), ("\f", "U+000C")])
def test_a_control_character_in_a_csv_cell_is_refused_with_its_cell(
    character: str,
    code: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A quoted line break first: the record's row is not the file's line.
    data = data_csv().replace("TS1,2023/24 Q1,,60.0,", 'TS1,2023/24 Q1,,60.0,"\n"', 1)
    data = data.replace("TS1,2023/24 Q3,,", f"TS1{character},2023/24 Q3,,", 1)
    root = make_report(tmp_path / "report", data=data)
    assert _error(["check"], root, monkeypatch, capsys) == (
        f"error: data/values.csv, cell A4: the cell holds a control character ({code}). " + DATA_FIX
    )


def test_a_control_character_in_a_workbook_cell_is_refused_with_its_cell(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path / "report")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Data"
    for line in data_csv().splitlines():
        sheet.append(line.split(","))
    sheet["C5"] = "_x000B_"  # how Excel writes a vertical tab in a cell
    book.save(root / "data" / "values.xlsx")
    definition = root / "data" / "report.yaml"
    definition.write_text(
        definition.read_text(encoding="utf-8").replace("values.csv", "values.xlsx"),
        encoding="utf-8",
    )
    assert _error(["check"], root, monkeypatch, capsys) == (
        "error: data/values.xlsx, sheet Data, cell C5: the cell holds a control character "
        f"(U+000B). {DATA_FIX}"
    )


def test_a_control_character_in_a_tracker_cell_is_refused_with_its_cell(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path / "report", definition=WIDE)
    _tracker(root / "data" / "tracker.xlsx", bad=("B5", "Booked_x001B_"))
    assert _error(["check"], root, monkeypatch, capsys) == (
        "error: data/tracker.xlsx, sheet KPIs, cell B5: the cell holds a control character "
        f"(U+001B). {DATA_FIX}"
    )


def test_tabs_and_line_breaks_in_data_cells_are_fine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = data_csv().replace("TS1,2023/24 Q1,,60.0,", 'TS1,2023/24 Q1,,"\t60.0",', 1)
    root = make_report(tmp_path / "report", data=data.replace("\n", "\r\n"))
    code, out, err = run(["check"], root, monkeypatch, capsys)
    assert code == 0, (out, err)


# 6. init --from reads a hidden sheet


def _tracker_with_a_hidden_year(path: Path) -> None:
    """A tracker whose first sheet, hidden, is a stale year; this year's is visible."""
    _tracker(path)
    book = openpyxl.load_workbook(path)
    stale = book.copy_worksheet(book["KPIs"])
    stale.title = "KPIs 2022-23"
    stale["A4"] = "OLD1"
    stale.sheet_state = "hidden"
    book.move_sheet(stale, offset=-book.index(stale))
    book.save(path)


def test_init_from_reads_the_visible_sheet_and_says_which_hidden_ones_it_passed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _tracker_with_a_hidden_year(tmp_path / "tracker.xlsx")
    code, out, err = run(["init", "new", "--from", "tracker.xlsx"], tmp_path, monkeypatch, capsys)
    assert code == 0, err
    assert out.splitlines()[0] == (
        "Note: tracker.xlsx: read sheet 'KPIs'; passed over the hidden sheet 'KPIs 2022-23' "
        "(to read one, name it in data/report.yaml: tracker: sheet:)"
    )
    definition = (tmp_path / "new" / "data" / "report.yaml").read_text(encoding="utf-8")
    assert 'sheet: "KPIs"' in definition and "OLD1" not in definition
    assert 'id: "TS1"' in definition


def test_a_hidden_sheet_named_in_the_definition_is_still_read(tmp_path: Path) -> None:
    from generator.read.wide import tracker_grid

    _tracker_with_a_hidden_year(tmp_path / "tracker.xlsx")
    grid = tracker_grid(tmp_path / "tracker.xlsx", "KPI ref", "KPIs 2022-23")
    assert grid.sheet == "KPIs 2022-23" and grid.rows[3][0] == "OLD1"
