"""The check's findings, counted for a build (`appendix build` warns of them): each
indicator's count kept by what it was found from (its commentary with placeholders
filled, its facts, its earlier commentary, and the code that checks), so that a
rebuild after one commentary edit checks that commentary alone and loads none of
the check's rules where nothing changed. The counts are kept in the cache once the
build has succeeded, as the other caches are."""

from __future__ import annotations

import hashlib
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from generator.content.inputs import commentary_source
from generator.core.fingerprint import fingerprint, value_bytes
from generator.editors.checked import earlier_commentary, filled_commentary
from generator.read.cached import put_once, read_entry

if TYPE_CHECKING:
    from generator.content.facts import IndicatorFacts
    from generator.content.inputs import Inputs
    from generator.read.folder import ReportFolder


@dataclass
class Counted:
    total: int = 0
    new: dict[str, int] = field(default_factory=dict)  # key -> count, to keep
    cache: Path | None = None  # where they are kept
    # The count of each language's commentary, by tag, the main language's first.
    by_language: dict[str, int] = field(default_factory=dict)


def check_code() -> str:
    """The fingerprint of the code that finds (the whole package's)."""
    return fingerprint()


def count_file(cache: Path, key: str) -> Path:
    return cache / f"{key}.json"


def count_findings(inputs: Inputs, folder: ReportFolder, *, use_cache: bool) -> Counted:
    """How many findings `appendix check` makes of `inputs`, but the late figures (a
    build warns of those itself), in the commentary of every language the definition
    lists; each indicator's count from the cache in `folder` where it was counted
    before (while `use_cache`), else checked now. Bad commentary raises as the check
    does (a build has refused it already)."""
    counted = Counted(cache=folder.findings_cache(check_code()))
    for language in (inputs, *inputs.other_languages()):
        # Another language's commentary is checked with no earlier quarters' (as by
        # `appendix check`), and where it is missing that is a finding too.
        main = language.main_language is None
        found = 0
        for facts in language.facts:
            found += _count_one(language, facts, counted, main=main, use_cache=use_cache)
        counted.by_language[language.report.language] = found
        counted.total += found
    return counted


def _count_one(
    inputs: Inputs, facts: IndicatorFacts, counted: Counted, *, main: bool, use_cache: bool
) -> int:
    raw = commentary_source(inputs, facts)
    if raw is None:
        return 1  # the commentary is missing or empty
    text = filled_commentary(inputs, facts, raw)
    name = str(inputs.commentary_path(facts.indicator.id))
    earlier = earlier_commentary(inputs, facts.indicator.id) if main else []
    language = inputs.report.language
    key = hashlib.sha256(value_bytes((facts, text, name, earlier, language))).hexdigest()
    known = _known(counted.cache, key) if use_cache else None
    if known is None:
        from generator.editors.check import check_text

        known = len(check_text(facts, text, name, earlier, language=language)[0])
        counted.new[key] = known
    return known


def _known(cache: Path | None, key: str) -> int | None:
    """A count kept in `cache`; None where there is none, or it is not a count."""
    if cache is None:
        return None
    with suppress(ValueError):
        data = read_entry(count_file(cache, key))
        if data is not None and data.isdigit() and len(data) < 10:
            return int(data)
    return None


def keep_counts(counted: Counted) -> None:
    """The counts made by this build, in the cache: written once the files are in place."""
    if counted.cache is not None:
        for key, count in counted.new.items():
            put_once(count_file(counted.cache, key), str(count).encode())
