"""What is true of one indicator at one report quarter, worked out from the data.

`indicator_facts` gathers the charted window, each series' values, the
latest reportable value (a quarter in arrears where defined), the RAG
rating, the direction of travel and the axis limits. The chart, the notes,
the alt text, the data table and the placeholders all read these facts, so
they cannot disagree with each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from generator.core.cumulative import Profiled, profiled_levels, year_on_year
from generator.core.errors import InputError
from generator.core.periods import Quarter, quarter_range
from generator.core.position import Position, position
from generator.core.rules import (
    AxisLimits,
    Trend,
    axis_limits,
    direction_of_travel,
    rag,
    round_half_up,
)
from generator.core.vocabulary import Rag
from generator.read.comparator_fields import Comparator
from generator.read.comparators import ComparatorFigures
from generator.read.data import Dataset, Observation
from generator.read.definitions import Indicator, Report, Series, YearDefinition
from generator.read.typed_rag import TypedRag


@dataclass(frozen=True)
class SeriesFacts:
    series: Series
    values: tuple[float | None, ...]  # one per window quarter
    provisional: tuple[bool, ...]
    latest: Observation
    previous: Observation | None
    last_year: Observation | None
    reasons: tuple[str, ...] = ()  # one per window quarter: a gap's words ('new measure'), or ''


@dataclass(frozen=True)
class ComparatorFacts:
    """A comparator's figures over the charted quarters (None: no figure, a gap)."""

    comparator: Comparator
    values: tuple[float | None, ...]  # one per window quarter

    @property
    def name(self) -> str:
        return self.comparator.name


@dataclass(frozen=True)
class Band:
    """The target and threshold in force for one charted quarter (KPIs only)."""

    target: float
    threshold: float


@dataclass(frozen=True)
class LateFigure:
    """A reported quarter with no figure yet: the page shows the quarters before it."""

    quarter: Quarter
    reason: str  # the cell's own words ('awaiting data'), or '' for none
    place: str  # the data file, and its row or cell

    @property
    def said(self) -> str:
        """'the figure for 2024/25 Q2 is not yet available (awaiting data)'"""
        words = f" ({self.reason})" if self.reason else ""
        return f"the figure for {self.quarter} is not yet available{words}"


@dataclass(frozen=True)
class IndicatorFacts:
    indicator: Indicator
    report_quarter: Quarter
    definition: YearDefinition  # in force in the report quarter's year: series, arrears, notes
    rated: YearDefinition  # in force for the latest value: the target it is rated against
    window: tuple[Quarter, ...]
    series: tuple[SeriesFacts, ...]
    bands: tuple[Band | None, ...]  # one per window quarter
    rag: Rag | None
    previous_rag: Rag | None
    limits: AxisLimits
    late: LateFigure | None = None  # the reported quarter's figure, not yet available
    # A cumulative KPI: what its latest figure is rated against (None: not rated).
    rated_against: Profiled | None = None
    comparators: tuple[ComparatorFacts, ...] = ()
    # The council's figure among every council's in the extract, where the definition
    # asks (position: true): for the latest charted quarter that both have figures for.
    position: tuple[Quarter, Position] | None = None
    # The council the report is of ('Kent County Council'): its own name in commentary
    # ('against Kent's 85%') binds a figure to this measure, not to a comparator
    organisation: str = ""

    def band_at(self, quarter: Quarter) -> Band | None:
        """The target and floor in force in a charted quarter (None: none, or not charted)."""
        return self.bands[self.window.index(quarter)] if quarter in self.window else None

    @cached_property
    def trend(self) -> Trend:
        """The direction of travel, worked out when first read: the statistics
        library loads only then, so a build's charts start without waiting for it.
        A cumulative measure's compares each quarter with the same quarter a year
        earlier."""
        if self.indicator.cumulative:
            return year_on_year(self.primary.values, self.indicator.polarity)
        return direction_of_travel(self.primary.values, self.indicator.polarity)

    @property
    def primary(self) -> SeriesFacts:
        return self.series[0]

    @property
    def latest_quarter(self) -> Quarter:
        return self.primary.latest.quarter

    @property
    def provisional_quarters(self) -> tuple[Quarter, ...]:
        flagged = {
            q for s in self.series for q, p in zip(self.window, s.provisional, strict=True) if p
        }
        return tuple(sorted(flagged))


def reportable_end(indicator: Indicator, dataset: Dataset, quarter: Quarter) -> Quarter:
    """The last quarter reported: a quarter earlier for a KPI in arrears, unless the
    report quarter already has a provisional figure."""
    definition = indicator.for_quarter(quarter)
    if definition is None or definition.arrears is None:
        return quarter
    primary = definition.series[0].id
    current = dataset.value(indicator.id, primary, quarter)
    if current is not None and current.provisional:
        return quarter
    return quarter.shift(-1)


