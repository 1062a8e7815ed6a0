"""Counts over time and per site (`telisik stats`, the web app's sites and counts pages): articles per
period by their local publication date, per site, or matching a query (the search engine's own matching,
`fulltext.match_ids_sql`), and the per-site summary with the crawl's columns.

Whole-archive counts scan every article: `fingerprint` is the key under which a caller may keep them.
Columns that later issues add (health columns of `sites`) are looked up in the schema (`sql.columns_of`), so the
summary shows them without a change here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from telisik.archive import fulltext
from telisik.archive.rows import json_list
from telisik.archive.sql import columns_of, raw_connection

if TYPE_CHECKING:
    from telisik.archive.sql import Reader

__all__ = [
    "PERIODS",
    "counts_by_period",
    "counts_by_site",
    "daily_counts",
    "fill_periods",
    "fingerprint",
    "site_counts",
    "site_names",
    "site_summaries",
]

PERIODS = ("day", "week", "month")
Day = date | datetime | str | None


def _where(clauses: list[str], *more: str) -> str:
    every = [*clauses, *more]
    return (" WHERE " + " AND ".join(every)) if every else ""


# ------------------------------------------------------------------------------------------ counts over time


def _period_sql(by: str, column: str = "published") -> str:
    """SQL for the period an article falls in, from its *local* publication date (what the page says).
    Weeks are counted by day here and folded into weeks by `_by_week` (date arithmetic is spelled
    differently on each backend)."""
    if by in ("day", "week"):
        return f"substr({column}, 1, 10)"
    if by == "month":
        return f"substr({column}, 1, 7)"
    raise ValueError(f"unknown period {by!r}: use day, week or month")


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _by_week(per_day: dict[str, int]) -> dict[str, int]:
    """Counts per day summed per week, keyed by the Monday that starts it (ISO weeks run Monday to Sunday);
    a "day" that is not a date (a hand-edited row) is not counted."""
    weeks: dict[str, int] = {}
    for day, count in per_day.items():
        if not _ISO_DAY.fullmatch(day or ""):
            continue
        try:
            parsed = date.fromisoformat(day)
        except ValueError:
            continue
        monday = (parsed - timedelta(days=parsed.weekday())).isoformat()
        weeks[monday] = weeks.get(monday, 0) + count
    return weeks


def _counts_per_period(conn: Any, period: str, source: str, where: str, params: list[Any]) -> dict[str, int]:
    """{period: articles} of the rows `source` (joined to articles `a`) that pass `where`."""
    rows = conn.execute(
        f"SELECT p, count(*) FROM (SELECT {period} AS p FROM {source}{where}) t WHERE p IS NOT NULL GROUP BY p",
        params,
    ).fetchall()
    return dict(rows)


def counts_by_period(
    db: Reader,
    *,
    by: str = "month",
    query: str | None = None,
    site: str | None = None,
    since: Day = None,
    until: Day = None,
    stemmed: bool = True,
) -> list[dict[str, Any]]:
    """Articles per period (by the local publication date), oldest period first.

    Rows: period, articles (all articles of the period, within `site` when given); with a `query` also
    matches (how many of them match) and share (matches / articles). Undated articles are not counted.
    Raises QueryError for an unsearchable query.
    """
    period = _period_sql(by, "a.published")
    clauses, params = fulltext.filter_sql(db, site=site, since=since, until=until)
    conn = raw_connection(db)
    totals = _counts_per_period(
        conn, period, "articles a", _where(clauses, "a.published IS NOT NULL"), params
    )
    if by == "week":
        totals = _by_week(totals)
    if query is None:
        return [{"period": p, "articles": n} for p, n in sorted(totals.items())]
    ids_sql, match_params = fulltext.match_ids_sql(
        db, query, site=site, since=since, until=until, stemmed=stemmed
    )
    matched = _counts_per_period(
        conn,
        period,
        f"({ids_sql}) h JOIN articles a ON a.id = h.id",
        " WHERE a.published IS NOT NULL",
        match_params,
    )
    if by == "week":
        matched = _by_week(matched)
    return [
        {
            "period": p,
            "articles": n,
            "matches": matched.get(p, 0),
            "share": matched.get(p, 0) / n if n else 0.0,
        }
        for p, n in sorted(totals.items())
    ]


def counts_by_site(
    db: Reader,
    *,
    query: str | None = None,
    since: Day = None,
    until: Day = None,
    limit: int | None = None,
    stemmed: bool = True,
) -> list[dict[str, Any]]:
    """Articles per site; with a `query`, the top sites for it: matches and share of the site's articles,
    most matches first. Without a query: most articles first. Raises QueryError for an unsearchable query."""
    clauses, params = fulltext.filter_sql(db, since=since, until=until)
    conn = raw_connection(db)
    totals = dict(
        conn.execute(
            f"SELECT a.site, count(*) FROM articles a{_where(clauses)} GROUP BY a.site", params
        ).fetchall()
    )
    if query is None:
        rows = [{"site": s, "articles": n} for s, n in totals.items()]
        rows.sort(key=lambda r: (-r["articles"], r["site"] or ""))
        return rows[:limit] if limit else rows
    ids_sql, match_params = fulltext.match_ids_sql(db, query, since=since, until=until, stemmed=stemmed)
    matched = conn.execute(
        f"SELECT a.site, count(*) FROM ({ids_sql}) h "
        "JOIN articles a INDEXED BY idx_articles_facets ON a.id = h.id GROUP BY a.site",
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
            keys: list[str] = []
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


def site_counts(db: Reader) -> list[tuple[str | None, int, str | None, str | None]]:
    """(site, articles, first and last local publication date) for every site with articles. A scan of the
    whole archive: callers may keep the result while `fingerprint` is unchanged."""
    # Only columns stored before `body`: the scan then never reads a row's overflow pages.
    return (
        raw_connection(db)
        .execute(
            "SELECT site, count(*), min(substr(published, 1, 10)), max(substr(published, 1, 10)) "
            "FROM articles GROUP BY site"
        )
        .fetchall()
    )


def fingerprint(db: Reader) -> tuple[Any, ...]:
    """Changes whenever an article or a version is added or deleted: the key under which whole-archive
    counts can be kept (a re-extraction that changes a date is not seen; keep such entries briefly)."""
    return (
        raw_connection(db)
        .execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT max(id) FROM articles), "
            "(SELECT count(*) FROM article_versions), (SELECT max(id) FROM article_versions)"
        )
        .fetchone()
    )


def site_summaries(
    db: Reader, counts: Sequence[tuple] | None = None
) -> tuple[list[str], list[dict[str, Any]]]:
    """(columns, rows): one row per site with articles (and per configured crawl site), its article count,
    first and last publication date, then every column of the `sites` table that is there (so health
    columns that later versions add show up without a change here). `counts`: `site_counts(db)` when
    the caller has it already."""
    by_site = {
        s: {"site": s, "articles": n, "first_published": lo, "last_published": hi}
        for s, n, lo, hi in (site_counts(db) if counts is None else counts)
    }
    site_columns = [c for c in columns_of(db, "sites") if c not in _SITE_HIDDEN and c != "id"]
    if site_columns:
        cursor = raw_connection(db).execute(
            f"SELECT {', '.join(f'[{c}]' for c in site_columns)}, hosts FROM sites"
        )
        for values in cursor.fetchall():
            configured = dict(zip(site_columns, values[:-1], strict=True))
            hosts = json_list(values[-1]) or [configured.get("name")]
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


def site_names(db: Reader) -> list[str]:
    """Every site of the archive, by name (read from the site index, not the rows)."""
    return [
        r[0]
        for r in raw_connection(db).execute(
            "SELECT DISTINCT site FROM articles WHERE site IS NOT NULL ORDER BY site"
        )
    ]


def daily_counts(
    db: Reader, *, days: int = 90, until: date | None = None
) -> tuple[date, dict[str | None, list[int]]]:
    """(first day, {site: articles per day}) over the `days` days up to `until` (default: the latest
    publication date in the archive), oldest first; zero days included."""
    if until is None:
        latest = (
            raw_connection(db).execute("SELECT max(substr(published, 1, 10)) FROM articles").fetchone()[0]
        )
        try:
            until = date.fromisoformat(latest) if latest else date.today()
        except ValueError:
            until = date.today()
    start = until - timedelta(days=days - 1)
    rows = (
        raw_connection(db)
        .execute(
            "SELECT site, substr(published, 1, 10) AS d, count(*) FROM articles "
            "WHERE substr(published, 1, 10) BETWEEN ? AND ? GROUP BY site, d",
            (start.isoformat(), until.isoformat()),
        )
        .fetchall()
    )
    series: dict[str | None, list[int]] = {}
    for site, day, n in rows:
        try:
            index = (date.fromisoformat(day) - start).days
        except ValueError:
            continue
        series.setdefault(site, [0] * days)[index] = n
    return start, series
