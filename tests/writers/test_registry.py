"""The registry of editions: one entry per writer, and nothing else to change."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.core.errors import InputError
from generator.run.build import BuildOptions, build
from generator.writers import registry
from tests.report_folder import make_report


@pytest.fixture
def toy_edition() -> Iterator[registry.Edition]:
    edition = registry.Edition("txt", "tests.toy_text_writer", default=False)
    registry.register(edition)
    yield edition
    registry.unregister("txt")


@pytest.mark.parametrize(
    ("given", "formats"),
    [
        (None, ("docx", "pdf")),
        ("", ("docx", "pdf")),
        ("all", ("docx", "pdf", "html", "xlsx", "ods")),
        ("ods", ("ods",)),
        ("html,xlsx", ("html", "xlsx")),
        ("both", ("docx", "pdf")),
        ("pdf", ("pdf",)),
        ("pdf,docx", ("docx", "pdf")),
        (" DOCX , pdf ", ("docx", "pdf")),
        ("docx,docx", ("docx",)),
    ],
)
def test_format_words_name_editions_in_registry_order(
    given: str | None, formats: tuple[str, ...]
) -> None:
    assert registry.parse_formats(given) == formats


def test_an_unknown_format_is_named_with_the_ones_there_are() -> None:
    with pytest.raises(InputError) as caught:
        registry.parse_formats("docx,xml")
    assert caught.value.message() == (
        "--format: unknown format 'xml'. "
        "Use one or more of docx, pdf, html, xlsx, ods, separated by commas"
    )


def test_every_registered_writer_exposes_write() -> None:
    for edition in registry.editions():
        assert callable(edition.writer()), edition.name


@pytest.mark.parametrize("workers", [1, 2])
def test_a_third_registered_writer_is_written_and_moved_with_the_others(
    tmp_path: Path, toy_edition: registry.Edition, workers: int
) -> None:
    root = make_report(tmp_path / "report")
    assert registry.parse_formats(None) == ("docx", "pdf")  # not a default edition
    formats = registry.parse_formats("docx,pdf,txt")
    result = build(BuildOptions(root=root, quarter="2024-25 Q2", formats=formats, workers=workers))
    assert [p.suffix for p in result.written] == [".docx", ".pdf", ".txt"]
    text = result.written[2].read_text(encoding="utf-8")
    assert "Share of requests answered within 10 days" in text
    assert not list((root / "output").glob(".*.partial"))


def test_a_failing_third_writer_leaves_no_edition_behind(
    tmp_path: Path, toy_edition: registry.Edition
) -> None:
    root = make_report(tmp_path / "report")
    report = root / "data" / "report.yaml"
    title = 'title: "Appendix 1: Test Services Key Performance Indicators"'
    report.write_text(
        report.read_text(encoding="utf-8").replace(title, 'title: "FAIL-TOY-WRITER"'),
        encoding="utf-8",
    )
    with pytest.raises(Exception, match="toy writer failed"):
        build(BuildOptions(root=root, quarter="2024-25 Q2", formats=("docx", "pdf", "txt")))
    assert sorted(p.name for p in (root / "output").iterdir() if p.name != ".cache") == []


def test_an_unregistered_edition_is_no_longer_a_format(toy_edition: registry.Edition) -> None:
    assert registry.parse_formats("txt") == ("txt",)
    registry.unregister("txt")
    registry.unregister("txt")  # already gone: nothing to do
    with pytest.raises(InputError):
        registry.parse_formats("txt")
