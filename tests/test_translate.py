"""The translators' round trip: `appendix translate export` writes the quarter's
commentary as one PO or XLIFF file, a translation tool translates it (here a function
that changes the words and keeps the placeholders and figures), and `appendix translate
import` writes narratives/<quarter>/cy/ with the same structure."""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from babel.messages.pofile import read_po, write_po

from generator.editors.translate.protect import protected
from generator.editors.translate.xliff import NS
from tests.report_folder import DEFINITION, make_report
from tests.test_cli import run

WELSH = DEFINITION.replace('language: "en-GB"\n', 'language: "en-GB"\nlanguages: [cy, en]\n')
TS1 = """\
# Answered on time

Answered on time rose to {{ latest }}, from {{ previous }}.\\
See [the plan](https://example.org/plan) for 2024/25, and <https://example.org/a>.

- a first item, with 71% <!-- not a figure -->
  on two lines
- a second item
  1. nested, in {{ latest_period }}

Setext heading
--------------

    code is kept as it is

The last paragraph.
"""
# What `shout` makes of it: the words in capitals; placeholders, figures, addresses, the
# not-a-figure mark, the Markdown's structure and the code block as they were.
TS1_TRANSLATED = """\
# ANSWERED ON TIME

ANSWERED ON TIME ROSE TO {{ latest }}, FROM {{ previous }}.\\
SEE [THE PLAN](https://example.org/plan) FOR 2024/25, AND <https://example.org/a>.

- A FIRST ITEM, WITH 71% <!-- not a figure -->
  ON TWO LINES
- A SECOND ITEM
  1. NESTED, IN {{ latest_period }}

SETEXT HEADING
--------------

    code is kept as it is

THE LAST PARAGRAPH.
"""
TS2 = "Visits made reached {{ series.made.latest }}.\n"
QUARTER = Path("narratives") / "2024-25-Q2"


def shout(text: str) -> str:
    """A stand-in translator: every word in capitals, what must be kept kept."""
    out, last = [], 0
    for span in protected(text):
        out += [text[last : span.start].upper(), span.code]
        last = span.end
    return "".join([*out, text[last:].upper()])


def _report(root: Path) -> Path:
    return make_report(root, definition=WELSH, commentary={"TS1": TS1, "TS2": TS2})


def _po(path: Path, translate: Callable[[str, str], str]) -> None:
    """Translate every message of a PO file, as a tool would: translate(key, source)."""
    catalog = read_po(io.BytesIO(path.read_bytes()))
    for message in catalog:
        if message.id:
            message.string = translate(str(message.context), str(message.id))
            message.flags.discard("fuzzy")
    buffer = io.BytesIO()
    write_po(buffer, catalog)
    path.write_bytes(buffer.getvalue())


def _shout_element(element: ET.Element) -> None:
    element.text = (element.text or "").upper()
    for child in element:
        child.tail = (child.tail or "").upper()


def _xliff(path: Path, translate: Callable[[str, ET.Element], ET.Element | None]) -> None:
    """Give every trans-unit of an XLIFF file a target, as a tool would."""
    ET.register_namespace("", NS)
    tree = ET.parse(path)
    for unit in tree.getroot().iter(f"{{{NS}}}trans-unit"):
        source = unit.find(f"{{{NS}}}source")
        assert source is not None
        old = unit.find(f"{{{NS}}}target")
        if old is not None:
            unit.remove(old)
        target = translate(str(unit.get("resname")), source)
        if target is not None:
            unit.insert(1, target)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def _shouted_target(_key: str, source: ET.Element) -> ET.Element:
    target = ET.fromstring(ET.tostring(source))
    target.tag = f"{{{NS}}}target"
    target.set("state", "translated")
    _shout_element(target)
    return target


