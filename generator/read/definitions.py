"""The report definition: the appendix and its indicators, per financial year.

Read from YAML and validated on load, so that every later stage can trust
it. A year's fields carry over to later years until a later year names
them again (docs/formats.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

from generator.core.consistency import base_contradiction
from generator.core.durations import CLOCK_FORMS, duration_value, is_duration
from generator.core.errors import InputError
from generator.core.periods import PeriodError, Quarter, fy_label, parse_quarter, parse_year
from generator.core.rules import shown_decimals
from generator.core.vocabulary import (
    CHART_FORMS,
    KINDS,
    POLARITIES,
    RATED_POLARITIES,
    UNITS,
    ChartForm,
    Kind,
    Polarity,
    Unit,
)
from generator.read.comparator_fields import (
    Comparator,
    read_area_code,
    read_comparators,
    read_position,
)
from generator.read.definition_lines import field_line
from generator.read.files import regular_file
from generator.read.languages import other_languages, read_languages
from generator.read.text_check import decode_text
from generator.read.yaml_text import YAMLError, YAMLRefused, shown, shown_repr

Word = TypeVar("Word", bound=str)
_SERIES_CONTROL = re.compile("[\x00-\x1f\x7f]")
# An indicator id names its commentary file (narratives/<quarter>/<ID>.md): letters and
# digits, with spaces, hyphens, dots and underscores between them (H1, RB1, CS-03, KPI 7).
_SAFE_ID = re.compile(r"^[^\W_](?:[\w .-]*[^\W_])?$")
_ID_LIMIT = 40
_RESERVED = re.compile(r"^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\..*)?$", re.IGNORECASE)


def id_problem(indicator_id: str) -> str | None:
    """Why an indicator id cannot be used (it names a file), or None where it can."""
    if len(indicator_id) > _ID_LIMIT:
        return f"is longer than {_ID_LIMIT} characters"
    if not _SAFE_ID.match(indicator_id):
        odd = sorted({c for c in indicator_id if not (c.isalnum() or c in " .-")})
        if odd:
            shown_chars = " ".join(f"'{c}'" if c.isprintable() else f"U+{ord(c):04X}" for c in odd)
            return f"holds {shown_chars}, which a file name cannot (or should not) hold"
        return "must start and end with a letter or digit"
    if "  " in indicator_id or ".." in indicator_id:
        return "holds two spaces or two dots together"
    if _RESERVED.match(indicator_id):
        return "is a name Windows keeps for a device, which no file can have"
    return None


def series_match_key(text: str) -> str:
    """What a data file's series text is matched on: case and runs of spaces ignored."""
    return " ".join(text.casefold().split())


def series_slug(text: str) -> str:
    """The series' name in placeholders ({{ series.<slug>.latest }}): lowercase, each run
    of characters other than letters and digits one '_'. A short lowercase id is its own."""
    return re.sub(r"[^a-z0-9]+", "_", text.casefold()).strip("_")


_INDICATOR_FIELDS = {
    "id",
    "title",
    "short_title",
    "kind",
    "unit",
    "unit_note",
    "per",
    "axis_label",
    "decimals",
    "polarity",
    "chart",
    "years",
    "cumulative",
    "profile_series",
    "spc",
    "spc_rebase",
}
_YEAR_FIELDS = {
    "target",
    "floor",
    "upper_threshold",
    "arrears",
    "series",
    "notes",
    "profile",
    "comparators",
    "position",
}
_REPORT_FIELDS = {
    "title",
    "directorate",
    "organisation",
    "id_prefix",
    "language",
    "languages",
    "chart_quarters",
    "data_files",
    "style",
    "indicators",
    "tracker",
    "comparators_file",
    "area_code",
}
_TRACKER_FIELDS = {"indicator_column", "series_column", "sheet", "rag_column"}


@dataclass(frozen=True)
class Series:
    id: str
    label: str
    first_period: Quarter | None = None

    @property
    def slug(self) -> str:
        return series_slug(self.id)


@dataclass(frozen=True)
class YearDefinition:
    """What an indicator is in one financial year."""

    start_year: int
    target: float | None
    floor: float | None  # higher is better
    upper_threshold: float | None  # lower is better
    arrears: str | None  # the reason, when the KPI runs a quarter in arrears
    series: tuple[Series, ...]
    notes: tuple[str, ...]
    # A cumulative KPI's target profiled for quarters 1 to 3: ((1, 29.0), (2, 56.5), ...)
    profile: tuple[tuple[int, float], ...] = ()
    # Other areas' figures drawn beside the council's (England, the region, neighbours),
    # and whether the notes state the council's position among every council.
    comparators: tuple[Comparator, ...] = ()
    position: bool = False

    @property
    def ranked_by(self) -> Comparator | None:
        """The comparator whose extract ranks the council, where position is asked."""
        if not self.position:
            return None
        return next((c for c in self.comparators if c.from_extract), None)

    @property
    def threshold(self) -> float | None:
        return self.floor if self.floor is not None else self.upper_threshold

    def profiled(self, quarter: int) -> float | None:
        """The profile's target for a quarter of the year (1 to 3), or None."""
        return dict(self.profile).get(quarter)


