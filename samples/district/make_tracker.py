"""Write data/tracker.xlsx and data/tracker.ods: a fictional district council's KPI tracker.

Kept as a district's performance team keeps one: a cover sheet, then a KPI
sheet with a merged title row, refs carried per service (H1, RB1, W1, CS1,
P1), the service, "Good is", the unit, a target per year ("Target 24/25"), a
column per quarter ("Q1 23/24" ... "Q3 24/25"), last year's outturn, a RAG
typed by hand and comments. It holds a late figure (P1's Q3 24/25 is "TBC"),
a cumulative council tax collection rate with its quarterly profile on the
row below, a rent arrears balance in pounds, an average call wait in minutes
and seconds stored as Excel times, a rate per 100,000 collections, gaps with
their reasons ("n/a – new measure"), lower-is-better measures and the days
taken to process a benefit claim. The council, every figure and every word
are made up. Run it from anywhere:

    python samples/district/make_tracker.py

The same script writes the same bytes: each file's dates are fixed and its
zip entries are rewritten with a fixed time.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime, time
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
QUARTERS = ["Q1 23/24", "Q2 23/24", "Q3 23/24", "Q4 23/24", "Q1 24/25", "Q2 24/25", "Q3 24/25"]
HEADER = [
    "Ref",
    "Measure",
    "Service",
    "Good is",
    "Unit",
    "Target 23/24",
    "Target 24/25",
    *QUARTERS,
    "Outturn 23/24",
    "RAG",
    "Comments",
]
TITLE = "Fenhallow District Council – Corporate KPI tracker 2024/25"
FIXED = datetime(2025, 1, 24, 9, 30, 0)
STAMP = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")

Figure = float | int | time | str | None  # None: a blank cell; str: words in the cell


def mmss(minutes: int, seconds: int) -> time:
    return time(0, minutes, seconds)


# (ref, measure, service, good is, unit, target 23/24, target 24/25, the quarters, outturn,
#  RAG typed by hand, comments); a row with no ref is a section heading or a profile.
ROWS: list[tuple[str, str, str, str, str, Figure, Figure, list[Figure], Figure, str, str]] = [
    ("Housing", "", "", "", "", None, None, [None] * 7, None, "", ""),
    (
        "H1",
        "Average days to re-let a council home",
        "Housing",
        "Low",
        "Days",
        28,
        25,
        [34.2, 31.5, 30.1, 29.4, 27.8, 26.9, 25.3],
        31.3,
        "Amber",
        "Void works contract re-let in June",
    ),
    (
        "H2",
        "Rent arrears owed by current tenants",
        "Housing",
        "Lower",
        "£",
        520000,
        500000,
        [548200, 531900, 512300, 497600, 521800, 509100, 503400],
        497600,
        "Amber",
        "Seasonal rise after the Christmas rent-free weeks",
    ),
    (
        "H3",
        "Households in temporary accommodation",
        "Housing",
        "↓",
        "Number",
        "n/a",
        "n/a",
        [61, 64, "n/a – system migration", 70, 73, 69, 72],
        70,
        "",
        "Count on the last day of the quarter",
    ),
    ("Revenues and Benefits", "", "", "", "", None, None, [None] * 7, None, "", ""),
    (
        "RB1",
        "Council tax collected (year to date)",
        "Revenues and Benefits",
        "High",
        "%",
        97.5,
        97.6,
        [29.1, 57.3, 84.6, 97.4, 29.4, 57.8, 84.6],
        97.4,
        "Green",
        "Cumulative: the year's collection to the end of each quarter",
    ),
    (
        "",
        "RB1 profile (year to date)",
        "Revenues and Benefits",
        "",
        "%",
        None,
        None,
        [29.0, 57.2, 84.5, 97.5, 29.2, 57.5, 84.5],
        None,
        "",
        "The quarter-end collection expected if the year's target is to be met",
    ),
    (
        "RB2",
        "Average days to process a new Housing Benefit claim",
        "Revenues and Benefits",
        "Low",
        "Days",
        20,
        18,
        [22.4, 21.0, 19.6, 18.8, 19.9, 18.2, 17.5],
        20.5,
        "Green",
        "",
    ),
    ("Waste", "", "", "", "", None, None, [None] * 7, None, "", ""),
    (
        "W1",
        "Missed bin collections per 100,000 collections",
        "Waste and Street Scene",
        "Low",
        "Rate per 100,000 collections",
        80,
        75,
        [92.1, 85.3, 97.8, 88.4, 79.2, 74.6, 81.3],
        90.9,
        "Red",
        "New rounds bedding in; snow in December",
    ),
    (
        "W2",
        "Household waste sent for reuse, recycling and composting",
        "Waste and Street Scene",
        "Higher is better",
        "%",
        50,
        52,
        [53.2, 51.8, 44.1, 41.9, 54.0, 52.6, 45.3],
        47.8,
        "Amber",
        "Garden waste falls each winter",
    ),
    ("Customer Services", "", "", "", "", None, None, [None] * 7, None, "", ""),
    (
        "CS1",
        "Average wait to answer a call to the contact centre",
        "Customer Services",
        "Low",
        "mm:ss",
        mmss(3, 0),
        mmss(2, 30),
        [mmss(m, s) for m, s in ((3, 42), (3, 15), (2, 58), (2, 41), (2, 36), (2, 29), (2, 35))],
        mmss(3, 9),
        "Amber",
        "",
    ),
    (
        "CS2",
        "Customers satisfied with the contact centre",
        "Customer Services",
        "High",
        "%",
        "n/a",
        80,
        [*["n/a – new measure"] * 4, 82.0, 84.5, 83.1],
        "n/a",
        "Green",
        "Survey after each call from April 2024",
    ),
    ("Planning", "", "", "", "", None, None, [None] * 7, None, "", ""),
    (
        "P1",
        "Major planning applications decided within 13 weeks",
        "Planning",
        "High",
        "%",
        60,
        60,
        [72.0, 68.5, 75.0, 70.2, 78.6, 74.1, "TBC"],
        71.4,
        "",
        "Q3 figure due from the national return in February",
    ),
]


def _format(unit: str) -> str | None:
    return {"%": "0.0", "£": "£#,##0", "mm:ss": "mm:ss", "Days": "0.0"}.get(unit)


def workbook() -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    cover = book.active
    cover.title = "Cover"
    cover.append([TITLE])
    cover["A1"].font = Font(bold=True, size=14)
    cover.append(["Prepared by the Policy and Performance team for Cabinet, February 2025."])
    cover.append(["Every council, figure and comment in this tracker is fictional."])
    cover.append([])
    cover.append(["The KPIs sheet holds one row per measure and one column per quarter."])
    sheet = book.create_sheet("KPIs")
    sheet.append([TITLE])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append(["Quarter 3 2024/25 (October to December 2024)"])
    sheet.append([])
    sheet.append(HEADER)
    for cell in sheet[4]:
        cell.font = Font(bold=True)
    for ref, measure, service, good, unit, t1, t2, values, outturn, rag, comment in ROWS:
        sheet.append([ref, measure, service, good, unit, t1, t2, *values, outturn, rag, comment])
        number_format = _format(unit)
        if number_format is None:
            continue
        for column in range(6, 6 + 2 + len(values) + 1):
            cell = sheet.cell(row=sheet.max_row, column=column)
            if isinstance(cell.value, int | float | time):
                cell.number_format = number_format
    book.properties.created = FIXED
    book.properties.modified = FIXED
    book.properties.creator = "Policy and Performance team"
    return book


def reproducible_zip(data: bytes, *, stored_first: str | None = None) -> bytes:
    """The same zip with every entry dated FIXED (and `stored_first` kept first and
    uncompressed, as an OpenDocument file's mimetype must be)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        names = [i.filename for i in source.infolist()]
        if stored_first is not None:
            names.remove(stored_first)
            names.insert(0, stored_first)
        for name in names:
            entry = zipfile.ZipInfo(name, date_time=FIXED.timetuple()[:6])
            stored = name == stored_first
            entry.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            content = source.read(name)
            if name == "docProps/core.xml":  # openpyxl stamps the save time
                content = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + STAMP.encode(), content
                )
            target.writestr(entry, content)
    return out.getvalue()


