"""The PDF edition's checks: PDF/UA-1 and PDF/A-2a by `page-validation`, PDF/UA-1 by
`pdfua`, and our own walk of its tags (`pdf_tree`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pikepdf

from generator.editors.verify import pdf_tree
from generator.editors.verify.outcome import Check, judged, module_or_none, own, skipped, version_of

PAGE_VALIDATION = "page-validation"
PDFUA = "pdfua"
# page-validation's profiles, and what each check is called in the report
PROFILES = (("ua1", "PDF/UA-1"), ("2a", "PDF/A-2a"))
PDFUA_CHECK = "PDF/UA-1 (machine-checkable rules)"
TAGS = "Tagged structure"
PAGES = "Page content tagged or marked as artifact"


def check(path: Path) -> list[Check]:
    return [*_page_validation(path), _pdfua(path), *_own(path)]


def _page_validation(path: Path) -> list[Check]:
    page: Any = module_or_none("page")
    version = version_of(PAGE_VALIDATION)
    if page is None or not hasattr(page, "validate_pdf"):
        why = "page-validation is not installed (pip install page-validation)"
        return [skipped(name, PAGE_VALIDATION, why) for _, name in PROFILES]
    checks = []
    for profile, name in PROFILES:
        try:
            report = page.validate_pdf(path, profile=profile)
            problems = [f"{f.rule_id}: {f.message}" for f in report.failures]
        except Exception as error:  # the file could not be read as a PDF
            problems = [f"the file could not be read as a PDF: {error}"]
        checks.append(judged(name, PAGE_VALIDATION, version, problems))
    return checks


def _pdfua(path: Path) -> Check:
    pdfua: Any = module_or_none("pdfua")
    if pdfua is None or not hasattr(pdfua, "validate"):
        return skipped(PDFUA_CHECK, PDFUA, "pdfua is not installed (pip install pdfua)")
    try:
        report = pdfua.validate(str(path))
        problems = [
            f"{f.rule_id}: {f.message}" for f in report.findings if int(f.severity) >= 1
        ]  # warnings and errors; notes for information are not failures
    except Exception as error:
        problems = [f"the file could not be read as a PDF: {error}"]
    return judged(PDFUA_CHECK, PDFUA, version_of(PDFUA), problems)


def _own(path: Path) -> list[Check]:
    try:
        with pikepdf.open(path) as pdf:
            tags = pdf_tree.catalog_problems(pdf) + pdf_tree.tree_problems(pdf_tree.elements(pdf))
            pages = pdf_tree.page_problems(pdf)
    except (pikepdf.PdfError, OSError) as error:
        unread = [f"the file could not be read as a PDF: {error}"]
        return [own(TAGS, unread), own(PAGES, unread)]
    return [own(TAGS, tags), own(PAGES, pages)]
