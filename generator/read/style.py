"""House style: read from `styles/house.yaml` into typed values.

The chart builders read the `Style`; the four editions' writers read the look
resolved from it (generator/look/resolve.py), so a colour or a font changes
everywhere by editing one file.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from generator.core.errors import InputError
from generator.core.messages import check_rewording
from generator.core.vocabulary import RAGS
from generator.read.yaml_text import YAMLError, shown


@dataclass(frozen=True)
class SeriesStyle:
    name: str
    colour: str
    marker: str
    line: str
    hatch: str  # the fill pattern of its bars where series are stacked ("" for none)


# The house style `appendix init` writes (package data): its `comparators:` lines are
# also how comparators are drawn where a style names none.
HOUSE_TEMPLATE = Path(__file__).resolve().parent.parent / "templates" / "house.yaml"


def comparator_styles(raw: Any) -> tuple[SeriesStyle, ...]:
    """The `comparators:` entries of a house style (each a name, colour, marker, line)."""
    return tuple(
        SeriesStyle(str(c["name"]), str(c["colour"]), str(c["marker"]), str(c["line"]), "")
        for c in raw
    )


@cache
def default_comparators() -> tuple[SeriesStyle, ...]:
    """How comparators' lines are drawn where the style names none: the lines of the
    house style `appendix init` writes (a line style and a marker of their own, the
    first series being solid with circles, from the same palette), read from it."""
    from generator.read.yaml_parse import parse_yaml  # PyYAML, loaded to parse

    raw = parse_yaml(HOUSE_TEMPLATE.read_text(encoding="utf-8"))
    return comparator_styles(raw["comparators"])


@dataclass(frozen=True)
class RagStyle:
    fill: str
    text: str


@dataclass(frozen=True)
class FontFiles:
    regular: Path
    bold: Path
    italic: Path
    bold_italic: Path


@dataclass(frozen=True)
class PageStyle:
    size: str
    orientation: str
    margin_top_mm: float
    margin_bottom_mm: float
    margin_left_mm: float
    margin_right_mm: float
    chart_share: float

    @property
    def width_mm(self) -> float:
        short, long = _PAPER_MM[self.size]
        return long if self.orientation == "landscape" else short

    @property
    def height_mm(self) -> float:
        short, long = _PAPER_MM[self.size]
        return short if self.orientation == "landscape" else long

    @property
    def text_width_mm(self) -> float:
        return self.width_mm - self.margin_left_mm - self.margin_right_mm


_PAPER_MM: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}


@dataclass(frozen=True)
class ChartStyle:
    width_mm: float
    height_mm: float
    dpi: int
    target_colour: str
    target_line: str
    target_width: float
    band_colour: str
    band_alpha: float
    provisional_marker_face: str
    provisional_line: str
    grid: str
    # The floor or upper threshold's own line (styles without one get these).
    threshold_colour: str = "#505A5F"
    threshold_line: str = "dashed"
    threshold_width: float = 1.2
    # The least height a chart may be given so that its indicator fits one page
    # (see generator/run/pages.py); styles without one keep charts at `height_mm`
    # down to this default.
    min_height_mm: float = 60.0
    # The SPC icons (Making Data Count): their size, and any colour the style sets for
    # a kind of icon (the others take the SPC chart's point colours: `SPC_ICON_COLOURS`).
    spc_icon_mm: float = 10.0
    spc_icon_colours: tuple[tuple[str, str], ...] = ()


# Each kind of SPC icon's colour where the style sets none: the series colour its points
# have in the SPC chart (improving the first, concerning the second, common cause the
# third, a measure with no better way the fourth).
SPC_ICON_COLOURS = {"improving": 0, "concerning": 1, "common": 2, "neither": 3}


@dataclass(frozen=True)
class Style:
    font_family: str
    fonts: FontFiles
    sizes: dict[str, float]
    colours: dict[str, str]
    series: tuple[SeriesStyle, ...]
    rag: dict[str, RagStyle]
    chart: ChartStyle
    page: PageStyle
    source: Path
    # The council's Word template (.docx or .dotx), if the style names one.
    template: Path | None = None
    # TrueType files of further font families (e.g. the template's), by family name.
    extra_fonts: tuple[tuple[str, FontFiles], ...] = ()
    # Printed before the PDF's page numbers and written as its page labels ("A1-").
    page_label_prefix: str = ""
    # Comparators' lines in a KPI chart, in the order the definition names them.
    comparators: tuple[SeriesStyle, ...] = field(default_factory=default_comparators)
    # The council's own wording of fixed messages, by key (checked against the catalogue).
    messages: tuple[tuple[str, str], ...] = ()
    # How a report listing several `languages:` is published: each language's editions
    # ("separate"), or one bilingual document a format, Welsh first ("one_document").
    bilingual: str = "separate"

    @property
    def one_document(self) -> bool:
        """Whether a report listing other languages is published as one bilingual
        document a format (`bilingual: one_document`)."""
        return self.bilingual == "one_document"

    def font_files(self, family: str) -> FontFiles | None:
        """The TrueType files of `family`, if the style gives them."""
        if family == self.font_family:
            return self.fonts
        return dict(self.extra_fonts).get(family)

    def size(self, name: str) -> float:
        return self.sizes[name]

    def colour(self, name: str) -> str:
        return self.colours[name]

    def spc_icon_colour(self, kind: str) -> str:
        """An SPC icon's colour (`kind`: improving, concerning, common or neither)."""
        found = dict(self.chart.spc_icon_colours).get(kind)
        return found if found is not None else self.series[SPC_ICON_COLOURS[kind]].colour


