"""What a translation must keep as written: placeholders, figures, the not-a-figure mark
and link addresses, found in a unit's words; and whether a translation kept them."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from generator.read.commentary import NOT_A_FIGURE, PLACEHOLDER

# In the order they are looked for: a span found by an earlier one is not looked in again.
_PROTECTED = (
    ("placeholder", PLACEHOLDER),
    ("mark", NOT_A_FIGURE),
    ("address", re.compile(r"(?<=\])\([^()\s]+(?:\s+\"[^\"]*\")?\)|<(?:https?|mailto):[^>\s]+>")),
    ("figure", re.compile(r"(?<![\w/])(?:19|20)\d{2}\s?[/-]\s?\d{2}(?:\d{2})?(?![\w/])")),
    (
        "figure",
        re.compile(r"(?<![\w.,£:/])£?\d[\d,]*(?:\.\d+)?(?::[0-5]\d){0,2}(?:\s?%)?(?![\w/])"),
    ),
)


@dataclass(frozen=True)
class Span:
    kind: str  # placeholder, mark, address or figure
    start: int
    end: int
    code: str  # the text, kept as written


def protected(text: str) -> tuple[Span, ...]:
    """The spans of `text` a translation keeps as written, in order."""
    spans: list[Span] = []
    taken = [False] * len(text)
    for kind, pattern in _PROTECTED:
        for match in pattern.finditer(text):
            start, end = match.span()
            if start == end or any(taken[start:end]):
                continue
            code = match.group(0).rstrip(",.")
            end = start + len(code)
            spans.append(Span(kind, start, end, code))
            for i in range(start, end):
                taken[i] = True
    return tuple(sorted(spans, key=lambda s: s.start))


def _placeholder(code: str) -> str:
    """A placeholder however it is spaced: '{{latest}}' is '{{ latest }}'."""
    match = PLACEHOLDER.fullmatch(code)
    return f"{{{{ {match.group(1)} }}}}" if match else code


def _figure(code: str) -> str:
    return code.replace(" ", "")


def kept(source: str, translation: str) -> str | None:
    """What a translation does not keep of its source: a placeholder missing or added,
    or a figure of the source missing (a translation may write one more); None where it
    keeps them all."""
    said = {"placeholder": _placeholder, "figure": _figure}
    ours = Counter((s.kind, said[s.kind](s.code)) for s in protected(source) if s.kind in said)
    theirs = Counter(
        (s.kind, said[s.kind](s.code)) for s in protected(translation) if s.kind in said
    )
    for (kind, code), count in ours.items():
        if theirs[(kind, code)] < count:
            return f"the {kind} '{code}' of the source is missing"
    for (kind, code), count in theirs.items():
        if kind == "placeholder" and ours[(kind, code)] < count:
            return f"the placeholder '{code}' is not in the source"
    return None


def shown_codes(text: str) -> list[str]:
    """The spans to keep, each once, in order: for a note to the translator."""
    seen: list[str] = []
    for span in protected(text):
        if span.code not in seen:
            seen.append(span.code)
    return seen
