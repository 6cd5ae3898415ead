"""The look: every presentation decision, resolved once from the house style.

Writers read a `Look` and translate it; they hold no sizes, colours or
fallbacks of their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.style import Style


@dataclass(frozen=True)
class Look:
    style: Style


def resolve_look(style: Style) -> Look:
    return Look(style)
