"""Year to date: 'Year to date, 9,371 assessments have been completed', '5,480
applications received in 2024/25 to date', 'in the first half of the year'. Where the
measure is a count of things in a quarter, the figure is the sum of the financial year's
quarters to the one the clause is about; a count of things on a day (open, active,
waiting, due) has no year to date, and its figure is left alone."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from generator.core.periods import Quarter
from generator.editors.claims.base import Claim, Verdict
from generator.editors.claims.figure import Figure
from generator.editors.claims.figures import NUMBER, matches
from generator.editors.claims.periods import find_periods
from generator.editors.claims.reading import Clause
from generator.editors.claims.subject import Subject, series_name, series_named, stem, value_at
from generator.read.patterns import regex

_YEAR = r"(?:19|20)\d\d\s*[/–-]\s*\d\d(?:\d\d)?"  # '2023/24', '2023-24': a financial year named
TO_DATE = "to date"  # a share's direction where it is of the year to date's sums
YEAR_TO_DATE = regex(
    r"\b(?:year[\s-]+to[\s-]+date|YTD|" + _YEAR + r"\s+to\s+date|"
    r"so\s+far\s+(?:this\s+(?:financial\s+)?year|in\s+" + _YEAR + r")|"
    r"(?:the|this)\s+(?:financial\s+)?year\s+so\s+far|"
    # 'Cumulatively this year', 'cumulatively for the financial year'
    r"cumulatively(?:\s+(?:for\s+the|this)\s+(?:financial\s+)?year)?|"
    # 'delivered in 2024-25 so far', 'Taking the three quarters of 2024/25 so far'
    r"(?:in\s+|(?:the\s+)?(?:two|three)\s+quarters\s+of\s+)?" + _YEAR + r"\s+so\s+far|"
    # 'Repairs this financial year stand at 24,250 so far': the year, and 'so far' after it
    r"this\s+(?:financial\s+)?year(?=[^.;:]{1,60}?\bso\s+far\b)|"
    r"(?:the\s+)?(?:first|opening)\s+(?:half|two\s+quarters|three\s+quarters|six\s+months|"
    r"nine\s+months)\s+of\s+(?:(?:the\s+|this\s+)?(?:financial\s+)?year|" + _YEAR + r")|"
    r"(?:the\s+)?first\s+(?:two|three)\s+quarters|"
    # 'Taking Quarters 1 and 2 together', 'Q1 and Q2 combined': the year's quarters to Q2
    r"(?:Quarters|Qs)\s+1\s+(?:and|to|&|-|–)\s+(?:Q(?:uarter)?\s*)?[234]\s+(?:together|combined)|"
    r"Q(?:uarter)?\s*1\s+(?:and|to|&|plus)\s+Q(?:uarter)?\s*[234]\s+(?:together|combined)|"
    r"(?:taken|added|put)\s+together,?\s+(?:Quarters|Qs)\s+1\s+(?:and|to|&|-|–)\s+[234]\b|"
    # 'Half way through the year, 5,480 applications have been received'
    r"(?:half|three\s+quarters)[\s-]?way\s+through\s+(?:the\s+|this\s+)?(?:financial\s+)?year|"
    r"since\s+(?:the\s+start\s+of\s+)?(?:April(?!\s+(?:19|20)\d\d)|the\s+(?:financial\s+)?year\s+"
    r"began)|since\s+the\s+(?:start|beginning)\s+of\s+(?:(?:the\s+|this\s+)?financial\s+year"
    r"(?:\s+in\s+April)?|" + _YEAR + r")|"
    # 'April to September', 'between April and September'
    r"(?:between\s+)?April\s+(?:to|-|–|and)\s+(?:the\s+end\s+of\s+)?"
    r"(?:June|September|December|March)(?:\s+(?:19|20)\d\d)?)\b",
    re.I,
)
# 'the same point last year', 'this time last year': a point in the year, not a quarter
_SAME_POINT = regex(r"\b(?:same\s+(?:point|time|stage)|this\s+time)\b", re.I)
# 'April to September 2023': the financial year's quarters to the one the month ends
_APRIL_TO = regex(
    r"\bApril\s+(?:to|-|–|and)\s+(?:the\s+end\s+of\s+)?(?P<month>June|September|December|March)"
    r"(?:\s+(?P<year>(?:19|20)\d\d))?\b",
    re.I,
)
# 'the first half of 2023/24', 'since the start of 2023/24': the year the words name
_NAMED_YEAR = regex(
    r"\b(?:(?:(?:first|opening)\s+(?:half|two\s+quarters|three\s+quarters|six\s+months|nine\s+months)"
    r"|since\s+the\s+(?:start|beginning)"
    # 'the same nine months of 2023/24', 'the same period of 2022-23': that year's, to the
    # same point
    r"|(?P<same>(?:the\s+)?same\s+(?:(?:six|nine|three)\s+months|(?:two|three)\s+quarters|"
    r"half|period|months|point|stage)))\s+of\s+|(?:in|so\s+far\s+in)\s+|"
    r"(?:two|three)\s+quarters\s+of\s+)(?P<start>(?:19|20)\d\d)\s*[/–-]",
    re.I,
)
# the part of the year named: to Quarter 2 (a half) or to Quarter 3
_PART_OF_YEAR = regex(
    r"\b(?:(?:first|opening)\s+(half|two\s+quarters|three\s+quarters|six\s+months|nine\s+months)"
    r"|(half|three\s+quarters)[\s-]?way\s+through)\b",  # 'half way through the year'
    re.I,
)
_ENDS = {"june": 1, "september": 2, "december": 3, "march": 4}
# 'Quarters 1 and 2 together': the last quarter added
_TOGETHER = regex(
    r"\b(?:Quarters|Qs|Q(?:uarter)?\s*1)\s*(?:1\s+)?(?:and|to|&|-|–|plus)\s+(?:Q(?:uarter)?\s*)?"
    r"(?P<upto>[234])\s+(?:together|combined)\b"
    r"|\b(?:taken|added|put)\s+together,?\s+(?:Quarters|Qs)\s+1\s+(?:and|to|&|-|–)\s+"
    r"(?P<upto2>[234])\b",
    re.I,
)
# the figure's own quarter after it: 'with 236,000 in the autumn quarter', '2,590 this quarter'
_IN_THE_QUARTER = regex(
    r"\s+(?:[a-z]+\s+){0,2}?(?:(?:(?:in|during|for)\s+)?(?:the|this)\s+(?:[a-z]+\s+)?quarter\b"
    # 'including 20,980 in Quarter 2'
    r"|(?:in|during|for)\s+(?:Quarter\s+|Q)[1-4#](?!\w))",
    re.I,
)
# a quarter's label just before the figure: 'Q2 2,590', 'Quarter 2: 2,590'
_QUARTER_LABEL = regex(r"\b(?:Q|Quarter\s+)[1-4]\s*[:=]?\s*$", re.I)
_EACH = regex(r"\b(?:every|each|a|per)\s+quarter\b", re.I)
# a count of things on a day, not in a quarter: no year to date
_ON_A_DAY = regex(
    r"\b(?:last\s+day|end\s+of|open|active|waiting|due|requiring|needing|outstanding|"
    r"on\s+the\s+day|at\s+a\s+point|snapshot)\b",
    re.I,
)


# a record between a figure and the year-to-date words: '11,280, the highest so far this year'
_RECORD_BEFORE = regex(
    r"[\s,]*(?:(?:which\s+is|which\s+was|is|was)\s+)?the\s+(?:highest|lowest|best|worst|"
    r"biggest|largest|smallest|most|fewest)\b(?:\s+(?:figure|level|number|total|rate|"
    r"quarter|quarterly\s+figure))?\s*$",
    re.I,
)


# a record right before the year-to-date words, after the figure's own ('..., the most')
_RECORD_NEAR = regex(
    r"[,;]\s*(?:(?:which\s+is|which\s+was|is|was)\s+)?the\s+(?:highest|lowest|best|worst|"
    r"biggest|largest|smallest|most|fewest)\b(?:\s+[a-z]+)?\s*$",
    re.I,
)


def year_to_date(figure: Figure, clauses: Sequence[Clause], masked: str) -> bool:
    """Whether the figure's clause says the year to date, or a clause of its sentence with
    no figure of its own does ('Year to date, 9,371 ...', '... so far this year')."""
    return _year_to_date_at(figure, clauses, masked) is not None


def _year_to_date_at(
    figure: Figure, clauses: Sequence[Clause], masked: str
) -> tuple[int, int] | None:
    """Where the words that make the figure the year to date's are read: from the start of
    the figure's clause or of those words, whichever is first, to the end of the figure's
    clause or of theirs; None where the figure is not the year to date's."""
    if _EACH.search(figure.text):
        return None  # 'so far this year, every quarter has brought more than 23,000'
    own_ref = figure.own
    said_ytd = YEAR_TO_DATE.search(figure.text)
    if (
        own_ref is not None
        and own_ref.offset == -4
        and _SAME_POINT.search(figure.text, own_ref.start, own_ref.end)
        and said_ytd is not None
    ):
        # '5,480 so far this year, compared with 4,113 at the same point last year': last
        # year's year to date
        clause_end = figure.clause.start + len(figure.clause.text)
        return min(said_ytd.start(), figure.clause.start), max(said_ytd.end(), clause_end)
    if said_ytd is not None and (
        _RECORD_BEFORE.match(figure.text, figure.match.end(), said_ytd.start())
        or (
            figure.match.end() <= said_ytd.start()
            and _RECORD_NEAR.search(figure.text, figure.match.end(), said_ytd.start())
        )
    ):
        # '11,280, the highest so far this year', '11,280 potholes were reported, the most so
        # far this year': a record among the year's quarters
        return None
    if _IN_THE_QUARTER.match(masked, figure.match.end()):
        return None  # '... so far this year, with 236,000 in the autumn quarter'
    clause_end = figure.clause.start + len(figure.clause.text)
    if _LATEST_QUARTER.search(figure.text, figure.clause.start, clause_end):
        return None  # 'Half way through the year, 20,980 people made contact in the latest
        # quarter': the quarter's own figure
    if _QUARTER_LABEL.search(figure.text, 0, figure.match.start()):
        return None  # 'YTD 5,315 (Q1 2,725; Q2 2,590)': a quarter's own figure, labelled
    own = figure.own
    if (
        own is not None
        and figure.clause.start <= own.start < figure.match.start()
        and not YEAR_TO_DATE.search(figure.text, figure.clause.start, clause_end)
    ):
        return None  # '..., with Quarter 2 contributing 4,491': its own quarter's part
    for found in YEAR_TO_DATE.finditer(figure.text):
        # the clause the words end in: 'Taken together, Quarters 1 to 3 saw 25,620' is
        # the clause of 25,620
        clause = next(
            (c for c in clauses if c.start <= found.end() - 1 < c.start + len(c.text)), None
        )
        if clause is None or clause == figure.clause:
            start, stop = sorted((found.start(), figure.match.start()))
            between = [
                n for n in NUMBER.finditer(masked, start, stop) if n.start() != figure.match.start()
            ]
            if not between:
                # '4,552 in Quarter 2, 10,125 year to date': the nearer figure's
                return min(found.start(), figure.clause.start), max(found.end(), clause_end)
            continue
        if not NUMBER.search(masked, clause.start, clause.start + len(clause.text)):
            # a clause of the words alone ('Year to date, 9,371 ...') or a label ('YTD
            # packages: 5,415'); not one with a verb of its own ('Quarters 1 and 2 together
            # were busier than a year ago, and ...')
            stop = clause.start + len(clause.text)
            if _NO_WORDS.fullmatch(figure.text, found.end(), stop) or _LABEL.match(
                figure.text, stop
            ):
                return min(found.start(), figure.clause.start), max(found.end(), clause_end)
            continue
        if (
            found.start() < figure.match.start()
            and (
                _ELLIPTICAL.match(figure.clause.text)
                or (
                    _COORDINATED.match(figure.clause.text)
                    and (
                        _AND_BEFORE.search(figure.text, 0, figure.clause.start)
                        or _AND_FIRST.match(figure.clause.text)
                    )
                )
            )
            and series_named(figure.subject, figure.clause.text)
        ):
            # '4,113 applications have been received since April, and 4,527 completed': a
            # clause of a figure and a participle shares the verb before it
            return found.start(), clause_end
    return None


