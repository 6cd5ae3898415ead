"""Reading a council's Word template (generator/read/template.py) as Word reads it: each
style's look from the nearest style in its basedOn chain that sets it, then the
document defaults; theme fonts before named ones; the page from the last section."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from generator.core.errors import InputError
from generator.read.template import TemplatePage, TemplateStyle, read_template

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'

STYLES = f"""<w:styles {W}>
<w:docDefaults>
  <w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/>
  </w:rPr></w:rPrDefault>
  <w:pPrDefault><w:pPr><w:spacing w:after="160"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>
  <w:basedOn w:val="Normal"/>
  <w:pPr><w:spacing w:before="240" w:after="0"/></w:pPr>
  <w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:ascii="Arial"/><w:b/>
  <w:color w:val="1f4e79"/><w:sz w:val="32"/></w:rPr>
</w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>
  <w:basedOn w:val="Heading1"/>
  <w:rPr><w:rFonts w:hAnsiTheme="minorHAnsi"/><w:b w:val="0"/><w:i/><w:sz w:val="26"/></w:rPr>
</w:style>
<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/>
  <w:basedOn w:val="Normal"/>
  <w:rPr><w:rFonts w:hAnsi="Verdana"/><w:color w:val="auto"/><w:i w:val="off"/></w:rPr>
</w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/>
  <w:basedOn w:val="Looping"/></w:style>
<w:style w:type="paragraph" w:styleId="Looping"><w:name w:val="Looping"/>
  <w:basedOn w:val="Caption"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/></w:style>
</w:styles>"""

THEME = f"""<a:theme {A}><a:themeElements><a:fontScheme>
<a:majorFont><a:latin typeface="Georgia"/></a:majorFont>
<a:minorFont><a:latin typeface="Segoe UI"/></a:minorFont>
</a:fontScheme></a:themeElements></a:theme>"""

LANDSCAPE = (
    '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
    '<w:pgMar w:top="-720" w:right="851" w:bottom="720" w:left="851"/>'
)


def _template(folder: Path, section: str = LANDSCAPE, theme: str | None = THEME) -> Path:
    path = folder / "council.docx"
    body = f"<w:document {W}><w:body><w:p/><w:sectPr>{section}</w:sectPr></w:body></w:document>"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("word/styles.xml", STYLES)
        package.writestr("word/document.xml", body)
        if theme is not None:
            package.writestr("word/theme/theme1.xml", theme)
    return path


@pytest.mark.parametrize(
    ("name", "look"),
    [
        # the defaults: font and size from rPrDefault, space after from pPrDefault
        ("Normal", TemplateStyle("Calibri", 11.0, None, None, None, None, 8.0)),
        # a theme font wins over the named one; its own size, colour, bold and spacing
        ("Heading 1", TemplateStyle("Georgia", 16.0, "#1F4E79", True, None, 12.0, 0.0)),
        # the minor theme font named by hAnsiTheme; colour and spacing from Heading 1
        ("Heading 2", TemplateStyle("Segoe UI", 13.0, "#1F4E79", False, True, 12.0, 0.0)),
        # a font named for hAnsi only; 'auto' is no colour; italic 'off'
        ("Quote", TemplateStyle("Verdana", 11.0, None, None, False, None, 8.0)),
        # a basedOn loop is followed once round, then the defaults
        ("Caption", TemplateStyle("Calibri", 9.0, None, None, None, None, 8.0)),
    ],
)
def test_each_style_looks_as_word_shows_it(tmp_path: Path, name: str, look: TemplateStyle) -> None:
    template = read_template(_template(tmp_path), tmp_path / "house.yaml")
    assert template.styles[name] == look


def test_style_names_of_every_kind_are_known_and_only_paragraph_styles_are_read(
    tmp_path: Path,
) -> None:
    template = read_template(_template(tmp_path), tmp_path / "house.yaml")
    assert "Strong" in template.style_names and "Strong" not in template.styles
    assert set(template.styles) == {
        "Normal",
        "Heading 1",
        "Heading 2",
        "Quote",
        "Caption",
        "Looping",
    }


def test_without_a_theme_a_themed_font_falls_back_to_the_named_one(tmp_path: Path) -> None:
    template = read_template(_template(tmp_path, theme=None), tmp_path / "house.yaml")
    assert template.styles["Heading 1"].font == "Arial"
    assert template.styles["Heading 2"].font == "Arial"  # inherited from Heading 1


@pytest.mark.parametrize(
    ("section", "page"),
    [
        # A4 landscape, a top margin Word keeps fixed (negative), 12.7 and 15 mm
        (LANDSCAPE, TemplatePage(297.0, 210.0, 12.7, 12.7, 15.0, 15.0)),
        ('<w:pgSz w:w="11906" w:h="16838"/>', None),  # no margins: the house page applies
        ('<w:pgMar w:top="720" w:right="720" w:bottom="720" w:left="720"/>', None),
    ],
)
def test_the_page_is_the_last_sections(
    tmp_path: Path, section: str, page: TemplatePage | None
) -> None:
    assert read_template(_template(tmp_path, section), tmp_path / "house.yaml").page == page


def test_a_file_that_is_not_a_word_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "council.dotx"
    path.write_bytes(b"not a zip")
    with pytest.raises(InputError) as caught:
        read_template(path, tmp_path / "house.yaml")
    assert caught.value.message() == (
        f"{tmp_path / 'house.yaml'}, template: the template {path} cannot be read as a Word "
        "file (File is not a zip file). Save the template from Word as .docx or .dotx"
    )
