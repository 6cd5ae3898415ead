"""Bilingual builds (`languages: [en, cy]`, issue 28): one `appendix build` writes
every listed language's editions, the main language's as before and each other's
named with its tag, in its own words and with its own commentary, on the same pages."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pikepdf
import pytest

from generator.run.build import BuildOptions, build
from tests.edition_text import pdf_text
from tests.poppler import needs_poppler, page_texts
from tests.report_folder import make_report

QUARTER = "2024-25 Q2"


def _welsh_looking(text: str) -> str:
    """A stand-in for a translation: each paragraph marked and a fifth longer (as Welsh
    often is), every placeholder, figure and line kept: no Welsh needed to test the
    layout."""
    lines = []
    for line in text.splitlines():
        if line[:1].isalpha():
            line = " ".join([f"Cy-{line}", *["ychwanegol"] * (len(line) // 50)])
        lines.append(line)
    return "\n".join(lines) + "\n"


def _with_languages(definition: Path, languages: str) -> None:
    text = definition.read_text(encoding="utf-8")
    assert 'language: "en-GB"\n' in text
    definition.write_text(
        text.replace('language: "en-GB"\n', f'language: "en-GB"\nlanguages: {languages}\n'),
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def sample(repo_root: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The ASCH sample with `languages: [en, cy]`, Welsh-looking commentary in cy/."""
    root = tmp_path_factory.mktemp("bilingual") / "report"
    shutil.copytree(repo_root / "styles", root / "styles")
    for folder in ("data", "narratives"):
        shutil.copytree(repo_root / folder, root / folder)
    _with_languages(root / "data" / "report.yaml", "[en, cy]")
    quarter = root / "narratives" / "2024-25-Q2"
    (quarter / "cy").mkdir()
    for path in quarter.glob("*.md"):
        (quarter / "cy" / path.name).write_text(
            _welsh_looking(path.read_text(encoding="utf-8")), encoding="utf-8"
        )
    out = root / "out"
    result = build(BuildOptions(root=root, quarter=QUARTER, out=out, formats=("pdf",), workers=1))
    return {"written": result.written, "warnings": result.warnings, "out": out}


def _pages(pdf: Path) -> int:
    with pikepdf.open(pdf) as opened:
        return len(opened.pages)


def test_one_build_writes_the_main_language_s_edition_and_the_welsh_one(
    sample: dict[str, Any],
) -> None:
    names = [path.name for path in sample["written"]]
    assert names == ["asch-appendix-2024-25-Q2.pdf", "asch-appendix-2024-25-Q2-cy.pdf"]
    assert not [w for w in sample["warnings"] if "commentary" in w]
    english, welsh = ("\n".join(pdf_text(path)) for path in sample["written"])
    assert "Technical notes" in english and "Nodiadau technegol" not in english
    assert "Nodiadau technegol" in welsh and "Technical notes" not in welsh
    # each language's commentary, the Welsh from narratives/<quarter>/cy/
    assert "Cy-Repeat contact" in welsh and "Cy-Repeat" not in english
    assert "Repeat contact has moved" in english


@needs_poppler
def test_the_welsh_pdf_has_the_english_pdf_s_pages_each_indicator_on_the_same_page(
    sample: dict[str, Any],
) -> None:
    english, welsh = sample["written"]
    assert _pages(welsh) == _pages(english)
    starts = {
        name: [n for n, t in enumerate(page_texts(path)) if re.search(r"^ASCH\d+:", t, re.M)]
        for name, path in (("en", english), ("cy", welsh))
    }
    assert starts["en"] and starts["cy"] == starts["en"]
    # The longer Welsh of ASCH5 needs a second page: the English, which fits one,
    # continues on a second page too, where the Welsh does.
    english_pages, welsh_pages = page_texts(english), page_texts(welsh)
    at = next(n for n, t in enumerate(welsh_pages) if "ASCH5 (parhad)" in t)
    assert "ASCH5 (continued)" in english_pages[at]
    with pikepdf.open(english) as en, pikepdf.open(welsh) as cy:
        assert len(en.open_outline().root) == len(cy.open_outline().root)


