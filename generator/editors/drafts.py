"""`appendix new-quarter`: a short, true first draft of each indicator's commentary.

Every figure in a draft is a placeholder, so the draft stays true when the
data arrives or is revised before the paper goes out; `{{ movement }}` says
"up 4 percentage points" or "unchanged" as the figures require. The words around
the placeholders are the catalogue's (`draft.*`), in the language of each
commentary drafted. An existing file is never overwritten.
"""

from __future__ import annotations

from pathlib import Path

from generator.content.facts import IndicatorFacts, indicator_facts
from generator.core.errors import InputError
from generator.core.messages import Messages, default_messages, load_messages
from generator.core.periods import PeriodError, Quarter, parse_quarter
from generator.read.commentary_files import commentary_path_in
from generator.read.data import Dataset, load_data
from generator.read.definitions import Indicator, Report, YearDefinition, load_report
from generator.read.folder import ReportFolder
from generator.read.style import load_style


def _slot(name: str) -> str:
    """The commentary's placeholder `name`, as a draft writes it: '{{ latest }}'."""
    return f"{{{{ {name} }}}}"


def _comparisons(
    m: Messages,
    key: str,
    facts: IndicatorFacts | None,
    series_id: str,
    *,
    cumulative: bool = False,
) -> str:
    """', up 4 percentage points on the previous quarter (71%), and ...' for what the data has;
    figures for the year to date only on the same quarter last year."""
    series = next((s for s in facts.series if s.series.id == series_id), None) if facts else None
    parts = []
    if not cumulative and (series is None or series.previous is not None):
        parts.append(
            m.format(
                "draft.previous_quarter",
                movement=_slot(f"{key}movement"),
                previous=_slot(f"{key}previous"),
            )
        )
    if series is None or series.last_year is not None:
        parts.append(
            m.format(
                "draft.same_quarter_last_year",
                movement=_slot(f"{key}year_movement"),
                last_year=_slot(f"{key}last_year"),
            )
        )
    return "".join(
        m.format("draft.next_comparison", comparison=part)
        if n
        else m.format("draft.first_comparison", comparison=part)
        for n, part in enumerate(parts)
    )


def draft_text(
    indicator: Indicator,
    definition: YearDefinition,
    facts: IndicatorFacts | None,
    m: Messages | None = None,
) -> str:
    """The draft for one indicator, in the words of `m` (its language's catalogue;
    English by default); `facts` (when the quarter's data is in) leaves out
    comparisons the data cannot make."""
    m = m or default_messages()
    paragraphs = []
    if indicator.is_kpi():
        series_id = definition.series[0].id
        comparisons = _comparisons(m, "", facts, series_id, cumulative=indicator.cumulative)
        paragraphs.append(
            m.format(
                "draft.latest",
                period=_slot("latest_period"),
                latest=_slot("latest"),
                comparisons=comparisons,
            )
        )
        rating = {"rag": _slot("rag"), "target": _slot("target"), "threshold": _slot("threshold")}
        if facts is None or facts.rag is not None:  # a year-to-date quarter may have none
            if facts is None or facts.previous_rag is not None:
                paragraphs.append(
                    m.format("draft.rating_and_change", change=_slot("rag_change"), **rating)
                )
            else:
                paragraphs.append(m.format("draft.rating", **rating))
    else:
        for series in definition.series:
            key = f"series.{series.slug}." if len(definition.series) > 1 else ""
            label = series.label[:1].upper() + series.label[1:]
            comparisons = _comparisons(m, key, facts, series.id, cumulative=indicator.cumulative)
            paragraphs.append(
                m.format(
                    "draft.series",
                    label=label,
                    latest=_slot(f"{key}latest"),
                    period=_slot(f"{key}latest_period"),
                    comparisons=comparisons,
                )
            )
    if indicator.cumulative and (facts is None or facts.trend.enough_data):
        paragraphs.append(m.format("draft.trend_year_on_year", trend=_slot("trend")))
    elif facts is None or facts.trend.enough_data:
        paragraphs.append(m.format("draft.trend", trend=_slot("trend")))
    else:
        paragraphs.append(m.text("draft.too_few_quarters"))
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
    """Write a draft for every indicator that has no commentary yet, in the main
    language (`narratives/<quarter>/`) and in each other language the definition lists
    (`narratives/<quarter>/<tag>/`), each in its language's words (its catalogue, with
    the house style's rewordings); returns (created, kept)."""
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
    # the house style's rewordings, where there is one (drafting needs none)
    style = report.style_path
    rewordings = dict(load_style(style).messages) if style.is_file() else {}
    languages = (report.language, *report.other_languages)
    words = {tag: load_messages(tag, rewordings) for tag in languages}
    created: list[Path] = []
    kept: list[Path] = []
    for indicator in indicators:
        definition = indicator.for_quarter(quarter)
        assert definition is not None
        facts = _facts_if_complete(report, indicator, dataset, quarter)
        for tag in languages:
            path = commentary_path_in(place, quarter, indicator.id, tag, report.language)
            path.parent.mkdir(parents=True, exist_ok=True)
            try:  # 'x' mode: never replaces a file, even one written a moment ago
                with path.open("x", encoding="utf-8", newline="\n") as handle:
                    handle.write(draft_text(indicator, definition, facts, words[tag]))
            except FileExistsError:
                kept.append(path)
                continue
            created.append(path)
    return created, kept
