"""Every directorate at once: several report folders built with one pool of chart workers.

The workers start once and import the drawing code once. Every report's
inputs are read and checked first, and each one's charts are queued as soon
as its inputs are in, so the workers draw while this process reads the next
report and, later, writes the finished ones: the machine's cores stay busy
from the first chart to the last file.

One report's bad input does not stop the others: it is reported in the
closing list, and that report's output folder is left as it was.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.core.errors import InputError
from generator.run.build import (
    WORKER_MODULES,
    assemble_document,
    chart_cache,
    chart_code_hash,
    chart_file,
    check_out_folder,
    fit_pages,
    input_cache,
    output_targets,
    partial_path,
    read_commentaries,
    remove_stale_partials,
    write_atomically,
)
from generator.run.pool import WorkerPool, worker_count

if TYPE_CHECKING:
    from generator.content.chart_spec import ChartSpec
    from generator.content.inputs import Inputs
    from generator.core.periods import Quarter
    from generator.run.build import Commentary

SKIPPED_FOLDERS = {"output", "node_modules", "__pycache__", "site-packages"}


def find_report_folders(start: Path, depth: int = 3) -> list[Path]:
    """`start` and each folder under it (to `depth` levels) holding data/report.yaml,
    skipping hidden folders and output/."""
    found: list[Path] = []

    def visit(folder: Path, level: int) -> None:
        if (folder / "data" / "report.yaml").is_file():
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


@dataclass
class _Pending:
    outcome: ReportOutcome
    out: Path
    inputs: Inputs
    specs: list[ChartSpec]
    charts: dict[int, bytes]
    tasks: dict[int, int]  # task number -> chart index
    commentaries: list[Commentary]
    revisions: dict[str, tuple[Quarter, ...]]
    cache: Path
    redrawn: list[tuple[ChartSpec, bytes]] = field(default_factory=list)  # to fit pages


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
) -> list[ReportOutcome]:
    """Build every report folder; bad input in one is recorded in its outcome."""
    count = worker_count(workers)
    pool = WorkerPool(count, WORKER_MODULES, os.environ.get("APPENDIX_START_METHOD") or None)
    try:
        from generator.writers import registry

        chosen = formats if formats is not None else registry.default_formats()
        return _build_all(folders, quarter, out, chosen, use_cache, pool, progress)
    finally:
        pool.close()


def _out_folder(folder: Path, out: Path | None) -> Path:
    if out is None:
        return folder / "output"
    name = folder.resolve().name
    return out / name


def _build_all(
    folders: list[Path],
    quarter: str | None,
    out: Path | None,
    formats: tuple[str, ...],
    use_cache: bool,
    pool: WorkerPool,
    progress: Progress | None,
) -> list[ReportOutcome]:
    from generator.charts import render
    from generator.content.chart_spec import chart_spec
    from generator.content.inputs import load_inputs
    from generator.content.revisions import revised_quarters

    def report_progress(stage: str, done: int, total: int) -> None:
        if progress is not None:
            progress(stage, done, total)

    outcomes: list[ReportOutcome] = []
    pending: list[_Pending] = []
    code_hash = chart_code_hash()
    charts_total = charts_done = 0
    # First every report's inputs, each one's charts queued as soon as they are known.
    for folder in folders:
        outcome = ReportOutcome(folder)
        outcomes.append(outcome)
        target = _out_folder(folder, out)
        try:
            check_out_folder(target)
            inputs = load_inputs(folder, quarter, input_cache(target) if use_cache else None)
            outcome.quarter = str(inputs.quarter)
            outcome.warnings.extend(inputs.dataset.warnings)
            cache = chart_cache(target, code_hash)
            specs = [chart_spec(f, inputs.style) for f in inputs.facts]
            charts: dict[int, bytes] = {}
            tasks: dict[int, int] = {}
            for index, spec in enumerate(specs):
                cached = chart_file(cache, spec.cache_key())
                if use_cache and cached.is_file():
                    charts[index] = cached.read_bytes()
                    outcome.charts_reused += 1
                else:
                    tasks[pool.submit(render, spec)] = index
            charts_total += len(specs)
            charts_done += len(charts)
            report_progress("Drawing charts", charts_done, charts_total)
            commentaries, missing = read_commentaries(inputs)
            outcome.warnings.extend(missing)
            revisions = revised_quarters(inputs, target)
        except InputError as error:
            outcome.error = error.message()
            continue
        pending.append(
            _Pending(outcome, target, inputs, specs, charts, tasks, commentaries, revisions, cache)
        )
    # Then each report in turn: its charts, then its files. The documents are written
    # here and, for every other report, its PDF by a worker once the charts are drawn:
    # every core stays busy to the end.
    results = _Results(pool)
    writing: list[_Writing] = []
    try:
        for index, report in enumerate(pending):
            for number, png in results.take(report.tasks):
                report.charts[report.tasks[number]] = png
                report.outcome.charts_drawn += 1
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
            for _ in results.take(job.tasks):
                pass
            job.finish(use_cache)
            report_progress("Writing reports", done, len(writing))
    finally:
        for job in writing:
            job.discard()
    return outcomes


@dataclass
class _Writing:
    """One report's files under temporary names, some still being written by workers."""

    report: _Pending
    targets: list[Path]
    temporaries: list[Path]
    tasks: list[int]

    def finish(self, use_cache: bool) -> None:
        """Move the files into place together, then keep the caches."""
        from generator.content.inputs import save_inputs

        for temporary, target in zip(self.temporaries, self.targets, strict=True):
            os.replace(temporary, target)
        report = self.report
        report.outcome.written = self.targets[:-1]
        for index, spec in enumerate(report.specs):
            write_atomically(chart_file(report.cache, spec.cache_key()), report.charts[index])
        for spec, png in report.redrawn:
            write_atomically(chart_file(report.cache, spec.cache_key()), png)
        if use_cache:
            save_inputs(report.inputs, input_cache(report.out))

    def discard(self) -> None:
        for temporary in self.temporaries:
            temporary.unlink(missing_ok=True)


