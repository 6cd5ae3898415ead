"""Bounded work for any input (issue 22): a hostile report folder is refused with one
message naming the file and the limit, before the work it asks for is done.

YAML: an alias bomb is refused before it expands, nesting is limited, a key given
twice is refused with both lines, a control character with its line and code, and
no message prints more than the first characters of a value. Zip packages (a Word
template, an Excel workbook): every member's inflated size is limited, whatever the
zip declares, and XML that declares a DTD or an entity is refused. Each bomb here is
small enough to run fast with the limit: its refusal reads no more than the limit.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.core.errors import InputError
from generator.read import yaml_text
from generator.read.definitions import load_report
from generator.read.style import load_style
from tests.report_folder import DEFINITION, make_report

HOUSE = Path(__file__).resolve().parents[1] / "styles" / "house.yaml"
TITLE = 'title: "Appendix 1: Test Services Key Performance Indicators"\n'


def _definition(tmp_path: Path, old: str, new: str) -> Path:
    assert old in DEFINITION, old
    root = make_report(tmp_path, definition=DEFINITION.replace(old, new, 1))
    return root / "data" / "report.yaml"


def _refusal(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        load_report(path)
    return caught.value.message()


def _style_refusal(tmp_path: Path, old: str, new: str) -> str:
    text = HOUSE.read_text(encoding="utf-8")
    assert old in text, old
    path = tmp_path / "house.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_style(path)
    return caught.value.message()


def _in_bounded_process(code: str, memory: int = 1 << 30, seconds: float = 60) -> str:
    """What `code` prints, run in a new process limited to `memory` bytes of address
    space: a bomb that escapes its limit fails here, not on the machine."""
    limit = f"import resource\nresource.setrlimit(resource.RLIMIT_AS, ({memory}, {memory}))\n"
    done = subprocess.run(
        [sys.executable, "-c", limit + "from pathlib import Path\n" + code],
        capture_output=True,
        text=True,
        timeout=seconds,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _bomb(levels: int) -> str:
    """A flow list whose last item stands for 10 ** (levels + 1) strings."""
    items = ["&a0 [" + ", ".join(["lol"] * 10) + "]"]
    for level in range(1, levels + 1):
        items.append(f"&a{level} [" + ", ".join([f"*a{level - 1}"] * 10) + "]")
    return "[" + ", ".join(items) + "]"


# ---------------------------------------------------------------- YAML


def test_an_alias_bomb_in_a_title_is_refused_before_it_expands(tmp_path: Path) -> None:
    path = _definition(tmp_path, TITLE, f"title: {_bomb(5)}\n")
    assert _refusal(path) == (
        f"{path}, line 1: the aliases (*name) here stand for more than 100,000 values. "
        "Write the values out: a definition needs few aliases, if any"
    )


def test_an_alias_bomb_is_refused_in_bounded_time_and_memory(tmp_path: Path) -> None:
    """Ten levels stand for 10 ** 11 strings: refused after counting 100,000 of them,
    in a process allowed 1 GB of address space and 60 seconds."""
    path = _definition(tmp_path, TITLE, f"title: {_bomb(10)}\n")
    said = _in_bounded_process(
        "from generator.read.definitions import load_report\n"
        "from generator.core.errors import InputError\n"
        f"try:\n    load_report(Path({str(path)!r}))\n"
        "except InputError as error:\n    print(error.message())\n"
    )
    assert "stand for more than 100,000 values" in said


def test_an_alias_that_refers_to_its_own_value_is_refused(tmp_path: Path) -> None:
    path = _definition(tmp_path, TITLE, "title: &loop [a, *loop]\n")
    assert _refusal(path) == (
        f"{path}, line 1: an alias (*name) here stands for the value it is part of. "
        "Write the values out: a definition needs few aliases, if any"
    )


def test_aliases_that_stand_for_a_few_values_are_read(tmp_path: Path) -> None:
    old = '        series: [{id: value, label: "requests answered within 10 days"}]\n'
    new = '        series: &one [{id: value, label: "requests answered within 10 days"}]\n'
    path = _definition(tmp_path, old, new)
    assert load_report(path).indicators[0].years[0].series[0].id == "value"


def test_values_nested_too_deep_are_refused(tmp_path: Path) -> None:
    notes = '        notes: ["Corporate Risk Register: CRR0001"]\n'
    path = _definition(tmp_path, notes, "        notes: " + "[" * 40 + "]" * 40 + "\n")
    assert _refusal(path) == (
        f"{path}, line 21: the values are nested more than 32 levels deep. "
        "Use as few levels as the sample definition does"
    )


def test_nesting_near_the_parsers_own_limit_is_refused_not_a_crash(tmp_path: Path) -> None:
    notes = '        notes: ["Corporate Risk Register: CRR0001"]\n'
    path = _definition(tmp_path, notes, "        notes: " + "[" * 990 + "]" * 990 + "\n")
    assert "nested more than 32 levels deep" in _refusal(path)


def test_a_key_given_twice_is_refused_with_both_lines(tmp_path: Path) -> None:
    path = _definition(tmp_path, "        target: 80\n", "        target: 90\n        target: 95\n")
    assert _refusal(path) == (
        f"{path}, line 19: 'target' is given twice (lines 18 and 19). Keep one of them"
    )


def test_a_key_given_twice_at_the_top_is_refused(tmp_path: Path) -> None:
    path = _definition(tmp_path, TITLE, TITLE + 'title: "Another"\n')
    assert _refusal(path) == (
        f"{path}, line 2: 'title' is given twice (lines 1 and 2). Keep one of them"
    )


def test_a_key_merged_in_and_then_given_is_not_given_twice(tmp_path: Path) -> None:
    old = '      "2023/24":\n        target: 80\n        floor: 70\n'
    new = '      "2023/24":\n        <<: {target: 75, floor: 70}\n        target: 80\n'
    path = _definition(tmp_path, old, new)
    assert load_report(path).indicators[0].years[0].target == 80


def test_a_control_character_in_a_title_is_refused_with_its_line_and_code(
    tmp_path: Path,
) -> None:
    path = _definition(
        tmp_path, "Share of requests", "Share\\vof requests"
    )  # the YAML escape \v: a vertical tab
    assert _refusal(path) == (
        f"{path}, line 11: a value holds a control character (U+000B), which no document "
        "can show. Delete it (in double quotes, an escape such as \\v writes one)"
    )


@pytest.mark.parametrize("escape", ["\\e", "\\0", "\\x7f", "\\x85", "\\r"])
def test_each_control_character_is_refused(tmp_path: Path, escape: str) -> None:
    path = _definition(tmp_path, "Number of visits", f"Number{escape} of visits")
    assert "a value holds a control character (U+" in _refusal(path)


def test_a_tab_and_a_line_break_in_a_value_are_read(tmp_path: Path) -> None:
    path = _definition(tmp_path, "Number of visits", "Number\\tof\\nvisits")
    assert load_report(path).indicators[1].title == "Number\tof\nvisits"


def test_a_control_character_in_the_house_style_is_refused(tmp_path: Path) -> None:
    message = _style_refusal(tmp_path, 'family: "DejaVu Sans"', 'family: "DejaVu\\eSans"')
    assert message == (
        f"{tmp_path / 'house.yaml'}: not valid YAML: line 7: a value holds a control "
        "character (U+001B), which no document can show. Delete it (in double quotes, an "
        "escape such as \\v writes one)"
    )


def test_a_key_given_twice_in_the_house_style_is_refused(tmp_path: Path) -> None:
    message = _style_refusal(
        tmp_path, '  family: "DejaVu Sans"\n', '  family: "DejaVu Sans"\n  family: "Arial"\n'
    )
    assert message == (
        f"{tmp_path / 'house.yaml'}: not valid YAML: line 8: 'family' is given twice "
        "(lines 7 and 8). Keep one of them"
    )


def test_an_alias_bomb_in_the_house_style_is_refused(tmp_path: Path) -> None:
    message = _style_refusal(tmp_path, "sizes:\n", f"bomb: {_bomb(8)}\nsizes:\n")
    assert message == (
        f"{tmp_path / 'house.yaml'}: not valid YAML: line 17: the aliases (*name) here stand "
        "for more than 100,000 values. Write the values out: a definition needs few "
        "aliases, if any"
    )


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "chart_quarters: 8",
            "chart_quarters: " + "9" * 1000,
            ": 'chart_quarters' is " + "9" * 60 + "…. Use a whole number from 2 to 40",
        ),
        (
            "chart_quarters: 8",
            "chart_quarters: " + "x" * 5000,
            ": 'chart_quarters' is '" + "x" * 59 + "…. Use a whole number from 2 to 40",
        ),
        (
            "    kind: kpi\n",
            "    kind: [" + ", ".join(["kpi"] * 5000) + "]\n",
            ": 'kind' is ['kpi', 'kpi', 'kpi', 'kpi', 'kpi', 'kpi', ...] (indicator TS1). "
            "Use one of: kpi, activity",
        ),
        (
            "        target: 80\n",
            "        target: " + "e" * 3000 + "\n",
            ", years: 2023/24: 'target' must be a number, not '"
            + "e" * 59
            + "… (indicator TS1). Write target as a plain number, e.g. 85",
        ),
        (
            '    title: "Number of visits"\n',
            "    title: {" + ", ".join(f"k{n}: {n}" for n in range(3000)) + "}\n",
            ": 'title' must be text, not {'k0': 0, 'k1': 1, 'k2': 2, 'k3': 3, 'k4': 4, 'k5': 5, "
            "...} (indicator TS2). Write title as quoted text",
        ),
        (
            "  - id: TS2\n",
            "  - id: " + "Q" * 4000 + "\n",
            ", indicator 2: indicator id '"
            + "Q" * 60
            + "…' is not the prefix 'TS' followed by letters or digits. Use an id such as TS1",
        ),
    ],
)
def test_a_message_shows_only_the_first_characters_of_a_value(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    path = _definition(tmp_path, old, new)
    assert _refusal(path) == f"{path}{message}"


def test_a_number_too_long_to_read_is_refused(tmp_path: Path) -> None:
    path = _definition(tmp_path, "chart_quarters: 8", "chart_quarters: " + "9" * 5000)
    assert _refusal(path) == (
        f"{path}, line 6: a number has more than 4,000 digits. Write it with fewer digits"
    )


def test_the_sample_definition_is_read_with_the_limits(repo_root: Path) -> None:
    """The limits leave room: the sample is far inside each."""
    text = (repo_root / "data" / "report.yaml").read_text(encoding="utf-8")
    assert yaml_text.parse_yaml(text) == yaml_text.parse_yaml(text.replace("\n", "\r\n"))
