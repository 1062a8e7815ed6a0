"""Full-text search over the archive: query parsing, ranking, filters and snippets.

Query syntax (what `telisik search --help` documents):

- `banjir cepu` — articles containing every word (order and case do not matter, nor accents).
- `"banjir bandang"` — the exact phrase (quoted phrases are never stemmed).
- `bupat*` — words starting with `bupat`.
- Anything else is text: `AND`, `OR`, `NOT`, `-`, `:`, `(`, `C++` are searched as the words they contain; a
  stray `"` is ignored. A word joined by punctuation (`covid-19`, `a:b`) is searched as a phrase.

Matching: each plain word matches exactly, or — in Indonesian articles — by its stem (`aman` finds
`keamanan`, `diamankan`; `tahanan` finds `penahanan`). Exact matches always rank above stemmed-only ones;
within each group the ranking is bm25 with the title weighted 10x the body (authors 5x); the lead (the
standfirst a page shows apart from its body) weighs as the body: whether a site prints its first sentence
apart or as the body's first paragraph is layout, and must not move an article up or down.

Implementation: two FTS5 indexes, `articles_fts` (exact words, content=articles) and `articles_stem_fts`
(stems only, contentless), combined in one SQL statement; the page of hits is ranked first and only the
page's rows are read from `articles`. Snippets come from FTS5's `snippet()` for exact hits, and from a
small Python scan of the body for stemmed hits (a contentless index cannot make snippets).

On a PostgreSQL archive the same parse tree is searched in `pgsearch`'s index (tsvectors built by telisik's
tokenizer and stemmer): the same hits, exact ones first; the snippets there all come from the Python scan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from telisik.archive import stemmer
from telisik.archive.queries import date_filter_sql, site_filter_sql
from telisik.archive.rows import json_list
from telisik.archive.sql import is_postgres, raw_connection
from telisik.cleantext import fold
from telisik.times import parse_iso, utc_iso

if TYPE_CHECKING:
    from telisik.archive.sql import Reader as Database

__all__ = [
    "SearchHit",
    "QueryError",
    "Term",
    "parse_query",
    "search",
    "count_hits",
    "build_search_sql",
    "filter_sql",
    "match_ids_sql",
    "register_functions",
    "SORTS",
    "HIGHLIGHT",
]

SORTS = ("relevance", "newest", "oldest")
HIGHLIGHT = ("[", "]")  # default markers around matched words in snippets
ELLIPSIS = "…"
SNIPPET_TOKENS = 16
# bm25 column weights: title, body, authors, lead (as the body); the stem index: title, lead and body
EXACT_WEIGHTS = "10.0, 1.0, 5.0, 1.0"
STEM_WEIGHTS = "10.0, 1.0"


class QueryError(ValueError):
    """The query cannot be searched (e.g. nothing but punctuation); `reason` is one line for the user."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass
class Term:
    """One search term: a word, a phrase (several tokens in order) or a prefix; tokens are folded."""

    tokens: list[str]
    phrase: bool = False  # quoted by the user, or several tokens joined by punctuation
    prefix: bool = False

    @property
    def stemmable(self) -> bool:
        return not self.phrase and not self.prefix and len(self.tokens) == 1

    def fts(self) -> str:
        # Tokens are letters/digits only, so wrapping them in double quotes can never break the FTS5 syntax.
        return '"' + " ".join(self.tokens) + '"' + ("*" if self.prefix else "")


@dataclass
class SearchHit:
    id: int
    url: str
    title: str | None
    site: str | None
    authors: list[str]
    published: str | None
    snippet: str
    score: float
    match: str  # "exact" | "stemmed"
    version: int
    is_current: bool = True
    language: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if k != "extra"}
        data.update(self.extra)
        return data


# --------------------------------------------------------------------------------------------- parsing

_QUOTED = re.compile(r'"([^"]*)"(\*?)')


