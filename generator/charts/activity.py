"""Activity chart: one to four series as lines in the house colours, each with
its own marker and line style, a legend, and the latest value labelled."""

from __future__ import annotations

from generator.charts.common import add_legend, new_figure, to_png, value_label
from generator.charts.kpi import draw_series_line
from generator.charts.spec import ChartSpec


def render(spec: ChartSpec) -> bytes:
    figure, axes = new_figure(spec)
    single = len(spec.series) == 1
    for series in spec.series:
        draw_series_line(axes, spec, series, labels=single)
        if not single:
            last = max((i for i, v in enumerate(series.values) if v is not None), default=None)
            if last is not None:
                value = series.values[last]
                assert value is not None
                axes.annotate(
                    value_label(spec, value),
                    (last, value),
                    textcoords="offset points",
                    xytext=(6, 0),
                    va="center",
                    fontsize=spec.font_size - 1,
                    color=series.colour,
                )
    add_legend(axes, spec)
    return to_png(figure, spec)
