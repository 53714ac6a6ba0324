"""Pages from WARC archives: every HTML response record of a ``.warc`` or ``.warc.gz`` file.

Read with FastWARC (the ``warc`` extra; see ``benchmarks/warc.py`` for why FastWARC and not
warcio). What :func:`read_warc` yields, in record order:

- a :class:`WarcPage` for each ``response`` record with HTTP status 200 and an HTML content type
  (``text/html``, ``application/xhtml+xml``; a response without one is read all the same, as
  ``newslint crawl`` reads it): its URL (``WARC-Target-URI``), fetch time (``WARC-Date``), the
  archive and the record's offset, the headers the checks read (:class:`~linter.sources.PageHeaders`)
  and the HTTP body, its transfer and content encodings undone (chunked; gzip, deflate, br);
- a :class:`WarcProblem` for a record that cannot be read: truncated, corrupt, a body that
  cannot be decoded or is larger than :data:`~linter.sources.MAX_PAGE_BYTES` (the crawler's cap).

Other records (``warcinfo``, ``request``, ``metadata``, ``revisit``, responses with another status
or content type) are counted in :class:`WarcCounts`, not yielded.

A damaged archive is read as far as its format allows: in a ``.warc.gz`` each record is its own
gzip member (as Common Crawl, wget and Browsertrix write them), so after a corrupt member reading
goes on at the next member; in a plain ``.warc``, at the next ``WARC/1.x`` line. A record cut
short (the end of a file copied in part) is found by its length: neither FastWARC nor its gzip
reader says so by itself (they hand over the bytes there are), so every record's body is checked
against its ``Content-Length`` here.

Offsets are those of the records in the file (in a ``.warc.gz``, of their gzip member), the
numbers Common Crawl's indexes give: ``WARC-Target-URI`` at offset N can be read again from there.
"""

from __future__ import annotations

import io
import os
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import IO, Any

from linter.decode import MAX_BYTES
from linter.sources import HTML_TYPES, MAX_PAGE_BYTES, MissingExtra, PageHeaders

try:
    from fastwarc.stream_io import GzipReader, GzipWriter
    from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType
except ImportError:
    raise MissingExtra("reading WARC files needs FastWARC, newslint's warc extra: pip install fastwarc "
                       "(in a checkout: pip install -e '.[warc]')") from None

__all__ = ["WarcCounts", "WarcPage", "WarcProblem", "WarcRecorder", "read_warc"]

#: The most of one record's body read, before its content encoding is undone: the largest input
#: newslint reads at all. A larger body is a problem, its record skipped.
MAX_RECORD_BYTES = MAX_BYTES
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_LINE = re.compile(rb"\nWARC/1\.[01]\r?\n")
#: How much of a damaged archive is read at once looking for where the next record starts.
_SCAN = 1 << 20


@dataclass(frozen=True, slots=True)
class WarcPage:
    """One HTML page of an archive, ready to lint."""

    url: str  # WARC-Target-URI
    date: str | None  # WARC-Date, as written: when the page was fetched
    warc: str  # the archive, as named
    offset: int  # where the record starts in the archive
    headers: PageHeaders
    data: bytes  # the HTTP body, decoded

    @property
    def location(self) -> str:
        """``FILE@OFFSET``."""
        return f"{self.warc}@{self.offset}"


@dataclass(frozen=True, slots=True)
class WarcProblem:
    """A record that cannot be read; ``message`` is worded for a ``warc-record-error`` finding."""

    warc: str
    offset: int
    message: str
    url: str | None = None  # when the record's header could be read

    @property
    def location(self) -> str:
        return f"{self.warc}@{self.offset}"


@dataclass(slots=True)
class WarcCounts:
    """What an archive held, counted as it is read."""

    records: int = 0  # every record read
    pages: int = 0  # HTML responses with status 200: yielded to be linted
    not_ok: int = 0  # HTTP responses with another status (redirects, 404...)
    not_html: int = 0  # HTTP 200 responses of another content type
    other: int = 0  # warcinfo, request, metadata, revisit... and responses that are not HTTP (dns:)
    problems: int = 0  # records that cannot be read


def read_warc(source: str | os.PathLike[str] | IO[bytes], *, name: str | None = None,
              counts: WarcCounts | None = None, max_bytes: int = MAX_PAGE_BYTES) -> Iterator[WarcPage | WarcProblem]:
    """The pages and problems of the archive ``source`` (a path, or a binary file open at its start).

    ``name`` is what pages and problems call the archive (default: the path); ``counts``, if given,
    is filled in as records are read. A file that can be read from anywhere (``seekable()``) is
    read on past a damaged record; another stops there. An archive that cannot be opened raises
    ``OSError``.
    """
    counts = counts if counts is not None else WarcCounts()
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as fh:
            yield from _read(fh, name or os.fspath(source), counts, max_bytes)
    else:
        yield from _read(source, name or str(getattr(source, "name", "<warc>")), counts, max_bytes)


