"""What a chart builder needs, as plain picklable values.

A `ChartSpec` is made from an indicator's facts and the house style in the
parent process and sent to worker processes, which draw it. Its hash keys
the chart cache: equal specs draw equal pictures.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING

from generator.content.period_words import quarter_short
from generator.content.unit_words import axis_words
from generator.core.cumulative import year_starts
from generator.core.messages import Messages, default_messages
from generator.core.rules import axis_limits, round_half_up
from generator.core.vocabulary import ChartKind, Unit
from generator.read.fonts import body_font

if TYPE_CHECKING:
    from generator.content.facts import IndicatorFacts
    from generator.content.spc_view import SpcView
    from generator.read.style import Style


@dataclass(frozen=True)
class SeriesSpec:
    label: str
    values: tuple[float | None, ...]
    provisional: tuple[bool, ...]
    colour: str
    marker: str
    line: str
    hatch: str


@dataclass(frozen=True)
class BandSpec:
    """Target and threshold per quarter (None where not in force)."""

    targets: tuple[float | None, ...]
    thresholds: tuple[float | None, ...]
    threshold_label: str  # "Floor threshold" or "Upper threshold"
    band_label: str  # "AMBER range: floor to target"


@dataclass(frozen=True)
class SpcSpec:
    """An XmR chart's lines and each point's variation (generator/core/spc.py)."""

    mean: tuple[float | None, ...]
    lower: tuple[float | None, ...]
    upper: tuple[float | None, ...]
    # Per point: its kind (improving, concerning, higher, lower, common) or "" for none.
    variation: tuple[str, ...]
    rebase: int | None  # the point from which the limits start again
    # Per kind of point: (legend words, colour, marker); and the lines' legend words.
    points: tuple[tuple[str, str, str, str], ...]
    mean_label: str
    limits_label: str
    rebase_label: str


@dataclass(frozen=True)
class ChartSpec:
    kind: ChartKind
    name: str
    x_labels: tuple[str, ...]
    series: tuple[SeriesSpec, ...]
    band: BandSpec | None
    y_low: float
    y_high: float
    y_step: float
    unit: Unit
    decimals: int
    axis_label: str  # the value axis's unit in words: "%", "per 100,000", "£ a week"
    width_mm: float
    height_mm: float
    dpi: int
    font_family: str
    font_files: tuple[str, ...]
    font_size: float
    text_colour: str
    grid_colour: str
    target_colour: str
    target_line: str
    target_width: float
    band_colour: str
    band_alpha: float
    provisional_face: str
    provisional_line: str
    threshold_colour: str
    threshold_line: str
    threshold_width: float
    # Where a new financial year starts in the window, for figures for the year to date:
    # the line is not joined across them (one line per year).
    year_starts: tuple[int, ...] = ()
    spc: SpcSpec | None = None  # an SPC (XmR) chart's lines and points
    # Comparators' lines (England, the region, neighbours): no labels, no provisional.
    comparators: tuple[SeriesSpec, ...] = ()
    # The legend's words for the target line and a provisional figure's marker.
    target_label: str = ""
    provisional_label: str = ""
    # The decimal sign and thousands separator of its figures (the edition's language).
    number_signs: tuple[str, str] = (".", ",")

    def cache_key(self) -> str:
        fields = asdict(self)
        if fields["spc"] is None:
            del fields["spc"]  # charts drawn before SPC keep their cache keys
        if not fields["comparators"]:
            del fields["comparators"]  # and those drawn before comparators
        if tuple(fields["number_signs"]) == (".", ","):
            del fields["number_signs"]  # nor those in English figures
        english = default_messages()  # charts in the catalogue's English keep theirs too
        for name, key in (("target_label", "target"), ("provisional_label", "provisional")):
            if fields[name] == english.text(f"chart.legend.{key}"):
                del fields[name]
        payload = json.dumps(fields, sort_keys=True, default=str)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def band_words(floor: bool, messages: Messages | None = None) -> str:
    """What the shaded band means, for the legend."""
    m = messages if messages is not None else default_messages()
    return m.text("chart.legend.band_floor" if floor else "chart.legend.band_upper")


def shown(value: float, decimals: int) -> float:
    """A value as the appendix prints it: charts plot this, so a point never sits on
    the other side of a target line from the figure its label and the table give."""
    return round_half_up(value, decimals)


def chart_spec(facts: IndicatorFacts, style: Style, messages: Messages | None = None) -> ChartSpec:
    """The drawing instructions for an indicator's chart, in the house style."""
    m = messages if messages is not None else default_messages()
    indicator = facts.indicator
    kind: ChartKind = (
        "stacked" if indicator.chart == "stacked" else "kpi" if indicator.is_kpi() else "activity"
    )
    series = tuple(
        SeriesSpec(
            label=s.series.label[:1].upper() + s.series.label[1:],
            values=tuple(None if v is None else shown(v, indicator.decimals) for v in s.values),
            provisional=s.provisional,
            colour=style.series[i].colour,
            marker=style.series[i].marker,
            line=style.series[i].line,
            hatch=style.series[i].hatch,
        )
        for i, s in enumerate(facts.series)
    )
    band = None
    floor = facts.rated.floor is not None
    if any(facts.bands):
        band = BandSpec(
            targets=tuple(b.target if b else None for b in facts.bands),
            thresholds=tuple(b.threshold if b else None for b in facts.bands),
            threshold_label=m.text("chart.legend.floor" if floor else "chart.legend.upper"),
            band_label=band_words(floor, m),
        )
    # The PDF's body font: the template's (or what stands in for it), else the house font.
    font = body_font(style)
    fonts = font.files
    return ChartSpec(
        kind=kind,
        name=f"{indicator.id.lower()}-chart",
        x_labels=tuple(quarter_short(q, m) for q in facts.window),
        series=series,
        band=band,
        y_low=facts.limits.low,
        y_high=facts.limits.high,
        y_step=facts.limits.step,
        unit=indicator.unit,
        decimals=indicator.decimals,
        axis_label=axis_words(indicator, m),
        width_mm=style.chart.width_mm,
        height_mm=style.chart.height_mm,
        dpi=style.chart.dpi,
        font_family=font.used,
        font_files=tuple(str(p) for p in (fonts.regular, fonts.bold)),
        font_size=style.size("chart_text"),
        text_colour=style.colour("text"),
        grid_colour=style.chart.grid,
        target_colour=style.chart.target_colour,
        target_line=style.chart.target_line,
        target_width=style.chart.target_width,
        band_colour=style.chart.band_colour,
        band_alpha=style.chart.band_alpha,
        provisional_face=style.chart.provisional_marker_face,
        provisional_line=style.chart.provisional_line,
        threshold_colour=style.chart.threshold_colour,
        threshold_line=style.chart.threshold_line,
        threshold_width=style.chart.threshold_width,
        year_starts=year_starts([q.quarter for q in facts.window]) if indicator.cumulative else (),
        comparators=tuple(
            SeriesSpec(
                label=c.name,
                values=tuple(None if v is None else shown(v, indicator.decimals) for v in c.values),
                provisional=(False,) * len(c.values),
                colour=style.comparators[i].colour,
                marker=style.comparators[i].marker,
                line=style.comparators[i].line,
                hatch="",
            )
            for i, c in enumerate(facts.comparators)
        ),
        target_label=m.text("chart.legend.target"),
        provisional_label=m.text("chart.legend.provisional"),
        number_signs=(m.decimal, m.group),
    )


