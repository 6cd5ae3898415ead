"""The council's Word template: the built DOCX is made on it, and the PDF follows it.

The template is made here with python-docx, as a council's would be in Word: a
serif body font (the theme's), red Heading 1 and 2, 20 mm margins on portrait
A4, a header with the council's logo, and its own "Note" and "Caption" styles.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import docx
import pikepdf
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor, Twips
from PIL import Image

from generator.look.resolve import resolve_look
from generator.read.style import hex_to_rgb, load_style
from generator.read.template import DOCUMENT_MAIN, TEMPLATE_MAIN
from generator.run.build import BuildOptions, build
from tests.report_folder import COMMENTARY, make_report
from tests.scope import shared
from tests.test_look import pdf_text_looks
from tests.writers.word_schema import numbering_errors

RED = "C00000"
NOTE_GREEN = "2E7D32"
CAPTION_PURPLE = "5B2C6F"
SERIF = "DejaVu Serif"


def logo() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 40), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def make_template(path: Path, *, font: str | None = SERIF) -> None:
    """A council's template, saved as .dotx (python-docx itself cannot open one); its
    theme's fonts `font`, or python-docx's own (Calibri headings, Cambria text) if None."""
    template = docx.Document()
    section = template.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
        setattr(section, side, Mm(20))
    for level in (1, 2):
        template.styles[f"Heading {level}"].font.color.rgb = RGBColor.from_string(RED)
    note = template.styles.add_style("Note", WD_STYLE_TYPE.PARAGRAPH)
    note.font.color.rgb = RGBColor.from_string(NOTE_GREEN)
    note.font.size = Pt(8.5)
    note.font.italic = True
    caption = template.styles["Caption"]
    caption.font.color.rgb = RGBColor.from_string(CAPTION_PURPLE)
    section.header.is_linked_to_previous = False
    section.header.paragraphs[0].add_run().add_picture(io.BytesIO(logo()), width=Mm(30))
    template.add_paragraph("Sample text of the template, replaced by the appendix.")
    buffer = io.BytesIO()
    template.save(buffer)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(DOCUMENT_MAIN.encode(), TEMPLATE_MAIN.encode())
            if font is not None and info.filename == "word/theme/theme1.xml":
                for old in (b'<a:latin typeface="Calibri"/>', b'<a:latin typeface="Cambria"/>'):
                    data = data.replace(old, f'<a:latin typeface="{font}"/>'.encode())
            target.writestr(info, data)


SERIF_FILES = f"""
fonts:
  "{SERIF}":
    regular: "matplotlib:DejaVuSerif.ttf"
    bold: "matplotlib:DejaVuSerif-Bold.ttf"
    italic: "matplotlib:DejaVuSerif-Italic.ttf"
    bold_italic: "matplotlib:DejaVuSerif-BoldItalic.ttf"
