"""The four editions agree: one build of each sample edition, read back from every file.

The same indicator ids, RAG words, technical notes and commentary text appear
in the same order in the HTML, the DOCX and the PDF; the workbook holds the
same figures as the data tables on the web page.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from generator.core.model import (
    Document,
    Heading,
    IconLine,
    Inline,
    ListBlock,
    Notes,
    Paragraph,
    Rating,
    Run,
    SideBySide,
)
from tests.built_editions import build_catching_document
from tests.scope import shared
from tests.test_build import docx_text, pdf_text

EDITIONS = ["2024-25 Q2", "2023-24 Q2"]


@pytest.fixture(scope=shared, params=EDITIONS)
def edition(
    request: pytest.FixtureRequest, repo_root: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[dict[str, Path], Document]:
    out = tmp_path_factory.mktemp("editions")
    return build_catching_document(repo_root, request.param, out, ("docx", "pdf", "html", "xlsx"))


def _text(inlines: tuple[Inline, ...]) -> str:
    return "".join(i.text if isinstance(i, Run) else " " for i in inlines)


def _list_texts(block: ListBlock) -> list[str]:
    texts = []
    for item in block.items:
        for child in item.blocks:
            texts += _list_texts(child) if isinstance(child, ListBlock) else [_text(child.runs)]
    return texts


def expected_sequence(document: Document) -> list[str]:
    """In reading order, for each indicator: its id, RAG word, notes and commentary."""
    found: list[str] = []
    for section in document.sections:
        heading = section.blocks[0]
        if not (isinstance(heading, Heading) and heading.level == 2 and section.new_page):
            continue
        if not heading.continuation:  # "<id> (continued)" goes on with the same indicator
            found.append(f"{heading.anchor}:")
        for block in section.blocks[1:]:
            if isinstance(block, Rating):
                found.append(f"{block.prefix}{block.label}")
            elif isinstance(block, SideBySide | Notes):
                notes = block.side if isinstance(block, SideBySide) else block
                found += [
                    _text(line.runs if isinstance(line, IconLine) else line) for line in notes.lines
                ]
            elif isinstance(block, Paragraph):
                found.append(_text(block.runs))
            elif isinstance(block, ListBlock):
                found += _list_texts(block)
    return found


BLOCK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "td", "th", "caption", "figcaption", "div"}


class PageText(HTMLParser):
    """The page's text outside its style sheet, title and contents list; a space after
    each block."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        self.skip += tag in ("style", "title", "nav")

    def handle_endtag(self, tag: str) -> None:
        self.skip -= tag in ("style", "title", "nav")
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_text(path: Path) -> str:
    return "".join(PageText(path.read_text(encoding="utf-8")).parts)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("fmt", ["html", "docx", "pdf"])
def test_ids_ratings_notes_and_commentary_in_the_same_order(
    edition: tuple[dict[str, Path], Document], fmt: str
) -> None:
    files, document = edition
    reader = {"html": html_text, "docx": docx_text, "pdf": pdf_text}[fmt]
    text = _squash(reader(files[fmt]))
    sequence = expected_sequence(document)
    assert len(sequence) > 100
    start = 0
    for item in sequence:
        found = text.find(_squash(item), start)
        assert found >= 0, f"{fmt}: missing or out of order: {item!r}"
        start = found + 1


class _Tables(HTMLParser):
    """Each table's caption and its rows of cell texts."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: dict[str, list[list[str]]] = {}
        self.caption: list[str] | None = None
        self.rows: list[list[str]] = []
        self.cell: list[str] | None = None
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag == "table":
            self.rows = []
        elif tag == "caption":
            self.caption = []
        elif tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self.cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "caption" and self.caption is not None:
            self.name = "".join(self.caption)
            self.caption = None
        elif tag in ("td", "th") and self.cell is not None:
            self.rows[-1].append("".join(self.cell))
            self.cell = None
        elif tag == "table":
            self.tables[self.name] = self.rows

    def handle_data(self, data: str) -> None:
        if self.caption is not None:
            self.caption.append(data)
        elif self.cell is not None:
            self.cell.append(data)


def _figure(text: str) -> float | str:
    bare = text.replace(" (provisional)", "")
    if re.fullmatch(r"£?-?[\d,]+(\.\d+)?%?", bare):
        return float(bare.strip("£%").replace(",", ""))
    return text


def test_the_workbook_holds_the_figures_of_the_pages_data_tables(
    edition: tuple[dict[str, Path], Document],
) -> None:
    files, _ = edition
    tables = _Tables(files["html"].read_text(encoding="utf-8")).tables
    book = openpyxl.load_workbook(files["xlsx"])
    compared = 0
    for sheet in book.worksheets[3:]:
        cells = [r for r in sheet.iter_rows() if any(c.value is not None for c in r)]
        rows = [tuple(c.value for c in r) for r in cells]
        title = re.sub(r"( \[note \d+\])+$", "", rows[0][0])  # its notes named after it
        page_rows = tables[title]
        assert len(rows) - 2 == len(page_rows), title
        for written, shown in zip(cells[3:], page_rows[1:], strict=True):
            for cell, text in zip(written, shown, strict=False):
                value = cell.value
                if isinstance(value, float | int) and cell.number_format.endswith("%"):
                    value = round(value * 100, 8)  # 0.75 shown as 75% (the summary)
                wanted = _figure(text) if isinstance(value, float | int) else text
                assert value == wanted, (title, text, value)
                compared += isinstance(value, float | int)
    assert compared > 200
