"""Where the figure stands, in words: against its target ('above the 80% target', 'on
target', 'within target', 'below the floor') and against the quarters before it ('the
highest to date', 'the lowest on record', 'the highest since Quarter 1 2022/23'). How a
clause's are read, and the two rules that check them (docs/formats.md, part 3)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from generator.content.facts import Band
from generator.core.periods import Quarter
from generator.editors.claims.base import Claim, Verdict
from generator.editors.claims.binding import GOAL_WORDS, subject_other
from generator.editors.claims.figures import matches
from generator.editors.claims.movements import DOWN, UP, run_in
from generator.editors.claims.numbers import fully_named
from generator.editors.claims.periods import SEASON, PeriodRef, month_number, month_quarter
from generator.editors.claims.ranges import range_scope
from generator.editors.claims.reading import MONTH, Clause
from generator.editors.claims.subject import (
    Subject,
    series_name,
    shown_value,
    value_at,
    wanted_direction,
)
from generator.read.patterns import regex

# a goal: the target's words; 'profile' (a target profiled through the year, of a measure
# that adds up through it); 'level' or 'mark' after the figure that sets it ('at or above the
# 95% level')
_GOAL = r"(?P<goal>" + GOAL_WORDS + r"|profile|(?<=[\d%]\s)(?:level|mark)(?!\s+of\b))s?"
_AGAINST = regex(
    r"\b(?P<word>(?:at|on)\s+or\s+(?:above|below)|above|over|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|below|"
    r"under|beneath|clear(?:s|ed|ing)?|"
    r"(?:(?:fell|falls?|falling|came|comes?|coming)\s+(?:just\s+)?)?short\s+of|on|"
    r"within|inside|outside|off|met|meets?|meeting|missed|miss(?:es|ing)?|behind|ahead\s+of|"
    r"reach(?:es|ed|ing)?|achiev(?:es|ed|ing)|hit(?:s|ting)?|attain(?:s|ed|ing)?)\s+"
    r"(?:the\s+|its\s+|their\s+|this\s+year's\s+|that\s+|this\s+|our\s+)?"
    r"(?:(?:profiled|annual|stretch|local|higher|lower|new|revised|raised|tougher|current|"
    r"agreed|year-end|interim)\s+)?(?:£?(?P<n1>\d[\d,]*(?:\.\d+)?(?::[0-5]\d){0,2})"
    r"(?:\s?%|\s+per\s+cent)?"  # 'within the 2.0 per cent target'
    r"(?:[-\s](?:day|week|minute|hour)s?)?\s+)?"
    + _GOAL
    + r"(?:\s+(?:of|at)\s+£?(?P<n2>\d[\d,]*(?:\.\d+)?(?::[0-5]\d){0,2})\s?%?)?",
    re.I,
)
_NOT = regex(
    r"\b(?:not|no\s+longer|never|n't|expect(?:s|ed|ing)?|likely|forecast|projected|should|"
    r"will|would|to\s+be|"
    r"could|may|might|(?:aims?|hopes?|plans?|set|due|on\s+track)\s+to|nearly|almost|"
    r"close\s+to)\s+(?:\w+\s+){0,2}$",
    re.I,
)
# what someone expects or means the figure to do, not what it did: 'the team expects the
# figure to settle back within the 5% target', 'plans for the rate to return above target'
_INTENT = regex(
    r"\b(?:expect|anticipat|forecast|predict|aim|hope|plan|intend)\w*\b[^.;]*?\bto\s+[a-z]+\b"
    # a state that is not (yet) the case: 'We are £3,400 away from bringing arrears under',
    # 'would take it above', 'needs to fall below'
    r"|\b(?:would|could|might|unless)\b|\baway\s+from\b|\bneed(?:s|ed)?\s+to\b",
    re.I,
)
# the word the editor puts before it, quoted with it: 'has met the target', 'sits above the
# target', 'remained short of', 'comfortably within'
_LEAD = regex(
    r"\b(?:has|have|had|is|are|was|were|remains?|remained|stays?|stayed|sits?|sat|stands?|"
    # 'have now exceeded': with the adverb after it
    # 'crept just below': a word of degree alone
    r"stood|[a-z]+ly|just|well|far)(?:\s+(?:now|already|still|again|also|finally|at\s+last))?\s+$"
    # 'has now dropped below the floor': the movement that crossed it, quoted with it
    r"|\b(?:dropped|fallen|fell|slipped|dipped|risen|rose|climbed|moved|gone|went|come|came|"
    r"crept|edged)\s+$",
    re.I,
)
_EVERY = regex(r"\b(?:every|each|all|quarters|both)\b", re.I)
_RUN_LEAD = regex(
    r"\b(?:has|have|had|is|are|was|were)(?:\s+(?:now|been|also|still|consistently))*"
    r"\s+[a-z]+ed\s+$",
    re.I,
)
# 'within the target 80% of the time': how often it was, not where the quarter stands
_HOW_OFTEN = regex(r"\s*\d[\d,.]*\s*(?:%|per\s*cent)\s+of\s+(?:the\s+time|cases|occasions)\b", re.I)
# 'the service has now hit its target': who does the work, standing for the measure
_SERVICE_HITS = regex(
    r"\b(?:we|service|team|council|department)\s+(?:(?:has|have|had|now|also|again|finally)\s+)*$",
    re.I,
)
_ENDED_LEAD = regex(r"\W*(?:after|following)\b[^,;]*[,;]", re.I)
# 'after', 'following' before a target's words: what came before, not the clause's own run
_AFTER_RUN = regex(r"\b(?:after|following|before|until)\b", re.I)


# 'The 85% target was exceeded in Quarter 2': the target as the subject of a passive verb
_PASSIVE = regex(
    r"\b(?:the\s+|its\s+)?(?:£?(?P<n1>\d[\d,]*(?:\.\d+)?(?::[0-5]\d){0,2})\s?%?"
    r"(?:[-\s](?:day|week|minute|hour)s?)?\s+)?"
    + _GOAL
    # 'the 85% target has now been reached'
    + r"\s+(?:was|were|is|(?:has|have)(?:\s+(?:now|already|finally|also))?\s+been)\s+"
    r"(?:(?:comfortably|narrowly|easily|just)\s+)?(?P<word>exceeded|met|missed|achieved|reached|beaten)\b",
    re.I,
)


def standing_in(
    text: str,
    clause: Clause,
    series: tuple[int, ...],
    period: Quarter,
    subject: Subject,
    refs: Sequence[PeriodRef],
) -> list[Claim]:
    """The clause's words against its target, as claims."""
    if not subject.facts.indicator.is_kpi():
        return []
    claims = []
    end = clause.start + len(clause.text)
    # 'After a dip in June, ...': the quarters of a lead telling what came before, not this
    # clause's
    ended = _ENDED_LEAD.match(text)
    if ended is not None and ended.end() <= clause.start:
        refs = [r for r in refs if r.start >= ended.end()]
    for found in _AGAINST.finditer(text, clause.start, end):
        before = text[clause.start : found.start()]
        if _NOT.search(before) or _INTENT.search(before):
            continue
        if (
            found.group("word").lower().startswith(("hit", "attain"))
            and not _SERVICE_HITS.search(before)
            and subject_other(
                subject.vocabulary, clause.text, found.start() - clause.start, clause.start == 0
            )
        ):
            continue  # 'Storm Bert hit the 90% target': another subject's blow, no standing
        if _HOW_OFTEN.match(text, found.end(), end):
            continue  # 'let within the target 80% of the time': how often, not this quarter's
        if found.group("goal").lower() == "profile" and not subject.facts.indicator.cumulative:
            continue  # 'the age profile': a profiled target only of a measure that adds up
        if found.group("goal").lower() in ("level", "mark") and _side(
            found.group("word").lower()
        ) not in ("above", "below", "above or at", "below or at"):
            continue  # 'reached the 95% level': the measure's own figure, not a bound
        first: Quarter | None = None
        last = period
        # 'has met the 92% target for the third consecutive quarter', 'ahead of profile for
        # four quarters running': a run of quarters on that side of it, to the clause's
        run = run_in(text[found.end() : end])
        if run is not None and (
            regex(r"[\s,]*(?:for\s+(?:an?\s+)?)?").fullmatch(
                text, found.end(), found.end() + run[2]
            )
            is None
            or _AFTER_RUN.search(text, clause.start, found.start())
            or regex(r"\bor\s+$").search(before)
            # a run dated by words of its own ('for the third consecutive quarter in 2023/24')
            or regex(r"\s+(?:in|during|of|over|to|since|up\s+to)\b", re.I).match(
                text, found.end() + run[2] + len(run[1])
            )
        ):
            # the run's words not straight after the target's, an ended run, one of two
            # sides ('met or exceeded the 95% target for the fifth consecutive quarter') or a
            # run of another time
            run = None
        if run is not None:
            if any(r.quarter != period for r in refs):
                continue
            # 'have been processed inside the 18-day target for two consecutive quarters':
            # quoted from the verb, a participle with it
            lead = _RUN_LEAD.search(before) or _LEAD.search(before)
            claims.append(
                Claim(
                    "against target",
                    (lead.group(0) if lead else "")
                    + text[found.start() : found.end() + run[2] + len(run[1])],
                    series,
                    period,
                    direction=regex(r"\s+").sub(" ", found.group("word").lower()),
                    target_word=_goal_word(found),
                    at=found.start(),
                    goal=_written_goal(found),
                    run=run[0],
                )
            )
            continue
        if _EVERY.search(text, found.end(), end) or _EVERY.search(
            text, clause.start, found.start()
        ):
            scope = range_scope(text, refs, subject.latest)
            if scope is None or scope[0] is None:
                continue  # 'above target in Quarters 1 and 2': not read here
            first, last = scope  # 'above target in every quarter of 2024/25'
        elif any(r.quarter != period for r in refs):
            continue  # a sentence about several quarters: which one is not said
        written = found.group("n1") or found.group("n2")
        if written and regex(r"\bat\s+\S+$").search(found.group(0)) and not found.group("n1"):
            written = None  # 'within target at 4%': the measure's figure, not the target
        word = regex(r"\s+").sub(" ", found.group("word").lower())
        goal = _goal_word(found)
        lead = _LEAD.search(before)
        claims.append(
            Claim(
                "against target",
                (lead.group(0) if lead else "") + found.group(0),
                series,
                last,
                base=first,
                direction=word,
                target_word=goal,
                at=found.start(),
                goal=None if written is None else _goal_value(written),
            )
        )
    for found in _BETWEEN_GOALS.finditer(text, clause.start, end):
        # 'between the 80% floor and the 90% target': above the lower, below the higher
        if _NOT.search(text[clause.start : found.start()]) or any(
            r.quarter != period for r in refs
        ):
            continue
        goals = sorted(
            ((_goal_value(found.group(n)), found.group(g).lower()) for n, g in _GOAL_PAIRS),
        )
        for (value, word), side in zip(goals, ("above", "below"), strict=True):
            claims.append(
                Claim(
                    "against target",
                    found.group(0),
                    series,
                    period,
                    direction=side,
                    target_word="target" if word == "target" else word.split()[-1],
                    at=found.start(),
                    goal=value,
                )
            )
    for found in _PASSIVE.finditer(text, clause.start, end):
        if _NOT.search(text[clause.start : found.start()]) or any(
            r.quarter != period for r in refs
        ):
            continue
        word = found.group("word").lower()
        claims.append(
            Claim(
                "against target",
                found.group("word"),
                series,
                period,
                # 'The 18-day target has been beaten': done better than, whichever way
                # better is ('exceeded' is above it)
                direction={"achieved": "met", "reached": "met", "beaten": "beat"}.get(word, word),
                target_word=found.group("goal").lower(),
                at=found.start("word"),
                goal=None if found.group("n1") is None else _goal_value(found.group("n1")),
            )
        )
    return claims


