"""Stacked bars, for series that are shares of a whole: each series in its
house colour and a hatch, so the parts differ by more than colour."""

from __future__ import annotations

from generator.charts.common import add_legend, label_box, new_figure, to_png, value_label
from generator.charts.spec import ChartSpec
from generator.style import contrast_ratio


def label_colour(fill: str, spec: ChartSpec) -> str:
    """White or the text colour, whichever reads better on the bar."""
    white = "#FFFFFF"
    return (
        white
        if contrast_ratio(fill, white) >= contrast_ratio(fill, spec.text_colour)
        else (spec.text_colour)
    )


def render(spec: ChartSpec) -> bytes:
    figure, axes = new_figure(spec)
    xs = list(range(len(spec.x_labels)))
    bottoms = [0.0] * len(xs)
    for series in spec.series:
        heights = [v or 0.0 for v in series.values]
        bars = axes.bar(
            xs,
            heights,
            bottom=bottoms,
            color=series.colour,
            hatch=series.hatch,
            edgecolor="white",
            linewidth=0.8,
            width=0.7,
            label=series.label,
        )
        for bar, height, bottom in zip(bars, heights, bottoms, strict=True):
            if height >= (spec.y_high - spec.y_low) * 0.08:
                axes.text(
                    bar.get_x() + bar.get_width() / 2,
                    bottom + height / 2,
                    value_label(spec, height),
                    ha="center",
                    va="center",
                    fontsize=spec.font_size - 1,
                    color=label_colour(series.colour, spec),
                    fontweight="bold",
                    bbox=label_box(series.colour),
                )
        bottoms = [b + h for b, h in zip(bottoms, heights, strict=True)]
    add_legend(axes, spec)
    return to_png(figure, spec)
