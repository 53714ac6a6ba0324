"""No article markup.

## What it does
Reports a JSON-LD file that holds no Article-family node (NewsArticle, Article, BlogPosting,
...) and no FAQPage, and an HTML page whose structured data (all its JSON-LD blocks and
microdata items together) holds no Article-family node, at line 1. A page is held to this only
when it presents itself as an article: an `article:*` meta tag (`article:published_time`), a
stated publication date or a byline (a product page, a homepage or a repository page shows
none of these, and needs no article markup). On a page an FAQPage alone
does not count: the questions belong to an article, whose markup is what is missing; a JSON-LD
block that cannot be read does not count either, as search engines drop it too. Plain-text
articles are not checked: newslint builds their NewsArticle itself.

## Why it matters
newslint checks news articles. A document or page without article markup has nothing for the
byline, date and image checks to judge, and search engines get no structured headline, byline
or dates for the article; usually the article node is missing, or misspelt (`NewsArtcle`).

## Example
```json
{"@context": "https://schema.org", "@type": "WebPage", "name": "..."}
```

## Use instead
```json
{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "..."}
```

## Fix
Unsafe, sometimes: a page that writes its `<head>` and whose article newslint can read at
least a headline of gets the JSON-LD `newslint convert` builds from it (headline, byline,
dates, images and description as the page states them), as a block of newslint's own in its
head: what `newslint fix` has always written. The fix cites where each fact comes from. A page
with FAQPage markup of its own (whose article is what is missing) and a fragment without a
`<head>` get none; a JSON-LD file has no page to read the article from.

## Options
None.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Final

from linter.fixes.model import Fix, Fixable, InsertBlock, Safety
from linter.graph import source_graph
from linter.rules import Problem, Target
from linter.rules._article_page import has_article_node

if TYPE_CHECKING:
    from linter.config import Config
    from linter.fixes.model import Request
    from linter.page import PageFacts
    from linter.readers import Source

NAME = "missing-article-markup"
SEVERITY = "warning"
AUTHORITY = "newsroom"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/article"
HINT = "add a NewsArticle (or another Article type) node"
TARGET: Final = Target.SOURCE
FIX: Final = Fixable.SOMETIMES


def check(source: Source, config: Config) -> Iterator[Problem]:
    if source.page is not None:
        if not has_article_node(source):
            from linter.readers.page.merge import presents_as_article

            if presents_as_article(source.page) is not None:
                yield Problem("no NewsArticle or other Article markup on this page (JSON-LD or microdata)",
                              line=1)
        return
    if source.article is not None or not source.documents:
        return
    if any(node.kind for node in source_graph(source).nodes):
        return
    yield Problem("no NewsArticle, Article or FAQPage in this JSON-LD", "$", line=1)


#: What the evidence names, in the order it is cited.
_CITED = ("headline", "author", "datePublished", "dateModified")


def fix(request: Request) -> Fix | None:
    from linter.build import build
    from linter.readers.page.article import article_from

    source, page = request.source, request.source.page
    if page is None or not page.head_written or any(node.kind for node in source_graph(source).nodes):
        return None  # (an FAQPage of its own: newslint fix leaves such a page as it is)
    article, sources = article_from(page, source.path, request.config, explain=True)
    if article.headline is None or _contradicted(build(article).data, page):
        return None
    cited = "; ".join(f"{prop} from {sources[prop]}" for prop in _CITED if prop in sources)
    return Fix(Safety.UNSAFE, "insert the NewsArticle newslint convert reads from the page", (InsertBlock(),),
               evidence=f"{cited}, as `newslint convert` reads them from the page")


def _contradicted(document: Any, page: PageFacts) -> bool:
    """Whether the article built from the page says what the page's own reading contradicts:
    an author it does not show (a meta tag's name), a headline or a publication date the
    consistency rules would report (a byline it leaves out, a date modified before the date
    published). Then convert's reading is not one to write in."""
    from linter.dates import earlier, parse_iso
    from linter.rules._headlines import headline_disagreement
    from linter.rules._on_page import author_shown, published_disagreements, unnamed_bylines

    nodes = document.get("@graph", [document]) if isinstance(document, dict) else []
    for node in nodes:
        if not isinstance(node, dict) or node.get("@type") == "FAQPage":
            continue
        authors = node.get("author", [])
        authors = authors if isinstance(authors, list) else [authors]
        for author in authors:
            name = author.get("name") if isinstance(author, dict) else None
            organization = isinstance(author, dict) and author.get("@type") == "Organization"
            if isinstance(name, str) and not author_shown(page, name, organization=organization):
                return True
        if authors and unnamed_bylines(page.bylines, authors, [node.get("publisher")]):
            return True
        value, modified = node.get("datePublished"), node.get("dateModified")
        published = parse_iso(value) if isinstance(value, str) else None
        last = parse_iso(modified) if isinstance(modified, str) else None
        if published is not None and last is not None and earlier(last, published):
            return True
        headline = node.get("headline")
        if isinstance(headline, str) and headline_disagreement(page, headline) is not None:
            return True
        if published is not None and isinstance(value, str) and published_disagreements(page, value, published):
            return True
    return False
