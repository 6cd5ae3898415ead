"""What a number of a clause is bound to, when it is not this council's figure for this
measure: a comparator's figure ('the England average of 82%'), a label ('Editor's note
1:', 'Figure 2'), a bound of a range ('between 95% and 98%'), a count of other things
('The 12 locality teams', '2 more machines'). Each is a named reading of
numbers.READINGS that leaves the number alone (docs/formats.md, part 3).

The binding is by structure: the words between the number and the start of the phrase
it belongs to (its clause, back to the last strong break), the word the number follows
and the noun it counts; word lists only name the few comparators a sentence may have.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from generator.editors.claims.figure import Figure
from generator.editors.claims.figures import HEDGE, HEDGES, matches
from generator.editors.claims.movements import DOWN, UP
from generator.editors.claims.reading import MONTH_NAME
from generator.editors.claims.subject import STOP, stem
from generator.read.patterns import regex

# the words for a goal the measure is held to, as every pattern of targets spells them
GOAL_WORDS = r"target|floor|upper\s+threshold|threshold"
# Whom a figure may belong to other than this council.
_COMPARATOR = regex(
    r"\b(?:England|English|national(?:ly)?|nation(?:wide)?|regional(?:ly)?|region|"
    r"(?:other|comparable|similar|neighbouring|nearby|peer)\s+(?:\w+\s+)?"
    r"(?:councils?|count(?:y|ies)|authorities|areas|boroughs|districts|services)|"
    r"shire\s+counties|statistical\s+neighbours?|benchmark\w*|comparators?|peers|CIPFA|"
    # 'the county rate was 90': the county's figure beside a district's (or the county
    # council's own: which is not said), the figure left alone
    r"the\s+county(?:['’]s)?\s+(?:rate|average|figure|level|total|score|result)|"
    r"councils|authorities|boroughs|"  # plural: other councils than this one
    # a part of this council's area or service: 'one team', 'in the west'
    r"(?:one|some|several|two|three|a|the\s+best|the\s+worst)\s+(?:\w+\s+)?"
    r"(?:teams?|localit(?:y|ies)|hubs?|wards?|patches)|"
    r"in\s+the\s+(?:north|south|east|west)(?:[\s-](?:east|west))?|"
    # a region named as the subject: 'The South East's rate', 'the North West average'
    r"(?-i:[Tt]he\s+(?:North|South|East|West)(?:[\s-](?:East|West))?(?:['’]s)?)|"
    # a region of two compass points, however introduced: 'a South East rate of 533'
    r"(?-i:(?:North|South)[\s-](?:East|West))|"
    r"UK|Great\s+Britain|Wales|Scotland)\b",
    re.I,
)
_AVERAGE = regex(r"\b(?:average|median|mean)\b", re.I)
# Where the phrase a number belongs to starts: a new clause with its own subject.
_STRONG_BREAK = regex(
    r";|:|\.\s|,\s+(?:so|and|but|while|whereas|yet|though|although)\b|\s(?:so|but|whereas)\s",
    re.I,
)
# Words after a number that give it to a comparator: '80% in other counties', 'the 28%
# seen nationally', 'the 19 days seen nationally', 'the 3.5% achieved by similar authorities'.
_COMPARATOR_AFTER = regex(
    r"^\s*(?:(?:[a-z]+\s+)?(?:seen|recorded|reported|achieved|reached|managed|found|published)\s+)?"
    r"(?:(?:in|across|for|among|by|at)\s+(?:the\s+)?|(?=\w))",
    re.I,
)


# a number's unit, then the average or median it is ('31-day median', '19 days average')
_AVERAGE_AFTER = regex(r"^(?:-[a-z]+|\s*%|\s+[a-z]+)?\s+(?=(?:average|median|mean)\b)", re.I)

_COMPARING = regex(
    r"^\s*(?:percentage\s+points?|points?|pp|%)?\s*(?:above|below|higher\s+than|lower\s+than|"
    r"more\s+than|fewer\s+than|less\s+than|better\s+than|worse\s+than|behind|ahead\s+of|"
    r"short\s+of|under|over)\b",
    re.I,
)


def _phrase_before(figure: Figure) -> str:
    """The sentence's words from the last strong break before the number up to it."""
    before = figure.text[: figure.match.start()]
    cuts = list(_STRONG_BREAK.finditer(before))
    return before[cuts[-1].end() :] if cuts else before


def _names_comparator(subject_vocabulary: frozenset[str], words: str) -> bool:
    if _COMPARATOR.search(words):
        return True
    return any(stem(m.group(0)) not in subject_vocabulary for m in _AVERAGE.finditer(words))


def names_comparator(vocabulary: frozenset[str], clause: str) -> bool:
    """Whether a clause names another place or an average ('Prices rose 4% nationally'):
    its movement words are not this measure's."""
    return _names_comparator(vocabulary, clause)


_COUNCIL_WORDS = regex(
    r"^(?:the\s+)?(?:(?:london\s+)?borough\s+of\s+|city\s+of\s+)?(?P<name>.+?)"
    r"(?:\s+(?:county|district|borough|city|metropolitan|unitary|town|parish))*"
    r"(?:\s+(?:council|authority))?$",
    re.I,
)


def own_name(organisation: str) -> str:
    """The council's own name as commentary says it: 'Kent' of 'Kent County Council'."""
    found = _COUNCIL_WORDS.match(organisation.strip())
    return found.group("name") if found and organisation.strip() else ""


_OUR = regex(r"(?:^|[,;:]\s*)our\s+(?:(?:own|latest|current)\s+)?$", re.I)
# Where a figure's own noun phrase starts, within the phrase its clause gives it: after
# the last comma, 'and' or 'with' ('..., with ours at £668', '... and an England rate of 554')
_OWN_PHRASE_CUT = regex(r",|\band\b|\bwith\b|\bagainst\b|\bwhile\b", re.I)
# words every council uses of itself
_WE = regex(
    r"\b(?:our|ours|we|us|(?:this|the)\s+(?:council|authority)(?!\s+(?:tax|average)))\b", re.I
)
_KIND = regex(r"\b(?P<kind>county|district|borough|city)\b", re.I)
# 'ranked 51st of 152 councils': the councils ranked among, no comparator's figure
_RANKED = regex(
    r"\b(?:ranked|ranks|ranking|placed|came)\s+(?:\w+\s+)?\d+(?:st|nd|rd|th)\s+"
    r"(?:of|out\s+of|among|amongst)\s+(?:the\s+|all\s+)?\d+\s+[a-z]+",
    re.I,
)


