from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from generator.core.errors import InputError
from generator.core.periods import Quarter
from generator.read.data import load_data
from generator.read.definitions import load_report
from tests.report_folder import data_csv, make_report

HEADER = "indicator,period,series,value,status\n"


def _load(root: Path):  # type: ignore[no-untyped-def]
    report = load_report(root / "data" / "report.yaml")
    return load_data(report)


def _refusal(root: Path, *files: Path) -> str:
    """The message loading the report's data (or `files`) is refused with."""
    report = load_report(root / "data" / "report.yaml")
    with pytest.raises(InputError) as caught:
        load_data(report, list(files) if files else None)
    return caught.value.message()


def test_it_reads_tidy_rows(tmp_path: Path) -> None:
    dataset = _load(make_report(tmp_path))
    observation = dataset.value("TS1", "value", Quarter(2024, 2))
    assert observation is not None and observation.value == 71.0
    assert dataset.value("TS2", "made", Quarter(2023, 1)).value == 900  # type: ignore[union-attr]
    assert dataset.latest_quarter() == Quarter(2024, 2)


def test_excel_and_csv_load_the_same(tmp_path: Path) -> None:
    root = make_report(tmp_path)
    book = openpyxl.Workbook()
    sheet = book.active
    for line in data_csv().splitlines():
        cells = line.split(",")
        sheet.append(
            [
                float(c) if c.replace(".", "").isdigit() and i == 3 else c
                for i, c in enumerate(cells)
            ]
        )
    book.save(root / "data" / "values.xlsx")
    report = load_report(root / "data" / "report.yaml")
    from_csv = load_data(report, [root / "data" / "values.csv"])
    from_xlsx = load_data(report, [root / "data" / "values.xlsx"])
    assert {k: o.value for k, o in from_csv.observations.items()} == {
        k: o.value for k, o in from_xlsx.observations.items()
    }


def test_excel_formulas_without_saved_values_are_refused(tmp_path: Path) -> None:
    root = make_report(tmp_path)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["indicator", "period", "series", "value", "status"])
    sheet.append(["TS1", "2024/25 Q2", "", "=60+11", ""])
    book.save(root / "data" / "values.xlsx")
    report = load_report(root / "data" / "report.yaml")
    with pytest.raises(InputError, match="D2 holds a formula with no saved value") as caught:
        load_data(report, [root / "data" / "values.xlsx"])
    message = caught.value.message()
    assert "values.xlsx" in message and "row 2" in message
    assert "Open the workbook in Excel and save it, or paste the values" in message


@pytest.mark.parametrize(
    ("body", "message", "names"),
    [
        (
            "TS1,2024/25 Q2,,seventy,\n",
            "value 'seventy' is not a number",
            ["row 2", "TS1", "2024/25 Q2"],
        ),
        ("TS2,2024/25 Q2,made,-5,\n", "negative", ["row 2", "TS2"]),
        ("TS1,2024/25 Q2,,101,\n", "over 100", ["row 2", "TS1"]),
        ("TS1,2024/25 Q2,,70,\nTS1,2024-25 Q2,,71,\n", "a second value", ["row 3", "row 2"]),
        ("TS9,2024/25 Q2,,70,\n", "unknown indicator 'TS9'", ["row 2", "TS1, TS2"]),
        ("TS2,2024/25 Q2,cancelled,70,\n", "unknown series 'cancelled'", ["booked, made"]),
        ("TS2,2024/25 Q2,,70,\n", "the series is blank", ["TS2"]),
        ("TS1,2024 Q2,,70,\n", "not a financial-year quarter", ["row 2", "TS1"]),
        ("TS1,2024/25 Q7,,70,\n", "quarter must be 1 to 4", ["TS1"]),
        ("TS1,2024/25 Q2,,70,maybe\n", "status 'maybe'", ["row 2"]),
        ("../x,2024/25 Q2,,70,\n", "unknown indicator '../x'", ["row 2"]),
    ],
)
def test_bad_rows_are_named(tmp_path: Path, body: str, message: str, names: list[str]) -> None:
    root = make_report(tmp_path, data=HEADER + body)
    with pytest.raises(InputError) as caught:
        _load(root)
    text = caught.value.message()
    assert message in text and "values.csv" in text
    for name in names:
        assert name in text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "the file is empty"),
        ("indicator,period,value\nTS1,2024/25 Q2,70\n", "column 'series' is missing"),
        (
            "indicator,period,series,value,status,notes\nTS1,2024/25 Q2,,70,,x\n",
            "unknown column 'notes'",
        ),
        (HEADER, "a header but no rows"),
    ],
)
def test_bad_files_are_named(tmp_path: Path, content: str, message: str) -> None:
    root = make_report(tmp_path, data=content)
    with pytest.raises(InputError, match=message):
        _load(root)


