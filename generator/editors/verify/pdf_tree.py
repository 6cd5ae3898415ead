"""Our own walk of a tagged PDF: the catalog's entries for a tagged, titled document
in a language, the structure tree's figures, headings and tables, and every page's
painted content inside marked content (tagged, or marked as an artifact)."""

from __future__ import annotations

import re
from itertools import pairwise

import pikepdf

# Operators that paint text, images or paths: each must lie inside marked content.
PAINTING = frozenset({"Tj", "TJ", "'", '"', "Do", "f", "F", "f*", "B", "B*", "b", "b*", "S", "s"})


def elements(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    """Every structure element, in the tree's reading order (none where it is untagged)."""
    found: list[pikepdf.Dictionary] = []

    def walk(node: object) -> None:
        if isinstance(node, pikepdf.Array):
            for item in node:
                walk(item)
        elif isinstance(node, pikepdf.Dictionary) and "/S" in node:
            found.append(node)
            if "/K" in node:
                walk(node.K)

    root = pdf.Root.get("/StructTreeRoot")
    if isinstance(root, pikepdf.Dictionary) and "/K" in root:
        walk(root.K)
    return found


def _true(value: object) -> bool:
    return isinstance(value, bool) and value


def catalog_problems(pdf: pikepdf.Pdf) -> list[str]:
    """What the catalog lacks of a tagged document with a title and a language."""
    root = pdf.Root
    problems = []
    if not isinstance(root.get("/StructTreeRoot"), pikepdf.Dictionary):
        problems.append(
            "the catalog has no structure tree (/StructTreeRoot): the PDF is not tagged"
        )
    mark_info = root.get("/MarkInfo")
    if not isinstance(mark_info, pikepdf.Dictionary) or not _true(mark_info.get("/Marked")):
        problems.append("the catalog's /MarkInfo does not say /Marked true")
    if not str(root.get("/Lang", "")).strip():
        problems.append("the catalog names no language (/Lang)")
    preferences = root.get("/ViewerPreferences")
    if not isinstance(preferences, pikepdf.Dictionary) or not _true(
        preferences.get("/DisplayDocTitle")
    ):
        problems.append("/ViewerPreferences does not say /DisplayDocTitle true")
    info = pdf.trailer.get("/Info")
    title = str(info.get("/Title", "")) if isinstance(info, pikepdf.Dictionary) else ""
    if not title.strip():
        problems.append("the document has no title (/Title)")
    return problems


def tree_problems(found: list[pikepdf.Dictionary]) -> list[str]:
    """Figures without alternative text, headings that skip a level, tables with no
    header cell."""
    problems = []
    roles = [str(element.S) for element in found]
    for number, element in enumerate(e for e in found if e.S == "/Figure"):
        if not str(element.get("/Alt", "")).strip():
            problems.append(f"figure {number + 1} has no alternative text (/Alt)")
    levels = [int(m.group(1)) for role in roles if (m := re.fullmatch(r"/H(\d)", role))]
    if levels and levels[0] != 1:
        problems.append(f"the first heading is H{levels[0]}, not H1")
    for index, (before, after) in enumerate(pairwise(levels), start=2):
        if after > before + 1:
            problems.append(f"heading {index} is H{after} straight after an H{before}")
    if "/Table" in roles and "/TH" not in roles:
        problems.append("no table has a header cell (TH)")
    return problems


def page_problems(pdf: pikepdf.Pdf) -> list[str]:
    """Pages that are not in the structure (/StructParents), or that paint outside
    marked content (neither tagged nor an artifact)."""
    problems = []
    for number, page in enumerate(pdf.pages, start=1):
        if "/StructParents" not in page.obj:
            problems.append(f"page {number} is not tied to the structure tree (/StructParents)")
        depth = 0
        for instruction in pikepdf.parse_content_stream(page):
            name = str(instruction.operator)
            if name in ("BDC", "BMC"):
                depth += 1
            elif name == "EMC":
                depth -= 1
            elif name in PAINTING and depth <= 0:
                problems.append(f"page {number}: '{name}' paints outside any marked content")
                break
    return problems
