"""Nothing about either sample report is in the code: no id, title or threshold."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.read.definitions import Report, load_report
from tests.report_folder import ROOT

SAMPLES = [
    ROOT / "data" / "report.yaml",
    ROOT / "samples" / "get" / "data" / "report.yaml",
    ROOT / "samples" / "district" / "data" / "report.yaml",
]


# A tracker's own ref such as H1 or RB1 is also a spreadsheet cell's address (and H1 a
# heading level), words the code rightly uses in messages and examples: such refs are
# not searched for; the sample's titles and targets still are.
_CELL = re.compile(r"^[A-Z]{1,3}[1-9]\d*$")


def _code() -> dict[Path, str]:
    folder = ROOT / "generator"
    return {
        path: path.read_text(encoding="utf-8")
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.suffix in (".py", ".yaml", ".md", ".txt")
    }


def _needles(report: Report) -> list[tuple[str, re.Pattern[str]]]:
    needles = []
    if report.id_prefix:  # none: the ids are the tracker's own refs
        needles.append(("prefix", re.compile(rf"\b{re.escape(report.id_prefix)}\d*\b")))
    for indicator in report.indicators:
        if report.id_prefix or not _CELL.match(indicator.id):
            needles.append(("id", re.compile(rf"\b{re.escape(indicator.id)}\b")))
        for text in {indicator.title, indicator.short_title}:
            needles.append(("title", re.compile(re.escape(text), re.IGNORECASE)))
        for year in indicator.years:
            for field in ("target", "floor", "upper_threshold"):
                value = getattr(year, field)
                if value is not None:
                    needles.append((field, re.compile(rf"\b{field}\s*[:=]\s*{value:g}(\.0)?\b")))
    return needles


@pytest.mark.parametrize("definition", SAMPLES, ids=lambda p: p.parent.parent.name)
def test_no_sample_id_title_or_threshold_is_in_the_code(definition: Path) -> None:
    report = load_report(definition)
    code = _code()
    found = [
        f"{kind} {pattern.pattern!r} in {path.relative_to(ROOT)}"
        for kind, pattern in _needles(report)
        for path, text in code.items()
        if pattern.search(text)
    ]
    assert found == []


def test_the_search_finds_what_it_looks_for(tmp_path: Path) -> None:
    report = load_report(SAMPLES[0])
    text = "x = 'ASCH2'\ntarget: 85\n" + report.indicators[3].title.upper()
    kinds = {kind for kind, pattern in _needles(report) if pattern.search(text)}
    assert {"prefix", "id", "target", "title"} <= kinds
