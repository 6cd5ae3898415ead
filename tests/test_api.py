"""The Python API (generator/api.py): the README's example as written, facts that agree
with the appendix built, the paths a build returns, the messages of bad input, and
the command's start-up, which must never load pandas."""

from __future__ import annotations

import math
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import docx
import pandas as pd
import pytest

from generator import Report
from generator.core.errors import InputError
from generator.core.periods import parse_quarter
from generator.core.rules import format_value
from generator.read.definitions import load_report
from tests.report_folder import make_report
from tests.scope import new_process, shared

SAMPLE_FOLDERS = ("data", "narratives", "styles")


def sample_copy(repo_root: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in SAMPLE_FOLDERS:
        shutil.copytree(repo_root / name, folder / name)
    return folder


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def run_python(code: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=cwd,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


# ----------------------------------------------------------------- the README's example


def readme_example(repo_root: Path) -> tuple[str, str]:
    """The code of README.md's "From Python" section and the output it shows."""
    text = (repo_root / "README.md").read_text(encoding="utf-8")
    section = text.split("### From Python", 1)[1].split("\n#", 1)[0]
    blocks = re.findall(r"```(\w*)\n(.*?)```", section, flags=re.S)
    code = next(body for kind, body in blocks if kind == "python")
    shown = next(body for kind, body in blocks if kind == "")
    return code, shown


@new_process
def test_the_readme_example_runs_as_written_and_prints_what_it_shows(
    repo_root: Path, tmp_path: Path
) -> None:
    code, shown = readme_example(repo_root)
    root = sample_copy(repo_root, tmp_path / "sample")
    before = files_under(root)
    done = run_python(code, root, APPENDIX_WORKERS="1")
    assert done.returncode == 0, done.stderr
    assert done.stdout == shown
    assert files_under(root) == before  # it built into a temporary folder, not output/


# ----------------------------------------------------------------- facts


@pytest.fixture(scope=shared)
def sample(repo_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Report:
    return Report.open(sample_copy(repo_root, tmp_path_factory.mktemp("api") / "sample"))


@pytest.fixture(scope=shared)
def facts(sample: Report) -> pd.DataFrame:
    return sample.facts("2024-25 Q2")


# data/README.md: the figures and ratings of the published 2024/25 Q2 edition.
PUBLISHED = {
    # id: (period, value, RAG)
    "ASCH1": ("2024/25 Q2", 6.0, "AMBER"),
    "ASCH2": ("2024/25 Q2", 75.0, "AMBER"),
    "ASCH3": ("2024/25 Q2", 26.0, "AMBER"),
    "ASCH4": ("2024/25 Q1", 83.0, "AMBER"),  # a quarter in arrears
    "ASCH11": ("2024/25 Q2", 2172.0, None),
    "ASCH12": ("2024/25 Q2", 719.0, None),
}


def test_facts_are_a_row_per_indicator_with_the_published_figures(facts: pd.DataFrame) -> None:
    assert list(facts.columns[:9]) == [
        "id",
        "title",
        "period",
        "value",
        "target",
        "threshold",
        "rag",
        "direction",
        "unit",
    ]
    assert list(facts["id"]) == [f"ASCH{n}" for n in range(1, 21)]
    assert facts.attrs["quarter"] == "2024/25 Q2"
    by_id = facts.set_index("id")
    for ident, (period, value, rating) in PUBLISHED.items():
        row = by_id.loc[ident]
        assert (row["period"], row["value"]) == (period, value), ident
        assert row["rag"] == rating if rating else pd.isna(row["rag"]), ident
    asch5 = by_id.loc["ASCH5"]
    assert (asch5["rag"], asch5["target"], bool(asch5["provisional"])) == ("GREEN", 588.0, True)
    assert (by_id.loc["ASCH1", "polarity"], by_id.loc["ASCH1", "threshold"]) == ("lower", 9.0)
    assert by_id.loc["ASCH1", "data_value"] != by_id.loc["ASCH1", "value"]  # 5.8, shown 6%
    # Figures are numbers; an activity measure has no target, threshold or rating.
    for column in ("value", "target", "threshold", "data_value"):
        assert facts[column].dtype == "float64", column
    activity = by_id.loc["ASCH7"]
    assert math.isnan(activity["target"]) and math.isnan(activity["threshold"])
    assert pd.isna(activity["rag"]) and activity["kind"] == "activity"


def test_a_quarter_may_be_written_any_way_the_command_takes(
    sample: Report, facts: pd.DataFrame
) -> None:
    for written in ("2024/25 Q2", "Q2 2024/25"):
        pd.testing.assert_frame_equal(sample.facts(written), facts)
    earlier = sample.facts("2023/24 Q2")
    assert earlier.attrs["quarter"] == "2023/24 Q2"
    assert list(earlier["id"]) == [f"ASCH{n}" for n in range(1, 20)]  # ASCH20 came in 2024/25
    assert sample.quarters()[0] == "2022/23 Q1"
    assert sample.quarters()[-1] == "2024/25 Q2" == sample.facts().attrs["quarter"]


def test_a_quarter_without_data_gets_the_commands_message(sample: Report) -> None:
    with pytest.raises(InputError) as raised:
        sample.facts("2030-31 Q1")
    assert raised.value.message() == (
        "--quarter: there is no data for 2030/31 Q1 (period 2030/31 Q1). "
        "The data runs from 2022/23 Q1 to 2024/25 Q2"
    )


# ----------------------------------------------------------------- build


@pytest.fixture(scope=shared)
def built(sample: Report, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    out = tmp_path_factory.mktemp("papers")
    return out, sample.build(formats=["docx"], out=out, quarter="2024/25 Q2")


def test_build_returns_exactly_the_editions_it_wrote(
    sample: Report, built: tuple[Path, list[Path]]
) -> None:
    out, written = built
    assert written == [out / "asch-appendix-2024-25-Q2.docx"]
    kept = out / "asch-appendix-2024-25-Q2.data.csv"  # the data snapshot, as the command keeps
    assert {p for p in files_under(out) if ".cache" not in p.parts} == {*written, kept}
    assert not (sample.root / "output").exists()


def summary_rows(path: Path) -> dict[str, list[str]]:
    """The DOCX's summary table: a list of cells per indicator id."""
    for table in docx.Document(str(path)).tables:
        rows = [[cell.text for cell in row.cells] for row in table.rows]
        if rows and rows[0][:3] == ["Indicator", "Title", "Latest"]:
            return {row[0]: row for row in rows[1:]}
    raise AssertionError(f"no summary table in {path}")


def test_the_facts_are_what_the_built_appendix_says(
    facts: pd.DataFrame, built: tuple[Path, list[Path]]
) -> None:
    printed = summary_rows(built[1][0])
    assert list(printed) == list(facts["id"])
    for row in facts.itertuples(index=False):
        _, _, latest, period, target, rating, direction = printed[row.id]
        assert latest == format_value(row.value, row.unit, row.decimals), row.id
        words = parse_quarter(row.period).short + (" (provisional)" if row.provisional else "")
        assert period == words, row.id
        expected = "none" if math.isnan(row.target) else format_value(row.target, row.unit)
        assert target == expected, row.id
        assert rating == (row.rag if isinstance(row.rag, str) else "not rated"), row.id
        assert direction == row.direction, row.id


def test_build_names_every_edition_and_refuses_an_unknown_one(sample: Report) -> None:
    with pytest.raises(InputError, match="'odt'"):
        sample.build(formats="pdf,odt", out=sample.root / "never")
    assert not (sample.root / "never").exists()


def test_check_gives_the_commentarys_findings(sample: Report) -> None:
    assert sample.check("2024/25 Q2") == []
    path = sample.root / "narratives" / "2024-25-Q2" / "ASCH1.md"
    original = path.read_text(encoding="utf-8")
    try:
        path.write_text(original + "\nThe rating is GREEN this quarter.\n", encoding="utf-8")
        findings = sample.check("2024-25 Q2")
    finally:
        path.write_text(original, encoding="utf-8")
    assert [f.indicator for f in findings] == ["ASCH1"]
    assert "GREEN" in findings[0].message()


# ----------------------------------------------------------------- bad folders


def test_a_folder_without_a_definition_gets_one_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(InputError) as raised:
        Report.open(tmp_path)
    message = raised.value.message()
    assert message == (
        f"{tmp_path / 'data' / 'report.yaml'}: report definition not found. "
        "Run the command in the report folder (it holds data/report.yaml)"
    )
    with pytest.raises(InputError) as read:  # the words the definition's reader uses
        load_report(tmp_path / "data" / "report.yaml")
    assert read.value.message() == message
    (tmp_path / "data" / "report.yaml").mkdir(parents=True)  # a folder is no definition
    with pytest.raises(InputError, match="report definition not found"):
        Report.open(tmp_path)

    from generator.cli import main

    monkeypatch.setattr(sys, "argv", ["appendix", "build", "--root", str(tmp_path)])
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code == 2
    assert " ".join(capsys.readouterr().err.split()) == f"error: {message}"


# ----------------------------------------------------------------- the command


def test_the_command_builds_through_the_api(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator import cli
    from generator.cli import main

    root = make_report(tmp_path / "report")
    calls = []

    def refuse(self: Report, *args: object, **kwargs: object) -> None:
        calls.append((self.root, args, kwargs))
        raise InputError("the API was asked", where="test")

    monkeypatch.setattr(Report, "build_result", refuse)
    monkeypatch.setattr(sys, "argv", ["appendix", "build", "--root", str(root), "-q", "2024/25 Q2"])
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code == 2
    assert "error: test: the API was asked" in capsys.readouterr().err
    assert calls == [
        (
            root,
            (("docx", "pdf"), None, "2024/25 Q2"),
            {
                "use_cache": True,
                "check": True,
                "progress": calls[0][2]["progress"],
                "waiting": cli._ready_to_print,
            },
        )
    ]


NO_PANDAS = textwrap.dedent(
    """\
    import sys

    import generator.run.build
    assert "generator.api" not in sys.modules, "the pipeline imported the API"

    from generator.cli import main

    for args in {commands!r}:
        sys.argv = ["appendix", *args]
        try:
            main()
        except SystemExit as exit_:
            assert exit_.code in (0, None), (args, exit_.code)
    print(sorted(m for m in sys.modules if m.split(".")[0] == "pandas"))
    """
)


@new_process
def test_build_and_check_never_import_pandas(tmp_path: Path) -> None:
    """Every edition written in the command's own process (one worker), then `check`:
    pandas, loaded only by the API's facts, must not be among the modules."""
    root = make_report(tmp_path / "report")
    commands = [["build", "--format", "all", "--no-cache"], ["check"], ["build"]]
    done = run_python(NO_PANDAS.format(commands=commands), root, APPENDIX_WORKERS="1")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "[]"
    assert (root / "output" / "ts-appendix-2024-25-Q2.xlsx").is_file()