# 'between the 80% floor and the 90% target': a figure above one and below the other
_N_GOAL = (
    r"£?(?P<{n}>\d[\d,]*(?:\.\d+)?)\s?%?(?:[-\s](?:day|week|minute|hour)s?)?\s+"
    r"(?P<{g}>target|floor|threshold)"
)
_BETWEEN_GOALS = regex(
    r"\bbetween\s+(?:the\s+|its\s+)?"
    + _N_GOAL.format(n="n1", g="g1")
    + r"\s+and\s+(?:the\s+|its\s+)?"
    + _N_GOAL.format(n="n2", g="g2"),
    re.I,
)
_GOAL_PAIRS = (("n1", "g1"), ("n2", "g2"))


def _goal_word(found: re.Match[str]) -> str:
    """The goal's word as the claim names it: 'profile' is the target profiled to the
    quarter."""
    word = regex(r"\s+").sub(" ", found.group("goal").lower())
    return "target" if word == "profile" else word


def _written_goal(found: re.Match[str]) -> float | None:
    """The target as a target phrase writes it ('the 92% target', 'a target of 92%'), None
    where it writes none ('within target at 4%': the measure's figure)."""
    written = found.group("n1") or found.group("n2")
    if written and regex(r"\bat\s+\S+$").search(found.group(0)) and not found.group("n1"):
        return None
    return None if written is None else _goal_value(written)


