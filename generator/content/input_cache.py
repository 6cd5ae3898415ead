"""Which validated inputs a build may reuse: the key of a report folder's data and facts.

Kept apart from `generator.content.inputs` (which loads the Markdown reader and the
rest): a build asks this first, before it starts its worker processes, so the
answer must be quick to import.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from generator.core.fingerprint import source_fingerprint
from generator.core.periods import PeriodError, parse_quarter
from generator.read.definitions import Report


def quarter_key(quarter_text: str | None) -> str:
    """The quarter asked for as one spelling: '2024/25 Q2', 'Q2 2024-25' and
    '2024-25 Q2' are one cache entry (text that is no quarter is kept as written:
    the build then refuses it)."""
    if quarter_text is None:
        return "latest"
    try:
        return str(parse_quarter(quarter_text))
    except PeriodError:
        return quarter_text


def inputs_key(report: Report, quarter_text: str | None) -> str | None:
    """A digest of everything the facts depend on: the files and the code that reads them."""
    digest = hashlib.sha256(quarter_key(quarter_text).encode())
    digest.update(source_fingerprint().encode())
    try:
        files = [report.source, report.style_path, *report.data_files]
        for path in [*files, *report.comparator_files()]:
            if not path.is_file():  # a FIFO would be waited on: the normal path refuses it
                return None
            digest.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    except OSError:
        return None  # let the normal path report the missing file
    return digest.hexdigest()


def inputs_cached(report: Report, quarter_text: str | None, cache: Path) -> bool:
    """Whether `load_inputs` would find this report's data and facts in `cache`."""
    key = inputs_key(report, quarter_text)
    return key is not None and (cache / f"{key}.pickle").is_file()
