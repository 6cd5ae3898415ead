"""The message catalogue: read as gettext's PO format (as Babel and translators' tools
read it), in agreement with the code that asks for its messages, with the template a
translation starts from and with the list of keys in docs/messages.md."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.core.catalogue_files import key_list, po_text
from generator.core.messages import (
    Messages,
    UnknownMessage,
    english,
    load_messages,
    parse_po,
)

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "generator" / "locale"
# A catalogue lookup in the code: m.text("notes.heading"), m.format(f"alt.rated.{kind}", ...)
_LOOKUP = re.compile(r"""\.(?:text|format|plural)\(\s*(f?)"([^"]+)\"""")


def _asked() -> tuple[set[str], set[str]]:
    """The keys the code asks for as written, and the patterns of those it makes."""
    keys: set[str] = set()
    patterns: set[str] = set()
    for path in (ROOT / "generator").rglob("*.py"):
        for made, key in _LOOKUP.findall(path.read_text(encoding="utf-8")):
            if made and "{" in key:
                parts = re.split(r"\{[^{}]*\}", key)
                patterns.add(".*".join(re.escape(p) for p in parts))
            else:
                keys.add(key)
    return keys, patterns


def test_every_key_the_code_asks_for_is_in_the_english_catalogue() -> None:
    keys, patterns = _asked()
    catalogue = english().entries
    missing = sorted(k for k in keys if k not in catalogue)
    assert missing == []
    for pattern in patterns:
        assert any(re.fullmatch(pattern, k) for k in catalogue), pattern


def test_every_catalogue_key_is_asked_for_by_the_code() -> None:
    keys, patterns = _asked()
    unused = [
        key
        for key in english().entries
        if key not in keys and not any(re.fullmatch(p, key) for p in patterns)
    ]
    assert unused == []


def test_the_template_and_the_list_of_keys_are_made_from_the_english_catalogue() -> None:
    catalogue = english()
    po = (LOCALE / "en" / "LC_MESSAGES" / "appendix.po").read_text(encoding="utf-8")
    assert po == po_text(catalogue), "run python -m generator.core.catalogue_files"
    pot = (LOCALE / "appendix.pot").read_text(encoding="utf-8")
    assert pot == po_text(catalogue, template=True), "run python -m generator.core.catalogue_files"
    listed = (ROOT / "docs" / "messages.md").read_text(encoding="utf-8")
    assert listed == key_list(catalogue), "run python -m generator.core.catalogue_files"
    for key in catalogue.entries:
        assert f"| `{key}` |" in listed


def test_babel_reads_the_catalogue_and_its_template_as_this_reader_does() -> None:
    pofile = pytest.importorskip("babel.messages.pofile")
    ours = english()
    for path in (LOCALE / "en" / "LC_MESSAGES" / "appendix.po", LOCALE / "appendix.pot"):
        with path.open("rb") as handle:
            theirs = pofile.read_po(handle)
        read = {
            m.context: (m.id if isinstance(m.id, str) else tuple(m.id)) for m in theirs if m.context
        }
        assert read == {
            k: (e.source, e.source_plural) if e.source_plural else e.source
            for k, e in ours.entries.items()
        }
        assert theirs.num_plurals == 2


@pytest.mark.parametrize(
    ("text", "key", "count", "expected"),
    [
        (
            'msgctxt "a.b"\nmsgid "One {x}"\nmsgstr "Un {x}"\n',
            "a.b",
            None,
            "Un 5",
        ),
        (  # a message on several lines, with escapes
            'msgctxt "a.c"\nmsgid ""\n"Two \\"quoted\\" "\n"words"\nmsgstr ""\n',
            "a.c",
            None,
            'Two "quoted" words',
        ),
        (  # no translation: the English
            'msgctxt "a.d"\nmsgid "Plain"\nmsgstr ""\n',
            "a.d",
            None,
            "Plain",
        ),
        (
            'msgctxt "a.e"\nmsgid "{count} day"\nmsgid_plural "{count} days"\n'
            'msgstr[0] ""\nmsgstr[1] ""\n',
            "a.e",
            1,
            "1 day",
        ),
        (
            'msgctxt "a.e"\nmsgid "{count} day"\nmsgid_plural "{count} days"\n'
            'msgstr[0] ""\nmsgstr[1] ""\n',
            "a.e",
            3,
            "3 days",
        ),
        (  # a language's own plural rule from the header (Welsh has six forms)
            'msgid ""\nmsgstr "Plural-Forms: nplurals=6; plural=(n==0) ? 0 : (n==1) ? 1 : '
            '(n==2) ? 2 : (n==3) ? 3 :(n==6) ? 4 : 5;\\n"\n\n'
            'msgctxt "a.f"\nmsgid "{count} day"\nmsgid_plural "{count} days"\n'
            'msgstr[0] "{count} diwrnod"\nmsgstr[1] "{count} diwrnod"\n'
            'msgstr[2] "{count} ddiwrnod"\nmsgstr[3] "{count} diwrnod"\n'
            'msgstr[4] "{count} diwrnod"\nmsgstr[5] "{count} diwrnod."\n',
            "a.f",
            2,
            "2 ddiwrnod",
        ),
    ],
)
def test_a_po_entry_is_read_by_its_key(
    text: str, key: str, count: int | None, expected: str
) -> None:
    catalogue = parse_po(text, "xx")
    entry = catalogue.entries[key]
    forms = entry.texts or (
        (entry.source, entry.source_plural) if entry.source_plural else (entry.source,)
    )
    messages = Messages("xx", {key: forms}, catalogue.plural_forms)
    got = messages.format(key, x=5) if count is None else messages.plural(key, count)
    assert got == expected


def test_a_language_with_no_catalogue_reads_english_and_a_region_its_language() -> None:
    assert load_messages("en-GB").text("notes.heading") == "Technical notes"
    assert load_messages("fr").text("notes.heading") == "Technical notes"
    with pytest.raises(UnknownMessage):
        load_messages("en-GB").text("no.such.key")


@pytest.mark.parametrize(
    ("language", "unit", "value", "decimals", "expected"),
    [
        ("en-GB", "count", 4688.5, 1, "4,688.5"),
        ("qps-ploc", "count", 4688.5, 1, "4,688.5"),
        ("cy", "percent", 1234.25, 1, "1,234.3%"),
        ("de", "count", 4688.5, 1, "4.688,5"),
        ("de-AT", "gbp", 503400, 0, "£503.400"),
        ("pl", "count", 4688.5, 1, "4\u00a0688,5"),
        ("fr", "percent", 87.25, 1, "87,3%"),
        ("xx-unknown", "count", 4688.5, 1, "4,688.5"),
    ],
)
def test_figures_are_written_in_their_language_s_decimal_sign_and_thousands_separator(
    language: str, unit: str, value: float, decimals: int, expected: str
) -> None:
    pytest.importorskip("babel")
    from generator.core.rules import format_value

    messages = load_messages(language)
    assert format_value(value, unit, decimals, messages) == expected  # type: ignore[arg-type]


def test_a_fuzzy_translation_is_not_used_until_it_is_checked() -> None:
    text = (
        '#, fuzzy\nmsgctxt "a.b"\nmsgid "Technical notes"\nmsgstr "Nodiadau technegol"\n\n'
        'msgctxt "a.c"\nmsgid "Commentary"\nmsgstr "Sylwebaeth"\n'
    )
    entries = parse_po(text, "cy").entries
    assert entries["a.b"].texts == () and entries["a.c"].texts == ("Sylwebaeth",)


@pytest.mark.parametrize(
    "po", sorted(LOCALE.glob("*/LC_MESSAGES/*.po")), ids=lambda p: p.parent.parent.name
)
def test_every_translation_keeps_the_placeholders_of_its_english_message(po: Path) -> None:
    from generator.core.messages import placeholders

    source = english().entries
    for key, entry in parse_po(po.read_text(encoding="utf-8")).entries.items():
        assert key in source, f"{po}: {key} is no message"
        for text in entry.texts:
            assert placeholders(text) == placeholders(source[key].source), f"{po}: {key}"
