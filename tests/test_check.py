"""`appendix check` and `appendix new-quarter`, on copies of the sample."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.editors.check import revision_notes, run_check
from generator.editors.drafts import draft_quarter
from generator.editors.findings import finding_text


@pytest.fixture
def sample_copy(repo_root: Path, tmp_path: Path) -> Path:
    for folder in ("data", "narratives", "styles"):
        shutil.copytree(repo_root / folder, tmp_path / folder)
    return tmp_path


@pytest.mark.parametrize("quarter", ["2024-25 Q2", "2023-24 Q2"])
def test_the_sample_is_clean(repo_root: Path, quarter: str) -> None:
    assert [f.message() for f in run_check(repo_root, quarter)] == []


def test_the_get_and_district_samples_are_clean_but_for_the_districts_late_figure(
    repo_root: Path,
) -> None:
    """GET's commentary gives no finding; the district sample's only its deliberate one,
    the planning figure not yet in."""
    assert [f.message() for f in run_check(repo_root / "samples" / "get", "2024-25 Q3")] == []
    district = [f.message() for f in run_check(repo_root / "samples" / "district", "2024-25 Q3")]
    assert len(district) == 1
    assert "P1: the figure for 2024/25 Q3 is not yet available" in district[0]


def test_exactly_the_three_planted_mistakes_are_found(sample_copy: Path) -> None:
    folder = sample_copy / "narratives" / "2024-25-Q2"
    asch8 = folder / "ASCH8.md"
    text = asch8.read_text(encoding="utf-8")
    assert "{{ series.completed.latest }}" in text
    asch8.write_text(text.replace("{{ series.completed.latest }}", "4,699", 1), encoding="utf-8")
    asch2 = folder / "ASCH2.md"
    text = asch2.read_text(encoding="utf-8")
    assert "{{ rag }}" in text
    asch2.write_text(text.replace("{{ rag }}", "RED", 1), encoding="utf-8")
    (folder / "ASCH14.md").unlink()

    findings = run_check(sample_copy, "2024-25 Q2")
    described = sorted((Path(f.file).name, f.indicator, finding_text(f)) for f in findings)
    assert len(findings) == 3, described
    assert described[0][0:2] == ("ASCH14.md", "ASCH14") and "is missing" in described[0][2]
    assert (
        described[1][0:2] == ("ASCH2.md", "ASCH2")
        and "says RED but the rating is AMBER" in described[1][2]
    )
    assert (
        described[2][0:2] == ("ASCH8.md", "ASCH8")
        # 'Assessments completed: 4,699': the series whose own words name it (h-tune20a)
        and "'4,699': says 4,699 for Quarter 2 2024/25 (assessments completed); the data has 4,688"
        in described[2][2]
    )
    assert all(f.line for f in findings if "is missing" not in finding_text(f))
    # the same findings, field by field
    missing, rag, figure = sorted(findings, key=lambda f: Path(f.file).name)
    assert (missing.rule, missing.quote, missing.line) == ("commentary", None, None)
    assert missing.says == "the commentary for 2024/25 Q2 is missing"
    assert (rag.rule, rag.quote, rag.says, rag.data) == (
        "rating",
        "RED",
        "says RED",
        "the rating is AMBER",
    )
    assert (figure.rule, figure.quote, figure.period) == ("level", "4,699", "2024/25 Q2")
    assert figure.says == "says 4,699 for Quarter 2 2024/25 (assessments completed)"
    assert figure.data == "the data has 4,688"
    assert figure.line == 1 + next(
        n
        for n, line in enumerate(asch8.read_text(encoding="utf-8").splitlines())
        if "4,699" in line
    )


@pytest.mark.parametrize(
    ("sentence", "finding", "rule", "quote"),
    [
        (
            "Direction of travel: improving.",
            "the direction of travel is 'decreasing'",
            "trend",
            "improving",
        ),
        (
            # (not 'Contacts are nearly 30,000.': contacts are another indicator's, and a
            # figure out of all scale with new packages is not bound to them)
            "New packages were nearly 3,000.",
            "says nearly 3,000 for Quarter 2 2024/25; the data has 2,172",
            "level",
            "were nearly 3,000",  # the verb that carries the claim, quoted with it
        ),
        (
            "This is a paragraph about Quarter 3 2024/25.",
            "after the report quarter",
            "stale quarter",
            "Quarter 3 2024/25",
        ),
        (
            "New packages were 2,150.",
            "says 2,150 for Quarter 2 2024/25; the data has 2,172",
            "level",
            "were 2,150",
        ),
    ],
)
def test_contradictions_are_found(
    sample_copy: Path, sentence: str, finding: str, rule: str, quote: str
) -> None:
    path = sample_copy / "narratives" / "2024-25-Q2" / "ASCH11.md"
    before = path.read_text(encoding="utf-8")
    path.write_text(before + "\n" + sentence + "\n", encoding="utf-8")
    findings = run_check(sample_copy, "2024-25 Q2")
    assert len(findings) == 1 and finding in finding_text(findings[0])
    (found,) = findings
    assert (found.rule, found.quote, found.indicator) == (rule, quote, "ASCH11")
    assert found.line == before.count("\n") + 2  # after one blank line


@pytest.mark.parametrize(
    "sentence",
    ["New packages were 2,172.", "Packages: nearly 2,200.", "A rise of 15 packages, about 1%."],
)
def test_figures_rounded_as_written_pass(sample_copy: Path, sentence: str) -> None:
    path = sample_copy / "narratives" / "2024-25-Q2" / "ASCH11.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n" + sentence + "\n", encoding="utf-8")
    assert run_check(sample_copy, "2024-25 Q2") == []


def test_a_paragraph_left_from_last_quarter_is_found(sample_copy: Path) -> None:
    old = (sample_copy / "narratives" / "2023-24-Q2" / "ASCH17.md").read_text(encoding="utf-8")
    paragraph = next(p for p in old.split("\n\n") if len(p) > 60)
    path = sample_copy / "narratives" / "2024-25-Q2" / "ASCH17.md"
    before = path.read_text(encoding="utf-8").rstrip("\n")
    path.write_text(before + "\n\n" + paragraph + "\n", encoding="utf-8")
    line = before.count("\n") + 3  # after the text and one blank line
    findings = run_check(sample_copy, "2024-25 Q2")
    (finding,) = [f for f in findings if "left from" in finding_text(f)]
    old_file = sample_copy / "narratives" / "2023-24-Q2" / "ASCH17.md"
    assert finding.message() == (
        f"{path}, line {line}: ASCH17: '{paragraph[:40]}...': paragraph left from "
        f"{old_file} (2023/24 Q2), unchanged"
    )
    assert (finding.rule, finding.line, finding.quote) == (
        "copied paragraph",
        line,
        f"{paragraph[:40]}...",
    )


def test_revisions_are_listed_old_and_new(repo_root: Path) -> None:
    notes = revision_notes(repo_root, "2023-24 Q2", out=repo_root / "no-such-output")
    assert notes == [
        "ASCH11 2023/24 Q1 (packages): 2,501 when reported, now 2,725 (compared with "
        f"{repo_root / 'data' / 'reported' / '2023-24-Q1.csv'})"
    ]


def test_new_quarter_drafts_every_indicator_once(sample_copy: Path) -> None:
    created, kept = draft_quarter(sample_copy, "2024-25 Q3")
    assert sorted(p.stem for p in created) == sorted(f"ASCH{n}" for n in range(1, 21))
    assert kept == []
    before = {p: p.read_bytes() for p in created}
    (created[0]).write_text("Edited by an editor.\n", encoding="utf-8")
    created_again, kept_again = draft_quarter(sample_copy, "2024-25 Q3")
    assert created_again == [] and len(kept_again) == 20
    assert created[0].read_text(encoding="utf-8") == "Edited by an editor.\n"
    assert all(p.read_bytes() == b for p, b in before.items() if p != created[0])


def test_drafts_from_data_are_true_statements(sample_copy: Path) -> None:
    folder = sample_copy / "narratives" / "2024-25-Q2"
    shutil.rmtree(folder)
    created, _ = draft_quarter(sample_copy, "2024-25 Q2")
    assert len(created) == 20
    assert "{{ latest }}" in (folder / "ASCH2.md").read_text(encoding="utf-8")
    assert run_check(sample_copy, "2024-25 Q2") == []


@pytest.mark.parametrize(
    ("indicator", "sentence", "expected", "rules"),
    [
        ("ASCH1", "The rating is GREEN.", ["says GREEN but the rating is AMBER"], ["rating"]),
        (
            "ASCH1",
            "It moved from AMBER to GREEN.",
            ["moved from AMBER but it was GREEN", "moved to GREEN but the rating is AMBER"],
            ["rating", "rating"],
        ),
        ("ASCH1", "It moved from Green to Amber this quarter.", [], []),
        ("ASCH1", "It was GREEN last quarter and is AMBER now.", [], []),
        (
            "ASCH11",
            "New packages fell to 2050.",
            ["'2050': says 2050 for Quarter 2 2024/25", "'fell to 2050': says 'fell to 2050'"],
            ["level", "movement"],
        ),
        ("ASCH11", "In 2023 the recording system changed.", [], []),
        ("ASCH2", "The direction of travel is upward, a steady improvement.", [], []),
        (
            "ASCH2",
            "There was no significant change this quarter, but the trend is improving.",
            [],
            [],
        ),
        ("ASCH2", "The trend is not improving.", ["'not improving'"], ["trend"]),
        ("ASCH2", "The trend is worsening.", ["'is worsening'"], ["trend"]),
    ],
)
def test_claims_are_read_in_context(
    sample_copy: Path, indicator: str, sentence: str, expected: list[str], rules: list[str]
) -> None:
    path = sample_copy / "narratives" / "2024-25-Q2" / f"{indicator}.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n" + sentence + "\n", encoding="utf-8")
    findings = run_check(sample_copy, "2024-25 Q2")
    texts = [finding_text(f) for f in findings]
    assert len(texts) == len(expected), texts
    for text, part in zip(sorted(texts), sorted(expected), strict=True):
        assert part in text
    assert [f.rule for f in findings] == rules
    assert all(f.quote is not None and f.quote.upper() in sentence.upper() for f in findings)


def test_an_empty_commentary_file_is_a_finding(sample_copy: Path) -> None:
    (sample_copy / "narratives" / "2024-25-Q2" / "ASCH9.md").write_text("\n  \n", encoding="utf-8")
    (finding,) = run_check(sample_copy, "2024-25 Q2")
    assert finding.indicator == "ASCH9" and "is empty" in finding_text(finding)
    assert (finding.line, finding.quote, finding.says) == (
        None,
        None,
        "the commentary for 2024/25 Q2 is empty",
    )


def test_check_refuses_what_build_refuses(sample_copy: Path) -> None:
    from generator.core.errors import InputError

    path = sample_copy / "narratives" / "2024-25-Q2" / "ASCH12.md"
    path.write_bytes("Costs fell to \xa3719.\n".encode("cp1252"))
    with pytest.raises(InputError, match="not UTF-8"):
        run_check(sample_copy, "2024-25 Q2")
    path.write_text("See [this](javascript:alert(1)).\n", encoding="utf-8")
    with pytest.raises(InputError, match="javascript"):
        run_check(sample_copy, "2024-25 Q2")


def test_drafts_for_consecutive_quarters_are_not_stale(sample_copy: Path) -> None:
    draft_quarter(sample_copy, "2023-24 Q4")
    draft_quarter(sample_copy, "2024-25 Q1")
    assert run_check(sample_copy, "2024-25 Q1") == []


def test_drafts_read_well_when_nothing_changed(sample_copy: Path) -> None:
    draft_quarter(sample_copy, "2024-25 Q1")
    from generator.content.inputs import load_inputs
    from generator.content.placeholders import placeholder_values
    from generator.read.commentary import fill_placeholders

    inputs = load_inputs(sample_copy, "2024-25 Q1")
    for facts in inputs.facts:
        raw = inputs.commentary_path(facts.indicator.id).read_text(encoding="utf-8")
        text = fill_placeholders(raw, placeholder_values(facts), file="x")
        assert "unchanged 0" not in text and "up 0 " not in text and "down 0 " not in text, text


def test_a_snapshot_saved_by_excel_still_shows_the_revision(sample_copy: Path) -> None:
    path = sample_copy / "data" / "reported" / "2023-24-Q1.csv"
    text = path.read_text(encoding="utf-8").replace(",2501,", ',"2,501",')
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    notes = revision_notes(sample_copy, "2023-24 Q2", out=sample_copy / "output")
    assert len(notes) == 1 and "2,501 when reported, now 2,725" in notes[0]
