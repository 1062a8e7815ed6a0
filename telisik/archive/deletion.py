"""Deleting an article with everything stored for it (`telisik delete`): its versions, raw captures and
full-text entries, in one transaction.

The crawl's record of the URL (`site_urls`) stays, pointing nowhere, so the nightly crawl does not archive
the deleted article again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from telisik.archive.connection import transaction
from telisik.archive.queries import find_article_id
from telisik.archive.sql import raw_connection, select_one
from telisik.archive.stemindex import stem_index_remove
from telisik.times import now_iso

if TYPE_CHECKING:
    from telisik.archive.sql import Archive, Reader

__all__ = ["DeletionPlan", "delete_articles", "plan_deletion"]


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


def plan_deletion(db: Reader, url_or_id: str | int) -> DeletionPlan | None:
    """What `delete_articles` would remove for the article named by id or URL; None when it is unknown."""
    article_id = find_article_id(db, url_or_id)
    if article_id is None:
        return None
    conn = raw_connection(db)
    url, title, site = conn.execute(
        "SELECT url, title, site FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    versions = conn.execute(
        "SELECT count(*) FROM article_versions WHERE article_id = ?", (article_id,)
    ).fetchone()[0]
    captures, size = conn.execute(
        "SELECT count(*), coalesce(sum(raw_size), 0) FROM captures WHERE article_id = ?", (article_id,)
    ).fetchone()
    return DeletionPlan(article_id, url, title, site, max(versions, 1), captures, size)


def delete_articles(db: Archive, article_ids: Iterable[int], *, not_article: str | None = None) -> int:
    """Delete articles with their versions, captures and full-text entries, all in one transaction (a
    StoreError with one line when it cannot). Returns how many articles were deleted.

    The crawl keeps its record of each URL (so it does not archive it again); with `not_article` (the reason,
    as `prune` gives it) the URL is remembered as not an article."""
    deleted = 0
    with transaction(db):
        for article_id in dict.fromkeys(article_ids):
            deleted += _delete_article(db, article_id, not_article)
    return deleted


def _delete_article(db: Archive, article_id: int, not_article: str | None) -> int:
    row = select_one(db, "SELECT * FROM articles WHERE id = ?", (article_id,))
    if row is None:
        return 0
    conn = raw_connection(db)
    # The stemmed index is contentless: it forgets a row only when told its indexed values.
    stem_index_remove(db, article_id, row)
    conn.execute("DELETE FROM article_checks WHERE article_id = ?", (article_id,))  # its re-check state
    conn.execute("DELETE FROM article_events WHERE article_id = ?", (article_id,))  # removed/restored
    conn.execute("DELETE FROM captures WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM article_versions WHERE article_id = ?", (article_id,))  # FTS trigger
    conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))  # FTS trigger
    if not_article is None:
        conn.execute("UPDATE site_urls SET article_id = NULL WHERE article_id = ?", (article_id,))
    else:
        conn.execute(
            "UPDATE site_urls SET outcome = 'not_article', reason = ?, article_id = NULL, updated_at = ? "
            "WHERE article_id = ?",
            (not_article, now_iso(), article_id),
        )
    return 1
