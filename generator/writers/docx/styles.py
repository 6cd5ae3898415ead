"""The look as real Word styles, so editors can restyle the document in Word.

Fonts, sizes, colours, spacing and rules come from the `Look`. The template's
theme fonts (Calibri, Cambria) are replaced everywhere by the house font, and its
language (en-US) by the document's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import parse_xml
from docx.oxml.ns import nsmap, qn
from docx.parts.numbering import NumberingPart

from generator.look.resolve import Look, TextLook
from generator.writers.docx.xml import (
    BORDER_SIDES,
    PPR_ORDER,
    RPR_ORDER,
    STYLE_ORDER,
    eighths,
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
MAX_HEADING = 9  # Word's Heading 1 to 9; levels past the look's deepest look like it
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
class _StyleLook:
    text: TextLook
    single_line: bool = False  # one line's height whatever the look's leading
    rule_below: str | None = None  # colour of a hairline under the paragraph
    rule_width_pt: float = 0.0
    rule_space_pt: int = 0  # between the text and the hairline


def _style_looks(look: Look) -> dict[str, _StyleLook]:
    """Word paragraph style -> the look's answer for the role it carries."""
    looks = {
        "Normal": _StyleLook(look.role("body")),
        LEAD_STYLE: _StyleLook(look.role("lead")),
        CAPTION_STYLE: _StyleLook(look.role("caption")),
        NOTE_STYLE: _StyleLook(look.role("note")),
        TABLE_TEXT_STYLE: _StyleLook(look.role("table"), single_line=True),
        "Header": _StyleLook(
            look.role("header"),
            single_line=True,
            rule_below=look.rule_colour,
            rule_width_pt=look.rule_width_pt,
            rule_space_pt=look.furniture.header_rule_space_pt,
        ),
        "Footer": _StyleLook(look.role("footer"), single_line=True),
    }
    for level in range(1, MAX_HEADING + 1):
        looks[heading_style(level)] = _StyleLook(look.heading(level))
    return looks


