"""Issue 23: units that say what they are. Money is pounds unless the definition says
what it is per; a rate says what it counts; durations are read from Excel time cells
and from text such as '2:35', shown as 2:35 and rated as durations."""

from __future__ import annotations

import datetime
import html
import re
from pathlib import Path

import openpyxl
import pytest

from generator.charts import draw
from generator.content.chart_spec import chart_spec
from generator.content.chart_words import chart_words
from generator.content.inputs import load_inputs
from generator.content.notes import alt_text, technical_notes
from generator.core.errors import InputError
from tests.charts.figure_text import drawn_text
from tests.report_folder import BOOKED, DEFINITION, MADE, QUARTERS, make_report
from tests.test_cli import run
from tests.test_wide import HEADERS, WIDE

PAGE = Path("output") / "ts-appendix-2024-25-Q2.html"
WAITS = [200, 195, 190, 185, 175, 155]  # seconds: 3:20 ... 2:35

CALL_WAIT = """\
  - id: TS1
    title: "Average time to answer a call to the contact centre"
    short_title: "Average call wait"
    kind: kpi
    unit: minutes
    polarity: lower
    years:
      "2023/24":
        target: "3:00"
        upper_threshold: 3:30
        series: [{id: value, label: "average wait"}]
"""


def _page(root: Path) -> str:
    page = re.sub(r"<[^>]+>", " ", (root / PAGE).read_text(encoding="utf-8"))
    return " ".join(html.unescape(page).split())


def _call_wait_definition(*, tracker: bool) -> str:
    base = WIDE if tracker else DEFINITION
    start = base.index("  - id: TS1")
    end = base.index("  - id: TS2")
    return base[:start] + CALL_WAIT + base[end:]


