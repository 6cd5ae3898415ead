"""Build editions of a report folder in this process and catch the document model the
writers were given, for tests that compare an edition's file with its model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.core.model import Document
from generator.run.build import BuildOptions, build
from generator.writers import registry


def build_catching_document(
    root: Path, quarter: str, out: Path, formats: tuple[str, ...]
) -> tuple[dict[str, Path], Document]:
    """The files written (by format: 'pdf', 'xlsx', ...) and the model they were written from."""
    seen: list[Document] = []
    real = registry.write_with

    def catching(module: str, document: Document, *rest: Any) -> dict[str, bytes]:
        seen.append(document)
        return real(module, document, *rest)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(registry, "write_with", catching)
        written = build(
            BuildOptions(
                root=root,
                quarter=quarter,
                out=out,
                formats=formats,
                workers=1,  # every writer in this process, where the model is caught
            )
        ).written
    return {path.suffix[1:]: path for path in written}, seen[0]
