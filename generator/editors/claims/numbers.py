"""Figures: how a number of a clause is read (READINGS, an ordered list of named readings,
the first that fits winning), and the checks of what each reading claims: a target, a
change, a share, a per cent, a gap, an earlier quarter's figure, a level."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from generator.core.periods import Quarter
from generator.core.rules import format_number, format_value, round_half_up
from generator.editors.claims.base import Claim, Verdict, pairs
from generator.editors.claims.binding import (
    ADVERBS,
    GOAL_WORDS,
    NUMBER_OF,
    comparator,
    counted_other,
    extreme_of_before,
    head_in_other_unit,
    label,
    measures_word,
    names_comparator,
    names_other_thing,
    names_own,
    other_noun,
    other_quantity,
    other_state,
    other_subject,
    other_subject_of_movement,
    others_change,
    others_moved_to,
    own_named_before,
    part_named_after,
    part_of_them,
    range_of,
    ratio_in_figures,
    subject_other,
)
from generator.editors.claims.figure import POINTS as _POINTS
from generator.editors.claims.figure import Figure
from generator.editors.claims.figures import HEDGE, NUMBER, Stated, matches, stated_of
from generator.editors.claims.movements import (
    DOWN,
    PLANNED,
    UP,
    direction_word,
    first_movement,
)
from generator.editors.claims.periods import SEASON, SEASONS, PeriodRef, find_periods, resolve
from generator.editors.claims.precision import (
    from_in_span_to_date,
    relative_beside_points,
    relative_change_of_a_rate,
)
from generator.editors.claims.ranges import Limits, limits_at, range_scope
from generator.editors.claims.reading import MONTH, Clause, Sentence, masked
from generator.editors.claims.subject import (
    STOP,
    Subject,
    moved_text,
    recorded_change,
    series_name,
    series_named,
    shown_value,
    split_words,
    stem,
    stems_of,
    value_at,
    wanted_direction,
    whole_named,
    word_stems,
    words_of,
)
from generator.editors.claims.ytd import (
    TO_DATE,
    counted_in_quarters,
    to_date,
    year_to_date,
    year_to_date_claim,
    year_to_date_named,
    year_to_date_pair,
)
from generator.read.patterns import regex

# the particle of a verb ('set up 2,172 packages', 'broke down 40 cases'): not a change
_PARTICLE = "".join(
    rf"(?<!\b{verb}\s)"
    for verb in regex(r"\s+").split(
        "set sets setting put puts took taken take takes picked signed made makes opened "
        "broke broken wrote written shut wound"
    )
)
_CHANGE_BEFORE = regex(
    rf"(?:{_PARTICLE}\b(?P<dir>up|down)\s+(?:by\s+)?|\b(?P<verb>{UP}|{DOWN}|went\s+up|went\s+down|"
    r"improved|worsened)\s+(?:back\s+)?(?:by\s+)?|\bby\s+"
    r"|\b(?P<noun>rise|increase|growth|gain|fall|drop|decrease|reduction|decline|change|difference)"
    rf"\s+of\s+)(?:(?:a\s+further|another|an\s+(?:extra|additional))\s+)?"
    rf"(?:(?:{HEDGE})\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# a movement verb, then a side of a figure with no 'by': the level crossed ('fell below
# 1,000', 'rose above 9,000'), which the level reading checks with its side
_CROSSED = regex(r"^(?!.*\bby\b).*\b(?:below|above|under|over|beyond|past)\s+$", re.I | re.S)
_CHANGE_AFTER = regex(
    r"^\s*(?P<points>percentage\s+points?|points?|pp\b|p\.p\.|days?)?\s*"
    # a rate's unit: '0.7 incidents per 1,000 households higher'
    r"(?:[A-Za-z-]+\s+per\s+[\d,]+\s+[A-Za-z-]+\s+)?"
    # a rate's bare unit: '16.5 per 100,000 lower'
    r"(?:per\s+[\d,]+\s+)?"
    # a cost's unit: '£7.60 a tonne higher', '£12 per week more'
    r"(?:(?:a|an|per)\s+[A-Za-z-]+\s+)?"
    r"(?P<word>more|fewer|less|higher|lower|up|down|better|worse|above|below|longer|shorter|"
    r"quicker|faster|slower|sooner|later|off(?=\s+(?:the|its|their)\b))\b"
    r"|^\s*(?P<points2>percentage\s+points?|points?|pp|p\.p\.)\b"
    # 'were 98% on time', 'on target', 'on average': no quarter compared with
    r"|^\s*(?P<on>on|since)\s(?!(?:time|target|track|schedule|average)\b)",
    re.IGNORECASE,
)
_TARGET_BEFORE = regex(
    # 'against a profiled 85.4%': the target profiled to the quarter
    r"\b(?P<word>"
    + GOAL_WORDS
    + r"|profile)(?:s|(?<=profile)d(?=\s+£?$))?(?:\s+(?:threshold|is|was|of|"
    # 'raised the target from 90% to 95%': the target's new figure
    r"remains|set|at|has|been|for\s+(?:the\s+)?(?:quarter\s+\d|Q\d|\S+)|from\s+£?\d[\d,.:]*\s?%?\s+to))*\s+(?:\(?\s*)?$",
    re.I,
)
_TARGET_AFTER = regex(
    r"(?:[-\s](?:day|week|month|minute|hour)s?)?"  # 'the 18.0-day target'
    r"(?:\s+per\s+\d[\d,]*)?"  # 'the 600 per 100,000 target': a rate's unit
    r"\s*(?:percentage\s+points?\s+)?(?:is\s+the\s+|was\s+the\s+)?"
    # 'the 97.6% year-end target'
    r"(?:(?:year[\s-]end|end[\s-]of[\s-]year|annual|yearly|new|revised|stretch)\s+)?"
    r"(?P<word>" + GOAL_WORDS + r"|profile)\b(?!\s+(?:of|is)\s+[£\d])",
    re.I,
)
# 'raised the target from 90% to 95%': the figure after 'target from', the target's earlier
# 'Before 2024/25 the target was 28.0 days': the target of years before the one named
_EARLIER_YEARS = regex(
    r"\b(?:before|until|till|prior\s+to|up\s+to)\s+(?:19|20)\d\d\s*/\s*\d\d(?:\d\d)?\b", re.I
)
_TARGET_FROM = regex(r"\b(?:target|floor|threshold)s?\s+from\s+$", re.I)
# 'against an 85% target, reduced from 90%', 'a floor of 75%, raised from 70%': a participle
# opening a clause after a comma tells of the level set just before it, not of the measure
GOAL_THEN_PARTICIPLE = regex(
    r"\b(?:" + GOAL_WORDS + r"|standard|profile|aim|ambition|benchmark|expectation)s?"
    r"(?:\s+of\s+[^,;:()]{1,40}?)?\s*,\s*(?:(?:since|then|later|now|also|again|[a-z]+ly)\s+)?"
    r"(?:(?:itself|having\s+been|been)\s+)?(?:revised\s+|set\s+|moved\s+)?"
    r"(?:[a-z]+ed|cut|set|risen|fallen|grown)\b(?:\s+(?:up|down|back))?(?:\s+from)?\s*$",
    re.I,
)
_TO_FIGURE = regex(r"\s*%?\s+to\s+£?\d", re.I)
# 'N fewer than <something that is not a quarter>': a difference from another figure
_THAN_OTHER = regex(
    r"^\s*(?:percentage\s+points?\s+|points?\s+|pp\s+)?(?:more|fewer|less|higher|lower)\s+than\s+"
    r"(?!(?:in|at|during|for|on|over|with|by)\b|(?:the\s+|a\s+)?(?:previous|preceding|prior|last|"
    r"same|first|second|third|fourth|final|quarter|year|Q\d|Quarter|this|that|before|earlier)\b)",
    re.I,
)
_ABOVE_OTHER = regex(
    r"^\s*(?:percentage\s+points?\s+|points?\s+|pp\s+)?(?:above|below|under|over|short\s+of|"
    r"ahead\s+of|behind)\s+(?!(?:in|at|during|for|on)\b|(?:the\s+|a\s+)?(?:previous|preceding|prior|last|same|first|"
    r"second|third|fourth|final|quarter|year|Q\d|Quarter|this|that|before|earlier|spring|summer|"
    r"autumn|winter)\b)",
    re.I,
)


_EVENT_DATE = regex(
    rf"\b(?:began|begun|started|ended|launched|opened|closed|introduced|signed|awarded)\s+"
    rf"(?:in\s+)?{MONTH}\s+$",
    re.I,
)
# a year the sentence names, as read (and blotted out) by reading.NOT_FIGURES
_YEAR_NAMED = regex(r"(?<![\w#])#{4}(?:\s*/\s*#{2,4})?(?![\w#])")


_THE_YEAR = regex(
    r"\b(?:over|across|during|throughout|for|in)\s+the\s+(?:whole\s+|full\s+|past\s+|last\s+)?"
    r"(?:financial\s+)?year\b(?!\s+(?:before|earlier|ago|to\s+date))"
    # 'We have completed 9,748 assessments this year': the year's, or the year to date's
    r"|\bthis\s+(?:financial\s+)?year\b(?!['’]s|\s+(?:before|earlier|ago))",
    re.I,
)
# a figure followed by the side it is on of another ('1,240 ahead of the same point last
# year', '0.1 points behind'): a difference, not a level nor a year to date's
_AHEAD_AFTER = regex(
    r"^\s*(?:percentage\s+points?\s+|points?\s+|pp\s+)?(?:ahead\s+of|behind)\b", re.I
)


# a side denied: 'have not risen above 23,000', 'never fell below 89%', 'nor fell below', and
# the second of two ('has not fallen below 89.3% or risen above 91.2%'): a bound kept to,
# not the level's side
_DENIED_SIDE = regex(
    r"\b(?:not|never|n't|nor)\s+(?:[a-z]+\s+){0,2}(?:above|below|under|over|beneath|beyond)\s+"
    r"(?:(?:the\s+|a\s+)?(?:level\s+of\s+)?£?\s*\d[\d,.]*\s?%?\s+(?:or|nor)\s+"
    r"(?:[a-z]+\s+){0,2}(?:above|below|under|over|beneath|beyond)\s+)?"
    r"(?:the\s+|a\s+)?(?:level\s+of\s+)?(?:£\s*)?$",
    re.I,
)


def denied_side(figure: Figure) -> bool:
    """'Quarterly contacts have not risen above 23,000': a bound the values did not pass,
    said of no one quarter; not a level."""
    return bool(_DENIED_SIDE.search(figure.before))


def difference_ahead(figure: Figure) -> bool:
    """'Repairs in the year to date are 1,240 ahead of the same point last year': the
    figure is how far one figure is ahead of another; not a level."""
    return bool(_AHEAD_AFTER.match(figure.after))


def of_a_year(figure: Figure) -> bool:
    """'In 2023/24 as a whole, 8,700', 'Between 2022 and 2024, ... from 64%': a sentence
    that names a year, not a quarter, for a figure with no quarter of its own."""
    if figure.own is not None:
        return False
    if _THE_YEAR.search(figure.text):
        return True  # 'Over the year, 88,000 people made contact'
    refs = find_periods(figure.text, figure.subject.latest)
    blotted = figure.sentence.masked if figure.sentence is not None else masked(figure.text)
    return any(
        not any(r.start <= year.start() < r.end for r in refs)
        and regex(r"(?:19|20)\d\d(?:\s*/\s*\d{2,4})?").fullmatch(
            figure.text[year.start() : year.end()]
        )
        # 'the contract that began in April 2024': a date's year, not a year's figure
        and not _EVENT_DATE.search(figure.text, 0, year.start())
        for year in _YEAR_NAMED.finditer(blotted)
    )


def about_other_things(figure: Figure) -> bool:
    """'Around 40 providers charge more than £900 a week': in a clause whose subject is a
    count of other things, a figure that no word of the indicator follows is theirs (but
    'The 12 locality teams completed 4,868 assessments' is checked)."""
    subject, clause = figure.subject, figure.clause
    earlier = NUMBER.finditer(masked(figure.text), clause.start, figure.match.start())
    if not any(_is_count_of_things(subject, figure.text[m.end() :]) for m in earlier):
        return False
    if own_named_before(figure):
        return False  # 'compares with Kent's 590': the council's own figure
    following = regex(r"[A-Za-z]{3,}").findall(figure.after)[:3]
    # 'The 6 income officers brought arrears down to £509,100': the measure named just
    # before the figure is what it is of
    governing = regex(r"[A-Za-z]{3,}").findall(figure.text[clause.start : figure.match.start()])[
        -3:
    ]
    return not any(stem(w) in subject.vocabulary for w in [*following, *governing])


def _elsewhere(figure: Figure) -> bool:
    """Whether the sentence names, outside the figure's clause, a quarter other than the
    one the figure is for and the one before it."""
    clause = figure.clause
    end = clause.start + len(clause.text)
    near = (figure.period, figure.period.shift(-1))
    return any(
        not clause.start <= r.start < end and r.quarter not in near
        for r in find_periods(figure.text, figure.subject.latest)
    )


_COMPARED = regex(
    r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?|relative\s+to)\s+(?:the\s+|an?\s+)?"
    r"(?:(?:" + HEDGE + r")\s+)?$"
    # 'higher than the 18,000 we planned for': a figure this one is set against, named by
    # 'the' (not 'more than 2,000', a hedge)
    r"|\b(?:higher|lower|greater|smaller|larger|longer|shorter|better|worse)\s+than\s+"
    r"(?:the|its|their|our)\s+$",
    re.I,
)


# the words straight after a figure, up to two, before a clause's edge or a preposition: a
# participle ('2,150 received'), or a noun and one ('11,820 potholes reported')
_WORDS_TO_EDGE = regex(
    r"\s*(?:[A-Za-z]+\s+)?[A-Za-z]{3,}(?=\s*(?:[.,;:)]|$)|\s+(?:in|during|over|on|at|by|for)\b)"
)


# what may follow such a figure's words in its clause: nothing, or the quarter itself
_REST_OF_QUARTER = regex(
    r"\s*(?:(?:in|during|over|across)\s+(?:the|this)\s+(?:same\s+)?quarter)?\W*", re.I
)


def series_set_against(figure: Figure) -> Claim | None:
    """'We completed 2,207, against 2,150 received': a figure set against this one whose
    own words after it name one of the measure's other series by its own words: that
    series' figure of the quarter, not another place's or a plan's."""
    subject = figure.subject
    if len(subject.facts.series) < 2 or figure.own is not None:
        return None
    if not _COMPARED.search(figure.before):
        return None
    words = _WORDS_TO_EDGE.match(figure.after)
    named = series_named(subject, words.group(0)) if words else []
    if words is None or len(named) != 1:
        return None
    if not _REST_OF_QUARTER.fullmatch(figure.after[words.end() :]):
        return None  # '2,400 received by similar councils', '... by the end of the year'
    quote = figure.stated.quote + words.group(0)  # 'over 2,100 received'
    if quote not in figure.text:
        quote = figure.stated.quote
    return figure.claim("level", series=tuple(named), quote=quote)


def compared_with(figure: Figure) -> bool:
    """'compared with 82% across the South East', 'higher than the 18,000 we planned for':
    a figure set against this one, with no quarter of its own named (then it is that
    quarter's: 'compared with 71% a year earlier')."""
    return (
        figure.own is None
        and bool(_COMPARED.search(figure.before))
        # 'Year to date requests number 10,125, compared with 9,371 completed': the year to
        # date of another series, read by year_to_date_claim
        and year_to_date_pair(figure) is None
    )


_GAP_TO_TARGET = regex(
    r"\s*(?:percentage\s+points?|points?|pp|days?|minutes?|seconds?)?\s*"
    r"(?P<side>above|below|under|over|short\s+of|outside|within|inside|ahead\s+of|behind)\s+"
    r"(?:the\s+|its\s+)?(?:(?P<n>\d+(?:\.\d+)?)(?:\s?%|[-\s](?:day|week|minute|hour)s?)?\s+)?"
    r"(?P<goal>target|floor|(?:upper\s+)?threshold)",
    re.I,
)
_GAP = regex(r"\b(?:gap|difference|shortfall|surplus)\b", re.I)
BASE_WORDS = regex(
    r"(?:\b(?:on|than|since|between|compared\s+(?:with|to)|relative\s+to|"
    r"in\s+comparison\s+with|against|versus|vs|same\s+as|level\s+with)"
    # 'a fall of 272 from the previous quarter', 'up 3 points from June': a change's size,
    # then the quarter it is from
    r"|\b(?:up|down|by|(?:fall|rise|drop|increase|decrease|reduction|improvement|gain|cut)\s+of)"
    r"\s+£?\d[\d,.]*\s*(?:%|(?:percentage\s+)?points?|pp|days?)?\s+from)"
    # 'than it was in Quarter 1 2023/24', 'than they did in Quarter 3 of 2023-24': the
    # measure again, by a pronoun and a verb that stands for the measure's
    r"\s+(?:(?:it|they|this|that|we)\s+(?:was|were|had\s+been|stood|did|had)\s+)?"
    # 'than the rate in Quarter 3 of 2023/24': the measure's figure named by its noun
    r"(?:(?:the|its|their)\s+(?:level|figure|rate|number|total|position|value|result)s?\s+"
    r"(?:(?:recorded|reported|seen)\s+)?(?=(?:in|at|during|for)\s))?"
    r"(?:(?:in|at|during|for)\s+)?"
    r"(?:the\s+(?:end\s+of\s+)?)?$"  # 'than in the October to December quarter of 2023'
    # 'exceed those of Quarter 2 in 2022/23 by 190': a verb that compares, and its object
    r"|\b(?:exceed(?:s|ed|ing)?|outstrip(?:s|ped|ping)?|outnumber(?:s|ed|ing)?|trail(?:s|ed|ing)?)"
    r"\s+(?:(?:those|that|the\s+(?:figure|level|number|total))\s+(?:of|in|for)\s+)?$"
    # '16% below the same quarter last year', '1.2 points above Quarter 3 last year': a
    # change set above or below a quarter is a change from it
    r"|(?:\d%?|\bpoints?|\bpp)\s+(?:above|below|ahead\s+of|behind|over)\s+(?:(?:those|that)\s+(?:of|in)\s+)?$"
    # '0.5 incidents per 1,000 households above its level twelve months ago'
    r"|\b(?:above|below|ahead\s+of|behind|over|under)\s+(?:its|their|the)\s+"
    r"(?:level|figure|rate|position)\s+(?:of\s+|in\s+)?$"
    # 'Twelve months on from Quarter 3 of 2023/24': the quarter a change is counted from
    r"|\bon\s+from\s+$"
    # 'the lowest since recording began in Quarter 1 2022/23': when a series began, not a
    # figure's quarter
    r"|\bsince\s+(?:[a-z]+\s+){1,4}(?:began|begun|started|start)\s+in\s+$"
    # 'fell by £42 from the peak reached in Quarter 1', 'unchanged from the same point of
    # 2023-24': a change, or none, told from a quarter (its figure named by its noun)
    # (not 'lifted to 95% from Quarter 1': the quarter a level holds from)
    # ('down 3,330 from Quarter 4 2022/23', 'down £42 from the high of Quarter 1')
    r"|(?:\b(?:by|down|up)\s+£?\d[\d,.]*\s?%?(?:\s+(?:percentage\s+)?points?|\s+pp|"
    r"\s+(?:days?|weeks?|minutes?|seconds?))?|\bunchanged|\bchanged"
    r"|\bdown|\bup|\bback)\s+from\s+"
    r"(?:(?:the|its|their)\s+(?:peak|high|low|level|figure|rate|position|result|value)\s+"
    r"(?:(?:reached|recorded|reported|seen|set|achieved)\s+)?(?:in|at|during|of|for)\s+)?$"
    # '2.7 points above where it was in the third quarter of 2023/24': where it stood then
    r"|\b(?:above|below|ahead\s+of|behind|over|under|on|from|than)\s+(?:where|what)\s+"
    r"(?:it|they|this|that)\s+(?:was|were|stood|had\s+been)\s+(?:in|at|during|for)\s+$"
    # 'a fifth higher than the £598 of Quarter 1 2022/23': the quarter of the figure compared
    r"|\bthan\s+(?:the\s+|its\s+)?£?\d[\d,.]*\s?%?\s+(?:of|in|for|at)\s+(?:the\s+)?$"
    # 'The fall from Quarter 2 was 2.4 points': a change's noun, and the quarter it is from
    r"|\b(?:fall|rise|drop|increase|decrease|change|improvement|reduction|growth|gain|"
    r"decline|dip|jump|movement)s?\s+from\s+$"
    # 'When set against the position a year earlier': what a change is against
    r"|\b(?:against|with|to)\s+the\s+(?:position|level|figure|rate|result|picture|"
    r"performance)\s+$"
    # 'since the seasonal peak in June': the quarter of an earlier event, counted from
    r"|\bsince\s+(?:the|its|their|a|an)\s+(?:[a-z-]+\s+){1,3}?(?:(?:in|of)\s+)?$"
    # 'fell by 7.3 points from Quarter 2': a change's 'from' names the quarter it is from
    rf"|\b(?:{UP}|{DOWN}|up|down|improved|worsened)\b[^,;]{{0,40}}?\bfrom\s+$"
    # '28% lower than the 15,620 of Quarter 4 last year': the quarter of the figure compared
    r"|(?:\d\s?%?\s+(?:[a-z]+\s+){0,2}?(?:more|fewer|less|higher|lower|above|below|better|worse)\s+than"
    # 'rose by a fifth on the 584 of Q4', 'up from 4.5 in the same quarter last year'
    r"|\bon|\bagainst|\bcompared\s+(?:with|to)|\b(?:up|down)\s+from)\s+"
    r"(?:the\s+)?£?\d[\d,.]*\s?%?\s+(?:[a-z]+\s+)?(?:of|in|for|at)\s+(?:the\s+end\s+of\s+)?$"
    # 'fell back to £719 after the spike seen in Quarter 1': an earlier event's quarter
    r"|\b(?:after|following)\s+(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){1,3}?(?:in|of|during)\s+$",
    re.I,
)


