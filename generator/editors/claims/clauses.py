"""A sentence's claims, read once for every rule: each clause's figures, fractions,
multiples and movement word, bound to the quarter, the quarter compared with and the
series the clause (or the clauses before it) names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from generator.core.periods import Quarter
from generator.editors.claims.base import Claim
from generator.editors.claims.binding import (
    GOAL_WORDS,
    NUMBER_OF,
    names_comparator,
    other_subject_of_movement,
    others_moved_to,
    record_of_other,
    subject_other,
)
from generator.editors.claims.durations import durations_in
from generator.editors.claims.figures import NUMBER, matches, stated_of
from generator.editors.claims.fractions import (
    fraction_change_in,
    fractions_in,
    gapped_share,
    multiple_in,
    times_as_in,
    times_quarter_in,
)
from generator.editors.claims.movements import (
    ENDED_BEFORE,
    RUN_NOUNS_DOWN,
    RUN_NOUNS_UP,
    ended_run,
    first_movement,
    movement_claim,
    run_in,
)
from generator.editors.claims.numbers import (
    GOAL_THEN_PARTICIPLE,
    KIND_NAMED,
    SUBGROUP_LEAD,
    check_level,
    figure_of,
    is_base,
    read_figure,
    record_pointed_to,
)
from generator.editors.claims.periods import (
    SEASON,
    PeriodRef,
    find_periods,
    month_number,
    month_quarter,
    resolve,
)
from generator.editors.claims.ranges import scope_months
from generator.editors.claims.reading import MONTH, UNREAD, Clause, Sentence, days_unmasked
from generator.editors.claims.spans import Span, spans_in
from generator.editors.claims.standing import (
    BEGAN_IN_MONTH,
    RECORD_SINCE_MONTH,
    comparisons_in,
    records_in,
    standing_in,
)
from generator.editors.claims.subject import (
    STOP,
    Subject,
    named_words,
    series_named,
    stem,
    stems_of,
    uncharted_words,
    value_at,
)
from generator.editors.claims.ytd import YEAR_TO_DATE
from generator.read.patterns import regex

_MONTHLY = regex(
    rf"\b(?:in|during|for|by|since|than|of)\s+(?:early\s+|late\s+|mid-?)?{MONTH}\b|"
    rf"\b{MONTH}\s+(?:19|20)\d\d\b",
)
# a clause's own verb before its month: 'Three new collection rounds were added in October'
_A_VERB = regex(r"\b(?:was|were|is|are|has|have|had|[a-z]{3,}ed)\b", re.I)
# a relative clause dating an event: 'the contract that began in April 2024'
_EVENT_IN = regex(
    r"\b(?:that|which|when|who)\s+(?:(?:was|were|had|has)\s+(?:been\s+)?)?(?:began|begun|"
    r"started|ended|launched|opened|closed|introduced|signed|awarded|formed|created|"
    r"established|set\s+up|came\s+into\s+force)\s+(?:in\s+)?$",
    re.I,
)
# 'Since the contract that started in April 2023, ...': a movement since the event
_SINCE_EVENT = regex(r"\W*(?:since|after|following)\b", re.I)
# a clause about what is to come: 'the email inbox will close in April'
_FUTURE = regex(r"\b(?:will|shall|is\s+due\s+to|are\s+due\s+to|is\s+to|are\s+to)\s+[a-z]+", re.I)
_MONTH_LEFT = regex(rf"\b{MONTH}\b(?!\s+\d)")  # a month named, with no quarter read from it
# a month that names an event ('the April uplift', 'despite the December snow'): after
# 'following', 'after', 'since', 'before' or 'despite', or in the report quarter
_MONTH_EVENT = regex(
    rf"(?P<after>\b(?:following|after|since|before|despite)\s+)?\b[Tt]he\s+(?P<month>{MONTH})"
    r"(?=\s+[a-z])",
    re.I,
)
# a month spanned: 'Throughout November', 'During the plant outage in November'
_SPANNED = regex(r"\b(?:throughout|during)\b", re.I)
# a comparative told of the measure against a quarter compared with: 'lower than in the same
# quarter last year', 'slightly more than the 16,380 a year before', 'higher than the 44.1%
# recorded in Quarter 3 of 2023/24' (no figure of a change before it: '33 less than' is one)
_THAN = regex(
    r"(?<![\d%]\s)(?<![\d%])\b(?:(?:slightly|a\s+little|just|marginally|well|much|far)\s+)?"
    r"(?P<word>higher|lower|more|fewer|less|greater|smaller|larger)\s+than\s+",
    re.I,
)
_THAN_TO_QUARTER = regex(
    r"(?:(?:it\s+was|they\s+were)\s+)?(?:(?:in|at|during|for)\s+)?"
    r"(?:the\s+£?\d[\d,]*(?:\.\d+)?%?\s+(?:(?:recorded|achieved|reported|seen|held)\s+)?"
    r"(?:(?:in|at|during|for|by)\s+)?)?$",
    re.I,
)
_UP_WORDS = frozenset({"higher", "more", "greater", "larger"})


def _than_a_quarter(
    text: str, start: int, end: int, refs: Sequence[PeriodRef]
) -> tuple[tuple[str, str, int], PeriodRef] | None:
    """A comparative of the clause's measure against a quarter named after 'than': its way,
    words and place, and the quarter compared with."""
    for found in _THAN.finditer(text, start, end):
        for ref in refs:
            if ref.start < found.end() or ref.start >= end:
                continue
            if _THAN_TO_QUARTER.match(text[found.end() : ref.start]):
                way = "up" if found.group("word").lower() in _UP_WORDS else "down"
                quote = text[found.start() : found.end()].strip()
                return (way, quote, found.start()), ref
            break
    return None


# a clause with a subject and a perfect verb of its own: 'and crews have filled 25,110'
_NEW_SUBJECT = regex(
    r"^\W*(?:and|but|while|whereas|yet)\s+(?:the\s+|our\s+|its\s+|their\s+)?[a-z]+s\s+"
    r"(?:have|had)\s+[a-z]+(?:ed|en|lt|led)\b",
    re.I,
)
_COMPARING = regex(r"\W*(?:compared\s+(?:with|to)|set\s+against|against|relative\s+to)\b", re.I)
# a movement word whose own figure is a percentage ('down from 88%', 'up 1 point'): on
# a measure not in percent, the movement of a share of it
_SHARE_MOVED = regex(
    r"\s+(?:(?:from|to)\s+\d[\d.]*\s?(?:%|per\s+cent)"
    r"|(?:by\s+)?\d[\d.]*\s?(?:(?:percentage\s+)?points?|pp)\b)",
    re.I,
)
_WHEN = regex(r"\W*when\b", re.I)  # a clause set in the quarter the one before ends with
# 'have since risen', 'has since fallen back': since the quarter an earlier clause names
# 'the improvement since is', 'has risen since, to': since the quarter named before
_SINCE_ALONE = regex(
    r"\b(?:since(?:\s+then)?\s+(?:is|was|are|were|has\s+been|stands?|of)\b|since(?:\s+then)?\s*[,.;])",
    re.I,
)
_WITH = regex(r"\W*with\b", re.I)
# 'risen from £598 in Quarter 1 2022/23 to £719', 'climbed from £612 in Quarter 2 2022-23 to
# £662': the quarter of the figure a movement is from, and the one of the figure it is to
# a figure and the words that date it, up to the quarter named: '£598 in ', '88% at the end of '
_FIGURE_IN = r"£?\d[\d,.]*\s*(?:%|per\s+cent|[a-z]+)?\s+(?:in|at|during)\s+(?:the\s+end\s+of\s+)?"
_FROM_FIGURE_IN = regex(r"\bfrom\s+" + _FIGURE_IN + "$", re.I)
_TO_FIGURE = regex(r"\s*,?\s+to\s+£?\d", re.I)
_TO_FIGURE_IN = regex(r"\bto\s+" + _FIGURE_IN + "$", re.I)


def _from_to(
    text: str, refs: Sequence[PeriodRef], latest: Quarter
) -> tuple[int, Quarter, Quarter] | None:
    """'has risen from £598 in Quarter 1 2022/23 to £719 (in Quarter 2 2024/25)': where the
    quarter a movement is from is named, the quarter it is from and the one it is to (the
    one named after the figure it is to, or the latest)."""
    for index, ref in enumerate(refs):
        if not _FROM_FIGURE_IN.search(text, 0, ref.start) or not _TO_FIGURE.match(text, ref.end):
            continue
        after = refs[index + 1] if index + 1 < len(refs) else None
        to = (
            after.quarter
            if after is not None and _TO_FIGURE_IN.search(text, ref.end, after.start)
            else latest
        )
        return ref.start, ref.quarter, to
    return None


# 'on the quarter', 'quarter on quarter', 'in the latest quarter': a clause's change from
# the quarter before, not from the quarter a lead compared with ('Year on year, ... rose by
# 189; on the quarter the number is up 80')
_ON_THE_QUARTER = regex(
    r"\b(?:on\s+the\s+quarter|quarter[\s-]on[\s-]quarter|"
    r"(?:in|during|over)\s+the\s+(?:latest|last)\s+quarter)\b",
    re.I,
)
# 'From £662 in Quarter 2 2023/24, the average cost rose to £719': a clause of a movement's
# start alone, leading the sentence
_FROM_LEAD = regex(r"\W*(?:(?:starting|having\s+started)\s+)?from\s+" + _FIGURE_IN, re.I)


def _from_lead(
    text: str, clauses: Sequence[Clause], refs: Sequence[PeriodRef], latest: Quarter
) -> tuple[int, Quarter, Quarter] | None:
    """'From £662 in Quarter 2 2023/24, the average cost rose to £719, a rise of £57': a
    sentence led by a clause of a movement's start alone, its figure and quarter; the
    movement from that quarter to the latest is the next clause's (where it is held)."""
    if len(clauses) < 2:
        return None
    first = clauses[0]
    end = first.start + len(first.text)
    lead = _FROM_LEAD.match(text, first.start, end)
    if lead is None:
        return None
    ref = next((r for r in refs if r.start == lead.end()), None)
    if ref is None or ref.offset is not None or not _NO_WORDS.fullmatch(text, ref.end, end):
        return None
    return clauses[1].start, ref.quarter, latest


