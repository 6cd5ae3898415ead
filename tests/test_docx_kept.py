"""The DOCX's sections kept by their content (writers/docx/kept.py): a rebuild writes
again only the sections that changed, and its DOCX is the same, byte for byte, as a
build from nothing, pictures, links, lists and bookmarks included, also when an
edit before a kept section shifts the ids it is given."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

import generator.writers.docx.writer as docx_writer
from generator.run.build import BuildOptions, build
from tests.report_folder import make_report
from tests.test_bilingual import _welsh_looking, _with_languages
from tests.test_bilingual_document import _one_document
from tests.writers.test_template import on_template

# Links, an ordered list (a numbering restarted for it), bullets and a second
# paragraph in an item, in each indicator's commentary.
COMMENTARY = {
    "TS1": "Answered on time: **{{ latest }}**, see [the guide](https://example.org/guide).\n\n"
    "1. First step\n2. Second step, [more](https://example.org/more)\n\n"
    "- rated {{ rag }}\n- trend: {{ trend }}\n",
    "TS2": "Visits made reached {{ series.made.latest }} ([source](https://example.org/s)).\n\n"
    "1. One\n\n   Its second paragraph.\n2. Two\n",
}


def _built(root: Path, monkeypatch: pytest.MonkeyPatch, **options: object) -> tuple[bytes, int]:
    """The DOCX a build writes, and how many of its sections were built afresh."""
    built: list[object] = []
    real = docx_writer._Writer.build_section

    def counted(self: docx_writer._Writer, section: object, *, first: bool) -> None:
        built.append(section)
        real(self, section, first=first)  # type: ignore[arg-type]

    monkeypatch.setattr(docx_writer._Writer, "build_section", counted)
    settings: dict[str, object] = {"formats": ("docx",), "workers": 1, "check": False}
    settings.update(options)
    result = build(BuildOptions(root, **settings))  # type: ignore[arg-type]
    written = [p for p in result.written if p.suffix == ".docx"]
    assert len(written) == 1
    return written[0].read_bytes(), len(built)


def _fresh(root: Path, monkeypatch: pytest.MonkeyPatch) -> bytes:
    return _built(root, monkeypatch, use_cache=False, out=root / "fresh")[0]


def _append(root: Path, indicator: str, text: str, language: str = "") -> None:
    path = root / "narratives" / "2024-25-Q2" / language / f"{indicator}.md"
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def _entries(root: Path) -> list[Path]:
    return sorted((root / "output" / ".cache" / "docx").rglob("*.json"))


def test_a_rebuild_reuses_every_unchanged_section_and_writes_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_report(tmp_path / "report", commentary=COMMENTARY)
    first, sections = _built(root, monkeypatch)
    assert sections > 2 and len(_entries(root)) >= 2
    assert first == _fresh(root, monkeypatch)
    again, built = _built(root, monkeypatch)
    assert again == first and built == 0


def test_an_edit_that_shifts_every_later_id_gives_the_bytes_of_a_fresh_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """TS1 gains a link, a restarted list and a heading: TS2's kept XML is given other
    relationship ids, list numbers and bookmark ids, and reads as a fresh build's."""
    root = make_report(tmp_path / "report", commentary=COMMENTARY)
    _, all_sections = _built(root, monkeypatch)
    _append(root, "TS1", "\n3. Third, [new](https://example.org/new)\n\n1. Again\n")
    warm, built = _built(root, monkeypatch)
    assert 0 < built < all_sections
    assert warm == _fresh(root, monkeypatch)
    # and back: the first entries are reused again
    _append(root, "TS2", "\nOne more line with [a link](https://example.org/guide).\n")
    warm, built = _built(root, monkeypatch)
    assert 0 < built < all_sections
    assert warm == _fresh(root, monkeypatch)


def test_a_cold_build_with_workers_keeps_the_sections_the_worker_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cold build writes the DOCX in a worker: the sections it made are handed back
    and kept once the build succeeds, and the next build reuses them."""
    root = make_report(tmp_path / "report", commentary=COMMENTARY)
    build(BuildOptions(root, formats=("docx", "pdf"), workers=2, check=False))
    assert _entries(root)
    docx = next((root / "output").glob("*.docx")).read_bytes()
    again, built = _built(root, monkeypatch)
    assert again == docx and built == 0


def test_an_entry_not_sealed_here_or_damaged_is_built_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_report(tmp_path / "report", commentary=COMMENTARY)
    first, _ = _built(root, monkeypatch)
    entries = _entries(root)
    entries[0].write_bytes(b'{"xml": "<w:p/>"}')  # as a shared folder might hold
    entries[1].write_bytes(entries[1].read_bytes()[:-20])
    again, built = _built(root, monkeypatch)
    assert again == first and built == 2


def test_no_section_is_kept_by_a_failed_build_or_without_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_report(tmp_path / "report", commentary=COMMENTARY)
    _built(root, monkeypatch, use_cache=False)
    assert _entries(root) == []
    real = docx_writer.reproducible_zip

    def fail(*args: object) -> bytes:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(docx_writer, "reproducible_zip", fail)
    with pytest.raises(OSError):
        _built(root, monkeypatch)
    assert _entries(root) == []
    monkeypatch.setattr(docx_writer, "reproducible_zip", real)


def test_a_bilingual_document_from_kept_sections_is_the_fresh_one(
    repo_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sample as one Welsh-and-English document (each part's sections in its own
    language): after one Welsh commentary changes, the same bytes as a fresh build."""
    root = tmp_path / "report"
    shutil.copytree(repo_root / "styles", root / "styles")
    for folder in ("data", "narratives"):
        shutil.copytree(repo_root / folder, root / folder)
    _with_languages(root / "data" / "report.yaml", "[en-GB, cy]")
    _one_document(root / "styles" / "house.yaml")
    quarter = root / "narratives" / "2024-25-Q2"
    (quarter / "cy").mkdir()
    for path in quarter.glob("*.md"):
        (quarter / "cy" / path.name).write_text(
            _welsh_looking(path.read_text(encoding="utf-8")), encoding="utf-8"
        )
    _, sections = _built(root, monkeypatch, quarter="2024-25 Q2")
    _append(root, "ASCH2", "\nCy-Un llinell arall [dolen](https://example.org/cy).\n", "cy")
    warm, built = _built(root, monkeypatch, quarter="2024-25 Q2")
    assert 0 < built < sections // 4
    fresh = _built(root, monkeypatch, quarter="2024-25 Q2", use_cache=False, out=root / "fresh")
    assert warm == fresh[0]


def test_on_a_council_template_kept_sections_give_the_fresh_bytes_and_follow_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a template (its own list numbering made as the lists ask for it), a rebuild
    after an edit is the fresh build; a changed template builds every section again."""
    root = make_report(tmp_path / "report", commentary=COMMENTARY)
    on_template(root)
    _, sections = _built(root, monkeypatch)
    _append(root, "TS1", "\n3. Third, [new](https://example.org/new)\n")
    warm, built = _built(root, monkeypatch)
    assert 0 < built < sections
    assert warm == _fresh(root, monkeypatch)
    template = root / "styles" / "council.dotx"
    with zipfile.ZipFile(template, "a") as package:
        package.writestr("customXml/note.xml", "<note/>")  # the same styles, other bytes
    _, built = _built(root, monkeypatch)
    assert built == sections
