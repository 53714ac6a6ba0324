"""Extracting structured data from an HTML page: parse once, find every JSON-LD block.

The page is parsed once with lxml; everything after works on that one tree.
Each ``<script type="application/ld+json">`` (any case, MIME parameters
allowed, in ``<head>`` or ``<body>``) is parsed on its own, strictly and then
tolerantly (see :mod:`linter.jsonblock`), and knows where its text starts in
the file so findings can point at the right line and column.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from typing import Any

from linter.jsonblock import Parsed, parse_block
from linter.jsonpos import position

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I
)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)


def sniff_encoding(data: bytes, declared: str | None = None) -> tuple[str, str, bool]:
    """The page's text, its encoding, and whether the encoding had to be guessed.

    Order, as browsers do: byte-order mark, the transport's declared charset
    (HTTP ``Content-Type``), ``<meta charset>`` in the first 4 KB, then UTF-8 if
    the bytes are valid UTF-8, else Windows-1252.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8", False
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16", False
    for candidate, in_page in ((declared, False), (_declared_in(data[:4096]), True)):
        name = _codec(candidate) if candidate else None
        if name and in_page:
            name = _in_page_codec(name)
        if name:
            return data.decode(name, errors="replace"), name, False
    try:
        return data.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252", True


def _declared_in(head: bytes) -> str | None:
    m = _META_CHARSET.search(head) or _XML_DECL.search(head)
    return m.group(1).decode("ascii", "replace") if m else None


def _codec(label: str) -> str | None:
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    # WHATWG: pages labelled latin-1/ascii are decoded as windows-1252.
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def _in_page_codec(name: str) -> str | None:
    """What browsers make of a charset the page declares about itself (WHATWG prescan).

    A ``<meta charset>`` was found by reading the bytes as ASCII, so the page cannot be
    UTF-16 (that needs a byte-order mark): browsers read it as UTF-8. UTF-7 and UTF-32
    are not web encodings: the declaration is ignored.
    """
    if name.startswith("utf-16"):
        return "utf-8"
    if name.startswith(("utf-7", "utf-32")):
        return None
    return name


@dataclass(slots=True)
class Block:
    """One JSON-LD script of a page."""

    index: int  # among the page's JSON-LD blocks, in document order
    text: str
    line: int  # where the script's text starts in the file (1-based)
    column: int
    in_body: bool
    type_attr: str
    parsed: Parsed = field(default_factory=Parsed)


@dataclass(slots=True)
class Page:
    """A parsed HTML page: its tree, its text, its JSON-LD blocks and head facts."""

    root: Any  # lxml HtmlElement
    text: str
    encoding: str
    encoding_guessed: bool
    url: str | None = None
    blocks: list[Block] = field(default_factory=list)

    def position(self, offset: int) -> tuple[int, int]:
        return position(self.text, offset)


#: Most ``<`` a page may hold. libxml2's XPath gives up on more than 10 million nodes, and each
#: ``<`` makes at most a few (an element, the text after it, an element the parser implies).
#: No article page comes near: a million tags would be several megabytes of markup alone.
MAX_TAGS = 2_000_000


def parse_page(data: bytes, *, url: str | None = None, declared_encoding: str | None = None) -> Page:
    """Parse ``data`` once and find its JSON-LD blocks (``ValueError`` if it is no HTML at all)."""
    import lxml.etree
    import lxml.html

    text, encoding, guessed = sniff_encoding(data, declared_encoding)
    tags = text.count("<")
    if tags > MAX_TAGS:
        raise ValueError(f"page has too many tags to check ({tags} > {MAX_TAGS})")
    if "\r" in text:
        # libxml2 reads CR LF and CR as LF: the same here, so offsets agree.
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    try:
        if encoding == "utf-8" and not data.startswith(codecs.BOM_UTF8):
            root = lxml.html.document_fromstring(data, parser=_parser("utf-8"))
        else:  # re-encoded once, so lxml and newslint read the same characters
            root = lxml.html.document_fromstring(text.encode("utf-8"), parser=_parser("utf-8"))
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ValueError(f"cannot parse HTML: {exc}") from None
    page = Page(root, text, encoding, guessed, url)
    page.blocks = _blocks(page)
    return page


_PARSERS: dict[str, Any] = {}


def _parser(encoding: str) -> Any:
    """lxml.html's parser, with element classes chosen in C.

    lxml.html picks each element's Python class (forms, inputs...) with a lookup
    written in Python, run every time Python touches an element: about a third
    of the time newslint spends reading a page. Every element here is a plain
    ``HtmlElement`` (text_content, cssselect... all there), chosen without it.
    """
    parser = _PARSERS.get(encoding)
    if parser is None:
        import lxml.etree
        import lxml.html

        parser = lxml.html.HTMLParser(encoding=encoding, huge_tree=True)
        parser.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity))
        _PARSERS[encoding] = parser
    return parser


def _blocks(page: Page) -> list[Block]:
    blocks: list[Block] = []
    body = page.root.find("body")
    search_from = 0
    # Lines are counted from the previous block on (one pass over the text in all).
    counted_to, line_base = 0, 1
    text = page.text
    for script in page.root.iter("script"):
        type_attr = script.get("type") or ""
        if type_attr.split(";", 1)[0].strip().lower() != "application/ld+json":
            continue
        content = script.text or ""
        # Blocks come in document order: each one's text is the first occurrence
        # after the previous one (identical blocks are told apart that way).
        found = page.text.find(content, search_from) if content else -1
        if found == -1:
            found = _tag_end(page.text, script.sourceline or 1)
        else:
            search_from = found + len(content)
        if found >= counted_to:
            line_base += text.count("\n", counted_to, found)
            counted_to = found
            line, column = line_base, found - text.rfind("\n", 0, found)
        else:
            line, column = page.position(found)
        in_body = body is not None and _within(script, body)
        block = Block(len(blocks), content, line, column, in_body, type_attr)
        block.parsed = parse_block(content) if content.strip() else Parsed(text=content)
        blocks.append(block)
    return blocks


