"""The quarters a sentence names: 'Quarter 1 2024/25', 'Q1 24/25', 'the first quarter of
last year', 'a year earlier'."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from generator.core.periods import PeriodError, Quarter, parse_quarter
from generator.read.patterns import regex


@dataclass(frozen=True)
class PeriodRef:
    start: int
    end: int
    quarter: Quarter
    as_latest: bool = False  # the words call it the latest or current quarter
    offset: int | None = None  # 'the previous quarter': -1 from the quarter spoken of
    explicit_year: bool = False  # 'Quarter 1 2024/25', not 'Quarter 1'
    in_year: int | None = (
        None  # 'the same quarter of 2022/23': that year's, of the quarter spoken of
    )
    compared: bool = False  # 'year on year': always the quarter compared with


_COMPARED_WITH = regex(r"\b(?:over|on|than|since|against)\s+$", re.I)
# the quarter of the financial year a season falls in
SEASONS = {"spring": 1, "summer": 2, "autumn": 3, "winter": 4}
# a season's word, for patterns
SEASON = "(?:" + "|".join(SEASONS) + ")"
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
_PERIOD = regex(
    # 'the last quarter of 2023': a calendar year's October to December ('the first quarter
    # of 2024' could be either year's first, and is read as before, the financial year's)
    r"\b(?:the\s+)?(?P<cord>last|final)\s+quarter\s+of\s+"
    r"(?:calendar\s+(?:year\s+)?)?(?P<cy>(?:19|20)\d\d)(?!\s*[/–-]\s*\d)"
    r"|\bQuarter\s+(?P<q1>[1-4])(?:,?\s+(?:of\s+|in\s+)?(?P<y1>\d{4}\s*[/–-]\s*\d{2,4})|(?P<lastyear>\s+"
    r"(?:of\s+)?(?:last|the\s+previous)\s+(?:financial\s+)?year))?"
    r"|\bQ(?P<q2>[1-4])(?:\s+(?P<y2>\d{2,4}\s*[/–-]\s*\d{2,4}))?\b"
    r"|\b(?P<y3>\d{4}\s*[/–-]\s*\d{2,4})\s+Q(?P<q3>[1-4])\b"
    # 'the first quarterly fall' is no quarter named
    # 'the last quarter of 2023-24' as 'the final quarter of 2023-24' ('the last quarter'
    # alone is the one before)
    r"|\b(?:the\s+)?(?P<ord>first|second|third|fourth|final|last(?=\s+quarter\s+of\s))\s+quarter(?!ly)"
    # a run: 'a second quarter in a row', 'the fourth quarter on the trot'
    r"(?!s?\s+(?:in\s+(?:a\s+row|succession)|running|on\s+(?:the\s+trot|end))\b)"
    # 'the first quarter of the series': the chart's first, not Quarter 1
    r"(?!\s+(?:of|in)\s+(?:the\s+)?(?:series|chart|data|period|survey)\b)"
    r"(?P<of>\s+of\s+(?:the\s+)?(?P<which>last|previous|this|current)?\s*(?:financial\s+)?year"
    r"|\s+of\s+(?P<y4>\d{4}\s*[/–-]\s*\d{2,4}))?"
    r"|\b(?P<prev>(?:a\s+quarter|three\s+months|3\s+months)\s+(?:earlier|before|ago)|"
    r"the\s+(?:previous|preceding|prior)\s+quarter"
    r"|the\s+quarter\s+before|last\s+quarter(?!\s+of\s))\b"
    r"|\b(?P<year>(?:a\s+year|twelve\s+months|12\s+months)\s+(?:earlier|before|ago)|the\s+(?:same|equivalent|corresponding)\s+(?:quarter|point|time|period)\s+"
    r"(?:a\s+year\s+(?:earlier|before|ago)|last\s+year|of\s+last\s+year|the\s+year\s+before)"
    r"|the\s+(?:same|equivalent|corresponding)\s+(?:quarter|period)\s+(?:of|in)\s+(?:the\s+)?(?:previous|last|prior)\s+"
    r"(?:financial\s+)?year"
    r"|(?:at\s+)?this\s+time\s+last\s+year|the\s+year\s+before"
    r"|last\s+year(?=['’]s\b)"  # "last year's £662"
    r"|(?P<yoy>year[\s-]+on[\s-]+year"
    # 'has come down by 15.5 over the year': a change from a year earlier
    r"|(?<=\d\s)(?:[a-z]+\s+per\s+[\d,]+\s+)?over\s+the\s+(?:last\s+|past\s+)?(?:year|twelve\s+months|12\s+months)"
    # 'Support plans rose over the year': a movement from a year earlier
    r"|(?:(?<=rose\s)|(?<=fell\s)|(?<=grew\s)|(?<=risen\s)|(?<=fallen\s)|(?<=grown\s)|"
    r"(?<=increased\s)|(?<=decreased\s)|(?<=improved\s)|(?<=dropped\s)|(?<=declined\s))"
    r"over\s+the\s+(?:last\s+|past\s+)?(?:year|twelve\s+months|12\s+months)"
    r"|(?:(?<=%\s)|(?<=\d\s)|(?<=points\s)|(?<=point\s)|(?<=pp\s))in\s+a\s+year"
    # 'down 2.1 days on the year': a change from a year earlier
    r"|(?:(?<=points\s)|(?<=point\s)|(?<=days\s)|(?<=weeks\s))on\s+the\s+year))\b"
    r"|\b(?P<two>two\s+years\s+(?:earlier|before|ago)"
    # 'dropped by a third in two years': a change over the span, from two years before
    r"|(?P<span>(?:in|over|across|within)\s+(?:the\s+)?(?:last\s+|past\s+)?two\s+years))\b"
    # 'over the summer quarter': a quarter compared with, by its season (spring is April to
    # June); 'peak in the winter quarter' names a season of every year, not a quarter
    rf"|\bthe\s+(?P<season>{SEASON})\s+quarter\b",
    re.IGNORECASE,
)
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        "january february march april may june july august september october november "  # noqa: SIM905
        "december".split()
    )
}
# a month as editors shorten it: 'at 30 Sept', 'by end of Dec'
_MONTHS |= {m[:3]: n for m, n in _MONTHS.items() if m != "may"} | {"sept": 9}
_MONTH_WORD = r"(?:" + "|".join(_MONTHS) + r")"
_MONTH_BY_START = {m[:3]: n for m, n in _MONTHS.items()}


def month_number(word: str) -> int | None:
    """A month's number by its name, in full or shortened ('September', 'Sept', 'sep': 9);
    None for a word that is no month's."""
    return _MONTH_BY_START.get(word.lower()[:3])


