"""Technical notes and alt text, from facts worked out on small report folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.content.chart_words import chart_words
from generator.content.facts import IndicatorFacts
from generator.content.inputs import load_inputs
from generator.content.notes import alt_text, revision_line, technical_notes
from generator.core.periods import Quarter
from generator.read.style import load_style
from tests.report_folder import DEFINITION, QUARTERS, ROOT, make_report

WORDS = chart_words(load_style(ROOT / "styles" / "house.yaml"))


def facts_for(root: Path, indicator: str, quarter: str = "2024/25 Q2") -> IndicatorFacts:
    inputs = load_inputs(root, quarter)
    return next(f for f in inputs.facts if f.indicator.id == indicator)


def test_kpi_notes_in_order(tmp_path: Path) -> None:
    facts = facts_for(make_report(tmp_path), "TS1")
    assert technical_notes(facts, WORDS) == [
        "Target set at 80% (dotted line) with a floor threshold of 70% (dashed line); "
        "the shaded band between them is the AMBER range.",
        "The overall direction of travel is significant (improving).",
        "Please note axis does not start at 0.",
        "Please note axis does not end at 100%.",
        "Corporate Risk Register: CRR0001",
    ]


def test_activity_notes_have_a_legend(tmp_path: Path) -> None:
    facts = facts_for(make_report(tmp_path), "TS2")
    notes = technical_notes(facts, WORDS)
    assert notes[0] == "Activity measure, no specified target."
    assert "Blue solid line with circles – visits booked." in notes
    assert "Orange dashed line with squares – visits made." in notes
    assert notes[1].startswith("The direction of travel of visits booked is")


def test_arrears_and_provisional_are_noted(tmp_path: Path) -> None:
    definition = DEFINITION.replace(
        "        floor: 70\n",
        '        floor: 70\n        arrears: "to account for late recording"\n',
    )
    data = (
        "indicator,period,series,value,status\n"
        + "".join(
            f"TS1,{q},,{v},{'provisional' if q == '2024/25 Q2' else ''}\n"
            for q, v in zip(QUARTERS, [60, 62, 64, 66, 68, 71], strict=True)
        )
        + "".join(f"TS2,{q},booked,1,\nTS2,{q},made,1,\n" for q in QUARTERS)
    )
    facts = facts_for(make_report(tmp_path, definition=definition, data=data), "TS1")
    notes = technical_notes(facts, WORDS)
    assert "KPI runs a quarter in arrears to account for late recording." in notes
    assert "Q2 24/25 figure is provisional (open marker, dotted line) and may change." in notes
    assert facts.latest_quarter == Quarter(2024, 2)


def test_arrears_without_a_provisional_row_rate_the_quarter_before(tmp_path: Path) -> None:
    definition = DEFINITION.replace(
        "        floor: 70\n",
        '        floor: 70\n        arrears: "to account for late recording"\n',
    )
    facts = facts_for(make_report(tmp_path, definition=definition), "TS1")
    assert facts.latest_quarter == Quarter(2024, 1)
    assert facts.primary.latest.value == 68.0 and facts.rag == "RED"


@pytest.mark.parametrize(
    ("revised", "latest", "line"),
    [
        ([], Quarter(2024, 2), None),
        ([Quarter(2023, 1)], Quarter(2023, 2), "Q1 2023/24 figure updated."),
        (
            [Quarter(2024, 1), Quarter(2023, 4), Quarter(2023, 3), Quarter(2023, 2)],
            Quarter(2024, 2),
            "Last 4 quarter figures updated.",
        ),
        (
            [Quarter(2023, 1), Quarter(2023, 3)],
            Quarter(2024, 2),
            "Figures updated for Q1 23/24, Q3 23/24.",
        ),
    ],
)
def test_revision_line(revised: list[Quarter], latest: Quarter, line: str | None) -> None:
    assert revision_line(revised, latest) == line


def test_alt_text_describes_the_kpi_from_its_data(tmp_path: Path) -> None:
    facts = facts_for(make_report(tmp_path), "TS1")
    assert alt_text(facts, WORDS) == (
        "Line chart of TS1, Requests within 10 days, Q1 23/24 to Q2 24/25. Latest value 71% in "
        "Q2 24/25, up 3 percentage points on Q1 24/25, against a target of 80% (dotted line) and "
        "a floor of 70% (dashed line): rated AMBER. Direction of travel: improving."
    )


def test_alt_text_gives_each_series_latest_value_and_change(tmp_path: Path) -> None:
    text = alt_text(facts_for(make_report(tmp_path), "TS2"), WORDS)
    assert "two series" in text
    assert "Visits booked: 1,300 in Q2 24/25, up 50 on Q1 24/25." in text
    assert "Visits made: 1,200 in Q2 24/25, up 50 on Q1 24/25." in text


def test_sample_ratings_match_the_published_2024_25_edition(repo_root: Path) -> None:
    inputs = load_inputs(repo_root, "2024-25 Q2")
    ratings = {f.indicator.id: f.rag for f in inputs.facts if f.rag}
    assert ratings == {
        "ASCH1": "AMBER",
        "ASCH2": "AMBER",
        "ASCH3": "AMBER",
        "ASCH4": "AMBER",
        "ASCH5": "GREEN",
        "ASCH6": "AMBER",
    }


def test_the_2023_24_edition_uses_that_years_definitions(repo_root: Path) -> None:
    inputs = load_inputs(repo_root, "2023/24 Q2")
    asch2 = next(f for f in inputs.facts if f.indicator.id == "ASCH2")
    assert (asch2.definition.target, asch2.definition.floor) == (90, 80)
    assert asch2.latest_quarter == Quarter(2023, 1)  # in arrears that year
    assert round(asch2.primary.latest.value) == 66
    assert len(inputs.facts) == 19


def test_a_rate_per_10000_says_per_10000_in_notes_alt_text_summary_and_axis(
    tmp_path: Path,
) -> None:
    """Seen: `unit: rate` always meant per 100,000, and no chart named its unit."""
    from generator.charts import draw
    from generator.content.assemble import summary_section
    from generator.content.chart_spec import chart_spec
    from tests.charts.figure_text import drawn_text

    definition = DEFINITION.replace("    unit: count\n", "    unit: rate\n    per: 10000\n")
    root = make_report(tmp_path, definition=definition)
    inputs = load_inputs(root, "2024/25 Q2")
    facts = next(f for f in inputs.facts if f.indicator.id == "TS2")
    # "of the population" only where the definition says so (docs/formats.md, units)
    assert "Rate per 10,000." in technical_notes(facts, WORDS)
    assert "Number of visits (rate per 10,000), Q1 23/24" in alt_text(facts, WORDS)
    axis = [
        p.text for p in drawn_text(draw(chart_spec(facts, inputs.style))) if p.gid == "axis-unit"
    ]
    assert axis == ["per 10,000"]
    table = summary_section([type("C", (), {"facts": facts})()]).blocks[2]
    assert "Number of visits (per 10,000)" in str(table)


def test_a_short_title_that_names_its_rate_base_is_not_told_it_again(tmp_path: Path) -> None:
    """Seen on the GET summary: 'Fly-tipping incidents per 1,000 households (per 1,000)'."""
    from generator.content.assemble import summary_section

    definition = DEFINITION.replace("    unit: count\n", "    unit: rate\n    per: 1000\n").replace(
        'title: "Number of visits"', 'title: "Visits per 1,000 homes"'
    )
    assert "Visits per 1,000 homes" in definition
    facts = facts_for(make_report(tmp_path, definition=definition), "TS2")
    assert "Visits per 1,000 homes, Q1 23/24" in alt_text(facts, WORDS)
    table = str(summary_section([type("C", (), {"facts": facts})()]).blocks[2])
    assert "Visits per 1,000 homes" in table and "(per 1,000)" not in table


@pytest.mark.parametrize(
    ("unit", "extra", "words"),
    [
        ("count", "", "number"),
        ("rate", "", "per 100,000"),
        ("gbp", "", "£"),
        ("gbp", "    per: week\n", "£ a week"),
        ("gbp", "    per: tonne\n", "£ per tonne"),
        ("rate", '    per: "100,000 collections"\n', "per 100,000 collections"),
        ("minutes", "", "minutes:seconds"),
        ("days", "", "days"),
        ("count", '    axis_label: "people"\n', "people"),
    ],
)
def test_every_chart_names_its_unit_on_the_value_axis(
    tmp_path: Path, unit: str, extra: str, words: str
) -> None:
    from generator.charts import draw
    from generator.content.chart_spec import chart_spec
    from tests.charts.figure_text import drawn_text

    definition = DEFINITION.replace("    unit: count\n", f"    unit: {unit}\n{extra}")
    inputs = load_inputs(make_report(tmp_path, definition=definition), "2024/25 Q2")
    facts = next(f for f in inputs.facts if f.indicator.id == "TS2")
    figure = draw(chart_spec(facts, inputs.style))
    assert [p.text for p in drawn_text(figure) if p.gid == "axis-unit"] == [words]
    percent = next(f for f in inputs.facts if f.indicator.id == "TS1")
    figure = draw(chart_spec(percent, inputs.style))
    assert [p.text for p in drawn_text(figure) if p.gid == "axis-unit"] == ["%"]


def test_per_on_a_unit_that_is_not_a_rate_is_refused(tmp_path: Path) -> None:
    from generator.core.errors import InputError

    definition = DEFINITION.replace("    unit: count\n", "    unit: count\n    per: 1000\n")
    with pytest.raises(InputError, match="'per' is set but the unit is count"):
        load_inputs(make_report(tmp_path, definition=definition), "2024/25 Q2")


def test_stacked_bars_are_named_by_fill_and_hatch_not_by_line_and_marker(tmp_path: Path) -> None:
    """A reader of a stacked bar chart's notes was told of lines with circles it has not got."""
    definition = DEFINITION.replace(
        "    kind: activity\n    unit: count\n",
        "    kind: activity\n    unit: count\n    chart: stacked\n",
    )
    assert definition != DEFINITION
    facts = facts_for(make_report(tmp_path, definition=definition), "TS2")
    assert facts.indicator.chart == "stacked"
    notes = technical_notes(facts, WORDS)
    assert "Blue bars, plain – visits booked." in notes
    assert "Orange bars with diagonal hatching – visits made." in notes
    assert not any("line with" in line for line in notes)


@pytest.mark.parametrize(
    ("floor", "said", "legend"),
    [
        (70, "the shaded band between them is the AMBER range.", True),
        (80, "the two are the same, so there is no AMBER range (GREEN or RED only).", False),
    ],
)
def test_a_kpi_whose_floor_is_its_target_is_said_to_have_no_amber_range(
    tmp_path: Path, floor: int, said: str, legend: bool
) -> None:
    """A tracker with targets but no thresholds (init writes floor = target): neither the
    notes nor the chart's legend name an AMBER range that is not there."""
    from generator.charts import draw
    from generator.content.chart_spec import chart_spec
    from tests.charts.figure_text import drawn_text

    root = make_report(tmp_path, definition=DEFINITION.replace("floor: 70", f"floor: {floor}"))
    inputs = load_inputs(root, "2024/25 Q2")
    facts = next(f for f in inputs.facts if f.indicator.id == "TS1")
    assert technical_notes(facts, WORDS)[0].endswith(said)
    texts = [p.text for p in drawn_text(draw(chart_spec(facts, inputs.style)))]
    assert ("AMBER range: floor to target" in texts) == legend
    assert "Target" in texts
