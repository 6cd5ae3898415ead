"""A number as written: its value, its rounding and its hedge ('nearly 30'), and whether
a value makes it true. The ranges are written out in docs/formats.md, part 3."""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.core.rules import round_half_up
from generator.read.patterns import regex

# ------------------------------------------------------------------ hedges

# Each hedge word and its kind; each kind's tolerance, in percentage points for a
# percentage and as a share of the number for any other figure, is in TOLERANCES.
# Documented in docs/formats.md.
HEDGES: dict[str, str] = {
    "nearly": "nearly",
    "almost": "nearly",
    "approaching": "nearly",
    "just under": "just under",
    "just below": "just under",
    "just over": "just over",
    "just above": "just over",
    "over": "over",
    "more than": "over",
    "above": "over",
    "exceeding": "over",
    "passed": "over",
    "under": "under",
    "less than": "under",
    "fewer than": "under",
    "below": "under",
    "around": "around",
    "about": "around",
    "roughly": "around",
    "approximately": "around",
    "some": "around",
    "close to": "around",
    "an estimated": "around",
}
# kind: (percentage points for a percentage, share of the number otherwise)
TOLERANCES: dict[str, tuple[float, float]] = {
    "around": (1.5, 0.025),  # either side; or the number itself once rounded to its zeros
    "nearly": (3.0, 0.05),  # below it (or it)
    "just under": (3.0, 0.05),  # below it
    "just over": (3.0, 0.05),  # above it
    "over": (50.0, 0.5),  # above it
    "under": (50.0, 0.5),  # below it
    "fraction": (2.5, 0.025),  # a fraction in words: either side, hedged or not
    "duration": (10.0, 0.10),  # a duration in words ('around three minutes'): either side
}
HEDGE = "|".join(sorted((re.escape(w) for w in HEDGES), key=len, reverse=True))

# The small counts editors write in words ('for five quarters', 'three minutes').
_COUNT_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "  # noqa: SIM905
    "fifteen sixteen seventeen eighteen nineteen twenty".split()
)


def count_words(first: int, last: int) -> dict[str, int]:
    """The counts from `first` to `last` (at most twenty) in words, each with its
    number, smallest first."""
    return {word: n for n, word in enumerate(_COUNT_WORDS, start=1) if first <= n <= last}


# Fractions in words, as per cents of a whole.
FRACTIONS = {
    "a quarter": 25.0,
    "one quarter": 25.0,
    "a third": 100 / 3,
    "one third": 100 / 3,
    "half": 50.0,
    "a half": 50.0,  # 'risen by a half'
    "two thirds": 200 / 3,
    "three quarters": 75.0,
    "a fifth": 20.0,
    "one fifth": 20.0,
    "two fifths": 40.0,
    "three fifths": 60.0,
    "a tenth": 10.0,
    "one tenth": 10.0,
    "one in five": 20.0,
    "one in four": 25.0,
    "one in three": 100 / 3,
    "one in ten": 10.0,
}
# A number ending in zeros may be rounded to the tens, hundreds... its zeros show,
# within this share of the number ('2,200' for 2,172; not '2,000' for 2,300).
ROUNDED = 0.05
# Multiples: the ratio of the new value to the old, within 5%; 'nearly doubled' from 0.9
# to 1 times it, 'more than halved' strictly beyond it.
MULTIPLES = {
    "doubled": 2.0,
    "tripled": 3.0,
    "trebled": 3.0,
    "quadrupled": 4.0,
    "halved": 0.5,
    # 'almost doubling', 'has increased threefold': the same multiples in other words
    "doubling": 2.0,
    "tripling": 3.0,
    "trebling": 3.0,
    "halving": 0.5,
    "twofold": 2.0,
    "threefold": 3.0,
    "fourfold": 4.0,
}
MULTIPLE_TOLERANCE = 0.05
# "stayed steady": the change on the quarter before, as a share of the earlier value.
STEADY = 0.03
STEADY_HEDGED = 0.05  # "broadly steady", "largely stable"