# a movement told since a quarter: 'have risen since March', 'has fallen steadily since the
# end of June'
_MOVED_SINCE = regex(r"\s+(?:[a-z]+ly\s+)?since\s+(?:the\s+end\s+of\s+)?", re.I)
# 'rose 3.1 points, or around 4%, on a year ago', 'is up 1.2 points (about 3%) on the same
# quarter last year': the movement's size told twice, then the quarter it is compared with
_APPOSED_BASE = regex(
    r"\s+(?:by\s+)?£?\d[\d,.]*\s*(?:%|per\s+cent|percentage\s+points?|points?|pp)?\s*"
    r"(?:,\s*|\(\s*)(?:or\s+)?(?:(?:about|around|roughly|some|nearly|almost)\s+)?"
    r"\d[\d,.]*\s*(?:%|per\s+cent)\s*[,)]?\s*(?:(?:on|than|compared\s+with|against)\s+)?",
    re.I,
)
# 'over the last two quarters', 'in the past six months': a span of two quarters
_OVER_TWO_QUARTERS = regex(
    r"\b(?:over|in|across|during|within)\s+the\s+(?:last|past|latest|previous)\s+"
    r"(?:(?:two|2)\s+quarters|(?:six|6)\s+months)\b",
    re.I,
)
# 'online reports for street lighting ' before a movement: the things of a kind
_KIND_NAMED = regex(KIND_NAMED + "$", re.I)
_BY_FIGURE = regex(r"\s+by\s+£?\d")
# a movement denied against a figure: 'has not fallen below 89.3%', 'never rose above 22,190':
# a bound the values kept to over some quarters, not a movement said of the latest
_NEGATED_BOUND = regex(
    r"\b(?:not|never|n't)\s+(?:\w+\s+)?$",
    re.I,
)
_BOUND_AFTER = regex(r"\s+(?:above|below|under|over|beneath|beyond)\s+£?\d", re.I)
# a movement from a figure of a year before or of a season ('fell from 97.8 a year ago to
# 81.3', 'from 97.8 in the autumn of 2023'): a base the quarters named do not bind
_FROM_UNREAD_BASE = regex(
    r"\s+from\s+£?\d[\d,.:]*\s?%?\s+(?:a\s+year\s+(?:ago|earlier|before)|"
    rf"in\s+the\s+{SEASON}\s+of\b)",
    re.I,
)
# what a movement crossed and the quarter it did so in: ' below the 2:30 target in ', ' above
# 90% in '
_CROSSED_IN = regex(
    r"\s+(?:[a-z]+\s+)?(?:above|below|under|over|beneath)\s+(?:the\s+|its\s+)?"
    r"(?:£?\d[\d,.:]*\s?%?(?:[-\s](?:day|week|minute|hour)s?)?\s+)?"
    r"(?:(?:target|floor|threshold)\s+)?(?:in|during)\s+",
    re.I,
)
_SINCE_THEN = regex(r"\b(?:has|have|had)\s+since\s+$", re.I)
_TIMED = frozenset({"days", "hours", "minutes"})  # units of a time taken
# 'The target rose to 92%', 'The floor is 75%, unchanged since 2022/23': the sentence is
# about the target, and its movement words are the target's
_TARGET_SUBJECT = regex(
    r"^\W*(?:(?:the|a|our|its|this\s+year's|next\s+year's)\s+)?(?:new\s+)?"
    r"(?:" + GOAL_WORDS + r")s?\b",
    re.I,
)
# the same, with words that say which target after its determiner ('The recycling target is
# 52% this year, up from 50%', "This year's planning consultation target"): its movement
# words are the target's (a standing, 'The re-let target has been beaten', is the measure's)
_TARGET_NAMED_SUBJECT = regex(
    r"^\W*(?:(?:the|a|our|its|this\s+year['’]s|next\s+year['’]s)\s+"
    r"(?:(?!(?:performance|against|to|of|on|in|at|within|above|below|under|over|than)\b)"
    r"[a-z][\w-]*\s+){0,2}?)?(?:new\s+)?"
    r"(?:" + GOAL_WORDS + r")s?\b",
    re.I,
)

# 'This year's 28-day standard is 85%', 'Our bar for missed bins is stricter': a sentence
# whose subject is a level set for the measure, named by a word other than the goal words
# the target rule reads; its figures and movements are the level's, and left alone
_STANDARD_SUBJECT = regex(
    r"^\W*(?:(?:the|a|an|our|its|their|this|(?:this|last|next)\s+year['’]s)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?P<word>standard|bar|goal|aim|ambition|expectation)s?\b",
    re.I,
)

# 'between the two quarters', 'over those periods': quarters named in another sentence,
# which this one cannot bind ('the same quarter' is the one the sentence speaks of)
_PERIOD_NAMED_BEFORE = regex(
    r"\b(?:between|across|over|in|during|for|from|since)\s+(?:the\s+two|both|those|these)\s+"
    r"(?:quarters|periods|dates|points|years|months|times)\b",
    re.I,
)


# a clause in apposition to the one before: 'a rise of a fifth', 'up 12 on the quarter'
_APPOSITIVE = regex(
    r"^\W*(?:an?\s+(?:[a-z]+\s+)?(?:rise|increase|fall|drop|decrease|reduction|decline|"
    r"change|difference|gap|growth)\b|up\b|down\b"
    # '..., from 97.8 to 81.3': the figures of the movement before, of its quarters
    r"|from\s+£?\d[\d,.]*\s?%?(?:\s+[a-z]+){0,3}\s+to\s+£?\d)",
    re.I,
)
# a movement word whose subject is how well the measure does, not its figure
_PERFORMANCE_MOVED = regex(
    r"\b(?:performance|results?)\s+(?:(?:has|have|had)\s+(?:now\s+)?)?$", re.I
)
# an adverb between a subject and its verb: 'has likewise dropped', 'was then raised'
_ADVERB = r"(?:(?:[a-z]+ly|likewise|also|again|now|then|since|already|just|once\s+more)\s+)"
# a movement word whose subject is a target: 'the recycling target was increased to 52%',
# 'the floor has likewise dropped to 75%', 'a target that rose to 52%'
_TARGET_MOVED = regex(
    r"\b(?:" + GOAL_WORDS + r")s?\s+(?:(?:that|which)\s+)?" + _ADVERB + "?"
    r"(?:(?:was|were|is|are|has|have|had)\s+(?:been\s+)?)?" + _ADVERB + "?$",
    re.I,
)


