"""Builds a committee paper's performance appendix from a report folder.

`from generator import Report` is the Python API (generator/api.py). It is loaded
when first asked for, so that `import generator.run.build` (and the command)
loads neither it nor pandas.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generator.api import Report

__all__ = ["Report"]


def __getattr__(name: str) -> Any:
    if name == "Report":
        from generator.api import Report

        return Report
    raise AttributeError(f"module 'generator' has no attribute {name!r}")
