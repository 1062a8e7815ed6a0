"""The crawl against a simulated network of news sites on loopback (tests/support/sitenet.py): completeness,
incrementality, politeness, and safety. Subprocess-based kill tests live in test_crawl_safety.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import date

import pytest
from support.faultserver import BILLION_LAUGHS
from support.sitenet import SiteNet

from telisik.archive import list_versions, open_db
from telisik.archive.sql import select_all
from telisik.crawl.run import CrawlOptions, run_crawl
from telisik.crawl.sites import add_site, list_sites

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# A server stamps a request when its handler thread gets to it: on a loaded machine a few milliseconds after
# the request was written (the crawler spaces the writes). Gaps in a server's log may be this much short.
SERVER_STAMPING = 0.02


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def db_path(request, tmp_path) -> str:
    """Every test runs on an SQLite file and on PostgreSQL (a crawl there claims its sites by lease; see
    test_crawl_postgres.py): conftest's both-backends `db_path`, with the PostgreSQL runs (~0.7 s each: a
    database and its schema made per test) left out of the quick loop."""
    if request.param == "postgresql":
        return request.getfixturevalue("pg_url")
    return str(tmp_path / "archive.db")


def configure(db_path, net: SiteNet, delay: float | None = 0.0, **settings) -> None:
    db = open_db(db_path)
    for site in net.sites:
        add_site(db, site.url, name=site.name, delay=delay, **settings)
    db.conn.close()


def crawl(db_path, names=None, **options):
    sites = None
    if names is not None:
        db = open_db(db_path)
        sites = [s for s in list_sites(db) if s.name in names]
        db.conn.close()
    options.setdefault("default_delay", 0.0)
    return run_crawl(str(db_path), sites, CrawlOptions(**options))


def stored(db_path) -> list[dict]:
    db = open_db(db_path)
    rows = select_all(db, "SELECT url, title, authors, published, site FROM articles ORDER BY url")
    db.conn.close()
    return rows


@pytest.fixture
def net():
    with SiteNet(n_sites=3, articles=8) as network:
        yield network


@pytest.mark.slow
def test_every_article_archived_once_and_well_read(net, db_path):
    configure(db_path, net)
    summary = crawl(db_path)
    assert summary.exit_code == 0
    rows = stored(db_path)
    expected = sorted(url for site in net.sites for url in site.article_urls())
    assert [r["url"] for r in rows] == expected
    by_url = {r["url"]: r for r in rows}
    for site in net.sites:
        for article in site.public_articles():
            row = by_url[site.url.rstrip("/") + article.path()]
            assert row["title"] == article.title
            assert json.loads(row["authors"]) == [article.author]
            assert row["published"].startswith(article.published.isoformat()[:16])
        assert len(site.article_requests()) == len(site.public_articles())  # each fetched exactly once
        assert site.max_inflight <= 2
    for report in summary.sites:
        assert (report.new, report.archived, report.failed, report.skipped_robots) == (8, 8, 0, 1)


@pytest.mark.slow
def test_second_run_fetches_no_article_and_gets_304s(net, db_path):
    configure(db_path, net)
    crawl(db_path)
    for site in net.sites:
        site.clear_log()
    summary = crawl(db_path)
    assert summary.exit_code == 0
    for site in net.sites:
        assert site.article_requests() == []
        log = site.requests()
        assert {r.path for r in log} == {"/robots.txt", "/", "/feed/", "/sitemap_index.xml"}
        assert all(r.status == 304 and r.if_none_match for r in log)
    assert summary.stats.article_requests == 0
    assert summary.totals()["archived"] == 0


@pytest.mark.slow
def test_new_article_is_the_only_one_fetched(net, db_path):
    configure(db_path, net)
    crawl(db_path)
    for site in net.sites:
        site.clear_log()
    fresh = net.sites[0].add_article()
    summary = crawl(db_path)
    site0 = net.sites[0]
    assert [r.path for r in site0.article_requests()] == [fresh.path()]
    feed = site0.requests("/feed/")[0]
    assert feed.if_none_match and feed.status == 200
    # The posts sitemap changed too, but the new article is known by then: no second fetch.
    assert summary.sites[0].archived == 1
    assert all(r.status == 304 for s in net.sites[1:] for r in s.requests())
    assert fresh.title in {r["title"] for r in stored(db_path)}


def test_disallowed_paths_never_requested(net, db_path):
    configure(db_path, net)
    crawl(db_path)
    for site in net.sites:
        assert site.requests("/private/") == []
        assert site.requests("/search/") == []


def test_off_site_links_not_followed(net, db_path):
    configure(db_path, net)
    # portal0 links to a portal1 article from every page; the feed names one too.
    site0, site1 = net.sites[0], net.sites[1]
    feed = site0.feed_xml().replace(
        "</channel>",
        f"<item><title>x</title><link>{site1.article_urls()[1]}</link></item>"
        "<item><title>y</title><link>file:///etc/passwd</link></item></channel>",
    )
    site0.overrides["/feed/"] = (200, {"Content-Type": "application/rss+xml"}, feed.encode())
    summary = crawl(db_path, names=["portal0"])
    assert site1.requests() == [] and net.sites[2].requests() == []
    assert summary.sites[0].refused >= 1
    assert any(site1.host.split(":")[0] in e and "private address" in e for e in summary.sites[0].errors)
    assert any(
        e.startswith("file:///etc/passwd: ") and "file: URL refused" in e for e in summary.sites[0].errors
    )
    assert all(r["url"].startswith(site0.url) for r in stored(db_path))


def test_private_address_redirect_refused_with_reason(net, db_path):
    configure(db_path, net)
    site0, site1 = net.sites[0], net.sites[1]
    target = site0.public_articles()[0]
    site0.overrides[target.path()] = (302, {"Location": site1.article_urls()[0]}, b"")
    errors = []

    class Listener:
        def update(self, report):
            pass

        def error(self, report, message):
            errors.append(message)

        def done(self, report):
            pass

    db = open_db(db_path)
    sites = [s for s in list_sites(db) if s.name == "portal0"]
    db.conn.close()
    summary = run_crawl(db_path, sites, CrawlOptions(default_delay=0), progress=Listener())
    assert summary.exit_code == 0  # one failed article does not fail the run
    assert summary.sites[0].failed == 1 and summary.sites[0].archived == 7
    assert any("private address" in e and target.path() in e for e in errors)
    assert site1.requests() == []


@pytest.mark.slow
def test_per_host_delay_kept_and_hosts_crawled_in_parallel(db_path):
    with SiteNet(n_sites=2, articles=3, crawl_delay=0.2) as net:
        configure(db_path, net, delay=None)  # site default: max(default delay, Crawl-delay)
        started = time.monotonic()
        summary = crawl(db_path)
        elapsed = time.monotonic() - started
        assert summary.totals()["archived"] == 6
        spans = []
        for site in net.sites:
            times = [r.at for r in site.requests()]
            gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
            assert len(times) >= 8
            # Requests are spaced as they are written (telisik.crawl.robots): the server's log shows the
            # delay, less a few ms of its own stamping.
            assert min(gaps) >= 0.2 - SERVER_STAMPING, gaps
            spans.append((times[0], times[-1]))
        # Both sites were served at the same time, not one after the other.
        assert spans[0][0] < spans[1][1] and spans[1][0] < spans[0][1]
        assert elapsed < sum(b - a for a, b in spans)


@pytest.mark.slow
def test_site_delay_setting_wins_over_shorter_crawl_delay(db_path):
    with SiteNet(n_sites=1, articles=2, crawl_delay=0.05) as net:
        configure(db_path, net, delay=0.25)
        crawl(db_path)
        times = [r.at for r in net.sites[0].requests()]
        gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
        assert min(gaps) >= 0.25 - SERVER_STAMPING, gaps  # as they are written, see above


@pytest.mark.slow
def test_site_down_reported_others_finish(db_path):
    with SiteNet(n_sites=3, articles=4, down=(1,)) as net:
        configure(db_path, net)
        summary = crawl(db_path, attempts=1)
        assert summary.exit_code == 1
        reports = {r.name: r for r in summary.sites}
        assert reports["portal1"].error and "refused" in reports["portal1"].error
        assert reports["portal0"].archived == 4 and reports["portal2"].archived == 4
        db = open_db(db_path)
        errors = {s.name: s.last_error for s in list_sites(db)}
        db.conn.close()
        assert errors["portal1"] and errors["portal0"] is None


@pytest.mark.slow
def test_retry_after_503_then_archived(net, db_path):
    configure(db_path, net)
    site0 = net.sites[0]
    path = site0.public_articles()[2].path()
    site0.fail_next[path] = 1
    summary = crawl(db_path, names=["portal0"])
    assert summary.sites[0].archived == 8 and summary.sites[0].failed == 0
    hits = [r for r in site0.requests() if r.path == path]
    assert [r.status for r in hits] == [503, 200]
    assert hits[1].at - hits[0].at >= 0.95  # Retry-After: 1 honoured


def test_xml_bomb_feed_reported_crawl_continues(net, db_path):
    configure(db_path, net)
    site0 = net.sites[0]
    site0.overrides["/feed/"] = (200, {"Content-Type": "application/rss+xml"}, BILLION_LAUGHS)
    summary = crawl(db_path, names=["portal0"])
    report = summary.sites[0]
    assert report.error is None and report.archived == 8
    assert any("entities" in e for e in report.errors)


@pytest.mark.slow
def test_max_articles_bounds_a_run_and_the_next_run_continues(net, db_path):
    configure(db_path, net)
    first = crawl(db_path, max_articles=3)
    assert [r.archived for r in first.sites] == [3, 3, 3]
    assert all(r.over_limit == 5 for r in first.sites)
    second = crawl(db_path, max_articles=100)
    assert [r.archived for r in second.sites] == [5, 5, 5]
    assert len(stored(db_path)) == 24


def test_since_limits_the_backfill(net, db_path):
    configure(db_path, net)
    crawl(db_path, names=["portal0"], since=date(2026, 1, 21))
    site0 = net.sites[0]
    wanted = {
        site0.url.rstrip("/") + a.path()
        for a in site0.public_articles()
        if a.published.date() >= date(2026, 1, 21)
    }
    assert {r["url"] for r in stored(db_path)} == wanted
    assert len(wanted) == 5


@pytest.mark.slow
def test_refresh_days_keeps_an_edit(net, db_path):
    configure(db_path, net)
    crawl(db_path, names=["portal0"])
    site0 = net.sites[0]
    edited = site0.public_articles()[1]
    edited.paragraphs[2] = (
        "Koreksi: jumlah rumah yang terendam banjir adalah 312, bukan 213 seperti ditulis sebelumnya."
    )
    site0.clear_log()
    summary = crawl(db_path, names=["portal0"], refresh_days=36500)
    assert len(site0.article_requests()) == 8  # every stored article re-checked
    assert summary.sites[0].archived == 1 and summary.sites[0].unchanged == 7
    db = open_db(db_path)
    assert len(list_versions(db, site0.url.rstrip("/") + edited.path())) == 2
    db.conn.close()


def test_include_and_exclude_patterns(db_path):
    with SiteNet(n_sites=1, articles=6) as net:
        configure(db_path, net, exclude=[r"-portal0-[02]/$"])
        crawl(db_path)
        urls = {r["url"] for r in stored(db_path)}
        assert len(urls) == 4 and not any(u.endswith(("-portal0-0/", "-portal0-2/")) for u in urls)


def test_feed_and_sitemap_found_without_configuration(net, db_path):
    """No --feed/--sitemap given: the feed comes from <link rel=alternate>, sitemaps from robots.txt."""
    configure(db_path, net)
    crawl(db_path, names=["portal0"])
    paths = {r.path for r in net.sites[0].requests()}
    assert {"/feed/", "/sitemap_index.xml", "/sitemap-news.xml", "/sitemap-posts.xml.gz"} <= paths


# -- CLI -----------------------------------------------------------------------------------------------------


def cli(*args, db_path, timeout=60):
    env = {**os.environ, "TELISIK_DB": db_path, "PYTHONPATH": ROOT}
    return subprocess.run(
        [sys.executable, "-m", "telisik", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        cwd=ROOT,
    )


@pytest.mark.slow
def test_cli_crawl_prints_one_line_per_site_and_a_total(db_path):
    with SiteNet(n_sites=2, articles=3, down=(1,)) as net:
        configure(db_path, net)
        result = cli("crawl", db_path=db_path)
        assert result.returncode == 1
        lines = result.stdout.splitlines()
        assert lines[0].startswith(
            "portal0: 4 discovered, 3 new, 3 archived, 0 failed (1 disallowed by robots.txt"
        )
        assert lines[1].startswith("portal1: FAILED: robots.txt:")
        assert lines[2].startswith("total: 2 sites (1 failed), ")
        assert len(lines) == 3
        assert "portal1: site could not be crawled" in result.stderr
        assert "\r" not in result.stderr  # no progress noise when not on a terminal


@pytest.mark.slow
def test_cli_crawl_json_summary_and_unknown_site(net, db_path):
    configure(db_path, net)
    result = cli("crawl", "portal2", "--format", "json", db_path=db_path)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert [s["name"] for s in summary["sites"]] == ["portal2"]
    assert summary["totals"]["archived"] == 8 and summary["exit_code"] == 0
    assert set(summary["stats"]) >= {"extract_cpu", "store_cpu", "fetch_cpu", "requests", "wall"}
    missing = cli("crawl", "portal9", db_path=db_path)
    assert missing.returncode == 2 and "no site named" in missing.stderr
    bad = cli("crawl", "--since", "yesterday", db_path=db_path)
    assert bad.returncode == 2


def test_missing_robots_txt_allows_everything(db_path):
    with SiteNet(n_sites=1, articles=3) as net:
        net.sites[0].overrides["/robots.txt"] = (404, {"Content-Type": "text/html"}, b"not found")
        configure(db_path, net)
        summary = crawl(db_path)
        # No robots.txt: the sitemaps are found at the usual paths; the private article is fair game now.
        assert summary.exit_code == 0 and summary.sites[0].archived == 4
        assert net.sites[0].requests("/sitemap.xml")


def test_robots_txt_server_error_skips_the_site(db_path):
    with SiteNet(n_sites=1, articles=3) as net:
        net.sites[0].overrides["/robots.txt"] = (500, {"Content-Type": "text/html"}, b"oops")
        configure(db_path, net)
        summary = crawl(db_path, attempts=1)
        assert summary.exit_code == 1 and "robots.txt" in summary.sites[0].error
        assert net.sites[0].article_requests() == []


@pytest.mark.slow
def test_cli_crawl_applies_site_rules(tmp_path, db_path):
    with SiteNet(n_sites=1, articles=2) as net:
        configure(db_path, net)
        rules = tmp_path / "rules.toml"
        rules.write_text(f'host = "{net.sites[0].ip}"\nstrip_text = ["paragraf 0 di portal0"]\n')
        result = cli("crawl", "--rules", str(rules), db_path=db_path)
        assert result.returncode == 0, result.stderr
        db = open_db(db_path)
        bodies = [r["body"] for r in select_all(db, "SELECT body FROM articles")]
        db.conn.close()
        assert len(bodies) == 2
        assert all("paragraf 1 di portal0" in b and "paragraf 0 di portal0" not in b for b in bodies)
        bad = tmp_path / "bad.toml"
        bad.write_text('host = "x.example"\nnonsense = 1\n')
        assert cli("crawl", "--rules", str(bad), db_path=db_path).returncode == 2


@pytest.mark.slow
def test_child_sitemaps_older_than_the_last_crawl_are_not_fetched(net, db_path):
    from datetime import datetime, timezone

    configure(db_path, net)
    crawl(db_path, names=["portal0"])
    site0 = net.sites[0]
    # A back-dated article: the index changes, but its children's lastmod is older than the last crawl.
    site0.add_article()
    site0.clear_log()
    crawl(db_path, names=["portal0"])
    assert site0.requests("/sitemap_index.xml")[0].status == 200
    assert site0.requests("/sitemap-news.xml") == [] and site0.requests("/sitemap-posts.xml.gz") == []
    # A fresh article: the children's lastmod is newer than the last crawl, so they are read again.
    fresh = site0.add_article(published=datetime.now(timezone.utc))
    site0.clear_log()
    crawl(db_path, names=["portal0"])
    assert [r.status for r in site0.requests("/sitemap-news.xml")] == [200]
    assert [r.path for r in site0.article_requests()] == [fresh.path()]


@pytest.mark.slow
def test_child_sitemaps_left_unread_by_the_cap_are_read_next_run(db_path):
    with SiteNet(n_sites=1, articles=12) as net:
        site0 = net.sites[0]
        configure(db_path, net)
        # Two sitemaps per run: the index and its news sitemap; the posts sitemap waits for the next run.
        first = crawl(db_path, max_sitemaps=2).sites[0]
        assert site0.requests("/sitemap-posts.xml.gz") == [] and first.archived == 6
        second = crawl(db_path, max_sitemaps=2).sites[0]
        assert [r.status for r in site0.requests("/sitemap-posts.xml.gz")] == [200]
        assert second.archived == 6 and len(stored(db_path)) == 12


@pytest.mark.slow
def test_huge_sitemap_is_capped_and_missing_pages_are_not_retried(db_path):
    import gzip

    with SiteNet(n_sites=1, articles=2) as net:
        site0 = net.sites[0]
        rows = b"".join(
            b"<url><loc>%s2025/06/01/arsip-berita-lama-nomor-%d/</loc></url>" % (site0.url.encode(), i)
            for i in range(100_000)
        )
        body = (
            b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + rows
            + b"</urlset>"
        )
        site0.overrides["/sitemap-posts.xml.gz"] = (
            200,
            {"Content-Type": "application/x-gzip"},
            gzip.compress(body, 1),
        )
        configure(db_path, net)
        started = time.monotonic()
        first = crawl(db_path, max_articles=4, max_urls_per_sitemap=20_000).sites[0]
        # A hang guard, not a speed test (the discovered count proves the cap; benchmarks/crawl.py times it):
        # 26 s was seen on this 2-core machine with four extraction jobs beside it.
        assert time.monotonic() - started < 60
        assert 20_000 <= first.discovered <= 20_010  # the rest of the sitemap was never parsed
        assert first.article_requests == 4 and first.archived == 2 and first.failed == 2  # two 404s
        missing = {r.path for r in site0.article_requests()} ^ {a.path() for a in site0.public_articles()}
        site0.clear_log()
        second = crawl(db_path, max_articles=4, max_urls_per_sitemap=20_000).sites[0]
        assert second.article_requests == 4
        assert not missing & {r.path for r in site0.requests()}  # a 404 is not asked again


def test_multi_page_article_archived_whole(db_path):
    with SiteNet(n_sites=1, articles=3) as net:
        site0 = net.sites[0]
        article = site0.public_articles()[0]
        article.pages = 2
        configure(db_path, net)
        summary = crawl(db_path)
        assert summary.sites[0].archived == 3
        hits = [r.query for r in site0.requests() if r.path == article.path()]
        assert hits == ["", "page=2"]
        db = open_db(db_path)
        body = select_all(
            db, "SELECT body FROM articles WHERE url = ?", [site0.url.rstrip("/") + article.path()]
        )[0]["body"]
        db.conn.close()
        assert "paragraf 0 di portal0" in body and "paragraf 4 di portal0" in body


@pytest.mark.slow
def test_an_extractor_crash_costs_one_article_not_the_run(net, db_path, monkeypatch):
    import telisik.archiver

    real = telisik.archiver.build_article
    victim = net.sites[0].article_urls()[0]

    def flaky_build(first, more=(), **options):
        if first.url == victim:
            raise RuntimeError("parser bug")
        return real(first, more, **options)

    monkeypatch.setattr(telisik.archiver, "build_article", flaky_build)
    configure(db_path, net)
    summary = crawl(db_path)
    assert summary.exit_code == 0
    report = summary.sites[0]
    assert (report.archived, report.failed) == (7, 1)
    assert any("extraction error: RuntimeError: parser bug" in e for e in report.errors)
    assert [r.archived for r in summary.sites[1:]] == [8, 8]


def test_a_broken_archive_fails_the_site_and_leaves_no_worker_running(net, db_path, monkeypatch):
    import asyncio
    import sqlite3

    import telisik.crawl.site
    from telisik.crawl.run import crawl_sites

    real = telisik.crawl.site.record_url
    calls = []

    def failing_record_url(*args, **kwargs):
        calls.append(args)
        if len(calls) >= 2:  # the archive breaks for good after the first article
            raise sqlite3.OperationalError("disk I/O error")
        return real(*args, **kwargs)

    monkeypatch.setattr(telisik.crawl.site, "record_url", failing_record_url)
    configure(db_path, net)

    async def scenario():
        db = open_db(db_path)
        summary = await crawl_sites(
            db, [s for s in list_sites(db) if s.name == "portal0"], CrawlOptions(default_delay=0.0)
        )
        left = [t for t in asyncio.all_tasks() if t is not asyncio.current_task() and not t.done()]
        db.conn.close()
        return summary, left

    summary, left = asyncio.run(scenario())
    assert left == []
    assert "disk I/O error" in summary.sites[0].error
    # After the first article, each of the two workers makes at most two attempts to record (its article as
    # stored, then as failed) before the site stops: no worker goes on archiving into a broken archive.
    assert len(calls) <= 5


@pytest.mark.slow
def test_a_retry_after_longer_than_the_run_waits_stops_requests_to_that_host(net, db_path):
    configure(db_path, net)
    site0 = net.sites[0]
    for article in site0.articles:
        site0.overrides[article.path()] = (
            429,
            {"Retry-After": "3600", "Content-Type": "text/html"},
            b"slow down",
        )
    report = crawl(db_path, names=["portal0"]).sites[0]
    assert report.failed == 8 and report.error is None
    assert 1 <= len(site0.article_requests()) <= 2  # the request(s) already in flight, then no more
    assert any("3600" in e for e in report.errors)
    site0.overrides.clear()
    assert crawl(db_path, names=["portal0"]).sites[0].archived == 8  # tried again on the next run


@pytest.mark.slow
def test_extraction_runs_beside_the_downloads_on_two_threads(db_path, monkeypatch):
    import threading

    import telisik.archiver

    real = telisik.archiver.build_article
    lock = threading.Lock()
    running, peak = 0, 0

    def slow_build(first, more=(), **options):
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
        time.sleep(0.15)  # a heavy page: work that blocks whatever thread it runs on
        with lock:
            running -= 1
        return real(first, more, **options)

    monkeypatch.setattr(telisik.archiver, "build_article", slow_build)
    with SiteNet(n_sites=2, articles=4) as net:
        configure(db_path, net)
        summary = crawl(db_path)
    assert summary.totals()["archived"] == 8
    assert peak == 2  # on the event loop's thread it would be 1; more than 2 would not bound memory


@pytest.mark.slow
def test_relative_sitemap_line_in_robots_txt_is_followed(net, db_path):
    configure(db_path, net)
    site0 = net.sites[0]
    robots = site0.robots_txt().replace(f"Sitemap: {site0.url}sitemap_index.xml", "Sitemap: /peta-situs.xml")
    site0.overrides["/robots.txt"] = (200, {"Content-Type": "text/plain"}, robots.encode())
    site0.overrides["/peta-situs.xml"] = (
        200,
        {"Content-Type": "application/xml"},
        site0.sitemap_index().encode(),
    )
    report = crawl(db_path, names=["portal0"]).sites[0]
    assert [r.status for r in site0.requests("/peta-situs.xml")] == [200]
    assert site0.requests("/sitemap-posts.xml.gz") and site0.requests("/sitemap_index.xml") == []
    assert report.refused == 0 and report.archived == 8


def test_an_off_site_url_listed_twice_is_refused_once(net, db_path):
    configure(db_path, net)
    site0, site1 = net.sites[0], net.sites[1]
    item = f"<item><title>x</title><link>{site1.article_urls()[1]}</link></item>"
    feed = site0.feed_xml().replace("</channel>", item * 2 + "</channel>")
    site0.overrides["/feed/"] = (200, {"Content-Type": "application/rss+xml"}, feed.encode())
    report = crawl(db_path, names=["portal0"]).sites[0]
    assert report.refused == 1
    assert len([e for e in report.errors if "private address" in e]) == 1


@pytest.mark.slow
def test_a_left_over_url_archived_meanwhile_is_not_fetched_again(net, db_path):
    from telisik.archiver import archive_url
    from telisik.fetch import make_client

    configure(db_path, net)
    site0 = net.sites[0]
    assert crawl(db_path, names=["portal0"], max_articles=3).sites[0].over_limit == 5
    db = open_db(db_path)
    left = [r["url"] for r in select_all(db, "SELECT url FROM site_urls WHERE outcome = 'pending'")]
    with make_client() as client:  # `telisik fetch` between two crawls (or a crawl killed after storing)
        assert archive_url(left[0], db=db, client=client).status == "new"
    db.conn.close()
    site0.clear_log()
    report = crawl(db_path, names=["portal0"]).sites[0]
    assert report.archived == 4
    assert len(site0.article_requests()) == 4 and left[0] not in {
        site0.url.rstrip("/") + r.path for r in site0.article_requests()
    }


def test_a_configured_feed_on_another_host_is_read(net, db_path):
    site0, site1 = net.sites[0], net.sites[1]
    site1.overrides["/mitra/portal0.xml"] = (
        200,
        {"Content-Type": "application/rss+xml"},
        site0.feed_xml().encode(),
    )
    db = open_db(db_path)
    add_site(db, site0.url, name=site0.name, delay=0.0, feeds=[f"{site1.url}mitra/portal0.xml"])
    db.conn.close()
    report = crawl(db_path).sites[0]
    assert [r.path for r in site1.requests()] == ["/mitra/portal0.xml"]  # the feed only: no article there
    assert report.refused == 0 and report.archived == 8


def test_further_pages_disallowed_by_robots_txt_are_not_fetched(db_path):
    with SiteNet(n_sites=1, articles=3) as net:
        site0 = net.sites[0]
        article = site0.public_articles()[0]
        article.pages = 2
        robots = site0.robots_txt().replace("Disallow: /search/", "Disallow: /search/\nDisallow: /*?page=")
        site0.overrides["/robots.txt"] = (200, {"Content-Type": "text/plain"}, robots.encode())
        configure(db_path, net)
        report = crawl(db_path).sites[0]
        assert report.archived == 3
        assert [r.query for r in site0.requests() if r.path == article.path()] == [""]


def test_a_feed_disallowed_by_robots_txt_is_not_read(net, db_path):
    configure(db_path, net)
    site0 = net.sites[0]
    robots = site0.robots_txt().replace("Disallow: /search/", "Disallow: /search/\nDisallow: /feed")
    site0.overrides["/robots.txt"] = (200, {"Content-Type": "text/plain"}, robots.encode())
    report = crawl(db_path, names=["portal0"]).sites[0]
    assert site0.requests("/feed") == []  # announced by every page, and the first usual path
    assert report.archived == 8  # the sitemaps list them all


def test_a_site_that_disallows_everything_is_not_crawled(net, db_path):
    configure(db_path, net)
    site0 = net.sites[0]
    site0.overrides["/robots.txt"] = (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /\n")
    report = crawl(db_path, names=["portal0"]).sites[0]
    assert [r.path for r in site0.requests()] == ["/robots.txt"]
    assert report.archived == 0 and any("robots.txt" in e for e in report.errors)
