"""Editors' Markdown into model blocks, through markdown-it-py's tokens.

Placeholders (`{{ latest }}`) are filled first from a fixed table of values,
so the template language reaches those values and nothing else. Raw HTML is
shown as text; links keep only http, https and mailto addresses.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from generator.core.errors import InputError
from generator.core.model import (
    SAFE_SCHEMES,
    Heading,
    Inline,
    LineBreak,
    ListBlock,
    ListItem,
    Paragraph,
    Run,
)

PLACEHOLDER = re.compile(r"\{\{\s*(.*?)\s*\}\}")
# Written after a number that `appendix check` should not read as a figure; left out of
# the appendix (docs/formats.md, part 3).
NOT_A_FIGURE = re.compile(r"<!--\s*not\s+a\s+figure\s*-->", re.IGNORECASE)
_NAME = re.compile(r"^[a-z_][a-z0-9_]*(\.[a-z0-9_]+)*$")
REFUSED_SCHEMES = ("javascript:", "vbscript:", "data:")
# Headings written in commentary sit under the indicator's own headings.
COMMENTARY_HEADING_BASE = 3

Values = Mapping[str, Any]


@dataclass(frozen=True)
class NoValue:
    """A placeholder this indicator has, with no value this quarter, and why: 'Q1
    2024/25 has no figure', 'no previous quarter: ...'."""

    why: str


def _find(values: Values, name: str) -> Any:
    current: Any = values
    for part in name.split("."):
        if not isinstance(current, Mapping) or part not in current:
            return None
        current = current[part]
    return current


def lookup(values: Values, name: str) -> str | None:
    """Resolve 'series.received.latest' in nested mappings; None if absent."""
    current = _find(values, name)
    return current if isinstance(current, str) else None


def placeholder_names(values: Values, prefix: str = "") -> list[str]:
    names: list[str] = []
    for key, value in values.items():
        full = f"{prefix}{key}"
        if isinstance(value, Mapping):
            names += placeholder_names(value, full + ".")
        elif not isinstance(value, NoValue):
            names.append(full)
    return names


def fill_placeholders(
    text: str, values: Values, *, file: str, indicator: str | None = None, period: str | None = None
) -> str:
    """Replace each {{ name }} with its value; an unknown name is an InputError."""
    out: list[str] = []
    for number, line in enumerate(text.splitlines(keepends=True), start=1):

        def replace(match: re.Match[str], number: int = number) -> str:
            name = match.group(1)
            value = lookup(values, name) if _NAME.match(name) else None
            absent = _find(values, name) if _NAME.match(name) else None
            if isinstance(absent, NoValue):
                raise InputError(
                    f"the placeholder '{{{{ {name} }}}}' has no value: {absent.why}",
                    file=file,
                    where=f"line {number}",
                    indicator=indicator,
                    period=period,
                    fix="Write the sentence without it this quarter",
                )
            if value is None:
                raise InputError(
                    f"unknown placeholder '{{{{ {name} }}}}'",
                    file=file,
                    where=f"line {number}",
                    indicator=indicator,
                    period=period,
                    fix="Use one of: "
                    + ", ".join(n for n in placeholder_names(values) if not n.startswith("series."))
                    + ", series.<id>.<field>",
                )
            return value

        out.append(PLACEHOLDER.sub(replace, line))
    return "".join(out)


def _parser() -> MarkdownIt:
    md = MarkdownIt("js-default", {"typographer": False})
    md.validateLink = lambda url: True  # type: ignore[method-assign]  # judged below, by scheme
    return md


_MD = _parser()


PARAGRAPH_LIMIT = 20_000  # characters: a committee paper's paragraph is a few hundred


def long_paragraph(text: str) -> int | None:
    """The line on which the first paragraph (lines between blank ones) longer than
    PARAGRAPH_LIMIT characters starts, or None. Checked before the Markdown is read:
    markdown-it's time grows faster than a paragraph's length on some text (a long
    run of brackets), and so does the checker's on one very long word."""
    start = length = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            start = 0
            continue
        if not start:
            start, length = number, -1
        length += len(line) + 1
        if length > PARAGRAPH_LIMIT:
            return start
    return None


def parse_markdown(filled: str) -> list[Token]:
    """Commentary (placeholders filled) as markdown-it tokens, each block with its source
    lines (`token.map`): the one parse the appendix's blocks and `appendix check` read."""
    return _MD.parse(filled)


# Where an editor wrote <!-- not a figure -->, in the words `appendix check` reads: a
# character markdown-it passes through as text and no editor types.
MARK = "\ue000"


@dataclass(frozen=True)
class TextBlock:
    """One block's words as the appendix shows them (a paragraph, heading, list item,
    table cell or code block), for `appendix check`: markup gone, lines joined by a space."""

    text: str
    line: int  # the source line the block starts on
    breaks: tuple[int, ...] = ()  # where in `text` each later source line starts

    def line_at(self, offset: int) -> int:
        """The source line of the character at `offset`."""
        return self.line + bisect_right(self.breaks, offset)


