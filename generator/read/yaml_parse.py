"""PyYAML's parse of a definition or a house style, with the limits and checks
yaml_text.py describes: loaded only when a file is parsed."""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.read.yaml_text import (
    MAX_ALIAS_VALUES,
    MAX_DEPTH,
    MAX_DIGITS,
    YAMLRefused,
    YAMLSyntaxError,
    shown,
)

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# C0 controls but tab and line feed, DEL, and the C1 controls: none can go into
# a Word document (XML 1.0 refuses most; the rest are invisible and unsafe).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# In the file itself: the same, but a carriage return (a line break, as in CRLF files).
_RAW_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_STR = "tag:yaml.org,2002:str"
_MERGE = "tag:yaml.org,2002:merge"
_ALIAS_FIX = "Write the values out: a definition needs few aliases, if any"


@dataclass(frozen=True)
class _Mark:
    line: int  # 0-based, as PyYAML's marks


def _one_line(error: yaml.YAMLError, text: str) -> YAMLSyntaxError:
    """PyYAML's error (several lines, naming "<unicode string>") as one line."""
    problem = getattr(error, "problem", None)
    mark = getattr(error, "problem_mark", None)
    if isinstance(error, yaml.reader.ReaderError):
        problem = f"{error.reason} (character {error.character!r})"
        mark = _Mark(text.count("\n", 0, error.position))
    if not problem:
        problem = (str(error).splitlines() or ["not YAML"])[0]
    opened = _unclosed_quote(error, text)
    if opened is not None and mark is not None and opened < mark.line:
        # PyYAML says where it noticed; the mistake is the quote opened lines before.
        problem = (
            f"a quoted value opened on this line is not closed on it; YAML read on to "
            f"line {mark.line + 1}: {problem}"
        )
        mark = _Mark(opened)
    return YAMLSyntaxError(str(problem), mark)


def _unclosed_quote(error: yaml.YAMLError, text: str) -> int | None:
    """The 0-based line where a quote was opened and left open, where that is what
    `error` comes from: a quoted value running to the end of the file, or one running
    over several lines and closed (by the next value's opening quote) on the line
    where PyYAML noticed. None where the error is something else."""
    mark = getattr(error, "problem_mark", None)
    if mark is None:
        return None
    if getattr(error, "context", None) == "while scanning a quoted scalar":
        context = getattr(error, "context_mark", None)
        return None if context is None else int(context.line)
    last = None
    lines = text.splitlines()
    with suppress(yaml.YAMLError):
        for token in yaml.scan(text, Loader=_LOADER):
            start, end = token.start_mark, token.end_mark
            if end.line > mark.line:
                break
            quoted = isinstance(token, yaml.ScalarToken) and token.style in ("'", '"')
            if quoted and start.line < end.line == mark.line and _swallowed(lines, start, end):
                last = int(start.line)
    return last


# A line that gives a key ('  kind: kpi', '- id: A1', '"2024/25":'): a quoted value that
# runs over one was not meant to.
_KEY_LINE = re.compile(r"""^\s*(?:-\s+)?(?:[\w-]+|"[^"]*"|'[^']*')\s*:(?:\s|$)""")


def _swallowed(lines: list[str], start: Any, end: Any) -> bool:
    """Whether the quoted value from `start` to `end` runs over a line giving a key."""
    return any(_KEY_LINE.match(line) for line in lines[start.line + 1 : end.line + 1])


def parse_yaml(text: str) -> Any:
    """The data in `text`; raises `YAMLError` on bad YAML (`YAMLSyntaxError`, with
    `problem_mark`) and on YAML that passes a limit (`YAMLRefused`), each one line."""
    found = _RAW_CONTROL.search(text)
    if found is not None:
        raise YAMLRefused(
            f"the file holds a control character (U+{ord(found.group()):04X}), so it is not "
            "plain text",
            text.count("\n", 0, found.start()) + 1,
            "Delete it",
        )
    loader = _LOADER(text)
    try:
        try:
            node = loader.get_single_node()
            if node is None:
                return None
            _Graph().check(node)
            return loader.construct_document(node)
        except RecursionError:  # the pure-Python composer, on nesting near libyaml's 1,000
            raise YAMLRefused(
                f"the values are nested more than {MAX_DEPTH} levels deep", 1, _DEPTH_FIX
            ) from None
        except YAMLRefused:
            raise
        except yaml.YAMLError as error:
            raise _one_line(error, text) from error
    finally:
        loader.dispose()


