"""`appendix build`: one report folder, its charts drawn in parallel worker
processes (reusing unchanged ones), its editions written side by side.

The steps are the pipeline's (`generator/run/pipeline.py`); this module decides
only which process runs each. Files are written under temporary names and moved
into place only when every requested format is complete (`generator/run/outputs.py`),
so a failed or interrupted build leaves the previous output as it was.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from generator.core.errors import InputError
from generator.read.folder import ReportFolder
from generator.run.outputs import (
    Publication,
    check_out_folder,
    check_writable,
    interrupts_remembered,
    publish,
    remove_own_partials,
    remove_stale_partials,
)
from generator.run.pool import WorkerPool, worker_count
from generator.writers import registry

if TYPE_CHECKING:
    from generator.content.chart_spec import ChartSpec
    from generator.content.icon_spec import IconSpec
    from generator.content.inputs import Inputs
    from generator.core.model import Document
    from generator.look.resolve import Look
    from generator.read.definitions import Report
    from generator.run.counted import Counted

__all__ = ["BuildOptions", "BuildResult", "build"]


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
    # The caller's own work (the command line loads what prints the result), run once
    # while this process waits for a worker to finish writing its edition.
    waiting: Callable[[], None] | None = None


@dataclass
class BuildResult:
    written: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    charts_drawn: int = 0
    charts_reused: int = 0
    findings: int = 0  # what `appendix check` would report
    # Those findings in each language's commentary, by tag (the main language's first).
    findings_by_language: dict[str, int] = field(default_factory=dict)


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
        self.writer: str | None = None  # the writer a warm build's worker loaded

    def get(
        self, modules: list[str] = WORKER_MODULES, most: int | None = None
    ) -> WorkerPool | None:
        """The pool; if it is not running yet, started with `modules` preloaded (and
        at most `most` workers, where given)."""
        if self.pool is None and self.count > 1:
            count = self.count if most is None else min(self.count, most)
            self.pool = WorkerPool(count, modules, self.method)
            self.preloaded = modules
        return self.pool

    def restart(self) -> None:
        """The drawing workers started, in place of any other pool started before."""
        if self.pool is not None and self.preloaded != WORKER_MODULES:
            self.pool.close(abort=True)
            self.pool = None
        self.get()

    def written_here(self, formats: tuple[str, ...]) -> str:
        """The format this process writes (the others go to the workers): not one
        whose writer the workers loaded in advance; otherwise the last."""
        for fmt in reversed(formats):
            if registry.edition(fmt).module not in self.preloaded:
                return fmt
        return formats[-1]

    def finish(self) -> None:
        """No more work for the workers: they end while the build moves its files."""
        if self.pool is not None:
            self.pool.finish()

    def close(self, abort: bool = False) -> None:
        if self.pool is not None:
            self.pool.close(abort)


def build(options: BuildOptions) -> BuildResult:
    """Build the appendix for one quarter; raises InputError on bad input."""
    for fmt in options.formats:
        registry.edition(fmt)  # an unknown one stops here
    folder = ReportFolder.at(options.root, options.out)
    workers = _Workers(options)
    completed = False
    try:
        # A build after an earlier one most likely reuses its inputs and every chart:
        # one worker is started at once to load the slowest writer to load while this
        # process loads the rest and reads the inputs; then it measures what changed of
        # the pages and writes that edition, its fonts loaded once. Where the inputs
        # turn out to have changed, it is stopped and the chart workers started instead.
        ahead = registry.loaded_ahead(options.formats) if options.use_cache else None
        if ahead is not None and _kept_before(folder):
            workers.get([ahead], most=1)
        check_out_folder(folder.out)
        check_writable(folder.out, folder.cache)
        from generator.content.input_cache import inputs_cached
        from generator.run import pipeline

        # Read once a build (as the last build kept it, where its file is unchanged).
        report, definition_key = pipeline.read_definition(folder, use_cache=options.use_cache)
        warm = options.use_cache and inputs_cached(report, options.quarter, folder.inputs_cache)
        if not warm:
            # A cold build: the workers started now, so that they import matplotlib
            # while this process reads the inputs (and loads a writer while they draw).
            workers.restart()
        elif ahead is not None and workers.get([ahead], most=1) is not None:
            workers.writer = ahead
        with interrupts_remembered():
            result = _build(options, folder, report, workers, definition_key)
        completed = True
        return result
    finally:
        # A failed or interrupted build stops its workers at once, then removes what
        # they may have written since.
        workers.close(abort=not completed)
        if not completed:
            remove_own_partials(folder.out)


def _kept_before(folder: ReportFolder) -> bool:
    """Whether an earlier build kept its inputs in `folder`'s cache."""
    try:
        return any(folder.inputs_cache.iterdir())
    except OSError:
        return False


