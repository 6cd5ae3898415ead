"""Everything a build or a check reads from a report folder, validated together."""

from __future__ import annotations

import os
import pickle
from dataclasses import dataclass, replace
from pathlib import Path

from generator.content.facts import IndicatorFacts, indicator_facts
from generator.content.input_cache import inputs_key, keep_definition
from generator.content.placeholders import placeholder_values
from generator.content.scales import check_scales
from generator.core.errors import InputError
from generator.core.messages import Messages, load_messages
from generator.core.model import Heading, ListBlock, Paragraph
from generator.core.periods import PeriodError, Quarter, parse_quarter
from generator.read.cached import put_once, read_entry, seal, unseal
from generator.read.commentary import render_commentary
from generator.read.commentary_files import commentary_bytes as commentary_bytes
from generator.read.commentary_files import commentary_path_in, commentary_text
from generator.read.comparators import load_comparators
from generator.read.data import Dataset, load_data
from generator.read.definitions import Report, load_report
from generator.read.files import regular_file
from generator.read.folder import ReportFolder
from generator.read.style import Style, files_there, load_style


@dataclass(frozen=True)
class Inputs:
    root: Path
    report: Report
    style: Style
    dataset: Dataset
    quarter: Quarter
    facts: tuple[IndicatorFacts, ...]
    cache_key: str | None = None  # set where the inputs may be cached under this key
    # Set where the definition was read (not found kept) and may be kept under this key.
    definition_key: str | None = None
    # Set in another language's inputs (`in_language`): the report's main language,
    # whose commentary is narratives/<quarter>/ (this one's is narratives/<quarter>/<tag>/).
    main_language: str | None = None

    @property
    def folder(self) -> ReportFolder:
        return ReportFolder.at(self.root)

    def commentary_path(self, indicator_id: str) -> Path:
        language = self.report.language
        main = self.main_language or language
        return commentary_path_in(self.folder, self.quarter, indicator_id, language, main)

    def in_language(self, tag: str) -> Inputs:
        """These inputs for another of the report's `languages`: its editions take that
        language's catalogue and its commentary from narratives/<quarter>/<tag>/."""
        return replace(
            self,
            report=replace(self.report, language=tag),
            cache_key=None,  # the main language's inputs are the ones kept
            main_language=self.main_language or self.report.language,
        )

    def other_languages(self) -> tuple[Inputs, ...]:
        """The inputs of each language the definition lists besides the main one."""
        if self.main_language is not None:
            return ()
        return tuple(self.in_language(tag) for tag in self.report.other_languages)

    def messages(self) -> Messages:
        """The editions' fixed words: the definition's language, the style's rewordings."""
        return load_messages(self.report.language, dict(self.style.messages))


def choose_quarter(text: str | None, dataset: Dataset, report: Report) -> Quarter:
    """The quarter asked for, or the latest quarter with data."""
    if text:
        try:
            quarter = parse_quarter(text)
        except PeriodError as exc:
            raise InputError(str(exc), where="--quarter") from None
        if quarter not in dataset.quarters():
            first, last = dataset.quarters()[0], dataset.quarters()[-1]
            raise InputError(
                f"there is no data for {quarter}",
                where="--quarter",
                period=str(quarter),
                fix=f"The data runs from {first} to {last}",
            )
        if not report.in_force(quarter):
            raise InputError(
                f"no indicator is defined for {quarter.fy}",
                file=str(report.source),
                period=str(quarter),
                fix=f'Add a "{quarter.fy}" year to the indicators',
            )
        return quarter
    latest = dataset.latest_quarter()
    if latest is None:
        raise InputError("the data files hold no rows", file=str(report.data_files[0]))
    rows = sorted(
        (o for o in dataset.observations.values() if o.quarter == latest),
        key=lambda o: (o.file, o.row),
    )
    expected = len(report.in_force(latest))
    # A cell for the quarter with no figure yet ('TBC') names it as surely as a figure.
    named = {o.indicator for o in rows} | {k[0] for k in dataset.gaps if k[2] == latest}
    if len(named) * 2 <= expected:
        example = rows[0]
        others = f" and {len(rows) - 1} more row(s)" if len(rows) > 1 else ""
        raise InputError(
            f"the latest quarter in the data, {latest}, has figures for only "
            f"{len({o.indicator for o in rows})} of {expected} indicators "
            f"({example.indicator}, row {example.row}{others})",
            file=example.file,
            indicator=example.indicator,
            period=str(latest),
            fix="If that period is a typo, correct it; to build an earlier quarter, use --quarter",
        )
    return latest


