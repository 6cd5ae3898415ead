"""`appendix check`: commentary that contradicts its own data, found before a committee does.

Reads everything a build reads and writes nothing. Each finding names its
file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from generator.commentary import fill_placeholders
from generator.facts import IndicatorFacts
from generator.inputs import Inputs, commentary_source, load_inputs, read_commentary
from generator.periods import PeriodError, parse_quarter
from generator.placeholders import placeholder_values
from generator.revisions import find_revisions
from generator.rules import format_value, percent_change, round_half_up


@dataclass(frozen=True)
class Finding:
    file: str
    line: int | None
    indicator: str
    text: str

    def message(self) -> str:
        place = f"{self.file}, line {self.line}" if self.line else self.file
        return f"{place}: {self.indicator}: {self.text}"


# Quarter and year references, dates and ordinals: not figures.
_NOT_FIGURES = re.compile(
    r"\bQ[1-4]\b|\bQuarter\s+[1-4]\b|\b\d{4}\s*[/-]\s*\d{2,4}\b|\b\d{2}/\d{2}\b"
    # a year, where the words around it say so: "in 2023", "March 2024", "2023 saw"
    r"|(?:\b(?:in|since|from|during|until|by|of|year|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\s+)(?:19|20)\d{2}\b"
    r"|\b\d+(?:st|nd|rd|th)\b|\]\([^)]*\)|\{\{[^}]*\}\}",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"(?P<qualifier>\b(?:nearly|almost|about|around|approximately|roughly|over|more than|under|"
    r"less than|fewer than|close to|closer to|just over|just under)\s+)?"
    r"(?P<pound>£)?(?P<digits>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<decimals>\d+))?(?P<percent>\s?%)?",
    re.IGNORECASE,
)
_RAG_WORD = re.compile(r"\b(GREEN|AMBER|RED)\b", re.IGNORECASE)
# A claim about the direction of travel, looked for only in a clause that names the
# trend or the direction of travel. The first pattern that matches is the claim.
_TREND_CLAIMS = (
    (
        "no significant trend",
        re.compile(
            r"\b(no|not)\b(\s+\w+){0,2}\s+significant\b|"
            r"\bno (clear )?trend\b",
            re.I,
        ),
    ),
    ("not improving", re.compile(r"\bnot\s+improving\b", re.I)),
    ("not worsening", re.compile(r"\bnot\s+worsening\b", re.I)),
    ("improving", re.compile(r"\bimprov(ing|ement)\b", re.I)),
    ("worsening", re.compile(r"\bworsening\b|\bdeteriorat(ing|ion)\b", re.I)),
    ("increasing", re.compile(r"\b(increasing|upward|rising)\b", re.I)),
    ("decreasing", re.compile(r"\b(decreasing|downward|falling)\b", re.I)),
)
_TREND_SUBJECT = re.compile(r"\btrend\b|direction of travel", re.I)
_CLAUSES = re.compile(r"[.;!?]\s+|,\s+(?:but|while|whereas|although|and)\s+|\s+but\s+", re.I)
_EARLIER = re.compile(
    r"\b(from|previous|previously|last quarter|was|were|had been|before|"
    r"earlier)\b",
    re.I,
)
_FROM_TO = re.compile(r"\bfrom\s+(GREEN|AMBER|RED)\s+to\s+(GREEN|AMBER|RED)\b", re.I)
_QUARTER_REF = re.compile(
    r"\bQuarter\s+([1-4])\s+(\d{4}\s*/\s*\d{2,4})|\bQ([1-4])\s+(\d{2,4}/\d{2,4})", re.IGNORECASE
)


def _figures(facts: IndicatorFacts) -> list[tuple[float, bool]]:
    """Every figure the commentary may quote: (value, is_a_percentage)."""
    end = facts.latest_quarter
    near = [q for q in facts.window if end.index - 5 <= q.index <= end.index]
    percent_unit = facts.indicator.unit == "percent"
    figures: list[tuple[float, bool]] = []
    for series in facts.series:
        values = [
            v
            for q, v in zip(facts.window, series.values, strict=True)
            if q in near and v is not None
        ]
        figures += [(v, percent_unit) for v in values]
        decimals = facts.indicator.decimals
        for a, b in combinations(values, 2):
            shown = abs(round_half_up(a, decimals) - round_half_up(b, decimals))
            figures += [(abs(a - b), percent_unit), (shown, percent_unit)]
            for new, old in ((a, b), (b, a)):
                change = percent_change(new, old)
                if change is not None:
                    figures.append((abs(change), True))
            if a + b:
                figures += [(a / b * 100 if b else 0, True), (b / a * 100 if a else 0, True)]
        if len(facts.series) > 1:
            totals = [
                sum(v for s in facts.series if (v := s.values[i]) is not None)
                for i, q in enumerate(facts.window)
                if q in near
            ]
            figures += [(t, percent_unit) for t in totals]
    if facts.indicator.chart == "stacked":  # shares of a whole: any two parts together
        for i, q in enumerate(facts.window):
            if q in near:
                parts = [s.values[i] or 0.0 for s in facts.series]
                figures += [(a + b, True) for a, b in combinations(parts, 2)]
    for band in facts.bands:
        if band:
            figures += [(band.target, percent_unit), (band.threshold, percent_unit)]
    return figures


def _definition_numbers(facts: IndicatorFacts) -> set[str]:
    """Numbers that appear in the indicator's own title, labels and notes."""
    indicator = facts.indicator
    texts = [indicator.title, indicator.short_title, facts.definition.arrears or ""]
    texts += list(facts.definition.notes) + [s.series.label for s in facts.series]
    return {m.group("digits").replace(",", "") for t in texts for m in _NUMBER.finditer(t)}


