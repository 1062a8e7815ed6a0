"""Writing articles: a new article, a revision of a stored one, a re-extraction (reparse), a late old capture.

Every write is one `BEGIN IMMEDIATE` transaction (a savepoint inside a caller's transaction), so an article
is stored whole or not at all. A re-fetch whose extracted content (`rows.CONTENT_FIELDS`) is unchanged stores
nothing new; a boilerplate-only change of the page (ads, view counters) therefore never creates a version.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from telisik.archive.rows import (
    all_captures,
    article_key,
    capture_row,
    extracted_row,
    raw_sha256,
)
from telisik.archive.schema import EXTRACTED_COLUMNS
from telisik.archive.sql import (
    StoreError,
    insert_row,
    raw_connection,
    reason_of,
    select_all,
    select_one,
    update_row,
    write_transaction,
)
from telisik.archive.stemindex import stem_index_add, stem_index_remove, stem_index_versions
from telisik.times import as_utc, iso, parse_iso

if TYPE_CHECKING:
    from telisik.archive.sql import Archive
    from telisik.article import Article, Capture


@dataclass
class StoreResult:
    """What `store_article` did."""

    status: str  # "new" | "updated" | "unchanged"
    article_id: int
    version: int
    # True when the stored capture was fetched before the current version and went in as an older version
    # (status "updated", `version` its place in fetch-time order); the current version is unchanged.
    historical: bool = False


def store_article(db: Archive, article: Article) -> StoreResult:
    """Store `article` (with its capture and `extra_captures`), keeping older versions. One transaction.

    - a URL never seen: status "new", version 1;
    - extracted content (CONTENT_FIELDS) unchanged: "unchanged", nothing stored but `last_checked_at`
      (and the unversioned fields such as `modified`, `image` refreshed in place);
    - content changed: "updated", a new version; the old one keeps its fields, raw pages and fetch time;
    - the same raw page read by a newer parser: "updated" in place (a re-extraction, not a revision);
    - a capture fetched *before* the current version (an old WARC imported late): "updated" with
      `historical=True`, kept as a past version in fetch-time order; the current version stays current.
    """
    key = article_key(article)
    if key is None:
        raise StoreError("the article has no URL to store it under")
    try:
        with write_transaction(db):
            return _store(db, key, article)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"could not store {key}: {reason_of(exc)}") from exc


def _store(db: Archive, key: str, article: Article) -> StoreResult:
    now = iso(datetime.now(timezone.utc))
    captures = all_captures(article)
    fetched_at = iso(article.fetched_at or (captures[0].fetched_at if captures else None)) or now
    first = captures[0] if captures else None
    values = extracted_row(article)
    fetch_facts = {
        "status": first.status if first else None,
        "final_url": first.final_url if first else article.url,
        "fetched_at": fetched_at,
    }
    current = select_one(db, "SELECT * FROM articles WHERE url = ?", (key,))
    if current is None:
        row = {
            "url": key,
            **values,
            "version": 1,
            **fetch_facts,
            "first_seen_at": fetched_at,
            "last_checked_at": fetched_at,
        }
        article_id = insert_row(db, "articles", row)
        _insert_version_row(db, article_id, 1, values, fetch_facts, with_fields=False)
        _insert_captures(db, article_id, 1, captures)
        stem_index_add(db, article_id, row)
        return StoreResult("new", article_id, 1)

    article_id, version = current["id"], current["version"]
    if _fetched_before(fetched_at, current.get("fetched_at")):
        return _store_older_capture(db, current, values, fetch_facts, captures)
    if current["content_hash"] == values["content_hash"]:
        refresh = {
            k: values[k]
            for k in (
                "modified",
                "image",
                "sources",
                "site_name",
                "page_urls",
                "single_page_url",
                "published_raw",
                "kind",
                "kind_reason",
            )
        }
        update_row(db, "articles", article_id, {**refresh, "last_checked_at": fetched_at})
        return StoreResult("unchanged", article_id, version)

    if first is not None and _same_raw_pages(db, article_id, version, captures):
        # Same bytes as the stored version, read differently: a parser change, not an edit of the article.
        _replace_current_fields(db, current, values)
        update_row(db, "articles", article_id, {"last_checked_at": fetched_at})
        return StoreResult("updated", article_id, version)

    # A real revision: freeze the current fields into its version row, then the new version becomes current.
    _freeze_current_version(db, current)
    new_version = version + 1
    stem_index_remove(db, article_id, current)
    update_row(
        db,
        "articles",
        article_id,
        {**values, "version": new_version, **fetch_facts, "last_checked_at": fetched_at},
    )
    _insert_version_row(db, article_id, new_version, values, fetch_facts, with_fields=False)
    _insert_captures(db, article_id, new_version, captures)
    stem_index_add(db, article_id, values)
    return StoreResult("updated", article_id, new_version)


def _fetched_before(fetched_at: str | None, current_fetched_at: str | None) -> bool:
    """Whether a capture fetched at `fetched_at` predates the current version (compared as instants)."""
    fresh, current = parse_iso(fetched_at), parse_iso(current_fetched_at)
    if fresh is None or current is None:
        return False
    return as_utc(fresh) < as_utc(current)


def _not_after(fetched_at: datetime | None, when: datetime) -> bool:
    """A version fetched at `fetched_at` (None: unknown, taken as older) is in force at `when`."""
    return fetched_at is None or as_utc(fetched_at) <= when


def _store_older_capture(
    db: Archive,
    current: dict[str, Any],
    values: dict[str, Any],
    fetch_facts: dict[str, Any],
    captures: list[Capture],
) -> StoreResult:
    """A capture fetched before the current version (an old WARC imported late): kept as a past version.

    It goes in at its place in fetch-time order (later versions are renumbered up by one), so versions stay
    oldest-first and the current version stays the newest fetch. When the version in force at that time, or
    the one that followed, has the same content, the capture adds nothing and is "unchanged", as a re-fetch
    of unchanged content is.
    """
    article_id = current["id"]
    when = as_utc(parse_iso(fetch_facts["fetched_at"]) or datetime.now(timezone.utc))
    versions = select_all(
        db,
        "SELECT version, fetched_at, content_hash FROM article_versions WHERE article_id = ? ORDER BY version",
        (article_id,),
    )
    before = [v for v in versions if _not_after(parse_iso(v["fetched_at"]), when)]
    after = versions[len(before) :]
    neighbours = ([before[-1]] if before else []) + ([after[0]] if after else [])
    if any(v["content_hash"] == values["content_hash"] for v in neighbours):
        return StoreResult("unchanged", article_id, current["version"])
    position = before[-1]["version"] + 1 if before else 1
    _shift_versions(db, article_id, position)
    _insert_version_row(db, article_id, position, values, fetch_facts, with_fields=True)
    _insert_captures(db, article_id, position, captures)
    stem_index_versions(db, article_id)
    raw_connection(db).execute(
        "UPDATE articles SET version = version + 1, "
        "first_seen_at = CASE WHEN first_seen_at IS NULL OR first_seen_at > ? THEN ? ELSE first_seen_at END "
        "WHERE id = ?",
        (fetch_facts["fetched_at"], fetch_facts["fetched_at"], article_id),
    )
    return StoreResult("updated", article_id, position, historical=True)


def _shift_versions(db: Archive, article_id: int, start: int) -> None:
    """Renumber versions >= start up by one, to make room for an older one (two steps: UNIQUE holds)."""
    for table in ("article_versions", "captures"):
        raw_connection(db).execute(
            f"UPDATE [{table}] SET version = -(version + 1) WHERE article_id = ? AND version >= ?",
            (article_id, start),
        )
        raw_connection(db).execute(
            f"UPDATE [{table}] SET version = -version WHERE article_id = ? AND version < 0", (article_id,)
        )


def _insert_version_row(
    db: Archive,
    article_id: int,
    version: int,
    values: dict[str, Any],
    facts: dict[str, Any],
    *,
    with_fields: bool,
) -> None:
    row = {
        "article_id": article_id,
        "version": version,
        **facts,
        "parser_version": values.get("parser_version"),
        "content_hash": values.get("content_hash"),
    }
    if with_fields:
        row.update(values)
    insert_row(db, "article_versions", row)


def _insert_captures(db: Archive, article_id: int, version: int, captures: list[Capture]) -> None:
    for page, capture in enumerate(captures, 1):
        insert_row(db, "captures", capture_row(article_id, version, page, capture))


def _same_raw_pages(db: Archive, article_id: int, version: int, captures: list[Capture]) -> bool:
    stored = [
        r[0]
        for r in raw_connection(db).execute(
            "SELECT raw_sha256 FROM captures WHERE article_id = ? AND version = ? ORDER BY page",
            (article_id, version),
        )
    ]
    fresh = [raw_sha256(c.content or b"") for c in captures]
    return bool(stored) and stored == fresh


def _freeze_current_version(db: Archive, current: dict[str, Any]) -> None:
    fields = {name: current.get(name) for name in EXTRACTED_COLUMNS}
    cursor = raw_connection(db).execute(
        "SELECT id FROM article_versions WHERE article_id = ? AND version = ?",
        (current["id"], current["version"]),
    )
    found = cursor.fetchone()
    if found is None:
        insert_row(
            db,
            "article_versions",
            {
                "article_id": current["id"],
                "version": current["version"],
                "fetched_at": current.get("fetched_at"),
                "status": current.get("status"),
                "final_url": current.get("final_url"),
                **fields,
            },
        )
    else:
        update_row(db, "article_versions", found[0], fields)


def _replace_current_fields(db: Archive, current: dict[str, Any], values: dict[str, Any]) -> None:
    article_id = current["id"]
    stem_index_remove(db, article_id, current)
    update_row(db, "articles", article_id, values)
    stem_index_add(db, article_id, values)
    raw_connection(db).execute(
        "UPDATE article_versions SET parser_version = ?, content_hash = ? "
        "WHERE article_id = ? AND version = ?",
        (values["parser_version"], values["content_hash"], article_id, current["version"]),
    )


def update_extraction(db: Archive, article_id: int, article: Article) -> bool:
    """Replace the current version's extracted fields with a re-extraction of its stored raw pages (reparse).

    The archive key (`url`) and fetch facts stay; the parser version is recorded either way. Returns True when
    the extracted content changed. No new version is made: the page did not change, our reading of it did.
    """
    try:
        with write_transaction(db):
            current = select_one(db, "SELECT * FROM articles WHERE id = ?", (article_id,))
            if current is None:
                raise StoreError(f"no article with id {article_id}")
            values = extracted_row(article)
            if not values.get("site"):
                values["site"] = current.get("site")
            changed = values["content_hash"] != current["content_hash"]
            if changed or any(values[k] != current.get(k) for k in values):
                _replace_current_fields(db, current, values)
            return changed
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"could not update article {article_id}: {reason_of(exc)}") from exc


# ---------------------------------------------------------------------------------------------- reading
