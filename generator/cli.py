"""The `appendix` command: parse arguments, report progress and errors.

Bad input ends with exit status 2 and one message naming the file, the place,
the indicator and period, and the fix; never a traceback.

Built on click rather than typer: typer reads its parameters through pydantic,
whose import cost a cold build a tenth of a second before the chart workers
could start.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from generator.core.errors import InputError

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, TaskID
    from rich.text import Text

EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130


Command = TypeVar("Command", bound=Callable[..., Any])


@click.group(
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Build a committee paper's performance appendix (DOCX, PDF, HTML, XLSX) from data "
    "and Markdown.",
)
def app() -> None:
    pass


def quarter_option(command: Command) -> Command:
    return click.option(
        "--quarter",
        "-q",
        default=None,
        help="e.g. '2024-25 Q2'; default: the latest quarter with data.",
    )(command)


def root_option(command: Command) -> Command:
    return click.option(
        "--root",
        type=click.Path(path_type=Path),
        default=Path("."),
        show_default=True,
        help="The report folder (holds data/, narratives/, styles/).",
    )(command)


# rich is loaded when there is first something to show: a build starts its chart
# workers before that, and they need none of it.


# Every line is printed as written (markup=False, emoji=False): a path, a cell or an
# editor's words in square brackets ("out/[draft]/", "[the dashboard](...)") are never
# read as rich's style tags, which would drop them, nor words between colons
# ("out/:memo:/") as emoji codes. The few words shown in colour are `labelled`.


@cache
def err() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False, markup=False, emoji=False)


@cache
def out() -> Console:
    from rich.console import Console

    return Console(highlight=False, markup=False, emoji=False)


def labelled(label: str, style: str, rest: object = "") -> Text:
    """`label` in `style` (a colour), then `rest` as it is written: "error: ..." ."""
    from rich.text import Text

    text = str(rest)
    return Text.assemble((label, style), f" {text}" if text else "")


def _may_be_terminal() -> bool:
    """False where standard error is surely not a terminal as rich decides it (no
    setting says otherwise, and it is no TTY): decided without loading rich, which a
    build then loads only to print its last lines."""
    if os.environ.get("TTY_COMPATIBLE") or os.environ.get("FORCE_COLOR") is not None:
        return True
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):  # no stream, or a closed one
        return False


# A build quicker than this shows no bars (they would only flash, and loading rich's
# console and progress to draw them took a rebuild 0.02 s more on a terminal).
_BARS_AFTER_SECONDS = 0.5


class ProgressBars:
    """A bar per stage of the build on the terminal, once the build has taken longer
    than `after` seconds (by `clock`): each stage reported so far then shown at once."""

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, after: float = _BARS_AFTER_SECONDS
    ) -> None:
        self.progress: Progress | None = None
        self.tasks: dict[str, TaskID] = {}
        self.shown = True  # False once standard error is found not to be a terminal
        self.clock = clock
        self.after = after
        self.started: float | None = None
        self.waiting: dict[str, tuple[int, int]] = {}  # stage -> (done, total), not drawn yet

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.shown:
            return
        if self.progress is None:
            if not _may_be_terminal():
                # No bar to draw (a pipe, a file, CI): rich's progress is not loaded.
                self.shown = False
                return
            now = self.clock()
            self.started = now if self.started is None else self.started
            self.waiting[stage] = (done, total)
            if now - self.started < self.after:
                return
            if not err().is_terminal:
                self.shown = False
                return
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
            )

            self.progress = Progress(
                TextColumn("{task.description:<16}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=err(),
                transient=True,
            )
            self.progress.start()
            for waited, (done_then, total_then) in self.waiting.items():
                self.tasks[waited] = self.progress.add_task(
                    waited, total=total_then, completed=done_then
                )
            return
        if stage not in self.tasks:
            self.tasks[stage] = self.progress.add_task(stage, total=total)
        self.progress.update(self.tasks[stage], completed=done, total=total)

    def stop(self) -> None:
        if self.progress is not None:
            self.progress.stop()


def _fail(error: InputError) -> click.exceptions.Exit:
    err().print(labelled("error:", "bold red", error.message()), soft_wrap=True)
    return click.exceptions.Exit(EXIT_BAD_INPUT)


def _formats(value: str | None) -> tuple[str, ...]:
    """The --format list, in the registry's words; a mistyped one gets the usage."""
    from generator.writers import registry

    try:
        return registry.parse_formats(value)
    except InputError:
        names = (*registry.names(), *registry.ALIASES, registry.ALL)
        words = ", ".join(f"'{name}'" for name in names)
        raise click.BadParameter(f"'{value}' is not a list of {words}") from None