def test_the_main_language_s_editions_are_as_without_languages(tmp_path: Path) -> None:
    plain = make_report(tmp_path / "plain")
    listed = make_report(tmp_path / "listed")
    _with_languages(listed / "data" / "report.yaml", "[cy, en]")
    formats = ("html", "xlsx")
    before = build(BuildOptions(plain, QUARTER, tmp_path / "a", formats, workers=1))
    after = build(BuildOptions(listed, QUARTER, tmp_path / "b", formats, workers=1))
    assert [p.name for p in before.written] == [
        "ts-appendix-2024-25-Q2.html",
        "ts-appendix-2024-25-Q2.xlsx",
    ]
    assert [p.name for p in after.written] == [
        "ts-appendix-2024-25-Q2.html",
        "ts-appendix-2024-25-Q2.xlsx",
        "ts-appendix-2024-25-Q2-cy.html",
        "ts-appendix-2024-25-Q2-cy.xlsx",
    ]
    assert before.written[0].read_bytes() == after.written[0].read_bytes()


def test_a_missing_welsh_commentary_is_not_yet_available_and_a_warning(tmp_path: Path) -> None:
    root = make_report(tmp_path / "report")
    _with_languages(root / "data" / "report.yaml", "[cy, en]")
    cy = root / "narratives" / "2024-25-Q2" / "cy"
    cy.mkdir()
    (cy / "TS1.md").write_text("Cy-Ceisiadau {{ latest }}.\n", encoding="utf-8")
    result = build(
        BuildOptions(root=root, quarter=QUARTER, out=tmp_path / "out", formats=("html",), workers=1)
    )
    welsh = result.written[1].read_text(encoding="utf-8")
    assert '<html lang="cy">' in welsh and "Cy-Ceisiadau" in welsh
    assert "Nid oes sylwebaeth wedi" in welsh
    assert [w for w in result.warnings if "TS2" in w and "cy" in w and "missing" in w]
    english = result.written[0].read_text(encoding="utf-8")
    assert "Nid oes sylwebaeth" not in english and "Cy-Ceisiadau" not in english


def test_a_failed_welsh_edition_leaves_no_file_of_either_language(tmp_path: Path) -> None:
    root = make_report(tmp_path / "report")
    _with_languages(root / "data" / "report.yaml", "[cy, en]")
    cy = root / "narratives" / "2024-25-Q2" / "cy"
    cy.mkdir()
    (cy / "TS1.md").write_bytes(b"Cy-\xff\xfe not UTF-8\n")
    from generator.core.errors import InputError

    with pytest.raises(InputError) as raised:
        build(
            BuildOptions(
                root=root, quarter=QUARTER, out=tmp_path / "out", formats=("html",), workers=1
            )
        )
    assert "cy" in raised.value.message() and "TS1.md" in raised.value.message()
    assert not list((tmp_path / "out").glob("*.html"))


def test_build_all_writes_each_report_s_languages_and_a_rebuild_reuses_their_charts(
    tmp_path: Path,
) -> None:
    from generator.run.build_all import build_all

    root = make_report(tmp_path / "report")
    _with_languages(root / "data" / "report.yaml", "[cy, en]")
    cy = root / "narratives" / "2024-25-Q2" / "cy"
    cy.mkdir()
    (cy / "TS1.md").write_text("Cy-Ceisiadau {{ latest }}.\n", encoding="utf-8")
    (cy / "TS2.md").write_text("Cy-Ymweliadau.\n", encoding="utf-8")
    cold = build_all([root], quarter=QUARTER, formats=("html",), workers=2)
    assert [o.error for o in cold] == [None]
    assert [p.name for p in cold[0].written] == [
        "ts-appendix-2024-25-Q2.html",
        "ts-appendix-2024-25-Q2-cy.html",
    ]
    welsh = cold[0].written[1].read_text(encoding="utf-8")
    assert '<html lang="cy">' in welsh and "Cy-Ymweliadau" in welsh
    first = [p.read_bytes() for p in cold[0].written]
    warm = build_all([root], quarter=QUARTER, formats=("html",), workers=2)
    assert warm[0].charts_drawn == 0 and warm[0].charts_reused == cold[0].charts_drawn > 0
    assert [p.read_bytes() for p in warm[0].written] == first
    # the single build writes the same files, from the same caches
    single = build(BuildOptions(root, QUARTER, None, ("html",), workers=1))
    assert single.charts_drawn == 0
    assert [p.read_bytes() for p in single.written] == first


