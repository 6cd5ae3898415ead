"""`appendix import` of one bilingual DOCX (the house style's `bilingual: one_document`):
edits in each language's half come back into that language's commentary, the Welsh
half's into `narratives/<quarter>/cy/`, the English half's into the English, both from
one file; a comment goes beside the commentary of the half it is in. A bilingual DOCX
made before the Welsh half recorded its commentary takes the English half's edits and
says plainly that the Welsh half's were not taken."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from generator.api import Report
from generator.core import provenance
from generator.editors.wordback.importer import apply_import, plan_import
from tests.test_bilingual_document import _one_document
from tests.test_import_docx import COMMENTARY, paragraphs_of, run_import, set_text
from tests.test_import_docx_languages import WELSH_COMMENTARY, welsh_report

QUARTER = "2024-25-Q2"
BILINGUAL = f"ts-appendix-{QUARTER}-cy-en-GB.docx"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = welsh_report(tmp_path_factory.mktemp("built"))
    _one_document(root / "styles" / "house.yaml")
    written = Report(root).build(formats="docx")
    assert [p.name for p in written] == [BILINGUAL]
    return root


@pytest.fixture
def folder(built: Path, tmp_path: Path) -> Path:
    root = tmp_path / "report"
    shutil.copytree(built, root)
    return root


def _commentary(root: Path, language: str = "") -> dict[str, str]:
    where = root / "narratives" / QUARTER / language
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(where.glob("*.md"))}


WELSH_MARK, ENGLISH_MARK = "cy_commentary_TS1", "commentary_TS1"


def _edit(document: docx.document.Document, mark: str, old: str, new: str) -> None:
    first = paragraphs_of(document, "TS1", mark)[0]
    assert old in first.text  # type: ignore[attr-defined]
    set_text(first, first.text.replace(old, new))  # type: ignore[attr-defined]


def _both_halves_edited(folder: Path) -> Path:
    """The bilingual DOCX with a word of TS1's first paragraph changed in each half."""
    document = docx.Document(str(folder / "output" / BILINGUAL))
    _edit(document, WELSH_MARK, "ar amser", "yn brydlon")
    _edit(document, ENGLISH_MARK, "requests", "enquiries")
    edited = folder / "golygwyd.docx"
    document.save(str(edited))
    return edited


def test_both_halves_are_edited_and_each_comes_back_into_its_own_language(
    folder: Path,
) -> None:
    edited = _both_halves_edited(folder)
    result = run_import(folder, edited)
    assert result.returncode == 0, result.stdout + result.stderr
    welsh, english = _commentary(folder, "cy"), _commentary(folder)
    # each word changed in its own language's file; the placeholders (filled in each
    # language in the edition) kept live
    assert welsh["TS1.md"] == WELSH_COMMENTARY["TS1"].replace("ar amser", "yn brydlon")
    assert english["TS1.md"] == COMMENTARY["TS1"].replace("requests", "enquiries", 1)
    assert {k: v for k, v in welsh.items() if k != "TS1.md"} == {
        f"{k}.md": v for k, v in WELSH_COMMENTARY.items() if k != "TS1"
    }
    assert "TS1 (cy): paragraphs 1 changed" in result.stdout
    assert "TS1: paragraphs 1 changed" in result.stdout
    # the Welsh commentary is commentary, not text the build writes
    assert "not imported" not in result.stderr, result.stderr


def test_an_edit_in_the_welsh_half_alone_leaves_the_english_as_it_was(folder: Path) -> None:
    english = _commentary(folder)
    document = docx.Document(str(folder / "output" / BILINGUAL))
    _edit(document, WELSH_MARK, "ar amser", "yn brydlon")
    edited = folder / "golygwyd.docx"
    document.save(str(edited))
    apply_import(plan_import(folder, edited))
    assert "yn brydlon" in _commentary(folder, "cy")["TS1.md"]
    assert _commentary(folder) == english


def test_the_unedited_bilingual_docx_changes_no_file(folder: Path) -> None:
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    result = run_import(folder, folder / "output" / BILINGUAL)
    assert result.returncode == 0, result.stderr
    assert "Nothing to import" in result.stdout and "not imported" not in result.stderr
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before


def test_a_comment_in_the_welsh_half_goes_beside_the_welsh_commentary(folder: Path) -> None:
    document = docx.Document(str(folder / "output" / BILINGUAL))
    welsh_run = paragraphs_of(document, "TS1", WELSH_MARK)[1].runs[0]  # type: ignore[attr-defined]
    english_run = paragraphs_of(document, "TS1")[1].runs[0]  # type: ignore[attr-defined]
    document.add_comment(welsh_run, "Pa adolygiadau?", author="Swyddfa'r Cabinet")
    document.add_comment(english_run, "Which reviews?", author="Cabinet Office")
    edited = folder / "sylw.docx"
    document.save(str(edited))
    apply_import(plan_import(folder, edited))
    welsh = (folder / "narratives" / QUARTER / "cy" / "TS1.review.md").read_text("utf-8")
    english = (folder / "narratives" / QUARTER / "TS1.review.md").read_text("utf-8")
    assert "Pa adolygiadau?" in welsh and "Which reviews?" not in welsh
    assert "Which reviews?" in english and "Pa adolygiadau?" not in english


def test_an_edit_outside_commentary_in_the_welsh_half_names_its_half(folder: Path) -> None:
    document = docx.Document(str(folder / "output" / BILINGUAL))
    headings = [
        p
        for p in document.paragraphs
        if "TS1" in [b.get(qn("w:name")) for b in p._p.iter(qn("w:bookmarkStart"))]
        or "cy_TS1" in [b.get(qn("w:name")) for b in p._p.iter(qn("w:bookmarkStart"))]
    ]
    assert len(headings) == 2  # the indicator's heading in each half, Welsh first
    set_text(headings[0], "Teitl newydd")
    edited = folder / "teitl.docx"
    document.save(str(edited))
    plan = plan_import(folder, edited)
    assert not plan.writes
    assert any(line.startswith("TS1 (cy): heading changed") for line in plan.outside), plan.outside


def _as_made_before(source: Path, target: Path) -> Path:
    """The bilingual DOCX as an earlier version made it: no record of the Welsh half's
    commentary (only the main language's)."""
    document = docx.Document(str(source))
    props = document.part.package.part_related_by(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
    )
    from lxml import etree

    root = etree.fromstring(props.blob)
    for prop in list(root):
        if prop.get("name", "").startswith(provenance.COMMENTARY + "("):
            root.remove(prop)
    props._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    document.save(str(target))
    return target


def test_a_bilingual_docx_from_an_earlier_version_says_its_welsh_edits_were_not_taken(
    folder: Path,
) -> None:
    edited = _both_halves_edited(folder)
    older = _as_made_before(edited, folder / "hyn.docx")
    welsh = _commentary(folder, "cy")
    result = run_import(folder, older)
    assert result.returncode == 0, result.stdout + result.stderr
    assert _commentary(folder, "cy") == welsh
    assert "enquiries" in _commentary(folder)["TS1.md"]
    assert "TS1 (cy): this DOCX does not record what its commentary was" in result.stderr
    assert "build again" in result.stderr
