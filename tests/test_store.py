"""The archive store: keys, revisions, raw captures, migrations, concurrency and failure modes."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import zlib
from datetime import datetime, timedelta, timezone

import pytest
from support.articles import make_article as support_article
from support.articles import make_capture

from telisik import archive
from telisik.article import Article

pytestmark = pytest.mark.both_backends

WIB = timezone(timedelta(hours=7))
WITA = timezone(timedelta(hours=8))
FETCHED = datetime(2026, 1, 27, 9, 0, tzinfo=timezone.utc)


def page_html(title: str, body: str, sidebar: str = "Populer: Harga cabai naik") -> bytes:
    return textwrap.dedent(f"""\
        <!doctype html><html lang="id"><head><meta charset="utf-8"><title>{title}</title>
        <link rel="canonical" href="https://blora.example.id/2026/01/27/banjir-cepu/"></head>
        <body><nav>Beranda | Daerah</nav><aside>{sidebar}</aside>
        <article><h1>{title}</h1><p>{body}</p></article></body></html>""").encode()


def make_article(
    url: str = "https://blora.example.id/2026/01/27/banjir-cepu/",
    *,
    title: str = "Banjir Rendam Cepu",
    body: str = "Banjir merendam ratusan rumah warga di Cepu. Pengamanan dilakukan oleh polisi.",
    sidebar: str = "Populer: Harga cabai naik",
    fetched_url: str | None = None,
    published: datetime | None = datetime(2026, 1, 27, 15, 28, 41, tzinfo=WIB),
    language: str | None = "id",
    authors: tuple[str, ...] = ("Rina Kusumawati",),
    parser_version: str = "1",
    fetched_at: datetime = FETCHED,
    extra_pages: tuple[bytes, ...] = (),
) -> Article:
    """The store tests' article: support's factory with this module's page (sidebar varies) and extra pages."""
    fetched_url = fetched_url or url
    capture = make_capture(
        fetched_url,
        page_html(title, body, sidebar),
        fetched_at=fetched_at,
        headers={"content-type": "text/html; charset=utf-8", "etag": '"abc"'},
    )
    extra = [
        make_capture(f"{url}?page={n}", content, headers={}, fetched_at=fetched_at)
        for n, content in enumerate(extra_pages, 2)
    ]
    return support_article(
        fetched_url,
        canonical_url=url,
        site="blora.example.id",
        title=title,
        authors=list(authors),
        published=published,
        body=body,
        language=language,
        tags=["banjir", "cepu"],
        sources={"title": "jsonld"},
        fetched_at=fetched_at,
        parser_version=parser_version,
        capture=capture,
        extra_captures=extra,
    )


def count(db, table: str) -> int:
    return db.conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]


# ------------------------------------------------------------------------------------------ opening


