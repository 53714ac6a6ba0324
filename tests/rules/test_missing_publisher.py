"""missing-publisher: an article names its publisher (from the JSON-LD or the site config)."""

from __future__ import annotations

import pytest

from linter.config import parse_config
from tests.rules import dump, line_of
from tests.util import article, keys, lint_article, lint_json

RULE = "missing-publisher"
TEXT = "Cuba and China agree to strengthen military cooperation\n\nDefence ministers met in Beijing.\n"


@pytest.mark.parametrize(
    "publisher",
    [{"@type": "Organization", "name": "The Daily Example"}, "The Daily Example",
     [{"@type": "NewsMediaOrganization", "name": "The Daily Example"}]],
    ids=["organization", "text", "list"],
)
def test_article_with_publisher(publisher: object) -> None:
    assert keys(lint_json(article(publisher=publisher)), RULE) == set()


def test_publisher_given_by_reference() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": "https://example.com/#org", "name": "The Daily Example"},
        article(**{"@context": None}, publisher={"@id": "https://example.com/#org"}),
    ]}
    assert keys(lint_json(doc), RULE) == set()


def test_text_article_takes_the_publisher_from_the_site_config() -> None:
    config = parse_config({"site": {"publisher": "The Daily Example", "url": "https://example.com"}})
    assert keys(lint_article(TEXT, config=config), RULE) == set()


def test_article_without_publisher() -> None:
    findings = lint_json(article(publisher=None))
    assert keys(findings, RULE) == {(RULE, 1, "$")}
    assert {f.severity.value for f in findings if f.rule == RULE} == {"warning"}


def test_empty_publisher_counts_as_missing() -> None:
    text = dump(article(publisher=""))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, 1, "$")}
    assert keys(findings, "empty-value") == {("empty-value", line_of(text, '"publisher"'), "$.publisher")}


def test_text_article_without_site_config() -> None:
    assert keys(lint_article(TEXT), RULE) == {(RULE, 1, "$.@graph[0]")}


ITEMREF_PAGE = """<!doctype html><html lang="en"><head><title>T</title></head><body>
<div id="pub" itemprop="publisher" itemscope itemtype="https://schema.org/Organization">
  <span itemprop="name">The Daily Example</span>
</div>
<article itemscope itemtype="https://schema.org/NewsArticle" itemref="{ref}">
<h1 itemprop="headline">Cuba and China agree to strengthen military cooperation</h1>
</article></body></html>"""


@pytest.mark.parametrize(("ref", "found"), [("pub", set()), ("elsewhere", {(RULE, 5, "$")})],
                         ids=["itemref-followed", "no-itemref"])
def test_microdata_publisher_given_by_itemref(ref: str, found: set[object]) -> None:
    # The publisher stands before the article and outside it: an itemref names it. Read in
    # document order it would be taken as an item of its own and the article left without it.
    from linter.lint import lint_text

    assert keys(lint_text(ITEMREF_PAGE.replace("{ref}", ref), path="p.html"), RULE) == found