def _font_path(spec: str, base: Path) -> Path:
    if spec.startswith("matplotlib:"):
        # Found without importing matplotlib, which the main process does not need.
        found = importlib.util.find_spec("matplotlib")
        assert found is not None and found.submodule_search_locations is not None
        package = Path(next(iter(found.submodule_search_locations)))
        return package / "mpl-data" / "fonts" / "ttf" / spec.split(":", 1)[1]
    return _resolved(base, spec)


def _resolved(base: Path, spec: str) -> Path:
    """`spec` beside `base`, made absolute; a name the system cannot take (too long,
    or holding a NUL) is kept as written, and then found to be no file."""
    try:
        return (base / spec).resolve()
    except (OSError, ValueError):
        return base / spec


def files_named(style: Style) -> tuple[Path, ...]:
    """The files a house style names, which `load_style` checks are there: its fonts'
    files and its Word template."""
    faces = [style.fonts, *(files for _, files in style.extra_fonts)]
    named = [path for files in faces for path in vars(files).values()]
    return (*named, *((style.template,) if style.template is not None else ()))


def files_there(style: Style) -> bool:
    """Whether every file `style` names is still a file (a kept style is used only
    then; else `load_style` reads it again and says which is missing)."""
    return all(_is_file(path) for path in files_named(style))


