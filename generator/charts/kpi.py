"""KPI chart: the value as a line with markers and labels, the target as a dotted
line and the band between threshold and target shaded, both stepping where the
year's definition changes; provisional points drawn open."""

from __future__ import annotations

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.patches import Patch

from generator.charts.common import (
    LINE_STYLES,
    add_legend,
    new_figure,
    to_png,
    value_label,
)
from generator.charts.spec import BandSpec, ChartSpec, SeriesSpec


def _steps(values: tuple[float | None, ...]) -> tuple[list[float], list[float]]:
    """Edges and values for a step line across each quarter's width."""
    edges = [i - 0.5 for i in range(len(values) + 1)]
    filled = [v if v is not None else float("nan") for v in values]
    return edges, [*filled, filled[-1]]


def draw_band(axes: Axes, spec: ChartSpec, band: BandSpec) -> list[Artist]:
    """Draw the shaded band and the dotted target; return the band's legend handle."""
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
    axes.step(
        edges,
        targets,
        where="post",
        color=spec.target_colour,
        linestyle=LINE_STYLES[spec.target_line],
        linewidth=spec.target_width,
        label="Target",
    )
    return [Patch(facecolor=spec.band_colour, alpha=spec.band_alpha, label=band.threshold_label)]


def draw_series_line(axes: Axes, spec: ChartSpec, series: SeriesSpec, labels: bool) -> None:
    xs = list(range(len(series.values)))
    firm = [
        v if v is not None and not p else None
        for v, p in zip(series.values, series.provisional, strict=True)
    ]
    # The last firm point joins the provisional ones with a dotted line.
    provisional = list(series.values)
    for i, p in enumerate(series.provisional):
        if not p and not (i + 1 < len(series.provisional) and series.provisional[i + 1]):
            provisional[i] = None
    nan = float("nan")
    axes.plot(
        xs,
        [v if v is not None else nan for v in firm],
        color=series.colour,
        marker=series.marker,
        markersize=5,
        linewidth=2,
        linestyle=LINE_STYLES[series.line],
        label=series.label,
    )
    if any(series.provisional):
        axes.plot(
            xs,
            [v if v is not None else nan for v in provisional],
            color=series.colour,
            linewidth=1.5,
            linestyle=LINE_STYLES[spec.provisional_line],
        )
        open_points = [
            v if v is not None and p else nan
            for v, p in zip(series.values, series.provisional, strict=True)
        ]
        axes.plot(
            xs,
            open_points,
            color=series.colour,
            marker=series.marker,
            markersize=5,
            markerfacecolor=spec.provisional_face,
            linestyle="none",
            label="Provisional",
        )
    if labels:
        for x, value in zip(xs, series.values, strict=True):
            if value is not None:
                above = label_above(spec, x, value)
                axes.annotate(
                    value_label(spec, value),
                    (x, value),
                    textcoords="offset points",
                    xytext=(0, 6 if above else -7),
                    ha="center",
                    va="bottom" if above else "top",
                    fontsize=spec.font_size - 1,
                    color=spec.text_colour,
                )


def label_above(spec: ChartSpec, x: int, value: float) -> bool:
    """A value label goes above its point unless the target or threshold line would
    run through it there (a box behind every label costs a third of the drawing time)."""
    if spec.band is None:
        return True
    plot_height_pt = spec.height_mm / 25.4 * 72 * 0.6  # the plot area's share of the figure
    per_point = (spec.y_high - spec.y_low) / plot_height_pt
    low, high = value + 4 * per_point, value + (6 + spec.font_size + 2) * per_point
    lines = (spec.band.targets[x], spec.band.thresholds[x])
    return not any(line is not None and low <= line <= high for line in lines)


def render(spec: ChartSpec) -> bytes:
    figure, axes = new_figure(spec)
    extra = draw_band(axes, spec, spec.band) if spec.band is not None else []
    for series in spec.series:
        draw_series_line(axes, spec, series, labels=True)
    add_legend(axes, spec, extra=extra)
    return to_png(figure, spec)