# 'from 6% to 4% since Quarter 1 2022/23': the figure a movement ended at, a level
_END_OF_MOVE = regex(r"\bfrom\s+£?\d[\d,.]*\s?%?\s+(?:[a-z]+\s+)?to\s+$", re.I)
# 'fell to 45.3% since the spring': the level a movement ended at, not a change since
_MOVED_TO = regex(
    r"\b(?:fell|fallen|rose|risen|dropped|climbed|increased|decreased|improved|declined|"
    r"grew|grown|slipped|eased|recovered|dipped|jumped)\s+(?:back\s+)?to\s+$",
    re.I,
)
# 'from Quarter 2 to Quarter 3': the first quarter is the one the change is from
_FROM = regex(r"\bfrom\s+$", re.I)
_TO_QUARTER = regex(
    r"\s+to\s+(?:Quarter\s+[1-4]|Q[1-4]\b|the\s+(?:first|second|third|fourth|final)\s+quarter"
    # 'From Quarter 1 to now the number grew by 34': from it to the report quarter
    r"|(?:now|date|today|the\s+present|this\s+quarter|the\s+latest\s+quarter)\b)",
    re.I,
)


# 'active on 30 June' (not 'up 3 on 30 September': a change from that day)
_ON_A_DATE = regex(r"(?:\b([A-Za-z]+)\s+|^\W*)on\s+$", re.I)
_CHANGED = frozenset(
    "up down more fewer less higher lower points point pp better worse rise fall".split()  # noqa: SIM905
)
# 'on 30 June', 'On the last day of March': a day
_A_DATE = regex(
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|the\s+(?:last|final)\s+day\s+of\b"
    # 'on June 30': the day written month first
    rf"|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?![\d,.]*\d)",
    re.I,
)


def dated_on(text: str, ref: PeriodRef) -> bool:
    """Whether a quarter is named by a day it was taken on ('active on 30 June', 'On the
    last day of March'), not compared with ('up 3 on June')."""
    on = _ON_A_DATE.search(text, 0, ref.start)
    return (
        on is not None
        and (on.group(1) or "").lower() not in _CHANGED
        and _A_DATE.match(text, ref.start) is not None
    )


def is_base(text: str, ref: PeriodRef) -> bool:
    """Whether a quarter the sentence names is one compared with ('on Quarter 1', 'than a
    year earlier', 'year on year', 'from Quarter 2 to Quarter 3'), not the one a figure is
    for."""
    if dated_on(text, ref):
        return False  # 'active on 30 June': the day a count is taken, not a quarter compared
    return (
        ref.compared
        or bool(BASE_WORDS.search(text[: ref.start]))
        or bool(_FROM.search(text[: ref.start]) and _TO_QUARTER.match(text, ref.end))
    )


_FUNCTION = frozenset(
    "were had came went was is are have has been will would could may might who "  # noqa: SIM905
    "which that than more fewer less across per between during over under since "
    "after before each every within without through into onto about among around "
    "against toward towards until via where when while whom whose so but nor yet".split()
)
_COUNT_NOUN_SKIP = frozenset(
    "was has is this less its plus across always thus perhaps does as us yes was "  # noqa: SIM905
    "gas whereas besides".split()
)
_MADE_UP = regex(r"\b(?:made|make|makes|making)\s+up\s+(?:(?:" + HEDGE + r")\s+)?$", re.I)


def _is_count_of_things(subject: Subject, after: str) -> bool:
    """'3 teams', '2 adult social care areas', 'locality teams completed': a number of
    things this indicator does not count. The noun the number counts is the first plural
    of the words after it (up to four, until a function word or a verb in -ed), and none
    of the indicator's own words names it."""
    head = None
    words = regex(r"[A-Za-z'][A-Za-z'-]*|[^\sA-Za-z']").findall(after)[:8]
    plain = 0  # the words looked at, less a name's ('Kent Enablement at Home area teams')
    for index, word in enumerate(words):
        lower = word.lower()
        named = word[:1].isupper()
        if (
            lower in ("at", "of", "and")
            and 0 < index < len(words) - 1
            and words[index - 1][:1].isupper()
            and words[index + 1][:1].isupper()
        ):
            continue  # a word inside a name ('Kent Enablement at Home'), not a break
        if not named:
            plain += 1
        # four words looked at, as before, where no name is among them
        if plain > 4 or (index >= 4 and not any(w[:1].isupper() for w in words[:index])):
            break
        if not word[0].isalpha() or lower in STOP or lower in _FUNCTION:
            break
        if any(c.isupper() for c in word[1:]):
            continue  # 'DoLS', 'KEaH': a name, not the plural the number counts
        if len(lower) > 3 and lower.endswith("s") and lower not in _COUNT_NOUN_SKIP:
            head = lower
            break
        if lower.endswith("ed") and len(lower) > 4 and not _adjective(words, index):
            break
    if head is None:
        return _lone_noun(subject, after)
    if subject.unit == "days" and head not in _TIME_WORDS:
        return True  # '1,140 new claims' beside the days taken to process them: a count
    return (
        stem(head) in split_words(subject)
        or stem(head) not in subject.vocabulary
        or stem(head) in _places(subject)
        or _other_agents(subject, head)
    )


_PLACE_WORD = r"\b(?:in|at|into|within|to)\b"
_IN_PLACE = regex(_PLACE_WORD + r"\s+(?P<place>(?:[A-Za-z'-]+\s*){1,4})", re.I)


def _places(subject: Subject) -> frozenset[str]:
    """Where a count's things are, as its title says ('people in care homes'): '120
    homes' counts homes, not the people in them. Only for a count; words that also name
    what is counted ('people') stay the measure's."""
    if subject.unit != "count":
        return frozenset()
    counted = set()
    places = set()
    for text in (subject.facts.indicator.title, *subject.names):
        head = re.split(_PLACE_WORD, text, maxsplit=1, flags=re.I)[0]
        counted |= word_stems(head)
        for found in _IN_PLACE.finditer(text):
            places |= stems_of(found.group("place"))
    return frozenset(places - counted)


_AGENT = regex(r"[a-z]{3,}(?:ors|ers|ists|ians)$")


def _other_agents(subject: Subject, noun: str) -> bool:
    """'20 agency assessors' for a count of assessments: people who do the work, whose
    word shares its first letters with the indicator's but is none of its words."""
    if not _AGENT.fullmatch(noun):
        return False
    named = " ".join((*subject.names, subject.facts.indicator.title)).lower()
    return re.search(rf"\b{re.escape(noun[:-1])}", named) is None


def _adjective(words: Sequence[str], index: int) -> bool:
    """'48 fixed penalty notices': a word in -ed straight after the number, with a noun
    after it, describes the things counted ('2,455 completed in the quarter' is a verb)."""
    following = words[index + 1] if index + 1 < len(words) else ""
    return (
        index == 0
        and following[:1].isalpha()
        and following.lower() not in STOP
        and following.lower() not in _FUNCTION
    )


_PER_THING = regex(r"^\s*(?:per|each|for\s+every|in\s+every)\s+(?P<noun>[A-Za-z]+)\b", re.I)
_TIME_WORDS = frozenset(
    "week weeks month months quarter quarters year years day days head capita person "  # noqa: SIM905
    "people adult adults resident residents population tonne tonnes hour hours cent".split()
)


def _lone_noun(subject: Subject, after: str) -> bool:
    """'120 staff.', '1 per district': one word after the number, none of the indicator's,
    that is no verb or function word, before punctuation; or 'per' a thing."""
    per = _PER_THING.match(after)
    if per is not None:
        noun = per.group("noun").lower()
        return noun not in _TIME_WORDS and stem(noun) not in subject.vocabulary
    lone = regex(r"\s*([A-Za-z]+)\s*(?:[.,;:)]|$)").match(after)
    if lone is None:
        return False
    word = lone.group(1).lower()
    return (
        word not in STOP
        and word not in _FUNCTION
        and word not in _TIME_WORDS
        and not word.endswith(("ed", "ing", "ly"))
        and len(word) > 2
        and stem(word) not in subject.vocabulary
    )


_MORE_THINGS = regex(r"^\s*(?:more|fewer|new|extra|additional|further)\s+(?P<rest>.*)", re.I)


def count_of_new_things(figure: Figure) -> _NotAFigure | None:
    """'2 more patching machines', '3 more staff': a count of things added, not a movement
    of this measure (the noun after 'more' is not one of the indicator's words)."""
    if figure.stated.percent or figure.stated.pounds:
        return None
    if _ADDITIONAL_BEFORE.search(figure.before):
        return None  # 'an additional 23 people': read by `change` (additional_things)
    more = _MORE_THINGS.match(figure.after)
    if more is None or not _things_not_ours(figure.subject, more.group("rest")):
        return None
    return NOT_A_FIGURE


def _things_not_ours(subject: Subject, rest: str) -> bool:
    """The words after 'more' ('patching machines', "carers' assessors", 'beds' of a count
    of people in beds) name things none of the measure's."""
    word = regex(r"[A-Za-z']+").match(rest)
    if word is None:
        return False
    lower = word.group(0).lower()
    if lower in STOP or lower in _FUNCTION:
        return False
    owner = regex(r"[A-Za-z]+(?:'s?|’s?)\s+([A-Za-z]+)").match(rest)
    if owner is not None:
        lower = owner.group(1).lower()  # "20 more carers' assessors": the owner's noun, the head
    return not (
        stem(lower) in subject.vocabulary
        and not (
            _other_agents(subject, lower)
            or stem(lower) in _places(subject)
            or _place_counted(subject, rest)
            or _other_head(subject, rest)
        )
    )


_ADDITIONAL_BEFORE = regex(
    rf"\b(?:an?\s+)?(?:additional|extra|further)\s+(?:(?:{HEDGE})\s+)?$", re.I
)
# words after a change that say what it is set against, not what it counts
_SET_AFTER = regex(r"^\s*(?:compared|on|than|since|over|against|from|in|by|at|,|\.|$)", re.I)


# 'reviews were completed', 'plans were reviewed': things something was done to
_IN_STATE = regex(
    r"\s*[A-Za-z'-]+\s+(?:were|was|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b", re.I
)


def _counted(subject: Subject) -> frozenset[str]:
    """What the measure counts: the first word of each series' label ('people' of 'people
    in beds', 'households' of 'households placed')."""
    return frozenset(
        stem(first.group(0).lower())
        for s in subject.facts.series
        if (first := regex(r"[A-Za-z][A-Za-z'-]+").search(s.series.label)) is not None
    )


def additional_things(figure: Figure) -> Claim | _NotAFigure | None:
    """'an additional 23 people were in a short term bed', 'an additional 5 compared with
    the end of September': a rise in the measure's own things (the noun after the number
    is one of the indicator's words, or none is named), from the quarter compared with or
    the one before; 'an additional 12 support workers', other things, are no figure."""
    stated = figure.stated
    if stated.percent or stated.pounds:
        return None
    lead = _ADDITIONAL_BEFORE.search(figure.before)
    if lead is None:
        return None
    after = figure.text[figure.match.end() :]
    word = regex(r"\s*([A-Za-z][A-Za-z'-]*)").match(after)
    if not _SET_AFTER.match(after) and (
        word is None or stem(word.group(1).lower()) not in _counted(figure.subject)
    ):
        return NOT_A_FIGURE  # 'an additional 12 support workers', '40 beds': other things
    if _IN_STATE.match(after):
        return NOT_A_FIGURE  # 'an additional 120 reviews were completed': things done
    base = figure.base
    if figure.own is None and base is None:
        base_ref = [r for r in figure.inside if is_base(figure.text, r)]
        base = resolve(base_ref[0], figure.period) if base_ref else None
    start = figure.clause.start + lead.start()
    return figure.claim(
        "change",
        quote=figure.text[start : figure.match.end()],
        base=base,
        direction="up",
    )


def _other_head(subject: Subject, words: str) -> bool:
    """'2 more care navigators', '6 more mental health social workers': the plural the
    words name (the last of a noun phrase of up to four words, before a function word) is
    none of the indicator's words, although a word before it is."""
    phrase = []
    for word in regex(r"[A-Za-z'-]+|[^\sA-Za-z'-]").findall(words)[:4]:
        lower = word.lower()
        if not word[0].isalpha() or lower in STOP or lower in _FUNCTION:
            break
        phrase.append(lower)
    plural = next((w for w in phrase[1:] if len(w) > 3 and w.endswith("s")), None)
    return plural is not None and stem(plural) not in subject.vocabulary


def _place_counted(subject: Subject, words: str) -> bool:
    """'20 more beds' for a count of the people in those beds: the plural
    counted is where the measure's things are, not the things."""
    plural = re.search(r"\b([A-Za-z]{4,}s)\b", " ".join(regex(r"[^A-Za-z-]+").split(words)[:4]))
    return plural is not None and stem(plural.group(1)) in _places(subject)


_AFTER_QUARTER = regex(r"\s+after\s+(?:the\s+|a\s+|its\s+)?", re.I)
_QUARTER_NOUN_OF = regex(
    r"\s+(?:peak|high|low|figure|level|total|result|rate|value|position)\s+of\s+£?\d", re.I
)


def _own_period(text: str, number: re.Match[str], refs: Sequence[PeriodRef]) -> PeriodRef | None:
    """The quarter a number is given for: the first named after it with no other number
    between ('16,890 in Quarter 1'), else the last named before it ('In Quarter 1, 75%')."""

    def between(a: int, b: int) -> bool:
        return bool(NUMBER.search(masked(text[a:b])))

    after = [
        r
        for r in refs
        if r.start >= number.end()
        and not between(number.end(), r.start)
        and text[r.end : r.end + 2] not in ("'s", "’s")  # "last year's £662": the next one's
        # 'fell to £719 after the Quarter 1 peak of £761': a quarter after 'after', or
        # naming a later figure's noun, is not this one's
        and not _AFTER_QUARTER.fullmatch(text, number.end(), r.start)
        and not _QUARTER_NOUN_OF.match(text, r.end)
    ]
    if after:
        return after[0]
    before = [
        r
        for r in refs
        if r.end <= number.start()
        and not between(r.end, number.start())
        and not regex(r"\s*to\s+").fullmatch(
            text[r.end : number.start()]
        )  # 'in Quarter 2 to 236,000'
    ]
    return before[-1] if before else None


_OF_QUARTER = regex(r"\s+(?:[a-z]+\s+)?(?:of|in|for|at)\s+(?:the\s+end\s+of\s+)?", re.I)


def figure_of(
    subject: Subject,
    text: str,
    clause: Clause,
    match: re.Match[str],
    series: tuple[int, ...],
    inside: Sequence[PeriodRef],
    period: Quarter,
    base: Quarter | None,
    sentence: Sentence | None = None,
) -> Figure:
    own = _own_period(text, match, [r for r in inside if not is_base(text, r)])
    if own is None:  # 'than the 15,620 of Quarter 4': the quarter compared with is its own
        own = next(
            (
                r
                for r in inside
                if r.start >= match.end() and _OF_QUARTER.fullmatch(text, match.end(), r.start)
            ),
            None,
        )
    pointed = _series_pointed_to(subject, text, clause, sentence)
    if pointed and set(pointed) < set(series):
        # 'Our crews repaired 10,390 potholes. That was 850 up on ...': the series named
        # just before, which the clause points back to
        series = tuple(pointed)
    return Figure(
        subject,
        text,
        clause,
        match,
        stated_of(match, text),
        series,
        tuple(inside),
        own.quarter if own is not None else period,
        base,
        own,
        sentence,
    )


class _NotAFigure:
    """What a reading gives for a number it knows is not a figure: no other reading tries."""


