"""Reader for Markdown articles with front matter, as Hugo, Jekyll, Eleventy and Astro keep them.

Front matter is YAML between ``---`` lines or TOML between ``+++`` lines at the top
of the file; every key keeps its line, so findings point at it. The keys read,
each tried in order (:data:`DEFAULT_FIELDS`; ``[tool.newslint.front-matter]``
replaces the list of any field, e.g. ``headline = ["title", "headline"]``; a
dotted key such as ``params.summary`` looks inside a table):

- headline: ``title``, ``headline``; description: ``description``, ``summary``, ``excerpt``;
- dates: ``date``, ``publishDate``, ``published``, ...; ``lastmod``, ``updated``,
  ``modified``, ...: YAML timestamps, TOML date-times or strings
  (``3 March 2025, 18:05 CET``). A time without a zone takes the offset of
  ``[tool.newslint.site] timezone`` (said in a ``timezone-from-config`` info
  finding); without one it stays without offset and ``date-without-timezone``
  reports it. No timezone is ever invented;
- authors: ``authors``, ``author``: a name, a list of names, or objects with
  ``name``, ``url`` (and ``bio``, ``type: Organization``);
- images: ``image``, ``images``, ``cover``, ``featured_image``, ``thumbnail``, ...:
  a URL, a list of them, or objects ``{src, alt, caption, credit}``; the lead
  image's caption, credit and alt text may stand in ``image_caption``,
  ``image_credit`` and ``image_alt``;
- keywords: ``tags``, ``keywords`` (a list, or one string split at commas);
  section: ``categories`` (the first), ``category``, ``section``; language: ``lang``;
- url: ``url``, ``permalink``, ``canonical_url``: a relative one is resolved
  against ``[tool.newslint.site] url``. A ``slug`` is not a URL (the generator's
  permalink pattern decides where the page lives), so it is not read unless a
  house maps it;
- FAQ: ``faq`` as a list of ``{question, answer}``;
- suppressions: ``newslint: {ignore: [rule-name, ...]}`` turns those rules off
  for this file; a name that is no rule is reported (``unknown-suppression``).

``draft: true`` is not read: a draft is linted like any article, so it is ready
when it is published.

The body is read with markdown-it-py (CommonMark and tables): the first ``#``
heading is the headline when the front matter has none; images
``![alt](src "title")`` (the title is the caption), ``<figure>`` HTML blocks
(``figcaption``, credit elements), Hugo ``{{< figure src= alt= caption= attr= >}}``
shortcodes (``attr`` is the credit) and Jekyll ``{% include figure.html image=
caption= credit= %}`` includes, each a picture of the article (the lead image is
the front matter's, else the first of the body); a caption ending with its
credit (``... Photo: Reuters``) is split as on pages; an FAQ section under a
``## FAQ``, ``## Frequently asked questions`` or ``## Preguntas frecuentes``
heading, with ``###`` questions and paragraph answers or ``Q:``/``A:``
paragraphs; subheadings; the visible text. Relative image URLs are resolved
against the site URL when it is configured; otherwise they stay as written and
``relative-url`` reports them.

A front matter that does not parse is a ``parse-error`` at its line, and the
article is not checked further (what it says cannot be known).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from typing import Any
from urllib.parse import urljoin

from linter.article import Article, Author, DateValue, FaqItem, Image, Text
from linter.build import build_documents
from linter.config import Config, SiteConfig
from linter.dates import parse_date
from linter.findings import Finding
from linter.front_matter import FRONT_MATTER_FIELDS
from linter.lexicon import ANSWER_PREFIX as _ANSWER_PREFIX
from linter.lexicon import FAQ_HEADING as _FAQ_HEADING
from linter.lexicon import QUESTION_PREFIX as _QUESTION_PREFIX
from linter.patterns import lazy
from linter.readers import Source, Suppression, apply_site
from linter.rules import finding, parse_error, timezone_from_config, unknown_suppression

DEFAULT_FIELDS = FRONT_MATTER_FIELDS  # (kept under its old name for imports from here)

_LINE_BREAK = lazy(r"\r\n|\r|\n")  # what markdown-it and editors count as a line
#: Front matter nested deeper is not read (no news field lives there), and a YAML
#: file whose aliases expand to more nodes than this is refused (a "billion laughs").
_MAX_DEPTH, _MAX_NODES = 32, 100_000

# Keys inside an image object, an author object, an FAQ entry.
_IMAGE_SRC = ("src", "url", "path", "image", "file", "href")
_IMAGE_CREDIT = ("credit", "attr", "attribution", "copyright")
_AUTHOR_URL = ("url", "link", "website", "homepage")
_AUTHOR_BIO = ("bio", "description")
_QUESTION_KEYS = ("question", "q", "name")
_ANSWER_KEYS = ("answer", "a", "text")

# Hugo {{< figure ... >}} / {{% figure ... %}} and Jekyll {% include figure.html ... %}.
_HUGO_FIGURE = lazy(r"\{\{[<%]-?\s*figure\b(?P<attrs>.*?)/?\s*-?[>%]\}\}", re.S)
_JEKYLL_FIGURE = lazy(r"\{%-?\s*include\s+figure(?:\.html)?\b(?P<attrs>.*?)-?%\}", re.S)
_SHORTCODE = lazy(r"\{\{[<%].*?[>%]\}\}|\{%.*?%\}", re.S)  # none of it is shown as text
_ATTR = lazy(
    r"(?P<key>[\w-]+)\s*=\s*(?:\"(?P<dq>(?:[^\"\\]|\\.)*)\"|'(?P<sq>[^']*)'|`(?P<bq>[^`]*)`"
    r"|(?P<bare>[^\s\"'`>%}]+))"
)
_FIGURE_SRC = ("src", "image", "image_path", "url", "path")
_FIGURE_CREDIT = ("attr", "credit", "attribution")


@dataclass(slots=True)
class _Value:
    """A front-matter value and the line of its key (or list item) in the file."""

    value: Any  # a scalar, dict[str, _Value] or list[_Value]
    line: int
    raw: str | None = None  # a YAML scalar as written


class _FrontMatterError(Exception):
    """Why the front matter cannot be read (the words after "YAML front matter"), and where."""

    def __init__(self, message: str, line: int, column: int | None = None) -> None:
        super().__init__(message)
        self.line, self.column = line, column


def _does_not_parse(reason: str) -> str:
    reason = reason.strip()
    return f"does not parse: {reason[:1].lower()}{reason[1:]}"


def read(text: str, path: str, config: Config) -> Source:
    """Read a Markdown article and build its JSON-LD (none when its front matter is unreadable)."""
    article, problems, suppressions = parse(text, path, site=config.site, fields=config.front_matter)
    source = Source(path, article=article, findings=problems, suppressions=suppressions)
    if not any(f.rule == "parse-error" for f in problems):
        source.documents.extend(build_documents(article))
    return source


def parse(
    text: str, path: str, *, site: SiteConfig | None = None, fields: Mapping[str, Sequence[str]] | None = None,
) -> tuple[Article, list[Finding], list[Suppression]]:
    """The :class:`Article` a Markdown file holds, reader findings, and its own suppressions.

    ``fields`` replaces the front-matter keys of the fields it names (see :data:`DEFAULT_FIELDS`).
    """
    site = site or SiteConfig()
    names = {**DEFAULT_FIELDS, **{k: tuple(v) for k, v in (fields or {}).items()}}
    article = Article(path=path)
    findings: list[Finding] = []
    suppressions: list[Suppression] = []
    lines = _LINE_BREAK.split(text.removeprefix("\ufeff"))
    front: dict[str, _Value] = {}
    body_start = 0
    opening = lines[0].rstrip()
    if opening in ("---", "+++"):
        kind = "YAML" if opening == "---" else "TOML"
        closing = ("---", "...") if kind == "YAML" else ("+++",)
        end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in closing), None)
        if end is None:
            findings.append(finding(
                parse_error, f"{kind} front matter is not closed (no '{opening}' line after it)", path, line=1))
            return article, findings, suppressions
        try:
            front = (_yaml if kind == "YAML" else _toml)(lines[1:end], first_line=2)
        except _FrontMatterError as exc:
            findings.append(finding(parse_error, f"{kind} front matter {exc}", path,
                                    line=exc.line, column=exc.column))
        body_start = end + 1
    lead = _front_fields(front, names, article, site, findings)
    suppressions.extend(_suppressions(front, path, findings))
    pictures = _body("\n".join(lines[body_start:]), body_start, article, site, bool(article.faq))
    _merge_pictures(article, pictures)
    if lead:
        _describe_lead(article, lead)
    apply_site(article, site)
    return article, findings, suppressions


# --- YAML ------------------------------------------------------------------------------------------

def _yaml(lines: list[str], *, first_line: int) -> dict[str, _Value]:
    """The YAML mapping, built from the composed node tree so every key keeps its line.

    Only the safe constructors build scalars (no arbitrary objects from untrusted files).
    """
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        root = yaml.compose("\n".join(lines), Loader=loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = first_line + mark.line if mark else first_line
        column = mark.column + 1 if mark else None
        reason = exc.problem or exc.context or "invalid YAML"
        if exc.problem and exc.context and exc.context_mark:
            # "did not find expected ',' or ']'" is found where the list should have ended.
            reason += f" ({exc.context} from line {first_line + exc.context_mark.line})"
        raise _FrontMatterError(_does_not_parse(reason), line, column) from None
    except yaml.YAMLError as exc:
        raise _FrontMatterError(_does_not_parse(str(exc).splitlines()[0] if str(exc) else "invalid YAML"),
                                first_line) from None
    except RecursionError:
        raise _FrontMatterError(_does_not_parse("nested too deeply"), first_line) from None
    if root is None:
        return {}
    if not isinstance(root, yaml.MappingNode):
        raise _FrontMatterError("is not a mapping of keys to values", first_line + root.start_mark.line)
    value = _YamlBuilder(first_line).build(root, 0)
    assert isinstance(value.value, dict)
    return value.value


class _YamlBuilder:
    def __init__(self, first_line: int) -> None:
        from yaml.constructor import SafeConstructor

        self.constructor = SafeConstructor()
        self.first_line = first_line
        self.budget = _MAX_NODES

    def build(self, node: Any, depth: int) -> _Value:
        import yaml

        self.budget -= 1
        if self.budget < 0:
            raise _FrontMatterError(f"is too large (more than {_MAX_NODES} values; aliases expanding?)",
                                    self.first_line)
        line = self.first_line + node.start_mark.line
        if depth > _MAX_DEPTH:
            return _Value(None, line)
        if isinstance(node, yaml.ScalarNode):
            try:
                value = self.constructor.construct_object(node)
            except (ValueError, OverflowError, yaml.YAMLError):
                value = node.value  # 2025-02-30, an unknown !tag: kept as written
            return _Value(value, line, node.value)
        if isinstance(node, yaml.SequenceNode):
            return _Value([self.build(item, depth + 1) for item in node.value], line)
        out: dict[str, _Value] = {}
        merged: list[_Value] = []
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                merged.append(self.build(value_node, depth + 1))
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                continue  # a complex key names no field
            key_line = self.first_line + key_node.start_mark.line
            out[key_node.value] = replace(self.build(value_node, depth + 1), line=key_line)
        # "<<: *defaults": keys written in the mapping win over merged ones.
        for merge in merged:
            for source in merge.value if isinstance(merge.value, list) else [merge]:
                if isinstance(source.value, dict):
                    for key, value in source.value.items():
                        out.setdefault(key, value)
        return _Value(out, line)


# --- TOML ------------------------------------------------------------------------------------------

def _toml(lines: list[str], *, first_line: int) -> dict[str, _Value]:
    """The TOML table (values from tomllib), with the line of each key found by scanning the lines."""
    import tomllib

    try:
        data = tomllib.loads("\n".join(lines))
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        m = re.search(r"\s*\(at line (\d+), column (\d+)\)", message)
        if m:
            raise _FrontMatterError(_does_not_parse(message[:m.start()]), first_line + int(m[1]) - 1,
                                    int(m[2])) from None
        raise _FrontMatterError(_does_not_parse(re.sub(r"\s*\(at end of document\)", "", message)),
                                first_line + len(lines) - 1) from None
    except RecursionError:  # tomllib reads nested arrays and inline tables recursively
        raise _FrontMatterError(_does_not_parse("nested too deeply"), first_line) from None
    except ValueError:  # int()'s limit on digits, which tomllib lets through as it is
        raise _FrontMatterError(_does_not_parse("a number has too many digits"), first_line) from None
    key_lines = {path: first_line + no for path, no in _toml_key_lines(lines).items()}
    value = _from_toml(data, (), key_lines, first_line)
    assert isinstance(value.value, dict)
    return value.value


def _from_toml(obj: Any, path: tuple[Any, ...], key_lines: dict[tuple[Any, ...], int], line: int) -> _Value:
    if isinstance(obj, dict):
        return _Value({k: _from_toml(v, (*path, k), key_lines, key_lines.get((*path, k), line))
                       for k, v in obj.items()}, line)
    if isinstance(obj, list):
        return _Value([_from_toml(v, (*path, i), key_lines, key_lines.get((*path, i), line))
                       for i, v in enumerate(obj)], line)
    return _Value(obj, line)


_TOML_KEY_PART = lazy(r"[ \t]*(?:(?P<bare>[A-Za-z0-9_-]+)|(?P<quoted>\"(?:[^\"\\\n]|\\.)*\"|'[^'\n]*'))[ \t]*")


def _toml_key(line: str, at: int) -> tuple[tuple[str, ...], int] | None:
    """A dotted key starting at ``at`` and where it ends, or ``None``."""
    parts: list[str] = []
    while True:
        m = _TOML_KEY_PART.match(line, at)
        if not m:
            return None
        quoted = m["quoted"]
        if quoted is None:
            parts.append(m["bare"])
        elif quoted.startswith("'"):
            parts.append(quoted[1:-1])
        else:
            import tomllib

            parts.append(tomllib.loads(f"k = {quoted}")["k"])
        at = m.end()
        if line.startswith(".", at):
            at += 1
            continue
        return tuple(parts), at


def _toml_key_lines(lines: list[str]) -> dict[tuple[Any, ...], int]:
    """0-based line of every key, table header and array item of a (valid) TOML text.

    Paths are as in the parsed data: ``("image", "caption")``, ``("authors", 1)``,
    ``("authors", 1, "name")`` for the second ``[[authors]]`` table.
    """
    out: dict[tuple[Any, ...], int] = {}
    table: tuple[Any, ...] = ()
    tables: dict[tuple[Any, ...], int] = {}  # arrays of tables: the index of their current item
    depth = 0  # brackets open in a value
    multiline: str | None = None  # the delimiter of a multi-line string being read
    array: tuple[Any, ...] | None = None  # the key whose array value is being read
    item, item_seen = 0, False

    def resolve(parts: tuple[str, ...]) -> tuple[Any, ...]:
        path: tuple[Any, ...] = ()
        for part in parts:
            path = (*path, part)
            if path in tables:
                path = (*path, tables[path])
        return path

    for no, line in enumerate(lines):
        at = 0
        if multiline is None and depth == 0:
            stripped = line.lstrip()
            start = len(line) - len(stripped)
            if stripped.startswith("[["):
                key = _toml_key(line, start + 2)
                if key:
                    path = (*resolve(key[0][:-1]), key[0][-1])
                    tables[path] = tables.get(path, -1) + 1
                    out.setdefault(path, no)
                    table = (*path, tables[path])
                    out[table] = no
                continue
            if stripped.startswith("["):
                key = _toml_key(line, start + 1)
                if key:
                    table = resolve(key[0])
                    out.setdefault(table, no)
                continue
            key = _toml_key(line, start) if stripped and not stripped.startswith("#") else None
            if key is None or not line.startswith("=", key[1]):
                continue
            full = (*table, *key[0])
            for n in range(len(table) + 1, len(full) + 1):
                out.setdefault(full[:n], no)
            array, item, item_seen = full, 0, False
            at = key[1] + 1
        # The value: strings, comments and brackets, to know where it ends and its items start.
        while at < len(line):
            if multiline is not None:
                close = line.find(multiline, at)
                if close < 0:
                    break
                at, multiline = close + 3, None
                continue
            c = line[at]
            if c == "#":
                break
            if depth == 1 and array is not None and not item_seen and c not in " \t,]":
                out.setdefault((*array, item), no)
                item_seen = True
            if line.startswith(('"""', "'''"), at):
                multiline, at = line[at:at + 3], at + 3
                continue
            if c == '"':
                at += 1
                while at < len(line) and line[at] != '"':
                    at += 2 if line[at] == "\\" else 1
            elif c == "'":
                close = line.find("'", at + 1)
                at = close if close >= 0 else len(line)
            elif c in "[{":
                depth += 1
            elif c in "]}":
                depth -= 1
            elif c == "," and depth == 1:
                item, item_seen = item + 1, False
            at += 1
    return out


