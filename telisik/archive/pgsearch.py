"""Full-text search on PostgreSQL: the index behind `search` when the archive is a `postgresql://` database.

The same query language and the same hits as the SQLite archive's FTS5 indexes (`fulltext`), so the index is
built by telisik, not by PostgreSQL's text-search configurations:

- words are tokenized and folded in Python exactly as the SQLite path does (`stemmer.tokenize`: case and
  accents never matter, split on everything but letters and digits), and stored as a `tsvector` literal
  (weights: title A, body and lead B, authors C; positions, with a gap between columns so a phrase never spans
  two). The lead (the standfirst a page shows apart from its body) weighs as the body, as on SQLite.
  PostgreSQL's own parser would split words differently and its `indonesian` snowball configuration
  over-stems (berita -> ita), so neither is used: queries are `tsquery` literals too, never `to_tsquery`.
- `article_search` holds, per current article, the exact words (`words`), those of the title and authors
  alone (`head`, at the same positions), the stems of an Indonesian article's title, lead and body (`stems`,
  NULL for other languages: `telisik.archive.stemmer`), its folded authors (for --author) and the columns
  --site/--since/--until read (`site`, `published`, `published_utc`: filtering needs no join to the wide
  article rows); `version_search` the exact words of superseded versions (`--all-versions`). GIN indexes
  on the vectors; rows cascade away with their article or version.
- Maintained from Python at write time: `stemindex` calls `index_article`/`unindex_article` on every write
  of an article's text, and `index_versions` for versions stored with their text. `ensure_search_schema`
  (inside `pgschema.ensure_pg_shape`'s transaction) creates the tables and rebuilds the index when
  `INDEX_VERSION` or the stemmer changes; `reindex` rebuilds it on demand (rows copied in by plain SQL).
- Queries: a term is a lexeme (`'banjir'`), a phrase (`'banjir' <-> 'bandang'`) or a prefix (`'bupat':*`),
  terms are ANDed. Ranking (lower score first, as bm25's on SQLite): exact hits before stemmed-only ones;
  within each, the more query terms the title or authors hold the better (`HEAD_BONUS`), then `ts_rank`
  with the title weighted 10x the body and the authors 5x (bm25's weights on SQLite). A page is filled
  step by step (whole query in the head, part of it, the body only, then stems), so a common word's page
  is ranked from its few title matches instead of every article that mentions it.
- Snippets are cut in Python from the page's rows (`fulltext.stemmed_snippet`).

Phrases cost more here than on SQLite, by design of GIN: the index holds which rows have a word, not where,
so a phrase (`'harga' <-> 'beras'`) finds every row holding all its words and rechecks each against its
`words` vector, which is TOASTed (~3.5 KB a row): fetching it is ~5 of the ~6 µs a candidate costs. On the
200k-article benchmark archive (`benchmarks/search.py`): `"rumah sakit"` 247 candidates, 0 hits, 11.9 ms vs
0.4 ms on SQLite; `"harga beras"` 1,194 candidates, 2 hits, 28.5 vs 6.4 ms; `"kapal nelayan"` 4,411
candidates, 18 hits, 36.9 vs 6.8 ms (FTS5 keeps positions in its index). Measured and not adopted: a
`pairs` vector of each column's adjacent word pairs (no positions) with its own GIN index, as a prefilter
ANDed before the recheck (results unchanged: a phrase's pairs are a necessary condition), cut those
phrases' match step to 1.5-8 ms, but its GIN index was 364 MB beside the words' 104 MB, the column 6.1 KB
a row beside 3.6, and it needs a full rebuild (a new index version) of every archive; keeping `words`
inline (no TOAST) rechecks 2.5x faster but makes every common-word query read a page per hit.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from telisik.archive import stemmer
from telisik.archive.rows import json_list
from telisik.archive.sql import get_meta, raw_connection, select_all, set_meta, table_exists
from telisik.cleantext import fold

if TYPE_CHECKING:
    from telisik.archive.fulltext import Term
    from telisik.archive.sql import Archive, Reader

INDEX_VERSION = "pg-search-4"  # 2: `head`; 3: the columns the filters read; 4: the lead (schema 9)
LEAD_LESS_VERSION = "pg-search-3"  # the index before the lead: only articles with a lead need indexing again
INDEX_META = "search_index"

# ts_rank's weights are {D, C, B, A}: authors (C) 5x and title (A) 10x the body (B), as bm25's on SQLite.
EXACT_WEIGHTS = "'{0.0, 0.5, 0.1, 1.0}'"
STEM_WEIGHTS = "'{0.0, 0.0, 0.1, 1.0}'"
RANK_NORMALIZATION = 1  # divide by 1 + log(length): long articles do not win by length alone (as bm25)

# PostgreSQL's limits for a tsvector: a lexeme of at most 2047 bytes, positions up to 16383, 256 positions
# per lexeme, 1 MB in all. A longer word is indexed (and searched) as its beginning and a digest of the
# whole (`_lexeme`); positions past the limit are dropped (the word is still found, a phrase there not).
MAX_LEXEME_BYTES = 2046
LONG_WORD_KEEP = 200  # characters of a too-long word kept before its digest (a prefix search finds it)
MAX_POSITION = 16383
MAX_POSITIONS_PER_LEXEME = 256
MAX_VECTOR_CHARS = 250_000  # characters of the literal: under 1 MB even for 4-byte letters

SEARCH_DDL = (
    "CREATE TABLE IF NOT EXISTS article_search ("
    " id BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
    " words TSVECTOR NOT NULL,"
    " stems TSVECTOR,"
    " authors TEXT NOT NULL DEFAULT '')",
    "ALTER TABLE article_search ADD COLUMN IF NOT EXISTS head TSVECTOR",
    # What --site/--since/--until read, copied from the article (written with its text, as they are):
    # filtering the matches needs no join to the wide article rows.
    "ALTER TABLE article_search ADD COLUMN IF NOT EXISTS site TEXT",
    "ALTER TABLE article_search ADD COLUMN IF NOT EXISTS published TEXT",
    "ALTER TABLE article_search ADD COLUMN IF NOT EXISTS published_utc TEXT",
    "CREATE INDEX IF NOT EXISTS idx_article_search_words ON article_search USING GIN (words)",
    "CREATE INDEX IF NOT EXISTS idx_article_search_head ON article_search USING GIN (head)",
    "CREATE INDEX IF NOT EXISTS idx_article_search_stems ON article_search USING GIN (stems)",
    "CREATE TABLE IF NOT EXISTS version_search ("
    " id BIGINT PRIMARY KEY REFERENCES article_versions(id) ON DELETE CASCADE,"
    " words TSVECTOR NOT NULL,"
    " authors TEXT NOT NULL DEFAULT '',"
    " fingerprint TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS idx_version_search_words ON version_search USING GIN (words)",
)
SEARCH_INDEXES = tuple(sql for sql in SEARCH_DDL if sql.startswith("CREATE INDEX"))


def _index_state(version: str = INDEX_VERSION) -> str:
    return f"{version}/{stemmer.STEMMER_VERSION}"


# ------------------------------------------------------------------------------------------------- schema


def search_schema_ready(db: Reader) -> bool:
    return get_meta(db, INDEX_META) == _index_state()


def ensure_search_schema(db: Archive) -> None:
    """Create the full-text index's tables if missing (inside `ensure_pg_shape`'s transaction), and
    (re)build the index when it was made by another index version or stemmer."""
    conn = raw_connection(db)
    existed = table_exists(db, "article_search")
    for sql in SEARCH_DDL:
        conn.execute(sql)
    state = get_meta(db, INDEX_META) if existed else None
    if state == _index_state():
        return
    if state == _index_state(LEAD_LESS_VERSION):
        index_leads(db)
        return
    reindex(db)


def index_leads(db: Archive) -> None:
    """Schema < 9: index again the articles and superseded versions that have a lead (the index held their
    title, body and authors only); every other row's entry is what it would be now. Idempotent."""
    last_id = 0
    while True:
        rows = select_all(
            db,
            f"SELECT {_ARTICLE_TEXT} FROM articles WHERE id > ? AND lead IS NOT NULL AND lead <> '' "
            "ORDER BY id LIMIT 1000",
            (last_id,),
        )
        if not rows:
            break
        raw_connection(db).executemany(_UPSERT_ARTICLE, [_article_entry(row["id"], row) for row in rows])
        last_id = rows[-1]["id"]
    # a version row's fingerprint now covers its lead: the versions with one no longer match theirs
    _index_versions_where(db, "v.lead IS NOT NULL AND ", ())
    set_meta(db, INDEX_META, _index_state())


