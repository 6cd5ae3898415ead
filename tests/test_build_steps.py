"""The build's steps on a small report, in this process: the date a document carries,
where each file goes, what is drawn or reused, what the progress bar is told, what a
killed build left behind, and the messages for a bad output folder."""

from __future__ import annotations

import importlib
import multiprocessing
import os
import re
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.core.errors import InputError
from generator.core.periods import Quarter
from generator.read.cached import put_once
from generator.run.build import BuildOptions, BuildResult, build
from generator.run.pipeline import document_date
from generator.writers import registry
from tests.report_folder import COMMENTARY, make_report

STEM = "ts-appendix-2024-25-Q2"


def _build(root: Path, **options: object) -> BuildResult:
    """One worker: everything is drawn and written in this process."""
    settings: dict[str, object] = {"workers": 1, "formats": ("pdf",), "check": False}
    settings.update(options)
    return build(BuildOptions(root=root, **settings))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("quarter", "day"),
    [
        (Quarter(2024, 1), "2024-07-01"),
        (Quarter(2024, 2), "2024-10-01"),
        (Quarter(2024, 3), "2025-01-01"),
        (Quarter(2024, 4), "2025-04-01"),
        (Quarter(2023, 4), "2024-04-01"),
    ],
)
@pytest.mark.parametrize("zone", ["UTC", "Europe/London", "America/New_York"])
@pytest.mark.skipif(not hasattr(time, "tzset"), reason="time zones are set by TZ on POSIX only")
def test_a_document_carries_the_day_after_its_quarter_ends(
    quarter: Quarter, day: str, zone: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Midnight UTC, whatever the machine's time zone: the same bytes everywhere."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        when = datetime.fromtimestamp(document_date(quarter), UTC)
    finally:
        monkeypatch.undo()
        time.tzset()
    assert when.strftime("%Y-%m-%d %H:%M:%S") == f"{day} 00:00:00"


@pytest.mark.parametrize(
    ("setting", "seconds"),
    [("1700000000", 1700000000), (" 1700000000\n", 1700000000), ("", None), ("  ", None)],
)
def test_source_date_epoch_sets_the_date_when_it_is_set(
    setting: str, seconds: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", setting)
    expected = (
        seconds if seconds is not None else int(datetime(2024, 10, 1, tzinfo=UTC).timestamp())
    )
    assert document_date(Quarter(2024, 2)) == expected


def test_a_bad_source_date_epoch_is_said_in_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1.7e9")
    with pytest.raises(InputError) as caught:
        document_date(Quarter(2024, 2))
    assert caught.value.message() == (
        "environment: SOURCE_DATE_EPOCH is '1.7e9'. Set it to whole seconds since 1970, or unset it"
    )


def test_a_build_writes_each_format_the_data_it_used_and_its_caches(tmp_path: Path) -> None:
    """output/ holds the editions and the data snapshot; the caches are all in output/.cache
    (charts by the code that drew them, each section's fit to the page by the code that
    measured it, each DOCX section's XML by the code that wrote it, the PDF's fonts
    parsed, the validated inputs), as the README says."""
    root = make_report(tmp_path)
    result = _build(root, formats=("docx", "pdf", "html"))
    out = root / "output"
    assert result.written == [out / f"{STEM}.docx", out / f"{STEM}.pdf", out / f"{STEM}.html"]
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [".cache", f"{STEM}.data.csv", f"{STEM}.docx", f"{STEM}.html", f"{STEM}.pdf"]
    )
    snapshot = (out / f"{STEM}.data.csv").read_text(encoding="utf-8")
    assert "TS1,2024/25 Q2,value,71," in snapshot and "TS2,2023/24 Q1,made,900," in snapshot
    cached = sorted(str(p.relative_to(out)) for p in (out / ".cache").rglob("*") if p.is_file())
    charts = [c for c in cached if c.startswith(".cache/charts/")]
    inputs = [c for c in cached if c.startswith(".cache/inputs/")]
    assert len(charts) == 2 and all(
        re.fullmatch(r"\.cache/charts/\w{16}/\w+\.png", c) for c in charts
    )
    # the validated inputs, and the definition as read (the next build reads neither)
    assert len(inputs) == 2 and sum(i.endswith(".definition.pickle") for i in inputs) == 1
    assert all(re.fullmatch(r"\.cache/inputs/\w{64}(\.definition)?\.pickle", i) for i in inputs)
    fits = [c for c in cached if c.startswith(".cache/pages/")]
    assert len(fits) == 2 and all(re.fullmatch(r"\.cache/pages/\w{16}/\w+\.json", c) for c in fits)
    # each of the DOCX's sections (contents, summary, two indicators), by its content
    sections = [c for c in cached if c.startswith(".cache/docx/")]
    assert len(sections) == 4 and all(
        re.fullmatch(r"\.cache/docx/\w{16}/\w{64}\.json", c) for c in sections
    )
    # the PDF's fonts parsed, each face of the house font: those loaded to measure the
    # pages, whatever this process registered before
    fonts = [c for c in cached if c.startswith(".cache/pdf/")]
    assert len(fonts) == 4 and all(
        re.fullmatch(r"\.cache/pdf/\w{16}/\w{64}\.pickle", c) for c in fonts
    )
    assert len(cached) == 14


def test_charts_are_drawn_once_and_reused_until_the_cache_is_refused(tmp_path: Path) -> None:
    root = make_report(tmp_path)
    first = _build(root)
    second = _build(root)
    fresh = _build(root, use_cache=False)
    assert [(r.charts_drawn, r.charts_reused) for r in (first, second, fresh)] == [
        (2, 0),
        (0, 2),
        (2, 0),
    ]
    assert second.written == first.written == fresh.written


def test_a_build_without_the_cache_keeps_the_charts_but_not_the_inputs(tmp_path: Path) -> None:
    root = make_report(tmp_path)
    _build(root, use_cache=False)
    cache = root / "output" / ".cache"
    assert len(list((cache / "charts").rglob("*.png"))) == 2
    assert not (cache / "inputs").exists()


@pytest.mark.parametrize("workers", [1, 2])
def test_the_progress_bar_is_told_each_chart_and_each_document(
    tmp_path: Path, workers: int
) -> None:
    root = make_report(tmp_path)
    events: list[tuple[str, int, int]] = []
    result = _build(
        root,
        workers=workers,
        formats=("docx", "pdf"),
        progress=lambda stage, done, total: events.append((stage, done, total)),
    )
    drawing = [e for e in events if e[0] == "Drawing charts"]
    writing = [e for e in events if e[0] == "Writing documents"]
    assert events == drawing + writing  # the charts first, then the documents
    assert drawing[-1] == ("Drawing charts", 2, 2)
    assert [d for _, d, _ in drawing] == sorted(d for _, d, _ in drawing)
    assert writing == [("Writing documents", n, 2) for n in range(3)]
    if workers == 1:
        assert drawing == [("Drawing charts", 2, 2)]
    else:
        assert drawing == [("Drawing charts", n, 2) for n in range(3)]
    assert (result.charts_drawn, result.charts_reused) == (2, 0)
    warm = _build(root, workers=workers, formats=("docx", "pdf"))
    assert (warm.charts_drawn, warm.charts_reused) == (0, 2)


def test_every_format_is_complete_before_any_is_moved_into_place(tmp_path: Path) -> None:
    """Four editions and two workers: three are written elsewhere, and each is waited for."""
    root = make_report(tmp_path)
    events: list[tuple[str, int, int]] = []
    formats = ("docx", "pdf", "html", "xlsx")
    result = _build(
        root,
        workers=2,
        formats=formats,
        progress=lambda stage, done, total: events.append((stage, done, total)),
    )
    assert [p.name for p in result.written] == [f"{STEM}.{f}" for f in formats]
    assert [e for e in events if e[0] == "Writing documents"] == [
        ("Writing documents", n, 4) for n in range(5)
    ]
    assert result.written[0].read_bytes()[:2] == b"PK"
    assert result.written[1].read_bytes().rstrip().endswith(b"%%EOF")
    assert result.written[2].read_text(encoding="utf-8").rstrip().endswith("</html>")
    assert result.written[3].read_bytes()[:2] == b"PK"


def test_the_workers_are_as_many_as_the_processors_and_started_as_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.run.build import _Workers

    monkeypatch.setattr("os.cpu_count", lambda: 3)
    monkeypatch.delenv("APPENDIX_WORKERS", raising=False)
    monkeypatch.setenv("APPENDIX_START_METHOD", "spawn")
    workers = _Workers(BuildOptions(root=tmp_path))
    assert (workers.count, workers.method) == (3, "spawn")
    workers = _Workers(BuildOptions(root=tmp_path, workers=2, start_method="forkserver"))
    assert (workers.count, workers.method) == (2, "forkserver")
    monkeypatch.setattr("os.cpu_count", lambda: None)
    monkeypatch.delenv("APPENDIX_START_METHOD")
    workers = _Workers(BuildOptions(root=tmp_path))
    assert (workers.count, workers.method, workers.get()) == (1, None, None)


def test_missing_commentary_and_findings_are_counted(tmp_path: Path) -> None:
    wrong = COMMENTARY["TS1"] + "\nThe latest figure is 64%.\n"
    root = make_report(tmp_path / "a", commentary={**COMMENTARY, "TS1": wrong})
    result = _build(root, check=True)
    assert (result.findings, result.warnings) == (1, [])
    assert _build(root, check=False).findings == 0
    root = make_report(tmp_path / "b", commentary={"TS1": COMMENTARY["TS1"]})
    result = _build(root, check=True)
    assert result.findings == 1  # the missing commentary
    assert result.warnings == [
        f"{root / 'narratives' / '2024-25-Q2' / 'TS2.md'}: "
        "the commentary for TS2 (2024/25 Q2) is missing"
    ]


def _a_dead_process() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(done.stdout)


def test_partial_files_of_a_killed_build_are_removed_and_a_running_builds_kept(
    tmp_path: Path,
) -> None:
    root = make_report(tmp_path)
    out = root / "output"
    dead = _a_dead_process()
    left = [
        out / f".{STEM}.pdf.{dead}.partial",
        out / ".cache" / "charts" / "old" / f".abc.png.{dead}.partial",
    ]
    kept = [
        out / f".{STEM}.docx.1.partial",  # process 1 runs: another build, still writing
        out / ".notes.partial",  # not a name a build gives
        out / f".{STEM}.pdf.{dead}.partial.bak",
    ]
    for path in left + kept:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"half")
    _build(root)
    assert [p.exists() for p in left] == [False, False]
    assert [p.exists() for p in kept] == [True, True, True]


