"""Issue #15, item 12: `fetch --timeout T` bounds the whole URL — retries and further pages included.

Loopback servers that trickle one byte a second, stall after the headers, or answer 503 forever must make
`telisik fetch --timeout 2` end within about 2 s with one line saying why; before, every retry (and every
further page) got the whole timeout again.
"""

from __future__ import annotations

import time

import pytest
from support.faultserver import FaultServer, Handler, page, respond, stall_after_headers, trickle_body
from support.pages import PageSpec, render_page, run_cli

from telisik.archive import open_db

pytestmark = pytest.mark.slow  # every test here waits out real timeouts

TIMEOUT = 2
SLACK = 1.5  # process start-up, extraction, the store: the network part is what the deadline bounds
ARTICLE = "/2026/02/05/petani-jakenan-protes-kelangkaan-pupuk/"


def slow_503(server: FaultServer, seconds: float) -> Handler:
    """An overloaded server: it thinks for `seconds`, then answers 503 (retry at once)."""

    def handler(conn, request) -> None:
        if not server.sleep(seconds):
            respond(
                conn, 503, "Service Unavailable", b"<html><body>sibuk</body></html>", [("Retry-After", "0")]
            )

    return handler


@pytest.fixture
def server():
    with FaultServer() as fault_server:
        fault_server.routes.update(
            {
                "/trickle": trickle_body(fault_server, 1.0, total_bytes=10_000),
                "/stall": stall_after_headers(fault_server),
                "/503": slow_503(fault_server, 0.8),
            }
        )
        yield fault_server


def timed_fetch(db_path: str, *args: str):
    started = time.monotonic()
    result = run_cli("fetch", "--db", db_path, "--timeout", str(TIMEOUT), *args)
    return result, time.monotonic() - started


@pytest.mark.parametrize("path", ["/trickle", "/stall"])
def test_a_trickling_or_stalled_server_ends_within_the_timeout(server, db_path, path):
    result, took = timed_fetch(db_path, server.url(path))
    assert took < TIMEOUT + SLACK, f"{took:.1f} s"
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert line.startswith("failed") and line.endswith(f"timed out after {TIMEOUT} s")


def test_retries_of_a_failing_server_stay_within_the_timeout(server, db_path):
    result, took = timed_fetch(db_path, server.url("/503"))
    assert took < TIMEOUT + SLACK, f"{took:.1f} s"
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert "HTTP 503" in line or "timed out" in line
    assert server.hits["/503"] >= 2  # it did retry, within the budget


def test_further_pages_share_the_budget_and_the_pages_we_have_are_kept(server, db_path):
    """Page 1 arrives at once, page 2 trickles: the whole URL still ends by the timeout, page 1 is archived
    and the line says what is missing."""
    first = render_page(PageSpec(canonical=server.url(ARTICLE))).replace(
        "</article>", f'<div class="pages"><a href="{ARTICLE}2/">2</a></div></article>'
    )
    server.routes[ARTICLE] = page(first)
    server.routes[ARTICLE + "2/"] = trickle_body(server, 1.0, total_bytes=10_000)
    result, took = timed_fetch(db_path, server.url(ARTICLE))
    assert took < TIMEOUT + SLACK, f"{took:.1f} s"
    assert result.exit_code == 0, result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith("new") and f"failed: timed out after {TIMEOUT} s" in line
    assert open_db(db_path).execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_each_of_many_urls_gets_its_own_budget(server, db_path):
    server.routes[ARTICLE] = page(render_page(PageSpec(canonical=server.url(ARTICLE))))
    result, took = timed_fetch(db_path, server.url("/stall"), server.url(ARTICLE))
    assert took < TIMEOUT + SLACK + 1
    assert [line.split()[0] for line in result.stderr.splitlines()] == ["failed", "new"]
