"""The HTML writer, on a hand-built model: what a reader of the page meets.

The page is read back with the standard library's HTML parser, not with the
writer's own code.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from generator.core.model import (
    Document,
    Figure,
    Heading,
    ListBlock,
    Notes,
    Paragraph,
    Rating,
    Run,
    Section,
    SideBySide,
    Table,
    TableCell,
)
from generator.look.resolve import resolve_look
from generator.read.style import RagStyle, Style, load_style
from generator.writers.html import css_string, write
from tests.model_fixture import sample_document
from tests.scope import shared
from tests.test_editions_agree import PageText


@pytest.fixture(scope=shared)
def style(repo_root: Path) -> Style:
    return load_style(repo_root / "styles" / "house.yaml")


@pytest.fixture(scope=shared)
def model() -> Document:
    return sample_document()


class Page(HTMLParser):
    """Every element (tag, attributes) in order, and the text outside style elements."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.headings: list[tuple[int, str]] = []
        self._stack: list[str] = []
        self._heading: list[str] | None = None
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        self._stack.append(tag)
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self._heading = []

    def handle_endtag(self, tag: str) -> None:
        if self._stack and self._stack[-1] == tag:
            self._stack.pop()
        if tag.startswith("h") and tag[1:].isdigit() and self._heading is not None:
            self.headings.append((int(tag[1]), "".join(self._heading)))
            self._heading = None

    def handle_data(self, data: str) -> None:
        if "style" in self._stack or "title" in self._stack:
            return
        self.text.append(data)
        if self._heading is not None:
            self._heading.append(data)

    def tags(self, name: str) -> list[dict[str, str | None]]:
        return [attrs for tag, attrs in self.elements if tag == name]


def _page(model: Document, style: Style, tmp_path: Path) -> tuple[str, Page]:
    target = tmp_path / "page.html"
    write(model, resolve_look(style), target)
    text = target.read_text(encoding="utf-8")
    return text, Page(text)


def test_headings_keep_the_model_levels_and_order(
    model: Document, style: Style, tmp_path: Path
) -> None:
    _, page = _page(model, style, tmp_path)
    headings = []
    for section in model.sections:
        for block in section.blocks:
            if isinstance(block, SideBySide):
                headings.append(block.side.heading)
            elif isinstance(block, Heading):
                headings.append(block)
    expected = [(h.level, "".join(r.text for r in h.runs if isinstance(r, Run))) for h in headings]
    # The contents list's own heading comes after the title block.
    assert [h for h in page.headings if h[1] != "Contents"] == expected
    assert (2, "Contents") in page.headings


def test_contents_link_to_each_anchored_section_heading(
    model: Document, style: Style, tmp_path: Path
) -> None:
    _, page = _page(model, style, tmp_path)
    links = [a["href"] for a in page.tags("a") if (a["href"] or "").startswith("#")]
    ids = {attrs.get("id") for _, attrs in page.elements}
    assert links == ["#TEST2", "#TEST7"]
    assert {"TEST2", "TEST7"} <= ids


def test_charts_are_inline_pngs_with_a_short_alt_and_the_description_beside(
    model: Document, style: Style, tmp_path: Path
) -> None:
    short = "Line chart of TEST2"
    figure = model.sections[1].blocks[2].main  # type: ignore[union-attr]
    changed = dataclasses.replace(figure, short_alt=short)
    pair = dataclasses.replace(model.sections[1].blocks[2], main=changed)
    blocks = list(model.sections[1].blocks)
    blocks[2] = pair
    sections = list(model.sections)
    sections[1] = dataclasses.replace(sections[1], blocks=tuple(blocks))
    text, page = _page(dataclasses.replace(model, sections=tuple(sections)), style, tmp_path)
    images = page.tags("img")
    assert len(images) == 2
    assert all((img["src"] or "").startswith("data:image/png;base64,") for img in images)
    assert images[0]["alt"] == short
    # The second has no short form: its alt is the whole description.
    assert images[1]["alt"] == "Line chart of TEST7: contacts fell to 21,000."
    for img in images:
        described = img["aria-describedby"]
        assert text.count(f'id="{described}"') == 1
    assert figure.alt in "".join(page.text)
    # Sized as the chart is placed (150 by 75 mm, at the web's 96 pixels to the inch),
    # so that the page keeps its room before the picture loads.
    assert (images[0]["width"], images[0]["height"]) == ("567", "283")


