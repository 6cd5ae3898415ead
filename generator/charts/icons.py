"""The Making Data Count icons, drawn in the house style's colours: a circle in the
icon's colour with its letter at the top (H or L for a special cause on the high or the
low side, P, F or ? for the assurance), and inside it a small run of points:

- variation: seven points, the last three special (in the icon's colour and the SPC
  chart's marker for their kind: improving ▲, concerning ▼, hollow for a measure with
  no better way) and high or low; common cause, seven level points and no letter;
- assurance: the process limits with points between them and the target as a solid
  line in the icon's colour: below the limits (passing), above them (failing) or
  between them (hit and miss).

So icons differ by letter and shape as well as colour. Text-free but for the letter:
the words are the icon's text alternative, beside it in every edition."""

from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Circle

from generator.content.icon_spec import IconSpec

_MM_PER_INCH = 25.4
_POINTS_PER_MM = 72 / _MM_PER_INCH

# Shapes on the unit square: the circle, the letter's centre and the points' heights.
RADIUS = 0.44
LETTER_Y = 0.76
RUN_X = tuple(0.22 + 0.09 * i for i in range(7))
_VARIATION_Y = {
    "level": (0.50, 0.44, 0.52, 0.45, 0.51, 0.44, 0.49),
    "high": (0.32, 0.27, 0.33, 0.28, 0.43, 0.50, 0.57),
    "low": (0.55, 0.50, 0.56, 0.51, 0.40, 0.33, 0.26),
}
SPECIAL = 3  # the last points of a special-cause run
LIMITS = (0.31, 0.50)  # an assurance icon's process limits
LIMITS_X = (0.22, 0.78)
_ASSURANCE_Y = (0.37, 0.44, 0.36, 0.44, 0.38)
_TARGET_Y = {"target_below": 0.22, "target_above": 0.59, "target_between": 0.405}


def draw(spec: IconSpec) -> Figure:
    """The icon as a square figure of `spec.size_mm`, on the panel's background."""
    inches = spec.size_mm / _MM_PER_INCH
    figure = Figure(figsize=(inches, inches), dpi=spec.dpi, facecolor=spec.background)
    FigureCanvasAgg(figure)
    axes = figure.add_axes((0.0, 0.0, 1.0, 1.0))
    axes.set_xlim(0, 1)
    axes.set_ylim(0, 1)
    axes.set_axis_off()
    size = spec.size_mm * _POINTS_PER_MM  # the icon's width, in points
    axes.add_patch(
        Circle(
            (0.5, 0.5),
            RADIUS,
            facecolor="white",
            edgecolor=spec.colour,
            linewidth=size * 0.05,
        )
    )
    if spec.letter:
        axes.text(
            0.5,
            LETTER_Y,
            spec.letter,
            ha="center",
            va="center",
            color=spec.colour,
            # a letter of one character (H, L, P, F, ?) as drawn; a longer one (a
            # council's or a translator's) made smaller so that it stays in the circle
            fontsize=size * 0.3 / max(1.0, len(spec.letter) / 1.5),
            fontweight="bold",
            family=spec.font_family,
        )
    if spec.drawing in _VARIATION_Y:
        _variation(axes, spec, size)
    else:
        _assurance(axes, spec, size)
    return figure


def _variation(axes: Axes, spec: IconSpec, size: float) -> None:
    xs = RUN_X
    ys = _VARIATION_Y[spec.drawing]
    dot = size * 0.075
    axes.plot(xs, ys, color=spec.muted, linewidth=size * 0.025)
    special = SPECIAL if spec.marker else 0
    common = len(xs) - special
    axes.plot(xs[:common], ys[:common], "o", color=spec.muted, markersize=dot, linestyle="none")
    if special:
        axes.plot(
            xs[common:],
            ys[common:],
            spec.marker,
            color=spec.colour,
            markerfacecolor="white" if spec.hollow else spec.colour,
            markeredgewidth=size * 0.025,
            markersize=dot * 1.35,
            linestyle="none",
        )


def _assurance(axes: Axes, spec: IconSpec, size: float) -> None:
    thin = size * 0.025
    for level in LIMITS:
        axes.plot(LIMITS_X, (level, level), color=spec.muted, linewidth=thin, linestyle="--")
    xs = [0.28 + 0.11 * i for i in range(len(_ASSURANCE_Y))]  # between the limits' ends
    axes.plot(xs, _ASSURANCE_Y, color=spec.muted, linewidth=thin)
    axes.plot(xs, _ASSURANCE_Y, "o", color=spec.muted, markersize=size * 0.07, linestyle="none")
    target = _TARGET_Y[spec.drawing]
    axes.plot(LIMITS_X, (target, target), color=spec.colour, linewidth=size * 0.05)
