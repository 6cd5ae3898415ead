"""Readings that leave a figure alone where its binding to the measure's level is
uncertain (issue 24, after round 18 was written): each one a shape of words, not a list of
a case's words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.editors.claims.figure import Figure
from generator.editors.claims.periods import SEASON, find_periods
from generator.editors.claims.reading import MONTH_NAME
from generator.editors.claims.subject import Subject, stem
from generator.editors.claims.ytd import YEAR_TO_DATE
from generator.editors.findings import Finding
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


# '4 percentage points, or 6%, better', 'up 1.2 points (about 3%)', 'higher by 1.2 points,
# roughly 3%': a percentage set beside a change in points, the same change told relatively
_BESIDE_POINTS = regex(
    r"\b(?:percentage\s+)?points?\s*(?:,\s*|\(\s*|\s+(?=or\b))"
    r"(?:or\s+|i\.e\.\s+|that\s+is\s+)?"
    r"(?:(?:about|around|roughly|some|nearly|almost|over|under|just\s+(?:over|under))\s+)?$",
    re.I,
)


def relative_beside_points(figure: Figure) -> bool:
    """'Timeliness is four percentage points, or 6%, better than a year ago': the
    percentage beside a change in points is that change told relatively, not a level."""
    return (
        figure.stated.percent
        and _BESIDE_POINTS.search(figure.text, 0, figure.match.start()) is not None
    )


# 'completed 4,745 since April, from 5,840 applications received in that time': after a
# figure, 'from' and a figure in a sentence about the year to date: the whole the first came
# out of (or its base), never the quarter before nor the year to date of the first's series
_FROM_AFTER_FIGURE = regex(r"\d[^.;:]*?\bfrom\s+(?:the\s+|a\s+total\s+of\s+)?£?$", re.I)


def from_in_span_to_date(figure: Figure) -> bool:
    """'Our assessors have completed 4,745 authorisations since April, from 5,840
    applications received in that time': the figure after 'from' is left alone."""
    return (
        _FROM_AFTER_FIGURE.search(figure.text, 0, figure.match.start()) is not None
        and YEAR_TO_DATE.search(figure.text) is not None
    )


