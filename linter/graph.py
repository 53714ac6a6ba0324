"""The node graph of a JSON-LD document: typed nodes, ``@id`` index, resolved views.

JSON-LD spreads one article over many nodes (``@graph``, top-level arrays,
nesting, ``{"@id": ...}`` references). Checks want one object per article with
its author, image and publisher in place; :meth:`Graph.view` builds that copy,
remembering where every part really stands so findings point at the source.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from linter.jsonpath import child, parent

#: schema.org's Article type and all its subtypes (release 30.0).
ARTICLE_TYPES = frozenset(
    {
        "APIReference", "Article", "AdvertiserContentArticle", "AnalysisNewsArticle",
        "AskPublicNewsArticle", "MedicalScholarlyArticle",
        "BackgroundNewsArticle", "BlogPosting", "DiscussionForumPosting", "LiveBlogPosting",
        "NewsArticle", "OpinionNewsArticle", "Report", "ReportageNewsArticle",
        "ReviewNewsArticle", "SatiricalArticle", "ScholarlyArticle", "SocialMediaPosting",
        "TechArticle",
    }
)
FAQ_TYPES = frozenset({"FAQPage"})
_KNOWN = ARTICLE_TYPES | FAQ_TYPES | {"Question", "Answer", "Person", "Organization", "ImageObject"}
_CANONICAL = {t.lower(): t for t in _KNOWN}
_PREFIXES = ("https://schema.org/", "http://schema.org/", "https://www.schema.org/",
             "http://www.schema.org/", "schema:")
MAX_DEPTH = 64

#: Marks a value that counts as missing (empty string, null, empty list).
_EMPTY = object()


def short_type(value: str) -> str:
    """``https://schema.org/NewsArticle`` and ``schema:NewsArticle`` -> ``NewsArticle``."""
    for prefix in _PREFIXES:
        if value.startswith(prefix):
            value = value[len(prefix):]
            break
    # "newsarticle", "newsArticle": the type meant (wrong-case-type reports the spelling).
    return value if value in _KNOWN else _CANONICAL.get(value.lower(), value)


def types_of(node: dict[str, Any]) -> tuple[str, ...]:
    raw = node.get("@type")
    if isinstance(raw, str):
        return (short_type(raw),)
    if isinstance(raw, list):
        return tuple(short_type(t) for t in raw if isinstance(t, str))
    return ()


def kind_of(types: tuple[str, ...]) -> str | None:
    """``"article"`` for the Article family, ``"faqpage"`` for FAQPage, else ``None``."""
    if any(t in ARTICLE_TYPES for t in types):
        return "article"
    if any(t in FAQ_TYPES for t in types):
        return "faqpage"
    return None


def is_empty(value: Any) -> bool:
    """Values that count as missing: ``None``, blank strings, empty lists."""
    return value is None or (isinstance(value, str) and not value.strip()) or value == []


@dataclass(frozen=True, slots=True)
class Node:
    data: dict[str, Any]
    path: str
    types: tuple[str, ...]
    doc: int = 0  # which document of the source it stands in

    @property
    def kind(self) -> str | None:
        return kind_of(self.types)


@dataclass(frozen=True, slots=True)
class Dangling:
    """A ``{"@id": ...}`` reference to a node the source does not hold."""

    prop: str
    ident: str
    view_path: str  # where the reference stands in the view


@dataclass(slots=True)
class View:
    """A node with references resolved, blanks dropped and types shortened.

    ``real`` maps every container's path in the view to its document and path
    there, so a finding on the view can name the place the user must edit
    (which may lie in another JSON-LD block of the same page).
    """

    data: dict[str, Any]
    path: str
    types: tuple[str, ...]
    doc: int = 0
    real: dict[str, tuple[int, str]] = field(default_factory=dict)
    dangling: list[Dangling] = field(default_factory=list)
    budget: int = 5000  # objects a view may copy: references can fan out exponentially

    def location(self, view_path: str) -> tuple[int, str]:
        """``(document index, path in that document)`` of a path in the view."""
        tail: list[str] = []
        path: str | None = view_path
        while path is not None:
            if path in self.real:
                doc, real = self.real[path]
                return doc, real + "".join(reversed(tail))
            up = parent(path)
            if up is None:
                break
            tail.append(path[len(up):])
            path = up
        return self.doc, view_path

    def real_path(self, view_path: str) -> str:
        return self.location(view_path)[1]

    def values(self, prop: str) -> list[tuple[Any, str]]:
        """The values of ``prop`` (a list flattened) with their view paths."""
        if prop not in self.data:
            return []
        value = self.data[prop]
        path = child(self.path, prop)
        if isinstance(value, list):
            return [(v, child(path, i)) for i, v in enumerate(value)]
        return [(value, path)]


