"""The `appendix` command: exit codes, messages, and bad input that changes nothing."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from generator.cli import main
from tests.report_folder import DEFINITION, HEADER_ROW, data_csv, make_report


def run(
    args: list[str], cwd: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    monkeypatch.chdir(cwd)
    monkeypatch.setattr(sys, "argv", ["appendix", *args])
    try:
        main()
        code = 0
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Path:
    root = make_report(tmp_path / "report")
    code, out, err = run(["build"], root, monkeypatch, capsys)
    assert code == 0, err
    assert "Wrote output/ts-appendix-2024-25-Q2.docx" in out
    assert "Wrote output/ts-appendix-2024-25-Q2.pdf" in out
    return root


def test_build_writes_both_files_and_says_where(built: Path) -> None:
    assert (built / "output" / "ts-appendix-2024-25-Q2.docx").stat().st_size > 0
    assert (built / "output" / "ts-appendix-2024-25-Q2.pdf").read_bytes().startswith(b"%PDF")


def test_words_in_square_brackets_are_printed_as_written(
    built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder named "[draft]" is said as it is: square brackets are never taken for
    a colour (which dropped them: "Wrote papers//ts-appendix..."), nor ":memo:" for an
    emoji, in a line or a message quoting a file, cell or an editor's words."""
    code, out, err = run(
        ["build", "--format", "html", "--out", "papers/[draft]/:memo:"], built, monkeypatch, capsys
    )
    assert code == 0, err
    assert "Wrote papers/[draft]/:memo:/ts-appendix-2024-25-Q2.html" in out
    (built / "papers" / "[v2]").write_text("a file, not a folder", encoding="utf-8")
    code, _, err = run(["build", "--out", "papers/[v2]"], built, monkeypatch, capsys)
    assert code == 2 and err.startswith("error: ") and "[v2]" in err


