"""`appendix new-quarter`: a short, true first draft of each indicator's commentary.

Drafts are written with placeholders, so the figures stay right if the data
is revised before the paper goes out. An existing file is never overwritten.
"""

from __future__ import annotations

from pathlib import Path

from generator.data import load_data
from generator.definitions import Indicator, load_report
from generator.errors import InputError
from generator.facts import IndicatorFacts, SeriesFacts
from generator.inputs import load_inputs
from generator.periods import PeriodError, Quarter, parse_quarter
from generator.rules import direction_word


def _movement(series: SeriesFacts, prefix: str, facts: IndicatorFacts) -> str | None:
    """'up {{ change }} on the previous quarter ({{ previous }})', decided from the data now."""
    other = series.previous if prefix == "" else series.last_year
    if other is None:
        return None
    key = f"series.{series.series.id}." if len(facts.series) > 1 else ""
    when = "the previous quarter" if prefix == "" else "the same quarter last year"
    shown = "previous" if prefix == "" else "last_year"
    unit, decimals = facts.indicator.unit, facts.indicator.decimals
    if direction_word(series.latest.value, other.value, unit, decimals) == "unchanged":
        return f"the same as {when} ({{{{ {key}{shown} }}}})"
    change = f"{{{{ {key}{prefix}change }}}}"
    if unit != "percent":
        change += f" ({{{{ {key}{prefix}change_pct }}}})"
    return f"{{{{ {key}{prefix}direction }}}} {change} on {when} ({{{{ {key}{shown} }}}})"


def draft_text(facts: IndicatorFacts) -> str:
    paragraphs = []
    if facts.indicator.is_kpi():
        series = facts.primary
        moves = [m for m in (_movement(series, "", facts), _movement(series, "year_", facts)) if m]
        first = "In {{ latest_period }} the figure was {{ latest }}"
        paragraphs.append(first + (", " + ", and ".join(moves) if moves else "") + ".")
        rating = (
            "It is rated {{ rag }} against a target of {{ target }} and a threshold of "
            "{{ threshold }}"
        )
        if facts.previous_rag is None or facts.previous_rag == facts.rag:
            rating += ", the same rating as the previous quarter."
        else:
            rating += ", having been {{ previous_rag }} the previous quarter."
        paragraphs.append(rating)
    else:
        for series in facts.series:
            key = f"series.{series.series.id}." if len(facts.series) > 1 else ""
            label = series.series.label[:1].upper() + series.series.label[1:]
            moves = [
                m for m in (_movement(series, "", facts), _movement(series, "year_", facts)) if m
            ]
            sentence = f"{label}: {{{{ {key}latest }}}} in {{{{ {key}latest_period }}}}"
            paragraphs.append(sentence + (", " + ", and ".join(moves) if moves else "") + ".")
    if facts.trend.enough_data:
        paragraphs.append("Direction of travel over the charted quarters: {{ trend }}.")
    else:
        paragraphs.append("Too few quarters are charted to judge a direction of travel.")
    return "\n\n".join(paragraphs) + "\n"


def generic_draft(indicator: Indicator, quarter: Quarter) -> str:
    """A draft for a quarter whose data is not in yet: every figure a placeholder."""
    definition = indicator.for_quarter(quarter)
    assert definition is not None
    paragraphs = []
    if indicator.is_kpi():
        paragraphs.append(
            "In {{ latest_period }} the figure was {{ latest }}, {{ direction }} {{ change }} on "
            "the previous quarter ({{ previous }})."
        )
        paragraphs.append(
            "It is rated {{ rag }} against a target of {{ target }} and a threshold of "
            "{{ threshold }}; the previous quarter was rated {{ previous_rag }}."
        )
    else:
        for series in definition.series:
            key = f"series.{series.id}." if len(definition.series) > 1 else ""
            label = series.label[:1].upper() + series.label[1:]
            paragraphs.append(
                f"{label}: {{{{ {key}latest }}}} in {{{{ {key}latest_period }}}}, "
                f"{{{{ {key}direction }}}} {{{{ {key}change }}}} on the previous quarter "
                f"({{{{ {key}previous }}}})."
            )
    paragraphs.append("Direction of travel over the charted quarters: {{ trend }}.")
    return "\n\n".join(paragraphs) + "\n"


def draft_quarter(root: Path, quarter_text: str) -> tuple[list[Path], list[Path]]:
    """Write a draft for every indicator that has no commentary yet; returns (created, kept).

    With the quarter's data loaded, each draft says what the data shows; before
    the data is in, every figure is a placeholder, filled when it arrives.
    """
    report = load_report(root / "data" / "report.yaml")
    dataset = load_data(report)
    try:
        quarter = parse_quarter(quarter_text)
    except PeriodError as exc:
        raise InputError(str(exc), where="the quarter argument") from None
    indicators = report.in_force(quarter)
    if not indicators:
        raise InputError(
            f"no indicator is defined for {quarter.fy}",
            file=str(report.source),
            period=str(quarter),
            fix=f'Add a "{quarter.fy}" year to the indicators',
        )
    drafts: dict[str, str]
    if quarter in dataset.quarters():
        inputs = load_inputs(root, quarter_text)
        drafts = {f.indicator.id: draft_text(f) for f in inputs.facts}
    else:
        drafts = {i.id: generic_draft(i, quarter) for i in indicators}
    folder = root / "narratives" / quarter.slug
    created: list[Path] = []
    kept: list[Path] = []
    for indicator_id, text in drafts.items():
        path = folder / f"{indicator_id}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        try:  # 'x' mode: never replaces a file, even one written a moment ago
            with path.open("x", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
        except FileExistsError:
            kept.append(path)
            continue
        created.append(path)
    return created, kept


__all__ = ["draft_quarter", "draft_text"]
