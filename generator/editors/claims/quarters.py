"""Stale text: a quarter named as the latest that is not, and a quarter after the report's."""

from __future__ import annotations

from collections.abc import Iterator

from generator.editors.claims.base import Context, Verdict
from generator.editors.claims.periods import find_periods
from generator.editors.claims.reading import Sentence
from generator.editors.findings import Finding


def stale_quarters(sentence: Sentence, context: Context) -> Iterator[Finding]:
    """A quarter named as the latest or current one that is not, and a quarter written
    with its year after the report quarter."""
    subject = context.subject
    report = subject.facts.report_quarter
    for index, ref in enumerate(find_periods(sentence.text, subject.latest)):
        quote = sentence.text[ref.start : ref.end]
        verdict = None
        if ref.quarter > report and ref.explicit_year:
            verdict = Verdict(f"mentions {ref.quarter}", f"after the report quarter {report}", ", ")
        elif ref.as_latest and ref.quarter not in (report, subject.latest):
            verdict = Verdict(
                f"names {ref.quarter.long} as the latest quarter",
                f"the latest is {subject.latest.long}",
            )
        if verdict is not None:
            yield context.finding(
                sentence, ref.start, quote, verdict, "stale quarter", ref.quarter, (0, index)
            )
