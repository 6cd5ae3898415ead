"""The command run in a process of its own, its font parsing and DOCX section building
counted in every process of the build (its workers are forked from it, so that they
inherit the count): what a rebuild made afresh, seen from outside."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

# Logs one line for each font parsed from its file (a kept font is unpickled: no
# `__init__`) and each DOCX section built afresh (a kept one is not built).
_SPY = """
import os
from reportlab.pdfbase import ttfonts
from generator.writers.docx import writer as docx_writer

def _log(what):
    with open(os.environ["SPIED_BUILD_LOG"], "a", encoding="utf-8") as log:
        log.write(what + "\\n")

_parse, _build = ttfonts.TTFont.__init__, docx_writer._Writer.build_section

def parse(self, *args, **kwargs):
    _log("font parsed")
    _parse(self, *args, **kwargs)

def build(self, *args, **kwargs):
    _log("section built")
    _build(self, *args, **kwargs)

ttfonts.TTFont.__init__ = parse
docx_writer._Writer.build_section = build
from generator.cli import entry
entry()
"""


def spied_build(cwd: Path, *args: str, **env: str) -> tuple[Counter[str], str]:
    """`appendix ARGS` run in `cwd` with the workers forked (and `env` set): how many
    fonts were parsed and DOCX sections built, and what it printed on standard error."""
    log = cwd.resolve() / f".spied-{os.getpid()}.log"
    log.unlink(missing_ok=True)
    settings = {**os.environ, "APPENDIX_START_METHOD": "fork", "SPIED_BUILD_LOG": str(log), **env}
    done = subprocess.run(
        [sys.executable, "-c", _SPY, *args],
        cwd=cwd,
        env=settings,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    log.unlink(missing_ok=True)
    return Counter(lines), done.stderr
