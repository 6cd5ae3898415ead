"""reportlab flowables that tag what they draw (see pdf_tagging)."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont, stringWidth
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus import paragraph as rl_paragraph

from generator.writers.pdf.images import parse_png
from generator.writers.pdf.tagging import ARTIFACT, END, StructNode


@dataclass(frozen=True)
class Label:
    """A list label ("•", "1.") drawn left of a paragraph's first line, tagged Lbl."""

    text: str
    node: StructNode
    indent: float  # distance from the paragraph's left indent back to the label


@dataclass(frozen=True)
class Bookmark:
    key: str
    title: str
    level: int


@dataclass(eq=False)
class ParaTag:
    """Tagging state shared by a paragraph and the parts it splits into."""

    node: StructNode
    links: list[StructNode] = field(default_factory=list)
    label: Label | None = None
    # outline entries at the paragraph's top: a heading's, after the entry of the
    # bilingual document's part it opens
    bookmarks: tuple[Bookmark, ...] = ()
    current: StructNode = field(init=False)  # the node receiving content: P, or a Link

    def __post_init__(self) -> None:
        self.current = self.node


class TaggedParagraph(Paragraph):  # type: ignore[misc]
    """A Paragraph whose text is one marked-content sequence (split at links).

    The BDC/EMC pair is written inside the paragraph's text object, so that the
    link switches (onDraw callbacks, also inside the text object) nest properly.
    A second draw of the same object is a repeated table header: an artifact.
    """

    def __init__(
        self,
        text: str | None,
        style: Any = None,
        bulletText: Any = None,
        frags: Any = None,
        caseSensitive: int = 1,
        encoding: str = "utf8",
        tag: ParaTag | None = None,
    ) -> None:
        super().__init__(text, style, bulletText, frags, caseSensitive, encoding)
        self.tag = tag
        self.continuation = False
        self.drawn = False
        self.artifact_draw = False
        self._wrapped_width = -1.0
        self._wrapped: tuple[float, float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """reportlab's, once a width: a table wraps each cell's paragraph to find its
        row's height and again to draw it, and the lines broken at one width are the
        same the second time (the lines, the height and the width are kept)."""
        if availWidth == self._wrapped_width and self._wrapped is not None:
            return self._wrapped
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped_width, self._wrapped = availWidth, size
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts: list[Any] = super().split(availWidth, availHeight)
        for index, part in enumerate(parts):
            if part is not self:
                part.tag = self.tag
                part.continuation = self.continuation or index > 0
        return parts

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        tag = self.tag
        self.artifact_draw = self.drawn
        self.drawn = True
        if tag is not None and not self.artifact_draw and not self.continuation:
            if tag.label is not None:
                self._draw_label(canvas, tag.label, x, y)
            for mark in tag.bookmarks:
                canvas.add_bookmark(mark.key, mark.title, mark.level, x, y + self.height)
        canvas.decor_artifact = True
        try:
            super().drawOn(canvas, x, y, _sW)
        finally:
            canvas.decor_artifact = False
            canvas.tag_paragraph = None

    def beginText(self, x: float, y: float) -> Any:
        canvas = self.canv
        text = canvas.beginText(x, y)
        if self.tag is None:
            return text
        canvas.tag_paragraph = self
        if self.artifact_draw:
            text._code.append(ARTIFACT)
        else:
            current = self.tag.current
            if current is not self.tag.node:  # a link resumed after a page break
                self.tag.node.append_child_once(current)
            text._code.append(canvas.tagger.begin(canvas.getPageNumber(), current))
        get_code = text.getCode
        line_out = text._textOut

        def spaced_line_out(chars: str, TStar: int = 0) -> None:
            # reportlab ends each line with T* and drops the space where it wrapped:
            # keep it as a trailing space, unseen, so that text rebuilt from the tags
            # reads "and Activity", not "andActivity".
            line_out(f"{chars} " if TStar else chars, TStar)

        text._textOut = spaced_line_out

        def closed_code() -> str:
            text._code.append(END)
            return str(get_code())

        text.getCode = closed_code
        return text

    def _draw_label(self, canvas: Any, label: Label, x: float, y: float) -> None:
        style = self.style
        lines = self.blPara.lines
        if not lines:
            return
        first = lines[0] if self.blPara.kind == 1 else self.blPara
        drop = (
            first.fontSize
            if rl_paragraph.paraFontSizeHeightOffset
            else getattr(first, "ascent", first.fontSize)
        )
        canvas.saveState()
        canvas.begin_tag(label.node)
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(style.textColor)
        canvas.drawString(x + style.leftIndent - label.indent, y + self.height - drop, label.text)
        canvas.addLiteral(END)
        canvas.restoreState()


class TaggedImage(Flowable):  # type: ignore[misc]
    """A PNG drawn at a fixed size (shrunk to fit), tagged Figure with its BBox."""

    def __init__(
        self, data: bytes, width: float, height: float, node: StructNode, max_height: float
    ) -> None:
        super().__init__()
        self.png = parse_png(data)
        self.reader = None if self.png is not None else ImageReader(io.BytesIO(data))
        self.box_width = width
        self.box_height = height
        self.node = node
        self.max_height = max_height
        self.width = width
        self.height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        scale = min(1.0, availWidth / self.box_width, self.max_height / self.box_height)
        self.width = self.box_width * scale
        self.height = self.box_height * scale
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.begin_tag(self.node)
        if self.png is not None:
            name = canvas.images.use(canvas.getPageNumber(), self.png)
            canvas.addLiteral(f"q {fp_str(self.width, 0, 0, self.height, 0, 0)} cm /{name} Do Q")
        else:
            canvas.drawImage(self.reader, 0, 0, self.width, self.height, mask="auto")
        canvas.addLiteral(END)
        a, b, c, d, e, f = canvas._currentMatrix
        corners = [
            (a * px + c * py + e, b * px + d * py + f)
            for px, py in ((0, 0), (self.width, self.height))
        ]
        (x0, y0), (x1, y1) = corners
        self.node.bbox = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


@dataclass(frozen=True)
class RatingLook:
    font: str
    bold_font: str
    size: float
    text_colour: Color
    fill: Color
    label_colour: Color
    padding: float


class RatingFlowable(Flowable):  # type: ignore[misc]
    """A rating: "<prefix><LABEL>", the label on a coloured box; text one P, box an artifact."""

    def __init__(self, prefix: str, label: str, look: RatingLook, node: StructNode) -> None:
        super().__init__()
        self.prefix = prefix
        self.label = label
        self.look = look
        self.node = node

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        ascent, descent = getAscentDescent(self.look.bold_font, self.look.size)
        self.width = availWidth
        self.height = ascent - descent + 2 * self.look.padding
        return self.width, self.height

    def draw(self) -> None:
        look = self.look
        canvas = self.canv
        box_x = stringWidth(self.prefix, look.font, look.size)
        label_width = stringWidth(self.label, look.bold_font, look.size)
        baseline = look.padding - getAscentDescent(look.bold_font, look.size)[1]
        canvas.saveState()
        canvas.addLiteral(ARTIFACT)
        canvas.setFillColor(look.fill)
        canvas.rect(box_x, 0, label_width + 2 * look.padding, self.height, stroke=0, fill=1)
        canvas.addLiteral(END)
        canvas.begin_tag(self.node)
        canvas.setFillColor(look.text_colour)
        canvas.setFont(look.font, look.size)
        canvas.drawString(0, baseline, self.prefix)
        canvas.setFillColor(look.label_colour)
        canvas.setFont(look.bold_font, look.size)
        canvas.drawString(box_x + look.padding, baseline, self.label)
        canvas.addLiteral(END)
        canvas.restoreState()


class TaggedCell(Flowable):  # type: ignore[misc]
    """A table cell's text that fits on one line, drawn as a string and tagged as
    its cell: a Paragraph parses, wraps and measures each of the data tables'
    cells for the same result at several times the cost. A second draw of the
    same object is a repeated header row: an artifact.

    It writes its operators itself, the ones reportlab's canvas would write for
    it (`q`, the move to the cell, the tag, the colour, the text object, `EMC`,
    `Q`), without the canvas's state saved and restored round them: the tables'
    900-odd cells are most of what the sample draws. `width` is the text's width
    in its style (measured once, by the writer, to see that it fits).
    """

    def __init__(self, text: str, style: Any, node: StructNode, right: bool, width: float) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.node = node
        self.right = right
        self.text_width = width
        self.drawn = False

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.style.leading
        return self.width, self.height

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        # What Flowable.drawOn, canvas.setFont, setFillColor and drawString (or
        # drawRightString) write, in their order, for the house fonts (TrueType,
        # set in each text object) and colours (RGB, opaque).
        style = self.style
        colour = style.textColor
        code = canvas._code
        code.append("q")
        code.append(f"{fp_str(1, 0, 0, 1, self._hAlignAdjust(x, _sW), y)} cm")
        if self.drawn:
            code.append(ARTIFACT)
        else:
            code.append(canvas.tagger.begin(canvas.getPageNumber(), self.node))
        self.drawn = True
        fills, texts = canvas.cell_fills, canvas.cell_texts
        fill = fills.get(colour)
        if fill is None:
            fill = fills[colour] = f"{fp_str((colour.red, colour.green, colour.blue))} rg"
        code.append(fill)
        left = self.width - self.text_width if self.right else 0
        place = f"1 0 0 1 {fp_str(left, self.height - style.fontSize)} Tm"
        key = (style.fontName, style.fontSize, self.text)
        shown = texts.get(key)
        if shown is None:  # its characters given their codes in the font's subsets
            shown = texts[key] = _shown(self.text, style.fontName, style.fontSize, canvas)
        code.append(f"BT {place} {shown} T* ET")
        code.append(END)
        code.append("Q")


def _shown(text: str, font_name: str, size: float, canvas: Any) -> str:
    """The operators that show `text` (its font set for each of the font's subsets it
    uses), as a text object of reportlab's writes them: once a text is shown, its
    characters keep their codes, and the same text is shown by the same operators."""
    font = getFont(font_name)
    doc = canvas._doc
    escape = canvas._escape
    size_and_leading = f"{fp_str(size)} Tf {fp_str(size * 1.2)} TL"
    parts = []
    current = -1
    for subset, chars in font.splitString(text, doc):
        if subset != current:
            parts.append(f"{font.getSubsetInternalName(subset, doc)} {size_and_leading}")
            current = subset
        parts.append(f"({escape(chars)}) Tj")
    return " ".join(parts)
