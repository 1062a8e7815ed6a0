"""The SQL behind `telisik serve`, `stats`, `list` and `delete`: read-only opening, listing, counts over time,
site summaries, and deleting an article with everything stored for it.

Search itself is not here: the web app and `stats` call `telisik.search` (the engine `telisik search` uses),
and article, version and capture reading goes through `telisik.store`. What is here is only what those
modules do not offer yet. Everything reads through a plain sqlite3 connection; only `delete_articles`
writes, inside the store's own write transaction.

Columns that later issues add (`articles.removed_since`, health columns of `sites`) are looked up with
PRAGMA table_info, so this module works with archives that have them and archives that do not.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from telisik import search as search_engine
from telisik import store

__all__ = [
    "PERIODS",
    "open_readonly",
    "columns_of",
    "list_articles",
    "count_listed",
    "search_by_removed",
    "removed_dates",
    "counts_by_period",
    "counts_by_site",
    "fill_periods",
    "site_summaries",
    "site_counts",
    "fingerprint",
    "daily_counts",
    "site_names",
    "DeletionPlan",
    "plan_deletion",
    "delete_articles",
]

PERIODS = ("day", "week", "month")
LIST_SORTS = ("newest", "oldest")


# ------------------------------------------------------------------------------------------------- opening


def open_readonly(path: str | os.PathLike) -> sqlite3.Connection:
    """A connection that cannot write: SQLite opens the file with `mode=ro` and `query_only` is on.

    The archive must exist with the current schema (`store.open_reader` upgrades an older one first).
    Reads see what a concurrent writer (a crawl) commits: WAL lets readers and one writer run together.
    """
    path = os.fspath(path)
    if not os.path.exists(path):
        raise store.StoreError(f"no archive at {path}; run telisik fetch first")
    from urllib.parse import quote

    uri = f"file:{quote(os.path.abspath(path))}?mode=ro"
    try:
        # check_same_thread=False: the web server hands a thread's connection to no other thread, but
        # anyio may finish a request on a different worker than it began; each connection is used by one
        # request at a time.
        conn = sqlite3.connect(uri, uri=True, timeout=store.BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {store.BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA query_only = ON")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise store.StoreError(f"cannot read the archive {path}: {exc}") from exc
    if version != store.SCHEMA_VERSION or not columns_of(conn, "articles"):
        conn.close()
        raise store.StoreError(f"{path} is not a telisik archive of schema {store.SCHEMA_VERSION}")
    return conn


def columns_of(conn: sqlite3.Connection, table: str) -> list[str]:
    """The column names of `table` ([] when there is no such table)."""
    return [row[1] for row in conn.execute("SELECT * FROM pragma_table_info(?)", (table,))]


def _has_removed(conn: sqlite3.Connection) -> bool:
    return "removed_since" in columns_of(conn, "articles")


# ------------------------------------------------------------------------------------------------- listing

_LIST_COLUMNS = "a.id, a.url, a.title, a.site, a.authors, a.published, a.language, a.version, a.fetched_at"


def _list_where(
    conn: sqlite3.Connection, site, author, since, until, removed: bool | None
) -> tuple[str, list[Any]]:
    """WHERE clause of `list_articles`: the filters `telisik search` applies, plus removed/not removed."""
    # The search engine's own filter SQL (site host, author name folded, local publication date), so a
    # listing and a search with the same filters agree.
    search_engine._register_functions(conn)
    clauses, params = search_engine._filters(site, author, since, until, alias="a")
    if removed is not None and _has_removed(conn):
        clauses.append("a.removed_since IS NOT NULL" if removed else "a.removed_since IS NULL")
    elif removed:  # asked for removed articles in an archive that records none
        clauses.append("0")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def list_articles(
    conn: sqlite3.Connection,
    *,
    site: str | None = None,
    author: str | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    removed: bool | None = None,
    sort: str = "newest",
    limit: int = 20,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Current articles matching the filters, newest (or oldest) publication first; undated ones last.

    Rows: id, url, title, site, authors (a list), published, language, version, fetched_at,
    removed_since (None when the archive has no such column).
    """
    if sort not in LIST_SORTS:
        raise ValueError(f"unknown sort {sort!r}: use newest or oldest")
    where, params = _list_where(conn, site, author, since, until, removed)
    # Newest first: SQLite sorts NULL lowest, so undated articles come last by themselves and the date
    # index gives the page without sorting the archive. Oldest first needs them moved to the end.
    order = (
        "a.published_utc DESC, a.id DESC"
        if sort == "newest"
        else "a.published_utc IS NULL, a.published_utc ASC, a.id ASC"
    )
    extra = ", a.removed_since" if _has_removed(conn) else ", NULL AS removed_since"
    sql = f"SELECT {_LIST_COLUMNS}{extra} FROM articles a{where} ORDER BY {order} LIMIT ? OFFSET ?"
    cursor = conn.execute(sql, [*params, limit, offset])
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
    for row in rows:
        row["authors"] = _json_list(row["authors"])
    return rows