def reindex(db: Archive) -> None:
    """Rebuild the whole index from `articles` and `article_versions` (call inside a transaction)."""
    conn = raw_connection(db)
    conn.execute("TRUNCATE article_search, version_search")
    # A GIN index built once over all rows is many times faster than one grown row by row.
    for sql in SEARCH_INDEXES:
        conn.execute(f"DROP INDEX IF EXISTS {sql.split()[5]}")
    last_id = 0
    while True:
        rows = select_all(
            db, f"SELECT {_ARTICLE_TEXT} FROM articles WHERE id > ? ORDER BY id LIMIT 1000", (last_id,)
        )
        if not rows:
            break
        conn.executemany(_UPSERT_ARTICLE, [_article_entry(row["id"], row) for row in rows])
        last_id = rows[-1]["id"]
    _index_versions_where(db, "", ())
    for sql in SEARCH_INDEXES:
        conn.execute(sql)
    set_meta(db, INDEX_META, _index_state())


# ----------------------------------------------------------------------------------------------- indexing

# What an article's index entry is made of.
_ARTICLE_TEXT = "id, language, title, body, authors, lead, site, published, published_utc"

_UPSERT_ARTICLE = (
    "INSERT INTO article_search (id, words, head, stems, authors, site, published, published_utc) "
    "VALUES (?, ?::tsvector, ?::tsvector, ?::tsvector, ?, ?, ?, ?) "
    "ON CONFLICT (id) DO UPDATE SET words = excluded.words, head = excluded.head, stems = excluded.stems, "
    "authors = excluded.authors, site = excluded.site, published = excluded.published, "
    "published_utc = excluded.published_utc"
)
_UPSERT_VERSION = (
    "INSERT INTO version_search (id, words, authors, fingerprint) VALUES (?, ?::tsvector, ?, ?) "
    "ON CONFLICT (id) DO UPDATE SET words = excluded.words, authors = excluded.authors, "
    "fingerprint = excluded.fingerprint"
)


