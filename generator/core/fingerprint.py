"""What a cached result was made by: the package's own source and the libraries named.

A cache entry is reused only while every line of code that could shape it is
unchanged. That is the whole package, wherever a module sits (a module moved
into a new folder changes the fingerprint too, by its path), not a chosen list
of files: the charts format their labels with the rules and take their colours
from the style, so a change there must redraw them as surely as a change in
`charts/`.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import re
import sys
from collections.abc import Sequence
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent


def source_fingerprint(package: Path | None = None) -> str:
    """A digest of every Python file under `package` (default: this package), by its
    path inside it and its bytes. This package's is read once a process."""
    return _digest_sources(package) if package is not None else _own_fingerprint()


@cache
def _own_fingerprint() -> str:
    return _digest_sources(PACKAGE)


def _digest_sources(package: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        name = path.relative_to(package).as_posix()
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def library_versions(*names: str) -> str:
    """The installed versions of `names`, e.g. 'matplotlib=3.10.1;numpy=2.2.0'."""
    return _library_versions(names)


@cache
def _library_versions(names: tuple[str, ...]) -> str:
    found = []
    for name in names:
        installed = installed_version(name)
        found.append(f"{name}={installed if installed is not None else 'none'}")
    return ";".join(found)


def installed_version(name: str, path: Sequence[str] | None = None) -> str | None:
    """The version of the distribution `name` as importlib.metadata finds it on
    `path` (default sys.path), or None where it is not installed.

    Read from the first folder on the path holding a `<name>-<version>.dist-info`
    (its METADATA's Version): importlib.metadata takes a tenth of a second to load
    and look, in every build. Anything else on the path before it (an egg, a zip,
    anything unreadable) is left to importlib.metadata itself."""
    wanted = _normalised(name)
    for entry in sys.path if path is None else path:
        folder = entry or "."
        if not os.path.isdir(folder):
            if os.path.exists(folder):
                return _metadata_version(name)  # a zip: importlib.metadata reads it
            continue  # a path hook's name, or gone: importlib.metadata finds nothing there
        try:
            names = _listing(folder)
        except OSError:
            return _metadata_version(name)
        for child in names:
            stem, dot, kind = child.rpartition(".")
            if dot and kind.lower() in ("dist-info", "egg-info", "egg"):
                if _normalised(stem.partition("-")[0]) != wanted:
                    continue
                if kind.lower() != "dist-info":
                    return _metadata_version(name)
                version = _metadata_field(Path(entry or ".") / child / "METADATA", "Version")
                return version if version is not None else _metadata_version(name)
    return None


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


@cache
def _listing(folder: str) -> tuple[str, ...]:
    return tuple(sorted(os.listdir(folder)))


def _metadata_field(path: Path, field: str) -> str | None:
    """The first `field` header of a METADATA file (headers end at a blank line)."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    for line in text.splitlines():
        if not line.strip():
            return None
        key, colon, value = line.partition(":")
        if colon and key.strip().lower() == field.lower():
            return value.strip()
    return None


def _metadata_version(name: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return None


def fingerprint(*libraries: str, package: Path | None = None) -> str:
    """The package's source and the versions of `libraries`, as 16 hexadecimal digits."""
    digest = hashlib.sha256(source_fingerprint(package).encode())
    digest.update(library_versions(*libraries).encode())
    return digest.hexdigest()[:16]


def value_bytes(value: object) -> bytes:
    """`value` pickled by its values alone, for a cache key: no object is written as a
    reference to one written before (pickle's memo), so two equal values give the same
    bytes however their parts are shared (as they are not alike in a process that
    unpickled them). For values without cycles, as the model's and the facts' are."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.fast = True  # no memo
    pickler.dump(value)
    return buffer.getvalue()
