"""The Making Data Count icons: which one each SPC view shows, how each is drawn (in
the house style's colours, distinct by letter and shape as well as colour), and that
every edition carries each beside its words, with its words as its text alternative."""

from __future__ import annotations

import html
import io
import re
import zipfile
from dataclasses import replace
from itertools import combinations
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from generator.charts import render
from generator.content.assemble import SpcContent, spc_block
from generator.content.icon_spec import IconSpec, assurance_icon_spec, variation_icon_spec
from generator.content.inputs import load_inputs
from generator.content.spc_view import spc_view
from generator.core.messages import load_messages
from generator.core.model import IconLine
from generator.core.spc import assurance, assurance_icon, spc, variation_icon
from generator.core.vocabulary import ASSURANCE_ICONS, VARIATION_ICONS
from generator.read.style import load_style
from tests.report_folder import DEFINITION, make_report
from tests.test_cli import run

HOUSE = Path(__file__).resolve().parents[1] / "styles" / "house.yaml"
OUT = Path("output")
STEM = "ts-appendix-2024-25-Q2"

# Thirteen figures alternating 10 and 12 (moving ranges of 2), then a last figure. Its
# moving range (11 or 9) is screened out of the limits (above 3.267 × their mean), so
# the limits are the mean ± 5.32: 21 is beyond the upper (mean 163/14 = 11.6, upper
# limit 17.0), 1 beyond the lower (mean 143/14 = 10.2, lower limit 4.9), and a last 12
# leaves every point common cause (mean 11.0, limits 5.68 to 16.32).
STEADY = [10, 12] * 6 + [10]
HIGH, LOW, LEVEL = [*STEADY, 21], [*STEADY, 1], [*STEADY, 12]


@pytest.mark.parametrize(
    ("figures", "polarity", "target", "expected_variation", "expected_assurance"),
    [
        # special cause on the high side: improving where higher is better
        (HIGH, "higher", None, "improving_high", None),
        (HIGH, "lower", None, "concerning_high", None),
        (HIGH, "neutral", None, "higher", None),
        # on the low side: improving where lower is better
        (LOW, "lower", None, "improving_low", None),
        (LOW, "higher", None, "concerning_low", None),
        (LOW, "neutral", None, "lower", None),
        # common cause, and the assurance against a target (limits 5.7 to 16.3)
        (LEVEL, "higher", None, "common", None),
        (LEVEL, "higher", 5.0, "common", "passing"),
        (LEVEL, "higher", 20.0, "common", "failing"),
        (LEVEL, "higher", 11.0, "common", "hit_and_miss"),
        (LEVEL, "lower", 20.0, "common", "passing"),
        (LEVEL, "lower", 5.0, "common", "failing"),
        (LEVEL, "lower", 16.0, "common", "hit_and_miss"),
        # a measure with no better way has no assurance, target or not
        (LEVEL, "neutral", 11.0, "common", None),
    ],
)
def test_each_case_shows_its_icon(
    figures: list[float],
    polarity: str,
    target: float | None,
    expected_variation: str,
    expected_assurance: str | None,
) -> None:
    result = spc(figures, polarity)  # type: ignore[arg-type]
    assert result.latest is not None
    assert variation_icon(result.latest, polarity) == expected_variation  # type: ignore[arg-type]
    sure = assurance(result.runs[-1], target, polarity)  # type: ignore[arg-type]
    assert (None if sure is None else assurance_icon(sure)) == expected_assurance


def _specs(style_path: Path = HOUSE) -> dict[str, IconSpec]:
    style = load_style(style_path)
    specs = {kind: variation_icon_spec(kind, style) for kind in VARIATION_ICONS}
    return specs | {kind: assurance_icon_spec(kind, style) for kind in ASSURANCE_ICONS}


def test_every_icon_differs_from_every_other_by_more_than_colour() -> None:
    specs = _specs()
    for a, b in combinations(specs.values(), 2):
        shape = lambda s: (s.letter, s.drawing, s.marker, s.hollow)  # noqa: E731
        assert shape(a) != shape(b), (a.kind, b.kind)
    assert [specs[k].letter for k in ("improving_high", "concerning_low", "passing")] == [
        "H",
        "L",
        "P",
    ]
    assert (specs["failing"].letter, specs["hit_and_miss"].letter, specs["common"].letter) == (
        "F",
        "?",
        "",
    )