@app.command()
@quarter_option
@click.option("--out", "out_dir", type=click.Path(path_type=Path), help="Output folder.")
@click.option(
    "--format",
    "formats",
    default=None,
    metavar="FORMATS",
    callback=lambda _ctx, _param, value: _formats(value),
    help="Which editions, separated by commas: docx, pdf, html, xlsx; 'both' is docx,pdf "
    "(the default), 'all' is every edition.",
)
@click.option("--no-cache", is_flag=True, help="Draw every chart afresh.")
@click.option("--strict", is_flag=True, help="Refuse to build while `check` has findings.")
@root_option
@click.option(
    "--all",
    "all_reports",
    is_flag=True,
    help="Build every report folder given (default: each folder here holding "
    "data/report.yaml), each into its own output/ (or --out/<folder>).",
)
@click.argument("folders", nargs=-1, type=click.Path(path_type=Path))
def build(
    quarter: str | None,
    out_dir: Path | None,
    formats: tuple[str, ...],
    no_cache: bool,
    strict: bool,
    root: Path,
    all_reports: bool = False,
    folders: tuple[Path, ...] = (),
) -> None:
    """Build the appendix for a quarter as DOCX and PDF.

    With --all, build every report folder in FOLDERS at once.
    """
    from generator.api import Report

    if all_reports or folders:
        build_many(folders, all_reports, quarter, out_dir, formats, no_cache, strict, root)
        return
    try:
        report = Report.open(root)
        findings = report.check(quarter) if strict else []
    except InputError as error:
        raise _fail(error) from None
    if findings:  # with --strict only
        for finding in findings:
            err().print(finding.message(), soft_wrap=True)
        err().print(
            labelled(
                "not built:",
                "bold red",
                f"{len(findings)} finding(s); fix them or build without --strict",
            )
        )
        raise click.exceptions.Exit(EXIT_FINDINGS)
    bars = ProgressBars()
    try:
        result = report.build_result(
            formats,
            out_dir,
            quarter,
            use_cache=not no_cache,
            check=not strict,
            progress=bars,
            waiting=_ready_to_print,
        )
    except InputError as error:
        raise _fail(error) from None
    finally:
        bars.stop()
    for warning in result.warnings:
        err().print(labelled("warning:", "yellow", warning), soft_wrap=True)
    if result.findings:
        found = _findings(result.findings, result.findings_by_language)
        err().print(
            labelled("warning:", "yellow", f"{found} (`build --strict` refuses to build with any)"),
            soft_wrap=True,
        )
    drawn, reused = result.charts_drawn, result.charts_reused
    out().print(f"Charts: {drawn} drawn, {reused} reused from the cache")
    for path in result.written:
        out().print(f"Wrote {path}", soft_wrap=True)


def _findings(count: int, by_language: dict[str, int], check: str = "`appendix check`") -> str:
    """The warning of a build whose commentary has `count` findings, where `check` (run
    in the report's folder) lists them."""
    return f"the commentary has {count} finding(s){_by_language(by_language)}; {check} lists them"


def _ready_to_print() -> None:
    """The consoles the build's last lines are printed on, made while it waits for the
    PDF's worker (loading rich then costs it nothing)."""
    out()
    err()


def _by_language(counts: dict[str, int]) -> str:
    """' (English (en-GB): 1, Welsh (cy): 2)': each language's findings, where the
    definition lists more than one; '' where it lists one."""
    if len(counts) < 2:
        return ""
    from generator.read.languages import language_name

    return " (" + ", ".join(f"{language_name(tag)}: {n}" for tag, n in counts.items()) + ")"


