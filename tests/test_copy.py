"""`telisik copy SOURCE DEST`: a whole archive moves SQLite → PostgreSQL → SQLite with every row, raw page and
id kept, the destination's search index built, and `changes`, `history` and `sites list` answering the same
on PostgreSQL."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from support.archive import query, table_rows
from support.pages import run_cli
from support.serve import build_archive, dated_article

from telisik import archive
from telisik.archive.crawlstate import SourceState, add_pending, record_crawl, record_url, save_source
from telisik.archive.sql import set_meta
from telisik.archive.watch import note_checked, note_removal, note_validators, record_site_run
from telisik.crawl.sites import add_site
from telisik.times import now_iso


def fill_crawl_state(path: str, ids: dict[str, int]) -> None:
    """Sites with sources, discovered URLs (in an order), re-check state, a removal event and crawl runs:
    every table the copy moves holds rows."""
    db = archive.open_db(path)
    site = add_site(db, "https://blora.example.id/", feeds=["https://blora.example.id/feed/"], delay=1.5)
    other = add_site(db, "https://pati.example.id/")
    save_source(db, site.id, SourceState(url="https://blora.example.id/feed/", kind="feed", etag='"f1"'))
    for owner, path in ((site, "sitemap.xml"), (other, "sitemap.xml"), (other, "robots.txt")):
        kind = "robots" if path == "robots.txt" else "sitemap"
        save_source(db, owner.id, SourceState(url=f"{owner.url.rstrip('/')}/{path}", kind=kind))
    add_pending(db, site.id, [f"https://blora.example.id/2026/02/{n:02d}/berita/" for n in (9, 3, 7)])
    record_url(db, site.id, "https://blora.example.id/2026/02/03/berita/", "stored", article_id=ids["pupuk"])
    record_url(db, other.id, "https://pati.example.id/kontak/", "not_article", reason="static page")
    record_crawl(db, site.id, started_at=now_iso(), error=None, counts={"new": 1})
    record_site_run(db, site.id, {"started_at": "2026-03-01T01:00:00Z", "status": "ok", "new_articles": 1})
    note_checked(db, ids["pupuk"], "2026-03-01T02:00:00Z")
    note_validators(db, ids["pupuk"], '"e1"', None)
    note_removal(db, ids["pupuk"], "2026-03-01T02:00:00Z", "HTTP 404", run="r1")
    note_removal(db, ids["pupuk"], "2026-03-02T02:00:00Z", "HTTP 404", run="r2")
    with archive.transaction(db):
        set_meta(db, "imported_from", "a WARC of 2025")  # metadata that is the archive's own content
    db.close()


@pytest.fixture
def source(tmp_path) -> tuple[str, dict[str, int]]:
    path = str(tmp_path / "source.db")
    ids = build_archive(path)
    fill_crawl_state(path, ids)
    return path, ids


def copy(*args: str):
    return run_cli("copy", *args)


def test_sqlite_to_postgresql_and_back_gives_identical_rows(source, pg_url, tmp_path):
    path, ids = source
    there = copy(path, pg_url)
    assert there.exit_code == 0, there.stderr
    assert there.stderr.startswith("copied 32 articles, 34 article_versions, 34 captures, 2 sites,")
    back_path = str(tmp_path / "back.db")
    back = copy(pg_url, back_path)
    assert back.exit_code == 0, back.stderr

    original, on_postgres, returned = table_rows(path), table_rows(pg_url), table_rows(back_path)
    for table, rows in original.items():
        assert rows, f"the fixture leaves {table} empty: the test would prove nothing for it"
        assert on_postgres[table] == rows, table
        assert returned[table] == rows, table
    # raw pages are the same bytes
    assert any(isinstance(value, bytes) and len(value) > 100 for value in original["captures"][0])


def test_a_copy_in_small_batches_gives_the_same_rows(source, pg_url, tmp_path, monkeypatch):
    """Batches that end inside every table (a composite key included): none is skipped or read twice."""
    from telisik.archive import copy as copy_module

    monkeypatch.setattr(copy_module, "BATCH_ROWS", 3)
    path, _ = source
    back_path = str(tmp_path / "back.db")
    assert copy(path, pg_url).exit_code == 0 and copy(pg_url, back_path).exit_code == 0
    original = table_rows(path)
    assert len(original["site_sources"]) == 4 and len(original["articles"]) > 3
    assert table_rows(pg_url) == original and table_rows(back_path) == original


def test_the_copy_keeps_the_crawl_backlog_order_and_continues_ids(source, pg_url):
    path, _ = source
    assert copy(path, pg_url).exit_code == 0
    db = archive.open_db(pg_url)
    backlog = [
        row["url"] for row in query(db, "SELECT url FROM site_urls WHERE outcome = 'pending' ORDER BY rowid")
    ]
    assert backlog == [f"https://blora.example.id/2026/02/{n:02d}/berita/" for n in (9, 7)]
    largest = db.execute("SELECT max(id) FROM articles").fetchone()[0]
    day = datetime(2026, 3, 5, tzinfo=timezone.utc)
    stored = archive.store_article(
        db, dated_article(99, "kudus.example.id", day, "Berita baru sesudah salinan.")
    )
    assert stored.article_id == largest + 1  # the sequence was moved past the copied ids
    db.close()


@pytest.mark.slow
def test_commands_read_the_copy_on_postgresql_as_on_sqlite(source, pg_url):
    path, ids = source
    assert copy(path, pg_url).exit_code == 0
    for command in (
        ["changes", "--since", "2026-01-01", "--format", "json"],
        ["history", str(ids["pupuk"]), "--format", "json"],
        ["show", str(ids["pupuk"]), "--format", "json"],
        ["sites", "list", "--format", "json"],
    ):
        on_sqlite = run_cli(*command, "--db", path)
        on_postgres = run_cli(*command, "--db", pg_url)
        assert on_postgres.exit_code == on_sqlite.exit_code == 0, (command, on_postgres.stderr)
        assert json.loads(on_postgres.stdout) == json.loads(on_sqlite.stdout), command


@pytest.mark.slow
def test_copy_back_to_sqlite_rebuilds_its_search_index(source, pg_url, tmp_path):
    path, _ = source
    back_path = str(tmp_path / "back.db")
    assert copy(path, pg_url).exit_code == 0 and copy(pg_url, back_path).exit_code == 0
    for query_text in ("aman", "pengamanan", '"Berita nomor 3"'):
        before = run_cli("search", query_text, "--db", path, "--format", "json", "--limit", "50")
        after = run_cli("search", query_text, "--db", back_path, "--format", "json", "--limit", "50")
        assert after.exit_code == 0, after.stderr
        assert [h["id"] for h in json.loads(after.stdout)] == [h["id"] for h in json.loads(before.stdout)]
        assert json.loads(after.stdout), query_text


@pytest.mark.slow
def test_a_destination_holding_articles_is_refused_unless_overwritten(source, pg_url):
    path, _ = source
    assert copy(path, pg_url).exit_code == 0
    again = copy(path, pg_url)
    assert again.exit_code == 1
    assert "already holds articles or sites: refused (--overwrite deletes them first)" in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1
    overwritten = copy(path, pg_url, "--overwrite")
    assert overwritten.exit_code == 0, overwritten.stderr
    assert table_rows(pg_url) == table_rows(path)


def test_copy_refuses_the_same_archive_and_a_missing_source(source, tmp_path):
    path, _ = source
    same = copy(path, path)
    assert same.exit_code == 2 and "the same archive" in same.stderr
    missing = copy(str(tmp_path / "none.db"), str(tmp_path / "dest.db"))
    assert missing.exit_code == 1 and "no archive at" in missing.stderr
    assert not (tmp_path / "dest.db").exists() or table_rows(tmp_path / "dest.db")["articles"] == []


@pytest.mark.slow
def test_the_summary_never_shows_a_password(source, pg_cluster):
    path, _ = source
    url = pg_cluster.new_database().replace("telisik@", "telisik:geheim@")
    result = copy(path, url)
    assert result.exit_code == 0, result.stderr  # trust authentication: the password is not checked
    assert "geheim" not in result.stderr and "telisik:***@" in result.stderr
    pg_cluster.drop_database(url)


@pytest.mark.slow
def test_search_on_the_postgresql_copy_finds_what_the_sqlite_source_finds(source, pg_url):
    path, _ = source
    assert copy(path, pg_url).exit_code == 0
    for args in (["aman"], ['"Berita nomor 3"'], ["pupuk", "--all-versions"]):
        on_sqlite = run_cli("search", *args, "--db", path, "--format", "json", "--limit", "50")
        on_postgres = run_cli("search", *args, "--db", pg_url, "--format", "json", "--limit", "50")
        assert on_postgres.exit_code == 0, on_postgres.stderr
        # the same hits (their order among equal scores is the search's business, tested with it)
        expected = sorted((h["id"], h.get("version")) for h in json.loads(on_sqlite.stdout))
        assert expected, args
        assert sorted((h["id"], h.get("version")) for h in json.loads(on_postgres.stdout)) == expected, args
