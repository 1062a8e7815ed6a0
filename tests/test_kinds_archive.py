"""The archive holds articles: crawl, fetch, search, export, reparse and prune on WordPress-style portals
(tests/support/wpnet.py) whose home, section, tag, author, pagination, search and static pages are not
articles."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from support.archive import assert_intact, query
from support.crawling import configure, crawl
from support.wpnet import STATIC_PAGES, PortalNet

from telisik.archive import open_db
from telisik.cli import main
from telisik.cli.crawl_cmd import _site_line

pytestmark = pytest.mark.both_backends


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def stored_urls(db_path) -> set[str]:
    db = open_db(db_path)
    urls = {row["url"] for row in query(db, "SELECT url FROM articles")}
    db.conn.close()
    return urls


@pytest.fixture(scope="module")
def portals():
    with PortalNet(n_sites=2, articles=6) as net:
        yield net


@pytest.mark.slow
def test_crawl_stores_every_article_and_no_other_page(portals, db_path):
    configure(db_path, portals)
    summary = crawl(db_path)
    assert summary.exit_code == 0
    expected = {url for site in portals.sites for url in site.article_urls()}
    stored = stored_urls(db_path)
    assert stored == expected  # every article (the one at /banjir-cepu/ too) and nothing else
    assert any(u.endswith("/banjir-cepu/") for u in stored)
    assert summary.totals()["not_articles"] >= 2 * len(STATIC_PAGES)
    assert "not articles skipped" in _site_line(summary.sites[0])  # the cron summary counts them

    # Remembered as not articles, with the reason: the next run does not fetch them again.
    db = open_db(db_path)
    remembered = {
        row["url"]: row["reason"]
        for row in query(db, "SELECT url, reason FROM site_urls WHERE outcome = 'not_article'")
    }
    db.conn.close()
    flat = portals.sites[1]  # one sitemap listing everything: its pages were fetched and read
    assert remembered[flat.url.rstrip("/") + "/kontak/"].startswith("not an article (static page:")
    assert remembered[flat.url.rstrip("/") + "/kategori/daerah/page/2/"].startswith(
        "not an article (listing page:"
    )
    wordpress = portals.sites[0]  # page-sitemap.xml: /kontak/ judged without fetching it
    assert "page sitemap" in remembered[wordpress.url.rstrip("/") + "/kontak/"]
    assert not wordpress.requests("/kontak/")
    for site in portals.sites:
        site.clear_log()
    crawl(db_path)
    for site in portals.sites:
        assert not site.requests("/kontak/") and not site.requests("/susunan-redaksi/")
        assert not site.requests("/kategori/daerah/page/2/")
    assert stored_urls(db_path) == expected


def test_fetch_of_a_home_page_fails_with_the_reason(portals, db_path):
    home = portals.sites[0].url
    result = run("fetch", "--db", db_path, home)
    assert result.exit_code == 1
    line = result.stderr.strip()
    assert line.startswith("failed") and home.rstrip("/") in line
    assert "not an article (home page: " in line and " links" in line
    assert "\n" not in line
    assert stored_urls(db_path) == set()


def test_any_page_keeps_pages_out_of_search_and_export_unless_asked(portals, db_path, tmp_path):
    site = portals.sites[0]
    article = site.article_urls()[0]
    kontak = site.url.rstrip("/") + "/pedoman-media-siber/"
    assert run("fetch", "--db", db_path, article).exit_code == 0
    result = run("fetch", "--db", db_path, "--any-page", kontak)
    assert result.exit_code == 0, result.stderr
    assert "kept as a page: static page:" in result.stderr
    assert len(stored_urls(db_path)) == 2

    def hits(*extra: str) -> list[str]:
        out = run("search", "--db", db_path, "media", "--format", "jsonl", *extra).stdout
        return [json.loads(line)["url"] for line in out.splitlines()]

    assert hits() == []  # "media" is only on the Pedoman Media Siber page
    assert hits("--include-pages") == [kontak]
    assert run("search", "--db", db_path, "media", "--count").stdout.strip() == "0"

    def exported(*extra: str) -> list[str]:
        out = run("export", "--db", db_path, "--format", "jsonl", *extra).stdout
        return [json.loads(line)["canonical_url"] for line in out.splitlines()]

    assert exported() == [article]
    assert sorted(exported("--include-pages")) == sorted([article, kontak])
    assert exported("--only-pages") == [kontak]
    record = json.loads(run("export", "--db", db_path, "--only-pages").stdout)
    assert record["kind"] == "static"
    assert "Kind:         static page:" in run("show", "--db", db_path, kontak).stdout
    assert "Kind:" not in run("show", "--db", db_path, article).stdout


def test_prune_lists_then_removes_pages_whole(portals, db_path, tmp_path):
    site = portals.sites[0]
    article = site.article_urls()[1]
    pages = [site.url, site.url.rstrip("/") + "/kontak/"]
    assert run("fetch", "--db", db_path, article).exit_code == 0
    assert run("fetch", "--db", db_path, "--any-page", *pages).exit_code == 0

    dry = run("prune", "--db", db_path, "--non-articles", "--dry-run")
    assert dry.exit_code == 0
    assert len(dry.stdout.splitlines()) == 2 and "listing" in dry.stdout and "static" in dry.stdout
    assert "export --format warc --only-pages" in dry.stderr
    assert len(stored_urls(db_path)) == 3  # nothing removed

    warc = tmp_path / "pages.warc.gz"
    assert run("export", "--db", db_path, "--format", "warc", "--only-pages", "-o", str(warc)).exit_code == 0
    assert warc.stat().st_size > 0

    before = run("search", "--db", db_path, "hubungi", "--include-pages", "--count")
    assert before.stdout.strip() == "1"  # the contact page, indexed
    done = run("prune", "--db", db_path, "--non-articles")
    assert done.exit_code == 0 and "removed 2 pages" in done.stderr
    kept = tmp_path / "kept.db"  # nothing lost: the exported pages import back, as pages
    assert run("import", "--db", str(kept), str(warc)).exit_code == 1  # not articles
    assert run("import", "--db", str(kept), "--any-page", str(warc)).exit_code == 0
    assert len(stored_urls(kept)) == 2
    assert stored_urls(db_path) == {article}
    db = open_db(db_path)
    assert db.execute("SELECT count(*) FROM captures").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM article_versions").fetchone()[0] == 1
    assert_intact(db)
    db.conn.close()
    hubungi = run(
        "search", "--db", db_path, "hubungi", "--include-pages", "--count"
    )  # the contact page's word
    assert hubungi.stdout.strip() == "0"  # its index entries went with it
    assert run("search", "--db", db_path, "banjir", "--include-pages", "--count").exit_code == 0
    assert "no stored pages" in run("prune", "--db", db_path, "--non-articles").stderr


def test_reparse_re_decides_pages_stored_by_an_older_telisik(portals, db_path):
    """An archive written before kinds existed holds a home page as an article: reparse marks it, prune
    removes it, the article stays."""
    site = portals.sites[0]
    article = site.article_urls()[2]
    assert run("fetch", "--db", db_path, article).exit_code == 0
    assert run("fetch", "--db", db_path, "--any-page", site.url).exit_code == 0
    db = open_db(db_path)
    db.execute("UPDATE articles SET kind = NULL")  # as an older archive has it
    db.conn.commit()
    db.conn.close()
    assert (
        "run `telisik reparse` first" in run("prune", "--db", db_path, "--non-articles", "--dry-run").stderr
    )
    reparse = run("reparse", "--db", db_path)
    assert reparse.exit_code == 0 and "1 not articles" in reparse.stderr
    listed = run("prune", "--db", db_path, "--non-articles", "--dry-run", "--format", "json").stdout
    assert [json.loads(line)["kind"] for line in listed.splitlines()] == ["listing"]
    assert run("prune", "--db", db_path, "--non-articles").exit_code == 0
    assert stored_urls(db_path) == {article}


def test_prune_needs_its_selection(db_path):
    result = CliRunner().invoke(main, ["prune", "--db", db_path])
    assert result.exit_code == 2
    assert "--non-articles" in result.output


@pytest.mark.sqlite_only
def test_schema_3_archive_gains_the_kind_columns_idempotently(db_path):
    db = open_db(db_path)
    db.execute("DROP INDEX idx_articles_pages")
    for table in ("articles", "article_versions"):
        for column in ("kind", "kind_reason"):
            db.execute(f"ALTER TABLE [{table}] DROP COLUMN [{column}]")
    db.execute("PRAGMA user_version = 3")
    db.conn.commit()
    db.conn.close()
    for _ in range(2):
        db = open_db(db_path)
        for table in ("articles", "article_versions"):
            assert {"kind", "kind_reason"} <= {c.name for c in db[table].columns}
        assert "idx_articles_pages" in {i.name for i in db["articles"].indexes}
        db.conn.close()
