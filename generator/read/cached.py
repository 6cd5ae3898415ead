"""What a build kept in `output/.cache`, read back only where it is what a build wrote.

An output folder may be shared (a network drive, a zip from a colleague), so its
cache is input like any other. An entry is read only if it is a regular file, not
a link (a link could bring a local file's bytes into an edition); a chart only if
it is a PNG; the validated inputs, which are Python objects and could run code
when loaded, only if they carry a seal made with a key kept in this user's own
cache folder, outside every report folder. An entry that fails any of these is
ignored, and made again: the cache can cost time, never change or run anything.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import stat
from functools import cache
from pathlib import Path

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_SEAL = hashlib.sha256().digest_size


def read_entry(path: Path) -> bytes | None:
    """The bytes of the cache entry `path`, or None where there is none, or it is a
    link or anything but a regular file."""
    try:
        if not stat.S_ISREG(path.lstat().st_mode):
            return None
        return path.read_bytes()
    except OSError:
        return None


def partial_path(target: Path) -> Path:
    """The temporary name `target` is written under until it is complete."""
    return target.with_name(f".{target.name}.{os.getpid()}.partial")


def put_once(path: Path, data: bytes) -> None:
    """A cache entry: written (atomically) unless the same bytes are there already as
    a file of that name. Entries are named by their content's key, so one that is
    there is the same, unless it was put there otherwise (a link, other bytes):
    then it is replaced."""
    if read_entry(path) == data:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = partial_path(path)
    temporary.write_bytes(data)
    os.replace(temporary, path)


def read_png(path: Path) -> bytes | None:
    """A cached chart: the entry's bytes where they are a PNG image."""
    data = read_entry(path)
    return data if data is not None and data.startswith(PNG_SIGNATURE) else None


def seal(data: bytes) -> bytes:
    """`data` with a seal that only this user's builds can make."""
    return hmac.new(_key(), data, hashlib.sha256).digest() + data


def unseal(blob: bytes) -> bytes | None:
    """The data a `seal`ed blob holds, or None where the seal is not this user's."""
    mark, data = blob[:_SEAL], blob[_SEAL:]
    expected = hmac.new(_key(), data, hashlib.sha256).digest()
    return data if len(mark) == _SEAL and hmac.compare_digest(mark, expected) else None


def key_file() -> Path:
    """Where this user's sealing key is kept: their own cache folder."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "committee-appendix" / "cache-seal.key"


@cache
def _key() -> bytes:
    path = key_file()
    try:
        data = read_entry(path)
        if data is not None and len(data) == 32:
            return data
        path.parent.mkdir(parents=True, exist_ok=True)
        fresh = secrets.token_bytes(32)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.partial")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(fresh)
        os.replace(temporary, path)
        return fresh
    except OSError:
        # No cache folder of one's own to write: a key for this process alone (the
        # inputs are then validated afresh by each build, as with --no-cache).
        return secrets.token_bytes(32)
