"""Bounded work for any input (issue 22): a hostile report folder is refused with one
message naming the file and the limit, before the work it asks for is done.

YAML: an alias bomb is refused before it expands, nesting is limited, a key given
twice is refused with both lines, a control character with its line and code, and
no message prints more than the first characters of a value. Zip packages (a Word
template, an Excel workbook): every member's inflated size is limited, whatever the
zip declares, and XML that declares a DTD or an entity is refused. Each bomb here is
small enough to run fast with the limit: its refusal reads no more than the limit.
"""

from __future__ import annotations

import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from generator.core.errors import InputError
from generator.read import yaml_parse, zips
from generator.read.definitions import load_report
from generator.read.sheets import excel_rows
from generator.read.style import load_style
from generator.read.template import as_document_bytes, read_template
from tests.report_folder import DEFINITION, make_report
from tests.scope import new_process
from tests.test_cli import run
from tests.test_template_reading import _template

HOUSE = Path(__file__).resolve().parents[1] / "styles" / "house.yaml"
TITLE = 'title: "Appendix 1: Test Services Key Performance Indicators"\n'


def _definition(tmp_path: Path, old: str, new: str) -> Path:
    assert old in DEFINITION, old
    root = make_report(tmp_path, definition=DEFINITION.replace(old, new, 1))
    return root / "data" / "report.yaml"


