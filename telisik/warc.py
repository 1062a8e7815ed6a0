"""WARC (ISO 28500) writing and reading: the archive's interchange format with other web-archive tools.

Each stored article becomes, in order:

- one `response` record per captured page (the first page, then the further pages of a multi-page article):
  WARC-Target-URI is the URL the response came from (the final URL after redirects), WARC-Date the fetch
  time (WARC/1.1, microseconds), the block the HTTP status line, the headers as received and the body bytes
  as stored;
- one `metadata` record (WARC-Refers-To and WARC-Concurrent-To = the first response's record id) whose JSON
  payload holds the extracted article fields plus what the archive needs to rebuild its `Capture`s exactly
  (requested URL, encoding, the record ids of the further pages).

Readers (pywb, warcio, ArchiveBox) replay the `response` records and skip what they do not know; telisik's own
reader pairs them back up. Everything streams: one article's records at a time.

One deliberate edit to the headers as received: the body is stored *decoded* (httpx undoes gzip/chunked), so
`Content-Encoding` and `Transfer-Encoding` are left out and `Content-Length` is set to the stored length — a
record that claimed gzip for plain bytes would be unreadable by every replay tool.
"""

from __future__ import annotations

import http
import io
import json
import zlib
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from io import BytesIO
from typing import IO, Any, cast

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date
from warcio.warcwriter import WARCWriter

from telisik import __version__
from telisik.article import Article, Capture
from telisik.times import as_utc, iso, parse_iso
from telisik.urls import strip_userinfo

WARC_VERSION = "1.1"
METADATA_CONTENT_TYPE = "application/json"
# Body encodings the stored bytes no longer have (see the module docstring).
_DROPPED_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length"})
# The reader keeps unpaired responses this long waiting for their metadata record (the pages of one article).
MAX_PENDING_RESPONSES = 64
# Header lines read in a row (a record's WARC and HTTP headers); real ones are a few KB.
MAX_HEADER_BYTES = 1024 * 1024


class WarcFormatError(Exception):
    """A file that is not a readable WARC."""


# ---------------------------------------------------------------------------------------------- writing


class ArticleWarcWriter:
    """Writes articles to a binary stream as WARC records; `.gz` style per-record gzip when `gzip=True`."""

    def __init__(self, out: IO[bytes], *, gzip: bool = False, filename: str | None = None) -> None:
        # warcio compresses at level 9, which costs 4x the time of level 6 for 2% smaller files: each record
        # is gzipped here instead, still one gzip member per record as web-archive tools expect.
        sink = _GzipMemberPerRecord(out) if gzip else out
        self._writer = WARCWriter(sink, gzip=False, warc_version=WARC_VERSION)
        self._write_warcinfo(filename)
        self.articles_written = 0
        self.records_written = 1

    def _write_warcinfo(self, filename: str | None) -> None:
        info = {
            "software": f"telisik/{__version__}",
            "format": "WARC File Format 1.1",
            "description": "News articles archived by telisik: responses plus one JSON metadata record each",
        }
        self._writer.write_record(self._writer.create_warcinfo_record(filename or "", info))

    def write_article(self, article: Article, *, extra: dict[str, Any] | None = None) -> None:
        """Write the article's captures and its metadata record. `extra` is merged into the metadata JSON."""
        captures = [c for c in [article.capture, *article.extra_captures] if c is not None]
        record_ids = [self._write_response(capture) for capture in captures]
        target = strip_userinfo(
            captures[0].final_url if captures else (article.canonical_url or article.url or "")
        )
        payload = metadata_payload(article, record_ids=record_ids, extra=extra)
        headers = {
            "WARC-Date": _warc_date(article.fetched_at or (captures[0].fetched_at if captures else None))
        }
        if record_ids:
            headers["WARC-Refers-To"] = record_ids[0]
            headers["WARC-Concurrent-To"] = record_ids[0]
        body = json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8")
        record = self._writer.create_warc_record(
            target,
            "metadata",
            payload=BytesIO(body),
            length=len(body),
            warc_content_type=METADATA_CONTENT_TYPE,
            warc_headers_dict=headers,
        )
        self._writer.write_record(record)
        self.records_written += len(record_ids) + 1
        self.articles_written += 1

    def _write_response(self, capture: Capture) -> str:
        http_headers = StatusAndHeaders(
            status_line(capture.status),
            response_headers(capture),
            protocol="HTTP/1.1",
        )
        # The response belongs to the URL that sent it (after redirects), as Heritrix and pywb expect; the
        # URL first requested is kept in the metadata record.
        record = self._writer.create_warc_record(
            strip_userinfo(capture.final_url or capture.url),
            "response",
            payload=BytesIO(capture.content),
            length=len(capture.content),
            http_headers=http_headers,
            warc_headers_dict={"WARC-Date": _warc_date(capture.fetched_at)},
        )
        self._writer.write_record(record)
        return record.rec_headers.get_header("WARC-Record-ID")


