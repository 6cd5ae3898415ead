"""A number of a clause, with what the clause binds it to: what every reading of a number
(numbers.READINGS, binding.py, ytd.py) is given."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from generator.core.periods import Quarter
from generator.editors.claims.base import Claim
from generator.editors.claims.figures import Stated
from generator.editors.claims.periods import PeriodRef
from generator.editors.claims.reading import Clause, Sentence
from generator.editors.claims.subject import Subject
from generator.read.patterns import regex

# a difference between two percentages (docs/formats.md: changes in a percentage)
POINTS = regex(r"\s*(?:percentage\s+points?\b|points?\b|pp\b|p\.p\.)", re.I)


@dataclass(frozen=True)
class Figure:
    """A number of a clause, with what the clause binds it to, as the readings see it."""

    subject: Subject
    text: str  # the sentence
    clause: Clause
    match: re.Match[str]  # NUMBER in the sentence's masked text
    stated: Stated
    series: tuple[int, ...]
    inside: tuple[PeriodRef, ...]  # the quarters the clause names
    period: Quarter  # the quarter it is given for
    base: Quarter | None  # the quarter the clause compares with
    own: PeriodRef | None  # the quarter named with the number itself
    sentence: Sentence | None = None  # the sentence, with its clauses

    @property
    def before(self) -> str:
        return self.text[self.clause.start : self.match.start()]

    @property
    def after(self) -> str:
        return self.text[self.match.end() : self.clause.start + len(self.clause.text)]

    @property
    def points_after(self) -> bool:
        return bool(POINTS.match(self.text[self.match.end() :]))

    @property
    def dated(self) -> bool:
        """Whether the quarter is named with the figure itself: after it ('16,890 in Quarter
        1'), or before it as the one quarter its clause names ('Quarter 4 2022/23 saw 83%');
        not 'Between Quarter 1 and Quarter 3 ... from 34.2'."""
        own = self.own
        if own is None:
            return False
        return own.start >= self.match.end() or len(self.inside) == 1

    def claim(self, rule: str, **fields: Any) -> Claim:
        fields.setdefault("stated", self.stated)
        fields.setdefault("quote", self.stated.quote)
        fields.setdefault("period", self.period)
        fields.setdefault("series", self.series)
        fields.setdefault("dated", self.dated)
        return Claim(rule=rule, at=self.match.start(), **fields)
