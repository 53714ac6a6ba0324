"""The rule registry, and the contract every rule module keeps.

Each rule is one module in this package (yamllint's layout), named after the rule
(``missing_date_published`` for ``missing-date-published``). Its docstring is the user
documentation shown by ``newslint rules NAME``, with the sections *What it does*, *Why it
matters*, *Example*, *Use instead* and *Options*; its first line is the rule's summary. Its
module constants declare the rest, once:

``NAME``       kebab-case name describing the problem (``missing-date-published``)
``SEVERITY``   default severity: ``"error"``, ``"warning"`` or ``"info"`` (not for schema rules:
               their schema says it, ``x-severity``; see ``linter.schemas.schema_rules``)
``AUTHORITY``  who says so: ``google``, ``schema.org``, ``newsroom``, ``seo`` or ``newslint``
               (schema rules: ``x-authority`` in the schema)
``SOURCE``     link to the document the rule rests on
``HINT``       one line telling the user how to fix it
``HINTS``      optional: the hint for a kind of source where ``HINT``'s advice is not the one to
               follow, a :data:`Hints` mapping of the source's kind (``"text"``, ``"markdown"``,
               ``"html"``, ``"jsonld"``) to its hint; the engine gives a finding the hint for
               its source's kind, else ``HINT``. A hint names what a user edits in that kind of
               source: a front-matter key in Markdown, a tag or the markup in HTML, a line of
               the article in plain text; a setting only where it has effect (the site's
               ``timezone`` is read for text and Markdown sources, never for pages)
``TARGET``     what the rule looks at, a :class:`Target` (declare it ``Final``, so that mypy
               knows which ``check`` it calls for)
``FIX``        optional: how often the rule can repair a finding, a :class:`linter.fixes.Fixable`
               (``ALWAYS`` or ``SOMETIMES``), declared with a ``fix(request: Request) -> Fix | None``
               function giving the repair and its safety (see :mod:`linter.fixes.model`); a rule
               without it never offers one

and, but for reader and schema rules, one ``check`` generator whose input is fixed by ``TARGET``:

=========================  ===============================================  ==================
``TARGET``                 ``check``                                        called
=========================  ===============================================  ==================
``ARTICLE``, ``FAQPAGE``,  ``check(view: View, ctx: Context)``              on each such node
``NODE`` (both)
``DOCUMENT``               ``check(document: JsonLdDocument, ctx: Context)``  on each JSON-LD document
``SOURCE``                 ``check(source: Source, config: Config)``        once per source
``PAGE``                   ``check(source: Source, config: Config)``        once per HTML page
``NEWS_ENTRY``             ``check(entry: NewsCheck)``                       on a page's Google News
                                                                            sitemap entry (crawl)
``READER``                 none: raised while reading a source, or by       by the reader
                           ``newslint crawl`` while fetching it
``SCHEMA``                 none: a constraint in ``schemas/*.schema.json``  by the schema check
=========================  ===============================================  ==================

``check`` yields :class:`Problem` (message, JSON path in its input, line); the engine adds the
rule's name, severity, authority, hint and the source location. A rule module imports helpers
(``linter.*`` modules, or this package's ``_``-prefixed helper modules), never another rule.
Code that raises a reader rule names its module, never its name as a string::

    from linter.rules import finding, parse_error

    finding(parse_error, "invalid JSON: ...", path, line=3)

Schema rules (``TARGET: Final = Target.SCHEMA``) have no ``check``, ``SEVERITY`` or ``AUTHORITY``:
their constraint, severity and authority live in ``schemas/*.schema.json`` (see
``schemas/README.md``); the module holds the documentation, ``NAME``, ``SOURCE``, ``HINT`` and
``TARGET``. A rule's kind (``python``, ``reader`` or ``schema``, shown by ``newslint rules``)
follows from its ``TARGET``.

The registry is the explicit tuple ``_MODULES``, no magic discovery. ``_contract.py`` imports
the same modules for mypy only, which checks each one's ``check`` against its ``TARGET``. A run
imports only the rule modules it calls: what the registry needs of the others (their
constants and summary) is read once and kept in a cache file beside their bytecode, renewed
when a module changes.
"""

from __future__ import annotations

import enum
import importlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType, ModuleType
from typing import TYPE_CHECKING, Any, Literal, Protocol, cast, get_args

from linter.findings import Finding, Severity

if TYPE_CHECKING:
    from linter.check import Context
    from linter.config import Config
    from linter.document import JsonLdDocument
    from linter.fixes.model import Fix, Request
    from linter.graph import View
    from linter.page import PageFacts
    from linter.readers import Source, SourceKind
    from linter.sources.sitemaps import NewsEntry


