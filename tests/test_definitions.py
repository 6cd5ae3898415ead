from __future__ import annotations

from pathlib import Path

import pytest

from generator.core.errors import InputError
from generator.core.periods import Quarter
from generator.read.definitions import id_problem, load_report
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
            ", line 19: the floor (90) is above the target (80) (indicator TS1, period "
            "2023/24). A floor must be at or below the target when higher is better",
        ),
        (
            "        floor: 70\n",
            "        flor: 70\n",
            ", years: 2023/24: unknown field 'flor' (indicator TS1). Check the spelling; the "
            "fields are arrears, comparators, floor, notes, position, profile, series, target, "
            "upper_threshold",
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
            ", indicator 2: indicator id '../x' holds '/', which a file name cannot (or should "
            "not) hold; it names the indicator's commentary file. Use letters and digits, with "
            "spaces, hyphens or dots between them (e.g. H1, RB1, CS-03, KPI 7), the same in the "
            "data",
        ),
        (
            "  - id: TS2\n",
            "  - id: XY2\n",
            ", indicator 2: indicator id 'XY2' does not start with the prefix 'TS'. Use an id "
            'such as TS1, or leave id_prefix blank ("") where ids are not one prefix and a number',
        ),
        (
            'id_prefix: "TS"\n',
            "id_prefix: 7\n",
            ": 'id_prefix' must be text, not 7. Write id_prefix as quoted text, e.g. \"HSG\", or "
            '"" where the ids have no one prefix',
        ),
        (
            "    unit: count\n",
            "    unit: pounds\n",
            ": 'unit' is 'pounds' (indicator TS2). "
            "Use one of: percent, count, rate, gbp, days, hours, minutes",
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
            ", line 19: the upper threshold (70) is below the target (80) (indicator "
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


@pytest.mark.parametrize(
    ("indicator_id", "problem"),
    [
        ("H1", None),
        ("RB1", None),
        ("CS-03", None),
        ("KPI 7", None),
        ("ASCH2", None),
        ("1.2", None),
        ("Ŵ1", None),  # Welsh letters name files too
        ("H/1", "holds '/', which a file name cannot (or should not) hold"),
        ("H:1", "holds ':', which a file name cannot (or should not) hold"),
        ("H1?", "holds '?', which a file name cannot (or should not) hold"),
        ("-H1", "must start and end with a letter or digit"),
        ("H1.", "must start and end with a letter or digit"),
        ("KPI  7", "holds two spaces or two dots together"),
        ("A..B", "holds two spaces or two dots together"),
        ("CON", "is a name Windows keeps for a device, which no file can have"),
        ("nul.1", "is a name Windows keeps for a device, which no file can have"),
        ("X" * 41, "is longer than 40 characters"),
    ],
)
def test_ids_as_teams_write_them_are_safe_file_names(
    indicator_id: str, problem: str | None
) -> None:
    assert id_problem(indicator_id) == problem


def test_ids_carried_per_service_with_no_prefix_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A mixed set of refs (H1, CS-03, KPI 7) with a blank id_prefix builds, and the
    editions are named from the directorate."""
    from tests.report_folder import COMMENTARY, data_csv
    from tests.test_cli import run

    renamed = {"TS1": "CS-03", "TS2": "KPI 7"}
    definition = DEFINITION.replace('id_prefix: "TS"', 'id_prefix: ""')
    data = data_csv()
    for old, new in renamed.items():
        definition = definition.replace(f"id: {old}\n", f'id: "{new}"\n')
        data = data.replace(f"{old},", f"{new},")
    commentary = {renamed[k]: v for k, v in COMMENTARY.items()}
    root = make_report(tmp_path / "r", definition=definition, data=data, commentary=commentary)
    report = load_report(root / "data" / "report.yaml")
    assert report.id_prefix == "" and [i.id for i in report.indicators] == ["CS-03", "KPI 7"]
    code, out, err = run(["build", "--format", "html"], root, monkeypatch, capsys)
    assert code == 0, err
    assert "Wrote output/test-services-appendix-2024-25-Q2.html" in out
    assert "commentary" not in err  # each ref's own commentary file was found
    page = (root / "output" / "test-services-appendix-2024-25-Q2.html").read_text("utf-8")
    assert "CS-03: Share of requests" in page and "KPI 7: Number of visits" in page


@pytest.mark.parametrize("line", ['id_prefix: ""\n', "id_prefix:\n", ""])
def test_a_blank_or_missing_id_prefix_is_no_prefix(tmp_path: Path, line: str) -> None:
    root = make_report(tmp_path, definition=DEFINITION.replace('id_prefix: "TS"\n', line))
    assert load_report(root / "data" / "report.yaml").id_prefix == ""


def test_ids_that_differ_only_in_capitals_are_refused(tmp_path: Path) -> None:
    definition = DEFINITION.replace('id_prefix: "TS"', 'id_prefix: ""').replace(
        "  - id: TS2\n", "  - id: ts1\n"
    )
    root = make_report(tmp_path, definition=definition)
    with pytest.raises(InputError) as caught:
        load_report(root / "data" / "report.yaml")
    assert caught.value.message().endswith(
        "report.yaml: the ids 'TS1' and 'ts1' differ only in capitals, and name the same "
        "commentary file on Windows and Mac computers (indicator ts1). Give each indicator an "
        "id of its own, whatever the capitals"
    )
