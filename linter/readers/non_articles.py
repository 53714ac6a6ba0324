"""Telling a text file that is no article (``requirements.txt``, ``robots.txt``, a licence) from one that is.

newslint reads every ``.txt`` and ``.md`` file as an article; a repository holds others too,
and pre-commit hands the hook every file its ``files`` pattern matches, by name. Such a file
is passed over (reported as ``not-an-article``, never counted as checked) for one of two
reasons:

- its **name** is one that never names an article: ``requirements*.txt``, ``robots.txt``,
  ``LICENSE*``, ``README*``, ``CHANGELOG*`` and the like (:data:`NAMES`); a directory walk
  does not even collect these;
- its **content** has no article's shape: no paragraph of prose (a sentence of some words
  ending in ``.``, ``!``, ``?`` ...), and lines that are mostly data: requirement
  specifiers (``lxml>=5.0``), ``Key: value`` directives (``Disallow: /admin/``),
  ``key=value`` settings, comma-separated records, bare words.

The judgement leans towards reading: a text with one sentence of prose, a text of a single
line, Markdown with front matter, is an article, and a missing byline in it is reported.
Whatever it decides, a file named in ``exclude`` or left out of the hook's ``files`` pattern
is never read at all: that is the way to scope newslint to the articles.
"""

from __future__ import annotations

import re
from pathlib import PurePath

#: File names (lowercased, without the extension) that never name an article; a ``*`` ends a prefix.
#: A prefix matches the name itself and the name followed by ``-``, ``_`` or ``.``
#: (``requirements-dev.txt``, ``LICENSE.MIT.txt``), never a longer word (``licensed-...``).
NAMES = (
    "requirements*", "constraints*", "dev-requirements*", "test-requirements*",
    "robots", "humans", "security", "ads", "app-ads", "sellers", "llms", "llms-full",
    "license*", "licence*", "copying*", "notice", "authors", "contributors", "maintainers",
    "codeowners", "changelog*", "readme*", "contributing*", "code_of_conduct*", "code-of-conduct*",
    "cmakelists", "third_party_notices*", "third-party-notices*",
)

_PREFIXES = tuple(n[:-1] for n in NAMES if n.endswith("*"))
_EXACT = frozenset(n for n in NAMES if not n.endswith("*"))


def non_article_name(path: str) -> bool:
    """Whether ``path``'s file name is one that never names an article (:data:`NAMES`)."""
    name = PurePath(path).name.lower()
    stem = name.split(".", 1)[0]  # (README.de.md, LICENSE.MIT.txt: the part before the first dot)
    return stem in _EXACT or any(stem == p or stem.startswith((f"{p}-", f"{p}_")) for p in _PREFIXES)


#: A sentence ending: . ! ? …, perhaps inside closing quotes or brackets, before a space or the end
#: (not the dot of ``example.com`` or ``5.0``).
_SENTENCE_END = re.compile(r"[.!?…。][\"'”’»)\]]*(?:\s|$)")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: Words in a paragraph for it to be prose.
_PROSE_WORDS = 6

_DATA_LINES = (
    # a requirement specifier or pip option: lxml>=5.0, pkg[extra]==1; python_version<"3.12", -r dev.txt
    # (each part matched one way only: no backtracking to speak of on a long line that fails)
    re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*(?:\[[^\]]*\])?\s*"
               r"(?:(?:===|[<>=!~]=?)\s*[^\s,;<>=!~]+\s*(?:,\s*)?)+(?:;.*)?"),
    re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*(?:\[[^\]]*\])?\s*@\s*\S+"),
    re.compile(r"--?[A-Za-z][\w-]*(?:[= ]\S.*)?"),
    # a directive: User-agent: *, Disallow: /admin/, Contact: mailto:x@example.com (one word, then no sentence)
    re.compile(r"[A-Za-z][\w-]*\s*:\s*[^\s]*"),
    # a setting or a section: key = value, [section]
    re.compile(r"[\w.-]+\s*=\s*.*"),
    re.compile(r"\[[^\]]+\]"),
    # a record: google.com, pub-0000000000000000, DIRECT, f08c47fec0942fa0
    re.compile(r"[^\s,]+(?:\s*,[ \t]*[^\s,]+){2,}"),
    # a bare word, path or URL: pytest, ./docs/, https://example.com/sitemap.xml
    re.compile(r"\S+"),
)
#: A comment line of a data file (text only: in Markdown ``#`` opens a heading).
_COMMENT = re.compile(r"(?:#|;|//|/\*|\*/)")


def not_an_article(path: str, text: str, *, kind: str = "text") -> str | None:
    """Why the text ``text`` read from ``path`` is no article, or ``None`` when it may be one.

    ``kind`` is the reader it would go to (``text`` or ``markdown``): Markdown's ``#`` opens a
    heading, not a comment, and Markdown with front matter is always an article.
    """
    if non_article_name(path):
        return f"{PurePath(path).name} never names an article"
    if kind == "markdown" and re.match(r"\A\ufeff?(?:---|\+\+\+)[ \t]*\r?\n", text):
        return None
    data = other = 0
    paragraph: list[str] = []
    for line in [*text[:65_536].splitlines(), ""]:
        stripped = line.strip()
        if not stripped:
            if paragraph and _prose(" ".join(paragraph)):
                return None
            paragraph = []
            continue
        if stripped.startswith("<!--") if kind == "markdown" else _COMMENT.match(stripped):
            continue
        paragraph.append(stripped)
        if any(p.fullmatch(stripped) for p in _DATA_LINES):
            data += 1
        else:
            other += 1
    # Two data lines at least, and two in three lines data: a one-line headline stays an article.
    if data >= 2 and data >= 2 * other:
        return "no headline and prose, only lines of data"
    return None


def _prose(paragraph: str) -> bool:
    """Whether ``paragraph`` reads as prose: some words and a sentence ending."""
    return len(_WORD.findall(paragraph)) >= _PROSE_WORDS and bool(_SENTENCE_END.search(paragraph))