NOT_A_FIGURE = _NotAFigure()
Reading = Callable[[Figure], "Claim | _NotAFigure | None"]


# ------------------------------------------------------------------ the readings, in order


def percent_without_sign(figure: Figure) -> _NotAFigure | None:
    """A percentage indicator's figures are written with '%' (or 'percentage points')."""
    stated = figure.stated
    if figure.subject.unit == "percent" and not (stated.percent or figure.points_after):
        return NOT_A_FIGURE
    return None


def money_without_sign(figure: Figure) -> _NotAFigure | None:
    """A £ indicator's figures are written with '£' or '%'."""
    if figure.subject.unit == "gbp" and not (figure.stated.pounds or figure.stated.percent):
        return NOT_A_FIGURE
    return None


def money_elsewhere(figure: Figure) -> _NotAFigure | None:
    """Money on a page that counts people or shares."""
    if figure.subject.unit != "gbp" and figure.stated.pounds:
        return NOT_A_FIGURE
    return None


def time_without_clock(figure: Figure) -> _NotAFigure | None:
    """A minutes-and-seconds indicator's figures are written on the clock ('2:35') or
    as a per cent."""
    if figure.subject.unit == "minutes" and not (figure.stated.clock or figure.stated.percent):
        return NOT_A_FIGURE
    return None


def clock_elsewhere(figure: Figure) -> _NotAFigure | None:
    """A time on the clock on a page that is not measured in minutes and seconds."""
    if figure.subject.unit != "minutes" and figure.stated.clock:
        return NOT_A_FIGURE
    return None


# words that set the scene before a clause's subject, no clause of their own: 'This year',
# 'Since April', 'Under the new term maintenance contract', 'For 2023/24'
_LEAD_IN = (
    r"(?:(?:this|next|last)\s+year|(?:from|since|in|under|with|following|after|for|during)\s+"
    r"(?:(?!\b(?:and|but|while|as|which|that|is|are|was|were|has|have|had|be|been)\b)"
    # no one's own ('the contractor's target'), and a determiner next: the subject's
    r"[^,;:.!?%£'’])*?)\s*,?\s+(?=(?:the|a|our|its|this\s+year's|next\s+year's)\s)"
)
# a word that joins a clause to the one before it and leads it, before its subject
_JOINING_WORD = (
    r"(?:while|whilst|whereas|although|though|even\s+though|as|because|since|despite|but|yet|"
    r"so|when|and)"
)
_TARGET_SUBJECT = regex(
    # 'For 2023/24 the target rose to 85%': a year named before the subject; 'This year the
    # target was lowered to 16 days': the time it is set for
    # 'while the target remains 28 days', 'Despite the target falling to 80%': a clause led
    # by a conjunction, the target its subject all the same
    r"^\s*(?:" + _JOINING_WORD + r"\s+)?(?:" + _LEAD_IN + r")?(?:and\s+)?"
    # 'Members should note that the recycling target ...': the target, after 'note that'
    r"(?:[A-Za-z]+\s+(?:should\s+|will\s+|may\s+)?(?:note|notes|noted|see)\s+that\s+)?"
    r"(?:(?:the|a|our|its|this\s+year's|next\s+year's)\s+"
    # 'The arrears target', 'the year-end target': words that say which target
    r"(?:(?!(?:performance|against|to|of|on|in|at|within|above|below|under|over|than|versus|"
    r"and|or|with|by)\b)[a-z][\w-]*\s+"
    # 'The 21-day target': a time allowed, which says which target
    r"|\d+[-\s](?:working\s+|calendar\s+)?(?:day|week|month|hour|minute)s?\s+){0,2}?)?"
    r"(?:new\s+)?"
    r"(?P<word>" + GOAL_WORDS + r")\b"
    # (not past a semicolon: 'The target was missed; performance, 79%, ...' is the measure's)
    r"(?:[^\d£#;]|(?<=for\s)(?:19|20)\d\d\s*/\s*\d\d(?:\d\d)?"  # 'the target for 2024/25 is'
    # 'The profiled target for the end of Quarter 3 is': the quarter it is for
    r"|(?<=\s)(?:Quarter\s+|Q)[1-4]\b(?:\s+(?:19|20)\d\d\s*/\s*\d\d(?:\d\d)?)?"
    # 'The target for repairing faults inside 28 calendar days is': a time allowed
    r"|(?:(?<=within\s)|(?<=inside\s))\d+\s+(?:[a-z]+\s+)?(?:days|weeks|months|hours|minutes)\b"
    # 'The target rose by two points this year, to 92%': how far the target moved
    r"|(?<=by\s)\d[\d,.]*\s*(?:%|\s(?:percentage\s+)?(?:points?|pp|days?|weeks?|minutes?)\b))*"
    r"(?:\bfrom\s+£?\d[\d,.:]*\s?%?\s+to\s+)?$",  # 'The target was cut from 3:00 to 2:30'
    re.I,
)
# ', down from £520,000' after a clause whose subject is the target: the target's own
# earlier figure (of a year the sentence does not name), not the measure's
_TARGET_WAS = regex(
    r"(?:^|,|\b(?:cut|lowered|raised|reduced|increased|changed|moved))\W*"
    r"(?:(?:up|down|rising|falling|raised|cut|lowered)\s+)?from\s+$",
    re.I,
)
_SENTENCE_ON_TARGET = regex(
    r"^\W*(?:" + _LEAD_IN + r")?(?:(?:the|a|our|its|this\s+year['’]s|next\s+year['’]s)\s+"
    # 'The re-let target': words that say which target
    r"(?:(?!(?:performance|against|to|of|on|in|at|within|above|below|under|over|than)\b)"
    r"[a-z][\w-]*\s+){0,2}?)?(?:new\s+)?"
    r"(?:" + GOAL_WORDS + r")s?\b",
    re.I,
)


def targets_earlier(figure: Figure) -> bool:
    """The figure after ', down from' or 'cut from' in a sentence whose subject is the target
    ("This year's target is £480,000, down from £520,000", "The target was cut from 3:00
    to 2:30"): the target's earlier figure, of a year the sentence does not name."""
    if _TARGET_FROM.search(figure.before) and _TO_FIGURE.match(figure.text, figure.match.end()):
        return True
    if _EARLIER_YEARS.search(figure.before):
        return True
    return bool(_TARGET_WAS.search(figure.before) and _SENTENCE_ON_TARGET.match(figure.text))


_FY_NAMED = regex(r"\b(?:for|in|from)\s+(?P<fy>(?:19|20)\d\d)\s*[/–-]\s*\d\d\b", re.I)


# the goal a figure is named as: 'target', 'floor', 'upper threshold'
_GOAL_WORD = regex(r"\b(" + GOAL_WORDS + r")s?\b", re.I)


def earlier_target(figure: Figure) -> Claim | _NotAFigure | None:
    """'The re-let target has been lowered from 30 days to 25 days for 2024/25': the
    target's figure of the year before the one it is set for (the sentence's, or the
    figure's quarter's), where the data has a target for that year; else no figure."""
    if not targets_earlier(figure):
        return None
    if _EARLIER_YEARS.search(figure.before):
        return NOT_A_FIGURE
    named = _FY_NAMED.search(figure.text)
    year = int(named.group("fy")) if named else figure.period.year
    earlier = Quarter(year - 1, 4)
    facts = figure.subject.facts
    if facts.band_at(earlier) is None:
        return NOT_A_FIGURE
    # 'and the floor from 80% to 75%': the goal named last before the figure
    goals = _GOAL_WORD.findall(figure.text[: figure.match.start()])
    word = regex(r"\s+").sub(" ", goals[-1].lower()) if goals else "target"
    return figure.claim(
        "target",
        quote=_with_unit(figure.stated.quote, figure.after),
        period=earlier,
        target_word=word,
    )


_TARGET_CHANGED = regex(
    r"\b(?:target|floor|threshold)s?(?:,\s+(?:(?:which|that)\s+)?)?\s*"
    r"(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?"
    # 'the 25-day target, which was cut from 28 days', 'the target, cut from 28 days': the
    # target's earlier figure in a clause about it
    r"(?:\w+\s+)?(?:raised|lowered|lifted|cut|reduced|increased|revised|tightened|relaxed|changed|"
    r"moved)\s+(?:from\s+£?\d[\d,.:]*\s?%?(?:[-\s](?:day|week|minute|hour)s?)?\s+)?"
    r"(?:to|from)\s+$",
    re.I,
)


# "the £520,000 level of last year's target", 'the 75% mark set by the standard': a goal's
# figure, named by the noun after it
_GOAL_AFTER = regex(
    r"\s*(?:level|mark|line|figure|point)\s+(?:of|in|set\s+(?:by|in|for))\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:" + GOAL_WORDS + r"|standard|bar|goal|aim|ambition)s?\b",
    re.I,
)


# a figure that modifies a goal's noun: 'its 84.5% Quarter 3 target' (a period between the
# figure and the goal), 'our 30% ambition' (a goal the target reading does not read)
_GOAL_NOUN_AFTER = regex(
    r"(?:\s?(?:[-\s](?:working\s+|calendar\s+)?(?:day|week|minute|hour)s?)?\s+"
    r"(?:(?:Quarter\s+[1-4]|Q[1-4]|year[-\s]end|end[-\s]of[-\s]year|annual|interim|profiled)\s+"
    r"(?:" + GOAL_WORDS + r"|profile|standard|goal|aim|ambition|aspiration)"
    r"|(?:standard|goal|aim|ambition|aspiration)"
    # '617 as the floor', '90% as its target': the figure set as a goal
    r"|as\s+(?:the|its|our|their|a|an)\s+(?:new\s+)?"
    r"(?:" + GOAL_WORDS + r"|profile|standard|goal|aim|ambition|aspiration)))s?\b",
    re.I,
)


# 'at or above the 95% level', 'below the 600 mark': a level the measure is set against
_BOUND_BEFORE = regex(
    r"\b(?:above|below|over|under|beneath|beyond|exceed\w*|(?:at|on)\s+or\s+(?:above|below))"
    r"\s+(?:the|a|its|their)\s+£?$",
    re.I,
)
_BOUND_AFTER = regex(r"\s?%?\s+(?:level|mark)\b(?!\s+of\b)", re.I)


# a goal's noun phrase, in the words of the report or the editor's own ('the target', 'our
# ambition', 'where we aim to be', 'the level we are aiming for'), ending the words before a
# figure set beside it: 'five points below where we aim to be, 30%'
_GOAL_PHRASE_BEFORE = regex(
    # what the measure is set against: a side of it, or the verb that meets or misses it (not
    # 'Repairs inside the target, 86%', the measure's own noun phrase)
    r"\b(?:below|above|under|over|beneath|beyond|short\s+of|behind|ahead\s+of|towards?|than|of|"
    r"from|near|off|missed|met|hit|reached|exceeded|beat|passed)\s+"
    r"(?:\b(?:the|our|its|their|this\s+year['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:" + GOAL_WORDS + r"|standard|goal|aim|ambition|aspiration)s?"
    r"|\b(?:where|what|the\s+(?:level|figure|rate|point|mark))\s+(?:that\s+)?"
    r"(?:we|it|the\s+council|the\s+service)\s+(?:are\s+|is\s+|would\s+|should\s+)?"
    r"(?:aim|want|need|hope|expect|plan|intend|like|ought)\w*"
    r"(?:\s+(?:to\s+(?:be|reach|hit|achieve|get\s+to)|for|at))?)"
    r"\s*(?:,|\(|–|—)\s*$",
    re.I,
)
# a clause that is the figure alone, hedged or not, with its unit: a figure in apposition
_FIGURE_ALONE = regex(r"\W*(?:(?:" + HEDGE + r")\s+)?$", re.I)
_NOTHING_AFTER = regex(r"\s*(?:%|[-\s](?:working\s+)?(?:day|week|minute|hour)s?\b)?\W*$", re.I)


def goal_set_beside(figure: Figure) -> bool:
    """'five points below where we aim to be, 30%', 'short of our ambition (30%)': a figure
    standing alone beside a goal's noun phrase is that goal's, not the measure's."""
    return bool(
        _FIGURE_ALONE.match(figure.before)
        and _NOTHING_AFTER.match(figure.after)
        and _GOAL_PHRASE_BEFORE.search(figure.text, 0, figure.clause.start + len(figure.before))
    )


def goal_named_after(figure: Figure) -> bool:
    """ "under the £520,000 level of last year's target": the goal's figure, not the
    measure's; 'its 84.5% Quarter 3 target', 'our 30% ambition': a figure naming a goal;
    'at or above the 95% level': a level the measure is set against; 'where we aim to be,
    30%': a figure set beside a goal's noun phrase."""
    end = figure.match.end()
    return bool(
        goal_set_beside(figure)
        or _GOAL_AFTER.match(figure.text, end)
        or _GOAL_NOUN_AFTER.match(figure.text, end)
        or (_BOUND_BEFORE.search(figure.before) and _BOUND_AFTER.match(figure.text, end))
    )


# A figure that marks the edge of a rating's band: '24% marking the floor below which it
# would turn Red', 'the Amber band starting at 24%', 'would turn Red below 24%'. The band's
# edge, not the measure's level (a figure named as the floor itself, '617 is the floor', is
# the target reading's).
_EDGE_AFTER = regex(
    r"^\s*(?:%|[-\s](?:day|week)s?|\s+per\s+[\d,]+)?\s*(?:marks?|marking|marked|sets?|setting)\s+"
    r"(?:the\s+|a\s+|its\s+)?"
    r"(?:(?:RAG|Red|Amber|Green|rating)\s+)?"
    r"(?:floor|threshold|boundary|edge|trigger|cut[-\s]?off|band|line|point)\b",
    re.I,
)
_EDGE_BEFORE = regex(
    r"(?:\b(?:Red|Amber|Green|RAG|rating)\s+(?:band|threshold|boundary|zone)\s+"
    r"(?:starts?|starting|begins?|beginning|ends?|ending|kicks?\s+in|sits?|is\s+set|set)\s+"
    r"|\b(?:would|will|could|to)\s+(?:turn|go|move\s+to|become|drop\s+to|fall\s+to|"
    r"fall\s+into|drop\s+into)\s+(?:Red|Amber|Green)\s+)"
    r"(?:at|from|below|above|under|over|beneath)\s+(?:£)?$",
    re.I,
)


def band_edge(figure: Figure) -> bool:
    """'with 24% marking the floor below which it would turn Red', 'the Amber band
    starting at 24%': the edge of a rating's band, not a level."""
    return bool(_EDGE_AFTER.match(figure.after) or _EDGE_BEFORE.search(figure.before))


# A clause whose subject points back to the sentence before ('That was 850 up on October
# to December 2023', 'This is 4% below Quarter 2'), on a measure of several series, in a
# sentence naming none of them: which series it speaks of is in the sentence before
_POINTS_BACK = regex(
    r"\W*(?:that|this|it)\s+(?:is|was|has\s+been|had\s+been|represents|represented|"
    r"marks|marked|means|meant)\b",
    re.I,
)


def _series_pointed_to(
    subject: Subject, text: str, clause: Clause, sentence: Sentence | None
) -> list[int] | None:
    """The series named by the sentence before, where a clause points back to it on a
    measure of several series in a sentence naming none ([] where it names none either);
    None where the clause does not point back so."""
    if len(subject.facts.series) < 2 or not _POINTS_BACK.match(clause.text):
        return None
    if series_named(subject, text):
        return None
    return series_named(subject, _sentence_before(sentence))


def series_unsaid(figure: Figure) -> bool:
    """'That was 850 up on October to December 2023', with no sentence before naming a
    series: a figure whose clause points back, on a measure of several series, which the
    words do not say."""
    pointed = _series_pointed_to(figure.subject, figure.text, figure.clause, figure.sentence)
    return pointed is not None and (not pointed or not set(pointed) <= set(figure.series))


def _sentence_before(sentence: Sentence | None) -> str:
    """The words of the sentence before this one in its paragraph ('' for none)."""
    before = sentence.block.text[: sentence.start] if sentence and sentence.block else ""
    return regex(r"[.!?]\s+").split(before.strip())[-1] if before.strip() else ""


def record_pointed_to(
    subject: Subject, text: str, clause: Clause, sentence: Sentence | None
) -> tuple[int, ...]:
    """'Open enquiries eased to 1,790. That is the lowest since ...': the series a record's
    clause points back to, the one the sentence before names, where that sentence names no
    quarter but the report's and no comparator (its figure is this quarter's, of this
    measure); () where it is not said so."""
    pointed = _series_pointed_to(subject, text, clause, sentence)
    before = _sentence_before(sentence)
    if pointed is None or len(pointed) != 1 or names_comparator(subject.vocabulary, before):
        return ()
    words = word_stems(before)
    if sum(1 for own in subject.keywords if words & own) > 1:
        return ()  # 'Concerns and open enquiries both moved': another series' words too
    if any(r.quarter != subject.latest or r.offset for r in find_periods(before, subject.latest)):
        return ()
    return tuple(pointed)


def comparison_pointed_to(figure: Figure) -> bool:
    """'Residents reported 11,280 potholes, against 9,000 in Kent. That is 2,280 more.': a
    clause pointing back, naming no quarter, to a sentence that sets the measure against a
    comparator: the gap to theirs, not a change on a quarter."""
    if figure.inside or not _POINTS_BACK.match(figure.clause.text):
        return False
    return names_comparator(figure.subject.vocabulary, _sentence_before(figure.sentence))


def target_changed(figure: Figure) -> bool:
    """'the contractor's own target was raised from 80% to 85%': the figures a target
    was changed from and to, which the target reading left (a target not this measure's)."""
    return bool(_TARGET_CHANGED.search(figure.text[: figure.match.start()]))


_ASIDE = regex(r",[^,]*,")  # ', unchanged since 2022/23,': words set aside by commas
_AGAINST_TARGET_AT = regex(
    r"\b(?:within|on|above|below|under|over|off|beyond|outside|inside|meets?|met|missed|"
    r"miss(?:es|ing)?|exceed\w*|short\s+of|behind|ahead\s+of)\s+(?:the\s+|its\s+)?(?:£?\d[\d,]*(?:\.\d+)?(?::[0-5]\d)?\s?%?"
    r"(?:[-\s](?:day|week|minute|hour)s?)?\s+)?(?:target|floor|threshold)s?\s+at\s+$",
    re.I,
)


# a duration's unit after a target's figure: '20 days', '18-day', '3 working days'
_DURATION_UNIT = regex(r"(?:\s|-)(?:working\s+|calendar\s+)?(?:day|week|minute|hour)s?\b", re.I)


def _with_unit(quote: str, after: str) -> str:
    """A target's figure quoted with its duration's unit, where the quote has none."""
    unit = _DURATION_UNIT.match(after)
    if unit is None or regex(r"(?:day|week|minute|hour)s?$", re.I).search(quote):
        return quote
    return quote + unit.group(0)