def names_own(organisation: str, words: str) -> bool:
    """Whether words name this council: as every council does ('our', 'we', 'the
    council'), by its own name ('Kent's', 'in Kent') or by its kind as the organisation
    names it ('the district' of a district council)."""
    if _WE.search(words):
        return True
    name = own_name(organisation)
    if name and re.search(rf"\b{re.escape(name)}\b", words):
        return True
    kind = _KIND.search(organisation)
    return kind is not None and bool(
        re.search(rf"\bthe\s+{kind.group('kind')}(?:['’]s)?\b(?!\s+average)", words, re.I)
    )


def own_phrase(figure: Figure, phrase: str) -> bool:
    """'Set against an England rate of 554, Kent's admissions rate of 585', 'with ours at
    £668', 'the district reached 46.3%': the figure's own noun phrase (the phrase's words
    after its last comma, 'and', 'with' or 'against') names this council and no comparator:
    the comparator named earlier in the phrase has its own figure."""
    cuts = list(_OWN_PHRASE_CUT.finditer(phrase))
    if not cuts:
        return False
    own = phrase[cuts[-1].start() :]
    if _names_comparator(figure.subject.vocabulary, own):
        return False
    return names_own(figure.subject.facts.organisation, own)


def own_named_before(figure: Figure) -> bool:
    """'against Kent's 85%', 'Wealdshire repaired 88.9%': the council names itself right
    before the figure, as its possessive or as the subject of the verb the figure is the
    object of: the figure is the council's own, whatever the phrase compared it with."""
    before = figure.text[: figure.match.start()]
    if _OUR.search(before):
        return True  # 'Against a county average of 93%, our 97%': the council's own
    name = own_name(figure.subject.facts.organisation)
    if not name:
        return False
    return bool(re.search(rf"\b{re.escape(name)}(?:'s|’s|\s+[a-z]+)\s+$", before))


# 'the 2,000 in Surrey': a figure of a place named right after it (no month, no quarter)
_IN_PLACE = regex(rf"\s+in\s+(?!(?:{MONTH_NAME}|Quarter|Q[1-4])\b)[A-Z][a-z]+\b(?!['’]s)")


# a comparator set against, with its own figure, then 'and' before the next figure: 'faster
# than the national average of 19 days and 1.7 days quicker than last quarter'
_SET_AGAINST_THEN_AND = regex(
    r"\b(?:than|below|above|behind|ahead\s+of|against|compared\s+(?:with|to))\s+"
    r"(?P<comparator>[^,;:\d]*?)\s+(?:of\s+|at\s+)?£?\d[\d,.:]*\s*%?(?:\s+[a-z]+)?\s+and\s+$",
    re.I,
)
# the figure a change on a quarter: '1.7 days quicker than last quarter', '3 points up on Q2'
_CHANGE_ON_A_QUARTER = regex(
    r"\s*(?:%|(?:percentage\s+)?points?|days?|weeks?)?\s*(?:more|fewer|less|higher|lower|quicker|"
    r"faster|slower|longer|shorter|better|worse|up|down)\s+(?:than|on|from)\s+(?:in\s+)?"
    r"(?:the\s+)?(?:(?:previous|last|prior|preceding)\s+quarter|quarter\s+before|"
    r"Quarter\s+[1-4]|Q[1-4])\b",
    re.I,
)


def _own_change_after_comparator(figure: Figure, phrase: str) -> bool:
    """'faster than the national average of 19 days and 1.7 days quicker than last
    quarter': the comparator is what the measure is set against, with its figure; the
    figure after 'and' is the measure's change on a quarter, a conjunct of its own."""
    found = _SET_AGAINST_THEN_AND.search(phrase)
    return (
        found is not None
        and _names_comparator(figure.subject.vocabulary, found.group("comparator"))
        and not _names_comparator(figure.subject.vocabulary, phrase[: found.start()])
        and bool(_CHANGE_ON_A_QUARTER.match(figure.text, figure.match.end()))
    )


def comparator(figure: Figure) -> bool:
    """'the England average of 82%', 'Nationally, around 30%', '80% in other counties':
    the phrase the number belongs to names another place or an average."""
    vocabulary = figure.subject.vocabulary
    phrase = _RANKED.sub(" ", _phrase_before(figure))
    if _names_comparator(vocabulary, phrase):
        if _own_change_after_comparator(figure, phrase):
            return False
        return not (own_named_before(figure) or own_phrase(figure, phrase))
    after = figure.text[figure.match.end() :]
    cut = _STRONG_BREAK.search(after)
    after = after[: cut.start()] if cut else after
    near = _COMPARATOR_AFTER.match(after)
    if near is not None and _COMPARATOR.match(after, near.end()):
        return True
    # 'the 31-day median for district councils', 'a 19 days average across the county':
    # the figure is the average's it stands before (not 'the council's 18.5-day average')
    average = _AVERAGE_AFTER.match(after)
    if (
        average is not None
        and regex(r"\b(?:the|an?)\s+$", re.I).search(figure.text[: figure.match.start()])
        and _names_comparator(vocabulary, after[average.end() :])
    ):
        return True
    # 'well above the 2,000 in Surrey': the figure a named place had, not this council
    place = _IN_PLACE.match(after)
    if (
        place is not None
        and regex(r"\bthe\s+$", re.I).search(figure.text[: figure.match.start()])
        and not names_own(figure.subject.facts.organisation, place.group(0))
    ):
        return True
    # '3 points below the England figure': a difference from a comparator
    comparing = _COMPARING.match(after)
    return comparing is not None and _names_comparator(vocabulary, after[comparing.end() :])


_LABEL_BEFORE = regex(
    r"\b(?P<word>[A-Z][a-z]+|note|table|figure|chart|annex|appendix|page|paragraph|item|"
    r"lot|row|column|line|step|phase|action|recommendation|option)(?:'s)?\s+$"
)
_NOT_LABEL = frozenset(
    {w.split()[0] for w in HEDGES}
    | {
        "at",
        "in",
        "of",
        "by",
        "from",
        "to",
        "with",
        "around",
        "about",
        "some",
        "only",
        "just",
        "up",
        "down",
        "nearly",
        "almost",
        "over",
        "under",
        "and",
        "but",
        "while",
        "then",
        "after",
        "before",
        "since",
        "between",
        "than",
        "another",
        "further",
        "all",
        "these",
        "those",
        "its",
        "their",
        "our",
        "reached",
        "hit",
        "stood",
        "was",
        "were",
        "is",
        "are",
        "fell",
        "rose",
    }
)