# A month that names its quarter: 'at the end of December', 'by the end of September 2024',
# 'April to June', 'between January and March 2024', 'the quarter to September'. A month
# alone ('in November') is a month's figure, which quarterly data does not hold; one that
# ends a quarter ('In December, ...') is read as that quarter's.
_MONTH_QUARTER = regex(
    # 'at the close of June 2023', 'to the end of December': the quarter that month ends
    rf"\b(?:(?:(?:at|by|to)\s+(?:the\s+)?"
    # 'compared with the end of September': the quarter compared with starts at 'the'
    r"|(?:(?<=\bwith\s)|(?<=\bfrom\s)|(?<=\bsince\s)|(?<=\bon\s)|(?<=\bthan\s))the\s+)"
    # 'on the last day of March': the quarter it ends, as its end or close
    rf"(?:end|close|last\s+day)\s+of\s+(?P<end>{_MONTH_WORD})"
    # 'October to December', 'over October, November and December': a quarter's months
    rf"|(?:between\s+)?(?P<first>{_MONTH_WORD})(?:,\s+{_MONTH_WORD},?\s+and|\s+(?:to|and|-|–))"
    rf"\s+(?P<last>{_MONTH_WORD})"
    rf"|the\s+(?:quarter|three\s+months)\s+(?:to|ending(?:\s+in)?)\s+(?P<to>{_MONTH_WORD})"
    # 'at 31 December', 'as at 30 September 2024': the quarter's last day
    rf"|(?P<day>3[01])(?:st|th)?\s+(?P<dmonth>{_MONTH_WORD})"
    # 'on June 30', 'as at March 31st': the same last day, the month first
    rf"|(?P<mday>{_MONTH_WORD})\s+(?P<day2>3[01])(?:st|th)?(?!\d)"
    # 'In December, ...': a month that ends a quarter, alone, is read as that quarter's
    # ('in September to December' is a span; 'in September to 25.3 in December' is not)
    r"|(?:in|during|for\s+the\s+month\s+of)\s+(?P<in>March|June|September|December)"
    rf"(?!\s+(?:to|and|-|–)\s+{_MONTH_WORD}|\s+(?:of\s+)?last\s+year\b)"
    # 'grown by 350 since June': since the quarter that month ends (the quarter compared with);
    # 'the highest since February 2024': a month inside a quarter names it too (one that opens
    # a quarter, 'since April', may mean from its start, and is read elsewhere or not at all)
    r"|(?<=\bsince\s)(?P<sincem>March|June|September|December|February|May|August|November)"
    r"(?!\s+(?:to|and|-|–)\s)"
    # 'down 34 on June', 'an improvement of 1.7 days on September': a month that ends a
    # quarter, with no day, after 'on': the quarter compared with (no date is 'on June')
    r"|(?<=\bon\s)(?P<onm>March|June|September|December)"
    # ('on September last year' is the month a year before: read as 'lym' below)
    r"(?!\s+\d|\s+(?:to|and|-|–)\s|\s+(?:of\s+)?last\s+year\b)"
    # 'Against September 2022, ... is up by 620': the quarter a month and year end, compared
    r"|(?:(?<=\bagainst\s)|(?<=\bwith\s)|(?<=\bthan\s)|(?<=\bfrom\s)|(?<=\bon\s))"
    r"(?P<vsm>March|June|September|December)(?=\s+(?:19|20)\d\d\b)"
    # 'up 170 on September last year', 'than in December last year': the quarter that month
    # ends a year before (read only where it is the report quarter's quarter of the year)
    r"|(?P<lym>March|June|September|December)(?=\s+(?:of\s+)?last\s+year\b)"
    # "December's total": a month that ends a quarter, its figure
    r"|(?P<poss>March|June|September|December)(?=['’]s\s)"
    # 'the September figures', 'the December quarter of 2023', 'when the books closed for
    # September', 'by September': the quarter a month ends, as its figure
    r"|\bthe\s+(?P<attr>March|June|September|December)(?=\s+(?:figures?|snapshot|position|"
    r"data|return|count|census|quarter(?:[- ]end)?)\b)"
    r"|\b(?:closed\s+for|when|by)\s+(?P<closed>March|June|September|December)"
    r"(?=\s+(?:closed|ended)\b|[.,;]|\s*$)"
    # 'June closed with 6,900 people waiting', 'September ended on 693': the month's close
    r"|\b(?P<subj>March|June|September|December)(?=\s+(?:closed|ended|finished)\s+"
    r"(?:with|on|at)\b))"
    # 'October to December 2023', 'the October to December quarter of 2023'
    r"(?:(?:\s+quarter)?(?:\s+of)?\s+(?P<year>(?:19|20)\d\d))?\b",
    re.I,
)


