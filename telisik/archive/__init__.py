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
- `listing`     articles without a query (newest first)
- `counts`      counts over time, per site and per query; the per-site summary
- `deletion`    deleting articles with their versions, captures and index entries (`delete`, `prune`)
- `pages`       rows that are not articles (listed for `prune`)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from telisik.archive.connection import BUSY_TIMEOUT_MS, batched_writes, open_db, open_reader, transaction
from telisik.archive.counts import (
    PERIODS,
    counts_by_period,
    counts_by_site,
    daily_counts,
    fill_periods,
    fingerprint,
    site_counts,
    site_names,
    site_summaries,
)
from telisik.archive.deletion import DeletionPlan, delete_articles, plan_deletion
from telisik.archive.fulltext import QueryError, SearchHit, count_hits, search
from telisik.archive.listing import (
    LIST_SORTS,
    count_listed,
    list_articles,
)
from telisik.archive.pages import StoredPage, list_pages, undecided_count
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
    incomplete_article_urls,
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
    "LIST_SORTS",
    "PERIODS",
    "SCHEMA_VERSION",
    "DatabaseFailure",
    "DeletionPlan",
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
    "count_listed",
    "counts_by_period",
    "counts_by_site",
    "daily_counts",
    "date_filter_sql",
    "delete_articles",
    "ensure_db_shape",
    "fill_periods",
    "find_article_id",
    "find_capture",
    "fingerprint",
    "get_article",
    "get_article_row",
    "get_captures",
    "get_version",
    "incomplete_article_urls",
    "iter_articles",
    "known_urls",
    "list_articles",
    "list_pages",
    "list_versions",
    "open_db",
    "open_reader",
    "plan_deletion",
    "raw_sha256",
    "search",
    "site_counts",
    "site_names",
    "site_summaries",
    "store_article",
    "transaction",
    "undecided_count",
    "update_extraction",
]
