"""One bilingual document of a report's languages, Welsh first (the house style's
`bilingual: one_document`; docs/formats.md, "One bilingual document").

Each language's edition is laid out as it would be on its own (the same pages in
every language: run/pages.py, `hold_pages`); the bilingual document is the Welsh
edition whole, then each other language's whole, each starting on a new page with
its own title, summary and indicators. Every section after the first language's
carries its language, so that every edition marks each English passage as English
in a document that is Welsh. The parts' names for programs are made distinct by
the part's language tag: the anchors and marks of every part but the main
language's (whose marks `appendix import` reads), the pictures' and tables' names
(the workbook's sheets) of every part after the first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from generator.core import provenance
from generator.core.model import (
    BETWEEN_LANGUAGES,
    Block,
    Document,
    Figure,
    Heading,
    Metadata,
    Section,
    SideBySide,
    Table,
)
from generator.read.languages import is_welsh


def joined(texts: Sequence[str]) -> str:
    """Each language's words for one thing, Welsh first, the words they start with in
    common said once: 'Appendix 1 – Chwarter 2 2024/25 / Quarter 2 2024/25' (a running
    header that fits its line)."""
    texts = [text for text in texts if text]
    if len(set(texts)) <= 1:
        return texts[0] if texts else ""
    shared = 0
    for letters in zip(*texts, strict=False):
        if len(set(letters)) > 1:
            break
        shared += 1
    common = texts[0][:shared]
    cut = common.rfind(" ") + 1  # at a word's end: no word split between languages
    return common[:cut] + BETWEEN_LANGUAGES.join(text[cut:] for text in texts)


def bilingual(parts: Sequence[Document]) -> Document:
    """One document of `parts` (one a language, each laid out, the main language's
    first), Welsh first: the first part's language is the document's, every other
    part's sections carry their own. The main language's part keeps its names and its
    record of itself, so that `appendix import` reads its commentary back."""
    main = parts[0]
    ordered = sorted(parts, key=lambda part: not is_welsh(part.metadata.language))
    first = ordered[0]
    sections: list[Section] = []
    for place, part in enumerate(ordered):
        tag = part.metadata.language
        for number, section in enumerate(part.sections):
            # the main language's marks stay (`appendix import` reads them); the sheets
            # and pictures of the first (Welsh) part keep their names
            marks, names = part is not main, place > 0
            blocks = tuple(_named_in(b, tag, marks=marks, names=names) for b in section.blocks)
            sections.append(
                replace(
                    section,
                    blocks=blocks,
                    new_page=section.new_page or (place > 0 and number == 0),
                    language=tag if place > 0 else "",
                )
            )
    meta = [part.metadata for part in ordered]
    return Document(
        metadata=Metadata(
            title=joined([m.title for m in meta]),
            subject=joined([m.subject for m in meta]),
            author=first.metadata.author,
            language=first.metadata.language,
            keywords=tuple(dict.fromkeys(k for m in meta for k in m.keywords)),
            timestamp=first.metadata.timestamp,
            # the main language's record of itself: `appendix import` reads its part
            # (and whose it is, since the document's own language is the first part's)
            properties=(
                *main.metadata.properties,
                (provenance.LANGUAGE, main.metadata.language),
                *(
                    item
                    for part in parts
                    if part is not main
                    for item in _part_record(part, part.metadata.language)
                ),
            ),
        ),
        sections=tuple(sections),
        running_header=joined([part.running_header for part in ordered]),
        # each language's footer in turn: 'Tudalen 3 o 50 / Page 3 of 50'
        page_labels=tuple(label for part in ordered for label in part.page_labels),
        parts=tuple(
            (part.metadata.language, part.messages.text("contents.language")) for part in ordered
        ),
        messages=first.messages,
        part_messages=tuple(part.messages for part in ordered),
    )


def _part_record(part: Document, tag: str) -> tuple[tuple[str, str], ...]:
    """Another language part's record of its commentary, under names of its own, so that
    `appendix import` takes that part's edits back to that language's commentary."""
    return tuple(
        (provenance.commentary_property(name.removeprefix(provenance.COMMENTARY), tag), value)
        for name, value in part.metadata.properties
        if name.startswith(provenance.COMMENTARY) and name != provenance.LANGUAGE
    )


def _named_in(block: Block, tag: str, *, marks: bool, names: bool) -> Block:
    """`block` with its names for programs made distinct by the language `tag`: its
    anchor and mark (`marks`), its picture's or table's name (`names`)."""
    match block:
        case Heading() if marks:
            return replace(
                block,
                anchor=provenance.part_mark(block.anchor, tag) if block.anchor else block.anchor,
                mark=provenance.part_mark(block.mark, tag) if block.mark else block.mark,
            )
        case Figure() if names:
            return replace(block, name=f"{block.name}-{tag}")
        case Table() if names:
            return replace(block, name=f"{block.name} {tag}" if block.name else block.name)
        case SideBySide() if names:
            return replace(block, main=replace(block.main, name=f"{block.main.name}-{tag}"))
    return block
