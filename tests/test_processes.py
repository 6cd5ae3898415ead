"""No process outlives its build: a build killed outright (SIGKILL, as a CI
time-out or Task Manager's "End task" does) leaves none of its chart or writer
workers running."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/stat").exists() or os.name == "nt", reason="reads processes from /proc"
)


def _stat(pid: int) -> tuple[int, str, str] | None:
    """(parent id, state, start time) of a process, or None if it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2 :].split()  # after "pid (name) "
    return int(fields[1]), fields[0], fields[19]


def _descendants(root: int) -> dict[int, str]:
    """Every running process below `root`, with its start time (to tell a reused id)."""
    children: dict[int, list[int]] = {}
    starts: dict[int, str] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (stat := _stat(int(entry.name))) is not None:
            children.setdefault(stat[0], []).append(int(entry.name))
            starts[int(entry.name)] = stat[2]
    found: dict[int, str] = {}
    stack = [root]
    while stack:
        for child in children.get(stack.pop(), []):
            found[child] = starts[child]
            stack.append(child)
    return found


def _still_running(processes: dict[int, str]) -> list[int]:
    alive = []
    for pid, started in processes.items():
        stat = _stat(pid)
        if stat is not None and stat[2] == started and stat[1] not in ("Z", "X"):
            alive.append(pid)
    return alive


def _sample_copy(repo_root: Path, root: Path) -> Path:
    for folder in ("data", "narratives", "styles"):
        shutil.copytree(repo_root / folder, root / folder)
    return root


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one CPU: the build starts no workers")
@pytest.mark.parametrize("start_method", ["fork", "spawn"])
def test_a_killed_build_leaves_no_worker_behind(
    repo_root: Path, tmp_path: Path, start_method: str
) -> None:
    root = _sample_copy(repo_root, tmp_path / "report")
    env = {**os.environ, "APPENDIX_START_METHOD": start_method, "APPENDIX_WORKERS": "2"}
    build = subprocess.Popen(
        [sys.executable, "-c", "from generator.cli import entry; entry()", "build", "--no-cache"],
        cwd=root,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: dict[int, str] = {}
    try:
        deadline = time.monotonic() + 60
        # The first worker starts the others: wait until all of them run.
        while len(workers) < (os.cpu_count() or 1) and time.monotonic() < deadline:
            workers.update(_descendants(build.pid))
            assert build.poll() is None, "the build ended before its workers could be seen"
            time.sleep(0.05)
        time.sleep(0.3)
        workers.update(_descendants(build.pid))
        assert len(workers) >= 2, f"expected the chart workers to be running: {workers}"
    finally:
        build.send_signal(signal.SIGKILL)
        build.wait()
    deadline = time.monotonic() + 10
    while _still_running(workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = _still_running(workers)
    for pid in left:  # do not leave them to the next test either
        os.kill(pid, signal.SIGKILL)
    assert left == [], f"{len(left)} worker(s) outlived the killed build"


def test_without_the_kernels_help_a_worker_still_notices_its_parent_gone(tmp_path: Path) -> None:
    """The portable fallback alone (no prctl): a thread watching the parent's id."""
    script = (
        "import os, sys, time\n"
        "from generator.run.pool import _watch_parent\n"
        "parent = os.getpid()\n"
        "if os.fork() == 0:\n"
        "    _watch_parent(parent)\n"
        "    time.sleep(60)\n"
        "    os._exit(0)\n"
        "time.sleep(60)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", script])
    try:
        deadline = time.monotonic() + 30
        children: dict[int, str] = {}
        while not children and time.monotonic() < deadline:
            children = _descendants(parent.pid)
            time.sleep(0.05)
        assert children, "the child did not start"
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    deadline = time.monotonic() + 5
    while _still_running(children) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = _still_running(children)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert left == []
