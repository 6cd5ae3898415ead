"""The steps of a build, written once.

`appendix build`, `appendix build --all`, `appendix preview` and the Python API
all run these steps; they differ only in how they schedule them (which process
draws a chart or writes an edition) and where they write (a folder, or memory):

1. `read_inputs`: the report folder's definition, data and facts, validated
   (reused from the cache while no input file and no code has changed);
2. `ask_for_charts`: each chart from the cache, or handed to be drawn;
3. `read_commentaries`, and the revisions since the last build;
4. `lay_out`: the document assembled, its look resolved, its pages fitted
   (a chart redrawn lower, a continuation, where an indicator does not fit);
5. the editions written under temporary names (`run/outputs.py`), moved into
   place together, then the caches kept.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.core.errors import InputError
from generator.core.fingerprint import fingerprint
from generator.read.cached import put_once, read_entry, read_png
from generator.read.folder import ReportFolder
from generator.run.pages import Fit, fit_to_json

if TYPE_CHECKING:
    from generator.content.assemble import SpcContent
    from generator.content.chart_spec import ChartSpec
    from generator.content.icon_spec import IconSpec
    from generator.content.inputs import Inputs
    from generator.content.spc_view import SpcView
    from generator.core.model import Document, Heading, ListBlock, Paragraph
    from generator.core.periods import Quarter
    from generator.look.resolve import Look
    from generator.read.definitions import Report
    from generator.read.typed_rag import TypedRag
    from generator.run.counted import Counted
    from generator.run.pool import WorkerPool

    Commentary = tuple[Paragraph | Heading | ListBlock, ...]

# What draws a chart's bytes, besides this package's own code.
CHART_LIBRARIES = ("matplotlib", "numpy", "pypng")


def chart_code() -> str:
    """The fingerprint of everything that shapes a chart's bytes: every module of this
    package (the charts format their labels with the rules and colour them from the
    style) and the versions of the libraries that draw."""
    return fingerprint(*CHART_LIBRARIES)


def parts_folder(folder: ReportFolder, fmt: str) -> Path | None:
    """Where the writer of the edition `fmt` keeps the parts it reuses (None: it keeps
    none), named by the fingerprint of everything that shapes them: this package's
    code and the versions of the libraries the writer names."""
    from generator.writers import registry

    libraries = registry.edition(fmt).keeps_parts
    return folder.parts_cache(fmt, fingerprint(*libraries)) if libraries else None


def parts_folders(
    folder: ReportFolder, formats: Sequence[str], *, use_cache: bool
) -> dict[str, Path | None]:
    """Where each edition of `formats` keeps the parts its writer reuses (`parts_folder`),
    by format; none while the cache is not used."""
    return {fmt: parts_folder(folder, fmt) if use_cache else None for fmt in formats}


def fonts_folder(folder: ReportFolder, *, use_cache: bool) -> Path | None:
    """Where the pages are measured from the fonts the PDF writer keeps parsed (while
    `use_cache`; None: parsed afresh): its kept parts' folder (`parts_folder`)."""
    from generator.run.pages import MEASURED_WITH

    return parts_folder(folder, MEASURED_WITH) if use_cache else None


def parts_made(folder: Path | None, made: Mapping[str, bytes]) -> dict[Path, bytes]:
    """The parts a writer made (`registry.write_with`'s result, by file name), by the
    file each is kept in, in its folder `folder` (None: none are kept)."""
    return {} if folder is None else {folder / name: data for name, data in made.items()}


def chart_file(cache: Path, key: str) -> Path:
    """The chart whose drawing instructions have the cache key `key`, in `cache`."""
    return cache / f"{key}.png"


def fit_file(cache: Path, key: str) -> Path:
    """How the section whose content has the key `key` meets the page, in `cache`."""
    return cache / f"{key}.json"


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


# 1. Inputs -------------------------------------------------------------------------


def read_definition(folder: ReportFolder, *, use_cache: bool) -> tuple[Report, str | None]:
    """The folder's definition, read once a build: as an earlier build kept it where its
    file is unchanged (while `use_cache`), else read and validated; and the key to keep
    it under, where it was read (`read_inputs` carries it to the caches kept)."""
    from generator.content.input_cache import read_definition as read

    return read(folder.definition, folder.inputs_cache if use_cache else None)


def read_inputs(
    folder: ReportFolder,
    quarter: str | None,
    *,
    use_cache: bool,
    report: Report | None = None,
    definition_key: str | None = None,
) -> Inputs:
    from generator.content.inputs import load_inputs

    cache = folder.inputs_cache if use_cache else None
    key = definition_key if use_cache else None
    return load_inputs(folder.root, quarter, cache, report=report, definition_key=key)