"""


def on_template(root: Path, *, fonts: str = SERIF_FILES, font: str | None = SERIF) -> Path:
    make_template(root / "styles" / "council.dotx", font=font)
    house = root / "styles" / "house.yaml"
    house.write_text(
        house.read_text(encoding="utf-8") + "\ntemplate: council.dotx\n" + fonts,
        encoding="utf-8",
    )
    return house


@pytest.fixture(scope=shared)
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    root = make_report(tmp_path_factory.mktemp("template") / "report")
    on_template(root)
    result = build(BuildOptions(root=root, quarter="2024-25 Q2", use_cache=False))
    docx_path, pdf_path = result.written
    return root / "styles" / "council.dotx", docx_path, pdf_path


def style_rpr(document: Any, name: str, tag: str) -> Any:
    rpr = document.styles[name].element.rPr
    return rpr.find(qn(tag)) if rpr is not None else None


def test_the_docx_keeps_the_templates_styles(built: tuple[Path, Path, Path]) -> None:
    _, docx_path, _ = built
    document = docx.Document(str(docx_path))
    for level in (1, 2):
        assert style_rpr(document, f"Heading {level}", "w:color").get(qn("w:val")) == RED
    assert style_rpr(document, "Note", "w:color").get(qn("w:val")) == NOTE_GREEN
    assert style_rpr(document, "Note", "w:sz").get(qn("w:val")) == "17"
    assert style_rpr(document, "Caption", "w:color").get(qn("w:val")) == CAPTION_PURPLE
    # the appendix's own styles the template lacks are added
    assert "Table Text" in {s.name for s in document.styles}
    # its sample text gave way to the appendix
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Sample text of the template" not in text and "Visits made reached" in text


def test_the_docx_keeps_the_templates_theme_page_and_header(
    built: tuple[Path, Path, Path],
) -> None:
    template_path, docx_path, _ = built
    with zipfile.ZipFile(template_path) as template, zipfile.ZipFile(docx_path) as made:
        theme = "word/theme/theme1.xml"
        assert made.read(theme) == template.read(theme)
        assert SERIF.encode() in made.read(theme)
        pictures = [n for n in made.namelist() if n.startswith("word/media/")]
        assert any(made.read(n) == logo() for n in pictures)
    section = docx.Document(str(docx_path)).sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert [round(getattr(section, f"{s}_margin").mm) for s in ("top", "left")] == [20, 20]
    header = section.header._element
    assert next(header.iter(qn("w:drawing")), None) is not None
    # The template's header is its own (a logo): the running header is not written over it.
    assert header.xpath(".//w:t/text()") == []
    # Its footer was empty: the page numbers go there.
    assert "".join(section.footer._element.xpath(".//w:t/text()")).startswith("Page")


def test_the_pdf_follows_the_template(built: tuple[Path, Path, Path]) -> None:
    _, _, pdf_path = built
    looks = pdf_text_looks(pdf_path)
    headings = [(tag, font, colour) for tag, font, _, colour in looks if tag in ("/H1", "/H2")]
    assert headings
    for _tag, font, colour in headings:
        assert font == "DejaVuSerif-Bold"
        assert colour == pytest.approx(hex_to_rgb(f"#{RED}"), abs=0.003)
    body = [font for tag, font, _, _ in looks if tag == "/P"]
    assert "DejaVuSerif" in body
    # the table's caption in the template's Caption colour
    captions = [colour for tag, _, _, colour in looks if tag == "/Caption"]
    assert captions
    for colour in captions:
        assert colour == pytest.approx(hex_to_rgb(f"#{CAPTION_PURPLE}"), abs=0.003)
    with pikepdf.open(pdf_path) as pdf:
        width, height = (float(v) for v in pdf.pages[0].MediaBox[2:])
        assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (210, 297)


def test_a_template_font_neither_installed_nor_given_is_drawn_in_the_house_font(
    tmp_path: Path,
) -> None:
    """A council's own font, installed nowhere and in no stand-in table: the PDF is
    drawn in the house font, and the one warning says so, naming where to give it."""
    root = make_report(tmp_path / "report")
    house = on_template(root, fonts="", font="Council Serif")
    look = resolve_look(load_style(house))
    assert look.heading(1).font == "Council Serif"
    assert look.font_files["Council Serif"] == look.style.fonts
    (warning,) = look.font_warnings("styles/house.yaml")
    assert warning.startswith(
        "styles/house.yaml: the template's font 'Council Serif' is not installed here"
    )
    assert "the house font 'DejaVu Sans'" in warning and "fonts:" in warning


def test_without_a_template_the_house_style_applies(tmp_path: Path) -> None:
    look = resolve_look(load_style(Path(__file__).resolve().parents[2] / "styles" / "house.yaml"))
    assert look.template is None and look.heading(1).colour == look.style.colour("heading")


def bare(template: Path, target: Path) -> None:
    """The template as Word saves a document with no list in it: no numbering part,
    and no list, caption or table styles of its own."""
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/numbering.xml":
                continue
            if info.filename == "word/_rels/document.xml.rels":
                data = re.sub(rb"<Relationship [^>]*numbering[^>]*/>", b"", data)
            if info.filename == "[Content_Types].xml":
                data = re.sub(rb"<Override [^>]*numbering[^>]*/>", b"", data)
            if info.filename == "word/styles.xml":
                data = re.sub(
                    rb'<w:style [^>]*w:styleId="(List[A-Za-z0-9]*|TableGrid|Caption)".*?</w:style>',
                    b"",
                    data,
                    flags=re.DOTALL,
                )
            out.writestr(info, data)


def test_a_bare_template_gets_the_styles_and_numbering_the_appendix_needs(tmp_path: Path) -> None:
    nested = "Steps taken:\n\n1. first\n   1. first of the first\n   2. second of it\n2. second\n"
    root = make_report(tmp_path / "report", commentary={**COMMENTARY, "TS2": nested})
    on_template(root)
    council = root / "styles" / "council.dotx"
    bare(council, tmp_path / "bare.dotx")
    shutil.copy(tmp_path / "bare.dotx", council)
    docx_path, pdf_path = build(BuildOptions(root=root, quarter="2024-25 Q2")).written
    document = docx.Document(str(docx_path))
    names = {s.name for s in document.styles}
    assert {"List Bullet", "List Number", "Table Grid", "Caption", "Note"} <= names
    bullets = [p for p in document.paragraphs if p.style.name == "List Bullet"]
    assert bullets and all(p._p.pPr.numPr is not None for p in bullets)
    assert pdf_path.stat().st_size > 0
    assert numbering_errors(docx_path) == []
    # The list styles it lacked hang their markers: each level further in, the
    # marker in the hanging half of the indent.
    indents = []
    for name in ("List Bullet", "List Bullet 2", "List Bullet 3"):
        fmt = document.styles[name].paragraph_format
        assert fmt.first_line_indent.twips == -(fmt.left_indent.twips // 2), name
        indents.append(fmt.left_indent.twips)
    assert indents == sorted(indents) and indents[0] > 0
    # Its table grid is ruled on every side in one hairline colour.
    grid = document.styles["Table Grid"].element
    sides = list(grid.iterfind(f".//{qn('w:tblBorders')}/*"))
    assert len(sides) == 6
    assert {(s.get(qn("w:val")), s.get(qn("w:sz")), s.get(qn("w:space"))) for s in sides} == {
        ("single", "4", "0")
    }
    assert len({s.get(qn("w:color")) for s in sides}) == 1
    # The headings it lacked are outline levels, for the navigation pane and contents.
    for level in (1, 2, 3):
        outline = document.styles[f"Heading {level}"].element.find(f".//{qn('w:outlineLvl')}")
        assert outline.get(qn("w:val")) == str(level - 1)
    # Nested lists are numbered by definitions of our own: each item's text at its
    # level's indent, its marker hanging back to where the level above has its text.
    look = resolve_look(load_style(root / "styles" / "house.yaml"))
    numbering = document.part.numbering_part.element
    for style, ordered, level in (("List Number", True, 0), ("List Number 2", True, 1)):
        (paragraph, *_) = [p for p in document.paragraphs if p.style.name == style]
        num = numbering.num_having_numId(paragraph._p.pPr.numPr.numId.val)
        abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        (abstract,) = [
            a
            for a in numbering.findall(qn("w:abstractNum"))
            if a.get(qn("w:abstractNumId")) == abstract_id
        ]
        indent = abstract.find(f".//{qn('w:ind')}")
        list_level = look.list_level(ordered=ordered, level=level)
        above = look.list_level(ordered=ordered, level=level - 1).indent_mm if level else 0.0
        left, hanging = int(indent.get(qn("w:left"))), int(indent.get(qn("w:hanging")))
        assert Twips(left).mm == pytest.approx(list_level.indent_mm, abs=0.05)
        assert Twips(left - hanging).mm == pytest.approx(above, abs=0.05)
        assert abstract.find(f".//{qn('w:numFmt')}").get(qn("w:val")) == list_level.number_format


def test_the_pdf_on_a_template_still_passes_pdfua(built: tuple[Path, Path, Path]) -> None:
    checker = Path(sys.executable).with_name("pdfua")
    result = subprocess.run(
        [str(checker), "check", str(built[2])], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
