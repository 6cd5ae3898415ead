"""`appendix check`: commentary that contradicts its own data, found before a committee does.

Reads everything a build reads and writes nothing. Each finding names its
file and line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.content.facts import IndicatorFacts
from generator.content.inputs import Inputs, commentary_source, load_inputs, read_commentary
from generator.content.placeholders import placeholder_values
from generator.content.revisions import find_revisions
from generator.core.periods import PeriodError, parse_quarter
from generator.core.rules import format_value
from generator.editors.claims import check_commentary
from generator.read.commentary import fill_placeholders


@dataclass(frozen=True)
class Finding:
    file: str
    line: int | None
    indicator: str
    text: str

    def message(self) -> str:
        place = f"{self.file}, line {self.line}" if self.line else self.file
        return f"{place}: {self.indicator}: {self.text}"


_RAG_WORD = re.compile(r"\b(GREEN|AMBER|RED)\b", re.IGNORECASE)
_EARLIER = re.compile(
    r"\b(from|previous|previously|last quarter|was|were|had been|before|"
    r"earlier)\b",
    re.I,
)
_FROM_TO = re.compile(r"\bfrom\s+(GREEN|AMBER|RED)\s+to\s+(GREEN|AMBER|RED)\b", re.I)


def _rag_claims(facts: IndicatorFacts, sentence: str) -> list[str]:
    """RAG words that disagree with the rating: the current one, or last quarter's
    where the sentence is about the past ("from GREEN", "was AMBER")."""
    problems: list[str] = []
    words = [m.group(1).upper() for m in _RAG_WORD.finditer(sentence) if not m.group(1).islower()]
    if not words:
        return problems  # lower-case "red" and "green" are ordinary English
    if facts.rag is None:
        return [f"'{words[0]}': says {words[0]} but this measure has no RAG rating"]
    moved = _FROM_TO.search(sentence)
    if moved:
        before, after = moved.group(1).upper(), moved.group(2).upper()
        if facts.previous_rag is not None and before != facts.previous_rag:
            problems.append(
                f"'{moved.group(0)}': says it moved from {before} but it was {facts.previous_rag}"
            )
        if after != facts.rag:
            problems.append(
                f"'{moved.group(0)}': says it moved to {after} but the rating is {facts.rag}"
            )
        return problems
    for word in words:
        past = facts.previous_rag is not None and word == facts.previous_rag
        if word != facts.rag and not (past and _EARLIER.search(sentence)):
            problems.append(f"'{word}': says {word} but the rating is {facts.rag}")
    return problems


def check_text(
    facts: IndicatorFacts, text: str, file: str, earlier: Sequence[tuple[str, str]] = ()
) -> tuple[list[Finding], int]:
    """One indicator's commentary (placeholders filled) against its data: figures,
    movements, RAG words, stale quarters, and paragraphs left unchanged from the
    `earlier` commentary ((name, text) pairs). Also how many numbers are marked as
    not figures."""
    indicator = facts.indicator.id
    reading = check_commentary(text, facts)
    findings = [
        Finding(file, p.line, indicator, p.message())
        for p in sorted(reading.problems, key=lambda p: p.line)
    ]
    for number, line in enumerate(text.splitlines(), start=1):
        for sentence in re.split(r"(?<=[.!?])\s+", line):
            findings += [
                Finding(file, number, indicator, text) for text in _rag_claims(facts, sentence)
            ]
    findings += copied_paragraphs(text, earlier, file, indicator)
    findings.sort(key=lambda f: f.line or 0)
    return findings, reading.marked


def copied_paragraphs(
    text: str, earlier: Sequence[tuple[str, str]], file: str, indicator: str
) -> list[Finding]:
    """Paragraphs of more than 60 characters found unchanged in earlier commentary."""
    findings = []
    paragraphs = [p.strip() for p in text.split("\n\n") if len(p.strip()) > 60 and "{{" not in p]
    for name, old in earlier:
        for paragraph in paragraphs:
            if paragraph in old:
                line = text[: text.index(paragraph)].count("\n") + 1
                quote = paragraph[:40] + ("..." if len(paragraph) > 40 else "")
                findings.append(
                    Finding(
                        file, line, indicator, f"'{quote}': paragraph left from {name}, unchanged"
                    )
                )
    return findings


def earlier_commentary(inputs: Inputs, indicator: str) -> list[tuple[str, str]]:
    """(name, text) of the indicator's commentary in every earlier quarter's folder."""
    earlier = []
    for other in sorted((inputs.root / "narratives").glob(f"*/{indicator}.md")):
        try:
            quarter = parse_quarter(other.parent.name)
        except PeriodError:
            continue
        if quarter < inputs.quarter:
            text = other.read_text(encoding="utf-8-sig", errors="replace")
            earlier.append((f"{other} ({quarter})", text))
    return earlier


@dataclass(frozen=True)
class CheckResult:
    findings: list[Finding]
    marked: int  # numbers marked as not figures


def _input_cache(root: Path, out: Path | None) -> Path:
    return (out or root / "output") / ".cache" / "inputs"


def check_and_revisions(
    root: Path, quarter: str | None, out: Path | None = None
) -> tuple[CheckResult, list[str]]:
    """`appendix check`: the findings and the revisions, from one reading of the inputs.

    The data and facts validated by the last build into `out` (default output/) are
    reused while no input file and no code has changed, as a build reuses them; the
    commentary is always read afresh."""
    inputs = load_inputs(root, quarter, _input_cache(root, out))
    return check_inputs(inputs), revisions_of(inputs, out or root / "output")


def run_check(root: Path, quarter: str | None) -> list[Finding]:
    """Findings that should stop a build: missing, stale or contradicting commentary."""
    return check_inputs(load_inputs(root, quarter)).findings


def revision_notes(root: Path, quarter: str | None, out: Path | None = None) -> list[str]:
    """Each figure revised since the last report, old and new (information, not a finding)."""
    return revisions_of(load_inputs(root, quarter), out or root / "output")


def revisions_of(inputs: Inputs, out: Path) -> list[str]:
    """`revision_notes` for inputs already read."""
    notes = []
    for revision in find_revisions(inputs, out):
        indicator = inputs.report.indicator(revision.indicator)
        assert indicator is not None
        old = format_value(revision.old, indicator.unit, indicator.decimals)
        new = format_value(revision.new, indicator.unit, indicator.decimals)
        notes.append(
            f"{revision.indicator} {revision.quarter} ({revision.series}): {old} when "
            f"reported, now {new} (compared with {revision.snapshot})"
        )
    return notes


def check_inputs(inputs: Inputs, validate: bool = True) -> CheckResult:
    """Every indicator's commentary checked; `validate=False` where a build has already
    read and refused bad commentary."""
    findings: list[Finding] = []
    marked = 0
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
        if validate:
            read_commentary(inputs, facts)  # and so do bad placeholders and links
        text = fill_placeholders(
            raw,
            placeholder_values(facts),
            file=name,
            indicator=facts.indicator.id,
            period=str(inputs.quarter),
        )
        found, count = check_text(facts, text, name, earlier_commentary(inputs, facts.indicator.id))
        findings += found
        marked += count
    return CheckResult(findings, marked)
