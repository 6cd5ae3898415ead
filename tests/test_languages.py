"""Commentary in each of the definition's `languages`: the list validated, a missing file
in a listed language a finding (`build --strict` refuses it), and commentary in a language
the checker does not read checked for its figures, with one note saying what is not read."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.content.inputs import load_inputs
from generator.core.errors import InputError
from generator.core.periods import parse_quarter
from generator.editors.check import check_inputs
from generator.read.commentary_files import commentary_in, commentary_path_in
from generator.read.definitions import load_report
from generator.read.folder import ReportFolder
from generator.read.languages import same_language
from tests.report_folder import DEFINITION, make_report
from tests.test_cli import run

QUARTER_FOLDER = Path("narratives") / "2024-25-Q2"
WELSH = DEFINITION.replace('language: "en-GB"\n', 'language: "en-GB"\nlanguages: [cy, en]\n')
CY = {
    # illustrative text for the tests, not a translation for publication
    "TS1": "Atebwyd ar amser: **{{ latest }}**, {{ direction }} {{ change }}.\n",
    "TS2": "Ymweliadau: {{ series.made.latest }}.\n",
}


def _report(root: Path, cy: dict[str, str] | None = None, definition: str = WELSH) -> Path:
    make_report(root, definition=definition)
    folder = root / "narratives" / "2024-25-Q2" / "cy"
    folder.mkdir(parents=True, exist_ok=True)
    for ident, text in (CY if cy is None else cy).items():
        (folder / f"{ident}.md").write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("listed", "main", "same"),
    [
        ("en", "en-GB", True),
        ("en-GB", "en-GB", True),
        ("EN-gb", "en-GB", True),
        ("en-US", "en-GB", False),
        ("cy", "en-GB", False),
        ("cy-GB", "cy", True),
    ],
)
def test_which_listed_language_is_the_main_one(listed: str, main: str, same: bool) -> None:
    assert same_language(listed, main) is same


@pytest.mark.parametrize(
    ("field", "says", "line"),
    [
        ("languages: [cy, xx]\n", "lists 'xx', which is not a known language tag", 6),
        ("languages: [cy]\n", "does not list the report's main language, 'en-GB'", 6),
        ("languages: [cy, en, cy]\n", "lists 'cy' twice", 6),
        ("languages: cy\n", "'languages' must list language tags, not 'cy'", 6),
        ("languages:\n  - en\n  - Welsh\n", "lists 'Welsh', which is not a known", 8),
    ],
)
def test_a_bad_languages_list_is_one_message_with_its_line(
    tmp_path: Path, field: str, says: str, line: int
) -> None:
    definition = DEFINITION.replace('language: "en-GB"\n', f'language: "en-GB"\n{field}')
    make_report(tmp_path, definition=definition)
    with pytest.raises(InputError) as caught:
        load_report(tmp_path / "data" / "report.yaml")
    message = caught.value.message()
    assert says in message
    assert f"data/report.yaml, line {line}:" in message


def test_a_definition_without_languages_has_only_its_main_language(tmp_path: Path) -> None:
    report = load_report(make_report(tmp_path) / "data" / "report.yaml")
    assert report.languages == ()
    assert report.other_languages == ()


def test_the_commentary_for_a_quarter_and_language(tmp_path: Path) -> None:
    root = _report(tmp_path)
    report = load_report(root / "data" / "report.yaml")
    assert report.other_languages == ("cy",)
    folder, quarter = ReportFolder.at(root), parse_quarter("2024/25 Q2")
    path, text = commentary_in(folder, quarter, "TS1", "cy", report.language)
    assert path == root / "narratives" / "2024-25-Q2" / "cy" / "TS1.md"
    assert text == CY["TS1"]
    path, text = commentary_in(folder, quarter, "TS1", "en", report.language)
    assert path == root / "narratives" / "2024-25-Q2" / "TS1.md"
    assert text is not None and text.startswith("Answered on time")
    assert commentary_path_in(folder, quarter, "TS2", "gd", "en-GB").parts[-2:] == ("gd", "TS2.md")


def test_a_missing_welsh_file_is_a_finding_and_strict_refuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _report(tmp_path, cy={"TS1": CY["TS1"]})
    code, out, _ = run(["check"], root, monkeypatch, capsys)
    said = " ".join(out.split())
    assert code == 1
    assert (
        "narratives/2024-25-Q2/cy/TS2.md: TS2: the Welsh (cy) commentary for 2024/25 Q2 is missing"
        in said
    )
    assert "cy/TS1.md" not in said.replace("cy/TS1.md: TS1: commentary in", "")
    code, _, err = run(["build", "--strict", "--format", "html"], root, monkeypatch, capsys)
    assert code == 1
    assert "not built:" in err
    assert "cy/TS2.md" in err
    (root / "narratives" / "2024-25-Q2" / "cy" / "TS2.md").write_text(CY["TS2"], encoding="utf-8")
    code, out, _ = run(["check"], root, monkeypatch, capsys)
    assert code == 0, out
    assert "No findings." in out


def test_an_empty_welsh_file_is_a_finding(tmp_path: Path) -> None:
    root = _report(tmp_path, cy={"TS1": CY["TS1"], "TS2": "\n"})
    findings = check_inputs(load_inputs(root, None)).findings
    assert [(Path(f.file).name, f.says) for f in findings] == [
        ("TS2.md", "the Welsh (cy) commentary for 2024/25 Q2 is empty")
    ]


def test_a_folder_without_languages_is_checked_as_before(tmp_path: Path) -> None:
    root = _report(tmp_path, cy={}, definition=DEFINITION)
    result = check_inputs(load_inputs(root, None))
    assert result.findings == []
    assert result.notes == []


# TS1 is 71% (2024/25 Q2), 68% a quarter before, 62% a year before; target 80%, floor 70%.
# TS2 made 1,200 (1,150 before, 950 a year before); booked 1,300.
@pytest.mark.parametrize(
    ("indicator", "text", "found"),
    [
        ("TS1", "Cyfradd o 71% y chwarter hwn.", []),
        ("TS1", "Cyfradd o 17% y chwarter hwn.", ["17%"]),
        ("TS1", "Targed 80%, llawr 70%; 68% yn Ch1.", []),
        ("TS1", "Tua 72% y chwarter hwn.", []),  # within 'around' of 71%: hedges not read
        ("TS1", "Cynnydd o 3 phwynt; 9 o 10 cais.", []),  # not written in the unit: not read
        ("TS1", "Yn 2024/25 Ch2, 71%. Gweler ASCH12 a 12/10/2024.", []),
        ("TS1", "Rhwng 2023 a 2024, 55% <!-- not a figure --> o geisiadau.", []),
        ("TS1", "Cyfradd o 71%.\n\nMae hyn yn 91% o'r targed.", ["91%"]),
        ("TS2", "Gwnaed 1,200 o ymweliadau; archebwyd 1,300.", []),
        ("TS2", "Gwnaed 2,100 o ymweliadau.", ["2,100"]),
        ("TS2", "Gwnaed 250 o ymweliadau yn 2024.", []),  # a count without separator: not read
    ],
)
def test_figures_in_welsh_are_checked_against_the_data(
    tmp_path: Path, indicator: str, text: str, found: list[str]
) -> None:
    root = _report(tmp_path, cy={**CY, indicator: text})
    result = check_inputs(load_inputs(root, None))
    assert [f.quote for f in result.findings] == found
    for finding in result.findings:
        assert finding.file.endswith(f"cy/{indicator}.md")
        assert finding.rule == "figure"
    if found == ["91%"]:
        assert result.findings[0].line == 3


def test_each_welsh_file_gets_one_note_of_what_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _report(tmp_path)
    result = check_inputs(load_inputs(root, None))
    assert [Path(n.file).name for n in result.notes] == ["TS1.md", "TS2.md"]
    code, out, _ = run(["check"], root, monkeypatch, capsys)
    said = " ".join(out.split())
    assert code == 0  # a note is not a finding
    assert said.count("note:") == 2
    assert "cy/TS1.md: TS1: commentary in Welsh (cy): only its figures" in said
    assert "its words (movements, ratings" in said


def test_english_listed_beside_a_welsh_main_language_is_read_in_full(tmp_path: Path) -> None:
    definition = WELSH.replace('language: "en-GB"', 'language: "cy"')
    root = make_report(
        tmp_path,
        definition=definition,
        commentary={"TS1": "Cyfradd o 71%.\n", "TS2": "Gwnaed 1,200.\n"},
    )
    en = root / "narratives" / "2024-25-Q2" / "en"
    en.mkdir()
    (en / "TS1.md").write_text("Answered on time rose to 75% this quarter.\n", encoding="utf-8")
    (en / "TS2.md").write_text("Visits made reached {{ series.made.latest }}.\n", encoding="utf-8")
    result = check_inputs(load_inputs(root, None))
    assert [Path(n.file).parent.name for n in result.notes] == ["2024-25-Q2"] * 2
    # the finding quotes the editor's whole claim, its verb with the figure
    assert [(Path(f.file).parent.name, f.quote) for f in result.findings] == [("en", "rose to 75%")]


def test_a_bad_placeholder_in_welsh_stops_check_naming_the_file(tmp_path: Path) -> None:
    root = _report(tmp_path, cy={**CY, "TS2": "Ymweliadau: {{ latst }}.\n"})
    with pytest.raises(InputError) as caught:
        check_inputs(load_inputs(root, None))
    assert "cy/TS2.md, line 1: unknown placeholder '{{ latst }}'" in caught.value.message()


def test_a_report_in_welsh_has_its_own_commentary_checked_for_figures(tmp_path: Path) -> None:
    definition = DEFINITION.replace('language: "en-GB"', 'language: "cy"')
    root = make_report(
        tmp_path,
        definition=definition,
        commentary={"TS1": "Cyfradd o 17% y chwarter hwn.\n", "TS2": "Gwnaed 1,200.\n"},
    )
    result = check_inputs(load_inputs(root, None))
    assert [(Path(f.file).name, f.quote, f.rule) for f in result.findings] == [
        ("TS1.md", "17%", "figure")
    ]
    assert [Path(n.file).name for n in result.notes] == ["TS1.md", "TS2.md"]


def test_the_preview_shows_the_main_language_findings_only(tmp_path: Path) -> None:
    from generator.run.preview_findings import Checked

    root = _report(tmp_path, cy={"TS1": "Cyfradd o 17%.\n"})  # TS2 missing, 17% wrong
    inputs = load_inputs(root, None)
    assert len(check_inputs(inputs).findings) == 2  # `appendix check` lists both
    # the page is the English edition: a Welsh line is no line of its paragraphs
    assert Checked().findings(inputs) == [[], []]


@pytest.mark.parametrize(
    ("language", "notes", "named"),
    [
        ("en-GB", 0, None),
        ("en-US", 0, None),
        ("qps-ploc", 0, None),  # a pseudo-locale marks fixed words; commentary is as written
        ("cy", 2, "commentary in Welsh (cy):"),
        ("xx-unknown", 2, "commentary in 'xx-unknown':"),  # `language:` is not checked
    ],
)
def test_which_main_languages_have_their_words_read(
    tmp_path: Path, language: str, notes: int, named: str | None
) -> None:
    definition = DEFINITION.replace('language: "en-GB"', f'language: "{language}"')
    root = make_report(tmp_path, definition=definition)
    result = check_inputs(load_inputs(root, None))
    assert len(result.notes) == notes
    if named:
        assert (
            result.notes[0]
            .message()
            .startswith(f"{root / QUARTER_FOLDER / 'TS1.md'}: TS1: {named}")
        )
