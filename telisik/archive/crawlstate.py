"""What `telisik crawl` remembers between runs, in the archive: configured sites, discovery sources, URL outcomes.

- `sites`: one row per configured site (URL, hosts, feeds, sitemaps, section pages, per-site settings) and the
  outcome of its last crawl (time, counts, error).
- `site_sources`: one row per feed, sitemap, robots.txt or page the crawler fetches for discovery, with the
  ETag/Last-Modified of the last response, so the next run asks "anything new?" with a conditional request.
- `site_urls`: discovered URLs that were tried and should not be tried again every night (not an article,
  or failed too often), and which URL each stored article was found under.

The tables are part of the archive's schema (`telisik.archive.schema`); validation of what a user configures
is `telisik.crawl.sites`' job. Writes use the archive's transactions (joined when a caller holds one).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from telisik.archive.schema import ensure_db_shape
from telisik.archive.sql import insert_row, is_postgres, raw_connection, select_all, write_transaction
from telisik.times import now_iso

if TYPE_CHECKING:
    from telisik.archive.sql import Archive, Reader

MAX_URL_ATTEMPTS = 3  # a URL that failed this many runs in a row is left alone


@dataclass
class Site:
    """A configured site. `hosts` are the host[:port] values whose URLs belong to it."""

    name: str
    url: str
    hosts: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    delay: float | None = None  # seconds between requests to the site; None: default (1 s or Crawl-delay)
    max_articles: int | None = None  # per run; None: the crawl's default
    include: list[str] = field(default_factory=list)  # regular expressions searched in each URL
    exclude: list[str] = field(default_factory=list)
    id: int | None = None
    added_at: str | None = None
    last_crawl_at: str | None = None  # start of the last crawl that completed
    last_success_at: str | None = None
    last_error: str | None = None
    articles_archived: int = 0  # over all runs (URLs of this site stored)
    last_counts: dict[str, Any] = field(default_factory=dict)
    recheck: list[int] | None = None  # re-check schedule, seconds after publication; None: the default

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "url": self.url,
            "hosts": self.hosts,
            "feeds": self.feeds,
            "sitemaps": self.sitemaps,
            "sections": self.sections,
            "delay": self.delay,
            "max_articles": self.max_articles,
            "include": self.include,
            "exclude": self.exclude,
            "added_at": self.added_at,
            "last_crawl_at": self.last_crawl_at,
            "articles_archived": self.articles_archived,
            "last_error": self.last_error,
            "last_counts": self.last_counts,
            "recheck": self.recheck,
        }


@dataclass
class SourceState:
    """What the last fetch of a discovery source returned."""

    url: str
    kind: str  # "robots" | "feed" | "sitemap" | "page"
    etag: str | None = None
    last_modified: str | None = None
    last_status: int | None = None
    fetched_at: str | None = None
    lastmod: str | None = None  # a sitemap's lastmod as its index announced it last time
    body: str | None = None  # kept for robots.txt only, so a 304 can reuse it


def ensure_site_tables(db: Archive) -> None:
    """The crawl tables exist (they are part of the archive's one schema; idempotent)."""
    if is_postgres(db):
        return  # a PostgreSQL archive's schema is made when it is opened (`pgschema.ensure_pg_shape`)
    ensure_db_shape(db)


def _row_to_site(row: dict[str, Any]) -> Site:
    return Site(
        id=row["id"],
        name=row["name"],
        url=row["url"],
        hosts=json.loads(row["hosts"] or "[]"),
        feeds=json.loads(row["feeds"] or "[]"),
        sitemaps=json.loads(row["sitemaps"] or "[]"),
        sections=json.loads(row["sections"] or "[]"),
        delay=row["delay"],
        max_articles=row["max_articles"],
        include=json.loads(row["include"] or "[]"),
        exclude=json.loads(row["exclude"] or "[]"),
        added_at=row["added_at"],
        last_crawl_at=row["last_crawl_at"],
        last_success_at=row["last_success_at"],
        last_error=row["last_error"],
        articles_archived=row["stored_count"],
        last_counts=json.loads(row["last_counts"] or "{}"),
        recheck=json.loads(row["recheck"]) if row.get("recheck") else None,
    )


def site_taken(db: Archive, *, name: str, url: str) -> str | None:
    """Which of `name` / `url` a configured site already has ("name", "url"), or None."""
    ensure_site_tables(db)
    for column, value in (("name", name), ("url", url)):
        if raw_connection(db).execute(f"SELECT 1 FROM sites WHERE {column} = ?", [value]).fetchone():
            return column
    return None


def insert_site(db: Archive, site: Site) -> None:
    """Store a new site's configuration (validated by the caller)."""
    ensure_site_tables(db)
    row = {
        "name": site.name,
        "url": site.url,
        "hosts": json.dumps(site.hosts),
        "feeds": json.dumps(site.feeds),
        "sitemaps": json.dumps(site.sitemaps),
        "sections": json.dumps(site.sections),
        "delay": site.delay,
        "max_articles": site.max_articles,
        "include": json.dumps(list(site.include)),
        "exclude": json.dumps(list(site.exclude)),
        "added_at": now_iso(),
        "recheck": json.dumps(site.recheck) if site.recheck is not None else None,
    }
    with write_transaction(db):
        insert_row(db, "sites", row)


def list_sites(db: Reader) -> list[Site]:
    if not isinstance(db, sqlite3.Connection):  # a reader's archive has its schema current already
        ensure_site_tables(db)
    rows = select_all(
        db,
        """SELECT sites.*, (SELECT count(*) FROM site_urls WHERE site_id = sites.id AND outcome = 'stored')
             AS stored_count FROM sites ORDER BY name""",
    )
    return [_row_to_site(row) for row in rows]


def set_site_recheck(db: Archive, site_id: int, recheck: list[int] | None) -> None:
    """Change a site's re-check schedule (seconds after publication; None: the default)."""
    with write_transaction(db):
        raw_connection(db).execute(
            "UPDATE sites SET recheck = ? WHERE id = ?",
            [json.dumps(recheck) if recheck is not None else None, site_id],
        )


def delete_site(db: Archive, site_id: int) -> None:
    """Remove a site and its crawl state (archived articles stay)."""
    with write_transaction(db):
        for sql in (
            "DELETE FROM site_sources WHERE site_id = ?",
            "DELETE FROM site_urls WHERE site_id = ?",
            "DELETE FROM sites WHERE id = ?",
        ):
            raw_connection(db).execute(sql, [site_id])


def get_sources(db: Archive, site_id: int) -> dict[str, SourceState]:
    rows = select_all(db, "SELECT * FROM site_sources WHERE site_id = ?", [site_id])
    return {
        row["url"]: SourceState(
            url=row["url"],
            kind=row["kind"],
            etag=row["etag"],
            last_modified=row["last_modified"],
            last_status=row["last_status"],
            fetched_at=row["fetched_at"],
            lastmod=row["lastmod"],
            body=row["body"],
        )
        for row in rows
    }


def save_source(db: Archive, site_id: int, state: SourceState) -> None:
    with write_transaction(db):
        raw_connection(db).execute(
            """INSERT INTO site_sources (site_id, url, kind, etag, last_modified, last_status, fetched_at,
                 lastmod, body)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (site_id, url) DO UPDATE SET kind = excluded.kind, etag = excluded.etag,
                 last_modified = excluded.last_modified, last_status = excluded.last_status,
                 fetched_at = excluded.fetched_at, lastmod = excluded.lastmod, body = excluded.body""",
            [
                site_id,
                state.url,
                state.kind,
                state.etag,
                state.last_modified,
                state.last_status,
                state.fetched_at or now_iso(),
                state.lastmod,
                state.body,
            ],
        )


def settled_urls(db: Archive, site_id: int, urls: Iterable[str]) -> set[str]:
    """Of `urls`, those this site need not fetch again: stored, not an article, gone (404/410 and other
    permanent client errors), or failed too often."""
    urls = list(urls)
    found: set[str] = set()
    for start in range(0, len(urls), 500):
        batch = urls[start : start + 500]
        marks = ",".join("?" * len(batch))
        rows = (
            raw_connection(db)
            .execute(
                f"""SELECT url FROM site_urls WHERE site_id = ? AND url IN ({marks})
                AND (outcome IN ('stored', 'not_article', 'gone') OR (outcome = 'failed' AND attempts >= ?))""",
                [site_id, *batch, MAX_URL_ATTEMPTS],
            )
            .fetchall()
        )
        found.update(row[0] for row in rows)
    return found


def add_pending(db: Archive, site_id: int, urls: Iterable[str]) -> None:
    """Remember discovered URLs left for a later run (over the per-run limit), unless already known."""
    now = now_iso()
    with write_transaction(db):
        raw_connection(db).executemany(
            "INSERT OR IGNORE INTO site_urls (site_id, url, outcome, attempts, updated_at) "
            "VALUES (?, ?, 'pending', 0, ?)",
            [(site_id, url, now) for url in urls],
        )


def remember_filtered(db: Archive, site_id: int, entries: Iterable[tuple[str, str | None, str]]) -> None:
    """Remember (url, date its source gave, why) for entries a filter of this run skipped (`--since`, the
    include/exclude patterns), so that a later run with a wider filter finds them again even when their feed
    or sitemap answers 304. A URL the crawl already knows otherwise (pending, failed, stored) keeps its row."""
    now = now_iso()
    with write_transaction(db):
        raw_connection(db).executemany(
            """INSERT INTO site_urls (site_id, url, outcome, attempts, reason, listed_date, updated_at)
               VALUES (?, ?, 'filtered', 0, ?, ?, ?)
               ON CONFLICT (site_id, url) DO UPDATE SET reason = excluded.reason,
                 listed_date = COALESCE(excluded.listed_date, site_urls.listed_date),
                 updated_at = excluded.updated_at
               WHERE site_urls.outcome = 'filtered'""",
            [(site_id, url, why, listed, now) for url, listed, why in entries],
        )


def filtered_entries(db: Archive, site_id: int) -> list[tuple[str, str | None]]:
    """(url, listed date) of the entries earlier runs' filters skipped, to be judged again by this run's."""
    rows = (
        raw_connection(db)
        .execute(
            "SELECT url, listed_date FROM site_urls WHERE site_id = ? AND outcome = 'filtered' ORDER BY rowid",
            [site_id],
        )
        .fetchall()
    )
    return [(row[0], row[1]) for row in rows]


def backlog_urls(db: Archive, site_id: int) -> list[str]:
    """URLs to try again although no source lists them as new: left over by the limit, or failed before."""
    rows = (
        raw_connection(db)
        .execute(
            """SELECT url FROM site_urls WHERE site_id = ?
           AND (outcome = 'pending' OR (outcome = 'failed' AND attempts < ?)) ORDER BY rowid""",
            [site_id, MAX_URL_ATTEMPTS],
        )
        .fetchall()
    )
    return [row[0] for row in rows]


def record_url(
    db: Archive,
    site_id: int,
    url: str,
    outcome: str,
    *,
    reason: str | None = None,
    article_id: int | None = None,
) -> None:
    """Remember what became of a discovered URL ("stored", "not_article", "gone", "failed", "pending";
    "filtered" rows are written by `remember_filtered`).

    Inside a caller's transaction (storing the article and recording it as one) it joins that transaction.
    """
    with write_transaction(db):
        raw_connection(db).execute(
            """INSERT INTO site_urls (site_id, url, outcome, attempts, reason, article_id, updated_at)
               VALUES (?, ?, ?, 1, ?, ?, ?)
               ON CONFLICT (site_id, url) DO UPDATE SET outcome = excluded.outcome,
                 attempts = CASE WHEN excluded.outcome = 'failed' AND site_urls.outcome = 'failed'
                                 THEN site_urls.attempts + 1 ELSE 1 END,
                 reason = excluded.reason, article_id = COALESCE(excluded.article_id, site_urls.article_id),
                 updated_at = excluded.updated_at""",
            [site_id, url, outcome, reason, article_id, now_iso()],
        )


def record_crawl(
    db: Archive,
    site_id: int,
    *,
    started_at: str | None,
    error: str | None,
    counts: dict[str, Any],
) -> None:
    """Save the outcome of one crawl of a site. `started_at` None: the crawl did not complete (kept as is)."""
    with write_transaction(db):
        raw_connection(db).execute(
            """UPDATE sites SET last_error = ?, last_counts = ?,
                 last_crawl_at = COALESCE(?, last_crawl_at),
                 last_success_at = CASE WHEN CAST(? AS TEXT) IS NULL AND CAST(? AS TEXT) IS NOT NULL THEN ?
                   ELSE last_success_at END
               WHERE id = ?""",
            [error, json.dumps(counts), started_at, error, started_at, now_iso(), site_id],
        )
