"""An indicator's SPC view (Making Data Count), where its definition asks for one: the
XmR view of its charted figures, and the words the notes, the data table and the
chart's text alternative give it. Pure functions of the indicator's facts."""

from __future__ import annotations

from dataclasses import dataclass

from generator.content.facts import IndicatorFacts
from generator.content.period_words import quarter_short
from generator.core.messages import Messages, default_messages
from generator.core.rules import format_value, round_half_up
from generator.core.spc import (
    TRIAL_BELOW,
    Spc,
    assurance,
    assurance_icon,
    spc,
    variation_icon,
)
from generator.core.vocabulary import ASSURANCE_ICONS, AssuranceIcon, VariationIcon

# What the chart draws (its legend) and the data table's rows: the keys of their words
# in the message catalogue (spc.*).
SPC_KEYS = (
    "mean",
    "limits",
    "trial",
    "rebase",
    "improving",
    "concerning",
    "higher",
    "lower",
    "common",
    "upper_row",
    "lower_row",
    "mean_row",
    "variation_row",
)


def spc_words(messages: Messages | None = None) -> dict[str, str]:
    """The SPC chart's legend words and the data table's row names, by key."""
    m = messages if messages is not None else default_messages()
    return {key: m.text(f"spc.{key}") for key in SPC_KEYS}


@dataclass(frozen=True)
class SpcView:
    result: Spc
    rebase: int | None  # the charted quarter (index) from which the limits start again
    variation: str  # the variation icon's words, for the latest figure
    assurance: str | None  # the assurance icon's words, where there is a target
    # Which icons show them (generator/core/spc.py): drawn by the charts stage.
    variation_icon: VariationIcon = "common"
    assurance_icon: AssuranceIcon | None = None

    @property
    def trial(self) -> bool:
        return self.result.trial


def spc_view(facts: IndicatorFacts, messages: Messages | None = None) -> SpcView | None:
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
    band = facts.band_at(facts.latest_quarter)
    sure = assurance(result.runs[-1], band.target if band else None, indicator.polarity)
    return SpcView(
        result=result,
        rebase=rebase if rebase is not None and rebase > 0 else None,
        variation=variation_words(latest, messages),
        assurance=None if sure is None else assurance_words(sure, messages),
        variation_icon=variation_icon(latest, indicator.polarity),
        assurance_icon=None if sure is None else assurance_icon(sure),
    )


def variation_words(variation: str, messages: Messages | None = None) -> str:
    """The variation icon's words: 'Special cause improving variation'."""
    m = messages if messages is not None else default_messages()
    return m.text(f"spc.variation.{variation}")


def assurance_words(sure: str, messages: Messages | None = None) -> str:
    """The assurance icon's words: 'Consistently passing the target'."""
    m = messages if messages is not None else default_messages()
    return m.text(f"spc.assurance.{sure.replace(' ', '_')}")


def icon_alt(icon: VariationIcon | AssuranceIcon, messages: Messages | None = None) -> str:
    """An icon's text alternative, its words: 'Variation: special cause improving
    variation (high)'."""
    m = messages if messages is not None else default_messages()
    group = "assurance" if icon in ASSURANCE_ICONS else "variation"
    return m.text(f"spc.icon.{group}.{icon}")


def limit_decimals(facts: IndicatorFacts) -> int:
    """A mean or limit is given to one decimal more than the figures (a time, to the
    second as they are)."""
    if facts.indicator.unit == "minutes":
        return facts.indicator.decimals
    return min(facts.indicator.decimals + 1, 3)


def _fmt(facts: IndicatorFacts, value: float, m: Messages | None = None) -> str:
    return format_value(value, facts.indicator.unit, limit_decimals(facts), m)


def spc_notes(facts: IndicatorFacts, view: SpcView, messages: Messages | None = None) -> list[str]:
    """The SPC panel's lines: the icons' words, the limits and how they were worked out."""
    m = messages if messages is not None else default_messages()
    run = view.result.runs[-1]
    latest = quarter_short(facts.latest_quarter, m)
    lines = [m.format("spc.notes.variation", quarter=latest, variation=view.variation)]
    if view.assurance is not None:
        lines.append(m.format("spc.notes.assurance", assurance=view.assurance))
    lines.append(
        m.format(
            "spc.notes.limits",
            mean=_fmt(facts, run.mean, m),
            lower=_fmt(facts, run.lower, m),
            upper=_fmt(facts, run.upper, m),
        )
    )
    if run.screened:
        lines.append(m.plural("spc.notes.screened", run.screened))
    if view.trial:
        lines.append(m.format("spc.notes.trial", minimum=TRIAL_BELOW, count=run.count))
    if view.rebase is not None:
        lines.append(
            m.format("spc.notes.rebase", quarter=quarter_short(facts.window[view.rebase], m))
        )
    lines.append(m.text("spc.notes.rules"))
    return lines


def spc_alt_text(facts: IndicatorFacts, view: SpcView, messages: Messages | None = None) -> str:
    """The SPC chart's text alternative: what it shows, point by point where special."""
    m = messages if messages is not None else default_messages()
    run = view.result.runs[-1]
    special = [
        m.format(
            "spc.alt.point", quarter=quarter_short(q, m), variation=variation_words(v, m).lower()
        )
        for q, v in zip(facts.window, view.result.variation, strict=True)
        if v is not None and v != "common"
    ]
    text = m.format(
        "spc.alt",
        id=facts.indicator.id,
        series=facts.primary.series.label,
        first=quarter_short(facts.window[0], m),
        last=quarter_short(facts.window[-1], m),
        mean=_fmt(facts, run.mean, m),
        lower=_fmt(facts, run.lower, m),
        upper=_fmt(facts, run.upper, m),
    )
    if view.trial:
        text += m.text("spc.alt.trial")
    if view.rebase is not None:
        text += m.format("spc.alt.rebase", quarter=quarter_short(facts.window[view.rebase], m))
    text += ". " + (
        m.format("spc.alt.special", points="; ".join(special))
        if special
        else m.text("spc.alt.no_special")
    )
    text += " " + m.format("spc.alt.variation_icon", variation=view.variation)
    if view.assurance is not None:
        text += " " + m.format("spc.alt.assurance_icon", assurance=view.assurance)
    return text


def spc_caption(view: SpcView, messages: Messages | None = None) -> str:
    """What the data table's caption adds: the SPC rows, and the icons' words."""
    m = messages if messages is not None else default_messages()
    words = "; ".join(w for w in (view.variation, view.assurance) if w)
    trial = m.text("spc.alt.trial") if view.trial else ""
    return m.format("spc.caption", words=words, trial=trial)


def spc_rows(
    facts: IndicatorFacts, view: SpcView, messages: Messages | None = None
) -> list[tuple[str, tuple[float | None, ...]]]:
    """The data table's rows for the limits: (name, one value per charted quarter)."""
    words = spc_words(messages)
    result = view.result
    return [
        (words["mean_row"], result.mean),
        (words["lower_row"], result.lower),
        (words["upper_row"], result.upper),
    ]


def variation_row(view: SpcView, messages: Messages | None = None) -> tuple[str, tuple[str, ...]]:
    """The data table's row naming each point's variation (what its colour and marker
    shape say in the chart)."""
    m = messages if messages is not None else default_messages()
    words = spc_words(m)
    return words["variation_row"], tuple(
        m.text("table.no_figure") if v is None else words[v] for v in view.result.variation
    )