class Target(enum.Flag):
    """What a rule looks at, which fixes its ``check``'s input (see the module docstring)."""

    ARTICLE = enum.auto()  # each node of the Article family
    FAQPAGE = enum.auto()  # each FAQPage node
    DOCUMENT = enum.auto()  # each JSON-LD document
    SOURCE = enum.auto()  # each source, all its documents together
    PAGE = enum.auto()  # each HTML page
    NEWS_ENTRY = enum.auto()  # a crawled page's Google News sitemap entry
    READER = enum.auto()  # raised while reading or fetching; no check
    SCHEMA = enum.auto()  # a constraint in schemas/*.schema.json; no check
    NODE = ARTICLE | FAQPAGE  # each node newslint checks, of either kind


#: A rule's ``HINTS``: its hint for the kinds of source its ``HINT`` does not fit.
Hints = Mapping["SourceKind", str]

#: The kinds of rule without a ``check``, by target (``newslint rules --format json`` shows it).
_KINDS = {Target.READER: "reader", Target.SCHEMA: "schema"}


@dataclass(frozen=True, slots=True)
class Problem:
    """What a rule's ``check()`` yields; the engine adds the rest."""

    message: str
    json_path: str | None = None
    line: int | None = None


@dataclass(frozen=True, slots=True)
class NewsCheck:
    """What a ``NEWS_ENTRY`` rule compares: a sitemap's news entry with the page's own article."""

    news: NewsEntry
    view: View  # the page's article (the first, if several)
    page: PageFacts


NodeCheck = Callable[["View", "Context"], Iterator[Problem]]
DocumentCheck = Callable[["JsonLdDocument", "Context"], Iterator[Problem]]
SourceCheck = Callable[["Source", "Config"], Iterator[Problem]]
NewsEntryCheck = Callable[[NewsCheck], Iterator[Problem]]


# The shapes of rule modules, for mypy (see _contract.py). Read-only properties, so that a
# module's ``TARGET: Final = Target.X`` matches only the protocol for its target.

class _Declared(Protocol):
    @property
    def NAME(self) -> str: ...


class NodeRule(_Declared, Protocol):
    @property
    def TARGET(self) -> Literal[Target.ARTICLE, Target.FAQPAGE, Target.NODE]: ...

    def check(self, view: View, ctx: Context, /) -> Iterator[Problem]: ...


class DocumentRule(_Declared, Protocol):
    @property
    def TARGET(self) -> Literal[Target.DOCUMENT]: ...

    def check(self, document: JsonLdDocument, ctx: Context, /) -> Iterator[Problem]: ...


class SourceRule(_Declared, Protocol):
    @property
    def TARGET(self) -> Literal[Target.SOURCE, Target.PAGE]: ...

    def check(self, source: Source, config: Config, /) -> Iterator[Problem]: ...


class NewsEntryRule(_Declared, Protocol):
    @property
    def TARGET(self) -> Literal[Target.NEWS_ENTRY]: ...

    def check(self, entry: NewsCheck, /) -> Iterator[Problem]: ...


class ReaderRule(_Declared, Protocol):
    @property
    def TARGET(self) -> Literal[Target.READER]: ...


class SchemaRule(_Declared, Protocol):
    @property
    def TARGET(self) -> Literal[Target.SCHEMA]: ...


#: Any rule module.
RuleModule = NodeRule | DocumentRule | SourceRule | NewsEntryRule | ReaderRule | SchemaRule


_MODULES = (
    # reading
    "parse_error",
    "non_utf8_encoding",
    "timezone_from_config",
    "unknown_suppression",
    "not_an_article",
    # JSON-LD blocks of HTML pages
    "invalid_json_ld",
    "empty_json_ld_block",
    "duplicate_key",
    # the graph of a source's structured data
    "dangling_reference",
    "wrong_case_type",
    "conflicting_articles",
    # JSON-LD documents
    "missing_context",
    "missing_article_markup",
    "empty_value",
    "relative_url",
    # headline and text
    "missing_headline",
    "missing_description",
    # byline
    "missing_author",
    "author_not_object",
    "author_invalid_type",
    "missing_author_name",
    "missing_author_url",
    "author_name_not_a_name",
    "multiple_authors_in_one",
    # dates
    "missing_date_published",
    "missing_date_modified",
    "invalid_date",
    "date_without_time",
    "date_without_timezone",
    "date_modified_before_published",
    "future_date",
    # images
    "missing_image",
    "missing_image_url",
    "missing_image_credit",
    "image_credit_in_author",
    "missing_image_caption",
    "missing_image_license",
    # publisher
    "missing_publisher",
    "missing_publisher_name",
    # FAQPage
    "faq_missing_questions",
    "faq_question_invalid_type",
    "faq_missing_question_name",
    "faq_missing_answer",
    "faq_multiple_answers",
    "faq_missing_answer_text",
    "faq_answer_disallowed_html",
    "multiple_faq_pages",
    "faq_rich_result_retired",
    # schema.org vocabulary
    "unknown_type",
    "unknown_property",
    "property_not_on_type",
    "superseded_term",
    "retired_term",
    "pending_term",
    "text_for_object",
    "invalid_url_value",
    "invalid_value",
    "wrong_value_type",
    # markup against what the page shows
    "author_not_visible",
    "byline_not_in_markup",
    "date_published_mismatch",
    "headline_mismatch",
    "faq_not_visible",
    "image_not_on_page",
    "language_mismatch",
    "url_mismatch",
    "figure_missing_caption",
    "figure_missing_credit",
    "image_missing_alt",
    # page head (SEO)
    "missing_title",
    "missing_meta_description",
    "missing_canonical",
    "canonical_not_absolute",
    "canonical_in_body",
    "head_elements_in_body",
    "missing_open_graph",
    "missing_twitter_card",
    "noindex_article",
    "missing_max_image_preview",
    "missing_html_lang",
    # house schemas
    "schema_violation",
    # crawling published pages (newslint crawl)
    "fetch_error",
    "sitemap_error",
    "sitemap_lists_other_host",
    "lint_timeout",
    "redirect_changes_host",
    "news_sitemap_date_mismatch",
    "news_sitemap_title_mismatch",
    "news_sitemap_language_mismatch",
    # pages read from web archives (newslint check FILE.warc.gz)
    "warc_record_error",
)


