"""Cells that give no figure for their quarter, and the words they give instead (pure).

A data file's value or a tracker's cell may be blank, a mark ('-', 'n/a', 'TBC')
or words ('awaiting data', 'n/a – new measure'): each is a gap, its words kept as
its reason. A number followed by words is a figure, and is refused as one.
"""

from __future__ import annotations

import re

# Cells that say "no figure this quarter": on their own, or (the marks) followed by words.
NO_FIGURE = frozenset(
    {"", "-", "–", "—", "n/a", "na", "..", "tbc", "not available", "not yet available"}
)
_MARK = r"n/a|na|tbc|tbd|\.\.|-|–|—"
_MARKED = re.compile(rf"^(?:{_MARK})(?:\s*[-–—:,;]\s*|\s+)(?P<words>\D.*)$", re.IGNORECASE)
_GAP_WORDS = re.compile(
    r"^(?:awaiting|pending|not (?:yet )?(?:available|collected|reported|published|known)"
    r"|no (?:data|figure|return)|unavailable|suppressed|withheld)\b",
    re.IGNORECASE,
)


def gap_words(text: str) -> str | None:
    """None where a cell is meant as a figure; else the words it gives for having none
    ('' for a blank or a bare mark: '-', 'n/a', 'TBC'; 'new measure' for 'n/a – new
    measure'; 'awaiting data' for itself). A number followed by words is a figure, and
    is refused as one."""
    cleaned = " ".join(text.split())
    if cleaned.lower() in NO_FIGURE:
        return ""
    marked = _MARKED.match(cleaned)
    if marked:
        return marked["words"]
    if _GAP_WORDS.match(cleaned):
        return cleaned
    return None
