"""The benefit of the doubt: a finding only when no other reading of the words fits the
data (issue 24, between rounds 6 and 7). Designed on the blind rounds' false findings
(rounds 5 and earlier) and kept only where it cost no real finding on any corpus:

- a figure read by `level` as this measure's value in a quarter is withheld when it is,
  exactly as written (rounded as written; a hedge's tolerance or a count's zeros would
  fit too much), another figure of the same indicator the sentence could be talking
  about: unless words of a level come just before it ('stood at', 'rose to', 'were', 'a
  rate of'), another series's figure in the same quarter ('88% of the 1,610 requested')
  or the change of its own series on the quarter before or on the same quarter a year
  earlier; and a comparator's figure in the same quarter, or in any quarter when no
  quarter is named beside the figure ('Set against a South East rate of 533, ...'), unless
  (after round 18) words of a level bind it to a subject of its own before it and no
  comparator is named before it or in its own words after it ('Performance fell to 82%,
  just below the England average of 82.6%');
- a figure after a verb of change without `to` ('has gained 1.2%', 'dropped by 240',
  'edged up 3') is a change, not a level: a `level` finding on it is withheld;
- a `change` whose base is the quarter before only by default (the sentence names no
  base), in a sentence that speaks of a change over a year ('A year on from Quarter 2,
  ... 131 more people', 'year on year', 'over the past year', 'twelve months', 'ahead
  of the previous year'), has a base the checker cannot be sure of: the finding is
  withheld;
- (between rounds 10 and 11) a level's figure out of all scale with its series (more
  than SCALE times its highest figure, or less than a SCALE-th of its lowest) is another
  quantity's.

Measured and not kept (they withheld real findings and no false one on the validation
set, or fitted nothing): the target or floor, another quarter's figure of the same
series, another series's figure in another quarter, a year-to-date sum, a share of
another series and a comparator's figure as other readings.

A pure function of a sentence's text, claims and findings, like the other gates
(abstain.py, rivals.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from generator.core.periods import Quarter
from generator.core.rules import format_number, round_half_up
from generator.editors.claims.base import Claim, claim_of
from generator.editors.claims.binding import names_comparator, part_moved_to
from generator.editors.claims.figures import matches
from generator.editors.claims.numbers import NO_PAIR, dated_on
from generator.editors.claims.periods import find_periods
from generator.editors.claims.rivals import figures_of
from generator.editors.claims.subject import Subject, series_named, value_at
from generator.editors.findings import Finding
from generator.read.patterns import regex

# the rules whose findings this gate looks at
DOUBTED = ("level", "change", "target", "movement", "streak", "share")

_MOVED_BY = regex(
    r"\b(?:gain(?:s|ed)?|add(?:s|ed)?|lost|los(?:es|ing)|shed|gr[eo]wn?|grows|climb(?:s|ed)?|"
    r"slip(?:s|ped)?|dropp?(?:s|ed)?|improv(?:es|ed)|increas(?:es|ed)|decreas(?:es|ed)|"
    r"r[io]sen?|rises|f[ae]ll(?:en|s)?|declin(?:es|ed)|jump(?:s|ed)|"
    r"edg(?:es|ed)\s+(?:up|down))\s+(?:by\s+)?(?:a\s+further\s+|another\s+|"
    r"some\s+|almost\s+|nearly\s+|about\s+|around\s+|just\s+(?:over|under)\s+)?$",
    re.IGNORECASE,
)
# words that make the figure after them a level: 'stood at', 'rose to', 'was', 'a rate of'
_A_LEVEL = regex(
    r"\b(?:at|to|of|was|were|is|are|reached|stands|stood|totalled|numbered)\s+$", re.IGNORECASE
)
_OVER_A_YEAR = regex(
    r"\b(?:a\s+year\s+on|year[\s-]+on[\s-]+year|over\s+(?:the|a)\s+(?:past\s+)?year|"
    r"(?:twelve|12)\s+months|"
    # '0.5 percentage points ahead of the previous year'
    r"(?:than|of|on|behind|above|below)\s+(?:the\s+)?(?:previous|last|prior)\s+year)\b",
    re.IGNORECASE,
)


def _others(
    subject: Subject,
    claim: Claim,
    as_level: bool,
    quarter_near: bool,
    own_named: bool = False,
    compared_before: bool = True,
) -> Iterator[float]:
    """The indicator's other figures a level's figure could be about: (unless the words
    before it make it a level) another series's in the quarter and its own series's
    changes; a comparator's."""
    own = set(claim.series)
    for index, values in enumerate(subject.values):
        now = values.get(claim.period)
        if now is None or as_level:
            continue
        if index not in own:
            if not own_named:  # '1,930 applications were received': its own series named
                yield now
            continue
        for back in (1, 4):  # on the quarter before, on a year earlier
            if (then := values.get(claim.period.shift(-back))) is not None:
                yield abs(now - then)
    # a comparator's: in the quarter, or in any quarter when none is named beside the figure
    # (not a figure the words before make a level, with no comparator named before it:
    # 'Performance fell to 82%, just below the England average of 82.6%' is this measure's)
    if as_level and not compared_before:
        return
    window = subject.facts.window
    for comparator in subject.facts.comparators:
        yield from (
            v
            for q, v in zip(window, comparator.values, strict=True)
            if v is not None and (q == claim.period or not quarter_near)
        )


