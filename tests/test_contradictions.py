"""Issue 23: a definition that contradicts itself is refused, with one message naming
the indicator and the fix: a rate's words naming another base than its figures are
per, and a target on another scale from its figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.core.consistency import (
    BaseContradiction,
    ScaleProblem,
    base_contradiction,
    said_bases,
    scale_problem,
)
from generator.core.vocabulary import Unit
from tests.report_folder import DEFINITION, ROOT, data_csv, make_report
from tests.test_cli import run

# ------------------------------------------------------------------ rules, as tables


@pytest.mark.parametrize(
    ("text", "bases"),
    [
        ("Referral rate per 10,000 children", [("per 10,000", 10_000)]),
        ("Rate per 100,000 of the population.", [("per 100,000", 100_000)]),
        ("per 100 000 aged 65 and over", [("per 100 000", 100_000)]),
        ("incidents per 1000 households", [("per 1000", 1000)]),
        ("Per 1,000.", [("Per 1,000", 1000)]),
        ("per 10k residents", [("per 10k", 10_000)]),
        ("per 1,000,000 journeys", [("per 1,000,000", 1_000_000)]),
        ("per 10.5 hours", []),  # not a base: a decimal
        ("per cent of requests", []),
        ("admissions per head", []),
        ("per 1,000 in 2023 and per 10,000 since", [("per 1,000", 1000), ("per 10,000", 10_000)]),
    ],
)
def test_said_bases(text: str, bases: list[tuple[str, int]]) -> None:
    assert said_bases(text) == bases


@pytest.mark.parametrize(
    ("texts", "per", "expected"),
    [
        ([("title", "Referral rate per 10,000 children")], 100_000, ("title", 10_000)),
        ([("title", "Referral rate per 10,000 children")], 10_000, None),
        (
            [("title", "Admissions of people aged 65+"), ("short_title", "Admissions per 1,000")],
            100_000,
            ("short_title", 1000),
        ),
        ([("unit_note", "Rate per 100,000 collections.")], 100_000, None),
        ([("unit_note", "Rate per 100,000 collections.")], 1000, ("unit_note", 100_000)),
        ([("axis_label", "per 1,000 households")], 1000, None),
        ([("title", "Missed bins")], 100_000, None),
    ],
)
def test_base_contradiction(
    texts: list[tuple[str, str]], per: int, expected: tuple[str, int] | None
) -> None:
    found = base_contradiction(texts, per)
    if expected is None:
        assert found is None
    else:
        assert isinstance(found, BaseContradiction)
        assert (found.field, found.base) == expected


FIGURES = [60.0, 62.0, 64.0, 66.0, 68.0, 71.0]


@pytest.mark.parametrize(
    ("levels", "figures", "unit", "expected"),
    [
        # a percentage target on a 0-1 scale against percentages
        ([0.8, 0.7], FIGURES, "percent", ScaleProblem("fraction target", 60.0)),
        ([0.9, 0.8], [87.2, 88.1], "percent", ScaleProblem("fraction target", 87.2)),
        # percentages on a 0-1 scale against a percentage target
        ([80, 70], [0.6, 0.62, 0.71], "percent", ScaleProblem("fraction figures", 0.71)),
        # small percentages, rightly so: calls abandoned 1% (threshold 3%), figures 1.2-2.3
        ([1, 3], [1.2, 1.5, 2.3], "percent", None),
        # rent lost to empty homes: target 2%, figures under 1%
        ([2, 3], [0.8, 0.9, 1.0], "percent", None),
        ([80, 70], FIGURES, "percent", None),
        # a target a hundred times from every figure, above or below
        ([5, 9], [612.0, 598.0, 640.0], "rate", ScaleProblem("far", 598.0)),
        ([61200, 64000], [612.0, 598.0], "rate", ScaleProblem("far", 612.0)),
        ([58800, 61700], [612.0, 598.0], "rate", None),  # 96 times: not on another scale
        ([588, 617], [612.0, 598.0, 640.0], "rate", None),
        # one figure near it is enough
        ([5, 9], [612.0, 4.0], "rate", None),
        # a figure of 0 is no evidence; a target of 0 never far
        ([5, 9], [0.0, 0.0], "count", None),
        ([5, 9], [0.0, 3.0, 6.0], "count", None),
        ([0, 2], [300.0, 400.0], "count", None),
        ([], [300.0], "count", None),
    ],
)
def test_scale_problem(
    levels: list[float], figures: list[float], unit: Unit, expected: ScaleProblem | None
) -> None:
    assert scale_problem(levels, figures, unit) == expected


# ------------------------------------------------------------------ a report folder

RATE = DEFINITION + (
    "  - id: TS3\n"
    '    title: "Referral rate per 10,000 children"\n'
    "    kind: activity\n"
    "    unit: rate\n"
    "    years:\n"
    '      "2023/24":\n'
    '        series: [{id: value, label: "referrals"}]\n'
)
RATE_ROWS = "".join(
    f"TS3,{q},,{v},\n"
    for q, v in zip(
        ["2023/24 Q1", "2023/24 Q2", "2023/24 Q3", "2023/24 Q4", "2024/25 Q1", "2024/25 Q2"],
        [412, 398, 420, 405, 431, 428],
        strict=True,
    )
)


def _refused(
    root: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> str:
    code, _, err = run(["build", "--format", "html"], root, monkeypatch, capsys)
    assert code == 2, err
    assert "Traceback" not in err
    assert err.count("error") == 1
    return " ".join(err.split())


def test_a_rate_whose_title_says_per_10000_while_its_figures_are_per_100000_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path, definition=RATE, data=data_csv() + RATE_ROWS)
    err = _refused(root, monkeypatch, capsys)
    assert (
        "data/report.yaml, line 32: its title says 'per 10,000' but its figures are per "
        "100,000 (per: is not set, and the default is 100000) (indicator TS3). If the figures "
        "are per 10,000, write per: 10000; if they are per 100,000, correct the title"
    ) in err
    # Said as the fix says, it builds.
    (root / "data" / "report.yaml").write_text(
        RATE.replace("    unit: rate\n", "    unit: rate\n    per: 10000\n"), encoding="utf-8"
    )
    code, _, err = run(["build", "--format", "html"], root, monkeypatch, capsys)
    assert code == 0, err


def test_a_unit_note_naming_another_base_than_per_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    definition = RATE.replace(
        '    title: "Referral rate per 10,000 children"\n',
        '    title: "Referral rate"\n    unit_note: "Rate per 100,000 children."\n    per: 10000\n',
    )
    root = make_report(tmp_path, definition=definition, data=data_csv() + RATE_ROWS)
    err = _refused(root, monkeypatch, capsys)
    assert (
        "its unit_note says 'per 100,000' but its figures are per 10,000 (per: 10000) "
        "(indicator TS3). If the figures are per 100,000, write per: 100000; if they are "
        "per 10,000, correct the unit_note"
    ) in err


def _with_levels(target: str, floor: str) -> str:
    return DEFINITION.replace("target: 80\n", f"target: {target}\n").replace(
        "floor: 70\n", f"floor: {floor}\n"
    )


def test_a_percentage_target_on_a_0_to_1_scale_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path, definition=_with_levels("0.8", "0.7"))
    err = _refused(root, monkeypatch, capsys)
    assert (
        "data/report.yaml, years: 2023/24: the target (0.8) and floor (0.7) are on a 0–1 "
        "scale, but the figures are percentages on a 0–100 scale (e.g. 60 in 2023/24 Q1) "
        "(indicator TS1). Write them as percentages: target: 80, floor: 70"
    ) in err


def test_percentages_on_a_0_to_1_scale_against_a_percentage_target_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = data_csv()
    for value in ("60.0", "62.0", "64.0", "66.0", "68.0", "71.0"):
        data = data.replace(f",,{value},", f",,{float(value) / 100},")
    root = make_report(tmp_path, data=data)
    err = _refused(root, monkeypatch, capsys)
    assert (
        "data/report.yaml, years: 2023/24: the figures are on a 0–1 scale (e.g. 0.71 in "
        "2024/25 Q2), but the target (80) is a percentage on a 0–100 scale (indicator TS1). "
        "Write the figures as percentages (87.2 for 0.872), as the unit: percent says"
    ) in err


def test_a_target_a_hundred_times_from_every_figure_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    definition = (
        _with_levels("8000", "7000")
        .replace("unit: percent", "unit: count")
        .replace('title: "Share of', 'title: "Number of')
    )
    root = make_report(tmp_path, definition=definition)
    err = _refused(root, monkeypatch, capsys)
    assert (
        "data/report.yaml, years: 2023/24: the target (8000) is a hundred times or more from "
        "every figure (e.g. 71 in 2024/25 Q2) (indicator TS1). Check that the target and the "
        "figures are in the same unit and scale"
    ) in err


@pytest.mark.parametrize("folder", [ROOT, ROOT / "samples" / "get", ROOT / "samples" / "district"])
def test_no_sample_trips_the_checks(folder: Path) -> None:
    """The samples' definitions and data agree with themselves."""
    from generator.content.inputs import load_inputs

    assert load_inputs(folder, None).facts