def test_the_page_fetches_nothing_and_runs_no_script(
    model: Document, style: Style, tmp_path: Path
) -> None:
    text, page = _page(model, style, tmp_path)
    assert page.tags("script") == [] and page.tags("link") == []
    assert "url(" not in text and "@import" not in text
    sources = [attrs.get("src") or "" for _, attrs in page.elements]
    assert all(s == "" or s.startswith("data:") for s in sources)


def test_rating_is_a_word_on_its_house_fill(model: Document, style: Style, tmp_path: Path) -> None:
    text, page = _page(model, style, tmp_path)
    assert "RAG rating: AMBER" in "".join(page.text)
    amber = style.rag["AMBER"]
    assert f".rag-amber{{background:{amber.fill};color:{amber.text}}}" in text


def test_table_has_caption_and_scoped_header_cells(
    model: Document, style: Style, tmp_path: Path
) -> None:
    _, page = _page(model, style, tmp_path)
    assert "Figures plotted in the chart for TEST2" in "".join(page.text)
    scopes = [th.get("scope") for th in page.tags("th")]
    assert scopes == ["col", "col", "col", "row"]
    region = page.tags("div")
    scrolling = [d for d in region if d.get("class") == "table-scroll"]
    assert scrolling and scrolling[0]["tabindex"] == "0" and scrolling[0]["role"] == "region"


def test_text_is_escaped_and_unsafe_links_are_shown_as_text(
    model: Document, style: Style, tmp_path: Path
) -> None:
    hostile = Section(
        blocks=(
            Heading(2, (Run('<script>alert("x")</script> & co'),), anchor='x" onload="y'),
            Paragraph(
                (
                    Run("bad", href="javascript:alert(1)"),
                    Run(" good", href='https://example.org/?a="1"&b=<2>'),
                )
            ),
        )
    )
    document = dataclasses.replace(
        model,
        sections=(*model.sections, hostile),
        running_header='</style><script>alert("x")</script>',
    )
    text, page = _page(document, style, tmp_path)
    assert page.tags("script") == []
    assert '<script>alert("x")</script> & co' in "".join(page.text)
    hrefs = [a["href"] for a in page.tags("a")]
    assert "javascript:alert(1)" not in hrefs
    assert 'https://example.org/?a="1"&b=<2>' in hrefs
    assert all("onload" not in attrs for _, attrs in page.elements)
    assert text.count("</style>") == 1


def test_css_strings_cannot_end_the_style_element() -> None:
    assert css_string('a"b\\</style>') == '"a\\22 b\\5c \\3c /style\\3e "'


def test_print_layout_comes_from_the_house_page(
    model: Document, style: Style, tmp_path: Path
) -> None:
    text, _ = _page(model, style, tmp_path)
    page = resolve_look(style).page  # the house page: A4 landscape
    assert f"size:{page.width_mm:g}mm {page.height_mm:g}mm" in text
    assert (page.width_mm, page.height_mm) == (297, 210)
    assert f"margin:{page.margin_top_mm}mm" in text
    assert ".new-page{break-before:page}" in text
    assert style.colour("heading") in text and css_string(style.font_family) in text


def test_two_writes_are_byte_identical(model: Document, style: Style, tmp_path: Path) -> None:
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    write(model, resolve_look(style), first)
    write(model, resolve_look(style), second)
    assert first.read_bytes() == second.read_bytes()


