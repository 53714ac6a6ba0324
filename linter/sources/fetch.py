"""Fetching over HTTP for ``newslint crawl``: limits, retries, redirects and size caps.

Every outcome is a value, never an exception: a :class:`Fetched` holds either the body or
``problem``, a one-line reason worded for a ``fetch-error`` finding. One page that cannot be
had never stops a crawl.

- Concurrency: at most ``concurrency`` requests at once, ``per_host`` of them to one host.
- Retries: 429, 502, 503 and 504 are tried again (``retries`` times) after the server's
  ``Retry-After`` or an exponential backoff. A ``Retry-After`` longer than
  ``max_retry_after`` is not waited for: the fetch fails at once, so no server can hang a run.
- Redirects are followed by hand, up to ``max_redirects``, each hop checked (http(s) only, no
  loops, the caller's ``permit``: robots.txt); the hops are kept for the caller to judge.
  :func:`redirect_target` resolves a ``Location`` header, and says why one cannot be followed
  (``mailto:``, ``javascript:``, a URL the client refuses).
- Size: the body is read streamed and decompressed here, with a cap on the *decompressed*
  size, so neither a huge page nor a gzip bomb holds more than ``max_bytes`` in memory.
- Credentials in a URL (``https://user:pass@host/``) are sent as basic authentication to
  that origin only, and appear nowhere else: see :func:`redact`.
"""

from __future__ import annotations

import asyncio
import os
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

from linter import __version__

# Named here too, where callers found them first.
from linter.sources import HTML_TYPES as HTML_TYPES
from linter.sources import MissingExtra as MissingExtra

try:
    import httpx
except ImportError:
    raise MissingExtra("fetching pages needs httpx, newslint's crawl extra: pip install httpx "
                       "(in a checkout: pip install -e '.[crawl]')") from None
from datetime import UTC

from linter.sources.urls import MB, host_key, http_url_problem, origin, redact, shown, split_credentials

USER_AGENT = f"newslint/{__version__} (structured-data linter; +https://pypi.org/project/newslint/)"

