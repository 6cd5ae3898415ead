"""Speed and memory of `appendix build`, printed as figures (run: python benchmarks/bench.py).

1. Cold build of the 20-indicator sample (`appendix build --no-cache`, a new
   process each time) against the pipeline a team would otherwise script:
   the same number of charts drawn with matplotlib, pandoc turning Markdown
   into DOCX, LibreOffice turning that DOCX into PDF (benchmarks/baseline.py).
   Runs alternate in one session on one machine; medians are compared.
   The baseline is skipped, and says so, where pandoc or LibreOffice is missing.
2. A rebuild after a commentary-only edit, against a cold build (taken in
   turn with the cold builds above).
3. A synthetic 200-indicator report (made here), against the 20-indicator
   time (taken in turn), with the peak memory of the whole process tree.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPENDIX = [sys.executable, "-c", "from generator.cli import entry; entry()"]
# The environment of every timed command (set in main: where compiled modules are kept).
ENVIRONMENT: dict[str, str] = dict(os.environ)


def _pss_bytes(entry: Path) -> int:
    """Proportional set size: pages shared by forked workers are counted once in all."""
    for line in (entry / "smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) * 1024
    return 0


def _tree_rss_bytes(pid: int) -> int:
    """Memory of a process and all its descendants (Linux /proc, proportional set size)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            rss[int(entry.name)] = _pss_bytes(entry)
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        total += rss.get(current, 0)
        stack += children.get(current, [])
    return total


def timed(command: list[str], cwd: Path, watch_memory: bool = False) -> tuple[float, int]:
    """Wall seconds of one command, and with `watch_memory` its peak tree memory (bytes).

    Memory is measured in a run of its own: reading /proc every 20 ms costs CPU
    that a timed run on two cores would notice.
    """
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=ENVIRONMENT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    peak = 0
    done = threading.Event()

    def watch() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_bytes(process.pid))
            time.sleep(0.02)

    watcher = threading.Thread(target=watch, daemon=True)
    if watch_memory:
        watcher.start()
    _, err = process.communicate()
    elapsed = time.perf_counter() - start
    done.set()
    if watch_memory:
        watcher.join()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{err.decode(errors='replace')}")
    return elapsed, peak


def copy_report(target: Path) -> Path:
    for folder in ("data", "narratives", "styles"):
        shutil.copytree(ROOT / folder, target / folder)
    return target


