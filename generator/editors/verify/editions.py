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
    quarter's built there."""
    folder = ReportFolder.at(root, out)
    stem = ReportFolder.report_stem(load_report(folder.definition))
    built: dict[str, list[Path]] = {}
    for fmt in registry.names():
        if fmt not in CHECKERS:
            continue
        for path in folder.out.glob(f"{stem}-*.{fmt}"):
            slug = path.name[len(stem) + 1 : -len(fmt) - 1]
            if _SLUG.fullmatch(slug) and path.is_file():
                built.setdefault(slug, []).append(path)
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
    return sorted(built[wanted], key=lambda p: p.name)


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
