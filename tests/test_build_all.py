"""`appendix build --all`: every report folder at once, one failing without stopping the rest."""

from __future__ import annotations

import hashlib
import multiprocessing
import re
from pathlib import Path

import pytest

from generator.run.build_all import build_all, find_report_folders
from tests.report_folder import COMMENTARY, DEFINITION, data_csv, make_report
from tests.scope import new_process
from tests.spied_build import spied_build
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
    # Every file written is named in full, however narrow the terminal (a cell's lines
    # joined: a long path is folded, not cut short with an ellipsis).
    table = re.sub(r"[│\s]+", "", out)
    for name in ("first", "nested/second"):
        stem = f"{name}/output/ts-appendix-2024-25-Q2"
        assert f"{name}2024/25Q2wrote{stem}.docx,{stem}.pdf" in table, out
    assert "broken" + "failed:seetheerrorabove" in table, out

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


def test_the_progress_bar_counts_every_reports_charts_then_its_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One bar for the charts of every report (its total grows as each report's
    indicators are read), then one for the reports written; the broken report is in
    neither. A second run takes its charts and its validated inputs from the caches."""
    first, second, broken = _three_reports(tmp_path)
    events: list[tuple[str, int, int]] = []
    outcomes = build_all(
        [first, second, broken], progress=lambda *event: events.append(event), workers=1
    )
    assert [o.error is None for o in outcomes] == [True, True, False]
    drawing = [e for e in events if e[0] == "Drawing charts"]
    writing = [e for e in events if e[0] == "Writing reports"]
    assert events == drawing + writing
    assert drawing == [("Drawing charts", 0, 2), ("Drawing charts", 0, 4)] + [
        ("Drawing charts", n, 4) for n in range(1, 5)
    ]
    assert writing == [("Writing reports", 1, 2), ("Writing reports", 2, 2)]
    for folder in (first, second):
        # the validated inputs, and the definition as read (as `build` keeps them)
        kept = sorted(p.name for p in (folder / "output" / ".cache" / "inputs").glob("*.pickle"))
        assert len(kept) == 2 and sum(k.endswith(".definition.pickle") for k in kept) == 1

    def no_reading(*_: object) -> None:
        raise AssertionError("the data was read again, with its validated copy in the cache")

    monkeypatch.setattr("generator.content.inputs.load_data", no_reading)
    events.clear()
    warm = build_all([first, second], progress=lambda *event: events.append(event), workers=1)
    assert [(o.error, o.charts_drawn, o.charts_reused) for o in warm] == [(None, 0, 2)] * 2
    assert events == [
        ("Drawing charts", 2, 2),
        ("Drawing charts", 4, 4),
        ("Writing reports", 1, 2),
        ("Writing reports", 2, 2),
    ]


def test_build_all_builds_the_quarter_asked_for(tmp_path: Path) -> None:
    first, second, _ = _three_reports(tmp_path)
    outcomes = build_all([first, second], quarter="2024-25 Q1", formats=("html",), workers=1)
    assert [(o.error, o.quarter) for o in outcomes] == [(None, "2024/25 Q1")] * 2
    for folder in (first, second):
        assert (folder / "output" / "ts-appendix-2024-25-Q1.html").is_file()


def _files(folder: Path) -> dict[str, bytes]:
    """The files a build wrote into `folder` (not its caches), by name."""
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _cache(folder: Path, kind: str) -> dict[str, int]:
    """The entries of one kind of `folder`'s cache (`docx`, `pdf`, `findings`), each
    with when it was written."""
    base = folder / "output" / ".cache" / kind
    return {str(p.relative_to(base)): p.stat().st_mtime_ns for p in base.rglob("*") if p.is_file()}


@new_process
@pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(),
    reason="the counting reaches the workers by fork",
)
def test_a_second_build_all_reuses_every_unchanged_section_and_the_parsed_fonts(
    tmp_path: Path,
) -> None:
    """As `build` does, per report: the DOCX's sections and the PDF's parsed fonts are
    kept (in each report's own cache), and a second `build --all` after one commentary
    edit builds that one section afresh and parses no font, wherever each report's PDF
    was written (here or by a worker); its files are those of a build without the cache."""
    first = make_report(tmp_path / "first")
    second = make_report(tmp_path / "second")
    made, _ = spied_build(tmp_path, "build", "--all", APPENDIX_WORKERS="2")
    assert made["font parsed"] >= 4 and made["section built"] >= 4
    for folder in (first, second):
        assert len(_cache(folder, "pdf")) == 4  # the four faces of the house font
        assert len(_cache(folder, "docx")) >= 2
    kept = {folder: {k: _cache(folder, k) for k in ("docx", "pdf")} for folder in (first, second)}
    commentary = first / "narratives" / "2024-25-Q2" / "TS1.md"
    commentary.write_text(commentary.read_text(encoding="utf-8") + "\nOne more line.\n")

    again, _ = spied_build(tmp_path, "build", "--all", APPENDIX_WORKERS="2")
    assert again == {"section built": 1}  # TS1's section alone; no font parsed
    # Nothing kept was written again; the one new section is kept with the others.
    assert (
        _cache(second, "pdf") == kept[second]["pdf"] and _cache(first, "pdf") == kept[first]["pdf"]
    )
    assert _cache(second, "docx") == kept[second]["docx"]
    new = _cache(first, "docx")
    assert {k: new[k] for k in kept[first]["docx"]} == kept[first]["docx"] and len(new) == len(
        kept[first]["docx"]
    ) + 1

    fresh = tmp_path / "fresh"
    spied_build(tmp_path, "build", "--all", "--no-cache", "--out", str(fresh))
    for folder in (first, second):
        built = _files(folder / "output")
        assert len(built) == 3 and built == _files(fresh / folder.name), folder.name


def _wrong(base: Path) -> tuple[Path, Path]:
    """Two reports: one whose commentary states a figure the data does not have."""
    right = make_report(base / "right")
    wrong = make_report(
        base / "wrong",
        commentary={**COMMENTARY, "TS1": COMMENTARY["TS1"] + "\nThe latest figure is 64%.\n"},
    )
    return right, wrong


def test_each_reports_findings_are_counted_and_warned_of_naming_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    right, wrong = _wrong(tmp_path)
    code, out, err = run(["build", "--all"], tmp_path, monkeypatch, capsys)
    assert code == 0, err
    warnings = [" ".join(line.split()) for line in err.split("warning:")[1:]]
    found = [line for line in warnings if "finding" in line]
    # the folder as found under the current one
    assert found == ["wrong: the commentary has 1 finding(s); `appendix check` there lists them"]
    assert "2 written, 0 failed" in out
    # Counted as `build` counts them, each indicator's count kept by its content (and
    # the commentary's path as given): the next build --all checks nothing again.
    outcomes = build_all([right, wrong], formats=("html",), workers=1)
    assert [(o.folder, o.findings) for o in outcomes] == [(right, 0), (wrong, 1)]

    def no_checking(*_: object) -> None:
        raise AssertionError("a commentary was checked again, its count in the cache")

    monkeypatch.setattr("generator.editors.check.check_text", no_checking)
    again = build_all([right, wrong], formats=("html",), workers=1)
    assert [o.findings for o in again] == [0, 1]


def test_build_all_without_the_cache_counts_every_commentary_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--no-cache` reads no count from the cache (here every one made to say 7): each
    commentary is checked afresh, and its count kept as `build --no-cache` keeps it (in
    place of the 7). A check not asked for counts nothing."""
    right, wrong = _wrong(tmp_path)
    assert [o.findings for o in build_all([right, wrong], formats=("html",), workers=1)] == [0, 1]
    for folder in (right, wrong):
        for entry in (folder / "output" / ".cache" / "findings").rglob("*.json"):
            entry.write_text("7", encoding="utf-8")
    trusted = build_all([right, wrong], formats=("html",), workers=1)
    assert [o.findings for o in trusted] == [14, 14]  # the cache is read: 7 a commentary
    code, _out, err = run(["build", "--all", "--no-cache"], tmp_path, monkeypatch, capsys)
    assert code == 0, err
    assert " ".join(err.split()).count("finding(s)") == 1 and "wrong: the commentary" in err
    fresh = build_all([right, wrong], formats=("html",), workers=1, use_cache=False)
    assert [o.findings for o in fresh] == [0, 1]
    assert [o.findings for o in build_all([right, wrong], formats=("html",), workers=1)] == [0, 1]
    unchecked = build_all([right, wrong], formats=("html",), workers=1, check=False)
    assert [o.findings for o in unchecked] == [0, 0]