def _inline_text(token: Token) -> tuple[str, tuple[int, ...]]:
    parts: list[str] = []  # joined once: time linear in the paragraph's length
    length = 0
    breaks: list[int] = []
    for child in token.children or []:
        if child.type in ("softbreak", "hardbreak"):
            part = " "
        elif child.type == "image":
            part = child.content or str(child.attrGet("alt") or "")
        else:  # text, code, and the markup tokens, whose content is empty
            part = child.content
        parts.append(part)
        length += len(part)
        if child.type in ("softbreak", "hardbreak"):
            breaks.append(length)
    return "".join(parts), tuple(breaks)


def text_blocks(filled: str) -> tuple[TextBlock, ...]:
    """The words of commentary (placeholders filled) block by block, from the same
    markdown-it tokens the appendix's blocks come from; each <!-- not a figure --> marker
    is left in the text as MARK."""
    blocks: list[TextBlock] = []
    for token in parse_markdown(NOT_A_FIGURE.sub(MARK, filled)):
        if token.map is None:
            continue
        if token.type == "inline":
            text, breaks = _inline_text(token)
            blocks.append(TextBlock(text, token.map[0] + 1, breaks))
        elif token.type in ("fence", "code_block"):
            first = token.map[0] + (2 if token.type == "fence" else 1)
            lines = [line.strip() for line in token.content.splitlines()]
            ends = [len(line) + 1 for line in lines[:-1]]
            starts = tuple(accumulate(ends))
            blocks.append(TextBlock(" ".join(lines), first, starts))
    return tuple(blocks)


@dataclass
class _Marks:
    bold: int = 0
    italic: int = 0
    href: list[str | None] = field(default_factory=list)


class _Converter:
    def __init__(
        self, file: str, indicator: str | None, period: str | None, lines: list[str]
    ) -> None:
        self.lines = lines
        self.file = file
        self.indicator = indicator
        self.period = period

    def inline(self, token: Token) -> tuple[Inline, ...]:
        line = token.map[0] + 1 if token.map else None
        runs: list[Inline] = []
        marks = _Marks()
        # The run being made: its pieces of text, joined once when the look changes
        # (time linear in the paragraph's length, however many lines it has).
        pieces: list[str] = []
        look: list[tuple[bool, bool, str | None]] = []

        def flush() -> None:
            if pieces:
                bold, italic, href = look[0]
                runs.append(Run("".join(pieces), bold=bold, italic=italic, href=href))
                pieces.clear()
                look.clear()

        def add(text: str) -> None:
            if not text:
                return
            now = (marks.bold > 0, marks.italic > 0, marks.href[-1] if marks.href else None)
            if look and look[0] != now:
                flush()
            if not look:
                look.append(now)
            pieces.append(text)

        for child in token.children or []:
            kind = child.type
            if kind in ("text", "code_inline", "html_inline"):
                add(child.content)
            elif kind == "softbreak":
                add(" ")
            elif kind == "hardbreak":
                flush()
                runs.append(LineBreak())
            elif kind == "strong_open":
                marks.bold += 1
            elif kind == "strong_close":
                marks.bold -= 1
            elif kind == "em_open":
                marks.italic += 1
            elif kind == "em_close":
                marks.italic -= 1
            elif kind == "link_open":
                marks.href.append(self.link(str(child.attrGet("href") or ""), line))
            elif kind == "link_close":
                marks.href.pop()
            elif kind == "image":  # shown as its text; its address is judged as a link's
                self.link(str(child.attrGet("src") or ""), line)
                add(child.content or str(child.attrGet("alt") or ""))
            elif kind in ("s_open", "s_close"):
                continue
            else:  # anything else is shown as its text
                add(child.content)
        flush()
        return tuple(runs)

    def link(self, href: str, line: int | None) -> str | None:
        lowered = href.strip().lower()
        if lowered.startswith(REFUSED_SCHEMES):
            address = href.strip()
            if line is not None:  # the paragraph's first line; find the address's own line,
                # after it (inline, or a reference defined below) or before (defined above)
                found = [n for n, text in enumerate(self.lines, start=1) if address in text]
                line = next((n for n in found if n >= line), found[0] if found else line)
            shown = address if len(address) <= 60 else address[:60] + "…"
            raise InputError(
                f"a link to a '{lowered.split(':', 1)[0]}:' address ({shown})",
                file=self.file,
                where=f"line {line}" if line else None,
                indicator=self.indicator,
                period=self.period,
                fix="Links may only use https, http or mailto addresses; remove this one",
            )
        return href if lowered.startswith(SAFE_SCHEMES) else None

    def blocks(self, tokens: list[Token]) -> list[Paragraph | Heading | ListBlock]:
        """The blocks of `tokens`; `self.spans` gets each one's source lines."""
        out: list[Paragraph | Heading | ListBlock] = []
        self.spans: list[tuple[int, int]] = []  # (first, last) 1-based, one a block
        levels = iter(heading_levels([int(t.tag[1]) for t in tokens if t.type == "heading_open"]))
        index = 0
        while index < len(tokens):
            token = tokens[index]
            if token.type == "paragraph_open":
                out.append(Paragraph(self.inline(tokens[index + 1])))
                self.spans.append(_lines(token))
                index += 3
            elif token.type == "heading_open":
                out.append(Heading(next(levels), self.inline(tokens[index + 1])))
                self.spans.append(_lines(token))
                index += 3
            elif token.type in ("bullet_list_open", "ordered_list_open"):
                end = _closing(tokens, index)
                out.append(self.list_block(tokens[index : end + 1], level=0))
                self.spans.append(_lines(token))
                index = end + 1
            elif token.type in ("fence", "code_block"):
                out.append(Paragraph((Run(token.content.rstrip("\n")),)))
                self.spans.append(_lines(token))
                index += 1
            elif token.type == "html_block":
                text = token.content.strip()
                if text:
                    out.append(Paragraph((Run(text),)))
                    self.spans.append(_lines(token))
                index += 1
            elif token.type == "inline":
                out.append(Paragraph(self.inline(token)))
                self.spans.append(_lines(token))
                index += 1
            else:  # blockquote, hr, table wrappers: their content is still reached
                index += 1
        return out

    def list_block(self, tokens: list[Token], level: int) -> ListBlock:
        ordered = tokens[0].type == "ordered_list_open"
        items: list[ListItem] = []
        index = 1
        while index < len(tokens) - 1:
            if tokens[index].type != "list_item_open":
                index += 1
                continue
            end = _closing(tokens, index)
            inner = tokens[index + 1 : end]
            items.append(self.list_item(inner, level))
            index = end + 1
        return ListBlock(ordered=ordered, items=tuple(items), level=level)

    def list_item(self, inner: list[Token], level: int) -> ListItem:
        blocks: list[Paragraph | ListBlock] = []
        index = 0
        while index < len(inner):
            token = inner[index]
            if token.type in ("bullet_list_open", "ordered_list_open"):
                end = _closing(inner, index)
                nested = self.list_block(inner[index : end + 1], level=min(level + 1, 1))
                if level >= 1:  # deeper nesting is flattened into this level
                    for item in nested.items:
                        blocks += [b for b in item.blocks]
                else:
                    blocks.append(nested)
                index = end + 1
            elif token.type == "inline":
                blocks.append(Paragraph(self.inline(token)))
                index += 1
            else:
                index += 1
        if not blocks:
            blocks.append(Paragraph((Run(""),)))
        return ListItem(tuple(blocks))