# Each kind of point's series colour and marker (the house style's series, in order):
# improving the first, concerning the second, common cause the third, and a special
# cause with no better way the fourth. Markers differ as well as colours.
_SPC_POINTS = (("improving", 0, "^"), ("concerning", 1, "v"), ("common", 2, "o"))
_SPC_NEUTRAL = (("higher", 3, "^"), ("lower", 3, "v"))


def spc_chart_spec(
    facts: IndicatorFacts, view: SpcView, style: Style, messages: Messages | None = None
) -> ChartSpec:
    """The drawing instructions for an indicator's SPC (XmR) chart, in the house style:
    the figures, the mean and process limits (clipped to the axis), each point by kind."""
    from generator.content.spc_view import spc_words

    SPC_WORDS = spc_words(messages)

    base = chart_spec(facts, style, messages)
    result = view.result
    decimals = facts.indicator.decimals
    percent = facts.indicator.unit == "percent"
    figures = [v for v in facts.primary.values if v is not None]
    floor = 0.0 if min(figures) >= 0 else None

    def clipped(value: float | None) -> float | None:
        if value is None:
            return None
        if floor is not None:
            value = max(value, floor)
        return min(value, 100.0) if percent else value

    lower = tuple(clipped(v) for v in result.lower)
    upper = tuple(clipped(v) for v in result.upper)
    scale = [shown(v, decimals) for v in figures]
    scale += [v for v in (*lower, *upper, *result.mean) if v is not None]
    limits = axis_limits(scale, facts.indicator.unit)
    kinds = _SPC_POINTS if facts.indicator.polarity != "neutral" else _SPC_NEUTRAL + _SPC_POINTS[2:]
    points = tuple(
        (kind, SPC_WORDS[kind], style.series[colour].colour, marker)
        for kind, colour, marker in kinds
    )
    primary = base.series[0]
    return replace(
        base,
        kind="spc",
        name=f"{facts.indicator.id.lower()}-spc-chart",
        series=(replace(primary, colour=style.colour("text"), marker="", line="solid"),),
        band=None,
        y_low=limits.low,
        y_high=limits.high,
        y_step=limits.step,
        year_starts=(),
        comparators=(),
        spc=SpcSpec(
            mean=result.mean,
            lower=lower,
            upper=upper,
            variation=tuple(v or "" for v in result.variation),
            rebase=view.rebase,
            points=points,
            mean_label=SPC_WORDS["mean"],
            limits_label=SPC_WORDS["trial" if view.trial else "limits"],
            rebase_label=SPC_WORDS["rebase"],
        ),
    )
