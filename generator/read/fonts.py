"""The fonts a council's Word template asks for, found on this machine.

The PDF embeds each font its text is drawn in, so it needs the font's TrueType
files. A template's font is taken, in this order, from:

1. the house style's `fonts:` (files the council names);
2. the fonts installed here (Windows, macOS and Linux font folders, as
   matplotlib's font manager finds them);
3. a metric-compatible stand-in installed here (Carlito for Calibri...), from
   the table in generator/templates/fonts.json (`stand_in_table`);
4. the house font (`font:`).

The last two warn, naming the template's font and the one used instead; no
font ever stops a build. The Word edition keeps the template's font names (Word
on the reader's machine has them); the PDF, and the charts, which use the PDF's
body font, draw in the font chosen here.

matplotlib's font manager is imported only when a template asks for a font the
house style gives no files for: a build without a template never loads it.
"""

from __future__ import annotations

import functools
import json
import os
import struct
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from generator.read.style import FontFiles, Style

if TYPE_CHECKING:
    from generator.read.template import Template

How = Literal["configured", "installed", "stand-in", "house"]


@dataclass(frozen=True)
class FontChoice:
    """The font drawn for a family the template asks for, and how it was found."""

    asked: str  # the template's family, as Word names it ("Calibri")
    used: str  # the family drawn in the PDF and the charts ("Carlito")
    files: FontFiles
    how: How
    stand_ins: tuple[str, ...] = ()  # the metric-compatible ones the table names

    def warning(self, style_file: str) -> str | None:
        """One line where the template's font is not the one drawn, else None."""
        if self.how in ("configured", "installed"):
            return None
        instead = f"'{self.used}'" if self.how == "stand-in" else f"the house font '{self.used}'"
        line = (
            f"{style_file}: the template's font '{self.asked}' is not installed here; "
            f"the PDF uses {instead} in its place (the Word edition keeps '{self.asked}')"
        )
        if self.how == "house":
            names = " or ".join(f"'{name}'" for name in (self.asked, *self.stand_ins))
            line += f". Install {names}, or name its TrueType files under fonts: in the house style"
        return line


@dataclass(frozen=True)
class InstalledFace:
    """One installed font file, as the font manager describes it."""

    family: str
    italic: bool
    weight: int  # 400 regular, 700 bold
    normal_width: bool  # not condensed or expanded
    path: str


# Each face of a family: (italic, weight) wanted.
_WANTED: dict[str, tuple[bool, int]] = {
    "regular": (False, 400),
    "bold": (False, 700),
    "italic": (True, 400),
    "bold_italic": (True, 700),
}


def faces_of(family: str, faces: Iterable[InstalledFace]) -> FontFiles | None:
    """The four faces of `family` among `faces` (its name in any case), each the nearest
    in slant, width and weight, ties to the first path in order, so the same fonts
    always give the same files; a face the family lacks is its nearest (a family with
    no bold draws bold text in its regular face). None without an upright face."""
    own = sorted(
        (face for face in faces if face.family.casefold() == family.casefold()),
        key=lambda face: face.path,
    )
    if not any(not face.italic for face in own):
        return None

    def nearest(italic: bool, weight: int) -> Path:
        best = min(
            own,
            key=lambda f: (f.italic != italic, not f.normal_width, abs(f.weight - weight), f.path),
        )
        return Path(best.path)

    return FontFiles(**{name: nearest(*wanted) for name, wanted in _WANTED.items()})