# in a sentence that counts a run, a comparative that tells the run's way: 'For the fourth
# quarter in a row, fewer people were placed', 'the third successive quarter of faster
# processing'
_RUN_MORE = regex(
    # 'fewer people made contact', 'more were placed': the comparative, then the verb
    r"\b(?P<word>fewer|more)\s+(?P<things>(?:[a-z]+\s+){0,2}?)"
    r"(?:were|was|have|had|made|[a-z]{2,}ed)\b"
    # 'has supported more people': the verb, then the comparative and its noun
    r"|\b(?:has|have|had)\s+(?:[a-z]+\s+)?[a-z]{2,}ed\s+(?P<after>fewer|more)\s+"
    r"(?P<things2>[a-z]+)",
    re.I,
)


def _measure_counted(subject: Subject, things: str) -> bool:
    """Whether the things after 'more' or 'fewer' are the measure's ('fewer people', or
    none named: 'more were placed'), not others ('more staff joined')."""
    words = things.split()
    return not words or any(stem(w) in subject.vocabulary for w in words)


_RUN_FASTER = regex(r"\b(?P<word>faster|quicker|slower)\s+(?=[a-z]+ing\b|[a-z]+s\b)", re.I)


_NO_WORDS = regex(r"\W*")
_RUN_LEAD = regex(r"\W*(?:[A-Za-z]+\s+)?")  # 'For ', 'Over ': the run's preposition


def _leads(text: str, clause: Clause, index: int, refs: Sequence[PeriodRef]) -> bool:
    """Whether a clause with no figure leads the sentence, its comparison carried to the
    clauses after ('Compared with a year earlier, ...', 'Year on year, ...', 'Between
    Quarter 2 2022/23 and Quarter 2 2024/25, ...'): one that compares, or the first, telling
    no movement of its own ('Contacts were lower than a year before, and ...' tells one)."""
    if _COMPARING.match(clause.text):
        return True
    end = clause.start + len(clause.text)
    return (
        index == 0
        and first_movement(text, clause.start, end) is None
        and _than_a_quarter(text, clause.start, end, refs) is None
        and not _OWN_COMPARATIVE.search(clause.text)
    )


# a comparative of the clause's own ('Re-lets were quicker than a year before'): a movement
# told in the clause, not a comparison carried to the clauses after
_OWN_COMPARATIVE = regex(r"\b(?:[a-z]{3,}er|more|less|fewer)\s+than\b", re.I)


# 'the third successive quarter of growth', 'the fifth consecutive quarter of decline': the
# run's way in the noun after it
_RUN_OF = regex(
    r"\s+of\s+(?:(?:further|continued|steady|sustained)\s+)?"
    rf"(?:(?P<up>{RUN_NOUNS_UP})|(?P<down>{RUN_NOUNS_DOWN}))\b",
    re.I,
)


def _run_of(subject: Subject, text: str, run: tuple[int, str, int]) -> tuple[str, str, int] | None:
    """The movement a run names in the noun after its quarter ('the third successive
    quarter of growth': up), as first_movement gives one; not a growth of other things
    ('of growth in online self-assessments')."""
    if not regex(r"\bquarters?$", re.I).search(run[1]):
        return None
    found = _RUN_OF.match(text, run[2] + len(run[1]))
    if found is None:
        return None
    of = regex(r"\s+(?:in|of|among|for)\s+((?:[A-Za-z'-]+\s*){1,3})", re.I).match(text, found.end())
    if of is not None and not _measure_counted(subject, of.group(1)):
        return None
    way = "up" if found.group("up") else "down"
    if found.group("up") and found.group("up").lower() == "improvement":
        way = "better"
    # quoted and placed from the run's words: they, not a subject, come before its noun
    return way, text[run[2] : found.end()], run[2]


def _run_lead_blank(text: str, clause: Clause, run: tuple[int, str, int] | None, at: int) -> str:
    """A clause's words with a run that leads it blanked ('For a seventh consecutive
    quarter fewer people made contact': the subject is 'fewer people', not the run)."""
    if run is None or not clause.start <= run[2] or run[2] + len(run[1]) > at:
        return clause.text
    if not regex(r"\W*(?:for|over|in)\s+(?:a|the)\s+", re.I).fullmatch(text, clause.start, run[2]):
        return clause.text  # 'For a ', 'For the ': the run's preposition and article alone
    cut = run[2] + len(run[1]) - clause.start
    return " " * cut + clause.text[cut:]


def _compared_in_run(
    subject: Subject, text: str, start: int, end: int
) -> tuple[str, str, int] | None:
    """The movement a comparative tells in a sentence that counts a run: 'fewer' or 'more'
    of a count's things, 'faster' or 'slower' of a time taken."""
    if subject.unit == "count":
        found = _RUN_MORE.search(text, start, end)
        if found is not None and not _measure_counted(
            subject, found.group("things") or found.group("things2") or ""
        ):
            found = None  # 'more staff joined': other things counted
        if found is not None:
            if found.group("word"):
                word = found.group("word")
                return ("down" if word.lower() == "fewer" else "up"), word, found.start()
            # 'has supported more people': quoted from its verb, which the subject is before
            way = "down" if found.group("after").lower() == "fewer" else "up"
            return way, found.group(0), found.start()
    if subject.unit in _TIMED:
        found = _RUN_FASTER.search(text, start, end)
        if found is not None:
            word = found.group("word")
            return ("up" if word.lower() == "slower" else "down"), word, found.start()
    return None


_SHORT_LEAD = regex(r"^\W*(?:[A-Za-z'-]+\s+){0,3}[A-Za-z'-]+\s*,\s*$")


def _comparator_lead(subject: Subject, lead: str) -> bool:
    """'Nationally, ...', 'In England, ...': a sentence led by a short phrase, with no
    figure or verb of its own, that names a comparator: what follows is the comparator's."""
    return bool(_SHORT_LEAD.match(lead)) and names_comparator(subject.vocabulary, lead)


_CURRENT = regex(r"\b(?:the\s+(?:current|latest|present)|today's|this\s+quarter's)\s+£?$", re.I)
_WORD_AFTER = regex(r"\s+([a-z]+)\b", re.I)
_SET_AGAINST_BEFORE = regex(r"\b(?:against|versus|vs|compared\s+(?:with|to)|out\s+of)\s+$", re.I)


def _owned_series(
    subject: Subject, text: str, numbers: Sequence[re.Match[str]], named: Sequence[int]
) -> dict[int, tuple[int, ...]]:
    """'crews have fixed 25,510 potholes against 25,620 reported': where the one word that
    names a series in a clause of two figures follows one of them, it is that figure's;
    on a measure of two series the other figure is the other series'."""
    if len(subject.facts.series) != 2 or len(numbers) != 2 or len(named) != 1:
        return {}
    owned = {}
    for match in numbers:
        after = _WORD_AFTER.match(text, match.end())
        if (
            after is not None
            and _SET_AGAINST_BEFORE.search(text, 0, match.start())
            and series_named(subject, after.group(1)) == list(named)
        ):
            owned[match.start()] = tuple(named)
    if len(owned) != 1:
        return {}
    other = next(m for m in numbers if m.start() not in owned)
    return owned | {other.start(): (1 - named[0],)}


def _compared_before(
    text: str,
    refs: Sequence[PeriodRef],
    clause: Clause,
    from_to: tuple[int, Quarter, Quarter] | None,
    period: Quarter,
    before: Clause | None,
) -> Quarter | None:
    """'has risen from £598 in Quarter 1 2022/23 to £719, a rise of about a fifth', 'stood
    at 2,870 against 2,093 a year before, an increase of two fifths': a change in words in
    a clause naming no quarter is from the quarter the clause before compared with, where
    it carries (`before`: the clause before, where this one is in apposition to it or it
    is the sentence's lead with no figure); not into a clause of its own ('..., although
    it fell back', 'and completions rose by 165', '; on the quarter it is down £42')."""
    if before is None:
        return None
    held = range(before.start, clause.start)
    if from_to is not None and from_to[0] in held:
        return from_to[1]
    compared = [
        r for r in refs if r.end <= clause.start and (r.offset is not None or is_base(text, r))
    ]
    return resolve(compared[-1], period) if compared and compared[-1].start in held else None


def _opens(text: str, start: int, ref: PeriodRef) -> bool:
    """Whether a clause's period is the sentence's, carried to the clauses after it ('In
    Quarter 1, ...'); not where the clause is a participle's ('having been Green in Quarter
    1, ...'): its period is the participle's, about an earlier state of the subject."""
    first = regex(r"\W*([A-Za-z]+)").match(text[start : ref.start])
    # 'During the quarter ending September, ...': a preposition, not a participle
    return (
        first is None
        or not first.group(1).lower().endswith("ing")
        or first.group(1).lower() in _PREPOSITIONS_IN_ING
    )


