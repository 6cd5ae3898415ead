"""The Python API: the pipeline `appendix build` runs, for analysts in Python and Jupyter.

    from generator import Report

    report = Report.open(".")                    # a report folder (holds data/report.yaml)
    report.facts("2024-25 Q2")                   # a pandas DataFrame, a row per indicator
    report.build(formats=["pdf"], out="papers/")  # the files written

The `appendix build` command runs its builds through `Report.build_result`, so
the two cannot drift apart. Bad input raises `InputError`, whose `message()` is
the one line the command prints. pandas is imported by `facts` alone: the
command never loads it.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from generator.core.errors import InputError
from generator.read.folder import ReportFolder

if TYPE_CHECKING:
    import pandas as pd

    from generator.content.facts import IndicatorFacts
    from generator.editors.check import Finding
    from generator.run.build import BuildResult

Progress = Callable[[str, int, int], None]  # (stage, done, total), as the command's bars

# The columns of `Report.facts`, in order.
FACT_COLUMNS = (
    "id",
    "title",
    "period",  # the quarter of the value: a quarter earlier for a KPI in arrears
    "value",  # as the appendix shows and rates it (rounded half up to `decimals`)
    "target",  # the target the value is rated against; NaN where there is none
    "threshold",  # the floor (higher is better) or upper threshold (lower is better)
    "rag",  # GREEN, AMBER or RED; missing where the indicator is not rated
    "direction",  # the direction of travel, in the appendix's words
    "unit",  # percent, count, rate, gbp, days, hours or minutes (its values in seconds)
    "polarity",  # higher, lower or neutral: which way is better
    "kind",  # kpi or activity
    "provisional",  # whether the value is provisional
    "decimals",  # the decimal places the appendix shows
    "data_value",  # the value as the data file holds it, before rounding
)


class Report:
    """A report folder: its facts, its checks and its editions."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @classmethod
    def open(cls, path: str | os.PathLike[str] = ".") -> Report:
        """The report folder at `path`; InputError unless it holds data/report.yaml.

        The definition and data are read (and validated) by each call below, so
        that a file edited between calls is read as it now is."""
        root = Path(path)
        if not ReportFolder.holds_report(root):
            # The words the definition's reader uses (generator/read/definitions.py).
            raise InputError(
                "report definition not found",
                file=str(ReportFolder.at(root).definition),
                fix="Run the command in the report folder (it holds data/report.yaml)",
            )
        return cls(root)

    def __repr__(self) -> str:
        return f"Report.open({str(self.root)!r})"

    def quarters(self) -> list[str]:
        """The quarters with data for which indicators are defined, oldest first,
        written as the appendix writes them ('2024/25 Q2')."""
        from generator.read.data import load_data
        from generator.read.definitions import load_report

        report = load_report(ReportFolder.at(self.root).definition)
        return [str(q) for q in load_data(report).quarters() if report.in_force(q)]

    def facts(self, quarter: str | None = None) -> pd.DataFrame:
        """The quarter's facts (default: the latest quarter with data), a row per
        indicator in force, in the appendix's order: the columns of `FACT_COLUMNS`.

        Figures are floats (NaN where there is none). The quarter built is in
        `frame.attrs["quarter"]`. `quarter` may be written '2024-25 Q2',
        '2024/25 Q2' or 'Q2 2024/25'."""
        import pandas as pd  # here only: `appendix build` and `check` never load it

        from generator.content.inputs import load_inputs

        inputs = load_inputs(self.root, quarter)
        frame = pd.DataFrame([_fact_row(f) for f in inputs.facts], columns=list(FACT_COLUMNS))
        frame.attrs["quarter"] = str(inputs.quarter)
        return frame

    def check(self, quarter: str | None = None) -> list[Finding]:
        """What `appendix check` finds in the quarter's commentary (each finding's
        `message()` is the line it prints); an empty list where there is nothing."""
        from generator.editors.check import run_check
        from generator.read.patterns import keep

        try:
            return run_check(self.root, quarter)
        finally:
            keep()  # the patterns compiled afresh, for the checks to come

    def build(
        self,
        formats: str | Iterable[str] | None = None,
        out: str | os.PathLike[str] | None = None,
        quarter: str | None = None,
        use_cache: bool = True,
    ) -> list[Path]:
        """Build the quarter's appendix, as `appendix build` does, and return the
        editions written, in the registry's order (docx, pdf, html, xlsx).

        `formats`: names ('pdf', ['docx', 'html']), 'both' or 'all'; default DOCX and
        PDF. `out`: the folder (default output/ in the report folder), where the data
        snapshot and the caches are kept beside them, as by the command."""
        return self.build_result(formats, out, quarter, use_cache=use_cache).written

    def build_result(
        self,
        formats: str | Iterable[str] | None = None,
        out: str | os.PathLike[str] | None = None,
        quarter: str | None = None,
        *,
        use_cache: bool = True,
        check: bool = True,
        workers: int | None = None,
        progress: Progress | None = None,
        waiting: Callable[[], None] | None = None,
    ) -> BuildResult:
        """`build`, with everything the command reports: the files written, the
        warnings, the charts drawn and reused and the number of `check`'s findings
        (counted where `check`). `workers`: how many processes (default
        APPENDIX_WORKERS, else one a processor); `progress(stage, done, total)` is
        called as the charts are drawn and the editions written; `waiting()`, where
        given, once while the build waits for a worker to finish writing (work of the
        caller's own, such as loading what will print the result)."""
        from generator.run.build import BuildOptions, build
        from generator.writers import registry

        if formats is None or isinstance(formats, str):
            chosen = registry.parse_formats(formats)
        else:
            names = list(formats)
            chosen = registry.parse_formats(",".join(names)) if names else ()
        options = BuildOptions(
            root=self.root,
            quarter=quarter,
            out=Path(out) if out is not None else None,
            formats=chosen,
            use_cache=use_cache,
            workers=workers,
            progress=progress,
            check=check,
            waiting=waiting,
        )
        from generator.read.patterns import keep

        try:
            return build(options)
        finally:
            keep()  # the patterns compiled afresh, for the builds to come


def _number(value: float | None) -> float:
    return math.nan if value is None else float(value)


def _fact_row(facts: IndicatorFacts) -> dict[str, object]:
    from generator.core.rules import round_half_up

    indicator, latest = facts.indicator, facts.primary.latest
    target, threshold = facts.rated.target, facts.rated.threshold
    if indicator.cumulative:  # year to date: what the quarter is rated against
        levels = facts.rated_against
        target, threshold = (levels.target, levels.threshold) if levels else (None, None)
    return {
        "id": indicator.id,
        "title": indicator.title,
        "period": str(latest.quarter),
        "value": round_half_up(latest.value, indicator.decimals) + 0.0,  # no -0.0
        "target": _number(target),
        "threshold": _number(threshold),
        "rag": facts.rag,
        "direction": facts.trend.label,
        "unit": indicator.unit,
        "polarity": indicator.polarity,
        "kind": indicator.kind,
        "provisional": latest.provisional,
        "decimals": indicator.decimals,
        "data_value": float(latest.value),
    }
