"""The schema.org vocabulary checks of one JSON-LD document, done once and shared by their rules.

One walk over a document judges every node in it (typed or not, nested, in ``@graph``) against
:mod:`linter.vocab`: unknown or miscased types, unknown properties, properties on types that do
not take them, superseded, retired and pending terms, and values of the wrong kind for a
property's range. Each vocabulary rule module only picks its own problems out of the result,
which is kept on the check's :class:`~linter.check.Context` for the document.

Only schema.org terms are judged. A key or type is one when the document's ``@context`` is
schema.org (``"https://schema.org"``, ``http``, with or without ``/``, alone or in a list, or an
object whose ``@vocab`` is schema.org), when it is written as a full schema.org IRI or with the
``schema:`` prefix, or when the document has no ``@context`` at all (``missing-context`` reports
that; the terms are still read as schema.org's). Terms defined in an object ``@context``,
prefixed terms (``gs1:``, ``unece:``), terms under another ``@vocab`` or another remote context,
and JSON-LD keywords are left alone. In microdata, an item whose ``itemtype`` is not schema.org
(or that has none) keeps its own property names.

The data model (https://schema.org/docs/datamodel.html) is lenient and so is this: a URL may
stand where any Thing is expected, a Role may stand in for any value, ``Text`` takes URLs and
numbers, ``Number`` takes ``Integer`` and ``Float``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from linter.dates import parse_iso
from linter.jsonpath import child
from linter.patterns import lazy
from linter.rules import Problem
from linter.vocab import TEXT_TYPES, URL_PROPERTIES, Vocabulary, vocabulary

AUTHORITY = "schema.org"
#: The rules whose problems this module finds (all ``schema.org``, all document rules).
RULES = ("wrong-case-type", "unknown-type", "unknown-property", "property-not-on-type", "superseded-term",
         "retired-term", "pending-term", "text-for-object", "invalid-url-value", "invalid-value",
         "wrong-value-type")

_SCHEMA_IRIS = ("https://schema.org/", "http://schema.org/", "https://www.schema.org/",
                "http://www.schema.org/")
_SCHEMA_CONTEXTS = frozenset(
    variant
    for base in ("https://schema.org", "http://schema.org", "https://www.schema.org", "http://www.schema.org")
    for variant in (base, base + "/", base + "/docs/jsonldcontext.json", base + "/docs/jsonldcontext.jsonld")
)
_SPACE = lazy(r"\s")
_TERM = lazy(r"^[A-Za-z0-9_][A-Za-z0-9_-]*$")
#: Bare words that mean a JSON-LD keyword written without its ``@``.
_KEYWORD_WORDS = frozenset({"type", "id", "context", "graph", "list", "set", "reverse", "vocab",
                            "base", "included", "index"})
_FORMATS = ("Number", "Integer", "Float", "Boolean", "Date", "DateTime", "Time")
_NUMBER = lazy(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$")
_INTEGER = lazy(r"^[+-]?\d+$")
_YEAR_MONTH = lazy(r"^\d{4}(?:-(?:0[1-9]|1[0-2]))?$")
_BASIC = lazy(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(?:[.,]\d+)?(Z|[+-]\d{2}:?\d{2})?)?$")
_TIME = lazy(r"^(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?$")
_SCHEME = lazy(r"^[A-Za-z][A-Za-z0-9+.-]*:\S")
_HOST = lazy(r"^[\w-]+(?:\.[\w-]+)+(?:[/?#:]|$)")
_BOOLEANS = frozenset({"true", "false"} | {f"{p}{b}".lower() for p in (*_SCHEMA_IRIS, "schema:")
                                           for b in ("True", "False")})

#: Text is fine for most properties (the data model allows it); these name the people and
#: organisations credited for a work, which consumers need as objects (a name alone
#: identifies nobody). Properties whose range is enumerations only are judged too.
NEEDS_OBJECT = frozenset({"author", "publisher", "creator", "contributor", "editor", "copyrightHolder",
                          "sourceOrganization"})
#: Pending terms Google's image metadata documentation asks for, and so do newslint's own image
#: rules (missing-image-credit, missing-image-license) and its converter: not noted as pending.
ASKED_FOR = frozenset({"creditText", "copyrightNotice", "acquireLicensePage"})
#: Values judged elsewhere, so that one problem makes one finding.
#: author: author-not-object (text) and author-invalid-type (object type), newsroom rules.
_TEXT_FOR_OBJECT_SKIP = frozenset({"author"})
_WRONG_VALUE_TYPE_SKIP = frozenset({"author"})
#: datePublished, dateModified: invalid-date (schemas/news-article.schema.json).
_INVALID_VALUE_SKIP = frozenset({"datePublished", "dateModified"})
MAX_DEPTH = 128


#: The rules this one analysis serves, each a module of ``linter.rules`` that asks for its own
#: problems: mypy checks every ``add`` and every caller against it, a test against the registry.
VocabularyRule = Literal[
    "invalid-url-value",
    "invalid-value",
    "pending-term",
    "property-not-on-type",
    "retired-term",
    "superseded-term",
    "text-for-object",
    "unknown-property",
    "unknown-type",
    "wrong-case-type",
    "wrong-value-type",
]


def problems(document: Any, ctx: Any, rule: VocabularyRule) -> Iterator[Problem]:
    """The problems of vocabulary rule ``rule`` in ``document`` (analysed once per document)."""
    if not ctx.config.enabled(rule, AUTHORITY):
        return iter(())  # a deselected rule does not even load the vocabulary
    key = ("vocabulary", id(document))
    cached = ctx.cache.get(key)
    if cached is None or cached[0] is not document:
        cached = ctx.cache[key] = (document, analyse(document.data, microdata=document.origin == "microdata"))
    return iter(cached[1].get(rule, ()))


def analyse(data: Any, *, microdata: bool = False) -> dict[str, list[Problem]]:
    """Every vocabulary problem in the JSON-LD value ``data``, by rule name."""
    walk = _Walk(vocabulary(), microdata)
    walk.root(data, "$", 0)
    return walk.out


@dataclass(frozen=True, slots=True)
class _Scope:
    """What the active ``@context`` makes of a bare term."""

    schema: bool  # bare terms are schema.org terms
    defined: frozenset[str] = frozenset()  # terms an object @context defines: not judged
    prefixes: frozenset[str] = frozenset({"schema"})  # prefixes standing for schema.org
    opaque: bool = False  # a remote context other than schema.org's: its terms are unknown


_ASSUMED = _Scope(True)  # no @context at all: read as schema.org (missing-context says so)
_EMPTY = _Scope(False, prefixes=frozenset())


def _is_schema_iri(value: Any) -> bool:
    return isinstance(value, str) and value.rstrip("/") + "/" in _SCHEMA_IRIS


def _scope(context: Any, scope: _Scope) -> _Scope:
    """``scope`` after the ``@context`` value ``context``."""
    for item in context if isinstance(context, list) else [context]:
        if item is None:
            scope = _EMPTY
        elif isinstance(item, str):
            if item.strip() in _SCHEMA_CONTEXTS:
                scope = _Scope(not scope.opaque, frozenset(), scope.prefixes | {"schema"}, scope.opaque)
            else:  # a context newslint cannot read: bare terms may be its own, not schema.org's
                scope = _Scope(False, scope.defined, scope.prefixes, True)
        elif isinstance(item, dict):
            schema, defined, prefixes = scope.schema, set(scope.defined), set(scope.prefixes)
            if "@vocab" in item and item["@vocab"] is not None:
                schema = _is_schema_iri(item["@vocab"]) and not scope.opaque
            for term, definition in item.items():
                if term.startswith("@"):
                    continue
                if _is_schema_iri(definition):
                    prefixes.add(term)
                else:
                    prefixes.discard(term)
                    defined.add(term)
            scope = _Scope(schema, frozenset(defined), frozenset(prefixes), scope.opaque)
    return scope


def _term(name: str, scope: _Scope) -> str | None:
    """The schema.org name ``name`` stands for in ``scope``, or ``None`` if it is not a schema.org term."""
    if not name or name in scope.defined:
        return None
    if ":" in name:
        prefix, _, rest = name.partition(":")
        if prefix in scope.prefixes and not rest.startswith("//"):
            return rest if _TERM.match(rest) else None
        for iri in _SCHEMA_IRIS:
            if name.startswith(iri):
                rest = name[len(iri):]
                return rest if _TERM.match(rest) else None
        return None
    return name if scope.schema else None


def _url_like(text: str) -> bool:
    """A URL or URL reference: a scheme, a path, or a host name; no spaces."""
    s = text.strip()
    if not s or _SPACE.search(s):
        return False
    return bool(s[0] in "/#?." or _SCHEME.match(s) or _HOST.match(s) or "/" in s)


def _is_date(text: str) -> bool:
    """An ISO 8601 date or date-time: extended (``2025-09-16T10:32``) or basic
    (``20250916T1032``) format, or a date of reduced precision (``2025``, ``2025-09``)."""
    s = text.strip()
    if parse_iso(s) is not None or _YEAR_MONTH.match(s):
        return True
    basic = _BASIC.match(s)
    if basic is None:
        return False
    year, month, day, hour, minute, second, zone = basic.groups()
    extended = f"{year}-{month}-{day}"
    if hour is not None:
        extended += f"T{hour}:{minute}" + (f":{second}" if second else "") + (zone or "")
    return parse_iso(extended) is not None


def _accepts(datatype: str, value: Any) -> bool:
    """Whether a literal ``value`` is well formed for ``datatype`` (one of :data:`_FORMATS`)."""
    if isinstance(value, bool):
        return datatype == "Boolean"
    if isinstance(value, (int, float)):
        if datatype == "Integer":
            return isinstance(value, int) or value.is_integer()
        if datatype == "Date":  # a year, the ISO 8601 date of lowest precision
            return isinstance(value, int) and 1000 <= value <= 9999
        return datatype in ("Number", "Float")
    s = value.strip()
    if datatype in ("Number", "Float"):
        return bool(_NUMBER.match(s))
    if datatype == "Integer":
        return bool(_INTEGER.match(s))
    if datatype == "Boolean":
        return s.lower() in _BOOLEANS
    if datatype == "Time":
        return bool(_TIME.match(s)) or (parse_iso(s) is not None and "T" in s)
    return _is_date(s)  # Date, DateTime: either form (a date is a coarse date-time)


@dataclass(frozen=True, slots=True)
class _Range:
    names: tuple[str, ...]
    text: bool  # Text (or a type written as text: URL aside, Quantity and its kin)
    url: bool
    formats: tuple[str, ...]
    objects: tuple[str, ...]
    enums: tuple[str, ...]


@lru_cache(maxsize=4096)
def _range(vocab: Vocabulary, prop: str) -> _Range:
    names = tuple(vocab.range(prop))
    objects = tuple(n for n in names if not vocab.is_datatype(n))
    return _Range(
        names=names,
        text=any(n in TEXT_TYPES for n in names),
        url="URL" in names,
        formats=tuple(n for n in names if n in _FORMATS),
        objects=objects,
        enums=tuple(n for n in objects if vocab.is_enumeration(n)),
    )


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    text = " ".join(str(value).split())
    return repr(text if len(text) <= 60 else text[:57] + "...")


def _either(names: list[str] | tuple[str, ...], word: str = "or", limit: int = 4) -> str:
    names = list(names)
    if len(names) > limit:
        return ", ".join(names[:limit]) + f" and {len(names) - limit} more"
    if len(names) <= 2:
        return f" {word} ".join(names)
    return ", ".join(names[:-1]) + f" {word} " + names[-1]


def _a(name: str) -> str:
    return f"an {name}" if name[:1] in "AEIOU" else f"a {name}"


@dataclass
class _Walk:
    vocab: Vocabulary
    microdata: bool
    out: dict[str, list[Problem]] = field(default_factory=dict)
    #: Did-you-mean lookups left for this document: a hostile one may hold thousands of
    #: unknown names, and each lookup compares with hundreds of terms.
    suggestions_left: int = 64

    def suggest(self, term: str, kind: str) -> str | None:
        if self.suggestions_left <= 0:
            return None
        self.suggestions_left -= 1
        return self.vocab.suggest(term, kind)

    def add(self, rule: VocabularyRule, message: str, path: str) -> None:
        self.out.setdefault(rule, []).append(Problem(message, path))

    # -- structure ------------------------------------------------------------------------

    def root(self, data: Any, path: str, depth: int) -> None:
        """A top-level value: an object, or a list of them (each with its own @context)."""
        if isinstance(data, list) and depth < 2:
            for i, item in enumerate(data):
                self.root(item, child(path, i), depth + 1)
        elif isinstance(data, dict):
            scope = _scope(data["@context"], _EMPTY) if "@context" in data else _ASSUMED
            self.node(data, path, scope, None, 0)

    def node(self, data: dict[str, Any], path: str, scope: _Scope, prop: str | None, depth: int) -> None:
        """A node object (``prop``: the schema.org property it is the value of, if any)."""
        if depth > MAX_DEPTH:
            return
        if "@context" in data and depth:
            scope = _scope(data["@context"], scope)
        types, judged = self.types(data, path, scope)
        if prop is not None and types and judged and prop not in _WRONG_VALUE_TYPE_SKIP:
            self.object_value(prop, types, data, path)
        # A microdata item's property names belong to its itemtype's vocabulary: an item without
        # one, or typed outside schema.org only, does not use schema.org's names.
        own = not self.microdata or bool(types) or judged is None
        bare = self.microdata and sum(k not in ("@type", "@id") for k in data) == 1
        for key, value in data.items():
            where = child(path, key)
            if key.startswith("@"):
                if key in ("@graph", "@included"):
                    self.nodes(value, where, scope, depth + 1)
                elif key == "@reverse" and isinstance(value, dict):
                    self.node(value, where, scope, None, depth + 1)
                continue
            term = _term(key, scope) if own else None
            if term is not None and bare and key == "value":
                term = None  # a microdata item's own text, not a property (linter.extract)
            known = self.property(term, key, where, types if judged else (), prop) if term else None
            self.value(value, where, scope, known, depth + 1)

    def nodes(self, value: Any, path: str, scope: _Scope, depth: int) -> None:
        if isinstance(value, list):
            for i, item in enumerate(value):
                self.nodes(item, child(path, i), scope, depth + 1)
        elif isinstance(value, dict):
            self.node(value, path, scope, None, depth)

    def value(self, value: Any, path: str, scope: _Scope, prop: str | None, depth: int) -> None:
        """The value of a property: nodes are walked, literals judged against ``prop``'s range."""
        if depth > MAX_DEPTH:
            return
        if isinstance(value, list):
            for i, item in enumerate(value):
                self.value(item, child(path, i), scope, prop, depth + 1)
        elif isinstance(value, dict):
            if "@value" in value:
                literal = value["@value"]
                if prop is not None and "@type" not in value and isinstance(literal, (str, int, float)):
                    self.literal(prop, literal, child(path, "@value"))
            elif "@list" in value or "@set" in value:
                self.value(value.get("@list", value.get("@set")), child(path, "@list" if "@list" in value else "@set"),
                           scope, prop, depth + 1)
            else:
                self.node(value, path, scope, prop, depth)
        elif prop is not None and isinstance(value, (str, int, float)):
            self.literal(prop, value, path)

    # -- terms ----------------------------------------------------------------------------

    def types(self, data: dict[str, Any], path: str, scope: _Scope) -> tuple[tuple[str, ...], bool | None]:
        """The node's schema.org types (as schema.org spells them), and whether they can be judged.

        ``judged`` is ``True`` when every schema.org type is known (a node typed outside
        schema.org only, such as ``gs1:Beverage``, is ``False``), ``None`` when some are
        unknown (the node's properties are then not held against its types).
        """
        raw = data.get("@type")
        if raw is None:
            return (), True
        items = [(raw, child(path, "@type"))] if isinstance(raw, str) else (
            [(t, child(child(path, "@type"), i)) for i, t in enumerate(raw)] if isinstance(raw, list) else [])
        vocab = self.vocab
        names: list[str] = []
        judged: bool | None = True
        foreign = False
        for written, where in items:
            if not isinstance(written, str):
                continue
            term = _term(written, scope)
            if term is None:
                foreign = foreign or bool(written)
                continue
            if vocab.is_type(term):
                names.append(term)
                self.status(term, where, pending=True)
                continue
            fixed = vocab.canonical(term, "type")
            if fixed is not None:
                self.add("wrong-case-type", f"type {term!r} should be written {fixed!r}", where)
                names.append(fixed)
                continue
            judged = None
            hint = self.suggest(term, "type")
            self.add("unknown-type", f"unknown type {term!r}" + (f" (did you mean {hint!r}?)" if hint else ""),
                     where)
        if judged and not names and foreign:
            judged = False
        return tuple(names), judged

    def property(self, term: str, key: str, where: str, types: tuple[str, ...], prop: str | None) -> str | None:
        """Judge the key ``key`` (schema.org term ``term``); its name when it is a property."""
        vocab = self.vocab
        if vocab.is_property(term):
            self.status(term, where, pending=True)
            domain = vocab.domain(term)
            if types and domain and domain.isdisjoint(vocab.ancestry(types)):
                role = term == prop and any(vocab.is_subtype(t, "Role") for t in types)
                if not role:  # a Role repeats the property it stands in for
                    self.add("property-not-on-type",
                             f"{term!r} is not a property of {_either(tuple(dict.fromkeys(types)))} "
                             f"(it belongs to {_either(vocab.types_taking(term), 'and')})", where)
            return term
        base, dash, io = term.rpartition("-")
        if dash and io in ("input", "output") and vocab.is_property(base):
            return None  # an action's input/output annotation (https://schema.org/docs/actions.html)
        fixed = vocab.canonical(term, "property")
        if fixed is None and term.lower() in _KEYWORD_WORDS:
            fixed = "@" + term.lower()
        if fixed is None:
            fixed = self.suggest(term, "property")
        self.add("unknown-property", f"unknown property {key!r}" + (f" (did you mean {fixed!r}?)" if fixed else ""),
                 where)
        return None

    def status(self, term: str, where: str, *, pending: bool) -> bool:
        """Report a retired, superseded (or, with ``pending``, pending) term; whether it is outdated."""
        found = self.vocab.status(term)
        if found is None:
            return False
        kind, newer = found
        if kind == "retired":
            self.add("retired-term", f"{term!r} was retired from schema.org"
                     + (f" (use {newer!r} instead)" if newer else ""), where)
            return True
        if kind == "superseded":
            self.add("superseded-term", f"{term!r} is superseded by {newer!r}", where)
            return True
        if pending and term not in ASKED_FOR:
            self.add("pending-term", f"{term!r} is a pending schema.org term (proposed, may still change)",
                     where)
        return False

    # -- values ---------------------------------------------------------------------------

    def object_value(self, prop: str, types: tuple[str, ...], data: dict[str, Any], path: str) -> None:
        """A typed node as the value of ``prop``: one of its types must be in the range (or under it)."""
        vocab = self.vocab
        wanted = _range(vocab, prop)
        if not wanted.names:
            return
        for t in types:
            ancestors = vocab.ancestors(t)
            if "Role" in ancestors or not ancestors.isdisjoint(wanted.names):
                return
        where = child(path, "@type")
        self.add("wrong-value-type", f"{prop!r} expects {_either(wanted.names)}, not {_either(types, 'and')}",
                 where)

    def literal(self, prop: str, value: Any, path: str) -> None:
        """Text, a number or a boolean as the value of ``prop``."""
        vocab = self.vocab
        wanted = _range(vocab, prop)
        if not wanted.names or (isinstance(value, str) and not value.strip()):
            return  # blanks are empty-value's
        if isinstance(value, str):
            member = vocab.member(value, bare=bool(wanted.enums))
            if member is not None:
                if self.status(member, path, pending=False):
                    return  # its replacement is the fix, whatever the range says
                if wanted.enums and not wanted.text:
                    if not any(vocab.member_of(member, e) for e in wanted.enums):
                        kinds = _either(vocab.members[member], "and")
                        self.add("wrong-value-type", f"{prop!r} expects {_either(wanted.names)}, not "
                                 f"{member!r} (a value of {kinds})", path)
                    return
        if wanted.text or any(_accepts(f, value) for f in wanted.formats):
            return
        is_text = isinstance(value, str)
        if is_text and wanted.url and _url_like(value):
            return
        if is_text and wanted.objects and _url_like(value):
            return  # a URL may stand for any Thing
        if is_text and prop in URL_PROPERTIES:
            return  # relative-url judges the text of these
        if wanted.formats:
            if prop not in _INVALID_VALUE_SKIP:
                self.add("invalid-value", f"{prop!r} is not {_either([_a(f) for f in wanted.formats])} "
                         f"({_show(value)})", path)
        elif wanted.objects:
            if not is_text:
                self.add("wrong-value-type", f"{prop!r} expects {_either(wanted.names)}, not "
                         f"{'a boolean' if isinstance(value, bool) else 'a number'} ({_show(value)})", path)
            elif (prop in NEEDS_OBJECT or wanted.enums == wanted.objects) and prop not in _TEXT_FOR_OBJECT_SKIP:
                self.add("text-for-object", f"{prop!r} is text ({_show(value)}) where schema.org expects "
                         f"{_either(wanted.objects)}", path)
        elif wanted.url:
            self.add("invalid-url-value", f"{prop!r} is not a URL ({_show(value)})", path)

