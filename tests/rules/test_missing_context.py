"""missing-context: a JSON-LD document whose top-level object has no @context."""

from __future__ import annotations

from tests.rules import dump, line_of
from tests.util import article, keys, lint_article, lint_json

RULE = "missing-context"


def _bare(**props: object) -> dict:
    """The test article without its @context."""
    return article(**{"@context": None}, **props)


def test_article_with_context() -> None:
    assert keys(lint_json(article()), RULE) == set()


def test_context_given_as_an_object() -> None:
    doc = article(**{"@context": {"@vocab": "https://schema.org/"}})
    assert keys(lint_json(doc), RULE) == set()


def test_graph_with_context_at_the_top() -> None:
    doc = {"@context": "https://schema.org", "@graph": [_bare(), {"@type": "Organization", "name": "X"}]}
    assert keys(lint_json(doc), RULE) == set()


def test_nested_nodes_need_no_context() -> None:
    # A typed node nested in the top-level object inherits its @context.
    doc = {"@context": "https://schema.org", "@type": "WebPage", "mainEntity": article(**{"@context": None})}
    assert keys(lint_json(doc), RULE) == set()


def test_generated_json_ld_is_not_checked() -> None:
    text = "Cuba and China agree to strengthen military cooperation\n\nDefence ministers met.\n"
    assert keys(lint_article(text), RULE) == set()


def test_article_without_context() -> None:
    assert keys(lint_json(_bare()), RULE) == {(RULE, 1, "$")}


def test_graph_without_context() -> None:
    doc = {"@graph": [_bare()]}
    assert keys(lint_json(doc), RULE) == {(RULE, 1, "$")}


def test_top_level_array_item_without_context() -> None:
    faq = {"@type": "FAQPage", "mainEntity": [{"@type": "Question", "name": "Who met?",
                                              "acceptedAnswer": {"@type": "Answer", "text": "The ministers."}}]}
    text = dump([article(), faq])
    second_item = line_of(text, "  {", whole=True, nth=2)
    assert keys(lint_json(text), RULE) == {(RULE, second_item, "$[1]")}


def test_every_top_level_item_without_context() -> None:
    text = dump([_bare(), _bare()])
    first, second = line_of(text, "  {", whole=True), line_of(text, "  {", whole=True, nth=2)
    assert keys(lint_json(text), RULE) == {(RULE, first, "$[0]"), (RULE, second, "$[1]")}
