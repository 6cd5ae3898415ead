"""What is drawn is what is said: a chart plots each value as the appendix prints
it, so no point sits on the far side of the target from its label, table and rating."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.content.chart_spec import chart_spec
from generator.content.facts import IndicatorFacts
from generator.content.inputs import load_inputs
from generator.core.rules import format_value
from generator.read.style import Style
from tests.charts.figure_text import number_in
from tests.scope import shared


@pytest.fixture(scope=shared, params=["2024-25 Q2", "2023-24 Q2"])
def edition(request: pytest.FixtureRequest, repo_root: Path) -> tuple[list[IndicatorFacts], Style]:
    inputs = load_inputs(repo_root, request.param)
    return list(inputs.facts), inputs.style


def test_asch1_points_labelled_5_percent_sit_on_the_5_percent_target_line(repo_root: Path) -> None:
    """Seen: 5.2 drawn above the 5% target and 4.6 below it, both labelled "5%"."""
    inputs = load_inputs(repo_root, "2024-25 Q2")
    facts = next(f for f in inputs.facts if f.indicator.id == "ASCH1")
    spec = chart_spec(facts, inputs.style)
    assert spec.band is not None
    raw = facts.primary.values
    assert 5.2 in raw and 4.6 in raw
    for value, plotted, target in zip(raw, spec.series[0].values, spec.band.targets, strict=True):
        assert value is not None and plotted is not None and target == 5
        if format_value(value, "percent", 0) == "5%":
            assert plotted == target


def test_every_point_is_drawn_at_the_figure_its_label_gives(
    edition: tuple[list[IndicatorFacts], Style],
) -> None:
    facts_list, style = edition
    for facts in facts_list:
        spec = chart_spec(facts, style)
        for series in spec.series:
            for plotted in series.values:
                if plotted is not None:
                    label = format_value(plotted, facts.indicator.unit, facts.indicator.decimals)
                    assert number_in(label) == plotted, (facts.indicator.id, label, plotted)


def test_a_kpi_is_rated_green_exactly_when_its_point_is_drawn_on_the_target_side(
    edition: tuple[list[IndicatorFacts], Style],
) -> None:
    for facts in facts_list_kpis(edition[0]):
        spec = chart_spec(facts, edition[1])
        assert spec.band is not None
        drawn = spec.series[0].values[-1]
        target = spec.band.targets[-1]
        assert drawn is not None and target is not None
        on_target_side = (
            drawn >= target if facts.indicator.polarity == "higher" else drawn <= target
        )
        assert (facts.rag == "GREEN") == on_target_side, facts.indicator.id


def facts_list_kpis(facts_list: list[IndicatorFacts]) -> list[IndicatorFacts]:
    return [
        f
        for f in facts_list
        if f.indicator.is_kpi() and f.rag is not None and f.primary.latest.quarter == f.window[-1]
    ]


# What the notes call each line style, as matplotlib draws it (an oracle of our own,
# not the generator's table).
DRAWN_AS = {"dotted": ":", "dashed": "--", "solid": "-", "dashdot": "-."}


def test_a_provisional_figure_is_joined_by_the_line_its_note_names(repo_root: Path) -> None:
    """ASCH5's latest figure is provisional: the note says how it is drawn ('open
    marker, dotted line'), and the line into it is drawn so, the firm line solid."""
    from generator.charts import draw
    from generator.content.chart_words import chart_words
    from generator.content.notes import technical_notes

    inputs = load_inputs(repo_root, "2024-25 Q2")
    facts = next(f for f in inputs.facts if f.indicator.id == "ASCH5")
    (note,) = [n for n in technical_notes(facts, chart_words(inputs.style)) if "provisional" in n]
    said = note.split("(")[1].split(")")[0]  # e.g. "open marker, dotted line"
    line_word = said.split(", ")[1].removesuffix(" line")
    figure = draw(chart_spec(facts, inputs.style))
    lines = [
        (line.get_linestyle(), [i for i, y in enumerate(line.get_ydata()) if y == y])
        for line in figure.axes[0].lines
        if line.get_label() != "Provisional"
        and line.get_label() not in {c.name for c in facts.comparators}  # their own lines
        and len(line.get_ydata()) == len(facts.window)
    ]
    last = len(facts.window) - 1
    into_provisional = [style for style, shown in lines if shown == [last - 1, last]]
    assert into_provisional == [DRAWN_AS[line_word]]
    firm = [style for style, shown in lines if last - 1 in shown and last not in shown]
    assert firm == ["-"]
