"""How an indicator meets the page (generator/run/pages.py), checked against the PDF the
plan is made for: each part it plans is one page of the PDF, none ending on a heading,
each as full as the plan's measure allows; a chart gives up height only in whole
millimetres, never below the house minimum."""

from __future__ import annotations

import dataclasses
from itertools import pairwise
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from generator.core.messages import default_messages
from generator.core.model import (
    Block,
    Document,
    Figure,
    Heading,
    Notes,
    Paragraph,
    Run,
    Section,
    SideBySide,
)
from generator.look.resolve import Look, resolve_look
from generator.read.style import load_style
from generator.run.pages import _Measure, apply, continuation_heading, plan
from generator.writers.pdf.writer import write as write_pdf
from tests.model_fixture import chart_png, sample_document
from tests.poppler import needs_poppler, page_texts

ROOT = Path(__file__).resolve().parent.parent
LOOK = resolve_look(load_style(ROOT / "styles" / "house.yaml"))
PNG = chart_png()
MEASURE = _Measure(LOOK)
WORDS = "the service saw more people this quarter than in any quarter since records began "


def _indicator(body: list[Block], chart_mm: float = 75.0) -> Section:
    pair = SideBySide(
        Figure(PNG, "A chart.", 150.0, chart_mm, "ts1-chart"),
        Notes(Heading(3, (Run("Technical notes"),)), ((Run("Target 80%."),),)),
        main_share=0.72,
    )
    heading = Heading(2, (Run("TS1: Requests answered within 10 days"),), anchor="TS1")
    return Section((heading, pair, *body), keep_together=2, new_page=True)


def _paragraph(number: int, words: int) -> Paragraph:
    return Paragraph((Run(f"Paragraph {number}: " + (WORDS * 30)[: words * 6].strip()),))


def _document(section: Section) -> Document:
    return dataclasses.replace(sample_document(), sections=(section,))


def _pages(document: Document, look: Look, tmp_path: Path) -> list[str]:
    """The text of each page of the PDF as laid out (and as many as the file holds)."""
    target = tmp_path / "plan.pdf"
    write_pdf(document, look, target)
    texts = page_texts(target)
    with pikepdf.open(target) as pdf:
        assert len(pdf.pages) == len(texts)
    return texts


def test_a_section_that_fits_is_left_alone() -> None:
    assert plan(_document(_indicator([_paragraph(1, 40)])), LOOK, 60.0) == {}


@needs_poppler
def test_a_little_too_long_gives_up_chart_height_in_whole_millimetres(tmp_path: Path) -> None:
    body: list[Block] = []
    while not plan(_document(_indicator(body)), LOOK, 60.0):
        body.append(_paragraph(len(body) + 1, 12))
    fit = plan(_document(_indicator(body)), LOOK, 60.0)["TS1"]
    assert fit.breaks == () and 60.0 <= fit.chart_height_mm < 75.0
    assert fit.chart_height_mm == int(fit.chart_height_mm)
    # One page at that height; a millimetre more would not fit.
    fitted = apply(_document(_indicator(body)), {"TS1": fit}, {"TS1": PNG})
    assert len(_pages(fitted, LOOK, tmp_path)) == 1
    taller = _indicator(body, chart_mm=fit.chart_height_mm + 1)
    assert plan(_document(taller), LOOK, fit.chart_height_mm + 1) != {}


def test_the_chart_never_shrinks_below_the_house_minimum() -> None:
    body: list[Block] = []
    while not plan(_document(_indicator(body)), LOOK, 74.0):
        body.append(_paragraph(len(body) + 1, 12))
    fit = plan(_document(_indicator(body)), LOOK, 74.0)["TS1"]
    assert fit.chart_height_mm == 75.0 and fit.breaks == (len(body) + 1,)


@needs_poppler
@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    lengths=st.lists(st.integers(min_value=5, max_value=120), min_size=8, max_size=24),
    headings=st.sets(st.integers(min_value=0, max_value=23), max_size=5),
)
def test_each_planned_part_is_one_full_page_of_the_pdf(
    tmp_path: Path, lengths: list[int], headings: set[int]
) -> None:
    section = _commentary_of(lengths, headings)
    fits = plan(_document(section), LOOK, 60.0)
    if not fits:
        assert len(_pages(_document(section), LOOK, tmp_path)) == 1
        return
    fit = fits["TS1"]
    event(f"{len(fit.breaks)} continuations")
    planned = apply(_document(section), fits, {"TS1": PNG})
    pages = _pages(planned, LOOK, tmp_path)
    assert len(pages) == len(fit.breaks) + 1  # each part is a page: none overflows
    if not fit.breaks:  # fitted by a shorter chart
        assert 60.0 <= fit.chart_height_mm < 75.0
        return
    edges = (0, *fit.breaks, len(section.blocks))
    assert list(edges) == sorted(set(edges)) and fit.breaks[0] >= section.keep_together
    for number, (start, end) in enumerate(pairwise(edges)):
        part = section.blocks[start:end]
        if number:
            assert default_messages().format("page.continued", id="TS1") in pages[number]
        # No part ends on a heading; and, as the plan measures, the next block would
        # not have fitted, unless taking it would end the part on a heading.
        assert not isinstance(part[-1], Heading) or end == len(section.blocks)
        if end < len(section.blocks) and not isinstance(section.blocks[end], Heading):
            lead = [continuation_heading("TS1")] if number else []
            assert MEASURE.height([*lead, *part, section.blocks[end]]) > MEASURE.room


