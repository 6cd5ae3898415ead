"""A placeholder the indicator has, with no value this quarter, is named with why."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.report_folder import data_csv, make_report
from tests.test_cli import run


def _without(data: str, *prefixes: str) -> str:
    return "".join(line for line in data.splitlines(keepends=True) if not line.startswith(prefixes))


@pytest.mark.parametrize(
    ("data", "commentary", "message"),
    [
        (  # the previous quarter is a gap, with its words
            data_csv().replace("TS1,2024/25 Q1,,68.0,", "TS1,2024/25 Q1,,n/a – system change,"),
            {"TS1": "Answered on time: {{ latest }}, {{ movement }} on the quarter.\n"},
            "narratives/2024-25-Q2/TS1.md, line 1: the placeholder '{{ movement }}' has no "
            "value: Q1 2024/25 has no figure (system change) (indicator TS1, period 2024/25 "
            "Q2). Write the sentence without it this quarter",
        ),
        (  # a blank cell: no words
            data_csv().replace("TS1,2024/25 Q1,,68.0,", "TS1,2024/25 Q1,,,"),
            {"TS1": "\nIt was {{ previous }} before.\n"},
            "narratives/2024-25-Q2/TS1.md, line 2: the placeholder '{{ previous }}' has no "
            "value: Q1 2024/25 has no figure (indicator TS1, period 2024/25 Q2)",
        ),
        (  # no figures a year before
            _without(data_csv(), "TS1,2023/24"),
            {"TS1": "{{ year_movement }} on a year ago.\n"},
            "the placeholder '{{ year_movement }}' has no value: no figure a year earlier: the "
            "figures start in Q1 2024/25 (indicator TS1",
        ),
        (  # the first quarter with a figure
            _without(data_csv(), "TS1,2023/24", "TS1,2024/25 Q1"),
            {"TS1": "{{ previous_rag }}\n"},
            "'{{ previous_rag }}' has no value: no previous quarter: the figures start in Q2 "
            "2024/25 (indicator TS1",
        ),
        (  # a series of an activity measure
            data_csv().replace("TS2,2024/25 Q1,made,1150,", "TS2,2024/25 Q1,made,TBC,"),
            {"TS2": "Made: {{ series.made.change }}.\n"},
            "'{{ series.made.change }}' has no value: Q1 2024/25 has no figure (indicator TS2",
        ),
        (
            None,
            {"TS2": "Rated {{ rag }}.\n"},
            "'{{ rag }}' has no value: an activity measure has no target and is not rated "
            "(indicator TS2",
        ),
    ],
)
def test_a_placeholder_with_no_value_says_why(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data: str | None,
    commentary: dict[str, str],
    message: str,
) -> None:
    root = make_report(tmp_path, data=data, commentary=commentary)
    code, _out, err = run(["build", "--format", "html"], root, monkeypatch, capsys)
    assert code == 2
    assert message in " ".join(err.split())
    assert "unknown placeholder" not in err


def test_a_misspelt_placeholder_is_still_unknown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path, commentary={"TS1": "{{ movment }}\n"})
    code, _out, err = run(["build", "--format", "html"], root, monkeypatch, capsys)
    assert code == 2 and "unknown placeholder '{{ movment }}'" in err
    assert "movement" in err and "NoValue" not in err  # the names it could be, none absent
