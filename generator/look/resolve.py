"""The look: every presentation decision, resolved once from the house style
(and the council's Word template, if the style names one).

The four editions' writers (DOCX, PDF, web page, workbook) read a `Look` and
translate it into their format; they hold no sizes, offsets, colours, fonts,
spacing or fallbacks of their own, so the editions cannot drift apart. Where two
formats measure one decision differently (Word places a header by the top of its
paragraph, the PDF by its baseline), the look names each measure.

    look = resolve_look(style)          # once per build, in the main process
    look.role("body")                   # TextLook: font, size, colour, spacing...
    look.heading(2)                     # TextLook of a level-2 heading
    look.list_level(ordered=True, level=1).label(2)   # "b."
    look.cell(header_row=False, header_cell=False, tone="RED")  # CellLook
    look.tone("AMBER")                  # Tone(fill, text); unknown: InputError

Everything here is a frozen dataclass of plain values, so a `Look` pickles to
worker processes and compares equal when it would produce the same output.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from generator.core.errors import InputError
from generator.core.model import Document, Rating, Table
from generator.read.fonts import FontChoice, body_family, template_font
from generator.read.style import FontFiles, RagStyle, Style
from generator.read.template import Template, TemplateStyle, read_template

LEADING = 1.25  # line height, as a multiple of the font size
SPACE_AFTER = 0.5  # space after a paragraph, as a multiple of its font size
HEADING_SPACE_BEFORE = 0.9  # space before a heading below the first, times its size
HEADING_SPACE_AFTER = 0.3  # space after a heading, times its size
MAX_HEADING = 6  # PDF has H1 to H6; deeper levels are drawn as H6
LIST_INDENT_MM = 6.0  # indent per list level; the label sits in the indent
COLUMN_GAP_MM = 5.0  # between a chart and the notes beside it
ICON_GAP_MM = 2.0  # between an icon and the words of its line (an SPC icon)
RULE_WIDTH_PT = 0.5  # a hairline: a table's grid and the rule under the running header
CELL_PADDING_PT = 3.0  # round the text of a table cell (PDF)
PANEL_PADDING_MM = 3.0  # inner padding of a notes panel (PDF)
NOTES_LINE_GAP = 0.5  # gap between the lines of a notes panel, as a share of its padding
LIST_LABEL_SHARE = 0.8  # a list marker's box, as a share of its level's hanging indent
RATING_PADDING = 0.3  # the box round a rating's word, times the body size
RATING_SPACE_AFTER = 1.5  # space after a rating, times the body's space after
# The PDF places the running header's and the page numbers' baselines; Word places
# the top of the header paragraph and the bottom of the footer's. Measured in
# LibreOffice on the house style (12 mm margins, 9 pt DejaVu Sans), the two do not
# land together: the PDF's header baseline is 6.6 mm below the page top and the
# DOCX's 9.0 mm; the PDF's page numbers 5.4 mm above the page bottom, the DOCX's 6.7 mm.
HEADER_RAISE = 0.45  # PDF: header baseline, as a share of the top margin above the frame
FOOTER_RAISE = 0.45  # PDF: footer baseline, as a share of the bottom margin
WORD_FURNITURE_DISTANCE = 0.5  # Word: header and footer distance, times the margin
HEADER_RULE_DROP = 0.6  # PDF: the rule under the header, below its baseline, times its size
HEADER_RULE_SPACE_PT = 1  # Word: the rule's space below the header text, whole points

# The roles a paragraph can have (model.ParagraphRole) and the writers' own roles.
Role = Literal["body", "lead", "note", "caption", "table", "header", "footer", "notes_line"]
ROLES: tuple[Role, ...] = (
    "body",
    "lead",
    "note",
    "caption",
    "table",
    "header",
    "footer",
    "notes_line",
)


@dataclass(frozen=True)
class TextLook:
    """How a paragraph of one role (or heading level) looks."""

    font: str  # family name, e.g. "DejaVu Sans"
    size: float  # points
    colour: str  # "#RRGGBB"
    bold: bool = False
    italic: bool = False
    space_before: float = 0.0  # points
    space_after: float = 0.0  # points
    leading: float = LEADING  # line height as a multiple of `size`
    keep_with_next: bool = False

    @property
    def line_height(self) -> float:
        return self.size * self.leading


NumberFormat = Literal["decimal", "lowerLetter", "lowerRoman", "bullet"]


@dataclass(frozen=True)
class ListLevel:
    """One level of a list: its marker, the PDF ListNumbering and Word numFmt agree."""

    ordered: bool
    level: int  # 0 at the top
    number_format: NumberFormat
    bullet: str  # the marker of an unordered level ("" for ordered)
    indent_mm: float  # left indent of the text; the label sits in the indent
    text: TextLook
    label_share: float = LIST_LABEL_SHARE  # the marker's box, as a share of `hang_mm`

    @property
    def hang_mm(self) -> float:
        """The hanging indent: one level's step, where the marker sits."""
        return self.indent_mm / (self.level + 1)

    @property
    def pdf_numbering(self) -> str:
        """The PDF/UA ListNumbering attribute for this level."""
        if not self.ordered:
            return "Disc" if self.level == 0 else "Circle"
        return {"decimal": "Decimal", "lowerLetter": "LowerAlpha", "lowerRoman": "LowerRoman"}[
            self.number_format
        ]

    def label(self, number: int) -> str:
        """The marker printed before item `number` (1-based)."""
        if not self.ordered:
            return self.bullet
        if self.number_format == "lowerLetter":
            return f"{_letters(number)}."
        if self.number_format == "lowerRoman":
            return f"{_roman(number)}."
        return f"{number}."


