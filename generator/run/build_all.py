"""Every directorate at once: several report folders built with one pool of chart workers.

The workers start once and import the drawing code once. Every report's
inputs are read and checked first, and each one's charts are queued as soon
as its inputs are in, so the workers draw while this process reads the next
report and, later, writes the finished ones: the machine's cores stay busy
from the first chart to the last file.

Each report is built with `build`'s steps (`generator/run/pipeline.py`) and caches,
in its own `output/.cache/`: its charts and pages' fits, its validated inputs, its
check's findings counted, and the parts its writers keep (the DOCX's sections, the
PDF's parsed fonts), kept once its files are in place.

One report's bad input does not stop the others: it is reported in the
closing list, and that report's output folder is left as it was.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.core.errors import InputError
from generator.read.folder import OUTPUT, ReportFolder
from generator.run.build import WORKER_MODULES
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

if TYPE_CHECKING:
    from generator.content.inputs import Inputs
    from generator.core.periods import Quarter
    from generator.run.counted import Counted
    from generator.run.pipeline import Charts, Commentary, LaidOut

SKIPPED_FOLDERS = {OUTPUT, "node_modules", "__pycache__", "site-packages"}


def find_report_folders(start: Path, depth: int = 3) -> list[Path]:
    """`start` and each folder under it (to `depth` levels) holding data/report.yaml,
    skipping hidden folders and output/."""
    found: list[Path] = []

    def visit(folder: Path, level: int) -> None:
        if ReportFolder.holds_report(folder):
            found.append(folder)
        if level >= depth:
            return
        try:
            children = sorted(p for p in folder.iterdir() if p.is_dir())
        except OSError:
            return
        for child in children:
            if child.name.startswith(".") or child.name in SKIPPED_FOLDERS:
                continue
            visit(child, level + 1)

    visit(start, 0)
    return found


@dataclass
class ReportOutcome:
    """What became of one report folder."""

    folder: Path
    quarter: str | None = None
    written: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    charts_drawn: int = 0
    charts_reused: int = 0
    findings: int = 0  # what `appendix check` would report, as `build` counts them
    # Those findings in each language's commentary, by tag (the main language's first).
    findings_by_language: dict[str, int] = field(default_factory=dict)


@dataclass
class _Pending:
    outcome: ReportOutcome
    folder: ReportFolder
    inputs: Inputs
    charts: Charts
    commentaries: list[Commentary]
    revised: dict[str, tuple[Quarter, ...]]
    # each other language the definition lists: its inputs, charts and commentary
    languages: list[tuple[Inputs, Charts, list[Commentary]]] = field(default_factory=list)
    counted: Counted | None = None  # the check's findings, counted
    # Where each writer that keeps parts keeps them, by format (None: it keeps none, or
    # the cache is not used), and the folder the pages are measured with the fonts from.
    kept: dict[str, Path | None] = field(default_factory=dict)
    fonts: Path | None = None


class _Results:
    """Results from the shared pool, handed to the report whose task it was."""

    def __init__(self, pool: WorkerPool) -> None:
        self.pool = pool
        self.waiting: dict[int, Any] = {}

    def run(self, function: Callable[..., Any], *args: Any) -> Any:
        """`function(*args)` in a worker, its result handed back here."""
        task = self.pool.submit(function, *args)
        return dict(self.take([task]))[task]

    def take(self, numbers: Iterable[int]) -> Iterable[tuple[int, Any]]:
        wanted = set(numbers)
        for number in list(wanted):
            if number in self.waiting:
                wanted.discard(number)
                yield number, self.waiting.pop(number)
        while wanted:
            for number, value in self.pool.results_as_completed(1):
                if number in wanted:
                    wanted.discard(number)
                    yield number, value
                else:
                    self.waiting[number] = value


Progress = Callable[[str, int, int], None]


def build_all(
    folders: list[Path],
    *,
    quarter: str | None = None,
    out: Path | None = None,
    formats: tuple[str, ...] | None = None,
    use_cache: bool = True,
    workers: int | None = None,
    progress: Progress | None = None,
    check: bool = True,
) -> list[ReportOutcome]:
    """Build every report folder; bad input in one is recorded in its outcome.
    Every report's files are moved into place together at the end: Ctrl+C at any
    moment before leaves every report's output folder as it was. Each report's
    findings are counted where `check`, as `build` counts them."""
    from generator.writers import registry

    chosen = formats if formats is not None else registry.default_formats()
    for fmt in chosen:
        registry.edition(fmt)  # an unknown one stops here, before any work
    count = worker_count(workers)
    pool = WorkerPool(count, WORKER_MODULES, os.environ.get("APPENDIX_START_METHOD") or None)
    places = [_report_folder(folder, out) for folder in folders]
    completed = False
    try:
        with interrupts_remembered():
            outcomes = _build_all(places, quarter, chosen, use_cache, pool, progress, check)
        completed = True
        return outcomes
    finally:
        pool.close(abort=not completed)
        if not completed:
            for place in places:
                remove_own_partials(place.out)


def _report_folder(folder: Path, out: Path | None) -> ReportFolder:
    """The report folder, built into its own output/ or into --out/<its name>."""
    return ReportFolder.at(folder, None if out is None else out / folder.resolve().name)


def _build_all(
    places: list[ReportFolder],
    quarter: str | None,
    formats: tuple[str, ...],
    use_cache: bool,
    pool: WorkerPool,
    progress: Progress | None,
    check: bool = True,
) -> list[ReportOutcome]:
    from generator.charts import render
    from generator.run import pipeline
    from generator.run.counted import count_findings

    def report_progress(stage: str, done: int, total: int) -> None:
        if progress is not None:
            progress(stage, done, total)

    outcomes: list[ReportOutcome] = []
    pending: list[_Pending] = []
    charts_total = charts_done = 0
    # First every report's inputs, each one's charts queued as soon as they are known.
    for place in places:
        outcome = ReportOutcome(place.root)
        outcomes.append(outcome)
        try:
            check_out_folder(place.out)
            check_writable(place.out, place.cache)
            definition, definition_key = pipeline.read_definition(place, use_cache=use_cache)
            inputs = pipeline.read_inputs(
                place,
                quarter,
                use_cache=use_cache,
                report=definition,
                definition_key=definition_key,
            )
            outcome.quarter = str(inputs.quarter)
            outcome.warnings.extend(pipeline.input_warnings(inputs))
            charts = pipeline.ask_for_charts(
                inputs, place, use_cache=use_cache, submit=lambda spec: pool.submit(render, spec)
            )
            charts_total += len(charts.specs)
            charts_done += len(charts.found)
            report_progress("Drawing charts", charts_done, charts_total)
            commentaries, missing = pipeline.read_commentaries(inputs)
            outcome.warnings.extend(missing)
            revised = pipeline.revisions(inputs, place)
            languages: list[tuple[Inputs, Charts, list[Commentary]]] = []
            for other in inputs.other_languages():
                other_charts = pipeline.ask_for_charts(
                    other,
                    place,
                    use_cache=use_cache,
                    submit=lambda spec: pool.submit(render, spec),
                )
                charts_total += len(other_charts.specs)
                charts_done += len(other_charts.found)
                other_commentaries, other_missing = pipeline.read_commentaries(other)
                outcome.warnings.extend(other_missing)
                languages.append((other, other_charts, other_commentaries))
            # While the workers draw: the check's findings counted, as by `build`.
            counted = count_findings(inputs, place, use_cache=use_cache) if check else None
        except InputError as error:
            outcome.error = error.message()
            continue
        if counted is not None:
            outcome.findings, outcome.findings_by_language = counted.total, counted.by_language
        kept = pipeline.parts_folders(place, formats, use_cache=use_cache)
        pending.append(
            _Pending(
                outcome,
                place,
                inputs,
                charts,
                commentaries,
                revised,
                languages,
                counted,
                kept,
                pipeline.fonts_folder(place, use_cache=use_cache),
            )
        )
    # Then each report in turn: its charts, then its files. The documents are written
    # here and, for every other report, its PDF by a worker once the charts are drawn:
    # every core stays busy to the end.
    results = _Results(pool)
    writing: list[_Writing] = []
    try:
        for index, report in enumerate(pending):
            for number, png in results.take(list(report.charts.waiting)):
                report.charts.receive(number, png)
                charts_done += 1
                report_progress("Drawing charts", charts_done, charts_total)
            for _, other_charts, _ in report.languages:
                for number, png in results.take(list(other_charts.waiting)):
                    other_charts.receive(number, png)
                    charts_done += 1
                    report_progress("Drawing charts", charts_done, charts_total)
            try:
                writing.append(
                    _start_writing(
                        report, formats, pool if index % 2 else None, use_cache, results.run
                    )
                )
            except InputError as error:
                report.outcome.error = error.message()
        for done, job in enumerate(writing, start=1):
            for task, made in results.take(job.tasks):
                job.parts.update(pipeline.parts_made(job.tasks[task], made))
            report_progress("Writing reports", done, len(writing))
        # Every report's files into place at once, Ctrl+C held off while they move.
        publish([job.publication for job in writing])
        for job in writing:
            job.report.outcome.written = job.publication.targets[:-1]
    finally:
        for job in writing:
            job.publication.discard()
    return outcomes


@dataclass
class _Writing:
    """One report's files under temporary names, some still being written by workers."""

    report: _Pending
    publication: Publication
    # each task still writing an edition, and the folder its writer keeps parts in
    tasks: dict[int, Path | None]
    # the parts the report's writers made, by the file each is to be kept in
    parts: dict[Path, bytes]


