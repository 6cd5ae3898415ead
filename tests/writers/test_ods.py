"""The ODS edition, read back with pandas' ODF reader (and by LibreOffice where it
has Calc), against the workbook edition built from the same inputs and against the
document model both were written from."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import openpyxl
import pandas as pd
import pytest

from generator.core.model import Document, Table
from generator.core.rules import spreadsheet_number
from generator.core.vocabulary import UNITS
from generator.run.build import BuildOptions, build
from generator.writers.number_formats import NumberStyle, number_style
from tests.built_editions import build_catching_document
from tests.scope import shared

EDITIONS = ["2024-25 Q2", "2023-24 Q2"]
ODF = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
}


@pytest.fixture(scope=shared, params=EDITIONS)
def edition(
    request: pytest.FixtureRequest, repo_root: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[dict[str, Path], Document]:
    out = tmp_path_factory.mktemp("ods")
    return build_catching_document(repo_root, request.param, out, ("xlsx", "ods"))


def _tables(document: Document) -> list[Table]:
    return [b for s in document.sections for b in s.blocks if isinstance(b, Table)]


def _ods_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every sheet's rows as pandas' ODF reader gives them, empty cells as None."""
    sheets = pd.read_excel(path, engine="odf", sheet_name=None, header=None)
    return {
        name: [
            tuple(None if pd.isna(v) else v for v in row)
            for row in frame.itertuples(index=False, name=None)
        ]
        for name, frame in sheets.items()
    }


def _xlsx_rows(book: Any) -> dict[str, list[tuple[Any, ...]]]:
    return {
        sheet.title: [row for row in sheet.iter_rows(values_only=True) if any(row)]
        for sheet in book.worksheets
    }


def _same(ods: dict[str, list[tuple[Any, ...]]], xlsx: dict[str, list[tuple[Any, ...]]]) -> None:
    assert list(ods) == list(xlsx)
    for name, rows in xlsx.items():
        assert len(ods[name]) == len(rows), name
        for ods_row, xlsx_row in zip(ods[name], rows, strict=True):
            width = max(len(ods_row), len(xlsx_row))
            ods_cells = list(ods_row) + [None] * (width - len(ods_row))
            xlsx_cells = list(xlsx_row) + [None] * (width - len(xlsx_row))
            for ods_cell, xlsx_cell in zip(ods_cells, xlsx_cells, strict=True):
                if isinstance(xlsx_cell, int | float) and not isinstance(xlsx_cell, bool):
                    assert ods_cell == pytest.approx(xlsx_cell), (name, xlsx_row)
                else:
                    assert ods_cell == xlsx_cell, (name, xlsx_row)


def test_the_ods_holds_what_the_workbook_holds_sheet_by_sheet_cell_by_cell(
    edition: tuple[dict[str, Path], Document],
) -> None:
    files, document = edition
    ods = _ods_rows(files["ods"])
    names = [t.name for t in _tables(document)]
    assert list(ods) == ["Cover", "Contents", "Notes", *names]
    assert ods["Cover"][0][0] == document.metadata.title
    contents = ods["Contents"]
    listed = [row[0] for row in contents[contents.index(("Sheet name", "Table description")) + 1 :]]
    assert listed == names
    _same(ods, _xlsx_rows(openpyxl.load_workbook(files["xlsx"])))


def _content(path: Path) -> Any:
    from lxml import etree

    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read("content.xml"))


def test_figures_are_numbers_in_their_units_formats_and_no_cell_is_merged(
    edition: tuple[dict[str, Path], Document],
) -> None:
    files, document = edition
    root = _content(files["ods"])
    t, office, style = ODF["table"], ODF["office"], ODF["style"]
    assert not root.findall(f".//{{{t}}}covered-table-cell")
    assert not root.xpath("//@table:number-columns-spanned", namespaces=ODF)
    data_styles = {
        s.get(f"{{{style}}}name"): s.get(f"{{{style}}}data-style-name")
        for s in root.iter(f"{{{style}}}style")
    }
    kinds = {
        s.get(f"{{{style}}}name"): s.tag.split("}")[1]
        for s in root.find(f"{{{office}}}automatic-styles")
        if s.tag.endswith(("number-style", "percentage-style", "time-style"))
    }
    sheets = {s.get(f"{{{t}}}name"): s for s in root.iter(f"{{{t}}}table")}
    checked = 0
    for table in _tables(document):
        rows = sheets[table.name].findall(f"{{{t}}}table-row")[3:]
        for row, model_row in zip(rows, table.rows[1:], strict=True):
            cells = row.findall(f"{{{t}}}table-cell")
            for cell, model in zip(cells, model_row, strict=False):
                if model.value is None:
                    assert cell.get(f"{{{office}}}value-type") == "string"
                    continue
                value = float(cell.get(f"{{{office}}}value"))
                if not model.number_format:
                    assert value == pytest.approx(model.value)
                    continue
                checked += 1
                assert value == model.value
                kind = kinds[data_styles[cell.get(f"{{{t}}}style-name")]]
                wanted = {"number": "number-style", "percentage": "percentage-style"}.get(
                    number_style(model.number_format).kind, "time-style"
                )
                assert kind == wanted, (table.name, model.text)
                percent = model.number_format.endswith("%")
                assert cell.get(f"{{{office}}}value-type") == ("percentage" if percent else "float")
    assert checked  # the summary's figures, each in its own unit's format


