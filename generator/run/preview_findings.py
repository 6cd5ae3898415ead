"""`appendix check`'s findings in the preview: each beside the paragraph it is about.

Each indicator's findings are kept by what they were found from (its commentary and
its earlier quarters' commentary; the data and the rules stay the same between
reloads of the inputs), so a rebuild after one commentary edit checks that file
alone. A finding is placed on the block of the commentary whose source lines hold
its line (generator/read/commentary.py gives each block's lines); a finding without
a line (commentary missing, figures late) sits under the indicator's heading. The
built HTML file carries none of this: it is the preview's page only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from generator.core.model import Block, Document, Heading
from generator.editors.findings import Finding, finding_text
from generator.writers.escaping import xml_text

if TYPE_CHECKING:
    from generator.content.facts import IndicatorFacts
    from generator.content.inputs import Inputs

# The preview's own words and look (an editor's, not the appendix's reader's).
NONE_FOUND = "Preview: no findings in the commentary."
FOUND = "Preview: {count} in the commentary, each marked beside its paragraph:"
FINDING = "Finding {number} of {total}"
LINE = "line {line}"
RULE = "rule: {rule}"
STYLE = """<style>
.preview-findings{border:3px solid #D4351C;padding:0.5rem 1rem;margin:1rem 0}
.preview-findings.none{border-color:#00703C}
.preview-findings p{margin:0}
.preview-findings ol{margin:0.25rem 0 0;padding-left:1.5rem}
.preview-marked{border-left:5px solid #D4351C;padding-left:0.75rem}
.preview-finding{background:#FCE8E6;color:#0B0C0C;padding:0.4rem 0.75rem;margin:0 0 0.75rem}
.preview-finding p{margin:0}
.preview-marked mark{background:#FFDD00;color:#0B0C0C}
@media print{.preview-findings,.preview-finding{display:none}}
</style>"""


def count_words(count: int) -> str:
    return f"{count} finding" + ("" if count == 1 else "s")


@dataclass
class Checked:
    """Each indicator's findings, by what they were found from."""

    by_indicator: dict[str, tuple[Any, list[Finding]]] = field(default_factory=dict)

    def findings(self, inputs: Inputs) -> list[list[Finding]]:
        """Every indicator's findings (in the order of `inputs.facts`), each checked
        again only where its commentary (or an earlier quarter's) changed."""
        from generator.content.inputs import commentary_source
        from generator.editors.checked import earlier_commentary

        found = []
        for facts in inputs.facts:
            ident = facts.indicator.id
            key = (commentary_source(inputs, facts), tuple(earlier_commentary(inputs, ident)))
            known = self.by_indicator.get(ident)
            if known is None or known[0] != key:
                from generator.editors.check import check_inputs

                one = replace(inputs, facts=(facts,))
                # the page is the main language's: its commentary's findings, by line
                checked = check_inputs(one, validate=False, style=False, languages=False)
                known = (key, checked.findings)
                self.by_indicator[ident] = known
            found.append(known[1])
        return found


@dataclass(frozen=True)
class Shown:
    """The findings as the page shows them."""

    top: str  # the count, first in the page
    shown: Callable[[Block, str], str]  # each block's HTML, marked where found
    count: int


def show(
    inputs: Inputs,
    commentaries: Sequence[tuple[Block, ...]],
    document: Document,
    findings: Sequence[Sequence[Finding]],
) -> Shown:
    """Where each finding goes on the page (numbered in reading order) and the count."""
    # by the id of the block each is placed on, with the block (held: its id stays its)
    placed: dict[int, tuple[Block, list[Finding]]] = {}
    headings = {
        block.anchor: block
        for section in document.sections
        for block in section.blocks
        if isinstance(block, Heading) and block.level == 2 and block.anchor
    }
    ordered: list[Finding] = []
    for facts, blocks, found in zip(inputs.facts, commentaries, findings, strict=True):
        spans = _spans(inputs, facts) if found else ()
        for finding in found:
            target = _block_at(blocks, spans, finding.line) or headings.get(facts.indicator.id)
            if target is not None:
                placed.setdefault(id(target), (target, []))[1].append(finding)
    # numbered in the page's order
    for section in document.sections:
        for block in section.blocks:
            if id(block) in placed:
                ordered += placed[id(block)][1]
    numbers = {id(f): n for n, f in enumerate(ordered, start=1)}
    total = len(ordered)

    def shown(block: Block, html: str) -> str:
        if id(block) not in placed:
            return html
        here = placed[id(block)][1]
        notes = "".join(_note(f, numbers[id(f)], total) for f in here)
        if isinstance(block, Heading):  # no paragraph to mark: the notes follow the heading
            return html + notes
        for finding in here:
            if finding.quote:
                html = _marked(html, finding.quote)
        return f'<div class="preview-marked">{html}{notes}</div>'

    return Shown(_top(ordered), shown, total)


def _spans(inputs: Inputs, facts: IndicatorFacts) -> tuple[tuple[int, int], ...]:
    from generator.content.inputs import commentary_source
    from generator.content.placeholders import placeholder_values
    from generator.read.commentary import block_lines

    raw = commentary_source(inputs, facts)
    if raw is None:
        return ()
    return block_lines(
        raw,
        file=str(inputs.commentary_path(facts.indicator.id)),
        values=placeholder_values(facts, inputs.messages()),
        indicator=facts.indicator.id,
        period=str(inputs.quarter),
    )


def _block_at(
    blocks: Sequence[Block], spans: Sequence[tuple[int, int]], line: int | None
) -> Block | None:
    """The block whose source lines hold `line`, else the last that starts before it."""
    if line is None:
        return None
    before = None
    for block, (first, last) in zip(blocks, spans, strict=False):
        if first <= line <= last:
            return block
        if first <= line:
            before = block
    return before


def _note(finding: Finding, number: int, total: int) -> str:
    where = [LINE.format(line=finding.line)] if finding.line else []
    if finding.rule:
        where.append(RULE.format(rule=finding.rule))
    said = f" ({xml_text(', '.join(where))})" if where else ""
    return (
        f'<div class="preview-finding" id="finding-{number}" role="note">'
        f"<p><strong>{xml_text(FINDING.format(number=number, total=total))}</strong>{said}: "
        f"{xml_text(finding_text(finding))}</p></div>"
    )


def _top(ordered: Sequence[Finding]) -> str:
    if not ordered:
        return (
            '<div class="preview-findings none" id="preview-findings" role="status">'
            f"<p>{xml_text(NONE_FOUND)}</p></div>"
        )
    items = "".join(
        f'<li><a href="#finding-{number}">'
        f"{xml_text(finding.indicator)}"
        f"{xml_text(', ' + LINE.format(line=finding.line)) if finding.line else ''}"
        f"</a>: {xml_text(finding.says)}</li>"
        for number, finding in enumerate(ordered, start=1)
    )
    words = FOUND.format(count=count_words(len(ordered)))
    return (
        '<div class="preview-findings" id="preview-findings" role="status">'
        f"<p><strong>{xml_text(words)}</strong></p><ol>{items}</ol></div>"
    )


_TAG = re.compile(r"(<[^>]*>)")


def _marked(html: str, quote: str) -> str:
    """`html` with the first place its text holds `quote` marked (not in a tag, nor in
    a place marked already)."""
    wanted = xml_text(quote)
    parts = _TAG.split(html)
    inside = False
    for index, part in enumerate(parts):
        if index % 2:
            inside = part == "<mark>" or (inside and part != "</mark>")
        elif not inside and wanted in part:
            parts[index] = part.replace(wanted, f"<mark>{wanted}</mark>", 1)
            return "".join(parts)
    return html
