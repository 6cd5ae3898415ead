"""Ctrl+C's one line: Python's own report of an interrupt it could not raise (one that
lands in a callback Python runs for itself, such as an import lock's clean-up during a
lazy import) is not printed over it; any other such report still is."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

# In a process of its own: Python's hook as a build has it, not pytest's.
_SCRIPT = textwrap.dedent(
    """
    import gc, os, signal, sys
    from generator.run.outputs import interrupts_remembered

    class Cleanup:  # where Python runs code for itself, as an import lock's callback
        def __del__(self):
            {fault}

    try:
        with interrupts_remembered():
            Cleanup()
            gc.collect()
            raise KeyboardInterrupt  # the build's own stop, as `uninterrupted` makes it
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
    """
)


def _stderr(fault: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT.format(fault=fault)],
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stderr


def test_an_interrupt_python_cannot_raise_prints_nothing_of_its_own() -> None:
    assert _stderr("os.kill(os.getpid(), signal.SIGINT)") == "interrupted\n"


@pytest.mark.parametrize("fault", ["raise ValueError('a real fault')", "raise KeyboardInterrupt"])
def test_other_exceptions_python_cannot_raise_are_still_reported(fault: str) -> None:
    """A real fault, and an interrupt not from Ctrl+C during the build, are not hidden."""
    err = _stderr(fault)
    assert "Exception ignored" in err and err.endswith("interrupted\n"), err
