"""Where a rule's binding fell back on a default, the checker abstains rather than guess
(issue 24, between rounds 4 and 5). Four gates in front of the rules' findings, beside
one claim, one figure (rivals.py):

- a figure read as a change is a part of a whole, not a change, when `of` follows it
  ('made up 86% of those received': the `up` is the verb's, the 86% a share): a
  `change` finding on it is withheld;
- a figure read by `level` as the quarter's figure, in a sentence that names the year to
  date (ytd.YEAR_TO_DATE) and no quarter, was bound to the report quarter only by
  default: the sentence is about the year, and a `level` finding on it is withheld (the
  `year to date` rule checks what it can bind). Not on a measure that adds up through
  the year (`cumulative`): its quarter's figure is the year to date;
- a figure or multiple (`level`, `from`, `change`, `multiple`) is checked only for a
  quarter the sentence binds: a quarter compared with itself is a reading gone wrong;
  where the sentence names its quarters outright (`Quarter 2`, `Q3 2024/25`, `the end
  of December`; none relatively, `a year earlier`), the quarter checked is one of them
  or the report quarter (for the figure after `from`, also the quarter before one of
  them), and a change between two named quarters is a change from one of them; where
  it names none, the quarter checked is the report quarter (or the one before it, for
  `from`);
- a share of a count (`share`, `fraction`) is checked only when the sentence binds its
  part to one series and its whole (named, or every series added up), or at least
  names two of the indicator's series in their own words in the share's own clause: a
  share of no pair the clause names, tried against every pair of the quarter's figures,
  is a guess;
- (between rounds 10 and 11) a level's figure that is, exactly as written, the same
  series's figure in another quarter the sentence names is that quarter's, unless the
  quarter is named with the figure itself; a target checked for the report quarter only
  by default, in a sentence that names other quarters outright, is left alone.

Pure functions of a sentence's text, claims and findings, so that they can be replayed on
the rules of an earlier commit (tools/replay_gate.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from generator.core.periods import Quarter
from generator.editors.claims.base import Claim, claim_of
from generator.editors.claims.figures import NUMBER, matches
from generator.editors.claims.periods import PeriodRef, find_periods
from generator.editors.claims.precision import unresolved_span
from generator.editors.claims.reading import SHARE_CLAUSE
from generator.editors.claims.subject import Subject, value_at, whole_words, word_stems
from generator.editors.claims.ytd import TO_DATE, YEAR_TO_DATE
from generator.editors.findings import Finding
from generator.read.patterns import regex

_OF_AFTER = regex(r"\s+of\b", re.I)
_A_QUARTER = regex(r"\b(?:the|this|that|each|every|a|per|last)\s+quarter\b", re.I)


def part_not_change(text: str, masked: str, claim: Claim) -> bool:
    """Whether the figure of a change claim is followed by `of`: a share of a whole."""
    for found in NUMBER.finditer(masked, claim.at, claim.at + len(claim.quote)):
        if "#" not in found.group(0):
            return bool(_OF_AFTER.match(text, found.end()))
    return False


def year_not_quarter(text: str, latest: Quarter) -> bool:
    """Whether a sentence names the year to date and no quarter."""
    span = YEAR_TO_DATE.search(text)
    if span is None:
        return False
    rest = text[: span.start()] + " " + text[span.end() :]
    return not find_periods(rest, latest) and not _A_QUARTER.search(rest)


_QUARTER_CLAIMS = ("level", "from", "change", "multiple", "movement", "target")
# the rules whose findings these gates look at
WITHHELD = (*_QUARTER_CLAIMS, "share", "fraction")


def named_quarters(refs: Sequence[PeriodRef]) -> frozenset[Quarter] | None:
    """The quarters a sentence names outright; None where it names one relatively."""
    if any(r.offset is not None or r.in_year is not None or r.compared for r in refs):
        return None
    return frozenset(r.quarter for r in refs)


def unbound_quarter(claim: Claim, named: frozenset[Quarter] | None, latest: Quarter) -> bool:
    """Whether a claim is about a quarter its sentence does not bind (see above)."""
    if claim.base is not None and claim.base == claim.period:
        return True
    if named is None:
        return False
    bound = named | {latest}
    if claim.rule == "from" and len(named) < 2:  # 'from 2,000': the quarter before
        bound |= {q.shift(-1) for q in bound}
    if claim.period not in bound:
        return True
    base = claim.base or claim.period.shift(-1)
    between = ("change", "multiple", "movement")  # 'fell between Quarter 1 and Quarter 3'
    if claim.rule in between and len(named) > 1 and base not in named:
        return True
    # 'From 1,180 in the first quarter of 2022/23 to 1,790 now, ... grown by half': a change
    # of a figure told against the one earlier quarter the sentence names, its base the
    # quarter before only by default
    return (
        claim.rule == "change"
        and claim.base is None
        and len(named) == 1
        and next(iter(named)) < claim.period.shift(-1)
    )


def figure_of_another_quarter(subject: Subject, claim: Claim, refs: Sequence[PeriodRef]) -> bool:
    """Whether a level's figure, checked for one quarter, is exactly (as written, unhedged)
    the same series's figure in another quarter the sentence names: the sentence binds the
    figure to that quarter ('came down from 34.2 to 25.3 days between Quarter 1 of 2023/24
    and Quarter 3 of 2024/25'), and the reading that gave it the quarter checked guessed."""
    if claim.stated is None or claim.stated.hedge is not None:
        return False
    if claim.dated:
        return False  # '25.3 days in Quarter 2': the quarter named with the figure binds it
    exact = replace(claim.stated, zeros=0)
    others = {r.quarter for r in refs} - {claim.period}
    return any(
        (v := value_at(subject, s, q)) is not None and matches(exact, v)
        for s in claim.series
        for q in others
    )


def unbound_share(subject: Subject, claim: Claim, text: str) -> bool:
    """Whether a share of a count is not bound to a part and its whole (see above)."""
    if subject.unit == "percent" or (claim.of is not None and len(claim.series) == 1):
        return False
    if claim.base is not None:
        return False  # '97% of their level in Quarter 1 2023/24': of its own earlier figure
    if claim.goal is not None:
        return False  # '110% of the £500,000 target': of its own target
    words = word_stems(text) - whole_words(subject)
    return sum(1 for own in subject.keywords if words & own) < 2


def _clause_at(text: str, at: int) -> str:
    """The words of a sentence's clause (between semicolons or a conjunction) at `at`:
    'Online reports were 66% of enquiries, and half of emails were answered the same day'
    names two series, its clause 'half of emails were answered the same day' one."""
    starts = [m.end() for m in SHARE_CLAUSE.finditer(text, 0, at)]
    end = SHARE_CLAUSE.search(text, at)
    return text[starts[-1] if starts else 0 : end.start() if end else len(text)]


def defaults_withheld(
    subject: Subject,
    text: str,
    masked: str,
    latest: Quarter,
    claims: Sequence[Claim],
    findings: Sequence[Finding],
    cumulative: bool = False,
) -> list[Finding]:
    """A sentence's findings, less those the gates withhold. A finding made from a
    claim carries the claim's index in `claims` as its `order` (1, index)."""
    kept = []
    about_the_year = False
    named: frozenset[Quarter] | None = None
    refs: Sequence[PeriodRef] = ()
    read = False
    span_unresolved = False
    for finding in findings:
        claim = claim_of(claims, finding) if finding.rule in _QUARTER_CLAIMS else None
        if claim is not None:
            if not read:
                read = True
                refs = find_periods(text, latest)
                named = named_quarters(refs)
                about_the_year = year_not_quarter(text, latest)
                span_unresolved = unresolved_span(text, [(r.start, r.end) for r in refs])
            if claim.spanned:
                pass  # 'doubled between the winter and spring quarters': its ends read (spans)
            elif span_unresolved and claim.rule in ("multiple", "level", "from", "movement"):
                continue  # 'doubled between the winter and spring quarters', unresolved
            elif finding.rule == "target":
                # 'Collection stood at 84.6% at the close of September, against a profile of
                # 57.5% for that point of the year': a target (profiled through the year) of
                # the report quarter only by default, in a sentence about another quarter
                if named and claim.period not in named:
                    continue
            elif unbound_quarter(claim, named, latest):
                continue
            if finding.rule in ("level", "from") and figure_of_another_quarter(
                subject, claim, refs
            ):
                continue
        if claim is not None and finding.rule == "change" and part_not_change(text, masked, claim):
            continue
        if claim is not None and finding.rule == "level" and not cumulative and about_the_year:
            continue
        if claim is not None and finding.rule == "change" and claim.base is None and about_the_year:
            continue  # 'So far this year reports are up 1,370 on ...': the year's, not a quarter's
        share = claim_of(claims, finding) if finding.rule in ("share", "fraction") else None
        if (
            share is not None
            and not cumulative
            and share.direction != TO_DATE
            and year_not_quarter(text, latest)
        ):
            # 'So far this year, repairs amount to 98% of reports': the year's share, unless
            # it was checked on the year to date's sums
            continue
        if share is not None and unbound_share(subject, share, _clause_at(text, share.at)):
            continue
        kept.append(finding)
    return kept
