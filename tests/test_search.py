"""Search: query syntax and awkward input, stemmed Indonesian matching, ranking, filters, snippets.

Every test of an archive runs on both backends (SQLite's FTS5 indexes, PostgreSQL's `pgsearch` index) and
expects the same hits."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from support.archive import filled_archive
from support.articles import make_article

from telisik import archive
from telisik.archive import fulltext as search_mod
from telisik.archive import stemmer
from telisik.archive.fulltext import QueryError, count_hits, parse_query, search
from telisik.article import Article

pytestmark = pytest.mark.both_backends

WIB = timezone(timedelta(hours=7))
WIT = timezone(timedelta(hours=9))

ARTICLES = [
    # id 1
    dict(
        url="https://blora.example.id/1",
        title="Pengamanan Natal di Cepu Diperketat",
        body="Polisi menyiagakan ratusan personel untuk pengamanan gereja di Cepu. Keamanan warga yang "
        "beribadah menjadi prioritas, kata Kapolsek. Petugas juga diamankan di titik rawan.",
        authors=["Rina Kusumawati"],
        published=datetime(2025, 12, 24, 9, 0, tzinfo=WIB),
    ),
    # id 2
    dict(
        url="https://blora.example.id/2",
        title="Desa Aman dari Banjir Bandang",
        body="Warga desa merasa aman karena tanggul yang dibangun tahun lalu menahan banjir bandang "
        "yang datang dari hulu sungai dan tidak ada rumah yang terendam.",
        authors=["Agus Salim"],
        published=datetime(2026, 1, 27, 0, 30, tzinfo=WIB),
    ),
    # id 3
    dict(
        url="https://pati.example.id/3",
        title="Tersangka Korupsi Jalani Penahanan",
        body="Kejaksaan melakukan penahanan terhadap tersangka korupsi anggaran desa selama dua puluh hari "
        "ke depan untuk kepentingan penyidikan dan pemeriksaan saksi.",
        authors=["Agus Salim", "Dewi Lestari"],
        published=datetime(2026, 2, 1, 10, 0, tzinfo=WIB),
    ),
    # id 4: English, never stemmed
    dict(
        url="https://english.example.com/4",
        title="Security in Cepu",
        body="The word pengamanan appears here in an English article about the security situation.",
        authors=["John Pérez"],
        published=datetime(2026, 1, 5, 8, 0, tzinfo=timezone.utc),
        language="en",
    ),
    # id 5: Papua time zone, no authors
    dict(
        url="https://papua.example.id/5",
        title="Festival Budaya Jayapura",
        body="Festival budaya digelar di Jayapura dengan tarian dan musik tradisional yang memukau para "
        "wisatawan dari berbagai daerah.",
        authors=[],
        published=datetime(2026, 1, 27, 7, 0, tzinfo=WIT),
    ),
    # id 6: body mentions the title words of 2 only in passing
    dict(
        url="https://blora.example.id/6",
        title="Harga Cabai Naik",
        body="Harga cabai naik di pasar. Pedagang menyebut banjir bandang di daerah penghasil membuat "
        "pasokan turun dan harga melonjak tajam minggu ini.",
        authors=["Rina Kusumawati"],
        published=None,
    ),
]


def _article(spec: dict) -> Article:
    spec = dict(spec)
    url = spec.pop("url")
    spec["body"] += " Simak berita lainnya."  # one word every article shares, for filter and sort tests
    return make_article(
        url,
        site=None,
        fetched_at=datetime(2026, 2, 2, tzinfo=timezone.utc),
        content=f"<html>{spec['title']}</html>".encode(),
        **spec,
    )


@pytest.fixture(scope="module")
def db(module_db_path):
    database = filled_archive(module_db_path, map(_article, ARTICLES))
    yield database
    database.close()


def ids(hits) -> list[int]:
    return [h.id for h in hits]


# ------------------------------------------------------------------------------------------ query syntax


@pytest.mark.parametrize(
    "query",
    [
        '"unbalanced',
        "AND",
        "OR NOT",
        "NOT",
        "C++",
        "a:b",
        "NEAR(a b)",
        "title:banjir",
        "banjir OR",
        "^banjir",
        "banjir -desa",
        "😀 banjir",
        "\x00banjir",
        "*banjir",
        "banjir**",
        '"" banjir',
        "{a b}",
        "x" * 500,
        "a'b",
        "banjir)",
    ],
)
def test_awkward_queries_never_crash(db, query):
    hits = search(db, query)
    assert isinstance(hits, list)
    assert count_hits(db, query) == len(hits)


@pytest.mark.parametrize("query", ["", "   ", "-", "***", "😀🙂", '"', '""', "+-*/()", "(", ")", "'"])
def test_queries_without_words_are_a_clear_error(db, query):
    with pytest.raises(QueryError, match="nothing to search for"):
        search(db, query)


def test_operators_are_searched_as_words_not_obeyed(db):
    assert ids(search(db, "banjir OR festival")) == []  # OR is a word, and no article contains it
    assert ids(search(db, "banjir -desa")) == ids(search(db, "banjir desa"))  # no NOT operator
    assert set(ids(search(db, "title:banjir"))) == set(ids(search(db, "title banjir")))


def test_parse_query_terms():
    terms = parse_query('Banjir "Banjir  Bandang" bupat* covid-19 "unbalanced')
    assert [(t.tokens, t.phrase, t.prefix) for t in terms] == [
        (["banjir"], False, False),
        (["banjir", "bandang"], True, False),
        (["bupat"], False, True),
        (["covid", "19"], True, False),
        (["unbalanced"], False, False),
    ]


def test_phrase_is_exact_and_order_matters(db):
    assert ids(search(db, '"banjir bandang"')) == [2, 6]
    assert ids(search(db, '"bandang banjir"')) == []


def test_prefix(db):
    assert ids(search(db, "jayapu*")) == [5]
    assert ids(search(db, "jayapu")) == []


def test_case_and_accents_never_matter(db):
    assert ids(search(db, "PEREZ")) == [4] == ids(search(db, "pérez"))
    assert ids(search(db, "Jayapura")) == ids(search(db, "JAYAPURA"))


# ------------------------------------------------------------------------------------------ stemming


def test_stemmed_matching_finds_derived_forms(db):
    hits = search(db, "aman")
    # exact "aman" (article 2) first, then the Indonesian articles with pengamanan/keamanan/diamankan
    assert ids(hits) == [2, 1]
    assert [h.match for h in hits] == ["exact", "stemmed"]
    assert ids(search(db, "tahanan")) == [3, 2]  # penahanan, menahan
    assert ids(search(db, "keamanan")) == [1, 2]  # exact first, then "aman" (2) via the stem


def test_english_articles_are_not_stemmed(db):
    # article 4 contains "pengamanan" but is English: found by the exact word, never by the stem "aman"
    assert 4 not in ids(search(db, "aman"))
    assert 4 in ids(search(db, "pengamanan"))


def test_quoted_phrase_and_exact_flag_are_never_stemmed(db):
    assert ids(search(db, '"aman"')) == [2]
    assert ids(search(db, "aman", stemmed=False)) == [2]


def test_stemmed_hit_snippet_marks_the_derived_words(db):
    hit = [h for h in search(db, "aman") if h.id == 1][0]
    assert "[pengamanan]" in hit.snippet and "[Keamanan]" in hit.snippet


def test_stemmer_guards_known_over_stemming():
    assert stemmer.stem_word("menelan") == "telan"
    assert stemmer.stem_word("anggaran") == "anggaran"
    assert stemmer.stem_word("dianggarkan") == stemmer.stem_word("penganggaran") == "anggaran"
    assert stemmer.stem_word("anggar") == "anggar"  # fencing is not the budget
    assert stemmer.stem_word("pengadilan") != stemmer.stem_word("keadilan") == "adil"
    assert stemmer.stem_word("pemilu") == "pemilu"
    assert stemmer.stem_word("keamanan") == stemmer.stem_word("diamankan") == "aman"
    assert stemmer.stem_word("penahanan") == stemmer.stem_word("tahanan") == "tahan"
    assert stemmer.stem_word("2026") == "2026" and stemmer.stem_word("café") == "café"
    assert stemmer.stem_text("Pengamanan, KEAMANAN!") == "aman aman"


def test_stemming_applies_only_to_indonesian():
    assert stemmer.applies_to("id", "", "")
    assert stemmer.applies_to("id-ID", "", "")
    assert not stemmer.applies_to("en", "", "kata yang dan di untuk")
    text = "Warga yang tinggal di desa itu mengatakan bahwa banjir datang dari hulu dan tidak surut."
    assert stemmer.applies_to(None, "Banjir", text)
    assert not stemmer.applies_to(
        None, "Flood", "The residents of the village said the flood came from upstream."
    )


# ------------------------------------------------------------------------------------------ ranking & filters


def test_title_match_ranks_above_body_match(db):
    # "banjir bandang": title of 2 ("Banjir Bandang") vs body only of 6
    assert ids(search(db, "bandang")) == [2, 6]


def test_sort_newest_and_oldest_put_undated_last(db):
    # instants compared in UTC: 5 (07:00 WIT = 22:00 UTC) is newer than 2 (00:30 WIB = 17:30 UTC)
    assert ids(search(db, "berita", sort="newest")) == [3, 5, 2, 4, 1, 6]
    assert ids(search(db, "berita", sort="oldest")) == [1, 4, 2, 5, 3, 6]
    # a date sort mixes exact and stemmed hits but still says which is which
    assert [(h.id, h.match) for h in search(db, "aman", sort="oldest")] == [(1, "stemmed"), (2, "exact")]
    assert count_hits(db, "aman") == len(search(db, "aman", sort="newest", limit=50))


def test_site_and_author_filters(db):
    assert ids(search(db, "korupsi", site="pati.example.id")) == [3]
    assert ids(search(db, "korupsi", site="blora.example.id")) == []
    assert ids(search(db, "korupsi", site="https://Pati.example.id/")) == [3]  # a pasted URL means its host
    assert set(ids(search(db, "berita", author="agus", stemmed=False))) == {2, 3}
    assert ids(search(db, "security", author="perez")) == [4]  # accents ignored in author filter
    assert ids(search(db, "berita", author="nobody")) == []


def test_date_filters_use_the_articles_own_local_date(db):
    # article 2 is 27 Jan 00:30 WIB (26 Jan in UTC); article 5 is 27 Jan 07:00 WIT (26 Jan 22:00 UTC)
    assert set(ids(search(db, "berita", since="2026-01-27", until="2026-01-27", stemmed=False))) == {2, 5}
    assert 2 not in ids(search(db, "berita", until="2026-01-26", stemmed=False))
    from datetime import date

    assert set(ids(search(db, "berita", since=date(2026, 1, 27), until=date(2026, 1, 27)))) == {2, 5}
    # an aware datetime bound compares instants
    instant = datetime(2026, 1, 26, 18, 0, tzinfo=timezone.utc)
    assert ids(search(db, "berita", since=instant, until=instant + timedelta(hours=6), stemmed=False)) == [5]


def test_limit_and_count(db):
    assert len(search(db, "berita", limit=2, stemmed=False)) == 2
    assert count_hits(db, "berita", stemmed=False) == len(search(db, "berita", limit=100, stemmed=False))
    assert count_hits(db, "aman") == 2
    assert search(db, "berita", limit=0) == []


def test_bad_sort_is_a_query_error(db):
    with pytest.raises(QueryError, match="unknown sort"):
        search(db, "banjir", sort="random")


def test_snippet_highlights_words_in_context(db):
    hit = search(db, "tanggul")[0]
    assert "[tanggul]" in hit.snippet and "dibangun" in hit.snippet
    marked = search(db, "tanggul", highlight=("<b>", "</b>"))[0]
    assert "<b>tanggul</b>" in marked.snippet


def test_search_works_on_a_read_only_connection(db, module_db_path):
    conn = archive.open_reader(module_db_path)
    assert ids(search(conn, "aman")) == [2, 1]
    assert archive.get_article(conn, 2).title == "Desa Aman dari Banjir Bandang"
    conn.close()


# ------------------------------------------------------------------------------------------ versions


def test_all_versions_finds_text_of_superseded_versions(db_path):
    db = archive.open_db(db_path)
    spec = dict(ARTICLES[2])
    archive.store_article(db, _article(spec))
    spec.update(
        title="Tersangka Dilepas", body="Kejaksaan melepas tersangka setelah masa penahanan berakhir."
    )
    edited = _article(spec)
    edited.capture.content = b"<html>edited</html>"
    assert archive.store_article(db, edited).version == 2
    assert ids(search(db, "korupsi")) == []
    hits = search(db, "korupsi", all_versions=True)
    assert [(h.id, h.version, h.is_current) for h in hits] == [(1, 1, False)]
    assert "[korupsi]" in hits[0].snippet
    assert count_hits(db, "korupsi", all_versions=True) == 1
    both = search(db, "tersangka", all_versions=True)
    assert sorted((h.version, h.is_current) for h in both) == [(1, False), (2, True)]
    db.close()


@pytest.mark.sqlite_only
def test_build_search_sql_is_one_statement_sqlite_can_run(db):
    sql, params = search_mod.build_search_sql("aman", site="blora.example.id", since="2026-01-01")
    assert sql.count(";") == 0
    search_mod.register_functions(db)
    rows = db.conn.execute(sql, params).fetchall()
    assert [r[0] for r in rows] == [2]
