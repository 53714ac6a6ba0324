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

    def __getattr__(self, name: str) -> Any:
        # match, search, fullmatch, sub, subn, split, findall, finditer, pattern, flags...
        return getattr(self._get(), name)
