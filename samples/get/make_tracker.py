"""Write data/get-tracker.xlsx, the sample GET tracker, as a performance team keeps one.

A row per indicator and series, a column per quarter, with the columns teams
add (the indicator's name, its owner, a RAG typed by hand, notes) and a
"Read me" sheet first. Every figure is made up. Run it from anywhere:

    python samples/get/make_tracker.py

The same script writes the same bytes: the workbook's dates are fixed and the
zip entries are rewritten with a fixed time.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

TARGET = Path(__file__).resolve().parent / "data" / "get-tracker.xlsx"
QUARTERS = [
    f"Q{q} {y % 100:02d}/{(y + 1) % 100:02d}" for y in (2022, 2023, 2024) for q in (1, 2, 3, 4)
][:11]
FIXED = datetime(2025, 1, 20, 9, 0, 0)
STAMP = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")

# (ref, measure as the team writes it, indicator name, owner, RAG typed by hand,
#  notes, values Q1 22/23 .. Q3 24/25 (None: no figure), stored as a %-formatted fraction)
ROWS: list[tuple[str, str, str, str, str, str, list[float | None], bool]] = [
    (
        "GET1",
        "Repaired within 28 days",
        "Streetlight faults repaired in 28 days",
        "Street Lighting",
        "Amber",
        "",
        [84.2, 86.0, 83.1, 85.5, 87.9, 88.4, 86.7, 89.3, 90.6, 91.2, 89.8],
        True,
    ),
    (
        "GET2",
        "sent to landfill",
        "Household waste to landfill",
        "Waste Management",
        "Red",
        "Energy-from-waste plant outage Nov-Dec",
        [3.1, 2.8, 3.4, 3.9, 4.2, 4.0, 4.6, 4.9, 5.3, 5.8, 6.2],
        True,
    ),
    (
        "GET3",
        "Completed within 28 days",
        "Routine highway repairs in 28 days",
        "Highways",
        "Green",
        "New contract from April 2024",
        [86, 88, 85, 89, 91, 90, 87, 92, 90, 93, 94],
        False,
    ),
    (
        "GET4",
        "SENT WITHIN 21 DAYS",
        "Planning consultations in 21 days",
        "Planning Applications",
        "Green",
        "",
        [91, 93, 95, 94, 96, 92, 97, 96, 95, 97, 98],
        False,
    ),
    (
        "GET5",
        "Incidents per 1,000 households",
        "Fly-tipping per 1,000 households",
        "Environment",
        "",
        "",
        [4.1, 4.4, 3.9, 4.6, 4.8, 5.1, 4.5, 5.0, 5.3, 5.6, 5.2],
        False,
    ),
    (
        "GET6",
        "Cost per tonne",
        "Residual waste cost per tonne (£)",
        "Waste Management",
        "",
        "Gate fee uplift each April",
        [112.4, 113.0, 115.8, 116.2, 118.9, 119.4, 121.7, 122.3, 125.0, 126.8, 127.3],
        False,
    ),
    (
        "GET7",
        "Online",
        "Highway enquiries by channel",
        "Customer Services",
        "",
        "",
        [6120, 6480, 7050, 6890, 7420, 7810, 8240, 8010, 8630, 8990, 9410],
        False,
    ),
    (
        "GET7",
        "Telephone",
        "",
        "Customer Services",
        "",
        "",
        [5210, 5020, 4870, 4950, 4610, 4400, 4180, 4230, 3990, 3820, 3650],
        False,
    ),
    (
        "GET7",
        "Email",
        "",
        "Customer Services",
        "",
        "",
        [1320, 1290, 1250, 1210, 1180, 1150, 1120, 1090, 1040, 1010, 980],
        False,
    ),
    (
        "GET7",
        "Face to face",
        "",
        "Customer Services",
        "",
        "Two offices closed 2023",
        [210, 190, 205, 180, 170, 160, 155, 150, 140, 135, 128],
        False,
    ),
    (
        "GET8",
        "Potholes reported",
        "Potholes",
        "Highways",
        "",
        "",
        [8420, 6110, 9870, 14230, 7960, 5840, 10450, 15620, 8310, 6030, 11280],
        False,
    ),
    (
        "GET8",
        "Potholes repaired",
        "",
        "Highways",
        "",
        "",
        [7980, 6350, 8920, 12870, 8210, 6020, 9640, 14100, 8450, 6270, 10390],
        False,
    ),
    (
        "GET9",
        "Visits",
        "Country park visits",
        "Countryside",
        "",
        "Counters lost Q3 23/24",
        [412000, 538000, 221000, 198000, 430000, 561000, None, 205000, 447000, 589000, 236000],
        False,
    ),
]


def workbook() -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    readme = book.active
    readme.title = "Read me"
    readme.append(["Growth, Environment and Transport performance tracker (fictional sample)"])
    readme.append(["One row per indicator and measure; one column per quarter."])
    readme.append(["Percentages on the KPIs sheet are stored as fractions and shown as %."])
    sheet = book.create_sheet("KPIs")
    sheet.append(["GET quarterly tracker"])
    sheet["A1"].font = Font(bold=True)
    sheet.append(["Updated by the Performance team"])
    sheet.append([])
    sheet.append(["KPI ref", "Measure", "Indicator", "Owner", *QUARTERS, "RAG", "Notes"])
    first_quarter_column = 5
    for ref, measure, name, owner, rag, notes, values, percent in ROWS:
        cells = [None if v is None else (round(v / 100, 6) if percent else v) for v in values]
        sheet.append([ref, measure, name, owner, *cells, rag, notes])
        if percent:
            for offset in range(len(values)):
                cell = sheet.cell(row=sheet.max_row, column=first_quarter_column + offset)
                cell.number_format = "0.0%"
    sheet.append([])
    sheet.append(["Other measures (not in the appendix)"])
    book.properties.created = FIXED
    book.properties.modified = FIXED
    book.properties.creator = "Performance team"
    return book


def reproducible(data: bytes) -> bytes:
    """The same zip with every entry dated FIXED."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time
                content = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + STAMP.encode(), content
                )
            target.writestr(entry, content)
    return out.getvalue()


def main() -> None:
    buffer = io.BytesIO()
    workbook().save(buffer)
    TARGET.write_bytes(reproducible(buffer.getvalue()))
    print(f"Wrote {TARGET}")


if __name__ == "__main__":
    main()
