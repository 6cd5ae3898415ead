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

FONTS = Path(__import__("matplotlib").get_data_path()) / "fonts" / "ttf"


def _kept(folder: Path) -> None:
    for name, data in parsed_fonts.take_made().items():
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
    parsed_fonts.take_made()
    first = parsed_fonts.parsed_font("Kept", path, tmp_path)
    _kept(tmp_path)
    assert len(list(tmp_path.iterdir())) == 1
    loaded = parsed_fonts.parsed_font("Kept", path, tmp_path)
    assert parsed_fonts.take_made() == {}  # loaded, not parsed: nothing new to keep
    _same(loaded, TTFont("Kept", str(path)))
    _same(first, TTFont("Kept", str(path)))
    # another name for the same file is another entry
    parsed_fonts.parsed_font("Other", path, tmp_path)
    assert len(parsed_fonts.take_made()) == 1


@pytest.mark.parametrize("damage", ["not sealed here", "cut short", "other font"])
def test_an_entry_not_made_here_or_damaged_is_parsed_again(damage: str, tmp_path: Path) -> None:
    path = FONTS / "DejaVuSans.ttf"
    parsed_fonts.take_made()
    parsed_fonts.parsed_font("Kept", path, tmp_path)
    _kept(tmp_path)
    (entry,) = tmp_path.iterdir()
    if damage == "not sealed here":
        entry.write_bytes(b"\0" * 32 + entry.read_bytes()[32:])
    elif damage == "cut short":
        entry.write_bytes(entry.read_bytes()[:-100])
    else:  # a sealed entry of another font under this font's name
        other = tmp_path / "other"
        parsed_fonts.parsed_font("Kept", FONTS / "DejaVuSans-Bold.ttf", other)
        entry.write_bytes(next(iter(parsed_fonts.take_made().values())))
    font = parsed_fonts.parsed_font("Kept", path, tmp_path)
    assert list(parsed_fonts.take_made()) == [entry.name]  # parsed again, to be kept again
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
