"""Every file the build reads is a regular file: a folder, a FIFO or a device named
where a file belongs is refused with one message before it is opened (a FIFO
would otherwise be waited on for ever)."""

from __future__ import annotations

import stat
from pathlib import Path

from generator.core.errors import InputError


def regular_file(path: Path, what: str, *, fix: str | None = None) -> bool:
    """Whether `path` (followed through any link) is there: False where it is not;
    InputError where it is there but is a folder, a FIFO, a device or unreadable."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return False
    except NotADirectoryError:
        return False  # a folder on its way is a file: there is no such file
    except OSError as exc:
        raise InputError(
            f"the {what} cannot be read ({exc.strerror})",
            file=str(path),
            fix=fix or "Check the file's permissions",
        ) from None
    if stat.S_ISREG(mode):
        return True
    raise InputError(
        f"the {what} is {_kind(mode)}, not a file",
        file=str(path),
        fix=fix or "Name a file",
    )


def _kind(mode: int) -> str:
    """What a path that is not a regular file is, in a message's words."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (a named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device"