def in_language(inputs: Inputs, tag: str) -> Inputs:
    """`inputs` in one of the languages the definition lists (`tag`): the main
    language's as they are, another's from `Inputs.in_language`."""
    from generator.read.languages import same_language

    report = inputs.report
    if same_language(tag, report.language):
        return inputs
    for other in report.other_languages:
        if other.casefold() == tag.casefold():
            return inputs.in_language(other)
    listed = ", ".join(report.languages) or report.language
    raise InputError(
        f"the report is not written in '{tag}': its languages are {listed}",
        file=str(report.source),
        fix="Ask for one of the languages listed in `languages:`, or add this one there "
        "(its commentary in narratives/<quarter>/<tag>/)",
    )


# 2. Charts -------------------------------------------------------------------------

Submit = Callable[["ChartSpec | IconSpec"], int | None]  # a task number, or None: draw it here


@dataclass
class Charts:
    """One report's charts: those at hand, and those being drawn elsewhere."""

    specs: list[ChartSpec | IconSpec]
    cache: Path
    pages: Path  # where each section's fit to the page is kept
    found: dict[int, bytes] = field(default_factory=dict)  # chart index -> PNG
    # An SPC (XmR) chart's place in `specs`, by indicator id: after every indicator's own;
    # then the SPC icons (each drawn once, whichever indicators show it), by kind.
    spc: dict[str, int] = field(default_factory=dict)
    icons: dict[str, int] = field(default_factory=dict)
    # The SPC views the charts and icons were drawn from, by indicator id.
    views: dict[str, SpcView] = field(default_factory=dict)
    waiting: dict[int, int] = field(default_factory=dict)  # task number -> chart index
    # The charts read from the cache by this build: there already, not kept again.
    from_cache: set[int] = field(default_factory=set)
    drawn: int = 0
    reused: int = 0

    def receive(self, task: int, png: bytes) -> None:
        self.found[self.waiting[task]] = png
        self.drawn += 1

    def own_specs(self) -> list[ChartSpec]:
        """Each indicator's own chart's drawing instructions, in the order of the facts."""
        from generator.content.chart_spec import ChartSpec

        own = self.specs[: len(self.specs) - len(self.spc) - len(self.icons)]
        return [spec for spec in own if isinstance(spec, ChartSpec)]

    def pngs(self) -> list[bytes]:
        """Each indicator's own chart, in the order of the facts (not the SPC charts)."""
        return [self.found[index] for index in range(len(self.own_specs()))]

    def spc_contents(self) -> dict[str, SpcContent]:
        """Each SPC view with its chart and icons, by indicator id."""
        from generator.content.assemble import SpcContent

        icons = {kind: self.found[index] for kind, index in self.icons.items()}
        return {
            indicator: SpcContent(
                view,
                self.found[self.spc[indicator]],
                icons[view.variation_icon],
                None if view.assurance_icon is None else icons[view.assurance_icon],
            )
            for indicator, view in self.views.items()
        }

    def by_key(self) -> dict[str, bytes]:
        return {spec.cache_key(): self.found[i] for i, spec in enumerate(self.specs)}


def ask_for_charts(
    inputs: Inputs,
    folder: ReportFolder,
    *,
    use_cache: bool,
    submit: Submit | None = None,
    known: Mapping[str, bytes] | None = None,
) -> Charts:
    """Each indicator's chart: one already drawn (`known`, by its cache key), one in
    the cache while `use_cache`, else handed to `submit`, else drawn here."""
    from generator.charts import render
    from generator.content.chart_spec import chart_spec, spc_chart_spec
    from generator.content.icon_spec import assurance_icon_spec, variation_icon_spec
    from generator.content.spc_view import spc_view

    words = inputs.messages()
    style = inputs.style
    specs: list[ChartSpec | IconSpec] = [chart_spec(f, style, words) for f in inputs.facts]
    spc: dict[str, int] = {}
    views: dict[str, SpcView] = {}
    for facts in inputs.facts:  # an SPC chart where the definition asks for one
        if (view := spc_view(facts, words)) is not None:
            spc[facts.indicator.id] = len(specs)
            views[facts.indicator.id] = view
            specs.append(spc_chart_spec(facts, view, style, words))
    icons: dict[str, int] = {}
    for view in views.values():  # and the icons its notes show, each once
        wanted: list[IconSpec] = [variation_icon_spec(view.variation_icon, style, words)]
        if view.assurance_icon is not None:
            wanted.append(assurance_icon_spec(view.assurance_icon, style, words))
        for icon in wanted:
            if icon.kind not in icons:
                icons[icon.kind] = len(specs)
                specs.append(icon)
    code = chart_code()
    charts = Charts(
        specs,
        folder.charts_cache(code),
        folder.pages_cache(code),
        spc=spc,
        icons=icons,
        views=views,
    )
    for index, spec in enumerate(specs):
        key = spec.cache_key()
        cached = chart_file(charts.cache, key)
        if known is not None and key in known:
            charts.found[index] = known[key]
        elif use_cache and (png := read_png(cached)) is not None:
            charts.found[index] = png
            charts.from_cache.add(index)
            charts.reused += 1
        elif submit is not None and (task := submit(spec)) is not None:
            charts.waiting[task] = index
        else:
            charts.found[index] = render(spec)
            charts.drawn += 1
    return charts


