"""The DOCX writer: translates the document model into a Word file.

One handler per block type; no content decisions. Looks come from the `Look` by
way of real Word styles (docx_styles), what python-docx cannot do is built as
XML (docx_xml), and the package is made reproducible at the end (docx_package).
"""

from __future__ import annotations

import copy
import io
from pathlib import Path
from typing import Any, Protocol

import docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.image.image import Image
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.shape import CT_Inline
from docx.oxml.table import CT_Tbl
from docx.parts.image import ImagePart
from docx.shared import Mm
from docx.styles.style import ParagraphStyle
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

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
from generator.look.resolve import Look, resolve_look
from generator.read.style import Style
from generator.read.template import as_document_bytes
from generator.writers.docx import xml as x
from generator.writers.docx.kept import Entry, KeptSections, Record, pictures_of
from generator.writers.docx.package import (
    drop_template_parts,
    package_entries,
    reproducible_zip,
    set_properties,
)
from generator.writers.docx.styles import (
    CAPTION_STYLE,
    HYPERLINK_STYLE,
    LEAD_STYLE,
    NOTE_STYLE,
    TABLE_TEXT_STYLE,
    ListNumbering,
    OwnListNumbering,
    apply_house_style,
    apply_template_look,
    heading_style,
    list_style,
)

_ROLE_STYLES = {"body": "Normal", "note": NOTE_STYLE, "lead": LEAD_STYLE, "caption": CAPTION_STYLE}


class _Container(Protocol):
    """The document body or a table cell."""

    def add_paragraph(
        self, text: str = "", style: str | ParagraphStyle | None = None
    ) -> DocxParagraph: ...


class _Body:
    """The document body, added to at its end in constant time.

    python-docx puts each new paragraph or table before the section properties
    by scanning every element already in the body, so a long report took time
    growing with the square of its length.
    """

    def __init__(self, doc: DocxDocument) -> None:
        self.doc = doc
        self.end = doc.element.body.sectPr  # the body's last element stays last
        self.width = doc._block_width  # found by searching the document each time

    def add_paragraph(self, text: str = "", style: str | ParagraphStyle | None = None) -> Any:
        p = OxmlElement("w:p")
        self.end.addprevious(p)
        paragraph = DocxParagraph(p, self.doc._body)
        if text:
            paragraph.add_run(text)
        return paragraph

    def add_table(self, rows: int, cols: int) -> DocxTable:
        tbl = CT_Tbl.new_tbl(rows, cols, self.width)
        self.end.addprevious(tbl)
        return DocxTable(tbl, self.doc._body)


class _Pictures:
    """The document's image parts, one per distinct picture.

    python-docx finds a picture's part by hashing every image already in the
    package, and numbers its drawing by searching the whole document for ids:
    both grow with the square of the number of charts. Here the parts are kept
    by hash, and `finish` numbers the drawings in one pass.
    """

    def __init__(self, doc: DocxDocument) -> None:
        self.part = doc.part
        self.parts: dict[str, ImagePart] = {}
        self.drawings = 0
        # A template's own pictures (a logo in its header) keep their names.
        self.taken = {str(part.partname) for part in doc.part.package.iter_parts()}

    def relate(self, image: Image) -> str:
        """The relationship id of the picture `image`, its part made where it is new."""
        part = self.parts.get(image.sha1)
        if part is None:
            number = len(self.parts) + 1
            while f"/word/media/image{number}.{image.ext}" in self.taken:
                number += 1
            name = PackURI(f"/word/media/image{number}.{image.ext}")
            self.taken.add(str(name))
            part = self.parts[image.sha1] = ImagePart.from_image(image, name)
        return str(self.part.relate_to(part, RT.IMAGE))

    def inline(self, image: Image, rid: str, width: Any, height: Any) -> Any:
        """A new `wp:inline` drawing of `image` (related as `rid`), scaled to fit
        `width` x `height`."""
        cx, cy = image.scaled_dimensions(width, height)
        self.drawings += 1
        return CT_Inline.new_pic_inline(self.drawings, rid, image.filename, cx, cy)


