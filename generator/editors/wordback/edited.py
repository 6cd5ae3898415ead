"""An edited DOCX edition, read back: what it says it is, each indicator's commentary
as paragraphs, everything else as text by place, tracked changes and comments.

Read from the WordprocessingML itself (python-docx reads the package and the styles):
runs, hyperlinks, line breaks, tracked insertions (`w:ins`, `w:moveTo`) and deletions
(`w:del`, `w:moveFrom`), and comment ranges. A save in Word or LibreOffice splits
and merges runs and renames style ids; what is read here is what a reader sees.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

from generator.core.errors import InputError
from generator.core.model import Inline, LineBreak, Run
from generator.core.provenance import commentary_mark, part_mark
from generator.writers.docx.xml import bookmark_name

Decision = Literal["accept", "reject"] | None

_CUSTOM = "docProps/custom.xml"
_CORE = "docProps/core.xml"
_STYLES = "word/styles.xml"
_LANGUAGE_PATHS = (
    "/cp:coreProperties/dc:language/text()"
    " | /w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val"
)
_LANGUAGE_NAMESPACES = {
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
}
_INSERTED = {qn("w:ins"), qn("w:moveTo")}
_DELETED = {qn("w:del"), qn("w:moveFrom")}
_WRAPPERS = {qn("w:smartTag"), qn("w:customXml"), qn("w:fldSimple"), qn("w:dir"), qn("w:bdo")}
_OFF = {"0", "false", "off", "none"}


@dataclass(frozen=True)
class Unit:
    """One paragraph as a reader sees it: what kind ('p', 'h4', 'ul0', 'ol1',
    'c0' for an item's second paragraph) and its runs (adjacent runs of one look
    merged, the ends trimmed)."""

    kind: str
    runs: tuple[Inline, ...]

    @property
    def text(self) -> str:
        return "".join("\n" if isinstance(r, LineBreak) else r.text for r in self.runs)


@dataclass(frozen=True)
class TrackedChange:
    indicator: str | None
    kind: Literal["inserted", "deleted"]
    author: str
    date: str
    text: str


@dataclass(frozen=True)
class Comment:
    indicator: str | None
    author: str
    date: str
    text: str  # the comment
    on: str  # the text commented on
    part: str = ""  # in a bilingual document, the language part it is in ('' the main one)


@dataclass(frozen=True)
class Outside:
    """A piece of the edition outside commentary: which indicator's section it is in
    ('' before the first), what it is ('title', 'heading', 'notes', 'table',
    'summary', 'text'), and its text."""

    indicator: str
    place: str
    text: str
    part: str = ""  # in a bilingual document, the language part it is in ('' the main one)


@dataclass
class EditedDocx:
    properties: dict[str, str]
    commentary: dict[str, list[Unit]] = field(default_factory=dict)
    # a bilingual document's other language parts' commentary, by the part's tag
    parts: dict[str, dict[str, list[Unit]]] = field(default_factory=dict)
    outside: list[Outside] = field(default_factory=list)
    changes: list[TrackedChange] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    pictures: list[str] = field(default_factory=list)  # each picture's part, in order


def custom_properties(path: Path) -> dict[str, str] | None:
    """The custom document properties of the DOCX at `path` ({} where it has none);
    None where it is not a DOCX at all."""
    from lxml import etree

    try:
        with zipfile.ZipFile(path) as package:
            names = set(package.namelist())
            if "word/document.xml" not in names:
                return None
            if _CUSTOM not in names:
                return {}
            root = etree.fromstring(package.read(_CUSTOM))
    except (zipfile.BadZipFile, OSError, etree.XMLSyntaxError, KeyError):
        return None
    found: dict[str, str] = {}
    for prop in root:
        name = prop.get("name")
        if name is not None:
            found[name] = "".join(prop.itertext())
    return found


def edition_language(path: Path) -> str | None:
    """The language the DOCX at `path` says it is in: its core properties' language
    (File > Properties), else its default text language (the styles' `w:lang`); None
    where it says neither, or is not a DOCX."""
    from lxml import etree

    try:
        with zipfile.ZipFile(path) as package:
            names = set(package.namelist())
            parts = [name for name in (_CORE, _STYLES) if name in names]
            roots = [etree.fromstring(package.read(name)) for name in parts]
    except (zipfile.BadZipFile, OSError, etree.XMLSyntaxError, KeyError):
        return None
    for root in roots:
        found = root.xpath(_LANGUAGE_PATHS, namespaces=_LANGUAGE_NAMESPACES)
        for value in found:
            tag = str(value).strip()
            if tag:
                return tag
    return None


def _on(element: Any, tag: str) -> bool:
    """Whether the run property `tag` (w:b, w:i) is set in the run properties `element`."""
    if element is None:
        return False
    found = element.find(qn(tag))
    return found is not None and (found.get(qn("w:val")) or "true").lower() not in _OFF


class _Reader:
    def __init__(self, document: Any, decision: Decision) -> None:
        self.document = document
        self.decision = decision
        self.rels = document.part.rels
        self.styles = {s.style_id: (s.name or "").casefold() for s in document.styles}
        self.indicator: str | None = None
        self.part = ""  # the language part being read, in a bilingual document
        self.changes: list[TrackedChange] = []
        self.open_comments: dict[str, list[str]] = {}
        self.comment_text: dict[str, str] = {}
        self.comment_place: dict[str, str | None] = {}
        self.comment_part: dict[str, str] = {}

    def style(self, p: Any) -> str:
        ppr = p.find(qn("w:pPr"))
        style = ppr.find(qn("w:pStyle")) if ppr is not None else None
        sid = style.get(qn("w:val")) if style is not None else None
        return self.styles.get(sid or "", "normal")

    def kind(self, p: Any) -> str:
        name = self.style(p)
        words = name.split()
        last = words[-1] if words and words[-1].isdigit() else "1"
        if name.startswith("heading") or name == "title":
            return f"h{last}"
        level = min(int(last), 2) - 1
        if name.startswith("list bullet"):
            return f"ul{level}"
        if name.startswith("list number"):
            return f"ol{level}"
        if name.startswith("list continue"):
            return f"c{level}"
        ppr = p.find(qn("w:pPr"))
        if ppr is not None and ppr.find(qn("w:numPr")) is not None:
            return "ul0"
        return "p"

    def runs(self, p: Any) -> tuple[Inline, ...]:
        pieces: list[Inline] = []
        for text, bold, italic, href in self.walk(p, None, tracked=None):
            if text == "\n":
                pieces.append(LineBreak())
                continue
            last = pieces[-1] if pieces else None
            if isinstance(last, Run) and (last.bold, last.italic, last.href) == (
                bold,
                italic,
                href,
            ):
                pieces[-1] = Run(last.text + text, bold=bold, italic=italic, href=href)
            else:
                pieces.append(Run(text, bold=bold, italic=italic, href=href))
        return trimmed(pieces)

    def walk(
        self, element: Any, href: str | None, tracked: tuple[str, Any] | None
    ) -> Iterator[tuple[str, bool, bool, str | None]]:
        for child in element:
            tag = child.tag
            if tag == qn("w:r"):
                for piece in self.run(child, href):
                    self.note(piece[0], tracked)
                    if tracked is None or self.shown(tracked[0]):
                        yield piece
            elif tag == qn("w:hyperlink"):
                rid = child.get(qn("r:id"))
                rel = self.rels.get(rid) if rid else None
                target = rel.target_ref if rel is not None and rel.is_external else None
                yield from self.walk(child, target, tracked)
            elif tag in _INSERTED or tag in _DELETED:
                kind: Literal["inserted", "deleted"] = "inserted" if tag in _INSERTED else "deleted"
                self.changes.append(
                    TrackedChange(
                        self.indicator,
                        kind,
                        child.get(qn("w:author")) or "",
                        child.get(qn("w:date")) or "",
                        "",
                    )
                )
                yield from self.walk(child, href, (kind, len(self.changes) - 1))
            elif tag in _WRAPPERS:
                yield from self.walk(child, href, tracked)
            elif tag == qn("w:sdt"):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    yield from self.walk(content, href, tracked)
            elif tag == qn("w:commentRangeStart"):
                self.open_comments[child.get(qn("w:id")) or ""] = []
                self.comment_place[child.get(qn("w:id")) or ""] = self.indicator
                self.comment_part[child.get(qn("w:id")) or ""] = self.part
            elif tag == qn("w:commentRangeEnd"):
                cid = child.get(qn("w:id")) or ""
                self.comment_text[cid] = "".join(self.open_comments.pop(cid, []))

    def shown(self, kind: str) -> bool:
        accept = self.decision != "reject"
        return (kind == "inserted") == accept

    def note(self, text: str, tracked: tuple[str, Any] | None) -> None:
        if tracked is not None:
            index = tracked[1]
            change = self.changes[index]
            self.changes[index] = TrackedChange(
                change.indicator, change.kind, change.author, change.date, change.text + text
            )
        if tracked is None or self.shown(tracked[0]):
            for words in self.open_comments.values():
                words.append(text)

    def run(self, r: Any, href: str | None) -> Iterator[tuple[str, bool, bool, str | None]]:
        rpr = r.find(qn("w:rPr"))
        if rpr is not None and rpr.find(qn("w:vanish")) is not None:
            return
        bold, italic = _on(rpr, "w:b"), _on(rpr, "w:i")
        for child in r:
            tag = child.tag
            if tag in (qn("w:t"), qn("w:delText")):
                if child.text:
                    yield child.text, bold, italic, href
            elif tag == qn("w:tab"):
                yield "\t", bold, italic, href
            elif tag in (qn("w:br"), qn("w:cr")):
                if child.get(qn("w:type")) in (None, "textWrapping"):
                    yield "\n", bold, italic, href
            elif tag == qn("w:noBreakHyphen"):
                yield "-", bold, italic, href


def trimmed(pieces: list[Inline]) -> tuple[Inline, ...]:
    """The runs without blank ends (a reader sees none), empty runs dropped."""
    while pieces and isinstance(pieces[0], LineBreak):
        pieces.pop(0)
    while pieces and isinstance(pieces[-1], LineBreak):
        pieces.pop()
    if pieces and isinstance(pieces[0], Run):
        first = pieces[0]
        pieces[0] = Run(first.text.lstrip(), bold=first.bold, italic=first.italic, href=first.href)
    if pieces and isinstance(pieces[-1], Run):
        last = pieces[-1]
        pieces[-1] = Run(last.text.rstrip(), bold=last.bold, italic=last.italic, href=last.href)
    return tuple(p for p in pieces if not (isinstance(p, Run) and not p.text))


def _bookmarks(p: Any) -> list[str]:
    return [b.get(qn("w:name")) or "" for b in p.iter(qn("w:bookmarkStart"))]


def read_edited(
    path: Path, decision: Decision, ids: list[str], parts: Sequence[str] = ()
) -> EditedDocx:
    """The DOCX at `path`, an edition of the indicators `ids`; tracked changes taken as
    `decision` says (None: as if accepted, to be listed). A bilingual document's other
    language `parts` (their tags) are read as well, each by its own marks."""
    anchors = {bookmark_name(part_mark(i, part)): (part, i) for part in ("", *parts) for i in ids}
    marks = {
        bookmark_name(part_mark(commentary_mark(i), part)): (part, i)
        for part in ("", *parts)
        for i in ids
    }
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises many kinds on a damaged package
        raise InputError(
            f"this file cannot be read as a Word document ({exc.__class__.__name__})",
            file=str(path),
            fix="Save it from Word as a Word Document (.docx) and import that file",
        ) from None
    props = custom_properties(path) or {}
    reader = _Reader(document, decision)
    edited = EditedDocx(props)
    current: list[Unit] | None = None
    seen_indicator = False
    in_notes = False
    body = document.element.body
    for element in body:
        if element.tag == qn("w:tbl"):
            current = None
            place = "table" if seen_indicator else "summary"
            for cell in element.iter(qn("w:tc")):
                text = "\n".join(
                    "".join(r.text if isinstance(r, Run) else "\n" for r in reader.runs(p))
                    for p in cell.iter(qn("w:p"))
                )
                edited.outside.append(Outside(reader.indicator or "", place, text, reader.part))
            continue
        if element.tag != qn("w:p"):
            continue
        names = _bookmarks(element)
        for name in names:
            if name in anchors:
                (reader.part, reader.indicator), seen_indicator = anchors[name], True
                current = None
        kind = reader.kind(element)
        commentary = [marks[n] for n in names if n in marks]
        if commentary:
            reader.part, reader.indicator = commentary[0]
            read = edited.parts.setdefault(reader.part, {}) if reader.part else edited.commentary
            current = read.setdefault(reader.indicator, [])
            in_notes = False
            reader.runs(element)
            continue
        level = int(kind[1:]) if kind.startswith("h") else None
        if level is not None and level <= 3:
            current = None
            text = Unit(kind, reader.runs(element)).text
            in_notes = seen_indicator and level == 3
            place = "title" if level == 1 else "heading"
            edited.outside.append(Outside(reader.indicator or "", place, text, reader.part))
            continue
        for drawing in element.iter(qn("a:blip")):
            edited.pictures.append(drawing.get(qn("r:embed")) or "")
        unit = Unit(kind, reader.runs(element))
        if current is not None:
            if unit.runs:
                current.append(unit)
        elif unit.runs:
            caption = reader.style(element) == "caption"
            place = "table" if caption else "notes" if in_notes else "text"
            edited.outside.append(Outside(reader.indicator or "", place, unit.text, reader.part))
    edited.changes = [c for c in reader.changes if c.text.strip()]
    edited.comments = _comments(document, reader)
    return edited


def _comments(document: Any, reader: _Reader) -> list[Comment]:
    part = next(
        (rel.target_part for rel in document.part.rels.values() if rel.reltype == RT.COMMENTS),
        None,
    )
    if part is None:
        return []
    from lxml import etree

    root = etree.fromstring(part.blob)
    found: list[Comment] = []
    for comment in root.iter(qn("w:comment")):
        cid = comment.get(qn("w:id")) or ""
        words = "\n".join(
            "".join(t.text or "" for t in p.iter(qn("w:t"))) for p in comment.iter(qn("w:p"))
        )
        found.append(
            Comment(
                reader.comment_place.get(cid),
                comment.get(qn("w:author")) or "",
                comment.get(qn("w:date")) or "",
                words.strip(),
                reader.comment_text.get(cid, "").strip(),
                reader.comment_part.get(cid, ""),
            )
        )
    return found
