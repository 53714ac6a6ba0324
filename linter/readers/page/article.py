"""The article a page shows, and its best JSON-LD (what ``newslint convert page.html`` prints).

A page with Article markup of its own: that markup (its graph resolved: authors, images and
publisher in place), completed from the page's other evidence where it lacks a fact. A page
without: an article built from the evidence alone (:mod:`linter.readers.page.merge`). Nothing
is invented: a fact no evidence states stays out, and each property added says where it came
from (:class:`Converted`, ``convert --explain``).
"""

from __future__ import annotations

import copy
import html
import re
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urljoin

from linter.article import Article, Author, DateValue, Image, Text, author_kind
from linter.build import CONTEXT, build
from linter.config import Config
from linter.conversion import Converted
from linter.dates import parse_iso
from linter.graph import source_graph
from linter.page import Evidence, PageFacts
from linter.readers import Source, apply_site
from linter.readers.page import merge
from linter.readers.page.dates import to_iso


def convert(source: Source, config: Config) -> Converted:
    """The page's best JSON-LD: its own Article markup completed from the other evidence, or built from it."""
    facts = source.page
    assert facts is not None
    own = facts.markup
    if own is None or own.view is None:
        article, sources = article_from(facts, source.path, config, explain=True)
        return Converted(build(article).data, sources)
    node = copy.deepcopy(own.view.data)
    node.pop("@context", None)
    sources = {prop: f"{own.label}, line {own.lines.get(prop)}" if own.lines.get(prop) else own.label
               for prop in node if not prop.startswith("@")}
    for prop in _TEXT_PROPERTIES:
        value = node.get(prop)
        if isinstance(value, str) and _ENTITY.search(value):
            # "retailers&#8217; battle": HTML written into JSON, where no parser decodes it.
            node[prop] = html.unescape(value)
            sources[prop] = f"{sources.get(prop, own.label)}, HTML character references decoded"
    for prop, evidence in _completions(facts, node).items():
        node[prop] = evidence[0]
        sources[prop] = evidence[1].describe()
    for prop, modified in (("datePublished", False), ("dateModified", True)):
        local = _local_form(node.get(prop), merge.date_candidates(facts, modified=modified))
        if local is not None:
            node[prop] = local[0]
            sources[prop] += f", in the page's local time (from {local[1].describe()})"
    graph = [node]
    faq = _own_faq(source)
    if faq is not None:
        graph.append(faq)
    elif facts.faq:
        built = build(Article(path=source.path, faq=list(facts.faq), language=facts.lang)).data["@graph"]
        graph.extend(n for n in built if n.get("@type") == "FAQPage")
    return Converted({"@context": CONTEXT, "@graph": graph}, sources)


#: Properties whose value is text a reader sees; HTML character references in them are decoded.
_TEXT_PROPERTIES = ("headline", "alternativeHeadline", "name", "description", "articleSection")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")


def _completions(facts: PageFacts, node: dict[str, Any]) -> dict[str, tuple[Any, Evidence]]:
    """What the other evidence adds to an Article node that lacks it."""
    out: dict[str, tuple[Any, Evidence]] = {}
    if "headline" not in node and (e := merge.headline(facts)) is not None:
        out["headline"] = (e.value, e)
    if "datePublished" not in node and (e := merge.published(facts)) is not None:
        out["datePublished"] = (e.value, e)
    if "dateModified" not in node and (e := merge.modified(facts)) is not None:
        out["dateModified"] = (e.value, e)
    if "author" not in node:
        found = merge.authors(facts)
        if found:
            out["author"] = ([{"@type": author_kind(e.value), "name": e.value} for e in found], found[0])
    if "description" not in node and facts.meta_description is not None:
        d = facts.meta_description
        out["description"] = (d.value, Evidence(d.value, "meta description", d.line, 90))
    if "inLanguage" not in node and facts.lang is not None:
        out["inLanguage"] = (facts.lang.value, Evidence(facts.lang.value, "html lang", facts.lang.line, 90))
    return out


