"""Files newslint writes whole or not at all: reports, baselines, and the pages ``fix`` edits.

The content goes to a temporary file beside the target, is flushed to disk, gets the target's
permission bits and owner, and replaces the target by a rename once complete: a run that
fails or is killed at any moment leaves the old file or the new one, never half of one.
Opening the temporary file checks early that the target's folder is writable.

What a rename keeps, and what it cannot: the target's permission bits are copied (a new file
gets what ``open()`` would give it), and so are its owner and group where the process may
set them (root may; others only their own user and groups). The renamed file is a new file,
so what belonged to the old one alone goes with it: its other hard links keep the old
content, and extended attributes and ACLs are not copied. A symbolic link named as the target
is replaced by a file (``fix`` resolves links itself before it writes).

A killed run leaves its temporary file behind, and nothing else could remove it. ``fix``'s
(``.newslint-fix-*.tmp``) are removed by a later ``fix`` writing in the same folder once
they are older than :data:`STALE_AFTER`, with :func:`remove_stale`: such a file lives for the
time it takes to write one page, so one that old belongs to no running process, and removing
it loses nothing (a temporary file is only ever renamed over its target, or deleted). Reports
are written over a whole run, which has no such bound: theirs are left alone.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable
from typing import IO

__all__ = ["STALE_AFTER", "AtomicFile", "OwnerNotKept", "TargetChanged", "remove_stale", "replace_bytes"]

#: Seconds after which a temporary file of ``fix`` counts as left behind by a killed run.
STALE_AFTER = 600


class TargetChanged(Exception):
    """The target changed since it was read: replacing it would lose that change."""


class OwnerNotKept(Exception):
    """The target's owner or group cannot be given to the new file (the process may not set them)."""

    def __init__(self, uid: int, gid: int) -> None:
        super().__init__(f"cannot keep the file's owner and group ({uid}:{gid})")
        self.uid, self.gid = uid, gid


class AtomicFile:
    """A text file being written to replace ``path``: :meth:`commit` puts it in place, :meth:`abort` drops it.

    ``OSError`` on creation if ``path`` cannot be written (a missing folder, a directory).
    """

    def __init__(self, path: str) -> None:
        if os.path.isdir(path):
            raise IsADirectoryError(21, "Is a directory", path)
        self.path = path
        fd, self._tmp = _temporary(path, f".{os.path.basename(path)}.")
        self.stream: IO[str] = os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace", newline="\n")

    def commit(self) -> None:
        try:
            self.stream.flush()
            os.fsync(self.stream.fileno())
            self.stream.close()
            _install(self._tmp, self.path, keep_owner=False, unchanged=None)
        except BaseException:
            self.abort()
            raise

    def abort(self) -> None:
        self.stream.close()
        with contextlib.suppress(OSError):
            os.unlink(self._tmp)


def replace_bytes(path: str, data: bytes, *, prefix: str, keep_owner: bool = False,
                  unchanged: Callable[[], bool] | None = None) -> None:
    """Replace the file at ``path`` with ``data``, whole or not at all; the temporary file's name
    starts with ``prefix``.

    ``keep_owner``: the file's owner and group must be kept, else :class:`OwnerNotKept` and
    nothing is replaced (without it they are kept where the process may set them).
    ``unchanged``: asked last, just before the rename; when it says ``False``,
    :class:`TargetChanged` and nothing is replaced.
    """
    fd, tmp = _temporary(path, prefix)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        _install(tmp, path, keep_owner=keep_owner, unchanged=unchanged)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _temporary(path: str, prefix: str) -> tuple[int, str]:
    return tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=os.path.dirname(os.path.abspath(path)))


def _install(tmp: str, path: str, *, keep_owner: bool, unchanged: Callable[[], bool] | None) -> None:
    """Give ``tmp`` the mode and owner of ``path`` and rename it over ``path``, durably."""
    try:
        target: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        target = None
    if target is None:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp's 0600 would hide a report from a web server
    else:
        _chown_like(tmp, target, strict=keep_owner)
        os.chmod(tmp, stat.S_IMODE(target.st_mode))  # after chown, which may clear set-id bits
    if unchanged is not None and not unchanged():
        raise TargetChanged(path)
    os.replace(tmp, path)
    with contextlib.suppress(OSError):  # the rename itself, durable (not on every platform)
        dir_fd = os.open(os.path.dirname(os.path.abspath(path)), os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def _chown_like(tmp: str, target: os.stat_result, *, strict: bool) -> None:
    mine = os.stat(tmp)
    if (mine.st_uid, mine.st_gid) == (target.st_uid, target.st_gid) or not hasattr(os, "chown"):
        return
    try:
        os.chown(tmp, target.st_uid, target.st_gid)
    except OSError:
        if strict:
            raise OwnerNotKept(target.st_uid, target.st_gid) from None


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


#: Folders swept lately (path -> when, monotonic): one sweep per folder serves every page in it.
_SWEPT: dict[str, float] = {}


def remove_stale(directory: str, prefix: str, *, older_than: float = STALE_AFTER) -> list[str]:
    """Remove the temporary files ``prefix*.tmp`` that a killed run left in ``directory``; their names.

    Only names :func:`replace_bytes` makes (``prefix``, eight of ``tempfile``'s characters,
    ``.tmp``), only regular files, only those last written over ``older_than`` seconds ago.
    A folder is looked at again only after ``older_than`` seconds. Errors are ignored: a file
    that cannot be removed stays, as it would have without this.
    """
    key = os.path.abspath(directory)
    now, last = time.monotonic(), _SWEPT.get(os.path.abspath(directory))
    if last is not None and now - last <= older_than:
        return []
    _SWEPT[key] = now
    pattern = re.compile(re.escape(prefix) + r"[a-z0-9_]{8}\.tmp")
    limit = time.time() - older_than
    removed = []
    try:
        with os.scandir(key) as entries:
            for entry in entries:
                if not pattern.fullmatch(entry.name):
                    continue
                with contextlib.suppress(OSError):
                    st = entry.stat(follow_symlinks=False)
                    if stat.S_ISREG(st.st_mode) and st.st_mtime < limit:
                        os.unlink(entry.path)
                        removed.append(entry.name)
    except OSError:
        pass
    return removed
