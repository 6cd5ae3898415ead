"""A KPI's target against its figures: one on another scale from the other is refused.

A percentage target written 0.9 against figures of 87.2 (or figures of 0.872 against a
target of 90) rates every quarter wrongly, and so does a target a hundred times from
every figure (a rate per 1,000 against figures per 100,000). Found once the data is
read (the rule is `core.consistency.scale_problem`), before any page is made.
"""

from __future__ import annotations

from generator.core.consistency import ScaleProblem, scale_problem
from generator.core.errors import InputError
from generator.core.periods import fy_label
from generator.core.rules import format_number
from generator.read.data import Dataset
from generator.read.definitions import Indicator, Report, YearDefinition


def check_scales(report: Report, dataset: Dataset) -> None:
    """Refuse the first KPI year whose target and figures are on different scales."""
    for indicator in report.indicators:
        if not indicator.is_kpi():
            continue
        for year in indicator.years:
            series = year.series[0].id
            observations = [o for o in dataset.for_indicator(indicator.id) if o.series == series]
            levels = [v for v in (year.target, year.threshold) if v is not None]
            found = scale_problem(levels, [o.value for o in observations], indicator.unit)
            if found is None:
                continue
            example = next(
                o for o in observations if o.value == found.figure or -o.value == found.figure
            )
            raise _refusal(
                report, indicator, year, found, f"{example.value:g} in {example.quarter}"
            )


def _refusal(
    report: Report, indicator: Indicator, year: YearDefinition, found: ScaleProblem, example: str
) -> InputError:
    assert year.target is not None and year.threshold is not None
    threshold = "floor" if year.floor is not None else "upper_threshold"
    target, level = f"{year.target:g}", f"{year.threshold:g}"
    place = {
        "file": str(report.source),
        "where": f"years: {fy_label(year.start_year)}",
        "indicator": indicator.id,
    }
    if found.kind == "fraction target":
        as_percent = (format_number(year.target * 100, 3), format_number(year.threshold * 100, 3))
        return InputError(
            f"the target ({target}) and {threshold} ({level}) are on a 0–1 scale, but the "
            f"figures are percentages on a 0–100 scale (e.g. {example})",
            fix=f"Write them as percentages: target: {_plain(as_percent[0])}, "
            f"{threshold}: {_plain(as_percent[1])}",
            **place,
        )
    if found.kind == "fraction figures":
        return InputError(
            f"the figures are on a 0–1 scale (e.g. {example}), but the target ({target}) is a "
            "percentage on a 0–100 scale",
            fix="Write the figures as percentages (87.2 for 0.872), as the unit: percent says",
            **place,
        )
    return InputError(
        f"the target ({target}) is a hundred times or more from every figure (e.g. {example})",
        fix="Check that the target and the figures are in the same unit and scale (a rate "
        "per 1,000 against figures per 100,000?), and correct whichever is wrong",
        **place,
    )


def _plain(number: str) -> str:
    """'90.000' -> '90', '87.500' -> '87.5': a number as a person writes it."""
    text = number.replace(",", "")
    return text.rstrip("0").rstrip(".") if "." in text else text