def _wait_tracker(path: Path, latest: object = datetime.time(0, 2, 35)) -> None:
    """A tracker whose call waits are Excel times formatted mm:ss (and one [m]:ss)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "KPIs"
    sheet.append(["KPI ref", "Measure", *HEADERS])
    waits: list[object] = [datetime.timedelta(seconds=s) for s in WAITS[:-1]]
    sheet.append(["TS1", "", *waits, latest])
    for column in "CDEFGH":
        sheet[f"{column}2"].number_format = "mm:ss"
    sheet["C2"].number_format = "[m]:ss"
    sheet.append(["TS2", "Booked", *BOOKED])
    sheet.append(["TS2", "Made", *MADE])
    book.save(path)


def test_a_call_wait_column_of_excel_times_builds_shows_2_35_and_is_rated_against_3_00(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(
        tmp_path,
        definition=_call_wait_definition(tracker=True),
        commentary={
            "TS1": "The wait was {{ latest }}, {{ movement }} on the quarter "
            "(target {{ target }}).\n"
        },
    )
    _wait_tracker(root / "data" / "tracker.xlsx")
    code, _, err = run(["build", "--format", "html,xlsx"], root, monkeypatch, capsys)
    assert code == 0, err
    page = _page(root)
    # The summary: the latest wait, and its rating against a target of 3:00 (lower is better).
    assert "TS1 Average call wait 2:35 Q2 24/25 3:00 GREEN" in page
    assert "Target set at 3:00 (dotted line) with an upper threshold of 3:30" in page
    assert "Time in minutes and seconds (2:35 is 2 minutes 35 seconds)." in page
    assert "Average wait 3:20 3:15 3:10 3:05 2:55 2:35" in page  # the data table
    assert "The wait was 2:35, down 0:20 on the quarter (target 3:00)." in page
    assert "Latest value 2:35 in Q2 24/25, down 0:20 on Q1 24/25" in page
    # The workbook: times, not numbers of seconds.
    book = openpyxl.load_workbook(root / "output" / "ts-appendix-2024-25-Q2.xlsx")
    summary = book["Summary"]
    latest = summary["C4"]
    assert latest.number_format == "[m]:ss"
    assert latest.value == datetime.timedelta(seconds=155)  # a time, shown 2:35
    data = book["TS1"]
    assert data["G4"].value == datetime.timedelta(seconds=155)
    assert data["G4"].number_format == "[m]:ss"


def test_a_wait_over_its_upper_threshold_is_red(tmp_path: Path) -> None:
    root = make_report(tmp_path, definition=_call_wait_definition(tracker=True))
    _wait_tracker(root / "data" / "tracker.xlsx", latest="3:45")  # typed as text
    facts = next(f for f in load_inputs(root, "2024/25 Q2").facts if f.indicator.id == "TS1")
    assert (facts.rag, facts.primary.latest.value) == ("RED", 225.0)


def test_a_call_wait_written_as_text_in_a_csv_reads_the_same(tmp_path: Path) -> None:
    rows = ["indicator,period,series,value,status"]
    rows += [f"TS1,{q},,{s // 60}:{s % 60:02d}," for q, s in zip(QUARTERS, WAITS, strict=True)]
    rows += [f"TS2,{q},booked,{b}," for q, b in zip(QUARTERS, BOOKED, strict=True)]
    rows += [f"TS2,{q},made,{m}," for q, m in zip(QUARTERS, MADE, strict=True)]
    root = make_report(
        tmp_path, definition=_call_wait_definition(tracker=False), data="\n".join(rows) + "\n"
    )
    inputs = load_inputs(root, "2024/25 Q2")
    facts = next(f for f in inputs.facts if f.indicator.id == "TS1")
    assert facts.primary.values == tuple(float(s) for s in WAITS)
    assert facts.rag == "GREEN"
    # The chart's axis: minutes and seconds, ticks on the clock.
    drawn = drawn_text(draw(chart_spec(facts, inputs.style)))
    assert [p.text for p in drawn if p.gid == "axis-unit"] == ["minutes:seconds"]
    ticks = [p.text for p in drawn if p.gid == "y-tick"]
    assert "3:00" in ticks and all(re.fullmatch(r"\d+:\d\d", t) for t in ticks), ticks


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("about 3 mins", "value 'about 3 mins' is not a duration"),
        ("2:75", "value '2:75' is not a duration"),
    ],
)
def test_a_cell_that_is_not_a_duration_is_named_with_how_to_write_one(
    tmp_path: Path, cell: str, message: str
) -> None:
    root = make_report(tmp_path, definition=_call_wait_definition(tracker=True))
    _wait_tracker(root / "data" / "tracker.xlsx", latest=cell)
    with pytest.raises(InputError) as caught:
        load_inputs(root, "2024/25 Q2")
    text = caught.value.message()
    assert "sheet KPIs, cell H2" in text and message in text and "TS1" in text
    assert "Write minutes and seconds such as 2:35" in text


def test_a_time_in_a_column_that_is_not_a_duration_says_how_to_declare_one(
    tmp_path: Path,
) -> None:
    root = make_report(tmp_path, definition=WIDE)
    _wait_tracker(root / "data" / "tracker.xlsx")  # times, but TS1 is a percentage
    with pytest.raises(InputError) as caught:
        load_inputs(root, "2024/25 Q2")
    assert "set unit: minutes" in caught.value.message()


def _ts2(tmp_path: Path, unit_lines: str):  # type: ignore[no-untyped-def]
    definition = DEFINITION.replace("    unit: count\n", unit_lines)
    inputs = load_inputs(make_report(tmp_path, definition=definition), "2024/25 Q2")
    return inputs, next(f for f in inputs.facts if f.indicator.id == "TS2")


def test_a_rent_arrears_balance_in_pounds_is_pounds_not_pounds_a_week(tmp_path: Path) -> None:
    inputs, facts = _ts2(tmp_path, "    unit: gbp\n")
    words = chart_words(inputs.style)
    drawn = drawn_text(draw(chart_spec(facts, inputs.style)))
    assert [p.text for p in drawn if p.gid == "axis-unit"] == ["£"]
    notes = technical_notes(facts, words)
    assert "Figures in pounds (£)." in notes
    assert not any("week" in line.lower() for line in notes)
    assert "£1,300" in alt_text(facts, words) and "week" not in alt_text(facts, words)


def test_money_per_week_says_so_in_its_axis_notes_summary_and_alt_text(tmp_path: Path) -> None:
    from generator.content.assemble import summary_section

    inputs, facts = _ts2(tmp_path, "    unit: gbp\n    per: week\n")
    words = chart_words(inputs.style)
    drawn = drawn_text(draw(chart_spec(facts, inputs.style)))
    assert [p.text for p in drawn if p.gid == "axis-unit"] == ["£ a week"]
    assert "Weekly cost in pounds (£)." in technical_notes(facts, words)
    assert "Number of visits (£ a week), Q1 23/24" in alt_text(facts, words)
    table = summary_section([type("C", (), {"facts": facts})()]).blocks[2]
    assert "Number of visits (£ a week)" in str(table)


def test_a_rate_per_100000_collections_says_so(tmp_path: Path) -> None:
    from generator.content.assemble import summary_section

    inputs, facts = _ts2(tmp_path, '    unit: rate\n    per: "100,000 collections"\n')
    words = chart_words(inputs.style)
    notes = technical_notes(facts, words)
    assert "Rate per 100,000 collections." in notes
    assert not any("population" in line for line in notes)
    drawn = drawn_text(draw(chart_spec(facts, inputs.style)))
    assert [p.text for p in drawn if p.gid == "axis-unit"] == ["per 100,000 collections"]
    table = summary_section([type("C", (), {"facts": facts})()]).blocks[2]
    assert "Number of visits (per 100,000 collections)" in str(table)


@pytest.mark.parametrize(
    ("lines", "problem"),
    [
        ("    unit: gbp\n    per: 7\n", "'per' is 7"),
        ("    unit: rate\n    per: collections\n", "'per' is 'collections'"),
        ("    unit: count\n    per: week\n", "'per' is set but the unit is count"),
        ("    unit: minutes\n    decimals: 1\n", "shown to the second"),
    ],
)
def test_a_per_or_decimals_that_does_not_fit_the_unit_is_refused(
    tmp_path: Path, lines: str, problem: str
) -> None:
    with pytest.raises(InputError, match=re.escape(problem)):
        _ts2(tmp_path, lines)


def test_a_duration_target_that_is_not_one_is_refused(tmp_path: Path) -> None:
    definition = _call_wait_definition(tracker=False).replace('target: "3:00"', "target: soon")
    root = make_report(tmp_path, definition=definition)
    with pytest.raises(InputError) as caught:
        load_inputs(root, "2024/25 Q2")
    text = caught.value.message()
    assert "'target' is 'soon', not a duration" in text and '"3:00"' in text


@pytest.mark.parametrize(
    ("sentence", "findings"),
    [
        ("The average wait was 2:35, down 0:20 on the previous quarter.", []),
        ("At 2:35 the wait was under the target of 3:00.", []),
        (
            "The wait was above the target of 3:00.",
            # quoted with its verb, as the editor wrote it
            ["'was above the target of 3:00'", "the data has 2:35 against a target of 3:00"],
        ),
        ("The wait fell to just under 2:40.", []),
        (
            "The average wait was 2:45 in the quarter.",
            ["'was 2:45': says 2:45", "the data has 2:35"],
        ),
        (
            "The wait was 2:35, down 0:30 on the previous quarter.",
            ["'down 0:30 on the previous quarter': says down 0:30 on the previous quarter (Q"],
        ),
        ("The target of 3:30 was met.", ["'The target of 3:30'", "the target is 3:00"]),
    ],
)
def test_appendix_check_reads_a_wait_on_the_clock(
    tmp_path: Path,
    sentence: str,
    findings: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = make_report(
        tmp_path,
        definition=_call_wait_definition(tracker=True),
        commentary={"TS1": sentence + "\n", "TS2": "Visits made reached 1,200.\n"},
    )
    _wait_tracker(root / "data" / "tracker.xlsx")
    code, out, _ = run(["check"], root, monkeypatch, capsys)
    said = " ".join(out.split())
    assert code == (1 if findings else 0), said
    for words in findings:
        assert words in said


def test_appendix_check_reads_pounds_with_thousands_and_leaves_a_clock_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A balance in pounds ('£1,300') is checked; a time of day on a page of pounds is not
    one of its figures."""
    definition = DEFINITION.replace("    unit: count\n", "    unit: gbp\n")
    ok = "Bookings stood at £1,300 and visits made at £1,200; calls close at 5:30."
    root = make_report(
        tmp_path, definition=definition, commentary={"TS2": ok + "\n", "TS1": "On track.\n"}
    )
    code, out, _ = run(["check"], root, monkeypatch, capsys)
    assert code == 0, out
    wrong = "Visits made stood at £1,250."
    make_report(tmp_path, definition=definition, commentary={"TS2": wrong + "\n"})
    code, out, _ = run(["check"], root, monkeypatch, capsys)
    assert code == 1 and "'stood at £1,250'" in out and "£1,200" in out
