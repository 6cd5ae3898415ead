"""Shared drawing steps: a figure on the Agg canvas, axes, tick format, PNG bytes."""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import matplotlib
import numpy as np
import png

matplotlib.use("Agg")

from matplotlib import font_manager
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.text import Text
from matplotlib.ticker import NullLocator
from matplotlib.transforms import blended_transform_factory, offset_copy

from generator.charts.layout import Box, Candidate, Obstacles, inside
from generator.content.chart_spec import ChartSpec
from generator.content.icon_spec import IconSpec
from generator.core.rules import format_tick

_MM_PER_INCH = 25.4
_registered: set[str] = set()

LINE_STYLES = {"solid": "-", "dashed": "--", "dashdot": "-.", "dotted": ":"}


def register_fonts(spec: ChartSpec | IconSpec) -> None:
    for path in spec.font_files:
        if path not in _registered:
            font_manager.fontManager.addfont(path)
            _registered.add(path)


TICK_PAD_PT = 3.5
EDGE_PAD_PT = 3.0  # between any text and the image's edge
LABEL_GAP_PT = 2.5  # between a value label and its marker
MARKER_SIZE_PT = 5.0
SERIES_WIDTH_PT = 2.0
LEGEND_HANDLE_LENGTH = 2.6  # in font sizes, as matplotlib's legend counts
LEGEND_TEXT_PAD = 0.8
LEGEND_COLUMN_SPACING = 2.0


@dataclass
class Frame:
    """A chart being drawn: its figure, and everything its text must keep clear of."""

    figure: Figure
    axes: Axes
    spec: ChartSpec
    renderer: RendererAgg
    y_ticks: list[tuple[float, Text]] = field(default_factory=list)
    x_ticks: list[Text] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    lines: list[tuple[np.ndarray, float]] = field(default_factory=list)  # data xy, width pt
    markers: list[tuple[float, float]] = field(default_factory=list)  # data x, y
    legend_extra: list[Artist] = field(default_factory=list)
    end_labels: bool = False
    probe: Text | None = None  # a text used only to measure others
    unit: Text | None = None  # the value axis's unit, above its labels

    def px(self, points: float) -> float:
        return points * self.spec.dpi / POINTS_PER_INCH

    def add_line(self, xs: Sequence[float], ys: Sequence[float], width_pt: float) -> None:
        self.lines.append(
            (np.column_stack([np.asarray(xs, float), np.asarray(ys, float)]), width_pt)
        )


def tick_decimals(step: float) -> int:
    """The fewest decimals that write every multiple of the step exactly."""
    for decimals in range(7):
        if abs(round(step, decimals) - step) <= abs(step) * 1e-9:
            return decimals
    return 6


def tick_levels(spec: ChartSpec) -> list[float]:
    steps = round((spec.y_high - spec.y_low) / spec.y_step)
    decimals = tick_decimals(spec.y_step)
    return [round(spec.y_low + i * spec.y_step, decimals) for i in range(steps + 1)]


def new_figure(spec: ChartSpec) -> Frame:
    register_fonts(spec)
    figure = Figure(
        figsize=(spec.width_mm / _MM_PER_INCH, spec.height_mm / _MM_PER_INCH),
        dpi=spec.dpi,
        facecolor="white",
    )
    canvas = FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.set_facecolor("white")
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color(spec.grid_colour)
    axes.set_ylim(spec.y_low, spec.y_high)
    axes.set_xlim(-0.6, len(spec.x_labels) - 0.4)
    frame = Frame(figure, axes, spec, canvas.get_renderer())  # type: ignore[no-untyped-call]
    draw_axis_labels(frame)
    if spec.axis_label:
        width, height = canvas.get_width_height()
        pad = frame.px(EDGE_PAD_PT)
        frame.unit = figure.text(
            pad / width,
            1 - pad / height,
            spec.axis_label,
            ha="left",
            va="top",
            color=spec.text_colour,
            fontsize=spec.font_size,
        )
        frame.unit.set_gid("axis-unit")
    return frame