SECTIONS = ("What it does", "Why it matters", "Example", "Use instead", "Options")


def sections(*, fixable: bool) -> tuple[str, ...]:
    """A rule's documentation sections: :data:`SECTIONS`, with *Fix* before *Options* for a rule
    that offers fixes (what it fixes, when, and whether the fix is safe)."""
    return (*SECTIONS[:-1], "Fix", SECTIONS[-1]) if fixable else SECTIONS


@dataclass(frozen=True, slots=True)
class Rule:
    """A rule as its module declares it; the module is imported when its code or docs are needed."""

    name: str
    severity: Severity
    authority: str
    source: str
    hint: str
    target: Target
    summary: str
    module: str
    hints: Mapping[str, str]  # by source kind: see HINTS
    fixable: str = "never"  # "always", "sometimes" or "never": see FIX (linter.fixes.model)

    def hint_for(self, source_kind: SourceKind | None) -> str:
        """The hint for a finding in a source of ``source_kind``: its own, else ``HINT``."""
        return self.hints.get(source_kind, self.hint) if source_kind else self.hint

    @property
    def kind(self) -> str:
        """``"schema"``, ``"reader"`` (no check, either) or ``"python"`` (a check), by its target."""
        return _KINDS.get(self.target, "python")

    @property
    def doc(self) -> str:
        """The module docstring: the rule's documentation."""
        return importlib.import_module(self.module).__doc__ or ""

    def fixer(self) -> Callable[[Request], Fix | None] | None:
        """The module's ``fix``, imported on first use (``None``: the rule offers no fix)."""
        if self.fixable == "never":
            return None
        fixer: Callable[[Request], Fix | None] = importlib.import_module(self.module).fix
        return fixer

    def _check(self) -> Callable[..., Iterator[Problem]]:
        check: Callable[..., Iterator[Problem]] = importlib.import_module(self.module).check
        return check


def finding(
    rule: RuleModule | Rule,
    message: str,
    path: str,
    *,
    line: int | None = None,
    column: int | None = None,
    json_path: str | None = None,
    source_kind: SourceKind | None = None,
) -> Finding:
    """A finding of ``rule`` (its module, or its :class:`Rule`) with its default severity and
    authority, and its hint for ``source_kind`` (see ``HINTS``)."""
    meta = rule if isinstance(rule, Rule) else registry()[rule.NAME]
    return Finding(
        rule=meta.name,
        severity=meta.severity,
        message=message,
        path=path,
        line=line,
        column=column,
        json_path=json_path,
        authority=meta.authority,
        hint=meta.hint_for(source_kind),
    )


@cache
def registry() -> dict[str, Rule]:
    """All rules by name, in catalogue order."""
    return {d["name"]: _rule(d) for d in _declarations()}


def _rule(d: dict[str, Any]) -> Rule:
    target = Target(d["target"])
    severity, authority = _schema_meta(d["name"]) if target is Target.SCHEMA else (d["severity"], d["authority"])
    return Rule(
        name=d["name"], severity=Severity(severity), authority=authority, source=d["source"],
        hint=d["hint"], target=target, summary=d["summary"], module=d["module"],
        hints=MappingProxyType(d["hints"]), fixable=d["fix"],
    )


def get(name: str) -> Rule | None:
    return registry().get(name)


def suggest(name: str) -> str | None:
    """The registered rule name closest to ``name``, for did-you-mean messages."""
    import difflib

    match = difflib.get_close_matches(name, list(registry()), n=1, cutoff=0.6)
    return match[0] if match else None