def parse_query(text: str) -> list[Term]:
    """Split a user query into terms. Raises QueryError when nothing searchable is left."""
    terms: list[Term] = []
    position = 0
    pieces: list[tuple[str, bool, bool]] = []  # (text, quoted, prefix)
    for match in _QUOTED.finditer(text or ""):
        pieces.append((text[position : match.start()], False, False))
        pieces.append((match.group(1), True, bool(match.group(2))))
        position = match.end()
    pieces.append(((text or "")[position:].replace('"', " "), False, False))
    for piece, quoted, prefix in pieces:
        if quoted:
            tokens = stemmer.tokenize(piece)
            if tokens:
                terms.append(Term(tokens, phrase=True, prefix=prefix))
            continue
        for chunk in piece.split():
            tokens = stemmer.tokenize(chunk)
            if not tokens:
                continue
            terms.append(Term(tokens, phrase=len(tokens) > 1, prefix=chunk.endswith("*")))
    if not terms:
        raise QueryError("nothing to search for: the query has no letters or digits")
    return terms


def exact_expression(terms: list[Term]) -> str:
    return " AND ".join(term.fts() for term in terms)


def stem_expression(terms: list[Term]) -> tuple[str, str | None] | None:
    """(stemmed words expression, exact-only expression or None); None when no term can be stemmed."""
    words = [t for t in terms if t.stemmable]
    if not words:
        return None
    stemmed = " AND ".join('"' + stemmer.stem_word(t.tokens[0]) + '"' for t in words)
    others = [t for t in terms if not t.stemmable]
    return stemmed, (exact_expression(others) if others else None)


# ----------------------------------------------------------------------------------------------- SQL


def _filters(
    site, author, since, until, alias: str = "a", removed: bool | None = None, postgres: bool = False
) -> tuple[list[str], list[Any]]:
    clauses, params = date_filter_sql(since, until, table=alias)
    if removed is not None:  # True: only articles recorded as removed from their site, False: only the others
        # (the few removed rows looked up once; `a` is joined wherever filters apply to a version row `v`)
        article = "a" if alias == "v" else alias
        clauses.append(
            f"{article}.id {'IN' if removed else 'NOT IN'} "
            "(SELECT id FROM articles WHERE removed_since IS NOT NULL)"
        )
    site_clauses, site_params = site_filter_sql(site, alias)
    clauses += site_clauses
    params += site_params
    if author and postgres:  # no fold function in the server: the index keeps the folded authors
        from telisik.archive import pgsearch

        clauses.append(pgsearch.author_clause(alias))
        params.append(pgsearch.author_pattern(author))
    elif author:
        clauses.append(
            f"EXISTS (SELECT 1 FROM json_each({alias}.authors) WHERE telisik_fold(json_each.value) LIKE ?)"
        )
        params.append("%" + fold(author.strip()).replace("%", "").replace("_", "") + "%")
    return clauses, params


_COLUMNS = "a.id, a.url, a.title, a.site, a.authors, a.published, a.language, a.version"


@dataclass
class _Filters:
    clauses: list[str]
    params: list[Any]
    include_pages: bool = False  # also rows kept on purpose that are not articles (`fetch --any-page`)


# The few rows that are not articles, from their partial index (idx_articles_pages): one small lookup.
_NOT_PAGES = "{table}.rowid NOT IN (SELECT id FROM articles WHERE kind <> 'article')"