def test_a_file_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    root = make_report(tmp_path)
    (root / "data" / "values.csv").write_bytes(
        HEADER.encode() + "TS1,2024/25 Q2,,7\xa30,\n".encode("cp1252")
    )
    with pytest.raises(InputError, match="not UTF-8"):
        _load(root)


def test_blank_lines_and_provisional_status(tmp_path: Path) -> None:
    root = make_report(tmp_path, data=HEADER + "TS1,2024/25 Q2,,70,Provisional\n,,,,\n")
    observation = _load(root).value("TS1", "value", Quarter(2024, 2))
    assert observation is not None and observation.provisional


def test_excel_percent_cells_and_a_notes_sheet_first(tmp_path: Path) -> None:
    root = make_report(tmp_path)
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Notes"
    notes.append(["Quarterly return, prepared by the performance team"])
    sheet = book.create_sheet("Data")
    sheet.append(["indicator", "period", "series", "value", "status"])
    sheet.append(["TS1", "2024/25 Q2", "", 0.754, ""])
    sheet["D2"].number_format = "0.0%"  # Excel shows 75.4%
    book.save(root / "data" / "values.xlsx")
    report = load_report(root / "data" / "report.yaml")
    dataset = load_data(report, [root / "data" / "values.xlsx"])
    observation = dataset.value("TS1", "value", Quarter(2024, 2))
    assert observation is not None and observation.value == pytest.approx(75.4)


def test_a_workbook_with_no_data_sheet_names_its_sheets(tmp_path: Path) -> None:
    root = make_report(tmp_path)
    book = openpyxl.Workbook()
    book.active.title = "Readme"
    book.active.append(["nothing here"])
    book.active.append(["indicator", "period", "series", "value"])  # not on the first row
    book.create_sheet("Notes")
    book.save(root / "data" / "values.xlsx")
    report = load_report(root / "data" / "report.yaml")
    with pytest.raises(InputError, match=r"no sheet has a header row.*'Readme'") as caught:
        load_data(report, [root / "data" / "values.xlsx"])
    message = caught.value.message()
    assert "(sheets: 'Readme', 'Notes')" in message and "values.xlsx" in message
    assert (
        "Put the header row (indicator, period, series, value) on the first row of the data sheet"
        in message
    )


def test_semicolons_and_trailing_commas(tmp_path: Path) -> None:
    root = make_report(tmp_path, data="indicator;period;series;value\nTS1;2024/25 Q2;;70\n")
    with pytest.raises(InputError, match="separated by semicolons"):
        _load(root)
    root = make_report(
        tmp_path, data="indicator,period,series,value,status,,\nTS1,2024/25 Q2,,70,,,\n"
    )
    assert _load(root).value("TS1", "value", Quarter(2024, 2)) is not None


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("2,164", 2164.0),
        ("1,234,567", 1234567.0),
        ("2164", 2164.0),
        ("1,234.5", 1234.5),
        ("21,64,0", None),
        ("2,1640", None),
        (",216", None),
        ("216,", None),
        ("2,,164", None),
    ],
)
def test_thousands_separators_only_where_well_placed(
    tmp_path: Path, text: str, read: float | None
) -> None:
    root = make_report(tmp_path, data=HEADER + f'TS2,2024/25 Q2,made,"{text}",\n')
    if read is None:
        with pytest.raises(InputError, match="thousands separators out of place"):
            _load(root)
    else:
        observation = _load(root).value("TS2", "made", Quarter(2024, 2))
        assert observation is not None and observation.value == read


