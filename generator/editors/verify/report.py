"""The conformance report a clerk keeps with the paper, in Markdown and JSON: each
edition's file and SHA-256, each check, its result, the tool and its version, and
for a failure its first few details. Sorted, and dated only by SOURCE_DATE_EPOCH, so
that the same editions on the same machine give the same report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.editors.verify.conformance import Conformance
from generator.editors.verify.outcome import PACKAGE, own_version

SUFFIX = ".conformance"
STATUSES = ("pass", "fail", "skipped")


def default_target(paths: list[Path], out: Path | None = None) -> Path:
    """'<folder>/<edition stem>.conformance' beside the first edition (or in `out`)."""
    first = paths[0]
    return (out if out is not None else first.parent) / f"{first.stem}{SUFFIX}"


def report_files(target: Path) -> tuple[Path, Path]:
    """The Markdown and JSON files of the report named `target` (any .md or .json
    ending replaced)."""
    base = target.with_suffix("") if target.suffix.lower() in (".md", ".json") else target
    return base.with_name(base.name + ".md"), base.with_name(base.name + ".json")


def write(conformance: Conformance, target: Path) -> tuple[Path, Path]:
    markdown_file, json_file = report_files(target)
    markdown_file.parent.mkdir(parents=True, exist_ok=True)
    markdown_file.write_text(markdown(conformance), encoding="utf-8")
    json_file.write_text(as_json(conformance), encoding="utf-8")
    return markdown_file, json_file


def summary(conformance: Conformance) -> dict[str, int]:
    return {status: conformance.count(status) for status in STATUSES}


def result(conformance: Conformance) -> str:
    return "fail" if conformance.failed else "pass"


def as_data(conformance: Conformance) -> dict[str, Any]:
    return {
        "checked_by": f"{PACKAGE} {own_version()} (appendix verify)",
        "date": conformance.date,
        "result": result(conformance),
        "summary": summary(conformance),
        "checks": [
            {
                "file": edition.path.name,
                "sha256": edition.sha256,
                "format": edition.format,
                "check": check.name,
                "status": check.status,
                "tool": check.tool,
                "version": check.version,
                "details": list(check.details) if check.status == "fail" else [],
                "more_details": check.more,
                "skipped_because": check.details[0] if check.status == "skipped" else None,
            }
            for edition in conformance.editions
            for check in edition.checks
        ],
    }


def as_json(conformance: Conformance) -> str:
    return json.dumps(as_data(conformance), indent=2, ensure_ascii=False) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(conformance: Conformance) -> str:
    counts = summary(conformance)
    outcome = "**fail**" if conformance.failed else "**pass**"
    dated = f" on {conformance.date}" if conformance.date else ""
    lines = [
        "# Conformance report",
        "",
        f"Checked{dated} by `appendix verify` ({PACKAGE} {own_version()}).",
        "",
        f"Result: {outcome}: {counts['pass']} passed, {counts['fail']} failed, "
        f"{counts['skipped']} skipped. A skipped check was not run on this machine; "
        "it is not a pass.",
        "",
        "## Editions",
        "",
        "| File | SHA-256 |",
        "| --- | --- |",
    ]
    lines += [f"| {_cell(e.path.name)} | `{e.sha256}` |" for e in conformance.editions]
    lines += ["", "## Checks", "", "| File | Check | Result | Tool |", "| --- | --- | --- | --- |"]
    for edition in conformance.editions:
        for check in edition.checks:
            lines.append(
                f"| {_cell(edition.path.name)} | {_cell(check.name)} | {check.status} "
                f"| {_cell(check.tool_text)} |"
            )
    noted = [(e, c) for e in conformance.editions for c in e.checks if c.status != "pass"]
    if noted:
        lines += ["", "## Failures and skipped checks"]
    for edition, check in noted:
        lines += ["", f"### {edition.path.name}: {check.name} ({check.status})", ""]
        if check.status == "skipped":
            lines.append(f"Not run: {check.details[0]}.")
            continue
        lines.append(f"Found by {check.tool_text}:")
        lines.append("")
        lines += [f"- {_cell(detail)}" for detail in check.details]
        if check.more:
            lines.append(f"- and {check.more} more")
    return "\n".join(lines) + "\n"
