"""Escaping for the XML and markup the writers build as text (the DOCX, the PDF's
paragraphs and the web page).

`html.escape` does what `xml.sax.saxutils` does here; importing the latter also
loads urllib and http.client, a thirtieth of a second of every writer's start.
"""

from __future__ import annotations

from html import escape

from generator.core.model import SAFE_SCHEMES


def xml_text(value: str) -> str:
    """`value` for XML character data: &, < and > escaped."""
    return escape(value, quote=False)


def xml_attribute(value: str) -> str:
    """`value` for an XML attribute in double (or single) quotes: quotes escaped too."""
    return escape(value, quote=True)


def safe_href(href: str | None) -> str | None:
    """`href` if it uses a safe scheme, else None (then the text is shown unlinked)."""
    if href is None or not href.strip().lower().startswith(SAFE_SCHEMES):
        return None
    return href