def _is_file(path: Path) -> bool:
    """Whether `path` is a file; a name too long for the system is not one."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


def _threshold(raw: Any) -> dict[str, Any]:
    """chart.threshold: {colour, line, width}, each optional."""
    if raw is None:
        return {}
    names = {"colour": ("threshold_colour", str), "line": ("threshold_line", str)}
    found: dict[str, Any] = {names[k][0]: names[k][1](v) for k, v in raw.items() if k in names}
    if "width" in raw:
        found["threshold_width"] = float(raw["width"])
    return found


def _spc_icons(raw: Any) -> dict[str, Any]:
    """chart.spc_icons: {size_mm, improving, concerning, common, neither}, each optional."""
    if raw is None:
        return {}
    found: dict[str, Any] = {}
    if "size_mm" in raw:
        found["spc_icon_mm"] = float(raw["size_mm"])
    found["spc_icon_colours"] = tuple(
        (kind, str(raw[kind])) for kind in SPC_ICON_COLOURS if raw.get(kind) is not None
    )
    return found


def load_style(path: Path) -> Style:
    """Read a house-style file; a missing or mistyped field is an InputError."""
    from generator.read.yaml_parse import parse_yaml  # PyYAML, loaded to parse

    try:
        text = path.read_text(encoding="utf-8")
        raw: Any = parse_yaml(text)
    except FileNotFoundError as exc:
        raise InputError(
            "house style file not found", file=str(path), fix="Create it (see styles/house.yaml)"
        ) from exc
    except YAMLError as exc:
        raise InputError(f"not valid YAML: {exc}", file=str(path)) from exc
    _refuse_unknown_keys(raw, _KEYS, "", str(path))
    try:
        font = raw["font"]
        fonts = _font_files(font["files"], path, "font.files")
        extra_fonts = tuple(
            (str(family), _font_files(files, path, f"fonts.{family}"))
            for family, files in (raw.get("fonts") or {}).items()
        )
        template = None
        if raw.get("template"):
            template = _resolved(path.parent, str(raw["template"]))
            if not _is_file(template) or template.suffix.lower() not in (".docx", ".dotx"):
                raise InputError(
                    f"template '{shown(str(raw['template']))}' is not a Word file here: "
                    f"{shown(str(template))}",
                    file=str(path),
                    where="template",
                    fix="Give a .docx or .dotx file, its path relative to the style file",
                )
        chart = raw["chart"]
        style = Style(
            font_family=str(font["family"]),
            fonts=fonts,
            sizes={str(k): float(v) for k, v in raw["sizes"].items()},
            colours={str(k): str(v) for k, v in raw["colours"].items()},
            series=tuple(
                SeriesStyle(
                    str(s["name"]),
                    str(s["colour"]),
                    str(s["marker"]),
                    str(s["line"]),
                    str(s["hatch"] or ""),
                )
                for s in raw["series"]
            ),
            rag={str(k): RagStyle(str(v["fill"]), str(v["text"])) for k, v in raw["rag"].items()},
            chart=ChartStyle(
                width_mm=float(chart["width_mm"]),
                height_mm=float(chart["height_mm"]),
                dpi=int(chart["dpi"]),
                target_colour=str(chart["target"]["colour"]),
                target_line=str(chart["target"]["line"]),
                target_width=float(chart["target"]["width"]),
                band_colour=str(chart["band"]["colour"]),
                band_alpha=float(chart["band"]["alpha"]),
                provisional_marker_face=str(chart["provisional"]["marker_face"]),
                provisional_line=str(chart["provisional"]["line"]),
                grid=str(chart["grid"]),
                **_threshold(chart.get("threshold")),
                min_height_mm=float(chart.get("min_height_mm", 60.0)),
                **_spc_icons(chart.get("spc_icons")),
            ),
            page=PageStyle(
                **{k: _page_value(raw["page"], k) for k in PageStyle.__dataclass_fields__}
            ),
            source=path,
            template=template,
            extra_fonts=extra_fonts,
            page_label_prefix=_page_label_prefix(raw.get("page_label_prefix"), path),
            comparators=comparator_styles(raw["comparators"])
            if raw.get("comparators")
            else default_comparators(),
            messages=_rewordings(raw.get("messages"), path, text),
            bilingual=_bilingual(raw.get("bilingual"), path, text),
        )
    except InputError:
        raise
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(
            f"house style is missing or mistypes a field ({exc})",
            file=str(path),
            fix="Compare it with styles/house.yaml in the sample",
        ) from exc
    if style.page.size not in _PAPER_MM:
        raise InputError(
            f"unknown page size '{style.page.size}'", file=str(path), fix="Use A4 or A3"
        )
    for needed in (
        "title",
        "heading",
        "subheading",
        "body",
        "notes",
        "table",
        "footer",
        "chart_text",
    ):
        if needed not in style.sizes:
            raise InputError(
                f"sizes.{needed} is missing", file=str(path), fix="Add it under sizes, in points"
            )
    _check_values(style, str(path))
    return style


def _page_value(page: Any, key: str) -> Any:
    """A page field as written; a margin or the chart's share that is not a number is a
    mistyped field (KeyError and TypeError are reported as one, by the caller)."""
    value = page[key]
    if key not in ("size", "orientation") and (
        isinstance(value, bool) or not isinstance(value, int | float)
    ):
        raise TypeError(f"page.{key} is {_kind(value)}, not a number")
    return value


def _page_label_prefix(raw: Any, path: Path) -> str:
    """page_label_prefix: text such as "A1-" (quoted), or nothing."""
    if raw is None:
        return ""
    if not isinstance(raw, str) or not raw.strip() or not raw.isprintable():
        raise InputError(
            f"page_label_prefix is {raw!r}, not a label to print before the page numbers",
            file=str(path),
            where="page_label_prefix",
            fix='Write it in quotes on one line, e.g. page_label_prefix: "A1-", or leave it out',
        )
    return raw


BILINGUAL = ("separate", "one_document")


def _bilingual(raw: Any, path: Path, text: str) -> str:
    """bilingual: separate (the default) or one_document."""
    if raw is None:
        return "separate"
    if raw not in BILINGUAL:
        raise InputError(
            f"bilingual is {raw!r}, not one of {', '.join(BILINGUAL)}",
            file=str(path),
            where=_line_of(text, "bilingual"),
            fix="Write bilingual: one_document for one document in every language listed "
            "(Welsh first), or bilingual: separate (the default) for an edition each",
        )
    return str(raw)


def _rewordings(raw: Any, path: Path, text: str) -> tuple[tuple[str, str], ...]:
    """messages: the council's wording of fixed messages, by key (docs/messages.md);
    each keeps the placeholders of the message it rewords."""
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        raise InputError(
            f"'messages' must list messages by key (it is {_kind(raw)})",
            file=str(path),
            where=_line_of(text, "messages"),
            fix='Write each indented under it, e.g.   notes.heading: "Notes on the figures"',
        )
    found = []
    for key, value in raw.items():
        where = _line_of(text, str(key), after="messages")
        if not isinstance(value, str) or not value.strip():
            kind = "empty" if isinstance(value, str) else _kind(value)
            raise InputError(
                f"message '{key}' is {kind}, not its wording",
                file=str(path),
                where=where,
                fix="Give its wording in quotes on one line",
            )
        problem = check_rewording(str(key), value)
        if problem is not None:
            raise InputError(
                problem,
                file=str(path),
                where=where,
                fix="Keep every placeholder in braces the message has (docs/messages.md lists "
                "each message with its placeholders), and add none",
            )
        found.append((str(key), value))
    return tuple(found)


def _line_of(text: str, key: str, after: str | None = None) -> str | None:
    """'line N' of `key:` in the style's text (the first after the line `after:`)."""
    lines = text.splitlines()
    start = 0
    if after is not None:
        heads = [n for n, line in enumerate(lines) if re.match(rf"{re.escape(after)}\s*:", line)]
        start = heads[0] + 1 if heads else 0
    wanted = re.compile(rf"""^\s*(["']?){re.escape(key)}\1\s*:""")
    for number in range(start, len(lines)):
        if wanted.match(lines[number]):
            return f"line {number + 1}"
    return None


