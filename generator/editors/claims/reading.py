"""Commentary read for `appendix check`: sentences and clauses from the markdown-it tokens
the appendix's blocks come from (generator/read/commentary.py), with the numbers that
are not figures blotted out."""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.editors.claims.figures import NUMBER, count_words
from generator.read.commentary import MARK, TextBlock, text_blocks
from generator.read.patterns import regex

# a month's name in full, and a month as editors write it (in full or shortened)
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
MONTH_NAME = f"(?:{_MONTH_NAMES})"
MONTH = rf"(?:{_MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
_UNIT = r"(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|fortnights?|quarters?)"
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"  # '28,000 hours' whole, not '000 hours'
_RANGE = rf"{_NUM}(?:\s*(?:-|–|to)\s*{_NUM})?"
# Numbers that are not figures, each with its kind (for the docs and the tests).
NOT_FIGURES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("financial year", regex(r"\b(?:19|20)\d{2}\s*[/-]\s*\d{2}(?:\d{2})?\b")),
    ("quarter", regex(r"\bQ(?:uarter)?\s*[1-4]\b(?:\s+\d{2}/\d{2}\b)?", re.I)),
    # 'Quarters 1 and 2', 'Quarters 1 to 3': quarters named together
    ("quarter", regex(r"\bQuarters\s+[1-4](?:\s*(?:,|and|to|&|-|–)\s*[1-4])+\b", re.I)),
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


_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()  # noqa: SIM905
# the tens by their digit ('ninety' 9), the counts under twenty by their value
_WORD_VALUE = count_words(1, 19) | {w: n for n, w in enumerate(_TENS, start=2)} | {"a": 1}
_ONE = "|".join(count_words(1, 9))
_TEEN = "|".join(count_words(10, 19))
_TEN = "|".join(_TENS)
_ELEVEN_UP = "|".join(count_words(11, 19))
_UNDER_100 = rf"(?:(?:{_TEN})(?:[-\s](?:{_ONE}))?|{_TEEN}|{_ONE})"
# A number written in words that editors write as a figure: 'ninety-one per cent', 'a
# hundred', 'seventy-five', 'two hundred and forty', 'fifteen thousand'; a small one ('one'
# to 'ten') only as a per cent or points ('seven points', 'five per cent') or as a change
# after 'by' ('rose by five', 'fell by three to 72'). Not a count of
# quarters, months or days ('twelve months ago', 'eleven consecutive quarters': read by
# their own rules), nor a part of a ratio ('one in twenty'), nor an ordinal.
_NUMBER_WORDS = regex(
    r"(?<![\w-])(?<!\bin\s)(?<!\bevery\s)(?P<words>"
    rf"(?:(?P<hundreds>a|one|{_ONE})\s+hundred(?:\s+and\s+(?P<rest>{_UNDER_100}))?"
    rf"|(?P<tens>{_TEN})(?:[-\s](?P<ones>{_ONE}))?"
    rf"|(?P<teen>{_ELEVEN_UP})"
    rf"|(?P<small>{_ONE}|ten)(?=\s+(?:per\s*cent|percent|percentage\s+points?|points?|pp)\b)"
    # a change's small count after 'by': 'rose by five', 'fell by three to 72'
    rf"|(?<=\bby\s)(?P<by>{_ONE}|ten)(?=\s*(?:[,.;:]|$|\s+(?:on|to|from|since|compared|"
    r"against|over|this|last|in|during)\b)))"
    r"(?P<thousand>\s+thousand)?)"
    r"(?![\w-])(?!\s+in\s)(?!\s+and\s+a\s+half\b)"
    rf"(?!(?:\s+[a-z]+)?\s+{_UNIT}\b)(?!\s+(?:consecutive|successive|straight|running)\b)",
    re.I,
)


def _words_value(found: re.Match[str]) -> int:
    """The value of a _NUMBER_WORDS match: 'ninety-one' 91, 'a hundred' 100."""
    g = {k: (v or "").lower() for k, v in found.groupdict().items()}
    if g["hundreds"]:
        rest = regex(r"[-\s]+").split(g["rest"]) if g["rest"] else []
        value = 100 * _WORD_VALUE[g["hundreds"]] + sum(_word(w) for w in rest)
    elif g["tens"]:
        value = _word(g["tens"]) + (_WORD_VALUE[g["ones"]] if g["ones"] else 0)
    else:
        value = _WORD_VALUE[g["teen"] or g["small"] or g["by"]]
    return value * (1000 if g["thousand"] else 1)


