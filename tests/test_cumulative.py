"""Issue 23: a cumulative (year-to-date) measure, such as council tax collected, is
rated against its profile for the quarter, drawn one year at a time, and its direction
of travel compares each quarter with the same quarter a year earlier."""

from __future__ import annotations

import html
import math
import re
import textwrap
from pathlib import Path

import pytest
from matplotlib.lines import Line2D

from generator.charts.kpi import draw
from generator.content.chart_spec import chart_spec
from generator.content.inputs import load_inputs
from generator.core.cumulative import Profiled, profiled_levels, year_on_year, year_starts
from generator.core.vocabulary import Polarity
from tests.report_folder import make_report
from tests.test_cli import run

# ------------------------------------------------------------------ rules, as tables


@pytest.mark.parametrize(
    ("quarter", "target", "threshold", "profile", "last_year", "decimals", "expected"),
    [
        # Q4: the year's own target and threshold, whatever the profile or last year
        (4, 97.6, 96.5, None, 97.4, 1, Profiled(97.6, 96.5, "year_end")),
        (4, 97.6, 96.5, 90.0, None, 1, Profiled(97.6, 96.5, "year_end")),
        # Q1-Q3 with a profile: the profile, the threshold in proportion, as shown
        (3, 97.6, 96.5, 84.0, 84.2, 1, Profiled(84.0, 83.1, "profile")),
        (1, 97.6, 96.5, 29.0, None, 1, Profiled(29.0, 28.7, "profile")),
        (2, 97.6, 96.5, 56.5, None, 0, Profiled(56.5, 56.0, "profile")),
        # lower is better: an upper threshold above the profile, in proportion
        (2, 400, 480, 200, None, 0, Profiled(200, 240, "profile")),
        # no profile: the same quarter last year, as shown
        (3, 97.6, 96.5, None, 84.24, 1, Profiled(84.2, 83.3, "last_year")),
        (1, 97.6, 96.5, None, 29.04, 0, Profiled(29.0, 29.0, "last_year")),
        # neither: not rated (never the full year's target before Q4)
        (3, 97.6, 96.5, None, None, 1, None),
        (1, 97.6, 96.5, None, None, 1, None),
        # a target of 0: the threshold's distance in proportion to the year gone
        (2, 0, 8, 0.0, None, 0, Profiled(0.0, 4.0, "profile")),
    ],
)
def test_profiled_levels(
    quarter: int,
    target: float,
    threshold: float,
    profile: float | None,
    last_year: float | None,
    decimals: int,
    expected: Profiled | None,
) -> None:
    found = profiled_levels(
        quarter,
        target=target,
        threshold=threshold,
        profile=profile,
        last_year=last_year,
        decimals=decimals,
    )
    assert found == expected


SAW = [28.8, 56.2, 83.9, 97.0, 29.0, 57.0, 84.2, 97.4, 29.4, 57.3, 84.6]


