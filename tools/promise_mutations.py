"""The deliberate breakages of issue 10, each made in a scratch copy: the tests
must fail for every one.

    .venv/bin/python tools/promise_mutations.py            # all six
    .venv/bin/python tools/promise_mutations.py href       # one

Each change is applied to a copy of the project under a temporary folder, and
the tests that guard that promise are run there (subprocesses too, through
PYTHONPATH). Exit status 1 if any change survives.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# name: (file, old text, new text, tests that must fail); a new text may hold
# "\f" to stand for a second change: "old\fold2" -> "new\fnew2".
MUTATIONS: dict[str, tuple[str, str, str, list[str]]] = {
    "significance-1%": (
        "generator/core/rules.py",
        "SIGNIFICANCE = 0.05",
        "SIGNIFICANCE = 0.01",
        ["tests/test_oracles.py", "tests/test_rules.py"],
    ),
    "significance-10%": (
        "generator/core/rules.py",
        "SIGNIFICANCE = 0.05",
        "SIGNIFICANCE = 0.10",
        ["tests/test_oracles.py", "tests/test_rules.py"],
    ),
    "100%-refused": (
        "generator/read/data.py",
        'indicator.unit == "percent" and value > 100',
        'indicator.unit == "percent" and value >= 100',
        ["tests/test_data.py"],
    ),
    "moved-although-a-writer-failed": (
        "generator/run/build.py",
        "    finally:\n        publication.discard()",
        "    finally:\n        for temporary, target in zip(\n"
        "            publication.temporaries, publication.targets, strict=True\n        ):\n"
        "            if temporary.exists():\n                os.replace(temporary, target)",
        ["tests/test_output_promise.py", "-k", "writer"],
    ),
    "temporary-files-left": (  # both clean-ups: the temporaries and what workers wrote
        "generator/run/outputs.py",
        "        for temporary in self.temporaries:\n            temporary.unlink(missing_ok=True)"
        '\f        for path in folder.rglob(f".*.{os.getpid()}.partial"):\n'
        "            path.unlink(missing_ok=True)",
        "        for temporary in self.temporaries:\n            pass"
        '\f        for path in folder.rglob(f".*.{os.getpid()}.partial"):\n            pass',
        ["tests/test_output_promise.py", "-k", "writer or ctrl"],
    ),
    "href-not-escaped": (
        "generator/writers/pdf/writer.py",
        '<a href="{xml_attribute(run.href)}" ',
        '<a href="{run.href}" ',
        ["tests/writers/test_pdf.py", "-k", "link"],
    ),
}


def try_one(name: str, scratch: Path) -> bool:
    """True if the tests caught the change (failed)."""
    path, old, new, tests = MUTATIONS[name]
    copy = scratch / name
    for folder in ("generator", "tests", "data", "narratives", "styles"):
        shutil.copytree(ROOT / folder, copy / folder)
    shutil.copy(ROOT / "pyproject.toml", copy)
    target = copy / path
    text = target.read_text(encoding="utf-8")
    for before, after in zip(old.split("\f"), new.split("\f"), strict=True):
        if before not in text:
            raise SystemExit(f"{name}: the code to change is no longer in {path}; update this")
        text = text.replace(before, after, 1)
    target.write_text(text, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(copy)}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *tests],
        cwd=copy,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return done.returncode == 1


def main() -> int:
    names = sys.argv[1:] or list(MUTATIONS)
    survived = []
    with tempfile.TemporaryDirectory(prefix="promise-mutations-") as folder:
        for name in names:
            caught = try_one(name, Path(folder))
            print(f"{name}: {'caught' if caught else 'SURVIVED'}", flush=True)
            if not caught:
                survived.append(name)
    return 1 if survived else 0


if __name__ == "__main__":
    sys.exit(main())
