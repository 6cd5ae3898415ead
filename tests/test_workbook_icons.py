"""The workbooks (XLSX, ODS) hold every line of an SPC panel, however the indicator's
pages broke, and each Making Data Count icon as a picture beside its words, described
by them: outside the notes table (one table a sheet, no merged cells), moving with its
cell; a report without SPC has no pictures at all (issue 26)."""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import openpyxl
import pytest

from generator.core.model import (
    Block,
    Document,
    Figure,
    Heading,
    Icon,
    IconLine,
    Metadata,
    Notes,
    NotesLine,
    Run,
    Section,
    SideBySide,
    Table,
    TableCell,
)
from generator.editors.verify.conformance import verify
from generator.look.sheets import CoverRows, NoteIcons, Widths, plan_workbook
from generator.run.build import BuildOptions, build
from tests.built_editions import build_catching_document
from tests.report_folder import COMMENTARY, make_report
from tests.scope import shared
from tests.test_spc_icons import _spc_definition
from tests.writers.test_ods import _has_calc

# TS1's commentary: long enough that its SPC chart and panel go on to a page of their own
# ("TS1 (continued)"), where the workbook once lost them.
LONG = "\n\n".join(["The service answered more requests on time this quarter. " * 8] * 4)
ALTS = ["Variation: common cause variation", "Assurance: consistently failing the target"]
NS = {
    "xdr": "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}


@pytest.fixture(scope=shared)
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Path], Document]:
    root = make_report(
        tmp_path_factory.mktemp("wbicons") / "report",
        definition=_spc_definition(),
        commentary={**COMMENTARY, "TS1": LONG},
    )
    return build_catching_document(root, "2024-25 Q2", root / "output", ("xlsx", "ods"))


def _words(line: NotesLine) -> str:
    runs = line.runs if isinstance(line, IconLine) else line
    return "".join(r.text if isinstance(r, Run) else " " for r in runs).strip()


def _spc_lines(document: Document) -> list[NotesLine]:
    """The SPC panel's lines, from the model (its panel is the second beside a chart)."""
    pairs = [b for s in document.sections for b in s.blocks if isinstance(b, SideBySide)]
    panels = [p.side for p in pairs if p.main.name == "ts1-spc-chart"]
    assert len(panels) == 1
    return list(panels[0].lines)


def _notes_rows(path: Path) -> list[tuple[Any, ...]]:
    book = openpyxl.load_workbook(path)
    return [row for row in book["Notes"].iter_rows(min_row=4, values_only=True)]


def test_the_spc_panel_is_on_a_continued_page_in_the_model(
    built: tuple[dict[str, Path], Document],
) -> None:
    """What the tests below depend on: TS1's SPC chart and panel are not on its first
    page but in the section that continues it."""
    _, document = built
    continued = [
        s
        for s in document.sections
        if isinstance(s.blocks[0], Heading) and s.blocks[0].continuation
    ]
    assert len(continued) == 1
    assert any(
        isinstance(b, SideBySide) and b.main.name == "ts1-spc-chart" for b in continued[0].blocks
    )


def test_every_spc_line_of_a_continued_section_is_in_the_notes_sheet(
    built: tuple[dict[str, Path], Document],
) -> None:
    files, document = built
    lines = _spc_lines(document)
    assert len(lines) >= 4  # variation, assurance, the limits, trial limits, the rules
    texts = {fmt: [str(row[1]) for row in _notes_rows(path)] for fmt, path in _xlsx_and_ods(files)}
    for fmt, notes in texts.items():
        for line in lines:
            assert any(_words(line) in note for note in notes), (fmt, _words(line))
        # each line with an icon is a note of its own
        icon_lines = [_words(line) for line in lines if isinstance(line, IconLine)]
        assert [n for n in notes if n in icon_lines] == icon_lines, fmt
    # and TS1's sheet names every note that holds them, and its technical notes
    book = openpyxl.load_workbook(files["xlsx"])
    title = str(book["TS1"]["A1"].value)
    numbers = [int(n) for n in re.findall(r"\[note (\d+)\]", title)]
    named = [texts["xlsx"][n - 1] for n in numbers]
    for line in lines:
        assert any(_words(line) in note for note in named), _words(line)
    panels = [b.side for s in document.sections for b in s.blocks if isinstance(b, SideBySide)]
    technical = next(p for p in panels if isinstance(p, Notes))
    assert _words(technical.lines[0]) in named[0]


