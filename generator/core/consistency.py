"""Definitions that contradict themselves, found as pure functions (no files).

A rate's words ("per 10,000") against its base (`per:`), and a target against the
figures it rates: on another scale (0.9 against 87%), or a hundred times away from
every one of them. Each returns what is wrong, or None; the readers raise it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.core.vocabulary import Unit

# "per 10,000", "per 10 000", "per 1000", "per 10k", "per 1,000,000"
_PER = re.compile(
    r"\bper\s+(?P<number>\d{1,3}(?:[, ]\d{3})+|\d+)(?P<thousand>\s*k)?(?![\d,.]*\d)", re.I
)
FAR = 100.0  # a target this many times from every figure is on another scale
PERCENT_SCALE = 10.0  # a 0-1 'percentage' this many times from every percentage


def said_bases(text: str) -> list[tuple[str, int]]:
    """The bases a text names, as written and as numbers:
    'Referrals per 10,000 children' -> [('per 10,000', 10000)]."""
    found = []
    for match in _PER.finditer(text):
        number = int(re.sub(r"[, ]", "", match["number"]))
        found.append((match[0], number * 1000 if match["thousand"] else number))
    return found


@dataclass(frozen=True)
class BaseContradiction:
    """A rate's words naming another base than its figures are per."""

    field: str  # "title", "short_title", "unit_note" or "axis_label"
    written: str  # "per 10,000", as the field writes it
    base: int  # 10000


def base_contradiction(texts: Sequence[tuple[str, str]], per: int) -> BaseContradiction | None:
    """The first of a rate's (field, words) pairs (title, short title, unit note, axis
    label) that names another base than `per`, or None."""
    for field, text in texts:
        for written, base in said_bases(text):
            if base != per:
                return BaseContradiction(field, written, base)
    return None


@dataclass(frozen=True)
class ScaleProblem:
    """A target on another scale from the figures it rates."""

    kind: str  # "fraction target", "fraction figures" or "far"
    figure: float  # an example figure, the one nearest the target


def scale_problem(
    levels: Sequence[float], figures: Sequence[float], unit: Unit
) -> ScaleProblem | None:
    """Whether a year's target and threshold (`levels`) and the indicator's figures are on
    different scales.

    - a percentage target and threshold on a 0-1 scale (0.9) where every figure is a
      percentage at least ten times as large (87.2);
    - figures on a 0-1 scale (0.87) where the target is a percentage at least ten times
      as large as every one of them (90);
    - any target a hundred times or more from every figure (above or below: each
      figure at least 100 times it, or at most a hundredth of it). A figure of 0 is
      no evidence of a scale and is left out; a target of 0 is never on another scale.
    """
    present = [abs(v) for v in figures if v != 0]
    targets = [abs(v) for v in levels if v != 0]
    if not present or not levels or levels[0] == 0:
        return None
    target = targets[0]
    nearest = min(present, key=lambda v: abs(v - target))
    if unit == "percent":
        if max(targets) <= 1 and all(v >= PERCENT_SCALE * max(targets) for v in present):
            return ScaleProblem("fraction target", nearest)
        if max(present) <= 1 and target > 1 and all(target >= PERCENT_SCALE * v for v in present):
            return ScaleProblem("fraction figures", nearest)
    if all(v >= FAR * target for v in present) or all(v * FAR <= target for v in present):
        return ScaleProblem("far", nearest)
    return None
