"""The pipeline a team would otherwise script, for comparison in bench.py.

Run in a report folder: draws one matplotlib chart per indicator series
(pyplot, 200 dpi, as most scripts do), writes a Markdown file with the
charts and the commentary, runs pandoc to make a DOCX and LibreOffice to
turn that DOCX into a PDF. Usage: python benchmarks/baseline.py OUT_DIR
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    series: dict[str, dict[str, list[float]]] = {}
    with open("data/asch-quarterly.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            indicator = series.setdefault(row["indicator"], {})
            indicator.setdefault(row["series"] or "value", []).append(float(row["value"]))
    markdown = ["# Appendix 1", ""]
    for indicator, lines in series.items():
        figure, axes = plt.subplots(figsize=(6.7, 3.3))
        for name, values in lines.items():
            axes.plot(values, marker="o", label=name)
        axes.legend()
        figure.savefig(out / f"{indicator}.png", dpi=200)
        plt.close(figure)
        commentary = Path("narratives/2024-25-Q2") / f"{indicator}.md"
        markdown += [f"## {indicator}", "", f"![{indicator} chart]({indicator}.png)", ""]
        if commentary.is_file():
            markdown += [commentary.read_text(encoding="utf-8"), ""]
    (out / "appendix.md").write_text("\n".join(markdown), encoding="utf-8")
    subprocess.run(["pandoc", "appendix.md", "-o", "appendix.docx"], cwd=out, check=True)
    office = shutil.which("soffice") or shutil.which("libreoffice") or "soffice"
    subprocess.run(
        [office, "--headless", "--convert-to", "pdf", "appendix.docx"],
        cwd=out,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


if __name__ == "__main__":
    main()
