"""JSON-LD has no @context.

## What it does
Reports a JSON-LD document (a file, or a script block in a page) whose top-level object has no
`@context`.

## Why it matters
Without `"@context": "https://schema.org"` the terms (`NewsArticle`, `headline`, ...) are not
schema.org terms, and consumers such as Google skip the block.

## Example
```json
{"@type": "NewsArticle", "headline": "..."}
```

## Use instead
```json
{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "..."}
```

## Fix
Safe, sometimes: `"@context": "https://schema.org"` is added as the object's first member, when
its terms are schema.org's already: its `@type` names schema.org types (or, for an `@graph`,
every typed node's `@type` does). newslint reads a document without `@context` as schema.org
(its terms are checked as such), so the fix changes no other finding; it only says what the
markup meant. A node typed outside schema.org (or in the wrong letter case, until that is fixed)
gets no context.

## Options
None. Documents with a context other than schema.org are not reported (their terms are not
checked either).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Final

from linter.fixes.model import AddMember, Fix, Fixable, Request, Safety
from linter.jsonpath import child
from linter.rules import Problem, Target

if TYPE_CHECKING:
    from linter.check import Context
    from linter.document import JsonLdDocument

NAME = "missing-context"
SEVERITY = "error"
AUTHORITY = "schema.org"
SOURCE = "https://www.w3.org/TR/json-ld11/#the-context"
HINT = 'add "@context": "https://schema.org" to the top-level object'
TARGET: Final = Target.DOCUMENT
FIX: Final = Fixable.SOMETIMES

CONTEXT = "https://schema.org"
_SCHEMA_PREFIXES = ("schema:", "https://schema.org/", "http://schema.org/", "https://www.schema.org/",
                    "http://www.schema.org/")


def check(document: JsonLdDocument, ctx: Context) -> Iterator[Problem]:
    if document.origin not in ("file", "html"):
        return
    data = document.data
    tops = [(item, child("$", i)) for i, item in enumerate(data)] if isinstance(data, list) else [(data, "$")]
    for node, path in tops:
        if isinstance(node, dict) and "@context" not in node and ("@type" in node or "@graph" in node):
            yield Problem("JSON-LD has no @context", path)


def fix(request: Request) -> Fix | None:
    node = request.value()
    path = request.finding.json_path
    if path is None or not isinstance(node, dict) or "@context" in node or not _schema_terms(node):
        return None
    return Fix(Safety.SAFE, f'add "@context": "{CONTEXT}"', (AddMember(path, "@context", CONTEXT, first=True),))


def _schema_terms(node: dict[str, Any]) -> bool:
    """Whether the top-level object ``node`` is schema.org's: every type it (or its @graph) names is."""
    typed = [node] if "@type" in node else []
    graph = node.get("@graph")
    if graph is not None:
        items = graph if isinstance(graph, list) else [graph]
        if not all(isinstance(item, dict) for item in items):
            return False
        typed.extend(item for item in items if "@type" in item)
    return bool(typed) and all(_schema_types(item["@type"]) for item in typed)


def _schema_types(value: Any) -> bool:
    from linter.vocab import vocabulary

    vocab = vocabulary()
    names = value if isinstance(value, list) and value else [value]
    return all(isinstance(n, str) and vocab.is_type(_bare(n)) for n in names)


def _bare(name: str) -> str:
    for prefix in _SCHEMA_PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix):]
    return name
