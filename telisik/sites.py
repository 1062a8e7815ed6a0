"""The sites that `telisik crawl` archives, and what the crawler remembers about each between runs.

Everything lives in the archive database, so a cron job needs nothing but the DB path:
- `sites`: one row per configured site (URL, hosts, feeds, sitemaps, section pages, per-site settings) and the
  outcome of its last crawl (time, counts, error).
- `site_sources`: one row per feed, sitemap, robots.txt or page the crawler fetches for discovery, with the
  ETag/Last-Modified of the last response, so the next run asks "anything new?" with a conditional request.
- `site_urls`: discovered URLs that were tried and should not be tried again every night (not an article,
  or failed too often), and which URL each stored article was found under.
`ensure_site_tables(db)` creates them idempotently; it is safe to call at every start.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

import sqlite_utils

MAX_URL_ATTEMPTS = 3  # a URL that failed this many runs in a row is left alone


class SiteError(ValueError):
    """A site that cannot be added or found (bad URL, duplicate name, unknown name)."""


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


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def ensure_site_tables(db: sqlite_utils.Database) -> None:
    """Create the crawl tables when missing (idempotent)."""
    db.execute(
        """CREATE TABLE IF NOT EXISTS sites (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            url TEXT NOT NULL UNIQUE,
            hosts TEXT NOT NULL DEFAULT '[]',
            feeds TEXT NOT NULL DEFAULT '[]',
            sitemaps TEXT NOT NULL DEFAULT '[]',
            sections TEXT NOT NULL DEFAULT '[]',
            delay REAL,
            max_articles INTEGER,
            include TEXT NOT NULL DEFAULT '[]',
            exclude TEXT NOT NULL DEFAULT '[]',
            added_at TEXT,
            last_crawl_at TEXT,
            last_success_at TEXT,
            last_error TEXT,
            articles_archived INTEGER NOT NULL DEFAULT 0,  -- unused: counted from site_urls (older archives have it)
            last_counts TEXT NOT NULL DEFAULT '{}'
        )"""
    )
    db.execute(
        """CREATE TABLE IF NOT EXISTS site_sources (
            site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            kind TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            last_status INTEGER,
            fetched_at TEXT,
            lastmod TEXT,
            body TEXT,
            PRIMARY KEY (site_id, url)
        )"""
    )
    db.execute(
        """CREATE TABLE IF NOT EXISTS site_urls (
            site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            outcome TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            reason TEXT,
            article_id INTEGER,
            updated_at TEXT,
            PRIMARY KEY (site_id, url)
        )"""
    )
    db.conn.commit()


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
    )


def _check_http_url(url: str, what: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SiteError(f"{what} must be an http(s) URL: {url!r}")
    return url.strip()


def site_hosts(url: str) -> list[str]:
    """The hosts a site's URLs may be on: its own host[:port] and the www./bare twin."""
    parts = urlsplit(url)
    netloc = parts.netloc.lower().rsplit("@", 1)[-1]
    if netloc.endswith(":443") and parts.scheme == "https" or netloc.endswith(":80") and parts.scheme == "http":
        netloc = netloc.rsplit(":", 1)[0]
    hosts = [netloc]
    host = parts.hostname or ""
    if not host.replace(".", "").isdigit() and ":" not in netloc:
        twin = host[4:] if host.startswith("www.") else "www." + host
        hosts.append(twin)
    return hosts


def add_site(
    db: sqlite_utils.Database,
    url: str,
    *,
    name: str | None = None,
    feeds: Iterable[str] = (),
    sitemaps: Iterable[str] = (),
    sections: Iterable[str] = (),
    delay: float | None = None,
    max_articles: int | None = None,
    include: Iterable[str] = (),
    exclude: Iterable[str] = (),
) -> Site:
    """Add a site (raises SiteError on a bad URL/pattern or when the name or URL is already configured)."""
    import re

    ensure_site_tables(db)
    url = _check_http_url(url, "site URL")
    if urlsplit(url).path == "":
        url += "/"
    feeds = [_check_http_url(u, "feed") for u in feeds]
    sitemaps = [_check_http_url(u, "sitemap") for u in sitemaps]
    sections = [_check_http_url(u, "section page") for u in sections]
    for pattern in [*include, *exclude]:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise SiteError(f"bad pattern {pattern!r}: {exc}") from None
    if delay is not None and delay < 0:
        raise SiteError("delay must be >= 0")
    if max_articles is not None and max_articles < 0:
        raise SiteError("max-articles must be >= 0")
    hosts = site_hosts(url)
    name = name or hosts[0]
    for column, value in (("name", name), ("url", url)):
        if db.execute(f"SELECT 1 FROM sites WHERE {column} = ?", [value]).fetchone():
            raise SiteError(f"a site with {column} {value!r} is already configured")
    row = {
        "name": name,
        "url": url,
        "hosts": json.dumps(hosts),
        "feeds": json.dumps(feeds),
        "sitemaps": json.dumps(sitemaps),
        "sections": json.dumps(sections),
        "delay": delay,
        "max_articles": max_articles,
        "include": json.dumps(list(include)),
        "exclude": json.dumps(list(exclude)),
        "added_at": now_iso(),
    }
    with db.conn:
        db["sites"].insert(row)
    return get_site(db, name)  # type: ignore[return-value]


def list_sites(db: sqlite_utils.Database) -> list[Site]:
    ensure_site_tables(db)
    rows = db.query(
        """SELECT sites.*, (SELECT count(*) FROM site_urls WHERE site_id = sites.id AND outcome = 'stored')
             AS stored_count FROM sites ORDER BY name"""
    )
    return [_row_to_site(row) for row in rows]


