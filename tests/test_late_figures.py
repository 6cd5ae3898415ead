"""Issue 23: a late figure is published as late, and a gap keeps the words it was given."""

from __future__ import annotations

import html
import re
from pathlib import Path

import openpyxl
import pytest

from tests.report_folder import BOOKED, MADE, TS1, data_csv, make_report
from tests.test_cli import run
from tests.test_wide import HEADERS, WIDE

PAGE = Path("output") / "ts-appendix-2024-25-Q2.html"


def _page(root: Path) -> str:
    """The built HTML page's words, without its tags."""
    page = re.sub(r"<[^>]+>", " ", (root / PAGE).read_text(encoding="utf-8"))
    return " ".join(html.unescape(page).split())


def _tidy(ts1_q2: str, ts1_q4: str = "66.0") -> str:
    """The test data with TS1's report-quarter (2024/25 Q2, row 7) and 2023/24 Q4 (row 5)
    cells as given."""
    return (
        data_csv()
        .replace("TS1,2024/25 Q2,,71.0,", f"TS1,2024/25 Q2,,{ts1_q2},")
        .replace("TS1,2023/24 Q4,,66.0,", f"TS1,2023/24 Q4,,{ts1_q4},")
    )


@pytest.mark.parametrize("cell", ["", "TBC", "not yet available"])
def test_a_late_figure_in_a_data_file_is_published_as_late(
    tmp_path: Path, cell: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path, data=_tidy(cell))
    code, _, err = run(["build", "--format", "html"], root, monkeypatch, capsys)
    assert code == 0, err
    assert err.count("warning:") == 1
    assert (
        "warning: data/values.csv, row 7: TS1: the figure for 2024/25 Q2 is not yet "
        "available; its page shows the figures up to 2024/25 Q1, rated on 2024/25 Q1"
    ) in " ".join(err.split())
    page = _page(root)
    assert "Figure for Q2 2024/25 not yet available; the latest is for Q1 2024/25." in page
    # The summary: Q1's figure, its period, and its rating (68% is below the floor of 70%).
    assert (
        "TS1 Requests within 10 days 68% Q1 24/25 (figure for Q2 2024/25 not yet available) 80% RED"
    ) in page
    assert "TS1: Share of requests answered within 10 days RAG rating: RED" in page


def test_a_late_figure_in_a_tracker_names_its_cell_and_keeps_its_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path, definition=WIDE)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "KPIs"
    sheet.append(["KPI ref", "Measure", *HEADERS])
    sheet.append(["TS1", "", *TS1[:-1], "awaiting data"])
    sheet.append(["TS2", "Booked", *BOOKED])
    sheet.append(["TS2", "Made", *MADE])
    book.save(root / "data" / "tracker.xlsx")
    code, _, err = run(["build", "--format", "html"], root, monkeypatch, capsys)
    assert code == 0, err
    assert err.count("warning:") == 1
    assert (
        "warning: data/tracker.xlsx, sheet KPIs, cell H2: TS1: the figure for 2024/25 Q2 is "
        "not yet available (awaiting data); its page shows the figures up to 2024/25 Q1, "
        "rated on 2024/25 Q1"
    ) in " ".join(err.split())
    assert (
        "Figure for Q2 2024/25 not yet available (awaiting data); the latest is for Q1 2024/25."
    ) in _page(root)
    code, out, err = run(["check"], root, monkeypatch, capsys)
    assert code == 1
    assert (
        "data/tracker.xlsx, sheet KPIs, cell H2: TS1: the figure for 2024/25 Q2 is not yet "
        "available (awaiting data)"
    ) in " ".join(out.split())
    code, _, err = run(["build", "--strict"], root, monkeypatch, capsys)
    assert code == 1 and "not built: 1 finding(s)" in " ".join(err.split())


@pytest.mark.parametrize(
    ("cell", "note"),
    [
        ("n/a – new measure", "No figure for Q4 23/24: new measure (a gap in the line)."),
        ("N/A - new measure", "No figure for Q4 23/24: new measure (a gap in the line)."),
        ("awaiting data", "No figure for Q4 23/24: awaiting data (a gap in the line)."),
        ("not collected", "No figure for Q4 23/24: not collected (a gap in the line)."),
        ("-", "No figure for Q4 23/24 (a gap in the line)."),
        ("—", "No figure for Q4 23/24 (a gap in the line)."),
        ("TBC", "No figure for Q4 23/24 (a gap in the line)."),
    ],
)
def test_an_annotated_gap_keeps_its_words_in_the_notes(
    tmp_path: Path,
    cell: str,
    note: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = make_report(tmp_path, data=_tidy("71.0", ts1_q4=cell))
    code, _, err = run(["build", "--format", "html"], root, monkeypatch, capsys)
    assert code == 0, err
    assert "warning" not in err
    assert note in _page(root)


def test_a_number_followed_by_words_is_still_refused_with_its_cell(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path, data=_tidy("71.0", ts1_q4="66 (estimate)"))
    code, _, err = run(["build", "--format", "html"], root, monkeypatch, capsys)
    assert code == 2
    assert (
        "error: data/values.csv, row 5: value '66 (estimate)' is not a number (indicator "
        "TS1, period 2023/24 Q4). Write a plain number such as 75.2 or 4688"
    ) in " ".join(err.split())


def test_check_finds_a_commentary_figure_for_the_quarter_not_yet_available(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(
        tmp_path,
        data=_tidy("TBC"),
        commentary={
            "TS1": "In Q2 2024/25 we answered 75% of requests on time.\n",
            "TS2": "Visits made reached {{ series.made.latest }}.\n",
        },
    )
    code, out, _ = run(["check"], root, monkeypatch, capsys)
    assert code == 1
    assert " ".join(out.split()).startswith(
        "data/values.csv, row 7: TS1: the figure for 2024/25 Q2 is not yet available "
        "narratives/2024-25-Q2/TS1.md, line 1: TS1: '75%': says 75% for Quarter 2 2024/25; "
        "the figure for 2024/25 Q2 is not yet available"
    )