def index_article(db: Archive, article_id: int, row: dict[str, Any]) -> None:
    """(Re)index an article's current title, body, lead and authors (called on every write of them), and any of
    its superseded versions whose text is not indexed yet."""
    raw_connection(db).execute(_UPSERT_ARTICLE, _article_entry(article_id, row))
    index_versions(db, article_id)


def index_articles(db: Archive, rows: list[dict[str, Any]]) -> None:
    """`index_article` for many articles at once (a bulk load: `telisik copy`): their entries in one batch of
    statements (psycopg pipelines them: no round trip per article), their superseded versions in one pass."""
    if not rows:
        return
    raw_connection(db).executemany(_UPSERT_ARTICLE, [_article_entry(row["id"], row) for row in rows])
    _index_versions_where(db, "v.article_id = ANY(?) AND ", ([row["id"] for row in rows],))


def unindex_article(db: Archive, article_id: int) -> None:
    """Drop an article's index entry (before a rewrite, or when it is deleted)."""
    raw_connection(db).execute("DELETE FROM article_search WHERE id = ?", (article_id,))


def index_versions(db: Archive, article_id: int) -> None:
    """Index the superseded versions of an article that hold text not indexed yet (a version's text is
    written when a newer version supersedes it, or when an older capture is stored late)."""
    _index_versions_where(db, "v.article_id = ? AND ", (article_id,))