class _GzipMemberPerRecord:
    """A write-only stream that gzips everything written between two flush() calls as one gzip member.

    warcio's writer flushes once at the end of each record, so each record becomes its own member.
    """

    LEVEL = 6

    def __init__(self, out: IO[bytes]) -> None:
        self._out = out
        self._compressor = self._new()

    def _new(self):
        return zlib.compressobj(self.LEVEL, zlib.DEFLATED, zlib.MAX_WBITS | 16)

    def write(self, data: bytes) -> int:
        self._out.write(self._compressor.compress(data))
        return len(data)

    def flush(self) -> None:
        self._out.write(self._compressor.flush())
        self._compressor = self._new()
        self._out.flush()


def status_line(status: int) -> str:
    """'200 OK': the status line as a server would send it (the reason phrase is not kept by httpx)."""
    try:
        reason = http.HTTPStatus(status).phrase
    except ValueError:
        reason = "Unknown"
    return f"{status} {reason}"


def response_headers(capture: Capture) -> list[tuple[str, str]]:
    """The HTTP headers to write for a capture: as received, minus body encodings, with the stored length."""
    headers = [
        (name, value) for name, value in capture.headers.items() if name.lower() not in _DROPPED_HEADERS
    ]
    if capture.content_type and not any(name.lower() == "content-type" for name, _ in headers):
        headers.append(("content-type", capture.content_type))
    headers.append(("content-length", str(len(capture.content))))
    return headers


def metadata_payload(
    article: Article, *, record_ids: list[str] | None = None, extra: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The metadata record's JSON: article fields plus what rebuilds the captures exactly on import."""
    captures = [c for c in [article.capture, *article.extra_captures] if c is not None]
    ids: list[str | None] = list(record_ids) if record_ids else [None] * len(captures)
    payload = _without_credentials(article.to_dict())
    payload["captures"] = [
        {
            "record_id": record_id,
            "url": strip_userinfo(capture.url),
            "final_url": strip_userinfo(capture.final_url),
            "status": capture.status,
            "fetched_at": iso(capture.fetched_at),
            "content_type": capture.content_type,
            "encoding": capture.encoding,
        }
        for record_id, capture in zip(ids, captures, strict=True)
    ]
    payload["telisik_version"] = __version__
    if extra:
        payload.update(extra)
    return payload


_URL_FIELDS = ("url", "canonical_url", "final_url", "single_page_url")


def _without_credentials(payload: dict[str, Any]) -> dict[str, Any]:
    """The article's URLs without user:password@ (archives made before credentials were stripped hold them)."""
    for name in _URL_FIELDS:
        if isinstance(payload.get(name), str):
            payload[name] = strip_userinfo(payload[name])
    if isinstance(payload.get("page_urls"), list):
        payload["page_urls"] = [strip_userinfo(u) if isinstance(u, str) else u for u in payload["page_urls"]]
    return payload


def _warc_date(value: datetime | None) -> str:
    value = value or datetime.now(timezone.utc)
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc).replace(tzinfo=None)
    return datetime_to_iso_date(value, use_micros=True)


# ---------------------------------------------------------------------------------------------- reading


