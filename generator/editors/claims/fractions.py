"""Fractions in words ('two thirds of', 'more than half') and multiples ('doubled'): how a
clause's are read, and the two rules that check them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.core.periods import Quarter
from generator.core.rules import format_value
from generator.editors.claims.base import Claim, Verdict
from generator.editors.claims.binding import names_comparator
from generator.editors.claims.figures import (
    FRACTIONS,
    HEDGE,
    HEDGES,
    MULTIPLE_TOLERANCE,
    MULTIPLES,
    NUMBER,
    Stated,
    matches,
    stated_of,
)
from generator.editors.claims.movements import first_movement
from generator.editors.claims.numbers import (
    QUARTER_NAMED,
    check_share,
    fully_named,
)
from generator.editors.claims.periods import PeriodRef, find_periods, resolve
from generator.editors.claims.reading import SHARE_CLAUSE, Clause
from generator.editors.claims.subject import (
    STOP,
    Subject,
    parts_of_one_whole,
    series_name,
    stem,
    stems_of,
    value_at,
    whole_named,
    whole_words,
    word_stems,
)
from generator.read.patterns import regex

_COUNTS = {
    w: i + 1
    for i, w in enumerate("one two three four five six seven eight nine ten".split())  # noqa: SIM905
} | {"twenty": 20}
_IN = "|".join(_COUNTS) + r"|[1-9]\d?"  # 'nine in ten', '1 in 10'
# every fraction of a whole in words with a denominator to ten ('a sixth', 'three eighths',
# 'seven tenths'), beside the common ones every reading knows (FRACTIONS)
_ORDINALS = {"fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}


def _fractions_in_words() -> dict[str, float]:
    """'a sixth' 16.7, 'an eighth' 12.5, 'four fifths' 80, 'seven tenths' 70."""
    words = {n: w for w, n in _COUNTS.items()}
    found: dict[str, float] = {}
    for ordinal, whole in _ORDINALS.items():
        for article in ("a", "an", "one"):
            found[f"{article} {ordinal}"] = 100 / whole
        for part in range(2, whole):
            found[f"{words[part]} {ordinal}s"] = part / whole * 100
    return found


_OF_A_WHOLE = _fractions_in_words() | FRACTIONS
_FRACTION = regex(
    rf"(?<!first )(?<!second )(?<!the )\b(?:(?P<hedge>{HEDGE})\s+)?(?P<fraction>"
    + "|".join(sorted(_OF_A_WHOLE, key=len, reverse=True))
    # ('four tenths of a percentage point': a part of one unit, not of a whole)
    + r")\b(?!\s+of\s+an?\s)(?=\s+(?:of|the|all|are|were|is|was)\b|\s*(?:[.;]|$))"
    + rf"|\b(?:(?P<hedge2>{HEDGE})\s+)?(?P<counted>(?:{_IN})\s+in\s+"
    + rf"(?:{_IN}))\b(?=\s+(?:of|the|all|(?:[\w-]+\s+){{0,2}}(?:\w+s|people))\b)"
    # 'by 77 in two years': a span of time, not a count in a whole
    + r"(?!\s+(?:years|quarters|months|weeks|days)\b)"
    # 'about one case in five', 'one household in four': the thing counted between
    # ('one concluded enquiry in every six': with a word that qualifies the thing)
    + rf"|\b(?:(?P<hedge3>{HEDGE})\s+)?(?P<counted2>(?:{_IN})\s+(?:(?!(?:{_IN})\b)[a-z]+\s+)?"
    # ('two enquiries in three': any noun, read only where it is the measure's)
    # (not a span of time: '28 days in 94% of cases')
    + r"(?!(?:days?|weeks?|months?|years?|quarters?|hours?|minutes?)\b)"
    + r"(?P<noun>[a-z]+)\s+in\s+(?:every\s+)?"
    + rf"(?:{_IN}))\b(?![.,]?\d|\s*%|\s*per\s*cent)"
    # 'and remained in one in ten.': the things of the clause, the count closing it
    + rf"|(?<=\bin\s)(?:(?P<hedge4>{HEDGE})\s+)?(?P<counted3>(?:{_IN})\s+in\s+(?:every\s+)?"
    + rf"(?:{_IN}))\b(?=\s*(?:[.;:)]|$))",
    re.IGNORECASE,
)


_VERB = r"(?=(?:were|was|are|is|had|have|has|ended|made|received|live|lived|got|used|came|saw)\b)"
_WHOLE = regex(r"\s+of\s+(?:the\s+|all\s+|these\s+|those\s+)?(?:[\w'-]+\s+){0,4}?" + _VERB, re.I)
# 'one in four enquiries came by phone': the whole named straight after the fraction
_WHOLE_AFTER = regex(r"\s+(?:[\w'-]+\s+){1,3}?" + _VERB, re.I)


# the whole after a fraction whose part came first: 'of all highway enquiries in the
# quarter', 'one in ten enquiries'
_WHOLE_TAIL = regex(r"\s+(?:of\s+)?(?:the\s+|all\s+|these\s+|those\s+)?[^,;:()]+", re.I)
# 'a tenth of a point', 'a third of a day', 'a quarter of an hour': a fraction of one unit is
# an amount (a gap, a change), not a share of a whole, which is always of many things
_OF_ONE = regex(r"\s+of\s+(?:a|an|one)\s+(?:percentage\s+)?[a-z]+\b(?<!s)", re.I)


# a clause that opens with the verb of a part whose subject an earlier clause named
_PART_VERB_AHEAD = regex(
    r"^\W*(?:(?:and|but|now|still|only|also|yet|so)\s+)*(?:accounts?\s+for|accounted\s+for|"
    r"(?:make|makes|made)\s+up|represents?|represented|forms?|formed|comprises?|comprised)\s+"
    r"(?:(?:only|just|still|now)\s+)*$",
    re.I,
)


_AT_AHEAD = regex(r"^\W*at\s+$", re.I)
# a clause that opens with a share's verb in -ing after the clause that names its part:
# 'Email remains a busy route, accounting for one in ten enquiries received'
_PART_PARTICIPLE_AHEAD = regex(
    r"^\W*(?:accounting\s+for|making\s+up|representing|forming|comprising|constituting)\s+"
    r"(?:(?:only|just|still|now)\s+)*$",
    re.I,
)
_OF_AFTER = regex(r"\s+of\s+", re.I)
# where the words of a whole end: a stop, or a period's or another clause's words
_WHOLE_END = regex(
    r"[,.;:()]|\s(?:(?:in|during|for|at)\s+(?:Q(?:uarter)?\s*[1-4#]|the\s+quarter|this|that|last)|"
    r"this|last|over|since|and|but|while)\b",
    re.I,
)


_THE_REST = regex(
    r"\b(?:not|no|n't|without|rest|remaining|remainder|other|others|otherwise|neither)\b", re.I
)


# what a part is set against is not the part: 'in the community rather than in care'
_CONTRAST = regex(r"\b(?:rather\s+than|instead\s+of|as\s+opposed\s+to|compared\s+with)\b", re.I)


# 'Of the 17,145 people in long-term services in Quarter 2, roughly a quarter were ...':
# the whole opens the sentence
_OF_LEAD = regex(r"\W*of\s+(?:the\s+|all\s+|those\s+|these\s+)?(?:[^,;:]|,(?=\d))+,\s", re.I)


def _names_them_all(subject: Subject, phrase: str) -> bool:
    """'of people in long-term services', '1 in 10 enquiries': the whole is named in the
    title's words and in none of one series' own: every series added up."""
    indicator = subject.facts.indicator
    words = stems_of(phrase)
    title = word_stems(f"{indicator.title} {indicator.short_title}")
    own = set().union(*subject.keywords) - whole_words(subject)
    return bool(words & title) and not words & own


def _every_series(subject: Subject, part: int) -> tuple[int, ...]:
    """The series a whole in the title's words stands for, beside the part `part`: every
    series added up where they are parts of one whole; where they are stages of the same
    things (requests received, then completed), the other of two ('nine in ten requests
    were completed': of those received), else () (not said)."""
    if parts_of_one_whole(subject):
        return tuple(range(len(subject.values)))
    return (1 - part,) if len(subject.values) == 2 else ()


# 'in the first half of the year', 'over the first nine months': another span than a quarter
_OTHER_PART_OF_YEAR = regex(
    r"\b(?:in|over|during|across)\s+the\s+(?:first|opening|second|last)\s+(?:half|two\s+quarters|"
    r"three\s+quarters|six\s+months|nine\s+months)\b",
    re.I,
)
_WHOLE_NOUN = regex(
    r"\s+(?:of\s+)?(?:the\s+|all\s+|these\s+|those\s+|our\s+)?(?P<noun>[A-Za-z'-]+)"
)


# the part a share names, after its whole, by what its things are for or from: 'Half of the
# major applications were for housing'
_OF_A_KIND = regex(r"\s*(?:were|was|are|is)\s+(?:for|from|about)\s+", re.I)


# the things a count in words is of, where the measure's words do not name them: 'about one
# case in five', 'one household in four'
_THINGS = frozenset(
    "case person household resident family call caller enquiry application visit contact "  # noqa: SIM905
    "adult child tenant".split()
)
# 'of the total', 'of the quarter's total', 'of the whole': the whole as a sum, with what
# follows it
_TOTAL = regex(
    r"\s*(?:of\s+)?(?:the|our|their|its)\s+(?:(?:overall|combined|quarter['’]s|grand)\s+)?"
    r"(?:total|whole)\b(?P<rest>.*)",
    re.I | re.S,
)


def _the_total(subject: Subject, phrase: str) -> bool | None:
    """'of the total', 'of the total of highway enquiries': the sum of every series (True);
    'of the total cost', 'of the total handled by the contact centre': a total of other
    things, or of some of them (False); None where the phrase names no total."""
    found = _TOTAL.match(phrase)
    if found is None:
        return None
    rest = found.group("rest")
    cut = _WHOLE_END.search(rest)
    said = stems_of(rest[: cut.start()] if cut else rest)
    return not said - subject.vocabulary


# a preposition that picks some of the things out, and its words: 'on A roads', 'from rural
# parishes', 'in Ashford'
_PICKED_OUT = regex(
    r"\b(?:on|from|in|involving|among|amongst|outside)\s+"
    r"(?P<words>(?:(?!(?:on|from|in|at|for|with|within|involving|among|amongst|near|outside|"
    r"were|was|are|is|came|come|had|have|has)\b)[A-Za-z0-9'’-]+\s*)+)",
    re.I,
)
# where the words that name a share's things end: a verb, or what _WHOLE_END ends
_THINGS_END = regex(r"\s(?:were|was|are|is|came|come|comes|had|have|has)\b", re.I)


def _some_of_them(subject: Subject, phrase: str) -> bool:
    """'of the potholes reported on A roads', 'enquiries from rural parishes': the things
    of a share picked out by words none of the measure's (to a verb, a period's words or a
    stop): some of the measure's things, whose share the data does not hold."""
    cut = _WHOLE_END.search(phrase, 1)
    phrase = phrase[: cut.start()] if cut else phrase
    for found in _PICKED_OUT.finditer(phrase):
        words = stems_of(found.group("words"))
        if words and not words & subject.vocabulary:
            return True
    return False


def _other_whole(subject: Subject, after: str) -> bool:
    """'A quarter of the budget goes on ...', 'One in four councils nationally ...': the
    noun straight after a fraction, its whole, is none of the measure's words."""
    found = _WHOLE_NOUN.match(after)
    if found is None:
        return False
    noun = found.group("noun").lower()
    return noun not in STOP and stem(noun) not in subject.vocabulary


# a share's verb, or a share's noun and its verb, just before a fraction closing its clause:
# 'residential and nursing placements made up almost a third.', 'The telephone's share of
# enquiries has shrunk to a fifth.'
_SHARE_BEFORE = regex(
    r"\b(?:(?:accounts?|accounted|accounting)\s+for|(?:make|makes|made|making)\s+up|"
    r"represents?|represented|representing|comprises?|comprised|comprising|share\b[^,;:.]*?\b(?:to|at|is|was|of))\s+"
    rf"(?:(?:only|just|still|now|{HEDGE})\s+)*$",
    re.I,
)
_IN_BEFORE = regex(r"\bin\s+$", re.I)
_SHARE_OF = regex(r"\bshare\s+of\s+[^,;:.]+", re.I)
# 'with the rest in community services', 'the remainder supported in the community'
_THE_REMAINDER = regex(r"\b(?:the\s+)?(?:rest|remainder)\b", re.I)
_SET_ASIDE = regex(r"\(\s*(\d[\d,]*)\s*\)")
# a figure set aside, or a quarter named, between a fraction and its part: no other figure
# (a figure or another fraction between: the part may be theirs)
_ASIDE = regex(r"\([\d,.\s]*\)|" + QUARTER_NAMED, re.I)


# what people said, felt or would prefer: not what they did ('said they would prefer email')
_SAID = regex(
    r"\b(?:said|say|says|told|felt|feel|feels|think|thinks|thought|believe[sd]?|"
    r"would|prefer(?:s|red)?|wish(?:es|ed)?|want(?:s|ed)?)\b",
    re.I,
)


# a word denied: 'not merely reduced', 'not just reduced', 'rather than reduced'
_DENIED = regex(
    r"\b(?:not|never|rather\s+than|instead\s+of)\s+(?:(?:merely|just|only|simply|even)\s+)?$",
    re.I,
)


def _only_denied(subject: Subject, clause: str, series: int) -> bool:
    """Whether the clause names the series only in words it denies ('eliminated, not merely
    reduced'): the clause's part is then something else."""
    found = [m for k in subject.keywords[series] for m in _stem_at(clause, k)]
    return bool(found) and all(_DENIED.search(clause, 0, m.start()) for m in found)


def _part_later(
    subject: Subject, text: str, at: int, period: Quarter
) -> tuple[int, tuple[int, ...]] | None:
    """The one series the share's own clause names after a fraction at `at` (to a
    semicolon, a full stop or a conjunction), and its whole: every series where the words
    before it name the whole in the title's words, the series whose figure they set aside
    ('of the carers' assessments due (1,610)'), else () (not said); where the words say
    'the rest' of one series, the other of two. None where no one series is named, or a
    figure stands between that is no series's."""
    end = SHARE_CLAUSE.search(text, at)
    span = text[at : end.start() if end else len(text)]
    pieces = regex(r",\s+").split(span)
    rest = [i for i, p in enumerate(pieces) if _THE_REMAINDER.search(p)]
    if rest:
        # the words from 'the rest' on, to the sentence's end ('with the rest spread across
        # residential and community services' names both: no part)
        tail = ", ".join(pieces[rest[0] :]) + text[end.start() if end else len(text) :]
        words = stems_of(regex(r"[.;]").split(tail, maxsplit=1)[0]) - whole_words(subject)
        named = [s for s, own_words in enumerate(subject.keywords) if own_words & words]
        before = fully_named(subject, ", ".join(pieces[: rest[0]]))
        if len(subject.values) != 2 or len(named) != 1 or before:
            return None
        every = _names_them_all(subject, ", ".join(pieces[: rest[0]]))
        return 1 - named[0], _every_series(subject, 1 - named[0]) if every else ()
    named = fully_named(subject, span)
    if len(named) != 1:
        return None
    first = min(
        (m.start() for k in subject.keywords[named[0]] for m in _stem_at(span, k)),
        default=len(span),
    )
    between = span[:first]
    unmarked = _ASIDE.sub(" ", between)
    if regex(r"\d").search(unmarked) or _FRACTION.search(unmarked):  # another figure's part
        return None
    if _SAID.search(between):
        return None  # 'One in five people said they would prefer email': not what they did
    aside = _SET_ASIDE.search(between)
    said = float(aside.group(1).replace(",", "")) if aside is not None else None
    if said is not None and value_at(subject, named[0], period) != said:
        # the whole's figure set aside (not the part's own: '(5,310) are placed in ...')
        values = [value_at(subject, s, period) for s in range(len(subject.values))]
        one = [s for s, v in enumerate(values) if v is not None and v == said]
        if len(one) == 1:
            return named[0], (one[0],)
        if not one and None not in values and sum(v for v in values if v is not None) == said:
            return named[0], tuple(range(len(values)))
        return None  # a figure set aside that is no whole the data holds
    every = _names_them_all(subject, between)
    return named[0], _every_series(subject, named[0]) if every else ()


def _whole_of_participle(subject: Subject, after: str, part: int) -> bool:
    """Whether the words after a fraction ('of enquiries received', 'enquiries', 'of
    telephone calls') name the measure's whole in the title's words alone, or one series
    other than the part."""
    found = _OF_AFTER.match(after)
    words = after[found.end() :] if found else " " + after
    cut = _WHOLE_END.search(words)
    words = words[: cut.start()] if cut else words
    named = whole_named(subject, words)
    indicator = subject.facts.indicator
    title = stems_of(f"{indicator.title} {indicator.short_title}")
    said = stems_of(words)
    own = set().union(*subject.keywords) - whole_words(subject)
    every = bool(said) and said <= title and not said & own
    return every or (
        len(named) == 1 and named != [part] and said <= set().union(*subject.keywords) | title
    )


def _stem_at(text: str, own: str) -> list[re.Match[str]]:
    """Where the words with stem `own` stand in `text`."""
    return [m for m in regex(r"[A-Za-z]{3,}").finditer(text) if stem(m.group(0)) == own]


def _per_cent(words: str) -> float:
    """'two thirds' as 66.7; 'nine in ten' as 90."""
    found = _OF_A_WHOLE.get(words)
    if found is not None:
        return found
    part, whole = (
        _COUNTS.get(w.split()[0]) or int(w.split()[0])
        for w in regex(r"\s+in\s+(?:every\s+)?").split(words)
    )
    return part / whole * 100


# the hedge before a multiple ('nearly doubled', 'more than twice the Quarter 2 figure')
_MULTIPLE_HEDGE = (
    r"\b(?:(?P<hedge>nearly|almost|more\s+than|over|around|about|roughly|just\s+over)\s+)?"
)
_MULTIPLE = regex(
    _MULTIPLE_HEDGE + r"(?P<word>" + "|".join(MULTIPLES) + r")\b",
    re.I,
)


# two things named together ahead of a fraction: 'Telephone and email together', 'calls and
# emails between them', 'X and Y combined': the share of their sum, not of one part
_PARTS_TOGETHER = regex(
    r"\b[A-Za-z-]+(?:\s+[A-Za-z-]+)?\s+(?:and|plus|&)\s+[A-Za-z-]+(?:\s+[A-Za-z-]+)?,?\s+"
    r"(?:together|between\s+them|combined|taken\s+together)\b",
    re.I,
)


def fractions_in(
    text: str,
    clause: Clause,
    series: tuple[int, ...],
    period: Quarter,
    subject: Subject | None = None,
) -> list[Claim]:
    """The fractions in words of a clause, each read as a hedged per cent."""
    claims = []
    for fraction in _FRACTION.finditer(text, clause.start, clause.start + len(clause.text)):
        counted = (
            fraction.group("counted") or fraction.group("counted2") or fraction.group("counted3")
        )
        noun = fraction.group("noun")
        if (
            noun is not None
            and noun.lower() not in _THINGS
            and (subject is None or stem(noun) not in subject.vocabulary)
        ):
            continue  # 'one year in three': a count of things the measure does not count
        words = regex(r"\s+").sub(" ", (fraction.group("fraction") or counted).lower())
        hedge = (
            fraction.group("hedge")
            or fraction.group("hedge2")
            or fraction.group("hedge3")
            or fraction.group("hedge4")
            or ""
        ).lower() or None
        if hedge is not None and HEDGES[hedge] == "around":
            hedge = None  # 'around a third': a fraction is within its own margin anyway
        stated = Stated(fraction.group(0), _per_cent(words), 1, 0, hedge or "fraction", True, False)
        if subject is not None and names_comparator(
            subject.vocabulary, text[clause.start : fraction.start()]
        ):
            continue  # 'England saw the risk remain in one in ten': a comparator's share
        if _OTHER_PART_OF_YEAR.search(text, clause.start, clause.start + len(clause.text)):
            continue  # '... was recycled in the first half of the year': not the quarter's
        # 'Two thirds of <the whole> were <the part>': the part is named after the whole
        after = text[fraction.end() : clause.start + len(clause.text)]
        if _OF_ONE.match(after):
            continue  # 'a tenth of a point ahead of profile': an amount, not a share
        share_of = _SHARE_OF.search(text, clause.start, fraction.start())
        if (
            fraction.group("fraction")
            and not after.strip(" .;")
            and not _IN_BEFORE.search(text, clause.start, fraction.start())  # 'remained in'
            and not (
                _SHARE_BEFORE.search(text, clause.start, fraction.start())
                and (share_of or _OF_LEAD.match(text))
            )
        ):
            # a fraction closing its clause is a share only after a share's verb, of a
            # whole named ('Of the people in ..., X made up almost a third', 'X's share of
            # enquiries has shrunk to a fifth'): not 'Staff time on email made up a fifth'
            continue
        whole_words = _WHOLE.match(after) or (_WHOLE_AFTER.match(after) if counted else None)
        lead = _OF_LEAD.match(text)
        if lead is not None and lead.end() > fraction.start():
            lead = None
        if whole_words is None and lead is None and regex(r"\s+(?:are|were|is|was)\b").match(after):
            continue  # 'half are expected to': a fraction of what is not said
        part = after[whole_words.end() :] if whole_words else after
        part = _CONTRAST.split(part, maxsplit=1)[0]  # '... rather than in residential care'
        things = _THINGS_END.search(after)
        if (
            subject is not None
            and things is not None
            and _some_of_them(subject, after[: things.start()])
        ):
            continue  # 'six in ten of the potholes reported on A roads': some of them
        if whole_words is None and lead is not None:
            whole_words = lead  # 'Of those in long-term services, three quarters are ...'
        own = fully_named(subject, part) if subject is not None else []
        if own and subject is not None and len(subject.values) > 1 and _SAID.search(part):
            continue  # 'One in five people said they would prefer email': not what they did
        ahead = text[clause.start : fraction.start()]
        together = _PARTS_TOGETHER.search(text, 0, fraction.start())
        if together is not None and together.end() > clause.start:
            continue  # 'Telephone and email together account for a third': parts summed
        if subject is not None and len(fully_named(subject, ahead)) == 1:
            own = fully_named(subject, ahead)  # 'Online reports made up a third of all ...'
            tail = _WHOLE_TAIL.match(after)
            if whole_words is not None and tail is not None:
                named_tail = whole_named(subject, tail.group(0))
                if len(named_tail) == 1 and named_tail != own:
                    # 'Completions were three quarters of the applications received': the
                    # part came first, and the whole runs on past a participle that names it
                    whole_words = tail
            if whole_words is None:
                # 'Telephone calls account for a fifth of all highway enquiries', 'Email
                # accounts for one in ten enquiries': the part named first, then the whole
                # ('The telephone's share of enquiries has shrunk to a fifth': named before)
                whole_words = _WHOLE_TAIL.match(after) or share_of
        elif (
            subject is not None
            and not own
            and len(series) == 1
            and len(subject.values) > 1
            and _PART_PARTICIPLE_AHEAD.match(ahead)
            and text[: clause.start].rstrip().endswith(",")
            and len(fully_named(subject, text[: clause.start])) == 1
            and not names_comparator(subject.vocabulary, text[: clause.start + len(clause.text)])
            and _whole_of_participle(subject, after, series[0])
        ):
            # 'Email remains a busy route, accounting for one in ten enquiries received': a
            # participle whose subject is the series named before, of the measure's whole
            # (the title's words) or of one other series
            own, whole_words = [series[0]], _WHOLE_TAIL.match(after)
        elif (
            subject is not None
            and not own
            and whole_words is None
            and len(series) == 1
            and len(subject.values) > 1
            and (
                _PART_VERB_AHEAD.match(ahead)
                or (not ahead.strip() and text[: clause.start].rstrip().endswith(":"))
                # 'Calls ... remain a big channel for us, at a third of everything ...': in
                # apposition to the sentence's subject, the one series named before
                or (
                    _AT_AHEAD.match(ahead)
                    and text[: clause.start].rstrip().endswith(",")
                    and len(fully_named(subject, text[: clause.start])) == 1
                    and not regex(r"\d").search(text, 0, clause.start)
                    and not names_comparator(subject.vocabulary, text[: clause.start])
                    # of a whole in the title's words: not 'at a third of the rate of last
                    # year', 'at half the pace'
                    and _names_them_all(subject, after)
                )
            )
        ):
            # 'Telephone calls, though still falling, account for only a fifth of all
            # highway enquiries', 'Community services: around two thirds of the long term
            # caseload': the part named by the clause before, the whole after
            own, whole_words = [series[0]], _WHOLE_TAIL.match(after)
        said_part = own if own else series
        if (
            subject is not None
            and len(said_part) == 1
            and len(subject.values) > 1
            and _only_denied(subject, text[: clause.start + len(clause.text)], said_part[0])
        ):
            continue  # 'The risk was eliminated, not merely reduced, in nearly a third'
        whole: tuple[int, ...] | None = None
        ahead_named = subject is not None and bool(fully_named(subject, ahead))
        if (
            subject is not None
            and not own
            and not ahead_named
            and whole_words is None  # 'half of emails were answered': the whole, no part
            and len(subject.values) > 1
        ):
            # 'Around one in ten people raising a highway issue ... chose to do so by email',
            # 'A quarter of people receiving long term support (5,310) are placed in
            # Residential or Nursing services': the part named later in the share's own
            # clause, past the reader's cuts; 'with the rest in community services': the
            # part is the other of two
            later = _part_later(subject, text, fraction.end(), period)
            if later is not None:
                own, whole_words = [later[0]], None
                series = (later[0],)
                if subject.unit != "percent":
                    whole = later[1]
        if subject is not None and subject.unit != "percent" and len(subject.values) == 1:
            continue  # 'half of the voids ...' beside a count or days: no parts to read it by
        if (
            subject is not None
            and subject.unit == "percent"
            and not stems_of(text[clause.start : clause.start + len(clause.text)])
            & subject.vocabulary
        ):
            continue  # '9 in 10 callers got through first time': not what the measure counts
        kind = _OF_A_KIND.match(part)
        if (
            subject is not None
            and subject.unit == "percent"
            and kind is not None
            and not stems_of(part[kind.end() :]) & subject.vocabulary
        ):
            continue  # 'Half of the major applications were for housing': a kind among them
        if subject is not None and subject.unit != "percent" and len(own) == 1 and whole is None:
            series, whole = (own[0],), ()
            # 'nine in ten reported potholes were repaired': the whole is one series
            named = whole_named(subject, whole_words.group(0)) if whole_words else []
            total = _the_total(subject, whole_words.group(0)) if whole_words else None
            if total is False:
                continue  # 'a third of the total cost': a total of other things
            if total:
                whole = _every_series(subject, own[0])  # 'two thirds of the total'
            elif noun is not None and whole_words is None and _names_them_all(subject, noun):
                # 'one enquiry in three still arrives by telephone': of the things counted
                whole = _every_series(subject, own[0])
            elif len(named) == 1 and named != own:
                whole = (named[0],)  # 'two thirds of enquiries were made online'
            elif whole_words and _names_them_all(subject, whole_words.group(0)):
                # 'of people in long-term services'; 'nine in ten potholes': of those reported
                whole = _every_series(subject, own[0])
            elif whole_words is None and _other_whole(subject, after):
                continue  # 'A quarter of the budget goes on ...': a whole of other things
        elif len(own) > 1:
            series = tuple(own)
        if (
            subject is not None
            and subject.unit != "percent"
            and not whole
            and fraction.group("fraction")
            and words not in FRACTIONS
        ):
            # 'about four fifths of the applications received were completed': a rarer
            # fraction in words is checked only as a part of a whole the sentence binds
            continue
        # 'half did not', 'the rest': a share of the other outcomes (on a stacked chart
        # of shares, a figure's complement); not where the clause names its part outright
        rest = not own or bool(
            _THE_REST.search(text, clause.start, clause.start + len(clause.text))
        )
        claims.append(
            Claim(
                "fraction",
                fraction.group(0),
                series,
                period,
                stated=stated,
                at=fraction.start(),
                of=whole,
                negated=rest,
            )
        )
    return claims


# a share's figure alone: 'about a quarter', 'one in ten', 'over 30%'
_SHARE_FIGURE = (
    rf"(?:(?:{HEDGE})\s+)?(?:\d+(?:\.\d+)?\s?%|"
    + "|".join(sorted(FRACTIONS, key=len, reverse=True))
    + rf"|(?:{_IN})\s+in\s+(?:every\s+)?(?:{_IN}))"
)
# a clause that gaps the verb and whole of the share before it: 'and one in ten by email',
# 'and telephone calls a quarter', 'and emails for 7%': its part, its figure, and no verb
_GAPPED_FIGURE_FIRST = regex(
    rf"^\W*(?:and\s+|with\s+)?(?P<figure>{_SHARE_FIGURE})\s+(?:by|in|through|via|from|as|"
    r"were|was|are|is)?\s*(?P<part>[A-Za-z'’ -]+?)\W*$",
    re.I,
)
_GAPPED_PART_FIRST = regex(
    rf"^\W*(?:and\s+|with\s+)?(?P<part>[A-Za-z'’ -]+?)\s+(?:for\s+|at\s+)?"
    rf"(?P<figure>{_SHARE_FIGURE})\W*$",
    re.I,
)
_AND_FIRST = regex(r"^\W*and\b", re.I)
_AND_BEFORE = regex(r"\band\W*$", re.I)


def gapped_share(
    text: str, clause: Clause, earlier: Sequence[Claim], subject: Subject
) -> Claim | None:
    """'About a quarter of enquiries came by telephone and one in ten by email', 'Online
    reports made up 66% of highway enquiries, and telephone calls 26%': a clause after 'and'
    of a part and a share alone shares the verb and the whole of the share just before it
    in the sentence; its part is the one series its words name, all of them its own or
    the whole's, other than the share's before. None otherwise."""
    if not earlier or len(subject.values) < 2:
        return None
    before = earlier[-1]
    if (
        before.rule not in ("share", "fraction")
        or before.of is None
        or len(before.series) != 1
        or before.base is not None
        or before.goal is not None
        or before.direction is not None
        or before.at >= clause.start
    ):
        return None
    own = text[clause.start : clause.start + len(clause.text)]
    found = _GAPPED_FIGURE_FIRST.match(own) or _GAPPED_PART_FIRST.match(own)
    if found is None or not (_AND_FIRST.match(own) or _AND_BEFORE.search(text, 0, clause.start)):
        return None
    part_words = found.group("part")
    named = fully_named(subject, part_words)
    said = stems_of(part_words)
    if len(named) != 1 or named == list(before.series) or not said <= subject.vocabulary:
        return None
    figure = found.group("figure")
    at = clause.start + found.start("figure")
    number = NUMBER.search(text, at, at + len(figure))
    if number is not None:
        stated = stated_of(number, text)
        if not stated.percent:
            return None
    else:
        words = regex(r"\s+").sub(" ", figure.lower())
        hedge_found = regex(rf"^(?P<hedge>{HEDGE})\s+", re.I).match(words)
        hedge = hedge_found.group("hedge") if hedge_found else None
        bare = words[hedge_found.end() :] if hedge_found else words
        if hedge is not None and HEDGES[hedge] == "around":
            hedge = None
        stated = Stated(figure, _per_cent(bare), 1, 0, hedge or "fraction", True, False)
    quote = own.strip(" .;,")
    quote = regex(r"^(?:and|with)\s+", re.I).sub("", quote)
    return Claim(
        before.rule,
        quote,
        (named[0],),
        before.period,
        stated=stated,
        at=clause.start + own.index(quote),
        of=before.of,
        negated=False,
    )


_BY_FRACTION = regex(
    # 'fell by a fifth'; 'a fall of a fifth', 'an increase of two fifths': the noun's
    r"(?:\bby|\ban?\s+(?:rise|increase|fall|drop|decrease|reduction|decline|uplift)\s+of)\s+"
    rf"(?P<said>(?:(?P<hedge>{HEDGE})\s+)?(?P<fraction>"
    + "|".join(sorted(FRACTIONS, key=len, reverse=True))
    # 'half of': a part; 'half a percentage point', 'half a day': a part of a unit
    + r"))\b(?!\s+(?:of|an?)\b)",
    re.IGNORECASE,
)


# the verb a fraction's 'by' follows, after its auxiliary: 'was cut by', 'have been cut by'
_VERB_BEFORE = regex(
    r"\b(?:is|are|was|were|be|been|has|have|had)\s+(?P<verb>[a-z]+)\s+$", re.IGNORECASE
)


def _own_margin(hedge: str | None) -> str | None:
    """'by around half': a fraction in words is within its own margin anyway, wider than
    'around' gives a figure."""
    return None if hedge is not None and HEDGES[hedge] == "around" else hedge


# a phrasal verb's particle just before the change: 'pushed bed use up by a third'
_PARTICLE_BEFORE = regex(r"\b(?:up|down)\s+$", re.I)
# a past participle right before 'by' with no auxiliary: 'saw missed collections cut by a
# fifth', 'numbers trimmed by a quarter'
_PARTICIPLE_BEFORE = regex(r"\b(?P<verb>[a-z]{2,}ed|cut|shrunk|grown|risen|fallen)\s+$")


def fraction_change_in(
    text: str,
    clause: Clause,
    series: tuple[int, ...],
    period: Quarter,
    base: Quarter | None,
    names: Sequence[str],
) -> Claim | None:
    """'fell by nearly a fifth', 'rose by a third': a relative change in words."""
    end = clause.start + len(clause.text)
    found = _BY_FRACTION.search(text, clause.start, end)
    if found is None:
        return _fraction_higher(text, clause, series, period, base)
    moved = first_movement(text, clause.start, end, names)
    direction = moved[0] if moved else None
    hedge = _own_margin((found.group("hedge") or "").lower() or None)
    value = FRACTIONS[regex(r"\s+").sub(" ", found.group("fraction").lower())]
    said = found.group("said")
    quote = found.group(0)  # 'by a third': the words that make it a change
    if moved is not None and regex(r"[A-Za-z]+(?:\s+up|\s+down)?\s+").fullmatch(
        text[moved[2] : found.start()]
    ):
        quote = text[moved[2] : found.end()]  # 'risen by half', as the editor wrote it
    else:
        verb = _VERB_BEFORE.search(text, clause.start, found.start())
        particle = _PARTICLE_BEFORE.search(text, clause.start, found.start())
        if verb is not None:
            quote = text[verb.start("verb") : found.end()]  # 'was cut by half'
        elif particle is not None:
            quote = text[particle.start() : found.end()]  # 'pushed bed use up by a third'
        elif (
            participle := _PARTICIPLE_BEFORE.search(text, clause.start, found.start())
        ) is not None:
            quote = text[participle.start("verb") : found.end()]  # 'collections cut by a fifth'
    return Claim(
        "change",
        quote,
        series,
        period,
        base=base,
        stated=Stated(said, value, 1, 0, hedge or "fraction", True, False),
        direction=direction,
        at=found.start("said"),
    )


_FRACTION_HIGHER = regex(
    rf"\b(?:(?P<up>up|down)\s+)?(?P<said>(?:(?P<hedge>{HEDGE})\s+)?(?P<fraction>"
    + "|".join(sorted(FRACTIONS, key=len, reverse=True))
    + r"))(?:\s+(?P<dir>higher|lower|more|fewer|greater|larger|bigger|smaller|up|down)\b)?"
    r"(?!\s+of\b)",
    re.IGNORECASE,
)
# a verb whose 'up' is its own: 'made up', 'makes up', 'taken up'
_PHRASAL_UP = regex(r"\b(?:made|make|makes|making|took|take|takes|taken|taking)\s+$", re.I)
_HIGHER = frozenset({"up", "higher", "more", "greater", "larger", "bigger"})
# the adjective a 'more' or 'less' makes comparative: 'a quarter more expensive'
_ADJECTIVE_AFTER = regex(r"\s+(?!(?:than|on|in|since|at|of|per|for)\b)[a-z]{4,}\b")


def _fraction_higher(
    text: str, clause: Clause, series: tuple[int, ...], period: Quarter, base: Quarter | None
) -> Claim | None:
    """'is a third higher in Quarter 3 2024/25 than it was in Quarter 1 2023/24', 'is up a
    quarter on Quarter 3 of 2023/24': a relative change in words, from the quarter compared
    with (the finding gives the ratio of the two figures too)."""
    end = clause.start + len(clause.text)
    for found in _FRACTION_HIGHER.finditer(text, clause.start, end):
        word = found.group("up") or found.group("dir")
        if word is None or (found.group("up") and found.group("dir")):
            continue
        if found.group("up") and _PHRASAL_UP.search(text, clause.start, found.start()):
            continue  # 'made up almost a third': the verb 'make up' and a share, not a change
        hedge = _own_margin((found.group("hedge") or "").lower() or None)
        value = FRACTIONS[regex(r"\s+").sub(" ", found.group("fraction").lower())]
        quote = found.group(0)
        if word.lower() in ("more", "less"):  # 'a quarter more expensive': its adjective too
            adjective = _ADJECTIVE_AFTER.match(text, found.end(), end)
            quote += adjective.group(0) if adjective else ""
        return Claim(
            "change",
            quote,
            series,
            period,
            base=base,
            stated=Stated(found.group("said"), value, 1, 0, hedge or "fraction", True, False),
            direction="up" if word.lower() in _HIGHER else "down",
            at=found.start("said"),
        )
    return None


def multiple_in(
    text: str,
    clause: Clause,
    series: tuple[int, ...],
    period: Quarter,
    base: Quarter | None,
    latest: Quarter,
) -> Claim | None:
    """A clause's 'doubled', 'halved': over the quarter compared with, or any earlier one."""
    multiple = _MULTIPLE.search(text, clause.start, clause.start + len(clause.text))
    if not multiple:
        return None
    hedge = regex(r"\s+").sub(" ", (multiple.group("hedge") or "").lower()) or None
    factor = MULTIPLES[multiple.group("word").lower()]
    # 'has increased threefold': quoted with its verb
    verb = regex(r"\b(?:increased|grown|risen|rose|grew|fallen|fell|decreased|dropped)\s+$", re.I)
    lead = verb.search(text, clause.start, multiple.start()) if not hedge else None
    return Claim(
        "multiple",
        text[lead.start() : multiple.end()] if lead else multiple.group(0),
        series,
        latest if base is None and period == latest else period,
        base=base or (period if period != latest else None),
        direction=multiple.group("word").lower(),
        at=multiple.start(),
        stated=Stated(multiple.group(0), factor, 0, 0, hedge, False, False),
    )


# 'twice the Quarter 2 figure', 'half its Q1 2023/24 level': a multiple of the series'
# own figure of the quarter named
_TIMES_BEFORE_QUARTER = regex(
    _MULTIPLE_HEDGE + r"(?P<word>twice|(?:three|four)\s+times|half)\s+(?:the|its|their)\s+$",
    re.I,
)
_QUARTER_FIGURE = regex(r"(?:'s|’s)?\s+(?:figure|level|total|number|rate)\b", re.I)
# 'three times those in Quarter 2', 'half what they were in Quarter 3 2022/23': the same
# multiple of the series' own figure of the quarter named, by a pronoun
_NOW = regex(r"\bnow\b", re.I)
_TIMES_THOSE_IN = regex(
    _MULTIPLE_HEDGE + r"(?P<word>twice|(?:three|four)\s+times|half)\s+(?:those|that|"
    r"what\s+(?:they|it)\s+(?:were|was|had\s+been))\s+(?:in|for|during)\s+(?:the\s+)?$",
    re.I,
)
_FOR_ANOTHER = regex(r"\s+(?:for|of)\b", re.I)
_AS_MULTIPLE = {"twice": "doubled", "three times": "tripled", "four times": "quadrupled"}


def times_quarter_in(
    text: str,
    clause: Clause,
    series: tuple[int, ...],
    period: Quarter,
    refs: Sequence[PeriodRef],
    vocabulary: frozenset[str],
    latest: Quarter | None = None,
    by_pronoun: bool = False,
) -> Claim | None:
    """'The number of potholes repaired in Quarter 3 was twice the Quarter 2 figure': the
    clause's quarter over the one named, where the words before it name the measure ('now
    half what they were in Quarter 3 2022/23': the latest quarter's, `latest`); the figure
    by a pronoun ('three times those in Quarter 2') only where `by_pronoun` (the clause
    names its series, or the measure has one)."""
    end = clause.start + len(clause.text)
    for ref in refs:
        if not clause.start <= ref.start < end:
            continue
        figure = _QUARTER_FIGURE.match(text, ref.end)
        if figure is None:
            found = _TIMES_THOSE_IN.search(text, clause.start, ref.start) if by_pronoun else None
        elif _FOR_ANOTHER.match(text, figure.end()):
            return None  # 'twice the Quarter 2 figure for potholes reported': another's
        else:
            found = _TIMES_BEFORE_QUARTER.search(text, clause.start, ref.start)
        if found is None or found.end() != ref.start:
            continue
        if not stems_of(text[clause.start : found.start()]) & vocabulary:
            return None  # 'Rainfall in Quarter 3 was twice the Quarter 2 figure': another's
        base = resolve(ref, period)
        if base >= period and latest is not None and _NOW.search(text, clause.start, found.start()):
            period = latest  # 'are now half what they were in Quarter 3 2022/23'
        if base >= period:
            return None
        word = regex(r"\s+").sub(" ", found.group("word").lower())
        hedge = regex(r"\s+").sub(" ", (found.group("hedge") or "").lower()) or None
        direction = _AS_MULTIPLE.get(word, "halved")
        said = text[found.start() : found.end("word")]
        return Claim(
            "multiple",
            said,
            series,
            period,
            base=base,
            direction=direction,
            at=found.start(),
            stated=Stated(said, MULTIPLES[direction], 0, 0, hedge, False, False),
        )
    return None


_TIMES = {"twice": 2.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "ten": 10.0}
# 'three times as many people as residential and nursing services', 'three times the number
# made by telephone', 'twice as many': one series a multiple of another in the same quarter
_TIMES_AS = regex(
    _MULTIPLE_HEDGE + r"(?P<word>twice|(?:two|three|four|five|ten)\s+times)\s+"
    r"(?:as\s+many(?:\s+(?P<noun>[a-z]+))?\s+as|the\s+(?:number|volume|level|total)(?:\s+of(?=\s+(?P<noun2>[a-z]+)))?|"
    r"that\s+of|those\s+of)\s+(?P<other>[^,.;:]+)",
    re.I,
)


# 'Online reports outnumber telephone calls by more than two to one': one series a multiple
# of another, as a ratio to one
_RATIO_WORDS = {w: float(n) for w, n in _COUNTS.items() if 2 <= n <= 10}
_TO_ONE = regex(
    r"\b(?:outnumber(?:s|ed|ing)?|outstrip(?:s|ped|ping)?|outpac(?:es|ed|ing))\s+"
    r"(?P<other>[^,.;:]+?)\s+by\s+"
    r"(?P<said>(?:(?P<hedge>nearly|almost|more\s+than|over|around|about|roughly|just\s+over)\s+)?"
    r"(?P<n>" + "|".join(_RATIO_WORDS) + r"|\d+(?:\.\d+)?)\s+to\s+(?:one|1))\b",
    re.I,
)


def _ratio_to_one(text: str, clause: Clause, period: Quarter, subject: Subject) -> Claim | None:
    """'Online reports outnumber telephone calls by more than two to one': the series named
    before the verb as a multiple of the one named after it, in the clause's quarter; None
    unless each names exactly one series, or where a comparator is named."""
    end = clause.start + len(clause.text)
    found = _TO_ONE.search(text, clause.start, end)
    if found is None or names_comparator(subject.vocabulary, text[clause.start : end]):
        return None
    part = fully_named(subject, text[clause.start : found.start()])
    other = fully_named(subject, found.group("other"))
    if len(part) != 1 or len(other) != 1 or part == other:
        return None
    refs = [r for r in find_periods(text, subject.latest) if clause.start <= r.start < end]
    if any(resolve(r, period) != period for r in refs):
        return None  # '... by four to one in Quarter 2': a quarter the clause's is not
    n = found.group("n").lower()
    factor = _RATIO_WORDS.get(n) or float(n)
    hedge = regex(r"\s+").sub(" ", (found.group("hedge") or "").lower()) or None
    said = found.group("said")
    return Claim(
        "multiple",
        said,
        (part[0],),
        period,
        direction="times",
        at=found.start("said"),
        of=(other[0],),
        stated=Stated(said, factor, 0, 0, hedge, False, False),
    )


def times_as_in(text: str, clause: Clause, period: Quarter, subject: Subject) -> Claim | None:
    """'Community services now support three times as many people as residential and
    nursing services': a series (named before the words) as a multiple of another (named
    after them) in the clause's quarter; None unless each names exactly one series."""
    found = _TIMES_AS.search(text, clause.start)  # what it is a multiple of may run on
    if found is None or found.start() >= clause.start + len(clause.text):
        return _ratio_to_one(text, clause, period, subject)
    noun = found.group("noun") or found.group("noun2")
    if noun and stem(noun.lower()) not in subject.vocabulary:
        return None  # 'three times as many staff as': other things
    part = fully_named(subject, text[clause.start : found.start()])
    other = fully_named(subject, found.group("other"))
    if len(part) != 1 or len(other) != 1 or part == other:
        return None
    hedge = regex(r"\s+").sub(" ", (found.group("hedge") or "").lower()) or None
    factor = _TIMES[found.group("word").split()[0].lower()]
    quote = found.group(0)[: found.start("other") - found.start()].strip()
    return Claim(
        "multiple",
        quote,
        (part[0],),
        period,
        direction="times",
        at=found.start(),
        of=(other[0],),
        stated=Stated(quote, factor, 0, 0, hedge, False, False),
    )


def _check_times_as(subject: Subject, claim: Claim) -> list[Verdict]:
    """One series as a multiple of another in the same quarter."""
    assert claim.stated is not None and claim.of is not None
    new = value_at(subject, claim.series[0], claim.period)
    old = value_at(subject, claim.of[0], claim.period)
    if new is None or not old:
        return []
    ratio = new / old
    if _multiple_holds(ratio, claim.stated.value, claim.stated.hedge):
        return []
    label = subject.facts.series
    return [
        Verdict(
            f"says {claim.quote}",
            f"the data has {subject.shown(new)} ({label[claim.series[0]].series.label}) and "
            f"{subject.shown(old)} ({label[claim.of[0]].series.label}) in {claim.period.long} "
            f"({ratio:.2f} times)",
        )
    ]


def check_fraction(subject: Subject, claim: Claim) -> list[Verdict]:
    """A fraction in words against the share (on a count, as `share` checks it)."""
    assert claim.stated is not None
    if subject.unit != "percent":
        return check_share(subject, claim) if claim.stated else []
    values = [(s, v) for s in claim.series if (v := value_at(subject, s, claim.period)) is not None]
    if len(values) > 1 and len(claim.series) == len(subject.values):
        return []  # no series named: a fraction of which outcome is not said
    shares = [v for _, v in values]
    if len(values) > 1:  # 'removed or reduced': the series named, added up
        shares.append(sum(shares))
    if subject.facts.indicator.chart == "stacked" and claim.negated:
        # shares of a whole: 'did not', 'the rest', or a part the clause does not name
        shares += [100 - v for v in shares]
    if not values or any(matches(claim.stated, v) for v in shares):
        return []
    s, v = values[0]
    name = series_name(subject, [s]) if len(claim.series) == 1 else ""
    if len(values) > 1:
        v = sum(shares[: len(values)])
        name = " (" + " and ".join(subject.facts.series[s].series.label for s, _ in values) + ")"
    shown = format_value(v, "percent", max(subject.decimals, 1))
    whole = format_value(v, "percent", 0)
    data = f"the data has {whole} ({shown})" if whole != shown else f"the data has {shown}"
    return [Verdict(f"says {claim.quote} for {claim.period.long}{name}", data)]


def _multiple_holds(ratio: float, factor: float, hedge: str | None) -> bool:
    """'doubled' within 5% of 2; 'nearly doubled' from 0.9 to 1 times 2; 'more than
    doubled' beyond 2 ('more than halved': under a half)."""
    if hedge in ("nearly", "almost"):
        low, high = (
            sorted((0.9 * factor, factor)) if factor >= 1 else sorted((factor, factor / 0.9))
        )
        return low <= ratio <= high
    if hedge in ("more than", "over", "just over"):
        return ratio > factor if factor >= 1 else ratio < factor
    return abs(ratio - factor) <= MULTIPLE_TOLERANCE * factor


def check_multiple(subject: Subject, claim: Claim) -> list[Verdict]:
    """'doubled', 'halved': the value over the earlier one within 10% of 2 or 0.5."""
    if claim.of is not None:
        return _check_times_as(subject, claim)
    factor = MULTIPLES[claim.direction or "doubled"]
    bases = (
        [claim.base]
        if claim.base is not None
        else [q for q in subject.facts.window if q < claim.period]
    )
    found: tuple[float, float, Quarter] | None = None
    for s in claim.series:
        new = value_at(subject, s, claim.period)
        for base in bases:
            old = value_at(subject, s, base)
            if new is None or old is None or not old:
                continue
            if _multiple_holds(new / old, factor, claim.stated.hedge if claim.stated else None):
                return []
            found = found or (new, old, base)
    if found is None:
        return []
    new, old, base = found
    return [
        Verdict(
            f"says {claim.quote}",
            f"the data has {subject.shown(old)} in {base.long} and "
            f"{subject.shown(new)} in {claim.period.long} ({new / old:.2f} times)",
        )
    ]