@dataclass(frozen=True)
class PageLook:
    """The page: its size and margins, in millimetres."""

    width_mm: float
    height_mm: float
    margin_top_mm: float
    margin_bottom_mm: float
    margin_left_mm: float
    margin_right_mm: float

    @property
    def text_width_mm(self) -> float:
        return self.width_mm - self.margin_left_mm - self.margin_right_mm


@dataclass(frozen=True)
class Tone:
    """A rating's colours: the fill, and the text printed on it."""

    fill: str
    text: str


@dataclass(frozen=True)
class CellLook:
    """A data-table cell: its fill (None for none), text colour and weight."""

    fill: str | None
    colour: str
    bold: bool


@dataclass(frozen=True)
class Furniture:
    """Where the running header, its rule and the page numbers sit, in each
    format's own measure (see HEADER_RAISE above: they are not one place)."""

    header_baseline_mm: float  # PDF: from the page top to the header's baseline
    footer_baseline_mm: float  # PDF: from the page bottom to the page numbers' baseline
    header_distance_mm: float  # Word: from the page top to the top of the header
    footer_distance_mm: float  # Word: from the page bottom to the bottom of the footer
    header_rule_drop_pt: float  # PDF: the header's rule, below its baseline
    header_rule_space_pt: int  # Word: the header's rule, below its text (w:space)
    # PDF: printed before each page number and written as the page labels ("A1-").
    page_label_prefix: str = ""


@dataclass(frozen=True)
class RatingBox:
    """The coloured box round a rating's word (PDF)."""

    padding_pt: float
    space_after_pt: float


@dataclass(frozen=True)
class WorkbookLook:
    """The workbook's font and column widths. The house font is not assumed installed
    where the workbook is opened: Arial, as the Analysis Function's own theme, at no
    less than its sizes."""

    font: str
    title_size: float
    body_size: float
    link_colour: str
    cover_width: int  # column widths, in characters
    contents_name_width: int
    contents_description_width: int
    notes_number_width: int
    notes_text_width: int
    column_padding: int  # added to a table column's longest entry
    column_min: int
    column_max: int
    # An SPC icon beside its words on the notes sheet: its side and its margin in its
    # cell (points), and the width of the column of pictures (characters).
    icon_points: float = 24.0
    icon_margin_points: float = 2.0
    icon_column_width: int = 6