def _progress(options: BuildOptions, stage: str, done: int, total: int) -> None:
    if options.progress is not None:
        options.progress(stage, done, total)


def _build(
    options: BuildOptions,
    folder: ReportFolder,
    report: Report,
    workers: _Workers,
    definition_key: str | None = None,
) -> BuildResult:
    from generator.charts import render
    from generator.run import pipeline

    # Loaded here, before the inputs are read, so that it is ready when the charts are.
    importlib.import_module("generator.content.assemble")
    inputs = pipeline.read_inputs(
        folder,
        options.quarter,
        use_cache=options.use_cache,
        report=report,
        definition_key=definition_key,
    )
    # Where each writer that keeps parts of what it writes (the DOCX's sections, the
    # PDF's parsed fonts) keeps them: reused while unchanged, those made by this build
    # kept once it has succeeded.
    kept = pipeline.parts_folders(folder, options.formats, use_cache=options.use_cache)
    fonts = pipeline.fonts_folder(folder, use_cache=options.use_cache)  # to measure with
    look = _prepare_writer(inputs, workers, kept)
    result = BuildResult()
    result.warnings.extend(pipeline.input_warnings(inputs))

    def submit(spec: ChartSpec | IconSpec) -> int | None:
        pool = workers.get()
        return None if pool is None else pool.submit(render, spec)

    charts = pipeline.ask_for_charts(inputs, folder, use_cache=options.use_cache, submit=submit)
    total = len(charts.specs)
    _progress(options, "Drawing charts", len(charts.found), total)
    # While the workers draw: read the commentary (bad input stops the build here,
    # before anything is written: the output folder, caches included, stays as it
    # was) and load the writer this process will run.
    commentaries, missing = pipeline.read_commentaries(inputs)
    result.warnings.extend(missing)
    revised = pipeline.revisions(inputs, folder)
    drawing = bool(charts.waiting)

    counted: Counted | None = None

    def count_findings() -> None:
        nonlocal counted
        if options.check:
            from generator.run.counted import count_findings as count

            counted = count(inputs, folder, use_cache=options.use_cache)
            result.findings = counted.total
            result.findings_by_language = counted.by_language

    def load_writer_here() -> None:
        if workers.pool is not None and options.formats:
            importlib.import_module(registry.edition(workers.written_here(options.formats)).module)

    # Work for this process while the workers work: while they draw the charts, the
    # check's findings counted and this process's writer loaded; where nothing is to
    # be drawn, both once a worker has been handed its edition to write. (Not while
    # it measures the edited section: that takes it 0.01 to 0.02 s, and its edition,
    # the longer of the two to write, would wait for this process to load its writer.)
    def after_handing_over() -> None:
        load_writer_here()
        count_findings()

    if drawing:
        count_findings()
        load_writer_here()
    if charts.waiting and (pool := workers.get()) is not None:
        for number, png in pool.results_as_completed(len(charts.waiting)):
            charts.receive(number, png)
            _progress(options, "Drawing charts", len(charts.found), total)

    laid = pipeline.lay_out(
        inputs,
        charts,
        commentaries,
        revised,
        use_cache=options.use_cache,
        pool=workers.get,
        look=look,
        fonts=fonts,
    )
    result.warnings.extend(pipeline.font_warnings(inputs, laid.look))
    # Each other language the definition lists: the same steps in its words and
    # with its commentary (narratives/<quarter>/<tag>/), its charts drawn by the workers.
    languages = inputs.other_languages()
    others: list[tuple[pipeline.Charts, pipeline.LaidOut]] = []
    for other in languages:
        other_charts = pipeline.ask_for_charts(
            other, folder, use_cache=options.use_cache, submit=submit, known=charts.by_key()
        )
        other_commentaries, other_missing = pipeline.read_commentaries(other)
        result.warnings.extend(other_missing)
        if other_charts.waiting and (pool := workers.get()) is not None:
            for number, png in pool.results_as_completed(len(other_charts.waiting)):
                other_charts.receive(number, png)
        other_laid = pipeline.lay_out(
            other,
            other_charts,
            other_commentaries,
            revised,
            use_cache=options.use_cache,
            pool=workers.get,
            fonts=fonts,
        )
        others.append((other_charts, other_laid))
        charts.drawn += other_charts.drawn
        charts.reused += other_charts.reused
    pipeline.hold_pages([laid, *(other_laid for _, other_laid in others)])
    result.charts_drawn, result.charts_reused = charts.drawn, charts.reused

    folder.out.mkdir(parents=True, exist_ok=True)
    remove_stale_partials(folder.out)

    def keep() -> None:
        """The caches are written last, once the build has succeeded."""
        laid_out = [(charts, laid), *others]
        pipeline.keep_caches(folder, inputs, laid_out, counted, parts, use_cache=options.use_cache)

    parts: dict[Path, bytes] = {}
    publication = Publication(pipeline.targets(folder, inputs, options.formats, languages), keep)
    try:
        # With several formats, the first is written by a worker (loading it if the
        # pool starts only now) while this process writes another.
        first = registry.edition(options.formats[0]).module if options.formats else None
        writers = workers.get([first]) if first and len(options.formats) > 1 else None
        here = workers.written_here(options.formats) if options.formats else ""
        count = len(options.formats)
        written = pipeline.documents(inputs, laid, [other_laid for _, other_laid in others])
        for number, (document, document_look) in enumerate(written):
            made = _write_documents(
                options,
                writers,
                here,
                document,
                document_look,
                publication.temporaries[number * count : (number + 1) * count],
                meanwhile=None if drawing or number else after_handing_over,
                kept=kept,
                while_waiting=None if number else options.waiting,
            )
            parts.update(made)
        workers.finish()
        pipeline.write_snapshot(inputs, publication.temporaries[-1])
        publish([publication])
    finally:
        publication.discard()
    result.written = publication.targets[:-1]
    return result