def _understate_dimension(path: Path, declared: str) -> None:
    """Rewrite the sheet's <dimension> as some programs write it: too small."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = re.sub(
        rb'<dimension ref="[^"]*"', f'<dimension ref="{declared}"'.encode(), parts[sheet]
    )
    assert f'ref="{declared}"'.encode() in parts[sheet]
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)


def test_excel_is_read_to_its_last_row_whatever_its_declared_dimension(tmp_path: Path) -> None:
    root = make_report(tmp_path)
    book = openpyxl.Workbook()
    sheet = book.active
    for line in data_csv().splitlines():
        cells = line.split(",")
        sheet.append([float(c) if i == 3 and c[:1].isdigit() else c for i, c in enumerate(cells)])
    path = root / "data" / "values.xlsx"
    book.save(path)
    _understate_dimension(path, "A1:C4")
    report = load_report(root / "data" / "report.yaml")
    from_csv = load_data(report, [root / "data" / "values.csv"])
    from_xlsx = load_data(report, [path])
    assert len(from_xlsx.observations) == len(from_csv.observations) == 18
    assert {k: o.value for k, o in from_csv.observations.items()} == {
        k: o.value for k, o in from_xlsx.observations.items()
    }


@pytest.mark.parametrize(
    ("written", "unit", "accepted"),
    [
        ("0", "percent", 0.0),
        ("0%", "percent", 0.0),
        ("100", "percent", 100.0),
        ("100.0%", "percent", 100.0),
        ("100.01", "percent", None),
        ("100.000001", "percent", None),
        ("-0.01", "percent", None),
        ("0", "count", 0.0),
        ("-1", "count", None),
        ("999999999999", "count", 999999999999.0),
        ("1000000000000", "count", None),
    ],
)
def test_the_edges_of_what_a_value_may_be(
    tmp_path: Path, written: str, unit: str, accepted: float | None
) -> None:
    """A percentage from 0 to 100 inclusive; no figure below 0; under a trillion."""
    indicator, series = ("TS1", "") if unit == "percent" else ("TS2", "made")
    quoted = f'"{written}"' if "," in written else written
    root = make_report(tmp_path, data=HEADER + f"{indicator},2024/25 Q2,{series},{quoted},\n")
    if accepted is None:
        with pytest.raises(InputError) as caught:
            _load(root)
        text = caught.value.message()
        assert "row 2" in text and indicator in text and "2024/25 Q2" in text
        assert written in text
    else:
        observation = _load(root).value(indicator, series or "value", Quarter(2024, 2))
        assert observation is not None and observation.value == accepted


@pytest.mark.parametrize(("cell", "accepted"), [(0.0, 0.0), (1.0, 100.0), (1.0001, None)])
def test_excel_percent_cells_at_the_edges(
    tmp_path: Path, cell: float, accepted: float | None
) -> None:
    """A cell formatted as a percentage holds a fraction: 100% is 1.0, and 100.01% is refused."""
    root = make_report(tmp_path)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["indicator", "period", "series", "value", "status"])
    sheet.append(["TS1", "2024/25 Q2", "", cell, ""])
    sheet["D2"].number_format = "0.00%"
    book.save(root / "data" / "values.xlsx")
    text = (root / "data" / "report.yaml").read_text(encoding="utf-8")
    (root / "data" / "report.yaml").write_text(
        text.replace("values.csv", "values.xlsx"), encoding="utf-8"
    )
    if accepted is None:
        with pytest.raises(InputError, match="over 100"):
            _load(root)
    else:
        observation = _load(root).value("TS1", "value", Quarter(2024, 2))
        assert observation is not None and observation.value == pytest.approx(accepted)


def test_an_unknown_indicator_lists_the_known_ids_in_natural_order(tmp_path: Path) -> None:
    from tests.report_folder import DEFINITION

    extra = (
        '  - id: TS10\n    title: "Tenth"\n    kind: activity\n    unit: count\n    years:\n'
        '      "2023/24":\n        series: [{id: value, label: "things"}]\n'
    )
    # TS10 defined first: the list is sorted, not in the file's order
    definition = DEFINITION.replace("indicators:\n", "indicators:\n" + extra, 1)
    root = make_report(tmp_path, data=HEADER + "TS3,2024/25 Q2,,70,\n", definition=definition)
    with pytest.raises(InputError) as caught:
        _load(root)
    assert "Use an id from data/report.yaml (TS1, TS2, TS10)" in caught.value.message()


def test_a_damaged_workbook_is_named(tmp_path: Path) -> None:
    root = make_report(tmp_path)
    (root / "data" / "values.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    text = (root / "data" / "report.yaml").read_text(encoding="utf-8")
    (root / "data" / "report.yaml").write_text(
        text.replace("values.csv", "values.xlsx"), encoding="utf-8"
    )
    with pytest.raises(InputError) as caught:
        _load(root)
    message = caught.value.message()
    assert "values.xlsx" in message and "cannot open the workbook" in message
    assert "Save it again from Excel as .xlsx" in message


SHUFFLED = (
    "TS2,2024/25 Q1,booked,5,\n"
    "TS1,2024/25 Q2,,71,provisional\n"
    "TS2,2023/24 Q4,made,3,\n"
    "TS2,2023/24 Q4,booked,4,\n"
    "TS1,2023/24 Q1,,60,\n"
)


def test_rows_come_back_by_indicator_then_time_then_series(tmp_path: Path) -> None:
    """The order the data snapshot and the charts rely on, whatever the file's order."""
    dataset = _load(make_report(tmp_path, data=HEADER + SHUFFLED))
    assert dataset.as_rows() == [
        ("TS1", "2023/24 Q1", "value", 60.0, ""),
        ("TS1", "2024/25 Q2", "value", 71.0, "provisional"),
        ("TS2", "2023/24 Q4", "booked", 4.0, ""),
        ("TS2", "2023/24 Q4", "made", 3.0, ""),
        ("TS2", "2024/25 Q1", "booked", 5.0, ""),
    ]
    assert [(o.quarter, o.series) for o in dataset.for_indicator("TS2")] == [
        (Quarter(2023, 4), "booked"),
        (Quarter(2023, 4), "made"),
        (Quarter(2024, 1), "booked"),
    ]
    assert dataset.for_indicator("TS9") == []
    assert dataset.quarters() == [
        Quarter(2023, 1),
        Quarter(2023, 4),
        Quarter(2024, 1),
        Quarter(2024, 2),
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            "indicator,period,value\nTS1,2024/25 Q2,70\n",
            "values.csv, header row: column 'series' is missing. "
            "The columns are: indicator, period, series, value, status",
        ),
        (
            HEADER.strip() + ",notes\nTS1,2024/25 Q2,,70,,x\n",
            "values.csv, header row: unknown column 'notes'. "
            "Remove it or rename it; the columns are: indicator, period, series, value, status",
        ),
        (
            "indicator;period;series;value;status\nTS1;2024/25 Q2;;70,5;\n",
            "values.csv, header row: the columns are separated by semicolons. "
            "Save the file as CSV with commas (in Excel: CSV UTF-8 (Comma delimited))",
        ),
        (HEADER, "values.csv: the file has a header but no rows. Add the quarter's data"),
        (
            HEADER + "TS1,2024/25 Q2,,seventy,\n",
            "values.csv, row 2: value 'seventy' is not a number (indicator TS1, period "
            "2024/25 Q2). Write a plain number such as 75.2 or 4688",
        ),
        (
            HEADER + "TS2,2024/25 Q2,made,-5,\n",
            "values.csv, row 2: value -5 is negative (indicator TS2, period 2024/25 Q2). "
            "Counts, rates, costs and percentages cannot be below 0",
        ),
        (
            HEADER + "TS2,2024/25 Q2,made,1e12,\n",
            "values.csv, row 2: value '1e12' is too large to be a figure (indicator TS2, "
            "period 2024/25 Q2). Check the figure and its units",
        ),
        (
            HEADER + "TS1,2024/25 Q2,,100.5,\n",
            "values.csv, row 2: percentage 100.5 is over 100 (indicator TS1, period "
            "2024/25 Q2). Write percentages as 0 to 100, e.g. 75.2",
        ),
        (
            "indicator,period,series,value,value\nTS1,2024/25 Q2,,70,71\n",
            "values.csv, header row: column 'value' appears twice. Delete or rename one of them",
        ),
        (
            HEADER.strip() + ",,\nTS1,2024/25 Q2,,70,,,see note\n",
            "values.csv, header row: column 7 has values but no name. Name it or delete "
            "its values; the columns are: indicator, period, series, value, status",
        ),
        (
            HEADER + "TS1,2024/25 Q2,,70,,\n\nTS1,2024/25 Q1,,7,,0\n",
            "values.csv, row 4: not a well-formed CSV file (row 4 has 6 cells; the header "
            "row names 5 columns). Check for stray commas or quotes",
        ),
    ],
)
def test_each_refusal_says_where_and_how_to_fix_it(tmp_path: Path, data: str, message: str) -> None:
    """The whole message is the promise: file, place, indicator, period and the fix."""
    root = make_report(tmp_path, data=data)
    with pytest.raises(InputError) as caught:
        _load(root)
    assert caught.value.message() == f"{root / 'data'}/{message}"


