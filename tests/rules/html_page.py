"""A news page for the markup-against-page rule tests: HTML that shows an article, with its JSON-LD.

:func:`page` builds the page from parts a test overrides; the default page and the default
markup (``tests.util.article``) agree, so a test changes one side and expects one finding.
Lines are read off the built text with :func:`tests.rules.line_of`, never counted by hand.
"""

from __future__ import annotations

import json
from typing import Any

from linter.findings import Finding
from linter.lint import lint_text
from tests.util import NOW, article

HEADLINE = "Cuba and China agree to strengthen military cooperation"
CANONICAL = "https://example.com/world/cuba-china"

HEAD = f"""<title>{HEADLINE} | The Daily Example</title>
<link rel="canonical" href="{CANONICAL}">
<meta property="og:title" content="{HEADLINE}">
<meta property="og:image" content="https://example.com/photos/lead.jpg">
<meta property="article:published_time" content="2025-09-16T10:32:00+02:00">"""

BODY = f"""<article>
<h1>{HEADLINE}</h1>
<p class="byline">By <a rel="author" href="https://example.com/staff/jane-doe">Jane Doe</a></p>
<p>Published <time datetime="2025-09-16T10:32:00+02:00">16 September 2025, 10:32</time></p>
<figure>
<img src="https://example.com/photos/lead.jpg" alt="The two ministers shaking hands">
<figcaption>The two ministers in Beijing. Photo: Jane Smith/Reuters</figcaption>
</figure>
<p>Defence ministers met in Beijing.</p>
</article>"""


def page(*, body: str = BODY, head: str = HEAD, data: Any = "default", lang: str = "en") -> str:
    """The page's HTML; ``data`` is the JSON-LD (``None``: no block; a dict: ``json.dumps(indent=2)``)."""
    if isinstance(data, str) and data == "default":
        data = article()
    block = "" if data is None else (
        f'<script type="application/ld+json">\n{json.dumps(data, indent=2, ensure_ascii=False)}\n</script>\n')
    lang_attr = f' lang="{lang}"' if lang else ""
    return (f"<!doctype html>\n<html{lang_attr}>\n<head>\n<meta charset=\"utf-8\">\n{head}\n{block}</head>\n"
            f"<body>\n{body}\n</body>\n</html>\n")


def lint_page(html: str) -> list[Finding]:
    return lint_text(html, path="page.html", now=NOW)
