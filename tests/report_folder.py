"""Write a small report folder (definition, data, style, commentary) for a test."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

DEFINITION = textwrap.dedent(
    """\
    title: "Appendix 1: Test Services Key Performance Indicators"
    directorate: "Test Services"
    organisation: "Test Council"
    id_prefix: "TS"
    language: "en-GB"
    chart_quarters: 8
    data_files: ["values.csv"]
    style: "../styles/house.yaml"
    indicators:
      - id: TS1
        title: "Share of requests answered within 10 days"
        short_title: "Requests within 10 days"
        kind: kpi
        unit: percent
        polarity: higher
        years:
          "2023/24":
            target: 80
            floor: 70
            series: [{id: value, label: "requests answered within 10 days"}]
            notes: ["Corporate Risk Register: CRR0001"]
      - id: TS2
        title: "Number of visits"
        kind: activity
        unit: count
        years:
          "2023/24":
            series:
              - {id: booked, label: "visits booked"}
              - {id: made, label: "visits made"}
    """
)

HEADER_ROW = "indicator,period,series,value,status"
QUARTERS = ["2023/24 Q1", "2023/24 Q2", "2023/24 Q3", "2023/24 Q4", "2024/25 Q1", "2024/25 Q2"]
TS1 = [60.0, 62.0, 64.0, 66.0, 68.0, 71.0]
BOOKED = [1000, 1100, 1050, 1200, 1250, 1300]
MADE = [900, 950, 1000, 1100, 1150, 1200]


def data_csv() -> str:
    rows = [HEADER_ROW]
    for quarter, value in zip(QUARTERS, TS1, strict=True):
        rows.append(f"TS1,{quarter},,{value},")
    for quarter, booked, made in zip(QUARTERS, BOOKED, MADE, strict=True):
        rows.append(f"TS2,{quarter},booked,{booked},")
        rows.append(f"TS2,{quarter},made,{made},")
    return "\n".join(rows) + "\n"


COMMENTARY = {
    "TS1": "Answered on time: **{{ latest }}**, {{ direction }} {{ change }} on the quarter.\n\n"
    "- rated {{ rag }}\n- trend: {{ trend }}\n",
    "TS2": "Visits made reached {{ series.made.latest }}.\n",
}


def make_report(
    root: Path,
    *,
    definition: str = DEFINITION,
    data: str | None = None,
    commentary: dict[str, str] | None = None,
) -> Path:
    """A complete report folder under `root`; returns `root`."""
    (root / "data").mkdir(parents=True, exist_ok=True)
    (root / "styles").mkdir(exist_ok=True)
    shutil.copy(ROOT / "styles" / "house.yaml", root / "styles" / "house.yaml")
    (root / "data" / "report.yaml").write_text(definition, encoding="utf-8")
    (root / "data" / "values.csv").write_text(
        data if data is not None else data_csv(), encoding="utf-8"
    )
    folder = root / "narratives" / "2024-25-Q2"
    folder.mkdir(parents=True, exist_ok=True)
    for indicator, text in (COMMENTARY if commentary is None else commentary).items():
        (folder / f"{indicator}.md").write_text(text, encoding="utf-8")
    return root