@pytest.mark.parametrize(
    ("written", "value"), [('"1,234"', 1234.0), ("1234", 1234.0), ('" 1,200 "', 1200.0)]
)
def test_thousands_separators_are_read(tmp_path: Path, written: str, value: float) -> None:
    root = make_report(tmp_path, data=HEADER + f"TS2,2024/25 Q2,made,{written},\n")
    observation = _load(root).value("TS2", "made", Quarter(2024, 2))
    assert observation is not None and observation.value == value


def test_rows_are_numbered_as_a_spreadsheet_numbers_them(tmp_path: Path) -> None:
    """Blank lines count as rows, short rows read as blank cells, quoted commas stay in
    their cell, and a quoted line break does not split the row."""
    data = (
        HEADER
        + "\n"
        + 'TS2,2024/25 Q2,"made",3\n'
        + ",,,,\n"
        + 'TS2,2024/25 Q2,"booked\nlater",x,\n'
    )
    root = make_report(tmp_path, data=data)
    with pytest.raises(InputError) as caught:
        _load(root)
    assert caught.value.where == "row 5"
    fixed = make_report(tmp_path, data=HEADER + "\n" + 'TS2,2024/25 Q2,"made","1,234"\n')
    observation = _load(fixed).value("TS2", "made", Quarter(2024, 2))
    assert observation is not None and (observation.value, observation.row) == (1234.0, 3)