def input_warnings(inputs: Inputs) -> list[str]:
    """What every build says of its inputs, in order: the data files' (a tracker's columns
    not read), each late figure, each typed RAG the page does not show, and each house
    style setting that makes text too small or too faint."""
    return [
        *inputs.dataset.warnings,
        *late_warnings(inputs),
        *typed_rag_warnings(inputs),
        *style_warnings(inputs),
    ]


def style_warnings(inputs: Inputs) -> list[str]:
    """One warning for each house style setting that makes text too small or too faint."""
    from generator.look.accessible import style_file, style_warnings

    return style_warnings(inputs.style, style_file(inputs.style, inputs.root))


def font_warnings(inputs: Inputs, look: Look) -> list[str]:
    """One warning for each font of the template the PDF draws in another font."""
    from generator.look.accessible import style_file

    return look.font_warnings(style_file(inputs.style, inputs.root))


def late_warnings(inputs: Inputs) -> list[str]:
    """One warning for each indicator whose reported quarter's figure is not yet available."""
    from generator.content.facts import late_warning

    return [w for facts in inputs.facts if (w := late_warning(facts)) is not None]


def typed_rag_warnings(inputs: Inputs) -> list[str]:
    """One warning for each indicator whose tracker row types a RAG the page does not show
    (the first of its rows that types one)."""
    from generator.content.facts import typed_rag_warning

    typed: dict[str, TypedRag] = {}
    for row in inputs.dataset.typed_rags:
        typed.setdefault(row.indicator, row)
    return [
        w
        for facts in inputs.facts
        if (rag := typed.get(facts.indicator.id)) is not None
        and (w := typed_rag_warning(facts, rag)) is not None
    ]


# 3. Commentary and revisions -------------------------------------------------------


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


def revisions(inputs: Inputs, folder: ReportFolder) -> dict[str, tuple[Quarter, ...]]:
    """The charted quarters revised since the last build into `folder`, by indicator."""
    from generator.content.revisions import revised_quarters

    return revised_quarters(inputs, folder.out)


# 4. The document, laid out ---------------------------------------------------------


def assemble_document(
    inputs: Inputs,
    charts: Sequence[bytes],
    commentaries: Sequence[Commentary],
    revised: Mapping[str, tuple[Quarter, ...]],
    spc: Mapping[str, SpcContent] | None = None,
) -> Document:
    """The document for `inputs`: each indicator with its chart and commentary (in the
    order of `inputs.facts`), its SPC view, chart and icons where it has one (`spc`, by
    id), and the charted quarters revised since last reported."""
    from generator.content.assemble import IndicatorContent, assemble

    contents = [
        IndicatorContent(
            facts,
            chart,
            commentary,
            revised.get(facts.indicator.id, ()),
            (spc or {}).get(facts.indicator.id),
        )
        for facts, chart, commentary in zip(inputs.facts, charts, commentaries, strict=True)
    ]
    return assemble(
        inputs.report, inputs.quarter, contents, inputs.style, document_date(inputs.quarter)
    )


@dataclass
class Fitted:
    """A document laid out to its pages, and the charts redrawn for it."""

    document: Document
    redrawn: dict[str, tuple[ChartSpec, bytes]]  # indicator id -> (spec, PNG)
    drawn: int  # charts drawn at their new height
    reused: int  # charts at their new height taken from the cache
    measured: dict[str, Fit | None] = field(default_factory=dict)  # section key -> fit
    # what was fitted: the document before its fits, the fits and the redrawn charts
    assembled: Document | None = None
    fits: dict[str, Fit] = field(default_factory=dict)
    pngs: dict[str, bytes] = field(default_factory=dict)