def count_listed(
    conn: sqlite3.Connection,
    *,
    site: str | None = None,
    author: str | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    removed: bool | None = None,
) -> int:
    """How many articles `list_articles` with the same filters would list in all."""
    where, params = _list_where(conn, site, author, since, until, removed)
    return conn.execute(f"SELECT count(*) FROM articles a{where}", params).fetchone()[0]


def removed_dates(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, str]:
    """{article id: removed_since} for the given articles that are recorded as removed from their site."""
    ids = list(ids)
    if not ids or not _has_removed(conn):
        return {}
    marks = ",".join("?" for _ in ids)
    rows = conn.execute(
        f"SELECT id, removed_since FROM articles WHERE removed_since IS NOT NULL AND id IN ({marks})", ids
    )
    return dict(rows.fetchall())


def search_by_removed(
    conn: sqlite3.Connection,
    query: str,
    removed: bool,
    *,
    sort: str = "relevance",
    limit: int = 20,
    offset: int = 0,
    stemmed: bool = True,
    highlight: tuple[str, str] = search_engine.HIGHLIGHT,
    **filters: Any,
) -> tuple[list[dict[str, Any]], int]:
    """A page of search hits (the engine's own SQL and ranking) narrowed to removed articles, or to the
    others, and how many there are in all. Archives that record no removals have no removed articles."""
    sql, params = _matches_sql(conn, query, stemmed, sort=sort, **filters)
    if not _has_removed(conn):
        condition = "0" if removed else "1"
    else:
        condition = "r.removed_since IS NOT NULL" if removed else "r.removed_since IS NULL"
    base = f"FROM ({sql}) h JOIN articles r ON r.id = h.id WHERE {condition}"
    total = conn.execute(f"SELECT count(*) {base}", params).fetchone()[0]
    if sort == "relevance":
        order = "h.tier, h.score"
    else:
        direction = "DESC" if sort == "newest" else "ASC"
        order = f"r.published_utc IS NULL, r.published_utc {direction}, h.id {direction}"
    cursor = conn.execute(
        f"SELECT h.*, r.body AS body, r.removed_since AS removed_since {base} ORDER BY {order} LIMIT ? OFFSET ?"
        if _has_removed(conn)
        else f"SELECT h.*, r.body AS body, NULL AS removed_since {base} ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    names = [d[0] for d in cursor.description]
    terms = search_engine.parse_query(query)
    rows = []
    for values in cursor.fetchall():
        row = dict(zip(names, values, strict=True))
        body = row.pop("body") or ""
        row["authors"] = _json_list(row["authors"])
        row["match"] = {0: "exact", 1: "stemmed"}.get(row.pop("tier"))
        row["snippet"] = search_engine.stemmed_snippet(
            body, terms, highlight
        ) or search_engine.stemmed_snippet(row.get("title") or "", terms, highlight)
        rows.append(row)
    return rows, total


def _json_list(value: str | None) -> list[Any]:
    import json

    try:
        loaded = json.loads(value or "[]")
    except ValueError:
        return []
    return loaded if isinstance(loaded, list) else []


# ------------------------------------------------------------------------------------------ counts over time


def _period_sql(by: str, column: str = "published") -> str:
    """SQL for the period an article falls in, from its *local* publication date (what the page says)."""
    day = f"substr({column}, 1, 10)"
    if by == "day":
        return day
    if by == "week":  # the Monday that starts the week (ISO weeks run Monday to Sunday)
        return f"date({day}, 'weekday 0', '-6 days')"
    if by == "month":
        return f"substr({column}, 1, 7)"
    raise ValueError(f"unknown period {by!r}: use day, week or month")


def _match_ids_sql(
    conn: sqlite3.Connection, query: str, stemmed: bool, site=None, since=None, until=None
) -> tuple[str, list[Any]]:
    """SELECT id of every current article matching `query`: the statement `search.count_hits` counts
    (exact and stemmed branches, the same filters), without ranking or sorting."""
    search_engine._register_functions(conn)
    terms = search_engine.parse_query(query)
    filters = search_engine._Filters(*search_engine._filters(site, None, since, until))
    (exact_sql, exact_params), stem = search_engine._branches(
        terms, filters, stemmed=stemmed, with_score=False
    )
    if stem is None:
        return exact_sql, list(exact_params)
    return f"{exact_sql} UNION {stem[0]}", [*exact_params, *stem[1]]


def _matches_sql(
    conn: sqlite3.Connection, query: str, stemmed: bool, sort: str = "newest", **filters: Any
) -> tuple[str, list[Any]]:
    """SELECT of every current article matching `query`, from the search engine's own SQL (same
    stemming, phrases, prefixes and filters as `telisik search`)."""
    search_engine._register_functions(conn)
    sql, params = search_engine.build_search_sql(
        query, limit=-1, offset=0, sort=sort, stemmed=stemmed, **filters
    )
    return sql, params


def counts_by_period(
    conn: sqlite3.Connection,
    *,
    by: str = "month",
    query: str | None = None,
    site: str | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    stemmed: bool = True,
) -> list[dict[str, Any]]:
    """Articles per period (by the local publication date), oldest period first.

    Rows: period, articles (all articles of the period, within `site` when given); with a `query` also
    matches (how many of them match) and share (matches / articles). Undated articles are not counted.
    """
    where, params = _list_where(conn, site, None, since, until, None)
    dated = (" AND " if where else " WHERE ") + "a.published IS NOT NULL"
    totals = dict(
        conn.execute(
            f"SELECT {_period_sql(by, 'a.published')} AS p, count(*) FROM articles a{where}{dated} GROUP BY p HAVING p IS NOT NULL",
            params,
        ).fetchall()
    )
    if query is None:
        return [{"period": p, "articles": n} for p, n in sorted(totals.items())]
    sql, match_params = _match_ids_sql(conn, query, stemmed, site=site, since=since, until=until)
    matched = dict(
        conn.execute(
            f"SELECT {_period_sql(by, 'a.published')} AS p, count(*) FROM ({sql}) h "
            "JOIN articles a ON a.id = h.id WHERE a.published IS NOT NULL GROUP BY p HAVING p IS NOT NULL",
            match_params,
        ).fetchall()
    )
    return [
        {
            "period": p,
            "articles": n,
            "matches": matched.get(p, 0),
            "share": (matched.get(p, 0) / n) if n else 0.0,
        }
        for p, n in sorted(totals.items())
    ]


def counts_by_site(
    conn: sqlite3.Connection,
    *,
    query: str | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    limit: int | None = None,
    stemmed: bool = True,
) -> list[dict[str, Any]]:
    """Articles per site; with a `query`, the top sites for it: matches and share of the site's articles,
    most matches first. Without a query: most articles first."""
    where, params = _list_where(conn, None, None, since, until, None)
    totals = dict(
        conn.execute(f"SELECT a.site, count(*) FROM articles a{where} GROUP BY a.site", params).fetchall()
    )
    if query is None:
        rows = [{"site": s, "articles": n} for s, n in totals.items()]
        rows.sort(key=lambda r: (-r["articles"], r["site"] or ""))
        return rows[:limit] if limit else rows
    sql, match_params = _match_ids_sql(conn, query, stemmed, since=since, until=until)
    matched = conn.execute(
        f"SELECT a.site, count(*) FROM ({sql}) h JOIN articles a INDEXED BY idx_articles_facets ON a.id = h.id "
        "GROUP BY a.site",
        match_params,
    ).fetchall()
    rows = [
        {
            "site": s,
            "articles": totals.get(s, 0),
            "matches": m,
            "share": m / totals[s] if totals.get(s) else 0.0,
        }
        for s, m in matched
    ]
    rows.sort(key=lambda r: (-r["matches"], -r["share"], r["site"] or ""))
    return rows[:limit] if limit else rows


def fill_periods(rows: Sequence[dict[str, Any]], by: str) -> list[dict[str, Any]]:
    """The rows with the empty periods between the first and the last added as zeros (a chart needs them)."""
    if not rows:
        return []
    known = {r["period"]: r for r in rows}
    zero = {k: 0 if k != "share" else 0.0 for k in rows[0] if k != "period"}
    keys = _period_range(rows[0]["period"], rows[-1]["period"], by)
    if keys is None or len(keys) > 20_000:  # unparseable dates in the archive, or an absurd span
        return list(rows)
    return [known.get(k) or {"period": k, **zero} for k in keys]


def _period_range(first: str, last: str, by: str) -> list[str] | None:
    try:
        if by == "month":
            y, m = int(first[:4]), int(first[5:7])
            end = (int(last[:4]), int(last[5:7]))
            keys = []
            while (y, m) <= end and len(keys) <= 20_000:
                keys.append(f"{y:04d}-{m:02d}")
                y, m = (y + 1, 1) if m == 12 else (y, m + 1)
            return keys
        start, stop = date.fromisoformat(first), date.fromisoformat(last)
    except ValueError:
        return None
    step = timedelta(days=7 if by == "week" else 1)
    if (stop - start) / step > 20_000:
        return None
    keys, day = [], start
    while day <= stop:
        keys.append(day.isoformat())
        day += step
    return keys


# ---------------------------------------------------------------------------------------------------- sites

# Columns of `sites` not worth a place on the sites page: configuration lists and internal bookkeeping.
_SITE_HIDDEN = {"hosts", "feeds", "sitemaps", "sections", "include", "exclude", "articles_archived"}


def site_counts(conn: sqlite3.Connection) -> list[tuple[str | None, int, str | None, str | None]]:
    """(site, articles, first and last local publication date) for every site with articles. A scan of the
    whole archive: callers may keep the result while `fingerprint` is unchanged."""
    # Only columns stored before `body`: the scan then never reads a row's overflow pages.
    return conn.execute(
        "SELECT site, count(*), min(substr(published, 1, 10)), max(substr(published, 1, 10)) "
        "FROM articles GROUP BY site"
    ).fetchall()


def fingerprint(conn: sqlite3.Connection) -> tuple[Any, ...]:
    """Changes whenever an article or a version is added or deleted: the key under which whole-archive
    counts can be kept (a re-extraction that changes a date is not seen; keep such entries briefly)."""
    return conn.execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT max(id) FROM articles), "
        "(SELECT count(*) FROM article_versions), (SELECT max(id) FROM article_versions)"
    ).fetchone()


