"""`appendix verify`: built editions checked with every checker the machine has, and
the conformance report a clerk keeps with the paper (issue 27)."""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import re
import shutil
import sys
import zipfile
from pathlib import Path
from typing import Any

import lxml.html
import openpyxl
import pikepdf
import pytest

from generator.cli import main
from generator.editors.verify import pdf_tree, web, word
from generator.editors.verify.conformance import verify
from generator.editors.verify.report import report_files
from generator.editors.verify.workbook import Sheet, number_problems, sheet_problems
from generator.run.build import BuildOptions, build
from generator.writers import registry
from tests.report_folder import make_report
from tests.scope import shared

STEM = "ts-appendix-2024-25-Q2"
FORMATS = ("pdf", "docx", "html", "xlsx", "ods")


def run(
    args: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["appendix", *args])
    try:
        main()
        code = 0
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope=shared)
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small report folder, every edition built into its output/."""
    root = make_report(tmp_path_factory.mktemp("verify") / "report")
    build(BuildOptions(root=root, formats=registry.names(), workers=1))
    return root


def edition(report: Path, fmt: str) -> Path:
    return report / "output" / f"{STEM}.{fmt}"


def checks_of(data: dict[str, Any], file: str) -> dict[str, dict[str, Any]]:
    return {c["check"]: c for c in data["checks"] if c["file"] == file}


@pytest.fixture(scope=shared)
def verified(report: Path) -> tuple[int, str, dict[str, Any]]:
    """`appendix verify --root REPORT` run once: its exit code, its output, its JSON."""
    monkeypatch = pytest.MonkeyPatch()
    try:
        monkeypatch.setattr(sys, "argv", ["appendix", "verify", "--root", str(report)])
        try:
            main()
            code = 0
        except SystemExit as exit_:
            code = int(exit_.code or 0)
    finally:
        monkeypatch.undo()
    path = report / "output" / f"{STEM}.conformance.json"
    return (
        code,
        (report / "output" / f"{STEM}.conformance.md").read_text(),
        json.loads(path.read_text(encoding="utf-8")),
    )


def test_a_fresh_build_passes_and_the_report_is_written_beside_it(
    verified: tuple[int, str, dict[str, Any]],
) -> None:
    code, markdown, data = verified
    assert code == 0
    assert data["result"] == "pass" and data["summary"]["fail"] == 0
    assert {c["file"] for c in data["checks"]} == {f"{STEM}.{fmt}" for fmt in FORMATS}
    # our own checks run everywhere; only a checker this machine lacks may be skipped
    for check in data["checks"]:
        if check["tool"] == "appendix":
            assert check["status"] == "pass", check
        else:
            assert check["status"] in ("pass", "skipped"), check
    assert "Result: **pass**" in markdown
    assert f"| {STEM}.pdf | Tagged structure | pass | appendix " in markdown


def test_the_json_names_each_edition_check_tool_and_version(
    report: Path, verified: tuple[int, str, dict[str, Any]]
) -> None:
    _, _, data = verified
    assert set(data) == {"checked_by", "date", "result", "summary", "checks"}
    assert data["date"] is None  # no SOURCE_DATE_EPOCH, no date: no clock time
    fields = {
        "file", "sha256", "format", "check", "status", "tool", "version", "details",
        "more_details", "skipped_because",
    }  # fmt: skip
    for check in data["checks"]:
        assert set(check) == fields
        path = edition(report, check["format"])
        assert check["file"] == path.name
        assert check["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert check["details"] == [] and check["more_details"] == 0
        assert (check["skipped_because"] is None) == (check["status"] != "skipped")
    ordered = [(c["file"], c["check"], c["tool"]) for c in data["checks"]]
    assert ordered == sorted(ordered)
    pdf = checks_of(data, f"{STEM}.pdf")
    assert pdf["Tagged structure"]["tool"] == "appendix"
    for name in ("PDF/UA-1", "PDF/A-2a"):
        assert pdf[name]["tool"] == "page-validation"
        if pdf[name]["status"] == "pass":
            assert pdf[name]["version"] == importlib.metadata.version("page-validation")
    assert set(checks_of(data, f"{STEM}.docx")) == set(word.NAMES)
    assert data["summary"] == {
        status: sum(c["status"] == status for c in data["checks"])
        for status in ("pass", "fail", "skipped")
    }


def test_each_check_has_a_line_and_the_summary_says_where_the_report_is(
    report: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [str(edition(report, fmt)) for fmt in ("xlsx", "ods")]
    target = report / "kept" / "paper"
    code, out, _ = run(["verify", *files, "--report", str(target)], monkeypatch, capsys)
    assert code == 0
    lines = [line for line in out.splitlines() if line.startswith("pass    ")]
    assert len(lines) == 8 and f"pass    {STEM}.ods: No merged cells (appendix" in out
    assert "pass: 8 passed, 0 failed, 0 skipped" in out
    assert f"Wrote {target}.md" in out and (report / "kept" / "paper.json").is_file()


def test_the_sample_passes(repo_root: Path, tmp_path: Path) -> None:
    written = build(
        BuildOptions(root=repo_root, out=tmp_path, formats=registry.names(), workers=1)
    ).written
    result = verify(written)
    failed = [(e.path.name, c) for e in result.editions for c in e.checks if c.status == "fail"]
    assert failed == []
    assert result.count("pass") >= 15


def test_a_pdf_with_its_tags_stripped_fails_naming_the_check(
    report: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    stripped = tmp_path / "stripped.pdf"
    with pikepdf.open(edition(report, "pdf")) as pdf:
        del pdf.Root.StructTreeRoot
        del pdf.Root.MarkInfo
        pdf.save(stripped)
    code, out, _ = run(["verify", str(stripped)], monkeypatch, capsys)
    assert code == 1
    assert "fail    stripped.pdf: Tagged structure (appendix" in out
    assert "the catalog has no structure tree (/StructTreeRoot)" in out
    data = json.loads((tmp_path / "stripped.conformance.json").read_text(encoding="utf-8"))
    assert data["result"] == "fail"
    checks = checks_of(data, "stripped.pdf")
    assert checks["Tagged structure"]["details"][:2] == [
        "the catalog has no structure tree (/StructTreeRoot): the PDF is not tagged",
        "the catalog's /MarkInfo does not say /Marked true",
    ]
    if checks["PDF/UA-1"]["status"] != "skipped":  # page-validation is installed
        assert checks["PDF/UA-1"]["status"] == "fail"
        assert any("STRUCT-TREE-ROOT" in d for d in checks["PDF/UA-1"]["details"])
    markdown = (tmp_path / "stripped.conformance.md").read_text(encoding="utf-8")
    assert "Result: **fail**" in markdown
    assert "### stripped.pdf: Tagged structure (fail)" in markdown


def _without_first_alt_text(source: Path, target: Path) -> None:
    with zipfile.ZipFile(source) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    body = parts["word/document.xml"].decode("utf-8")
    changed = re.sub(r'(<wp:docPr\b[^>]*?) descr="[^"]*"', r"\1", body, count=1)
    assert changed != body
    parts["word/document.xml"] = changed.encode("utf-8")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_a_docx_picture_without_alt_text_fails_naming_the_check(
    report: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bad = tmp_path / "edited.docx"
    _without_first_alt_text(edition(report, "docx"), bad)
    code, out, _ = run(["verify", str(bad)], monkeypatch, capsys)
    assert code == 1
    assert "fail    edited.docx: Pictures have alternative text (appendix" in out
    data = json.loads((tmp_path / "edited.conformance.json").read_text(encoding="utf-8"))
    checks = checks_of(data, "edited.docx")
    assert checks["Pictures have alternative text"]["status"] == "fail"
    assert checks["Pictures have alternative text"]["details"] == [
        "picture 1 (ts1-chart) has no alternative text"
    ]
    assert [checks[name]["status"] for name in word.NAMES[1:]] == ["pass"] * 3


def test_a_workbook_with_a_merged_cell_and_a_figure_typed_as_text_fails(
    report: Path, tmp_path: Path
) -> None:
    book = openpyxl.load_workbook(edition(report, "xlsx"))
    book["Cover"].merge_cells("A1:B1")
    sheet = book.worksheets[3]
    sheet["B4"] = "1,234"
    bad = tmp_path / "edited.xlsx"
    book.save(bad)
    (result,) = verify([bad]).editions
    statuses = {c.name: (c.status, c.details) for c in result.checks}
    assert statuses["No merged cells"] == ("fail", ("sheet 'Cover' has 1 merged cell(s)",))
    assert statuses["Figures stored as numbers"] == (
        "fail",
        (f"sheet '{sheet.title}', cell B4: '1,234' is text, not a number",),
    )


def test_a_missing_checker_is_skipped_and_the_exit_is_decided_by_real_failures(
    report: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(shutil, "which", lambda *_args, **_kwargs: None)  # no chromium
    monkeypatch.setitem(sys.modules, "page", None)  # neither checker can be imported
    monkeypatch.setitem(sys.modules, "pdfua", None)
    files = [str(edition(report, fmt)) for fmt in ("pdf", "html")]
    code, out, _ = run(["verify", *files, "--report", str(tmp_path / "r")], monkeypatch, capsys)
    assert code == 0
    assert f"skipped {STEM}.html: WCAG 2.2 AA (axe-core)" in out
    assert "not run: chromium is not installed (apt-get install chromium)" in out
    assert "pass: 3 passed, 0 failed, 4 skipped" in out
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    skipped = {(c["check"], c["tool"]): c["skipped_because"] for c in data["checks"]}
    assert skipped[("PDF/UA-1", "page-validation")] == (
        "page-validation is not installed (pip install page-validation)"
    )
    assert skipped[("PDF/UA-1 (machine-checkable rules)", "pdfua")] == (
        "pdfua is not installed (pip install pdfua)"
    )
    markdown = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "4 skipped. A skipped check was not run on this machine; it is not a pass." in markdown

    stripped = tmp_path / "stripped.pdf"
    with pikepdf.open(edition(report, "pdf")) as pdf:
        del pdf.Root.StructTreeRoot
        pdf.save(stripped)
    code, out, _ = run(["verify", str(stripped)], monkeypatch, capsys)
    assert code == 1
    assert "fail: 1 passed, 1 failed, 3 skipped" in out


def test_the_same_editions_give_the_same_report_dated_only_by_source_date_epoch(
    report: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    files = [str(edition(report, fmt)) for fmt in ("docx", "xlsx")]
    for name in ("one", "two"):
        assert (
            run(["verify", *files, "--report", str(tmp_path / name)], monkeypatch, capsys)[0] == 0
        )
    for suffix in (".md", ".json"):
        assert (tmp_path / f"one{suffix}").read_bytes() == (tmp_path / f"two{suffix}").read_bytes()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1730419200")
    run(["verify", *files, "--report", str(tmp_path / "dated.md")], monkeypatch, capsys)
    data = json.loads((tmp_path / "dated.json").read_text(encoding="utf-8"))
    assert data["date"] == "2024-11-01T00:00:00Z"
    assert "Checked on 2024-11-01T00:00:00Z by" in (tmp_path / "dated.md").read_text()


def test_the_latest_quarter_built_is_checked_unless_another_is_named(
    report: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for slug in ("2023-24-Q4", "2024-25-Q1"):
        shutil.copy(edition(report, "xlsx"), out / f"ts-appendix-{slug}.xlsx")
    (out / "ts-appendix-2024-25-Q1.conformance.md").write_text("kept")  # not an edition
    args = ["verify", "--root", str(report), "--out", str(out)]
    code, said, _ = run(args, monkeypatch, capsys)
    assert code == 0 and "ts-appendix-2024-25-Q1.xlsx" in said and "2023-24-Q4" not in said
    code, said, _ = run([*args, "--quarter", "2023/24 Q4"], monkeypatch, capsys)
    assert code == 0 and "ts-appendix-2023-24-Q4.xlsx" in said and "2024-25-Q1" not in said
    assert (out / "ts-appendix-2023-24-Q4.conformance.json").is_file()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["verify", "missing.pdf"], "missing.pdf: the file does not exist."),
        (["verify", "notes.txt"], "notes.txt: '.txt' is not a kind of edition verify checks."),
        (["verify", "--quarter", "2022/23 Q1"], "no built editions of 2022/23 Q1 of this report"),
        (["verify", "--quarter", "soon"], "--quarter: 'soon' is not a financial-year quarter"),
        (
            ["verify", f"output/{STEM}.xlsx", "--report", "notes.txt/paper"],
            "notes.txt: the conformance report cannot be written (File exists)",
        ),
    ],
)
def test_bad_input_gets_one_message_and_exit_2(
    report: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(report)
    (report / "notes.txt").write_text("not an edition")
    code, _, err = run(args, monkeypatch, capsys)
    assert code == 2
    assert message in " ".join(err.split())
    assert "Traceback" not in err


def test_a_folder_never_built_says_to_build_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path / "report")
    code, _, err = run(["verify", "--root", str(root)], monkeypatch, capsys)
    assert code == 2
    assert "no built editions of this report (ts-appendix-...) are here" in " ".join(err.split())
    assert "Run `appendix build` first" in " ".join(err.split())


# ----------------------------------------------------------------- the rules, as tables


@pytest.mark.parametrize(
    ("levels", "problems"),
    [
        ([1, 2, 3, 2, 3, 1, 2], []),
        ([], ["the document has no headings"]),
        ([2, 3], ["the first heading is Heading 2, not Heading 1"]),
        ([1, 3], ["heading 2 is Heading 3 straight after Heading 1"]),
        ([1, 2, 4, 2], ["heading 3 is Heading 4 straight after Heading 2"]),
    ],
)
def test_docx_headings_in_order(levels: list[int], problems: list[str]) -> None:
    assert word.heading_problems(levels) == problems


GOOD_PAGE = (
    '<html lang="en-GB"><head><title>Appendix 1</title></head><body><h1>A</h1><h2>B</h2>'
    '<img src="a.png" alt="A chart"><img src="rule.png" alt="">'
    '<table><tr><th scope="col">Quarter</th></tr><tr><td>Q2</td></tr></table></body></html>'
)


@pytest.mark.parametrize(
    ("page", "problems"),
    [
        (GOOD_PAGE, []),
        (GOOD_PAGE.replace(' lang="en-GB"', ""), ["the page names no language (<html lang>)"]),
        (GOOD_PAGE.replace("Appendix 1", ""), ["the page has no title (<title>)"]),
        (GOOD_PAGE.replace("h2>", "h3>"), ["heading 2 is h3 straight after an h1"]),
        (GOOD_PAGE.replace(' alt="A chart"', ""), ["picture 1 has no alt attribute"]),
        (GOOD_PAGE.replace(' scope="col"', ""), ["table 1 has a header cell without a scope"]),
        (
            GOOD_PAGE.replace('<th scope="col">Quarter</th>', "<td>Quarter</td>"),
            ["table 1 has no header cells (<th>)"],
        ),
    ],
)
def test_web_page_structure(page: str, problems: list[str]) -> None:
    assert web.page_problems(lxml.html.fromstring(page)) == problems


def _sheets(
    contents: list[str],
    tables: list[str],
    front: tuple[str, str, str] = ("Cover", "Contents", "Notes"),
) -> list[Sheet]:
    listed: list[list[str | float | None]] = [
        ["Table of contents"],
        ["This worksheet contains one table."],
        ["Sheet name", "Table description"],
    ]
    listed += [[name, "about"] for name in contents]
    cover, index, notes = front
    sheets = [Sheet(cover), Sheet(index, listed), Sheet(notes)]
    return sheets + [Sheet(name, tables=["A3"]) for name in tables]


@pytest.mark.parametrize(
    ("sheets", "problems"),
    [
        (_sheets(["T1", "T2"], ["T1", "T2"]), []),
        # Known by their place, not their names: a Welsh edition's, or a council's words.
        (_sheets(["T1"], ["T1"], ("Clawr", "Cynnwys", "Nodiadau")), []),
        (
            _sheets(["T1"], ["T1", "T2"]),
            ["sheet 'T2' is not listed on the contents sheet ('Contents')"],
        ),
        (
            _sheets(["T1", "T3"], ["T1"]),
            ["the contents sheet ('Contents') lists 'T3', which is not a sheet"],
        ),
        (
            [Sheet("Contents"), Sheet("Cover"), Sheet("Notes")],
            ["the contents sheet ('Cover') has no header row in row 3"],
        ),
        (
            [Sheet("Cover"), Sheet("Contents")],
            ["the workbook has 2 sheet(s), not a cover, contents and notes"],
        ),
    ],
)
def test_workbook_front_sheets(sheets: list[Sheet], problems: list[str]) -> None:
    assert sheet_problems(sheets) == problems


@pytest.mark.parametrize(
    ("value", "text_figure"),
    [
        (1234.0, False),
        ("1,234", True),
        ("75%", True),
        ("£719", True),
        ("-3.5", True),
        ("2024/25 Q2", False),
        ("Q2 2024/25", False),
        ("none", False),
        ("provisional", False),
        (None, False),
    ],
)
def test_figures_typed_as_text_are_found(value: str | float | None, text_figure: bool) -> None:
    rows: list[list[str | float | None]] = [["Title"], ["One table"], ["Quarter", "Value"]]
    rows.append(["2024/25 Q2", value])
    found = number_problems([*_sheets(["T1"], ["T1"])[:3], Sheet("T1", rows, ["A3"])])
    assert bool(found) == text_figure
    if text_figure:
        assert found == [f"sheet 'T1', cell B4: '{value}' is text, not a number"]


@pytest.mark.parametrize(
    ("target", "files"),
    [
        ("out/paper", ("out/paper.md", "out/paper.json")),
        ("out/paper.md", ("out/paper.md", "out/paper.json")),
        ("out/paper.json", ("out/paper.md", "out/paper.json")),
        ("out/a.conformance", ("out/a.conformance.md", "out/a.conformance.json")),
    ],
)
def test_the_report_is_written_as_markdown_and_json(target: str, files: tuple[str, str]) -> None:
    assert report_files(Path(target)) == (Path(files[0]), Path(files[1]))


def _element(role: str, alt: str | None = None) -> pikepdf.Dictionary:
    element = pikepdf.Dictionary(S=pikepdf.Name(role))
    if alt is not None:
        element.Alt = pikepdf.String(alt)
    return element


@pytest.mark.parametrize(
    ("roles", "problems"),
    [
        (
            [("/H1", None), ("/Figure", "A chart"), ("/H2", None), ("/Table", None), ("/TH", None)],
            [],
        ),
        ([("/Figure", None)], ["figure 1 has no alternative text (/Alt)"]),
        ([("/Figure", "A"), ("/Figure", " ")], ["figure 2 has no alternative text (/Alt)"]),
        ([("/H2", None)], ["the first heading is H2, not H1"]),
        ([("/H1", None), ("/H3", None)], ["heading 2 is H3 straight after an H1"]),
        ([("/Table", None), ("/TD", None)], ["no table has a header cell (TH)"]),
    ],
)
def test_pdf_structure_tree(roles: list[tuple[str, str | None]], problems: list[str]) -> None:
    assert pdf_tree.tree_problems([_element(role, alt) for role, alt in roles]) == problems


@pytest.mark.parametrize(
    ("content", "problems"),
    [
        (b"/P <</MCID 0>> BDC BT (x) Tj ET EMC /Artifact BMC 0 0 m 1 1 l S EMC", []),
        (b"BT (x) Tj ET", ["page 1: 'Tj' paints outside any marked content"]),
        (
            b"/P <</MCID 0>> BDC EMC 0 0 m 1 1 l S",
            ["page 1: 'S' paints outside any marked content"],
        ),
    ],
)
def test_pdf_pages_paint_only_inside_marked_content(content: bytes, problems: list[str]) -> None:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.pages[0].obj.Contents = pdf.make_stream(content)
    pdf.pages[0].obj.StructParents = 0
    assert pdf_tree.page_problems(pdf) == problems
    del pdf.pages[0].obj.StructParents
    assert "page 1 is not tied to the structure tree (/StructParents)" in pdf_tree.page_problems(
        pdf
    )


# Headings whatever their styles are called ----------------------------------------------

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _style(style_id: str, name: str, outline: int | None = None, based: str = "") -> str:
    level = f'<w:pPr><w:outlineLvl w:val="{outline}"/></w:pPr>' if outline is not None else ""
    base = f'<w:basedOn w:val="{based}"/>' if based else ""
    return (
        f'<w:style w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{name}"/>'
        f"{base}{level}</w:style>"
    )


@pytest.mark.parametrize(
    ("styles", "expected"),
    [
        # Word's built-in name (written in English whatever Word's language)
        ([_style("Heading2", "heading 2")], {"Heading2": 2}),
        # renamed (a Welsh template's), known by its outline level
        ([_style("Pennawd1", "Pennawd 1", 0)], {"Pennawd1": 1}),
        ([_style("Pennawd3", "Pennawd 3", 2)], {"Pennawd3": 3}),
        # a localised Word's style id for its built-in heading ('heading 1' by name)
        ([_style("Pennawd1", "heading 1")], {"Pennawd1": 1}),
        # renamed with no outline level: the built-in id still says which
        ([_style("Heading4", "Teitl adran")], {"Heading4": 4}),
        # based on a heading, its outline level inherited
        (
            [
                _style("Pennawd1", "Pennawd 1", 0),
                _style("Cyngor", "Pennawd y cyngor", None, "Pennawd1"),
            ],
            {"Pennawd1": 1, "Cyngor": 1},
        ),
        # outline level 9 is body text, even based on a heading (Word's TOC Heading)
        (
            [
                _style("Heading1", "heading 1", 0),
                _style("TOCHeading", "TOC Heading", 9, "Heading1"),
            ],
            {"Heading1": 1, "TOCHeading": None},
        ),
        # no heading at all; a style based on itself ends
        (
            [_style("Normal", "Normal"), _style("Loop", "Loop", None, "Loop")],
            {"Normal": None, "Loop": None},
        ),
    ],
)
def test_a_docx_style_s_heading_level_is_its_outline_level_not_its_name(
    styles: list[str], expected: dict[str, int | None]
) -> None:
    from docx.oxml import parse_xml

    element = parse_xml(f"<w:styles {_W}>{''.join(styles)}</w:styles>")
    assert word.outline_levels(element) == expected


def _on_template_headings(source: Path, target: Path, skip: bool = False) -> None:
    """The DOCX with its headings styled with the council template's own heading
    styles ('Pennawd 1', id 'Pennawd1', as a Welsh template calls them), and the
    styles named 'heading 1' to 'heading 9' gone (and, with `skip`, its first level-3
    heading made a level 4)."""
    with zipfile.ZipFile(source) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    styles = parts["word/styles.xml"].decode("utf-8")
    document = parts["word/document.xml"].decode("utf-8")
    assert 'w:styleId="Pennawd1"' in styles  # the template's, kept by the build
    styles = re.sub(r'<w:style [^>]*w:styleId="Heading[1-9]">.*?</w:style>', "", styles)
    for level in range(1, 10):
        document = document.replace(
            f'w:pStyle w:val="Heading{level}"', f'w:pStyle w:val="Pennawd{level}"'
        )
    assert not re.search(r'w:val="heading [1-9]"', styles) and "Pennawd1" in document
    if skip:
        document = document.replace('w:pStyle w:val="Pennawd3"', 'w:pStyle w:val="Pennawd4"', 1)
    parts["word/styles.xml"] = styles.encode("utf-8")
    parts["word/document.xml"] = document.encode("utf-8")
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


@pytest.fixture(scope=shared)
def welsh_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Welsh DOCX edition of the small report, made on a council template whose
    heading styles are renamed ('Pennawd 1' to 'Pennawd 9')."""
    import docx
    from docx.oxml.ns import qn

    root = make_report(tmp_path_factory.mktemp("verify-cy") / "report")
    definition = root / "data" / "report.yaml"
    text = definition.read_text(encoding="utf-8")
    definition.write_text(text.replace('language: "en-GB"', 'language: "cy"'), encoding="utf-8")
    template = docx.Document()
    for style in template.styles:
        match = re.fullmatch(r"Heading ([1-9])", style.name or "")
        if match:
            style.element.find(qn("w:name")).set(qn("w:val"), f"Pennawd {match[1]}")
            style.element.set(qn("w:styleId"), f"Pennawd{match[1]}")
    template.save(str(root / "styles" / "cyngor.docx"))
    house = root / "styles" / "house.yaml"
    house.write_text(house.read_text(encoding="utf-8") + '\ntemplate: "cyngor.docx"\n', "utf-8")
    (written,) = build(BuildOptions(root=root, formats=("docx",), workers=1)).written
    return written


