"""multiple-faq-pages: a source carries one FAQPage; every further one is reported."""

from __future__ import annotations

from tests.rules import dump, line_of
from tests.util import article, keys, lint_article, lint_json

RULE = "multiple-faq-pages"
QUESTION = {"@type": "Question", "name": "Who met?",
            "acceptedAnswer": {"@type": "Answer", "text": "The two defence ministers."}}
FAQ = {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [QUESTION]}


def test_one_faq_page() -> None:
    assert keys(lint_json(FAQ), RULE) == set()


def test_one_faq_page_next_to_the_article() -> None:
    assert keys(lint_json([article(), FAQ]), RULE) == set()


def test_text_article_with_faq_section() -> None:
    text = ("Cuba and China agree to strengthen military cooperation\n\nBody.\n\n"
            "Frequently Asked Questions\n\nWho met?\n\nThe two defence ministers.\n")
    assert keys(lint_article(text), RULE) == set()


def test_two_faq_pages_in_a_top_level_array() -> None:
    text = dump([FAQ, FAQ])
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, "  {", whole=True, nth=2), "$[1]")}


def test_three_faq_pages_around_an_article() -> None:
    text = dump([FAQ, article(), FAQ, FAQ])
    assert keys(lint_json(text), RULE) == {
        (RULE, line_of(text, "  {", whole=True, nth=3), "$[2]"),
        (RULE, line_of(text, "  {", whole=True, nth=4), "$[3]"),
    }


def test_two_faq_pages_in_a_graph() -> None:
    page = {"@type": "FAQPage", "mainEntity": [QUESTION]}
    text = dump({"@context": "https://schema.org", "@graph": [article(**{"@context": None}), page, page]})
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, "    {", whole=True, nth=3), "$.@graph[2]")}
