"""What every rule shares: a claim as read from a sentence, the context a rule runs in,
and the rule's one signature (markdown-it-py's rulers are the model: named functions in
order, each of which can be run alone)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from generator.core.periods import Quarter
from generator.editors.claims.figures import Stated
from generator.editors.claims.reading import Sentence
from generator.editors.claims.subject import Subject, value_at
from generator.editors.findings import Finding
from generator.read.patterns import regex


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
    spanned: bool = False  # its two quarters are a span's ends ('between the winter and spring')


def claim_of(claims: Sequence[Claim], finding: Finding) -> Claim | None:
    """The claim a finding was made from: a finding made from a claim carries (1, the
    claim's index in `claims`) as its `order`; any other (a rating word's, a copied
    paragraph's) None."""
    order = finding.order
    if len(order) > 1 and order[0] == 1 and order[1] < len(claims):
        return claims[order[1]]
    return None


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
        if rule in _QUOTED_FROM_CLAUSE:
            quote = from_clause_start(sentence, at, quote, rule)
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


# rules whose claim is carried by words before the ones they quote: an adverb of time, a
# pronoun subject ('for the first time we are inside the 25-day target', 'now meets the
# revised 85% target', 'at its highest since the series began'), and for a target its
# noun and verb ('The target remains at 25%', 'was reduced to 20 days')
_QUOTED_FROM_CLAUSE = frozenset({"against target", "target", "highest or lowest"})
_CARRIED_BEFORE = regex(
    r"\b(?:(?:now|still|already|again|currently|finally|also|at\s+last|once\s+again|"
    r"for\s+the\s+first\s+time|at\s+its|at\s+their|we|it|they)\s+){1,4}$",
    re.I,
)
_TARGET_BEFORE = regex(
    r"\b(?:the\s+)?(?:[\w-]+\s+)?(?:target|goal|profile)\s+(?:\w+\s+){1,2}(?:to|at)\s+$", re.I
)


def from_clause_start(sentence: Sentence, at: int, quote: str, rule: str) -> str:
    """`quote` widened over the words before it, in its clause, that carry its claim."""
    text = sentence.text
    starts = [m.start() for m in re.finditer(re.escape(quote), text)]
    if not starts:
        return quote
    begin = min(starts, key=lambda s: 0 if s <= at <= s + len(quote) else abs(s - at))
    clause = next((c for c in sentence.clauses if c.start <= begin < c.start + len(c.text)), None)
    if clause is None:
        return quote
    start = begin
    if rule == "target":
        named = _TARGET_BEFORE.search(text, clause.start, begin)
        start = named.start() if named is not None else start
    carried = _CARRIED_BEFORE.search(text, clause.start, start)
    start = carried.start() if carried is not None else start
    return text[start : begin + len(quote)]


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