@pytest.mark.parametrize(
    ("values", "polarity", "label"),
    [
        # a year-to-date saw-tooth, a little higher each year than the year before
        (SAW, "higher", "improving"),
        (SAW, "lower", "worsening"),
        (SAW, "neutral", "increasing"),
        ([v - 2 * (i // 4) for i, v in enumerate(SAW)], "higher", "worsening"),
        # each quarter as it was a year earlier
        (SAW[:4] * 3, "higher", "no significant trend"),
        # up in some quarters, down in others: no significant change
        ([29, 57, 84, 97, 30, 56, 85, 96, 29, 57, 84], "higher", "no significant trend"),
        # fewer than four quarters with the same quarter a year earlier
        (SAW[:7], "higher", "not enough data"),
        ([28.8, None, 83.9, 97.0, 29.0, None, 84.2, 97.4], "higher", "not enough data"),
        # a missing quarter makes no pair, but keeps its place
        ([28.8, None, 83.9, 97.0, 29.0, 57.0, 84.2, 97.4, 29.4], "higher", "improving"),
    ],
)
def test_year_on_year(values: list[float | None], polarity: Polarity, label: str) -> None:
    assert year_on_year(values, polarity).label == label


def test_year_on_year_is_not_a_line_through_the_saw_tooth() -> None:
    """The same figures, read as a line across the year ends, show no trend at all."""
    from generator.core.rules import direction_of_travel

    assert direction_of_travel(SAW, "higher").label == "no significant trend"
    assert year_on_year(SAW, "higher").label == "improving"


@pytest.mark.parametrize(
    ("quarters", "starts"),
    [
        ([4, 1, 2, 3, 4, 1, 2, 3], (1, 5)),
        ([1, 2, 3, 4], ()),
        ([2, 3, 4, 1], (3,)),
        ([1], ()),
    ],
)
def test_year_starts(quarters: list[int], starts: tuple[int, ...]) -> None:
    assert year_starts(quarters) == starts


# ------------------------------------------------------------------ a council-tax folder

DEFINITION = textwrap.dedent(
    """\
    title: "Appendix 2: Revenues Key Performance Indicators"
    directorate: "Revenues and Benefits"
    organisation: "Test District Council"
    id_prefix: "RB"
    chart_quarters: 8
    data_files: ["values.csv"]
    style: "../styles/house.yaml"
    indicators:
      - id: RB1
        title: "Council tax collected in the year"
        short_title: "Council tax collection"
        kind: kpi
        unit: percent
        decimals: 1
        polarity: higher
    {cumulative}
        years:
          "2022/23":
            target: 97.6
            floor: 96.5
    {profile}
            series: [{{id: value, label: "council tax collected"}}]
    """
)
PROFILE = "        profile: {Q1: 29.0, Q2: 56.5, Q3: %s}"
QUARTERS = [f"{year} Q{q}" for year in ("2022/23", "2023/24", "2024/25") for q in (1, 2, 3, 4)]
PAGE = Path("output") / "rb-appendix-2024-25-Q3.html"


def _folder(root: Path, *, cumulative: bool = True, q3_profile: str | None = "84.0") -> Path:
    definition = DEFINITION.format(
        cumulative="    cumulative: true" if cumulative else "",
        profile=PROFILE % q3_profile if q3_profile else "",
    )
    rows = ["indicator,period,series,value,status"]
    rows += [f"RB1,{q},,{v}," for q, v in zip(QUARTERS, SAW, strict=False)]
    return make_report(root, definition=definition, data="\n".join(rows) + "\n", commentary={})


def _page(root: Path) -> str:
    page = re.sub(r"<[^>]+>", " ", (root / PAGE).read_text(encoding="utf-8"))
    return " ".join(html.unescape(page).split())


def _build(root: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> str:
    code, _, err = run(
        ["build", "--format", "html", "--quarter", "2024/25 Q3"], root, monkeypatch, capsys
    )
    assert code == 0, err
    return _page(root)


@pytest.mark.parametrize(
    ("q3_profile", "rag", "summary", "note"),
    [
        (
            "84.0",
            "GREEN",
            "RB1 Council tax collection 84.6% Q3 24/25 84.0% GREEN improving",
            "Q3 24/25 is rated against the target profiled for Q3, 84.0% (dotted line), with "
            "a floor threshold in proportion, 83.1% (dashed line), towards a year-end target "
            "of 97.6% and floor of 96.5%; the shaded band between them is the AMBER range.",
        ),
        (
            "85.0",
            "AMBER",
            "RB1 Council tax collection 84.6% Q3 24/25 85.0% AMBER improving",
            "Q3 24/25 is rated against the target profiled for Q3, 85.0% (dotted line),",
        ),
        (
            None,
            "GREEN",
            "RB1 Council tax collection 84.6% Q3 24/25 84.2% GREEN improving",
            "Q3 24/25 is rated against the same quarter last year (Q3 23/24), 84.2% (dotted "
            "line), with a floor threshold in proportion, 83.3% (dashed line), towards a "
            "year-end target of 97.6% and floor of 96.5%;",
        ),
    ],
)
def test_council_tax_at_q3_is_rated_on_its_profile_not_the_full_year_target(
    tmp_path: Path,
    q3_profile: str | None,
    rag: str,
    summary: str,
    note: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    page = _build(_folder(tmp_path, q3_profile=q3_profile), monkeypatch, capsys)
    assert f"RB1: Council tax collected in the year RAG rating: {rag}" in page
    assert summary in page
    assert note in page
    assert (
        "Figures are for the year to date: each financial year's line starts again at Q1 "
        "and is not joined to the year before."
    ) in page
    # The direction of travel: each quarter against the same quarter a year earlier.
    assert (
        "The overall direction of travel, each quarter against the same quarter a year "
        "earlier, is significant (improving)."
    ) in page
    # The alt text compares with the same quarter last year, not with Q2.
    assert "Latest value 84.6% in Q3 24/25, up 0.4 percentage points on Q3 23/24" in page
    assert "Direction of travel, against the same quarter a year earlier: improving." in page


def test_the_same_figures_not_declared_cumulative_are_red_against_the_year_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """What the issue saw: without `cumulative: true`, Q3's 84.6% is RED against 97.6%."""
    page = _build(_folder(tmp_path, cumulative=False, q3_profile=None), monkeypatch, capsys)
    assert "RB1 Council tax collection 84.6% Q3 24/25 97.6% RED no significant trend" in page


def test_the_data_table_gives_each_quarters_target_to_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    page = _build(_folder(tmp_path), monkeypatch, capsys)
    assert (
        "Figures plotted in the RB1 chart (for the year to date: each financial year's "
        "line starts again at Q1)"
    ) in page
    # Q4 22/23 ... Q3 24/25: the year-end target at Q4, the profile at Q1 to Q3.
    assert "Target to date 97.6% 29.0% 56.5% 84.0% 97.6% 29.0% 56.5% 84.0%" in page
    assert "Floor to date 96.5% 28.7% 55.9% 83.1% 96.5% 28.7% 55.9% 83.1%" in page


def test_a_quarter_with_no_profile_and_no_figure_a_year_earlier_is_not_rated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _folder(tmp_path, q3_profile=None)
    data = (root / "data" / "values.csv").read_text(encoding="utf-8")
    (root / "data" / "values.csv").write_text(
        data.replace("RB1,2023/24 Q3,,84.2,\n", ""), encoding="utf-8"
    )
    page = _build(root, monkeypatch, capsys)
    assert "RB1 Council tax collection 84.6% Q3 24/25 none not rated" in page
    assert (
        "Not rated: the figures are for the year to date, no target is profiled for Q3 and "
        "there is no figure for the same quarter last year (a year-end target of 97.6% and "
        "floor of 96.5%)."
    ) in page


def _segments(line: Line2D) -> list[tuple[float, float]]:
    """The (x, x) of each drawn segment: two consecutive points, both defined."""
    xs = [float(x) for x in line.get_xdata()]
    ys = [float(y) for y in line.get_ydata()]
    return [
        (xs[i], xs[i + 1])
        for i in range(len(xs) - 1)
        if not math.isnan(ys[i]) and not math.isnan(ys[i + 1])
    ]


@pytest.mark.parametrize("cumulative", [True, False])
def test_the_chart_does_not_join_q4_to_the_next_q1(tmp_path: Path, cumulative: bool) -> None:
    root = _folder(tmp_path, cumulative=cumulative, q3_profile=None if not cumulative else "84.0")
    inputs = load_inputs(root, "2024/25 Q3")
    (facts,) = inputs.facts
    spec = chart_spec(facts, inputs.style)
    # Window: Q4 22/23, Q1 ... Q4 23/24, Q1 ... Q3 24/25
    assert spec.x_labels[0] == "Q4 22/23" and spec.x_labels[1] == "Q1 23/24"
    figure = draw(spec)
    (line,) = [
        line for line in figure.axes[0].get_lines() if line.get_label() == "Council tax collected"
    ]
    segments = _segments(line)
    year_ends = [(0.0, 1.0), (4.0, 5.0)]  # Q4 22/23 to Q1 23/24, Q4 23/24 to Q1 24/25
    if cumulative:
        assert spec.year_starts == (1, 5)
        assert not [s for s in segments if s in year_ends]
        assert (1.0, 2.0) in segments and (5.0, 6.0) in segments  # within a year: joined
        assert len(segments) == 5
    else:
        assert spec.year_starts == ()
        assert all(s in segments for s in year_ends)
        assert len(segments) == 7


def test_the_draft_of_a_year_to_date_measure_is_true_and_builds(tmp_path: Path) -> None:
    """`appendix new-quarter`: no comparison with the quarter before (down 68 points
    each April), the direction of travel named as it is worked out, and `check` finds
    nothing to correct."""
    from generator.editors.check import run_check
    from generator.editors.drafts import draft_quarter

    root = _folder(tmp_path)
    (created,), _ = draft_quarter(root, "2024/25 Q3")
    draft = created.read_text(encoding="utf-8")
    assert "previous quarter" not in draft
    assert "on the same quarter last year ({{ last_year }})" in draft
    assert "Direction of travel, each quarter against the same quarter a year earlier" in draft
    assert run_check(root, "2024/25 Q3") == []


def test_the_facts_table_gives_the_target_the_quarter_is_rated_against(tmp_path: Path) -> None:
    from generator import Report

    facts = Report.open(_folder(tmp_path)).facts("2024/25 Q3")
    row = facts.set_index("id").loc["RB1"]
    assert (row["value"], row["target"], row["threshold"], row["rag"]) == (
        84.6,
        84.0,
        83.1,
        "GREEN",
    )
    assert row["direction"] == "improving"


def test_a_trackers_profile_row_gives_the_quarters_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A tracker that keeps the profile as a row of its own (filled for the whole year,
    ahead of the figures): the row rates the quarter and is not charted, and the report
    quarter is still the latest with figures."""
    import openpyxl

    definition = (
        DEFINITION.format(
            cumulative="    cumulative: true\n    profile_series: Profile", profile=""
        )
        .replace(
            'data_files: ["values.csv"]',
            'data_files: ["tracker.xlsx"]\n'
            'tracker: {indicator_column: "Ref", series_column: "Measure"}',
        )
        .replace(
            '{id: value, label: "council tax collected"}',
            '{id: Collected, label: "council tax collected"}',
        )
    )
    root = make_report(tmp_path, definition=definition, data="", commentary={})
    (root / "data" / "values.csv").unlink()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "KPIs"
    sheet.append(["Ref", "Measure", *(f"Q{q[-1]} {q[2:4]}/{q[5:7]}" for q in QUARTERS)])
    sheet.append(["RB1", "Collected", *SAW, "TBC"])
    sheet.append(["RB1", "Profile", *([29.0, 56.5, 85.0, 97.6] * 3)])
    book.save(root / "data" / "tracker.xlsx")
    code, _, err = run(["build", "--format", "html"], root, monkeypatch, capsys)
    assert code == 0, err
    page = " ".join(
        html.unescape(re.sub(r"<[^>]+>", " ", (root / PAGE).read_text(encoding="utf-8"))).split()
    )
    assert "RB1: Council tax collected in the year RAG rating: AMBER" in page
    assert "Q3 24/25 is rated against the target profiled for Q3, 85.0% (dotted line)" in page
    assert "Target to date 97.6% 29.0% 56.5% 85.0% 97.6% 29.0% 56.5% 85.0%" in page
    assert "Profile" not in page


@pytest.mark.parametrize(
    ("cumulative", "profile", "message"),
    [
        (
            "",
            PROFILE % "84.0",
            ", years: 2022/23: 'profile' is set but the indicator is not a cumulative KPI "
            "(indicator RB1). Add cumulative: true to a KPI whose figures add up within the "
            "year, or remove profile",
        ),
        (
            "    cumulative: true",
            "        profile: {Q1: 29.0, Q4: 97.6}",
            ", years: 2022/23: the profile names 'Q4' (indicator RB1). Name only Q1, Q2 and "
            "Q3 (Q4 is rated against target:), e.g. profile: {Q1: 29.0, Q2: 56.5, Q3: 84.0}",
        ),
        (
            "    cumulative: true",
            "        profile: {Q1: about 29}",
            ", years: 2022/23: 'Q1' must be a number, not 'about 29' (indicator RB1). Write Q1 "
            "as a plain number, e.g. 85",
        ),
        (
            "    cumulative: yes please",
            "",
            ": 'cumulative' is 'yes please' (indicator RB1). Write cumulative: true where the "
            "figures add up within each financial year (year to date), or leave it out",
        ),
        (
            "    profile_series: Profile",
            "",
            ": 'profile_series' is set but the indicator is not a cumulative KPI (indicator "
            "RB1). Add cumulative: true to a KPI whose figures add up within the year, or "
            "remove profile_series",
        ),
        (
            "    cumulative: true\n    profile_series: value",
            "",
            ": the profile series 'value' is also a series to chart (indicator RB1). Name the "
            "data's profile row (e.g. profile_series: Profile), not the figures'",
        ),
    ],
)
def test_a_mistyped_cumulative_definition_is_named(
    tmp_path: Path, cumulative: str, profile: str, message: str
) -> None:
    from generator.core.errors import InputError
    from generator.read.definitions import load_report

    root = _folder(tmp_path)
    path = root / "data" / "report.yaml"
    path.write_text(DEFINITION.format(cumulative=cumulative, profile=profile), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_report(path)
    assert caught.value.message() == f"{path}{message}"


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Collection is 84.6%, ahead of the profiled target of 84.0% for Q3.", False),
        ("We are on course for the year-end target of 97.6%.", False),
        ("Collection is 84.6% against a target of 90%.", True),
    ],
)
def test_check_reads_a_target_of_a_year_to_date_measure(
    tmp_path: Path, sentence: str, found: bool
) -> None:
    """`appendix check`: the quarter's profiled target and the year-end's are both true."""
    from generator.editors.check import run_check

    root = _folder(tmp_path)
    folder = root / "narratives" / "2024-25-Q3"
    folder.mkdir(parents=True)
    (folder / "RB1.md").write_text(sentence + "\n", encoding="utf-8")
    findings = run_check(root, "2024/25 Q3")
    assert bool([f for f in findings if "target" in str(f)]) == found, findings
