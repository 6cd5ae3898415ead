"""A house style that asks for text too small or too faint to read: one warning per
setting at build, a finding under `appendix check` and `build --strict`."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.look.accessible import (
    contrast_problem,
    icon_problem,
    size_problem,
    style_problems,
)
from generator.read.style import contrast_ratio, load_style
from generator.run.build import BuildOptions, build
from tests.report_folder import make_report
from tests.test_cli import run


@pytest.mark.parametrize(
    ("a", "b", "ratio"),
    [
        ("#000000", "#FFFFFF", 21.0),
        ("#FFFFFF", "#FFFFFF", 1.0),
        ("#FFFFFF", "#000000", 21.0),  # either way round
        ("#767676", "#FFFFFF", 4.54),  # the lightest grey that reaches 4.5:1 on white
        ("#777777", "#FFFFFF", 4.48),
        ("#FF0000", "#FFFFFF", 4.0),
    ],
)
def test_contrast_is_the_wcag_ratio(a: str, b: str, ratio: float) -> None:
    assert contrast_ratio(a, b) == pytest.approx(ratio, abs=0.01)


@pytest.mark.parametrize(
    ("setting", "size", "body", "warned"),
    [
        ("sizes.body", 11, True, None),
        ("sizes.body", 10.5, True, "sizes.body: body text at 10.5 pt is under 11 pt"),
        ("sizes.body", 8, True, "sizes.body: body text at 8 pt is under 11 pt"),
        ("sizes.table", 9, False, None),
        ("sizes.table", 8, False, "sizes.table: text at 8 pt is under 9 pt"),
        ("sizes.footer", 10, False, None),  # only the body text need reach 11 pt
        ("sizes.chart_text", 7, False, "sizes.chart_text: text at 7 pt is under 9 pt"),
    ],
)
def test_text_under_its_least_size_is_named(
    setting: str, size: float, body: bool, warned: str | None
) -> None:
    problem = size_problem(setting, size, body)
    if warned is None:
        assert problem is None
    else:
        assert problem is not None and problem.message().startswith(warned)


@pytest.mark.parametrize(
    ("colour", "backgrounds", "warned"),
    [
        ("#0B0C0C", {"the page": "#FFFFFF"}, None),
        ("#767676", {"the page": "#FFFFFF"}, None),
        (
            "#777777",
            {"the page": "#FFFFFF"},
            "text in #777777 on the page (#FFFFFF) has a contrast of 4.48:1",
        ),
        # the faintest of its backgrounds is named
        (
            "#6F6F6F",
            {"the page": "#FFFFFF", "colours.notes_background": "#E0E0E0"},
            "text in #6F6F6F on colours.notes_background (#E0E0E0)",
        ),
        ("#FFFFFF", {"rag.AMBER.fill": "#FFBF47"}, "text in #FFFFFF on rag.AMBER.fill"),
    ],
)
def test_text_colours_under_4_5_to_1_are_named(
    colour: str, backgrounds: dict[str, str], warned: str | None
) -> None:
    problem = contrast_problem("colours.text", colour, backgrounds)
    if warned is None:
        assert problem is None
    else:
        assert problem is not None and warned in problem.says


@pytest.mark.parametrize(
    ("colour", "warned"),
    [
        ("#12436D", None),
        ("#949494", None),  # 3.03:1 on white, just
        ("#969696", "icons in #969696 on the page (#FFFFFF) have a contrast of 2.96:1"),
        ("#FFBF47", "icons in #FFBF47 on the page (#FFFFFF) have a contrast of 1.64:1"),
    ],
)
def test_spc_icon_colours_under_3_to_1_are_named(colour: str, warned: str | None) -> None:
    problem = icon_problem("improving", colour)
    if warned is None:
        assert problem is None
    else:
        assert problem is not None and warned in problem.says
        assert problem.setting == "chart.spc_icons.improving"


@pytest.mark.parametrize("style", ["styles/house.yaml", "generator/templates/house.yaml"])
def test_the_samples_and_the_starter_styles_are_readable(repo_root: Path, style: str) -> None:
    assert style_problems(load_style(repo_root / style)) == []


def _unreadable(root: Path) -> Path:
    """A report whose house style sets 8 pt tables, 10 pt body text, a pale link and
    white text on the amber fill."""
    make_report(root)
    style = root / "styles" / "house.yaml"
    text = style.read_text(encoding="utf-8")
    for old, new in [
        ("  body: 11\n", "  body: 10\n"),
        ("  table: 9\n", "  table: 8\n"),
        ('link: "#1D70B8"', 'link: "#8DB3D9"'),
        (
            'AMBER: { fill: "#FFBF47", text: "#0B0C0C" }',
            'AMBER: { fill: "#FFBF47", text: "#FFFFFF" }',
        ),
    ]:
        assert old in text
        text = text.replace(old, new)
    style.write_text(text, encoding="utf-8")
    return root


WARNED = [
    "styles/house.yaml: sizes.body: body text at 10 pt is under 11 pt",
    "styles/house.yaml: sizes.table: text at 8 pt is under 9 pt",
    "styles/house.yaml: colours.link: text in #8DB3D9 on the page (#FFFFFF)",
    "styles/house.yaml: rag.AMBER.text: text in #FFFFFF on rag.AMBER.fill (#FFBF47)",
]


def test_a_build_warns_once_per_unreadable_setting_and_still_builds(tmp_path: Path) -> None:
    root = _unreadable(tmp_path / "report")
    result = build(BuildOptions(root=root, formats=("html",), out=root / "output"))
    assert result.written
    said = [w for w in result.warnings if w.startswith("styles/house.yaml")]
    assert len(said) == len(WARNED)
    for warning, wanted in zip(said, WARNED, strict=True):
        assert warning.startswith(wanted), warning


def test_a_readable_style_gives_no_warning(tmp_path: Path) -> None:
    root = make_report(tmp_path / "report")
    result = build(BuildOptions(root=root, formats=("html",), out=root / "output"))
    assert not [w for w in result.warnings if "house.yaml" in w]


def test_strict_refuses_and_check_lists_each_setting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _unreadable(tmp_path / "report")
    code, out, err = run(["build", "--strict", "--format", "html"], root, monkeypatch, capsys)
    assert code == 1
    assert "not built:" in err
    for wanted in WARNED:
        assert wanted in " ".join(err.split()), wanted
    assert not (root / "output").exists() or not list((root / "output").glob("*.html"))
    code, out, _ = run(["check"], root, monkeypatch, capsys)
    assert code == 1
    for wanted in WARNED:
        assert wanted in " ".join(out.split()), wanted
