"""Regular expressions compiled once for this user, not once a process.

Python compiles a regular expression with a parser written in Python: the
checker's few hundred patterns cost `appendix check`, and a build after a
commentary edit, some hundredths of a second of CPU each time they start. A
pattern compiled here is compiled as `re.compile` compiles it, and its compiled
program (the engine's code, flags and groups) is kept in this user's own cache
folder, sealed as the build's other caches are (`generator/read/cached.py`), in a
file named by this Python's version and its regular-expression engine's. A
process started later makes the pattern from the program kept: the same pattern
(`==`) that `re.compile` makes, without parsing it again.

Anything unexpected (another Python, a damaged or foreign file, no cache folder
to write, an engine that does not take the program) and the pattern is compiled
as usual: the cache can cost time, never change a pattern.
"""

from __future__ import annotations

import hashlib
import importlib
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any

from generator.read.cached import key_file, partial_path, read_entry, seal, unseal

__all__ = ["keep", "programs_file", "regex"]

# A compiled program: the flags, the engine's code, the number of groups, and the
# groups' names both ways, as `re.compile` hands them to the engine.
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
Key = tuple[str, int]

# Programs kept at most: beyond this, a process keeps only those it used (the
# patterns of code since changed are dropped then).
MOST_KEPT = 4096


class _Kept:
    """This process's patterns, and the programs kept (read when first needed)."""

    def __init__(self) -> None:
        self.programs: dict[Key, Program] | None = None
        self.made: set[Key] = set()  # compiled afresh here: to keep
        self.patterns: dict[Key, re.Pattern[str]] = {}


_kept = _Kept()


def regex(text: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(text, flags)`, from the program kept where there is one."""
    key = (text, int(flags))
    found = _kept.patterns.get(key)
    if found is None:
        found = _kept.patterns[key] = _make(key)
    return found


def keep() -> None:
    """The programs this process compiled afresh, kept with the others for the
    processes to come (nothing is written where it compiled none, or where there
    is no cache folder to write)."""
    if not _kept.made or _kept.programs is None:
        return
    programs = _kept.programs
    if len(programs) > MOST_KEPT:
        programs = {key: programs[key] for key in _kept.patterns if key in programs}
    path = programs_file()
    try:
        data = seal(marshal.dumps(programs))
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = partial_path(path)
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except (OSError, ValueError):
        return
    _kept.made.clear()


def programs_file() -> Path:
    """Where this user's programs are kept for this Python: one file per Python
    version and regular-expression engine."""
    engine = _engine()
    magic = getattr(engine, "MAGIC", 0) if engine is not None else 0
    version = hashlib.sha256(sys.version.encode()).hexdigest()[:12]
    name = f"{sys.implementation.cache_tag}-{magic}-{version}.bin"
    return key_file().parent / "patterns" / name


def _make(key: Key) -> re.Pattern[str]:
    text, flags = key
    programs = _programs()
    program = programs.get(key)
    engine = _engine()
    if program is not None and engine is not None:
        try:
            made = engine.compile(text, *program)
            if isinstance(made, re.Pattern):
                return made
        except Exception:  # a program this engine does not take: compiled afresh
            pass
    program = _program(text, flags)
    if program is None or engine is None:
        return re.compile(text, flags)
    try:
        made = engine.compile(text, *program)
    except Exception:
        made = None
    if not isinstance(made, re.Pattern):
        return re.compile(text, flags)
    programs[key] = program
    _kept.made.add(key)
    return made


def _program(text: str, flags: int) -> Program | None:
    """What `re.compile` hands the engine for `text`, or None where this Python's
    compiler is not the one this module knows."""
    try:
        parser: Any = importlib.import_module("re._parser")
        compiler: Any = importlib.import_module("re._compiler")
        parsed = parser.parse(text, flags)
        code = [int(word) for word in compiler._code(parsed, flags)]
        state = parsed.state
        names = {str(name): int(number) for name, number in state.groupdict.items()}
        numbered: list[str | None] = [None] * state.groups
        for name, number in names.items():
            numbered[number] = name
        return (int(flags | state.flags), code, int(state.groups - 1), names, tuple(numbered))
    except Exception:
        return None


def _programs() -> dict[Key, Program]:
    if _kept.programs is None:
        _kept.programs = _load(programs_file())
    return _kept.programs


def _load(path: Path) -> dict[Key, Program]:
    """The programs kept in `path`: none where it is missing, damaged or not sealed
    by this user."""
    blob = read_entry(path)
    data = unseal(blob) if blob else None
    if data is None:
        return {}
    try:
        loaded = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _engine() -> Any:
    """Python's regular-expression engine (CPython's `_sre`), or None without one."""
    try:
        return importlib.import_module("_sre")
    except ImportError:
        return None
