"""What commentary claims about its indicator, read and checked against the data.

Pure functions, in three steps: `read_text` cuts commentary (placeholders
already filled) into sentences and clauses, leaving out numbers that are not
figures; `claims_of` reads each clause's figures and movement words, bound to
the period, series and measure the clause names; `problems_of` compares each
claim with the data. `check_commentary` runs the three. The rules are
written out in docs/formats.md, part 3.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from generator.content.facts import IndicatorFacts
from generator.core.periods import PeriodError, Quarter, parse_quarter
from generator.core.rules import direction_of_travel, format_number, format_value, round_half_up
from generator.read.commentary import NOT_A_FIGURE


@dataclass(frozen=True)
class Problem:
    line: int
    quote: str  # the words of the commentary the problem is about
    text: str  # what the data says instead

    def message(self) -> str:
        return f"'{self.quote}': {self.text}"


# ------------------------------------------------------------------ hedges

# Each hedge word, with the range of true values (as a multiple of the number
# written) that makes the sentence true. Documented in docs/formats.md.
HEDGES: dict[str, tuple[float, float, bool]] = {
    # word: (lowest, highest, the number itself allowed)
    "nearly": (0.90, 1.0, True),
    "almost": (0.90, 1.0, True),
    "approaching": (0.90, 1.0, True),
    "just under": (0.95, 1.0, False),
    "just below": (0.95, 1.0, False),
    "just over": (1.0, 1.05, False),
    "just above": (1.0, 1.05, False),
    "over": (1.0, 1.5, False),
    "more than": (1.0, 1.5, False),
    "above": (1.0, 1.5, False),
    "exceeding": (1.0, 1.5, False),
    "passed": (1.0, 1.5, False),
    "under": (0.5, 1.0, False),
    "less than": (0.5, 1.0, False),
    "fewer than": (0.5, 1.0, False),
    "below": (0.5, 1.0, False),
    "around": (0.90, 1.10, True),
    "about": (0.90, 1.10, True),
    "roughly": (0.90, 1.10, True),
    "approximately": (0.90, 1.10, True),
    "some": (0.90, 1.10, True),
    "close to": (0.90, 1.10, True),
    "an estimated": (0.90, 1.10, True),
}
_HEDGE = "|".join(sorted((re.escape(w) for w in HEDGES), key=len, reverse=True))
# Fractions in words, as per cents of a whole.
FRACTIONS = {
    "a quarter": 25.0,
    "one quarter": 25.0,
    "a third": 100 / 3,
    "one third": 100 / 3,
    "half": 50.0,
    "two thirds": 200 / 3,
    "three quarters": 75.0,
    "a fifth": 20.0,
    "one in five": 20.0,
    "one in four": 25.0,
    "one in three": 100 / 3,
    "one in ten": 10.0,
}
# A number ending in zeros may be rounded to the tens, hundreds... its zeros show,
# within this share of the number ('2,200' for 2,172; not '2,000' for 2,300).
ROUNDED = 0.05
# Multiples: the ratio of the new value to the old, within 10%.
MULTIPLES = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "halved": 0.5}
MULTIPLE_TOLERANCE = 0.10
# "stayed steady": the change on the quarter before, as a share of the earlier value.
STEADY = 0.03
STEADY_HEDGED = 0.05  # "broadly steady", "largely stable"

# ------------------------------------------------------------------ masks

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)
_UNIT = r"(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|fortnights?|quarters?)"
_RANGE = r"\d+(?:\.\d+)?(?:\s*(?:-|–|to)\s*\d+(?:\.\d+)?)?"
# Numbers that are not figures, each with its kind (for the docs and the tests).
NOT_FIGURES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("financial year", re.compile(r"\b(?:19|20)\d{2}\s*[/-]\s*\d{2}(?:\d{2})?\b")),
    ("quarter", re.compile(r"\bQ(?:uarter)?\s*[1-4]\b(?:\s+\d{2}/\d{2}\b)?", re.I)),
    ("date", re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\b(?:\s+\d{{4}})?")),
    ("date", re.compile(rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b")),
    ("date", re.compile(rf"\b{_MONTH}\s+(?:19|20)\d{{2}}\b")),
    ("date", re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")),
    ("years", re.compile(r"\b(?:19|20)\d{2}\s*(?:to|and|-|–)\s*(?:19|20)\d{2}\b", re.I)),
    (
        "year",
        re.compile(
            r"(?:\b(?:in|since|from|during|until|till|by|of|before|after|between|"
            r"early|late|mid|year|summer|autumn|winter|spring)[\s-]+)(?:19|20)\d{2}\b"
            r"|\b(?:19|20)\d{2}(?=\s+(?:to|and|saw|was|when|onwards)\b)",
            re.I,
        ),
    ),
    ("time", re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b", re.I)),
    ("id", re.compile(r"\b[A-Z]{2,}[A-Za-z]*-?\d+[A-Za-z0-9]*\b")),
    (
        "id",
        re.compile(
            r"\b(?:Section|Part|Article|Schedule|Chapter|Level|Tier|Phase|Step|Stage|Band|Pathway|"
            r"Option|Cohort|Wave|Group|Team|Area|Zone|Category|Type|Grade|Version|Release|"
            r"Year|Room|Ward|Route|Priority|Pillar|Objective|Outcome|Standard)\s+\d+[A-Za-z]?\b"
        ),
    ),
    ("duration", re.compile(rf"\b{_RANGE}[\s-]*{_UNIT}\b", re.I)),
    ("age", re.compile(rf"\baged\s+{_RANGE}(?:\s*(?:and|or)\s+(?:over|above|under|older))?", re.I)),
    ("age", re.compile(r"\b\d+\s*(?:and|or)\s+(?:over|above|under|older|younger)\b", re.I)),
    ("age", re.compile(r"\b(?:over|under)[\s-]\d+s\b|\b\d+\s*\+|\b\d+\s*years?\s+old\b", re.I)),
    ("range", re.compile(r"\b\d{1,3}\s*[-–]\s*\d{1,3}\b(?![,.]?\d)")),
    ("per", re.compile(r"\bper\s+\d[\d,]*\b|\b1\s+in\s+\d+\b", re.I)),
    ("ordinal", re.compile(r"\b\d+(?:st|nd|rd|th)\b", re.I)),
    ("address", re.compile(r"\bhttps?://\S+|\bwww\.\S+|\S+@\S+\.\w+", re.I)),
    ("phone", re.compile(r"(?<![\d,])\b0\d{2,}(?:\s\d{2,}){0,3}\b")),
    ("footnote", re.compile(r"\[\d+\]")),
    ("times", re.compile(r"\b\d+(?:\.\d+)?\s+times\b", re.I)),
    ("rank", re.compile(r"\b(?:top|bottom|number|no\.)\s+\d+\b", re.I)),
    (
        "year",
        re.compile(
            r"\b(?:the|a|an|this|our|its|their|Act|Regulations|Strategy|Plan|Framework|"
            r"Census|Survey)\s+(?:19|20)\d{2}\b|\b(?:19|20)\d{2}'s\b"
        ),
    ),
)

_NUMBER = re.compile(
    r"(?<![\w.,£#])(?P<pound>£\s?)?(?P<digits>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<decimals>\d+))?"
    r"(?![\w#]|\.\d)(?P<percent>\s?%|\s+per\s*cent\b)?",
    re.IGNORECASE,
)
_HEDGE_BEFORE = re.compile(rf"\b(?P<hedge>{_HEDGE})\s+$", re.IGNORECASE)


def _masked(text: str) -> str:
    """`text` with every number that is not a figure blotted out by '#' (same length)."""
    chars = list(text)
    for _, pattern in NOT_FIGURES:
        for match in pattern.finditer(text):
            for i in range(match.start(), match.end()):
                if chars[i].isdigit():
                    chars[i] = "#"
    return "".join(chars)


# ------------------------------------------------------------------ periods


@dataclass(frozen=True)
class PeriodRef:
    start: int
    end: int
    quarter: Quarter
    as_latest: bool = False  # the words call it the latest or current quarter
    offset: int | None = None  # 'the previous quarter': -1 from the quarter spoken of
    explicit_year: bool = False  # 'Quarter 1 2024/25', not 'Quarter 1'


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}
_PERIOD = re.compile(
    r"\bQuarter\s+(?P<q1>[1-4])(?:\s+(?:of\s+)?(?P<y1>\d{4}\s*/\s*\d{2,4})|(?P<lastyear>\s+"
    r"(?:of\s+)?(?:last|the\s+previous)\s+(?:financial\s+)?year))?"
    r"|\bQ(?P<q2>[1-4])(?:\s+(?P<y2>\d{2,4}\s*/\s*\d{2,4}))?\b"
    r"|\b(?P<y3>\d{4}\s*/\s*\d{2,4})\s+Q(?P<q3>[1-4])\b"
    r"|\b(?:the\s+)?(?P<ord>first|second|third|fourth|final)\s+quarter"
    r"(?P<of>\s+of\s+(?:the\s+)?(?P<which>last|previous|this|current)?\s*(?:financial\s+)?year)?"
    r"|\b(?P<prev>a\s+quarter\s+(?:earlier|before|ago)|the\s+(?:previous|preceding|prior)\s+quarter"
    r"|the\s+quarter\s+before|last\s+quarter)\b"
    r"|\b(?P<year>a\s+year\s+(?:earlier|before|ago)|the\s+same\s+(?:quarter|point|time)\s+"
    r"(?:a\s+year\s+(?:earlier|before|ago)|last\s+year|of\s+last\s+year|the\s+year\s+before)"
    r"|the\s+same\s+(?:quarter|period)\s+(?:of|in)\s+(?:the\s+)?(?:previous|last|prior)\s+"
    r"(?:financial\s+)?year"
    r"|(?:at\s+)?this\s+time\s+last\s+year|the\s+year\s+before)\b"
    r"|\b(?P<two>two\s+years\s+(?:earlier|before|ago))\b",
    re.IGNORECASE,
)
_COUNTED = re.compile(r"\s+(?:in\s+a\s+row|running|straight)\b", re.I)
_LATEST_WORDS = r"(?:the\s+)?(?:latest|most\s+recent|current|this)\s+quarter"
# a quarter named as the latest: 'the latest quarter, Quarter 4', 'Q4 is the latest quarter'
_LATEST_BEFORE = re.compile(rf"\b{_LATEST_WORDS}\s*(?:[,:(]|is|was|being)?\s*$", re.I)
_LATEST_AFTER = re.compile(
    rf"\s*(?:[,(]\s*|\s(?:is|was|being|as)\s+)?(?:the\s+)?{_LATEST_WORDS}\b", re.I
)


def _year(text: str) -> int | None:
    first, second = (part.strip() for part in text.split("/"))
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
        if number:
            year = _year(year_text) if year_text else fy - 1 if match.group("lastyear") else fy
            if year is None:
                continue
            quarter = Quarter(year, int(number))
        elif match.group("ord"):
            which = (match.group("which") or "").lower()
            year = fy - 1 if which in ("last", "previous") else fy
            quarter = Quarter(year, _ORDINALS[match.group("ord").lower()])
        offset = None
        if match.group("prev"):
            offset = -1
        elif match.group("year"):
            offset = -4
        elif match.group("two"):
            offset = -8
        if offset is not None:
            quarter = latest.shift(offset)
        if quarter is None:
            continue
        if match.group("ord") and _COUNTED.match(text, match.end()):
            continue  # 'the third quarter in a row' counts quarters
        as_latest = offset is None and bool(
            _LATEST_BEFORE.search(text[: match.start()]) or _LATEST_AFTER.match(text, match.end())
        )
        refs.append(
            PeriodRef(match.start(), match.end(), quarter, as_latest, offset, bool(year_text))
        )
    return tuple(refs)


# ------------------------------------------------------------------ text


@dataclass(frozen=True)
class Clause:
    text: str
    start: int  # offset in the sentence


@dataclass(frozen=True)
class Sentence:
    text: str
    masked: str
    line: int
    clauses: tuple[Clause, ...]


UNREAD = "\x01"  # where the not-a-figure marker follows a word, not a number
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_HEADING = re.compile(r"^\s*#{1,6}\s+")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*{1,3}|_{2,3})(?=\S)(.+?)(?<=\S)\1")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9£\"“‘(])")
_CLAUSE_BREAK = re.compile(
    r",\s|;\s*|:\s*|\s[–—-]\s|\(|\)|\s(?:and|but|while|whereas|although|which|so)\s", re.I
)


def plain_lines(text: str) -> list[tuple[int, str]]:
    """(line number, text) of each block of Markdown, without its markup: a
    paragraph's lines joined, each list item and heading on its own."""
    blocks: list[tuple[int, str]] = []
    current: list[str] = []
    start = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = NOT_A_FIGURE.sub("\x00", raw)
        stripped = line.strip()
        new_block = not stripped or bool(_LIST_MARK.match(line) or _HEADING.match(line))
        if new_block and current:
            blocks.append((start, " ".join(current)))
            current = []
        if not stripped:
            continue
        cleaned = _HEADING.sub("", _LIST_MARK.sub("", line)).strip()
        cleaned = _LINK.sub(r"\1", cleaned)
        cleaned = _EMPHASIS.sub(r"\2", cleaned)
        cleaned = cleaned.replace("\\", "")
        if not current:
            start = number
        current.append(cleaned)
        if _HEADING.match(line):
            blocks.append((start, " ".join(current)))
            current = []
    if current:
        blocks.append((start, " ".join(current)))
    return blocks


