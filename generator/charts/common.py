"""Shared drawing steps: a figure on the Agg canvas, axes, tick format, PNG bytes."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence

import matplotlib

matplotlib.use("Agg")

from matplotlib import font_manager
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MultipleLocator
from PIL import Image

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
    axes.tick_params(colors=spec.text_colour, labelsize=spec.font_size, length=0)
    axes.grid(axis="y", color=spec.grid_colour, linewidth=0.6)
    axes.set_axisbelow(True)
    axes.set_ylim(spec.y_low, spec.y_high)
    axes.yaxis.set_major_locator(MultipleLocator(spec.y_step))
    axes.yaxis.set_major_formatter(FuncFormatter(tick_formatter(spec)))
    positions = list(range(len(spec.x_labels)))
    axes.set_xticks(positions, [label.replace(" ", "\n", 1) for label in spec.x_labels])
    axes.set_xlim(-0.6, len(spec.x_labels) - 0.4)
    return figure, axes


def tick_formatter(spec: ChartSpec) -> Callable[[float, object], str]:
    decimals = 0 if float(spec.y_step).is_integer() else 1

    def label(value: float, _position: object) -> str:
        return format_value(value, spec.unit, decimals)  # type: ignore[arg-type]

    return label


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
    legend = axes.legend(
        handles,
        labels,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.16),
        ncols=columns,
        frameon=False,
        fontsize=spec.font_size,
        handlelength=2.6,
    )
    for text in legend.get_texts():
        text.set_color(spec.text_colour)


def to_png(figure: Figure, spec: ChartSpec) -> bytes:
    """RGB PNG bytes (no alpha channel, no timestamp): the same spec gives the same bytes."""
    figure.tight_layout(pad=0.4)
    canvas = figure.canvas
    assert isinstance(canvas, FigureCanvasAgg)
    canvas.draw()  # type: ignore[no-untyped-call]
    rgba = canvas.buffer_rgba()  # type: ignore[no-untyped-call]
    image = Image.frombuffer("RGBA", canvas.get_width_height(), rgba, "raw", "RGBA", 0, 1)
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="PNG", dpi=(spec.dpi, spec.dpi))
    figure.clear()
    return buffer.getvalue()
