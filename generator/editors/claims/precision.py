"""Readings that leave a figure alone where its binding to the measure's level is
uncertain (issue 24, after round 18 was written): each one a shape of words, not a list of
a case's words."""

from __future__ import annotations

import re

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
