"""Issue #5 on the fetching side: hostile and broken servers give a clear error quickly, never a hang or
unbounded memory. Every scenario runs against a real misbehaving server on loopback (tests/support/faultserver.py),
scaled down (1 MB caps, 1-2 s timeouts); benchmarks/faults.py runs them at full scale."""

from __future__ import annotations

import asyncio
import socket
import time
import tracemalloc

import pytest
from support.faultserver import (
    ARTICLE_HTML,
    FaultServer,
    Request,
    close_mid_body,
    closed_port,
    compressed_payload,
    gzip_bomb,
    http_date,
    page,
    redirect,
    reset_mid_body,
    respond,
    retry_after,
    stall_after_headers,
    streamed,
    trickle_body,
    trickle_headers,
    truncated_gzip,
)
from support.network import resolution_fails

from telisik.fetch import (
    FetchError,
    FetchLimits,
    fetch_page,
    fetch_page_async,
    fetch_with_retries,
    make_async_client,
    make_client,
    retry_after_seconds,
)

MB = 1024 * 1024
# Scaled-down caps: small enough to keep every test within a couple of seconds.
FAST = FetchLimits(
    max_bytes=1 * MB, total_timeout=2.0, connect_timeout=1.0, read_timeout=1.0, max_redirects=10
)
# A 5 MB page on one line: streamed as 82 chunks.
SINGLE_LINE_CHUNKS = (
    [b"<html><head><title>x</title></head><body><p>"] + [b"kata " * 13107] * 80 + [b"</p></body></html>"]
)


def endless_chain(conn: socket.socket, request: Request) -> None:
    n = int(request.path.rsplit("/", 1)[1])
    respond(conn, 302, "Found", b"", [("Location", f"/chain/{n + 1}")])