def _start_writing(
    report: _Pending,
    formats: tuple[str, ...],
    pool: WorkerPool | None,
    use_cache: bool,
    measure: Callable[..., Any],
) -> _Writing:
    """Assemble the report and write its files under temporary names; with `pool`,
    its PDF is written by a worker."""
    from generator.content.revisions import write_snapshot
    from generator.look.resolve import resolve_look
    from generator.writers import registry

    inputs = report.inputs
    charts = [report.charts[index] for index in range(len(inputs.facts))]
    document = assemble_document(inputs, charts, report.commentaries, report.revisions)
    look = resolve_look(inputs.style)
    look.check_tones(document)  # one message before any writer starts
    # The pages are measured by a worker (its result handed back through `measure`);
    # a chart redrawn to fit its page is drawn here, as the shared pool's other
    # results belong to the reports still drawing.
    ids = [f.indicator.id for f in inputs.facts]
    fitted = fit_pages(
        document,
        look,
        dict(zip(ids, report.specs, strict=True)),
        report.cache,
        use_cache=use_cache,
        pool=lambda: None,
        measure=measure,
    )
    document = fitted.document
    report.redrawn = [spec_png for spec_png in fitted.redrawn.values()]
    report.outcome.charts_drawn += fitted.drawn
    report.outcome.charts_reused += fitted.reused
    out = report.out
    out.mkdir(parents=True, exist_ok=True)
    remove_stale_partials(out)
    documents, snapshot = output_targets(out, inputs.report, inputs.quarter, formats)
    targets = [*documents, snapshot]
    temporaries = [partial_path(t) for t in targets]
    job = _Writing(report, targets, temporaries, [])
    try:
        for fmt, path in zip(formats, temporaries, strict=False):
            edition = registry.edition(fmt)
            if pool is not None and edition.slow_to_load and len(formats) > 1:
                task = pool.submit(registry.write_with, edition.module, document, look, path)
                job.tasks.append(task)
            else:
                registry.write_with(edition.module, document, look, path)
        write_snapshot(inputs.dataset, temporaries[-1])
    except BaseException:
        job.discard()
        raise
    return job
