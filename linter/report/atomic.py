"""Files newslint writes whole or not at all: reports and baselines.

The text goes to a temporary file beside the target, which replaces the target only once
complete: a run that fails or is interrupted leaves the old file as it was, never half of
a new one. Opening the temporary file checks early that the target's folder is writable.
"""

from __future__ import annotations

import os
import tempfile
from typing import IO


class AtomicFile:
    """A text file being written to replace ``path``: :meth:`commit` puts it in place, :meth:`abort` drops it.

    ``OSError`` on creation if ``path`` cannot be written (a missing folder, a directory).
    """

    def __init__(self, path: str) -> None:
        if os.path.isdir(path):
            raise IsADirectoryError(21, "Is a directory", path)
        self.path = path
        directory = os.path.dirname(os.path.abspath(path))
        fd, self._tmp = tempfile.mkstemp(dir=directory, prefix=f".{os.path.basename(path)}.", suffix=".tmp")
        self.stream: IO[str] = os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace", newline="\n")

    def commit(self) -> None:
        self.stream.close()
        os.chmod(self._tmp, _mode_for(self.path))  # mkstemp's 0600 would hide a report from a web server
        os.replace(self._tmp, self.path)

    def abort(self) -> None:
        self.stream.close()
        try:
            os.unlink(self._tmp)
        except OSError:
            pass


def _mode_for(path: str) -> int:
    """The target's mode if it exists, else what a plain ``open()`` would give it."""
    try:
        return os.stat(path).st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