# 'by March', 'by the end of March' after words of what is to come ('will', 'expected to'):
# the month to come, not the last one past
_BY_A_MONTH = regex(r"by\b", re.I)
_TO_COME = regex(
    r"\b(?:will|shall|(?:is|are)\s+(?:due|expected|set|likely|forecast|projected|planned|"
    r"on\s+(?:course|track))\s+to|aims?\s+to|plans?\s+to|expects?\s+to)\b",
    re.I,
)
_LAST_YEAR_AFTER = regex(r"\s+(?:of\s+)?last\s+year\b", re.I)
_LAST_DAY = {3: 31, 6: 30, 9: 30, 12: 31}  # the last day of a month that ends a quarter
# a month, with its calendar year or none, at the start of the words given: 'September',
# 'December 2024', 'Sept 2023'
_A_MONTH = regex(rf"(?P<month>{_MONTH_WORD})\b(?:\s+(?P<year>(?:19|20)\d\d)\b)?", re.I)


def month_at(text: str, at: int, latest: Quarter) -> Quarter | None:
    """The quarter of the month named at `at` ('to September', 'since April 2023': the
    quarter it falls in, the latest such up to `latest` with no year); None where no month
    is named there."""
    month = _A_MONTH.match(text, at)
    if month is None:
        return None
    year = int(month.group("year")) if month.group("year") else None
    try:
        return month_quarter(_MONTHS[month.group("month").lower()], year, latest)
    except PeriodError:
        return None


def latest_such(number: int, up_to: Quarter) -> Quarter:
    """The latest quarter numbered `number` (1 to 4) up to `up_to`, itself included."""
    return Quarter(up_to.year if number <= up_to.quarter else up_to.year - 1, number)


