"""Downloading one page safely: bounded in time and size, redirects checked hop by hop, errors as reasons.

`fetch_page` (and `fetch_page_async`, same rules) returns a `Capture` or raises `FetchError` whose `.reason`
is one line for the user ("HTTP 404 Not Found", "timed out after 60 s", "page larger than 20 MB") and whose
`.retryable` says whether trying again later may help.

What a hostile or broken server cannot do:
- hang us: besides httpx's connect/read timeouts, every socket operation is given at most the time left
  before a TOTAL deadline per request (`FetchLimits.total_timeout`), so a server that trickles a byte a
  second, in the headers or the body, fails at the deadline;
- exhaust memory: the body is streamed and decompressed by us in bounded steps, counting decoded bytes,
  so a 1 GB body or a gzip bomb stops at `FetchLimits.max_bytes`;
- steer us into the local network: redirects are followed here, not by httpx, and each hop goes through
  `telisik.urls.check_redirect` before any connection is made; chains are bounded and loops detected.

The host of the requested URL is trusted as given (the user asked for it). URLs discovered in pages
(crawl) must be checked by the caller with `check_redirect` before they are fetched.
"""

from __future__ import annotations

import asyncio
import contextvars
import email.utils
import errno
import random
import time
import zlib
from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from http import HTTPStatus
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from telisik import __version__
from telisik.article import Capture
from telisik.charset import HTML_TYPES, decode_html, page_content_problem
from telisik.urls import check_redirect, site_of, strip_userinfo

__all__ = [
    "USER_AGENT",
    "FetchLimits",
    "FetchError",
    "make_client",
    "make_async_client",
    "fetch_page",
    "fetch_page_async",
    "fetch_with_retries",
    "fetch_with_retries_async",
    "budget_deadline",
    "retry_delay",
    "retry_after_seconds",
    "retry_wait",
    "HTML_TYPES",
]

USER_AGENT = f"telisik/{__version__} (+https://github.com/telisik/telisik; news archiver)"

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
RETRYABLE_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504, 507, 509, 520, 521, 522, 523, 524})
MB = 1024 * 1024

# Decompress at most this much per step so that one small chunk of a gzip bomb cannot inflate unbounded.
_INFLATE_STEP = 256 * 1024


@dataclass(frozen=True)
class FetchLimits:
    """Caps for one request (each is a CLI option). Seconds and bytes."""

    max_bytes: int = 20 * MB  # decoded body size; larger pages are refused
    total_timeout: float = 60.0  # whole request incl. redirects and a slowly trickling body
    connect_timeout: float = 10.0
    read_timeout: float = 20.0  # longest silence between two reads
    max_redirects: int = 10

    @classmethod
    def from_options(
        cls,
        *,
        max_size_mb: float | None = None,
        timeout: float | None = None,
        connect_timeout: float | None = None,
        read_timeout: float | None = None,
        max_redirects: int | None = None,
    ) -> FetchLimits:
        """Limits from command-line options; None keeps the default (so click options can default to None)."""
        chosen = {
            "max_bytes": int(max_size_mb * MB) if max_size_mb is not None else None,
            "total_timeout": timeout,
            "connect_timeout": connect_timeout,
            "read_timeout": read_timeout,
            "max_redirects": max_redirects,
        }
        return cls(**{name: value for name, value in chosen.items() if value is not None})  # type: ignore[arg-type]


DEFAULT_LIMITS = FetchLimits()


class FetchError(Exception):
    """A page could not be fetched. `reason` is one line for the user; `retryable` whether to try again."""

    def __init__(
        self,
        reason: str,
        *,
        retryable: bool = False,
        status: int | None = None,
        retry_after: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(reason)
        self.reason = " ".join(reason.split())  # always one line
        self.retryable = retryable
        self.status = status
        self.retry_after = retry_after  # the Retry-After header, when the server sent one
        self.url = strip_userinfo(url) if url else url  # credentials are never reported

    def __str__(self) -> str:
        return self.reason


# ---------------------------------------------------------------------------------------------------------
# The total deadline, enforced inside the network layer: every read, write and connect gets at most the
# time left. A context variable carries the deadline from fetch_page down to the socket (per thread / task).

_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "telisik_fetch_deadline", default=None
)


