"""fetch_page against a real loopback server: ordinary pages, errors, redirects, conditional requests."""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support.faultserver import (
    ARTICLE_HTML,
    CP1252_HTML,
    FaultServer,
    conditional,
    flaky,
    gzipped,
    page,
    redirect,
    retry_after,
)

from telisik import __version__
from telisik.fetch import (
    USER_AGENT,
    FetchError,
    FetchLimits,
    fetch_page,
    fetch_page_async,
    fetch_with_retries,
    fetch_with_retries_async,
    make_async_client,
    make_client,
    retry_after_seconds,
    retry_delay,
)

ETAG = '"v1-abc"'
LAST_MODIFIED = "Tue, 27 Jan 2026 08:28:41 GMT"
LIMITS = FetchLimits(total_timeout=5, connect_timeout=2, read_timeout=2)


@pytest.fixture(scope="module")
def server():
    srv = FaultServer()
    srv.routes.update(
        {
            "/berita/banjir-blora": page(
                extra=[("X-Served-By", "edge-1"), ("Set-Cookie", "a=1"), ("Set-Cookie", "b=2")]
            ),
            "/hilang": page(
                "<html><body>Halaman tidak ditemukan</body></html>", status=404, reason="Not Found"
            ),
            "/rusak": page("<html><body>error</body></html>", status=500, reason="Internal Server Error"),
            "/r1": redirect("/r2", 301),
            "/r2": redirect(srv.url("/r3"), 302),
            "/r3": redirect("/berita/banjir-blora?utm_source=x", 307),
            "/laporan.pdf": page(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "application/pdf"),
            "/lama": page(CP1252_HTML, "text/html"),
            "/kosong": page(b""),
            "/spasi": page(b"  \r\n\t "),
            "/gz": gzipped(),
            "/deflate": gzipped(coding="deflate"),
            "/raw-deflate": gzipped(coding="raw"),
            "/cond": conditional(ETAG, LAST_MODIFIED),
            "/sibuk": retry_after(503, "Service Unavailable", "3600"),
            "/robots.txt": page(b"", "text/plain"),
            "/feed": page(b"<?xml version='1.0'?><rss></rss>", "application/rss+xml"),
            "/no-type": page(ARTICLE_HTML, content_type=""),
            "/xhtml": page(ARTICLE_HTML, "application/xhtml+xml"),
        }
    )
    srv.routes["/flaky"] = flaky(srv, "/flaky", failures=2)
    srv.routes["/flaky-async"] = flaky(srv, "/flaky-async", failures=1, status=429)
    with srv:
        yield srv


@pytest.fixture
def client():
    with make_client(LIMITS) as c:
        yield c


def test_limits_from_cli_options() -> None:
    assert FetchLimits.from_options() == FetchLimits()
    limits = FetchLimits.from_options(max_size_mb=1.5, timeout=30, max_redirects=3)
    assert (limits.max_bytes, limits.total_timeout, limits.max_redirects) == (1572864, 30, 3)
    assert limits.connect_timeout == FetchLimits().connect_timeout
    assert FetchLimits().max_bytes == 20 * 1024 * 1024 and FetchLimits().total_timeout == 60


def test_user_agent_names_telisik_and_version() -> None:
    assert USER_AGENT.startswith(f"telisik/{__version__} ")
    assert "news archiver" in USER_AGENT


def test_fetch_html_page(server: FaultServer, client) -> None:
    before = datetime.now(timezone.utc)
    capture = fetch_page(server.url("/berita/banjir-blora"), client=client, limits=LIMITS)
    assert capture.status == 200
    assert capture.url == capture.final_url == server.url("/berita/banjir-blora")
    assert capture.content == ARTICLE_HTML.encode("utf-8")
    assert capture.content_type == "text/html"
    assert capture.encoding == "utf-8"
    assert capture.headers["x-served-by"] == "edge-1"
    assert capture.headers["set-cookie"] == "a=1, b=2"
    assert all(name == name.lower() for name in capture.headers)
    assert before <= capture.fetched_at <= datetime.now(timezone.utc)
    sent = [r for r in server.requests if r.path == "/berita/banjir-blora"][-1]
    assert sent.headers["user-agent"] == USER_AGENT
    assert sent.headers["accept-encoding"] == "gzip, deflate"


