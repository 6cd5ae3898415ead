"""The ODS writer: the workbook edition as an OpenDocument spreadsheet, the format
the Government's open standards ask published spreadsheets to be in.

It holds what the XLSX holds, laid out the same way (decided in
`generator.look.sheets`): a cover, contents and notes sheet, then one table a
sheet, figures as numbers in their number formats, no merged cells; each table
a named database range (ODS's own table). Written with odfpy; the zip's entry
dates and the file's dates are the build's timestamp, so that the same inputs
give the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.core.model import Document
from generator.look.sheets import (
    HEADER_ROW,
    CoverRows,
    NoteIcons,
    SheetNote,
    SheetTable,
    Widths,
    plan_workbook,
    table_name,
)
from generator.writers.number_formats import NumberStyle, number_style

if TYPE_CHECKING:
    from generator.look.resolve import Look, WorkbookLook


def _width(characters: int) -> str:
    """A column `characters` wide, as a spreadsheet measures it (7 px a character
    and 5 of padding, at 96 px an inch)."""
    return f"{(characters * 7 + 5) / 96:.4f}in"


class _Book:
    """The document being written, and its styles by name."""

    def __init__(self, look: WorkbookLook) -> None:
        from odf.opendocument import OpenDocumentSpreadsheet

        self.look = look
        self.doc = OpenDocumentSpreadsheet()
        self.sheets: list[Any] = []
        self.ranges: list[tuple[str, str, int, int]] = []  # name, sheet, last row, last column
        self.numbers: dict[str, str] = {}  # Excel number format -> cell style name
        self.columns: dict[str, str] = {}  # width -> column style name
        self.rows: dict[str, str] = {}  # height -> row style name
        self.pictures: dict[str, str] = {}  # icon name -> its place in the package
        self._styles()

    def _styles(self) -> None:
        from odf.style import ParagraphProperties, Style, TableCellProperties, TextProperties

        look = self.look
        text = {"fontfamily": look.font, "fontsize": f"{look.body_size}pt"}

        def cell(
            name: str, texts: dict[str, str], cells: dict[str, str], right: bool = False
        ) -> None:
            style = Style(name=name, family="table-cell")
            style.addElement(TextProperties(**{**text, **texts}))
            if cells:
                style.addElement(TableCellProperties(**cells))
            if right:
                style.addElement(ParagraphProperties(textalign="end"))
            self.doc.automaticstyles.addElement(style)

        wrap = {"wrapoption": "wrap", "verticalalign": "top"}
        cell("title", {"fontweight": "bold", "fontsize": f"{look.title_size}pt"}, {})
        cell("cover_title", {"fontweight": "bold", "fontsize": f"{look.title_size}pt"}, wrap)
        cell("subtitle", {"fontweight": "bold"}, {})
        cell("text", {}, wrap)
        cell("plain", {}, {"verticalalign": "top"})  # a note's number beside its words
        header = {**wrap, "borderbottom": "0.5pt solid #000000"}
        cell("header", {"fontweight": "bold"}, header)
        cell("header_right", {"fontweight": "bold"}, wrap, right=True)
        underline = {"textunderlinestyle": "solid", "textunderlinewidth": "auto"}
        cell("link", {**underline, "color": look.link_colour}, {})

    def number(self, excel: str) -> str:
        """The cell style of a figure in the number format `excel` (made once)."""
        if excel in self.numbers:
            return self.numbers[excel]
        from odf.style import Style, TextProperties

        data = f"N{len(self.numbers) + 1}"
        self.doc.automaticstyles.addElement(_data_style(data, number_style(excel)))
        name = f"number{len(self.numbers) + 1}"
        style = Style(name=name, family="table-cell", datastylename=data)
        style.addElement(
            TextProperties(fontfamily=self.look.font, fontsize=f"{self.look.body_size}pt")
        )
        self.doc.automaticstyles.addElement(style)
        self.numbers[excel] = name
        return name

    def sheet(self, label: str, widths: list[int]) -> Any:
        from odf.style import Style, TableColumnProperties
        from odf.table import Table, TableColumn

        table = Table(name=label)
        for characters in widths:
            width = _width(characters)
            if width not in self.columns:
                name = f"co{len(self.columns) + 1}"
                style = Style(name=name, family="table-column")
                style.addElement(TableColumnProperties(columnwidth=width))
                self.doc.automaticstyles.addElement(style)
                self.columns[width] = name
            table.addElement(TableColumn(stylename=self.columns[width]))
        self.sheets.append(table)
        return table

    def row_style(self, points: float) -> str:
        """The style of a row `points` high (made once)."""
        height = f"{points:.2f}pt"
        if height not in self.rows:
            from odf.style import Style, TableRowProperties

            name = f"ro{len(self.rows) + 1}"
            style = Style(name=name, family="table-row")
            style.addElement(TableRowProperties(rowheight=height, useoptimalrowheight="false"))
            self.doc.automaticstyles.addElement(style)
            self.rows[height] = name
        return self.rows[height]

    def picture(self, name: str, image: bytes) -> str:
        """The PNG `image` in the package (once a name), listed in its manifest."""
        if name not in self.pictures:
            self.pictures[name] = self.doc.addPicture(f"Pictures/{name}.png", "image/png", image)
        return self.pictures[name]

    def mark_table(self, name: str, label: str, last_row: int, last_column: int) -> None:
        self.ranges.append((table_name(name), label, last_row, last_column))


def _data_style(name: str, style: NumberStyle) -> Any:
    from odf.number import Minutes, Number, NumberStyle, PercentageStyle, Seconds, Text, TimeStyle

    if style.kind == "time":
        data = TimeStyle(name=name, truncateonoverflow="false")
        data.addElement(Minutes())
        data.addElement(Text(text=":"))
        data.addElement(Seconds(style="long"))
        return data
    data = (PercentageStyle if style.kind == "percentage" else NumberStyle)(name=name)
    if style.before:
        data.addElement(Text(text=style.before))
    data.addElement(
        Number(
            decimalplaces=style.decimals,
            minintegerdigits=1,
            grouping="true" if style.grouping else "false",
        )
    )
    after = ("%" if style.kind == "percentage" else "") + style.after
    if after:
        data.addElement(Text(text=after))
    return data


def _row(table: Any) -> Any:
    from odf.table import TableRow

    row = TableRow()
    table.addElement(row)
    return row


def _text(row: Any, text: str, style: str, link: str | None = None) -> None:
    from odf.table import TableCell
    from odf.text import A, P

    cell = TableCell(valuetype="string", stylename=style)
    for line in text.split("\n"):
        paragraph = P()
        if link is None:
            paragraph.addText(line)
        else:
            paragraph.addElement(A(href=link, text=line))
        cell.addElement(paragraph)
    row.addElement(cell)


def _figure(row: Any, value: float, shown: str, style: str, percent: bool = False) -> None:
    from odf.table import TableCell
    from odf.text import P

    kind = "percentage" if percent else "float"
    cell = TableCell(valuetype=kind, value=repr(value), stylename=style)
    cell.addElement(P(text=shown))
    row.addElement(cell)


def write(document: Document, resolved: Look, target: Path) -> None:
    """Write every table of `document` into one ODS spreadsheet at `target`."""
    from odf.element import Element

    # odfpy declares, in every file, each namespace any of its elements has used in
    # this process so far (a class attribute): a file of its own declares only its own.
    used = Element.namespaces
    Element.namespaces = {}
    try:
        _write(document, resolved, target)
    finally:
        Element.namespaces = used


def _write(document: Document, resolved: Look, target: Path) -> None:
    look = resolved.workbook
    meta = document.metadata
    plan = plan_workbook(
        document,
        Widths(look.column_padding, look.column_min, look.column_max),
        NoteIcons.of(look),
        CoverRows.of(look),
    )
    book = _Book(look)
    words = plan.words

    cover = book.sheet(words.cover_label, [look.cover_width])
    for line in plan.cover:  # Calc sizes each row to its wrapped words (optimal height)
        _text(_row(cover), line.text, line.kind)

    contents = book.sheet(
        words.contents_label, [look.contents_name_width, look.contents_description_width]
    )
    _text(_row(contents), words.contents_title, "title")
    _text(_row(contents), words.one_table, "plain")
    header = _row(contents)
    for name in words.contents_header:
        _text(header, name, "header")
    for label, caption in plan.contents:
        row = _row(contents)
        _text(row, label, "link", link=f"#'{label}'.A1")
        _text(row, caption, "text")
    book.mark_table("contents", words.contents_label, HEADER_ROW + max(len(plan.contents), 1), 1)

    notes_widths = [look.notes_number_width, look.notes_text_width]
    notes = book.sheet(
        words.notes_label, notes_widths + ([plan.icons.column_width] if plan.icon_column else [])
    )
    _text(_row(notes), words.notes_title, "title")
    _text(_row(notes), words.one_table, "plain")
    header = _row(notes)
    for name in words.notes_header:
        _text(header, name, "header")
    for number, note in enumerate(plan.notes, start=1):
        row = _row(notes)
        _figure(row, float(number), str(number), "plain")
        _text(row, note.text, "text")
        _icon(book, row, note, plan.icons, f"note-{number}")
    book.mark_table("notes", words.notes_label, HEADER_ROW + max(len(plan.notes), 1), 1)

    for sheet in plan.sheets:
        _table_sheet(book, sheet)

    _finish(book, document)
    created = datetime.fromtimestamp(meta.timestamp, tz=UTC)
    buffer = io.BytesIO()
    book.doc.save(buffer)
    target.write_bytes(_dated(buffer.getvalue(), created))


def _icon(book: _Book, row: Any, note: SheetNote, icons: NoteIcons, place: str) -> None:
    """A note's icon, if it has one: a picture in the cell after the notes table's,
    beside its words, anchored to that cell (it moves with it), titled and described
    by its words; its row as tall as the picture needs."""
    if note.icon is None:
        return
    from odf.draw import Frame, Image
    from odf.svg import Desc, Title
    from odf.table import TableCell

    row.setAttribute("stylename", book.row_style(note.height_points))
    side = f"{icons.points:g}pt"
    margin = f"{icons.margin_points:g}pt"
    frame = Frame(name=f"{place}-{note.icon.name}", width=side, height=side, x=margin, y=margin)
    href = book.picture(note.icon.name, note.icon.image)
    frame.addElement(Image(href=href, type="simple", show="embed", actuate="onLoad"))
    frame.addElement(Title(text=note.icon.alt))
    frame.addElement(Desc(text=note.icon.alt))
    cell = TableCell()
    cell.addElement(frame)
    row.addElement(cell)


def _table_sheet(book: _Book, sheet: SheetTable) -> None:
    table = book.sheet(sheet.label, list(sheet.widths))
    _text(_row(table), sheet.title, "title")
    _text(_row(table), sheet.line, "plain")
    header = _row(table)
    for name, numeric in zip(sheet.header, sheet.numeric, strict=True):
        _text(header, name, "header_right" if numeric else "header")
    for values, formats, shown in zip(sheet.body, sheet.formats, sheet.shown, strict=True):
        row = _row(table)
        for value, number_format, text in zip(values, formats, shown, strict=True):
            if isinstance(value, float):
                style = book.number(number_format) if number_format else "plain"
                percent = bool(number_format) and number_style(number_format).kind == "percentage"
                _figure(row, value, text, style, percent)
            else:
                _text(row, value, "plain")
    book.mark_table(sheet.label, sheet.label, HEADER_ROW + len(sheet.body), len(sheet.header) - 1)


def _finish(book: _Book, document: Document) -> None:
    """The sheets, their tables as database ranges, and the file's properties."""
    from odf import dc
    from odf import meta as odf_meta
    from odf.table import DatabaseRange, DatabaseRanges

    for table in book.sheets:
        book.doc.spreadsheet.addElement(table)
    ranges = DatabaseRanges()
    for name, label, last_row, last_column in book.ranges:
        end = _column_letters(last_column) + str(last_row + 1)
        ranges.addElement(
            DatabaseRange(
                name=name,
                targetrangeaddress=f"'{label}'.A{HEADER_ROW + 1}:'{label}'.{end}",
                containsheader="true",
            )
        )
    book.doc.spreadsheet.addElement(ranges)
    _without_gridlines(book)

    meta = document.metadata
    stamp = datetime.fromtimestamp(meta.timestamp, tz=UTC).strftime("%Y-%m-%dT%H:%M:%S")
    properties = book.doc.meta
    properties.addElement(dc.Title(text=meta.title))
    properties.addElement(dc.Subject(text=meta.subject))
    properties.addElement(odf_meta.InitialCreator(text=meta.author))
    properties.addElement(dc.Creator(text=meta.author))
    for keyword in meta.keywords:
        properties.addElement(odf_meta.Keyword(text=keyword))
    properties.addElement(dc.Language(text=meta.language))
    properties.addElement(odf_meta.CreationDate(text=stamp))
    properties.addElement(dc.Date(text=stamp))
    properties.addElement(odf_meta.UserDefined(name="Language", text=meta.language))