def _refusal(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        load_report(path)
    return caught.value.message()


def _style_refusal(tmp_path: Path, old: str, new: str) -> str:
    text = HOUSE.read_text(encoding="utf-8")
    assert old in text, old
    path = tmp_path / "house.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_style(path)
    return caught.value.message()


def _in_bounded_process(code: str, memory: int = 1 << 30, seconds: float = 60) -> str:
    """What `code` prints, run in a new process limited to `memory` bytes of address
    space: a bomb that escapes its limit fails here, not on the machine."""
    limit = f"import resource\nresource.setrlimit(resource.RLIMIT_AS, ({memory}, {memory}))\n"
    done = subprocess.run(
        [sys.executable, "-c", limit + "from pathlib import Path\n" + code],
        capture_output=True,
        text=True,
        timeout=seconds,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _bomb(levels: int) -> str:
    """A flow list whose last item stands for 10 ** (levels + 1) strings."""
    items = ["&a0 [" + ", ".join(["lol"] * 10) + "]"]
    for level in range(1, levels + 1):
        items.append(f"&a{level} [" + ", ".join([f"*a{level - 1}"] * 10) + "]")
    return "[" + ", ".join(items) + "]"


# ---------------------------------------------------------------- YAML


def test_an_alias_bomb_in_a_title_is_refused_before_it_expands(tmp_path: Path) -> None:
    path = _definition(tmp_path, TITLE, f"title: {_bomb(5)}\n")
    assert _refusal(path) == (
        f"{path}, line 1: the aliases (*name) here stand for more than 100,000 values. "
        "Write the values out: a definition needs few aliases, if any"
    )


@new_process
def test_an_alias_bomb_is_refused_in_bounded_time_and_memory(tmp_path: Path) -> None:
    """Ten levels stand for 10 ** 11 strings: refused after counting 100,000 of them,
    in a process allowed 1 GB of address space and 60 seconds."""
    path = _definition(tmp_path, TITLE, f"title: {_bomb(10)}\n")
    said = _in_bounded_process(
        "from generator.read.definitions import load_report\n"
        "from generator.core.errors import InputError\n"
        f"try:\n    load_report(Path({str(path)!r}))\n"
        "except InputError as error:\n    print(error.message())\n"
    )
    assert "stand for more than 100,000 values" in said


def test_an_alias_that_refers_to_its_own_value_is_refused(tmp_path: Path) -> None:
    path = _definition(tmp_path, TITLE, "title: &loop [a, *loop]\n")
    assert _refusal(path) == (
        f"{path}, line 1: an alias (*name) here stands for the value it is part of. "
        "Write the values out: a definition needs few aliases, if any"
    )


def test_aliases_that_stand_for_a_few_values_are_read(tmp_path: Path) -> None:
    old = '        series: [{id: value, label: "requests answered within 10 days"}]\n'
    new = '        series: &one [{id: value, label: "requests answered within 10 days"}]\n'
    path = _definition(tmp_path, old, new)
    assert load_report(path).indicators[0].years[0].series[0].id == "value"


def test_values_nested_too_deep_are_refused(tmp_path: Path) -> None:
    notes = '        notes: ["Corporate Risk Register: CRR0001"]\n'
    path = _definition(tmp_path, notes, "        notes: " + "[" * 40 + "]" * 40 + "\n")
    assert _refusal(path) == (
        f"{path}, line 21: the values are nested more than 32 levels deep. "
        "Use as few levels as the sample definition does"
    )


def test_nesting_near_the_parsers_own_limit_is_refused_not_a_crash(tmp_path: Path) -> None:
    notes = '        notes: ["Corporate Risk Register: CRR0001"]\n'
    path = _definition(tmp_path, notes, "        notes: " + "[" * 990 + "]" * 990 + "\n")
    assert "nested more than 32 levels deep" in _refusal(path)


def test_a_key_given_twice_is_refused_with_both_lines(tmp_path: Path) -> None:
    path = _definition(tmp_path, "        target: 80\n", "        target: 90\n        target: 95\n")
    assert _refusal(path) == (
        f"{path}, line 19: 'target' is given twice (lines 18 and 19). Keep one of them"
    )


def test_a_key_given_twice_at_the_top_is_refused(tmp_path: Path) -> None:
    path = _definition(tmp_path, TITLE, TITLE + 'title: "Another"\n')
    assert _refusal(path) == (
        f"{path}, line 2: 'title' is given twice (lines 1 and 2). Keep one of them"
    )


def test_a_key_merged_in_and_then_given_is_not_given_twice(tmp_path: Path) -> None:
    old = '      "2023/24":\n        target: 80\n        floor: 70\n'
    new = '      "2023/24":\n        <<: {target: 75, floor: 70}\n        target: 80\n'
    path = _definition(tmp_path, old, new)
    assert load_report(path).indicators[0].years[0].target == 80


def test_a_control_character_in_a_title_is_refused_with_its_line_and_code(
    tmp_path: Path,
) -> None:
    path = _definition(
        tmp_path, "Share of requests", "Share\\vof requests"
    )  # the YAML escape \v: a vertical tab
    assert _refusal(path) == (
        f"{path}, line 11: a value holds a control character (U+000B), which no document "
        "can show. Delete it (in double quotes, an escape such as \\v writes one)"
    )


@pytest.mark.parametrize("escape", ["\\e", "\\0", "\\x7f", "\\x85", "\\r"])
def test_each_control_character_is_refused(tmp_path: Path, escape: str) -> None:
    path = _definition(tmp_path, "Number of visits", f"Number{escape} of visits")
    assert "a value holds a control character (U+" in _refusal(path)


def test_a_tab_and_a_line_break_in_a_value_are_read(tmp_path: Path) -> None:
    path = _definition(tmp_path, "Number of visits", "Number\\tof\\nvisits")
    assert load_report(path).indicators[1].title == "Number\tof\nvisits"


def test_a_control_character_in_the_house_style_is_refused(tmp_path: Path) -> None:
    message = _style_refusal(tmp_path, 'family: "DejaVu Sans"', 'family: "DejaVu\\eSans"')
    assert message == (
        f"{tmp_path / 'house.yaml'}: not valid YAML: line 7: a value holds a control "
        "character (U+001B), which no document can show. Delete it (in double quotes, an "
        "escape such as \\v writes one)"
    )


def test_a_raw_control_character_in_the_house_style_is_refused_in_one_line(
    tmp_path: Path,
) -> None:
    message = _style_refusal(tmp_path, "sizes:\n", "sizes:\n  # a note\x1f\n")
    assert message == (
        f"{tmp_path / 'house.yaml'}: not valid YAML: line 18: the file holds a control "
        "character (U+001F), so it is not plain text. Delete it"
    )


def test_bad_yaml_in_the_house_style_is_refused_in_one_line(tmp_path: Path) -> None:
    message = _style_refusal(tmp_path, "sizes:\n", "sizes: [unclosed\n")
    assert message == (
        f"{tmp_path / 'house.yaml'}: not valid YAML: line 18: did not find expected ',' or ']'"
    )


def test_a_raw_c1_control_character_in_a_definition_is_refused(tmp_path: Path) -> None:
    path = _definition(tmp_path, "Number of visits", "Number\x90 of visits")
    assert _refusal(path) == (
        f"{path}, line 23: the file holds a control character (U+0090), so it is not plain "
        "text. Delete it"
    )


def test_a_key_given_twice_in_the_house_style_is_refused(tmp_path: Path) -> None:
    message = _style_refusal(
        tmp_path, '  family: "DejaVu Sans"\n', '  family: "DejaVu Sans"\n  family: "Arial"\n'
    )
    assert message == (
        f"{tmp_path / 'house.yaml'}: not valid YAML: line 8: 'family' is given twice "
        "(lines 7 and 8). Keep one of them"
    )


def test_an_alias_bomb_in_the_house_style_is_refused(tmp_path: Path) -> None:
    message = _style_refusal(tmp_path, "sizes:\n", f"bomb: {_bomb(8)}\nsizes:\n")
    assert message == (
        f"{tmp_path / 'house.yaml'}: not valid YAML: line 17: the aliases (*name) here stand "
        "for more than 100,000 values. Write the values out: a definition needs few "
        "aliases, if any"
    )


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "chart_quarters: 8",
            "chart_quarters: " + "9" * 1000,
            ": 'chart_quarters' is " + "9" * 60 + "…. Use a whole number from 2 to 40",
        ),
        (
            "chart_quarters: 8",
            "chart_quarters: " + "x" * 5000,
            ": 'chart_quarters' is '" + "x" * 59 + "…. Use a whole number from 2 to 40",
        ),
        (
            "    kind: kpi\n",
            "    kind: [" + ", ".join(["kpi"] * 5000) + "]\n",
            ": 'kind' is ['kpi', 'kpi', 'kpi', 'kpi', 'kpi', 'kpi', ...] (indicator TS1). "
            "Use one of: kpi, activity",
        ),
        (
            "        target: 80\n",
            "        target: " + "e" * 3000 + "\n",
            ", years: 2023/24: 'target' must be a number, not '"
            + "e" * 59
            + "… (indicator TS1). Write target as a plain number, e.g. 85",
        ),
        (
            '    title: "Number of visits"\n',
            "    title: {" + ", ".join(f"k{n}: {n}" for n in range(3000)) + "}\n",
            ": 'title' must be text, not {'k0': 0, 'k1': 1, 'k2': 2, 'k3': 3, 'k4': 4, 'k5': 5, "
            "...} (indicator TS2). Write title as quoted text",
        ),
        (
            "  - id: TS2\n",
            "  - id: " + "Q" * 4000 + "\n",
            ", indicator 2: indicator id '"
            + "Q" * 60
            + "…' is longer than 40 characters; it names the indicator's commentary file. Use "
            "letters and digits, with spaces, hyphens or dots between them (e.g. H1, RB1, CS-03, "
            "KPI 7), the same in the data",
        ),
    ],
)
def test_a_message_shows_only_the_first_characters_of_a_value(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    path = _definition(tmp_path, old, new)
    assert _refusal(path) == f"{path}{message}"


def test_a_number_too_long_to_read_is_refused(tmp_path: Path) -> None:
    path = _definition(tmp_path, "chart_quarters: 8", "chart_quarters: " + "9" * 5000)
    assert _refusal(path) == (
        f"{path}, line 6: a number has more than 4,000 digits. Write it with fewer digits"
    )


def test_the_sample_definition_is_read_with_the_limits(repo_root: Path) -> None:
    """The limits leave room: the sample is far inside each."""
    text = (repo_root / "data" / "report.yaml").read_text(encoding="utf-8")
    assert yaml_parse.parse_yaml(text) == yaml_parse.parse_yaml(text.replace("\n", "\r\n"))


# ---------------------------------------------------------------- zip packages

BOMB_BYTES = 200 * 1024 * 1024  # what each bomb below would unpack to
ENTITY = '<!DOCTYPE w:styles [<!ENTITY council SYSTEM "file:///etc/passwd">]>\n'
LAUGHS = '<!DOCTYPE sst [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\n'


def _write_bomb(target: zipfile.ZipFile, name: str, size: int = BOMB_BYTES) -> None:
    """A part of `size` spaces after an XML root's start, written a megabyte at a time
    (some 200 KB on disk)."""
    with target.open(zipfile.ZipInfo(name), "w") as stream:
        stream.write(b"<w:document>")
        chunk = b" " * (1024 * 1024)
        for _ in range(size // len(chunk)):
            stream.write(chunk)


def _rewritten(source: Path, target: Path, parts: dict[str, bytes | None]) -> Path:
    """`source`'s zip with the named parts replaced (or, None, written as a bomb)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            if info.filename not in parts:
                new.writestr(info, old.read(info.filename), zipfile.ZIP_DEFLATED)
        for name, data in parts.items():
            if data is None:
                _write_bomb(new, name)
            else:
                new.writestr(name, data, zipfile.ZIP_DEFLATED)
    return target


def _template_refusal(path: Path, style_file: Path) -> str:
    with pytest.raises(InputError) as caught:
        read_template(path, style_file)
    return caught.value.message()


def _with_entity(xml: str, declaration: str = ENTITY) -> bytes:
    """The XML part with a DTD declaring an entity, and the entity used in it."""
    head, rest = xml.split(">", 1) if xml.startswith("<?xml") else ("", xml)
    head = head + ">\n" if head else ""
    return (head + declaration + rest.replace('w:val="Normal"', 'w:val="&council;"', 1)).encode()


def test_a_zip_bomb_template_is_refused_before_it_unpacks(tmp_path: Path) -> None:
    template = _rewritten(_template(tmp_path), tmp_path / "bomb.docx", {"word/document.xml": None})
    assert _template_refusal(template, tmp_path / "house.yaml") == (
        f"{tmp_path / 'house.yaml'}, template: the template {template} cannot be read: part "
        "word/document.xml unpacks to more than 50 MB (the limit for one part). Save the "
        "template from Word as .docx or .dotx"
    )


def test_a_zip_that_understates_a_parts_size_is_refused_after_the_size_it_states(
    tmp_path: Path,
) -> None:
    """The sizes in the zip's headers are set to 1,000 bytes: unpacking stops there."""
    template = _rewritten(_template(tmp_path), tmp_path / "bomb.docx", {"word/document.xml": None})
    data = bytearray(template.read_bytes())
    with zipfile.ZipFile(template) as package:
        info = package.getinfo("word/document.xml")
    # The local header and the central directory each state the size: 1,000 in each.
    local = info.header_offset + 22
    end = data.rindex(b"PK\x05\x06")
    central = int.from_bytes(data[end + 16 : end + 20], "little")
    while data[central + 46 : central + 46 + len(info.filename)] != info.filename.encode():
        lengths = [
            int.from_bytes(data[central + n : central + n + 2], "little") for n in (28, 30, 32)
        ]
        central += 46 + sum(lengths)
    for offset in (local, central + 24):
        assert data[offset : offset + 4] == info.file_size.to_bytes(4, "little")
        data[offset : offset + 4] = (1000).to_bytes(4, "little")
    template.write_bytes(bytes(data))
    assert _template_refusal(template, tmp_path / "house.yaml") == (
        f"{tmp_path / 'house.yaml'}, template: the template {template} cannot be read as a "
        "Word file (Bad CRC-32 for file 'word/document.xml'). Save the "
        "template from Word as .docx or .dotx"
    )


def test_a_limit_lowered_refuses_a_part_while_it_unpacks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sizes stated are checked first; what unpacks is counted too (a zip can state
    sizes that a reader other than Python's would not hold it to)."""
    template = _template(tmp_path)
    monkeypatch.setattr(zips, "MAX_PART_BYTES", 10**9)
    monkeypatch.setattr(zips, "_too_large", lambda name: zips.PackageRefused(f"{name} counted"))
    with zipfile.ZipFile(template) as package:
        sizes = {info.filename: info.file_size for info in package.infolist()}
    largest = max(sizes, key=lambda name: sizes[name])
    monkeypatch.setattr(zips, "CHUNK", 16)
    real_check = zips._check_part

    def stated_small(package: zipfile.ZipFile, info: zipfile.ZipInfo, before: int) -> int:
        monkeypatch.setattr(zips, "MAX_PART_BYTES", sizes[largest] - 1)
        return real_check(package, info, before)

    monkeypatch.setattr(zips, "_check_part", stated_small)
    with pytest.raises(zips.PackageRefused, match=f"^{largest} counted$"):
        zips.check_package(template)


@pytest.mark.parametrize("part", ["word/styles.xml", "word/document.xml"])
def test_a_template_that_declares_an_entity_is_refused_as_a_template(
    tmp_path: Path, part: str
) -> None:
    source = _template(tmp_path)
    with zipfile.ZipFile(source) as package:
        xml = package.read(part).decode()
    template = _rewritten(source, tmp_path / "entity.docx", {part: _with_entity(xml)})
    assert _template_refusal(template, tmp_path / "house.yaml") == (
        f"{tmp_path / 'house.yaml'}, template: the template {template} cannot be read: part "
        f"{part} declares a DTD or an entity (<!DOCTYPE or <!ENTITY), which Word and Excel "
        "never write. Save the template from Word as .docx or .dotx"
    )


def test_an_entity_in_utf16_xml_is_found(tmp_path: Path) -> None:
    source = _template(tmp_path)
    with zipfile.ZipFile(source) as package:
        xml = package.read("word/styles.xml").decode()
    utf16 = ('<?xml version="1.0" encoding="UTF-16"?>' + _with_entity(xml).decode()).encode(
        "utf-16"
    )
    template = _rewritten(source, tmp_path / "entity.docx", {"word/styles.xml": utf16})
    assert "declares a DTD or an entity" in _template_refusal(template, tmp_path / "house.yaml")


def test_a_template_whose_xml_is_not_well_formed_is_named(tmp_path: Path) -> None:
    template = _rewritten(
        _template(tmp_path), tmp_path / "broken.docx", {"word/styles.xml": b"<styles>"}
    )
    assert _template_refusal(template, tmp_path / "house.yaml") == (
        f"{tmp_path / 'house.yaml'}, template: the template {template} cannot be read as a "
        "Word file (no element found: line 1, column 8). Save the template from Word as "
        ".docx or .dotx"
    )


def test_the_docx_writer_checks_the_template_it_opens(tmp_path: Path) -> None:
    """The writer opens the template again (in a worker): it is checked there too."""
    source = _template(tmp_path)
    with zipfile.ZipFile(source) as package:
        xml = package.read("word/styles.xml").decode()
    template = _rewritten(source, tmp_path / "entity.docx", {"word/styles.xml": _with_entity(xml)})
    with pytest.raises(InputError) as caught:
        as_document_bytes(template)
    assert caught.value.message() == (
        f"{template}: the template cannot be read: part word/styles.xml declares a DTD or an "
        "entity (<!DOCTYPE or <!ENTITY), which Word and Excel never write. Save the template "
        "from Word as .docx or .dotx"
    )


def test_a_build_on_a_template_with_an_entity_stops_with_one_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path / "report")
    house = root / "styles" / "house.yaml"
    source = _template(tmp_path)
    with zipfile.ZipFile(source) as package:
        xml = package.read("word/styles.xml").decode()
    _rewritten(source, root / "styles" / "council.docx", {"word/styles.xml": _with_entity(xml)})
    house.write_text(
        house.read_text(encoding="utf-8") + "\ntemplate: council.docx\n", encoding="utf-8"
    )
    code, _, err = run(["build", "--format", "docx", "--no-cache"], root, monkeypatch, capsys)
    assert code == 2
    assert err.strip().splitlines() == [
        f"error: {Path('data') / '../styles/house.yaml'}, template: the template "
        f"{(root / 'styles' / 'council.docx').resolve()} cannot be read: part word/styles.xml "
        "declares a DTD or an entity (<!DOCTYPE or <!ENTITY), which Word and Excel never "
        "write. Save the template from Word as .docx or .dotx"
    ]


def _workbook(path: Path) -> Path:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("KPIs")
    for row, values in enumerate([["indicator", "period", "series", "value", "status"]]):
        sheet.write_row(row, 0, values)
    sheet.write_row(1, 0, ["TS1", "2024/25 Q2", "", 71, ""])
    book.close()
    return path


def _first_sheet(book: object, _name: str) -> object:
    return book.worksheets[0]  # type: ignore[attr-defined]


def test_a_zip_bomb_workbook_is_refused_before_it_unpacks(tmp_path: Path) -> None:
    book = _rewritten(
        _workbook(tmp_path / "values.xlsx"),
        tmp_path / "bomb.xlsx",
        {"xl/worksheets/sheet1.xml": None},
    )
    with pytest.raises(InputError) as caught:
        excel_rows(book, _first_sheet)
    assert caught.value.message() == (
        f"{book}: the workbook cannot be read: part xl/worksheets/sheet1.xml unpacks to more "
        "than 50 MB (the limit for one part). Save it again from Excel as .xlsx"
    )


def test_a_workbook_that_declares_an_entity_is_refused(tmp_path: Path) -> None:
    source = _workbook(tmp_path / "values.xlsx")
    with zipfile.ZipFile(source) as package:
        xml = package.read("xl/sharedStrings.xml").decode()
    laughs = xml.replace("<sst ", LAUGHS + "<sst ", 1).replace(">TS1<", ">&lol2;<", 1)
    book = _rewritten(source, tmp_path / "laughs.xlsx", {"xl/sharedStrings.xml": laughs.encode()})
    with pytest.raises(InputError) as caught:
        excel_rows(book, _first_sheet)
    assert caught.value.message() == (
        f"{book}: the workbook cannot be read: part xl/sharedStrings.xml declares a DTD or an "
        "entity (<!DOCTYPE or <!ENTITY), which Word and Excel never write. Save it again "
        "from Excel as .xlsx"
    )


def test_an_ordinary_workbook_is_read(tmp_path: Path) -> None:
    title, rows, _ = excel_rows(_workbook(tmp_path / "values.xlsx"), _first_sheet)
    assert (title, rows[1][:4]) == ("KPIs", ["TS1", "2024/25 Q2", "", "71"])


# ---------------------------------------------------------------- commentary


def test_a_paragraph_of_many_lines_is_made_in_time_linear_in_its_length(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each run's text is joined once: the characters copied into runs are the
    paragraph's own, not the sum of every growing prefix (20,000 lines: 1 MB)."""
    from generator.read import commentary

    copied = 0
    real_run = commentary.Run

    def counting(text: str, *args: object, **kwargs: object) -> object:
        nonlocal copied
        copied += len(text)
        return real_run(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(commentary, "Run", counting)
    text = "\n".join(["the service saw more people this quarter"] * 20_000) + "\n"
    (paragraph,) = commentary.render_commentary(text, file="TS1.md", values={})
    assert copied <= 2 * len(text)
    assert paragraph.runs[0].text == text.strip().replace("\n", " ")  # type: ignore[union-attr]


def test_a_long_code_block_is_read_for_the_checker_in_bounded_time() -> None:
    """40,000 lines (0.24 MB) took 4.5 s where each line's start was summed afresh."""
    import time

    from generator.read.commentary import text_blocks

    text = "```\n" + "\n".join(["x = 1"] * 40_000) + "\n```\n"
    start = time.perf_counter()
    (block,) = text_blocks(text)
    assert time.perf_counter() - start < 1.5
    assert block.breaks[:3] == (6, 12, 18) and block.line_at(len(block.text) - 1) == 40_001


def test_a_workbook_whose_sheet_is_damaged_is_named(tmp_path: Path) -> None:
    """openpyxl reads a read-only sheet as it goes: a damaged one fails there, named."""
    source = _workbook(tmp_path / "values.xlsx")
    book = _rewritten(source, tmp_path / "damaged.xlsx", {"xl/sharedStrings.xml": b'<c r="x"></c>'})
    with pytest.raises(InputError) as caught:
        excel_rows(book, _first_sheet)
    assert caught.value.message() == (
        f"{book}: cannot read the workbook (IndexError). Save it again from Excel as .xlsx"
    )


def test_a_template_whose_style_has_a_size_that_is_not_a_number_is_named(
    tmp_path: Path,
) -> None:
    source = _template(tmp_path)
    with zipfile.ZipFile(source) as package:
        xml = package.read("word/styles.xml").decode()
    assert '<w:sz w:val="32"/>' in xml
    template = _rewritten(
        source,
        tmp_path / "odd.docx",
        {"word/styles.xml": xml.replace('<w:sz w:val="32"/>', '<w:sz w:val="large"/>').encode()},
    )
    assert _template_refusal(template, tmp_path / "house.yaml") == (
        f"{tmp_path / 'house.yaml'}, template: the template {template} cannot be read as a "
        "Word file (invalid literal for int() with base 10: 'large'). Save the template from "
        "Word as .docx or .dotx"
    )


# A paragraph's length -------------------------------------------------------------------


def _paragraph_report(tmp_path: Path, paragraph: str) -> Path:
    root = make_report(tmp_path / "report")
    path = root / "narratives" / "2024-25-Q2" / "TS1.md"
    path.write_text("First paragraph.\n\n" + paragraph + "\n\nLast.\n", encoding="utf-8")
    return root


PARAGRAPH_MESSAGE = (
    "narratives/2024-25-Q2/TS1.md, line 3: the paragraph that starts here is more than "
    "20,000 characters long (indicator TS1, period 2024/25 Q2). A paragraph of a committee "
    "paper is a few hundred characters: break it up, with a blank line between paragraphs"
)


@pytest.mark.parametrize(
    "paragraph",
    [
        "word " * 4000 + "x",  # 20,001 characters on one line
        "\n".join(["a line of forty characters, more or less"] * 500),  # over many lines
        "[" * 30_000,  # brackets: markdown-it's time grows faster than their number
        "w" * 25_000,  # one word: so does the checker's
    ],
    ids=["one-line", "many-lines", "brackets", "one-word"],
)
def test_a_paragraph_over_the_limit_is_refused_quickly(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    paragraph: str,
) -> None:
    root = _paragraph_report(tmp_path, paragraph)
    for command in (["build"], ["check"]):
        started = time.monotonic()
        code, _out, err = run(command, root, monkeypatch, capsys)
        assert time.monotonic() - started < 10
        assert code == 2, err
        assert " ".join(err.split()) == "error: " + PARAGRAPH_MESSAGE
    assert not (root / "output").exists()


def test_a_paragraph_at_the_limit_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _paragraph_report(tmp_path, "word " * 3999 + "word")  # 19,999 characters
    code, _out, err = run(["build", "--format", "html"], root, monkeypatch, capsys)
    assert code == 0, err
