"""JSON paths as newslint prints them (``$.@graph[0].author[1].name``)."""

from __future__ import annotations

import json
import re

_PLAIN_KEY = re.compile(r"^[@$A-Za-z_][A-Za-z0-9_@$-]*$")


def child(path: str, key: str | int) -> str:
    """The path of ``key`` (a member name or an array index) under ``path``."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    suffix = _SUFFIXES.get(key)
    if suffix is None:
        suffix = f".{key}" if _PLAIN_KEY.match(key) else f"[{json.dumps(key, ensure_ascii=False)}]"
        if len(_SUFFIXES) < 4096:  # member names repeat; a hostile document's do not
            _SUFFIXES[key] = suffix
    return path + suffix


_SUFFIXES: dict[str, str] = {}


def join(path: str, parts: object) -> str:
    """Extend ``path`` with a sequence of keys and indexes (jsonschema's ``absolute_path``)."""
    for part in parts:  # type: ignore[attr-defined]
        path = child(path, part)
    return path


def parent(path: str) -> str | None:
    """The enclosing path, or ``None`` for the root ``$``."""
    if path == "$" or not path:
        return None
    if path.endswith('"]'):
        start = path.rfind('["')
        return path[:start] if start > 0 else None
    if path.endswith("]"):
        return path[: path.rfind("[")]
    dot = path.rfind(".")
    return path[:dot] if dot > 0 else None