def get_site(db: sqlite_utils.Database, name_or_url: str) -> Site | None:
    """A site by name, URL (with or without trailing slash) or host."""
    ensure_site_tables(db)
    key = name_or_url.strip()
    for site in list_sites(db):
        if key in (site.name, site.url) or key.rstrip("/") + "/" == site.url:
            return site
    for site in list_sites(db):
        if key.lower() in site.hosts:
            return site
    return None


def remove_site(db: sqlite_utils.Database, name_or_url: str) -> Site:
    """Remove a site and its crawl state (archived articles stay). Raises SiteError when unknown."""
    site = get_site(db, name_or_url)
    if site is None:
        raise SiteError(f"no site named {name_or_url!r}")
    with db.conn:
        db.execute("DELETE FROM site_sources WHERE site_id = ?", [site.id])
        db.execute("DELETE FROM site_urls WHERE site_id = ?", [site.id])
        db.execute("DELETE FROM sites WHERE id = ?", [site.id])
    return site


# ---------------------------------------------------------------------------------------------------------
# Crawl state


def get_sources(db: sqlite_utils.Database, site_id: int) -> dict[str, SourceState]:
    rows = db.query("SELECT * FROM site_sources WHERE site_id = ?", [site_id])
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


def save_source(db: sqlite_utils.Database, site_id: int, state: SourceState) -> None:
    with db.conn:
        db.execute(
            """INSERT INTO site_sources (site_id, url, kind, etag, last_modified, last_status, fetched_at, lastmod, body)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (site_id, url) DO UPDATE SET kind = excluded.kind, etag = excluded.etag,
                 last_modified = excluded.last_modified, last_status = excluded.last_status,
                 fetched_at = excluded.fetched_at, lastmod = excluded.lastmod, body = excluded.body""",
            [site_id, state.url, state.kind, state.etag, state.last_modified, state.last_status,
             state.fetched_at or now_iso(), state.lastmod, state.body],
        )


def settled_urls(db: sqlite_utils.Database, site_id: int, urls: Iterable[str]) -> set[str]:
    """Of `urls`, those this site need not fetch again: stored, not an article, gone (404/410 and other
    permanent client errors), or failed too often."""
    urls = list(urls)
    found: set[str] = set()
    for start in range(0, len(urls), 500):
        batch = urls[start : start + 500]
        marks = ",".join("?" * len(batch))
        rows = db.execute(
            f"""SELECT url FROM site_urls WHERE site_id = ? AND url IN ({marks})
                AND (outcome IN ('stored', 'not_article', 'gone') OR (outcome = 'failed' AND attempts >= ?))""",
            [site_id, *batch, MAX_URL_ATTEMPTS],
        ).fetchall()
        found.update(row[0] for row in rows)
    return found


def add_pending(db: sqlite_utils.Database, site_id: int, urls: Iterable[str]) -> None:
    """Remember discovered URLs left for a later run (over the per-run limit), unless already known."""
    now = now_iso()
    with db.conn:
        db.conn.executemany(
            "INSERT OR IGNORE INTO site_urls (site_id, url, outcome, attempts, updated_at) VALUES (?, ?, 'pending', 0, ?)",
            [(site_id, url, now) for url in urls],
        )


def backlog_urls(db: sqlite_utils.Database, site_id: int) -> list[str]:
    """URLs to try again although no source lists them as new: left over by the limit, or failed before."""
    rows = db.execute(
        """SELECT url FROM site_urls WHERE site_id = ?
           AND (outcome = 'pending' OR (outcome = 'failed' AND attempts < ?)) ORDER BY rowid""",
        [site_id, MAX_URL_ATTEMPTS],
    ).fetchall()
    return [row[0] for row in rows]


def record_url(
    db: sqlite_utils.Database,
    site_id: int,
    url: str,
    outcome: str,
    *,
    reason: str | None = None,
    article_id: int | None = None,
) -> None:
    """Remember what became of a discovered URL ("stored", "not_article", "gone", "failed", "pending").

    Inside a caller's transaction (storing the article and recording it as one) it joins that transaction.
    """
    with _joined_or_own_transaction(db):
        db.execute(
            """INSERT INTO site_urls (site_id, url, outcome, attempts, reason, article_id, updated_at)
               VALUES (?, ?, ?, 1, ?, ?, ?)
               ON CONFLICT (site_id, url) DO UPDATE SET outcome = excluded.outcome,
                 attempts = CASE WHEN excluded.outcome = 'failed' AND site_urls.outcome = 'failed'
                                 THEN site_urls.attempts + 1 ELSE 1 END,
                 reason = excluded.reason, article_id = COALESCE(excluded.article_id, site_urls.article_id),
                 updated_at = excluded.updated_at""",
            [site_id, url, outcome, reason, article_id, now_iso()],
        )


@contextmanager
def _joined_or_own_transaction(db: sqlite_utils.Database) -> Iterator[None]:
    if db.conn.in_transaction:
        yield
    else:
        with db.conn:
            yield


def record_crawl(
    db: sqlite_utils.Database,
    site_id: int,
    *,
    started_at: str | None,
    error: str | None,
    counts: dict[str, Any],
) -> None:
    """Save the outcome of one crawl of a site. `started_at` None: the crawl did not complete (kept as is)."""
    with db.conn:
        db.execute(
            """UPDATE sites SET last_error = ?, last_counts = ?,
                 last_crawl_at = COALESCE(?, last_crawl_at),
                 last_success_at = CASE WHEN ? IS NULL AND ? IS NOT NULL THEN ? ELSE last_success_at END
               WHERE id = ?""",
            [error, json.dumps(counts), started_at, error, started_at, now_iso(), site_id],
        )