# 'between the winter and spring quarters', 'between the summer of 2022 and the summer of
# 2024', 'between the third quarters of 2023/24 and 2024/25': a span between two times
_BETWEEN = regex(r"\bbetween\s+(?P<a>[^,;:.()]{1,60}?)\s+and\s+(?P<b>[^,;:.()]{1,60})", re.I)
_TIME_WORD = regex(
    rf"\b(?:{SEASON}|quarters?|Q[1-4]|{MONTH_NAME}|(?:19|20)\d\d|years?)\b",
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


# 'had met', 'had been above', 'had not fallen': a verb in the past perfect, a state before
# the time the sentence speaks of ('... before slipping to 89.8% in Quarter 3')
_PAST_PERFECT = regex(
    r"\bhad\s+(?:(?:not|never|already|previously|also|consistently|each|all)\s+)?"
    r"(?:been\s+)?(?!to\b)[a-z]+(?:ed|en|wn|ne|un|ght|et|ot|ut|id|ld|ll|ck|nt)\b",
    re.I,
)
# where a clause begins: a stop, or a conjunction that starts another clause
_CLAUSE_START = regex(
    r"[,.](?!\d)|[;:]|\b(?:and|but|while|whereas|although|though|before|after|until)\b", re.I
)
# the rules whose findings the past perfect withholds
# the report quarter named in words: 'by the end of the quarter', 'this quarter'
_THE_QUARTER = regex(
    r"\b(?:(?:end|close)\s+of\s+(?:the|this)\s+quarter|this\s+quarter|the\s+latest\s+quarter)\b",
    re.I,
)
PAST_PERFECT_RULES = ("against target", "streak", "movement", "level", "change")


def in_past_perfect(text: str, at: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the words at `at` are in a clause in the past perfect, with no quarter named
    in it or before it:
    'Streetlight repairs had met the 90% target for two quarters running before slipping
    to 89.8% in Quarter 3' speaks of quarters before the report's, which ones it does not
    say."""
    starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, at)]
    begin = starts[-1] if starts else 0
    after = _CLAUSE_START.search(text, at + 1)
    end = after.start() if after is not None else len(text)
    if _PAST_PERFECT.search(text, begin, min(end, at + 12)) is None:
        return False
    # 'By the end of September, repairs had reached 89.8%': a quarter named before it binds
    if any(s < end for s, _ in spans):
        return False
    # 'had risen to 639 by the end of the quarter': the report quarter named in the clause
    return _THE_QUARTER.search(text, begin, end) is None


_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|twelve|\d+)"
# 'in the four latest quarters', 'for five consecutive quarters', 'in any of the last four
# quarters', 'over the past year', 'through the year': a span of several quarters
SPAN_OF_QUARTERS = regex(
    rf"\b{_COUNT}\s+(?:(?:consecutive|successive|straight|latest|most\s+recent|recent|"
    r"previous|past|last)\s+)?quarters\b"
    rf"|\b(?:last|latest|past|previous|most\s+recent)\s+{_COUNT}\s+quarters\b"
    r"|\b(?:through|throughout|across|over)\s+(?:the|this)\s+(?:past\s+|last\s+)?(?:financial\s+)?year\b",
    re.I,
)
# a side of a figure: 'above 5.5', 'at or above the 95% level', 'never below 5.0'
_SIDE_BEFORE = regex(
    r"\b(?:above|below|over|under|beneath|at\s+least|at\s+most|no\s+(?:more|less|fewer)\s+than|"
    r"(?:at\s+or\s+)?(?:above|below)|more\s+than|less\s+than|fewer\s+than)\s+(?:the\s+)?$",
    re.I,
)


def bound_over_a_span(text: str, at: int) -> bool:
    """Whether a figure at `at` is a side of a bound ('neither risen above 5.5 nor dipped
    below 5.0', 'at or above the 95% level') in a sentence that names a span of several
    quarters in the figure's clause: the bound is the span's, each quarter's, not the
    report quarter's level."""
    if not _SIDE_BEFORE.search(text, max(0, at - 30), at):
        return False
    # the span in the figure's own clause ('..., after four quarters of decline': another's)
    starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, at)]
    after = _CLAUSE_START.search(text, at + 1)
    begin, end = (starts[-1] if starts else 0), (after.start() if after else len(text))
    return SPAN_OF_QUARTERS.search(text, begin, end) is not None


_DIGIT = regex(r"[£$]?\d")


def precision_withheld(subject: Subject, text: str, found: Sequence[Finding]) -> list[Finding]:
    """A sentence's findings less those of a clause in the past perfect naming no quarter
    (in_past_perfect), and a level's that is a side of a bound over a span of quarters
    (bound_over_a_span) or whose own words name no series (own_words_unbound)."""
    latest = subject.latest
    perfect = _PAST_PERFECT.search(text) is not None
    spans = [(r.start, r.end) for r in find_periods(text, latest)] if perfect else []
    kept = []
    for finding in found:
        quote = finding.quote or ""
        at = text.find(quote) if quote else -1
        if at < 0:
            kept.append(finding)
            continue
        if perfect and finding.rule in PAST_PERFECT_RULES and in_past_perfect(text, at, spans):
            continue
        digit = _DIGIT.search(text, at, at + len(quote))
        if finding.rule == "level" and digit and bound_over_a_span(text, digit.start()):
            continue
        if finding.rule == "level" and digit and own_words_unbound(subject, text, digit.start()):
            continue
        kept.append(finding)
    return kept


# '10,390 potholes fixed': a figure, its noun and a participle that says which of them
_NOUN_PARTICIPLE = regex(r"[\d,.]*\s+(?P<noun>[a-z]+)\s+(?P<done>[a-z]{2,}ed)\b", re.I)


_DONE_WORD = regex(r"\b[a-z]{2,}ed\b", re.I)


def own_words_unbound(subject: Subject, text: str, at: int) -> bool:
    """Whether a figure of a measure of several series, told apart by what was done to
    their things ('Potholes reported', 'Potholes repaired'), names its things and then, by
    a participle, which of them ('the 10,390 potholes fixed') in words that name none of the
    series: the series the reading bound it to came from other words ('... of those
    reported'), and is a guess."""
    done_to = [label for label in subject.names[:-1] if _DONE_WORD.search(label)]
    if len(subject.keywords) < 2 or len(done_to) < 2:
        return False  # the series are not told apart by what was done to their things
    found = _NOUN_PARTICIPLE.match(text, at)
    if found is None or stem(found.group("noun")) not in subject.vocabulary:
        return False
    done = stem(found.group("done"))
    return not any(done in own for own in subject.keywords)
