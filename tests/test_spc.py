"""SPC (Making Data Count): limits, rules, variation and assurance against tables
worked by hand from the published rules, and against a second implementation
written here (numpy, whole-array) over generated series."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.core.spc import (
    ASSURANCE_WORDS,
    VARIATION_WORDS,
    Run,
    assurance,
    spc,
)

C, UP, K = "common", "improving", "concerning"

# name, figures, polarity, rebase, (mean, lower, upper) of the last run, screened, variation
HAND = [
    # none firing: mean 126/12 = 10.5; moving ranges 23/11; limits 10.5 ± 2.66 × 23/11
    (
        "none",
        [10, 12, 9, 11, 10, 12, 9, 11, 10, 12, 9, 11],
        "higher",
        None,
        (10.5, 10.5 - 2.66 * 23 / 11, 10.5 + 2.66 * 23 / 11),
        0,
        [C] * 12,
    ),
    # a point beyond a limit alone: mean 163/14; moving ranges (2×11 + 11 + 11)/13 = 44/13
    (
        "beyond",
        [10, 12, 10, 12, 10, 12, 10, 21, 10, 12, 10, 12, 10, 12],
        "higher",
        None,
        (163 / 14, 163 / 14 - 2.66 * 44 / 13, 163 / 14 + 2.66 * 44 / 13),
        0,
        [C] * 7 + [UP] + [C] * 6,
    ),
    # the same point low on a lower-is-better measure: improving; higher is better: concerning
    (
        "beyond, lower is better",
        [10, 12, 10, 12, 10, 12, 10, 1, 10, 12, 10, 12, 10, 12],
        "lower",
        None,
        (143 / 14, 143 / 14 - 2.66 * 40 / 13, 143 / 14 + 2.66 * 40 / 13),
        0,
        [C] * 7 + [UP] + [C] * 6,
    ),
    (
        "beyond, higher is better",
        [10, 12, 10, 12, 10, 12, 10, 1, 10, 12, 10, 12, 10, 12],
        "higher",
        None,
        (143 / 14, 143 / 14 - 2.66 * 40 / 13, 143 / 14 + 2.66 * 40 / 13),
        0,
        [C] * 7 + [K] + [C] * 6,
    ),
    (
        "beyond, neutral",
        [10, 12, 10, 12, 10, 12, 10, 1, 10, 12, 10, 12, 10, 12],
        "neutral",
        None,
        (143 / 14, 143 / 14 - 2.66 * 40 / 13, 143 / 14 + 2.66 * 40 / 13),
        0,
        [C] * 7 + ["lower"] + [C] * 6,
    ),
    # a run of 7 above the mean (12) alone: 13, 13, 14, 13, 14, 13, 14
    (
        "run of 7",
        [10, 12, 10, 12, 10, 12, 10, 13, 13, 14, 13, 14, 13, 14, 12, 10],
        "higher",
        None,
        (12.0, 12 - 2.66 * 1.6, 12 + 2.66 * 1.6),
        0,
        [C] * 7 + [UP] * 7 + [C] * 2,
    ),
    # 8 points rising (10.1 … 10.7, 12) alone; a lower-is-better measure: concerning
    (
        "trend",
        [11, 10, 12, 10.1, 10.2, 10.3, 10.4, 10.5, 10.6, 10.7, 12, 10, 11, 10],
        "lower",
        None,
        (148.8 / 14, 148.8 / 14 - 2.66 * 10.8 / 13, 148.8 / 14 + 2.66 * 10.8 / 13),
        0,
        [C] * 3 + [K] * 8 + [C] * 3,
    ),
    # 2 of 3 beyond two-thirds of the way to the upper limit (15.53) alone: 16, 16
    (
        "2 of 3",
        [10, 12, 10, 12, 10, 12, 10, 12, 16, 16, 12, 10, 12, 10],
        "higher",
        None,
        (164 / 14, 164 / 14 - 2.66 * 28 / 13, 164 / 14 + 2.66 * 28 / 13),
        0,
        [C] * 8 + [UP, UP] + [C] * 4,
    ),
    # a screened moving range: 16→70 (54) and 70→8 (62) are above 3.267 × 204/13, left
    # out; the limits from the other 11 (88/11 = 8); the mean 222/14
    (
        "screened",
        [8, 16, 8, 16, 8, 16, 8, 70, 8, 16, 8, 16, 8, 16],
        "higher",
        None,
        (222 / 14, 222 / 14 - 2.66 * 8, 222 / 14 + 2.66 * 8),
        2,
        [C] * 7 + [UP] + [C] * 6,
    ),
    # a rebase at the 7th point: each run its own limits; no run of 7 either side
    (
        "rebase",
        [10, 12, 10, 12, 10, 12, 20, 22, 20, 22, 20, 22, 20, 22],
        "higher",
        6,
        (21.0, 21 - 2.66 * 2, 21 + 2.66 * 2),
        0,
        [C] * 14,
    ),
    # without it, the same figures run 6 below then 8 above the mean
    (
        "no rebase",
        [10, 12, 10, 12, 10, 12, 20, 22, 20, 22, 20, 22, 20, 22],
        "higher",
        None,
        (234 / 14, 234 / 14 - 2.66 * 32 / 13, 234 / 14 + 2.66 * 32 / 13),
        0,
        [K] * 6 + [UP] * 8,
    ),
    # a missing figure is skipped: its neighbours are consecutive
    (
        "gap",
        [10, 12, None, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12],
        "higher",
        None,
        (11.0, 11 - 2.66 * 2, 11 + 2.66 * 2),
        0,
        [C, C, None] + [C] * 10,
    ),
]


@pytest.mark.parametrize(
    ("figures", "polarity", "rebase", "limits", "screened", "expected"),
    [case[1:] for case in HAND],
    ids=[case[0] for case in HAND],
)
def test_hand_worked(
    figures: list[float | None],
    polarity: str,
    rebase: int | None,
    limits: tuple[float, float, float],
    screened: int,
    expected: list[str | None],
) -> None:
    result = spc(figures, polarity, rebase)  # type: ignore[arg-type]
    run = result.runs[-1]
    assert (run.mean, run.lower, run.upper) == pytest.approx(limits)
    assert run.screened == screened
    assert list(result.variation) == expected


def test_rebase_gives_each_run_its_own_limits() -> None:
    result = spc([10, 12, 10, 12, 10, 12, 20, 22, 20, 22, 20, 22, 20, 22], "higher", 6)
    first, last = result.runs
    assert (first.start, first.count, first.mean) == (0, 6, 11.0)
    assert (last.start, last.count, last.mean) == (6, 8, 21.0)
    assert result.mean == (11.0,) * 6 + (21.0,) * 8
    assert result.upper[0] == pytest.approx(11 + 2.66 * 2)


@pytest.mark.parametrize(
    ("count", "trial"),
    [(2, True), (11, True), (12, False), (20, False)],
)
def test_fewer_than_12_points_give_trial_limits(count: int, trial: bool) -> None:
    result = spc([10.0 + (i % 2) for i in range(count)], "higher")
    assert result.trial is trial
    # a rebase leaves the run after it with its own count
    assert spc([10.0 + (i % 2) for i in range(20)], "higher", 10).trial is True


def test_one_figure_gives_no_limits() -> None:
    result = spc([None, 5.0, None], "higher")
    assert result.runs == ()
    assert result.variation == (None, None, None)


RUN = Run(start=0, count=12, mean=50.0, lower=40.0, upper=60.0, screened=0)


@pytest.mark.parametrize(
    ("target", "polarity", "expected"),
    [
        (35.0, "higher", "passing"),
        (65.0, "higher", "failing"),
        (35.0, "lower", "failing"),
        (65.0, "lower", "passing"),
        (50.0, "higher", "hit and miss"),
        (40.0, "lower", "hit and miss"),  # on a limit: inside
        (60.0, "higher", "hit and miss"),
        (None, "higher", None),
        (50.0, "neutral", None),
    ],
)
def test_assurance(target: float | None, polarity: str, expected: str | None) -> None:
    assert assurance(RUN, target, polarity) == expected  # type: ignore[arg-type]


def test_words() -> None:
    assert VARIATION_WORDS["improving"] == "Special cause improving variation"
    assert VARIATION_WORDS["concerning"] == "Special cause concerning variation"
    assert VARIATION_WORDS["common"] == "Common cause variation"
    assert ASSURANCE_WORDS["passing"] == "Consistently passing the target"
    assert ASSURANCE_WORDS["failing"] == "Consistently failing the target"
    assert ASSURANCE_WORDS["hit and miss"].startswith("Hit and miss")


# A second implementation, from the published rules, with numpy ---------------------


def _runs_of(mask: np.ndarray, length: int) -> np.ndarray:
    """Points inside a run of at least `length` consecutive True."""
    out = np.zeros(mask.size, dtype=bool)
    for start in range(mask.size - length + 1):
        if mask[start : start + length].all():
            out[start : start + length] = True
    return out


def independent(x: np.ndarray, polarity: str) -> tuple[float, float, float, list[str]]:
    mean = x.mean()
    mr = np.abs(np.diff(x))
    amr = mr[mr <= 3.267 * mr.mean()].mean()
    upper, lower = mean + 2.66 * amr, mean - 2.66 * amr
    signs: list[np.ndarray] = []
    # beyond a limit
    signs.append(np.where(x > upper, 1, np.where(x < lower, -1, 0)))
    # 2 of 3 beyond two-thirds (flag the ones beyond)
    hi = x > mean + (upper - mean) * 2 / 3
    lo = x < mean - (mean - lower) * 2 / 3
    two = np.zeros(x.size, dtype=int)
    for near, side in ((hi, 1), (lo, -1)):
        window = np.convolve(near.astype(int), np.ones(3, dtype=int), mode="valid") >= 2
        for start in np.flatnonzero(window):
            part = near[start : start + 3]
            two[start : start + 3][part] = side
    signs.append(two)
    # a run of 7 on one side
    signs.append(_runs_of(x > mean, 7).astype(int) - _runs_of(x < mean, 7).astype(int))
    # 7 points rising or falling: 6 steps the same way; both ends of each step
    trend = np.zeros(x.size, dtype=int)
    step = np.sign(np.diff(x))
    for way in (1, -1):
        inside = _runs_of(step == way, 6)
        for k in np.flatnonzero(inside):
            trend[k] = trend[k + 1] = way
    signs.append(trend)
    stacked = np.vstack(signs)
    firsts = [next((int(s) for s in stacked[:, k] if s != 0), 0) for k in range(x.size)]
    better = {"higher": 1, "lower": -1}.get(polarity, 0)
    words = []
    for s in firsts:
        if s == 0:
            words.append("common")
        elif better == 0:
            words.append("higher" if s > 0 else "lower")
        else:
            words.append("improving" if s == better else "concerning")
    return float(mean), float(lower), float(upper), words


series = st.lists(
    st.integers(min_value=0, max_value=40).map(lambda n: n / 4), min_size=2, max_size=30
)


@settings(max_examples=300, deadline=None)
@given(series, st.sampled_from(["higher", "lower", "neutral"]))
def test_agrees_with_an_independent_implementation(figures: list[float], polarity: str) -> None:
    if len(set(figures)) == 1:
        figures = [*figures[:-1], figures[-1] + 1]
    mean, lower, upper, words = independent(np.array(figures), polarity)
    result = spc(figures, polarity)  # type: ignore[arg-type]
    run = result.runs[0]
    assert (run.mean, run.lower, run.upper) == pytest.approx((mean, lower, upper))
    assert list(result.variation) == words
