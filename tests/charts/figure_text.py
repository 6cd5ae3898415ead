"""Reads a drawn chart back: where each piece of text, line and marker landed.

An oracle apart from the layout code: it looks only at the drawn artists."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.cbook import STEP_LOOKUP_MAP
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Piece:
    text: str
    gid: str
    box: Box
    artist: Text


def drawn_text(figure: Figure) -> list[Piece]:
    canvas = figure.canvas
    assert isinstance(canvas, FigureCanvasAgg)
    canvas.draw()  # type: ignore[no-untyped-call]
    renderer = canvas.get_renderer()  # type: ignore[no-untyped-call]
    pieces = []
    for artist in figure.findobj(Text):
        assert isinstance(artist, Text)
        if artist.get_visible() and artist.get_text().strip():
            b = artist.get_window_extent(renderer)
            pieces.append(
                Piece(artist.get_text(), artist.get_gid() or "", (b.x0, b.y0, b.x1, b.y1), artist)
            )
    return pieces


def overlaps(a: Box, b: Box, slack: float = 0.5) -> bool:
    return (
        a[0] < b[2] - slack and b[0] < a[2] - slack and a[1] < b[3] - slack and b[1] < a[3] - slack
    )


def line_paths(figure: Figure) -> list[tuple[np.ndarray, float, float]]:
    """Each drawn line's vertices in pixels, its line width and marker size in pixels."""
    dpi = figure.dpi
    out = []
    for axes in figure.axes:
        for line in axes.lines:
            assert isinstance(line, Line2D)
            x, y = (np.asarray(v, float) for v in line.get_data())
            style = line.get_drawstyle()
            if style and style.startswith("steps"):
                x, y = STEP_LOOKUP_MAP[style](x, y)
            xy = line.get_transform().transform(np.column_stack([x, y]))
            width = (
                line.get_linewidth() * dpi / 72
                if line.get_linestyle() not in ("None", "none", "")
                else 0.0
            )
            marker = (
                line.get_markersize() * dpi / 72
                if line.get_marker() not in ("None", "none", "", None)
                else 0.0
            )
            out.append((xy, width, marker))
    return out


def touches_lines(box: Box, figure: Figure) -> bool:
    """Whether the box meets any drawn line (sampled every half pixel) or marker."""
    for xy, width, marker in line_paths(figure):
        half = width / 2
        if marker:
            m = marker / 2
            for px, py in xy:
                if np.isfinite([px, py]).all() and overlaps(box, (px - m, py - m, px + m, py + m)):
                    return True
        if not width:
            continue
        for (x0, y0), (x1, y1) in itertools.pairwise(xy.tolist()):
            if not np.isfinite([x0, y0, x1, y1]).all():
                continue
            n = int(max(abs(x1 - x0), abs(y1 - y0)) * 2) + 2
            ts = np.linspace(0, 1, n)
            xs, ys = x0 + (x1 - x0) * ts, y0 + (y1 - y0) * ts
            if np.any(
                (xs > box[0] - half + 0.5)
                & (xs < box[2] + half - 0.5)
                & (ys > box[1] - half + 0.5)
                & (ys < box[3] + half - 0.5)
            ):
                return True
    return False


def number_in(label: str) -> float:
    """'70.0%' -> 70.0, '£1,250' -> 1250, '2:35' -> 155 (a time, in seconds)."""
    clock = re.fullmatch(r"(\d+):(\d\d)(?::(\d\d))?", label)
    if clock:
        parts = [int(p) for p in clock.groups() if p is not None]
        return float(sum(p * 60**k for k, p in enumerate(reversed(parts))))
    found = re.search(r"-?[\d,]*\.?\d+", label)
    assert found, label
    return float(found.group().replace(",", ""))


def faults(figure: Figure) -> list[str]:
    """Every way the drawn text breaks the rules: outside the image, overlapping,
    a value label on a line or marker, a tick label that is not its level."""
    pieces = drawn_text(figure)
    width, height = figure.canvas.get_width_height()
    found = []
    for p in pieces:
        x0, y0, x1, y1 = p.box
        if x0 < -0.5 or y0 < -0.5 or x1 > width + 0.5 or y1 > height + 0.5:
            found.append(f"{p.gid} {p.text!r} outside the image: {p.box}")
    for i, a in enumerate(pieces):
        for b in pieces[i + 1 :]:
            if overlaps(a.box, b.box):
                found.append(f"{a.gid} {a.text!r} overlaps {b.gid} {b.text!r}")
    for p in pieces:
        if p.gid == "value" and p.artist.get_bbox_patch() is None and touches_lines(p.box, figure):
            found.append(f"value label {p.text!r} sits on a line or marker")
    axes = figure.axes[0]
    low, high = axes.get_ylim()
    for p in pieces:
        if p.gid == "y-tick":
            middle = (p.box[1] + p.box[3]) / 2
            level = axes.transData.inverted().transform((0, middle))[1]
            if abs(number_in(p.text) - level) > (high - low) * 0.01:
                found.append(f"tick label {p.text!r} stands at {level:g}")
    return found