def test_an_output_folder_that_is_a_file_is_named(tmp_path: Path) -> None:
    root = make_report(tmp_path)
    (root / "papers").write_text("a note", encoding="utf-8")
    for out, named in (
        (root / "papers", root / "papers"),
        (root / "papers" / "q2", root / "papers"),
    ):
        with pytest.raises(InputError) as caught:
            _build(root, out=out)
        assert caught.value.message() == (
            f"--out: {named} is a file, not a folder. "
            "Name a folder for the output (it is made if it does not exist)"
        )
    assert (root / "papers").read_text(encoding="utf-8") == "a note"
    result = _build(root, out=root / "new" / "q2")
    assert result.written == [root / "new" / "q2" / f"{STEM}.pdf"]


def test_an_unknown_format_stops_the_build_before_anything_is_made(tmp_path: Path) -> None:
    root = make_report(tmp_path)
    with pytest.raises(InputError):
        _build(root, formats=("pdf", "odt"))
    assert not (root / "output").exists()


def test_a_cached_file_is_written_once_and_never_rewritten(tmp_path: Path) -> None:
    """An entry is named by its content's key: the same bytes are never written twice
    (the file is left as it is). One put there otherwise, other bytes or a link to a
    local file, is replaced, never followed."""
    target = tmp_path / "cache" / "charts" / "key.png"
    put_once(target, b"first")
    written = target.stat()
    put_once(target, b"first")
    assert target.stat().st_ino == written.st_ino and target.read_bytes() == b"first"
    assert [p.name for p in target.parent.iterdir()] == ["key.png"]
    put_once(target, b"second")  # not what a build of this key writes: replaced
    assert target.read_bytes() == b"second"
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"a local file")
    target.unlink()
    target.symlink_to(secret)
    put_once(target, b"third")
    assert not target.is_symlink() and target.read_bytes() == b"third"
    assert secret.read_bytes() == b"a local file"
    assert [p.name for p in target.parent.iterdir()] == ["key.png"]