@dataclass(frozen=True)
class Indicator:
    id: str
    title: str
    short_title: str
    kind: Kind
    unit: Unit
    unit_note: str | None
    decimals: int
    polarity: Polarity
    chart: ChartForm
    years: tuple[YearDefinition, ...]  # in order of start year
    per: int = 100_000  # a rate's base: "per 100,000"
    axis_label: str | None = None  # words on the value axis, where the unit's own do not suit
    # What a figure is per, in the definition's words: a rate's "collections" (per
    # 100,000 collections), money's "week" or "tonne" (£ a week, £ per tonne).
    per_what: str | None = None
    cumulative: bool = False  # year to date: the figures add up within each financial year
    # The data's series (a tracker's row) that gives a cumulative KPI's profiled target for
    # each quarter, where the definition gives none: 'Profile'. Not charted.
    profile_series: str | None = None
    # An SPC view (Making Data Count) beside the chart, and where its limits start again.
    spc: bool = False
    spc_rebase: Quarter | None = None

    @property
    def comparators(self) -> tuple[Comparator, ...]:
        """Every comparator any year names, each once."""
        return tuple(dict.fromkeys(c for y in self.years for c in y.comparators))

    @property
    def ranked_by(self) -> tuple[Comparator, ...]:
        """The comparators whose extracts rank the council (position: true): each such
        year's first comparator chosen from an extract."""
        found = [next(c for c in y.comparators if c.from_extract) for y in self.years if y.position]
        return tuple(dict.fromkeys(found))

    def is_profile(self, series: str) -> bool:
        """Whether the data's series text names the profile series."""
        return self.profile_series is not None and series_match_key(series) == series_match_key(
            self.profile_series
        )

    @property
    def rate_base(self) -> str:
        """'per 100,000' (or 'per 100,000 collections') for a rate; '' for any other unit."""
        if self.unit != "rate":
            return ""
        return f"per {self.per:,}" + (f" {self.per_what}" if self.per_what else "")

    @property
    def money_per(self) -> str:
        """'£ a week', '£ per tonne' for money said to be per something; '' otherwise."""
        if self.unit != "gbp" or not self.per_what:
            return ""
        joiner = "a" if self.per_what in MONEY_PERIODS else "per"
        return f"£ {joiner} {self.per_what}"

    @property
    def base_to_add(self) -> str:
        """The rate base (or what money is per: '£ a week') where the short title does not
        already say it, else ''."""
        base = self.rate_base
        if self.money_per and self.per_what is not None:
            said = (f"per {self.per_what}", f"a {self.per_what}", MONEY_PERIODS.get(self.per_what))
            title = self.short_title.casefold()
            return "" if any(w and w.casefold() in title for w in said) else self.money_per
        return base if base and base not in self.short_title else ""

    @property
    def unit_aside(self) -> str:
        """The words a title is given in brackets where it does not say its base:
        'rate per 10,000', '£ a week', or the definition's axis words."""
        if self.axis_label:
            return self.axis_label
        return self.money_per or "rate " + self.rate_base

    @property
    def axis_words(self) -> str:
        """What the value axis counts: '%', 'per 100,000', '£', '£ a week', 'days',
        'minutes:seconds', 'number'."""
        if self.axis_label:
            return self.axis_label
        if self.unit == "gbp":
            return self.money_per or "£"
        return {
            "percent": "%",
            "rate": self.rate_base,
            "days": "days",
            "hours": "hours",
            "minutes": "minutes:seconds",
        }.get(self.unit, "number")

    def year(self, start_year: int) -> YearDefinition | None:
        """The definition in force for a financial year, or None before the first."""
        found: YearDefinition | None = None
        for definition in self.years:
            if definition.start_year <= start_year:
                found = definition
        return found

    def for_quarter(self, quarter: Quarter) -> YearDefinition | None:
        return self.year(quarter.year)

    def series_ids(self) -> set[str]:
        return {s.id for y in self.years for s in y.series}

    def series_for(self, text: str) -> str | None:
        """The series id the data's text names (ignoring case and runs of spaces), or None."""
        return self._series_by_key.get(series_match_key(text))

    @cached_property
    def _series_by_key(self) -> dict[str, str]:
        return {series_match_key(s.id): s.id for y in self.years for s in y.series}

    def is_kpi(self) -> bool:
        return self.kind == "kpi"


@dataclass(frozen=True)
class Tracker:
    """Data kept wide: a row per indicator (and series), a column per quarter."""

    indicator_column: str
    series_column: str | None = None
    sheet: str | None = None
    # The column of the RAG the team typed, checked against the definition's (None: a
    # column headed 'RAG', 'RAG rating' or 'RAG status', where there is one).
    rag_column: str | None = None


