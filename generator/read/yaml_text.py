"""YAML parsing for the report definition and the house style.

libyaml's parser (PyYAML's C loader, in every PyYAML wheel) reads the sample
definition ten times faster than the pure-Python one, with the same results and
the same error marks; the pure-Python loader is the fallback where PyYAML was
built without it.

The text is composed into YAML's node graph first (in C), and the graph is
checked before any Python value is made from it, so that no file can make the
build do more work than its size warrants:

- aliases (`*name`) may stand for at most `MAX_ALIAS_VALUES` values in all, so
  an alias bomb (a few lines standing for billions of values) is refused before
  it expands, and an alias may not stand for the value it is part of;
- values nest at most `MAX_DEPTH` levels deep;
- a key is given once in a mapping (a merged-in `<<:` key may be given again);
- no value holds a control character (a tab and a line break are text);
- a whole number has at most `MAX_DIGITS` digits.

Each refusal is a `YAMLRefused`, a `YAMLError` that says the line and the fix,
and never prints more than the first characters of a value.

The parsing is in yaml_parse.py (`parse_yaml`), which loads PyYAML: its callers load
it when they parse a file, so that a command that finds the definition it read last
time (a rebuild) never loads PyYAML (0.013 s). The errors, and the way messages quote
a value, are here.
"""

from __future__ import annotations

import itertools
import reprlib
from typing import Any

MAX_ALIAS_VALUES = 100_000  # values aliases may stand for, in one file
MAX_DEPTH = 32  # levels of nesting: the sample definition uses 8
MAX_DIGITS = 4_000  # digits of a whole number (Python reads at most 4,300)
SHOWN = 60  # characters of a value a message shows


class YAMLError(Exception):
    """A file that is not YAML this project reads: `YAMLSyntaxError` or `YAMLRefused`."""


class YAMLRefused(YAMLError):
    """Well-formed YAML that is refused: a limit passed, a key given twice, a control
    character. `line` is 1-based; str() is one line: 'line N: problem. fix'."""

    def __init__(self, problem: str, line: int, fix: str) -> None:
        self.problem = problem
        self.line = line
        self.fix = fix
        super().__init__(f"line {line}: {problem}. {fix}")


def shown(text: str) -> str:
    """`text` as a message quotes it: its first `SHOWN` characters, then '…'."""
    return text if len(text) <= SHOWN else text[:SHOWN] + "…"


class _Repr(reprlib.Repr):
    """reprlib's bounded repr, a mapping's first items in the file's order (not sorted)."""

    def repr_dict(self, x: Any, level: int) -> str:
        if not x:
            return "{}"
        if level <= 0:
            return "{...}"
        pieces = [
            f"{self.repr1(key, level - 1)}: {self.repr1(value, level - 1)}"
            for key, value in itertools.islice(x.items(), self.maxdict)
        ]
        if len(x) > self.maxdict:
            pieces.append("...")
        return "{" + ", ".join(pieces) + "}"


_REPR = _Repr()
_REPR.maxlevel = 2
_REPR.maxlist = _REPR.maxtuple = _REPR.maxdict = _REPR.maxset = 6
_REPR.maxstring = _REPR.maxother = SHOWN + 10
_REPR.maxlong = MAX_DIGITS + 1


def shown_repr(value: object) -> str:
    """`value`'s repr as a message quotes it, cut to its first `SHOWN` characters: made
    from the first few items of a list or mapping, never from the whole of it."""
    if isinstance(value, str):
        value = value[: SHOWN + 1]
    return shown(_REPR.repr(value))


class YAMLSyntaxError(YAMLError):
    """Bad YAML, said in one line ('line N: problem'); `problem` and `problem_mark` (0-based
    line) as PyYAML's own errors have them, where they have them."""

    def __init__(self, problem: str, problem_mark: Any) -> None:
        self.problem = problem
        self.problem_mark = problem_mark
        where = f"line {problem_mark.line + 1}: " if problem_mark is not None else ""
        super().__init__(where + problem)
