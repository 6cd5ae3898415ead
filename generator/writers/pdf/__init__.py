"""The PDF writer's package: reportlab's paragraphs loaded without the one pattern
they compile as they load and seldom use.

`reportlab.platypus.paragraph` compiles, as it is imported, a case-insensitive URL
pattern over the whole Basic Multilingual Plane (`uri_pat`: 0.035 s, a fifth of the
time a rebuild's PDF worker takes to load its writer), used only to find where a
web address too long for its line may break. It is made here as a pattern compiled
at its first use: the same pattern, matching the same, and no time where no such
address is broken.
"""

from __future__ import annotations

import re
import sys
from typing import Any

_PARAGRAPH = "reportlab.platypus.paragraph"
# How the pattern begins (reportlab 4 and 5), and its flags.
_URI_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"
_URI_FLAGS = re.IGNORECASE


class DeferredPattern:
    """A regular expression compiled when first used."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._pattern, self._flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled(), name)


def _load_paragraphs() -> None:
    if _PARAGRAPH in sys.modules:
        return
    compile_now = re.compile

    def compile_later(pattern: Any, flags: Any = 0) -> Any:
        if isinstance(pattern, str) and pattern.startswith(_URI_START) and flags == _URI_FLAGS:
            return DeferredPattern(pattern, flags)
        return compile_now(pattern, flags)

    re.compile = compile_later
    try:
        __import__(_PARAGRAPH)
    finally:
        re.compile = compile_now


_load_paragraphs()
