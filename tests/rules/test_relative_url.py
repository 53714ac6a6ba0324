"""relative-url: URL-valued properties must be absolute http(s) URLs."""

from __future__ import annotations

from typing import Any

import pytest

from linter.config import Config, parse_config
from linter.findings import Finding
from linter.fixes.engine import fix_bytes
from linter.fixes.model import Fix, Safety, SetValue
from linter.lint import lint_bytes, lint_text
from tests.rules import dump, line_of
from tests.rules.html_page import HEAD, lint_page, page
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


# --- the fix -------------------------------------------------------------------------------------

def _fixes(findings: list[Finding]) -> dict[str | None, Fix | None]:
    return {f.json_path: f.fix for f in findings if f.rule == RULE}


def _page(image: Any = "default", head: str = HEAD, **props: Any) -> str:
    return page(head=head, data=article(**props) if image == "default" else article(image=image, **props))


def _fixed(html: str) -> str:
    """``html`` fixed: no ``relative-url`` left, and no finding that was not there before."""
    outcome = fix_bytes(html.encode(), "page.html", Config(), now=NOW)
    assert outcome.problem is None
    before = {(f.rule, f.json_path) for f in lint_page(html)}
    after = {(f.rule, f.json_path) for f in outcome.findings}
    assert RULE not in {r for r, _ in after}
    assert after <= before
    return outcome.after.decode()


def test_fix_root_relative_url_against_the_canonical_url() -> None:
    html = _page([{**IMAGE, "contentUrl": "/photos/lead.jpg"}])
    assert _fixes(lint_page(html)) == {"$.image[0].contentUrl": Fix(
        Safety.SAFE, "write '/photos/lead.jpg' as 'https://example.com/photos/lead.jpg'",
        (SetValue("$.image[0].contentUrl", "https://example.com/photos/lead.jpg"),))}
    assert _fixed(html) == html.replace('"/photos/lead.jpg"', '"https://example.com/photos/lead.jpg"')


def test_fix_protocol_relative_and_root_urls() -> None:
    html = _page(url="/world/cuba-china", publisher={
        "@type": "Organization", "name": "The Daily Example", "url": "/",
        "logo": {"@type": "ImageObject", "url": "//cdn.example.com/logo.png"}})
    assert _fixed(html) == (html.replace('"/world/cuba-china"', '"https://example.com/world/cuba-china"')
                            .replace('"url": "/"', '"url": "https://example.com/"')
                            .replace('"//cdn.example.com/logo.png"', '"https://cdn.example.com/logo.png"'))


def test_fix_against_the_base_element() -> None:
    head = HEAD + '\n<base href="https://static.example.com/news/">'
    html = _page([{**IMAGE, "contentUrl": "img/lead.jpg"}], head=head,
                 publisher={"@type": "Organization", "name": "The Daily Example", "url": "https://example.com",
                            "logo": {"@type": "ImageObject", "url": "/logo.png"}})
    assert {path: fix.ops if fix else None for path, fix in _fixes(lint_page(html)).items()} == {
        "$.image[0].contentUrl": (SetValue("$.image[0].contentUrl", "https://static.example.com/news/img/lead.jpg"),),
        "$.publisher.logo.url": (SetValue("$.publisher.logo.url", "https://static.example.com/logo.png"),),
    }
    # a relative <base href> resolves against the page's address first
    html = _page([{**IMAGE, "contentUrl": "/photos/lead.jpg"}], head=HEAD + '\n<base href="/en/">')
    fix = _fixes(lint_page(html))["$.image[0].contentUrl"]
    assert fix is not None and fix.ops == (SetValue("$.image[0].contentUrl", "https://example.com/photos/lead.jpg"),)


def test_path_relative_url_only_against_the_pages_own_address() -> None:
    # The canonical URL may stand in another folder than the page: photos/lead.jpg is left alone...
    html = _page([{**IMAGE, "contentUrl": "photos/lead.jpg"}])
    assert _fixes(lint_page(html)) == {"$.image[0].contentUrl": None}
    # ...unless the page was fetched from a known address (newslint check --url, crawl).
    fetched = lint_bytes(html.encode(), "page.html", url="https://example.com/world/2025/cuba-china", now=NOW)
    fix = _fixes(fetched)["$.image[0].contentUrl"]
    assert fix is not None and fix.ops == (
        SetValue("$.image[0].contentUrl", "https://example.com/world/2025/photos/lead.jpg"),)


@pytest.mark.parametrize("value", ["javascript:void(0)", "data:image/png;base64,iVBORw0KGgo=", "ftp://example.com/a.jpg",
                                   "Logo", "x.com/janedoe", "www.example.com/lead.jpg", "CC BY 4.0", "@janedoe",
                                   "https://", "#", "?"])
def test_no_fix_for_text_that_is_no_relative_url(value: str) -> None:
    html = lint_bytes(_page([{**IMAGE, "contentUrl": value}]).encode(), "page.html",
                      url="https://example.com/world/cuba-china", now=NOW)
    assert _fixes(html) == {"$.image[0].contentUrl": None}


def test_no_fix_without_an_address_to_resolve_against() -> None:
    image = [{**IMAGE, "contentUrl": "/photos/lead.jpg"}]
    no_canonical = HEAD.replace('<link rel="canonical" href="https://example.com/world/cuba-china">\n', "")
    assert _fixes(lint_page(_page(image, head=no_canonical))) == {"$.image[0].contentUrl": None}
    relative_canonical = HEAD.replace('href="https://example.com/world/cuba-china"', 'href="/world/cuba-china"')
    assert _fixes(lint_page(_page(image, head=relative_canonical))) == {"$.image[0].contentUrl": None}
    # the canonical URL and og:url disagree on the host: which one is the page's?
    other_host = HEAD + '\n<meta property="og:url" content="https://partner.example.org/cuba-china">'
    assert _fixes(lint_page(_page(image, head=other_host))) == {"$.image[0].contentUrl": None}
    # JSON-LD's own @base would decide instead
    based = _page(image, **{"@context": ["https://schema.org", {"@base": "https://cdn.example.net/"}]})
    assert _fixes(lint_page(based)) == {"$.image[0].contentUrl": None}


def test_no_fix_in_a_json_ld_file() -> None:
    findings = lint_json(article(image=[{**IMAGE, "contentUrl": "/photos/lead.jpg"}]))
    assert _fixes(findings) == {"$.image[0].contentUrl": None}
