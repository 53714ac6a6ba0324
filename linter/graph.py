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
    return _CANONICAL.get(value.lower(), value) if value.islower() else value


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

    @property
    def kind(self) -> str | None:
        return kind_of(self.types)


@dataclass(slots=True)
class View:
    """A node with references resolved, blanks dropped and types shortened.

    ``real`` maps every container's path in the view to its path in the
    document, so a finding on the view can name the place the user must edit.
    """

    data: dict[str, Any]
    path: str
    types: tuple[str, ...]
    real: dict[str, str] = field(default_factory=dict)

    def real_path(self, view_path: str) -> str:
        tail: list[str] = []
        path: str | None = view_path
        while path is not None:
            if path in self.real:
                return self.real[path] + "".join(reversed(tail))
            up = parent(path)
            if up is None:
                break
            tail.append(path[len(up):])
            path = up
        return view_path

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
    """Every typed node of one JSON-LD document, indexed by ``@id``."""

    def __init__(self, data: Any) -> None:
        self.data = data
        self.nodes: list[Node] = []
        self.index: dict[str, Node] = {}
        self._collect()

    def _collect(self) -> None:
        # Iterative pre-order walk (children pushed reversed, so nodes come out
        # in document order). ``inside_article`` marks nodes nested in an
        # article (cited or related works): they are not the page's article.
        stack: list[tuple[Any, str, bool]] = [(self.data, "$", False)]
        while stack:
            value, path, inside_article = stack.pop()
            if isinstance(value, dict):
                types = types_of(value)
                if types:
                    node = Node(value, path, types)
                    if not (inside_article and node.kind == "article"):
                        self.nodes.append(node)
                    inside_article = inside_article or node.kind == "article"
                ident = value.get("@id")
                if isinstance(ident, str) and len(value) > 1 and ident not in self.index:
                    self.index[ident] = Node(value, path, types)
                items = [(v, child(path, k), inside_article) for k, v in value.items()]
                stack.extend(reversed(items))
            elif isinstance(value, list):
                stack.extend(reversed([(v, child(path, i), inside_article) for i, v in enumerate(value)]))

    def of_kind(self, kind: str) -> Iterator[Node]:
        return (n for n in self.nodes if n.kind == kind)

    def view(self, node: Node) -> View:
        """A resolved, cleaned copy of ``node`` for checks."""
        view = View(data={}, path=node.path, types=node.types)
        data = self._resolve(node.data, node.path, node.path, view, 0, frozenset())
        view.data = data if isinstance(data, dict) else {}
        return view

    def _resolve(
        self, value: Any, view_path: str, real_path: str, view: View, depth: int,
        seen: frozenset[str],
    ) -> Any:
        if isinstance(value, dict):
            if depth > MAX_DEPTH:
                return {}
            ident = value.get("@id")
            if len(value) == 1 and isinstance(ident, str) and ident in self.index and ident not in seen:
                target = self.index[ident]
                return self._resolve(target.data, view_path, target.path, view, depth + 1, seen | {ident})
            if isinstance(ident, str):
                seen = seen | {ident}
            view.real[view_path] = real_path
            out: dict[str, Any] = {}
            for key, item in value.items():
                if key == "@type":
                    types = types_of(value)
                    out[key] = types[0] if len(types) == 1 else list(types)
                    continue
                resolved = self._resolve(
                    item, child(view_path, key), child(real_path, key), view, depth + 1, seen
                )
                if resolved is not _EMPTY:
                    out[key] = resolved
            return out
        if isinstance(value, list):
            if depth > MAX_DEPTH:
                return _EMPTY
            view.real[view_path] = real_path
            items = []
            for i, item in enumerate(value):
                item_view = child(view_path, len(items))
                resolved = self._resolve(item, item_view, child(real_path, i), view, depth + 1, seen)
                if resolved is not _EMPTY:
                    # Dropped blanks shift later items: remember where each one really
                    # is (containers recorded themselves; a reference points elsewhere).
                    if not isinstance(resolved, (dict, list)):
                        view.real[item_view] = child(real_path, i)
                    items.append(resolved)
            return items or _EMPTY
        if is_empty(value):
            return _EMPTY
        return value