@dataclass
class WarcArticle:
    """What one article in a WARC file gives back: its captures (first page first) and metadata, if any."""

    captures: list[Capture]
    metadata: dict[str, Any] | None = None
    record_ids: list[str] = field(default_factory=list)

    @property
    def capture(self) -> Capture:
        return self.captures[0]


@dataclass
class RefusedRecord:
    """A record that is not imported, and why (one line): damaged — cut short, a digest that does not match,
    marked truncated by the tool that wrote it, not ending where its length says — or over the size cap.
    `offset` is where the record starts in the file (in the compressed file for .warc.gz)."""

    url: str
    reason: str
    offset: int | None = None


class RecordRefused(Exception):
    """Raised while reading a record that must not be imported; `reason` is one line for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _HeaderBoundedReader(DecompressingBufferedReader):
    """warcio's reader, with the header lines of one record bounded: warcio reads WARC and HTTP headers line
    by line, and a hostile record whose "line" is 200 MB without a newline would be read into memory whole."""

    header_bytes = 0  # line bytes read since the record started or the body was last read

    def read(self, length: int | None = None) -> bytes:
        self.header_bytes = 0  # a body read in steps (chunked bodies interleave size lines and data)
        return super().read(length)

    def readline(self, length: int | None = None) -> bytes:
        room = MAX_HEADER_BYTES - self.header_bytes
        if room <= 0:
            raise WarcFormatError(f"record headers longer than {MAX_HEADER_BYTES // 1024 // 1024} MB")
        line = super().readline(room if length is None else min(length, room))
        self.header_bytes += len(line)
        return line


class _QuietArchiveIterator(ArchiveIterator):
    """warcio's iterator, minus its stderr warning, with header lines bounded (`_HeaderBoundedReader`), plus
    whether the file's last gzip member was cut."""

    # warcio writes this warning to stderr itself when a record does not end where its Content-Length says;
    # the reader counts it (err_count) and reports the record instead.
    INC_RECORD = ""
    cut_member = False
    unread = 0

    reader: Any  # warcio's buffered reader, replaced by the bounded one below

    def __init__(self, fileobj: Any, **options: Any) -> None:
        super().__init__(fileobj, **options)
        self.reader = _HeaderBoundedReader(self.fh, block_size=self.reader.block_size)

    def _next_record(self, next_line: bytes | None) -> Any:
        self.reader.header_bytes = 0  # the bound is per record
        return super()._next_record(next_line)

    def close(self) -> None:
        # warcio stops quietly at the end of the data of a gzip member cut short (no byte of the next record
        # decompressed yet, or only the member's trailer missing): an inflater not at its end shows the cut.
        decompressor = self.reader.decompressor if self.reader is not None else None
        self.cut_member = decompressor is not None and not decompressor.eof
        # It also stops quietly at a record header cut short: bytes after the last record that form none.
        try:
            self.unread = self.fh.tell() - self.offset
        except (OSError, ValueError):
            self.unread = 0
        super().close()


def iter_warc_articles(
    stream: IO[bytes], *, html_only: bool = True, max_bytes: int | None = None
) -> Iterator[WarcArticle | RefusedRecord]:
    """Read a WARC (plain or gzipped) and yield its articles in file order, streaming.

    telisik's own files pair responses with their metadata record; any other WARC (wget, Browsertrix, pywb)
    yields one article per HTML-ish `response` record. Non-response records (request, warcinfo, revisit,
    resource) are skipped, and with `html_only` so are responses that cannot be articles: non-2xx statuses
    (redirects, errors) and declared non-HTML types (images, scripts, feeds) that page-capturing tools record.

    Nothing damaged is yielded as if it were whole: a record cut short (the file ends inside it), one whose
    WARC-Block-Digest or WARC-Payload-Digest does not match, one marked WARC-Truncated, one whose HTTP body is
    shorter than its Content-Length, or one that does not end where its length says, is yielded as a
    `RefusedRecord` with the reason, as is a page larger than `max_bytes` (read in steps, never whole).
    Damage that stops the reading (a file cut inside a record's headers) ends with a RefusedRecord naming the
    byte offset, after every intact article read before it. Raises WarcFormatError when the stream is not a
    WARC at all.
    """
    yield from _WarcReader(_checked_warc_stream(stream), html_only=html_only, max_bytes=max_bytes).items()


