"""Regular expressions compiled once for a user (generator/read/patterns.py): each
pattern is the one `re.compile` makes, whether compiled afresh or made from the
program a process before kept; a kept file that is damaged, foreign or missing,
or a cache folder that cannot be written, costs time and changes nothing."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.read import cached, patterns

CASES = [
    (r"\b(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?P<unit>%|per\s+cent)?", 0),
    (r"(?<![\w-])quarter\s+(?:one|two|three|four|[1-4])(?![\w-])", re.IGNORECASE),
    (r"""^\s*(["']?)key\1\s*:""", 0),
    (r"(?x) \d+ \s* (?:points|pp)  # a change in points", 0),
    (r"[\x00-\x1f\x7f]", 0),
    (r"^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\..*)?$", re.IGNORECASE | re.MULTILINE),
    (r"(?P<a>é+)(?P<b>ŵ)?(?P=a)", re.UNICODE),
    (r"(\w+) (?:rose|fell) to (\d+)", 0),
]
TEXTS = [
    "Performance rose to 1,234 in Quarter Two, up 5 per cent",
    "key: value\n'key': other",
    "CON.txt and aux",
    "ééŵéé and 12 points",
    "Visits fell to 56 \x07",
]


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A process's state as it starts, and a cache folder of its own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(patterns, "_kept", patterns._Kept())
    return tmp_path


def _restart(monkeypatch: pytest.MonkeyPatch) -> None:
    """The next process: nothing compiled yet, the kept file still there."""
    monkeypatch.setattr(patterns, "_kept", patterns._Kept())


def _same(made: re.Pattern[str], text: str, flags: int) -> None:
    expected = re.compile(text, flags)
    assert made == expected
    assert (made.flags, made.groups, made.groupindex) == (
        expected.flags,
        expected.groups,
        expected.groupindex,
    )
    for sample in TEXTS:
        assert [m.groups() for m in made.finditer(sample)] == [
            m.groups() for m in expected.finditer(sample)
        ]


@pytest.mark.parametrize(("text", "flags"), CASES)
def test_a_pattern_is_the_one_re_compiles_afresh_and_from_the_program_kept(
    fresh: Path, monkeypatch: pytest.MonkeyPatch, text: str, flags: int
) -> None:
    _same(patterns.regex(text, flags), text, flags)
    patterns.keep()
    assert patterns.programs_file().is_file()
    _restart(monkeypatch)
    made = patterns.regex(text, flags)
    assert patterns._kept.made == set()  # made from the program kept, not compiled
    _same(made, text, flags)


def test_a_process_keeps_only_what_it_compiled_afresh(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    patterns.keep()  # nothing compiled: nothing written
    assert not patterns.programs_file().exists()
    for text, flags in CASES:
        patterns.regex(text, flags)
    patterns.keep()
    written = patterns.programs_file().read_bytes()
    _restart(monkeypatch)
    for text, flags in CASES:
        patterns.regex(text, flags)
    patterns.keep()  # all known: the file is left as it was
    assert patterns.programs_file().read_bytes() == written
    assert patterns.regex(*CASES[0]) is patterns.regex(*CASES[0])  # once a process


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:-40],
        lambda data: data[:32] + b"\x00" * (len(data) - 32),
        lambda data: b"",
        lambda data: b"not a program file",
    ],
    ids=["cut short", "overwritten", "empty", "foreign"],
)
def test_a_damaged_file_of_programs_is_compiled_past_and_made_again(
    fresh: Path, monkeypatch: pytest.MonkeyPatch, damage: Callable[[bytes], bytes]
) -> None:
    for text, flags in CASES:
        patterns.regex(text, flags)
    patterns.keep()
    path = patterns.programs_file()
    path.write_bytes(damage(path.read_bytes()))
    _restart(monkeypatch)
    for text, flags in CASES:
        _same(patterns.regex(text, flags), text, flags)
    assert len(patterns._kept.made) == len(CASES)  # compiled afresh
    patterns.keep()
    _restart(monkeypatch)
    for text, flags in CASES:
        patterns.regex(text, flags)
    assert patterns._kept.made == set()


def test_programs_kept_by_another_user_are_not_used(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file is sealed with this user's key: one sealed with another's (copied in,
    or written by someone else) is compiled past, as a damaged one is."""
    text, flags = CASES[0]
    patterns.regex(text, flags)
    patterns.keep()
    path = patterns.programs_file()
    kept = path.read_bytes()
    monkeypatch.setenv("XDG_CACHE_HOME", str(fresh / "another user"))
    cached._key.cache_clear()
    try:
        _restart(monkeypatch)
        patterns.programs_file().parent.mkdir(parents=True)
        patterns.programs_file().write_bytes(kept)
        _same(patterns.regex(text, flags), text, flags)
        assert patterns._kept.made == {(text, flags)}
    finally:
        cached._key.cache_clear()


def test_without_a_cache_folder_to_write_patterns_are_compiled_as_usual(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = fresh / "a file, not a folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    cached._key.cache_clear()
    try:
        for text, flags in CASES:
            _same(patterns.regex(text, flags), text, flags)
        patterns.keep()  # nothing to write to: no error
        assert blocked.read_text(encoding="utf-8") == ""
    finally:
        cached._key.cache_clear()


def test_an_engine_that_does_not_take_a_program_gets_the_pattern_compiled(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another Python's engine (or none): each pattern is compiled by `re` as usual."""
    monkeypatch.setattr(patterns, "_engine", lambda: None)
    for text, flags in CASES:
        _same(patterns.regex(text, flags), text, flags)
    patterns.keep()
    assert not patterns.programs_file().exists()


def test_the_checker_finds_the_same_with_its_patterns_made_from_the_programs_kept(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The checker's every pattern, compiled afresh and then made from the programs kept,
    is the one `re.compile` makes, and the check of a sample finds the same both times."""
    import importlib
    import sys

    from generator.api import Report
    from tests.report_folder import ROOT

    def check() -> list[str]:
        for name in [m for m in sys.modules if m.startswith("generator.editors")]:
            monkeypatch.delitem(sys.modules, name)  # imported again: its patterns made again
        importlib.import_module("generator.editors.check")
        return [f.message() for f in Report.open(ROOT / "samples" / "district").check()]

    first = check()  # Report.check keeps the programs
    compiled = dict(patterns._kept.patterns)
    assert len(compiled) > 200 and patterns._kept.made == set()
    _restart(monkeypatch)
    assert check() == first
    assert patterns._kept.made == set()  # every one made from a program kept
    for (text, flags), made in patterns._kept.patterns.items():
        assert made == re.compile(text, flags) == compiled[(text, flags)]


def test_the_command_keeps_the_programs_and_the_next_one_compiles_none(tmp_path: Path) -> None:
    """`appendix check` keeps what it compiled in the user's cache folder; run again it
    finds every program there and writes nothing."""
    import os
    import subprocess
    import sys

    from tests.report_folder import ROOT

    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}

    def check() -> list[Path]:
        subprocess.run(
            [sys.executable, "-c", "from generator.cli import entry; entry()", "check"],
            cwd=ROOT / "samples" / "district",
            env=env,
            capture_output=True,
            check=False,
        )
        return sorted((tmp_path / "cache" / "committee-appendix" / "patterns").glob("*"))

    first = check()
    assert len(first) == 1 and first[0].stat().st_size > 10_000
    written = (first[0].read_bytes(), first[0].stat().st_mtime_ns)
    assert check() == first
    assert (first[0].read_bytes(), first[0].stat().st_mtime_ns) == written