_PREPOSITIONS_IN_ING = frozenset(("during", "concerning", "regarding", "excluding", "including"))


# a subject pointing back to a sentence before: 'That is the lowest since ...'
_POINTING = regex(r"\W*(?:that|this|it)\s+(?:is|was|has\s+been|remains|marks)\b", re.I)
# a lead telling what came before the clause after it: 'After five consecutive rises, ...'
_LATER = regex(r"\W*(?:and\s+)?(?:before|then|after\s+which|later|since\s+when)\b", re.I)
_ENDED_LEAD = regex(r"\W*(?:after|following)\b", re.I)
# a subject said just before to be another measure: ', a separate measure,', ', which are
# counted separately,'
_SEPARATE = regex(
    r"(?:,\s*(?:a|another)\s+(?:separate|different)\s+(?:measure|indicator|count|figure|series)"
    r"|(?:,\s*|\bwhich\s+(?:is|are|was|were)\s+)(?:counted|measured|reported|recorded)"
    r"\s+separately)\s*,\s*$",
    re.I,
)
_SEASON_WORD = regex(rf"{SEASON}\b", re.I)
# a clause that is only a time's lead: 'In the summer,', 'and over the spring,'
_LEAD_ONLY = regex(
    r"\W*(?:(?:and|but|then)\s+)?(?:(?:in|during|over|through|across)\s+)?(?:the\s+)?\W*", re.I
)
# a clause going on with the figure of the one before: ', at 589,000', ', reaching 5.6',
# 'and reached 589,000'
_GOES_ON = regex(
    r"\s*,?\s*(?:(?:at|to|of|reaching|hitting|peaking|topping|standing)\b"
    r"|and\s+(?:then\s+)?[a-z]+ed\s+(?:at\s+|to\s+)?[£\d])",
    re.I,
)
_NOW = regex(r"\b(?:now|currently|this\s+quarter)\b", re.I)
_NEXT_OWN_CLAUSE = regex(r"\s*,?\s*(?:and|but|while|whereas)\s+(?!\d)", re.I)
_NEW_THINGS = regex(r"\s+(?:more|new|extra|additional|further)\s+[a-z]", re.I)


def _month_aside(
    sentence: Sentence,
    at: int,
    refs: Sequence[PeriodRef],
    latest: Quarter | None = None,
    names: tuple[str, ...] = (),
) -> bool:
    """'Two more patching gangs joined in October and repairs rose by 4,020 on Quarter 2':
    the month is in a clause with no figure and no movement of the measure, and the
    sentence names its quarters outright, or names none and the month falls in the report
    quarter ('Three new collection rounds were added in October, and missed collections
    rose by 7.6'); the month dates something else."""
    clause = next((c for c in sentence.clauses if c.start <= at < c.start + len(c.text)), None)
    if clause is None or any(
        # 'Two new jet-patchers joined the fleet in October': a count of things added is no
        # figure of the measure's
        not _NEW_THINGS.match(sentence.masked, found.end())
        for found in NUMBER.finditer(sentence.masked, clause.start, clause.start + len(clause.text))
    ):
        return False
    if any(clause.start <= r.start < clause.start + len(clause.text) for r in refs):
        return False
    if _FUTURE.search(sentence.text, clause.start, at):
        return True  # 'and the email inbox will close in April': a month of what is to come
    if _EVENT_IN.search(sentence.text, clause.start, at) and not _SINCE_EVENT.match(
        sentence.text, clause.start
    ):
        return True  # 'Under the contract that began in April 2024, ...': an event's month
    outright = any(r.offset is None and r.in_year is None for r in refs)
    if not outright and latest is not None:
        # none named, or only relatively ('on the previous quarter'): the month dates an
        # event where it falls in the report quarter
        if not _A_VERB.search(sentence.text, clause.start, at):
            return False  # 'On 14 November, 75 households ...': the month dates the sentence
        if first_movement(sentence.text, clause.start, clause.start + len(clause.text), names):
            return False  # 'whose arrears have risen since October': a month's movement
        month = _MONTH_LEFT.match(sentence.text, at) or _MONTH_LEFT.search(sentence.text, at)
        number = month_number(month.group(0)) if month else None
        if refs and (
            # relatively named quarters ('on the previous quarter'): only where the clause
            # after is one of its own ('..., and repairs rose by 4,120'), not an appositive
            # figure of the month's ('Repairs peaked in November, at 4,000, ...'), and no
            # other month is named
            month is None
            or _MONTH_LEFT.search(sentence.text, month.end()) is not None
            or not _NEXT_OWN_CLAUSE.match(sentence.text, clause.start + len(clause.text))
        ):
            return False
        return number is not None and month_quarter(number, None, latest) == latest
    return outright


def _month_of_report_quarter(
    subject: Subject, sentence: Sentence, text: str, refs: Sequence[PeriodRef]
) -> bool:
    """'Throughout November the average caller waited 2:29', 'During the plant outage in
    November the cost of disposal reached £126.80', '... slipped to 89.8%, after the
    contractor lost two crews in November': on a measure that is no count (a rate, a share,
    a time or a cost: the data holds no months, and a month spanned is its quarter's), in a
    sentence that names no quarter, every month it names falls in the report quarter and
    is spanned ('throughout', 'during') or dates a clause with no figure: the sentence is
    about that quarter ('In November callers waited 2:29' is a month's figure, left alone)."""
    if subject.unit == "count" or subject.facts.indicator.cumulative or refs:
        return False
    if regex(rf"\b{MONTH}\s+(?:19|20)\d\d\b").search(text):
        return False
    months = list(_MONTH_LEFT.finditer(text))
    for month in months:
        number = month_number(month.group(0))
        if number is None or month_quarter(number, None, subject.latest) != subject.latest:
            return False
        clause = next(
            (c for c in sentence.clauses if c.start <= month.start() < c.start + len(c.text)),
            None,
        )
        spanned = _SPANNED.search(text, 0 if clause is None else clause.start, month.start())
        if spanned is None and (
            clause is None
            or NUMBER.search(sentence.masked, clause.start, clause.start + len(clause.text))
        ):
            return False
    return bool(months)


# a clause whose subject is a goal the measure is set ('the target', 'the 28-day repair
# target', "this year's floor"), told with the verb that sets or moves it
_GOAL_CLAUSE = regex(
    r"\b(?:" + GOAL_WORDS + r")s?\b(?:\s+[a-z]+){0,2}?\s+(?:is|was|were|has|had|became|becomes|"
    r"rose|fell|falling|rising|went|moved|remains?|remained|stays?|stayed|"
    r"(?:raised|lowered|lifted|cut|reduced|increased|tightened|relaxed|changed|set|reset|"
    r"revised))\b",
    re.I,
)
_EVENT_LEAD = regex(r"\W*(?:when|after|once|as|following|with|which|that)\b", re.I)
_MONTH_NAMED = regex(rf"\b(?P<month>{MONTH})(?:\s+(?P<year>(?:19|20)\d\d))?\b")


def _months_date_target(subject: Subject, sentence: Sentence, text: str, latest: Quarter) -> bool:
    """'The target rose to 90% in April', 'From April 2024 the floor was lowered to 70': on a
    measure whose target holds for the whole year (none profiled through it), every month the
    sentence names is in a clause about the target, and falls in the report quarter's
    financial year up to it: the month dates the target's change, not a month's figure."""
    if subject.facts.indicator.cumulative:
        return False
    months = list(_MONTH_NAMED.finditer(text))
    if not any(_GOAL_CLAUSE.search(c.text) for c in sentence.clauses):
        return False
    for found in months:
        clause = next(
            (c for c in sentence.clauses if c.start <= found.start() < c.start + len(c.text)),
            None,
        )
        number = month_number(found.group("month"))
        if clause is None or number is None:
            return False
        # 'When the new contract started in April, the repair target moved up to 95%', 'The
        # target remains at £520,000, which we expect to beat by March': the month dates an
        # event, in a clause of its own with no figure, and the target clause names none
        event = _EVENT_LEAD.match(clause.text) and not NUMBER.search(
            _MONTH_NAMED.sub(" ", clause.text)
        )
        if not _GOAL_CLAUSE.search(clause.text):
            if event:
                continue
            return False
        year = int(found.group("year")) if found.group("year") else None
        quarter = month_quarter(number, year, latest)
        if quarter.year != latest.year or latest < quarter:
            return False
    return bool(months)