def _lines(count: int) -> str:
    return "\n\n".join(["A short line."] * count) + "\n"


_WRITE_WITH = registry.write_with


def _recording_write_with(module: str, *args: Any) -> dict[str, bytes]:
    """The registry's `write_with`, noting which edition was written in which process."""
    here, log = os.environ["TEST_WRITERS_LOG"].split(" ", 1)
    where = "here" if str(os.getpid()) == here else "worker"
    with open(log, "a", encoding="utf-8") as file:
        name = next(e.name for e in registry.editions() if e.module == module)
        file.write(f"{name} {where}\n")
    return _WRITE_WITH(module, *args)


_TOO_LONG_BY: list[int] = []  # the length found, kept for the other tests


def _a_little_too_long(tmp_path: Path, **commentary: str) -> Path:
    """A report whose TS2 commentary is a few lines too long for its page, so that its
    chart gives up height. The length that does it depends on the house style, so the
    commentary grows a line at a time (once a test session)."""

    def report(lines: int) -> Path:
        text = COMMENTARY["TS2"] + _lines(lines)
        return make_report(
            tmp_path / str(lines), commentary={**COMMENTARY, "TS2": text, **commentary}
        )

    if _TOO_LONG_BY:
        return report(_TOO_LONG_BY[0])
    for lines in range(1, 16):
        root = report(lines)
        probe = _build(root, formats=("html",), use_cache=False, out=tmp_path / "probe")
        if probe.charts_drawn == 3:
            _TOO_LONG_BY.append(lines)
            return root
    pytest.fail("no length of commentary made the chart shorter")


