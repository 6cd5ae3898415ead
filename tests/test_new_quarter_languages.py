"""`appendix new-quarter` in every language (issue 28): the drafts of a Welsh report,
and of each other language a report lists (`narratives/<quarter>/cy/`), take the
words around their placeholders from that language's catalogue."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from generator.cli import main
from generator.editors.drafts import draft_quarter
from generator.run.build import BuildOptions, build
from tests.report_folder import make_report
from tests.test_bilingual import _with_languages

ENGLISH_WORDS = ("the figure was", "It is rated", "Direction of travel", "on the previous")
WELSH_WORDS = ("y ffigur oedd", "Y sgôr yw", "Cyfeiriad teithio", "chwarter blaenorol")


def _welsh_report(root: Path) -> Path:
    make_report(root)
    definition = root / "data" / "report.yaml"
    text = definition.read_text(encoding="utf-8")
    definition.write_text(text.replace('language: "en-GB"', 'language: "cy"'), "utf-8")
    return root


def _drafts_of(folder: Path) -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.md"))}


def test_a_welsh_report_s_drafts_are_in_welsh(tmp_path: Path) -> None:
    root = _welsh_report(tmp_path / "report")
    created, _ = draft_quarter(root, "2024-25 Q3")
    drafts = _drafts_of(root / "narratives" / "2024-25-Q3")
    assert created and sorted(p.name for p in created) == sorted(drafts)
    kpi = drafts["TS1.md"]
    assert kpi.startswith("Yn {{ latest_period }} y ffigur oedd {{ latest }}, {{ movement }} ")
    assert "Y sgôr yw {{ rag }} yn erbyn targed o {{ target }}" in kpi
    for text in drafts.values():
        assert not [words for words in ENGLISH_WORDS if words in text], text
        assert "{{" in text  # every figure a placeholder still


def test_each_language_listed_gets_its_own_drafts_in_its_own_words(tmp_path: Path) -> None:
    root = make_report(tmp_path / "report")
    _with_languages(root / "data" / "report.yaml", "[cy, en]")
    english = make_report(tmp_path / "english")
    draft_quarter(english, "2024-25 Q3")
    created, _ = draft_quarter(root, "2024-25 Q3")
    quarter = root / "narratives" / "2024-25-Q3"
    # the main language's drafts as a report listing no languages has them
    assert _drafts_of(quarter) == _drafts_of(english / "narratives" / "2024-25-Q3")
    welsh = _drafts_of(quarter / "cy")
    assert sorted(welsh) == sorted(_drafts_of(quarter)) and len(created) == 2 * len(welsh)
    for text in welsh.values():
        assert not [words for words in ENGLISH_WORDS if words in text], text
    assert all(words in welsh["TS1.md"] for words in WELSH_WORDS)
    # a second run keeps every file, in both languages
    again, kept = draft_quarter(root, "2024-25 Q3")
    assert again == [] and len(kept) == len(created)


def test_the_welsh_drafts_build_into_the_welsh_edition_their_placeholders_filled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path / "report")
    _with_languages(root / "data" / "report.yaml", "[cy, en]")
    for path in (root / "narratives" / "2024-25-Q2").glob("*.md"):
        path.unlink()
    monkeypatch.setattr(sys, "argv", ["appendix", "new-quarter", "2024-25 Q2", "--root", str(root)])
    with pytest.raises(SystemExit) as done:
        main()
    assert done.value.code == 0
    said = " ".join(capsys.readouterr().out.split())
    assert "narratives/2024-25-Q2/cy/TS1.md" in said.replace("\\", "/")
    written = build(BuildOptions(root, "2024-25 Q2", tmp_path / "out", ("html",), workers=1))
    welsh = written.written[1].read_text(encoding="utf-8")
    assert written.written[1].name.endswith("-cy.html")
    assert "Yn Chwarter 2 2024/25 y ffigur oedd" in welsh and "{{" not in welsh
    assert not [words for words in ENGLISH_WORDS if words in welsh]
