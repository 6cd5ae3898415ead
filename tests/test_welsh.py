"""Welsh editions (`language: cy`): the Welsh catalogue, and the ASCH sample built in
Welsh in every format.

The commentary stays English for now (commentary per language is another part of
issue 28): the Welsh build's fixed words are all Welsh, its data and commentary are
the report's own. Its pages are the English build's, and it passes the accessibility
checks the English editions pass, with `lang="cy"` on every document."""

from __future__ import annotations

import gettext
import itertools
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pikepdf
import pytest

from generator.core.messages import LOCALE, english, load_messages, parse_po
from generator.core.rules import format_change, format_value
from generator.run.build import BuildOptions, build
from tests.edition_text import pdf_text
from tests.poppler import needs_poppler, page_texts, page_words
from tests.test_pseudo_locale import _WORD, _edition_texts, _report_text

QUARTER = "2024-25 Q2"
WELSH_PO = LOCALE / "cy" / "LC_MESSAGES" / "appendix.po"
FORMATS = ("docx", "pdf", "html", "xlsx", "ods")


# --- the catalogue ---------------------------------------------------------------


def test_every_message_has_a_welsh_translation_marked_for_review_and_none_is_fuzzy() -> None:
    text = WELSH_PO.read_text(encoding="utf-8")
    welsh = parse_po(text, "cy").entries
    assert set(welsh) == set(english().entries)
    for key, entry in welsh.items():
        assert entry.texts and all(entry.texts), f"{key} has no Welsh"
    # A translator's comment on every entry, which translators' tools show; no entry
    # is fuzzy (a fuzzy one would not be used).
    entries = text.count("\nmsgctxt ")
    assert entries == len(welsh)
    assert len(re.findall(r"^# review: needs checking by a Welsh speaker$", text, re.M)) == entries
    assert "#, fuzzy" not in text


def test_the_welsh_plural_rule_is_cldr_s() -> None:
    welsh = load_messages("cy")
    rule = gettext.c2py(welsh.plural_forms)
    # zero, one, two, few, many, other (CLDR): 0, 1, 2, 3, 6, the rest
    assert [rule(n) for n in (0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 100)] == [
        0, 1, 2, 3, 5, 5, 4, 5, 5, 5, 5,
    ]  # fmt: skip
    babel = pytest.importorskip("babel")
    from babel.plural import to_gettext

    cldr = to_gettext(babel.Locale("cy").plural_form)
    expression = re.search(r"plural=(.*);", cldr)
    assert expression is not None
    theirs = gettext.c2py(expression[1])
    assert all(rule(n) == theirs(n) for n in range(1000))