def test_open_db_sets_wal_busy_timeout_and_schema_version(tmp_path):
    db = archive.open_db(tmp_path / "a.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == archive.BUSY_TIMEOUT_MS
    assert db.execute("PRAGMA user_version").fetchone()[0] == archive.SCHEMA_VERSION
    assert {"articles", "article_versions", "captures", "articles_fts", "articles_stem_fts"} <= set(
        db.table_names()
    )
    archive.ensure_db_shape(db)  # idempotent
    assert db["articles"].detect_fts() == "articles_fts"


def test_open_db_refuses_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(archive.StoreError, match="not an SQLite database"):
        archive.open_db(path)
    with pytest.raises(archive.StoreError):
        archive.open_reader(path)


def test_open_db_refuses_a_missing_directory_with_a_clear_reason(tmp_path):
    with pytest.raises(archive.StoreError, match="does not exist"):
        archive.open_db(tmp_path / "missing" / "a.db")


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_file_gives_a_clear_error(tmp_path):
    path = tmp_path / "a.db"
    archive.open_db(path).close()
    path.chmod(0o444)
    with pytest.raises(archive.StoreError, match="read-only"):
        archive.open_db(path)
    assert archive.open_reader(path) is not None  # reading still works


def test_newer_schema_is_refused_not_silently_used(tmp_path):
    path = tmp_path / "a.db"
    archive.open_db(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {archive.SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(archive.StoreError, match="newer telisik"):
        archive.open_db(path)
    with pytest.raises(archive.StoreError, match="newer telisik"):
        archive.open_reader(path)


def test_open_reader_on_missing_file_names_the_path_and_creates_nothing(tmp_path):
    path = tmp_path / "none.db"
    with pytest.raises(archive.StoreError, match="no archive at .*none.db; run telisik fetch first"):
        archive.open_reader(path)
    assert not path.exists()


# ------------------------------------------------------------------------------------------ storing


def test_store_new_article_keeps_fields_raw_capture_and_is_committed(db, db_path):
    result = archive.store_article(db, make_article())
    assert (result.status, result.version) == ("new", 1)
    # committed: a second connection sees it
    other = archive.open_reader(db_path)
    row = other.execute("SELECT url, title, authors, published, published_utc, tags FROM articles").fetchone()
    assert row[0] == "https://blora.example.id/2026/01/27/banjir-cepu/"
    assert json.loads(row[2]) == ["Rina Kusumawati"]
    assert row[3] == "2026-01-27T15:28:41+07:00" and row[4] == "2026-01-27T08:28:41Z"
    assert json.loads(row[5]) == ["banjir", "cepu"]
    raw = other.execute("SELECT raw_zlib, raw_size, headers FROM captures").fetchone()
    assert zlib.decompress(raw[0]) == make_article().capture.content and raw[1] == len(
        make_article().capture.content
    )
    assert json.loads(raw[2])["etag"] == '"abc"'
    other.close()
    article = archive.get_article(db, result.article_id)
    assert article.title == "Banjir Rendam Cepu" and article.published == datetime(
        2026, 1, 27, 15, 28, 41, tzinfo=WIB
    )
    assert article.capture.content == make_article().capture.content
    assert article.capture.headers["etag"] == '"abc"' and article.capture.status == 200


def test_same_article_through_two_urls_is_stored_once(db):
    first = archive.store_article(
        db, make_article(fetched_url="https://blora.example.id/2026/01/27/banjir-cepu/")
    )
    second = archive.store_article(
        db,
        make_article(
            url="https://BLORA.example.id:443/2026/01/27/banjir-cepu/?utm_source=fb#comments",
            fetched_url="https://blora.example.id/?p=123",
        ),
    )
    assert second.article_id == first.article_id and second.status == "unchanged"
    assert count(db, "articles") == 1
    # unchanged stores no new capture
    assert archive.get_article(db, "https://blora.example.id/?p=123") is None
    assert archive.find_article_id(db, "https://blora.example.id/2026/01/27/banjir-cepu/?utm_medium=x") == 1


def test_article_without_canonical_is_keyed_by_normalised_final_url(db):
    article = make_article()
    article.canonical_url = None
    article.capture.final_url = "https://Blora.example.id/berita/1?utm_campaign=x"
    result = archive.store_article(db, article)
    assert archive.get_article_row(db, result.article_id)["url"] == "https://blora.example.id/berita/1"


def test_refetch_with_only_boilerplate_changes_stores_nothing(db):
    archive.store_article(db, make_article())
    later = FETCHED + timedelta(days=1)
    result = archive.store_article(db, make_article(sidebar="Populer: 12.345 kali dibaca", fetched_at=later))
    assert (result.status, result.version) == ("unchanged", 1)
    assert count(db, "captures") == 1 and count(db, "article_versions") == 1
    row = archive.get_article_row(db, 1)
    assert row["last_checked_at"] == later.isoformat() and row["fetched_at"] == FETCHED.isoformat()


def test_edited_article_becomes_new_version_and_old_one_is_kept_with_raw_and_time(db):
    archive.store_article(db, make_article())
    later = FETCHED + timedelta(hours=5)
    edited = make_article(
        title="Banjir Rendam Cepu, 300 Rumah Terdampak",
        body="Banjir merendam 300 rumah warga di Cepu. Koreksi: jumlah rumah diperbarui.",
        fetched_at=later,
    )
    result = archive.store_article(db, edited)
    assert (result.status, result.version) == ("updated", 2)
    assert archive.get_article(db, 1).title == "Banjir Rendam Cepu, 300 Rumah Terdampak"
    old = archive.get_version(db, 1, 1)
    assert old.title == "Banjir Rendam Cepu" and old.fetched_at == FETCHED
    assert old.capture.content == make_article().capture.content
    assert archive.get_version(db, 1, 2).capture.content == edited.capture.content
    assert archive.get_version(db, 1, 3) is None
    versions = archive.list_versions(db, "https://blora.example.id/2026/01/27/banjir-cepu/")
    assert [(v.version, v.is_current) for v in versions] == [(1, False), (2, True)]
    assert versions[1].changed_fields == ["title", "body"]
    assert versions[0].raw_size == len(make_article().capture.content)
    # nothing stored twice: the current version's text lives only in `articles`
    current_row = db.execute("SELECT title, body FROM article_versions WHERE version = 2").fetchone()
    assert current_row == (None, None)
    # a third fetch of the edited page changes nothing
    assert archive.store_article(db, edited).status == "unchanged"


def test_same_raw_page_read_by_newer_parser_updates_in_place(db):
    archive.store_article(db, make_article())
    reread = make_article(parser_version="2")
    reread.authors = ["Rina Kusumawati", "Agus Salim"]
    result = archive.store_article(db, reread)
    assert (result.status, result.version) == ("updated", 1)
    assert count(db, "article_versions") == 1 and count(db, "captures") == 1
    assert archive.get_article(db, 1).authors == ["Rina Kusumawati", "Agus Salim"]
    assert archive.get_article_row(db, 1)["parser_version"] == "2"


def test_multi_page_article_keeps_every_page(db):
    pages = (
        b"<html><body><p>Halaman dua</p></body></html>",
        b"<html><body><p>Halaman tiga</p></body></html>",
    )
    result = archive.store_article(db, make_article(extra_pages=pages))
    article = archive.get_article(db, result.article_id)
    assert [c.content for c in article.extra_captures] == list(pages)
    assert [c.url.rsplit("=", 1)[1] for c in article.extra_captures] == ["2", "3"]
    assert [c.content for c in archive.get_captures(db, result.article_id)][1:] == list(pages)
    assert archive.list_versions(db, result.article_id)[0].pages == 3


def test_update_extraction_reports_change_and_keeps_search_in_sync(db):
    archive.store_article(db, make_article())
    same = make_article(parser_version="2")
    assert archive.update_extraction(db, 1, same) is False
    assert archive.get_article_row(db, 1)["parser_version"] == "2"
    better = make_article(parser_version="3", body="Banjir merendam rumah. Penahanan tersangka pencurian.")
    assert archive.update_extraction(db, 1, better) is True
    assert archive.get_article(db, 1).body.startswith("Banjir merendam rumah.")
    assert count(db, "article_versions") == 1  # a re-extraction is not a revision
    assert [h.id for h in archive.search(db, "tahanan")] == [1]  # stem index follows the new body
    assert archive.search(db, "aman") == []  # ... and forgot the old one ("Pengamanan")
    if getattr(db, "backend", None) != "postgresql":  # FTS5's own consistency check
        db.execute("INSERT INTO articles_stem_fts(articles_stem_fts) VALUES ('integrity-check')")


def test_update_extraction_of_unknown_article_is_a_store_error(db):
    with pytest.raises(archive.StoreError, match="no article with id 99"):
        archive.update_extraction(db, 99, make_article())


def test_edit_outside_telisik_never_corrupts_the_stem_index(tmp_path):
    path = tmp_path / "a.db"
    db = archive.open_db(path)
    archive.store_article(db, make_article())
    db.execute("UPDATE articles SET body = 'Diubah lewat Datasette: kebakaran gudang.' WHERE id = 1")
    archive.store_article(db, make_article(body="Banjir kedua merendam Cepu lagi. Penahanan pelaku."))
    db.close()
    db = archive.open_db(path)  # rebuilds the stem index flagged stale
    db.execute("INSERT INTO articles_stem_fts(articles_stem_fts) VALUES ('integrity-check')")
    assert [h.id for h in archive.search(db, "tahanan")] == [1]
    assert archive.search(db, "bakar") == []


def test_known_urls_by_key_canonical_and_fetched_url(db):
    archive.store_article(db, make_article(fetched_url="https://blora.example.id/?p=1"))
    urls = [
        "https://blora.example.id/2026/01/27/banjir-cepu/?utm_source=x",
        "https://blora.example.id/?p=1",
        "https://blora.example.id/2026/01/28/lain/",
    ]
    assert archive.known_urls(db, urls) == set(urls[:2])


def test_iter_articles_filters_by_site_and_local_date(db):
    # 00:30 WIB on 27 January is still 26 January in UTC: the local date is what the page says.
    archive.store_article(
        db, make_article("https://blora.example.id/a", published=datetime(2026, 1, 27, 0, 30, tzinfo=WIB))
    )
    archive.store_article(
        db,
        make_article(
            "https://blora.example.id/b",
            title="Lain",
            body="Lain sekali",
            published=datetime(2026, 1, 26, 23, 30, tzinfo=WITA),
        ),
    )
    archive.store_article(
        db, make_article("https://blora.example.id/c", title="Tanpa tanggal", body="x", published=None)
    )
    titles = [a.title for a in archive.iter_articles(db, since="2026-01-27")]
    assert titles == ["Banjir Rendam Cepu"]
    assert [a.title for a in archive.iter_articles(db, until="2026-01-26")] == ["Lain"]
    assert len(list(archive.iter_articles(db))) == 3
    assert list(archive.iter_articles(db, site="other.example")) == []
    assert len(list(archive.iter_articles(db, batch_size=1))) == 3  # batches resume after the last id
    exported = next(archive.iter_articles(db, with_capture=True))
    assert exported.capture is not None and exported.id == 1


# ------------------------------------------------------------------------------------------ migration


def test_schema_0_archive_is_migrated_without_losing_rows(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript("""
        CREATE TABLE articles (id INTEGER PRIMARY KEY, url TEXT UNIQUE, title TEXT, body TEXT,
            authors TEXT, published TEXT, site TEXT, fetched_at TEXT, raw_html BLOB);
        INSERT INTO articles VALUES (1, 'https://a.example/1', 'Jembatan Juwana Ditutup',
            'Pengendara yang melintas diminta untuk memutar lewat jalan desa dan jalan lingkar.',
            'Agus Salim', '2026-02-06T10:00:00+07:00',
            'a.example', '2026-02-06T04:00:00+00:00', CAST('<html>lama</html>' AS BLOB));
        INSERT INTO articles VALUES (2, 'https://a.example/2', 'Kedua', 'Isi kedua', '["Rina"]', NULL,
            'a.example', NULL, NULL);
    """)
    conn.commit()
    conn.close()
    db = archive.open_db(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == archive.SCHEMA_VERSION
    assert count(db, "articles") == 2
    first = archive.get_article(db, 1)
    assert first.title == "Jembatan Juwana Ditutup" and first.authors == ["Agus Salim"]
    assert first.capture.content == b"<html>lama</html>"
    assert "raw_html" not in {c.name for c in db["articles"].columns}
    assert archive.get_article(db, 2).authors == ["Rina"]
    assert [h.id for h in archive.search(db, "juwana")] == [1]
    assert [h.id for h in archive.search(db, "kendara")] == [1]  # stem index built for the old rows
    assert archive.get_article_row(db, 1)["published_utc"] == "2026-02-06T03:00:00Z"
    assert [v.version for v in archive.list_versions(db, 1)] == [1]
    assert archive.store_article(db, make_article("https://a.example/3")).status == "new"


# ------------------------------------------------------------------------------------------ concurrency


WRITER = """
import sys
from datetime import datetime, timezone
from telisik import archive
from telisik.article import Article
db = archive.open_db(sys.argv[1])
for i in range(int(sys.argv[3])):
    url = f"https://{sys.argv[2]}.example/{i}"
    article = Article(url=url, canonical_url=url, title=f"Judul {i}", body="Isi berita " * 200, language="id",
                      fetched_at=datetime.now(timezone.utc))
    archive.store_article(db, article)
print("done")
"""


@pytest.mark.slow
def test_two_processes_write_at_once(tmp_path):
    path = tmp_path / "shared.db"
    archive.open_db(path).close()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), name, "60"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("crawl", "fetch")
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    db = archive.open_db(path)
    assert count(db, "articles") == 120
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_failed_write_leaves_no_half_written_article(db):
    article = make_article()
    article.capture.headers = {"x": object()}  # not JSON-serialisable: fails after the articles INSERT
    with pytest.raises(TypeError):
        archive.store_article(db, article)
    assert count(db, "articles") == 0 and count(db, "article_versions") == 0
    assert archive.store_article(db, make_article()).status == "new"


def test_store_error_for_article_without_any_url(db):
    with pytest.raises(archive.StoreError, match="no URL"):
        archive.store_article(db, Article(title="x", body="y"))


def test_content_hash_ignores_boilerplate_fields():
    a, b = make_article(), make_article(parser_version="9")
    b.image, b.sources, b.modified = "https://cdn.example/x.jpg?v=2", {"title": "meta"}, FETCHED
    assert archive.content_hash(a) == archive.content_hash(b)
    b.body += " Tambahan."
    assert archive.content_hash(a) != archive.content_hash(b)


def test_transaction_groups_writes_and_a_failed_article_inside_leaves_nothing(db):
    with archive.transaction(db):
        assert archive.store_article(db, make_article("https://blora.example.id/a")).status == "new"
        broken = make_article("https://blora.example.id/b")
        broken.capture.headers = {"x": object()}
        with pytest.raises(TypeError):
            archive.store_article(db, broken)
        assert archive.store_article(db, make_article("https://blora.example.id/c")).status == "new"
    assert sorted(r[0] for r in db.execute("SELECT url FROM articles")) == [
        "https://blora.example.id/a",
        "https://blora.example.id/c",
    ]
    assert count(db, "captures") == 2 and count(db, "article_versions") == 2


def test_schema_1_archive_gains_the_facets_index_when_opened_for_reading(tmp_path):
    path = tmp_path / "v1.db"
    db = archive.open_db(path)
    archive.store_article(db, make_article())
    db.execute("DROP INDEX idx_articles_facets")
    db.execute("PRAGMA user_version = 1")
    db.close()
    conn = archive.open_reader(path)  # migrates through open_db because the file is writable
    assert conn.execute("PRAGMA user_version").fetchone()[0] == archive.SCHEMA_VERSION
    assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'idx_articles_facets'").fetchone()
    assert [h.id for h in archive.search(conn, "banjir", since="2026-01-01")] == [1]


def test_a_lead_is_stored_versioned_and_absent_leads_keep_older_hashes(db):
    # schema 8: `lead` is stored and read back; an article without one hashes as before the field existed,
    # so a re-fetch of an article stored by an older telisik is "unchanged", not a new version.
    from dataclasses import replace

    plain = make_article()
    assert archive.content_hash(plain) == archive.content_hash(replace(plain, lead=""))
    first = archive.store_article(db, plain)
    assert archive.get_article(db, first.article_id).lead is None
    lead = "Ratusan rumah di Cepu terendam setelah Bengawan Solo meluap semalam."
    later = make_article(fetched_at=FETCHED + timedelta(days=1), sidebar="Populer: Harga beras naik")
    later.lead = lead
    second = archive.store_article(db, later)
    assert (second.status, second.version) == ("updated", 2)  # a standfirst shown since is an edit
    assert archive.get_article(db, first.article_id).lead == lead
    versions = archive.list_versions(db, first.article_id)
    assert "lead" in versions[-1].changed_fields