# how near a quarter's words must be to a figure to be its quarter ('89.8% in Quarter 2',
# 'Quarter 3 2023/24: 82%'): a few words either side
NEAR = 24


def _near(text: str, claim: Claim, latest: Quarter) -> bool:
    """Whether the sentence names a quarter next to the claim's figure."""
    start, end = claim.at, claim.at + len(claim.quote)
    return any(r.start - NEAR <= end and start - NEAR <= r.end for r in find_periods(text, latest))


def other_reading(subject: Subject, text: str, claim: Claim) -> bool:
    """Whether a level's figure has another reading that fits the data (see above)."""
    if claim.stated is None:
        return False
    if _MOVED_BY.search(text[: claim.at]):
        return True
    exact = replace(claim.stated, hedge=None, zeros=0)
    as_level = bool(_A_LEVEL.search(text[: claim.at]))
    quarter_near = _near(text, claim, subject.latest)
    own_named = _own_series_after(subject, text, claim)
    compared_before = _compared_near(subject, text, claim)
    return any(
        matches(exact, v)
        for v in _others(subject, claim, as_level, quarter_near, own_named, compared_before)
    )


_UP_TO_PUNCTUATION = regex(r"[^,.;:()]{0,50}")
_PUNCTUATION = regex(r"[,;:()]")


def _compared_near(subject: Subject, text: str, claim: Claim) -> bool:
    """Whether a level's figure could be a comparator's: a comparator is named before it or
    in its own words after it ('reached 82% among our statistical neighbours'), or its
    clause has no subject before it ('At 82%, the England rate ...')."""
    before = text[: claim.at]
    own = _PUNCTUATION.split(before)[-1].split()
    after = _UP_TO_PUNCTUATION.match(text, claim.at + len(claim.quote))
    return (
        len(own) < 3
        or names_comparator(subject.vocabulary, before)
        or (after is not None and names_comparator(subject.vocabulary, after.group(0)))
    )


def _own_series_after(subject: Subject, text: str, claim: Claim) -> bool:
    """'1,930 DoLS applications were received': the words straight after the figure name
    its one series of several, in its own words."""
    if len(subject.values) < 2 or len(claim.series) != 1:
        return False
    after = _UP_TO_PUNCTUATION.match(text, claim.at + len(claim.quote))
    return after is not None and series_named(subject, after.group(0)) == list(claim.series)


# a quarter named as what a change is on ('down 1.4pp on Q2 (83.1%)'), not the figure's
_BASE_BEFORE = regex(
    r"\b(?:on|than|from|against|since|with|over)\s+(?:in\s+)?(?:the\s+)?$", re.IGNORECASE
)


def _named_as_base(subject: Subject, text: str, claim: Claim) -> bool:
    """Whether a claim's quarter (not the report quarter) is named only as what a change
    is on or than: 'higher than in the October to December quarter of 2023'."""
    if claim.period == subject.latest:
        return False
    refs = [r for r in find_periods(text, subject.latest) if r.quarter == claim.period]
    return bool(refs) and all(
        _BASE_BEFORE.search(text[: r.start]) and not dated_on(text, r) for r in refs
    )