def _goal_value(written: str) -> float:
    """A target as written: '85', '1,200', or on the clock ('3:00', in seconds, as the
    figures of a minutes-and-seconds indicator are)."""
    if ":" in written:
        seconds = 0
        for part in written.split(":"):
            seconds = seconds * 60 + int(part)
        return float(seconds)
    return float(written.replace(",", ""))


def _side(word: str) -> str:
    if word.endswith(("or above", "or below")):
        return word.split()[-1] + " or at"  # 'at or above the 95% level'
    if word.startswith(("reach", "achiev", "clear", "hit", "attain")):
        return "met"  # 'has now reached the 30% target', 'has cleared the floor'
    if word in ("above", "over") or word.startswith(("exceed", "surpass")):
        return "above"
    if word in ("below", "under", "beneath") or word.endswith("short of"):
        return "below"
    if word in (
        "on",
        "within",
        "inside",
        "met",
        "meet",
        "meets",
        "meeting",
        "beat",
        "beats",
        "beating",
    ) or (word == "ahead of"):
        return "met"
    return "missed"  # outside, off, missed, behind


def _goal_of(claim: Claim, band: Band) -> float:
    """The target (or floor) a claim is judged by in a quarter of `band`: the target as the
    claim writes it where it does (the target rule checks that), else the band's."""
    if claim.goal is not None:
        return claim.goal
    return band.target if claim.target_word == "target" else band.threshold


def _target_holds(subject: Subject, claim: Claim, s: int, q: Quarter) -> bool | None:
    """Whether the claim's side of its target holds in quarter `q` (None: no figure or
    no target to judge by)."""
    facts = subject.facts
    band = facts.band_at(q)
    value = value_at(subject, s, q)
    if band is None or value is None:
        return None
    goal = _goal_of(claim, band)
    higher = facts.indicator.polarity == "higher"
    side = _side(claim.direction or "")
    shown, aim = shown_value(subject, value), shown_value(subject, goal)
    met = shown >= aim if higher else shown <= aim
    holds = {  # 'above' as shown or as recorded (75.3% is above a 75% floor)
        "above": shown > aim or value > goal,
        "below": shown < aim or value < goal,
        "met": met,
        "missed": not met,
        "above or at": shown >= aim or value >= goal,
        "below or at": shown <= aim or value <= goal,
    }
    if claim.gap and claim.stated is not None:  # '5 points below the 30% target'
        # the gap as shown or as recorded ('9.7 points short of the 85% target' for
        # 75.3%, shown as 75%)
        holds[side] = holds[side] and (
            matches(claim.stated, abs(shown - aim)) or matches(claim.stated, abs(value - goal))
        )
    return holds[side]