def _read(fh: IO[bytes], name: str, counts: WarcCounts, max_bytes: int) -> Iterator[WarcPage | WarcProblem]:
    seekable = fh.seekable()
    start = fh.tell() if seekable else 0
    head = fh.read(2)
    if seekable:
        fh.seek(start)
    else:
        fh = _Prefixed(head, fh)  # type: ignore[assignment]
    gzipped = head == _GZIP_MAGIC[:2]
    position = start
    while True:
        reader: Any = GzipReader(fh) if gzipped else fh
        current: int | None = None  # the record being read
        done: int | None = None  # the last record read whole
        url: str | None = None
        try:
            for record in ArchiveIterator(reader, parse_http=True):
                # The gzip reader knows where the member it reads began (ArchiveIterator's
                # stream_pos does not, when given a reader); in a plain file stream_pos is the offset.
                current = (reader.frame_start_position() if gzipped else record.stream_pos)
                if current is None:
                    current = position
                counts.records += 1
                url = _target(record)
                item = _item(record, name, current, url, counts, max_bytes)
                if item is not None:
                    yield item
                done, current, url = current, None, None
        except Exception as exc:  # FastWARC's own errors (OSError, ValueError, ...): a damaged archive
            counts.problems += 1
            if current is not None:
                failed, what = current, f"record at offset {current}"
            elif gzipped:
                failed = reader.frame_start_position() or position
                what = f"record at offset {failed}"
            elif done is not None:
                # (where a plain record ends is not known: the damage is after the last one read)
                failed, what = done, f"data after the record at offset {done}"
            else:
                failed, what = position, f"record at offset {position}"
            resume = _resume_at(fh, failed, gzipped) if seekable else None
            rest = (f"reading resumed at offset {resume}" if resume is not None
                    else "the rest of the archive cannot be read")
            yield WarcProblem(name, failed, f"{what} cannot be read ({_reason(exc)}); {rest}", url)
            if resume is None:
                return
            position = resume
            fh.seek(position)
            continue
        return


def _item(record: WarcRecord, name: str, offset: int, url: str | None, counts: WarcCounts,
          max_bytes: int) -> WarcPage | WarcProblem | None:
    """The page or problem a record is, or ``None`` for a record that holds no page (counted)."""
    if record.headers.get("Content-Length") is None:  # every record has one: its header was cut short
        return _problem(counts, name, offset, "record header cut short or corrupt (no Content-Length)", url)
    http = record.http_headers if record.is_http_parsed else None
    status = http.status_code if http is not None else None
    if record.record_type != WarcRecordType.response or not (
            record.headers.get("Content-Type") or "").lower().startswith("application/http"):
        return _skipped(record, counts, "other", name, offset, url)  # (a dns: or other non-HTTP response too)
    if http is None or status is None:
        return _problem(counts, name, offset, "HTTP headers cannot be read (the record is cut short or corrupt)", url)
    if status != 200:
        return _skipped(record, counts, "not_ok", name, offset, url)
    content_type = (http.get("Content-Type") or "").split(";")[0].strip().lower()
    if content_type and content_type not in HTML_TYPES:
        return _skipped(record, counts, "not_html", name, offset, url)
    if not url:
        return _problem(counts, name, offset, "response record without a WARC-Target-URI", None)
    expected = record.content_length  # (the block's length less the HTTP headers)
    if expected > MAX_RECORD_BYTES:
        return _problem(counts, name, offset, f"too large (more than {_size(MAX_RECORD_BYTES)})", url)
    body = record.reader.read(expected)  # (asking for more would cost a buffer that large)
    if len(body) < expected:
        return _cut_short(counts, name, offset, len(body), expected, url)
    decoded = _decoded(body, http.get("Transfer-Encoding") or "", http.get("Content-Encoding") or "", max_bytes)
    if isinstance(decoded, str):
        return _problem(counts, name, offset, decoded, url)
    counts.pages += 1
    return WarcPage(url, record.headers.get("WARC-Date"), name, offset, PageHeaders.of(http.items()), decoded)