def _commentary_of(lengths: list[int], headings: set[int], **chart: float) -> Section:
    """An indicator section whose commentary is a paragraph of each of `lengths` words,
    a heading before the paragraphs numbered (from 0) in `headings`."""
    body: list[Block] = []
    for number, words in enumerate(lengths, start=1):
        if number - 1 in headings:
            body.append(Heading(3, (Run(f"Heading before {number}"),)))
        body.append(_paragraph(number, words))
    return _indicator(body, **chart)


def _breaks_measured_whole(section: Section) -> tuple[int, ...]:
    """The breaks as a page-by-page measure of whole runs of blocks puts them (the plan
    before it measured each block once): the oracle for the plan's own sums."""
    heading = continuation_heading("TS1")
    blocks = section.blocks
    breaks: list[int] = []
    start = 0
    lead: list[Block] = []
    while _Measure(LOOK).height([*lead, *blocks[start:]]) > MEASURE.room:
        end = max(start + 1, section.keep_together if start == 0 else start + 1)
        while end < len(blocks) and MEASURE.height([*lead, *blocks[start : end + 1]]) <= (
            MEASURE.room
        ):
            end += 1
        while end > start + 1 and isinstance(blocks[end - 1], Heading):
            end -= 1
        if end >= len(blocks):
            break
        breaks.append(end)
        start = end
        lead = [heading]
    return tuple(breaks)


@settings(max_examples=15, deadline=None)
@given(
    lengths=st.lists(st.integers(min_value=1, max_value=160), min_size=1, max_size=40),
    headings=st.sets(st.integers(min_value=0, max_value=39), max_size=8),
)
def test_the_breaks_are_where_a_measure_of_whole_runs_puts_them(
    lengths: list[int], headings: set[int]
) -> None:
    section = _commentary_of(lengths, headings, chart_mm=75.0)
    fit = plan(_document(section), LOOK, 74.0).get("TS1")
    if fit is not None and not fit.breaks and fit.chart_height_mm < 75.0:
        # fitted on one page by a chart at least 74 mm tall (an overflow under 1 mm):
        # the whole section, measured at once with that chart, fits its page
        shrunk = apply(_document(section), {"TS1": fit}, {"TS1": PNG}).sections[-1]
        assert fit.chart_height_mm >= 74.0
        assert MEASURE.height(shrunk.blocks) <= MEASURE.room
        return
    expected = _breaks_measured_whole(section)
    assert (fit.breaks if fit is not None else ()) == expected


@pytest.mark.parametrize(
    ("lengths", "headings"),
    [([88, 110, 110], {0, 1})],  # an overflow under 1 mm: a 74 mm chart fits it
)
def test_a_section_a_shade_too_long_is_fitted_by_a_shorter_chart_not_broken(
    lengths: list[int], headings: set[int]
) -> None:
    section = _commentary_of(lengths, headings, chart_mm=75.0)
    assert MEASURE.height(section.blocks) > MEASURE.room  # too long by a shade
    fit = plan(_document(section), LOOK, 74.0)["TS1"]
    assert fit.breaks == () and fit.chart_height_mm == 74.0
    shrunk = apply(_document(section), {"TS1": fit}, {"TS1": PNG}).sections[-1]
    assert MEASURE.height(shrunk.blocks) <= MEASURE.room


def test_a_long_section_is_measured_once_a_block(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commentary of any length is laid out in time linear in its length: 600
    paragraphs (some thirty pages) are each turned into flowables and measured once,
    not once for every page they might end."""
    from generator.writers.pdf.writer import _Builder

    made: list[Block] = []
    real = _Builder.block

    def counting(self: _Builder, block: Block, parent: Any) -> Any:
        made.append(block)
        return real(self, block, parent)

    monkeypatch.setattr(_Builder, "block", counting)
    body: list[Block] = [_paragraph(number, 40) for number in range(1, 601)]
    section = _indicator(body)
    fit = plan(_document(section), LOOK, 60.0)["TS1"]
    assert len(fit.breaks) > 20
    # Each block once, the narrower chart's pair once more, the continued heading once.
    assert len(made) <= len(section.blocks) + 2


@needs_poppler
def test_notes_too_long_to_sit_beside_the_chart_go_beneath_it_and_continue(
    tmp_path: Path,
) -> None:
    lines = tuple((Run(f"Note line {n}: " + WORDS * 2),) for n in range(40))
    section = _indicator([_paragraph(1, 40)])
    pair = section.blocks[1]
    assert isinstance(pair, SideBySide)
    long = dataclasses.replace(pair, side=dataclasses.replace(pair.side, lines=lines))
    section = dataclasses.replace(section, blocks=(section.blocks[0], long, *section.blocks[2:]))
    fit = plan(_document(section), LOOK, 60.0)["TS1"]
    assert fit.notes_beneath is not None and 0 < fit.notes_beneath < len(lines)
    laid = apply(_document(section), {"TS1": fit}, {})
    blocks = [b for s in laid.sections for b in s.blocks]
    assert not any(isinstance(b, SideBySide) for b in blocks)
    notes = [b for b in blocks if isinstance(b, Notes)]
    assert [len(n.lines) for n in notes] == [fit.notes_beneath, len(lines) - fit.notes_beneath]
    assert notes[1].heading.runs[0].text == "Technical notes (continued)"
    pages = _pages(laid, LOOK, tmp_path)
    assert "Note line 0" in pages[0] and "Note line 39" not in pages[0]
    assert "TS1 (continued)" in pages[1]
