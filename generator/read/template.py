"""A council's Word template, read for its look: styles, theme fonts and page.

Read with the standard library (the template is a zip of XML parts), so the
look can be resolved in the build's main process without loading python-docx.
The DOCX writer builds on the template itself; this module only tells the look
what the template's styles say, so the PDF can follow them. Both read it only
after zips.py's check: no part unpacks past its limit, none declares a DTD or an
entity.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from generator.core.errors import InputError
from generator.read.zips import PackageRefused, check_package

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
TWIPS_PER_MM = 1440 / 25.4
TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
DOCUMENT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_FIX = "Save the template from Word as .docx or .dotx"


@dataclass(frozen=True)
class TemplateStyle:
    """What a template's paragraph style gives (following basedOn); None where silent."""

    font: str | None
    size: float | None  # points
    colour: str | None  # "#RRGGBB"
    bold: bool | None
    italic: bool | None
    space_before: float | None  # points
    space_after: float | None  # points


@dataclass(frozen=True)
class TemplatePage:
    width_mm: float
    height_mm: float
    margin_top_mm: float
    margin_bottom_mm: float
    margin_left_mm: float
    margin_right_mm: float


@dataclass(frozen=True)
class Template:
    path: Path
    styles: dict[str, TemplateStyle]  # by style name, paragraph styles only
    style_names: frozenset[str]  # every style's name, of any type
    page: TemplatePage | None


def as_document_bytes(path: Path) -> bytes:
    """The template's bytes as a .docx: a .dotx's main part says it is a template,
    which python-docx refuses (python-docx #363, #1532); the parts are the same."""
    data = path.read_bytes()
    try:
        check_package(io.BytesIO(data))  # the bytes opened below, checked
    except PackageRefused as exc:
        raise InputError(
            f"the template cannot be read: {exc.problem}", file=str(path), fix=_FIX
        ) from exc
    source = zipfile.ZipFile(io.BytesIO(data))
    types = source.read("[Content_Types].xml")
    if TEMPLATE_MAIN.encode() not in types:
        return data
    out = io.BytesIO()
    with source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                content = content.replace(TEMPLATE_MAIN.encode(), DOCUMENT_MAIN.encode())
            target.writestr(info, content)
    return out.getvalue()


def read_template(path: Path, style_file: Path) -> Template:
    """The styles, theme fonts and page of a .docx or .dotx; unreadable -> InputError."""
    try:
        check_package(path)
        with zipfile.ZipFile(path) as package:
            names = set(package.namelist())
            styles_xml = package.read("word/styles.xml")
            theme = (
                package.read("word/theme/theme1.xml") if "word/theme/theme1.xml" in names else b""
            )
            document = package.read("word/document.xml")
        theme_fonts = _theme_fonts(theme)
        root = ElementTree.fromstring(styles_xml)
        by_id = {s.get(f"{_W}styleId", ""): s for s in root.iter(f"{_W}style")}
        defaults = root.find(f"{_W}docDefaults")
        styles = {
            _name(element): _resolve(element, by_id, defaults, theme_fonts)
            for element in by_id.values()
            if element.get(f"{_W}type") == "paragraph"
        }
        page = _page(ElementTree.fromstring(document))
    except PackageRefused as exc:
        raise InputError(
            f"the template {path} cannot be read: {exc.problem}",
            file=str(style_file),
            where="template",
            fix=_FIX,
        ) from exc
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, ElementTree.ParseError) as exc:
        raise InputError(
            f"the template {path} cannot be read as a Word file ({exc})",
            file=str(style_file),
            where="template",
            fix=_FIX,
        ) from exc
    return Template(
        path=path,
        styles=styles,
        style_names=frozenset(_name(element) for element in by_id.values()),
        page=page,
    )


def _name(style: ElementTree.Element) -> str:
    name = style.find(f"{_W}name")
    value = name.get(f"{_W}val", "") if name is not None else ""
    # Word writes some built-in names in lower case ("heading 1", "caption"), as
    # python-docx's BabelFish knows; the appendix uses their names as Word shows them.
    if value in ("caption", "header", "footer") or value.startswith("heading "):
        return value[0].upper() + value[1:]
    return value