def check_against_target(subject: Subject, claim: Claim) -> list[Verdict]:
    """'above the target', 'on target', 'below the floor' against the figure and the target
    (or floor) in force for its quarter, with the indicator's polarity for 'on' and
    'within' (met: at or on the better side of it); over a run of quarters ('in every
    quarter of 2024/25'), in each of them; over a run counted ('for the third consecutive
    quarter': exactly that many quarters to the claim's, 'for four quarters running': at
    least that many), as check_run counts a movement's."""
    facts = subject.facts
    if claim.run is not None and claim.series:
        return _target_run(subject, claim, claim.series[0])
    first = claim.base or claim.period
    quarters = [q for q in facts.window if first <= q <= claim.period]
    wrong: Quarter | None = None
    for s in claim.series[:1]:
        for q in quarters:
            if _target_holds(subject, claim, s, q) is False:
                wrong = q
    if wrong is None:
        return []
    return _target_verdict(subject, claim, wrong)


def _target_verdict(subject: Subject, claim: Claim, q: Quarter) -> list[Verdict]:
    band = subject.facts.band_at(q)
    value = value_at(subject, claim.series[0], q)
    if band is None or value is None:
        return []
    goal = _goal_of(claim, band)
    return [
        Verdict(
            f"says '{claim.quote}' for {q.long}{series_name(subject, claim.series)}",
            f"the data has {subject.shown(value)} against a {claim.target_word} of "
            f"{subject.shown(goal)}",
        )
    ]


def _target_run(subject: Subject, claim: Claim, s: int) -> list[Verdict]:
    """A run of quarters on the claimed side of the target, counted back from the
    claim's quarter, against the run the sentence counts; left alone where the run
    reaches a quarter with no figure or target (how long it ran is not known)."""
    assert claim.run is not None
    wanted, at_least = abs(claim.run), claim.run < 0
    length = 0
    while True:
        holds = _target_holds(subject, claim, s, claim.period.shift(-length))
        if holds is None:
            return []  # no figure or target to judge the quarter by
        if not holds:
            break
        length += 1
    if length == 0:
        return _target_verdict(subject, claim, claim.period)
    if length == wanted or (at_least and length > wanted):
        return []
    began = claim.period.shift(-(length - 1))
    start = value_at(subject, s, began)
    return [
        Verdict(
            f"says '{claim.quote}' to {claim.period.long}{series_name(subject, claim.series)}",
            f"the run began at {subject.shown(start or 0)} in {began.long}: {length} quarter"
            + ("s" if length != 1 else ""),
        )
    ]


