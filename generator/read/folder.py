"""Every path in a report folder, named in one place.

A report folder holds its definition (`data/report.yaml`), its data files, the
figures as last reported (`data/reported/`), the commentary
(`narratives/<quarter>/<ID>.md`) and, once built, its editions and caches in
the output folder (`output/` unless another is named). Nothing else in the
package spells one of these paths out.

Files the build finds by the folder's layout (the commentary, earlier quarters'
commentary, the reported figures) must be regular files kept in the report
folder: a link, or a file reached through a linked folder that leads out of it,
is refused (`found_file`), so a shared folder cannot publish a file from
elsewhere on the computer. Files the definition names on purpose (data files, a
council-wide house style, a template) may lie anywhere, but must be regular
files too (`regular_file`): a folder, a FIFO or a device is refused before it
is opened.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from generator.core.errors import InputError
from generator.read.files import regular_file
from generator.read.languages import file_tag

if TYPE_CHECKING:
    from generator.core.periods import Quarter
    from generator.read.definitions import Report

DEFINITION = Path("data") / "report.yaml"
OUTPUT = "output"
CACHE = ".cache"
_STEM_LIMIT = 40  # a directorate's words in an edition's file name, at most


def _first_file_on_the_way(root: Path, path: Path) -> Path | None:
    """The first folder on the way from `root` to `path` that is a file, if one is."""
    place = root
    for part in path.relative_to(root).parts[:-1]:
        place = place / part
        if place.exists() and not place.is_dir():
            return place
    return None


@dataclass(frozen=True)
class ReportFolder:
    root: Path
    out: Path  # where the editions, the data snapshot and the caches go

    @classmethod
    def at(cls, root: Path, out: Path | None = None) -> ReportFolder:
        """The report folder `root`, building into `out` (default: its output/)."""
        return cls(root, out if out is not None else root / OUTPUT)

    @staticmethod
    def holds_report(folder: Path) -> bool:
        """Whether `folder` is a report folder (it has a definition)."""
        return (folder / DEFINITION).is_file()

    # What the team keeps
    @property
    def definition(self) -> Path:
        return self.root / DEFINITION

    @property
    def data(self) -> Path:
        return self.definition.parent

    @property
    def reported(self) -> Path:
        """The figures as published in earlier editions, kept by the team."""
        return self.data / "reported"

    @property
    def narratives(self) -> Path:
        return self.root / "narratives"

    def commentary_folder(self, quarter: Quarter) -> Path:
        return self.narratives / quarter.slug

    def commentary(self, quarter: Quarter, indicator_id: str) -> Path:
        return self.commentary_folder(quarter) / f"{indicator_id}.md"

    def review(self, quarter: Quarter, name: str) -> Path:
        """Comments made on an indicator's commentary in Word (`appendix import`), kept
        beside it for the team to act on: never read by the build."""
        return self.commentary_folder(quarter) / f"{name}.review.md"

    def commentaries_of(self, indicator_id: str) -> list[Path]:
        """The indicator's commentary in every quarter, oldest folder name first (each
        a regular file kept in the folder: `found_file`)."""
        found = sorted(self.narratives.glob(f"*/{indicator_id}.md"))
        return [path for path in found if self.found_file(path, "commentary file")]

    def found_file(self, path: Path, what: str, *, inside: Path | None = None) -> bool:
        """Whether a file the build finds by the folder's layout is there: False where
        there is none; InputError where it is a link, lies outside the report folder
        (`inside`, where another folder holds it) through a linked folder, or is not a
        regular file."""
        base = self.root if inside is None else inside
        keep = "Keep the file itself in the report folder: replace the link with a copy"
        try:
            info = path.lstat()
        except FileNotFoundError:
            return False
        except NotADirectoryError:
            blocking = _first_file_on_the_way(base, path)
            if blocking is None:
                return False
            raise InputError(
                f"this is a file, not a folder (it should hold {path.name} and the other {what}s)",
                file=str(blocking),
                fix="Rename or remove the file, and make a folder of that name for them",
            ) from None
        except OSError as exc:
            raise InputError(
                f"the {what} cannot be read ({exc.strerror})",
                file=str(path),
                fix="Check the file's permissions",
            ) from None
        if stat.S_ISLNK(info.st_mode):
            raise InputError(
                f"the {what} is a link (to {os.readlink(path)}), not a file; the build reads "
                "only files kept in the report folder",
                file=str(path),
                fix=keep,
            )
        real = Path(os.path.realpath(path))
        if real != Path(os.path.realpath(base)) / path.relative_to(base):
            raise InputError(
                f"the {what} is reached through a linked folder (it is {real}); the build "
                "reads only files kept in the report folder",
                file=str(path),
                fix="Keep the folder itself in the report folder: replace the link with a copy",
            )
        return regular_file(path, what, fix="Keep a text file of that name, or none")

    # What a build writes
    @staticmethod
    def report_stem(report: Report) -> str:
        """What every edition's file name starts with: 'hsg-appendix' from the id
        prefix; with none, from the directorate ('housing-services-appendix'), else
        'appendix'."""
        if report.id_prefix:
            return f"{report.id_prefix.lower()}-appendix"
        words = re.findall(
            r"[a-z0-9]+", report.directorate.casefold().encode("ascii", "ignore").decode()
        )
        slug = ""
        for word in words:
            if len(slug) + len(word) + 1 > _STEM_LIMIT:
                break
            slug = f"{slug}-{word}" if slug else word
        return f"{slug}-appendix" if slug else "appendix"

    @staticmethod
    def edition_stem(report: Report, quarter: Quarter) -> str:
        return f"{ReportFolder.report_stem(report)}-{quarter.slug}"

    def edition(
        self, report: Report, quarter: Quarter, fmt: str, language: str | None = None
    ) -> Path:
        """An edition's file; another `language`'s (not the main one's) ends with its
        tag: 'asch-appendix-2024-25-Q2-cy.pdf'."""
        tag = f"-{language}" if language else ""
        return self.out / f"{self.edition_stem(report, quarter)}{tag}.{fmt}"

    def bilingual_edition(self, report: Report, quarter: Quarter, fmt: str) -> Path:
        """The one bilingual document of a format (the house style's `bilingual:
        one_document`), its languages' tags Welsh first: 'asch-...-2024-25-Q2-cy-en-GB.pdf'."""
        tag = file_tag((report.language, *report.other_languages))
        return self.edition(report, quarter, fmt, tag)

    def editions_of(
        self, report: Report, quarter: Quarter, fmt: str, *, one_document: bool
    ) -> list[Path]:
        """Every file of a format a build of `report` writes: the main language's edition,
        then each other language's; or, for a report listing other languages whose house
        style asks for one bilingual document (`one_document`), that one alone."""
        if report.other_languages and one_document:
            return [self.bilingual_edition(report, quarter, fmt)]
        tags = (None, *report.other_languages)
        return [self.edition(report, quarter, fmt, tag) for tag in tags]

    def snapshot(self, report: Report, quarter: Quarter) -> Path:
        """The data a build used, kept beside its editions for the next quarter's build."""
        return self.out / f"{self.edition_stem(report, quarter)}.data.csv"

    def snapshots(self, report: Report) -> list[Path]:
        """Every data snapshot a build left, then the team's reported figures."""
        built = sorted(self.out.glob(f"{self.report_stem(report)}-*.data.csv"))
        built = [path for path in built if self.found_file(path, "data snapshot", inside=self.out)]
        reported = sorted(self.reported.glob("*.csv"))
        return built + [path for path in reported if self.found_file(path, "reported data file")]

    @property
    def cache(self) -> Path:
        """All a build keeps to go faster next time: deleting it loses only time."""
        return self.out / CACHE

    @property
    def inputs_cache(self) -> Path:
        return self.cache / "inputs"

    def charts_cache(self, code: str) -> Path:
        """The charts drawn by the code whose fingerprint is `code`."""
        return self.cache / "charts" / code

    def pages_cache(self, code: str) -> Path:
        """How each section met the page, measured by the code whose fingerprint is `code`."""
        return self.cache / "pages" / code

    def parts_cache(self, edition: str, code: str) -> Path:
        """The parts an edition's writer keeps to reuse (`docx`: each section's XML; `pdf`:
        the fonts parsed), made by the code whose fingerprint is `code`."""
        return self.cache / edition / code

    def findings_cache(self, code: str) -> Path:
        """How many findings the check made of each commentary, by the code whose
        fingerprint is `code`."""
        return self.cache / "findings" / code
