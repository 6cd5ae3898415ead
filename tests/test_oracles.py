"""Our figures checked against oracles that do not share our code: scipy's
regression for the direction of travel, the published editions for the RAG
ratings, and the chart as drawn (read back from the matplotlib figure) for the
axes."""

from __future__ import annotations

import itertools
import math
import re
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from scipy import stats

from generator.content.facts import IndicatorFacts
from generator.content.inputs import load_inputs
from generator.core.rules import NO_TREND, NOT_ENOUGH, direction_of_travel
from tests.scope import shared

SEEDS = Path("/work/shared/seeds")


@pytest.fixture(scope=shared)
def sample_facts(repo_root: Path) -> dict[str, dict[str, IndicatorFacts]]:
    return {
        quarter: {f.indicator.id: f for f in load_inputs(repo_root, quarter).facts}
        for quarter in ("2024-25 Q2", "2023-24 Q2")
    }


def _scipy_label(values: tuple[float | None, ...], polarity: str) -> str:
    """The direction of travel from scipy's regression: at least six quarters, a
    two-sided test of the slope at 5%."""
    points = [(float(x), float(v)) for x, v in enumerate(values) if v is not None]
    if len(points) < 6:
        return NOT_ENOUGH
    xs, ys = zip(*points, strict=True)
    if len(set(ys)) == 1:
        return NO_TREND
    fit = stats.linregress(xs, ys)
    if not fit.pvalue < 0.05:
        return NO_TREND
    rising = fit.slope > 0
    return {
        "higher": "improving" if rising else "worsening",
        "lower": "worsening" if rising else "improving",
    }.get(polarity, "increasing" if rising else "decreasing")


@pytest.mark.parametrize("quarter", ["2024-25 Q2", "2023-24 Q2"])
def test_every_sample_direction_of_travel_agrees_with_scipy(
    sample_facts: dict[str, dict[str, IndicatorFacts]], quarter: str
) -> None:
    facts = sample_facts[quarter]
    assert len(facts) >= 19
    for indicator, f in facts.items():
        expected = _scipy_label(f.primary.values, f.indicator.polarity)
        assert f.trend.label == expected, (indicator, f.primary.values)


def _straddling(p_target: float, above: bool) -> list[float]:
    """Eight quarters on a line plus fixed noise (orthogonal to time, so the
    p-value falls as the slope grows), with the slope found by bisection on
    scipy's p-value so that p lies just above or just below `p_target`."""
    xs = list(range(8))
    noise = [1.0, -2.0, 0.5, 1.5, -1.0, 2.0, -0.5, -1.5]
    mean_x = sum(xs) / 8
    mean_n = sum(noise) / 8
    slope_n = sum((x - mean_x) * (n - mean_n) for x, n in zip(xs, noise, strict=True)) / sum(
        (x - mean_x) ** 2 for x in xs
    )
    noise = [n - mean_n - slope_n * (x - mean_x) for x, n in zip(xs, noise, strict=True)]

    def series(slope: float) -> list[float]:
        return [50.0 + slope * x + n for x, n in zip(xs, noise, strict=True)]

    low, high = 0.0, 5.0  # p falls from 1 towards 0 as the slope rises
    for _ in range(200):
        middle = (low + high) / 2
        if stats.linregress(xs, series(middle)).pvalue > p_target:
            low = middle
        else:
            high = middle
    values = series(high * 0.999 if above else high * 1.001)
    p = stats.linregress(xs, values).pvalue
    assert (p > p_target) if above else (p < p_target)
    assert abs(p - p_target) < 0.001 * p_target * 10
    return values


@pytest.mark.parametrize(
    ("p_target", "above", "significant"),
    [
        (0.05, False, True),  # just under 5%: significant
        (0.05, True, False),  # just over 5%: not
        (0.01, True, True),  # well inside 5%, though not 1%
        (0.10, False, False),  # under 10% but over 5%
    ],
)
@pytest.mark.parametrize("polarity", ["higher", "lower", "neutral"])
def test_the_significance_level_is_five_per_cent(
    p_target: float, above: bool, significant: bool, polarity: str
) -> None:
    values = _straddling(p_target, above)
    for sign in (1, -1):
        series = [50 + sign * (v - 50) for v in values]
        trend = direction_of_travel(series, polarity)  # type: ignore[arg-type]
        assert trend.significant is significant, (p_target, above, trend.p_value)
        assert trend.label == _scipy_label(tuple(series), polarity)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.none(),
            st.floats(min_value=-1e4, max_value=1e4, allow_nan=False, allow_infinity=False),
        ),
        min_size=4,
        max_size=12,
    ),
    st.sampled_from(["higher", "lower", "neutral"]),
)
def test_any_series_gets_the_direction_scipy_gives(
    values: list[float | None], polarity: str
) -> None:
    points = [v for v in values if v is not None]
    if len(points) >= 6 and len(set(points)) > 1:
        xs = [float(x) for x, v in enumerate(values) if v is not None]
        fit = stats.linregress(xs, points)
        assume(math.isfinite(fit.pvalue) and abs(fit.pvalue - 0.05) > 1e-6)
        assume(abs(fit.slope) > 1e-9 * max(abs(v) for v in points))
    trend = direction_of_travel(values, polarity)  # type: ignore[arg-type]
    assert trend.label == _scipy_label(tuple(values), polarity)


