"""Wide trackers: a row per indicator and series, a column per quarter, read as kept."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from generator.core.errors import InputError
from generator.core.periods import PeriodError, Quarter
from generator.read.data import load_data
from generator.read.definitions import load_report
from generator.read.wide import column_letter, parse_quarter_header
from tests.report_folder import BOOKED, DEFINITION, MADE, TS1, make_report


@pytest.mark.parametrize(
    ("header", "quarter"),
    [
        ("Q1 22/23", Quarter(2022, 1)),
        ("Q4 22/23", Quarter(2022, 4)),
        ("2022/23 Q1", Quarter(2022, 1)),
        ("Q1 2022-23", Quarter(2022, 1)),
        ("Q3 2022/2023", Quarter(2022, 3)),
        ("22/23 Q2", Quarter(2022, 2)),
        ("q2  fy 23/24", Quarter(2023, 2)),
        ("Q1\n22/23", Quarter(2022, 1)),
        ("Apr-Jun 2022", Quarter(2022, 1)),
        ("Jul - Sep 2022", Quarter(2022, 2)),
        ("Oct-Dec 22", Quarter(2022, 3)),
        ("Jan-Mar 2023", Quarter(2022, 4)),
        ("April to June 2024", Quarter(2024, 1)),
        ("Notes", None),
        ("Owner", None),
        ("RAG", None),
        ("KPI ref", None),
        ("", None),
        ("Target 2024/25", None),
    ],
)
def test_quarter_headers_as_teams_write_them(header: str, quarter: Quarter | None) -> None:
    assert parse_quarter_header(header) == quarter


@pytest.mark.parametrize(
    ("header", "why"),
    [
        ("Q5 22/23", "quarter must be 1 to 4, not 5"),
        ("Q1 22/24", "the years are not consecutive"),
        ("Q2 2022/2024", "the years are not consecutive"),
        ("May-Jul 2022", "quarters run Apr-Jun, Jul-Sep, Oct-Dec and Jan-Mar"),
        ("Apr-Sep 2022", "quarters run Apr-Jun, Jul-Sep, Oct-Dec and Jan-Mar"),
    ],
)
def test_headers_written_like_quarters_that_are_not_are_refused(header: str, why: str) -> None:
    with pytest.raises(PeriodError) as caught:
        parse_quarter_header(header)
    assert str(caught.value) == why


def test_column_letters() -> None:
    assert [column_letter(n) for n in (0, 5, 25, 26, 27, 51, 52)] == [
        "A", "F", "Z", "AA", "AB", "AZ", "BA"
    ]  # fmt: skip


WIDE = DEFINITION.replace(
    'data_files: ["values.csv"]',
    'data_files: ["tracker.xlsx"]\ntracker: {indicator_column: "KPI ref", '
    'series_column: "Measure", sheet: "KPIs"}',
)
HEADERS = ["Q1 23/24", "2023/24 Q2", "Q3 2023-24", "Jan-Mar 2024", "Q1 24/25", "Q2 24/25"]


def _tracker(path: Path, *, bad: tuple[str, object] | None = None) -> None:
    book = openpyxl.Workbook()
    cover = book.active
    cover.title = "Read me"
    cover.append(["Directorate tracker, kept by the performance team"])
    sheet = book.create_sheet("KPIs")
    sheet.append(["Test Services performance tracker"])
    sheet.append([])
    sheet.append(["KPI ref", "Measure", "Owner", *HEADERS, "RAG", "Notes"])
    sheet.append(["TS1", "", "A. Smith", *[v / 100 for v in TS1], "GREEN", "on track"])
    for column in "DEFGHI":
        sheet[f"{column}4"].number_format = "0.0%"
    sheet.append(["TS2", "Booked", "B. Jones", *BOOKED, "", ""])
    sheet.append(["TS2", " MADE", "B. Jones", *MADE[:-2], "", MADE[-1], "", "late return"])
    sheet.append(["Other measures", "", "", "", "", "", "", "", "", "", ""])
    if bad is not None:
        sheet[bad[0]] = bad[1]
    book.save(path)


def test_a_wide_tracker_reads_as_the_tidy_rows_do(tmp_path: Path) -> None:
    root = make_report(tmp_path, definition=WIDE)
    _tracker(root / "data" / "tracker.xlsx")
    wide = load_data(load_report(root / "data" / "report.yaml"))
    tidy = load_data(load_report(make_report(tmp_path / "tidy") / "data" / "report.yaml"))
    expected = {k: o.value for k, o in tidy.observations.items()}
    del expected[("TS2", "made", Quarter(2024, 1))]  # left blank in the tracker
    assert {k: pytest.approx(o.value) for k, o in wide.observations.items()} == expected
    (warning,) = wide.warnings
    assert "sheet KPIs" in warning and "Owner, Notes" in warning


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (("F5", "1,1OO"), ["sheet KPIs, cell F5", "TS2", "2023/24 Q3", "not a number"]),
        (("D4", 1.2), ["sheet KPIs, cell D4", "TS1", "2023/24 Q1", "over 100"]),
        (("B6", "visits missed"), ["sheet KPIs, cell", "unknown series 'visits missed'"]),
        (("G3", "Q5 23/24"), ["sheet KPIs, cell G3", "Q5 23/24"]),
        (("A7", "TS9"), ["sheet KPIs, cell", "unknown indicator 'TS9'"]),
    ],
)
def test_a_bad_cell_is_named_by_sheet_and_cell(
    tmp_path: Path, bad: tuple[str, object], message: list[str]
) -> None:
    root = make_report(tmp_path, definition=WIDE)
    if bad[0] == "A7":  # an unknown id is refused only where it has figures
        _tracker(root / "data" / "tracker.xlsx", bad=("D7", 5))
        book = openpyxl.load_workbook(root / "data" / "tracker.xlsx")
        book["KPIs"]["A7"] = "TS9"
        book.save(root / "data" / "tracker.xlsx")
    else:
        _tracker(root / "data" / "tracker.xlsx", bad=bad)
    with pytest.raises(InputError) as caught:
        load_data(load_report(root / "data" / "report.yaml"))
    text = caught.value.message()
    assert "tracker.xlsx" in text
    for part in message:
        assert part in text, (part, text)


def test_a_csv_tracker_and_its_ignored_columns(tmp_path: Path) -> None:
    definition = WIDE.replace('"tracker.xlsx"', '"tracker.csv"').replace(', sheet: "KPIs"', "")
    root = make_report(tmp_path, definition=definition)
    lines = ["KPI ref,Measure,Notes," + ",".join(HEADERS)]
    lines.append("TS1,,fine," + ",".join(f"{v}%" for v in TS1))
    lines.append("TS2,booked,," + ",".join(f'"{v:,}"' for v in BOOKED))
    lines.append("TS2,made,,-," + ",".join(str(v) for v in MADE[1:]))
    (root / "data" / "tracker.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    dataset = load_data(load_report(root / "data" / "report.yaml"))
    assert dataset.value("TS2", "booked", Quarter(2024, 2)).value == 1300  # type: ignore[union-attr]
    assert dataset.value("TS1", "value", Quarter(2023, 1)).value == 60  # type: ignore[union-attr]
    assert dataset.value("TS2", "made", Quarter(2023, 1)) is None
    assert dataset.warnings == (
        f"{root / 'data' / 'tracker.csv'}: columns not read (not quarters): Notes",
    )
    lines[2] = lines[2].replace('"1,100"', "11O0")
    (root / "data" / "tracker.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"tracker.csv, cell E3: value '11O0' is not a number"):
        load_data(load_report(root / "data" / "report.yaml"))


def test_a_tracker_builds_and_the_ignored_columns_are_said_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.test_cli import run

    root = make_report(tmp_path, definition=WIDE)
    _tracker(root / "data" / "tracker.xlsx")
    code, out, err = run(["build", "--format", "pdf"], root, monkeypatch, capsys)
    assert code == 0, err
    assert "Wrote output/ts-appendix-2024-25-Q2.pdf" in out
    assert " ".join(err.split()).count("columns not read (not quarters): Owner, Notes") == 1


def test_each_tracker_figure_keeps_its_row_and_every_tracker_file_is_read(
    tmp_path: Path,
) -> None:
    """Two trackers (one a team's, one another's) both read; each figure keeps its sheet row."""
    definition = WIDE.replace('["tracker.xlsx"]', '["tracker.xlsx", "visits.csv"]')
    root = make_report(tmp_path, definition=definition)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "KPIs"
    sheet.append(["KPI ref", "Measure", *HEADERS])
    sheet.append(["TS1", "", *TS1])
    book.save(root / "data" / "tracker.xlsx")
    (root / "data" / "visits.csv").write_text(
        "KPI ref,Measure," + ",".join(HEADERS) + "\n\nTS2,made," + ",".join(map(str, MADE)) + "\n",
        encoding="utf-8",
    )
    dataset = load_data(load_report(root / "data" / "report.yaml"))
    first = dataset.value("TS1", "value", Quarter(2023, 1))
    made = dataset.value("TS2", "made", Quarter(2024, 2))
    assert first is not None and (first.value, first.row) == (TS1[0], 2)
    assert made is not None and (made.value, made.row) == (MADE[-1], 3)


def _csv_tracker(root: Path, lines: list[str]) -> Path:
    definition = WIDE.replace('"tracker.xlsx"', '"tracker.csv"').replace(', sheet: "KPIs"', "")
    (root / "data" / "report.yaml").write_text(definition, encoding="utf-8")
    path = root / "data" / "tracker.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (
            ["Ref,Measure,Q1 24/25", "TS1,,70"],
            ": no row names a 'KPI ref' column. "
            "Put a header row with a 'KPI ref' column above the indicators",
        ),
        (
            ["KPI ref,Measure,Q1 24/25,2024/25 Q1", "TS1,,70,71"],
            ", cell D1: two columns are headed 2024/25 Q1 (C and D) (period 2024/25 Q1). "
            "Keep one column per quarter",
        ),
        (
            ["KPI ref,Measure,Q5 24/25", "TS1,,70"],
            ", cell C1: the header 'Q5 24/25' is not a quarter (quarter must be 1 to 4, "
            "not 5). Head each quarter's column like 'Q1 22/23', '2022/23 Q1' or 'Apr-Jun 2022'",
        ),
        (
            ["KPI ref,Measure,Owner", "TS1,,A. Smith"],
            ": no column is headed with a quarter. "
            "Head each quarter's column like 'Q1 22/23', '2022/23 Q1' or 'Apr-Jun 2022'",
        ),
        (
            ["KPI ref,Owner,Q1 24/25", "TS1,,70"],
            ", row 1: no 'Measure' column beside 'KPI ref'. "
            "Correct tracker: series_column: in the definition",
        ),
    ],
)
def test_each_tracker_refusal_is_said_in_full(
    tmp_path: Path, lines: list[str], message: str
) -> None:
    root = make_report(tmp_path)
    path = _csv_tracker(root, lines)
    with pytest.raises(InputError) as caught:
        load_data(load_report(root / "data" / "report.yaml"))
    assert caught.value.message() == f"{path}{message}"


@pytest.mark.parametrize(
    ("sheet", "message"),
    [
        (
            "Figures",
            ": there is no sheet 'Figures' (sheets: Read me, KPIs). "
            "Correct tracker: sheet: in the definition",
        ),
        (
            "Read me",
            ", sheet Read me: no row names a 'KPI ref' column. "
            "Put a header row with a 'KPI ref' column above the indicators",
        ),
        (None, None),  # no sheet named: the one with the column is found
    ],
)
def test_a_tracker_sheet_is_found_or_named(
    tmp_path: Path, sheet: str | None, message: str | None
) -> None:
    definition = WIDE.replace(', sheet: "KPIs"', f', sheet: "{sheet}"' if sheet else "")
    root = make_report(tmp_path, definition=definition)
    path = root / "data" / "tracker.xlsx"
    _tracker(path)
    report = load_report(root / "data" / "report.yaml")
    if message is None:
        assert load_data(report).value("TS1", "value", Quarter(2024, 2)) is not None
        return
    with pytest.raises(InputError) as caught:
        load_data(report)
    assert caught.value.message() == f"{path}{message}"


def _typed(root: Path, rag: object, header: str = "RAG") -> list[str]:
    """The warnings a build gives for the RAG typed in TS1's row (rated AMBER on 2024/25
    Q2 by the definition: 77.8% against a target of 80 and a floor of 70)."""
    from generator.content.inputs import load_inputs
    from generator.run.pipeline import typed_rag_warnings

    _tracker(root / "data" / "tracker.xlsx", bad=("J4", rag))
    book = openpyxl.load_workbook(root / "data" / "tracker.xlsx")
    book["KPIs"]["J3"] = header
    book.save(root / "data" / "tracker.xlsx")
    return typed_rag_warnings(load_inputs(root, None))


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("GREEN", "the tracker's RAG says GREEN"),
        ("Red", "the tracker's RAG says Red"),
        ("r", "the tracker's RAG says r"),
        ("AMBER", None),  # as the page shows
        (" amber ", None),
        ("A", None),
        ("n/a", None),  # words that name no rating
        ("tbc", None),
        ("Blue", None),
        (None, None),  # blank
    ],
)
def test_a_typed_rag_the_page_does_not_show_is_said_with_its_cell(
    tmp_path: Path, typed: str | None, said: str | None
) -> None:
    warnings = _typed(make_report(tmp_path, definition=WIDE), typed)
    if said is None:
        assert warnings == []
        return
    assert warnings == [
        f"{tmp_path / 'data' / 'tracker.xlsx'}, sheet KPIs, cell J4: TS1: {said}, but the "
        "definition rates 2024/25 Q2 AMBER, as the page shows; check its target and floor "
        "for 2024/25 in the definition, or the tracker's RAG"
    ]


@pytest.mark.parametrize("header", ["RAG", "rag rating", "RAG Status"])
def test_a_column_headed_rag_is_checked_without_being_named(tmp_path: Path, header: str) -> None:
    root = make_report(tmp_path, definition=WIDE)
    assert len(_typed(root, "Green", header)) == 1
    assert load_data(load_report(root / "data" / "report.yaml")).warnings == (
        f"{root / 'data' / 'tracker.xlsx'}: sheet KPIs: columns not read (not quarters): "
        "Owner, Notes",
    )


def test_the_rag_column_is_named_in_the_definition(tmp_path: Path) -> None:
    """A column headed otherwise ('Status') is checked where `rag_column:` names it, and
    is one of the columns not read where it does not."""
    named = WIDE.replace('sheet: "KPIs"}', 'sheet: "KPIs", rag_column: "Status"}')
    assert len(_typed(make_report(tmp_path / "named", definition=named), "Green", "Status")) == 1
    unnamed = make_report(tmp_path / "unnamed", definition=WIDE)
    assert _typed(unnamed, "Green", "Status") == []
    assert load_data(load_report(unnamed / "data" / "report.yaml")).warnings == (
        f"{unnamed / 'data' / 'tracker.xlsx'}: sheet KPIs: columns not read (not quarters): "
        "Owner, Status, Notes",
    )


def test_a_rag_column_named_but_not_kept_is_refused(tmp_path: Path) -> None:
    definition = WIDE.replace('sheet: "KPIs"}', 'sheet: "KPIs", rag_column: "RAG status"}')
    root = make_report(tmp_path, definition=definition)
    _tracker(root / "data" / "tracker.xlsx")
    with pytest.raises(InputError) as caught:
        load_data(load_report(root / "data" / "report.yaml"))
    message = caught.value.message()
    assert "no 'RAG status' column beside 'KPI ref'" in message
    assert "tracker.xlsx" in message and "sheet KPIs, row 3" in message
    assert "Correct tracker: rag_column: in the definition, or leave it out" in message