def draw_axis_labels(frame: Frame) -> None:
    """Gridlines and tick labels drawn as plain lines and text.

    Matplotlib's tick machinery makes five artists per tick and measures every
    label twice to place axis titles these charts do not have: two fifths of a
    chart's drawing time. The labels and gridlines look the same drawn directly.
    """
    figure, axes, spec = frame.figure, frame.axes, frame.spec
    for axis in (axes.xaxis, axes.yaxis):
        axis.set_major_locator(NullLocator())
    levels = tick_levels(spec)
    axes.hlines(
        levels[1:],
        *axes.get_xlim(),
        colors=spec.grid_colour,
        linewidth=0.6,
        zorder=0.5,
    )
    decimals = tick_decimals(spec.y_step)
    text: dict[str, Any] = {"color": spec.text_colour, "fontsize": spec.font_size, "clip_on": False}
    left = offset_copy(
        blended_transform_factory(axes.transAxes, axes.transData),
        figure,
        x=-TICK_PAD_PT,
        units="points",
    )
    for level in levels:
        label = _signed(spec, format_tick(level, spec.unit, decimals))
        artist = axes.text(0, level, label, transform=left, ha="right", va="center", **text)
        artist.set_gid("y-tick")
        frame.y_ticks.append((level, artist))
    below = offset_copy(
        blended_transform_factory(axes.transData, axes.transAxes),
        figure,
        y=-TICK_PAD_PT,
        units="points",
    )
    for position, quarter in enumerate(spec.x_labels):
        artist = axes.text(
            position,
            0,
            quarter.replace(" ", "\n", 1),
            transform=below,
            ha="center",
            va="top",
            **text,
        )
        artist.set_gid("x-tick")
        frame.x_ticks.append(artist)


def value_label(spec: ChartSpec, value: float) -> str:
    return _signed(spec, format_tick(value, spec.unit, spec.decimals))


def _signed(spec: ChartSpec, written: str) -> str:
    """A number written as English writes it, in the chart's language's signs."""
    decimal, group = spec.number_signs
    if (decimal, group) == (".", ","):
        return written
    return "".join(decimal if c == "." else group if c == "," else c for c in written)


def label_box(fill: str = "white") -> dict[str, object]:
    """A small box behind a value label, so lines and hatching never cross the digits."""
    return {"boxstyle": "round,pad=0.12", "facecolor": fill, "edgecolor": "none", "alpha": 0.85}


POINTS_PER_INCH = 72.0


def _size(frame: Frame, artist: Text) -> tuple[float, float]:
    return measure(frame, artist.get_text(), str(artist.get_fontweight()))


_SIZES: dict[tuple[str, str, float, str, float], tuple[float, float]] = {}


def measure(frame: Frame, text: str, weight: str = "normal") -> tuple[float, float]:
    """Width and height in pixels of a piece of chart text, as Agg draws it
    (measured once per process for each text, font, size and resolution)."""
    spec = frame.spec
    key = (text, spec.font_family, spec.font_size, weight, spec.dpi)
    if key not in _SIZES:
        if frame.probe is None:
            frame.probe = Text(0, 0, "", fontsize=spec.font_size)  # never drawn
            frame.probe.set_figure(frame.figure)
        frame.probe.set_text(text)
        frame.probe.set_fontweight(weight)
        box = frame.probe.get_window_extent(frame.renderer)
        _SIZES[key] = (box.width, box.height)
    return _SIZES[key]


