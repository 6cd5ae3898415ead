"""What ECMA-376 (Part 1, 17.9) allows inside a list definition, in its order: Word
refuses a file ("unreadable content") whose numbering holds an element it does not
know, where LibreOffice and pandoc read past it."""

from __future__ import annotations

import zipfile
from pathlib import Path

from docx.oxml.ns import qn
from lxml import etree

CHILDREN = {
    "w:numbering": ("w:numPicBullet", "w:abstractNum", "w:num", "w:numIdMacAtCleanup"),
    "w:abstractNum": (
        "w:nsid",
        "w:multiLevelType",
        "w:tmpl",
        "w:name",
        "w:styleLink",
        "w:numStyleLink",
        "w:lvl",
    ),
    "w:lvl": (
        "w:start",
        "w:numFmt",
        "w:lvlRestart",
        "w:pStyle",
        "w:isLgl",
        "w:suff",
        "w:lvlText",
        "w:lvlPicBulletId",
        "w:legacy",
        "w:lvlJc",
        "w:pPr",
        "w:rPr",
    ),
    "w:num": ("w:abstractNumId", "w:lvlOverride"),
}


def numbering_errors(path: Path) -> list[str]:
    """Each element of word/numbering.xml out of place or unknown to its parent."""
    with zipfile.ZipFile(path) as package:
        root = etree.fromstring(package.read("word/numbering.xml"))
    errors = []
    for parent, allowed in CHILDREN.items():
        rank = {qn(tag): i for i, tag in enumerate(allowed)}
        for element in root.iter(qn(parent)):
            tags = [child.tag for child in element if isinstance(child.tag, str)]
            ranks = [rank.get(tag, -1) for tag in tags]
            if -1 in ranks or ranks != sorted(ranks):
                errors.append(f"{parent}: {[etree.QName(t).localname for t in tags]}")
    return errors
