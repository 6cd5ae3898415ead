"""Statistical process control (NHS England's "Making Data Count"): XmR limits, the
four rules, each point's variation, and the words of the variation and assurance
icons. Pure functions over a series of figures; standard library only.

- The mean of the figures and the process limits: mean ± 2.66 × the mean moving
  range, where moving ranges above 3.267 × their mean are screened out (the mean
  moving range is worked out again without them).
- A rebase (a service change) starts a new run: its limits come from its own
  points, and the rules look within it.
- Fewer than 12 points give trial limits.
- The rules: a point beyond a limit; a run of 7 points on one side of the mean
  (a point on the mean breaks it); 7 points each rising (or each falling) from
  the last; 2 of 3 points beyond two-thirds of the distance to a limit on the same
  side (the points beyond are flagged). A point with no figure is skipped: the
  points on either side of it are consecutive.
- A flagged point's side: that of the first rule to flag it, in the order above
  (the side of the mean for a limit, a run or 2 of 3; up or down for a trend). It
  is improving where that side is better for the measure, concerning where worse,
  and "higher" or "lower" for a measure with no better way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from generator.core.vocabulary import (
    Assurance,
    AssuranceIcon,
    Polarity,
    Variation,
    VariationIcon,
)

LIMIT_FACTOR = 2.66  # mean ± 2.66 × mean moving range
SCREEN_FACTOR = 3.267  # moving ranges above 3.267 × their mean are left out
RUN = 7  # points on one side of the mean, or each rising or falling
TRIAL_BELOW = 12  # fewer points than this give trial limits

# The icons' words (what a reader is told, and each icon's text alternative).
VARIATION_WORDS: dict[Variation, str] = {
    "improving": "Special cause improving variation",
    "concerning": "Special cause concerning variation",
    "higher": "Special cause variation: higher",
    "lower": "Special cause variation: lower",
    "common": "Common cause variation",
}
ASSURANCE_WORDS: dict[Assurance, str] = {
    "passing": "Consistently passing the target",
    "failing": "Consistently failing the target",
    "hit and miss": "Hit and miss: the target is inside the process limits",
}
TRIAL_WORDS = "Trial limits: fewer than {minimum} points ({count})"


@dataclass(frozen=True)
class Run:
    """One run of points with its own limits (the whole series, or from a rebase)."""

    start: int  # index of its first point (in the series given)
    count: int  # how many points in it have a figure
    mean: float
    lower: float
    upper: float
    screened: int  # moving ranges left out of the limits

    @property
    def trial(self) -> bool:
        return self.count < TRIAL_BELOW


@dataclass(frozen=True)
class Spc:
    """The XmR view of a series: per point, its run's mean and limits and its
    variation (None where there is no figure, or its run has no limits)."""

    runs: tuple[Run, ...]
    mean: tuple[float | None, ...]
    lower: tuple[float | None, ...]
    upper: tuple[float | None, ...]
    variation: tuple[Variation | None, ...]

    @property
    def latest(self) -> Variation | None:
        found = [v for v in self.variation if v is not None]
        return found[-1] if found else None

    @property
    def trial(self) -> bool:
        return bool(self.runs) and self.runs[-1].trial


def mean_moving_range(values: Sequence[float]) -> tuple[float, int]:
    """The mean moving range, screened, and how many moving ranges were left out."""
    ranges = [abs(b - a) for a, b in pairwise(values)]
    first = sum(ranges) / len(ranges)
    kept = [r for r in ranges if r <= SCREEN_FACTOR * first]
    return sum(kept) / len(kept), len(ranges) - len(kept)


def xmr_run(values: Sequence[float], start: int = 0) -> Run:
    """Mean and process limits of a run of at least two figures."""
    mean = sum(values) / len(values)
    mr, screened = mean_moving_range(values)
    return Run(
        start, len(values), mean, mean - LIMIT_FACTOR * mr, mean + LIMIT_FACTOR * mr, screened
    )


def _side(value: float, middle: float) -> int:
    return (value > middle) - (value < middle)


def rule_signals(values: Sequence[float], run: Run) -> list[list[int]]:
    """For each point (figures only), the side (+1 high, -1 low, 0 none) each rule
    gives it, in the order: beyond a limit, 2 of 3, run on one side, trend."""
    n = len(values)
    beyond = [1 if v > run.upper else -1 if v < run.lower else 0 for v in values]
    high_near = run.mean + 2 * (run.upper - run.mean) / 3
    low_near = run.mean - 2 * (run.mean - run.lower) / 3
    near = [1 if v > high_near else -1 if v < low_near else 0 for v in values]
    two_of_three = [0] * n
    for i in range(n - 2):
        for side in (1, -1):
            window = range(i, i + 3)
            if sum(near[j] == side for j in window) >= 2:
                for j in window:
                    if near[j] == side:
                        two_of_three[j] = side
    sides = [_side(v, run.mean) for v in values]
    shift = [0] * n
    i = 0
    while i < n:
        j = i
        while j + 1 < n and sides[j + 1] == sides[i] != 0:
            j += 1
        if sides[i] != 0 and j - i + 1 >= RUN:
            shift[i : j + 1] = [sides[i]] * (j - i + 1)
        i = j + 1
    steps = [_side(b, a) for a, b in pairwise(values)]
    trend = [0] * n
    i = 0
    while i < len(steps):
        j = i
        while j + 1 < len(steps) and steps[j + 1] == steps[i] != 0:
            j += 1
        if steps[i] != 0 and j - i + 1 >= RUN - 1:  # 7 points: 6 steps
            trend[i : j + 2] = [steps[i]] * (j - i + 2)
        i = j + 1
    return [[beyond[k], two_of_three[k], shift[k], trend[k]] for k in range(n)]


def point_variation(signals: Sequence[int], polarity: Polarity) -> Variation:
    """A point's variation from its rules' sides and the measure's better way."""
    side = next((s for s in signals if s != 0), 0)
    if side == 0:
        return "common"
    if polarity == "neutral":
        return "higher" if side > 0 else "lower"
    better = 1 if polarity == "higher" else -1
    return "improving" if side == better else "concerning"