def label(figure: Figure) -> bool:
    """'Editor's note 1:', 'Figure 2 shows', 'Lot 2 of': a small whole number named by
    the noun written just before it, with no sign, or one that a colon follows."""
    stated = figure.stated
    if stated.percent or stated.pounds or stated.decimals or stated.value >= 1000:
        return False
    if figure.text[figure.match.end() :].startswith(":"):
        return True
    word = _LABEL_BEFORE.search(figure.text[: figure.match.start()])
    if word is None:
        return False
    lower = word.group("word").lower()
    if lower == own_name(figure.subject.facts.organisation).lower():
        return False  # 'Kent's 590': the council's own figure
    return lower not in _NOT_LABEL and lower not in STOP


_RANGE_PAIR = regex(
    r"\b(?P<lead>between|from|within|(?:band|range)\s+of)\s+(?P<low>[£\d][\d,.:]*\s?%?)\s+(?:and|(?:up\s+)?to)\s+(?P<high>[£\d][\d,.:]*"
    r"\s?%?)|(?P<low2>[£\d][\d,.]*\s?%)\s+to\s+(?P<high2>[£\d][\d,.]*\s?%)",
    re.I,
)
_RANGE_VERB = regex(
    r"\b(?:ranged?|ranging|varied|vary|varying|fluctuat\w+|stayed|remained|been|was|were|"
    r"is|are|sat|lay|of|band|range|anywhere)\s+(?:\w+\s+)?$|\b(?:band|range),\s+$",
    re.I,
)


_MOVED = regex(
    rf"\b(?:{UP}|{DOWN}|improved|worsened|dropped\s+back|fell\s+back|edged\s+(?:up|down))\s+$",
    re.I,
)


# a verb of change before 'from': 'was raised from 90% to 92%', 'lowered from 30 to 25 days'
_CHANGED = regex(
    rf"\b(?:{UP}|{DOWN}|raised|lowered|cut|revised|changed|moved|tightened|relaxed)\s+$",
    re.I,
)


# 'has moved between 4% and 5%': to and fro within a range, not a change
_MOVED_AMONG = regex(r"\bmoved\s+$", re.I)


def range_of(figure: Figure) -> re.Match[str] | None:
    """The range a number is a bound of: 'between 95% and 98%', 'ranged from 580 to 601',
    '8% to 10%'; None where it is no bound ('rose from 580 to 601' is a movement)."""
    return _range_at(figure.text, figure.match.start())


def range_written(text: str) -> bool:
    """Whether a sentence writes a range ('moved between 4% and 5%'), not only a
    movement's two ends ('moved from £122.30 to £127.30')."""
    return any(
        _range_at(text, pair.start("low") if pair.group("low") else pair.start("low2"))
        for pair in _RANGE_PAIR.finditer(text)
    )


def _range_at(text: str, at: int) -> re.Match[str] | None:
    """The range whose bounds include the number at `at`, as range_of reads it."""
    for pair in _RANGE_PAIR.finditer(text):
        if not pair.start() <= at < pair.end():
            continue
        if not pair.group("lead") and regex(r"\b(?:by|up|down)\s+$").search(text[: pair.start()]):
            return None  # 'rose by 0.4% to 6.2%': a change, then the level it reached
        if not pair.group("lead") and _MOVED.search(text[: pair.start()]):
            return None  # 'slipped 1.4% to 83.1%': a change, then the level it reached
        if pair.group("lead") and _falls(pair.group("low"), pair.group("high")):
            return None  # 'cut from 3:00 to 2:30': a range is written low to high; this fell
        if (
            pair.group("lead")
            and _CHANGED.search(text[: pair.start()])
            and not (
                pair.group("lead").lower() == "between"
                and _MOVED_AMONG.search(text[: pair.start()])
            )
        ):
            return None  # 'the target was raised from 90% to 92%': a change, not a range
        if pair.group("lead") and pair.group("lead").lower() == "within":
            # 'stayed within 149 to 158' is a range; 'answered within 2 to 3 days' a time
            return pair if _RANGE_VERB.search(text[: pair.start()]) else None
        if pair.group("lead") and pair.group("lead").lower() == "from":
            # 'rose from 580 to 601' is a movement; 'ranged from 580 to 601' a range
            return pair if _RANGE_VERB.search(text[: pair.start()]) else None
        if pair.group("low2") and _falls(pair.group("low2"), pair.group("high2")):
            return None  # '(54.0% to 45.3%)': a range is written low to high; this fell
        return pair
    return None


def _falls(first: str, second: str) -> bool:
    """'54.0% to 45.3%': the second figure below the first (a movement's ends)."""
    try:
        return _value(second) < _value(first)
    except ValueError:
        return False


def _value(written: str) -> float:
    """'1,250', '45.3%', '£500', or on the clock ('2:30', in seconds)."""
    plain = written.strip(" %£").replace(",", "")
    if ":" in plain:
        minutes, seconds = plain.split(":", 1)
        return int(minutes) * 60 + float(seconds)
    return float(plain)


def range_bound(figure: Figure) -> bool:
    """A bound of a range (checked over the quarters it names by the range rule, not as
    one quarter's figure)."""
    return range_of(figure) is not None


# Nouns that name a measure's own figure: 'a rate of 580', 'a total of 2,455'.
_MEASURE_NOUNS = frozenset(
    "rate number share proportion percentage figure figures level total count value high "  # noqa: SIM905
    "low peak average cost costs spend score sum outturn position result performance amount "
    "tally record rise increase fall drop decrease reduction change growth decline "
    "difference gap target floor threshold ratio trend direction picture data measure "
    "indicator kpi metric series demand activity volume volumes use usage uptake take-up "
    "timeliness numbers levels time times wait waits rating rag status".split()
)


