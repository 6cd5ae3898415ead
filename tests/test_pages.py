"""No stranded pages: no page holds less than a quarter page of content unless it
is an indicator's continuation ("ASCH5 (continued)"), and the DOCX laid out by
LibreOffice comes within one page of the PDF."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from generator.run.build import BuildOptions, build
from tests.libreoffice import convert_to_pdf, needs_libreoffice
from tests.poppler import needs_poppler, page_words

RUNNING_MARGIN = 28.0  # points: the running header and footer (in the margins) are not content


def page_fill(pdf: Path) -> list[tuple[float, str]]:
    """Per page: the share of its height that content spans, and its text."""
    fills = []
    for page in page_words(pdf):
        words = [
            w
            for w in page.words
            if w.top > RUNNING_MARGIN and w.bottom < page.height - RUNNING_MARGIN
        ]
        span = max(w.bottom for w in words) - min(w.top for w in words) if words else 0.0
        fills.append((span / page.height, " ".join(w.text for w in words)))
    return fills


def stranded(pdf: Path, continued: str = "(continued)") -> list[int]:
    """Pages holding under a quarter page that are not a continuation (its heading
    says `continued`; the last page, the end of the document, may be short)."""
    fills = page_fill(pdf)
    return [
        number
        for number, (fill, text) in enumerate(fills[:-1], start=1)
        if fill < 0.25 and continued not in text
    ]


def _copy_repository(repo_root: Path, root: Path) -> Path:
    shutil.copytree(repo_root, root, ignore=shutil.ignore_patterns("output", ".*", "*.egg-info"))
    return root


def _lengthen(note: Path, words: str, paragraphs: int) -> None:
    """Commentary that runs to pages: `paragraphs` more, of 3 to 6 times `words`."""
    more = "".join(f"\n\n{words * (3 + n % 4)}" for n in range(paragraphs))
    note.write_text(note.read_text(encoding="utf-8") + more, encoding="utf-8")


def _build(root: Path, quarter: str, out: Path) -> tuple[Path, Path]:
    build(BuildOptions(root=root, quarter=quarter, out=out, formats=("docx", "pdf"), workers=1))
    docx = next(out.glob("*.docx"))
    return docx, docx.with_suffix(".pdf")


@needs_poppler
@pytest.mark.parametrize("quarter", ["2024-25 Q2", "2023-24 Q2"])
def test_no_page_of_a_sample_edition_is_stranded(
    repo_root: Path, tmp_path: Path, quarter: str
) -> None:
    _, pdf = _build(repo_root, quarter, tmp_path)
    assert stranded(pdf) == []


@needs_poppler
def test_an_indicator_too_long_for_a_page_continues_under_its_heading(
    repo_root: Path, tmp_path: Path
) -> None:
    """A stress report: one indicator's commentary runs to pages."""
    root = _copy_repository(repo_root, tmp_path / "report")
    words = "The service reviewed every case referred in the quarter and wrote to each person. "
    _lengthen(root / "narratives" / "2024-25-Q2" / "ASCH2.md", words, 40)
    docx, pdf = _build(root, "2024-25 Q2", tmp_path / "out")
    fills = page_fill(pdf)
    assert stranded(pdf) == []
    continued = [n for n, (_, text) in enumerate(fills, start=1) if "ASCH2 (continued)" in text]
    assert continued, "the rest of ASCH2 has no heading"
    # Not an indicator of its own: not in the bookmarks, which list each indicator once.
    titles = _outline_titles(PdfReader(pdf).outline)
    assert not [t for t in titles if "continued" in t]
    assert sum(t.startswith("ASCH2:") for t in titles) == 1
    # The DOCX breaks the page before it, as the PDF does.
    body = zipfile.ZipFile(docx).read("word/document.xml").decode()
    paragraph = body[: body.index("ASCH2 (continued)")].rsplit("<w:p>", 1)[-1]
    # (where a chart and its notes follow, the heading also ends a one-column section)
    paragraph = re.sub(r"<w:sectPr\b.*?</w:sectPr>", "", paragraph)
    assert "w:pageBreakBefore" in paragraph and len(paragraph) < 300, paragraph


def _outline_titles(items: list[Any]) -> list[str]:
    titles: list[str] = []
    for item in items:
        titles += _outline_titles(item) if isinstance(item, list) else [str(item.title)]
    return titles


@needs_libreoffice
@needs_poppler
@pytest.mark.parametrize("quarter", ["2024-25 Q2", "2023-24 Q2"])
def test_the_docx_laid_out_by_libreoffice_is_within_a_page_of_the_pdf(
    repo_root: Path, tmp_path: Path, quarter: str
) -> None:
    docx, pdf = _build(repo_root, quarter, tmp_path / "out")
    converted = convert_to_pdf(docx, tmp_path)
    ours, theirs = len(page_fill(pdf)), len(page_fill(converted))
    assert abs(ours - theirs) <= 1, (ours, theirs)
    assert stranded(converted) == []


@needs_poppler
def test_a_stress_report_of_four_series_long_titles_and_ten_note_lines_strands_no_page(
    repo_root: Path, tmp_path: Path
) -> None:
    """The GET sample made hard to lay out: a title of three lines, a four-series
    measure with ten lines of notes and commentary that runs to pages."""
    report = _copy_repository(repo_root, tmp_path / "repo") / "samples" / "get"
    definition = report / "data" / "report.yaml"
    text = definition.read_text(encoding="utf-8")
    long_title = (
        "Percentage of reported streetlight faults, including those on private estates "
        "adopted during the year and on the strategic road network, repaired within "
        "28 calendar days of the fault first being reported by a resident or a patrol."
    )
    stressed = text.replace(
        'title: "Percentage of reported streetlight faults repaired within 28 calendar days."',
        f'title: "{long_title}"',
    ).replace(
        '          - { id: "Face to face", label: "face-to-face enquiries" }\n',
        '          - { id: "Face to face", label: "face-to-face enquiries" }\n'
        "        notes:\n"
        + "".join(
            f'          - "Note line {n}: how this channel is counted."\n' for n in range(10)
        ),
    )
    assert stressed.count("Note line") == 10 and long_title in stressed
    definition.write_text(stressed, encoding="utf-8")
    words = "Enquiries by each channel were checked against the contact centre's own log. "
    _lengthen(report / "narratives" / "2024-25-Q3" / "GET7.md", words, 25)
    _, pdf = _build(report, "2024-25 Q3", tmp_path / "out")
    fills = page_fill(pdf)
    assert stranded(pdf) == []
    assert any("GET7 (continued)" in text for _, text in fills)
