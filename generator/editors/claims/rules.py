"""The checker's rules, in order, and what runs them.

Each rule has one signature (`Rule`: a sentence and its file's context to findings) and a
name, the `rule` of every finding it makes; markdown-it-py's rulers are the model. Any of
them can be run alone (`check_commentary(..., rules=...)`): the claims a sentence makes are
read once, in the context, whichever rules then check them, so a rule run alone finds
exactly what it finds among all the others.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from generator.content.facts import IndicatorFacts
from generator.editors.claims.abstain import WITHHELD, defaults_withheld
from generator.editors.claims.base import Claim, Context, Rule, claim_of, claim_rule
from generator.editors.claims.clauses import claims_of
from generator.editors.claims.doubt import DOUBTED, doubts_withheld
from generator.editors.claims.figures import matches
from generator.editors.claims.fractions import check_fraction, check_multiple
from generator.editors.claims.movements import check_movement, check_streak, check_trend
from generator.editors.claims.numbers import (
    check_change,
    check_level,
    check_percent,
    check_share,
    check_target,
)
from generator.editors.claims.periods import find_periods
from generator.editors.claims.precision import precision_withheld
from generator.editors.claims.quarters import stale_quarters
from generator.editors.claims.ranges import check_range
from generator.editors.claims.ratings import rag_words
from generator.editors.claims.reading import Sentence, days_unmasked, read_text
from generator.editors.claims.rivals import GATED, one_figure_each
from generator.editors.claims.sequence import then_withheld
from generator.editors.claims.standing import (
    check_against_target,
    check_comparison,
    check_record,
)
from generator.editors.claims.subject import Subject, stem, subject_of, value_at
from generator.editors.claims.ytd import check_year_to_date
from generator.editors.findings import Finding
from generator.read.patterns import regex

RULES: tuple[tuple[str, Rule], ...] = (
    ("stale quarter", stale_quarters),
    # a figure, by the reading that read it (numbers.READINGS, in that order)
    ("range", claim_rule("range", check_range)),
    ("target", claim_rule("target", check_target)),
    ("change", claim_rule("change", check_change)),
    ("share", claim_rule("share", check_share)),
    ("percent", claim_rule("percent", check_percent)),
    ("year to date", claim_rule("year to date", check_year_to_date)),
    ("gap", claim_rule("gap", check_level)),
    ("from", claim_rule("from", check_level)),
    ("level", claim_rule("level", check_level)),
    # words
    ("fraction", claim_rule("fraction", check_fraction)),
    ("multiple", claim_rule("multiple", check_multiple)),
    ("movement", claim_rule("movement", check_movement)),
    ("streak", claim_rule("streak", check_streak)),
    ("trend", claim_rule("trend", check_trend)),
    ("against target", claim_rule("against target", check_against_target)),
    ("highest or lowest", claim_rule("highest or lowest", check_record)),
    ("comparison", claim_rule("comparison", check_comparison)),
    ("rating", rag_words),
)


def rule_named(name: str) -> Rule:
    return dict(RULES)[name]


@dataclass(frozen=True)
class Reading:
    findings: tuple[Finding, ...]  # in the order read: sentence by sentence, rule by rule
    marked: int  # numbers marked as not figures


def check_commentary(
    text: str,
    facts: IndicatorFacts,
    file: str = "",
    rules: Sequence[tuple[str, Rule]] = RULES,
) -> Reading:
    """Every sentence of a commentary (placeholders filled) checked by `rules`."""
    sentences, marked = read_text(text)
    context = Context(subject_of(facts), file, claims_of)
    findings = [
        replace(finding, order=(index, *finding.order))
        for index, sentence in enumerate(sentences)
        for finding in whole_claims(sentence, context, told_once(_gated(sentence, context, rules)))
    ]
    return Reading(tuple(findings), marked)


# the words that carry a figure's claim before it: 'rose to 73', 'up from 57.3%', 'reached
# 85.6%', 'were 79.2'
_LEVEL_LEAD = regex(
    # 'rose again to 27%', 'fell back to 70%': the verb before its adverb too
    r"\b(?:(?:(?:rose|fell|grew|went|came|(?!compared)[a-z]+ed)\s+(?=(?:up|down|back|again)\s))?"
    r"(?:up|down|back|again|rose|fell|grew|went|came|(?!compared)[a-z]+ed|[a-z]+en)\s+"
    r"(?:to|from)"
    r"|reached|hit|recorded|were|was|stood\s+at|stands\s+at"
    # 'ran at 5.6', 'sat at 84%'; 'June closed with 6,900': where it stood at a quarter's close
    r"|(?:ran|runs|running|sat|sits|sitting)\s+at|(?:closed|ended|finished)\s+with"
    # 'Kent's 84%', 'The 97%', 'at 590': whose figure it is, or where it stands
    r"|at|the|its|our|[A-Za-z]+['’]s)\s+$",
    re.I,
)
# a unit's 'per 100,000' and the measure's noun after a figure: '639 people', '75 households'
_PER = regex(
    r"\s+per\s+[\d,]+(?:\s+(?!(?:in|at|by|for|during|on|to|from|and|or|but)\b)[a-z]+)?", re.I
)
_NOUN = regex(r"\s+([a-z]+)\b", re.I)
_PARTICIPLE = regex(r"\s+(?!(?:during|including|excluding|following)\b)[a-z]{3,}ing\b")
_TO_QUARTER = regex(r"\s+(?:(?:in|at|by|during|for)\s+)?", re.I)


def _nouns_after(text: str, end: int, vocabulary: frozenset[str]) -> int:
    """Where the measure's noun after a figure ends ('639 people', '2,150 new packages'):
    up to three of the measure's words, the last a plural; else where the figure ends."""
    at, found = end, end
    for _ in range(3):
        word = _NOUN.match(text, at)
        if word is None or stem(word.group(1)) not in vocabulary:
            break
        at = word.end()
        if word.group(1).lower().endswith("s") or word.group(1).lower() == "people":
            found = at
    return found