class _WarcReader:
    """The state of one pass over a WARC: responses waiting for their metadata record, warcio's error count."""

    def __init__(self, stream: IO[bytes], *, html_only: bool, max_bytes: int | None) -> None:
        self.records = _QuietArchiveIterator(stream, check_digests=True)
        self.html_only = html_only
        self.max_bytes = max_bytes
        self.pending: deque[tuple[str, Capture]] = deque()
        self.errors_seen = 0
        self.last_refused = False
        self.previous: tuple[str, str, int | None] = ("", "", None)  # record id, URL, offset

    def items(self) -> Iterator[WarcArticle | RefusedRecord]:
        try:
            for record in self.records:
                yield from self._misplaced_end()
                offset = self.records.offset
                url = strip_userinfo(record.rec_headers.get_header("WARC-Target-URI") or "")
                self.previous = (record.rec_headers.get_header("WARC-Record-ID") or "", url, offset)
                yield from self._take(record, url, offset)
            yield from self._misplaced_end()
        except Exception as exc:  # warcio raises bare ArchiveLoadFailed/ValueError/EOFError on damage
            yield from self._flush()
            where = self.records.offset
            yield RefusedRecord("", f"the file is damaged or cut at byte {where:,}: {_one_line(exc)}", where)
            return
        yield from self._flush()
        yield from self._cut_at_end()

    def _take(self, record: Any, url: str, offset: int | None) -> Iterator[WarcArticle | RefusedRecord]:
        try:
            if record.rec_type == "response":
                yield from self._response(record, url)
            elif record.rec_type == "metadata" and _is_ours(record):
                yield from self._metadata(record)
            else:
                _check_complete(record)
        except RecordRefused as refused:
            _drain(record)
            self.last_refused = True
            yield RefusedRecord(url, refused.reason, offset)
        else:
            self.last_refused = False

    def _response(self, record: Any, url: str) -> Iterator[WarcArticle]:
        capture = capture_from_record(record, max_bytes=self.max_bytes, html_only=self.html_only)
        if capture is None:
            _check_complete(record)
            return
        _check_intact(record)
        self.pending.append((record.rec_headers.get_header("WARC-Record-ID") or "", capture))
        while len(self.pending) > MAX_PENDING_RESPONSES:
            record_id, capture = self.pending.popleft()
            yield WarcArticle([capture], record_ids=[record_id])

    def _metadata(self, record: Any) -> Iterator[WarcArticle]:
        metadata = _read_json(record, self.max_bytes)
        _check_intact(record)
        if metadata is not None:
            yield from _pair_metadata(self.pending, metadata)

    def _misplaced_end(self) -> Iterator[RefusedRecord]:
        """The record just read did not end where its Content-Length says (warcio noticed when moving on)."""
        if self.records.err_count <= self.errors_seen:
            return
        self.errors_seen = self.records.err_count
        record_id, url, offset = self.previous
        if self.pending and self.pending[-1][0] == record_id:
            self.pending.pop()
        yield RefusedRecord(url, "record does not end where its Content-Length says (damaged or cut)", offset)

    def _cut_at_end(self) -> Iterator[RefusedRecord]:
        """A file cut after its last whole record, unless that record was already reported as cut."""
        where = self.records.offset
        if self.last_refused:
            return
        if self.records.cut_member:
            yield RefusedRecord(
                "", f"the file is cut: its last gzip member ends early (after byte {where:,})", where
            )
        elif self.records.unread > 0:
            yield RefusedRecord("", f"the file is cut inside a record header (at byte {where:,})", where)

    def _flush(self) -> Iterator[WarcArticle]:
        while self.pending:
            record_id, capture = self.pending.popleft()
            yield WarcArticle([capture], record_ids=[record_id])


