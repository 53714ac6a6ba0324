"""faq-rich-result-retired: once per FAQPage, Google no longer shows FAQ rich results."""

from __future__ import annotations

from tests.rules import dump, line_of
from tests.util import article, keys, lint_article, lint_json

RULE = "faq-rich-result-retired"
QUESTION = {"@type": "Question", "name": "Who met?",
            "acceptedAnswer": {"@type": "Answer", "text": "The two defence ministers."}}
FAQ = {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [QUESTION]}


def test_article_without_faq() -> None:
    assert keys(lint_json(article())) == set()


def test_text_article_without_faq() -> None:
    assert keys(lint_article("Cuba and China agree\n\nBody of the article.\n"), RULE) == set()


def test_complete_faq_page_is_told_once() -> None:
    findings = lint_json(FAQ)
    assert keys(findings) == {(RULE, 1, "$")}
    assert {f.severity.value for f in findings} == {"info"}


def test_once_per_faq_page() -> None:
    text = dump([article(), FAQ, FAQ])
    assert keys(lint_json(text), RULE) == {
        (RULE, line_of(text, "  {", whole=True, nth=2), "$[1]"),
        (RULE, line_of(text, "  {", whole=True, nth=3), "$[2]"),
    }


def test_faq_page_typed_with_a_prefix() -> None:
    assert keys(lint_json({**FAQ, "@type": "http://schema.org/FAQPage"}), RULE) == {(RULE, 1, "$")}


def test_text_faq_section() -> None:
    text = ("Cuba and China agree to strengthen military cooperation\n\nBody.\n\n"
            "Frequently Asked Questions\n\nWho met?\n\nThe two defence ministers.\n")
    assert keys(lint_article(text), RULE) == {(RULE, line_of(text, "Frequently Asked"), "$.@graph[1]")}