def _listed_report(tmp_path: Path) -> Path:
    root = make_report(tmp_path / "report")
    _with_languages(root / "data" / "report.yaml", "[cy, en]")
    cy = root / "narratives" / "2024-25-Q2" / "cy"
    cy.mkdir()
    (cy / "TS1.md").write_text("Cy-Ceisiadau {{ latest }}.\n", encoding="utf-8")
    return root


def test_the_preview_shows_the_language_asked_for(tmp_path: Path) -> None:
    from generator.run.preview import Preview

    root = _listed_report(tmp_path)
    welsh = Preview(root, QUARTER, language="cy")
    welsh.rebuild()
    page = welsh.page.decode("utf-8")
    assert welsh.error is None and 'lang="cy"' in page and "Cy-Ceisiadau" in page
    english = Preview(root, QUARTER, language="en")
    english.rebuild()
    assert "Cy-Ceisiadau" not in english.page.decode("utf-8")
    unknown = Preview(root, QUARTER, language="gd")
    unknown.rebuild()
    assert unknown.error is not None and "'gd'" in unknown.error and "cy, en" in unknown.error


def _welsh_with_findings(tmp_path: Path) -> Path:
    """A report listing [cy, en]: the English commentary as the test report's, the
    Welsh of TS1 stating a figure TS1 never had (55%), and no Welsh of TS2."""
    root = make_report(tmp_path / "report")
    _with_languages(root / "data" / "report.yaml", "[en, cy]")
    cy = root / "narratives" / "2024-25-Q2" / "cy"
    cy.mkdir()
    (cy / "TS1.md").write_text("Cy-Ceisiadau {{ latest }}, nid 55%.\n", encoding="utf-8")
    return root


def test_the_build_counts_and_names_the_findings_of_every_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator.editors.check import run_check
    from tests.test_cli import run

    root = _welsh_with_findings(tmp_path)
    findings = run_check(root, QUARTER)
    welsh = [f for f in findings if "/cy/" in f.file]
    assert sorted(f.indicator for f in welsh) == ["TS1", "TS2"]  # 55%, and TS2's missing
    english = len(findings) - len(welsh)
    result = build(BuildOptions(root, QUARTER, tmp_path / "out", ("html",), workers=1))
    assert result.findings_by_language == {"en-GB": english, "cy": 2}
    assert result.findings == len(findings)
    # a rebuild counts them again from the cache
    again = build(BuildOptions(root, QUARTER, tmp_path / "out", ("html",), workers=1))
    assert again.findings_by_language == result.findings_by_language
    code, _, said = run(["build", "--format", "html"], root, monkeypatch, capsys)
    assert code == 0
    line = " ".join(said.split())
    english_named = f"English (United Kingdom) (en-GB): {english}, "
    assert f"the commentary has {len(findings)} finding(s) ({english_named}" in line
    assert "Welsh (cy): 2)" in line


def test_build_strict_refuses_on_a_finding_in_the_welsh_commentary_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.test_cli import run

    root = _welsh_with_findings(tmp_path)
    (root / "narratives" / "2024-25-Q2" / "cy" / "TS2.md").write_text(
        "Cy-Ymweliadau.\n", encoding="utf-8"
    )
    # the English alone has no finding
    listed = root / "data" / "report.yaml"
    text = listed.read_text(encoding="utf-8")
    listed.write_text(text.replace("languages: [en, cy]\n", ""), encoding="utf-8")
    assert run(["build", "--strict", "--format", "html"], root, monkeypatch, capsys)[0] == 0
    listed.write_text(text, encoding="utf-8")
    code, _, said = run(["build", "--strict", "--format", "html"], root, monkeypatch, capsys)
    assert code == 1
    line = " ".join(said.split())
    assert "cy/TS1.md" in line and "55%" in line and "not built: 1 finding(s)" in line