def _xlsx_and_ods(files: dict[str, Path]) -> list[tuple[str, Path]]:
    """The workbook and the ODS, the ODS read as the XLSX it is the same as."""
    return [("xlsx", files["xlsx"]), ("ods", _ods_as_rows(files["ods"]))]


def _ods_as_rows(path: Path) -> Path:
    """The ODS's notes sheet written into a plain XLSX, so that both read alike."""
    from generator.editors.verify.workbook import read_ods

    sheet = next(s for s in read_ods(path) if s.name == "Notes")
    book = openpyxl.Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "Notes"
    for row in sheet.rows:
        notes.append(list(row))
    copy = path.with_suffix(".notes.xlsx")
    book.save(copy)
    return copy


def _xlsx_drawing(path: Path) -> tuple[list[tuple[int, int, str, str]], str]:
    """The notes sheet's pictures, (column, row, description, how each is anchored),
    and the notes table's range."""
    with zipfile.ZipFile(path) as book:
        names = book.namelist()
        rels = book.read("xl/worksheets/_rels/sheet3.xml.rels").decode()
        drawing = re.search(r'Target="\.\./drawings/(drawing\d+\.xml)"', rels)
        assert drawing is not None
        root = ElementTree.fromstring(book.read(f"xl/drawings/{drawing.group(1)}"))
        media = book.read(f"xl/drawings/_rels/{drawing.group(1)}.rels").decode()
        for target in re.findall(r'Target="\.\./media/([^"]+)"', media):
            assert f"xl/media/{target}" in names
        table = re.search(r'Target="\.\./tables/(table\d+\.xml)"', rels)
        assert table is not None
        ref = re.search(r'ref="([A-Z0-9:]+)"', book.read(f"xl/tables/{table.group(1)}").decode())
        assert ref is not None
    pictures = []
    for anchor in root.findall("xdr:twoCellAnchor", NS):
        start = anchor.find("xdr:from", NS)
        end = anchor.find("xdr:to", NS)
        described = anchor.find("xdr:pic/xdr:nvPicPr/xdr:cNvPr", NS)
        assert start is not None and end is not None and described is not None
        column, row = (int(start.findtext(f"xdr:{k}", "", NS)) for k in ("col", "row"))
        # within its one cell: it covers no other
        assert (end.findtext("xdr:col", "", NS), end.findtext("xdr:row", "", NS)) == (
            str(column),
            str(row),
        )
        pictures.append((column, row, described.get("descr", ""), anchor.get("editAs", "")))
    return pictures, ref.group(1)


def test_the_xlsx_draws_each_icon_beside_its_words_described_by_them(
    built: tuple[dict[str, Path], Document],
) -> None:
    files, document = built
    pictures, ref = _xlsx_drawing(files["xlsx"])
    rows = _notes_rows(files["xlsx"])
    icon_lines = [line for line in _spc_lines(document) if isinstance(line, IconLine)]
    assert [alt for _, _, alt, _ in pictures] == [line.icon.alt for line in icon_lines] == ALTS
    for (column, row, _, anchored), line in zip(pictures, icon_lines, strict=True):
        assert column == 2  # C: beside the notes table's text column (B)
        assert rows[row - 3][1] == _words(line)  # in the row of its own words
        assert anchored == "oneCell"  # moves with its cell, not sized with it
    # the notes table is A and B alone: the pictures are not part of it
    assert ref == f"A3:B{3 + len(rows)}"
    book = openpyxl.load_workbook(files["xlsx"])
    assert not book["Notes"].merged_cells.ranges


