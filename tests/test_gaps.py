"""A quarter with no figure is named in the notes, the alt text and the data table."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.content.assemble import data_table
from generator.content.gaps import gap_line
from generator.content.notes import alt_text, technical_notes
from tests.report_folder import data_csv, make_report
from tests.test_notes import WORDS, facts_for


def _without(*rows: str) -> str:
    text = data_csv()
    for row in rows:
        assert row + "\n" in text
        text = text.replace(row + "\n", "")
    return text


@pytest.mark.parametrize(
    ("removed", "indicator", "line"),
    [
        ([], "TS1", None),
        (["TS1,2023/24 Q3,,64.0,"], "TS1", "No figure for Q3 23/24 (a gap in the line)."),
        (
            ["TS1,2023/24 Q2,,62.0,", "TS1,2024/25 Q1,,68.0,"],
            "TS1",
            "No figure for Q2 23/24 and Q1 24/25 (a gap in the line).",
        ),
        (
            ["TS2,2023/24 Q4,made,1100,"],
            "TS2",
            "No figure for visits made in Q4 23/24 (a gap in the chart).",
        ),
        (
            ["TS1,2023/24 Q1,,60.0,"],  # the first quarter: the window starts later, no gap
            "TS1",
            None,
        ),
    ],
)
def test_gaps_are_said_aloud(
    tmp_path: Path, removed: list[str], indicator: str, line: str | None
) -> None:
    facts = facts_for(make_report(tmp_path, data=_without(*removed)), indicator)
    assert gap_line(facts) == line
    notes = technical_notes(facts, WORDS)
    alt = alt_text(facts, WORDS)
    table = [cell.text for row in data_table(facts).rows for cell in row]
    if line is None:
        assert not any(n.startswith("No figure") for n in notes)
        assert "No figure" not in alt and "no figure" not in table
    else:
        assert line in notes and alt.endswith(line)
        assert table.count("no figure") == sum(
            q in line for q in ("Q1 23/24", "Q2 23/24", "Q3 23/24", "Q4 23/24", "Q1 24/25")
        )