def write_docx(document: Document, style: Style, target: Path) -> None:
    """Write `document` in the house `style` (no template) as a DOCX file at `target`."""
    write(document, resolve_look(style), target)


def write(
    document: Document, look: Look, target: Path, kept: Path | None = None
) -> dict[str, bytes]:
    """Write `document` as a complete DOCX file at `target` (the registry's entry point),
    reusing each section's XML kept in the folder `kept` (docx/kept.py), where given,
    while its content is unchanged; return the entries made for the other sections, by
    file name, to be kept there once the build has succeeded."""
    writer = _Writer(look, document.metadata.language)
    writer.page(document)
    sections = None
    if kept is not None:
        template = look.template.read_bytes() if look.template is not None else b""
        furniture = etree.tostring(writer.doc.element.body.sectPr)
        sections = writer.kept = KeptSections(kept, (look, template, furniture))
    for number, section in enumerate(document.sections):
        writer.section(section, first=number == 0)
    writer.finish(document)
    entries = package_entries(writer.doc)
    target.write_bytes(reproducible_zip(entries, document.metadata))
    return {} if sections is None else sections.made


def _page_numbers(footer: Any, document: Document, prefix: str) -> None:
    """'Page N of M' in the document's words, right-aligned in the `footer` paragraph;
    the page number after the house style's page label prefix ('Page A1-3 of 12'), as
    the PDF's footer and page labels have it."""
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for number, (page_word, of_word) in enumerate(document.page_labels):
        if number:  # a bilingual document's next language
            footer.add_run(BETWEEN_LANGUAGES)
        footer.add_run(f"{page_word} {prefix}")
        footer._p.append(x.simple_field("PAGE", "1"))
        footer.add_run(f" {of_word} ")
        footer._p.append(x.simple_field("NUMPAGES", "1"))


def _empty(part: Any) -> bool:
    """A header or footer with nothing of its own: no text, no picture."""
    if part.is_linked_to_previous:
        return True
    element = part._element
    has_text = any((t.text or "").strip() for t in element.iter(qn("w:t")))
    has_picture = next(element.iter(qn("w:drawing")), None) is not None
    return not has_text and not has_picture


