"""Shared drawing steps: a figure on the Agg canvas, axes, tick format, PNG bytes."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

import matplotlib
import numpy as np
import png

matplotlib.use("Agg")

from matplotlib import font_manager
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import NullLocator
from matplotlib.transforms import blended_transform_factory, offset_copy

from generator.charts.spec import ChartSpec
from generator.rules import format_value

_MM_PER_INCH = 25.4
_registered: set[str] = set()

LINE_STYLES = {"solid": "-", "dashed": "--", "dashdot": "-.", "dotted": ":"}


def register_fonts(spec: ChartSpec) -> None:
    for path in spec.font_files:
        if path not in _registered:
            font_manager.fontManager.addfont(path)
            _registered.add(path)


def new_figure(spec: ChartSpec) -> tuple[Figure, Axes]:
    register_fonts(spec)
    figure = Figure(
        figsize=(spec.width_mm / _MM_PER_INCH, spec.height_mm / _MM_PER_INCH),
        dpi=spec.dpi,
        facecolor="white",
    )
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.set_facecolor("white")
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color(spec.grid_colour)
    axes.set_ylim(spec.y_low, spec.y_high)
    axes.set_xlim(-0.6, len(spec.x_labels) - 0.4)
    draw_axis_labels(figure, axes, spec)
    return figure, axes


TICK_PAD_PT = 3.5


def draw_axis_labels(figure: Figure, axes: Axes, spec: ChartSpec) -> None:
    """Gridlines and tick labels drawn as plain lines and text.

    Matplotlib's tick machinery makes five artists per tick and measures every
    label twice to place axis titles these charts do not have: two fifths of a
    chart's drawing time. The labels and gridlines look the same drawn directly.
    """
    for axis in (axes.xaxis, axes.yaxis):
        axis.set_major_locator(NullLocator())
    steps = round((spec.y_high - spec.y_low) / spec.y_step)
    levels = [spec.y_low + i * spec.y_step for i in range(steps + 1)]
    axes.hlines(
        levels[1:],
        *axes.get_xlim(),
        colors=spec.grid_colour,
        linewidth=0.6,
        zorder=0.5,
    )
    decimals = 0 if float(spec.y_step).is_integer() else 1
    text: dict[str, Any] = {"color": spec.text_colour, "fontsize": spec.font_size, "clip_on": False}
    left = offset_copy(
        blended_transform_factory(axes.transAxes, axes.transData),
        figure,
        x=-TICK_PAD_PT,
        units="points",
    )
    for level in levels:
        label = format_value(level, spec.unit, decimals)  # type: ignore[arg-type]
        axes.text(0, level, label, transform=left, ha="right", va="center", **text)
    below = offset_copy(
        blended_transform_factory(axes.transData, axes.transAxes),
        figure,
        y=-TICK_PAD_PT,
        units="points",
    )
    for position, quarter in enumerate(spec.x_labels):
        axes.text(
            position,
            0,
            quarter.replace(" ", "\n", 1),
            transform=below,
            ha="center",
            va="top",
            **text,
        )


def value_label(spec: ChartSpec, value: float) -> str:
    return format_value(value, spec.unit, spec.decimals)  # type: ignore[arg-type]


def label_box(fill: str = "white") -> dict[str, object]:
    """A small box behind a value label, so lines and hatching never cross the digits."""
    return {"boxstyle": "round,pad=0.12", "facecolor": fill, "edgecolor": "none", "alpha": 0.85}


LEGEND_CHARACTERS_PER_LINE = 110


def add_legend(axes: Axes, spec: ChartSpec, extra: Sequence[Artist] = ()) -> None:
    """A legend under the plot, in as many columns as the labels' length allows."""
    handles, labels = axes.get_legend_handles_labels()
    handles += list(extra)
    labels += [str(h.get_label()) for h in extra]
    widest = max((len(label) + 8 for label in labels), default=1)
    columns = max(1, min(len(labels), LEGEND_CHARACTERS_PER_LINE // widest))
    figure = axes.get_figure()
    assert isinstance(figure, Figure)
    legend = figure.legend(
        handles,
        labels,
        loc="lower center",
        bbox_to_anchor=(0.5, 0.005),
        ncols=columns,
        frameon=False,
        fontsize=spec.font_size,
        handlelength=2.6,
    )
    for text in legend.get_texts():
        text.set_color(spec.text_colour)
    rows = -(-len(labels) // columns)
    place_axes(figure, spec, legend_rows=rows)


POINTS_PER_INCH = 72.0


def place_axes(figure: Figure, spec: ChartSpec, legend_rows: int) -> None:
    """Fixed margins worked out from the labels, in place of a second layout pass.

    Room on the left for the longest y tick label, below for the two-line
    quarter labels and the legend rows, on the right for end-of-line labels.
    """
    width_pt = spec.width_mm / 25.4 * POINTS_PER_INCH
    height_pt = spec.height_mm / 25.4 * POINTS_PER_INCH
    decimals = 0 if float(spec.y_step).is_integer() else 1  # as the labels are drawn
    ticks = [
        format_value(spec.y_low + i * spec.y_step, spec.unit, decimals)  # type: ignore[arg-type]
        for i in range(round((spec.y_high - spec.y_low) / spec.y_step) + 1)
    ]
    longest = max((len(t) for t in ticks), default=4)
    line = spec.font_size * 1.25
    left = longest * spec.font_size * 0.62 + 10
    right = 40.0 if spec.kind == "activity" and len(spec.series) > 1 else 10.0
    bottom = 2 * line + 10 + legend_rows * (line + 2) + 4
    top = spec.font_size + 4
    figure.subplots_adjust(
        left=left / width_pt,
        right=1 - right / width_pt,
        bottom=bottom / height_pt,
        top=1 - top / height_pt,
    )


def to_png(figure: Figure, spec: ChartSpec) -> bytes:
    """RGB PNG bytes (no alpha channel, no timestamp): the same spec gives the same bytes.

    Rows are stored unfiltered: charts are mostly flat colour, which zlib packs
    as well as filtered rows, and Pillow's adaptive filtering took two thirds
    of the encoding time.
    """
    canvas = figure.canvas
    assert isinstance(canvas, FigureCanvasAgg)
    canvas.draw()  # type: ignore[no-untyped-call]
    width, height = canvas.get_width_height()
    rgb = np.asarray(canvas.buffer_rgba())[:, :, :3].tobytes()  # type: ignore[no-untyped-call]
    stride = width * 3
    rows = (memoryview(rgb)[y * stride : (y + 1) * stride] for y in range(height))
    pixels_per_metre = round(spec.dpi / _MM_PER_INCH * 1000)
    writer = png.Writer(
        width,
        height,
        greyscale=False,
        compression=3,
        x_pixels_per_unit=pixels_per_metre,
        y_pixels_per_unit=pixels_per_metre,
        unit_is_meter=True,
    )
    buffer = io.BytesIO()
    writer.write_packed(buffer, rows)
    return buffer.getvalue()
