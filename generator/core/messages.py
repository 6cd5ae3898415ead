"""The fixed words of every edition, from a gettext message catalogue.

Each message has a stable key (its `msgctxt`, e.g. `notes.heading`) and its English
text (`msgid`); a language's catalogue (generator/locale/<language>/LC_MESSAGES/
appendix.po) gives the text in that language (`msgstr`), and a council's house style
may reword any message by key (`messages:`). Placeholders are Python's `{name}`.

The catalogue is read by a small reader of the PO format here (Babel, which
translators' tools and the tests use, reads the same files; importing it would slow
every build's start), and the plural rule by the standard library's gettext.
"""

from __future__ import annotations

import math
import re
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

SOURCE_LANGUAGE = "en"
PSEUDO_LANGUAGE = "qps-ploc"
DOMAIN = "appendix"
_ENGLISH_PLURAL = "(n != 1)"


@dataclass(frozen=True)
class Entry:
    """One message: its key, English text(s) and the text(s) in the catalogue's language."""

    key: str
    source: str
    source_plural: str = ""
    # The translation: one text, or one per plural form; empty: the English.
    texts: tuple[str, ...] = ()
    comment: str = ""


@dataclass(frozen=True)
class Catalogue:
    language: str
    plural_forms: str  # the C expression of the Plural-Forms header, e.g. "(n != 1)"
    entries: Mapping[str, Entry]


class UnknownMessage(KeyError):
    """A key the catalogue has not got: a mistake in the code, not in a report folder."""


@dataclass(frozen=True)
class Messages:
    """The words of one language (with a council's rewordings) for one build."""

    language: str
    texts: Mapping[str, tuple[str, ...]] = field(repr=False)
    plural_forms: str = _ENGLISH_PLURAL
    # The language's decimal sign and thousands separator (Babel's locale data).
    decimal: str = "."
    group: str = ","

    def number(self, written: str) -> str:
        """A number written as English writes it ('4,688.5') in this language's signs."""
        if (self.decimal, self.group) == (".", ","):
            return written
        return "".join(self.decimal if c == "." else self.group if c == "," else c for c in written)

    def text(self, key: str) -> str:
        """The message `key`, as it is (no placeholders filled)."""
        try:
            return self.texts[key][0]
        except KeyError:
            raise UnknownMessage(key) from None

    def format(self, key: str, **values: Any) -> str:
        """The message `key`, its `{name}` placeholders filled from `values`."""
        return self.text(key).format(**values)

    def plural(self, key: str, count: int, **values: Any) -> str:
        """The form of message `key` for `count` (the language's plural rule), filled
        with `count` and `values`."""
        try:
            forms = self.texts[key]
        except KeyError:
            raise UnknownMessage(key) from None
        index = _plural_rule(self.plural_forms)(count)
        return forms[min(index, len(forms) - 1)].format(count=count, **values)

    def has(self, key: str) -> bool:
        return key in self.texts


@cache
def _plural_rule(expression: str) -> Callable[[int], int]:
    """The Plural-Forms expression as a function (the standard library's gettext reads
    it; imported here, where a plural is first asked for)."""
    if expression == _ENGLISH_PLURAL:
        return lambda n: int(n != 1)
    import gettext

    return gettext.c2py(expression)


# --- the PO format -----------------------------------------------------------------

_LINE = re.compile(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+"(.*)"\s*$')
_MORE = re.compile(r'^"(.*)"\s*$')
_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m[1], m[1]), text)


