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
from typing import Any, cast

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
    microdata_error: str | None = None  # why microdata items could not be read, once asked for

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
    # A page shorter than the limit cannot exceed it: most are not counted.
    tags = text.count("<") if len(text) > MAX_TAGS else 0
    if tags > MAX_TAGS:
        raise ValueError(f"page has too many tags to check ({tags} > {MAX_TAGS})")
    if "\r" in text:
        # libxml2 reads CR LF and CR as LF: the same here, so offsets agree.
        text = text.replace("\r\n", "\n")
        if "\r" in text:  # rarely a CR alone: no second copy of the page for it
            text = text.replace("\r", "\n")
    # Re-encoded when not UTF-8 already, so lxml and newslint read the same characters.
    raw = data if encoding == "utf-8" and not data.startswith(codecs.BOM_UTF8) else text.encode("utf-8")
    most = _most_attributes(raw) if _may_be_crowded(raw) else 0
    if most > MAX_ATTRIBUTES:
        raise ValueError(f"page has an element with too many attributes to check ({most} > {MAX_ATTRIBUTES})")
    try:
        root = lxml.html.document_fromstring(raw, parser=_parser("utf-8"))
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ValueError(f"cannot parse HTML: {exc}") from None
    page = Page(root, text, encoding, guessed, url)
    page.blocks = _blocks(page)
    return page


# --- elements with too many attributes ----------------------------------------------------------
#
# libxml2 appends each attribute of an element by walking the ones before it: an element with
# k attributes takes time in k squared (200,000 attributes on one <h1>, 1.3 MB: seven minutes).
# Pages are therefore read for such an element before libxml2 builds the tree: a scan with
# regular expressions that never misses one (it may suspect an innocent page), then, for a
# suspect page only, libxml2's own tokenizer counting each element's attributes without
# building anything.

#: Most attributes an element may have for its page to be checked. Real elements have tens;
#: up to this many, building the tree costs at most about twice what it costs otherwise.
MAX_ATTRIBUTES = 1000

#: Attributes of one tag above which the scan suspects the page (the exact count decides).
_SUSPECT = 256
#: Odd tags (see :func:`_may_be_crowded`) tolerated before the scan suspects the page: each costs
#: a reading of up to _READ_LIMIT bytes. Scripts comparing with "<" make a few dozen.
_MAX_ODD_TAGS = 64
#: How far an odd tag is read for its attributes. A tag of _SUSPECT attributes spread wider than
#: this has at most a few thousand in a page of 32 MB: harmless.
_READ_LIMIT = 1 << 20

# HTML's tokenizer, from a "<" and a letter (WHATWG: tag name, attribute name, value states).
_WS = rb"[\t\n\f\r ]"
_SEP = rb"[\t\n\f\r /]"
_NAME = rb"[^\t\n\f\r />][^\t\n\f\r />=]*+"
_UNQUOTED = rb"""[^\t\n\f\r >"'][^\t\n\f\r >]*+"""


def _tag(quoted: bytes, count: bytes, end: bytes) -> re.Pattern[bytes]:
    token = rb"%s*+%s(?:%s*+=%s*+(?:%s|%s|(?=>))|(?!%s*+=))" % (_SEP, _NAME, _WS, _WS, quoted, _UNQUOTED, _WS)
    return re.compile(rb"<[A-Za-z][^\t\n\f\r />]*+(?:%s)%s%s" % (token, count, end))


#: A "<" and a letter that does not start a plain tag: attributes `name` or `name="value"`
#: (no "<" in them, nor ">" in values, no unquoted values), fewer than _SUSPECT. Most tags are.
_ODD = re.compile(rb"""<(?=[A-Za-z])(?![^<>"'=\t\n\f\r /]*+(?:%s++[^<>"'=\t\n\f\r /]++"""
                  rb"""(?:="[^"<>]*+"|='[^'<>]*+')?+){0,%d}+%s*+>)""" % (_SEP, _SUSPECT - 1, _SEP))