def _comparator_before_record(
    subject: Subject, sentence: Sentence, clause: Clause, before: str
) -> bool:
    """'England's missed collections rose, the highest since April 2023': a record that
    opens its clause, with no subject of its own, whose clause before names a comparator."""
    if not regex(r"^\W*(?:now\s+|at\s+|to\s+)?$", re.I).match(before):
        return False
    earlier = [c for c in sentence.clauses if c.start < clause.start]
    return bool(earlier) and names_comparator(subject.vocabulary, earlier[-1].text)


# a sentence opening on last year ('Last year repairs were ... in Quarter 3'): its quarters
# are last year's, which the quarters named do not resolve to
_LAST_YEAR_LEAD = regex(r"^\W*(?:last|the\s+previous)\s+(?:financial\s+)?year\b(?!['’]s)", re.I)


def _others_ratio(subject: Subject, text: str, clause: Clause, claim: Claim) -> bool:
    """A change in words or a multiple ('fell by a third', 'doubled') whose clause names a
    comparator before it ("England's rate fell by a third") or is about the target ('The
    target rose by a fifth'): theirs, not the measure's."""
    before = text[clause.start : claim.at]
    said = text.find(claim.quote, clause.start, claim.at + len(claim.quote))
    said = claim.at if said < 0 else said
    return (
        names_comparator(subject.vocabulary, before)
        or bool(_TARGET_SUBJECT.match(before))
        # 'Garden waste collections fell by a third between September and December': another
        # subject's change in words, told as a movement's subject is (the words before its verb)
        or (
            _MONTH_SPAN.search(text, clause.start, clause.start + len(clause.text)) is not None
            and other_subject_of_movement(subject.vocabulary, text[clause.start : said])
        )
        # 'Crews doubled between September and December': who does the work, not the measure
        or bool(_AGENT_ALONE.fullmatch(text, clause.start, said))
    )


# 'between September and December', 'from June 2022 to September 2023': a span's ends by months
_MONTH_SPAN = regex(rf"\b(?:between|from)\s+(?:the\s+)?(?:end\s+of\s+)?{MONTH}\b", re.I)
_AGENT_ALONE = regex(r"\W*(?:the\s+|our\s+)?(?:crews?|staff|teams?|officers?|inspectors?)\s+", re.I)


# a movement over half a year: 'fell in the first half of the year', 'rose over the
# second half of 2023/24'
_MOVED_OVER_HALF = regex(
    r"\s+(?:in|during|over|across|through)\s+the\s+(?:first|second|last|latter)\s+half\b",
    re.I,
)
# from a movement's last word to the quarter it moved in: 'fell to 74.6 in ', 'rose in '
_MOVED_IN = regex(
    r"(?:\s+(?:to|at)\s+£?\d[\d,.]*(?:%|\s+(?:days?|points?|seconds?))?)?\s*,?\s+"
    r"(?:in|during)\s+(?:the\s+)?",
    re.I,
)


_VERB_TO = regex(r"[A-Za-z]+\s+(?:back\s+)?to\s+", re.I)


def _others_moved_to_at(subject: Subject, text: str, start: int, at: int) -> bool:
    """Whether the movement word at `at`, followed by 'to' and a level ('rose to 300'),
    has a subject of another kind before it (binding.others_moved_to)."""
    verb = _VERB_TO.match(text, at)
    return verb is not None and others_moved_to(subject.vocabulary, text[start : verb.end()])


def _one_span(text: str, refs: Sequence[PeriodRef], latest: Quarter) -> Span | None:
    """The one span a sentence names, both its ends read (spans.spans_in), where it names
    no quarter outside it: the quarters a multiple or a change in words over it compares."""
    found = spans_in(text, latest)
    if len(found) != 1:
        return None
    span = found[0]
    if any(not (span.start <= r.start < span.end) for r in refs):
        return None  # 'doubled between Quarter 1 and Quarter 3, and fell in Quarter 4'
    return span


def _over_span(
    subject: Subject, text: str, clause: Clause, claim: Claim, span: Span | None
) -> Claim | None:
    """A multiple or change in words told over a span: from its earlier end to its later;
    None where the words before it name another subject ('Garden waste tonnage fell by a
    fifth between the third quarters of 2023/24 and 2024/25'), as a movement's are read."""
    if span is None:
        return claim
    # the words before its verb ('grew its caseload by half'), or before its own words
    moved = first_movement(text, clause.start, claim.at + len(claim.quote), subject.names)
    said = text.find(claim.quote, clause.start, claim.at + len(claim.quote))
    before = moved[2] if moved is not None else said if said >= 0 else claim.at
    if other_subject_of_movement(subject.vocabulary, text[clause.start : before]):
        return None
    return replace(claim, base=span.first, period=span.last, spanned=True)


