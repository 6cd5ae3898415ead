"""Words from the style that draws: the notes and the alt text describe the lines,
markers and band in the words the house style's values give, in both files."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pikepdf

from generator.content.chart_words import chart_words
from generator.read.style import load_style
from generator.run.build import BuildOptions, build
from tests.report_folder import QUARTERS, make_report
from tests.test_build import _squash, docx_text, pdf_text

DATA = (
    "indicator,period,series,value,status\n"
    + "".join(
        f"TS1,{q},,{v},{'provisional' if q == QUARTERS[-1] else ''}\n"
        for q, v in zip(QUARTERS, [60, 62, 64, 66, 68, 71], strict=True)
    )
    + "".join(
        f"TS2,{q},booked,{1000 + i},\nTS2,{q},made,{900 + i},\n" for i, q in enumerate(QUARTERS)
    )
)


def _alt_texts(docx_path: Path, pdf_path: Path) -> tuple[str, str]:
    with zipfile.ZipFile(docx_path) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    in_docx = " ".join(re.findall(r'descr="([^"]*)"', xml))
    found = []
    with pikepdf.open(pdf_path) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and "/Alt" in obj:
                found.append(str(obj.Alt))
    return in_docx, " ".join(found)


def test_a_dashed_target_is_called_dashed_in_the_notes_and_alt_text_of_both_files(
    tmp_path: Path,
) -> None:
    """Seen: with chart.target.line: dashed, the PDF still said "dotted line"."""
    root = make_report(tmp_path / "report", data=DATA)
    style_file = root / "styles" / "house.yaml"
    text = style_file.read_text(encoding="utf-8")
    text = text.replace('line: "dotted", width: 1.6', 'line: "dashdot", width: 1.6')
    text = text.replace('{ colour: "#505A5F", line: "dashed"', '{ colour: "#505A5F", line: "solid"')
    text = text.replace(
        'marker_face: "#FFFFFF", line: "dotted"', 'marker_face: "#DDDDDD", line: "dashed"'
    )
    text = text.replace('marker: "s", line: "dashed"', 'marker: "D", line: "dotted"')
    style_file.write_text(text, encoding="utf-8")
    words = chart_words(load_style(style_file))
    assert words.target == "dash-dot line" and words.threshold == "solid line"
    assert words.series[1] == "Orange dotted line with diamonds"
    assert words.provisional == "pale marker, dashed line"

    docx_path, pdf_path = build(
        BuildOptions(root=root, quarter="2024-25 Q2", out=tmp_path / "out")
    ).written
    notes = (_squash(docx_text(docx_path)), _squash(pdf_text(pdf_path)))
    alts = _alt_texts(docx_path, pdf_path)
    for text in notes:
        assert (
            "Target set at 80% (dash-dot line) with a floor threshold of 70% (solid line)" in text
        )
        assert "Orange dotted line with diamonds – visits made." in text
        assert "(pale marker, dashed line)" in text
        assert "dotted line)" not in text and "open marker" not in text
    for alt in alts:
        assert "a target of 80% (dash-dot line) and a floor of 70% (solid line)" in alt
        assert "is provisional (pale marker, dashed line)" in alt
