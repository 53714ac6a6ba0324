"""Reader for HTML pages: the structured data they embed, and what a reader of the page sees.

The page is parsed once (:mod:`linter.extract`). Every JSON-LD block becomes a
document to check (a block that is not strict JSON is reported, then read
tolerantly); microdata items of the Article family and FAQPage are checked the
same way. What the page shows (head tags, ``h1``, bylines, dates, figures, FAQ
sections, language) becomes :class:`~linter.page.PageFacts`, which the
markup-vs-page rules compare the markup with, and an :class:`~linter.article.Article`,
so ``newslint convert page.html`` works on pages without JSON-LD.
"""

from __future__ import annotations

from typing import Any

from linter.article import Article, Text
from linter.config import Config
from linter.document import JsonLdDocument, MapLocator, TextLocator
from linter.extract import Block, Page, microdata_items, parse_page
from linter.graph import kind_of, types_of
from linter.page import PageFacts
from linter.readers import Source, apply_site
from linter.rules import finding


def read_bytes(data: bytes, path: str, config: Config, *, url: str | None = None,
               declared_encoding: str | None = None) -> Source:
    """Read an HTML page given as bytes (its encoding is sniffed the way browsers do)."""
    source = Source(path)
    try:
        page = parse_page(data, url=url, declared_encoding=declared_encoding)
    except ValueError as exc:
        source.findings.append(finding("parse-error", str(exc), path))
        return source
    if page.encoding_guessed:
        source.findings.append(finding(
            "non-utf8-encoding", "page declares no charset and is not valid UTF-8; read as windows-1252",
            path, line=1))
    for block in page.blocks:
        _block(block, path, source)
    for item in microdata_items(page):
        if any(kind_of(types_of(node)) for node in _typed_nodes(item.data)):
            source.documents.append(JsonLdDocument(
                item.data, MapLocator({}, default=(item.line, None)), origin="microdata",
                label="microdata"))
    source.page = read_facts(page)
    source.article = article_from(source.page, path, config)
    return source


def _block(block: Block, path: str, source: Source) -> None:
    parsed = block.parsed
    where = f"JSON-LD block {block.index + 1}"
    if not block.text.strip():
        source.findings.append(finding("empty-json-ld-block", f"{where} is empty", path,
                                       line=block.line, column=block.column))
        return
    if parsed.error is not None:
        message, line, column = parsed.error
        file_line = block.line + line - 1
        file_column = column + (block.column - 1 if line == 1 else 0)
        if parsed.ok:
            text = f"{where} is not valid JSON ({message}); read after repairing: {', '.join(parsed.repairs)}"
        else:
            text = f"{where} is not valid JSON ({message}); its content cannot be checked"
        source.findings.append(finding("invalid-json-ld", text, path, line=file_line, column=file_column))
    if not parsed.ok:
        return
    locator = TextLocator(parsed.text, block.line - 1, block.column - 1, tuple(parsed.starts))
    for key in dict.fromkeys(parsed.duplicates):
        source.findings.append(finding("duplicate-key", f"{where} repeats the key '{key}' in one object "
                                       "(only the last value counts)", path, line=block.line,
                                       column=block.column))
    source.documents.append(JsonLdDocument(parsed.data, locator, origin="html", label=where))


def _typed_nodes(data: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            if "@type" in value:
                out.append(value)
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return out


# --- what the page shows -----------------------------------------------------------------------

def read_facts(page: Page) -> PageFacts:
    """Head tags and visible facts of a parsed page."""
    root = page.root
    facts = PageFacts(url=page.url)
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if lang and lang.strip():
        facts.lang = Text(lang.strip(), root.sourceline)
    head = root.find("head")
    if head is not None:
        _head(head, facts)
    body = root.find("body")
    if body is not None:
        _body(body, facts)
    return facts


def _head(head: Any, facts: PageFacts) -> None:
    for el in head.iter("title", "meta", "link"):
        tag = el.tag
        if tag == "title":
            if facts.title is None and el.text and el.text.strip():
                facts.title = Text(" ".join(el.text.split()), el.sourceline)
        elif tag == "meta":
            key = (el.get("property") or el.get("name") or "").strip().lower()
            content = el.get("content")
            if key and content is not None and key not in facts.meta:
                facts.meta[key] = Text(content.strip(), el.sourceline)
            if key == "og:image" and content:
                facts.og_images.append(content.strip())
        elif tag == "link" and facts.canonical is None:
            if "canonical" in (el.get("rel") or "").lower().split():
                facts.canonical = Text((el.get("href") or "").strip(), el.sourceline)
    description = facts.meta.get("description")
    if description is not None and description.value:
        facts.meta_description = description


def _body(body: Any, facts: PageFacts) -> None:
    for el in body.iter("link", "h1", "article"):
        if el.tag == "link":
            if facts.canonical is None and "canonical" in (el.get("rel") or "").lower().split():
                facts.canonical = Text((el.get("href") or "").strip(), el.sourceline)
                facts.canonical_in_body = True
        elif el.tag == "h1":
            text = " ".join(el.text_content().split())
            if text:
                facts.h1.append(Text(text, el.sourceline))
        else:
            facts.has_article_element = True
    facts._visible_text = lambda: _visible_text(body)


def _visible_text(body: Any) -> str:
    return " ".join(body.xpath(_VISIBLE))


_VISIBLE = "descendant-or-self::text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"


def article_from(facts: PageFacts, path: str, config: Config) -> Article:
    """The article a page shows, for ``convert`` on pages without JSON-LD."""
    article = Article(path=path)
    if facts.h1:
        article.headline = facts.h1[0]
    elif (og := facts.meta.get("og:title")) and og.value:
        article.headline = og
    if facts.meta_description:
        article.description = facts.meta_description
    if facts.lang:
        article.language = facts.lang
    if facts.canonical and facts.canonical.value.startswith(("http://", "https://")):
        article.url = facts.canonical
    article.authors = list(facts.bylines)
    article.faq = list(facts.faq)
    apply_site(article, config.site)
    return article
