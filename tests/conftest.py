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

    claims = sys.modules.get("generator.editors.claims")
    if "MUTANT_UNDER_TEST" in os.environ and claims is not None:
        for name in ("find_periods", "_names_pattern", "_trend_of"):
            getattr(claims, name).cache_clear()
