"""FAQ question or answer is not visible on the page.

## What it does
On an HTML page, reports each `Question` `name` and each `acceptedAnswer` `text` of the
FAQPage markup that the page's visible text does not contain (HTML tags in the answer are
dropped first; case, whitespace, quotes and dashes do not count). The page's text is read at
most a few dozen times over in all: markup with thousands of questions the page does not show
gets one finding saying how many were not looked for.

## Why it matters
Google's FAQ guidelines (and the general guidelines): all FAQ content must be visible to the
user on the source page. Markup for questions the page does not show made a page ineligible
for the FAQ rich result, and is a structured-data spam signal.

## Example
```html
<h2>FAQ</h2>
<h3>When did the ministers meet?</h3><p>On 3 March.</p>
<script type="application/ld+json">
{"@type": "FAQPage", "mainEntity": [{"@type": "Question", "name": "Who paid for the trip?",
  "acceptedAnswer": {"@type": "Answer", "text": "The ministry."}}]}
</script>
```

## Use instead
```json
{"@type": "FAQPage", "mainEntity": [{"@type": "Question", "name": "When did the ministers meet?",
  "acceptedAnswer": {"@type": "Answer", "text": "On 3 March."}}]}
```

## Options
None. Pages only.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Final

from linter.jsonpath import child
from linter.patterns import lazy
from linter.rules import Problem, Target

if TYPE_CHECKING:
    from linter.check import Context
    from linter.graph import View

NAME = "faq-not-visible"
SEVERITY = "error"
AUTHORITY = "google"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/faqpage"
HINT = "show every question and answer of the FAQ markup on the page, word for word"
TARGET: Final = Target.FAQPAGE

_TAG = lazy(r"<[^>]*>")
_EXCERPT = 60


def check(view: View, ctx: Context) -> Iterator[Problem]:
    page = ctx.page
    if page is None:
        return
    unsearched = page.unsearched
    yield from _questions(view, page)
    if page.unsearched > unsearched:
        yield Problem(f"{page.unsearched - unsearched} questions and answers were not looked for on the page "
                      "(too many to search its text for)", child(view.path, "mainEntity"))


def _questions(view: Any, page: Any) -> Iterator[Problem]:
    for question, q_path in view.values("mainEntity"):
        if not isinstance(question, dict):
            continue
        name = question.get("name")
        if isinstance(name, str) and name.strip() and not page.shows(_plain(name)):
            yield Problem(f"question {_excerpt(name)!r} is not visible on the page", child(q_path, "name"))
        answers = question.get("acceptedAnswer")
        a_path = child(q_path, "acceptedAnswer")
        items = list(enumerate(answers)) if isinstance(answers, list) else [(None, answers)]
        for index, answer in items:
            if not isinstance(answer, dict):
                continue
            text = answer.get("text")
            if not isinstance(text, str) or not text.strip():
                continue
            plain = _plain(text)
            if plain and not page.shows(plain):
                path = a_path if index is None else child(a_path, index)
                yield Problem(f"answer {_excerpt(plain)!r} is not visible on the page", child(path, "text"))


def _plain(text: str) -> str:
    """The text an answer shows: tags dropped (a block tag separates words), entities decoded."""
    return " ".join(html.unescape(_TAG.sub(" ", text)).split())


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _EXCERPT else text[:_EXCERPT - 1].rstrip() + "…"