def test_icons_take_the_house_styles_colours(tmp_path: Path) -> None:
    style = load_style(HOUSE)
    specs = _specs()
    # by default the SPC chart's point colours: improving the first series, concerning
    # the second, common cause the third, a measure with no better way the fourth
    assert specs["improving_high"].colour == specs["passing"].colour == style.series[0].colour
    assert specs["concerning_low"].colour == specs["failing"].colour == style.series[1].colour
    assert specs["common"].colour == specs["hit_and_miss"].colour == style.series[2].colour
    assert specs["higher"].colour == style.series[3].colour
    assert specs["common"].size_mm == 10
    # a style may set them, and the size
    text = HOUSE.read_text(encoding="utf-8").replace(
        '  grid: "#DDDDDD"\n',
        '  grid: "#DDDDDD"\n'
        '  spc_icons: { size_mm: 12, improving: "#005EB8", neither: "#330072" }\n',
    )
    own = tmp_path / "house.yaml"
    own.write_text(text, encoding="utf-8")
    specs = _specs(own)
    assert specs["improving_low"].colour == specs["passing"].colour == "#005EB8"
    assert specs["lower"].colour == "#330072"
    assert specs["concerning_high"].colour == style.series[1].colour
    assert specs["common"].size_mm == 12


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ('{ improving: "blue" }', "chart.spc_icons.improving is 'blue', not a colour"),
        ("{ size_mm: 2 }", "chart.spc_icons.size_mm is 2"),
        ('{ good: "#005EB8" }', "good"),
    ],
)
def test_a_wrong_icon_setting_is_one_message(tmp_path: Path, setting: str, message: str) -> None:
    from generator.core.errors import InputError

    text = HOUSE.read_text(encoding="utf-8").replace(
        '  grid: "#DDDDDD"\n', f'  grid: "#DDDDDD"\n  spc_icons: {setting}\n'
    )
    own = tmp_path / "house.yaml"
    own.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_style(own)
    assert message in str(caught.value)


@pytest.mark.parametrize("kind", [*VARIATION_ICONS, *ASSURANCE_ICONS])
def test_each_icon_is_drawn_to_its_size_and_reproducibly(kind: str) -> None:
    spec = _specs()[kind]
    png = render(spec)
    assert render(spec) == png
    image = Image.open(io.BytesIO(png))
    side = image.size[0]
    assert image.size == (side, side)
    assert abs(side - spec.size_mm / 25.4 * spec.dpi) < 1
    # the icon's colour is drawn (its ring), on the panel's background at the corners
    colours = {c for _, c in image.convert("RGB").getcolors(side * side) or []}
    ring = tuple(int(spec.colour[i : i + 2], 16) for i in (1, 3, 5))
    assert ring in colours
    background = tuple(int(spec.background[i : i + 2], 16) for i in (1, 3, 5))
    assert image.convert("RGB").getpixel((0, 0)) == background


def _spc_definition() -> str:
    return DEFINITION.replace("    polarity: higher\n", "    polarity: higher\n    spc: true\n", 1)


@pytest.mark.parametrize(
    ("variation", "sure", "words"),
    [
        ("improving_high", None, ["Variation: special cause improving variation (high)"]),
        ("improving_low", "passing", ["Variation: special cause improving variation (low)",
                                      "Assurance: consistently passing the target"]),
        ("concerning_high", "failing", ["Variation: special cause concerning variation (high)",
                                        "Assurance: consistently failing the target"]),
        ("concerning_low", None, ["Variation: special cause concerning variation (low)"]),
        ("higher", None, ["Variation: special cause variation (higher)"]),
        ("lower", None, ["Variation: special cause variation (lower)"]),
        ("common", "hit_and_miss", ["Variation: common cause variation",
                                    "Assurance: hit and miss (the target is inside the process "
                                    "limits)"]),
    ],
)  # fmt: skip
def test_the_panel_shows_each_icon_beside_its_words_with_them_as_its_alternative(
    tmp_path: Path, variation: str, sure: str | None, words: list[str]
) -> None:
    root = make_report(tmp_path, definition=_spc_definition())
    inputs = load_inputs(root, None)
    facts = inputs.facts[0]
    view = spc_view(facts)
    assert view is not None
    view = replace(view, variation_icon=variation, assurance_icon=sure)  # type: ignore[arg-type]
    pair = spc_block(facts, SpcContent(view, b"chart", b"v", b"a" if sure else None), inputs.style)
    lines = [line for line in pair.side.lines if isinstance(line, IconLine)]
    assert [line.icon.alt for line in lines] == words
    assert [line.icon.image for line in lines] == [b"v", b"a"][: len(words)]
    # each beside its own line of words: the variation's, then the assurance's
    assert pair.side.lines[: len(lines)] == tuple(lines)
    said = [getattr(line.runs[0], "text", "") for line in lines]
    assert said[0].startswith("Variation (Q2 24/25): ")
    if sure:
        assert said[1].startswith("Assurance: ")


