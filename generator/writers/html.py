"""The HTML writer: the document model as one self-contained web page.

One handler per block type; no content decisions. The page needs no script and
fetches nothing: charts are PNG `data:` URIs and the style sheet is inline. It
reflows to 320 CSS pixels (data tables scroll inside their own focusable
region) and prints as the paper does: A4 landscape, each indicator on a new page.

Every presentation value the page reads from the look is gathered in `look()`,
at the top.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from generator.core.model import (
    BETWEEN_LANGUAGES,
    Block,
    Document,
    Figure,
    Heading,
    IconLine,
    Inline,
    LineBreak,
    ListBlock,
    Notes,
    NotesLine,
    Paragraph,
    Rating,
    Run,
    Section,
    SideBySide,
    Table,
)
from generator.writers.escaping import safe_href, xml_attribute, xml_text

if TYPE_CHECKING:
    from generator.look.resolve import ListLevel, Look, WebLook

PX_PER_MM = 96 / 25.4
# Word's lowerLetter counts a ... z, aa, bb ... zz, aaa (CSS's lower-alpha goes aa, ab):
# a counter of its own keeps the page's markers the DOCX's and the PDF's.
LETTERS_COUNTER = "letters-as-word"
_LIST_STYLE = {"decimal": "decimal", "lowerLetter": LETTERS_COUNTER, "lowerRoman": "lower-roman"}


def list_class(level: ListLevel) -> str:
    return f"list-{'o' if level.ordered else 'u'}{level.level}"


def list_style_type(level: ListLevel) -> str:
    """The CSS marker of a list level: its number format, or its bullet."""
    if level.ordered:
        return _LIST_STYLE[level.number_format]
    return css_string(level.bullet + " ")


@dataclass(frozen=True)
class HtmlLook:
    """The presentation values the page uses, read from the look."""

    font_family: str
    sizes_pt: dict[str, float]
    colours: dict[str, str]
    rag: dict[str, tuple[str, str]]  # tone -> (fill, text)
    page_size: str  # CSS @page size, e.g. "A4 landscape"
    margins_mm: tuple[float, float, float, float]  # top, right, bottom, left
    heading_leading: float  # line height of a heading, as a multiple of its size
    web: WebLook  # the page's own measures on a screen
    chart_px: int  # a chart's width as drawn, in CSS pixels: the narrowest it is shown
    lists: tuple[tuple[str, str], ...]  # (class, CSS list-style-type) of each list level
    list_level: Callable[..., ListLevel]  # the look's level for a list at a depth
    icon_gap_px: int  # between an icon and the words of its line


def look(resolved: Look) -> HtmlLook:
    """Everything the page reads from the resolved look, in one place."""
    page = resolved.page
    body = resolved.role("body")
    return HtmlLook(
        font_family=resolved.font_family,
        sizes_pt={
            "body": body.size,
            "title": resolved.heading(1).size,
            "heading": resolved.heading(2).size,
            "subheading": resolved.heading(3).size,
            "minor_heading": resolved.heading(4).size,
            "lead": resolved.role("lead").size,
            "notes": resolved.role("note").size,
            "table": resolved.role("table").size,
            "header": resolved.role("header").size,
            "footer": resolved.role("footer").size,
        },
        colours={
            "text": body.colour,
            "heading": resolved.heading(2).colour,
            "link": resolved.link_colour,
            "rule": resolved.rule_colour,
            "notes_background": resolved.notes_background,
            "table_header_background": resolved.table_header_background,
            "table_header_text": resolved.table_header_text,
        },
        rag={tone: (t.fill, t.text) for tone, t in resolved.tones.items()},
        page_size=f"{page.width_mm:g}mm {page.height_mm:g}mm",
        margins_mm=(
            page.margin_top_mm,
            page.margin_right_mm,
            page.margin_bottom_mm,
            page.margin_left_mm,
        ),
        heading_leading=resolved.heading(1).leading,
        web=resolved.web,
        chart_px=round(resolved.chart_width_mm * PX_PER_MM),
        lists=tuple(
            (list_class(level), list_style_type(level))
            for _, level in sorted(resolved.lists.items())
        ),
        list_level=resolved.list_level,
        icon_gap_px=round(resolved.icon_gap_mm * PX_PER_MM),
    )


def write(document: Document, resolved: Look, target: Path) -> None:
    """Write `document` as one HTML file at `target`."""
    target.write_bytes(render(document, look(resolved)).encode("utf-8"))


Shown = Callable[[Block, str], str]  # a block and its HTML -> the HTML shown for it


def render(
    document: Document,
    page_look: HtmlLook,
    head_extra: str = "",
    *,
    shown: Shown | None = None,
    top: str = "",
) -> str:
    """The page as text; `head_extra` is added to the head, `top` first in the main
    content, and `shown` may change the HTML of each block of a section (the preview's
    script, its count of findings and its findings beside their paragraphs)."""
    return _Writer(page_look, shown).page(document, head_extra, top)


def css_string(value: str) -> str:
    """`value` as a double-quoted CSS string, safe inside a <style> element."""
    escaped = []
    for char in value:
        if char in '"\\<>&' or ord(char) < 0x20 or ord(char) == 0x7F:
            escaped.append(f"\\{ord(char):x} ")
        else:
            escaped.append(char)
    return '"' + "".join(escaped) + '"'


def _class_name(value: str) -> str:
    return re.sub(r"[^a-z0-9-]+", "-", value.lower()).strip("-") or "x"


def _rem(points: float, body_points: float) -> str:
    return f"{points / body_points:.3f}rem"


def style_sheet(
    page_look: HtmlLook, running_header: str, page_labels: tuple[tuple[str, str], ...]
) -> str:
    sizes, colours = page_look.sizes_pt, page_look.colours
    body = sizes["body"]
    top, right, bottom, left = page_look.margins_mm
    family = css_string(page_look.font_family)
    rag_rules = "".join(
        f".rag-{_class_name(tone)}{{background:{fill};color:{text}}}"
        for tone, (fill, text) in sorted(page_look.rag.items())
    )
    letters = " ".join(chr(code) for code in range(ord("a"), ord("z") + 1))
    list_rules = f"@counter-style {LETTERS_COUNTER}{{system:symbolic;symbols:{letters}}}" + "".join(
        f".{name}{{list-style-type:{marker}}}" for name, marker in page_look.lists
    )
    header_box = (
        f"@top-left{{content:{css_string(running_header)};font-size:{sizes['header']}pt}}"
        if running_header
        else ""
    )
    counted = f" {css_string(BETWEEN_LANGUAGES)} ".join(
        f"{css_string(page_word + ' ')} counter(page) {css_string(' ' + of_word + ' ')} "
        "counter(pages)"
        for page_word, of_word in page_labels
    )
    footer = f"@bottom-right{{content:{counted};font-size:{sizes['footer']}pt}}"
    minor = sizes.get("minor_heading", sizes["subheading"])
    web = page_look.web
    focus = f"{web.focus_width} solid {web.focus}"
    rule = f"{web.rule_width} solid var(--rule)"
    # A chart is never drawn narrower than it was made (its text stays its size): on a
    # narrow screen it scrolls sideways in its own box, its description below it.
    chart = f"{page_look.chart_px}px"
    return f"""
