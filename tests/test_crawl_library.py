"""``linter.sources.crawl`` as a library: order, the bounded window, ``total``, worker processes, early close."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from linter.config import Config
from linter.sources.crawl import Crawl, CrawlInputError, CrawlOptions, crawl, on_or_after, parse_since
from linter.sources.fetch import FetchOptions
from tests.fixtures.crawl.site import Site
from tests.util import NOW

FAST = FetchOptions(timeout=1, backoff=0)


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    with Site() as s:
        yield s


def options(**kwargs: object) -> CrawlOptions:
    return CrawlOptions(**{"fetch": FAST, "jobs": 1, **kwargs})  # type: ignore[arg-type]


def test_results_come_in_input_order(site: Site) -> None:
    urls = [site.url("/fault/slow"), site.url("/news/lexus.html"), site.url("/fault/500"),
            site.url("/news/manchester.html")]
    run = crawl(urls, options=options(), now=NOW)
    assert run.total == 4
    assert [path for path, _ in run] == urls


def test_the_window_bounds_what_is_fetched_ahead(site: Site) -> None:
    urls = [site.url(f"/news/lexus.html?copy={i}") for i in range(200)]
    before = site.hits["/news/lexus.html"]
    window = 4
    run = Crawl(urls, options=options(window=window, fetch=FetchOptions(concurrency=2)), now=NOW)
    first = next(iter(run))
    assert first[0] == urls[0]
    run.close()
    # The loop runs only while a result is asked for: it stopped with at most the window of
    # finished pages, plus the one handed out and the one the producer holds, fetched. (Counted
    # after close: a request already on the wire reaches the server a moment later.)
    fetched = site.hits["/news/lexus.html"] - before
    assert 1 <= fetched <= window + 2 < len(urls)
    with pytest.raises(StopIteration):
        next(iter(run))


def test_limit_counts_pages(site: Site) -> None:
    urls = [site.url(p) for p in ("/news/lexus.html", "/news/manchester.html", "/fault/500")]
    run = crawl(urls, options=options(limit=2), now=NOW)
    assert run.total == 2
    assert [p for p, _ in run] == urls[:2]


def test_total_is_unknown_with_sitemaps_or_a_stream_of_urls(site: Site) -> None:
    assert crawl([site.url("/news/lexus.html")], sitemaps=[site.url("/sitemaps/news.xml")]).total is None
    assert crawl(iter([site.url("/news/lexus.html")])).total is None


def test_a_crawl_runs_once(site: Site) -> None:
    run = crawl([site.url("/news/lexus.html")], options=options(), now=NOW)
    assert len(list(run)) == 1
    assert list(run) == []  # the same iterator, spent: pages are never fetched twice


def test_worker_processes(site: Site) -> None:
    urls = [site.url(f"/news/katzenspielzeug.html?copy={i}") for i in range(40)]
    serial = list(crawl(urls, options=options(jobs=1), now=NOW))
    run = crawl(urls, options=options(jobs=2), now=NOW)
    parallel = list(run)
    assert run._pool is not None
    assert [(p, [(f.rule, f.line, f.json_path) for f in fs]) for p, fs in serial] == \
           [(p, [(f.rule, f.line, f.json_path) for f in fs]) for p, fs in parallel]


def test_configuration_applies_to_crawled_pages(site: Site) -> None:
    url = site.url("/news/lexus.html")
    (_, everything), = crawl([url], options=options(), now=NOW)
    (_, selected), = crawl([url], config=Config(select=frozenset({"missing-description"})), options=options(),
                           now=NOW)
    assert {f.rule for f in selected} <= {"missing-description"}
    assert len(everything) > len(selected)


def test_input_errors() -> None:
    with pytest.raises(CrawlInputError, match="nothing to crawl"):
        crawl([])
    with pytest.raises(CrawlInputError, match="sitemap"):
        crawl(sitemaps=["ftp://example.com/sitemap.xml"])
    with pytest.raises(CrawlInputError, match="exclude"):
        crawl(["https://example.com/"], options=CrawlOptions(exclude=("[",)))


@pytest.mark.parametrize(("when", "since", "expected"), [
    (date(2025, 1, 2), date(2025, 1, 1), True),
    (date(2025, 1, 1), date(2025, 1, 1), True),
    (date(2024, 12, 31), date(2025, 1, 1), False),
    # Against a day, the day as written where it was published.
    (datetime.fromisoformat("2025-01-01T00:30:00+02:00"), date(2025, 1, 1), True),
    (datetime.fromisoformat("2025-01-01T10:00:00+00:00"), datetime(2025, 1, 1, 9, tzinfo=UTC), True),
    (datetime.fromisoformat("2025-01-01T10:00:00+02:00"), datetime(2025, 1, 1, 9, tzinfo=UTC), False),
    (date(2025, 1, 1), datetime(2025, 1, 1, 0, 0, tzinfo=UTC), True),
])
def test_on_or_after(when: date | datetime, since: date | datetime, expected: bool) -> None:
    assert on_or_after(when, since) is expected


def test_parse_since() -> None:
    assert parse_since("2025-01-01") == date(2025, 1, 1)
    assert parse_since("2025-01-01T10:00:00Z") == datetime(2025, 1, 1, 10, tzinfo=UTC)
    with pytest.raises(CrawlInputError):
        parse_since("01/02/2025")


def test_the_old_name_linter_crawl_warns_once_and_gives_the_same_objects(monkeypatch: pytest.MonkeyPatch) -> None:
    """``linter.crawl`` (the README's name until the crawl moved into :mod:`linter.sources`) still works, deprecated."""
    import warnings

    import linter
    import linter.sources.crawl as new

    monkeypatch.delitem(sys.modules, "linter.crawl", raising=False)
    monkeypatch.delattr(linter, "crawl", raising=False)
    with pytest.warns(DeprecationWarning, match=r"linter\.sources\.crawl") as told:
        import linter.crawl as old
    assert len(told) == 1 and told[0].filename == __file__  # (the line importing it, not importlib's)
    assert old.__all__ == new.__all__
    assert all(getattr(old, name) is getattr(new, name) for name in new.__all__)
    assert old.crawl is crawl and old.CrawlOptions is CrawlOptions
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        import linter.crawl  # (imported already: no second warning)
