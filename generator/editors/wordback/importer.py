"""`appendix import`: the edits made to commentary in a DOCX edition, back into
`narratives/<quarter>/<ID>.md`.

`plan_import` reads and decides, and writes nothing; `apply_import` writes what it
decided, every file at once or none. Edits outside commentary (titles, technical
notes, figures) are listed with where they really live, never taken; tracked
changes are taken only as the editor says; comments go to a review file beside
the commentary, never into it.
"""

from __future__ import annotations

import difflib
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from generator.content.assemble import commentary_digest
from generator.content.inputs import Inputs, commentary_source, load_inputs, read_commentary
from generator.content.placeholders import placeholder_values
from generator.core import provenance
from generator.core.errors import InputError
from generator.core.model import Run
from generator.editors.held import replace_together
from generator.editors.wordback.edited import (
    Comment,
    Decision,
    EditedDocx,
    Outside,
    TrackedChange,
    Unit,
    custom_properties,
    edition_language,
    read_edited,
)
from generator.editors.wordback.markdown import to_markdown
from generator.editors.wordback.merge import bases, flatten, merge
from generator.read.commentary import render_commentary
from generator.read.folder import ReportFolder
from generator.read.languages import same_language

# Rebuilds the DOCX edition of a quarter into a folder and returns its path (given by
# the command, which may build; this layer may not).
Rebuild = Callable[[Path, str], Path]

FIX_FOREIGN = (
    "Import a DOCX that `appendix build` made for this report, edited in Word or "
    "LibreOffice (it keeps the file's custom properties)"
)

# Where what the edition shows outside commentary comes from.
_LIVES = {
    "title": "the report's title, directorate and quarter: data/report.yaml (title, directorate)",
    "heading": "an indicator's title: its `title` in data/report.yaml",
    "notes": "technical notes: the indicator's `notes`, targets and series in "
    "data/report.yaml, and the data files",
    "table": "a data table's figures: the data files named in data/report.yaml",
    "summary": "the summary table: the data files and data/report.yaml",
    "text": "text the build writes (data/report.yaml and the house style)",
}


@dataclass(frozen=True)
class Written:
    path: Path
    before: str | None  # None: a new file
    after: str
    summary: str


@dataclass
class ImportPlan:
    docx: Path
    quarter: str
    writes: list[Written] = field(default_factory=list)
    changes: list[TrackedChange] = field(default_factory=list)
    undecided: bool = False  # tracked changes, and neither --accept-changes nor --reject
    comments: list[Comment] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)  # edits not taken, and where they live
    refused: list[str] = field(default_factory=list)  # indicators not taken, and why
    typed: list[str] = field(default_factory=list)  # figures typed over placeholders

    def diff(self) -> str:
        out: list[str] = []
        for w in self.writes:
            out += difflib.unified_diff(
                (w.before or "").splitlines(keepends=True),
                w.after.splitlines(keepends=True),
                fromfile=str(w.path) if w.before is not None else "/dev/null",
                tofile=str(w.path),
            )
        return "".join(line if line.endswith("\n") else line + "\n" for line in out)


def provenance_of(path: Path, inputs: Inputs) -> dict[str, str]:
    """The DOCX's custom properties, once it is known to be an edition of this report and
    quarter; InputError (one message) otherwise."""
    props = custom_properties(path)
    report, quarter = props.get(provenance.REPORT) if props else None, None
    if props is not None:
        quarter = props.get(provenance.QUARTER)
    if props is None or report is None or quarter is None or provenance.BUILD not in props:
        raise InputError(
            "this file is not an appendix edition made by `appendix build` (it does not "
            "record which report and quarter it is)",
            file=str(path),
            fix=FIX_FOREIGN,
        )
    if report != inputs.report.title or quarter != str(inputs.quarter):
        raise InputError(
            f"this DOCX is the edition of '{report}' for {quarter}, not of this report's "
            f"'{inputs.report.title}' for {inputs.quarter}",
            file=str(path),
            period=quarter,
            fix="Import it into its own report folder; for another quarter of this report, "
            f"give it: --quarter '{quarter}'",
        )
    return props


def _language_tag(inputs: Inputs) -> str | None:
    """The tag in the file names of the editions `inputs` make: None for the main
    language's, 'cy' for another's ('...-2024-25-Q2-cy.docx')."""
    return inputs.report.language if inputs.main_language is not None else None