def _index_versions_where(db: Archive, where: str, params: tuple) -> None:
    """Index the version rows (`where` narrows them) holding text not indexed yet, a batch at a time."""
    last_id = 0
    while True:
        rows = select_all(
            db,
            "SELECT v.id, v.title, v.body, v.authors, v.lead FROM article_versions v "
            "LEFT JOIN version_search s ON s.id = v.id "
            f"WHERE {where}v.id > ? AND (v.title IS NOT NULL OR v.body IS NOT NULL OR v.authors IS NOT NULL "
            "OR v.lead IS NOT NULL) "
            "AND (s.id IS NULL OR s.fingerprint <> md5(concat_ws(chr(1), v.title, v.body, v.authors, v.lead))) "
            "ORDER BY v.id LIMIT 1000",
            (*params, last_id),
        )
        if not rows:
            return
        raw_connection(db).executemany(_UPSERT_VERSION, [_version_entry(row) for row in rows])
        last_id = rows[-1]["id"]


def _version_entry(row: dict[str, Any]) -> tuple[int, str, str, str]:
    # the fingerprint is md5(concat_ws(chr(1), title, body, authors, lead)) as the server computes it (NULLs
    # left out: a version without a lead keeps the fingerprint it had before the lead was indexed)
    text = "\x01".join(row[k] for k in ("title", "body", "authors", "lead") if row[k] is not None)
    fingerprint = hashlib.md5(text.encode("utf-8")).hexdigest()
    return row["id"], vector(_columns(row)), _folded_authors(row.get("authors")), fingerprint


def _article_entry(article_id: int, row: dict[str, Any]) -> tuple[Any, ...]:
    stems = None
    if stemmer.applies_to(row.get("language"), row.get("title"), row.get("body")):
        stems = vector(
            [
                (stemmer.stem_text(row.get("title") or "").split(), "A"),
                *_lead_column(row, lambda text: stemmer.stem_text(text).split()),
                (stemmer.stem_text(row.get("body") or "").split(), "B"),
            ]
        )
    columns = _columns(row)
    # `head`: the title and authors alone, at the same positions (see `HEAD_BONUS`)
    return (
        article_id,
        vector(columns),
        vector(columns[:2]),
        stems,
        _folded_authors(row.get("authors")),
        *(row.get(name) for name in ("site", "published", "published_utc")),
    )


def _columns(row: dict[str, Any]) -> list[tuple[list[str], str]]:
    # Title, authors, lead, then the body (longest last: positions past the limit cost only the body's tail).
    return [
        (stemmer.tokenize(row.get("title") or ""), "A"),
        (stemmer.tokenize(_authors_text(row.get("authors"))), "C"),
        *_lead_column(row, stemmer.tokenize),
        (stemmer.tokenize(row.get("body") or ""), "B"),
    ]


def _lead_column(row: dict[str, Any], words: Callable[[str], list[str]]) -> list[tuple[list[str], str]]:
    """The lead's `words` (its tokens or its stems), weighted as the body; no column at all
    without a lead, so that such a row's vector is the one it had before the lead was indexed."""
    lead = row.get("lead")
    return [(words(lead), "B")] if lead else []


def _authors_text(authors: Any) -> str:
    # FTS5 indexes the column as stored (a JSON list): its words are the authors' names.
    if authors is None or isinstance(authors, str):
        return authors or ""
    return " ".join(str(name) for name in authors)


def _folded_authors(authors: Any) -> str:
    """The authors, folded, one a line: what --author matches (a pattern never holds a line break)."""
    names = json_list(authors) if isinstance(authors, str) or authors is None else list(authors)
    return "\n".join(fold(str(name)) for name in names)


def vector(columns: Iterable[tuple[list[str], str]]) -> str:
    """A tsvector literal of the columns' tokens with positions and weights; a one-position gap between
    columns keeps a phrase inside one column, as FTS5 does."""
    positions: dict[str, list[str]] = {}
    position = 0
    size = 0
    for tokens, weight in columns:
        position += 1
        for token in tokens:
            position += 1
            token = _lexeme(token)
            entries = positions.get(token)
            if entries is None:
                size += len(token) + 4
                if size > MAX_VECTOR_CHARS:
                    continue
                entries = positions[token] = []
            if position <= MAX_POSITION and len(entries) < MAX_POSITIONS_PER_LEXEME:
                entries.append(f"{position}{weight}")
    return " ".join(
        _quoted(token) + (":" + ",".join(entries) if entries else "") for token, entries in positions.items()
    )


