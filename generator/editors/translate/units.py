"""Commentary cut into the units a translator translates, and put back together.

A unit is one paragraph, heading or list item's words, as written (inline Markdown such
as `**bold**` kept), from the markdown-it tokens the appendix's blocks come from. What is
not a unit's words (blank lines, heading marks, list markers and their indentation, code,
tables, link definitions) is the file's shape: kept line for line when the translated
units are put back, so that the translation has the same structure.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.read.commentary import parse_markdown


@dataclass(frozen=True)
class Unit:
    index: int  # its place in the file, from 1
    kind: str  # paragraph, heading or list item
    line: int  # the source line it starts on
    text: str  # its words, inline Markdown, lines joined by '\n'


@dataclass(frozen=True)
class _Slot:
    """Where a unit's words sit in the file's lines: what comes before and after them on
    each of its lines."""

    unit: int  # index into the units
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    after: tuple[str, ...]  # the block's own lines after its words (a setext underline)


@dataclass(frozen=True)
class Shaped:
    """A commentary file as its units and its shape (the lines around them)."""

    units: tuple[Unit, ...]
    pieces: tuple[str | _Slot, ...]  # each a line kept as written, or a unit's place
    ends_with_newline: bool

    def rebuilt(self, words: dict[int, str]) -> str:
        """The file with each unit's words (by index) in place of the source's; a unit
        not in `words` keeps its source words."""
        lines: list[str] = []
        for piece in self.pieces:
            if isinstance(piece, str):
                lines.append(piece)
                continue
            unit = self.units[piece.unit]
            text = words.get(unit.index, unit.text)
            if unit.kind == "heading":  # a heading is one line
                text = " ".join(text.split())
            lines += _placed(text, piece)
        joined = "\n".join(lines)
        return joined + "\n" if self.ends_with_newline else joined


def _placed(text: str, slot: _Slot) -> list[str]:
    parts = text.split("\n")
    indent = " " * len(slot.prefixes[0]) if slot.prefixes[0].strip() else slot.prefixes[0]
    later = slot.prefixes[1] if len(slot.prefixes) > 1 else indent
    out = []
    for n, part in enumerate(parts):
        prefix = slot.prefixes[n] if n < len(slot.prefixes) else later
        last = n == len(parts) - 1
        suffix = (
            slot.suffixes[-1] if last else slot.suffixes[n] if n < len(slot.suffixes) - 1 else ""
        )
        out.append(prefix + part + suffix)
    return out + list(slot.after)


def shape_of(text: str) -> Shaped:
    """The units of a commentary file (placeholders unfilled) and the lines around them."""
    lines = text.split("\n")
    ends_with_newline = text.endswith("\n")
    if ends_with_newline:
        lines.pop()
    tokens = parse_markdown(text)
    units: list[Unit] = []
    slots: dict[int, tuple[int, _Slot]] = {}  # first line -> (last line + 1, slot)
    in_item = 0
    for index, token in enumerate(tokens):
        if token.type == "list_item_open":
            in_item += 1
        elif token.type == "list_item_close":
            in_item -= 1
        if token.type != "inline" or token.map is None or index == 0:
            continue
        opener = tokens[index - 1].type
        if opener not in ("paragraph_open", "heading_open"):
            continue  # a table's cell: part of the shape
        block = tokens[index - 1].map or token.map
        first, end = token.map[0], max(block[1], token.map[1])
        slot = _slot(lines, first, token.content, len(units))
        if slot is None or any(first <= f < end or f <= first < e for f, (e, _) in slots.items()):
            continue  # words the cut cannot place: part of the shape
        kind = "heading" if opener == "heading_open" else "list item" if in_item else "paragraph"
        slot = _Slot(
            slot.unit, slot.prefixes, slot.suffixes, tuple(lines[first + len(slot.prefixes) : end])
        )
        units.append(Unit(len(units) + 1, kind, first + 1, token.content))
        slots[first] = (end, slot)
    pieces: list[str | _Slot] = []
    number = 0
    while number < len(lines):
        if number in slots:
            end, slot = slots[number]
            pieces.append(slot)
            number = end
        else:
            pieces.append(lines[number])
            number += 1
    return Shaped(tuple(units), tuple(pieces), ends_with_newline)


def _slot(lines: list[str], first: int, content: str, unit: int) -> _Slot | None:
    """Where `content` (a block's words, one line of it a source line from `first`)
    sits; None where a line of it is not found on its source line."""
    prefixes, suffixes = [], []
    for n, part in enumerate(content.split("\n")):
        if first + n >= len(lines):
            return None
        line = lines[first + n]
        at = line.find(part) if part else len(line)
        if at < 0:
            return None
        prefixes.append(line[:at])
        suffixes.append(line[at + len(part) :])
    return _Slot(unit, tuple(prefixes), tuple(suffixes), ())