@pytest.mark.parametrize("workers", [1, 2])
def test_a_long_commentary_redraws_its_chart_shorter_and_reuses_it_next_time(
    tmp_path: Path, workers: int
) -> None:
    root = _a_little_too_long(tmp_path)
    first = _build(root, workers=workers)
    second = _build(root, workers=workers)
    assert (first.charts_drawn, first.charts_reused) == (3, 0)
    assert (second.charts_drawn, second.charts_reused) == (0, 3)
    assert len(list((root / "output" / ".cache" / "charts").rglob("*.png"))) == 3


def test_a_commentary_running_to_pages_continues_and_keeps_its_chart(tmp_path: Path) -> None:
    """TS1 runs to a second page (its chart is not redrawn); TS2, after it, still gets
    its shorter chart."""
    root = _a_little_too_long(tmp_path, TS1=COMMENTARY["TS1"] + _lines(60))
    first = _build(root, formats=("html",))
    assert (first.charts_drawn, first.charts_reused) == (3, 0)
    (page,) = first.written
    assert page.read_text(encoding="utf-8").count("TS1 (continued)") >= 1


def test_the_pages_may_be_measured_elsewhere(tmp_path: Path) -> None:
    """`appendix build --all` measures the pages in a worker it shares between reports:
    the measuring is handed a function and its arguments, and its answer is used."""
    from generator.content.inputs import load_inputs
    from generator.look.resolve import resolve_look
    from generator.run import pipeline as steps

    root = _a_little_too_long(tmp_path)
    inputs = load_inputs(root, None, None)
    commentaries, _ = steps.read_commentaries(inputs)
    from generator.charts import render
    from generator.content.chart_spec import chart_spec

    specs = {f.indicator.id: chart_spec(f, inputs.style) for f in inputs.facts}
    charts = [render(spec) for spec in specs.values()]
    document = steps.assemble_document(inputs, charts, commentaries, {})
    look = resolve_look(inputs.style)
    calls: list[str] = []

    def measure(function: Callable[..., object], *args: object) -> object:
        calls.append(function.__name__)
        return function(*args)

    fit = partial(
        steps.fit_pages,
        document,
        look,
        specs,
        tmp_path / "cache",
        use_cache=True,
        pool=lambda: None,
        pages_cache=tmp_path / "pages",
    )
    fitted = fit(measure=measure)
    assert calls == ["measure_sections"]
    assert list(fitted.redrawn) == ["TS2"] and (fitted.drawn, fitted.reused) == (1, 0)
    (spec, png) = fitted.redrawn["TS2"]
    assert spec.height_mm < specs["TS2"].height_mm and png.startswith(b"\x89PNG")
    nothing = fit(measure=lambda function, *args: {})
    assert (nothing.redrawn, nothing.document) == ({}, document)