_NO_WORDS = regex(r"\W*")
_LABEL = regex(r"\s*:")
# 'in the latest quarter', 'in Quarter 2': the quarter's figure, anywhere in its clause
# (not 'in Quarters 1 and 2', 'in Q1 and Q2': the quarters of the year to date)
_LATEST_QUARTER = regex(
    r"\b(?:in|during|for|over)\s+(?:the\s+(?:latest|last)\s+quarter\b|"
    r"(?:Quarter\s+|Q)[1-4]\b(?!\s*(?:and|to|&|-|–|plus)\s))",
    re.I,
)


# a clause of a figure and its participle alone, its verb and time the clause before's
_ELLIPTICAL = regex(r"^\W*(?:and\s+|with\s+)?£?\d[\d,.]*\s+[a-z]+(?:ed|en)\W*$", re.I)
_AND_BEFORE = regex(r"\band\s*$", re.I)
_AND_FIRST = regex(r"^\W*and\b", re.I)
# a short clause joined by 'and' that names no time of its own, a figure and a verb of a
# series ('and completed 4,645', 'and 4,275 have been completed', 'and 26,110 have been
# repaired'): the same part of the year as the clause before
_COORDINATED = regex(
    r"^\W*(?:and\s+)?(?P<words>(?:(?:have|has|had|were|was|been|we|they)\s+){0,3}"
    r"(?:[a-z]+(?:ed|en)\s+)?£?\d[\d,]*(?:\.\d+)?"
    r"(?:\s+(?:have|has|had|were|was|been|[a-z]+(?:ed|en))){0,3})\W*$",
    re.I,
)


