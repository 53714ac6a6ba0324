"""Opening an input file: the one way every command reads a file it was given.

``check``, ``convert`` and ``fix`` all read files through :func:`read_input`, so a file
that one of them refuses, all of them refuse alike:

- only regular files are read: a FIFO would wait for a writer (forever, if none comes), a
  device such as ``/dev/zero`` never ends. The test is made on the opened file, not on its
  name, so a file swapped for a FIFO between a look and the open is still refused, and the
  open itself does not block (``O_NONBLOCK``, which means nothing for a regular file);
- at most ``limit`` bytes are read (one more tells "too large" without holding the rest),
  whatever size the file claims, should it grow while being read.
"""

from __future__ import annotations

import os
import stat

from linter.decode import MAX_BYTES

__all__ = ["InputError", "TooLarge", "read_input", "read_start"]


class InputError(Exception):
    """A file that cannot be read as input; the message says why, in a few words.

    ``reason`` is the why alone (``not a regular file``), for a message that names the file itself.
    """

    def __init__(self, message: str, reason: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason or message


def _unreadable(reason: str) -> InputError:
    return InputError(f"cannot read file: {reason}", reason)


class TooLarge(InputError):
    """A file larger than the limit: ``size`` is its size, or ``None`` when only known to be larger."""

    def __init__(self, size: int | None, limit: int) -> None:
        self.size, self.limit = size, limit
        mb, limit_mb = (size or 0) // 1_048_576, limit // 1_048_576
        super().__init__(f"file too large ({mb} MB > {limit_mb} MB)" if size and mb > limit_mb
                         else f"file too large (more than {limit_mb} MB)")


_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)


def read_input(path: str | os.PathLike[str], *, limit: int = MAX_BYTES) -> bytes:
    """The bytes of the regular file at ``path`` (links followed); :class:`InputError` if it cannot be had."""
    return _read(path, limit, whole=True)


def read_start(path: str | os.PathLike[str], size: int) -> bytes:
    """At most the first ``size`` bytes of the regular file at ``path``, opened as :func:`read_input` opens it."""
    return _read(path, size, whole=False)


def _read(path: str | os.PathLike[str], limit: int, *, whole: bool) -> bytes:
    try:
        fd = os.open(path, _FLAGS)
    except OSError as exc:
        raise _unreadable(_reason(exc)) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise _unreadable("is a directory")
        if not stat.S_ISREG(st.st_mode):
            raise _unreadable("not a regular file")
        if whole and st.st_size > limit:
            raise TooLarge(st.st_size, limit)
        chunks: list[bytes] = []
        room = limit + 1 if whole else limit
        while room > 0:
            chunk = os.read(fd, min(room, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            room -= len(chunk)
        data = b"".join(chunks)
    except OSError as exc:
        raise _unreadable(_reason(exc)) from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise TooLarge(None, limit)
    return data


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)
