"""One indicator at one report quarter as the checker reads it: the words that name each
series, the values as charted, and how a value is shown."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from generator.content.facts import IndicatorFacts
from generator.core.periods import Quarter
from generator.core.rules import direction_of_travel, format_number, format_value, round_half_up
from generator.read.patterns import regex

STOP = frozenset(
    "the of a an to be in on at for and or with number people quarter last day that "  # noqa: SIM905
    "who their this has have are is was were by from into per all any its it as".split()
)


def stem(word: str) -> str:
    return word.lower()[:5]


def stems_of(text: str) -> set[str]:
    """A text's words of three letters or more, as stems, function words left out."""
    return {stem(w) for w in regex(r"[A-Za-z]{3,}").findall(text) if w.lower() not in STOP}


def word_stems(text: str) -> set[str]:
    """A text's words of three letters or more, as stems, function words kept."""
    return {stem(w) for w in regex(r"[A-Za-z]{3,}").findall(text)}


def words_of(text: str) -> set[str]:
    """A text's words, each singular ('weeks' as 'week'), as stems, function words left
    out."""
    return {
        stem(w[:-1] if len(w) > 3 and w.lower().endswith("s") else w)
        for w in regex(r"[A-Za-z]{3,}").findall(text)
        if w.lower() not in STOP
    }


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
    labels = [stems_of(s.series.label) | {stem(s.series.id)} for s in facts.series]
    common = frozenset.intersection(*(frozenset(w) for w in labels)) if labels else frozenset()
    keywords = tuple(frozenset(w - common) for w in labels)
    indicator = facts.indicator
    vocabulary = frozenset(
        stems_of(" ".join([indicator.title, indicator.short_title]))
        | {w for ws in labels for w in ws}
        | {stem(w) for w in ("people", "persons", "adults", "individuals", "cases")}
    )
    values = tuple(
        {q: v for q, v in zip(facts.window, s.values, strict=True) if v is not None}
        for s in facts.series
    )
    names = (*(s.series.label for s in facts.series), indicator.short_title)
    return Subject(facts, keywords, vocabulary, values, names)


def whole_words(subject: Subject) -> set[str]:
    """Where the short title splits a whole 'by' something ('Highway enquiries by
    channel'), the words of the whole: they name every series, not one."""
    split = regex(r"\bby\s+[A-Za-z]").split(subject.facts.indicator.short_title, maxsplit=1)
    return stems_of(split[0]) if len(split) > 1 else set()


# a series' own word that is a verb's participle ('received', 'repaired', 'to be
# undertaken'): the series are stages things pass through, not parts of one whole
_PARTICIPLE_WORD = regex(r"^[a-z]{4,}(?:ed|en)$")


def parts_of_one_whole(subject: Subject) -> bool:
    """Whether the series are parts of one whole, which added up make it: stacked on
    the chart, or named by what kind each is ('online reports', 'Community Services'),
    not by a participle of what was done ('potholes reported' and 'potholes repaired',
    'applications received' and 'applications completed': a whole in the title's words is
    then no sum of them)."""
    if subject.facts.indicator.chart == "stacked":
        return True
    labels = [set(regex(r"[a-z]+").findall(s.series.label.lower())) for s in subject.facts.series]
    common = set.intersection(*labels) if labels else set()
    return not any(_PARTICIPLE_WORD.match(w) for words in labels for w in words - common)


def split_words(subject: Subject) -> set[str]:
    """The words a title splits its whole by ('channel' in 'Highway enquiries by
    channel'): 'the 4 channels' counts them, not what the indicator counts."""
    split = regex(r"\bby\s+(?=[A-Za-z])").split(subject.facts.indicator.short_title, maxsplit=1)
    return stems_of(split[1]) if len(split) > 1 else set()


