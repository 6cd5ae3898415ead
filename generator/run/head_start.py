"""A warm `appendix build`'s writer worker, started as the command starts.

A rebuild whose inputs are cached (a commentary edit) hands the slowest writer
to load (the PDF's: reportlab and pikepdf) to one worker, which then measures
the changed sections and writes that edition. Started by the build itself, the
worker would wait for this process to load the command and the build's modules
and read the definition; started here, from the command's arguments alone
(`warm_build`) and a look at the output folder's input cache, it loads its
writer while this process does all that. The build adopts it (`take`) where
its inputs turn out cached and the formats ask for that writer; otherwise it
is stopped at once and the build goes on as it would have.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.core.errors import InputError
from generator.read.folder import ReportFolder
from generator.run.pool import WorkerPool, worker_count
from generator.writers import registry

# `build`'s options that take a value, by every spelling, and the flags that
# leave a single report's build as it is.
_VALUED = {"--quarter": "quarter", "-q": "quarter", "--out": "out", "--root": "root"}
_FORMAT = "--format"
_FLAGS = {"--strict"}


@dataclass(frozen=True)
class WarmBuild:
    """What the command line says of a build that may find its inputs cached."""

    folder: ReportFolder
    module: str  # the writer a worker loads in advance


def warm_build(args: Sequence[str]) -> WarmBuild | None:
    """The build `args` (the command's arguments) ask for, where it is one report's
    build that may reuse its caches and writes more than one format; else None (as
    for anything this does not recognise: the command then runs as it always does)."""
    if not args or args[0] != "build":
        return None
    values: dict[str, str] = {}
    formats = registry.default_formats()
    rest = list(args[1:])
    while rest:
        arg = rest.pop(0)
        name, equals, value = arg.partition("=")
        if name in _FLAGS and not equals:
            continue
        if name not in _VALUED and name != _FORMAT:
            return None  # --no-cache, --all, folders, --help, a mistyped option
        if not equals:
            if not rest:
                return None
            value = rest.pop(0)
        if name == _FORMAT:
            try:
                formats = registry.parse_formats(value)
            except InputError:
                return None
        else:
            values[_VALUED[name]] = value
    try:
        module = registry.loaded_ahead(formats)
    except InputError:
        return None
    if module is None:
        return None
    root = Path(values.get("root", "."))
    out = Path(values["out"]) if "out" in values else None
    return WarmBuild(ReportFolder.at(root, out), module)


_started: tuple[WorkerPool, str] | None = None


def start(args: Sequence[str]) -> None:
    """Start the worker where `args` ask for a warm build and the output folder holds
    cached inputs (whether they are this build's is known only later)."""
    global _started
    build = warm_build(args)
    if build is None or _started is not None:
        return
    try:
        if worker_count() < 2:
            return
        cached = any(build.folder.inputs_cache.glob("*.pickle"))
    except (InputError, OSError):
        return  # the build says what is wrong
    if cached:
        method = os.environ.get("APPENDIX_START_METHOD") or None
        _started = (WorkerPool(1, [build.module], method), build.module)


def take(module: str | None) -> WorkerPool | None:
    """The worker started at the command's entry, where it loaded `module`; any other
    is stopped. Nothing is left started after this."""
    global _started
    started, _started = _started, None
    if started is None:
        return None
    pool, loaded = started
    if module is not None and loaded == module:
        return pool
    pool.close(abort=True)
    return None
