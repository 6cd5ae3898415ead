"""A warm `appendix build` starts its PDF worker as the command starts: which
command lines do, and a build that finds its inputs changed after all still
builds what a fresh build would, leaving no worker behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.run.head_start import take, warm_build
from tests.report_folder import data_csv, make_report
from tests.scope import new_process
from tests.test_processes import _descendants, _still_running

PDF = "generator.writers.pdf.writer"
HTML = "generator.writers.html"


@pytest.mark.parametrize(
    ("args", "module", "root", "out"),
    [
        (["build"], PDF, ".", "output"),
        (["build", "--out", "papers"], PDF, ".", "papers"),
        (["build", "--out=papers", "-q", "2024-25 Q2"], PDF, ".", "papers"),
        (["build", "--root", "asch", "--strict"], PDF, "asch", "asch/output"),
        (["build", "--quarter=2024-25 Q2", "--root=asch"], PDF, "asch", "asch/output"),
        (["build", "--format", "docx,pdf"], PDF, ".", "output"),
        (["build", "--format", "html,xlsx"], "generator.writers.xlsx", ".", "output"),
        (["build", "--format=all"], PDF, ".", "output"),
        # one format: no worker writes beside this process
        (["build", "--format", "pdf"], None, "", ""),
        (["build", "--format", "nonsense"], None, "", ""),
        (["build", "--no-cache"], None, "", ""),
        (["build", "--all"], None, "", ""),
        (["build", "asch", "get"], None, "", ""),
        (["build", "--out"], None, "", ""),
        (["build", "--help"], None, "", ""),
        (["build", "--outt", "x"], None, "", ""),
        (["check"], None, "", ""),
        (["preview"], None, "", ""),
        ([], None, "", ""),
    ],
)
def test_which_command_lines_start_a_worker_at_once(
    args: list[str], module: str | None, root: str, out: str
) -> None:
    found = warm_build(args)
    if module is None:
        assert found is None
        return
    assert found is not None
    assert found.module == module
    assert (found.folder.root, found.folder.out) == (Path(root), Path(out))


def test_nothing_started_nothing_taken() -> None:
    assert take(PDF) is None


def _entry(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "APPENDIX_WORKERS": "2"}
    return subprocess.run(
        [sys.executable, "-c", "from generator.cli import entry; entry()", "build", *args],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@new_process
@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one CPU: the build starts no workers")
def test_a_build_whose_data_changed_since_the_cache_builds_as_afresh(tmp_path: Path) -> None:
    """The cache is there, so the worker starts; the data changed, so the build is
    cold after all: its charts are drawn again and its files are a fresh build's."""
    root = make_report(tmp_path / "report")
    first = _entry(root)
    assert first.returncode == 0, first.stderr
    assert "0 reused" in first.stdout
    data = root / "data" / "values.csv"
    changed = data_csv().replace("TS1,2024/25 Q2,,71.0", "TS1,2024/25 Q2,,75.0")
    data.write_text(changed, encoding="utf-8")
    assert data.read_text(encoding="utf-8") != data_csv()
    again = _entry(root)
    assert again.returncode == 0, again.stderr
    assert "Charts: 0 drawn" not in again.stdout  # the changed indicator's chart is redrawn
    fresh = _entry(root, "--no-cache", "--out", "fresh")
    assert fresh.returncode == 0, fresh.stderr
    editions = [p for p in sorted((root / "fresh").iterdir()) if p.is_file()]
    assert len(editions) == 3  # the DOCX, the PDF and the data snapshot
    for edition in editions:
        assert (root / "output" / edition.name).read_bytes() == edition.read_bytes(), edition.name


@new_process
@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one CPU: the build starts no workers")
def test_a_warm_build_that_fails_leaves_no_worker_behind(tmp_path: Path) -> None:
    """The worker started at once goes when the build stops with bad input."""
    root = make_report(tmp_path / "report")
    assert _entry(root).returncode == 0
    (root / "data" / "report.yaml").write_text("indicators: [", encoding="utf-8")
    build = subprocess.Popen(
        [sys.executable, "-c", "from generator.cli import entry; entry()", "build"],
        cwd=root,
        env={**os.environ, "APPENDIX_WORKERS": "2"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    seen: dict[int, str] = {}
    while build.poll() is None:
        seen.update(_descendants(build.pid))
    _, stderr = build.communicate()
    assert build.returncode == 2, stderr
    assert seen, "the worker was not started"
    assert "report.yaml" in stderr and "Traceback" not in stderr
    assert _still_running(seen) == []
