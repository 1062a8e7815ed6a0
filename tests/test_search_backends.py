"""The same archive on SQLite and on PostgreSQL gives the same hits: the benchmark's 20 queries and the
labelled stemming queries over generated Indonesian articles, and the index's upkeep on PostgreSQL (deletes,
superseded versions, a rebuild when the index or the stemmer changes, words longer than it can hold)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from support.articles import make_article
from support.benchmarks import load_benchmark

from telisik import archive
from telisik.archive.fulltext import count_hits, search

make_archive = load_benchmark("make_archive")
search_bench = load_benchmark("search")

ARTICLES = 120


def _generated() -> list:
    maker = make_archive.TextMaker(11)
    plants = [form for forms in make_archive.EVAL_QUERIES.values() for form, _relevant in forms]
    return [
        maker.article(n, plant=plants[n // 2] if n % 2 and n // 2 < len(plants) else None, raw_html=False)
        for n in range(ARTICLES)
    ]


@pytest.fixture(scope="module")
def both(tmp_path_factory, pg_cluster):
    """(SQLite archive, PostgreSQL archive) holding the same generated articles."""
    url = pg_cluster.new_database()
    sqlite_db = archive.open_db(tmp_path_factory.mktemp("same") / "archive.db")
    pg_db = archive.open_db(url)
    for article in _generated():
        archive.store_article(sqlite_db, article)
        archive.store_article(pg_db, article)
    yield sqlite_db, pg_db
    sqlite_db.close()
    pg_db.close()
    pg_cluster.drop_database(url)


QUERIES = [(words, search_bench._options(options)) for _label, words, options in search_bench.QUERIES] + [
    (query, {}) for query in make_archive.EVAL_QUERIES
]


@pytest.mark.slow
@pytest.mark.parametrize(("words", "options"), QUERIES, ids=[q for q, _ in QUERIES])
def test_both_backends_find_the_same_articles(both, words, options):
    sqlite_db, pg_db = both
    on_sqlite = search(sqlite_db, words, limit=1000, **options)
    on_pg = search(pg_db, words, limit=1000, **options)
    assert {(h.id, h.match) for h in on_pg} == {(h.id, h.match) for h in on_sqlite}
    assert count_hits(pg_db, words, **options) == count_hits(sqlite_db, words, **options) == len(on_pg)
    # exact hits first on both; a date sort is the same list
    assert [h.match for h in on_pg] == [h.match for h in on_sqlite]
    assert ids(search(pg_db, words, sort="newest", **options)) == ids(
        search(sqlite_db, words, sort="newest", **options)
    )


@pytest.mark.slow
def test_the_labelled_queries_find_something_on_both(both):
    # the comparison above must not pass by finding nothing anywhere
    sqlite_db, pg_db = both
    for query in make_archive.EVAL_QUERIES:
        assert count_hits(pg_db, query) > 0, query
    assert any(h.match == "stemmed" for h in search(pg_db, "aman", limit=100))


def ids(hits) -> list[int]:
    return [h.id for h in hits]


# ------------------------------------------------------------------------------ the index's upkeep


WIB = timezone(timedelta(hours=7))


def _store(db, url: str, **fields):
    return archive.store_article(db, make_article(url, **fields)).article_id


@pytest.mark.both_backends
def test_a_deleted_article_is_no_longer_found(db):
    first = _store(db, "https://blora.example.id/a", body="Banjir bandang di Cepu. Pengamanan diperketat.")
    second = _store(db, "https://blora.example.id/b", body="Banjir lagi di Blora, warga mengungsi.")
    assert set(ids(search(db, "banjir"))) == {first, second}
    archive.delete_articles(db, [first])
    assert ids(search(db, "banjir")) == [second]
    assert search(db, "aman") == [] and count_hits(db, "banjir") == 1


@pytest.mark.both_backends
def test_words_longer_than_an_index_holds_are_found_too(db):
    # PostgreSQL holds words of at most 2047 bytes, and 16383 positions; FTS5 has no such limits
    long_word = "é" * 1500
    body = f"Banjir {long_word} di Cepu. " + "kata " * 20_000 + "penutup"
    article_id = _store(db, "https://blora.example.id/long", body=body)
    assert ids(search(db, "banjir")) == [article_id]
    assert ids(search(db, long_word)) == [article_id] and count_hits(db, long_word) == 1
    assert search(db, "e" * 1499 + "x") == [] and ids(search(db, "eeee*")) == [article_id]
    assert ids(search(db, "kata penutup")) == [article_id]


@pytest.mark.both_backends
def test_an_older_capture_stored_late_is_searchable_as_a_past_version(db):
    url = "https://blora.example.id/versi"
    _store(db, url, body="Jembatan baru diresmikan bupati.", fetched_at=datetime(2026, 2, 1, tzinfo=WIB))
    older = make_article(
        url,
        body="Jembatan lama ambruk diterjang banjir.",
        fetched_at=datetime(2026, 1, 1, tzinfo=WIB),
        content=b"<html>older</html>",
    )
    assert archive.store_article(db, older).historical
    assert search(db, "ambruk") == []
    hits = search(db, "ambruk", all_versions=True)
    assert [(h.version, h.is_current) for h in hits] == [(1, False)] and "[ambruk]" in hits[0].snippet
    assert count_hits(db, "ambruk", all_versions=True) == 1


@pytest.mark.both_backends
def test_author_filter_drops_like_wildcards_and_takes_backslashes_literally(db):
    _store(db, "https://blora.example.id/c", authors=["Rina Kusumawati"])
    assert search(db, "banjir", author="kusuma") != []
    assert search(db, "banjir", author="kusu_ma") != []  # `_` is dropped, never a wildcard
    for author in ("100%", "\\", "rina\\", "kusuma%x"):
        assert search(db, "banjir", author=author) == []


def test_postgres_index_is_rebuilt_when_its_version_changes(pg_url):
    from telisik.archive import pgsearch
    from telisik.archive.sql import get_meta, set_meta

    db = archive.open_db(pg_url)
    article_id = _store(db, "https://blora.example.id/r", body="Pengamanan gereja diperketat.")
    set_meta(db, pgsearch.INDEX_META, "an older index")
    db.execute("DELETE FROM article_search")
    db.close()
    db = archive.open_db(pg_url)
    assert get_meta(db, pgsearch.INDEX_META) == pgsearch._index_state()
    assert [(h.id, h.match) for h in search(db, "aman")] == [(article_id, "stemmed")]
    db.close()


@pytest.mark.both_backends
def test_filters_follow_a_revision_that_changes_the_date(db):
    url = "https://blora.example.id/tanggal"
    _store(
        db, url, published=datetime(2025, 3, 1, 9, 0, tzinfo=WIB), fetched_at=datetime(2025, 3, 2, tzinfo=WIB)
    )
    assert ids(search(db, "banjir", since="2026-01-01")) == []
    revised = make_article(
        url,
        published=datetime(2026, 2, 1, 9, 0, tzinfo=WIB),
        fetched_at=datetime(2026, 2, 2, tzinfo=WIB),
        content=b"<html>revised</html>",
    )
    assert archive.store_article(db, revised).version == 2
    assert ids(search(db, "banjir", since="2026-01-01")) == [1]
    assert search(db, "banjir", until="2025-12-31") == []
