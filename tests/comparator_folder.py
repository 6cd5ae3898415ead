"""A small report folder whose KPI (TS1) has comparators: England from the comparators
file, the mean of two neighbours from a national extract of eight councils, and the
council's position among them."""

from __future__ import annotations

from pathlib import Path

from tests.report_folder import DEFINITION, make_report

COMPARATORS = """\
        comparators:
          - {name: England, series: england}
          - name: "Neighbours (mean)"
            areas: [E00000002, E00000003]
            extract: extract.csv
            measure: "M1"
        position: true
"""
WITH_COMPARATORS = DEFINITION.replace(
    'style: "../styles/house.yaml"\n', 'style: "../styles/house.yaml"\narea_code: "E00000001"\n'
).replace(
    '        notes: ["Corporate Risk Register: CRR0001"]\n',
    '        notes: ["Corporate Risk Register: CRR0001"]\n' + COMPARATORS,
)

# England, 2023/24 Q1 to 2024/25 Q1: no figure for 2023/24 Q3, none yet for 2024/25 Q2.
ENGLAND = """\
indicator,comparator,period,value
TS1,england,2023/24 Q1,65
TS1,england,2023/24 Q2,65.5
TS1,england,2023/24 Q3,
TS1,england,2023/24 Q4,66.5
TS1,england,2024/25 Q1,67
"""
QUARTER_ENDS = ["2023-06-30", "2023-09-30", "2023-12-31", "2024-03-31", "2024-06-30"]
# Each council's figure in every quarter; the council itself (E00000001) is replaced by
# its own data's figure. For 2024/25 Q1 TS1 is 68%: three councils are higher (70, 69,
# 72), so it ranks 4th of 8, the 2nd quartile; the neighbours' mean is (70 + 66) / 2.
COUNCILS = {
    "E00000001": 68.0,
    "E00000002": 70.0,
    "E00000003": 66.0,
    "E00000004": 50.0,
    "E00000005": 55.0,
    "E00000006": 69.0,
    "E00000007": 72.0,
    "E00000008": 60.0,
}


def extract_csv(measure: str = "M1") -> str:
    rows = ["area_code,area_name,period,measure,value"]
    for code, value in COUNCILS.items():
        for end in QUARTER_ENDS:
            rows.append(f"{code},Council {code[-1]},{end},{measure},{value}")
            rows.append(f"{code},Council {code[-1]},{end},OTHER,1")
    return "\n".join(rows) + "\n"


def make_compared_report(
    root: Path,
    *,
    definition: str = WITH_COMPARATORS,
    england: str | None = ENGLAND,
    extract: str | None = None,
) -> Path:
    make_report(root, definition=definition)
    if england is not None:
        (root / "data" / "comparators.csv").write_text(england, encoding="utf-8")
    (root / "data" / "extract.csv").write_text(
        extract if extract is not None else extract_csv(), encoding="utf-8"
    )
    return root