class _Writer:
    def __init__(self, look: Look, language: str) -> None:
        self.look = look
        if look.template is None:
            self.doc: DocxDocument = docx.Document()
            apply_house_style(self.doc, look, language)
        else:
            # The council's template: its styles, page, headers and footers stay as
            # they are; its body (any sample text) gives way to the appendix.
            self.doc = docx.Document(io.BytesIO(as_document_bytes(look.template)))
            body = self.doc.element.body
            for child in list(body):
                if child is not body.sectPr:
                    body.remove(child)
            apply_template_look(self.doc, look, language)
        # python-docx resolves a style name by scanning every style each time;
        # look the ids up once and set them directly.
        self.style_ids = {s.name: s.style_id for s in self.doc.styles}
        self.numbering = (
            ListNumbering(self.doc) if look.template is None else OwnListNumbering(self.doc, look)
        )
        self.bookmarks = 0
        self.body = _Body(self.doc)
        self.sections_split = False  # a chart and its notes made a section of their own
        self.pictures = _Pictures(self.doc)
        self.kept: KeptSections | None = None  # sections' XML kept from earlier builds
        self.record: Record | None = None  # what the section being built asks for
        self.before_section: Any = None  # the body's last element before it

    # What a section's XML takes from the document as a whole, recorded as given out --

    def relate_image(self, image: Image) -> str:
        rid = self.pictures.relate(image)
        if self.record is not None:
            self.record.relations.append(("image", image.sha1, rid))
            self.record.drawings += 1
        return rid

    def relate_link(self, href: str) -> str:
        rid = str(self.doc.part.relate_to(href, RT.HYPERLINK, is_external=True))
        if self.record is not None:
            self.record.relations.append(("link", href, rid))
        return rid

    def list_number(self, style: str, *, restarted: bool) -> int:
        if restarted:
            num_id = self.numbering.restarted(style)
        else:
            num_id = self.numbering.style_num_id(style)
        if self.record is not None:
            self.record.numbering.append(("restarted" if restarted else "style", style, num_id))
        return num_id

    def next_bookmark(self) -> int:
        number = self.bookmarks
        self.bookmarks += 1
        if self.record is not None:
            self.record.bookmarks += 1
        return number

    def add_paragraph(self, container: _Container, style: str, text: str = "") -> Any:
        paragraph = container.add_paragraph(text)
        self.set_style(paragraph, style)
        return paragraph

    def set_style(self, paragraph: Any, style: str) -> None:
        paragraph._p.get_or_add_pPr().style = self.style_ids[style]

    # Page, header and footer -------------------------------------------------

    def page(self, document: Document) -> None:
        page = self.look.page
        section = self.doc.sections[-1]
        if self.look.template is not None:
            self.template_furniture(document, section)
            return
        landscape = page.width_mm > page.height_mm
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width = Mm(page.width_mm)
        section.page_height = Mm(page.height_mm)
        section.top_margin = Mm(page.margin_top_mm)
        section.bottom_margin = Mm(page.margin_bottom_mm)
        section.left_margin = Mm(page.margin_left_mm)
        section.right_margin = Mm(page.margin_right_mm)
        section.header_distance = Mm(self.look.furniture.header_distance_mm)
        section.footer_distance = Mm(self.look.furniture.footer_distance_mm)
        if document.running_header:
            section.header.paragraphs[0].add_run(document.running_header)
        _page_numbers(section.footer.paragraphs[0], document, self.look.furniture.page_label_prefix)

    def template_furniture(self, document: Document, section: Any) -> None:
        """On a template, its page and its own header and footer stay; where it has
        none, the appendix's running header and page numbers are added."""
        if document.running_header and _empty(section.header):
            section.header.is_linked_to_previous = False
            section.header.paragraphs[0].add_run(document.running_header)
        if _empty(section.footer):
            section.footer.is_linked_to_previous = False
            _page_numbers(
                section.footer.paragraphs[0], document, self.look.furniture.page_label_prefix
            )

    # Sections: page breaks and keeping the first blocks together --------------

    def section(self, section: Section, *, first: bool) -> None:
        if self.kept is None:
            self.build_section(section, first=first)
            return
        key = self.kept.key(section, first=first, split_before=self.sections_split)
        entry = self.kept.get(key)
        if entry is not None and self.reuse(entry, section):
            return
        before = self.before_section = self.body.end.getprevious()
        self.record = record = Record(self.bookmarks)
        try:
            self.build_section(section, first=first)
        finally:
            self.record = None
        if record.reached_back:
            return
        elements = []
        element = self.body.end.getprevious()
        while element is not None and element is not before:
            elements.append(element)
            element = element.getprevious()
        xml = "".join(etree.tostring(e, encoding="unicode") for e in reversed(elements))
        self.kept.put(key, Entry(xml, record, self.sections_split))

    def reuse(self, entry: Entry, section: Section) -> bool:
        """Put a kept section's XML in the body, its pictures, links, bookmarks and list
        numbers given out again in the order they were; False (nothing done) where the
        entry does not fit the section."""
        pictures = pictures_of(section)
        if any(
            kind == "image" and target not in pictures for kind, target, _ in entry.record.relations
        ):
            return False
        try:
            holder = x.parse_elements(entry.xml)
        except etree.XMLSyntaxError:
            return False
        rids: dict[str, str] = {}
        for kind, target, old in entry.record.relations:
            if kind == "image":
                rids[old] = self.pictures.relate(Image.from_blob(pictures[target]))
            else:
                rids[old] = self.relate_link(target)
        numbers: dict[str, str] = {}
        for kind, style, old_number in entry.record.numbering:
            number = self.list_number(style, restarted=kind == "restarted")
            numbers[str(old_number)] = str(number)
        shift = self.bookmarks - entry.record.first_bookmark
        x.renumber(holder, rids, numbers, shift)
        for element in list(holder):
            self.body.end.addprevious(element)
        self.bookmarks += entry.record.bookmarks
        self.pictures.drawings += entry.record.drawings
        self.sections_split = entry.split_after
        return True

    def build_section(self, section: Section, *, first: bool) -> None:
        units = [self.block(block, self.body) for block in section.blocks]
        flat = [unit for block_units in units for unit in block_units]
        if section.language:  # a bilingual document's English part says it is English
            for unit in flat:
                x.set_language(unit, section.language)
        if section.new_page and not first and flat:
            x.set_on_paragraphs(flat[0], "w:pageBreakBefore", only_first=True)
        kept = min(section.keep_together, len(units))
        for index in range(kept):
            # The last kept block stays whole; it need not keep with what follows.
            block_units = units[index] if index < kept - 1 else units[index][:-1]
            for unit in block_units:
                x.set_on_paragraphs(unit, "w:keepNext")

    def block(self, block: Block, container: _Container) -> list[Any]:
        """Add one block; return its units (w:p or w:tr elements) in order."""
        match block:
            case Heading():
                return [self.heading(block, container)]
            case Paragraph():
                style = _ROLE_STYLES[block.role]
                return [self.paragraph(block.runs, container, style, block.keep_with_next)]
            case ListBlock():
                return self.list_block(block, container)
            case Rating():
                return [self.rating(block, container)]
            case Figure():
                return [self.figure(block, container, self.look.page.text_width_mm)]
            case Notes():
                return self.notes(block, container, shaded=True)
            case Table():
                return self.table(block)
            case SideBySide():
                return self.side_by_side(block)
        raise TypeError(f"no DOCX handler for {type(block).__name__}")

    # Text ---------------------------------------------------------------------

    def inlines(self, paragraph: DocxParagraph, inlines: tuple[Inline, ...]) -> None:
        for inline in inlines:
            if isinstance(inline, LineBreak):
                paragraph.add_run().add_break()
                continue
            assert isinstance(inline, Run)
            run = paragraph.add_run(inline.text, HYPERLINK_STYLE if inline.href else None)
            if inline.bold:
                run.bold = True
            if inline.italic:
                run.italic = True
            if inline.href:
                paragraph._p.append(x.hyperlink(self.relate_link(inline.href), run._r))

    def paragraph(
        self,
        inlines: tuple[Inline, ...],
        container: _Container,
        style: str,
        keep_with_next: bool = False,
    ) -> Any:
        paragraph = self.add_paragraph(container, style)
        self.inlines(paragraph, inlines)
        if keep_with_next:
            paragraph.paragraph_format.keep_with_next = True
        return paragraph._p

    def heading(self, heading: Heading, container: _Container) -> Any:
        p = self.paragraph(
            heading.runs, container, heading_style(heading.level), heading.keep_with_next
        )
        for name in (heading.anchor, heading.mark):
            if name:
                x.bookmark(p, self.next_bookmark(), x.bookmark_name(name))
        return p

    def list_block(self, block: ListBlock, container: _Container) -> list[Any]:
        style = list_style(block.ordered, block.level)
        num_id = self.list_number(style, restarted=block.ordered)
        units: list[Any] = []
        for item in block.items:
            marked = False
            for child in item.blocks:
                if isinstance(child, ListBlock):
                    units += self.list_block(child, container)
                    continue
                if marked:  # a second paragraph in one item: indented, no marker
                    continued = list_style(block.ordered, block.level, continued=True)
                    units.append(
                        self.paragraph(child.runs, container, continued, child.keep_with_next)
                    )
                    continue
                p = self.paragraph(child.runs, container, style, child.keep_with_next)
                numbering = x.el("w:numPr")
                numbering.append(x.el("w:ilvl", w_val=0))
                numbering.append(x.el("w:numId", w_val=num_id))
                x.set_child(p.get_or_add_pPr(), numbering, x.PPR_ORDER)
                units.append(p)
                marked = True
        return units

    def rating(self, rating: Rating, container: _Container) -> Any:
        paragraph = self.add_paragraph(container, "Normal")
        paragraph.add_run(rating.prefix)
        word = paragraph.add_run(rating.label)
        word.bold = True
        rag = self.look.tone(rating.tone)
        rpr = word._r.get_or_add_rPr()
        x.run_colour(rpr, rag.text)
        x.set_child(rpr, x.shading(rag.fill), x.RPR_ORDER)
        return paragraph._p

    # Pictures and panels ----------------------------------------------------------

    def figure(self, figure: Figure, container: _Container, room_mm: float) -> Any:
        scale = min(1.0, room_mm / figure.width_mm)
        paragraph = self.add_paragraph(container, "Normal")
        paragraph.paragraph_format.line_spacing = 1.0
        image = Image.from_blob(figure.image)
        rid = self.relate_image(image)
        inline = self.pictures.inline(
            image, rid, Mm(figure.width_mm * scale), Mm(figure.height_mm * scale)
        )
        paragraph.add_run()._r.add_drawing(inline)
        x.describe_picture(inline, figure.name, figure.alt)
        return paragraph._p

    def notes(self, notes: Notes, container: _Container, *, shaded: bool) -> list[Any]:
        units = [self.heading(notes.heading, container)]
        units += [self.notes_line(line, container) for line in notes.lines]
        if shaded:  # a panel of its own; beside a chart the table cell is shaded instead
            fill = self.look.notes_background
            for p in units:
                x.set_child(p.get_or_add_pPr(), x.shading(fill), x.PPR_ORDER)
        return units

    def notes_line(self, line: NotesLine, container: _Container) -> Any:
        """A panel's line; one with an icon, the icon (an inline picture whose text
        alternative is its words) before the words, lowered to centre on them."""
        if not isinstance(line, IconLine):
            return self.paragraph(line, container, NOTE_STYLE)
        icon = line.icon
        paragraph = self.add_paragraph(container, NOTE_STYLE)
        image = Image.from_blob(icon.image)
        inline = self.pictures.inline(
            image, self.relate_image(image), Mm(icon.size_mm), Mm(icon.size_mm)
        )
        run = paragraph.add_run()
        run._r.add_drawing(inline)
        x.describe_picture(inline, icon.name, icon.alt)
        # Lowered to centre on the words; the gap after it as the picture's own spacing,
        # and the words' lines (wrapped too) indented to start after it.
        text_pt = self.look.role("note").size
        lowered = (icon.size_mm * 72 / 25.4 - text_pt) / 2  # points
        rpr = run._r.get_or_add_rPr()
        x.set_child(rpr, x.el("w:spacing", w_val=x.twips(self.look.icon_gap_mm)), x.RPR_ORDER)
        x.set_child(rpr, x.el("w:position", w_val=-round(lowered * 2)), x.RPR_ORDER)
        hang = Mm(icon.size_mm + self.look.icon_gap_mm)
        form = paragraph.paragraph_format
        form.left_indent, form.first_line_indent = hang, -hang
        self.inlines(paragraph, line.runs)
        return paragraph._p

    def side_by_side(self, pair: SideBySide) -> list[Any]:
        """The chart and its notes in two columns of a section of their own.

        Not a layout table: programs that re-export the DOCX (LibreOffice's tagged
        PDF, pandoc) read a table as data, announce cells and hide headings in
        them. A continuous section with two columns keeps every paragraph in the
        body, in reading order: the chart, a column break, then the notes.
        """
        text_width = x.twips(self.look.page.text_width_mm)
        gap = x.twips(self.look.column_gap_mm)
        main = round((text_width - gap) * pair.main_share)
        self.end_section(columns=None)
        figure = self.figure(pair.main, self.body, main / x.TWIPS_PER_MM)
        breaker = x.el("w:r")
        breaker.append(x.el("w:br", w_type="column"))
        figure.append(breaker)
        units = [figure, *self.notes(pair.side, self.body, shaded=True)]
        self.end_section(columns=(main, gap, text_width - gap - main), last=units[-1])
        return units

    def end_section(self, columns: tuple[int, int, int] | None, last: Any = None) -> None:
        """End the section at `last` (else at the body's last paragraph): in two
        columns of these widths (twips), or in one."""
        if last is None:
            last = self.body.end.getprevious()
            if last is None or last.tag != qn("w:p"):
                return  # nothing before it in one column: the section is empty
            if self.record is not None and last is self.before_section:
                self.record.reached_back = True  # the paragraph is the section before's
        sect = copy.deepcopy(self.doc.element.body.sectPr)
        # The first section keeps a template's first-page header (w:titlePg).
        kinds = ("w:type", "w:cols") + (("w:titlePg",) if self.sections_split else ())
        for kind in kinds:
            for old in sect.findall(qn(kind)):
                sect.remove(old)
        cols = x.el("w:cols", w_space=columns[1] if columns else 720)
        if columns is not None:
            cols.set(qn("w:num"), "2")
            cols.set(qn("w:equalWidth"), "0")
            cols.append(x.el("w:col", w_w=columns[0], w_space=columns[1]))
            cols.append(x.el("w:col", w_w=columns[2], w_space=0))
        x.set_child(sect, cols, x.SECT_ORDER)
        x.set_child(sect, x.el("w:type", w_val="continuous"), x.SECT_ORDER)
        x.set_child(last.get_or_add_pPr(), sect, x.PPR_ORDER)
        self.sections_split = True

    # Data tables ------------------------------------------------------------------

    def table(self, table: Table) -> list[Any]:
        units: list[Any] = []
        if table.caption:
            caption = self.add_paragraph(self.body, CAPTION_STYLE, table.caption)
            caption.paragraph_format.keep_with_next = True
            units.append(caption._p)
        columns = max(len(row) for row in table.rows)
        shares = list(table.column_widths) or [1.0] * columns
        widths = x.split_widths(x.twips(self.look.page.text_width_mm), shares)
        grid = self.body.add_table(rows=0, cols=columns)
        grid._tbl.tblStyle_val = self.style_ids["Table Grid"]
        x.table_geometry(grid._tbl, widths, caption=table.caption)
        tones = {(row, col): tone for row, col, tone in table.tones}
        text_style = self.style_ids[TABLE_TEXT_STYLE]
        for r, model_row in enumerate(table.rows):
            in_header = r < table.header_rows
            cells = []
            for c, model_cell in enumerate(model_row):
                look = self.look.cell(
                    header_row=in_header,
                    header_cell=model_cell.header,
                    tone=tones.get((r, c)),
                )
                cells.append(
                    x.cell_xml(
                        model_cell.text,
                        width_twips=widths[c],
                        style_id=text_style,
                        fill=look.fill,
                        colour=look.colour,
                        bold=look.bold,
                        right=model_cell.align == "right",
                    )
                )
            # A table is written as XML text and parsed once per row: python-docx's
            # element-by-element API took most of the writer's time on data tables.
            row = x.row_xml(cells, header=in_header)
            grid._tbl.append(row)
            units.append(row)
        return units

    # The package --------------------------------------------------------------

    def finish(self, document: Document) -> None:
        if self.sections_split:  # the last section follows on, as all the others
            body_sect = self.doc.element.body.sectPr
            x.set_child(body_sect, x.el("w:type", w_val="continuous"), x.SECT_ORDER)
        x.renumber_drawings(self.doc.element.body)
        set_properties(self.doc, document.metadata)
        if self.look.template is None:
            drop_template_parts(self.doc)
