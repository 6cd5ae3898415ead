"""Readable sizes: the sample house style sets body text at 11 pt or more and no
text under 9 pt at print size, chart text included at the size the chart is placed."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from generator.charts import draw
from generator.content.chart_spec import chart_spec
from generator.content.inputs import load_inputs
from generator.read.style import load_style
from tests.charts.figure_text import drawn_text


def test_body_text_is_11_pt_and_nothing_is_under_9_pt(repo_root: Path) -> None:
    style = load_style(repo_root / "styles" / "house.yaml")
    assert style.size("body") >= 11
    assert min(style.sizes.values()) >= 9, style.sizes


@pytest.mark.parametrize("quarter", ["2024-25 Q2", "2023-24 Q2"])
def test_every_piece_of_chart_text_prints_at_9_pt_or_more(repo_root: Path, quarter: str) -> None:
    inputs = load_inputs(repo_root, quarter)
    style = inputs.style
    column_mm = style.page.text_width_mm * style.page.chart_share
    placed = min(1.0, column_mm / style.chart.width_mm)  # a chart is never enlarged past its size
    for facts in inputs.facts:
        figure = draw(chart_spec(facts, style))
        for piece in drawn_text(figure):
            printed = float(piece.artist.get_fontsize()) * placed
            assert printed >= 9, (facts.indicator.id, piece.text, printed)


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_every_word_on_every_chart_is_at_the_house_chart_size(repo_root: Path, size: float) -> None:
    """Lines, shares in stacked bars, end labels, axes and legends: all at the style's
    `chart_text` size, and all following it when a council sets another."""
    inputs = load_inputs(repo_root, "2024-25 Q2")
    kinds: set[tuple[str, str]] = set()
    for facts in inputs.facts:
        spec = replace(chart_spec(facts, inputs.style), font_size=size)
        pieces = drawn_text(draw(spec))
        assert {float(p.artist.get_fontsize()) for p in pieces} == {size}, facts.indicator.id
        kinds.add((facts.indicator.kind, facts.indicator.chart))
    assert len(kinds) == 3, kinds  # a target line, activity lines and stacked shares