def test_the_welsh_words_of_every_icon_are_the_catalogues() -> None:
    welsh = load_messages("cy")
    for kind in VARIATION_ICONS:
        assert welsh.text(f"spc.icon.variation.{kind}").startswith("Amrywiad: ")
    for kind in ASSURANCE_ICONS:
        assert welsh.text(f"spc.icon.assurance.{kind}").startswith("Sicrwydd: ")


def _pdf_figures_in_panels(pdf: Path) -> list[str]:
    """The /Alt of every Figure inside a Div (a notes panel) of the structure tree."""
    found: list[str] = []

    def walk(node: object, in_panel: bool) -> None:
        if isinstance(node, pikepdf.Array):
            for kid in node:
                walk(kid, in_panel)
            return
        if not isinstance(node, pikepdf.Dictionary):
            return
        kind = str(node.get("/S", ""))
        if kind == "/Figure" and in_panel:
            found.append(str(node.get("/Alt", "")))
        if "/K" in node:
            walk(node["/K"], in_panel or kind == "/Div")

    with pikepdf.open(pdf) as document:
        walk(document.Root.StructTreeRoot, False)
    return found


ALTS = ["Variation: common cause variation", "Assurance: consistently failing the target"]


def test_every_edition_carries_the_icons_with_their_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # TS1 (tests/report_folder.py): common cause, consistently failing its target
    root = make_report(tmp_path, definition=_spc_definition())
    code, _, err = run(["build", "--format", "all"], root, monkeypatch, capsys)
    assert code == 0, err
    out = root / OUT
    with zipfile.ZipFile(out / f"{STEM}.docx") as docx:
        xml = html.unescape(docx.read("word/document.xml").decode("utf-8"))
    for alt in ALTS:  # an inline picture, described, in the paragraph of its words
        paragraph = next(p for p in xml.split("</w:p>") if f'descr="{alt}"' in p)
        assert "<wp:inline" in paragraph
        assert "Variation (Q2 24/25)" in paragraph or "Assurance: Consistently" in paragraph
    # the PDF: a Figure with /Alt inside the notes panel
    assert _pdf_figures_in_panels(out / f"{STEM}.pdf") == ALTS
    # the web page: an image whose alt is its words, in the line of the words
    page = html.unescape((out / f"{STEM}.html").read_text(encoding="utf-8"))
    for alt, words in zip(ALTS, ("Variation (Q2 24/25)", "Assurance: Consistently"), strict=True):
        assert re.search(rf'<img src="data:image/png;base64,[^"]+" [^>]*alt="{alt}"', page)
        line = page[page.index(f'alt="{alt}"') :].split("</p>")[0]
        assert words in line
    # the workbook: the icons' words in the table's caption (the pictures, beside their
    # words on the notes sheet, are tests/test_workbook_icons.py's)
    import openpyxl

    book = openpyxl.load_workbook(out / f"{STEM}.xlsx")
    cells = [str(c) for r in book["TS1"].iter_rows(values_only=True) for c in r if c]
    assert any("(Common cause variation; Consistently failing the target" in c for c in cells)


@pytest.mark.parametrize("letter", ["H", "?", "HH", "[!! Ĥ !!]", "[!! Ŧęçĥñíçäľ !!]"])
def test_an_icons_letter_stays_inside_its_circle_however_long_it_is(letter: str) -> None:
    """A council's or a translator's letter may be longer than one character (the
    pseudo-locale's is a marked word): it is drawn smaller rather than cut off."""
    from matplotlib.text import Text

    from generator.charts.icons import RADIUS, draw

    spec = replace(_specs()["improving_high"], letter=letter)
    figure = draw(spec)
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    (text,) = [t for t in figure.axes[0].findobj(Text) if t.get_text() == letter]
    box = text.get_window_extent(renderer).transformed(figure.axes[0].transData.inverted())
    assert box.x0 >= 0.5 - RADIUS and box.x1 <= 0.5 + RADIUS, (box.x0, box.x1)
