"""PDF writer: translates the document model into a tagged (PDF/UA) PDF.

reportlab platypus lays the pages out; every flowable tags what it draws (see
`pdf_tagging` and `pdf_flowables`), and pikepdf then adds the structure tree,
the metadata and the catalog entries PDF/UA asks for.

One handler per model type; every size, offset, colour, font and margin comes
from the `Look`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

import pikepdf
from pikepdf import Dictionary, Name
from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
)
from reportlab.platypus import Table as RLTable

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
from generator.look.resolve import MAX_HEADING, Look, TextLook, resolve_look
from generator.read.style import FontFiles, Style
from generator.writers.escaping import xml_attribute, xml_text
from generator.writers.pdf.archival import (
    XMP_NAMESPACES,
    add_page_labels,
    end_without_cr,
    make_archival,
    save_archival,
    xmp_identification,
)
from generator.writers.pdf.flowables import (
    Bookmark,
    Label,
    ParaTag,
    RatingFlowable,
    RatingLook,
    TaggedCell,
    TaggedImage,
    TaggedParagraph,
)
from generator.writers.pdf.images import ImageStore
from generator.writers.pdf.parsed_fonts import held, missing_from, parsed_font
from generator.writers.pdf.tagging import (
    SWITCH_CALLBACK,
    LinkTarget,
    StructNode,
    Tagger,
    TaggingCanvas,
    table_render_callback,
)

PRODUCER = "committee-appendix (reportlab, pikepdf)"


rl_config.useA85 = 0  # ASCII85 only inflates and slows the streams reportlab encodes


def write_pdf(document: Document, style: Style, target: Path) -> None:
    """Write `document` in the house `style` (no template) as a tagged PDF to `target`."""
    write(document, resolve_look(style), target)


def prepare(look: Look, kept: Path | None = None) -> None:
    """The look's fonts read and registered (once per process), ahead of writing; from
    the parsed fonts kept in the folder `kept`, where given (pdf/parsed_fonts.py).
    And lxml loaded: pikepdf's save reads the XMP metadata again with it (to bring a
    PDF version it names up to date), and loading it there took 5 ms of the write."""
    import lxml.etree  # noqa: F401

    _register_fonts(look, kept)


def write(
    document: Document, look: Look, target: Path, kept: Path | None = None
) -> dict[str, bytes]:
    """Write `document` as a tagged PDF to `target` (the registry's entry point), its
    fonts loaded parsed from the folder `kept`, where given; return the parsed fonts
    that folder lacks, by file name, to be kept there once the build has succeeded
    (however this process came by them: parsed, or loaded from another report's)."""
    faces = _register_fonts(look, kept)
    fonts = faces[look.font_family]
    tagger = Tagger()
    images = ImageStore()
    page = look.page
    page_size = (page.width_mm * mm, page.height_mm * mm)
    frame_height = (page.height_mm - page.margin_top_mm - page.margin_bottom_mm) * mm
    frame = Frame(
        page.margin_left_mm * mm,
        page.margin_bottom_mm * mm,
        page.text_width_mm * mm,
        frame_height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    builder = _Builder(look, faces, tagger, frame_height)
    story = builder.story(document)

    meta = document.metadata
    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer,
        pagesize=page_size,
        leftMargin=page.margin_left_mm * mm,
        rightMargin=page.margin_right_mm * mm,
        topMargin=page.margin_top_mm * mm,
        bottomMargin=page.margin_bottom_mm * mm,
        title=meta.title,
        author=meta.author,
        subject=meta.subject,
        keywords=", ".join(meta.keywords),
        creator=PRODUCER,
        producer=PRODUCER,
        invariant=1,
        pageCompression=0,
        initialFontName=fonts.regular,
        initialFontSize=look.role("body").size,
        initialLeading=look.role("body").line_height,
        lang=meta.language,
    )
    template.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    canvasmaker = partial(
        TaggingCanvas,
        tagger=tagger,
        images=images,
        header=partial(_draw_header, document, look, fonts),
        footer=partial(_draw_footer, document, look, fonts),
    )
    template.build(story, canvasmaker=canvasmaker)
    _finish(buffer.getvalue(), document, look, tagger, images, target)
    return {} if kept is None else missing_from(kept, _faces(look))


# ---------------------------------------------------------------- fonts


@dataclass(frozen=True)
class _Fonts:
    regular: str
    bold: str
    italic: str
    bold_italic: str

    def face(self, *, bold: bool, italic: bool) -> str:
        if bold:
            return self.bold_italic if italic else self.bold
        return self.italic if italic else self.regular


_registered: dict[tuple[str, ...], _Fonts] = {}


def _register_fonts(look: Look, kept: Path | None = None) -> dict[str, _Fonts]:
    """Each family of the look, registered once per process (its fonts loaded parsed
    from the folder `kept`, where given)."""
    return {name: _register_family(name, files, kept) for name, files in look.font_files.items()}


def _faces(look: Look) -> list[tuple[str, Path]]:
    """Each face of the look's families registered by this process: the name it is
    registered under and its file."""
    return [
        face
        for name, files in look.font_files.items()
        if (fonts := _registered.get(_family_key(name, files))) is not None
        for face in _named_faces(fonts, files)
    ]


def _family_key(name: str, files: FontFiles) -> tuple[str, ...]:
    return (name, *(str(p) for p in vars(files).values()))


def _named_faces(fonts: _Fonts, files: FontFiles) -> list[tuple[str, Path]]:
    return [
        (fonts.regular, files.regular),
        (fonts.bold, files.bold),
        (fonts.italic, files.italic),
        (fonts.bold_italic, files.bold_italic),
    ]


def _register_family(name: str, files: FontFiles, kept: Path | None = None) -> _Fonts:
    """Register one family's TrueType faces once per process, as one family."""
    key = _family_key(name, files)
    if key in _registered:
        fonts = _registered[key]
        if kept is not None:  # registered without a folder before: its entries made now
            for face, path in _named_faces(fonts, files):
                held(face, path, kept)
        return fonts
    family = "".join(ch for ch in name if ch.isalnum()) or "HouseFont"
    family = f"{family}{len(_registered)}" if _registered else family
    fonts = _Fonts(family, f"{family}-Bold", f"{family}-Italic", f"{family}-BoldItalic")
    for face, path in _named_faces(fonts, files):
        pdfmetrics.registerFont(parsed_font(face, path, kept))
    pdfmetrics.registerFontFamily(
        family,
        normal=fonts.regular,
        bold=fonts.bold,
        italic=fonts.italic,
        boldItalic=fonts.bold_italic,
    )
    _registered[key] = fonts
    return fonts


# ---------------------------------------------------------------- translation


# A layout table whose cells hold their contents edge to edge.
_NO_PADDING = [
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]


class _Builder:
    """Turns model blocks into flowables and struct nodes, in model order."""

    def __init__(
        self, look: Look, faces: dict[str, _Fonts], tagger: Tagger, frame_height: float
    ) -> None:
        self.look = look
        self.faces = faces
        self.fonts = faces[look.font_family]
        self.tagger = tagger
        self.text_width = look.page.text_width_mm * mm
        self.frame_height = frame_height
        self._styles: dict[tuple[Any, ...], ParagraphStyle] = {}
        self._outline_level = -1
        # a bilingual document's outline: an entry a language, its part's beneath it
        self._outline_below = 0
        self._part_entry: Bookmark | None = None  # the next heading's part's entry

    # -- styles

    def para_style(
        self,
        text: TextLook,
        *,
        bold: bool | None = None,
        colour: str | None = None,
        align: int = TA_LEFT,
        indent: float = 0.0,
        space_before: float | None = None,
        space_after: float | None = None,
        keep_with_next: bool | None = None,
    ) -> ParagraphStyle:
        """A reportlab style for `text`, with a cell's or list's own overrides."""
        key = (text, bold, colour, align, indent, space_before, space_after, keep_with_next)
        found = self._styles.get(key)
        if found is None:
            found = ParagraphStyle(
                f"s{len(self._styles)}",
                fontName=self.faces[text.font].face(
                    bold=text.bold if bold is None else bold, italic=text.italic
                ),
                fontSize=text.size,
                leading=text.line_height,
                textColor=HexColor(colour or text.colour),
                alignment=align,
                leftIndent=indent,
                spaceBefore=text.space_before if space_before is None else space_before,
                spaceAfter=text.space_after if space_after is None else space_after,
                keepWithNext=int(text.keep_with_next if keep_with_next is None else keep_with_next),
                linkUnderline=1,
                allowWidows=0,
                allowOrphans=0,
            )
            self._styles[key] = found
        return found

    # -- inline runs

    def paragraph(
        self, runs: tuple[Inline, ...], style: ParagraphStyle, tag: ParaTag
    ) -> TaggedParagraph:
        """A tagged paragraph from runs; all text escaped, markup only from the model."""
        parts: list[str] = []
        targets: dict[int, LinkTarget] = {}
        for run in runs:
            if isinstance(run, LineBreak):
                parts.append("<br/>")
                continue
            text = xml_text(run.text)
            if run.italic:
                text = f"<i>{text}</i>"
            if run.bold:
                text = f"<b>{text}</b>"
            if run.href is not None:
                index = len(tag.links)
                node = StructNode("Link")
                tag.links.append(node)
                targets[index] = LinkTarget(run.href, node, f"{run.text} ({run.href})")
                text = (
                    f'<onDraw name="{SWITCH_CALLBACK}" label="s{index}"/>'
                    f'<a href="{xml_attribute(run.href)}" '
                    f'color="{xml_attribute(self.look.link_colour)}">'
                    f"{text}</a>"
                    f'<onDraw name="{SWITCH_CALLBACK}" label="e{index}"/>'
                )
            parts.append(text)
        para = TaggedParagraph("".join(parts), style, tag=tag)
        if targets:
            # The parser numbers links in order, as `index` above: swap each href
            # for its LinkTarget so the canvas can file the annotation.
            for frag in para.frags:
                if frag.link:
                    frag.link = [(n, targets[n]) for n, _href in frag.link]
        return para

    # -- document

    def story(self, document: Document) -> list[Flowable]:
        story: list[Flowable] = []
        openings = document.part_openings()
        self._outline_below = 1 if openings else 0
        for number, section in enumerate(document.sections):
            if number in openings:
                tag, name = openings[number]
                self._part_entry = Bookmark(f"language-{tag}", name, 0)
            story.extend(self.section(section, first=not story))
        return story

    def section(self, section: Section, *, first: bool) -> list[Flowable]:
        out: list[Flowable] = [] if first or not section.new_page else [PageBreak()]
        # a section in a language of its own (a bilingual document's English part):
        # its structure elements in a Sect that says so
        parent = self.tagger.root
        if section.language:
            parent = parent.add("Sect", lang=section.language)
        blocks = [self.block(block, parent) for block in section.blocks]
        keep = section.keep_together
        if keep > 0:
            out.append(KeepTogether([f for flows in blocks[:keep] for f in flows]))
            blocks = blocks[keep:]
        out.extend(f for flows in blocks for f in flows)
        return out

    def block(self, block: Block, parent: StructNode) -> list[Flowable]:
        match block:
            case Heading():
                return [self.heading(block, parent)]
            case Paragraph():
                return [self.body_paragraph(block, parent)]
            case ListBlock():
                return self.list_block(block, parent)
            case Rating():
                return [self.rating(block, parent)]
            case Figure():
                return [self.figure(block, parent)]
            case Notes():
                return [self.notes(block, parent, self.text_width)]
            case Table():
                return self.table(block, parent)
            case SideBySide():
                return [self.side_by_side(block, parent)]
        raise TypeError(f"no PDF handler for {type(block).__name__}")  # pragma: no cover

    def heading(self, heading: Heading, parent: StructNode) -> TaggedParagraph:
        level = min(max(heading.level, 1), MAX_HEADING)
        style = self.para_style(self.look.heading(level), keep_with_next=heading.keep_with_next)
        bookmarks: tuple[Bookmark, ...] = ()
        if heading.anchor is not None:
            part = self._part_entry
            if part is not None:  # a bilingual document's part opens: its language's entry
                bookmarks, self._part_entry, self._outline_level = (part,), None, 0
            # Outline levels may not skip: clamp to one below the previous entry.
            self._outline_level = min(level - 1 + self._outline_below, self._outline_level + 1)
            title = "".join(run.text for run in heading.runs if isinstance(run, Run))
            bookmarks = (*bookmarks, Bookmark(heading.anchor, title, self._outline_level))
        tag = ParaTag(parent.add(f"H{level}"), bookmarks=bookmarks)
        return self.paragraph(heading.runs, style, tag)

    def body_paragraph(
        self, paragraph: Paragraph, parent: StructNode, indent: float = 0.0
    ) -> TaggedParagraph:
        style = self.para_style(
            self.look.role(paragraph.role), indent=indent, keep_with_next=paragraph.keep_with_next
        )
        return self.paragraph(paragraph.runs, style, ParaTag(parent.add("P")))

    def list_block(self, block: ListBlock, parent: StructNode) -> list[Flowable]:
        level = self.look.list_level(ordered=block.ordered, level=block.level)
        list_node = parent.add("L", attributes={"List": {"ListNumbering": level.pdf_numbering}})
        style = self.para_style(level.text, indent=level.indent_mm * mm)
        step = level.hang_mm
        flows: list[Flowable] = []
        for number, item in enumerate(block.items, start=1):
            item_node = list_node.add("LI")
            label = Label(level.label(number), item_node.add("Lbl"), step * mm * level.label_share)
            body = item_node.add("LBody")
            for index, child in enumerate(item.blocks):
                if isinstance(child, ListBlock):
                    flows.extend(self.list_block(child, body))
                    continue
                tag = ParaTag(body.add("P"), label=label if index == 0 else None)
                flows.append(self.paragraph(child.runs, style, tag))
        if flows:
            flows[-1].spaceAfter = self.look.role("body").space_after
        return flows

    def rating(self, rating: Rating, parent: StructNode) -> RatingFlowable:
        tone = self.look.tone(rating.tone)
        body = self.look.role("body")
        look = RatingLook(
            font=self.fonts.regular,
            bold_font=self.fonts.bold,
            size=body.size,
            text_colour=HexColor(body.colour),
            fill=HexColor(tone.fill),
            label_colour=HexColor(tone.text),
            padding=self.look.rating.padding_pt,
        )
        flowable = RatingFlowable(rating.prefix, rating.label, look, parent.add("P"))
        flowable.spaceAfter = self.look.rating.space_after_pt
        return flowable

    def figure(self, figure: Figure, parent: StructNode) -> TaggedImage:
        node = parent.add("Figure", alt=figure.alt)
        image = TaggedImage(
            figure.image, figure.width_mm * mm, figure.height_mm * mm, node, self.frame_height
        )
        image.spaceAfter = self.look.role("body").space_after
        return image

    def layout_table(self, rows: list[list[Any]], **kwargs: Any) -> RLTable:
        """A reportlab Table whose fills and rules are artifacts, in the house font."""
        style = [("FONT", (0, 0), (-1, -1), self.fonts.regular, self.look.role("table").size)]
        return RLTable(
            rows,
            style=style + kwargs.pop("style"),
            renderCB=table_render_callback,
            spaceAfter=self.look.role("body").space_after,
            **kwargs,
        )

    def notes(self, notes: Notes, parent: StructNode, width: float) -> RLTable:
        group = parent.add("Div")
        rows: list[list[Flowable]] = [[self.heading(notes.heading, group)]]
        style = self.para_style(self.look.role("notes_line"))
        pad = self.look.panel_padding_mm * mm
        rows.extend([self.notes_line(line, style, group, width - 2 * pad)] for line in notes.lines)
        return self.layout_table(
            rows,
            colWidths=[width],
            style=[
                ("BACKGROUND", (0, 0), (-1, -1), HexColor(self.look.notes_background)),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad * self.look.notes_line_gap),
                ("TOPPADDING", (0, 0), (-1, 0), pad),
                ("BOTTOMPADDING", (0, -1), (-1, -1), pad),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ],
        )

    def notes_line(
        self, line: NotesLine, style: ParagraphStyle, group: StructNode, width: float
    ) -> Flowable:
        """A panel's line; one with an icon, the icon (a Figure whose /Alt is its
        words) before the words, which are centred on it."""
        if not isinstance(line, IconLine):
            return self.paragraph(line, style, ParaTag(group.add("P")))
        icon = line.icon
        size = icon.size_mm * mm
        picture = TaggedImage(icon.image, size, size, group.add("Figure", alt=icon.alt), size)
        words = self.paragraph(line.runs, style, ParaTag(group.add("P")))
        room = size + self.look.icon_gap_mm * mm
        table = self.layout_table(
            [[picture, words]],
            colWidths=[room, max(width - room, 0)],
            style=[
                *_NO_PADDING,
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ],
        )
        table.spaceAfter = 0
        return table

    def side_by_side(self, pair: SideBySide, parent: StructNode) -> RLTable:
        main_width = self.text_width * pair.main_share
        side_width = self.text_width - main_width
        figure = self.figure(pair.main, parent)
        panel = self.notes(pair.side, parent, side_width)
        panel.spaceAfter = 0
        figure.spaceAfter = 0
        return self.layout_table(
            [[figure, panel]],
            colWidths=[main_width, side_width],
            style=[
                *_NO_PADDING,
                ("RIGHTPADDING", (0, 0), (0, 0), self.look.column_gap_mm * mm),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ],
        )

    def table(self, table: Table, parent: StructNode) -> list[Flowable]:
        node = parent.add("Table")
        columns = max((len(row) for row in table.rows), default=0)
        data: list[list[Any]] = []
        # The caption is the table's first row, spanning it, so that it starts on the
        # same page as the table and repeats (as an artifact) above continued parts.
        first = 1 if table.caption else 0
        if table.caption:
            caption_style = self.para_style(
                self.look.role("caption"), space_before=0, space_after=0
            )
            caption = self.paragraph(
                (Run(table.caption),), caption_style, ParaTag(node.add("Caption"))
            )
            data.append([caption] + [""] * (columns - 1))
        tones = {(row, col): tone for row, col, tone in table.tones}
        fills: list[tuple[int, int, str]] = []
        relative = table.column_widths or (1.0,) * columns
        widths = [self.text_width * w / sum(relative) for w in relative]
        for row_index, row in enumerate(table.rows):
            in_head = row_index < table.header_rows
            row_node = node.add("TR")
            cells: list[Any] = []
            for col_index, cell in enumerate(row):
                is_header = cell.header
                cell_node = row_node.add(
                    "TH" if is_header else "TD",
                    attributes={"Table": {"Scope": "Column" if in_head else "Row"}}
                    if is_header
                    else None,
                    keep_empty=True,
                )
                look = self.look.cell(
                    header_row=in_head,
                    header_cell=is_header,
                    tone=tones.get((row_index, col_index)),
                )
                if look.fill is not None:
                    fills.append((row_index, col_index, look.fill))
                style = self.para_style(
                    self.look.role("table"),
                    bold=look.bold,
                    colour=look.colour,
                    align=TA_RIGHT if cell.align == "right" else TA_LEFT,
                    space_after=0,
                )
                room = widths[col_index] - 2 * self.look.cell_padding_pt
                width = stringWidth(cell.text, style.fontName, style.fontSize)
                if cell.text.isprintable() and width <= room:  # one line, as it stands
                    right = cell.align == "right"
                    cells.append(TaggedCell(cell.text, style, cell_node, right, width))
                else:
                    cells.append(self.paragraph((Run(cell.text),), style, ParaTag(cell_node)))
            data.append(cells + [""] * (columns - len(cells)))
        pad = self.look.cell_padding_pt
        commands: list[tuple[Any, ...]] = [
            (
                "GRID",
                (0, first),
                (-1, -1),
                self.look.rule_width_pt,
                HexColor(self.look.rule_colour),
            ),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ]
        if table.caption:
            commands += [
                ("SPAN", (0, 0), (-1, 0)),
                ("LEFTPADDING", (0, 0), (-1, 0), 0),
                ("TOPPADDING", (0, 0), (-1, 0), 0),
            ]
        commands.extend(
            ("BACKGROUND", (col, first + row), (col, first + row), HexColor(fill))
            for row, col, fill in fills
        )
        return [
            self.layout_table(
                data,
                colWidths=widths,
                repeatRows=first + table.header_rows,
                style=commands,
                hAlign="LEFT",
                spaceBefore=self.look.role("caption").space_before if first else 0,
            )
        ]


# ---------------------------------------------------------------- page furniture


def _draw_header(
    document: Document, look: Look, fonts: _Fonts, canvas: Any, page: int, total: int
) -> None:
    """The running header and its rule, as a pagination artifact."""
    if not document.running_header:
        return
    geometry = look.page
    text = look.role("header")
    size = text.size
    left = geometry.margin_left_mm * mm
    right = (geometry.width_mm - geometry.margin_right_mm) * mm
    baseline = (geometry.height_mm - look.furniture.header_baseline_mm) * mm
    rule = baseline - look.furniture.header_rule_drop_pt
    canvas.saveState()
    canvas.addLiteral("/Artifact <</Type /Pagination /Subtype /Header>> BDC")
    canvas.setFont(fonts.regular, size)
    canvas.setFillColor(HexColor(text.colour))
    canvas.drawString(left, baseline, document.running_header)
    canvas.setStrokeColor(HexColor(look.rule_colour))
    canvas.setLineWidth(look.rule_width_pt)
    canvas.line(left, rule, right, rule)
    canvas.addLiteral("EMC")
    canvas.restoreState()


def _draw_footer(
    document: Document, look: Look, fonts: _Fonts, canvas: Any, page: int, total: int
) -> None:
    """ "Page N of M" in the model's words, as a pagination artifact."""
    geometry = look.page
    text = look.role("footer")
    prefix = look.furniture.page_label_prefix
    label = BETWEEN_LANGUAGES.join(
        f"{word} {prefix}{page} {of} {total}" for word, of in document.page_labels
    )
    canvas.saveState()
    canvas.addLiteral("/Artifact <</Type /Pagination /Subtype /Footer>> BDC")
    canvas.setFont(fonts.regular, text.size)
    canvas.setFillColor(HexColor(text.colour))
    canvas.drawRightString(
        (geometry.width_mm - geometry.margin_right_mm) * mm,
        look.furniture.footer_baseline_mm * mm,
        label,
    )
    canvas.addLiteral("EMC")
    canvas.restoreState()


# ---------------------------------------------------------------- finishing


def _finish(
    data: bytes,
    document: Document,
    look: Look,
    tagger: Tagger,
    images: ImageStore,
    target: Path,
) -> None:
    """Add the pictures, structure tree, catalog entries and metadata; write `target`."""
    meta = document.metadata
    with pikepdf.open(io.BytesIO(data)) as pdf:
        # reportlab's ~90 objects looked through before the pictures and the ~1,400
        # structure elements are added, which neither needs to see
        _single_filters(pdf)
        make_archival(pdf)
        images.write(pdf)
        tagger.write(pdf)
        add_page_labels(pdf, look.furniture.page_label_prefix)
        root = pdf.Root
        root.MarkInfo = Dictionary(Marked=True)
        root.Lang = pikepdf.String(meta.language)
        root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
        root.PageMode = Name.UseOutlines
        when = datetime.fromtimestamp(meta.timestamp, tz=UTC)
        pdf_date = when.strftime("D:%Y%m%d%H%M%S+00'00'")
        info = pdf.trailer.Info
        for key, value in (
            ("/Title", meta.title),
            ("/Author", meta.author),
            ("/Subject", meta.subject),
            ("/Keywords", ", ".join(meta.keywords)),
            ("/Creator", PRODUCER),
            ("/Producer", PRODUCER),
            ("/CreationDate", pdf_date),
            ("/ModDate", pdf_date),
        ):
            info[key] = pikepdf.String(value)
        root.Metadata = pdf.make_stream(
            _xmp(document, when.strftime("%Y-%m-%dT%H:%M:%SZ")),
            Type=Name.Metadata,
            Subtype=Name.XML,
        )
        end_without_cr(pdf)
        save_archival(pdf, target)


def _single_filters(pdf: pikepdf.Pdf) -> None:
    """reportlab writes `/Filter [/FlateDecode]`; qpdf would decode and recompress
    every such image on save. A single filter as a name is the same and is left alone."""
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Stream):
            filters = obj.stream_dict.get("/Filter")
            if isinstance(filters, pikepdf.Array) and len(filters) == 1:
                obj.stream_dict.Filter = filters[0]