#: A whole start tag of fewer than _SUSPECT attributes whose quoted values hold no "<".
_FEW = _tag(rb"""(?:"[^"<]*+"|'[^'<]*+')""", b"{0,%d}+" % (_SUSPECT - 1), _SEP + b"*+>")
#: A start tag of at least _SUSPECT attributes, its quoted values holding anything.
_MANY = _tag(rb"""(?:"[^"]*+(?:"|\Z)|'[^']*+(?:'|\Z))""", b"{%d}" % _SUSPECT, b"")


def _may_be_crowded(raw: bytes) -> bool:
    """Whether an element of the page may have _SUSPECT attributes or more (never false if one has).

    Every "<" and letter is read as if a start tag began there, whether or not it does
    (comments, scripts): a plain tag has too few attributes and no "<" that could start
    another; a tag read in full (:data:`_FEW`) may hold a "<" only in attribute names and
    unquoted values, which end with the tag that holds them (a comment or a script ends with
    a ">"), so no tag starts inside it. Any other tag is odd: its attributes are counted
    whatever its quoted values hold (:data:`_MANY`), and the scan goes on inside it, where a
    tag may hide (a script's string read as a quoted value holding the page's markup).
    """
    pos, odd = 0, 0
    while True:
        m = _ODD.search(raw, pos)
        if m is None:
            return False
        start = m.start()
        few = _FEW.match(raw, start, start + _READ_LIMIT)
        if few is not None:
            pos = few.end()
            continue
        odd += 1
        if odd > _MAX_ODD_TAGS or _MANY.match(raw, start, start + _READ_LIMIT):
            return True
        pos = start + 1


def _most_attributes(raw: bytes) -> int:
    """The most attributes an element of the page has, counted by libxml2 without building the tree."""
    import lxml.etree

    class Count:
        most = 0

        def start(self, tag: str, attrib: dict[str, str]) -> None:
            self.most = max(self.most, len(attrib))

        def close(self) -> int:
            return self.most

    try:
        # With a parser target, what fromstring gives is what the target's close() returns.
        parser = lxml.etree.HTMLParser(target=cast(Any, Count()), encoding="utf-8", huge_tree=True)
        return cast(int, lxml.etree.fromstring(raw, parser))
    except (lxml.etree.ParserError, ValueError):
        return 0  # the parse that follows reports what is wrong


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
    lines = _LineCursor(text)
    for script in page.root.iter("script"):
        type_attr = script.get("type") or ""
        if type_attr.split(";", 1)[0].strip().lower() != "application/ld+json":
            continue
        content = script.text or ""
        # Blocks come in document order: each one's text is the first occurrence
        # after the previous one (identical blocks are told apart that way).
        found = text.find(content, search_from) if content else -1
        if found == -1:
            found = search_from = _tag_end(text, max(search_from, lines.start_of(script.sourceline or 1)))
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


def _tag_end(text: str, start: int) -> int:
    """Offset just after the first ``<script ...>`` tag at or after ``start`` (for empty blocks)."""
    m = _SCRIPT_TAG.search(text, start)
    if m is None:
        return start
    end = text.find(">", m.end())
    return end + 1 if end != -1 else start


_SCRIPT_TAG = re.compile("<script", re.I)