@dataclass(frozen=True)
class Report:
    title: str
    directorate: str
    organisation: str
    id_prefix: str
    language: str
    chart_quarters: int
    data_files: tuple[Path, ...]
    style_path: Path
    indicators: tuple[Indicator, ...]
    source: Path
    tracker: Tracker | None = None  # set where the data files are wide trackers
    # Comparators' figures by series (comparators: [{name: England, series: england}]).
    comparators_file: Path | None = None
    area_code: str | None = None  # the council's own code in national extracts

    def extracts(self) -> tuple[Path, ...]:
        """The national extracts the indicators' comparators are chosen from."""
        paths = [c.extract for i in self.indicators for c in i.comparators if c.extract]
        return tuple(dict.fromkeys(paths))

    def comparator_files(self) -> tuple[Path, ...]:
        """Every file comparators' figures are read from."""
        uses_file = any(c.series for i in self.indicators for c in i.comparators)
        named = (self.comparators_file,) if uses_file and self.comparators_file else ()
        return (*named, *self.extracts())

    # the languages the commentary is written in (`languages:`); () for the main alone
    languages: tuple[str, ...] = ()

    @property
    def other_languages(self) -> tuple[str, ...]:
        """The languages listed besides the main one, each with its commentary folder."""
        return other_languages(self.languages, self.language)

    def indicator(self, indicator_id: str) -> Indicator | None:
        return self._by_id.get(indicator_id)

    @cached_property
    def _by_id(self) -> dict[str, Indicator]:
        """Indicators by id: the data loader looks one up for every row."""
        return {indicator.id: indicator for indicator in self.indicators}

    def in_force(self, quarter: Quarter) -> tuple[Indicator, ...]:
        """The indicators defined for the report quarter's financial year, in file order."""
        return tuple(i for i in self.indicators if i.for_quarter(quarter) is not None)


class _Reader:
    """Validates one YAML mapping, naming the file and the place in every message."""

    def __init__(self, file: Path, text: str = "") -> None:
        self.file = str(file)
        self.source_text = text  # the file's text, where a message can name a line

    def line_of(self, field: str, words: str) -> str | None:
        """'line 12': the one line of the file that gives `field` and holds `words`, or
        None where no line, or more than one, does."""
        found = [
            n
            for n, line in enumerate(self.source_text.splitlines(), 1)
            if re.search(rf"(?<![\w-]){field}\s*:", line) and words in line
        ]
        return f"line {found[0]}" if len(found) == 1 else None

    def field_line(self, indicator: str, year: str, field: str) -> str | None:
        """'line 30': the line giving `field` for `indicator` in `year`, or None."""
        found = field_line(self.source_text, indicator, year, field)
        return f"line {found}" if found is not None else None

    def fail(
        self,
        problem: str,
        *,
        indicator: str | None = None,
        where: str | None = None,
        fix: str | None = None,
        period: str | None = None,
    ) -> InputError:
        return InputError(
            problem, file=self.file, where=where, indicator=indicator, period=period, fix=fix
        )

    def text(
        self,
        raw: dict[str, Any],
        key: str,
        *,
        indicator: str | None = None,
        where: str | None = None,
        required: bool = True,
    ) -> str | None:
        value = raw.get(key)
        if value is None:
            if required:
                raise self.fail(
                    f"'{key}' is missing",
                    indicator=indicator,
                    where=where,
                    fix=f"Add a '{key}:' line",
                )
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(
                f"'{key}' must be text, not {shown_repr(value)}",
                indicator=indicator,
                where=where,
                fix=f"Write {key} as quoted text",
            )
        return value.strip()

    def number(
        self, raw: dict[str, Any], key: str, *, indicator: str, where: str, unit: Unit = "count"
    ) -> float | None:
        value = raw.get(key)
        if value is None:
            return None
        if is_duration(unit) and not isinstance(value, bool):
            held = duration_value(str(value), unit)
            if held is None or held < 0:
                raise self.fail(
                    f"'{key}' is {shown_repr(value)}, not a duration",
                    indicator=indicator,
                    where=where,
                    fix=f'Write {key} as {CLOCK_FORMS[unit]}, in quotes: "3:00"'
                    if unit != "days"
                    else f"Write {key} as {CLOCK_FORMS[unit]}",
                )
            return held
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(
                f"'{key}' must be a number, not {shown_repr(value)}",
                indicator=indicator,
                where=where,
                fix=f"Write {key} as a plain number, e.g. 85",
            )
        return float(value)

    def unknown_keys(
        self, raw: dict[str, Any], allowed: set[str], *, indicator: str | None, where: str | None
    ) -> None:
        extra = sorted(set(raw) - allowed)
        if extra:
            raise self.fail(
                f"unknown field '{extra[0]}'",
                indicator=indicator,
                where=where,
                fix="Check the spelling; the fields are " + ", ".join(sorted(allowed)),
            )

    def choice(
        self,
        raw: dict[str, Any],
        key: str,
        options: tuple[Word, ...],
        *,
        indicator: str,
        default: Word | None = None,
    ) -> Word:
        """One of `options` (the vocabulary's words), as the option itself: its type is
        the vocabulary's, not plain text."""
        value = raw.get(key, default)
        if value is None:
            raise self.fail(
                f"'{key}' is blank or missing",
                indicator=indicator,
                fix=f"Write {key}: followed by one of: {', '.join(options)}",
            )
        if value not in options:
            raise self.fail(
                f"'{key}' is {shown_repr(value)}",
                indicator=indicator,
                fix=f"Use one of: {', '.join(options)}",
            )
        return options[options.index(value)]


