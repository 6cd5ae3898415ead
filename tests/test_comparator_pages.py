"""Comparators on the page: whatever their number, names and gaps, the technical
notes beside the chart and the data table's rows stay on the page the plan gives
them (generator/run/pages.py), each planned part one page of the PDF."""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from generator.content.assemble import IndicatorContent, indicator_section
from generator.content.facts import ComparatorFacts, IndicatorFacts
from generator.content.inputs import Inputs, load_inputs
from generator.core.model import Paragraph, Run
from generator.look.resolve import resolve_look
from generator.read.comparator_fields import Comparator
from generator.run.pages import apply, plan
from generator.writers.pdf.writer import write as write_pdf
from tests.model_fixture import chart_png, sample_document
from tests.poppler import needs_poppler, page_texts
from tests.scope import shared

PNG = chart_png()
WORDS = "Admissions held steady against the region and the national figure this quarter. "


@pytest.fixture(scope=shared)
def sample(repo_root: Path) -> Inputs:
    return load_inputs(repo_root, "2024-25 Q2")


@st.composite
def compared(draw_: st.DrawFn, facts: IndicatorFacts) -> IndicatorFacts:
    quarters = len(facts.window)
    found = []
    for i in range(draw_(st.integers(1, 3))):
        name = draw_(st.text(st.sampled_from("abcdefghij klmnop()"), min_size=1, max_size=60))
        values: list[float | None] = [
            draw_(st.floats(1.0, 5000.0, allow_nan=False)) for _ in range(quarters)
        ]
        for gap in draw_(st.sets(st.integers(0, quarters - 1), max_size=quarters)):
            values[gap] = None
        found.append(
            ComparatorFacts(Comparator(name=name.strip() or f"x{i}", series=f"c{i}"), tuple(values))
        )
    names = [c.name for c in found]
    if len(set(names)) < len(names):
        found = found[:1]
    event(f"{len(found)} comparators")
    return replace(facts, comparators=tuple(found))


@needs_poppler
def test_each_planned_part_with_comparators_is_one_page_of_the_pdf(
    sample: Inputs, tmp_path_factory: pytest.TempPathFactory
) -> None:
    look = resolve_look(sample.style)
    asch5 = next(f for f in sample.facts if f.indicator.id == "ASCH5")

    @settings(
        max_examples=8,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(compared(asch5), st.integers(1, 12))
    def check(facts: IndicatorFacts, paragraphs: int) -> None:
        commentary = tuple(Paragraph((Run(WORDS * 3),)) for _ in range(paragraphs))
        section = indicator_section(IndicatorContent(facts, PNG, commentary), sample.style)
        document = dataclasses.replace(sample_document(), sections=(section,))
        fits = plan(document, look, sample.style.chart.min_height_mm)
        target = tmp_path_factory.mktemp("pages") / "part.pdf"
        write_pdf(apply(document, fits, {"ASCH5": PNG}), look, target)
        pages = page_texts(target)
        fit = fits.get("ASCH5")
        assert len(pages) == (len(fit.breaks) + 1 if fit else 1)
        text = " ".join(" ".join(pages).split())
        assert "Comparator:" in text and "Compared" not in text  # the alt text is not printed

    check()


def test_a_comparator_with_no_figure_at_all_says_so(sample: Inputs) -> None:
    from generator.content.chart_words import chart_words
    from generator.content.notes import technical_notes

    asch5 = next(f for f in sample.facts if f.indicator.id == "ASCH5")
    empty = ComparatorFacts(Comparator(name="Wales", series="wales"), (None,) * len(asch5.window))
    facts = replace(asch5, comparators=(empty,))
    notes = technical_notes(facts, chart_words(sample.style))
    assert (
        "Dark pink dash-dot line with diamonds – Wales: no figure in the quarters charted."
    ) in notes
    assert not any("a gap in its line" in line for line in notes)