def whole_claims(sentence: Sentence, context: Context, found: list[Finding]) -> list[Finding]:
    """A sentence's findings, a level's quoting the editor's whole claim (whole_claim);
    not the words another finding of the sentence quotes already ('dropped to 70%', a
    movement's, beside the level's '70%')."""
    out = []
    for finding in found:
        whole = whole_claim(sentence, context, finding)
        if whole.quote != finding.quote and any(
            o is not finding and o.quote and whole.quote and whole.quote in o.quote for o in found
        ):
            whole = finding
        out.append(whole)
    return out


def whole_claim(sentence: Sentence, context: Context, finding: Finding) -> Finding:
    """A finding quoting the editor's whole claim: for a level, the verb that carries it,
    the figure, its unit or the measure's noun, and the quarter named with it ('rose to
    73', '639 people', 'up from 57.3% at the end of September'); for a target, its noun
    ('a target of 80%', 'the 92% target'); for a rating, its verb ('is rated Green'); for a
    change, movement, record or share, the words that carry it ('edged up by 20', 'has
    risen since June', 'at the highest level on record', 'represent 35% of the concerns
    received')."""
    quote = finding.quote
    if not quote or finding.rule not in _WHOLE:
        return finding
    text = sentence.text
    claims = context.claims(sentence)
    claim = claim_of(claims, finding)
    begin = text.rfind(quote, 0, claim.at + len(quote)) if claim is not None else text.find(quote)
    if begin < 0:
        return finding
    end = begin + len(quote)
    subject = context.subject
    lead_pattern, tail_pattern = _WHOLE[finding.rule]
    lead = lead_pattern.search(text, 0, begin) if lead_pattern is not None else None
    if lead is not None and finding.rule == "highest or lowest" and not _NOW_NOT_AT.match(quote):
        # the record's verb only with its adverb ('are now the highest ...'); 'at' before
        # the record's words ('at its highest') holds the verb's place
        lead = _RECORD_AT.search(text, 0, begin)
    if lead is None and finding.rule == "target" and quote[:1].isalpha():
        lead = _GOAL_NAMED.search(text, 0, begin)  # 'the routine repairs target was ...'
    if lead is not None:
        begin = lead.start()
    if finding.rule in ("level", "from"):
        per = _PER.match(text, end)
        nouns = _nouns_after(text, end, subject.vocabulary)
        # '6,900 people waiting': the participle that tells what the measure's noun counts
        waiting = _PARTICIPLE.match(text, nouns) if nouns > end else None
        end = per.end() if per is not None else waiting.end() if waiting else nouns
    tail = tail_pattern.match(text, end) if tail_pattern is not None else None
    if tail is not None:
        end = tail.end()
    if finding.rule in ("level", "from", "movement"):
        between = _TO_QUARTER if finding.rule != "movement" else _SINCE
        for ref in find_periods(text, subject.latest):
            if ref.start > end and between.fullmatch(text, end, ref.start):
                end = ref.end
                break
    return replace(finding, quote=text[begin:end].strip())