def _ods_notes(path: Path) -> tuple[ElementTree.Element, list[str], str]:
    with zipfile.ZipFile(path) as ods:
        root = ElementTree.fromstring(ods.read("content.xml"))
        names = ods.namelist()
        manifest = ods.read("META-INF/manifest.xml").decode()
    table = next(
        t
        for t in root.iter(f"{{{NS['table']}}}table")
        if t.get(f"{{{NS['table']}}}name") == "Notes"
    )
    ranges = [
        r.get(f"{{{NS['table']}}}target-range-address", "")
        for r in root.iter(f"{{{NS['table']}}}database-range")
    ]
    ranges = [r for r in ranges if r.startswith(("'Notes'.", "Notes."))]
    for frame in table.iter(f"{{{NS['draw']}}}frame"):
        image = frame.find("draw:image", NS)
        assert image is not None
        href = image.get(f"{{{NS['xlink']}}}href", "")
        assert href in names and f'manifest:full-path="{href}"' in manifest
    return table, names, ranges[0] if ranges else ""


def test_the_ods_frames_each_icon_in_the_cell_beside_its_words_titled_by_them(
    built: tuple[dict[str, Path], Document],
) -> None:
    files, document = built
    table, _, address = _ods_notes(files["ods"])
    icon_lines = [line for line in _spc_lines(document) if isinstance(line, IconLine)]
    found = []
    rows = table.findall("table:table-row", NS)
    for row in rows:
        cells = row.findall("table:table-cell", NS)
        for place, cell in enumerate(cells):
            for frame in cell.findall("draw:frame", NS):
                words = "".join(cells[1].itertext())
                found.append((place, words, frame.findtext("svg:title", "", NS)))
                assert frame.findtext("svg:desc", "", NS) == frame.findtext("svg:title", "", NS)
    assert found == [(2, _words(line), line.icon.alt) for line in icon_lines]
    assert [alt for _, _, alt in found] == ALTS
    # the notes table (its named range, its one table) is A and B alone
    assert re.fullmatch(rf"'Notes'\.A3:'Notes'\.B{len(rows)}", address)


def test_libreoffice_reads_each_picture_with_its_words(
    built: tuple[dict[str, Path], Document], tmp_path: Path
) -> None:
    """LibreOffice Calc opens both workbooks and keeps each picture in its place with
    its description: the ODS saved as XLSX, the XLSX saved as ODS."""
    if not _has_calc():
        pytest.skip("LibreOffice here has no Calc (install libreoffice-calc-nogui)")
    files, _ = built
    for source, target in (("ods", "xlsx"), ("xlsx", "ods")):
        folder = tmp_path / source
        result = subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp_path}/profile",
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                str(folder),
                str(files[source]),
            ],
            capture_output=True,
            timeout=300,
            check=False,
        )
        converted = folder / files[source].with_suffix(f".{target}").name
        assert converted.is_file(), result.stderr.decode(errors="replace")
        if target == "xlsx":
            pictures, _ = _xlsx_drawing(converted)
            assert [(c, alt) for c, _, alt, _ in pictures] == [(2, alt) for alt in ALTS]
        else:
            table, _, _ = _ods_notes(converted)
            said = [
                frame.findtext("svg:desc", "", NS) for frame in table.iter(f"{{{NS['draw']}}}frame")
            ]
            assert said == ALTS


def test_verify_passes_on_both_workbooks(built: tuple[dict[str, Path], Document]) -> None:
    files, _ = built
    for result in verify([files["xlsx"], files["ods"]]).editions:
        for check in result.checks:
            assert check.status in ("pass", "skipped"), (check.name, check.details)
        assert any(check.name == "No merged cells" for check in result.checks)


def test_the_same_inputs_give_the_same_workbooks(tmp_path: Path) -> None:
    root = make_report(tmp_path / "report", definition=_spc_definition())
    written = [
        build(BuildOptions(root=root, out=tmp_path / name, formats=("xlsx", "ods"))).written
        for name in ("a", "b")
    ]
    for first, second in zip(*written, strict=True):
        assert first.read_bytes() == second.read_bytes(), first.name
    with zipfile.ZipFile(written[0][1]) as ods:
        assert any(name.startswith("Pictures/") for name in ods.namelist())


def test_a_report_without_spc_has_no_pictures_and_two_notes_columns(tmp_path: Path) -> None:
    root = make_report(tmp_path / "report")
    written = build(BuildOptions(root=root, out=tmp_path / "out", formats=("xlsx", "ods"))).written
    xlsx, ods = (next(p for p in written if p.suffix == f".{fmt}") for fmt in ("xlsx", "ods"))
    with zipfile.ZipFile(xlsx) as book:
        assert not [n for n in book.namelist() if n.startswith(("xl/drawings", "xl/media"))]
    table, names, _ = _ods_notes(ods)
    assert not [n for n in names if n.startswith("Pictures/")]
    assert len(table.findall("table:table-column", NS)) == 2
    assert openpyxl.load_workbook(xlsx)["Notes"].max_column == 2


