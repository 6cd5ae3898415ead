"""What every rule shares: a claim as read from a sentence, the context a rule runs in,
and the rule's one signature (markdown-it-py's rulers are the model: named functions in
order, each of which can be run alone)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from generator.core.periods import Quarter
from generator.editors.claims.figures import Stated
from generator.editors.claims.reading import Sentence
from generator.editors.claims.subject import Subject, value_at
from generator.editors.findings import Finding


@dataclass(frozen=True)
class Claim:
    """A figure or movement word of a sentence, bound to the period and series it is about.
    `rule` names the rule that reads and checks it (RULES)."""

    rule: str
    quote: str
    series: tuple[int, ...]
    period: Quarter  # the quarter the claim is about
    base: Quarter | None = None  # the quarter compared with (changes and movements)
    stated: Stated | None = None
    direction: str | None = None  # up, down, steady, better, worse
    negated: bool = False
    points: bool = False  # 'percentage points'
    target_word: str | None = None
    hedged_steady: bool = False
    names_trend: bool = False  # the sentence speaks of 'the trend' or 'direction of travel'
    gap: bool = False  # the clause speaks of a gap or difference between figures
    at: int = 0  # where in the sentence its words are
    goal: float | None = None  # a target as the sentence writes it ('below the 30% target')
    run: int | None = None  # 'for the fourth consecutive quarter': movements in a row
    of: tuple[int, ...] | None = None  # a share's whole: the series after 'of' (() for all)
    dated: bool = False  # its quarter is named with the figure itself ('16,890 in Quarter 1')


class Verdict(NamedTuple):
    """What a sentence says, against what the data has (joined in the message by `link`)."""

    says: str
    data: str = ""
    link: str = "; "


@dataclass
class Context:
    """One indicator's commentary file, as every rule sees it. The claims of a sentence are
    read once (`claims`), by `reader`, and shared by the rules that check them."""

    subject: Subject
    file: str
    reader: Callable[[Subject, Sentence], tuple[Claim, ...]]
    # by the sentence's identity: hashing a sentence's fields for each rule costs more
    _read: dict[int, tuple[Sentence, tuple[Claim, ...]]] = field(default_factory=dict)

    @property
    def indicator(self) -> str:
        return self.subject.facts.indicator.id

    def claims(self, sentence: Sentence) -> tuple[Claim, ...]:
        read = self._read.get(id(sentence))
        if read is None or read[0] is not sentence:
            read = self._read[id(sentence)] = (sentence, self.reader(self.subject, sentence))
        return read[1]

    def finding(
        self,
        sentence: Sentence,
        at: int,
        quote: str,
        verdict: Verdict,
        rule: str,
        period: Quarter | None,
        order: tuple[int, ...],
    ) -> Finding:
        written = sentence.as_written(at, quote)
        says, data = verdict.says, verdict.data
        if written != quote:
            # the quote in the message as written too ('says ninety-one per cent'), where
            # it stands alone (not the '17' of '17.5')
            alone = re.compile(rf"(?<![\w.]){re.escape(quote)}(?![\w.])")
            says, data = alone.sub(lambda _: written, says), alone.sub(lambda _: written, data)
        return Finding(
            file=self.file,
            line=sentence.line_at(at),
            indicator=self.indicator,
            quote=written,
            says=says,
            data=data,
            rule=rule,
            period=str(period) if period is not None else None,
            link=verdict.link,
            order=order,
        )


# A rule: a sentence, in the context of its file, to what it finds wrong in it.
Rule = Callable[[Sentence, Context], Iterable[Finding]]
# A claim's check: the claim against the data; [] where it holds.
Check = Callable[[Subject, Claim], list[Verdict]]


def claim_rule(name: str, check: Check) -> Rule:
    """The rule that checks the claims read as `name` (their reading is shared: see
    clauses.py), in the order they were read."""

    def rule(sentence: Sentence, context: Context) -> Iterator[Finding]:
        for index, claim in enumerate(context.claims(sentence)):
            if claim.rule != name:
                continue
            for verdict in check(context.subject, claim):
                yield context.finding(
                    sentence, claim.at, claim.quote, verdict, name, claim.period, (1, index)
                )

    rule.__name__ = rule.__qualname__ = f"check_{name.replace(' ', '_')}"
    rule.__doc__ = check.__doc__
    return rule


def pairs(subject: Subject, claim: Claim) -> Iterator[tuple[int, float, float, Quarter]]:
    """(series, new, old, base) for each series the claim may be about."""
    base = claim.base or claim.period.shift(-1)
    for s in claim.series:
        new, old = value_at(subject, s, claim.period), value_at(subject, s, base)
        if new is not None and old is not None:
            yield s, new, old, base
