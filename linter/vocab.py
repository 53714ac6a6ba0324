"""The schema.org vocabulary (release 30.0): which types and properties exist and how they fit.

Read once per process from the package resource ``linter/data/schemaorg.json`` (see that
folder's README: built by ``scripts/build_vocab.py``, CC BY-SA 3.0) by :func:`vocabulary`, and
only when a check asks for it: importing this module reads nothing. Lookups are dictionary
hits; what needs a walk (a type's ancestors, the properties it takes) is computed once per
name and kept.

Names are schema.org's own, case-sensitive (``NewsArticle``, ``datePublished``); callers strip
``https://schema.org/`` or ``schema:`` first.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from linter.patterns import lazy

_MEMBER_IRI = lazy(r"^\s*(?:https?://(?:www\.)?schema\.org/|schema:)([A-Za-z0-9_]+)\s*$")
#: Data types that take any text (``Quantity`` and its subtypes are written as text too).
TEXT_TYPES = frozenset({"Text", "PronounceableText", "CssSelectorType", "XPathType",
                        "Quantity", "Distance", "Duration", "Energy", "Mass"})
#: Properties whose text newslint reads as a URL: ``relative-url`` judges it, and the vocabulary
#: check (:mod:`linter.vocab_check`) leaves it to that rule.
URL_PROPERTIES = frozenset({
    "url", "contentUrl", "embedUrl", "thumbnailUrl", "logo", "image", "sameAs",
    "mainEntityOfPage", "license", "acquireLicensePage", "discussionUrl", "archivedAt",
})


class Vocabulary:
    """Types, properties, enumeration members and the status of each term."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.types: dict[str, list[str]] = data["types"]  # type -> direct parents
        self.datatypes = frozenset(data["datatypes"])
        self._properties: dict[str, list[list[str]]] = data["properties"]  # [domain, range]
        self.members: dict[str, list[str]] = data["members"]  # member -> its enumerations
        self.superseded: dict[str, str] = data["superseded"]
        self.pending = frozenset(data["pending"])
        self.retired = frozenset(data["retired"])
        self._ancestors: dict[str, frozenset[str]] = {}
        self._ancestry: dict[tuple[str, ...], frozenset[str]] = {}
        self._domains: dict[str, frozenset[str]] = {}
        self._lower: dict[str, dict[str, str]] | None = None
        self._taking: dict[str, frozenset[str]] | None = None
        self._status: dict[str, tuple[str, str | None]] | None = None

    # -- what a name is -------------------------------------------------------------------

    def is_type(self, name: str) -> bool:
        return name in self.types

    def is_property(self, name: str) -> bool:
        return name in self._properties

    def is_member(self, name: str) -> bool:
        return name in self.members

    def is_datatype(self, name: str) -> bool:
        return name in self.datatypes

    def is_enumeration(self, name: str) -> bool:
        return name in self.types and "Enumeration" in self.ancestors(name)

    def canonical(self, name: str, kind: str) -> str | None:
        """The ``kind`` ("type", "property" or "member") spelt like ``name`` but for letter case."""
        if self._lower is None:
            self._lower = {
                kind: {n.lower(): n for n in sorted(names, reverse=True)}
                for kind, names in (("type", self.types), ("property", self._properties),
                                    ("member", self.members))
            }
        return self._lower[kind].get(name.lower())

    # -- the hierarchy --------------------------------------------------------------------

    def parents(self, name: str) -> list[str]:
        return self.types.get(name, [])

    def ancestors(self, name: str) -> frozenset[str]:
        """``name`` and every type above it (several parents each: the hierarchy is a DAG)."""
        found = self._ancestors.get(name)
        if found is None:
            seen = {name}
            todo = list(self.types.get(name, ()))
            while todo:
                parent = todo.pop()
                if parent not in seen:
                    seen.add(parent)
                    todo.extend(self.types.get(parent, ()))
            found = self._ancestors[name] = frozenset(seen)
        return found

    def ancestry(self, names: tuple[str, ...]) -> frozenset[str]:
        """Every type above any of ``names`` (an ``@type`` array), themselves included."""
        if len(names) == 1:
            return self.ancestors(names[0])
        found = self._ancestry.get(names)
        if found is None:
            found = self._ancestry[names] = frozenset().union(*(self.ancestors(n) for n in names))
        return found

    def is_subtype(self, name: str, of: str) -> bool:
        """Whether ``name`` is ``of`` or lies under it."""
        return of in self.ancestors(name)

    def subtypes(self, name: str) -> frozenset[str]:
        """``name`` and every type below it."""
        return frozenset(t for t in self.types if name in self.ancestors(t))

    # -- properties -----------------------------------------------------------------------

    def domain(self, prop: str) -> frozenset[str]:
        """The types ``prop`` is meant for (``domainIncludes``); their subtypes take it too."""
        found = self._domains.get(prop)
        if found is None:
            entry = self._properties.get(prop)
            found = self._domains[prop] = frozenset(entry[0]) if entry else frozenset()
        return found

    def range(self, prop: str) -> list[str]:
        """The expected value types of ``prop`` (``rangeIncludes``), or ``[]``."""
        entry = self._properties.get(prop)
        return entry[1] if entry else []

    def takes(self, type_name: str, prop: str) -> bool:
        """Whether ``type_name`` (through any of its ancestors) takes ``prop``."""
        return not self.domain(prop).isdisjoint(self.ancestors(type_name))

    def types_taking(self, prop: str) -> list[str]:
        """The types ``prop`` is declared on, sorted."""
        return sorted(self.domain(prop))

    def properties_of(self, type_name: str) -> frozenset[str]:
        """Every property ``type_name`` takes, inherited ones included."""
        if self._taking is None:
            taking: dict[str, set[str]] = {}
            for prop, (domain, _) in self._properties.items():
                for t in domain:
                    taking.setdefault(t, set()).add(prop)
            self._taking = {t: frozenset(p) for t, p in taking.items()}
        out: set[str] = set()
        for t in self.ancestors(type_name):
            out |= self._taking.get(t, frozenset())
        return frozenset(out)

    # -- status ---------------------------------------------------------------------------

    def status(self, name: str) -> tuple[str, str | None] | None:
        """``("retired" | "superseded" | "pending", replacement)`` for a term not (yet) current, else ``None``."""
        if self._status is None:
            status: dict[str, tuple[str, str | None]] = dict.fromkeys(self.pending, ("pending", None))
            status.update((n, ("superseded", newer)) for n, newer in self.superseded.items())
            status.update((n, ("retired", self.superseded.get(n))) for n in self.retired)
            self._status = status
        return self._status.get(name)

    def superseded_by(self, name: str) -> str | None:
        return self.superseded.get(name)

    def is_pending(self, name: str) -> bool:
        return name in self.pending

    def is_retired(self, name: str) -> bool:
        return name in self.retired

    # -- enumerations ---------------------------------------------------------------------

    def member(self, value: str, *, bare: bool = True) -> str | None:
        """The enumeration member ``value`` names (``InStock`` for ``https://schema.org/InStock``,
        ``schema:InStock`` or, with ``bare``, ``InStock``), or ``None``."""
        m = _MEMBER_IRI.match(value)
        name = m[1] if m else value.strip() if bare else None
        return name if name in self.members else None

    def member_of(self, name: str, enumeration: str) -> bool:
        """Whether member ``name`` belongs to ``enumeration`` or to one of its subtypes."""
        return any(enumeration in self.ancestors(e) for e in self.members.get(name, ()))

    # -- did you mean ---------------------------------------------------------------------

    def suggest(self, name: str, kind: str) -> str | None:
        """The ``kind`` name ("type" or "property") closest to ``name``: letter case first, then spelling."""
        return _suggest(self, name, kind)

    def spellings(self, name: str, kind: str, n: int = 1) -> list[str]:
        """Up to ``n`` ``kind`` names spelt close to ``name`` (letter case aside), the closest first.

        What :meth:`suggest` offers when no name differs from ``name`` only in case; a fix asks
        for two, to know whether the closest one is the only close one.
        """
        import difflib

        self.canonical(name, kind)  # fills _lower
        assert self._lower is not None
        lower = self._lower[kind]
        key = name.lower()
        if len(key) > 80:
            return []
        # A ratio of 0.75 needs lengths within about a third of each other: compare only those.
        slack = len(key) // 3 + 1
        candidates = [c for c in lower if abs(len(c) - len(key)) <= slack]
        return [lower[m] for m in difflib.get_close_matches(key, candidates, n=n, cutoff=SPELLING_CUTOFF)]


#: How alike (difflib's ratio) a misspelt name must be to a name of the vocabulary to be suggested.
SPELLING_CUTOFF = 0.75


@lru_cache(maxsize=1024)
def _suggest(vocab: Vocabulary, name: str, kind: str) -> str | None:
    exact = vocab.canonical(name, kind)
    if exact is not None:
        return exact
    found = vocab.spellings(name, kind)
    return found[0] if found else None


_VOCABULARY: Vocabulary | None = None


def vocabulary() -> Vocabulary:
    """The vocabulary, read from the package on first use and kept for the process."""
    global _VOCABULARY
    if _VOCABULARY is None:
        _VOCABULARY = load()
    return _VOCABULARY


def load() -> Vocabulary:
    """Read ``linter/data/schemaorg.json`` afresh (:func:`vocabulary` keeps one for reuse)."""
    shipped = Path(__file__).parent / "data" / "schemaorg.json"
    if shipped.is_file():  # importlib.resources only where the package is no directory (its imports cost)
        raw = shipped.read_bytes()
    else:
        from importlib import resources

        raw = resources.files("linter").joinpath("data/schemaorg.json").read_bytes()
    return Vocabulary(json.loads(raw))