# --- dispatch: each target's checks, typed, in catalogue order ------------------------------------

def node_checks(kind: str) -> list[tuple[Rule, NodeCheck]]:
    """The checks of the rules for nodes of ``kind`` (``"article"``, ``"faqpage"``)."""
    return _checks(Target[kind.upper()])


def document_checks() -> list[tuple[Rule, DocumentCheck]]:
    return _checks(Target.DOCUMENT)


def source_checks(*, page: bool) -> list[tuple[Rule, SourceCheck]]:
    """The checks of SOURCE rules, then of PAGE rules if the source is an HTML page."""
    return _checks(Target.SOURCE) + (_checks(Target.PAGE) if page else [])


def news_checks() -> list[tuple[Rule, NewsEntryCheck]]:
    return _checks(Target.NEWS_ENTRY)


@cache
def _checks(target: Target) -> list[tuple[Rule, Any]]:
    """The rules for ``target`` (one of its bits) with their ``check``, imported on first call:
    a run imports the modules of the rules it calls only."""
    return [(rule, rule._check()) for rule in registry().values()
            if rule.kind == "python" and target in rule.target]


# --- declarations, kept without importing every module -----------------------------------------

#: Bump when what :func:`_declare` records changes.
_CACHE_FORMAT = 4


def _declare(module: ModuleType) -> dict[str, Any]:
    """What ``module`` declares, as plain data."""
    doc = (module.__doc__ or "").strip()
    target: Target = module.TARGET
    hints = dict(getattr(module, "HINTS", {}))
    from linter.readers import SourceKind

    unknown = set(hints) - set(get_args(SourceKind))
    if unknown:
        raise ValueError(f"{module.__name__}.HINTS: no such kind of source: {', '.join(sorted(unknown))}")
    return {
        "name": module.NAME, "module": module.__name__, "target": target.value,
        "severity": getattr(module, "SEVERITY", None), "authority": getattr(module, "AUTHORITY", None),
        "source": module.SOURCE, "hint": module.HINT, "hints": hints,
        "summary": doc.splitlines()[0].rstrip(".") if doc else module.NAME,
        "fix": _fixable(module),
    }


def _fixable(module: ModuleType) -> str:
    """How often ``module``'s rule offers a fix: its ``FIX``, else never; a ``FIX`` needs a ``fix``."""
    from linter.fixes.model import Fixable

    declared = Fixable(getattr(module, "FIX", Fixable.NEVER))
    if (declared is not Fixable.NEVER) != callable(getattr(module, "fix", None)):
        raise ValueError(f"{module.__name__}: FIX = {declared.value} needs a fix() function, and fix() a FIX")
    return declared.value


def _schema_meta(name: str) -> tuple[str, str]:
    """A schema rule's severity and authority, as the schema naming it says (the one place they live)."""
    from linter import schemas

    meta = schemas.schema_rules()[name]
    return meta.severity, meta.authority


def _declarations() -> list[dict[str, Any]]:
    """Every rule module's declarations, in registry order.

    Importing all ~90 modules costs a run about 8 ms more than importing those it calls (and a
    pre-commit hook runs at every commit), so their declarations are kept in a cache file
    beside the package's bytecode, keyed by the modules' sizes and modification times.
    """
    import json
    import os
    import sys
    from pathlib import Path

    here = Path(__file__).parent
    try:
        stamp: list[object] = [_CACHE_FORMAT]
        for name in ("__init__", *_MODULES):
            st = (here / f"{name}.py").stat()
            stamp.append([name, st.st_mtime_ns, st.st_size])
    except OSError:  # no source files beside the package (a zip, a frozen build): import them
        return [_declare(importlib.import_module(f"{__name__}.{m}")) for m in _MODULES]
    cache_file = here / "__pycache__" / f"rules.{sys.implementation.cache_tag}.json"
    try:
        cached = json.loads(cache_file.read_text(encoding="utf-8"))
        if cached["stamp"] == stamp:
            return cast("list[dict[str, Any]]", cached["rules"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    declared = [_declare(importlib.import_module(f"{__name__}.{m}")) for m in _MODULES]
    # Written even under PYTHONDONTWRITEBYTECODE (set in many CI images): there every import
    # compiles its module from source, and the rules would cost a run ~25 ms more.
    try:  # written whole, then renamed: a concurrent run reads the old file or the new one
        cache_file.parent.mkdir(exist_ok=True)
        temp = cache_file.with_name(f"{cache_file.name}.{os.getpid()}.tmp")
        temp.write_text(json.dumps({"stamp": stamp, "rules": declared}), encoding="utf-8")
        os.replace(temp, cache_file)
    except OSError:  # a read-only install: the modules are imported at each run instead
        pass
    return declared
