"""Activity chart: one to four series as lines in the house colours, each with
its own marker and line style, a legend, and the latest value labelled."""

from __future__ import annotations

from matplotlib.figure import Figure

from generator.charts.common import finish, new_figure, value_label
from generator.charts.kpi import draw_series_line, point_labels
from generator.charts.layout import Candidate
from generator.content.chart_spec import ChartSpec
from generator.read.style import hex_to_rgb, readable_on


def darker_ground(spec: ChartSpec) -> str:
    """The darker of the grounds chart text may sit on: white, or the shaded band.
    Dark text that reads on it reads on white too."""
    alpha = spec.band_alpha
    rgb = [round((alpha * c + (1 - alpha)) * 255) for c in hex_to_rgb(spec.band_colour)]
    return "#" + "".join(f"{c:02X}" for c in rgb)


def draw(spec: ChartSpec) -> Figure:
    frame = new_figure(spec)
    for series in spec.series:
        draw_series_line(frame, series)
    if len(spec.series) == 1:
        point_labels(frame)
        return finish(frame)
    frame.end_labels = True
    for s, series in enumerate(spec.series):
        last = max((i for i, v in enumerate(series.values) if v is not None), default=None)
        if last is not None:
            value = series.values[last]
            assert value is not None
            colour = readable_on(series.colour, darker_ground(spec))
            frame.candidates.append(
                Candidate(value_label(spec, value), last, value, colour, s, end=True, latest=True)
            )
    return finish(frame)