def names_other_thing(vocabulary: frozenset[str], word: str) -> bool:
    """A word, lower case, that is none of the measure's words and no word for a measure's
    figure ('north', 'complaints'; not 'bins', 'number', 'rate')."""
    return not (
        stem(word) in vocabulary or word in _MEASURE_NOUNS or word.rstrip("s") in _MEASURE_NOUNS
    )


_NAMED_QUANTITY = regex(r"\b(?P<noun>[A-Za-z]+)\s+of\s+(?:(?:just\s+)?\w+\s+)?$")


def other_quantity(figure: Figure) -> bool:
    """'the landfill tax of £103.70': a quantity the noun before 'of' names, which is none
    of this indicator's words and no word for a measure's figure."""
    found = _NAMED_QUANTITY.search(figure.text[: figure.match.start()])
    if found is None:
        return False
    noun = found.group("noun").lower()
    return (
        noun not in _MEASURE_NOUNS
        and noun not in STOP
        and len(noun) > 2
        and stem(noun) not in figure.subject.vocabulary
        and not figure.stated.percent
    )


# 'N things in every M': a rate with its own whole
_RATE_AFTER = regex(
    r"\s+(?:[A-Za-z-]+\s+){0,3}?(?:in|for|out\s+of)\s+every\s+(?P<whole>\d[\d,]*)", re.I
)


def ratio_in_figures(figure: Figure) -> bool:
    """'3 in 10 contacts', '7 in every 100': a fraction written in figures; 'about 6
    admissions in every 1,000 people', a rate per a whole the measure is not given per;
    'aged over 85': an age. None is the measure's figure."""
    text, match, stated = figure.text, figure.match, figure.stated
    if stated.percent or stated.pounds:
        return False
    rate = _RATE_AFTER.match(text, match.end())
    if rate is not None:  # 'about 6 admissions in every 1,000 people': unless the measure's
        subject = figure.subject
        named = " ".join((*subject.names, subject.facts.indicator.title))
        return rate.group("whole") not in named
    if stated.decimals:
        return False
    return bool(
        regex(r"\s+in\s+(?:every\s+)?\d{1,3}(?![\d/,.%])").match(text[match.end() :])
        or regex(r"(?<![\d,.])\b\d{1,3}\s+in\s+(?:every\s+)?$").search(text[: match.start()])
        or regex(r"\baged\s+(?:over|under|between|from|above|below)?\s*$").search(
            text[: match.start()]
        )
    )


_SUBJECT = regex(
    r"^\W*(?:(?:so|and|then|but|while|as)\s+)?(?:the|a|an|our|its|their|this|that)\s+"
    # 'This is a third ...': a pronoun and its verb, not a determiner and a noun
    r"(?!(?:is|was|are|were|has|have|had)\b)"
    r"(?P<words>[A-Za-z'-]+(?:\s+[A-Za-z'-]+){0,2}?)\s+(?:(?:has|have|had|is|was|also|then|"
    r"again|further|sharply|slightly)\s+)*$",
    re.I,
)


# a verb that tells what the figures show: 'the numbers show no significant trend'; the
# subject is the words before it
_SHOWS = regex(
    r"\s+(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated|"
    r"display|displays|displayed)\s+(?:an?\s+|the\s+)?$",
    re.I,
)


# what the measure's own figures are called: 'the numbers show', 'the figures suggest'
_FIGURE_WORDS = frozenset("numbers figures data series chart charts".split())  # noqa: SIM905
_WORD = regex(r"[A-Za-z][A-Za-z'-]*")


def _lower_words(text: str) -> list[str]:
    """A text's words in order, lower-cased, a hyphened or possessive word whole
    ('take-up', "council's")."""
    return [w.lower() for w in _WORD.findall(text)]


_OVER_TIME = regex(
    r"^\W*(?:taken\s+)?(?:over|in|across|during)\s+the\s+(?:last|past)\s+\w+\s+"
    r"(?:quarters|years|months)\s*,?",
    re.I,
)


def _shown_by(vocabulary: frozenset[str], before: str) -> bool | None:
    """Where a movement is what something shows ('the numbers show no significant trend',
    'reports show an increasing trend'): whether that something is another subject than
    the measure's figures (its noun phrase, after the last small word, names only the
    measure's words or its figures'); None where no such verb comes before."""
    found = _SHOWS.search(before)
    if found is None:
        return None
    # 'Over the last six quarters they show': the time it is shown over set aside; a
    # pronoun ('they', 'these') stands for the figures the sentence before gave
    shower = _OVER_TIME.sub(" ", before[: found.start()])
    if regex(r"\b(?:they|these|those|it|this)\s*$", re.I).search(shower):
        return False
    words = _lower_words(shower)
    tail: list[str] = []
    for word in reversed(words):
        if word in STOP:
            break
        tail.insert(0, word)
    return not tail or not all(stem(w) in vocabulary or w in _FIGURE_WORDS for w in tail)


def other_subject(vocabulary: frozenset[str], before: str) -> bool:
    """'the backlog grew by 415': the words before a movement are a subject with a
    determiner that names neither the measure nor a measure's figure ('the share', 'the
    rate', 'the cost')."""
    found = _SUBJECT.match(before)
    if found is None:
        return False
    words = [w.lower() for w in regex(r"[A-Za-z]+").findall(found.group("words"))]
    if "of" in words[:-1]:  # 'the number of providers': what the number is of
        of = [w for w in words[words.index("of") + 1 :] if w not in STOP]
        return not any(stem(w) in vocabulary for w in of)
    return not any(w in _MEASURE_NOUNS or stem(w) in vocabulary for w in words)


_BARE_SUBJECT = regex(
    r"^\W*(?:(?:so|and|then|but|while|whereas|although|though|as|meanwhile)\s+)?"
    r"(?P<words>[A-Za-z'-]+(?:\s+[A-Za-z'-]+){1,6}?)\s+(?:(?:has|have|had|is|are|was|were|also|"
    r"then|again|further|sharply|slightly|steadily|significantly)\s+)*$",
    re.I,
)
_PRONOUNS = frozenset("it they this these those which that we he she there".split())  # noqa: SIM905


_VERBISH = frozenset(
    "continue continues continued made make makes remain remains remained seem seems "  # noqa: SIM905
    "seemed appear appears appeared began begin begins started start starts keep keeps "
    "kept went go goes has have had is are was were be been being".split()
)


