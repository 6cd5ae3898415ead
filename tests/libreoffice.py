"""LibreOffice, headless, for the tests that open a DOCX as Word users' other office suite would."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) not on PATH"
)


# LibreOffice's PDF export, tagged and marked as PDF/UA, as a clerk might re-export.
PDFUA_EXPORT = 'pdf:writer_pdf_Export:{"PDFUACompliance":{"type":"boolean","value":"true"}}'


def convert_to_pdf(docx_path: Path, folder: Path, export: str = "pdf") -> Path:
    """Lay `docx_path` out as a PDF in `folder` (with a profile of its own there)."""
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{folder}/profile",
            "--headless",
            "--convert-to",
            export,
            "--outdir",
            str(folder),
            str(docx_path),
        ],
        capture_output=True,
        timeout=300,
        check=False,
    )
    converted = folder / docx_path.with_suffix(".pdf").name
    assert converted.is_file(), result.stderr.decode(errors="replace")
    return converted