def _branch(
    table: str,
    weights: str,
    match: str,
    filters: _Filters,
    *,
    exact_only: str | None = None,
    exclude_ids: tuple[int, ...] = (),
    exclude_match: str | None = None,
    with_score: bool = True,
) -> tuple[str, list[Any]]:
    """SELECT id[, score] of one FTS index's matches, filters applied inside so SQLite can start from a
    selective filter (a site, a date range) instead of scoring every match first."""
    where = [f"{table} MATCH ?"]
    params: list[Any] = [match]
    if exact_only:  # phrases and prefixes of a stemmed query still have to match exactly
        where.append(f"{table}.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
        params.append(exact_only)
    if exclude_ids:  # the exact hits already listed, when few: cheaper than matching them again
        where.append(f"{table}.rowid NOT IN ({','.join('?' for _ in exclude_ids)})")
        params.extend(exclude_ids)
    elif exclude_match:  # many: a subquery (no limit on SQL variables)
        where.append(f"{table}.rowid NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
        params.append(exclude_match)
    join = (
        f" JOIN articles a INDEXED BY idx_articles_facets ON a.id = {table}.rowid" if filters.clauses else ""
    )
    if not filters.include_pages:
        where.append(_NOT_PAGES.format(table=table))
    where.extend(filters.clauses)
    params.extend(filters.params)
    score = f", bm25({table}, {weights}) AS score" if with_score else ""
    return f"SELECT {table}.rowid AS id{score} FROM {table}{join} WHERE " + " AND ".join(where), params


def _branches(terms: list[Term], filters: _Filters, *, stemmed: bool, with_score: bool = True):
    """(exact branch, stemmed branch or None)."""
    exact = _branch("articles_fts", EXACT_WEIGHTS, exact_expression(terms), filters, with_score=with_score)
    stem = stem_expression(terms) if stemmed else None
    if stem is None:
        return exact, None
    stem_match, exact_only = stem
    return exact, _branch(
        "articles_stem_fts", STEM_WEIGHTS, stem_match, filters, exact_only=exact_only, with_score=with_score
    )


def build_search_sql(
    query: str,
    *,
    site=None,
    author=None,
    since=None,
    until=None,
    limit: int = 20,
    offset: int = 0,
    sort: str = "relevance",
    stemmed: bool = True,
    removed: bool | None = None,
    include_pages: bool = False,
) -> tuple[str, list[Any]]:
    """One SQL statement for a page of current-version hits.

    Relevance: exact hits (bm25) before stemmed-only ones; `search` runs the same two branches one after
    other instead, so that the stemmed branch is skipped when exact hits fill the page. Newest/oldest: the
    union of both branches' ids (no scoring), sorted by date on the facets index; `tier` is NULL there
    (`search` marks the page's exact hits afterwards).
    """
    if sort not in SORTS:
        raise QueryError(f"unknown sort {sort!r}: use one of {', '.join(SORTS)}")
    terms = parse_query(query)
    filters = _Filters(*_filters(site, author, since, until, removed=removed), include_pages=include_pages)
    by_date = sort != "relevance"
    (exact_sql, exact_params), stem = _branches(terms, filters, stemmed=stemmed, with_score=not by_date)
    params = list(exact_params)
    if by_date:
        hits = exact_sql if stem is None else f"{exact_sql} UNION {stem[0]}"
        params += stem[1] if stem else []
        # Rank on the facets index (dates, no article text), then read only the page's rows.
        sql = (
            f"WITH hits AS ({hits}), ranked AS (SELECT h.id, f.published_utc FROM hits h "
            "JOIN articles f INDEXED BY idx_articles_facets ON f.id = h.id "
            f"ORDER BY {_date_order(sort, 'f')} "
            f"LIMIT ? OFFSET ?) SELECT {_COLUMNS}, NULL AS tier, 0.0 AS score FROM ranked r "
            f"JOIN articles a ON a.id = r.id ORDER BY {_date_order(sort, 'r')}"
        )
        return sql, [*params, limit, offset]
    if stem is None:
        cte = f"WITH hits AS (SELECT id, 0 AS tier, score FROM ({exact_sql}))"
    else:
        cte = (
            # used twice, so SQLite >= 3.35 materialises it (no MATERIALIZED keyword: older SQLite rejects it)
            f"WITH exact AS ({exact_sql}), stemmed AS ({stem[0]}), "
            "hits AS (SELECT id, 0 AS tier, score FROM exact "
            "UNION ALL SELECT id, 1 AS tier, score FROM stemmed WHERE id NOT IN (SELECT id FROM exact))"
        )
        params += stem[1]
    sql = (
        f"{cte}, ranked AS (SELECT id, tier, score FROM hits ORDER BY tier, score LIMIT ? OFFSET ?) "
        f"SELECT {_COLUMNS}, r.tier AS tier, r.score AS score FROM ranked r JOIN articles a ON a.id = r.id "
        "ORDER BY r.tier, r.score"
    )
    return sql, [*params, limit, offset]


def _date_order(sort: str, alias: str) -> str:
    direction = "DESC" if sort == "newest" else "ASC"
    return f"{alias}.published_utc IS NULL, {alias}.published_utc {direction}, {alias}.id {direction}"


def _mark_exact(db, rows: list[dict[str, Any]], terms: list[Term]) -> None:
    """Set `tier` of date-sorted rows (0 for an exact match, 1 for a stemmed-only one) and their real
    `score`: the bm25 relevance `--sort relevance` would rank them by, computed for the page's rows only."""
    if not rows:
        return
    exact = _page_scores(db, "articles_fts", EXACT_WEIGHTS, exact_expression(terms), [r["id"] for r in rows])
    stem = stem_expression(terms)
    others = [r["id"] for r in rows if r["id"] not in exact]
    stemmed = _page_scores(db, "articles_stem_fts", STEM_WEIGHTS, stem[0], others) if stem and others else {}
    for row in rows:
        row["tier"] = 0 if row["id"] in exact else 1
        row["score"] = exact.get(row["id"], stemmed.get(row["id"], row.get("score") or 0.0))


def _page_scores(db, table: str, weights: str, match: str, ids: list[int]) -> dict[int, float]:
    """bm25 of the given rows of one FTS index (rows that do not match it are absent)."""
    if not ids:
        return {}
    marks = ",".join("?" for _ in ids)
    return dict(
        raw_connection(db).execute(
            f"SELECT rowid, bm25({table}, {weights}) FROM {table} WHERE {table} MATCH ? AND rowid IN ({marks})",
            [match, *ids],
        )
    )


def _relevance_page(
    db, terms: list[Term], filters: _Filters, *, stemmed: bool, wanted: int
) -> list[dict[str, Any]]:
    """The first `wanted` hits by relevance: exact hits by bm25, then (only if needed) stemmed-only ones."""
    (exact_sql, exact_params), _ = _branches(terms, filters, stemmed=False)
    page_sql = (
        f"SELECT {_COLUMNS}, 0 AS tier, e.score AS score FROM ({exact_sql} ORDER BY score LIMIT ?) e "
        "JOIN articles a ON a.id = e.id ORDER BY e.score"
    )
    rows = _rows(db, page_sql, [*exact_params, wanted])
    stem = stem_expression(terms) if stemmed else None
    if len(rows) >= wanted or stem is None:
        return rows
    # Fewer exact hits than the page holds: `rows` are all of them, the stemmed branch excludes them.
    few = len(rows) <= 500
    stem_sql, stem_params = _branch(
        "articles_stem_fts",
        STEM_WEIGHTS,
        stem[0],
        filters,
        exact_only=stem[1],
        exclude_ids=tuple(r["id"] for r in rows) if few else (),
        exclude_match=None if few else exact_expression(terms),
    )
    page_sql = (
        f"SELECT {_COLUMNS}, 1 AS tier, s.score AS score FROM ({stem_sql} ORDER BY score LIMIT ?) s "
        "JOIN articles a ON a.id = s.id ORDER BY s.score"
    )
    return rows + _rows(db, page_sql, [*stem_params, wanted - len(rows)])


def register_functions(db: Database) -> None:
    """The SQL functions the filters use (`telisik_fold`), on this connection (none on PostgreSQL)."""
    if is_postgres(db):
        return
    raw_connection(db).create_function(
        "telisik_fold", 1, lambda v: fold(v) if isinstance(v, str) else v, deterministic=True
    )


def filter_sql(
    db: Database,
    *,
    site=None,
    author=None,
    since=None,
    until=None,
    removed: bool | None = None,
    alias: str = "a",
) -> tuple[list[str], list[Any]]:
    """The conditions `search` applies for --site, --author, --since, --until and removed on `alias`
    (articles), so a listing or a count with the same filters agrees with a search."""
    register_functions(db)
    return _filters(site, author, since, until, alias=alias, removed=removed, postgres=is_postgres(db))


def match_ids_sql(
    db: Database,
    query: str,
    *,
    site=None,
    author=None,
    since=None,
    until=None,
    stemmed: bool = True,
    removed: bool | None = None,
    include_pages: bool = False,
) -> tuple[str, list[Any]]:
    """SELECT id of every current article matching `query` (exact and stemmed branches, the filters
    applied), without ranking or sorting: what `count_hits` counts. Raises QueryError."""
    register_functions(db)
    terms = parse_query(query)
    filters = _search_filters(db, site, author, since, until, removed, include_pages)
    if is_postgres(db):
        from telisik.archive import pgsearch

        return pgsearch.match_ids_sql(terms, filters, stemmed=stemmed)
    (exact_sql, exact_params), stem = _branches(terms, filters, stemmed=stemmed, with_score=False)
    if stem is None:
        return exact_sql, list(exact_params)
    return f"{exact_sql} UNION {stem[0]}", [*exact_params, *stem[1]]


def _search_filters(db, site, author, since, until, removed, include_pages) -> _Filters:
    postgres = is_postgres(db)
    # PostgreSQL's index rows (`s`) carry the columns the filters read: no join to the articles
    alias = "s" if postgres else "a"
    clauses, params = _filters(site, author, since, until, alias, removed=removed, postgres=postgres)
    return _Filters(clauses, params, include_pages=include_pages)


# ---------------------------------------------------------------------------------------------- search


def search(
    db: Database,
    query: str,
    *,
    site: str | None = None,
    author: str | None = None,
    since: date | datetime | str | None = None,
    until: date | datetime | str | None = None,
    limit: int = 20,
    offset: int = 0,
    sort: str = "relevance",
    all_versions: bool = False,
    stemmed: bool = True,
    highlight: tuple[str, str] = HIGHLIGHT,
    removed: bool | None = None,
    include_pages: bool = False,
) -> list[SearchHit]:
    """Search the archive. Current versions only unless `all_versions` (older versions match exact words).
    Pages kept on purpose that are not articles (`fetch --any-page`) only with `include_pages`.

    `since`/`until`: a date or `YYYY-MM-DD` compares the article's local publication date (inclusive);
    an aware datetime compares instants. Raises QueryError for an unsearchable query or a bad option.
    """
    if sort not in SORTS:
        raise QueryError(f"unknown sort {sort!r}: use one of {', '.join(SORTS)}")
    terms = parse_query(query)
    if limit <= 0:
        return []
    register_functions(db)
    wanted = limit + offset
    if is_postgres(db):
        from telisik.archive import pgsearch

        filters = _search_filters(db, site, author, since, until, removed, include_pages)
        if sort == "relevance":
            rows = pgsearch.relevance_rows(db, terms, filters, stemmed=stemmed, wanted=wanted)
        else:
            rows = pgsearch.date_rows(db, terms, filters, sort=sort, stemmed=stemmed, wanted=wanted)
    elif sort == "relevance":
        filters = _search_filters(db, site, author, since, until, removed, include_pages)
        rows = _relevance_page(db, terms, filters, stemmed=stemmed, wanted=wanted)
    else:
        sql, params = build_search_sql(
            query,
            site=site,
            author=author,
            since=since,
            until=until,
            limit=wanted,
            offset=0,
            sort=sort,
            stemmed=stemmed,
            removed=removed,
            include_pages=include_pages,
        )
        rows = _rows(db, sql, params)
        _mark_exact(db, rows, terms)
    hits = [_hit_from_row(row) for row in rows]
    if all_versions:
        hits += _old_version_hits(db, terms, site, author, since, until, wanted, sort, removed, include_pages)
        hits.sort(key=_sort_key(sort))
    hits = hits[offset : offset + limit]
    _add_snippets(db, hits, terms, highlight)
    return hits


def count_hits(
    db: Database,
    query: str,
    *,
    site=None,
    author=None,
    since=None,
    until=None,
    all_versions: bool = False,
    stemmed: bool = True,
    removed: bool | None = None,
    include_pages: bool = False,
    **_ignored: Any,
) -> int:
    """How many articles (current versions; plus matching old versions with `all_versions`) match."""
    ids_sql, params = match_ids_sql(
        db,
        query,
        site=site,
        author=author,
        since=since,
        until=until,
        stemmed=stemmed,
        removed=removed,
        include_pages=include_pages,
    )
    total = raw_connection(db).execute(f"SELECT count(*) FROM ({ids_sql}) hits", params).fetchone()[0]
    if all_versions:
        terms = parse_query(query)
        old_sql, old_params = _old_versions_sql(
            terms, site, author, since, until, removed, include_pages, postgres=is_postgres(db)
        )
        total += raw_connection(db).execute(f"SELECT count(*) FROM ({old_sql}) old", old_params).fetchone()[0]
    return total


def _rows(db: Database, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = raw_connection(db).execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _hit_from_row(row: dict[str, Any], *, is_current: bool = True) -> SearchHit:
    return SearchHit(
        id=row["id"],
        url=row["url"],
        title=row.get("title"),
        site=row.get("site"),
        authors=json_list(row.get("authors")),
        published=row.get("published"),
        snippet="",
        score=row["score"],
        match="exact" if row["tier"] == 0 else "stemmed",
        version=row["version"],
        is_current=is_current,
        language=row.get("language"),
        extra={"published_utc": row.get("published_utc")} if "published_utc" in row else {},
    )


def _old_versions_sql(
    terms, site, author, since, until, removed=None, include_pages=False, postgres=False
) -> tuple[str, list[Any]]:
    clauses, filter_params = _filters(
        site, author, since, until, alias="v", removed=removed, postgres=postgres
    )
    if not include_pages:
        clauses.append("(a.kind IS NULL OR a.kind = 'article')")
    if postgres:
        from telisik.archive import pgsearch

        return pgsearch.old_versions_sql(terms, clauses, filter_params)
    where = "".join(f" AND {c}" for c in clauses)
    sql = (
        "SELECT v.article_id AS id, a.url, v.title, v.site, v.authors, v.published, v.published_utc, "
        "v.language, v.version, 0 AS tier, "
        f"bm25(article_versions_fts, {EXACT_WEIGHTS}) AS score, v.id AS version_row "
        "FROM article_versions_fts JOIN article_versions v ON v.id = article_versions_fts.rowid "
        "JOIN articles a ON a.id = v.article_id "
        f"WHERE article_versions_fts MATCH ?{where}"
    )
    return sql, [exact_expression(terms), *filter_params]


def _old_version_hits(
    db, terms, site, author, since, until, limit, sort, removed=None, include_pages=False
) -> list[SearchHit]:
    postgres = is_postgres(db)
    sql, params = _old_versions_sql(terms, site, author, since, until, removed, include_pages, postgres)
    order = {
        "newest": "published_utc IS NULL, published_utc DESC",
        "oldest": "published_utc IS NULL, published_utc",
    }
    if postgres:  # its ORDER BY takes output names only alone: the rows are ordered from outside
        sql = f"SELECT * FROM ({sql}) old"
    sql += f" ORDER BY {order.get(sort, 'score')} LIMIT ?"
    hits = []
    for row in _rows(db, sql, [*params, limit]):
        hit = _hit_from_row(row, is_current=False)
        hit.extra["version_row"] = row["version_row"]
        hits.append(hit)
    return hits


def _sort_key(sort: str):
    def published(hit: SearchHit) -> str:
        return hit.extra.get("published_utc") or _utc_of(hit.published) or ""

    if sort == "newest":
        return lambda h: (published(h) == "", _invert(published(h)), h.match != "exact", h.score)
    if sort == "oldest":
        return lambda h: (published(h) == "", published(h), h.match != "exact", h.score)
    return lambda h: (h.match != "exact", h.score)


def _invert(text: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in text)


def _utc_of(published: str | None) -> str | None:
    return utc_iso(parse_iso(published))


# -------------------------------------------------------------------------------------------- snippets


def _add_snippets(db: Database, hits: list[SearchHit], terms: list[Term], highlight: tuple[str, str]) -> None:
    if is_postgres(db):
        _add_pg_snippets(db, hits, terms, highlight)
        return
    start, end = highlight
    exact = exact_expression(terms)
    current_ids = [h.id for h in hits if h.is_current and h.match == "exact"]
    snippets: dict[int, str] = {}
    lead_indexed = bool(hits) and _lead_indexed(db)
    lead_snippet = f"snippet(articles_fts, 3, ?1, ?2, ?3, {SNIPPET_TOKENS})" if lead_indexed else "NULL"
    if current_ids:
        marks = ",".join("?" for _ in current_ids)
        # The body's best passage, else the lead's; the best column (often the title) only when neither has
        # a match.
        rows = (
            raw_connection(db)
            .execute(
                f"SELECT rowid, snippet(articles_fts, 1, ?1, ?2, ?3, {SNIPPET_TOKENS}), "
                f"{lead_snippet}, "
                f"snippet(articles_fts, -1, ?1, ?2, ?3, {SNIPPET_TOKENS}) FROM articles_fts "
                f"WHERE articles_fts MATCH ?4 AND rowid IN ({marks})",
                [start, end, ELLIPSIS, exact, *current_ids],
            )
            .fetchall()
        )
        snippets = {rowid: _first_marked(start, body, lead, best) for rowid, body, lead, best in rows}
    old_rows = [h.extra["version_row"] for h in hits if not h.is_current]
    old_snippets: dict[int, str] = {}
    if old_rows:
        marks = ",".join("?" for _ in old_rows)
        old_snippets = dict(
            raw_connection(db)
            .execute(
                f"SELECT rowid, snippet(article_versions_fts, -1, ?, ?, ?, {SNIPPET_TOKENS}) "
                "FROM article_versions_fts "
                f"WHERE article_versions_fts MATCH ? AND rowid IN ({marks})",
                [start, end, ELLIPSIS, exact, *old_rows],
            )
            .fetchall()
        )
    for hit in hits:
        if not hit.is_current:
            hit.snippet = old_snippets.get(hit.extra.get("version_row") or 0, "")
        elif hit.match == "exact":
            hit.snippet = snippets.get(hit.id, "")
        else:
            row = (
                raw_connection(db)
                .execute(
                    f"SELECT body, {'lead' if lead_indexed else 'NULL'}, title FROM articles WHERE id = ?",
                    (hit.id,),
                )
                .fetchone()
            )
            texts = (
                text or "" for text in (row or ())
            )  # the body's passage, else the lead's, else the title's
            hit.snippet = next((s for s in (stemmed_snippet(t, terms, highlight) for t in texts) if s), "")
        hit.snippet = " ".join(hit.snippet.split())  # one line: paragraph breaks inside a snippet are noise


def _lead_indexed(db: Database) -> bool:
    """Whether `articles_fts` holds the lead (schema 9): an older archive on read-only storage is read as
    it is, without it."""
    return any(row[1] == "lead" for row in raw_connection(db).execute("PRAGMA table_info(articles_fts)"))


def _first_marked(start: str, *snippets: str | None) -> str:
    """The first snippet holding a match (marked with `start`), else the last one (the best column's)."""
    return next((s for s in snippets[:-1] if s and start in s), snippets[-1] or "")


def _add_pg_snippets(
    db: Database, hits: list[SearchHit], terms: list[Term], highlight: tuple[str, str]
) -> None:
    """PostgreSQL's snippets, cut in Python from the page's rows: the body's best passage, else the lead's,
    else the title's, else the authors' (where FTS5's snippet() takes the best column when neither the body
    nor the lead has a match)."""
    from telisik.archive import pgsearch

    current = pgsearch.texts_of(db, "articles", [h.id for h in hits if h.is_current])
    old = pgsearch.texts_of(
        db, "article_versions", [h.extra["version_row"] for h in hits if not h.is_current]
    )
    for hit in hits:
        texts = current.get(hit.id) if hit.is_current else old.get(hit.extra.get("version_row") or 0)
        title, body, authors, lead = texts or ("", "", "", "")
        stems = hit.match == "stemmed"
        hit.snippet = next(
            (
                s
                for s in (
                    stemmed_snippet(t, terms, highlight, stems=stems) for t in (body, lead, title, authors)
                )
                if s
            ),
            "",
        )


_WORD = re.compile(r"[^\W_]+")


def _matches(
    words: list[str], wanted_exact: set[str], wanted_stems: set[str], prefixes: tuple[str, ...] = ()
) -> list[bool]:
    """For each word: is it a query word, does it share a query word's stem, or start with a query
    prefix? (hot loop: kept lean)"""
    folded = [w.lower() if w.isascii() else fold(w) for w in words]
    stems: dict[str, bool] = {}
    for word in set(folded):  # each distinct word is stemmed once
        stems[word] = (
            word in wanted_exact
            or (bool(wanted_stems) and stemmer.stem_word(word) in wanted_stems)
            or word.startswith(prefixes)
        )
    return [stems[w] for w in folded]


def stemmed_snippet(
    text: str,
    terms: list[Term],
    highlight: tuple[str, str] = HIGHLIGHT,
    size: int = SNIPPET_TOKENS,
    *,
    stems: bool = True,
) -> str:
    """A window of `size` words of `text` around the most query matches (exact, by prefix, or by stem
    unless `stems` is False), marked."""
    wanted_stems = {stemmer.stem_word(t.tokens[0]) for t in terms if t.stemmable} if stems else set()
    wanted_exact = {tok for t in terms for tok in t.tokens}
    prefixes = tuple(t.tokens[-1] for t in terms if t.prefix)
    words = list(_WORD.finditer(text))
    if not words:
        return ""
    matched = _matches([m.group() for m in words], wanted_exact, wanted_stems, prefixes)
    if not any(matched):
        return ""
    # the window with the most matches (the first of equals): a running count over the word list
    count = sum(matched[:size])
    best, best_count = 0, count
    for i in range(1, max(1, len(words) - size + 1)):
        count += matched[i + size - 1] - matched[i - 1]
        if count > best_count:
            best, best_count = i, count
    window = range(best, min(len(words), best + size))
    out: list[str] = [ELLIPSIS] if best > 0 else []
    cursor = words[best].start()
    for i in window:
        m = words[i]
        out.append(text[cursor : m.start()])
        out.append(f"{highlight[0]}{m.group()}{highlight[1]}" if matched[i] else m.group())
        cursor = m.end()
    last = words[window[-1]].end()
    if window[-1] < len(words) - 1:
        out.append(ELLIPSIS)
    elif last < len(text):
        out.append(text[last:])
    return " ".join("".join(out).split())