@dataclass
class LaidOut:
    document: Document
    look: Look
    fitted: Fitted


def lay_out(
    inputs: Inputs,
    charts: Charts,
    commentaries: Sequence[Commentary],
    revised: Mapping[str, tuple[Quarter, ...]],
    *,
    use_cache: bool,
    pool: Callable[[], WorkerPool | None],
    measure: Callable[..., Any] | None = None,
    look: Look | None = None,
    fonts: Path | None = None,
) -> LaidOut:
    """The document assembled, its look resolved (unless given: `inputs.style`'s) and
    its tones checked (one message before any writer starts), and its pages fitted
    (measured with the PDF writer's fonts from the folder `fonts`, where given:
    `fonts_folder`)."""
    from generator.look.resolve import resolve_look

    pngs = charts.pngs()
    document = assemble_document(inputs, pngs, commentaries, revised, charts.spc_contents())
    look = resolve_look(inputs.style) if look is None else look
    look.check_tones(document)
    ids = [f.indicator.id for f in inputs.facts]
    fitted = fit_pages(
        document,
        look,
        dict(zip(ids, charts.own_specs(), strict=True)),
        charts.cache,
        use_cache=use_cache,
        pool=pool,
        pages_cache=charts.pages,
        measure=measure,
        fonts=fonts,
    )
    charts.drawn += fitted.drawn
    charts.reused += fitted.reused
    return LaidOut(fitted.document, look, fitted)


def fit_pages(
    document: Document,
    look: Look,
    specs: Mapping[str, ChartSpec],
    cache: Path,
    *,
    use_cache: bool,
    pool: Callable[[], WorkerPool | None],
    pages_cache: Path,
    measure: Callable[..., Any] | None = None,
    fonts: Path | None = None,
) -> Fitted:
    """Where an indicator does not fit its page (generator/run/pages.py): its chart
    redrawn at the height decided (or reused from the cache), its overflow a
    continuation. `pool` gives the workers to draw in, or None to draw here;
    `measure(function, *args)`, where given, runs the measuring elsewhere;
    `fonts`, where given, is the folder the measuring loads the PDF's fonts from."""
    from generator.charts import render
    from generator.run import pages

    minimum = look.style.chart.min_height_mm
    # Each section's fit is kept by its content: a rebuild measures only the
    # sections that changed (a commentary edit: that indicator's alone).
    keys = pages.section_keys(document, look, minimum, chart_code())
    known: dict[str, pages.Fit | None] = {}
    if use_cache:
        for ident, key in keys.items():
            # not measured yet, or a damaged entry: measured again
            with suppress(OSError, ValueError, KeyError, TypeError):
                known[ident] = pages.fit_from_json(read_entry(fit_file(pages_cache, key)) or b"")
    skip = frozenset(known)
    measured: dict[str, pages.Fit | None] = {}
    if len(known) < len(keys):
        # Measuring loads the PDF writer's fonts: where there are workers, one that
        # has loaded them (or will write the PDF with them) measures, not this process.
        workers = pool()
        # Sent elsewhere without the sections it passes over (a commentary edit: one
        # section and its chart, not every chart's picture).
        asked = pages.to_measure(document, skip)
        if measure is not None:
            measured = measure(pages.measure_sections, asked, look, minimum, skip, fonts)
        elif workers is not None:
            task = workers.submit(pages.measure_sections, asked, look, minimum, skip, fonts)
            measured = dict(workers.results_as_completed(1))[task]
        else:
            measured = pages.measure_sections(document, look, minimum, skip, fonts)
    fits = {ident: fit for ident, fit in {**known, **measured}.items() if fit is not None}
    new_fits = {keys[ident]: fit for ident, fit in measured.items()}
    redrawn: dict[str, tuple[ChartSpec, bytes]] = {}
    drawn = reused = 0
    pending: dict[int, tuple[str, ChartSpec]] = {}
    for ident, fit in fits.items():
        spec = specs.get(ident)
        if spec is None or fit.chart_height_mm == spec.height_mm:
            continue
        spec = replace(spec, height_mm=fit.chart_height_mm)
        cached = chart_file(cache, spec.cache_key())
        if use_cache and (png := read_png(cached)) is not None:
            redrawn[ident] = (spec, png)
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
    return Fitted(
        pages.apply(document, fits, pngs), redrawn, drawn, reused, new_fits, document, fits, pngs
    )


