"""Words that describe a chart, made from the house-style values that draw it.

The technical notes and the alt text say "dotted line" or "Orange dashed line
with squares" because the style draws exactly that: change the style and the
words change with the picture.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.read.style import Style

LINE_WORDS = {"solid": "solid", "dashed": "dashed", "dashdot": "dash-dot", "dotted": "dotted"}
MARKER_WORDS = {
    "o": "circles",
    "s": "squares",
    "^": "triangles",
    "v": "downward triangles",
    "<": "left-pointing triangles",
    ">": "right-pointing triangles",
    "D": "diamonds",
    "d": "narrow diamonds",
    "p": "pentagons",
    "h": "hexagons",
    "*": "stars",
    "x": "crosses",
    "+": "plus signs",
}
HATCH_WORDS = {
    "/": "diagonal hatching",
    "\\": "back-diagonal hatching",
    "|": "vertical lines",
    "-": "horizontal lines",
    "+": "a grid",
    "x": "cross-hatching",
    "o": "small circles",
    "O": "large circles",
    ".": "dots",
    "*": "stars",
}
WHITE = "#FFFFFF"


def bar_words(name: str, hatch: str) -> str:
    """'Orange bars with diagonal hatching', 'Blue bars, plain': a stacked part as drawn."""
    marks = list(dict.fromkeys(hatch))  # a mark repeated only draws it denser
    if not marks:
        return f"{name} bars, plain"
    return f"{name} bars with " + " and ".join(HATCH_WORDS[m] for m in marks)


@dataclass(frozen=True)
class ChartWords:
    series: tuple[str, ...]  # "Orange dashed line with squares", one per series in order
    bars: tuple[str, ...]  # "Orange bars with diagonal hatching", for stacked bars
    target: str  # "dotted line"
    threshold: str  # "dashed line"
    provisional: str  # "open marker, dotted line"
    # "Dark pink dash-dot line with diamonds", one per comparator line in order
    comparators: tuple[str, ...] = ()


def chart_words(style: Style) -> ChartWords:
    chart = style.chart
    marker = "open marker" if chart.provisional_marker_face.upper() == WHITE else "pale marker"
    return ChartWords(
        series=tuple(
            f"{s.name} {LINE_WORDS[s.line]} line with {MARKER_WORDS[s.marker]}"
            for s in style.series
        ),
        bars=tuple(bar_words(s.name, s.hatch) for s in style.series),
        target=f"{LINE_WORDS[chart.target_line]} line",
        threshold=f"{LINE_WORDS[chart.threshold_line]} line",
        provisional=f"{marker}, {LINE_WORDS[chart.provisional_line]} line",
        comparators=tuple(
            f"{s.name} {LINE_WORDS[s.line]} line with {MARKER_WORDS[s.marker]}"
            for s in style.comparators
        ),
    )
