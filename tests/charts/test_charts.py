"""Each chart builder draws its kind: sizes, colours, stable bytes."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import fields, is_dataclass, replace
from pathlib import Path

import pytest
from PIL import Image

from generator.charts import draw, render
from generator.content.chart_spec import ChartSpec, chart_spec
from generator.content.inputs import load_inputs
from generator.read.style import hex_to_rgb
from tests.scope import shared

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture(scope=shared)
def specs(repo_root: Path) -> dict[str, ChartSpec]:
    inputs = load_inputs(repo_root, "2024-25 Q2")
    return {f.indicator.id: chart_spec(f, inputs.style) for f in inputs.facts}


def _image(png: bytes) -> Image.Image:
    return Image.open(io.BytesIO(png))


def _has_colour(image: Image.Image, colour: str, tolerance: int = 6) -> bool:
    target = tuple(round(c * 255) for c in hex_to_rgb(colour))
    for count_colour in image.getcolors(maxcolors=1_000_000) or []:
        pixel = count_colour[1]
        if all(abs(int(a) - b) <= tolerance for a, b in zip(pixel, target, strict=True)):
            return True
    return False


def _blend(colour: str, alpha: float) -> str:
    rgb = [round((alpha * c + (1 - alpha)) * 255) for c in hex_to_rgb(colour)]
    return "#" + "".join(f"{c:02X}" for c in rgb)


@pytest.mark.parametrize("indicator", ["ASCH2", "ASCH8", "ASCH20"])
def test_charts_are_print_quality_rgb_pngs(specs: dict[str, ChartSpec], indicator: str) -> None:
    spec = specs[indicator]
    image = _image(render(spec))
    assert image.format == "PNG" and image.mode == "RGB"  # no alpha channel to mask
    width_px = round(spec.width_mm / 25.4 * spec.dpi)
    assert abs(image.width - width_px) <= 2 and spec.dpi >= 200


def test_kpi_chart_draws_the_line_and_the_shaded_band(specs: dict[str, ChartSpec]) -> None:
    spec = specs["ASCH2"]
    assert spec.kind == "kpi" and spec.band is not None
    assert spec.band.targets[0] == 90 and spec.band.targets[-1] == 85  # steps with the year
    image = _image(render(spec))
    assert _has_colour(image, spec.series[0].colour)
    assert _has_colour(image, _blend(spec.band_colour, spec.band_alpha))


def test_activity_chart_draws_every_series_in_its_house_colour(specs: dict[str, ChartSpec]) -> None:
    spec = specs["ASCH8"]
    assert spec.kind == "activity" and len(spec.series) == 3
    image = _image(render(spec))
    for series in spec.series:
        assert _has_colour(image, series.colour), series.label
    markers = {s.marker for s in spec.series}
    lines = {s.line for s in spec.series}
    assert len(markers) == 3 and len(lines) == 3  # not told apart by colour alone


def test_shares_of_a_whole_are_stacked_bars(specs: dict[str, ChartSpec]) -> None:
    spec = specs["ASCH20"]
    assert spec.kind == "stacked" and (spec.y_low, spec.y_high) == (0, 100)
    image = _image(render(spec))
    for series in spec.series:
        assert _has_colour(image, series.colour), series.label
    assert len({s.hatch for s in spec.series}) == 3
    # Each share's bars carry its pattern as drawn, not told apart by
    # colour alone; read back from the figure.
    bars = [patch for patch in draw(spec).axes[0].patches if patch.get_height() > 0]
    drawn = {(patch.get_hatch(), round(patch.get_width(), 3)) for patch in bars}
    assert {hatch for hatch, _ in drawn} == {s.hatch for s in spec.series}
    assert len({width for _, width in drawn}) == 1  # one width for every bar


def test_provisional_points_are_drawn_open(specs: dict[str, ChartSpec]) -> None:
    spec = specs["ASCH5"]
    assert spec.series[0].provisional[-1] and not spec.series[0].provisional[-2]
    firm = replace(spec, series=(replace(spec.series[0], provisional=(False,) * 10),))
    assert render(spec) != render(firm)


_DRAW = """
import hashlib, json, sys
from pathlib import Path
from generator.charts import render
from generator.content.chart_spec import chart_spec
from generator.content.inputs import load_inputs
inputs = load_inputs(Path(sys.argv[1]), "2024-25 Q2")
out = {}
for f in inputs.facts:
    if f.indicator.id in sys.argv[2:]:
        spec = chart_spec(f, inputs.style)
        out[f.indicator.id] = [spec.cache_key(), hashlib.sha256(render(spec)).hexdigest()]
