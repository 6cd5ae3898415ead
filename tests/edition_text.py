"""Every edition's text as a reader (or a screen reader) gets it: the words of the
DOCX, the PDF, the web page, the workbook and the ODS, their alt text and document
properties included; for tests that look for words in any edition."""

from __future__ import annotations

import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from xml.etree import ElementTree


def docx_text(path: Path) -> list[str]:
    from docx import Document as open_docx

    document = open_docx(str(path))
    found = [p.text for p in document.paragraphs]
    for table in document.tables:
        found += [cell.text for row in table.rows for cell in row.cells]
    for section in document.sections:
        found += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
    body = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    found += [_unescape(d) for d in re.findall(r'\bdescr="([^"]*)"', body)]
    props = document.core_properties
    return [*found, props.title or "", props.subject or "", props.keywords or ""]


def pdf_text(path: Path) -> list[str]:
    from pypdf import PdfReader

    reader = PdfReader(path)
    found = [page.extract_text() or "" for page in reader.pages]
    meta = reader.metadata or {}
    found += [str(meta.get("/Title", "")), str(meta.get("/Subject", ""))]
    return found + _pdf_alts(reader)


def _pdf_alts(reader: Any) -> list[str]:
    """The text alternatives (/Alt) in the PDF's structure tree."""
    from pypdf.generic import DictionaryObject, IndirectObject

    alts: list[str] = []
    seen: set[int] = set()
    root = reader.trailer["/Root"]
    stack = [root.get("/StructTreeRoot")]
    while stack:
        node = stack.pop()
        if isinstance(node, IndirectObject):
            if node.idnum in seen:
                continue
            seen.add(node.idnum)
            node = node.get_object()
        if isinstance(node, list):
            stack += list(node)
        elif isinstance(node, DictionaryObject):
            if "/Alt" in node:
                alts.append(str(node["/Alt"]))
            kids = node.get("/K")
            if kids is not None:
                stack.append(kids)
    return alts


class _Html(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script"):
            self.skip += 1
        for name, value in attrs:
            if name in ("alt", "aria-label", "title") and value:
                self.found.append(value)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script"):
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.found.append(data)


def html_text(path: Path) -> list[str]:
    parser = _Html()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.found


def xlsx_text(path: Path) -> tuple[list[str], list[str]]:
    """(the sheets' names, every text cell)."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    cells = [
        value
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if isinstance(value, str)
    ]
    names = list(book.sheetnames)
    props = book.properties
    book.close()
    return names, [*cells, props.title or "", props.subject or "", props.keywords or ""]


_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def ods_text(path: Path) -> tuple[list[str], list[str]]:
    """(the sheets' names, every paragraph of every cell)."""
    with zipfile.ZipFile(path) as archive:
        content = ElementTree.fromstring(archive.read("content.xml"))
        meta = archive.read("meta.xml").decode("utf-8")
    names = [t.get(f"{_TABLE}name", "") for t in content.iter(f"{_TABLE}table")]
    text = [
        "".join(p.itertext())
        for p in content.iter("{urn:oasis:names:tc:opendocument:xmlns:text:1.0}p")
    ]
    text += [_unescape(t) for t in re.findall(r"<dc:(?:title|subject)>([^<]*)<", meta)]
    return names, text


def _unescape(text: str) -> str:
    from html import unescape

    return unescape(text)
