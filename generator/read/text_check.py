"""Text files that are not UTF-8 text: refused with how to save them.

Commentary and CSV data are read as UTF-8 (a byte-order mark is fine). A file
saved as UTF-16 or UTF-32 (with or without a byte-order mark) decodes as UTF-8
without complaint when its text is ASCII, as a letter and a NUL byte each:
it must be caught before it prints as "I\\x00n\\x00". Control characters other
than tab, line feed, carriage return and form feed are refused too.
"""

from __future__ import annotations

import re

from generator.core.errors import InputError

_BOMS = (
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\xfe\xff", "UTF-16"),
    (b"\xff\xfe", "UTF-16"),
)
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


def wide_encoding(data: bytes) -> str | None:
    """'UTF-16' or 'UTF-32' where the bytes look like either, else None."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    sample = data[:4096]
    if len(sample) < 2 or b"\x00" not in sample:
        return None
    # Without a byte-order mark: mostly-ASCII text has a NUL beside every letter.
    if len(sample) >= 8 and sample.count(b"\x00\x00\x00") * 4 >= len(sample) // 2:
        return "UTF-32"
    even, odd = sample[0::2], sample[1::2]
    if even.count(0) * 2 >= len(even) or odd.count(0) * 2 >= len(odd):
        return "UTF-16"
    return None


def decode_text(
    data: bytes,
    *,
    file: str,
    how_to_save: str,
    indicator: str | None = None,
    period: str | None = None,
) -> str:
    """The file's text; InputError where it is not UTF-8 text."""

    def refuse(problem: str, where: str | None = None) -> InputError:
        return InputError(
            problem, file=file, where=where, indicator=indicator, period=period, fix=how_to_save
        )

    wide = wide_encoding(data)
    if wide is not None:
        raise refuse(f"the file is {wide} text, not UTF-8")
    try:
        text = data.decode("utf-8-sig")  # Notepad and Excel may start a file with a BOM
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise refuse("the file is not UTF-8 text", f"line {line}") from None
    found = _CONTROL.search(text)
    if found is not None:
        line = text.count("\n", 0, found.start()) + 1
        code = f"U+{ord(found.group()):04X}"
        raise refuse(
            f"the file holds a control character ({code}), so it is not plain text",
            f"line {line}",
        )
    return text