def test_404_and_500_are_errors_with_reasons(server: FaultServer, client) -> None:
    with pytest.raises(FetchError) as err:
        fetch_page(server.url("/hilang"), client=client)
    assert (err.value.reason, err.value.retryable, err.value.status) == ("HTTP 404 Not Found", False, 404)
    with pytest.raises(FetchError) as err:
        fetch_page(server.url("/rusak"), client=client)
    assert (err.value.reason, err.value.retryable) == ("HTTP 500 Internal Server Error", True)
    assert str(err.value) == "HTTP 500 Internal Server Error"


def test_redirect_chain_of_three_hops(server: FaultServer, client) -> None:
    capture = fetch_page(server.url("/r1"), client=client)
    assert capture.url == server.url("/r1")
    assert capture.final_url == server.url("/berita/banjir-blora?utm_source=x")
    assert capture.status == 200 and b"Banjir Rendam" in capture.content


def test_redirect_chain_longer_than_the_limit(server: FaultServer, client) -> None:
    with pytest.raises(FetchError) as err:
        fetch_page(server.url("/r1"), client=client, limits=FetchLimits(max_redirects=2))
    assert err.value.reason == "too many redirects (>2)"


def test_non_html_content_type_refused_before_reading(server: FaultServer, client) -> None:
    with pytest.raises(FetchError) as err:
        fetch_page(server.url("/laporan.pdf"), client=client)
    assert err.value.reason == "not an HTML page (application/pdf)"
    assert not err.value.retryable


def test_html_only_false_accepts_any_type_and_empty_bodies(server: FaultServer, client) -> None:
    feed = fetch_page(server.url("/feed"), client=client, html_only=False)
    assert feed.content_type == "application/rss+xml" and feed.content.startswith(b"<?xml")
    robots = fetch_page(server.url("/robots.txt"), client=client, html_only=False)
    assert robots.status == 200 and robots.content == b""


def test_xhtml_and_missing_content_type_are_html(server: FaultServer, client) -> None:
    assert fetch_page(server.url("/xhtml"), client=client).content_type == "application/xhtml+xml"
    assert fetch_page(server.url("/no-type"), client=client).content_type == "text/html"


def test_windows_1252_declared_only_in_meta(server: FaultServer, client) -> None:
    capture = fetch_page(server.url("/lama"), client=client)
    assert capture.encoding == "windows-1252"
    assert capture.content == CP1252_HTML
    assert "Caf\u00e9 \u201cSenja\u201d" in capture.content.decode(capture.encoding)


@pytest.mark.parametrize("path", ["/kosong", "/spasi"])
def test_empty_body_is_an_error(server: FaultServer, client, path: str) -> None:
    with pytest.raises(FetchError) as err:
        fetch_page(server.url(path), client=client)
    assert err.value.reason == "empty response"


@pytest.mark.parametrize("path", ["/gz", "/deflate", "/raw-deflate"])
def test_compressed_bodies_are_inflated(server: FaultServer, client, path: str) -> None:
    capture = fetch_page(server.url(path), client=client)
    assert capture.content == ARTICLE_HTML.encode("utf-8")


def test_conditional_request_yields_304_capture(server: FaultServer, client) -> None:
    first = fetch_page(server.url("/cond"), client=client)
    assert first.status == 200 and first.headers["etag"] == ETAG
    again = fetch_page(server.url("/cond"), client=client, etag=first.headers["etag"])
    assert again.status == 304 and again.content == b""
    by_date = fetch_page(server.url("/cond"), client=client, last_modified=first.headers["last-modified"])
    assert by_date.status == 304
    sent = [r for r in server.requests if r.path == "/cond"]
    assert "if-none-match" not in sent[0].headers
    assert sent[1].headers["if-none-match"] == ETAG
    assert sent[2].headers["if-modified-since"] == LAST_MODIFIED


@pytest.mark.parametrize("url", ["ftp://example.com/x", "file:///etc/passwd", "not a url", "http:///nohost"])
def test_unfetchable_urls(client, url: str) -> None:
    with pytest.raises(FetchError) as err:
        fetch_page(url, client=client)
    assert err.value.reason and "\n" not in err.value.reason and not err.value.retryable