# --- front-matter fields ---------------------------------------------------------------------------

def _lookup(front: dict[str, _Value], names: Sequence[str], *, dates: bool = False) -> _Value | None:
    """The first of ``names`` the front matter gives a value (not null, not an empty list).

    For ``dates``, a boolean is passed over: Jekyll's ``published: false`` hides a post
    and says nothing about when it was published.
    """
    for name in names:
        value = _key(front, name)
        if value is None or value.value is None or value.value == [] or value.value == {}:
            continue
        if dates and isinstance(value.value, bool):
            continue
        return value
    return None


def _key(mapping: dict[str, _Value], name: str) -> _Value | None:
    """``name`` exactly, else in any case (Hugo's keys are case-insensitive), else as a dotted path."""
    if name in mapping:
        return mapping[name]
    folded = name.casefold()
    for key, value in mapping.items():
        if key.casefold() == folded:
            return value
    if "." in name:
        head, rest = name.split(".", 1)
        inner = _key(mapping, head)
        if inner is not None and isinstance(inner.value, dict):
            return _key(inner.value, rest)
    return None


def _top_key(front: dict[str, _Value], value: _Value) -> str | None:
    """The top-level key ``value`` stands under, as written (``None`` inside a table: ``params.date``)."""
    return next((key for key, item in front.items() if item is value), None)