def _theme_fonts(theme: bytes) -> dict[str, str]:
    """'major'/'minor' -> the theme's latin typeface."""
    if not theme:
        return {}
    root = ElementTree.fromstring(theme)
    fonts = {}
    for kind in ("major", "minor"):
        latin = root.find(f".//{_A}{kind}Font/{_A}latin")
        if latin is not None and latin.get("typeface"):
            fonts[kind] = str(latin.get("typeface"))
    return fonts


def _on(element: ElementTree.Element | None) -> bool | None:
    if element is None:
        return None
    return element.get(f"{_W}val", "true") not in ("0", "false", "off")


def _run_look(
    rpr: ElementTree.Element | None, theme: dict[str, str]
) -> tuple[str | None, float | None, str | None, bool | None, bool | None]:
    if rpr is None:
        return None, None, None, None, None
    font = None
    fonts = rpr.find(f"{_W}rFonts")
    if fonts is not None:
        themed = fonts.get(f"{_W}asciiTheme") or fonts.get(f"{_W}hAnsiTheme")
        if themed:  # a theme font wins over a named one in Word
            font = theme.get("major" if themed.startswith("major") else "minor")
        font = font or fonts.get(f"{_W}ascii") or fonts.get(f"{_W}hAnsi")
    size_element = rpr.find(f"{_W}sz")
    size = int(size_element.get(f"{_W}val", "0")) / 2 if size_element is not None else None
    colour_element = rpr.find(f"{_W}color")
    colour = None
    if colour_element is not None:
        value = colour_element.get(f"{_W}val", "auto")
        colour = None if value == "auto" else f"#{value.upper()}"
    return font, size, colour, _on(rpr.find(f"{_W}b")), _on(rpr.find(f"{_W}i"))


def _spacing(ppr: ElementTree.Element | None) -> tuple[float | None, float | None]:
    spacing = ppr.find(f"{_W}spacing") if ppr is not None else None
    if spacing is None:
        return None, None
    before, after = spacing.get(f"{_W}before"), spacing.get(f"{_W}after")
    return (
        int(before) / 20 if before is not None else None,
        int(after) / 20 if after is not None else None,
    )


def _resolve(
    style: ElementTree.Element,
    by_id: dict[str, ElementTree.Element],
    defaults: ElementTree.Element | None,
    theme: dict[str, str],
) -> TemplateStyle:
    """A style's look, each property from the nearest style in its basedOn chain
    that sets it, then from the document defaults."""
    values: list[object | None] = [None] * 7
    chain: list[ElementTree.Element] = []
    current: ElementTree.Element | None = style
    while current is not None and current not in chain:
        chain.append(current)
        based = current.find(f"{_W}basedOn")
        current = by_id.get(based.get(f"{_W}val", "")) if based is not None else None
    if defaults is not None:
        chain.append(defaults)
    for element in chain:
        rpr = element.find(f"{_W}rPr")
        if rpr is None:
            rpr = element.find(f"{_W}rPrDefault/{_W}rPr")
        ppr = element.find(f"{_W}pPr")
        if ppr is None:
            ppr = element.find(f"{_W}pPrDefault/{_W}pPr")
        found = (*_run_look(rpr, theme), *_spacing(ppr))
        values = [v if v is not None else f for v, f in zip(values, found, strict=True)]
    font, size, colour, bold, italic, before, after = values
    return TemplateStyle(
        font=font if isinstance(font, str) else None,
        size=size if isinstance(size, float) else None,
        colour=colour if isinstance(colour, str) else None,
        bold=bold if isinstance(bold, bool) else None,
        italic=italic if isinstance(italic, bool) else None,
        space_before=before if isinstance(before, float) else None,
        space_after=after if isinstance(after, float) else None,
    )


def _page(document: ElementTree.Element) -> TemplatePage | None:
    sections = list(document.iter(f"{_W}sectPr"))
    if not sections:
        return None
    section = sections[-1]
    size, margins = section.find(f"{_W}pgSz"), section.find(f"{_W}pgMar")
    if size is None or margins is None:
        return None

    def mm(element: ElementTree.Element, name: str) -> float:
        return round(int(element.get(f"{_W}{name}", "0")) / TWIPS_PER_MM, 1)

    return TemplatePage(
        width_mm=mm(size, "w"),
        height_mm=mm(size, "h"),
        margin_top_mm=abs(mm(margins, "top")),
        margin_bottom_mm=abs(mm(margins, "bottom")),
        margin_left_mm=mm(margins, "left"),
        margin_right_mm=mm(margins, "right"),
    )
