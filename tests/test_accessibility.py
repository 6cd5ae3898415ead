"""Accessibility of both sample editions, as published files (issue: PSBAR 2018, WCAG 2.2 AA)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from itertools import pairwise
from pathlib import Path
from typing import Any

import docx
import pikepdf
import pytest
from docx.oxml.ns import qn

from generator.editors.verify import pdf_tree
from generator.read.style import contrast_ratio, load_style
from generator.run.build import BuildOptions, build
from tests.libreoffice import PDFUA_EXPORT, convert_to_pdf, needs_libreoffice

EDITIONS = ["2024-25 Q2", "2023-24 Q2"]


@pytest.fixture(scope="module", params=EDITIONS)
def edition(
    request: pytest.FixtureRequest, repo_root: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("a11y")
    docx_path, pdf_path = build(
        BuildOptions(root=repo_root, quarter=request.param, out=out)
    ).written
    return docx_path, pdf_path


def _pdfua() -> list[str]:
    found = shutil.which("pdfua") or str(Path(sys.executable).parent / "pdfua")
    return [found]


def test_pdfua_finds_nothing(edition: tuple[Path, Path]) -> None:
    _, pdf_path = edition
    checked = subprocess.run(
        [*_pdfua(), "check", str(pdf_path)], capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "errors=0 warnings=0 info=0" in checked.stdout


def _docx_paragraphs(container: Any) -> list[Any]:
    """Every paragraph in reading order, those in table cells (notes, summary) included."""
    found: list[Any] = []
    for item in container.iter_inner_content():
        if isinstance(item, docx.table.Table):
            for row in item.rows:
                for cell in row.cells:
                    found += _docx_paragraphs(cell)
        else:
            found.append(item)
    return found


def _docx_headings(document: docx.document.Document) -> list[int]:
    levels = []
    for paragraph in _docx_paragraphs(document):
        match = re.fullmatch(r"Heading (\d)", paragraph.style.name if paragraph.style else "")
        if match:
            levels.append(int(match.group(1)))
    return levels


def test_pdf_structure_matches_the_docx(edition: tuple[Path, Path]) -> None:
    docx_path, pdf_path = edition
    document = docx.Document(str(docx_path))
    with pikepdf.open(pdf_path) as pdf:
        assert pdf.Root.MarkInfo.Marked is True
        assert str(pdf.Root.Lang) == "en-GB"
        assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
        assert b"pdfuaid:part" in pdf.Root.Metadata.read_bytes()
        elements = pdf_tree.elements(pdf)
        roles = [str(e.S) for e in elements]
        figures = [e for e in elements if e.S == "/Figure"]
        descriptions = [shape._inline.docPr.get("descr") for shape in document.inline_shapes]
        assert len(figures) == len(descriptions) > 0
        assert [str(f.Alt) for f in figures] == descriptions
        # a chart's description is a full one; an SPC icon's is its words
        names = [shape._inline.docPr.get("name") for shape in document.inline_shapes]
        icons = [d for n, d in zip(names, descriptions, strict=True) if n.startswith("spc-icon-")]
        assert all(d.startswith(("Variation: ", "Assurance: ")) for d in icons)
        assert all(len(d) > 80 for d in descriptions if d not in icons)
        headings = _docx_headings(document)
        assert set(headings) >= {1, 2, 3}
        for level in range(1, 7):
            assert roles.count(f"/H{level}") == headings.count(level), level
        data_tables = [
            t
            for t in document.tables
            if t.rows[0]._tr.trPr is not None
            and t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
        ]
        assert roles.count("/Table") == len(data_tables)
        list_items = [
            p
            for p in document.paragraphs
            if p.style is not None and p.style.name.startswith("List")
        ]
        for table in document.tables:  # list items can sit in notes panels or cells too
            for row in table.rows:
                for cell in row.cells:
                    list_items += [
                        p
                        for p in cell.paragraphs
                        if p.style is not None and p.style.name.startswith("List")
                    ]
        assert roles.count("/LI") == len(list_items)
        assert roles.count("/TH") > 0 and roles.count("/TD") > 0


def test_every_page_is_tagged_or_artifact(edition: tuple[Path, Path]) -> None:
    """What `appendix verify` checks of each page (generator/editors/verify/pdf_tree.py)."""
    _, pdf_path = edition
    with pikepdf.open(pdf_path) as pdf:
        assert len(pdf.pages) > 10
        assert pdf_tree.page_problems(pdf) == []
        assert pdf_tree.catalog_problems(pdf) == []
        assert pdf_tree.tree_problems(pdf_tree.elements(pdf)) == []


def test_fonts_are_embedded_and_none_is_standard_14(edition: tuple[Path, Path]) -> None:
    _, pdf_path = edition
    standard = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")
    with pikepdf.open(pdf_path) as pdf:
        for page in pdf.pages:
            for font in page.Resources.Font.values():
                assert not any(s in str(font.BaseFont) for s in standard), font.BaseFont
                descendant = font.DescendantFonts[0] if "/DescendantFonts" in font else font
                assert "/FontFile2" in descendant.FontDescriptor


def test_docx_meets_each_point(edition: tuple[Path, Path]) -> None:
    docx_path, _ = edition
    document = docx.Document(str(docx_path))
    core = document.core_properties
    assert core.title.startswith("Appendix 1:") and core.author == "Kent County Council"
    assert "Adult Social Care and Health" in core.subject
    assert "python-docx" not in f"{core.comments} {core.title} {core.keywords}"
    styles_xml = document.styles.element.xml
    assert 'w:val="en-GB"' in styles_xml
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (297, 210)
    levels = _docx_headings(document)
    assert levels[0] == 1 and all(b - a <= 1 for a, b in pairwise(levels))
    assert all(p.text.strip() or p._p.xpath(".//w:drawing") for p in document.paragraphs)
    for shape in document.inline_shapes:
        assert shape._inline.docPr.get("descr")


def test_colours_meet_contrast(repo_root: Path) -> None:
    style = load_style(repo_root / "styles" / "house.yaml")
    for name, rag in style.rag.items():
        assert contrast_ratio(rag.text, rag.fill) >= 4.5, name
    assert (
        contrast_ratio(style.colour("table_header_text"), style.colour("table_header_background"))
        >= 4.5
    )
    # Body text, headings and links on the page, and on the technical-notes panel.
    for ground in ("#FFFFFF", style.colour("notes_background")):
        for ink in ("text", "heading", "link"):
            assert contrast_ratio(style.colour(ink), ground) >= 4.5, (ink, ground)
    for series in style.series:
        assert contrast_ratio(series.colour, "#FFFFFF") >= 3.0, series.name
    assert len({s.marker for s in style.series}) == len(style.series)
    assert len({s.line for s in style.series}) == len(style.series)


def test_pdf_reads_in_the_same_order_as_the_docx(edition: tuple[Path, Path]) -> None:
    """Every DOCX paragraph appears in the PDF's text, in the same order."""
    from pypdf import PdfReader

    docx_path, pdf_path = edition
    pdf_text = re.sub(
        r"\s+", " ", " ".join(page.extract_text() or "" for page in PdfReader(str(pdf_path)).pages)
    )
    document = docx.Document(str(docx_path))
    position = 0
    checked = 0
    for paragraph in _docx_paragraphs(document):  # notes and table cells too
        text = re.sub(r"\s+", " ", paragraph.text).strip()
        if len(text) < 4:
            continue
        found = pdf_text.find(text, position)
        assert found >= 0, f"not found after position {position}: {text!r}"
        position = found + len(text)
        checked += 1
    assert checked > 500