_FACES = {k: None for k in FontFiles.__dataclass_fields__}
# Every key the house style may hold: a nested dict for a section with fixed keys,
# "list" or "map" for one whose entries have the keys given, None for a value.
_KEYS: dict[str, Any] = {
    "template": None,
    "page_label_prefix": None,
    "bilingual": None,
    "messages": None,  # any key: checked against the message catalogue
    "font": {"family": None, "files": _FACES},
    "fonts": ("map", _FACES),
    "sizes": {
        k: None
        for k in (
            "title",
            "heading",
            "subheading",
            "minor_heading",
            "lead",
            "body",
            "notes",
            "table",
            "footer",
            "chart_text",
        )
    },
    "colours": {
        k: None
        for k in (
            "text",
            "link",
            "heading",
            "rule",
            "notes_background",
            "table_header_background",
            "table_header_text",
        )
    },
    "series": ("list", {k: None for k in ("name", "colour", "marker", "line", "hatch")}),
    "comparators": ("list", {k: None for k in ("name", "colour", "marker", "line")}),
    "rag": ("map", {"fill": None, "text": None}),
    "chart": {
        "width_mm": None,
        "height_mm": None,
        "dpi": None,
        "target": {"colour": None, "line": None, "width": None},
        "threshold": {"colour": None, "line": None, "width": None},
        "band": {"colour": None, "alpha": None},
        "provisional": {"marker_face": None, "line": None},
        "grid": None,
        "min_height_mm": None,
        "spc_icons": {k: None for k in ("size_mm", *SPC_ICON_COLOURS)},
    },
    "page": {k: None for k in PageStyle.__dataclass_fields__},
}