def _band(indicator: Indicator, dataset: Dataset, series_id: str, quarter: Quarter) -> Band | None:
    """What a quarter of a KPI is rated against: a cumulative KPI's profiled target and
    threshold (`_profiled`), else its year's; None for an activity measure or a year
    with neither."""
    if indicator.cumulative:
        levels = _profiled(indicator, dataset, series_id, quarter)
        return Band(levels.target, levels.threshold) if levels else None
    year = indicator.for_quarter(quarter) or indicator.years[0]
    if indicator.is_kpi() and year.target is not None and year.threshold is not None:
        return Band(year.target, year.threshold)
    return None


def _profiled(
    indicator: Indicator, dataset: Dataset, series_id: str, quarter: Quarter
) -> Profiled | None:
    """A cumulative KPI's target and threshold for a quarter: the year's at Q4, else
    its profile's, else the same quarter's figure last year; None where none is known."""
    year = indicator.for_quarter(quarter) or indicator.years[0]
    if not indicator.is_kpi() or year.target is None or year.threshold is None:
        return None
    last_year = dataset.value(indicator.id, series_id, quarter.shift(-4))
    profile = year.profiled(quarter.quarter)
    if profile is None:  # the data's profile row, where the definition gives none
        profile = dataset.profile(indicator.id, quarter)
    return profiled_levels(
        quarter.quarter,
        target=year.target,
        threshold=year.threshold,
        profile=profile,
        last_year=last_year.value if last_year is not None else None,
        decimals=indicator.decimals,
    )


def _rate(indicator: Indicator, observation: Observation | None, band: Band | None) -> Rag | None:
    if observation is None or band is None:
        return None
    return rag(
        observation.value,
        target=band.target,
        threshold=band.threshold,
        polarity=indicator.polarity,
        decimals=indicator.decimals,
    )


def indicator_facts(
    report: Report,
    indicator: Indicator,
    dataset: Dataset,
    quarter: Quarter,
    data_name: str,
    compared: ComparatorFigures | None = None,
) -> IndicatorFacts:
    definition = indicator.for_quarter(quarter)
    if definition is None:
        raise InputError(
            f"{indicator.id} is not defined for {quarter.fy}",
            file=str(report.source),
            indicator=indicator.id,
            period=str(quarter),
        )
    end = reportable_end(indicator, dataset, quarter)
    late = _late(indicator, definition, dataset, end)
    if late is not None:
        end = _latest_complete(indicator, definition, dataset, end) or end
    observed = [o.quarter for o in dataset.for_indicator(indicator.id) if o.quarter <= end]
    if not observed:
        raise InputError(
            "no data up to this quarter",
            file=data_name,
            indicator=indicator.id,
            period=str(end),
            fix="Add rows for this indicator to the data",
        )
    first = max(min(observed), end.shift(-(report.chart_quarters - 1)))
    window = tuple(quarter_range(first, end))

    series_facts = []
    for series in definition.series:
        observations = [dataset.value(indicator.id, series.id, q) for q in window]
        latest = observations[-1]
        if latest is None:
            raise InputError(
                f"no value for series '{series.id}'",
                file=data_name,
                indicator=indicator.id,
                period=str(end),
                fix=f"Add a row for {indicator.id}, {end}, series '{series.id}'"
                + (" (it runs a quarter in arrears)" if end != quarter else ""),
            )
        series_facts.append(
            SeriesFacts(
                series=series,
                values=tuple(o.value if o else None for o in observations),
                provisional=tuple(bool(o and o.provisional) for o in observations),
                latest=latest,
                previous=dataset.value(indicator.id, series.id, end.shift(-1)),
                last_year=dataset.value(indicator.id, series.id, end.shift(-4)),
                reasons=tuple(
                    gap.reason if (gap := dataset.gap(indicator.id, series.id, q)) else ""
                    for q in window
                ),
            )
        )

    series_id = definition.series[0].id
    bands = [_band(indicator, dataset, series_id, q) for q in window]

    def rated(observation: Observation | None) -> Rag | None:
        if observation is None:
            return None
        return _rate(
            indicator, observation, _band(indicator, dataset, series_id, observation.quarter)
        )

    primary = series_facts[0]
    rag_now, previous_rag = rated(primary.latest), rated(primary.previous)
    rated_against = None
    if indicator.cumulative and primary.latest is not None:
        rated_against = _profiled(indicator, dataset, series_id, primary.latest.quarter)
    # The axis fits the values as shown, which the chart plots.
    decimals = indicator.decimals
    scale: list[float] = [
        round_half_up(v, decimals) for s in series_facts for v in s.values if v is not None
    ]
    scale += [b.target for b in bands if b] + [b.threshold for b in bands if b]
    comparators = _comparators(indicator, definition, window, compared)
    scale += [round_half_up(v, decimals) for c in comparators for v in c.values if v is not None]
    stacked = indicator.chart == "stacked"
    if stacked:
        scale = [
            sum(round_half_up(v, decimals) for s in series_facts if (v := s.values[i]) is not None)
            for i in range(len(window))
        ]
    return IndicatorFacts(
        indicator=indicator,
        report_quarter=quarter,
        definition=definition,
        rated=indicator.for_quarter(primary.latest.quarter) or indicator.years[0],
        window=window,
        series=tuple(series_facts),
        bands=tuple(bands),
        rag=rag_now,
        previous_rag=previous_rag,
        limits=axis_limits(scale, indicator.unit, stacked=stacked),
        late=late,
        rated_against=rated_against,
        comparators=comparators,
        position=_position(indicator, definition, primary, window, compared),
        organisation=report.organisation,
    )


