"""The house style: read as data, and every mistake named with its field and fix."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.core.errors import InputError
from generator.read.style import load_style

HOUSE = Path(__file__).resolve().parents[1] / "styles" / "house.yaml"


def _edited(tmp_path: Path, old: str, new: str) -> Path:
    text = HOUSE.read_text(encoding="utf-8")
    assert old in text, old
    path = tmp_path / "house.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_the_sample_style_gives_each_series_its_own_look() -> None:
    style = load_style(HOUSE)
    for field in ("colour", "marker", "line", "hatch"):
        values = [getattr(series, field) for series in style.series]
        assert len(set(values)) == len(values), field
    assert style.chart.dpi >= 200


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ('colour: "#12436D", marker', 'colour: "navy", marker', ["series Blue", "#12436D"]),
        ('line: "dashed"', 'line: "wavy"', ["series Orange has line 'wavy'", "dotted"]),
        ('marker: "^"', 'marker: "?"', ["series Grey has marker '?'"]),
        ('hatch: "xx"', 'hatch: "zz"', ["series Turquoise has hatch 'zz'", "//"]),
        ('hatch: "xx"', 'hatch: ".."', ["two series have the same hatch"]),
        ("chart_text: 9", "", ["sizes.chart_text is missing", "in points"]),
        (
            "chart_text: 9",
            "chart_txt: 9",
            ["unknown field 'sizes.chart_txt'", "chart_text, footer"],
        ),
        ("page:", "templat: council.dotx\npage:", ["unknown field 'templat'", "series, sizes"]),
        ("  grid:", "  gird: '#DDDDDD'\n  grid:", ["unknown field 'chart.gird'", "dpi, grid"]),
        ("GREEN: { fill:", "GREEN: { fil: '#00703C', fill:", ["'rag.GREEN.fil'", "fill, text"]),
        ('marker: "^"', 'markr: "x", marker: "^"', ["unknown field 'series[2].markr'"]),
        ("page:", "template: council.dotx\npage:", ["template 'council.dotx'", ".docx or .dotx"]),
        (
            'regular: "matplotlib:DejaVuSans.ttf"',
            'regular: "fonts/missing.ttf"',
            ["font file for 'regular' not found"],
        ),
        ("  dpi: 200", "  dpi: 2000", ["chart.dpi 72 to 600"]),
    ],
)
def test_a_mistake_is_named_with_its_field(
    tmp_path: Path, old: str, new: str, said: list[str]
) -> None:
    with pytest.raises(InputError) as caught:
        load_style(_edited(tmp_path, old, new))
    message = caught.value.message()
    assert "house.yaml" in message
    for part in said:
        assert part in message, (part, message)


def test_a_style_without_a_threshold_line_still_loads_with_the_default(tmp_path: Path) -> None:
    path = _edited(tmp_path, '  threshold: { colour: "#505A5F", line: "dashed", width: 1.2 }\n', "")
    chart = load_style(path).chart
    assert (chart.threshold_colour, chart.threshold_line, chart.threshold_width) == (
        "#505A5F",
        "dashed",
        1.2,
    )


def test_a_threshold_line_style_that_is_not_a_line_is_refused(tmp_path: Path) -> None:
    path = _edited(tmp_path, 'line: "dashed", width: 1.2 }', 'line: "wavy", width: 1.2 }')
    with pytest.raises(InputError, match=r"chart\.threshold has line 'wavy'"):
        load_style(path)


def test_a_style_without_a_least_chart_height_still_loads_with_the_default(tmp_path: Path) -> None:
    path = _edited(tmp_path, "  min_height_mm: 60\n", "")
    assert load_style(path).chart.min_height_mm == 60.0
    lower = _edited(tmp_path, "  min_height_mm: 60\n", "  min_height_mm: 50\n")
    assert load_style(lower).chart.min_height_mm == 50.0


def test_a_least_chart_height_above_the_chart_height_is_refused(tmp_path: Path) -> None:
    path = _edited(tmp_path, "  min_height_mm: 60\n", "  min_height_mm: 90\n")
    with pytest.raises(InputError, match=r"chart\.min_height_mm is 90"):
        load_style(path)


@pytest.mark.parametrize(
    ("line", "prefix"),
    [
        ("", ""),
        ('page_label_prefix: "A1-"\n', "A1-"),
        ("page_label_prefix: 'Appendix 2, p. '\n", "Appendix 2, p. "),
        ("page_label_prefix:\n", ""),
    ],
)
def test_the_page_label_prefix_is_read_as_written(tmp_path: Path, line: str, prefix: str) -> None:
    assert load_style(_edited(tmp_path, "page:", line + "page:")).page_label_prefix == prefix


@pytest.mark.parametrize("value", ["3", '"   "', '"A1-\\n"', "[A, 1]", "{ prefix: A1- }", "true"])
def test_a_page_label_prefix_that_is_not_a_label_is_refused(tmp_path: Path, value: str) -> None:
    path = _edited(tmp_path, "page:", f"page_label_prefix: {value}\npage:")
    with pytest.raises(InputError) as caught:
        load_style(path)
    message = caught.value.message()
    assert "page_label_prefix is" in message and 'page_label_prefix: "A1-"' in message


@pytest.mark.parametrize(
    ("comparators", "expected"),
    [
        (
            '  - { name: "Pink", colour: "#801650", marker: "o", line: "dashdot" }\n',
            "comparator Pink is drawn with the first series' marker",
        ),
        (
            '  - { name: "Pink", colour: "#801650", marker: "D", line: "solid" }\n',
            "comparator Pink is drawn with the first series' line",
        ),
        (
            '  - { name: "Pink", colour: "#801650", marker: "D", line: "dashdot" }\n' * 3,
            "two comparators are drawn with the same line and marker",
        ),
        (
            '  - { name: "Pink", colour: "#801650", marker: "D", line: "dashdot" }\n',
            "the style needs 3 comparator lines",
        ),
        (
            '  - { name: "Pink", colour: "pink", marker: "D", line: "dashdot" }\n',
            "comparator Pink is 'pink', not a colour",
        ),
    ],
)
def test_comparators_must_differ_from_the_councils_line_by_more_than_colour(
    tmp_path: Path, comparators: str, expected: str
) -> None:
    text = HOUSE.read_text(encoding="utf-8")
    start = text.index("comparators:\n")
    end = text.index("\n\n", start)
    path = tmp_path / "house.yaml"
    path.write_text(text[:start] + "comparators:\n" + comparators + text[end:], encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(expected)):
        load_style(path)


def test_a_style_without_comparators_draws_them_in_the_default_lines(tmp_path: Path) -> None:
    text = HOUSE.read_text(encoding="utf-8")
    start = text.index("comparators:\n")
    end = text.index("\n\n", start)
    path = tmp_path / "house.yaml"
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    assert load_style(path).comparators == load_style(HOUSE).comparators
    # the default lines are those of the house style `appendix init` writes, one source
    from generator.read.style import HOUSE_TEMPLATE

    written = load_style(HOUSE_TEMPLATE).comparators
    assert load_style(path).comparators == written
    assert [(c.name, c.colour, c.marker, c.line) for c in written] == [
        ("Dark pink", "#801650", "D", "dashdot"),
        ("Turquoise", "#28A197", "s", "dashed"),
        ("Orange", "#F46A25", "^", "dotted"),
    ]
