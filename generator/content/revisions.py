"""Revisions: figures for earlier quarters that differ from what was last reported.

Each build keeps the data it used beside its output (`<name>.data.csv`). A
team can also keep what it reported in `data/reported/<quarter>.csv`. The
snapshot of the previous report quarter (the last one published) is the one
compared; a build's own snapshot wins over a kept one.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from generator.content.inputs import Inputs
from generator.core.periods import PeriodError, Quarter, parse_quarter
from generator.core.rules import format_value
from generator.read.data import Dataset, load_data
from generator.read.folder import ReportFolder


@dataclass(frozen=True)
class Revision:
    indicator: str
    series: str
    quarter: Quarter
    old: float
    new: float
    snapshot: Path


def snapshot_rows(rows: list[tuple[str, str, str, float, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["indicator", "period", "series", "value", "status"])
    for indicator, period, series, value, status in rows:
        writer.writerow([indicator, period, series, f"{value:g}", status])
    return buffer.getvalue()


def write_snapshot(dataset: Dataset, path: Path) -> None:
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
    for path in ReportFolder.at(inputs.root, out).snapshots(inputs.report):
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
    # Read with the data loader itself: the same columns, numbers and checks, and a
    # clear message naming the snapshot if it cannot be read.
    reported = load_data(inputs.report, [path])
    revisions = []
    for (indicator_id, series, quarter), before in sorted(
        reported.observations.items(), key=lambda item: (item[0][0], item[0][2], item[0][1])
    ):
        indicator = inputs.report.indicator(indicator_id)
        current = inputs.dataset.value(indicator_id, series, quarter)
        if indicator is None or current is None:
            continue
        shown_before = format_value(before.value, indicator.unit, indicator.decimals)
        if format_value(current.value, indicator.unit, indicator.decimals) != shown_before:
            revisions.append(
                Revision(indicator_id, series, quarter, before.value, current.value, path)
            )
    return revisions


def revised_quarters(inputs: Inputs, out: Path) -> dict[str, tuple[Quarter, ...]]:
    """Per indicator, the charted quarters whose figures changed since last reported."""
    charted = {f.indicator.id: set(f.window) for f in inputs.facts}
    by_indicator: dict[str, set[Quarter]] = {}
    for revision in find_revisions(inputs, out):
        if revision.quarter in charted.get(revision.indicator, set()):
            by_indicator.setdefault(revision.indicator, set()).add(revision.quarter)
    return {k: tuple(sorted(v)) for k, v in by_indicator.items()}
