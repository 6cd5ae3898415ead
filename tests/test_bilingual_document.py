"""One bilingual document, Welsh first (the house style's `bilingual: one_document`,
issue 28): with `languages:` listing Welsh and English, a build writes one document a
format, the Welsh appendix whole then the English, the document Welsh and every
English passage marked as English, passing every accessibility check."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import docx
import lxml.html
import openpyxl
import pikepdf
import pytest
from docx.oxml.ns import qn

from generator.cli import main
from generator.content.bilingual import joined
from generator.core.errors import InputError
from generator.read.languages import file_tag, welsh_first
from generator.run.build import BuildOptions, build
from generator.run.build_all import build_all
from generator.writers import registry
from tests.poppler import needs_poppler, page_texts
from tests.report_folder import make_report
from tests.test_bilingual import _welsh_looking, _with_languages

QUARTER = "2024-25 Q2"
STEM = "asch-appendix-2024-25-Q2"
ENGLISH = "en-GB"


def _one_document(style: Path, value: str = "one_document") -> None:
    with style.open("a", encoding="utf-8") as handle:
        handle.write(f"bilingual: {value}\n")


@pytest.fixture(scope="module")
def sample(repo_root: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The ASCH sample, its main language English, `languages: [en-GB, cy]`, Welsh-
    looking commentary in cy/, and the house style asking for one bilingual document."""
    root = tmp_path_factory.mktemp("bilingual-document") / "report"
    shutil.copytree(repo_root / "styles", root / "styles")
    for folder in ("data", "narratives"):
        shutil.copytree(repo_root / folder, root / folder)
    _with_languages(root / "data" / "report.yaml", f"[{ENGLISH}, cy]")
    _one_document(root / "styles" / "house.yaml")
    quarter = root / "narratives" / "2024-25-Q2"
    (quarter / "cy").mkdir()
    for path in quarter.glob("*.md"):
        (quarter / "cy" / path.name).write_text(
            _welsh_looking(path.read_text(encoding="utf-8")), encoding="utf-8"
        )
    out = root / "out"
    formats = registry.names()
    result = build(BuildOptions(root=root, quarter=QUARTER, out=out, formats=formats, workers=1))
    return {
        "root": root,
        "out": out,
        "written": result.written,
        "files": {path.suffix[1:]: path for path in result.written},
    }


def test_one_document_a_format_is_written_named_for_both_languages_welsh_first(
    sample: dict[str, Any],
) -> None:
    names = [path.name for path in sample["written"]]
    assert names == [f"{STEM}-cy-{ENGLISH}.{fmt}" for fmt in registry.names()]
    # no edition of one language alongside; the data snapshot as ever
    assert sorted(p.name for p in sample["out"].glob(f"{STEM}*")) == sorted(
        [*names, f"{STEM}.data.csv"]
    )


@needs_poppler
def test_the_welsh_appendix_comes_whole_then_the_english_each_indicator_as_many_pages(
    sample: dict[str, Any],
) -> None:
    pages = page_texts(sample["files"]["pdf"])
    half = len(pages) // 2
    assert len(pages) == 2 * half
    assert "Crynodeb" in pages[0] and "Summary" not in pages[0]
    assert "Summary" in pages[half] and "Crynodeb" not in pages[half]
    welsh, english = pages[:half], pages[half:]
    assert all("Technical notes" not in page for page in welsh)
    assert all("Nodiadau technegol" not in page and "Cy-" not in page for page in english)
    assert any("Cy-Repeat contact" in page for page in welsh)
    assert any("Repeat contact has moved" in page for page in english)
    # the same pages in each half: each indicator starts on the same page of its half
    starts = [
        [n for n, text in enumerate(part) if re.search(r"^ASCH\d+:", text, re.M)]
        for part in (welsh, english)
    ]
    assert len(starts[0]) == 20 and starts[0] == starts[1]
    # the footer and the running header say both languages, Welsh first
    total = len(pages)
    assert f"Tudalen {total} o {total} / Page {total} of {total}" in pages[-1]
    assert "Chwarter 2 2024/25 / Quarter 2 2024/25" in pages[half + 3]


