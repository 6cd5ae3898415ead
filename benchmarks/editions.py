"""What the HTML and workbook editions cost, and how quickly the preview shows an edit.

Run: python benchmarks/editions.py

1. Cold builds of the 20-indicator sample (`appendix build --no-cache`, a new
   process each time) as DOCX and PDF, and as all four formats, taken in
   turn; the ratio of the medians (target: at most 1.10).
2. `appendix preview` on a copy of the sample: a commentary file is saved ten
   times, and each time the page served is polled until it carries the edit;
   the median of save-to-new-page (target: at most 0.3 s).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import APPENDIX, copy_report, median_ratio, timed


def preview_latency(root: Path, edits: int) -> list[float]:
    from generator.run.preview import Preview

    preview = Preview(root)
    port = preview.start(0)
    note = root / "narratives" / "2024-25-Q2" / "ASCH7.md"
    original = note.read_text(encoding="utf-8")
    times = []
    try:
        for number in range(edits):
            marker = f"Saved edit number {number}."
            time.sleep(0.3)  # an editor's pause between saves
            start = time.perf_counter()
            note.write_text(f"{original}\n{marker}\n", encoding="utf-8")
            while True:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as page:
                    if marker in page.read().decode("utf-8"):
                        break
                time.sleep(0.005)
            times.append(time.perf_counter() - start)
    finally:
        preview.stop()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--edits", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        sample = copy_report(scratch / "sample")
        two = [*APPENDIX, "build", "--no-cache", "--out", str(scratch / "two")]
        four = [*APPENDIX, "build", "--no-cache", "--format", "all", "--out", str(scratch / "all")]
        timed(two, sample)  # warm the disk cache once, untimed
        timed(four, sample)
        paper: list[float] = []
        every: list[float] = []
        for _ in range(args.rounds):
            paper.append(timed(two, sample)[0])
            every.append(timed(four, sample)[0])
        print(
            f"cold build, DOCX and PDF: median {statistics.median(paper):.2f} s of "
            f"{[round(t, 2) for t in paper]}"
        )
        print(
            f"cold build, DOCX, PDF, HTML and XLSX: median {statistics.median(every):.2f} s of "
            f"{[round(t, 2) for t in every]}"
        )
        print(
            f"  ratio: {median_ratio(every, paper):.2f} (target: at most 1.10)",
        )
        latency = preview_latency(copy_report(scratch / "preview"), args.edits)
        print(
            f"preview, save to new page served: median {statistics.median(latency):.3f} s of "
            f"{[round(t, 3) for t in latency]} (target: at most 0.3 s)"
        )


if __name__ == "__main__":
    main()