def _text(value: _Value | None) -> str | None:
    """A scalar as text: the string, or a number, boolean or date as written."""
    if value is None:
        return None
    v = value.value
    if isinstance(v, str):
        return v.strip()
    if isinstance(v, (bool, int, float, date, time)):
        if value.raw is not None:
            return value.raw.strip()
        return str(v).lower() if isinstance(v, bool) else v.isoformat() if isinstance(v, (date, time)) else str(v)
    return None


def _in(mapping: Any, keys: Sequence[str]) -> _Value | None:
    return _lookup(mapping, keys) if isinstance(mapping, dict) else None


def _front_fields(front: dict[str, _Value], names: Mapping[str, Sequence[str]], article: Article,
                  site: SiteConfig, findings: list[Finding]) -> dict[str, _Value]:
    """Read the front matter into ``article``; returns the lead image's caption/credit/alt fields."""

    def get(name: str) -> _Value | None:
        return _lookup(front, names[name])

    for name, attr in (("headline", "headline"), ("description", "description"), ("language", "language")):
        value = get(name)
        if (text := _text(value)) is not None:
            assert value is not None
            setattr(article, attr, Text(text, value.line))
    for name, modified in (("date_published", False), ("date_modified", True)):
        value = _lookup(front, names[name], dates=True)
        if value is not None:
            date_value = replace(_date(value, site, article.path, findings), key=_top_key(front, value))
            if modified:
                article.date_modified = date_value
            else:
                article.date_published = date_value
    if (value := get("authors")) is not None:
        article.authors = list(_authors(value))
    if (value := get("url")) is not None and (url := _text(value)):
        if site.url and not _absolute(url):
            url = urljoin(_base(site.url), url)
        article.url = Text(url, value.line)
    if (value := get("keywords")) is not None:
        article.keywords = list(_keywords(value))
    if (value := get("section")) is not None:
        first = value.value[0] if isinstance(value.value, list) else value
        if isinstance(first, _Value) and (text := _text(first)):
            article.section = Text(text, first.line)
    if (value := get("faq")) is not None:
        article.faq = list(_faq(value))
    base = _image_base(article, site)
    if (value := get("image")) is not None:
        article.images = list(_images(value, base))
    lead = {attr: get(name) for name, attr in (("image_caption", "caption"), ("image_credit", "credit"),
                                               ("image_alt", "alt"))}
    return {attr: value for attr, value in lead.items() if value is not None}