def _lines(token: Token) -> tuple[int, int]:
    """The first and last source line (1-based) of the block `token` opens."""
    if token.map is None:
        return (0, 0)
    return (token.map[0] + 1, max(token.map[1], token.map[0] + 1))


def _closing(tokens: list[Token], start: int) -> int:
    depth = 0
    for index in range(start, len(tokens)):
        depth += tokens[index].nesting
        if depth == 0:
            return index
    return len(tokens) - 1


def heading_levels(markdown_levels: list[int]) -> list[int]:
    """Document levels for a file's headings, in order.

    Each heading sits one level below the nearest heading before it that is
    shallower in the Markdown (or just under the commentary heading), so the
    outline never skips a level, which confuses screen-reader users (WCAG
    1.3.1), whatever level the file starts at. Levels stop at six.
    """
    open_headings: list[tuple[int, int]] = []  # (Markdown level, document level)
    levels: list[int] = []
    for markdown_level in markdown_levels:
        while open_headings and open_headings[-1][0] >= markdown_level:
            open_headings.pop()
        parent = open_headings[-1][1] if open_headings else COMMENTARY_HEADING_BASE
        level = min(parent + 1, 6)
        open_headings.append((markdown_level, level))
        levels.append(level)
    return levels


def render_commentary(
    text: str,
    *,
    file: str,
    values: Values,
    indicator: str | None = None,
    period: str | None = None,
) -> tuple[Paragraph | Heading | ListBlock, ...]:
    """Markdown (with placeholders) into model blocks."""
    return tuple(_converted(text, file=file, values=values, indicator=indicator, period=period)[0])


def block_lines(
    text: str,
    *,
    file: str,
    values: Values,
    indicator: str | None = None,
    period: str | None = None,
) -> tuple[tuple[int, int], ...]:
    """The first and last source line (1-based) of each block `render_commentary` makes
    of `text`, in the same order: where a finding on a line of the file is shown."""
    return tuple(_converted(text, file=file, values=values, indicator=indicator, period=period)[1])


def _converted(
    text: str, *, file: str, values: Values, indicator: str | None, period: str | None
) -> tuple[list[Paragraph | Heading | ListBlock], list[tuple[int, int]]]:
    filled = fill_placeholders(text, values, file=file, indicator=indicator, period=period)
    filled = NOT_A_FIGURE.sub("", filled)
    converter = _Converter(file, indicator, period, filled.splitlines())
    blocks = converter.blocks(parse_markdown(filled))
    return blocks, converter.spans