def _read_series(reader: _Reader, raw: Any, *, indicator: str, where: str) -> tuple[Series, ...]:
    if not isinstance(raw, list) or not raw:
        raise reader.fail(
            "'series' must list one to four series",
            indicator=indicator,
            where=where,
            fix="Write e.g. series: [{id: value, label: ...}]",
        )
    if len(raw) > 4:
        raise reader.fail(
            f"{len(raw)} series; at most four can be charted", indicator=indicator, where=where
        )
    series: list[Series] = []
    for item in raw:
        if not isinstance(item, dict):
            raise reader.fail(
                "each series needs an id and a label",
                indicator=indicator,
                where=where,
                fix="Write {id: received, label: ...}",
            )
        reader.unknown_keys(item, {"id", "label", "first_period"}, indicator=indicator, where=where)
        series_id = reader.text(item, "id", indicator=indicator, where=where)
        label = reader.text(item, "label", indicator=indicator, where=where)
        assert series_id is not None and label is not None
        if _SERIES_CONTROL.search(series_id) or not series_slug(series_id):
            raise reader.fail(
                f"series id {shown_repr(series_id)} cannot be matched",
                indicator=indicator,
                where=where,
                fix="Write the series as the data's series column names it, "
                "e.g. 'received' or 'EHCPs issued within 20 weeks'",
            )
        first = item.get("first_period")
        first_period = None
        if first is not None:
            try:
                first_period = parse_quarter(str(first))
            except PeriodError as exc:
                raise reader.fail(
                    str(exc), indicator=indicator, where=where, fix=_year_fix(str(first), exc)
                ) from exc
        series.append(Series(series_id, label, first_period))
    ids = [series_match_key(s.id) for s in series]
    slugs = [s.slug for s in series]
    if len(set(ids)) != len(ids) or len(set(slugs)) != len(slugs):
        raise reader.fail(
            "two series share an id (ignoring case, spaces and punctuation)",
            indicator=indicator,
            where=where,
        )
    return tuple(series)


# Money per one of these is '£ a week' and a 'Weekly cost'; per anything else, '£ per tonne'.
MONEY_PERIODS = {"day": "daily", "week": "weekly", "month": "monthly", "year": "annual"}
_RATE_PER = re.compile(r"^(?P<number>\d{1,3}(?:,\d{3})+|\d+)(?:\s+(?P<what>\S.*))?$")


def _read_per(
    reader: _Reader, raw: dict[str, Any], unit: Unit, indicator: str
) -> tuple[int, str | None]:
    """A rate's base and what it counts ('per: 100000', 'per: "100,000 collections"'),
    or what money is per ('per: week', 'per: tonne'): (base, words)."""
    if "per" not in raw:
        return 100_000, None
    per = raw["per"]
    if unit == "gbp":
        if not isinstance(per, str) or not per.strip() or per.strip()[0].isdigit():
            raise reader.fail(
                f"'per' is {shown_repr(per)}",
                indicator=indicator,
                fix="Say what the money is per in words, e.g. per: week or per: tonne",
            )
        return 100_000, " ".join(per.split()).removeprefix("per ").removeprefix("a ")
    if unit != "rate":
        raise reader.fail(
            f"'per' is set but the unit is {unit}",
            indicator=indicator,
            fix="Set per only where unit: rate (per: 100000) or gbp (per: week), or remove it",
        )
    if isinstance(per, int) and not isinstance(per, bool) and per >= 1:
        return per, None
    match = _RATE_PER.match(" ".join(per.split())) if isinstance(per, str) else None
    if match is None or int(match["number"].replace(",", "")) < 1:
        raise reader.fail(
            f"'per' is {shown_repr(per)}",
            indicator=indicator,
            fix="Use a whole number, e.g. per: 10000, and what it counts if you wish, e.g. "
            'per: "100,000 collections"',
        )
    return int(match["number"].replace(",", "")), match["what"]


_FIRST_YEAR = re.compile(r"(?<!\d)(\d{4}|\d{2})\s*[/-]\s*\d{2,4}(?!\d)")


def _year_fix(text: str, error: PeriodError) -> str | None:
    """What to write for a financial year whose two years are not consecutive."""
    match = _FIRST_YEAR.search(text)
    if match is None or "not consecutive" not in str(error):
        return None
    first = int(match[1]) + (2000 if len(match[1]) == 2 else 0)
    return (
        f"A financial year is written as the year it starts and the next: "
        f'"{fy_label(first)}" for April {first} to March {first + 1}'
    )


_PROFILE_FIX = "Write e.g. profile: {Q1: 29.0, Q2: 56.5, Q3: 84.0} (Q4 is rated against target:)"


