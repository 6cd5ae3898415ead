"""The PDF writer, read back as a reader, a screen reader and a validator would."""

from __future__ import annotations

import dataclasses
import io
import itertools
import random
import re
import subprocess
import sys
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pikepdf
import pypdf
import pytest
from PIL import Image

from generator.core.errors import InputError
from generator.core.model import (
    Block,
    Document,
    Figure,
    Heading,
    Inline,
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
from generator.look.resolve import resolve_look
from generator.read.style import Style, load_style
from generator.writers.pdf.archival import (
    clean_to_unicode,
    compressed_ends_in_cr,
    end_without_cr,
    save_archival,
    saved_without_cr,
)
from generator.writers.pdf.writer import write_pdf
from tests.model_fixture import chart_png, sample_document
from tests.poppler import needs_poppler, page_words
from tests.scope import shared

ROOT = Path(__file__).resolve().parents[2]
STANDARD_14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique",
    "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique",
    "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic",
    "Symbol", "ZapfDingbats",
}  # fmt: skip
PAINTING = {"Tj", "TJ", "'", '"', "Do", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh"}


# ---------------------------------------------------------------- fixtures and helpers


@pytest.fixture(scope=shared)
def style() -> Style:
    return load_style(ROOT / "styles" / "house.yaml")


@pytest.fixture(scope=shared)
def document() -> Document:
    return sample_document()


@pytest.fixture(scope=shared)
def pdf_path(document: Document, style: Style, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "appendix.pdf"
    write_pdf(document, style, path)
    return path


@pytest.fixture(scope=shared)
def long_pdf(style: Style, tmp_path_factory: pytest.TempPathFactory) -> tuple[Document, Path]:
    """A document whose paragraph, list and table each run over several pages."""
    runs: list[Inline] = []
    for i in range(50):
        runs += [
            Run(f"Sentence {i} of a commentary paragraph that runs on for a while. "),
            Run(f"link {i} to more detail", href=f"https://example.org/{i}"),
            Run(" and some more words after it. "),
        ]
    rows = [(TableCell("Name", header=True), TableCell("Value", header=True, align="right"))]
    rows += [
        (TableCell(f"Row {i}", header=True), TableCell(f"{i}%", align="right")) for i in range(80)
    ]
    items = tuple(ListItem((Paragraph((Run(f"Item {i} " * 15),)),)) for i in range(25))
    section = Section(
        blocks=(
            Heading(1, (Run("Long"),), anchor="long"),
            Paragraph(tuple(runs)),
            Table(rows=tuple(rows), caption="A long table", column_widths=(2, 1)),
            ListBlock(ordered=True, items=items),
        ),
        keep_together=1,
    )
    doc = dataclasses.replace(sample_document(), sections=(section,))
    path = tmp_path_factory.mktemp("pdf") / "long.pdf"
    write_pdf(doc, style, path)
    return doc, path


def write(document: Document, style: Style, tmp_path: Path, name: str = "out.pdf") -> Path:
    path = tmp_path / name
    write_pdf(document, style, path)
    return path


def one_section(*blocks: Block) -> Document:
    return dataclasses.replace(sample_document(), sections=(Section(blocks=blocks),))


def words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def page_texts(path: Path) -> list[str]:
    return [words(page.extract_text()) for page in pypdf.PdfReader(path).pages]


def inline_text(runs: tuple[Inline, ...]) -> str:
    return "".join(run.text if isinstance(run, Run) else " " for run in runs)


def model_blocks(document: Document) -> Iterator[Block]:
    """Every block, with the blocks nested in side-by-sides and notes."""
    for section in document.sections:
        for block in section.blocks:
            yield block
            if isinstance(block, SideBySide):
                yield block.main
                yield block.side
            if isinstance(block, Notes | SideBySide):
                notes = block if isinstance(block, Notes) else block.side
                yield notes.heading


def struct_elements(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Dictionary]:
    def walk(node: Any) -> Iterator[pikepdf.Dictionary]:
        if isinstance(node, pikepdf.Dictionary) and node.get("/Type") == "/StructElem":
            yield node
            kids = node.get("/K")
            if kids is not None:
                for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
                    yield from walk(kid)

    yield from walk(pdf.Root.StructTreeRoot.K)


def roles(pdf: pikepdf.Pdf, role: str) -> list[pikepdf.Dictionary]:
    return [e for e in struct_elements(pdf) if role == e.S]


def marked_ops(page: pikepdf.Page) -> Iterator[tuple[list[str], str, Any]]:
    """(stack of open marked-content tags, operator, operands) for each operator."""
    stack: list[str] = []
    for instruction in pikepdf.parse_content_stream(page):
        if isinstance(instruction, pikepdf.ContentStreamInlineImage):
            yield stack, "INLINE IMAGE", None
            continue
        op = str(instruction.operator)
        if op in ("BDC", "BMC"):
            stack.append(str(instruction.operands[0]))
            props = instruction.operands[-1] if op == "BDC" else None
            yield stack, op, props
        elif op == "EMC":
            yield stack, op, None
            stack.pop()
        else:
            yield stack, op, instruction.operands


def tagged_strings(page: pikepdf.Page) -> list[tuple[str, str]]:
    """(innermost tag, shown bytes as latin-1) for each Tj, in content order."""
    return [
        (stack[-1] if stack else "", bytes(operands[0]).decode("latin-1"))
        for stack, op, operands in marked_ops(page)
        if op == "Tj"
    ]


# ---------------------------------------------------------------- what a reader sees


def test_text_appears_in_model_order(pdf_path: Path) -> None:
    text = " ".join(page_texts(pdf_path))
    expected = [
        "Appendix 1: Test Key Performance Indicators",
        "Test Directorate",
        "Quarter 2 2024/25",
        "TEST2: The proportion of assessments within 28 days.",
        "RAG rating: AMBER",
        "Technical notes",
        "Target set at 85% (dotted line) with a floor threshold of 75%",
        "The overall direction of travel is not significant.",
        "Costs are weekly (£) – see the note ≥ 1 and −2",
        "Figures plotted in the chart for TEST2",
        "Series Q1 24/25 Q2 24/25",
        "Assessments within 28 days 75% 75%",
        "Commentary",
        "Timeliness held at 75% in the quarter, meeting the floor.",
        "First point",
        "Second point with a link.",
        "Nested one",
        "Nested two",
        "Numbered one",
        "Numbered two after a break",
        "TEST7: The number of contacts",
        "Commentary",
        "Contacts were “about 21,000” — a fall of £0 and 5%.",
    ]
    position = 0
    for phrase in expected:
        found = text.find(phrase, position)
        assert found >= 0, f"{phrase!r} missing or out of order after {text[position:][:80]!r}"
        position = found + len(phrase)


def test_each_section_starts_a_page_and_every_page_has_header_and_footer(
    pdf_path: Path, document: Document
) -> None:
    pages = page_texts(pdf_path)
    assert len(pages) == len(document.sections) == 3
    assert pages[1].count("TEST2:") == 1 and "TEST7:" not in pages[1]
    assert pages[2].count("TEST7:") == 1
    for number, text in enumerate(pages, start=1):
        assert text.startswith(document.running_header)
        assert text.endswith(f"Page {number} of 3")


def test_page_label_words_come_from_the_model(style: Style, tmp_path: Path) -> None:
    doc = dataclasses.replace(sample_document(), page_labels=(("Tudalen", "o"),))
    assert page_texts(write(doc, style, tmp_path))[0].endswith("Tudalen 1 o 3")


def test_pages_are_a4_landscape(pdf_path: Path) -> None:
    for page in pypdf.PdfReader(pdf_path).pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (297, 210)


def test_charts_are_on_their_indicator_pages(pdf_path: Path) -> None:
    reader = pypdf.PdfReader(pdf_path)
    counts = [len(page.images) for page in reader.pages]
    assert counts == [0, 1, 1]
    picture = reader.pages[1].images[0].image
    assert picture is not None
    assert picture.size == Image.open(io.BytesIO(chart_png())).size


def test_an_rgb_png_is_embedded_pixel_for_pixel(style: Style, tmp_path: Path) -> None:
    source = Image.open(io.BytesIO(chart_png())).convert("RGB")
    buffer = io.BytesIO()
    source.save(buffer, format="PNG")
    doc = one_section(Figure(buffer.getvalue(), "A chart.", 100.0, 50.0, "chart"))
    images = pypdf.PdfReader(write(doc, style, tmp_path)).pages[0].images
    assert len(images) == 1
    picture = images[0].image
    assert picture is not None
    assert picture.convert("RGB").tobytes() == source.tobytes()


def test_a_chart_shown_twice_is_stored_once(style: Style, tmp_path: Path) -> None:
    """Two indicators with the same chart (both still awaiting data, say): one image in
    the file, placed on both pages; a different chart is an image of its own."""

    def png(colour: str) -> bytes:  # RGB, as the chart builders write them
        buffer = io.BytesIO()
        Image.new("RGB", (200, 100), colour).save(buffer, format="PNG")
        return buffer.getvalue()

    same = Figure(png("#12436D"), "A chart.", 100.0, 50.0, "chart")
    other = Figure(png("#28A197"), "Another chart.", 100.0, 50.0, "other")
    doc = dataclasses.replace(
        sample_document(),
        sections=(Section((same,)), Section((same, other))),
    )
    with pikepdf.open(write(doc, style, tmp_path)) as pdf:
        streams = [o for o in pdf.objects if isinstance(o, pikepdf.Stream)]
        assert len([o for o in streams if o.get("/Subtype") == "/Image"]) == 2
        placed = [sorted(x.objgen for x in page.Resources.XObject.values()) for page in pdf.pages]
        assert len(placed) == 2 and set(placed[0]) < set(placed[1])


def test_a_figure_wider_than_the_page_is_scaled_to_fit(style: Style, tmp_path: Path) -> None:
    doc = one_section(Figure(chart_png(), "A wide chart.", 500.0, 250.0, "chart"))
    with pikepdf.open(write(doc, style, tmp_path)) as pdf:
        (figure,) = roles(pdf, "/Figure")
        x0, y0, x1, y1 = (float(v) for v in figure.A.BBox)
        text_width = style.page.text_width_mm / 25.4 * 72
        assert x1 - x0 == pytest.approx(text_width, abs=0.5)
        assert (x1 - x0) / (y1 - y0) == pytest.approx(2.0, rel=0.01)


def test_markup_characters_in_text_print_literally(style: Style, tmp_path: Path) -> None:
    hostile = "<img src='/etc/passwd'/> & <b>x</b> &amp; <a href=\"javascript:alert(1)\">y</a>"
    doc = one_section(Paragraph((Run(hostile),)))
    path = write(doc, style, tmp_path)
    assert hostile in page_texts(path)[0]
    with pikepdf.open(path) as pdf:
        assert "/Annots" not in pdf.pages[0].obj
        assert "/XObject" not in pdf.pages[0].Resources


@pytest.mark.parametrize(
    "href",
    [
        'https://example.org/search?q="care"&page=2',
        "https://example.org/a?x=<b>&y='1'",
        "mailto:team@example.org?subject=Q2%20&%20Q3",
    ],
)
def test_a_link_target_with_markup_characters_stays_whole(
    style: Style, tmp_path: Path, href: str
) -> None:
    """Quotes, ampersands and angle brackets in an address are escaped in the
    writer's markup: the link goes exactly there and the text around it is kept."""
    doc = one_section(Paragraph((Run("See "), Run("the guidance", href=href), Run(" for more."))))
    path = write(doc, style, tmp_path)
    assert "See the guidance for more." in " ".join(page_texts(path)[0].split())
    with pikepdf.open(path) as pdf:
        links = [annot for page in pdf.pages for annot in page.obj.get("/Annots", [])]
        assert [str(link.A.URI) for link in links] == [href]


def test_only_the_models_href_becomes_a_link(pdf_path: Path) -> None:
    with pikepdf.open(pdf_path) as pdf:
        links = [annot for page in pdf.pages for annot in page.obj.get("/Annots", [])]
        assert [str(link.A.URI) for link in links] == ["https://www.kent.gov.uk/"]
        assert "a link" in str(links[0].Contents)


def test_fonts_are_the_house_ttf_all_embedded(pdf_path: Path) -> None:
    with pikepdf.open(pdf_path) as pdf:
        fonts = {font.objgen: font for page in pdf.pages for font in page.Resources.Font.values()}
        assert fonts
        for font in fonts.values():
            name = str(font.BaseFont).lstrip("/").split("+")[-1]
            assert name not in STANDARD_14
            assert name.startswith("DejaVuSans")
            assert "/FontFile2" in font.FontDescriptor


def test_metadata_describes_the_document(pdf_path: Path, document: Document) -> None:
    meta = document.metadata
    info = pypdf.PdfReader(pdf_path).metadata
    assert info is not None
    assert (info.title, info.author, info.subject) == (meta.title, meta.author, meta.subject)
    assert str(info["/Keywords"]) == ", ".join(meta.keywords)
    assert info.creation_date == datetime.fromtimestamp(meta.timestamp, tz=UTC)
    with pikepdf.open(pdf_path) as pdf, pdf.open_metadata() as xmp:
        assert xmp["dc:title"] == meta.title
        assert xmp["dc:creator"] == [meta.author]
        assert xmp["pdfuaid:part"] == "1"
        assert (xmp["pdfaid:part"], xmp["pdfaid:conformance"]) == ("2", "A")
        # PDF/A allows only declared XMP schemas: the PDF/UA one is declared
        assert "http://www.aiim.org/pdfua/ns/id/" in str(xmp)


def test_colours_are_srgb_by_an_embedded_output_intent(pdf_path: Path) -> None:
    with pikepdf.open(pdf_path) as pdf:
        (intent,) = pdf.Root.OutputIntents
        assert intent.S == "/GTS_PDFA1"
        assert str(intent.OutputConditionIdentifier) == "sRGB IEC61966-2.1"
        profile = intent.DestOutputProfile
        assert profile.N == 3
        data = profile.read_bytes()
        assert data[36:40] == b"acsp" and data[16:20] == b"RGB "


def test_every_link_annotation_is_printed(long_pdf: tuple[Document, Path]) -> None:
    with pikepdf.open(long_pdf[1]) as pdf:
        annotations = [a for page in pdf.pages for a in page.obj.get("/Annots", [])]
        assert len(annotations) >= 50
        assert all(int(a.F) & 4 for a in annotations)


def test_no_font_maps_a_code_to_a_character_that_is_not_text(pdf_path: Path) -> None:
    with pikepdf.open(pdf_path) as pdf:
        maps = [
            font.ToUnicode.read_bytes()
            for font in pdf.objects
            if isinstance(font, pikepdf.Dictionary) and "/ToUnicode" in font
        ]
    assert maps
    for cmap in maps:
        sections = b"".join(re.findall(rb"beginbfchar\n(.*?)endbfchar", cmap, re.DOTALL))
        entries = re.findall(rb"<([0-9A-F]+)> <([0-9A-F]+)>", sections)
        assert entries and not {b"0000", b"FEFF", b"FFFE"} & {value for _, value in entries}
        counts = [int(n) for n in re.findall(rb"(\d+) beginbfchar", cmap)]
        assert sum(counts) == len(entries) and max(counts) <= 100


@pytest.mark.parametrize(
    ("entries", "kept"),
    [
        ([("00", "0000"), ("01", "2019"), ("20", "0020")], [("01", "2019"), ("20", "0020")]),
        ([("03", "FEFF"), ("04", "FFFE"), ("41", "0041")], [("41", "0041")]),
        ([(f"{n:02X}", f"{n + 0x40:04X}") for n in range(150)], None),
        ([("00", "0000")], []),
    ],
)
def test_a_to_unicode_map_loses_only_the_entries_that_are_not_text(
    entries: list[tuple[str, str]], kept: list[tuple[str, str]] | None
) -> None:
    lines = "".join(f"<{code}> <{value}>\n" for code, value in entries)
    cmap = f"begincmap\n{len(entries)} beginbfchar\n{lines}endbfchar\nendcmap\n".encode()
    cleaned = clean_to_unicode(cmap)
    found = [
        (code.decode(), value.decode())
        for code, value in re.findall(rb"<([0-9A-F]+)> <([0-9A-F]+)>", cleaned)
    ]
    assert found == (entries if kept is None else kept)
    counts = [int(n) for n in re.findall(rb"(\d+) beginbfchar", cleaned)]
    assert sum(counts) == len(found) and all(0 < n <= 100 for n in counts)
    assert cleaned.startswith(b"begincmap\n") and cleaned.endswith(b"endcmap\n")


def test_a_page_label_prefix_labels_the_pages_and_their_footers(
    style: Style, tmp_path: Path
) -> None:
    labelled = dataclasses.replace(style, page_label_prefix="A1-")
    path = write(sample_document(), labelled, tmp_path)
    assert list(pypdf.PdfReader(path).page_labels) == ["A1-1", "A1-2", "A1-3"]
    assert page_texts(path)[1].endswith("Page A1-2 of 3")


def test_without_a_prefix_the_pages_have_no_labels(pdf_path: Path) -> None:
    with pikepdf.open(pdf_path) as pdf:
        assert "/PageLabels" not in pdf.Root


def test_bookmarks_one_per_anchored_heading_pointing_at_its_page(
    pdf_path: Path, document: Document, style: Style
) -> None:
    anchored = [
        (inline_text(b.runs), page)
        for page, section in enumerate(document.sections)
        for b in section.blocks
        if isinstance(b, Heading) and b.anchor
    ]
    with pikepdf.open(pdf_path) as pdf:
        pages = {page.objgen: index for index, page in enumerate(pdf.pages)}
        found: list[tuple[str, int]] = []
        with pdf.open_outline() as outline:

            def walk(items: list[pikepdf.OutlineItem]) -> None:
                for item in items:
                    destination: Any = item.destination
                    found.append((item.title, pages[destination[0].objgen]))
                    # At the heading: the left margin, and a top within the page.
                    kind, left, top = destination[1], destination[2], destination[3]
                    assert kind == "/XYZ"
                    assert float(left) == pytest.approx(style.page.margin_left_mm / 25.4 * 72)
                    assert 0 < float(top) <= float(pdf.pages[0].MediaBox[3])
                    walk(item.children)

            walk(outline.root)
    assert found == anchored
    assert len(found) == 3


def test_same_document_gives_identical_bytes(
    document: Document, style: Style, tmp_path: Path
) -> None:
    first = write(document, style, tmp_path, "a.pdf").read_bytes()
    second = write(document, style, tmp_path, "b.pdf").read_bytes()
    assert first == second


def test_same_document_gives_identical_bytes_in_a_new_process(
    pdf_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "fresh.pdf"
    script = (
        "import sys; from pathlib import Path;"
        "from generator.read.style import load_style;"
        "from generator.writers.pdf.writer import write_pdf;"
        "from tests.model_fixture import sample_document;"
        "write_pdf(sample_document(), load_style(Path('styles/house.yaml')), Path(sys.argv[1]))"
    )
    subprocess.run([sys.executable, "-c", script, str(target)], cwd=ROOT, check=True)
    assert target.read_bytes() == pdf_path.read_bytes()


def test_unknown_rating_tone_is_an_input_error(style: Style, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="PURPLE"):
        write(one_section(Rating("PURPLE", "PURPLE")), style, tmp_path)


# ---------------------------------------------------------------- what a screen reader gets


def test_catalog_declares_a_tagged_document_in_its_language(pdf_path: Path) -> None:
    with pikepdf.open(pdf_path) as pdf:
        root: Any = pdf.Root
        assert root.MarkInfo.Marked is True
        assert str(root.Lang) == "en-GB"
        assert root.ViewerPreferences.DisplayDocTitle is True
        assert root.StructTreeRoot.K.S == "/Document"
        for page in pdf.pages:
            assert page.obj.Tabs == "/S"
        assert pdf.pdf_version == "1.7"  # PDF/UA-1 is built on PDF 1.7 (ISO 32000-1)


@needs_poppler
def test_the_notes_panel_starts_level_with_the_top_of_its_chart(pdf_path: Path) -> None:
    """Side by side, the chart and its notes are both set from the top of their row."""
    (number, heading_top), *_ = (
        (n, word.top)
        for n, page in enumerate(page_words(pdf_path))
        for word in page.words
        if word.text == "Technical"
    )
    with pikepdf.open(pdf_path) as pdf:
        page = pdf.pages[number]
        (figure,) = [f for f in roles(pdf, "/Figure") if f.Pg.objgen == page.obj.objgen]
        _, bottom, _, top = (float(v) for v in figure.A.BBox)
        chart_top = float(page.MediaBox[3]) - top  # from the top, as pdftotext measures
    assert 0 < heading_top - chart_top < (top - bottom) / 10


def test_headings_are_tagged_at_the_models_levels(pdf_path: Path, document: Document) -> None:
    headings = [b for b in model_blocks(document) if isinstance(b, Heading)]
    with pikepdf.open(pdf_path) as pdf:
        for level in (1, 2, 3):
            expected = sum(1 for h in headings if h.level == level)
            assert len(roles(pdf, f"/H{level}")) == expected
    assert [sum(h.level == n for h in headings) for n in (1, 2, 3)] == [1, 2, 3]


def test_every_figure_carries_the_models_alt_text_and_bbox(
    pdf_path: Path, document: Document
) -> None:
    alts = [b.alt for b in model_blocks(document) if isinstance(b, Figure)]
    with pikepdf.open(pdf_path) as pdf:
        figures = roles(pdf, "/Figure")
        assert [str(f.Alt) for f in figures] == alts
        for figure in figures:
            x0, y0, x1, y1 = (float(v) for v in figure.A.BBox)
            assert x1 - x0 == pytest.approx(150 / 25.4 * 72, abs=0.5)
            assert y1 - y0 == pytest.approx(75 / 25.4 * 72, abs=0.5)


def test_table_header_cells_have_scope(pdf_path: Path) -> None:
    with pikepdf.open(pdf_path) as pdf:
        (table,) = roles(pdf, "/Table")
        kids = list(table.K)
        assert [k.S for k in kids] == ["/Caption", "/TR", "/TR"]
        cells = [[(c.S, str(c.A.Scope) if "/A" in c else None) for c in row.K] for row in kids[1:]]
        assert cells == [
            [("/TH", "/Column")] * 3,
            [("/TH", "/Row"), ("/TD", None), ("/TD", None)],
        ]


def test_lists_are_tagged_as_nested_lists_with_labels(pdf_path: Path, document: Document) -> None:
    lists = [b for b in model_blocks(document) if isinstance(b, ListBlock)]
    nested = [
        child
        for block in lists
        for item in block.items
        for child in item.blocks
        if isinstance(child, ListBlock)
    ]
    items = sum(len(block.items) for block in lists + nested)
    with pikepdf.open(pdf_path) as pdf:
        assert len(roles(pdf, "/L")) == len(lists) + len(nested) == 3
        assert len(roles(pdf, "/LI")) == items == 6
        assert len(roles(pdf, "/Lbl")) == len(roles(pdf, "/LBody")) == items
        nested_list = roles(pdf, "/L")[1]
        assert nested_list.P.S == "/LBody"
        assert str(nested_list.A.ListNumbering) == "/LowerAlpha"
        page = pdf.pages[1]
        labels = [text for tag, text in tagged_strings(page) if tag == "/Lbl"]
        assert len(labels) == items
        # the bullets are subset glyph codes; a nested numbered list counts in letters
        assert labels[2:] == ["a.", "b.", "1.", "2."]


def test_link_is_a_link_element_holding_its_text_and_annotation(pdf_path: Path) -> None:
    with pikepdf.open(pdf_path) as pdf:
        (link,) = roles(pdf, "/Link")
        assert link.P.S == "/P"
        (objr,) = _objrs(link)
        annotation = objr.Obj
        assert annotation.Subtype == "/Link"
        parent_tree = dict(_number_tree(pdf.Root.StructTreeRoot.ParentTree))
        assert parent_tree[int(annotation.StructParent)].objgen == link.objgen
        page = pdf.pages[1]
        assert ("/Link", "a link") in tagged_strings(page)


def _objrs(element: pikepdf.Dictionary) -> list[pikepdf.Dictionary]:
    kids = element.K if isinstance(element.K, pikepdf.Array) else [element.K]
    return [k for k in kids if isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/OBJR"]


def _number_tree(node: Any) -> Iterator[tuple[int, Any]]:
    nums = list(node.get("/Nums", []))
    yield from ((int(nums[i]), nums[i + 1]) for i in range(0, len(nums), 2))
    for kid in node.get("/Kids", []):
        yield from _number_tree(kid)


def _check_content_and_parent_tree(path: Path) -> None:
    """Every painted thing is tagged or an artifact, and every MCID maps to its element."""
    with pikepdf.open(path) as pdf:
        parent_tree = dict(_number_tree(pdf.Root.StructTreeRoot.ParentTree))
        for number, page in enumerate(pdf.pages, start=1):
            mcids: list[int] = []
            for stack, op, operands in marked_ops(page):
                if op in PAINTING or op == "INLINE IMAGE":
                    assert stack, f"page {number}: {op} outside marked content"
                if op == "BDC" and isinstance(operands, pikepdf.Dictionary) and "/MCID" in operands:
                    assert len(stack) == 1, f"page {number}: tagged content nested in {stack}"
                    mcids.append(int(operands.MCID))
            if not mcids:
                continue
            assert sorted(mcids) == list(range(len(mcids)))
            owners = parent_tree[int(page.obj.StructParents)]
            assert len(owners) == len(mcids)
            for mcid, owner in enumerate(owners):
                kids = owner.K if isinstance(owner.K, pikepdf.Array) else [owner.K]
                refs = {
                    (int(k), owner.Pg.objgen) if isinstance(k, int) else (int(k.MCID), k.Pg.objgen)
                    for k in kids
                    if isinstance(k, int) or k.get("/Type") == "/MCR"
                }
                assert (mcid, page.objgen) in refs


def test_all_content_is_tagged_or_artifact_and_the_parent_tree_agrees(pdf_path: Path) -> None:
    _check_content_and_parent_tree(pdf_path)


def test_page_furniture_is_artifact(pdf_path: Path) -> None:
    with pikepdf.open(pdf_path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            strings = tagged_strings(page)
            assert ("/Artifact", f"Page {number} of 3") in strings
            assert ("/Artifact", "Appendix 1: Test Key Performance Indicators") in strings


def test_rating_word_is_text_and_its_fill_is_artifact(pdf_path: Path) -> None:
    with pikepdf.open(pdf_path) as pdf:
        page = pdf.pages[1]
        assert ("/P", "AMBER") in tagged_strings(page)
        fills = [stack[-1] for stack, op, _ in marked_ops(page) if op in ("f", "f*", "F")]
        assert fills and set(fills) == {"/Artifact"}


def test_pdfua_check_finds_nothing(pdf_path: Path, long_pdf: tuple[Document, Path]) -> None:
    checker = Path(sys.executable).with_name("pdfua")
    for path in (pdf_path, long_pdf[1]):
        result = subprocess.run(
            [str(checker), "check", str(path)], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert "no findings" in result.stdout
        assert "errors=0 warnings=0 info=0" in result.stdout


# ---------------------------------------------------------------- content over page breaks


def test_long_content_flows_over_pages_and_stays_tagged(long_pdf: tuple[Document, Path]) -> None:
    _doc, path = long_pdf
    pages = page_texts(path)
    assert len(pages) >= 4
    _check_content_and_parent_tree(path)


def test_table_header_repeats_as_artifact_and_is_tagged_once(
    long_pdf: tuple[Document, Path],
) -> None:
    _doc, path = long_pdf
    with pikepdf.open(path) as pdf:
        heads = [
            (number, tag)
            for number, page in enumerate(pdf.pages)
            for tag, text in tagged_strings(page)
            if text == "Name"
        ]
        assert len(heads) >= 2
        assert [tag for _, tag in heads] == ["/TH"] + ["/Artifact"] * (len(heads) - 1)
        assert len(roles(pdf, "/TH")) == 2 + 80
        assert len(roles(pdf, "/TR")) == 81


def test_every_link_annotation_belongs_to_its_link_element(
    long_pdf: tuple[Document, Path],
) -> None:
    _doc, path = long_pdf
    with pikepdf.open(path) as pdf:
        parent_tree = dict(_number_tree(pdf.Root.StructTreeRoot.ParentTree))
        links = roles(pdf, "/Link")
        assert len(links) == 50
        for page in pdf.pages:
            for annotation in page.obj.get("/Annots", []):
                owner = parent_tree[int(annotation.StructParent)]
                assert owner.S == "/Link"
                objrs = _objrs(owner)
                assert annotation.objgen in {o.Obj.objgen for o in objrs}
                uri = str(annotation.A.URI)
                assert str(annotation.Contents).endswith(f"({uri})")
        # A link's annotations all point to the same URL, in model order.
        uris = [{str(k.Obj.A.URI) for k in _objrs(link)} for link in links]
        assert uris == [{f"https://example.org/{i}"} for i in range(50)]


@needs_poppler
def test_list_markers_hang_in_the_indent_before_their_text(pdf_path: Path, style: Style) -> None:
    """Each item's text starts at its level's indent, its marker in the gap before it."""
    look = resolve_look(style)
    words = [word for page in page_words(pdf_path) for word in page.words]
    margin = style.page.margin_left_mm / 25.4 * 72
    items = [("•", "First", False, 0), ("a.", "Nested", True, 1), ("1.", "Numbered", True, 0)]
    for marker, first_word, ordered, level in items:
        label, text = next(
            (word, after)
            for word, after in itertools.pairwise(words)
            if word.text == marker and after.text == first_word
        )
        indent = look.list_level(ordered=ordered, level=level).indent_mm / 25.4 * 72
        outer = look.list_level(ordered=ordered, level=level - 1).indent_mm if level else 0.0
        assert text.x0 == pytest.approx(margin + indent, abs=0.5), first_word
        assert margin + outer / 25.4 * 72 - 0.5 <= label.x0 < label.x1 < text.x0, (label, text)
        assert text.top == label.top  # on the item's first line


def test_the_running_header_is_ruled_off_level_across_the_text_width(
    pdf_path: Path, style: Style
) -> None:
    """On a page with no table: one rule, level, from margin to margin, between the
    running header and the top of the text."""
    points = 72 / 25.4
    page_look = style.page
    with pikepdf.open(pdf_path) as pdf:
        page = pdf.pages[0]
        lines, start = [], None
        header_y = None
        for stack, op, operands in marked_ops(page):
            if op == "m" and stack and stack[-1] == "/Artifact":
                start = tuple(float(v) for v in operands)
            elif op == "l" and start is not None:
                lines.append((*start, *(float(v) for v in operands)))
                start = None
            elif op == "Tm" and header_y is None and stack and stack[-1] == "/Artifact":
                header_y = float(operands[5])  # the running header's baseline
        ((x0, y0, x1, y1),) = lines
    assert y0 == pytest.approx(y1)
    assert x0 == pytest.approx(page_look.margin_left_mm * points, abs=0.1)
    assert x1 == pytest.approx((page_look.width_mm - page_look.margin_right_mm) * points, abs=0.1)
    assert header_y is not None and y0 < header_y
    assert y0 > (page_look.height_mm - page_look.margin_top_mm) * points


def test_no_page_content_stream_ends_in_a_carriage_return(tmp_path: Path) -> None:
    """A compressed stream ending in CR reads, before 'endstream', as half of a CR LF
    line end, and PDF/A validators then find it a byte short of its /Length (it
    happened to one page of the 2024/25 sample). The page's operators gain a line end."""
    operators = next(
        text
        for n in range(1_000)  # a comment of n letters moves zlib's checksum on
        if zlib.compress(text := b"BT ET\n%" + b"a" * n + b"\n").endswith(b"\r")
    )
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.pages[0].obj.Contents = pdf.make_stream(operators)
    end_without_cr(pdf)
    pdf.save(tmp_path / "one.pdf", stream_decode_level=pikepdf.StreamDecodeLevel.none)
    with pikepdf.open(tmp_path / "one.pdf") as saved:
        stream = saved.pages[0].obj.Contents
        assert not stream.read_raw_bytes().endswith(b"\r")
        assert stream.read_bytes().rstrip(b"\n") == operators.rstrip(b"\n")


@pytest.mark.parametrize("level", [-1, 0, 1, 6, 9])
@pytest.mark.parametrize(
    "make",
    [
        lambda n: b"%" + b"a" * n,
        lambda n: b"q 1 0 0 1 42.5 193.3 cm\n" * (n % 50) + b"BT (%d) Tj ET\n" % n,
        lambda n: random.Random(n).randbytes(n),
    ],
)
def test_whether_a_stream_compressed_ends_in_cr_is_known_without_compressing_it(
    make: Any, level: int
) -> None:
    known = [compressed_ends_in_cr(make(n)) for n in range(1_500)]
    compressed = [zlib.compress(make(n), level).endswith(b"\r") for n in range(1_500)]
    assert known == compressed
    assert 0 < sum(known) < 30  # about 1 in 256 does


def _ending_in_cr(make: Any) -> Any:
    """The first of `make(0)`, `make(1)`, ... whose zlib compression ends in CR."""
    return next(made for n in range(5_000) if zlib.compress(made := make(n)).endswith(b"\r"))


def test_no_stream_of_any_kind_ends_in_a_carriage_return(tmp_path: Path) -> None:
    """Font files, images (with a PNG predictor) and streams qpdf compresses on saving
    fare as page contents do: a stream whose compressed bytes end in CR is wrapped in
    one more Flate filter, which changes its last bytes and nothing it holds."""
    rows = _ending_in_cr(
        lambda n: b"".join(b"\x00" + random.Random(n * 7 + r).randbytes(16) for r in range(8))
    )
    font = _ending_in_cr(lambda n: random.Random(n).randbytes(400))
    profile = _ending_in_cr(lambda n: random.Random(-n - 1).randbytes(300))
    pdf = pikepdf.new()
    pdf.add_blank_page()
    image = pdf.make_stream(
        zlib.compress(rows),
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Image,
        Width=16,
        Height=8,
        ColorSpace=pikepdf.Name.DeviceGray,
        BitsPerComponent=8,
        Filter=pikepdf.Name.FlateDecode,
        DecodeParms=pikepdf.Dictionary(Predictor=15, Colors=1, BitsPerComponent=8, Columns=16),
    )
    font_file = pdf.make_stream(zlib.compress(font), Filter=pikepdf.Name.FlateDecode)
    font_file.Length1 = len(font)
    unfiltered = pdf.make_stream(profile, N=1)  # qpdf compresses it on saving
    pdf.pages[0].obj.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
    pdf.Root.Kept = pikepdf.Array([font_file, unfiltered])
    plain = io.BytesIO()
    pdf.save(plain, stream_decode_level=pikepdf.StreamDecodeLevel.none)
    assert plain.getvalue().count(b"\r\nendstream") == 3  # each of the three, saved as it is
    save_archival(pdf, tmp_path / "streams.pdf")
    saved = (tmp_path / "streams.pdf").read_bytes()
    assert b"\r\nendstream" not in saved
    with pikepdf.open(tmp_path / "streams.pdf") as reopened:
        assert reopened.check_pdf_syntax() == []
        for stream in reopened.objects:
            if isinstance(stream, pikepdf.Stream):
                assert not stream.read_raw_bytes().endswith(b"\r")
        kept_font, kept_profile = reopened.Root.Kept
        assert kept_font.read_bytes() == font and int(kept_font.Length1) == len(font)
        assert kept_profile.read_bytes() == profile
        pixels = b"".join(rows[r * 17 + 1 : r * 17 + 17] for r in range(8))
        assert reopened.pages[0].Resources.XObject.Im0.read_bytes() == pixels
    # a second reader decodes the wrapped image to the same pixels
    (xobject,) = (
        pypdf.PdfReader(tmp_path / "streams.pdf").pages[0]["/Resources"]["/XObject"].values()
    )
    assert xobject.get_object().get_data() == pixels


def test_a_pdf_with_no_stream_ending_in_cr_is_saved_as_it_was(tmp_path: Path) -> None:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.pages[0].obj.Contents = pdf.make_stream(b"BT ET\n")
    buffer = io.BytesIO()
    pdf.save(
        buffer,
        deterministic_id=True,
        min_version="1.7",
        stream_decode_level=pikepdf.StreamDecodeLevel.none,
    )
    data = buffer.getvalue()
    assert saved_without_cr(data) is data  # nothing reopened, nothing saved again
    save_archival(pdf, tmp_path / "plain.pdf")
    assert (tmp_path / "plain.pdf").read_bytes() == buffer.getvalue()


def test_a_paragraph_is_broken_into_lines_once_a_width_and_the_file_is_the_same(
    long_pdf: tuple[Document, Path], style: Style, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A table wraps each cell's paragraph to find its row's height and again to draw
    it: the lines are broken once (the second wrap is the first's), and the file is
    the one written with every wrap done afresh."""
    from reportlab.platypus.paragraph import Paragraph as RLParagraph

    from generator.writers.pdf.flowables import TaggedParagraph

    document, _ = long_pdf
    both = dataclasses.replace(document, sections=(*sample_document().sections, *document.sections))
    broken: list[tuple[int, tuple[float, ...]]] = []
    alive: list[Any] = []  # so that no paragraph's id is given to another
    break_lines = RLParagraph.breakLines

    def recording(paragraph: Any, widths: Any, *args: Any, **kwargs: Any) -> Any:
        alive.append(paragraph)
        broken.append((id(paragraph), tuple(widths)))
        return break_lines(paragraph, widths, *args, **kwargs)

    monkeypatch.setattr(RLParagraph, "breakLines", recording)
    once = write(both, style, tmp_path, "once.pdf").read_bytes()
    assert broken
    assert len(set(broken)) == len(broken)
    monkeypatch.setattr(TaggedParagraph, "wrap", RLParagraph.wrap)
    broken.clear()
    afresh = write(both, style, tmp_path, "afresh.pdf").read_bytes()
    assert len(set(broken)) < len(broken)  # without it, lines broken again at one width
    assert once == afresh


def test_a_one_line_cell_is_written_as_reportlabs_canvas_would_and_the_file_is_the_same(
    long_pdf: tuple[Document, Path], style: Style, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A table cell's text that fits on one line writes its operators itself: the
    file is the one written with each cell drawn by the canvas's own calls (saving
    its state, moving to the cell, the font, the colour, drawString or
    drawRightString), with cells to the right, repeated header rows (artifacts)
    and characters that are escaped or outside ASCII."""
    from reportlab.platypus import Flowable

    from generator.writers.pdf.flowables import TaggedCell
    from generator.writers.pdf.tagging import ARTIFACT, END

    document, _ = long_pdf
    awkward = Table(
        rows=(
            (TableCell("Cost (£)", header=True), TableCell("Ŵyn & ŷd", header=True, align="right")),
            (TableCell("a\\b (c)", header=True), TableCell("<b>5</b>", align="right")),
        ),
        caption="",
    )
    extra = Section(blocks=(awkward,))
    both = dataclasses.replace(
        document, sections=(*sample_document().sections, *document.sections, extra)
    )
    drawn_by_canvas: list[TaggedCell] = []

    def canvas_draw(cell: Any) -> None:
        drawn_by_canvas.append(cell)
        canvas = cell.canv
        if cell.drawn:
            canvas.addLiteral(ARTIFACT)
        else:
            canvas.begin_tag(cell.node)
        cell.drawn = True
        canvas.setFont(cell.style.fontName, cell.style.fontSize)
        canvas.setFillColor(cell.style.textColor)
        baseline = cell.height - cell.style.fontSize
        if cell.right:
            canvas.drawRightString(cell.width, baseline, cell.text)
        else:
            canvas.drawString(0, baseline, cell.text)
        canvas.addLiteral(END)

    itself = write(both, style, tmp_path, "itself.pdf").read_bytes()
    monkeypatch.setattr(TaggedCell, "drawOn", Flowable.drawOn)
    monkeypatch.setattr(TaggedCell, "draw", canvas_draw, raising=False)
    by_canvas = write(both, style, tmp_path, "by-canvas.pdf").read_bytes()
    assert len({cell.text for cell in drawn_by_canvas}) > 100
    assert {"Cost (£)", "Ŵyn & ŷd", "a\\b (c)", "<b>5</b>"} <= {c.text for c in drawn_by_canvas}
    assert any(cell.right for cell in drawn_by_canvas)
    assert itself == by_canvas


@pytest.mark.parametrize(
    ("operators", "encoded_at_once"),
    [
        ("q 1 0 0 1 3 4 cm\nBT (Row \\(1\\)) Tj ET\nQ\n ", True),
        ("BT (\\243) Tj ET\n", True),
        ("\t\r\n~\x7f", True),
        ("", True),
        ("BT (caf\xe9) Tj ET\n", False),  # not ASCII: reportlab's own encoding
        ("a\x18b", False),  # ASCII that PDFDocEncoding does not keep: left to reportlab
        ("a\x1fb", False),
        (b"BT (bytes) Tj ET\n", False),  # already bytes
    ],
)
def test_page_operators_are_the_bytes_reportlab_would_write(
    operators: str | bytes, encoded_at_once: bool
) -> None:
    from reportlab.pdfbase.pdfdoc import pdfdocEnc

    from generator.writers.pdf.tagging import pdfdoc_bytes

    result = pdfdoc_bytes(operators)
    if encoded_at_once:
        assert isinstance(result, bytes)
        assert result == pdfdocEnc(operators)
    else:
        assert result is operators


@pytest.mark.parametrize(
    "text",
    [
        "",
        "A bar chart of the rate, 2019/20 to 2024/25",
        "Cost (£) \\ back (slash)",
        "Ŵyn a ŷd: Cymraeg",
        'A "quoted" word; tab\there, a new\nline',
        "An emoji 😀 and a right-to-left שלום",
    ],
)
def test_a_structure_elements_text_and_box_are_as_pikepdf_writes_them(text: str) -> None:
    """The structure tree is written as qpdf's JSON: an element's /Alt and /Lang are the
    text strings pikepdf makes of the same words, and its /BBox the numbers pikepdf
    writes for the same floats; an element drawn on two pages refers to the other."""
    from generator.writers.pdf.tagging import Tagger

    tagger = Tagger()
    figure = tagger.root.add("Figure", alt=text, lang="cy-GB")
    figure.bbox = (42.519685039370074, 0.1 + 0.2, 1 / 3, 524.4094488188976)
    tagger.begin(1, figure)
    tagger.begin(2, figure)
    tagger.root.add("P")  # nothing drawn: left out
    tagger.root.add("TD", keep_empty=True, attributes={"Table": {"Scope": "Row"}})
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.add_blank_page()
    tagger.write(pdf)
    saved = io.BytesIO()
    pdf.save(saved)
    with pikepdf.open(saved) as reread:
        tree = reread.Root.StructTreeRoot
        document = tree.K
        assert [str(kid.S) for kid in document.K] == ["/Figure", "/TD"]
        element, empty = document.K
        assert element.Alt.unparse() == pikepdf.String(text).unparse()
        assert str(element.Alt) == text
        assert element.Lang.unparse() == pikepdf.String("cy-GB").unparse()
        assert element.A.BBox.unparse() == pikepdf.Array(figure.bbox).unparse()
        assert element.P.objgen == document.objgen
        assert document.P.objgen == tree.objgen
        first, other = element.K
        assert first == 0 and element.Pg == reread.pages[0].obj
        assert other.Type == "/MCR" and other.Pg == reread.pages[1].obj and other.MCID == 0
        assert len(empty.K) == 0 and empty.A.Scope == "/Row"
        assert [int(n) for n in tree.ParentTree.Nums[::2]] == [0, 1]
        assert [page.StructParents for page in reread.pages] == [0, 1]