# who does something, not what a measure counts: 'the rent collection team is rated GREEN'
_AGENTS = frozenset(
    "team teams staff officers officer crews crew inspectors inspector service department "  # noqa: SIM905
    "partners partner contractor contractors provider providers council councils board".split()
)
# words that stand where a subject would and are none ('now rated Amber')
_ADVERBS = frozenset(
    "now still again also then currently already yet once previously since even just "  # noqa: SIM905
    "only here overall together".split()
)
# the adverbs a clause's subject may have before its verb ('open enquiries still rose')
ADVERBS = _ADVERBS
_ONE_NOUN = regex(
    r"^\W*(?:(?:while|whereas|though|although|as|but)\s+)?(?P<noun>[A-Za-z][a-z'-]+)\s+$", re.I
)


def other_noun(vocabulary: frozenset[str], before: str) -> bool:
    """'while fuel ', 'though complaints ': a bare noun, the subject of its own clause,
    that names none of the measure's words, no measure's figure and no pronoun."""
    found = _ONE_NOUN.match(before)
    if found is None:
        return False
    noun = found.group("noun").lower()
    parts = [p for p in regex(r"[a-z]+").findall(noun) if len(p) > 2]  # 'fly-tipping'
    return (
        noun not in _PRONOUNS
        and noun not in _ADVERBS
        and noun not in STOP
        and noun.rstrip("s") not in _MEASURE_NOUNS
        and noun not in _MEASURE_NOUNS
        and not any(stem(p) in vocabulary for p in [noun, *parts])
    )


# the measure's trend as a subject: 'the direction of travel is improving'
_TREND_SUBJECT = regex(
    r"\b(?:the|its|their)\s+(?:direction\s+of\s+travel|trend)\s+(?:is|was|has\s+been)\s+$", re.I
)


# a preposition before a word in -ing makes it a noun, not a verb: 'Beds with nursing cover'
_NOUN_AFTER = frozenset("with without for of".split())  # noqa: SIM905


def other_subject_of_movement(vocabulary: frozenset[str], before: str) -> bool:
    """The words before a movement word name another subject: 'the backlog grew'
    (other_subject), or 'Waiting times rose', 'visitor car income rose': a noun phrase of
    two words or more with no determiner, no verb, and what it is about (its last word,
    or what it is 'of') none of the measure's words or a measure's figure's."""
    if _TREND_SUBJECT.search(before):
        return False  # 'the direction of travel is improving': the measure's own trend
    shown = _shown_by(vocabulary, before)
    if shown is not None:
        return shown
    if other_subject(vocabulary, before):
        return True
    found = _BARE_SUBJECT.match(before)
    if found is None:
        return False
    words = _lower_words(found.group("words"))
    content = [w for w in words if w not in STOP]
    if len(content) < 2 or any(w in _PRONOUNS for w in words):
        return False
    if any(
        w in _VERBISH or (w.endswith(("ed", "ing")) and words[i] not in _NOUN_AFTER)
        for i, w in enumerate(words[1:])
    ):
        return False  # 'Applications completed made up', 'calls continue to': a verb
    # what the phrase is about: its last word ('visitor car income'), or what it is of
    # ('take-up of Direct Payments')
    about = (
        [content[-1]] + [w for w in words[words.index("of") + 1 :] if w not in STOP]
        if ("of" in words)
        else [content[-1], *_head_before_the(words, found.group("words"))]
    )
    return not any(
        w in _MEASURE_NOUNS or w.rstrip("s") in _MEASURE_NOUNS or measures_word(vocabulary, w)
        for w in about
    )


def measures_word(vocabulary: frozenset[str], word: str) -> bool:
    """A word, lower case, of the measure's, or its plural ('missed bins' of 'missed bin
    collections': the noun in the singular)."""
    return stem(word) in vocabulary or (
        len(word) > 3 and word.endswith("s") and stem(word[:-1]) in vocabulary
    )


# a noun phrase's head, then a preposition and one named thing ('contacts with the
# directorate', 'potholes across the network'): not a part picked out ('in the new rounds',
# 'with dementia'), which is plural or has no article
# ('on the new estate', 'on the A2' is a place picked out, so 'on' is not one of them; nor
# is a named or a superlative thing: 'at the Oak estate', 'at the largest estate')
_POST_THE = frozenset("with to from across at into through".split())  # noqa: SIM905


def _head_before_the(words: Sequence[str], written: str = "") -> list[str]:
    """The head of 'contacts with the directorate': the word before a preposition that is
    followed by 'the' and at most two words, the last singular, none of them a name
    (capitalised in `written`) or a superlative; [] for any other phrase."""
    named = {w.lower() for w in _WORD.findall(written)[1:] if w[:1].isupper()}
    for index, word in enumerate(words[1:], start=1):
        if word not in _POST_THE:
            continue
        rest = words[index + 1 :]
        if (
            1 < len(rest) <= 3
            and rest[0] == "the"
            and not (rest[-1].endswith("s") and not rest[-1].endswith("ss"))
            and not any(w in named or (len(w) > 5 and w.endswith("est")) for w in rest[1:])
        ):
            return [words[index - 1]]
        return []
    return []


# 'Of the 72 households placed, 28 had children': the whole, then a
# part of it in the clause after the comma
_OF_THE_WHOLE = regex(
    r"^\W*Of\s+(?:the\s+|these\s+|those\s+|all\s+)?[£\d][\d,.]*\s*%?\s+[^,;:]+,\s*"
    r"(?:(?:just|only|some|around|about|nearly|almost|over|under)\s+)?$",
    re.I,
)


_THE_PART = regex(r"\bthe\s+(?:[a-z]+est|top|bottom|remaining|other)\s+$", re.I)
# 'Around 40% of new packages cost more than £800 a week': a share of the things, then
# the bound that picks them out
_SHARE_THEN_BOUND = regex(
    r"(?:^|[,;:]\s*)(?:(?:around|about|some|nearly|almost|over|under|just)\s+)?"
    r"(?:\d+(?:\.\d+)?\s?%|half|a\s+third|a\s+quarter|two\s+thirds|three\s+quarters|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+in\s+(?:\w+))\s+of\s+[^,;:]+?"
    r"\b(?:more|less|fewer)\s+than\s+$|"
    r"(?:^|[,;:]\s*)(?:(?:around|about|some|nearly|almost|over|under|just)\s+)?"
    r"(?:\d+(?:\.\d+)?\s?%|half|a\s+third|a\s+quarter|two\s+thirds|three\s+quarters)\s+of\s+"
    r"[^,;:]+?\b(?:over|under|above|below)\s+$",
    re.I,
)