def _skipped(record: WarcRecord, counts: WarcCounts, kind: str, name: str, offset: int,
             url: str | None) -> WarcProblem | None:
    """Count a record that holds no page; a problem if it is cut short (the end of a file copied in part)."""
    setattr(counts, kind, getattr(counts, kind) + 1)
    expected = record.content_length
    read = record.reader.consume()
    return _cut_short(counts, name, offset, read, expected, url) if read < expected else None


def _cut_short(counts: WarcCounts, name: str, offset: int, read: int, expected: int, url: str | None) -> WarcProblem:
    return _problem(counts, name, offset, f"record cut short ({read:,} of {expected:,} bytes of its body)", url)


def _problem(counts: WarcCounts, name: str, offset: int, message: str, url: str | None) -> WarcProblem:
    counts.problems += 1
    return WarcProblem(name, offset, message, url)


def _target(record: WarcRecord) -> str | None:
    url = (record.headers.get("WARC-Target-URI") or "").strip()
    if url.startswith("<") and url.endswith(">"):  # WARC/1.0's draft form, still met
        url = url[1:-1].strip()
    return url or None


# --- bodies ----------------------------------------------------------------------------------------

def _decoded(body: bytes, transfer: str, encoding: str, max_bytes: int) -> bytes | str:
    """``body`` with its transfer and content encodings undone, or why it cannot be (a message).

    Archives differ in what they keep: some store the body as it was sent, some decoded with the
    headers left as they were. A body that is plainly not in the encoding its header names (no
    chunk size line, no gzip magic) is taken as stored decoded.
    """
    if "chunked" in transfer.lower() and _CHUNK_SIZE.match(body):
        unchunked = _unchunk(body)
        if unchunked is None:
            return "chunked body cut short or malformed"
        body = unchunked
    coding = encoding.strip().lower()
    too_large = f"too large (more than {_size(max_bytes)})"
    if coding in ("", "identity", "none"):
        return body if len(body) <= max_bytes else too_large
    if coding in ("gzip", "x-gzip") and not body.startswith(b"\x1f\x8b"):
        return body if len(body) <= max_bytes else too_large
    try:
        if coding in ("gzip", "x-gzip"):
            out = _inflate(body, zlib.MAX_WBITS | 16, max_bytes)
        elif coding == "deflate":
            try:
                out = _inflate(body, zlib.MAX_WBITS, max_bytes)
            except zlib.error:  # "deflate" sent raw, without the zlib wrapper the standard asks for
                out = _inflate(body, -zlib.MAX_WBITS, max_bytes)
        elif coding == "br":
            out = _unbrotli(body, max_bytes)
        else:
            return f"unsupported content encoding ({coding})"
    except (zlib.error, EOFError) as exc:
        return f"cannot decompress the body ({coding}: {exc})"
    except Exception as exc:  # brotli.error, whose module may be absent
        return f"cannot decompress the body ({coding}: {type(exc).__name__}: {exc})"
    return out if out is not None else too_large


def _inflate(data: bytes, wbits: int, max_bytes: int) -> bytes | None:
    """zlib's inflate, gzip members one after the other; ``None`` past ``max_bytes``."""
    out = bytearray()
    while True:
        z = zlib.decompressobj(wbits)
        out += z.decompress(data, max_bytes + 1 - len(out))
        if len(out) > max_bytes:
            return None
        if not z.eof:
            if z.unconsumed_tail:  # (only when the output was capped, which returned above)
                return None
            raise EOFError("compressed data ends before its end")
        data = z.unused_data
        if not (wbits & 16 and data.startswith(b"\x1f\x8b")):
            return bytes(out)


def _unbrotli(data: bytes, max_bytes: int) -> bytes | None:
    import brotli  # type: ignore[import-untyped]  # (FastWARC's own dependency)

    decompressor = brotli.Decompressor()
    out = bytearray()
    step = 1024  # fed in small pieces: brotli has no output limit, so each piece bounds what it can make
    for i in range(0, len(data), step):
        out += decompressor.process(data[i:i + step])
        if len(out) > max_bytes:
            return None
    if not decompressor.is_finished():
        raise EOFError("compressed data ends before its end")
    return bytes(out)


_CHUNK_SIZE = re.compile(rb"[0-9A-Fa-f]+[ \t]*(?:;[^\r\n]*)?\r?\n")


