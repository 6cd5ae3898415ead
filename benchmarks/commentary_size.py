"""Build time against the size of one commentary file (run: python benchmarks/commentary_size.py).

A small report folder (tests/report_folder.py's two indicators) whose first
indicator's commentary is made of ordinary paragraphs, a list now and then,
to 100 KB, 300 KB, 1 MB and 5 MB; each is built as a PDF and a DOCX with the
caches off, in a new process, one worker (APPENDIX_WORKERS=1). Processing is
linear in the size: the time per megabyte stays level.

A size over the limit on a commentary file (1 MB; docs/formats.md, "Limits") is
built with the limit lifted (the default), to show the growth; --keep-limit
builds it as a user would and prints the refusal.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.report_folder import COMMENTARY, make_report  # noqa: E402

SIZES = (("100 KB", 100_000), ("300 KB", 300_000), ("1 MB", 1_000_000), ("5 MB", 5_000_000))
PARAGRAPH = (
    "Adult social care keeps promoting early help, therapy before longer-term care, "
    "and wider use of **digital tools**. Adult Social Care Connect tries to steer people "
    "towards support close to home, and teams suggest equipment, technology, short-term "
    "services and small community enterprises; {{ latest }} this quarter."
)
LIST = "- a point about the quarter, {{ rag }}\n- another point, with *emphasis*\n"

# Builds the folder in a new process with the size limits on commentary lifted (where
# --lift-limit): each int named *LIMIT* or MAX_* in the modules that read commentary is
# raised, so the script runs whatever the limits are called.
RUNNER = """
import importlib, sys
if {lift}:
    for module_name in ("generator.content.inputs", "generator.read.commentary"):
        module = importlib.import_module(module_name)
        for name in dir(module):
            if ("LIMIT" in name or name.startswith("MAX_")) and type(getattr(module, name)) is int:
                setattr(module, name, 64 * 1024 * 1024)  # 64 MB: the largest here is 5
from generator.cli import entry
sys.argv = ["appendix", "build", "--format", "pdf,docx", "--no-cache", "--out", sys.argv[1]]
entry()
"""


def commentary_of(size: int) -> str:
    parts: list[str] = []
    total = 0
    number = 0
    while total < size:
        number += 1
        part = LIST if number % 7 == 0 else PARAGRAPH
        parts.append(part)
        total += len(part) + 2
    return "\n\n".join(parts) + "\n"


def build_seconds(folder: Path, lift: bool) -> tuple[float, str]:
    env = dict(os.environ, APPENDIX_WORKERS="1", SOURCE_DATE_EPOCH="1735689600")
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", RUNNER.format(lift=lift), str(folder / "out")],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    said = (done.stderr.strip().splitlines() or [""])[-1] if done.returncode else "built"
    return seconds, said


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep-limit", action="store_true", help="build as a user would")
    parser.add_argument("--largest", type=int, default=len(SIZES), help="how many sizes to try")
    args = parser.parse_args()
    print("commentary   build (pdf, docx)   per MB")
    for label, size in SIZES[: args.largest]:
        with tempfile.TemporaryDirectory() as scratch:
            folder = make_report(
                Path(scratch), commentary={**COMMENTARY, "TS1": commentary_of(size)}
            )
            seconds, said = build_seconds(folder, lift=not args.keep_limit)
        per_mb = seconds / (size / 1_000_000)
        print(f"{label:>10}   {seconds:8.1f} s          {per_mb:6.1f} s   {said}")


if __name__ == "__main__":
    main()
