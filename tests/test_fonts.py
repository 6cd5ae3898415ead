"""The rules that choose a template's font for the PDF: the stand-in table, the faces
of an installed family, the order of choice, the warning, and which files can be
embedded (generator/read/fonts.py)."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from generator.read.fonts import (
    FontChoice,
    InstalledFace,
    choose_font,
    embeddable,
    embedding_allowed,
    faces_of,
    stand_in_table,
    stand_ins_for,
)
from generator.read.style import FontFiles


def files(name: str) -> FontFiles:
    return FontFiles(*(Path(f"/fonts/{name}-{face}.ttf") for face in ("R", "B", "I", "BI")))


HOUSE = ("DejaVu Sans", files("DejaVuSans"))


@pytest.mark.parametrize(
    ("family", "expected"),
    [
        ("Calibri", ("Carlito",)),
        ("calibri", ("Carlito",)),  # Word's names in any case
        ("Cambria", ("Caladea",)),
        ("Arial", ("Liberation Sans", "Arimo")),
        ("Helvetica", ("Liberation Sans", "Arimo")),
        ("Times New Roman", ("Liberation Serif", "Tinos")),
        ("Courier New", ("Liberation Mono", "Cousine")),
        ("Georgia", ()),  # no metric-compatible free font: the house font
        ("Carlito", ()),
    ],
)
def test_the_stand_in_table_names_the_metric_compatible_fonts(
    family: str, expected: tuple[str, ...]
) -> None:
    assert stand_ins_for(family, stand_in_table()) == expected


def face(
    family: str, path: str, *, italic: bool = False, weight: int = 400, normal: bool = True
) -> InstalledFace:
    return InstalledFace(family, italic, weight, normal, path)


FOUR = [
    face("Carlito", "/c/Carlito-Regular.ttf"),
    face("Carlito", "/c/Carlito-Bold.ttf", weight=700),
    face("Carlito", "/c/Carlito-Italic.ttf", italic=True),
    face("Carlito", "/c/Carlito-BoldItalic.ttf", italic=True, weight=700),
]


@pytest.mark.parametrize(
    ("family", "faces", "expected"),
    [
        pytest.param(
            "Carlito",
            FOUR,
            ("Regular", "Bold", "Italic", "BoldItalic"),
            id="all four faces",
        ),
        pytest.param("carlito", FOUR[::-1], ("Regular", "Bold", "Italic", "BoldItalic"), id="case"),
        pytest.param(
            "Carlito", FOUR[:1], ("Regular", "Regular", "Regular", "Regular"), id="regular alone"
        ),
        pytest.param(
            "Carlito", FOUR[:2], ("Regular", "Bold", "Regular", "Bold"), id="no italic faces"
        ),
        pytest.param(
            "Carlito",
            [
                *FOUR,
                face("Carlito", "/c/Carlito-Light.ttf", weight=300),
                face("Carlito", "/c/Carlito-Black.ttf", weight=900),
                face("Carlito", "/a/Carlito-Condensed.ttf", normal=False),
            ],
            ("Regular", "Bold", "Italic", "BoldItalic"),
            id="nearest weight and width",
        ),
        pytest.param(
            "Carlito",
            [face("Carlito", "/z/Carlito-Regular.ttf"), *FOUR, face("Carlito", "/a/Carlito-R.ttf")],
            ("R", "Bold", "Italic", "BoldItalic"),
            id="two copies: the first path in order, whatever order they were found in",
        ),
        pytest.param("Carlito", FOUR[2:], None, id="italic faces alone"),
        pytest.param("Calibri", FOUR, None, id="another family"),
    ],
)
def test_a_familys_faces_are_its_nearest_files(
    family: str, faces: list[InstalledFace], expected: tuple[str, ...] | None
) -> None:
    found = faces_of(family, faces)
    if expected is None:
        assert found is None
        return
    assert found is not None
    names = tuple(Path(p).stem.removeprefix("Carlito-") for p in vars(found).values())
    assert names == expected


INSTALLED = {"Calibri": files("Calibri"), "Carlito": files("Carlito"), "Arimo": files("Arimo")}


@pytest.mark.parametrize(
    ("asked", "configured", "installed", "stand_ins", "expected"),
    [
        pytest.param(
            "Calibri",
            files("Given"),
            INSTALLED,
            ("Carlito",),
            ("Calibri", "Given", "configured"),
            id="the house style's files first",
        ),
        pytest.param(
            "Calibri",
            None,
            INSTALLED,
            ("Carlito",),
            ("Calibri", "Calibri", "installed"),
            id="installed",
        ),
        pytest.param(
            "Calibri",
            None,
            {"Carlito": files("Carlito")},
            ("Carlito",),
            ("Carlito", "Carlito", "stand-in"),
            id="a stand-in",
        ),
        pytest.param(
            "Arial",
            None,
            INSTALLED,
            ("Liberation Sans", "Arimo"),
            ("Arimo", "Arimo", "stand-in"),
            id="the first stand-in installed",
        ),
        pytest.param(
            "Calibri",
            None,
            {},
            ("Carlito",),
            ("DejaVu Sans", "DejaVuSans", "house"),
            id="none installed: the house font",
        ),
        pytest.param(
            "Georgia",
            None,
            INSTALLED,
            (),
            ("DejaVu Sans", "DejaVuSans", "house"),
            id="no stand-in known",
        ),
    ],
)
def test_a_template_font_is_drawn_in_the_first_found(
    asked: str,
    configured: FontFiles | None,
    installed: dict[str, FontFiles],
    stand_ins: tuple[str, ...],
    expected: tuple[str, str, str],
) -> None:
    choice = choose_font(
        asked, configured=configured, find=installed.get, stand_ins=stand_ins, house=HOUSE
    )
    used, file_name, how = expected
    assert (choice.asked, choice.used, choice.how) == (asked, used, how)
    assert choice.files.regular.name == f"{file_name}-R.ttf"


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        (FontChoice("Calibri", "Calibri", files("Calibri"), "installed"), None),
        (FontChoice("Calibri", "Calibri", files("Calibri"), "configured"), None),
        (
            FontChoice("Calibri", "Carlito", files("Carlito"), "stand-in", ("Carlito",)),
            "house.yaml: the template's font 'Calibri' is not installed here; the PDF uses "
            "'Carlito' in its place (the Word edition keeps 'Calibri')",
        ),
        (
            FontChoice("Calibri", "DejaVu Sans", HOUSE[1], "house", ("Carlito",)),
            "house.yaml: the template's font 'Calibri' is not installed here; the PDF uses "
            "the house font 'DejaVu Sans' in its place (the Word edition keeps 'Calibri'). "
            "Install 'Calibri' or 'Carlito', or name its TrueType files under fonts: in the "
            "house style",
        ),
        (
            FontChoice("Georgia", "DejaVu Sans", HOUSE[1], "house"),
            "house.yaml: the template's font 'Georgia' is not installed here; the PDF uses "
            "the house font 'DejaVu Sans' in its place (the Word edition keeps 'Georgia'). "
            "Install 'Georgia', or name its TrueType files under fonts: in the house style",
        ),
    ],
)
def test_a_font_drawn_instead_is_one_warning_naming_both(
    choice: FontChoice, expected: str | None
) -> None:
    assert choice.warning("house.yaml") == expected


TRUETYPE = 0x00010000
OUTLINES = frozenset({b"glyf", b"loca", b"head", b"OS/2"})


@pytest.mark.parametrize(
    ("version", "tables", "fs_type", "expected"),
    [
        (TRUETYPE, OUTLINES, 0x0000, True),  # installable
        (TRUETYPE, OUTLINES, None, True),  # no OS/2 table: no restriction said
        (0x74727565, OUTLINES, 0x0000, True),  # 'true': Apple's TrueType
        (TRUETYPE, OUTLINES, 0x0004, True),  # print and preview
        (TRUETYPE, OUTLINES, 0x0008, True),  # editable (Calibri's)
        (TRUETYPE, OUTLINES, 0x0002, False),  # restricted licence
        (TRUETYPE, OUTLINES, 0x0100, False),  # no subsetting
        (TRUETYPE, OUTLINES, 0x0200, False),  # bitmap embedding only
        (0x4F54544F, frozenset({b"CFF ", b"OS/2"}), 0x0000, False),  # 'OTTO': PostScript
        (TRUETYPE, frozenset({b"head", b"OS/2"}), 0x0000, False),  # no outlines
        (0x74746366, OUTLINES, 0x0000, False),  # 'ttcf': a collection, not one font
    ],
)
def test_only_a_truetype_font_its_licence_lets_be_embedded_is_used(
    version: int, tables: frozenset[bytes], fs_type: int | None, expected: bool
) -> None:
    assert embedding_allowed(version, tables, fs_type) is expected


def sfnt(tag: bytes, fs_type: int) -> bytes:
    """A font file's header, table directory and OS/2 table's first bytes."""
    tables = [b"OS/2", b"glyf", b"loca"]
    start = 12 + 16 * len(tables)
    directory = b"".join(
        name + struct.pack(">III", 0, start if name == b"OS/2" else 0, 10 if name == b"OS/2" else 0)
        for name in tables
    )
    os2 = struct.pack(">HhHHH", 4, 0, 400, 5, fs_type)
    return tag + struct.pack(">HHHH", len(tables), 0, 0, 0)[:8] + directory + os2


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (sfnt(b"\x00\x01\x00\x00", 0x0000), True),
        (sfnt(b"\x00\x01\x00\x00", 0x0002), False),
        (sfnt(b"OTTO", 0x0000), False),
        (b"\x00\x01\x00", False),  # cut short
        (b"not a font", False),
    ],
)
def test_a_font_files_header_says_whether_it_can_be_embedded(
    tmp_path: Path, content: bytes, expected: bool
) -> None:
    path = tmp_path / "font.ttf"
    path.write_bytes(content)
    assert embeddable(str(path)) is expected
    assert embeddable(str(tmp_path / "absent.ttf")) is False


def test_the_house_font_shipped_with_matplotlib_can_be_embedded() -> None:
    from generator.read.style import load_style

    style = load_style(Path(__file__).resolve().parents[1] / "styles" / "house.yaml")
    assert all(embeddable(str(path)) for path in vars(style.fonts).values())
