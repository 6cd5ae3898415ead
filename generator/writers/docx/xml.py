"""WordprocessingML by hand: what python-docx has no API for.

Small builders over python-docx's XML layer: shading, hyperlinks, fields,
bookmarks, alt text, table row and cell properties. Every property element is
inserted in the order the schema (ECMA-376 part 1, transitional) requires, so
Word opens the file without a repair prompt.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

from generator.writers.escaping import xml_attribute, xml_text

# Child order of the property elements we touch (ECMA-376 part 1, 17.3-17.7).
PPR_ORDER = (
    "w:pStyle",
    "w:keepNext",
    "w:keepLines",
    "w:pageBreakBefore",
    "w:framePr",
    "w:widowControl",
    "w:numPr",
    "w:suppressLineNumbers",
    "w:pBdr",
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
RPR_ORDER = (
    "w:rStyle",
    "w:rFonts",
    "w:b",
    "w:bCs",
    "w:i",
    "w:iCs",
    "w:caps",
    "w:smallCaps",
    "w:strike",
    "w:dstrike",
    "w:outline",
    "w:shadow",
    "w:emboss",
    "w:imprint",
    "w:noProof",
    "w:snapToGrid",
    "w:vanish",
    "w:webHidden",
    "w:color",
    "w:spacing",
    "w:w",
    "w:kern",
    "w:position",
    "w:sz",
    "w:szCs",
    "w:highlight",
    "w:u",
    "w:effect",
    "w:bdr",
    "w:shd",
    "w:fitText",
    "w:vertAlign",
    "w:rtl",
    "w:cs",
    "w:em",
    "w:lang",
    "w:eastAsianLayout",
    "w:specVanish",
    "w:oMath",
)
TCPR_ORDER = (
    "w:cnfStyle",
    "w:tcW",
    "w:gridSpan",
    "w:hMerge",
    "w:vMerge",
    "w:tcBorders",
    "w:shd",
    "w:noWrap",
    "w:tcMar",
    "w:textDirection",
    "w:tcFitText",
    "w:vAlign",
    "w:hideMark",
    "w:headers",
    "w:cellIns",
    "w:cellDel",
    "w:cellMerge",
    "w:tcPrChange",
)
TRPR_ORDER = (
    "w:cnfStyle",
    "w:divId",
    "w:gridBefore",
    "w:gridAfter",
    "w:wBefore",
    "w:wAfter",
    "w:cantSplit",
    "w:trHeight",
    "w:tblHeader",
    "w:tblCellSpacing",
    "w:jc",
    "w:hidden",
    "w:ins",
    "w:del",
    "w:trPrChange",
)
TBLPR_ORDER = (
    "w:tblStyle",
    "w:tblpPr",
    "w:tblOverlap",
    "w:bidiVisual",
    "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize",
    "w:tblW",
    "w:jc",
    "w:tblCellSpacing",
    "w:tblInd",
    "w:tblBorders",
    "w:shd",
    "w:tblLayout",
    "w:tblCellMar",
    "w:tblLook",
    "w:tblCaption",
    "w:tblDescription",
    "w:tblPrChange",
)
STYLE_ORDER = (
    "w:name",
    "w:aliases",
    "w:basedOn",
    "w:next",
    "w:link",
    "w:autoRedefine",
    "w:hidden",
    "w:uiPriority",
    "w:semiHidden",
    "w:unhideWhenUsed",
    "w:qFormat",
    "w:locked",
    "w:personal",
    "w:personalCompose",
    "w:personalReply",
    "w:rsid",
    "w:pPr",
    "w:rPr",
    "w:tblPr",
    "w:trPr",
    "w:tcPr",
    "w:tblStylePr",
)
SECT_ORDER = (
    "w:headerReference",
    "w:footerReference",
    "w:footnotePr",
    "w:endnotePr",
    "w:type",
    "w:pgSz",
    "w:pgMar",
    "w:paperSrc",
    "w:pgBorders",
    "w:lnNumType",
    "w:pgNumType",
    "w:cols",
    "w:formProt",
    "w:vAlign",
    "w:noEndnote",
    "w:titlePg",
    "w:textDirection",
    "w:bidi",
    "w:rtlGutter",
    "w:docGrid",
    "w:printerSettings",
    "w:sectPrChange",
)
BORDER_SIDES = ("w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV")

# Every property element whose children must follow a sequence, by its tag.
SCHEMA_ORDER: dict[str, tuple[str, ...]] = {
    "w:pPr": PPR_ORDER,
    "w:rPr": RPR_ORDER,
    "w:tcPr": TCPR_ORDER,
    "w:trPr": TRPR_ORDER,
    "w:tblPr": TBLPR_ORDER,
    "w:style": STYLE_ORDER,
    "w:tblBorders": BORDER_SIDES,
}

TWIPS_PER_MM = 1440 / 25.4


def twips(mm: float) -> int:
    return round(mm * TWIPS_PER_MM)


def eighths(points: float) -> int:
    """A border's width as WordprocessingML writes it (w:sz), in eighths of a point."""
    return round(points * 8)


