"""Debian's chromium, headless, driven by playwright: for the HTML edition's tests.

No browser is downloaded: playwright drives the system's chromium. Tests that
need it skip, saying why, where chromium or playwright is missing.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from generator.editors.verify.web import CHROMIUM_FLAGS  # the same browser flags as verify


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def needs_chromium() -> str:
    found = chromium_path()
    if found is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    pytest.importorskip("playwright", reason="playwright is not installed (pip install -e .[test])")
    return found


@contextmanager
def browser() -> Iterator[Any]:
    """A headless chromium; skips the test where there is none."""
    executable = needs_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_FLAGS
        )
        try:
            yield launched
        finally:
            launched.close()


def offline_page(chromium: Any, path: Path, width: int = 1280, height: int = 900) -> Any:
    """The page at `path` open in a new window of `width` x `height`, every address
    but files and data refused: what a page needs must be in it."""
    context = chromium.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.route(
        "**/*",
        lambda route: (
            route.continue_() if route.request.url.startswith(("file:", "data:")) else route.abort()
        ),
    )
    page.goto(path.as_uri())
    return page


def axe_script() -> Path:
    """axe-core's script, as shipped inside the axe-playwright-python package."""
    module = pytest.importorskip(
        "axe_playwright_python", reason="axe-playwright-python is not installed"
    )
    return Path(module.__file__).parent / "axe.min.js"


WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def axe_violations(page: Any) -> list[dict[str, Any]]:
    """axe-core's violations of WCAG 2.2 A and AA rules on the open page."""
    page.add_script_tag(path=str(axe_script()))
    results = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    violations: list[dict[str, Any]] = results["violations"]
    return violations


def describe(violations: list[dict[str, Any]]) -> str:
    lines = []
    for violation in violations:
        targets = [node["target"] for node in violation["nodes"][:3]]
        lines.append(f"{violation['id']}: {violation['help']} at {targets}")
    return "\n".join(lines)
