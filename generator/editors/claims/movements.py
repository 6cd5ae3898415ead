"""Movement words ('rose', 'stayed steady', 'continues to improve'): how a clause's first
one is read, and the three rules that check it: on the quarter before (`movement`), over
a run of quarters (`streak`) and over the longer run (`trend`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from generator.core.periods import Quarter
from generator.editors.claims.base import Claim, Verdict, pairs
from generator.editors.claims.figures import STEADY, STEADY_HEDGED, count_words
from generator.editors.claims.periods import PeriodRef, resolve
from generator.editors.claims.reading import Clause
from generator.editors.claims.subject import (
    Subject,
    moved_text,
    raw_direction,
    series_name,
    shown_value,
    trend_label,
    value_at,
    wanted_direction,
    words_of,
)
from generator.read.patterns import regex

_HELPER = regex(
    r"\b(?:continu\w+\s+to|keeps?|kept|(?:is|are|was|were|has|have|had)(?:\s+been)?)\s+$", re.I
)
_AFTER_MOVEMENT = frozenset(
    "again steadily slightly sharply fast quickly slowly gradually in at on for "  # noqa: SIM905
    "since by to from and but or over every each this year month quarter slowly "
    "still further more than trend direction".split()  # 'an increasing trend': the trend's word
)
# before a participle that describes the noun after it ('on reduced rounds', 'the
# increased demand'), not a verb: a preposition or a determiner
_ATTRIBUTIVE_BEFORE = regex(
    r"\b(?:on|with|of|for|under|into|the|a|an|their|its|our|these|those)\s+$", re.I
)
# the participle that makes a change one to come: 'is planned', 'has been budgeted'
PLANNED = (
    r"planned|expected|forecast|projected|proposed|targeted|needed|required|predicted|"
    r"anticipated|budgeted|sought"
)
# a change's noun, its figure, then a change to come ('A fall of 10 is planned for next
# year') or what it is of, named in lower case ('a rise of 200 in referrals'): no period
_NOUN_OF_OTHER = regex(
    r"\s+of\s+\S+(?:\s+(?:percentage\s+)?points?)?\s+"
    rf"(?:(?:is|are|was|were|will\s+be|has\s+been)\s+(?:[a-z]+\s+)?(?:{PLANNED})"
    r"\b|in\s+(?:the\s+)?(?P<what>(?!(?:quarter|year|month|period|week)s?\b)[a-z][a-z-]*)\b)"
)
_FORECAST = regex(
    r"\b(?:expected|likely|forecast|projected|(?:set|due)(?=\s+to\b)|may|might|could|will|would|"
    r"should|"
    r"(?:aims?|aimed|plans?|planned|hopes?|hoped|wants?|wanted)\s+to|help|helps)\s+(?:\w+\s+)?$",
    re.I,
)
UP = (
    r"(?<=to )(?:grow|rise|increase|climb)|rose|risen|rising|rises|increased|increasing|"
    r"increases|grew|grown|growing|grows|climbed|climbing|climbs|gained|jumped|jumping|jumps|"
    r"lengthened|lengthening|lengthens"
)
DOWN = (
    r"(?<=to )(?:fall|drop|decrease|decline|shrink)|fell|fallen|falling|falls|decreased|"
    r"decreasing|decreases|dropped|dropping|declined|declining|declines|dipped|dipping|shrunk|shrank|shrinking|reduced|reducing|"
    r"slipped|slipping|slips|eased|easing|eases|shortened|shortening|shortens"
)
# 'a fourth successive rise', 'a third consecutive quarterly fall': the run's words between
# its count and the movement
_RUN_WORDS = r"(?:(?:consecutive|successive|straight)\s+)?(?:quarterly\s+)?"
# 'up six quarters in a row', 'down for a third quarter running': 'up' or 'down' before a
# run it names
_BEFORE_RUN = (
    r"(?=\s+(?:for\s+(?:a|the)\s+)?\w+\s+(?:(?:consecutive|successive|straight)\s+quarters?\b|"
    r"quarters?\s+(?:running|in\s+a\s+row|in\s+succession|on\s+(?:the\s+trot|end))\b))"
)
# 'seven consecutive increases', 'five successive quarterly falls': a run counted in words
_COUNTED = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+"
    r"(?:consecutive|successive|straight)\s+(?:quarterly\s+)?"
)
_COUNTED_RUN = regex(_COUNTED, re.I)
_ENDED = regex(
    r"\b(?:end\w*|break\w*|broke|after|following|halt\w*|stopp\w*|snapp\w*)\s+(?:a\s+|the\s+)?"
    # 'ends a run of three consecutive improvements': the run named before its count
    r"(?:(?:run|series|sequence|streak|spell)\s+of\s+)?$",
    re.I,
)
# 'no clear trend', 'no clear direction of travel': steady over the longer run
_TRENDLESS = (
    r"no\s+(?:clear|significant|discernible|obvious|real|consistent|"
    r"statistically\s+significant)\s+(?:trend|direction\s+of\s+travel)"
    # 'the direction of travel is not significant'
    r"|(?:trend|direction\s+of\s+travel)\s+(?:is|was)\s+not\s+(?:statistically\s+)?significant"
)
# 'the ninth consecutive quarterly increase': a run's place, in words
_NTH_WORDS = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
_TRENDLESS_AFTER = regex(r"[^.;:]*?\b" + _TRENDLESS + r"\b", re.I)
_MOVEMENT = regex(
    rf"\b(?P<up>{UP}|(?:went|gone|is|are|was|were|edged|crept|ticked|inched)\s+up|up{_BEFORE_RUN}|(?<=,\s)up(?=\s+from\s+[£\d])|an?\s+(?:rise|increase)"
    rf"|(?:an?\s+)?(?:{_NTH_WORDS}|another|further|larger|smaller|"
    rf"small|slight|sharp|steep)\s+{_RUN_WORDS}(?:rise|increase)s?"
    # 'a larger share of waste went to landfill': a share's movement told by its size
    r"|an?\s+(?:larger|greater|higher|bigger)\s+(?:share|proportion|percentage))\b"
    rf"|\b(?P<down>{DOWN}|(?:went|gone|is|are|was|were|come|came|coming|edged|crept|ticked|inched)\s+down|down{_BEFORE_RUN}|"
    r"(?<=,\s)down(?=\s+from\s+[£\d])|an?\s+(?:fall|drop|decrease|reduction|decline)"
    rf"|(?:an?\s+)?(?:{_NTH_WORDS}|another|further|larger|smaller|"
    r"small|slight|sharp|steep)\s+" + _RUN_WORDS + r"(?:fall|drop|decrease|reduction|decline)s?"
    r"|an?\s+(?:smaller|lower)\s+(?:share|proportion|percentage))\b"
    r"|\b(?P<steady>(?:(?:stayed|remained|remains|remain|stays|held|holding|is|are|was|were|"
    r"broadly|largely|fairly|relatively|very)\s+)?(?:steady|stable|unchanged)"
    # not the adjective of a figure or range: 'a steady 5.0 to 5.5 incidents', 'a stable 2%'
    r"(?!\s+(?:£\s*)?\d)|(?:stayed|remained|"
    r"remains|remain|stays|held|holding|broadly|largely)\s+(?:level|flat))\b"
    r"|\b(?P<sooner>(?:got|gets|get|getting|become|became|becoming)\s+(?:faster|quicker|speedier|"
    r"slower)|(?:more|less)\s+(?:quickly|promptly|slowly)|(?:sped|speeded|speeding|speeds)\s+up|"
    r"slowed|slowing)\b"
    # 'got a little cheaper', 'became dearer again', 'grew more expensive': a price's movement
    r"|\b(?P<priced>(?:got|gets|get|getting|become|became|becoming|grew|grown|grows|growing)\s+"
    r"(?:(?:a\s+)?(?:little|bit|lot|touch|slightly|much|far|marginally|considerably)\s+)?"
    r"(?:cheaper|dearer|costlier|(?:more|less)\s+(?:expensive|costly)))\b"
    r"|\b(?P<trendless>" + _TRENDLESS + r")\b"
    r"|\b(?P<better>improving|improved|improves|(?:got|gets|getting|become|became|becoming)\s+"
    r"better|(?:an?\s+)?(?:" + _NTH_WORDS + r")\s+" + _RUN_WORDS + r"improvements?)\b"
    # 'seven consecutive increases': one branch for every run counted in words
    r"|\b(?P<counted>" + _COUNTED + r"(?:rises|increases|falls|drops|decreases|declines|"
    r"reductions|improvements))\b"
    r"|\b(?P<worse>worsening|worsened|worsens|deteriorat\w+|(?:got|gets|getting|become|became|"
    r"becoming)\s+worse)\b",
    re.IGNORECASE,
)
_NEGATION = regex(r"\b(?:not|no\s+longer|never|n't|neither|nor)\s+(?:\w+\s+)?$", re.I)
# 'not one quarter has seen a fall', 'no quarter since 2022/23 has brought a rise': a
# movement denied of every quarter of a run
_NO_QUARTER = regex(
    r"\b(?:not\s+(?:one|a\s+single)|no)\s+(?:\w+\s+)?quarters?\s+(?:[\w/]+\s+){0,4}$", re.I
)
_UP_AND_DOWN = regex(r"\bups?\s+and\s+downs?\b", re.I)
# a movement's verb, past, that 'year on year' right after compares with a year before
_MOVED_VERBS = (
    "rose",
    "fell",
    "risen",
    "fallen",
    "grew",
    "grown",
    "increased",
    "decreased",
    "improved",
    "worsened",
    "dropped",
    "declined",
    "climbed",
    "eased",
    "slipped",
)
_LONG_RUN = regex(
    # ('year on year' right after a movement's verb is a comparison with the same quarter
    # a year before, not a longer run: 'Missed bins fell year on year, from 97.8 to 81.3')
    r"\b(?:continu\w*|keeps?|keeping|still(?!\s+to\b)|steadily|month\s+by\s+month|"
    + "".join(rf"(?<!\b{verb}\s)" for verb in _MOVED_VERBS)
    + r"year\s+on\s+year|"
    r"over\s+(?:the\s+)?(?:last|past)\b|in\s+recent\s+(?:years|quarters)|trend|"
    r"over\s+(?:the\s+)?(?:whole\s+)?(?:period|quarters)\s+(?:charted|shown)|"
    # 'the long-term trend', 'over the long term' (not 'long term services': a thing)
    r"direction\s+of\s+travel|since\s+(?:19|20)\d\d|(?:over|in)\s+the\s+long(?:er)?\s+(?:term|run)|"
    r"long[- ]term\s+(?:trend|rise|fall|decline|increase|decrease|improvement|growth|reduction|"
    r"direction|pattern|picture|deterioration|upward|downward))",
    re.I,
)
# 'yet ... still', 'but ... still', 'despite ... still': the concession's 'still' (left out of
# the words that speak of a longer run)
_CONCEDING_STILL = regex(
    r"(\b(?:yet|but|though|although|despite|even\s+so|nevertheless|however)\b[^,;]*?)\bstill\b",
    re.I,
)
# a movement word with its own quarter: 'the rise in Quarter 2'
_OWN_QUARTER = regex(
    r"\s+(?:in|during|over)\s+(?:Q[1-4]\b|Quarter\s+[1-4]\b|the\s+quarter\b|"
    r"(?:the\s+)?(?:latest|last|most\s+recent|current|this)\s+quarter\b)",
    re.I,
)
# 'the first fall since 2022-23': the quarter's own movement, the first of its way since
# then (not a longer run's)
_FIRST_SINCE = regex(r"(?:an?\s+)?first\s+[a-z]+s?\s+since\b", re.I)
# a clause's own quarter, anywhere in it: 'in the latest quarter', 'on the quarter'
_QUARTER_OF = regex(
    r"\b(?:(?:in|during|over)\s+(?:the\s+(?:latest|last)\s+quarter|this\s+quarter)|"
    r"on\s+the\s+quarter|quarter[\s-]on[\s-]quarter)\b",
    re.I,
)
# a relative clause, whose verb is the noun's before it
_WHICH = regex(r"\W*which\b", re.I)
_TO_RATING = regex(r"\s+(?:to|from)\s+(?:red|amber|green)\b", re.I)
# 'fell below the 95% target', 'rose above target': where the figure stands against the
# target, which the target rule reads; the verb binds to the target, not to a quarter
_TO_TARGET = regex(
    r"\s+(?:back\s+|(?:just|well|slightly|narrowly|only)\s+)?"
    r"(?:below|above|under|over|beneath|short\s+of|behind|past|beyond)\s+(?:the\s+|its\s+)?"
    r"(?:(?:higher|lower|new|revised|stretch|year-end|annual)\s+)?(?:£?\d[\d,]*(?:\.\d+)?\s?%?(?:[-\s](?:day|week|minute|hour)s?)?\s+)?"
    r"(?:target|floor|threshold)s?\b",
    re.I,
)
# where the noun phrase after 'a fall in' ends
_PHRASE_ENDS = frozenset(
    "in the of at for to on and but with was were is are has have this last over since "  # noqa: SIM905
    "from between during across after before".split()
)
# 'a fall in the X', 'a rise of X in the Y': a movement of whatever X is
_OTHER_QUANTITY = regex(r"\s+in\s+(?:the\s+)?", re.I)
_MEASURE_WORDS = regex(
    r"\b(?:rate|number|numbers|share|proportion|percentage|figure|figures|level|total|count)\b",
    re.I,
)


def _names_measure(after: str, names: Sequence[str]) -> bool:
    """Whether the words after 'a fall in' name this indicator's measure."""
    head = " ".join(after.split()[:6])
    if _MEASURE_WORDS.search(head):
        return True
    if names and names_pattern(tuple(names)).search(head) is not None:
        return True
    # 'a reduction in repeat contacts': a noun phrase of the measure's own words
    phrase: list[str] = []
    for word in regex(r"[A-Za-z'-]+|[^\sA-Za-z'-]").findall(after)[:6]:
        if not word[0].isalpha() or word.lower() in _PHRASE_ENDS:
            if phrase or word.lower() not in ("in", "the"):
                break
            continue
        phrase.append(word)
    said = words_of(" ".join(phrase[:3]))
    own = set().union(*(words_of(n) for n in names))
    return bool(said) and said <= own


