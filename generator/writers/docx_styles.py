"""The house style as real Word styles, so editors can restyle the document in Word.

Fonts, sizes and colours come from `Style`; spacing is derived from the font
sizes. The template's theme fonts (Calibri, Cambria) are replaced everywhere
by the house font, and its language (en-US) by the document's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn

from generator.style import Style
from generator.writers.docx_xml import (
    BORDER_SIDES,
    PPR_ORDER,
    RPR_ORDER,
    STYLE_ORDER,
    el,
    hex_colour,
    run_colour,
    run_fonts,
    run_size,
    set_child,
    twips,
)

NOTE_STYLE = "Note"
TABLE_TEXT_STYLE = "Table Text"
HYPERLINK_STYLE = "Hyperlink"
LEAD_STYLE = "Subtitle"
CAPTION_STYLE = "Caption"
MAX_HEADING = 9
MAX_LIST_LEVEL = 3  # the template has List Bullet / List Number 1 to 3

_THEME_FONT_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


def heading_style(level: int) -> str:
    return f"Heading {min(max(level, 1), MAX_HEADING)}"


def list_style(ordered: bool, level: int, *, continued: bool = False) -> str:
    """List Bullet, List Number 2, List Continue... for a list at `level` (0 is top)."""
    kind = "Continue" if continued else ("Number" if ordered else "Bullet")
    depth = min(level, MAX_LIST_LEVEL - 1)
    return f"List {kind}" + (f" {depth + 1}" if depth else "")


@dataclass(frozen=True)
class _Look:
    size: float
    colour: str
    bold: bool = False
    italic: bool = False
    before: float = 0.0  # points
    after: float = 0.0  # points
    single_line: bool = False
    rule_below: str | None = None  # colour of a hairline under the paragraph


def _looks(style: Style) -> dict[str, _Look]:
    text, heading, rule = style.colour("text"), style.colour("heading"), style.colour("rule")
    body, notes, table = style.size("body"), style.size("notes"), style.size("table")
    looks = {
        "Normal": _Look(body, text, after=0.6 * body),
        LEAD_STYLE: _Look(
            style.sizes.get("lead", style.size("subheading")), text, after=0.3 * body
        ),
        CAPTION_STYLE: _Look(notes, text, italic=True, before=0.6 * body, after=0.3 * notes),
        NOTE_STYLE: _Look(notes, text, after=0.4 * notes),
        TABLE_TEXT_STYLE: _Look(
            table, text, before=0.25 * table, after=0.25 * table, single_line=True
        ),
        "Header": _Look(style.size("footer"), text, single_line=True, rule_below=rule),
        "Footer": _Look(style.size("footer"), text, single_line=True),
    }
    by_level = {1: "title", 2: "heading", 3: "subheading"}
    for level in range(1, MAX_HEADING + 1):
        key = by_level.get(level, "minor_heading")
        size = style.sizes.get(key, style.size("subheading"))
        before = 0.0 if level == 1 else size
        looks[heading_style(level)] = _Look(
            size, heading, bold=True, before=before, after=0.4 * size
        )
    return looks


def apply_house_style(document: DocxDocument, style: Style, language: str) -> None:
    styles_root = document.styles.element
    _defaults(styles_root, style, language)
    for name in (NOTE_STYLE, TABLE_TEXT_STYLE):
        document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH).base_style = document.styles[
            "Normal"
        ]
    link = document.styles.add_style(HYPERLINK_STYLE, WD_STYLE_TYPE.CHARACTER, builtin=True)
    link.base_style = document.styles["Default Paragraph Font"]
    set_child(link.element, el("w:uiPriority", w_val=99), STYLE_ORDER)
    set_child(link.element, el("w:unhideWhenUsed"), STYLE_ORDER)
    link_rpr = set_child(link.element, el("w:rPr"), STYLE_ORDER)
    run_colour(link_rpr, style.colour("link"))
    set_child(link_rpr, el("w:u", w_val="single"), RPR_ORDER)
    for name, look in _looks(style).items():
        _restyle(document.styles[name].element, look, style.font_family)
    text_width = twips(style.page.text_width_mm)
    for name in ("Header", "Footer"):
        tabs = el("w:tabs")
        tabs.append(el("w:tab", w_val="center", w_pos=text_width // 2))
        tabs.append(el("w:tab", w_val="right", w_pos=text_width))
        set_child(document.styles[name].element.get_or_add_pPr(), tabs, PPR_ORDER)
    _themeless_fonts(styles_root, style.font_family)
    _table_grid(document.styles["Table Grid"].element, style.colour("rule"))
    settings = document.settings.element
    for proofed in settings.findall(qn("w:proofState")):  # let Word check the spelling
        settings.remove(proofed)
    for lang in settings.findall(qn("w:themeFontLang")):
        for attr in list(lang.attrib):
            lang.attrib.pop(attr)
        lang.set(qn("w:val"), language)


def _defaults(styles_root: Any, style: Style, language: str) -> None:
    defaults = styles_root.find(qn("w:docDefaults"))
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    set_child(rpr, run_fonts(style.font_family), RPR_ORDER)
    run_size(rpr, style.size("body"))
    set_child(rpr, el("w:lang", w_val=language, w_eastAsia=language, w_bidi=language), RPR_ORDER)
    ppr = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}")
    spacing = el("w:spacing", w_after=round(0.6 * style.size("body") * 20), w_line=276)
    spacing.set(qn("w:lineRule"), "auto")
    set_child(ppr, spacing, PPR_ORDER)
    set_child(ppr, el("w:widowControl"), PPR_ORDER)


def _restyle(element: Any, look: _Look, family: str) -> None:
    """Replace a paragraph style's character look and spacing; keep its other pPr."""
    for hidden in ("w:semiHidden", "w:hidden"):
        for old in element.findall(qn(hidden)):
            element.remove(old)
    set_child(element, el("w:qFormat"), STYLE_ORDER)
    rpr = set_child(element, el("w:rPr"), STYLE_ORDER)
    rpr.append(run_fonts(family))
    rpr.append(el("w:b", w_val=int(look.bold)))
    rpr.append(el("w:bCs", w_val=int(look.bold)))
    rpr.append(el("w:i", w_val=int(look.italic)))
    rpr.append(el("w:iCs", w_val=int(look.italic)))
    rpr.append(el("w:color", w_val=hex_colour(look.colour)))
    run_size(rpr, look.size)
    ppr = element.get_or_add_pPr()
    for numbering in ppr.findall(qn("w:numPr")):  # the template's Subtitle has one
        ppr.remove(numbering)
    for border in ppr.findall(qn("w:pBdr")):
        ppr.remove(border)
    if look.rule_below is not None:
        borders = el("w:pBdr")
        # sz is in eighths of a point: a half-point hairline, one point below the text.
        borders.append(
            el("w:bottom", w_val="single", w_sz=4, w_space=1, w_color=hex_colour(look.rule_below))
        )
        set_child(ppr, borders, PPR_ORDER)
    spacing = el("w:spacing", w_before=round(look.before * 20), w_after=round(look.after * 20))
    if look.single_line:
        spacing.set(qn("w:line"), "240")
        spacing.set(qn("w:lineRule"), "auto")
    set_child(ppr, spacing, PPR_ORDER)