def counted_in_quarters(subject: Subject, series: int) -> bool:
    """A count of things in a quarter (summed over a year), not of things on a day."""
    # the series' own label; the title too where it is the one series' ('open on the last
    # day' in a title of concerns received and enquiries open is the second series')
    words = [subject.facts.series[series].series.label]
    if len(subject.facts.series) == 1:
        words.append(subject.facts.indicator.title)
    labels = " ".join(words)
    return subject.unit == "count" and not _ON_A_DAY.search(labels)


def to_date(subject: Subject, series: int, period: Quarter) -> float | None:
    values = [
        value_at(subject, series, Quarter(period.year, q)) for q in range(1, period.quarter + 1)
    ]
    return None if any(v is None for v in values) else sum(v or 0 for v in values)


def check_year_to_date(subject: Subject, claim: Claim) -> list[Verdict]:
    """A year-to-date figure against the sum of the financial year's quarters so far."""
    assert claim.stated is not None
    sums = [
        (s, total)
        for s in claim.series
        if counted_in_quarters(subject, s)
        and (total := to_date(subject, s, claim.period)) is not None
    ]
    if not sums or any(matches(claim.stated, total) for _, total in sums):
        return []
    s, total = sums[0]
    first = Quarter(claim.period.year, 1)
    span = claim.period.long if claim.period == first else f"{first.long} to {claim.period.long}"
    if len(sums) > 1:
        # the words name no one series: each series' year to date, since the figure may be
        # any of them ('25,620 (potholes reported), 25,110 (potholes repaired)')
        each = ", ".join(f"{subject.shown(t)}{series_name(subject, [o])}" for o, t in sums)
        return [
            Verdict(
                f"says {claim.stated.quote} for the year to date",
                f"the data has {each} ({span})",
            )
        ]
    return [
        Verdict(
            f"says {claim.stated.quote} for the year to date{series_name(subject, [s])}",
            f"the data has {subject.shown(total)} ({span})",
        )
    ]


