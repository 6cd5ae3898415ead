"""The output promise, tested by breaking it: a build that fails or is interrupted
leaves `output/` (caches included) exactly as it was, and no temporary file; a
cached rebuild gives the same bytes as a fresh one."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import generator.writers.docx.writer
import generator.writers.pdf.writer
from tests.scope import new_process
from tests.test_cli import TS1_MD, built, run  # noqa: F401  (built is a fixture)
from tests.test_processes import _descendants

PARTIALS = "*.partial"
# The PDF's temporary file: written in the build's own process, which then pauses
# (`_PAUSED_WRITER`); the DOCX's, written by a worker, may come well before it.
PAUSED_PARTIAL = "*.pdf.*.partial"


def _digest(folder: Path) -> dict[str, str]:
    """Every file below `folder`, hidden ones and the caches included, by content."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _change_the_commentary(root: Path) -> None:
    """So that a build which went through would change the files."""
    path = root / TS1_MD
    path.write_text(path.read_text(encoding="utf-8") + "\nA new sentence.\n", encoding="utf-8")


def _half_then_fail(real):  # type: ignore[no-untyped-def]
    def write(document: object, style: object, target: Path, *kept: object) -> None:
        real(document, style, target, *kept)  # the DOCX's is given its kept sections
        data = target.read_bytes()
        target.write_bytes(data[: len(data) // 2])
        raise OSError(28, "No space left on device")

    return write


@pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(),
    reason="the failing writer reaches the workers by fork",
)
@pytest.mark.parametrize("failing", ["docx", "pdf"])
@pytest.mark.parametrize("cached", [True, False])
def test_a_writer_failing_half_way_changes_nothing(
    built: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    failing: str,
    cached: bool,
) -> None:
    monkeypatch.setenv("APPENDIX_START_METHOD", "fork")  # the workers inherit the fault
    module = generator.writers.docx.writer if failing == "docx" else generator.writers.pdf.writer
    name = "write"  # every edition's entry point (writers/registry.py)
    monkeypatch.setattr(module, name, _half_then_fail(getattr(module, name)))
    _change_the_commentary(built)
    before = _digest(built / "output")
    assert any(name.startswith(".cache") for name in before)
    args = ["build"] if cached else ["build", "--no-cache"]
    code, out, err = run(args, built, monkeypatch, capsys)
    assert code == 70, (out, err)
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    message = " ".join(err.split())
    assert message.count("error:") == 1 and lines[0].startswith("internal error:"), err
    assert "No space left on device" in message
    assert "Nothing was changed in the output folder" in message
    assert "Wrote" not in out
    assert _digest(built / "output") == before
    assert list(built.rglob(PARTIALS)) == []


def _command(*args: str) -> list[str]:
    return [sys.executable, "-c", "from generator.cli import entry; entry()", *args]


# A build whose PDF writer, once its file is complete under its temporary name,
# waits: Ctrl+C then lands part-way through writing however fast or slow the
# machine is (a build caught by polling alone was missed once on a loaded CI).
_PAUSED_WRITER = """
import time
import generator.writers.pdf.writer as pdf
real = pdf.write
def write(document, style, target):
    real(document, style, target)
    time.sleep(20)  # long enough to be caught; short of every timeout below
pdf.write = write
from generator.cli import entry
entry()
"""


@pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="Ctrl+C to the process group; /proc"
)
@pytest.mark.parametrize("when", ["drawing", "writing"])
def test_ctrl_c_changes_nothing_and_says_so_once(built: Path, when: str) -> None:  # noqa: F811
    _change_the_commentary(built)
    before = _digest(built / "output")
    command = _command("build", "--no-cache")
    env = {**os.environ, "APPENDIX_WORKERS": "2"}  # chart workers, whatever the machine
    if when == "writing":
        command = [sys.executable, "-c", _PAUSED_WRITER, "build", "--no-cache"]
        env["APPENDIX_START_METHOD"] = "fork"  # the paused writer reaches the workers
    build = subprocess.Popen(
        command,
        cwd=built,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's foreground job
        env=env,
    )
    deadline = time.monotonic() + 120
    if when == "writing":  # wait until the paused writer has written its file
        while (
            not list((built / "output").glob(PAUSED_PARTIAL))
            and build.poll() is None
            and time.monotonic() < deadline
        ):
            time.sleep(0.005)
        assert build.poll() is None, build.communicate()
        assert list((built / "output").glob(PAUSED_PARTIAL)), "the build was not caught writing"
    else:  # as soon as its chart workers start, early in the build
        while not _descendants(build.pid) and time.monotonic() < deadline:
            time.sleep(0.005)
        assert build.poll() is None
    os.killpg(build.pid, signal.SIGINT)  # Ctrl+C reaches every process of the job
    out, err = build.communicate(timeout=120)
    assert build.returncode == 130, (out, err)
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert [line for line in err.splitlines() if line.strip()] == [
        "interrupted: nothing was changed in the output folder"
    ]
    assert "Wrote" not in out
    assert _digest(built / "output") == before
    assert list(built.rglob(PARTIALS)) == []


