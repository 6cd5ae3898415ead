from __future__ import annotations

from pathlib import Path

import pytest

from generator.core.errors import InputError
from generator.core.periods import Quarter
from generator.read.definitions import load_report
from tests.report_folder import DEFINITION, make_report


def test_the_sample_definition_changes_between_years(repo_root: Path) -> None:
    report = load_report(repo_root / "data" / "report.yaml")
    asch2 = report.indicator("ASCH2")
    assert asch2 is not None
    old, new = asch2.for_quarter(Quarter(2023, 2)), asch2.for_quarter(Quarter(2024, 2))
    assert old is not None and new is not None
    assert (old.target, old.floor, bool(old.arrears)) == (90, 80, True)
    assert (new.target, new.floor, bool(new.arrears)) == (85, 75, False)
    for indicator_id, before, after in (("ASCH9", 1, 2), ("ASCH13", 1, 2), ("ASCH19", 1, 2)):
        indicator = report.indicator(indicator_id)
        assert indicator is not None
        years = (indicator.for_quarter(Quarter(2023, 2)), indicator.for_quarter(Quarter(2024, 2)))
        assert [len(y.series) for y in years if y] == [before, after]


def test_indicators_in_force_follow_the_year(repo_root: Path) -> None:
    report = load_report(repo_root / "data" / "report.yaml")
    assert [i.id for i in report.in_force(Quarter(2024, 2))] == [f"ASCH{n}" for n in range(1, 21)]
    assert [i.id for i in report.in_force(Quarter(2023, 2))] == [f"ASCH{n}" for n in range(1, 20)]


def test_fields_carry_over_to_later_years(tmp_path: Path) -> None:
    text = DEFINITION.replace(
        '        notes: ["Corporate Risk Register: CRR0001"]\n',
        '        notes: ["Corporate Risk Register: CRR0001"]\n'
        '      "2025/26":\n        target: 85\n',
    )
    report = load_report(make_report(tmp_path, definition=text) / "data" / "report.yaml")
    ts1 = report.indicator("TS1")
    assert ts1 is not None
    later = ts1.for_quarter(Quarter(2025, 1))
    assert later is not None
    assert (later.target, later.floor, later.notes) == (
        85,
        70,
        ("Corporate Risk Register: CRR0001",),
    )
    assert ts1.for_quarter(Quarter(2022, 4)) is None


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "        floor: 70\n",
            "        floor: 90\n",
            ", years: 2023/24: the floor (90) is above the target (80) (indicator TS1, period "
            "2023/24). A floor must be at or below the target when higher is better",
        ),
        (
            "        floor: 70\n",
            "        flor: 70\n",
            ", years: 2023/24: unknown field 'flor' (indicator TS1). Check the spelling; the "
            "fields are arrears, floor, notes, profile, series, target, upper_threshold",
        ),
        (
            "    kind: kpi\n",
            "    kind: kip\n",
            ": 'kind' is 'kip' (indicator TS1). Use one of: kpi, activity",
        ),
        (
            "        target: 80\n",
            "        target: eighty\n",
            ", years: 2023/24: 'target' must be a number, not 'eighty' (indicator TS1). "
            "Write target as a plain number, e.g. 85",
        ),
        (
            "  - id: TS2\n",
            "  - id: ../x\n",
            ", indicator 2: indicator id '../x' is not the prefix 'TS' followed by letters or "
            "digits. Use an id such as TS1",
        ),
        (
            "    unit: count\n",
            "    unit: pounds\n",
            ": 'unit' is 'pounds' (indicator TS2). Use one of: percent, count, rate, gbp",
        ),
        (
            '      "2023/24":\n        target: 80',
            '      "2023/4":\n        target: 80',
            ", years: 2023/4: '2023/4' is not a financial year; write it as '2024/25' "
            "(indicator TS1)",
        ),
        (
            "        floor: 70\n",
            "        upper_threshold: 90\n",
            ", years: 2023/24: a higher-is-better KPI needs a floor (and no upper_threshold) "
            "(indicator TS1, period 2023/24). Add floor: <number> at or below the target",
        ),
        (
            "    polarity: higher\n",
            "    polarity: lower\n",
            ", years: 2023/24: a lower-is-better KPI needs an upper_threshold (and no floor) "
            "(indicator TS1, period 2023/24). Add upper_threshold: <number> at or above the "
            "target",
        ),
        (
            '    polarity: higher\n    years:\n      "2023/24":\n        target: 80\n'
            "        floor: 70\n",
            '    polarity: lower\n    years:\n      "2023/24":\n        target: 80\n'
            "        upper_threshold: 70\n",
            ", years: 2023/24: the upper threshold (70) is below the target (80) (indicator "
            "TS1, period 2023/24). An upper threshold must be at or above the target when "
            "lower is better",
        ),
        (
            'series: [{id: value, label: "requests answered within 10 days"}]',
            'series: [{id: value, label: "answered"}, {id: late, label: "late"}]',
            ", years: 2023/24: a KPI has exactly one series, not 2 (indicator TS1, period "
            "2023/24). Keep the one series its target is for, or make it kind: activity",
        ),
        (
            "        target: 80\n",
            "",
            ", years: 2023/24: a KPI needs a target (indicator TS1, period 2023/24). "
            "Add target: <number>",
        ),
        (
            '      "2023/24":\n        series:\n',
            '      "2023/24":\n        target: 5\n        series:\n',
            ", years: 2023/24: an activity measure has no target or threshold (indicator TS2, "
            "period 2023/24). Remove target/floor/upper_threshold, or make it kind: kpi",
        ),
        (
            '    title: "Number of visits"\n',
            "",
            ": 'title' is missing (indicator TS2). Add a 'title:' line",
        ),
    ],
)
def test_a_mistyped_definition_is_named(tmp_path: Path, old: str, new: str, message: str) -> None:
    """Each refusal names the file, where in it, the indicator and year, and the fix."""
    assert old in DEFINITION
    root = make_report(tmp_path, definition=DEFINITION.replace(old, new, 1))
    path = root / "data" / "report.yaml"
    with pytest.raises(InputError) as caught:
        load_report(path)
    assert caught.value.message() == f"{path}{message}"


def test_an_empty_definition_is_named(tmp_path: Path) -> None:
    root = make_report(tmp_path, definition="")
    with pytest.raises(InputError, match="empty"):
        load_report(root / "data" / "report.yaml")
