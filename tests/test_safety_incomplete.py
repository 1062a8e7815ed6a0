"""Issue #15 item 6: a multi-page article whose further pages failed is stored marked incomplete (which pages
are missing), shown as such by show, history and the JSON/CSV records, and completed by a later fetch or
crawl (the crawl fetches incomplete articles again). Item 11's left-over: schema 4 strips credentials from
the URLs older archives stored."""

from __future__ import annotations

import json
import sqlite3

import pytest
from support.faultserver import ARTICLE_HTML, FaultServer, page
from support.pages import run_cli

from telisik.archive import get_article, open_db

pytestmark = pytest.mark.both_backends

FIRST = ARTICLE_HTML.replace("</article>", '<div class="pages"><a href="/berita/2/">2</a></div></article>')
SECOND = ARTICLE_HTML.replace("Banjir Rendam Tiga Desa", "Banjir Rendam Tiga Desa (2)").replace(
    "</article>",
    "<p>Halaman kedua: petugas terus berjaga hingga malam di tanggul Bengawan Solo.</p></article>",
)
MISSING_TEXT = "petugas terus berjaga hingga malam"


def _serve(server: FaultServer, second_ok: bool) -> None:
    server.routes["/berita/"] = page(FIRST)
    server.routes["/berita/2/"] = page(SECOND) if second_ok else page("<h1>Not Found</h1>", status=404)


@pytest.mark.slow
def test_an_article_whose_second_page_failed_is_stored_incomplete_then_completed(db_path):
    with FaultServer() as server:
        _serve(server, second_ok=False)
        url, second = server.url("/berita/"), server.url("/berita/2/")
        first = run_cli("fetch", "--db", db_path, url)
        assert first.exit_code == 0, first.stderr
        assert "stored incomplete: 1 of 2 pages missing" in first.stderr

        shown = json.loads(run_cli("show", url, "--db", db_path, "--format", "json").stdout)
        assert shown["missing_pages"] == [second] and MISSING_TEXT not in shown["body"]
        text = run_cli("show", url, "--db", db_path).stdout
        assert f"Incomplete:   1 page(s) missing: {second}" in text
        history = json.loads(run_cli("history", url, "--db", db_path, "--format", "json").stdout)
        assert history[0]["missing_pages"] == [second]
        assert "INCOMPLETE: 1 missing" in run_cli("history", url, "--db", db_path).stdout
        exported = json.loads(run_cli("export", "--db", db_path).stdout)
        assert exported["missing_pages"] == [second]

        _serve(server, second_ok=True)
        again = run_cli("fetch", "--db", db_path, url)
    assert again.stderr.startswith("updated "), again.stderr
    db = open_db(db_path)
    article = get_article(db, url)
    assert article.missing_pages == [] and MISSING_TEXT in article.body and article.version == 2
    db.close()


@pytest.mark.slow
def test_a_crawl_fetches_an_incomplete_article_again_until_it_is_whole(db_path):
    with FaultServer() as server:
        _serve(server, second_ok=False)
        sitemap = f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{server.url("/berita/")}</loc>
<lastmod>2026-01-27</lastmod></url></urlset>"""
        server.routes["/sitemap.xml"] = page(sitemap, content_type="application/xml")
        added = run_cli(
            "sites",
            "add",
            server.url("/"),
            "--name",
            "lokal",
            "--sitemap",
            server.url("/sitemap.xml"),
            "--db",
            db_path,
        )
        assert added.exit_code == 0, added.stderr
        first = run_cli("crawl", "--db", db_path, "--delay", "0", "--format", "json")
        assert first.exit_code == 0, first.stderr
        db = open_db(db_path)
        assert get_article(db, server.url("/berita/")).missing_pages == [server.url("/berita/2/")]
        db.close()

        _serve(server, second_ok=True)
        second = run_cli("crawl", "--db", db_path, "--delay", "0", "--format", "json")
        assert second.exit_code == 0, second.stderr
    db = open_db(db_path)
    article = get_article(db, server.url("/berita/"))
    assert article.missing_pages == [] and MISSING_TEXT in article.body
    db.close()


def test_schema_4_strips_credentials_older_archives_stored(tmp_path):
    path = str(tmp_path / "old.db")
    db = open_db(path)
    db.close()
    secret = "http://redaksi:Rahasia-42@127.0.0.1:8080/berita/"
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO articles (url, canonical_url, fetched_url, final_url, title, body, version) "
        "VALUES (?, ?, ?, ?, 'Banjir', 'Banjir merendam desa.', 1)",
        ("http://127.0.0.1:8080/berita/", secret, secret, secret),
    )
    conn.execute(
        "INSERT INTO captures (article_id, version, page, url, final_url) VALUES (1, 1, 1, ?, ?)",
        (secret, secret),
    )
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()

    for _ in range(2):  # the migration, then an ordinary open: idempotent
        open_db(path).close()
        conn = sqlite3.connect(path)
        dump = "\n".join(conn.iterdump())
        conn.close()
        assert "Rahasia-42" not in dump and "redaksi" not in dump
        assert "http://127.0.0.1:8080/berita/" in dump
