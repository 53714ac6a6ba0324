"""missing-article-markup: JSON-LD with no Article-family node and no FAQPage; a page without
Article-family markup in any of its JSON-LD blocks or microdata items."""

from __future__ import annotations

import json

import pytest

from linter.lint import lint_text
from tests.util import NOW, article, keys, lint_article, lint_json

RULE = "missing-article-markup"

FAQ = {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [
    {"@type": "Question", "name": "Who met?",
     "acceptedAnswer": {"@type": "Answer", "text": "The two defence ministers."}}]}


@pytest.mark.parametrize(
    "doc",
    [
        article(),
        article(**{"@type": "BlogPosting"}),
        article(**{"@type": "ReportageNewsArticle"}),
        article(**{"@type": "http://schema.org/NewsArticle"}),
        article(**{"@type": "schema:NewsArticle"}),
        article(**{"@type": ["WebPage", "NewsArticle"]}),
        FAQ,
        [{"@context": "https://schema.org", "@type": "WebPage", "name": "Home"}, article()],
        {"@context": "https://schema.org", "@graph": [{"@type": "Organization", "name": "X"},
                                                       article(**{"@context": None})]},
        # The article is the page's main entity, nested in a WebPage.
        {"@context": "https://schema.org", "@type": "WebPage",
         "mainEntity": article(**{"@context": None})},
    ],
    ids=["news-article", "blog-posting", "subtype", "http-prefix", "schema-prefix", "type-array",
         "faq-page", "top-level-array", "graph", "nested"],
)
def test_article_or_faq_markup_present(doc: object) -> None:
    assert keys(lint_json(doc), RULE) == set()


def test_text_articles_are_not_checked() -> None:
    # A text article always becomes a NewsArticle; the rule is about JSON-LD files.
    text = "Cuba and China agree to strengthen military cooperation\n"
    assert keys(lint_article(text), RULE) == set()


@pytest.mark.parametrize(
    "doc",
    [
        {"@context": "https://schema.org", "@type": "WebPage", "name": "Cuba and China"},
        article(**{"@type": "NewsArtcle"}),
        article(**{"@type": "http://schema.org/WebPage"}),
        {"@context": "https://schema.org", "@graph": [
            {"@type": "Organization", "name": "The Daily Example"},
            {"@type": "WebSite", "url": "https://example.com"}]},
        [],
        {"@context": "https://schema.org"},
    ],
    ids=["web-page", "misspelt-type", "prefixed-web-page", "graph-without-article", "empty-array",
         "context-only"],
)
def test_no_article_markup(doc: object) -> None:
    findings = lint_json(doc)
    assert keys(findings, RULE) == {(RULE, 1, "$")}
    # Nothing else to judge: no article rule runs on a misspelt type.
    assert keys(findings, "missing-headline") == set()


# --- HTML pages: all JSON-LD blocks and microdata items together ------------------------------

def lint_page(head: str = "", body: str = "<h1>Cuba and China</h1>"):
    html = (f'<!doctype html>\n<html lang="en">\n<head>\n<title>T</title>\n{head}\n</head>\n'
            f"<body>\n{body}\n</body>\n</html>\n")
    return lint_text(html, path="page.html", now=NOW)


def block(data: object) -> str:
    return f'<script type="application/ld+json">\n{json.dumps(data)}\n</script>'


WEB_PAGE = {"@context": "https://schema.org", "@type": "WebPage", "name": "Cuba and China"}


@pytest.mark.parametrize(("head", "body"), [
    (block(article()), ""),
    (block(WEB_PAGE) + "\n" + block(article()), ""),
    ("", block(article())),
    (block({"@context": "https://schema.org", "@graph": [WEB_PAGE, article(**{"@context": None})]}), ""),
    ("", '<article itemscope itemtype="https://schema.org/NewsArticle">'
         '<h1 itemprop="headline">Cuba and China</h1></article>'),
    (block(WEB_PAGE), '<div itemscope itemtype="http://schema.org/BlogPosting">'
                      '<h1 itemprop="headline">Cuba and China</h1></div>'),
], ids=["json-ld", "second-block", "block-in-body", "graph", "microdata", "json-ld-and-microdata"])
def test_page_with_article_markup(head: str, body: str) -> None:
    assert keys(lint_page(head, body or "<h1>Cuba and China</h1>"), RULE) == set()