def test_each_table_is_a_named_range_from_its_header_row(
    edition: tuple[dict[str, Path], Document],
) -> None:
    files, document = edition
    root = _content(files["ods"])
    t = ODF["table"]
    ranges = {
        r.get(f"{{{t}}}name"): r.get(f"{{{t}}}target-range-address")
        for r in root.iter(f"{{{t}}}database-range")
    }
    for table in _tables(document):
        (address,) = [a for a in ranges.values() if a.startswith(f"'{table.name}'.A3:")]
        last_row = int(re.search(r"(\d+)$", address).group(1))  # type: ignore[union-attr]
        assert last_row == 3 + len(table.rows) - 1


def test_the_file_properties_say_what_whose_and_when(
    edition: tuple[dict[str, Path], Document],
) -> None:
    from lxml import etree

    files, document = edition
    meta = document.metadata
    with zipfile.ZipFile(files["ods"]) as archive:
        root = etree.fromstring(archive.read("meta.xml"))
        dates = {info.date_time for info in archive.infolist()}
    said = {
        name: root.findtext(f".//{{{ODF[prefix]}}}{name}")
        for prefix, name in [
            ("dc", "title"),
            ("dc", "subject"),
            ("meta", "initial-creator"),
            ("dc", "language"),
            ("meta", "creation-date"),
        ]
    }
    built = datetime.fromtimestamp(meta.timestamp, tz=UTC)
    assert said == {
        "title": meta.title,
        "subject": meta.subject,
        "initial-creator": meta.author,
        "language": meta.language,
        "creation-date": built.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    keywords = [k.text for k in root.iter(f"{{{ODF['meta']}}}keyword")]
    assert keywords == list(meta.keywords)
    # Every entry of the zip is dated the build's timestamp, not the moment it was written.
    assert dates == {built.timetuple()[:6]}


def test_same_inputs_give_the_same_bytes(repo_root: Path, tmp_path: Path) -> None:
    first = build(BuildOptions(root=repo_root, out=tmp_path / "a", formats=("ods",)))
    second = build(BuildOptions(root=repo_root, out=tmp_path / "b", formats=("ods",)))
    assert first.written[0].read_bytes() == second.written[0].read_bytes()


def _has_calc() -> bool:
    """LibreOffice's Calc is installed beside soffice (libreoffice-calc-nogui)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return False
    program = Path(soffice).resolve().parent
    return any(program.glob("libsclo.*"))


def test_libreoffice_opens_the_ods_and_reads_the_workbooks_figures(
    edition: tuple[dict[str, Path], Document], tmp_path: Path
) -> None:
    if not _has_calc():
        pytest.skip(
            "LibreOffice here has no Calc, so it cannot open an ODS "
            "(install libreoffice-calc-nogui, as .ci/run does)"
        )
    files, _ = edition
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(tmp_path),
            str(files["ods"]),
        ],
        capture_output=True,
        timeout=300,
        check=False,
    )
    converted = tmp_path / files["ods"].with_suffix(".xlsx").name
    assert converted.is_file(), result.stderr.decode(errors="replace")
    _same(
        _xlsx_rows(openpyxl.load_workbook(converted)),
        _xlsx_rows(openpyxl.load_workbook(files["xlsx"])),
    )


def _show_grid(path: Path) -> dict[str, str]:
    """Each settings set's ShowGrid in an ODS (the document's and its sheets')."""
    config = "urn:oasis:names:tc:opendocument:xmlns:config:1.0"
    with zipfile.ZipFile(path) as ods:
        root = ElementTree.fromstring(ods.read("settings.xml"))
    found = {}
    for item_set in root.iter(f"{{{config}}}config-item-set"):
        for item in item_set.iter(f"{{{config}}}config-item"):
            if item.get(f"{{{config}}}name") == "ShowGrid":
                found[item_set.get(f"{{{config}}}name", "")] = item.text or ""
    return found


def test_the_ods_is_shown_without_gridlines_as_libreoffice_saves_the_workbook(
    edition: tuple[dict[str, Path], Document], tmp_path: Path
) -> None:
    """The workbook hides its gridlines; LibreOffice, saving that workbook as ODS,
    says so in its settings, and the ODS edition says it where LibreOffice does."""
    files, _ = edition
    ours = _show_grid(files["ods"])
    assert ours["ooo:configuration-settings"] == "false"
    assert ours["ooo:view-settings"] == "false"
    if not _has_calc():
        pytest.skip("LibreOffice here has no Calc (install libreoffice-calc-nogui)")
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            "ods",
            "--outdir",
            str(tmp_path),
            str(files["xlsx"]),
        ],
        capture_output=True,
        timeout=300,
        check=False,
    )
    saved = _show_grid(tmp_path / files["xlsx"].with_suffix(".ods").name)
    assert saved["ooo:configuration-settings"] == ours["ooo:configuration-settings"]


