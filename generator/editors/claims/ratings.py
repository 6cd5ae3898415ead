"""RAG words in capitals ('GREEN', 'from GREEN to AMBER') against the rating."""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.core.periods import Quarter
from generator.editors.claims.base import Context, Verdict
from generator.editors.claims.binding import subject_other
from generator.editors.claims.periods import SEASON, SEASONS, PeriodRef, find_periods
from generator.editors.claims.reading import Sentence
from generator.editors.claims.subject import stem
from generator.editors.findings import Finding
from generator.read.patterns import regex

_RAG_WORD = regex(r"\b(GREEN|AMBER|RED)\b", re.IGNORECASE)
_EARLIER = regex(
    r"\b(from|previous|previously|last quarter|was|were|had been|before|"
    r"earlier)\b",
    re.I,
)
# 'Green in Quarter 1': the rating of the quarter named right after the word
_IN_QUARTER = regex(r"\s+(?:in|for|at\s+the\s+end\s+of|during)\s+$", re.I)
# words that set a RAG word's clause in another time than the report quarter, or in a
# state that is not (yet) the case ('would return the measure to Green')
_ANOTHER_TIME = regex(
    r"\b(?:after|before|until|since|previous(?:ly)?|earlier|formerly|had\s+been|used\s+to|"
    r"would|could|might|if|unless|needs?\s+to|needed|aim\w*|expect\w*|forecast\w*|"
    r"(?:two|three|four|five|\d+|several|recent|past|last|previous)\s+quarters|"
    # 'losing the Green rating': a rating it no longer has
    r"los(?:e|es|ing|t))\b",
    re.I,
)
# '80% marking the line below which the rating turns Red': a band's edge, not the rating now
_EDGE_WHICH = regex(r"\b(?:below|above|under|over|beyond|at)\s+which\s+(?:[\w'’]+\s+){1,4}$", re.I)
# 'has not been Red since 2021', 'is no longer Amber': a rating denied, no claim it holds
_DENIED = regex(
    r"\b(?:not|never|no\s+longer)\s+(?:(?:been|be|rated|turned|gone|fallen\s+to)\s+)?$", re.I
)
# 'was Green in 2021', 'Green in the winter of 2021': a rating of a calendar year before
# the report's financial year began
_IN_YEAR = regex(
    rf"\s+(?:in|during|for|through)\s+(?:the\s+)?(?:{SEASON}\s+(?:of\s+)?)?"
    r"(?P<year>(?:19|20)\d\d)(?!\s*[/–-]\s*\d)\b",
    re.I,
)


# the verb and adverbs that carry a RAG word's claim, quoted with it ('remains Green',
# 'still Red', 'stays AMBER'; a bare 'is' carries nothing of its own)
_CARRIED_BY = regex(
    r"\b(?:(?:remains|remained|remain|stays|stayed|stay|still|now|currently|"
    r"again|also|back\s+to|returns\s+to|returned\s+to|moves\s+to|moved\s+to)\s+){1,3}$",
    re.I,
)


def _clause_before(sentence: Sentence, match: re.Match[str]) -> str:
    """The words of a RAG word's clause before it ('is rated AMBER after two quarters
    rated')."""
    start = next(
        (c.start for c in sentence.clauses if c.start <= match.start() < c.start + len(c.text)),
        0,
    )
    return sentence.text[start : match.start()]


def _clause_of(sentence: Sentence, match: re.Match[str]) -> str:
    """The whole clause of a RAG word ('remains Green at 593', not the 'although it has
    risen on the previous quarter' after it)."""
    clause = next(
        (c for c in sentence.clauses if c.start <= match.start() < c.start + len(c.text)), None
    )
    return sentence.text if clause is None else clause.text


# 'the Green band begins at 95%', 'the Red threshold': a band's name, not a rating given
_BAND_NAMED = regex(
    r"[\s-]+(?:band|boundary|threshold|zone|line|cut[-\s]?off|range|trigger|tolerance)s?\b", re.I
)

