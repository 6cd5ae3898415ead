"""A range over quarters: 'between 95% and 98% in every quarter of 2024/25', 'ranged from
580 to 601 over the last two years', 'between 4% and 5% in every quarter since Quarter 1
2023/24'. Every charted quarter the sentence names must be within it, as shown; a range
with no quarters named is left alone (docs/formats.md, part 3)."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from generator.core.periods import Quarter
from generator.core.rules import format_value, round_half_up
from generator.editors.claims.base import Claim, Verdict
from generator.editors.claims.binding import range_written
from generator.editors.claims.figures import Stated, count_words, matches
from generator.editors.claims.periods import PeriodRef, month_at
from generator.editors.claims.reading import MONTH
from generator.editors.claims.subject import Subject, series_name
from generator.read.patterns import regex

_HOW_MANY = count_words(1, 12)
_N = r"(?P<n>" + "|".join(_HOW_MANY) + r"|\d+)"
# 'in every quarter of 2024/25', 'throughout 2024/25', 'in 2022/23', 'across 2023/24 and
# 2024/25': the years' quarters
_YEAR = regex(
    r"\b(?:(?:every|each|all)\s+(?:of\s+the\s+)?quarters?\s+(?:of|in)|throughout|through|"
    r"across|during|over|in)\s+(?P<fy>(?:19|20)\d\d\s*[/–-]\s*\d\d)"
    r"(?:\s+(?:and|to)\s+(?P<fy2>(?:19|20)\d\d\s*[/–-]\s*\d\d))?",
    re.I,
)
# 'in the four quarters to September', 'over the last four quarters to Quarter 2', 'the
# four quarters ending December 2024': that many quarters, ending with the one named after
_N_TO = regex(
    rf"\bthe\s+(?:last\s+|past\s+)?{_N}\s+quarters\s+(?:up\s+)?(?:to|ending(?:\s+in)?|"
    r"until|through)\s+",
    re.I,
)
# 'across the three quarters of 2024/25', 'in the first two quarters of 2024-25', 'the
# quarters of this year': a year's quarters from its first, as many as said, to the report
# quarter at most
_YEAR_QUARTERS = regex(
    rf"\bthe\s+(?:(?P<first>first)\s+)?(?:{_N}\s+)?quarters\s+(?:of|in)\s+(?:"
    r"(?P<fy>(?:19|20)\d\d\s*[/–-]\s*\d\d)|(?:the|this)\s+(?:financial\s+)?year)\b",
    re.I,
)
# 'since April 2023', 'since September': the quarter that month falls in, to the latest
_SINCE_MONTH = regex(r"\bsince\s+", re.I)
# 'the last four quarters', 'the four most recent quarters', 'the four latest quarters'
_RECENT = r"(?:last|past|latest|most\s+recent)"
_LAST = regex(
    rf"\bthe\s+(?:(?P<recent>{_RECENT})\s+)?{_N}\s+(?(recent)|{_RECENT}\s+)"
    r"(?P<unit>quarters|years)\b",
    re.I,
)
_LAST_YEAR = regex(r"\bthe\s+(?:last|past)\s+(?:year|twelve\s+months|12\s+months)\b", re.I)
# 'in every quarter since Quarter 1', 'has ranged from £684 to £740 since Quarter 3'
_SINCE = regex(r"\b(?:(?:every|each)\s+quarter\s+)?since\s+$", re.I)
_CHARTED = regex(
    r"\b(?:every|each|all)\s+(?:of\s+the\s+)?quarters?\s+(?:charted|shown)\b|"
    r"\bover\s+the\s+(?:quarters|period)\s+(?:charted|shown)\b|"
    r"\bsince\s+(?:records|the\s+\w+)\s+(?:began|started)\b",  # 'since the survey began'
    re.I,
)
# 'over the six quarters shown': the last six charted
_SHOWN = regex(rf"\bthe\s+{_N}\s+(?P<unit>quarters)\s+(?:charted|shown)\b", re.I)
# 'in every quarter since the start of 2023/24': from that year's first quarter
_SINCE_YEAR = regex(
    r"\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?P<fy>(?:19|20)\d\d)\s*[/–-]\s*\d\d\b",
    re.I,
)
# 'all year', 'this year', 'throughout the year', 'every quarter this year': the year to the
# report quarter
_THIS_YEAR = regex(
    r"\b(?:all|this|throughout\s+the|(?:every|each)\s+quarter\s+(?:of\s+)?this)\s+"
    r"(?:financial\s+)?year\b",
    re.I,
)


# 'no higher than 22,190 and no lower than 20,980', 'never rose above 5.6 nor fell below
# 5.0', 'has not gone above 660 or below 584', 'never dropped below 584 or exceeded 693':
# two bounds of opposite sides, the first denied (and the second with it): a range written
# by its limits, in either order
_DENIED = r"(?:\b(?:no|never|not|neither|nor)|n't)\s+"
_UPPER = r"(?:higher|more|greater|longer|above|over|beyond|exceed(?:ed|ing|s)?|topped)"
_LOWER = r"(?:lower|less|fewer|shorter|below|under|beneath)"
_LIMIT = r"[£\d][\d,.:]*\s?%?"
_BOUND_PAIR = regex(
    rf"{_DENIED}(?:[a-z]+\s+){{0,2}}?(?:(?P<up1>{_UPPER})|{_LOWER})(?:\s+than)?\s+"
    rf"(?P<first>{_LIMIT})(?:\s+[a-z]+){{0,2}}?,?\s+(?:and|nor|or)\s+(?:{_DENIED})?"
    rf"(?:[a-z]+\s+){{0,2}}?(?:(?P<up2>{_UPPER})|{_LOWER})(?:\s+than)?\s+(?P<second>{_LIMIT})",
    re.I,
)


@dataclass(frozen=True)
class Limits:
    """A range written by its two limits ('never rose above 5.6 nor fell below 5.0'):
    where its words start and end, and where its low and high figures start."""

    start: int
    end: int
    low: int
    high: int


def limits_at(text: str, at: int) -> Limits | None:
    """The range written by two denied limits of opposite sides whose words hold the
    number at `at`; None where there is none (two limits of one side, or 'rose above
    22,000 and fell below 21,000', a movement, not denied)."""
    for pair in _BOUND_PAIR.finditer(text):
        if not pair.start() <= at < pair.end():
            continue
        if bool(pair.group("up1")) == bool(pair.group("up2")):
            return None  # 'no more than 5 and no more than 6': not a range's two ends
        high, low = ("first", "second") if pair.group("up1") else ("second", "first")
        return Limits(pair.start(), pair.end(), pair.start(low), pair.start(high))
    return None


# a month a range's quarters are read from ('in the four quarters to September', 'since
# April 2023'): its quarter, not a month's figure
_SCOPE_MONTH = regex(
    rf"{_N_TO.pattern}{MONTH}(?:\s+(?:19|20)\d\d)?\b|\bsince\s+{MONTH}\s+(?:19|20)\d\d\b",
    re.I,
)


def scope_months(text: str) -> list[tuple[int, int]]:
    """Where a sentence with a range written ('between 4% and 5%', 'ranged from 580 to
    601', 'no higher than 22,190 and no lower than 20,980') names a month its quarters run
    to or from: read as the range's quarters (by range_scope), not as a month's figure."""
    if not range_written(text) and not any(
        limits_at(text, pair.start()) for pair in _BOUND_PAIR.finditer(text)
    ):
        return []
    return [found.span() for found in _SCOPE_MONTH.finditer(text)]


def range_scope(
    text: str, refs: Sequence[PeriodRef], latest: Quarter
) -> tuple[Quarter | None, Quarter] | None:
    """The first and last quarter a sentence's range is over (None first: every quarter
    charted); None where it names none."""
    to = _N_TO.search(text)
    if to is not None:
        end = month_at(text, to.end(), latest) or next(
            (r.quarter for r in refs if r.start == to.end() and r.offset is None), None
        )
        if end is None or end > latest:
            return None  # a run of quarters to one not named, or to come: left alone
        return end.shift(1 - _count(to.group("n"))), end
    of_year = _YEAR_QUARTERS.search(text)
    if of_year is not None:
        start = int(of_year.group("fy")[:4]) if of_year.group("fy") else latest.year
        # 'the first two quarters': from the first; 'the three quarters of 2024/25': every
        # quarter of the year so far, so as many as it has had; a year's quarters, all of
        # them
        had = latest.quarter if start == latest.year else 4
        many = _count(of_year.group("n")) if of_year.group("n") else had
        if many > 4 or (not of_year.group("first") and many != had):
            return None  # 'the two quarters of 2024/25' at its third: which two is not said
        return Quarter(start, 1), min(Quarter(start, many), latest)
    year = _YEAR.search(text)
    if year is not None:
        start = int(year.group("fy")[:4])
        end = Quarter(int((year.group("fy2") or year.group("fy"))[:4]), 4)
        return Quarter(start, 1), min(end, latest)
    last = _LAST.search(text) or _SHOWN.search(text)
    if last is not None:
        quarters = _count(last.group("n")) * (4 if last.group("unit").lower() == "years" else 1)
        return latest.shift(1 - quarters), latest
    since = _SINCE_YEAR.search(text)
    if since is not None:
        return Quarter(int(since.group("fy")), 1), latest
    for since_month in _SINCE_MONTH.finditer(text):
        began = month_at(text, since_month.end(), latest)
        if began is not None:
            return began, latest
    if _LAST_YEAR.search(text):
        return latest.shift(-3), latest
    if _THIS_YEAR.search(text):
        return latest.shift(1 - latest.quarter), latest
    for ref in refs:
        if _SINCE.search(text[: ref.start]) and ref.offset is None:
            return ref.quarter, latest
    if _CHARTED.search(text):
        return None, latest
    return None


def _count(word: str) -> int:
    """'four' or '4': how many."""
    return _HOW_MANY.get(word.lower()) or int(word)


def _at_bound(low: Stated, bound: float, value: float) -> bool:
    """A value that is the bound as written: '2,100' for 2,080, a count written with
    zeros being rounded to them (as figures.matches reads any figure); a bound with no
    zeros is compared as the data is shown."""
    digits = str(int(bound)) if bound == int(bound) and not low.decimals else ""
    zeros = len(digits) - len(digits.rstrip("0")) if digits and bound else 0
    # only a count written with zeros is rounded: '75' on a measure shown to one decimal
    # is 75.0, and 74.6 is outside it (as shown)
    return bool(zeros) and matches(replace(low, value=bound, zeros=zeros, hedge=None), value)


def check_range(subject: Subject, claim: Claim) -> list[Verdict]:
    """Every charted quarter the range is over within it, as shown."""
    assert claim.stated is not None and claim.goal is not None
    low, high = claim.stated.value, claim.goal
    decimals = max(subject.decimals, claim.stated.decimals)
    outside: tuple[float, Quarter, int, float, Quarter] | None = None
    # 'above 90%': one bound, which no figure shown as it may reach
    bounds = [low, high] if math.isfinite(low) and math.isfinite(high) else []
    # only a count shown whole is rounded to a bound's zeros: '90%' is not 89.8% shown to a
    # decimal, '30 days' not 30.1, '2:30' not 2:29 (a bound is a limit, not a round figure)
    stated = claim.stated
    rounded = not (subject.decimals or stated.percent or stated.clock)
    for s in claim.series:
        values = [
            (q, v)
            for q, v in subject.values[s].items()
            if q <= claim.period and (claim.base is None or q >= claim.base)
        ]
        if not values:
            return []
        wrong = [
            (v, q)
            for q, v in values
            if not low <= round_half_up(v, decimals) <= high
            and not (rounded and any(_at_bound(claim.stated, b, v) for b in bounds))
        ]
        if not wrong:
            return []
        v, q = max(wrong, key=lambda w: w[1])  # the latest quarter outside it
        # and the one furthest past the bound it breaks
        far_v, far_q = max(wrong, key=lambda w: max(low - w[0], w[0] - high))
        outside = outside or (v, q, s, far_v, far_q)
    if outside is None:
        return []
    v, q, s, far_v, far_q = outside
    unit = subject.facts.indicator.unit
    shown = format_value(v, unit, decimals)
    further = (
        f" (furthest outside it: {format_value(far_v, unit, decimals)} in {far_q.long})"
        if far_q != q
        else ""
    )
    first = claim.base.long if claim.base is not None else "the first quarter charted"
    return [
        Verdict(
            f"says {claim.quote} from {first} to {claim.period.long}"
            f"{series_name(subject, claim.series)}",
            f"the data has {shown} in {q.long}{further}",
        )
    ]