def _prepare_writer(
    inputs: Inputs, workers: _Workers, kept: Mapping[str, Path | None]
) -> Look | None:
    """Where a worker loaded a writer for a warm build: the look resolved, and that
    worker told to load what its writer needs for it (the PDF's fonts) while this
    process reads the commentary and lays out. A look that cannot be resolved is
    left to the layout to report, in its turn."""
    if workers.pool is None or workers.writer is None:
        return None
    from generator.look.resolve import resolve_look

    try:
        look = resolve_look(inputs.style)
    except InputError:
        return None
    parts = next((kept[f] for f in kept if registry.edition(f).module == workers.writer), None)
    workers.pool.ahead(registry.prepare_with, workers.writer, look, parts)
    return look


def _write_documents(
    options: BuildOptions,
    pool: WorkerPool | None,
    here_format: str,
    document: Document,
    look: Look,
    temporaries: list[Path],
    meanwhile: Callable[[], None] | None = None,
    kept: Mapping[str, Path | None] | None = None,
    while_waiting: Callable[[], None] | None = None,
) -> dict[Path, bytes]:
    """The formats are written side by side: `here_format` here, the others in workers;
    `meanwhile`, where given, is run once the others are handed to the workers, and
    `while_waiting` once this process has written its own and waits for theirs. A
    writer that keeps parts reads them from its folder in `kept` (by format), where
    given; those the writers made are returned, by the file each is to be kept in."""
    from generator.run import pipeline

    jobs = list(zip(options.formats, temporaries, strict=False))
    total = len(jobs)
    _progress(options, "Writing documents", 0, total)
    elsewhere = 0
    folders = kept or {}
    made: dict[Path, bytes] = {}
    waiting: dict[int, Path | None] = {}  # task number -> the folder of its writer's parts
    here = jobs
    if pool is not None:
        here = [(fmt, path) for fmt, path in jobs if fmt == here_format]
        for fmt, path in jobs:
            if fmt != here_format:
                module = registry.edition(fmt).module
                folder = folders.get(fmt)
                waiting[pool.submit(registry.write_with, module, document, look, path, folder)] = (
                    folder
                )
                elsewhere += 1
    try:
        if meanwhile is not None:
            meanwhile()
        for done, (fmt, path) in enumerate(here, start=1):
            folder = folders.get(fmt)
            module = registry.edition(fmt).module
            theirs = registry.write_with(module, document, look, path, folder)
            made.update(pipeline.parts_made(folder, theirs))
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
        if elsewhere and while_waiting is not None:
            while_waiting()
        for done, (task, theirs) in enumerate(
            pool.results_as_completed(elsewhere), start=len(here) + 1
        ):
            made.update(pipeline.parts_made(waiting[task], theirs))
            _progress(options, "Writing documents", done, total)
    return made