def load_inputs(
    root: Path,
    quarter_text: str | None,
    cache: Path | None = None,
    *,
    report: Report | None = None,
    definition_key: str | None = None,
) -> Inputs:
    """Read and validate the report folder; with `cache`, reuse the last validated
    house style, data and facts while no input file and no code has changed.
    `report`: the folder's definition, where the caller has read it already (and
    `definition_key`, where it is to be kept: `input_cache.read_definition`)."""
    if report is None:
        report = load_report(ReportFolder.at(root).definition)
    style_fix = "Correct 'style:' in the definition (it is relative to data/)"
    if not regular_file(report.style_path, "house style file", fix=style_fix):
        raise InputError(
            f"the house style file named by 'style:' ({report.style_path}) is not there",
            file=str(report.source),
            fix="Correct 'style:' in the definition (it is relative to data/), or run "
            "`appendix init NEW_FOLDER` and copy the styles/ folder it writes",
        )
    key = inputs_key(report, quarter_text)
    stored = cache / f"{key}.pickle" if cache is not None and key is not None else None
    if stored is not None and os.path.lexists(stored):
        # Only an entry sealed by this user's own builds is unpickled: one from
        # anywhere else (a shared or mailed output folder), or a link, is made again.
        blob = read_entry(stored)
        data = unseal(blob) if blob is not None else None
        kept: tuple[Style, Dataset, Quarter, tuple[IndicatorFacts, ...]] | None = None
        try:
            if data is None:
                raise ValueError("not sealed by this user's builds")
            kept = pickle.loads(data)
            if not isinstance(kept, tuple) or not isinstance(kept[0], Style):
                raise ValueError("not a kept house style")
        except Exception:  # a damaged or foreign cache entry is rebuilt, never trusted
            stored.unlink(missing_ok=True)
            kept = None
        # The style's fonts and template are checked again, as reading it does: one
        # since deleted is named by `load_style`, below, not met later by a writer.
        if kept is not None and files_there(kept[0]):
            style, dataset, quarter, facts = kept
            return Inputs(root, report, style, dataset, quarter, facts, key, definition_key)
    style = load_style(report.style_path)
    dataset = load_data(report)
    check_scales(report, dataset)
    quarter = choose_quarter(quarter_text, dataset, report)
    data_name = ", ".join(str(p) for p in report.data_files)
    compared = load_comparators(report)
    facts = tuple(
        indicator_facts(report, indicator, dataset, quarter, data_name, compared)
        for indicator in report.in_force(quarter)
    )
    return Inputs(root, report, style, dataset, quarter, facts, key, definition_key)


def save_inputs(inputs: Inputs, cache: Path) -> None:
    """Keep the validated house style, data and facts for the next build, and the
    definition where it was read (after a successful build)."""
    if inputs.definition_key is not None:
        keep_definition(inputs.report, inputs.definition_key, cache)
    if inputs.cache_key is None:
        return
    stored = cache / f"{inputs.cache_key}.pickle"
    kept = (inputs.style, inputs.dataset, inputs.quarter, inputs.facts)
    put_once(stored, seal(pickle.dumps(kept)))


def commentary_source(inputs: Inputs, facts: IndicatorFacts) -> str | None:
    """The commentary file's text, or None where there is no file or it is blank."""
    path = inputs.commentary_path(facts.indicator.id)
    return commentary_text(
        inputs.folder, path, indicator=facts.indicator.id, period=str(inputs.quarter)
    )


def read_commentary(
    inputs: Inputs, facts: IndicatorFacts
) -> tuple[tuple[Paragraph | Heading | ListBlock, ...], str | None]:
    """The indicator's commentary as blocks, or a warning when there is none."""
    path = inputs.commentary_path(facts.indicator.id)
    text = commentary_source(inputs, facts)
    if text is None:
        state = "is empty" if path.is_file() else "is missing"
        return (), f"{path}: the commentary for {facts.indicator.id} ({inputs.quarter}) {state}"
    blocks = render_commentary(
        text,
        file=str(path),
        values=placeholder_values(facts, inputs.messages()),
        indicator=facts.indicator.id,
        period=str(inputs.quarter),
    )
    return blocks, None
