"""The DOCX writer, read back with python-docx as Word and its users would see it."""

from __future__ import annotations

import dataclasses
import itertools
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

from generator.core.model import (
    Block,
    Document,
    Figure,
    Heading,
    Inline,
    LineBreak,
    ListBlock,
    ListItem,
    Notes,
    Paragraph,
    Rating,
    Run,
    Section,
    SideBySide,
    Table,
    TableCell,
)
from generator.read.style import Style, load_style
from generator.writers.docx.writer import write_docx
from generator.writers.docx.xml import SCHEMA_ORDER
from tests.libreoffice import convert_to_pdf, needs_libreoffice
from tests.model_fixture import chart_png, sample_document
from tests.poppler import needs_poppler, page_texts
from tests.scope import shared
from tests.writers.word_schema import numbering_errors

STYLE_PATH = Path(__file__).resolve().parents[2] / "styles" / "house.yaml"


@pytest.fixture(scope=shared)
def style() -> Style:
    return load_style(STYLE_PATH)


@pytest.fixture(scope=shared)
def model() -> Document:
    return sample_document()


@pytest.fixture(scope=shared)
def written(tmp_path_factory: pytest.TempPathFactory, model: Document, style: Style) -> Path:
    target = tmp_path_factory.mktemp("docx") / "appendix.docx"
    write_docx(model, style, target)
    return target


@pytest.fixture(scope=shared)
def word(written: Path) -> Any:
    return docx.Document(str(written))


# Reading the model and the file in reading order ------------------------------------


def _blocks(model: Document) -> Iterator[Block]:
    for section in model.sections:
        yield from section.blocks


def _inline_text(inlines: tuple[Inline, ...]) -> str:
    return "".join("\n" if isinstance(i, LineBreak) else i.text for i in inlines)


def _model_texts(block: Block | Notes) -> Iterator[str]:
    match block:
        case Heading() | Paragraph():
            yield _inline_text(block.runs)
        case ListBlock():
            for item in block.items:
                for child in item.blocks:
                    yield from _model_texts(child)
        case Rating():
            yield block.prefix + block.label
        case Notes():
            yield _inline_text(block.heading.runs)
            yield from (_inline_text(line) for line in block.lines)
        case Table():
            yield block.caption
            yield from (cell.text for row in block.rows for cell in row)
        case SideBySide():
            yield from _model_texts(block.main)
            yield from _model_texts(block.side)
        case Figure():
            pass


def _model_headings(block: Block | Notes) -> Iterator[Heading]:
    match block:
        case Heading():
            yield block
        case Notes():
            yield block.heading
        case SideBySide():
            yield from _model_headings(block.side)


def _paragraphs(word: Any) -> Iterator[DocxParagraph]:
    """Every paragraph in the body, table cells included, in reading order."""
    for p in word.element.body.iter(qn("w:p")):
        yield DocxParagraph(p, word)


def _paragraph(word: Any, text: str) -> DocxParagraph:
    return next(p for p in _paragraphs(word) if p.text == text)


def _zip_text(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read(name).decode("utf-8")


def _hex(colour: str) -> str:
    return colour.lstrip("#").upper()


# Structure ----------------------------------------------------------------------------


def test_headings_use_word_heading_styles_in_model_order(word: Any, model: Document) -> None:
    expected = [
        (_inline_text(h.runs), f"Heading {h.level}")
        for block in _blocks(model)
        for h in _model_headings(block)
    ]
    found = [(p.text, p.style.name) for p in _paragraphs(word) if "Heading" in p.style.name]
    assert found == expected
    levels = [int(name.split()[-1]) for _, name in found]
    assert levels[0] == 1
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels)), levels


def test_anchored_headings_are_bookmarked(word: Any, model: Document) -> None:
    anchors = [b.anchor for b in _blocks(model) if isinstance(b, Heading) and b.anchor]
    names = [b.get(qn("w:name")) for b in word.element.body.iter(qn("w:bookmarkStart"))]
    assert names == anchors


