"""Every reader of a report folder's files, fed random and hostile input, gives a result or
an InputError (one message), never another exception, within a time and memory bound.

The readers: the definition loader, the house-style loader, the data loader (CSV and
workbook), the commentary renderer and the checker's reading of it, the Word template
reader and the DOCX writer's opening of it. The inputs: random bytes; random YAML
(nesting to libyaml's own limit, anchors and aliases to ten levels, an alias bomb among
them, long lines, control characters raw and escaped); random Markdown (nesting, long
lines, control characters, brackets and emphasis); random zip packages (a real
template's or workbook's parts, one replaced by random bytes, by XML declaring a DTD, or
by a bomb's worth of spaces).

Bounds, stated here and checked for each example:
- time: `DEADLINE` (hypothesis' deadline) per example;
- memory: the process may grow by at most `MEMORY_MARGIN` bytes of address space
  while an example runs (RLIMIT_AS's soft limit, lowered for the test and restored
  after; Linux only): a reader that expanded a bomb would fail with MemoryError;
- size: each random input is at most a few hundred kilobytes.
"""

from __future__ import annotations

import io
import re
import resource
import sys
import zipfile
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.core.errors import InputError
from generator.read.commentary import render_commentary, text_blocks
from generator.read.data import load_data
from generator.read.definitions import load_report
from generator.read.sheets import excel_rows
from generator.read.style import load_style
from generator.read.template import as_document_bytes, read_template
from generator.read.yaml_parse import parse_yaml
from tests.report_folder import DEFINITION, make_report
from tests.writers.test_template import make_template

DEADLINE = timedelta(seconds=3)  # per example, whatever the input
MEMORY_MARGIN = 768 * 1024 * 1024  # address space an example may add
HOUSE = Path(__file__).resolve().parents[1] / "styles" / "house.yaml"

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the memory bound reads /proc/self/status"
)

FUZZ = settings(
    max_examples=40,
    deadline=DEADLINE,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)


def _address_space() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmSize")  # pragma: no cover


