"""missing-article-markup: JSON-LD with no Article-family node and no FAQPage; a page without
Article-family markup in any of its JSON-LD blocks or microdata items."""

from __future__ import annotations

import json

import pytest

from linter.config import Config
from linter.fix import fix_bytes as insert_block
from linter.fixes import Safety
from linter.lint import lint_text
from tests.rules import line_of
from tests.rules.html_page import BODY, HEAD, page
from tests.rules.page_fixes import fixed, found, new_findings
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


# --- fix: the article convert reads from the page, written into it (unsafe) ------------------

#: What the consistency rules judge a page's article by: the inserted block must pass them.
_CONSISTENCY = {"author-not-visible", "headline-mismatch", "date-published-mismatch", "conflicting-articles",
                "byline-not-in-markup", "image-not-on-page"}


def test_fix_inserts_the_block_newslint_fix_writes() -> None:
    before = page(data=None)
    [finding] = [f for f in found(before) if f.rule == RULE]
    assert finding.fix is not None and finding.fix.safety is Safety.UNSAFE
    assert finding.fix.evidence == (
        f"headline from h1, line {line_of(before, '<h1>')}; author from byline, line {line_of(before, 'class=')}; "
        f"datePublished from meta article:published_time, line {line_of(before, 'article:published_time')}, "
        "as `newslint convert` reads them from the page")
    outcome = fixed(before)
    block = insert_block(before.encode(), "page.html", Config()).after
    assert block is not None and outcome.after == block  # what `newslint fix` has always written
    assert dict(outcome.applied) == {RULE: 1}
    added = {f for f in outcome.findings if (f.rule, f.json_path) in new_findings(before, outcome)}
    # What the new block lacks is reported on it (no description, no publisher configured...);
    # nothing says it contradicts the page.
    assert all(f.json_path is not None for f in added)
    assert not {f.rule for f in outcome.findings} & (_CONSISTENCY | {RULE})


def test_fix_is_not_made_without_unsafe_fixes() -> None:
    before = page(data=None)
    assert fixed(before, unsafe=False).after.decode() == before


def test_no_fix_in_a_fragment_without_a_head() -> None:
    fragment = ("<article>\n<h1>Cuba and China agree to strengthen military cooperation</h1>\n"
                '<p class="byline">By Jane Doe</p>\n<p>Defence ministers met in Beijing.</p>\n</article>\n')
    assert [f.fix for f in found(fragment) if f.rule == RULE] == [None]


def test_no_fix_for_a_page_with_faq_markup_of_its_own() -> None:
    assert [f.fix for f in found(page(data=FAQ)) if f.rule == RULE] == [None]


def test_no_fix_when_convert_would_name_an_author_the_page_does_not_show() -> None:
    # No byline: convert takes the author meta tag's name, which author-not-visible would report.
    body = BODY.replace('<p class="byline">By <a rel="author" href="https://example.com/staff/jane-doe">'
                        "Jane Doe</a></p>", "")
    head = HEAD + '\n<meta name="author" content="PMJS">'
    assert [f.fix for f in found(page(head=head, body=body, data=None)) if f.rule == RULE] == [None]


def test_no_fix_in_a_json_ld_file() -> None:
    doc = {"@context": "https://schema.org", "@type": "WebPage", "name": "Home"}
    assert [f.fix for f in lint_json(doc) if f.rule == RULE] == [None]