def test_text_reads_in_model_order(word: Any, model: Document) -> None:
    expected = [text for block in _blocks(model) for text in _model_texts(block)]
    found = [p.text for p in _paragraphs(word) if p.text]
    assert found == expected


def test_body_has_no_empty_paragraphs(word: Any) -> None:
    for p in word.element.body.iter(qn("w:p")):
        visible = "".join(t.text or "" for t in p.iter(qn("w:t"))).strip()
        drawing = next(p.iter(qn("w:drawing")), None)
        assert visible or drawing is not None, etree.tostring(p)


def test_new_page_sections_start_on_a_new_page(word: Any, model: Document) -> None:
    starts = [s.blocks[0] for s in model.sections[1:] if s.new_page]
    firsts = [_inline_text(b.runs) for b in starts if isinstance(b, Heading | Paragraph)]
    assert len(firsts) == 2
    breaking = [p.text for p in _paragraphs(word) if p.paragraph_format.page_break_before]
    assert breaking == firsts


def test_chart_is_kept_with_its_heading_and_rating(word: Any) -> None:
    heading = _paragraph(word, "TEST2: The proportion of assessments within 28 days.")
    rating = _paragraph(word, "RAG rating: AMBER")
    assert heading.paragraph_format.keep_with_next
    assert rating.paragraph_format.keep_with_next
    chart = _paragraph(word, "Technical notes")._p.getprevious()
    assert DocxParagraph(chart, word).paragraph_format.keep_with_next


def test_rating_word_is_bold_on_the_rag_fill(word: Any, style: Style) -> None:
    paragraph = _paragraph(word, "RAG rating: AMBER")
    amber = next(r for r in paragraph.runs if r.text == "AMBER")
    assert amber.bold
    shd = amber._r.rPr.find(qn("w:shd"))
    assert shd.get(qn("w:fill")) == _hex(style.rag["AMBER"].fill)
    assert str(amber.font.color.rgb) == _hex(style.rag["AMBER"].text)


def test_every_picture_has_the_model_alt_text(word: Any, model: Document) -> None:
    alts = [
        f.alt
        for b in _blocks(model)
        for f in ([b] if isinstance(b, Figure) else [b.main] if isinstance(b, SideBySide) else [])
    ]
    doc_prs = list(word.element.body.iter(qn("wp:docPr")))
    assert [d.get("descr") for d in doc_prs] == alts
    assert [d.get("id") for d in doc_prs] == [str(i) for i in range(1, len(alts) + 1)]


def test_chart_sits_beside_its_shaded_notes(word: Any, model: Document, style: Style) -> None:
    """Two columns of a continuous section, not a layout table: every paragraph stays
    in the body, in reading order, for programs that re-export the DOCX."""
    pair = next(b for b in _blocks(model) if isinstance(b, SideBySide))
    heading = _paragraph(word, "Technical notes")
    assert heading.style.name == "Heading 3"
    assert heading._p.getparent() is word.element.body  # not in a table cell
    notes = [heading] + [_paragraph(word, _inline_text(line)) for line in pair.side.lines]
    for p in notes:
        fill = p._p.pPr.find(qn("w:shd")).get(qn("w:fill"))
        assert fill == _hex(style.colour("notes_background"))
    chart = heading._p.getprevious()
    assert next(chart.iter(qn("wp:inline")), None) is not None
    assert chart.findall(f"{qn('w:r')}/{qn('w:br')}")[-1].get(qn("w:type")) == "column"
    sect = notes[-1]._p.pPr.find(qn("w:sectPr"))  # the notes end a two-column section
    assert sect.find(qn("w:type")).get(qn("w:val")) == "continuous"
    widths = [int(c.get(qn("w:w"))) for c in sect.find(qn("w:cols")).findall(qn("w:col"))]
    assert widths[0] / sum(widths) == pytest.approx(pair.main_share, abs=0.02)
    extent = next(chart.iter(qn("wp:extent")))
    assert int(extent.get("cx")) <= widths[0] * 635  # EMU per twip
    before = chart.getprevious()  # what came before is a one-column section
    cols = before.find(f"{qn('w:pPr')}/{qn('w:sectPr')}/{qn('w:cols')}")
    assert cols is not None and cols.get(qn("w:num")) is None
    assert len(word.tables) == 1  # the data table alone