def build_many(
    folders: tuple[Path, ...],
    all_reports: bool,
    quarter: str | None,
    out_dir: Path | None,
    formats: tuple[str, ...],
    no_cache: bool,
    strict: bool,
    root: Path,
) -> None:
    """`build --all [FOLDERS...]`: every report, one pool of workers, a closing table."""
    if not all_reports:
        raise click.UsageError("name report folders only with --all, e.g. build --all a/ b/")
    if strict:
        raise click.UsageError("--strict builds one report: run `appendix check` in each")
    from generator.run.build_all import build_all, find_report_folders

    chosen = list(folders) or find_report_folders(root)
    if not chosen:
        raise _fail(
            InputError(
                "no folder here holds data/report.yaml",
                where=str(root),
                fix="Run it where the report folders are, or name them: build --all a/ b/",
            )
        )
    bars = ProgressBars()
    try:
        outcomes = build_all(
            chosen, quarter=quarter, out=out_dir, formats=formats, use_cache=not no_cache,
            progress=bars,
        )  # fmt: skip
    except InputError as error:  # a setting every report shares, e.g. APPENDIX_WORKERS
        raise _fail(error) from None
    finally:
        bars.stop()
    from rich.table import Table
    from rich.text import Text

    table = Table(title=None, show_lines=False)
    for column in ("report", "quarter", "result"):
        table.add_column(column, overflow="fold")  # a long path folds, never cut short
    for outcome in outcomes:
        for warning in outcome.warnings:
            err().print(
                labelled("warning:", "yellow", f"{outcome.folder}: {warning}"), soft_wrap=True
            )
        if outcome.findings and outcome.error is None:
            there = "`appendix check` there"
            found = _findings(outcome.findings, outcome.findings_by_language, there)
            err().print(
                labelled("warning:", "yellow", f"{outcome.folder}: {found}"), soft_wrap=True
            )
    failed = 0
    for outcome in outcomes:
        if outcome.error is not None:
            failed += 1
            err().print(
                labelled("error:", "bold red", f"{outcome.folder}: {outcome.error}"), soft_wrap=True
            )
            result: str | Text = Text.assemble(("failed", "red"), ": see the error above")
        else:
            result = "wrote " + ", ".join(str(p) for p in outcome.written)
        table.add_row(str(outcome.folder), outcome.quarter or "", result)
    out().print(table)
    written = len(outcomes) - failed
    out().print(f"{written} written, {failed} failed")
    if failed:
        raise click.exceptions.Exit(EXIT_BAD_INPUT)


@app.command()
@quarter_option
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    help="The folder the appendix is built into, whose last build's data shows "
    "revisions [default: output/].",
)
@root_option
def check(quarter: str | None, out_dir: Path | None, root: Path) -> None:
    """Check the commentary against the data; writes nothing. Exit 1 with findings."""
    from generator.editors.check import check_and_revisions

    try:
        result, revisions = check_and_revisions(root, quarter, out_dir)
    except InputError as error:
        raise _fail(error) from None
    findings = result.findings
    for finding in findings:
        out().print(finding.message(), soft_wrap=True)
    for note in result.notes:
        out().print(f"note: {note.message()}", soft_wrap=True)
    if result.marked:
        out().print(
            f"{result.marked} number(s) marked <!-- not a figure --> were not checked",
            soft_wrap=True,
        )
    if revisions:
        out().print(f"Revised since last reported ({len(revisions)}):")
        for line in revisions:
            out().print(f"  {line}", soft_wrap=True)
    if findings:
        out().print(f"{len(findings)} finding(s)")
        raise click.exceptions.Exit(EXIT_FINDINGS)
    out().print("No findings.")


@app.command("new-quarter")
@click.argument("quarter")
@root_option
def new_quarter(quarter: str, root: Path) -> None:
    """Draft commentary for a quarter from the data; never overwrites a file.

    QUARTER is written like '2024-25 Q3'.
    """
    from generator.editors.drafts import draft_quarter

    try:
        created, kept = draft_quarter(root, quarter)
    except InputError as error:
        raise _fail(error) from None
    for path in created:
        out().print(f"Drafted {path}", soft_wrap=True)
    if kept:
        out().print(f"Left {len(kept)} existing file(s) as they were")


@app.command()
@click.argument("folder", type=click.Path(path_type=Path))
@click.option(
    "--from",
    "tracker",
    type=click.Path(path_type=Path),
    default=None,
    help="Start the definition from a tracker (CSV, XLSX, XLS or ODS, a column per quarter).",
)
@click.option(
    "--id-column",
    default=None,
    help="The tracker's column of indicator ids [default: one named id, ref, KPI ref ...].",
)
def init(folder: Path, tracker: Path | None, id_column: str | None) -> None:
    """Make a new report folder that builds at once; never overwrites.

    FOLDER is made (or must be empty). Then edit what its README.md says and
    run `appendix build` in it.
    """
    from generator.editors.init import init_folder, init_from_tracker

    notes: list[str] = []
    unread: list[str] = []
    try:
        if tracker is not None:
            written = init_from_tracker(folder, tracker, id_column, notes, unread)
        else:
            written = init_folder(folder)
    except InputError as error:
        raise _fail(error) from None
    for note in notes:
        out().print(f"Note: {note}", soft_wrap=True)
    for path in written:
        out().print(f"Wrote {path}", soft_wrap=True)
    if unread:
        out().print(
            f"Not read ({len(unread)}): each cell below, and what was written instead",
            soft_wrap=True,
        )
        for cell in unread:
            out().print(f"  {cell}", soft_wrap=True)
    then = "check data/report.yaml (the lines marked check), then " if tracker is not None else ""
    out().print(f"Next: read {folder / 'README.md'}; {then}run `appendix build` in {folder}")


