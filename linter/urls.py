"""Page addresses in ``newslint crawl``: which can be fetched, and how they are shown.

Kept apart from :mod:`linter.fetch` so that what only looks at URLs (sitemaps, worker
processes, the command line) does not import the HTTP client.
"""

from __future__ import annotations

from urllib.parse import unquote, urlsplit, urlunsplit

MB = 1024 * 1024


def redact(url: str) -> str:
    """``url`` with any user name and password replaced by ``***``: what reports show."""
    try:
        parts = urlsplit(url)
    except ValueError:
        head, sep, rest = url.partition("@")
        return f"***@{rest}" if sep else url
    if "@" not in parts.netloc:
        return url
    return urlunsplit((parts.scheme, "***@" + parts.netloc.rpartition("@")[2], parts.path, parts.query,
                       parts.fragment))


def http_url_problem(url: str) -> str | None:
    """Why ``url`` is not an absolute http(s) URL newslint can fetch, or ``None``."""
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


def split_credentials(url: str) -> tuple[str, tuple[str, str] | None]:
    """``(url without user info or fragment, (user, password) or None)``."""
    parts = urlsplit(url)
    netloc = parts.netloc.rpartition("@")[2]
    clean = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
    if "@" not in parts.netloc:
        return clean, None
    return clean, (unquote(parts.username or ""), unquote(parts.password or ""))


def origin(url: str) -> tuple[str, str, int | None]:
    """Scheme, host and port: where credentials may be sent."""
    parts = urlsplit(url)
    return parts.scheme.lower(), (parts.hostname or "").lower(), parts.port


def host(url: str) -> str:
    """The host name, lower case."""
    return (urlsplit(url).hostname or "").lower()


def host_key(url: str) -> str:
    """Host and port, lower case: what the per-host limit is keyed by."""
    parts = urlsplit(url)
    return f"{(parts.hostname or '').lower()}:{parts.port or ''}"