def read_text(text: str) -> tuple[list[Sentence], int]:
    """Sentences and their clauses; and how many numbers are marked as not figures."""
    sentences: list[Sentence] = []
    marked = 0
    for line, block in plain_lines(text):
        for piece in _SENTENCE_END.split(block):
            masked = _masked(piece)
            # a number written just before the marker is not a figure
            chars = list(masked)
            for match in re.finditer(r"[\d,.%£]*\d[%]?\s*\x00", piece):
                for i in range(match.start(), match.end()):
                    if chars[i].isdigit():
                        chars[i] = "#"
            marked += piece.count("\x00")
            masked = "".join(chars)
            # after a number the marker unmarks that number; after a word, its clause
            piece = re.sub(r"(?<=[\d%])(\s*)\x00", r"\1 ", piece).replace("\x00", UNREAD)
            masked = re.sub(r"(?<=[#%])(\s*)\x00", r"\1 ", masked).replace("\x00", UNREAD)
            clauses, last = [], 0
            for cut in _CLAUSE_BREAK.finditer(masked):
                clauses.append(Clause(piece[last : cut.start()], last))
                last = cut.end()
            clauses.append(Clause(piece[last:], last))
            sentences.append(
                Sentence(piece, masked, line, tuple(c for c in clauses if c.text.strip()))
            )
    return sentences, marked