def _matches(
    number: float,
    decimals: int,
    zeros: int,
    is_percent: bool,
    approximate: bool,
    figures: list[tuple[float, bool]],
) -> bool:
    for value, value_is_percent in figures:
        if is_percent and not value_is_percent:
            continue
        if approximate and number and abs(value - number) <= 0.1 * abs(number):
            return True
        if decimals:
            if format_value(value, "count", decimals).replace(",", "") == f"{number:.{decimals}f}":
                return True
            continue
        for scale in range(zeros, -1, -1):
            step = 10**scale
            if round(value / step) * step == number:
                return True
    return False


def check_numbers(facts: IndicatorFacts, lines: list[str], file: str) -> list[Finding]:
    figures = _figures(facts)
    allowed = _definition_numbers(facts)
    findings = []
    for number_line, line in enumerate(lines, start=1):
        cleaned = _NOT_FIGURES.sub(lambda m: " " * len(m.group(0)), line)
        for match in _NUMBER.finditer(cleaned):
            digits = match.group("digits").replace(",", "")
            decimals = len(match.group("decimals") or "")
            if digits in allowed and not decimals:
                continue
            number = float(f"{digits}.{match.group('decimals')}" if decimals else digits)
            zeros = len(digits) - len(digits.rstrip("0")) if not decimals and number else 0
            if not _matches(
                number,
                decimals,
                zeros,
                bool(match.group("percent")),
                bool(match.group("qualifier")),
                figures,
            ):
                findings.append(
                    Finding(
                        file,
                        number_line,
                        facts.indicator.id,
                        f"'{match.group(0).strip()}' matches no figure of this "
                        f"indicator near {facts.report_quarter}",
                    )
                )
    return findings


def _rag_claims(facts: IndicatorFacts, sentence: str) -> list[str]:
    """RAG words that disagree with the rating: the current one, or last quarter's
    where the sentence is about the past ("from GREEN", "was AMBER")."""
    problems: list[str] = []
    words = [m.group(1).upper() for m in _RAG_WORD.finditer(sentence) if not m.group(1).islower()]
    if not words:
        return problems  # lower-case "red" and "green" are ordinary English
    if facts.rag is None:
        return [f"says {words[0]} but this measure has no RAG rating"]
    moved = _FROM_TO.search(sentence)
    if moved:
        before, after = moved.group(1).upper(), moved.group(2).upper()
        if facts.previous_rag is not None and before != facts.previous_rag:
            problems.append(f"says it moved from {before} but it was {facts.previous_rag}")
        if after != facts.rag:
            problems.append(f"says it moved to {after} but the rating is {facts.rag}")
        return problems
    for word in words:
        past = facts.previous_rag is not None and word == facts.previous_rag
        if word != facts.rag and not (past and _EARLIER.search(sentence)):
            problems.append(f"says {word} but the rating is {facts.rag}")
    return problems


def _trend_claim_wrong(claim: str, actual: str) -> bool:
    if claim == "not improving":
        return actual == "improving"
    if claim == "not worsening":
        return actual == "worsening"
    if claim in ("increasing", "decreasing") and actual in ("improving", "worsening"):
        return False  # a KPI's rise or fall: its direction words are improving/worsening
    return claim != actual


