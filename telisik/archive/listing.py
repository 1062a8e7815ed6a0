"""Listing articles without a query (`telisik list`, the web app's front page), search hits narrowed to
removed articles or the others, and the removal dates (#9) a page of hits shows as badges.

The filters are the search engine's own (`fulltext.filter_sql`): a listing and a search with the same
--site/--author/--since/--until agree. `articles.removed_since`, which a later issue adds, is looked up
with PRAGMA table_info, so this works with archives that have it and archives that do not.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from telisik.archive import fulltext
from telisik.archive.sql import raw_connection, select_all

if TYPE_CHECKING:
    from telisik.archive.sql import Reader

__all__ = ["LIST_SORTS", "columns_of", "count_listed", "list_articles", "removed_dates", "search_by_removed"]

LIST_SORTS = ("newest", "oldest")
Day = date | datetime | str | None

_LIST_COLUMNS = "a.id, a.url, a.title, a.site, a.authors, a.published, a.language, a.version, a.fetched_at"


def columns_of(db: Reader, table: str) -> list[str]:
    """The column names of `table` ([] when there is no such table)."""
    return [row[1] for row in raw_connection(db).execute("SELECT * FROM pragma_table_info(?)", (table,))]


def records_removals(db: Reader) -> bool:
    """Whether this archive records articles removed from their site (`articles.removed_since`)."""
    return "removed_since" in columns_of(db, "articles")


def json_list(value: str | None) -> list[Any]:
    """A stored JSON list (authors, hosts); [] for anything else."""
    try:
        loaded = json.loads(value or "[]")
    except ValueError:
        return []
    return loaded if isinstance(loaded, list) else []


def _list_where(
    db: Reader, site: str | None, author: str | None, since: Day, until: Day, removed: bool | None
) -> tuple[str, list[Any]]:
    """WHERE clause of `list_articles`: the filters `telisik search` applies, plus removed/not removed."""
    clauses, params = fulltext.filter_sql(db, site=site, author=author, since=since, until=until)
    if removed is not None and records_removals(db):
        clauses.append("a.removed_since IS NOT NULL" if removed else "a.removed_since IS NULL")
    elif removed:  # asked for removed articles in an archive that records none
        clauses.append("0")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def list_articles(
    db: Reader,
    *,
    site: str | None = None,
    author: str | None = None,
    since: Day = None,
    until: Day = None,
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
        raise fulltext.QueryError(f"unknown sort {sort!r}: use newest or oldest")
    where, params = _list_where(db, site, author, since, until, removed)
    # Newest first: SQLite sorts NULL lowest, so undated articles come last by themselves and the date
    # index gives the page without sorting the archive. Oldest first needs them moved to the end.
    order = (
        "a.published_utc DESC, a.id DESC"
        if sort == "newest"
        else "a.published_utc IS NULL, a.published_utc ASC, a.id ASC"
    )
    extra = ", a.removed_since" if records_removals(db) else ", NULL AS removed_since"
    sql = f"SELECT {_LIST_COLUMNS}{extra} FROM articles a{where} ORDER BY {order} LIMIT ? OFFSET ?"
    rows = select_all(db, sql, [*params, limit, offset])
    for row in rows:
        row["authors"] = json_list(row["authors"])
    return rows


def count_listed(
    db: Reader,
    *,
    site: str | None = None,
    author: str | None = None,
    since: Day = None,
    until: Day = None,
    removed: bool | None = None,
) -> int:
    """How many articles `list_articles` with the same filters would list in all."""
    where, params = _list_where(db, site, author, since, until, removed)
    return raw_connection(db).execute(f"SELECT count(*) FROM articles a{where}", params).fetchone()[0]


def removed_dates(db: Reader, ids: Iterable[int]) -> dict[int, str]:
    """{article id: removed_since} for the given articles that are recorded as removed from their site."""
    ids = list(ids)
    if not ids or not records_removals(db):
        return {}
    marks = ",".join("?" for _ in ids)
    rows = raw_connection(db).execute(
        f"SELECT id, removed_since FROM articles WHERE removed_since IS NOT NULL AND id IN ({marks})", ids
    )
    return dict(rows.fetchall())


def search_by_removed(
    db: Reader,
    query: str,
    removed: bool,
    *,
    sort: str = "relevance",
    limit: int = 20,
    offset: int = 0,
    stemmed: bool = True,
    highlight: tuple[str, str] = fulltext.HIGHLIGHT,
    **filters: Any,
) -> tuple[list[dict[str, Any]], int]:
    """A page of search hits (the engine's own SQL and ranking) narrowed to removed articles, or to the
    others, and how many there are in all. Archives that record no removals have no removed articles."""
    fulltext.register_functions(db)
    sql, params = fulltext.build_search_sql(query, limit=-1, offset=0, sort=sort, stemmed=stemmed, **filters)
    if not records_removals(db):
        condition, removed_column = ("0" if removed else "1"), "NULL"
    else:
        condition = "r.removed_since IS NOT NULL" if removed else "r.removed_since IS NULL"
        removed_column = "r.removed_since"
    base = f"FROM ({sql}) h JOIN articles r ON r.id = h.id WHERE {condition}"
    total = raw_connection(db).execute(f"SELECT count(*) {base}", params).fetchone()[0]
    if sort == "relevance":
        order = "h.tier, h.score"
    else:
        direction = "DESC" if sort == "newest" else "ASC"
        order = f"r.published_utc IS NULL, r.published_utc {direction}, h.id {direction}"
    rows = select_all(
        db,
        f"SELECT h.*, r.body AS body, {removed_column} AS removed_since {base} ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    terms = fulltext.parse_query(query)
    for row in rows:
        body = row.pop("body") or ""
        row["authors"] = json_list(row["authors"])
        row["match"] = {0: "exact", 1: "stemmed"}.get(row.pop("tier"))
        row["snippet"] = fulltext.stemmed_snippet(body, terms, highlight) or fulltext.stemmed_snippet(
            row.get("title") or "", terms, highlight
        )
    return rows, total
