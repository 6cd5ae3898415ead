"""What a DOCX edition records about itself, so that `appendix import` can tell
which report, quarter and build an edited file is, and where each indicator's
commentary starts in it.

The names are the DOCX's custom document properties (File > Properties >
Custom in Word; File > Properties > Custom Properties in LibreOffice), kept by
both programs when the file is saved.
"""

from __future__ import annotations

import hashlib

REPORT = "Appendix report"  # the report's title
QUARTER = "Appendix quarter"  # '2024/25 Q2'
BUILD = "Appendix build"  # a digest of everything the edition shows
COMMENTARY = "Appendix commentary "  # + the indicator's id: a digest of its commentary
# In a bilingual document only: the language whose commentary the marks and digests are
# (the document's own language is the first part's, Welsh).
LANGUAGE = "Appendix commentary language"
MARK_PREFIX = "commentary_"  # the bookmark on each indicator's 'Commentary' heading


def digest(text: str) -> str:
    """A short, stable digest of `text` (16 hexadecimal digits)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def commentary_mark(indicator_id: str) -> str:
    """The bookmark name (letters, digits and '_', 40 at most) of an indicator's
    commentary."""
    cleaned = "".join(c if c.isalnum() and c.isascii() else "_" for c in indicator_id)
    return (MARK_PREFIX + cleaned)[:40]


def commentary_property(indicator_id: str, part: str = "") -> str:
    """The property holding the digest of an indicator's commentary: the main
    language's ('Appendix commentary KPI7'), or, in a bilingual document, another
    language part's ('Appendix commentary (cy) KPI7')."""
    return f"{COMMENTARY}({part}) {indicator_id}" if part else COMMENTARY + indicator_id


def part_mark(mark: str, part: str = "") -> str:
    """The name of a mark or anchor in a bilingual document's other language `part`
    ('cy-commentary_KPI7'); the main language's keep their own."""
    return f"{part}-{mark}" if part else mark
