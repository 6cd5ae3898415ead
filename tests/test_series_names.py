"""Series are named as the data names them: any text, matched ignoring case and spaces."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.content.inputs import load_inputs
from generator.content.placeholders import placeholder_values
from generator.core.errors import InputError
from generator.core.periods import Quarter
from generator.read.data import load_data
from generator.read.definitions import load_report, series_match_key, series_slug
from tests.report_folder import DEFINITION, data_csv, make_report

NAMED = DEFINITION.replace("{id: booked,", '{id: "Visits booked",').replace(
    "{id: made,", '{id: "Visits made (in person)",'
)


@pytest.mark.parametrize(
    ("text", "key", "slug"),
    [
        ("received", "received", "received"),
        ("completed_on_time", "completed_on_time", "completed_on_time"),
        ("Opened", "opened", "opened"),
        (
            "EHCPs issued within 20 weeks",
            "ehcps issued within 20 weeks",
            "ehcps_issued_within_20_weeks",
        ),
        ("  Visits   made (in person) ", "visits made (in person)", "visits_made_in_person"),
        ("Cost £/week", "cost £/week", "cost_week"),
    ],
)
def test_match_keys_and_placeholder_names(text: str, key: str, slug: str) -> None:
    assert series_match_key(text) == key
    assert series_slug(text) == slug


def _named_data() -> str:
    return (
        data_csv()
        .replace(",booked,", ",VISITS  BOOKED,")
        .replace(",made,", ",visits made (in person),")
    )


def test_data_names_a_series_in_its_own_words(tmp_path: Path) -> None:
    root = make_report(
        tmp_path,
        definition=NAMED,
        data=_named_data(),
        commentary={"TS2": "Made: {{ series.visits_made_in_person.latest }}.\n"},
    )
    inputs = load_inputs(root, None)
    observation = inputs.dataset.value("TS2", "Visits made (in person)", Quarter(2024, 2))
    assert observation is not None and observation.value == 1200
    facts = next(f for f in inputs.facts if f.indicator.id == "TS2")
    assert placeholder_values(facts)["series"]["visits_made_in_person"]["latest"] == "1,200"


def test_an_unknown_series_hint_says_how_it_is_matched(tmp_path: Path) -> None:
    root = make_report(
        tmp_path, definition=NAMED, data=_named_data().replace("VISITS  BOOKED", "Visits bookd")
    )
    with pytest.raises(InputError) as caught:
        load_data(load_report(root / "data" / "report.yaml"))
    text = caught.value.message()
    assert "unknown series 'Visits bookd'" in text
    assert "case and spaces do not matter" in text and "Visits booked" in text


def test_two_series_that_match_the_same_text_are_refused(tmp_path: Path) -> None:
    text = DEFINITION.replace("{id: made,", '{id: "BOOKED",')
    with pytest.raises(InputError, match="two series share an id"):
        load_report(make_report(tmp_path, definition=text) / "data" / "report.yaml")