def escape_po(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


class CatalogueError(ValueError):
    """A line of a PO file that cannot be read (its number in the message)."""


def parse_po(text: str, language: str = SOURCE_LANGUAGE) -> Catalogue:
    """A PO file's entries by key (`msgctxt`); the header's plural rule."""
    entries: dict[str, Entry] = {}
    plural = _ENGLISH_PLURAL
    current: dict[str, Any] = {}
    last = ""
    comment: list[str] = []
    fuzzy = False

    def finish() -> None:
        nonlocal plural, current, comment, fuzzy
        if "msgid" in current:
            key = current.get("msgctxt")
            if key is None and current["msgid"] == "":
                header = current.get("msgstr", {}).get(0, "")
                found = re.search(r"Plural-Forms:.*?plural=([^;\n]+);?", header)
                if found:
                    plural = found[1].strip()
            elif key is not None:
                strs = current.get("msgstr", {})
                texts = tuple(strs[i] for i in sorted(strs))
                entries[key] = Entry(
                    key,
                    current["msgid"],
                    current.get("msgid_plural", ""),
                    texts if any(texts) and not fuzzy else (),  # a fuzzy one: English
                    " ".join(comment),
                )
        current = {}
        comment = []
        fuzzy = False

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            if "msgid" in current:
                finish()
            if line.startswith("#."):
                comment.append(line[2:].strip())
            if line.startswith("#,") and "fuzzy" in line:
                fuzzy = True  # a translation still to be checked is not used
            continue
        match = _LINE.match(line)
        if match:
            name, index, value = match[1], match[2], _unescape(match[3])
            if name in ("msgctxt", "msgid") and "msgid" in current and last.startswith("msgstr"):
                finish()
            if name.startswith("msgstr"):
                current.setdefault("msgstr", {})[int(index or 0)] = value
                last = f"msgstr[{int(index or 0)}]"
            else:
                current[name] = value
                last = name
            continue
        more = _MORE.match(line)
        if more and last:
            value = _unescape(more[1])
            if last.startswith("msgstr"):
                slot = int(last[7:-1])
                current["msgstr"][slot] += value
            else:
                current[last] += value
            continue
        raise CatalogueError(f"line {number}: cannot read {raw!r}")
    finish()
    return Catalogue(language, plural, entries)


# --- loading ----------------------------------------------------------------------


LOCALE = Path(__file__).resolve().parent.parent / "locale"  # package data


def _read_catalogue(language: str) -> str | None:
    po = LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    return po.read_text(encoding="utf-8") if po.is_file() else None


@cache
def catalogue(language: str) -> Catalogue:
    """The catalogue of `language` (its primary subtag's where it has none of its own:
    'en-GB' reads 'en'); English where there is none at all."""
    tag = language.replace("_", "-")
    for name in (tag, tag.split("-")[0]):
        if name == SOURCE_LANGUAGE:
            return english()
        text = _read_catalogue(name)
        if text is not None:
            return parse_po(text, name)
    return english()


@cache
def english() -> Catalogue:
    text = _read_catalogue(SOURCE_LANGUAGE)
    assert text is not None, "the English catalogue is part of the package"
    return parse_po(text, SOURCE_LANGUAGE)


def _texts(entry: Entry) -> tuple[str, ...]:
    if entry.texts:
        return entry.texts
    return (entry.source, entry.source_plural) if entry.source_plural else (entry.source,)


def load_messages(language: str, rewordings: Mapping[str, str] | None = None) -> Messages:
    """The messages of `language` (BCP 47, as the definition's `language:`), each
    reworded message (already checked: `check_rewording`) in place of the catalogue's."""
    if language == PSEUDO_LANGUAGE:
        source = english()
        texts = {k: tuple(pseudo(t) for t in _texts(e)) for k, e in source.entries.items()}
        plural = source.plural_forms
    else:
        found = catalogue(language)
        # A message the language's catalogue has not got yet is in English.
        texts = {k: _texts(e) for k, e in english().entries.items()}
        texts |= {k: e.texts for k, e in found.entries.items() if e.texts and k in texts}
        plural = found.plural_forms
    for key, text in (rewordings or {}).items():
        texts[key] = (text,) * len(texts[key])
    decimal, group = number_signs(language)
    return Messages(language, texts, plural, decimal, group)


@cache
def number_signs(language: str) -> tuple[str, str]:
    """The decimal sign and thousands separator of `language`, from Babel's locale
    data (imported only for a language other than English); English's where Babel
    does not know the language."""
    tag = language.replace("_", "-")
    if tag == PSEUDO_LANGUAGE or tag.split("-")[0] == SOURCE_LANGUAGE:
        return ".", ","
    try:
        from babel import Locale, UnknownLocaleError
        from babel.numbers import get_decimal_symbol, get_group_symbol
    except ImportError:  # pragma: no cover - Babel is a dependency
        return ".", ","
    try:
        locale = Locale.parse(tag, sep="-")
    except (UnknownLocaleError, ValueError):
        return ".", ","
    return get_decimal_symbol(locale), get_group_symbol(locale)


@cache
def default_messages() -> Messages:
    """English, as the catalogue has it: for a document model made without a build."""
    return load_messages(SOURCE_LANGUAGE)


# --- rewording and pseudo-translation (pure) ---------------------------------------


def placeholders(text: str) -> frozenset[str]:
    """The `{name}` placeholders of a message."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


def check_rewording(key: str, text: str) -> str | None:
    """What is wrong with rewording message `key` as `text`, or None: an unknown key
    (with close keys named), or placeholders dropped or added."""
    entries = english().entries
    if key not in entries:
        import difflib

        close = difflib.get_close_matches(key, list(entries), n=3, cutoff=0.6)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        return f"there is no message '{key}'{hint}"
    try:
        given = placeholders(text)
    except ValueError as exc:
        return f"message '{key}' has a brace that is not a placeholder ({exc})"
    wanted = placeholders(entries[key].source)
    dropped = sorted(wanted - given)
    added = sorted(given - wanted)
    if dropped:
        return f"message '{key}' drops the placeholder {{{dropped[0]}}}"
    if added:
        return f"message '{key}' adds the placeholder {{{added[0]}}}, which it cannot fill"
    return None


_ACCENTED = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "äƀçđęƒğĥíĵķľɱñöþǫŕşţüṽŵẋýžÄƁÇĐĘƑĞĤÍĴĶĽṀÑÖÞǪŔŞŦÜṼŴẊÝŽ",
        strict=True,
    )
)
PSEUDO_OPEN = "[!! "
PSEUDO_CLOSE = " !!]"


def pseudo(text: str) -> str:
    """A message in the pseudo-locale: letters accented, 40% longer, marked at both
    ends; its placeholders (and braces) kept as they are."""
    if not text:
        return text
    out: list[str] = []
    for literal, name, spec, conversion in string.Formatter().parse(text):
        out.append(
            "".join(_ACCENTED.get(c, c) for c in literal).replace("{", "{{").replace("}", "}}")
        )
        if name is not None:
            out.append(
                "{"
                + name
                + (f"!{conversion}" if conversion else "")
                + (f":{spec}" if spec else "")
                + "}"
            )
    padding = "~" * max(1, math.ceil(len(text) * 0.4))
    return PSEUDO_OPEN + "".join(out) + padding + PSEUDO_CLOSE