def edition_inputs(inputs: Inputs, docx: Path) -> Inputs:
    """The inputs of the language the DOCX edition is in, where the definition lists
    `languages:` (its commentary is then that language's folder's): the language the
    DOCX says it is in, else the tag its file name ends with as built ('-cy.docx');
    InputError where neither tells, or it is a language not listed."""
    others = inputs.report.other_languages
    if not others:
        return inputs  # one language: every edition is the main language's
    main = inputs.report.language
    stem = ReportFolder.edition_stem(inputs.report, inputs.quarter)
    # A bilingual document records whose commentary its marks are; an edition is in its
    # own language.
    said = (custom_properties(docx) or {}).get(provenance.LANGUAGE) or edition_language(docx)
    if said is None:  # a file that records no language: the tag its name ends with
        named = [t for t in others if docx.stem.casefold().endswith(f"-{t}".casefold())]
        said = named[0] if named else main if docx.stem == stem else None
    if said is None:
        listed = ", ".join((main, *others))
        raise InputError(
            "the language of this DOCX cannot be told (it records none, and its name is "
            f"not an edition's as built), so it is not known which language's commentary "
            f"({listed}) its edits are",
            file=str(docx),
            fix="Import the DOCX edition saved from the one `appendix build` wrote (its "
            "language is in File > Properties), or give it the built edition's name, e.g. "
            f"{stem}-{others[0]}.docx",
        )
    if same_language(said, main):
        return inputs
    for tag in others:
        if same_language(said, tag):
            return inputs.in_language(tag)
    raise InputError(
        f"this DOCX is in '{said}', a language the definition's `languages:` does not list "
        f"({', '.join((main, *others))})",
        file=str(docx),
        fix="Import it into the report whose edition it is, or list its language under "
        "`languages:` in data/report.yaml",
    )


def plan_import(
    root: Path,
    docx: Path,
    decision: Decision = None,
    quarter: str | None = None,
    rebuild: Rebuild | None = None,
) -> ImportPlan:
    """What importing `docx` into the report folder `root` would do."""
    if not docx.is_file():
        raise InputError("there is no such file", file=str(docx), fix="Give the edited DOCX's path")
    loaded = load_inputs(root, quarter)
    inputs = edition_inputs(loaded, docx)
    props = provenance_of(docx, inputs)
    ids = [f.indicator.id for f in inputs.facts]
    parts = _other_parts(loaded, inputs, props)
    edited = read_edited(docx, decision, ids, [tag for tag, _ in parts])
    plan = ImportPlan(docx, str(inputs.quarter))
    plan.changes = edited.changes
    plan.comments = edited.comments
    if edited.changes and decision is None:
        plan.undecided = True
        return plan
    for facts in inputs.facts:
        _indicator(plan, inputs, facts, props, edited.commentary)
    for tag, part in parts:
        for facts in part.facts:
            _indicator(plan, part, facts, props, edited.parts.get(tag, {}), tag)
    languages = {"": inputs, **dict(parts)}
    plan.writes += _reviews(languages, edited.comments, docx)
    plan.outside = _outside(inputs, docx, props, edited, rebuild, [tag for tag, _ in parts])
    return plan


def _other_parts(loaded: Inputs, inputs: Inputs, props: dict[str, str]) -> list[tuple[str, Inputs]]:
    """A bilingual document's language parts other than the one its marks without a tag
    are (`inputs`'), each with its tag and its language's inputs; none for an edition in
    one language."""
    if provenance.LANGUAGE not in props:
        return []
    listed = (loaded.report.language, *loaded.report.other_languages)
    return [
        (tag, loaded.in_language(tag) if tag in loaded.report.other_languages else loaded)
        for tag in listed
        if not same_language(tag, inputs.report.language)
    ]


def _indicator(
    plan: ImportPlan,
    inputs: Inputs,
    facts: object,
    props: dict[str, str],
    commentary: dict[str, list[Unit]],
    part: str = "",
) -> None:
    """What the DOCX's commentary of one indicator (in its language `part` of a bilingual
    document; '' the main one) changes in that language's commentary file."""
    from generator.content.facts import IndicatorFacts

    assert isinstance(facts, IndicatorFacts)
    ident = facts.indicator.id
    named = f"{ident} ({part})" if part else ident
    units = commentary.get(ident)
    path = inputs.commentary_path(ident)
    if units is None:
        plan.refused.append(
            f"{named}: its commentary was not found in the DOCX (its "
            "'Commentary' heading, or the bookmark on it, was removed)"
        )
        return
    source = commentary_source(inputs, facts)
    built, _warning = read_commentary(inputs, facts)
    recorded = props.get(provenance.commentary_property(ident, part))
    if recorded != commentary_digest(built):
        if units == flatten(built):
            return
        if recorded is None and part:  # a bilingual DOCX from before parts were recorded
            plan.refused.append(
                f"{named}: this DOCX does not record what its commentary was when it was "
                "built (it was made by an earlier version), so its edits are not taken; "
                "build again, and make the edits in the new DOCX"
            )
            return
        plan.refused.append(
            f"{named}: {path} (or the figures in it) changed since this DOCX was built, so "
            "its edits are not taken; build again, and make the edits in the new DOCX"
        )
        return
    if source is None:
        none = inputs.messages().text("commentary.none")
        shown = [Unit("p", (Run(none, italic=True),))]
        if units == shown or not units:
            return
        text = "\n\n".join(_new_paragraph(u) for u in units) + "\n"
        summary = f"{named}: commentary written ({len(units)} paragraph(s))"
        plan.writes.append(Written(path, None, text, summary))
        return
    if units == flatten(built):
        return
    values = placeholder_values(facts, inputs.messages())
    found = bases(source, values, built)
    if found is None:
        plan.refused.append(
            f"{named}: {path} could not be lined up with the DOCX; copy its edits by hand"
        )
        return
    merged = merge(source, found, units)
    if merged.text == source:
        return
    again = flatten(
        render_commentary(
            merged.text, file=str(path), values=values, indicator=ident, period=str(inputs.quarter)
        )
    )
    if again != units:
        plan.refused.append(
            f"{named}: its edits could not be written as Markdown that "
            "shows them exactly; copy them by hand"
        )
        return
    words = [
        f"{n} {what}"
        for n, what in (
            (merged.changed, "changed"),
            (merged.added, "added"),
            (merged.removed, "removed"),
            (merged.moved, "moved"),
        )
        if n
    ]
    summary = f"{named}: paragraphs " + ", ".join(words)
    if merged.live:
        summary += "; placeholders kept: " + ", ".join(f"{{{{ {n} }}}}" for n in merged.live)
    plan.typed += [f"{named}: {{{{ {n} }}}} typed over, kept as typed" for n in merged.typed]
    plan.writes.append(Written(path, source, merged.text, summary))