def _start_writing(
    report: _Pending,
    formats: tuple[str, ...],
    pool: WorkerPool | None,
    use_cache: bool,
    measure: Callable[..., Any],
) -> _Writing:
    """Lay the report out and write its files under temporary names; with `pool`,
    its PDF is written by a worker."""
    from generator.run import pipeline
    from generator.writers import registry

    inputs, place, charts = report.inputs, report.folder, report.charts
    # The pages are measured by a worker (its result handed back through `measure`);
    # a chart redrawn to fit its page is drawn here, as the shared pool's other
    # results belong to the reports still drawing.
    laid = pipeline.lay_out(
        inputs,
        charts,
        report.commentaries,
        report.revised,
        use_cache=use_cache,
        pool=lambda: None,
        measure=measure,
        fonts=report.fonts,
    )
    report.outcome.warnings.extend(pipeline.font_warnings(inputs, laid.look))
    others = [
        (
            other_charts,
            pipeline.lay_out(
                other,
                other_charts,
                other_commentaries,
                report.revised,
                use_cache=use_cache,
                pool=lambda: None,
                measure=measure,
                fonts=report.fonts,
            ),
        )
        for other, other_charts, other_commentaries in report.languages
    ]
    pipeline.hold_pages([laid, *(other_laid for _, other_laid in others)])
    drawn = charts.drawn + sum(c.drawn for c, _ in others)
    reused = charts.reused + sum(c.reused for c, _ in others)
    report.outcome.charts_drawn, report.outcome.charts_reused = drawn, reused
    place.out.mkdir(parents=True, exist_ok=True)
    remove_stale_partials(place.out)
    languages = [other for other, _, _ in report.languages]
    # The parts the writers make (the DOCX's sections, the PDF's parsed fonts), kept with
    # the report's other caches once its files are in place.
    parts: dict[Path, bytes] = {}
    publication = Publication(
        pipeline.targets(place, inputs, formats, languages),
        lambda: _keep(report, laid, use_cache, others, parts),
    )
    job = _Writing(report, publication, {}, parts)
    try:
        written = pipeline.documents(inputs, laid, [other_laid for _, other_laid in others])
        count = len(formats)
        for number, (document, look) in enumerate(written):
            paths = publication.temporaries[number * count : (number + 1) * count]
            for fmt, path in zip(formats, paths, strict=False):
                edition = registry.edition(fmt)
                folder = report.kept.get(fmt)
                # the first document's slow edition by a worker; the rest written here
                if pool is not None and edition.slow_to_load and count > 1 and not number:
                    task = pool.submit(
                        registry.write_with, edition.module, document, look, path, folder
                    )
                    job.tasks[task] = folder
                else:
                    made = registry.write_with(edition.module, document, look, path, folder)
                    parts.update(pipeline.parts_made(folder, made))
        pipeline.write_snapshot(inputs, publication.temporaries[-1])
    except BaseException:
        publication.discard()
        raise
    return job


def _keep(
    report: _Pending,
    laid: LaidOut,
    use_cache: bool,
    others: Iterable[tuple[Charts, LaidOut]] = (),
    parts: Mapping[Path, bytes] | None = None,
) -> None:
    """A report's caches (each language's charts and pages, the findings counted, the
    writers' parts), kept once its files are in place, as `build` keeps them."""
    from generator.run import pipeline

    laid_out = [(report.charts, laid), *others]
    pipeline.keep_caches(
        report.folder, report.inputs, laid_out, report.counted, parts or {}, use_cache=use_cache
    )
