"""Chart text placed from measured sizes: whatever the data, every label inside
the image, none on another, none on a line or marker, tick labels that read as
the levels they stand at."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.charts import draw
from generator.content.chart_spec import BandSpec, ChartSpec, SeriesSpec, chart_spec
from generator.content.inputs import load_inputs
from generator.core.rules import axis_limits
from generator.core.vocabulary import CHART_KINDS, UNITS
from tests.charts.figure_text import drawn_text, faults
from tests.scope import shared

QUARTERS = [f"Q{q} {y}/{y + 1}" for y in range(18, 30) for q in (1, 2, 3, 4)]


@pytest.fixture(scope=shared)
def sample(repo_root: Path) -> dict[str, ChartSpec]:
    inputs = load_inputs(repo_root, "2024-25 Q2")
    return {f.indicator.id: chart_spec(f, inputs.style) for f in inputs.facts}


def _values(draw_: st.DrawFn, count: int, magnitude: float, shape: str) -> list[float]:
    if shape == "flat":
        base = draw_(st.floats(0.01, 1.0)) * magnitude
        return [base] * count
    if shape == "rising":
        start = draw_(st.floats(0.01, 0.5))
        return [(start + i * (1 - start) / count) * magnitude for i in range(count)]
    return [draw_(st.floats(0.001, 1.0)) * magnitude for _ in range(count)]


@st.composite
def chart_specs(draw_: st.DrawFn, base: ChartSpec) -> ChartSpec:
    kind = draw_(st.sampled_from(CHART_KINDS))
    unit = draw_(st.sampled_from(UNITS))
    decimals = draw_(st.integers(0, 2))
    quarters = draw_(st.integers(2, 12))
    count = draw_(st.integers(1, 4 if kind != "kpi" else 1))
    magnitude = 10.0 ** draw_(st.integers(-2, 7))
    labels = st.text(st.sampled_from("abcdefghij klmnop"), min_size=1, max_size=70)
    series = []
    for i in range(count):
        shape = draw_(st.sampled_from(["flat", "rising", "random"]))
        raw = _values(draw_, quarters, magnitude, shape)
        values: list[float | None] = [round(v, decimals) for v in raw]
        if kind != "stacked" and quarters > 3 and draw_(st.booleans()):
            values[draw_(st.integers(0, quarters - 2))] = None  # a gap
        provisional = [False] * quarters
        if kind != "stacked" and draw_(st.booleans()) and values[-1] is not None:
            provisional[-1] = True
        style = base.series[0] if i == 0 else SeriesSpec("", (), (), *_STYLE[i])
        series.append(
            replace(
                style,
                label=draw_(labels).strip() or "x",
                values=tuple(values),
                provisional=tuple(provisional),
            )
        )
    if count > 1 and draw_(st.booleans()):  # crossing lines
        first = series[0].values
        series[1] = replace(series[1], values=tuple(reversed(first)))
    band = None
    scale = [v for s in series for v in s.values if v is not None]
    if kind == "kpi":
        target = round(draw_(st.floats(0.01, 1.0)) * magnitude, decimals)
        threshold = round(target * draw_(st.floats(0.5, 0.99)), decimals)
        band = BandSpec(
            (target,) * quarters,
            (threshold,) * quarters,
            "Floor threshold",
            "AMBER range: floor to target",
        )
        scale += [target, threshold]
    if kind == "stacked":
        scale = [sum(s.values[i] or 0 for s in series) for i in range(quarters)]
    limits = axis_limits(scale, unit, stacked=kind == "stacked")
    return replace(
        base,
        kind=kind,
        x_labels=tuple(QUARTERS[:quarters]),
        series=tuple(series),
        band=band,
        y_low=limits.low,
        y_high=limits.high,
        y_step=limits.step,
        unit=unit,
        decimals=decimals,
        axis_label=draw_(st.sampled_from(["%", "per 100,000 aged 65 and over", "£ a week", ""])),
    )


_STYLE = [
    ("#12436D", "o", "solid", ""),
    ("#F46A25", "s", "dashed", "//"),
    ("#3D3D3D", "^", "dashdot", ".."),
    ("#28A197", "D", "dotted", "xx"),
]


def test_any_data_draws_text_inside_the_image_apart_and_off_the_lines(
    sample: dict[str, ChartSpec],
) -> None:
    @settings(
        max_examples=40,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(chart_specs(sample["ASCH2"]))
    def check(spec: ChartSpec) -> None:
        assert faults(draw(spec)) == []

    check()


def test_a_percentage_axis_in_steps_of_2_5_reads_70_0_and_67_5_not_0_0_and_7_5(
    sample: dict[str, ChartSpec],
) -> None:
    """Seen: the labels were cut off on the left, so 70.0% read as 0.0%."""
    base = sample["ASCH2"]
    values = (58.4, 59.1, 60.0, 61.3, 63.8, 66.2, 68.9, 70.0, 69.1, 67.4)
    limits = axis_limits([*values, 65.0, 60.0], "percent")
    spec = replace(
        base,
        series=(replace(base.series[0], values=values, provisional=(False,) * 10),),
        band=BandSpec(
            (65.0,) * 10, (60.0,) * 10, "Floor threshold", "AMBER range: floor to target"
        ),
        y_low=limits.low,
        y_high=limits.high,
        y_step=limits.step,
        decimals=1,
    )
    figure = draw(spec)
    assert faults(figure) == []
    ticks = [p.text for p in drawn_text(figure) if p.gid == "y-tick"]
    assert limits.step == 2.5
    assert {"70.0%", "67.5%", "62.5%"} <= set(ticks) and "0.0%" not in ticks


def test_falling_and_rising_lines_do_not_strike_through_their_labels(
    sample: dict[str, ChartSpec],
) -> None:
    base = sample["ASCH7"]
    for values in ((12.9, 12.7, 12.5, 12.3, 12.1), (1750.0, 1800.0, 1850.0, 1882.0, 1918.0)):
        limits = axis_limits(values, "count")
        spec = replace(
            base,
            kind="activity",
            x_labels=base.x_labels[:5],
            series=(replace(base.series[0], values=values, provisional=(False,) * 5),),
            band=None,
            y_low=limits.low,
            y_high=limits.high,
            y_step=limits.step,
            decimals=1,
        )
        figure = draw(spec)
        assert faults(figure) == []
        assert len([p for p in drawn_text(figure) if p.gid == "value"]) == 5


def test_asch8_end_labels_4735_4688_and_4683_are_all_printed_apart(
    sample: dict[str, ChartSpec],
) -> None:
    figure = draw(sample["ASCH8"])
    assert faults(figure) == []
    values = {p.text for p in drawn_text(figure) if p.gid == "value"}
    assert values == {"4,735", "4,688", "4,683"}


@pytest.mark.parametrize("indicator", [f"ASCH{n}" for n in range(1, 21)])
def test_sample_charts_have_no_text_outside_or_overlapping(
    sample: dict[str, ChartSpec], indicator: str
) -> None:
    assert faults(draw(sample[indicator])) == []
