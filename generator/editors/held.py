"""Ctrl+C held off while an editors' tool writes a set of files into the report
folder, so that they are all written or none is."""

from __future__ import annotations

import os
import signal
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def uninterrupted() -> Iterator[None]:
    """Ctrl+C waits until the block is done (where signals can be held: the main thread)."""
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def replace_together(writes: list[tuple[Path, bytes]]) -> None:
    """Every file written under a temporary name beside it, then all moved into place
    at once: none is changed where any cannot be written (the OSError is raised), or
    on Ctrl+C before the move; Ctrl+C during the move waits until all are in place."""
    temporary: list[tuple[Path, Path]] = []
    try:
        for target, data in writes:
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            temporary.append((Path(name), target))
        with uninterrupted():
            for made, target in temporary:
                os.replace(made, target)
            temporary.clear()
    finally:
        for made, _target in temporary:
            made.unlink(missing_ok=True)
