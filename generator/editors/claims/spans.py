"""The two quarters a span names, from any of the ways editors write its ends: 'between
Quarter 2 2022-23 and Quarter 3 2024-25', 'from September 2022 to December 2024', 'between
October to December 2022 and July to September 2024', 'between the winter and spring
quarters', 'between the autumn and winter of 2023-24', 'between the third quarters of
2023/24 and 2024/25', 'between July to September 2022 and the same months of 2024', 'from
the Quarter 2 total to the Quarter 3 total', 'Quarter 3 of 2023/24 to Quarter 2 of 2024/25
saw ...'. A multiple ('doubled', 'halved') or a change in words ('fell by a fifth') told
over such a span compares its two ends.

Each end is read on its own (a quarter named, a quarter's months, a month that ends a
quarter with its year, a season, a financial year alone), and a part the two ends share is
given to the end that leaves it out: the year ('the autumn and winter of 2023-24'), the
quarter of the year ('the third quarters of 2023/24 and 2024/25', 'the same months of
2024'). Seasons are the financial year's quarters (spring April to June ... winter January
to March); with no year, the later end is the latest such quarter up to the report
quarter and the earlier the latest such before it. A span whose ends are not both read,
or whose earlier end is not before its later, is not read."""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.core.periods import Quarter
from generator.editors.claims.periods import (
    SEASON,
    SEASONS,
    financial_year,
    find_periods,
    latest_such,
    month_number,
    month_quarter,
)
from generator.editors.claims.reading import MONTH_NAME
from generator.read.patterns import regex


@dataclass(frozen=True)
class Span:
    start: int  # where the span's words begin ('between', 'from' or its first end)
    end: int
    first: Quarter
    last: Quarter


@dataclass(frozen=True)
class _End:
    number: int | None  # the quarter of the year (1 to 4), where said
    year: int | None  # the financial year's first calendar year, where said
    season: bool = False  # a season with no year: the latest such, as a span's end
    same: bool = False  # 'the same months of 2024': the other end's quarter of the year
    calendar: int | None = None  # 'the same months of 2024': a calendar year


# where a span's words are: 'between A and B', 'from A to B', or a sentence that opens on
# 'A to B' ('Quarter 3 of 2023/24 to Quarter 2 of 2024/25 saw ...'); its ends run to the
# clause's edge and are cut at each 'and' or 'to' in turn
_SPAN = regex(r"\b(?P<word>between|from)\s+(?P<body>[^,;:.()!?]{3,120})", re.I)
_LEAD = regex(r"^\W*(?P<lead>[^,;:.()!?]{3,120})", re.I)
_CUT = {"between": regex(r"\s+and\s+", re.I), "from": regex(r"\s+to\s+", re.I)}
_LEAD_CUT = regex(r"\s+to\s+", re.I)
_THE = regex(r"(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?", re.I)
_FY = r"(?P<fy>(?:19|20)\d\d\s*[/–-]\s*\d\d(?:\d\d)?)"
_CY = r"(?P<cy>(?:19|20)\d\d)(?!\s*[/–-]\s*\d)"
# 'the winter', 'spring quarters', 'the spring one', 'autumn of 2023-24', 'summer 2022'
_SEASON_END = regex(
    rf"(?:the\s+)?(?P<season>{SEASON})(?:\s+(?:quarters?|ones?))?"
    rf"(?:\s+(?:of\s+|in\s+)?(?:{_FY}|{_CY}))?\b",
    re.I,
)
# 'the third quarters of 2023/24' (a quarter shared with the other end), '2024/25' alone
_ORDINAL_END = regex(
    rf"(?:the\s+)?(?P<ord>first|second|third|fourth|final)\s+(?:quarters?|ones?)"
    rf"(?:\s+(?:of\s+|in\s+)?{_FY})?\b",
    re.I,
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}
_YEAR_END = regex(rf"(?:the\s+)?(?:financial\s+year\s+)?{_FY}(?:\s+quarters?)?\b", re.I)
# 'the same months of 2024', 'the same quarter of 2023-24': the other end's quarter
_SAME_END = regex(
    rf"the\s+(?:same|equivalent|corresponding)\s+(?:quarter|period|months|three\s+months)"
    rf"\s+(?:of|in)\s+(?:{_FY}|{_CY})\b",
    re.I,
)
# 'December 2024', 'the end of September 2022': the quarter a month ends, with its year
_MONTH_END = regex(rf"(?P<month>March|June|September|December)\s+{_CY}\b", re.I)
# the words after a span's later end that end it: a clause's edge, or a word that starts
# other words ('..., from 205,000 to 447,000', '... before climbing again')
_AFTER_END = regex(
    r"\s*(?:$|[,;:.()!?]|(?:and|but|before|after|when|while|as|saw|to|from|with|then|"
    r"low|high|peak|total|figure|level|quarters?)\b)",
    re.I,
)
_MONTH_WORDS = regex(rf"\b{MONTH_NAME}\b", re.I)
# what may follow the earlier end before 'and' or 'to': 'from the Quarter 4 2023-24 low to'
_FIRST_NOUN = regex(r"\s*(?:(?:low|high|peak|total|figure|level|quarter)s?)?\s*", re.I)


