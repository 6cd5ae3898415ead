"""Movements told one after another with 'then' ('rose, then eased in Quarter 2', 'rose in
Quarter 1, then eased'): which quarter each is of (issue 24, after round 18 was written)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from generator.editors.claims.periods import find_periods
from generator.editors.claims.subject import Subject
from generator.editors.findings import Finding
from generator.read.patterns import regex

# where a later step of a sequence begins: ', then', 'and then', 'but then', '; they then'
# ('since then', 'by then', 'until then' look back to a time already named, and are not one)
_THEN = regex(
    r"(?:[,;]\s*|\s+)(?:(?:and|but)\s+)?(?:(?:they|it|this|the\s+figure)\s+)?"
    r"(?<!\bsince\s)(?<!\bby\s)(?<!\buntil\s)(?<!\bthan\s)(?<!\bfrom\s)(?<!\bjust\s)then\b",
    re.I,
)
# the rules whose findings a step with no quarter of its own withholds
SEQUENCE_RULES = (
    "movement",
    "streak",
    "level",
    "change",
    "against target",
    "highest or lowest",
)


def then_withheld(subject: Subject, text: str, found: Sequence[Finding]) -> list[Finding]:
    """A sentence's findings less those of a step in a 'then' sequence whose quarter is not
    said: a step before 'then' that names no quarter ('Costs rose, then eased in Quarter 2':
    the rise is of a quarter before the one the later step names, or before the report's),
    and a step after it that names none where an earlier one does ('rose in Quarter 1, then
    eased': a time after Quarter 1, which one not said)."""
    cuts = [m.start() for m in _THEN.finditer(text)]
    if not cuts:
        return list(found)
    bounds = [0, *cuts, len(text)]
    steps = list(pairwise(bounds))
    refs = find_periods(text, subject.latest)
    named = [any(start <= r.start < end for r in refs) for start, end in steps]
    kept = []
    for finding in found:
        quote = finding.quote or ""
        at = text.find(quote) if quote else -1
        if at < 0 or finding.rule not in SEQUENCE_RULES:
            kept.append(finding)
            continue
        step = next(i for i, (start, end) in enumerate(steps) if start <= at < end)
        if named[step]:
            kept.append(finding)
        elif step < len(steps) - 1:
            continue  # before 'then', no quarter of its own: an earlier time, not said
        elif any(named[:step]):
            continue  # after 'then', where an earlier step names a quarter: not said which
        else:
            kept.append(finding)
    return kept