@pytest.fixture(scope="module")
def server():
    srv = FaultServer()
    srv.routes.update(
        {
            "/ok": page(),
            "/stall": stall_after_headers(srv),
            "/trickle": trickle_body(srv, 0.25, total_bytes=100_000),
            "/trickle-headers": trickle_headers(srv, 0.25),
            "/reset": reset_mid_body(),
            "/cut": close_mid_body(),
            "/truncated-gzip": truncated_gzip(),
            "/loop-a": redirect("/loop-b"),
            "/loop-b": redirect("/loop-a"),
            "/self": redirect("/self"),
            "/to-10": redirect("http://10.0.0.5/admin"),
            "/to-ftp": redirect("ftp://127.0.0.1/file"),
            "/to-file": redirect("file:///etc/passwd"),
            "/to-metadata": redirect("http://169.254.169.254/latest/meta-data/"),
            "/to-v6": redirect("http://[::1]:1/"),
            "/429": retry_after(429, "Too Many Requests", "2"),
            "/503-date": retry_after(503, "Service Unavailable", lambda: http_date(30)),
            "/storm": retry_after(503, "Service Unavailable", "0"),
            "/big-declared": page(b"<html><body>" + b"a" * (5 * MB) + b"</body></html>"),
            "/big-streamed": streamed(lambda: (b"<p>" + b"a" * 65530 + b"</p>" for _ in range(80))),
            "/bomb": compressed_payload(gzip_bomb(100 * MB)),
            "/single-line": streamed(lambda: SINGLE_LINE_CHUNKS),
            "/binary": page(bytes(range(256)) * 64, "text/html; charset=utf-8"),
            "/pdf-as-html": page(b"%PDF-1.4\n" + bytes(range(256)) * 8, "text/html"),
            "/pdf-untyped": page(b"%PDF-1.4\n" + bytes(range(256)) * 8, ""),
            "/png": page(b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png"),
            "/scripts-only": page("<html><head><script>var a=1;</script></head></html>"),
            "/nul-once": page(ARTICLE_HTML.replace("</footer>", "\x00</footer>")),
        }
    )
    srv.routes.update({f"/chain/{n}": endless_chain for n in range(100)})
    with srv:
        yield srv


@pytest.fixture
def client():
    with make_client(FAST) as c:
        yield c


def fails(url: str, client, limits: FetchLimits = FAST, **options) -> tuple[FetchError, float]:
    started = time.monotonic()
    with pytest.raises(FetchError) as err:
        fetch_page(url, client=client, limits=limits, **options)
    return err.value, time.monotonic() - started


def fails_async(url: str, limits: FetchLimits = FAST) -> tuple[FetchError, float]:
    async def run() -> FetchError:
        async with make_async_client(limits) as aclient:
            try:
                await fetch_page_async(url, client=aclient, limits=limits)
            except FetchError as error:
                return error
        raise AssertionError("fetch succeeded")

    started = time.monotonic()
    error = asyncio.run(run())
    return error, time.monotonic() - started


# ------------------------------------------------------------------------------------------ network faults


def test_connect_refused(client) -> None:
    error, elapsed = fails(f"http://127.0.0.1:{closed_port()}/", client)
    assert (error.reason, error.retryable) == ("connection refused", True)
    assert elapsed < 1.5


def test_connect_refused_async() -> None:
    error, _ = fails_async(f"http://127.0.0.1:{closed_port()}/")
    assert error.reason == "connection refused"


@pytest.mark.parametrize(
    ("code", "retryable"),
    [(socket.EAI_NONAME, False), (socket.EAI_AGAIN, True)],
    ids=["no-such-name", "resolver-unavailable"],
)
def test_dns_failure(client, code: int, retryable: bool) -> None:
    # No resolver is queried: conftest keeps name resolution in-process (support.network), and here the
    # lookup fails as the C library reports a name that does not exist (NONAME, final) or a resolver that
    # did not answer (AGAIN, worth a retry). httpx and its sockets are the real ones.
    with resolution_fails("berita.telisik.invalid", code):
        error, elapsed = fails("http://berita.telisik.invalid/a", client)
    assert (error.reason, error.retryable) == ("DNS lookup failed for berita.telisik.invalid", retryable)
    assert elapsed < 0.5


@pytest.mark.slow
def test_headers_then_stall_hits_the_read_timeout(server: FaultServer, client) -> None:
    limits = FetchLimits(max_bytes=MB, total_timeout=10, connect_timeout=1, read_timeout=1)
    error, elapsed = fails(server.url("/stall"), client, limits)
    assert (error.reason, error.retryable) == ("timed out: no data for 1 s", True)
    assert elapsed < 2.5


# One byte every 0.25 s never trips the 0.6 s read timeout; only the total deadline (1 s) stops it.
TRICKLE = FetchLimits(max_bytes=1 * MB, total_timeout=1.0, connect_timeout=1.0, read_timeout=0.6)


@pytest.mark.slow
def test_trickling_body_is_bounded_by_the_total_deadline(server: FaultServer, client) -> None:
    error, elapsed = fails(server.url("/trickle"), client, TRICKLE)
    assert (error.reason, error.retryable) == ("timed out after 1 s", True)
    assert 0.95 <= elapsed < 2.0


@pytest.mark.slow
def test_trickling_headers_are_bounded_by_the_total_deadline(server: FaultServer, client) -> None:
    error, elapsed = fails(server.url("/trickle-headers"), client, TRICKLE)
    assert error.reason == "timed out after 1 s"
    assert 0.95 <= elapsed < 2.0


@pytest.mark.slow
def test_trickle_async(server: FaultServer) -> None:
    for path in ("/trickle", "/trickle-headers"):
        error, elapsed = fails_async(server.url(path), TRICKLE)
        assert error.reason == "timed out after 1 s"
        assert 0.95 <= elapsed < 2.0


def test_connection_reset_mid_body(server: FaultServer, client) -> None:
    error, _ = fails(server.url("/reset"), client)
    assert (error.reason, error.retryable) == ("connection reset", True)


def test_connection_closed_mid_body(server: FaultServer, client) -> None:
    error, _ = fails(server.url("/cut"), client)
    assert error.reason == "connection closed mid-body (incomplete body)"


def test_truncated_gzip(server: FaultServer, client) -> None:
    error, _ = fails(server.url("/truncated-gzip"), client)
    assert (error.reason, error.retryable) == ("truncated gzip body", True)


@pytest.mark.parametrize("path", ["/loop-a", "/self"])
def test_redirect_loop(server: FaultServer, client, path: str) -> None:
    error, _ = fails(server.url(path), client)
    assert (error.reason, error.retryable) == ("redirect loop", False)


def test_over_long_redirect_chain(server: FaultServer, client) -> None:
    hits_before = sum(server.hits.get(f"/chain/{n}", 0) for n in range(100))
    error, _ = fails(server.url("/chain/0"), client)
    assert error.reason == "too many redirects (>10)"
    assert sum(server.hits.get(f"/chain/{n}", 0) for n in range(100)) - hits_before == 11


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/to-10", "redirect to private address 10.0.0.5 refused"),
        ("/to-metadata", "redirect to private address 169.254.169.254 refused"),
        ("/to-v6", "redirect to private address ::1 refused"),
        ("/to-ftp", "redirect to ftp: URL refused"),
        ("/to-file", "redirect to file: URL refused"),
    ],
)
def test_redirect_to_private_address_or_other_scheme_refused(
    server: FaultServer, client, path, reason
) -> None:
    # Refused before any connection: the error comes back at once, with no connect timeout spent.
    error, elapsed = fails(server.url(path), client)
    assert (error.reason, error.retryable) == (reason, False)
    assert elapsed < 0.5