def test_one_format_and_another_folder(
    built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, _ = run(
        ["build", "--format", "pdf", "--out", "papers", "--quarter", "Q2 2024/25"],
        built,
        monkeypatch,
        capsys,
    )
    assert code == 0
    assert [p.name for p in (built / "papers").glob("*.pdf")] == ["ts-appendix-2024-25-Q2.pdf"]
    assert not list((built / "papers").glob("*.docx"))


@pytest.mark.parametrize(
    ("formats", "suffixes"),
    [("html,xlsx", [".html", ".xlsx"]), ("all", [".docx", ".html", ".ods", ".pdf", ".xlsx"])],
)
def test_formats_by_name_in_a_list_or_all(
    built: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    formats: str,
    suffixes: list[str],
) -> None:
    code, out, _ = run(["build", "--format", formats, "--out", "web"], built, monkeypatch, capsys)
    assert code == 0
    written = sorted((built / "web").glob("ts-appendix-*.*"))
    assert [p.suffix for p in written if p.suffix != ".csv"] == suffixes
    for suffix in suffixes:
        assert f"Wrote web/ts-appendix-2024-25-Q2{suffix}" in out
    page = (built / "web" / "ts-appendix-2024-25-Q2.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "TS1: Share of requests" in page
    book = openpyxl.load_workbook(built / "web" / "ts-appendix-2024-25-Q2.xlsx")
    assert book.sheetnames == ["Cover", "Contents", "Notes", "Summary", "TS1", "TS2"]


def _xlsx_with_formula(root: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["indicator", "period", "series", "value", "status"])
    sheet.append(["TS1", "2024/25 Q2", "", "=70+1", ""])
    book.save(root / "data" / "values.xlsx")
    text = (root / "data" / "report.yaml").read_text(encoding="utf-8")
    (root / "data" / "report.yaml").write_text(
        text.replace("values.csv", "values.xlsx"), encoding="utf-8"
    )


def _replace(path: str, old: str, new: str):  # type: ignore[no-untyped-def]
    def change(root: Path) -> None:
        target = root / path
        text = target.read_text(encoding="utf-8")
        assert old in text, (path, old)
        target.write_text(text.replace(old, new, 1), encoding="utf-8")

    return change


def _write(path: str, content: bytes):  # type: ignore[no-untyped-def]
    def change(root: Path) -> None:
        (root / path).write_bytes(content)

    return change


CSV = "data/values.csv"
YAML = "data/report.yaml"
TS1_MD = "narratives/2024-25-Q2/TS1.md"
LAST_TS1 = "TS1,2024/25 Q2,,71.0,"

BAD_INPUTS = {
    "missing column": (
        _write(CSV, b"indicator,period,value\nTS1,2024/25 Q2,70\n"),
        ["values.csv", "header row", "column 'series' is missing"],
    ),
    "extra column": (
        _replace(CSV, HEADER_ROW, HEADER_ROW + ",comment"),
        ["values.csv", "unknown column 'comment'"],
    ),
    "non-numeric value": (
        _replace(CSV, LAST_TS1, "TS1,2024/25 Q2,,7O,"),
        ["values.csv", "row 7", "TS1", "2024/25 Q2", "'7O' is not a number"],
    ),
    "negative count": (
        _replace(CSV, "TS2,2024/25 Q2,made,1200,", "TS2,2024/25 Q2,made,-1200,"),
        ["values.csv", "row 19", "TS2", "negative"],
    ),
    "percentage over 100": (
        _replace(CSV, LAST_TS1, "TS1,2024/25 Q2,,171,"),
        ["row 7", "TS1", "2024/25 Q2", "over 100"],
    ),
    "duplicate row": (
        _replace(CSV, LAST_TS1, LAST_TS1 + "\n" + LAST_TS1),
        ["row 8", "a second value", "row 7"],
    ),
    "unknown indicator": (
        _replace(CSV, LAST_TS1, LAST_TS1 + "\nTS9,2024/25 Q2,,1,"),
        ["row 8", "unknown indicator 'TS9'"],
    ),
    "unknown series": (
        _replace(CSV, "TS2,2024/25 Q2,made", "TS2,2024/25 Q2,missed"),
        ["row 19", "unknown series 'missed'", "booked, made"],
    ),
    "period format": (
        _replace(CSV, LAST_TS1, "TS1,Sept 2024,,71,"),
        ["row 7", "TS1", "'Sept 2024' is not a financial-year quarter"],
    ),
    "period out of range": (
        _replace(CSV, LAST_TS1, "TS1,2024/25 Q6,,71,"),
        ["row 7", "quarter must be 1 to 4"],
    ),
    "empty data file": (_write(CSV, b""), ["values.csv", "the file is empty"]),
    "header only": (
        _write(CSV, b"indicator,period,series,value,status\n"),
        ["values.csv", "a header but no rows"],
    ),
    "empty definition": (_write(YAML, b""), ["report.yaml", "empty"]),
    "missing field": (_replace(YAML, "    kind: kpi\n", ""), ["report.yaml", "TS1", "'kind'"]),
    "mistyped field": (
        _replace(YAML, "        floor: 70", "        flooor: 70"),
        ["report.yaml", "TS1", "unknown field 'flooor'"],
    ),
    "floor above target": (
        _replace(YAML, "        floor: 70", "        floor: 95"),
        ["report.yaml", "TS1", "2023/24", "floor (95) is above the target (80)"],
    ),
    "excel formula": (_xlsx_with_formula, ["values.xlsx", "D2", "formula with no saved value"]),
    "commentary not UTF-8": (
        _write(TS1_MD, "Costs fell to \xa3719.\n".encode("cp1252")),
        ["TS1.md", "line 1", "TS1", "not UTF-8"],
    ),
    "javascript link": (
        _write(TS1_MD, b"Intro.\n\nSee [this](javascript:alert(1)).\n"),
        ["TS1.md", "line 3", "TS1", "'javascript:' address"],
    ),
    "path in an id": (
        _replace(YAML, "  - id: TS2", "  - id: ../x"),
        ["report.yaml", "indicator id '../x'"],
    ),
    "unknown placeholder": (
        _write(TS1_MD, b"Now {{ lastest }}.\n"),
        ["TS1.md", "line 1", "unknown placeholder", "TS1"],
    ),
    "bad YAML": (_write(YAML, b"title: [unclosed\n"), ["report.yaml", "not valid YAML"]),
    "commentary UTF-16 without a byte-order mark": (
        _write(TS1_MD, "In the latest quarter it rose.\n".encode("utf-16-le")),
        ["TS1.md", "TS1", "UTF-16 text, not UTF-8", "Save it as UTF-8"],
    ),
    "commentary UTF-16 with a byte-order mark": (
        _write(TS1_MD, "In the latest quarter it rose.\n".encode("utf-16")),
        ["TS1.md", "UTF-16 text", "Save it as UTF-8"],
    ),
    "commentary UTF-32": (
        _write(TS1_MD, "In the latest quarter it rose.\n".encode("utf-32-be")),
        ["TS1.md", "UTF-32 text", "Save it as UTF-8"],
    ),
    "commentary with a NUL": (
        _write(TS1_MD, b"Intro.\n\nIt rose\x00.\n"),
        ["TS1.md", "line 3", "control character (U+0000)", "Save it as UTF-8"],
    ),
    "data in UTF-16": (
        _write(CSV, data_csv().encode("utf-16")),
        ["values.csv", "UTF-16 text", "CSV UTF-8"],
    ),
    "misplaced thousands separators": (
        _replace(CSV, "TS2,2024/25 Q2,made,1200,", 'TS2,2024/25 Q2,made,"1,20,0",'),
        ["values.csv", "row 19", "TS2", "'1,20,0'", "thousands separators out of place"],
    ),
    "blank polarity": (
        _replace(YAML, "    polarity: higher", "    polarity:"),
        ["report.yaml", "TS1", "'polarity' is blank", "higher, lower"],
    ),
    "missing style file": (
        lambda root: (root / "styles" / "house.yaml").unlink(),
        ["report.yaml", "'style:'", "house.yaml", "appendix init"],
    ),
    "no data for the quarter": (
        _replace(CSV, LAST_TS1 + "\n", ""),
        ["no value for series 'value'", "TS1", "2024/25 Q2"],
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_gets_one_clear_message_and_changes_nothing(
    case: str, built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    break_it, expected = BAD_INPUTS[case]
    before = _digest(built / "output")
    break_it(built)
    code, out, err = run(["build", "--quarter", "2024-25 Q2"], built, monkeypatch, capsys)
    assert code == 2, (out, err)
    message = " ".join(err.split())
    assert "Traceback" not in err and err.count("error:") == 1
    for part in expected:
        assert part in message, (part, message)
    assert _digest(built / "output") == before


def test_check_exits_1_with_findings_and_strict_refuses(
    built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["check"], built, monkeypatch, capsys)
    assert code == 0 and "No findings." in out
    _write(TS1_MD, b"We reached 99% and were rated GREEN.\n")(built)
    code, out, _ = run(["check"], built, monkeypatch, capsys)
    assert code == 1 and "2 finding(s)" in out and "TS1.md, line 1" in out
    before = _digest(built / "output")
    code, _, err = run(["build", "--strict"], built, monkeypatch, capsys)
    assert code == 1 and "not built" in err
    assert _digest(built / "output") == before


def test_a_plain_build_warns_with_the_number_of_findings_and_builds(
    built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["build"], built, monkeypatch, capsys)
    assert code == 0 and "finding" not in err
    _write(TS1_MD, b"We reached 99% and were rated GREEN.\n")(built)
    code, out, err = run(["build"], built, monkeypatch, capsys)
    assert code == 0 and "Wrote output/ts-appendix-2024-25-Q2.pdf" in out
    (line,) = [x for x in err.splitlines() if "finding" in x]
    assert "the commentary has 2 finding(s)" in line and "appendix check" in line


def test_check_reads_changed_data_after_a_build(
    built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(TS1_MD, b"We reached 71% this quarter.\n")(built)
    code, out, _ = run(["check"], built, monkeypatch, capsys)
    assert code == 0, out  # read with the build's validated data
    data = built / "data" / "values.csv"
    data.write_text(data.read_text(encoding="utf-8").replace(",71.0,", ",73.0,"), encoding="utf-8")
    code, out, _ = run(["check"], built, monkeypatch, capsys)
    assert code == 1 and "says 71% for Quarter 2 2024/25; the data has 73%" in out


def test_check_counts_numbers_marked_as_not_figures(
    built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(TS1_MD, b"We reached 99%<!-- not a figure --> of the 7 districts.\n")(built)
    code, out, _ = run(["check"], built, monkeypatch, capsys)
    assert code == 0, out
    assert "1 number(s) marked <!-- not a figure --> were not checked" in out
    assert "No findings." in out


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ["build", "--format", "xml"],
            "'xml' is not a list of 'docx', 'pdf', 'html', 'xlsx', 'ods', 'both', 'all'",
        ),
        (["build", "--format", "html,xml"], "'html,xml' is not a list of"),
        (["buld"], "No such command 'buld'. Did you mean 'build'?"),
        (["build", "--colour"], "No such option '--colour'"),
        (["new-quarter"], "Missing argument 'QUARTER'"),
    ],
)
def test_a_mistyped_command_gets_usage_and_exit_2(
    built: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    said: str,
) -> None:
    before = _digest(built / "output")
    code, _, err = run(args, built, monkeypatch, capsys)
    assert code == 2 and said in err and "Usage: appendix" in err
    assert "Traceback" not in err
    assert _digest(built / "output") == before


def test_check_reads_revisions_from_the_folder_built_into(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path / "report")
    code, _, err = run(
        ["build", "--quarter", "2024-25 Q1", "--out", "papers"], root, monkeypatch, capsys
    )
    assert code == 0, err
    _replace(CSV, "TS2,2024/25 Q1,made,1150,", "TS2,2024/25 Q1,made,1160,")(root)
    code, out, _ = run(["check"], root, monkeypatch, capsys)
    assert code == 0 and "Revised" not in out  # nothing was built into output/
    code, out, _ = run(["check", "--out", "papers"], root, monkeypatch, capsys)
    assert code == 0 and "Revised since last reported (1)" in out
    assert "TS2 2024/25 Q1" in out and "1,150 when reported, now 1,160" in out


def test_an_interrupted_build_leaves_the_previous_files(built: Path) -> None:
    before = _digest(built / "output")
    process = subprocess.Popen(
        [sys.executable, "-c", "from generator.cli import main; main()", "build", "--no-cache"],
        cwd=built,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    import time

    deadline = time.monotonic() + 60
    while not list((built / "output").glob(".*.partial")) and time.monotonic() < deadline:
        time.sleep(0.005)  # wait until it is part-way through writing
    caught_mid_write = bool(list((built / "output").glob(".*.partial")))
    os.killpg(process.pid, signal.SIGKILL)  # the build and its chart workers, as a power cut would
    process.wait()
    assert caught_mid_write
    after = _digest(built / "output")
    assert {name: after.get(name) for name in before} == before
    # The next build clears what the killed one left behind.
    rebuilt = subprocess.run(
        [sys.executable, "-c", "from generator.cli import main; main()", "build"],
        cwd=built,
        capture_output=True,
        text=True,
        check=False,
    )
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert not list((built / "output").glob(".*.partial"))


def test_a_definition_for_another_council_needs_no_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(
        tmp_path,
        definition=DEFINITION.replace("TS", "HX"),
        data=data_csv().replace("TS", "HX"),
        commentary={"HX1": "Fine.\n", "HX2": "Also fine.\n"},
    )
    code, out, _ = run(["build", "--format", "docx"], root, monkeypatch, capsys)
    assert code == 0 and "hx-appendix-2024-25-Q2.docx" in out
    shutil.rmtree(root / "output")


def test_the_installed_command_exits_with_the_right_status(built: Path) -> None:
    command = [sys.executable, "-c", "from generator.cli import entry; entry()"]
    good = subprocess.run(
        [*command, "build", "--format", "pdf"],
        cwd=built,
        capture_output=True,
        text=True,
        check=False,
    )
    assert good.returncode == 0 and "Wrote output/ts-appendix-2024-25-Q2.pdf" in good.stdout
    bad = subprocess.run(
        [*command, "build", "--quarter", "2030/31 Q1"],
        cwd=built,
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 2
    assert "there is no data for 2030/31 Q1" in bad.stderr and "Traceback" not in bad.stderr


def test_a_mistyped_latest_period_is_named(
    built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _replace(CSV, "TS2,2024/25 Q2,made,1200,", "TS2,2025/26 Q2,made,1200,")(built)
    code, _, err = run(["build"], built, monkeypatch, capsys)
    message = " ".join(err.split())
    assert code == 2
    assert "the latest quarter in the data, 2025/26 Q2, has figures for only 1 of 2" in message
    assert "TS2, row 19" in message and "values.csv" in message


def test_out_naming_a_file_says_so(
    built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (built / "notes.txt").write_text("not a folder\n", encoding="utf-8")
    code, _out, err = run(["build", "--out", "notes.txt"], built, monkeypatch, capsys)
    assert code == 2, err
    assert "notes.txt is a file, not a folder" in " ".join(err.split())
    assert "internal error" not in err


class _Stream:
    def __init__(self, tty: bool | None) -> None:
        self.tty = tty

    def isatty(self) -> bool:
        if self.tty is None:
            raise ValueError("I/O operation on closed file")
        return self.tty


def test_the_progress_bars_wait_half_a_second_then_show_every_stage_so_far(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On a terminal, a build quicker than half a second shows no bar (they would only
    flash) and loads none of rich for them; a longer one shows its bars from then on,
    each stage reported so far at once, as it stands."""
    import io

    from rich.console import Console

    from generator import cli

    monkeypatch.setattr(cli, "_may_be_terminal", lambda: True)
    made: list[Console] = []

    def terminal() -> Console:  # made once, as cli.err's is
        if not made:
            made.append(Console(file=io.StringIO(), force_terminal=True))
        return made[0]

    monkeypatch.setattr(cli, "err", terminal)
    now = [100.0]
    bars = cli.ProgressBars(clock=lambda: now[0])
    for stage, done, total, at in [
        ("Drawing charts", 0, 20, 100.0),
        ("Drawing charts", 20, 20, 100.2),
        ("Writing documents", 0, 2, 100.3),
    ]:
        now[0] = at
        bars(stage, done, total)
    assert (bars.progress, made) == (None, [])  # a quick rebuild: nothing drawn
    now[0] = 100.6
    bars("Writing documents", 1, 2)
    assert bars.progress is not None and len(made) == 1
    shown = {task.description: (task.completed, task.total) for task in bars.progress.tasks}
    assert shown == {"Drawing charts": (20, 20), "Writing documents": (1, 2)}
    bars("Writing documents", 2, 2)
    assert {t.description: t.completed for t in bars.progress.tasks}["Writing documents"] == 2
    bars.stop()


@pytest.mark.parametrize(
    ("environment", "tty", "may_be"),
    [
        ({}, False, False),  # a pipe or a file: no bar, rich not loaded to find out
        ({}, True, True),
        ({}, None, False),  # a closed stream
        ({"FORCE_COLOR": "1"}, False, True),  # rich decides
        ({"FORCE_COLOR": ""}, False, True),
        ({"TTY_COMPATIBLE": "1"}, False, True),
        ({"TTY_COMPATIBLE": "0"}, True, True),
    ],
)
def test_the_progress_bars_ask_rich_only_where_standard_error_may_be_a_terminal(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], tty: bool | None, may_be: bool
) -> None:
    """Where it may be one, rich decides (its own rules, settings included); where it
    surely is not, the build does not load rich to ask."""
    from generator import cli

    for name in ("FORCE_COLOR", "TTY_COMPATIBLE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "stderr", _Stream(tty))
    assert cli._may_be_terminal() is may_be
    if not may_be:

        def no_console() -> object:
            raise AssertionError("rich's console made to find out")

        monkeypatch.setattr(cli, "err", no_console)
        bars = cli.ProgressBars()
        bars("Drawing charts", 0, 3)
        assert (bars.shown, bars.progress) == (False, None)