def test_lists_are_real_numbered_word_lists(word: Any) -> None:
    def numbering(text: str) -> tuple[str, int]:
        p = _paragraph(word, text)
        num_pr = p._p.pPr.numPr
        assert num_pr is not None, text
        assert num_pr.ilvl.val == 0, text  # each list style's own definition, level 0
        return p.style.name, num_pr.numId.val

    assert numbering("First point")[0] == "List Bullet"
    assert numbering("Second point with a link.")[0] == "List Bullet"
    nested = numbering("Nested one")
    top = numbering("Numbered one")
    assert nested[0] == "List Number 2"
    assert top[0] == "List Number"
    assert numbering("Nested two") == nested
    assert numbering("Numbered two\nafter a break") == top
    assert nested[1] != top[1]
    part = word.part.numbering_part.element
    for num_id in (nested[1], top[1]):
        start = part.num_having_numId(num_id).find(f"{qn('w:lvlOverride')}/{qn('w:startOverride')}")
        assert start.get(qn("w:val")) == "1"


def test_hyperlink_is_a_real_link_to_the_model_target(word: Any) -> None:
    links = list(word.element.body.iter(qn("w:hyperlink")))
    assert len(links) == 1
    rel = word.part.rels[links[0].get(qn("r:id"))]
    assert rel.is_external
    assert rel.target_ref == "https://www.kent.gov.uk/"
    run = links[0].find(qn("w:r"))
    assert run.find(f"{qn('w:rPr')}/{qn('w:rStyle')}").get(qn("w:val")) == "Hyperlink"
    assert "".join(t.text for t in run.iter(qn("w:t"))) == "a link"


def test_data_table_repeats_its_header_row(word: Any, model: Document, style: Style) -> None:
    table_model = next(b for b in _blocks(model) if isinstance(b, Table))
    table = word.tables[0]
    caption = table._tbl.getprevious()
    assert DocxParagraph(caption, word).text == table_model.caption
    assert DocxParagraph(caption, word).style.name == "Caption"
    header, body = table.rows
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    assert body._tr.trPr.find(qn("w:tblHeader")) is None
    assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in table.rows)
    first = header.cells[0]
    assert first._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) == _hex(
        style.colour("table_header_background")
    )
    assert first.paragraphs[0].runs[0].bold
    assert str(first.paragraphs[0].runs[0].font.color.rgb) == _hex(
        style.colour("table_header_text")
    )
    assert body.cells[2].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    widths = [int(c._tc.tcPr.find(qn("w:tcW")).get(qn("w:w"))) for c in body.cells]
    assert widths[0] == pytest.approx(3 * widths[1], abs=2)


def test_table_tones_shade_the_rating_cell(tmp_path: Path, model: Document, style: Style) -> None:
    toned = dataclasses.replace(
        next(b for b in _blocks(model) if isinstance(b, Table)), tones=((1, 2, "RED"),)
    )
    section = dataclasses.replace(model.sections[1], blocks=(toned,), keep_together=0)
    target = tmp_path / "toned.docx"
    write_docx(dataclasses.replace(model, sections=(section,)), style, target)
    cell = docx.Document(str(target)).tables[0].rows[1].cells[2]
    assert cell._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) == _hex(style.rag["RED"].fill)
    assert str(cell.paragraphs[0].runs[0].font.color.rgb) == _hex(style.rag["RED"].text)


# Page, header, footer -------------------------------------------------------------------


def test_page_is_a4_landscape_with_house_margins(word: Any, style: Style) -> None:
    section = word.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert section.page_width.mm == pytest.approx(297, abs=0.1)
    assert section.page_height.mm == pytest.approx(210, abs=0.1)
    assert section.left_margin.mm == pytest.approx(style.page.margin_left_mm, abs=0.1)
    assert section.top_margin.mm == pytest.approx(style.page.margin_top_mm, abs=0.1)