def test_a_cached_rebuild_gives_the_same_bytes_as_a_fresh_build(
    repo_root: Path, tmp_path: Path
) -> None:
    """Each build in a process of its own: nothing is shared but the files."""
    root = tmp_path / "report"
    for folder in ("data", "narratives", "styles"):
        shutil.copytree(repo_root / folder, root / folder)

    def build(*args: str) -> str:
        done = subprocess.run(
            _command("build", *args), cwd=root, capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    # 20 charts, 2 SPC charts and the 3 SPC icons they show
    assert "25 drawn, 0 reused" in build("--out", "cached")
    assert "0 drawn, 25 reused" in build("--out", "cached")  # draws nothing
    assert "25 drawn, 0 reused" in build("--out", "fresh", "--no-cache")
    cached = {p.name: p.read_bytes() for p in (root / "cached").iterdir() if p.is_file()}
    fresh = {p.name: p.read_bytes() for p in (root / "fresh").iterdir() if p.is_file()}
    assert sorted(cached) == sorted(fresh) and len(cached) == 3  # docx, pdf, data snapshot
    for name in cached:
        assert cached[name] == fresh[name], name


@new_process
@pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="Ctrl+C to the process group; /proc"
)
@pytest.mark.parametrize("cached", [False, True])
def test_ctrl_c_during_build_all_changes_no_report(tmp_path: Path, cached: bool) -> None:
    """`appendix build --all` keeps the same promise as `build`: Ctrl+C part-way
    through the second report leaves every report's output folder, the first's
    included (its files were finished), byte for byte as it was. With the cache (after
    a build without it, which kept no writer's parts), the parts its writers made (the
    DOCX's sections, the PDF's fonts), its inputs and its findings' counts are not
    kept either."""
    from tests.report_folder import make_report

    # Five reports: the second's files wait under temporary names while the three
    # after it are written, a window a loaded machine cannot miss.
    names = ("first", "second", "third", "fourth", "fifth")
    folders = [make_report(tmp_path / name) for name in names]
    earlier = ("build", "--all", "--no-cache") if cached else ("build", "--all")
    done = subprocess.run(
        _command(*earlier), cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    before = {}
    for folder in folders:
        _change_the_commentary(folder)
        before[folder.name] = _digest(folder / "output")
    build = subprocess.Popen(
        _command("build", "--all", *(() if cached else ("--no-cache",))),
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        env={**os.environ, "APPENDIX_WORKERS": "2"},
    )
    first, second = (tmp_path / name / "output" for name in ("first", "second"))
    deadline = time.monotonic() + 120
    # Reports are written side by side: on a loaded machine the second's files may be
    # begun before the first's, so wait until both are under way.
    while time.monotonic() < deadline and not (
        list(second.glob(PARTIALS)) and list(first.glob(PARTIALS))
    ):
        assert build.poll() is None, build.communicate()
        time.sleep(0.002)
    assert list(second.glob(PARTIALS)), "build --all was not caught writing the second report"
    assert list(first.glob(PARTIALS)), "the first is written too"
    os.killpg(build.pid, signal.SIGINT)
    out, err = build.communicate(timeout=120)
    assert build.returncode == 130, (out, err)
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert "Wrote" not in out and "written" not in out
    for folder in folders:
        assert _digest(folder / "output") == before[folder.name], folder.name
    assert list(tmp_path.rglob(PARTIALS)) == []
    if cached:
        kept = [p for p in tmp_path.glob("*/output/.cache/*") if p.name in ("docx", "pdf")]
        assert kept == []
