"""The HTML edition's checks: axe-core's WCAG 2.2 A and AA rules in a headless
chromium where this machine has both, and our own reading of its structure
(language, title, headings in order, pictures described, header cells' scope)."""

from __future__ import annotations

import re
import shutil
from itertools import pairwise
from pathlib import Path
from typing import Any

from generator.editors.verify.outcome import Check, judged, module_or_none, own, skipped

AXE = "axe-core"
AXE_CHECK = "WCAG 2.2 AA"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
STRUCTURE = "Language, title, headings, alt text and table headers"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def check(path: Path) -> list[Check]:
    return [axe(path), own(STRUCTURE, structure_problems(path))]


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def axe(path: Path) -> Check:
    """axe-core's violations, run in chromium on the page opened from its file (nothing
    is fetched); skipped, saying why, where chromium, playwright or axe-core is missing."""
    executable = chromium()
    if executable is None:
        return skipped(AXE_CHECK, AXE, "chromium is not installed (apt-get install chromium)")
    if module_or_none("playwright.sync_api") is None:
        return skipped(AXE_CHECK, AXE, "playwright is not installed (pip install playwright)")
    shipped = module_or_none("axe_playwright_python")
    script = Path(shipped.__file__ or "").parent / "axe.min.js" if shipped else None
    if script is None or not script.is_file():
        why = "axe-core is not installed (pip install axe-playwright-python, which ships it)"
        return skipped(AXE_CHECK, AXE, why)
    try:
        violations, version = _run_axe(executable, path, script)
    except Exception as error:  # chromium would not start or the page would not open
        return skipped(AXE_CHECK, AXE, f"chromium could not run axe-core: {error}")
    problems = []
    for violation in violations:
        targets = ", ".join(str(node["target"]) for node in violation["nodes"][:3])
        problems.append(f"{violation['id']}: {violation['help']} ({targets})")
    return judged(AXE_CHECK, AXE, version, problems)


def _run_axe(executable: str, path: Path, script: Path) -> tuple[list[dict[str, Any]], str]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_FLAGS
        )
        try:
            page = browser.new_context(bypass_csp=True).new_page()

            def refuse(route: Any) -> None:  # the page is checked as published: offline
                if route.request.url.startswith(("file:", "data:")):
                    route.continue_()
                else:
                    route.abort()

            page.route("**/*", refuse)
            page.goto(path.resolve().as_uri())
            page.add_script_tag(path=str(script))
            results = page.evaluate(
                "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
            )
            version = f"{page.evaluate('axe.version')} (chromium {browser.version})"
        finally:
            browser.close()
    violations: list[dict[str, Any]] = results["violations"]
    return violations, version


def structure_problems(path: Path) -> list[str]:
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.parse(str(path)).getroot()
    except (lxml.etree.LxmlError, OSError, ValueError) as error:
        return [f"the file could not be read as HTML: {error}"]
    if root is None:
        return ["the file holds no HTML"]
    return page_problems(root)


def page_problems(root: Any) -> list[str]:
    """What the page lacks: a language, a title, headings from h1 that skip no level,
    alternative text on every picture, a scope on every header cell."""
    problems = []
    if not (root.get("lang") or "").strip():
        problems.append("the page names no language (<html lang>)")
    if not (root.findtext(".//title") or "").strip():
        problems.append("the page has no title (<title>)")
    levels = [
        int(element.tag[1])
        for element in root.iter()
        if isinstance(element.tag, str) and re.fullmatch(r"h[1-6]", element.tag)
    ]
    if not levels:
        problems.append("the page has no headings")
    elif levels[0] != 1:
        problems.append(f"the first heading is h{levels[0]}, not h1")
    for index, (before, after) in enumerate(pairwise(levels), start=2):
        if after > before + 1:
            problems.append(f"heading {index} is h{after} straight after an h{before}")
    for number, image in enumerate(root.iter("img"), start=1):
        if image.get("alt") is None:
            problems.append(f"picture {number} has no alt attribute")
    for number, table in enumerate(root.iter("table"), start=1):
        cells = list(table.iter("th"))
        if not cells:
            problems.append(f"table {number} has no header cells (<th>)")
        elif any(cell.get("scope") not in ("col", "row", "colgroup", "rowgroup") for cell in cells):
            problems.append(f"table {number} has a header cell without a scope")
    return problems
