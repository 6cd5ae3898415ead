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
    from importlib.metadata import PackageNotFoundError, version  # only when asked

    found = []
    for name in names:
        try:
            found.append(f"{name}={version(name)}")
        except PackageNotFoundError:
            found.append(f"{name}=none")
    return ";".join(found)


def fingerprint(*libraries: str, package: Path | None = None) -> str:
    """The package's source and the versions of `libraries`, as 16 hexadecimal digits."""
    digest = hashlib.sha256(source_fingerprint(package).encode())
    digest.update(library_versions(*libraries).encode())
    return digest.hexdigest()[:16]
