"""Author is a plain string, not a Person or Organization object.

## What it does
Reports an `author` value that is text (or a number, or a list inside the list) instead of an
object.

## Why it matters
schema.org accepts text here, but a string cannot carry `url` or `sameAs`, so consumers cannot
tell which Jane Doe wrote the article. Google's author best practices ask for `Person` or
`Organization` objects; newsroom rules make it an error.

## Example
```json
{"@type": "NewsArticle", "author": "Jane Doe"}
```

## Use instead
```json
{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane Doe", "url": "https://example.com/staff/jane-doe"}}
```

## Fix
Safe, sometimes: the text becomes the object it names, `{"@type": "Person", "name": "Jane
Doe"}` or `{"@type": "Organization", "name": "Reuters"}`, when newslint can tell which, and
only when the object adds no finding of its own. A text author has no `url` to carry, so the
object is offered when it gets one from the same markup, or when the rules that would then ask
for one (`missing-author-url`, a house schema's) are off:

- the publisher's own name (`"author": "The Daily Example"` beside that publisher) becomes the
  publisher, with its type (Organization, or Person) and its `url` (else `sameAs`);
- a news agency or a desk named alone (`Reuters`, `AP`, `Staff`, `Newsroom`), or the site's
  own name (`og:site_name`), becomes an Organization;
- one person's name, as newslint reads bylines (two words or more, capitalised, no byline
  prefix, honorific, job title, place, organisation word or acronym), becomes a Person.

Several names in one (`Jane Doe and John Smith`, `Doe, Jane`), a number, a list, or a name
newslint cannot type for certain (`NDTV Sports Desk`, `BBC World`) get no fix. Names are read
as bylines are: a title of two capitalised words that newslint does not know as the site's,
the publisher's or an agency's (`Washington Post` on another site) reads as a person's name
there too, so review a Person fix on syndicated articles.

```json
{"@type": "NewsArticle", "author": "The Daily Example",
 "publisher": {"@type": "Organization", "name": "The Daily Example", "url": "https://example.com"}}
```
becomes
```json
{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "The Daily Example", "url": "https://example.com"},
 "publisher": {"@type": "Organization", "name": "The Daily Example", "url": "https://example.com"}}
```

## Options
None.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any, Final

from linter.fixes.model import Fix, Fixable, Request, Safety, SetValue
from linter.lexicon import DESK_WORDS, HONORIFICS, NAME_SUFFIXES, NEWS_AGENCIES
from linter.rules import Target

if TYPE_CHECKING:
    from linter.graph import View

NAME = "author-not-object"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/article#author-bp"
HINT = 'write the author as {"@type": "Person", "name": "..."} instead of a plain string'
TARGET: Final = Target.SCHEMA
FIX: Final = Fixable.SOMETIMES


def fix(request: Request) -> Fix | None:
    written = request.value()
    path, origin = request.finding.json_path, request.finding.origin
    graph = request.source.graph
    if not isinstance(written, str) or path is None or origin is None or graph is None:
        return None
    name = " ".join(written.split())
    found = _article_of(request, origin, path)
    if not name or found is None:
        return None
    view, index = found
    author = _as_object(name, view, request)
    if author is None or _adds_findings(view, index, author, request):
        return None
    return Fix(Safety.SAFE, f"write the author {name!r} as {_a(author['@type'])}", (SetValue(path, author),))


def _article_of(request: Request, origin: int, path: str) -> tuple[View, int | None] | None:
    """The article whose author stands at ``path`` of document ``origin``, and its index in the
    author list (``None``: the author is no list)."""
    graph = request.source.graph
    assert graph is not None
    for node in graph.of_kind("article"):
        view = graph.view(node)
        authors = view.values("author")
        for i, (_, where) in enumerate(authors):
            if view.location(where) == (origin, path):
                return view, i if isinstance(view.data["author"], list) else None
    return None


def _as_object(name: str, view: View, request: Request) -> dict[str, Any] | None:
    """The Person or Organization ``name`` stands for, when newslint can tell which; else ``None``."""
    key = name.casefold()
    for publisher, _ in view.values("publisher"):
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str) \
                and " ".join(publisher["name"].split()).casefold() == key:
            kind = _agent(publisher)
            if kind is None:
                return None
            out: dict[str, Any] = {"@type": kind, "name": name}
            link = next((k for k in ("url", "sameAs") if publisher.get(k)), None)
            if link is not None:
                out[link] = copy.deepcopy(publisher[link])
            return out
    if NEWS_AGENCIES.match(name) or key in DESK_WORDS or key in _site_names(request):
        return {"@type": "Organization", "name": name}
    if _one_person(name):
        return {"@type": "Person", "name": name}
    return None


def _agent(node: dict[str, Any]) -> str | None:
    """``"Organization"`` or ``"Person"`` for a node typed as one (or a subtype), else ``None``."""
    from linter.vocab import vocabulary

    types = node.get("@type")
    vocab = vocabulary()
    found = {a for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)
             for a in vocab.ancestors(t) & {"Organization", "Person"}}
    return found.pop() if len(found) == 1 else None


def _site_names(request: Request) -> frozenset[str]:
    page = request.source.page
    if page is None:
        return frozenset()
    from linter.readers.page.meta import site_names

    return site_names(page)


def _one_person(name: str) -> bool:
    """Whether ``name`` reads as one person's name, as newslint reads a byline's names."""
    from linter.article import author_kind
    from linter.readers.page.bylines import names

    words = name.split()
    if len(words) < 2 or names(name) != [name] or author_kind(name) != "Person":
        return False
    if words[0].rstrip(".").casefold() in HONORIFICS:
        return False
    # An acronym ("NDTV Sports", "BBC World") names an organisation more often than a person;
    # initials ("J.R. Smith") and suffixes ("Dennis Williams II") do not.
    return not any(_acronym(w) for w in words)


def _acronym(word: str) -> bool:
    letters = sum(c.isalpha() for c in word)
    initials = word.count(".") >= letters
    return letters >= 2 and word.isupper() and not initials and word.rstrip(".").casefold() not in NAME_SUFFIXES


def _adds_findings(view: View, index: int | None, author: dict[str, Any], request: Request) -> bool:
    """Whether the article with ``author`` in place would break a schema constraint it did not
    break before, of a rule that runs on this file (a Person without ``url``: ``missing-author-url``)."""
    from linter import schemas

    config = request.config
    after = copy.deepcopy(view.data)
    if index is None:
        after["author"] = author
    else:
        after["author"][index] = author

    def broken(data: Any) -> set[tuple[str, tuple[str | int, ...]]]:
        return {(v.rule, v.path) for v in schemas.validate("article", data, house=config.schemas)
                if config.enabled(v.rule, v.authority or "newsroom", request.source.path)}

    return bool(broken(after) - broken(view.data))


def _a(kind: str) -> str:
    return f"an {kind}" if kind[0] in "AEIOU" else f"a {kind}"
