"""No stranded pages: the one rule that decides how each indicator meets the page.

An indicator's section starts a page. Where it does not fit that page, it first
gives up chart height, down to the house style's `chart.min_height_mm`; what
still does not fit continues on the next page under a heading "<id> (continued)",
a section of its own (so that every edition breaks the page there, the DOCX
with an explicit page break), never with a few stray lines and no heading. A
chart's notes that would not fit a page beside it (a long language, many
comparators) go beneath it at the full width instead: as many of their lines as fit
on the chart's page, the rest continued on the next.

The decision is made once, here, from heights measured with the PDF writer's
own flowables (the PDF is the edition laid out by this tool; the DOCX follows
the same breaks), and recorded in the model: the writers only translate it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.core.fingerprint import value_bytes
from generator.core.messages import Messages, default_messages
from generator.core.model import Block, Document, Heading, Run, Section, SideBySide

if TYPE_CHECKING:
    from generator.look.resolve import Look

# Room kept free at the foot of a page for the difference between this
# measurement and a layout engine's own (LibreOffice's lines run a little taller).
SAFETY_MM = 1.0
# A chart's notes go beneath it where beside it they would take more than this share
# of the page's height (its heading and rating take the rest).
SIDE_PANEL_SHARE = 0.85
# The edition whose writer the pages are measured with: its fonts kept parsed (the
# writer's kept parts) are loaded by the measuring too.
MEASURED_WITH = "pdf"
# A flowable as a frame stacks it: (space before, height, space after), in points.
_Part = tuple[float, float, float]


@dataclass(frozen=True)
class Fit:
    """How one indicator's section meets the page."""

    chart_height_mm: float
    # Indexes into the section's blocks where a continuation section starts.
    breaks: tuple[int, ...] = ()
    # The chart's notes beneath it, not beside it: how many of their lines stay on the
    # chart's page (the rest are a block of their own, which the breaks count); None:
    # beside it.
    notes_beneath: int | None = None


class _Measure:
    """Heights of model blocks as the PDF writer lays them out, in points."""

    def __init__(self, look: Look, fonts: Path | None = None) -> None:
        """`fonts`: the folder the PDF writer keeps its parsed fonts in, where the
        fonts are loaded from (and their entries made, for the writer to hand over)."""
        from reportlab.lib.units import mm

        from generator.writers.pdf.tagging import Tagger
        from generator.writers.pdf.writer import _Builder, _register_fonts

        self.mm = mm
        page = look.page
        self.width = page.text_width_mm * mm
        self.frame = (page.height_mm - page.margin_top_mm - page.margin_bottom_mm) * mm
        self.room = self.frame - SAFETY_MM * mm
        self.builder = _Builder(look, _register_fonts(look, fonts), Tagger(), self.frame)

        # Each block's flowables measured once, by the block's identity (the block is
        # kept with them, so that its id is not reused): a section's fit and its
        # breaks add these up, in time linear in the section's length.
        self._parts: dict[int, tuple[Block, tuple[_Part, ...]]] = {}

    def parts(self, block: Block) -> tuple[_Part, ...]:
        """(space before, height, space after) of each of the block's flowables."""
        found = self._parts.get(id(block))
        if found is not None and found[0] is block:
            return found[1]
        measured: list[_Part] = []
        for flowable in self.builder.block(block, self.builder.tagger.root):
            _, h = flowable.wrap(self.width, self.frame)
            measured.append((float(flowable.getSpaceBefore()), h, float(flowable.getSpaceAfter())))
        self._parts[id(block)] = (block, tuple(measured))
        return tuple(measured)

    def side_height(self, pair: SideBySide) -> float:
        """The height of the notes beside a chart, at their width."""
        width = self.width - self.width * pair.main_share
        panel = self.builder.notes(pair.side, self.builder.tagger.root, width)
        return float(panel.wrap(width, self.frame)[1])

    def height(self, blocks: Sequence[Block]) -> float:
        stack = _Stack()
        for block in blocks:
            stack.add(self.parts(block))
        return stack.height