def _refuse_unknown_keys(raw: Any, allowed: Any, where: str, file: str) -> None:
    """An unknown key is named with the keys allowed in its place."""
    if isinstance(allowed, tuple):
        kind, item_keys = allowed
        entries = raw if kind == "list" and isinstance(raw, list) else []
        if kind == "map" and isinstance(raw, dict):
            entries = list(raw.values())
        names = list(raw) if kind == "map" and isinstance(raw, dict) else range(len(entries))
        for name, entry in zip(names, entries, strict=True):
            place = f"{where}.{name}" if kind == "map" else f"{where}[{name}]"
            _refuse_unknown_keys(entry, item_keys, place, file)
        return
    if not isinstance(allowed, dict):
        return
    if not isinstance(raw, dict):
        if raw is None and where:
            return  # an empty section: named below as a missing field
        sample = "Start from styles/house.yaml in the sample (it is commented line by line)"
        if not where:
            problem = (
                "the house style file is empty"
                if raw is None
                else f"the house style is not a mapping of fields (it is {_kind(raw)})"
            )
            raise InputError(problem, file=file, fix=sample)
        raise InputError(
            f"'{where}' must list its fields (it is {_kind(raw)})",
            file=file,
            fix="Write them indented under it: " + ", ".join(sorted(allowed)),
        )
    for key, value in raw.items():
        if key not in allowed:
            place = f"{where}.{key}" if where else str(key)
            raise InputError(
                f"unknown field '{place}'",
                file=file,
                fix="Check the spelling; the fields here are " + ", ".join(sorted(allowed)),
            )
        _refuse_unknown_keys(value, allowed[key], f"{where}.{key}" if where else key, file)


def _kind(value: Any) -> str:
    """What a YAML value is, in a message's words."""
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "text"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    return "a single value"


def _font_files(files: Any, path: Path, where: str) -> FontFiles:
    fonts = FontFiles(
        **{k: _font_path(str(files[k]), path.parent) for k in FontFiles.__dataclass_fields__}
    )
    for role, font_path in vars(fonts).items():
        if not _is_file(font_path):
            raise InputError(
                f"font file for '{role}' not found: {shown(str(font_path))}",
                file=str(path),
                where=where,
                fix="Point it at a TrueType (.ttf) file",
            )
    return fonts


_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")
LINES = ("solid", "dashed", "dashdot", "dotted")
MARKERS = ("o", "s", "^", "v", "<", ">", "D", "d", "p", "h", "*", "x", "+")
HATCH_MARKS = "/\\|-+xoO.*"  # matplotlib's hatch characters, repeated for density


