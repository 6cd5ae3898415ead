"""`appendix translate export` and `appendix translate import`: a quarter's commentary in
the report's main language out as one file for translation tools, and the translation
back into each indicator's file in `narratives/<quarter>/<tag>/`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Literal

from generator.content.inputs import Inputs, commentary_source, load_inputs
from generator.core.errors import InputError
from generator.core.periods import PeriodError, Quarter, parse_quarter
from generator.editors.held import replace_together
from generator.editors.translate.entries import Entry, Translation
from generator.editors.translate.po import read_po, write_po
from generator.editors.translate.protect import kept
from generator.editors.translate.units import Shaped, shape_of
from generator.editors.translate.xliff import read_xliff, write_xliff
from generator.read.commentary_files import commentary_in, commentary_path_in, commentary_text
from generator.read.definitions import Report, load_report
from generator.read.folder import ReportFolder
from generator.read.yaml_text import shown

Format = Literal["po", "xliff"]
SUFFIXES: dict[Format, str] = {"po": ".po", "xliff": ".xlf"}
TRANSLATION_LIMIT = 16 * 1024 * 1024  # bytes: a quarter's commentary is some kilobytes


def format_of(path: Path | None, given: str | None) -> Format:
    """The format asked for, else the one the file name says (.xlf, .xliff), else PO."""
    if given is not None:
        return "xliff" if given.lower() in ("xliff", "xlf") else "po"
    if path is not None and path.suffix.lower() in (".xlf", ".xliff"):
        return "xliff"
    return "po"


def _target_language(report: Report, language: str, where: str) -> str:
    """The listed language `language` names (as the definition writes it), or one message."""
    for tag in report.other_languages:
        if tag.casefold() == language.casefold():
            return tag
    listed = ", ".join(report.other_languages) or "none"
    raise InputError(
        f"'{shown(language)}' is not one of the report's other languages (listed: {listed})",
        file=str(report.source),
        where=where,
        fix=f"Add it to the definition's languages, e.g. languages: [{language}, "
        f"{report.language.split('-')[0]}]"
        if language
        else "Translate into a language the definition lists in languages:",
    )


def _relative(folder: ReportFolder, path: Path) -> str:
    return path.relative_to(folder.root).as_posix()


@dataclass
class Exported:
    language: str  # as the definition lists it
    data: bytes
    units: int
    files: int
    prefilled: int
    review: int  # prefilled translations to look at again
    left: list[str] = field(default_factory=list)  # indicators with no commentary to export


def export_quarter(
    root: Path, quarter: str | None, language: str, fmt: Format
) -> tuple[Inputs, Exported]:
    """The quarter's commentary in the main language as one translation file, each unit's
    translation prefilled where the language's file has one in the same place."""
    inputs = load_inputs(root, quarter)
    report, folder = inputs.report, inputs.folder
    tag = _target_language(report, language, "--to")
    entries: list[Entry] = []
    exported = Exported(tag, b"", 0, 0, 0, 0)
    for facts in inputs.facts:
        ident = facts.indicator.id
        text = commentary_source(inputs, facts)
        if text is None:
            exported.left.append(ident)
            continue
        source = shape_of(text)
        name = _relative(folder, inputs.commentary_path(ident))
        _, done = commentary_in(folder, inputs.quarter, ident, tag, report.language)
        earlier = shape_of(done).units if done is not None else ()
        same_shape = [u.kind for u in earlier] == [u.kind for u in source.units]
        exported.files += 1
        for unit in source.units:
            translation = earlier[unit.index - 1].text if same_shape else None
            review = translation is not None and kept(unit.text, translation) is not None
            entries.append(
                Entry(name, unit.index, unit.kind, unit.line, unit.text, translation, review)
            )
            exported.prefilled += translation is not None
            exported.review += review
    exported.units = len(entries)
    if fmt == "po":
        exported.data = write_po(entries, tag, report.language, report.title, str(inputs.quarter))
    else:
        exported.data = write_xliff(entries, tag, report.language)
    return inputs, exported


@dataclass(frozen=True)
class Written:
    path: Path
    before: str | None  # None: a new file
    after: str


@dataclass
class ImportPlan:
    quarter: Quarter
    language: str
    writes: list[Written] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    # each file not written, and the units of it not translated
    untranslated: list[tuple[Path, list[str]]] = field(default_factory=list)