class _Stack:
    """Flowables stacked in a frame, one block at a time: the height so far, summed in
    the order a frame lays them out (so that it equals a measure of the whole run)."""

    def __init__(self) -> None:
        self.total = 0.0
        self.after = 0.0
        self.first = True

    def add(self, parts: Sequence[_Part]) -> None:
        for space_before, h, space_after in parts:
            # A frame gives the larger of a space before and the space after
            # the flowable above it, not both; none at the top of a page.
            before = 0.0 if self.first else max(space_before - self.after, 0.0)
            self.total += before + h + space_after
            self.after = space_after
            self.first = False

    @property
    def height(self) -> float:
        return self.total - self.after  # the last block's space after falls off the page


def _indicator_id(section: Section) -> str | None:
    first = section.blocks[0] if section.blocks else None
    if isinstance(first, Heading) and first.anchor and section.new_page:
        return first.anchor
    return None


def _figure_at(section: Section) -> int | None:
    for index, block in enumerate(section.blocks[: max(section.keep_together, 1)]):
        if isinstance(block, SideBySide):
            return index
    return None


def _measurable(document: Document) -> Iterator[tuple[str, int, Section]]:
    """Each indicator section whose page is fitted (it has a figure beside its words):
    its indicator's id, the figure's place among its blocks, and the section."""
    for section in document.sections:
        ident = _indicator_id(section)
        at = _figure_at(section)
        if ident is not None and at is not None:
            yield ident, at, section


def _with_height(section: Section, index: int, height_mm: float) -> Section:
    pair = section.blocks[index]
    assert isinstance(pair, SideBySide)
    figure = replace(pair.main, height_mm=height_mm)
    blocks = list(section.blocks)
    blocks[index] = replace(pair, main=figure)
    return replace(section, blocks=tuple(blocks))


def _notes_beneath(
    section: Section, index: int, kept: int, messages: Messages | None = None
) -> Section:
    """The section with its chart's notes beneath the chart: their first `kept` lines
    kept with it, the rest a block of its own under the notes' heading '(continued)'."""
    pair = section.blocks[index]
    assert isinstance(pair, SideBySide)
    notes = pair.side
    parts: list[Block] = [pair.main]
    if kept > 0:
        parts.append(replace(notes, lines=notes.lines[:kept]))
    if kept < len(notes.lines):
        heading = notes.heading
        if kept > 0:
            m = messages if messages is not None else default_messages()
            title = "".join(getattr(run, "text", "") for run in heading.runs)
            heading = replace(heading, runs=(Run(m.format("page.continued", id=title)),))
        parts.append(replace(notes, heading=heading, lines=notes.lines[kept:]))
    blocks = (*section.blocks[:index], *parts, *section.blocks[index + 1 :])
    return replace(section, blocks=blocks, keep_together=index + (2 if kept > 0 else 1))


def _lines_kept(section: Section, index: int, measure: _Measure) -> int:
    """How many of the chart's notes, beneath it, fit on its page with it."""
    pair = section.blocks[index]
    assert isinstance(pair, SideBySide)
    kept = 0
    for count in range(1, len(pair.side.lines) + 1):
        start = _notes_beneath(section, index, count).blocks[: index + 2]
        if measure.height(start) > measure.room:
            break
        kept = count
    return kept


def _breaks(section: Section, measure: _Measure, heading: Heading) -> tuple[int, ...]:
    """Where continuations start: each part as much as fits a page, never ending on
    a heading; the kept-together start is never split.

    Each block is measured once and each part's height added up block by block, so
    the work grows with the section's length, not with its square."""
    blocks = section.blocks
    parts = [measure.parts(block) for block in blocks]
    lead: tuple[_Part, ...] = ()
    breaks: list[int] = []
    start = 0
    while _overflows(lead, parts, start, measure.room):
        end = max(start + 1, section.keep_together if start == 0 else start + 1)
        stack = _Stack()
        stack.add(lead)
        for block_parts in parts[start:end]:
            stack.add(block_parts)
        while end < len(blocks):
            stack.add(parts[end])  # the height of lead + blocks[start : end + 1]
            if stack.height > measure.room:
                break
            end += 1
        while end > start + 1 and isinstance(blocks[end - 1], Heading):
            end -= 1
        if end >= len(blocks):
            break
        breaks.append(end)
        start = end
        lead = measure.parts(heading)
    return tuple(breaks)


