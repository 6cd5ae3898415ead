from __future__ import annotations

import pytest

from generator.content.placeholders import rag_change
from generator.core.errors import InputError
from generator.core.model import Heading, LineBreak, ListBlock, Paragraph, Run
from generator.read.commentary import (
    MARK,
    TextBlock,
    fill_placeholders,
    heading_levels,
    render_commentary,
    text_blocks,
)

VALUES = {"latest": "75%", "rag": "AMBER", "series": {"received": {"latest": "2,870"}}}


def render(text: str) -> tuple[object, ...]:
    return render_commentary(text, file="ASCH2.md", values=VALUES)


def test_placeholders_are_filled_from_the_values() -> None:
    text = "Now {{ latest }} ({{rag}}); received {{ series.received.latest }}."
    assert fill_placeholders(text, VALUES, file="x.md") == "Now 75% (AMBER); received 2,870."


@pytest.mark.parametrize(
    "name",
    [
        "latests",
        "series.missing.latest",
        "__class__",
        "latest.__class__",
        "rag | upper",
        "''.join('x')",
        "config",
        "series",
    ],
)
def test_unknown_placeholders_name_the_file_and_line(name: str) -> None:
    with pytest.raises(InputError) as caught:
        fill_placeholders(
            f"First line\nSecond {{{{ {name} }}}} here",
            VALUES,
            file="ASCH2.md",
            indicator="ASCH2",
            period="2024/25 Q2",
        )
    message = caught.value.message()
    assert "ASCH2.md, line 2" in message and "unknown placeholder" in message
    assert "indicator ASCH2" in message and "2024/25 Q2" in message


@pytest.mark.parametrize(
    ("markdown", "runs"),
    [
        ("plain text", [Run("plain text")]),
        (
            "**bold** and *italic*",
            [Run("bold", bold=True), Run(" and "), Run("italic", italic=True)],
        ),
        ("***both***", [Run("both", bold=True, italic=True)]),
        ("[Kent](https://www.kent.gov.uk/)", [Run("Kent", href="https://www.kent.gov.uk/")]),
        ("[mail](mailto:team@example.org)", [Run("mail", href="mailto:team@example.org")]),
        ("[file](file:///etc/passwd)", [Run("file")]),
        ("[ftp](ftp://example.org/x)", [Run("ftp")]),
        ("<b>raw</b> html", [Run("<b>raw</b> html")]),
        ("“Curly” quotes – £719 and 75%", [Run("“Curly” quotes – £719 and 75%")]),
        ("line one\nline two", [Run("line one line two")]),
    ],
)
def test_inline_markdown_becomes_runs(markdown: str, runs: list[Run]) -> None:
    (paragraph,) = render(markdown)
    assert isinstance(paragraph, Paragraph)
    assert list(paragraph.runs) == runs


def test_hard_breaks_are_kept() -> None:
    (paragraph,) = render("first  \nsecond\\\nthird")
    assert isinstance(paragraph, Paragraph)
    assert [type(r) for r in paragraph.runs] == [Run, LineBreak, Run, LineBreak, Run]


def test_raw_html_blocks_are_shown_as_text() -> None:
    (paragraph,) = render("<script>alert(1)</script>")
    assert isinstance(paragraph, Paragraph)
    assert paragraph.runs == (Run("<script>alert(1)</script>"),)


def test_the_not_a_figure_marker_is_left_out_and_other_comments_are_shown() -> None:
    (paragraph,) = render("Of these, 4,100<!-- not a figure --> came by phone. <!-- note -->")
    assert isinstance(paragraph, Paragraph)
    assert paragraph.runs == (Run("Of these, 4,100 came by phone. <!-- note -->"),)


@pytest.mark.parametrize(
    "href", ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "vbscript:x"]
)
def test_dangerous_links_are_refused_with_the_line(href: str) -> None:
    with pytest.raises(InputError, match=r"ASCH2.md, line 4: a link to a"):
        render(f"Intro\n\nSee\n[here]({href}).")


def test_lists_nest_one_level_and_deeper_levels_are_folded_in() -> None:
    blocks = render("- one\n- two\n  1. two a\n  2. two b\n     - deeper\n\n1. first\n2. second\n")
    bullets, numbers = blocks
    assert isinstance(bullets, ListBlock) and not bullets.ordered and len(bullets.items) == 2
    nested = bullets.items[1].blocks[1]
    assert isinstance(nested, ListBlock) and nested.ordered and nested.level == 1
    assert len(nested.items) == 2
    assert [type(b) for b in nested.items[1].blocks] == [Paragraph, Paragraph]
    assert isinstance(numbers, ListBlock) and numbers.ordered and len(numbers.items) == 2


