"""Every path in a report folder, named in one place.

A report folder holds its definition (`data/report.yaml`), its data files, the
figures as last reported (`data/reported/`), the commentary
(`narratives/<quarter>/<ID>.md`) and, once built, its editions and caches in
the output folder (`output/` unless another is named). Nothing else in the
package spells one of these paths out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.core.periods import Quarter
    from generator.read.definitions import Report

DEFINITION = Path("data") / "report.yaml"
OUTPUT = "output"
CACHE = ".cache"


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

    def commentaries_of(self, indicator_id: str) -> list[Path]:
        """The indicator's commentary in every quarter, oldest folder name first."""
        return sorted(self.narratives.glob(f"*/{indicator_id}.md"))

    # What a build writes
    @staticmethod
    def edition_stem(report: Report, quarter: Quarter) -> str:
        return f"{report.id_prefix.lower()}-appendix-{quarter.slug}"

    def edition(self, report: Report, quarter: Quarter, fmt: str) -> Path:
        return self.out / f"{self.edition_stem(report, quarter)}.{fmt}"

    def snapshot(self, report: Report, quarter: Quarter) -> Path:
        """The data a build used, kept beside its editions for the next quarter's build."""
        return self.out / f"{self.edition_stem(report, quarter)}.data.csv"

    def snapshots(self, report: Report) -> list[Path]:
        """Every data snapshot a build left, then the team's reported figures."""
        built = sorted(self.out.glob(f"{report.id_prefix.lower()}-appendix-*.data.csv"))
        return built + sorted(self.reported.glob("*.csv"))

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