def _as_base(subject: Subject, text: str, claim: Claim) -> bool:
    """Whether a level's quarter is named only as a change's base, and the figure is
    the report quarter's: 'Satisfaction down 1.4pp on Q2 (83.1%)'."""
    if claim.stated is None or not _named_as_base(subject, text, claim):
        return False
    latest = [v for s in claim.series if (v := value_at(subject, s, subject.latest)) is not None]
    return any(matches(claim.stated, v) for v in latest)


# 'a total of 2,590 down': the figure is a level's; 'a drop of 2 points' is a change's
_THE_LEVEL_OF = regex(
    r"\b(?!(?:drop|rise|fall|increase|decrease|gain|growth|reduction|improvement|change|"
    r"deterioration|decline|swing|jump|shift|difference|gap|loss)s?\b)[a-z']+\s+(?:of|at)\s+$",
    re.IGNORECASE,
)
_FROM = regex(r"\bfrom\s+$", re.IGNORECASE)
_SLIPPED = regex(r"slip(?:s|ped|ping)?", re.IGNORECASE)
_BAND = r"(?:the\s+)?(?:green|amber|red)(?:\s+(?:band|rating|zone))?"
_INTO_BAND = regex(
    r"\s+(?:back\s+)?(?:out\s+of\s+" + _BAND + r"\s+(?:and\s+)?)?(?:in)?to\s+" + _BAND + r"\b",
    re.IGNORECASE,
)
_TO_ANOTHER = regex(r"\s*(?:[a-z]+\s+)?to\s+£?\d", re.IGNORECASE)
# a verb with an object: 'has reduced the waiting list' moved the list, not the measure
# (not 'dropped a point', 'rose a little': how far it moved)
_AN_OBJECT = regex(
    r"\s+(?:the|a|an|its|their|our)\b(?!\s+(?:(?:percentage\s+)?points?|little|bit|touch|"
    r"fraction|notch|shade|tad|day|week|minute|second|place)\b)",
    re.IGNORECASE,
)


_EXPECTED_TO = regex(
    r"\b(?:expect(?:s|ed)?|forecasts?|predict(?:s|ed)?|project(?:s|ed)?)\s+"
    r"(?:(?:the\s+|its\s+|their\s+)?[a-z]+\s+)?to\s+$",
    re.IGNORECASE,
)
_OWN_OBJECT = regex(r"\s+(?:its|their|our|his|her)\s+(?!own\b)[a-z]", re.IGNORECASE)


def _verb_end(text: str, claim: Claim) -> int:
    """Where a movement word's quote ends in the sentence (its `at` may be its verb's)."""
    last = claim.quote.split()[-1] if claim.quote.split() else ""
    found = text.find(last, claim.at)
    return found + len(last) if found >= 0 else claim.at + len(claim.quote)


def base_unsure(text: str, claim: Claim) -> bool:
    """Whether a change's base is the quarter before only by default, in a sentence that
    speaks of a change over a year."""
    return claim.base is None and bool(_OVER_A_YEAR.search(text))


# how far (a factor either way) from every figure its series has had a figure may be and
# still be read as one of them
SCALE = 5.0


def out_of_scale(subject: Subject, claim: Claim) -> bool:
    """Whether a level's figure is out of all scale with its series: more than SCALE times
    every figure it has had, or less than a SCALE-th of every one ('Two in every three
    tenants in arrears owe less than £500' beside arrears of £503,400): a quantity of
    something else (one tenant's debt), not the measure's figure written wrongly."""
    if claim.stated is None or claim.stated.percent or claim.stated.clock:
        return False
    said = claim.stated.value
    values = [abs(v) for s in claim.series for v in subject.values[s].values() if v]
    if not values or said <= 0:
        return False
    return said > SCALE * max(values) or said * SCALE < min(values)


def own_share(text: str, masked: str, claim: Claim, finding: Finding) -> Finding | None:
    """A share of a count that no pair of the data's figures gives, in a sentence that
    writes its own part before it and its own whole after it ('reviews due (950) were 19%
    of the annual reviews due (6,740)'): checked against those figures (None where they
    give it; whether they are right is for the rules that read them)."""
    if claim.stated is None or not finding.data.startswith(NO_PAIR):
        return finding
    end = claim.at + len(claim.quote)
    counts = [
        (start, stated)
        for start, _, stated in figures_of(text, masked)
        if not stated.percent and not stated.clock and not claim.at <= start < end
    ]
    before = [f for start, f in counts if start < claim.at]
    after = [f for start, f in counts if start >= end]
    if len(before) != 1 or len(after) != 1 or not after[0].value:
        return finding
    part, whole = before[0], after[0]
    ratio = part.value / whole.value * 100
    if matches(claim.stated, ratio):
        return None
    shown = format_number(round_half_up(ratio, 0), 0)
    return replace(finding, data=f"its own figures give {shown}% ({part.quote} of {whole.quote})")


