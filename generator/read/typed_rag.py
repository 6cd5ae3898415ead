"""A RAG the team typed in its tracker: checked against the definition's, never shown."""

from __future__ import annotations

from dataclasses import dataclass

from generator.core.vocabulary import Rag

# The words a tracker's RAG cell is written in (capitals do not matter).
_WORDS: dict[str, Rag] = {
    "red": "RED",
    "r": "RED",
    "amber": "AMBER",
    "a": "AMBER",
    "green": "GREEN",
    "g": "GREEN",
}

# Headers taken for the RAG column where the definition names none (as series_match_key
# writes them).
RAG_HEADERS = frozenset({"rag", "rag rating", "rag status"})


@dataclass(frozen=True)
class TypedRag:
    """The RAG a tracker's row gives its indicator, and the cell it is in."""

    indicator: str
    text: str  # as typed: 'Amber'
    place: str  # 'data/tracker.xlsx, sheet KPIs, cell P6'

    @property
    def rag(self) -> Rag | None:
        """The rating the words name; None for anything else ('n/a', 'Blue', 'tbc')."""
        return _WORDS.get(self.text.strip().lower())