_SEASON_LATER = regex(
    r"\b(?:in|during|over|through)\s+(?:the\s+)?(spring|summer|autumn)\b(?!\s+(?:of\s+)?(?:19|20)\d\d)",
    re.I,
)

# 'moved up into the Amber band', 'is in the Red zone': the rating it is in, a claim
_IN_BAND = regex(
    r"\b(?:into|in|within|inside|to|entered|enters|reached|reaches|out\s+of)\s+(?:the\s+)?$", re.I
)


def _earlier_after(
    sentence: Sentence, match: re.Match[str], refs: tuple[PeriodRef, ...], report: Quarter
) -> bool:
    """The rest of a RAG word's clause names an earlier quarter ('the Green rating they
    held in the summer'): the rating is that quarter's, which the data does not hold."""
    clause = next(
        (c for c in sentence.clauses if c.start <= match.start() < c.start + len(c.text)), None
    )
    end = len(sentence.text) if clause is None else clause.start + len(clause.text)
    if any(match.end() <= r.start < end and r.quarter < report for r in refs):
        return True
    # 'The Green rating they held in the summer has gone': a season other than the report
    # quarter's, which the period reading leaves where a verb follows it
    season = _SEASON_LATER.search(sentence.text, match.end(), end)
    return season is not None and SEASONS[season.group(1).lower()] != report.quarter


# 'from GREEN to AMBER', and the same move told as leaving one band for another ('out of Red
# and into Green', 'from Amber into Red'): the first word is the rating it had before
_FROM_TO = regex(
    r"\b(?:from|out\s+of)\s+(?:the\s+)?(GREEN|AMBER|RED)\s+(?:(?:band|rating)\s+)?"
    r"(?:and\s+)?(?:to|into|in\s+to)\s+(?:the\s+)?(GREEN|AMBER|RED)\b",
    re.I,
)
# 'rated Amber then', 'Green at the time': a rating of the time the sentence named before
# ('Green, then it ...' is a sequence: only a bare 'then' is read so with a clause after it;
# 'Green at the time, but it is Red now' is the time named)
_THEN = regex(
    r"\s*,?\s*(?:then\b(?!\s*[,;]?\s*(?:it|we|the|and|but)\b)|back\s+then\b|"
    r"at\s+(?:that|the)\s+(?:time|point|stage)\b)",
    re.I,
)


# "the contractor's rating went ", "the South East's RAG status moved ": a rating with an
# owner of its own, in the clause before a move between ratings
_OWNED_RATING = regex(
    r"\b(?P<owner>[A-Za-z]+)['’]s?\s+(?:RAG\s+)?(?:rating|status)\s+(?:[a-z]+\s+){0,3}$", re.I
)
_OWN_OWNERS = frozenset("its our indicator measure kpi council".split())  # noqa: SIM905


def _others_rating(vocabulary: frozenset[str], before: str) -> bool:
    """Whether the clause before a move between ratings gives the rating to an owner the
    measure's words do not name ("The contractor's rating went from Green to Red")."""
    clause = regex(r"[^.;:,]*$").search(before)
    found = _OWNED_RATING.search(clause.group(0) if clause else before)
    if found is None:
        return False
    owner = found.group("owner").lower()
    return owner not in _OWN_OWNERS and stem(owner) not in vocabulary