def _bounded(timeout: float | None, exc_type: type[Exception]) -> float | None:
    deadline = _deadline.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise exc_type("total time limit reached")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None) -> httpcore.NetworkStream:
        tls = self._stream.start_tls(ssl_context, server_hostname, _bounded(timeout, httpcore.ConnectTimeout))
        return _DeadlineStream(tls)

    def get_extra_info(self, info: str):
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        timeout = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        timeout = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _AsyncDeadlineStream(httpcore.AsyncNetworkStream):
    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(self, ssl_context, server_hostname=None, timeout=None) -> httpcore.AsyncNetworkStream:
        timeout = _bounded(timeout, httpcore.ConnectTimeout)
        return _AsyncDeadlineStream(await self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str):
        return self._stream.get_extra_info(info)


class _AsyncDeadlineBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, backend: httpcore.AsyncNetworkBackend) -> None:
        self._backend = backend

    async def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        timeout = _bounded(timeout, httpcore.ConnectTimeout)
        stream = await self._backend.connect_tcp(host, port, timeout, local_address, socket_options)
        return _AsyncDeadlineStream(stream)

    async def connect_unix_socket(self, path, timeout=None, socket_options=None):
        timeout = _bounded(timeout, httpcore.ConnectTimeout)
        return _AsyncDeadlineStream(await self._backend.connect_unix_socket(path, timeout, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def _install_deadline_backend(client: httpx.Client | httpx.AsyncClient) -> bool:
    """Wrap the network backend of each connection pool of `client` (idempotent).

    httpx offers no public hook for the socket layer of its default transport, so this reaches into the
    transport's httpcore pool. If a future httpx moves it, fetching still works with the deadline checked
    between body chunks only (a trickle in the headers would then be bounded by read_timeout per byte).
    """
    transports = [getattr(client, "_transport", None), *getattr(client, "_mounts", {}).values()]
    installed = False
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if pool is None or backend is None:
            continue
        if not isinstance(backend, _DeadlineBackend | _AsyncDeadlineBackend):
            wrapper = _AsyncDeadlineBackend if isinstance(client, httpx.AsyncClient) else _DeadlineBackend
            pool._network_backend = wrapper(backend)
        installed = True
    return installed


# ---------------------------------------------------------------------------------------------------------
# Clients


def _timeout(limits: FetchLimits) -> httpx.Timeout:
    return httpx.Timeout(
        connect=limits.connect_timeout,
        read=limits.read_timeout,
        write=limits.read_timeout,
        pool=limits.connect_timeout,
    )


def _client_options(limits: FetchLimits | None) -> dict:
    limits = limits or DEFAULT_LIMITS
    return {
        "timeout": _timeout(limits),
        "follow_redirects": False,  # we follow them ourselves, checking every hop
        "headers": {
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
            "Accept-Language": "id,en;q=0.8,*;q=0.5",
            # Only what _BodyDecoder can inflate step by step (bounded memory).
            "Accept-Encoding": "gzip, deflate",
        },
    }


def make_client(limits: FetchLimits | None = None) -> httpx.Client:
    """An httpx.Client with telisik's User-Agent and timeouts; pass it to `fetch_page`."""
    client = httpx.Client(**_client_options(limits))
    _install_deadline_backend(client)
    return client


def make_async_client(limits: FetchLimits | None = None) -> httpx.AsyncClient:
    """An httpx.AsyncClient with telisik's User-Agent and timeouts; pass it to `fetch_page_async`."""
    client = httpx.AsyncClient(**_client_options(limits))
    _install_deadline_backend(client)
    return client


# ---------------------------------------------------------------------------------------------------------
# The parts of a fetch that do no I/O, shared by the sync and async versions.


def size_text(n: int) -> str:
    """A size for a one-line reason: '20 MB', '1.5 MB', '300 bytes'."""
    return f"{n // MB} MB" if n >= MB and n % MB == 0 else (f"{n / MB:.1f} MB" if n >= MB else f"{n} bytes")


def _request_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    # Only what _BodyDecoder can inflate step by step, whatever client the caller handed in.
    headers = {"Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


class _Redirects:
    """The redirect chain of one fetch: bounded, loop-free, every hop checked."""

    def __init__(self, url: str, limits: FetchLimits, trusted_hosts: Iterable[str] | None) -> None:
        self.limits = limits
        self.trusted = {*(trusted_hosts or ()), site_of(url)}
        self.seen = {url}
        self.hops = 0

    def next_url(self, current: str, response: httpx.Response) -> str | None:
        """The URL to follow after `response`, None when it is not a redirect; FetchError when refused."""
        if response.status_code not in REDIRECT_STATUSES:
            return None
        location = response.headers.get("location", "").strip()
        if not location:
            raise FetchError(f"HTTP {response.status_code} redirect without a Location", url=current)
        target = urljoin(current, location)
        refused = check_redirect(current, target, trusted_hosts=self.trusted)
        if refused:
            raise FetchError(refused, url=current)
        self.hops += 1
        if target in self.seen:
            raise FetchError("redirect loop", url=current)
        if self.hops > self.limits.max_redirects:
            raise FetchError(f"too many redirects (>{self.limits.max_redirects})", url=current)
        self.seen.add(target)
        return target


def _check_head(response: httpx.Response, url: str, limits: FetchLimits, html_only: bool) -> None:
    """Refuse on status line and headers alone, before reading any of the body."""
    status = response.status_code
    if status == 304:
        return
    if status >= 400 or status < 200 or 300 <= status < 400:
        phrase = response.reason_phrase or _standard_phrase(status)
        raise FetchError(
            f"HTTP {status} {phrase}".strip(),
            retryable=status in RETRYABLE_STATUSES,
            status=status,
            retry_after=response.headers.get("retry-after"),
            url=url,
        )
    media = _media_type(response.headers.get("content-type"))
    if html_only and media and media not in HTML_TYPES:
        raise FetchError(f"not an HTML page ({media})", status=status, url=url)
    length = response.headers.get("content-length", "").strip()
    if length.isdigit() and int(length) > limits.max_bytes:
        raise FetchError(f"page larger than {size_text(limits.max_bytes)}", status=status, url=url)


def _standard_phrase(status: int) -> str:
    """The standard reason phrase, for servers (and HTTP/2) that send none."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


class _BodyDecoder:
    """Undo Content-Encoding step by step and collect the body, refusing past max_bytes or the deadline."""

    def __init__(self, content_encoding: str, limits: FetchLimits, deadline: float, url: str) -> None:
        codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
        codings = [c for c in codings if c not in ("identity", "")]
        for coding in codings:
            if coding not in ("gzip", "x-gzip", "deflate"):
                raise FetchError(f"unsupported content encoding {coding}", url=url)
        # Applied in reverse order of how the server applied them.
        self._inflaters = [_Inflater(c) for c in reversed(codings)]
        self._limits = limits
        self._deadline = deadline
        self._url = url
        self._body = bytearray()

    def feed(self, raw: bytes) -> None:
        if time.monotonic() > self._deadline:
            raise _deadline_error(self._limits, self._url)
        pieces: Iterable[bytes] = (raw,)
        for inflater in self._inflaters:
            pieces = self._through(inflater, pieces)
        for piece in pieces:  # appended as produced: memory stays within max_bytes plus one step
            self._append(piece)

    def _through(self, inflater: _Inflater, pieces: Iterable[bytes]) -> Iterator[bytes]:
        for piece in pieces:
            yield from inflater.inflate(piece, self._room())

    def _room(self) -> int:
        # One byte more than the cap allows, so that going over is detected without inflating further.
        return self._limits.max_bytes - len(self._body) + 1

    def _append(self, piece: bytes) -> None:
        if len(self._body) + len(piece) > self._limits.max_bytes:
            raise FetchError(f"page larger than {size_text(self._limits.max_bytes)}", url=self._url)
        self._body += piece

    def finish(self) -> bytes:
        for inflater in self._inflaters:
            inflater.finish(self._url)
        return bytes(self._body)


class _Inflater:
    """One gzip or deflate layer, inflated in bounded steps.

    Multi-member gzip is supported; bytes after the end of the compressed stream that do not start a new
    gzip member are ignored, as browsers do (some servers pad or append junk).
    """

    def __init__(self, coding: str) -> None:
        self.coding = "gzip" if coding in ("gzip", "x-gzip") else "deflate"
        # 47 = gzip or zlib header auto-detected; deflate: zlib-wrapped, raw deflate tried on failure.
        self._wbits = 47 if self.coding == "gzip" else 15
        self._obj = zlib.decompressobj(self._wbits)
        self._started = False
        self._ignore_rest = False
        self._carry = b""

    def inflate(self, data: bytes, room: int) -> Iterator[bytes]:
        """Yield inflated pieces of `data`; stop (leaving the rest) once more than `room` bytes came out."""
        produced = 0
        while data and produced < room and not self._ignore_rest:
            if self._obj.eof:
                data = self._next_member(data)
                continue
            try:
                out = self._obj.decompress(data, _INFLATE_STEP)
            except zlib.error as exc:
                if self.coding == "deflate" and not self._started:
                    self._wbits = -15  # some servers send raw deflate without the zlib wrapper
                    self._obj = zlib.decompressobj(self._wbits)
                    continue
                raise FetchError(f"corrupt {self.coding} body ({exc})") from None
            self._started = True
            # Input beyond the end of this stream is in unused_data; input held back by the step limit
            # is in unconsumed_tail.
            data = (
                self._obj.unused_data + self._obj.unconsumed_tail
                if self._obj.eof
                else self._obj.unconsumed_tail
            )
            produced += len(out)
            if out:
                yield out

    def _next_member(self, rest: bytes) -> bytes:
        """After a complete stream: start the next gzip member if one follows, else ignore the rest."""
        rest = self._carry + rest
        self._carry = b""
        if self.coding == "gzip" and rest.startswith(b"\x1f\x8b"):
            self._obj = zlib.decompressobj(self._wbits)
            return rest
        if self.coding == "gzip" and rest == b"\x1f":
            self._carry = rest  # maybe the first half of the next member's magic: wait for the next chunk
            return b""
        self._ignore_rest = True
        return b""

    def finish(self, url: str) -> None:
        """Refuse a body that ended inside a compressed stream."""
        if self._started and not self._obj.eof and not self._ignore_rest:
            raise FetchError(f"truncated {self.coding} body", retryable=True, url=url)


def _deadline_error(limits: FetchLimits, url: str) -> FetchError:
    return FetchError(f"timed out after {limits.total_timeout:g} s", retryable=True, url=url)


def _request_deadline(limits: FetchLimits, budget_deadline: float | None) -> float:
    """When this request must end: its own total timeout, or earlier when a shared budget runs out first."""
    own = time.monotonic() + limits.total_timeout
    return own if budget_deadline is None else min(own, budget_deadline)


def _check_time_left(deadline: float, limits: FetchLimits, url: str) -> None:
    """Start no connection once the budget is spent (a retry or a further page after the deadline)."""
    if time.monotonic() >= deadline:
        raise _deadline_error(limits, url)


def budget_deadline(limits: FetchLimits | None) -> float:
    """The deadline of everything done for one URL — retries and further pages included — under `limits`:
    `--timeout` bounds the whole URL, not each request. Pass it as `deadline=` to the fetch functions."""
    return time.monotonic() + (limits or DEFAULT_LIMITS).total_timeout


def _build_capture(
    url: str, response: httpx.Response, content: bytes, html_only: bool, fetched_at: datetime
) -> Capture:
    headers: dict[str, str] = {}
    for name, value in response.headers.multi_items():
        key = name.lower()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    content_type = headers.get("content-type")
    media = _media_type(content_type)
    status = response.status_code
    final_url = strip_userinfo(str(response.url))  # credentials are used for the request, never stored
    problem = page_content_problem(content, media) if status != 304 and html_only else None
    if problem:
        raise FetchError(problem, status=status, url=url)
    # Only pages are read as text here; feeds, sitemaps and robots.txt go to parsers that read bytes, and
    # detecting the charset of a 50 MB sitemap would cost a full decoded copy for nothing.
    encoding = decode_html(content, content_type)[1] if content and html_only else None
    return Capture(
        url=strip_userinfo(url),
        final_url=final_url,
        status=status,
        headers=headers,
        content=content,
        fetched_at=fetched_at,
        content_type=media or ("text/html" if html_only else ""),
        encoding=encoding,
    )


_DNS_MARKERS = (
    "name or service not known",
    "nodename nor servname",
    "no address associated",
    "temporary failure in name resolution",
    "getaddrinfo failed",
    "name resolution",
    "errno -2",
    "errno -3",
    "errno -5",
    "errno 11001",
)


def _translate(exc: Exception, url: str, limits: FetchLimits, deadline: float) -> FetchError:
    """An httpx/network exception as a FetchError with a one-line reason."""
    if isinstance(exc, FetchError):
        if exc.url is None:
            exc.url = strip_userinfo(url)
        return exc
    if isinstance(exc, httpx.TimeoutException):
        return _timeout_error(exc, url, limits, deadline)
    if isinstance(exc, httpx.ConnectError):
        return _connect_error(exc, url)
    if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError):
        return _connection_error(exc, url)
    return _other_error(exc, url)


def _timeout_error(exc: Exception, url: str, limits: FetchLimits, deadline: float) -> FetchError:
    if time.monotonic() >= deadline - 0.05:
        return _deadline_error(limits, url)
    if isinstance(exc, httpx.ConnectTimeout):
        return FetchError(f"connect timed out after {limits.connect_timeout:g} s", retryable=True, url=url)
    if isinstance(exc, httpx.PoolTimeout):
        return FetchError("timed out waiting for a free connection", retryable=True, url=url)
    return FetchError(f"timed out: no data for {limits.read_timeout:g} s", retryable=True, url=url)


def _connect_error(exc: Exception, url: str) -> FetchError:
    text = _chain_text(exc)
    if any(marker in text for marker in _DNS_MARKERS):
        temporary = "temporary" in text or "errno -3" in text
        host = site_of(url) or strip_userinfo(url)
        return FetchError(f"DNS lookup failed for {host}", retryable=temporary, url=url)
    if "refused" in text or f"errno {errno.ECONNREFUSED}]" in text:
        return FetchError("connection refused", retryable=True, url=url)
    if "ssl" in text or "certificate" in text or "tls" in text:
        return FetchError(f"TLS error: {_first_line(exc)}", url=url)
    return FetchError(f"connection failed: {_first_line(exc)}", retryable=True, url=url)


def _connection_error(exc: Exception, url: str) -> FetchError:
    """A connection that broke after it was made: closed early, reset, a protocol error."""
    text = _chain_text(exc)
    if isinstance(exc, httpx.RemoteProtocolError):
        if "without sending complete message body" in text or "incomplete" in text:
            return FetchError("connection closed mid-body (incomplete body)", retryable=True, url=url)
        if "without sending a response" in text or "disconnected" in text:
            return FetchError("connection closed without a response", retryable=True, url=url)
        return FetchError(f"protocol error: {_first_line(exc)}", retryable=True, url=url)
    if "reset" in text or f"errno {errno.ECONNRESET}]" in text:
        return FetchError("connection reset", retryable=True, url=url)
    if "broken pipe" in text:
        return FetchError("connection closed by the server (broken pipe)", retryable=True, url=url)
    return FetchError(f"network error: {_first_line(exc)}", retryable=True, url=url)


def _other_error(exc: Exception, url: str) -> FetchError:
    """Errors of the URL itself, other transport and HTTP errors, anything else: one line each."""
    if isinstance(exc, httpx.UnsupportedProtocol):
        return FetchError(f"unsupported URL scheme in {strip_userinfo(url)[:200]}", url=url)
    if isinstance(exc, httpx.InvalidURL | httpx.LocalProtocolError | UnicodeError | ValueError):
        return FetchError(f"invalid URL: {_first_line(exc)}", url=url)
    if isinstance(exc, httpx.TransportError):
        return FetchError(f"network error: {_first_line(exc)}", retryable=True, url=url)
    if isinstance(exc, httpx.HTTPError):
        return FetchError(f"HTTP error: {_first_line(exc)}", url=url)
    return FetchError(f"{type(exc).__name__}: {_first_line(exc)}", url=url)


def _chain_text(exc: BaseException) -> str:
    """The messages of an exception and its causes, lower-cased: httpx and anyio wrap the OS error (the
    async client says only 'All connection attempts failed' with the real ECONNREFUSED underneath)."""
    texts = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        texts.append(f"{type(current).__name__}: {current}")
        if isinstance(current, OSError) and current.errno is not None:
            texts.append(f"[errno {current.errno}]")
        current = current.__cause__ or current.__context__
    return " | ".join(texts).lower()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:300]


def _check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(f"unsupported URL scheme {parts.scheme or '(none)'}:", url=url)
    if not parts.hostname:
        raise FetchError("URL without a host", url=url)


# ---------------------------------------------------------------------------------------------------------
# The fetches: only the I/O differs between the sync and async versions.


def fetch_page(
    url: str,
    *,
    client: httpx.Client,
    limits: FetchLimits | None = None,
    html_only: bool = True,
    trusted_hosts: Iterable[str] | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
    deadline: float | None = None,
) -> Capture:
    """Fetch one page (following checked redirects) and return what the server sent.

    Raises FetchError. A conditional request (`etag`/`last_modified`) answered 304 returns a Capture with
    status 304 and no content. With html_only=False any media type is accepted and an empty body is fine
    (robots.txt, feeds, sitemaps). `deadline` (a `time.monotonic()` value) ends the request earlier than
    `limits.total_timeout` would: the time left of a budget shared by retries and further pages.
    """
    limits = limits or DEFAULT_LIMITS
    deadline = _request_deadline(limits, deadline)
    token = _deadline.set(deadline)
    current = url
    try:
        _install_deadline_backend(client)
        _check_url(url)
        _check_time_left(deadline, limits, url)
        redirects = _Redirects(url, limits, trusted_hosts)
        headers = _request_headers(etag, last_modified)
        timeout = _timeout(limits)  # these limits govern, whatever the client was made with
        while True:
            request = client.build_request("GET", current, headers=headers, timeout=timeout)
            response = client.send(request, stream=True)
            try:
                target = redirects.next_url(current, response)
                if target is None:
                    _check_head(response, url, limits, html_only)
                    fetched_at = datetime.now(timezone.utc)
                    body = _BodyDecoder(response.headers.get("content-encoding", ""), limits, deadline, url)
                    for raw in response.iter_raw():
                        body.feed(raw)
                    return _build_capture(url, response, body.finish(), html_only, fetched_at)
            finally:
                response.close()
            current = target
    except Exception as exc:  # every failure leaves as a FetchError with a reason
        raise _translate(exc, url, limits, deadline) from exc
    finally:
        _deadline.reset(token)


async def fetch_page_async(
    url: str,
    *,
    client: httpx.AsyncClient,
    limits: FetchLimits | None = None,
    html_only: bool = True,
    trusted_hosts: Iterable[str] | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
    deadline: float | None = None,
) -> Capture:
    """`fetch_page` for an httpx.AsyncClient: same rules, same errors."""
    limits = limits or DEFAULT_LIMITS
    deadline = _request_deadline(limits, deadline)
    token = _deadline.set(deadline)
    current = url
    try:
        _install_deadline_backend(client)
        _check_url(url)
        _check_time_left(deadline, limits, url)
        redirects = _Redirects(url, limits, trusted_hosts)
        headers = _request_headers(etag, last_modified)
        timeout = _timeout(limits)  # these limits govern, whatever the client was made with
        while True:
            request = client.build_request("GET", current, headers=headers, timeout=timeout)
            response = await client.send(request, stream=True)
            try:
                target = redirects.next_url(current, response)
                if target is None:
                    _check_head(response, url, limits, html_only)
                    fetched_at = datetime.now(timezone.utc)
                    body = _BodyDecoder(response.headers.get("content-encoding", ""), limits, deadline, url)
                    async for raw in response.aiter_raw():
                        body.feed(raw)
                    return _build_capture(url, response, body.finish(), html_only, fetched_at)
            finally:
                await response.aclose()
            current = target
    except Exception as exc:
        raise _translate(exc, url, limits, deadline) from exc
    finally:
        _deadline.reset(token)


# ---------------------------------------------------------------------------------------------------------
# Retrying


def retry_after_seconds(header: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date form); None if absent/invalid."""
    if not header:
        return None
    value = header.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    now = now or datetime.now(timezone.utc)
    return max(0.0, (when - now).total_seconds())


def retry_delay(
    attempt: int,
    retry_after_header: str | None = None,
    *,
    base: float = 1.0,
    cap: float = 60.0,
    rng: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number `attempt` (1 = first retry).

    Exponential backoff (base, 2*base, 4*base, ...) with jitter (50-100% of the step), capped at `cap`.
    A Retry-After header (seconds or HTTP-date) wins when it asks for longer, still capped at `cap`.
    """
    step = min(cap, base * (2 ** max(0, attempt - 1)))
    delay = step * (0.5 + 0.5 * rng())
    asked = retry_after_seconds(retry_after_header)
    if asked is not None:
        delay = max(delay, asked)
    return min(delay, cap)


def retry_wait(error: FetchError, attempt: int, attempts: int, max_wait: float) -> float | None:
    """Seconds to wait before attempt `attempt + 1` after `error`, or None to give up: the error is not
    retryable, the attempts are used up, or the server's Retry-After asks for more than `max_wait` (said in
    the error's reason). Shared by `fetch_with_retries` and the crawl, which waits in the host's throttle."""
    if not error.retryable or attempt >= attempts:
        return None
    asked = retry_after_seconds(error.retry_after)
    if asked is not None and asked > max_wait:
        error.reason += f" (server asks to retry after {asked:.0f} s)"
        return None
    return retry_delay(attempt, error.retry_after, cap=max_wait)


def _retry_delay_within(
    error: FetchError, attempt: int, attempts: int, max_wait: float, deadline: float | None
) -> float | None:
    """`retry_wait`, or None when the wait would end past `deadline`: the retry could not finish in time,
    so the error stands (a user's --timeout bounds the whole URL, retries included)."""
    delay = retry_wait(error, attempt, attempts, max_wait)
    if delay is not None and deadline is not None and time.monotonic() + delay >= deadline:
        return None
    return delay


def fetch_with_retries(
    url: str,
    *,
    client: httpx.Client,
    attempts: int = 3,
    sleep: Callable[[float], None] = time.sleep,
    max_wait: float = 60.0,
    on_retry: Callable[[FetchError, float], None] | None = None,
    **fetch_options,
) -> Capture:
    """`fetch_page`, retried on retryable errors (timeouts, connection errors, 429, 5xx) with backoff.

    Gives up at once when the server's Retry-After asks for more than `max_wait` seconds, and when a
    `deadline=` (see `budget_deadline`) would pass before the retry: the whole loop then ends by it.
    `on_retry(error, delay)` is told about each retry (for a progress line).
    """
    deadline = fetch_options.get("deadline")
    for attempt in range(1, attempts + 1):
        try:
            return fetch_page(url, client=client, **fetch_options)
        except FetchError as error:
            delay = _retry_delay_within(error, attempt, attempts, max_wait, deadline)
            if delay is None:
                raise
            if on_retry:
                on_retry(error, delay)
            sleep(delay)
    raise AssertionError("unreachable")  # pragma: no cover


async def fetch_with_retries_async(
    url: str,
    *,
    client: httpx.AsyncClient,
    attempts: int = 3,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    max_wait: float = 60.0,
    on_retry: Callable[[FetchError, float], None] | None = None,
    **fetch_options,
) -> Capture:
    """`fetch_with_retries` for an httpx.AsyncClient."""
    deadline = fetch_options.get("deadline")
    for attempt in range(1, attempts + 1):
        try:
            return await fetch_page_async(url, client=client, **fetch_options)
        except FetchError as error:
            delay = _retry_delay_within(error, attempt, attempts, max_wait, deadline)
            if delay is None:
                raise
            if on_retry:
                on_retry(error, delay)
            await sleep(delay)
    raise AssertionError("unreachable")  # pragma: no cover