def _themeless_fonts(styles_root: Any, family: str) -> None:
    """Theme fonts win over named ones in Word: name the house font everywhere instead."""
    for fonts in styles_root.iter(qn("w:rFonts")):
        if any(fonts.get(qn(attr)) is not None for attr in _THEME_FONT_ATTRS):
            for attr in _THEME_FONT_ATTRS:
                fonts.attrib.pop(qn(attr), None)
            for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
                fonts.set(qn(attr), family)


def _table_grid(element: Any, rule: str) -> None:
    for side in BORDER_SIDES:
        for border in element.iter(qn(side)):
            border.set(qn("w:color"), hex_colour(rule))


class ListNumbering:
    """Word list numbering: one new w:num per ordered list, so each restarts at 1."""

    def __init__(self, document: DocxDocument) -> None:
        self._document = document
        self._numbering = document.part.numbering_part.element
        self._style_num_ids: dict[str, int] = {}  # a style lookup scans every style

    def style_num_id(self, style_name: str) -> int:
        found = self._style_num_ids.get(style_name)
        if found is None:
            ppr = self._document.styles[style_name].element.pPr
            num_id = ppr.find(f"{qn('w:numPr')}/{qn('w:numId')}")
            found = self._style_num_ids[style_name] = int(num_id.get(qn("w:val")))
        return found

    def restarted(self, style_name: str) -> int:
        """A new numbering instance of the list style's definition, starting at 1."""
        template = self._numbering.num_having_numId(self.style_num_id(style_name))
        num = self._numbering.add_num(template.abstractNumId.val)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        return int(num.numId)