@needs_libreoffice
def test_libreoffice_opens_each_edition_as_landscape_pages(
    edition: tuple[Path, Path], tmp_path: Path
) -> None:
    """The real editions, not only a small document, open and lay out in LibreOffice."""
    from pypdf import PdfReader

    docx_path, pdf_path = edition
    converted = convert_to_pdf(docx_path, tmp_path)
    pages = PdfReader(converted).pages
    ours = len(PdfReader(pdf_path).pages)
    # Word-style layout may run a page over, or fit a page's overflow, here and there
    assert ours - 2 <= len(pages) <= ours + 6
    for page in pages:
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert size == (pytest.approx(841.9, abs=1), pytest.approx(595.3, abs=1))
    text = " ".join(page.extract_text() for page in pages)
    assert f"Page 1 of {len(pages)}" in text and "Technical notes" in text


# ---------------------------------------------------------------- re-exported by other programs


@needs_libreoffice
def test_libreoffice_re_exports_the_docx_as_a_pdfua_that_passes(
    edition: tuple[Path, Path], tmp_path: Path
) -> None:
    """A clerk re-exporting the DOCX from LibreOffice gets a PDF/UA with no errors:
    no layout table for a chart and its notes to be announced as data."""
    converted = convert_to_pdf(edition[0], tmp_path, PDFUA_EXPORT)
    result = subprocess.run(
        [*_pdfua(), "check", str(converted)], capture_output=True, text=True, check=False
    )
    assert "errors=0" in result.stdout, result.stdout[-3000:]


needs_pandoc = pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc not on PATH")