# the words right after a figure of the year to date that make it a difference or a
# comparison, not the sum ('1,240 ahead of', 'around 4,000 fewer than', '15 more')
_DIFFERENCE_AFTER = regex(
    r"\s+(?:[a-z]+\s+){0,2}?(?:more|fewer|less|ahead|behind|higher|lower|up|down|above|below|"
    r"than|over|under|extra|additional)\b",
    re.I,
)
_DIFFERENCE_BEFORE = regex(
    r"\b(?:by|of|up|down|increase|decrease|rise|fall|drop|gap|difference)\s+(?:[a-z]+\s+)?$", re.I
)
# the noun phrase right after a figure, to a verb or a clause's edge: '9,911 new
# assessments were requested', '10,215 new assessment requests', '24,110 repairs have'
# the word right before a figure that leads it: a verb's past ('received'), 'against'
_LEADS_FIGURE = regex(r"\b(?:[a-z]+ed|against|versus)\s+$", re.I)
_NOUN_AFTER = regex(
    r"\s+((?:[A-Za-z'’-]+\s+){0,3}?[A-Za-z'’-]+)(?=\s+(?:were|was|have|has|had|are|is)\b|\s*[,;:.]|\s+and\b|\s*$)"
)


# a part of another year right after a figure: 'in the first half of 2022-23', 'over the
# same nine months of 2023/24'
_ANOTHER_YEAR_AFTER = regex(
    r"\s+(?:[a-z]+\s+){0,2}?(?:in|over|during|for|across)\s+(?:the\s+)?(?:(?:first|opening)\s+"
    r"(?:half|two\s+quarters|three\s+quarters|six\s+months|nine\s+months)|same\s+"
    r"(?:(?:six|nine|three)\s+months|(?:two|three)\s+quarters|half|period|months|point|stage))"
    r"\s+of\s+(?:19|20)\d\d\s*[/–-]",
    re.I,
)