@pytest.fixture
def other_loopback_server():
    try:
        srv = FaultServer(host="127.0.0.2")
    except OSError:
        pytest.skip("cannot bind 127.0.0.2")
    srv.routes["/secret"] = page("<html><body>internal admin</body></html>")
    with srv:
        yield srv


def test_redirect_to_untrusted_local_host_makes_no_connection(server, client, other_loopback_server) -> None:
    target = other_loopback_server.url("/secret")
    server.routes["/to-other"] = redirect(target)
    error, _ = fails(server.url("/to-other"), client)
    assert error.reason == "redirect to private address 127.0.0.2 refused"
    assert other_loopback_server.hits == {}  # not a single request reached it
    # configured as trusted, the same hop is followed
    capture = fetch_page(server.url("/to-other"), client=client, limits=FAST, trusted_hosts=["127.0.0.2"])
    assert capture.final_url == target and other_loopback_server.hits == {"/secret": 1}


def test_429_with_retry_after_seconds(server: FaultServer, client) -> None:
    error, _ = fails(server.url("/429"), client)
    assert (error.reason, error.retryable, error.retry_after) == ("HTTP 429 Too Many Requests", True, "2")
    delays: list[float] = []
    with pytest.raises(FetchError):
        fetch_with_retries(server.url("/429"), client=client, attempts=2, sleep=delays.append, limits=FAST)
    assert delays and delays[0] >= 2.0


def test_503_with_retry_after_http_date(server: FaultServer, client) -> None:
    error, _ = fails(server.url("/503-date"), client)
    assert error.reason == "HTTP 503 Service Unavailable" and error.retryable
    assert 20 <= retry_after_seconds(error.retry_after) <= 30
    delays: list[float] = []
    with pytest.raises(FetchError):
        fetch_with_retries(
            server.url("/503-date"), client=client, attempts=2, sleep=delays.append, limits=FAST
        )
    assert 20 <= delays[0] <= 30


def test_5xx_storm_is_retried_then_reported(server: FaultServer, client) -> None:
    delays: list[float] = []
    before = server.hits.get("/storm", 0)
    with pytest.raises(FetchError) as err:
        fetch_with_retries(server.url("/storm"), client=client, attempts=4, sleep=delays.append, limits=FAST)
    assert err.value.reason == "HTTP 503 Service Unavailable"
    assert server.hits["/storm"] - before == 4
    assert len(delays) == 3 and delays[0] <= 1.0 < delays[2] <= 4.0  # exponential backoff


# ------------------------------------------------------------------------------------------- hostile sizes