@pytest.mark.parametrize("fmt", ["po", "xliff"])
def test_export_translate_import_keeps_the_structure(
    tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _report(tmp_path)
    name = "out.po" if fmt == "po" else "out.xlf"
    code, out, err = run(
        ["translate", "export", "--to", "cy", "--out", name], root, monkeypatch, capsys
    )
    assert code == 0, err
    assert "8 unit(s) from 2 file(s), 0 prefilled" in out
    if fmt == "po":
        _po(root / name, lambda _key, source: shout(source))
    else:
        _xliff(root / name, _shouted_target)
    code, out, err = run(["translate", "import", name], root, monkeypatch, capsys)
    assert code == 0, err
    cy = root / QUARTER / "cy"
    assert (cy / "TS1.md").read_text(encoding="utf-8") == TS1_TRANSLATED
    assert (cy / "TS2.md").read_text(
        encoding="utf-8"
    ) == "VISITS MADE REACHED {{ series.made.latest }}.\n"
    assert f"Wrote {Path('narratives/2024-25-Q2/cy/TS1.md')}" in out
    # the English is as it was; the Welsh is checked as commentary in Welsh
    assert (root / QUARTER / "TS1.md").read_text(encoding="utf-8") == TS1
    code, out, _ = run(["check"], root, monkeypatch, capsys)
    assert code == 0, out
    assert "note: narratives/2024-25-Q2/cy/TS1.md: TS1: commentary in Welsh (cy)" in " ".join(
        out.split()
    )


@pytest.mark.parametrize("fmt", ["po", "xliff"])
def test_a_second_export_is_prefilled_with_the_translation(
    tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _report(tmp_path)
    cy = root / QUARTER / "cy"
    cy.mkdir()
    (cy / "TS1.md").write_text(TS1_TRANSLATED, encoding="utf-8")
    # a translation whose placeholder no longer agrees with the English: to look at again
    (cy / "TS2.md").write_text("YMWELIADAU {{ latest }}.\n", encoding="utf-8")
    name = f"again.{'po' if fmt == 'po' else 'xlf'}"
    code, out, err = run(
        ["translate", "export", "--to", "cy", "--out", name], root, monkeypatch, capsys
    )
    assert code == 0, err
    assert "8 prefilled from the existing translation (1 to look at again" in " ".join(out.split())
    if fmt == "po":
        catalog = read_po(io.BytesIO((root / name).read_bytes()))
        found = {str(m.context): (m.string, m.fuzzy) for m in catalog if m.id}
        assert found["narratives/2024-25-Q2/TS1.md#1"] == ("ANSWERED ON TIME", False)
        assert found["narratives/2024-25-Q2/TS2.md#1"] == ("YMWELIADAU {{ latest }}.", True)
    else:
        root_element = ET.parse(root / name).getroot()
        states = {
            str(u.get("resname")): u.find(f"{{{NS}}}target")
            for u in root_element.iter(f"{{{NS}}}trans-unit")
        }
        heading = states["narratives/2024-25-Q2/TS1.md#1"]
        assert heading is not None and heading.text == "ANSWERED ON TIME"
        assert heading.get("state") == "translated"
        changed = states["narratives/2024-25-Q2/TS2.md#1"]
        assert changed is not None and changed.get("state") == "needs-review-translation"
    # importing it as it is writes TS1 as it was and leaves TS2 (not yet reviewed) alone
    code, out, err = run(["translate", "import", name], root, monkeypatch, capsys)
    assert code == 0, err
    assert "not written:" in err and "TS2.md: 1 unit(s) not translated" in " ".join(err.split())
    assert (cy / "TS2.md").read_text(encoding="utf-8") == "YMWELIADAU {{ latest }}.\n"


@pytest.mark.parametrize("fmt", ["po", "xliff"])
def test_a_translation_that_drops_a_placeholder_is_refused_and_nothing_written(
    tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _report(tmp_path)
    name = f"out.{'po' if fmt == 'po' else 'xlf'}"
    run(["translate", "export", "--to", "cy", "--out", name], root, monkeypatch, capsys)
    dropped = "narratives/2024-25-Q2/TS1.md#2"
    if fmt == "po":
        _po(
            root / name,
            lambda key, source: (
                shout(source).replace(", FROM {{ previous }}", "")
                if key == dropped
                else shout(source)
            ),
        )
    else:

        def drop(key: str, source: ET.Element) -> ET.Element:
            target = _shouted_target(key, source)
            if key == dropped:
                target.remove(target[1])  # the <ph> holding {{ previous }}
            return target

        _xliff(root / name, drop)
    code, _, err = run(["translate", "import", name], root, monkeypatch, capsys)
    said = " ".join(err.split())
    assert code == 2
    assert (
        f"the translation of the unit '{dropped}' does not keep what it must: "
        "the placeholder '{{ previous }}' of the source is missing"
    ) in said
    assert "nothing was imported" in said
    assert "Traceback" not in said
    assert not (root / QUARTER / "cy").exists()


def test_a_changed_figure_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _report(tmp_path)
    run(["translate", "export", "--to", "cy", "--out", "out.po"], root, monkeypatch, capsys)
    _po(root / "out.po", lambda _key, source: shout(source).replace("71%", "17%"))
    code, _, err = run(["translate", "import", "out.po"], root, monkeypatch, capsys)
    assert code == 2
    assert (
        "TS1.md#3' does not keep what it must: the figure '71%' of the source is missing"
        in " ".join(err.split())
    )


def test_untranslated_units_leave_their_file_unwritten_and_are_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _report(tmp_path)
    run(["translate", "export", "--to", "cy", "--out", "out.po"], root, monkeypatch, capsys)
    _po(root / "out.po", lambda key, source: "" if key.endswith("TS1.md#4") else shout(source))
    code, out, err = run(["translate", "import", "out.po"], root, monkeypatch, capsys)
    assert code == 0
    said = " ".join(err.split())
    assert (
        "not written: narratives/2024-25-Q2/cy/TS1.md: 1 unit(s) not translated "
        "(narratives/2024-25-Q2/TS1.md#4)" in said
    )
    assert not (root / QUARTER / "cy" / "TS1.md").exists()
    assert (root / QUARTER / "cy" / "TS2.md").is_file()
    # and `appendix check` says the Welsh TS1 is missing
    code, out, _ = run(["check"], root, monkeypatch, capsys)
    assert code == 1
    assert "cy/TS1.md: TS1: the Welsh (cy) commentary for 2024/25 Q2 is missing" in " ".join(
        out.split()
    )


def test_english_changed_since_the_export_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _report(tmp_path)
    run(["translate", "export", "--to", "cy", "--out", "out.xlf"], root, monkeypatch, capsys)
    _xliff(root / "out.xlf", _shouted_target)
    (root / QUARTER / "TS2.md").write_text(
        "Visits made: {{ series.made.latest }}.\n", encoding="utf-8"
    )
    code, _, err = run(["translate", "import", "out.xlf"], root, monkeypatch, capsys)
    said = " ".join(err.split())
    assert code == 2
    assert "the source of the unit 'narratives/2024-25-Q2/TS2.md#1' is not what" in said
    assert "Export again" in said
    assert not (root / QUARTER / "cy").exists()


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (
            ["translate", "export", "--to", "fr"],
            "'fr' is not one of the report's other languages (listed: cy)",
        ),
        (["translate", "export", "--to", "en"], "'en' is not one of the report's other languages"),
    ],
)
def test_export_into_a_language_not_listed_is_one_message(
    tmp_path: Path,
    args: list[str],
    says: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = _report(tmp_path)
    code, _, err = run(args, root, monkeypatch, capsys)
    assert code == 2
    assert says in " ".join(err.split())
    assert "data/report.yaml, --to:" in " ".join(err.split())


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"not a po file at all {{", "not a PO file that can be read"),
        (
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><xliff version="1.2"/>',
            "declares a DOCTYPE",
        ),
        (b"<xliff version='2.0'/>", "not an XLIFF 1.2 file"),
        (
            f'<xliff xmlns="{NS}" version="1.2"><file original="../../elsewhere/TS1.md" '
            'target-language="cy"><body><trans-unit id="1"><source>x</source>'
            "<target>y</target></trans-unit></body></file></xliff>".encode(),
            "the unit '../../elsewhere/TS1.md#1' is not from a commentary file of this report",
        ),
    ],
)
def test_a_file_that_is_not_a_translation_of_the_report_is_refused(
    tmp_path: Path,
    content: bytes,
    says: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = _report(tmp_path)
    name = "bad.po" if content.startswith(b"not") else "bad.xlf"
    (root / name).write_bytes(content)
    code, _, err = run(["translate", "import", name], root, monkeypatch, capsys)
    assert code == 2
    assert says in " ".join(err.split())
    assert "Traceback" not in err
    assert not (root / QUARTER / "cy").exists()
    assert not (tmp_path / "elsewhere").exists()


def test_the_sample_round_trips_and_its_translation_checks_clean(
    repo_root: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for folder in ("data", "narratives", "styles"):
        shutil.copytree(repo_root / folder, tmp_path / folder)
    definition = tmp_path / "data" / "report.yaml"
    text = definition.read_text(encoding="utf-8")
    definition.write_text(
        text.replace("\nlanguage:", "\nlanguages: [cy, en]\nlanguage:", 1), encoding="utf-8"
    )
    code, out, err = run(["translate", "export", "--to", "cy"], tmp_path, monkeypatch, capsys)
    assert code == 0, err
    exported = tmp_path / "commentary-2024-25-Q2-cy.po"
    _po(exported, lambda _key, source: shout(source))
    code, out, err = run(["translate", "import", exported.name], tmp_path, monkeypatch, capsys)
    assert code == 0, err
    english = sorted((tmp_path / QUARTER).glob("*.md"))
    assert len(english) == 20
    for path in english:
        welsh = (tmp_path / QUARTER / "cy" / path.name).read_text(encoding="utf-8")
        assert welsh == shout(path.read_text(encoding="utf-8")), path.name
    # the figures of the Welsh (the placeholders' and those written, 'per 100,000' too)
    # are all the data's: only the notes of what is not read
    code, out, _ = run(["check"], tmp_path, monkeypatch, capsys)
    assert code == 0, out
    assert out.count("note: ") == 20
