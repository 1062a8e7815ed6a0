"""Reading the archive: find an article, its versions and raw pages, stream articles with filters.

Every function here also accepts the read-only connection of `open_reader`. Articles come back as
`StoredArticle` (the extracted fields plus id, version, status, final URL and content hash).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from telisik.archive.rows import CONTENT_FIELDS, article_from_row, capture_from_row, loads_or
from telisik.archive.sql import raw_connection, select_all, select_one, table_exists
from telisik.times import iso, utc_iso

if TYPE_CHECKING:
    from telisik.archive.sql import Reader
    from telisik.article import Capture, StoredArticle


@dataclass
class VersionInfo:
    """One stored version of an article, as `telisik history` lists it."""

    version: int
    fetched_at: str | None
    content_hash: str | None
    parser_version: str | None
    title: str | None
    status: int | None
    final_url: str | None
    pages: int
    raw_size: int
    is_current: bool
    changed_fields: list[str] = field(
        default_factory=list
    )  # content fields that differ from the previous version
    missing_pages: list[str] = field(default_factory=list)  # further pages that failed: stored incomplete

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


# --------------------------------------------------------------------------------------------------- opening


def find_article_id(db: Reader, url_or_id: str | int) -> int | None:
    """The id of the article named by its id, archive URL, canonical URL or any URL it was fetched from."""
    if isinstance(url_or_id, int) or (isinstance(url_or_id, str) and url_or_id.strip().isdigit()):
        row = raw_connection(db).execute("SELECT id FROM articles WHERE id = ?", (int(url_or_id),)).fetchone()
        return row[0] if row else None
    text = str(url_or_id).strip()
    candidates = [text]
    try:
        from telisik.urls import normalize_url  # not at the top: `telisik show` starts fast without it

        candidates.insert(0, normalize_url(text))
    except ValueError:
        pass
    for candidate in candidates:
        for sql in (
            "SELECT id FROM articles WHERE url = ?",
            "SELECT id FROM articles WHERE canonical_url = ?",
            "SELECT article_id FROM captures WHERE url = ? ORDER BY version DESC LIMIT 1",
            "SELECT article_id FROM captures WHERE final_url = ? ORDER BY version DESC LIMIT 1",
        ):
            row = raw_connection(db).execute(sql, (candidate,)).fetchone()
            if row:
                return row[0]
    return None


def get_captures(db: Reader, article_id: int, version: int | None = None) -> list[Capture]:
    """The raw pages of a version (default: the current one), in page order, decompressed."""
    if version is None:
        row = (
            raw_connection(db).execute("SELECT version FROM articles WHERE id = ?", (article_id,)).fetchone()
        )
        if row is None:
            return []
        version = row[0]
    rows = select_all(
        db, "SELECT * FROM captures WHERE article_id = ? AND version = ? ORDER BY page", (article_id, version)
    )
    return [capture_from_row(r) for r in rows]


def find_capture(
    db: Reader, final_url: str, sha256: str, fetched_at: datetime | str | None
) -> tuple[int, int] | None:
    """(article id, version) of the stored page fetched from `final_url` at `fetched_at` with these bytes
    (their SHA-256), or None: an exact match is the same capture, archived already."""
    row = (
        raw_connection(db)
        .execute(
            "SELECT article_id, version FROM captures WHERE final_url = ? AND raw_sha256 = ? AND fetched_at = ?"
            " LIMIT 1",
            (final_url, sha256, iso(fetched_at)),
        )
        .fetchone()
    )
    return (row[0], row[1]) if row else None


def _attach_captures(db: Reader, article: StoredArticle) -> StoredArticle:
    captures = get_captures(db, article.id, article.version)
    if captures:
        article.capture = captures[0]
        article.extra_captures = captures[1:]
    return article


def get_article(db: Reader, url_or_id: str | int, *, with_capture: bool = True) -> StoredArticle | None:
    """The current version of an article (with its raw capture(s) unless with_capture=False), or None."""
    row = get_article_row(db, url_or_id)
    if row is None:
        return None
    article = article_from_row(row)
    return _attach_captures(db, article) if with_capture else article


def get_article_row(db: Reader, url_or_id: str | int) -> dict[str, Any] | None:
    """The stored row of an article (archive bookkeeping included: id, url key, version, status...)."""
    article_id = find_article_id(db, url_or_id)
    if article_id is None:
        return None
    return select_one(db, "SELECT * FROM articles WHERE id = ?", (article_id,))


def get_version(
    db: Reader, url_or_id: str | int, n: int, *, with_capture: bool = True
) -> StoredArticle | None:
    """Version `n` (1 = first stored) of an article, or None when there is no such version."""
    current = get_article_row(db, url_or_id)
    if current is None:
        return None
    row = (
        current
        if n == current["version"]
        else select_one(
            db, "SELECT * FROM article_versions WHERE article_id = ? AND version = ?", (current["id"], n)
        )
    )
    if row is None:
        return None
    article = article_from_row(row)
    return _attach_captures(db, article) if with_capture else article


def list_versions(db: Reader, url_or_id: str | int) -> list[VersionInfo]:
    """Every stored version of an article, oldest first; [] when the article is unknown."""
    current = get_article_row(db, url_or_id)
    if current is None:
        return []
    rows = select_all(
        db,
        "SELECT v.*, (SELECT count(*) FROM captures c WHERE c.article_id = v.article_id "
        "AND c.version = v.version)"
        " AS pages, (SELECT coalesce(sum(raw_size), 0) FROM captures c WHERE c.article_id = v.article_id"
        " AND c.version = v.version) AS raw_size FROM article_versions v WHERE v.article_id = ? "
        "ORDER BY v.version",
        (current["id"],),
    )
    result: list[VersionInfo] = []
    previous: dict[str, Any] | None = None
    for row in rows:
        fields = current if row["version"] == current["version"] else row
        changed = (
            []
            if previous is None
            else [
                name for name in CONTENT_FIELDS if (previous.get(name) or None) != (fields.get(name) or None)
            ]
        )
        result.append(
            VersionInfo(
                version=row["version"],
                fetched_at=row["fetched_at"],
                content_hash=fields.get("content_hash"),
                parser_version=fields.get("parser_version"),
                title=fields.get("title"),
                status=row.get("status"),
                final_url=row.get("final_url"),
                pages=row["pages"],
                raw_size=row["raw_size"],
                is_current=row["version"] == current["version"],
                changed_fields=changed,
                missing_pages=loads_or(fields.get("missing_pages"), []),
            )
        )
        previous = fields
    return result


def known_urls(db: Reader, urls: Iterable[str]) -> set[str]:
    """The members of `urls` already in the archive (as an article key, canonical URL or fetched URL)."""
    from telisik.urls import normalize_url

    found: set[str] = set()
    for url in urls:
        forms = {url}
        try:
            forms.add(normalize_url(url))
        except ValueError:
            pass
        for form in forms:
            if (
                raw_connection(db)
                .execute(
                    "SELECT 1 FROM articles WHERE url = ?1 OR canonical_url = ?1 "
                    "UNION ALL SELECT 1 FROM captures WHERE url = ?1 OR final_url = ?1 LIMIT 1",
                    (form,),
                )
                .fetchone()
            ):
                found.add(url)
                break
    return found


def site_filter_sql(site: str | None, table: str = "articles") -> tuple[list[str], list[Any]]:
    """The SQL condition for --site on `table` (the host as `articles.site` holds it), none without a site."""
    if not site:
        return [], []
    from telisik.urls import site_filter  # here, not at the top: `show` and `search` start faster without it

    return [f"{table}.site = ?"], [site_filter(site)]


def date_filter_sql(
    since: date | datetime | str | None, until: date | datetime | str | None, table: str = "articles"
) -> tuple[list[str], list[Any]]:
    """SQL conditions for --since/--until on the publication date.

    A date (or `YYYY-MM-DD`) compares the article's *local* date — the date printed on the page, in its own
    time zone — so `--since 2026-01-27` keeps an article of 27 January 00:30 WIB. An aware datetime compares
    instants in UTC. Both bounds are inclusive. Articles without a date are left out when a bound is given.
    """
    clauses: list[str] = []
    params: list[Any] = []
    for bound, op in ((since, ">="), (until, "<=")):
        if bound is None:
            continue
        if isinstance(bound, datetime):
            clauses.append(f"{table}.published_utc {op} ?")
            params.append(utc_iso(bound))
        else:
            day = bound.isoformat() if isinstance(bound, date) else str(bound)[:10]
            clauses.append(f"substr({table}.published, 1, 10) {op} ?")
            params.append(day)
    return clauses, params


# Which rows a listing reads: "all", "articles" (kind article, or NULL in rows older than the column) or
# "pages" (rows kept on purpose that are not articles: `fetch --any-page`).
KIND_FILTERS = {
    "all": None,
    "articles": "(articles.kind IS NULL OR articles.kind = 'article')",
    "pages": "articles.kind <> 'article'",
}


def _article_filters(site: str | None, since, until, which: str = "all") -> tuple[list[str], list[Any]]:
    clauses, params = date_filter_sql(since, until)
    kind_clause = KIND_FILTERS[which]
    if kind_clause:
        clauses.append(kind_clause)
    site_clauses, site_params = site_filter_sql(site)
    return clauses + site_clauses, params + site_params


def site_known(db: Reader, site: str) -> bool:
    """Whether `--site SITE` names a site the archive knows: one it holds articles of, or a configured crawl
    site (any of its hosts). Read as `--site` is everywhere (`telisik.urls.site_filter`)."""
    from telisik.urls import site_filter  # lazily, as above

    wanted = site_filter(site)
    if select_one(db, "SELECT 1 AS found FROM articles WHERE site = ? LIMIT 1", [wanted]):
        return True
    if not table_exists(db, "sites"):
        return False
    for row in select_all(db, "SELECT hosts FROM sites"):
        hosts = json.loads(row["hosts"] or "[]")
        if any(site_filter(host) == wanted for host in hosts):
            return True
    return False


def count_articles(db: Reader, *, site: str | None = None, since=None, until=None, which: str = "all") -> int:
    """How many current articles `iter_articles` with the same filters yields (for progress bars)."""
    clauses, params = _article_filters(site, since, until, which)
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    return raw_connection(db).execute(f"SELECT count(*) FROM articles{where}", params).fetchone()[0]


def incomplete_article_urls(db: Reader, *, site: str | None = None) -> list[str]:
    """The URLs (as fetched) of the current versions stored incomplete: some further pages failed."""
    clauses, params = _article_filters(site, None, None)
    where = "".join(f" AND {c}" for c in clauses)
    rows = select_all(
        db,
        "SELECT coalesce(fetched_url, final_url, url) AS url FROM articles "
        f"WHERE missing_pages IS NOT NULL AND missing_pages NOT IN ('', '[]'){where} ORDER BY id",
        params,
    )
    return [row["url"] for row in rows]


def iter_articles(
    db: Reader,
    *,
    site: str | None = None,
    since=None,
    until=None,
    with_capture: bool = False,
    batch_size: int = 500,
    which: str = "all",
) -> Iterator[StoredArticle]:
    """Current versions of the stored articles in id order, streamed in batches (bounded memory).

    Each is a StoredArticle, as `get_article` and `get_version` return. `which`: see KIND_FILTERS.
    """
    clauses, params = _article_filters(site, since, until, which)
    where = "".join(f" AND {c}" for c in clauses)
    last_id = 0
    while True:
        rows = select_all(
            db,
            f"SELECT * FROM articles WHERE id > ?{where} ORDER BY id LIMIT ?",
            (last_id, *params, batch_size),
        )
        if not rows:
            return
        for row in rows:
            article = article_from_row(row)
            yield _attach_captures(db, article) if with_capture else article
        last_id = rows[-1]["id"]
