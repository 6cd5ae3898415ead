"""Every path a user can meet on the command line, with its exit status and message."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.report_folder import HEADER_ROW, data_csv, make_report
from tests.test_cli import run


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (data_csv().replace("TS1,2024/25 Q2,,71.0,", "TS1,2024/25 Q2,,100.01,"), "over 100"),
        (data_csv().replace(HEADER_ROW, "indicator,period,value"), "column 'series' is missing"),
        (data_csv().replace("TS1,2024/25 Q2,,71.0,", "TS1,2024/25 Q2,,seventy,"), "not a number"),
    ],
)
def test_check_on_bad_input_exits_2_with_one_message(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data: str,
    said: str,
) -> None:
    root = make_report(tmp_path, data=data)
    before = _digest(root)
    code, out, err = run(["check"], root, monkeypatch, capsys)
    assert code == 2, (out, err)
    message = " ".join(err.split())
    assert err.count("error:") == 1 and said in message and "values.csv" in message
    assert "Traceback" not in err and "No findings" not in out
    assert _digest(root) == before  # check writes nothing


def test_new_quarter_writes_a_draft_per_indicator_and_keeps_what_exists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path)
    folder = root / "narratives" / "2024-25-Q1"
    folder.mkdir(parents=True)
    (folder / "TS2.md").write_text("Our own words.\n", encoding="utf-8")
    code, out, err = run(["new-quarter", "2024-25 Q1"], root, monkeypatch, capsys)
    assert code == 0, err
    assert "Drafted narratives/2024-25-Q1/TS1.md" in out
    assert "Left 1 existing file(s) as they were" in out
    assert (folder / "TS2.md").read_text(encoding="utf-8") == "Our own words.\n"
    draft = (folder / "TS1.md").read_text(encoding="utf-8")
    assert draft.strip() and "{{" in draft  # a draft filled in from the data at build time
    # The draft builds, and says the quarter's figure.
    code, out, err = run(
        ["build", "--quarter", "2024-25 Q1", "--format", "pdf"], root, monkeypatch, capsys
    )
    assert code == 0, err
    code, out, err = run(["new-quarter", "2024-25 Q5"], root, monkeypatch, capsys)
    message = " ".join(err.split())
    assert code == 2 and err.count("error:") == 1 and "the quarter argument" in message
    assert "Drafted" not in out and not (root / "narratives" / "2024-25-Q5").exists()


def test_missing_commentary_is_a_warning_and_the_build_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path, commentary={"TS1": "Some words.\n", "TS2": "   \n"})
    (root / "narratives" / "2024-25-Q2" / "TS2.md").unlink()
    code, out, err = run(["build", "--format", "docx"], root, monkeypatch, capsys)
    assert code == 0, err
    # One warning for the missing file (the checker's count of findings may follow).
    warnings = [line for line in err.splitlines() if line.startswith("warning:")]
    assert len([w for w in warnings if "TS2" in w]) == 1, err
    message = " ".join(err.split())
    assert "TS2.md" in message and "the commentary for TS2 (2024/25 Q2) is missing" in message
    assert "Wrote output/ts-appendix-2024-25-Q2.docx" in out
    (root / "narratives" / "2024-25-Q2" / "TS2.md").write_text("  \n", encoding="utf-8")
    code, out, err = run(["build", "--format", "docx"], root, monkeypatch, capsys)
    assert code == 0 and "the commentary for TS2 (2024/25 Q2) is empty" in " ".join(err.split())


def test_an_internal_error_exits_70_and_says_nothing_was_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path)
    code, _, err = run(["build"], root, monkeypatch, capsys)
    assert code == 0, err
    before = _digest(root / "output")

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr("generator.content.assemble.assemble", broken)
    monkeypatch.delenv("APPENDIX_DEBUG", raising=False)
    code, _, err = run(["build", "--no-cache"], root, monkeypatch, capsys)
    assert code == 70
    message = " ".join(err.split())
    assert message.startswith("internal error: ZeroDivisionError: division by zero.")
    assert "Nothing was changed in the output folder" in message
    assert "APPENDIX_DEBUG=1" in message and "Traceback" not in err
    assert _digest(root / "output") == before
    monkeypatch.setenv("APPENDIX_DEBUG", "1")  # the details, for a developer
    with pytest.raises(ZeroDivisionError):
        run(["build", "--no-cache"], root, monkeypatch, capsys)


@pytest.mark.parametrize("value", ["yesterday", "1.5e9", "17304192OO"])
def test_a_bad_source_date_epoch_is_named(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    value: str,
) -> None:
    root = make_report(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    code, out, err = run(["build"], root, monkeypatch, capsys)
    assert code == 2, (out, err)
    message = " ".join(err.split())
    assert err.count("error:") == 1 and "Traceback" not in err
    assert f"SOURCE_DATE_EPOCH is '{value}'" in message and "environment" in message
    assert "whole seconds since 1970" in message
    assert not (root / "output" / "ts-appendix-2024-25-Q2.pdf").exists()


@pytest.mark.parametrize("command", [["build"], ["build", "--all", "."]])
def test_a_bad_workers_setting_is_named_and_nothing_is_written(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
) -> None:
    root = make_report(tmp_path)
    monkeypatch.setenv("APPENDIX_WORKERS", "all of them")
    code, out, err = run(command, root, monkeypatch, capsys)
    assert code == 2, (out, err)
    assert err.count("error:") == 1 and "Traceback" not in err
    assert "APPENDIX_WORKERS is 'all of them'" in " ".join(err.split())
    assert not (root / "output").exists()


def test_one_worker_builds_the_same_bytes_in_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert run(["build", "--no-cache", "--out", "a"], root, monkeypatch, capsys)[0] == 0
    monkeypatch.setenv("APPENDIX_WORKERS", "1")
    assert run(["build", "--no-cache", "--out", "b"], root, monkeypatch, capsys)[0] == 0
    for name in ("ts-appendix-2024-25-Q2.docx", "ts-appendix-2024-25-Q2.pdf"):
        assert (root / "a" / name).read_bytes() == (root / "b" / name).read_bytes(), name
