"""`appendix check`: commentary that contradicts its own data, found before a committee does.

Reads everything a build reads and writes nothing. Each finding (generator/editors/
findings.py) names its file and line, and the rule that found it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from generator.content.facts import IndicatorFacts
from generator.content.inputs import Inputs, commentary_source, load_inputs, read_commentary
from generator.content.revisions import find_revisions
from generator.core.rules import format_value
from generator.editors.checked import earlier_commentary as earlier_commentary
from generator.editors.checked import filled_commentary
from generator.editors.claims import RULES, Rule, check_commentary
from generator.editors.claims.any_language import unread_note
from generator.editors.findings import Finding as Finding  # the API names it here
from generator.read.folder import ReportFolder
from generator.read.languages import language_name as language_name
from generator.read.languages import primary

# A line's findings are listed figures and words first, then ratings, then copied paragraphs.
_LATER = {"rating": 1, "copied paragraph": 2}


def check_text(
    facts: IndicatorFacts,
    text: str,
    file: str,
    earlier: Sequence[tuple[str, str]] = (),
    rules: Sequence[tuple[str, Rule]] = RULES,
    language: str = "en",
) -> tuple[list[Finding], int]:
    """One indicator's commentary (placeholders filled) against its data: figures,
    movements, RAG words, stale quarters (the `rules`, by default all of them), and
    paragraphs left unchanged from the `earlier` commentary ((name, text) pairs). Also how
    many numbers are marked as not figures. Commentary in a `language` other than
    English has its figures checked, not its words (claims/any_language.py)."""
    if not reads_words(language):
        from generator.editors.claims.any_language import figure_findings, marked_numbers

        found = [*figure_findings(text, facts, file)]
        marked = marked_numbers(text)
    else:
        reading = check_commentary(text, facts, file, rules)
        found, marked = [*reading.findings], reading.marked
    findings = [*found, *copied_paragraphs(text, earlier, file, facts.indicator.id)]
    findings.sort(key=lambda f: (f.line or 0, _LATER.get(f.rule, 0), f.order))
    return findings, marked


def reads_words(language: str) -> bool:
    """Whether the checker reads the words of commentary in `language`, not only its
    figures: English, and a pseudo-locale (qps-ploc: the fixed words marked, the
    commentary as written)."""
    return primary(language) in ("en", "qps")


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
                        file,
                        line,
                        indicator,
                        quote,
                        f"paragraph left from {name}, unchanged",
                        rule="copied paragraph",
                    )
                )
    return findings


def style_findings(inputs: Inputs) -> list[Finding]:
    """The house style's settings that make text too small or too faint (`build --strict`
    refuses to publish them; a build warns of them)."""
    from generator.look.accessible import style_file, style_problems

    file = style_file(inputs.style, inputs.root)
    return [
        Finding(file, None, p.setting, None, p.says, p.fix, rule="house style", link=". ")
        for p in style_problems(inputs.style)
    ]


@dataclass(frozen=True)
class CheckResult:
    findings: list[Finding]
    marked: int  # numbers marked as not figures
    # what the check could not read (commentary in a language it does not read): said,
    # never a reason to refuse a build
    notes: list[Finding] = field(default_factory=list)


def check_and_revisions(
    root: Path, quarter: str | None, out: Path | None = None
) -> tuple[CheckResult, list[str]]:
    """`appendix check`: the findings and the revisions, from one reading of the inputs.

    The data and facts validated by the last build into `out` (default output/) are
    reused while no input file and no code has changed, as a build reuses them; the
    commentary is always read afresh."""
    folder = ReportFolder.at(root, out)
    inputs = load_inputs(root, quarter, folder.inputs_cache)
    return check_inputs(inputs), revisions_of(inputs, folder.out)


def run_check(root: Path, quarter: str | None) -> list[Finding]:
    """Findings that should stop a build: missing, stale or contradicting commentary."""
    return check_inputs(load_inputs(root, quarter)).findings


def revision_notes(root: Path, quarter: str | None, out: Path | None = None) -> list[str]:
    """Each figure revised since the last report, old and new (information, not a finding)."""
    return revisions_of(load_inputs(root, quarter), ReportFolder.at(root, out).out)


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


def check_inputs(
    inputs: Inputs,
    validate: bool = True,
    late: bool = True,
    style: bool = True,
    languages: bool = True,
) -> CheckResult:
    """Every indicator's commentary checked; `validate=False` where a build has already
    read and refused bad commentary; `late=False` where it has warned of late figures;
    `style=False` where the house style is not in question (one indicator's findings);
    `languages=False` for the main language's commentary alone (the preview's page)."""
    findings: list[Finding] = style_findings(inputs) if style else []
    notes: list[Finding] = []
    marked = 0
    for facts in inputs.facts:
        if late and facts.late is not None:  # `build --strict` refuses to publish it late
            findings.append(
                Finding(
                    facts.late.place,
                    None,
                    facts.indicator.id,
                    None,
                    facts.late.said,
                    rule="late",
                    period=str(facts.late.quarter),
                )
            )
        path = inputs.commentary_path(facts.indicator.id)
        name = str(path)
        raw = commentary_source(inputs, facts)  # bad text stops `check` as it stops `build`
        if raw is None:
            state = "is empty" if path.is_file() else "is missing"
            findings.append(
                Finding(
                    name,
                    None,
                    facts.indicator.id,
                    None,
                    f"the commentary for {inputs.quarter} {state}",
                    rule="commentary",
                    period=str(inputs.quarter),
                )
            )
            continue
        if validate:
            read_commentary(inputs, facts)  # and so do bad placeholders and links
        text = filled_commentary(inputs, facts, raw)
        earlier = earlier_commentary(inputs, facts.indicator.id)
        found, count = check_text(facts, text, name, earlier, language=inputs.report.language)
        findings += found
        marked += count
        if not reads_words(inputs.report.language):
            notes.append(unread_note(name, facts, language_name(inputs.report.language)))
    for language in inputs.report.other_languages if languages else ():
        found, said = other_language_findings(inputs, language, validate)
        findings += found
        notes += said
    return CheckResult(findings, marked, notes)


def other_language_findings(
    inputs: Inputs, language: str, validate: bool = True
) -> tuple[list[Finding], list[Finding]]:
    """The findings and notes of each indicator's commentary in `language`, one of the
    definition's `languages` other than the main one: a missing or empty file is a
    finding (as the main language's is); its figures are checked, its words are not."""
    from generator.content.placeholders import placeholder_values
    from generator.read.commentary import fill_placeholders, render_commentary
    from generator.read.commentary_files import commentary_in

    findings: list[Finding] = []
    notes: list[Finding] = []
    name = language_name(language)
    words = inputs.in_language(language).messages()  # its placeholders' words
    for facts in inputs.facts:
        ident, period = facts.indicator.id, str(inputs.quarter)
        path, raw = commentary_in(
            inputs.folder, inputs.quarter, ident, language, inputs.report.language
        )
        if raw is None:
            state = "is empty" if path.is_file() else "is missing"
            findings.append(
                Finding(
                    str(path),
                    None,
                    ident,
                    None,
                    f"the {name} commentary for {inputs.quarter} {state}",
                    rule="commentary",
                    period=period,
                )
            )
            continue
        values = placeholder_values(facts, words)
        if validate:  # bad placeholders and links stop `check`, as in the main language
            render_commentary(raw, file=str(path), values=values, indicator=ident, period=period)
        text = fill_placeholders(raw, values, file=str(path), indicator=ident, period=period)
        findings += check_text(facts, text, str(path), language=language)[0]
        if not reads_words(language):
            notes.append(unread_note(str(path), facts, name))
    return findings, notes
