"""Every way Markdown writes a link, with every kind of address: what docs/formats.md
promises ("Links", part 3) is what happens. https, http and mailto are links;
javascript:, vbscript: and data: stop the build with one message naming the file,
the line the address is written on and the address; any other address is text."""

from __future__ import annotations

import pytest

from generator.core.errors import InputError
from generator.core.model import ListBlock, Paragraph, Run
from generator.read.commentary import render_commentary

FORMS = {
    "inline": ("Intro.\n\nSee [here]({url}).\n", 3),
    "inline, in angle brackets": ("Intro.\n\nSee [here](<{url}>).\n", 3),
    "reference-style": ("Intro.\n\nSee [here][r].\n\n[r]: {url}\n", 5),
    "reference-style, defined first": ("[r]: {url}\n\nIntro.\n\nSee [here][r].\n", 1),
    "reference-style, with a title": ('Intro.\n\nSee [here][r].\n\n[r]: {url} "t"\n', 5),
    "collapsed reference": ("Intro.\n\nSee [here][].\n\n[here]: {url}\n", 5),
    "shortcut reference": ("Intro.\n\nSee [here].\n\n[here]: {url}\n", 5),
    "image": ("Intro.\n\nSee ![here]({url}).\n", 3),
    "in a list": ("Intro.\n\n- one\n- See [here]({url}).\n", 4),
}
REFUSED = ["javascript:alert(1)", "JavaScript:alert(1)", "vbscript:msgbox(1)", "data:text/html,x"]
TEXT = ["file:///etc/passwd", "relative/page.html", "ftp://files.example/a", "%6Aavascript:x"]
LINKS = ["https://www.example.gov.uk/a", "http://example.org/", "mailto:kpi@example.gov.uk"]


def render(text: str) -> tuple[object, ...]:
    return render_commentary(text, file="ASCH2.md", values={}, indicator="ASCH2")


def _runs(blocks: tuple[object, ...] | list[object]) -> list[Run]:
    """Every run of text in the blocks, lists' items' included."""
    found: list[Run] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            found += [run for run in block.runs if isinstance(run, Run)]
        elif isinstance(block, ListBlock):
            for item in block.items:
                found += _runs(list(item.blocks))
    return found


@pytest.mark.parametrize("url", REFUSED)
@pytest.mark.parametrize("form", FORMS)
def test_a_dangerous_address_stops_the_build_in_every_form(form: str, url: str) -> None:
    template, line = FORMS[form]
    with pytest.raises(InputError) as caught:
        render(template.format(url=url))
    scheme = url.split(":")[0].lower()
    assert caught.value.message() == (
        f"ASCH2.md, line {line}: a link to a '{scheme}:' address ({url}) (indicator ASCH2). "
        "Links may only use https, http or mailto addresses; remove this one"
    )


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x"])
def test_an_autolink_to_a_dangerous_address_stops_the_build(url: str) -> None:
    with pytest.raises(InputError) as caught:
        render(f"Intro.\n\nSee <{url}>.\n")
    assert caught.value.message() == (
        f"ASCH2.md, line 3: a link to a '{url.split(':')[0]}:' address ({url}) "
        "(indicator ASCH2). Links may only use https, http or mailto addresses; remove this one"
    )


def test_a_long_dangerous_address_is_named_by_its_first_characters() -> None:
    url = "javascript:" + "a" * 500
    with pytest.raises(InputError) as caught:
        render(f"See [here]({url}).\n")
    assert f"({url[:60]}…)" in caught.value.message()
    assert len(caught.value.message()) < 300


@pytest.mark.parametrize("url", TEXT)
@pytest.mark.parametrize("form", [f for f in FORMS if f != "image"])
def test_any_other_address_is_shown_as_its_text(form: str, url: str) -> None:
    template, _ = FORMS[form]
    blocks = render(template.format(url=url))
    runs = _runs(blocks)
    assert all(run.href is None for run in runs)
    assert "See here." in [run.text for run in runs]


@pytest.mark.parametrize("url", LINKS)
@pytest.mark.parametrize("form", [f for f in FORMS if f != "image"])
def test_https_http_and_mailto_are_links(form: str, url: str) -> None:
    template, _ = FORMS[form]
    blocks = render(template.format(url=url))
    assert Run("here", href=url) in _runs(blocks)


@pytest.mark.parametrize("url", REFUSED + TEXT + LINKS)
def test_a_bare_address_is_text(url: str) -> None:
    """Not written as a link (no [..](..) and no <..>): text, whatever it says."""
    (paragraph,) = render(f"See {url} now.\n")
    assert isinstance(paragraph, Paragraph)
    assert paragraph.runs == (Run(f"See {url} now."),)


@pytest.mark.parametrize("url", TEXT + LINKS)
def test_an_image_is_its_alternative_text(url: str) -> None:
    (_, paragraph) = render(f"Intro.\n\nSee ![here]({url}).\n")
    assert isinstance(paragraph, Paragraph)
    assert paragraph.runs == (Run("See here."),)