:root{{--text:{colours["text"]};--link:{colours["link"]};--heading:{colours["heading"]};\
--rule:{colours["rule"]};--panel:{colours["notes_background"]};\
--th-bg:{colours["table_header_background"]};--th-text:{colours["table_header_text"]}}}
*,*::before,*::after{{box-sizing:border-box}}
html{{font-family:{family},{web.font_fallbacks};color:var(--text);background:{web.background};\
line-height:{web.line_height:g};-webkit-text-size-adjust:100%;text-size-adjust:100%}}
body{{margin:0 auto;max-width:{web.max_width};padding:{web.padding};\
overflow-wrap:break-word}}
h1,h2,h3,h4,h5,h6{{color:var(--heading);line-height:{page_look.heading_leading:g};\
margin:{web.heading_margin}}}
h1{{font-size:{_rem(sizes["title"], body)}}}
h2{{font-size:{_rem(sizes["heading"], body)};border-top:{rule};padding-top:{web.section_rule_gap}}}
h3{{font-size:{_rem(sizes["subheading"], body)}}}
h4,h5,h6{{font-size:{_rem(minor, body)}}}
p{{margin:0 0 {web.paragraph_gap}}}
a{{color:var(--link);text-decoration:underline;text-underline-offset:{web.underline_offset}}}
a:focus{{outline:{focus};outline-offset:0;background:{web.focus};color:{web.focus_text}}}
.lead{{font-size:{_rem(sizes["lead"], body)}}}
.note,.notes p{{font-size:{_rem(sizes["notes"], body)}}}
.caption,caption{{font-size:{_rem(sizes["notes"], body)};font-weight:bold;text-align:left;\
padding:{web.caption_padding}}}
.rating .rag{{display:inline-block;font-weight:bold;padding:{web.rating_padding}}}
{rag_rules}
{list_rules}
.contents ol{{padding-left:{web.contents_indent}}}
.contents li{{margin:{web.contents_item_gap}}}
.side-by-side{{display:flex;flex-wrap:wrap;gap:{web.column_gap};align-items:flex-start}}
.side-by-side>.chart{{flex:var(--main) 1 0;min-width:min({chart},100%)}}
.side-by-side>.notes{{flex:var(--side) 1 0;min-width:min({web.notes_min_width},100%)}}
figure{{margin:0}}
figure img{{display:block;width:100%;max-width:100%;height:auto}}
.chart-scroll{{max-width:100%;overflow-x:auto}}
.chart-scroll:focus{{outline:{focus}}}
.chart-scroll img{{min-width:{chart}}}
figcaption{{font-size:{_rem(sizes["notes"], body)};margin-top:{web.figure_caption_gap}}}
.notes{{background:var(--panel);padding:{web.notes_padding}}}
.notes h3,.notes h4{{margin-top:0}}
.table-scroll{{max-width:100%;overflow-x:auto;margin:{web.table_margin}}}
.table-scroll:focus{{outline:{focus}}}
.table-scroll caption{{position:sticky;left:0;max-width:calc(100vw - {web.caption_inset})}}
table{{border-collapse:collapse;font-size:{_rem(sizes["table"], body)}}}
th,td{{border:{rule};padding:{web.cell_padding};vertical-align:top}}
thead th{{background:var(--th-bg);color:var(--th-text)}}
th{{text-align:left}}
.right{{text-align:right}}
td.rag-cell{{font-weight:bold}}
@media print{{
@page{{size:{page_look.page_size};margin:{top}mm {right}mm {bottom}mm {left}mm;\
{header_box}{footer}}}
html{{font-size:{body}pt;line-height:{web.print_line_height:g};print-color-adjust:exact;-webkit-print-color-adjust:exact}}
body{{max-width:none;padding:0}}
.new-page{{break-before:page}}
@media screen{{.continued{{display:none}}}}
.keep{{break-inside:avoid}}
h1,h2,h3,h4,h5,h6{{break-after:avoid}}
h2{{border-top:none;padding-top:0;margin-top:0}}
.contents{{display:none}}
.table-scroll{{overflow:visible}}
.table-scroll caption{{position:static;max-width:none}}
tr{{break-inside:avoid}}
thead{{display:table-header-group}}
.side-by-side{{flex-wrap:nowrap}}
.side-by-side>.chart{{min-width:0}}
.chart-scroll{{overflow:visible}}
.chart-scroll img{{min-width:0}}
.side-by-side>.notes{{min-width:0}}
a{{color:var(--link)}}
}}
""".strip()


class _Writer:
    def __init__(self, page_look: HtmlLook, shown: Shown | None = None) -> None:
        self.look = page_look
        self.shown = shown
        self.ids: set[str] = set()
        self.anchors: dict[str, str] = {}

    def unique_id(self, wanted: str) -> str:
        base = re.sub(r"[^A-Za-z0-9_-]+", "-", wanted).strip("-") or "part"
        if not base[0].isalpha():
            base = f"id-{base}"
        candidate, number = base, 1
        while candidate in self.ids:
            number += 1
            candidate = f"{base}-{number}"
        self.ids.add(candidate)
        return candidate

    def page(self, document: Document, head_extra: str, top: str = "") -> str:
        meta = document.metadata
        anchors = self.anchor_ids(document)
        body: list[str] = []
        for number, section in enumerate(document.sections):
            body.append(self.section(section, anchors, first=number == 0))
            if number == 0:
                body.append(self.contents(document, anchors))
        keywords = ", ".join(meta.keywords)
        head = [
            "<!DOCTYPE html>",
            f'<html lang="{xml_attribute(meta.language)}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{xml_text(meta.title)}</title>",
            f'<meta name="author" content="{xml_attribute(meta.author)}">',
            f'<meta name="description" content="{xml_attribute(meta.subject)}">',
        ]
        if keywords:
            head.append(f'<meta name="keywords" content="{xml_attribute(keywords)}">')
        head.append(
            "<style>"
            + style_sheet(self.look, document.running_header, document.page_labels)
            + "</style>"
        )
        if head_extra:
            head.append(head_extra)
        head += ["</head>", "<body>", "<main>"]
        if top:
            head.append(top)
        return "\n".join([*head, *body, "</main>", "</body>", "</html>", ""])

    def anchor_ids(self, document: Document) -> dict[str, str]:
        """Each heading anchor's HTML id, made unique and valid once, in order."""
        found: dict[str, str] = {}
        for section in document.sections:
            for block in section.blocks:
                if isinstance(block, Heading) and block.anchor and block.anchor not in found:
                    found[block.anchor] = self.unique_id(block.anchor)
        return found

    def contents(self, document: Document, anchors: dict[str, str]) -> str:
        """A list linking to every level-2 heading that has an anchor; a bilingual
        document's, one list a language, under the language's own name."""
        parts: dict[str, list[str]] = {}  # section language ("": the document's) -> entries
        for section in document.sections:
            for block in section.blocks:
                if isinstance(block, Heading) and block.level == 2 and block.anchor:
                    text = "".join(r.text for r in block.runs if isinstance(r, Run))
                    lang = section.language and f' lang="{xml_attribute(section.language)}"'
                    parts.setdefault(section.language, []).append(
                        f'<li{lang}><a href="#{xml_attribute(anchors[block.anchor])}">'
                        f"{xml_text(text)}</a></li>"
                    )
        if not parts:
            return ""
        entries = [entry for found in parts.values() for entry in found]
        if document.parts:
            entries = []
            for key, tag, name in document.part_languages():
                lang = f' lang="{xml_attribute(tag)}"' if key else ""
                listed = "".join(parts.get(key, []))
                entries.append(f"<li{lang}>{xml_text(name)}<ol>{listed}</ol></li>")
        heading_id = self.unique_id("contents")
        return (
            f'<nav class="contents" aria-labelledby="{heading_id}">'
            f'<h2 id="{heading_id}">{xml_text(document.messages.text("contents.heading"))}</h2>'
            f"<ol>{''.join(entries)}</ol></nav>"
        )

    # Sections --------------------------------------------------------------------

    def section(self, section: Section, anchors: dict[str, str], *, first: bool) -> str:
        self.anchors = anchors
        opening = '<div class="new-page">' if section.new_page and not first else "<div>"
        if section.language:  # a bilingual document's English part says it is English
            opening = opening[:-1] + f' lang="{xml_attribute(section.language)}">'
        shown = self.shown or (lambda _block, html: html)
        parts = [shown(block, self.block(block)) for block in section.blocks]
        kept = min(section.keep_together, len(parts))
        if kept > 1:
            parts = ['<div class="keep">' + "\n".join(parts[:kept]) + "</div>", *parts[kept:]]
        return opening + "\n" + "\n".join(parts) + "\n</div>"

    def block(self, block: Block) -> str:
        match block:
            case Heading():
                return self.heading(block)
            case Paragraph():
                return self.paragraph(block)
            case ListBlock():
                return self.list_block(block)
            case Rating():
                return self.rating(block)
            case Figure():
                return self.figure(block)
            case Notes():
                return self.notes(block)
            case Table():
                return self.table(block)
            case SideBySide():
                return self.side_by_side(block)
        raise TypeError(f"no HTML handler for {type(block).__name__}")

    # Text ------------------------------------------------------------------------

    def inlines(self, inlines: tuple[Inline, ...]) -> str:
        out: list[str] = []
        for inline in inlines:
            if isinstance(inline, LineBreak):
                out.append("<br>")
                continue
            text = xml_text(inline.text)
            if inline.italic:
                text = f"<em>{text}</em>"
            if inline.bold:
                text = f"<strong>{text}</strong>"
            href = safe_href(inline.href)
            if href is not None:
                text = f'<a href="{xml_attribute(href)}">{text}</a>'
            out.append(text)
        return "".join(out)

    def heading(self, heading: Heading) -> str:
        level = min(max(heading.level, 1), 6)
        anchor = ""
        if heading.anchor and heading.anchor in self.anchors:
            anchor = f' id="{xml_attribute(self.anchors[heading.anchor])}"'
        if heading.continuation:  # a page-break heading: printed, not on screen
            anchor += ' class="continued"'
        return f"<h{level}{anchor}>{self.inlines(heading.runs)}</h{level}>"

    def paragraph(self, paragraph: Paragraph) -> str:
        role = "" if paragraph.role == "body" else f' class="{paragraph.role}"'
        return f"<p{role}>{self.inlines(paragraph.runs)}</p>"

    def list_block(self, block: ListBlock) -> str:
        tag = "ol" if block.ordered else "ul"
        items = []
        for item in block.items:
            inner = []
            for child in item.blocks:
                if isinstance(child, ListBlock):
                    inner.append(self.list_block(child))
                elif len(item.blocks) == 1:
                    inner.append(self.inlines(child.runs))
                else:
                    inner.append(self.paragraph(child))
            items.append(f"<li>{''.join(inner)}</li>")
        level = self.look.list_level(ordered=block.ordered, level=block.level)
        return f'<{tag} class="{list_class(level)}">{"".join(items)}</{tag}>'

    def rating(self, rating: Rating) -> str:
        return (
            f'<p class="rating">{xml_text(rating.prefix)}'
            f'<strong class="rag rag-{_class_name(rating.tone)}">{xml_text(rating.label)}'
            "</strong></p>"
        )

    # Pictures and panels ---------------------------------------------------------------

    def figure(self, figure: Figure) -> str:
        description_id = self.unique_id(f"{figure.name}-description")
        width = round(figure.width_mm * PX_PER_MM)
        height = round(figure.height_mm * PX_PER_MM)
        short = figure.short_alt or figure.alt
        return (
            '<figure class="chart">'
            f'<div class="chart-scroll" role="region" aria-label="{xml_attribute(short)}" '
            'tabindex="0">'
            f'<img src="{_png_source(figure.image)}" width="{width}" height="{height}" '
            f'alt="{xml_attribute(short)}" aria-describedby="{description_id}"></div>'
            f'<figcaption id="{description_id}">{xml_text(figure.alt)}</figcaption>'
            "</figure>"
        )

    def notes(self, notes: Notes) -> str:
        lines = "".join(self.notes_line(line) for line in notes.lines)
        return f'<div class="notes">{self.heading(notes.heading)}{lines}</div>'

    def notes_line(self, line: NotesLine) -> str:
        """A panel's line; one with an icon, the icon (its words its text alternative)
        before the words, centred on them."""
        if not isinstance(line, IconLine):
            return f"<p>{self.inlines(line)}</p>"
        icon = line.icon
        size = round(icon.size_mm * PX_PER_MM)
        return (
            f'<p style="display:flex;align-items:center;gap:{self.look.icon_gap_px}px">'
            f'<img src="{_png_source(icon.image)}" width="{size}" height="{size}" '
            f'alt="{xml_attribute(icon.alt)}" style="flex:none">'
            f"<span>{self.inlines(line.runs)}</span></p>"
        )

    def side_by_side(self, pair: SideBySide) -> str:
        main = round(pair.main_share * 100)
        return (
            f'<div class="side-by-side" style="--main:{main};--side:{100 - main}">'
            f"{self.figure(pair.main)}{self.notes(pair.side)}</div>"
        )

    # Data tables -----------------------------------------------------------------

    def table(self, table: Table) -> str:
        caption_id = self.unique_id(f"{table.name or 'table'}-caption")
        tones = {(row, col): tone for row, col, tone in table.tones}
        head: list[str] = []
        body: list[str] = []
        for r, row in enumerate(table.rows):
            in_header = r < table.header_rows
            cells = []
            for c, cell in enumerate(row):
                classes = []
                if cell.align == "right":
                    classes.append("right")
                if (r, c) in tones:
                    classes += ["rag-cell", f"rag-{_class_name(tones[r, c])}"]
                attrs = f' class="{" ".join(classes)}"' if classes else ""
                text = xml_text(cell.text)
                if in_header:
                    cells.append(f'<th scope="col"{attrs}>{text}</th>')
                elif cell.header:
                    cells.append(f'<th scope="row"{attrs}>{text}</th>')
                else:
                    cells.append(f"<td{attrs}>{text}</td>")
            (head if in_header else body).append(f"<tr>{''.join(cells)}</tr>")
        caption = f'<caption id="{caption_id}">{xml_text(table.caption)}</caption>'
        return (
            f'<div class="table-scroll" role="region" aria-labelledby="{caption_id}" '
            'tabindex="0">'
            f"<table>{caption}"
            + (f"<thead>{''.join(head)}</thead>" if head else "")
            + f"<tbody>{''.join(body)}</tbody></table></div>"
        )


def _png_source(image: bytes) -> str:
    """A PNG as an image's source within the page (a data address): the page is one file."""
    return "data:image/png;base64," + base64.b64encode(image).decode("ascii")
