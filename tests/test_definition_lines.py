"""A mistake in the report definition is reported at the line that is wrong: an
unclosed quote where it was opened (not where YAML noticed, lines later), and a
value that contradicts another at the line that gives it."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.core.errors import InputError
from generator.read.definition_lines import field_line
from generator.read.definitions import load_report
from generator.read.yaml_parse import parse_yaml
from generator.read.yaml_text import YAMLSyntaxError
from tests.report_folder import DEFINITION, ROOT, make_report


@pytest.mark.parametrize(
    ("text", "line", "says"),
    [
        # a double quote left open: YAML reads on to the next quote, lines later
        ('a: 1\nb: "open\nc: 2\nd: "x"\ne: 3\n', 2, "opened on this line is not closed"),
        # a single quote left open
        ("a: 1\nb: 'open\nc: 2\nd: 'x'\ne: 3\n", 2, "opened on this line is not closed"),
        # left open to the end of the file
        ('a: 1\nb: "open\nc: 2\n', 2, "opened on this line is not closed"),
        # a quoted value over two lines is YAML: the mistake after it is its own line's
        ('a: "one\n  two" x\nb: 1\n', 2, "did not find expected key"),
        ('a: "one\n  two"\nb: [1\n', 4, "did not find expected"),
        # an apostrophe inside a value opens nothing
        ("a: Children's services\nb: [1\n", 3, "did not find expected"),
    ],
)
def test_a_syntax_error_names_the_line_that_is_wrong(text: str, line: int, says: str) -> None:
    with pytest.raises(YAMLSyntaxError) as raised:
        parse_yaml(text)
    assert raised.value.problem_mark.line + 1 == line
    assert says in str(raised.value)


def test_an_unclosed_quote_in_the_sample_definition_is_reported_where_it_opens(
    tmp_path: Path,
) -> None:
    lines = (ROOT / "data" / "report.yaml").read_text(encoding="utf-8").splitlines(True)
    assert lines[19].rstrip().endswith('3 months"')
    lines[19] = lines[19].replace('3 months"', "3 months")  # line 20: its quote left open
    path = tmp_path / "report.yaml"
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_report(path)
    assert raised.value.where == "line 20"
    assert "read on to line 27" in raised.value.message()


ITEMS = """\
indicators:
  - id: A1
    kind: kpi
    years:
      "2023/24":
        target: 80
        floor: 70
      "2024/25":
        target: 85
  - title: "Second"
    id: 'A2'
    years:
      2024/25:
        target: 5   # lower is better
        upper_threshold: 4
"""


@pytest.mark.parametrize(
    ("indicator", "year", "field", "line"),
    [
        ("A1", "2023/24", "floor", 7),
        ("A1", "2024/25", "target", 9),
        ("A1", "2024/25", "floor", 7),  # carried on from the year before
        ("A2", "2024/25", "upper_threshold", 15),  # id not first, quoted; year bare
        ("A2", "2024/25", "floor", None),  # not given
        ("A3", "2024/25", "target", None),  # no such indicator
        ("A1", "2025/26", "target", None),  # no such year
    ],
)
def test_the_line_giving_a_field(indicator: str, year: str, field: str, line: int | None) -> None:
    assert field_line(ITEMS, indicator, year, field) == line


@pytest.mark.parametrize(
    ("old", "new", "line", "says"),
    [
        ("floor: 70", "floor: 95", 19, "the floor (95) is above the target (80)"),
        ("target: 80", "target: 65", 19, "the floor (70) is above the target (65)"),
    ],
)
def test_a_definition_that_contradicts_itself_names_its_line(
    tmp_path: Path, old: str, new: str, line: int, says: str
) -> None:
    root = make_report(tmp_path / "report", definition=DEFINITION.replace(old, new))
    with pytest.raises(InputError) as raised:
        load_report(root / "data" / "report.yaml")
    assert raised.value.where == f"line {line}"
    assert says in raised.value.problem
    assert DEFINITION.replace(old, new).splitlines()[line - 1].strip().startswith("floor:")
