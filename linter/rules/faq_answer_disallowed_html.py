"""FAQ answer uses HTML that is not allowed.

## What it does
Reports an FAQ Answer whose `text` contains HTML elements other than the ones Google's FAQ
documentation allows: `h1`-`h6`, `br`, `ol`, `ul`, `li`, `a`, `p`, `div`, `b`, `strong`,
`i`, `em`.

## Why it matters
Consumers render answer text as limited HTML. Other elements (`img`, `script`, `table`,
`span` with styles, ...) are stripped or make the answer be dropped.

## Example
```json
{"@type": "Answer", "text": "<p>See the chart:</p><img src=\"/chart.png\">"}
```

## Use instead
```json
{"@type": "Answer", "text": "<p>See <a href=\"https://example.com/chart\">the chart</a>.</p>"}
```

## Options
None.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from linter.jsonpath import child
from linter.patterns import lazy
from linter.rules import Problem, Target

if TYPE_CHECKING:
    from linter.check import Context
    from linter.graph import View

NAME = "faq-answer-disallowed-html"
SEVERITY = "warning"
AUTHORITY = "google"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/faqpage"
HINT = "keep to h1-h6, br, ol, ul, li, a, p, div, b, strong, i and em in answers"
TARGET: Final = Target.FAQPAGE

ALLOWED = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "br", "ol", "ul", "li", "a", "p", "div",
                     "b", "strong", "i", "em"})


def check(view: View, ctx: Context) -> Iterator[Problem]:
    for question, q_path in view.values("mainEntity"):
        if not isinstance(question, dict):
            continue
        answers = question.get("acceptedAnswer")
        a_path = child(q_path, "acceptedAnswer")
        items = [(a, child(a_path, i)) for i, a in enumerate(answers)] if isinstance(answers, list) \
            else [(answers, a_path)]
        for answer, path in items:
            text = answer.get("text") if isinstance(answer, dict) else None
            if isinstance(text, str) and "<" in text:
                bad = sorted(_tags(text) - ALLOWED)
                if bad:
                    yield Problem(f"answer uses HTML not allowed in FAQ answers ({', '.join(bad)})",
                                  child(path, "text"))


_TAG = lazy(r"<\s*/?\s*([A-Za-z][A-Za-z0-9-]*)")


def _tags(text: str) -> set[str]:
    # Tag-like names first, with a regular expression: when all are allowed (the usual
    # <p> and <a>), the HTML parser is not needed, nor imported.
    names = {n.lower() for n in _TAG.findall(text)}
    if names <= ALLOWED:
        return names
    from lxml import etree, html

    try:
        root = html.fragment_fromstring(text, create_parent="div")
    except (etree.ParserError, ValueError):
        return set()
    except (AssertionError, IndexError):
        # lxml asserts there is one <body> (IndexError under -O): an answer holding the head
        # of a whole document (<html><head>... with no body) has none. Its tags are those.
        return names
    return {el.tag.lower() for el in root.iterdescendants() if isinstance(el.tag, str)}
