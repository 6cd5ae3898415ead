"""The pseudo-locale (`language: qps-ploc`): every fixed word marked, accented and
lengthened, so that a build shows any word still written into the code.

The sample report is built in every format with the pseudo-locale; each edition's
text (alt text and properties included) is read back and, once the marked messages
are taken out, holds only the report's own words: its definition, data, house style
and commentary (with its placeholders filled). Its pages still hold."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import yaml

from generator.content.inputs import load_inputs
from generator.content.placeholders import placeholder_values
from generator.core.messages import (
    PSEUDO_CLOSE,
    PSEUDO_OPEN,
    english,
    load_messages,
    pseudo,
)
from generator.run.build import BuildOptions, build
from tests.edition_text import docx_text, html_text, ods_text, pdf_text, xlsx_text
from tests.poppler import needs_poppler, page_words

QUARTER = "2024-25 Q2"
# A marked message, innermost first (a message's placeholder may hold another).
_MARKED = re.compile(r"\[!!\s((?:(?!\[!!\s).)*?)\s!!\]", re.S)
# A sheet's name cannot hold square brackets: its mark is '!! ... !!'.
_MARKED_SHEET = re.compile(r"!!\s((?:(?!!!\s).)*?)\s!!", re.S)
_WORD = re.compile(r"[^\W\d_]+")


@pytest.mark.parametrize(
    ("english_text", "expected"),
    [
        ("Technical notes", "[!! Ŧęçĥñíçäľ ñöţęş~~~~~~ !!]"),
        ("RAG rating: ", "[!! ŔÄĞ ŕäţíñğ: ~~~~~ !!]"),
        ("{count} {word}", "[!! {count} {word}~~~~~~ !!]"),
        ("Q{quarter} {year}", "[!! Ǫ{quarter} {year}~~~~~~~ !!]"),
        ("Rate {base}.", "[!! Ŕäţę {base}.~~~~~ !!]"),
        ("{quarter:>3}", "[!! {quarter:>3}~~~~~ !!]"),
        ("50% {{literal}}", "[!! 50% {{ľíţęŕäľ}}~~~~~~ !!]"),
        ("", ""),
    ],
)
def test_a_pseudo_message_is_accented_lengthened_and_marked_with_its_placeholders_kept(
    english_text: str, expected: str
) -> None:
    assert pseudo(english_text) == expected


def test_every_message_of_the_pseudo_locale_is_marked_and_at_least_two_fifths_longer() -> None:
    messages = load_messages("qps-ploc")
    for key, entry in english().entries.items():
        if not entry.source:
            continue
        text = messages.text(key)
        assert text.startswith(PSEUDO_OPEN) and text.endswith(PSEUDO_CLOSE), key
        assert len(text) >= 1.4 * len(entry.source), key
        # Its placeholders are the English message's, so it formats as English does.
        names = set(re.findall(r"{(\w+)", entry.source))
        assert set(re.findall(r"{(\w+)", text)) == names, key


# The sample reports: the ASCH sample (SPC views, stacked bars, a rate, money per
# week) and the district's (days, minutes, figures for the year to date, a late figure).
SAMPLES = {"asch": (".", QUARTER), "district": ("samples/district", None)}


@pytest.fixture(scope="module", params=sorted(SAMPLES))
def pseudo_build(
    repo_root: Path, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> dict[str, Any]:
    where, quarter = SAMPLES[request.param]
    top = tmp_path_factory.mktemp("pseudo") / "report"
    shutil.copytree(repo_root / "styles", top / "styles")
    root = top / where
    for folder in ("data", "narratives"):
        shutil.copytree(repo_root / where / folder, root / folder)
    definition = root / "data" / "report.yaml"
    text = definition.read_text(encoding="utf-8")
    assert 'language: "en-GB"' in text
    definition.write_text(text.replace('language: "en-GB"', 'language: "qps-ploc"'), "utf-8")
    out = root / "out"
    formats = ("docx", "pdf", "html", "xlsx", "ods")
    written = build(BuildOptions(root=root, quarter=quarter, out=out, formats=formats, workers=1))
    files = {path.suffix[1:]: path for path in written.written}
    return {"root": root, "files": files, "quarter": quarter, "sample": request.param}


def _report_text(root: Path, quarter: str | None) -> str:
    """What the report folder says: definition, style, data, commentary, and the
    commentary's placeholders as filled in the edition's words (case folded, on one
    line)."""
    inputs = load_inputs(root, quarter)
    texts: list[str] = []
    for definition in (root / "data" / "report.yaml", inputs.style.source):
        texts += _strings(yaml.safe_load(definition.read_text(encoding="utf-8")))  # no comments
    sources = sorted((root / "data").glob("*.csv")) + sorted((root / "narratives").rglob("*.md"))
    texts += [p.read_text(encoding="utf-8") for p in sources]
    for workbook in sorted((root / "data").glob("*.xlsx")):
        book = openpyxl.load_workbook(workbook, read_only=True)
        for sheet in book.worksheets:
            texts += [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v]
        book.close()
    # The placeholders as the edition fills them: in its language's words (the
    # pseudo-locale's marked ones taken out), so that an English word a placeholder
    # writes into a pseudo-locale edition is found.
    words = inputs.messages()
    for facts in inputs.facts:
        texts += [_unmarked(s) for s in _strings(placeholder_values(facts, words))]
    return " ".join(" ".join(texts).split()).casefold()


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)
    else:
        yield str(value)


def _unmarked(text: str, sheet: bool = False) -> str:
    """The text with every marked message taken out."""
    text = " ".join(text.split())
    pattern = _MARKED_SHEET if sheet else _MARKED
    while True:
        shorter = pattern.sub(" ", text)
        if shorter == text:
            return text
        text = shorter


def _edition_texts(files: dict[str, Path]) -> dict[str, tuple[list[str], bool]]:
    """Per edition: its texts, and whether its marks may be a sheet name's."""
    xlsx_names, xlsx_cells = xlsx_text(files["xlsx"])
    ods_names, ods_cells = ods_text(files["ods"])
    return {
        "docx": (docx_text(files["docx"]), False),
        "pdf": (pdf_text(files["pdf"]), False),
        "html": (html_text(files["html"]), False),
        "xlsx": (xlsx_cells, False),
        "xlsx sheet names": (xlsx_names, True),
        "ods": (ods_cells, False),
        "ods sheet names": (ods_names, True),
    }