def _read_profile(
    reader: _Reader, raw: Any, *, indicator: str, where: str, cumulative: bool, kind: Kind
) -> tuple[tuple[int, float], ...]:
    """A cumulative KPI's target for quarters 1 to 3 of the year."""
    if not cumulative or kind != "kpi":
        raise reader.fail(
            "'profile' is set but the indicator is not a cumulative KPI",
            indicator=indicator,
            where=where,
            fix="Add cumulative: true to a KPI whose figures add up within the year, "
            "or remove profile",
        )
    if not isinstance(raw, dict) or not raw:
        raise reader.fail(
            "'profile' must give the target for Q1, Q2 and Q3",
            indicator=indicator,
            where=where,
            fix=_PROFILE_FIX,
        )
    profile: dict[int, float] = {}
    for key, value in raw.items():
        name = str(key).strip().upper()
        if name not in ("Q1", "Q2", "Q3"):
            raise reader.fail(
                f"the profile names {shown_repr(key)}",
                indicator=indicator,
                where=where,
                fix="Name only Q1, Q2 and Q3 (Q4 is rated against target:), e.g. "
                "profile: {Q1: 29.0, Q2: 56.5, Q3: 84.0}",
            )
        number = reader.number({name: value}, name, indicator=indicator, where=where)
        if number is None:
            raise reader.fail(
                f"the profile for {name} is blank",
                indicator=indicator,
                where=where,
                fix=_PROFILE_FIX,
            )
        profile[int(name[1])] = number
    return tuple(sorted(profile.items()))


def _read_years(
    reader: _Reader,
    raw: Any,
    *,
    indicator: str,
    kind: Kind,
    polarity: Polarity,
    unit: Unit = "count",
    cumulative: bool = False,
    base: Path = Path("data"),
) -> tuple[YearDefinition, ...]:
    if not isinstance(raw, dict) or not raw:
        raise reader.fail(
            "'years' is missing",
            indicator=indicator,
            fix='Add years: with at least one financial year, e.g. "2024/25":',
        )
    parsed: list[tuple[int, str, dict[str, Any]]] = []
    for key, body in raw.items():
        try:
            start = parse_year(str(key))
        except PeriodError as exc:
            raise reader.fail(
                str(exc), indicator=indicator, where=f"years: {key}", fix=_year_fix(str(key), exc)
            ) from exc
        if not isinstance(body, dict):
            raise reader.fail(
                "a year must list its fields", indicator=indicator, where=f"years: {key}"
            )
        parsed.append((start, str(key), body))
    parsed.sort(key=lambda item: item[0])

    years: list[YearDefinition] = []
    carried: dict[str, Any] = {}
    for start, key, body in parsed:
        where = f"years: {key}"
        reader.unknown_keys(body, _YEAR_FIELDS, indicator=indicator, where=where)
        for field in ("target", "floor", "upper_threshold"):
            if field in body:
                carried[field] = reader.number(
                    body, field, indicator=indicator, where=where, unit=unit
                )
        if "arrears" in body:
            arrears = body["arrears"]
            if arrears is False or arrears is None:
                carried["arrears"] = None
            elif isinstance(arrears, str) and arrears.strip():
                carried["arrears"] = arrears.strip()
            else:
                raise reader.fail(
                    "'arrears' must be a reason (text) or false",
                    indicator=indicator,
                    where=where,
                    fix='Write e.g. arrears: "to account for the 28 days"',
                )
        if "profile" in body:
            carried["profile"] = _read_profile(
                reader,
                body["profile"],
                indicator=indicator,
                where=where,
                cumulative=cumulative,
                kind=kind,
            )
        if "series" in body:
            carried["series"] = _read_series(
                reader, body["series"], indicator=indicator, where=where
            )
        if "notes" in body:
            notes = body["notes"] or []
            if not isinstance(notes, list) or not all(isinstance(n, str) for n in notes):
                raise reader.fail(
                    "'notes' must be a list of lines of text", indicator=indicator, where=where
                )
            carried["notes"] = tuple(n.strip() for n in notes)
        if "comparators" in body or "position" in body:
            carried |= _read_comparators(
                reader, body, carried, indicator=indicator, where=where, kind=kind, base=base
            )
            carried["position"] = read_position(
                body.get("position", carried.get("position", False)),
                indicator=indicator,
                fail=reader.fail,
                comparators=carried.get("comparators", ()),
                rated=polarity in RATED_POLARITIES,
            )
        if "series" not in carried:
            raise reader.fail(
                "'series' is missing",
                indicator=indicator,
                where=where,
                fix="List the series, e.g. series: [{id: value, label: ...}]",
            )
        definition = YearDefinition(
            start_year=start,
            target=carried.get("target"),
            floor=carried.get("floor"),
            upper_threshold=carried.get("upper_threshold"),
            arrears=carried.get("arrears"),
            series=carried["series"],
            notes=carried.get("notes", ()),
            profile=carried.get("profile", ()),
            comparators=carried.get("comparators", ()),
            position=carried.get("position", False),
        )
        _check_thresholds(
            reader, definition, indicator=indicator, kind=kind, polarity=polarity, key=key
        )
        years.append(definition)
    return tuple(years)


def _read_comparators(
    reader: _Reader,
    body: dict[str, Any],
    carried: dict[str, Any],
    *,
    indicator: str,
    where: str,
    kind: Kind,
    base: Path,
) -> dict[str, Any]:
    """A year's `comparators:` (a KPI's only), checked against its series' labels."""
    if kind != "kpi":
        raise reader.fail(
            "comparators are drawn on a KPI's chart, and this indicator is an activity measure",
            indicator=indicator,
            where=where,
            fix="Remove comparators and position, or make it kind: kpi",
        )
    if "comparators" not in body:
        return {}
    series = (
        _read_series(reader, body["series"], indicator=indicator, where=where)
        if ("series" in body)
        else carried.get("series", ())
    )
    return {
        "comparators": read_comparators(
            body["comparators"] or None,
            indicator=indicator,
            base=base,
            fail=reader.fail,
            labels={s.label for s in series},
        )
    }


