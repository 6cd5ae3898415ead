"""Commentary in a language the checker does not read (docs/formats.md, part 3, "Commentary
in other languages"): its figures checked, its words not.

What does not depend on the language is read as in English: the blocks and their lines
(markdown-it's tokens), `<!-- not a figure -->`, and numbers written with their unit. A
figure written in the indicator's own unit ('45%' of a percentage, '£1,200' of money,
'2:35' of minutes, a count of 1,000 or more with its thousands separator) must be one of
the indicator's figures in the quarters shown (any series, the target, the threshold, a
change on the previous quarter or a year earlier), within the tolerance of 'around' (a
hedge word before it is not read). The words (movements, ratings, quarters' names,
hedges) are not read, and the file gets one note saying so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.content.facts import IndicatorFacts
from generator.core.rules import round_half_up
from generator.editors.claims.figures import NUMBER, Stated, matches, stated_of
from generator.editors.claims.reading import NOT_FIGURES
from generator.editors.findings import Finding
from generator.read.commentary import MARK, text_blocks
from generator.read.patterns import regex

# The numbers that are not figures in any language (the English list's, by kind), and a
# quarter as 'Q2' and a year alone ('2024') as no figure is written.
_NEUTRAL_KINDS = ("financial year", "date", "id", "address", "phone", "footnote")
NEUTRAL: tuple[re.Pattern[str], ...] = (
    *(
        pattern
        for kind, pattern in NOT_FIGURES
        if kind in _NEUTRAL_KINDS and "January" not in pattern.pattern
    ),
    regex(r"\bQ[1-4]\b"),
    regex(r"(?<![\d,.£])\b(?:19|20)\d{2}\b(?![\d,.%:]|\s?%)"),
)
_MARKED = regex(rf"[\d,.%£:]*\d[%]?\s*{MARK}")


def masked_any(text: str) -> str:
    """`text` with each number no language writes as a figure blotted out by '#'."""
    chars = list(text)
    for pattern in (*NEUTRAL, _MARKED):
        for match in pattern.finditer(text):
            for i in range(match.start(), match.end()):
                if chars[i].isdigit():
                    chars[i] = "#"
    return "".join(chars)


def _in_unit(stated: Stated, unit: str) -> bool:
    """Whether a number is written in the indicator's unit, so that it can be read
    without its words."""
    if unit == "percent":
        return stated.percent
    if unit == "gbp":
        return stated.pounds
    if unit == "minutes":
        return stated.clock
    return not (stated.percent or stated.pounds or stated.clock) and "," in stated.quote


def known_figures(facts: IndicatorFacts) -> list[float]:
    """Every figure the indicator's commentary may state: each series' values in the
    quarters shown, the target and threshold, and each series' change on the previous
    quarter and on a year earlier (in the unit, and as a per cent of the earlier), and
    a rate's base."""
    found: list[float] = []
    decimals = facts.indicator.decimals
    for series in facts.series:
        values = [v for v in series.values if v is not None]
        found += values
        latest = series.latest.value
        for other in (series.previous, series.last_year):
            if other is None:
                continue
            old, new = round_half_up(other.value, decimals), round_half_up(latest, decimals)
            found.append(abs(new - old))
            if old:
                found.append(abs(new - old) / abs(old) * 100)
    if facts.indicator.unit == "rate":  # 'per 100,000'
        found.append(float(facts.indicator.per))
    for level in (facts.rated.target, facts.rated.threshold):
        if level is not None:
            found.append(level)
    if facts.rated_against is not None:
        found += [
            v for v in (facts.rated_against.target, facts.rated_against.threshold) if v is not None
        ]
    return found


def _near(stated: Stated, figures: list[float]) -> bool:
    """Whether the number is one of `figures`, rounded as written or 'around' it."""
    around = Stated(
        stated.quote,
        stated.value,
        stated.decimals,
        stated.zeros,
        "around",
        stated.percent,
        stated.pounds,
        stated.clock,
    )
    return any(matches(stated, f) or matches(around, f) for f in figures)


def figure_findings(text: str, facts: IndicatorFacts, file: str) -> Iterator[Finding]:
    """The figures of commentary in another language (placeholders filled) that are none
    of the indicator's figures."""
    figures = known_figures(facts)
    unit = facts.indicator.unit
    indicator = facts.indicator.id
    for index, block in enumerate(text_blocks(text)):
        masked = masked_any(block.text)
        for number in NUMBER.finditer(masked):
            if "#" in number.group(0):
                continue
            stated = stated_of(number, block.text)
            stated = Stated(
                block.text[number.start() : number.end()].strip(),
                stated.value,
                stated.decimals,
                stated.zeros,
                None,  # a hedge is a word: not read in this language
                stated.percent,
                stated.pounds,
                stated.clock,
            )
            if not _in_unit(stated, unit) or _near(stated, figures):
                continue
            yield Finding(
                file,
                block.line_at(number.start()),
                indicator,
                stated.quote,
                f"no figure of {indicator} in the quarters shown is {stated.quote}",
                "check the figure against the data (the words around it are not read in "
                "this language)",
                rule="figure",
                period=str(facts.report_quarter),
                order=(index, number.start()),
            )


def marked_numbers(text: str) -> int:
    """How many numbers are marked `<!-- not a figure -->` (the marker follows one)."""
    return sum(len(_MARKED.findall(block.text)) for block in text_blocks(text))


def unread_note(file: str, facts: IndicatorFacts, language: str) -> Finding:
    """The note that says, once a file, what the checker does not read in `language`."""
    return Finding(
        file,
        None,
        facts.indicator.id,
        None,
        f"commentary in {language}: only its figures written with their unit were checked; "
        "its words (movements, ratings, quarters' names, hedges such as 'nearly') were not read",
        rule="not read",
        period=str(facts.report_quarter),
    )