def spc(values: Sequence[float | None], polarity: Polarity, rebase: int | None = None) -> Spc:
    """The XmR view of `values` (in time order); `rebase`: the index from which the
    limits start again (ignored outside the series)."""
    n = len(values)
    starts = [0] + ([rebase] if rebase is not None and 0 < rebase < n else [])
    bounds = list(zip(starts, [*starts[1:], n], strict=True))
    runs: list[Run] = []
    mean: list[float | None] = [None] * n
    lower: list[float | None] = [None] * n
    upper: list[float | None] = [None] * n
    variation: list[Variation | None] = [None] * n
    for first, end in bounds:
        places = [i for i in range(first, end) if values[i] is not None]
        figures = [v for v in (values[i] for i in places) if v is not None]
        if len(figures) < 2:
            continue
        run = xmr_run(figures, first)
        runs.append(run)
        for i in range(first, end):
            mean[i], lower[i], upper[i] = run.mean, run.lower, run.upper
        for i, signals in zip(places, rule_signals(figures, run), strict=True):
            variation[i] = point_variation(signals, polarity)
    return Spc(tuple(runs), tuple(mean), tuple(lower), tuple(upper), tuple(variation))


def assurance(run: Run, target: float | None, polarity: Polarity) -> Assurance | None:
    """Whether the process can be expected to meet `target`: None without a target
    or a better way."""
    if target is None or polarity == "neutral":
        return None
    if run.lower <= target <= run.upper:
        return "hit and miss"
    above = target > run.upper  # every expected figure is below the target
    meets = above if polarity == "lower" else not above
    return "passing" if meets else "failing"


def variation_icon(variation: Variation, polarity: Polarity) -> VariationIcon:
    """Which variation icon a point's variation shows: improving and concerning on the
    high or the low side (the side the measure's better way puts them on); a neutral
    measure's higher or lower; common cause."""
    match variation:
        case "improving" | "concerning":
            better_high = polarity != "lower"
            high = better_high if variation == "improving" else not better_high
            return _SIDED[variation, high]
        case "higher" | "lower":
            return variation
    return "common"


_SIDED: dict[tuple[str, bool], VariationIcon] = {
    ("improving", True): "improving_high",
    ("improving", False): "improving_low",
    ("concerning", True): "concerning_high",
    ("concerning", False): "concerning_low",
}


def assurance_icon(sure: Assurance) -> AssuranceIcon:
    """Which assurance icon an assurance shows."""
    return "hit_and_miss" if sure == "hit and miss" else sure
