"""Translation entries as an XLIFF 1.2 file (the OASIS standard translation tools read),
with the standard library's ElementTree.

A `<file>` per commentary file (`original` its path in the report folder), a
`<trans-unit>` per unit (`id` its place, `resname` its key); placeholders, figures, the
not-a-figure mark and link addresses are `<ph>` elements holding the text as written, so
that a tool keeps them whole. A target whose `state` is `new`, `needs-translation` or a
`needs-review-...` state, or that is empty, is read back as not translated.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

from generator.core.errors import InputError
from generator.editors.translate.entries import Entry, Translation
from generator.editors.translate.protect import protected

NS = "urn:oasis:names:tc:xliff:document:1.2"
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_UNREAD_STATES = {"new", "needs-translation"}
_CODES = ("ph", "bpt", "ept", "it", "x", "bx", "ex")


def _tag(name: str) -> str:
    return f"{{{NS}}}{name}"


def _with_codes(parent: ET.Element, text: str, ids: dict[str, str]) -> None:
    """`text` into `parent`, each protected span a <ph> (its id the same for the same
    text in a unit's source and target)."""
    last = 0
    previous: ET.Element | None = None
    for span in protected(text):
        before = text[last : span.start]
        if previous is None:
            parent.text = (parent.text or "") + before
        else:
            previous.tail = (previous.tail or "") + before
        ident = ids.setdefault(span.code, str(len(ids) + 1))
        previous = ET.SubElement(parent, _tag("ph"), {"id": ident})
        previous.text = span.code
        last = span.end
    rest = text[last:]
    if previous is None:
        parent.text = (parent.text or "") + rest
    else:
        previous.tail = (previous.tail or "") + rest


def write_xliff(entries: list[Entry], language: str, source_language: str) -> bytes:
    ET.register_namespace("", NS)
    root = ET.Element(_tag("xliff"), {"version": "1.2"})
    body: ET.Element | None = None
    current = None
    for entry in entries:
        if entry.file != current:
            current = entry.file
            element = ET.SubElement(
                root,
                _tag("file"),
                {
                    "original": entry.file,
                    "source-language": source_language,
                    "target-language": language,
                    "datatype": "x-markdown",
                },
            )
            body = ET.SubElement(element, _tag("body"))
        assert body is not None
        unit = ET.SubElement(
            body,
            _tag("trans-unit"),
            {"id": str(entry.index), "resname": entry.key, _SPACE: "preserve"},
        )
        ids: dict[str, str] = {}
        _with_codes(ET.SubElement(unit, _tag("source")), entry.source, ids)
        if entry.translation is not None:
            state = "needs-review-translation" if entry.review else "translated"
            _with_codes(
                ET.SubElement(unit, _tag("target"), {"state": state}), entry.translation, ids
            )
        note = ET.SubElement(unit, _tag("note"))
        note.text = entry.note()
    _indented(root)
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data + b"\n"


def _indented(root: ET.Element) -> None:
    """Lines and indentation between elements, but none inside a <source>, <target> or
    <note>, whose text is the words as written."""
    words = [_tag("source"), _tag("target"), _tag("note")]
    held = [
        (element, element.text, element.tail if element.tag not in words else None)
        for outer in root.iter()
        if outer.tag in words
        for element in outer.iter()
    ]
    ET.indent(root, space="  ")
    for element, text, tail in held:
        element.text = text
        if element.tag not in words:
            element.tail = tail


def _flat(element: ET.Element, codes: dict[str, str]) -> str:
    """An element's text with each inline code as the text it holds (or, where a tool
    left it empty, the source's code of that id)."""
    parts = [element.text or ""]
    for child in element:
        name = child.tag.rsplit("}", 1)[-1]
        if name in _CODES:
            held = "".join(child.itertext())
            parts.append(held or codes.get(child.get("id") or "", ""))
        else:  # <g>, <mrk>: their words
            parts.append(_flat(child, codes))
        parts.append(child.tail or "")
    return "".join(parts)


def _codes_of(element: ET.Element) -> dict[str, str]:
    return {
        child.get("id") or "": "".join(child.itertext())
        for child in element.iter()
        if child.tag.rsplit("}", 1)[-1] in _CODES
    }


def read_xliff(data: bytes, file: str) -> Translation:
    """The entries of an XLIFF 1.2 file, refused with one message where it is not one."""
    fix = "Import the XLIFF file the translation tool saved from `appendix translate export`"
    if re.search(rb"<!DOCTYPE|<!ENTITY", data, re.IGNORECASE):
        raise InputError(
            "the XLIFF file declares a DOCTYPE, which XLIFF has not", file=file, fix=fix
        )
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        line = exc.position[0] if exc.position else None
        raise InputError(
            f"not XML that can be read ({exc})",
            file=file,
            where=f"line {line}" if line else None,
            fix=fix,
        ) from None
    if root.tag != _tag("xliff") or root.get("version") != "1.2":
        raise InputError(
            f"not an XLIFF 1.2 file (its root is <{root.tag.rsplit('}', 1)[-1]}>, version "
            f"{root.get('version')})",
            file=file,
            fix=fix,
        )
    entries, where, languages = [], [], set()
    for element in root.findall(_tag("file")):
        original = element.get("original") or ""
        languages.add(element.get("target-language") or "")
        for unit in element.iter(_tag("trans-unit")):
            ident = unit.get("id") or ""
            place = f'<file original="{original}">, <trans-unit id="{ident}">'
            source = unit.find(_tag("source"))
            if source is None or not ident.isdigit() or not original.endswith(".md"):
                raise InputError(
                    "a unit with no source, or not named as the export named it",
                    file=file,
                    where=place,
                    fix="Keep each file's original and each unit's id as the export wrote them",
                )
            codes = _codes_of(source)
            target = unit.find(_tag("target"))
            text = _flat(target, codes) if target is not None else ""
            state = target.get("state", "translated") if target is not None else "new"
            review = state.startswith("needs-review")
            translated = bool(text.strip()) and state not in _UNREAD_STATES and not review
            entries.append(
                Entry(
                    original,
                    int(ident),
                    "",
                    0,
                    _flat(source, {}),
                    text if translated else None,
                    review,
                )
            )
            where.append(place)
    languages.discard("")
    if len(languages) != 1:
        raise InputError(
            "the XLIFF file names "
            + ("no target language" if not languages else "more than one target language"),
            file=file,
            fix="Each <file> has target-language: the language translated into, e.g. cy",
        )
    return Translation(languages.pop(), tuple(entries), tuple(where))
