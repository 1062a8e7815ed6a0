"""Listing articles without a query (`telisik list`, the web app's front page).

The filters are the search engine's own (`fulltext.filter_sql`): a listing and a search with the same
--site/--author/--since/--until/removed agree.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from telisik.archive import fulltext
from telisik.archive.rows import json_list
from telisik.archive.sql import raw_connection, select_all

if TYPE_CHECKING:
    from telisik.archive.sql import Reader

__all__ = ["LIST_SORTS", "count_listed", "list_articles"]

LIST_SORTS = ("newest", "oldest")
Day = date | datetime | str | None

_LIST_COLUMNS = "a.id, a.url, a.title, a.site, a.authors, a.published, a.language, a.version, a.fetched_at, a.removed_since"


def _list_where(db: Reader, **filters: Any) -> tuple[str, list[Any]]:
    """WHERE clause of a listing: the filters `telisik search` applies (`fulltext.filter_sql`)."""
    clauses, params = fulltext.filter_sql(db, **filters)
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
    removed_since.
    """
    if sort not in LIST_SORTS:
        raise fulltext.QueryError(f"unknown sort {sort!r}: use newest or oldest")
    where, params = _list_where(db, site=site, author=author, since=since, until=until, removed=removed)
    # Newest first: SQLite sorts NULL lowest, so undated articles come last by themselves and the date
    # index gives the page without sorting the archive. Oldest first needs them moved to the end.
    order = (
        "a.published_utc DESC, a.id DESC"
        if sort == "newest"
        else "a.published_utc IS NULL, a.published_utc ASC, a.id ASC"
    )
    sql = f"SELECT {_LIST_COLUMNS} FROM articles a{where} ORDER BY {order} LIMIT ? OFFSET ?"
    rows = select_all(db, sql, [*params, limit, offset])
    for row in rows:
        row["authors"] = json_list(row["authors"])
    return rows


def count_listed(db: Reader, **filters: Any) -> int:
    """How many articles `list_articles` with the same filters (site, author, since, until, removed) would
    list in all."""
    where, params = _list_where(db, **filters)
    return raw_connection(db).execute(f"SELECT count(*) FROM articles a{where}", params).fetchone()[0]
