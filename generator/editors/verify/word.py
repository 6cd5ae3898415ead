"""The DOCX edition's checks, read with python-docx: every picture described, headings
in order, every table's header row marked, the document's language and title set."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path
from typing import Any

from generator.editors.verify.outcome import Check, own

PICTURES = "Pictures have alternative text"
HEADINGS = "Headings in order"
TABLES = "Tables have header rows"
LANGUAGE_TITLE = "Language and title set"
NAMES = (PICTURES, HEADINGS, TABLES, LANGUAGE_TITLE)
_STYLE_ID = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}styleId"


def check(path: Path) -> list[Check]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as error:
        unread = [f"the file could not be read as a DOCX: {error}"]
        return [own(name, unread) for name in NAMES]
    return [
        own(PICTURES, picture_problems(document)),
        own(HEADINGS, heading_problems(heading_levels(document))),
        own(TABLES, table_problems(document)),
        own(LANGUAGE_TITLE, language_title_problems(document)),
    ]


def _xpath(element: Any, query: str) -> list[Any]:
    found: list[Any] = element.xpath(query)
    return found


def picture_problems(document: Any) -> list[str]:
    """Each picture (inline or floating) whose description (alt text) is empty."""
    problems = []
    for number, properties in enumerate(_xpath(document.element.body, ".//wp:docPr"), start=1):
        if not (properties.get("descr") or "").strip():
            name = properties.get("name") or f"picture {number}"
            problems.append(f"picture {number} ({name}) has no alternative text")
    return problems


def heading_levels(document: Any) -> list[int]:
    """The level of every heading, in reading order, those in table cells included:
    each paragraph's outline level (its own, else its style's: `outline_levels`), as
    Word's navigation pane and a screen reader take it, whatever the style is called."""
    levels_of = outline_levels(document.styles.element)
    default = next(iter(_xpath(document.styles.element, _DEFAULT_STYLE)), None)
    levels = []
    for paragraph in _xpath(document.element.body, ".//w:p"):
        own = _xpath(paragraph, "./w:pPr/w:outlineLvl/@w:val")
        style = _xpath(paragraph, "./w:pPr/w:pStyle/@w:val")
        level = _level(own[0]) if own else levels_of.get(str(style[0] if style else default))
        if level is not None:
            levels.append(level)
    return levels


_DEFAULT_STYLE = "./w:style[@w:type='paragraph'][@w:default='1' or @w:default='true']/@w:styleId"
_BUILT_IN = re.compile(r"heading ([1-9])", re.IGNORECASE)  # Word's names, in any language


def _level(value: object) -> int | None:
    """An outline level's `w:val` (0 to 8; 9 is body text) as a heading level, 1 to 9."""
    try:
        number = int(str(value))
    except ValueError:
        return None
    return number + 1 if 0 <= number <= 8 else None


def outline_levels(styles: Any) -> dict[str, int | None]:
    """Each paragraph style's heading level by style id: its own outline level
    (`w:outlineLvl`), else Word's built-in heading it is ('heading 1', which Word
    writes in English whatever its language, or the id `Heading1`), else the level of
    the style it is based on; None where it is no heading."""
    found: dict[str, Any] = {
        str(style.get(_STYLE_ID)): style
        for style in _xpath(styles, "./w:style[@w:type='paragraph']")
    }

    def level(style_id: str, seen: frozenset[str]) -> int | None:
        style = found.get(style_id)
        if style is None or style_id in seen:
            return None
        own = _xpath(style, "./w:pPr/w:outlineLvl/@w:val")
        if own:
            return _level(own[0])
        for name in (*_xpath(style, "./w:name/@w:val"), style_id.replace("Heading", "heading ")):
            match = _BUILT_IN.fullmatch(str(name))
            if match:
                return int(match.group(1))
        based = _xpath(style, "./w:basedOn/@w:val")
        return level(str(based[0]), seen | {style_id}) if based else None

    return {style_id: level(style_id, frozenset()) for style_id in found}


def heading_problems(levels: list[int]) -> list[str]:
    """The first heading not at level 1, and each heading that skips a level."""
    if not levels:
        return ["the document has no headings"]
    problems = []
    if levels[0] != 1:
        problems.append(f"the first heading is Heading {levels[0]}, not Heading 1")
    for index, (before, after) in enumerate(pairwise(levels), start=2):
        if after > before + 1:
            problems.append(f"heading {index} is Heading {after} straight after Heading {before}")
    return problems


def table_problems(document: Any) -> list[str]:
    """Each table whose first row is not marked as a header row (repeated on each page)."""
    problems = []
    for number, table in enumerate(_xpath(document.element.body, ".//w:tbl"), start=1):
        if not _xpath(table, "./w:tr[1]/w:trPr/w:tblHeader"):
            caption = _xpath(table, "./w:tblPr/w:tblCaption/@w:val")
            named = f" ('{caption[0]}')" if caption else ""
            problems.append(f"table {number}{named} has no header row marked")
    return problems


def language_title_problems(document: Any) -> list[str]:
    problems = []
    languages = _xpath(document.styles.element, "./w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val")
    if not (languages and str(languages[0]).strip()) and not document.core_properties.language:
        problems.append("the document's language is not set (its default text language)")
    if not (document.core_properties.title or "").strip():
        problems.append("the document has no title (File > Properties > Title)")
    return problems