@pytest.mark.parametrize(
    ("excel", "style"),
    [
        ("0%", NumberStyle("percentage")),
        ("0.0%", NumberStyle("percentage", decimals=1)),
        ('"£"#,##0', NumberStyle("number", before="£", grouping=True)),
        ('"£"#,##0.00', NumberStyle("number", before="£", decimals=2, grouping=True)),
        ("#,##0", NumberStyle("number", grouping=True)),
        ("#,##0.0", NumberStyle("number", decimals=1, grouping=True)),
        ('#,##0" days"', NumberStyle("number", grouping=True, after=" days")),
        ('#,##0.0" hours"', NumberStyle("number", decimals=1, grouping=True, after=" hours")),
        ("[m]:ss", NumberStyle("time")),
        ("0", NumberStyle("number")),
    ],
)
def test_number_formats_become_ods_number_styles(excel: str, style: NumberStyle) -> None:
    assert number_style(excel) == style


@pytest.mark.parametrize("unit", UNITS)
@pytest.mark.parametrize("decimals", [0, 1, 2])
def test_every_format_the_model_writes_has_an_ods_style(unit: Any, decimals: int) -> None:
    _, excel = spreadsheet_number(1.0, unit, decimals)
    number_style(excel)  # raises for a format it cannot translate


def test_a_format_the_model_never_writes_is_refused() -> None:
    with pytest.raises(ValueError, match="no ODS number style"):
        number_style("yyyy-mm-dd")


def test_the_cover_s_title_wraps_within_its_column_in_both_workbooks(
    edition: tuple[dict[str, Path], Document],
) -> None:
    """A title of both languages' words runs to some 130 characters at the title's size,
    wider than a screen: on the cover it wraps within the column, in Excel and in Calc,
    at the title's size and weight; the contents sheet's title stays on its one line."""
    files, document = edition
    book = openpyxl.load_workbook(files["xlsx"])
    title = book["Cover"]["A1"]
    assert title.value == document.metadata.title
    assert (title.alignment.wrap_text, title.font.b) == (True, True)
    assert title.font.sz > book["Cover"]["A3"].font.sz
    assert not book["Contents"]["A1"].alignment.wrap_text
    root = _content(files["ods"])
    t, style = ODF["table"], ODF["style"]
    fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
    styles = {s.get(f"{{{style}}}name"): s for s in root.iter(f"{{{style}}}style")}

    def first_cell_style(sheet: str) -> Any:
        table = next(s for s in root.iter(f"{{{t}}}table") if s.get(f"{{{t}}}name") == sheet)
        return styles[table.find(f".//{{{t}}}table-cell").get(f"{{{t}}}style-name")]

    def wraps(cell_style: Any) -> bool:
        found = cell_style.find(f"{{{style}}}table-cell-properties")
        return found is not None and found.get(f"{{{fo}}}wrap-option") == "wrap"

    cover = first_cell_style("Cover")
    size = cover.find(f"{{{style}}}text-properties").get(f"{{{fo}}}font-size")
    assert wraps(cover)
    assert float(size.removesuffix("pt")) == title.font.sz
    assert not wraps(first_cell_style("Contents"))