def hold_pages(languages: Sequence[LaidOut]) -> None:
    """Each language's edition of a report (`languages`, laid out) given the same pages:
    every indicator as many pages as its longest language's (run/pages.py, `hold_pages`),
    so that it starts on the same page in every language."""
    from generator.run import pages

    if len(languages) < 2:
        return
    fits = [laid.fitted.fits for laid in languages]
    for number, laid in enumerate(languages):
        assembled = laid.fitted.assembled
        if assembled is None:
            continue
        others = fits[:number] + fits[number + 1 :]
        held = pages.hold_pages(assembled, fits[number], others)
        if held != fits[number]:
            laid.document = pages.apply(assembled, held, laid.fitted.pngs)


# 5. The files ----------------------------------------------------------------------


def editions(folder: ReportFolder, inputs: Inputs, formats: Sequence[str]) -> list[Path]:
    """The editions of `inputs`, one a format: another language's named with its tag."""
    report, quarter = inputs.report, inputs.quarter
    language = report.language if inputs.main_language is not None else None
    return [folder.edition(report, quarter, fmt, language) for fmt in formats]


def one_document(inputs: Inputs) -> bool:
    """Whether a build of `inputs` writes one bilingual document a format (the house
    style's `bilingual: one_document`, the definition listing other languages)."""
    return inputs.style.one_document and bool(inputs.report.other_languages)


def targets(
    folder: ReportFolder,
    inputs: Inputs,
    formats: Sequence[str],
    languages: Sequence[Inputs] = (),
) -> list[Path]:
    """The files a build of `inputs` writes: one a format, then each other language's
    (`languages`, from `Inputs.other_languages`), then the data snapshot; where the
    house style asks for one bilingual document, that one a format
    ('asch-appendix-2024-25-Q2-cy-en.pdf'), then the snapshot."""
    if languages and one_document(inputs):
        written = [folder.bilingual_edition(inputs.report, inputs.quarter, fmt) for fmt in formats]
    else:
        written = [
            *editions(folder, inputs, formats),
            *(path for other in languages for path in editions(folder, other, formats)),
        ]
    return [*written, folder.snapshot(inputs.report, inputs.quarter)]


def documents(
    inputs: Inputs, laid: LaidOut, others: Sequence[LaidOut]
) -> list[tuple[Document, Look]]:
    """The documents a build writes, each in every format, in the order of `targets`:
    the main language's, then each other language's; or the one bilingual document of
    them all, Welsh first (content/bilingual.py), in the main language's look."""
    if others and one_document(inputs):
        from generator.content.bilingual import bilingual

        return [(bilingual([laid.document, *(other.document for other in others)]), laid.look)]
    return [(laid.document, laid.look), *((other.document, other.look) for other in others)]


def write_snapshot(inputs: Inputs, path: Path) -> None:
    from generator.content.revisions import write_snapshot as write

    write(inputs.dataset, path)


def keep_charts(charts: Charts, laid: LaidOut) -> None:
    """Every chart of the build (at its first and its fitted height) in the cache:
    written once the files are in place."""
    for index, spec in enumerate(charts.specs):
        if index not in charts.from_cache:
            put_once(chart_file(charts.cache, spec.cache_key()), charts.found[index])
    for spec, png in laid.fitted.redrawn.values():
        put_once(chart_file(charts.cache, spec.cache_key()), png)
    for key, fit in laid.fitted.measured.items():
        put_once(fit_file(charts.pages, key), fit_to_json(fit))


def keep_caches(
    folder: ReportFolder,
    inputs: Inputs,
    laid: Sequence[tuple[Charts, LaidOut]],
    counted: Counted | None,
    parts: Mapping[Path, bytes],
    *,
    use_cache: bool,
) -> None:
    """A report's caches, written once its files are in place: each language's charts
    and pages' fits (`laid`, the main language's first), the check's findings counted,
    the parts its writers made, and (while the cache is used) its validated inputs."""
    for charts, laid_out in laid:
        keep_charts(charts, laid_out)
    if counted is not None:
        from generator.run.counted import keep_counts

        keep_counts(counted)
    if use_cache:
        keep_inputs(inputs, folder)
    keep_parts(parts)


def keep_parts(parts: Mapping[Path, bytes]) -> None:
    """The parts of the editions a writer made to reuse (the DOCX's sections, the PDF's
    parsed fonts), each in its cache file: written once the files are in place."""
    for path, data in parts.items():
        put_once(path, data)


def keep_inputs(inputs: Inputs, folder: ReportFolder) -> None:
    """The validated inputs in the cache, for the next build of an unchanged folder."""
    from generator.content.inputs import save_inputs

    save_inputs(inputs, folder.inputs_cache)
