"""relative-url: URL-valued properties must be absolute http(s) URLs."""

from __future__ import annotations

import pytest

from linter.config import parse_config
from linter.lint import lint_text
from tests.rules import dump, line_of
from tests.util import NOW, article, keys, lint_article, lint_json

RULE = "relative-url"
IMAGE = article()["image"][0]


def test_absolute_urls() -> None:
    doc = article(
        url="https://example.com/2025/09/16/cuba-china",
        mainEntityOfPage={"@type": "WebPage", "@id": "https://example.com/2025/09/16/cuba-china"},
        author=[{"@type": "Person", "name": "Jane Doe", "url": "HTTPS://EXAMPLE.COM/staff/jane-doe",
                 "sameAs": ["https://x.com/janedoe", "http://example.org/jane"]}],
        publisher={"@type": "Organization", "name": "The Daily Example", "url": "https://example.com",
                   "logo": {"@type": "ImageObject", "url": "https://example.com/logo.png"}},
    )
    assert keys(lint_json(doc), RULE) == set()


def test_text_that_is_not_a_url_property() -> None:
    doc = article(description="See /photos/lead.jpg and //cdn.example.com", headline="/2025/09/16")
    assert keys(lint_json(doc), RULE) == set()


@pytest.mark.parametrize(
    "url",
    ["/photos/lead.jpg", "photos/lead.jpg", "../lead.jpg", "//cdn.example.com/lead.jpg",
     "ftp://example.com/lead.jpg", "https://", "example.com/lead.jpg"],
    ids=["root-relative", "relative", "parent", "protocol-relative", "ftp", "no-host", "no-scheme"],
)
def test_relative_content_url(url: str) -> None:
    text = dump(article(image=[{**IMAGE, "contentUrl": url}]))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"contentUrl"'), "$.image[0].contentUrl")}


def test_bare_image_url() -> None:
    text = dump(article(image="/photos/lead.jpg"))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"image"'), "$.image")}


def test_one_bad_url_in_a_list() -> None:
    doc = article(author=[{"@type": "Person", "name": "Jane Doe", "url": "https://example.com/staff/jane",
                           "sameAs": ["https://x.com/janedoe", "x.com/janedoe"]}])
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {
        (RULE, line_of(text, '"x.com/janedoe"'), "$.author[0].sameAs[1]")
    }


def test_every_place_a_url_stands() -> None:
    doc = article(
        url="//example.com/2025/09/16/cuba-china",
        mainEntityOfPage="/2025/09/16/cuba-china",
        publisher={"@type": "Organization", "name": "The Daily Example", "url": "https://example.com",
                   "logo": {"@type": "ImageObject", "url": "logo.png"}},
    )
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {
        (RULE, line_of(text, '"url": "//example.com'), "$.url"),
        (RULE, line_of(text, '"mainEntityOfPage"'), "$.mainEntityOfPage"),
        (RULE, line_of(text, '"url": "logo.png"'), "$.publisher.logo.url"),
    }


def test_url_inside_a_graph_node() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        article(**{"@context": None}, author=[{"@id": "https://example.com/#jane"}]),
        {"@type": "Person", "@id": "https://example.com/#jane", "name": "Jane Doe", "url": "/staff/jane"},
    ]}
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"url": "/staff/jane"'), "$.@graph[1].url")}


def test_generated_json_ld_is_checked_too() -> None:
    # A relative logo in the site configuration ends up in every generated article.
    config = parse_config({"site": {"publisher": "The Daily Example", "url": "https://example.com",
                                    "logo": "/logo.png"}})
    text = "Cuba and China agree to strengthen military cooperation\n"
    assert keys(lint_article(text, config=config), RULE) == {(RULE, 1, "$.@graph[0].publisher.logo.url")}


def test_one_finding_per_markdown_image() -> None:
    # newslint writes an image's contentUrl and url from one `src`: one fact, one finding, at its line.
    text = "---\ntitle: Harbour reopens\n---\n\n![The harbour](/photos/harbour.jpg)\n"
    found = lint_text(text, path="article.md", now=NOW)
    assert keys(found, RULE) == {(RULE, 5, "$.@graph[0].image[0].contentUrl")}


def test_one_finding_for_the_article_url() -> None:
    # `url` in front matter becomes the article's url, mainEntityOfPage and @id: one finding, at the key.
    text = "---\ntitle: Harbour reopens\nurl: /news/harbour\n---\n\nThe harbour reopened.\n"
    found = lint_text(text, path="article.md", now=NOW)
    assert keys(found, RULE) == {(RULE, 3, "$.@graph[0].url")}