def hex_colour(colour: str) -> str:
    """'#12436d' -> '12436D', as WordprocessingML writes colours."""
    return colour.lstrip("#").upper()


def el(tag: str, **attrs: str | int) -> Any:
    """A new element; attribute names are written `w_val` for `w:val`."""
    element = OxmlElement(tag)
    for name, value in attrs.items():
        element.set(qn(name.replace("_", ":", 1)), str(value))
    return element


@cache
def _ranks(order: tuple[str, ...]) -> Mapping[str, int]:
    """Each tag's place in `order`, by its qualified name: worked out once a process."""
    return {qn(name): i for i, name in enumerate(order)}


def set_child(parent: Any, child: Any, order: tuple[str, ...]) -> Any:
    """Put `child` into `parent` at its schema position, replacing one of the same tag."""
    tag = child.tag
    for old in parent.findall(tag):
        parent.remove(old)
    rank = _ranks(order)
    mine = rank.get(tag, len(order))
    for i, sibling in enumerate(parent):
        if rank.get(sibling.tag, len(order)) > mine:
            parent.insert(i, child)
            return child
    parent.append(child)
    return child


def shading(fill: str) -> Any:
    return el("w:shd", w_val="clear", w_color="auto", w_fill=hex_colour(fill))


def run_colour(rpr: Any, colour: str) -> None:
    set_child(rpr, el("w:color", w_val=hex_colour(colour)), RPR_ORDER)


def run_fonts(family: str) -> Any:
    return el("w:rFonts", w_ascii=family, w_hAnsi=family, w_eastAsia=family, w_cs=family)


def run_size(rpr: Any, points: float) -> None:
    half_points = round(points * 2)
    set_child(rpr, el("w:sz", w_val=half_points), RPR_ORDER)
    set_child(rpr, el("w:szCs", w_val=half_points), RPR_ORDER)


def hyperlink(rid: str, run: Any) -> Any:
    """Wrap a `w:r` in a `w:hyperlink` to the external relationship `rid`."""
    link = el("w:hyperlink", w_history="1")
    link.set(qn("r:id"), rid)
    link.append(run)
    return link


def simple_field(instruction: str, placeholder: str) -> Any:
    """A field Word and LibreOffice update on their own, e.g. PAGE or NUMPAGES."""
    field = el("w:fldSimple", w_instr=f" {instruction} ")
    run = el("w:r")
    rpr = el("w:rPr")
    rpr.append(el("w:noProof"))
    run.append(rpr)
    text = el("w:t")
    text.text = placeholder
    run.append(text)
    field.append(run)
    return field


def bookmark(p: Any, bookmark_id: int, name: str) -> None:
    """Bookmark the whole paragraph `p` as `name`."""
    start = el("w:bookmarkStart", w_id=bookmark_id, w_name=name)
    ppr = p.find(qn("w:pPr"))
    p.insert(0 if ppr is None else 1, start)
    p.append(el("w:bookmarkEnd", w_id=bookmark_id))


def bookmark_name(anchor: str) -> str:
    """A valid Word bookmark name: a letter first, then letters, digits, '_'; 40 at most."""
    cleaned = "".join(c if c.isalnum() and c.isascii() else "_" for c in anchor)
    if not cleaned[:1].isalpha():
        cleaned = "a" + cleaned
    return cleaned[:40]


def describe_picture(inline: Any, name: str, alt: str) -> None:
    """Alt text on a `wp:inline` picture: docPr/@descr (and @title), plus the pic name."""
    doc_pr = inline.find(qn("wp:docPr"))
    doc_pr.set("name", name)
    doc_pr.set("descr", alt)
    doc_pr.set("title", alt)
    for c_nv_pr in inline.iter(qn("pic:cNvPr")):
        c_nv_pr.set("name", f"{name}.png")
        c_nv_pr.set("descr", alt)


def renumber_drawings(body: Any) -> None:
    """docPr ids 1, 2, 3... in document order: unique, and the same on every run."""
    for number, doc_pr in enumerate(body.iter(qn("wp:docPr")), start=1):
        doc_pr.set("id", str(number))


