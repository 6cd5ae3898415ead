"""KPI chart: the value as a line with markers and labels, the target as a line
in the house style's target style and the band between threshold and target
shaded, both stepping where the year's definition changes; provisional points
drawn open."""

from __future__ import annotations

from matplotlib.artist import Artist
from matplotlib.cbook import STEP_LOOKUP_MAP
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from generator.charts.common import (
    LINE_STYLES,
    MARKER_SIZE_PT,
    SERIES_WIDTH_PT,
    Frame,
    finish,
    new_figure,
    value_label,
)
from generator.charts.layout import Candidate, priority
from generator.content.chart_spec import BandSpec, ChartSpec, SeriesSpec

PROVISIONAL_WIDTH_PT = 1.5
COMPARATOR_WIDTH_PT = 1.4  # thinner than the council's own line, which leads


def _steps(values: tuple[float | None, ...]) -> tuple[list[float], list[float]]:
    """Edges and values for a step line across each quarter's width."""
    edges = [i - 0.5 for i in range(len(values) + 1)]
    filled = [v if v is not None else float("nan") for v in values]
    return edges, [*filled, filled[-1]]


def _step_line(
    frame: Frame,
    edges: list[float],
    values: list[float],
    colour: str,
    line: str,
    width: float,
    label: str,
) -> None:
    """A target or threshold: a stepped line, kept clear of labels like any other."""
    frame.axes.step(
        edges,
        values,
        where="post",
        color=colour,
        linestyle=LINE_STYLES[line],
        linewidth=width,
        label=label,
    )
    xs, ys = STEP_LOOKUP_MAP["steps-post"](edges, values)
    frame.add_line(xs, ys, width)


def draw_band(frame: Frame, band: BandSpec) -> list[Artist]:
    """Draw the shaded band and the target line; return the band's legend handle."""
    axes, spec = frame.axes, frame.spec
    edges, targets = _steps(band.targets)
    _, thresholds = _steps(band.thresholds)
    axes.fill_between(
        edges,
        thresholds,
        targets,
        step="post",
        color=spec.band_colour,
        alpha=spec.band_alpha,
        linewidth=0,
    )
    _step_line(
        frame,
        edges,
        targets,
        spec.target_colour,
        spec.target_line,
        spec.target_width,
        spec.target_label,
    )
    _step_line(
        frame,
        edges,
        thresholds,
        spec.threshold_colour,
        spec.threshold_line,
        spec.threshold_width,
        band.threshold_label,
    )
    if all(t == h for t, h in zip(band.targets, band.thresholds, strict=True)):
        return []  # target and threshold the same throughout: no AMBER range to name
    return [Patch(facecolor=spec.band_colour, alpha=spec.band_alpha, label=band.band_label)]


def split_years(
    xs: list[float], ys: list[float], starts: tuple[int, ...]
) -> tuple[list[float], list[float]]:
    """The points with a break (an undefined point half-way) before each place a new
    financial year starts: a year-to-date line is drawn one year at a time."""
    if not starts:
        return xs, ys
    out_x: list[float] = []
    out_y: list[float] = []
    for i, (x, y) in enumerate(zip(xs, ys, strict=True)):
        if i in starts:
            out_x.append(x - 0.5)
            out_y.append(float("nan"))
        out_x.append(x)
        out_y.append(y)
    return out_x, out_y


def draw_series_line(frame: Frame, series: SeriesSpec) -> None:
    axes, spec = frame.axes, frame.spec
    xs: list[float] = list(range(len(series.values)))
    nan = float("nan")
    firm = [
        v if v is not None and not p else nan
        for v, p in zip(series.values, series.provisional, strict=True)
    ]
    # The last firm point joins the provisional ones with a dotted line.
    provisional = [v if v is not None else nan for v in series.values]
    for i, p in enumerate(series.provisional):
        if not p and not (i + 1 < len(series.provisional) and series.provisional[i + 1]):
            provisional[i] = nan
    line_xs, firm_line = split_years(xs, firm, spec.year_starts)
    axes.plot(
        line_xs,
        firm_line,
        color=series.colour,
        marker=series.marker,
        markersize=MARKER_SIZE_PT,
        linewidth=SERIES_WIDTH_PT,
        linestyle=LINE_STYLES[series.line],
        label=series.label,
    )
    frame.add_line(line_xs, firm_line, SERIES_WIDTH_PT)
    frame.markers += [(x, v) for x, v in zip(xs, series.values, strict=True) if v is not None]
    if any(series.provisional):
        dotted_xs, dotted = split_years(xs, provisional, spec.year_starts)
        axes.plot(
            dotted_xs,
            dotted,
            color=series.colour,
            linewidth=PROVISIONAL_WIDTH_PT,
            linestyle=LINE_STYLES[spec.provisional_line],
        )
        frame.add_line(dotted_xs, dotted, PROVISIONAL_WIDTH_PT)
        open_points = [
            v if v is not None and p else nan
            for v, p in zip(series.values, series.provisional, strict=True)
        ]
        axes.plot(
            xs,
            open_points,
            color=series.colour,
            marker=series.marker,
            markersize=MARKER_SIZE_PT,
            markerfacecolor=spec.provisional_face,
            linestyle="none",
            label=spec.provisional_label,
        )


def draw_comparator(frame: Frame, comparator: SeriesSpec) -> None:
    """A comparator's line: its own line style and markers, broken where it has no
    figure (a lone figure between gaps is its marker alone); never labelled."""
    xs: list[float] = list(range(len(comparator.values)))
    ys = [v if v is not None else float("nan") for v in comparator.values]
    frame.axes.plot(
        xs,
        ys,
        color=comparator.colour,
        marker=comparator.marker,
        markersize=MARKER_SIZE_PT,
        linewidth=COMPARATOR_WIDTH_PT,
        linestyle=LINE_STYLES[comparator.line],
        label=comparator.label,
        zorder=1.9,
    )
    frame.add_line(xs, ys, COMPARATOR_WIDTH_PT)
    frame.markers += [(x, v) for x, v in zip(xs, comparator.values, strict=True) if v is not None]


def point_labels(frame: Frame) -> None:
    """Every point may be labelled; the layout keeps as many as fit, best first."""
    spec = frame.spec
    count = len(spec.series)
    for s, series in enumerate(spec.series):
        for i, rank in priority(series.values).items():
            value = series.values[i]
            assert value is not None
            frame.candidates.append(
                Candidate(
                    value_label(spec, value),
                    i,
                    value,
                    spec.text_colour,
                    rank * count + s,
                    latest=rank == 0,
                )
            )


def draw(spec: ChartSpec) -> Figure:
    frame = new_figure(spec)
    if spec.band is not None:
        frame.legend_extra += draw_band(frame, spec.band)
    for series in spec.series:
        draw_series_line(frame, series)
    for comparator in spec.comparators:  # after in the legend, beneath on the page
        draw_comparator(frame, comparator)
    point_labels(frame)
    return finish(frame)
