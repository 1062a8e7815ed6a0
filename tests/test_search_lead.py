"""The lead (the standfirst a page shows apart from its body, schema 8) is searched (schema 9), on both backends:
a word only in an article's lead finds it in every search path — plain, phrase, prefix, stemmed, filtered,
sorted by date, counted (`stats`), in superseded versions — its snippet shows the lead, it ranks as the same
words in the body would, and archives written by schema 8 are migrated (the SQLite file's FTS5 tables rebuilt
with a `lead` column, the stem index and PostgreSQL's index re-indexed for the articles that have a lead)."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest
from support.archive import filled_archive, is_postgres_url, query
from support.articles import make_article
from support.benchmarks import load_benchmark
from support.pages import run_cli
from support.schema8 import as_schema_8

from telisik import archive
from telisik.archive import schema, stemindex
from telisik.archive.fulltext import count_hits, search
from telisik.archive.sql import get_meta, is_postgres, write_transaction
from telisik.article import Article

pytestmark = pytest.mark.both_backends

WIB = timezone(timedelta(hours=7))

# "mengungsi", "balai" and "wulan" are in article 1's lead only; "lutut" in its body; no text holds
# "pengungsian" (the stem index finds it through `ungsi`).
FLOODED = dict(
    title="Warga Kudus Bertahan di Rumah",
    lead="Ratusan warga mengungsi ke balai desa setelah tanggul Sungai Wulan jebol semalam.",
    body="Air setinggi lutut masih menggenangi jalan kampung hingga siang. Petugas membagikan makanan dan "
    "selimut kepada warga yang bertahan di lantai dua rumah mereka.",
    authors=["Rina Kusumawati"],
    published=datetime(2026, 1, 10, 8, 0, tzinfo=WIB),
)
OTHERS = [
    dict(
        title="Harga Cabai Naik Menjelang Imlek",
        lead="Pedagang di Pasar Bitingan menaikkan harga cabai rawit.",
        body="Harga cabai rawit di Kudus naik dua kali lipat dalam sepekan karena pasokan dari petani "
        "berkurang akibat hujan deras.",
        authors=["Agus Salim"],
        published=datetime(2026, 1, 20, 9, 0, tzinfo=WIB),
    ),
    dict(
        title="Jembatan Juwana Ditutup Sementara",
        body="Jembatan di Juwana ditutup sementara untuk perbaikan. Pengendara diminta memutar lewat jalan "
        "desa dan jalan lingkar.",
        authors=["Dewi Lestari"],
        published=datetime(2026, 2, 1, 10, 0, tzinfo=WIB),
    ),
]


def _article(number: int, spec: dict, site: str = "kudus.example.id", **changes) -> Article:
    fields = {**spec, **changes}
    return make_article(
        f"https://{site}/{number}",
        content=f"<html>{fields['title']} {fields.get('lead')} {fields['body']}</html>".encode(),
        **fields,
    )


@pytest.fixture(scope="module")
def db(module_db_path):
    articles = [_article(1, FLOODED)] + [
        _article(n, spec, site="pati.example.id") for n, spec in enumerate(OTHERS, start=2)
    ]
    database = filled_archive(module_db_path, articles)
    yield database
    database.close()


def ids(hits) -> list[int]:
    return [h.id for h in hits]


# ----------------------------------------------------------------------------------------- every path


@pytest.mark.parametrize(
    ("words", "match"),
    [
        ("mengungsi", "exact"),
        ('"balai desa"', "exact"),  # a phrase inside the lead
        ("mengung*", "exact"),
        ("wulan lutut", "exact"),  # one word in the lead, one in the body: both hold for the article
        ("pengungsian", "stemmed"),  # a derived form of the lead's `mengungsi`
    ],
)
def test_a_word_only_in_the_lead_finds_the_article(db, words, match):
    hits = search(db, words)
    assert [(h.id, h.match) for h in hits] == [(1, match)]
    assert count_hits(db, words) == 1
    assert ids(search(db, words, sort="newest")) == ids(search(db, words, sort="oldest")) == [1]


def test_a_phrase_never_spans_the_lead_and_the_body(db):
    # the lead ends "jebol semalam.", the body starts "Air setinggi": no article has "semalam air"
    assert search(db, '"semalam air"') == []


def test_exact_flag_still_finds_the_lead_word_but_not_its_derived_forms(db):
    assert ids(search(db, "mengungsi", stemmed=False)) == [1]
    assert search(db, "pengungsian", stemmed=False) == []


def test_filters_apply_to_lead_hits(db):
    assert ids(search(db, "mengungsi", site="kudus.example.id")) == [1]
    assert search(db, "mengungsi", site="pati.example.id") == []
    assert ids(search(db, "mengungsi", author="rina")) == [1]
    assert search(db, "mengungsi", author="agus") == []
    assert ids(search(db, "pengungsian", since="2026-01-10", until="2026-01-10")) == [1]
    assert search(db, "pengungsian", since="2026-01-11") == []
    assert count_hits(db, "pengungsian", site="pati.example.id") == 0


def test_snippets_show_the_lead_when_the_match_is_there(db):
    (exact,) = search(db, "mengungsi")
    assert "[mengungsi] ke balai desa" in exact.snippet
    (stemmed,) = search(db, "pengungsian")
    assert "[mengungsi]" in stemmed.snippet
    # a match in the body still shows the body's passage
    (body,) = search(db, "lutut")
    assert "setinggi [lutut]" in body.snippet


def test_stats_count_lead_matches(db, module_db_path):
    per_month = archive.counts_by_period(db, by="month", query="pengungsian")
    assert [(r["period"], r["matches"]) for r in per_month] == [("2026-01", 1), ("2026-02", 0)]
    per_site = archive.counts_by_site(db, query="bitingan")  # article 2's lead
    assert [(r["site"], r["matches"]) for r in per_site] == [("pati.example.id", 1)]
    result = run_cli("stats", "mengungsi", "--by", "site", "--db", str(module_db_path), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert [(r["site"], r["matches"]) for r in json.loads(result.stdout)] == [("kudus.example.id", 1)]


# --------------------------------------------------------------------------------- versions and upkeep


def test_an_edited_lead_is_searched_in_the_current_and_the_superseded_version(db_path):
    db = archive.open_db(db_path)
    archive.store_article(db, _article(1, FLOODED))
    edited = _article(
        1, FLOODED, lead="Ratusan warga kembali ke rumah setelah tanggul Sungai Wulan ditambal."
    )
    edited.capture.content = b"<html>edited</html>"
    assert archive.store_article(db, edited).version == 2
    assert search(db, "mengungsi") == [] and search(db, "pengungsian") == []
    assert ids(search(db, "ditambal")) == [1]
    old = search(db, "mengungsi", all_versions=True)
    assert [(h.id, h.version, h.is_current) for h in old] == [(1, 1, False)]
    assert "[mengungsi]" in old[0].snippet
    assert count_hits(db, "mengungsi", all_versions=True) == 1
    db.close()


def test_a_deleted_article_is_no_longer_found_by_its_lead(db_path):
    db = archive.open_db(db_path)
    archive.store_article(db, _article(1, FLOODED))
    archive.store_article(db, _article(2, OTHERS[0]))
    assert archive.delete_articles(db, [1]) == 1
    assert search(db, "mengungsi") == [] and search(db, "pengungsian") == []
    assert ids(search(db, "bitingan")) == [2]
    assert get_meta(db, "stemmer_version") != "stale"  # the stem index forgot the article with its lead
    db.close()


# ------------------------------------------------------------------------------------------- ranking


def test_a_lead_hit_ranks_as_the_same_words_in_the_body(db_path):
    # The lead weighs as the body: a site printing its first sentence apart from the body and one printing
    # it as the body's first paragraph rank the same; a title hit ranks above both.
    sentence = "Pasar apung Banjarmasin dibuka kembali untuk wisatawan."
    rest = "Pedagang menjual sayur dan buah dari perahu sejak subuh. Pengunjung datang dari luar kota."
    apart = dict(title="Kabar Pagi Kalimantan", lead=sentence, body=rest)
    inline = dict(title="Kabar Pagi Kalimantan", body=f"{sentence}\n\n{rest}")
    titled = dict(title="Pasar Apung Dibuka Lagi", body=rest + " Suasana ramai.")
    db = filled_archive(
        db_path, [_article(n, spec) for n, spec in enumerate((apart, inline, titled), start=1)]
    )
    hits = search(db, "apung", limit=10)
    assert ids(hits)[0] == 3
    scores = {h.id: h.score for h in hits}
    assert scores[1] == pytest.approx(scores[2], rel=1e-6)
    assert scores[3] < scores[1]
    # the same with the stem index: a derived form only
    stemmed = {h.id: h.score for h in search(db, "dibukanya", limit=10)}
    assert stemmed[1] == pytest.approx(stemmed[2], rel=1e-6)
    db.close()


# ------------------------------------------------------------------------------------------ Datasette


@pytest.mark.sqlite_only
def test_datasettes_search_box_finds_lead_words(db):
    # sqlite-utils' detection (what Datasette uses) still finds the FTS table, which now holds the lead
    assert db["articles"].detect_fts() == "articles_fts"
    assert [r["id"] for r in db["articles"].search("mengungsi")] == [1]
    assert [c.name for c in db["articles_fts"].columns] == ["title", "body", "authors", "lead"]


# ------------------------------------------------------------------------------------------ migration


def _schema_8_archive(db_path) -> None:
    """An archive as schema 8 left it: two articles with a lead (one edited: its first lead is in a
    superseded version), one without."""
    db = archive.open_db(db_path)
    archive.store_article(db, _article(1, FLOODED))
    edited = _article(
        1, FLOODED, lead="Ratusan warga kembali ke rumah setelah tanggul Sungai Wulan ditambal."
    )
    edited.capture.content = b"<html>edited</html>"
    archive.store_article(db, edited)
    archive.store_article(db, _article(2, OTHERS[0], site="pati.example.id"))
    archive.store_article(db, _article(3, OTHERS[1], site="pati.example.id"))
    as_schema_8(db)
    db.close()


def test_a_schema_8_archive_is_migrated_and_its_leads_searched(db_path, monkeypatch):
    from telisik.archive import pgsearch

    _schema_8_archive(db_path)
    indexed: list[int] = []  # the articles the migration indexes again: those with a lead only
    spy_on = (
        (pgsearch, "_article_entry") if is_postgres_url(db_path) else (stemindex, "_add_lead_to_stem_entry")
    )
    original = getattr(*spy_on)
    # both take the article's row last
    monkeypatch.setattr(*spy_on, lambda *args: indexed.append(args[-1]["id"]) or original(*args))
    db = archive.open_db(db_path)  # migrates
    monkeypatch.undo()
    assert sorted(indexed) == [1, 2]
    assert ids(search(db, "bitingan")) == [2]
    assert ids(search(db, "ditambal")) == [1]
    assert ids(search(db, "menambal")) == [1]  # stemmed: the re-indexed stem entry holds the lead
    hits = search(db, "mengungsi", all_versions=True)
    assert [(h.version, h.is_current) for h in hits] == [(1, False)]
    assert ids(search(db, "juwana")) == [3]
    if is_postgres(db):
        assert get_meta(db, "schema_version") == "9"
    else:
        assert db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION == 9
        assert get_meta(db, "stemmer_version") != "stale"
    # the migrated index can forget what it holds: an edit and a deletion leave no stale entry
    archive.store_article(db, _article(2, OTHERS[0], site="pati.example.id", lead="Pedagang menutup lapak."))
    assert search(db, "bitingan") == [] and ids(search(db, "lapak")) == [2]
    archive.delete_articles(db, [1])
    assert search(db, "menambal") == [] and search(db, "ditambal") == []
    db.close()


@pytest.mark.sqlite_only
def test_a_schema_8_archive_read_as_it_is_still_searches_without_its_leads(db_path):
    # an archive on read-only storage is read without migrating it: no lead column in its FTS5 tables
    _schema_8_archive(db_path)
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    (body,) = search(conn, "lutut")
    assert "setinggi [lutut]" in body.snippet
    (stemmed,) = search(conn, "genang")  # the body's "menggenangi"
    assert "[menggenangi]" in stemmed.snippet
    assert search(conn, "bitingan") == []  # the lead is not indexed there
    conn.close()


def test_the_migration_is_idempotent(db_path):
    _schema_8_archive(db_path)
    archive.open_db(db_path).close()
    db = archive.open_db(db_path)
    before = _all_index_entries(db)
    if is_postgres(db):
        from telisik.archive import pgsearch

        with write_transaction(db):
            pgsearch.index_leads(db)
    else:
        with db.conn:
            schema._make_leads_searchable(db)
            schema._ensure_fts(db, "articles")
    assert _all_index_entries(db) == before
    assert ids(search(db, "ditambal")) == [1]
    db.close()


def _all_index_entries(db):
    """Every entry of the search index: PostgreSQL's vectors; SQLite's stem fingerprints and FTS5 blocks."""
    if is_postgres(db):
        return query(db, "SELECT id, words::text, head::text, stems::text FROM article_search ORDER BY id")
    return query(db, "SELECT id, stem_state FROM articles ORDER BY id") + query(
        db, "SELECT id, block FROM articles_fts_data ORDER BY id"
    )


def test_the_targeted_migration_indexes_as_a_full_rebuild_does(db_path):
    _schema_8_archive(db_path)
    db = archive.open_db(db_path)
    migrated = _all_index_entries(db)
    if is_postgres(db):
        from telisik.archive import pgsearch

        with write_transaction(db):
            pgsearch.reindex(db)
        assert _all_index_entries(db) == migrated
    else:
        with db.conn:
            db.execute("DROP TABLE articles_stem_fts")
            db.execute(schema.STEM_FTS_DDL)
            stemindex.populate_stem_index(db)
        stem_states = query(db, "SELECT id, stem_state FROM articles ORDER BY id")
        assert stem_states == [row for row in migrated if "stem_state" in row]
    db.close()


# ---------------------------------------------------------------------------------------------- copy


def test_a_copy_to_postgresql_searches_leads_with_filters(tmp_path, pg_url):
    source = tmp_path / "source.db"
    filled_archive(source, [_article(1, FLOODED), _article(2, OTHERS[0], site="pati.example.id")]).close()
    assert run_cli("copy", str(source), pg_url).exit_code == 0
    db = archive.open_db(pg_url)
    assert ids(search(db, "pengungsian", site="kudus.example.id", since="2026-01-01")) == [1]
    assert ids(search(db, "bitingan", site="pati.example.id")) == [2]
    db.close()


@pytest.mark.slow
@pytest.mark.sqlite_only
def test_the_migration_benchmark_migrates_a_generated_schema_8_archive(db_path):
    figures = load_benchmark("migration").run(str(db_path), 200, lead_share=0.5)
    assert figures["backend"] == "sqlite" and figures["articles_with_a_lead"] > 100
    assert figures["fts5_rebuild_seconds"] > 0 and figures["stem_leads_seconds"] > 0
    db = archive.open_db(db_path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 9
    lead = db.execute("SELECT id, lead FROM articles WHERE lead IS NOT NULL LIMIT 1").fetchone()
    # the lead column of the rebuilt FTS5 table holds it (the generated lead is the body's first sentence)
    in_lead = db.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", (f'lead : "{lead[1]}"',)
    )
    assert lead[0] in {row[0] for row in in_lead}
    db.close()