def numbers_read(text: str) -> list[str]:
    """The numbers of a text that may be figures (before each indicator's own rules)."""
    sentences, _ = read_text(text)
    return [
        m.group(0).strip()
        for s in sentences
        for m in _NUMBER.finditer(s.masked)
        if "#" not in m.group(0)
    ]


# ------------------------------------------------------------------ the subject


_STOP = frozenset(
    "the of a an to be in on at for and or with number people quarter last day that "  # noqa: SIM905
    "who their this has have are is was were by from into per all any its it as".split()
)


def _stem(word: str) -> str:
    return word.lower()[:5]


def _words(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[A-Za-z]{3,}", text) if w.lower() not in _STOP}


@dataclass(frozen=True)
class Subject:
    """One indicator at one report quarter, as the checker reads it."""

    facts: IndicatorFacts
    keywords: tuple[frozenset[str], ...]  # per series: the words that name it alone
    vocabulary: frozenset[str]  # words naming what the indicator counts
    values: tuple[dict[Quarter, float], ...] = field(default_factory=tuple)
    names: tuple[str, ...] = ()  # series labels and the short title, as written

    @property
    def latest(self) -> Quarter:
        return self.facts.latest_quarter

    @property
    def unit(self) -> str:
        return self.facts.indicator.unit

    @property
    def decimals(self) -> int:
        return self.facts.indicator.decimals

    def shown(self, value: float) -> str:
        return format_value(value, self.facts.indicator.unit, self.decimals)


def subject_of(facts: IndicatorFacts) -> Subject:
    labels = [_words(s.series.label) | {_stem(s.series.id)} for s in facts.series]
    common = frozenset.intersection(*(frozenset(w) for w in labels)) if labels else frozenset()
    keywords = tuple(frozenset(w - common) for w in labels)
    indicator = facts.indicator
    vocabulary = frozenset(
        _words(" ".join([indicator.title, indicator.short_title]))
        | {w for ws in labels for w in ws}
        | {_stem(w) for w in ("people", "persons", "adults", "individuals", "cases")}
    )
    values = tuple(
        {q: v for q, v in zip(facts.window, s.values, strict=True) if v is not None}
        for s in facts.series
    )
    names = (*(s.series.label for s in facts.series), indicator.short_title)
    return Subject(facts, keywords, vocabulary, values, names)


def _series_named(subject: Subject, text: str) -> list[int]:
    """The series a piece of text names by their own words; [] when it names none."""
    words = _words(text)
    scores = [len(words & k) for k in subject.keywords]
    best = max(scores, default=0)
    return [i for i, s in enumerate(scores) if s == best] if best else []


# ------------------------------------------------------------------ claims


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


@dataclass(frozen=True)
class Claim:
    kind: str  # level, change, ratio, target, movement, trend, streak, multiple, fraction
    quote: str
    series: tuple[int, ...]
    period: Quarter  # the quarter the claim is about
    base: Quarter | None = None  # the quarter compared with (changes and movements)
    stated: Stated | None = None
    direction: str | None = None  # up, down, steady, better, worse
    negated: bool = False
    points: bool = False  # 'percentage points'
    target_word: str | None = None
    hedged_steady: bool = False
    names_trend: bool = False  # the sentence speaks of 'the trend' or 'direction of travel'
    gap: bool = False  # the clause speaks of a gap or difference between figures


_HELPER = re.compile(
    r"\b(?:continu\w+\s+to|keeps?|kept|(?:is|are|was|were|has|have|had)(?:\s+been)?)\s+$", re.I
)
_AFTER_MOVEMENT = frozenset(
    "again steadily slightly sharply fast quickly slowly gradually in at on for "  # noqa: SIM905
    "since by to from and but or over every each this year month quarter slowly "
    "still further more than".split()
)
_FORECAST = re.compile(
    r"\b(?:expected|likely|forecast|projected|set|due|may|might|could|will|would|should|aims?|"
    r"plans?|hope|hoped|want|wants|help|helps)\s+(?:\w+\s+)?$",
    re.I,
)
_UP = (
    r"(?<=to )(?:grow|rise|increase|climb)|rose|risen|rising|rises|increased|increasing|"
    r"increases|grew|grown|growing|grows|climbed|climbing|climbs"
)
_DOWN = (
    r"(?<=to )(?:fall|drop|decrease|decline|shrink)|fell|fallen|falling|falls|decreased|"
    r"decreasing|decreases|dropped|dropping|declined|declining|declines|dipped|dipping|shrunk|shrank|shrinking|reduced|reducing"
)
_MOVEMENT = re.compile(
    rf"\b(?P<up>{_UP}|(?:went|gone|is|are|was|were)\s+up|an?\s+(?:rise|increase)"
    rf"|(?:first|second|third|fourth|fifth|another|further|larger|smaller|small|slight|"
    rf"sharp|steep)\s+(?:rise|increase))\b"
    rf"|\b(?P<down>{_DOWN}|(?:went|gone|is|are|was|were)\s+down|an?\s+(?:fall|drop|decrease)"
    r"|(?:first|second|third|fourth|fifth|another|further|larger|smaller|small|slight|"
    r"sharp|steep)\s+(?:fall|drop|decrease))\b"
    r"|\b(?P<steady>(?:(?:stayed|remained|remains|remain|stays|held|holding|is|are|was|were|"
    r"broadly|largely|fairly|relatively|very)\s+)?(?:steady|stable|unchanged)|(?:stayed|remained|"
    r"remains|remain|stays|held|holding|broadly|largely)\s+(?:level|flat))\b"
    r"|\b(?P<better>improving|improved|improves)\b"
    r"|\b(?P<worse>worsening|worsened|worsens|deteriorat\w+|getting\s+worse)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:not|no\s+longer|never|n't|neither|nor)\s+(?:\w+\s+)?$", re.I)
_UP_AND_DOWN = re.compile(r"\bups?\s+and\s+downs?\b", re.I)
_LONG_RUN = re.compile(
    r"\b(?:continu\w*|keeps?|keeping|still|steadily|year\s+on\s+year|month\s+by\s+month|"
    r"over\s+(?:the\s+)?(?:last|past)\b|in\s+recent\s+(?:years|quarters)|trend|"
    r"over\s+(?:the\s+)?(?:whole\s+)?(?:period|quarters)\s+(?:charted|shown)|"
    r"direction\s+of\s+travel|long[- ]term|since\s+(?:19|20)\d\d)",
    re.I,
)
# 'a fall in the X', 'a rise of X in the Y': a movement of whatever X is
_OTHER_QUANTITY = re.compile(r"\s+in\s+(?:the\s+)?", re.I)
_MEASURE_WORDS = re.compile(
    r"\b(?:rate|number|numbers|share|proportion|percentage|figure|figures|level|total|count)\b",
    re.I,
)


def _names_measure(after: str, names: Sequence[str]) -> bool:
    """Whether the words after 'a fall in' name this indicator's measure."""
    head = " ".join(after.split()[:6])
    if _MEASURE_WORDS.search(head):
        return True
    return bool(names) and _names_pattern(tuple(names)).search(head) is not None


_STREAK = re.compile(
    r"\b(?:in\s+a\s+row|every\s+quarter|each\s+quarter|each\s+of\s+the\s+last|consecutive|"
    r"for\s+another\s+quarter|straight|again)\b",
    re.I,
)
_HEDGED_STEADY = re.compile(
    r"\b(?:broadly|largely|fairly|relatively|roughly|more\s+or\s+less)\b", re.I
)

_CHANGE_BEFORE = re.compile(
    rf"(?:\b(?P<dir>up|down)\s+(?:by\s+)?|\b(?P<verb>{_UP}|{_DOWN}|went\s+up|went\s+down|"
    r"improved|worsened)\s+by\s+|\bby\s+"
    r"|\b(?P<noun>rise|increase|growth|fall|drop|decrease|reduction|decline|change|difference)"
    rf"\s+of\s+)(?:(?:{_HEDGE})\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_CHANGE_AFTER = re.compile(
    r"^\s*(?P<points>percentage\s+points?|points?)?\s*"
    r"(?P<word>more|fewer|less|higher|lower|up|down|better|worse|above|below)\b"
    r"|^\s*(?P<points2>percentage\s+points?|points?)\b"
    r"|^\s*(?P<on>on|since)\s",
    re.IGNORECASE,
)
_FRACTION = re.compile(
    rf"\b(?:(?P<hedge>{_HEDGE})\s+)?(?P<fraction>"
    + "|".join(sorted(FRACTIONS, key=len, reverse=True))
    + r")\b(?=\s+(?:of|the|all)\b)",
    re.IGNORECASE,
)
_TARGET_BEFORE = re.compile(
    r"\b(?P<word>target|floor|upper\s+threshold|threshold)s?(?:\s+(?:threshold|is|was|of|"
    r"remains|set|at|has|been|for\s+\S+))*\s+(?:\(?\s*)?$",
    re.I,
)
_TARGET_AFTER = re.compile(
    r"\s*(?:percentage\s+points?\s+)?(?:is\s+the\s+|was\s+the\s+)?"
    r"(?P<word>target|floor|upper\s+threshold|threshold)\b(?!\s+(?:of|at|is)\s+[£\d])",
    re.I,
)
_MONTHLY = re.compile(
    rf"\b(?:in|during|for|by|since|than|of)\s+(?:early\s+|late\s+|mid-?)?{_MONTH}\b|"
    rf"\b{_MONTH}\s+(?:19|20)\d\d\b",
)
_GAP = re.compile(r"\b(?:gap|difference|shortfall|surplus)\b", re.I)
_NUMBER_OF = re.compile(r"\bnumbers?\s+of\b", re.I)
_MULTIPLE = re.compile(r"\b(?P<word>" + "|".join(MULTIPLES) + r")\b", re.I)
_BASE_WORDS = re.compile(
    r"\b(?:on|than|since|compared\s+(?:with|to)|against|versus|vs)\s+(?:(?:in|at|during)\s+)?"
    r"(?:the\s+end\s+of\s+)?$",
    re.I,
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


def _direction_word(word: str) -> str | None:
    word = word.lower()
    if re.fullmatch(rf"(?:{_UP})|up|more|higher|above|rise|increase|growth", word):
        return "up"
    if re.fullmatch(
        rf"(?:{_DOWN})|down|fewer|less|lower|below|fall|drop|decrease|reduction|decline", word
    ):
        return "down"
    if word in ("better", "improved"):
        return "better"
    if word in ("worse", "worsened"):
        return "worse"
    if word.startswith("went up"):
        return "up"
    if word.startswith("went down"):
        return "down"
    return None


def _is_count_of_things(subject: Subject, after: str) -> bool:
    """'3 teams', '2 adult social care areas': a number of things this indicator does not
    count. The head of the words after the number (up to four, until a function word)
    is a plural noun that none of the indicator's own words names."""
    head = None
    for word in re.findall(r"[A-Za-z']+|[^\sA-Za-z']", after)[:4]:
        lower = word.lower()
        if not word[0].isalpha() or lower in _STOP or lower in _FUNCTION:
            break
        head = lower
    if head is None or _stem(head) in subject.vocabulary:
        return False
    return len(head) > 3 and head.endswith("s") and head not in _COUNT_NOUN_SKIP


def _stated(match: re.Match[str], sentence: str) -> Stated:
    digits = match.group("digits").replace(",", "")
    decimals = match.group("decimals") or ""
    value = float(f"{digits}.{decimals}" if decimals else digits)
    zeros = len(digits) - len(digits.rstrip("0")) if not decimals and value else 0
    before = _HEDGE_BEFORE.search(sentence[: match.start()])
    hedge = before.group("hedge").lower() if before else None
    start = before.start() if before else match.start()
    return Stated(
        quote=sentence[start : match.end()].strip(),
        value=value,
        decimals=len(decimals),
        zeros=zeros,
        hedge=hedge,
        percent=bool(match.group("percent")),
        pounds=bool(match.group("pound")),
    )


def _resolve(ref: PeriodRef, period: Quarter) -> Quarter:
    """A quarter compared with: 'the previous quarter' is the one before `period`."""
    return period.shift(ref.offset) if ref.offset is not None else ref.quarter


def _own_period(
    text: str, clause: Clause, number: re.Match[str], refs: Sequence[PeriodRef]
) -> PeriodRef | None:
    """The quarter a number is given for: the first named after it with no other number
    between ('16,890 in Quarter 1'), else the last named before it ('In Quarter 1, 75%')."""

    def between(a: int, b: int) -> bool:
        return bool(_NUMBER.search(_masked(text[a:b])))

    after = [r for r in refs if r.start >= number.end() and not between(number.end(), r.start)]
    if after:
        return after[0]
    before = [r for r in refs if r.end <= number.start() and not between(r.end, number.start())]
    return before[-1] if before else None


def claims_of(subject: Subject, sentence: Sentence) -> list[Claim]:
    """Every figure and movement a sentence states, bound to its period and series."""
    latest = subject.latest
    text, masked = sentence.text, sentence.masked
    refs = find_periods(text, latest)
    claims: list[Claim] = []
    series: list[int] = []
    lead: PeriodRef | None = None
    carried = ""  # words of earlier clauses with no movement of their own
    closing: PeriodRef | None = None  # the quarter the clause before ends with
    lead_base: Quarter | None = None
    if _MONTHLY.search(text):
        return []  # a month's figures: the data is quarterly
    for clause in sentence.clauses:
        end = clause.start + len(clause.text)
        if UNREAD in clause.text:
            continue  # marked by the editor as about something the data does not hold
        inside = [r for r in refs if clause.start <= r.start < end]
        words_text = clause.text
        for r in sorted(inside, key=lambda r: -r.start):
            words_text = (
                words_text[: r.start - clause.start] + " " + words_text[r.end - clause.start :]
            )
        named = _series_named(subject, words_text)
        if named:
            series = named
        chosen = tuple(series) or tuple(range(len(subject.facts.series)))
        numbers = list(_NUMBER.finditer(masked, clause.start, end))
        # the clause's own period: 'in Quarter 1', or one it is compared with: 'on Quarter 1'
        level_refs = [r for r in inside if not _BASE_WORDS.search(text[: r.start])]
        base_refs = [r for r in inside if r not in level_refs]
        first_number = numbers[0].start() if numbers else end
        opening = [r for r in level_refs if r.start < first_number]
        period = opening[0].quarter if opening else (lead.quarter if lead else latest)
        if text[max(0, clause.start - 1) : clause.start] == "(" and closing is not None:
            period = closing.quarter  # '... the previous quarter (4%)'
        tail = text[clause.start : end].rstrip(" ,;:(")
        closing = next((r for r in inside if r.end >= clause.start + len(tail) - 1), None)
        base = _resolve(base_refs[0], period) if base_refs else lead_base
        if base_refs and not numbers and not level_refs:
            lead_base = base  # 'Compared with a year earlier, ...'
        if inside and not numbers and level_refs:
            lead = level_refs[0]
        has_change = False
        for match in numbers:
            stated = _stated(match, text)
            claim = _number_claim(
                subject, text, clause, match, stated, chosen, inside, period, base
            )
            if claim is None:
                continue
            has_change = has_change or claim.kind == "change"
            claims.append(claim)
        for fraction in _FRACTION.finditer(text, clause.start, end):
            value = FRACTIONS[fraction.group("fraction").lower()]
            hedge = (fraction.group("hedge") or "").lower() or None
            stated = Stated(fraction.group(0), value, 1, 0, hedge or "about", True, False)
            claims.append(Claim("fraction", fraction.group(0), chosen, period, stated=stated))
        multiple = _MULTIPLE.search(text, clause.start, end)
        if multiple:
            claims.append(
                Claim(
                    "multiple",
                    multiple.group(0),
                    chosen,
                    latest if base is None and period == latest else period,
                    base=base or (period if period != latest else None),
                    direction=multiple.group("word").lower(),
                )
            )
        movement = _first_movement(text, clause.start, end, subject.names)
        if movement is not None and subject.unit == "percent" and _NUMBER_OF.search(clause.text):
            movement = None  # 'the number of people with a plan rose': not the share
        if movement is None:
            carried += " " + clause.text
            continue
        if has_change:
            continue
        claims.append(_movement_claim(text, clause, movement, base_refs, period, chosen, carried))
    return claims


def _movement_claim(
    text: str,
    clause: Clause,
    movement: tuple[str, str, int],
    base_refs: Sequence[PeriodRef],
    period: Quarter,
    series: tuple[int, ...],
    carried: str,
) -> Claim:
    """A movement word read as a claim: on the quarter before (or the one compared with),
    over a run of quarters, or over the longer run the sentence speaks of."""
    direction, quote, at = movement
    compared = [
        r
        for r in base_refs
        if not re.search(r"\bsince\s+(?:the\s+end\s+of\s+)?$", text[: r.start], re.I)
    ]
    negation = _NEGATION.search(text[:at])
    if negation is not None and negation.start() >= clause.start:
        quote = text[negation.start() : at].strip() + " " + quote.split()[-1]
    scope = carried + " " + clause.text
    kind = "streak" if _STREAK.search(scope) else "trend" if _LONG_RUN.search(scope) else "movement"
    return Claim(
        kind,
        quote,
        series,
        period,
        base=_resolve(compared[0], period) if compared else None,
        direction=direction,
        negated=negation is not None,
        hedged_steady=bool(_HEDGED_STEADY.search(text)),
        names_trend=bool(re.search(r"\btrend\b|direction\s+of\s+travel", text, re.I)),
    )


@cache
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(n) for n in names), re.IGNORECASE)