def peak_memory_of(action) -> tuple[object, int]:
    tracemalloc.start()
    try:
        result = action()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_declared_body_over_the_cap_is_refused_unread(server: FaultServer, client) -> None:
    error, _ = fails(server.url("/big-declared"), client)
    assert (error.reason, error.retryable) == ("page larger than 1 MB", False)


def test_streamed_body_over_the_cap_stops_at_the_cap(server: FaultServer, client) -> None:
    (error, _), peak = peak_memory_of(lambda: fails(server.url("/big-streamed"), client))
    assert error.reason == "page larger than 1 MB"
    assert peak < 4 * MB


def test_gzip_bomb_stops_at_the_cap(server: FaultServer, client) -> None:
    (error, elapsed), peak = peak_memory_of(lambda: fails(server.url("/bomb"), client))
    assert error.reason == "page larger than 1 MB"
    assert peak < 4 * MB  # 100 MB inflated would be far above this
    assert elapsed < 1.0


def test_5mb_single_line_page_is_fetched_whole(server: FaultServer, client) -> None:
    capture = fetch_page(server.url("/single-line"), client=client, limits=FetchLimits(max_bytes=20 * MB))
    assert capture.content == b"".join(SINGLE_LINE_CHUNKS) and len(capture.content) > 5_000_000
    assert capture.content.count(b"\n") == 0 and capture.encoding == "utf-8"


# --------------------------------------------------------------------------------------------- bad content


@pytest.mark.parametrize("path", ["/binary", "/pdf-as-html"])
def test_binary_served_as_html(server: FaultServer, client, path: str) -> None:
    error, _ = fails(server.url(path), client)
    assert (error.reason, error.retryable) == ("binary content served as text/html", False)


def test_pdf_without_content_type_is_sniffed(server: FaultServer, client) -> None:
    error, _ = fails(server.url("/pdf-untyped"), client)
    assert error.reason == "not an HTML page (application/pdf)"


def test_image_refused_by_type(server: FaultServer, client) -> None:
    error, _ = fails(server.url("/png"), client)
    assert error.reason == "not an HTML page (image/png)"


def test_odd_but_textual_pages_are_fetched(server: FaultServer, client) -> None:
    # Deciding whether these are articles is extraction's job; fetching must not refuse them.
    assert fetch_page(server.url("/scripts-only"), client=client, limits=FAST).status == 200
    assert b"\x00" in fetch_page(server.url("/nul-once"), client=client, limits=FAST).content


def test_run_continues_after_every_fault(server: FaultServer, client) -> None:
    """One client, a sequence of hostile URLs, then a good one: each fails alone, the next still works."""
    urls = [server.url(p) for p in ("/reset", "/bomb", "/truncated-gzip", "/loop-a", "/binary", "/cut")]
    reasons = []
    for url in urls:
        try:
            fetch_page(url, client=client, limits=FAST)
        except FetchError as error:
            reasons.append(error.reason)
    assert len(reasons) == len(urls)
    assert fetch_page(server.url("/ok"), client=client, limits=FAST).status == 200


def test_deadline_hook_is_installed_in_httpx() -> None:
    """The total deadline reaches the sockets through httpx's transport internals; if an httpx upgrade
    moves them, this fails loudly instead of the header-trickle tests hanging."""
    import httpx

    from telisik.fetch import _install_deadline_backend

    with make_client() as sync_client, httpx.Client() as plain:
        assert _install_deadline_backend(sync_client)
        assert _install_deadline_backend(plain)

    async def check_async() -> bool:
        async with make_async_client() as aclient:
            return _install_deadline_backend(aclient)

    assert asyncio.run(check_async())


@pytest.mark.slow
def test_per_call_limits_govern_whatever_the_client_was_made_with(server: FaultServer) -> None:
    with make_client(FetchLimits(read_timeout=30, total_timeout=60)) as slow_client:
        error, elapsed = fails(
            server.url("/stall"), slow_client, FetchLimits(read_timeout=1, total_timeout=10)
        )
    assert error.reason == "timed out: no data for 1 s"
    assert elapsed < 2.5
