"""Page addresses in ``newslint crawl``: which can be fetched, how they are shown, and which
sites a crawl may go to.

Kept apart from :mod:`linter.sources.fetch` so that what only looks at URLs (sitemaps, worker
processes, the command line) does not import the HTTP client.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit, urlunsplit

MB = 1024 * 1024

#: The longest URL fetched: the HTTP client's own limit (httpx), checked here first so that a
#: longer one is a finding with a reason, never an exception.
MAX_URL_LENGTH = 65_536
#: What a message shows of a URL at most; the finding's path holds the whole of it.
SHOWN_LENGTH = 100
DEFAULT_PORTS = {"http": 80, "https": 443}


def redact(url: str) -> str:
    """``url`` with any user name and password replaced by ``***``: what reports show."""
    try:
        parts = urlsplit(url)
    except ValueError:
        _head, sep, rest = url.partition("@")
        return f"***@{rest}" if sep else url
    if "@" not in parts.netloc:
        return url
    return urlunsplit((parts.scheme, "***@" + parts.netloc.rpartition("@")[2], parts.path, parts.query,
                       parts.fragment))


def shown(url: str) -> str:
    """``url`` as a one-line message names it: redacted, control characters escaped, shortened."""
    text = redact(url)
    if len(text) > SHOWN_LENGTH:
        text = f"{text[:SHOWN_LENGTH]}... ({len(url):,} characters)"
    return "".join(repr(c)[1:-1] if _is_control(c) else c for c in text)


def http_url_problem(url: str) -> str | None:
    """Why ``url`` is not an absolute http(s) URL newslint can fetch, or ``None``."""
    if len(url) > MAX_URL_LENGTH:
        return f"URL too long ({len(url):,} > {MAX_URL_LENGTH:,} characters)"
    bad = next((i for i, c in enumerate(url) if _is_control(c)), None)
    if bad is not None:
        # urlsplit would quietly drop some of them (tabs, line breaks); the HTTP client refuses all.
        return f"URL holds a control character ({repr(url[bad])[1:-1]} at position {bad + 1})"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError as exc:
        return f"not a valid URL ({exc})"
    if not parts.scheme:
        return "not an absolute http(s) URL"
    if parts.scheme.lower() not in ("http", "https"):
        return f"not an http(s) URL (scheme {parts.scheme})"
    if not parts.hostname:
        return "URL has no host"
    return None


def _is_control(char: str) -> bool:
    """An ASCII control character: what no HTTP request line may hold."""
    return char < " " or char == "\x7f"


def split_credentials(url: str) -> tuple[str, tuple[str, str] | None]:
    """``(url without user info or fragment, (user, password) or None)``."""
    parts = urlsplit(url)
    netloc = parts.netloc.rpartition("@")[2]
    clean = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
    if "@" not in parts.netloc:
        return clean, None
    return clean, (unquote(parts.username or ""), unquote(parts.password or ""))


def origin(url: str) -> tuple[str, str, int | None]:
    """Scheme, host and port (the scheme's default filled in): where credentials may be sent."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    return scheme, (parts.hostname or "").lower(), parts.port or DEFAULT_PORTS.get(scheme)


def host(url: str) -> str:
    """The host name, lower case."""
    return (urlsplit(url).hostname or "").lower()


def host_key(url: str) -> str:
    """Host and port, lower case: what the per-host limit is keyed by."""
    parts = urlsplit(url)
    return f"{(parts.hostname or '').lower()}:{parts.port or ''}"


def site(url: str) -> str:
    """The site ``url`` is on: its host, with its port unless that is the scheme's standard one.

    ``https://Example.com/a`` and ``http://example.com:80/b`` are both on ``example.com`` (one
    site served over http and https), ``http://127.0.0.1:8080/`` on ``127.0.0.1:8080``: another
    port is another server. What a crawl's scope and ``redirect-changes-host`` compare.
    """
    parts = urlsplit(url)
    name = (parts.hostname or "").lower()
    if ":" in name:  # an IPv6 address
        name = f"[{name}]"
    port = parts.port
    if port is None or port == DEFAULT_PORTS.get(parts.scheme.lower()):
        return name
    return f"{name}:{port}"


def parse_site(value: str) -> str:
    """An ``--allow-host`` value (``HOST`` or ``HOST:PORT``) as a :func:`site`; ``*`` is any site.

    Raises :class:`ValueError` with a message naming the value.
    """
    text = value.strip().lower()
    if text == "*":
        return text
    url = "http://" + text
    if not text or any(c in text for c in "/?#@\\ ") or http_url_problem(url):
        raise ValueError(f"bad --allow-host '{shown(value)}' (expected HOST or HOST:PORT)")
    # A port written out that is standard for either scheme is the site without it.
    return site(("https://" if urlsplit(url).port == 443 else "http://") + text)


@dataclass(slots=True)
class Scope:
    """The sites a crawl may read pages and sitemaps from: those of the URLs and sitemaps it was
    given, and those allowed (``--allow-host``); ``*`` allows any."""

    sites: set[str] = field(default_factory=set)
    anywhere: bool = False

    @classmethod
    def allowing(cls, allowed: tuple[str, ...] | list[str]) -> Scope:
        """A scope of the ``--allow-host`` values ``allowed`` (raises :class:`ValueError` on a bad one)."""
        sites = {parse_site(value) for value in allowed}
        return cls(sites - {"*"}, anywhere="*" in sites)

    def add(self, url: str) -> None:
        """Take in the site of ``url``, one the user named (a URL that cannot be fetched adds none)."""
        if not http_url_problem(url):
            self.sites.add(site(url))

    def allows(self, url: str) -> bool:
        """Whether ``url`` is inside the scope. One that cannot be fetched at all is let through:
        it is reported as what it is (a ``fetch-error``), not as being elsewhere."""
        return self.anywhere or bool(http_url_problem(url)) or site(url) in self.sites