print(json.dumps(out))
"""


def test_tick_labels_with_a_decimal_fit_inside_the_chart(repo_root: Path) -> None:
    """A rate charted in steps of 0.5 has labels such as '5.5': none is cut at the edge."""
    inputs = load_inputs(repo_root / "samples" / "get", None)
    facts = next(f for f in inputs.facts if not float(f.limits.step).is_integer())
    image = _image(render(chart_spec(facts, inputs.style))).convert("L")
    height = image.size[1]
    edge = [image.getpixel((x, y)) for x in range(4) for y in range(height)]
    assert min(edge) > 200, "a tick label reaches the chart's left edge"  # type: ignore[operator]


def _drawn_elsewhere(repo_root: Path, seed: str, indicators: list[str]) -> dict[str, list[str]]:
    """Cache keys and chart digests from a process of its own (its own hash seed)."""
    import json
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONHASHSEED": seed, "MPLBACKEND": "Agg"}
    done = subprocess.run(
        [sys.executable, "-c", _DRAW, str(repo_root), *indicators],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_a_chart_is_the_same_bytes_drawn_in_separate_processes(
    repo_root: Path, specs: dict[str, ChartSpec]
) -> None:
    """What the chart cache and reproducible builds rely on: nothing in a chart
    depends on the process that drew it (hash seed, object ids, fonts loaded)."""
    import hashlib

    indicators = ["ASCH2", "ASCH7", "ASCH20"]
    first = _drawn_elsewhere(repo_root, "1", indicators)
    second = _drawn_elsewhere(repo_root, "2", indicators)
    assert first == second
    for indicator in indicators:
        key, digest = first[indicator]
        assert specs[indicator].cache_key() == key
        assert hashlib.sha256(render(specs[indicator])).hexdigest() == digest


def _variants(value: object) -> Iterator[object]:
    """Every way to change one leaf of a spec: each field, each series' fields."""
    if is_dataclass(value) and not isinstance(value, type):
        for field in fields(value):
            for changed in _variants(getattr(value, field.name)):
                yield replace(value, **{field.name: changed})  # type: ignore[type-var]
    elif isinstance(value, tuple):
        if value:
            for changed in _variants(value[0]):
                yield (changed, *value[1:])
            yield value[:-1]
        else:
            yield ("x",)
    elif value is None:
        yield 0.0
    elif isinstance(value, bool):
        yield not value
    elif isinstance(value, int):
        yield value + 1
    elif isinstance(value, float):
        yield value + 0.25
    elif isinstance(value, str):
        yield value + "x"
    else:  # pragma: no cover - a new kind of field: teach this test about it
        raise AssertionError(f"no variant for {value!r}")


@pytest.mark.parametrize("indicator", ["ASCH2", "ASCH7", "ASCH19", "ASCH20"])
def test_the_cache_key_changes_with_every_input(
    specs: dict[str, ChartSpec], indicator: str
) -> None:
    spec = specs[indicator]
    keys = [variant.cache_key() for variant in _variants(spec)]  # type: ignore[attr-defined]
    assert len(keys) > len(fields(spec))
    assert spec.cache_key() not in keys
    # ... and stays the same while nothing changes: the spec made again from
    # inputs read afresh (the other process's keys are checked above).
    assert (
        spec.cache_key()
        == chart_spec(
            next(f for f in load_inputs(ROOT, "2024-25 Q2").facts if f.indicator.id == indicator),
            load_inputs(ROOT, "2024-25 Q2").style,
        ).cache_key()
    )


def test_a_lower_is_better_kpi_names_its_upper_threshold_in_the_legend(tmp_path: Path) -> None:
    """Where lower is better the second line is an upper threshold, and the legend and
    the notes say so (a floor is what the higher-is-better sample has)."""
    from tests.charts.figure_text import drawn_text
    from tests.report_folder import DEFINITION, make_report

    definition = (
        DEFINITION.replace("polarity: higher", "polarity: lower")
        .replace("target: 80", "target: 75")
        .replace("floor: 70", "upper_threshold: 85")
    )
    root = make_report(tmp_path, definition=definition)
    inputs = load_inputs(root, "2024-25 Q2")
    facts = next(f for f in inputs.facts if f.indicator.id == "TS1")
    labels = [piece.text for piece in drawn_text(draw(chart_spec(facts, inputs.style)))]
    assert "Upper threshold" in labels and "Floor threshold" not in labels
