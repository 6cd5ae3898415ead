"""The build: read a report folder, work out every indicator, draw the charts
(in parallel worker processes, reusing unchanged ones), assemble the document and write the files.

Files are written under temporary names and moved into place only when every
requested format is complete, so a failed or interrupted build leaves the
previous output as it was.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import signal
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.core.errors import InputError
from generator.run.pool import WorkerPool, process_alive, worker_count
from generator.writers import registry

if TYPE_CHECKING:
    from generator.content.chart_spec import ChartSpec
    from generator.content.inputs import Inputs
    from generator.core.model import Document, Heading, ListBlock, Paragraph
    from generator.core.periods import Quarter
    from generator.look.resolve import Look
    from generator.read.definitions import Report

    Commentary = tuple[Paragraph | Heading | ListBlock, ...]


@dataclass
class BuildOptions:
    root: Path
    quarter: str | None = None
    out: Path | None = None
    formats: tuple[str, ...] = field(default_factory=registry.default_formats)
    use_cache: bool = True
    workers: int | None = None
    start_method: str | None = None
    progress: Callable[[str, int, int], None] | None = None
    check: bool = True  # count `appendix check`'s findings (a warning, not a refusal)


@dataclass
class BuildResult:
    written: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    charts_drawn: int = 0
    charts_reused: int = 0
    findings: int = 0  # what `appendix check` would report


def source_date(quarter_end: datetime) -> int:
    """SOURCE_DATE_EPOCH if set, else the day after the report quarter ends: no clock time."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if value:
        try:
            return int(value)
        except ValueError:
            raise InputError(
                f"SOURCE_DATE_EPOCH is '{value}'",
                where="environment",
                fix="Set it to whole seconds since 1970, or unset it",
            ) from None
    return int(quarter_end.timestamp())


def document_date(quarter: Quarter) -> int:
    """The date a document of `quarter` carries: see `source_date`."""
    end = quarter.shift(1)  # the next quarter starts in April, July, October or January
    quarter_end = datetime(
        end.year + (1 if end.quarter == 4 else 0), (3 * end.quarter + 1) % 12, 1, tzinfo=UTC
    )
    return source_date(quarter_end)


