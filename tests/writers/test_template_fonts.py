"""A council's Word template in Calibri builds on a machine without Calibri: the PDF
and the charts are drawn in Carlito where it is installed (.ci/run installs it),
else in the house font, with one warning; the DOCX keeps Calibri for Word.

The templates are made with python-docx as in test_template.py; the font search is
this machine's, or, to take Carlito away, a monkeypatched copy of it.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pikepdf
import pytest
from matplotlib import font_manager

from generator.charts import draw
from generator.content.chart_spec import chart_spec
from generator.content.inputs import load_inputs
from generator.look.resolve import resolve_look
from generator.read import fonts
from generator.read.style import load_style
from generator.run.build import BuildOptions, BuildResult, build
from generator.run.build_all import build_all
from tests.report_folder import make_report
from tests.scope import new_process, shared
from tests.test_look import pdf_text_looks
from tests.writers.test_template import on_template

ROOT = Path(__file__).resolve().parents[2]
CARLITO = fonts.find_installed("Carlito")
needs_carlito = pytest.mark.skipif(
    CARLITO is None, reason="Carlito is not installed (apt-get install fonts-crosextra-carlito)"
)
CALADEA = fonts.find_installed("Caladea")


def pdf_fonts(path: Path) -> set[str]:
    """The fonts the PDF embeds, without their subset prefixes."""
    with pikepdf.open(path) as pdf:
        return {
            str(font.BaseFont).lstrip("/").split("+")[-1]
            for page in pdf.pages
            for font in page.Resources.get("/Font", {}).values()
        }


def font_warnings(result: BuildResult) -> list[str]:
    return [w for w in result.warnings if "the template's font" in w]


def calibri_report(root: Path) -> Path:
    """A report on a template whose theme's fonts (so every style's) are Calibri, with
    no font files in the house style."""
    make_report(root)
    on_template(root, fonts="", font="Calibri")
    return root


def built_twice(root: Path) -> tuple[BuildResult, dict[str, str]]:
    """A build, and the digests of its files when built again from nothing."""
    result = build(BuildOptions(root=root, quarter="2024-25 Q2", use_cache=False))
    first = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in result.written}
    again = build(BuildOptions(root=root, quarter="2024-25 Q2", use_cache=False))
    second = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in again.written}
    assert first == second  # the same fonts chosen, the same bytes
    return result, first


@pytest.fixture(scope=shared)
def in_carlito(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildResult]:
    if CARLITO is None:
        pytest.skip("Carlito is not installed (apt-get install fonts-crosextra-carlito)")
    root = calibri_report(tmp_path_factory.mktemp("calibri") / "report")
    result, _ = built_twice(root)
    return root, result


@needs_carlito
def test_a_calibri_template_is_drawn_in_carlito_with_one_warning(
    in_carlito: tuple[Path, BuildResult],
) -> None:
    _, result = in_carlito
    _, pdf_path = result.written
    assert pdf_fonts(pdf_path) == {
        "Carlito",
        "Carlito-Bold",
        "Carlito-Italic",
        "Carlito-BoldItalic",
    }
    paragraphs = {font for tag, font, _, _ in pdf_text_looks(pdf_path) if tag == "/P"}
    assert "Carlito" in paragraphs and paragraphs <= pdf_fonts(pdf_path)
    assert font_warnings(result) == [
        "styles/house.yaml: the template's font 'Calibri' is not installed here; the PDF "
        "uses 'Carlito' in its place (the Word edition keeps 'Calibri')"
    ]


@needs_carlito
def test_the_docx_keeps_calibri(in_carlito: tuple[Path, BuildResult]) -> None:
    _, result = in_carlito
    docx_path, _ = result.written
    with zipfile.ZipFile(docx_path) as made:
        assert b'typeface="Calibri"' in made.read("word/theme/theme1.xml")
        assert not any(b"Carlito" in made.read(name) for name in made.namelist())


@needs_carlito
def test_the_charts_are_drawn_in_the_pdfs_font(in_carlito: tuple[Path, BuildResult]) -> None:
    root, _ = in_carlito
    inputs = load_inputs(root, "2024-25 Q2")
    look = resolve_look(inputs.style)
    spec = chart_spec(inputs.facts[0], inputs.style)
    assert CARLITO is not None and look.fonts == CARLITO
    assert (spec.font_family, spec.font_files) == (
        "Carlito",
        (str(CARLITO.regular), str(CARLITO.bold)),
    )
    figure = draw(spec)
    ticks = [t for t in figure.findobj() if getattr(t, "get_gid", lambda: None)() == "y-tick"]
    assert ticks
    drawn_in = {
        font_manager.findfont(t.get_fontproperties(), fallback_to_default=False) for t in ticks
    }
    assert drawn_in == {str(CARLITO.regular)}


def without_carlito(monkeypatch: pytest.MonkeyPatch) -> None:
    """The font search of a machine where Carlito is not installed."""
    found = fonts.installed_faces()
    absent = tuple(face for face in found if face.family != "Carlito")
    monkeypatch.setattr(fonts, "installed_faces", lambda: absent)


def test_without_carlito_the_house_font_is_used_with_one_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    without_carlito(monkeypatch)
    root = calibri_report(tmp_path / "report")
    result, _ = built_twice(root)
    docx_path, pdf_path = result.written
    assert pdf_fonts(pdf_path) == {
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSans-Oblique",
        "DejaVuSans-BoldOblique",
    }
    assert font_warnings(result) == [
        "styles/house.yaml: the template's font 'Calibri' is not installed here; the PDF "
        "uses the house font 'DejaVu Sans' in its place (the Word edition keeps 'Calibri'). "
        "Install 'Calibri' or 'Carlito', or name its TrueType files under fonts: in the "
        "house style"
    ]
    with zipfile.ZipFile(docx_path) as made:
        assert b'typeface="Calibri"' in made.read("word/theme/theme1.xml")
    inputs = load_inputs(root, "2024-25 Q2")
    spec = chart_spec(inputs.facts[0], inputs.style)
    assert spec.font_family == "DejaVu Sans"
    assert spec.font_files[0] == str(inputs.style.fonts.regular)


def test_an_installed_template_font_is_used_without_a_warning(tmp_path: Path) -> None:
    """DejaVu Serif is installed wherever matplotlib is (it ships it): the template's
    font, found without naming its files."""
    root = make_report(tmp_path / "report")
    on_template(root, fonts="", font="DejaVu Serif")
    result = build(BuildOptions(root=root, quarter="2024-25 Q2", use_cache=False))
    _, pdf_path = result.written
    assert pdf_fonts(pdf_path) == {
        "DejaVuSerif",
        "DejaVuSerif-Bold",
        "DejaVuSerif-Italic",
        "DejaVuSerif-BoldItalic",
    }
    assert font_warnings(result) == []
    inputs = load_inputs(root, "2024-25 Q2")
    assert chart_spec(inputs.facts[0], inputs.style).font_family == "DejaVu Serif"


@needs_carlito
@pytest.mark.skipif(CALADEA is None, reason="Caladea is not installed (fonts-crosextra-caladea)")
def test_each_template_font_is_warned_of_once(tmp_path: Path) -> None:
    """python-docx's own template: Cambria text, Calibri headings. One warning for each
    font, however many styles use it; each drawn in its own stand-in."""
    root = make_report(tmp_path / "report")
    house = on_template(root, fonts="", font=None)
    look = resolve_look(load_style(house))
    assert look.font_family == "Cambria" and look.heading(1).font == "Calibri"
    assert look.fonts == CALADEA and look.font_files["Calibri"] == CARLITO
    warnings = look.font_warnings("house.yaml")
    assert len(warnings) == 2
    assert "'Calibri'" in warnings[0] and "'Carlito'" in warnings[0]
    assert "'Cambria'" in warnings[1] and "'Caladea'" in warnings[1]


@needs_carlito
def test_build_all_warns_of_a_template_font_once(tmp_path: Path) -> None:
    root = calibri_report(tmp_path / "report")
    (outcome,) = build_all([root], quarter="2024-25 Q2", use_cache=False, workers=1)
    assert outcome.error is None
    assert [w for w in outcome.warnings if "the template's font" in w] == [
        "styles/house.yaml: the template's font 'Calibri' is not installed here; the PDF "
        "uses 'Carlito' in its place (the Word edition keeps 'Calibri')"
    ]


NO_FONT_SEARCH = textwrap.dedent(
    """\
    import sys
    from pathlib import Path

    from generator.content.chart_spec import chart_spec
    from generator.content.inputs import load_inputs
    from generator.look.resolve import resolve_look

    inputs = load_inputs(Path({root!r}), "2024-25 Q2")
    specs = [chart_spec(facts, inputs.style) for facts in inputs.facts]
    look = resolve_look(inputs.style)
    print("matplotlib.font_manager" in sys.modules)
    """
)


@new_process
@pytest.mark.parametrize(
    ("template", "searched"), [("none", "False"), ("files given", "False"), ("Calibri", "True")]
)
def test_only_a_template_font_without_files_loads_the_font_search(
    tmp_path: Path, template: str, searched: str
) -> None:
    """The font manager (matplotlib's, a sixth of a second to load) is loaded only where
    a template asks for a font the house style gives no files for."""
    root = make_report(tmp_path / "report")
    if template == "files given":
        on_template(root)  # DejaVu Serif, its files under fonts:
    elif template == "Calibri":
        on_template(root, fonts="", font="Calibri")
    code = NO_FONT_SEARCH.format(root=str(root))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == searched, result.stderr


@needs_carlito
def test_the_pdf_in_carlito_passes_pdfua1_and_pdfa2a(in_carlito: tuple[Path, BuildResult]) -> None:
    """Carlito embedded as the house font is: subset, with clean ToUnicode maps."""
    from tests.test_archival_pdf import failures

    _, result = in_carlito
    assert failures(result.written[1]) == []
