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
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date
from warcio.warcwriter import WARCWriter

from telisik import __version__
from telisik.article import Article, Capture
from telisik.times import as_utc, iso, parse_iso

WARC_VERSION = "1.1"
METADATA_CONTENT_TYPE = "application/json"
# Body encodings the stored bytes no longer have (see the module docstring).
_DROPPED_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length"})
# The reader keeps unpaired responses this long waiting for their metadata record (the pages of one article).
MAX_PENDING_RESPONSES = 64


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
        target = captures[0].final_url if captures else (article.canonical_url or article.url or "")
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
            capture.final_url or capture.url,
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
    payload = article.to_dict()
    payload["captures"] = [
        {
            "record_id": record_id,
            "url": capture.url,
            "final_url": capture.final_url,
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


def iter_warc_articles(stream: IO[bytes], *, html_only: bool = True) -> Iterator[WarcArticle]:
    """Read a WARC (plain or gzipped) and yield its articles in file order, streaming.

    telisik's own files pair responses with their metadata record; any other WARC (wget, Browsertrix, pywb)
    yields one article per HTML-ish `response` record. Non-response records (request, warcinfo, revisit,
    resource) are skipped, and with `html_only` so are responses that cannot be articles: non-2xx statuses
    (redirects, errors) and declared non-HTML types (images, scripts, feeds) that page-capturing tools record.
    Raises WarcFormatError when the stream is not a WARC at all.
    """
    stream = _checked_warc_stream(stream)
    pending: deque[tuple[str, Capture]] = deque()
    try:
        for record in ArchiveIterator(stream):
            rec_type = record.rec_type
            if rec_type == "response":
                capture = capture_from_record(record)
                if capture is None or (html_only and not is_html_page(capture)):
                    continue
                pending.append((record.rec_headers.get_header("WARC-Record-ID") or "", capture))
                while len(pending) > MAX_PENDING_RESPONSES:
                    record_id, capture = pending.popleft()
                    yield WarcArticle([capture], record_ids=[record_id])
            elif rec_type == "metadata" and _is_ours(record):
                metadata = _read_json(record)
                if metadata is None:
                    continue
                yield from _pair_metadata(pending, metadata)
    except WarcFormatError:
        raise
    except Exception as exc:  # warcio raises bare ArchiveLoadFailed/ValueError on garbage
        raise WarcFormatError(f"not a readable WARC file: {_one_line(exc)}") from exc
    while pending:
        record_id, capture = pending.popleft()
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


def _pair_metadata(pending: deque[tuple[str, Capture]], metadata: dict[str, Any]) -> Iterator[WarcArticle]:
    wanted = [c.get("record_id") for c in metadata.get("captures") or [] if c.get("record_id")]
    if not wanted:
        return  # metadata of an article stored without raw HTML: nothing to re-archive
    # Responses read before this article's first page had no metadata of their own: single-page articles.
    while pending and pending[0][0] != wanted[0]:
        record_id, capture = pending.popleft()
        yield WarcArticle([capture], record_ids=[record_id])
    by_id = {record_id: capture for record_id, capture in pending}
    found = [record_id for record_id in wanted if record_id in by_id]
    if not found:
        return
    for record_id in found:
        _restore_capture_details(by_id[record_id], metadata, record_id)
    remaining = [(rid, cap) for rid, cap in pending if rid not in found]
    pending.clear()
    pending.extend(remaining)
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


def capture_from_record(record: Any) -> Capture | None:
    """A `Capture` from a warcio response record; None for responses without HTTP headers (e.g. DNS)."""
    http_headers = record.http_headers
    if http_headers is None:
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    headers: dict[str, str] = {}
    for name, value in http_headers.headers:
        key = name.lower()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    # content_stream() undoes chunked and gzip transfer encodings that other tools keep in the record.
    content = record.content_stream().read()
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
        content=content,
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


def _read_json(record: Any) -> dict[str, Any] | None:
    try:
        value = json.loads(record.content_stream().read().decode("utf-8"))
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