def _first_movement(
    text: str, start: int, end: int, names: Sequence[str] = ()
) -> tuple[str, str, int] | None:
    """The first movement word of a clause that is not a forecast ('likely to rise')."""
    cleaned = _UP_AND_DOWN.sub(lambda m: " " * len(m.group(0)), text[:end])
    if names:  # 'risk reduced' names a series; it is not a movement
        cleaned = _names_pattern(tuple(names)).sub(lambda m: " " * len(m.group(0)), cleaned)
    for match in _MOVEMENT.finditer(cleaned, start, end):
        if _FORECAST.search(cleaned[start : match.start()]):
            continue
        kind = next(k for k in ("up", "down", "steady", "better", "worse") if match.group(k))
        following = re.match(r"\s+([A-Za-z]+)", text[match.end() : end])
        if (
            re.fullmatch(r"(?:increase|decrease|rise|fall|drop|decline)s", match.group(0).lower())
            and following
            and following.group(1).lower() in ("in", "to", "of", "across", "among")
        ):
            continue  # 'increases in demand': a noun
        if (
            re.match(r"an?\s", match.group(0), re.I)
            and _OTHER_QUANTITY.match(text, match.end())
            and not _names_measure(text[match.end() : end], names)
        ):
            continue  # 'a fall in the capacity of the transfer stations': another quantity
        if (
            re.fullmatch(r"\w+ing|steady|stable", match.group(0).lower())
            and following
            and following.group(1).lower() not in _AFTER_MOVEMENT
        ):
            continue  # 'rising prices': a word describing something else
        helper = _HELPER.search(cleaned[start : match.start()])
        begin = start + helper.start() if helper else match.start()
        return kind, cleaned[begin : match.end()].strip(), match.start()
    return None