def _check_values(style: Style, file: str) -> None:
    """Colours, line styles and markers the charts and writers can use."""
    colours = {f"colours.{k}": v for k, v in style.colours.items()}
    colours |= {f"series {s.name}": s.colour for s in style.series}
    colours |= {f"comparator {s.name}": s.colour for s in style.comparators}
    colours |= {f"rag.{k}.fill": v.fill for k, v in style.rag.items()}
    colours |= {f"rag.{k}.text": v.text for k, v in style.rag.items()}
    chart = style.chart
    colours |= {
        "chart.target": chart.target_colour,
        "chart.band": chart.band_colour,
        "chart.grid": chart.grid,
        "chart.threshold": chart.threshold_colour,
        "chart.provisional": chart.provisional_marker_face,
    }
    colours |= {f"chart.spc_icons.{k}": v for k, v in chart.spc_icon_colours}
    for name, value in colours.items():
        if not _HEX.match(value):
            raise InputError(
                f"{name} is '{value}', not a colour",
                file=file,
                fix="Write colours as # and six hex digits, e.g. #12436D",
            )
    lines = {f"series {s.name}": s.line for s in style.series}
    lines |= {f"comparator {s.name}": s.line for s in style.comparators}
    lines |= {"chart.target": chart.target_line, "chart.provisional": chart.provisional_line}
    lines |= {"chart.threshold": chart.threshold_line}
    for name, value in lines.items():
        if value not in LINES:
            raise InputError(
                f"{name} has line '{value}'", file=file, fix="Use one of: " + ", ".join(LINES)
            )
    for series in style.series:
        if series.marker not in MARKERS:
            raise InputError(
                f"series {series.name} has marker '{series.marker}'",
                file=file,
                fix="Use one of: " + " ".join(MARKERS),
            )
        if any(mark not in HATCH_MARKS for mark in series.hatch):
            raise InputError(
                f"series {series.name} has hatch '{series.hatch}'",
                file=file,
                fix='Use "" for none, or the characters '
                + " ".join(HATCH_MARKS)
                + ", e.g. // or ..",
            )
    _check_comparators(style, file)
    if len({s.hatch for s in style.series}) < len(style.series):
        raise InputError(
            "two series have the same hatch",
            file=file,
            fix="Give each series its own hatch, so stacked bars differ by more than colour",
        )
    if len(style.series) < 4:
        raise InputError(
            "the style needs four series colours", file=file, fix="List four entries under series:"
        )
    for key in RAGS:
        if key not in style.rag:
            raise InputError(f"rag.{key} is missing", file=file)
    if not 0 < style.page.chart_share < 1 or not 72 <= style.chart.dpi <= 600:
        raise InputError(
            "page.chart_share must be between 0 and 1 and chart.dpi 72 to 600", file=file
        )
    if not 4 <= style.chart.spc_icon_mm <= 30:
        raise InputError(
            f"chart.spc_icons.size_mm is {style.chart.spc_icon_mm:g}",
            file=file,
            fix="Give the SPC icons a size from 4 to 30 mm (default 10)",
        )
    if not 0 < style.chart.min_height_mm <= style.chart.height_mm:
        raise InputError(
            f"chart.min_height_mm is {style.chart.min_height_mm:g}",
            file=file,
            fix=f"Give a height above 0 and at most chart.height_mm ({style.chart.height_mm:g})",
        )


def _check_comparators(style: Style, file: str) -> None:
    """Comparators' lines differ from the council's own (and each other's) by more
    than colour: each has its own marker and a line other than the first series'."""
    from generator.read.comparator_fields import COMPARATOR_LIMIT

    first = style.series[0]
    for comparator in style.comparators:
        if comparator.marker not in MARKERS:
            raise InputError(
                f"comparator {comparator.name} has marker '{comparator.marker}'",
                file=file,
                fix="Use one of: " + " ".join(MARKERS),
            )
        if comparator.line == first.line or comparator.marker == first.marker:
            raise InputError(
                f"comparator {comparator.name} is drawn with the first series' "
                + ("line" if comparator.line == first.line else "marker"),
                file=file,
                fix="Give each comparator a line and a marker of its own, so it differs from "
                "the council's line by more than colour",
            )
    if len({(c.line, c.marker) for c in style.comparators}) < len(style.comparators):
        raise InputError(
            "two comparators are drawn with the same line and marker",
            file=file,
            fix="Give each comparator its own line style or marker",
        )
    if len(style.comparators) < COMPARATOR_LIMIT:
        raise InputError(
            f"the style needs {COMPARATOR_LIMIT} comparator lines",
            file=file,
            fix=f"List {COMPARATOR_LIMIT} entries under comparators:, or leave comparators out",
        )


def hex_to_rgb(colour: str) -> tuple[float, float, float]:
    """'#12436D' -> (r, g, b) in 0..1."""
    value = colour.lstrip("#")
    return (int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2 contrast ratio between two hex colours."""

    def luminance(colour: str) -> float:
        channels = [
            c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in hex_to_rgb(colour)
        ]
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def readable_on(colour: str, background: str, ratio: float = 4.5) -> str:
    """The colour itself where text in it reaches the ratio on the background, else
    the same hue darkened in steps until it does (for text in a series' colour)."""
    r, g, b = hex_to_rgb(colour)
    for step in range(21):
        keep = 1 - step / 20
        shade = "#" + "".join(f"{round(c * keep * 255):02X}" for c in (r, g, b))
        if contrast_ratio(shade, background) >= ratio:
            return shade
    return "#000000"  # pragma: no cover - black always reaches 4.5:1 on a light background