# 'The recycling target was raised by two points to 52%': how far the target moved
_GOAL_MOVED_BY = regex(
    r"\b(?:raised|lowered|lifted|cut|reduced|increased|tightened|relaxed|moved|rose|fell|went\s+up|"
    r"went\s+down)\s+by\s+(?:(?:" + HEDGE + r")\s+)?$",
    re.I,
)


# a later year than the report's: 'set for next year', 'for 2025-26'
_NEXT_YEAR = regex(r"\b(?:next|following|coming)\s+(?:financial\s+)?year\b(?!['’]s)", re.I)
_FY_ANY = regex(r"(?<![\w/])(?P<fy>(?:19|20)\d\d)\s*[/–-]\s*\d\d(?:\d\d)?\b")


# 'by March': a month a target is to be met by, not one its figure is dated by
_BY_MONTH = regex(rf"\bby\s+(?:the\s+end\s+of\s+)?{MONTH}\b(?!\s+(?:19|20)\d\d)", re.I)
# who else sets a goal: "the contractor's target of 99%", "our partners' own 40% target"
_AGENT_WORDS = r"(?:contractor|provider|partner|team|department|supplier|council|board)s?"
_OTHERS_GOAL = regex(
    rf"\b{_AGENT_WORDS}['’]s?\s+(?:own\s+)?(?:[a-z-]+\s+){{0,2}}?"
    rf"(?:(?:{GOAL_WORDS})s?\s+(?:of|at|is|was)\s+)?£?$",
    re.I,
)
# '80% of the time', '90% of cases': how often, not a figure of the measure's
_OF_THE_TIME = regex(r"\s*(?:per\s*cent\s+)?of\s+(?:the\s+time|cases|occasions)\b", re.I)
# 'hit its own 40% target', where the clause is about who does the work ('The contractor')
_OWN_GOAL = regex(r"\b(?:its|their)\s+own\s+(?:[a-z-]+\s+){0,2}?£?$", re.I)
_AGENT_LEAD = regex(rf"\W*(?:the\s+|our\s+)?(?:[a-z-]+\s+)?{_AGENT_WORDS}\b", re.I)
# 'the gap to target is', 'the shortfall against the 52% target has widened to': the
# distance between the figure and its target, named before a figure
_GAP_TO_GOAL_BEFORE = regex(
    r"\b(?:gap|difference|shortfall|distance)\s+(?:to|from|against|with|between)\s+"
    r"(?:the\s+|its\s+|our\s+)?(?:[\d.]+\s?%?\s+)?(?:" + GOAL_WORDS + r")\b[^.;:,]*$",
    re.I,
)


def target(figure: Figure) -> Claim | _NotAFigure | None:
    """'the 85% target', 'a floor of 75%', '617 is the upper threshold', 'The target rose
    to 92%' (the clause's subject is the target)."""
    if _AGAINST_TARGET_AT.search(figure.before):
        return None  # 'within target at 4%': the measure's figure
    if _GAP_TO_GOAL_BEFORE.search(figure.before):
        return None  # 'the gap to target is 0.3 days': a distance to it, not the target
    bracketed = figure.text[: figure.clause.start].endswith("(")
    found = (
        _TARGET_BEFORE.search(figure.before)
        or (bracketed and _TARGET_BEFORE.search(figure.text[: figure.clause.start - 1]))
        or _TARGET_AFTER.match(figure.after)
        or _TARGET_SUBJECT.match(figure.before)
        # 'The target, unchanged since 2022/23, is 95.0%': the subject past an aside
        or _TARGET_SUBJECT.match(_ASIDE.sub(" ", figure.text[: figure.match.start()]))
    )
    if not found:
        return None
    if _GOAL_MOVED_BY.search(figure.before) and found.re is not _TARGET_AFTER:
        return NOT_A_FIGURE  # 'the target was raised by two points to 52%': its move, no level
    own_clause = figure.clause.text
    if figure.stated.percent and _OF_THE_TIME.match(figure.after):
        return NOT_A_FIGURE  # 'let within the target 80% of the time': how often, not the target
    if _OTHERS_GOAL.search(figure.before) or (
        _OWN_GOAL.search(figure.before) and _AGENT_LEAD.match(figure.text, figure.clause.start)
    ):
        return NOT_A_FIGURE  # "the contractor's target of 99%", 'hit its own 40% target'
    if _NEXT_YEAR.search(own_clause) or any(
        int(y.group("fy")) > figure.period.year for y in _FY_ANY.finditer(own_clause)
    ):
        return NOT_A_FIGURE  # 'A stretch target of 70 is set for next year': a later year's
    word = regex(r"\s+").sub(" ", found.group("word").lower())
    if word == "profile" and not figure.subject.facts.indicator.cumulative:
        return None  # the profile of a measure that adds up through the year: its target
    stated, match = figure.stated, figure.match
    exact = Stated(
        match.group(0).strip(),
        stated.value,
        stated.decimals,
        0,
        None,
        stated.percent,
        stated.pounds,
        stated.clock,
    )
    year_named = _WHOLE_YEAR.search(figure.text, 0, figure.match.start())
    period = figure.period
    if _BY_MONTH.search(own_clause):
        # 'expected to hit the 75 target by March': a month it is to be met by, this year's
        period = figure.subject.latest
    if year_named is not None:
        first = int(year_named.group("fy"))
        if first < figure.period.year:  # 'Over 2023-24 as a whole ..., short of the 97.5%
            period = Quarter(first, 4)  # target': that year's target, at its end
    return figure.claim(
        "target",
        # 'lowered to 20 days': quoted with its unit, as the editor wrote the target
        quote=_with_unit(exact.quote, figure.after),
        stated=exact,
        period=period,
        target_word="target" if word == "profile" else found.group("word").lower(),
    )


# a financial year the sentence speaks of as a whole: 'Over 2023-24 as a whole', 'In 2023/24'
_WHOLE_YEAR = regex(
    r"\b(?:over|in|for|during|across|throughout)\s+(?:the\s+(?:whole\s+of\s+)?)?"
    r"(?P<fy>(?:19|20)\d\d)\s*[/–-]\s*\d\d(?:\d\d)?\b(?!\s+Q[1-4])",
    re.I,
)


# 'exceeded the 92% target by', 'missed its target by': a gap to a target, after its verb
_GOAL_BY = regex(
    r"\b(?P<verb>missed|exceeded|overshot|undershot|beat|beaten|surpassed)\s+(?:the\s+|its\s+)?"
    r"(?:(?P<n>\d[\d,]*(?:\.\d+)?)\s?%?(?:[-\s](?:day|week|minute|hour)s?)?\s+)?"
    r"(?P<goal>target|floor|threshold)\s+by\s+$",
    re.I,
)
_GAP_UNIT = regex(r"\s*(?:percentage\s+points?|points?|pp\b|(?:working\s+)?days?\b)", re.I)
# 'last year', 'the previous year': a year, no quarter of it named
_LAST_YEAR = regex(r"\b(?:last|previous|preceding)\s+year\b(?!['’]s)", re.I)
_MISSED_BY = regex(
    r"\b(?:target|floor|threshold)s?\b.*\b(?:missed|exceeded|beaten|met|passed|cleared)\s+"
    r"by\s+$"
    # 'missed the 52% target by 6.7 percentage points': the gap to it, not a change
    r"|\b(?:missed|exceeded|beat|beaten|passed|cleared|overshot|undershot)\s+(?:the\s+|its\s+)?"
    r"(?:£?\d[\d,.]*\s?%?[-\s]?(?:(?:day|week|minute|hour)s?\s+)?)?(?:target|floor|threshold)s?\s+"
    r"by\s+(?:(?:" + HEDGE + r")\s+)?$",
    re.I,
)


# a passive verb's agent: 'occupied by 660 people' (not 'reduced by 60', 'rose by 5')
_AGENT_BY = regex(
    r"\b(?!(?:increas|decreas|reduc|rais|lower|improv|cut|drop|grow|fall|ris|climb|declin|"
    r"shrink|fell|grew|slipp|jump|chang|boost|lift|lengthen|shorten|widen|narrow|exceed|miss|"
    r"beat|outstripp|outnumber|offset|balanc)\w*\b)[a-z]+ed\s+by\s+$",
    re.I,
)


# words that set a difference in points against something ('3 points above', 'behind')
_SET_AGAINST = regex(r"\b(?:above|below|than|behind|ahead|short|gap|difference)\b", re.I)
# a clause that brings in a subject of its own after the sentence's ('while fuel rose 12%')
_SECOND_SUBJECT = regex(
    r"\b(?:while|whereas|though|although|as|but)\s+(?P<subject>[^,;:\d£%]+?)\s+"
    rf"(?:{UP}|{DOWN}|went\s+(?:up|down)|dropped|increased|decreased)\s+(?:by\s+)?$",
    re.I,
)


_TRAILING_ADVERBS = regex(r"(?:\s+(?:" + "|".join(sorted(ADVERBS)) + r"))+\s*$", re.I)


def _new_things(figure: Figure, found: re.Match[str]) -> bool:
    """'Three more safeguarding practitioners were appointed': a number of things added,
    none of the measure's, which is no claim of the measure's (count_of_new_things)."""
    if "%" in found.group(0) or "£" in found.group(0):
        return False
    more = _MORE_THINGS.match(figure.text[found.end() :])
    return more is not None and _things_not_ours(figure.subject, more.group("rest"))


def _after_new_things(figure: Figure) -> bool:
    """Whether a figure's clause follows one with a count of new things ('Three more
    practitioners were appointed, but ...'), which _after_a_claim does not count."""
    start = figure.clause.start
    blotted = figure.sentence.masked if figure.sentence is not None else masked(figure.text)
    return any(_new_things(figure, m) for m in NUMBER.finditer(blotted, 0, start))


_SUBJECT_WORD = regex(r"[A-Za-z][A-Za-z'-]*")


def _words_not_ours(subject: Subject, words: str) -> bool:
    """A clause's subject of two content words or more ('staff numbers'), none of them the
    measure's."""
    content = [
        w
        for w in (m.group(0).lower() for m in _SUBJECT_WORD.finditer(words))
        if w not in STOP and w not in ADVERBS and w not in ("and", "but", "while", "yet", "so")
    ]
    return len(content) >= 2 and not any(measures_word(subject.vocabulary, w) for w in content)


def _after_a_claim(figure: Figure) -> bool:
    """Whether a figure's clause follows one with a figure or a movement of its own: the
    sentence has had its subject, and this clause may bring in another."""
    start = figure.clause.start
    if start == 0:
        return False
    blotted = figure.sentence.masked if figure.sentence is not None else masked(figure.text)
    earlier = [
        m
        for m in NUMBER.finditer(blotted, 0, start)
        # not a label's number ('Action 4: open enquiries increased by 31')
        if "#" not in m.group(0)
        and not figure.text.startswith(":", m.end())
        # nor a count of new things ('With 5 more beds commissioned, occupancy rose by 43')
        and not _new_things(figure, m)
    ]
    return bool(earlier) or first_movement(figure.text, 0, start) is not None


def _second_subject(subject: Subject, before: str) -> bool:
    """'though complaints fell 12%', 'as garden waste tonnage dropped by 40%': a change
    whose verb has a subject of its own after 'while', 'though', 'as' or 'but', which names
    none of the measure's words."""
    found = _SECOND_SUBJECT.search(before)
    if found is None:
        return False
    # 'but open enquiries still rose by 103': the subject less its adverbs
    words = _TRAILING_ADVERBS.sub("", found.group("subject")) + " "
    return other_noun(subject.vocabulary, words) or other_subject_of_movement(
        subject.vocabulary, words
    )


# 'over the last two quarters', 'in the past six months': a change over more than a quarter
_OVER_QUARTERS_PAST = regex(
    r"\b(?:over|in|across|during|within)\s+the\s+(?:last|past|latest|previous)\s+"
    r"(?:(?:two|three|four|five|six|[2-9])\s+quarters|(?:six|nine|6|9)\s+months)\b",
    re.I,
)


_THAN_SEASON = regex(
    r"(?:\s+[\w-]+){0,5}?\s+than\s+(?:in|during|over)\s+(?:the\s+)?"
    rf"(?:{SEASON}\b(?!\s+quarter)|(?:first|second|latter)\s+half\b)",
    re.I,
)
# 'Among younger adults, ...', 'Of the online reports, ...': a sentence about a part of the
# measure's things
SUBGROUP_LEAD = regex(r"\W*(?:among(?:st)?\s+|of\s+the\s+(?![\d£]))[^,\d£]*,", re.I)
# 'online reports for street lighting ': the things of a kind named after them
KIND_NAMED = (
    r"\b(?:for|about|concerning)\s+(?!the\s+(?:quarter|year|period|month)\b|average\b)"
    r"(?:[a-z-]+\s+){1,3}"
)
# 'online reports for street lighting rose by 90': the things of a kind, then their change
_QUALIFIED = regex(
    KIND_NAMED + r"(?:rose|fell|grew|increased|decreased|dropped|climbed|"
    r"went\s+(?:up|down))\s+(?:by\s+)?$",
    re.I,
)
_ON_THE_YEAR = regex(r"\s*%?\s+on\s+the\s+year\b", re.I)


# 'by 2,890 in all', 'by 3,330 in total': a sum of changes over the quarters named
_IN_ALL = regex(r"^\s*(?:in\s+all|in\s+total|altogether)\b", re.I)
# 'a rise of 0.3 in the summer', 'were 589,000 in the summer': a season's quarter, which the
# quarters named do not bind ('the summer quarter' is one)
_IN_SEASON = regex(
    rf"^\s*(?:[a-z%]+\s+){{0,3}}?(?:in|during|over)\s+(?:the\s+)?{SEASON}\b"
    r"(?!\s+quarter)",
    re.I,
)
_FROM_BEFORE = regex(r"\bfrom\s+(?:£\s*)?$", re.I)


def _other_season(figure: Figure) -> bool:
    """'after a rise of 0.3 in the summer' in a report on Quarter 3: a season not the
    figure's quarter (nor, after 'from', the quarter before it); its quarter is left unread."""
    found = _IN_SEASON.match(figure.after)
    if found is None:
        return False
    season = SEASONS[found.group(0).split()[-1].lower()]
    quarter = figure.period.quarter
    if season == quarter:
        return False
    return not (_FROM_BEFORE.search(figure.before) and season == (quarter - 2) % 4 + 1)


# after a change's noun and its figure: a change planned or looked for ('A rise of 5 points
# is planned for next year'), or one 'in' a thing named in lower case ('a rise of 12 in the
# north', 'a drop of 30 in complaints'): what it is of, when none of the measure's words
_NOUN_CHANGE_PLANNED = regex(
    r"^\s*(?:percentage\s+points?|points?)?\s+(?:is|are|was|were|will\s+be|has\s+been)\s+"
    rf"(?:[a-z]+\s+)?(?:{PLANNED}|hoped\s+for|aimed\s+for)\b"
)
_NOUN_CHANGE_IN = regex(
    r"^\s*(?:percentage\s+points?|points?)?\s+in\s+(?:the\s+)?(?P<what>[a-z][a-z-]*)\b"
)


def _noun_change_not_ours(figure: Figure) -> bool:
    """'A rise of 5 points is planned', 'a rise of 12 in the north': a change told by its
    noun that is one to come, or of a thing named after it ('in the north'), which is no
    period and none of the measure's words nor a word for a measure's figure."""
    if _NOUN_CHANGE_PLANNED.match(figure.after):
        return True
    found = _NOUN_CHANGE_IN.match(figure.after)
    if found is None:
        return False
    what = found.group("what")
    at, end = figure.match.end() + found.start("what"), figure.match.end() + found.end()
    if any(at - 8 <= r.start < end for r in figure.inside) or regex(
        r"(?:quarter|year|month|period|week)s?"
    ).fullmatch(what):
        return False  # 'a rise of 6.7 in the quarter': a period
    return names_other_thing(figure.subject.vocabulary, what)


# what a clause's change is set against, up to the clause's edge: 'Compared with last year,',
# 'down 13% relative to telephone calls'
_COMPARED_WITH_WHAT = regex(
    r"\b(?:compared\s+(?:with|to)|relative\s+to|set\s+against|against|versus)\s+"
    r"(?P<what>[^,;:.()]+)",
    re.I,
)


def _compared_with_unread(figure: Figure) -> bool:
    """A change set against 'last year' (the year as a whole, or its quarter: not said),
    or against another of the measure's series ('Compared with telephone calls, emails were
    73% fewer'): not a change on a quarter this reading can tell."""
    subject = figure.subject
    for found in _COMPARED_WITH_WHAT.finditer(figure.text):
        what = found.group("what")
        if regex(r"(?:the\s+)?last\s+year\s*$", re.I).match(what):
            return True
        if len(subject.facts.series) < 2 or any(
            found.start() <= r.start < found.end() for r in figure.inside
        ):
            continue
        named = series_named(subject, what)
        if len(named) == 1 and tuple(named) != tuple(figure.series):
            return True
    return False


# the article of a change's noun, and a word describing it: 'a drop of', 'a small rise of'
_ARTICLE_BEFORE = regex(r"\b(?:an?|the)\s+(?:[a-z]+\s+)?$", re.I)