@pytest.mark.parametrize(("head", "body"), [
    ("", "<article><h1>Cuba and China</h1></article>"),
    (block(WEB_PAGE), ""),
    (block(article(**{"@type": "NewsArtcle"})), ""),
    (block(FAQ), ""),
    ("", '<div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jane</span></div>'),
    ('<script type="application/ld+json">\n</script>', ""),
], ids=["no-structured-data", "web-page-only", "misspelt-type", "faq-only", "microdata-person",
        "empty-block"])
def test_page_without_article_markup(head: str, body: str) -> None:
    # The page presents itself as an article (article:published_time): it needs article markup.
    findings = lint_page(ARTICLE_META + head, body or "<h1>Cuba and China</h1>")
    assert keys(findings, RULE) == {(RULE, 1, None)}


ARTICLE_META = '<meta property="article:published_time" content="2025-09-16T10:32:00+02:00">\n'


@pytest.mark.parametrize("shown", [
    '<p class="byline">By Jane Doe</p>',
    "<p>Published 16 September 2025, 10:32 CEST</p>",
], ids=["byline", "date"])
def test_what_shows_a_page_to_be_an_article(shown: str) -> None:
    findings = lint_page("", f"<h1>Cuba and China</h1>\n{shown}")
    assert keys(findings, RULE) == {(RULE, 1, None)}


@pytest.mark.parametrize(("head", "body"), [
    ('<meta property="og:type" content="article">', "<h1>Augenlidstraffung</h1><table><tr><td>Kosten</td></tr></table>"),
    (block({"@context": "https://schema.org", "@type": "WebPage", "datePublished": "2018-02-28T15:07:03+00:00"}),
     "<h1>Augenlidstraffung</h1>"),
    (block({"@context": "https://schema.org", "@type": "SoftwareSourceCode", "name": "mql"}), "<h1>mql</h1>"),
], ids=["og-type-alone", "webpage-date", "repository"])
def test_a_page_that_is_no_article_needs_no_article_markup(head: str, body: str) -> None:
    # No byline, no stated date of its own, no article:* meta: a product or info page, a
    # repository. (WordPress gives every page og:type article; Yoast a WebPage datePublished.)
    assert keys(lint_page(head, body), RULE) == set()


def test_page_whose_only_article_block_cannot_be_read() -> None:
    broken = '{"@context": "https://schema.org", "@type": "NewsArticle" "headline": "T"}'
    findings = lint_page(ARTICLE_META + f'<script type="application/ld+json">\n{broken}\n</script>')
    assert keys(findings, RULE) == {(RULE, 1, None)}
    assert keys(findings, "invalid-json-ld") != set()


def test_a_house_may_make_it_an_error_that_fails_ci(tmp_path) -> None:
    """``[tool.newslint] severity = {missing-article-markup = "error"}``: a news page without
    article markup fails the run (exit 1), where the default warning does not."""
    from tests.test_cli import run

    (tmp_path / "page.html").write_text(
        f'<!doctype html>\n<html lang="en">\n<head>\n<title>T</title>\n{ARTICLE_META}</head>\n'
        "<body>\n<h1>Cuba and China</h1>\n</body>\n</html>\n", encoding="utf-8")
    default = run("check", "page.html", "--select", RULE, "--format", "parsable", cwd=tmp_path)
    assert default.code == 0 and "[warning] " in default.out
    (tmp_path / "pyproject.toml").write_text('[tool.newslint]\nseverity = {missing-article-markup = "error"}\n',
                                             encoding="utf-8")
    strict = run("check", "page.html", "--select", RULE, "--format", "parsable", cwd=tmp_path)
    assert strict.code == 1
    assert "[error] " in strict.out and f"({RULE})" in strict.out
