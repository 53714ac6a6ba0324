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

## Fix
Safe, sometimes: the disallowed tags are taken out of the answer and what they hold is kept,
every other byte as written (allowed tags with their attributes, entities such as `&amp;`,
comments). Offered only where that keeps the answer's words and what they mean:

- elements that only style text (`span`, `u`, `font`, `small`, `mark`, `code`...) and
  containers that only group blocks (`section`, `blockquote`, `figure`, `hr`...) are taken out;
- an image is taken out when it has no `alt` text (with one, its words would be lost);
- not when taking a tag out would run two words together (`<td>2024</td><td>2025</td>`), nor
  for elements whose content is no plain text or whose meaning goes with them: scripts and
  styles, tables, `sup` and `sub` (`10<sup>6</sup>` is not `106`), struck-out text (`del`,
  `s`), quotations (`q`), preformatted text, embedded media, forms, or any tag newslint does
  not know; nor when nothing would be left of the answer.

```json
{"@type": "Answer", "text": "<p>Results in <span style=\"color:red\">red</span>.</p><img src=\"/chart.png\">"}
```
becomes
```json
{"@type": "Answer", "text": "<p>Results in red.</p>"}
```

## Options
None.
"""

from __future__ import annotations

import html as html_entities
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final, NamedTuple

from linter.fixes.model import Fix, Fixable, Request, Safety, SetValue
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
FIX: Final = Fixable.SOMETIMES

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


# --- the fix ---------------------------------------------------------------------------------
# HTML's own vocabulary (element names), not newsroom words.

#: Elements that only style the text they hold: taken out, their text stays as it reads.
_STYLING = frozenset({"span", "u", "font", "small", "big", "mark", "code", "kbd", "samp", "var", "tt", "abbr",
                      "cite", "dfn", "time", "data", "ins", "label", "nobr", "wbr"})
#: Elements that only group blocks (or draw a rule between them): taken out when the words on
#: either side stay apart.
_GROUPING = frozenset({"section", "article", "header", "footer", "aside", "nav", "main", "blockquote", "figure",
                       "figcaption", "address", "center", "hgroup", "dl", "dt", "dd", "hr"})
#: Elements that keep the words around them apart, as a browser lays them out.
_SEPARATING = _GROUPING | {"h1", "h2", "h3", "h4", "h5", "h6", "br", "ol", "ul", "li", "p", "div", "img"}

#: One token of an answer's HTML: a comment, a tag, or ``<`` opening neither (then no fix).
_TOKEN = lazy(
    r"<!--.*?-->"
    r"|<(?P<end>/)?(?P<name>[A-Za-z][A-Za-z0-9-]*)"
    r"(?P<attrs>(?:\s+[^\s\"'>/=]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*)\s*/?>"
    r"|<[A-Za-z/!?]",
    re.S,
)
_ATTRIBUTE = lazy(r"\s(?P<key>[^\s\"'>/=]+)(?:\s*=\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)'|(?P<bare>[^\s\"'=<>`]+)))?")


class _Tag(NamedTuple):
    start: int
    end: int
    name: str  # lower case
    closing: bool


def fix(request: Request) -> Fix | None:
    text = request.value()
    path = request.finding.json_path
    if not isinstance(text, str) or path is None:
        return None
    cleaned = without_disallowed_tags(text)
    if cleaned is None:
        return None
    removed = sorted(_tags(text) - ALLOWED)
    return Fix(Safety.SAFE, f"take {', '.join(f'<{name}>' for name in removed)} out of the answer, keeping its text",
               (SetValue(path, cleaned),))


def without_disallowed_tags(text: str) -> str | None:
    """``text`` with its disallowed tags taken out and every other byte kept, or ``None`` if that
    cannot be done without changing the answer's words or their meaning (see ``## Fix``)."""
    tags = _tokens(text)
    if tags is None:
        return None
    # The tokens must be the elements an HTML parser reads, the rule's own judgement.
    if {t.name for t in tags if not t.closing} != _tags(text):
        return None
    kept: list[str] = []
    at = 0
    for tag in tags:
        if tag.name in ALLOWED:
            continue
        if not (tag.name in _STYLING or tag.name in _GROUPING or (tag.name == "img" and not _alt(text, tag))):
            return None
        kept.append(text[at:tag.start])
        at = tag.end
    kept.append(text[at:])
    out = "".join(kept)
    if out == text or not out.strip() or _tags(out) - ALLOWED:
        return None
    after = _tokens(out)
    if after is None or _words(out, after) != _words(text, tags) or not _words(out, after):
        return None
    if sorted(t.name for t in after) != sorted(t.name for t in tags if t.name in ALLOWED):
        return None
    return out


def _tokens(text: str) -> list[_Tag] | None:
    """The tags of ``text`` in order (comments skipped), or ``None`` for a ``<`` that opens no
    tag an HTML parser would read as plainly as this (a doctype, CDATA, an unclosed tag...)."""
    out: list[_Tag] = []
    for m in _TOKEN.finditer(text):
        if m.group().startswith("<!--"):
            continue
        name = m.group("name")
        if name is None:
            return None
        out.append(_Tag(m.start(), m.end(), name.lower(), m.group("end") is not None))
    return out


def _alt(text: str, tag: _Tag) -> bool:
    """Whether the image ``tag`` has ``alt`` text."""
    for m in _ATTRIBUTE.finditer(text, tag.start, tag.end):
        if m.group("key").lower() == "alt":
            value = next((v for v in m.group("dq", "sq", "bare") if v is not None), "")
            return bool(html_entities.unescape(value).strip())
    return False


def _words(text: str, tags: list[_Tag]) -> list[str]:
    """The words ``text`` shows, in order, as a browser lays them out (blocks keep words apart)."""
    parts: list[str] = []
    at = 0
    for tag in tags:
        parts.append(text[at:tag.start])
        if tag.name in _SEPARATING:
            parts.append(" ")
        at = tag.end
    parts.append(text[at:])
    visible = _COMMENT.sub("", "".join(parts))
    return html_entities.unescape(visible).split()


_COMMENT = lazy(r"<!--.*?-->", re.S)