def test_a_missing_data_file_is_named(tmp_path: Path) -> None:
    root = make_report(tmp_path)
    (root / "data" / "values.csv").unlink()
    with pytest.raises(InputError) as caught:
        _load(root)
    assert caught.value.message() == (
        f"{root / 'data' / 'values.csv'}: data file not found. Check data_files in data/report.yaml"
    )


def test_a_csv_saved_with_a_byte_order_mark_reads(tmp_path: Path) -> None:
    """Excel's 'CSV UTF-8' starts the file with a BOM; the header must still be found."""
    root = make_report(tmp_path)
    (root / "data" / "values.csv").write_bytes(
        b"\xef\xbb\xbf" + (HEADER + "TS1,2024/25 Q2,,71,\n").encode()
    )
    observation = _load(root).value("TS1", "value", Quarter(2024, 2))
    assert observation is not None and observation.value == 71.0


# A cost indicator beside the test report's own, for the unit-specific reading of values.
COST = (
    '  - id: TS3\n    title: "Average weekly cost"\n    kind: activity\n    unit: gbp\n'
    '    years:\n      "2023/24":\n        series: [{id: value, label: "weekly cost"}]\n'
)


def _with_cost() -> str:
    from tests.report_folder import DEFINITION

    return DEFINITION + COST


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            "TS9,2024/25 Q2,,70,",
            "row 2: unknown indicator 'TS9' (period 2024/25 Q2). "
            "Use an id from data/report.yaml (TS1, TS2, TS3)",
        ),
        (
            "TS9,,,70,",
            "row 2: unknown indicator 'TS9'. Use an id from data/report.yaml (TS1, TS2, TS3)",
        ),
        (
            "TS1,2024 Q2,,70,",
            "row 2: '2024 Q2' is not a financial-year quarter; write it as '2024/25 Q2', "
            "'2024-25 Q2' or 'Q2 2024/25' (indicator TS1). Fix the period column",
        ),
        (
            "TS2,2024/25 Q2,,70,",
            "row 2: the series is blank but this indicator has several (indicator TS2, "
            "period 2024/25 Q2). Write one of: booked, made",
        ),
        (
            "TS2,2024/25 Q2,cancelled,70,",
            "row 2: unknown series 'cancelled' (indicator TS2, period 2024/25 Q2). Use one of "
            "the series the definition names (case and spaces do not matter): booked, made",
        ),
        (
            "TS1,2024/25 Q2,,70,maybe",
            "row 2: status 'maybe' is not known (indicator TS1, period 2024/25 Q2). "
            "Leave status blank or write 'provisional'",
        ),
        (
            "TS1,2024/25 Q2,,70,\nTS1,Q2 2024/25,value,71,",
            "row 3: a second value for series 'value' (the first is in values.csv, row 2) "
            "(indicator TS1, period 2024/25 Q2). Keep one row per indicator, series and period",
        ),
        (
            'TS2,2024/25 Q2,made,"21,64",',
            "row 2: value '21,64' has its thousands separators out of place (indicator TS2, "
            "period 2024/25 Q2). Write the number with a comma every three digits (2,164) "
            "or none (2164)",
        ),
        (
            "TS2,2024/25 Q2,made,inf,",
            "row 2: value 'inf' is not a number (indicator TS2, period 2024/25 Q2). "
            "Write a plain number such as 75.2 or 4688",
        ),
        (
            "TS2,2024/25 Q2,made,nan,",
            "row 2: value 'nan' is not a number (indicator TS2, period 2024/25 Q2). "
            "Write a plain number such as 75.2 or 4688",
        ),
        (
            "TS2,2024/25 Q2,made,£5,",
            "row 2: value '£5' is not a number (indicator TS2, period 2024/25 Q2). "
            "Write a plain number such as 75.2 or 4688",
        ),
        (
            "TS2,2024/25 Q2,made,5%,",
            "row 2: value '5%' is not a number (indicator TS2, period 2024/25 Q2). "
            "Write a plain number such as 75.2 or 4688",
        ),
        (
            "TS3,2024/25 Q2,,5%,",
            "row 2: value '5%' is not a number (indicator TS3, period 2024/25 Q2). "
            "Write a plain number such as 75.2 or 4688",
        ),
        (
            "TS1,2024/25 Q2,,£5,",
            "row 2: value '£5' is not a number (indicator TS1, period 2024/25 Q2). "
            "Write a plain number such as 75.2 or 4688",
        ),
    ],
)
def test_each_row_refusal_is_said_in_full(tmp_path: Path, row: str, message: str) -> None:
    """A row's message is a promise: the file, the row, the indicator, the period, the fix."""
    root = make_report(tmp_path, data=HEADER + row + "\n", definition=_with_cost())
    assert _refusal(root) == f"{root / 'data' / 'values.csv'}, {message}"