def _absolute(url: str) -> bool:
    return bool(re.match(r"^[a-z][a-z0-9+.-]*:", url, re.I))


def _base(url: str) -> str:
    """The site URL as a base: a site under a path (``https://example.com/news``) keeps it."""
    return url if url.endswith("/") else url + "/"


def _image_base(article: Article, site: SiteConfig) -> str | None:
    """What relative image URLs resolve against: the article's own URL, as a browser would,
    else the site URL; ``None`` when no site URL is configured (they stay relative)."""
    if not site.url:
        return None
    if article.url and article.url.value.startswith(("http://", "https://")):
        return article.url.value
    return _base(site.url)


def _resolve(src: str, base: str | None) -> str | None:
    src = src.strip()
    if not src or src.startswith("data:"):
        return None
    return urljoin(base, src) if base and not _absolute(src) else src


def _date(value: _Value, site: SiteConfig, path: str, findings: list[Finding]) -> DateValue:
    """A front-matter date: a YAML timestamp or TOML date-time (naive or aware), or a string."""
    v = value.value
    written = _text(value) or ""
    if isinstance(v, (datetime, date)):
        # Read back through the same parser as text dates: a naive time takes the site's
        # timezone (said in a finding), an aware one keeps its offset.
        parsed = parse_date(v.isoformat(), default_timezone=site.timezone)
        if parsed is None:  # an offset parse_date refuses: keep what the value says
            aware = isinstance(v, datetime) and v.tzinfo is not None
            return DateValue(written, v.isoformat(), value.line, isinstance(v, datetime), aware)
    elif isinstance(v, str):
        parsed = parse_date(v, default_timezone=site.timezone)
    else:
        parsed = None  # a number, a list, a time of day: reported by the date checks as written
    if parsed and parsed.assumed_timezone:
        findings.append(finding(
            timezone_from_config,
            f"date has no timezone; used the site timezone ({parsed.assumed_timezone})",
            path, line=value.line,
        ))
    return DateValue(
        text=written or str(v),
        iso=parsed.iso if parsed else None,
        line=value.line,
        has_time=bool(parsed and parsed.has_time),
        has_offset=bool(parsed and parsed.has_offset),
        assumed_timezone=parsed.assumed_timezone if parsed else None,
    )