def test_every_class_on_the_page_has_a_rule_in_its_style_sheet(
    model: Document, style: Style, tmp_path: Path
) -> None:
    """A class the style sheet does not know is a look the reader never gets."""
    import re

    text, page = _page(model, style, tmp_path)
    sheet = text[text.index("<style>") : text.index("</style>")]
    styled = set(re.findall(r"\.([a-z][a-z0-9-]*)", sheet))
    used = {c for _, attrs in page.elements for c in (attrs.get("class") or "").split()}
    assert used and used <= styled, used - styled


def test_the_rating_reads_as_one_line(model: Document, style: Style, tmp_path: Path) -> None:
    class Rating(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.depth = 0
            self.lines: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "p" and ("class", "rating") in attrs:
                self.depth = 1
                self.lines.append("")
            elif self.depth:
                self.depth += 1

        def handle_endtag(self, tag: str) -> None:
            if self.depth:
                self.depth -= 1

        def handle_data(self, data: str) -> None:
            if self.depth:
                self.lines[-1] += data

    text, _ = _page(model, style, tmp_path)
    reader = Rating()
    reader.feed(text)
    assert reader.lines == ["RAG rating: AMBER"]


def test_a_councils_own_rating_words_get_their_own_fill(
    model: Document, style: Style, tmp_path: Path
) -> None:
    """A tone named in words ('Not rated', 'Met (stretch)') is one class, styled."""
    tones = {
        "Not rated": RagStyle("#505A5F", "#FFFFFF"),
        "Met (stretch)": RagStyle("#00703C", "#FFFFFF"),
    }
    council = dataclasses.replace(style, rag={**style.rag, **tones})
    ratings = tuple(Rating(tone.upper(), tone) for tone in tones)
    page_model = dataclasses.replace(model, sections=(Section(ratings),))
    text, page = _page(page_model, council, tmp_path)
    classes = [
        attrs.get("class") for _, attrs in page.elements if "rag" in (attrs.get("class") or "")
    ]
    assert classes == ["rag rag-not-rated", "rag rag-met-stretch"]
    assert ".rag-not-rated{background:#505A5F;color:#FFFFFF}" in text
    assert ".rag-met-stretch{background:#00703C;color:#FFFFFF}" in text


def _model_texts(blocks: tuple[Any, ...]) -> Iterator[str]:
    """Every text of the blocks, in reading order, as the model holds it."""
    for block in blocks:
        match block:
            case Heading() | Paragraph():
                yield "".join(r.text if isinstance(r, Run) else " " for r in block.runs)
            case Rating():
                yield block.prefix + block.label
            case ListBlock():
                for item in block.items:
                    yield from _model_texts(item.blocks)
            case SideBySide():
                yield from _model_texts((block.main, block.side))
            case Figure():
                yield block.alt
            case Notes():
                yield from _model_texts((block.heading,))
                for line in block.lines:
                    yield "".join(r.text if isinstance(r, Run) else " " for r in line)
            case Table():
                yield block.caption
                yield from (cell.text for row in block.rows for cell in row)


def test_the_page_says_the_models_words_in_order_and_nothing_else(
    model: Document, style: Style, tmp_path: Path
) -> None:
    """Every piece of text on the page is the model's, in the model's order: nothing
    added between blocks, nothing lost (the contents list apart)."""
    header = (TableCell("Series", header=True), TableCell("Q1", header=True))
    second = (TableCell("", header=True), TableCell("count", header=True))
    table = Table((header, second, (TableCell("Visits"), TableCell("1,200"))), "Two header rows", 2)
    sections = (*model.sections, Section((Heading(2, (Run("More"),)), table)))
    text, _ = _page(dataclasses.replace(model, sections=sections), style, tmp_path)
    said = " ".join(" ".join(t.split()) for s in sections for t in _model_texts(s.blocks))
    pieces = [" ".join(part.split()) for part in PageText(text).parts if part.strip()]
    at = 0
    for piece in pieces:
        found = said.find(piece, at)
        assert found >= 0, f"{piece!r} is not the model's, or not in its order"
        at = found + len(piece)
    assert "".join(pieces).replace(" ", "") == said.replace(" ", "")  # and all of it


def test_printed_each_new_page_section_starts_a_page_but_the_first(
    model: Document, style: Style, tmp_path: Path
) -> None:
    """The first section opens the first page whatever it says; a break before it
    would print a blank page."""
    first = dataclasses.replace(model.sections[0], new_page=True)
    sections = (first, *model.sections[1:])
    _, page = _page(dataclasses.replace(model, sections=sections), style, tmp_path)
    main = page.elements[[tag for tag, _ in page.elements].index("main") + 1 :]
    opened = [
        attrs.get("class") for tag, attrs in main if tag == "div" and attrs.get("class") != "keep"
    ]
    opened = [c for c in opened if c in (None, "new-page")][: len(sections)]
    assert opened == [None] + ["new-page" if s.new_page else None for s in sections[1:]]


@pytest.mark.parametrize("lead", [None, 14.0, 9.5])
def test_a_lead_paragraph_is_the_house_styles_lead_size(
    model: Document, style: Style, tmp_path: Path, lead: float | None
) -> None:
    """The web page's lead paragraphs are as much larger than its body text as the
    PDF's and the DOCX's: the house style's lead size (else its subheading size)."""
    sizes = {k: v for k, v in style.sizes.items() if k != "lead"}
    if lead is not None:
        sizes["lead"] = lead
    house = dataclasses.replace(style, sizes=sizes)
    text, page = _page(model, house, tmp_path)
    look = resolve_look(house)
    ratio = look.role("lead").size / look.role("body").size
    assert f".lead{{font-size:{ratio:.3f}rem}}" in text
    assert look.role("lead").size == (lead if lead is not None else style.size("subheading"))
    assert any(attrs.get("class") == "lead" for _, attrs in page.elements)


def test_every_colour_and_font_on_the_page_is_the_looks(
    model: Document, style: Style, tmp_path: Path
) -> None:
    """No colour or font is the writer's own: each in the style sheet is one the look
    holds, and a look with other ones gives a page with those."""
    look = resolve_look(style)
    web = dataclasses.replace(
        look.web, focus="#123456", focus_text="#654321", font_fallbacks="Verdana,sans-serif"
    )
    target = tmp_path / "page.html"
    write(model, dataclasses.replace(look, web=web), target)
    text = target.read_text(encoding="utf-8")
    sheet = text[text.index("<style>") : text.index("</style>")]
    held = {
        *(t.colour for t in (*look.roles.values(), *look.headings)),
        *(c for tone in look.tones.values() for c in (tone.fill, tone.text)),
        look.link_colour,
        look.rule_colour,
        look.notes_background,
        look.table_header_background,
        look.table_header_text,
        web.background,
        web.focus,
        web.focus_text,
    }
    used = set(re.findall(r"#[0-9A-Fa-f]{3,6}\b", sheet))
    assert used and {c.upper() for c in used} <= {c.upper() for c in held}
    assert {"#123456", "#654321"} <= used
    assert "#FFDD00" not in sheet
    assert f"font-family:{css_string(look.font_family)},Verdana,sans-serif;" in sheet


def test_the_printed_running_header_is_the_header_roles_size(
    model: Document, style: Style, tmp_path: Path
) -> None:
    """On a template the header's size is its Header style's, not the footer's."""
    look = resolve_look(style)
    roles = {**look.roles, "header": dataclasses.replace(look.role("header"), size=7.5)}
    target = tmp_path / "page.html"
    write(model, dataclasses.replace(look, roles=roles), target)
    text = target.read_text(encoding="utf-8")
    assert f"@top-left{{content:{css_string(model.running_header)};font-size:7.5pt}}" in text
    assert f"counter(pages);font-size:{look.role('footer').size}pt}}" in text
