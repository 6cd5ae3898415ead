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
