"""Five directorates at once against one alone (run: python benchmarks/bench_all.py).

Five copies of the 20-indicator sample, built cold with one command
(`appendix build --all --no-cache` in their parent folder), against one of
them built cold alone (`appendix build --no-cache`). Runs alternate, each a
new process, so the machine's drift falls on both sides alike; medians are
compared. Target: the five take at most 3 times as long as the one.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import APPENDIX, copy_report, timed

REPORTS = 5


def _cpu() -> float:
    """CPU seconds used so far by finished child processes (and theirs)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        parent = Path(temporary)
        folders = [copy_report(parent / f"directorate-{n}") for n in range(1, REPORTS + 1)]
        together: list[float] = []
        alone: list[float] = []
        cpu_together: list[float] = []
        cpu_alone: list[float] = []
        for _ in range(args.rounds):
            before = _cpu()
            alone.append(timed([*APPENDIX, "build", "--no-cache"], folders[0])[0])
            middle = _cpu()
            together.append(timed([*APPENDIX, "build", "--all", "--no-cache"], parent)[0])
            cpu_alone.append(middle - before)
            cpu_together.append(_cpu() - middle)
        one, five = statistics.median(alone), statistics.median(together)
        print(f"one 20-indicator report, cold: {one:.2f} s (median of {args.rounds})")
        print(f"{REPORTS} such reports with --all, cold: {five:.2f} s")
        print(f"ratio: {five / one:.2f} (target: at most 3)")
        cpu_one, cpu_five = statistics.median(cpu_alone), statistics.median(cpu_together)
        print(
            f"CPU seconds (all processes): {cpu_one:.2f} alone, {cpu_five:.2f} with --all, "
            f"ratio {cpu_five / cpu_one:.2f}"
        )
        print("runs alone:", ", ".join(f"{t:.2f}" for t in alone))
        print("runs --all:", ", ".join(f"{t:.2f}" for t in together))


if __name__ == "__main__":
    main()