def _new_paragraph(unit: Unit) -> str:
    prefix = "- " if unit.kind.startswith("ul") else "1. " if unit.kind.startswith("ol") else ""
    return prefix + to_markdown(unit.runs)


def _reviews(
    languages: dict[str, Inputs], comments: Sequence[Comment], docx: Path
) -> list[Written]:
    """Each indicator's comments, added to the review file beside its commentary (in a
    bilingual document, beside the commentary of the part the comment is in)."""
    by_indicator: dict[tuple[str, str], list[Comment]] = {}
    for comment in comments:
        part = comment.part if comment.part in languages else ""
        by_indicator.setdefault((part, comment.indicator or ""), []).append(comment)
    writes: list[Written] = []
    for (part, ident), found in sorted(by_indicator.items()):
        inputs = languages[part]
        if not ident:
            ident = "report"
        # beside the commentary of the edition's language
        path = inputs.commentary_path(ident).with_name(f"{ident}.review.md")
        before = path.read_text(encoding="utf-8") if path.is_file() else None
        lines = (before or f"# Comments on {ident}, {inputs.quarter}\n").splitlines()
        added = 0
        for c in found:
            on = " ".join(c.on.split())
            line = f"- {c.author or 'someone'} ({c.date or 'no date'}) in {docx.name}"
            line += (f', on "{on}"' if on else "") + ": " + " ".join(c.text.split())
            if line not in lines:
                lines.append(line)
                added += 1
        if added:
            text = "\n".join(lines) + "\n"
            writes.append(Written(path, before, text, f"{ident}: {added} comment(s) for review"))
    return writes


def _outside(
    inputs: Inputs,
    docx: Path,
    props: dict[str, str],
    edited: EditedDocx,
    rebuild: Rebuild | None,
    parts: Sequence[str] = (),
) -> list[str]:
    """Edits outside commentary, each with where what it changed lives."""
    tag = _language_tag(inputs)
    if provenance.LANGUAGE in props:  # one bilingual document
        kept = inputs.folder.bilingual_edition(inputs.report, inputs.quarter, "docx")
    else:
        kept = inputs.folder.edition(inputs.report, inputs.quarter, "docx", tag)
    ids = [f.indicator.id for f in inputs.facts]
    build = props.get(provenance.BUILD)
    kept_props = custom_properties(kept) if kept.is_file() else None
    base: EditedDocx | None = None
    if kept_props and kept_props.get(provenance.BUILD) == build:
        base = read_edited(kept, "accept", ids, parts)
    elif rebuild is not None:
        with tempfile.TemporaryDirectory(prefix="appendix-import-") as folder:
            again = rebuild(Path(folder), str(inputs.quarter))
            if tag is not None:  # the main language's edition: this one's is beside it
                again = again.with_name(f"{again.stem}-{tag}{again.suffix}")
            if (custom_properties(again) or {}).get(provenance.BUILD) == build:
                base = read_edited(again, "accept", ids, parts)
    if base is None:
        return [
            "the edition as built is not at hand (build again first), so edits outside "
            "commentary were not looked for"
        ]
    found: list[str] = []
    matcher = difflib.SequenceMatcher(None, base.outside, edited.outside, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        for now in edited.outside[j1:j2] or base.outside[i1:i2]:
            found.append(_where(now, tag))
    if len(base.pictures) != len(edited.pictures):
        found.append("a chart was added or removed: charts are drawn from the data files")
    return found


def _where(piece: Outside, tag: str) -> str:
    what = "removed" if tag == "delete" else "changed"
    named = f"{piece.indicator} ({piece.part})" if piece.part else piece.indicator
    at = f"{named}: " if piece.indicator else ""
    text = " ".join(piece.text.split())
    text = text if len(text) <= 60 else text[:60] + "…"
    return f'{at}{piece.place} {what} ("{text}"), not taken: it is {_LIVES[piece.place]}'


def apply_import(plan: ImportPlan) -> None:
    """Write the plan's files, each atomically; an interrupt (Ctrl+C) while they are
    put in place waits until all are, and one before leaves every file as it was."""
    replace_together([(w.path, w.after.encode("utf-8")) for w in plan.writes])
