"""The workbook, read back with openpyxl, against the document model it was written from.

Both sample editions are built as workbooks; the document model is caught on
its way to the writer, and every data table in it is compared with its sheet.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from generator.core.model import Document, Table
from generator.look.sheets import COVER_TITLE_KIND, SUBTITLE_KIND, TEXT_KIND, CoverRows
from generator.run.build import BuildOptions, build
from generator.writers.xlsx import _table_name
from tests.built_editions import build_catching_document
from tests.libreoffice import convert_to_pdf, needs_libreoffice
from tests.poppler import needs_poppler, page_texts
from tests.scope import shared

EDITIONS = ["2024-25 Q2", "2023-24 Q2"]


@pytest.fixture(scope=shared, params=EDITIONS)
def edition(
    request: pytest.FixtureRequest, repo_root: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Document]:
    out = tmp_path_factory.mktemp("xlsx")
    files, document = build_catching_document(repo_root, request.param, out, ("xlsx",))
    return files["xlsx"], document


def _tables(document: Document) -> list[Table]:
    return [b for s in document.sections for b in s.blocks if isinstance(b, Table)]


def _number(text: str) -> float | str:
    """The figure a table cell shows, read from its text: '1,234', '75%', '£719 (provisional)'."""
    bare = text.replace(" (provisional)", "")
    if re.fullmatch(r"£?-?[\d,]+(\.\d+)?%?", bare):
        return float(bare.strip("£%").replace(",", ""))
    return text


def _rows(sheet: Any) -> list[tuple[Any, ...]]:
    return [row for row in sheet.iter_rows(values_only=True) if any(v is not None for v in row)]


def test_cover_contents_notes_then_one_sheet_per_table(edition: tuple[Path, Document]) -> None:
    path, document = edition
    book = openpyxl.load_workbook(path)
    names = [t.name for t in _tables(document)]
    assert book.sheetnames == ["Cover", "Contents", "Notes", *names]
    assert _rows(book["Cover"])[0][0] == document.metadata.title
    contents = _rows(book["Contents"])
    listed = [row[0] for row in contents[contents.index(("Sheet name", "Table description")) + 1 :]]
    assert listed == names


def test_every_table_sheet_has_its_title_and_header_row_and_the_model_figures(
    edition: tuple[Path, Document],
) -> None:
    path, document = edition
    book = openpyxl.load_workbook(path)
    for table in _tables(document):
        sheet = book[table.name]
        rows = _rows(sheet)
        title = rows[0][0]
        assert title.startswith(table.caption)
        if table.unit:  # an indicator's figures: the title names the indicator
            assert re.search(rf"\b{table.name}\b", title)
        header = rows[2]
        model_header = [c.text for c in table.rows[0]]
        for written, wanted in zip(header, model_header, strict=False):
            assert written.split("\n")[0] == wanted
        body = rows[3:]
        assert len(body) == len(table.rows) - 1
        formats = [[c.number_format for c in row] for row in sheet.iter_rows(min_row=4)]
        for written_row, model_row, shown_as in zip(body, table.rows[1:], formats, strict=True):
            for written, cell, number_format in zip(written_row, model_row, shown_as, strict=False):
                # Figures of one unit are numbers, the unit in the header; the summary's,
                # of mixed units, numbers in their own number formats ('0%', '"£"#,##0').
                if cell.number_format:
                    assert (written, number_format) == (cell.value, cell.number_format)
                    shown = written * 100 if number_format.endswith("%") else written
                    assert shown == pytest.approx(_number(cell.text)), (table.name, cell.text)
                    continue
                wanted = _number(cell.text) if table.unit else cell.text
                assert written == wanted, (table.name, cell.text, written)
        # Units in the headers of the columns that hold figures.
        if table.unit:
            assert all(h.endswith(f"({table.unit})") for h in header[1 : len(model_header)])
        # An Excel table covers the header row and the figures: sortable, read as a table.
        (excel_table,) = sheet.tables.values()
        assert excel_table.ref.startswith("A3:")
        assert not sheet.merged_cells.ranges


def test_provisional_figures_are_numbers_with_their_qualifier_beside(
    edition: tuple[Path, Document],
) -> None:
    path, document = edition
    book = openpyxl.load_workbook(path)
    qualified = [t for t in _tables(document) if any(c.qualifier for row in t.rows for c in row)]
    for table in _tables(document):
        if table not in qualified:  # an edition with no provisional figure has none of these
            assert "Qualifiers" not in _rows(book[table.name])[2]
    for table in qualified:
        rows = _rows(book[table.name])
        assert rows[2][-1] == "Qualifiers"
        texts = [row[-1] for row in rows[3:]]
        assert any("provisional" in text for text in texts)
        # Each row names its qualified figures by column, or says it has none.
        names = [cell.text for cell in table.rows[table.header_rows - 1]]
        for model_row, text in zip(table.rows[table.header_rows :], texts, strict=True):
            said = [
                (names[c], cell.qualifier) for c, cell in enumerate(model_row) if cell.qualifier
            ]
            if not said:
                assert text == "none"
            for name, qualifier in said:
                assert f"{name} {qualifier}" in text, (text, name, qualifier)


def test_each_table_points_to_its_technical_notes(edition: tuple[Path, Document]) -> None:
    path, _ = edition
    book = openpyxl.load_workbook(path)
    notes = {row[0]: row[1] for row in _rows(book["Notes"])[3:]}
    asch2 = _rows(book["ASCH2"])[0][0]
    number = int(re.search(r"\[note (\d+)\]", asch2).group(1))  # type: ignore[union-attr]
    assert "Target set at" in notes[number]


def test_same_inputs_give_the_same_bytes(repo_root: Path, tmp_path: Path) -> None:
    first = build(BuildOptions(root=repo_root, out=tmp_path / "a", formats=("xlsx",)))
    second = build(BuildOptions(root=repo_root, out=tmp_path / "b", formats=("xlsx",)))
    assert first.written[0].read_bytes() == second.written[0].read_bytes()


def test_the_cover_and_the_file_properties_say_what_and_whose(
    edition: tuple[Path, Document],
) -> None:
    """The cover reads as the Analysis Function asks (title, about, publisher); the file's
    own properties (what a screen reader or a search shows) carry the same words."""
    path, document = edition
    meta = document.metadata
    book = openpyxl.load_workbook(path)
    assert [row[0] for row in _rows(book["Cover"])] == [
        meta.title,
        "About these data",
        meta.subject,
        "Published by",
        meta.author,
    ]
    assert book["Cover"].column_dimensions["A"].width >= 80  # a line of text, not cut off
    properties = book.properties
    assert (properties.title, properties.subject, properties.creator) == (
        meta.title,
        meta.subject,
        meta.author,
    )
    assert properties.keywords == ", ".join(meta.keywords)
    assert [p.value for p in book.custom_doc_props.props if p.name == "Language"] == [meta.language]
    header = book["Contents"]["A3"]
    assert (header.value, header.font.b, header.alignment.wrap_text) == ("Sheet name", True, True)
    assert header.alignment.vertical == "top"


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Contacts made", "Contacts_made"),
        ("ASCH12", "ASCH12"),  # four letters: past Excel's last column, XFD
        ("KPI2", "KPI2_table"),  # column KPI, row 2
        ("TS1", "TS1_table"),
        ("a1", "a1_table"),
        ("R2C3", "R2C3_table"),  # row 2, column 3 in R1C1 notation
        ("rc", "rc_table"),
        ("RC12", "RC12_table"),
        ("Rota", "Rota"),
        ("AB", "AB_table"),  # too short to be a name Excel keeps apart from a column
        ("2024/25 figures", "table_2024_25_figures"),
        ("Bed-days (short stay)", "Bed_days_short_stay_"),
    ],
)
def test_table_names_are_ones_excel_accepts(label: str, name: str) -> None:
    assert _table_name(label) == name


@pytest.mark.parametrize(
    ("characters", "kind", "lines"),
    [
        (0, COVER_TITLE_KIND, 1),  # an empty line is still a line
        (40, COVER_TITLE_KIND, 1),
        (57, COVER_TITLE_KIND, 1),  # 90 x 12 / (14 x 1.35) = 57.1 characters a line
        (58, COVER_TITLE_KIND, 2),
        (113, COVER_TITLE_KIND, 2),  # an English title
        (131, COVER_TITLE_KIND, 3),  # a bilingual title, both languages' words
        (72, TEXT_KIND, 1),  # 90 / 1.25 = 72 characters a line at the body's size
        (73, TEXT_KIND, 2),
        (150, TEXT_KIND, 3),
        (66, SUBTITLE_KIND, 1),  # bold: 90 / 1.35 = 66.7
        (67, SUBTITLE_KIND, 2),
    ],
)
def test_a_cover_row_is_as_tall_as_its_words_wrapped_in_the_cover_s_column(
    characters: int, kind: str, lines: int
) -> None:
    line = CoverRows(width=90, body_size=12, title_size=14).line("x" * characters, kind)
    size = 14 if kind == COVER_TITLE_KIND else 12
    assert line.height_points == pytest.approx(lines * size * 1.3)


@needs_libreoffice
@needs_poppler
def test_libreoffice_shows_the_whole_cover_and_every_note_of_the_workbook(
    edition: tuple[Path, Document], tmp_path: Path
) -> None:
    """LibreOffice does not size a row to its wrapped words when it opens an XLSX: the
    cover's and the notes sheet's rows are written as tall as their words need, so the
    title, the line about the data and every note show whole, not their first line or
    the part that fits the page."""
    path, document = edition
    pages = page_texts(convert_to_pdf(path, tmp_path))
    cover = pages[0].split()
    for line in (document.metadata.title, document.metadata.subject):
        assert all(word in cover for word in line.split()), line
    # each note's later words are shown, its row as tall as the note (the page's edge
    # may clip a line's last word: the notes' column is wider than a page)
    shown = {word for page in pages for word in page.split()}
    notes = [row[1] for row in _rows(openpyxl.load_workbook(path)["Notes"])[3:]]
    assert len(notes) > 20
    for note in notes:
        later = note.split()[len(note.split()) // 2 :]
        assert sum(word in shown for word in later) >= 0.8 * len(later), note