def _english_runs(document: Any) -> tuple[list[str], list[str]]:
    """The text of the DOCX's runs marked English, and of those not marked."""
    english, other = [], []
    for run in document.element.body.iter(qn("w:r")):
        text = "".join(t.text or "" for t in run.iter(qn("w:t")))
        if not text.strip():
            continue
        lang = run.find(f"{qn('w:rPr')}/{qn('w:lang')}")
        (english if lang is not None and lang.get(qn("w:val")) == ENGLISH else other).append(text)
    return english, other


def test_the_docx_is_welsh_and_marks_every_english_run_as_english(
    sample: dict[str, Any],
) -> None:
    document = docx.Document(str(sample["files"]["docx"]))
    assert document.core_properties.language == "cy"
    assert 'w:val="cy"' in document.styles.element.xml
    english, welsh = _english_runs(document)
    assert "Technical notes" in english and "Nodiadau technegol" not in english
    assert "Nodiadau technegol" in welsh and "Technical notes" not in welsh
    assert not [text for text in english if "Cy-" in text]
    assert not [text for text in welsh if text.startswith("Repeat contact has moved")]
    assert any(text.startswith("Repeat contact has moved") for text in english)
    # every paragraph of the English part says so, its mark too: none left unmarked
    body = list(document.element.body.iter(qn("w:p")))
    start = next(n for n, p in enumerate(body) if "2024/25 (July" in "".join(p.itertext()))
    for paragraph in body[start - 2 :]:
        if "".join(paragraph.itertext()).strip():
            mark = paragraph.find(f"{qn('w:pPr')}/{qn('w:rPr')}/{qn('w:lang')}")
            assert mark is not None and mark.get(qn("w:val")) == ENGLISH


def _walk(element: Any, lang: str, found: list[tuple[str, str, str]]) -> None:
    """Each structure element's role, language (its own, else inherited) and alt."""
    if not isinstance(element, pikepdf.Dictionary) or "/S" not in element:
        return
    lang = str(element.get("/Lang", lang))
    found.append((str(element.S), lang, str(element.get("/Alt", ""))))
    kids = element.get("/K")
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        _walk(kid, lang, found)


def test_the_pdf_is_welsh_and_every_english_element_carries_its_language(
    sample: dict[str, Any],
) -> None:
    with pikepdf.open(sample["files"]["pdf"]) as pdf:
        assert str(pdf.Root.Lang) == "cy"
        found: list[tuple[str, str, str]] = []
        _walk(pdf.Root.StructTreeRoot.K, str(pdf.Root.Lang), found)
    headings = [(role, lang) for role, lang, _ in found if role in ("/H1", "/H2")]
    assert headings[0] == ("/H1", "cy")
    welsh = [h for h in headings if h[1] == "cy"]
    english = [h for h in headings if h[1] == ENGLISH]
    assert welsh and len(welsh) == len(english) and len(welsh) + len(english) == len(headings)
    assert headings.index(english[0]) == len(welsh)  # English after every Welsh heading
    figures = [(lang, alt) for role, lang, alt in found if role == "/Figure"]
    # a chart's alt text names it a chart in English; an SPC icon's starts with its
    # kind in English ('Variation: ...', 'Assurance: ...')
    english_words = ("Chart", "chart", "Variation:", "Assurance:")
    assert figures and all(
        any(word in alt for word in english_words) == (lang == ENGLISH) for lang, alt in figures
    )
    icons = [alt for _, alt in figures if alt.startswith(("Variation:", "Amrywiad:"))]
    assert len(icons) >= 2 and len(icons) % 2 == 0  # in both halves, each its own words


def _language_of(element: Any) -> str:
    for ancestor in (element, *element.iterancestors()):
        if ancestor.get("lang"):
            return str(ancestor.get("lang"))
    return ""


