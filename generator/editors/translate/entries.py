"""A translation file's entries, whatever its format: each unit's source words, keyed by
its file and place, and the translation (prefilled on export, read back on import)."""

from __future__ import annotations

from dataclasses import dataclass

from generator.editors.translate.protect import shown_codes


@dataclass(frozen=True)
class Entry:
    file: str  # the source commentary file, from the report folder: narratives/<q>/<ID>.md
    index: int  # the unit's place in it, from 1
    kind: str  # paragraph, heading or list item
    line: int  # the source line
    source: str
    translation: str | None = None  # None: not translated
    review: bool = False  # a translation to look at again (fuzzy; needs review)

    @property
    def key(self) -> str:
        """'narratives/2024-25-Q2/<ID>.md#3': the unit's name in every message."""
        return f"{self.file}#{self.index}"

    def note(self) -> str:
        """What the translator is told: what the unit is, and what to keep as written."""
        codes = shown_codes(self.source)
        keep = (
            "Keep these as written (placeholders are filled with figures when the "
            "appendix is built): " + ", ".join(codes)
            if codes
            else ""
        )
        return f"{self.kind}, line {self.line}." + (f" {keep}" if keep else "")


@dataclass(frozen=True)
class Translation:
    """A translation file as read: its language and its entries (`where` says where in
    the file each was read, for messages)."""

    language: str  # the target language's tag, e.g. 'cy'
    entries: tuple[Entry, ...]
    where: tuple[str, ...]
