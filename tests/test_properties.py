"""No input crashes the Markdown renderer or the data loader: either a result or one InputError."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.core.errors import InputError
from generator.core.model import Heading, LineBreak, ListBlock, Paragraph, Run
from generator.read.commentary import render_commentary
from generator.read.data import load_data
from generator.read.definitions import load_report
from tests.report_folder import make_report

VALUES = {"latest": "75%", "rag": "AMBER", "series": {"made": {"latest": "1,200"}}}
MARKDOWN_PIECES = st.sampled_from(
    [
        "**",
        "*",
        "_",
        "[",
        "](",
        ")",
        "https://x.org",
        "javascript:",
        "<b>",
        "</b>",
        "\n",
        "\n\n",
        "- ",
        "1. ",
        "  ",
        "\\",
        "#",
        "{{",
        "}}",
        " latest ",
        "`",
        "> ",
        "£",
        "–",
        "“",
        "|",
    ]
)


def _walk(blocks: tuple[object, ...]) -> None:
    for block in blocks:
        if isinstance(block, Paragraph | Heading):
            for run in block.runs:
                assert isinstance(run, Run | LineBreak)
                if isinstance(run, Run) and run.href is not None:
                    assert run.href.lower().startswith(("http://", "https://", "mailto:"))
        elif isinstance(block, ListBlock):
            assert block.level in (0, 1)
            for item in block.items:
                _walk(item.blocks)
        else:
            raise AssertionError(f"unexpected block {block!r}")


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(st.one_of(MARKDOWN_PIECES, st.text(max_size=5))).map("".join)))
def test_any_markdown_renders_or_is_refused_clearly(text: str) -> None:
    try:
        blocks = render_commentary(text, file="X.md", values=VALUES, indicator="TS1")
    except InputError as error:
        assert error.file == "X.md" and error.problem
        return
    _walk(blocks)


CELLS = st.one_of(
    st.sampled_from(
        [
            "TS1",
            "TS2",
            "TS9",
            "",
            "2024/25 Q2",
            "Q1 2023/24",
            "2024-25 Q9",
            "made",
            "booked",
            "value",
            "70",
            "-1",
            "1e400",
            "nan",
            "101",
            "provisional",
            "x",
        ]
    ),
    st.text(max_size=8),
    st.floats(allow_nan=True).map(str),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    header=st.lists(
        st.sampled_from(["indicator", "period", "series", "value", "status", "other"]),
        min_size=0,
        max_size=6,
    ),
    rows=st.lists(st.lists(CELLS, min_size=0, max_size=6), max_size=8),
)
def test_any_csv_loads_or_is_refused_clearly(header: list[str], rows: list[list[str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = make_report(Path(folder))
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        if header:
            writer.writerow(header)
        writer.writerows(rows)
        (root / "data" / "values.csv").write_text(buffer.getvalue(), encoding="utf-8")
        report = load_report(root / "data" / "report.yaml")
        try:
            dataset = load_data(report)
        except InputError as error:
            assert error.file is not None and error.file.endswith("values.csv")
            return
        for observation in dataset.observations.values():
            assert observation.value >= 0