def test_the_web_page_is_welsh_and_every_english_passage_says_it_is_english(
    sample: dict[str, Any],
) -> None:
    text = sample["files"]["html"].read_text(encoding="utf-8")
    assert text.startswith('<!DOCTYPE html>\n<html lang="cy">')
    page = lxml.html.document_fromstring(text)
    said: dict[str, set[str]] = {}
    for element in page.iter("h1", "h2", "h3", "p", "li", "th", "td", "caption"):
        words = " ".join(element.text_content().split())
        if words:
            said.setdefault(words, set()).add(_language_of(element))
    assert said["Technical notes"] == {ENGLISH}
    assert said["Nodiadau technegol"] == {"cy"}
    assert said["Summary"] == {ENGLISH} and said["Crynodeb"] == {"cy"}
    assert all(langs == {"cy"} for words, langs in said.items() if words.startswith("Cy-"))
    english = [langs for words, langs in said.items() if words.startswith("Repeat contact has")]
    assert english and all(langs == {ENGLISH} for langs in english)
    # the contents list each language's entries in its language, under its own name
    parts = page.xpath("//nav[@class='contents']/ol/li")
    assert [(part.text, _language_of(part)) for part in parts] == [
        ("Cymraeg", "cy"),
        ("English", ENGLISH),
    ]
    entries = page.xpath("//nav[@class='contents']//li")
    assert [_language_of(li) for li in entries] == ["cy"] * (len(entries) // 2) + [ENGLISH] * (
        len(entries) // 2
    )


def test_the_workbooks_hold_the_welsh_sheets_then_the_english_their_cover_both(
    sample: dict[str, Any],
) -> None:
    book = openpyxl.load_workbook(sample["files"]["xlsx"])
    names = book.sheetnames
    assert names[:4] == ["Clawr", "Cynnwys", "Nodiadau", "Crynodeb"]
    assert names[4:24] == [f"ASCH{n}" for n in range(1, 21)]
    assert names[24:] == [f"Summary {ENGLISH}", *(f"ASCH{n} {ENGLISH}" for n in range(1, 21))]
    title = book["Clawr"]["A1"].value
    assert "Chwarter 2 2024/25 / Quarter 2 2024/25" in title
    assert {p.name: p.value for p in book.custom_doc_props.props}["Language"] == "cy"