@pytest.mark.parametrize("edition", ["docx", "pdf", "html", "xlsx", "ods"])
def test_a_pseudo_locale_edition_holds_no_unmarked_fixed_word(
    pseudo_build: dict[str, Any], edition: str
) -> None:
    said = _report_text(pseudo_build["root"], pseudo_build["quarter"])
    allowed = set(_WORD.findall(said))
    texts = _edition_texts(pseudo_build["files"])
    for name, (found, sheet) in texts.items():
        if not name.startswith(edition):
            continue
        assert any(PSEUDO_OPEN.strip() in t or "!!" in t for t in found), name
        left = [_unmarked(t, sheet) for t in found]
        if name.endswith("sheet names") or edition in ("xlsx", "ods"):
            left = [_unmarked(t, True) for t in left]  # sheet names listed as contents
        strays = sorted({w for t in left for w in _WORD.findall(t) if w.casefold() not in allowed})
        assert strays == [], f"{name}: words from no message, data or commentary: {strays}"
        # Nor any of the catalogue's fixed phrases the report does not itself use.
        whole = " ".join(left)
        for entry in english().entries.values():
            phrase = entry.source.strip(" .,;:")
            if "{" in phrase or len(phrase.split()) < 2:
                continue
            if phrase.casefold() in said:
                continue  # the report's own words say it
            assert phrase not in whole, f"{name}: unmarked fixed words: {phrase!r}"


@needs_poppler
def test_the_pseudo_locale_pdf_draws_nothing_off_its_pages(pseudo_build: dict[str, Any]) -> None:
    pdf = pseudo_build["files"]["pdf"]
    for number, page in enumerate(page_words(pdf), start=1):
        for word in page.words:
            inside = word.x0 >= 0 and word.x1 <= page.width
            inside = inside and word.top >= 0 and word.bottom <= page.height
            assert inside, f"page {number}: {word.text!r} is drawn off the page"


@needs_poppler
def test_the_pseudo_locale_pdf_strands_no_page(pseudo_build: dict[str, Any]) -> None:
    from tests.test_pages import stranded

    continued = load_messages("qps-ploc").format("page.continued", id="")
    assert stranded(pseudo_build["files"]["pdf"], continued.split("~")[0].strip(" []!")) == []
