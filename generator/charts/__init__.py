"""Chart builders: one per indicator kind, each drawing a `ChartSpec` to PNG bytes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from generator.content.chart_spec import ChartSpec
from generator.core.vocabulary import ChartKind

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def draw(spec: ChartSpec) -> Figure:
    """The chart as a matplotlib figure, every piece of text placed (not yet saved)."""
    import matplotlib

    from generator.charts import activity, kpi, spc, stacked
    from generator.charts.common import register_fonts

    builders: dict[ChartKind, Callable[[ChartSpec], Figure]] = {
        "kpi": kpi.draw,
        "activity": activity.draw,
        "stacked": stacked.draw,
        "spc": spc.draw,
    }
    register_fonts(spec)
    with matplotlib.rc_context({"font.family": spec.font_family, "font.size": spec.font_size}):
        return builders[spec.kind](spec)


def render(spec: ChartSpec) -> bytes:
    """Draw one chart (in whatever process calls it) and return PNG bytes."""
    import matplotlib

    from generator.charts.common import to_png

    figure = draw(spec)
    with matplotlib.rc_context({"font.family": spec.font_family, "font.size": spec.font_size}):
        return to_png(figure, spec)