# ----------------------------------------------------------------- RAG ratings

# The ratings printed in the published 2024/25 Q2 edition
# (/work/shared/seeds/appendix1-2024-25-q2.txt): each on the line after the
# indicator's heading, at the lines given.
PUBLISHED_RATINGS = {
    "ASCH1": ("AMBER", 7),
    "ASCH2": ("AMBER", 40),
    "ASCH3": ("AMBER", 73),
    "ASCH4": ("AMBER", 112),
    "ASCH5": ("GREEN", 149),
    "ASCH6": ("AMBER", 193),
}
# known-figures.md: "ASCH1 | 24/25 Q2 | 6% (AMBER; GREEN the quarter before)".
PUBLISHED_PREVIOUS = {"ASCH1": "GREEN"}


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the published editions are not on this machine")
def test_the_table_of_published_ratings_matches_the_edition() -> None:
    lines = (SEEDS / "appendix1-2024-25-q2.txt").read_text(encoding="utf-8").splitlines()
    found = {}
    for number, line in enumerate(lines, start=1):
        if match := re.match(r"\s*(ASCH\d+):", line):
            following = [s.strip() for s in lines[number : number + 8] if s.strip()]
            rating = next((s for s in following if s in ("GREEN", "AMBER", "RED")), None)
            if rating is not None:
                at = next(i for i in range(number, number + 8) if lines[i].strip() == rating)
                found[match.group(1)] = (rating, at + 1)
    assert found == PUBLISHED_RATINGS


def test_the_sample_is_rated_as_the_published_edition(
    sample_facts: dict[str, dict[str, IndicatorFacts]],
) -> None:
    facts = sample_facts["2024-25 Q2"]
    rated = {i: f.rag for i, f in facts.items() if f.rag is not None}
    assert rated == {i: rating for i, (rating, _) in PUBLISHED_RATINGS.items()}
    for indicator, rating in PUBLISHED_PREVIOUS.items():
        assert facts[indicator].previous_rag == rating


# ----------------------------------------------------------------- chart axes


def _drawn(spec: object, monkeypatch: pytest.MonkeyPatch) -> object:
    """Draw a chart as the build does and keep the matplotlib Figure as it was drawn."""
    from generator.charts import draw
    from generator.charts.common import to_png

    figure = draw(spec)  # type: ignore[arg-type]
    to_png(figure, spec)  # type: ignore[arg-type]  # draws the figure, as render does
    return figure


def _number(label: str) -> float:
    return float(label.replace("£", "").replace("%", "").replace(",", ""))


def test_every_chart_draws_the_axis_its_notes_describe(
    sample_facts: dict[str, dict[str, IndicatorFacts]],
    repo_root: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from generator.content.chart_spec import chart_spec
    from generator.content.chart_words import chart_words
    from generator.content.notes import technical_notes

    style = load_inputs(repo_root, "2024-25 Q2").style
    for indicator, facts in sample_facts["2024-25 Q2"].items():
        figure = _drawn(chart_spec(facts, style), monkeypatch)
        axes = figure.axes[0]  # type: ignore[attr-defined]
        low, high = axes.get_ylim()
        box = axes.get_window_extent()
        y_labels, x_labels = [], []
        for text in axes.texts:
            extent = text.get_window_extent()
            if extent.x1 <= box.x0 + 1:  # left of the plot: a y-axis label
                y_labels.append((text.get_text(), (extent.y0 + extent.y1) / 2))
            elif extent.y1 <= box.y0 + 1:  # below it: a quarter
                x_labels.append(text.get_text().replace("\n", " "))
        # The quarters under the axis are the charted window, in order.
        assert x_labels == [q.short for q in facts.window], indicator
        # The y labels run from the bottom of the axis to its top, evenly, each
        # level drawn where its value lies, in the indicator's unit.
        y_labels.sort(key=lambda pair: pair[1])
        numbers = [_number(label) for label, _ in y_labels]
        assert numbers[0] == pytest.approx(low) and numbers[-1] == pytest.approx(high), indicator
        steps = {round(b - a, 6) for a, b in itertools.pairwise(numbers)}
        assert len(steps) == 1 and 3 <= len(numbers) <= 12, (indicator, numbers)
        for (_, y_pixel), value in zip(y_labels, numbers, strict=True):
            assert axes.transData.transform((0, value))[1] == pytest.approx(y_pixel, abs=1.5)
        if facts.indicator.unit == "percent":
            assert all(label.endswith("%") for label, _ in y_labels), indicator
        # Every charted value, target and floor lies within the drawn axis.
        charted = [v for s in facts.series for v in s.values if v is not None]
        if facts.indicator.chart == "stacked":
            charted = [
                sum(v for s in facts.series if (v := s.values[i]) is not None)
                for i in range(len(facts.window))
            ]
        charted += [x for b in facts.bands if b for x in (b.target, b.threshold)]
        assert low <= min(charted) and max(charted) <= high + 1e-9, indicator
        # The notes' caveats say what the drawn axis shows.
        notes = " ".join(technical_notes(facts, chart_words(style)))
        assert ("axis does not start at 0" in notes) is bool(low > 0), indicator
        is_percent = facts.indicator.unit == "percent"
        assert ("axis does not end at 100%" in notes) is bool(is_percent and high < 100), indicator