def _local_form(value: Any, candidates: list[Evidence]) -> tuple[str, Evidence] | None:
    """A UTC date-time in the local time the page states for the same instant, if it does.

    ``2023-11-09T03:28:35Z`` with the page showing "Nov. 8, 2023, 10:28 p.m. ET" is
    ``2023-11-08T22:28:35-05:00``: the same instant, and the day the newsroom published it.
    """
    stated = parse_iso(value) if isinstance(value, str) else None
    if not isinstance(stated, datetime) or stated.utcoffset() != timedelta(0):
        return None
    for candidate in candidates:
        iso = to_iso(candidate.value) if isinstance(candidate.value, str) else None
        other = parse_iso(iso) if iso else None
        if isinstance(other, datetime) and other.tzinfo is not None and other.utcoffset() != timedelta(0) \
                and abs((other - stated).total_seconds()) < 60:
            return stated.replace(microsecond=0).astimezone(other.tzinfo).isoformat(), candidate
    return None


def _own_faq(source: Source) -> dict[str, Any] | None:
    graph = source_graph(source)
    node = next(graph.of_kind("faqpage"), None)
    if node is None:
        return None
    view = graph.view(node).data
    view.pop("@context", None)
    return view


def article_from(facts: PageFacts, path: str, config: Config, *,
                 explain: bool = False) -> Any:
    """The article a page shows, from all its evidence (for pages without Article markup).

    With ``explain``, ``(article, {property: where it came from})``.
    """
    article = Article(path=path)
    sources: dict[str, str] = {}

    def note(prop: str, evidence: Evidence) -> None:
        sources[prop] = evidence.describe()

    if (e := merge.headline(facts)) is not None:
        article.headline = Text(e.value, e.line)
        note("headline", e)
    if facts.meta_description:
        article.description = facts.meta_description
        sources["description"] = f"meta description, line {facts.meta_description.line}"
    if facts.lang:
        article.language = facts.lang
        sources["inLanguage"] = f"html lang, line {facts.lang.line}"
    if facts.canonical and facts.canonical.value.startswith(("http://", "https://")):
        article.url = facts.canonical
        sources["url"] = f"link canonical, line {facts.canonical.line}"
    found = merge.authors(facts)
    if found:
        urls = {a.name: a.url for a in facts.bylines}
        article.authors = [Author(e.value, author_kind(e.value), e.line, url=urls.get(e.value)) for e in found]
        note("author", found[0])
    for prop, evidence in (("datePublished", merge.published(facts)), ("dateModified", merge.modified(facts))):
        if evidence is None:
            continue
        value = _date_value(evidence)
        if prop == "datePublished":
            article.date_published = value
        else:
            article.date_modified = value
        note(prop, evidence)
    base = facts.url if facts.url and facts.url.startswith(("http://", "https://")) else (
        facts.canonical.value if facts.canonical and facts.canonical.value.startswith(("http://", "https://"))
        else None)
    for figure in facts.figures:
        if figure.src:
            url = urljoin(base, figure.src) if base else figure.src
            article.images.append(Image(url=url, caption=figure.caption, credit=figure.credit,
                                        alt=figure.alt or None, line=figure.line,
                                        credit_is_copyright=figure.credit_is_copyright))
    if article.images:
        sources["image"] = f"figures, line {article.images[0].line}"
    article.faq = list(facts.faq)
    apply_site(article, config.site)
    return (article, sources) if explain else article


def _date_value(evidence: Evidence) -> DateValue:
    iso = to_iso(evidence.value) if isinstance(evidence.value, str) else None
    parsed = parse_iso(iso) if iso else None
    has_offset = isinstance(parsed, datetime) and parsed.tzinfo is not None
    return DateValue(evidence.shown or evidence.value, iso, evidence.line, has_time="T" in (iso or ""),
                     has_offset=has_offset)
