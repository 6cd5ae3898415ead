"""Comparators in a KPI chart: whatever their figures (gaps, lines crossing the
council's, values far outside its range), every label stays inside the image, apart
and off the lines; each comparator is drawn with its own dashes and markers and named
in the legend."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from matplotlib.lines import Line2D

from generator.charts import draw
from generator.content.chart_spec import BandSpec, ChartSpec, chart_spec
from generator.content.inputs import load_inputs
from generator.core.rules import axis_limits
from tests.charts.figure_text import drawn_text, faults
from tests.scope import shared


@pytest.fixture(scope=shared)
def asch5(repo_root: Path) -> ChartSpec:
    """The sample's ASCH5 chart (2024/25 Q2): England, the South East and the
    neighbours' mean beside the council's line."""
    inputs = load_inputs(repo_root, "2024-25 Q2")
    facts = next(f for f in inputs.facts if f.indicator.id == "ASCH5")
    return chart_spec(facts, inputs.style)


@st.composite
def compared_specs(draw_: st.DrawFn, base: ChartSpec) -> ChartSpec:
    quarters = draw_(st.integers(2, 12))
    decimals = draw_(st.integers(0, 2))
    magnitude = 10.0 ** draw_(st.integers(0, 5))
    own = [round(draw_(st.floats(0.2, 1.0)) * magnitude, decimals) for _ in range(quarters)]
    comparators = []
    for i in range(draw_(st.integers(1, 3))):
        shape = draw_(st.sampled_from(["near", "crossing", "far above", "far below", "flat"]))
        event(shape)
        if shape == "crossing":
            values: list[float | None] = list(reversed(own))
        elif shape == "far above":
            values = [v * draw_(st.floats(2.0, 5.0)) for v in own]
        elif shape == "far below":
            values = [v * draw_(st.floats(0.01, 0.3)) for v in own]
        elif shape == "flat":
            values = [own[0]] * quarters
        else:
            values = [v * draw_(st.floats(0.9, 1.1)) for v in own]
        values = [None if v is None else round(v, decimals) for v in values]
        for gap in draw_(st.sets(st.integers(0, quarters - 1), max_size=quarters)):
            values[gap] = None  # gaps: inside, at either end, or every quarter
        name = draw_(st.text(st.sampled_from("abcdefgh ()ijklmn"), min_size=1, max_size=60))
        comparators.append(
            replace(
                base.comparators[i],
                label=name.strip() or "x",
                values=tuple(values),
                provisional=(False,) * quarters,
            )
        )
    target = round(draw_(st.floats(0.2, 1.0)) * magnitude, decimals)
    threshold = round(target * draw_(st.floats(1.01, 1.5)), decimals)
    scale = [*own, target, threshold]
    scale += [v for c in comparators for v in c.values if v is not None]
    limits = axis_limits(scale, "rate")
    return replace(
        base,
        x_labels=base.x_labels[-quarters:]
        if quarters <= len(base.x_labels)
        else tuple(f"Q{q % 4 + 1} {20 + q // 4}/{21 + q // 4}" for q in range(quarters)),
        series=(
            replace(
                base.series[0],
                values=tuple(own),
                provisional=(False,) * quarters,
            ),
        ),
        band=BandSpec(
            (target,) * quarters,
            (threshold,) * quarters,
            "Upper threshold",
            "AMBER range: target to upper threshold",
        ),
        comparators=tuple(comparators),
        y_low=limits.low,
        y_high=limits.high,
        y_step=limits.step,
        decimals=decimals,
    )


def test_any_comparators_draw_text_inside_the_image_apart_and_off_the_lines(
    asch5: ChartSpec,
) -> None:
    @settings(
        max_examples=30,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(compared_specs(asch5))
    def check(spec: ChartSpec) -> None:
        figure = draw(spec)
        assert faults(figure) == []
        legend = {p.text for p in drawn_text(figure) if p.gid == "legend"}
        assert {c.label for c in spec.comparators} <= legend

    check()


def test_the_sample_comparators_differ_from_the_councils_line_by_more_than_colour(
    asch5: ChartSpec,
) -> None:
    figure = draw(asch5)
    assert faults(figure) == []
    lines = {
        str(line.get_label()): line
        for line in figure.axes[0].get_lines()
        if isinstance(line, Line2D) and not str(line.get_label()).startswith("_")
    }
    own = lines[asch5.series[0].label]
    drawn = [lines[c.label] for c in asch5.comparators]
    assert [c.label for c in asch5.comparators] == [
        "England",
        "South East",
        "Statistical neighbours (mean)",
    ]
    styles = {(own.get_linestyle(), own.get_marker())}
    for line in drawn:
        assert line.get_linestyle() != own.get_linestyle()
        assert line.get_marker() != own.get_marker()
        styles.add((line.get_linestyle(), line.get_marker()))
    assert len(styles) == 4  # each its own dashes and markers
    # The neighbours' mean has no figure for Q3 23/24 (one neighbour's is suppressed):
    # its line is broken there, not joined across.
    neighbours = lines["Statistical neighbours (mean)"]
    ys = list(neighbours.get_ydata())  # type: ignore[arg-type]
    gap = asch5.x_labels.index("Q3 23/24")
    assert ys[gap] != ys[gap]  # NaN: a gap