def series_named(subject: Subject, text: str) -> list[int]:
    """The series a piece of text names by their own words; [] when it names none (the
    words of a whole split by something name none: 'enquiries' of 'Highway enquiries by
    channel' is all of them)."""
    words = stems_of(text) - whole_words(subject)
    scores = [len(words & k) for k in subject.keywords]
    best = max(scores, default=0)
    if not best:
        return []
    tied = [i for i, s in enumerate(scores) if s == best]
    # 'completed assessments': the series whose own words are all named ('completed'),
    # before the one with 'completed' among others ('outstanding, needing to be completed')
    whole = [i for i in tied if subject.keywords[i] <= words]
    if len(whole) == 1 and len(tied) > 1 and _before_noun(subject, text, whole[0]):
        return whole
    return tied


def _before_noun(subject: Subject, text: str, series: int) -> bool:
    """'Completed assessments': the series' own word stands before the noun the indicator
    counts (or before its figure and noun: 'completed 4,868 assessments'), naming that
    series, not a state of the others ('waiting to be completed')."""
    own = subject.keywords[series]
    # ('completed 4,868 assessments': the verb's object counted, the same)
    for m in _WORD_BEFORE_NOUN.finditer(text):
        first, noun = stem(m.group(1)), stem(m.group(2))
        if first in own and noun in subject.vocabulary and noun not in own:
            return True
    # 'assessments were completed': the series' own word as the noun's passive verb
    for m in _PASSIVE_OF_NOUN.finditer(text):
        noun, verb = stem(m.group(1)), stem(m.group(2))
        if verb in own and noun in subject.vocabulary and noun not in own:
            return True
    return False


_WORD_BEFORE_NOUN = regex(
    r"\b(?=([A-Za-z]{3,})\s+(?:(?:just\s+)?(?:over|under|around|about|nearly|almost|some)\s+)?"
    r"(?:£?\d[\d,.]*\s+)?([A-Za-z]{3,}))",
    re.I,
)
_PASSIVE_OF_NOUN = regex(
    r"\b([A-Za-z]{3,})\s+(?:(?:were|was|are|is|(?:have|has|had)\s+been)\s+)?"
    r"(?:(?:all|also|then|duly)\s+)?([A-Za-z]{3,}ed)\b",
    re.I,
)


def whole_named(subject: Subject, text: str) -> list[int]:
    """The one series the whole of a share names ('of the potholes reported'); [] for
    all of them. Where the title splits a whole 'by' something ('Highway enquiries by
    channel'), its words name the whole: 'of enquiries' is all of them, not the
    face-to-face enquiries."""
    words = stems_of(text) - whole_words(subject)
    scores = [len(words & k) for k in subject.keywords]
    best = max(scores, default=0)
    named = [i for i, s in enumerate(scores) if s == best] if best else []
    return named if len(named) == 1 else []


def value_at(subject: Subject, series: int, quarter: Quarter) -> float | None:
    return subject.values[series].get(quarter)


def shown_value(subject: Subject, value: float) -> float:
    return round_half_up(value, subject.decimals)


def series_name(subject: Subject, series: Sequence[int]) -> str:
    if len(subject.facts.series) == 1 or len(series) != 1:
        return ""
    return f" ({subject.facts.series[series[0]].series.label})"


def moved_text(subject: Subject, new: float, old: float) -> str:
    shown_new, shown_old = shown_value(subject, new), shown_value(subject, old)
    if shown_new == shown_old:
        return "unchanged"
    size = abs(shown_new - shown_old)
    word = "up" if shown_new > shown_old else "down"
    if subject.unit == "percent":
        number = format_number(size, subject.decimals)
        return f"{word} {number} percentage point" + ("" if number == "1" else "s")
    return f"{word} {subject.shown(size)}"


def recorded_change(subject: Subject, new: float, old: float, places: int) -> str | None:
    """The change from `old` to `new` as recorded (not as the two figures are shown), to
    `places` decimals or the measure's, where it differs from the change of the figures as
    shown ('up 22' where 601 and 580 are shown for 601.4 and 579.6); None where it does not."""
    decimals = max(places, subject.decimals)
    size = round_half_up(abs(new - old), decimals)
    shown = abs(shown_value(subject, new) - shown_value(subject, old))
    if not size or round_half_up(shown, decimals) == size:
        return None
    word = "up" if new > old else "down"
    number = format_number(size, decimals)
    if subject.unit == "percent":
        return f"{word} {number} percentage point" + ("" if number == "1" else "s")
    return f"{word} {format_value(size, subject.facts.indicator.unit, decimals)}"


