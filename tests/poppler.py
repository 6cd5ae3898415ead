"""Poppler's pdftotext, for the tests that read a PDF as it is laid out: its text
page by page, and where each word sits. Tests that need it skip, saying why,
where poppler-utils is missing."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not on PATH"
)

_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


@dataclass(frozen=True)
class Word:
    """A word and its box, in points from the page's top left."""

    x0: float
    top: float
    x1: float
    bottom: float
    text: str


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    words: list[Word]


def _pdftotext(path: Path, mode: str) -> str:
    return subprocess.run(
        ["pdftotext", mode, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def page_texts(path: Path) -> list[str]:
    """Each page's text, laid out as it prints."""
    return _pdftotext(path, "-layout").split("\f")[:-1]


def page_words(path: Path) -> list[Page]:
    """Each page's size and its words, in reading order."""
    return [
        Page(
            float(width),
            float(height),
            [
                Word(float(a), float(b), float(c), float(d), t)
                for a, b, c, d, t in _WORD.findall(body)
            ],
        )
        for width, height, body in _PAGE.findall(_pdftotext(path, "-bbox"))
    ]
