from __future__ import annotations

from pathlib import Path

import pytest

from generator.definitions import load_report
from generator.errors import InputError
from generator.periods import Quarter
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
        ("        floor: 70\n", "        floor: 90\n", "the floor (90) is above the target (80)"),
        ("        floor: 70\n", "        flor: 70\n", "unknown field 'flor'"),
        ("    kind: kpi\n", "    kind: kip\n", "'kind' is 'kip'"),
        ("        target: 80\n", "        target: eighty\n", "'target' must be a number"),
        ("  - id: TS2\n", "  - id: ../x\n", "indicator id '../x'"),
        ("    unit: count\n", "    unit: pounds\n", "'unit' is 'pounds'"),
        (
            '      "2023/24":\n        target: 80',
            '      "2023/4":\n        target: 80',
            "not a financial year",
        ),
        ("        floor: 70\n", "        upper_threshold: 90\n", "needs a floor"),
        ('    title: "Number of visits"\n', "", "'title' is missing"),
    ],
)
def test_a_mistyped_definition_is_named(tmp_path: Path, old: str, new: str, message: str) -> None:
    assert old in DEFINITION
    root = make_report(tmp_path, definition=DEFINITION.replace(old, new, 1))
    with pytest.raises(InputError) as caught:
        load_report(root / "data" / "report.yaml")
    text = caught.value.message()
    assert message in text
    assert "report.yaml" in text


def test_an_empty_definition_is_named(tmp_path: Path) -> None:
    root = make_report(tmp_path, definition="")
    with pytest.raises(InputError, match="empty"):
        load_report(root / "data" / "report.yaml")
