"""The languages a report's commentary is written in (`languages:` in the definition).

The report's main language (`language:`, default English) is the commentary in
`narratives/<quarter>/`; each other language listed has its own folder beside the files,
`narratives/<quarter>/<tag>/` (docs/formats.md, part 3, "Commentary in other languages").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from generator.core.errors import InputError
from generator.read.yaml_text import shown, shown_repr

# A BCP 47 tag as a council writes one: a language, then a script or region ('cy',
# 'en-GB', 'gd', 'zh-Hant'); checked against the Unicode CLDR's locales (Babel's).
_TAG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
_FIX = "List language tags, the main language among them, e.g. languages: [cy, en]"
WELSH = "cy"


def primary(tag: str) -> str:
    """The language subtag of a tag: 'en' of 'en-GB', in lower case."""
    return tag.split("-", 1)[0].casefold()


def same_language(listed: str, main: str) -> bool:
    """Whether a tag listed in `languages` is the main language: the same tag, or the same
    language where either tag names no region ('en' and 'en-GB')."""
    a, b = listed.casefold(), main.casefold()
    return a == b or (primary(a) == primary(b) and ("-" not in a or "-" not in b))


def language_name(tag: str) -> str:
    """'Welsh (cy)': the language's English name (the Unicode CLDR's) and its tag."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(tag, sep="-").english_name
    except (UnknownLocaleError, ValueError):  # a main language no list has checked
        name = None
    return f"{name} ({tag})" if name else f"'{tag}'"


def known_tag(tag: str) -> bool:
    """Whether `tag` names a language the Unicode CLDR knows (Babel's locale data)."""
    if not _TAG.match(tag):
        return False
    from babel import Locale, UnknownLocaleError  # only for a report that lists languages

    try:
        Locale.parse(tag, sep="-")
    except (UnknownLocaleError, ValueError):
        return False
    return True


def _line(source: str, tag: str | None) -> str | None:
    """'line 7': the definition's line listing `tag` (or the `languages:` line)."""
    lines = source.splitlines()
    start = next((n for n, text in enumerate(lines) if re.match(r"\s*languages\s*:", text)), None)
    if start is None:
        return None
    if tag is not None:
        word = re.compile(rf"(?<![\w-]){re.escape(tag)}(?![\w-])")
        for n in range(start, min(start + 20, len(lines))):
            if word.search(lines[n]):
                return f"line {n + 1}"
    return f"line {start + 1}"


def read_languages(raw: Any, main: str, *, file: str, source: str) -> tuple[str, ...]:
    """The `languages:` of the definition, validated: known tags, each once, the main
    language among them; () where the field is left out (the main language alone)."""
    if raw is None:
        return ()
    if not isinstance(raw, list) or not raw:
        raise InputError(
            f"'languages' must list language tags, not {shown_repr(raw)}",
            file=file,
            where=_line(source, None),
            fix=_FIX,
        )
    tags: list[str] = []
    for item in raw:
        tag = item.strip() if isinstance(item, str) else None
        if not tag or not known_tag(tag):
            shown_item = f"'{shown(item)}'" if isinstance(item, str) else shown_repr(item)
            raise InputError(
                f"'languages' lists {shown_item}, which is not a known language tag",
                file=file,
                where=_line(source, tag),
                fix="Write a language tag (BCP 47), e.g. cy for Welsh, en for English, "
                "gd for Scottish Gaelic",
            )
        if any(tag.casefold() == seen.casefold() for seen in tags):
            raise InputError(
                f"'languages' lists '{shown(tag)}' twice",
                file=file,
                where=_line(source, tag),
                fix="List each language once",
            )
        tags.append(tag)
    if not any(same_language(tag, main) for tag in tags):
        raise InputError(
            f"'languages' does not list the report's main language, '{shown(main)}' "
            "(`language:`, English where it is left out)",
            file=file,
            where=_line(source, None),
            fix=f"Add {primary(main)} to the list (its commentary is narratives/<quarter>/), "
            "or set `language:` to the language the files in narratives/<quarter>/ are in",
        )
    return tuple(tags)


def other_languages(languages: tuple[str, ...], main: str) -> tuple[str, ...]:
    """The languages listed other than the main one: each has its own commentary folder."""
    return tuple(tag for tag in languages if not same_language(tag, main))


def is_welsh(tag: str) -> bool:
    """Whether a language tag is Welsh (`cy`, `cy-GB`)."""
    return primary(tag) == WELSH


def welsh_first(tags: Sequence[str]) -> tuple[str, ...]:
    """The languages in the order a bilingual document gives them: Welsh first (the
    Welsh Language Standards), the others as listed."""
    return tuple(t for t in tags if is_welsh(t)) + tuple(t for t in tags if not is_welsh(t))


def file_tag(tags: Sequence[str]) -> str:
    """What a bilingual document's file name carries after the quarter: 'cy-en'."""
    return "-".join(welsh_first(tags))
