"""Full-text search on PostgreSQL: the index behind `search` when the archive is a `postgresql://` database.

(Being built: the schema hook `ensure_search_schema` is called by `pgschema.ensure_pg_shape`.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from telisik.archive.sql import Archive


def search_schema_ready(db: Archive) -> bool:
    return True


def ensure_search_schema(db: Archive) -> None:
    """Create the full-text index's tables if missing (inside `ensure_pg_shape`'s transaction)."""


def index_article(db: Archive, article_id: int, row: dict[str, Any]) -> None:
    """(Re)index an article's current title, body and authors (called on every write of them)."""


def unindex_article(db: Archive, article_id: int) -> None:
    """Drop an article's index entry (before a rewrite, or when it is deleted)."""