# Heights only grow as blocks are added; a run of blocks that is this far over the
# room (in points) already is over it whatever follows, so the rest is not added up.
_CLEARLY_OVER = 1e-6


def _overflows(
    lead: Sequence[_Part], parts: Sequence[Sequence[_Part]], start: int, room: float
) -> bool:
    """Whether lead + the blocks from `start` on are taller than `room`."""
    stack = _Stack()
    stack.add(lead)
    for block_parts in parts[start:]:
        stack.add(block_parts)
        if stack.height > room + _CLEARLY_OVER:
            return True
    return stack.height > room


def plan(document: Document, look: Look, min_height_mm: float) -> dict[str, Fit]:
    """Per indicator (by its id) whose section does not fit one page: its fit."""
    measured = measure_sections(document, look, min_height_mm)
    return {ident: fit for ident, fit in measured.items() if fit is not None}


def measure_sections(
    document: Document,
    look: Look,
    min_height_mm: float,
    skip: frozenset[str] = frozenset(),
    fonts: Path | None = None,
) -> dict[str, Fit | None]:
    """Per indicator section (by its id), but those in `skip`: its fit, or None where
    it fits its page as it is. The PDF writer's fonts are loaded only if a section
    is to be measured (from the folder `fonts` it keeps them parsed in, where given)."""
    measure: _Measure | None = None
    fits: dict[str, Fit | None] = {}
    for ident, at, section in _measurable(document):
        if ident in skip:
            continue
        if measure is None:
            measure = _Measure(look, fonts)
        fits[ident] = _fit(section, at, ident, measure, min_height_mm, document.messages)
    return fits


def to_measure(document: Document, skip: frozenset[str]) -> Document:
    """`document` with only the sections `measure_sections` would measure (an indicator
    section not in `skip`): the same fits, from a document sent to a worker without
    the sections (and their charts' pictures) it would pass over."""
    sections = tuple(section for ident, _, section in _measurable(document) if ident not in skip)
    return replace(document, sections=sections)


def _fit(
    section: Section,
    at: int,
    ident: str,
    measure: _Measure,
    min_height_mm: float,
    messages: Messages | None = None,
) -> Fit | None:
    height = measure.height(section.blocks)
    if height <= measure.room:
        return None
    pair = section.blocks[at]
    assert isinstance(pair, SideBySide)
    full = pair.main.height_mm
    heading = continuation_heading(ident, messages)
    if measure.side_height(pair) > measure.room * SIDE_PANEL_SHARE:
        kept = _lines_kept(section, at, measure)
        beneath = _notes_beneath(section, at, kept, messages)
        return Fit(full, _breaks(beneath, measure, heading), notes_beneath=kept)
    wanted = full - (height - measure.room) / measure.mm
    if wanted >= min_height_mm:
        wanted = float(int(wanted))  # whole millimetres: few distinct charts to cache
        if measure.height(_with_height(section, at, wanted).blocks) <= measure.room:
            return Fit(wanted)
    return Fit(full, _breaks(section, measure, heading))


def section_keys(document: Document, look: Look, min_height_mm: float, code: str) -> dict[str, str]:
    """Per indicator section (by its id): a key of everything its fit depends on (its
    blocks, the look, the least chart height, and `code`, the fingerprint of the code
    that measures), so that a section's fit is measured once while none changes."""
    keys: dict[str, str] = {}
    for ident, _, section in _measurable(document):
        digest = hashlib.sha256(code.encode())
        digest.update(value_bytes((look, section, min_height_mm)))
        # The continuation heading's words, where they are not the catalogue's English.
        continued = continuation_heading(ident, document.messages)
        if continued != continuation_heading(ident):
            digest.update(value_bytes(continued))
        keys[ident] = digest.hexdigest()
    return keys


def fit_to_json(fit: Fit | None) -> bytes:
    if fit is None:
        return b'{"fits": true}'
    data: dict[str, Any] = {"chart_height_mm": fit.chart_height_mm, "breaks": list(fit.breaks)}
    if fit.notes_beneath is not None:
        data["notes_beneath"] = fit.notes_beneath
    return json.dumps(data, sort_keys=True).encode()


