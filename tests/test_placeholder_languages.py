"""Commentary placeholders in the edition's language (issue 28): `{{ direction }}`,
`{{ rag }}`, `{{ trend }}`, `{{ latest_period }}` and the others are filled with the
words of the edition's catalogue, in a Welsh edition (`language: cy`) and in the Welsh
edition of `languages: [en, cy]` alike; the English edition's are as before."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from generator.core.messages import load_messages
from generator.run.build import BuildOptions, build
from tests.report_folder import DEFINITION, make_report

QUARTER = "2024-25 Q2"
WELSH = load_messages("cy")

# TS1 of the test report: 71% in Q2 2024/25 (AMBER: target 80, floor 70), 68% in Q1
# (RED), rising every quarter (improving). One placeholder a line.
PLACEHOLDERS = [
    ("direction", WELSH.text("direction.up"), "up"),
    ("movement", WELSH.format("change.up", size="3 phwynt canran"), "up 3 percentage points"),
    ("change", "3 phwynt canran", "3 percentage points"),
    ("rag", WELSH.text("rag.AMBER"), "AMBER"),
    ("previous_rag", WELSH.text("rag.RED"), "RED"),
    (
        "rag_change",
        WELSH.format("rag_change.changed", previous=WELSH.text("rag.RED")),
        "a change from RED in the previous quarter",
    ),
    ("trend", WELSH.text("trend.improving"), "improving"),
    ("latest_period", WELSH.format("period.quarter_long", quarter=2, year="2024/25"), None),
    ("previous_period", WELSH.format("period.quarter_long", quarter=1, year="2024/25"), None),
    ("period", WELSH.format("period.quarter_long", quarter=2, year="2024/25"), None),
    ("year_direction", WELSH.text("direction.up"), "up"),
    ("series.value.direction", WELSH.text("direction.up"), "up"),
]
COMMENTARY = "".join(f"- {name}: {{{{ {name} }}}}\n" for name, _, _ in PLACEHOLDERS)


def _lines(page: str) -> dict[str, str]:
    """Each commentary line of the web page, by its placeholder's name."""
    text = html.unescape(re.sub(r"<[^>]+>", "", page.replace("</li>", "\n")))
    found = {}
    for name, _, _ in PLACEHOLDERS:
        match = re.search(rf"^\s*{re.escape(name)}: (.*)$", text, re.M)
        assert match, f"{name} is not on the page"
        found[name] = match[1].strip()
    return found


def _build(root: Path, out: Path) -> list[Path]:
    result = build(BuildOptions(root=root, quarter=QUARTER, out=out, formats=("html",), workers=1))
    return result.written


def test_a_welsh_edition_fills_its_placeholders_in_welsh(tmp_path: Path) -> None:
    definition = DEFINITION.replace('language: "en-GB"', 'language: "cy"')
    root = make_report(tmp_path / "report", definition=definition, commentary={"TS1": COMMENTARY})
    (page,) = _build(root, tmp_path / "out")
    lines = _lines(page.read_text(encoding="utf-8"))
    assert lines == {name: welsh for name, welsh, _ in PLACEHOLDERS}


def test_the_welsh_edition_of_a_bilingual_build_fills_welsh_and_the_english_english(
    tmp_path: Path,
) -> None:
    definition = DEFINITION.replace(
        'language: "en-GB"\n', 'language: "en-GB"\nlanguages: [en, cy]\n'
    )
    root = make_report(tmp_path / "report", definition=definition, commentary={"TS1": COMMENTARY})
    cy = root / "narratives" / "2024-25-Q2" / "cy"
    cy.mkdir()
    (cy / "TS1.md").write_text(COMMENTARY, encoding="utf-8")
    english_page, welsh_page = _build(root, tmp_path / "out")
    assert welsh_page.name.endswith("-cy.html")
    welsh = _lines(welsh_page.read_text(encoding="utf-8"))
    english = _lines(english_page.read_text(encoding="utf-8"))
    assert welsh == {name: words for name, words, _ in PLACEHOLDERS}
    for name, _, words in PLACEHOLDERS:
        if words is not None:
            assert english[name] == words
    assert english["latest_period"] == english["period"] == "Quarter 2 2024/25"


@pytest.mark.parametrize(
    ("rag", "previous", "expected"),
    [
        ("AMBER", "AMBER", "yr un fath ag yn y chwarter blaenorol"),
        ("AMBER", "GREEN", "newid o GWYRDD yn y chwarter blaenorol"),
        ("RED", "AMBER", "newid o AMBR yn y chwarter blaenorol"),
    ],
)
def test_rag_change_is_worded_by_the_catalogue(rag: str, previous: str, expected: str) -> None:
    from generator.content.placeholders import rag_change

    assert rag_change(rag, previous, WELSH) == expected
    english = rag_change(rag, previous)
    assert english.startswith("the same" if rag == previous else "a change from")