def _word(word: str) -> int:
    """One word of a number under a hundred ('ninety' 90, 'one' 1)."""
    return _WORD_VALUE[word] * 10 if word in _TENS else _WORD_VALUE[word]


def in_figures(text: str) -> str:
    """`text` with its numbers in words (_NUMBER_WORDS) written in figures, each in the
    same place and the same length (the figure, then spaces), so that every offset into
    it is one into the text as written."""
    out = text
    for found in _NUMBER_WORDS.finditer(text):
        number = _words_value(found)
        value = f"{number:,}" if number >= 10000 else str(number)
        span = found.end() - found.start()
        if len(value) > span:
            continue
        out = out[: found.start()] + value.ljust(span) + out[found.end() :]
    return out


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
    # the sentence as written, where `text` has its numbers in words in figures
    # ('ninety-one per cent' read as '91         per cent'; same offsets)
    written: str = ""

    def line_at(self, offset: int) -> int:
        """The source line of the sentence's character at `offset`."""
        return self.block.line_at(self.start + offset) if self.block else self.line

    def as_written(self, at: int, quote: str) -> str:
        """A quote of `text` near `at` in the editor's own words: a number in words
        as written ('ninety-one per cent', 'a hundred'), not the figure it was read as."""
        if not self.written or quote not in self.text:
            return quote
        starts = [m.start() for m in re.finditer(re.escape(quote), self.text)]
        start = min(starts, key=lambda s: 0 if s <= at <= s + len(quote) else abs(s - at))
        end = start + len(quote)
        for found in _NUMBER_WORDS.finditer(self.written):
            if found.start() < end and start < found.end():
                start, end = min(start, found.start()), max(end, found.end())
        return self.written[start:end].strip()


UNREAD = "\x01"  # where the not-a-figure marker follows a word, not a number
_SENTENCE_END = regex(r"(?<=[.!?])\s+(?=[A-Z0-9£\"“‘(])")
# where a share's own clause starts and ends (a semicolon, a full stop, a conjunction): it
# names its part and its whole there
SHARE_CLAUSE = regex(r";|\.\s|,\s+(?:and|but|while|whereas)\s|\s(?:and|but|while|whereas)\s", re.I)
_CLAUSE_BREAK = regex(
    # a colon ends a clause, but not inside a time on the clock ('2:35')
    r",\s|;\s*|(?<!\d):\s*|:(?!\d)\s*|\s[–—-]\s|\(|\)"
    r"|\s(?:and|but|while|whereas|although|which)\s"
    # 'so' joins a clause, but not in 'so far' ('the lowest so far') nor as a word of degree
    # ('Not since Quarter 1 have so many been placed', 'been so high')
    r"|\sso\s(?!(?:far|many|much|few|little|long|high|low)\b)",
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
        for start, written in _pieces(block.text):
            piece = in_figures(written)
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
                    written if written != piece else "",
                )
            )
    return sentences, marked


_DAYS = regex(rf"\b{_RANGE}[\s-]*days?\b", re.I)
# 'homes stood empty for 24.3 days on average': the measure's own figure after all
_ON_AVERAGE = regex(r"\s+on\s+average\b", re.I)
_TIME_LIMIT = regex(r"\b(?:within|after|for|every|each|per|up\s+to|over)\s+$", re.I)
# 'just over 27 days', 'well over', 'slightly over', 'a little over': a hedge on the
# measure's own figure, not a time allowed (the shared HEDGE holds 'over' alone, which is)
_HEDGED_OVER = regex(
    r"\b(?:just|well|slightly|a\s+little|a\s+bit|somewhat|far|much)\s+over\s+$", re.I
)


def days_unmasked(sentence: Sentence) -> str:
    """The sentence's masked text with its numbers of days read again as figures: on a
    measure counted in days ('25.3 days to re-let a home') they are its figures, not
    durations."""
    chars = list(sentence.masked)
    for found in _DAYS.finditer(sentence.text):
        if (
            _TIME_LIMIT.search(sentence.text, 0, found.start())
            and not _HEDGED_OVER.search(sentence.text, 0, found.start())
            and not _ON_AVERAGE.match(sentence.text, found.end())
        ):
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