def test_fetch_page_async_same_rules(server: FaultServer) -> None:
    async def run():
        async with make_async_client(LIMITS) as aclient:
            ok = await fetch_page_async(server.url("/r1"), client=aclient, limits=LIMITS)
            with pytest.raises(FetchError) as err:
                await fetch_page_async(server.url("/hilang"), client=aclient)
            pdf = None
            try:
                await fetch_page_async(server.url("/laporan.pdf"), client=aclient)
            except FetchError as e:
                pdf = e.reason
            return ok, err.value.reason, pdf

    ok, missing, pdf = asyncio.run(run())
    assert ok.final_url == server.url("/berita/banjir-blora?utm_source=x") and ok.encoding == "utf-8"
    assert missing == "HTTP 404 Not Found"
    assert pdf == "not an HTML page (application/pdf)"


def test_plain_httpx_client_also_gets_the_rules(server: FaultServer) -> None:
    import httpx

    with httpx.Client(follow_redirects=True) as plain:
        capture = fetch_page(server.url("/r1"), client=plain)
    assert capture.final_url.endswith("/berita/banjir-blora?utm_source=x")


# ----------------------------------------------------------------------------------------------------- retries


def test_fetch_with_retries_recovers_from_503(server: FaultServer, client) -> None:
    delays: list[float] = []
    capture = fetch_with_retries(server.url("/flaky"), client=client, attempts=3, sleep=delays.append)
    assert capture.status == 200
    assert server.hits["/flaky"] == 3
    assert len(delays) == 2 and all(0 < d <= 60 for d in delays)


def test_fetch_with_retries_gives_up_when_server_asks_too_long(server: FaultServer, client) -> None:
    delays: list[float] = []
    with pytest.raises(FetchError) as err:
        fetch_with_retries(server.url("/sibuk"), client=client, attempts=5, sleep=delays.append, max_wait=60)
    assert err.value.reason == "HTTP 503 Service Unavailable (server asks to retry after 3600 s)"
    assert delays == []


def test_fetch_with_retries_does_not_retry_404(server: FaultServer, client) -> None:
    hits_before = server.hits.get("/hilang", 0)
    with pytest.raises(FetchError):
        fetch_with_retries(server.url("/hilang"), client=client, attempts=3, sleep=lambda s: None)
    assert server.hits["/hilang"] == hits_before + 1


def test_fetch_with_retries_async(server: FaultServer) -> None:
    delays: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        delays.append(seconds)

    async def run():
        async with make_async_client(LIMITS) as aclient:
            return await fetch_with_retries_async(
                server.url("/flaky-async"), client=aclient, sleep=fake_sleep
            )

    assert asyncio.run(run()).status == 200
    assert len(delays) == 1


def test_retry_delay_backoff_with_jitter() -> None:
    assert retry_delay(1, rng=lambda: 0.0) == 0.5
    assert retry_delay(1, rng=lambda: 1.0) == 1.0
    assert retry_delay(3, rng=lambda: 1.0) == 4.0
    assert retry_delay(30, rng=lambda: 1.0) == 60.0  # capped
    delays = {retry_delay(2) for _ in range(50)}
    assert len(delays) > 1 and all(1.0 <= d <= 2.0 for d in delays)


def test_retry_delay_honours_retry_after() -> None:
    assert retry_delay(1, "7", rng=lambda: 0.0) == 7.0
    assert retry_delay(1, "7000", rng=lambda: 0.0) == 60.0  # capped
    assert retry_delay(1, "garbage", rng=lambda: 0.0) == 0.5
    import time
    from email.utils import formatdate

    in_ten = formatdate(time.time() + 10, usegmt=True)
    assert 8.0 <= retry_delay(1, in_ten, rng=lambda: 0.0) <= 10.0


