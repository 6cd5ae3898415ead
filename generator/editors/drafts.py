"""`appendix new-quarter`: a short, true first draft of each indicator's commentary.

Every figure in a draft is a placeholder, so the draft stays true when the
data arrives or is revised before the paper goes out; `{{ movement }}` says
"up 4 percentage points" or "unchanged" as the figures require. An existing
file is never overwritten.
"""

from __future__ import annotations

from pathlib import Path

from generator.content.facts import IndicatorFacts, indicator_facts
from generator.core.errors import InputError
from generator.core.periods import PeriodError, Quarter, parse_quarter
from generator.read.data import Dataset, load_data
from generator.read.definitions import Indicator, Report, YearDefinition, load_report
from generator.read.folder import ReportFolder


def _comparisons(
    key: str, facts: IndicatorFacts | None, series_id: str, *, cumulative: bool = False
) -> str:
    """', up 4 percentage points on the previous quarter (71%), and ...' for what the data has;
    figures for the year to date only on the same quarter last year."""
    series = next((s for s in facts.series if s.series.id == series_id), None) if facts else None
    parts = []
    if not cumulative and (series is None or series.previous is not None):
        parts.append(f"{{{{ {key}movement }}}} on the previous quarter ({{{{ {key}previous }}}})")
    if series is None or series.last_year is not None:
        parts.append(
            f"{{{{ {key}year_movement }}}} on the same quarter last year ({{{{ {key}last_year }}}})"
        )
    return (", " + ", and ".join(parts)) if parts else ""


def draft_text(
    indicator: Indicator, definition: YearDefinition, facts: IndicatorFacts | None
) -> str:
    """The draft for one indicator; `facts` (when the quarter's data is in) leaves out
    comparisons the data cannot make."""
    paragraphs = []
    if indicator.is_kpi():
        series_id = definition.series[0].id
        paragraphs.append(
            "In {{ latest_period }} the figure was {{ latest }}"
            + _comparisons("", facts, series_id, cumulative=indicator.cumulative)
            + "."
        )
        rating = (
            "It is rated {{ rag }} against a target of {{ target }} and a threshold of "
            "{{ threshold }}"
        )
        if facts is None or facts.previous_rag is not None:
            rating += ", {{ rag_change }}"
        if facts is None or facts.rag is not None:  # a year-to-date quarter may have none
            paragraphs.append(rating + ".")
    else:
        for series in definition.series:
            key = f"series.{series.slug}." if len(definition.series) > 1 else ""
            label = series.label[:1].upper() + series.label[1:]
            paragraphs.append(
                f"{label}: {{{{ {key}latest }}}} in {{{{ {key}latest_period }}}}"
                + _comparisons(key, facts, series.id, cumulative=indicator.cumulative)
                + "."
            )
    if indicator.cumulative and (facts is None or facts.trend.enough_data):
        paragraphs.append(
            "Direction of travel, each quarter against the same quarter a year earlier: "
            "{{ trend }}."
        )
    elif facts is None or facts.trend.enough_data:
        paragraphs.append("Direction of travel over the charted quarters: {{ trend }}.")
    else:
        paragraphs.append("Too few quarters are charted to judge a direction of travel.")
    return "\n\n".join(paragraphs) + "\n"


def _facts_if_complete(
    report: Report, indicator: Indicator, dataset: Dataset, quarter: Quarter
) -> IndicatorFacts | None:
    """The facts where the quarter's data for this indicator is in, else None."""
    if quarter not in dataset.quarters():
        return None
    try:
        return indicator_facts(report, indicator, dataset, quarter, "")
    except InputError:
        return None  # not all of its data is in yet: draft with every comparison


def draft_quarter(root: Path, quarter_text: str) -> tuple[list[Path], list[Path]]:
    """Write a draft for every indicator that has no commentary yet; returns (created, kept)."""
    place = ReportFolder.at(root)
    report = load_report(place.definition)
    dataset = load_data(report)
    try:
        quarter = parse_quarter(quarter_text)
    except PeriodError as exc:
        raise InputError(str(exc), where="the quarter argument") from None
    indicators = report.in_force(quarter)
    if not indicators:
        raise InputError(
            f"no indicator is defined for {quarter.fy}",
            file=str(report.source),
            period=str(quarter),
            fix=f'Add a "{quarter.fy}" year to the indicators',
        )
    created: list[Path] = []
    kept: list[Path] = []
    for indicator in indicators:
        definition = indicator.for_quarter(quarter)
        assert definition is not None
        facts = _facts_if_complete(report, indicator, dataset, quarter)
        path = place.commentary(quarter, indicator.id)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:  # 'x' mode: never replaces a file, even one written a moment ago
            with path.open("x", encoding="utf-8", newline="\n") as handle:
                handle.write(draft_text(indicator, definition, facts))
        except FileExistsError:
            kept.append(path)
            continue
        created.append(path)
    return created, kept
