"""The benefit of the doubt: a finding only when no other reading of the words fits the
data (issue 24, between rounds 6 and 7). Designed on the blind rounds' false findings
(rounds 5 and earlier) and kept only where it cost no real finding on any corpus:

- a figure read by `level` as this measure's value in a quarter is withheld when it is,
  exactly as written (rounded as written; a hedge's tolerance or a count's zeros would
  fit too much), another figure of the same indicator the sentence could be talking
  about: another series's figure in the same quarter ('88% of the 1,610 requested'), or,
  unless words of a level come before it ('stood at', 'rose to', 'was', 'a rate of'),
  the change of its own series on the quarter before or on the same quarter a year
  earlier;
- a figure after a verb of change without `to` ('has gained 1.2%', 'dropped by 240',
  'edged up 3') is a change, not a level: a `level` finding on it is withheld;
- a `change` whose base is the quarter before only by default (the sentence names no
  base), in a sentence that speaks of a change over a year ('A year on from Quarter 2,
  ... 131 more people', 'year on year', 'over the past year', 'twelve months'), has a
  base the checker cannot be sure of: the finding is withheld.

Measured and not kept (they withheld real findings and no false one on the validation
set, or fitted nothing): the target or floor, another quarter's figure of the same
series, another series's figure in another quarter, a year-to-date sum, a share of
another series and a comparator's figure as other readings.

A pure function of a sentence's text, claims and findings, like the other gates
(abstain.py, rivals.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from generator.editors.claims.base import Claim
from generator.editors.claims.figures import matches
from generator.editors.claims.subject import Subject
from generator.editors.findings import Finding

# the rules whose findings this gate looks at
DOUBTED = ("level", "change")

_MOVED_BY = re.compile(
    r"\b(?:gain(?:s|ed)?|add(?:s|ed)?|lost|los(?:es|ing)|shed|gr[eo]wn?|grows|climb(?:s|ed)?|"
    r"slip(?:s|ped)?|dropp?(?:s|ed)?|improv(?:es|ed)|increas(?:es|ed)|decreas(?:es|ed)|"
    r"r[io]sen?|rises|f[ae]ll(?:en|s)?|declin(?:es|ed)|jump(?:s|ed)|"
    r"edg(?:es|ed)\s+(?:up|down))\s+(?:by\s+)?(?:a\s+further\s+|another\s+|"
    r"some\s+|almost\s+|nearly\s+|about\s+|around\s+|just\s+(?:over|under)\s+)?$",
    re.IGNORECASE,
)
# words that make the figure after them a level: 'stood at', 'rose to', 'was', 'a rate of'
_A_LEVEL = re.compile(
    r"\b(?:at|to|of|was|were|is|are|reached|stands|stood|totalled|numbered)\s+$", re.IGNORECASE
)
_OVER_A_YEAR = re.compile(
    r"\b(?:a\s+year\s+on|year[\s-]+on[\s-]+year|over\s+(?:the|a)\s+(?:past\s+)?year|"
    r"(?:twelve|12)\s+months)\b",
    re.IGNORECASE,
)


def _others(subject: Subject, claim: Claim, as_level: bool) -> Iterator[float]:
    """The indicator's other figures a level's figure could be about: another series's
    in the quarter, and (unless the words make it a level) its own series's changes."""
    own = set(claim.series)
    for index, values in enumerate(subject.values):
        now = values.get(claim.period)
        if now is None:
            continue
        if index not in own:
            yield now
            continue
        for back in () if as_level else (1, 4):  # on the quarter before, on a year earlier
            if (then := values.get(claim.period.shift(-back))) is not None:
                yield abs(now - then)


def other_reading(subject: Subject, text: str, claim: Claim) -> bool:
    """Whether a level's figure has another reading that fits the data (see above)."""
    if claim.stated is None:
        return False
    if _MOVED_BY.search(text[: claim.at]):
        return True
    exact = replace(claim.stated, hedge=None, zeros=0)
    as_level = bool(_A_LEVEL.search(text[: claim.at]))
    return any(matches(exact, v) for v in _others(subject, claim, as_level))


def base_unsure(text: str, claim: Claim) -> bool:
    """Whether a change's base is the quarter before only by default, in a sentence that
    speaks of a change over a year."""
    return claim.base is None and bool(_OVER_A_YEAR.search(text))


def doubts_withheld(
    subject: Subject, text: str, claims: Sequence[Claim], findings: Sequence[Finding]
) -> list[Finding]:
    """A sentence's findings, less those another reading fits. A finding made from a
    claim carries the claim's index in `claims` as its `order` (1, index)."""
    kept = []
    for finding in findings:
        claim = claims[finding.order[1]] if finding.order[:1] == (1,) else None
        if claim is not None:
            if finding.rule == "level" and other_reading(subject, text, claim):
                continue
            if finding.rule == "change" and base_unsure(text, claim):
                continue
        kept.append(finding)
    return kept