def _checked_warc_stream(stream: IO[bytes]) -> IO[bytes]:
    """The stream, once its first bytes show a WARC record (gzipped or not); warcio alone accepts garbage."""
    # peek() shows the first bytes without consuming them; a stream without it gets a buffer that has it
    peekable: Any = stream if hasattr(stream, "peek") else io.BufferedReader(cast(Any, stream))
    stream = peekable
    head = peekable.peek(64)[:64]
    if head[:2] == b"\x1f\x8b":
        try:
            start = peekable.peek(4096)[:4096]
            head = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(start, 16)
        except zlib.error as exc:
            raise WarcFormatError(f"not a readable WARC file: bad gzip data ({exc})") from exc
    if not head.startswith(b"WARC/"):
        raise WarcFormatError("not a WARC file: it does not start with a WARC record")
    return stream


# ------------------------------------------------------------------------------------- record integrity

# Records are read and drained in steps of this size: memory stays bounded whatever a record's length.
_READ_STEP = 64 * 1024


def _drain(record: Any) -> None:
    """Read the rest of the record's block, discarding it (completes the digests, shows a cut)."""
    while record.raw_stream.read(_READ_STEP):
        pass


def _check_complete(record: Any) -> None:
    """Drain the record; RecordRefused when the file ends before its Content-Length (a cut file)."""
    _drain(record)
    declared = (record.rec_headers.get_header("Content-Length") or "").strip()
    if record.length is None or not declared.isdigit():
        raise RecordRefused("record without a valid Content-Length (its header is cut or damaged)")
    left = getattr(record.raw_stream, "limit", 0)
    if left > 0:
        raise RecordRefused(
            f"{record.rec_type or 'WARC'} record cut short: {record.length - left:,} of {record.length:,} bytes"
            " (the file ends or is damaged)"
        )


def _check_intact(record: Any) -> None:
    """RecordRefused unless the record is complete, its digests match and it was recorded whole."""
    _check_complete(record)
    truncated = record.rec_headers.get_header("WARC-Truncated")
    if truncated:
        raise RecordRefused(
            f"record marked truncated by the tool that wrote it (WARC-Truncated: {truncated})"
        )
    checker = getattr(record, "digest_checker", None)
    if checker is not None and checker.passed is False:
        which = "WARC-Block-Digest" if "block" in " ".join(checker.problems) else "WARC-Payload-Digest"
        raise RecordRefused(f"damaged record: its {which} does not match its bytes")
    _check_http_length(record)


def _check_http_length(record: Any) -> None:
    """A response whose body is shorter than its HTTP Content-Length was recorded cut (a dropped connection)."""
    headers = record.http_headers
    if headers is None or headers.get_header("Transfer-Encoding") or record.payload_length < 0:
        return
    declared = (headers.get_header("Content-Length") or "").strip()
    if declared.isdigit() and int(declared) > record.payload_length:
        raise RecordRefused(f"HTTP body cut short: {record.payload_length:,} of {int(declared):,} bytes")


def _read_bounded(stream: Any, max_bytes: int | None) -> bytes:
    """All of `stream` in steps; RecordRefused past `max_bytes` (so memory never exceeds the cap plus a step)."""
    body = bytearray()
    while chunk := stream.read(_READ_STEP):
        body += chunk
        if max_bytes is not None and len(body) > max_bytes:
            raise RecordRefused(_too_large(max_bytes))
    return bytes(body)


def _too_large(max_bytes: int) -> str:
    from telisik.fetch import size_text  # the same words as `telisik fetch`

    return f"page larger than {size_text(max_bytes)}"


# ------------------------------------------------------------------------------------- records to captures


def _pair_metadata(pending: deque[tuple[str, Capture]], metadata: dict[str, Any]) -> Iterator[WarcArticle]:
    wanted = [c.get("record_id") for c in metadata.get("captures") or [] if c.get("record_id")]
    if not wanted:
        return  # metadata of an article stored without raw HTML: nothing to re-archive
    # Responses read before this article's first page had no metadata of their own: single-page articles.
    while pending and pending[0][0] not in wanted:
        record_id, capture = pending.popleft()
        yield WarcArticle([capture], record_ids=[record_id])
    by_id = {record_id: capture for record_id, capture in pending}
    found = [record_id for record_id in wanted if record_id in by_id]
    remaining = [(rid, cap) for rid, cap in pending if rid not in wanted]
    pending.clear()
    pending.extend(remaining)
    if wanted[0] not in by_id:
        return  # the first page was refused (reported): its further pages alone are not the article
    for record_id in found:
        _restore_capture_details(by_id[record_id], metadata, record_id)
    yield WarcArticle([by_id[rid] for rid in found], metadata=metadata, record_ids=found)


