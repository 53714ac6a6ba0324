"""Regular expressions compiled when first used, not when their module is imported.

A pre-commit hook starts a fresh process at every commit, and compiling
newslint's regular expressions up front (rules that may never run on the file at
hand included) was a quarter of its start-up. ``lazy(pattern, flags)`` stands
for ``re.compile(pattern, flags)`` with the same methods.
"""

from __future__ import annotations

import re
from typing import Any


class lazy:
    __slots__ = ("_args", "_compiled")

    def __init__(self, pattern: str | bytes, flags: int = 0) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern[Any] | None = None

    def _get(self) -> re.Pattern[Any]:
        if self._compiled is None:
            self._compiled = re.compile(*self._args)
        return self._compiled

    # The methods in use, as properties: __getattr__ comes only after a failed lookup, which
    # made a lazy pattern's call several times as dear as a compiled one's.
    @property
    def match(self) -> Any:
        return (self._compiled or self._get()).match

    @property
    def search(self) -> Any:
        return (self._compiled or self._get()).search

    @property
    def fullmatch(self) -> Any:
        return (self._compiled or self._get()).fullmatch

    @property
    def sub(self) -> Any:
        return (self._compiled or self._get()).sub

    @property
    def split(self) -> Any:
        return (self._compiled or self._get()).split

    @property
    def findall(self) -> Any:
        return (self._compiled or self._get()).findall

    @property
    def finditer(self) -> Any:
        return (self._compiled or self._get()).finditer

    def __getattr__(self, name: str) -> Any:
        # subn, pattern, flags, groupindex...
        return getattr(self._get(), name)
