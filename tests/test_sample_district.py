"""The third sample, a fictional district council's corporate KPI tracker, built as a
committee member reads it: every format, from the definition `init --from` wrote."""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import sys
import zipfile
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from generator.cli import main
from generator.content.chart_spec import chart_spec
from generator.content.inputs import load_inputs
from generator.read.definitions import load_report
from tests.report_folder import ROOT
from tests.scope import shared

SAMPLE = ROOT / "samples" / "district"
NAME = "corporate-performance-appendix-2024-25-Q3"
REFS = ["H1", "H2", "H3", "RB1", "RB2", "W1", "W2", "CS1", "CS2", "P1"]


def _appendix(args: list[str], cwd: Path) -> tuple[int, str, str]:
    """The command run in `cwd`: its exit code, output and warnings."""
    out, err = io.StringIO(), io.StringIO()
    with (
        pytest.MonkeyPatch.context() as patch,
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        patch.chdir(cwd)
        patch.setattr(sys, "argv", ["appendix", *args])
        try:
            main()
            code = 0
        except SystemExit as exit_:
            code = int(exit_.code or 0)
    return code, out.getvalue(), err.getvalue()


def _text(html: str) -> str:
    """A web page's words, tags gone and spaces run together."""
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def _docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
    return " ".join(unescape(re.sub(r"<w:p[ >].*?</w:p>", lambda m: _para(m[0]), xml)).split())


def _para(xml: str) -> str:
    return " " + "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)) + " "


@dataclass(frozen=True)
class Built:
    out: Path
    err: str
    html: str  # the web page's words
    pdf_pages: list[str]
    docx: str


@pytest.fixture(scope=shared)
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    out = tmp_path_factory.mktemp("district") / "output"
    code, said, err = _appendix(["build", "--format", "all", "--out", str(out)], SAMPLE)
    assert code == 0, err
    for fmt in ("docx", "pdf", "html", "xlsx"):
        assert f"{NAME}.{fmt}" in said
    pages = [page.extract_text() or "" for page in PdfReader(str(out / f"{NAME}.pdf")).pages]
    return Built(
        out,
        err,
        _text((out / f"{NAME}.html").read_text("utf-8")),
        [" ".join(p.split()) for p in pages],
        _docx_text(out / f"{NAME}.docx"),
    )


def _page(built: Built, ref: str) -> str:
    """The PDF page of one indicator (its heading first)."""
    return next(p for p in built.pdf_pages if re.search(rf"\b{ref}: ", p[:200]))


def test_every_measure_is_there_under_its_own_ref_and_title(built: Built) -> None:
    report = load_report(SAMPLE / "data" / "report.yaml")
    assert [i.id for i in report.indicators] == REFS
    for indicator in report.indicators:
        heading = f"{indicator.id}: {indicator.title}"
        assert heading in built.html and heading in built.docx
        assert _page(built, indicator.id)
    assert len(built.pdf_pages) == 1 + len(REFS)  # the summary, then a page each
    book = openpyxl.load_workbook(built.out / f"{NAME}.xlsx")
    words = {str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row}
    assert all(any(w.startswith(ref) for w in words) for ref in REFS)


def test_the_late_planning_figure_is_said_to_be_late_and_rated_on_q2(built: Built) -> None:
    page = _page(built, "P1")
    assert "Figure for Q3 2024/25 not yet available; the latest is for Q2 2024/25." in page
    assert "The figure for Quarter 3 2024/25 is late" in page  # the commentary says so
    assert "Q3 24/25" not in page.split("Figures plotted")[1].split("Commentary")[0]
    assert "Q2 24/25 (figure for Q3 2024/25 not yet available)" in built.html  # the summary
    assert "sheet KPIs, cell N20: P1: the figure for 2024/25 Q3 is not yet available" in (built.err)


def test_the_teams_own_rag_where_the_page_shows_another_is_said_with_its_cell(
    built: Built,
) -> None:
    """The tracker types Amber for four measures whose definition (`init` wrote no AMBER
    band: the floor or upper threshold is the target) rates them RED: the officer is told
    of each, by its cell, and of no measure where the two agree or the tracker types none."""
    said = {
        line.split(": ")[1]: line
        for line in " ".join(built.err.split()).split("warning: ")
        if "the tracker's RAG says" in line
    }
    assert sorted(said) == ["CS1", "H1", "H2", "W2"]
    assert (
        "sheet KPIs, cell P6: H1: the tracker's RAG says Amber, but the definition rates "
        in (said["H1"])
    )
    assert "2024/25 Q3 RED, as the page shows; check its target and upper_threshold" in said["H1"]
    assert "check its target and floor for 2024/25" in said["W2"]  # higher is better
    assert "RAG rating: RED" in _page(built, "H1")  # the page keeps the definition's


def test_council_tax_is_rated_on_its_profile_and_drawn_a_line_a_year(built: Built) -> None:
    page = _page(built, "RB1")
    assert "RAG rating: GREEN" in page  # 84.6% against 84.5% profiled, not 97.6% for the year
    assert "Q3 24/25 is rated against the target profiled for Q3, 84.5%" in page
    assert "towards a year-end target of 97.6%" in page
    assert "each financial year's line starts again at Q1" in page
    assert "Collection is on profile" in page
    inputs = load_inputs(SAMPLE, None)
    facts = next(f for f in inputs.facts if f.indicator.id == "RB1")
    spec = chart_spec(facts, inputs.style)
    assert spec.x_labels[spec.year_starts[0]] == "Q1 24/25"  # not joined to Q4 23/24


def test_units_as_the_tracker_says_them(built: Built) -> None:
    rent = _page(built, "H2")
    assert "£503,400" in rent and "Figures in pounds (£)." in rent
    assert "a week" not in built.html and "a week" not in built.docx
    assert not re.search(r"£\d[\d,]*\.\d\b", built.html)  # never one decimal of a pound
    calls = _page(built, "CS1")
    assert "2:35" in calls and "2:30" in calls
    assert "Time in minutes and seconds" in calls
    bins = _page(built, "W1")
    assert "Rate per 100,000 collections." in bins and "of the population" not in built.html


def test_the_gap_keeps_the_trackers_words(built: Built) -> None:
    page = _page(built, "H3")
    assert "No figure for Q3 23/24: system migration" in page


def test_no_amber_range_is_named_where_the_tracker_gives_none(built: Built) -> None:
    assert "AMBER range: " not in built.html  # no legend names a band that is not drawn
    assert (
        "with an upper threshold of 25.0 days (dashed line) for 2024/25; 28.0 days before; "
        "the two are the same, so there is no AMBER range (GREEN or RED only)."
    ) in _page(built, "H1")


def test_the_commentary_has_no_finding_and_only_the_late_figure_is_listed() -> None:
    for ref in REFS:
        assert (SAMPLE / "narratives" / "2024-25-Q3" / f"{ref}.md").is_file()
    code, out, err = _appendix(["check"], SAMPLE)
    assert code == 1, err  # the late figure is a finding until it is in
    assert out.splitlines() == [
        "data/tracker.xlsx, sheet KPIs, cell N20: P1: the figure for 2024/25 Q3 is not "
        "yet available",
        "1 finding(s)",
    ]


def test_the_definition_is_what_init_writes_but_the_lines_marked_edited(tmp_path: Path) -> None:
    code, _, err = _appendix(
        ["init", "council", "--from", str(SAMPLE / "data" / "tracker.xlsx")], tmp_path
    )
    assert code == 0, err
    written = (tmp_path / "council" / "data" / "report.yaml").read_text("utf-8").splitlines()
    kept = (SAMPLE / "data" / "report.yaml").read_text("utf-8").splitlines()
    assert len(kept) == len(written)
    edited = [k for k, w in zip(kept, written, strict=True) if k != w]
    assert [line.split(":")[0] for line in edited] == [
        "title",
        "directorate",
        "organisation",
        "style",
    ]
    assert all("# edited" in line for line in edited)
    assert (tmp_path / "council" / "data" / "tracker.xlsx").read_bytes() == (
        SAMPLE / "data" / "tracker.xlsx"
    ).read_bytes()


def test_the_ods_tracker_builds_the_same_appendix(built: Built, tmp_path: Path) -> None:
    folder = tmp_path / "district"
    shutil.copytree(SAMPLE, folder, ignore=shutil.ignore_patterns("output"))
    definition = folder / "data" / "report.yaml"
    text = definition.read_text("utf-8").replace('["tracker.xlsx"]', '["tracker.ods"]')
    definition.write_text(text.replace("../../../styles", str(ROOT / "styles")), "utf-8")
    code, _, err = _appendix(["build", "--format", "html,docx", "--out", "ods"], folder)
    assert code == 0, err
    assert _text((folder / "ods" / f"{NAME}.html").read_text("utf-8")) == built.html
    assert _docx_text(folder / "ods" / f"{NAME}.docx") == built.docx


def test_every_charts_latest_figure_is_labelled() -> None:
    """Seen: H2's £503,400, wide, at the chart's right edge just above the threshold line
    and below its neighbour's line, had no free place beside its point and was dropped
    from the DOCX's chart; it is slid inside the chart instead."""
    from generator.charts import draw
    from tests.charts.figure_text import drawn_text, faults, number_in

    inputs = load_inputs(SAMPLE, None)
    for facts in inputs.facts:
        spec = chart_spec(facts, inputs.style)
        latest = [v for v in spec.series[0].values if v is not None][-1]
        figure = draw(spec)
        labels = [number_in(p.text) for p in drawn_text(figure) if p.gid == "value"]
        assert latest in labels, (facts.indicator.id, latest)
        assert faults(figure) == [], facts.indicator.id
