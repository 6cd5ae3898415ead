"""Run every check on every edition: the conformance of one paper's editions."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from generator.core.errors import InputError
from generator.editors.verify.editions import CHECKERS, kind, sha256
from generator.editors.verify.outcome import Check


@dataclass(frozen=True)
class Edition:
    path: Path
    sha256: str
    checks: tuple[Check, ...]

    @property
    def format(self) -> str:
        return kind(self.path)


@dataclass(frozen=True)
class Conformance:
    editions: tuple[Edition, ...]
    date: str | None  # from SOURCE_DATE_EPOCH only: the report has no clock time

    def count(self, status: str) -> int:
        return sum(c.status == status for e in self.editions for c in e.checks)

    @property
    def failed(self) -> bool:
        return self.count("fail") > 0


def verify(
    paths: Sequence[Path], checked: Callable[[Edition], None] = lambda _edition: None
) -> Conformance:
    """Check each file (an edition there is a checker for), telling `checked` of each
    edition as it is done."""
    date = report_date()
    editions = []
    for path in paths:
        try:
            digest = sha256(path)  # before the checks: the file as it was checked
        except OSError as error:
            raise InputError(
                f"the file cannot be read ({error.strerror})",
                file=str(path),
                fix="Check the file's permissions",
            ) from None
        checks = sorted(CHECKERS[kind(path)](path), key=lambda c: (c.name, c.tool))
        edition = Edition(path, digest, tuple(checks))
        checked(edition)
        editions.append(edition)
    return Conformance(tuple(sorted(editions, key=lambda e: e.path.name)), date)


def report_date() -> str | None:
    """SOURCE_DATE_EPOCH as an ISO 8601 UTC time, where it is set."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    try:
        when = datetime.fromtimestamp(int(value), tz=UTC)
    except (ValueError, OverflowError, OSError):
        raise InputError(
            f"SOURCE_DATE_EPOCH is '{value}'",
            where="environment",
            fix="Set it to whole seconds since 1970, or unset it",
        ) from None
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")