def read_translation(path: Path) -> Translation:
    """A PO or XLIFF file (by its name, else by its first bytes), read."""
    try:
        size = path.stat().st_size
        if size > TRANSLATION_LIMIT:
            raise InputError(
                f"the file is {size:,} bytes, over the limit of {TRANSLATION_LIMIT:,}",
                file=str(path),
                fix="Import the file `appendix translate export` wrote, translated",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(
            f"the translation cannot be read ({exc.strerror})",
            file=str(path),
            fix="Check the file's name and permissions",
        ) from None
    looks_xml = data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")
    if path.suffix.lower() in (".xlf", ".xliff") or (path.suffix.lower() != ".po" and looks_xml):
        return read_xliff(data, str(path))
    return read_po(data, str(path))


def _quarter_of(report: Report, entry: Entry, file: str, where: str) -> Quarter:
    """The quarter of a unit's source file, which must be a commentary file of the report."""
    parts = PurePosixPath(entry.file).parts
    quarter: Quarter | None = None
    if len(parts) == 3 and parts[0] == "narratives" and parts[2].endswith(".md"):
        try:
            quarter = parse_quarter(parts[1])
        except PeriodError:
            quarter = None
    ident = parts[-1].removesuffix(".md") if parts else ""
    if quarter is None or quarter.slug != parts[1] or report.indicator(ident) is None:
        raise InputError(
            f"the unit '{shown(entry.key)}' is not from a commentary file of this report "
            "(narratives/<quarter>/<ID>.md)",
            file=file,
            where=where,
            fix="Import the translation of this report's export, in the report folder",
        )
    return quarter


def plan_import(root: Path, path: Path) -> ImportPlan:
    """What importing the translation at `path` writes; refused, with one message naming
    the unit, where a translation drops or adds a placeholder, drops a figure, or its
    source no longer reads as the commentary does now."""
    folder = ReportFolder.at(root)
    report = load_report(folder.definition)
    translation = read_translation(path)
    file = str(path)
    language = _target_language(report, translation.language, "the translation's language")
    quarters = {
        _quarter_of(report, entry, file, where)
        for entry, where in zip(translation.entries, translation.where, strict=True)
    }
    if len(quarters) != 1:
        raise InputError(
            "the file holds the commentary of "
            + ("no quarter" if not quarters else f"{len(quarters)} quarters"),
            file=file,
            fix="Export one quarter (appendix translate export --quarter ...) and import it",
        )
    quarter = quarters.pop()
    plan = ImportPlan(quarter, language)
    by_file: dict[str, list[tuple[Entry, str]]] = {}
    for entry, where in zip(translation.entries, translation.where, strict=True):
        by_file.setdefault(entry.file, []).append((entry, where))
    for name, found in by_file.items():
        ident = PurePosixPath(name).stem
        source_path = folder.commentary(quarter, ident)
        text = commentary_text(folder, source_path, indicator=ident, period=str(quarter))
        shaped = shape_of(text) if text is not None else Shaped((), (), True)
        words: dict[int, str] = {}
        for entry, where in found:
            if not 1 <= entry.index <= len(shaped.units) or (
                shaped.units[entry.index - 1].text != entry.source
            ):
                raise InputError(
                    f"the source of the unit '{entry.key}' is not what {name} says now: the "
                    "commentary changed since the export",
                    file=file,
                    where=where,
                    indicator=ident,
                    period=str(quarter),
                    fix="Export again (the translations are carried over) and translate "
                    "what changed",
                )
            if entry.translation is None:
                continue
            problem = kept(entry.source, entry.translation)
            if problem is not None:
                raise InputError(
                    f"the translation of the unit '{entry.key}' does not keep what it must: "
                    f"{problem}",
                    file=file,
                    where=where,
                    indicator=ident,
                    period=str(quarter),
                    fix="Keep every placeholder ({{ ... }}) and figure of the source in the "
                    "translation, as written; nothing was imported",
                )
            words[entry.index] = entry.translation
        target = commentary_path_in(folder, quarter, ident, language, report.language)
        missing = [f"{name}#{u.index}" for u in shaped.units if u.index not in words]
        if missing:
            plan.untranslated.append((target, missing))
            continue
        after = shaped.rebuilt(words)
        before = commentary_text(folder, target, indicator=ident, period=str(quarter))
        if before == after:
            plan.unchanged.append(target)
        else:
            plan.writes.append(Written(target, before, after))
    return plan


def write_all(writes: list[tuple[Path, bytes]]) -> None:
    """Every file written, or none (editors/held.py); one message where one cannot be."""
    try:
        replace_together(writes)
    except OSError as exc:
        raise InputError(
            f"the file cannot be written ({exc.strerror})",
            file=str(exc.filename or writes[0][0]),
            fix="Check the folder's permissions; nothing was written",
        ) from None


def apply_import(plan: ImportPlan) -> None:
    write_all([(w.path, w.after.encode("utf-8")) for w in plan.writes])