def _authors(value: _Value) -> Iterator[Author]:
    from linter.article import AuthorKind
    from linter.article import author_kind as _kind

    for item in value.value if isinstance(value.value, list) else [value]:
        if isinstance(item.value, dict):
            name = _text(_in(item.value, ("name", "display_name", "title"))) or ""
            kind_value = (_text(_in(item.value, ("type", "@type"))) or "").casefold()
            kind: AuthorKind = ("Organization" if kind_value == "organization" else "Person" if kind_value
                                else _kind(name))
            yield Author(name, kind, item.line,
                         description=_text(_in(item.value, _AUTHOR_BIO)) or None,
                         url=_text(_in(item.value, _AUTHOR_URL)) or None)
        elif (plain := _text(item)) is not None:
            yield Author(plain, _kind(plain), item.line)


def _keywords(value: _Value) -> Iterator[Text]:
    for item in value.value if isinstance(value.value, list) else [value]:
        text = _text(item)
        if text is None:
            continue
        # One string is a comma-separated list; a list item is one keyword.
        for part in text.split(",") if item is value else [text]:
            if part.strip():
                yield Text(part.strip(), item.line)


def _faq(value: _Value) -> Iterator[FaqItem]:
    for item in value.value if isinstance(value.value, list) else []:
        if not isinstance(item.value, dict):
            continue
        question, answer = _in(item.value, _QUESTION_KEYS), _in(item.value, _ANSWER_KEYS)
        yield FaqItem(
            question=_text(question) or "",
            answer=_text(answer) or "",
            question_line=question.line if question else item.line,
            answer_line=answer.line if answer else None,
        )