# a target's noun phrase: 'a target of 80%', 'a tighter target of 80', 'the routine repairs
# target was kept at 90%', 'the 92% target'
_GOAL_LEAD = regex(
    r"\b(?:(?:a|an|the|its|our|this\s+year['’]s)\s+)(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:target|floor|threshold)s?\s+(?:(?:was|is|has\s+been|of|at|stands|kept|set|now)\s+)*$"
    r"|\b(?:a|an|the|its|our)\s+$",
    re.I,
)
# the determiner and words before a target's quote that starts with its words
_GOAL_NAMED = regex(r"\b(?:a|an|the|its|our|this\s+year['’]s)\s+(?:[a-z][\w-]*\s+){0,2}$", re.I)
_GOAL_TAIL = regex(r"(?:[-\s](?:day|week|minute|hour)s?)?\s+(?:target|floor|threshold)\b", re.I)
# a rating's verb: 'is rated Green', 'the rating improved to Amber'
_RATING_LEAD = regex(
    r"(?:\b(?:the\s+|its\s+)?(?:rating|RAG\s+rating|status)\s+)?"
    r"\b(?:(?:is|was|are|were|has\s+been|have\s+been)\s+)?"
    r"(?:rated|(?:improved|improves|moved|moves|dropped|drops|returned|returns|went|goes|"
    r"slipped|slips|fell|falls|rose|rises)\s+(?:back\s+)?to)\s+$",
    re.I,
)
# a change's verb or 'by' before a figure: 'edged up by 20', 'by 7.3%'
_CHANGE_LEAD = regex(r"\b(?:by|edged|crept|inched|ticked)\s+$", re.I)
# a record's verb: 'at its highest', 'are now the highest this indicator has recorded'
_RECORD_LEAD = regex(r"\b(?:at|is|are|was|were)\s+$", re.I)
_RECORD_AT = regex(r"\bat\s+$", re.I)
_NOW_NOT_AT = regex(r"now\s+(?!at\b)", re.I)
# a share's verb and its whole: 'represent 35% of the concerns received', 'equal to 96% of
# the potholes reported'
_SHARE_LEAD = regex(
    r"\b(?:equal\s+to|equivalent\s+to|represent(?:s|ed|ing)?|made\s+up|make\s+up|makes\s+up|"
    r"making\s+up|account(?:s|ed|ing)?\s+for|match(?:es|ed|ing)?|amount(?:s|ed|ing)?\s+to)\s+$",
    re.I,
)
_SHARE_TAIL = regex(
    r"\s+of\s+(?:the\s+|all\s+|those\s+|these\s+)?"
    r"(?:(?!(?:in|and|but|during|for|at|by|with|while|this|that|was|were|is|are)\b)[a-z]+"
    r"(?:\s+|(?=[,.;:)]|$))){1,4}",
    re.I,
)
_SINCE = regex(r"\s+since\s+(?:the\s+end\s+of\s+)?", re.I)
_WHOLE: dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = {
    "level": (_LEVEL_LEAD, None),
    "from": (_LEVEL_LEAD, None),
    "target": (_GOAL_LEAD, _GOAL_TAIL),
    "rating": (_RATING_LEAD, None),
    "change": (_CHANGE_LEAD, None),
    "movement": (None, None),
    "highest or lowest": (_RECORD_LEAD, None),
    "share": (_SHARE_LEAD, _SHARE_TAIL),
    "fraction": (_SHARE_LEAD, None),  # 'accounting for one in ten'
}


