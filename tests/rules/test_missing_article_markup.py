"""missing-article-markup: JSON-LD with no Article-family node and no FAQPage."""

from __future__ import annotations

import pytest

from tests.util import article, keys, lint_article, lint_json

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