_STREAK = regex(
    r"\b(?:in\s+a\s+row|every\s+quarter|each\s+quarter|each\s+of\s+the\s+last|consecutive|"
    r"for\s+another\s+quarter|straight|again|in\s+succession|running|on\s+the\s+trot|on\s+end)\b",
    re.I,
)
_NTH = {
    w: i + 2
    for i, w in enumerate(
        "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()  # noqa: SIM905
    )
}
_HOW_MANY = count_words(2, 12)
# 'for the fourth consecutive quarter', 'the third quarter running', 'for five quarters in
# a row': a run of that many movements the same way, to the clause's quarter
_RUN = regex(
    r"\b(?:the\s+)?(?P<nth>"
    + "|".join(_NTH)
    + r"|\d+(?:st|nd|rd|th)|#+(?:st|nd|rd|th))\s+(?:(?P<c1>consecutive|successive|straight)\s+)?"
    r"(?:quarterly\s+)?(?P<what>quarter|rise|increase|fall|drop|decrease|decline|reduction|"
    r"improvement|time)(?:\s+(?P<r1>running|in\s+a\s+row|in\s+succession|on\s+(?:the\s+trot|end)))?"
    r"|\b(?P<many>"
    + "|".join(_HOW_MANY)
    + r"|\d+)\s+(?:(?P<c2>consecutive|successive|straight)\s+)?"
    # 'has grown eight times in a row': a count of the times, with the words of a run after
    r"(?:quarters|times(?=\s+(?:running|in\s+a\s+row|in\s+succession|on\s+(?:the\s+trot|end))\b)|"
    r"quarterly\s+(?:rises|increases|falls|drops|decreases|declines|reductions|"
    r"improvements)|(?:(?<=consecutive\s)|(?<=successive\s)|(?<=straight\s))(?:rises|increases|"
    r"falls|drops|decreases|declines|reductions|improvements))"
    r"(?:\s+(?P<r2>running|in\s+a\s+row|in\s+succession|on\s+(?:the\s+trot|end)))?"
    r"|\b(?P<each>each|every\s+one)\s+of\s+the\s+(?:last|past|latest)\s+(?P<many2>"
    + "|".join(_HOW_MANY)
    + r"|\d+)\s+quarters",
    re.I,
)
_FOR_A = regex(r"\bfor\s+(?:a|the)\s+$", re.I)
# 'rose in every quarter since Quarter 1 2023/24', 'has been rising since ...': a run from
# that quarter
_EVERY_SINCE = regex(
    r"\b(?:(?:in\s+)?(?:every|each)\s+quarter|been\s+(?:rising|falling|growing|increasing|"
    r"decreasing|declining|improving|worsening|dropping|climbing))\s+since\s+$",
    re.I,
)