def change(figure: Figure) -> Claim | _NotAFigure | None:
    """'up 15', 'by 15', 'a rise of 5%', '660 fewer', '2 percentage points', '5% on
    Quarter 1'."""
    more = additional_things(figure)  # 'an additional 23 people': more of its own things
    if more is not None:
        return more
    if _GAP_TO_GOAL_BEFORE.search(figure.before):
        return None  # 'the gap to target has widened to 6.7 points': a distance, read by gap
    if figure.own is None and (_IN_ALL.match(figure.after) or _other_season(figure)):
        # 'fallen in each of the last five quarters, by 2,890 in all': over the quarters, not
        # the latest's; 'after a rise of 0.3 in the summer': another season's quarter
        return NOT_A_FIGURE
    if denied_side(figure):
        return NOT_A_FIGURE  # 'have not dropped below 89% since Quarter 4': a bound kept to
    subject, text, clause, match, stated = (
        figure.subject,
        figure.text,
        figure.clause,
        figure.match,
        figure.stated,
    )
    gap = _GAP_TO_TARGET.match(figure.after)
    beaten = _GOAL_BY.search(figure.before)
    if (gap is not None or beaten is not None) and figure.own is None and _LAST_YEAR.search(text):
        return NOT_A_FIGURE  # 'Last year repairs were 5 points above the target': which quarter?
    if gap is not None and subject.facts.indicator.is_kpi():  # '5 points below the 30% target'
        goal = gap.group("goal").lower().split()[-1]
        written = gap.group("n")
        tail = figure.after[: gap.end()]
        unit = regex(r"\s+(?:working\s+|calendar\s+)?days?\b", re.I).match(tail)
        if unit and stated.quote.endswith(unit.group(0).strip()):
            tail = tail[unit.end() :]  # 'around 20 days' is quoted with its unit already
        return figure.claim(
            "against target",
            quote=f"{stated.quote}{tail}",
            direction=gap.group("side").lower(),
            target_word="target" if goal == "target" else goal,
            gap=True,
            goal=None if written is None else float(written),
        )
    if beaten is not None and subject.facts.indicator.is_kpi():
        # 'exceeded the 92% target by three points', 'missed the 25-day target by 2 days':
        # the gap to the target, its side the verb's
        verb = beaten.group("verb").lower()
        side = (
            "above"
            if verb.startswith(("exceed", "overshot", "surpass"))
            else "below"
            if verb == "undershot"
            else "met"
            if verb.startswith("beat")
            else "missed"
        )
        goal = beaten.group("goal").lower()
        written = beaten.group("n")
        unit = _GAP_UNIT.match(text, match.end())
        end = unit.end() if unit is not None else match.end()
        return figure.claim(
            "against target",
            quote=text[clause.start + beaten.start() : end],
            direction=side,
            target_word="target" if goal == "target" else goal,
            gap=True,
            goal=None if written is None else float(written.replace(",", "")),
        )
    change_before = _CHANGE_BEFORE.search(figure.before)
    if change_before and _MADE_UP.search(figure.before):
        change_before = None  # 'making up 12% of': a share, not the movement 'up 12%'
    if (
        change_before
        and not (change_before.group("dir") or change_before.group("verb"))
        and _MISSED_BY.search(figure.before)
    ):
        return NOT_A_FIGURE  # 'The target of 85% was missed by 10 points': a gap to it
    if (
        change_before
        and not (change_before.group("dir") or change_before.group("verb"))
        and not change_before.group("noun")
        and _is_count_of_things(subject, figure.after)
    ):
        change_before = None  # 'Supported by 20 agency assessors': a count of other things
    if (
        change_before
        and not (change_before.group("dir") or change_before.group("verb"))
        and not change_before.group("noun")
        and _AGENT_BY.search(figure.before)
    ):
        change_before = None  # 'beds occupied by 660 people': the agent, not a change
    if (
        change_before
        and other_subject(subject.vocabulary, figure.before[: change_before.start()])
        and not _own_things_after(figure)
    ):
        return NOT_A_FIGURE  # 'the backlog grew by 415': another quantity's change
    if (
        (
            change_before
            and _after_a_claim(figure)
            and subject_other(subject.vocabulary, figure.clause.text, change_before.start(), False)
            and not _own_things_after(figure)
        )
        or (
            # 'With 5 more beds commissioned, staff numbers rose by 12': after a count of new
            # things, a subject of its own of two words or more, none the measure's
            change_before
            and _after_new_things(figure)
            and _words_not_ours(subject, figure.clause.text[: change_before.start()])
        )
        or (
            change_before
            and head_in_other_unit(figure.clause.text, change_before.start(), subject.unit)
        )
        or (
            # '...; reviews completed rose by 200': a later clause's count of things done
            change_before
            and figure.clause.start > 0
            and counted_other(
                subject.vocabulary,
                # its conjunction ('and reviews ...') is the subject pattern's own to skip
                figure.clause.text[: change_before.start()],
                subject.unit,
            )
        )
    ):
        return NOT_A_FIGURE  # '...; closures rose by 8%': the clause's own subject's change
    if (
        change_before
        and subject.unit != "count"
        and NUMBER_OF.search(figure.before[: change_before.start()])
    ):
        return NOT_A_FIGURE  # 'the number of empty homes fell by 12' beside a time taken
    if change_before and _second_subject(subject, figure.text[: figure.match.start()]):
        return NOT_A_FIGURE  # '..., while fuel rose 12%': a second subject, not the measure
    if change_before and change_before.group("noun") and _noun_change_not_ours(figure):
        return NOT_A_FIGURE  # 'A rise of 5 points is planned', 'a rise of 12 in the north'
    if (
        change_before
        and _CROSSED.search(change_before.group(0))
        and not _CHANGE_AFTER.match(figure.after)
    ):
        change_before = None  # 'fell below 1,000': the level it crossed, not a change
    change_after = _CHANGE_AFTER.match(figure.after)
    if not (
        change_before
        or (
            change_after
            and (
                change_after.group("word")
                or change_after.group("points")
                or change_after.group("points2")
                or (
                    change_after.group("on")
                    and stated.percent
                    and not _END_OF_MOVE.search(figure.before)
                    and not _MOVED_TO.search(figure.before)
                )
            )
        )
    ):
        return None
    if (
        change_before is None
        and change_after is not None
        and not change_after.group("word")
        and (change_after.group("points") or change_after.group("points2"))
        and not _A_CHANGE.search(figure.clause.text)
        and not _SET_AGAINST.search(figure.clause.text)
    ):
        return NOT_A_FIGURE  # "the survey's margin of error is 3 points": no change said
    if _compared_with_unread(figure):
        return NOT_A_FIGURE  # 'Compared with last year, emails were down 140'
    word = None
    if change_before:
        word = (
            change_before.group("dir") or change_before.group("verb") or change_before.group("noun")
        )
        if word is None:  # 'by 15': the verb before it
            verb = first_movement(text, clause.start, match.start(), subject.names)
            word = {"up": "up", "down": "down", "better": "better", "worse": "worse"}.get(
                verb[0] if verb else ""
            )
    if word is None and change_after and change_after.group("word"):
        word = change_after.group("word")
    direction = direction_word(word) if word else None
    if direction is None:
        movement = first_movement(
            text, clause.start, clause.start + len(clause.text), subject.names
        )
        direction = movement[0] if movement and movement[0] != "steady" else None
    if (
        change_after
        and _THAN_OTHER.match(figure.after)
        and not any(r.start > match.end() for r in figure.inside)
    ):
        if stated.percent and subject.unit != "percent":
            return NOT_A_FIGURE  # '90% fewer than online reports': a ratio, not a difference
        return figure.claim("gap", gap=True)  # '47 fewer than the 4,735 needing completion'
    if (
        change_after
        and _ABOVE_OTHER.match(figure.after)
        and not any(r.start > match.end() for r in figure.inside)
    ):
        return NOT_A_FIGURE  # '13.7% below the peak': a difference from no quarter named
    one_before = _one_quarter_before(figure)
    if figure.own is None and figure.base is None and one_before is not None:
        figure = replace(figure, base=one_before)  # 'A year earlier the figure was 62%; it
        # is now 66%, up 6 points': from the one other quarter the sentence gave a figure
    if change_before and (
        SUBGROUP_LEAD.match(text, 0, match.start())
        or _QUALIFIED.search(text, clause.start, match.start())
    ):
        return NOT_A_FIGURE  # 'Among younger adults, assessments rose by 40': a part's change
    if figure.own is None and figure.base is None and _THAN_SEASON.match(figure.after):
        return NOT_A_FIGURE  # '250 more emails than in winter': a season, not a quarter named
    if figure.own is None and figure.base is None and _ON_THE_YEAR.match(text, match.end()):
        return NOT_A_FIGURE  # 'down 2,430 on the year': on the year before, or over it
    if figure.own is None and figure.base is None and _OVER_QUARTERS_PAST.search(clause.text):
        return NOT_A_FIGURE  # 'Over the last two quarters contacts fell by 1,210': from which
        # quarter is not said as a quarter (the one before the first, or the first)
    if figure.own is None and figure.base is None and _elsewhere(figure):
        return NOT_A_FIGURE  # another clause names other quarters: which change is not said
    if figure.points_after and subject.unit not in ("percent", "rate"):
        return NOT_A_FIGURE  # 'made up 66% of enquiries, up 1 point': a share's change
    quote = stated.quote
    points = _POINTS.match(text, match.end())
    if points is not None:
        quote = f"{quote}{text[match.end() : points.end()]}"
    if change_before and (
        change_before.group("dir") or change_before.group("verb") or change_before.group("noun")
    ):
        # 'rose by £6', 'up by 0.5', 'a drop of 34': the direction too, as written
        at = change_before.start("dir") if change_before.group("dir") else change_before.start()
        if change_before.group("noun"):
            article = _ARTICLE_BEFORE.search(text, clause.start, clause.start + at)
            at = article.start() - clause.start if article else at
        lead = text[clause.start + at : match.start()]
        hedge = regex(r"[^\d£]*").match(quote)  # 'over 500': its hedge is in the lead already
        if hedge and hedge.group(0) and lead.lower().endswith(hedge.group(0).lower()):
            lead = lead[: -len(hedge.group(0))]
        quote = f"{lead}{quote}"
    elif change_after and change_after.group("word"):
        # '£6.60 a tonne higher': the words between kept, so that the quote is the text's
        end = match.end() + change_after.end("word")
        if text[: match.end()].endswith(stated.quote) and end <= len(text):
            quote = f"{quote}{text[points.end() if points else match.end() : end]}"
        else:
            quote = f"{quote} {change_after.group('word')}"
    quote = _with_compared(figure, quote)
    own, period = figure.own, figure.period
    if (
        own is not None
        and own.offset is not None
        and own.offset <= -4
        and figure.base is None
        and change_after is not None
        and change_after.group("word")
    ):
        # 'A year ago the service worked with 189 fewer people': fewer than now, or than
        # the quarter before that one? The sentence does not say
        return NOT_A_FIGURE
    change_base = figure.base
    change_period = period
    if own is None and change_base is None:
        base_ref = [r for r in figure.inside if is_base(text, r)]
        change_base = resolve(base_ref[0], period) if base_ref else None
    if own is not None and change_base is None and own.quarter != subject.latest:
        # 'a rise of 5% in the quarter before': that quarter's own movement
        change_period = own.quarter
    return figure.claim(
        "change",
        quote=quote,
        period=change_period,
        base=change_base,
        direction=direction,
        points=figure.points_after,
    )


def _own_things_after(figure: Figure) -> bool:
    """'the service grew by 70 people to 1,760': the noun the change counts is what the
    measure counts, and the level it reached follows ('to 1,760'): the measure's change,
    whatever the subject is called."""
    counted = regex(r"\s+([A-Za-z][A-Za-z'-]+)\s+to\s+£?\d").match(figure.text, figure.match.end())
    return counted is not None and stem(counted.group(1).lower()) in figure.subject.vocabulary


def _one_quarter_before(figure: Figure) -> Quarter | None:
    """The one quarter other than the figure's that the sentence names, in a clause before
    the figure's, with a figure of its own, earlier than the figure's: what a change with
    no quarter of its own is from."""
    refs = find_periods(figure.text, figure.subject.latest)
    others = {r.quarter for r in refs if r.quarter != figure.period}
    if len(others) != 1 or any(r.start >= figure.clause.start for r in refs):
        return None
    (quarter,) = others
    ref = next(r for r in refs if r.quarter == quarter)
    dated = NUMBER.search(masked(figure.text), ref.start, figure.clause.start)
    # and the figure's own quarter said between: 'it is now 66%'
    now = _NOW.search(figure.text, ref.end, figure.match.start()) or any(
        ref.end <= r.start < figure.match.start() and r.quarter == figure.period for r in refs
    )
    return quarter if dated is not None and now and quarter < figure.period else None


_NOW = regex(r"\b(?:now|currently|this\s+quarter|today)\b", re.I)


def _of(figure: Figure) -> re.Match[str] | None:
    return regex(r"\s*of\s+(?:the\s+|all\s+|these\s+|those\s+)?").match(figure.after)


# '97% of their level in Quarter 1 2023/24', '64% of its Q1 2023/24 level': a share of the
# series' own figure of an earlier quarter
# ('90% of the time they took in Quarter 3 2023/24', '91% of what they were in Quarter 1',
# '96% of the total they reached in Quarter 1': its own, said by a pronoun and a verb)
_OF_OWN_LEVEL = regex(
    r"\s*of\s+(?:(?:its|their|the)\s+(?:[^\s,;]+\s+){0,3}?(?:level|figure|value)\b|"
    r"(?:the\s+(?:time|number|amount|total|count|level|figure)|what)\s+(?:it|they)\s+"
    r"(?:was|were|had\s+been|took|had\s+taken|reached|had\s+reached|stood\s+at)\b)",
    re.I,
)


# 'the year-end forecast above 11,000', 'projected to reach 12,000': a figure expected, not
# one the data holds; 'no lower than 92% in any quarter since': a bound over quarters
_FORECAST_BEFORE = regex(
    r"\b(?:forecasts?|projected|projections?|predicted|anticipated|expected)\s+"
    r"(?:(?:to|be|reach|hit|of|at|is|was|above|below|over|under)\s+)*"
    r"(?:(?:" + HEDGE + r")\s+)?$"
    # 'with more work needed to reach 30%', 'aims to hit 90%': a figure aimed at
    # 'we want to be at 25 by March', 'intend to get below 20': a figure aimed at
    r"|\b(?:need(?:s|ed)?|aim(?:s|ed|ing)?|plan(?:s|ned)?|hope(?:s|d)?|want(?:s|ed)?|"
    r"intend(?:s|ed)?|expect(?:s|ed)?|work(?:ing)?|striv(?:es|ing))\s+to\s+"
    r"(?:reach|hit|achieve|get\s+(?:to|down\s+to|below|under|above|over)|meet|exceed|"
    r"be(?:\s+(?:at|below|above|under|over|within|down\s+to|up\s+to))?)\s+$"
    # 'Claims will be processed in under 17 days by March': a figure to come
    r"|\bwill\s+(?:[a-z]+\s+){0,4}$"
    # 'Re-lets should hit 25 days by March', 'We expect re-lets to reach 24 days': the same
    r"|\bshould\s+(?:(?:reach|hit|achieve|get\s+(?:to|below|under)|be(?:\s+(?:at|below|under|"
    r"above|over|within))?)\s+)$"
    r"|\bexpect(?:s|ed)?\s+(?:[a-z-]+\s+){1,3}?to\s+(?:reach|hit|achieve|be(?:\s+(?:at|below|"
    r"under|above|over|within))?)\s+$"
    # 'We expect to repair 12,000 potholes next quarter', 'Expected to rise again to around
    # 450,000': what is expected to be done or reached, a figure to come (not 'expected
    # to hit the 70 target': a determiner before the figure makes it a target's)
    r"|\bexpect(?:s|ed)?\s+to\s+(?:(?!(?:the|a|an|its|our|their|this)\s)[a-z]+\s+){1,4}$",
    re.I,
)
_BOUND_OVER_QUARTERS = regex(
    r"\bno\s+(?:lower|higher|less|more|fewer|worse|better)\s+than\s+$", re.I
)
_ANY_QUARTER = regex(r"^[^.;]*?\b(?:in|for)\s+(?:any|every|each)\s+quarter\b", re.I)


def not_this_quarters(figure: Figure) -> bool:
    """A forecast ('the year-end forecast above 11,000'), or a bound that held over quarters
    ('no lower than 92% in any quarter since ...'): no figure of one quarter."""
    if _FORECAST_BEFORE.search(figure.before):
        return True
    return bool(_BOUND_OVER_QUARTERS.search(figure.before) and _ANY_QUARTER.match(figure.after))


# 'for every 100 potholes reported in Quarter 3, 92 were repaired': a share per hundred
_PER_HUNDRED = regex(r"\b(?:for\s+)?every\s+100\s+(?P<whole>[^,;:.]+),\s*$", re.I)


def per_hundred(figure: Figure) -> Claim | _NotAFigure | None:
    """'For every 100 potholes reported, 92 were repaired': the figure is a per cent of the
    whole named after 'every 100' (checked as a share where the part and the whole are each
    one series; otherwise no quarter's figure)."""
    lead = _PER_HUNDRED.search(figure.text[: figure.match.start()])
    if lead is None or figure.stated.percent:
        return None
    subject = figure.subject
    whole = whole_named(subject, lead.group("whole"))
    part = fully_named(subject, figure.after)
    if subject.unit == "percent" or len(whole) != 1 or len(part) != 1 or whole == part:
        return NOT_A_FIGURE
    stated = replace(figure.stated, percent=True)
    return figure.claim("share", stated=stated, series=tuple(part), of=tuple(whole))


def share_of_own_level(figure: Figure) -> Claim | None:
    """'Arrears now amount to 97% of their level in Quarter 1 2023/24': the figure now as a
    per cent of its own in the quarter named (after the figure), which `share` checks."""
    if not figure.stated.percent or figure.subject.unit == "percent":
        return None
    found = _OF_OWN_LEVEL.match(figure.after)
    if found is None:
        return None
    end = figure.match.end() + found.end()
    refs = [r for r in figure.inside if r.start >= figure.match.end()]
    near = [r for r in refs if r.start <= end + 30 and not r.as_latest]
    if len(near) != 1 or len(figure.series) != 1:
        return None
    # 'of the figure a year ago': counted back from the quarter reported, whatever
    # quarter the same words made the figure's own period (a year back counted twice)
    base = resolve(near[0], figure.subject.latest)
    return figure.claim("share", period=figure.subject.latest, base=base)


def share_of_things(figure: Figure) -> _NotAFigure | None:
    """'95% of calls': a share of something the indicator does not count."""
    if figure.stated.percent and _OF_TARGET.match(figure.after):
        return None  # '110% of the £500,000 target': a share of its target (`share`)
    if figure.stated.percent and figure.subject.unit != "percent":
        of = _of(figure)
        if of and _is_count_of_things(figure.subject, figure.after[of.end() :]):
            whole = whole_named(figure.subject, figure.after[of.end() :])
            # 'Completions were 96% of new requests': the part is the series all of whose
            # own words are named ('completions', not 'needing to be completed')
            part = (
                fully_named(figure.subject, figure.before)
                or _sentence_subject(figure)
                or _part_pointed_back(figure)  # 'That matched 96% of new requests'
            )
            if not whole and _OF_THEM.match(figure.after[of.end() :]):
                # 'running at 106% of them'; 'New requests fell. Completions were 97% of them'
                whole = _named_before_other(figure, part) or _whole_pointed_back(figure, part)
            if len(part) == 1 and len(whole) == 1 and part != whole:
                return None  # 'Emails amounted to 32% of telephone contacts': two series
            return NOT_A_FIGURE
    return None


def fully_named(subject: Subject, text: str) -> list[int]:
    """The series `text` names; of several, those all of whose own words it has."""
    named = series_named(subject, text)
    words = word_stems(text)
    full = [s for s in named if subject.keywords[s] <= words]
    return full if len(named) > 1 and len(full) == 1 else named


_PART_VERB = regex(
    r"\b(?:were|was|are|is|had|have|has|ended|made|received|live|lived|got|used|came|saw)\b",
    re.I,
)