def _check_thresholds(
    reader: _Reader,
    year: YearDefinition,
    *,
    indicator: str,
    kind: Kind,
    polarity: Polarity,
    key: str,
) -> None:
    where = f"years: {key}"
    label = fy_label(year.start_year)
    if kind == "activity":
        if year.target is not None or year.threshold is not None:
            raise reader.fail(
                "an activity measure has no target or threshold",
                indicator=indicator,
                where=where,
                period=label,
                fix="Remove target/floor/upper_threshold, or make it kind: kpi",
            )
        return
    if year.target is None:
        raise reader.fail(
            "a KPI needs a target",
            indicator=indicator,
            where=where,
            period=label,
            fix="Add target: <number>",
        )
    if polarity == "higher":
        if year.floor is None or year.upper_threshold is not None:
            raise reader.fail(
                "a higher-is-better KPI needs a floor (and no upper_threshold)",
                indicator=indicator,
                where=where,
                period=label,
                fix="Add floor: <number> at or below the target",
            )
        if year.floor > year.target:
            raise reader.fail(
                f"the floor ({year.floor:g}) is above the target ({year.target:g})",
                indicator=indicator,
                where=reader.field_line(indicator, key, "floor") or where,
                period=label,
                fix="A floor must be at or below the target when higher is better",
            )
    else:
        if year.upper_threshold is None or year.floor is not None:
            raise reader.fail(
                "a lower-is-better KPI needs an upper_threshold (and no floor)",
                indicator=indicator,
                where=where,
                period=label,
                fix="Add upper_threshold: <number> at or above the target",
            )
        if year.upper_threshold < year.target:
            raise reader.fail(
                f"the upper threshold ({year.upper_threshold:g}) is below the target "
                f"({year.target:g})",
                indicator=indicator,
                where=reader.field_line(indicator, key, "upper_threshold") or where,
                period=label,
                fix="An upper threshold must be at or above the target when lower is better",
            )
    if len(year.series) != 1:
        raise reader.fail(
            f"a KPI has exactly one series, not {len(year.series)}",
            indicator=indicator,
            where=where,
            period=label,
            fix="Keep the one series its target is for, or make it kind: activity",
        )


def _read_indicator(reader: _Reader, raw: Any, prefix: str, position: int, base: Path) -> Indicator:
    where = f"indicator {position}"
    if not isinstance(raw, dict):
        raise reader.fail("each indicator must be a mapping of fields", where=where)
    indicator_id = reader.text(raw, "id", where=where)
    assert indicator_id is not None
    problem = id_problem(indicator_id)
    if problem is not None:
        raise reader.fail(
            f"indicator id '{shown(indicator_id)}' {problem}; it names the indicator's "
            "commentary file",
            where=where,
            fix="Use letters and digits, with spaces, hyphens or dots between them "
            "(e.g. H1, RB1, CS-03, KPI 7), the same in the data",
        )
    if not indicator_id.startswith(prefix):
        raise reader.fail(
            f"indicator id '{shown(indicator_id)}' does not start with the prefix '{prefix}'",
            where=where,
            fix=f'Use an id such as {prefix}1, or leave id_prefix blank ("") where ids '
            "are not one prefix and a number",
        )
    reader.unknown_keys(raw, _INDICATOR_FIELDS, indicator=indicator_id, where=None)
    title = reader.text(raw, "title", indicator=indicator_id)
    assert title is not None
    kind = reader.choice(raw, "kind", KINDS, indicator=indicator_id)
    unit = reader.choice(raw, "unit", UNITS, indicator=indicator_id)
    polarity_options: tuple[Polarity, ...] = RATED_POLARITIES if kind == "kpi" else POLARITIES
    polarity = reader.choice(
        raw,
        "polarity",
        polarity_options,
        indicator=indicator_id,
        default=None if kind == "kpi" else "neutral",
    )
    chart = reader.choice(raw, "chart", CHART_FORMS, indicator=indicator_id, default="line")
    decimals = raw.get("decimals", 0)
    if isinstance(decimals, bool) or not isinstance(decimals, int) or not 0 <= decimals <= 3:
        raise reader.fail(
            f"'decimals' is {shown_repr(decimals)}",
            indicator=indicator_id,
            fix="Use a whole number from 0 to 3",
        )
    if unit == "minutes" and decimals:
        raise reader.fail(
            f"'decimals' is {decimals}, but minutes and seconds are shown to the second",
            indicator=indicator_id,
            fix="Remove decimals",
        )
    cumulative = raw.get("cumulative", False)
    if not isinstance(cumulative, bool):
        raise reader.fail(
            f"'cumulative' is {shown_repr(cumulative)}",
            indicator=indicator_id,
            fix="Write cumulative: true where the figures add up within each financial "
            "year (year to date), or leave it out",
        )
    years = _read_years(
        reader,
        raw.get("years"),
        indicator=indicator_id,
        kind=kind,
        polarity=polarity,
        unit=unit,
        cumulative=cumulative,
        base=base,
    )
    per, per_what = _read_per(reader, raw, unit, indicator_id)
    indicator = Indicator(
        id=indicator_id,
        title=title,
        short_title=reader.text(raw, "short_title", indicator=indicator_id, required=False)
        or title,
        kind=kind,
        unit=unit,
        unit_note=reader.text(raw, "unit_note", indicator=indicator_id, required=False),
        decimals=shown_decimals(unit, decimals),
        polarity=polarity,
        chart=chart,
        years=years,
        per=per,
        axis_label=reader.text(raw, "axis_label", indicator=indicator_id, required=False),
        per_what=per_what,
        cumulative=cumulative,
        profile_series=_profile_series(reader, raw, indicator_id, cumulative, kind, years),
        **_read_spc(reader, raw, indicator_id),
    )
    _check_rate_words(reader, indicator, given="per" in raw)
    return indicator


