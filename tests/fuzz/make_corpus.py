"""Build the fuzzer's seed corpus from the test fixtures: ``python tests/fuzz/make_corpus.py DIR``.

Each seed is one fixture with the first byte that sends it to the right entry point
(see ``MODES`` in ``fuzz_lint.py``): pages (gunzipped) and HTML fixtures to both
``lint_text`` and ``lint_bytes`` as HTML, every JSON-LD file and every JSON-LD block of
the pages as JSON-LD, Markdown and plain-text articles to their readers. Files are
named by their SHA-1, as libFuzzer names what it adds, so running this again adds nothing
twice. Seeds larger than ``--max-len`` are cut to it (libFuzzer would cut them anyway).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"

# The first byte of a seed for each entry point: indexes into fuzz_lint.MODES.
TEXT_HTML, TEXT_JSONLD, BYTES_HTML, BYTES_JSONLD, BYTES_MARKDOWN, BYTES_TEXT, REDIRECT, FIX = range(8)


#: Small pages whose JSON-LD needs the tolerant parser's repairs (linter/jsonblock.py), which
#: the fixtures hardly reach, and a TOML front matter.
HANDMADE = [
    (TEXT_HTML, b'<html><head><script type="application/ld+json"><!--\n{"@type": "NewsArticle", // c\n'
                b' "headline": "x",}\n--></script></head><body><h1>x</h1></body></html>'),
    (TEXT_HTML, b'<script type="application/ld+json">//<![CDATA[\n{"@type": "NewsArticle"};\n//]]></script>'),
    (TEXT_HTML, b'<script type="application/ld+json">{&quot;@type&quot;: &quot;NewsArticle&quot;}'
                b'{"@type": "FAQPage", /* two */ "mainEntity": []}</script>'),
    (BYTES_HTML, b'<script type="application/ld+json">{"headline": "a\nb", "headline": "c", "x": 1e999}</script>'),
    (BYTES_MARKDOWN, b'+++\ntitle = "x"\ndate = 2025-09-16T10:32:00+02:00\nauthors = ["A", "B"]\n+++\nBody.\n'),
    # The shapes that once took quadratic time: many blocks, a big graph (issue 11).
    (BYTES_HTML, b'<script type="application/ld+json"></script>' * 300),
    (BYTES_HTML, b'<script type="application/ld+json">{"@graph": ['
                 + b",".join(b'{"@type": "NewsArticle", "headline": "h%d"}' % i for i in range(300)) + b"]}</script>"),
    (BYTES_HTML, b"<h1 " + b" ".join(b"a%d=x" % i for i in range(900)) + b">t</h1>"),
    # Redirect targets that ended whole crawls (issue 11): no "/" path, odd schemes, controls.
    *((REDIRECT, target) for target in (b"mailto:a@b", b"tel:+1", b"javascript:x", b"data:,x", b"about:blank",
                                         b"urn:isbn:1", b"http:ok", b"//other.example/x", b"../up?q#f",
                                         b"http://h\x01/", b"https://[::1]:99999/", b"http://a/" + b"x" * 70000)),
    # fix: a head end inside a script string and inside a comment, a block of ours in a string.
    (FIX, b'<html><head><script>var s = "</head>";</script><title>T</title></head><body><h1>T</h1></body></html>'),
    (FIX, b"<html><head><!-- </head> --><title>T</title></head><body><h1>T</h1></body></html>"),
    (FIX, b'<html><head><script>x = \'<script data-generator="newslint">\';</script></head><body></body></html>'),
]


def seeds() -> Iterator[tuple[int, bytes]]:
    """``(mode, content)`` for every fixture newslint can read, and the handmade seeds."""
    yield from HANDMADE
    for path in sorted(FIXTURES.glob("pages/*.html.gz")):
        page = gzip.decompress(path.read_bytes())
        yield BYTES_HTML, page
        yield TEXT_HTML, page
        yield from ((TEXT_JSONLD, block) for block in _blocks(page))
    for path in sorted(FIXTURES.rglob("*.htm*")):
        yield TEXT_HTML, path.read_bytes()
        yield BYTES_HTML, path.read_bytes()
    for path in sorted([*FIXTURES.rglob("*.jsonld"), *FIXTURES.rglob("*.json")]):
        yield TEXT_JSONLD, path.read_bytes()
        yield BYTES_JSONLD, path.read_bytes()
    for path in sorted(FIXTURES.rglob("*.md")):
        yield BYTES_MARKDOWN, path.read_bytes()
    for path in sorted([*FIXTURES.rglob("*.txt"), *(ROOT / "seeds").glob("*.txt")]):
        yield BYTES_TEXT, path.read_bytes()
    for path in sorted(FIXTURES.glob("html/*.html"))[:20]:
        yield FIX, path.read_bytes()


def _blocks(page: bytes) -> list[bytes]:
    """The text of each JSON-LD block of a page."""
    from linter.extract import parse_page

    return [block.text.encode("utf-8", "surrogateescape") for block in parse_page(page).blocks
            if block.text.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--max-len", type=int, default=65536)
    args = parser.parse_args()
    args.directory.mkdir(parents=True, exist_ok=True)
    added = 0
    for mode, content in seeds():
        data = (bytes([mode]) + content)[: args.max_len]
        target = args.directory / hashlib.sha1(data).hexdigest()
        if not target.exists():
            target.write_bytes(data)
            added += 1
    print(f"{added} seeds added to {args.directory}")


if __name__ == "__main__":
    main()