def test_the_pdf_passes_pdfua(sample: dict[str, Any]) -> None:
    from tests.test_accessibility import _pdfua

    checked = subprocess.run(
        [*_pdfua(), "check", str(sample["files"]["pdf"])],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "errors=0 warnings=0 info=0" in checked.stdout


def test_the_pdf_passes_pdfua1_and_pdfa2a_by_page_validation(sample: dict[str, Any]) -> None:
    page = pytest.importorskip("page", reason="page-validation is not installed")
    found = []
    for profile in ("ua1", "2a"):
        report = page.validate_pdf(sample["files"]["pdf"], profile=profile)
        found += [f"{profile} {f.rule_id}: {f.message}" for f in report.failures]
    assert found == []


def test_axe_finds_no_wcag_22_aa_violation_on_the_bilingual_web_page(
    sample: dict[str, Any],
) -> None:
    from tests.browser import axe_violations, browser, describe, offline_page

    with browser() as chromium:
        page = offline_page(chromium, sample["files"]["html"])
        assert page.evaluate("document.documentElement.lang") == "cy"
        english = page.evaluate(
            "[...document.querySelectorAll('h2')].filter(h => h.closest('[lang=\"en-GB\"]'))"
            ".map(h => h.textContent)"
        )
        violations = axe_violations(page)
        page.context.close()
    assert "Summary" in english and "Crynodeb" not in english
    assert violations == [], describe(violations)


def test_appendix_verify_passes_the_bilingual_editions(
    sample: dict[str, Any], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [str(path) for path in sample["written"]]
    report = sample["out"] / "bilingual-conformance.md"
    monkeypatch.setattr(sys, "argv", ["appendix", "verify", *files, "--report", str(report)])
    try:
        main()
        code = 0
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out = capsys.readouterr().out
    assert code == 0, out
    assert "fail" not in out.replace("0 failed", "")
    assert out.count("pass ") >= 15


# --- the small report: build --all, and the option refused or left out ------------


def test_build_all_writes_the_one_bilingual_document_too(tmp_path: Path) -> None:
    root = make_report(tmp_path / "report")
    _with_languages(root / "data" / "report.yaml", "[cy, en]")
    _one_document(root / "styles" / "house.yaml")
    (outcome,) = build_all([root], quarter=QUARTER, formats=("docx", "html"), workers=1)
    assert outcome.error is None
    assert [p.name for p in outcome.written] == [
        "ts-appendix-2024-25-Q2-cy-en-GB.docx",
        "ts-appendix-2024-25-Q2-cy-en-GB.html",
    ]
    html = outcome.written[1].read_text(encoding="utf-8")
    assert '<html lang="cy">' in html and '<div class="new-page" lang="en-GB">' in html


def test_with_one_language_the_option_changes_nothing(tmp_path: Path) -> None:
    plain = make_report(tmp_path / "plain")
    asked = make_report(tmp_path / "asked")
    _one_document(asked / "styles" / "house.yaml")
    before = build(BuildOptions(plain, QUARTER, tmp_path / "a", ("html",), workers=1))
    after = build(BuildOptions(asked, QUARTER, tmp_path / "b", ("html",), workers=1))
    assert [p.name for p in after.written] == ["ts-appendix-2024-25-Q2.html"]
    assert before.written[0].read_bytes() == after.written[0].read_bytes()


def test_separate_editions_are_the_default_as_before(tmp_path: Path) -> None:
    root = make_report(tmp_path / "report")
    _with_languages(root / "data" / "report.yaml", "[cy, en]")
    _one_document(root / "styles" / "house.yaml", "separate")
    result = build(BuildOptions(root, QUARTER, tmp_path / "out", ("html",), workers=1))
    assert [p.name for p in result.written] == [
        "ts-appendix-2024-25-Q2.html",
        "ts-appendix-2024-25-Q2-cy.html",
    ]


@pytest.mark.parametrize("value", ["both", "true", "[cy, en]", "One_Document"])
def test_an_unknown_bilingual_setting_is_refused_naming_the_file_line_and_choices(
    tmp_path: Path, value: str
) -> None:
    root = make_report(tmp_path / "report")
    _one_document(root / "styles" / "house.yaml", value)
    lines = (root / "styles" / "house.yaml").read_text(encoding="utf-8").splitlines()
    with pytest.raises(InputError) as raised:
        build(BuildOptions(root, QUARTER, tmp_path / "out", ("html",), workers=1))
    message = raised.value.message()
    assert "house.yaml" in message and f"line {len(lines)}" in message
    assert "separate, one_document" in message
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").glob("*.html"))


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Tudalen", "Page"], "Tudalen / Page"),
        (["o", "of"], "o / of"),
        (["Same words", "Same words"], "Same words"),
        (
            ["Appendix 1 – Chwarter 2 2024/25", "Appendix 1 – Quarter 2 2024/25"],
            "Appendix 1 – Chwarter 2 2024/25 / Quarter 2 2024/25",
        ),
        # a shared start inside a word is not shared: no word split between languages
        (["Adroddiad Ch2", "Adran Q2"], "Adroddiad Ch2 / Adran Q2"),
        (["", "Page"], "Page"),
        ([], ""),
    ],
)
def test_each_language_s_words_are_joined_welsh_first_shared_words_once(
    texts: list[str], expected: str
) -> None:
    assert joined(texts) == expected


@pytest.mark.parametrize(
    ("tags", "first", "name"),
    [
        (("cy", "en"), ("cy", "en"), "cy-en"),
        (("en", "cy"), ("cy", "en"), "cy-en"),
        (("en-GB", "cy-GB"), ("cy-GB", "en-GB"), "cy-GB-en-GB"),
        (("en", "fr"), ("en", "fr"), "en-fr"),
    ],
)
def test_welsh_comes_first_whatever_the_order_listed(
    tags: tuple[str, ...], first: tuple[str, ...], name: str
) -> None:
    assert welsh_first(tags) == first
    assert file_tag(tags) == name