def _xmp(document: Document, date: str) -> bytes:
    meta = document.metadata

    def alt(text: str) -> str:
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{xml_text(text)}</rdf:li></rdf:Alt>'

    properties = "\n".join(
        (
            "<dc:format>application/pdf</dc:format>",
            f"<dc:title>{alt(meta.title)}</dc:title>",
            f"<dc:creator><rdf:Seq><rdf:li>{xml_text(meta.author)}</rdf:li></rdf:Seq></dc:creator>",
            f"<dc:description>{alt(meta.subject)}</dc:description>",
            f"<dc:language><rdf:Bag><rdf:li>{xml_text(meta.language)}</rdf:li></rdf:Bag></dc:language>",
            f"<pdf:Keywords>{xml_text(', '.join(meta.keywords))}</pdf:Keywords>",
            f"<pdf:Producer>{xml_text(PRODUCER)}</pdf:Producer>",
            f"<xmp:CreatorTool>{xml_text(PRODUCER)}</xmp:CreatorTool>",
            f"<xmp:CreateDate>{date}</xmp:CreateDate>",
            f"<xmp:ModifyDate>{date}</xmp:ModifyDate>",
            f"<xmp:MetadataDate>{date}</xmp:MetadataDate>",
            *xmp_identification(),
        )
    )
    packet = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
{XMP_NAMESPACES}>
{properties}
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return packet.encode("utf-8")