def part_of_them(figure: Figure) -> bool:
    """'Of the 72 households ..., 28 were families': a count of part of the whole the
    sentence opens with (a per cent of it, 'Of 4,683 assessments, 75% were ...', is
    still read); 'the slowest 10%', 'the other 3': a part picked out of them."""
    if _THE_PART.search(figure.text[: figure.match.start()]):
        return True
    if _SHARE_THEN_BOUND.search(figure.text[figure.clause.start : figure.match.start()]):
        return True  # 'Around 40% of new packages cost more than £800': the bound of a part
    if figure.stated.percent:
        return False
    return bool(_OF_THE_WHOLE.match(figure.text[: figure.match.start()]))


# 'a 6.5% uplift in provider fees', 'a 3% pay award for care workers': a change of another
# quantity, named after the number
_OTHER_CHANGE = regex(
    r"^\s*(?P<noun>[A-Za-z-]+)(?:\s+[A-Za-z-]+)?\s+(?:in|of|on|to|for)\s+(?P<what>[^,.;:]+)",
    re.I,
)


def others_change(figure: Figure) -> bool:
    """'After a 6.5% uplift in provider fees': a per cent written as what changed in
    something none of whose words are the indicator's or a measure's figure's."""
    if not figure.stated.percent:
        return False
    if not re.search(
        r"\b(?:a|an)\s+(?:(?:" + HEDGE + r")\s+)?$", figure.text[: figure.match.start()], re.I
    ):
        return False
    found = _OTHER_CHANGE.match(figure.text[figure.match.end() :])
    if found is None:
        return False
    words = [w.lower() for w in regex(r"[A-Za-z]{3,}").findall(found.group("what"))]
    vocabulary = figure.subject.vocabulary
    return bool(words) and not any(
        w in _MEASURE_NOUNS or stem(w) in vocabulary or w in ("quarter", "year", "last")
        for w in words
    )


# '230 of them', '600 of which': a part of the figure the sentence has just given
_OF_THEM = regex(r"^\s*of\s+(?:them|these|those|which|whom)\b", re.I)


_OF_WHICH = regex(
    r"\bof\s+(?:which|whom|them|these|those)\s*,?\s+(?:(?:just|only|some|around|about|nearly|"
    r"almost|over|under)\s+)?$",
    re.I,
)
# 'their peak of 24,310', 'a low of 580': an earlier quarter's figure, not this one's
_EXTREME_OF = regex(
    r"\b(?:peak|high|low|record|maximum|minimum)\s+(?:level\s+)?of\s+(?:(?:just\s+)?\w+\s+)?$",
    re.I,
)


def extreme_of_before(figure: Figure) -> bool:
    """'Contacts are now 3,330 below their peak of 24,310': a figure of another quarter
    than the one spoken of, named as the series' high or low (and one of its figures)."""
    if not _EXTREME_OF.search(figure.text[: figure.match.start()]):
        return False
    values = [v for series in figure.subject.values for v in series.values()]
    return any(matches(replace(figure.stated, hedge=None), v) for v in values)


# ', with 2,000 on A roads': a count after 'with', placed by the words after it (not a
# quarter's comparison: 'with 2,000 on the quarter before')
_WITH_BEFORE = regex(
    r",\s*with\s+(?:(?:just|only|some|around|about|nearly|almost|over|under)\s+)?$", re.I
)
_PLACED_AFTER = regex(
    r"^\s+(?:on|at|from)\s+(?!(?:the\s+|a\s+)?(?:quarter|previous|last|same|year|Q[1-4]|"
    r"Quarter|\d))",
    re.I,
)


def part_named_after(figure: Figure) -> bool:
    """'1,790 enquiries were open, 230 of them for more than 6 months': a count of part
    of them (a per cent of them may still be the measure's)."""
    if figure.subject.unit != "percent" and _OF_WHICH.search(figure.text[: figure.match.start()]):
        return True  # '20,980 contacts, of which 45% were resolved at first contact'
    if (
        not figure.stated.percent
        and _WITH_BEFORE.search(figure.text[: figure.match.start()])
        and _PLACED_AFTER.match(figure.text[figure.match.end() :])
    ):
        return True  # '..., with 2,000 on A roads': a part of them, placed
    return not figure.stated.percent and bool(_OF_THEM.match(figure.text[figure.match.end() :]))


_IN_STATE = regex(
    r"^\s*(?:[A-Za-z'-]+\s+){0,2}?(?:were|was|have\s+been|has\s+been|had\s+been)\s+"
    r"(?:(?:then|also|later|since)\s+)?(?P<verb>[a-z]+ed)\b"
)


def other_state(figure: Figure) -> bool:
    """'Some 300 concerns were closed without an enquiry': where the measure's series are
    things in a state their labels name ('received', 'completed'), a count of things in
    another state is not the measure's."""
    subject = figure.subject
    if subject.unit != "count" or figure.stated.percent:
        return False
    states = {
        stem(w)
        for s in subject.facts.series
        for w in regex(r"[a-z]{3,}ed\b").findall(s.series.label.lower())  # not 'need'
    }
    found = _IN_STATE.match(figure.text[figure.match.end() :])
    return (
        bool(states) and found is not None and stem(found.group("verb")) not in subject.vocabulary
    )


# a verb a clause's claim hangs on: its subject is the words before it
_CLAIM_VERB = regex(
    r"\b(?:is|was|are|were|has|have|had|having|been|being|stays?|stayed|remains?|remained|stands?|stood|sits?|sat|"
    r"rated)\b",
    re.I,
)
_CONJUNCTION = regex(
    r"^\W*(?:(?:and|but|while|whereas|though|although|even\s+though|as|so|yet)\s+)", re.I
)


