"""The DOCX read by pandoc, a reader that shares none of our code (nor python-docx):
its headings (level and words, in order) and its links are the model's."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.core.model import Document, Heading, LineBreak, Run
from generator.read.style import load_style
from generator.writers.docx.writer import write_docx
from tests.model_fixture import sample_document
from tests.writers.test_docx import STYLE_PATH, _blocks, _inline_text, _model_headings

pytestmark = pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc not on PATH")


def _pandoc(path: Path) -> dict[str, Any]:
    done = subprocess.run(
        ["pandoc", "--from", "docx", "--to", "json", str(path)],
        capture_output=True,
        check=True,
        timeout=120,
    )
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def _text(inlines: list[dict[str, Any]]) -> str:
    parts = []
    for node in inlines:
        kind, content = node["t"], node.get("c")
        if kind == "Str":
            parts.append(content)
        elif kind in ("Space", "SoftBreak", "LineBreak"):
            parts.append(" ")
        elif kind in ("Emph", "Strong", "Underline", "SmallCaps"):
            parts.append(_text(content))
        elif kind in ("Link", "Span"):
            parts.append(_text(content[1]))
    return "".join(parts)


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if "t" in node:
            yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


@pytest.fixture(scope="module")
def model() -> Document:
    return sample_document()


@pytest.fixture(scope="module")
def read_back(tmp_path_factory: pytest.TempPathFactory, model: Document) -> dict[str, Any]:
    target = tmp_path_factory.mktemp("pandoc") / "appendix.docx"
    write_docx(model, load_style(STYLE_PATH), target)
    return _pandoc(target)


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_pandoc_finds_every_heading_at_its_level(
    model: Document, read_back: dict[str, Any]
) -> None:
    expected = [
        (h.level, _squash(_inline_text(h.runs)))
        for block in _blocks(model)
        for h in _model_headings(block)
    ]
    found = [
        (node["c"][0], _squash(_text(node["c"][2])))
        for node in _walk(read_back["blocks"])
        if node["t"] == "Header"
    ]
    assert len(expected) > 3 and found == expected


def test_pandoc_finds_every_link_with_its_address(
    model: Document, read_back: dict[str, Any]
) -> None:
    def runs(node: object) -> Iterator[Run]:
        if isinstance(node, Run):
            yield node
        elif isinstance(node, Heading | LineBreak):
            return
        elif hasattr(node, "__dataclass_fields__"):
            for name in node.__dataclass_fields__:
                yield from runs(getattr(node, name))
        elif isinstance(node, tuple | list):
            for item in node:
                yield from runs(item)

    expected = [(_squash(r.text), r.href) for r in runs(model) if r.href]
    found = [
        (_squash(_text(node["c"][1])), node["c"][2][0])
        for node in _walk(read_back["blocks"])
        if node["t"] == "Link" and not node["c"][2][0].startswith("#")
    ]
    assert expected and found == expected