def synthetic_report(target: Path, count: int) -> Path:
    """A report of `count` indicators cycling through every chart kind and unit."""
    (target / "data").mkdir(parents=True)
    shutil.copytree(ROOT / "styles", target / "styles")
    folder = target / "narratives" / "2024-25-Q2"
    folder.mkdir(parents=True)
    quarters = [f"{2022 + (i // 4)}/{(23 + i // 4) % 100:02d} Q{i % 4 + 1}" for i in range(10)]
    lines = [
        'title: "Appendix 1: Synthetic Key Performance Indicators"',
        'directorate: "Synthetic Services"',
        'organisation: "Benchmark Council"',
        'id_prefix: "SY"',
        "chart_quarters: 10",
        'data_files: ["values.csv"]',
        'style: "../styles/house.yaml"',
        "indicators:",
    ]
    rows = ["indicator,period,series,value,status"]
    for n in range(1, count + 1):
        kind = n % 3
        lines.append(f"  - id: SY{n}")
        lines.append(f'    title: "Synthetic indicator number {n} with a realistic title length"')
        if kind == 0:
            lines += [
                "    kind: kpi",
                "    unit: percent",
                "    polarity: higher",
                "    years:",
                '      "2022/23":',
                "        target: 80",
                "        floor: 70",
                "        series: [{id: value, label: share on time}]",
            ]
            rows += [f"SY{n},{q},,{60 + (i * 7 + n) % 30}," for i, q in enumerate(quarters)]
            text = "On time: {{ latest }}, {{ direction }} {{ change }}; rated {{ rag }}.\n"
        elif kind == 1:
            lines += [
                "    kind: activity",
                "    unit: count",
                "    years:",
                '      "2022/23":',
                "        series:",
                "          - {id: received, label: requests received}",
                "          - {id: done, label: requests completed}",
            ]
            for i, q in enumerate(quarters):
                rows.append(f"SY{n},{q},received,{1000 + (i * 37 + n) % 400},")
                rows.append(f"SY{n},{q},done,{900 + (i * 29 + n) % 400},")
            text = "Received {{ series.received.latest }}; completed {{ series.done.latest }}.\n"
        else:
            lines += [
                "    kind: activity",
                "    unit: percent",
                "    chart: stacked",
                "    years:",
                '      "2022/23":',
                "        series:",
                "          - {id: a, label: removed}",
                "          - {id: b, label: reduced}",
                "          - {id: c, label: remained}",
            ]
            for i, q in enumerate(quarters):
                a = 30 + (i + n) % 5
                rows += [f"SY{n},{q},a,{a},", f"SY{n},{q},b,{55},", f"SY{n},{q},c,{100 - a - 55},"]
            text = "Risk removed in {{ series.a.latest }} of enquiries.\n"
        (folder / f"SY{n}.md").write_text(text + "\n- a point\n- another point\n", encoding="utf-8")
    (target / "data" / "report.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (target / "data" / "values.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return target


def _bytecode(folder: Path, *, each_run: bool) -> str:
    """Set where the timed commands keep their compiled modules, and say so.

    An installed copy runs from compiled modules (pip compiles them; a checkout's are
    written on its first run). A shell with PYTHONDONTWRITEBYTECODE set keeps none, so
    that every run compiles the package's modules again (about 0.1 s of each): here
    they are kept in `folder` instead (the untimed first runs fill it), unless
    `each_run`, which measures that shell's way."""
    if each_run:
        ENVIRONMENT["PYTHONDONTWRITEBYTECODE"] = "1"
        ENVIRONMENT.pop("PYTHONPYCACHEPREFIX", None)
        return "compiled modules: none kept; every run compiles the package again"
    if not sys.flags.dont_write_bytecode:
        return "compiled modules: kept as Python keeps them"
    ENVIRONMENT.pop("PYTHONDONTWRITEBYTECODE", None)
    ENVIRONMENT["PYTHONPYCACHEPREFIX"] = str(folder)
    return (
        "compiled modules: kept in the scratch folder, as an installed copy has them "
        "(this shell sets PYTHONDONTWRITEBYTECODE; --compile-each-run measures it so)"
    )


def median_ratio(ours: list[float], theirs: list[float]) -> float:
    return statistics.median(ours) / statistics.median(theirs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--big-rounds", type=int, default=3)
    parser.add_argument("--indicators", type=int, default=200)
    parser.add_argument(
        "--compile-each-run",
        action="store_true",
        help="keep no compiled modules between runs (as PYTHONDONTWRITEBYTECODE does)",
    )
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(
        "Each ratio compares runs taken alternately, so that the machine's drift "
        "over the session falls on both sides alike."
    )
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        print(_bytecode(scratch / "bytecode", each_run=args.compile_each_run))
        sample = copy_report(scratch / "sample")
        cold_build = [*APPENDIX, "build", "--no-cache", "--out", str(scratch / "out")]
        warm_build = [*APPENDIX, "build", "--out", str(scratch / "warm")]
        baseline = [sys.executable, str(ROOT / "benchmarks" / "baseline.py"), str(scratch / "base")]
        baseline_tools = shutil.which("pandoc") and (
            shutil.which("soffice") or shutil.which("libreoffice")
        )
        note = sample / "narratives" / "2024-25-Q2" / "ASCH7.md"

        # 1 and 2: cold build, scripted pipeline, commentary edit and rebuild, in turn.
        timed(cold_build, sample)  # warm the disk cache once, untimed
        timed(warm_build, sample)  # the output the rebuilds start from
        if baseline_tools:
            timed(baseline, sample)  # LibreOffice makes its profile on first use
        cold: list[float] = []
        pipeline: list[float] = []
        rebuilds: list[float] = []
        for round_number in range(args.rounds):
            cold.append(timed(cold_build, sample)[0])
            if baseline_tools:
                pipeline.append(timed(baseline, sample)[0])
            text = note.read_text(encoding="utf-8")
            note.write_text(text + f"\nEdit {round_number}.\n", encoding="utf-8")
            rebuilds.append(timed(warm_build, sample)[0])
        print(
            f"20 indicators, cold build (--no-cache): median {statistics.median(cold):.2f} s "
            f"of {[round(t, 2) for t in cold]}"
        )
        if pipeline:
            print(
                "scripted pipeline (matplotlib + pandoc + LibreOffice): median "
                f"{statistics.median(pipeline):.2f} s of {[round(t, 2) for t in pipeline]}"
            )
            print(
                f"  ratio ours/pipeline: {median_ratio(cold, pipeline):.2f} (target: at most 0.50)"
            )
        else:
            print(
                "scripted pipeline: SKIPPED (pandoc or LibreOffice not installed; "
                "apt-get install pandoc libreoffice-writer-nogui)"
            )
        print(
            f"rebuild after a commentary edit: median {statistics.median(rebuilds):.2f} s "
            f"of {[round(t, 2) for t in rebuilds]} = {median_ratio(rebuilds, cold):.1%} "
            "of cold (target: at most 25%)"
        )

        # 3: the synthetic report against the sample, in turn; then its memory alone.
        big = synthetic_report(scratch / "big", args.indicators)
        big_build = [*APPENDIX, "build", "--no-cache"]
        small: list[float] = []
        large: list[float] = []
        for _ in range(args.big_rounds):
            small.append(timed(cold_build, sample)[0])
            large.append(timed(big_build, big)[0])
        _, peak = timed(big_build, big, watch_memory=True)
        print(
            f"{args.indicators} indicators, cold build: median {statistics.median(large):.2f} s "
            f"of {[round(t, 2) for t in large]} = {median_ratio(large, small):.1f} x the "
            f"20-indicator build's {statistics.median(small):.2f} s (target: at most 8 x); "
            f"peak memory (PSS of the process tree) {peak / 2**20:.0f} MB (target: under 500 MB)"
        )


if __name__ == "__main__":
    main()