def _legend(frame: Frame) -> Legend | None:
    """A legend at the foot of the image, in as many columns as the measured labels
    allow across it; a label wider than the image is wrapped."""
    axes, spec, figure = frame.axes, frame.spec, frame.figure
    handles, labels = axes.get_legend_handles_labels()
    handles += list(frame.legend_extra)
    labels += [str(h.get_label()) for h in frame.legend_extra]
    first: dict[str, Artist] = {}
    for handle, label in zip(handles, labels, strict=True):
        first.setdefault(label, handle)  # "Provisional" once, not once per series
    handles, labels = list(first.values()), list(first)
    if not labels:
        return None
    width, _ = figure.canvas.get_width_height()
    room = width - 2 * frame.px(EDGE_PAD_PT) - frame.px(spec.font_size * 2)
    extra = frame.px(spec.font_size * (LEGEND_HANDLE_LENGTH + LEGEND_TEXT_PAD))
    wrapped = []
    for label in labels:
        chars = len(label)
        while measure(frame, textwrap.fill(label, chars))[0] + extra > room and chars > 8:
            chars -= 4
        wrapped.append(textwrap.fill(label, chars))
    widths = [measure(frame, label)[0] + extra for label in wrapped]
    spacing = frame.px(spec.font_size * LEGEND_COLUMN_SPACING)

    def fits(order: list[int], columns: int) -> bool:
        rows = -(-len(order) // columns)  # matplotlib fills a column before the next
        column_widths = [
            max((widths[i] for i in order[c * rows : (c + 1) * rows]), default=0)
            for c in range(columns)
        ]
        return sum(column_widths) + spacing * (columns - 1) <= room

    def most_columns(order: list[int]) -> int:
        columns = len(order)
        while columns > 1 and not fits(order, columns):
            columns -= 1
        return columns

    order = list(range(len(wrapped)))
    columns = most_columns(order)
    by_width = sorted(order, key=lambda i: -widths[i])
    if -(-len(order) // most_columns(by_width)) < -(-len(order) // columns):
        # The longest labels sharing a column need fewer rows: that order, then.
        order, columns = by_width, most_columns(by_width)
    handles = [handles[i] for i in order]
    wrapped = [wrapped[i] for i in order]
    while True:
        legend = figure.legend(
            handles,
            wrapped,
            loc="lower center",
            bbox_to_anchor=(0.5, 0.0),
            bbox_transform=figure.transFigure,
            ncols=columns,
            frameon=False,
            fontsize=spec.font_size,
            handlelength=LEGEND_HANDLE_LENGTH,
            handletextpad=LEGEND_TEXT_PAD,
            columnspacing=LEGEND_COLUMN_SPACING,
            borderaxespad=EDGE_PAD_PT / spec.font_size,
        )
        if columns == 1 or legend.get_window_extent(frame.renderer).width <= room:
            break
        legend.remove()  # the estimate was short: one column fewer
        columns -= 1
    for text in legend.get_texts():
        text.set_color(spec.text_colour)
        text.set_gid("legend")
    return legend


def finish(frame: Frame) -> Figure:
    """Legend, margins and value labels, each placed from measured sizes."""
    legend = _legend(frame)
    _place_axes(frame, legend)
    _place_labels(frame, legend)
    return frame.figure


def _place_axes(frame: Frame, legend: Legend | None) -> None:
    """Margins from the measured text: the widest tick label on the left, the quarter
    labels and the legend below, half a tick label above, end labels on the right."""
    figure, spec = frame.figure, frame.spec
    width, height = figure.canvas.get_width_height()
    pad, tick_pad = frame.px(EDGE_PAD_PT), frame.px(TICK_PAD_PT)
    y_sizes = [_size(frame, t) for _, t in frame.y_ticks]
    x_sizes = [_size(frame, t) for t in frame.x_ticks]
    legend_height = legend.get_window_extent(frame.renderer).height if legend else 0.0
    tick_height = max((h for _, h in y_sizes), default=0.0)
    left = pad + max((w for w, _ in y_sizes), default=0.0) + tick_pad
    bottom = legend_height + frame.px(4) + max((h for _, h in x_sizes), default=0.0) + tick_pad
    bottom = max(bottom, pad + tick_height / 2)
    top = pad + tick_height / 2
    if frame.unit is not None:  # the unit's words above the top tick label
        top += _size(frame, frame.unit)[1] + frame.px(2)
    right = pad
    if frame.end_labels:
        widest = max((measure(frame, c.text)[0] for c in frame.candidates if c.end), default=0.0)
        right = max(right, pad + widest + frame.px(MARKER_SIZE_PT / 2 + LABEL_GAP_PT))
    slots = len(spec.x_labels) + 0.2  # the x axis runs from -0.6 to n - 0.4
    for _ in range(2):  # the first and last quarter labels must not pass the edges
        slot = (width - left - right) / slots
        if x_sizes:
            left = max(left, pad + x_sizes[0][0] / 2 - 0.6 * slot)
            right = max(right, pad + x_sizes[-1][0] / 2 - 0.4 * slot)
    slot = (width - left - right) / slots
    widest_x = max((w for w, _ in x_sizes), default=0.0)
    every = 1
    while every < len(x_sizes) and widest_x + frame.px(4) > slot * every:
        every += 1
    last = len(frame.x_ticks) - 1
    for i, artist in enumerate(frame.x_ticks):  # every k-th quarter, counted from the latest
        artist.set_visible((last - i) % every == 0)
    figure.subplots_adjust(
        left=left / width, right=1 - right / width, bottom=bottom / height, top=1 - top / height
    )
    plot_height = height - top - bottom
    spacing = plot_height / max(len(frame.y_ticks) - 1, 1)
    every = 1
    while every < len(frame.y_ticks) and tick_height * 1.1 > spacing * every:
        every += 1
    for i, (_, artist) in enumerate(frame.y_ticks):  # every k-th level, counted from the foot
        artist.set_visible(i % every == 0)


def _place_labels(frame: Frame, legend: Legend | None) -> None:
    """Each value label, best first, at the first free place near its point."""
    figure, axes, spec = frame.figure, frame.axes, frame.spec
    obstacles = Obstacles()
    frame_box = axes.bbox
    tick_pad = frame.px(TICK_PAD_PT)
    to_pixels = axes.transData.transform
    for level, artist in frame.y_ticks:
        if artist.get_visible():
            w, h = _size(frame, artist)
            y = to_pixels((0, level))[1]
            right = frame_box.x0 - tick_pad
            obstacles.add_box((right - w, y - h / 2, right, y + h / 2))
    for position, artist in enumerate(frame.x_ticks):
        if artist.get_visible():
            w, h = _size(frame, artist)
            x = to_pixels((position, 0))[0]
            top = frame_box.y0 - tick_pad
            obstacles.add_box((x - w / 2, top - h, x + w / 2, top))
    if legend is not None:
        obstacles.add_box(_extent(frame, legend))
    if frame.unit is not None:
        obstacles.add_box(_extent(frame, frame.unit))
    for xy, width_pt in frame.lines:
        obstacles.add_polyline(to_pixels(xy), frame.px(width_pt) / 2 + 1)
    half = frame.px(MARKER_SIZE_PT) / 2 + 1
    for x, y in frame.markers:
        px, py = to_pixels((x, y))
        obstacles.add_box((px - half, py - half, px + half, py + half))
    gap = half + frame.px(LABEL_GAP_PT)
    width, height = figure.canvas.get_width_height()
    for candidate in sorted(frame.candidates, key=lambda c: c.rank):
        w, h = measure(frame, candidate.text)
        px, py = to_pixels((candidate.x, candidate.y))
        places = [
            (px - w / 2, py + gap),  # above
            (px - w / 2, py - gap - h),  # below
            (px + gap, py - h / 2),  # right
            (px - gap - w, py - h / 2),  # left
            (px + half, py + gap),  # above right
            (px + half, py - gap - h),  # below right
            (px - half - w, py + gap),  # above left
            (px - half - w, py - gap - h),  # below left
        ]
        if candidate.end:
            shifts = [k * h / 2 * sign for k in range(1, 5) for sign in (1, -1)]
            places = [places[2]] + [(px + gap, py - h / 2 + s) for s in shifts] + places[:2]
        if candidate.latest:
            # The latest figure, too wide for any place beside its point (a long figure
            # at the chart's edge, lines close above and below), is slid along, inside
            # the chart, and then moved a half line at a time further above or below.
            pad = frame.px(1) + 1
            slid = min(max(px - w / 2, pad), width - w - pad)
            places += [
                (slid, y)
                for k in range(4)
                for y in (py + gap + k * h / 2, py - gap - h - k * h / 2)
            ]
        for x0, y0 in places:
            box = (x0, y0, x0 + w, y0 + h)
            if inside(box, figure, frame.px(1)) and not obstacles.hits(box):
                obstacles.add_box(box)
                artist = figure.text(
                    x0 / width,
                    y0 / height,
                    candidate.text,
                    ha="left",
                    va="bottom",
                    fontsize=spec.font_size,
                    color=candidate.colour,
                )
                artist.set_gid("value")
                break


def _extent(frame: Frame, artist: Artist) -> Box:
    box = artist.get_window_extent(frame.renderer)
    return (box.x0, box.y0, box.x1, box.y1)


def to_png(figure: Figure, spec: ChartSpec | IconSpec) -> bytes:
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