class _LineCursor:
    """Where lines start in a text, found by walking from the line asked for last.

    Blocks come in document order, so the walks add up to one pass over the text
    (counting from the top for every block took quadratic time on a page of many blocks).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.line = 1
        self.offset = 0

    def start_of(self, line: int) -> int:
        """Offset of the first character of ``line`` (1-based; past the last line: the last line's)."""
        text = self.text
        while self.line < line:
            nl = text.find("\n", self.offset)
            if nl == -1:
                break
            self.line += 1
            self.offset = nl + 1
        while self.line > line:
            self.line -= 1
            self.offset = text.rfind("\n", 0, self.offset - 1) + 1
        return self.offset


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
    itemtypes = cast("list[str]", _ITEMTYPES(page.root))  # attribute values
    if not any(_CHECKED_TYPE.search(t) for value in itemtypes for t in value.split()):
        return []
    depth = _item_depth(page.root)
    if depth > MAX_ITEM_DEPTH:
        page.microdata_error = f"microdata nested too deeply to read ({depth} > {MAX_ITEM_DEPTH} items deep)"
        return []
    extractor = _microdata_extractor()
    out = []
    for item in extractor.extract_items(page.root, page.url):
        node = item.pop("htmlNode", None)
        out.append(MicrodataItem(_as_jsonld(item), getattr(node, "sourceline", None)))
    return out


#: Most microdata items nested one in another that are read. extruct reads them recursively, a
#: few Python frames a level, and a recursion error inside lxml leaves its locks held (the
#: process then hangs at the next XPath): it must never be reached. Real pages nest a few.
MAX_ITEM_DEPTH = 64


def _item_depth(root: Any) -> int:
    """How deep microdata items nest in one another (each element's nearest item found once)."""
    global _ITEMSCOPES
    if _ITEMSCOPES is None:
        import lxml.etree

        _ITEMSCOPES = lxml.etree.XPath("//*[@itemscope]")
    depth: dict[Any, int] = {}  # an element -> how many items enclose it (itself included)
    deepest = 0
    for item in _ITEMSCOPES(root):  # document order: an item's enclosing items come first
        climbed = []
        node = item.getparent()
        above = 0
        while node is not None:
            if node in depth:
                above = depth[node]
                break
            climbed.append(node)
            node = node.getparent()
        for seen in climbed:
            depth[seen] = above
        depth[item] = above + 1
        deepest = max(deepest, above + 1)
    return deepest


_ITEMSCOPES: Any = None


_EXTRACTOR: Any = None  # the extractor class, made on first use


def _microdata_extractor() -> Any:
    """A new extruct microdata extractor (for one page), reading text values with lxml's ``text_content``.

    extruct cleans each text-valued property through lxml_html_clean and
    html_text, which doubles the time on pages whose ``articleBody`` is the
    whole article; newslint compares names, headlines and dates, for which
    whitespace-normalised text content is the same.
    """
    global _EXTRACTOR
    if _EXTRACTOR is None:
        microdata_cls, _ = _extruct()

        import lxml.etree

        props = lxml.etree.XPath("descendant::*[@itemprop]")

        class Extractor(microdata_cls):  # type: ignore[misc, valid-type]
            """An item's own properties are the itemprop elements whose nearest itemscope
            ancestor is the item. extruct takes the set difference of all itemprop descendants
            and those inside nested items, which costs the fourth power of the nesting depth
            (300 items each nested in the last: seven seconds; twice as deep: ninety). Here each
            element's nearest itemscope is found once per page and remembered (an extractor
            reads one page)."""

            def __init__(self) -> None:
                super().__init__(add_html_node=True)
                self._scopes: dict[Any, Any] = {}

            def extract_items(self, document: Any, base_url: Any) -> list[Any]:
                """Top-level items (no ``itemprop``) first, then items no other claimed.

                extruct reads items in document order and reads each once: an item that another
                names with ``itemref`` (a publisher outside the article, before it) was read on
                its own first, and the article then lacked it.
                """
                itemids = self._build_itemids(document)
                items_seen: set[Any] = set()
                nodes = sorted(self._xp_item(document), key=lambda n: n.get("itemprop") is not None)
                found = (self._extract_item(n, items_seen=items_seen, base_url=base_url, itemids=itemids)
                         for n in nodes)
                return [item for item in found if item]

            def _extract_textContent(self, node: Any) -> str:
                return " ".join(node.text_content().split())

            def _extract_properties(self, node: Any, items_seen: Any, base_url: Any, itemids: Any) -> Any:
                for prop in cast("list[Any]", props(node)):
                    if self._scope_of(prop) is node:
                        yield from self._extract_property(prop, items_seen=items_seen, base_url=base_url,
                                                          itemids=itemids)

            def _scope_of(self, element: Any) -> Any:
                memo = self._scopes
                climbed = []
                node = element.getparent()
                found = None
                while node is not None:
                    if node in memo:
                        found = memo[node]
                        break
                    climbed.append(node)
                    if node.get("itemscope") is not None:
                        found = node
                        break
                    node = node.getparent()
                for seen in climbed:
                    memo[seen] = found
                return found

        _EXTRACTOR = Extractor
    return _EXTRACTOR()


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