def site_summaries(
    conn: sqlite3.Connection, counts: Sequence[tuple] | None = None
) -> tuple[list[str], list[dict[str, Any]]]:
    """(columns, rows): one row per site with articles (and per configured crawl site), its article count,
    first and last publication date, then every column of the `sites` table that is there (so health
    columns that later versions add show up without a change here). `counts`: `site_counts(conn)` when
    the caller has it already."""
    by_site = {
        s: {"site": s, "articles": n, "first_published": lo, "last_published": hi}
        for s, n, lo, hi in (site_counts(conn) if counts is None else counts)
    }
    site_columns = [c for c in columns_of(conn, "sites") if c not in _SITE_HIDDEN and c != "id"]
    if site_columns:
        cursor = conn.execute(f"SELECT {', '.join(f'[{c}]' for c in site_columns)}, hosts FROM sites")
        for values in cursor.fetchall():
            configured = dict(zip(site_columns, values[:-1], strict=True))
            hosts = _json_list(values[-1]) or [configured.get("name")]
            host = next((h for h in hosts if h in by_site), hosts[0] if hosts else None)
            row = by_site.setdefault(
                host,
                {"site": host, "articles": 0, "first_published": None, "last_published": None},
            )
            row.update({f"crawl_{k}" if k in row else k: v for k, v in configured.items()})
    columns = ["site", "articles", "first_published", "last_published"]
    columns += [f"crawl_{c}" if c in columns else c for c in site_columns]
    rows = sorted(by_site.values(), key=lambda r: (-r["articles"], r["site"] or ""))
    return columns, rows


