"""A council rewords fixed messages in its house style (`messages:`, by key): the
wording shows in every edition; one that drops or adds a placeholder, or names no
message, is refused with one message saying where and what to fix."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.core.errors import InputError
from generator.core.messages import check_rewording, english
from generator.read.style import load_style
from generator.run.build import BuildOptions, build
from tests.edition_text import docx_text, html_text, pdf_text, xlsx_text

REWORDED = {
    "notes.activity": "An activity measure: it has no target.",
    "summary.caption": "Each indicator at a glance, as last reported",
    "trend.no_significant_trend": "no clear trend",
}


def _report(repo_root: Path, root: Path, messages: str) -> Path:
    for folder in ("data", "narratives", "styles"):
        shutil.copytree(repo_root / folder, root / folder)
    style = root / "styles" / "house.yaml"
    style.write_text(style.read_text(encoding="utf-8") + "\n" + messages, encoding="utf-8")
    return style


def test_three_reworded_messages_show_in_the_docx_pdf_web_page_and_workbook(
    repo_root: Path, tmp_path: Path
) -> None:
    lines = "".join(f'  {key}: "{text}"\n' for key, text in REWORDED.items())
    _report(repo_root, tmp_path / "report", "messages:\n" + lines)
    written = build(
        BuildOptions(
            root=tmp_path / "report",
            quarter="2024-25 Q2",
            out=tmp_path / "out",
            formats=("docx", "pdf", "html", "xlsx"),
            workers=1,
        )
    ).written
    files = {path.suffix[1:]: path for path in written}
    editions = {
        "docx": " ".join(docx_text(files["docx"])),
        "pdf": " ".join(" ".join(t.split()) for t in pdf_text(files["pdf"])),
        "html": " ".join(html_text(files["html"])),
        "xlsx": " ".join(xlsx_text(files["xlsx"])[1]),
    }
    for edition, text in editions.items():
        for key, wording in REWORDED.items():
            assert wording in text, f"{edition}: {key} not reworded"
            assert english().entries[key].source not in text, f"{edition}: {key} as before"


@pytest.mark.parametrize(
    ("key", "wording", "said"),
    [
        ("notes.unit.rate", "Rate shown per head.", "drops the placeholder {base}"),
        ("notes.late", "Figure for {quarter} is late.", "drops the placeholder {latest}"),
        ("notes.heading", "Notes for {quarter}", "adds the placeholder {quarter}"),
        ("notes.headng", "Notes", "no message 'notes.headng'; did you mean notes.heading"),
        ("summary.sentence", "{ratings} and {trends}.", None),
        ("rag.AMBER", "AMBR", None),
    ],
)
def test_a_rewording_keeps_the_placeholders_of_a_message_that_exists(
    key: str, wording: str, said: str | None
) -> None:
    problem = check_rewording(key, wording)
    assert (problem is None) if said is None else (said in (problem or "")), problem


def test_a_rewording_that_drops_a_placeholder_is_refused_naming_file_line_key_and_placeholder(
    repo_root: Path, tmp_path: Path
) -> None:
    style = _report(
        repo_root,
        tmp_path / "report",
        'messages:\n  notes.heading: "Notes"\n  notes.arrears: "KPI runs a quarter in arrears."\n',
    )
    line = (
        style.read_text(encoding="utf-8")
        .splitlines()
        .index('  notes.arrears: "KPI runs a quarter in arrears."')
    )
    with pytest.raises(InputError) as caught:
        load_style(style)
    message = caught.value.message()
    assert str(style) in message and f"line {line + 1}" in message
    assert "notes.arrears" in message and "{arrears}" in message


def test_an_unknown_message_is_refused_naming_close_keys(tmp_path: Path, repo_root: Path) -> None:
    style = _report(repo_root, tmp_path / "report", 'messages:\n  summary.headng: "At a glance"\n')
    with pytest.raises(InputError, match=r"summary\.headng.*did you mean summary\.heading"):
        load_style(style)