def _comparators(
    indicator: Indicator,
    definition: YearDefinition,
    window: tuple[Quarter, ...],
    compared: ComparatorFigures | None,
) -> tuple[ComparatorFacts, ...]:
    """The comparators of the report quarter's year, over the charted quarters."""
    if compared is None:
        return ()
    found = []
    for comparator in definition.comparators:
        figures = compared.of(indicator.id, comparator)
        found.append(ComparatorFacts(comparator, tuple(figures.get(q) for q in window)))
    return tuple(found)


def _position(
    indicator: Indicator,
    definition: YearDefinition,
    primary: SeriesFacts,
    window: tuple[Quarter, ...],
    compared: ComparatorFigures | None,
) -> tuple[Quarter, Position] | None:
    """Where the council's figure stands among every other council's, for the latest
    charted quarter (up to its latest figure) the extract has councils' figures for."""
    ranked_by = definition.ranked_by
    if compared is None or ranked_by is None or indicator.polarity == "neutral":
        return None
    councils = compared.councils.get((indicator.id, ranked_by), {})
    for quarter, value in reversed(list(zip(window, primary.values, strict=True))):
        others = councils.get(quarter)
        if value is not None and others and quarter <= primary.latest.quarter:
            return quarter, position(value, others, indicator.polarity, indicator.decimals)
    return None


def _late(
    indicator: Indicator, definition: YearDefinition, dataset: Dataset, end: Quarter
) -> LateFigure | None:
    """The reported quarter's figure not yet available (its cell blank, or marked as
    having none), where an earlier quarter has one: it is noted, and the page shows the
    quarters before it. A row left out of a tidy file is refused, as a slip."""
    missing = [s for s in definition.series if dataset.value(indicator.id, s.id, end) is None]
    gaps = [dataset.gap(indicator.id, s.id, end) for s in missing]
    if not gaps or None in gaps or _latest_complete(indicator, definition, dataset, end) is None:
        return None
    gap = gaps[0]
    assert gap is not None
    return LateFigure(end, gap.reason, gap.place)


def _latest_complete(
    indicator: Indicator, definition: YearDefinition, dataset: Dataset, end: Quarter
) -> Quarter | None:
    """The latest quarter before `end` with a figure for every series."""
    quarters = sorted({o.quarter for o in dataset.for_indicator(indicator.id) if o.quarter < end})
    for quarter in reversed(quarters):
        if all(dataset.value(indicator.id, s.id, quarter) is not None for s in definition.series):
            return quarter
    return None


def typed_rag_warning(facts: IndicatorFacts, typed: TypedRag) -> str | None:
    """What a build says where the RAG a tracker's row gives is not the one the page shows:
    'data/tracker.xlsx, sheet KPIs, cell P6: H1: the tracker's RAG says Amber, but the
    definition rates 2024/25 Q3 RED, as the page shows; check its target and
    upper_threshold for 2024/25 in the definition, or the tracker's RAG'. Words that
    name no rating ('n/a', 'tbc'), and a measure the definition does not rate, say
    nothing."""
    said = typed.rag
    if said is None or facts.rag is None or said == facts.rag:
        return None
    quarter = facts.latest_quarter
    band = "floor" if facts.indicator.polarity == "higher" else "upper_threshold"
    return (
        f"{typed.place}: {facts.indicator.id}: the tracker's RAG says {typed.text.strip()}, "
        f"but the definition rates {quarter} {facts.rag}, as the page shows; check its "
        f"target and {band} for {quarter.fy} in the definition, or the tracker's RAG"
    )


def late_warning(facts: IndicatorFacts) -> str | None:
    """What a build says of a late figure: 'data/values.csv, row 7: TS1: the figure for
    2024/25 Q2 is not yet available; its page shows the figures up to 2024/25 Q1, rated
    on 2024/25 Q1'."""
    late = facts.late
    if late is None:
        return None
    shown = facts.latest_quarter
    rated = f", rated on {shown}" if facts.rag is not None else ""
    return (
        f"{late.place}: {facts.indicator.id}: {late.said}; its page shows the figures up to "
        f"{shown}{rated}"
    )
