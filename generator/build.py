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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from generator.errors import InputError
from generator.pool import WorkerPool, process_alive
from generator.writers import registry

if TYPE_CHECKING:
    from generator import pages
    from generator.charts.spec import ChartSpec
    from generator.look import Look
    from generator.model import Document
    from generator.periods import Quarter

# The default editions, in the order they are written (see writers/registry.py).
FORMATS = registry.default_formats()


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
    end = quarter.shift(1)
    quarter_end = datetime(
        end.year + (1 if end.quarter == 4 else 0), (3 * end.quarter + 1) % 12 or 12, 1, tzinfo=UTC
    )
    return source_date(quarter_end)


def _chart_code_hash() -> str:
    """Charts are reused only while the code that draws them is unchanged."""
    from importlib.metadata import version  # a tenth of the command's start-up: not before

    digest = hashlib.sha256(version("matplotlib").encode())
    folder = Path(__file__).parent / "charts"
    for path in sorted(folder.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def remove_stale_partials(folder: Path) -> None:
    """Partial files left by a build that was killed (its process no longer runs)."""
    for path in folder.rglob(".*.partial"):
        pid = path.name.rsplit(".", 2)[-2]
        if pid.isdigit() and not process_alive(int(pid)):
            path.unlink(missing_ok=True)


@contextmanager
def atomic_outputs(targets: list[Path]) -> Iterator[list[Path]]:
    """Temporary paths for `targets`, moved into place together only on success."""
    temporaries = [t.with_name(f".{t.name}.{os.getpid()}.partial") for t in targets]
    try:
        yield temporaries
        for temporary, target in zip(temporaries, targets, strict=True):
            os.replace(temporary, target)
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
        self.count = options.workers or os.cpu_count() or 1
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

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()


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


def _cache_folder(options: BuildOptions) -> Path:
    return (options.out or options.root / "output") / ".cache"


def build(options: BuildOptions) -> BuildResult:
    """Build the appendix for one quarter; raises InputError on bad input."""
    from generator.input_cache import inputs_cached

    editions = [registry.edition(fmt) for fmt in options.formats]  # an unknown one stops here
    check_out_folder(options.out or options.root / "output")
    workers = _Workers(options)
    warm = options.use_cache and inputs_cached(
        options.root, options.quarter, _cache_folder(options) / "inputs"
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
    try:
        return _build(options, workers)
    finally:
        workers.close()


def _progress(options: BuildOptions, stage: str, done: int, total: int) -> None:
    if options.progress is not None:
        options.progress(stage, done, total)


def _build(options: BuildOptions, workers: _Workers) -> BuildResult:
    from generator import pages
    from generator.assemble import IndicatorContent, assemble
    from generator.charts import render
    from generator.charts.spec import chart_spec
    from generator.inputs import load_inputs, read_commentary, save_inputs
    from generator.look import resolve_look
    from generator.revisions import revised_quarters, write_snapshot

    out = options.out or options.root / "output"
    caches = _cache_folder(options)
    inputs = load_inputs(
        options.root, options.quarter, caches / "inputs" if options.use_cache else None
    )
    report, style, quarter, facts_list = inputs.report, inputs.style, inputs.quarter, inputs.facts
    result = BuildResult()
    result.warnings.extend(inputs.dataset.warnings)

    cache = caches / "charts" / _chart_code_hash()
    specs = [chart_spec(f, style) for f in facts_list]
    charts: dict[int, bytes] = {}
    pending: dict[int, int] = {}  # task number -> chart index
    for index, spec in enumerate(specs):
        cached = cache / f"{spec.cache_key()}.png"
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
    commentaries = []
    for facts in facts_list:
        commentary, warning = read_commentary(inputs, facts)
        commentaries.append(commentary)
        if warning:
            result.warnings.append(warning)
    if options.check:
        from generator.check import check_inputs

        result.findings = len(check_inputs(inputs, validate=False).findings)
    revisions = revised_quarters(inputs, out)
    if pending:
        importlib.import_module(registry.edition(workers.written_here(options.formats)).module)
    if pending and (pool := workers.get()) is not None:
        for number, png in pool.results_as_completed(len(pending)):
            charts[pending[number]] = png
            result.charts_drawn += 1
            _progress(options, "Drawing charts", len(charts), total)

    contents = [
        IndicatorContent(
            facts, charts[index], commentaries[index], revisions.get(facts.indicator.id, ())
        )
        for index, facts in enumerate(facts_list)
    ]
    document = assemble(report, quarter, contents, style, document_date(quarter))
    look = resolve_look(style)
    look.check_tones(document)  # one message before any writer starts
    ids = [f.indicator.id for f in facts_list]
    fits, redrawn = _fit_pages(
        options, workers, document, look, dict(zip(ids, specs, strict=True)), cache, result
    )
    document = pages.apply(document, fits, {key: png for key, (_, png) in redrawn.items()})

    out.mkdir(parents=True, exist_ok=True)
    remove_stale_partials(out)
    stem = f"{report.id_prefix.lower()}-appendix-{quarter.slug}"
    targets = [out / f"{stem}.{fmt}" for fmt in options.formats]
    snapshot = out / f"{stem}.data.csv"
    with atomic_outputs([*targets, snapshot]) as temporaries:
        # With several formats, the first is written by a worker (loading it if the
        # pool starts only now) while this process writes another.
        first = registry.edition(options.formats[0]).module if options.formats else None
        writers = workers.get([first]) if first and len(options.formats) > 1 else None
        here = workers.written_here(options.formats) if options.formats else ""
        _write_documents(options, writers, here, document, look, temporaries)
        write_snapshot(inputs.dataset, temporaries[-1])
    result.written = targets
    # The caches are written last, once the build has succeeded.
    for index, spec in enumerate(specs):
        _write_atomically(cache / f"{spec.cache_key()}.png", charts[index])
    for spec, png in redrawn.values():
        _write_atomically(cache / f"{spec.cache_key()}.png", png)
    if options.use_cache:
        save_inputs(inputs, caches / "inputs")
    return result


def _fit_pages(
    options: BuildOptions,
    workers: _Workers,
    document: Document,
    look: Look,
    specs: dict[str, ChartSpec],
    cache: Path,
    result: BuildResult,
) -> tuple[dict[str, pages.Fit], dict[str, tuple[ChartSpec, bytes]]]:
    """Where an indicator does not fit its page (generator/pages.py): its chart
    redrawn at the height decided (or reused from the cache)."""
    from generator import pages
    from generator.charts import render

    fits = pages.plan(document, look, look.style.chart.min_height_mm)
    redrawn: dict[str, tuple[ChartSpec, bytes]] = {}
    pending: dict[int, tuple[str, ChartSpec]] = {}
    for ident, fit in fits.items():
        spec = specs.get(ident)
        if spec is None or fit.chart_height_mm == spec.height_mm:
            continue
        spec = replace(spec, height_mm=fit.chart_height_mm)
        cached = cache / f"{spec.cache_key()}.png"
        if options.use_cache and cached.is_file():
            redrawn[ident] = (spec, cached.read_bytes())
            result.charts_reused += 1
        elif (pool := workers.get()) is not None:
            pending[pool.submit(render, spec)] = (ident, spec)
        else:
            redrawn[ident] = (spec, render(spec))
            result.charts_drawn += 1
    if pending and (pool := workers.get()) is not None:
        for number, png in pool.results_as_completed(len(pending)):
            ident, spec = pending[number]
            redrawn[ident] = (spec, png)
            result.charts_drawn += 1
    return fits, redrawn


def _write_atomically(path: Path, data: bytes) -> None:
    if path.is_file():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.partial")
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
