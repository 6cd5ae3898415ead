"""`appendix import` of another language's DOCX edition (issue 28): the Welsh edition of
`languages: [en, cy]` (`...-2024-25-Q2-cy.docx`), edited in Word, comes back into the
Welsh commentary, `narratives/<quarter>/cy/`; the English edition's edits into the
English, as before. The language is the one the DOCX records (its core properties),
else its file name's tag; a DOCX whose language cannot be told is refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from generator.api import Report
from generator.core.errors import InputError
from generator.editors.wordback.importer import apply_import, plan_import
from tests.report_folder import DEFINITION, make_report
from tests.test_import_docx import COMMENTARY, paragraphs_of, run_import, set_text

QUARTER = "2024-25-Q2"
ENGLISH = f"ts-appendix-{QUARTER}.docx"
WELSH = f"ts-appendix-{QUARTER}-cy.docx"
WELSH_COMMENTARY = {
    "TS1": "Yn {{ latest_period }}, atebwyd {{ latest }} o geisiadau ar amser, o gymharu "
    "â {{ previous }} chwarter ynghynt.\n"
    "\n"
    "Parhaodd y tîm â'i adolygiadau wythnosol.\n"
    "\n"
    "- sgôr {{ rag }}\n"
    "- tuedd: {{ trend }}\n",
    "TS2": "Cyrhaeddodd yr ymweliadau {{ series.made.latest }}.\n",
}


def welsh_report(folder: Path) -> Path:
    """The test report listing `languages: [en, cy]`, with Welsh commentary in cy/."""
    definition = DEFINITION.replace(
        'language: "en-GB"\n', 'language: "en-GB"\nlanguages: [en, cy]\n'
    )
    root = make_report(folder, definition=definition, commentary=COMMENTARY)
    cy = root / "narratives" / QUARTER / "cy"
    cy.mkdir()
    for ident, text in WELSH_COMMENTARY.items():
        (cy / f"{ident}.md").write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = welsh_report(tmp_path_factory.mktemp("built"))
    written = Report(root).build(formats="docx")
    assert [p.name for p in written] == [ENGLISH, WELSH]
    return root


@pytest.fixture
def folder(built: Path, tmp_path: Path) -> Path:
    root = tmp_path / "report"
    shutil.copytree(built, root)
    return root


def _commentary(root: Path, language: str = "") -> dict[str, bytes]:
    where = root / "narratives" / QUARTER / language
    return {p.name: p.read_bytes() for p in sorted(where.glob("*.md"))}


def _edited(root: Path, edition: str, old: str, new: str, name: str) -> Path:
    """The edition with one word of TS1's first paragraph changed, saved as `name`."""
    document = docx.Document(str(root / "output" / edition))
    first = paragraphs_of(document, "TS1")[0]
    assert old in first.text  # type: ignore[attr-defined]
    set_text(first, first.text.replace(old, new))  # type: ignore[attr-defined]
    target = root / name
    document.save(str(target))
    return target


def test_the_welsh_edition_s_edits_come_back_into_the_welsh_commentary(folder: Path) -> None:
    english = _commentary(folder)
    edited = _edited(folder, WELSH, "ar amser", "yn brydlon", "golygwyd.docx")
    result = run_import(folder, edited)
    assert result.returncode == 0, result.stderr
    welsh = (folder / "narratives" / QUARTER / "cy" / "TS1.md").read_text(encoding="utf-8")
    # the word changed; the placeholders, filled in Welsh in the edition, kept live
    assert welsh == WELSH_COMMENTARY["TS1"].replace("ar amser", "yn brydlon")
    assert _commentary(folder) == english  # the English commentary untouched
    assert "TS1: paragraphs 1 changed" in result.stdout


def test_the_unedited_welsh_edition_changes_no_file(folder: Path) -> None:
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    result = run_import(folder, folder / "output" / WELSH)
    assert result.returncode == 0, result.stderr
    assert "Nothing to import" in result.stdout
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before


def test_the_english_edition_s_edits_still_come_back_into_the_english(folder: Path) -> None:
    welsh = _commentary(folder, "cy")
    edited = _edited(folder, ENGLISH, "requests", "enquiries", "edited.docx")
    plan = plan_import(folder, edited)
    apply_import(plan)
    english = (folder / "narratives" / QUARTER / "TS1.md").read_text(encoding="utf-8")
    assert english == COMMENTARY["TS1"].replace("requests", "enquiries", 1)
    assert _commentary(folder, "cy") == welsh


def test_a_comment_on_the_welsh_edition_goes_beside_the_welsh_commentary(folder: Path) -> None:
    document = docx.Document(str(folder / "output" / WELSH))
    run = paragraphs_of(document, "TS1")[1].runs[0]  # type: ignore[attr-defined]
    document.add_comment(run, "Pa adolygiadau?", author="Swyddfa'r Cabinet")
    edited = folder / "sylw.docx"
    document.save(str(edited))
    apply_import(plan_import(folder, edited))
    review = folder / "narratives" / QUARTER / "cy" / "TS1.review.md"
    assert "Pa adolygiadau?" in review.read_text(encoding="utf-8")
    assert not (folder / "narratives" / QUARTER / "TS1.review.md").exists()


def _without_language(source: Path, target: Path) -> Path:
    """The DOCX saved with no language recorded (core properties and styles)."""
    document = docx.Document(str(source))
    document.core_properties.language = ""
    for lang in list(document.styles.element.iter(qn("w:lang"))):
        lang.getparent().remove(lang)
    document.save(str(target))
    return target


def test_a_welsh_edition_that_records_no_language_is_told_by_its_name(folder: Path) -> None:
    edited = _edited(folder, WELSH, "ar amser", "yn brydlon", "tmp.docx")
    named = _without_language(edited, folder / f"ts-appendix-{QUARTER}-cy.docx")
    apply_import(plan_import(folder, named))
    welsh = (folder / "narratives" / QUARTER / "cy" / "TS1.md").read_text(encoding="utf-8")
    assert "yn brydlon" in welsh


@pytest.mark.parametrize(
    ("language", "name", "said"),
    [
        ("", "edited.docx", "the language of this DOCX cannot be told"),
        ("fr", "edited.docx", "this DOCX is in 'fr', a language the definition's `languages:`"),
    ],
)
def test_a_docx_whose_language_is_not_the_report_s_is_refused_with_one_message(
    folder: Path, language: str, name: str, said: str
) -> None:
    before = _commentary(folder), _commentary(folder, "cy")
    edited = _without_language(folder / "output" / WELSH, folder / name)
    if language:
        document = docx.Document(str(edited))
        document.core_properties.language = language
        document.save(str(edited))
    with pytest.raises(InputError) as raised:
        plan_import(folder, edited)
    message = raised.value.message()
    assert said in message and str(edited) in message
    assert (_commentary(folder), _commentary(folder, "cy")) == before
    result = run_import(folder, edited)
    assert result.returncode == 2 and result.stderr.count("error:") == 1