def _read_end(words: str, latest: Quarter, last: bool) -> tuple[_End, int] | None:
    """One end of a span, at the start of `words` (after 'the', 'the end of'), and where
    its own words stop; None where the words do not begin with a time."""
    at = _THE.match(words)
    skip = at.end() if at else 0
    same = _SAME_END.match(words)
    if same is not None:
        if same.group("fy"):
            return _End(None, financial_year(same.group("fy")), same=True), same.end()
        return _End(None, None, same=True, calendar=int(same.group("cy"))), same.end()
    season = _SEASON_END.match(words)
    if season is not None:
        number = SEASONS[season.group("season").lower()]
        if season.group("fy"):
            return _End(number, financial_year(season.group("fy"))), season.end()
        if season.group("cy"):
            if number == 4:
                return None  # 'winter 2022': January to March 2022, or the one after?
            return _End(number, int(season.group("cy"))), season.end()
        return _End(number, None, season=True), season.end()
    ordinal = _ORDINAL_END.match(words)
    if ordinal is not None:
        year = financial_year(ordinal.group("fy")) if ordinal.group("fy") else None
        return _End(_ORDINALS[ordinal.group("ord").lower()], year), ordinal.end()
    year_alone = _YEAR_END.match(words)
    if year_alone is not None:
        return _End(None, financial_year(year_alone.group("fy"))), year_alone.end()
    month = _MONTH_END.match(words, skip)
    ends = month_number(month.group("month")) if month is not None else None
    if month is not None and ends is not None and not _MONTH_WORDS.search(words, 0, month.start()):
        quarter = month_quarter(ends, int(month.group("cy")), latest)
        return _End(quarter.quarter, quarter.year), month.end()
    refs = find_periods(words, latest)
    if not refs or refs[0].start > skip or refs[0].offset is not None:
        return None
    ref = refs[0]
    if ref.in_year is not None:
        return None
    if not ref.explicit_year and not last:
        return _End(ref.quarter.quarter, None), ref.end
    return _End(ref.quarter.quarter, ref.quarter.year), ref.end


def _join(first: _End, last: _End, latest: Quarter) -> tuple[Quarter, Quarter] | None:
    """The two quarters of a span's ends, each given what the other says and it leaves out."""
    number_last = last.number if last.number is not None else first.number
    number_first = first.number if first.number is not None else last.number
    if number_first is None or number_last is None:
        return None
    year_last = last.year
    if last.same and last.calendar is not None:
        year_last = last.calendar if number_last < 4 else last.calendar - 1
    year_first = first.year
    if year_first is None and year_last is not None and not first.season and first.number:
        year_first = year_last  # 'the third quarter and the fourth of 2023/24'
    if first.season and year_first is None and year_last is not None:
        year_first = year_last  # 'the autumn and winter of 2023-24'
    if year_last is None:
        if year_first is not None and not last.season:
            year_last = year_first  # 'Quarter 2 2023/24 to Quarter 4'
        else:
            later = latest_such(number_last, latest)
            year_last = later.year
    end = Quarter(year_last, number_last)
    if year_first is None:
        year_first = latest_such(number_first, end.shift(-1)).year
    begin = Quarter(year_first, number_first)
    if not begin < end <= latest:
        return None
    return begin, end


def _ends(
    body: str, offset: int, cut: re.Pattern[str], latest: Quarter
) -> tuple[Quarter, Quarter, int] | None:
    """The span in `body` cut at the first 'and' (or 'to') where both ends are read, and
    where the later end's words stop (from the start of the text `offset` is in)."""
    for split in cut.finditer(body):
        first = _read_end(body[: split.start()], latest, last=False)
        if first is None or not _FIRST_NOUN.fullmatch(body, first[1], split.start()):
            continue
        rest = body[split.end() :]
        last = _read_end(rest, latest, last=True)
        if last is None or not _AFTER_END.match(rest, last[1]):
            continue
        quarters = _join(first[0], last[0], latest)
        if quarters is not None:
            return quarters[0], quarters[1], offset + split.end() + last[1]
    return None


def spans_in(text: str, latest: Quarter) -> tuple[Span, ...]:
    """Every span a sentence names whose two ends are read, in order."""
    found: list[Span] = []
    lead = _LEAD.match(text)
    if lead is not None:
        read = _ends(lead.group("lead"), lead.start("lead"), _LEAD_CUT, latest)
        if read is not None:
            found.append(Span(lead.start("lead"), read[2], read[0], read[1]))
    for match in _SPAN.finditer(text):
        cut = _CUT[match.group("word").lower()]
        read = _ends(match.group("body"), match.start("body"), cut, latest)
        if read is not None and not any(s.start <= match.start() < s.end for s in found):
            found.append(Span(match.start(), read[2], read[0], read[1]))
    return tuple(found)
