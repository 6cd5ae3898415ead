"""The HTML edition in a real browser: both sample editions, in headless chromium.

axe-core finds no WCAG 2.2 A or AA violation; the page reflows at 320 CSS
pixels and at 200% zoom with no sideways scrolling; it fetches nothing; and it
prints as A4 landscape pages, each indicator starting a page. Screenshots are
left in the test's temporary folder (`pytest --basetemp=DIR` keeps them to look at).
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest

from generator.run.build import BuildOptions, build
from tests.browser import axe_violations, browser, describe
from tests.poppler import needs_poppler

EDITIONS = ["2024-25 Q2", "2023-24 Q2"]
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module", params=EDITIONS)
def edition(
    request: pytest.FixtureRequest, repo_root: Path, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    out = tmp_path_factory.mktemp("html")
    (page,) = build(
        BuildOptions(root=repo_root, quarter=request.param, out=out, formats=("html",))
    ).written
    return page


@pytest.fixture(scope="module")
def chromium() -> Any:
    with browser() as launched:
        yield launched


def _open(chromium: Any, page_path: Path, width: int, scale: float = 1) -> tuple[Any, list[str]]:
    context = chromium.new_context(
        viewport={"width": width, "height": 900}, device_scale_factor=scale
    )
    page = context.new_page()
    fetched: list[str] = []

    def refuse(route: Any) -> None:
        url = route.request.url
        if not url.startswith(("file:", "data:")):
            fetched.append(url)
            route.abort()
        else:
            route.continue_()

    page.route("**/*", refuse)
    page.goto(page_path.as_uri())
    return page, fetched


def test_axe_finds_no_wcag_22_aa_violation(chromium: Any, edition: Path) -> None:
    page, _ = _open(chromium, edition, 1280)
    violations = axe_violations(page)
    assert violations == [], describe(violations)
    page.context.close()


@pytest.mark.parametrize(("width", "scale"), [(1280, 1), (320, 1), (640, 2)])
def test_no_sideways_scrolling(chromium: Any, edition: Path, width: int, scale: float) -> None:
    """1280 and 320 CSS pixels, and 1280 at 200% zoom (640 CSS pixels at scale 2)."""
    page, fetched = _open(chromium, edition, width, scale)
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, f"the page is {scroll_width} px wide in a {width} px window"
    # Nothing wider than the window but a data table or a chart in its own scrolling
    # region (a table's caption wraps to the window).
    wide = page.evaluate(
        """w => [...document.querySelectorAll('body *')]
            .filter(e => !e.closest('.table-scroll') || e.tagName === 'CAPTION')
            .filter(e => !e.closest('.chart-scroll'))
            .filter(e => e.getBoundingClientRect().right > w + 1)
            .map(e => e.tagName + '.' + e.className)""",
        width,
    )
    assert wide == []
    shot = edition.with_name(f"{edition.stem}-{width}px-x{scale:g}.png")
    page.screenshot(path=str(shot), full_page=False)
    assert shot.stat().st_size > 0
    assert fetched == []
    page.context.close()


@pytest.mark.parametrize("width", [320, 1280])
def test_each_chart_is_shown_at_least_as_wide_as_it_was_drawn(
    chromium: Any, edition: Path, width: int
) -> None:
    """Its text no smaller than drawn (9 pt at the chart's width: 12 CSS pixels): on a
    narrow screen the chart scrolls sideways in its own box, which the keyboard reaches,
    and its description and data table follow it, wrapped to the window."""
    page, _ = _open(chromium, edition, width)
    charts = page.evaluate(
        """() => [...document.querySelectorAll('figure.chart')].map(f => {
            const img = f.querySelector('img'), box = img.closest('.chart-scroll');
            return {shown: img.getBoundingClientRect().width, drawn: img.width === 0 ? 0 :
                Number(img.getAttribute('width')), box: box.clientWidth,
                scrolls: box.scrollWidth > box.clientWidth, focusable: box.tabIndex === 0,
                caption: f.querySelector('figcaption').getBoundingClientRect().right};
        })"""
    )
    assert charts
    for chart in charts:
        assert chart["shown"] >= chart["drawn"] - 0.5 > 0
        assert chart["focusable"]
        assert chart["caption"] <= width
        assert chart["scrolls"] == (chart["drawn"] > chart["box"])
    assert any(chart["scrolls"] for chart in charts) == (width == 320)
    page.context.close()


def test_every_chart_shows_its_description_and_is_an_inline_image(
    chromium: Any, edition: Path
) -> None:
    page, fetched = _open(chromium, edition, 1280)
    charts = page.evaluate(
        """() => [...document.querySelectorAll('figure img')].map(img => ({
            src: img.src.slice(0, 22), alt: img.alt, loaded: img.naturalWidth > 0,
            description: document.getElementById(img.getAttribute('aria-describedby')).innerText
        }))"""
    )
    headings = page.evaluate("() => [...document.querySelectorAll('h2[id]')].map(h => h.id)")
    indicators = [h for h in headings if h not in ("summary", "contents")]
    # each indicator's chart, and after it its SPC chart where it asks for one
    spc = [c for c in charts if "statistical process control" in c["alt"]]
    charts = [c for c in charts if c not in spc]
    assert [c["alt"].split()[0] for c in spc] == ["ASCH1", "ASCH2"]  # the sample's two
    for chart in spc:
        assert chart["loaded"] and chart["description"].startswith(chart["alt"].split()[0])
    assert len(charts) == len(indicators) > 0
    for chart, indicator in zip(charts, indicators, strict=True):
        assert chart["src"] == "data:image/png;base64,"
        assert chart["loaded"]
        assert indicator in chart["alt"] and len(chart["alt"]) < len(chart["description"])
        assert chart["description"].startswith(chart["alt"])
    assert page.evaluate("document.scripts.length") == 0
    assert fetched == []
    page.context.close()


def test_the_contents_link_to_every_indicator(chromium: Any, edition: Path) -> None:
    page, _ = _open(chromium, edition, 1280)
    links = page.evaluate(
        "() => [...document.querySelectorAll('nav a')].map(a => a.getAttribute('href'))"
    )
    headings = page.evaluate(
        "() => [...document.querySelectorAll('main h2[id]')]"
        ".filter(h => !h.closest('nav')).map(h => '#' + h.id)"
    )
    assert links == headings
    page.context.close()


def test_prints_as_a4_landscape_with_each_indicator_on_a_new_page(
    chromium: Any, edition: Path
) -> None:
    from pypdf import PdfReader

    page, _ = _open(chromium, edition, 1280)
    page.emulate_media(media="print")
    indicators = page.evaluate(
        "() => [...document.querySelectorAll('.new-page h2[id]')].map(h => h.innerText)"
    )
    pdf = PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True)))
    page.context.close()
    for sheet in pdf.pages:
        width_mm = float(sheet.mediabox.width) / 72 * 25.4
        height_mm = float(sheet.mediabox.height) / 72 * 25.4
        assert (round(width_mm), round(height_mm)) == (297, 210)
    texts = [re.sub(r"\s+", " ", sheet.extract_text()) for sheet in pdf.pages]
    starts = []
    for heading in indicators:
        key = re.sub(r"\s+", " ", heading)[:40]
        found = [n for n, text in enumerate(texts) if key in text]
        assert found, f"{key!r} is on no printed page"
        starts.append(found[0])
    # Each indicator starts a page of its own, in order.
    assert starts == sorted(set(starts)) and len(starts) == len(indicators)


@needs_poppler
def test_printed_list_markers_are_the_pdfs(chromium: Any, tmp_path: Path) -> None:
    """Thirty items at each level of a list: chromium prints the markers the PDF
    edition has (a, b ... z, aa, bb: Word's letters, not CSS's aa, ab)."""
    from generator.look.resolve import resolve_look
    from generator.read.style import load_style
    from generator.writers.html import write as write_html
    from generator.writers.pdf.writer import write as write_pdf
    from tests.model_fixture import list_markers, thirty_at_each_level
    from tests.poppler import page_texts
    from tests.test_look import document_of

    look = resolve_look(load_style(ROOT / "styles" / "house.yaml"))
    document = document_of(thirty_at_each_level())
    page_path, pdf_path = tmp_path / "lists.html", tmp_path / "lists.pdf"
    write_html(document, look, page_path)
    write_pdf(document, look, pdf_path)
    page, _ = _open(chromium, page_path, 1280)
    page.emulate_media(media="print")
    printed = tmp_path / "printed.pdf"
    printed.write_bytes(page.pdf(prefer_css_page_size=True))
    page.context.close()
    ours = list_markers("".join(page_texts(pdf_path)))
    assert len(ours) == 90 and ours[57] == "bb."
    assert list_markers("".join(page_texts(printed))) == ours