@dataclass(frozen=True)
class WebLook:
    """The web page's own measures on a screen (CSS), which paper has no use for;
    its text sizes and colours are the roles' and the look's."""

    font_fallbacks: str  # after the house font, where it is not installed
    background: str
    focus: str  # the focus box (GOV.UK's yellow) and the text on it
    focus_text: str
    focus_width: str
    rule_width: str
    line_height: float  # on a screen; headings keep their own leading
    print_line_height: float
    max_width: str
    padding: str
    heading_margin: str
    section_rule_gap: str  # between a section's rule and its heading
    paragraph_gap: str
    underline_offset: str
    caption_padding: str
    rating_padding: str
    contents_indent: str
    contents_item_gap: str
    column_gap: str  # between a chart and the notes beside it
    notes_min_width: str
    figure_caption_gap: str
    notes_padding: str
    table_margin: str
    caption_inset: str  # a sticky caption stays this far inside the window
    cell_padding: str


@dataclass(frozen=True)
class Look:
    """Every presentation decision the four editions take, resolved once."""

    style: Style  # the house style as read (for the charts and the page planner)
    font_family: str  # the body text's family
    fonts: FontFiles  # TrueType files of the body font (the PDF embeds them)
    # TrueType files of every family a role or heading uses, by family name: where a
    # template's font is not installed, those of what stands in for it (read/fonts.py).
    font_files: dict[str, FontFiles]
    roles: dict[str, TextLook]
    headings: tuple[TextLook, ...]  # index 0 is level 1
    lists: dict[tuple[bool, int], ListLevel]  # (ordered, level)
    tones: dict[str, Tone]
    page: PageLook
    link_colour: str
    rule_colour: str
    notes_background: str
    table_header_background: str
    table_header_text: str
    furniture: Furniture
    rating: RatingBox
    workbook: WorkbookLook
    web: WebLook
    chart_width_mm: float  # a chart as drawn (the web page's figures)
    rule_width_pt: float = RULE_WIDTH_PT
    cell_padding_pt: float = CELL_PADDING_PT
    panel_padding_mm: float = PANEL_PADDING_MM
    notes_line_gap: float = NOTES_LINE_GAP  # as a share of the panel's padding
    column_gap_mm: float = COLUMN_GAP_MM  # between a chart and the notes beside it
    icon_gap_mm: float = ICON_GAP_MM  # between an icon and the words of its line
    template: Path | None = None  # the council's Word template, if any
    source: Path = field(default_factory=Path)  # the house-style file, for messages
    # How each of a template's families was found (none without a template).
    font_choices: tuple[FontChoice, ...] = ()

    def role(self, name: str) -> TextLook:
        return self.roles[name]

    def font_warnings(self, style_file: str) -> list[str]:
        """One line for each template font the PDF draws in another font."""
        return [w for c in self.font_choices if (w := c.warning(style_file)) is not None]

    def heading(self, level: int) -> TextLook:
        return self.headings[min(max(level, 1), len(self.headings)) - 1]

    def list_level(self, *, ordered: bool, level: int) -> ListLevel:
        deepest = max(depth for kind, depth in self.lists if kind == ordered)
        return self.lists[ordered, min(max(level, 0), deepest)]

    def tone(self, name: str) -> Tone:
        found = self.tones.get(name)
        if found is None:
            raise InputError(
                f"no colours for rating '{name}'",
                file=str(self.source),
                fix="Add it under rag: in the house style, with a fill and a text colour",
            )
        return found

    def check_tones(self, document: Document) -> None:
        """Every rating the document shows has colours (else one InputError, before
        any writer starts)."""
        for section in document.sections:
            for block in section.blocks:
                if isinstance(block, Rating):
                    self.tone(block.tone)
                elif isinstance(block, Table):
                    for _row, _col, tone in block.tones:
                        self.tone(tone)

    def cell(self, *, header_row: bool, header_cell: bool, tone: str | None) -> CellLook:
        """The one precedence for table cells: a rating's tone, then the header row,
        then plain text. Header cells, row headers and rated cells are bold."""
        if tone is not None:
            colours = self.tone(tone)
            return CellLook(colours.fill, colours.text, True)
        if header_row:
            return CellLook(self.table_header_background, self.table_header_text, True)
        return CellLook(None, self.role("table").colour, header_cell)


