"""Chart builders: one per indicator kind, each drawing a `ChartSpec` to PNG bytes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from generator.content.chart_spec import ChartSpec
from generator.content.icon_spec import IconSpec
from generator.core.vocabulary import ChartKind

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def draw(spec: ChartSpec | IconSpec) -> Figure:
    """The chart (or SPC icon) as a matplotlib figure, every piece of text placed (not
    yet saved)."""
    import matplotlib

    from generator.charts import activity, icons, kpi, spc, stacked
    from generator.charts.common import register_fonts

    if isinstance(spec, IconSpec):
        register_fonts(spec)
        return icons.draw(spec)

    builders: dict[ChartKind, Callable[[ChartSpec], Figure]] = {
        "kpi": kpi.draw,
        "activity": activity.draw,
        "stacked": stacked.draw,
        "spc": spc.draw,
    }
    register_fonts(spec)
    with matplotlib.rc_context({"font.family": spec.font_family, "font.size": spec.font_size}):
        return builders[spec.kind](spec)


def render(spec: ChartSpec | IconSpec) -> bytes:
    """Draw one chart or icon (in whatever process calls it) and return PNG bytes."""
    import matplotlib

    from generator.charts.common import to_png

    figure = draw(spec)
    if isinstance(spec, IconSpec):
        return to_png(figure, spec)
    with matplotlib.rc_context({"font.family": spec.font_family, "font.size": spec.font_size}):
        return to_png(figure, spec)
