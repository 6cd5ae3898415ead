"""The scope of a fixture that builds something once for all the tests of a module."""

from __future__ import annotations

import os

import pytest


def shared(fixture_name: str, config: pytest.Config) -> str:
    """`module` as a rule; `function` under mutmut. mutmut credits a test with the code
    that runs during it, so a module fixture's work (writing the PDF, loading the style)
    would be credited to the module's first test alone, and a mutant in that code tried
    against that one test: the tests that read what it made would never see the mutant."""
    del fixture_name, config
    return "function" if "MUTANT_UNDER_TEST" in os.environ else "module"
