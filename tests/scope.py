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


# A test that runs the package in a new Python process: under mutmut that process
# cannot find the mutated code (mutmut's set-up is in the test's own process), and
# no mutant could be seen there anyway.
new_process = pytest.mark.skipif(
    "MUTANT_UNDER_TEST" in os.environ,
    reason="runs the package in a new process, where mutmut's mutated code is not found",
)


# A test of a property of the package's source text (what a module imports): mutmut
# rewrites every module it mutates, adding imports of its own.
reads_source = pytest.mark.skipif(
    "MUTANT_UNDER_TEST" in os.environ,
    reason="reads the package's source, which mutmut rewrites with imports of its own",
)