_OF_THE_WHOLE = regex(r"\W*of\s+(?:the\s+|all\s+)?(?P<whole>[^;:]+?),\s", re.I)
# a whole set first by what the part is measured against: 'Set against community services,
# residential placements came to 42%', 'Relative to online reports, ...', 'As a proportion
# of telephone calls, ...'
_AGAINST_THE_WHOLE = regex(
    r"\W*(?:(?:set|measured|taken|weighed)\s+against|relative\s+to|in\s+proportion\s+to|"
    r"as\s+an?\s+(?:proportion|share|percentage|fraction)\s+of)\s+(?:the\s+|all\s+)?"
    r"(?P<whole>[^;:,]+?),\s",
    re.I,
)
# a comparison after a per cent: '40% fewer', '12% higher than': no share
_COMPARED_AFTER = regex(
    r"\s*(?:higher|lower|more|fewer|less|greater|smaller|larger|bigger|above|below|up|down|"
    r"over|under)\b",
    re.I,
)


def _share_of_lead(figure: Figure) -> Claim | None:
    """'Of the 2,870 applications received, 92% were completed': the whole opens the
    sentence, the part is named in the figure's own words."""
    lead = _OF_THE_WHOLE.match(figure.text) or _AGAINST_THE_WHOLE.match(figure.text)
    if lead is None or figure.match.start() < lead.end():
        return None
    if lead.re is _AGAINST_THE_WHOLE and _COMPARED_AFTER.match(figure.after):
        return None  # 'Relative to online reports, calls were 13% fewer than ...'
    if lead.re is _AGAINST_THE_WHOLE and names_comparator(
        figure.subject.vocabulary, lead.group("whole")
    ):
        return None
    subject = figure.subject
    words = lead.group("whole")
    whole = whole_named(subject, words)
    if _FIGURE_FIRST.match(words):
        # 'Of the 14,168 highway enquiries received, emails made up 9%': the whole is the
        # series of that figure, or them all where it is their sum
        whole = _series_of_figure(figure, words)
    elif not whole and _names_the_whole(subject, words):
        whole = list(range(len(subject.values)))  # 'Of the people in long-term services'
    end = figure.clause.start + len(figure.clause.text)
    part = fully_named(subject, figure.text[lead.end() : figure.match.start()]) or fully_named(
        subject, figure.text[figure.match.end() : end]
    )
    every = len(whole) > 1 and len(whole) == len(subject.values)
    if not (len(whole) == 1 or every) or len(part) != 1 or whole == part:
        return None
    return figure.claim("share", series=tuple(part), of=tuple(whole))


# a whole given as a figure: 'of the 5,390 still awaiting completion'
_FIGURE_FIRST = regex(r"\s*(?:the\s+|all\s+|those\s+)?£?\d")


# the last number before a share's per cent in its clause, not a per cent itself
_PART_FIGURE = regex(r"(?<![\d.,])(\d[\d,]*)(?![\d,]*\s*%)(?!.*\d)", re.S)


# a part's figure set aside just before the share's clause: '(1,410) were', 'At 1,410,
# delivered assessments were', 'Email, at 980 enquiries, accounted for'
_ASIDE_BEFORE = regex(r"(?:\(\s*\d[\d,]*\s*\)|(?:^|,)\s*at\s+\d[\d,]*(?:\s+[a-z]+)?\s*,)\W*$", re.I)


def _part_of_figure(figure: Figure, aside: bool = False) -> list[int]:
    """'the 10,390 potholes fixed equalled 96% of those reported', 'delivered in the quarter
    (1,410) were 94% of ...': the one series whose figure of the quarter is the last number
    before a share in its clause (or, `aside`, set aside just before the clause), the part;
    [] where no number is, or it is no one series's."""
    ahead = figure.before
    set_aside = _ASIDE_BEFORE.search(figure.text, 0, figure.clause.start)
    if not regex(r"\d").search(ahead) and set_aside is not None and aside:
        ahead = set_aside.group(0)  # 'delivered in the quarter (1,410) were ...': set aside
    found = _PART_FIGURE.search(ahead)
    if found is None:
        return []
    said = float(found.group(1).replace(",", ""))
    subject = figure.subject
    one = [s for s in range(len(subject.values)) if value_at(subject, s, figure.period) == said]
    return one if len(one) == 1 else []


def _stated_whole(figure: Figure, whole: str) -> float | None:
    """'of the 1,580 due': the whole's figure as the sentence states it."""
    if not _FIGURE_FIRST.match(whole):
        return None
    number = NUMBER.search(whole)
    return stated_of(number, whole).value if number is not None else None


def _series_of_figure(figure: Figure, words: str) -> list[int]:
    """The series whose figure of the quarter is the number `words` start with; every
    series where it is the quarter's figures added up ('of the 14,168 highway enquiries
    received')."""
    number = NUMBER.search(words)
    if number is None:
        return []
    said = stated_of(number, words)
    subject = figure.subject
    # the figure as written, not rounded to its zeros ('the 2,900 the team expected')
    values = [value_at(subject, s, figure.period) for s in range(len(subject.values))]
    one = [
        s
        for s, v in enumerate(values)
        if v is not None and round_half_up(v, said.decimals) == said.value
    ]
    if one or len(values) < 2 or None in values:
        return one
    total = sum(v for v in values if v is not None)
    return list(range(len(values))) if round_half_up(total, said.decimals) == said.value else []


_FIGURE_ASIDE = regex(
    r",\s*(?:(?:at|of|with|on)\s+)?£?\d[\d,.]*\s?%?\s*,"
    r"|\(\s*£?\d[\d,.]*\s?%?\s*\)"  # 'Outstanding cases (5,390)': the figure set aside
)
_SUBJECT_END = regex(
    r"\b(?:[a-z]+ed|were|was|are|is|had|have|has|ran|made|rose|fell|grew|stood|came|went|hit)\b",
    re.I,
)


_WHOLE_ENDS = regex(
    r"[,.;:()]|\s(?:(?:in|during|for|at)\s+(?:Q(?:uarter)?\s*[1-4#]|the\s+quarter|this|that|last)|"
    r"this|last|over|since|and|but|while)\b",
    re.I,
)


# when a whole was counted, after it: a month, a quarter, the end or close of one
_WHOLE_WHEN = regex(
    r"\s(?:in|during|at|on|by|as\s+at)\s+(?:the\s+(?:end|close)\s+of\s+)?(?:"
    + MONTH
    + r"|Q(?:uarter)?\s*[1-4]|the\s+(?:end|close)\b)",
    re.I,
)
# the words that say all of the things counted: 'everyone in long term services'
_EVERYONE = words_of("everyone everybody all those")


def _names_the_whole(subject: Subject, whole: str) -> bool:
    """Whether the words after 'of' are the title's own ('people in care services' of 'The
    number of people in care services'), naming no one series: all of them."""
    if len(subject.values) < 2:
        return False
    cut = _WHOLE_ENDS.search(whole, 1)
    when = _WHOLE_WHEN.search(whole, 1)  # 'in September 2023', 'at the end of September'
    if when is not None and (cut is None or when.start() < cut.start()):
        cut = when
    said = words_of(whole[: cut.start()] if cut else whole) - _EVERYONE
    titled = words_of(f"{subject.facts.indicator.title} {subject.facts.indicator.short_title}")
    own = set().union(*(words_of(s.series.label) for s in subject.facts.series))
    return (
        len(said) >= 2
        and said <= titled
        and not said <= own
        and not series_named(subject, whole[: cut.start()] if cut else whole)
    )


def _names_every_series(subject: Subject, whole: str) -> bool:
    """'of claims received and decided': the series' own words joined, all of them."""
    if len(subject.keywords) != 2:
        return False
    cut = regex(r"[,.;:()]").search(whole)
    joined = _JOINED.search(whole, 0, cut.start() if cut else len(whole))
    if joined is None:
        return False
    first, second = (series_named(subject, joined.group(g)) for g in (1, 2))
    return len(first) == 1 and len(second) == 1 and first != second


# two words joined: 'reported and repaired', 'received or completed'
# (the phrase ends there: not 'received and completions rose', a clause of its own)
_JOINED = regex(
    r"^\W*(?:[A-Za-z]+\s+){0,3}?([A-Za-z]+)\s+(?:and|or)\s+([A-Za-z]+)"
    r"(?=\s*(?:[,.;:()]|$)|\s+(?:in|during|for|this|last|at|over|since)\b)"
)


def _sentence_subject(figure: Figure) -> list[int]:
    """The series the sentence's subject names, before its verb, where the figure's clause
    is a later one ('Emails (980) ran at 37% of ...', 'Completions outpaced new
    applications, running at 108% of ...'); its own figure set aside ('Residential and
    nursing placements, at 5,205, were'); [] where the subject holds another figure."""
    if figure.clause.start == 0:
        return []
    head = _SUBJECT_END.split(
        _FIGURE_ASIDE.sub(" ", figure.text[: figure.clause.start]), maxsplit=1
    )[0]
    unnamed = _QUARTER_WORDS.sub(" ", head)  # 'In Quarter 2, repairs': no figure
    return [] if regex(r"\d").search(unnamed) else fully_named(figure.subject, head)


# a clause whose subject is a pronoun pointing back, its verb just before a share's figure:
# 'That matched 96% of', 'This came to 98% of', 'It was equivalent to 95% of'
_POINTED_PART = regex(
    r"^\W*(?:that|this|it)\s+(?:[a-z]+\s+){1,3}?(?:to\s+|at\s+)?"
    rf"(?:(?:{HEDGE})\s+)?$",
    re.I,
)


def _named_before(figure: Figure) -> list[int]:
    """The one series the sentence before names ([] where it names none or several, or
    names a comparator)."""
    before = _sentence_before(figure.sentence)
    if not before or names_comparator(figure.subject.vocabulary, before):
        return []
    named = fully_named(figure.subject, before)
    return named if len(named) == 1 else []


def _part_pointed_back(figure: Figure) -> list[int]:
    """'4,688 assessments were completed. That matched 96% of new requests': the part of a
    share whose clause opens the sentence with a pronoun for the one series the sentence
    before names."""
    if figure.clause.start != 0 or not _POINTED_PART.match(figure.before):
        return []
    return _named_before(figure)


def _whole_pointed_back(figure: Figure, part: Sequence[int]) -> list[int]:
    """'New requests fell to 4,552. Completions were equivalent to 97% of them': the whole
    is the one series the sentence before names, other than the part, where this sentence
    names no other before the figure."""
    if len(part) != 1 or _named_before_other(figure, part):
        return []
    named = _named_before(figure)
    return named if named and named != list(part) else []


# a quarter or a year named ('Quarter 2 of 2024/25', 'Q3', '2023-24'): no figure of a measure
QUARTER_NAMED = (
    r"\b(?:Quarter|Q)\s*[1-4]\b(?:\s+(?:of\s+)?\d{4}(?:[/-]\d{2,4})?)?|\b\d{4}(?:[/-]\d{2,4})?\b"
)
_QUARTER_WORDS = regex(QUARTER_NAMED, re.I)


# a whole said by a pronoun: 'of them', 'of those' (and nothing more in its clause)
_OF_THEM = regex(r"\s*(?:them|those|these)\s*(?:[.,;:)]|$)", re.I)
# a figure that opens its clause, after a comma: '..., 95% of the 4,683 new ones'
_APPOSITION = regex(r"^\W*(?:(?:" + HEDGE + r")\s+)?$", re.I)


_THEM_THEN = regex(r"\s*(?:them|those|these)\b(?P<rest>[^.;:]*)", re.I)
_NO_PART = regex(
    r"\b(?:in|during|for|at|by|over|of|the|this|that|last|quarter|year|period|month|"
    r"alone|again|too|now|then|so|and|but)\b",
    re.I,
)


def _of_them_some(subject: Subject, whole: str) -> bool:
    """'45% of them urgent', '95% of them were on A roads': a part of the things said
    before, which the words after the pronoun pick out and no series names (a sub-group
    the data does not hold); not 'of them in Quarter 2', where the pronoun is the whole."""
    found = _THEM_THEN.match(whole)
    if found is None:
        return False
    rest = _NO_PART.sub(" ", _QUARTER_WORDS.sub(" ", found.group("rest")))
    return bool(regex(r"[A-Za-z]{3,}").search(rest)) and not series_named(subject, rest)


def _named_before_other(figure: Figure, part: Sequence[int]) -> list[int]:
    """The one series the sentence names before the figure, other than the part: what 'of
    them' stands for; [] where it names none or several."""
    before = figure.text[: figure.match.start()]
    named = {
        s
        for piece in _SUBJECT_END.split(
            regex(r"[,;:]|\b(?:and|but|by|than|while)\b", re.I).sub(" was ", before)
        )
        for s in fully_named(figure.subject, piece)
    } - set(part)
    return sorted(named) if len(part) == 1 and len(named) == 1 else []


def _previous_clause(figure: Figure) -> str:
    """The words of the clause before the figure's own, in its sentence."""
    sentence = figure.sentence
    if sentence is None:
        return ""
    earlier = [c for c in sentence.clauses if c.start < figure.clause.start]
    return earlier[-1].text if earlier else ""


def share(figure: Figure) -> Claim | _NotAFigure | None:
    """'x% of' on a count; 'Of the 2,870 received, 92% were completed'; a share of the
    series' own earlier level; 'for every 100 reported, 92 were repaired'. Where the
    sentence says the year to date ('Over the first three quarters of the year, repairs
    amounted to 98% of reports'), the share of one series in another is of their sums over
    the financial year's quarters to the clause's (TO_DATE); any other share is left alone."""
    claim = _share_in_quarter(figure)
    sentence = figure.sentence
    if not isinstance(claim, Claim) or sentence is None:
        return claim
    if not year_to_date(figure, sentence.clauses, sentence.masked):
        return claim
    subject = figure.subject
    parts = (*claim.series, *(claim.of or ()))
    if (
        claim.base is not None
        or not claim.of
        or len(claim.series) != 1
        or figure.period != subject.latest
        or _YEAR_PART_NAMED.search(figure.text)
        or not all(counted_in_quarters(subject, s) for s in parts)
    ):
        return NOT_A_FIGURE  # a share over the year the words do not bind: left alone
    return replace(claim, direction=TO_DATE)


# the part of a year named by its end or its half ('the first half', 'April to September',
# 'Quarters 1 and 2 together'): a span that may end before the latest quarter
_YEAR_PART_NAMED = regex(
    r"\b(?:half|six\s+months|two\s+quarters|(?:June|September|December|March)\b|"
    r"Q(?:uarters?)?\s*\d\s+(?:and|to|&|-|–|plus))",
    re.I,
)


# '110% of the £500,000 target', '97% of its target', '90% of the 25-day target': a
# measure's figure as a share of its own target (the figure written, else the band's)
_TO_ONE_AFTER = regex(r"\s*(?::\s*1|\s+to\s+(?:one|1))(?![\d,.]*\d)\b", re.I)


def ratio_to_one(figure: Figure) -> bool:
    """'by three to one', 'a ratio of 2.6 to 1', '3:1': a ratio of two things, not a
    figure of the measure (fractions reads one series against another so); not 'from 3 to
    1' (a fall)."""
    stated = figure.stated
    return (
        not stated.percent
        and not stated.pounds
        and 1 < stated.value <= 20
        and not _FROM.search(figure.before)
        and bool(_TO_ONE_AFTER.match(figure.after))
    )


_OF_TARGET = regex(
    r"\s*of\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:(?P<goal>£?\d[\d,]*(?:\.\d+)?)"
    r"(?:\s?%|[-\s](?:day|week|minute|hour)s?)?\s+)?target\b(?!\s+(?:for|of|set\s+by)\b)",
    re.I,
)


_OF_TARGET_IN_WORDS = regex(
    r"\s*of\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[A-Za-z][\w'-]*\s+){0,2}targets?\b", re.I
)


def share_of_target(figure: Figure) -> Claim | _NotAFigure | None:
    """'Arrears stand at 110% of the £500,000 target': the clause's one series, in its
    quarter, as a per cent of its target there (the target as written, else the band's);
    left alone where the series, the target or whose target is not one."""
    if not figure.stated.percent:
        return None
    found = _OF_TARGET.match(figure.after)
    if found is None:
        # 'reached 100% of the profiled target', 'met 95% of its own targets': a share of a
        # target named in other words, or of several, which the band may not be
        return NOT_A_FIGURE if _OF_TARGET_IN_WORDS.match(figure.after) else None
    subject, period = figure.subject, figure.period
    facts = subject.facts
    band = facts.band_at(period)
    if (
        len(figure.series) != 1
        or band is None
        or names_comparator(subject.vocabulary, figure.before)
    ):
        return NOT_A_FIGURE
    written = found.group("goal")
    goal = float(written.strip("£").replace(",", "")) if written else band.target
    return figure.claim("share", goal=goal, target_word="target")


def _share_in_quarter(figure: Figure) -> Claim | _NotAFigure | None:
    """A share read in the clause's quarter (`share`)."""
    of_target = share_of_target(figure)
    if of_target is not None:
        return of_target
    own_level = share_of_own_level(figure)
    if own_level is not None:
        return own_level
    hundred = per_hundred(figure)
    if hundred is not None:
        return hundred
    of = _of(figure)
    if figure.stated.percent and figure.subject.unit != "percent" and not of:
        return _share_of_lead(figure)
    if figure.stated.percent and figure.subject.unit != "percent" and of:
        whole = figure.after[of.end() :]
        named = series_named(figure.subject, whole)
        if regex(r"\s*of\s+(?:all|the\s+total)\b", re.I).match(figure.after):
            named = []  # 'of all enquiries': the quarter's series added up
        # the whole as written on, past the clause ('of applications received and completed')
        every = _names_every_series(figure.subject, figure.text[figure.match.end() + of.end() :])
        if every or (not named and _names_the_whole(figure.subject, whole)):
            # '42% of people in care services': the title's own words, every series; 'of
            # claims received and decided': each series named
            named = list(range(len(figure.subject.values)))
        if _FIGURE_FIRST.match(whole):
            # '83% of the 5,390 still awaiting': the whole is the series of that figure;
            # '71% of the 14,168 highway enquiries received': of them all added up
            named = _series_of_figure(figure, whole)
            every = every or len(named) > 1
            stated_whole = _stated_whole(figure, whole)
            if not named and len(figure.subject.values) == 1 and stated_whole is not None:
                if not _part_of_figure(figure, aside=True):
                    return NOT_A_FIGURE
                # 'assessments delivered (1,410) were 94% of the 1,580 due': the part the
                # one series, by the data's own figure; the whole as the sentence states it
                return figure.claim("share", series=(0,), goal=stated_whole, target_word="of")
            if not named:
                return NOT_A_FIGURE
        own = (
            _part_of_figure(figure)
            or fully_named(figure.subject, figure.before)
            or _part_pointed_back(figure)
            or list(figure.series)
        )
        verb = _PART_VERB.search(whole)
        if verb is not None and not every and not fully_named(figure.subject, figure.before):
            # '30% of people in long-term services are in residential care': the whole,
            # then the part after its verb
            part = fully_named(figure.subject, whole[verb.end() :])
            of_one = whole_named(figure.subject, whole[: verb.start()])
            if len(part) == 1 and of_one != part:
                own, named = part, of_one
            elif (
                not part
                and regex(r"^\s+[a-z]{3,}", re.I).match(whole[verb.end() :])
                and not series_named(figure.subject, whole[verb.end() :])
            ):
                # 'around 15% of applications were withdrawn': a part the data does not hold
                return NOT_A_FIGURE
        if len(figure.subject.values) < 2:
            return NOT_A_FIGURE  # '70% of contacts were resolved ...': a share the data lacks
        if _of_them_some(figure.subject, whole):
            return NOT_A_FIGURE  # '45% of them urgent', '60% of them answered the same day'
        if not named and _OF_THEM.match(whole):
            # 'repairs outnumbered reports, running at 106% of them': the whole is the
            # one other series the sentence names before the figure
            part = own if len(own) == 1 else _sentence_subject(figure)
            named = _named_before_other(figure, part) or _whole_pointed_back(figure, part)
            own = part if named else own
        if len(named) == 1 and set(named) == set(own) and figure.clause.start > 0:
            # 'Completions outpaced new applications, running at 108% of the number
            # received': the part is the sentence's subject, before its verb; its own
            # figure set aside ('Residential and nursing placements, at 5,205, were')
            lead = _sentence_subject(figure)
            if len(lead) == 1 and lead != named:
                own = lead
            elif _APPOSITION.match(figure.before):
                # '4,688 assessments were completed, 95% of the 4,683 new ones': a figure
                # in apposition to the clause before is a share of what that clause names
                previous = _previous_clause(figure)
                lead = fully_named(figure.subject, previous) if previous else []
                if len(lead) == 1 and lead != named:
                    own = lead
        if _own_other_subject(figure):
            return NOT_A_FIGURE  # '..., and staff answered 90% of calls': another's share
        if len(own) != 1 or set(named) == set(own):
            return figure.claim("share")
        return figure.claim("share", series=tuple(own), of=tuple(named))
    return None