def _images(value: _Value, base: str | None) -> Iterator[Image]:
    for item in value.value if isinstance(value.value, list) else [value]:
        if isinstance(item.value, dict):
            fields = item.value
            src = _text(_in(fields, _IMAGE_SRC))
            caption = _text(_in(fields, ("caption",))) or None
            credit = _text(_in(fields, _IMAGE_CREDIT)) or None
            image = Image(url=_resolve(src, base) if src else None, caption=caption,
                          alt=_text(_in(fields, ("alt",))) or None,
                          line=item.line, width=_int(_in(fields, ("width",))), height=_int(_in(fields, ("height",))))
            yield _with_credit(image, credit)
        elif (src := _text(item)):
            yield Image(url=_resolve(src, base), line=item.line)


def _int(value: _Value | None) -> int | None:
    if value is None:
        return None
    v = value.value
    if isinstance(v, int) and not isinstance(v, bool) and v > 0:
        return v
    return int(v) if isinstance(v, str) and v.strip().isdigit() and int(v) > 0 else None


def _with_credit(image: Image, credit: str | None) -> Image:
    """``image`` with its credit: the one given (``©`` marks a copyright), else one its caption ends with."""
    if credit:
        from linter.credits import clean_credit

        # A credit as written ("Photo: Lars Holm / Daily Example", "© AP") loses its label, as
        # the plain-text and page readers drop it.
        is_copyright = credit.startswith(("©", "(c)", "(C)"))
        credit, shown_as_copyright = clean_credit(credit.removeprefix("(c)").removeprefix("(C)"))
        return replace(image, credit=credit, credit_is_copyright=is_copyright or shown_as_copyright)
    if image.caption and image.credit is None:
        from linter.credits import split_credit as _split_credit

        caption, split, is_copyright = _split_credit(image.caption)
        if split:
            return replace(image, caption=caption, credit=split, credit_is_copyright=is_copyright)
    return image


def _describe_lead(article: Article, lead: dict[str, _Value]) -> None:
    """``image_caption``, ``image_credit``, ``image_alt``: facts of the lead image.

    The lead image is the front matter's, else the first picture of the body;
    without any, an image without a URL, which the checks report. The fields
    win over what the image itself says.
    """
    caption, credit, alt = (_text(lead.get(k)) or None for k in ("caption", "credit", "alt"))
    if article.images:
        image = article.images[0]
    else:
        image = Image(line=min(v.line for v in lead.values()))
        article.images.append(image)
    image = replace(image, caption=caption or image.caption, alt=alt or image.alt)
    if credit:
        image = _with_credit(image, credit)
    elif caption and image.credit is None:
        image = _with_credit(image, None)
    article.images[0] = image


def _suppressions(front: dict[str, _Value], path: str, findings: list[Finding]) -> list[Suppression]:
    """``newslint: {ignore: [rule, ...]}``: whole-file suppressions, one per line of names."""
    value = _key(front, "newslint")
    if value is None or value.value is None:
        return []
    if not isinstance(value.value, dict):
        findings.append(finding(unknown_suppression, "'newslint' in front matter must be a mapping "
                                "such as {ignore: [rule-name]}", path, line=value.line))
        return []
    for key, item in value.value.items():
        if key != "ignore":
            findings.append(finding(unknown_suppression, f"'newslint' in front matter has no key '{key}' "
                                    "(it reads 'ignore')", path, line=item.line))
    ignore = value.value.get("ignore")
    if ignore is None:
        return []
    items = ignore.value if isinstance(ignore.value, list) else [ignore]
    by_line: dict[int, list[str]] = {}
    for item in items:
        if isinstance(item.value, str) and item.value.strip():
            by_line.setdefault(item.line, []).append(item.value.strip())
        else:
            findings.append(finding(unknown_suppression, "'newslint.ignore' must list rule names",
                                    path, line=item.line))
    return [Suppression(tuple(rules), line) for line, rules in by_line.items()]