def _number_claim(
    subject: Subject,
    text: str,
    clause: Clause,
    match: re.Match[str],
    stated: Stated,
    series: tuple[int, ...],
    inside: list[PeriodRef],
    period: Quarter,
    base: Quarter | None,
) -> Claim | None:
    unit = subject.unit
    points_after = re.match(r"\s*(?:percentage\s+)?points?\b", text[match.end() :], re.I)
    if unit == "percent" and not (stated.percent or points_after):
        return None  # a percentage indicator's figures are written with '%'
    if unit == "gbp" and not (stated.pounds or stated.percent):
        return None
    if unit != "gbp" and stated.pounds:
        return None  # money on a page that counts people or shares
    before = text[clause.start : match.start()]
    after = text[match.end() : clause.start + len(clause.text)]
    own = _own_period(
        text, clause, match, [r for r in inside if not _BASE_WORDS.search(text[: r.start])]
    )
    if own is not None:
        period = own.quarter
    target = _TARGET_BEFORE.search(before) or _TARGET_AFTER.match(after)
    if target:
        word = target.group("word").lower()
        exact = Stated(
            match.group(0).strip(),
            stated.value,
            stated.decimals,
            0,
            None,
            stated.percent,
            stated.pounds,
        )
        return Claim("target", exact.quote, series, period, stated=exact, target_word=word)
    change_before = _CHANGE_BEFORE.search(before)
    change_after = _CHANGE_AFTER.match(after)
    if change_before or (
        change_after
        and (
            change_after.group("word")
            or change_after.group("points")
            or change_after.group("points2")
            or (change_after.group("on") and stated.percent)
        )
    ):
        word = None
        if change_before:
            word = (
                change_before.group("dir")
                or change_before.group("verb")
                or change_before.group("noun")
            )
            if word is None:  # 'by 15': the verb before it
                verb = _first_movement(text, clause.start, match.start(), subject.names)
                word = {"up": "up", "down": "down", "better": "better", "worse": "worse"}.get(
                    verb[0] if verb else ""
                )
        if word is None and change_after and change_after.group("word"):
            word = change_after.group("word")
        direction = _direction_word(word) if word else None
        if direction is None:
            movement = _first_movement(
                text, clause.start, clause.start + len(clause.text), subject.names
            )
            direction = movement[0] if movement and movement[0] != "steady" else None
        points = bool(points_after)
        quote = stated.quote
        if change_before and change_before.group("dir"):
            quote = f"{change_before.group('dir')} {quote}"
        elif change_after and change_after.group("word"):
            quote = f"{quote} {change_after.group('word')}"
        change_base = base
        change_period = period
        if own is None and base is None:
            base_ref = [r for r in inside if _BASE_WORDS.search(text[: r.start])]
            change_base = _resolve(base_ref[0], period) if base_ref else None
        if own is not None and change_base is None and own.quarter != subject.latest:
            # 'a rise of 5% in the quarter before': that quarter's own movement
            change_period = own.quarter
        return Claim(
            "change",
            quote,
            series,
            change_period,
            base=change_base,
            stated=stated,
            direction=direction,
            points=points,
        )
    if stated.percent and unit != "percent":
        of = re.match(r"\s*of\s+(?:the\s+|all\s+|these\s+|those\s+)?", after)
        if of and _is_count_of_things(subject, after[of.end() :]):
            return None  # '95% of calls': a share of something the indicator does not count
        if of:
            return Claim("ratio", stated.quote, series, period, stated=stated)
        return Claim("percent", stated.quote, series, period, base=base, stated=stated)
    if unit in ("count", "rate") and not stated.pounds and _is_count_of_things(subject, after):
        return None
    if _GAP.search(text[clause.start : match.start()]):
        return Claim("level", stated.quote, series, period, stated=stated, gap=True)
    from_word = re.search(r"\bfrom\s+(?:the\s+)?$", before)
    if from_word and own is None:
        return Claim(
            "level",
            stated.quote,
            series,
            period.shift(-1) if base is None else base,
            stated=stated,
        )
    return Claim("level", stated.quote, series, period, stated=stated)