def cell_xml(
    text: str,
    *,
    width_twips: int,
    style_id: str,
    fill: str | None,
    colour: str | None,
    bold: bool,
    right: bool,
) -> str:
    """One table cell as WordprocessingML text, its children in schema order."""
    shd = f'<w:shd w:val="clear" w:color="auto" w:fill="{hex_colour(fill)}"/>' if fill else ""
    jc = '<w:jc w:val="right"/>' if right else ""
    marks = ("<w:b/>" if bold else "") + (
        f'<w:color w:val="{hex_colour(colour)}"/>' if colour else ""
    )
    rpr = f"<w:rPr>{marks}</w:rPr>" if marks else ""
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width_twips}" w:type="dxa"/>{shd}</w:tcPr>'
        f'<w:p><w:pPr><w:pStyle w:val="{xml_attribute(style_id)}"/>{jc}</w:pPr>'
        f'<w:r>{rpr}<w:t xml:space="preserve">{xml_text(text)}</w:t></w:r></w:p></w:tc>'
    )


def row_xml(cells: list[str], *, header: bool) -> Any:
    """A table row that is never split across pages; a header row repeats on each page."""
    repeat = "<w:tblHeader/>" if header else ""
    return parse_xml(
        f"<w:tr {nsdecls('w')}><w:trPr><w:cantSplit/>{repeat}</w:trPr>{''.join(cells)}</w:tr>"
    )


def table_geometry(tbl: Any, widths_twips: list[int], *, caption: str | None) -> None:
    """Fixed column widths that add up to the table width, and the table's caption."""
    tblpr = tbl.tblPr
    set_child(tblpr, el("w:tblW", w_w=sum(widths_twips), w_type="dxa"), TBLPR_ORDER)
    set_child(tblpr, el("w:tblLayout", w_type="fixed"), TBLPR_ORDER)
    if caption:
        set_child(tblpr, el("w:tblCaption", w_val=caption), TBLPR_ORDER)
    grid = tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths_twips, strict=True):
        col.set(qn("w:w"), str(width))


def split_widths(total: int, shares: list[float]) -> list[int]:
    """Split `total` (twips) in proportion to `shares`; the parts add up exactly."""
    whole = total
    weight = sum(shares)
    edges = [round(whole * sum(shares[: i + 1]) / weight) for i in range(len(shares))]
    return [b - a for a, b in zip([0, *edges[:-1]], edges, strict=True)]


def set_language(unit: Any, language: str) -> None:
    """Mark every run of a w:p or w:tr, and each paragraph's mark, as in `language`
    (a bilingual document's English part, in a document whose language is Welsh)."""
    for p in unit.iter(qn("w:p")):
        ppr = p.get_or_add_pPr()
        mark = ppr.find(qn("w:rPr"))
        if mark is None:
            mark = set_child(ppr, el("w:rPr"), PPR_ORDER)
        set_child(mark, el("w:lang", w_val=language), RPR_ORDER)
        for run in p.iter(qn("w:r")):
            set_child(run.get_or_add_rPr(), el("w:lang", w_val=language), RPR_ORDER)


def set_on_paragraphs(unit: Any, tag: str, *, only_first: bool = False) -> None:
    """Set an on/off paragraph property on a w:p, or on the paragraphs of a w:tr."""
    paragraphs = [unit] if unit.tag == qn("w:p") else list(unit.iter(qn("w:p")))
    for p in paragraphs[:1] if only_first else paragraphs:
        set_child(p.get_or_add_pPr(), el(tag), PPR_ORDER)


# Every namespace a section's XML may use, declared on the element its kept XML is
# parsed in: on moving into the document, a declaration the document makes already
# is dropped, so the body serialises as it did when the section was built.
_KEPT_NAMESPACES = ("w", "r", "wp", "a", "pic")


def parse_elements(xml: str) -> Any:
    """Body elements (kept XML, `etree.tostring` of each, joined) as the children of one
    holding element."""
    return parse_xml(f"<w:body {nsdecls(*_KEPT_NAMESPACES)}>{xml}</w:body>")


_RELATION_ATTRIBUTES = (qn("r:embed"), qn("r:id"))


def renumber(
    holder: Any, relations: Mapping[str, str], numbers: Mapping[str, str], bookmark_shift: int
) -> None:
    """In kept XML (`holder`'s children): each relationship id and list number given out
    again (old -> new; those not named stay), each bookmark id moved by `bookmark_shift`."""
    for element in holder.iter(qn("a:blip"), qn("w:hyperlink")):
        for name in _RELATION_ATTRIBUTES:
            old = element.get(name)
            if old is not None and old in relations:
                element.set(name, relations[old])
    if numbers:
        for element in holder.iter(qn("w:numId")):
            old = element.get(qn("w:val"))
            if old in numbers:
                element.set(qn("w:val"), numbers[old])
    if bookmark_shift:
        for element in holder.iter(qn("w:bookmarkStart"), qn("w:bookmarkEnd")):
            element.set(qn("w:id"), str(int(element.get(qn("w:id"))) + bookmark_shift))
