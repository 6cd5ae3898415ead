"""Shared fixtures: the repository's sample report, and small report folders made on the fly."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("MPLBACKEND", "Agg")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(autouse=True)
def _no_figures_left_open() -> Iterator[None]:
    """Chart builders use Figure() directly: pyplot must never hold a figure."""
    yield
    import matplotlib.pyplot as plt

    assert plt.get_fignums() == [], "a test left a pyplot figure open"


@pytest.fixture(autouse=True)
def _fresh_caches_under_mutation() -> None:
    """Under mutmut only: the checker's caches start empty for each test, so that each
    test runs (and is credited with) the cached functions it needs, and a mutant's run
    does not reuse results the unmutated code cached."""
    import sys

    if "MUTANT_UNDER_TEST" not in os.environ:
        return
    for module, name in (
        ("generator.editors.claims.periods", "find_periods"),
        ("generator.editors.claims.movements", "names_pattern"),
        ("generator.editors.claims.subject", "trend_of"),
    ):
        if (loaded := sys.modules.get(module)) is not None:
            getattr(loaded, name).cache_clear()