def claims_of(subject: Subject, sentence: Sentence) -> tuple[Claim, ...]:
    """Every figure and movement a sentence states, bound to its period and series, in
    the order read: clause by clause, a clause's figures, fractions, multiple, movement."""
    latest = subject.latest
    text = sentence.text
    masked = days_unmasked(sentence) if subject.unit == "days" else sentence.masked
    # 'The service, which launched in March 2024, ...': the quarter of an event, not a figure's
    refs = tuple(r for r in find_periods(text, latest) if not _EVENT_IN.search(text, 0, r.start))
    claims: list[Claim] = []
    series: list[int] = []
    series_said: set[tuple[int, ...]] = set()  # the series the clauses so far have named
    lead: PeriodRef | None = None
    carried = ""  # words of earlier clauses with no movement of their own
    closing: PeriodRef | None = None  # the quarter the clause before ends with
    lead_base: Quarter | None = None
    unmonthed = text
    for ref in refs:  # a month that names its quarter ('at the end of December') is read
        unmonthed = unmonthed[: ref.start] + " " * (ref.end - ref.start) + unmonthed[ref.end :]
    for start, stop in [
        *(found.span() for found in YEAR_TO_DATE.finditer(text)),
        *(found.span() for found in BEGAN_IN_MONTH.finditer(text)),
        *(found.span("since") for found in RECORD_SINCE_MONTH.finditer(text)),
        *scope_months(text),
    ]:
        # 'since April': the year to date; 'since the survey began in April 2024': a record's;
        # 'ranged from 4% to 5% over the four quarters to September': a range's quarters
        unmonthed = unmonthed[:start] + " " * (stop - start) + unmonthed[stop:]
    for found in _MONTH_EVENT.finditer(unmonthed):
        number = month_number(found.group("month"))
        if found.group("after") or (
            number is not None and month_quarter(number, None, latest) == latest
        ):
            start, stop = found.span()
            unmonthed = unmonthed[:start] + " " * (stop - start) + unmonthed[stop:]
    month = _MONTHLY.search(unmonthed) or _MONTH_LEFT.search(unmonthed)
    targets_only = False  # every month dates a target's change: only the target is read
    if (
        month is not None
        and not _month_aside(sentence, month.start(), refs, latest, subject.names)
        and not _month_of_report_quarter(subject, sentence, unmonthed, refs)
    ):
        if not _months_date_target(subject, sentence, unmonthed, latest):
            return ()  # a month's figures: the data is quarterly
        targets_only = True
    if SUBGROUP_LEAD.match(text):  # 'Among younger adults, ...'
        return ()  # 'Among younger adults, assessments rose by 40': a part of the things
    if _LAST_YEAR_LEAD.match(text) and not any(r.quarter.year < latest.year for r in refs):
        return ()  # 'Last year repairs were 3 points below the 90% target in Quarter 3': whose?
    standard = _STANDARD_SUBJECT.match(text)
    if standard is not None and stem(standard.group("word")) not in subject.vocabulary:
        return ()  # the level set for the measure, not the measure's figure
    for named_before in _PERIOD_NAMED_BEFORE.finditer(text):
        if not any(r.start < named_before.end() and named_before.start() < r.end for r in refs):
            return ()  # its quarters are another sentence's
    about_target = bool(_TARGET_SUBJECT.match(text))
    unsaid_spans: list[tuple[int, int]] = []  # clauses pointing back to no one series
    from_to = _from_to(text, refs, latest) or _from_lead(text, sentence.clauses, refs, latest)
    span = _one_span(text, refs, latest)
    others_moved = False  # a clause before told another subject's movement
    uncharted, charted = uncharted_words(subject)
    about_uncharted = False  # the clauses since one naming a thing the data does not chart
    comparator_before = False  # the last clause with a subject of its own named a comparator
    for index, clause in enumerate(sentence.clauses):
        end = clause.start + len(clause.text)
        previous = sentence.clauses[index - 1] if index else None
        if UNREAD in clause.text:
            continue  # marked by the editor as about something the data does not hold
        if index and _SEPARATE.search(text, 0, clause.start):
            continue  # '...; garden waste tonnage, a separate measure, rose by 8%': another's
        if _APPOSITIVE.match(clause.text):
            if comparator_before:
                continue  # "England's rate was 40% against 38%, a rise of ...": England's rise
        else:
            comparator_before = names_comparator(subject.vocabulary, clause.text)
        if uncharted:
            said = named_words(clause.text)
            if said & charted:
                about_uncharted = False  # '...; open cases stood at 1,520'
            elif said & uncharted:
                about_uncharted = True  # 'Complaints, at 4,300, ...'
            if about_uncharted:
                continue
        inside = [r for r in refs if clause.start <= r.start < end]
        if index and not inside and lead is not None and _LATER.match(clause.text):
            # 'In the quarter ending June 2023, 2,725 were put in place, before the number
            # eased to 2,590': a later time than the lead's, which the words do not name
            continue
        words_text = clause.text
        for r in sorted(inside, key=lambda r: -r.start):
            words_text = (
                words_text[: r.start - clause.start] + " " + words_text[r.end - clause.start :]
            )
        named = series_named(subject, words_text)
        if named:
            series_said.add(tuple(named))
        elif len(series_said) > 1:
            # 'We completed 2,207, more than we received (2,093), and 157 more than in June':
            # after clauses naming two of the measure's series, a clause naming none is of
            # either, and left alone
            continue
        if named:
            series = named
        elif len(subject.facts.series) > 1 and _NEW_SUBJECT.match(clause.text):
            series = []  # 'and crews have filled 25,110': a subject of its own, no series named
        chosen = tuple(series) or tuple(range(len(subject.facts.series)))
        pointed: tuple[int, ...] = ()
        if (
            not named
            and not series
            and len(chosen) > 1
            and _POINTING.match(clause.text)
            and not NUMBER.search(masked, clause.start, end)
        ):
            # 'The first review list fell to 950. That is the third fall in succession.': the
            # one series the sentence before names, of this quarter; where it names none so,
            # which series moved is not said, and the clause's runs are left alone
            pointed = record_pointed_to(subject, text, clause, sentence)
            if not pointed:
                unsaid_spans.append((clause.start, end))
            chosen = pointed or chosen
        numbers = list(NUMBER.finditer(masked, clause.start, end))
        # the clause's own period: 'in Quarter 1', or one it is compared with: 'on Quarter 1'
        level_refs = [r for r in inside if not is_base(text, r)]
        base_refs = [r for r in inside if r not in level_refs]
        first_number = numbers[0].start() if numbers else end
        opening = [r for r in level_refs if r.start < first_number]
        if lead is not None and not opening and _NOW.search(clause.text):
            lead = None  # '..., and have now fallen to 236,000': the report quarter's
        period = opening[0].quarter if opening else (lead.quarter if lead else latest)
        if text[max(0, clause.start - 1) : clause.start] == "(" and closing is not None:
            period = closing.quarter  # '... the previous quarter (4%)'
        if _WHEN.match(clause.text) and closing is not None:
            period = resolve(closing, period)  # 'Against Quarter 3 last year, when 87% ...'
        tail = text[clause.start : end].rstrip(" ,;:(")
        closing = next((r for r in inside if r.end >= clause.start + len(tail) - 1), None)
        own_quarter = bool(_ON_THE_QUARTER.search(clause.text))
        base = resolve(base_refs[0], period) if base_refs else None if own_quarter else lead_base
        if base_refs and not numbers and not level_refs and _leads(text, clause, index, refs):
            lead_base = base  # 'Compared with a year earlier, ...', 'Year on year, ...'
        elif inside and numbers and _COMPARING.match(clause.text):
            lead_base = resolve(inside[0], latest)  # 'Compared with 44.1% a year ago, ...'
        if inside and not numbers and level_refs and _opens(text, clause.start, level_refs[0]):
            # 'Two new bed units opened in Quarter 1, and occupancy rose ...': a quarter after
            # a verb dates that clause's own event, and leads no clause of its own after it
            own_event = (
                _A_VERB.search(text, clause.start, level_refs[0].start)
                and _NEXT_OWN_CLAUSE.match(text, end)
            ) or _ENDED_LEAD.match(clause.text)  # 'After a dip in June, ...': a time before
            # 'Staff were short in the summer; repairs are now 89.8%': a season leads the
            # clauses after it only from a clause of its own ('In the summer, ...')
            # ('Visits peaked in the summer, at 589,000' goes on with the season's figure)
            season_aside = (
                (
                    _SEASON_WORD.match(text, level_refs[0].start)
                    # 'In Quarter 2 we changed contractor; ...': a quarter leading a clause
                    # whose verb follows tells that event's time
                    or (
                        _LEAD_ONLY.fullmatch(text, clause.start, level_refs[0].start)
                        and _A_VERB.search(text, level_refs[0].end, end)
                    )
                )
                and not _LEAD_ONLY.fullmatch(words_text)
                and not _GOES_ON.match(text, end)
            )
            lead = None if own_event or season_aside else level_refs[0]
        elif (
            opening
            and numbers
            and lead is None
            and names_comparator(
                subject.vocabulary, clause.text[: numbers[0].start() - clause.start]
            )
        ):
            # "England's rate for Quarter 1 2024/25 was 554, and ours, at 589, was above
            # it": a comparator's quarter is the one its comparison with this measure is of
            lead = opening[0]
        before = [r for r in refs if r.end <= clause.start]
        if not inside and before and _SINCE_ALONE.search(clause.text):
            # '... in Quarter 2 2023/24, the figure was 68.5%; the improvement since is 6.6
            # points': since the quarter named before, to the latest
            period, base = latest, resolve(before[-1], latest)
        has_change = False
        first_claim = len(claims)
        # the clause before, where its comparison carries into this one: this one is in
        # apposition to it, naming no series ('..., an increase of two fifths'), or it leads
        # the sentence with no figure ('Between Quarter 2 2022/23 and Quarter 2 2024/25, ...')
        carrier = (
            previous
            if previous is not None
            and (
                (_APPOSITIVE.match(clause.text) and not named)
                or (
                    index == 1
                    and _leads(text, previous, 0, refs)
                    and not NUMBER.search(
                        masked, previous.start, previous.start + len(previous.text)
                    )
                )
            )
            else None
        )
        # 'Between Quarter 1 of 2023/24 and Quarter 3 of 2024/25 ... came down from 34.2 to
        # 25.3 days, a reduction of 9.9 days': a clause naming no quarter compares with the
        # quarter compared with before
        figures_base = (
            base
            if base is not None or inside
            else _compared_before(text, refs, clause, from_to, period, carrier)
        )
        owners = _owned_series(subject, text, numbers, named)
        for match in numbers:
            claim = read_figure(
                figure_of(
                    subject,
                    text,
                    clause,
                    match,
                    owners.get(match.start(), chosen),
                    inside,
                    period,
                    figures_base,
                    sentence,
                )
            )
            if claim is None:
                continue
            if claim.rule == "level" and _CURRENT.search(text, 0, match.start()):
                claim = replace(claim, period=latest)  # 'a year before the current 6%'
            has_change = has_change or claim.rule == "change"
            claims.append(claim)
        if not names_comparator(subject.vocabulary, clause.text):
            claims += durations_in(
                text,
                clause.start,
                end,
                subject.unit,
                chosen,
                period,
                base,
                own_average=stem("average") in subject.vocabulary,
            )
        claims += fractions_in(text, clause, chosen, period, subject)
        gapped = gapped_share(text, clause, claims, subject)  # '..., and emails 7%'
        claims += [gapped] if gapped is not None else []
        if not has_change:
            by_fraction = fraction_change_in(
                text,
                clause,
                chosen,
                period,
                base
                if base is not None or inside
                else _compared_before(text, refs, clause, from_to, period, carrier),
                subject.names,
            )
            if by_fraction is not None and not _others_ratio(subject, text, clause, by_fraction):
                by_fraction = _over_span(subject, text, clause, by_fraction, span)
                claims += [by_fraction] if by_fraction is not None else []
                has_change = True
        if not about_target:
            claims += [
                c
                for c in standing_in(text, clause, chosen, period, subject, refs)
                # "England's 30% target has been reached": a comparator's target
                if not names_comparator(subject.vocabulary, text[clause.start : c.at])
            ]
        claims += comparisons_in(text, masked, clause, period, subject)
        # 'That is the lowest since ...' in a sentence with no figure and no series named,
        # of a measure with several: which series is not said; left alone
        unsaid = bool(
            not named
            and not series
            and not NUMBER.search(masked)
            and len(subject.facts.series) > 1
            and _POINTING.match(clause.text)
            # 'Open enquiries eased to 1,790. That is the lowest since ...': unless the
            # sentence before names one series, of this quarter (above)
            and not pointed
        )
        claims += [
            c
            for c in records_in(text, clause, chosen, period, refs, latest)
            if not unsaid
            # "England's arrears are the lowest on record": a comparator's record
            and not names_comparator(subject.vocabulary, text[clause.start : c.at])
            and not subject_other(
                subject.vocabulary, clause.text, c.at - clause.start, clause.start == 0
            )
            and not record_of_other(
                subject.vocabulary, clause.text, c.at - clause.start, subject.unit
            )
            # "England's missed collections rose, the highest since ...": a record with no
            # subject of its own is of the clause before's, a comparator's
            and not _comparator_before_record(subject, sentence, clause, text[clause.start : c.at])
        ]
        multiple = (
            multiple_in(text, clause, chosen, period, base, latest)
            or times_as_in(text, clause, period, subject)
            or times_quarter_in(
                text,
                clause,
                chosen,
                period,
                refs,
                subject.vocabulary,
                latest,
                by_pronoun=bool(named) or len(subject.facts.series) == 1,
            )
        )
        two = sorted({r.quarter for r in refs if r.offset is None and r.in_year is None})
        if (
            multiple is not None
            and multiple.base is None
            and from_to is not None
            and clause.start <= from_to[0] < end
        ):
            # 'has doubled from 4.6% in Quarter 3 of 2023-24 to 6.2% in Quarter 3 of
            # 2024-25': from the quarter of the figure it is from to the one it is to
            multiple = replace(multiple, base=from_to[1], period=from_to[2])
        elif multiple is not None and multiple.base is None and not inside and len(two) == 2:
            # 'went from 584 in Quarter 4 2023/24 to 693 in Quarter 2 2024/25, almost
            # doubling', 'Comparing Quarter 2 of 2022/23 with Quarter 3 of 2024/25, ... has
            # nearly tripled': from the earlier of the two quarters named to the later
            multiple = replace(multiple, base=two[0], period=two[1])
        if (
            multiple is not None
            and (
                multiple.of is not None  # its series named, each in its own words
                or not subject_other(
                    subject.vocabulary, clause.text, multiple.at - clause.start, clause.start == 0
                )
            )
            and not (subject.unit != "count" and NUMBER_OF.search(text, clause.start, multiple.at))
            and not _others_ratio(subject, text, clause, multiple)
        ):
            multiple = _over_span(subject, text, clause, multiple, span)
            claims += [multiple] if multiple is not None else []
        ended = ended_run(text, clause.start, end)
        if ended is not None and not names_comparator(subject.vocabulary, text[:end]):
            way, quote, at, count = ended
            # the run is to the quarter before the clause's, exactly that long
            claims.append(
                Claim("streak", quote, chosen, period.shift(-1), direction=way, at=at, run=count)
            )
        # 'Quarter 3 brought to an end a run of three quarterly rises': the run's own words
        # are no movement of the clause's quarter
        unended = text
        if ended is not None:
            _, quote, at, _ = ended
            unended = text[:at] + " " * len(quote) + text[at + len(quote) :]
        movement = first_movement(
            unended,
            clause.start,
            end,
            subject.names,
            subject.unit in _TIMED,
            # a price's words ('got dearer') of a measure of money, where the clause names it
            # ('Fuel got dearer, but ...' is another thing's price)
            priced=subject.unit == "gbp" and bool(named_words(clause.text) & subject.vocabulary),
        )
        if movement is None:
            than = _than_a_quarter(text, clause.start, end, refs)
            if than is not None:  # 'lower than in the same quarter last year'
                movement, compared_ref = than
                base_refs = [compared_ref, *(r for r in base_refs if r is not compared_ref)]
        run = run_in(text)
        if (
            movement is None
            and run is not None
            and (
                clause.start <= run[2] < end
                # 'For the fourth quarter in a row, fewer people were placed': a run that
                # leads the sentence alone is the next clause's
                or (
                    index == 1
                    and previous is not None
                    and _RUN_LEAD.fullmatch(text, previous.start, run[2])
                    and _NO_WORDS.fullmatch(
                        text, run[2] + len(run[1]), previous.start + len(previous.text)
                    )
                )
            )
        ):
            # a comparative in the run's own clause ('though more had complex needs' is
            # not the run of 'For the sixth successive quarter fewer people made contact')
            movement = _compared_in_run(subject, text, clause.start, end) or _run_of(
                subject, text, run
            )
        if movement is not None and subject.unit == "percent" and NUMBER_OF.search(clause.text):
            movement = None  # 'the number of people with a plan rose': not the share
        if (
            movement is not None
            and subject.unit != "count"
            and NUMBER_OF.search(text, clause.start, movement[2])
        ):
            movement = None  # 'the number of claims received rose' beside days to decide
        if (
            movement is not None
            and subject.unit != "percent"
            and _SHARE_MOVED.match(text, movement[2] + len(movement[1]), end)
        ):
            movement = None  # '86% of those received, down from 88%': the share's movement
        if (
            movement is not None
            and _ENDED_LEAD.match(clause.text)
            and index + 1 < len(sentence.clauses)
        ):
            # 'After climbing for three quarters, package costs finally dipped': the lead's
            # movement is an earlier one, ended by the clause after; which quarters is not said
            continue
        if movement is None:
            if not _ENDED_LEAD.match(clause.text):
                # 'After five consecutive rises, ...': an ended run, carried to no clause
                carried += " " + clause.text
            continue
        if movement[1].lower() in ("up", "down") and any(
            c.rule in ("from", "level") and check_level(subject, c) for c in claims[first_claim:]
        ):
            continue  # ', up from 16,340': the figure it is from is wrong, and found there
        if others_moved and _WITH.match(clause.text):
            continue  # 'bed and breakfast use has been stable, with no clear direction'
        if (
            names_comparator(subject.vocabulary, clause.text)
            # 'Nationally, the direction of travel is improving': a sentence led by a
            # comparator's adverb alone
            or _comparator_lead(subject, text[: clause.start])
            or other_subject_of_movement(
                subject.vocabulary,
                _run_lead_blank(text, clause, run, movement[2])[: movement[2] - clause.start],
            )
            # 'Faults on the A2 rose to 300': a movement to a level of another subject's
            or _others_moved_to_at(subject, text, clause.start, movement[2])
            or subject_other(
                subject.vocabulary,
                _run_lead_blank(text, clause, run, movement[2]),
                movement[2] - clause.start,
                clause.start == 0,
                subject.unit,
            )
        ):
            others_moved = True  # another subject's movement; a 'with' clause after is its
            continue
        if (
            has_change
            or about_target
            or _TARGET_NAMED_SUBJECT.match(text)
            or _TARGET_MOVED.search(text, clause.start, movement[2])
        ):
            continue  # 'For 2024/25 the timeliness target was reduced': the target's movement
        if GOAL_THEN_PARTICIPLE.search(text, 0, movement[2] + len(movement[1])):
            continue  # 'against an 85% target, reduced from 90%': the target's movement
        if _KIND_NAMED.search(text, clause.start, movement[2]) and _BY_FIGURE.match(
            text, movement[2] + len(movement[1])
        ):
            continue  # 'online reports for street lighting fell by 90': one kind's change
        if not opening and any(
            _CROSSED_IN.fullmatch(text, movement[2] + len(movement[1]), r.start)
            and r.quarter != period
            for r in level_refs
        ):
            continue  # 'Waits fell below the 2:30 target in Quarter 2': that quarter's move
        if _NEGATED_BOUND.search(text, clause.start, movement[2]) and _BOUND_AFTER.match(
            text, movement[2] + len(movement[1])
        ):
            continue  # 'has not fallen below 89.3%': a bound kept to, not a movement
        if _FROM_UNREAD_BASE.match(text, movement[2] + len(movement[1])):
            continue  # 'fell from 97.8 a year ago to 81.3': from a base the quarters do not name
        after_words = movement[2] + len(movement[1].split()[-1])  # after its last word
        if _MOVED_OVER_HALF.match(text, after_words):
            continue  # 'fell in the first half of the year': over two quarters, not said which
        # 'Missed bins fell to 74.6 in Quarter 2': a quarter straight after the movement and
        # its figure is the quarter it moved in, whatever quarter the clause is of
        moved_in = next(
            (
                r.quarter
                for r in level_refs
                if r.start > movement[2] and _MOVED_IN.fullmatch(text, after_words, r.start)
            ),
            period,
        )
        moved = movement_claim(text, clause, movement, base_refs, moved_in, chosen, carried)
        if (
            moved.rule == "movement"
            and moved.base is None
            and moved.run is None
            and any(
                _MOVED_SINCE.fullmatch(text, after_words, r.start)
                and resolve(r, period) != period.shift(-1)
                for r in base_refs
            )
        ):
            # 'Arrears have risen since March' (not the quarter before): a movement from a
            # quarter it is not checked from, left alone
            continue
        apposed = next(
            (
                r
                for r in refs
                if moved.rule == "movement"
                and moved.base is None
                and moved.run is None
                and _APPOSED_BASE.fullmatch(text, movement[2] + len(movement[1]), r.start)
            ),
            None,
        )
        if apposed is not None:
            # 'rose 3.1 points, or around 4%, on a year ago': from the quarter named after
            # the movement's size told twice, across the commas or brackets between
            moved = replace(moved, base=resolve(apposed, period))
        if moved.rule in ("movement", "trend") and _OVER_TWO_QUARTERS.search(clause.text):
            # 'Performance has fallen over the last two quarters': neither the quarter's
            # movement nor the direction of travel over the quarters charted, left alone
            continue
        if moved.run is not None and ENDED_BEFORE.match(
            text, text.find(moved.quote) + len(moved.quote)
        ):
            continue  # 'had fallen for five quarters in a row before rising in Quarter 3'
        if moved.direction in ("up", "down") and _PERFORMANCE_MOVED.search(
            text, clause.start, movement[2]
        ):
            # 'Performance slipped': the measure's standing moved, not its value
            moved = replace(moved, direction="better" if moved.direction == "up" else "worse")
        if (
            moved.rule == "movement"
            and moved.base is None
            and from_to is not None
            and clause.start <= from_to[0] < end
        ):
            moved = replace(moved, period=from_to[2], base=from_to[1])  # 'from £598 in ...'
        if (
            moved.rule == "movement"
            and not inside
            and moved.base is None
            and lead_base
            and not own_quarter
        ):
            moved = replace(moved, base=lead_base)  # 'Compared with a year ago, it improved'
        earlier = [r for r in refs if r.end <= clause.start]
        if (
            moved.rule == "movement"
            and not inside
            and earlier
            and _SINCE_THEN.search(text, clause.start, movement[2])
        ):
            # 'stood at 16,650 in Quarter 4 2023/24 and have since risen': since that quarter
            moved = replace(moved, base=resolve(earlier[-1], latest))
        if any(_quoted_over(text, c, moved.at) for c in claims if c.rule == moved.rule):
            continue  # 'stable since 2023/24, with no clear direction of travel': one claim
        claims.append(moved)
    if targets_only:
        return tuple(c for c in claims if c.rule == "target")
    claims = [
        c
        for c in claims
        if c.rule not in ("streak", "movement") or not any(a <= c.at < b for a, b in unsaid_spans)
    ]
    claims = [
        c
        for c in claims
        if not _contrasted_other(sentence, claims, c)
        and not _part_count_aside(subject, sentence, claims, c)
    ]
    return tuple(_record_of_figure(subject, claims, text, masked))


