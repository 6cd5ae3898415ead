"""Which files `appendix verify` checks: those named, or the latest editions a build
wrote into the report folder's output folder (named as the build names them)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from generator.core.errors import InputError
from generator.core.periods import PeriodError, parse_quarter
from generator.editors.verify import pdf, web, word, workbook
from generator.editors.verify.outcome import Check
from generator.read.definitions import load_report
from generator.read.folder import ReportFolder
from generator.read.style import load_style
from generator.writers import registry

Checker = Callable[[Path], list[Check]]

# The editions there is a checker for, by the format word (the file's suffix).
CHECKERS: dict[str, Checker] = {
    "pdf": pdf.check,
    "docx": word.check,
    "html": web.check,
    "xlsx": workbook.check,
    "ods": workbook.check,
}
_SLUG = re.compile(r"\d{4}-\d{2}-Q[1-4]")


def kind(path: Path) -> str:
    return path.suffix.lower().lstrip(".")


def given(paths: Sequence[Path]) -> list[Path]:
    """The files named, each an edition there is a checker for; InputError otherwise."""
    known = ", ".join(f".{name}" for name in CHECKERS)
    for path in paths:
        if not path.is_file():
            what = "is a folder, not a file" if path.is_dir() else "does not exist"
            raise InputError(
                f"the file {what}",
                file=str(path),
                fix="Name built editions (appendix verify output/FILE.pdf ...), or name none "
                "to check the latest in output/",
            )
        if kind(path) not in CHECKERS:
            raise InputError(
                f"'{path.suffix or path.name}' is not a kind of edition verify checks",
                file=str(path),
                fix=f"Name files ending in {known}",
            )
    return sorted(set(paths), key=lambda p: (p.name, str(p)))


def latest_built(root: Path, out: Path | None = None, quarter: str | None = None) -> list[Path]:
    """The editions of one quarter in the output folder: `quarter`'s, else the latest
    quarter's built there. Every edition the report's definition and house style make
    (each language's, or the one bilingual document: read/folder.py names them), the
    main language's first."""
    folder = ReportFolder.at(root, out)
    report = load_report(folder.definition)
    stem = ReportFolder.report_stem(report)
    one_document = load_style(report.style_path).one_document

    def made(slug: str) -> list[Path]:
        """The editions of the quarter `slug` there are in the output folder, the main
        language's first, each language's by name."""
        try:
            when = parse_quarter(slug)
        except PeriodError:  # a name like a quarter's that is none ('2024-27-Q1')
            return []
        placed = [
            (place, path)
            for fmt in registry.names()
            if fmt in CHECKERS
            for place, path in enumerate(
                folder.editions_of(report, when, fmt, one_document=one_document)
            )
            if path.is_file()
        ]
        return [path for _, path in sorted(placed, key=lambda p: (p[0], p[1].name))]

    slugs = {
        found.group(0)
        for fmt in CHECKERS
        for path in folder.out.glob(f"{stem}-*.{fmt}")
        if (found := _SLUG.match(path.name[len(stem) + 1 :]))
    }
    built = {slug: paths for slug in slugs if (paths := made(slug))}
    if quarter is not None:
        try:
            wanted = parse_quarter(quarter).slug
        except PeriodError as error:
            raise InputError(str(error), where="--quarter") from None
    else:
        wanted = max(built, default="")
    if wanted not in built:
        of = f" of {quarter}" if quarter is not None else ""
        raise InputError(
            f"no built editions{of} of this report ({stem}-...) are here",
            file=str(folder.out),
            fix="Run `appendix build` first, or name the files: appendix verify FILE ...",
        )
    return built[wanted]


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
