"""Readings that leave a figure alone where its binding to the measure's level is
uncertain (issue 24, after round 18 was written): each one a shape of words, not a list of
a case's words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.editors.claims.figure import Figure
from generator.read.patterns import regex

# 'an 18% increase', 'a 25% year-on-year rise', 'a 9 per cent fall': a percentage that
# sizes a change named by its noun, on a measure that is itself a percentage: a relative
# change, never the measure's level
_SIZES_A_CHANGE = regex(
    r"^\s*(?:[a-z]+(?:-[a-z]+)*\s+){0,2}?(?:increase|rise|fall|drop|decrease|reduction|decline|"
    r"jump|growth|improvement|uplift|cut|gain|dip|deterioration|change|climb|leap)s?\b",
    re.I,
)


def relative_change_of_a_rate(figure: Figure) -> bool:
    """'In relative terms that is an 18% increase' on a measure that is a percentage: the
    size of a relative change, not a level (a count's 'x% increase' is read as a change
    by the percent reading)."""
    return (
        figure.subject.unit == "percent"
        and figure.stated.percent
        and _SIZES_A_CHANGE.match(figure.after) is not None
    )


_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
# 'between the winter and spring quarters', 'between the summer of 2022 and the summer of
# 2024', 'between the third quarters of 2023/24 and 2024/25': a span between two times
_BETWEEN = regex(r"\bbetween\s+(?P<a>[^,;:.()]{1,60}?)\s+and\s+(?P<b>[^,;:.()]{1,60})", re.I)
_TIME_WORD = regex(
    rf"\b(?:spring|summer|autumn|winter|quarters?|Q[1-4]|{_MONTHS}|(?:19|20)\d\d|years?)\b",
    re.I,
)
_NOW = regex(r"\b(?:now|today|this\s+quarter|the\s+latest\s+quarter)\b", re.I)


def unresolved_span(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a sentence names a span 'between' two times none of which the period
    reading resolved (`spans`: where it found the quarters it names): which quarters its
    figures, and its changes not bound to a quarter, are of is then uncertain."""
    for found in _BETWEEN.finditer(text):
        if not _TIME_WORD.search(found.group(0)) or _NOW.search(found.group("b")):
            continue
        if not any(found.start() <= s < found.end() for s, _ in spans):
            return True
    return False
