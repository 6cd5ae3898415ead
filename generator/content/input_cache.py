"""Which validated inputs a build may reuse: the key of a report folder's data and facts.

Kept apart from `generator.content.inputs` (which loads the Markdown reader and the
rest): a build asks this first, before it starts its worker processes, so the
answer must be quick to import.

The definition itself is kept too, as the last build read it (`read_definition`):
keyed by its file's bytes and path and this package's code, so that a build of an
unchanged definition neither parses it again nor loads PyYAML (0.018 s of a rebuild).
"""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path

from generator.core.fingerprint import source_fingerprint
from generator.core.periods import PeriodError, parse_quarter
from generator.read.cached import put_once, read_entry, seal, unseal
from generator.read.definitions import Report, definition_bytes, load_report


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


def definition_key(path: Path, data: bytes) -> str:
    """A digest of what a definition is read from: its file's path and bytes, and the
    code that reads it."""
    digest = hashlib.sha256(b"definition\0" + source_fingerprint().encode())
    digest.update(str(path).encode() + b"\0" + data)
    return digest.hexdigest()


def definition_file(cache: Path, key: str) -> Path:
    return cache / f"{key}.definition.pickle"


def read_definition(path: Path, cache: Path | None) -> tuple[Report, str | None]:
    """The definition at `path`, and (with `cache`) the key to keep it under once the
    build has succeeded (`keep_definition`): from `cache` where an earlier build kept it
    from the same bytes, else read and validated. An entry not sealed by this user's
    builds, or damaged, is read again, never trusted."""
    data = definition_bytes(path)
    if cache is None:
        return load_report(path, data), None
    key = definition_key(path, data)
    blob = read_entry(definition_file(cache, key))
    sealed = None if blob is None else unseal(blob)
    if sealed is not None:
        try:
            report = pickle.loads(sealed)
        except Exception:  # a damaged entry is read again, never trusted
            report = None
        if isinstance(report, Report) and report.source == path:
            return report, None  # kept already
    return load_report(path, data), key


def keep_definition(report: Report, key: str, cache: Path) -> None:
    """The definition read by this build, kept under `key` (`read_definition`)."""
    put_once(definition_file(cache, key), seal(pickle.dumps(report)))
