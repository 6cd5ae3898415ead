"""The PDF writer loads reportlab's paragraphs without compiling, as they load, the
URL pattern they seldom use (writers/pdf/__init__.py): it is compiled at its first
use, and matches as the pattern compiled at once does."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from tests.scope import new_process

_LOADED = """
import json, re, sys
import generator.writers.pdf.writer
import reportlab.platypus.paragraph as paragraph
pattern = paragraph.uri_pat
before = getattr(pattern, "_compiled", "compiled at once") is None
pairs = paragraph._uri_split_pairs("https://example.org/a/very/long/path/to/a/page")
after = isinstance(pattern.compiled(), re.Pattern)
print(json.dumps([type(pattern).__name__, before, after, pairs, re.compile is re.compile]))
"""


@new_process
def test_the_url_pattern_is_compiled_at_its_first_use_not_as_the_writer_loads() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _LOADED], capture_output=True, text=True, check=True
    )
    kind, before, after, pairs, _ = json.loads(done.stdout)
    assert (kind, before, after) == ("DeferredPattern", True, True)
    assert pairs[0] == ["https://example.org/a/very/long/path/to/a/", "page"]


@pytest.mark.parametrize(
    "address",
    [
        "https://example.org/a/b",
        "HTTP://EXAMPLE.ORG/Page",
        "https://192.168.0.1:8080/x?y=1",
        "mailto:someone@example.org",
        "https://ex-ample.co.uk/ünïcode/päth",
        "not an address",
        "https://-bad-.org/",
    ],
)
def test_the_deferred_pattern_matches_as_the_pattern_compiled_at_once(address: str) -> None:
    import reportlab.platypus.paragraph as paragraph

    from generator.writers.pdf import DeferredPattern

    pattern = paragraph.uri_pat.pattern  # as reportlab writes it, whichever form it has here
    deferred, at_once = DeferredPattern(pattern, re.IGNORECASE), re.compile(pattern, re.I)
    found, expected = deferred.match(address), at_once.match(address)
    assert (found and found.groups()) == (expected and expected.groups())
    assert deferred.compiled() is deferred.compiled()  # compiled once
