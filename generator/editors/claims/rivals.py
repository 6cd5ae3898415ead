"""One claim, one figure: where a sentence holds more than one figure that could be the
one a finding is about, the checker abstains rather than guess (issue 24, between
rounds 4 and 5).

A finding by a rule that reads a figure as this measure's value in a quarter (`level`,
`from`) or as its target (`target`) is withheld when its sentence has a rival: another
figure the rules also bind as this measure's value or target, for one of the same series
(two series' figures in one sentence are two claims), written the same way (a per cent,
pounds, a count, a time on the clock), that

- is the value the finding would give (the data's figure for that quarter, of the series
  the finding is about; or the target in force): the sentence already states the
  measure's figure, so the figure flagged is another quantity (a comparator, a count of
  other things, a label, the other end of a range); or
- is flagged by the same rule for the same quarter: two figures for one claim, neither
  the data's, so the sentence cannot be bound (a range, two rival figures, a count of
  other things beside a wrong figure) and is left alone.

A target's figure for an earlier financial year than the finding's ("This year's target is
97%, up from 95%", after round 18) is no rival: two years' targets are two claims.

This is a gate on what the rules read, not a rule of its own: the rules' findings pass
through it sentence by sentence (rules.check_commentary). `withheld` is pure, so the same
test can be replayed on sentences the rules of an earlier commit flagged
(tools/replay_gate.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from generator.editors.claims.base import Claim, claim_of
from generator.editors.claims.figures import NUMBER, Stated, matches, stated_of
from generator.editors.claims.subject import Subject, value_at
from generator.editors.findings import Finding

# the rules whose claim is one figure of the measure (or its target) in one quarter
GATED = ("level", "from", "target")


def _form(stated: Stated) -> tuple[bool, bool, bool]:
    return stated.percent, stated.pounds, stated.clock


def figures_of(text: str, masked: str) -> list[tuple[int, int, Stated]]:
    """(start, end, figure) of each number of a sentence that may be a figure."""
    return [
        (m.start(), m.end(), stated_of(m, text))
        for m in NUMBER.finditer(masked)
        if "#" not in m.group(0)
    ]


def rivals(
    figures: Sequence[tuple[int, int, Stated]], at: int, length: int, own: Stated
) -> list[tuple[int, Stated]]:
    """The figures written as `own` is, other than the one in the words at `at`."""
    return [
        (start, stated)
        for start, end, stated in figures
        if not (at <= start < at + length or start <= at < end) and _form(stated) == _form(own)
    ]


def wanted(subject: Subject, claim: Claim, rule: str) -> list[float]:
    """The values a finding by `rule` on `claim` would give as the data's: its series'
    in its quarter, or the target in force."""
    facts, period = subject.facts, claim.period
    if rule == "target":  # the target itself: a floor beside it is not a rival
        found = [facts.rated.target]
        if band := facts.band_at(period):
            found.append(band.target)
        if (year := facts.indicator.for_quarter(period)) is not None:
            found.append(year.target)
        return [v for v in found if v is not None]
    return [v for s in claim.series if (v := value_at(subject, s, period)) is not None]


def withheld(
    rival_figures: Iterable[tuple[int, Stated]], values: Sequence[float], flagged: Iterable[int]
) -> bool:
    """Whether a finding is withheld: a rival is the data's value, or is flagged too (at
    one of the offsets `flagged`, by the same rule for the same quarter)."""
    flagged = set(flagged)
    return any(
        start in flagged or any(matches(stated, v) for v in values)
        for start, stated in rival_figures
    )


def _figure_start(figures: Sequence[tuple[int, int, Stated]], claim: Claim) -> int | None:
    for start, end, _ in figures:
        if claim.at <= start < claim.at + len(claim.quote) or start <= claim.at < end:
            return start
    return None


def _goal_word(claim: Claim) -> str | None:
    """The goal a target's figure is of ('target', 'floor'); None for the measure's."""
    return (claim.target_word or "target") if claim.rule == "target" else None


def one_figure_each(
    subject: Subject,
    text: str,
    masked: str,
    claims: Sequence[Claim],
    findings: Sequence[Finding],
) -> list[Finding]:
    """A sentence's findings, less those the gate withholds. A finding made from a claim
    carries the claim's index in `claims` as its `order` (1, index)."""

    def stated_claim(finding: Finding) -> Claim | None:
        claim = claim_of(claims, finding) if finding.rule in GATED else None
        return claim if claim is not None and claim.stated is not None else None

    gated = [(f, c) for f in findings if (c := stated_claim(f)) is not None]
    if not gated:
        return list(findings)
    figures = figures_of(text, masked)
    starts = {id(f): start for f, c in gated if (start := _figure_start(figures, c)) is not None}
    # the figures the rules bind as the measure's (or its target), with their series
    bound = [
        (start, set(c.series), c.period, c.dated, c.rule == "target", _goal_word(c))
        for c in claims
        if c.rule in GATED and c.stated is not None
        if (start := _figure_start(figures, c)) is not None
    ]
    dropped = set()
    for finding, claim in gated:
        assert claim.stated is not None
        # rivals: figures bound to one of the same series ('2,870 received and 2,545
        # completed' are two claims, not rivals)
        # (and not a figure the sentence dates to another quarter than this one's, when
        # this one's is dated too: 'Quarter 4 2022/23 saw 83% ...; the Quarter 1 figure
        # was 82%' are two quarters' figures)
        # (and a target's figure is a rival only of a target's: 'The target was reduced to
        # 25 days; re-let times averaged 26.3 days')
        same = {
            start
            for start, series, period, dated, is_target, word in bound
            if series & set(claim.series)
            and not (dated and claim.dated and period != claim.period)
            and is_target == (finding.rule == "target")
            # 'below the 80% target but above the 70% floor': a floor is no rival of a target
            and word == _goal_word(claim)
            # "This year's target is 97%, up from 95%": a target of an earlier year is no
            # rival of this year's (the earlier's rivals are as before)
            and not (is_target and period.year < claim.period.year)
        }
        flagged = [
            starts[id(f)]
            for f, c in gated
            if f is not finding and f.rule == finding.rule and c.period == claim.period
            if set(c.series) & set(claim.series) and id(f) in starts
        ]
        others = rivals(
            [f for f in figures if f[0] in same], claim.at, len(claim.quote), claim.stated
        )
        if withheld(others, wanted(subject, claim, finding.rule), flagged):
            dropped.add(id(finding))
    return [f for f in findings if id(f) not in dropped]