def _lexeme(token: str) -> str:
    """The token as the index holds it: itself, or for a word longer than a lexeme may be, its beginning
    and a digest of the whole (the same in the index and in a query)."""
    if len(token) * 4 <= MAX_LEXEME_BYTES or len(token.encode("utf-8")) <= MAX_LEXEME_BYTES:
        return token
    return token[:LONG_WORD_KEEP] + "#" + hashlib.md5(token.encode("utf-8")).hexdigest()


def _quoted(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


# ------------------------------------------------------------------------------------------------ queries

# Ranking: the more of the query's terms a hit holds in its title or authors, the higher it ranks; then by
# ts_rank. With bm25's 10x title weight SQLite ranks so nearly always; here it is the rule, and it lets a
# page of hits for common words be ranked from their title matches alone (found by the small `head` index)
# instead of scoring every article that mentions them in passing.
HEAD_BONUS = 10.0


def tsquery(terms: list[Term], weights: str = "") -> str:
    """The exact-match tsquery of the terms: every term; a phrase's words in order; a prefix with `:*`;
    with `weights` (e.g. "AC": title and authors) only words at positions of those weights match."""
    return " & ".join(_term_query(term, weights) for term in terms)


def _term_query(term: Term, weights: str = "") -> str:
    parts = [_quoted(_lexeme(token)) for token in term.tokens]
    parts = [part + (":" + weights if weights else "") for part in parts]
    if term.prefix:
        parts[-1] = _quoted(_lexeme(term.tokens[-1])) + ":*" + weights
    return "(" + " <-> ".join(parts) + ")"


def stem_tsquery(terms: list[Term], weights: str = "") -> tuple[str, str | None] | None:
    """(the stems' tsquery, the exact tsquery of the other terms or None); None when nothing is stemmable."""
    words = [t for t in terms if t.stemmable]
    if not words:
        return None
    stems = [_lexeme(stemmer.stem_word(t.tokens[0])) for t in words]
    others = [t for t in terms if not t.stemmable]
    stem_query = " & ".join(_quoted(stem) + (":" + weights if weights else "") for stem in stems)
    return stem_query, (tsquery(others) if others else None)


def author_clause(alias: str) -> str:
    """--author on PostgreSQL: the index's folded authors (no fold function in the server) of `alias`,
    an articles row (`a`, ...) or, for `v`, a version row."""
    table = "version_search" if alias == "v" else "article_search"
    return f"EXISTS (SELECT 1 FROM {table} x WHERE x.id = {alias}.id AND x.authors LIKE ?)"


def author_pattern(author: str) -> str:
    # The same pattern as SQLite's, with PostgreSQL's LIKE escape character (a backslash) made literal.
    name = fold(author.strip()).replace("%", "").replace("_", "").replace("\n", " ")
    return "%" + name.replace("\\", "\\\\") + "%"


_NOT_PAGES = "s.id NOT IN (SELECT id FROM articles WHERE kind <> 'article')"
_COLUMNS = "a.id, a.url, a.title, a.site, a.authors, a.published, a.language, a.version"
# ts_rank is single precision: cast once, so every path (relevance, newest, oldest) reports the same score.
_EXACT_RANK = f"ts_rank({EXACT_WEIGHTS}, s.words, ?::tsquery, {RANK_NORMALIZATION})::float8"
_STEM_RANK = f"ts_rank({STEM_WEIGHTS}, s.stems, ?::tsquery, {RANK_NORMALIZATION})::float8"


def _branch(
    filters: Any, match: str, params: list[Any], score: str | None = None, score_params: tuple = ()
) -> tuple[str, list[Any]]:
    """SELECT id[, score] FROM the index WHERE `match` (its parameters: `params`) and the filters.

    Scored: the matches are found and filtered first (`OFFSET 0` keeps that subquery whole), then scored,
    so that a filter (a site, dates) spares the scoring of the matches it leaves out; left to itself the
    planner may score every match to read them best first, and filter afterwards."""
    where = [match]
    if not filters.include_pages:
        where.append(_NOT_PAGES)
    where.extend(filters.clauses)  # on `s`: the index rows carry the columns filters read
    conditions = " AND ".join(where)
    if not score:
        return f"SELECT s.id FROM article_search s WHERE {conditions}", [*params, *filters.params]
    sql = (
        f"SELECT s.id, {score} AS score FROM (SELECT s.id, s.words, s.head, s.stems "
        f"FROM article_search s WHERE {conditions} OFFSET 0) s"
    )
    return sql, [*score_params, *params, *filters.params]


def _head_count(column: str, queries: list[str]) -> str:
    """SQL counting how many of the queries match `column` (each a `?` parameter)."""
    return "(" + " + ".join(f"coalesce({column} @@ ?::tsquery, false)::int" for _ in queries) + ")"


def _stem_match(terms: list[Term]) -> tuple[str, list[Any]] | None:
    """Stemmed matches that are not exact ones (phrases and prefixes of the query still match exactly)."""
    stem = stem_tsquery(terms)
    if stem is None:
        return None
    stems, others = stem
    match = "s.stems @@ ?::tsquery AND NOT s.words @@ ?::tsquery"
    params: list[Any] = [stems, tsquery(terms)]
    if others:
        match += " AND s.words @@ ?::tsquery"
        params.append(others)
    return match, params


def match_ids_sql(terms: list[Term], filters: Any, *, stemmed: bool) -> tuple[str, list[Any]]:
    """SELECT id of every current article matching (exact or stemmed, the filters applied)."""
    exact_sql, params = _branch(filters, "s.words @@ ?::tsquery", [tsquery(terms)])
    stem = _stem_match(terms) if stemmed else None
    if stem is None:
        return exact_sql, params
    stem_sql, stem_params = _branch(filters, *stem)
    return f"{exact_sql} UNION ALL {stem_sql}", [*params, *stem_params]


def relevance_rows(
    db: Reader, terms: list[Term], filters: Any, *, stemmed: bool, wanted: int
) -> list[dict[str, Any]]:
    """The first `wanted` hits by relevance: exact hits with the whole query in their title or authors,
    then those with some of its terms there, then the other exact hits, then stemmed-only ones; each step
    runs only when the page is not full yet."""
    query = tsquery(terms)
    each = [tsquery([term]) for term in terms]
    any_term = " | ".join(each)
    steps: list[tuple[str, list[Any], str, list[Any], int]] = [
        ("s.head @@ ?::tsquery", [query], f"-({HEAD_BONUS * len(terms)} + {_EXACT_RANK})", [query], 0)
    ]
    if len(terms) > 1:
        steps.append(
            (
                "s.head @@ ?::tsquery AND s.words @@ ?::tsquery AND NOT s.head @@ ?::tsquery",
                [any_term, query, query],
                f"-({HEAD_BONUS} * {_head_count('s.head', each)} + {_EXACT_RANK})",
                [*each, query],
                0,
            )
        )
    steps.append(
        (
            "s.words @@ ?::tsquery AND NOT coalesce(s.head @@ ?::tsquery, false)",
            [query, any_term],
            f"-{_EXACT_RANK}",
            [query],
            0,
        )
    )
    stem = _stem_match(terms) if stemmed else None
    if stem is not None:
        score, score_params = _stem_score(terms)
        steps.append((stem[0], stem[1], score, score_params, 1))
    rows: list[dict[str, Any]] = []
    for match, params, score, score_params, tier in steps:
        if len(rows) >= wanted:
            break
        sql, all_params = _branch(filters, match, params, score, tuple(score_params))
        rows += _page(db, sql, all_params, tier, wanted - len(rows))
    return rows


def _exact_score(terms: list[Term], column: str = "s.head", words: str = "s.words") -> tuple[str, list[Any]]:
    """An exact hit's score (lower ranks first) and its parameters: HEAD_BONUS per term in the title or
    authors (`column`: the head vector, or the words vector with title/author weights), then ts_rank."""
    weights = "" if column == "s.head" else "AC"
    each = [tsquery([term], weights) for term in terms]
    rank = f"ts_rank({EXACT_WEIGHTS}, {words}, ?::tsquery, {RANK_NORMALIZATION})::float8"
    return f"-({HEAD_BONUS} * {_head_count(column, each)} + {rank})", [*each, tsquery(terms)]


def _stem_score(terms: list[Term]) -> tuple[str, list[Any]]:
    """A stemmed-only hit's score: HEAD_BONUS per stem in the title, then ts_rank of the stems."""
    stem = stem_tsquery(terms)
    assert stem is not None
    each = [stem_tsquery([term], "A") for term in terms if term.stemmable]
    heads = [queries[0] for queries in each if queries]
    return f"-({HEAD_BONUS} * {_head_count('s.stems', heads)} + {_STEM_RANK})", [*heads, stem[0]]


def _page(db: Reader, branch_sql: str, params: list[Any], tier: int, limit: int) -> list[dict[str, Any]]:
    sql = (
        f"SELECT {_COLUMNS}, {tier} AS tier, h.score AS score FROM ({branch_sql} ORDER BY score, s.id LIMIT ?) h "
        "JOIN articles a ON a.id = h.id ORDER BY h.score, h.id"
    )
    return select_all(db, sql, [*params, limit])


def date_rows(
    db: Reader, terms: list[Term], filters: Any, *, sort: str, stemmed: bool, wanted: int
) -> list[dict[str, Any]]:
    """The first `wanted` hits by publication date (undated last), each marked exact (tier 0) or stemmed
    (tier 1) with the relevance score `--sort relevance` ranks it by."""
    ids_sql, params = match_ids_sql(terms, filters, stemmed=stemmed)
    exact = tsquery(terms)
    direction = "DESC" if sort == "newest" else "ASC"
    order = f'f.published_utc IS NULL, f.published_utc COLLATE "C" {direction}, f.id {direction}'
    exact_score, score_params = _exact_score(terms)
    stem_score = "0.0"
    if stemmed and stem_tsquery(terms):
        stem_score, stem_params = _stem_score(terms)
        score_params += stem_params
    sql = (
        f"WITH hits AS ({ids_sql}), ranked AS (SELECT f.id, f.published_utc FROM articles f "
        f"WHERE f.id IN (SELECT id FROM hits) ORDER BY {order} LIMIT ?) "
        f"SELECT {_COLUMNS}, CASE WHEN s.words @@ ?::tsquery THEN 0 ELSE 1 END AS tier, "
        f"CASE WHEN s.words @@ ?::tsquery THEN {exact_score} ELSE {stem_score} END AS score "
        "FROM ranked f JOIN articles a ON a.id = f.id JOIN article_search s ON s.id = f.id "
        f"ORDER BY {order}"
    )
    return select_all(db, sql, [*params, wanted, exact, exact, *score_params])


def old_versions_sql(terms: list[Term], clauses: list[str], params: list[Any]) -> tuple[str, list[Any]]:
    """Superseded versions matching the exact words (the filters on their own fields, alias `v`), scored
    as current articles are."""
    where = "".join(f" AND {c}" for c in clauses)
    score, score_params = _exact_score(terms, column="vs.words", words="vs.words")
    sql = (
        "SELECT v.article_id AS id, a.url, v.title, v.site, v.authors, v.published, v.published_utc, "
        f"v.language, v.version, 0 AS tier, {score} AS score, "
        "v.id AS version_row FROM version_search vs JOIN article_versions v ON v.id = vs.id "
        f"JOIN articles a ON a.id = v.article_id WHERE vs.words @@ ?::tsquery{where}"
    )
    return sql, [*score_params, tsquery(terms), *params]


# ----------------------------------------------------------------------------------------------- snippets


def texts_of(db: Reader, table: str, ids: list[int]) -> dict[int, tuple[str, str, str, str]]:
    """(title, body, authors, lead) of the given rows of `articles` or `article_versions`."""
    if not ids:
        return {}
    marks = ",".join("?" for _ in ids)
    rows = raw_connection(db).execute(
        f"SELECT id, title, body, authors, lead FROM {table} WHERE id IN ({marks})", ids
    )
    return {row[0]: (row[1] or "", row[2] or "", row[3] or "", row[4] or "") for row in rows.fetchall()}
