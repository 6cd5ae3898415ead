"""The PDF as a clerk archives it: PDF/A-2a and PDF/UA-1 by a second, full validator
(`page-validation`), and page labels that survive merging into an agenda pack."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pypdf
import pytest

from generator.run.build import BuildOptions, build
from tests.writers.test_template import on_template

page: Any = pytest.importorskip(
    "page", reason="page-validation is not installed (pip install page-validation)"
)

PROFILES = ("ua1", "2a")


def failures(pdf: Path) -> list[str]:
    """Every failure `page-validation` reports for PDF/UA-1 and PDF/A-2a."""
    found = []
    for profile in PROFILES:
        report = page.validate_pdf(pdf, profile=profile)
        found += [f"{profile} {f.rule_id}: {f.message}" for f in report.failures]
    return found


def build_pdf(root: Path, quarter: str | None, out: Path) -> Path:
    build(BuildOptions(root=root, quarter=quarter, out=out, formats=("pdf",), workers=1))
    return next(out.glob("*.pdf"))


@pytest.mark.parametrize(
    ("folder", "quarter"),
    [(".", "2024-25 Q2"), (".", "2023-24 Q2"), ("samples/get", None), ("samples/district", None)],
)
def test_every_sample_edition_passes_pdfua1_and_pdfa2a(
    repo_root: Path, tmp_path: Path, folder: str, quarter: str | None
) -> None:
    pdf = build_pdf(repo_root / folder, quarter, tmp_path / "out")
    assert failures(pdf) == []
    # no prefix in the house style: no page labels, the footer as it always was
    reader = pypdf.PdfReader(pdf)
    assert "/PageLabels" not in reader.trailer["/Root"]
    total = len(reader.pages)
    assert (reader.pages[-1].extract_text() or "").rstrip().endswith(f"Page {total} of {total}")


def _stress_report(repo_root: Path, root: Path) -> Path:
    """The GET sample on a council's Word template, with a page-label prefix, a
    title of three lines, a four-series measure with ten note lines and
    commentary that runs to pages."""
    shutil.copytree(repo_root, root, ignore=shutil.ignore_patterns("output", ".*", "*.egg-info"))
    house = on_template(root)
    house.write_text(
        house.read_text(encoding="utf-8") + '\npage_label_prefix: "A1-"\n', encoding="utf-8"
    )
    report = root / "samples" / "get"
    definition = report / "data" / "report.yaml"
    text = definition.read_text(encoding="utf-8")
    stressed = text.replace(
        'title: "Percentage of reported streetlight faults repaired within 28 calendar days."',
        'title: "Percentage of reported streetlight faults, including those on private '
        "estates adopted during the year and on the strategic road network, repaired "
        'within 28 calendar days of the fault first being reported by a resident."',
    ).replace(
        '          - { id: "Face to face", label: "face-to-face enquiries" }\n',
        '          - { id: "Face to face", label: "face-to-face enquiries" }\n'
        "        notes:\n"
        + "".join(f'          - "Note line {n}: how it is counted."\n' for n in range(10)),
    )
    assert stressed.count("Note line") == 10 and "strategic road network" in stressed
    definition.write_text(stressed, encoding="utf-8")
    note = report / "narratives" / "2024-25-Q3" / "GET7.md"
    words = "Enquiries by each channel were checked against the contact centre's own log. "
    more = "".join(f"\n\n{words * (3 + n % 4)}" for n in range(25))
    note.write_text(note.read_text(encoding="utf-8") + more, encoding="utf-8")
    return report


@pytest.fixture(scope="module")
def stress_pdf(repo_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("stress")
    report = _stress_report(repo_root, root / "repo")
    return build_pdf(report, "2024-25 Q3", root / "out")


def test_a_stress_report_on_a_template_passes_pdfua1_and_pdfa2a(stress_pdf: Path) -> None:
    assert len(pypdf.PdfReader(stress_pdf).pages) > 10
    assert failures(stress_pdf) == []


def test_pages_are_labelled_and_numbered_with_the_house_styles_prefix(stress_pdf: Path) -> None:
    reader = pypdf.PdfReader(stress_pdf)
    total = len(reader.pages)
    assert list(reader.page_labels) == [f"A1-{n}" for n in range(1, total + 1)]
    for number in (1, total):
        text = (reader.pages[number - 1].extract_text() or "").rstrip()
        assert text.endswith(f"Page A1-{number} of {total}")