def month_quarter(month: int, year: int | None, latest: Quarter) -> Quarter:
    """The financial-year quarter a month falls in: the calendar year's, or with no year
    the latest such month up to the end of `latest`."""
    number = (month - 4) % 12 // 3 + 1
    if year is not None:
        return Quarter(year if month >= 4 else year - 1, number)
    return latest_such(number, latest)


_QUARTER_END = r"(?:March|June|September|December)"
# two months that end quarters, a span's ends: 'between June 2022 and September 2023',
# 'from the end of March to the end of September', 'between the September and December
# quarters'; each is the quarter it ends (the latest such up to the report quarter, with no
# year)
_MONTH_PAIR = regex(
    rf"\b(?:between\s+(?:the\s+end\s+of\s+)?(?P<m1>{_QUARTER_END})(?:\s+(?P<y1>(?:19|20)\d\d))?"
    rf"\s+and\s+(?:the\s+end\s+of\s+)?(?P<m2>{_QUARTER_END})(?:\s+(?P<y2>(?:19|20)\d\d))?"
    rf"|from\s+(?:the\s+end\s+of\s+)?(?P<f1>{_QUARTER_END})(?:\s+(?P<fy1>(?:19|20)\d\d))?"
    rf"\s+to\s+(?:the\s+end\s+of\s+)?(?P<f2>{_QUARTER_END})(?:\s+(?P<fy2>(?:19|20)\d\d))?"
    rf"|between\s+the\s+(?P<q1>{_QUARTER_END})\s+and\s+(?P<q2>{_QUARTER_END})\s+quarters)\b",
    re.I,
)


def _month_pair(text: str, latest: Quarter) -> list[PeriodRef]:
    """The two quarters of a span written by months that end them, in order (an earlier
    first); none where the first is not before the second."""
    refs = []
    for match in _MONTH_PAIR.finditer(text):
        ends = [
            (match.start(k), match.end(y or k), match.group(k), match.group(y) if y else None)
            for k, y in (
                ("m1", "y1"),
                ("m2", "y2"),
                ("f1", "fy1"),
                ("f2", "fy2"),
                ("q1", ""),
                ("q2", ""),
            )
            if match.group(k)
        ]
        try:
            quarters = [
                month_quarter(_MONTHS[m.lower()], int(y) if y else None, latest)
                for _, _, m, y in ends
            ]
        except PeriodError:
            continue
        if quarters[0] >= quarters[1] or quarters[1] > latest:
            continue  # 'between December and March' with no years: which is first not said
        refs += [
            PeriodRef(start, end, q, False, None, year is not None)
            for (start, end, _, year), q in zip(ends, quarters, strict=True)
        ]
    return refs


def month_refs(text: str, latest: Quarter) -> list[PeriodRef]:
    refs = _month_pair(text, latest)
    spans = [match.span() for match in _MONTH_PAIR.finditer(text)]
    for match in _MONTH_QUARTER.finditer(text):
        if any(start <= match.start() < end for start, end in spans):
            continue  # a span's end, read above
        year = int(match.group("year")) if match.group("year") else None
        if match.group("first"):
            first, last = (_MONTHS[match.group(k).lower()] for k in ("first", "last"))
            if (last - first) % 12 != 2 or (first - 4) % 3:
                continue  # not a quarter of the financial year
            month = last
        elif match.group("day") or match.group("day2"):
            month = _MONTHS[(match.group("dmonth") or match.group("mday")).lower()]
            day = int(match.group("day") or match.group("day2"))
            if (month - 3) % 3 or day != _LAST_DAY[month]:
                continue  # a day that ends no quarter: a date, not a quarter
        else:
            month = _MONTHS[
                (
                    match.group("end")
                    or match.group("to")
                    or match.group("in")
                    or match.group("sincem")
                    or match.group("onm")
                    or match.group("vsm")
                    or match.group("poss")
                    or match.group("attr")
                    or match.group("closed")
                    or match.group("subj")
                    or match.group("lym")
                ).lower()
            ]
        try:
            quarter = month_quarter(month, year, latest)
        except PeriodError:
            continue
        if _BY_A_MONTH.match(match.group(0)) and _TO_COME.search(text, 0, match.start()):
            continue  # 'expected to hit the 75 target by March': the March to come, no data
        end = match.end()
        if match.group("lym"):
            if quarter != latest:
                continue  # 'March last year' in December: which March is not sure
            last_year = _LAST_YEAR_AFTER.match(text, end)
            quarter, end = latest.shift(-4), last_year.end() if last_year else end
        refs.append(PeriodRef(match.start(), end, quarter, False, None, year is not None))
    return refs


