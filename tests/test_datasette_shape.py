"""The archive opens usefully in Datasette: the search box finds the FTS table, JSON columns hold JSON."""

from __future__ import annotations

import json

from support.pages import PageSpec, render_page, store_page

from telisik.archive import open_db

JSON_COLUMNS = ("authors", "tags", "sources", "page_urls")


def _archive(db_path: str):
    db = open_db(db_path)
    store_page(db, render_page(), "http://127.0.0.1:8000/a")
    other = PageSpec(
        title="Jembatan Juwana Ditutup Sementara",
        canonical="https://pati.kabarlingkar.test/2026/02/06/jembatan-juwana/",
        author="Agus Salim",
        paragraphs=["Jembatan di Juwana ditutup sementara untuk perbaikan.", "Pengendara diminta memutar."],
    )
    store_page(db, render_page(other), "http://127.0.0.1:8000/b")
    return db


def test_articles_fts_is_detected_for_the_articles_table(db_path):
    db = _archive(db_path)
    # Datasette shows a search box when sqlite-utils' detection finds the FTS table of a table.
    assert db["articles"].detect_fts() == "articles_fts"
    rows = list(db["articles"].search("Juwana"))
    assert [r["title"] for r in rows][0] == "Jembatan Juwana Ditutup Sementara"


def test_fts_is_kept_in_sync_by_triggers(db_path):
    db = _archive(db_path)
    db.execute("UPDATE articles SET title = 'Judul Pengganti Zamrud' WHERE title LIKE 'Jembatan%'")
    db.conn.commit()
    assert [r["title"] for r in db["articles"].search("Zamrud")] == ["Judul Pengganti Zamrud"]


def test_json_columns_hold_valid_json_of_the_right_kind(db_path):
    db = _archive(db_path)
    for row in db["articles"].rows:
        for column in JSON_COLUMNS:
            value = json.loads(row[column])
            assert isinstance(value, dict if column == "sources" else list), column
        assert json.loads(row["authors"]) in (["Rina Kusumawati"], ["Agus Salim"])
    invalid = db.execute(
        "SELECT count(*) FROM articles WHERE " + " OR ".join(f"json_valid([{c}]) = 0" for c in JSON_COLUMNS)
    ).fetchone()[0]
    assert invalid == 0


def test_tables_and_columns_have_readable_names(db_path):
    db = _archive(db_path)
    tables = set(db.table_names())
    assert {"articles", "article_versions", "captures"} <= tables
    columns = {c.name for c in db["articles"].columns}
    assert {"id", "url", "title", "authors", "published", "body", "site", "tags"} <= columns
    # raw pages are kept out of the articles table so Datasette's table view stays light
    assert not any("raw" in c and "zlib" in c for c in columns)
