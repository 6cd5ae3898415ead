"""One indicator's commentary, three ways: the Markdown source, what the edition showed
(the source with its placeholders filled), and what the edited DOCX shows now.

Paragraphs are lined up by what they show; one the editor left alone keeps its
source lines exactly (placeholders, line breaks, Markdown style); a changed one is
written again from the DOCX, with each placeholder back where its figure still
stands unchanged; added, removed and moved paragraphs follow the edited order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from markdown_it.token import Token

from generator.core.model import Heading, ListBlock, Paragraph
from generator.editors.wordback.edited import Unit, trimmed
from generator.editors.wordback.markdown import Span, to_markdown
from generator.read.commentary import (
    NOT_A_FIGURE,
    PLACEHOLDER,
    Values,
    lookup,
    parse_markdown,
    render_commentary,
)

Blocks = Sequence[Paragraph | Heading | ListBlock]
_SENTINEL = 0xE100  # placeholders stand as these private-use characters while lined up
_PREFIX = re.compile(r"^([\s>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:#{1,6}[ \t]+)?)")
_CLOSE = 0.5  # how alike two paragraphs must be to be one paragraph changed


def flatten(blocks: Blocks) -> list[Unit]:
    """The blocks as the paragraphs the DOCX writer makes of them, in order."""
    units: list[Unit] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            units.append(Unit("p", trimmed(list(block.runs))))
        elif isinstance(block, Heading):
            units.append(Unit(f"h{block.level}", trimmed(list(block.runs))))
        else:
            units += _list_units(block)
    return units


def _list_units(block: ListBlock) -> list[Unit]:
    units: list[Unit] = []
    marker = ("ol" if block.ordered else "ul") + str(block.level)
    for item in block.items:
        first = True
        for child in item.blocks:
            if isinstance(child, ListBlock):
                units += _list_units(child)
                continue
            kind = marker if first else f"c{block.level}"
            units.append(Unit(kind, trimmed(list(child.runs))))
            first = False
    return units


def _spans(tokens: list[Token]) -> list[tuple[int, int]]:
    """The source lines (first, past the last) of each paragraph, in the same order."""
    spans: list[tuple[int, int]] = []
    for index, token in enumerate(tokens):
        if token.type == "inline":
            parent = tokens[index - 1] if index else token
            where = parent.map or token.map
            if where is not None:
                spans.append((where[0], where[1]))
        elif (token.type in ("fence", "code_block") and token.map) or (
            token.type == "html_block" and token.content.strip() and token.map
        ):
            spans.append((token.map[0], token.map[1]))
    return spans


@dataclass(frozen=True)
class Base:
    """A paragraph of the source: its lines, what the edition showed, and where in
    that text each placeholder's figure stood."""

    unit: Unit
    first: int
    past: int
    spans: tuple[Span, ...]


def _sentinels(source: str) -> tuple[str, list[str]]:
    names: list[str] = []

    def swap(match: re.Match[str]) -> str:
        names.append(match.group(1))
        return chr(_SENTINEL + len(names) - 1)

    return PLACEHOLDER.sub(swap, source), names


def bases(source: str, values: Values, built: Blocks) -> list[Base] | None:
    """The source's paragraphs, lined up with what the edition showed (`built`); None
    where the two cannot be lined up one to one."""
    marked, names = _sentinels(source)
    if len(names) > 0x1000:
        return None
    marked = NOT_A_FIGURE.sub("", marked)
    spans = _spans(parse_markdown(marked))
    shown = flatten(built)
    shapes = flatten(render_commentary(marked, file="", values={}))
    if not (len(spans) == len(shown) == len(shapes)):
        return None
    found: list[Base] = []
    for (first, past), unit, shape in zip(spans, shown, shapes, strict=True):
        text, placed = "", []
        for char in shape.text:
            number = ord(char) - _SENTINEL
            if 0 <= number < len(names):
                value = lookup(values, names[number]) or ""
                placed.append((len(text), len(text) + len(value), names[number]))
                text += value
            else:
                text += char
        if text != unit.text:
            return None
        found.append(Base(unit, first, past, tuple(placed)))
    return found


def live_spans(base: Base, edited: str) -> tuple[list[Span], list[str]]:
    """Where in the `edited` text each of the base paragraph's placeholders still
    stands (its figure unchanged), and the names of those typed over."""
    before = base.unit.text
    matcher = SequenceMatcher(None, before, edited, autojunk=False)
    equal = [op for op in matcher.get_opcodes() if op[0] == "equal"]
    live: list[Span] = []
    typed: list[str] = []
    for start, end, name in base.spans:
        block = next((op for op in equal if op[1] <= start and end <= op[2]), None)
        if block is None or start == end:
            typed.append(name)
            continue
        at = block[3] + start - block[1]
        stop = at + end - start
        if _glued(before, edited, start, end, at, stop):
            typed.append(name)
            continue
        live.append((at, stop, name))
    return live, typed


def _glued(before: str, edited: str, start: int, end: int, at: int, stop: int) -> bool:
    """Whether the figure now runs into typed characters (20 -> 205): then it is not
    the placeholder's any more."""

    def joins(char: str) -> bool:
        return char.isalnum() or char in ".,%£$"

    after_now = edited[stop : stop + 1]
    after_then = before[end : end + 1]
    before_now = edited[at - 1 : at] if at else ""
    before_then = before[start - 1 : start] if start else ""
    return (bool(after_now) and joins(after_now) and after_now != after_then) or (
        bool(before_now) and joins(before_now) and before_now != before_then
    )


