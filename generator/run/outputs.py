"""The output promise, kept in one place for every command that writes.

Files are written under temporary names and moved into place together only when
every one is complete; Ctrl+C before the move leaves the output folder (caches
included) byte for byte as it was, and during the move is held off until the
move is done. A temporary file left by a build that was killed is removed by the
next one; one of a build still running is left alone.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from generator.core.errors import InputError
from generator.read.cached import partial_path
from generator.run.pool import process_alive


def remove_stale_partials(folder: Path) -> None:
    """Partial files left by a build that was killed (its process no longer runs)."""
    for path in folder.rglob(".*.partial"):
        pid = path.name.rsplit(".", 2)[-2]
        if pid.isdigit() and not process_alive(int(pid)):
            path.unlink(missing_ok=True)


def remove_own_partials(folder: Path) -> None:
    """Partial files this process named, written (perhaps by a worker, after the
    failure was seen) when the build did not complete."""
    if folder.is_dir():
        for path in folder.rglob(f".*.{os.getpid()}.partial"):
            path.unlink(missing_ok=True)


def check_out_folder(out: Path) -> None:
    """The output folder, or a parent of it, must not be a file."""
    for place in (out, *out.parents):
        if place.exists():
            if not place.is_dir():
                raise InputError(
                    f"{place} is a file, not a folder",
                    where="--out",
                    fix="Name a folder for the output (it is made if it does not exist)",
                )
            return


def _refuse_unwritable(place: Path, what: str, fix: str) -> None:
    """InputError unless a file can be made (and removed) in the folder `place`."""
    probe = partial_path(place / ".write-test")
    try:
        try:
            handle = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(handle)
        finally:  # removed whatever happens, Ctrl+C included: the folder stays as it was
            probe.unlink(missing_ok=True)
    except OSError as exc:
        raise InputError(
            f"the {what} cannot be written to ({exc.strerror})", file=str(place), fix=fix
        ) from None


def check_writable(out: Path, cache: Path) -> None:
    """Before anything is written: the output folder (or, where it is still to be made,
    the folder it is made in) and every folder of its cache there is must take files.
    Nothing is made or changed here."""
    made_in = next((p for p in (out, *out.parents) if p.exists()), None)
    if made_in is None:
        return
    _refuse_unwritable(
        made_in,
        "output folder" if made_in == out else "folder the output folder is made in",
        "Make it writable (check its permissions), or build into another folder with --out",
    )
    if cache.is_dir():
        for folder in [cache, *sorted(p for p in cache.glob("*") if p.is_dir())]:
            for place in [folder, *sorted(p for p in folder.glob("*") if p.is_dir())]:
                _refuse_unwritable(
                    place,
                    "cache folder",
                    f"Make it writable, or delete {cache} (it holds only what makes the next "
                    "build quicker)",
                )


_interrupted = threading.Event()  # Ctrl+C seen during this build


def _on_interrupt(signum: int, frame: object) -> None:
    _interrupted.set()
    raise KeyboardInterrupt


def _quiet_when_interrupted(
    previous: Callable[[sys.UnraisableHookArgs], object],
) -> Callable[[sys.UnraisableHookArgs], object]:
    """Python's hook for an exception it cannot raise, less the one it would print when
    Ctrl+C lands inside a callback it runs for itself (an import lock's clean-up during a
    lazy import): that interrupt is remembered, and the build stops with its one line."""

    def hook(unraisable: sys.UnraisableHookArgs) -> None:
        if unraisable.exc_type is KeyboardInterrupt and _interrupted.is_set():
            return
        previous(unraisable)

    return hook


@contextmanager
def interrupts_remembered() -> Iterator[None]:
    """Ctrl+C raises KeyboardInterrupt as usual, and is also remembered: code that
    swallows it (a library's bare `except:`) cannot make the build go on to
    replace the files."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _interrupted.clear()
    previous = signal.signal(signal.SIGINT, _on_interrupt)
    hook = sys.unraisablehook
    sys.unraisablehook = _quiet_when_interrupted(hook)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        sys.unraisablehook = hook


@contextmanager
def uninterrupted() -> Iterator[None]:
    """Ctrl+C held off while the finished files are moved into place: the build
    then completes, rather than stopping with some files moved and others not.
    An interrupt seen before this point stops the build here."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        if _interrupted.is_set():
            raise KeyboardInterrupt
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@dataclass
class Publication:
    """One report's files, written under temporary names, and the caches to keep
    once they are in place."""

    targets: list[Path]
    keep: Callable[[], None] = lambda: None
    temporaries: list[Path] = field(init=False)

    def __post_init__(self) -> None:
        self.temporaries = [partial_path(t) for t in self.targets]

    def move_into_place(self) -> None:
        for temporary, target in zip(self.temporaries, self.targets, strict=True):
            os.replace(temporary, target)
        self.keep()

    def discard(self) -> None:
        for temporary in self.temporaries:
            temporary.unlink(missing_ok=True)


def publish(publications: Sequence[Publication]) -> None:
    """Move every publication's files into place, and keep its caches, as one step
    that Ctrl+C cannot cut short."""
    with uninterrupted():
        for publication in publications:
            publication.move_into_place()


@contextmanager
def atomic_outputs(
    targets: list[Path], then: Callable[[], None] = lambda: None
) -> Iterator[list[Path]]:
    """Temporary paths for `targets`, moved into place together only on success,
    and `then` (the caches) done with them."""
    publication = Publication(targets, then)
    try:
        yield publication.temporaries
        publish([publication])
    finally:
        publication.discard()
