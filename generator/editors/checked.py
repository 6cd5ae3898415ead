"""What `appendix check` reads of each indicator, without loading its rules: the
commentary with its placeholders filled, and the same indicator's earlier commentary.
A build counts the check's findings from these (generator/run/counted.py), checking
again only the commentary that changed."""

from __future__ import annotations

from generator.content.facts import IndicatorFacts
from generator.content.inputs import Inputs, commentary_bytes
from generator.content.placeholders import placeholder_values
from generator.core.periods import PeriodError, parse_quarter
from generator.read.commentary import fill_placeholders


def filled_commentary(inputs: Inputs, facts: IndicatorFacts, raw: str) -> str:
    """The commentary `raw` of `facts`' indicator with its placeholders filled."""
    return fill_placeholders(
        raw,
        placeholder_values(facts, inputs.messages()),
        file=str(inputs.commentary_path(facts.indicator.id)),
        indicator=facts.indicator.id,
        period=str(inputs.quarter),
    )


def earlier_commentary(inputs: Inputs, indicator: str) -> list[tuple[str, str]]:
    """(name, text) of the indicator's commentary in every earlier quarter's folder."""
    earlier = []
    for other in inputs.folder.commentaries_of(indicator):
        try:
            quarter = parse_quarter(other.parent.name)
        except PeriodError:
            continue
        if quarter < inputs.quarter:
            # A regular file kept in the folder, within the size limit, as the quarter's own.
            data = commentary_bytes(inputs.folder, other, indicator=indicator, period=str(quarter))
            if data is not None:
                text = data.decode("utf-8-sig", errors="replace")
                earlier.append((f"{other} ({quarter})", text))
    return earlier
