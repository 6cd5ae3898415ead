"""Translation entries as a gettext PO file, through Babel (`babel.messages.pofile`).

Each unit is one message: its key (file and place) the context (`msgctxt`), its source
words the `msgid`, verbatim, with a note to the translator (`#.`) naming what to keep as
written; a prefilled translation to look at again is marked fuzzy. A fuzzy or empty
`msgstr` is read back as not translated, as gettext's tools read it.
"""

from __future__ import annotations

import io
import re

from generator.core.errors import InputError
from generator.editors.translate.entries import Entry, Translation

_KEY = re.compile(r"^(?P<file>.+\.md)#(?P<index>[1-9]\d{0,5})$")


def write_po(
    entries: list[Entry], language: str, source_language: str, project: str, quarter: str
) -> bytes:
    from babel import Locale
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import write_po as babel_write_po

    locale = Locale.parse(language, sep="-")
    catalog = Catalog(
        locale=locale,
        project=project,
        version=quarter,
        fuzzy=False,
        language_team=f"{locale.english_name} ({language})",
        header_comment=f"# {project}, {quarter}: the commentary, for translation from "
        f"{source_language} into {language}.\n# Written by `appendix translate export`; read "
        "back by `appendix translate import`.",
    )
    for entry in entries:
        catalog.add(
            entry.source,
            entry.translation or "",
            locations=[(entry.file, entry.line)],
            flags=("fuzzy",) if entry.review else (),
            auto_comments=[entry.note(), f"Translated from {source_language}."],
            context=entry.key,
        )
    out = io.BytesIO()
    babel_write_po(out, catalog, sort_output=False, include_previous=False)
    return out.getvalue()


def read_po(data: bytes, file: str) -> Translation:
    """The entries of a PO file, refused with one message where it is not one."""
    from babel.messages.pofile import PoFileError
    from babel.messages.pofile import read_po as babel_read_po

    try:
        catalog = babel_read_po(io.BytesIO(data), abort_invalid=True, charset="utf-8")
    except (PoFileError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(
            f"not a PO file that can be read ({exc})",
            file=file,
            fix="Import the PO file the translation tool saved from `appendix translate export`",
        ) from None
    if catalog.locale is None:
        raise InputError(
            "the PO file names no language (its 'Language:' header)",
            file=file,
            fix="Import the file `appendix translate export --to <language>` wrote, translated",
        )
    entries, where = [], []
    for message in catalog:
        if not message.id:
            continue  # the header
        place = f"line {message.lineno}" if message.lineno else f"msgctxt {message.context}"
        key = _KEY.match(message.context or "")
        if key is None or not isinstance(message.id, str):
            raise InputError(
                f"an entry whose msgctxt ('{message.context or ''}') names no unit",
                file=file,
                where=place,
                fix="Keep each entry's msgctxt as the export wrote it (file#place)",
            )
        text = message.string if isinstance(message.string, str) else ""
        translated = bool(text.strip()) and not message.fuzzy
        entries.append(
            Entry(
                key.group("file"),
                int(key.group("index")),
                "",
                message.lineno or 0,
                message.id,
                text if translated else None,
                review=message.fuzzy,
            )
        )
        where.append(place)
    language = str(catalog.locale).replace("_", "-")
    return Translation(language, tuple(entries), tuple(where))