@app.command()
@quarter_option
@click.option("--port", type=int, default=0, help="Port to serve on [default: a free one].")
@click.option(
    "--bind",
    default="127.0.0.1",
    show_default=True,
    help="Address to serve on: only the loopback address is allowed.",
)
@click.option(
    "--language",
    default=None,
    help="Which of the definition's `languages:` to show, e.g. cy [default: the main one].",
)
@root_option
def preview(quarter: str | None, port: int, bind: str, language: str | None, root: Path) -> None:
    """Serve the HTML edition on this computer, rebuilt whenever a file is saved."""
    from generator.run.preview import BindRefused, Preview

    def told(line: str, error: bool) -> None:  # one line a build: its time and findings
        if error:
            err().print(labelled("error:", "bold red", line), soft_wrap=True)
        else:
            out().print(line, soft_wrap=True)

    server = Preview(root, quarter, told, language)
    try:
        chosen = server.start(port, bind)
    except InputError as error:
        raise _fail(error) from None
    except BindRefused as refused:
        err().print(labelled("error:", "bold red", refused), soft_wrap=True)
        raise click.exceptions.Exit(EXIT_BAD_INPUT) from None
    except OSError as error:
        err().print(
            labelled("error:", "bold red", f"cannot serve on port {port}: {error.strerror}")
        )
        raise click.exceptions.Exit(EXIT_BAD_INPUT) from None
    out().print(f"Previewing at http://127.0.0.1:{chosen}/ (Ctrl+C to stop)", soft_wrap=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        out().print("Stopped.")
    finally:
        server.stop()


@app.command("import")
@click.argument("edited", type=click.Path(path_type=Path))
@click.option(
    "--accept-changes", "accept", is_flag=True, help="Take the DOCX's tracked changes as made."
)
@click.option(
    "--reject-changes", "reject", is_flag=True, help="Leave the DOCX's tracked changes out."
)
@click.option("--diff", "show_diff", is_flag=True, help="Show the changes as a unified diff.")
@click.option("--dry-run", is_flag=True, help="Show what would change; write nothing.")
@quarter_option
@root_option
def import_docx(
    edited: Path,
    accept: bool,
    reject: bool,
    show_diff: bool,
    dry_run: bool,
    quarter: str | None,
    root: Path,
) -> None:
    """Bring the edits to commentary in a DOCX edition (edited in Word or LibreOffice)
    back into narratives/<quarter>/<ID>.md; comments go to <ID>.review.md beside it."""
    from generator.editors.wordback.edited import Decision
    from generator.editors.wordback.importer import apply_import, plan_import

    if accept and reject:
        raise click.UsageError("give --accept-changes or --reject-changes, not both")
    decision: Decision = "accept" if accept else "reject" if reject else None

    def rebuild(folder: Path, built_quarter: str) -> Path:
        from generator.api import Report

        written = Report.open(root).build_result("docx", folder, built_quarter, check=False)
        return written.written[0]

    try:
        plan = plan_import(root, edited, decision, quarter, rebuild)
    except InputError as error:
        raise _fail(error) from None
    if plan.undecided:
        for change in plan.changes:
            where = change.indicator or "outside the indicators"
            who = change.author or "someone"
            words = " ".join(change.text.split())
            out().print(f'{where}: {who} {change.kind} "{words}"', soft_wrap=True)
        raise _fail(
            InputError(
                f"the DOCX has {len(plan.changes)} tracked change(s) not yet accepted or "
                "rejected (listed above); nothing was imported",
                file=str(edited),
                fix="Run it again with --accept-changes or --reject-changes, or decide "
                "them in Word (Review > Accept or Reject) and save",
            )
        )
    for line in plan.refused:
        err().print(labelled("not imported:", "yellow", line), soft_wrap=True)
    for line in plan.outside:
        err().print(labelled("not imported:", "yellow", line), soft_wrap=True)
    for line in plan.typed:
        out().print(line, soft_wrap=True)
    if show_diff:
        click.echo(plan.diff(), nl=False)
    if not plan.writes:
        out().print("Nothing to import: the commentary is as the DOCX shows it.")
        return
    for written in plan.writes:
        out().print(written.summary, soft_wrap=True)
    if dry_run:
        out().print("Nothing written (--dry-run).")
        return
    apply_import(plan)
    for written in plan.writes:
        out().print(f"Wrote {written.path}", soft_wrap=True)
    from generator.editors.check import run_check

    try:
        findings = run_check(root, plan.quarter)
    except InputError as error:
        raise _fail(error) from None
    touched = {str(w.path) for w in plan.writes}
    for finding in findings:
        if finding.file in touched:
            out().print(finding.message(), soft_wrap=True)


@app.command()
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--quarter",
    "-q",
    default=None,
    help="Whose editions, e.g. '2024-25 Q2'; default: the latest quarter built in output/.",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    help="The folder the editions were built into [default: output/].",
)
@click.option(
    "--report",
    "report_path",
    type=click.Path(path_type=Path),
    default=None,
    help="Where to write the conformance report (PATH.md and PATH.json) "
    "[default: <edition>.conformance.md and .json beside the editions].",
)
@root_option
def verify(
    files: tuple[Path, ...],
    quarter: str | None,
    out_dir: Path | None,
    report_path: Path | None,
    root: Path,
) -> None:
    """Check built editions with every checker this machine has (PDF/UA and PDF/A,
    the DOCX's and the web page's accessibility, the workbooks' layout) and write a
    conformance report to keep with the paper. Exit 1 with any failure.

    FILES default to the latest editions in output/.
    """
    from generator.editors.verify import editions, report
    from generator.editors.verify.conformance import Edition
    from generator.editors.verify.conformance import verify as run_checks

    if files and quarter is not None:
        raise click.UsageError("name the files or give --quarter, not both")
    colours = {"pass": "green", "fail": "bold red", "skipped": "yellow"}

    def show(edition: Edition) -> None:
        for check in edition.checks:
            colour = colours[check.status]
            line = labelled(
                f"{check.status:<7}",
                colour,
                f"{edition.path.name}: {check.name} ({check.tool_text})",
            )
            out().print(line, soft_wrap=True)
            shown = check.details if check.status == "fail" else ()
            for detail in shown:
                out().print(f"          {detail}", soft_wrap=True)
            if check.status == "fail" and check.more:
                out().print(f"          and {check.more} more", soft_wrap=True)
            if check.status == "skipped":
                out().print(f"          not run: {check.details[0]}", soft_wrap=True)

    try:
        chosen = editions.given(files) if files else None
        paths = chosen or editions.latest_built(root, out_dir, quarter)
        result = run_checks(paths, show)
        target = report_path or report.default_target(paths)
        written = report.write(result, target)
    except InputError as error:
        raise _fail(error) from None
    except OSError as error:  # the report could not be written
        raise _fail(
            InputError(
                f"the conformance report cannot be written ({error.strerror})",
                file=str(error.filename or report_path or ""),
                fix="Make the folder writable, or name another with --report PATH",
            )
        ) from None
    from rich.text import Text

    counts = report.summary(result)
    colour = "bold red" if result.failed else "green"
    out().print(
        Text.assemble(
            (report.result(result), colour),
            f": {counts['pass']} passed, {counts['fail']} failed, "
            f"{counts['skipped']} skipped (not run here, not a pass)",
        )
    )
    for path in written:
        out().print(f"Wrote {path}", soft_wrap=True)
    if result.failed:
        raise click.exceptions.Exit(EXIT_FINDINGS)