@pytest.mark.parametrize("skip", [False, True])
def test_the_headings_of_a_welsh_docx_with_renamed_heading_styles_are_checked(
    welsh_docx: Path, tmp_path: Path, skip: bool
) -> None:
    renamed = tmp_path / "cy.docx"
    _on_template_headings(welsh_docx, renamed, skip)
    (result,) = verify([renamed]).editions
    statuses = {c.name: (c.status, c.details) for c in result.checks}
    if skip:
        status, details = statuses[word.HEADINGS]
        assert status == "fail" and "is Heading 4 straight after Heading 2" in details[0]
    else:
        assert statuses[word.HEADINGS] == ("pass", ())
        import docx

        built = word.heading_levels(docx.Document(str(welsh_docx)))
        assert word.heading_levels(docx.Document(str(renamed))) == built
        assert built[:2] == [1, 2] and len(built) > 4


# ------------------------------------------ every language's editions, found unnamed


def _languages(root: Path, *, one_document: bool = False) -> None:
    from tests.test_bilingual import _with_languages

    _with_languages(root / "data" / "report.yaml", "[cy, en]")
    if one_document:
        with (root / "styles" / "house.yaml").open("a", encoding="utf-8") as handle:
            handle.write("bilingual: one_document\n")


@pytest.mark.parametrize(
    ("one_document", "tags"),
    [(False, ["", "-cy"]), (True, ["-cy-en-GB"])],
    ids=["each-language", "one-bilingual-document"],
)
def test_verify_with_no_files_named_checks_every_language_s_editions(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    one_document: bool,
    tags: list[str],
) -> None:
    root = make_report(tmp_path / "report")
    _languages(root, one_document=one_document)
    build(BuildOptions(root=root, formats=("docx", "xlsx"), workers=1))
    code, said, _ = run(["verify", "--root", str(root)], monkeypatch, capsys)
    assert code == 0, said
    data = json.loads((root / "output" / f"{STEM}{tags[0]}.conformance.json").read_text())
    assert {c["file"] for c in data["checks"]} == {
        f"{STEM}{tag}.{fmt}" for tag in tags for fmt in ("docx", "xlsx")
    }
    for tag in tags:
        assert f"{STEM}{tag}.docx" in said and f"{STEM}{tag}.xlsx" in said
    # the quarter named: the same files
    code, again, _ = run(
        ["verify", "--root", str(root), "--quarter", "2024/25 Q2"], monkeypatch, capsys
    )
    assert code == 0 and all(f"{STEM}{tag}.docx" in again for tag in tags)
