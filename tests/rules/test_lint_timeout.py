"""lint-timeout: a fetched page whose linting outlasts its budget is a finding, and the crawl goes on."""

from __future__ import annotations

import httpx

from linter.config import Config
from linter.findings import Finding
from linter.sources.crawl import Crawl, CrawlOptions
from linter.sources.fetch import FetchOptions
from tests.fixtures.crawl.site import corpus_page
from tests.rules.crawl_site import html
from tests.util import NOW, keys

RULE = "lint-timeout"
#: A real page, 40 times over (3 MB): linting it takes a good part of a second, where a budget
#: of a microsecond is gone long before the first result could come back.
BIG = corpus_page("aeb-aadb38e527") * 40


def crawl(urls: list[str], *, budget: float, config: Config | None = None) -> list[tuple[str, list[Finding]]]:
    def answer(request: httpx.Request) -> httpx.Response:
        return html(BIG) if request.url.path != "/robots.txt" else httpx.Response(404)

    options = CrawlOptions(fetch=FetchOptions(retries=0), jobs=1, lint_budget=budget)
    return list(Crawl(urls, config=config, options=options, now=NOW, transport=httpx.MockTransport(answer)))


def test_a_page_linted_within_its_budget_is_not_reported() -> None:
    (_path, findings), = crawl(["https://example.com/a"], budget=120)
    assert keys(findings, RULE) == set() and findings


def test_a_page_over_its_budget_is_reported_and_the_next_one_goes_on() -> None:
    # No lint meets a budget of a microsecond: every page is over it, each reported on its own.
    results = crawl(["https://example.com/b", "https://example.com/a"], budget=1e-6)
    assert [path for path, _ in results] == ["https://example.com/b", "https://example.com/a"]
    for _, findings in results:
        assert keys(findings) == {(RULE, None, None)}
        assert findings[0].severity.value == "error" and "budget" in findings[0].message


def test_it_cannot_be_deselected() -> None:
    (_, findings), = crawl(["https://example.com/a"], budget=1e-6,
                           config=Config(select=frozenset({"missing-headline"}), ignore=frozenset({RULE})))
    assert keys(findings) == {(RULE, None, None)}