def site_names(conn: sqlite3.Connection) -> list[str]:
    """Every site of the archive, by name (read from the site index, not the rows)."""
    return [
        r[0] for r in conn.execute("SELECT DISTINCT site FROM articles WHERE site IS NOT NULL ORDER BY site")
    ]


def daily_counts(
    conn: sqlite3.Connection, *, days: int = 90, until: date | None = None
) -> tuple[date, dict[str | None, list[int]]]:
    """(first day, {site: articles per day}) over the `days` days up to `until` (default: the latest
    publication date in the archive), oldest first; zero days included."""
    if until is None:
        latest = conn.execute("SELECT max(substr(published, 1, 10)) FROM articles").fetchone()[0]
        try:
            until = date.fromisoformat(latest) if latest else date.today()
        except ValueError:
            until = date.today()
    start = until - timedelta(days=days - 1)
    rows = conn.execute(
        "SELECT site, substr(published, 1, 10) AS d, count(*) FROM articles "
        "WHERE substr(published, 1, 10) BETWEEN ? AND ? GROUP BY site, d",
        (start.isoformat(), until.isoformat()),
    ).fetchall()
    series: dict[str | None, list[int]] = {}
    for site, day, n in rows:
        try:
            index = (date.fromisoformat(day) - start).days
        except ValueError:
            continue
        series.setdefault(site, [0] * days)[index] = n
    return start, series