_CONJUNCTION = regex(r"^\W*(?:(?:and|but|while|whereas|with|so|yet)\s+)+", re.I)


def _own_other_subject(figure: Figure) -> bool:
    """'Online reports made up 66% of enquiries, and staff answered 90% of calls': a later
    clause with a subject of its own before its verb, none of whose words are the
    measure's: its share is that subject's, not a series'."""
    if figure.clause.start == 0:
        return False
    ahead = figure.text[figure.clause.start : figure.match.start()]
    pieces = _SUBJECT_END.split(_CONJUNCTION.sub("", ahead), maxsplit=1)
    if len(pieces) < 2:
        return False
    words = [w for w in regex(r"[A-Za-z]{3,}").findall(pieces[0]) if w.lower() not in STOP]
    return bool(words) and not any(stem(w) in figure.subject.vocabulary for w in words)


# 'residential and nursing placements represent 35%': a share, of a whole this clause
# does not name
_SHARE_VERB = regex(
    r"\b(?:represent\w*|account(?:s|ed|ing)?\s+for|ma(?:k|d)e\s+up|making\s+up|compris\w*|"
    r"constitut\w*)\s+"
    r"(?:(?:just|about|around|roughly|some|nearly|almost|over|under)\s+)?$",
    re.I,
)


_A_CHANGE = regex(
    rf"\b(?:{UP}|{DOWN}|rise|fall|drop\w*|increase|decrease|decline|up|down|more|fewer|less|"
    r"higher|lower|gain\w*|los[st]\w*|cut|jump\w*|reduc\w*|chang\w*|growth|grow|"
    r"improv\w*|worsen\w*|deteriorat\w*)\b",
    re.I,
)


def percent(figure: Figure) -> Claim | _NotAFigure | None:
    """Any other 'x%' on a count, in a clause that speaks of a change ('A 47% drop'); not a
    share of a whole the clause does not name ('60% were for people over 85')."""
    if figure.stated.percent and figure.subject.unit != "percent":
        if _SHARE_VERB.search(figure.before) or not _A_CHANGE.search(figure.clause.text):
            return NOT_A_FIGURE
        return figure.claim("percent", base=figure.base)
    return None


def count_of_things(figure: Figure) -> _NotAFigure | None:
    """'3 teams', '2 adult social care areas' on a count, a rate or a number of days
    ('62 homes were let' beside the days taken to re-let them)."""
    subject = figure.subject
    if (
        subject.unit not in ("percent", "gbp", "minutes")
        and not figure.stated.pounds
        and _is_count_of_things(subject, figure.after)
    ):
        return NOT_A_FIGURE
    return None


# '415 short of receipts': a difference from another series, not a level
_SHORT_OF_OTHER = regex(
    r"^\s*(?:short\s+of|behind|ahead\s+of)\s+(?:the\s+)?(?!(?:target|floor|threshold|"
    r"previous|preceding|prior|last|same|quarter|year|Q\d|Quarter)\b)[a-z]",
    re.I,
)


def gap(figure: Figure) -> Claim | None:
    """After 'gap' or 'difference', or before 'short of' another series: the difference
    between two series."""
    if _GAP.search(figure.text[figure.clause.start : figure.match.start()]):
        return figure.claim("gap", gap=True)
    if _SHORT_OF_OTHER.match(figure.after):
        return figure.claim("gap", gap=True)  # 'Completions were 415 short of receipts'
    return None


_NOW_AFTER = regex(
    r"\s*(?:%|days?|weeks?|minutes?|hours?)?\s*(?:now|currently|today|at\s+present)\b", re.I
)


def earlier(figure: Figure) -> Claim | _NotAFigure | None:
    """'from 1,350' with no quarter: the quarter before (or the one compared with)."""
    if _NOW_AFTER.match(figure.text, figure.match.end()):
        return None  # 'reach the 90% target next quarter, from 89.8% now': this quarter's
    if regex(r"\bfrom\s+(?:the\s+)?$").search(figure.before) and figure.own is None:
        if figure.base is None and _OVER_QUARTERS_PAST.search(figure.text, 0, figure.match.start()):
            return NOT_A_FIGURE  # 'risen by £64 over the last five quarters, from £598
        if _from_other_series(figure):
            return None  # '10,390 potholes were repaired, from 11,280 reported': a level
        if GOAL_THEN_PARTICIPLE.search(figure.text, 0, figure.match.start()):
            return NOT_A_FIGURE  # 'a floor of 75%, raised from 70%': the floor's earlier level
        period = figure.period.shift(-1) if figure.base is None else figure.base
        return figure.claim("from", period=period)
    return None


_PARTICIPLE_AFTER = regex(r"\s+([a-z]{3,}ed)\b")


def _from_other_series(figure: Figure) -> bool:
    """'10,390 potholes were repaired, from 11,280 reported': a figure after 'from' that a
    participle naming another series follows, where the clause before names a series of
    its own that is not that one: the whole the things came from, this quarter's level of
    that series (read by the level reading), not an earlier figure."""
    after = _PARTICIPLE_AFTER.match(figure.text, figure.match.end())
    if after is None:
        return False
    named_after = set(series_named(figure.subject, after.group(1)))
    named_before = set(series_named(figure.subject, figure.text[: figure.match.start()]))
    return bool(named_after) and bool(named_before) and not named_after & named_before


def level(figure: Figure) -> Claim:
    """Any other figure: the value of its series in its quarter."""
    return figure.claim("level")


_ONE_SIDED = regex(
    r"\b(?:stayed|remained|kept|been|was|were|is|are)\s+(?:(?:well|comfortably|consistently)\s+)?"
    r"(?P<side>above|over|below|under)\s+$",
    re.I,
)
_OVER_QUARTERS = regex(r"\b(?:throughout|every|each|all)\b", re.I)
# 'have exceeded 22,000', 'stayed at 96% or better': a bound, with its side
_BOUND_VERB = regex(r"\b(?:exceeded|topped|bettered|passed)\s+$", re.I)
_OR_BETTER = regex(
    r"\s*%?\s+or\s+(?P<side>better|more|higher|above|over|worse|less|fewer|lower|below|under)\b",
    re.I,
)


def _side(figure: Figure) -> str | None:
    """'above' or 'below': the side of a bound the words before or after a figure set."""
    side = _ONE_SIDED.search(figure.before)
    if side is not None:
        return "above" if side.group("side").lower() in ("above", "over") else "below"
    if _BOUND_VERB.search(figure.before):
        return "above"
    after = _OR_BETTER.match(figure.text, figure.match.end())
    if after is None:
        return None
    word = after.group("side").lower()
    if word in ("better", "worse"):
        higher = figure.subject.facts.indicator.polarity != "lower"
        return "above" if (word == "better") == higher else "below"
    return "above" if word in ("more", "higher", "above", "over") else "below"


def _one_sided(figure: Figure) -> Claim | _NotAFigure | None:
    """'stayed above 90% throughout 2024/25', 'was below 5% in every quarter since Quarter
    1', 'have exceeded 22,000 in each of the six quarters charted', 'stayed at 96% or
    better in each quarter of this financial year': a bound every quarter named is past (a
    range with one end). Over quarters the sentence does not say, left alone."""
    side = _side(figure)
    if side is None or not _OVER_QUARTERS.search(figure.text):
        return None
    latest = figure.subject.latest
    own = _to_semicolon(figure)
    scope = range_scope(own, find_periods(own, latest), latest)
    if scope is None:
        return NOT_A_FIGURE
    first, last = scope
    above = side == "above"
    bound = replace(figure.stated, hedge=None)
    stated = bound if above else replace(bound, value=-math.inf)
    return figure.claim(
        "range",
        quote=figure.stated.quote,
        stated=stated,
        period=last,
        base=first,
        goal=math.inf if above else figure.stated.value,
    )


# 'between 12 and 20 new households a month', '3 to 5 a week': so many in a span of time
_PER_SPAN = regex(
    r"\s*(?:[A-Za-z'-]+\s+){0,3}?(?:a|an|per|each|every)\s+(?:day|week|fortnight|month)\b", re.I
)


# a place named for the range's subject: 'Collection rates across Kent ranged between'
_ACROSS_PLACE = regex(
    rf"\b(?:across|throughout)\s+(?!(?:{MONTH}|Quarter|Q[1-4])\b)[A-Z][a-z]+\b(?!\s+\d)"
)


# the unit written after a range's high bound, quoted with it: 'between 17 and 19 days'
_RANGE_UNIT = regex(r"\s*(?:days?|weeks?|minutes?|hours?|per\s+cent|percent)\b", re.I)


def _other_range(figure: Figure, end: int) -> bool:
    """A range, ending at `end`, of something other than the measure's figure."""
    subject = figure.subject
    if (
        subject.unit not in ("percent", "gbp", "minutes")
        and not figure.stated.pounds
        and _is_count_of_things(subject, figure.text[end:])
    ):
        return True  # 'between 3 and 5 gangs have been out': a range of other things
    if figure.stated.percent and subject.unit != "percent":
        return True  # 'answered between 70% and 80% of calls' beside a count: a share
    if subject.unit == "count" and _PER_SPAN.match(figure.text, end):
        return True  # 'between 12 and 20 new households a month': a rate of its own
    place = _ACROSS_PLACE.search(figure.before)
    # 'Collection rates across Kent ranged between ...': a place's
    return place is not None and not names_own(subject.facts.organisation, place.group(0))


def _within_limits(figure: Figure, limits: Limits) -> Claim | _NotAFigure:
    """'no higher than 22,190 and no lower than 20,980 in the four quarters to September',
    'never rose above 5.6 nor fell below 5.0 in any of the last four quarters': the first
    limit reads the range (its low and high figures wherever written), over the quarters
    the sentence names; the second, and limits over no quarters named, are left alone."""
    if figure.match.start() >= max(limits.low, limits.high):
        return NOT_A_FIGURE
    latest = figure.subject.latest
    own = _to_semicolon(figure)
    scope = range_scope(own, find_periods(own, latest), latest)
    low = NUMBER.match(figure.text, limits.low)
    high = NUMBER.match(figure.text, limits.high)
    if scope is None or low is None or high is None or _other_range(figure, limits.end):
        return NOT_A_FIGURE
    if other_subject_of_movement(
        figure.subject.vocabulary, figure.text[figure.clause.start : limits.start]
    ):
        return NOT_A_FIGURE  # 'repair gangs were never fewer than 20 nor more than 30'
    bottom, top = stated_of(low, figure.text), stated_of(high, figure.text)
    if top.value < bottom.value:
        return NOT_A_FIGURE  # 'no lower than 30 and no higher than 20': no range
    first, last = scope
    quote = figure.text[limits.start : limits.end].strip().rstrip(".,;:")
    return figure.claim(
        "range",
        quote=quote,
        stated=replace(bottom, quote=quote),
        period=last,
        base=first,
        goal=top.value,
    )


def range_over(figure: Figure) -> Claim | _NotAFigure | None:
    """'between 95% and 98% in every quarter of 2024/25': the low bound reads the range,
    over the quarters the sentence names; the high bound, and a range over no quarters
    named, are left alone."""
    pair = range_of(figure)
    if pair is None:
        limits = limits_at(figure.text, figure.match.start())
        return _one_sided(figure) if limits is None else _within_limits(figure, limits)
    low = "low" if pair.group("low") else "low2"
    high = pair.group("high") or pair.group("high2")
    if figure.match.start() != pair.start(low):
        return NOT_A_FIGURE
    # the quarters of the whole sentence: 'and' may have cut the range's clause in two (to
    # a semicolon: 'ranged from 22,190 to 23,870; this year they have dropped below')
    latest = figure.subject.latest
    own = _to_semicolon(figure)
    scope = range_scope(own, find_periods(own, latest), latest)
    number = NUMBER.match(high)
    if scope is None or number is None or _other_range(figure, pair.end()):
        return NOT_A_FIGURE
    first, last = scope
    top = stated_of(number, high)
    quote = pair.group(0).strip().rstrip(".,;:")
    unit = _RANGE_UNIT.match(figure.text, pair.start() + len(quote))
    return figure.claim(
        "range",
        quote=quote + (unit.group(0) if unit else ""),  # 'between 17 and 19 days'
        period=last,
        base=first,
        goal=top.value,
    )


def _not_a_figure_if(test: Callable[[Figure], bool]) -> Reading:
    def reading(figure: Figure) -> _NotAFigure | None:
        return NOT_A_FIGURE if test(figure) else None

    reading.__doc__ = test.__doc__
    return reading


_WITHIN = regex(r"\b(?:within|inside|up\s+to)\s+$", re.I)
_NO_UNIT = regex(r"(?!\s*(?:%|per\s+cent|days?|minutes?|hours?|weeks?)\b)", re.I)


def others_level_moved_to(figure: Figure) -> bool:
    """'Staff at the depot rose to 120', 'Reports through the app rose to 4,000': the
    level a movement ended at, whose subject is another thing or a part picked out."""
    return others_moved_to(figure.subject.vocabulary, figure.before)


def time_allowed(figure: Figure) -> bool:
    """'decided within 14 days, and the rest within 30': on a measure of time, a bare
    number after 'within' is a time allowed, not the measure's figure."""
    return (
        figure.subject.unit in ("days", "minutes", "hours")
        and bool(_WITHIN.search(figure.before))
        and bool(_NO_UNIT.match(figure.text, figure.match.end()))
    )


_SHARE_OF = regex(
    r"\d\s?(?:%|per\s+cent)\s+of\s+(?:the\s+|all\s+(?:the\s+)?|these\s+|those\s+|its\s+|our\s+)?$",
    re.I,
)


# 'roughly seven in ten people, out of a total of 17,960': the whole a part is told of (not
# 'seven out of ten', a fraction, whose 'ten' is no figure of the measure)
_OUT_OF = regex(
    r"(?P<part>\b[\w%]+\s+)?out\s+of\s+(?:(?:a\s+)?total\s+of\s+|the\s+|all\s+(?:the\s+)?|"
    r"these\s+|those\s+|our\s+)?(?:(?:" + HEDGE + r")\s+)?$",
    re.I,
)
_NUMBER_WORD = regex(
    r"(?:\d[\d,.]*%?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|hundred|thousand)\s+$",
    re.I,
)


def _whole_out_of(before: str) -> bool:
    found = _OUT_OF.search(before)
    return found is not None and not (
        found.group("part") and _NUMBER_WORD.match(found.group("part"))
    )


# the words between a change and the quarter it is from: 'up 152 on a year ago', '£40
# higher than a year ago', '350 fewer than in June'
_TO_COMPARED = regex(
    r"\s+(?:on|than|since|from|compared\s+(?:with|to)|against)\s+(?:(?:in|at)\s+)?$", re.I
)


def _with_compared(figure: Figure, quote: str) -> str:
    """A change's quote with the quarter it is told from, where that follows it: the
    editor's whole claim ('up 152 on a year ago', not 'up 152')."""
    text = figure.text
    begin = text.find(quote, max(0, figure.match.start() - len(quote)))
    if begin < 0 or begin > figure.match.start():
        return quote
    end = begin + len(quote)
    for ref in figure.inside:
        if ref.start > end and _TO_COMPARED.fullmatch(text, end, ref.start):
            return text[begin : ref.end]
    return quote


def _to_semicolon(figure: Figure) -> str:
    """The sentence to the end of the figure's clause's semicolon-bounded part: the words of
    a range's quarters (a part after a semicolon is another clause's)."""
    stop = figure.text.find(";", figure.match.end())
    return figure.text if stop < 0 else figure.text[:stop]


def whole_of_share(figure: Figure) -> Claim | _NotAFigure | None:
    """'71% of the 14,168 highway enquiries', 'out of a total of 17,960': the whole a share
    is of, checked against every series and their sum where the words after it name none
    of the measure's series (not the series the clause's subject carries)."""
    if figure.stated.percent or not (
        _SHARE_OF.search(figure.before) or _whole_out_of(figure.before)
    ):
        return None
    words = _WORDS_AFTER.match(figure.after)
    if series_named(figure.subject, words.group(0) if words else ""):
        return None
    if len(figure.subject.values) < 2 and (
        _other_things_after(figure) or _THE_YEAR.search(figure.after)
    ):
        # '94% of the 1,580 due' of the one series delivered: the whole of its share is a
        # figure of other things, or of a year, which the data does not hold ('90% of the
        # 23,310 a year before', 'out of the 22,980 contacts': the series' own)
        return NOT_A_FIGURE
    every = tuple(range(len(figure.subject.facts.series)))
    return replace(level(figure), series=every)


# where the words naming a whole's things end: a period's words, a preposition
_THINGS_CUT = regex(
    r"\b(?:a|an|the|last|this|that|in|at|by|for|during|over|since|before|earlier|ago|on|"
    r"of|to|from)\b|[,;:.()]",
    re.I,
)


