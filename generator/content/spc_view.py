"""An indicator's SPC view (Making Data Count), where its definition asks for one: the
XmR view of its charted figures, and the words the notes, the data table and the
chart's text alternative give it. Pure functions of the indicator's facts."""

from __future__ import annotations

from dataclasses import dataclass

from generator.content.facts import IndicatorFacts
from generator.core.rules import format_value, round_half_up
from generator.core.spc import (
    ASSURANCE_WORDS,
    TRIAL_BELOW,
    TRIAL_WORDS,
    VARIATION_WORDS,
    Spc,
    assurance,
    spc,
)

# The chart's words for what it draws (its legend), and the data table's rows.
SPC_WORDS = {
    "mean": "Mean",
    "limits": "Process limits",
    "trial": "Process limits (trial)",
    "rebase": "Limits start again",
    "improving": "Special cause: improving",
    "concerning": "Special cause: concerning",
    "higher": "Special cause: higher",
    "lower": "Special cause: lower",
    "common": "Common cause",
    "upper_row": "Upper process limit",
    "lower_row": "Lower process limit",
    "mean_row": "Mean (SPC)",
    "variation_row": "Variation (SPC)",
    "heading": "Statistical process control",
}


@dataclass(frozen=True)
class SpcView:
    result: Spc
    rebase: int | None  # the charted quarter (index) from which the limits start again
    variation: str  # the variation icon's words, for the latest figure
    assurance: str | None  # the assurance icon's words, where there is a target

    @property
    def trial(self) -> bool:
        return self.result.trial


def spc_view(facts: IndicatorFacts) -> SpcView | None:
    """The SPC view of the indicator's first series over the charted quarters, where
    its definition asks for one and there are two figures or more to work from."""
    indicator = facts.indicator
    if not indicator.spc:
        return None
    rebase = None
    if indicator.spc_rebase is not None and indicator.spc_rebase in facts.window:
        rebase = facts.window.index(indicator.spc_rebase)
    # Worked from the figures as shown (as the chart plots and the table gives them).
    shown = tuple(
        None if v is None else round_half_up(v, indicator.decimals) for v in facts.primary.values
    )
    result = spc(shown, indicator.polarity, rebase)
    latest = result.latest
    if latest is None:
        return None
    band = facts.bands[facts.window.index(facts.latest_quarter)] if facts.bands else None
    sure = assurance(result.runs[-1], band.target if band else None, indicator.polarity)
    return SpcView(
        result=result,
        rebase=rebase if rebase is not None and rebase > 0 else None,
        variation=VARIATION_WORDS[latest],
        assurance=None if sure is None else ASSURANCE_WORDS[sure],
    )


def limit_decimals(facts: IndicatorFacts) -> int:
    """A mean or limit is given to one decimal more than the figures (a time, to the
    second as they are)."""
    if facts.indicator.unit == "minutes":
        return facts.indicator.decimals
    return min(facts.indicator.decimals + 1, 3)


def _fmt(facts: IndicatorFacts, value: float) -> str:
    return format_value(value, facts.indicator.unit, limit_decimals(facts))


def spc_notes(facts: IndicatorFacts, view: SpcView) -> list[str]:
    """The SPC panel's lines: the icons' words, the limits and how they were worked out."""
    run = view.result.runs[-1]
    latest = facts.latest_quarter.short
    lines = [f"Variation ({latest}): {view.variation}."]
    if view.assurance is not None:
        lines.append(f"Assurance: {view.assurance}.")
    lines.append(
        f"Mean {_fmt(facts, run.mean)}; process limits {_fmt(facts, run.lower)} to "
        f"{_fmt(facts, run.upper)} (mean ± 2.66 × the mean moving range)."
    )
    if run.screened:
        lines.append(
            f"{run.screened} moving range{'s' if run.screened > 1 else ''} above 3.267 × "
            "their mean left out of the limits."
        )
    if view.trial:
        lines.append(
            TRIAL_WORDS.format(minimum=TRIAL_BELOW, count=run.count)
            + ": read the limits with care."
        )
    if view.rebase is not None:
        lines.append(
            f"Limits start again from {facts.window[view.rebase].short} (a service change)."
        )
    lines.append(
        "Special cause: a point beyond a limit; 7 in a row on one side of the mean; "
        "7 rising or falling; 2 of 3 beyond two-thirds of the way to a limit."
    )
    return lines


def spc_alt_text(facts: IndicatorFacts, view: SpcView) -> str:
    """The SPC chart's text alternative: what it shows, point by point where special."""
    run = view.result.runs[-1]
    special = [
        f"{q.short} ({VARIATION_WORDS[v].lower()})"
        for q, v in zip(facts.window, view.result.variation, strict=True)
        if v is not None and v != "common"
    ]
    text = (
        f"{facts.indicator.id} statistical process control (XmR) chart of "
        f"{facts.primary.series.label} for {facts.window[0].short} to {facts.window[-1].short}, "
        f"with the mean ({_fmt(facts, run.mean)}) and process limits "
        f"({_fmt(facts, run.lower)} to {_fmt(facts, run.upper)})"
    )
    if view.trial:
        text += ", trial limits"
    if view.rebase is not None:
        text += f", starting again from {facts.window[view.rebase].short}"
    text += ". " + (
        "Special cause points: " + "; ".join(special) + "."
        if special
        else "No point shows special cause variation."
    )
    text += f" Variation icon: {view.variation}."
    if view.assurance is not None:
        text += f" Assurance icon: {view.assurance}."
    return text


def spc_caption(view: SpcView) -> str:
    """What the data table's caption adds: the SPC rows, and the icons' words."""
    words = "; ".join(w for w in (view.variation, view.assurance) if w)
    trial = ", trial limits" if view.trial else ""
    return f" and in its SPC chart ({words}{trial})"


def spc_rows(facts: IndicatorFacts, view: SpcView) -> list[tuple[str, tuple[float | None, ...]]]:
    """The data table's rows for the limits: (name, one value per charted quarter)."""
    result = view.result
    return [
        (SPC_WORDS["mean_row"], result.mean),
        (SPC_WORDS["lower_row"], result.lower),
        (SPC_WORDS["upper_row"], result.upper),
    ]


def variation_row(view: SpcView) -> tuple[str, tuple[str, ...]]:
    """The data table's row naming each point's variation (what its colour and marker
    shape say in the chart)."""
    return SPC_WORDS["variation_row"], tuple(
        "no figure" if v is None else SPC_WORDS[v] for v in view.result.variation
    )