def _without_gridlines(book: _Book) -> None:
    """Every sheet shown without gridlines, as the XLSX's are: the view settings that
    LibreOffice reads (the view's own and each sheet's)."""
    from odf.config import (
        ConfigItem,
        ConfigItemMapEntry,
        ConfigItemMapIndexed,
        ConfigItemMapNamed,
        ConfigItemSet,
    )

    def hidden() -> Any:
        return ConfigItem(name="ShowGrid", type="boolean", text="false")

    sheets = ConfigItemMapNamed(name="Tables")
    for table in book.sheets:
        entry = ConfigItemMapEntry(name=table.getAttribute("name"))
        entry.addElement(hidden())
        sheets.addElement(entry)
    view = ConfigItemMapEntry()
    view.addElement(ConfigItem(name="ViewId", type="string", text="view1"))
    view.addElement(sheets)
    view.addElement(hidden())
    views = ConfigItemMapIndexed(name="Views")
    views.addElement(view)
    settings = ConfigItemSet(name="ooo:view-settings")
    settings.addElement(views)
    book.doc.settings.addElement(settings)
    # And the document's own setting, where LibreOffice itself writes it on saving a
    # workbook shown without gridlines (and reads it when no view is open).
    configuration = ConfigItemSet(name="ooo:configuration-settings")
    configuration.addElement(hidden())
    book.doc.settings.addElement(configuration)


def _column_letters(column: int) -> str:
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _dated(data: bytes, when: datetime) -> bytes:
    """The zip again, every entry dated `when` (odfpy dates them now), in the same order."""
    stamp = (max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as copy:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, stamp)
            info.compress_type = entry.compress_type
            info.external_attr = entry.external_attr
            copy.writestr(info, source.read(entry.filename))
    return out.getvalue()