def _read_spc(reader: _Reader, raw: dict[str, Any], indicator: str) -> dict[str, Any]:
    """`spc: true` and `spc_rebase: "2024/25 Q1"`, where given."""
    wanted = raw.get("spc", False)
    if not isinstance(wanted, bool):
        raise reader.fail(
            f"'spc' is {shown_repr(wanted)}",
            indicator=indicator,
            fix="Write spc: true for an SPC view of the figures beside the chart, or leave it out",
        )
    rebase = raw.get("spc_rebase")
    if rebase is None:
        return {"spc": wanted}
    if not wanted:
        raise reader.fail(
            "'spc_rebase' is set but 'spc' is not true",
            indicator=indicator,
            fix="Add spc: true, or remove spc_rebase",
        )
    try:
        quarter = parse_quarter(str(rebase))
    except PeriodError as exc:
        raise reader.fail(
            f"'spc_rebase': {exc}",
            indicator=indicator,
            fix=_year_fix(str(rebase), exc)
            or 'Write the quarter the limits start again from, e.g. "2024/25 Q1"',
        ) from exc
    return {"spc": True, "spc_rebase": quarter}


def _profile_series(
    reader: _Reader,
    raw: dict[str, Any],
    indicator: str,
    cumulative: bool,
    kind: Kind,
    years: tuple[YearDefinition, ...],
) -> str | None:
    """The data's series giving a cumulative KPI's profile, where named."""
    name = reader.text(raw, "profile_series", indicator=indicator, required=False)
    if name is None:
        return None
    if not cumulative or kind != "kpi":
        raise reader.fail(
            "'profile_series' is set but the indicator is not a cumulative KPI",
            indicator=indicator,
            fix="Add cumulative: true to a KPI whose figures add up within the year, "
            "or remove profile_series",
        )
    if any(series_match_key(s.id) == series_match_key(name) for y in years for s in y.series):
        raise reader.fail(
            f"the profile series '{shown(name)}' is also a series to chart",
            indicator=indicator,
            fix="Name the data's profile row (e.g. profile_series: Profile), not the figures'",
        )
    return name


def _check_rate_words(reader: _Reader, indicator: Indicator, *, given: bool) -> None:
    """A rate whose title, short title, unit note or axis label names another base
    ('per 10,000') than its figures are per (`per:`) is refused."""
    if indicator.unit != "rate":
        return
    texts = [
        ("title", indicator.title),
        ("short_title", indicator.short_title),
        ("unit_note", indicator.unit_note or ""),
        ("axis_label", indicator.axis_label or ""),
    ]
    found = base_contradiction(texts, indicator.per)
    if found is None:
        return
    field, base = found.field, found.base
    per = f"per: {indicator.per}" if given else "per: is not set, and the default is 100000"
    raise reader.fail(
        f"its {field} says '{found.written}' but its figures are per {indicator.per:,} ({per})",
        indicator=indicator.id,
        where=reader.line_of(field, found.written) or field,
        fix=f"If the figures are per {base:,}, write per: {base}; if they are per "
        f"{indicator.per:,}, correct the {field}",
    )


def definition_bytes(path: Path) -> bytes:
    """The definition file's bytes; an InputError where there is no such file."""
    fix = "Run the command in the report folder (it holds data/report.yaml)"
    if not regular_file(
        path, "report definition", fix="Keep the definition as a text file, data/report.yaml"
    ):
        raise InputError("report definition not found", file=str(path), fix=fix)
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError("report definition not found", file=str(path), fix=fix) from exc