class Graph:
    """Every typed node of a source's JSON-LD documents, indexed by ``@id``.

    A page's blocks form one graph: a NewsArticle in one block may name its
    author by ``@id`` in another. Relative ``@id``s are resolved against
    ``base_url`` (the page's URL) when it is known.
    """

    def __init__(self, data: Any = None, *, documents: list[Any] | None = None,
                 base_url: str | None = None) -> None:
        self.documents = documents if documents is not None else [data]
        self.data = self.documents[0] if self.documents else None
        self.base_url = base_url
        self.nodes: list[Node] = []
        self.index: dict[str, Node] = {}
        # Every node description by @id: JSON-LD merges nodes that share an @id, so
        # an inline author and a full Person node elsewhere are one author.
        self.described: dict[str, list[Node]] = {}
        self._first: dict[str, Node | None] = {}
        for doc, value in enumerate(self.documents):
            self._collect(value, doc)

    def _key(self, ident: str) -> str:
        if self.base_url and not ident.startswith(("http://", "https://", "urn:", "_:")):
            from urllib.parse import urljoin

            return urljoin(self.base_url, ident)
        return ident

    def _collect(self, data: Any, doc: int) -> None:
        # Iterative pre-order walk over containers only (children pushed reversed,
        # so nodes come out in document order). ``inside_article`` marks nodes
        # nested in an article (cited or related works): not the page's article.
        stack: list[tuple[Any, str, bool]] = [(data, "$", False)]
        while stack:
            value, path, inside_article = stack.pop()
            if isinstance(value, dict):
                types = types_of(value)
                if types:
                    node = Node(value, path, types, doc)
                    if not (inside_article and node.kind == "article"):
                        self.nodes.append(node)
                    inside_article = inside_article or node.kind == "article"
                ident = value.get("@id")
                if isinstance(ident, str) and len(value) > 1:
                    described = Node(value, path, types, doc)
                    self.index.setdefault(self._key(ident), described)
                    self.described.setdefault(self._key(ident), []).append(described)
                items = [(v, child(path, k), inside_article) for k, v in value.items()
                         if isinstance(v, (dict, list))]
                stack.extend(reversed(items))
            elif isinstance(value, list):
                stack.extend(reversed([(v, child(path, i), inside_article) for i, v in enumerate(value)
                                       if isinstance(v, (dict, list))]))

    def of_kind(self, kind: str) -> Iterator[Node]:
        return (n for n in self.nodes if n.kind == kind)

    def first(self, kind: str) -> Node | None:
        """The first node of ``kind`` in document order (looked for once: rules ask for each node)."""
        if kind not in self._first:
            self._first[kind] = next(self.of_kind(kind), None)
        return self._first[kind]

    def view(self, node: Node) -> View:
        """A resolved, cleaned copy of ``node`` for checks."""
        view = View(data={}, path=node.path, types=node.types, doc=node.doc)
        data = self._resolve(node.data, node.path, (node.doc, node.path), view, 0, frozenset(), "")
        view.data = data if isinstance(data, dict) else {}
        return view

    def _resolve(
        self, value: Any, view_path: str, real: tuple[int, str], view: View, depth: int,
        seen: frozenset[str], prop: str,
    ) -> Any:
        doc, real_path = real
        if isinstance(value, dict):
            if depth > MAX_DEPTH:
                return {}
            view.budget -= 1
            if view.budget < 0:
                return value  # a pathological graph: the rest is checked as written
            ident = value.get("@id")
            if len(value) == 1 and isinstance(ident, str):
                key = self._key(ident)
                target = self.index.get(key)
                if target is None:
                    view.dangling.append(Dangling(prop, ident, view_path))
                elif key not in seen:
                    return self._resolve(target.data, view_path, (target.doc, target.path), view,
                                         depth + 1, seen | {key}, prop)
            others: list[Node] = []
            if isinstance(ident, str):
                key = self._key(ident)
                if key not in seen:  # inside this very node already: merge once, not again
                    others = [n for n in self.described.get(key, ()) if n.data is not value]
                seen = seen | {key}
            view.real[view_path] = real
            out: dict[str, Any] = {}
            for key, item in value.items():
                if key == "@type":
                    types = types_of(value)
                    out[key] = types[0] if len(types) == 1 else list(types)
                    continue
                resolved = self._resolve(item, child(view_path, key), (doc, child(real_path, key)),
                                         view, depth + 1, seen, key)
                if resolved is not _EMPTY:
                    out[key] = resolved
            for other in others:  # what other descriptions of the same node add
                for key, item in other.data.items():
                    if key in out or key == "@type":
                        continue
                    item_view = child(view_path, key)
                    resolved = self._resolve(item, item_view, (other.doc, child(other.path, key)),
                                             view, depth + 1, seen, key)
                    if resolved is not _EMPTY:
                        if not isinstance(resolved, (dict, list)):
                            view.real[item_view] = (other.doc, child(other.path, key))
                        out[key] = resolved
                if "@type" not in out and other.types:
                    out["@type"] = other.types[0] if len(other.types) == 1 else list(other.types)
            return out
        if isinstance(value, list):
            if depth > MAX_DEPTH:
                return _EMPTY
            view.real[view_path] = real
            items: list[Any] = []
            for i, item in enumerate(value):
                item_view = child(view_path, len(items))
                item_real = (doc, child(real_path, i))
                resolved = self._resolve(item, item_view, item_real, view, depth + 1, seen, prop)
                if resolved is not _EMPTY:
                    # Dropped blanks shift later items: remember where each one really
                    # is (containers recorded themselves; a reference points elsewhere).
                    if not isinstance(resolved, (dict, list)):
                        view.real[item_view] = item_real
                    items.append(resolved)
            return items or _EMPTY
        if is_empty(value):
            return _EMPTY
        return value


def source_graph(source: Any) -> Graph:
    """The graph of all documents of a reader's ``Source``, built once and kept on it."""
    graph: Graph | None = source.graph
    if graph is None:
        graph = source.graph = Graph(documents=[d.data for d in source.documents])
    return graph