def xlsx_bytes() -> bytes:
    buffer = io.BytesIO()
    workbook().save(buffer)
    return reproducible_zip(buffer.getvalue())


def ods_bytes() -> bytes:
    """The same tracker as an OpenDocument spreadsheet (LibreOffice's own format)."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableColumnProperties
    from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    document.meta.childNodes = []  # no generator, creator or dates: the same bytes each time
    wide = Style(name="wide", family="table-column")
    wide.addElement(TableColumnProperties(columnwidth="3cm"))
    document.automaticstyles.addElement(wide)

    def text_cell(text: str, **extra: object) -> TableCell:
        cell = TableCell(valuetype="string", **extra)
        cell.addElement(P(text=text))
        return cell

    def cell_of(value: Figure, unit: str) -> TableCell:
        if value is None:
            return TableCell()
        if isinstance(value, str):
            return text_cell(value)
        if isinstance(value, time):
            # Shown as LibreOffice shows a time: 00:02:35 (hours, minutes and seconds).
            shown = value.strftime("%H:%M:%S")
            duration = f"PT{value.hour:02d}H{value.minute:02d}M{value.second:02d}S"
            cell = TableCell(valuetype="time", timevalue=duration)
            cell.addElement(P(text=shown))
            return cell
        shown = f"£{value:,.0f}" if unit == "£" else f"{value:g}"
        cell = TableCell(valuetype="float", value=str(value))
        cell.addElement(P(text=shown))
        return cell

    def row_of(cells: list[TableCell]) -> TableRow:
        row = TableRow()
        for cell in cells:
            row.addElement(cell)
        return row

    cover = Table(name="Cover")
    cover.addElement(TableColumn(stylename=wide))
    for line in (
        TITLE,
        "Prepared by the Policy and Performance team for Cabinet, February 2025.",
        "Every council, figure and comment in this tracker is fictional.",
        "",
        "The KPIs sheet holds one row per measure and one column per quarter.",
    ):
        cover.addElement(row_of([text_cell(line) if line else TableCell()]))
    document.spreadsheet.addElement(cover)

    sheet = Table(name="KPIs")
    sheet.addElement(TableColumn(stylename=wide, numbercolumnsrepeated=len(HEADER)))
    title = [text_cell(TITLE, numbercolumnsspanned=len(HEADER))]
    sheet.addElement(row_of(title + [CoveredTableCell() for _ in HEADER[1:]]))
    sheet.addElement(row_of([text_cell("Quarter 3 2024/25 (October to December 2024)")]))
    sheet.addElement(row_of([TableCell()]))
    sheet.addElement(row_of([text_cell(h) for h in HEADER]))
    for ref, measure, service, good, unit, t1, t2, values, outturn, rag, comment in ROWS:
        words = [ref, measure, service, good, unit]
        cells = [text_cell(w) if w else TableCell() for w in words]
        cells += [cell_of(v, unit) for v in (t1, t2, *values, outturn)]
        cells += [text_cell(w) if w else TableCell() for w in (rag, comment)]
        sheet.addElement(row_of(cells))
    document.spreadsheet.addElement(sheet)
    buffer = io.BytesIO()
    document.write(buffer)
    return reproducible_zip(buffer.getvalue(), stored_first="mimetype")


def main() -> None:
    for name, data in (("tracker.xlsx", xlsx_bytes()), ("tracker.ods", ods_bytes())):
        (HERE / "data" / name).write_bytes(data)
        print(f"Wrote {HERE / 'data' / name}")


if __name__ == "__main__":
    main()