_FROM = regex(r"\b(?:from|since|than|below|above|off)\s+(?:the\s+|its\s+|their\s+)?$", re.I)
# since a record began: 'since records began', 'since recording began', 'since the survey
# began', 'since monitoring started'; with 'we': 'since we began reporting'
_BEGAN = (
    r"(?:records|recording|reporting|monitoring|measurement|measuring|counting|collection|"
    r"data\s+collection|the\s+(?:survey|series|data|measure|indicator|service)(?:\s+[a-z]+)?)"
    r"\s+(?:first\s+)?(?:began|begun|started|start|began\s+to\s+be\s+kept)"
    r"|we\s+(?:first\s+)?(?:began|started)\s+(?:reporting|recording|counting|measuring|"
    r"collecting|monitoring)"
)
_QUARTER_NAME = (
    r"(?:Quarter\s+[1-4]|Q[1-4])(?:,?\s+(?:of\s+)?(?:19|20)\d\d\s*[/–-]\s*\d\d(?:\d\d)?)?\b"
)
_RECORD = regex(
    r"(?:\bthe\s+)?\b(?P<word>highest|lowest|largest|smallest|most|fewest|peak|record\s+high|record\s+low|"
    r"best|worst|weakest|strongest|shortest|longest)"
    # 'the lowest repair rate since', 'the highest number of households in temporary
    # accommodation since we began reporting': the measure's words between
    r"(?:\s+(?!since\b|to\b|on\b|ever\b|yet\b|and\b|but\b|while\b|than\b|was\b|were\b|"
    r"is\b|are\b|has\b|have\b)[a-z]+){0,7}?"
    r"(?:\s+in\s+any\s+(?:single\s+)?quarter)?\s+"
    r"(?P<scope>to\s+date|so\s+far|on\s+record|ever(?:\s+recorded)?|"
    # 'the highest figure recorded for this indicator': the highest on record
    r"recorded(?:\s+for\s+(?:this|the)\s+(?:indicator|measure|series))?(?=\s*[,.;]|\s*$)|"
    # 'the highest yet recorded', 'the lowest yet'
    r"yet(?:\s+(?:recorded|seen|reported|achieved))?(?![a-z])|"
    # 'the highest in the six quarters shown': the quarters charted, this one among them
    r"in\s+the\s+(?:last\s+|past\s+)?(?P<shown>two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"quarters\s+(?:shown|charted)|"
    # 'the lowest figure in two years', 'the highest in six quarters': the quarters of that
    # span, this one among them
    r"in\s+(?:the\s+(?:last|past)\s+|over\s+)?(?P<span>two|three|four|five|six|seven|eight|nine|"
    r"ten|\d+)\s+(?P<unit>years|quarters)(?=\s*(?:[,.;]|$))|"
    # 'the most the council has recorded', 'the highest we have recorded', 'the highest this
    # indicator has recorded', 'the shortest the contact centre has recorded'
    # (not a time's: 'the highest this year has seen' is of the year's quarters)
    r"(?:(?:the|this|our)\s+(?!(?:year|quarter|month|period|decade|financial|spring|summer|"
    r"autumn|winter)\b)[a-z]+(?:\s+[a-z]+)?|we)\s+(?:has|have)\s+(?:ever\s+)?"
    r"(?:recorded|reported|seen)"
    # 'the lowest we have reported since Quarter 1 2023-24'
    r"(?:\s+since\s+(?P<since3>[^,.;]{3,40}))?|"
    # 'the lowest in the period charted', 'the highest in the series': every quarter charted
    r"in\s+the\s+(?:(?:period|quarters|series)\s+(?:charted|shown)|(?:whole\s+|data\s+)?series\b)|"
    # 'since the survey began in April 2024', '... began in Quarter 1': when the record began
    rf"since\s+(?:{_BEGAN})(?:\s+in\s+(?:{MONTH}(?:\s+(?:19|20)\d\d)?|{_QUARTER_NAME}))?|"
    # 'the highest recorded since the start of 2023/24': the quarters of that year on
    r"(?:recorded\s+)?since\s+the\s+(?:start|beginning)\s+of\s+(?P<fy>(?:19|20)\d\d)\s*/\s*\d\d|"
    r"since\s+(?:records\s+began|(?P<since>[^,.;]{3,40})))"
    # 'at a record high of £719': the highest on record
    r"|\ba\s+(?P<alone>record\s+high|record\s+low)\b"
    # 'an all-time high', 'a new series low', 'a peak for the series': the record itself
    r"|\ban?\s+(?:new\s+)?(?P<alone2>all[-\s]time\s+(?:high|low)|series\s+(?:high|low|peak))\b"
    r"|\ba\s+(?:new\s+)?(?P<peak>peak|high|low)\s+for\s+the\s+(?:whole\s+)?"
    r"(?:series|measure|indicator)\b"
    # 'at a record level', 'reached a record £719', 'a record for the measure': a record
    # that does not say high or low, checked as either
    r"|\ba\s+(?P<either>record)(?:\s+(?:level|figure|total)\b|"
    # the figure it is of, where no other things' noun follows ('a record £719 in Quarter 2',
    # not 'a record 3,200 tonnes of garden waste')
    r"\s+£?\d[\d,]*(?:\.\d+)?%?(?![\d,.]*\d)(?=\s*(?:[,.;)]|$)|\s+(?:in|during|for|at|this|per)\b)|"
    r"\s+for\s+(?:the|this)\s+(?:measure|indicator|series)\b)"
    # 'has never been higher on our records': the highest on record
    r"|\b(?:has|have|had)\s+never\s+been\s+(?P<never>higher|lower|longer|shorter)"
    r"(?:\s+(?:on\s+(?:our\s+|the\s+)?records?|before|since\s+records\s+began)\b|(?=\s*[.;]))"
    # 'customers have never reported higher satisfaction than the 83.1% recorded now',
    # 'has never been higher than the 83.1% of this quarter': than this quarter's figure
    r"|\b(?:has|have|had)\s+never\s+(?:been|reported|recorded|seen|given|had)\s+(?:an?\s+)?"
    r"(?P<never2>higher|lower|longer|shorter|more|fewer)(?:\s+(?!than\b)[a-z]+){0,3}"
    r"(?=\s+than\s+(?:the\s+|this\s+|its\s+)?(?:£?\d[\d,.]*%?(?:\s+[a-z]+)?\s+(?:recorded\s+)?"
    r"(?:now|this\s+quarter|in\s+(?:this|the\s+latest)\s+quarter)\b|quarter['’]s\b))"
    # 'higher than at any time since Quarter 1 2022/23', 'fuller than at any time since'
    r"|\b(?P<than>higher|lower|more|fewer|greater|larger|smaller|longer|shorter|fuller|busier|"
    r"dearer|cheaper)"
    r"\s+than\s+(?:at\s+|in\s+)?any\s+(?:other\s+)?(?:time|point|quarter)"
    rf"(?:\s+since\s+(?:{_BEGAN}|(?P<since2>[^,.;]{{3,40}}))|\s+(?:before|to\s+date|on\s+record)|"
    # 'higher than at any point in the series', 'than in any quarter shown': every quarter shown
    r"\s+in\s+the\s+(?:whole\s+|data\s+)?series|\s+(?:charted|shown))?"
    rf"(?=\s*(?:[,.;]|$|\s+(?:with|and|as|in)\b))"
    # 'No quarter since records began has seen a higher average weekly cost': the highest
    r"|\bno\s+(?:other\s+|earlier\s+|previous\s+)?(?:quarter|period|time)\s+"
    r"(?:(?:charted|shown)\s+)?"
    rf"(?:since\s+(?:{_BEGAN})\s+|on\s+record\s+|to\s+date\s+)?"
    r"(?:has|had|have)\s+(?:ever\s+)?(?:seen|had|recorded|shown|brought)\s+(?:an?\s+)?"
    r"(?P<no>higher|lower|more|fewer|greater|larger|smaller|longer|shorter|dearer|cheaper)\b"
    # with the things it compares, up to 'than' ('a dearer average weekly package than')
    r"(?:(?:\s+(?!than\b)[A-Za-z'-]+){1,7}(?=\s+than\b))?",
    re.I,
)
# 'have climbed to a level not seen since Quarter 1 of 2022/23': a record since that
# quarter, high or low as the clause's movement goes
_NOT_SEEN = regex(
    r"\b(?:an?\s+|the\s+)?(?:level|figure|rate|number|total|point|high|low)s?\s+"
    r"(?:not|never|last)\s+(?:seen|reached|matched|bettered|exceeded)\s+"
    r"(?:at\s+any\s+(?:point|time)\s+)?since\s+(?P<since>[^,.;]{3,40})"
    # 'have not been this high since Quarter 4 2023/24', 'at its weakest since Quarter 3'
    r"|\b(?:(?:has|have|had)\s+)?(?P<neg>not|never)\s+been\s+(?:this|as|so)\s+(?:high|low)\s+since\s+"
    r"(?P<since4>[^,.;]{3,40})"
    r"|\bat\s+its\s+(?:weakest|strongest)\s+since\s+"
    r"(?P<since5>[^,.;]{3,40})"
    # 'Not since Quarter 3 of 2023/24 has the proportion ... been as low as this': the
    # quarter first, the verb and 'as low' after
    r"|\bnot\s+since\s+(?P<since6>[^,.;]{3,40}?)\s+(?:has|have|had)\s+[^,.;]{0,100}?\bbeen\s+"
    r"(?:as|so|this)\s+(?:high|low)\b"
    # 'Not since Quarter 1 of 2022/23 have so many people been placed', 'Not since ... were
    # so few': the count itself, high or low
    r"|\bnot\s+since\s+(?P<since7>[^,.;]{3,40}?)\s+(?:has|have|had|did|was|were)\s+"
    r"(?:(?:the|there|we|it|they)\s+(?:been\s+)?)?(?:as|so|this)\s+(?P<count>many|much|few|little)\b"
    # quoted with what was counted, to the words that set it against this quarter's
    r"(?:\s+(?!(?:as|than|in|on|at|for|during|this|since|over)\b)[A-Za-z'’-]+){0,5}",
    re.I,
)
# a month that opens a quarter, with its year ('since April 2023'): the record is of every
# quarter from that one on (a month ending a quarter names that quarter; one inside a
# quarter says neither, and is left alone)
_QUARTER_OPENED = regex(
    r"(?:the\s+(?:start|beginning)\s+of\s+)?(?P<month>April|July|October|January)\s+"
    r"(?P<year>(?:19|20)\d\d)",
    re.I,
)
# 'the highest since April 2023': a record since a month, which dates the record, no figure
RECORD_SINCE_MONTH = regex(
    r"\b(?:highest|lowest|largest|smallest|most|fewest|best|worst|longest|shortest|peak|"
    r"higher|lower|more|fewer|greater|longer|shorter)\b[^,.;]{0,60}?\b(?P<since>since\s+"
    r"(?:the\s+(?:start|beginning)\s+of\s+)?(?:April|July|October|January)\s+(?:19|20)\d\d)\b",
    re.I,
)
# 'Since this survey started in Quarter 1, ...': when the record began, no figure's quarter
_BEGAN_LEAD = regex(
    r"\bsince\s+(?:this|the|our)\s+(?:survey|series|measure|indicator)\s+(?:first\s+)?"
    r"(?:began|started)\s+in\s+" + _QUARTER_NAME,
    re.I,
)
# 'since the survey began in April 2024': the month dates when the record began, no figure
BEGAN_IN_MONTH = regex(rf"\bsince\s+(?:{_BEGAN})\s+in\s+{MONTH}(?:\s+(?:19|20)\d\d)?", re.I)
# a season, one quarter of the year or this year, between a superlative and 'recorded'
# ('the highest autumn figure recorded', 'the lowest Quarter 3 total recorded'); not
# 'quarterly', every quarter's
_SEASONED = regex(
    rf"\b(?:{SEASON}|(?:first|second|third|fourth|final)[\s-]quarter|"
    r"Quarter\s+[1-4]|Q[1-4]|this\s+year)\b",
    re.I,
)
# a record's scope narrowed to a year after it: 'so far this year', 'in the year to date'
_OF_THE_YEAR = regex(
    r"\s*(?:so\s+far\s+|to\s+date\s+|yet\s+)?(?:this|in\s+the|in\s+this|during\s+the|for\s+the|of\s+the)"
    r"\s+(?:financial\s+|calendar\s+)?year\b",
    re.I,
)
_CLIMBED = regex(rf"\b(?:{UP})\b", re.I)
# the verb that carries 'a record', quoted with it: 'reached a record £719'
_REACHED = regex(r"\b(?:reached|reaches|hit|hits|set|sets)\s+$", re.I)
_FELL = regex(rf"\b(?:{DOWN})\b", re.I)


