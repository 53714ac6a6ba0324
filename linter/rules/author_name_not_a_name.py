"""Author name holds more than the name.

## What it does
Reports an author `name` that carries something besides the person's or organisation's name:
a `By`/`Por`/`Posted by` prefix, a job title (`Senior Correspondent`), an honorific
(`Dr.`, `Prof.`), an e-mail address or URL, or the publisher's name appended
(`Jane Doe | The Daily Example`).

## Why it matters
Google's author best practices: put only the name in `author.name`; no job title, honorific
prefix or publisher name. Consumers show the name as it is, and match it against other pages
by the same author: `By Jane Doe` and `Jane Doe` look like two people.

## Example
```json
{"@type": "Person", "name": "By Jane Doe, Senior Correspondent"}
```

## Use instead
```json
{"@type": "Person", "name": "Jane Doe", "jobTitle": "Senior Correspondent"}
```

## Options
None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Final

from linter.jsonpath import child
from linter.lexicon import HONORIFICS, JOB_TITLE, NAME_FIELD_BYLINE_OPENER
from linter.patterns import lazy
from linter.rules import Problem, Target

if TYPE_CHECKING:
    from linter.check import Context
    from linter.graph import View

NAME = "author-name-not-a-name"
SEVERITY = "error"
AUTHORITY = "google"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/article#author-bp"
HINT = "keep only the name in author.name (job title in jobTitle, publisher in publisher)"
TARGET: Final = Target.ARTICLE

_HONORIFIC = lazy(r"^\s*(?:" + "|".join(HONORIFICS) + r")\.?\s", re.I)
_CONTACT = lazy(r"[\w.+-]+@[\w-]+\.[\w.]+|https?://|www\.", re.I)
_SEPARATORS = lazy(r"\s+[|–—-]\s+|\s*[|,]\s*")


def check(view: View, ctx: Context) -> Iterator[Problem]:
    publisher = _publisher_name(view)
    for author, path in view.values("author"):
        if not isinstance(author, dict) or not isinstance(author.get("name"), str):
            continue
        name = author["name"]
        name_path = child(path, "name")
        organization = "Person" not in _types(author)
        if NAME_FIELD_BYLINE_OPENER.match(name.lstrip()):
            yield Problem(f"author name starts with a byline prefix ({name.split()[0]!r})", name_path)
        if _HONORIFIC.match(name):
            yield Problem(f"author name starts with an honorific ({name.split()[0]!r})", name_path)
        if not organization and (m := JOB_TITLE.search(name)):
            yield Problem(f"author name includes a job title ({m.group().strip()!r})", name_path)
        if _CONTACT.search(name):
            yield Problem("author name includes an e-mail address or URL", name_path)
        if publisher and publisher.casefold() != name.casefold():
            parts = [p.strip().casefold() for p in _SEPARATORS.split(name)]
            if len(parts) > 1 and publisher.casefold() in parts:
                yield Problem(f"author name includes the publisher's name ({publisher!r})", name_path)


def _types(node: dict[str, Any]) -> tuple[str, ...]:
    t = node.get("@type")
    return (t,) if isinstance(t, str) else tuple(x for x in t or () if isinstance(x, str))


def _publisher_name(view: Any) -> str | None:
    for publisher, _ in view.values("publisher"):
        if isinstance(publisher, str):  # schema.org allows the publisher as text
            return publisher
        name = publisher.get("name") if isinstance(publisher, dict) else None
        if isinstance(name, str):
            return name
    return None