def test_the_python_api_builds_the_bilingual_document(tmp_path: Path) -> None:
    from generator.api import Report

    root = make_report(tmp_path / "report")
    _with_languages(root / "data" / "report.yaml", "[cy, en]")
    _one_document(root / "styles" / "house.yaml")
    written = Report.open(root).build(formats="html", out=tmp_path / "out", quarter=QUARTER)
    assert [path.name for path in written] == ["ts-appendix-2024-25-Q2-cy-en-GB.html"]


def test_a_bilingual_build_failing_part_way_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import generator.writers.html

    root = make_report(tmp_path / "report")
    _with_languages(root / "data" / "report.yaml", "[cy, en]")
    _one_document(root / "styles" / "house.yaml")
    out = tmp_path / "out"
    build(BuildOptions(root, QUARTER, out, ("docx", "html"), workers=1))
    before = {path.name: path.read_bytes() for path in out.iterdir() if path.is_file()}
    assert "ts-appendix-2024-25-Q2-cy-en-GB.html" in before
    (root / "narratives" / "2024-25-Q2" / "TS2.md").write_text("Changed.\n", encoding="utf-8")

    def half_then_fail(_document: Any, _look: Any, target: Path) -> None:
        target.write_bytes(b"<!DOCTYPE html>")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(generator.writers.html, "write", half_then_fail)
    with pytest.raises(OSError, match="No space left"):
        build(BuildOptions(root, QUARTER, out, ("docx", "html"), workers=1))
    after = {path.name: path.read_bytes() for path in out.iterdir() if path.is_file()}
    assert after == before


def test_an_edit_in_the_bilingual_docx_s_main_language_part_is_imported(tmp_path: Path) -> None:
    """The bilingual DOCX keeps the main language's marks and record: `appendix import`
    takes edits to that part's commentary (here the English) back to its files."""
    from tests.test_import_docx import paragraphs_of, run_import, set_text

    root = make_report(tmp_path / "report")
    _with_languages(root / "data" / "report.yaml", "[cy, en]")
    _one_document(root / "styles" / "house.yaml")
    (written,) = build(BuildOptions(root, QUARTER, root / "output", ("docx",), workers=1)).written
    unedited = run_import(root, written)
    assert unedited.returncode == 0 and "Nothing to import" in unedited.stdout, unedited.stdout
    document = docx.Document(str(written))
    (paragraph,) = paragraphs_of(document, "TS2")
    assert paragraph.text == "Visits made reached 1,200."  # type: ignore[attr-defined]
    set_text(paragraph, "Visits made reached 1,200, the most yet.")
    document.save(str(tmp_path / "edited.docx"))
    result = run_import(root, tmp_path / "edited.docx")
    assert result.returncode == 0, result.stdout + result.stderr
    text = (root / "narratives" / "2024-25-Q2" / "TS2.md").read_text(encoding="utf-8")
    assert text.startswith("Visits made reached ") and text.endswith(", the most yet.\n")
    assert not (root / "narratives" / "2024-25-Q2" / "cy").exists()


def _outline(pdf_file: Path) -> list[tuple[str, list[Any]]]:
    """The PDF's bookmarks as (title, children) trees."""

    def tree(items: Any) -> list[tuple[str, list[Any]]]:
        return [(str(item.title), tree(item.children)) for item in items]

    with pikepdf.open(pdf_file) as pdf, pdf.open_outline() as outline:
        return tree(outline.root)


def test_the_pdf_bookmarks_group_each_half_under_its_language_s_name(tmp_path: Path) -> None:
    root = make_report(tmp_path / "report")
    _with_languages(root / "data" / "report.yaml", "[cy, en]")
    _one_document(root / "styles" / "house.yaml")
    (pdf_file,) = build(BuildOptions(root, QUARTER, tmp_path / "out", ("pdf",), workers=1)).written
    outline = _outline(pdf_file)
    assert [title for title, _ in outline] == ["Cymraeg", "English"]
    (welsh_title, welsh), (english_title, english) = (kids[0] for _, kids in outline)
    # each half's own headings beneath its language: the title once in each, its
    # summary and indicators nested under it as in a one-language edition
    assert welsh_title == english_title and len(outline[0][1]) == len(outline[1][1]) == 1
    assert "Crynodeb" in [title for title, _ in welsh]
    assert "Summary" in [title for title, _ in english]
    assert "Summary" not in [title for title, _ in welsh]
    assert len(welsh) == len(english)
    # a one-language edition's bookmarks are as before: its title at the top
    plain = make_report(tmp_path / "plain")
    (alone,) = build(BuildOptions(plain, QUARTER, tmp_path / "one", ("pdf",), workers=1)).written
    ((title, beneath),) = _outline(alone)
    assert title == english_title and [t for t, _ in beneath] == [t for t, _ in english]


