"""`appendix build --all`: every report folder at once, one failing without stopping the rest."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from generator.build_all import find_report_folders
from tests.report_folder import COMMENTARY, DEFINITION, data_csv, make_report
from tests.test_build import pdf_text
from tests.test_cli import run


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _three_reports(base: Path) -> list[Path]:
    first = make_report(base / "first")
    second = make_report(
        base / "nested" / "second",
        definition=DEFINITION.replace('id_prefix: "TS"', 'id_prefix: "TS"\n# second'),
        data=data_csv().replace("TS1,2024/25 Q2,,71.0,", "TS1,2024/25 Q2,,74.0,"),
    )
    broken = make_report(base / "broken", data=data_csv().replace("71.0", "7l.0"))
    return [first, second, broken]


def test_report_folders_are_found_under_the_current_one(tmp_path: Path) -> None:
    first, second, broken = _three_reports(tmp_path)
    (tmp_path / "first" / "output" / "data").mkdir(parents=True)
    (tmp_path / ".hidden" / "data").mkdir(parents=True)
    (tmp_path / ".hidden" / "data" / "report.yaml").write_text("x", encoding="utf-8")
    assert find_report_folders(tmp_path) == [broken, first, second]


def test_every_report_is_built_and_one_bad_input_stops_no_other(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second, broken = _three_reports(tmp_path)
    code, out, err = run(["build", "--all"], tmp_path, monkeypatch, capsys)
    assert code == 2, (out, err)
    for folder in (first, second):
        for fmt in ("docx", "pdf"):
            assert (folder / "output" / f"ts-appendix-2024-25-Q2.{fmt}").is_file()
    assert not (broken / "output").exists()
    message = " ".join(err.split())
    assert (
        message.count("error:") == 1 and "broken" in message and "'7l.0' is not a number" in message
    )
    assert "2 written, 1 failed" in out
    assert "Traceback" not in err

    # Each report is the same, byte for byte, as when it is built alone.
    together = {
        fmt: _digest(second / "output" / f"ts-appendix-2024-25-Q2.{fmt}") for fmt in ("docx", "pdf")
    }
    code, _out, err = run(["build", "--no-cache"], second, monkeypatch, capsys)
    assert code == 0, err
    alone = {
        fmt: _digest(second / "output" / f"ts-appendix-2024-25-Q2.{fmt}") for fmt in ("docx", "pdf")
    }
    assert together == alone


def test_named_folders_and_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _three_reports(tmp_path)
    code, out, err = run(
        ["build", "--all", "--format", "pdf", "--out", "papers", "first", "nested/second"],
        tmp_path,
        monkeypatch,
        capsys,
    )
    assert code == 0, err
    assert (tmp_path / "papers" / "first" / "ts-appendix-2024-25-Q2.pdf").is_file()
    assert (tmp_path / "papers" / "second" / "ts-appendix-2024-25-Q2.pdf").is_file()
    assert "2 written, 0 failed" in out


def test_folders_without_all_are_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(["build", "first"], tmp_path, monkeypatch, capsys)
    assert code == 2 and "--all" in err


def test_a_report_that_overflows_its_pages_is_the_same_built_with_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Page fitting (a chart given less height, a continuation) is done by --all as by a
    build of one report: a long commentary gives the same files either way."""
    long = COMMENTARY["TS1"] + "".join(
        f"\n\nParagraph {n} of a long account of the quarter, which an editor wrote at "
        "length so that it runs well past the foot of the page it starts on." * 2
        for n in range(40)
    )
    report = make_report(tmp_path / "long", commentary={**COMMENTARY, "TS1": long})
    code, _out, err = run(["build", "--all", "--no-cache"], tmp_path, monkeypatch, capsys)
    assert code == 0, err
    names = [f"ts-appendix-2024-25-Q2.{fmt}" for fmt in ("docx", "pdf")]
    together = {name: _digest(report / "output" / name) for name in names}
    code, _out, err = run(["build", "--no-cache"], report, monkeypatch, capsys)
    assert code == 0, err
    assert together == {name: _digest(report / "output" / name) for name in names}
    assert "TS1 (continued)" in pdf_text(report / "output" / names[1])
