"""The workbook writer: the figures behind the charts as an accessible spreadsheet.

Made with `gptables` (the Government Analysis Function's library, on XlsxWriter),
in the Analysis Function's style: a cover sheet, a contents sheet, a notes
sheet, then one table a sheet: a title naming the table, a header row, no
merged cells, units in the column headers. Every table in the document model
becomes a sheet, in order; a cell that holds a figure is written as a number.
Each section's technical notes are its table's note.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from generator.model import Document, Inline, Notes, Run, SideBySide, Table
from generator.style import Style

# Words the workbook itself uses (the sheets' own furniture).
NOTE_REFERENCE = "Note reference"
NOTE_TEXT = "Note text"
QUALIFIERS = "Qualifiers"
NOTES_LABEL = "Notes"


@dataclass(frozen=True)
class WorkbookLook:
    """What the workbook reads from the house style: nothing yet; gptables' theme
    is the Analysis Function's own (Arial, sizes and emphasis for titles)."""


def look(style: Style) -> WorkbookLook:
    return WorkbookLook()


def write(document: Document, style: Style, target: Path) -> None:
    """Write every table of `document` into one workbook at `target`."""
    import gptables
    import pandas as pd

    look(style)
    meta = document.metadata
    sheets: dict[str, Any] = {}
    notes: list[tuple[str, str]] = []
    for section in document.sections:
        section_notes = [b.side if isinstance(b, SideBySide) else b for b in section.blocks]
        lines = [_plain(line) for n in section_notes if isinstance(n, Notes) for line in n.lines]
        for block in section.blocks:
            if not isinstance(block, Table) or len(block.rows) <= block.header_rows:
                continue
            label = _sheet_label(block.name or f"Table {len(sheets) + 1}", sheets)
            reference = f"$${label}$$" if lines else ""
            if lines:
                notes.append((label, " ".join(lines)))
            frame, units = _frame(block, pd)
            sheets[label] = gptables.GPTable(
                table=frame,
                table_name=_table_name(label),
                title=f"{block.caption} {reference}".strip(),
                instructions="This worksheet contains one table.",
                units=units or None,
            )
    notes_table = pd.DataFrame(notes, columns=[NOTE_REFERENCE, NOTE_TEXT]) if notes else None
    cover = gptables.Cover(
        title=meta.title,
        intro=[meta.subject],
        about=[f"Published by {meta.author}." if meta.author else meta.title],
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        workbook = gptables.produce_workbook(
            filename=str(target),
            sheets=sheets,
            cover=cover,
            notes_table=notes_table,
            notesheet_label=NOTES_LABEL,
            workbook_options={"strings_to_numbers": False, "strings_to_urls": False},
        )
        created = datetime.fromtimestamp(meta.timestamp, tz=UTC).replace(tzinfo=None)
        workbook.set_properties(
            {
                "title": meta.title,
                "subject": meta.subject,
                "author": meta.author,
                "keywords": ", ".join(meta.keywords),
                "created": created,
            }
        )
        workbook.set_custom_property("Language", meta.language)
        workbook.close()


def _plain(line: tuple[Inline, ...]) -> str:
    return "".join(r.text if isinstance(r, Run) else " " for r in line)


def _sheet_label(name: str, taken: dict[str, Any]) -> str:
    """A valid, unique worksheet name: at most 31 characters, none of []:*?/\\."""
    base = re.sub(r"[\[\]:*?/\\']", " ", name).strip()[:28] or "Table"
    label, number = base, 1
    while label.lower() in {t.lower() for t in taken} or label.lower() == NOTES_LABEL.lower():
        number += 1
        label = f"{base} {number}"
    return label


def _table_name(label: str) -> str:
    """An Excel table name: letters, digits and underscores, starting with a letter."""
    name = re.sub(r"\W+", "_", label)
    return name if name[:1].isalpha() else f"table_{name}"


def _frame(table: Table, pd: Any) -> tuple[Any, dict[int, str]]:
    """The table as a data frame: header row as column names, figures as numbers,
    qualified figures listed in a column of their own; the columns holding figures."""
    header = [cell.text for cell in table.rows[table.header_rows - 1]]
    body = table.rows[table.header_rows :]
    qualified = any(cell.qualifier for row in body for cell in row)
    records = []
    for row in body:
        record: list[Any] = [cell.value if cell.value is not None else cell.text for cell in row]
        if qualified:
            found = [
                f"{header[c]} {cell.qualifier}" for c, cell in enumerate(row) if cell.qualifier
            ]
            record.append("; ".join(found) or "none")
        records.append(record)
    columns = _unique(header + ([QUALIFIERS] if qualified else []))
    frame = pd.DataFrame(records, columns=columns)
    numeric = {
        c
        for c in range(len(header))
        if any(c < len(row) and row[c].value is not None for row in body)
    }
    units = {c: table.unit for c in sorted(numeric)} if table.unit else {}
    return frame, units


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out
