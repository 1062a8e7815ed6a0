"""Rows that are not articles: listing them and deleting stored articles whole.

A page kept on purpose (`telisik fetch --any-page`) or stored by an older telisik that did not tell pages from
articles has `articles.kind` other than "article" (once `telisik reparse` has decided it). `telisik prune
--non-articles` lists them with `list_pages` and removes them with `delete_articles`, which removes everything an
article owns — its row, every version, every raw capture, its full-text and stem-index entries — in one
transaction, and remembers its crawl URLs as "not an article" so the nightly crawl does not fetch them again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from telisik.archive.queries import site_filter_sql
from telisik.archive.sql import (
    raw_connection,
    select_all,
)

if TYPE_CHECKING:
    from telisik.archive.sql import Reader


@dataclass
class StoredPage:
    """A stored row that is not an article."""

    id: int
    url: str
    kind: str
    reason: str | None
    title: str | None
    site: str | None
    versions: int
    captures: int
    raw_bytes: int

    def to_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def list_pages(db: Reader, *, site: str | None = None) -> list[StoredPage]:
    """The stored rows whose kind is not "article", in id order, with what deleting them would remove."""
    clauses, params = site_filter_sql(site, "a")
    where = " AND ".join(["a.kind <> 'article'", *clauses])
    rows = select_all(
        db,
        "SELECT a.id, a.url, a.kind, a.kind_reason AS reason, a.title, a.site, "
        "(SELECT count(*) FROM article_versions v WHERE v.article_id = a.id) AS versions, "
        "(SELECT count(*) FROM captures c WHERE c.article_id = a.id) AS captures, "
        "(SELECT coalesce(sum(raw_size), 0) FROM captures c WHERE c.article_id = a.id) AS raw_bytes "
        f"FROM articles a WHERE {where} ORDER BY a.id",
        params,
    )
    return [StoredPage(**row) for row in rows]


def undecided_count(db: Reader, *, site: str | None = None) -> int:
    """Rows stored before telisik told pages from articles (kind NULL): `telisik reparse` decides them."""
    clauses, params = site_filter_sql(site)
    where = " AND ".join(["kind IS NULL", *clauses])
    return raw_connection(db).execute(f"SELECT count(*) FROM articles WHERE {where}", params).fetchone()[0]