_SHOWN = {
    w: i + 2
    for i, w in enumerate("two three four five six seven eight nine ten".split())  # noqa: SIM905
}
# a comparative read as the record it makes ('never been higher': the highest)
# the word a peak is told by, as the record's word ('an all-time high', 'a series low')
_PEAK_OF = {"high": "record high", "peak": "record high", "low": "record low"}
_RECORD_OF = {
    "fuller": "highest",
    "busier": "highest",
    "higher": "highest",
    "lower": "lowest",
    "more": "most",
    "fewer": "fewest",
    "greater": "largest",
    "larger": "largest",
    "smaller": "smallest",
    "longer": "longest",
    "shorter": "shortest",
    "dearer": "highest",
    "cheaper": "lowest",
    "weakest": "worst",
    "strongest": "best",
}


def _record_period(
    text: str, at: int, period: Quarter, refs: Sequence[PeriodRef]
) -> Quarter | None:
    """The quarter a record is said of: the clause's, or the quarter a figure just before
    it is dated to ('after reaching 23,870 in Quarter 1, the highest on record'); None
    where the sentence names another quarter the record may be of."""
    right_before = [r for r in refs if regex(r"[\s,]*").fullmatch(text, r.end, at)]
    if right_before and right_before[-1].offset is None:
        period = right_before[-1].quarter
    return None if any(r.quarter != period for r in refs) else period


