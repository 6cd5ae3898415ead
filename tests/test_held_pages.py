"""Every language's edition on the same pages (run/pages.py, `held_breaks`): a section
takes as many pages as its longest language's, breaking where that one breaks."""

from __future__ import annotations

import pytest

from generator.run.pages import Fit, held_breaks, pages_of

FULL = 80.0


@pytest.mark.parametrize(
    ("own", "longest", "blocks", "held"),
    [
        # as many pages as the longest already: its own fit, whatever it is
        (None, None, 6, None),
        (Fit(60.0), None, 6, Fit(60.0)),
        (Fit(FULL, (4,)), Fit(FULL, (5,)), 6, Fit(FULL, (4,))),
        (Fit(FULL, (3, 5)), Fit(FULL, (4,)), 6, Fit(FULL, (3, 5))),
        # fewer pages: the longest's breaks, its own chart height kept
        (None, Fit(FULL, (4,)), 6, Fit(FULL, (4,))),
        (Fit(62.0), Fit(FULL, (4,)), 6, Fit(62.0, (4,))),
        (None, Fit(FULL, (3, 5)), 6, Fit(FULL, (3, 5))),
        # the longest's breaks fall beyond its blocks: before its last blocks instead
        (None, Fit(FULL, (7,)), 6, Fit(FULL, (5,))),
        (Fit(FULL, (2,)), Fit(FULL, (3, 8)), 6, Fit(FULL, (2, 5))),
        (None, Fit(FULL, (6, 7)), 6, Fit(FULL, (4, 5))),
    ],
)
def test_a_section_takes_its_longest_language_s_pages(
    own: Fit | None, longest: Fit | None, blocks: int, held: Fit | None
) -> None:
    assert held_breaks(own, longest, blocks, FULL) == held
    assert pages_of(held) == max(pages_of(own), pages_of(longest))