def told_once(found: Sequence[Finding]) -> list[Finding]:
    """A sentence's findings less those another of the same rule and quarter already tells:
    its quote inside the other's ('2 points below the 92% target' holds 'below the 92%
    target': one mistake, told once, by the words that say the most)."""
    return [
        f
        for f in found
        if not any(
            o is not f
            and o.rule == f.rule
            and o.period == f.period
            and f.quote
            and o.quote
            and f.quote != o.quote
            and f.quote in o.quote
            for o in found
        )
    ]


def _gated(
    sentence: Sentence, context: Context, rules: Sequence[tuple[str, Rule]]
) -> list[Finding]:
    """A sentence's findings by `rules`, less those the gates withhold: where a binding
    fell back on a default (abstain.py), and where the sentence holds rival figures for
    one claim (rivals.py)."""
    found = [finding for _, rule in rules for finding in rule(sentence, context)]
    if not any(f.rule in GATED or f.rule in WITHHELD or f.rule in DOUBTED for f in found):
        return then_withheld(context.subject, sentence.text, found)
    claims = context.claims(sentence)
    subject = context.subject
    cumulative = subject.facts.indicator.cumulative
    # the numbers as the claims were read: a measure in days reads its days as figures
    masked = days_unmasked(sentence) if subject.unit == "days" else sentence.masked
    found = defaults_withheld(
        subject, sentence.text, masked, subject.latest, claims, found, cumulative
    )
    found = one_figure_each(subject, sentence.text, masked, claims, found)
    found = doubts_withheld(subject, sentence.text, claims, found, masked)
    found = precision_withheld(subject, sentence.text, found)
    found = then_withheld(subject, sentence.text, found)
    return _standing_of_a_wrong_figure(claims, _carried_by_movements(subject, claims, found))


def _standing_of_a_wrong_figure(claims: Sequence[Claim], found: list[Finding]) -> list[Finding]:
    """'Reablement outcomes for Quarter 1 (85%) hit the target', where Quarter 1's figure is
    83%: the editor's own figure is the mistake, told by its level's finding; the standing
    against the target that follows from it is the same mistake, and left out."""

    levels = (claim_of(claims, f) for f in found if f.rule == "level")
    wrong = [c for c in levels if c is not None and c.stated]
    return [
        f
        for f in found
        if not (
            f.rule == "against target"
            and (standing := claim_of(claims, f)) is not None
            and any(
                w.period == standing.period and set(w.series) & set(standing.series) for w in wrong
            )
        )
    ]


def _carried_by_movements(
    subject: Subject, claims: Sequence[Claim], found: list[Finding]
) -> list[Finding]:
    """'satisfaction rose to 84.5%' where 84.5% is the quarter before's figure: one mistake
    (the quarters' figures taken for each other), told once, by the movement whose quote holds
    the figure (its message gives both quarters' figures); the level's finding is left out."""

    moved = [
        (f.quote, c)
        for f in found
        if f.rule in ("movement", "streak") and f.quote and (c := claim_of(claims, f)) is not None
    ]

    def carried(finding: Finding) -> bool:
        level = claim_of(claims, finding)
        if finding.rule != "level" or not finding.quote or level is None or not level.stated:
            return False
        for quote, claim in moved:
            base = claim.base or claim.period.shift(-1)
            before = [value_at(subject, s, base) for s in claim.series]
            if quote.endswith(" " + finding.quote) and any(
                v is not None and matches(level.stated, v) for v in before
            ):
                return True
        return False

    return [f for f in found if not carried(f)]