def test_retry_after_seconds_forms() -> None:
    now = datetime(2026, 1, 27, 8, 0, 0, tzinfo=timezone.utc)
    assert retry_after_seconds("120") == 120.0
    assert retry_after_seconds("Tue, 27 Jan 2026 08:02:00 GMT", now=now) == 120.0
    assert retry_after_seconds("Tue, 27 Jan 2026 07:00:00 GMT", now=now) == 0.0  # in the past
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds(None) is None
    assert retry_after_seconds("-5") is None
    # A hostile header is no retry hint, not an OverflowError that would take the crawl of a site down.
    assert retry_after_seconds("Fri, 31 Dec 99999999999999999999 23:00:00 GMT") is None
    assert retry_after_seconds("Fri, 31 Dec 2026 99999999999:00:00 GMT") is None


# ------------------------------------------------------------------------------------------ content decoding


def _gzip_route(data: bytes):
    from support.faultserver import compressed_payload

    return compressed_payload(data)


def test_multi_member_gzip_and_trailing_junk(server: FaultServer, client) -> None:
    import gzip

    half = len(ARTICLE_HTML) // 2
    first, second = ARTICLE_HTML[:half].encode(), ARTICLE_HTML[half:].encode()
    server.routes["/multi"] = _gzip_route(gzip.compress(first) + gzip.compress(second))
    server.routes["/junk"] = _gzip_route(gzip.compress(ARTICLE_HTML.encode()) + b"\r\n<!-- junk -->")
    assert fetch_page(server.url("/multi"), client=client).content == ARTICLE_HTML.encode()
    assert fetch_page(server.url("/junk"), client=client).content == ARTICLE_HTML.encode()


def test_corrupt_gzip_is_a_clear_error(server: FaultServer, client) -> None:
    server.routes["/not-gzip"] = _gzip_route(b"<html><body>plain text labelled gzip</body></html>")
    with pytest.raises(FetchError) as err:
        fetch_page(server.url("/not-gzip"), client=client)
    assert err.value.reason.startswith("corrupt gzip body")


def test_unsupported_content_encoding(server: FaultServer, client) -> None:
    server.routes["/br"] = page(b"\x8b\x05\x80hello\x03", extra=[("Content-Encoding", "br")])
    with pytest.raises(FetchError) as err:
        fetch_page(server.url("/br"), client=client)
    assert err.value.reason == "unsupported content encoding br"


@pytest.mark.parametrize("coding", ["gzip", "deflate"])
def test_body_decoder_byte_by_byte(coding: str) -> None:
    """Network chunks can split a compressed stream anywhere, even between two gzip members."""
    import gzip
    import time
    import zlib

    from telisik.fetch import _BodyDecoder

    raw = ARTICLE_HTML.encode()
    data = gzip.compress(raw) + gzip.compress(raw) if coding == "gzip" else zlib.compress(raw)
    decoder = _BodyDecoder(coding, FetchLimits(), time.monotonic() + 30, "http://x/")
    for i in range(len(data)):
        decoder.feed(data[i : i + 1])
    assert decoder.finish() == (raw * 2 if coding == "gzip" else raw)


def test_missing_reason_phrase_gets_the_standard_one(server: FaultServer, client) -> None:
    from support.faultserver import http_head

    def bare_410(conn, request) -> None:
        conn.sendall(http_head(410, "", [("Content-Length", "0")]).replace(b"410 \r\n", b"410\r\n", 1))

    server.routes["/gone"] = bare_410
    with pytest.raises(FetchError) as err:
        fetch_page(server.url("/gone"), client=client)
    assert err.value.reason == "HTTP 410 Gone"


@settings(max_examples=60, deadline=None)
@given(
    payload=st.binary(max_size=20000),
    members=st.integers(min_value=1, max_value=3),
    cuts=st.lists(st.integers(min_value=0, max_value=60000), max_size=12),
)
def test_body_decoder_any_chunking(payload: bytes, members: int, cuts: list[int]) -> None:
    """However the network splits a (multi-member) gzip body, the inflated bytes are the same."""
    import gzip
    import time

    from telisik.fetch import _BodyDecoder

    data = b"".join(gzip.compress(payload) for _ in range(members))
    points = sorted({0, len(data), *(c % (len(data) + 1) for c in cuts)})
    decoder = _BodyDecoder("gzip", FetchLimits(), time.monotonic() + 30, "http://x/")
    for start, end in zip(points, points[1:], strict=False):
        decoder.feed(data[start:end])
    assert decoder.finish() == payload * members
