"""Write the sample's illustrative comparator figures: data/ascof-extract.csv, a small
national extract in the long form councils download (every council's figure per
measure and quarter), and data/comparators.csv (England and the South East).

Every figure is made up (data/README.md): plausible, changing smoothly, and not to
be quoted. Run it from anywhere; the same script writes the same bytes:

    python data/make_comparators.py
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
# (measure, typical level, spread between councils, quarterly drift, decimals)
MEASURES = {
    "2A(2)": (560.0, 95.0, 6.0),  # older people's admissions to care homes, per 100,000
    "2B(1)": (82.0, 4.0, 0.5),  # older people at home 91 days after discharge, %
}
# The extract's quarters, as the quarter-end dates it gives them: 2022/23 Q1 to
# 2024/25 Q1 (national figures come a quarter behind the council's own).
QUARTER_ENDS = [
    "2022-06-30",
    "2022-09-30",
    "2022-12-31",
    "2023-03-31",
    "2023-06-30",
    "2023-09-30",
    "2023-12-31",
    "2024-03-31",
    "2024-06-30",
]
COUNCIL = ("E10000016", "Kent")
# The council's statistical neighbours (the sample definition's areas): real codes
# and names, illustrative figures.
NEIGHBOURS = [
    ("E10000012", "Essex"),
    ("E10000014", "Hampshire"),
    ("E10000015", "Hertfordshire"),
    ("E10000017", "Lancashire"),
    ("E10000020", "Norfolk"),
    ("E10000024", "Nottinghamshire"),
    ("E10000028", "Staffordshire"),
    ("E10000029", "Suffolk"),
    ("E10000030", "Surrey"),
    ("E10000032", "West Sussex"),
]
OTHERS = 152 - 1 - len(NEIGHBOURS)
# Where the neighbours' figures sit (their mean clear of the sample's target lines).
NEIGHBOUR_LEVEL = {"2A(2)": 640.0, "2B(1)": 79.0}
# The council's own figures, as its data gives them (data/asch-quarterly.csv).
OWN = {
    "2A(2)": [596.4, 589.1, 581.7, 585.2, 592.6, 601.3, 597.8, 590.4, 584.9],
    "2B(1)": [82.6, 83.3, 82.8, 81.9, 82.1, 83.0, 84.2, 83.4, 83.1],
}
SUPPRESSED = ("E10000029", "2A(2)", "2023-12-31")  # '[c]': one neighbour's gap


def _areas() -> list[tuple[str, str]]:
    others = [(f"E99{n:06d}", f"Illustrative area {n}") for n in range(1, OTHERS + 1)]
    return [COUNCIL, *NEIGHBOURS, *others]


def extract_rows() -> list[list[str]]:
    rng = random.Random(26)
    rows = []
    for code, name in _areas():
        for measure, (level, spread, drift) in MEASURES.items():
            base = rng.gauss(level, spread)
            if (code, name) in NEIGHBOURS:
                base = rng.gauss(NEIGHBOUR_LEVEL[measure], spread / 3)
            for i, end in enumerate(QUARTER_ENDS):
                if code == COUNCIL[0]:
                    value = f"{OWN[measure][i]:.1f}"
                elif (code, measure, end) == SUPPRESSED:
                    value = "[c]"
                else:
                    figure = base + rng.gauss(0, drift)
                    if measure == "2B(1)":
                        figure = min(figure, 99.0)
                    value = f"{figure:.1f}"
                rows.append([code, name, end, measure, value])
    return rows


# Per indicator and comparator: each quarter's figure from 2022/23 Q1 to 2024/25 Q1.
FILE_FIGURES = {
    ("ASCH4", "England"): [82.3, 82.0, 81.6, 81.8, 82.1, 82.4, 82.9, 83.0, 82.6],
    ("ASCH5", "England"): [566.0, 562.4, 558.1, 560.8, 563.5, 565.2, 561.9, 557.3, 554.0],
    ("ASCH5", "South East"): [541.2, 538.9, 535.0, 537.4, 540.6, 543.1, 539.8, 536.2, 532.5],
}
QUARTERS = [f"{y}/{(y + 1) % 100:02d} Q{q}" for y in (2022, 2023, 2024) for q in (1, 2, 3, 4)][:9]


def main() -> None:
    with (HERE / "ascof-extract.csv").open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(["area_code", "area_name", "period", "measure", "value"])
        writer.writerows(extract_rows())
    with (HERE / "comparators.csv").open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(["indicator", "comparator", "period", "value"])
        for (indicator, comparator), values in FILE_FIGURES.items():
            for quarter, value in zip(QUARTERS, values, strict=True):
                writer.writerow([indicator, comparator, quarter, f"{value:.1f}"])


if __name__ == "__main__":
    main()