_DEPTH_FIX = "Use as few levels as the sample definition does"


class _Graph:
    """One walk of the node graph, each node's subtree sized once: what an alias
    stands for is counted, not expanded."""

    def __init__(self) -> None:
        self.sizes: dict[int, tuple[int, int]] = {}  # id -> (values, levels), once walked
        self.open: set[int] = set()  # ids of the nodes being walked (for a loop)
        self.aliased = 0  # values that aliases stand for, so far

    def check(self, root: Node) -> None:
        self.walk(root, 1)

    def walk(self, node: Node, depth: int) -> tuple[int, int]:
        """(values in the node's subtree, levels it nests), with each limit checked."""
        line = node.start_mark.line + 1
        if depth > MAX_DEPTH:
            raise YAMLRefused(
                f"the values are nested more than {MAX_DEPTH} levels deep", line, _DEPTH_FIX
            )
        key = id(node)
        if key in self.open:
            raise YAMLRefused(
                "an alias (*name) here stands for the value it is part of", line, _ALIAS_FIX
            )
        known = self.sizes.get(key)
        if known is not None:  # a second use of the node: an alias
            values, levels = known
            if depth - 1 + levels > MAX_DEPTH:
                raise YAMLRefused(
                    f"the values are nested more than {MAX_DEPTH} levels deep", line, _DEPTH_FIX
                )
            self.aliased += values
            if self.aliased > MAX_ALIAS_VALUES:
                raise YAMLRefused(
                    f"the aliases (*name) here stand for more than {MAX_ALIAS_VALUES:,} values",
                    line,
                    _ALIAS_FIX,
                )
            return known
        self.open.add(key)
        values, levels = 1, 1
        if isinstance(node, ScalarNode):
            _check_scalar(node, line)
        elif isinstance(node, SequenceNode):
            for item in node.value:
                item_values, item_levels = self.walk(item, depth + 1)
                values += item_values
                levels = max(levels, item_levels + 1)
        elif isinstance(node, MappingNode):
            _check_keys(node)
            for pair in node.value:
                for part in pair:
                    part_values, part_levels = self.walk(part, depth + 1)
                    values += part_values
                    levels = max(levels, part_levels + 1)
        self.open.discard(key)
        self.sizes[key] = (values, levels)
        return values, levels


def _check_scalar(node: ScalarNode, line: int) -> None:
    value = node.value
    if node.tag in (_INT, _FLOAT) and ":" in value:
        # YAML 1.1 reads 3:00 as the base-60 number 180; a definition means a duration
        # ("3:00", minutes and seconds), read as written by the unit that knows it.
        node.tag = _STR
    found = _CONTROL.search(value)
    if found is not None:
        raise YAMLRefused(
            f"a value holds a control character (U+{ord(found.group()):04X}), which no "
            "document can show",
            line,
            "Delete it (in double quotes, an escape such as \\v writes one)",
        )
    if node.tag == _INT and len(value) > MAX_DIGITS:
        raise YAMLRefused(
            f"a number has more than {MAX_DIGITS:,} digits", line, "Write it with fewer digits"
        )


def _check_keys(node: MappingNode) -> None:
    """A key given twice is refused with both lines; a key merged in by `<<:` may be
    given again (that is what merging is for)."""
    seen: dict[tuple[str, str], int] = {}
    for key, _value in node.value:
        if not isinstance(key, ScalarNode) or key.tag == _MERGE:
            continue
        line = key.start_mark.line + 1
        first = seen.get((key.tag, key.value))
        if first is not None:
            raise YAMLRefused(
                f"'{shown(key.value)}' is given twice (lines {first} and {line})",
                line,
                "Keep one of them",
            )
        seen[(key.tag, key.value)] = line
