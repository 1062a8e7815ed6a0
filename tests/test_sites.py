"""The sites table and per-site crawl state, and the `telisik sites` commands."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from telisik.cli import main
from telisik.crawl.sites import (
    MAX_URL_ATTEMPTS,
    SiteError,
    SourceState,
    add_site,
    ensure_site_tables,
    get_site,
    get_sources,
    list_sites,
    record_crawl,
    record_url,
    remove_site,
    save_source,
    settled_urls,
    site_hosts,
)

pytestmark = pytest.mark.both_backends


def test_add_and_get_site_with_settings(db):
    site = add_site(
        db,
        "https://blora.telisikfakta.com",
        feeds=["https://blora.telisikfakta.com/feed/"],
        sitemaps=["https://blora.telisikfakta.com/news.xml"],
        delay=2.5,
        max_articles=30,
        include=[r"/20\d\d/"],
        exclude=["/video/"],
    )
    assert site.url == "https://blora.telisikfakta.com/"
    assert site.name == "blora.telisikfakta.com"
    assert site.hosts == ["blora.telisikfakta.com", "www.blora.telisikfakta.com"]
    again = get_site(db, "https://blora.telisikfakta.com")
    assert again is not None
    assert (again.delay, again.max_articles, again.include, again.exclude) == (
        2.5,
        30,
        [r"/20\d\d/"],
        ["/video/"],
    )
    assert get_site(db, "www.blora.telisikfakta.com").id == site.id
    assert get_site(db, "nope") is None


def test_ensure_site_tables_is_idempotent(db):
    ensure_site_tables(db)
    add_site(db, "https://a.example/", name="a")
    ensure_site_tables(db)
    assert [s.name for s in list_sites(db)] == ["a"]


@pytest.mark.parametrize(
    "url, options, message",
    [
        ("ftp://a.example/", {}, "http"),
        ("a.example", {}, "http"),
        ("https://a.example/", {"feeds": ["javascript:alert(1)"]}, "feed"),
        ("https://a.example/", {"include": ["("]}, "bad pattern"),
        ("https://a.example/", {"delay": -1}, "delay"),
    ],
)
def test_bad_sites_refused(db, url, options, message):
    with pytest.raises(SiteError, match=message):
        add_site(db, url, **options)


def test_duplicate_name_or_url_refused(db):
    add_site(db, "https://a.example/", name="a")
    with pytest.raises(SiteError, match="already"):
        add_site(db, "https://a.example", name="b")
    with pytest.raises(SiteError, match="already"):
        add_site(db, "https://b.example/", name="a")


def test_hosts_keep_ports_and_skip_www_twin_for_addresses():
    assert site_hosts("http://127.0.0.2:8080/") == ["127.0.0.2:8080"]
    assert site_hosts("https://www.detik.com:443/") == ["www.detik.com", "detik.com"]


def test_sources_round_trip(db):
    site = add_site(db, "https://a.example/", name="a")
    save_source(db, site.id, SourceState("https://a.example/feed/", "feed", etag='"x1"', last_status=200))
    save_source(
        db,
        site.id,
        SourceState(
            "https://a.example/feed/", "feed", etag='"x2"', last_modified="Tue, 27 Jan 2026 10:00:00 GMT"
        ),
    )
    sources = get_sources(db, site.id)
    assert list(sources) == ["https://a.example/feed/"]
    assert sources["https://a.example/feed/"].etag == '"x2"'


def test_settled_urls_and_failure_attempts(db):
    site = add_site(db, "https://a.example/", name="a")
    record_url(db, site.id, "https://a.example/stored", "stored", article_id=1)
    record_url(db, site.id, "https://a.example/page", "not_article")
    for _ in range(MAX_URL_ATTEMPTS - 1):
        record_url(db, site.id, "https://a.example/flaky", "failed", reason="HTTP 500")
    urls = [
        "https://a.example/stored",
        "https://a.example/page",
        "https://a.example/flaky",
        "https://a.example/new",
    ]
    assert settled_urls(db, site.id, urls) == {"https://a.example/stored", "https://a.example/page"}
    record_url(db, site.id, "https://a.example/flaky", "failed", reason="HTTP 500")
    assert "https://a.example/flaky" in settled_urls(
        db, site.id, urls
    )  # given up after MAX_URL_ATTEMPTS runs


def test_record_crawl_and_list_counts(db):
    site = add_site(db, "https://a.example/", name="a")
    record_url(db, site.id, "https://a.example/1", "stored", article_id=1)
    record_url(db, site.id, "https://a.example/2", "stored", article_id=2)
    record_crawl(db, site.id, started_at="2026-01-27T19:00:00+00:00", error=None, counts={"new": 2})
    listed = list_sites(db)[0]
    assert (listed.articles_archived, listed.last_crawl_at, listed.last_error) == (
        2,
        "2026-01-27T19:00:00+00:00",
        None,
    )
    record_crawl(db, site.id, started_at=None, error="robots.txt: connection refused", counts={})
    listed = list_sites(db)[0]
    assert listed.last_crawl_at == "2026-01-27T19:00:00+00:00"  # a failed crawl keeps the last good time
    assert listed.last_error == "robots.txt: connection refused"


def test_remove_site_drops_its_state(db):
    site = add_site(db, "https://a.example/", name="a")
    record_url(db, site.id, "https://a.example/1", "stored", article_id=1)
    remove_site(db, "https://a.example/")
    assert list_sites(db) == []
    assert db.execute("SELECT count(*) FROM site_urls").fetchone()[0] == 0
    with pytest.raises(SiteError):
        remove_site(db, "a")


# -- CLI -----------------------------------------------------------------------------------------------------


def run(args, tmp_path):
    runner = CliRunner()
    return runner.invoke(main, args, env={"TELISIK_DB": str(tmp_path / "t.db")}, catch_exceptions=False)


def test_cli_sites_add_list_remove(tmp_path):
    result = run(
        [
            "sites",
            "add",
            "https://blora.telisikfakta.com",
            "--name",
            "blora",
            "--feed",
            "https://blora.telisikfakta.com/feed/",
            "--delay",
            "2",
            "--exclude",
            "/video/",
        ],
        tmp_path,
    )
    assert result.exit_code == 0, result.output
    assert "added blora" in result.output
    table = run(["sites", "list"], tmp_path)
    assert table.exit_code == 0
    lines = table.output.splitlines()
    assert lines[0].split()[:4] == ["NAME", "ARTICLES", "7D", "30D"]
    assert lines[1].split() == ["blora", "0", "0", "0", "never", "never", "0", "not", "crawled", "yet"]
    records = json.loads(run(["sites", "list", "--format", "json"], tmp_path).output)
    assert records[0]["feeds"] == ["https://blora.telisikfakta.com/feed/"] and records[0]["delay"] == 2.0
    csv_out = run(["sites", "list", "--format", "csv"], tmp_path).output
    assert csv_out.startswith("name,url,")
    assert run(["sites", "remove", "blora"], tmp_path).exit_code == 0
    assert json.loads(run(["sites", "list", "--format", "json"], tmp_path).output) == []


def test_cli_sites_errors_are_usage_errors(tmp_path):
    bad = run(["sites", "add", "file:///etc/passwd"], tmp_path)
    assert bad.exit_code == 2 and "http(s) URL" in bad.output
    missing = run(["sites", "remove", "nothing-here"], tmp_path)
    assert missing.exit_code == 2 and "no site named" in missing.output
    negative = run(["sites", "add", "https://a.example/", "--delay", "-1"], tmp_path)
    assert negative.exit_code == 2
