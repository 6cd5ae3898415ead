"""Chart text placed from measured sizes.

Every piece of text is measured with the Agg renderer before anything is
placed: the margins are the tick labels', the quarter labels' and the
legend's measured extents, and each value label goes where its measured box
meets no other text, no line and no marker, or is left out.

Which value labels are kept where not all fit (the rule the README states):
the latest value of every series first, then the first, the highest and the
lowest, then the others from the latest backwards; a label is drawn at the
first of its places (above, below, to the right, to the left of its point)
that is free, and left out where none is. The data table gives every figure.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from matplotlib.figure import Figure

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in display pixels


@dataclass(frozen=True)
class Candidate:
    """A value label that may be drawn, near the point (x, y) in data units."""

    text: str
    x: float
    y: float
    colour: str
    rank: int  # lower is kept first
    end: bool = False  # an end-of-line label, tried to the right first
    latest: bool = False  # the latest figure's: never dropped while the chart has room


def priority(values: Sequence[float | None]) -> dict[int, int]:
    """Rank of each charted point: latest, first, highest, lowest, then the rest
    from the latest backwards."""
    present = [i for i, v in enumerate(values) if v is not None]
    if not present:
        return {}
    order: list[int] = []

    def add(i: int) -> None:
        if i not in order:
            order.append(i)

    add(present[-1])
    add(present[0])
    add(max(present, key=lambda i: (values[i], i)))
    add(min(present, key=lambda i: (values[i], -i)))
    for i in reversed(present):
        add(i)
    return {i: rank for rank, i in enumerate(order)}


class Obstacles:
    """Boxes and line segments (display pixels) that a label must not touch."""

    def __init__(self) -> None:
        self.boxes: list[Box] = []
        self._segments: list[tuple[float, float, float, float, float]] = []
        self._array: np.ndarray | None = None

    def add_box(self, box: Box) -> None:
        self.boxes.append(box)

    def add_polyline(self, points: np.ndarray, half_width: float) -> None:
        """Consecutive finite points joined; NaN breaks the line."""
        for (x0, y0), (x1, y1) in itertools.pairwise(points.tolist()):
            if np.isfinite([x0, y0, x1, y1]).all():
                self._segments.append((x0, y0, x1, y1, half_width))
                self._array = None

    def hits(self, box: Box) -> bool:
        x0, y0, x1, y1 = box
        for b in self.boxes:
            if x0 < b[2] and b[0] < x1 and y0 < b[3] and b[1] < y1:
                return True
        if not self._segments:
            return False
        if self._array is None:
            self._array = np.array(self._segments, dtype=float)
        return bool(segments_hit(self._array, box).any())


def segments_hit(segments: np.ndarray, box: Box) -> np.ndarray:
    """Which segments (rows x0, y0, x1, y1, half width) cross the box, each
    segment widened by its half width."""
    sx0, sy0, sx1, sy1, half = segments.T
    bx0, by0 = box[0] - half, box[1] - half
    bx1, by1 = box[2] + half, box[3] + half
    overlap = (
        (np.minimum(sx0, sx1) <= bx1)
        & (np.maximum(sx0, sx1) >= bx0)
        & (np.minimum(sy0, sy1) <= by1)
        & (np.maximum(sy0, sy1) >= by0)
    )
    dx, dy = sx1 - sx0, sy1 - sy0
    sides = np.stack(
        [
            dx * (cy - sy0) - dy * (cx - sx0)
            for cx, cy in ((bx0, by0), (bx0, by1), (bx1, by0), (bx1, by1))
        ]
    )
    straddles = (sides.min(axis=0) <= 0) & (sides.max(axis=0) >= 0)
    hit: np.ndarray = overlap & straddles
    return hit


def inside(box: Box, figure: Figure, pad: float = 1.0) -> bool:
    width, height = figure.canvas.get_width_height()
    return box[0] >= pad and box[1] >= pad and box[2] <= width - pad and box[3] <= height - pad
