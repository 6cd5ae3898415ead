"""Contrast and cues beyond colour, computed from the house style and from the
drawn charts: text at 4.5:1 on what it sits on, lines and markers at 3:1 on white,
the threshold a line of its own and the band named in the legend."""

from __future__ import annotations

from pathlib import Path

import pytest
from matplotlib.colors import to_hex

from generator.charts import draw
from generator.content.chart_spec import ChartSpec, chart_spec
from generator.content.inputs import load_inputs
from generator.read.style import Style, contrast_ratio, hex_to_rgb, load_style
from tests.charts.figure_text import drawn_text
from tests.scope import shared

WHITE = "#FFFFFF"


@pytest.fixture(scope=shared)
def style(repo_root: Path) -> Style:
    return load_style(repo_root / "styles" / "house.yaml")


@pytest.fixture(scope=shared)
def sample(repo_root: Path) -> dict[str, ChartSpec]:
    inputs = load_inputs(repo_root, "2024-25 Q2")
    return {f.indicator.id: chart_spec(f, inputs.style) for f in inputs.facts}


def _blend(colour: str, alpha: float) -> str:
    rgb = [round((alpha * c + (1 - alpha)) * 255) for c in hex_to_rgb(colour)]
    return "#" + "".join(f"{c:02X}" for c in rgb)


def test_every_line_and_marker_colour_reaches_3_to_1_on_white(style: Style) -> None:
    colours = [s.colour for s in (*style.series, *style.comparators)]
    colours += [style.chart.target_colour, style.chart.threshold_colour]
    for colour in colours:
        assert contrast_ratio(colour, WHITE) >= 3, colour


@pytest.mark.parametrize("indicator", [f"ASCH{n}" for n in range(1, 21)])
def test_all_chart_text_reaches_4_5_to_1_on_what_it_sits_on(
    sample: dict[str, ChartSpec], indicator: str
) -> None:
    spec = sample[indicator]
    grounds = [WHITE, _blend(spec.band_colour, spec.band_alpha)]
    for piece in drawn_text(draw(spec)):
        colour = to_hex(piece.artist.get_color()).upper()
        patch = piece.artist.get_bbox_patch()
        behind = [to_hex(patch.get_facecolor()[:3]).upper()] if patch is not None else grounds
        for ground in behind:
            ratio = contrast_ratio(colour, ground)
            assert ratio >= 4.5, (piece.text, colour, ground, round(ratio, 2))


def test_asch8_orange_end_label_is_darkened_to_read_at_4_5_to_1(
    sample: dict[str, ChartSpec],
) -> None:
    """Seen: 4,735 printed in #F46A25 on white, 3.03:1."""
    orange = sample["ASCH8"].series[1].colour
    assert contrast_ratio(orange, WHITE) < 4.5
    label = next(p for p in drawn_text(draw(sample["ASCH8"])) if p.text == "4,735")
    colour = to_hex(label.artist.get_color()).upper()
    assert colour != orange and contrast_ratio(colour, WHITE) >= 4.5


def test_the_floor_is_a_line_of_its_own_and_the_legend_says_what_the_band_means(
    sample: dict[str, ChartSpec],
) -> None:
    figure = draw(sample["ASCH2"])
    legend = {p.text for p in drawn_text(figure) if p.gid == "legend"}
    assert {"Target", "Floor threshold", "AMBER range: floor to target"} <= legend
    spec = sample["ASCH2"]
    styles = {
        (to_hex(line.get_color()).upper(), line.get_linestyle()) for line in figure.axes[0].lines
    }
    assert (spec.threshold_colour.upper(), "--") in styles