@app.group()
def translate() -> None:
    """The commentary out for translation (PO or XLIFF) and the translation back in."""


@translate.command("export")
@quarter_option
@click.option("--to", "language", required=True, help="The language to translate into, e.g. cy.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["po", "xliff"], case_sensitive=False),
    default=None,
    help="po (gettext) or xliff (XLIFF 1.2); default: from --out's name, else po.",
)
@click.option(
    "--out",
    "out_file",
    type=click.Path(path_type=Path),
    default=None,
    help="The file to write [default: commentary-<quarter>-<language>.po in the report folder].",
)
@root_option
def translate_export(
    quarter: str | None, language: str, fmt: str | None, out_file: Path | None, root: Path
) -> None:
    """Write the quarter's commentary in the report's main language as one file for
    translation tools: a unit per paragraph, heading and list item."""
    from generator.editors.translate.roundtrip import SUFFIXES, export_quarter, format_of, write_all

    chosen = format_of(out_file, fmt)
    try:
        inputs, exported = export_quarter(root, quarter, language, chosen)
        target = out_file or root / (
            f"commentary-{inputs.quarter.slug}-{exported.language}{SUFFIXES[chosen]}"
        )
        write_all([(target, exported.data)])
    except InputError as error:
        raise _fail(error) from None
    for ident in exported.left:
        err().print(
            labelled(
                "warning:",
                "yellow",
                f"{ident} has no commentary for {inputs.quarter}: nothing to translate",
            ),
            soft_wrap=True,
        )
    out().print(
        f"Wrote {target}: {exported.units} unit(s) from {exported.files} file(s), "
        f"{exported.prefilled} prefilled from the existing translation"
        + (f" ({exported.review} to look at again: marked for review)" if exported.review else ""),
        soft_wrap=True,
    )