# --------------------------------------------------------------------------------------------------- delete


@dataclass
class DeletionPlan:
    """What deleting one article removes: the article, its stored versions and raw captures."""

    article_id: int
    url: str
    title: str | None
    site: str | None
    versions: int
    captures: int
    capture_bytes: int

    def describe(self) -> str:
        kb = self.capture_bytes / 1024
        return (
            f"article {self.article_id} ({self.site or 'no site'}): {self.title or '(untitled)'} — "
            f"{self.versions} version{'s' if self.versions != 1 else ''}, "
            f"{self.captures} capture{'s' if self.captures != 1 else ''} ({kb:,.1f} KB of raw pages)"
        )


def plan_deletion(conn: sqlite3.Connection | Any, url_or_id: str | int) -> DeletionPlan | None:
    """What `delete_articles` would remove for the article named by id or URL; None when it is unknown."""
    article_id = store.find_article_id(conn, url_or_id)
    if article_id is None:
        return None
    raw = store._conn(conn)
    url, title, site = raw.execute(
        "SELECT url, title, site FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    versions = raw.execute(
        "SELECT count(*) FROM article_versions WHERE article_id = ?", (article_id,)
    ).fetchone()[0]
    captures, size = raw.execute(
        "SELECT count(*), coalesce(sum(raw_size), 0) FROM captures WHERE article_id = ?", (article_id,)
    ).fetchone()
    return DeletionPlan(article_id, url, title, site, max(versions, 1), captures, size)


def delete_articles(db: Any, article_ids: Sequence[int]) -> int:
    """Delete articles with their versions, captures and full-text entries, all in one transaction.

    The crawl's record of the URL (`site_urls`) stays, so the nightly crawl does not archive the deleted
    article again. Returns how many articles were deleted.
    """
    conn = store._conn(db)
    deleted = 0
    try:
        with store._write_transaction(db):
            for article_id in article_ids:
                cursor = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,))
                values = cursor.fetchone()
                if values is None:
                    continue
                row = dict(zip([d[0] for d in cursor.description], values, strict=True))
                # The stemmed index is contentless: it forgets a row only when told its indexed values.
                store._stem_index_remove(db, article_id, row)
                conn.execute("DELETE FROM captures WHERE article_id = ?", (article_id,))
                conn.execute(
                    "DELETE FROM article_versions WHERE article_id = ?", (article_id,)
                )  # FTS trigger
                conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))  # FTS trigger
                if columns_of(conn, "site_urls"):
                    conn.execute("UPDATE site_urls SET article_id = NULL WHERE article_id = ?", (article_id,))
                deleted += 1
    except sqlite3.DatabaseError as exc:
        raise store.StoreError(f"could not delete: {store._reason(exc)}") from exc
    return deleted