# ------------------------------------------------------------------ comparing


def matches(stated: Stated, actual: float) -> bool:
    """Whether a number as written (rounded, hedged) is true of `actual`: unhedged, the
    value rounded as the number is written ('2,200' for 2,172; '5.8%' for 5.81);
    hedged, within the hedge word's range (HEDGES)."""
    value, number = abs(actual), stated.value
    rounded_equal = round_half_up(value, stated.decimals) == number
    if not rounded_equal and stated.zeros and abs(value - number) <= ROUNDED * number:
        rounded_equal = any(
            round_half_up(value / 10**k) * 10**k == number for k in range(1, stated.zeros + 1)
        )
    if stated.hedge is None:
        return rounded_equal
    low, high, itself = HEDGES[stated.hedge]
    if value == number or (rounded_equal and low < 1.0 < high):
        return itself
    return low * number <= value <= high * number


def _value(subject: Subject, series: int, quarter: Quarter) -> float | None:
    return subject.values[series].get(quarter)


def _shown(subject: Subject, value: float) -> float:
    return round_half_up(value, subject.decimals)


def _series_name(subject: Subject, series: Sequence[int]) -> str:
    if len(subject.facts.series) == 1 or len(series) != 1:
        return ""
    return f" ({subject.facts.series[series[0]].series.label})"


def _movement(subject: Subject, new: float, old: float) -> str:
    shown_new, shown_old = _shown(subject, new), _shown(subject, old)
    if shown_new == shown_old:
        return "unchanged"
    size = abs(shown_new - shown_old)
    word = "up" if shown_new > shown_old else "down"
    if subject.unit == "percent":
        number = format_number(size, subject.decimals)
        return f"{word} {number} percentage point" + ("" if number == "1" else "s")
    return f"{word} {subject.shown(size)}"


def _trend(subject: Subject, series: int) -> str:
    return _trend_of(subject.facts, series)


@cache
def _trend_of(facts: IndicatorFacts, series: int) -> str:
    if series == 0:
        return facts.trend.label
    return direction_of_travel(facts.series[series].values, facts.indicator.polarity).label