def year_to_date_named(figure: Figure) -> Claim | None:
    """A figure of the year to date whose own noun names one of the measure's series, its
    sum as the words say it ('Across the first two quarters of the year 9,911 new
    assessments were requested', 'Year to date we have received 10,215 new assessment
    requests', '..., against which 24,110 repairs have been completed'), read before the
    readings that would take its noun for other things (new things, another state); a
    figure that is a difference ('1,240 ahead of', 'around 4,000 fewer') is not one."""
    sentence = figure.sentence
    if figure.stated.percent or sentence is None or figure.own is not None:
        return None
    if _DIFFERENCE_AFTER.match(figure.text, figure.match.end()) or _DIFFERENCE_BEFORE.search(
        figure.text, 0, figure.match.start()
    ):
        return None
    lead = _LEADS_FIGURE.search(figure.text, 0, figure.match.start())
    start = lead.start() if lead is not None else figure.match.start()
    if _ANOTHER_YEAR_AFTER.match(figure.text, figure.match.end()):
        # 'against 4,990 in the first half of 2022-23': another year's, by its own words
        claim = year_to_date_claim(figure)
        if claim is None or claim.period.year >= figure.period.year:
            return None
        return replace(claim, quote=figure.text[start : figure.match.end()])
    noun = _NOUN_AFTER.match(figure.text, figure.match.end())
    if noun is None:
        return None
    named = series_named(figure.subject, noun.group(1))
    if not named or len(named) == len(figure.subject.facts.series):
        return None
    claim = year_to_date_claim(figure)
    if claim is None or not set(claim.series) & set(named):
        return None
    # led by its verb, quoted with it and its noun ('received 10,215 new assessment
    # requests'); otherwise as the year to date's figure is
    return replace(claim, quote=figure.text[start : noun.end(1)]) if lead is not None else claim


def year_to_date_claim(figure: Figure) -> Claim | None:
    """The claim of a figure of the year to date; None where the clause is not about it."""
    sentence = figure.sentence
    if figure.stated.percent or sentence is None:
        return None
    span = _year_to_date_at(figure, sentence.clauses, sentence.masked)
    if span is None:
        return year_to_date_pair(figure)
    # 'and 4,275 have been completed': the clause's words, its verb with its figure
    coordinated = _COORDINATED.match(figure.clause.text)
    quote = coordinated.group("words") if coordinated else figure.stated.quote
    # the words that say which part of the year: those that make it the year to date's, and
    # the figure's clause
    said_at, said_to = span
    said = figure.text[:said_to]
    named = _NAMED_YEAR.search(said, said_at)
    if named is not None and int(named.group("start")) != figure.period.year:
        return _another_years(figure, quote, named, said)
    half = _PART_OF_YEAR.search(said, said_at)
    if half is not None and figure.period == figure.subject.latest:
        ends = Quarter(
            figure.period.year,
            2 if regex(r"half|two|six").match((half.group(1) or half.group(2)).lower()) else 3,
        )
        if ends <= figure.subject.latest:
            return figure.claim(
                "year to date", quote=quote, period=ends
            )  # 'the first half': to Quarter 2
    together = _TOGETHER.search(said, said_at)
    if together is not None and figure.period == figure.subject.latest:
        ends = Quarter(figure.period.year, int(together.group("upto") or together.group("upto2")))
        if ends <= figure.subject.latest:
            return figure.claim(
                "year to date", quote=quote, period=ends
            )  # 'Quarters 1 and 2 together'
    months = _APRIL_TO.search(said, said_at)
    if months is None:
        return figure.claim("year to date", quote=quote)
    fy = figure.period.year
    ends = Quarter(fy, _ENDS[months.group("month").lower()])
    written = months.group("year")
    if ends > figure.subject.latest or (
        written is not None and int(written) != (fy + 1 if ends.quarter == 4 else fy)
    ):
        return None  # another year's months: not read here
    return figure.claim("year to date", quote=quote, period=ends)