NUMBER = regex(
    # a time on the clock, minutes and seconds ('2:35', '1:02:03'): one figure, in seconds
    r"(?<![\w.,£#:])(?P<clock>\d{1,3}:[0-5]\d(?::[0-5]\d)?)(?![\w#:]|\.\d)"
    r"|(?<![\w.,£#:])(?P<pound>£\s?)?(?P<digits>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<decimals>\d+))?"
    # '5pp': a number of percentage points written close up
    r"(?!(?!pp\b)[\w#]|\.\d)(?P<percent>\s?%|\s+per\s*cent\b)?",
    re.IGNORECASE,
)
_HEDGE_BEFORE = regex(rf"\b(?P<hedge>{HEDGE})\s+$", re.IGNORECASE)
_DAYS_AFTER = regex(r"\s+(?:working\s+|calendar\s+)?days?\b", re.IGNORECASE)


@dataclass(frozen=True)
class Stated:
    """A number as written: its value, decimals, trailing zeros and hedge."""

    quote: str
    value: float
    decimals: int
    zeros: int
    hedge: str | None
    percent: bool
    pounds: bool
    clock: bool = False  # written on the clock ('2:35'): `value` is in seconds


def stated_of(match: re.Match[str], sentence: str) -> Stated:
    """A NUMBER match of `sentence`, with the hedge written before it."""
    before = _HEDGE_BEFORE.search(sentence[: match.start()])
    hedge = before.group("hedge").lower() if before else None
    start = before.start() if before else match.start()
    if match.group("clock"):
        parts = [int(p) for p in match.group("clock").split(":")]
        seconds = sum(p * 60**k for k, p in enumerate(reversed(parts)))
        quote = sentence[start : match.end()].strip()
        return Stated(quote, float(seconds), 0, 0, hedge, False, False, clock=True)
    digits = match.group("digits").replace(",", "")
    decimals = match.group("decimals") or ""
    value = float(f"{digits}.{decimals}" if decimals else digits)
    zeros = len(digits) - len(digits.rstrip("0")) if not decimals and value else 0
    unit = _DAYS_AFTER.match(sentence, match.end())  # 'around 20 days': quoted with its unit
    return Stated(
        quote=sentence[start : unit.end() if unit else match.end()].strip(),
        value=value,
        decimals=len(decimals),
        zeros=zeros,
        hedge=hedge,
        percent=bool(match.group("percent")),
        pounds=bool(match.group("pound")),
    )


def matches(stated: Stated, actual: float) -> bool:
    """Whether a number as written (rounded, hedged) is true of `actual`: unhedged, the
    value rounded as the number is written ('2,200' for 2,172; '5.8%' for 5.81);
    hedged, within the hedge's tolerance (HEDGES, TOLERANCES)."""
    value, number = abs(actual), stated.value
    rounded_equal = round_half_up(value, stated.decimals) == number
    # a count is rounded to the zeros it is written with; a percentage never to the tens
    to_zeros = (
        bool(stated.zeros)
        and not stated.percent
        and any(round_half_up(value / 10**k) * 10**k == number for k in range(1, stated.zeros + 1))
    )
    if not rounded_equal and to_zeros and abs(value - number) <= ROUNDED * number:
        rounded_equal = True
    if stated.hedge is None:
        return rounded_equal
    kind = HEDGES.get(stated.hedge, stated.hedge)
    points, share = TOLERANCES[kind]
    margin = points if stated.percent else share * number
    if kind in ("around", "fraction", "duration"):
        return rounded_equal or abs(value - number) <= margin + 1e-9
    if kind == "nearly":
        return number - margin - 1e-9 <= value <= number
    if kind == "just under":
        return number - margin - 1e-9 <= value < number
    if kind == "just over":
        return number < value <= number + margin + 1e-9
    if kind == "over":
        return number < value <= number + margin
    return number - margin <= value < number  # under
