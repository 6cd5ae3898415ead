"""The appendix's words for what an indicator is and how it is drawn, written once.

Every module that names a unit, a polarity, a kind or a chart imports its type from
here, and every check of a report definition validates against the tuples below,
which are read from the types (so a word added to a type is a word the definitions
accept, and a message listing the choices lists exactly these). Standard library only.
"""

from __future__ import annotations

from typing import Literal, get_args

# What an indicator is: a KPI (with a target and a RAG rating) or an activity measure.
Kind = Literal["kpi", "activity"]

# What its figures count: '75%', '4,688', '588' (per a base), '£719', and durations:
# '12 days', '4.5 hours', '2:35' (minutes and seconds; core/durations.py).
Unit = Literal["percent", "count", "rate", "gbp", "days", "hours", "minutes"]

# Which way is better. A KPI has one; an activity measure may be neutral.
RatedPolarity = Literal["higher", "lower"]
Polarity = Literal[RatedPolarity, "neutral"]

# What a report definition's `chart:` asks for.
ChartForm = Literal["line", "stacked"]

# Which chart builder draws an indicator: a KPI's line, an activity's lines, or stacked
# bars; and an SPC (XmR) chart, beside the indicator's own where its definition asks.
ChartKind = Literal["kpi", "activity", "stacked", "spc"]

# A point's variation in an SPC view (Making Data Count): special cause improving or
# concerning (a measure with a better way), higher or lower (one with none), or common.
Variation = Literal["improving", "concerning", "higher", "lower", "common"]

# Whether an SPC view's process can be expected to meet the target.
Assurance = Literal["passing", "failing", "hit and miss"]

# Which Making Data Count icon an SPC view shows: for the variation, common cause,
# special cause improving or concerning on the high or the low side, or (a measure
# with no better way) higher or lower; for the assurance, passing, failing or hit
# and miss.
VariationIcon = Literal[
    "common",
    "improving_high",
    "improving_low",
    "concerning_high",
    "concerning_low",
    "higher",
    "lower",
]
AssuranceIcon = Literal["passing", "failing", "hit_and_miss"]

# A KPI's rating.
Rag = Literal["GREEN", "AMBER", "RED"]

KINDS: tuple[Kind, ...] = get_args(Kind)
UNITS: tuple[Unit, ...] = get_args(Unit)
RATED_POLARITIES: tuple[RatedPolarity, ...] = get_args(RatedPolarity)
POLARITIES: tuple[Polarity, ...] = get_args(Polarity)
CHART_FORMS: tuple[ChartForm, ...] = get_args(ChartForm)
CHART_KINDS: tuple[ChartKind, ...] = get_args(ChartKind)
RAGS: tuple[Rag, ...] = get_args(Rag)
VARIATION_ICONS: tuple[VariationIcon, ...] = get_args(VariationIcon)
ASSURANCE_ICONS: tuple[AssuranceIcon, ...] = get_args(AssuranceIcon)


__all__ = [
    "ASSURANCE_ICONS",
    "CHART_FORMS",
    "CHART_KINDS",
    "KINDS",
    "POLARITIES",
    "RAGS",
    "RATED_POLARITIES",
    "UNITS",
    "VARIATION_ICONS",
    "Assurance",
    "AssuranceIcon",
    "ChartForm",
    "ChartKind",
    "Kind",
    "Polarity",
    "Rag",
    "RatedPolarity",
    "Unit",
    "Variation",
    "VariationIcon",
]
