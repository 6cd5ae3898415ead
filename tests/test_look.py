"""The look: every presentation decision resolved once, and the editions agree with it.

Each role and heading level is written by the DOCX and the PDF writers; the DOCX's
Word styles and the PDF's drawn text must both give the look's font, size, colour and
weight. (The web page's and the workbook's are tested in tests/writers.)
"""

from __future__ import annotations

import dataclasses
import zipfile
from pathlib import Path
from typing import Any

import docx
import pikepdf
import pytest
from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import qn
from lxml import etree

from generator.core.errors import InputError
from generator.core.model import (
    Document,
    Heading,
    Paragraph,
    Rating,
    Run,
    Section,
    Table,
    TableCell,
)
from generator.look.resolve import Look, resolve_look
from generator.read.style import Style, hex_to_rgb, load_style
from generator.writers.docx.writer import write as write_docx
from generator.writers.pdf.writer import write as write_pdf
from tests.libreoffice import convert_to_pdf, needs_libreoffice
from tests.model_fixture import list_markers, sample_document, thirty_at_each_level
from tests.poppler import needs_poppler, page_texts
from tests.scope import shared
from tests.writers.test_pdf import marked_ops

ROOT = Path(__file__).resolve().parent.parent
MM = 72 / 25.4  # points in a millimetre

# (what the block is, the model block, the Word style it is written in)
CASES: list[tuple[str, Any, str]] = [
    ("heading 1", Heading(1, (Run("Level one"),)), "Heading 1"),
    ("heading 2", Heading(2, (Run("Level two"),)), "Heading 2"),
    ("heading 3", Heading(3, (Run("Level three"),)), "Heading 3"),
    ("heading 4", Heading(4, (Run("Level four"),)), "Heading 4"),
    ("body", Paragraph((Run("Body text"),)), "Normal"),
    ("lead", Paragraph((Run("Lead text"),), role="lead"), "Subtitle"),
    ("note", Paragraph((Run("Note text"),), role="note"), "Note"),
    ("caption", Paragraph((Run("Caption text"),), role="caption"), "Caption"),
]


@pytest.fixture(scope=shared)
def style() -> Style:
    return load_style(ROOT / "styles" / "house.yaml")


@pytest.fixture(scope=shared)
def look(style: Style) -> Look:
    return resolve_look(style)


def expected(look: Look, what: str) -> Any:
    if what.startswith("heading"):
        return look.heading(int(what.split()[1]))
    return look.role(what)


def document_of(*blocks: Any) -> Document:
    base = sample_document()
    return dataclasses.replace(base, sections=(Section(tuple(blocks), new_page=False),))