# --- body ------------------------------------------------------------------------------------------

@dataclass(slots=True)
class _Faq:
    """The FAQ section being read."""

    level: int
    heading: Text
    items: list[FaqItem] = field(default_factory=list)
    question: Text | None = None
    answer: list[Text] = field(default_factory=list)

    def flush(self) -> None:
        if self.question is not None:
            paragraphs = [a.value for a in self.answer]
            self.items.append(FaqItem(
                question=_QUESTION_PREFIX.sub("", self.question.value).strip(),
                answer=_join_answer(paragraphs),
                question_line=self.question.line,
                answer_line=self.answer[0].line if self.answer else None,
            ))
        self.question, self.answer = None, []


def _body(text: str, offset: int, article: Article, site: SiteConfig, faq_in_front: bool) -> list[Image]:
    """Headline (when the front matter has none), FAQ, subheadings and text of the body; its pictures.

    ``offset``: the lines before the body, so a token's line in the body is a line of the file.
    """
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(text)
    base = _image_base(article, site)
    pictures: list[Image] = []
    faq: _Faq | None = None
    h1: Text | None = None
    for i, token in enumerate(tokens):
        if token.map is None:
            continue
        line = offset + token.map[0] + 1
        if token.type == "heading_open":
            level, title = int(token.tag[1:]), _plain(tokens[i + 1])
            if faq is not None and level <= faq.level:
                faq.flush()
                _end_faq(article, faq, faq_in_front)
                faq = None
            if faq is not None:
                faq.flush()
                faq.question = Text(title, line)
            elif level <= 3 and _FAQ_HEADING.match(title) and len(title.split()) <= 16:
                faq = _Faq(level, Text(title, line))
            elif level == 1 and h1 is None:
                h1 = Text(title, line)
            elif title:
                article.subheadings.append(Text(title, line))
        elif token.type == "inline" and tokens[i - 1].type != "heading_open":
            pictures.extend(_inline_pictures(token, line, base, md))
            shown = _plain(token)
            if not shown:
                continue
            if faq is None:
                article.body.append(Text(" ".join(shown.split()), line))
            else:
                _faq_paragraph(faq, shown, line, bold=_all_bold(token))
        elif token.type == "html_block":
            pictures.extend(_html_pictures(token.content, line, base))
    if faq is not None:
        faq.flush()
        _end_faq(article, faq, faq_in_front)
    if article.headline is None and h1 is not None:
        article.headline = h1
    return pictures


def _end_faq(article: Article, faq: _Faq, faq_in_front: bool) -> None:
    """The first FAQ section of the body, unless the front matter lists the FAQ itself."""
    if faq_in_front or article.faq_heading is not None:
        return
    article.faq_heading = faq.heading
    article.faq = faq.items


def _faq_paragraph(faq: _Faq, shown: str, line: int, *, bold: bool) -> None:
    """A paragraph of the FAQ section: a ``Q:`` question (perhaps with its ``A:`` answer
    on the next line) or a question in bold (``**Is it over?**``), or an answer to
    the current question."""
    first, _, rest = shown.partition("\n")
    if _QUESTION_PREFIX.match(first) or (bold and not rest and first.endswith("?")):
        faq.flush()
        faq.question = Text(first, line)
        if rest.strip():
            faq.answer.append(Text(" ".join(_ANSWER_PREFIX.sub("", rest.strip()).split()), line + 1))
    elif faq.question is not None:
        text = _ANSWER_PREFIX.sub("", shown) if not faq.answer else shown
        faq.answer.append(Text(" ".join(text.split()), line))


def _all_bold(inline: Any) -> bool:
    """Whether a paragraph is wholly in bold (``**...**``)."""
    children = [c for c in inline.children or [] if not (c.type == "text" and not c.content.strip())]
    if len(children) < 3 or children[0].type != "strong_open" or children[-1].type != "strong_close":
        return False
    depth = 0
    for child in children[:-1]:
        depth += {"strong_open": 1, "strong_close": -1}.get(child.type, 0)
        if depth == 0:
            return False  # "**a** and **b**": bold parts, not a bold paragraph
    return True


def _join_answer(paragraphs: list[str]) -> str:
    if len(paragraphs) <= 1:
        return paragraphs[0] if paragraphs else ""
    from html import escape

    return "".join(f"<p>{escape(p, quote=False)}</p>" for p in paragraphs)


