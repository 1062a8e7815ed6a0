"""Issue #15 items 18 and 19: `telisik fetch` obeys robots.txt (`--ignore-robots` for a URL the user insists
on), waits the per-host delay between URLs of one host (Crawl-delay wins when larger), and Ctrl-C/SIGTERM
stop it with a summary and exit 130 like the crawl. Real loopback servers; signals to a real process."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from telisik.cli import main
from telisik.errors import EXIT_INTERRUPTED

pytestmark = pytest.mark.both_backends

ARTICLE = "blora-banjir.html"
PLAIN = "plain-portal.html"
# The server stamps a request when its handler thread gets to it: on a loaded machine a few milliseconds after
# the request was written, so a gap between two stamps may be this much short of the delay kept.
SERVER_STAMPING = 0.02


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_a_url_robots_txt_disallows_is_not_fetched(site, db_path):
    site.add("/robots.txt", "User-agent: *\nDisallow: /rahasia/\n", headers={"Content-Type": "text/plain"})
    hidden = site.add_page("/rahasia/2026/01/27/banjir/", ARTICLE)
    allowed = site.add_page("/ekonomi/2026/01/27/pupuk/", PLAIN)
    result = run("fetch", "--db", db_path, "--delay", "0", hidden, allowed)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith("failed") and "disallowed by robots.txt" in lines[0]
    assert lines[1].startswith("new")
    assert "/rahasia/2026/01/27/banjir/" not in site.requests  # not even asked for
    assert site.requests.count("/robots.txt") == 1  # read once per host


def test_ignore_robots_fetches_what_the_user_insists_on(site, db_path):
    site.add("/robots.txt", "User-agent: *\nDisallow: /\n", headers={"Content-Type": "text/plain"})
    url = site.add_page("/2026/01/27/banjir/", ARTICLE)
    result = run("fetch", "--db", db_path, "--ignore-robots", url)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith("new")
    assert "/robots.txt" not in site.requests


@pytest.mark.slow
def test_a_robots_txt_that_cannot_be_read_refuses_with_the_reason(site, db_path):
    site.add("/robots.txt", "sibuk", status=503, headers={"Content-Type": "text/plain", "Retry-After": "0"})
    url = site.add_page("/2026/01/27/banjir/", ARTICLE)
    result = run("fetch", "--db", db_path, "--timeout", "5", url)
    assert result.exit_code == 1
    assert "robots.txt could not be read" in result.stderr and "--ignore-robots" in result.stderr
    assert "/2026/01/27/banjir/" not in site.requests


def test_a_missing_robots_txt_allows_everything(site, db_path):
    url = site.add_page("/2026/01/27/banjir/", ARTICLE)
    result = run("fetch", "--db", db_path, url)
    assert result.exit_code == 0, result.stderr


@pytest.mark.slow
def test_urls_of_one_host_wait_the_delay_and_other_hosts_do_not(site, db_path):
    one = site.add_page("/2026/01/27/banjir/", ARTICLE)
    two = site.add_page("/2026/01/28/pupuk/", PLAIN)
    other_host = two.replace("127.0.0.1", "localhost")
    started = time.monotonic()
    result = run("fetch", "--db", db_path, "--delay", "0.8", one, other_host)
    unrelated = time.monotonic() - started
    assert result.exit_code == 0, result.stderr
    assert unrelated < 0.8  # two hosts: no wait

    started = time.monotonic()
    result = run("fetch", "--db", db_path, "--delay", "0.8", one, two)
    assert result.exit_code == 0, result.stderr
    assert time.monotonic() - started >= 0.8


@pytest.mark.slow
def test_the_delay_counts_from_the_last_request_sent_to_the_host_not_from_the_urls_turn(site, db_path):
    # The first URL redirects (slowly) to its article on the same host: the article's request is sent 0.4 s
    # after the URL's turn began. The next URL waits the delay after that request, not after the turn.
    article = site.add_page("/2026/01/27/banjir/", ARTICLE)
    short = site.redirect("/s/banjir", article, latency=0.4)
    two = site.add_page("/2026/01/28/pupuk/", PLAIN)
    three = site.add_page("/2026/01/28/pupuk-lagi/", PLAIN)
    result = run("fetch", "--db", db_path, "--delay", "0.5", short, two, three)
    assert result.exit_code == 0, result.stderr
    arrived = {path: at for at, path in site.arrivals}
    assert list(arrived) == [
        "/robots.txt",
        "/s/banjir",
        "/2026/01/27/banjir/",
        "/2026/01/28/pupuk/",
        "/2026/01/28/pupuk-lagi/",
    ]
    assert arrived["/2026/01/27/banjir/"] - arrived["/s/banjir"] >= 0.4  # one URL's requests: not spaced
    assert arrived["/2026/01/28/pupuk/"] - arrived["/2026/01/27/banjir/"] >= 0.5 - SERVER_STAMPING
    assert arrived["/2026/01/28/pupuk-lagi/"] - arrived["/2026/01/28/pupuk/"] >= 0.5 - SERVER_STAMPING


@pytest.mark.slow
def test_robots_crawl_delay_wins_over_a_shorter_delay(site, db_path):
    site.add("/robots.txt", "User-agent: *\nCrawl-delay: 1\n", headers={"Content-Type": "text/plain"})
    one = site.add_page("/2026/01/27/banjir/", ARTICLE)
    two = site.add_page("/2026/01/28/pupuk/", PLAIN)
    started = time.monotonic()
    result = run("fetch", "--db", db_path, "--delay", "0", one, two)
    assert result.exit_code == 0, result.stderr
    assert time.monotonic() - started >= 1.0


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_during_fetch_prints_a_summary_and_exits_130(site, db_path, signum):
    urls = [site.add_page(f"/2026/01/2{n}/berita-{n}/", ARTICLE if n % 2 else PLAIN) for n in range(1, 4)]
    proc = subprocess.Popen(
        [sys.executable, "-m", "telisik", "fetch", "--db", db_path, "--delay", "30", *urls],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        first = proc.stderr.readline()  # the first URL is done; the second waits out the host's delay
        assert first.startswith("new"), first
        proc.send_signal(signum)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == EXIT_INTERRUPTED, err
    assert "Traceback" not in err and "Aborted" not in err
    assert err.strip().splitlines()[-1] == (
        "telisik: interrupted: 1 of 3 URLs done (1 new, 0 updated, 0 unchanged, 0 failed), 2 not fetched"
    )
    kept = run("search", "--db", db_path, "banjir", "--format", "jsonl")
    assert len(kept.stdout.splitlines()) == 1  # what was archived before the signal is kept


def test_a_url_that_is_not_http_is_reported_as_such_not_as_a_robots_problem(db_path):
    result = run("fetch", "--db", db_path, "ftp://127.0.0.1/berita/", "not a url")
    assert result.exit_code == 1
    assert "robots.txt" not in result.stderr
    assert "unsupported URL scheme" in result.stderr.splitlines()[0]