def _raw_direction(trend: str, polarity: str) -> str | None:
    if trend in ("increasing", "decreasing"):
        return "up" if trend == "increasing" else "down"
    if trend in ("improving", "worsening"):
        rising = (trend == "improving") == (polarity == "higher")
        return "up" if rising else "down"
    return None


def _wanted(direction: str, polarity: str) -> str | None:
    """A claimed direction in raw terms: 'better' for a lower-is-better KPI is 'down'."""
    if direction in ("up", "down", "steady"):
        return direction
    if polarity == "neutral":
        return None
    good = "up" if polarity == "higher" else "down"
    bad = "down" if good == "up" else "up"
    return good if direction == "better" else bad


def problems_of(subject: Subject, claim: Claim) -> list[str]:
    """What the data says against one claim; [] when the claim holds."""
    check = _CHECKS[claim.kind]
    return check(subject, claim)


def _check_level(subject: Subject, claim: Claim) -> list[str]:
    assert claim.stated is not None
    candidates: list[float] = []
    for s in claim.series:
        value = _value(subject, s, claim.period)
        if value is not None:
            candidates.append(value)
    if len(claim.series) > 1:
        parts = [_value(subject, s, claim.period) for s in claim.series]
        known = [p for p in parts if p is not None]
        if known:
            candidates.append(sum(known))
        if subject.facts.indicator.chart == "stacked":
            candidates += [a + b for i, a in enumerate(known) for b in known[i + 1 :]]
    if claim.gap:  # 'the gap between received and completed': a difference of two series
        everything = [
            v
            for v in (_value(subject, i, claim.period) for i in range(len(subject.values)))
            if v is not None
        ]
        candidates += [abs(a - b) for a in everything for b in everything]
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
            if (v := _value(subject, s, claim.period)) is not None
        )
    text = (
        f"says {claim.stated.quote} for {claim.period.long}{_series_name(subject, claim.series)}; "
        f"the data has {expected}"
    )
    others = [
        q
        for q, v in subject.values[primary].items()
        if q != claim.period and matches(claim.stated, v)
    ]
    if others:
        text += f" ({claim.stated.quote} is {others[-1].long}'s figure)"
    return [text]


def _shown_like(subject: Subject, value: float, stated: Stated) -> str:
    """A value shown to the indicator's decimals, or to the number's where it has more."""
    decimals = max(subject.decimals, stated.decimals if stated.hedge is None else 0)
    return format_value(value, subject.facts.indicator.unit, decimals)


def _check_target(subject: Subject, claim: Claim) -> list[str]:
    assert claim.stated is not None
    facts = subject.facts
    band = None
    if claim.period in facts.window:
        band = facts.bands[facts.window.index(claim.period)]
    if band is None:
        target, threshold = facts.rated.target, facts.rated.threshold
    else:
        target, threshold = band.target, band.threshold
    word = claim.target_word or "target"
    expected = threshold if word in ("floor", "threshold", "upper threshold") else target
    if expected is None:
        return []
    if matches(claim.stated, expected) or (
        word not in ("target",) and target is not None and matches(claim.stated, target)
    ):
        return []
    if word == "target" and threshold is not None and matches(claim.stated, threshold):
        return [
            f"says a target of {claim.stated.quote}; {subject.shown(threshold)} is the "
            f"{'floor' if facts.indicator.polarity == 'higher' else 'upper threshold'} and "
            f"the target is {subject.shown(expected)}"
        ]
    name = "target" if expected == target else word
    return [
        f"says a {name} of {claim.stated.quote}; the {name} for {claim.period.fy} is "
        f"{subject.shown(expected)}"
    ]


def _pairs(subject: Subject, claim: Claim) -> Iterator[tuple[int, float, float, Quarter]]:
    """(series, new, old, base) for each series the claim may be about."""
    base = claim.base or claim.period.shift(-1)
    for s in claim.series:
        new, old = _value(subject, s, claim.period), _value(subject, s, base)
        if new is not None and old is not None:
            yield s, new, old, base


def _check_change(subject: Subject, claim: Claim) -> list[str]:
    assert claim.stated is not None
    stated = claim.stated
    pairs = list(_pairs(subject, claim))
    if not pairs:
        return []
    polarity = subject.facts.indicator.polarity
    for _, new, old, _ in pairs:
        shown_new, shown_old = _shown(subject, new), _shown(subject, old)
        sizes: list[float] = []
        if not stated.percent or subject.unit == "percent":
            sizes += [shown_new - shown_old, new - old]
        if stated.percent and not claim.points:
            for a, b in ((shown_new, shown_old), (new, old)):
                if b:
                    sizes.append((a - b) / b * 100)
        if not any(matches(stated, size) for size in sizes):
            continue
        actual = "up" if new > old else "down" if new < old else "steady"
        wanted = _wanted(claim.direction, polarity) if claim.direction else None
        if wanted in ("up", "down") and wanted != actual:
            continue
        return []
    _, new, old, base = pairs[0]
    moved = _movement(subject, new, old)
    if stated.percent and not claim.points and old:
        shown_old = _shown(subject, old)
        relative = (_shown(subject, new) - shown_old) / shown_old * 100 if shown_old else 0
        places = 1 if 0 < abs(relative) < 0.5 else 0
        word = "up" if relative > 0 else "down"
        moved = f"{word} {format_number(abs(relative), places)}%" if relative else "unchanged"
        if subject.unit == "percent":
            moved += f" ({_movement(subject, new, old)})"
    return [
        f"says {claim.quote} on {base.long}{_series_name(subject, claim.series)}; the data has "
        f"{moved} ({subject.shown(old)} to {subject.shown(new)} in {claim.period.long})"
    ]


def _check_ratio(subject: Subject, claim: Claim) -> list[str]:
    assert claim.stated is not None
    values = [v for s in range(len(subject.values)) if (v := _value(subject, s, claim.period))]
    previous = [
        v for s in range(len(subject.values)) if (v := _value(subject, s, claim.period.shift(-1)))
    ]
    ratios = [a / b * 100 for a in values for b in values + previous if b]
    if not ratios or any(matches(claim.stated, r) for r in ratios):
        return []
    return [f"says {claim.stated.quote} of; no two figures of {claim.period.long} give that share"]


def _check_percent(subject: Subject, claim: Claim) -> list[str]:
    """A per cent on a count with no word saying what of: any change between two charted
    quarters, or any share of one figure in another, will do."""
    assert claim.stated is not None
    values = [v for series in subject.values for v in series.values()]
    values += [x for b in subject.facts.bands if b for x in (b.target, b.threshold)]
    for s in claim.series:
        new = _value(subject, s, claim.period)
        if new is None:
            continue
        for old in subject.values[s].values():
            if old and matches(claim.stated, (new - old) / old * 100):
                return []
    if any(b and matches(claim.stated, a / b * 100) for a in values for b in values):
        return []
    return [
        f"says {claim.stated.quote}; no change between charted quarters and no share of one "
        "figure in another is that"
    ]


