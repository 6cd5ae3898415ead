"""The editions the appendix is written in: one entry per writer.

An edition has a name (the `--format` word and the file's suffix) and the
module that writes it. Every writer module exposes the same function,

    write(document: Document, look: Look, target: Path) -> None

(one that keeps parts of what it writes to reuse takes a folder to keep them in
as well: `Edition.keeps_parts`) and is imported only when needed, by its module
path, so that a worker process can load it in advance by name. The build, the
command line and the tests take the list of formats from here; adding a format is
one module and one entry.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from generator.core.errors import InputError

if TYPE_CHECKING:
    from generator.core.model import Document
    from generator.look.resolve import Look

WriteFunction = Callable[["Document", "Look", Path], None]
KeptWriteFunction = Callable[["Document", "Look", Path, Path | None], dict[str, bytes]]


@dataclass(frozen=True)
class Edition:
    name: str  # the --format word and the file suffix, e.g. "pdf"
    module: str  # the writer module, e.g. "generator.writers.pdf.writer"
    default: bool = True  # built when no --format is given
    # A writer that takes long to load: preloaded by a worker on a warm build.
    slow_to_load: bool = False
    # A writer that keeps parts of what it writes to reuse (the DOCX its sections, the
    # PDF its parsed fonts): the libraries, besides this package, whose versions shape
    # them (the name of their folder in the cache is made from these). Its `write` (and
    # `prepare`) takes the folder to keep them in as one more argument, and `write`
    # returns those it made (`write_with`).
    keeps_parts: tuple[str, ...] = ()

    def writer(self) -> WriteFunction:
        return cast(WriteFunction, importlib.import_module(self.module).write)


_EDITIONS: dict[str, Edition] = {}

# Words the command line also accepts, each standing for several formats.
ALIASES: dict[str, tuple[str, ...]] = {"both": ("docx", "pdf")}
ALL = "all"  # every registered edition


def register(edition: Edition) -> None:
    """Add (or replace) an edition; formats are written in registration order."""
    _EDITIONS[edition.name] = edition


def unregister(name: str) -> None:
    _EDITIONS.pop(name, None)


register(Edition("docx", "generator.writers.docx.writer", keeps_parts=("python-docx", "lxml")))
register(
    Edition("pdf", "generator.writers.pdf.writer", slow_to_load=True, keeps_parts=("reportlab",))
)
register(Edition("html", "generator.writers.html", default=False))
register(Edition("xlsx", "generator.writers.xlsx", default=False))
register(Edition("ods", "generator.writers.ods", default=False))


def editions() -> tuple[Edition, ...]:
    return tuple(_EDITIONS.values())


def names() -> tuple[str, ...]:
    return tuple(_EDITIONS)


def default_formats() -> tuple[str, ...]:
    return tuple(e.name for e in _EDITIONS.values() if e.default)


def loaded_ahead(formats: tuple[str, ...]) -> str | None:
    """The writer module one worker loads in advance of a warm build of `formats`
    (the slowest to load, else the last), or None where only one format is written."""
    if len(formats) < 2:
        return None
    chosen = [edition(fmt) for fmt in formats]
    slow = [e.module for e in chosen if e.slow_to_load]
    return slow[0] if slow else chosen[-1].module


def prepare_with(module: str, look: Look, kept: Path | None = None) -> None:
    """Load what the writer `module` needs to write in `look` (its `prepare`, where it
    has one), ahead of writing; from the parts it kept in `kept`, where given."""
    prepare = getattr(importlib.import_module(module), "prepare", None)
    if prepare is None:
        return
    if kept is not None and _keeps_parts(module):
        prepare(look, kept)
    else:
        prepare(look)


def _keeps_parts(module: str) -> bool:
    return any(e.module == module and e.keeps_parts for e in _EDITIONS.values())


def edition(name: str) -> Edition:
    found = _EDITIONS.get(name)
    if found is None:
        raise InputError(
            f"unknown format '{name}'",
            where="--format",
            fix="Use one or more of " + ", ".join(_EDITIONS) + ", separated by commas",
        )
    return found


def parse_formats(text: str | None) -> tuple[str, ...]:
    """'docx,pdf', 'pdf', 'both', 'all' (every edition) or None (the default editions),
    in registry order."""
    if text is None or not text.strip():
        return default_formats()
    if text.strip().lower() == ALL:
        return names()
    wanted: set[str] = set()
    for word in (w.strip().lower() for w in text.split(",")):
        if not word:
            continue
        if word in ALIASES:
            wanted.update(ALIASES[word])
        else:
            wanted.add(edition(word).name)
    return tuple(name for name in _EDITIONS if name in wanted)


def write_with(
    module: str, document: Document, look: Look, target: Path, kept: Path | None = None
) -> dict[str, bytes]:
    """Write one edition with the writer `module` (in whichever process calls it). A
    writer that keeps parts of what it writes (`keeps_parts`: the DOCX's sections) is
    given the folder `kept`, where there is one, to reuse them from, and returns those
    it made, by file name, for the build to keep there once it has succeeded."""
    loaded = importlib.import_module(module)
    if kept is not None and _keeps_parts(module):
        keeping = cast(KeptWriteFunction, loaded.write)
        return keeping(document, look, target, kept)
    writer = cast(WriteFunction, loaded.write)
    writer(document, look, target)
    return {}