# 'the second highest', 'the third-lowest': a rank, with its record word after it
_RANKED = regex(
    r"\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)[\s-]+(?:(?:most|least)\s+)?$", re.I
)


def records_in(
    text: str,
    clause: Clause,
    series: tuple[int, ...],
    period: Quarter,
    refs: Sequence[PeriodRef],
    latest: Quarter,
) -> list[Claim]:
    """'the highest to date', 'the lowest since Quarter 4 2022/23', 'higher than at any
    time since', 'a level not seen since', 'no quarter since records began has seen a
    higher', as claims."""
    claims = []
    end = clause.start + len(clause.text)
    found_any = [
        *_RECORD.finditer(text, clause.start, end),
        *_NOT_SEEN.finditer(text, clause.start, end),
    ]
    # 'Since this survey started in Quarter 1, ...': the quarter a record began, in a lead
    begun = list(_BEGAN_LEAD.finditer(text))
    # one record told once: a match inside another's words ('weakest since' in 'at its
    # weakest since') is the other's
    found_any = [
        f
        for f in found_any
        if not any(
            o is not f and o.start() <= f.start() and f.end() <= o.end() and o.span() != f.span()
            for o in found_any
        )
    ]
    for found in found_any:
        if _NOT.search(text[clause.start : found.start()]) or _FROM.search(text[: found.start()]):
            continue
        if _OF_THE_YEAR.match(text, found.end()):
            continue  # 'the lowest rate recorded so far this year': of the year's quarters
        word_at = found.start("word") if "word" in found.re.groupindex else -1
        if _RANKED.search(text, clause.start, word_at if word_at >= 0 else found.start()):
            continue  # 'the second highest on record': a rank below the record, not read
        scope = found.groupdict().get("scope")
        if (
            scope
            and scope.lower().startswith("recorded")
            and _SEASONED.search(text, found.start("word"), found.start("scope"))
        ):
            continue  # 'the highest autumn figure recorded': of autumns, not of every quarter
        inside = [r for r in refs if found.start() <= r.start < found.end()]
        began = [r for r in refs if any(b.start() <= r.start < b.end() for b in begun)]
        others = [r for r in refs if r not in inside and r not in began and r.quarter != period]
        said_of = period
        if others or period != latest:
            found_period = _record_period(
                text, found.start(), period, [r for r in refs if r not in inside + began]
            )
            if found_period is None:
                continue  # 'the 5,573 of Quarter 1 were the highest to date': another quarter's
            said_of = found_period
        groups = found.groupdict()
        base = None
        since = next(
            (
                g
                for g in ("since", "since2", "since3", "since4", "since5", "since6", "since7")
                if groups.get(g)
            ),
            None,
        )
        if since is not None:
            named = [r for r in inside if found.start(since) <= r.start < found.end(since)]
            opened = _QUARTER_OPENED.fullmatch(found.group(since).strip())
            if not named and opened is not None:
                # 'the highest since April 2023': every quarter after the one that month
                # opens, as 'since Quarter 1 2023/24' is (whether that quarter is counted
                # is not said: left out); 'since the start of April 2023': from it on
                month = month_number(opened.group("month"))
                assert month is not None  # one of the four months that open a quarter
                base = month_quarter(month, int(opened.group("year")), latest)
                if opened.group(0).lower().startswith("the"):
                    base = base.shift(-1)
            elif not named or named[0].offset is not None:
                continue  # 'since the pandemic', 'since the year before': not a quarter here
            else:
                base = named[0].quarter
        if groups.get("fy"):
            base = Quarter(int(groups["fy"]) - 1, 4)  # every quarter of that year on
        if base is None and began and began[0].offset is None:
            base = began[0].quarter.shift(-1)  # since the record began: that quarter on
        if groups.get("span"):  # 'in two years': that many quarters, this one among them
            span = groups["span"].lower()
            many = _SHOWN.get(span) or int(span)
            base = said_of.shift(-many * (4 if groups["unit"].lower() == "years" else 1))
        if groups.get("shown"):  # the quarters shown: this one and those before it
            shown = groups["shown"].lower()
            base = said_of.shift(-(_SHOWN.get(shown) or int(shown)))
        either = False  # high or low, whichever holds
        if found.re is _NOT_SEEN:
            before = text[clause.start : found.start()]
            up, down = bool(_CLIMBED.search(before)), bool(_FELL.search(before))
            kind = found.group(0).lower()
            # 'at its weakest since', 'not bettered since' carry their own direction; 'not
            # reached', 'not exceeded' take it from the clause as 'not seen' does, else from
            # the sentence's movement before ('fell to £503,400, a level not reached since':
            # the lowest since); where nothing before moves, 'not exceeded' is a high and 'not
            # reached' either, whichever holds ('At £503,400 arrears are at a level not
            # reached since Quarter 4 2023/24' is the lowest since)
            said = regex(r"\b(?:weakest|strongest|bettered)\b").search(kind)
            if not (up or down) and regex(r"\b(?:reached|exceeded)\b").search(kind):
                earlier = text[: found.start()]
                up, down = bool(_CLIMBED.search(earlier)), bool(_FELL.search(earlier))
                either = not (up or down) and "exceeded" not in kind
                up = up or not down
            if said is not None:
                word = {"bettered": "best", "weakest": "worst", "strongest": "best"}[said.group(0)]
            elif groups.get("count"):  # 'so many', 'so few'
                word = "highest" if groups["count"].lower() in ("many", "much") else "lowest"
            elif "high" in kind.split() or (up and not down):
                word = "highest"
            elif "low" in kind.split() or (down and not up):
                word = "lowest"
            else:
                continue  # 'a level not seen since': high or low, the clause does not say
        else:
            word = (
                groups.get("word")
                or groups.get("never")
                or groups.get("never2")
                or groups.get("than")
                or groups.get("alone")
                or _PEAK_OF.get(_last_word(groups.get("alone2") or groups.get("peak")))
                or groups.get("no")
                or groups.get("either")
                or ""
            ).lower()
        word = _RECORD_OF.get(word, word)
        high = word in ("highest", "largest", "most", "peak", "record high", "longest")
        judged = {"best": "better", "worst": "worse"}.get(word)  # by the measure's polarity
        quote = found.group(0).strip()
        reached = _REACHED.search(text, clause.start, found.start())
        if groups.get("either") and reached is not None:
            quote = text[reached.start() : found.end()].strip()  # 'reached a record £719'
        subject_words = regex(r"\s*(?:[A-Za-z'-]+\s+){1,3}").fullmatch(
            text, clause.start, found.start()
        )
        if groups.get("never2") and subject_words is not None:
            # 'customers have never reported higher satisfaction': who reported, with it
            quote = text[clause.start : found.end()].strip()
        claims.append(
            Claim(
                "highest or lowest",
                quote,
                series,
                said_of,
                base=base,
                direction="either"
                if either or word == "record"
                else judged or ("up" if high else "down"),
                # 'have not been this high since': read from its 'not', the verb its subject's
                at=found.start("neg") if groups.get("neg") else found.start(),
            )
        )
    return claims


