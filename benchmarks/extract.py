"""Speed of reading a national extract for comparators (run: python benchmarks/extract.py).

Writes an extract of 150 councils × 40 quarters × 20 measures (120,000 rows, periods
as quarter-end dates) and a definition of three KPIs that choose comparators from it
(the mean of 15 neighbours; one council as itself) with their position among every
council, then times `load_comparators`: reading the extract with pandas, checking it,
and filtering it to the measures and areas named. A new process each round, so
pandas' own import is timed too; medians of --rounds. The issue's target: within 1 s.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import subprocess
import sys
import tempfile
import textwrap
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COUNCILS, QUARTERS, MEASURES = 150, 40, 20

DEFINITION = """\
title: "Benchmark"
directorate: "Benchmark"
organisation: "Benchmark"
id_prefix: "B"
data_files: ["values.csv"]
area_code: "E99000001"
indicators:
{indicators}
"""
INDICATOR = """\
  - id: B{n}
    title: "Measure {n}"
    kind: kpi
    unit: percent
    polarity: higher
    years:
      "2015/16":
        target: 80
        floor: 70
        series: [{{id: value, label: "measure {n}"}}]
        comparators:
          - {{name: "Neighbours (mean)", extract: extract.csv, measure: "M{n}", areas: [{areas}]}}
          - {{name: "Council 2", extract: extract.csv, measure: "M{n}", areas: [E99000002]}}
        position: true
"""

TIMED = textwrap.dedent(
    """\
    import sys, time
    sys.path.insert(0, {root!r})
    from generator.read.definitions import load_report
    from pathlib import Path
    report = load_report(Path({definition!r}))
    start = time.perf_counter()
    import pandas
    imported = time.perf_counter()
    from generator.read.comparators import load_comparators
    found = load_comparators(report)
    done = time.perf_counter()
    assert len(found.figures) == 6 and len(found.councils) == 3, found.figures.keys()
    print(imported - start, done - imported)
    """
)


def quarter_end(index: int) -> str:
    """The last day of the index-th quarter from 2015/16 Q1."""
    year, quarter = 2015 + index // 4, index % 4
    month = (6, 9, 12, 3)[quarter]
    day = {6: 30, 9: 30, 12: 31, 3: 31}[month]
    return date(year + (1 if month == 3 else 0), month, day).isoformat()


def write_extract(path: Path) -> None:
    rng = random.Random(26)
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(["area_code", "area_name", "period", "measure", "value"])
        for council in range(1, COUNCILS + 1):
            code = f"E99{council:06d}"
            for measure in range(1, MEASURES + 1):
                level = rng.uniform(40, 95)
                for quarter in range(QUARTERS):
                    value = f"{level + rng.gauss(0, 2):.1f}" if rng.random() > 0.01 else "[c]"
                    writer.writerow(
                        [code, f"Area {council}", quarter_end(quarter), f"M{measure}", value]
                    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        data.mkdir()
        write_extract(data / "extract.csv")
        areas = ", ".join(f"E99{n:06d}" for n in range(3, 18))
        indicators = "".join(INDICATOR.format(n=n, areas=areas) for n in (1, 7, 20))
        definition = data / "report.yaml"
        definition.write_text(DEFINITION.format(indicators=indicators), encoding="utf-8")
        rows = sum(1 for _ in (data / "extract.csv").open(encoding="utf-8")) - 1
        size = (data / "extract.csv").stat().st_size / 1e6
        print(
            f"extract: {rows:,} rows, {size:.1f} MB ({COUNCILS} councils × {QUARTERS} "
            f"quarters × {MEASURES} measures)"
        )
        code = TIMED.format(root=str(ROOT), definition=str(definition))
        imports, reads = [], []
        for _ in range(args.rounds):
            done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
            if done.returncode:
                sys.exit(done.stderr)
            first, second = (float(x) for x in done.stdout.split())
            imports.append(first)
            reads.append(second)
        imported, read = statistics.median(imports), statistics.median(reads)
        print(f"import pandas:                     {imported:.2f} s (median of {args.rounds})")
        print(f"read, check and filter (3 KPIs):   {read:.2f} s")
        total = imported + read
        verdict = "within" if total <= 1.0 else "OVER"
        print(f"together:                          {total:.2f} s ({verdict} the 1 s target)")


if __name__ == "__main__":
    main()
