"""Where in a report definition's text a field is given, for messages about what it says.

The definition is read as values (generator/read/yaml_text.py), which carry no line;
a message about a value that contradicts another ('the floor (95) is above the
target (85)') finds the line here, in the text as written: the indicator's item in
the list, the year under it, the field in that year (or, where the year carries it
from an earlier one, the earlier year's).
"""

from __future__ import annotations

import re

_ITEM = re.compile(r"^(\s*)-\s")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def _key(name: str) -> str:
    """A key as YAML lets it be written: bare, or in either quotes."""
    escaped = re.escape(name)
    return rf"""(?:{escaped}|"{escaped}"|'{escaped}')\s*:(?:\s|$)"""


def _indicator_lines(lines: list[str], indicator: str) -> range | None:
    """The lines of the indicator's item in the list (0-based), or None."""
    given = re.compile(rf"^\s*(?:-\s+)?id\s*:\s*{_key_value(indicator)}\s*(?:#.*)?$")
    found = [n for n, line in enumerate(lines) if given.match(line)]
    if len(found) != 1:
        return None
    start = found[0]
    while start >= 0 and not _ITEM.match(lines[start]):
        start -= 1
    if start < 0:
        return None
    dash = _indent(lines[start])
    end = start + 1
    while end < len(lines):
        line = lines[end]
        if _content(line) and (
            _indent(line) < dash or (_indent(line) == dash and _ITEM.match(line))
        ):
            break
        end += 1
    return range(start, end)


def _key_value(value: str) -> str:
    escaped = re.escape(value)
    return rf"""(?:{escaped}|"{escaped}"|'{escaped}')"""


def _block(lines: list[str], within: range, key: str) -> range | None:
    """The lines of the one mapping entry `key:` in `within`, with those under it."""
    pattern = re.compile(rf"^\s*(?:-\s+)?{_key(key)}")
    found = [n for n in within if pattern.match(lines[n])]
    if len(found) != 1:
        return None
    start = found[0]
    depth = _indent(lines[start])
    end = start + 1
    while end < within.stop and (not _content(lines[end]) or _indent(lines[end]) > depth):
        end += 1
    return range(start, end)


def field_line(text: str, indicator: str, year: str, field: str) -> int | None:
    """The 1-based line that gives `field` for `indicator` in `year` (a key under
    `years:`, as the definition writes it): in that year's entry, else the last earlier
    line of the indicator's that gives it (a year carries its fields on). None where
    the text does not say it once."""
    lines = text.splitlines()
    item = _indicator_lines(lines, indicator)
    if item is None:
        return None
    entry = _block(lines, item, year)
    if entry is None:
        return None
    pattern = re.compile(rf"^\s*(?:-\s+)?{_key(field)}")
    inside = [n for n in entry if pattern.match(lines[n])]
    if inside:
        return inside[0] + 1
    before = [n for n in range(item.start, entry.start) if pattern.match(lines[n])]
    return before[-1] + 1 if before else None