def trend_label(subject: Subject, series: int) -> str:
    return trend_of(subject.facts, series)


@cache
def trend_of(facts: IndicatorFacts, series: int) -> str:
    if series == 0:
        return facts.trend.label
    return direction_of_travel(facts.series[series].values, facts.indicator.polarity).label


def raw_direction(trend: str, polarity: str) -> str | None:
    if trend in ("increasing", "decreasing"):
        return "up" if trend == "increasing" else "down"
    if trend in ("improving", "worsening"):
        rising = (trend == "improving") == (polarity == "higher")
        return "up" if rising else "down"
    return None


def wanted_direction(direction: str, polarity: str) -> str | None:
    """A claimed direction in raw terms: 'better' for a lower-is-better KPI is 'down'."""
    if direction in ("up", "down", "steady"):
        return direction
    if polarity == "neutral":
        return None
    good = "up" if polarity == "higher" else "down"
    bad = "down" if good == "up" else "up"
    return good if direction == "better" else bad


def uncharted_words(subject: Subject) -> tuple[frozenset[str], frozenset[str]]:
    """Where a title joins two things ('Complaints received and open cases', 'a first
    visit or a follow-up visit') and the measure charts one series, which names one of them
    ('open cases'): the other thing's own words ('complaints', 'received'), and the charted
    thing's ('open', 'cases'). A clause whose words name the other and not the charted is
    about a quantity the data does not hold."""
    none = (frozenset[str](), frozenset[str]())
    if len(subject.facts.series) != 1:
        return none
    written = subject.facts.series[0].series.label
    label = words_of(written)
    if not label or regex(r"\s(?:and|or)\s").search(written):
        return none  # 'Repair and Maintenance Jobs' of 'jobs in the repair and maintenance plan'
    for title in (subject.facts.indicator.short_title, subject.facts.indicator.title):
        parts = regex(r"\s+(?:and|or)\s+").split(title)
        if len(parts) != 2:
            continue
        first, second = (words_of(p) for p in parts)
        if (first <= label) == (second <= label):
            continue
        charted, other = (first, second) if first <= label else (second, first)
        shared = first & second
        if len(shared) == 1:
            # a noun both things share ('a first Review (6-8 weeks) or an annual review'):
            # the other's own words only where they stand before it ('the 6-8 week review
            # list', not 'the first full quarter')
            noun = next(iter(shared))
            return frozenset(f"{w} {noun}" for w in other - label), frozenset(charted - other)
        # the other thing's head noun alone ('complaints' of 'Complaints received')
        head = words_of(_head_noun(parts[1] if other is second else parts[0])) - label
        return (frozenset(head), frozenset(charted - other)) if head else none
    return none


def named_words(text: str) -> set[str]:
    """A text's words as `words_of` reads them, and each word with the one after it ('week
    review'), for a head noun's modifiers."""
    words = [
        stem(w[:-1] if len(w) > 3 and w.lower().endswith("s") else w)
        for w in regex(r"[A-Za-z]{3,}").findall(text)
        if w.lower() not in STOP
    ]
    return set(words) | {f"{a} {b}" for a, b in pairwise(words)}


# what ends a noun phrase's head: a bracket, a preposition or relative, or a participle
_POST_MODIFIER = regex(
    r"\s*\(|\s+(?:of|in|on|at|to|for|with|by|from|within|after|who|which|that|where)\b"
    r"|\s+[A-Za-z]+(?:ed|ing)\b",
    re.I,
)


def _head_noun(phrase: str) -> str:
    """The head noun of a noun phrase: its last word before what modifies it after
    ('complaints' of 'Complaints received', 'number' of 'The number of new Carers'
    Assessments to be undertaken')."""
    cut = _POST_MODIFIER.search(phrase)
    words = regex(r"[A-Za-z]+").findall(phrase[: cut.start()] if cut else phrase)
    return words[-1] if words else ""