def test_the_measuring_elsewhere_is_sent_only_the_sections_it_measures(tmp_path: Path) -> None:
    """A rebuild after one commentary edit measures that section alone: the worker that
    measures it is sent that section (and its chart's picture), not the whole report's
    pictures, and the fits are those the whole document gives."""
    from generator.charts import render
    from generator.content.chart_spec import chart_spec
    from generator.content.inputs import load_inputs
    from generator.look.resolve import resolve_look
    from generator.read.cached import put_once
    from generator.run import pages
    from generator.run import pipeline as steps

    root = _a_little_too_long(tmp_path)
    inputs = load_inputs(root, None, None)
    commentaries, _ = steps.read_commentaries(inputs)
    specs = {f.indicator.id: chart_spec(f, inputs.style) for f in inputs.facts}
    document = steps.assemble_document(
        inputs, [render(spec) for spec in specs.values()], commentaries, {}
    )
    look = resolve_look(inputs.style)
    sent: list[list[str | None]] = []

    def measure(function: Callable[..., object], *args: Any) -> object:
        sent.append([section.blocks[0].anchor for section in args[0].sections])
        return function(*args)

    def fit(cache: Path) -> Any:
        return steps.fit_pages(
            document,
            look,
            specs,
            tmp_path / "charts",
            use_cache=True,
            pool=lambda: None,
            pages_cache=cache,
            measure=measure,
        )

    keys = pages.section_keys(document, look, look.style.chart.min_height_mm, steps.chart_code())
    measured = list(keys)  # each indicator section with a chart beside its figures
    assert len(measured) >= 2 and "TS2" in measured
    whole = fit(tmp_path / "cold")
    assert sent == [measured]
    for ident in measured:  # kept by an earlier build: only TS2 was edited since
        if ident == "TS2":
            continue
        put_once(
            steps.fit_file(tmp_path / "warm", keys[ident]),
            pages.fit_to_json(whole.measured[keys[ident]]),
        )
    warm = fit(tmp_path / "warm")
    assert sent[1:] == [["TS2"]]
    assert warm.document == whole.document and warm.fits == whole.fits


@pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(),
    reason="the recording writer reaches the workers by fork",
)
def test_two_formats_are_written_side_by_side(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With workers, one edition is written in a worker while this process writes the
    other: on a cold build the PDF here (the workers have loaded the chart code), on a
    warm one the DOCX here (a worker loaded the PDF writer while the inputs were read)."""
    monkeypatch.setenv("APPENDIX_START_METHOD", "fork")
    log = tmp_path / "writers.log"
    monkeypatch.setenv("TEST_WRITERS_LOG", f"{os.getpid()} {log}")
    monkeypatch.setattr(registry, "write_with", _recording_write_with)
    root = make_report(tmp_path / "report")
    for expected in (["docx worker", "pdf here"], ["docx here", "pdf worker"]):
        log.unlink(missing_ok=True)
        result = _build(root, workers=2, formats=("docx", "pdf"))
        assert sorted(log.read_text(encoding="utf-8").splitlines()) == expected
        assert [p.name for p in result.written] == [f"{STEM}.docx", f"{STEM}.pdf"]


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_a_rebuild_after_a_commentary_edit_is_a_cold_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, method: str
) -> None:
    """A rebuild with workers after one commentary changed (its section measured again,
    then the PDF written in a worker while this process counts the check's findings)
    writes what a build without the cache writes, and counts the same findings."""
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {method} start method here")
    monkeypatch.setenv("APPENDIX_START_METHOD", method)
    root = make_report(tmp_path / "report")
    both: dict[str, object] = {"workers": 2, "formats": ("docx", "pdf"), "check": True}
    assert _build(root, **both).findings == 0
    commentary = root / "narratives" / "2024-25-Q2" / "TS1.md"
    wrong = "\nThe latest figure is 64%.\n" + "\nOne more line of commentary.\n" * 30
    commentary.write_text(commentary.read_text(encoding="utf-8") + wrong, encoding="utf-8")
    warm = _build(root, **both)
    cold = _build(root, **both, use_cache=False, out=tmp_path / "cold")
    assert warm.findings == cold.findings == 1
    with zipfile.ZipFile(root / "output" / f"{STEM}.docx") as docx:
        assert "TS1 (continued)" in docx.read("word/document.xml").decode()
    for rebuilt, fresh in zip(warm.written, cold.written, strict=True):
        assert rebuilt.read_bytes() == fresh.read_bytes(), rebuilt.name


@pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(),
    reason="the worker is started by fork here",
)
def test_a_rebuild_hands_its_pdf_to_the_worker_before_counting_the_findings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a commentary edit the worker measures the edited section and is handed the
    PDF at once; only then does this process load the DOCX writer and count the
    check's findings (done while it measured, they kept the worker waiting to write); the
    caller's own work (`waiting`) is done once, while the worker writes the PDF."""
    from generator.run import counted
    from generator.run.pool import WorkerPool

    monkeypatch.setenv("APPENDIX_START_METHOD", "fork")
    root = make_report(tmp_path / "report")
    both: dict[str, object] = {"workers": 2, "formats": ("docx", "pdf"), "check": True}
    _build(root, **both)
    events: list[str] = []
    submit, count, load = WorkerPool.submit, counted.count_findings, importlib.import_module
    docx_writer = registry.edition("docx").module

    def recording_submit(pool: WorkerPool, function: Callable[..., Any], *args: Any) -> int:
        events.append(function.__name__)
        return submit(pool, function, *args)

    def recording_count(*args: Any, **kwargs: Any) -> counted.Counted:
        events.append("count_findings")
        return count(*args, **kwargs)

    def recording_load(name: str, package: str | None = None) -> ModuleType:
        if name == docx_writer:
            events.append("load the DOCX writer")
        return load(name, package)

    monkeypatch.setattr(WorkerPool, "submit", recording_submit)
    monkeypatch.setattr(counted, "count_findings", recording_count)
    monkeypatch.setattr(importlib, "import_module", recording_load)
    commentary = root / "narratives" / "2024-25-Q2" / "TS1.md"
    commentary.write_text(commentary.read_text(encoding="utf-8") + "\nOne more line.\n")
    assert _build(root, **both, waiting=lambda: events.append("the caller's work")).findings == 0
    assert events == [
        "measure_sections",
        "write_with",
        "load the DOCX writer",
        "count_findings",
        "load the DOCX writer",  # by the registry, to write it
        "the caller's work",  # once, while the worker writes the PDF
    ]


@pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(),
    reason="the workers are started by fork here",
)
def test_a_rebuild_starts_its_writers_worker_before_reading_the_definition(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After an earlier build, a build starts the worker that loads the PDF writer before
    it reads the definition, so that its loading overlaps this process's. Where the data
    has changed since, that worker is stopped and the drawing workers started: the files
    are those a build without the cache writes."""
    from generator.content import input_cache
    from generator.read import definitions
    from generator.run.build import WORKER_MODULES
    from generator.run.pool import WorkerPool

    monkeypatch.setenv("APPENDIX_START_METHOD", "fork")
    root = make_report(tmp_path / "report")
    both: dict[str, object] = {"workers": 2, "formats": ("docx", "pdf")}
    events: list[object] = []
    start, close, read = WorkerPool.__init__, WorkerPool.close, input_cache.read_definition

    def recording_start(pool: WorkerPool, workers: int, modules: list[str], *rest: Any) -> None:
        events.append(("start", tuple(modules)))
        start(pool, workers, modules, *rest)

    def recording_close(pool: WorkerPool, abort: bool = False) -> None:
        events.append(("stop", "at once" if abort else "when done"))
        close(pool, abort)

    def recording_read(path: Path, cache: Path | None) -> tuple[definitions.Report, str | None]:
        events.append("read the definition")  # from its file, or as the last build kept it
        return read(path, cache)

    monkeypatch.setattr(WorkerPool, "__init__", recording_start)
    monkeypatch.setattr(WorkerPool, "close", recording_close)
    monkeypatch.setattr(input_cache, "read_definition", recording_read)
    pdf_writer = (registry.edition("pdf").module,)
    drawing = tuple(WORKER_MODULES)

    _build(root, **both)  # nothing kept yet: the drawing workers, once it is read
    assert events == ["read the definition", ("start", drawing), ("stop", "when done")]
    events.clear()
    commentary = root / "narratives" / "2024-25-Q2" / "TS1.md"
    commentary.write_text(commentary.read_text(encoding="utf-8") + "\nOne more line.\n")
    _build(root, **both)
    assert events == [("start", pdf_writer), "read the definition", ("stop", "when done")]
    events.clear()
    values = root / "data" / "values.csv"
    rows = values.read_text(encoding="utf-8").splitlines()
    first = next(n for n, row in enumerate(rows) if row.startswith("TS2,"))
    ident, quarter, series, value, status = rows[first].split(",")
    rows[first] = ",".join((ident, quarter, series, str(int(value) + 1), status))
    values.write_text("\n".join(rows) + "\n", encoding="utf-8")
    rebuilt = _build(root, **both)
    assert events == [
        ("start", pdf_writer),
        "read the definition",
        ("stop", "at once"),
        ("start", drawing),
        ("stop", "when done"),
    ]
    fresh = _build(root, **both, use_cache=False, out=tmp_path / "fresh")
    for ours, theirs in zip(rebuilt.written, fresh.written, strict=True):
        assert ours.read_bytes() == theirs.read_bytes(), ours.name


def test_a_figure_revised_since_last_reported_is_noted_on_its_indicator_only(
    tmp_path: Path,
) -> None:
    root = make_report(tmp_path)
    earlier = _build(root, quarter="2024-25 Q1", formats=("html",))
    assert earlier.written == [root / "output" / "ts-appendix-2024-25-Q1.html"]
    data = root / "data" / "values.csv"
    data.write_text(
        data.read_text(encoding="utf-8").replace("TS1,2023/24 Q3,,64.0,", "TS1,2023/24 Q3,,65.0,"),
        encoding="utf-8",
    )
    (page,) = _build(root, formats=("html",)).written
    text = page.read_text(encoding="utf-8")
    assert text.count("Q3 2023/24 figure updated.") == 1
    assert text.index("Q3 2023/24 figure updated.") < text.index('id="TS2"')


def test_charts_are_redrawn_when_any_code_of_the_package_changes(tmp_path: Path) -> None:
    """The chart cache is keyed by every module of the package, wherever it sits (the
    charts format their labels with the rules and colour them from the style), and
    the versions of the drawing libraries; by nothing else in the folder."""
    from generator.core.fingerprint import fingerprint

    package = tmp_path / "generator"
    (package / "charts").mkdir(parents=True)
    (package / "charts" / "kpi.py").write_text("LINE = 1\n", encoding="utf-8")
    (package / "core").mkdir()
    (package / "core" / "rules.py").write_text("DECIMALS = 1\n", encoding="utf-8")

    def code() -> str:
        return fingerprint("matplotlib", package=package)

    seen = [code()]
    (package / "charts" / "notes.txt").write_text("not code", encoding="utf-8")
    assert code() == seen[0]
    (package / "charts" / "kpi.py").write_text("LINE = 2\n", encoding="utf-8")
    seen.append(code())
    (package / "core" / "rules.py").write_text("DECIMALS = 2\n", encoding="utf-8")
    seen.append(code())
    (package / "core" / "rules.py").rename(package / "charts" / "rules.py")  # moved
    seen.append(code())
    (package / "charts" / "bars.py").write_text("BARS = 1\n", encoding="utf-8")
    seen.append(code())
    assert len(set(seen)) == len(seen) == 5
    assert fingerprint("matplotlib", "numpy", package=package) != seen[-1]
    assert re.fullmatch(r"[0-9a-f]{16}", seen[0])


def test_a_build_without_the_cache_does_not_trust_a_stale_one(tmp_path: Path) -> None:
    """--no-cache reads every input afresh, even where the cache holds something else
    under the inputs' key (here, what an earlier quarter's data gave)."""
    root = make_report(tmp_path)
    cache = root / "output" / ".cache" / "inputs"

    def entries() -> set[Path]:  # the validated inputs' (not the definition's)
        return {p for p in cache.glob("*.pickle") if not p.name.endswith(".definition.pickle")}

    _build(root, formats=("html",))
    (old,) = entries()
    earlier = old.read_bytes()
    data = root / "data" / "values.csv"
    data.write_text(
        data.read_text(encoding="utf-8").replace("TS1,2024/25 Q2,,71.0,", "TS1,2024/25 Q2,,75.0,"),
        encoding="utf-8",
    )
    _build(root, formats=("html",))
    (new,) = entries() - {old}
    new.write_bytes(earlier)
    (page,) = _build(root, formats=("html",), use_cache=False).written
    text = page.read_text(encoding="utf-8")
    assert "75%" in text and "71%" not in text
