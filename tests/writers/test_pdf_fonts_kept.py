"""The PDF's fonts kept parsed (writers/pdf/parsed_fonts.py): a font loaded from its
entry is the font parsed from its file, a PDF written with such fonts is the same
bytes, and an entry not made by this user's builds, or damaged, is parsed again."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from generator.read.cached import put_once
from generator.writers.pdf import parsed_fonts
from tests.report_folder import make_report
from tests.scope import new_process
from tests.spied_build import spied_build

FONTS = Path(__import__("matplotlib").get_data_path()) / "fonts" / "ttf"


def _missing(folder: Path, *fonts: tuple[str, Path]) -> dict[str, bytes]:
    return parsed_fonts.missing_from(folder, fonts)


def _kept(folder: Path, *fonts: tuple[str, Path]) -> None:
    for name, data in _missing(folder, *fonts).items():
        put_once(folder / name, data)


def _same(loaded: TTFont, parsed: TTFont) -> None:
    assert type(loaded) is type(parsed) and vars(loaded).keys() == vars(parsed).keys()
    for key, value in vars(parsed).items():
        if key == "face":
            continue
        if key == "state":
            assert len(loaded.state) == 0 and type(loaded.state) is type(value)
        elif key == "encoding":
            assert vars(loaded.encoding) == vars(value)
        else:
            assert getattr(loaded, key) == value, key
    face, fresh = vars(loaded.face), vars(parsed.face)
    assert face.keys() == fresh.keys()
    for key, value in fresh.items():
        if key == "_pdfScale":  # a function: the same scale
            assert [face[key](x) for x in (0, 1, 777, 2048)] == [
                value(x) for x in (0, 1, 777, 2048)
            ]
        else:
            assert face[key] == value, key


@pytest.mark.parametrize(
    "file", ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSerif-Italic.ttf", "STIXGeneral.ttf"]
)
def test_a_font_loaded_from_its_entry_is_the_font_parsed_from_its_file(
    file: str, tmp_path: Path
) -> None:
    path = FONTS / file
    first = parsed_fonts.parsed_font("Kept", path, tmp_path)
    _kept(tmp_path, ("Kept", path))
    assert len(list(tmp_path.iterdir())) == 1
    loaded = parsed_fonts.parsed_font("Kept", path, tmp_path)
    assert _missing(tmp_path, ("Kept", path)) == {}  # the folder holds it: nothing to keep
    _same(loaded, TTFont("Kept", str(path)))
    _same(first, TTFont("Kept", str(path)))
    # another name for the same file is another entry
    parsed_fonts.parsed_font("Other", path, tmp_path)
    assert len(_missing(tmp_path, ("Kept", path), ("Other", path))) == 1
    # Another report's folder lacks both: this process hands it the entries it holds
    # (loaded or parsed), the same bytes, which that folder's next build loads.
    other = tmp_path / "other report"
    (entry,) = tmp_path.iterdir()
    given = _missing(other, ("Kept", path))
    assert given == {entry.name: entry.read_bytes()}
    _kept(other, ("Kept", path))
    _same(parsed_fonts.parsed_font("Kept", path, other), TTFont("Kept", str(path)))


@pytest.mark.parametrize("damage", ["not sealed here", "cut short", "other font"])
def test_an_entry_not_made_here_or_damaged_is_parsed_again(damage: str, tmp_path: Path) -> None:
    path = FONTS / "DejaVuSans.ttf"
    parsed_fonts.parsed_font("Kept", path, tmp_path)
    _kept(tmp_path, ("Kept", path))
    (entry,) = tmp_path.iterdir()
    if damage == "not sealed here":
        entry.write_bytes(b"\0" * 32 + entry.read_bytes()[32:])
    elif damage == "cut short":
        entry.write_bytes(entry.read_bytes()[:-100])
    else:  # a sealed entry of another font under this font's name
        other, bold = tmp_path / "other", FONTS / "DejaVuSans-Bold.ttf"
        parsed_fonts.parsed_font("Kept", bold, other)
        entry.write_bytes(next(iter(_missing(other, ("Kept", bold)).values())))
    font = parsed_fonts.parsed_font("Kept", path, tmp_path)
    assert list(_missing(tmp_path, ("Kept", path))) == [entry.name]  # to be kept again
    _same(font, TTFont("Kept", str(path)))


@new_process
def test_a_rebuild_with_the_fonts_kept_writes_the_pdf_of_a_fresh_build(tmp_path: Path) -> None:
    """Each build in a process of its own, as the command runs: the first keeps the
    fonts it parsed; the next, after a commentary edit, loads them; its PDF is the
    fresh build's."""
    root = make_report(tmp_path / "report")

    def build(*args: str) -> None:
        command = [sys.executable, "-c", "from generator.cli import entry; entry()", "build"]
        subprocess.run([*command, *args], cwd=root, check=True, capture_output=True)

    build()
    kept = list((root / "output" / ".cache" / "pdf").rglob("*.pickle"))
    assert len(kept) == 4  # the four faces of the house font
    before = {p: p.stat().st_mtime_ns for p in kept}
    commentary = root / "narratives" / "2024-25-Q2" / "TS1.md"
    commentary.write_text(commentary.read_text(encoding="utf-8") + "\nOne more line.\n")
    build()
    assert {p: p.stat().st_mtime_ns for p in kept} == before  # loaded, not made again
    build("--no-cache", "--out", str(tmp_path / "fresh"))
    (warm,) = (root / "output").glob("*.pdf")
    (fresh,) = (tmp_path / "fresh").glob("*.pdf")
    assert warm.read_bytes() == fresh.read_bytes()


@new_process
@pytest.mark.parametrize("formats", ["docx,pdf", "pdf"])
def test_with_one_worker_the_fonts_loaded_to_measure_the_pages_are_kept(
    tmp_path: Path, formats: str
) -> None:
    """With one worker everything runs in the command's own process, and the pages are
    measured (with the PDF writer's fonts) before the PDF is written: the fonts loaded
    to measure are the ones kept, and the next build, after a commentary edit, parses
    none of them (and writes the PDF of a fresh build)."""
    root = make_report(tmp_path / "report")
    one = {"APPENDIX_WORKERS": "1"}
    made, _ = spied_build(root, "build", "--format", formats, **one)
    assert made["font parsed"] == 4  # once, for the measure and the writer alike
    kept = {p: p.stat().st_mtime_ns for p in (root / "output" / ".cache" / "pdf").rglob("*.*")}
    assert len(kept) == 4 and all(p.suffix == ".pickle" for p in kept)
    commentary = root / "narratives" / "2024-25-Q2" / "TS1.md"
    commentary.write_text(commentary.read_text(encoding="utf-8") + "\nOne more line.\n")
    again, _ = spied_build(root, "build", "--format", formats, **one)
    assert again["font parsed"] == 0
    assert {p: p.stat().st_mtime_ns for p in kept} == kept
    spied_build(root, "build", "--format", "pdf", "--no-cache", "--out", "fresh", **one)
    (warm,) = (root / "output").glob("*.pdf")
    assert warm.read_bytes() == (root / "fresh" / warm.name).read_bytes()