@pytest.fixture(scope=shared)
def written(look: Look, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("look")
    document = document_of(*(block for _, block, _ in CASES))
    docx_path, pdf_path = folder / "look.docx", folder / "look.pdf"
    write_docx(document, look, docx_path)
    write_pdf(document, look, pdf_path)
    return docx_path, pdf_path


def pdf_text_looks(path: Path) -> list[tuple[str, str, float, tuple[float, ...]]]:
    """(tag, font name, size, fill colour) of the first text drawn in each tagged block."""
    found: list[tuple[str, str, float, tuple[float, ...]]] = []
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            fonts = page.Resources.get("/Font", {})
            font, size, colour, taken = "", 0.0, (0.0, 0.0, 0.0), False
            for stack, op, operands in marked_ops(page):
                if op == "BDC":
                    taken = False
                elif op == "Tf":
                    font = str(fonts[operands[0]].BaseFont).split("+")[-1]
                    size = float(operands[1])
                elif op == "rg":
                    colour = tuple(float(v) for v in operands)
                elif op in ("Tj", "TJ") and stack and stack[-1] != "/Artifact" and not taken:
                    found.append((stack[-1], font, size, colour))
                    taken = True
    return found


def word_style_look(path: Path, name: str) -> tuple[str, float, str, bool, bool]:
    """(font, size, colour, bold, italic) a Word style gives, following basedOn."""
    styles = docx.Document(str(path)).styles
    style: Any = styles[name]
    font = size = colour = bold = italic = None
    while style is not None:
        rpr = style.element.rPr
        if rpr is not None:
            fonts = rpr.find(qn("w:rFonts"))
            font = font or (fonts.get(qn("w:ascii")) if fonts is not None else None)
            sz = rpr.find(qn("w:sz"))
            size = size or (int(sz.get(qn("w:val"))) / 2 if sz is not None else None)
            col = rpr.find(qn("w:color"))
            colour = colour or (col.get(qn("w:val")) if col is not None else None)
            b, i = rpr.find(qn("w:b")), rpr.find(qn("w:i"))
            bold = (
                bold if bold is not None else (b.get(qn("w:val")) != "0" if b is not None else None)
            )
            italic = (
                italic
                if italic is not None
                else (i.get(qn("w:val")) != "0" if i is not None else None)
            )
        style = style.base_style
    return str(font), float(size or 0), str(colour), bool(bold), bool(italic)


@pytest.mark.parametrize(("index", "case"), list(enumerate(CASES)), ids=[c[0] for c in CASES])
def test_the_docx_styles_give_the_looks_answer(
    written: tuple[Path, Path], look: Look, index: int, case: tuple[str, Any, str]
) -> None:
    what, _, word_style = case
    want = expected(look, what)
    font, size, colour, bold, italic = word_style_look(written[0], word_style)
    assert (font, size, colour.upper(), bold, italic) == (
        want.font,
        want.size,
        want.colour.lstrip("#").upper(),
        want.bold,
        want.italic,
    )


@pytest.mark.parametrize(("index", "case"), list(enumerate(CASES)), ids=[c[0] for c in CASES])
def test_the_pdf_text_gives_the_looks_answer(
    written: tuple[Path, Path], look: Look, index: int, case: tuple[str, Any, str]
) -> None:
    what, block, _ = case
    want = expected(look, what)
    tag, font, size, colour = pdf_text_looks(written[1])[index]
    assert tag == (f"/H{block.level}" if isinstance(block, Heading) else "/P")
    face = want.font.replace(" ", "") + ("-Bold" if want.bold else "")
    face += ("Oblique" if want.bold else "-Oblique") if want.italic else ""
    assert (font, size) == (face, want.size)
    assert colour == pytest.approx(hex_to_rgb(want.colour), abs=0.003)


def test_heading_sizes_fall_back_by_level(look: Look, style: Style) -> None:
    sizes = [look.heading(level).size for level in range(1, 8)]
    minor = style.size("minor_heading")
    assert (
        sizes
        == [style.size("title"), style.size("heading"), style.size("subheading")] + [minor] * 4
    )


def test_the_lead_falls_back_to_the_subheading_size(style: Style) -> None:
    without = dataclasses.replace(
        style, sizes={k: v for k, v in style.sizes.items() if k != "lead"}
    )
    assert resolve_look(without).role("lead").size == style.size("subheading")
    with_lead = dataclasses.replace(style, sizes={**style.sizes, "lead": 12.5})
    assert resolve_look(with_lead).role("lead").size == 12.5


@pytest.mark.parametrize(
    ("ordered", "level", "labels", "pdf"),
    [
        (True, 0, ["1.", "2.", "27."], "Decimal"),
        (True, 1, ["a.", "b.", "aa."], "LowerAlpha"),  # Word's: z, aa, bb ... zz, aaa
        (True, 2, ["i.", "ii.", "xxvii."], "LowerRoman"),
        (True, 5, ["i.", "ii.", "xxvii."], "LowerRoman"),
        (False, 0, ["•", "•", "•"], "Disc"),
        (False, 1, ["–", "–", "–"], "Circle"),
    ],
)
def test_list_markers_and_their_tags_agree(
    look: Look, ordered: bool, level: int, labels: list[str], pdf: str
) -> None:
    list_look = look.list_level(ordered=ordered, level=level)
    assert [list_look.label(n) for n in (1, 2, 27)] == labels
    assert list_look.pdf_numbering == pdf


@pytest.mark.parametrize(
    ("header_row", "header_cell", "tone", "cell"),
    [
        (False, False, None, (None, "text", False)),
        (False, True, None, (None, "text", True)),
        (True, True, None, ("header background", "header text", True)),
        (False, False, "RED", ("RED fill", "RED text", True)),
        (True, True, "GREEN", ("GREEN fill", "GREEN text", True)),  # the tone wins
    ],
)
def test_table_cells_have_one_precedence(
    look: Look,
    style: Style,
    header_row: bool,
    header_cell: bool,
    tone: str | None,
    cell: tuple[str | None, str, bool],
) -> None:
    names = {
        "text": style.colour("text"),
        "header background": style.colour("table_header_background"),
        "header text": style.colour("table_header_text"),
        **{f"{k} fill": v.fill for k, v in style.rag.items()},
        **{f"{k} text": v.text for k, v in style.rag.items()},
    }
    got = look.cell(header_row=header_row, header_cell=header_cell, tone=tone)
    fill, colour, bold = cell
    assert (got.fill, got.colour, got.bold) == (names[fill] if fill else None, names[colour], bold)


def test_a_rated_cell_reads_the_same_in_both_editions(look: Look, tmp_path: Path) -> None:
    table = Table(
        rows=((TableCell("Head", header=True),), (TableCell("Rated"),)),
        caption="",
        tones=((1, 0, "RED"),),
    )
    document = document_of(table)
    write_docx(document, look, tmp_path / "t.docx")
    write_pdf(document, look, tmp_path / "t.pdf")
    cell = docx.Document(str(tmp_path / "t.docx")).tables[0].rows[1].cells[0]
    run = cell.paragraphs[0].runs[0]
    assert str(run.font.color.rgb) == look.tone("RED").text.lstrip("#").upper()
    assert run.bold
    _tag, font, _size, colour = pdf_text_looks(tmp_path / "t.pdf")[1]
    assert font.endswith("-Bold")
    assert colour == pytest.approx(hex_to_rgb(look.tone("RED").text), abs=0.003)


@pytest.mark.parametrize("writer", [write_docx, write_pdf], ids=["docx", "pdf"])
def test_a_rating_without_colours_is_one_clear_message_in_both(
    look: Look, tmp_path: Path, writer: Any
) -> None:
    with pytest.raises(InputError, match=r"no colours for rating 'PURPLE'.*under rag:"):
        writer(document_of(Rating("PURPLE", "PURPLE")), look, tmp_path / "out")


def test_the_build_checks_the_ratings_before_writing(look: Look) -> None:
    with pytest.raises(InputError, match="PURPLE"):
        look.check_tones(document_of(Rating("PURPLE", "PURPLE")))
    look.check_tones(sample_document())  # every tone of the sample has colours


# Word paragraph style -> the look's role, and whether it is set one line high
# whatever the leading (header, footer and table cells: single spacing).
WORD_SPACING = [
    ("Normal", "body", False),
    ("Subtitle", "lead", False),
    ("Caption", "caption", False),
    ("Note", "note", False),
    ("Table Text", "table", True),
    ("Header", "header", True),
    ("Footer", "footer", True),
    *((f"Heading {n}", f"heading {n}", False) for n in range(1, 5)),
]


@pytest.mark.parametrize(("word_style", "what", "single"), WORD_SPACING)
def test_the_docx_styles_space_their_paragraphs_as_the_look_says(
    written: tuple[Path, Path], look: Look, word_style: str, what: str, single: bool
) -> None:
    want = expected(look, what)
    fmt = docx.Document(str(written[0])).styles[word_style].paragraph_format
    assert fmt.space_before.pt == pytest.approx(want.space_before, abs=0.05)
    assert fmt.space_after.pt == pytest.approx(want.space_after, abs=0.05)
    if single:
        assert (fmt.line_spacing_rule, fmt.line_spacing) == (WD_LINE_SPACING.SINGLE, 1.0)
    else:  # at least the look's leading, so that a picture in the line still fits
        assert fmt.line_spacing_rule == WD_LINE_SPACING.AT_LEAST
        assert fmt.line_spacing.pt == pytest.approx(want.line_height, abs=0.05)


def test_a_paragraph_in_no_style_is_spaced_as_body_text(
    written: tuple[Path, Path], look: Look
) -> None:
    body = look.role("body")
    with zipfile.ZipFile(written[0]) as package:
        styles = etree.fromstring(package.read("word/styles.xml"))
    (spacing,) = styles.iterfind(f".//{qn('w:pPrDefault')}//{qn('w:spacing')}")
    assert int(spacing.get(qn("w:after"))) == round(body.space_after * 20)
    assert int(spacing.get(qn("w:line"))) == round(body.line_height * 20)
    assert spacing.get(qn("w:lineRule")) == "atLeast"


def test_the_header_is_ruled_off_by_a_hairline_in_the_rule_colour(
    written: tuple[Path, Path], look: Look
) -> None:
    header = docx.Document(str(written[0])).styles["Header"].element
    (bottom,) = header.iterfind(f".//{qn('w:pBdr')}/{qn('w:bottom')}")
    assert bottom.get(qn("w:val")) == "single" and bottom.get(qn("w:sz")) == "4"
    assert bottom.get(qn("w:color")) == look.rule_colour.lstrip("#").upper()


@pytest.mark.parametrize(
    ("number", "letters", "numerals"),
    [
        (1, "a.", "i."),
        (4, "d.", "iv."),
        (9, "i.", "ix."),
        (14, "n.", "xiv."),
        (26, "z.", "xxvi."),
        (27, "aa.", "xxvii."),
        (28, "bb.", "xxviii."),
        (49, "ww.", "xlix."),
        (52, "zz.", "lii."),
        (53, "aaa.", "liii."),
        (94, "pppp.", "xciv."),  # 93 = 3 × 26 + 15: the 16th letter, four times
        (444, "bbbbbbbbbbbbbbbbbb.", "cdxliv."),
        (1994, "r" * 77 + ".", "mcmxciv."),  # 1993 = 76 × 26 + 17
        (3888, "n" * 150 + ".", "mmmdccclxxxviii."),  # 3887 = 149 × 26 + 13
    ],
)
def test_letters_and_numerals_count_as_word_counts(
    look: Look, number: int, letters: str, numerals: str
) -> None:
    lettered = look.list_level(ordered=True, level=1)
    roman = look.list_level(ordered=True, level=2)
    assert (lettered.label(number), roman.label(number)) == (letters, numerals)


@needs_libreoffice
@needs_poppler
def test_the_pdfs_list_markers_are_the_ones_libreoffice_gives_the_docx(
    look: Look, tmp_path: Path
) -> None:
    """Thirty items at each ordered level: past z the letters go aa, bb, as in Word."""
    document = document_of(thirty_at_each_level())
    docx_path, pdf_path = tmp_path / "lists.docx", tmp_path / "lists.pdf"
    write_docx(document, look, docx_path)
    write_pdf(document, look, pdf_path)
    office = convert_to_pdf(docx_path, tmp_path / "office")
    ours = list_markers("".join(page_texts(pdf_path)))
    assert len(ours) == 90 and ours[27] == "28." and ours[57] == "bb." and ours[87] == "xxviii."
    assert list_markers("".join(page_texts(office))) == ours


def _furniture_baselines(path: Path) -> tuple[float, float, float]:
    """The page height and the baselines of the running header and the page numbers
    (the text drawn as pagination artifacts), in points from the page bottom."""
    with pikepdf.open(path) as pdf:
        page = pdf.pages[0]
        height = float(page.MediaBox[3])
        shown, y = [], 0.0
        for stack, op, operands in marked_ops(page):
            if op == "Tm":
                y = float(operands[5])
            elif op in ("Tj", "TJ") and stack and stack[-1] == "/Artifact":
                shown.append(y)
    return height, max(shown), min(shown)


def test_the_header_rule_and_page_numbers_are_placed_as_the_look_says(
    look: Look, tmp_path: Path
) -> None:
    """Each edition places its page furniture by its own measure, read from the look:
    the PDF by the text's baselines, Word by its header's and footer's distances from
    the page edge; the header's hairline is the look's in both."""
    furniture = dataclasses.replace(
        look.furniture,
        header_baseline_mm=5.0,
        footer_baseline_mm=4.0,
        header_distance_mm=7.0,
        footer_distance_mm=8.0,
    )
    moved = dataclasses.replace(look, furniture=furniture, rule_width_pt=1.0)
    document = document_of(Paragraph((Run("Body text"),)))
    docx_path, pdf_path = tmp_path / "moved.docx", tmp_path / "moved.pdf"
    write_docx(document, moved, docx_path)
    write_pdf(document, moved, pdf_path)
    height, header, footer = _furniture_baselines(pdf_path)
    assert height - header == pytest.approx(5.0 * MM, abs=0.01)
    assert footer == pytest.approx(4.0 * MM, abs=0.01)
    word = docx.Document(str(docx_path))
    section = word.sections[0]
    assert section.header_distance.mm == pytest.approx(7.0, abs=0.01)
    assert section.footer_distance.mm == pytest.approx(8.0, abs=0.01)
    header = word.styles["Header"].element
    (bottom,) = header.iterfind(f".//{qn('w:pBdr')}/{qn('w:bottom')}")
    assert bottom.get(qn("w:sz")) == "8"  # eighths of a point
    grid = word.styles["Table Grid"].element
    assert {b.get(qn("w:sz")) for b in grid.iterfind(f".//{qn('w:tblBorders')}/*")} == {"8"}


def test_the_house_furniture_is_where_it_has_always_been(look: Look) -> None:
    """The house page (12 mm margins): the PDF's header baseline 0.55 of the top margin
    below the page top and its page numbers 0.45 of the bottom margin above the page
    bottom; Word's header and footer half a margin from the edge."""
    page = look.page
    assert look.furniture.header_baseline_mm == pytest.approx(page.margin_top_mm * 0.55)
    assert look.furniture.footer_baseline_mm == pytest.approx(page.margin_bottom_mm * 0.45)
    assert look.furniture.header_distance_mm == pytest.approx(page.margin_top_mm / 2)
    assert look.furniture.footer_distance_mm == pytest.approx(page.margin_bottom_mm / 2)
    assert look.rule_width_pt == 0.5