def stand_ins_for(family: str, table: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    """The metric-compatible stand-ins `table` names for `family` (in any case), in order."""
    wanted = family.casefold()
    for name, stand_ins in table.items():
        if name.casefold() == wanted:
            return tuple(stand_ins)
    return ()


def choose_font(
    asked: str,
    *,
    configured: FontFiles | None,
    find: Callable[[str], FontFiles | None],
    stand_ins: Sequence[str],
    house: tuple[str, FontFiles],
) -> FontChoice:
    """The font to draw `asked` in: the files the house style names, else the font
    installed (`find`), else the first stand-in installed, else the house font."""
    if configured is not None:
        return FontChoice(asked, asked, configured, "configured")
    found = find(asked)
    if found is not None:
        return FontChoice(asked, asked, found, "installed")
    for name in stand_ins:
        found = find(name)
        if found is not None:
            return FontChoice(asked, name, found, "stand-in", tuple(stand_ins))
    return FontChoice(asked, house[0], house[1], "house", tuple(stand_ins))


# An sfnt file's version: TrueType outlines ('OTTO', PostScript outlines, cannot be
# embedded by the PDF writer).
_TRUETYPE = (0x00010000, 0x74727565)
_RESTRICTED = 0x0002  # OS/2 fsType: restricted licence embedding
_NO_SUBSET = 0x0300  # no subsetting, or bitmap embedding only


def embedding_allowed(version: int, tables: frozenset[bytes], fs_type: int | None) -> bool:
    """Whether a font file with this sfnt `version`, these tables and this OS/2 fsType
    can be embedded in the PDF, subset, as TrueType: outlines in glyf and loca, and
    a licence that lets it be."""
    if version not in _TRUETYPE or not {b"glyf", b"loca"} <= tables:
        return False
    return fs_type is None or not (fs_type == _RESTRICTED or fs_type & _NO_SUBSET)


@functools.cache
def embeddable(path: str) -> bool:
    """Whether the font file at `path` can be embedded in the PDF (read: its header,
    table directory and licence bits only)."""
    try:
        with open(path, "rb") as file:
            version, count = struct.unpack(">IH", file.read(6))
            file.read(6)
            directory = file.read(16 * count)
            tables = {
                directory[i : i + 4]: struct.unpack(">II", directory[i + 8 : i + 16])
                for i in range(0, len(directory) - 15, 16)
            }
            fs_type = None
            if b"OS/2" in tables and tables[b"OS/2"][1] >= 10:
                file.seek(tables[b"OS/2"][0] + 8)
                (fs_type,) = struct.unpack(">H", file.read(2))
    except (OSError, struct.error):
        return False
    return embedding_allowed(version, frozenset(tables), fs_type)


@functools.cache
def installed_faces() -> tuple[InstalledFace, ...]:
    """The TrueType fonts installed here: those matplotlib's font manager keeps in its
    cache, and any installed since it was made (read from their files)."""
    from matplotlib import font_manager

    entries: list[Any] = list(font_manager.fontManager.ttflist)
    known = {entry.fname for entry in entries}
    for path in sorted(font_manager.findSystemFonts()):
        if path not in known and path.lower().endswith(".ttf"):
            try:
                entries.append(font_manager.ttfFontProperty(font_manager.get_font(path)))
            except (OSError, RuntimeError, ValueError, KeyError, IndexError):
                continue  # not a font the font manager can read: not one to draw in
    faces = []
    for entry in entries:
        path = str(entry.fname)
        if not path.lower().endswith(".ttf") or not os.path.isfile(path):
            continue
        weight = entry.weight
        if not isinstance(weight, int):
            weight = int(font_manager.weight_dict.get(str(weight), 400))
        faces.append(
            InstalledFace(
                str(entry.name), entry.style != "normal", weight, entry.stretch == "normal", path
            )
        )
    return tuple(faces)


def find_installed(family: str) -> FontFiles | None:
    """The faces of `family` installed here that the PDF can embed, if any."""
    wanted = family.casefold()
    faces = [f for f in installed_faces() if f.family.casefold() == wanted and embeddable(f.path)]
    return faces_of(family, faces)


@functools.cache
def stand_in_table() -> dict[str, tuple[str, ...]]:
    """generator/templates/fonts.json: each font's metric-compatible stand-ins, the
    first one installed used (JSON, read without loading PyYAML in every build).

    Stand-ins for the fonts councils' Word templates use, where the font itself is not
    installed on the machine that builds (a Linux server has no Calibri). Each is
    metric-compatible: its letters take the same room as the font's, so the PDF's
    lines and pages break where Word's would. Where none is installed, the house font
    (`font:` in the house style), and the build warns either way; the Word edition
    always keeps the template's font. Carlito and Caladea: Debian/Ubuntu
    fonts-crosextra-carlito and -caladea. Liberation: fonts-liberation2 (or
    fonts-liberation). Arimo, Tinos and Cousine: Google's ChromeOS core fonts, on the
    same metrics as Liberation. Family names are matched without regard to case."""
    text = (resources.files("generator") / "templates" / "fonts.json").read_text("utf-8")
    raw: dict[str, list[str]] = json.loads(text)
    return {str(name): tuple(str(n) for n in names) for name, names in raw.items()}


def template_font(style: Style, family: str) -> FontChoice:
    """The font the PDF draws the template's `family` in (see the module's notes)."""
    return choose_font(
        family,
        configured=style.font_files(family),
        find=find_installed,
        stand_ins=stand_ins_for(family, stand_in_table()),
        house=(style.font_family, style.fonts),
    )


def body_family(template: Template | None, house: str) -> str:
    """The body text's family: the template's Normal style's, else the house font."""
    normal = template.styles.get("Normal") if template is not None else None
    return normal.font if normal is not None and normal.font else house


@functools.lru_cache(maxsize=8)
def _template_body_family(path: Path, style_file: Path, stamp: tuple[int, int], house: str) -> str:
    from generator.read.template import read_template

    return body_family(read_template(path, style_file), house)


def body_font(style: Style) -> FontChoice:
    """The font of the PDF's body text, which the charts use too (the template, read
    once while it is unchanged, names it; else the house font)."""
    if style.template is None:
        return FontChoice(style.font_family, style.font_family, style.fonts, "configured")
    try:
        status = style.template.stat()
        stamp = (status.st_mtime_ns, status.st_size)
    except OSError:
        stamp = (0, 0)  # read_template says what is wrong with it
    family = _template_body_family(style.template, style.source, stamp, style.font_family)
    return template_font(style, family)