@pytest.fixture
def bounded_memory() -> Iterator[None]:
    """The process's address space may grow by MEMORY_MARGIN while the test runs."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = _address_space() + MEMORY_MARGIN
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _only_input_errors(read: Callable[[], Any]) -> None:
    """`read()` succeeds or raises InputError whose message is one line."""
    try:
        read()
    except InputError as error:
        message = error.message()
        assert "\n" not in message, message[:300]
        assert len(message) < 2_000, message[:300]


# ---------------------------------------------------------------- random YAML

CONTROL = st.sampled_from(["\x00", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028"])
ESCAPES = st.sampled_from(["\\v", "\\e", "\\0", "\\x1b", "\\x7f", "\\r", "\\t", "\\n"])
WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12).map(
    lambda text: text.replace('"', "").replace("\\", "")
)


def _bomb(levels: int, width: int) -> str:
    items = ["&b0 [" + ", ".join(["lol"] * width) + "]"]
    for level in range(1, levels + 1):
        items.append(f"&b{level} [" + ", ".join([f"*b{level - 1}"] * width) + "]")
    return "[" + ", ".join(items) + "]"


@st.composite
def yaml_values(draw: st.DrawFn) -> str:
    kind = draw(
        st.sampled_from(["word", "quoted", "escape", "control", "long", "deep", "bomb", "alias"])
    )
    if kind == "word":
        return draw(WORDS) or "x"
    if kind == "quoted":
        return '"' + draw(WORDS) + '"'
    if kind == "escape":
        return '"' + draw(WORDS) + draw(ESCAPES) + draw(WORDS) + '"'
    if kind == "control":
        return draw(WORDS) + draw(CONTROL) + draw(WORDS)
    if kind == "long":
        return "x" * draw(st.integers(1_000, 200_000))
    if kind == "deep":
        depth = draw(st.integers(1, 1_200))
        return "[" * depth + "]" * depth
    if kind == "bomb":
        return _bomb(draw(st.integers(1, 10)), draw(st.integers(2, 12)))
    return "&a [x, y]"  # an anchor; "*a" elsewhere may be its alias, or undefined


@st.composite
def yaml_documents(draw: st.DrawFn) -> str:
    """A definition (or style) with random lines added or values replaced."""
    base = draw(
        st.sampled_from([DEFINITION, HOUSE.read_text(encoding="utf-8"), "", "text", "- [1, 2]"])
    )
    lines = base.splitlines()
    for _ in range(draw(st.integers(1, 4))):
        value = draw(yaml_values())
        key = draw(st.sampled_from(["title", "target", "family", "notes", "id", "x", "*a"]))
        if lines and draw(st.booleans()):
            at = draw(st.integers(0, len(lines) - 1))
            indent = lines[at][: len(lines[at]) - len(lines[at].lstrip())]
            head = lines[at].split(":", 1)[0] if ":" in lines[at] else indent + key
            lines[at] = f"{head}: {value}"
        else:
            lines.insert(draw(st.integers(0, len(lines))), f"{key}: {value}")
    return "\n".join(lines) + "\n"


@FUZZ
@given(text=yaml_documents())
def test_random_yaml_is_parsed_or_refused(bounded_memory: None, text: str) -> None:
    from generator.read.yaml_text import YAMLError

    try:
        parse_yaml(text)
    except YAMLError as error:
        assert len(str(error)) < 5_000


@FUZZ
@given(text=yaml_documents())
def test_random_yaml_as_a_definition_is_read_or_refused(
    tmp_path: Path, bounded_memory: None, text: str
) -> None:
    path = tmp_path / "report.yaml"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    _only_input_errors(lambda: load_report(path))


@FUZZ
@given(text=yaml_documents())
def test_random_yaml_as_a_house_style_is_read_or_refused(
    tmp_path: Path, bounded_memory: None, text: str
) -> None:
    path = tmp_path / "house.yaml"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    _only_input_errors(lambda: load_style(path))


@FUZZ
@given(data=st.binary(max_size=4_000))
def test_random_bytes_as_a_definition_are_read_or_refused(
    tmp_path: Path, bounded_memory: None, data: bytes
) -> None:
    path = tmp_path / "report.yaml"
    path.write_bytes(data)
    _only_input_errors(lambda: load_report(path))


# ---------------------------------------------------------------- random Markdown


@st.composite
def markdown(draw: st.DrawFn) -> str:
    pieces = st.one_of(
        WORDS,
        st.sampled_from(
            ["\n", "\n\n", "- ", "1. ", "> ", "  ", "# ", "**", "*", "_", "`", "```\n"]
        ),
        st.sampled_from(["[", "]", "(", ")", "<", ">", "{{ latest }}", "{{ x }}", "<!-- -->"]),
        st.sampled_from(["[a](https://example.org)", "[a](javascript:x)", "![i](data:x)"]),
        CONTROL,
        st.integers(1, 3_000).map(lambda n: "> " * n),
        st.integers(1, 2_000).map(lambda n: "".join("  " * i + "- i\n" for i in range(n % 200))),
        st.integers(1, 100_000).map(lambda n: "word " * (n // 5)),
        st.integers(1, 5_000).map(lambda n: "[" * n),
        st.integers(1, 50_000).map(lambda n: "a" * n),
    )
    return "".join(draw(st.lists(pieces, max_size=30)))


VALUES = {"latest": "71%", "previous": "68%"}


@FUZZ
@given(text=markdown())
def test_random_markdown_is_rendered_or_refused(bounded_memory: None, text: str) -> None:
    _only_input_errors(lambda: render_commentary(text, file="TS1.md", values=VALUES))
    text_blocks(text)  # the checker's reading never refuses: it reads what renders


# ---------------------------------------------------------------- data files


@FUZZ
@given(data=st.binary(max_size=20_000), suffix=st.sampled_from([".csv", ".xlsx"]))
def test_random_bytes_as_a_data_file_are_read_or_refused(
    tmp_path: Path, bounded_memory: None, data: bytes, suffix: str
) -> None:
    root = make_report(tmp_path / "report")
    report = load_report(root / "data" / "report.yaml")
    path = root / "data" / f"values{suffix}"
    path.write_bytes(data)
    _only_input_errors(lambda: load_data(report, [path]))


# ---------------------------------------------------------------- zip packages


def _workbook_bytes() -> bytes:
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet("KPIs")
    sheet.write_row(0, 0, ["indicator", "period", "series", "value", "status"])
    sheet.write_row(1, 0, ["TS1", "2024/25 Q2", "", 71, ""])
    sheet.write_row(2, 0, ["TS1", "2024/25 Q1", "", 0.68, ""])
    book.close()
    return buffer.getvalue()


_PACKAGES: dict[str, bytes] = {}


def _package(kind: str, tmp_path: Path) -> bytes:
    if kind not in _PACKAGES:
        if kind == "xlsx":
            _PACKAGES[kind] = _workbook_bytes()
        else:
            make_template(tmp_path / "council.dotx")
            _PACKAGES[kind] = (tmp_path / "council.dotx").read_bytes()
    return _PACKAGES[kind]


Edit = Callable[[bytes], bytes | None]


@st.composite
def part_contents(draw: st.DrawFn) -> Edit:
    """New contents for a part, from its own: random bytes, its attribute values changed,
    its text cut short, hostile XML, or None (a bomb)."""
    kind = draw(st.sampled_from(["bytes", "xml", "attributes", "cut", "doctype", "bomb"]))
    if kind == "attributes":
        value = draw(st.sampled_from(["x", "-1", "1e9", "", "99999999999999999999", "&amp;"]))
        every = draw(st.integers(1, 7))

        def changed(old: bytes) -> bytes:
            parts = old.split(b'="')
            for n in range(1, len(parts), every):
                parts[n] = value.encode() + parts[n][parts[n].find(b'"') :]
            return b'="'.join(parts)

        return changed
    if kind == "cut":
        fraction = draw(st.floats(0, 1))
        return lambda old: old[: int(len(old) * fraction)]
    return _fixed(draw, kind)


def _fixed(draw: st.DrawFn, kind: str) -> Edit:
    contents = _new_contents(draw, kind)
    return lambda _old: contents


def _new_contents(draw: st.DrawFn, kind: str) -> bytes | None:
    if kind == "bytes":
        return draw(st.binary(max_size=2_000))
    if kind == "xml":
        tag = draw(st.sampled_from(["w:sz", "w:spacing", "c", "row", "w:pgSz", "x"]))
        attribute = draw(st.sampled_from(["w:val", "w:after", "r", "w:w", "t"]))
        value = draw(st.sampled_from(["x", "-1", "1e9", "", "99999999999999999999"]))
        return f'<{tag} {attribute}="{value}">{draw(WORDS)}</{tag}>'.encode()
    if kind == "doctype":
        return b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'
    return None  # a bomb


def _mutated(source: bytes, name_index: int, edit: Edit) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as old, zipfile.ZipFile(out, "w") as new:
        infos = old.infolist()
        chosen = infos[name_index % len(infos)].filename
        for info in infos:
            contents: bytes | None = old.read(info.filename)
            if info.filename == chosen:
                contents = edit(old.read(info.filename))
            if contents is not None:
                new.writestr(info.filename, contents, zipfile.ZIP_DEFLATED)
            else:  # 60 MB of spaces, some 60 KB on disk: past the limit for one part
                with new.open(zipfile.ZipInfo(info.filename), "w") as stream:
                    for _ in range(60):
                        stream.write(b" " * (1024 * 1024))
    return out.getvalue()


@FUZZ
@given(index=st.integers(0, 50), contents=part_contents())
def test_a_template_with_a_random_part_is_read_or_refused(
    tmp_path: Path, bounded_memory: None, index: int, contents: Edit
) -> None:
    path = tmp_path / "council.docx"
    path.write_bytes(_mutated(_package("docx", tmp_path), index, contents))
    _only_input_errors(lambda: read_template(path, tmp_path / "house.yaml"))
    _only_input_errors(lambda: as_document_bytes(path))


@FUZZ
@given(index=st.integers(0, 50), contents=part_contents())
def test_a_workbook_with_a_random_part_is_read_or_refused(
    tmp_path: Path, bounded_memory: None, index: int, contents: Edit
) -> None:
    path = tmp_path / "values.xlsx"
    path.write_bytes(_mutated(_package("xlsx", tmp_path), index, contents))
    _only_input_errors(lambda: excel_rows(path, lambda book, _name: book.worksheets[0]))


@FUZZ
@given(data=st.binary(max_size=20_000))
def test_random_bytes_as_a_template_are_read_or_refused(
    tmp_path: Path, bounded_memory: None, data: bytes
) -> None:
    path = tmp_path / "council.docx"
    path.write_bytes(data)
    _only_input_errors(lambda: read_template(path, tmp_path / "house.yaml"))


@pytest.mark.parametrize("row", ["1048577", "99999999999999999999"])
def test_a_row_numbered_past_excels_last_is_refused_not_padded(
    tmp_path: Path, bounded_memory: None, row: str
) -> None:
    """A damaged sheet whose row says it is row 10^20 once made the reader pad empty
    rows until memory ran out (found by the fuzz test above); now one message."""
    source = _package("xlsx", tmp_path)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as old, zipfile.ZipFile(out, "w") as new:
        for info in old.infolist():
            contents = old.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                contents = contents.replace(b'<row r="2"', f'<row r="{row}"'.encode(), 1)
            new.writestr(info.filename, contents, zipfile.ZIP_DEFLATED)
    path = tmp_path / "values.xlsx"
    path.write_bytes(out.getvalue())
    with pytest.raises(InputError) as raised:
        excel_rows(path, lambda book, _name: book.worksheets[0])
    assert "past Excel's last row (1,048,576)" in str(raised.value)
    assert "values.xlsx" in str(raised.value)


@pytest.mark.parametrize("field", ["template", "font_file"])
def test_a_house_style_naming_a_file_too_long_for_the_system_gets_one_message(
    tmp_path: Path, field: str
) -> None:
    """A font or template named by 5,000 characters once stopped the build with
    'OSError: File name too long' (found by the fuzz test above)."""
    name = "x" * 5_000 + ".ttf"
    text = (Path(__file__).parent.parent / "styles" / "house.yaml").read_text(encoding="utf-8")
    if field == "template":
        text += f'\ntemplate: "{name[:-4]}.docx"\n'
    else:
        text = re.sub(r"(regular: )\S+", rf"\g<1>{name}", text, count=1)
    path = tmp_path / "house.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_style(path)
    message = raised.value.message()
    assert "not found" in message or "not a Word file" in message
    assert len(message) < 1_000
