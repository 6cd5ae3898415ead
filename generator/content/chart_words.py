"""Words that describe a chart, made from the house-style values that draw it.

The technical notes and the alt text say "dotted line" or "Orange dashed line
with squares" because the style draws exactly that: change the style and the
words change with the picture.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.core.messages import Messages, default_messages
from generator.read.style import SeriesStyle, Style

# The house style's codes for lines, markers and hatching, as the keys of their words
# in the message catalogue (chart.line.*, chart.marker.*, chart.hatch.*).
LINE_KEYS = {"solid": "solid", "dashed": "dashed", "dashdot": "dash_dot", "dotted": "dotted"}
MARKER_KEYS = {
    "o": "circles",
    "s": "squares",
    "^": "triangles",
    "v": "downward_triangles",
    "<": "left_triangles",
    ">": "right_triangles",
    "D": "diamonds",
    "d": "narrow_diamonds",
    "p": "pentagons",
    "h": "hexagons",
    "*": "stars",
    "x": "crosses",
    "+": "plus_signs",
}
HATCH_KEYS = {
    "/": "diagonal",
    "\\": "back_diagonal",
    "|": "vertical",
    "-": "horizontal",
    "+": "grid",
    "x": "cross",
    "o": "small_circles",
    "O": "large_circles",
    ".": "dots",
    "*": "stars",
}
WHITE = "#FFFFFF"


def bar_words(name: str, hatch: str, messages: Messages | None = None) -> str:
    """'Orange bars with diagonal hatching', 'Blue bars, plain': a stacked part as drawn."""
    m = messages if messages is not None else default_messages()
    marks = list(dict.fromkeys(hatch))  # a mark repeated only draws it denser
    if not marks:
        return m.format("chart.bars.plain", name=name)
    hatches = m.text("list.and_words").join(m.text(f"chart.hatch.{HATCH_KEYS[k]}") for k in marks)
    return m.format("chart.bars", name=name, hatches=hatches)


@dataclass(frozen=True)
class ChartWords:
    series: tuple[str, ...]  # "Orange dashed line with squares", one per series in order
    bars: tuple[str, ...]  # "Orange bars with diagonal hatching", for stacked bars
    target: str  # "dotted line"
    threshold: str  # "dashed line"
    provisional: str  # "open marker, dotted line"
    # "Dark pink dash-dot line with diamonds", one per comparator line in order
    comparators: tuple[str, ...] = ()
    # The edition's words, which the notes and alt text are written in.
    messages: Messages = field(default_factory=default_messages, repr=False)


def chart_words(style: Style, messages: Messages | None = None) -> ChartWords:
    m = messages if messages is not None else default_messages()
    chart = style.chart
    white = chart.provisional_marker_face.upper() == WHITE
    marker = m.text("chart.marker.open" if white else "chart.marker.pale")

    def line(name: str) -> str:
        return m.format("chart.line", line=m.text(f"chart.line.{LINE_KEYS[name]}"))

    def drawn(s: SeriesStyle) -> str:
        return m.format(
            "chart.series",
            name=s.name,
            line=m.text(f"chart.line.{LINE_KEYS[s.line]}"),
            marker=m.text(f"chart.marker.{MARKER_KEYS[s.marker]}"),
        )

    return ChartWords(
        series=tuple(drawn(s) for s in style.series),
        bars=tuple(bar_words(s.name, s.hatch, m) for s in style.series),
        target=line(chart.target_line),
        threshold=line(chart.threshold_line),
        provisional=m.format("chart.provisional", marker=marker, line=line(chart.provisional_line)),
        comparators=tuple(drawn(s) for s in style.comparators),
        messages=m,
    )
