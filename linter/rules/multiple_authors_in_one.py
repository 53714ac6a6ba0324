"""Several authors merged into one name.

## What it does
Reports an author `name` that lists more than one person: `Jane Doe and John Smith`,
`Jane Doe, John Smith`, `Jane Doe & John Smith`, `Juan Pérez y María López`.

## Why it matters
Google's author best practices: one author per `author` entry. A merged name is shown, and
attributed, as one person who does not exist; neither author gets credit.

## Example
```json
{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane Doe and John Smith"}}
```

## Use instead
```json
{"@type": "NewsArticle", "author": [
  {"@type": "Person", "name": "Jane Doe"},
  {"@type": "Person", "name": "John Smith"}
]}
```

## Options
None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Final

from linter.jsonpath import child
from linter.lexicon import JOB_TITLE_AT_END, NAME_CONJUNCTIONS, NAME_PARTICLES, NAME_SUFFIXES
from linter.patterns import lazy
from linter.rules import Problem, Target

if TYPE_CHECKING:
    from linter.check import Context
    from linter.graph import View

NAME = "multiple-authors-in-one"
SEVERITY = "error"
AUTHORITY = "google"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/article#author-bp"
HINT = "give each author their own Person object in the author list"
TARGET: Final = Target.ARTICLE

_JOINS = "|".join((*NAME_CONJUNCTIONS, "&"))
_SPLIT = lazy(r"\s*(?:,\s*(?:" + _JOINS + r")\s+|,|;|\s+(?:" + _JOINS + r")\s+)\s*")
_CONJUNCTION = lazy(r"\s(?:" + _JOINS + r")\s", re.I)
_SUFFIX = lazy(r"^(?:" + "|".join(NAME_SUFFIXES) + r")\.?$", re.I)


def check(view: View, ctx: Context) -> Iterator[Problem]:
    publishers = _publisher_names(view)
    for author, path in view.values("author"):
        if not isinstance(author, dict) or not isinstance(author.get("name"), str):
            continue
        types = author.get("@type")
        if types != "Person" and not (isinstance(types, list) and "Person" in types):
            continue  # "Procter & Gamble" is one organisation
        name = author["name"].strip()
        # "Jane Doe, Senior Correspondent": a job title after the comma is no second author
        # (author-name-not-a-name reports it).
        names = [p for p in _SPLIT.split(name)
                 if p and not _SUFFIX.match(p) and not JOB_TITLE_AT_END.search(p) and p.casefold() not in publishers]
        # "Doe, Jane" is one name written surname first: with commas only, every
        # part must be a full name (two words or more) to count as several people.
        min_words = 1 if _CONJUNCTION.search(name) else 2
        if len(names) > 1 and all(_is_name(n, min_words) for n in names):
            yield Problem(f"author name holds {len(names)} names ({', '.join(names)})", child(path, "name"))


def _publisher_names(view: Any) -> set[str]:
    """The publishers' names: "Jane Doe, The Daily Example" is one author and her paper."""
    names: set[str] = set()
    for publisher, _ in view.values("publisher"):
        name = publisher.get("name") if isinstance(publisher, dict) else publisher
        if isinstance(name, str):
            names.add(name.strip().casefold())
    return names


def _is_name(text: str, min_words: int) -> bool:
    words = text.split()
    return min_words <= len(words) <= 5 and all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words)