def check_claims(facts: IndicatorFacts, lines: list[str], file: str) -> list[Finding]:
    findings = []
    indicator = facts.indicator.id
    for number, line in enumerate(lines, start=1):
        for sentence in re.split(r"(?<=[.!?])\s+", line):
            findings += [
                Finding(file, number, indicator, text) for text in _rag_claims(facts, sentence)
            ]
            for clause in _CLAUSES.split(sentence):
                if not _TREND_SUBJECT.search(clause):
                    continue
                for label, pattern in _TREND_CLAIMS:
                    if pattern.search(clause):
                        if _trend_claim_wrong(label, facts.trend.label):
                            findings.append(
                                Finding(
                                    file,
                                    number,
                                    indicator,
                                    f"claims '{label}' but the direction of travel is "
                                    f"'{facts.trend.label}'",
                                )
                            )
                        break
        for match in _QUARTER_REF.finditer(line):
            quarter_number = match.group(1) or match.group(3)
            year = match.group(2) or match.group(4)
            year = year if len(year.split("/")[0]) == 4 else "20" + year
            try:
                quarter = parse_quarter(f"{year} Q{quarter_number}")
            except PeriodError:
                continue
            if quarter > facts.report_quarter:
                findings.append(
                    Finding(
                        file,
                        number,
                        facts.indicator.id,
                        f"mentions {quarter}, after the report quarter {facts.report_quarter}",
                    )
                )
    return findings


def check_stale(inputs: Inputs, facts: IndicatorFacts, text: str, file: str) -> list[Finding]:
    """Paragraphs copied unchanged from an earlier quarter's commentary.

    A paragraph with placeholders is refreshed from the data every quarter, so only
    paragraphs of plain text can be left over.
    """
    findings = []
    folder = inputs.root / "narratives"
    paragraphs = [p.strip() for p in text.split("\n\n") if len(p.strip()) > 60 and "{{" not in p]
    for other in sorted(folder.glob(f"*/{facts.indicator.id}.md")):
        try:
            quarter = parse_quarter(other.parent.name)
        except PeriodError:
            continue
        if quarter >= inputs.quarter:
            continue
        earlier = other.read_text(encoding="utf-8-sig", errors="replace")
        for paragraph in paragraphs:
            if paragraph in earlier:
                line = text[: text.index(paragraph)].count("\n") + 1
                findings.append(
                    Finding(
                        file, line, facts.indicator.id, f"paragraph left from {other} ({quarter})"
                    )
                )
    return findings


def run_check(root: Path, quarter: str | None) -> list[Finding]:
    """Findings that should stop a build: missing, stale or contradicting commentary."""
    return _check(load_inputs(root, quarter))


def revision_notes(root: Path, quarter: str | None, out: Path | None = None) -> list[str]:
    """Each figure revised since the last report, old and new (information, not a finding)."""
    inputs = load_inputs(root, quarter)
    notes = []
    for revision in find_revisions(inputs, out or root / "output"):
        indicator = inputs.report.indicator(revision.indicator)
        assert indicator is not None
        old = format_value(revision.old, indicator.unit, indicator.decimals)
        new = format_value(revision.new, indicator.unit, indicator.decimals)
        notes.append(
            f"{revision.indicator} {revision.quarter} ({revision.series}): {old} when "
            f"reported, now {new} (compared with {revision.snapshot})"
        )
    return notes


def _check(inputs: Inputs) -> list[Finding]:
    findings: list[Finding] = []
    for facts in inputs.facts:
        path = inputs.commentary_path(facts.indicator.id)
        name = str(path)
        raw = commentary_source(inputs, facts)  # bad text stops `check` as it stops `build`
        if raw is None:
            state = "is empty" if path.is_file() else "is missing"
            findings.append(
                Finding(
                    name, None, facts.indicator.id, f"the commentary for {inputs.quarter} {state}"
                )
            )
            continue
        read_commentary(inputs, facts)  # and so do bad placeholders and links
        text = fill_placeholders(
            raw,
            placeholder_values(facts),
            file=name,
            indicator=facts.indicator.id,
            period=str(inputs.quarter),
        )
        lines = text.splitlines()
        findings += check_numbers(facts, lines, name)
        findings += check_claims(facts, lines, name)
        findings += check_stale(inputs, facts, raw, name)
    return findings