@pytest.mark.parametrize(
    ("markdown", "levels"),
    [
        ([1, 2], [4, 5]),
        ([2], [4]),  # a file that starts at ## still sits just under "Commentary"
        ([2, 4, 1], [4, 5, 4]),  # #### after ## would skip a level
        ([3, 3, 1, 2], [4, 4, 4, 5]),
        ([1, 2, 3, 4, 5, 6], [4, 5, 6, 6, 6, 6]),  # Word and PDF stop at six
    ],
)
def test_commentary_heading_levels_never_skip(markdown: list[int], levels: list[int]) -> None:
    assert heading_levels(markdown) == levels


def test_headings_sit_under_the_indicator_heading() -> None:
    blocks = render("# Main point\n\ntext\n\n## Detail\n")
    levels = [b.level for b in blocks if isinstance(b, Heading)]
    assert levels == [4, 5]


@pytest.mark.parametrize(
    ("rag", "previous", "words"),
    [
        ("AMBER", "AMBER", "the same as in the previous quarter"),
        ("AMBER", "GREEN", "a change from GREEN in the previous quarter"),
        ("GREEN", "RED", "a change from RED in the previous quarter"),
    ],
)
def test_rag_change_says_whether_the_rating_moved(rag: str, previous: str, words: str) -> None:
    assert rag_change(rag, previous) == words


def test_quotes_rules_tables_and_code_keep_their_words_once_in_order() -> None:
    """Markdown the appendix has no block for still shows every word an editor wrote,
    once, where it was written: a quote's and a table's text as paragraphs, code as it
    stands, a rule as nothing."""
    text = (
        "Before.\n\n> Quoted words.\n\n---\n\n| Area | Visits |\n|---|---|\n| North | 12 |\n\n"
        "```\nkept   as written\n```\n\n    indented code\n\nAfter.\n"
    )
    said = [
        "".join(r.text for r in block.runs if isinstance(r, Run))
        for block in render(text)
        if isinstance(block, Paragraph)
    ]
    assert said == [
        "Before.",
        "Quoted words.",
        "Area",
        "Visits",
        "North",
        "12",
        "kept   as written",
        "indented code",
        "After.",
    ]


def test_the_checker_reads_the_words_the_appendix_shows_with_their_lines() -> None:
    """`appendix check` reads the same markdown-it tokens the blocks come from: markup
    gone, a paragraph's lines joined, each block with the source line of each word."""
    text = (
        "# Assessments in **Q2**\n"
        "\n"
        "Completed [assessments](https://example.org) rose\n"
        "  to *4,688*; 4,100<!-- not a figure --> by phone.\n"
        "\n"
        "- first item\n"
        "  goes on\n"
        "\n"
        "The rise was\n"
        "2. a paragraph is not cut by a list that starts at 2\n"
        "\n"
        "| a | 5 |\n"
        "|---|---|\n"
        "\n"
        "    indented 7\n"
    )
    blocks = text_blocks(text)
    assert [(b.text, b.line) for b in blocks] == [
        ("Assessments in Q2", 1),
        (f"Completed assessments rose to 4,688; 4,100{MARK} by phone.", 3),
        ("first item goes on", 6),
        ("The rise was 2. a paragraph is not cut by a list that starts at 2", 9),
        ("a", 12),
        ("5", 12),
        ("indented 7", 15),
    ]
    rose = blocks[1]
    assert rose.line_at(rose.text.index("rose")) == 3
    assert rose.line_at(rose.text.index("4,688")) == 4
    assert [blocks[2].line_at(blocks[2].text.index(w)) for w in ("first", "goes")] == [6, 7]
    assert blocks[3].line_at(blocks[3].text.index("2.")) == 10
    assert TextBlock("x", 5).line_at(0) == 5
    # the appendix shows the same words, the marker left out
    (_, paragraph, *_) = render_commentary(text, file="x.md", values={})
    assert isinstance(paragraph, Paragraph)
    shown = "".join(run.text for run in paragraph.runs if isinstance(run, Run))
    assert shown == rose.text.replace(MARK, "")


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("One line.\n", ((1, 1),)),
        ("First\nsecond line.\n\nThird.\n", ((1, 2), (4, 4))),
        ("# Heading\n\nText {{ latest }}.\n", ((1, 1), (3, 3))),
        # a list holds the blank line after it (markdown-it's map): no finding is on one
        ("Intro.\n\n- a\n- b\n\n1. c\n", ((1, 1), (3, 5), (6, 6))),
        ("```\ncode\n```\n\n<div>raw</div>\n\nEnd.\n", ((1, 3), (5, 5), (7, 7))),
        ("Said <!-- not a figure -->.\n\n\n\nLater.\n", ((1, 1), (5, 5))),
    ],
)
def test_each_blocks_source_lines_in_the_order_of_the_blocks(
    text: str, lines: tuple[tuple[int, int], ...]
) -> None:
    """Where the preview shows a finding on a line: the block that holds the line."""
    from generator.read.commentary import block_lines

    values = {"latest": "71%"}
    assert block_lines(text, file="f.md", values=values) == lines
    assert len(render_commentary(text, file="f.md", values=values)) == len(lines)
