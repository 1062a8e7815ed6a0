"""`telisik copy` into PostgreSQL builds the search index a batch at a time (`pgsearch.index_articles`): the
entries are exactly those the index's own rebuild (`pgsearch.reindex`) makes, article and superseded version
alike, whatever the batch boundaries; and a copy interrupted in its index phase leaves a destination that is
refused (as before) and copied again with --overwrite into the same index."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from support.articles import make_article
from support.pages import run_cli
from support.serve import build_archive

from telisik import archive
from telisik.archive import copy as copy_module
from telisik.archive import pgsearch
from telisik.archive.sql import raw_connection, write_transaction

pytestmark = pytest.mark.slow  # a copy per test (~1 s each)

INDEX_ROWS = {
    "article_search": "id, words::text, head::text, stems::text, authors, site, published, published_utc",
    "version_search": "id, words::text, authors, fingerprint",
}


@pytest.fixture
def source(tmp_path) -> str:
    """The serve tests' archive (an article with three versions, 30 dated ones) and seven articles with a
    lead, each stored twice with a changed text (the first text becomes a superseded version's)."""
    path = str(tmp_path / "source.db")
    build_archive(path)
    db = archive.open_db(path)
    for n in range(7):
        url = f"https://kabar.example.id/2026/02/{n + 1:02d}/banjir-{n}/"
        for body in ("Banjir bandang merendam desa.", "Banjir bandang merendam desa, ralat: dua desa."):
            fetched = datetime(2026, 3, 1 + len(body) % 20, tzinfo=timezone.utc)
            archive.store_article(
                db,
                make_article(
                    url,
                    title=f"Banjir bandang ke-{n} rendam desa",
                    body=body,
                    lead=f"Ringkasan banjir bandang nomor {n}.",
                    authors=["Budi Santoso"],
                    fetched_at=fetched,
                ),
            )
    db.close()
    return path


def index_rows(url: str) -> dict[str, list[tuple]]:
    db = archive.open_reader(url)
    try:
        conn = raw_connection(db)
        return {
            table: [
                tuple(row) for row in conn.execute(f"SELECT {columns} FROM {table} ORDER BY id").fetchall()
            ]
            for table, columns in INDEX_ROWS.items()
        }
    finally:
        db.close()


def rebuilt_rows(url: str) -> dict[str, list[tuple]]:
    db = archive.open_db(url)
    with write_transaction(db):
        pgsearch.reindex(db)
    db.close()
    return index_rows(url)


@pytest.mark.parametrize("batch", [3, 500])
def test_the_copy_index_is_the_one_a_rebuild_makes(source, pg_url, monkeypatch, batch):
    monkeypatch.setattr(copy_module, "BATCH_ROWS", batch)
    result = run_cli("copy", source, pg_url)
    assert result.exit_code == 0, result.output
    copied = index_rows(pg_url)
    assert len(copied["article_search"]) == 39 and len(copied["version_search"]) >= 9
    assert copied == rebuilt_rows(pg_url)


def test_a_copy_interrupted_while_indexing_is_refused_then_redone_with_overwrite(source, pg_url, monkeypatch):
    calls = 0
    bulk = pgsearch.index_articles

    def failing(db, rows):
        nonlocal calls
        calls += 1
        if calls == 2:
            raise KeyboardInterrupt  # Ctrl-C in the second batch of the index phase
        bulk(db, rows)

    monkeypatch.setattr(copy_module, "BATCH_ROWS", 5)
    monkeypatch.setattr(pgsearch, "index_articles", failing)
    reader, writer = archive.open_reader(source), archive.open_db(pg_url)
    with pytest.raises(KeyboardInterrupt):
        copy_module.copy_archive(reader, writer)
    reader.close()
    writer.close()
    assert len(index_rows(pg_url)["article_search"]) == 5  # the first batch's transaction, not the second's
    refused = run_cli("copy", source, pg_url)
    assert refused.exit_code != 0 and "overwrite" in refused.output
    monkeypatch.setattr(pgsearch, "index_articles", bulk)
    again = run_cli("copy", "--overwrite", source, pg_url)
    assert again.exit_code == 0, again.output
    assert index_rows(pg_url) == rebuilt_rows(pg_url)
