"""A third writer for the registry's tests: the document's text, one block a line."""

from __future__ import annotations

from pathlib import Path

from generator.core.model import Document, Heading, Paragraph, Run
from generator.look.resolve import Look

FAIL_ON = "FAIL-TOY-WRITER"  # a title containing this makes the writer fail


def write(document: Document, look: Look, target: Path) -> None:
    if FAIL_ON in document.metadata.title:
        raise RuntimeError("the toy writer failed")
    lines = [document.metadata.title]
    for section in document.sections:
        for block in section.blocks:
            if isinstance(block, Heading | Paragraph):
                lines.append("".join(r.text for r in block.runs if isinstance(r, Run)))
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