# a clause that contrasts with the one before: 'Fuel rose, but package costs eased to £719'
_CONTRAST = regex(r"^(?:but|while|whereas|yet)\b\s*", re.I)
_NO_SUBJECT = frozenset("it they this these that".split())  # noqa: SIM905
_WORDS = regex(r"[a-z][a-z'-]*")


def _subject_words(clause: Clause, at: int, lead: int = 0) -> frozenset[str]:
    """The words of a clause before its movement word at `at` (from `lead` on)."""
    words = _WORDS.findall(clause.text[lead : max(0, at - clause.start)].lower())
    return frozenset(w for w in words if w not in STOP)


def _contrasted_other(sentence: Sentence, claims: Sequence[Claim], claim: Claim) -> bool:
    """A plain movement word whose clause is followed by 'but', 'while', 'whereas' or
    'yet' and a clause with a subject of its own, other words, moving the other way: two
    subjects contrasted, the first not the measure's ('Fuel rose, but package costs eased
    to £719')."""
    if claim.rule != "movement" or claim.direction not in ("up", "down") or claim.base:
        return False
    clauses = sentence.clauses
    index = next(
        (i for i, c in enumerate(clauses) if c.start <= claim.at < c.start + len(c.text)), None
    )
    if index is None or index + 1 >= len(clauses):
        return False
    mine = _subject_words(clauses[index], claim.at)
    if not mine:
        return False
    nxt = clauses[index + 1]
    lead = _CONTRAST.match(nxt.text)
    if lead is None:
        return False
    other = "down" if claim.direction == "up" else "up"
    for later in claims:
        if later.rule != "movement" or later.direction != other:
            continue
        if not nxt.start <= later.at < nxt.start + len(nxt.text):
            continue
        theirs = _subject_words(nxt, later.at, lead.end())
        if theirs and not theirs & _NO_SUBJECT and theirs != mine:
            return True
    return False