def _another_years(figure: Figure, quote: str, named: re.Match[str], said: str) -> Claim | None:
    """'against 4,990 in the first half of 2022-23', 'the 24,250 logged in the same nine
    months of 2023/24': another year's year to date, to the part of the year named (a
    half to its Quarter 2, nine months to its Quarter 3) or, for 'the same period', to the
    report quarter's quarter of the year; only where those words follow the figure in its
    clause, and the year is an earlier one."""
    year = int(named.group("start"))
    clause_end = figure.clause.start + len(figure.clause.text)
    if not figure.match.end() <= named.start() < clause_end or year >= figure.period.year:
        return None
    half = _PART_OF_YEAR.search(said, named.start(), named.end())
    if half is not None:
        part = (half.group(1) or half.group(2)).lower()
        ends = 2 if regex(r"half|two|six").match(part) else 3
    else:
        ends = figure.subject.latest.quarter
    return figure.claim("year to date", quote=quote, period=Quarter(year, ends))


# a figure joined to the one before it: 'and 11,460 by telephone', 'compared with 9,748
# completed', 'against which 25,110 repairs were made', ', set against 9,371 completed'
_JOINED = regex(
    r"[^.;:()]*?\b(?:and|compared\s+(?:with|to)|(?:set\s+)?against(?:\s+which)?|with|"
    r"versus|alongside)\s+",
    re.I,
)
# the quarter's own words after a figure: 'reported this quarter', 'completed in the latest
# quarter', 'in the quarter'
_OWN_QUARTER_AFTER = regex(
    r"\b(?:(?:this|that|the\s+(?:latest|last|current|same))\s+quarter|"
    r"(?:in|during|for|over)\s+the\s+quarter|quarterly)\b",
    re.I,
)
# the words after a figure that may name its series: 'by telephone', 'repairs were made'
_ITS_WORDS = regex(r"[^.;:,()]{0,40}")
# the figure's own words, to the next conjunction: 'by telephone', 'were completed'; more
# than a few ('repaired by the contractor's night gangs') tell a part of them, not a series
_OWN_WORDS = regex(r".*?(?=\b(?:and|but|while|whereas|although|though)\b|$)", re.I)
_MOST_OWN_WORDS = 4
_FIRST_WORD = regex(r"\s*([A-Za-z]+)")
# words a series' own words may begin with besides its noun: a preposition of its channel,
# an auxiliary, a participle ('by telephone', 'were completed', 'repaired')
_LEADS_OWN_WORDS = regex(
    r"(?:by|via|through|online|in|on|were|was|have|has|had|are|is|being|been|[a-z]+ed|[a-z]+en)",
    re.I,
)


def year_to_date_pair(figure: Figure) -> Claim | None:
    """'Since April we have handled 27,030 online enquiries and 11,460 by telephone', 'In
    the year to date requests number 10,125, compared with 9,371 completed': a figure
    joined to the one before it, both after words of the year to date that lead them, and
    naming one of the measure's series (not every one) in the words after it, is that
    series' year to date. Left alone where the sentence names a quarter, a part of the year
    or another year, or the figure has a period of its own."""
    sentence, subject = figure.sentence, figure.subject
    if figure.stated.percent or sentence is None or figure.own is not None:
        return None
    if len(subject.facts.series) < 2:
        return None
    said = YEAR_TO_DATE.search(figure.text, 0, figure.match.start())
    if said is None or _EACH.search(figure.text) or find_periods(figure.text, subject.latest):
        return None
    if _OWN_QUARTER_AFTER.search(figure.text, figure.match.end()):
        return None  # '... and 11,280 potholes reported this quarter': the quarter's own
    if any(
        p.search(figure.text)
        for p in (_NAMED_YEAR, _PART_OF_YEAR, _TOGETHER, _APRIL_TO, _SAME_POINT)
    ):
        return None  # which part of which year: read by year_to_date_claim, or left alone
    earlier = list(NUMBER.finditer(sentence.masked, said.end(), figure.match.start()))
    if not earlier or not _JOINED.fullmatch(figure.text, earlier[-1].end(), figure.match.start()):
        return None
    words = _ITS_WORDS.match(figure.text, figure.match.end())
    after = words.group(0) if words else ""
    own = _OWN_WORDS.match(after)
    if own is None or len(own.group(0).split()) > _MOST_OWN_WORDS:
        return None  # '9,000 repaired by the contractor's night gangs': a part, its agent's
    first = _FIRST_WORD.match(after)
    if (
        first is not None
        and not _LEADS_OWN_WORDS.fullmatch(first.group(1))
        and stem(first.group(1)) not in subject.vocabulary
    ):
        return None  # 'and 12 staff repaired them': a count of other things
    named = series_named(subject, after)
    if not named or len(named) == len(subject.facts.series):
        return None
    quote = (figure.text[figure.match.start() : figure.match.end()] + after).rstrip()
    return figure.claim("year to date", quote=quote, series=tuple(named))