@translate.command("import")
@click.argument("translation", type=click.Path(path_type=Path))
@click.option("--dry-run", is_flag=True, help="Say what would be written; write nothing.")
@root_option
def translate_import(translation: Path, dry_run: bool, root: Path) -> None:
    """Write narratives/<quarter>/<language>/<ID>.md from a translated PO or XLIFF file:
    every file whose units are all translated, all at once, or none."""
    from generator.editors.translate.roundtrip import apply_import, plan_import

    try:
        plan = plan_import(root, translation)
    except InputError as error:
        raise _fail(error) from None
    for path, missing in plan.untranslated:
        shown = ", ".join(missing[:5]) + (
            f" and {len(missing) - 5} more" if len(missing) > 5 else ""
        )
        err().print(
            labelled(
                "not written:",
                "yellow",
                f"{path}: {len(missing)} unit(s) not translated ({shown})",
            ),
            soft_wrap=True,
        )
    if not plan.writes:
        out().print(f"Nothing to write ({len(plan.unchanged)} file(s) already as translated).")
        return
    if dry_run:
        for written in plan.writes:
            out().print(f"Would write {written.path}", soft_wrap=True)
        out().print("Nothing written (--dry-run).")
        return
    try:
        apply_import(plan)
    except InputError as error:
        raise _fail(error) from None
    for written in plan.writes:
        out().print(f"Wrote {written.path}", soft_wrap=True)
    from generator.editors.check import run_check

    try:
        findings = run_check(root, str(plan.quarter))
    except InputError as error:
        raise _fail(error) from None
    touched = {str(w.path) for w in plan.writes}
    for finding in findings:
        if finding.file in touched:
            out().print(finding.message(), soft_wrap=True)


def main() -> None:
    """Console-script entry point."""
    try:
        code = app.main(prog_name="appendix", standalone_mode=False)
    except click.exceptions.Abort:  # click's form of Ctrl+C
        err().print("interrupted: nothing was changed in the output folder")
        sys.exit(EXIT_INTERRUPTED)
    except click.ClickException as exc:  # a mistyped command or option
        exc.show()
        sys.exit(exc.exit_code)
    except Exception as exc:  # a bug, not bad input: say so plainly
        if os.environ.get("APPENDIX_DEBUG"):
            raise
        err().print(
            labelled(
                "internal error:",
                "bold red",
                f"{type(exc).__name__}: {exc}. Nothing was changed in the output folder. "
                "Set APPENDIX_DEBUG=1 to see the details, and report it.",
            )
        )
        sys.exit(70)
    sys.exit(code if isinstance(code, int) else 0)


def entry() -> None:
    """The installed `appendix` command: `main`, then a quick exit.

    Every file is written, closed and moved into place before this returns, so
    the interpreter's teardown of matplotlib, reportlab and the rest (a quarter of
    a second) is skipped.
    """
    code: int | str | None = 0
    try:
        main()
    except SystemExit as exit_:
        code = exit_.code
    if "generator.read.patterns" in sys.modules:  # a command that compiled patterns
        from generator.read.patterns import keep

        keep()  # those compiled afresh, for the commands to come
    if isinstance(code, str):
        err().print(code)
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code or 0)


if __name__ == "__main__":
    main()
