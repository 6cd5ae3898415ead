"""Each section's body XML kept by its content, so that a rebuild writes again only
the sections that changed (a commentary edit: one).

python-docx builds a section element by element, most of the DOCX's time. What a
section's XML holds besides its content is given out by the document as a whole:
the relationship ids of its pictures and links, its bookmarks' ids and the number
of each list it restarts. Building a section records each of these as it is given
out, in order; a kept section is reused by asking for them again in the same
order (the package then gains the same parts, relationships and numbering as if
the section were built) and writing the new ids into its XML. So a DOCX from kept
sections is the same, byte for byte, as one built afresh.

An entry is keyed by everything the section's XML is made from: the section, the
look (and the template's bytes), the document's page furniture as the body's
section properties hold it, whether it is the document's first section and
whether a chart section came before it; the folder it is kept in is named by the
fingerprint of the code (`ReportFolder.docx_cache`). It is sealed (`read/cached.py`)
as the validated inputs are, since its XML goes into the document as it is.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from generator.core.fingerprint import value_bytes
from generator.core.model import Figure, IconLine, Notes, Section, SideBySide
from generator.read.cached import read_entry, seal, unseal

# A relationship given out while a section was built: "image" and the picture's
# SHA-1, or "link" and the address; then the id it was given.
Relation = tuple[str, str, str]
# A list numbering asked for: "restarted" or "style", the list style's name, the id.
Numbering = tuple[str, str, int]


@dataclass
class Record:
    """What building one section asked of the document as a whole, in order."""

    first_bookmark: int
    relations: list[Relation] = field(default_factory=list)
    numbering: list[Numbering] = field(default_factory=list)
    bookmarks: int = 0
    drawings: int = 0
    # The section changed an element before its own (it ended the section before it):
    # its XML alone does not say what it did, so it is not kept.
    reached_back: bool = False


@dataclass(frozen=True)
class Entry:
    """A kept section: its body elements' XML and what building it asked for."""

    xml: str
    record: Record
    split_after: bool  # the writer's `sections_split` once the section was written

    def to_bytes(self) -> bytes:
        data = {
            "xml": self.xml,
            "relations": self.record.relations,
            "numbering": self.record.numbering,
            "first_bookmark": self.record.first_bookmark,
            "bookmarks": self.record.bookmarks,
            "drawings": self.record.drawings,
            "split_after": self.split_after,
        }
        return json.dumps(data, separators=(",", ":")).encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> Entry:
        """An entry read back; ValueError (or KeyError, TypeError) where it is not one."""
        value = json.loads(data)
        relations = [(str(k), str(t), str(r)) for k, t, r in value["relations"]]
        numbering = [(str(k), str(s), int(n)) for k, s, n in value["numbering"]]
        if any(kind not in ("image", "link") for kind, _, _ in relations):
            raise ValueError("not a kept section")
        if any(kind not in ("restarted", "style") for kind, _, _ in numbering):
            raise ValueError("not a kept section")
        record = Record(
            int(value["first_bookmark"]),
            relations,
            numbering,
            int(value["bookmarks"]),
            int(value["drawings"]),
        )
        xml = value["xml"]
        if not isinstance(xml, str):
            raise ValueError("not a kept section")
        return cls(xml, record, bool(value["split_after"]))


class KeptSections:
    """The kept sections of one folder (`folder`, None: none kept or read), and those
    made by this document's writing, to be kept once the build succeeds."""

    def __init__(self, folder: Path | None, context: object) -> None:
        self.folder = folder
        self.context = hashlib.sha256(value_bytes(context)).digest()
        self.made: dict[str, bytes] = {}  # file name -> sealed entry

    def key(self, section: Section, *, first: bool, split_before: bool) -> str:
        digest = hashlib.sha256(self.context)
        digest.update(bytes([first, split_before]))
        digest.update(value_bytes(section))
        return digest.hexdigest()

    def get(self, key: str) -> Entry | None:
        if self.folder is None:
            return None
        blob = read_entry(self.folder / _name(key))
        data = None if blob is None else unseal(blob)
        if data is None:
            return None
        try:
            return Entry.from_bytes(data)
        except (ValueError, KeyError, TypeError):
            return None

    def put(self, key: str, entry: Entry) -> None:
        if self.folder is not None:
            self.made[_name(key)] = seal(entry.to_bytes())


def _name(key: str) -> str:
    return f"{key}.json"


def pictures_of(section: Section) -> dict[str, bytes]:
    """Every picture (PNG bytes) a section shows, by its SHA-1 (as python-docx names
    an image part's): its charts and the icons in their notes. (A picture found
    elsewhere, in a block added to the model later, is not reused but built again.)"""
    found: list[bytes] = []
    for block in section.blocks:
        if isinstance(block, SideBySide):
            found.append(block.main.image)
            block = block.side
        if isinstance(block, Figure):
            found.append(block.image)
        elif isinstance(block, Notes):
            found.extend(line.icon.image for line in block.lines if isinstance(line, IconLine))
    return {hashlib.sha1(data).hexdigest(): data for data in found}