def resolve_look(style: Style) -> Look:
    """The look of the house style (and of its template, where it names one)."""
    font = style.font_family
    text, heading_colour = style.colour("text"), style.colour("heading")
    body, notes = style.size("body"), style.size("notes")

    def plain(size: float, *, italic: bool = False) -> TextLook:
        return TextLook(font, size, text, italic=italic, space_after=size * SPACE_AFTER)

    lead = style.sizes.get("lead", style.size("subheading"))
    roles: dict[str, TextLook] = {
        "body": plain(body),
        "lead": plain(lead),
        "note": plain(notes),
        "caption": TextLook(
            font,
            notes,
            text,
            italic=True,
            space_before=body * HEADING_SPACE_BEFORE,
            space_after=notes * SPACE_AFTER,
        ),
        "table": TextLook(font, style.size("table"), text, leading=LEADING),
        "header": TextLook(font, style.size("footer"), text),
        "footer": TextLook(font, style.size("footer"), text),
        "notes_line": plain(notes),
    }
    by_level = {1: "title", 2: "heading", 3: "subheading"}
    headings = []
    for level in range(1, MAX_HEADING + 1):
        size = style.sizes.get(by_level.get(level, "minor_heading"), style.size("subheading"))
        headings.append(
            TextLook(
                font,
                size,
                heading_colour,
                bold=True,
                space_before=0.0 if level == 1 else size * HEADING_SPACE_BEFORE,
                space_after=size * HEADING_SPACE_AFTER,
                keep_with_next=True,
            )
        )
    formats: tuple[NumberFormat, ...] = ("decimal", "lowerLetter", "lowerRoman")
    bullets = ("•", "–", "•")
    page = PageLook(
        style.page.width_mm,
        style.page.height_mm,
        style.page.margin_top_mm,
        style.page.margin_bottom_mm,
        style.page.margin_left_mm,
        style.page.margin_right_mm,
    )
    template = None
    if style.template is not None:
        template = read_template(style.template, style.source)
        roles, headings, page = _on_template(template, roles, headings, page)
    item = replace(roles["body"], space_after=roles["body"].size * SPACE_AFTER * 0.5)
    lists = {}
    for level in range(3):
        indent = (level + 1) * LIST_INDENT_MM
        lists[True, level] = ListLevel(True, level, formats[level], "", indent, item)
        lists[False, level] = ListLevel(False, level, "bullet", bullets[level], indent, item)
    body_font = roles["body"].font
    families = sorted({text.font for text in (*roles.values(), *headings)})
    # The house style's own font needs no finding; a template's is looked for here.
    choices = tuple(template_font(style, family) for family in families)
    font_files = {choice.asked: choice.files for choice in choices}
    furniture = Furniture(
        header_baseline_mm=page.margin_top_mm * (1 - HEADER_RAISE),
        footer_baseline_mm=page.margin_bottom_mm * FOOTER_RAISE,
        header_distance_mm=page.margin_top_mm * WORD_FURNITURE_DISTANCE,
        footer_distance_mm=page.margin_bottom_mm * WORD_FURNITURE_DISTANCE,
        header_rule_drop_pt=roles["header"].size * HEADER_RULE_DROP,
        header_rule_space_pt=HEADER_RULE_SPACE_PT,
        page_label_prefix=style.page_label_prefix,
    )
    rating = RatingBox(
        padding_pt=roles["body"].size * RATING_PADDING,
        space_after_pt=roles["body"].space_after * RATING_SPACE_AFTER,
    )
    return Look(
        style=style,
        font_family=body_font,
        fonts=font_files[body_font],
        font_files=font_files,
        roles=roles,
        headings=tuple(headings),
        lists=lists,
        tones={name: _tone(rag) for name, rag in style.rag.items()},
        page=page,
        template=style.template,
        link_colour=style.colour("link"),
        rule_colour=style.colour("rule"),
        notes_background=style.colour("notes_background"),
        table_header_background=style.colour("table_header_background"),
        table_header_text=style.colour("table_header_text"),
        furniture=furniture,
        rating=rating,
        workbook=_workbook(roles["body"], headings[1]),
        web=WEB,
        chart_width_mm=style.chart.width_mm,
        source=style.source,
        font_choices=choices if template is not None else (),
    )


