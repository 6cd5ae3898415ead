"""An indicator's comparators, as its definition names them (`comparators:`), and
whether its notes state the council's position (`position: true`).

A comparator is either a series of the report's comparators file
(`{name: England, series: england}`) or chosen from a national extract by area code
(`{name: "Statistical neighbours (mean)", areas: [E10000016, ...], extract:
ascof-extract.csv, measure: "2A(2)"}`: the mean of the areas, or one area as itself).
The figures are read by generator/read/comparators.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.core.errors import InputError
from generator.read.yaml_text import shown_repr

COMPARATOR_LIMIT = 3  # lines a chart can tell apart beside the council's own
_FIELDS = {"name", "series", "areas", "extract", "measure"}
_AREA = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _.-]{0,39}$")
_EXAMPLE = (
    "e.g. comparators: [{name: England, series: england}] or "
    '[{name: "Statistical neighbours (mean)", areas: [E10000016, E10000030], '
    'extract: ascof-extract.csv, measure: "2A(2)"}]'
)

Fail = Callable[..., InputError]


@dataclass(frozen=True)
class Comparator:
    name: str  # the words the legend, the notes and the data table give it
    series: str | None = None  # its series in the comparators file
    areas: tuple[str, ...] = ()  # area codes in the extract: their mean, or one as itself
    extract: Path | None = None
    measure: str | None = None  # the extract's measure

    @property
    def from_extract(self) -> bool:
        return self.extract is not None


def _text(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    text = str(value).strip()
    return text if text and text.isprintable() else None


def read_comparators(
    raw: Any, *, indicator: str, base: Path, fail: Fail, labels: set[str]
) -> tuple[Comparator, ...]:
    """The `comparators:` list, validated; `base` is the folder extracts are named from
    (data/), `labels` the indicator's own series labels (no comparator may take one)."""
    if raw is None:
        return ()
    if not isinstance(raw, list) or not raw:
        raise fail(
            f"'comparators' is {shown_repr(raw)}, not a list of comparators",
            indicator=indicator,
            fix="Write " + _EXAMPLE,
        )
    if len(raw) > COMPARATOR_LIMIT:
        raise fail(
            f"{len(raw)} comparators; a chart can show at most {COMPARATOR_LIMIT} beside the "
            "council's own line",
            indicator=indicator,
            fix="Keep the comparators members ask for most",
        )
    found = [
        _read_one(item, n, indicator=indicator, base=base, fail=fail)
        for n, item in enumerate(raw, 1)
    ]
    names = [c.name.casefold() for c in found]
    for comparator in found:
        if names.count(comparator.name.casefold()) > 1:
            raise fail(
                f"two comparators are named '{comparator.name}'",
                indicator=indicator,
                where="comparators",
                fix="Give each comparator its own name",
            )
        if comparator.name.casefold() in {label.casefold() for label in labels}:
            raise fail(
                f"comparator '{comparator.name}' has the name of one of the indicator's series",
                indicator=indicator,
                where="comparators",
                fix="Name the comparator for where its figures come from, e.g. England",
            )
    return tuple(found)


def _read_one(item: Any, number: int, *, indicator: str, base: Path, fail: Fail) -> Comparator:
    where = f"comparator {number}"
    if not isinstance(item, dict):
        raise fail(
            "each comparator must be a mapping of fields",
            indicator=indicator,
            where=where,
            fix="Write " + _EXAMPLE,
        )
    extra = sorted(set(item) - _FIELDS)
    if extra:
        raise fail(
            f"unknown field '{extra[0]}'",
            indicator=indicator,
            where=where,
            fix="The fields are " + ", ".join(sorted(_FIELDS)),
        )
    name = _text(item.get("name"))
    if name is None or len(name) > 60:
        raise fail(
            f"the comparator's 'name' is {shown_repr(item.get('name'))}",
            indicator=indicator,
            where=where,
            fix="Name it in a few words on one line (at most 60 characters), e.g. England",
        )
    from_file = "series" in item
    from_extract = any(k in item for k in ("areas", "extract", "measure"))
    if from_file == from_extract:
        raise fail(
            f"comparator '{name}' must give either 'series' (a series of the comparators "
            "file) or 'areas', 'extract' and 'measure' (chosen from a national extract)",
            indicator=indicator,
            where=where,
            fix="Write " + _EXAMPLE,
        )
    if from_file:
        series = _text(item.get("series"))
        if series is None:
            raise fail(
                f"comparator '{name}': 'series' is {shown_repr(item.get('series'))}",
                indicator=indicator,
                where=where,
                fix="Write the comparator column's words in the comparators file, e.g. england",
            )
        return Comparator(name=name, series=series)
    missing = [k for k in ("areas", "extract", "measure") if item.get(k) is None]
    if missing:
        raise fail(
            f"comparator '{name}' has no '{missing[0]}'",
            indicator=indicator,
            where=where,
            fix="A comparator from a national extract gives areas, extract and measure",
        )
    areas = item["areas"]
    if isinstance(areas, str):
        areas = [areas]
    codes = [_text(a) for a in areas] if isinstance(areas, list) else [None]
    if not codes or any(c is None or not _AREA.match(c) for c in codes):
        raise fail(
            f"comparator '{name}': 'areas' is {shown_repr(item['areas'])}",
            indicator=indicator,
            where=where,
            fix="List the extract's area codes, e.g. areas: [E10000016, E10000030]",
        )
    area_codes = tuple(str(c) for c in codes)
    if len(set(area_codes)) != len(area_codes):
        raise fail(
            f"comparator '{name}' lists an area code twice",
            indicator=indicator,
            where=where,
            fix="List each area once",
        )
    extract = _text(item["extract"])
    measure = _text(item["measure"])
    if extract is None or measure is None:
        bad = "extract" if extract is None else "measure"
        raise fail(
            f"comparator '{name}': '{bad}' is {shown_repr(item[bad])}",
            indicator=indicator,
            where=where,
            fix="Write the extract's file name (relative to data/) and its measure, "
            'e.g. extract: ascof-extract.csv, measure: "2A(2)"',
        )
    return Comparator(name=name, areas=area_codes, extract=base / extract, measure=measure)


def read_position(
    raw: Any, *, indicator: str, fail: Fail, comparators: tuple[Comparator, ...], rated: bool
) -> bool:
    """`position: true`: the notes state the council's position among every council in
    the extract of the indicator's first comparator from one."""
    if raw is None or raw is False:
        return False
    if raw is not True:
        raise fail(
            f"'position' is {shown_repr(raw)}",
            indicator=indicator,
            fix="Write position: true to state the council's position among every council "
            "in the extract, or leave it out",
        )
    if not any(c.from_extract for c in comparators):
        raise fail(
            "'position' is true but no comparator is chosen from a national extract",
            indicator=indicator,
            fix="Add a comparator with areas, extract and measure: the position is worked "
            "out among every council in its extract",
        )
    if not rated:
        raise fail(
            "'position' is true but the indicator has no better direction",
            indicator=indicator,
            fix="A position (1st quartile is best) needs polarity: higher or lower",
        )
    return True


def read_area_code(raw: Any, fail: Fail) -> str | None:
    """The report's `area_code:`: the council's own code in national extracts."""
    if raw is None:
        return None
    code = _text(raw)
    if code is None or not _AREA.match(code):
        raise fail(
            f"'area_code' is {shown_repr(raw)}",
            where="area_code",
            fix='Write the council\'s area code as the extracts give it, e.g. "E10000016"',
        )
    return code
