"""The rules for a cumulative (year-to-date) measure, as pure functions.

Its figures add up within each financial year and start again each April, so
its Q3 figure is rated against the target profiled for Q3 (never the full
year's), and its direction of travel compares each quarter with the same
quarter a year earlier, never a line through the saw-tooth.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from generator.core.rules import NO_TREND, NOT_ENOUGH, Trend, round_half_up, tested_trend
from generator.core.vocabulary import Polarity

Basis = Literal["year_end", "profile", "last_year"]
MIN_YEAR_PAIRS = 4  # a year of quarters, each with the same quarter a year earlier


@dataclass(frozen=True)
class Profiled:
    """What a quarter of a cumulative KPI is rated against, and why."""

    target: float
    threshold: float
    basis: Basis  # the year's target (Q4), the definition's profile, or last year's figure


def profiled_levels(
    quarter: int,
    *,
    target: float,
    threshold: float,
    profile: float | None,
    last_year: float | None,
    decimals: int = 0,
) -> Profiled | None:
    """The target and threshold for quarter `quarter` (1 to 4) of the year.

    Q4 is the year's own target and threshold. Q1 to Q3: the profile's target where
    the definition gives one, else the figure for the same quarter last year (as
    shown); None where there is neither (not rated: never the full year's target).
    The threshold keeps its proportion to the target (a floor of 96.5 for a target
    of 97.6 is 83.1 for a profile of 84.0), rounded to the figures' decimals so that
    the rating and the notes agree; for a target of 0, it keeps its distance in
    proportion to the part of the year gone.
    """
    if quarter == 4:
        return Profiled(target, threshold, "year_end")
    basis: Basis
    if profile is not None:
        level, basis = profile, "profile"
    elif last_year is not None:
        level, basis = round_half_up(last_year, decimals), "last_year"
    else:
        return None
    if target != 0:
        scaled = level * threshold / target
    else:
        scaled = level + (threshold - target) * quarter / 4
    return Profiled(level, round_half_up(scaled, decimals) + 0.0, basis)


def year_on_year(values: Sequence[float | None], polarity: Polarity) -> Trend:
    """Direction of travel of a year-to-date series: each quarter against the same
    quarter a year earlier (four places back), the mean difference tested against
    none with a two-sided t test at 5%.

    Quarters are equally spaced; a missing quarter (None) makes no pair.
    """
    differences = [
        float(new) - float(old)
        for new, old in zip(values[4:], values[:-4], strict=False)
        if new is not None and old is not None
    ]
    if len(differences) < MIN_YEAR_PAIRS:
        return Trend(NOT_ENOUGH, significant=False, enough_data=False)
    n = len(differences)
    mean = math.fsum(differences) / n
    if all(d == 0 for d in differences):
        return Trend(NO_TREND, significant=False, enough_data=True)
    variance = math.fsum((d - mean) ** 2 for d in differences) / (n - 1)
    if variance == 0:
        p_value = 0.0
    else:
        import mpmath  # as in rules.slope_test: loaded only where a trend is read

        t = mean / math.sqrt(variance / n)
        freedom = n - 1
        p_value = float(
            mpmath.betainc(freedom / 2, 0.5, 0, freedom / (freedom + t * t), regularized=True)
        )
    return tested_trend(mean, p_value, polarity)


def year_starts(quarters: Sequence[int]) -> tuple[int, ...]:
    """The places, after the first, where a new financial year starts (quarter 1): a
    year-to-date line is not joined across them."""
    return tuple(i for i, q in enumerate(quarters) if i > 0 and q == 1)