# A season that names an earlier quarter of the financial year (spring April to June,
# summer July to September, autumn October to December): 'after 92.2% in the summer', 'the
# peak of £716 in the spring', 'between summer 2022 and autumn 2024'. Only after 'in',
# 'during', 'over' (or with a year after 'between' and 'and') and before a clause's edge,
# so 'the summer peak', 'as usual after the summer' and 'from the summer' are not read
# here. Winter is not read: editors use it for October to March as often as for January to
# March. A season that names the latest quarter adds nothing to it, and is left out.
_SEASON_NAMED = regex(
    # 'In the spring costs rose': a season leading the sentence dates it, whatever follows
    r"(?:(?P<lead>^\W*(?:in|during|over|through|across)\s+(?:the\s+)?(?=(?:spring|summer|autumn)\b))|"
    r"\b(?:(?:in|during|over|through|across)\s+(?:the\s+)?|(?:between|and)\s+(?=\w+\s+(?:19|20)\d\d)"
    # 'since last spring', 'since the winter of 2023/24': after 'since' winter is read too, as
    # the financial year's Quarter 4 (January to March), and 'last' is the one before this
    r"|(?P<since>since)\s+(?:the\s+|(?P<last>last)\s+)?(?=(?:spring|summer|autumn|winter)\b)))"
    r"(?P<body>(?P<season>spring|summer|autumn|(?(since)winter|(?!)))"
    r"(?:\s+(?:of\s+)?(?:(?P<year>(?:19|20)\d\d)(?!\s*[/–-]\s*\d)|"
    r"(?(since)(?P<fy>(?:19|20)\d\d\s*[/–-]\s*\d{2,4})|(?!))))?"
    r"(?:\s+quarter)?)"
    r"(?(lead)(?=\s*[,\s])|(?=\s*(?:[.,;:)!?]|$)|\s+(?:and|but|to|when|while|before|than|"
    r"compared|against|the|we|they|there|so|because|or|at|from)\b))",
    re.I,
)

_SEASON_USUAL = regex(r"\bas\s+usual\s+$", re.I)
_SEASON_FROM = regex(
    r"\bfrom\s+£?\d[\d,.]*\s?%?(?:\s+[\w,]+){0,4}?\s+(?:in|during|over)\s+(?:the\s+)?$", re.I
)


# 'Compared with last autumn', 'than last summer': the latest such season before the
# quarter reported (in an autumn quarter, last autumn is the one a year before). Winter is
# not read, as above.
_LAST_SEASON = regex(
    r"\b(?:last|the\s+previous)\s+(?P<season>spring|summer|autumn)\b"
    r"(?!\s*(?:['’]s\s+)?(?:of\s+)?(?:19|20)\d\d)",
    re.I,
)


def season_refs(text: str, latest: Quarter) -> list[PeriodRef]:
    """The earlier quarters seasons name: with a calendar year, that year's; with none, the
    latest such quarter up to the end of `latest`."""
    refs = []
    for match in _SEASON_NAMED.finditer(text):
        if _SEASON_USUAL.search(text, 0, match.start()):
            continue  # 'as usual in the summer': a season of every year
        if _SEASON_FROM.search(text, 0, match.start("body")):
            continue  # 'up from 76.4 in the summer': the base the 'from' reading reads
        number = SEASONS[match.group("season").lower()]
        year = int(match.group("year")) if match.group("year") else None
        if match.group("fy"):  # 'since the winter of 2023/24': that financial year's
            year = financial_year(match.group("fy"))
            if year is None:
                continue
        elif year is not None and number == 4:
            year -= 1  # 'winter 2024': January to March 2024, the year before's Quarter 4
        if year is None:
            quarter = latest_such(number, latest)
            if match.group("last") and quarter == latest:
                quarter = quarter.shift(-4)  # 'since last autumn' in an autumn: the one before
        else:
            quarter = Quarter(year, number)
        if quarter >= latest:
            continue
        start, end = match.start("last" if match.group("last") else "body"), match.end("body")
        refs.append(PeriodRef(start, end, quarter, False, None, year is not None))
    for match in _LAST_SEASON.finditer(text):
        number = SEASONS[match.group("season").lower()]
        year = latest.year if number < latest.quarter else latest.year - 1
        refs.append(PeriodRef(match.start(), match.end(), Quarter(year, number)))
    return refs


