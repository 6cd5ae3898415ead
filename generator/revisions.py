"""Revisions: figures for earlier quarters that differ from what was last reported.

Each build keeps the data it used beside its output (`<name>.data.csv`). A
team can also keep what it reported in `data/reported/<quarter>.csv`. The
newest snapshot from an earlier report quarter is the one compared.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from generator.data import Dataset
from generator.inputs import Inputs
from generator.periods import PeriodError, Quarter, parse_quarter
from generator.rules import format_value


@dataclass(frozen=True)
class Revision:
    indicator: str
    series: str
    quarter: Quarter
    old: float
    new: float
    snapshot: Path


def write_snapshot(dataset: Dataset, path: Path) -> None:
    from generator.build import snapshot_rows

    path.write_text(snapshot_rows(dataset.as_rows()), encoding="utf-8")


def _snapshot_quarter(path: Path) -> Quarter | None:
    name = path.name.removesuffix(".data.csv").removesuffix(".csv")
    try:
        return parse_quarter(name[-10:])
    except PeriodError:
        return None


def previous_snapshot(inputs: Inputs, out: Path) -> tuple[Path, Quarter] | None:
    """The snapshot of the report quarter before this one, if there is one."""
    candidates: list[tuple[Quarter, Path]] = []
    prefix = inputs.report.id_prefix.lower()
    for path in sorted(out.glob(f"{prefix}-appendix-*.data.csv")) + sorted(
        (inputs.root / "data" / "reported").glob("*.csv")
    ):
        quarter = _snapshot_quarter(path)
        if quarter == inputs.quarter.shift(-1):
            candidates.append((quarter, path))
    if not candidates:
        return None
    quarter, path = max(candidates, key=lambda c: (c[0], c[1].parent == out))
    return path, quarter


def find_revisions(inputs: Inputs, out: Path) -> list[Revision]:
    found = previous_snapshot(inputs, out)
    if found is None:
        return []
    path, _ = found
    revisions = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            try:
                quarter = parse_quarter(row["period"])
                old = float(row["value"])
            except (KeyError, ValueError, PeriodError):
                continue  # a snapshot is advisory; unreadable rows are not revisions
            indicator = inputs.report.indicator(row.get("indicator", ""))
            if indicator is None:
                continue
            series = row.get("series") or next(iter(sorted(indicator.series_ids())))
            current = inputs.dataset.value(indicator.id, series, quarter)
            if current is None:
                continue
            if format_value(current.value, indicator.unit, indicator.decimals) != format_value(
                old, indicator.unit, indicator.decimals
            ):
                revisions.append(Revision(indicator.id, series, quarter, old, current.value, path))
    return revisions


def revised_quarters(inputs: Inputs, out: Path) -> dict[str, tuple[Quarter, ...]]:
    """Per indicator, the charted quarters whose figures changed since last reported."""
    charted = {f.indicator.id: set(f.window) for f in inputs.facts}
    by_indicator: dict[str, set[Quarter]] = {}
    for revision in find_revisions(inputs, out):
        if revision.quarter in charted.get(revision.indicator, set()):
            by_indicator.setdefault(revision.indicator, set()).add(revision.quarter)
    return {k: tuple(sorted(v)) for k, v in by_indicator.items()}