def _restore_capture_details(capture: Capture, metadata: dict[str, Any], record_id: str) -> None:
    """Our metadata keeps what WARC headers cannot: the URL requested before redirects, the charset."""
    for details in metadata.get("captures") or []:
        if details.get("record_id") != record_id:
            continue
        capture.url = details.get("url") or capture.url
        capture.final_url = details.get("final_url") or capture.final_url
        if "encoding" in details:
            capture.encoding = details["encoding"]
        if details.get("content_type"):
            capture.content_type = details["content_type"]
        fetched_at = _parse_iso(details.get("fetched_at"))
        if fetched_at is not None:
            capture.fetched_at = fetched_at


def capture_from_record(
    record: Any, *, max_bytes: int | None = None, html_only: bool = False
) -> Capture | None:
    """A `Capture` from a warcio response record; None for responses without HTTP headers (e.g. DNS), and
    with `html_only` for responses that cannot be article pages (their body is not read).

    The body is read in steps: RecordRefused when it (or its declared HTTP Content-Length) exceeds `max_bytes`.
    """
    http_headers = record.http_headers
    if http_headers is None:
        return None
    capture = _capture_head(record, http_headers)
    if html_only and not is_html_page(capture):
        return None
    declared = (http_headers.get_header("Content-Length") or "").strip()
    if max_bytes is not None and declared.isdigit() and int(declared) > max_bytes:
        raise RecordRefused(_too_large(max_bytes))
    # content_stream() undoes chunked and gzip transfer encodings that other tools keep in the record.
    capture.content = _read_bounded(record.content_stream(), max_bytes)
    return capture


def _capture_head(record: Any, http_headers: Any) -> Capture:
    """The capture's URL, status and headers (no body yet)."""
    url = strip_userinfo(record.rec_headers.get_header("WARC-Target-URI") or "")
    headers: dict[str, str] = {}
    for name, value in http_headers.headers:
        key = name.lower()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    content_type_header = headers.get("content-type", "")
    try:
        status = int(http_headers.get_statuscode() or 0)
    except ValueError:
        status = 0
    return Capture(
        url=url,
        final_url=url,
        status=status,
        headers=headers,
        content=b"",
        fetched_at=_parse_warc_date(record.rec_headers.get_header("WARC-Date")),
        content_type=content_type_header.split(";")[0].strip().lower(),
        encoding=_charset_of(content_type_header),
    )


def is_html_page(capture: Capture) -> bool:
    """A successful response that is (or may be) an HTML page."""
    if not 200 <= capture.status < 300:
        return False
    return capture.content_type in ("", "text/html", "application/xhtml+xml")


def _is_ours(record: Any) -> bool:
    content_type = record.rec_headers.get_header("Content-Type") or ""
    return content_type.split(";")[0].strip().lower() == METADATA_CONTENT_TYPE


def _read_json(record: Any, max_bytes: int | None) -> dict[str, Any] | None:
    try:
        value = json.loads(_read_bounded(record.content_stream(), max_bytes).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    return value if isinstance(value, dict) else None


def _parse_warc_date(value: str | None) -> datetime:
    parsed = _parse_iso(value)
    return parsed or datetime.now(timezone.utc)


def _parse_iso(value: str | None) -> datetime | None:
    """An aware datetime from ISO 8601 text, its own offset kept (naive taken as UTC), or None."""
    parsed = parse_iso(value)
    if parsed is None:
        return None
    return parsed if parsed.tzinfo else as_utc(parsed)


def _charset_of(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"').lower()
    return None


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def write_articles(articles: Iterable[Article], out: IO[bytes], *, gzip: bool = False) -> int:
    """Write articles as WARC to `out`; returns how many were written."""
    writer = ArticleWarcWriter(out, gzip=gzip)
    for article in articles:
        writer.write_article(article)
    return writer.articles_written