def _pandoc_headers(blocks: Any, nested: bool = False) -> list[tuple[int, bool]]:
    """(level, inside another block) of every Header pandoc reads."""
    found: list[tuple[int, bool]] = []
    for block in blocks if isinstance(blocks, list) else []:
        if isinstance(block, dict) and block.get("t") == "Header":
            found.append((block["c"][0], nested))
        elif isinstance(block, dict):
            found += _pandoc_headers(block.get("c"), True)
        elif isinstance(block, list):
            found += _pandoc_headers(block, nested)
    return found


@needs_pandoc
def test_pandoc_reads_every_heading_as_a_heading(edition: tuple[Path, Path]) -> None:
    import json

    result = subprocess.run(
        ["pandoc", "-t", "json", str(edition[0])], capture_output=True, check=True, timeout=120
    )
    headers = _pandoc_headers(json.loads(result.stdout)["blocks"])
    levels = _docx_headings(docx.Document(str(edition[0])))
    assert [level for level, _ in headers] == levels
    assert not [h for h in headers if h[1]]  # none hidden in a table cell


# ------------------------------------------------------- what a reader following the tags hears


class _MarkedText:
    """pypdf visitors: the decoded text of each marked-content sequence of a page."""

    def __init__(self, page: int, texts: dict[tuple[int, int], str]) -> None:
        self.page, self.texts, self.stack = page, texts, list[int | None]()

    def before(self, op: bytes, args: Any, _cm: Any, _tm: Any) -> None:
        if op == b"BDC":
            props = args[1] if len(args) > 1 else None
            mcid = props.get("/MCID") if hasattr(props, "get") else None
            self.stack.append(int(mcid) if mcid is not None else None)
        elif op == b"BMC":
            self.stack.append(None)
        elif op == b"EMC" and self.stack:
            self.stack.pop()

    def text(self, chunk: str, *_args: Any) -> None:
        mcid = next((m for m in reversed(self.stack) if m is not None), None)
        if mcid is not None:  # the reader's own line breaks are not in the content
            key = (self.page, mcid)
            self.texts[key] = self.texts.get(key, "") + chunk.replace("\n", "")


def _marked_texts(path: Path) -> dict[tuple[int, int], str]:
    """(page index, MCID) -> the text drawn in that marked-content sequence, decoded."""
    from pypdf import PdfReader

    texts: dict[tuple[int, int], str] = {}
    for index, page in enumerate(PdfReader(str(path)).pages):
        visitor = _MarkedText(index, texts)
        page.extract_text(visitor_operand_before=visitor.before, visitor_text=visitor.text)
    return texts


def structure_tree_texts(path: Path) -> list[str]:
    """The text of each block element (P, H1-H6, TH, TD, Caption), rebuilt from the
    structure tree as a screen reader following the tags does."""
    texts = _marked_texts(path)
    blocks: list[str] = []
    with pikepdf.open(path) as pdf:
        pages = {page.obj.objgen: index for index, page in enumerate(pdf.pages)}

        def text_of(element: Any, page: int | None) -> str:
            if "/Pg" in element:
                page = pages.get(element.Pg.objgen, page)
            kids = element.get("/K")
            kids = list(kids) if isinstance(kids, pikepdf.Array) else [kids]
            out = ""
            for kid in kids:
                if isinstance(kid, int):
                    out += texts.get((page or 0, kid), "") if page is not None else ""
                elif isinstance(kid, pikepdf.Dictionary) and "/MCID" in kid:
                    kid_page = pages.get(kid.Pg.objgen, page) if "/Pg" in kid else page
                    out += texts.get((kid_page or 0, int(kid.MCID)), "")
                elif isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                    out += text_of(kid, page)
            return out

        def walk(element: Any) -> None:
            role = str(element.get("/S", ""))
            if role in {"/P", "/TH", "/TD", "/Caption"} or re.fullmatch(r"/H\d", role):
                blocks.append(text_of(element, None))
                return
            kids = element.get("/K")
            for kid in list(kids) if isinstance(kids, pikepdf.Array) else [kids]:
                if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                    walk(kid)

        walk(pdf.Root.StructTreeRoot)
    return blocks


def joined_words(path: Path, oracle: str) -> list[str]:
    """Words of the tagged text that the document never says: two words run together."""
    known = set(oracle.split())
    return [
        word for text in structure_tree_texts(path) for word in text.split() if word not in known
    ]


def test_tagged_text_keeps_the_space_at_every_line_wrap(edition: tuple[Path, Path]) -> None:
    docx_path, pdf_path = edition
    document = docx.Document(str(docx_path))
    oracle = " ".join(p.text for p in _docx_paragraphs(document))
    blocks = structure_tree_texts(pdf_path)
    assert sum(len(b.split()) for b in blocks) > 2000  # the walk found the text
    assert joined_words(pdf_path, oracle) == []