@dataclass
class Merged:
    text: str
    changed: int = 0
    added: int = 0
    removed: int = 0
    moved: int = 0
    live: list[str] = field(default_factory=list)  # placeholders kept in changed paragraphs
    typed: list[str] = field(default_factory=list)  # placeholders whose figure was typed over


@dataclass(frozen=True)
class _Out:
    text: str
    kind: str
    base: int | None  # the source paragraph it stands for


def _prefix(kind: str, near: str | None) -> str:
    """A new paragraph's line start: the nearest source paragraph's of the same kind."""
    if near is not None:
        return near
    if kind.startswith("ul"):
        return "  " * int(kind[2:]) + "- "
    if kind.startswith("ol"):
        return "   " * int(kind[2:]) + "1. "
    if kind.startswith("c"):
        return "  " * (int(kind[1:]) + 1)
    if kind.startswith("h"):
        return "#" * max(1, int(kind[1:]) - 3) + " "
    return ""


def merge(source: str, found: list[Base], edited: list[Unit]) -> Merged:
    """The commentary with the edits in it (the source itself where nothing changed)."""
    lines = source.splitlines(keepends=True)
    shown = [b.unit for b in found]
    result = Merged(source)
    if shown == edited:
        return result
    prefixes: dict[str, str] = {}
    for base in found:
        match = _PREFIX.match(lines[base.first]) if base.first < len(lines) else None
        prefixes.setdefault(base.unit.kind, match.group(1) if match else "")

    def own(index: int) -> _Out:
        base = found[index]
        return _Out("".join(lines[base.first : base.past]).rstrip("\n"), base.unit.kind, index)

    def changed(index: int, unit: Unit) -> _Out:
        base = found[index]
        spans, typed = live_spans(base, unit.text)
        result.live += [name for _, _, name in spans]
        result.typed += typed
        result.changed += 1
        first = lines[base.first] if base.first < len(lines) else ""
        match = _PREFIX.match(first)
        prefix = match.group(1) if match and unit.kind == base.unit.kind else None
        return _Out(_prefix(unit.kind, prefix) + to_markdown(unit.runs, spans), unit.kind, index)

    def new(unit: Unit) -> _Out:
        result.added += 1
        prefix = _prefix(unit.kind, prefixes.get(unit.kind))
        return _Out(prefix + to_markdown(unit.runs), unit.kind, None)

    removed = {i for op in _opcodes(shown, edited) if op[0] != "equal" for i in range(*op[1:3])}
    taken: set[int] = set()
    out: list[_Out] = []
    for tag, i1, i2, j1, j2 in _opcodes(shown, edited):
        if tag == "equal":
            out += [own(i) for i in range(i1, i2)]
            continue
        pairs = _pairs(shown, edited, range(i1, i2), range(j1, j2))
        for j in range(j1, j2):
            if j in pairs:
                taken.add(pairs[j])
                out.append(changed(pairs[j], edited[j]))
                continue
            moved = next(
                (
                    i
                    for i in sorted(removed - taken)
                    if shown[i] == edited[j] and i not in pairs.values()
                ),
                None,
            )
            if moved is not None:
                taken.add(moved)
                result.moved += 1
                out.append(own(moved))
            else:
                out.append(new(edited[j]))
    result.removed = len(removed - taken)
    result.text = _joined(lines, found, out)
    return result


def _opcodes(shown: list[Unit], edited: list[Unit]) -> list[tuple[str, int, int, int, int]]:
    matcher = SequenceMatcher(None, shown, edited, autojunk=False)
    return [(tag, i1, i2, j1, j2) for tag, i1, i2, j1, j2 in matcher.get_opcodes()]


def _pairs(shown: list[Unit], edited: list[Unit], old: range, now: range) -> dict[int, int]:
    """Each edited paragraph that is an old one changed (alike enough), in order."""
    pairs: dict[int, int] = {}
    after = old.start
    for j in now:
        best, score = None, _CLOSE
        for i in range(after, old.stop):
            ratio = SequenceMatcher(None, shown[i].text, edited[j].text, autojunk=False).ratio()
            if ratio >= score:
                best, score = i, ratio
        if best is not None:
            pairs[j] = best
            after = best + 1
    return pairs


def _joined(lines: list[str], found: list[Base], out: list[_Out]) -> str:
    if not found:
        return "".join(lines)
    head = "".join(lines[: found[0].first])
    parts: list[str] = [head]
    for index, piece in enumerate(out):
        if index:
            previous = out[index - 1]
            if previous.base is not None and piece.base == previous.base + 1:
                gap = "".join(lines[found[previous.base].past : found[piece.base].first])
                parts.append("\n" + gap)
            elif _listed(previous.kind) and _listed(piece.kind):
                parts.append("\n")
            else:
                parts.append("\n\n")
        parts.append(piece.text)
    text = "".join(parts)
    rest = "".join(lines[found[-1].past :])
    if rest.strip():
        return text + "\n\n" + rest.lstrip("\n")
    return text + "\n" if text else text


def _listed(kind: str) -> bool:
    return kind[:2] in ("ul", "ol") or kind.startswith("c")