# "last year's Quarter 2 figure", "the previous year's third quarter": a quarter of last year
_LAST_YEARS = regex(r"\b(?:last|the\s+previous)\s+(?:financial\s+)?year['’]s\s+$", re.I)
_QUARTER_NAMED = regex(
    r"['’]s\s+(?:Quarter\s+[1-4]|Q[1-4]\b|(?:first|second|third|fourth|final)\s+quarter)", re.I
)
_SAME_OF_YEAR = regex(
    r"\bthe\s+(?:same|equivalent|corresponding)\s+(?:quarter|period|months|point|time|"
    r"three\s+months)\s+(?:of|in)\s+"
    r"(?:(?P<y>\d{4}\s*[/–-]\s*\d{2,4})|(?P<calendar>(?:19|20)\d\d))\b",
    re.I,
)
_YEAR_END = regex(
    r"\b(?:at|by|to)\s+the\s+(?:end|close)\s+of\s+(?:the\s+)?(?:financial\s+year\s+)?"
    r"(?P<y>\d{4}\s*[/–-]\s*\d{2,4})",
    re.I,
)
# 'at the half-year point': the end of the year's second quarter
_HALF_YEAR = regex(
    r"\b(?:the\s+)?(?:half[\s-]year|mid[\s-]year|halfway)\s+(?:point|stage|mark)\b", re.I
)
# 'Quarter 1 of that year', 'the first quarter of the same year': the year named before it
_THAT_YEAR = regex(r"\s+(?:of\s+|in\s+)?(?:that|the\s+same)\s+(?:financial\s+)?year\b", re.I)
_COUNTED = regex(r"\s+(?:in\s+a\s+row|running|straight|on\s+(?:the\s+trot|end))\b", re.I)
_FOR_AN = regex(r"\bfor\s+an?\s+$", re.I)
_LATEST_WORDS = r"(?:the\s+)?(?:latest|most\s+recent|current|this)\s+quarter"
# a quarter named as the latest: 'the latest quarter, Quarter 4', 'Q4 is the latest quarter'
_LATEST_BEFORE = regex(rf"\b{_LATEST_WORDS}\s*(?:[,:(]|is|was|being)?\s*$", re.I)
_LATEST_AFTER = regex(
    rf"\s*(?:[,(]\s*|\s(?:is|was|being|as)\s+)?(?:the\s+)?{_LATEST_WORDS}\b", re.I
)


def financial_year(text: str) -> int | None:
    """The first calendar year of a financial year written '2023/24', '2023-2024', '23/24';
    None where its two years do not follow each other."""
    first, second = (part.strip() for part in regex(r"[/–-]").split(text, maxsplit=1))
    start = int(first) if len(first) == 4 else 2000 + int(first)
    try:
        return parse_quarter(f"{start}/{second} Q1").year
    except PeriodError:
        return None