@pytest.fixture(scope="module")
def small_workbooks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The small report's bilingual XLSX and ODS."""
    root = make_report(tmp_path_factory.mktemp("bilingual-workbooks") / "report")
    _with_languages(root / "data" / "report.yaml", "[cy, en]")
    _one_document(root / "styles" / "house.yaml")
    written = build(BuildOptions(root, QUARTER, root / "out", ("xlsx", "ods"), workers=1)).written
    return {path.suffix[1:]: path for path in written}


def _xlsx_sheets(path: Path) -> dict[str, list[str]]:
    book = openpyxl.load_workbook(path)
    return {
        sheet.title: [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v]
        for sheet in book.worksheets
    }


def _ods_sheets(path: Path) -> dict[str, list[str]]:
    import zipfile
    from xml.etree import ElementTree

    table, text = (
        "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}",
        "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}",
    )
    with zipfile.ZipFile(path) as archive:
        content = ElementTree.fromstring(archive.read("content.xml"))
    return {
        sheet.get(f"{table}name", ""): [
            "".join(p.itertext()) for p in sheet.iter(f"{text}p") if "".join(p.itertext())
        ]
        for sheet in content.iter(f"{table}table")
    }


@pytest.mark.parametrize("fmt", ["xlsx", "ods"])
def test_the_bilingual_workbook_s_cover_and_contents_say_their_words_welsh_first(
    small_workbooks: dict[str, Path], fmt: str
) -> None:
    sheets = (_xlsx_sheets if fmt == "xlsx" else _ods_sheets)(small_workbooks[fmt])
    cover, contents, notes = sheets["Clawr"], sheets["Cynnwys"], sheets["Nodiadau"]
    assert "Am y data hyn / About these data" in cover
    assert "Cyhoeddwyd gan / Published by" in cover
    assert "Tabl cynnwys / Table of contents" in contents
    assert "Enw'r daflen / Sheet name" in contents
    assert "Disgrifiad o'r tabl / Table description" in contents
    assert "Rhif y nodyn / Note number" in notes and "Testun y nodyn / Note text" in notes
    # each table's sheet says what it holds in its own language
    welsh_line = "Mae un tabl yn y daflen waith hon."
    english_line = "This worksheet contains one table."
    assert welsh_line in sheets["TS1"] and english_line not in sheets["TS1"]
    assert english_line in sheets["TS1 en-GB"] and welsh_line not in sheets["TS1 en-GB"]


@pytest.mark.parametrize(
    ("languages", "parts", "openings"),
    [
        (["", "", "en-GB", "en-GB"], [("cy", "Cymraeg"), ("en-GB", "English")], {0: 0, 2: 1}),
        (["", "en", "en"], [("cy", "Cymraeg"), ("en", "English")], {0: 0, 1: 1}),
        (["", ""], [], {}),  # a document in one language has no parts
        (["", ""], [("cy", "Cymraeg"), ("en", "English")], {0: 0}),  # a part with no section
    ],
)
def test_each_part_of_a_bilingual_document_opens_at_its_first_section(
    languages: list[str], parts: list[tuple[str, str]], openings: dict[int, int]
) -> None:
    from generator.core.model import Document, Metadata, Section

    document = Document(
        metadata=Metadata(title="T", subject="S", author="A", language="cy"),
        sections=tuple(Section(blocks=(), language=tag) for tag in languages),
        parts=tuple(parts),
    )
    assert document.part_openings() == {at: parts[part] for at, part in openings.items()}
