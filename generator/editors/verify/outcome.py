"""What one check of one edition found: passed, failed (with the first few details)
or skipped (with why: a checker this machine does not have is never a pass)."""

from __future__ import annotations

import importlib
import importlib.metadata
from collections.abc import Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Literal

Status = Literal["pass", "fail", "skipped"]
SHOWN = 5  # details of a failure kept in the report; the rest are counted
OWN_TOOL = "appendix"  # the checks written here
PACKAGE = "committee-appendix"


@dataclass(frozen=True)
class Check:
    """One check's outcome: `details` are the first failures (or, skipped, why)."""

    name: str
    tool: str
    version: str
    status: Status
    details: tuple[str, ...] = ()
    more: int = 0  # further failures, not listed

    @property
    def tool_text(self) -> str:
        return f"{self.tool} {self.version}".strip()


def judged(name: str, tool: str, version: str, problems: Sequence[str]) -> Check:
    """Passed where there are no problems; else failed, the first few listed."""
    if not problems:
        return Check(name, tool, version, "pass")
    return Check(
        name, tool, version, "fail", tuple(problems[:SHOWN]), max(0, len(problems) - SHOWN)
    )


def skipped(name: str, tool: str, why: str, version: str = "") -> Check:
    return Check(name, tool, version, "skipped", (why,))


def own(name: str, problems: Sequence[str]) -> Check:
    """A check written here, by this package's version."""
    return judged(name, OWN_TOOL, own_version(), problems)


def own_version() -> str:
    return version_of(PACKAGE) or "unknown version"


def version_of(distribution: str) -> str:
    """An installed package's version; '' where it is not installed."""
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return ""


def module_or_none(name: str) -> ModuleType | None:
    """The module `name`, or None where it cannot be imported (a checker not installed)."""
    try:
        return importlib.import_module(name)
    except ImportError:
        return None
