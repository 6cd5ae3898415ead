"""The PDF's fonts kept parsed, so that a rebuild loads them rather than reading every
glyph's metrics from the font files again (four faces of DejaVu Sans: 0.045 s to
parse, about a third of that to load).

A parsed font is reportlab's `TTFont`, pickled as soon as it is parsed (before any
document has used it). Two things in it do not pickle as they are: its empty
per-document state (a `WeakKeyDictionary`, made anew) and the function that scales
its units to the PDF's thousandths (a lambda, made anew from the scale it gives 1).
The font file's own bytes, which the font keeps to make its subsets, are not kept:
they are read from the file, whose digest (with the name the font is registered
under) is the entry's key. The folder an entry is kept in is named by the
fingerprint of this package's code and reportlab's version (`ReportFolder.parts_cache`).

An entry is Python objects, which could run code as they load: it is sealed
(`read/cached.py`) as the validated inputs are, and one that is not sealed by this
user's builds, or does not load, is parsed again.

A process registers its fonts once, from whichever folder it was given first (the
page measure's or the writer's; with `build --all`, one report's of several): it
keeps each font's sealed entry, so that the writer can hand any folder it writes
for the entries that folder lacks (`missing_from`), whichever process parsed them.
"""

from __future__ import annotations

import hashlib
import io
import pickle
import types
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.pdfbase.ttfonts import TTFont

from generator.read.cached import read_entry, seal, unseal

_FONT_DATA = "font file"  # the persistent id standing for the font file's bytes
_SCALE_OF = "TTFontFile.extractInfo.<locals>.<lambda>"  # reportlab's units-to-PDF scale


@dataclass(frozen=True)
class _Entry:
    name: str  # its file's name
    sealed: bytes  # its bytes, sealed
    read_from: Path | None  # the folder it was loaded from, intact (None: parsed here)


# The entry of each font this process parsed or loaded through a folder, by the name it
# is registered under and its file.
_entries: dict[tuple[str, Path], _Entry] = {}


def parsed_font(name: str, path: Path, kept: Path | None) -> TTFont:
    """The TrueType font at `path`, registered as `name`: loaded from the folder `kept`
    where an entry for its bytes is there, else parsed (and, with `kept`, an entry made
    for the build to keep)."""
    if kept is None:
        return TTFont(name, str(path))
    data = path.read_bytes()
    entry = _entry_name(name, data)
    blob = read_entry(kept / entry)
    sealed = None if blob is None else unseal(blob)
    if blob is not None and sealed is not None:
        try:
            font = _loads(sealed, data, entry)
        except Exception:  # a damaged entry is parsed again, never trusted
            pass
        else:
            _entries[(name, path)] = _Entry(entry, blob, kept)
            return font
    font = TTFont(name, str(path))
    _entries[(name, path)] = _Entry(entry, seal(_dumps(font, data, entry)), None)
    return font


def held(name: str, path: Path, kept: Path) -> None:
    """This process's entry of the font at `path` registered as `name`, made where it
    has none (the font was registered before without a folder: loaded from `kept`, or
    parsed again), so that the folder can be handed it."""
    if (name, path) not in _entries:
        parsed_font(name, path, kept)


def missing_from(kept: Path, fonts: Iterable[tuple[str, Path]]) -> dict[str, bytes]:
    """The entries of `fonts` (each the name it is registered under and its file) that
    this process holds and the folder `kept` lacks (or holds damaged), by file name: to
    be kept there once the build has succeeded."""
    missing: dict[str, bytes] = {}
    for font in fonts:
        entry = _entries.get(font)
        if entry is None or entry.read_from == kept:
            continue
        if read_entry(kept / entry.name) != entry.sealed:
            missing[entry.name] = entry.sealed
    return missing


def _entry_name(name: str, data: bytes) -> str:
    digest = hashlib.sha256(name.encode() + b"\0")
    digest.update(data)
    return f"{digest.hexdigest()}.pickle"


def _scale(unit: float) -> Any:
    """reportlab's scale from a font's units to the PDF's thousandths, made again from
    what it gives 1 (1 where the font's em is 1000 units)."""
    if unit == 1:
        return lambda x: x
    return lambda x: x * unit


class _Pickler(pickle.Pickler):
    def __init__(self, file: io.BytesIO, data: bytes) -> None:
        super().__init__(file, protocol=5)
        self.data = data

    def persistent_id(self, obj: Any) -> str | None:
        return _FONT_DATA if obj is self.data else None

    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, WeakKeyDictionary):
            if len(obj):
                raise pickle.PicklingError("a font already used by a document")
            return (WeakKeyDictionary, ())
        if isinstance(obj, types.FunctionType) and obj.__qualname__ == _SCALE_OF:
            return (_scale, (obj(1),))
        return NotImplemented


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, data: bytes) -> None:
        super().__init__(file)
        self.data = data

    def persistent_load(self, pid: Any) -> Any:
        if pid != _FONT_DATA:
            raise pickle.UnpicklingError("not a kept font")
        return self.data

    def find_class(self, module: str, name: str) -> Any:
        if module == __name__ and name == "_scale":
            return _scale
        return super().find_class(module, name)


def _dumps(font: TTFont, data: bytes, entry: str) -> bytes:
    """The font pickled with the name of its entry (which names its file's bytes and
    the name it is registered under), so that it is never loaded as another's."""
    buffer = io.BytesIO()
    if font.face._ttf_data != data:
        raise ValueError("the font's bytes are not the file's")
    # the font's own copy of the file's bytes is the one written as a persistent id
    _Pickler(buffer, font.face._ttf_data).dump((entry, font))
    return buffer.getvalue()


def _loads(sealed: bytes, data: bytes, entry: str) -> TTFont:
    made_for, font = _Unpickler(io.BytesIO(sealed), data).load()
    if made_for != entry or not isinstance(font, TTFont):
        raise pickle.UnpicklingError("not this font's entry")
    return font