def rag_words(sentence: Sentence, context: Context) -> Iterator[Finding]:
    """RAG words that disagree with the rating: the current one, or last quarter's
    where the sentence is about the past ("from GREEN", "was AMBER")."""
    facts = context.subject.facts
    text = sentence.text
    words = [m for m in _RAG_WORD.finditer(text) if not m.group(1).islower()]
    if not words:
        return  # lower-case "red" and "green" are ordinary English
    report = context.subject.latest
    previous = report.shift(-1)

    def finding(at: int, quote: str, verdict: Verdict, quarter: Quarter, k: int) -> Finding:
        return context.finding(sentence, at, quote, verdict, "rating", quarter, (k,))

    if facts.rag is None:
        word = words[0].group(1)
        verdict = Verdict(f"says {word}", "this measure has no RAG rating", " but ")
        yield finding(words[0].start(), word, verdict, report, 0)
        return
    moved = _FROM_TO.search(text)
    if moved and _others_rating(context.subject.vocabulary, text[: moved.start()]):
        return  # "The contractor's rating went from Green to Red": another's rating
    if moved:
        before, after = moved.group(1).upper(), moved.group(2).upper()
        if facts.previous_rag is not None and before != facts.previous_rag:
            verdict = Verdict(
                f"says it moved from {before}", f"it was {facts.previous_rag}", " but "
            )
            yield finding(moved.start(), moved.group(0), verdict, previous, 0)
        if after != facts.rag:
            verdict = Verdict(f"says it moved to {after}", f"the rating is {facts.rag}", " but ")
            yield finding(moved.start(), moved.group(0), verdict, report, 1)
        return
    refs = find_periods(text, report)
    for k, match in enumerate(words):
        word = match.group(1).upper()
        past = facts.previous_rag is not None and word == facts.previous_rag
        bound = next(
            (
                r
                for r in refs
                if r.start > match.end() and _IN_QUARTER.match(text[match.end() : r.start] + " ")
            ),
            None,
        )
        if bound is None and _THEN.match(text, match.end()):
            # 'was rated Amber then': the quarter named before it in the sentence, the one
            # 'then' points back to; none named, or more than one, and it is not bound
            before = [r for r in refs if r.end <= match.start()]
            if len({r.quarter for r in before}) != 1:
                continue
            bound = before[-1]
        if bound is not None and bound.quarter != report:
            earlier = facts.previous_rag if bound.quarter == previous else None
            if earlier is not None and word != earlier:  # 'Green in Quarter 1', the one before
                verdict = Verdict(f"says {match.group(1)}", f"it was {earlier}", " but ")
                yield finding(match.start(), match.group(1), verdict, previous, k)
            continue  # the rating of an earlier quarter the data does not hold
        if word != facts.rag and _ANOTHER_TIME.search(_clause_before(sentence, match)):
            continue  # 'after two quarters rated GREEN': not bound to the report quarter
        if (
            word != facts.rag
            and _BAND_NAMED.match(text, match.end())
            and not _IN_BAND.search(text, 0, match.start())
        ):
            continue  # 'the Green band begins at 95%': a band named, no rating given
        if word != facts.rag and _DENIED.search(text, 0, match.start()):
            continue  # 'has not been Red since 2021': a rating denied
        if word != facts.rag and _EDGE_WHICH.search(text, 0, match.start()):
            continue  # 'the line below which it turns Red': a band's edge
        year = _IN_YEAR.match(text, match.end())
        if word != facts.rag and year and int(year.group("year")) < report.year:
            continue  # 'was Green in 2021': a rating of a year before this one
        if word != facts.rag and _earlier_after(sentence, match, refs, report):
            continue  # 'the Green rating they held in the summer': an earlier quarter's
        clause = _clause_before(sentence, match)
        if word != facts.rag and subject_other(
            context.subject.vocabulary, clause, len(clause), len(clause) == match.start()
        ):
            continue  # 'the call centre was rated RED by inspectors': another's rating
        if word != facts.rag and not (past and _EARLIER.search(_clause_of(sentence, match))):
            verdict = Verdict(f"says {match.group(1)}", f"the rating is {facts.rag}", " but ")
            carried = _CARRIED_BY.search(text, 0, match.start())
            begin = carried.start() if carried is not None else match.start()
            yield finding(match.start(), text[begin : match.end()], verdict, report, k)