def run_in(text: str) -> tuple[int, str, int] | None:
    """The length of the run a text names, its words and where they start: the length
    exactly for 'the fourth consecutive quarter', at least (negative) for 'four quarters
    running' (which stays true as the run goes on)."""
    for found in _RUN.finditer(text):
        if found.group("each"):  # 'in each of the last nine quarters': at least nine
            word = found.group("many2").lower()
            return -(_HOW_MANY.get(word) or int(word)), found.group(0), found.start()
        counted = found.group("c1") or found.group("r1") or found.group("c2") or found.group("r2")
        if not counted and not (
            found.group("what") == "quarter" and _FOR_A.search(text, 0, found.start("nth"))
        ):
            continue  # 'for a fifth quarter' counts; 'the fourth quarter' alone names one
        if found.group("nth"):
            word = found.group("nth").lower()
            if word not in _NTH:
                continue  # '5th' is masked as a number that is not a figure; left alone
            return _NTH[word], found.group(0), found.start()
        word = found.group("many").lower()
        count = _HOW_MANY.get(word) or int(word)
        return -count, found.group(0), found.start()  # at least that many
    return None


_HEDGED_STEADY = regex(r"\b(?:broadly|largely|fairly|relatively|roughly|more\s+or\s+less)\b", re.I)


