"""Chart builders: one per indicator kind, each drawing a `ChartSpec` to PNG bytes."""

from __future__ import annotations

from collections.abc import Callable

from generator.charts.spec import ChartSpec


def render(spec: ChartSpec) -> bytes:
    """Draw one chart (in whatever process calls it) and return PNG bytes."""
    import matplotlib

    from generator.charts import activity, kpi, stacked
    from generator.charts.common import register_fonts

    builders: dict[str, Callable[[ChartSpec], bytes]] = {
        "kpi": kpi.render,
        "activity": activity.render,
        "stacked": stacked.render,
    }
    register_fonts(spec)
    with matplotlib.rc_context({"font.family": spec.font_family, "font.size": spec.font_size}):
        return builders[spec.kind](spec)