def test_header_and_page_n_of_m_footer(word: Any, model: Document) -> None:
    section = word.sections[0]
    assert section.header.paragraphs[0].text == model.running_header
    footer = section.footer.paragraphs[0]._p
    fields = [f.get(qn("w:instr")).strip() for f in footer.iter(qn("w:fldSimple"))]
    assert fields == ["PAGE", "NUMPAGES"]
    words = "".join(t.text for t in footer.iter(qn("w:t")))
    assert words == "Page 1 of 1"  # field placeholders until Word counts the pages


@needs_libreoffice
@needs_poppler
def test_a_page_label_prefix_numbers_the_pages_as_the_pdf_does(
    model: Document, style: Style, tmp_path: Path
) -> None:
    """With the house style's page_label_prefix, Word's footer reads 'Page A1-2 of 3', as
    the PDF's footer and page labels do (laid out here by LibreOffice)."""
    target = tmp_path / "appendix.docx"
    write_docx(model, dataclasses.replace(style, page_label_prefix="A1-"), target)
    pages = page_texts(convert_to_pdf(target, tmp_path))
    assert [page.rstrip().rsplit("\n", 1)[-1].strip() for page in pages] == [
        f"Page A1-{n} of {len(pages)}" for n in range(1, len(pages) + 1)
    ]


# Styles: the house look as real Word styles ------------------------------------------------


def test_word_styles_carry_the_house_fonts_sizes_and_colours(word: Any, style: Style) -> None:
    normal = word.styles["Normal"]
    assert normal.font.name == style.font_family
    assert normal.font.size.pt == style.size("body")
    fonts = normal.element.rPr.rFonts
    assert fonts.get(qn("w:eastAsia")) == fonts.get(qn("w:cs")) == style.font_family
    for level, size in ((1, "title"), (2, "heading"), (3, "subheading")):
        heading = word.styles[f"Heading {level}"]
        assert heading.font.size.pt == style.size(size)
        assert str(heading.font.color.rgb) == _hex(style.colour("heading"))
        assert heading.font.name == style.font_family
    assert str(word.styles["Hyperlink"].font.color.rgb) == _hex(style.colour("link"))
    styles_xml = word.styles.element
    assert not styles_xml.xpath("//w:rFonts[@w:asciiTheme or @w:hAnsiTheme]")


def test_a_changed_house_style_changes_the_word_styles(
    tmp_path: Path, model: Document, style: Style
) -> None:
    changed = dataclasses.replace(
        style,
        font_family="Liberation Serif",
        colours={**style.colours, "heading": "#00703C"},
        sizes={**style.sizes, "body": 12.0},
    )
    target = tmp_path / "changed.docx"
    write_docx(model, changed, target)
    word = docx.Document(str(target))
    assert word.styles["Normal"].font.name == "Liberation Serif"
    assert word.styles["Normal"].font.size.pt == 12.0
    assert str(word.styles["Heading 2"].font.color.rgb) == "00703C"


def test_language_is_en_gb_in_style_defaults_and_settings(written: Path) -> None:
    styles = etree.fromstring(_zip_text(written, "word/styles.xml").encode())
    lang = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert lang is not None
    assert {lang.get(qn(a)) for a in ("w:val", "w:eastAsia", "w:bidi")} == {"en-GB"}
    settings = etree.fromstring(_zip_text(written, "word/settings.xml").encode())
    assert settings.find(qn("w:themeFontLang")).get(qn("w:val")) == "en-GB"
    with zipfile.ZipFile(written) as package:
        for name in package.namelist():
            assert b"en-US" not in package.read(name), name


