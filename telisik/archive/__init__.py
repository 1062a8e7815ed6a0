"""The archive: one SQLite file holding articles, their revisions, the raw pages and the crawl's state.

This package is the only code that knows SQL. Everything else uses the functions below, which take the
handle `open_db` returns (`Archive`; readers also accept `open_reader`'s connection): the seam a PostgreSQL
backend implements.

- `schema`      every table, `SCHEMA_VERSION`, migrations of older files
- `sql`         the primitives: error wording, the write transaction, row helpers
- `connection`  `open_db`, `open_reader`, `transaction`, `batched_writes`
- `rows`        Article/Capture <-> stored values, `content_hash`, `raw_sha256`
- `revisions`   writing: new article, new version, re-extraction, late old capture
- `queries`     reading: articles, versions, raw pages, filters
- `fulltext`    search (query syntax, ranking, snippets); `stemindex` and `stemmer` behind it
- `crawlstate`  sites, discovery sources and URL outcomes the crawl remembers
- `pages`       rows that are not articles (`prune`), deleting stored articles whole
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from telisik.archive.connection import BUSY_TIMEOUT_MS, batched_writes, open_db, open_reader, transaction
from telisik.archive.fulltext import QueryError, SearchHit, count_hits, search
from telisik.archive.pages import StoredPage, delete_articles, list_pages, undecided_count
from telisik.archive.queries import (
    VersionInfo,
    count_articles,
    date_filter_sql,
    find_article_id,
    find_capture,
    get_article,
    get_article_row,
    get_captures,
    get_version,
    iter_articles,
    known_urls,
    list_versions,
)
from telisik.archive.revisions import StoreResult, store_article, update_extraction
from telisik.archive.rows import article_key, content_hash, raw_sha256
from telisik.archive.schema import SCHEMA_VERSION, ensure_db_shape
from telisik.archive.sql import DatabaseFailure, StoreError

if TYPE_CHECKING:
    from telisik.archive.sql import Archive as Archive
    from telisik.archive.sql import Reader as Reader

__all__ = [
    "BUSY_TIMEOUT_MS",
    "SCHEMA_VERSION",
    "DatabaseFailure",
    "QueryError",
    "SearchHit",
    "StoreError",
    "StoreResult",
    "StoredPage",
    "VersionInfo",
    "article_key",
    "batched_writes",
    "content_hash",
    "count_articles",
    "count_hits",
    "date_filter_sql",
    "delete_articles",
    "ensure_db_shape",
    "find_article_id",
    "find_capture",
    "get_article",
    "get_article_row",
    "get_captures",
    "get_version",
    "iter_articles",
    "known_urls",
    "list_pages",
    "list_versions",
    "open_db",
    "open_reader",
    "raw_sha256",
    "search",
    "store_article",
    "transaction",
    "undecided_count",
    "update_extraction",
]
