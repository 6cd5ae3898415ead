"""An indicator asking for SPC (`spc: true`) gets an XmR chart beside its own, the
icons' words in its notes and the limits in its data table, in all four editions;
one not asking is as before; a wrong setting is one message."""

from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from tests.poppler import needs_poppler, page_texts
from tests.report_folder import DEFINITION, make_report
from tests.test_cli import run

OUT = Path("output")
STEM = "ts-appendix-2024-25-Q2"

# TS1's figures (tests/report_folder.py) are 60, 62, 64, 66, 68 and 71: mean 391/6 =
# 65.17; moving ranges 2, 2, 2, 2, 3 (mean 2.2); limits 65.17 ± 2.66 × 2.2 = 59.3 to
# 71.0. No rule fires (71 is inside the upper limit; only one point beyond two-thirds
# on each side): common cause. The target (80%) is above the upper limit of a
# higher-is-better measure: consistently failing. Six points: trial limits.
WORDS = [
    "Statistical process control",
    "Variation (Q2 24/25): Common cause variation.",
    "Assurance: Consistently failing the target.",
    "Mean 65.2%; process limits 59.3% to 71.0%",
    "Trial limits: fewer than 12 points (6)",
]


def _spc(extra: str = "    spc: true\n") -> str:
    return DEFINITION.replace("    polarity: higher\n", "    polarity: higher\n" + extra, 1)


def _html(root: Path) -> str:
    page = re.sub(r"<[^>]+>", " ", (root / OUT / f"{STEM}.html").read_text(encoding="utf-8"))
    return " ".join(html.unescape(page).split())


def _docx(root: Path) -> tuple[str, str]:
    """The document's words, and its XML (where pictures' text alternatives are)."""
    with zipfile.ZipFile(root / OUT / f"{STEM}.docx") as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
    words = html.unescape(re.sub(r"<[^>]+>", "", xml.replace("</w:p>", " ")))
    return " ".join(words.split()), html.unescape(xml)


def _build(root: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> str:
    code, _, err = run(["build", "--format", "all"], root, monkeypatch, capsys)
    assert code == 0, err
    return err


@needs_poppler
def test_spc_in_every_edition(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path, definition=_spc())
    _build(root, monkeypatch, capsys)
    page = _html(root)
    docx, docx_xml = _docx(root)
    pdf = " ".join(" ".join(page_texts(root / OUT / f"{STEM}.pdf")).split())
    for words in WORDS:
        assert words in page
        assert words in docx
        assert words in " ".join(pdf.split())
    # the chart and its text alternative, in the web page and the document
    assert 'alt="TS1 statistical process control chart"' in (root / OUT / f"{STEM}.html").read_text(
        encoding="utf-8"
    )
    alt = "TS1 statistical process control (XmR) chart of requests answered within 10 days"
    assert alt in page
    assert f'descr="{alt}' in docx_xml
    assert "No point shows special cause variation. Variation icon: Common cause variation." in page
    # the limits in the data table (the workbook's numbers to one decimal more)
    book = openpyxl.load_workbook(root / OUT / f"{STEM}.xlsx")
    rows = {r[0]: r[1:] for r in book["TS1"].iter_rows(values_only=True) if r[0]}
    assert rows["Mean (SPC)"][-1] == 65.2
    assert rows["Lower process limit"][-1] == 59.3
    assert rows["Upper process limit"][-1] == 71.0
    assert rows["Variation (SPC)"][-1] == "Common cause"
    assert "Upper process limit 71.0% 71.0%" in page
    # beside the KPI's own chart, which keeps its rating and direction of travel
    assert "TS1: Share of requests answered within 10 days RAG rating: AMBER" in page
    assert "The overall direction of travel is" in page


def test_no_spc_unless_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path)
    _build(root, monkeypatch, capsys)
    page = _html(root)
    assert "Statistical process control" not in page
    assert "process limit" not in page


def test_a_rebase_starts_the_limits_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path, definition=_spc('    spc: true\n    spc_rebase: "2024/25 Q1"\n'))
    _build(root, monkeypatch, capsys)
    page = _html(root)
    # from Q1 24/25: 68 and 71, mean 69.5, one moving range of 3: 69.5 ± 7.98
    assert "Limits start again from Q1 24/25 (a service change)." in page
    assert "Mean 69.5%; process limits 61.5% to 77.5%" in page
    assert "Trial limits: fewer than 12 points (2)" in page
    assert "Assurance: Consistently failing the target." in page
    # before it, the first four quarters' own: 60 to 66, mean 63, moving range 2
    assert "Mean (SPC) 63.0% 63.0% 63.0% 63.0% 69.5% 69.5%" in page


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('    spc: "yes"\n', "'spc' is 'yes' (indicator TS1)"),
        ('    spc_rebase: "2024/25 Q1"\n', "'spc_rebase' is set but 'spc' is not true"),
        ('    spc: true\n    spc_rebase: "Q1"\n', "'spc_rebase'"),
    ],
)
def test_a_wrong_spc_setting_is_one_message(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    extra: str,
    message: str,
) -> None:
    root = make_report(tmp_path, definition=_spc(extra))
    code, _, err = run(["build", "--format", "html"], root, monkeypatch, capsys)
    assert code != 0
    assert message in " ".join(err.split())
    assert "Traceback" not in err
    assert err.count("error") == 1


def test_the_spc_chart_is_drawn_once_and_reused_from_the_chart_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An SPC chart and its icons go through the chart cache as the indicator's own chart
    does: a rebuild after a commentary edit draws nothing, and writes what a cold build
    writes."""
    root = make_report(tmp_path, definition=_spc())
    code, first, err = run(["build"], root, monkeypatch, capsys)
    assert code == 0, err
    # TS1, TS2, TS1's SPC chart and its two icons (common cause; consistently failing)
    assert "Charts: 5 drawn, 0 reused" in first + err
    cold = (root / OUT / f"{STEM}.docx").read_bytes()
    commentary = root / "narratives" / "2024-25-Q2" / "TS1.md"
    commentary.write_text(commentary.read_text(encoding="utf-8") + "\nEdited.\n", "utf-8")
    code, again, err = run(["build"], root, monkeypatch, capsys)
    assert code == 0, err
    assert "Charts: 0 drawn, 5 reused" in again + err  # the icons too
    code, _, err = run(["build", "--no-cache", "--out", "fresh"], root, monkeypatch, capsys)
    assert code == 0, err
    assert (
        (root / "fresh" / f"{STEM}.docx").read_bytes()
        == (root / OUT / f"{STEM}.docx").read_bytes()
        != cold
    )