def chart_code_hash() -> str:
    """Charts are reused only while the code that draws them is unchanged."""
    from importlib.metadata import version  # a tenth of the command's start-up: not before

    digest = hashlib.sha256(version("matplotlib").encode())
    folder = Path(__file__).parent / "charts"
    for path in sorted(folder.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def input_cache(out: Path) -> Path:
    """Where a build into `out` keeps the inputs it validated."""
    return out / ".cache" / "inputs"


def chart_cache(out: Path, code_hash: str | None = None) -> Path:
    """Where a build into `out` keeps the charts it drew, while the drawing code is
    unchanged (`code_hash`: `chart_code_hash()`, when already known)."""
    return out / ".cache" / "charts" / (code_hash or chart_code_hash())


def chart_file(cache: Path, key: str) -> Path:
    """The chart whose drawing instructions have the cache key `key`, in `cache`."""
    return cache / f"{key}.png"


def read_commentaries(inputs: Inputs) -> tuple[list[Commentary], list[str]]:
    """Every indicator's commentary, in order, and a warning for each one missing."""
    from generator.content.inputs import read_commentary

    commentaries: list[Commentary] = []
    warnings: list[str] = []
    for facts in inputs.facts:
        commentary, warning = read_commentary(inputs, facts)
        commentaries.append(commentary)
        if warning:
            warnings.append(warning)
    return commentaries, warnings


def assemble_document(
    inputs: Inputs,
    charts: Sequence[bytes],
    commentaries: Sequence[Commentary],
    revisions: Mapping[str, tuple[Quarter, ...]],
) -> Document:
    """The document for `inputs`: each indicator with its chart and commentary (in the
    order of `inputs.facts`) and the charted quarters revised since last reported."""
    from generator.content.assemble import IndicatorContent, assemble

    contents = [
        IndicatorContent(facts, chart, commentary, revisions.get(facts.indicator.id, ()))
        for facts, chart, commentary in zip(inputs.facts, charts, commentaries, strict=True)
    ]
    return assemble(
        inputs.report, inputs.quarter, contents, inputs.style, document_date(inputs.quarter)
    )


def output_targets(
    out: Path, report: Report, quarter: Quarter, formats: Sequence[str]
) -> tuple[list[Path], Path]:
    """The files of `report` for `quarter` in `out`: one a format, and the data snapshot."""
    stem = f"{report.id_prefix.lower()}-appendix-{quarter.slug}"
    return [out / f"{stem}.{fmt}" for fmt in formats], out / f"{stem}.data.csv"


def partial_path(target: Path) -> Path:
    """The temporary name `target` is written under until it is complete."""
    return target.with_name(f".{target.name}.{os.getpid()}.partial")


def remove_stale_partials(folder: Path) -> None:
    """Partial files left by a build that was killed (its process no longer runs)."""
    for path in folder.rglob(".*.partial"):
        pid = path.name.rsplit(".", 2)[-2]
        if pid.isdigit() and not process_alive(int(pid)):
            path.unlink(missing_ok=True)


def remove_own_partials(folder: Path) -> None:
    """Partial files this process named, written (perhaps by a worker, after the
    failure was seen) when the build did not complete."""
    if folder.is_dir():
        for path in folder.rglob(f".*.{os.getpid()}.partial"):
            path.unlink(missing_ok=True)


_interrupted = threading.Event()  # Ctrl+C seen during this build


def _on_interrupt(signum: int, frame: object) -> None:
    _interrupted.set()
    raise KeyboardInterrupt


@contextmanager
def interrupts_remembered() -> Iterator[None]:
    """Ctrl+C raises KeyboardInterrupt as usual, and is also remembered: code that
    swallows it (a library's bare `except:`) cannot make the build go on to
    replace the files."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _interrupted.clear()
    previous = signal.signal(signal.SIGINT, _on_interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextmanager
def uninterrupted() -> Iterator[None]:
    """Ctrl+C held off while the finished files are moved into place: the build
    then completes, rather than stopping with some files moved and others not.
    An interrupt seen before this point stops the build here."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        if _interrupted.is_set():
            raise KeyboardInterrupt
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextmanager
def atomic_outputs(
    targets: list[Path], then: Callable[[], None] = lambda: None
) -> Iterator[list[Path]]:
    """Temporary paths for `targets`, moved into place together only on success,
    and `then` (the caches) done with them."""
    temporaries = [partial_path(t) for t in targets]
    try:
        yield temporaries
        with uninterrupted():
            for temporary, target in zip(temporaries, targets, strict=True):
                os.replace(temporary, target)
            then()
    finally:
        for temporary in temporaries:
            temporary.unlink(missing_ok=True)


WORKER_MODULES = [
    "generator.charts.activity",
    "generator.charts.kpi",
    "generator.charts.stacked",
]


class _Workers:
    """The worker pool, started when first needed (or at once, for a cold build)."""

    def __init__(self, options: BuildOptions) -> None:
        self.count = worker_count(options.workers)
        self.method = options.start_method or os.environ.get("APPENDIX_START_METHOD") or None
        self.pool: WorkerPool | None = None
        self.preloaded: list[str] = []

    def get(self, modules: list[str] = WORKER_MODULES) -> WorkerPool | None:
        """The pool; if it is not running yet, started with `modules` preloaded."""
        if self.pool is None and self.count > 1:
            self.pool = WorkerPool(self.count, modules, self.method)
            self.preloaded = modules
        return self.pool

    def written_here(self, formats: tuple[str, ...]) -> str:
        """The format this process writes (the others go to the workers): not one
        whose writer the workers loaded in advance; otherwise the last."""
        for fmt in reversed(formats):
            if registry.edition(fmt).module not in self.preloaded:
                return fmt
        return formats[-1]

    def close(self, abort: bool = False) -> None:
        if self.pool is not None:
            self.pool.close(abort)


def check_out_folder(out: Path) -> None:
    """The output folder, or a parent of it, must not be a file."""
    for place in (out, *out.parents):
        if place.exists():
            if not place.is_dir():
                raise InputError(
                    f"{place} is a file, not a folder",
                    where="--out",
                    fix="Name a folder for the output (it is made if it does not exist)",
                )
            return


def _out_folder(options: BuildOptions) -> Path:
    return options.out or options.root / "output"


def build(options: BuildOptions) -> BuildResult:
    """Build the appendix for one quarter; raises InputError on bad input."""
    from generator.content.input_cache import inputs_cached

    editions = [registry.edition(fmt) for fmt in options.formats]  # an unknown one stops here
    check_out_folder(_out_folder(options))
    workers = _Workers(options)
    warm = options.use_cache and inputs_cached(
        options.root, options.quarter, input_cache(_out_folder(options))
    )
    if not warm:
        # A cold build: start the workers now, so they import matplotlib while this
        # process reads the inputs (and loads a writer while they draw).
        workers.get()
    elif len(editions) > 1:
        # A warm one most likely reuses every chart: a worker loads the slowest
        # writer to load while this process reads the inputs.
        slow = [e.module for e in editions if e.slow_to_load] or [editions[-1].module]
        workers.get(slow[:1])
    completed = False
    try:
        with interrupts_remembered():
            result = _build(options, workers)
        completed = True
        return result
    finally:
        # A failed or interrupted build stops its workers at once, then removes what
        # they may have written since.
        workers.close(abort=not completed)
        if not completed:
            remove_own_partials(options.out or options.root / "output")


def _progress(options: BuildOptions, stage: str, done: int, total: int) -> None:
    if options.progress is not None:
        options.progress(stage, done, total)


def _build(options: BuildOptions, workers: _Workers) -> BuildResult:
    from generator.charts import render
    from generator.content.chart_spec import chart_spec
    from generator.content.inputs import load_inputs, save_inputs
    from generator.content.revisions import revised_quarters, write_snapshot
    from generator.look.resolve import resolve_look

    # Loaded here, before the inputs are read, so that it is ready when the charts are.
    importlib.import_module("generator.content.assemble")
    out = _out_folder(options)
    inputs = load_inputs(
        options.root, options.quarter, input_cache(out) if options.use_cache else None
    )
    report, style, quarter, facts_list = inputs.report, inputs.style, inputs.quarter, inputs.facts
    result = BuildResult()
    result.warnings.extend(inputs.dataset.warnings)

    cache = chart_cache(out)
    specs = [chart_spec(f, style) for f in facts_list]
    charts: dict[int, bytes] = {}
    pending: dict[int, int] = {}  # task number -> chart index
    for index, spec in enumerate(specs):
        cached = chart_file(cache, spec.cache_key())
        if options.use_cache and cached.is_file():
            charts[index] = cached.read_bytes()
            result.charts_reused += 1
        elif (pool := workers.get()) is not None:
            pending[pool.submit(render, spec)] = index
        else:
            charts[index] = render(spec)
            result.charts_drawn += 1
    total = len(specs)
    _progress(options, "Drawing charts", len(charts), total)
    # While the workers draw: read the commentary (bad input stops the build here,
    # before anything is written: the output folder, caches included, stays as it
    # was) and load the writer this process will run.
    commentaries, missing = read_commentaries(inputs)
    result.warnings.extend(missing)
    if options.check:
        from generator.editors.check import check_inputs

        result.findings = len(check_inputs(inputs, validate=False).findings)
    revisions = revised_quarters(inputs, out)
    if pending:
        importlib.import_module(registry.edition(workers.written_here(options.formats)).module)
    if pending and (pool := workers.get()) is not None:
        for number, png in pool.results_as_completed(len(pending)):
            charts[pending[number]] = png
            result.charts_drawn += 1
            _progress(options, "Drawing charts", len(charts), total)

    document = assemble_document(inputs, [charts[i] for i in range(total)], commentaries, revisions)
    look = resolve_look(style)
    look.check_tones(document)  # one message before any writer starts
    ids = [f.indicator.id for f in facts_list]
    fitted = fit_pages(
        document,
        look,
        dict(zip(ids, specs, strict=True)),
        cache,
        use_cache=options.use_cache,
        pool=workers.get,
    )
    document, redrawn = fitted.document, fitted.redrawn
    result.charts_drawn += fitted.drawn
    result.charts_reused += fitted.reused

    out.mkdir(parents=True, exist_ok=True)
    remove_stale_partials(out)
    targets, snapshot = output_targets(out, report, quarter, options.formats)

    def write_caches() -> None:
        """The caches are written last, once the build has succeeded."""
        for index, spec in enumerate(specs):
            write_atomically(chart_file(cache, spec.cache_key()), charts[index])
        for spec, png in redrawn.values():
            write_atomically(chart_file(cache, spec.cache_key()), png)
        if options.use_cache:
            save_inputs(inputs, input_cache(out))

    with atomic_outputs([*targets, snapshot], then=write_caches) as temporaries:
        # With several formats, the first is written by a worker (loading it if the
        # pool starts only now) while this process writes another.
        first = registry.edition(options.formats[0]).module if options.formats else None
        writers = workers.get([first]) if first and len(options.formats) > 1 else None
        here = workers.written_here(options.formats) if options.formats else ""
        _write_documents(options, writers, here, document, look, temporaries)
        write_snapshot(inputs.dataset, temporaries[-1])
    result.written = targets
    return result


@dataclass
class Fitted:
    """A document laid out to its pages, and the charts redrawn for it."""

    document: Document
    redrawn: dict[str, tuple[ChartSpec, bytes]]  # indicator id -> (spec, PNG)
    drawn: int  # charts drawn at their new height
    reused: int  # charts at their new height taken from the cache


def fit_pages(
    document: Document,
    look: Look,
    specs: Mapping[str, ChartSpec],
    cache: Path,
    *,
    use_cache: bool,
    pool: Callable[[], WorkerPool | None],
    measure: Callable[..., Any] | None = None,
) -> Fitted:
    """Where an indicator does not fit its page (generator/run/pages.py): its chart
    redrawn at the height decided (or reused from the cache), its overflow a
    continuation. `pool` gives the workers to draw in, or None to draw here;
    `measure(function, *args)`, where given, runs the measuring elsewhere."""
    from generator.charts import render
    from generator.run import pages

    minimum = look.style.chart.min_height_mm
    # Measuring loads the PDF writer's fonts: where there are workers, one that has
    # loaded them (or will write the PDF with them) measures, not this process.
    workers = pool()
    if measure is not None:
        fits = measure(pages.plan, document, look, minimum)
    elif workers is not None:
        task = workers.submit(pages.plan, document, look, minimum)
        fits = dict(workers.results_as_completed(1))[task]
    else:
        fits = pages.plan(document, look, minimum)
    redrawn: dict[str, tuple[ChartSpec, bytes]] = {}
    drawn = reused = 0
    pending: dict[int, tuple[str, ChartSpec]] = {}
    for ident, fit in fits.items():
        spec = specs.get(ident)
        if spec is None or fit.chart_height_mm == spec.height_mm:
            continue
        spec = replace(spec, height_mm=fit.chart_height_mm)
        cached = chart_file(cache, spec.cache_key())
        if use_cache and cached.is_file():
            redrawn[ident] = (spec, cached.read_bytes())
            reused += 1
        elif (workers := pool()) is not None:
            pending[workers.submit(render, spec)] = (ident, spec)
        else:
            redrawn[ident] = (spec, render(spec))
            drawn += 1
    if pending and (workers := pool()) is not None:
        for number, png in workers.results_as_completed(len(pending)):
            ident, spec = pending[number]
            redrawn[ident] = (spec, png)
            drawn += 1
    pngs = {key: png for key, (_, png) in redrawn.items()}
    return Fitted(pages.apply(document, fits, pngs), redrawn, drawn, reused)


def write_atomically(path: Path, data: bytes) -> None:
    if path.is_file():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = partial_path(path)
    temporary.write_bytes(data)
    os.replace(temporary, path)


def _write_documents(
    options: BuildOptions,
    pool: WorkerPool | None,
    here_format: str,
    document: Document,
    look: Look,
    temporaries: list[Path],
) -> None:
    """The formats are written side by side: `here_format` here, the others in workers."""
    jobs = list(zip(options.formats, temporaries, strict=False))
    total = len(jobs)
    _progress(options, "Writing documents", 0, total)
    elsewhere = 0
    here = jobs
    if pool is not None:
        here = [(fmt, path) for fmt, path in jobs if fmt == here_format]
        for fmt, path in jobs:
            if fmt != here_format:
                module = registry.edition(fmt).module
                pool.submit(registry.write_with, module, document, look, path)
                elsewhere += 1
    try:
        for done, (fmt, path) in enumerate(here, start=1):
            registry.write_with(registry.edition(fmt).module, document, look, path)
            _progress(options, "Writing documents", done, total)
    except BaseException:
        # Let the workers finish their files before the partials are removed.
        if pool is not None:
            try:
                for _ in pool.results_as_completed(elsewhere):
                    pass
            except Exception:  # the first failure is the one reported
                pass
        raise
    if pool is not None:
        for done, _ in enumerate(pool.results_as_completed(elsewhere), start=len(here) + 1):
            _progress(options, "Writing documents", done, total)
