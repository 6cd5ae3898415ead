"""SPC (XmR) chart: the figures joined by a thin line, the mean and the process limits
(stepping where the limits start again, which a vertical line marks), and each point
drawn by its variation: its own colour and marker shape for improving, concerning
and common cause (higher and lower for a measure with no better way)."""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from generator.charts.common import (
    LINE_STYLES,
    MARKER_SIZE_PT,
    Frame,
    finish,
    new_figure,
)
from generator.charts.kpi import point_labels
from generator.content.chart_spec import ChartSpec, SpcSpec

LINE_WIDTH_PT = 1.2
LIMIT_WIDTH_PT = 1.2
POINT_SIZE_PT = MARKER_SIZE_PT + 1.5


def _step(frame: Frame, values: tuple[float | None, ...], line: str, colour: str) -> None:
    """A per-point level drawn across each point's width, broken where it has none."""
    nan = float("nan")
    xs: list[float] = []
    ys: list[float] = []
    for i, value in enumerate(values):
        if i and values[i - 1] != value:
            xs.append(i - 0.5)
            ys.append(nan)
        xs += [i - 0.5, i + 0.5]
        ys += [nan if value is None else value] * 2
    frame.axes.plot(xs, ys, color=colour, linestyle=LINE_STYLES[line], linewidth=LIMIT_WIDTH_PT)
    frame.add_line(xs, ys, LIMIT_WIDTH_PT)


def _lines(frame: Frame, spc: SpcSpec) -> list[Line2D]:
    spec = frame.spec
    _step(frame, spc.mean, "solid", spec.target_colour)
    _step(frame, spc.upper, spec.threshold_line, spec.threshold_colour)
    _step(frame, spc.lower, spec.threshold_line, spec.threshold_colour)
    handles = [
        Line2D([], [], color=spec.target_colour, linewidth=LIMIT_WIDTH_PT, label=spc.mean_label),
        Line2D(
            [],
            [],
            color=spec.threshold_colour,
            linestyle=LINE_STYLES[spec.threshold_line],
            linewidth=LIMIT_WIDTH_PT,
            label=spc.limits_label,
        ),
    ]
    if spc.rebase is not None:
        frame.axes.axvline(
            spc.rebase - 0.5,
            color=spec.text_colour,
            linestyle=LINE_STYLES["dotted"],
            linewidth=LIMIT_WIDTH_PT,
        )
        frame.add_line([spc.rebase - 0.5] * 2, [spec.y_low, spec.y_high], LIMIT_WIDTH_PT)
        handles.append(
            Line2D(
                [],
                [],
                color=spec.text_colour,
                linestyle=LINE_STYLES["dotted"],
                linewidth=LIMIT_WIDTH_PT,
                label=spc.rebase_label,
            )
        )
    return handles


def _points(frame: Frame, spc: SpcSpec) -> list[Line2D]:
    """Each point in its kind's colour and shape; a legend entry for each kind shown."""
    series = frame.spec.series[0]
    nan = float("nan")
    xs = list(range(len(series.values)))
    frame.axes.plot(
        xs,
        [nan if v is None else v for v in series.values],
        color=series.colour,
        linewidth=LINE_WIDTH_PT,
        label=series.label,
    )
    frame.add_line(xs, [nan if v is None else v for v in series.values], LINE_WIDTH_PT)
    handles: list[Line2D] = []
    for kind, words, colour, marker in spc.points:
        ys = [
            v if v is not None and k == kind else nan
            for v, k in zip(series.values, spc.variation, strict=True)
        ]
        if all(y != y for y in ys):
            continue
        frame.axes.plot(
            xs,
            ys,
            color=colour,
            marker=marker,
            markersize=POINT_SIZE_PT,
            linestyle="none",
        )
        handles.append(
            Line2D(
                [],
                [],
                color=colour,
                marker=marker,
                markersize=POINT_SIZE_PT,
                linestyle="none",
                label=words,
            )
        )
    frame.markers += [(x, v) for x, v in zip(xs, series.values, strict=True) if v is not None]
    return handles


def draw(spec: ChartSpec) -> Figure:
    frame = new_figure(spec)
    if spec.spc is not None:
        frame.legend_extra += _lines(frame, spec.spc)
        frame.legend_extra += _points(frame, spec.spc)
    point_labels(frame)
    return finish(frame)
