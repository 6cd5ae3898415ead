"""Commentary read for `appendix check`: sentences and clauses from the markdown-it tokens
the appendix's blocks come from (generator/read/commentary.py), with the numbers that
are not figures blotted out."""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.editors.claims.figures import NUMBER
from generator.read.commentary import MARK, TextBlock, text_blocks
from generator.read.patterns import regex

MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)
_UNIT = r"(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|fortnights?|quarters?)"
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"  # '28,000 hours' whole, not '000 hours'
_RANGE = rf"{_NUM}(?:\s*(?:-|–|to)\s*{_NUM})?"
# Numbers that are not figures, each with its kind (for the docs and the tests).
NOT_FIGURES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("financial year", regex(r"\b(?:19|20)\d{2}\s*[/-]\s*\d{2}(?:\d{2})?\b")),
    ("quarter", regex(r"\bQ(?:uarter)?\s*[1-4]\b(?:\s+\d{2}/\d{2}\b)?", re.I)),
    ("date", regex(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\b(?:\s+\d{{4}})?")),
    ("date", regex(rf"\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b")),
    ("date", regex(rf"\b{MONTH}\s+(?:19|20)\d{{2}}\b")),
    ("date", regex(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")),
    ("years", regex(r"\b(?:19|20)\d{2}\s*(?:to|and|-|–)\s*(?:19|20)\d{2}\b", re.I)),
    (
        "year",
        regex(
            r"(?:\b(?:in|since|from|during|until|till|by|of|before|after|between|"
            r"early|late|mid|year|summer|autumn|winter|spring)[\s-]+)(?:19|20)\d{2}\b"
            r"|\b(?:19|20)\d{2}(?=\s+(?:to|and|saw|was|when|onwards)\b)",
            re.I,
        ),
    ),
    ("time", regex(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b", re.I)),
    ("id", regex(r"\b[A-Z]{2,}[A-Za-z]*-?\d+[A-Za-z0-9]*\b")),
    (
        "id",
        regex(
            r"\b(?:Section|Part|Article|Schedule|Chapter|Level|Tier|Phase|Step|Stage|Band|Pathway|"
            r"Option|Cohort|Wave|Group|Team|Area|Zone|Category|Type|Grade|Version|Release|"
            r"Year|Room|Ward|Route|Priority|Pillar|Objective|Outcome|Standard)\s+\d+[A-Za-z]?\b"
        ),
    ),
    # not '10,125 year to date', '120 year on year': a figure of the year to date or a change
    (
        "duration",
        regex(rf"\b{_RANGE}[\s-]*{_UNIT}\b(?![\s-]+(?:to[\s-]+date|on[\s-]+year))", re.I),
    ),
    ("age", regex(rf"\baged\s+{_RANGE}(?:\s*(?:and|or)\s+(?:over|above|under|older))?", re.I)),
    ("age", regex(r"\b\d+\s*(?:and|or)\s+(?:over|above|under|older|younger)\b", re.I)),
    ("age", regex(r"\b(?:over|under)[\s-]\d+s\b|\b\d+\s*\+|\b\d+\s*years?\s+old\b", re.I)),
    (
        "age",
        regex(
            r"\b(?:children|child|people|adults|residents|pupils|those|anyone)\s+"
            r"(?:under|over|below|above)\s+(?:the\s+age\s+of\s+)?\d{1,2}\b",
            re.I,
        ),
    ),
    # a number of millions or billions: not written as the measure's figure is
    ("magnitude", regex(r"\b\d+(?:\.\d+)?\s*(?:million|billion|bn)\b", re.I)),
    ("range", regex(r"\b\d{1,3}\s*[-–]\s*\d{1,3}\b(?![,.]?\d)")),
    (
        "per",
        regex(r"\b(?:per|(?:in|for|out\s+of)\s+every)\s+\d[\d,]*\b|\b1\s+in\s+\d+\b", re.I),
    ),
    ("ordinal", regex(r"\b\d+(?:st|nd|rd|th)\b", re.I)),
    ("address", regex(r"\bhttps?://\S+|\bwww\.\S+|\S+@\S+\.\w+", re.I)),
    ("phone", regex(r"(?<![\d,])\b0\d{2,}(?:\s\d{2,}){0,3}\b")),
    ("footnote", regex(r"\[\d+\]")),
    ("times", regex(r"\b\d+(?:\.\d+)?\s+times\b", re.I)),
    ("rank", regex(r"\b(?:top|bottom|number|no\.)\s+\d+\b(?!,\d)", re.I)),
    (
        "year",
        regex(
            r"\b(?:the|a|an|this|our|its|their|Act|Regulations|Strategy|Plan|Framework|"
            r"Census|Survey)\s+(?:19|20)\d{2}\b|\b(?:19|20)\d{2}'s\b"
        ),
    ),
)


def masked(text: str) -> str:
    """`text` with every number that is not a figure blotted out by '#' (same length)."""
    chars = list(text)
    for _, pattern in NOT_FIGURES:
        for match in pattern.finditer(text):
            for i in range(match.start(), match.end()):
                if chars[i].isdigit():
                    chars[i] = "#"
    return "".join(chars)


@dataclass(frozen=True)
class Clause:
    text: str
    start: int  # offset in the sentence


@dataclass(frozen=True)
class Sentence:
    text: str
    masked: str
    line: int  # the source line the sentence starts on
    clauses: tuple[Clause, ...]
    block: TextBlock | None = None  # the block it is read from, and where in it
    start: int = 0

    def line_at(self, offset: int) -> int:
        """The source line of the sentence's character at `offset`."""
        return self.block.line_at(self.start + offset) if self.block else self.line


UNREAD = "\x01"  # where the not-a-figure marker follows a word, not a number
_SENTENCE_END = regex(r"(?<=[.!?])\s+(?=[A-Z0-9£\"“‘(])")
_CLAUSE_BREAK = regex(
    # a colon ends a clause, but not inside a time on the clock ('2:35')
    r",\s|;\s*|(?<!\d):\s*|:(?!\d)\s*|\s[–—-]\s|\(|\)"
    r"|\s(?:and|but|while|whereas|although|which|so)\s",
    re.I,
)
# 'between Quarter 2 and Quarter 3', 'between 95% and 98%': one phrase, not two clauses
_BETWEEN_AND = regex(r"\bbetween\s+[^,;:()]{1,40}?\s(and)\s", re.I)
_MARKED_NUMBER = regex(rf"[\d,.%£]*\d[%]?\s*{MARK}")
_MARK_AFTER_NUMBER = regex(rf"(?<=[\d%])(\s*){MARK}")
_MARK_AFTER_MASKED = regex(rf"(?<=[#%])(\s*){MARK}")


def _pieces(block: str) -> list[tuple[int, str]]:
    """(offset, text) of each sentence of a block."""
    pieces, last = [], 0
    for end in _SENTENCE_END.finditer(block):
        pieces.append((last, block[last : end.start()]))
        last = end.end()
    pieces.append((last, block[last:]))
    return pieces


def read_text(text: str) -> tuple[list[Sentence], int]:
    """Sentences and their clauses, each with its source line; and how many numbers are
    marked as not figures. `text` is commentary with its placeholders filled."""
    sentences: list[Sentence] = []
    marked = 0
    for block in text_blocks(text):
        for start, piece in _pieces(block.text):
            masked_text = masked(piece)
            # a number written just before the marker is not a figure
            chars = list(masked_text)
            for match in _MARKED_NUMBER.finditer(piece):
                for i in range(match.start(), match.end()):
                    if chars[i].isdigit():
                        chars[i] = "#"
            marked += piece.count(MARK)
            masked_text = "".join(chars)
            # after a number the marker unmarks that number; after a word, its clause
            piece = _MARK_AFTER_NUMBER.sub(r"\1 ", piece).replace(MARK, UNREAD)
            masked_text = _MARK_AFTER_MASKED.sub(r"\1 ", masked_text).replace(MARK, UNREAD)
            clauses, last = [], 0
            to_cut = masked_text
            for pair in _BETWEEN_AND.finditer(masked_text):
                to_cut = to_cut[: pair.start(1)] + "&&&" + to_cut[pair.end(1) :]
            for cut in _CLAUSE_BREAK.finditer(to_cut):
                clauses.append(Clause(piece[last : cut.start()], last))
                last = cut.end()
            clauses.append(Clause(piece[last:], last))
            sentences.append(
                Sentence(
                    piece,
                    masked_text,
                    block.line_at(start),
                    tuple(c for c in clauses if c.text.strip()),
                    block,
                    start,
                )
            )
    return sentences, marked


_DAYS = regex(rf"\b{_RANGE}[\s-]*days?\b", re.I)
_TIME_LIMIT = regex(r"\b(?:within|after|for|every|each|per|up\s+to|over)\s+$", re.I)


def days_unmasked(sentence: Sentence) -> str:
    """The sentence's masked text with its numbers of days read again as figures: on a
    measure counted in days ('25.3 days to re-let a home') they are its figures, not
    durations."""
    chars = list(sentence.masked)
    for found in _DAYS.finditer(sentence.text):
        if _TIME_LIMIT.search(sentence.text, 0, found.start()):
            continue  # 'decided within 14 days': a time allowed, not the measure's figure
        for i in range(found.start(), found.end()):
            if chars[i] == "#" and sentence.text[i].isdigit():
                chars[i] = sentence.text[i]
    return "".join(chars)


def numbers_read(text: str) -> list[str]:
    """The numbers of a text that may be figures (before each indicator's own rules)."""
    sentences, _ = read_text(text)
    return [
        m.group(0).strip()
        for s in sentences
        for m in NUMBER.finditer(s.masked)
        if "#" not in m.group(0)
    ]