@pytest.mark.parametrize(
    ("indicator", "series", "written", "value"),
    [
        ("TS3", "", "£1,234.5", 1234.5),
        ("TS3", "", "£12", 12.0),
        ("TS3", "", " 12 ", 12.0),
        ("TS1", "", "75.5%", 75.5),
        ("TS1", "", "100%", 100.0),
        ("TS2", "Made", "1,200", 1200.0),
        ("TS2", " booked ", "0", 0.0),
    ],
)
def test_units_are_read_as_a_team_writes_them(
    tmp_path: Path, indicator: str, series: str, written: str, value: float
) -> None:
    """£ before a cost, % after a percentage; the series matched as the definition names it."""
    cell = f'"{written}"' if "," in written else written
    root = make_report(
        tmp_path,
        data=HEADER + f"{indicator},2024/25 Q2,{series},{cell},\n",
        definition=_with_cost(),
    )
    observations = list(_load(root).observations.values())
    assert [(o.indicator, o.quarter, o.value) for o in observations] == [
        (indicator, Quarter(2024, 2), value)
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "values.csv",
            "",
            "values.csv: the file is empty. Add a header row: indicator,period,series,value,status",
        ),
        (
            "values.csv",
            "\n ,\n",
            "values.csv: the file is empty. Add a header row: indicator,period,series,value,status",
        ),
        (
            "values.txt",
            HEADER,
            "values.txt: cannot read '.txt' files. Use .csv, .xlsx, .xls or .ods",
        ),
        (
            "values.csv",
            HEADER + 'TS1,2024/25 Q2,,"' + "7" * 200_000 + '",\n',
            "values.csv: not a well-formed CSV file (field larger than field limit (131072)). "
            "Check for stray commas or quotes",
        ),
        (
            "values.csv",
            "indicator\nTS1\n",
            "values.csv, header row: column 'period' is missing. "
            "The columns are: indicator, period, series, value, status",
        ),
    ],
)
def test_each_file_refusal_is_said_in_full(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    root = make_report(tmp_path)
    path = root / "data" / name
    path.write_text(content, encoding="utf-8")
    assert _refusal(root, path) == f"{root / 'data'}/{message}"


def test_a_header_with_trailing_commas_reads_rows_that_stop_short(tmp_path: Path) -> None:
    """A spreadsheet saves 'status,,' over rows of five cells: the empty columns are dropped."""
    root = make_report(
        tmp_path, data=HEADER.strip() + ",,\nTS1,2024/25 Q2,,70,\nTS1,2024/25 Q1,,69\n"
    )
    dataset = _load(root)
    assert [(o.value, o.row) for o in dataset.for_indicator("TS1")] == [(69.0, 3), (70.0, 2)]


def test_a_file_without_a_status_column_reads(tmp_path: Path) -> None:
    root = make_report(tmp_path, data="indicator,period,series,value\nTS1,2024/25 Q2,,70\n")
    observation = _load(root).value("TS1", "value", Quarter(2024, 2))
    assert observation is not None and (observation.value, observation.provisional) == (70, False)


def test_each_observation_keeps_where_it_came_from(tmp_path: Path) -> None:
    root = make_report(
        tmp_path, data=HEADER + "TS1,2024/25 Q1,,70, Provisional \n\nTS1,2024/25 Q2,,71\n"
    )
    dataset = _load(root)
    path = str(root / "data" / "values.csv")
    assert [
        (o.indicator, o.series, o.quarter, o.value, o.provisional, o.file, o.row)
        for o in dataset.for_indicator("TS1")
    ] == [
        ("TS1", "value", Quarter(2024, 1), 70.0, True, path, 2),
        ("TS1", "value", Quarter(2024, 2), 71.0, False, path, 4),
    ]
    assert dataset.as_rows() == [
        ("TS1", "2024/25 Q1", "value", 70.0, "provisional"),
        ("TS1", "2024/25 Q2", "value", 71.0, ""),
    ]
    assert dataset.latest_quarter() == Quarter(2024, 2)
    assert dataset.for_indicator("TS2") == []


def test_a_dataset_with_no_rows_has_no_latest_quarter() -> None:
    from generator.read.data import Dataset

    assert Dataset({}).latest_quarter() is None
    assert Dataset({}).quarters() == []


def test_ids_sort_by_letters_then_number(tmp_path: Path) -> None:
    """Ids with no digits, and letters ending in X, sort as a reader would."""
    from tests.report_folder import DEFINITION

    head, _, _ = DEFINITION.partition("indicators:\n")
    indicator = '  - id: {}\n    title: "{}"\n    kind: activity\n    unit: count\n' + (
        '    years:\n      "2023/24":\n        series: [{{id: value, label: "things"}}]\n'
    )
    ids = ["TSB2", "TSB1", "TSAX2", "TSB", "TSAB1"]
    definition = head + "indicators:\n" + "".join(indicator.format(i, i) for i in ids)
    root = make_report(tmp_path, data=HEADER + "TSQ1,2024/25 Q2,,70,\n", definition=definition)
    with pytest.raises(InputError) as caught:
        _load(root)
    assert caught.value.fix == ("Use an id from data/report.yaml (TSAB1, TSAX2, TSB, TSB1, TSB2)")


def _workbook(path: Path, rows: list[list[object]], percent: str | None = None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    if percent:
        sheet[percent].number_format = "0%"
    book.save(path)
    return path


def test_excel_rows_are_numbered_and_padded_as_the_sheet_shows_them(tmp_path: Path) -> None:
    """Row numbers are the sheet's; a row that stops before the status column reads as blank;
    a whole-number percentage cell (75%) reads as 75."""
    root = make_report(tmp_path)
    path = _workbook(
        root / "data" / "values.xlsx",
        [
            ["indicator", "period", "series", "value", "status"],
            ["TS1", "2024/25 Q1", None, 0.75],
            ["TS2", "2024/25 Q2", "made", 1200.5, "provisional"],
            ["TS2", "2024/25 Q2", "booked", "seventy", None],
        ],
        percent="D2",
    )
    report = load_report(root / "data" / "report.yaml")
    with pytest.raises(InputError) as caught:
        load_data(report, [path])
    assert caught.value.message() == (
        f"{path}, row 4: value 'seventy' is not a number (indicator TS2, period 2024/25 Q2). "
        "Write a plain number such as 75.2 or 4688"
    )
    _workbook(
        path,
        [["indicator", "period", "series", "value", "status"], ["TS1", "2024/25 Q1", None, 0.75]],
        percent="D2",
    )
    observation = load_data(report, [path]).value("TS1", "value", Quarter(2024, 1))
    assert observation is not None
    assert (observation.value, observation.row, observation.provisional) == (75.0, 2, False)


def test_a_workbook_with_a_header_and_no_rows_is_named(tmp_path: Path) -> None:
    root = make_report(tmp_path)
    path = _workbook(root / "data" / "values.xlsm", [["indicator", "period", "series", "value"]])
    assert _refusal(root, path) == (
        f"{path}: the file has a header but no rows. Add the quarter's data"
    )


def test_a_macro_workbook_reads_as_a_workbook(tmp_path: Path) -> None:
    root = make_report(tmp_path)
    path = _workbook(
        root / "data" / "values.xlsm",
        [["indicator", "period", "series", "value"], ["TS1", "2024/25 Q2", None, 71], [], []],
    )
    dataset = load_data(load_report(root / "data" / "report.yaml"), [path])
    assert [(o.indicator, o.value, o.row) for o in dataset.observations.values()] == [
        ("TS1", 71.0, 2)
    ]


def test_excel_rows_gives_the_cells_as_text_and_where_the_percentages_are(
    tmp_path: Path,
) -> None:
    from generator.read.sheets import excel_rows

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "KPIs"
    sheet.append(["KPI ref", "Q1 24/25", "Q2 24/25"])
    sheet.append(["TS1", 0.5, 0.754])
    sheet.append(["TS2", 1200.0, None])
    sheet.append(["", ""])  # a row of empty strings at the end is not a row of figures
    sheet["B2"].number_format = "0%"
    sheet["C2"].number_format = "0.0%"
    book.save(tmp_path / "tracker.xlsx")
    title, rows, percent = excel_rows(tmp_path / "tracker.xlsx", lambda b, _: b.worksheets[0])
    assert title == "KPIs"
    assert rows == [["KPI ref", "Q1 24/25", "Q2 24/25"], ["TS1", "50", "75.4"], ["TS2", "1200"]]
    assert percent == {(1, 1), (1, 2)}


def test_a_formula_without_a_saved_value_is_said_in_full(tmp_path: Path) -> None:
    root = make_report(tmp_path)
    path = _workbook(
        root / "data" / "values.xlsx",
        [["indicator", "period", "series", "value"], ["TS1", "2024/25 Q2", None, "=60+11"]],
    )
    assert _refusal(root, path) == (
        f"{path}, sheet 'Sheet', row 2: cell D2 holds a formula with no saved value. "
        "Open the workbook in Excel and save it, or paste the values"
    )


def test_a_damaged_workbook_is_said_in_full(tmp_path: Path) -> None:
    root = make_report(tmp_path)
    path = root / "data" / "values.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    assert _refusal(root, path) == (
        f"{path}: cannot open the workbook (BadZipFile). Save it again from Excel as .xlsx"
    )


def test_a_file_that_is_not_utf8_is_said_in_full(tmp_path: Path) -> None:
    root = make_report(tmp_path)
    path = root / "data" / "values.csv"
    path.write_bytes(HEADER.encode() + "TS1,2024/25 Q2,,7\xa30,\n".encode("cp1252"))
    message = _refusal(root)
    assert message.startswith(f"{path}")
    assert message.endswith(
        "Save it as CSV UTF-8 (in Excel: Save As, CSV UTF-8 (Comma delimited))"
    ), message
