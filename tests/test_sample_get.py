"""The second sample, a fictional GET appendix kept as a wide tracker, builds as described."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.content.assemble import data_table
from generator.content.chart_words import chart_words
from generator.content.inputs import load_inputs
from generator.content.notes import alt_text, technical_notes
from generator.core.periods import Quarter
from tests.report_folder import ROOT
from tests.scope import shared
from tests.test_cli import run

SAMPLE = ROOT / "samples" / "get"


@pytest.fixture(scope=shared)
def inputs():  # type: ignore[no-untyped-def]
    return load_inputs(SAMPLE, None)


def test_its_latest_quarter_is_a_q3_read_from_the_tracker(inputs) -> None:  # type: ignore[no-untyped-def]
    assert inputs.quarter == Quarter(2024, 3)
    assert len(inputs.facts) >= 8
    assert inputs.dataset.warnings == (
        f"{SAMPLE / 'data' / 'get-tracker.xlsx'}: sheet KPIs: columns not read (not quarters): "
        "Indicator, Owner, Notes",
    )


def test_its_shapes(inputs) -> None:  # type: ignore[no-untyped-def]
    facts = {f.indicator.id: f for f in inputs.facts}
    lower = [f for f in facts.values() if f.indicator.polarity == "lower" and f.rag == "RED"]
    assert lower, "a lower-is-better KPI rated RED"
    assert any(f.indicator.per == 1000 for f in facts.values())
    money = [f for f in facts.values() if f.indicator.unit == "gbp" and f.indicator.decimals == 2]
    assert money and placeholder_latest(money[0]) == "£127.30"  # pounds and pence
    assert money[0].indicator.axis_words == "£ per tonne"
    changed = [f for f in facts.values() if len({b for b in f.bands if b}) > 1]
    words = chart_words(inputs.style)
    assert changed and "before" in technical_notes(changed[0], words)[0]
    assert any(len(f.series) == 4 for f in facts.values())
    gaps = [f for f in facts.values() if any(v is None for s in f.series for v in s.values)]
    assert gaps
    assert "No figure for" in alt_text(gaps[0], words)
    assert any(c.text == "no figure" for row in data_table(gaps[0]).rows for c in row)
    # A %-formatted cell holding 0.898 reads as 89.8.
    assert facts["GET1"].primary.latest.value == pytest.approx(89.8)


def placeholder_latest(facts) -> str:  # type: ignore[no-untyped-def]
    from generator.content.placeholders import placeholder_values

    return str(placeholder_values(facts)["latest"])


def test_it_builds_with_no_findings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "get"
    shutil.copytree(SAMPLE, folder, ignore=shutil.ignore_patterns("output"))
    style = folder / "styles"
    style.mkdir()
    shutil.copy(ROOT / "styles" / "house.yaml", style / "house.yaml")
    definition = folder / "data" / "report.yaml"
    definition.write_text(
        definition.read_text(encoding="utf-8").replace(
            '"../../../styles/house.yaml"', '"../styles/house.yaml"'
        ),
        encoding="utf-8",
    )
    code, out, err = run(
        ["build", "--quarter", "2024-25 Q2", "--format", "pdf"], folder, monkeypatch, capsys
    )
    assert code == 0, err
    code, out, err = run(["build", "--strict"], folder, monkeypatch, capsys)
    assert code == 0, err
    assert "Wrote output/get-appendix-2024-25-Q3.pdf" in out
    assert "warning: narratives" not in err  # commentary for every indicator


def test_the_committed_tracker_is_what_the_script_writes(tmp_path: Path) -> None:
    committed = (SAMPLE / "data" / "get-tracker.xlsx").read_bytes()
    script = SAMPLE / "make_tracker.py"
    copy = tmp_path / "make_tracker.py"
    (tmp_path / "data").mkdir()
    shutil.copy(script, copy)
    subprocess.run([sys.executable, str(copy)], check=True, capture_output=True)
    assert (tmp_path / "data" / "get-tracker.xlsx").read_bytes() == committed