def _check_fraction(subject: Subject, claim: Claim) -> list[str]:
    assert claim.stated is not None
    if subject.unit != "percent":
        return _check_ratio(subject, claim) if claim.stated else []
    values = [(s, v) for s in claim.series if (v := _value(subject, s, claim.period)) is not None]
    shares = [v for _, v in values]
    if subject.facts.indicator.chart == "stacked":  # shares of a whole: 'did not', 'the rest'
        shares += [100 - v for v in shares]
    if not values or any(matches(claim.stated, v) for v in shares):
        return []
    s, v = values[0]
    name = _series_name(subject, [s]) if len(claim.series) == 1 else ""
    shown = format_value(v, "percent", max(subject.decimals, 1))
    return [f"says {claim.quote} for {claim.period.long}{name}; the data has {shown}"]


def _check_multiple(subject: Subject, claim: Claim) -> list[str]:
    factor = MULTIPLES[claim.direction or "doubled"]
    bases = (
        [claim.base]
        if claim.base is not None
        else [q for q in subject.facts.window if q < claim.period]
    )
    found: tuple[float, float, Quarter] | None = None
    for s in claim.series:
        new = _value(subject, s, claim.period)
        for base in bases:
            old = _value(subject, s, base)
            if new is None or old is None or not old:
                continue
            if abs(new / old - factor) <= MULTIPLE_TOLERANCE * factor:
                return []
            found = found or (new, old, base)
    if found is None:
        return []
    new, old, base = found
    return [
        f"says {claim.quote}; the data has {subject.shown(old)} in {base.long} and "
        f"{subject.shown(new)} in {claim.period.long} ({new / old:.2f} times)"
    ]


def _movement_holds(subject: Subject, claim: Claim, new: float, old: float) -> bool:
    direction = claim.direction or "steady"
    polarity = subject.facts.indicator.polarity
    if direction == "steady":
        limit = STEADY_HEDGED if claim.hedged_steady else STEADY
        same = _shown(subject, new) == _shown(subject, old) or (
            old and abs(new - old) / abs(old) <= limit
        )
        return bool(same) != claim.negated
    wanted = _wanted(direction, polarity)
    if wanted is None:
        return True  # 'improving' for an activity measure: a judgement, not a figure
    shown = (_shown(subject, new) > _shown(subject, old)) - (
        _shown(subject, new) < _shown(subject, old)
    )
    raw = (new > old) - (new < old)
    actual = {1: "up", -1: "down", 0: "steady"}[shown or raw]
    return (actual == wanted) != claim.negated


def _check_movement(subject: Subject, claim: Claim) -> list[str]:
    pairs = list(_pairs(subject, claim))
    if not pairs or any(_movement_holds(subject, claim, new, old) for _, new, old, _ in pairs):
        return []
    _, new, old, base = pairs[0]
    name = _series_name(subject, claim.series)
    moved = _movement(subject, new, old)
    return [
        f"says '{claim.quote}' for {claim.period.long}{name}; the data went from "
        f"{subject.shown(old)} in {base.long} to {subject.shown(new)} ({moved})"
    ]


def _check_streak(subject: Subject, claim: Claim) -> list[str]:
    period = claim.period
    for s in claim.series:
        values = [_value(subject, s, period.shift(-k)) for k in range(3)]
        if None in values:
            return []
        v0, v1, v2 = (v for v in values if v is not None)
        if _movement_holds(subject, claim, v0, v1) and _movement_holds(subject, claim, v1, v2):
            return []
    s = claim.series[0]
    shown = ", ".join(
        f"{subject.shown(v)}"
        for k in (2, 1, 0)
        if (v := _value(subject, s, period.shift(-k))) is not None
    )
    return [
        f"says '{claim.quote}' over the quarters to {period.long}"
        f"{_series_name(subject, claim.series)}; the data has {shown}"
    ]


def _check_trend(subject: Subject, claim: Claim) -> list[str]:
    polarity = subject.facts.indicator.polarity
    direction = claim.direction or "steady"
    labels = []
    for s in claim.series:
        label = _trend(subject, s)
        labels.append(label)
        if label == "not enough data":
            return []
        if direction == "steady":
            if (label == "no significant trend") != claim.negated:
                return []
            continue
        wanted = _wanted(direction, polarity)
        if wanted is None:  # 'improving' for an activity measure
            if claim.names_trend and label != "no significant trend":
                return [
                    f"says '{claim.quote}' but this measure has no better or worse direction; "
                    f"the direction of travel is '{label}'"
                ]
            return []
        if (_raw_direction(label, polarity) == wanted) != claim.negated:
            return []
        if (
            label == "no significant trend"
            and not claim.negated
            and not _check_streak(subject, replace(claim, series=(s,)))
        ):
            return []  # no trend over the chart, but a run of the last quarters
    return [
        f"says '{claim.quote}'{_series_name(subject, claim.series)}, over a longer run; the "
        f"direction of travel is '{labels[0]}'"
    ]


_CHECKS = {
    "level": _check_level,
    "target": _check_target,
    "change": _check_change,
    "ratio": _check_ratio,
    "percent": _check_percent,
    "fraction": _check_fraction,
    "multiple": _check_multiple,
    "movement": _check_movement,
    "streak": _check_streak,
    "trend": _check_trend,
}


def stale_quarters(subject: Subject, sentence: Sentence) -> list[Problem]:
    """A quarter named as the latest or current one that is not, and a quarter after
    the report quarter."""
    problems = []
    report = subject.facts.report_quarter
    for ref in find_periods(sentence.text, subject.latest):
        quote = sentence.text[ref.start : ref.end]
        if ref.quarter > report and ref.explicit_year:
            problems.append(
                Problem(
                    sentence.line,
                    quote,
                    f"mentions {ref.quarter}, after the report quarter {report}",
                )
            )
        elif ref.as_latest and ref.quarter not in (report, subject.latest):
            problems.append(
                Problem(
                    sentence.line,
                    quote,
                    f"names {ref.quarter.long} as the latest quarter; the latest is "
                    f"{subject.latest.long}",
                )
            )
    return problems


@dataclass(frozen=True)
class Reading:
    problems: tuple[Problem, ...]
    marked: int  # numbers marked as not figures


def check_commentary(text: str, facts: IndicatorFacts) -> Reading:
    """Every claim of a commentary (placeholders filled) checked against the data."""
    subject = subject_of(facts)
    sentences, marked = read_text(text)
    problems: list[Problem] = []
    for sentence in sentences:
        problems += stale_quarters(subject, sentence)
        for claim in claims_of(subject, sentence):
            problems += [
                Problem(sentence.line, claim.quote, t) for t in problems_of(subject, claim)
            ]
    return Reading(tuple(problems), marked)
