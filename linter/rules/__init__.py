"""The rule registry: every rule newslint knows, by name.

Each rule is one module in this package (yamllint's layout). Its docstring is
the user documentation shown by ``newslint rules NAME``, with the sections
*What it does*, *Why it matters*, *Example*, *Use instead* and *Options*. Its
module constants are the contract:

``NAME``       kebab-case name describing the problem (``missing-date-published``)
``SEVERITY``   default severity: ``"error"``, ``"warning"`` or ``"info"`` (not for schema rules:
               their schema says it, ``x-severity``; see ``linter.schemas.schema_rules``)
``AUTHORITY``  who says so: ``google``, ``schema.org``, ``newsroom``, ``seo`` or ``newslint``
               (schema rules: ``x-authority`` in the schema)
``SOURCE``     link to the document the rule rests on
``HINT``       one line telling the user how to fix it
``KIND``       ``"schema"`` (the constraint lives in ``schemas/*.schema.json``),
               ``"python"`` (the module has a ``check()`` generator) or
               ``"reader"`` (raised while reading a source, or by ``newslint crawl`` while fetching it)
``APPLIES_TO`` for python rules: ``"article"`` or ``"faqpage"`` (``check(view, ctx)`` on each
               such node), ``"document"`` (``check(document, ctx)`` on each JSON-LD
               document), ``"source"`` (``check(source, config)`` once per source) or
               ``"page"`` (``check(source, config)`` once per HTML page)

The registry is an explicit tuple, no magic discovery.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from linter.findings import Finding, Severity

_MODULES = (
    # reading
    "parse_error",
    "non_utf8_encoding",
    "timezone_from_config",
    "unknown_suppression",
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
)

SECTIONS = ("What it does", "Why it matters", "Example", "Use instead", "Options")

#: Each python rule's ``check()``, by module name, once imported.
_CHECKS: dict[str, Callable[..., Iterator[Problem]]] = {}


@dataclass(frozen=True, slots=True)
class Problem:
    """What a python rule's ``check()`` yields; the engine adds the rest."""

    message: str
    json_path: str | None = None
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    """A rule's contract, read from the catalog; its module is imported when its code or docs are needed."""

    name: str
    severity: Severity
    authority: str
    source: str
    hint: str
    kind: str
    applies_to: str | tuple[str, ...] | None
    summary: str
    module: str

    @property
    def check(self) -> Callable[..., Iterator[Problem]] | None:
        """The python rule's ``check()`` (``None`` for schema and reader rules)."""
        if self.kind != "python":
            return None
        # Asked for every node of every source: import_module's own lookup cost more than some rules.
        check = _CHECKS.get(self.module)
        if check is None:
            check = _CHECKS[self.module] = importlib.import_module(self.module).check
        return check  # type: ignore[no-any-return]

    @property
    def doc(self) -> str:
        """The module docstring: the rule's documentation."""
        return importlib.import_module(self.module).__doc__ or ""


def rule_from_module(module: ModuleType) -> Rule:
    """A rule as its module declares it (what ``catalog.json`` is built from)."""
    doc = (module.__doc__ or "").strip()
    applies_to = getattr(module, "APPLIES_TO", None)
    severity, authority = _schema_meta(module.NAME) if module.KIND == "schema" else (module.SEVERITY, module.AUTHORITY)
    return Rule(
        name=module.NAME,
        severity=Severity(severity),
        authority=authority,
        source=module.SOURCE,
        hint=module.HINT,
        kind=module.KIND,
        applies_to=tuple(applies_to) if isinstance(applies_to, (list, tuple)) else applies_to,
        summary=doc.splitlines()[0].rstrip(".") if doc else module.NAME,
        module=module.__name__,
    )


@cache
def registry() -> dict[str, Rule]:
    """All rules by name, in catalogue order.

    Read from ``catalog.json`` (built from the rule modules by ``scripts/build_rule_catalog.py``,
    kept in step by a test) so that a run imports only the modules of the rules that run: a
    pre-commit hook pays for every import at every commit.
    """
    import json
    from importlib import resources

    entries = json.loads(resources.files("linter.rules").joinpath("catalog.json").read_text(encoding="utf-8"))
    rules: dict[str, Rule] = {}
    for e in entries:
        applies_to = e["applies_to"]
        severity, authority = _schema_meta(e["name"]) if e["kind"] == "schema" else (e["severity"], e["authority"])
        rules[e["name"]] = Rule(
            name=e["name"], severity=Severity(severity), authority=authority, source=e["source"],
            hint=e["hint"], kind=e["kind"],
            applies_to=tuple(applies_to) if isinstance(applies_to, list) else applies_to,
            summary=e["summary"], module=e["module"],
        )
    return rules


def _schema_meta(name: str) -> tuple[str, str]:
    """A schema rule's severity and authority, as the schema naming it says (the one place they live)."""
    from linter import schemas

    meta = schemas.schema_rules()[name]
    return meta.severity, meta.authority


def catalog_entries() -> list[dict[str, object]]:
    """The catalog as the rule modules declare it, in registry order (imports every module)."""
    out = []
    for name in _MODULES:
        rule = rule_from_module(importlib.import_module(f"linter.rules.{name}"))
        out.append({
            "name": rule.name, "module": rule.module, "kind": rule.kind, "severity": rule.severity.value,
            "authority": rule.authority, "applies_to": list(rule.applies_to)
            if isinstance(rule.applies_to, tuple) else rule.applies_to,
            "summary": rule.summary, "hint": rule.hint, "source": rule.source,
        })
    return out


def get(name: str) -> Rule | None:
    return registry().get(name)


def python_rules(applies_to: str) -> list[Rule]:
    """Python rules for ``applies_to`` (a rule's APPLIES_TO may name several, as a tuple)."""
    return _python_rules().get(applies_to, [])


@cache
def _python_rules() -> dict[str, list[Rule]]:
    out: dict[str, list[Rule]] = {}
    for rule in registry().values():
        if rule.kind == "python":
            targets = rule.applies_to if isinstance(rule.applies_to, tuple) else (rule.applies_to,)
            for target in targets:
                out.setdefault(target, []).append(rule)
    return out


def suggest(name: str) -> str | None:
    """The registered rule name closest to ``name``, for did-you-mean messages."""
    import difflib

    match = difflib.get_close_matches(name, list(registry()), n=1, cutoff=0.6)
    return match[0] if match else None


def finding(
    rule: str,
    message: str,
    path: str,
    *,
    line: int | None = None,
    column: int | None = None,
    json_path: str | None = None,
) -> Finding:
    """A finding of the registered ``rule`` with its default severity, authority and hint."""
    meta = registry()[rule]
    return Finding(
        rule=rule,
        severity=meta.severity,
        message=message,
        path=path,
        line=line,
        column=column,
        json_path=json_path,
        authority=meta.authority,
        hint=meta.hint,
    )