def subject_other(
    vocabulary: frozenset[str], clause: str, at: int, first: bool, unit: str = ""
) -> bool:
    """Whether the words a claim at `at` in `clause` hangs on have a subject of their own
    that is not this measure: 'the call centre was rated RED', 'rainfall was the highest on
    record', 'the volume of consultations doubled', 'evictions rose'. The subject is the
    clause's words before its first verb (or before the claim's words); a bare noun alone
    ('evictions', 'rainfall') counts only in a clause after the sentence's first
    (`first` False), where it brings in a subject of its own."""
    before = clause[:at]
    if _TREND_SUBJECT.search(before):
        return False  # 'the direction of travel is improving': the measure's own trend
    shown = _shown_by(vocabulary, before)
    if shown is not None:
        return shown
    verb = _CLAIM_VERB.search(before)
    words = before if verb is None else before[: verb.start()]
    lead = _CONJUNCTION.match(words)
    rest = words[lead.end() :] if lead is not None else words
    if verb is None:
        if other_subject_of_movement(vocabulary, words):
            return True  # 'the volume of consultations doubled'
    else:
        if other_subject(vocabulary, rest):
            return True  # 'the call centre was rated RED'
        head = regex(r"([A-Za-z]+)\s*$").search(rest)
        if head is not None and head.group(1).lower() in _AGENTS:
            return True  # 'the rent collection team is rated GREEN by tenants'
    if not first and _qualified_other(vocabulary, rest):
        return True  # '..., while response rates rose': another rate than this measure's
    if unit and _other_unit(rest, unit):
        return True  # 'package costs rose by 3%' beside a count of packages
    if not first and _placed_other(vocabulary, rest):
        return True  # '..., while people at home rose by 80': people in another place
    if not first and counted_other(vocabulary, rest, unit):
        return True  # '...; reviews completed rose by 200': a count of things done
    return (not first or lead is not None) and other_noun(vocabulary, rest)


# a movement's end, after a subject: 'Staff at the depot rose to 120'
_MOVED_TO_END = regex(
    r"^\W*(?:(?:and|but|while|whereas|though|although|as|so)\s+)?(?P<subject>[A-Za-z][A-Za-z'-]*"
    r"(?:\s+[A-Za-z0-9'-]+){0,6}?)\s+(?:(?:has|have|had)\s+)?"
    r"(?:fell|fallen|rose|risen|dropped|climbed|grew|grown|jumped|dipped)\s+(?:back\s+)?to\s+$",
    re.I,
)
# a head noun picked out by a place, a channel or who: 'faults on the A2', 'reports
# through the app', 'repairs by the contractor', 'arrears with the housing association'; or
# what another thing is about ('complaints about missed bins')
_PICKED_OUT = regex(
    r"^(?:[A-Za-z'-]+\s+){0,2}[A-Za-z'-]+\s+(?:(?P<prep>at|on|through|by|with|from|to)\s+the"
    r"|about)\s+(?P<thing>[A-Za-z0-9'-]+(?:\s+[A-Za-z0-9'-]+)*)$",
    re.I,
)


def others_moved_to(vocabulary: frozenset[str], before: str) -> bool:
    """'Staff at the depot rose to 120', 'Faults on the A2 rose to 300', 'Complaints about
    missed bins fell to 40': the level a movement ended at, whose subject is a head noun
    picked out by a place, a channel or who ('reports through the app') that none of the
    measure's words names, or what another thing is about: not the measure's whole figure.
    After 'with the' or 'to the' one word is the one thing the measure's are with or to
    ('Contacts with the directorate', 'calls to the switchboard'): the measure's whole."""
    found = _MOVED_TO_END.match(before)
    if found is None:
        return False
    picked = _PICKED_OUT.match(found.group("subject"))
    if picked is None:
        return False
    if picked.group("prep") is None:
        return True  # 'complaints about missed bins'
    thing = _lower_words(picked.group("thing"))
    if picked.group("prep").lower() in ("with", "to") and len(thing) < 2:
        return False
    # 'calls to the contact centre': what the phrase picks out is named by the measure's
    # own words, so it may be the measure
    return not any(stem(w) in vocabulary for w in thing)


# what a subject's head word measures, by the unit it is in
_MONEY_WORDS = frozenset("cost costs spend spending price prices income budget fee fees".split())  # noqa: SIM905
_TIME_WORDS = frozenset("time times wait waits delay delays".split())  # noqa: SIM905


def _other_unit(words: str, unit: str) -> bool:
    """Whether a subject's head word is money beside a measure not in pounds, or a time
    beside one not in days, hours or minutes: another quantity."""
    found = _BARE_SUBJECT.match(words) or _SUBJECT.match(words)
    if found is None:
        return False
    named = _lower_words(found.group("words"))
    head = named[-1] if named else ""
    if len(named) > 1 and named[-2] in STOP:
        return False  # 'decided in time': a phrase, not the subject's head noun
    if head in _MONEY_WORDS:
        return unit != "gbp"
    if head in _TIME_WORDS:
        return unit not in ("days", "hours", "minutes")
    return False


# a participle after a plural noun, the head of a later clause's subject: a count of things
# done ('reviews completed', 'assisted collections missed', 'people under 65 admitted')
_DONE = regex(r"[a-z]{3,}ed$")


def counted_other(vocabulary: frozenset[str], words: str, unit: str) -> bool:
    """Whether a later clause's bare subject is things counted as done ('consultations
    received fell by 31'), beside a measure that is not a count, in words not all the
    measure's ('routine repairs completed' is the measure's own): another quantity."""
    if not unit or unit == "count":
        return False
    found = _BARE_SUBJECT.match(words)
    if found is None:
        return False
    named = _lower_words(found.group("words"))
    if len(named) < 2 or not _DONE.match(named[-1]):
        return False
    nouns = [w for w in named[:-1] if w not in STOP and not w.isdigit()]
    if all(stem(w) in vocabulary for w in [*nouns, named[-1]]):
        return False  # 'routine repairs completed': the measure's own words
    return bool(nouns) and any(
        (w.endswith("s") and not w.endswith("ss")) or w == "people" for w in nouns
    )


# a later clause's bare subject placed by 'at' or 'in': 'people at home', 'beds in Dover'
_PLACED = regex(
    r"^\W*(?:(?:and|but|while|whereas|though|although)\s+)?(?:the\s+)?[A-Za-z]+\s+"
    r"(?:at|in)\s+(?P<place>[A-Za-z]+)\s+(?:(?:has|have|is|are|was|were|also)\s+)*$",
    re.I,
)


