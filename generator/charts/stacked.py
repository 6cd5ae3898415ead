"""Stacked bars, for series that are shares of a whole: each series in its
house colour and a hatch, so the parts differ by more than colour."""

from __future__ import annotations

from matplotlib.figure import Figure

from generator.charts.common import finish, label_box, measure, new_figure, value_label
from generator.content.chart_spec import ChartSpec
from generator.read.style import contrast_ratio

BAR_WIDTH = 0.7


def label_colour(fill: str, spec: ChartSpec) -> str:
    """White or the text colour, whichever reads better on the bar."""
    white = "#FFFFFF"
    return (
        white
        if contrast_ratio(fill, white) >= contrast_ratio(fill, spec.text_colour)
        else (spec.text_colour)
    )


def draw(spec: ChartSpec) -> Figure:
    frame = new_figure(spec)
    axes = frame.axes
    xs = list(range(len(spec.x_labels)))
    bottoms = [0.0] * len(xs)
    segments = []
    for series in spec.series:
        heights = [v or 0.0 for v in series.values]
        axes.bar(
            xs,
            heights,
            bottom=bottoms,
            color=series.colour,
            hatch=series.hatch,
            edgecolor="white",
            linewidth=0.8,
            width=BAR_WIDTH,
            label=series.label,
        )
        segments += [
            (x, b, h, series.colour) for x, b, h in zip(xs, bottoms, heights, strict=True) if h > 0
        ]
        bottoms = [b + h for b, h in zip(bottoms, heights, strict=True)]
    figure = finish(frame)
    # A share is labelled inside its bar where the measured label fits there.
    to_pixels = axes.transData.transform
    pad = frame.px(spec.font_size * 0.12) + 1
    for x, bottom, height, colour in segments:
        text = value_label(spec, height)
        w, h = measure(frame, text, "bold")
        low, high = max(bottom, spec.y_low), min(bottom + height, spec.y_high)  # as drawn
        (x0, y0), (x1, y1) = to_pixels([(x - BAR_WIDTH / 2, low), (x + BAR_WIDTH / 2, high)])
        if w + 2 * pad <= x1 - x0 and h + 2 * pad <= y1 - y0:
            artist = axes.text(
                x,
                (low + high) / 2,
                text,
                ha="center",
                va="center",
                fontsize=spec.font_size,
                color=label_colour(colour, spec),
                fontweight="bold",
                bbox=label_box(colour),
            )
            artist.set_gid("value")
    return figure
