"""Durations in words ('around three minutes', 'two and a half minutes', 'eighteen days',
'2 minutes 35 seconds'): a time measure's level as editors say it, read as a figure of the
clause's quarter (the `level` rule checks it). A duration in words is approximate by nature:
hedged with 'around' or not, it holds within a tenth either side (figures.TOLERANCES,
'duration'); with its seconds, to the second."""

from __future__ import annotations

import re

from generator.core.periods import Quarter
from generator.editors.claims.base import Claim
from generator.editors.claims.binding import GOAL_WORDS
from generator.editors.claims.figures import HEDGE, HEDGES, Stated, count_words
from generator.read.patterns import regex

_WORDS = count_words(1, 20) | {"a": 1, "an": 1}
_COUNT = "|".join(sorted(_WORDS, key=len, reverse=True))
# the unit each measure's figures are in, and the seconds (or days) in one of the unit said
_UNITS = {"minutes": ("minute", 60.0), "days": ("day", 1.0)}
_DURATION = regex(
    rf"\b(?:(?P<hedge>{HEDGE})\s+)?(?P<count>{_COUNT}|\d+(?:\.\d+)?)"
    r"(?P<half>\s+and\s+a\s+half)?\s+(?P<unit>minute|day)s?\b"
    r"(?:,?\s+(?:and\s+)?(?P<seconds>\d{1,2})\s+seconds?\b)?",
    re.I,
)
# 'a target of three minutes', 'the national average of two minutes': not this measure's
_NOT_LEVEL = regex(
    r"(?:target|floor|threshold|standard|goal|aim|average|median|benchmark|limit|within|"
    r"under|over|than|longer|shorter|quicker|faster|slower|every|each|per|by|up|down)\s+"
    r"(?:of\s+|is\s+|was\s+|at\s+)?(?:the\s+|a\s+)?$",
    re.I,
)

# a clause whose subject is a goal ('The target was tightened this year from three minutes',
# 'but the standard is two and a half minutes'): its durations are the goal's, not a level
_GOAL_SUBJECT = regex(
    r"\W*(?:(?:while|whilst|whereas|although|though|as|because|since|despite|but|yet|so|when|"
    r"and)\s+)?(?:the|a|an|our|its|this\s+year['’]s|next\s+year['’]s)\s+"
    r"(?:(?!(?:performance|against|to|of|on|in|at|within|above|below|under|over|than)\b)"
    r"[a-z][\w-]*\s+){0,2}?(?:new\s+)?(?:" + GOAL_WORDS + r"|standard)s?\b"
    r"(?![^,;:]*\b(?:against|than|missed|met|beaten|exceeded)\b)",
    re.I,
)
# 'nearly five days quicker than', 'two days less': a difference between two times, not a level
_A_DIFFERENCE_AFTER = regex(
    r"\s+(?:quicker|faster|slower|longer|shorter|sooner|later|earlier|less|more|fewer|"
    r"better|worse|above|below|under|over|off|ahead|behind|outside|inside)\b",
    re.I,
)
# 'almost two days faster than in Quarter 1': the change from the quarter compared with
_FASTER_THAN = regex(
    r"\s+(?P<word>quicker|faster|sooner|shorter|less|slower|longer|later|more)\s+than\b", re.I
)
# '2 to 3 minutes', 'two to three days': a span of durations, neither end a level
_SPAN_BEFORE = regex(rf"(?:{_COUNT}|\d+(?:\.\d+)?)\s+(?:to|or|-|–)\s+$", re.I)
# 'were never answered in under 2 minutes': a duration denied, not a level
_NEVER_BEFORE = regex(r"\bnever\b", re.I)
_SHORTER = frozenset({"quicker", "faster", "sooner", "shorter", "less"})


def durations_in(
    text: str,
    start: int,
    end: int,
    unit: str,
    series: tuple[int, ...],
    period: Quarter,
    base: Quarter | None = None,
    own_average: bool = False,
) -> list[Claim]:
    """The durations in words of a clause (text[start:end]) of a measure in `unit`, each a
    level of the clause's quarter; numbers in digits are read as figures elsewhere, except a
    time in minutes, whose figures are otherwise on the clock ('2:35'). `own_average`: the
    measure is an average (its words name one), so 'the average' is its own."""
    said = _UNITS.get(unit)
    if said is None:
        return []
    name, size = said
    claims = []
    for found in _DURATION.finditer(text, start, end):
        count = found.group("count").lower()
        if found.group("unit").lower() != name:
            continue
        if _GOAL_SUBJECT.match(text, start, found.start()):
            continue  # the goal's own duration, in a clause about the goal
        if _SPAN_BEFORE.search(text, start, found.start()):
            continue  # '2 to 3 minutes': the upper end of a span of durations
        if _NEVER_BEFORE.search(text, start, found.start()):
            continue  # 'never answered in under 2 minutes': denied, not a level
        faster = _FASTER_THAN.match(text, found.end())
        other = _NOT_LEVEL.search(text, start, found.start())
        if other is not None and not (
            # 'the average is almost two days faster than in Quarter 1': of a measure that
            # is an average, its own average's change from the quarter compared with
            own_average
            and faster is not None
            and base is not None
            and regex(r"(?:average|median|mean)\b", re.I).match(other.group(0))
        ):
            continue
        if _A_DIFFERENCE_AFTER.match(text, found.end()) and (faster is None or base is None):
            continue  # a difference from something not a quarter: not read
        if count[0].isdigit() and unit == "days":
            continue  # '18 days': a figure in digits, read as one
        if count in ("a", "an") and not found.group("half"):
            continue  # 'a day': no figure
        value = (_WORDS.get(count) or float(count)) + (0.5 if found.group("half") else 0)
        seconds = int(found.group("seconds") or 0)
        quote = found.group(0)
        hedge = (found.group("hedge") or "").lower() or None
        if hedge is None or HEDGES[hedge] == "around":
            hedge = None if seconds else "duration"  # '2 minutes 35 seconds' is exact
        stated = Stated(
            quote,
            value * size + seconds,
            0,
            0,
            hedge,
            False,
            False,
            clock=unit == "minutes",
        )
        if faster is not None:  # the change from the quarter compared with
            word = faster.group("word")
            claims.append(
                Claim(
                    "change",
                    f"{quote} {word}",
                    series,
                    period,
                    base=base,
                    stated=stated,
                    direction="down" if word.lower() in _SHORTER else "up",
                    at=found.start(),
                )
            )
            continue
        claims.append(Claim("level", quote, series, period, stated=stated, at=found.start()))
    return claims