def test_property_elements_follow_schema_order(written: Path) -> None:
    """Out-of-order children make Word offer to repair the file."""
    with zipfile.ZipFile(written) as package:
        parts = [n for n in package.namelist() if n.startswith("word/") and n.endswith(".xml")]
        for name in parts:
            root = etree.fromstring(package.read(name))
            for tag, order in SCHEMA_ORDER.items():
                rank = {qn(t): i for i, t in enumerate(order)}
                for element in root.iter(qn(tag)):
                    ranks = [rank.get(child.tag, -1) for child in element]
                    assert -1 not in ranks, (name, tag, [c.tag for c in element])
                    assert ranks == sorted(ranks), (name, tag, [c.tag for c in element])


# Package: metadata and reproducible bytes ------------------------------------------------


def test_core_properties_come_from_the_model(word: Any, model: Document) -> None:
    props, meta = word.core_properties, model.metadata
    assert (props.title, props.subject, props.author) == (meta.title, meta.subject, meta.author)
    assert props.keywords == ", ".join(meta.keywords)
    assert props.language == meta.language
    assert props.last_modified_by == meta.author
    assert props.revision == 1
    when = datetime.fromtimestamp(meta.timestamp, tz=UTC)
    assert props.created == when
    assert props.modified == when


def test_no_trace_of_the_python_docx_template(written: Path) -> None:
    with zipfile.ZipFile(written) as package:
        names = package.namelist()
        for name in names:
            assert b"python-docx" not in package.read(name), name
        assert b"Macintosh" not in package.read("docProps/app.xml")
    assert not [n for n in names if "thumbnail" in n or n.startswith("customXml/")]


def test_two_writes_are_byte_identical(tmp_path: Path, model: Document, style: Style) -> None:
    first, second = tmp_path / "a.docx", tmp_path / "b.docx"
    write_docx(model, style, first)
    write_docx(model, style, second)
    assert first.read_bytes() == second.read_bytes()
    stamp = datetime.fromtimestamp(model.metadata.timestamp, tz=UTC)
    with zipfile.ZipFile(first) as package:
        names = package.namelist()
        assert names[0] == "[Content_Types].xml"
        for info in package.infolist():
            assert info.date_time == stamp.timetuple()[:6]


def test_a_zero_timestamp_still_gives_a_valid_zip_date(
    tmp_path: Path, model: Document, style: Style
) -> None:
    epoch = dataclasses.replace(model, metadata=dataclasses.replace(model.metadata, timestamp=0))
    target = tmp_path / "epoch.docx"
    write_docx(epoch, style, target)
    with zipfile.ZipFile(target) as package:
        assert {info.date_time[0] for info in package.infolist()} == {1980}
    assert docx.Document(str(target)).core_properties.created.year == 1970


# LibreOffice -----------------------------------------------------------------------------