def direction_word(word: str) -> str | None:
    word = word.lower()
    if re.fullmatch(
        rf"(?:{UP})|up|more|higher|above|rise|increase|growth|gain|longer|slower|later", word
    ):
        return "up"
    if re.fullmatch(
        rf"(?:{DOWN})|down|fewer|less|lower|below|fall|drop|decrease|reduction|decline|"
        r"shorter|quicker|faster|sooner|off",
        word,
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


_AFTER = regex(r"\b(?:after|following)\b", re.I)
# 'had fallen for five quarters in a row before rising in Quarter 3': a run that ended
# before the quarter named; which quarters it covered is not said
ENDED_BEFORE = regex(r"\s+(?:just\s+)?before\s+(?:\w+ing|a\s+|the\s+)", re.I)


def movement_claim(
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
        if not regex(r"\bsince\s+(?:the\s+end\s+of\s+)?$", re.I).search(text[: r.start])
    ]
    negation = _NEGATION.search(text[:at])
    if negation is not None and negation.start() >= clause.start:
        quote = text[negation.start() : at].strip() + " " + quote.split()[-1]
    scope = carried + " " + clause.text
    # 'yet missed bins still climbed to 81.3': a 'still' that concedes, not one that goes on
    scope = _CONCEDING_STILL.sub(r"\g<1>", scope)
    kind = "streak" if _STREAK.search(scope) else "trend" if _LONG_RUN.search(scope) else "movement"
    # where the quote ends (`at` may be its last word's: 'continued to grow')
    begun = text.rfind(quote, 0, at + len(quote))
    if kind == "trend" and _OWN_QUARTER.match(
        text, begun + len(quote) if begun >= 0 else at + len(quote)
    ):
        kind = "movement"  # 'The small rise in Quarter 2 does not change the trend'
    if kind == "trend" and _FIRST_SINCE.match(text, begun if begun >= 0 else at):
        kind = "movement"  # 'the first fall since 2022-23': the quarter's own movement
    if kind == "trend" and not _LONG_RUN.search(clause.text) and _QUARTER_OF.search(clause.text):
        # 'Year on year, the cost rose by £57, though it fell on the quarter': the longer
        # run's words are an earlier clause's, and this one names its own quarter
        kind = "movement"
    if kind == "movement" and _WHICH.match(clause.text) and _LONG_RUN.search(text, 0, clause.start):
        kind = "trend"  # 'the direction of travel, which is decreasing': the noun's verb
    if kind == "trend" and direction == "steady":
        # 'has been stable since 2023/24, with no clear direction of travel': one claim,
        # quoted whole
        begin = text.rfind(quote, 0, at + len(quote))
        trendless = _TRENDLESS_AFTER.match(text, at + len(quote.split()[-1]))
        if (
            begin >= 0
            and trendless is not None
            and trendless.start() == at + len(quote.split()[-1])
        ):
            quote = text[begin : trendless.end()]
    run = run_in(clause.text) if direction != "steady" else None
    if run is not None and _AFTER.search(clause.text, at - clause.start, run[2]):
        # 'fell in Quarter 2 after rising for five quarters in a row': the run is the
        # earlier movement's, ended; this one is a movement of its own
        return Claim(
            "movement",
            quote,
            series,
            period,
            base=None,
            direction=direction,
            at=at,
            negated=negation is not None,
        )
    if run is None and direction != "steady":
        run = _run_after(text, clause)
    if run is None and direction != "steady":
        run = _since_run(text, clause, base_refs, period)
    if run is None and direction != "steady":
        run = _run_before(text, clause, carried)
    if run is not None:  # 'fell for the fifth quarter running'
        kind = "streak"
        begin = text.rfind(quote, 0, at + len(quote))
        begin = at if begin < 0 else begin
        first = clause.start + run[2]
        led = regex(r"\b(?:for|over)\s+(?:a\s+|the\s+)?$", re.I).search(text, 0, first)
        if led is not None and first < begin:
            first = led.start()  # 'For a seventh consecutive quarter fewer people ...'
        stop = clause.start + run[2] + len(run[1])
        if begin >= first:  # 'the third successive quarter of growth': with its noun
            stop = max(stop, begin + len(quote))
        quote = text[min(begin, first) : stop]
    else:
        quote = _with_its_words(text, quote, at, clause.start + len(clause.text))
    return Claim(
        kind,
        quote,
        series,
        period,
        base=resolve(compared[0], period) if compared else None,
        direction=direction,
        negated=negation is not None,
        hedged_steady=bool(_HEDGED_STEADY.search(text)),
        names_trend=bool(regex(r"\btrend\b|direction\s+of\s+travel", re.I).search(text)),
        at=at,
        run=run[0] if run is not None else None,
    )


# what carries a movement's claim after its verb: its adverb ('rose again', 'fell back'), how
# far in words ('dropped a point') and the figure it moved to ('fell to 72'), quoted with it
_ITS_WORDS_AFTER = regex(
    r"(?:\s+(?:again|back|further|sharply|slightly|steadily|markedly|significantly|"
    r"considerably|substantially|marginally))*"
    # how far, in words: 'dropped a point', 'rose a little'
    r"(?:\s+(?:by\s+)?(?:a|one)\s+(?:(?:percentage\s+)?point|little|bit|touch|fraction|notch|"
    r"shade|tad)\b)?"
    r"(?:\s+(?:to|at)\s+(?:(?:just|around|about|nearly|almost|over|under)\s+)?"
    r"[£$]?\d[\d,]*(?:\.\d+)?(?::[0-5]\d){0,2}"  # a time as a clock: 'to 2:35'
    r"(?:%|\s+per\s+cent|\s+days?|\s+weeks?|\s+points?)?(?![\d,.:]*\d))?",
    re.I,
)


def _with_its_words(text: str, quote: str, at: int, end: int) -> str:
    """A movement's quote with the words after it that carry its claim ('fell' as
    'fell to 72', 'rose' as 'rose again'), within its clause."""
    begin = text.rfind(quote, 0, at + len(quote))
    if begin < 0 or begin + len(quote) > end:
        return quote
    after = _ITS_WORDS_AFTER.match(text, begin + len(quote), end)
    if after is None or not after.group(0):
        return quote
    return text[begin : after.end()]


def _run_after(text: str, clause: Clause) -> tuple[int, str, int] | None:
    """'fell again, for the fifth quarter in a row': the run named straight after the
    clause, in words of its own (where it starts, from the clause's start)."""
    end = clause.start + len(clause.text)
    lead = regex(r"[\s,;–-]*(?=for\s|the\s)").match(text[end:])
    if lead is None:
        return None
    run = run_in(text[end:])
    if run is None or run[2] > lead.end() + 4:
        return None
    if regex(r"\b(?:rise|increase|fall|drop|decrease|decline|reduction|improvement)\b").search(
        run[1]
    ):
        return None  # 'the fourth rise in a row': a movement of its own, read there
    if _NOUN_AFTER_RUN.match(text, end + run[2] + len(run[1])):
        return None  # 'the fifth consecutive quarter of decline': its own way, read there
    return run[0], run[1], end - clause.start + run[2]


# a run's way in a noun after it ('the third successive quarter of growth', '... of decline')
RUN_NOUNS_UP = r"growth|rises|increases|improvement"
RUN_NOUNS_DOWN = r"decline|falls|reductions|decreases"
_NOUN_AFTER_RUN = regex(rf"\s+of\s+(?:[a-z]+\s+)?(?:{RUN_NOUNS_UP}|{RUN_NOUNS_DOWN})\b", re.I)


def _run_before(text: str, clause: Clause, carried: str) -> tuple[int, str, int] | None:
    """'For a second quarter in succession, fewer faults were repaired on time, the rate
    slipping to 89.8%': the run named in the clauses before, which have no movement of
    their own (where it starts, from the clause's start: before it)."""
    run = run_in(carried)
    if run is None or _AFTER.search(carried, 0, run[2]):
        return None  # 'after rising for five quarters in a row, ...': an earlier run
    if regex(r"\b(?:rise|increase|fall|drop|decrease|decline|reduction|improvement)s?\b").search(
        run[1]
    ):
        return None  # 'the fourth rise in a row': a movement of its own
    begin = text.rfind(run[1], 0, clause.start)
    if begin < 0:
        return None
    return run[0], run[1], begin - clause.start


def _since_run(
    text: str, clause: Clause, refs: Sequence[PeriodRef], period: Quarter
) -> tuple[int, str, int] | None:
    """'in every quarter since Quarter 1 2023/24': a run of at least the movements from
    that quarter to the clause's, its words and where they start in the clause."""
    for ref in refs:
        every = _EVERY_SINCE.search(text, clause.start, ref.start)
        if every is None or every.end() != ref.start:
            continue
        count = (period.year - ref.quarter.year) * 4 + period.quarter - ref.quarter.quarter
        if count > 0:
            words = text[every.start() : ref.end]  # the quarter it runs from with it
            return -count, words, every.start() - clause.start
    return None


@cache
def names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """A series' name as a sentence may say it: 'risk reduced', or 'the risk was reduced'."""
    passive = r"\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|been)\s+)?"
    return re.compile(
        "|".join(passive.join(re.escape(w) for w in n.split()) for n in names), re.IGNORECASE
    )


def first_movement(
    text: str,
    start: int,
    end: int,
    names: Sequence[str] = (),
    timed: bool = False,
    priced: bool = False,
) -> tuple[str, str, int] | None:
    """The first movement word of a clause that is not a forecast ('likely to rise'); of a
    measure of time (`timed`), 'faster' or 'more quickly' is down and 'slower' up."""
    cleaned = _UP_AND_DOWN.sub(lambda m: " " * len(m.group(0)), text[:end])
    if names:  # 'risk reduced' names a series; it is not a movement
        cleaned = names_pattern(tuple(names)).sub(lambda m: " " * len(m.group(0)), cleaned)
    for match in _MOVEMENT.finditer(cleaned, start, end):
        if _FORECAST.search(cleaned[start : match.start()]):
            continue
        kind = next(
            k
            for k in (
                "up",
                "down",
                "sooner",
                "priced",
                "steady",
                "trendless",
                "better",
                "worse",
                "counted",
            )
            if match.group(k)
        )
        if kind == "counted":
            last = match.group(0).split()[-1].lower()
            kind = {"rises": "up", "increases": "up", "improvements": "better"}.get(last, "down")
        if kind == "sooner":
            if not timed:
                continue  # 'dealt with more quickly': a time's movement, not a count's
            slower = regex(r"slow", re.I).search(match.group(0))
            kind = "up" if slower else "down"
        if kind == "priced":
            if not priced:
                continue  # 'clean-ups got cheaper': a price's movement, of a measure of money only
            dearer = regex(r"dearer|costlier|more\s", re.I).search(match.group(0))
            kind = "up" if dearer else "down"
        if kind == "trendless":  # 'no clear trend': steady over the longer run
            return "steady", match.group(0), match.start()
        if _COUNTED_RUN.match(match.group(0)) and _ENDED.search(cleaned, start, match.start()):
            continue  # 'ending four successive quarterly falls': an earlier run, ended
        if _TO_RATING.match(text, match.end(), end):
            continue  # 'improved to AMBER': the rating's movement, read by the rating rule
        if _TO_TARGET.match(text, match.end(), end):
            continue  # 'fell below the 95% target': read by the target rule
        if _NO_QUARTER.search(cleaned, start, match.start()):
            continue  # 'not one quarter has seen a fall since': none over a run, not read
        if regex(r"f[ae]ll", re.I).match(match.group(0)) and regex(
            r"\s+(?:within|inside)\b", re.I
        ).match(text[match.end() : end]):
            continue  # 'have all fallen within a band of ...': lay within, not a fall
        following = regex(r"\s+([A-Za-z]+)").match(text[match.end() : end])
        if (
            regex(r"(?:increase|decrease|rise|fall|drop|decline)s").fullmatch(
                match.group(0).lower()
            )
            and following
            and following.group(1).lower() in ("in", "to", "of", "across", "among")
        ):
            continue  # 'increases in demand': a noun
        if (
            regex(r"an?\s", re.I).match(match.group(0))
            and _OTHER_QUANTITY.match(text, match.end())
            and not _names_measure(text[match.end() : end], names)
        ):
            continue  # 'a fall in the capacity of the transfer stations': another quantity
        if regex(r"an?\s", re.I).match(match.group(0)):
            other = _NOUN_OF_OTHER.match(text, match.end(), end)
            if other and not (
                other.group("what") and _names_measure(text[other.start("what") : end], names)
            ):
                continue  # 'A fall of 10 is planned', 'a rise of 200 in referrals': not ours
        if (
            regex(r"\w+ing|steady|stable").fullmatch(match.group(0).lower())
            and following
            and following.group(1).lower() not in _AFTER_MOVEMENT
        ):
            continue  # 'rising prices': a word describing something else
        if (
            regex(r"[a-z]+ed", re.I).fullmatch(match.group(0))
            and following
            and following.group(1).lower() not in _AFTER_MOVEMENT
            and _ATTRIBUTIVE_BEFORE.search(text, start, match.start())
        ):
            continue  # 'with 4 crews on reduced rounds': a participle describing a noun
        helper = _HELPER.search(cleaned[start : match.start()])
        begin = start + helper.start() if helper else match.start()
        stop = match.end()
        if following and following.group(1).lower() == "trend":
            stop += following.end()  # 'a decreasing trend': quoted with its noun
        return kind, cleaned[begin:stop].strip(), match.start()
    return None


def _movement_holds(subject: Subject, claim: Claim, new: float, old: float) -> bool:
    direction = claim.direction or "steady"
    polarity = subject.facts.indicator.polarity
    if direction == "steady":
        limit = STEADY_HEDGED if claim.hedged_steady else STEADY
        same = shown_value(subject, new) == shown_value(subject, old) or (
            old and abs(new - old) / abs(old) <= limit
        )
        return bool(same) != claim.negated
    wanted = wanted_direction(direction, polarity)
    if wanted is None:
        return True  # 'improving' for an activity measure: a judgement, not a figure
    as_shown = (shown_value(subject, new) > shown_value(subject, old)) - (
        shown_value(subject, new) < shown_value(subject, old)
    )
    raw = (new > old) - (new < old)
    actual = {1: "up", -1: "down", 0: "steady"}[as_shown or raw]
    return (actual == wanted) != claim.negated


def check_movement(subject: Subject, claim: Claim) -> list[Verdict]:
    """A movement word against the movement from the quarter before (or the one compared
    with) to the clause's quarter."""
    found = list(pairs(subject, claim))
    if not found or any(_movement_holds(subject, claim, new, old) for _, new, old, _ in found):
        return []
    _, new, old, base = found[0]
    name = series_name(subject, claim.series)
    moved = moved_text(subject, new, old)
    judged = ""  # 'improving' said of a measure going the worse way: say which way it went
    if claim.direction in ("better", "worse") and moved != "unchanged":
        judged = ", worsening" if claim.direction == "better" else ", improving"
    return [
        Verdict(
            f"says '{claim.quote}' for {claim.period.long}{name}",
            f"the data went from {subject.shown(old)} in {base.long} to {subject.shown(new)} "
            f"({moved}){judged}",
        )
    ]


def _run_length(subject: Subject, claim: Claim, series: int) -> tuple[int, bool]:
    """How many movements in a row, to the claim's quarter, go the claimed way, and
    whether the run is whole (False: it reaches the first charted quarter, so it may
    have begun earlier)."""
    period = claim.period
    k = 0
    while True:
        new = value_at(subject, series, period.shift(-k))
        old = value_at(subject, series, period.shift(-k - 1))
        if new is None or old is None:
            return k, False
        if not _movement_holds(subject, replace(claim, negated=False), new, old):
            return k, True
        k += 1


def _first_charted(subject: Subject, series: int, quarter: Quarter) -> bool:
    """Whether a run that stops at `quarter` stops at the chart's first figure (not at a
    gap in the data, where how long it ran is not known)."""
    return all(q >= quarter for q in subject.values[series])


def check_run(subject: Subject, claim: Claim) -> list[Verdict]:
    """'for the fourth consecutive quarter': exactly that many movements the claimed way
    ('for four quarters running': at least that many). A run that reaches back to the
    first charted quarter is as long as the chart shows: a claim of more is a finding
    (the chart is the record the reader has), a claim of fewer one too."""
    assert claim.run is not None
    wanted, at_least = abs(claim.run), claim.run < 0
    found: tuple[int, int, bool] | None = None
    for s in claim.series:
        length, whole = _run_length(subject, claim, s)
        if length == wanted or (at_least and length > wanted):
            return []
        if not whole and not _first_charted(subject, s, claim.period.shift(-length)):
            return []  # the run stops at a gap in the data: its length is not known
        if not whole and length == 0:
            return []  # no figure before the claim's quarter: nothing to read
        found = found or (s, length, whole)
    if found is None:
        return []
    s, length, whole = found
    began = claim.period.shift(-length)
    start = value_at(subject, s, began)
    shown = subject.shown(start) if start is not None else "?"
    says = f"says '{claim.quote}' to {claim.period.long}{series_name(subject, claim.series)}"
    if length == 0:
        return _last_two(subject, claim)
    if not whole:
        return [
            Verdict(
                says,
                f"the run goes back to {shown} in {began.long}, the first quarter charted: "
                f"{length} quarter" + ("s" if length != 1 else ""),
            )
        ]
    return [
        Verdict(
            says,
            f"the run began at {shown} in {began.long}: {length} quarter"
            + ("s" if length != 1 else ""),
        )
    ]


def check_streak(subject: Subject, claim: Claim) -> list[Verdict]:
    """A movement word of a run ('in a row', 'again') against the last two movements."""
    if claim.run is not None:
        return check_run(subject, claim)
    return _last_two(subject, claim)


def _last_two(subject: Subject, claim: Claim) -> list[Verdict]:
    period = claim.period
    latest_fails = True
    for s in claim.series:
        values = [value_at(subject, s, period.shift(-k)) for k in range(3)]
        if None in values:
            return []
        v0, v1, v2 = (v for v in values if v is not None)
        if _movement_holds(subject, claim, v0, v1):
            latest_fails = False
            if _movement_holds(subject, claim, v1, v2):
                return []
    s = claim.series[0]
    figures = ", ".join(
        f"{subject.shown(v)}"
        for k in (2, 1, 0)
        if (v := value_at(subject, s, period.shift(-k))) is not None
    )
    data = f"the data has {figures}"
    new, old = value_at(subject, s, period), value_at(subject, s, period.shift(-1))
    if latest_fails and new is not None and old is not None:
        # 'rose again in Quarter 3' where Quarter 3 fell: the quarter's own movement too
        data += f" ({moved_text(subject, new, old)} in {period.long})"
    return [
        Verdict(
            f"says '{claim.quote}' over the quarters to {period.long}"
            f"{series_name(subject, claim.series)}",
            data,
        )
    ]


def check_trend(subject: Subject, claim: Claim) -> list[Verdict]:
    """A movement word of a longer run ('continues to', 'trend') against the direction of
    travel."""
    polarity = subject.facts.indicator.polarity
    direction = claim.direction or "steady"
    labels = []
    for s in claim.series:
        label = trend_label(subject, s)
        labels.append(label)
        if label == "not enough data":
            return []
        if direction == "steady":
            if (label == "no significant trend") != claim.negated:
                return []
            continue
        wanted = wanted_direction(direction, polarity)
        if wanted is None:  # 'improving' for an activity measure
            if claim.names_trend and label != "no significant trend":
                return [
                    Verdict(
                        f"says '{claim.quote}'",
                        "this measure has no better or worse direction; the direction of "
                        f"travel is '{label}'",
                        " but ",
                    )
                ]
            return []
        if (raw_direction(label, polarity) == wanted) != claim.negated:
            return []
        if (
            label == "no significant trend"
            and not claim.negated
            and not check_streak(subject, replace(claim, series=(s,)))
        ):
            return []  # no trend over the chart, but a run of the last quarters
    return [
        Verdict(
            f"says '{claim.quote}'{series_name(subject, claim.series)}, over a longer run",
            f"the direction of travel is '{labels[0]}'",
        )
    ]


# what a run counted is of: its movements ('five quarterly falls'), or its quarters with the
# way they went ('five quarters of decline', 'three consecutive quarters of growth'), not
# another thing's ('three quarters of growth in garden waste')
_RUN_WHAT = (
    r"(?:(?P<what>rises|increases|falls|drops|decreases|declines|reductions)|quarters\s+of\s+"
    r"(?:(?P<grew>growth|rises|increases)|decline|falls|reductions|decreases)"
    r"(?!\s+(?:in|of|for|among|across)\s))"
)
# 'Quarter 2 brought to an end a run of five quarterly falls', 'ended four successive
# rises': a run counted that ended before the quarter spoken of
_ENDED_RUN = regex(
    r"\b(?:brought\s+to\s+an\s+end|brings?\s+to\s+an\s+end|ended|ending|ends|end|broke|broken|"
    r"breaking|snapped|halted|stopped)\s+(?:a\s+|the\s+)?(?:run\s+of\s+)?"
    r"(?P<quote>(?P<n>\d+|" + "|".join(_HOW_MANY) + r")\s+" + _RUN_WORDS + _RUN_WHAT + r")\b",
    re.I,
)


# 'eased to 1,790, after a run of six quarterly increases', 'the first rise after three
# consecutive falls': a run counted that the sentence's movement ended
_AFTER_RUN = regex(
    r"(?P<quote>\b(?:after|following)\s+(?:a\s+|the\s+)?(?:run\s+of\s+)?"
    r"(?P<n>\d+|" + "|".join(_HOW_MANY) + r")\s+" + _RUN_WORDS + _RUN_WHAT + r")\b"
    # not dated by words of its own ('after three consecutive falls in 2023/24')
    r"(?!\s+(?:in|during|over|to|between|from|since|up\s+to)\b)",
    re.I,
)


def ended_run(text: str, start: int, end: int) -> tuple[str, str, int, int] | None:
    """A run counted that ended before the clause's quarter: its way, its words, where
    they are, and how many movements it had ('a run of five quarterly falls': down, 5);
    after a movement of the sentence ('eased to 1,790, after a run of six quarterly
    increases'), not in a lead that tells what came before ('After five consecutive rises,
    ...': which quarters is not said)."""
    found = _ENDED_RUN.search(text, start, end)
    if found is None:
        found = _AFTER_RUN.search(text, start, end)
        if found is None or not _MOVEMENT.search(text, 0, found.start()):
            return None
    word = found.group("n").lower()
    count = _HOW_MANY.get(word) or int(word)
    what = found.group("what")
    grew = what.lower() in ("rises", "increases") if what else bool(found.group("grew"))
    way = "up" if grew else "down"
    begin = found.start("quote")
    # 'the first rise after five quarters of decline': the movement that ended it, quoted with it
    first = _FIRST_AFTER.search(text, start, begin)
    if first is not None and found.re is _AFTER_RUN:
        begin = first.start()
    return way, text[begin : found.end("quote")], begin, count


_FIRST_AFTER = regex(
    r"\b(?:the|its|a)\s+first\s+(?:quarterly\s+)?(?:rise|increase|fall|drop|decrease|"
    r"decline|reduction|improvement)\s+$",
    re.I,
)