def _other_things_after(figure: Figure) -> bool:
    """Whether the words straight after a share's whole's figure name things none of the
    measure's ('the 1,580 due', 'the 2,350 referrals received'), up to a period's words or
    a preposition."""
    cut = _THINGS_CUT.search(figure.after)
    said = stems_of(figure.after[: cut.start()] if cut else figure.after)
    return bool(said) and not said <= figure.subject.vocabulary


# the words of the whole's noun phrase, to a verb ('of the 1,610 assessments due were
# delivered': 'assessments due', not the series 'delivered' the predicate names)
_WORDS_AFTER = regex(
    r"(?:(?!\b(?:were|was|is|are|have|has|had|will|would|came|went|got)\b)[^,;:.()]){0,60}",
    re.I,
)


# How a number is read: the first of these that fits reads it (markdown-it's inline
# rules are tried at a position in the same way); a reading that makes a claim is checked
# by the rule of the same name (RULES).
READINGS: tuple[tuple[str, Reading], ...] = (
    ("percent without sign", percent_without_sign),
    ("money without sign", money_without_sign),
    ("money elsewhere", money_elsewhere),
    ("time without clock", time_without_clock),
    ("clock elsewhere", clock_elsewhere),
    ("label", _not_a_figure_if(label)),
    ("time allowed", _not_a_figure_if(time_allowed)),
    ("comparator", _not_a_figure_if(comparator)),
    ("forecast or bound", _not_a_figure_if(not_this_quarters)),
    ("ratio in figures", _not_a_figure_if(ratio_in_figures)),
    ("ratio to one", _not_a_figure_if(ratio_to_one)),
    ("year to date, its series named", year_to_date_named),
    ("part of them", _not_a_figure_if(part_of_them)),
    ("part named after", _not_a_figure_if(part_named_after)),
    ("a high or low", _not_a_figure_if(extreme_of_before)),
    ("in another state", _not_a_figure_if(other_state)),
    ("another's change", _not_a_figure_if(others_change)),
    ("another's level moved to", _not_a_figure_if(others_level_moved_to)),
    ("whole of a share", whole_of_share),
    ("range", range_over),
    ("a goal's level", _not_a_figure_if(goal_named_after)),
    ("a band's edge", _not_a_figure_if(band_edge)),
    ("a series unsaid", _not_a_figure_if(series_unsaid)),
    ("a comparison pointed to", _not_a_figure_if(comparison_pointed_to)),
    ("a target's earlier", earlier_target),
    ("target", target),
    ("a target changed", _not_a_figure_if(target_changed)),
    ("count of new things", count_of_new_things),
    ("change", change),
    ("other quantity", _not_a_figure_if(other_quantity)),
    ("a rate's relative change", _not_a_figure_if(relative_change_of_a_rate)),
    ("a change in points told relatively", _not_a_figure_if(relative_beside_points)),
    ("share of things", share_of_things),
    ("share", share),
    ("percent", percent),
    ("count of things", count_of_things),
    ("a series set against", series_set_against),
    ("compared with", _not_a_figure_if(compared_with)),
    ("about other things", _not_a_figure_if(about_other_things)),
    ("a difference ahead", _not_a_figure_if(difference_ahead)),
    ("a side denied", _not_a_figure_if(denied_side)),
    ("a whole after 'from' in a span to date", _not_a_figure_if(from_in_span_to_date)),
    ("year to date", year_to_date_claim),
    ("a year's", _not_a_figure_if(of_a_year)),
    ("gap", gap),
    ("from", earlier),
    ("level", level),
)


def read_figure(figure: Figure) -> Claim | None:
    """The claim a number makes, by the first reading that fits; None for a number that
    is not a figure."""
    for _, reading in READINGS:
        found = reading(figure)
        if isinstance(found, _NotAFigure):
            return None
        if found is not None:
            return found
    return None


# ------------------------------------------------------------------ the checks


def check_level(subject: Subject, claim: Claim) -> list[Verdict]:
    """A figure against the value of its series (or of any of them, their sum, or a gap
    between them) in its quarter."""
    assert claim.stated is not None
    candidates: list[float] = []
    for s in claim.series:
        value = value_at(subject, s, claim.period)
        if value is not None:
            candidates.append(value)
    if len(claim.series) > 1:
        parts = [value_at(subject, s, claim.period) for s in claim.series]
        known = [p for p in parts if p is not None]
        if known:
            candidates.append(sum(known))
        if subject.facts.indicator.chart == "stacked":
            candidates += [a + b for i, a in enumerate(known) for b in known[i + 1 :]]
    if claim.gap:  # 'the gap between received and completed': a difference of two series
        everything = [
            v
            for v in (value_at(subject, i, claim.period) for i in range(len(subject.values)))
            if v is not None
        ]
        candidates += [abs(a - b) for a in everything for b in everything]
        # 'above target ..., although the gap has narrowed to £3,400': the distance to the
        # quarter's target or floor is a gap too
        candidates += [abs(v - g) for v in everything for g in _goals_at(subject, claim.period)]
    late = subject.facts.late
    if not candidates and late is not None and claim.period == late.quarter:
        return [Verdict(f"says {claim.stated.quote} for {claim.period.long}", late.said)]
    if not candidates:
        return []  # a quarter outside the data: nothing to compare with
    if any(matches(claim.stated, c) for c in candidates):
        return []
    primary = claim.series[0]
    expected = _shown_like(subject, candidates[0], claim.stated)
    if len(claim.series) > 1:
        expected = " or ".join(
            f"{_shown_like(subject, v, claim.stated)} ({subject.facts.series[s].series.label})"
            for s in claim.series
            if (v := value_at(subject, s, claim.period)) is not None
        )
    says = f"says {claim.stated.quote} for {claim.period.long}{series_name(subject, claim.series)}"
    data = f"the data has {expected}"
    others = [
        q
        for q, v in subject.values[primary].items()
        if q != claim.period and matches(claim.stated, v)
    ]
    if others:
        data += f" ({claim.stated.quote} is {others[-1].long}'s figure)"
    return [Verdict(says, data)]


def _goals_at(subject: Subject, quarter: Quarter) -> list[float]:
    """The target and floor in force in a quarter, where there are any."""
    band = subject.facts.band_at(quarter)
    if band is None:
        return []
    return [g for g in (band.target, band.threshold) if g is not None]


def _shown_like(subject: Subject, value: float, stated: Stated) -> str:
    """A value shown to the indicator's decimals, or to the number's where it has more."""
    decimals = max(subject.decimals, stated.decimals if stated.hedge is None else 0)
    return format_value(value, subject.facts.indicator.unit, decimals)


def check_target(subject: Subject, claim: Claim) -> list[Verdict]:
    """A figure called the target, floor or threshold against the one in force."""
    assert claim.stated is not None
    facts = subject.facts
    band = facts.band_at(claim.period)
    if claim.period not in facts.window and claim.period < subject.latest:
        return []  # an earlier year's target, which the data does not hold
    if band is None:
        target, threshold = facts.rated.target, facts.rated.threshold
    else:
        target, threshold = band.target, band.threshold
    word = claim.target_word or "target"
    expected = threshold if word in ("floor", "threshold", "upper threshold") else target
    if expected is None:
        return []
    if word != "target" and threshold == target:
        return []  # a floor the definition does not set apart from its target: not held
    if matches(claim.stated, expected) or (
        word not in ("target",) and target is not None and matches(claim.stated, target)
    ):
        return []
    year = facts.indicator.for_quarter(claim.period)
    year_end = (year.target, year.threshold) if year is not None else ()
    if facts.indicator.cumulative and any(  # the year-end's, said of the year to date
        v is not None and matches(claim.stated, v) for v in year_end
    ):
        return []
    if word == "target" and threshold is not None and matches(claim.stated, threshold):
        return [
            Verdict(
                f"says a target of {claim.stated.quote}",
                f"{subject.shown(threshold)} is the "
                f"{'floor' if facts.indicator.polarity == 'higher' else 'upper threshold'} and "
                f"the target is {subject.shown(expected)}",
            )
        ]
    name = "target" if expected == target else word
    data = f"the {name} for {claim.period.fy} is {subject.shown(expected)}"
    whole_year = year_end[0 if expected == target else 1] if year_end else None
    if facts.indicator.cumulative and whole_year is not None and whole_year != expected:
        # a profiled target: the year's too, which 'the year-end target' means
        data += f" to {claim.period.long}, {subject.shown(whole_year)} at the year end"
    return [Verdict(f"says a {name} of {claim.stated.quote}", data)]


def _sizes(subject: Subject, new: float, old: float, relative: bool) -> list[float]:
    """A change as shown and as recorded: in the unit, or as a per cent of the old value."""
    shown_new, shown_old = shown_value(subject, new), shown_value(subject, old)
    if not relative:
        return [shown_new - shown_old, new - old]
    return [(a - b) / b * 100 for a, b in ((shown_new, shown_old), (new, old)) if b]


def _fits(subject: Subject, claim: Claim, new: float, old: float, relative: bool) -> bool:
    assert claim.stated is not None
    if not any(matches(claim.stated, size) for size in _sizes(subject, new, old, relative)):
        return False
    actual = "up" if new > old else "down" if new < old else "steady"
    polarity = subject.facts.indicator.polarity
    wanted = wanted_direction(claim.direction, polarity) if claim.direction else None
    return wanted not in ("up", "down") or wanted == actual


def _relative_text(subject: Subject, new: float, old: float) -> str:
    shown_old = shown_value(subject, old)
    relative = (shown_value(subject, new) - shown_old) / shown_old * 100 if shown_old else 0
    places = 1 if 0 < abs(relative) < 0.5 else 0
    word = "up" if relative > 0 else "down"
    return f"{word} {format_number(abs(relative), places)}%" if relative else "unchanged"


def check_change(subject: Subject, claim: Claim) -> list[Verdict]:
    """A change ('up 15', '660 fewer', 'a rise of 5%') against the change from the quarter
    compared with, and its direction. On a percentage, 'points' is the difference and '%'
    the relative change (the ONS's style); a figure that fits only the other reading is a
    finding that names the right words."""
    assert claim.stated is not None
    stated = claim.stated
    found = list(pairs(subject, claim))
    if not found:
        return []
    percentage = subject.unit == "percent"
    relative = stated.percent and not claim.points
    for _, new, old, _ in found:
        if _fits(subject, claim, new, old, relative):
            return []
        if not percentage and not stated.percent and _fits(subject, claim, new, old, False):
            return []
    _, new, old, base = found[0]
    # 'down 0:30 on the previous quarter' names the quarter it is told from: not again
    told_from = any(
        ref.end == len(claim.quote) for ref in find_periods(claim.quote, subject.latest)
    )
    on = f" ({base.long})" if told_from else f" on {base.long}"
    says = f"says {claim.quote}{on}{series_name(subject, claim.series)}"
    # a change in words ('by a third') is a ratio: the data's ratio beside it
    ratio = f"; {new / old:.2f} times" if old and not regex(r"\d").search(stated.quote) else ""
    span = f"({subject.shown(old)} to {subject.shown(new)} in {claim.period.long}{ratio})"
    points_text = moved_text(subject, new, old)
    if percentage and any(_fits(subject, claim, n, o, not relative) for _, n, o, _ in found):
        number = format_number(stated.value, stated.decimals)
        if relative:  # '1.2%' for a difference of 1.2 points
            return [
                Verdict(
                    says,
                    f"the data has {points_text} {span}; a difference between two percentages "
                    f"is in percentage points: write '{number} percentage "
                    f"{'point' if number == '1' else 'points'}'",
                )
            ]
        return [  # '18 percentage points' for a relative change of 18%
            Verdict(
                says,
                f"the data has {points_text} {span}; {number}% is the relative change: "
                f"write '{number}%' for it",
            )
        ]
    moved = points_text
    if not relative:  # the change as recorded, to the figure's own places
        moved = recorded_change(subject, new, old, stated.decimals) or points_text
    if relative and old:
        moved = _relative_text(subject, new, old)
        if percentage:
            moved += f" ({points_text})"
    return [Verdict(says, f"the data has {moved} {span}")]


# how a share's finding begins where no pair of the quarter's figures gives it (read by the
# benefit of the doubt, doubt.py, which then tries the sentence's own part and whole)
NO_PAIR = "no two figures"


def _any_share(subject: Subject, claim: Claim) -> bool:
    assert claim.stated is not None
    values = [v for s in range(len(subject.values)) if (v := value_at(subject, s, claim.period))]
    return any(matches(claim.stated, a / b * 100) for a in values for b in values if b)


def _check_share_to_date(
    subject: Subject, claim: Claim, whole_series: tuple[int, ...]
) -> list[Verdict]:
    """A share of the year to date: the part's sum over the financial year's quarters to
    the claim's, over the whole's."""
    assert claim.stated is not None
    part = to_date(subject, claim.series[0], claim.period)
    wholes = [to_date(subject, s, claim.period) for s in whole_series]
    if part is None or None in wholes:
        return []
    whole = sum(w for w in wholes if w is not None)
    if (shown := _per_cent_of(claim.stated, part, whole)) is None:
        return []
    first = Quarter(claim.period.year, 1)
    span = claim.period.long if claim.period == first else f"{first.long} to {claim.period.long}"
    return [
        Verdict(
            f"says {claim.stated.quote} of, for the year to date",
            f"the data has {shown}% ({subject.shown(part)} of {subject.shown(whole)}, {span})",
        )
    ]


def _per_cent_of(stated: Stated, part: float | None, whole: float | None) -> str | None:
    """The per cent `part` is of `whole`, as shown, where the editor's `stated` per cent is
    not it; None where it is, or where either figure is missing."""
    if part is None or not whole or matches(stated, part / whole * 100):
        return None
    return _per_cent_shown(part, whole)


def _per_cent_shown(part: float, whole: float) -> str:
    """The per cent `part` is of `whole`, to whole numbers ('86')."""
    return format_number(round_half_up(part / whole * 100, 0), 0)


def _check_share_of_target(subject: Subject, claim: Claim, goal: float) -> list[Verdict]:
    """A figure as a per cent of its target, in the claim's quarter."""
    assert claim.stated is not None
    value = value_at(subject, claim.series[0], claim.period)
    if value is None or (shown := _per_cent_of(claim.stated, value, goal)) is None:
        return []
    return [
        Verdict(
            f"says {claim.stated.quote} of the target",
            f"the data has {shown}% ({subject.shown(value)} against a target of "
            f"{subject.shown(goal)} in {claim.period.long})",
        )
    ]


def check_share(subject: Subject, claim: Claim) -> list[Verdict]:
    """'x% of' on a count: the share the clause's series is of the series named after
    'of' (or of the quarter's series added up); where the clause names no one series, the
    share one of the quarter's figures is of another."""
    assert claim.stated is not None
    if claim.base is not None:  # '97% of their level in Quarter 1 2023/24'
        now = value_at(subject, claim.series[0], claim.period)
        then = value_at(subject, claim.series[0], claim.base)
        if now is None or then is None or (shown := _per_cent_of(claim.stated, now, then)) is None:
            return []
        return [
            Verdict(
                f"says {claim.stated.quote} of {claim.base.long}'s figure",
                f"the data has {shown}% ({subject.shown(now)} in {claim.period.long}, "
                f"{subject.shown(then)} in {claim.base.long})",
            )
        ]
    if claim.goal is not None and claim.target_word == "target":
        return _check_share_of_target(subject, claim, claim.goal)
    if claim.goal is not None and claim.target_word == "of":
        # the part the data's, the whole as the sentence states it
        part = value_at(subject, claim.series[0], claim.period)
        if part is None or (shown := _per_cent_of(claim.stated, part, claim.goal)) is None:
            return []
        return [
            Verdict(
                f"says {claim.stated.quote} of",
                f"the data has {shown}% ({subject.shown(part)} of "
                f"{subject.shown(claim.goal)} in {claim.period.long})",
            )
        ]
    if claim.direction == TO_DATE and claim.of:
        return _check_share_to_date(subject, claim, claim.of)
    if claim.of is not None and len(claim.series) == 1:
        part = value_at(subject, claim.series[0], claim.period)
        every = claim.of or range(len(subject.values))
        wholes = [value_at(subject, s, claim.period) for s in every]
        whole = sum(w for w in wholes if w is not None)
        if part is not None and None not in wholes and whole:
            ratio = part / whole * 100
            if matches(claim.stated, ratio):
                return []
            if not claim.of and _any_share(subject, claim):
                return []  # of them all, or 'of applications': of another series
            shown = _per_cent_shown(part, whole)
            if not claim.of:  # no whole named: of another series, or of them all
                others = [
                    (w, _per_cent_shown(part, w))
                    for s, w in enumerate(wholes)
                    if s != claim.series[0] and w and len(wholes) == 2
                ]
                # '2,455 is 86% of 2,870': its share of the other series, where one is
                each = "".join(
                    f"; {subject.shown(part)} is {ratio}% of {subject.shown(w)}"
                    for w, ratio in others
                )
                return [
                    Verdict(
                        f"says {claim.stated.quote} of",
                        f"{NO_PAIR} of {claim.period.long} give that share, nor "
                        f"{subject.shown(part)} of them all added up ({shown}%){each}",
                    )
                ]
            return [
                Verdict(
                    f"says {claim.stated.quote} of",
                    f"the data has {shown}% ({subject.shown(part)} of {subject.shown(whole)} in "
                    f"{claim.period.long})",
                )
            ]
    values = [v for s in range(len(subject.values)) if (v := value_at(subject, s, claim.period))]
    previous = [
        v for s in range(len(subject.values)) if (v := value_at(subject, s, claim.period.shift(-1)))
    ]
    ratios = [a / b * 100 for a in values for b in values + previous if b]
    ratios += [a / sum(values) * 100 for a in values]  # a part of them all added up
    if not ratios or any(matches(claim.stated, r) for r in ratios):
        return []
    return [
        Verdict(
            f"says {claim.stated.quote} of",
            f"{NO_PAIR} of {claim.period.long} give that share",
        )
    ]


def check_percent(subject: Subject, claim: Claim) -> list[Verdict]:
    """A per cent on a count with no word saying what of: any change between two charted
    quarters, or any share of one figure in another, will do."""
    assert claim.stated is not None
    values = [v for series in subject.values for v in series.values()]
    values += [x for b in subject.facts.bands if b for x in (b.target, b.threshold)]
    for s in claim.series:
        new = value_at(subject, s, claim.period)
        if new is None:
            continue
        for old in subject.values[s].values():
            if old and matches(claim.stated, (new - old) / old * 100):
                return []
    if any(b and matches(claim.stated, a / b * 100) for a in values for b in values):
        return []
    quarter = [v for s in range(len(subject.values)) if (v := value_at(subject, s, claim.period))]
    if len(quarter) > 1 and any(matches(claim.stated, a / sum(quarter) * 100) for a in quarter):
        return []  # 'around 70% (12,650 people)': a part of the quarter's series added up
    return [
        Verdict(
            f"says {claim.stated.quote}",
            "no change between charted quarters and no share of one figure in another is that",
        )
    ]
