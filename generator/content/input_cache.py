"""Which validated inputs a build may reuse: the key of a report folder's data and facts.

Kept apart from `generator.content.inputs` (which loads the Markdown reader and the
rest): a build asks this first, before it starts its worker processes, so the
answer must be quick to import.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from generator.core.errors import InputError
from generator.read.definitions import Report, load_report


def inputs_key(report: Report, quarter_text: str | None) -> str | None:
    """A digest of everything the facts depend on: the files and the code that reads them."""
    digest = hashlib.sha256(str(quarter_text).encode())
    sources = sorted(Path(__file__).parent.glob("*.py"))
    try:
        for path in [report.source, report.style_path, *report.data_files, *sources]:
            digest.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    except OSError:
        return None  # let the normal path report the missing file
    return digest.hexdigest()


def inputs_cached(root: Path, quarter_text: str | None, cache: Path) -> bool:
    """Whether `load_inputs` would find this folder's data and facts in `cache`."""
    try:
        report = load_report(root / "data" / "report.yaml")
    except InputError:
        return False
    key = inputs_key(report, quarter_text)
    return key is not None and (cache / f"{key}.pickle").is_file()
