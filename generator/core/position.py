"""Where a council's figure stands among every council's (pure rules).

A national extract gives every council's figure for a measure and quarter; the
council's position is its rank among them, best first by the indicator's polarity
(higher is better: the largest figure ranks 1), and the quartile that rank falls in
(quartile 1: fewer than a quarter of councils rank above it). Figures are compared as the
appendix shows them (rounded to the indicator's decimals), so councils whose
figures read the same share a rank: the best rank any of them could have ("1, 2, 2,
4"). A figure's relation to a single comparator is said as above, below or level,
again at the decimals shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from generator.core.rules import round_half_up
from generator.core.vocabulary import RatedPolarity

Relation = Literal["above", "below", "level with"]


@dataclass(frozen=True)
class Position:
    rank: int  # 1 is best; councils with the same figure (as shown) share the best rank
    count: int  # councils ranked, the council itself among them
    quartile: int  # 1 to 4; 1 holds the best quarter of councils


def quartile_of(rank: int, count: int) -> int:
    """The quartile a rank falls in, by the share of councils ranked above it: fewer
    than a quarter, the 1st (152 councils: ranks 1-38, 39-76, 77-114, 115-152)."""
    if not 1 <= rank <= count:
        raise ValueError(f"rank {rank} is not within 1 to {count}")
    return 4 * (rank - 1) // count + 1


def position(
    value: float, others: Sequence[float], polarity: RatedPolarity, decimals: int
) -> Position:
    """The council's position: `value` is its figure, `others` every other council's."""
    mine = round_half_up(value, decimals)
    shown = [round_half_up(v, decimals) for v in others]
    if polarity == "higher":
        better = sum(1 for v in shown if v > mine)
    else:
        better = sum(1 for v in shown if v < mine)
    count = len(shown) + 1
    rank = better + 1
    return Position(rank=rank, count=count, quartile=quartile_of(rank, count))


def relation(value: float, other: float, decimals: int) -> Relation:
    """Whether `value` is above, below or level with `other`, as both are shown."""
    mine, theirs = round_half_up(value, decimals), round_half_up(other, decimals)
    if mine > theirs:
        return "above"
    if mine < theirs:
        return "below"
    return "level with"
