"""The files made from the English catalogue: the template translators start from
(generator/locale/appendix.pot) and the list of messages a council may reword
(docs/messages.md). `python -m generator.core.catalogue_files` writes both again after
the English catalogue changes; a test checks that they agree with it."""

from __future__ import annotations

import sys
from pathlib import Path

from generator.core.messages import Catalogue, english, escape_po, placeholders

_HEADER = (
    "Project-Id-Version: committee-appendix\n"
    "Language: {language}\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=UTF-8\n"
    "Content-Transfer-Encoding: 8bit\n"
    "Plural-Forms: nplurals=2; plural={plural};\n"
)
_INTRO = """\
# The appendix's fixed words{what}.
# Each message's key is its msgctxt; its English text is the msgid. Placeholders in
# braces ({{quarter}}) are filled by the appendix and must be kept as they are. A
# council rewords a message by key in its house style (messages:, docs/messages.md).
"""


def _quoted(text: str) -> str:
    return f'"{escape_po(text)}"'


def po_text(catalogue: Catalogue, template: bool = False) -> str:
    """The catalogue as a PO file: the English catalogue as written, or (`template`)
    the template a translation starts from, every msgstr empty."""
    what = ": the template of a translation" if template else " in English, the source text"
    out = [_INTRO.format(what=what).rstrip("\n"), 'msgid ""', 'msgstr ""']
    header = _HEADER.format(
        language="" if template else catalogue.language, plural=catalogue.plural_forms
    )
    out += [_quoted(line + "\n") for line in header.splitlines()]
    for entry in catalogue.entries.values():
        out.append("")
        if entry.comment:
            out.append(f"#. {entry.comment}")
        out += [f"msgctxt {_quoted(entry.key)}", f"msgid {_quoted(entry.source)}"]
        if entry.source_plural:
            out.append(f"msgid_plural {_quoted(entry.source_plural)}")
            out += ['msgstr[0] ""', 'msgstr[1] ""']
        else:
            out.append('msgstr ""')
    return "\n".join(out) + "\n"


def key_list(catalogue: Catalogue) -> str:
    """docs/messages.md: every message by key, its English and its placeholders."""
    out = [
        "# Messages: every fixed word of the editions",
        "",
        "Generated from `generator/locale/en/LC_MESSAGES/appendix.po` by",
        "`python -m generator.core.catalogue_files`; do not edit by hand.",
        "",
        "A council rewords any of these in its house style, by key (see",
        '[formats.md](formats.md#house-style-messages)): `notes.heading: "Notes on the figures"`.',
        "A rewording keeps every placeholder of the message (in braces), and adds none.",
        "A message with a plural form is reworded once, for every count.",
    ]
    for entry in catalogue.entries.values():
        if entry.comment:
            out += ["", f"## {entry.comment}", "", "| Key | English | Placeholders |"]
            out.append("|---|---|---|")
        english_text = entry.source + (f" / {entry.source_plural}" if entry.source_plural else "")
        shown = english_text.replace("|", "\\|").replace("\n", " ")
        names = ", ".join(f"`{{{n}}}`" for n in sorted(placeholders(entry.source)))
        out.append(f"| `{entry.key}` | `{shown}` | {names} |")
    return "\n".join(out) + "\n"


def main(root: Path) -> None:
    catalogue = english()
    locale = root / "generator" / "locale"
    (locale / "en" / "LC_MESSAGES" / "appendix.po").write_text(po_text(catalogue), "utf-8")
    (locale / "appendix.pot").write_text(po_text(catalogue, template=True), "utf-8")
    (root / "docs" / "messages.md").write_text(key_list(catalogue), "utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path.cwd())