def _last_word(words: str | None) -> str:
    """The last of some words, in lower case ('' for none): 'all-time high' is 'high'."""
    return regex(r"[\s-]+").split(words.lower())[-1] if words else ""


def check_record(subject: Subject, claim: Claim) -> list[Verdict]:
    """'the highest to date', 'on record': above every charted quarter before; 'since X':
    above every quarter after X (and lowest the same way)."""
    if claim.direction == "either":  # 'a level not reached since': a high or a low
        as_high = check_record(subject, replace(claim, direction="up"))
        low_fails = check_record(subject, replace(claim, direction="down"))
        return as_high if as_high and low_fails else []
    raw = wanted_direction(claim.direction or "up", subject.facts.indicator.polarity)
    if raw is None:
        return []  # 'the best on record' of a measure with no better direction
    high = raw == "up"
    found: tuple[int, Quarter, float] | None = None
    for s in claim.series:
        now = value_at(subject, s, claim.period)
        if now is None:
            return []
        earlier = [
            (q, v)
            for q, v in subject.values[s].items()
            if q < claim.period and (claim.base is None or q > claim.base)
        ]
        shown_now = shown_value(subject, now)
        beaten = [
            (q, v)
            for q, v in earlier
            if (
                shown_value(subject, v) > shown_now if high else shown_value(subject, v) < shown_now
            )
        ]
        if not beaten:
            return []
        q, v = max(beaten, key=lambda p: p[1]) if high else min(beaten, key=lambda p: p[1])
        found = found or (s, q, v)
    if found is None:
        return []
    s, q, v = found
    name = series_name(subject, claim.series)
    return [
        Verdict(
            f"says '{claim.quote}' of {subject.shown(value_at(subject, s, claim.period) or 0)} "
            f"in {claim.period.long}{name}",
            f"{q.long} had {subject.shown(v)}",
        )
    ]


_MORE_THAN = regex(
    r"\b(?P<word>more|fewer|less|higher|lower)\s+(?P<a>[^,;:#\d]{3,60}?)\s+than\s+"
    r"(?P<b>[^,;:#\d]{3,60}?)(?=\s+(?:in|during|for|at|on)\b|[.,;:]|$)",
    re.I,
)


def comparisons_in(
    text: str, masked: str, clause: Clause, period: Quarter, subject: Subject
) -> list[Claim]:
    """'More applications were completed than received': one series against another in
    the clause's quarter, where each side names one series and no figure is written."""
    end = clause.start + len(clause.text)
    found = _MORE_THAN.search(masked, clause.start, end)
    if found is None or regex(r"\d").search(masked[clause.start : end]):
        return []
    a = fully_named(subject, found.group("a"))
    b = fully_named(subject, found.group("b"))
    if len(a) != 1 or len(b) != 1 or a == b:
        return []
    word = found.group("word").lower()
    return [
        Claim(
            "comparison",
            text[found.start() : found.end()],
            (a[0], b[0]),
            period,
            direction="up" if word in ("more", "higher") else "down",
            at=found.start(),
        )
    ]


def check_comparison(subject: Subject, claim: Claim) -> list[Verdict]:
    """One series more (or fewer) than another in the quarter, as shown."""
    first, second = claim.series
    a, b = value_at(subject, first, claim.period), value_at(subject, second, claim.period)
    if a is None or b is None:
        return []
    shown_a, shown_b = shown_value(subject, a), shown_value(subject, b)
    if (shown_a > shown_b) if claim.direction == "up" else (shown_a < shown_b):
        return []
    labels = [subject.facts.series[s].series.label for s in claim.series]
    return [
        Verdict(
            f"says '{claim.quote}' for {claim.period.long}",
            f"the data has {subject.shown(a)} ({labels[0]}) and {subject.shown(b)} ({labels[1]})",
        )
    ]