def apply_house_style(document: DocxDocument, look: Look, language: str) -> None:
    styles_root = document.styles.element
    _defaults(styles_root, look, language)
    for name in (NOTE_STYLE, TABLE_TEXT_STYLE):
        document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH).base_style = document.styles[
            "Normal"
        ]
    link = document.styles.add_style(HYPERLINK_STYLE, WD_STYLE_TYPE.CHARACTER, builtin=True)
    link.base_style = document.styles["Default Paragraph Font"]
    set_child(link.element, el("w:uiPriority", w_val=99), STYLE_ORDER)
    set_child(link.element, el("w:unhideWhenUsed"), STYLE_ORDER)
    link_rpr = set_child(link.element, el("w:rPr"), STYLE_ORDER)
    run_colour(link_rpr, look.link_colour)
    set_child(link_rpr, el("w:u", w_val="single"), RPR_ORDER)
    for name, style_look in _style_looks(look).items():
        _restyle(document.styles[name].element, style_look)
    _list_numbering(document, look)
    text_width = twips(look.page.text_width_mm)
    for name in ("Header", "Footer"):
        tabs = el("w:tabs")
        tabs.append(el("w:tab", w_val="center", w_pos=text_width // 2))
        tabs.append(el("w:tab", w_val="right", w_pos=text_width))
        set_child(document.styles[name].element.get_or_add_pPr(), tabs, PPR_ORDER)
    _themeless_fonts(styles_root, look.font_family)
    _table_grid(document.styles["Table Grid"].element, look)
    settings = document.settings.element
    for proofed in settings.findall(qn("w:proofState")):  # let Word check the spelling
        settings.remove(proofed)
    for lang in settings.findall(qn("w:themeFontLang")):
        for attr in list(lang.attrib):
            lang.attrib.pop(attr)
        lang.set(qn("w:val"), language)


def _defaults(styles_root: Any, look: Look, language: str) -> None:
    body = look.role("body")
    defaults = styles_root.find(qn("w:docDefaults"))
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    set_child(rpr, run_fonts(body.font), RPR_ORDER)
    run_size(rpr, body.size)
    set_child(rpr, el("w:lang", w_val=language, w_eastAsia=language, w_bidi=language), RPR_ORDER)
    ppr = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}")
    spacing = el("w:spacing", w_after=round(body.space_after * 20), w_line=_line(body))
    spacing.set(qn("w:lineRule"), "atLeast")
    set_child(ppr, spacing, PPR_ORDER)
    set_child(ppr, el("w:widowControl"), PPR_ORDER)


def _line(text: TextLook) -> int:
    """The look's line height in twips (Word's "at least", so pictures still fit)."""
    return round(text.line_height * 20)


def _restyle(element: Any, style_look: _StyleLook) -> None:
    """Replace a paragraph style's character look and spacing; keep its other pPr."""
    look, family = style_look.text, style_look.text.font
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
    if style_look.rule_below is not None:
        borders = el("w:pBdr")
        borders.append(
            el(
                "w:bottom",
                w_val="single",
                w_sz=eighths(style_look.rule_width_pt),
                w_space=style_look.rule_space_pt,
                w_color=hex_colour(style_look.rule_below),
            )
        )
        set_child(ppr, borders, PPR_ORDER)
    spacing = el(
        "w:spacing", w_before=round(look.space_before * 20), w_after=round(look.space_after * 20)
    )
    if style_look.single_line:
        spacing.set(qn("w:line"), "240")
        spacing.set(qn("w:lineRule"), "auto")
    else:
        spacing.set(qn("w:line"), str(_line(look)))
        spacing.set(qn("w:lineRule"), "atLeast")
    set_child(ppr, spacing, PPR_ORDER)
    for keep in ppr.findall(qn("w:keepNext")):
        ppr.remove(keep)
    if look.keep_with_next:
        set_child(ppr, el("w:keepNext"), PPR_ORDER)


def _themeless_fonts(styles_root: Any, family: str) -> None:
    """Theme fonts win over named ones in Word: name the house font everywhere instead."""
    for fonts in styles_root.iter(qn("w:rFonts")):
        if any(fonts.get(qn(attr)) is not None for attr in _THEME_FONT_ATTRS):
            for attr in _THEME_FONT_ATTRS:
                fonts.attrib.pop(qn(attr), None)
            for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
                fonts.set(qn(attr), family)


def _table_grid(element: Any, look: Look) -> None:
    """The blank document's Table Grid, ruled in the look's hairline."""
    for side in BORDER_SIDES:
        for border in element.iter(qn(side)):
            border.set(qn("w:color"), hex_colour(look.rule_colour))
    for borders in element.iter(qn("w:tblBorders")):
        for border in borders:
            border.set(qn("w:sz"), str(eighths(look.rule_width_pt)))


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


def _list_numbering(document: DocxDocument, look: Look) -> None:
    """Each list style's marker as the look numbers that level ("1.", "a.", "•")."""
    numbering = document.part.numbering_part.element
    abstracts = {a.get(qn("w:abstractNumId")): a for a in numbering.findall(qn("w:abstractNum"))}
    for ordered in (True, False):
        for level in range(MAX_LIST_LEVEL):
            name = list_style(ordered, level)
            num_id = document.styles[name].element.pPr.find(f"{qn('w:numPr')}/{qn('w:numId')}")
            num = numbering.num_having_numId(int(num_id.get(qn("w:val"))))
            abstract = abstracts[str(num.abstractNumId.val)]
            lvl = next(
                child for child in abstract.findall(qn("w:lvl")) if child.get(qn("w:ilvl")) == "0"
            )
            list_look = look.list_level(ordered=ordered, level=level)
            lvl.find(qn("w:numFmt")).set(qn("w:val"), list_look.number_format)
            # "%1." is the number in the level's format, then a full stop, as label() gives
            lvl_text = "%1." if ordered else list_look.bullet
            lvl.find(qn("w:lvlText")).set(qn("w:val"), lvl_text)
            rpr = lvl.find(qn("w:rPr"))
            if rpr is not None and not ordered:  # the template's bullets are Symbol glyphs
                for fonts in rpr.findall(qn("w:rFonts")):
                    rpr.remove(fonts)
                rpr.insert(0, run_fonts(list_look.text.font))


# The council's template ---------------------------------------------------------------


def _list_style_names() -> list[tuple[str, bool, int]]:
    names = []
    for level in range(MAX_LIST_LEVEL):
        for ordered in (True, False):
            names.append((list_style(ordered, level), ordered, level))
        names.append((list_style(False, level, continued=True), False, level))
    return names


def apply_template_look(document: DocxDocument, look: Look, language: str) -> None:
    """On a council's template: keep every style it has as it is, and add the ones
    the appendix needs that it lacks, in the look's answer for them."""
    styles = document.styles
    have = {style.name for style in styles}
    base = styles["Normal"] if "Normal" in have else None
    for name, style_look in _style_looks(look).items():
        if name in have:
            continue
        added = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        if base is not None and name != "Normal":
            added.base_style = base
        _restyle(added.element, style_look)
        if name.startswith("Heading "):
            level = int(name.split()[1])
            set_child(
                added.element.get_or_add_pPr(), el("w:outlineLvl", w_val=level - 1), PPR_ORDER
            )
        have.add(name)
    for name, ordered, level in _list_style_names():
        if name in have:
            continue
        added = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        if base is not None:
            added.base_style = base
        indent = twips(look.list_level(ordered=ordered, level=level).indent_mm)
        set_child(
            added.element.get_or_add_pPr(),
            el("w:ind", w_left=indent, w_hanging=indent // 2),
            PPR_ORDER,
        )
        have.add(name)
    if HYPERLINK_STYLE not in have:
        link = styles.add_style(HYPERLINK_STYLE, WD_STYLE_TYPE.CHARACTER)
        link_rpr = set_child(link.element, el("w:rPr"), STYLE_ORDER)
        run_colour(link_rpr, look.link_colour)
        set_child(link_rpr, el("w:u", w_val="single"), RPR_ORDER)
    if "Table Grid" not in have:
        grid = styles.add_style("Table Grid", WD_STYLE_TYPE.TABLE)
        tblpr = set_child(grid.element, el("w:tblPr"), STYLE_ORDER)
        borders = el("w:tblBorders")
        for side in BORDER_SIDES:
            borders.append(
                el(
                    side,
                    w_val="single",
                    w_sz=eighths(look.rule_width_pt),
                    w_space=0,
                    w_color=hex_colour(look.rule_colour),
                )
            )
        tblpr.append(borders)
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}") if defaults is not None else None
    if rpr is not None and rpr.find(qn("w:lang")) is None:
        set_child(
            rpr, el("w:lang", w_val=language, w_eastAsia=language, w_bidi=language), RPR_ORDER
        )


class OwnListNumbering(ListNumbering):
    """On a template: lists are numbered by definitions of our own, made from the
    look, so the template's numbering is left as it is and the markers agree with
    the PDF's."""

    def __init__(self, document: DocxDocument, look: Look) -> None:
        _ensure_numbering_part(document)
        super().__init__(document)
        self._look = look
        self._levels = {name: (ordered, level) for name, ordered, level in _list_style_names()}
        ids = [
            int(a.get(qn("w:abstractNumId"))) for a in self._numbering.findall(qn("w:abstractNum"))
        ]
        self._next_abstract = max(ids, default=0) + 1

    def style_num_id(self, style_name: str) -> int:
        found = self._style_num_ids.get(style_name)
        if found is None:
            ordered, level = self._levels[style_name]
            list_look = self._look.list_level(ordered=ordered, level=level)
            abstract_id = self._next_abstract
            self._next_abstract += 1
            abstract = el("w:abstractNum", w_abstractNumId=abstract_id)
            abstract.append(el("w:multiLevelType", w_val="singleLevel"))
            lvl = el("w:lvl", w_ilvl=0)
            lvl.append(el("w:start", w_val=1))
            lvl.append(el("w:numFmt", w_val=list_look.number_format))
            lvl.append(el("w:lvlText", w_val="%1." if ordered else list_look.bullet))
            lvl.append(el("w:lvlJc", w_val="left"))
            ppr = el("w:pPr")
            indent = twips(list_look.indent_mm)
            ppr.append(el("w:ind", w_left=indent, w_hanging=twips(list_look.hang_mm)))
            lvl.append(ppr)
            abstract.append(lvl)
            existing = self._numbering.findall(qn("w:abstractNum"))
            if existing:
                existing[-1].addnext(abstract)
            else:
                self._numbering.insert(0, abstract)
            found = self._style_num_ids[style_name] = int(
                self._numbering.add_num(abstract_id).numId
            )
        return found


def _ensure_numbering_part(document: DocxDocument) -> None:
    """A template saved by Word with no list in it has no numbering part, and
    python-docx cannot make one (NumberingPart.new is not implemented)."""
    try:
        document.part.part_related_by(RT.NUMBERING)
    except KeyError:
        element = parse_xml(f'<w:numbering xmlns:w="{nsmap["w"]}"/>')
        part = NumberingPart(
            PackURI("/word/numbering.xml"), CT.WML_NUMBERING, element, document.part.package
        )
        document.part.relate_to(part, RT.NUMBERING)
