"""Speed of `appendix check` on the sample (run: python benchmarks/check.py).

Times the whole command, a new process each time, for both sample editions
(medians of --rounds runs), and, in one process, the part that reads the
commentary's claims (generator/editors/claims/) apart from loading the inputs.
The issue's target: the whole command under a second on each edition.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPENDIX = [sys.executable, "-c", "from generator.cli import entry; entry()"]
QUARTERS = ("2024-25 Q2", "2023-24 Q2")


def command_seconds(quarter: str, rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        subprocess.run(
            [*APPENDIX, "check", "--quarter", quarter, "--out", str(ROOT / "no-such-output")],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            check=False,
        )
        times.append(time.perf_counter() - start)
    return times


def claims_seconds(quarter: str, rounds: int) -> float:
    sys.path.insert(0, str(ROOT))
    from generator.content.inputs import load_inputs
    from generator.editors.check import check_inputs

    inputs = load_inputs(ROOT, quarter)
    check_inputs(inputs)  # once, untimed: the trend test's first use loads mpmath
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        check_inputs(inputs)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    for quarter in QUARTERS:
        whole = command_seconds(quarter, args.rounds)
        part = claims_seconds(quarter, args.rounds)
        print(
            f"appendix check --quarter '{quarter}': median {statistics.median(whole):.2f} s "
            f"(range {min(whole):.2f} to {max(whole):.2f} s over {args.rounds} runs); "
            f"reading and checking the commentary {part * 1000:.0f} ms of it"
        )


if __name__ == "__main__":
    main()