def _tag_end(text: str, sourceline: int) -> int:
    """Offset just after the ``<script ...>`` tag on ``sourceline`` (for empty blocks)."""
    start = 0
    for _ in range(sourceline - 1):
        nl = text.find("\n", start)
        if nl == -1:
            break
        start = nl + 1
    tag = text.lower().find("<script", start)
    end = text.find(">", tag) if tag != -1 else -1
    return end + 1 if end != -1 else start


def _within(element: Any, ancestor: Any) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.getparent()
    return False


# --- microdata and Open Graph, through extruct ----------------------------------------------

def _extruct() -> tuple[Any, Any]:
    """extruct's microdata and Open Graph extractors, without the rest of extruct.

    ``import extruct`` loads every extractor, RDFa (rdflib) and microformats
    (mf2py, BeautifulSoup) included: about 400 ms. Loading the two modules
    newslint uses, with extruct's package ``__init__`` skipped, takes about 70.
    If extruct is already imported in full, that copy is used.
    """
    import importlib
    import importlib.util
    import sys
    import types

    if "extruct" not in sys.modules:
        spec = importlib.util.find_spec("extruct")
        if spec is None or not spec.submodule_search_locations:  # pragma: no cover
            raise ImportError("extruct is not installed")
        stub = types.ModuleType("extruct")
        stub.__path__ = list(spec.submodule_search_locations)
        stub.__spec__ = spec
        sys.modules["extruct"] = stub
        try:
            microdata = importlib.import_module("extruct.w3cmicrodata")
            opengraph = importlib.import_module("extruct.opengraph")
        finally:
            # A later ``import extruct`` must run the real package (it reuses these modules).
            del sys.modules["extruct"]
    else:
        microdata = importlib.import_module("extruct.w3cmicrodata")
        opengraph = importlib.import_module("extruct.opengraph")
    return microdata.MicrodataExtractor, opengraph.OpenGraphExtractor


@dataclass(frozen=True, slots=True)
class MicrodataItem:
    data: dict[str, Any]  # JSON-LD shaped: {"@type": ..., "prop": ...}
    line: int | None


#: Microdata worth extracting: an item typed as an Article or an FAQPage somewhere on the
#: page. Most pages' microdata is breadcrumbs and site navigation, which newslint does not
#: check, and extracting microdata costs milliseconds a page.
_ITEMTYPES = None  # compiled XPath, on first use
_CHECKED_TYPE = re.compile(r"schema\.org/(?:\w*Article|BlogPosting|\w*Posting|Report|APIReference|FAQPage)$",
                           re.I)


def microdata_items(page: Page) -> list[MicrodataItem]:
    """Top-level microdata items, shaped like JSON-LD nodes, with their element's line."""
    global _ITEMTYPES
    if _ITEMTYPES is None:
        import lxml.etree

        # The HTML parser lower-cases attribute names: ITEMTYPE is found too.
        _ITEMTYPES = lxml.etree.XPath("//@itemtype")
    # An itemtype may list several types ("... schema.org/WebPage ... schema.org/NewsArticle").
    if not any(_CHECKED_TYPE.search(t) for value in _ITEMTYPES(page.root) for t in value.split()):
        return []
    extractor = _microdata_extractor()
    items = extractor.extract_items(page.root, page.url)
    out = []
    for item in items:
        node = item.pop("htmlNode", None)
        out.append(MicrodataItem(_as_jsonld(item), getattr(node, "sourceline", None)))
    return out


_EXTRACTOR: Any = None


def _microdata_extractor() -> Any:
    """extruct's microdata extractor, reading text values with lxml's ``text_content``.

    extruct cleans each text-valued property through lxml_html_clean and
    html_text, which doubles the time on pages whose ``articleBody`` is the
    whole article; newslint compares names, headlines and dates, for which
    whitespace-normalised text content is the same.
    """
    global _EXTRACTOR
    if _EXTRACTOR is None:
        microdata_cls, _ = _extruct()

        class Extractor(microdata_cls):  # type: ignore[misc, valid-type]
            def _extract_textContent(self, node: Any) -> str:
                return " ".join(node.text_content().split())

        _EXTRACTOR = Extractor(add_html_node=True)
    return _EXTRACTOR


def _as_jsonld(item: Any) -> Any:
    if not isinstance(item, dict) or ("type" not in item and "properties" not in item):
        return item
    node: dict[str, Any] = {}
    if "type" in item:
        node["@type"] = item["type"]
    if "id" in item:
        node["@id"] = item["id"]
    for name, value in (item.get("properties") or {}).items():
        node[name] = [_as_jsonld(v) for v in value] if isinstance(value, list) else _as_jsonld(value)
    if "value" in item and len(node) <= 1:
        node["value"] = item["value"]
    return node


def opengraph(page: Page) -> list[tuple[str, str]]:
    """``(property, content)`` of the page's Open Graph tags (og:, article:, ...), in order."""
    if "og:" not in page.text and "article:" not in page.text:
        return []
    _, opengraph_cls = _extruct()
    props: list[tuple[str, str]] = []
    for item in opengraph_cls().extract_items(page.root):
        props.extend(item.get("properties", []))
    return props