@needs_libreoffice
def test_libreoffice_lays_it_out_as_landscape_pages(tmp_path: Path, written: Path) -> None:
    from pypdf import PdfReader

    pdf = convert_to_pdf(written, tmp_path)
    pages = PdfReader(pdf).pages
    assert len(pages) == 3  # title page, then one page per new_page section
    for number, page in enumerate(pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (width, height) == (pytest.approx(841.9, abs=1), pytest.approx(595.3, abs=1))
        text = page.extract_text()
        assert f"Page {number} of 3" in text
    second = pages[1].extract_text()
    assert second.index("RAG rating") < second.index("Technical notes") < second.index("Commentary")
    assert pages[2].extract_text().find("TEST7") >= 0


# Blocks the sample uses only in one form ------------------------------------------------


def _write_blocks(tmp_path: Path, model: Document, style: Style, *blocks: Block) -> Any:
    section = dataclasses.replace(model.sections[0], blocks=blocks)
    target = tmp_path / "blocks.docx"
    write_docx(dataclasses.replace(model, sections=(section,)), style, target)
    return docx.Document(str(target))


def test_a_second_paragraph_in_a_list_item_has_no_marker_of_its_own(
    tmp_path: Path, model: Document, style: Style
) -> None:
    item = ListItem((Paragraph((Run("Point"),)), Paragraph((Run("More on the point"),))))
    word = _write_blocks(tmp_path, model, style, ListBlock(ordered=True, items=(item,)))
    first, second = word.paragraphs
    assert first.style.name == "List Number"
    assert first._p.pPr.numPr is not None
    assert second.style.name == "List Continue"
    assert second._p.pPr.numPr is None


def test_notes_on_their_own_are_a_shaded_panel(
    tmp_path: Path, model: Document, style: Style
) -> None:
    notes = Notes(Heading(2, (Run("Notes"),)), ((Run("One"),), (Run("Two"),)))
    word = _write_blocks(tmp_path, model, style, notes)
    assert [(p.text, p.style.name) for p in word.paragraphs] == [
        ("Notes", "Heading 2"),
        ("One", "Note"),
        ("Two", "Note"),
    ]
    fill = _hex(style.colour("notes_background"))
    assert all(p._p.pPr.find(qn("w:shd")).get(qn("w:fill")) == fill for p in word.paragraphs)


def test_a_figure_wider_than_the_page_is_scaled_to_fit(
    tmp_path: Path, model: Document, style: Style
) -> None:
    wide = Figure(chart_png(), "A wide chart.", 400.0, 100.0, "wide")
    word = _write_blocks(tmp_path, model, style, wide)
    shape = word.inline_shapes[0]
    assert shape.width.mm == pytest.approx(style.page.text_width_mm, abs=0.1)
    assert shape.height.mm == pytest.approx(100.0 * style.page.text_width_mm / 400.0, abs=0.1)


def test_each_numbered_list_restarts_at_one(tmp_path: Path, model: Document, style: Style) -> None:
    def numbered(*texts: str) -> ListBlock:
        return ListBlock(True, tuple(ListItem((Paragraph((Run(t),)),)) for t in texts))

    word = _write_blocks(tmp_path, model, style, numbered("a", "b"), numbered("c"))
    num_ids = [p._p.pPr.numPr.numId.val for p in word.paragraphs]
    assert num_ids[0] == num_ids[1] != num_ids[2]
    part = word.part.numbering_part.element
    for num_id in (num_ids[0], num_ids[2]):
        override = part.num_having_numId(num_id).find(qn("w:lvlOverride"))
        assert override.find(qn("w:startOverride")).get(qn("w:val")) == "1"


def test_list_definitions_hold_only_what_word_knows_in_its_order(written: Path) -> None:
    assert numbering_errors(written) == []


@pytest.mark.parametrize(
    ("caption", "first_line"), [("A table that opens its section", None), ("", "Quarter")]
)
def test_a_section_opening_with_a_table_breaks_the_page_once(
    tmp_path: Path, model: Document, style: Style, caption: str, first_line: str | None
) -> None:
    """The page breaks before the table's caption, or its first cell: not before every
    cell of its first row."""
    cells = tuple(TableCell(text) for text in ("Quarter", "Value", "Rating"))
    table = Table((cells, cells), caption)
    first = Section((Paragraph((Run("Before"),)),), new_page=False)
    second = Section((table, Paragraph((Run("After"),))), new_page=True)
    target = tmp_path / "sections.docx"
    write_docx(dataclasses.replace(model, sections=(first, second)), style, target)
    body = docx.Document(str(target)).element.body
    breaking = [
        "".join(p.xpath(".//w:t/text()"))
        for p in body.iter(qn("w:p"))
        if p.find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}") is not None
    ]
    assert breaking == [first_line or caption]


def test_the_package_deflates_its_text_and_stores_its_pictures(written: Path) -> None:
    """As Word saves a file: the XML parts compressed, the PNG charts (compressed
    already) stored as they are."""
    with zipfile.ZipFile(written) as package:
        kinds = {
            (info.filename.rsplit(".", 1)[-1], info.compress_type) for info in package.infolist()
        }
    assert ("png", zipfile.ZIP_STORED) in kinds and ("xml", zipfile.ZIP_DEFLATED) in kinds
    assert {kind for name, kind in kinds if name == "png"} == {zipfile.ZIP_STORED}
    assert {kind for name, kind in kinds if name in ("xml", "rels")} == {zipfile.ZIP_DEFLATED}
