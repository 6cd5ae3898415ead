"""Paragraphs read from Word, written as the house writes commentary: one line a
paragraph, `**bold**`, `*italic*`, `[text](address)`, `- ` for a bullet, and
`{{ name }}` where a placeholder's figure stands unchanged."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.core.model import Inline, LineBreak, Run

# Characters Markdown would read as markup inside a line.
_INLINE = re.compile(r"([\\`*_\[\]~])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_TAG = re.compile(r"<(?=[A-Za-z/!?])")
_BRACES = re.compile(r"\{(?=\{)")
# What Markdown would read as a block's marker at a line's start.
_LINE_START = re.compile(r"^(\s*)([#>+\-=]|\d{1,9}(?=[.)]))")

Span = tuple[int, int, str]  # where in a paragraph's text a placeholder stands, and its name


def escape(text: str) -> str:
    text = _INLINE.sub(r"\\\1", text)
    text = _ENTITY.sub(r"\\&", text)
    text = _TAG.sub(r"\\<", text)
    return _BRACES.sub(r"\\{", text)


def _line_start(text: str) -> str:
    """`text` as a line's start: a leading '#', '-', '>', '1.' kept as text."""
    match = _LINE_START.match(text)
    if match is None:
        return text
    marker = match.group(2)
    if marker.isdigit():
        end = match.end()
        return text[:end] + "\\" + text[end:]
    return text[: match.start(2)] + "\\" + text[match.start(2) :]


def _wrapped(body: str, run: Run) -> str:
    """`body` (Markdown already) in the run's emphasis and link, its blank ends outside."""
    core = body.strip()
    if not core:
        return body
    lead = body[: len(body) - len(body.lstrip())]
    tail = body[len(body.rstrip()) :]
    marker = "***" if run.bold and run.italic else "**" if run.bold else "*" if run.italic else ""
    core = f"{marker}{core}{marker}"
    if run.href:
        core = f"[{core}]({run.href})"
    return f"{lead}{core}{tail}"


def to_markdown(runs: Sequence[Inline], spans: Sequence[Span] = ()) -> str:
    """The runs as one paragraph of Markdown; each of `spans` (offsets in the runs'
    text, a line break counting one) written back as its placeholder."""
    out: list[str] = []
    offset = 0
    for inline in runs:
        if isinstance(inline, LineBreak):
            out.append("\\\n")
            offset += 1
            continue
        start, end = offset, offset + len(inline.text)
        inside = sorted(s for s in spans if start <= s[0] and s[1] <= end)
        pieces: list[str] = []
        at = start
        for begin, finish, name in inside:
            pieces.append(escape(inline.text[at - start : begin - start]))
            pieces.append(f"{{{{ {name} }}}}")
            at = finish
        pieces.append(escape(inline.text[at - start :]))
        out.append(_wrapped("".join(pieces), inline))
        offset = end
    text = "".join(out)
    return "\n".join(_line_start(line) for line in text.split("\n"))