def fit_from_json(data: bytes) -> Fit | None:
    """A fit read back from the cache; ValueError where it is not one."""
    value = json.loads(data)
    if not isinstance(value, dict):
        raise ValueError("not a fit")
    if value.get("fits") is True:
        return None
    height = value["chart_height_mm"]
    breaks = value["breaks"]
    if not isinstance(height, int | float) or not all(isinstance(b, int) for b in breaks):
        raise ValueError("not a fit")
    beneath = value.get("notes_beneath")
    if beneath is not None and (isinstance(beneath, bool) or not isinstance(beneath, int)):
        raise ValueError("not a fit")
    return Fit(float(height), tuple(breaks), beneath)


def continuation_heading(ident: str, messages: Messages | None = None) -> Heading:
    """'<id> (continued)': not an indicator of its own, not in the contents."""
    m = messages if messages is not None else default_messages()
    text = m.format("page.continued", id=ident)
    return Heading(2, (Run(text),), anchor=None, continuation=True)


def apply(document: Document, fits: Mapping[str, Fit], charts: Mapping[str, bytes]) -> Document:
    """`document` with each fit applied: the chart redrawn at its height (`charts`,
    by indicator id), the continuations made sections of their own."""
    sections: list[Section] = []
    for section in document.sections:
        ident = _indicator_id(section)
        fit = fits.get(ident) if ident else None
        if ident is None or fit is None:
            sections.append(section)
            continue
        at = _figure_at(section)
        if at is not None and ident in charts:
            section = _with_height(section, at, fit.chart_height_mm)
            pair = section.blocks[at]
            assert isinstance(pair, SideBySide)
            section = _replace_block(
                section, at, replace(pair, main=replace(pair.main, image=charts[ident]))
            )
        if at is not None and fit.notes_beneath is not None:
            section = _notes_beneath(section, at, fit.notes_beneath, document.messages)
        edges = (0, *fit.breaks, len(section.blocks))
        for number, (start, end) in enumerate(pairwise(edges)):
            if number == 0:
                sections.append(replace(section, blocks=section.blocks[start:end]))
            else:
                heading = continuation_heading(ident, document.messages)
                blocks = (heading, *section.blocks[start:end])
                sections.append(Section(blocks=blocks, keep_together=0, new_page=True))
    return replace(document, sections=tuple(sections))


def _replace_block(section: Section, index: int, block: Any) -> Section:
    blocks = list(section.blocks)
    blocks[index] = block
    return replace(section, blocks=tuple(blocks))


def pages_of(fit: Fit | None) -> int:
    """How many pages a section takes with `fit` (None: it fits its one page)."""
    return 1 if fit is None else 1 + len(fit.breaks)


def held_breaks(own: Fit | None, longest: Fit | None, blocks: int, full_mm: float) -> Fit | None:
    """A section's fit in one language, given as many pages as its longest language's
    (`longest`): its own where it takes as many; else the longest's breaks where they
    fall within its `blocks`, or breaks before its last blocks. `full_mm`: its chart's
    height where its own fit leaves the chart as it is."""
    wanted = pages_of(longest)
    if pages_of(own) >= wanted or longest is None:
        return own
    height = own.chart_height_mm if own is not None else full_mm
    theirs = tuple(b for b in longest.breaks if 0 < b < blocks)
    if len(theirs) == wanted - 1:
        return Fit(height, theirs)
    mine = set(own.breaks if own is not None else ())
    for at in range(blocks - 1, 0, -1):
        if len(mine) == wanted - 1:
            break
        mine.add(at)
    return Fit(height, tuple(sorted(mine)))


def hold_pages(
    document: Document, fits: Mapping[str, Fit], others: Sequence[Mapping[str, Fit]]
) -> dict[str, Fit]:
    """`document`'s fits (by indicator id) with each indicator given as many pages as
    the most any language's edition (`others`: theirs) gives it, so that every
    indicator starts on the same page in every language."""
    held = dict(fits)
    for ident, at, section in _measurable(document):
        longest = max((o.get(ident) for o in others), key=pages_of, default=None)
        pair = section.blocks[at]
        assert isinstance(pair, SideBySide)
        fit = held_breaks(fits.get(ident), longest, len(section.blocks), pair.main.height_mm)
        if fit is not None:
            held[ident] = fit
    return held