def _workbook(body: TextLook, heading: TextLook) -> WorkbookLook:
    return WorkbookLook(
        font="Arial",
        title_size=max(heading.size + 2, 14),
        body_size=max(body.size + 2, 12),
        link_colour="#0000FF",
        cover_width=90,
        contents_name_width=16,
        contents_description_width=90,
        notes_number_width=14,
        notes_text_width=100,
        column_padding=2,
        column_min=10,
        column_max=60,
    )


WEB = WebLook(
    font_fallbacks="Arial,Helvetica,sans-serif",
    background="#fff",
    focus="#FFDD00",
    focus_text="#0B0C0C",
    focus_width="3px",
    rule_width="1px",
    line_height=1.45,
    print_line_height=1.3,
    max_width="78rem",
    padding="1rem clamp(0.75rem,3vw,2rem) 3rem",
    heading_margin="1.5rem 0 0.6rem",
    section_rule_gap="1rem",
    paragraph_gap="0.75rem",
    underline_offset="0.15em",
    caption_padding="0.4rem 0",
    rating_padding="0.1rem 0.5rem",
    contents_indent="1.5rem",
    contents_item_gap="0.2rem 0",
    column_gap="1rem",
    notes_min_width="12rem",
    figure_caption_gap="0.4rem",
    notes_padding="0.75rem 1rem",
    table_margin="1rem 0",
    caption_inset="2rem",
    cell_padding="0.3rem 0.5rem",
)


# The Word style that carries each role, where a template may define it.
WORD_STYLES: dict[str, str] = {
    "body": "Normal",
    "lead": "Subtitle",
    "note": "Note",
    "caption": "Caption",
    "table": "Table Text",
    "header": "Header",
    "footer": "Footer",
    "notes_line": "Note",
}


def _from_template(text: TextLook, found: TemplateStyle | None, font: str) -> TextLook:
    """`text` as the template's style says; a style it lacks keeps the house look
    in the template's body font."""
    if found is None:
        return replace(text, font=font)
    return replace(
        text,
        font=found.font or font,
        size=found.size or text.size,
        colour=found.colour or text.colour,
        bold=text.bold if found.bold is None else found.bold,
        italic=text.italic if found.italic is None else found.italic,
        space_before=text.space_before if found.space_before is None else found.space_before,
        space_after=text.space_after if found.space_after is None else found.space_after,
    )


def _on_template(
    template: Template, roles: dict[str, TextLook], headings: list[TextLook], page: PageLook
) -> tuple[dict[str, TextLook], list[TextLook], PageLook]:
    body_font = body_family(template, roles["body"].font)
    roles = {
        role: _from_template(text, template.styles.get(WORD_STYLES[role]), body_font)
        for role, text in roles.items()
    }
    resolved: list[TextLook] = []
    for level, text in enumerate(headings, start=1):
        found = template.styles.get(f"Heading {level}")
        # A level the template lacks is drawn in the font of the level above it.
        font = resolved[-1].font if resolved else body_font
        resolved.append(_from_template(text, found, font))
    if template.page is not None:
        page = PageLook(**vars(template.page))
    return roles, resolved, page


def _tone(rag: RagStyle) -> Tone:
    return Tone(rag.fill, rag.text)


def _letters(number: int) -> str:
    """a to z, then aa, bb ... zz, then aaa: Word's lowerLetter (and LibreOffice's
    reading of it), so that the PDF's markers are the DOCX's."""
    times, index = divmod(number - 1, 26)
    return chr(ord("a") + index) * (times + 1)


def _roman(number: int) -> str:
    numerals = (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    )
    out = ""
    for value, numeral in numerals:
        while number >= value:
            out += numeral
            number -= value
    return out