def _unchunk(body: bytes) -> bytes | None:
    """A chunked body's data (RFC 9112, 7.1); ``None`` if it is cut short or malformed."""
    out = bytearray()
    at = 0
    while True:
        size_line = _CHUNK_SIZE.match(body, at)
        if size_line is None:
            return None
        size = int(size_line.group().split(b";")[0].strip(), 16)
        at = size_line.end()
        if size == 0:
            return bytes(out)  # (trailer fields, if any, are not wanted)
        if at + size > len(body):
            return None
        out += body[at:at + size]
        at += size
        if body.startswith(b"\r\n", at):
            at += 2
        elif body.startswith(b"\n", at):
            at += 1
        else:
            return None


# --- damaged archives ------------------------------------------------------------------------------

def _resume_at(fh: IO[bytes], failed: int, gzipped: bool) -> int | None:
    """Where the first record after the damaged one at ``failed`` may start: the next gzip member,
    or in a plain archive the next ``WARC/1.x`` line; ``None`` when there is none."""
    at = failed + 1
    fh.seek(at)
    carry = b""
    while True:
        chunk = fh.read(_SCAN)
        if not chunk:
            return None
        window = carry + chunk
        base = at - len(carry)
        if gzipped:
            found = window.find(_GZIP_MAGIC)
        else:
            match = _WARC_LINE.search(window)
            found = match.start() + 1 if match is not None else -1
        if found != -1 and base + found > failed:
            return base + found
        carry = window[-16:]
        at += len(chunk)


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}"[:200] if text else type(exc).__name__


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB"


class _Prefixed(io.RawIOBase):
    """A stream read from its start again after its first bytes were looked at (a pipe)."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if self._head:
            out, self._head = (self._head, b"") if size < 0 or size >= len(self._head) else (
                self._head[:size], self._head[size:])
            return out
        return self._rest.read(size)

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


# --- writing -------------------------------------------------------------------------------------

#: Request headers never written to an archive: the user's credentials.
_PRIVATE = frozenset({"authorization", "cookie", "proxy-authorization"})
#: Response headers describing the bytes as sent, which the archive does not hold (the body is
#: kept decoded): renamed, as Common Crawl does, so that readers do not decode it again.
_AS_SENT = frozenset({"content-encoding", "transfer-encoding", "content-length"})


class WarcRecorder:
    """A ``.warc.gz`` being written: one request and one response record per page, each its own
    gzip member (``newslint crawl --warc``). Use as a context manager, or :meth:`close` it."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._fh = open(path, "wb")  # noqa: SIM115 (closed by close())
        self._write_warcinfo()

    def __enter__(self) -> WarcRecorder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._fh.close()

    def add(self, url: str, *, request: list[tuple[str, str]], status: int, reason: str,
            headers: list[tuple[str, str]], body: bytes, http_version: str = "HTTP/1.1",
            date: datetime | None = None) -> None:
        """Record one exchange: the request as sent (without credentials) and the response, its
        body ``body`` as read (decoded)."""
        when = date or datetime.now(UTC)
        target = _request_target(url)
        request_block = (f"GET {target} {http_version}\r\n" + "".join(
            f"{k}: {v}\r\n" for k, v in request if k.lower() not in _PRIVATE) + "\r\n").encode("latin-1", "replace")
        kept = [(k if k.lower() not in _AS_SENT else f"X-Crawler-{k}", v) for k, v in headers]
        kept.append(("Content-Length", str(len(body))))
        response_block = (f"{http_version} {status} {reason}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in kept)
                          + "\r\n").encode("latin-1", "replace") + body
        response = self._record(WarcRecordType.response, url, when, response_block, "response")
        request_record = self._record(WarcRecordType.request, url, when, request_block, "request")
        if response.record_id:
            request_record.headers.append("WARC-Concurrent-To", response.record_id)
        self._write(request_record)
        self._write(response)

    def _record(self, kind: WarcRecordType, url: str, when: datetime, block: bytes, msgtype: str) -> WarcRecord:
        record = WarcRecord()
        record.init_headers(kind)
        record.record_date = when
        record.headers.append("WARC-Target-URI", url)
        record.headers.set("Content-Type", f"application/http; msgtype={msgtype}")
        record.set_bytes_content(block)
        return record

    def _write(self, record: WarcRecord) -> None:
        member = GzipWriter(self._fh)
        record.write(member, checksum_data=True)
        member.finish()
        self._fh.flush()

    def _write_warcinfo(self) -> None:
        from linter import __version__

        record = WarcRecord()
        record.init_headers(WarcRecordType.warcinfo)
        record.headers.append("WARC-Filename", os.path.basename(self.path))
        record.headers.set("Content-Type", "application/warc-fields")
        record.set_bytes_content(f"software: newslint/{__version__}\r\nformat: WARC File Format 1.1\r\n"
                                 .encode())
        self._write(record)


def _request_target(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