# a figure set aside after a subject ('..., at 2,000, ...'), and a sub-group picking out some
# of the things ('Enquiries involving older adults', 'Packages for people with learning
# disabilities'): the words after the preposition, to the clause's end
_SHARE_AFTER = regex(r"\b\d+(?:\.\d+)?\s*(?:%|per\s*cent)\s+of\b", re.I)
_ASIDE_FIGURE = regex(r"^\s*at\s+[\d,.]+\s*$")
_SUB_GROUP = regex(
    r"\b(?:involving|for|among|amongst|aged|from|with)\s+(?P<words>[A-Za-z0-9' -]+)$", re.I
)


def _part_count_aside(
    subject: Subject, sentence: Sentence, claims: Sequence[Claim], claim: Claim
) -> bool:
    """'Enquiries involving older adults, at 2,000, were 41% of those open': a count set
    aside after a subject picked out by a sub-group none of the measure's words names,
    followed by its share of the whole, is the sub-group's count, not the measure's
    level."""
    if claim.rule != "level" or claim.stated is None or claim.stated.percent:
        return False
    clauses = sentence.clauses
    index = next(
        (i for i, c in enumerate(clauses) if c.start <= claim.at < c.start + len(c.text)), None
    )
    if not index or not _ASIDE_FIGURE.match(clauses[index].text):
        return False
    picked = _SUB_GROUP.search(clauses[index - 1].text)
    if picked is None:
        return False
    words = stems_of(picked.group("words"))
    if not words or words & subject.vocabulary:
        return False
    return (
        _SHARE_AFTER.search(sentence.text, clauses[index].start + len(clauses[index].text))
        is not None
    )


def _quoted_over(text: str, claim: Claim, at: int) -> bool:
    """Whether the words at `at` are inside the quote of a claim read before."""
    begin = text.rfind(claim.quote, 0, claim.at + len(claim.quote))
    return 0 <= begin <= at < begin + len(claim.quote)


def _record_of_figure(subject: Subject, claims: list[Claim], text: str, masked: str) -> list[Claim]:
    """'1,610 were requested in Quarter 2, the highest to date': a record said of a figure
    the sentence states is of the one series that figure is (where the words named none);
    where no figure was read as a level (its words named no series), the sentence's one
    figure, written exactly, stands for it."""
    out = []
    for claim in claims:
        if claim.rule == "highest or lowest" and len(claim.series) > 1:
            stated = [
                c.stated
                for c in claims
                if c.rule == "level" and c.period == claim.period and c.stated is not None
            ]
            if not stated:  # the sentence's figures, read only for such a record
                figures = [stated_of(m, text) for m in NUMBER.finditer(masked)]
                if len(figures) == 1 and figures[0].hedge is None:
                    stated = [figures[0]]
            own = {
                s
                for s in claim.series
                for said in stated
                if (v := value_at(subject, s, claim.period)) is not None and matches(said, v)
            }
            if len(stated) == 1 and len(own) == 1:
                claim = replace(claim, series=(own.pop(),))
        out.append(claim)
    return out
