"""What commentary claims about its indicator, read and checked against the data.

`reading` cuts commentary (placeholders filled) into sentences and clauses from its
markdown-it tokens, leaving out numbers that are not figures; `clauses` reads each
clause's figures and movement words once, bound to the period, series and measure the
clause names; the rules in `rules.RULES`, in order, each check what they read. The rules
are written out in docs/formats.md, part 3.
"""

from __future__ import annotations

from generator.editors.claims.base import Claim, Context, Rule, Verdict
from generator.editors.claims.figures import Stated, matches
from generator.editors.claims.periods import find_periods
from generator.editors.claims.reading import Sentence, numbers_read, read_text
from generator.editors.claims.rules import RULES, Reading, check_commentary, rule_named

__all__ = [
    "RULES",
    "Claim",
    "Context",
    "Reading",
    "Rule",
    "Sentence",
    "Stated",
    "Verdict",
    "check_commentary",
    "find_periods",
    "matches",
    "numbers_read",
    "read_text",
    "rule_named",
]