#: Statuses that say "try again later".
RETRY_STATUSES = frozenset({429, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
#: Where a response's ``Location`` header is kept out of the HTTP client's sight (see :func:`_hide_location`).
_LOCATION = "x-newslint-location"


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How pages are fetched; the defaults are ``newslint crawl``'s."""

    concurrency: int = 8
    per_host: int = 4
    timeout: float = 10.0  # seconds to connect, and between two reads
    retries: int = 2
    backoff: float = 0.5  # first wait before a retry without Retry-After; doubles each time
    max_retry_after: float = 30.0
    max_redirects: int = 10
    max_bytes: int = 10 * MB
    user_agent: str = USER_AGENT

    @property
    def deadline(self) -> float:
        """Longest one request may take altogether: a server dripping bytes never trips ``timeout``."""
        return self.timeout * 5


@dataclass(slots=True)
class Fetched:
    """What one fetch gave: a body, or the reason there is none."""

    url: str  # the address finally read (after redirects), without credentials
    data: bytes | None = None
    problem: str | None = None
    status: int | None = None
    content_type: str | None = None
    hops: list[str] = field(default_factory=list)  # every redirect target, in order, without credentials
    #: The exchange, for a body read (what ``crawl --warc`` records, and what the checks read of
    #: the response: :class:`~linter.sources.PageHeaders`): response headers as received, request
    #: headers as sent, the status line's reason and HTTP version.
    headers: tuple[tuple[str, str], ...] = ()
    request_headers: tuple[tuple[str, str], ...] = ()
    reason: str = ""
    http_version: str = "HTTP/1.1"

    @property
    def ok(self) -> bool:
        return self.data is not None


#: Why a URL may not be fetched (robots.txt), or ``None``; awaited before every hop.
Permit = Callable[[str], Awaitable[str | None]]


class Fetcher:
    """An HTTP client with the crawl's limits; use as ``async with Fetcher(options) as f``."""

    def __init__(self, options: FetchOptions = FetchOptions(), *,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.options = options
        self._client = httpx.AsyncClient(
            event_hooks={"response": [_hide_location]},
            headers={"User-Agent": options.user_agent,
                     "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                     # Only what this module decodes (and caps) itself.
                     "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(options.timeout, pool=None),
            limits=httpx.Limits(max_connections=options.concurrency,
                                max_keepalive_connections=options.concurrency),
            follow_redirects=False,
            transport=transport,
        )
        self._slots = asyncio.Semaphore(options.concurrency)
        self._hosts: dict[str, asyncio.Semaphore] = {}

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        await self._client.aclose()

    async def get(self, url: str, *, accept: frozenset[str] | None = None, max_bytes: int | None = None,
                  truncate: bool = False, max_redirects: int | None = None,
                  permit: Permit | None = None) -> Fetched:
        """Fetch ``url`` (an absolute http(s) URL, credentials allowed).

        ``accept``: the content types wanted (a response without one is read all the same);
        ``None`` takes any. ``max_bytes``: the cap on the decompressed body (default: the
        options'); ``truncate`` keeps the first ``max_bytes`` instead of failing.
        """
        problem = url_problem(url)
        if problem:
            return Fetched(redact(url), problem=problem)
        current, auth = split_credentials(url)
        home = origin(current)
        seen = {current}
        hops: list[str] = []
        limit = self.options.max_redirects if max_redirects is None else max_redirects
        while True:
            if permit is not None:
                refused = await permit(current)
                if refused:
                    return Fetched(current, problem=refused, hops=hops)
            result = await self._with_retries(current, auth if origin(current) == home else None,
                                              accept, max_bytes or self.options.max_bytes, truncate)
            result.hops = hops
            if not isinstance(result, _Redirect):
                return result
            if not result.target:
                return Fetched(current, problem=f"redirect ({result.status}) without a Location header",
                               status=result.status, hops=hops)
            try:
                target = redirect_target(current, result.target)
            except RedirectError as exc:
                return Fetched(current, problem=str(exc), status=result.status, hops=hops)
            hops.append(target)
            if target in seen:
                return Fetched(target, problem=f"redirect loop (back to {target})", status=result.status,
                               hops=hops)
            if len(hops) > limit:
                return Fetched(target, problem=f"too many redirects (more than {limit})", status=result.status,
                               hops=hops)
            seen.add(target)
            current = target

    async def _with_retries(self, url: str, auth: tuple[str, str] | None, accept: frozenset[str] | None,
                            max_bytes: int, truncate: bool) -> Fetched:
        options = self.options
        attempt = 0
        while True:
            result = await self._once(url, auth, accept, max_bytes, truncate)
            if not isinstance(result, _Retry):
                return result
            attempt += 1
            wait = result.retry_after
            if wait is not None and wait > options.max_retry_after:
                return Fetched(url, problem=f"{_status_text(result.status, result.reason)}; the server asks "
                                            f"to wait {wait:.0f} s (newslint waits at most "
                                            f"{options.max_retry_after:.0f} s)", status=result.status)
            if attempt > options.retries:
                tries = options.retries + 1
                return Fetched(url, problem=f"{_status_text(result.status, result.reason)} "
                                            f"({tries} attempt{'s' if tries > 1 else ''})", status=result.status)
            # Slots are not held while waiting: other hosts go on meanwhile.
            await asyncio.sleep(wait if wait is not None else options.backoff * 2 ** (attempt - 1))

    async def _once(self, url: str, auth: tuple[str, str] | None, accept: frozenset[str] | None,
                    max_bytes: int, truncate: bool) -> Fetched:
        options = self.options
        host = host_key(url)
        per_host = self._hosts.get(host)
        if per_host is None:
            per_host = self._hosts[host] = asyncio.Semaphore(options.per_host)
        async with per_host, self._slots:
            try:
                async with asyncio.timeout(options.deadline):
                    async with self._client.stream("GET", url, auth=auth) as response:
                        return await self._read(url, response, accept, max_bytes, truncate)
            except TimeoutError:
                return Fetched(url, problem=f"timed out (no complete answer within {options.deadline:g} s)")
            except httpx.ConnectTimeout:
                return Fetched(url, problem=f"timed out connecting ({options.timeout:g} s)")
            except httpx.TimeoutException:
                return Fetched(url, problem=f"timed out waiting for the server ({options.timeout:g} s)")
            except httpx.ConnectError as exc:
                return Fetched(url, problem=f"cannot connect ({_reason(exc)})")
            except httpx.RemoteProtocolError as exc:
                return Fetched(url, problem=f"connection broken before the whole answer arrived ({_reason(exc)})")
            except httpx.HTTPError as exc:
                return Fetched(url, problem=f"cannot fetch ({type(exc).__name__}: {_reason(exc)})")
            except httpx.InvalidURL as exc:  # not an HTTPError; url_problem should have said so already
                return Fetched(url, problem=f"not a valid URL ({exc})")
            except OSError as exc:  # a socket error that reached us unwrapped
                return Fetched(url, problem=f"cannot fetch ({exc.strerror or exc})")
            except Exception as exc:
                # The promise above (an outcome, never an exception) holds even against a bug
                # here or in the client: this one fetch fails, the crawl goes on.
                if os.environ.get("NEWSLINT_DEBUG"):
                    raise
                return Fetched(url, problem=f"cannot fetch (internal error: {type(exc).__name__}: {exc})")

    async def _read(self, url: str, response: httpx.Response, accept: frozenset[str] | None, max_bytes: int,
                    truncate: bool) -> Fetched:
        status = response.status_code
        if status in REDIRECT_STATUSES:
            return _Redirect(url, status=status, target=response.headers.get(_LOCATION))
        if status in RETRY_STATUSES:
            return _Retry(url, status=status, reason=response.reason_phrase,
                          retry_after=_retry_after(response.headers.get("retry-after")))
        if not 200 <= status < 300:
            return Fetched(url, problem=_status_text(status, response.reason_phrase), status=status)
        content_type = (response.headers.get("content-type") or "").split(";")[0].strip().lower() or None
        if accept is not None and content_type is not None and content_type not in accept:
            return Fetched(url, problem=f"not an HTML page (content type {content_type})", status=status,
                           content_type=content_type)
        too_large = Fetched(url, problem=f"too large (more than {_size(max_bytes)})", status=status,
                            content_type=content_type)
        length = response.headers.get("content-length", "")
        encoding = (response.headers.get("content-encoding") or "identity").strip().lower()
        if length.isdigit() and int(length) > max_bytes and encoding == "identity" and not truncate:
            return too_large
        decoder = _Decoder.for_encoding(encoding)
        if decoder is None:
            return Fetched(url, problem=f"unsupported content encoding ({encoding})", status=status,
                           content_type=content_type)
        if response.is_stream_consumed:  # a transport that read the body already (and decoded it)
            data = response.content
            if len(data) > max_bytes and not truncate:
                return too_large
            return _exchange(Fetched(url, data=data[:max_bytes], status=status, content_type=content_type), response)
        body = bytearray()
        try:
            async for chunk in response.aiter_raw():
                room = max_bytes - len(body)
                part = decoder.decode(chunk, room)
                if len(part) > room:
                    if not truncate:
                        return too_large
                    body += part[:room]
                    break
                body += part
            else:
                tail = decoder.flush()
                if len(body) + len(tail) > max_bytes and not truncate:
                    return too_large
                body += tail[:max_bytes - len(body)]
        except zlib.error as exc:
            return Fetched(url, problem=f"cannot decompress the body ({encoding}: {exc})", status=status,
                           content_type=content_type)
        return _exchange(Fetched(url, data=bytes(body), status=status, content_type=content_type), response)


def _exchange(fetched: Fetched, response: httpx.Response) -> Fetched:
    """``fetched`` with the exchange it came from (a body was read)."""
    # As received (the names' case too), but for the Location moved aside (see _hide_location).
    fetched.headers = tuple(("Location" if k.lower() == _LOCATION.encode() else k.decode("latin-1"),
                             v.decode("latin-1")) for k, v in response.headers.raw)
    fetched.request_headers = tuple((k.decode("latin-1"), v.decode("latin-1")) for k, v in response.request.headers.raw)
    fetched.reason = response.reason_phrase
    fetched.http_version = response.http_version
    return fetched


@dataclass(slots=True)
class _Redirect(Fetched):
    target: str | None = None  # the Location header, as sent


class RedirectError(ValueError):
    """A ``Location`` that cannot be followed; the message is worded for a ``fetch-error``."""


def redirect_target(base_url: str, location: str) -> str:
    """The URL a redirect from ``base_url`` with the header ``Location: location`` leads to.

    ``location`` is resolved against ``base_url`` as a browser does (a relative reference,
    ``//host/path``, surrounding spaces ignored); credentials in it are dropped (the user's go
    to their own origin only), and so is the fragment. Raises :class:`RedirectError` when the
    target cannot be fetched: another scheme (``mailto:``, ``javascript:``, ``data:``,
    ``about:``, ``urn:``), no host, or a URL the HTTP client refuses (too long, a control
    character, a bad host or port). Pure, and never raises anything else, whatever the header.
    """
    location = location.strip(" \t\r\n\f")
    if not location:
        raise RedirectError("redirect with an empty Location header")
    try:
        target = urljoin(base_url, location)
    except ValueError as exc:  # urljoin parses both: a bracketed host that does not close, say
        raise RedirectError(f"redirect to {shown(location)}: not a valid URL ({exc})") from None
    problem = url_problem(target)
    if problem:
        raise RedirectError(f"redirect to {shown(target)}: {problem}")
    return split_credentials(target)[0]


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be fetched, or ``None``: :func:`~linter.sources.urls.http_url_problem`, then
    what the HTTP client itself refuses (a host name that is no valid name or address)."""
    problem = http_url_problem(url)
    if problem:
        return problem
    try:
        httpx.URL(split_credentials(url)[0])
    except (httpx.InvalidURL, ValueError) as exc:  # (UnicodeError is a ValueError)
        return f"not a valid URL ({exc})"
    return None


async def _hide_location(response: httpx.Response) -> None:
    """Move ``Location`` out of the HTTP client's sight (a response hook).

    httpx works out the request a redirect leads to even when told not to follow it, and a
    ``Location`` it cannot parse (``mailto:a@b``, ``about:blank``) then raises out of the
    request, answer lost. newslint follows redirects itself (:func:`redirect_target`): the
    client is left nothing to work out. Of several ``Location`` headers, the first counts.
    """
    locations = response.headers.get_list("location")
    if _LOCATION in response.headers:
        del response.headers[_LOCATION]  # sent by the server itself: not a Location
    if locations:
        del response.headers["location"]
        response.headers[_LOCATION] = locations[0]


@dataclass(slots=True)
class _Retry(Fetched):
    reason: str = ""
    retry_after: float | None = None


_GZIP = zlib.MAX_WBITS | 16


class _Decoder:
    """Content-Encoding undone chunk by chunk, never producing more than asked for."""

    def __init__(self, wbits: int | None) -> None:
        self._wbits = wbits
        self._z = zlib.decompressobj(wbits) if wbits is not None else None
        self._first = True

    @classmethod
    def for_encoding(cls, encoding: str) -> _Decoder | None:
        if encoding in ("identity", ""):
            return cls(None)
        if encoding in ("gzip", "x-gzip"):
            return cls(_GZIP)
        if encoding == "deflate":
            return cls(zlib.MAX_WBITS)
        return None

    def decode(self, chunk: bytes, room: int) -> bytes:
        """At most ``room + 1`` bytes of output: one more than fits says "too large"."""
        if self._z is None:
            return chunk
        out = bytearray()
        while True:
            try:
                out += self._z.decompress(chunk, room + 1 - len(out))
            except zlib.error:
                if not (self._first and self._wbits == zlib.MAX_WBITS):
                    raise
                # "deflate" sent raw, without the zlib wrapper the standard asks for (common).
                self._z = zlib.decompressobj(-zlib.MAX_WBITS)
                out += self._z.decompress(chunk, room + 1 - len(out))
            self._first = False
            if len(out) > room:
                return bytes(out)
            rest = self._z.unused_data
            if not (self._z.eof and rest.startswith(b"\x1f\x8b") and self._wbits == _GZIP):
                return bytes(out)  # (bytes after the end of the stream that are no gzip member: ignored)
            # Another gzip member follows (a body made of several, which gzip allows).
            self._z = zlib.decompressobj(_GZIP)
            chunk = rest

    def flush(self) -> bytes:
        return self._z.flush() if self._z is not None else b""


def _retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header (seconds or an HTTP date), or ``None``."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    from datetime import datetime

    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _status_text(status: int | None, reason: str) -> str:
    return f"server answered {status}" + (f" ({reason})" if reason else "")


def _reason(exc: BaseException) -> str:
    """The most telling words for a transport error: the socket's own ("Connection refused",
    "Name or service not known") when one lies underneath the client's wrapping."""
    seen: set[int] = set()
    stack: list[BaseException] = [exc]
    while stack:
        e = stack.pop()
        if id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, OSError) and e.strerror:
            # asyncio words it "Connect call failed ('10.0.0.1', 80)": the errno's own words are plainer.
            return os.strerror(e.errno) if isinstance(e.errno, int) and e.errno > 0 else e.strerror
        stack.extend(x for x in (*getattr(e, "exceptions", ()), e.__cause__, e.__context__) if x is not None)
    return str(exc).strip() or type(exc).__name__


def _size(n: int) -> str:
    return f"{n / MB:g} MB" if n >= MB else f"{n} bytes"