def _plain(inline: Any) -> str:
    """The text an inline token shows: markup, images, raw HTML tags and shortcodes left out.

    Line breaks inside the paragraph are kept as ``\\n`` (``Q:`` / ``A:`` lines).
    """
    parts: list[str] = []
    for child in inline.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    shown = _SHORTCODE.sub(" ", "".join(parts))
    return "\n".join(" ".join(line.split()) for line in shown.split("\n") if line.strip())


def _inline_pictures(token: Any, line: int, base: str | None, md: Any) -> Iterator[Image]:
    """``![alt](src "title")`` and ``<img>`` in a paragraph, and figure shortcodes written in it."""
    breaks = 0
    for child in token.children or []:
        if child.type in ("softbreak", "hardbreak"):
            breaks += 1
        elif child.type == "image":
            src = str(child.attrGet("src") or "")
            alt = "".join(c.content for c in child.children or [] if c.type in ("text", "code_inline"))
            title = child.attrGet("title")
            image = Image(url=_resolve(src, base), caption=str(title).strip() or None if title else None,
                          alt=alt.strip() or None, line=line + breaks)
            yield _with_credit(image, None)
        elif child.type == "html_inline" and child.content.lower().startswith("<img"):
            yield from _html_pictures(child.content, line + breaks, base)
    content = token.content
    for pattern in (_HUGO_FIGURE, _JEKYLL_FIGURE):
        for m in pattern.finditer(content):
            attrs = {a["key"].lower(): next(g for g in (a["dq"], a["sq"], a["bq"], a["bare"]) if g is not None)
                     for a in _ATTR.finditer(m["attrs"])}
            figure_src = next((attrs[k] for k in _FIGURE_SRC if attrs.get(k)), None)
            caption = _inline_text(md, attrs.get("caption") or attrs.get("title") or "") or None
            credit = next((_inline_text(md, attrs[k]) for k in _FIGURE_CREDIT if attrs.get(k)), None)
            image = Image(url=_resolve(figure_src, base) if figure_src else None, caption=caption,
                          alt=attrs.get("alt", "").strip() or None,
                          line=line + content.count("\n", 0, m.start()),
                          width=_int(_Value(attrs.get("width"), line)), height=_int(_Value(attrs.get("height"), line)))
            yield _with_credit(image, credit)


def _inline_text(md: Any, markdown: str) -> str:
    """A caption written in Markdown (``*AP*``, a link), as the reader sees it."""
    if not re.search(r"[*_`\[<&\\]", markdown):
        return " ".join(markdown.split())
    [token] = md.parseInline(markdown)
    return " ".join(_plain(token).split())


def _html_pictures(html: str, line: int, base: str | None) -> Iterator[Image]:
    """``<figure>`` elements (caption and credit read as on pages) and loose ``<img>`` in raw HTML."""
    if "<img" not in html.lower() and "<figure" not in html.lower() and "<picture" not in html.lower():
        return
    import lxml.etree
    import lxml.html

    from linter.figures import decorative, image_src
    from linter.figures import figure as read_figure

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError, AssertionError, IndexError):
        # lxml asserts there is one <body> (IndexError under -O): raw HTML that is the head
        # of a whole document (<html><head>... with no body) has none, and no pictures.
        return
    in_figures: set[Any] = set()
    for fig in root.iter("figure"):
        figure = read_figure(fig)
        in_figures.update(fig.iter("img"))
        if figure is None:
            continue
        yield Image(url=_resolve(figure.src, base) if figure.src else None, caption=figure.caption,
                    credit=figure.credit, alt=figure.alt or None, line=line + (fig.sourceline or 1) - 1,
                    credit_is_copyright=figure.credit_is_copyright)
    for img in root.iter("img"):
        if img in in_figures or decorative(img):
            continue
        src = image_src(img)
        if src:
            alt = (img.get("alt") or "").strip()
            yield Image(url=_resolve(src, base), alt=alt or None, line=line + (img.sourceline or 1) - 1)


def _merge_pictures(article: Article, pictures: list[Image]) -> None:
    """The body's pictures join the front matter's: one picture shown in both is one image."""
    # The first image with each address, by address: a scan of the list per picture took
    # quadratic time in a body of many pictures.
    first: dict[str, int] = {}
    for i, img in enumerate(article.images):
        if img.url:
            first.setdefault(img.url, i)
    for picture in pictures:
        same = first.get(picture.url) if picture.url else None
        if same is None:
            if picture.url:
                first.setdefault(picture.url, len(article.images))
            article.images.append(picture)
            continue
        known = article.images[same]
        article.images[same] = replace(
            known, caption=known.caption or picture.caption, alt=known.alt or picture.alt,
            credit=known.credit or picture.credit,
            credit_is_copyright=known.credit_is_copyright if known.credit else picture.credit_is_copyright)