# '£719 (Q1: £761) – down £42': a quarter in brackets with its own figure, beside the
# figure before the brackets
_BRACKETED = regex(r"\d\s*(?:%|[a-z]+)?\s*\(\s*$", re.IGNORECASE)
_COLON_FIGURE = regex(r"\s*:\s*£?\d[\d,.]*\s*%?\s*\)")


def _bracketed_only(subject: Subject, text: str, claim: Claim) -> bool:
    """Whether a change's quarter, an earlier one than the report's, is named only in
    brackets with its own figure before the change ('Average cost £719 (Q1: £761) – down
    £42'): the quarter compared with, not the one the change is in; which is not sure."""
    if claim.period == subject.latest or (
        claim.base is not None and claim.base != claim.period.shift(-1)
    ):
        return False
    refs = [r for r in find_periods(text, subject.latest) if r.quarter == claim.period]
    return bool(refs) and all(
        r.end <= claim.at
        and _BRACKETED.search(text[: r.start])
        and _COLON_FIGURE.match(text, r.end)
        for r in refs
    )


def doubts_withheld(
    subject: Subject,
    text: str,
    claims: Sequence[Claim],
    findings: Sequence[Finding],
    masked: str = "",
) -> list[Finding]:
    """A sentence's findings, less those another reading fits. A finding made from a
    claim carries the claim's index in `claims` as its `order` (1, index)."""
    kept = []
    for finding in findings:
        claim = claim_of(claims, finding)
        if claim is not None:
            if finding.rule == "level" and out_of_scale(subject, claim):
                continue
            if finding.rule == "level" and other_reading(subject, text, claim):
                continue
            # 'Repeat contacts slipped out of the Green band into Amber': a move between
            # bands, which is worse (the rating rule reads it), not a fall in the figure
            if (
                finding.rule == "movement"
                and _SLIPPED.fullmatch(claim.quote)
                and _INTO_BAND.match(text, claim.at + len(claim.quote))
            ):
                continue
            # 'Contacts from the north fell to 5,000': a part's figure, not the measure's
            if finding.rule in ("level", "from", "multiple") and part_moved_to(
                subject.vocabulary, text, claim.at
            ):
                continue
            if finding.rule == "change" and base_unsure(text, claim):
                continue
            if finding.rule == "change" and _bracketed_only(subject, text, claim):
                continue
            if finding.rule == "level" and _as_base(subject, text, claim):
                continue
            # 'the quarter's total of 2,590 down on the spring': a level, then its movement
            if finding.rule == "change" and _THE_LEVEL_OF.search(text[: claim.at]):
                continue
            # 'tightened from 20 days to 18 days': the earlier target (checked only as the
            # year before's, numbers.earlier_target)
            end = claim.at + len(claim.quote)
            if (
                finding.rule == "target"
                and claim.period.year == subject.latest.year
                and _FROM.search(text[: claim.at])
                and _TO_ANOTHER.match(text, end)
            ):
                continue
            # 'we expect them to rise again to around 1,900 next quarter': a movement to come
            if finding.rule in ("streak", "movement") and _EXPECTED_TO.search(text[: claim.at]):
                continue
            # 'Short-term beds doubled their efforts on discharge': a verb with an object of
            # its own, not a multiple of the measure
            if (
                finding.rule == "multiple"
                and claim.quote.lower().endswith("ed")
                and _OWN_OBJECT.match(text, _verb_end(text, claim))
            ):
                continue
            if (
                finding.rule in ("movement", "streak")
                and not claim.quote.lower().endswith(" than")  # 'higher than the 23,410 ...'
                and _AN_OBJECT.match(text, _verb_end(text, claim))
            ):
                continue
        if claim is not None and finding.rule == "share" and masked:
            checked = own_share(text, masked, claim, finding)
            if checked is None:
                continue
            finding = checked
        kept.append(finding)
    return kept