def _placed_other(vocabulary: frozenset[str], words: str) -> bool:
    """Whether a later clause's bare subject is placed somewhere none of the measure's
    words name ('people at home' beside new packages for people): other people."""
    found = _PLACED.match(words)
    if found is None:
        return False
    place = found.group("place").lower()
    return place not in STOP and stem(place) not in vocabulary


def head_in_other_unit(clause: str, at: int, unit: str) -> bool:
    """Whether the subject before a claim at `at` in `clause` (after any conjunction) is a
    quantity in another unit than the measure's ('package costs rose by 3%')."""
    words = clause[:at]
    lead = _CONJUNCTION.match(words)
    return _other_unit(words[lead.end() :] if lead is not None else words, unit)


def _qualified_other(vocabulary: frozenset[str], words: str) -> bool:
    """'response rates', 'package costs': a measure's word (rate, cost, time) qualified by
    words none of which is this measure's, as the bare subject of a later clause."""
    found = _BARE_SUBJECT.match(words)
    if found is None:
        return False
    named = _lower_words(found.group("words"))
    content = [w for w in named if w not in STOP]
    head = content[-1] if content else ""
    if len(content) < 2 or len(content) != len(named):
        return False
    if head not in _MEASURE_NOUNS and head.rstrip("s") not in _MEASURE_NOUNS:
        return False
    return not any(stem(w) in vocabulary for w in content[:-1])


_WAS = regex(
    r"\b(?:is|was|are|were|has\s+been|have\s+been|had\s+been|"
    # 'Rainfall reached a record high', 'Complaints hit an all-time high': the record itself
    r"reached|hit|touched|set|(?:rose|climbed|fell|dropped)\s+to)\s+$",
    re.I,
)
# 'the number of contacts', 'volumes of waste': a count of things, not a rate or share
NUMBER_OF = regex(r"\b(?:numbers?|volumes?|counts?)\s+of\b", re.I)


def record_of_other(vocabulary: frozenset[str], clause: str, at: int, unit: str = "") -> bool:
    """'Rainfall in Quarter 3 was the highest on record', 'Garden waste tonnages were the
    highest since recording began', 'the number of contacts was the lowest on record': a
    record said of a subject (the words before 'was', 'were') that names none of the
    measure's words and no measure's figure, even in the sentence's first clause."""
    before = clause[:at]
    verb = _WAS.search(before)
    if verb is None:
        return False
    words = before[: verb.start()]
    lead = _CONJUNCTION.match(words)
    rest = words[lead.end() :] if lead is not None else words
    rest = regex(r"\s+(?:in|during|for|at)\s+(?:Quarter|Q)\s*[1-4]\b.*$", re.I).sub(" ", rest)
    if unit != "count" and NUMBER_OF.search(rest):
        return True  # 'the number of contacts was the lowest' beside a percentage
    return (
        other_subject(vocabulary, rest)
        or other_subject_of_movement(vocabulary, rest)
        or other_noun(vocabulary, rest)
    )


# a subject's head, then a preposition and what picks a part of it out, then a verb of
# movement to a figure: 'Contacts from the north fell to ', 'People with the highest needs
# rose to ', 'Beds with nursing cover fell to ', 'Packages for people at home rose to'
_PART_MOVED_TO = regex(
    r"^\W*(?:(?:and|but|while|whereas|though|although)\s+)?(?:the\s+)?"
    r"(?P<head>[A-Za-z'-]+(?:\s+[A-Za-z'-]+)?)\s+"
    r"(?P<prep>from|with|at|on|in|through|by|for|to(?=\s+the\s))\s+"
    r"(?P<rest>[A-Za-z'-]+(?:\s+[A-Za-z'-]+){0,3}?)\s+(?:(?:has|have|had)\s+)?"
    r"(?:rose|risen|fell|fallen|grew|grown|dropped|climbed|increased|decreased|declined|"
    r"doubled|tripled|halved|went\s+(?:up|down)|came\s+down)\s+(?:to|from)\s",
    re.I,
)
_COMPASS = regex(r"^the\s+(?:north|south|east|west)(?:[\s-](?:east|west))?$", re.I)
# the body that reports, as any council names itself: 'contacts with the directorate'
_OWN_BODY = regex(
    r"^the\s+(?:council|authority|directorate|department|service|county|district|borough|city)$",
    re.I,
)
_CLAUSE_EDGE = regex(r"[;:]|\.\s|,\s+(?:and|but|while|whereas|though|although)\b", re.I)


def part_moved_to(vocabulary: frozenset[str], text: str, at: int) -> bool:
    """Whether a figure at `at`, in the clause that leads the sentence, after 'rose to' or
    'fell to' (or 'from'), is a part's of the measure's things or another subject's: its
    subject's head picked out by a preposition and words none of which is the measure's
    ('Beds with nursing cover', not words of the measure's title), by a superlative ('with
    the highest needs') or by a compass point ('from the north'); or a subject of its own
    ('Referrals from the acute trusts', other_subject_of_movement). A head with 'the' and
    one thing after it ('contacts with the directorate') is the measure's own
    (_head_before_the)."""
    found = _PART_MOVED_TO.match(text)
    # the figure in the same clause: no stop, nor a comma and a conjunction, between ('Staff
    # at the depot rose to 120, and missed bins rose to 91.3': the second is another clause's)
    if found is None or at < found.end("rest") or _CLAUSE_EDGE.search(text, found.end(), at):
        return False
    if any(w.endswith(("ed", "ing")) for w in _lower_words(found.group("head"))):
        return False  # 'Answered on time rose to 75%': a participle's words, the measure's
    rest = found.group("rest")
    if _COMPASS.match(rest):
        return True
    words = _lower_words(rest)
    if any(len(w) > 5 and w.endswith("est") and w not in ("interest", "request") for w in words):
        return True
    subject = text[found.start("head") : found.end("rest")] + " "
    if other_subject_of_movement(vocabulary, subject):
        return True
    content = [w for w in words if w not in STOP]
    if not content or regex(r"\d").search(rest):
        return False
    if words[0] == "the" and (
        found.group("prep").lower() not in ("to", "with") or _OWN_BODY.match(rest)
    ):
        return False  # 'contacts with the directorate': the measure's own
    # 'Calls to the switchboard fell to', 'Repairs to the carriageway': a part the words
    # after 'to the' or 'with the' pick out, none of them the measure's
    return not any(measures_word(vocabulary, w) for w in content)