@lru_cache(maxsize=1024)
def find_periods(text: str, latest: Quarter) -> tuple[PeriodRef, ...]:
    """The quarters a sentence names, explicitly ('Quarter 1 2024/25', 'Q1 24/25',
    'the first quarter of last year') or relatively ('a year earlier')."""
    refs: list[PeriodRef] = []
    fy = latest.year
    for match in _PERIOD.finditer(text):
        quarter: Quarter | None = None
        number = match.group("q1") or match.group("q2") or match.group("q3")
        year_text = match.group("y1") or match.group("y2") or match.group("y3")
        last_years = _LAST_YEARS.search(text[: match.start()])  # "last year's Quarter 2"
        if match.group("cord"):  # the calendar quarter's last month, and its quarter
            year_text = match.group("cy")
            quarter = month_quarter(12, int(year_text), latest)
        elif number:
            last = match.group("lastyear") or last_years
            year = financial_year(year_text) if year_text else fy - 1 if last else fy
            if year is None:
                continue
            quarter = Quarter(year, int(number))
        elif match.group("ord"):
            which = (match.group("which") or "").lower()
            year = fy - 1 if which in ("last", "previous") or last_years else fy
            if match.group("y4"):  # 'the first quarter of 2022/23'
                named = financial_year(match.group("y4"))
                if named is None:
                    continue
                year, year_text = named, match.group("y4")
            quarter = Quarter(year, _ORDINALS[match.group("ord").lower()])
        if match.group("season"):
            if not _COMPARED_WITH.search(text, 0, match.start()):
                continue  # 'peak in the winter quarter': a season of every year
            number_of = SEASONS[match.group("season").lower()]
            quarter = Quarter(fy if number_of <= latest.quarter else fy - 1, number_of)
        offset = None
        if match.group("prev"):
            offset = -1
        elif match.group("year"):
            if _QUARTER_NAMED.match(text, match.end()):
                continue  # "last year's Quarter 2": that quarter, read as it is named
            offset = -4
        elif match.group("two"):
            offset = -8
        if offset is not None:
            quarter = latest.shift(offset)
        if quarter is None:
            continue
        end = match.end()
        bare = bool(number or match.group("ord")) and not year_text
        that_year = _THAT_YEAR.match(text, end) if bare else None
        if that_year:  # 'Quarter 1 of that year': the year named before it, or none read
            named_before = [r for r in refs if r.explicit_year]
            if not named_before:
                continue
            quarter = Quarter(named_before[-1].quarter.year, quarter.quarter)
            year_text, end = that_year.group(), that_year.end()
        if match.group("ord") and _COUNTED.match(text, match.end()):
            continue  # 'the third quarter in a row' counts quarters
        if bare and match.group("ord") and _FOR_AN.search(text, 0, match.start()):
            continue  # 'above the floor for a fourth quarter': one of a run, not a quarter named
        as_latest = offset is None and bool(
            _LATEST_BEFORE.search(text[: match.start()]) or _LATEST_AFTER.match(text, match.end())
        )
        refs.append(
            PeriodRef(
                match.start(),
                end,
                quarter,
                as_latest,
                offset,
                bool(year_text),
                compared=bool(match.group("yoy") or match.group("span")),
            )
        )
    refs += month_refs(text, latest)
    refs += [
        s
        for s in season_refs(text, latest)
        if not any(r.start < s.end and s.start < r.end for r in refs)
    ]
    for match in _SAME_OF_YEAR.finditer(text):
        if match.group("calendar"):  # 'the same period of 2023': the calendar year's months
            calendar = int(match.group("calendar"))
            year = calendar if latest.quarter < 4 else calendar - 1
        else:
            year = financial_year(match.group("y"))
        if year is not None:
            same = Quarter(year, latest.quarter)
            refs.append(PeriodRef(match.start(), match.end(), same, False, None, True, year))
    for match in _YEAR_END.finditer(text):  # 'a low of 548 at the end of 2023/24': its Q4
        year = financial_year(match.group("y"))
        if year is not None and Quarter(year, 4) <= latest:  # not a year-end to come
            refs.append(PeriodRef(match.start(), match.end(), Quarter(year, 4), False, None, True))
    for match in _HALF_YEAR.finditer(text):
        half = Quarter(fy if latest.quarter >= 2 else fy - 1, 2)
        refs.append(PeriodRef(match.start(), match.end(), half))
    return _a_year_before(text, sorted(refs, key=lambda r: r.start))


_A_YEAR = regex(r"an?\s+year\b", re.I)


def _a_year_before(text: str, refs: list[PeriodRef]) -> tuple[PeriodRef, ...]:
    """'Quarter 2 a year before': the quarter named, a year before the one of that name
    this year; one quarter, not two."""
    out: list[PeriodRef] = []
    for ref in refs:
        last = out[-1] if out else None
        if (
            last is not None
            and ref.offset == -4
            and last.offset is None
            and not last.explicit_year
            and last.in_year is None
            and not text[last.end : ref.start].strip()
            and _A_YEAR.match(text, ref.start)
        ):
            out[-1] = replace(last, end=ref.end, quarter=last.quarter.shift(-4), explicit_year=True)
            continue
        out.append(ref)
    return tuple(out)


def resolve(ref: PeriodRef, period: Quarter) -> Quarter:
    """A quarter compared with: 'the previous quarter' is the one before `period`."""
    if ref.in_year is not None:
        return Quarter(ref.in_year, period.quarter)
    return period.shift(ref.offset) if ref.offset is not None else ref.quarter
