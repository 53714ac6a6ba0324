"""The fix engine's promises, on generated pages: valid JSON, no byte outside the edited blocks, stable.

Pages are built from pieces real pages have (comments holding ``</script>``, other scripts,
CR LF line breaks, non-ASCII text, blocks in the body) around JSON-LD blocks written in many
styles, with problems rules fix. Whatever the page, fixing must leave every byte outside the
JSON-LD blocks' content as it was, leave each block strict JSON, make every safe fix it offers
(none left after), and change nothing on a second run.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linter.config import Config
from linter.extract import parse_page
from linter.fixes.engine import fix_bytes, outside_blocks, raw_span
from linter.jsonblock import loads

CONFIG = Config()

_PIECES = [
    "<!-- a comment with </script> and <script> in it -->",
    "<script>var s = '</scr' + 'ipt>'; if (a < b) {}</script>",
    '<meta property="og:title" content="Kånal &amp; co">',
    "<p>Text with &lt;tags&gt; and émoji 🗞</p>",
    "<style>p::after { content: '</style' }</style>",
    "<noscript><img src=x></noscript>",
    "",
]

_TYPES = ["newsarticle", "NewsArticle", "article", "imageobject", "person"]


@st.composite
def _node(draw: st.DrawFn) -> dict[str, object]:
    node: dict[str, object] = {"@context": "https://schema.org", "@type": draw(st.sampled_from(_TYPES))}
    node["headline"] = draw(st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=30))
    if draw(st.booleans()):
        node["author"] = {"@type": draw(st.sampled_from(["person", "Person"])), "name": "Jane Doe"}
    if draw(st.booleans()):
        node["image"] = [{"@type": draw(st.sampled_from(["imageobject", "ImageObject"])),
                          "url": "https://example.com/a.jpg"}]
    return node


@st.composite
def _page(draw: st.DrawFn) -> bytes:
    blocks = []
    for _ in range(draw(st.integers(1, 3))):
        indent = draw(st.sampled_from([None, 1, 2, 4, "\t"]))
        separators = draw(st.sampled_from([(",", ":"), (", ", ": ")])) if indent is None else None
        node = draw(_node())
        text = json.dumps(node, indent=indent, separators=separators, ensure_ascii=draw(st.booleans()))
        escaped = text.replace("<", "\\u003c")
        blocks.append(f'<script type="application/ld+json">{escaped}</script>')
    head = [draw(st.sampled_from(_PIECES)) for _ in range(2)] + blocks[:1]
    body = [draw(st.sampled_from(_PIECES)) for _ in range(2)] + blocks[1:]
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    page = newline.join(["<!doctype html>", "<html lang=en><head><title>T</title>", *head, "</head><body>",
                         "<h1>T</h1>", *body, "</body></html>", ""])
    return page.encode("utf-8")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_page(), st.booleans())
def test_fixing_keeps_every_byte_outside_the_blocks_and_json_valid(page: bytes, unsafe: bool) -> None:
    outcome = fix_bytes(page, "page.html", CONFIG, unsafe=unsafe)
    assert outcome.problem is None
    after = outcome.after
    assert outside_blocks(after) == outside_blocks(page)
    for block in parse_page(after).blocks:
        loads(block.text)  # strict JSON, or this raises
    assert not [f for f in outcome.findings if f.fix is not None and f.fix.safety.value == "safe"]
    again = fix_bytes(after, "page.html", CONFIG, unsafe=unsafe)
    assert again.after == after and not again.applied


def test_a_lower_case_type_is_fixed_in_place_and_nothing_else() -> None:
    page = (b'<html><head><title>T</title>\r\n<script type="application/ld+json">\r\n{\r\n'
            b'  "@context": "https://schema.org",\r\n  "@type": "newsarticle",\r\n  "headline": "T"\r\n}\r\n'
            b"</script></head><body><h1>T</h1></body></html>")
    outcome = fix_bytes(page, "page.html", CONFIG)
    assert outcome.after == page.replace(b'"newsarticle"', b'"NewsArticle"')
    assert dict(outcome.applied) == {"wrong-case-type": 1}
    assert "wrong-case-type" not in {f.rule for f in outcome.findings}


def test_raw_span_finds_a_block_through_crlf_and_cr() -> None:
    text = 'a\r\nb\r<script>{"x":\r\n1}</script>'
    start = text.index("{")
    assert raw_span(text, 3, 9, '{"x":\n1}') == (start, text.index("</script>"))
    assert raw_span(text, 3, 9, '{"y":\n1}') is None