def test_a_message_the_welsh_catalogue_has_not_got_yet_is_written_in_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A message added to the English catalogue before it is translated does not stop
    a Welsh build: it is in English until the Welsh catalogue has it."""
    from generator.core import messages as module

    english()  # read before the catalogues' folder is swapped
    text = WELSH_PO.read_text(encoding="utf-8")
    pattern = r'# review[^\n]*\nmsgctxt "commentary\.heading"\n[^\n]*\n[^\n]*\n\n'
    cut = re.sub(pattern, "", text)
    assert cut != text
    po = tmp_path / "cy" / "LC_MESSAGES" / "appendix.po"
    po.parent.mkdir(parents=True)
    po.write_text(cut, encoding="utf-8")
    monkeypatch.setattr(module, "LOCALE", tmp_path)
    module.catalogue.cache_clear()
    try:
        welsh = load_messages("cy")
        assert welsh.text("commentary.heading") == "Commentary"
        assert welsh.text("notes.heading") == "Nodiadau technegol"
    finally:
        module.catalogue.cache_clear()


@pytest.mark.parametrize(
    ("value", "unit", "decimals", "expected"),
    [
        (1, "days", 0, "1 diwrnod"),
        (2, "days", 0, "2 ddiwrnod"),  # dau ddiwrnod: soft mutation
        (3, "days", 0, "3 diwrnod"),
        (12.5, "days", 1, "12.5 diwrnod"),
        (2, "hours", 0, "2 awr"),
        (4688.5, "count", 1, "4,688.5"),  # the same signs as English
        (719, "gbp", 0, "£719"),
        (75, "percent", 0, "75%"),
    ],
)
def test_a_welsh_figure_takes_its_count_s_form(
    value: float, unit: str, decimals: int, expected: str
) -> None:
    assert format_value(value, unit, decimals, load_messages("cy")) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("difference", "expected"),
    [
        (1, "1 pwynt canran"),
        (2, "2 bwynt canran"),  # dau bwynt: soft mutation
        (3, "3 phwynt canran"),  # tri phwynt: aspirate mutation
        (6, "6 phwynt canran"),  # chwe phwynt
        (-4, "4 pwynt canran"),
        (0.5, "0.5 pwynt canran"),
    ],
)
def test_a_change_in_percentage_points_is_said_as_welsh_says_it(
    difference: float, expected: str
) -> None:
    assert (
        format_change(difference, "percent", 1 if difference % 1 else 0, load_messages("cy"))
        == expected
    )


# --- the Welsh build of the sample ------------------------------------------------


def _copy_sample(repo_root: Path, top: Path, language: str) -> Path:
    shutil.copytree(repo_root / "styles", top / "styles")
    for folder in ("data", "narratives"):
        shutil.copytree(repo_root / folder, top / folder)
    definition = top / "data" / "report.yaml"
    text = definition.read_text(encoding="utf-8")
    assert 'language: "en-GB"' in text
    definition.write_text(text.replace('language: "en-GB"', f'language: "{language}"'), "utf-8")
    return top


@pytest.fixture(scope="module")
def welsh(repo_root: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = _copy_sample(repo_root, tmp_path_factory.mktemp("welsh") / "report", "cy")
    out = root / "out"
    written = build(BuildOptions(root=root, quarter=QUARTER, out=out, formats=FORMATS, workers=1))
    return {"root": root, "files": {path.suffix[1:]: path for path in written.written}}


@pytest.fixture(scope="module")
def english_pdf(repo_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = _copy_sample(repo_root, tmp_path_factory.mktemp("english") / "report", "en-GB")
    out = root / "out"
    build(BuildOptions(root=root, quarter=QUARTER, out=out, formats=("pdf",), workers=1))
    return next(out.glob("*.pdf"))


def _pages(pdf: Path) -> int:
    with pikepdf.open(pdf) as opened:
        return len(opened.pages)


@needs_poppler
def test_the_welsh_pdf_has_the_english_pdf_s_pages_each_indicator_on_the_same_page(
    welsh: dict[str, Any], english_pdf: Path
) -> None:
    pdf = welsh["files"]["pdf"]
    assert _pages(pdf) == _pages(english_pdf)
    starts = {
        name: [n for n, t in enumerate(page_texts(path)) if re.search(r"^ASCH\d+:", t, re.M)]
        for name, path in (("cy", pdf), ("en", english_pdf))
    }
    assert starts["cy"] == starts["en"]


def test_the_welsh_editions_say_quarters_months_and_pages_in_welsh(
    welsh: dict[str, Any],
) -> None:
    text = " ".join(" ".join(pdf_text(welsh["files"]["pdf"])).split())
    assert "Chwarter 2 2024/25 (Gorffennaf i Fedi 2024)" in text
    assert "Nodiadau technegol" in text and "Sylwebaeth" in text
    assert "Sgôr Coch/Ambr/Gwyrdd: AMBR" in text
    assert "Ch2 24/25" in text
    pages = _pages(welsh["files"]["pdf"])
    assert f"Tudalen {pages} o {pages}" in text


def test_no_english_fixed_word_is_left_in_any_welsh_edition(welsh: dict[str, Any]) -> None:
    """Every word of every edition (alt text, properties and sheet names included) is
    the report's own (definition, style, data, commentary) or a Welsh message's."""
    said = _report_text(welsh["root"], QUARTER)
    welsh_words = {
        w.casefold()
        for entry in parse_po(WELSH_PO.read_text(encoding="utf-8"), "cy").entries.values()
        for text in entry.texts
        for w in _WORD.findall(re.sub(r"{\w+}", " ", text))
    }
    allowed = set(_WORD.findall(said)) | welsh_words
    for name, (found, _) in _edition_texts(welsh["files"]).items():
        strays = sorted({w for t in found for w in _WORD.findall(t) if w.casefold() not in allowed})
        assert strays == [], f"{name}: words from no Welsh message, data or commentary: {strays}"
        whole = " ".join(" ".join(found).split())
        for entry in english().entries.values():
            phrase = entry.source.strip(" .,;:")
            if "{" in phrase or len(phrase.split()) < 2 or phrase.casefold() in said:
                continue
            assert phrase not in whole, f"{name}: English fixed words: {phrase!r}"


def test_every_welsh_edition_says_it_is_in_welsh(welsh: dict[str, Any]) -> None:
    files = welsh["files"]
    document = docx.Document(str(files["docx"]))
    assert document.core_properties.language == "cy"
    assert 'w:val="cy"' in document.styles.element.xml
    assert 'w:val="en-GB"' not in document.styles.element.xml
    with pikepdf.open(files["pdf"]) as pdf:
        assert str(pdf.Root.Lang) == "cy"
    assert '<html lang="cy">' in files["html"].read_text(encoding="utf-8")
    book = openpyxl.load_workbook(files["xlsx"])
    assert {p.name: p.value for p in book.custom_doc_props.props}["Language"] == "cy"
    with zipfile.ZipFile(files["ods"]) as ods:
        assert "<dc:language>cy</dc:language>" in ods.read("meta.xml").decode("utf-8")


def test_the_welsh_docx_meets_each_point(welsh: dict[str, Any]) -> None:
    from tests.test_accessibility import _docx_headings

    document = docx.Document(str(welsh["files"]["docx"]))
    levels = _docx_headings(document)
    assert levels[0] == 1 and all(b - a <= 1 for a, b in itertools.pairwise(levels))
    assert document.inline_shapes and all(
        shape._inline.docPr.get("descr") for shape in document.inline_shapes
    )


def test_the_welsh_pdf_passes_pdfua(welsh: dict[str, Any]) -> None:
    from tests.test_accessibility import _pdfua

    checked = subprocess.run(
        [*_pdfua(), "check", str(welsh["files"]["pdf"])],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "errors=0 warnings=0 info=0" in checked.stdout


def test_the_welsh_pdf_passes_pdfua1_and_pdfa2a_by_page_validation(
    welsh: dict[str, Any],
) -> None:
    page = pytest.importorskip("page", reason="page-validation is not installed")
    found = []
    for profile in ("ua1", "2a"):
        report = page.validate_pdf(welsh["files"]["pdf"], profile=profile)
        found += [f"{profile} {f.rule_id}: {f.message}" for f in report.failures]
    assert found == []


def test_axe_finds_no_wcag_22_aa_violation_on_the_welsh_web_page(welsh: dict[str, Any]) -> None:
    from tests.browser import axe_violations, browser, describe, offline_page

    with browser() as chromium:
        page = offline_page(chromium, welsh["files"]["html"])
        assert page.evaluate("document.documentElement.lang") == "cy"
        violations = axe_violations(page)
        page.context.close()
    assert violations == [], describe(violations)


@needs_poppler
def test_the_welsh_pdf_draws_nothing_off_its_pages_and_strands_no_page(
    welsh: dict[str, Any],
) -> None:
    from tests.test_pages import stranded

    pdf = welsh["files"]["pdf"]
    for number, page in enumerate(page_words(pdf), start=1):
        for word in page.words:
            inside = word.x0 >= 0 and word.x1 <= page.width
            inside = inside and word.top >= 0 and word.bottom <= page.height
            assert inside, f"page {number}: {word.text!r} is drawn off the page"
    continued = load_messages("cy").format("page.continued", id="").strip()
    assert stranded(pdf, continued) == []


def test_babel_reads_the_welsh_catalogue_as_this_reader_does_with_its_review_notes() -> None:
    """Translators' tools read the catalogue through the same PO format: Babel finds
    every translation, the six plural forms, and each entry's review note."""
    pofile = pytest.importorskip("babel.messages.pofile")
    with WELSH_PO.open("rb") as handle:
        theirs = pofile.read_po(handle)
    assert theirs.num_plurals == 6
    ours = parse_po(WELSH_PO.read_text(encoding="utf-8"), "cy").entries
    read = {
        m.context: tuple(m.string) if isinstance(m.string, tuple) else (m.string,)
        for m in theirs
        if m.context
    }
    assert read == {key: entry.texts for key, entry in ours.items()}
    for message in theirs:
        if message.context:
            assert "review: needs checking by a Welsh speaker" in message.user_comments
            assert not message.fuzzy