def _table(name: str) -> Table:
    return Table(
        rows=(
            (TableCell("Series", header=True), TableCell("Q1")),
            (TableCell("x"), TableCell("1")),
        ),
        caption=f"Figures of {name}",
        name=name,
    )


def _panel(*lines: NotesLine) -> Notes:
    return Notes(Heading(3, (Run("Notes"),)), lines)


def _pair(panel: Notes) -> SideBySide:
    return SideBySide(Figure(b"png", "a chart", 100, 60, "chart"), panel, 0.6)


_ICON = Icon(b"png", "Variation: common cause variation", 10, "spc-icon-common")
_GAIN = Icon(b"png", "Assurance: hit and miss", 10, "spc-icon-hit-and-miss")


def _start(ident: str, *blocks: Block) -> Section:
    return Section((Heading(2, (Run(ident),), anchor=ident), *blocks))


def _more(ident: str, *blocks: Block) -> Section:
    return Section((Heading(2, (Run(f"{ident} (continued)"),), continuation=True), *blocks))


_TECH = _panel((Run("Target 80%."),), (Run("Rising."),))
_SPC = _panel(
    IconLine(_ICON, (Run("Variation: common cause. "),)),
    IconLine(_GAIN, (Run("Assurance: hit and miss. "),)),
    (Run("Mean 5. "),),
    (Run("The rules. "),),
)


@pytest.mark.parametrize(
    ("sections", "notes", "titles"),
    [
        # one page: its technical notes one note, named in its title
        ([_start("A1", _pair(_TECH), _table("A1"))], [("Target 80%. Rising.", None)], ["[note 1]"]),
        # the SPC panel on the continued page: each icon line a note of its own, its
        # icon beside it; the other lines one note; the title names them all
        (
            [_start("A1", _pair(_TECH), _table("A1")), _more("A1", _pair(_SPC))],
            [
                ("Target 80%. Rising.", None),
                ("Variation: common cause.", _ICON),
                ("Assurance: hit and miss.", _GAIN),
                ("Mean 5. The rules.", None),
            ],
            ["[note 1] [note 2] [note 3] [note 4]"],
        ),
        # the table on the continued page, the notes on the first (ASCH5's pages)
        (
            [_start("A1", _pair(_TECH)), _more("A1", _table("A1"))],
            [("Target 80%. Rising.", None)],
            ["[note 1]"],
        ),
        # notes beneath the chart, their lines split across the pages: one note
        (
            [
                _start("A1", _panel((Run("Target 80%."),)), _table("A1")),
                _more("A1", _panel((Run("Rising."),))),
                _start("A2", _pair(_panel((Run("Counted."),))), _table("A2")),
            ],
            [("Target 80%. Rising.", None), ("Counted.", None)],
            ["[note 1]", "[note 2]"],
        ),
        # an indicator with no table: its notes are no sheet's, so none
        ([_start("A1", _pair(_TECH)), _start("A2", _table("A2"))], [], [""]),
    ],
)
def test_the_notes_sheet_reads_each_indicator_whole(
    sections: list[Section], notes: list[tuple[str, Icon | None]], titles: list[str]
) -> None:
    document = Document(Metadata("T", "S", "A", "en-GB"), tuple(sections))
    icons = NoteIcons(points=24, margin_points=2, column_width=6, line_points=15, text_width=20)
    plan = plan_workbook(document, Widths(2, 10, 60), icons, CoverRows(90, 12, 14))
    assert [(n.text, n.icon) for n in plan.notes] == notes
    assert [s.title.removeprefix(f"Figures of {s.label}").strip() for s in plan.sheets] == titles
    for note in plan.notes:  # a row is as tall as its words (16 characters a line, 20
        # wide over 1.25) and, with a picture, as the picture (24 and twice 2)
        words = 15 * sum(max(1, -(-len(part) // 16)) for part in note.text.split("\n"))
        assert note.height_points == (words if note.icon is None else max(28, words))
