"""Property that schema.org does not have.

## What it does
Reports a key of a schema.org node that is no schema.org property: a misspelling
(`datePublised`), a name in the wrong letter case (`datemodified`), a JSON-LD keyword without its
`@` (`"type": "PostalAddress"`), or an invented name. The message suggests the closest property
or keyword (`unknown property 'datePublised' (did you mean 'datePublished'?)`). Keys that are
not schema.org terms are left alone: JSON-LD keywords (`@id`, `@type`...), prefixed terms
(`gs1:netWeight`), terms defined in an object `@context` or under another `@vocab`. Action
annotations such as `query-input` are accepted when the property before the dash exists.

## Why it matters
A property schema.org does not define is dropped by every consumer: the date, the
author or the image it was meant to give is simply missing, while the markup looks complete.

## Example
```json
{"@context": "https://schema.org", "@type": "NewsArticle", "datePublised": "2025-09-16T10:32:00+02:00"}
```

## Use instead
```json
{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2025-09-16T10:32:00+02:00"}
```

## Fix
Safe, sometimes: the key is renamed, in place, to the property it can only have meant, keeping
any prefix (`schema:artcleBody` becomes `schema:articleBody`):

- a key that differs from a schema.org property only in letter case (`datemodified`);
- `type` written for `@type`, when its value names schema.org types and the object has no
  `@type`;
- a misspelling with exactly one schema.org property spelt close to it (`artcleBody`), which
  the node's type takes (a node without a type gets no such fix) and which is neither retired nor
  superseded.

Never when the object already has the key it would be renamed to, nor for a name with two
close candidates (`datePublised`: `datePublished`, but `sdDatePublished` is close too) or none
(`updated`). Once renamed, the value is checked as the property's (or the node as the type's):
what the misspelling hid may then be reported (a date without a time, a pending term).

## Options
None.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from linter.fixes.model import MISSING, Fix, Fixable, RenameKey, Request, Safety, value_at
from linter.jsonpath import join
from linter.jsonpos import split_path
from linter.rules import Problem, Target

if TYPE_CHECKING:
    from linter.check import Context
    from linter.document import JsonLdDocument
    from linter.graph import Graph
    from linter.vocab import Vocabulary

NAME: Final = "unknown-property"
SEVERITY = "error"
AUTHORITY = "schema.org"
SOURCE = "https://schema.org/docs/schemas.html"
HINT = "use a schema.org property, spelt exactly as on schema.org"
TARGET: Final = Target.DOCUMENT
FIX: Final = Fixable.SOMETIMES

_SCHEMA_PREFIXES = ("schema:", "https://schema.org/", "http://schema.org/", "https://www.schema.org/",
                    "http://www.schema.org/")


def check(document: JsonLdDocument, ctx: Context) -> Iterator[Problem]:
    from linter import vocab_check  # the vocabulary is read only when a check needs it

    return vocab_check.problems(document, ctx, NAME)


def fix(request: Request) -> Fix | None:
    path = request.finding.json_path
    segments = split_path(path) if path is not None else None
    if not segments or not isinstance(segments[-1], str) or request.document is None:
        return None
    key = segments[-1]
    node = value_at(request.document.data, join("$", segments[:-1]))
    if not isinstance(node, dict) or key not in node:
        return None
    right = _meant(key, node, request)
    if right is None or right in node or (right != "@type" and _has_property(node, right[_cut(right):], key)):
        return None
    assert path is not None
    return Fix(Safety.SAFE, f"rename {key!r} to {right!r}", (RenameKey(path, right),))


def _meant(key: str, node: dict[str, Any], request: Request) -> str | None:
    """The key ``key`` can only have meant in ``node`` (its prefix kept), or ``None``."""
    from linter.vocab import vocabulary

    vocab = vocabulary()
    cut = _cut(key)
    prefix, term = key[:cut], key[cut:]
    if not term:
        return None
    if not prefix and term.lower() == "type":
        return "@type" if "@type" not in node and _names_types(node[key], vocab) else None
    right = vocab.canonical(term, "property")
    if right is not None:
        return prefix + right if right != term else None
    if not _spend(request):
        return None
    close = vocab.spellings(term, "property", 2)
    if len(close) != 1:
        return None  # none, or two alike: which one was meant is a guess
    right = close[0]
    found = vocab.status(right)
    if found is not None and found[0] != "pending":
        return None  # the fix would be a retired or superseded term
    types = _types(node, vocab)
    if not types:
        return None  # an untyped node: nothing says which property a near spelling meant ("stale", "stage")
    domain = vocab.domain(right)
    if domain and domain.isdisjoint(vocab.ancestry(types)):
        return None  # not a property of the node's type: the close spelling is not what was meant
    return prefix + right


def _cut(key: str) -> int:
    """Where the term starts in ``key``: after a prefix (``schema:``) or an IRI (``https://schema.org/``)."""
    return max(key.rfind(":"), key.rfind("/")) + 1


def _bare(name: str) -> str:
    for prefix in _SCHEMA_PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def _names_types(value: Any, vocab: Vocabulary) -> bool:
    """Whether ``value`` (of a ``type`` key) is one schema.org type or a list of them, as spelt there."""
    names = value if isinstance(value, list) and value else [value]
    return all(isinstance(n, str) and vocab.is_type(_bare(n)) for n in names)


def _types(node: dict[str, Any], vocab: Vocabulary) -> tuple[str, ...]:
    """The node's schema.org types; ``()`` when it has none or one that is not schema.org's."""
    raw = node.get("@type", MISSING)
    names = raw if isinstance(raw, list) else [raw]
    out: list[str] = []
    for name in names:
        right = vocab.canonical(_bare(name), "type") if isinstance(name, str) else None
        if right is None:
            return ()
        out.append(right)
    return tuple(out)


def _has_property(node: dict[str, Any], term: str, key: str) -> bool:
    """Whether ``node`` holds the property ``term`` already: bare, as a schema.org IRI, or with
    the prefix of ``key`` (whatever it stands for)."""
    return any(prefix + term in node for prefix in ("", key[:_cut(key)], *_SCHEMA_PREFIXES))


def _spend(request: Request) -> bool:
    """Whether a spelling lookup is left for the finding's document: a hostile one may hold
    thousands of unknown names, and each lookup compares with hundreds of properties (the
    check's own did-you-mean is bounded alike, ``linter.vocab_check._Walk.suggestions_left``)."""
    graph = request.source.graph  # one per source read (rules' fixes are asked once it is linked)
    if graph is None:
        return False
    if _LOOKUPS.source is None or _LOOKUPS.source() is not graph:
        _LOOKUPS.source, _LOOKUPS.left = weakref.ref(graph), {}  # held weakly: no source kept alive
    left = _LOOKUPS.left.get(request.finding.origin, SPELLING_LOOKUPS)
    _LOOKUPS.left[request.finding.origin] = left - 1
    return left > 0


#: Spelling lookups the fixes make for one document at most.
SPELLING_LOOKUPS = 64


@dataclass
class _Lookups:
    """The source whose fixes were last asked for, and the lookups left for each of its documents."""

    source: weakref.ref[Graph] | None = None
    left: dict[int | None, int] = field(default_factory=dict)


_LOOKUPS = _Lookups()