def load_report(path: Path, data: bytes | None = None) -> Report:
    """Read and validate a report definition (`data`: its file's bytes, where read
    already: `definition_bytes`)."""
    reader = _Reader(path)
    if data is None:
        data = definition_bytes(path)
    text = decode_text(data, file=str(path), how_to_save="Save it as UTF-8")
    from generator.read.yaml_parse import parse_yaml  # PyYAML, loaded to parse

    try:
        raw: Any = parse_yaml(text)
    except YAMLRefused as exc:  # well-formed, but past a limit (yaml_text.py)
        raise InputError(
            exc.problem, file=str(path), where=f"line {exc.line}", fix=exc.fix
        ) from exc
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else None
        raise InputError(
            f"not valid YAML ({getattr(exc, 'problem', exc)})",
            file=str(path),
            where=where,
            fix="Check the indentation and quotes there",
        ) from exc
    reader = _Reader(path, text)
    if not isinstance(raw, dict):
        raise reader.fail(
            "the file is empty or not a mapping of fields",
            fix="Start from the sample data/report.yaml",
        )
    reader.unknown_keys(raw, _REPORT_FIELDS, indicator=None, where=None)
    prefix = _read_prefix(reader, raw.get("id_prefix"))
    indicators_raw = raw.get("indicators")
    if not isinstance(indicators_raw, list) or not indicators_raw:
        raise reader.fail("'indicators' is missing or empty", fix="List at least one indicator")
    indicators = tuple(
        _read_indicator(reader, item, prefix, n, path.parent)
        for n, item in enumerate(indicators_raw, 1)
    )
    area_code = read_area_code(raw.get("area_code"), reader.fail)
    for indicator in indicators:
        if indicator.ranked_by and area_code is None:
            raise reader.fail(
                "'position' is true but the definition gives no 'area_code' for the council",
                indicator=indicator.id,
                fix="Add the council's own area code in the national extract at the top of "
                'the definition, e.g. area_code: "E10000016"',
            )
    ids = [i.id for i in indicators]
    for indicator_id in ids:
        if ids.count(indicator_id) > 1:
            raise reader.fail(
                "two indicators share this id",
                indicator=indicator_id,
                fix="Give each indicator its own id",
            )
    seen: dict[str, str] = {}
    for indicator_id in ids:
        other = seen.setdefault(indicator_id.casefold(), indicator_id)
        if other != indicator_id:
            raise reader.fail(
                f"the ids '{shown(other)}' and '{shown(indicator_id)}' differ only in capitals, "
                "and name the same commentary file on Windows and Mac computers",
                indicator=indicator_id,
                fix="Give each indicator an id of its own, whatever the capitals",
            )
    chart_quarters = raw.get("chart_quarters", 10)
    if (
        isinstance(chart_quarters, bool)
        or not isinstance(chart_quarters, int)
        or not (2 <= chart_quarters <= 40)
    ):
        raise reader.fail(
            f"'chart_quarters' is {shown_repr(chart_quarters)}",
            fix="Use a whole number from 2 to 40",
        )
    files = raw.get("data_files")
    if not isinstance(files, list) or not files or not all(isinstance(f, str) for f in files):
        raise reader.fail(
            "'data_files' must list the data files", fix='Write e.g. data_files: ["quarterly.csv"]'
        )
    tracker = _read_tracker(reader, raw.get("tracker"))
    base = path.parent
    style_name = reader.text(raw, "style", required=False) or "../styles/house.yaml"
    language = reader.text(raw, "language", required=False) or "en-GB"
    languages = read_languages(raw.get("languages"), language, file=reader.file, source=text)
    return Report(
        title=reader.text(raw, "title") or "",
        directorate=reader.text(raw, "directorate") or "",
        organisation=reader.text(raw, "organisation") or "",
        id_prefix=prefix,
        language=language,
        chart_quarters=chart_quarters,
        data_files=tuple(base / f for f in files),
        style_path=base / style_name,
        indicators=indicators,
        source=path,
        tracker=tracker,
        comparators_file=base
        / (reader.text(raw, "comparators_file", required=False) or "comparators.csv"),
        area_code=area_code,
        languages=languages,
    )


def _read_prefix(reader: _Reader, raw: Any) -> str:
    """The id prefix: text every id starts with, or blank (or left out) for none."""
    if raw is None:
        return ""
    if not isinstance(raw, str):
        raise reader.fail(
            f"'id_prefix' must be text, not {shown_repr(raw)}",
            fix='Write id_prefix as quoted text, e.g. "HSG", or "" where the ids have no '
            "one prefix",
        )
    prefix = raw.strip()
    if prefix and id_problem(prefix) is not None:
        raise reader.fail(
            f"'id_prefix' '{shown(prefix)}' {id_problem(prefix)}; it begins the editions' "
            "file names",
            fix='Use letters and digits, e.g. "HSG", or leave it blank ("")',
        )
    return prefix


def _read_tracker(reader: _Reader, raw: Any) -> Tracker | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise reader.fail(
            "'tracker' must name the tracker's columns",
            where="tracker",
            fix='Write e.g. tracker: {indicator_column: "KPI ref", series_column: "Measure"}',
        )
    reader.unknown_keys(raw, _TRACKER_FIELDS, indicator=None, where="tracker")
    column = reader.text(raw, "indicator_column", where="tracker")
    assert column is not None
    return Tracker(
        indicator_column=column,
        series_column=reader.text(raw, "series_column", where="tracker", required=False),
        sheet=reader.text(raw, "sheet", where="tracker", required=False),
        rag_column=reader.text(raw, "rag_column", where="tracker", required=False),
    )


__all__ = [
    "Indicator",
    "Report",
    "Series",
    "Tracker",
    "YearDefinition",
    "id_problem",
    "load_report",
    "parse_quarter",
]
