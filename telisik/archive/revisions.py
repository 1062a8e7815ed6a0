"""The archive: one SQLite file holding articles, their revisions and the raw pages they were read from.

Schema (see `SCHEMA_VERSION`; `ensure_db_shape` creates it and migrates older files):

- `articles` — one row per article, keyed by `url` (the normalised canonical URL, else the normalised final
  URL). It holds the *current* version's extracted fields. JSON columns (`authors`, `tags`, `sources`,
  `page_urls`) hold JSON text, which Datasette and sqlite-utils detect and render as JSON.
- `article_versions` — one row per stored version (git-history's item/item_version model). The current
  version's row carries only the fetch facts (time, hash, parser version); its extracted fields live in
  `articles` and are copied here only when a newer version supersedes it, so nothing is stored twice.
- `captures` — the raw HTTP responses of each version, one row per page (multi-page articles have several),
  the body zlib-compressed in `raw_zlib`. A re-fetch whose extracted content is unchanged stores nothing
  new; a boilerplate-only change of the page (ads, view counters) therefore never creates a version.
- `articles_fts` — FTS5 over `articles(title, body, authors)` with `content="articles"`, tokenizer
  `unicode61 remove_diacritics 2` (case and accents never matter) and sync triggers: exactly what
  sqlite-utils' `enable_fts(create_triggers=True)` makes (so Datasette's search box and `table.search()`
  find it), written out here to stay inside the migration transaction; the update trigger fires only when
  title/body/authors change. `article_versions_fts` is the same over superseded versions.
- `articles_stem_fts` — a contentless FTS5 index of the *stemmed* title and body of Indonesian articles,
  maintained from Python (see `telisik.stemmer`), so `aman` finds `keamanan`. Index only: no text stored.
  `articles.stem_state` fingerprints what each row was indexed from; an edit made outside telisik (SQL,
  Datasette) is detected and the stem index rebuilt instead of corrupted. `telisik_meta` records the
  stemmer version the index was built with (a new stemmer rebuilds it on the next `open_db`).
- `idx_articles_facets` — (id, site, local date, UTC date, authors): search checks filters and sorts by
  date on this narrow index instead of the wide article rows.
- Dates: `published` is ISO 8601 with the article's own offset (date filters compare its first ten
  characters, the local date); `published_utc` is the same instant in UTC for sorting.

Every write is one `BEGIN IMMEDIATE` transaction, committed when the function returns; WAL mode and a busy
timeout let two processes (a crawl and a fetch) write to the same file. Bulk work (import, reparse) groups
its writes with `batched_writes`: one commit per batch, each article still all-or-nothing (a savepoint).
"""

from __future__ import annotations

import json
import os
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

    from telisik.article import Article, Capture
    from telisik.search import SearchHit

__all__ = [
    "SCHEMA_VERSION",
    "StoreError",
    "StoreResult",
    "VersionInfo",
    "open_db",
    "open_reader",
    "transaction",
    "batched_writes",
    "ensure_db_shape",
    "store_article",
    "get_article",
    "get_version",
    "get_captures",
    "find_capture",
    "known_urls",
    "iter_articles",
    "count_articles",
    "list_versions",
    "update_extraction",
    "find_article_id",
    "get_article_row",
    "article_key",
    "date_filter_sql",
    "content_hash",
    "raw_sha256",
    "search",
    "count_hits",
]

SCHEMA_VERSION = 2  # 1: first release shape; 2: idx_articles_facets
BUSY_TIMEOUT_MS = 30_000
FTS_TOKENIZE = "unicode61 remove_diacritics 2"

# Fields whose change makes a new version. Deliberately left out: `modified` (some sites stamp every request),
# `image` (CDN URLs carry cache-busting parameters), `sources`/`parser_version` (how we read, not what).
CONTENT_FIELDS = ("title", "body", "authors", "editor", "published", "description", "section", "tags")

JSON_FIELDS = ("authors", "tags", "sources", "page_urls")
DATE_FIELDS = ("published", "modified", "fetched_at")

# Extracted fields, in the order they appear in `articles` and `article_versions`.
EXTRACTED_COLUMNS: dict[str, str] = {
    "canonical_url": "TEXT",
    "fetched_url": "TEXT",
    "site": "TEXT",
    "site_name": "TEXT",
    "title": "TEXT",
    "authors": "TEXT",  # JSON list
    "editor": "TEXT",
    "published": "TEXT",  # ISO 8601 with the article's own UTC offset
    "published_utc": "TEXT",  # the same instant in UTC, for sorting across time zones
    "published_raw": "TEXT",
    "modified": "TEXT",
    "section": "TEXT",
    "tags": "TEXT",  # JSON list
    "description": "TEXT",
    "image": "TEXT",
    "language": "TEXT",
    "body": "TEXT",
    "page_urls": "TEXT",  # JSON list
    "single_page_url": "TEXT",
    "sources": "TEXT",  # JSON object: field -> where its value came from
    "parser_version": "TEXT",
    "content_hash": "TEXT",
}

ARTICLES_DDL = (
    "CREATE TABLE IF NOT EXISTS [articles] (\n"
    "  [id] INTEGER PRIMARY KEY,\n"
    "  [url] TEXT NOT NULL UNIQUE,\n"
    + "".join(f"  [{name}] {kind},\n" for name, kind in EXTRACTED_COLUMNS.items())
    + "  [version] INTEGER NOT NULL DEFAULT 1,\n"
    "  [status] INTEGER,\n"
    "  [final_url] TEXT,\n"
    "  [fetched_at] TEXT,\n"
    "  [first_seen_at] TEXT,\n"
    "  [last_checked_at] TEXT,\n"
    "  [stem_state] TEXT\n"  # what the stem index holds for this row (see _stem_state)
    ")"
)

VERSIONS_DDL = (
    "CREATE TABLE IF NOT EXISTS [article_versions] (\n"
    "  [id] INTEGER PRIMARY KEY,\n"
    "  [article_id] INTEGER NOT NULL REFERENCES [articles]([id]),\n"
    "  [version] INTEGER NOT NULL,\n"
    "  [fetched_at] TEXT,\n"
    "  [status] INTEGER,\n"
    "  [final_url] TEXT,\n"
    + "".join(f"  [{name}] {kind},\n" for name, kind in EXTRACTED_COLUMNS.items())
    + "  UNIQUE ([article_id], [version])\n"
    ")"
)

CAPTURES_DDL = """
CREATE TABLE IF NOT EXISTS [captures] (
  [id] INTEGER PRIMARY KEY,
  [article_id] INTEGER NOT NULL REFERENCES [articles]([id]),
  [version] INTEGER NOT NULL,
  [page] INTEGER NOT NULL DEFAULT 1,
  [url] TEXT,
  [final_url] TEXT,
  [status] INTEGER,
  [fetched_at] TEXT,
  [headers] TEXT,
  [content_type] TEXT,
  [encoding] TEXT,
  [raw_size] INTEGER,
  [raw_sha256] TEXT,
  [raw_zlib] BLOB,
  UNIQUE ([article_id], [version], [page])
)
"""

INDEXES = (
    "CREATE INDEX IF NOT EXISTS [idx_articles_site] ON [articles]([site])",
    "CREATE INDEX IF NOT EXISTS [idx_articles_published_utc] ON [articles]([published_utc])",
    # Date filters compare the article's local date: the first 10 characters of its ISO date.
    "CREATE INDEX IF NOT EXISTS [idx_articles_published_local] ON [articles](substr([published], 1, 10))",
    "CREATE INDEX IF NOT EXISTS [idx_articles_canonical_url] ON [articles]([canonical_url])",
    # What search filters and sorts on, keyed by id: checking a date or site for thousands of full-text
    # matches reads this small index instead of the wide article rows (20-50x faster; used via INDEXED BY).
    "CREATE INDEX IF NOT EXISTS [idx_articles_facets] ON [articles]"
    "([id], [site], substr([published], 1, 10), [published_utc], [authors])",
    "CREATE INDEX IF NOT EXISTS [idx_captures_url] ON [captures]([url])",
    "CREATE INDEX IF NOT EXISTS [idx_captures_final_url] ON [captures]([final_url])",
)

META_DDL = "CREATE TABLE IF NOT EXISTS [telisik_meta] ([key] TEXT PRIMARY KEY, [value] TEXT)"
FTS_COLUMNS = ("title", "body", "authors")
STEM_FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS [articles_stem_fts] USING fts5("
    f"title, body, content='', tokenize='{FTS_TOKENIZE}')"
)
FTS_DDL = (
    "CREATE VIRTUAL TABLE [{t}_fts] USING FTS5 (\n"
    '    "title", "body", "authors",\n'
    f"    tokenize='{FTS_TOKENIZE}',\n"
    '    content="{t}"\n)'
)
# The triggers sqlite-utils creates, except that the update trigger fires only when an indexed column
# changes, so bookkeeping updates (last_checked_at) do not rewrite the full-text index.
FTS_TRIGGERS = (
    (
        "ai",
        "CREATE TRIGGER [{t}_ai] AFTER INSERT ON [{t}] BEGIN\n"
        "  INSERT INTO [{t}_fts] (rowid, [title], [body], [authors]) "
        "VALUES (new.rowid, new.[title], new.[body], new.[authors]);\nEND",
    ),
    (
        "ad",
        "CREATE TRIGGER [{t}_ad] AFTER DELETE ON [{t}] BEGIN\n"
        "  INSERT INTO [{t}_fts] ([{t}_fts], rowid, [title], [body], [authors]) "
        "VALUES('delete', old.rowid, old.[title], old.[body], old.[authors]);\nEND",
    ),
    (
        "au",
        "CREATE TRIGGER [{t}_au] AFTER UPDATE OF [title], [body], [authors] ON [{t}] BEGIN\n"
        "  INSERT INTO [{t}_fts] ([{t}_fts], rowid, [title], [body], [authors]) "
        "VALUES('delete', old.rowid, old.[title], old.[body], old.[authors]);\n"
        "  INSERT INTO [{t}_fts] (rowid, [title], [body], [authors]) "
        "VALUES (new.rowid, new.[title], new.[body], new.[authors]);\nEND",
    ),
)


class StoreError(Exception):
    """The archive could not be opened or written; `reason` is one line for the user."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass
class StoreResult:
    status: str  # "new" | "updated" | "unchanged"
    article_id: int
    version: int
    # True when the stored capture was fetched before the current version and went in as an older version
    # (status "updated", `version` its place in fetch-time order); the current version is unchanged.
    historical: bool = False


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

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


# --------------------------------------------------------------------------------------------------- opening


def open_db(path: str | os.PathLike) -> Database:
    """Open (creating if needed) the archive at `path`, in WAL mode with a busy timeout, schema up to date.

    Raises StoreError with a one-line reason when the file cannot be used (read-only, not a database, from a
    newer telisik).
    """
    path = os.fspath(path)
    directory = os.path.dirname(os.path.abspath(path)) or "."
    if not os.path.isdir(directory):
        raise StoreError(f"cannot open the archive {path}: directory {directory} does not exist")
    if os.path.exists(path) and not os.access(path, os.W_OK):
        raise StoreError(f"cannot write to the archive {path}: the file is read-only")
    if not os.access(directory, os.W_OK):
        raise StoreError(f"cannot write to the archive {path}: directory {directory} is read-only")
    try:
        import sqlite_utils  # only writers pay for it (~100 ms: it imports numpy when present)

        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
        db = sqlite_utils.Database(conn, execute_plugins=False)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.enable_wal()
        db.execute("PRAGMA synchronous = NORMAL")  # safe in WAL mode: a crash loses no committed transaction
        db.execute("PRAGMA foreign_keys = ON")
        ensure_db_shape(db)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot open the archive {path}: {_reason(exc)}") from exc
    return db


def open_reader(path: str | os.PathLike) -> sqlite3.Connection:
    """A read-only connection for `search` and `show`: no sqlite-utils import, nothing created.

    An archive with an older schema is migrated first (through `open_db`) when the file is writable.
    Every reading function of this module and of `telisik.search` accepts this connection as `db`.
    """
    path = os.fspath(path)
    if not os.path.exists(path):
        raise StoreError(f"no archive at {path}; run telisik fetch first")
    try:
        conn = sqlite3.connect(f"file:{_uri_path(path)}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        has_articles = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles'"
        ).fetchone()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot read the archive {path}: {_reason(exc)}") from exc
    if not has_articles:
        conn.close()
        raise StoreError(f"{path} is not a telisik archive (no articles table)")
    if version > SCHEMA_VERSION:
        conn.close()
        raise StoreError(f"{path} was written by a newer telisik (schema {version}); upgrade telisik")
    if version < SCHEMA_VERSION:
        conn.close()
        open_db(path).close()  # migrates, or raises a clear StoreError when it cannot
        return open_reader(path)
    return conn


def _conn(db: Database | sqlite3.Connection) -> sqlite3.Connection:
    return db if isinstance(db, sqlite3.Connection) else db.conn


def _uri_path(path: str) -> str:
    from urllib.parse import quote

    return quote(os.path.abspath(path))


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    message = text[0] if text else type(exc).__name__
    if "readonly" in message or "read-only" in message:
        return "the file or its directory is read-only"
    if "disk is full" in message:
        return "disk full: no space left to write the archive (nothing was half-written)"
    if "disk I/O" in message:
        return f"{message} (is the disk full or failing?)"
    if "not a database" in message:
        return "the file is not an SQLite database"
    return message


def ensure_db_shape(db: Database) -> None:
    """Create the tables, indexes and full-text indexes if missing and migrate older schemas. Idempotent."""
    from telisik.stemmer import STEMMER_VERSION

    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(f"the archive was written by a newer telisik (schema {version}); upgrade telisik")
    if (
        version == SCHEMA_VERSION
        and _shape_complete(db)
        and _get_meta(db, "stemmer_version") == STEMMER_VERSION
    ):
        return
    with _write_transaction(db):
        if db["articles"].exists():
            _migrate_articles_columns(db)
        db.execute(ARTICLES_DDL)
        db.execute(VERSIONS_DDL)
        db.execute(CAPTURES_DDL)
        db.execute(META_DDL)
        _migrate_inline_raw_html(db)
        for sql in INDEXES:
            db.execute(sql)
        _ensure_fts(db, "articles")
        _ensure_fts(db, "article_versions")
        if _get_meta(db, "stemmer_version") != STEMMER_VERSION:
            # The stem index is rebuilt whenever the stemmer changes: its rows can only be deleted with the
            # exact values they were indexed with, which a different stemmer would not reproduce.
            db.execute("DROP TABLE IF EXISTS [articles_stem_fts]")
        if not db["articles_stem_fts"].exists():
            db.execute(STEM_FTS_DDL)
            _populate_stem_index(db)
        _ensure_version_rows(db)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _shape_complete(db: Database) -> bool:
    names = set(db.table_names())
    return {
        "articles",
        "article_versions",
        "captures",
        "articles_fts",
        "article_versions_fts",
        "articles_stem_fts",
        "telisik_meta",
    } <= names


def _ensure_fts(db: Database, table: str) -> None:
    """The FTS5 table and triggers sqlite-utils' `enable_fts(create_triggers=True)` makes, written out here
    because `enable_fts` runs `executescript`, which would commit our migration transaction half-way."""
    if db[f"{table}_fts"].exists():
        return
    db.execute(FTS_DDL.format(t=table))
    db.execute(
        f"INSERT INTO [{table}_fts] (rowid, [title], [body], [authors]) "
        f"SELECT rowid, [title], [body], [authors] FROM [{table}]"
    )
    for trigger in FTS_TRIGGERS:
        db.execute(f"DROP TRIGGER IF EXISTS [{table}_{trigger[0]}]")
        db.execute(trigger[1].format(t=table))


def _migrate_articles_columns(db: Database) -> None:
    """Schema 0 (an early telisik: one flat `articles` table) -> add every column the current shape has."""
    existing = {c.name for c in db["articles"].columns}
    wanted = dict(EXTRACTED_COLUMNS)
    wanted.update(
        {
            "version": "INTEGER NOT NULL DEFAULT 1",
            "status": "INTEGER",
            "final_url": "TEXT",
            "fetched_at": "TEXT",
            "first_seen_at": "TEXT",
            "last_checked_at": "TEXT",
            "stem_state": "TEXT",
        }
    )
    for name, kind in wanted.items():
        if name not in existing:
            db.execute(f"ALTER TABLE [articles] ADD COLUMN [{name}] {kind}")
    for json_column in JSON_FIELDS:
        # early versions stored lists as comma-separated text; JSON from now on
        db.execute(
            f"UPDATE [articles] SET [{json_column}] = json_array([{json_column}]) "
            f"WHERE [{json_column}] IS NOT NULL AND json_valid([{json_column}]) = 0"
        )
    db.execute(
        "UPDATE [articles] SET [published_utc] = strftime('%Y-%m-%dT%H:%M:%SZ', [published]) "
        "WHERE [published_utc] IS NULL AND [published] IS NOT NULL"
    )
    db.execute("UPDATE [articles] SET [first_seen_at] = [fetched_at] WHERE [first_seen_at] IS NULL")


def _migrate_inline_raw_html(db: Database) -> None:
    """Schema 0 kept the raw page in `articles.raw_html`: move it to `captures` (compressed) and drop it."""
    columns = {c.name for c in db["articles"].columns}
    if "raw_html" not in columns:
        return
    rows = db.execute(
        "SELECT id, raw_html, fetched_url, final_url, status, fetched_at FROM articles"
    ).fetchall()
    for article_id, raw, fetched_url, final_url, status, fetched_at in rows:
        if raw is None:
            continue
        content = raw.encode("utf-8") if isinstance(raw, str) else bytes(raw)
        if content[:2] == b"\x1f\x8b":  # an early version gzipped it
            import gzip

            content = gzip.decompress(content)
        db.execute(
            "INSERT OR IGNORE INTO captures (article_id, version, page, url, final_url, status, fetched_at, "
            "headers, content_type, encoding, raw_size, raw_sha256, raw_zlib) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                article_id,
                1,
                1,
                fetched_url,
                final_url,
                status,
                fetched_at,
                "{}",
                "text/html",
                "utf-8",
                len(content),
                raw_sha256(content),
                zlib.compress(content, 6),
            ),
        )
    if sqlite3.sqlite_version_info >= (3, 35, 0):
        db.execute("ALTER TABLE [articles] DROP COLUMN [raw_html]")
    else:  # no DROP COLUMN before SQLite 3.35: empty it, the space is reused
        db.execute("UPDATE [articles] SET [raw_html] = NULL")


def _ensure_version_rows(db: Database) -> None:
    """Every article has a row for its current version (migrated archives had none)."""
    db.execute(
        "INSERT INTO article_versions (article_id, version, fetched_at, status, final_url, parser_version, "
        "content_hash) SELECT a.id, a.version, a.fetched_at, a.status, a.final_url, a.parser_version, "
        "a.content_hash FROM articles a WHERE NOT EXISTS "
        "(SELECT 1 FROM article_versions v WHERE v.article_id = a.id AND v.version = a.version)"
    )


@contextmanager
def transaction(db: Database) -> Iterator[None]:
    """Group many writes (store_article, update_extraction) into one transaction: much faster for bulk work
    (import, reparse, benchmarks). Without it each write is its own transaction."""
    try:
        with _write_transaction(db):
            yield
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"could not write to the archive: {_reason(exc)}") from exc


# A batch of bulk writes is committed after this many articles or this many seconds, whichever comes first:
# few enough commits to be fast, a write lock held briefly enough that a concurrent `fetch` barely waits.
BATCH_ARTICLES = 500
BATCH_SECONDS = 2.0


@contextmanager
def batched_writes(
    db: Database, *, size: int = BATCH_ARTICLES, max_seconds: float = BATCH_SECONDS
) -> Iterator[Callable[[], None]]:
    """Group bulk writes into transactions of `size` articles (or `max_seconds`); yields `done()`, to be
    called after each article.

    Every `store_article`/`update_extraction` inside is a savepoint, so the open transaction only ever holds
    whole articles: on leaving (normally or by an exception, a generator closed early included) it is
    committed, and a crash loses at most the batch in flight, never half an article. When SQLite itself
    rolled the transaction back (a full disk), `done()` raises StoreError: earlier articles of the batch are
    gone and must not be reported as stored.
    """
    import time

    conn = _conn(db)
    if conn.in_transaction:  # inside a caller's transaction: its commit is the one that counts
        yield lambda: None
        return
    state = {"count": 0, "since": time.monotonic()}

    def begin() -> None:
        conn.execute("BEGIN IMMEDIATE")
        state["count"], state["since"] = 0, time.monotonic()

    def done() -> None:
        if not conn.in_transaction:
            raise StoreError("SQLite rolled back the last writes of this batch (is the disk full?)")
        state["count"] += 1
        if state["count"] >= size or time.monotonic() - state["since"] >= max_seconds:
            conn.execute("COMMIT")
            begin()

    try:
        begin()
        yield done
    finally:
        try:
            if conn.in_transaction:
                conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"could not write to the archive: {_reason(exc)}") from exc


@contextmanager
def _write_transaction(db: Database) -> Iterator[None]:
    """BEGIN IMMEDIATE ... COMMIT: take the write lock up front so a concurrent writer waits (busy timeout)
    instead of failing half-way; nested calls join the outer transaction."""
    conn = _conn(db)
    if conn.in_transaction:
        # Inside a caller's transaction: a savepoint, so a failed article leaves nothing half-written.
        conn.execute("SAVEPOINT telisik_write")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK TO telisik_write")
                conn.execute("RELEASE telisik_write")
            raise
        else:
            conn.execute("RELEASE telisik_write")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


# ------------------------------------------------------------------------------------------------ row mapping


def _iso(value: datetime | str | None) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, datetime) else str(value)


def _utc_iso(value: datetime | None) -> str | None:
    if not isinstance(value, datetime):
        return None
    if value.tzinfo is None:  # the contract says aware; a naive value is taken as UTC rather than guessed
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _json(value: Any) -> str:
    return json.dumps(value if value is not None else [], ensure_ascii=False)


def raw_sha256(content: bytes) -> str:
    """The hex SHA-256 of `content`, as stored in `captures.raw_sha256` (hashlib is imported only by
    writers: loading OpenSSL costs `telisik search` ~3 ms of start-up)."""
    import hashlib

    return hashlib.sha256(content).hexdigest()


def content_hash(article: Article) -> str:
    """SHA-256 of the extracted content fields (CONTENT_FIELDS): equal hashes mean "same article text"."""
    payload = {}
    for name in CONTENT_FIELDS:
        value = getattr(article, name)
        payload[name] = _iso(value) if name in DATE_FIELDS else value
    encoded = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return raw_sha256(encoded.encode("utf-8"))


def article_key(article: Article) -> str | None:
    """The archive key: the normalised canonical URL, else the normalised URL the page was fetched from."""
    from telisik.urls import normalize_url

    for candidate in (
        article.canonical_url,
        article.capture.final_url if article.capture else None,
        article.url,
        article.capture.url if article.capture else None,
    ):
        if candidate:
            try:
                return normalize_url(candidate)
            except ValueError:
                continue
    return None


def _extracted_row(article: Article) -> dict[str, Any]:
    """The EXTRACTED_COLUMNS of `article` as stored values."""
    return {
        "canonical_url": article.canonical_url,
        "fetched_url": article.url,
        "site": article.site or _site_from(article),
        "site_name": article.site_name,
        "title": article.title,
        "authors": _json(list(article.authors or [])),
        "editor": article.editor,
        "published": _iso(article.published),
        "published_utc": _utc_iso(article.published),
        "published_raw": article.published_raw,
        "modified": _iso(article.modified),
        "section": article.section,
        "tags": _json(list(article.tags or [])),
        "description": article.description,
        "image": article.image,
        "language": article.language,
        "body": article.body or "",
        "page_urls": _json(list(article.page_urls or [])),
        "single_page_url": article.single_page_url,
        "sources": json.dumps(article.sources or {}, ensure_ascii=False),
        "parser_version": article.parser_version,
        "content_hash": content_hash(article),
    }


def _site_from(article: Article) -> str | None:
    from telisik.urls import site_of

    url = article.canonical_url or article.url or (article.capture.final_url if article.capture else None)
    try:
        return site_of(url) if url else None
    except ValueError:
        return None


def _parse_dt(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _loads(value: str | None, default: Any) -> Any:
    if value in (None, ""):
        return default
    try:
        return json.loads(value)
    except ValueError:
        return default


def _article_from_row(row: dict[str, Any]) -> Article:
    from telisik.article import Article

    return Article(
        url=row.get("fetched_url") or row.get("final_url") or row.get("url"),
        canonical_url=row.get("canonical_url"),
        site=row.get("site"),
        title=row.get("title"),
        authors=_loads(row.get("authors"), []),
        editor=row.get("editor"),
        published=_parse_dt(row.get("published")),
        modified=_parse_dt(row.get("modified")),
        published_raw=row.get("published_raw"),
        body=row.get("body") or "",
        description=row.get("description"),
        section=row.get("section"),
        tags=_loads(row.get("tags"), []),
        image=row.get("image"),
        language=row.get("language"),
        site_name=row.get("site_name"),
        sources=_loads(row.get("sources"), {}),
        page_urls=_loads(row.get("page_urls"), []),
        single_page_url=row.get("single_page_url"),
        fetched_at=_parse_dt(row.get("fetched_at")),
        parser_version=row.get("parser_version"),
    )


def _capture_row(article_id: int, version: int, page: int, capture: Capture) -> dict[str, Any]:
    content = capture.content or b""
    return {
        "article_id": article_id,
        "version": version,
        "page": page,
        "url": capture.url,
        "final_url": capture.final_url,
        "status": capture.status,
        "fetched_at": _iso(capture.fetched_at),
        "headers": json.dumps(dict(capture.headers or {}), ensure_ascii=False),
        "content_type": capture.content_type,
        "encoding": capture.encoding,
        "raw_size": len(content),
        "raw_sha256": raw_sha256(content),
        "raw_zlib": zlib.compress(content, 6),
    }


def _capture_from_row(row: dict[str, Any]) -> Capture:
    from telisik.article import Capture

    raw = row.get("raw_zlib")
    return Capture(
        url=row.get("url") or "",
        final_url=row.get("final_url") or row.get("url") or "",
        status=row.get("status") or 0,
        headers=_loads(row.get("headers"), {}),
        content=zlib.decompress(raw) if raw is not None else b"",
        fetched_at=_parse_dt(row.get("fetched_at")) or datetime.now(timezone.utc),
        content_type=row.get("content_type") or "",
        encoding=row.get("encoding"),
    )


def _all_captures(article: Article) -> list[Capture]:
    captures = [article.capture] if article.capture is not None else []
    return captures + [c for c in (getattr(article, "extra_captures", None) or []) if c is not None]


def _insert(db: Database, table: str, row: dict[str, Any]) -> int:
    columns = ", ".join(f"[{k}]" for k in row)
    marks = ", ".join("?" for _ in row)
    cursor = _conn(db).execute(f"INSERT INTO [{table}] ({columns}) VALUES ({marks})", list(row.values()))
    return cursor.lastrowid


def _update(db: Database, table: str, row_id: int, values: dict[str, Any]) -> None:
    assignments = ", ".join(f"[{k}] = ?" for k in values)
    _conn(db).execute(f"UPDATE [{table}] SET {assignments} WHERE id = ?", [*values.values(), row_id])


def _row(cursor: sqlite3.Cursor, values: tuple | None) -> dict[str, Any] | None:
    if values is None:
        return None
    return {d[0]: v for d, v in zip(cursor.description, values, strict=True)}


def _select_one(db: Database, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
    cursor = _conn(db).execute(sql, params)
    return _row(cursor, cursor.fetchone())


def _select_all(db: Database, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    cursor = _conn(db).execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


# --------------------------------------------------------------------------------------------- stem index


def _stem_values(row: dict[str, Any]) -> tuple[str, str] | None:
    """What the stem index holds for an article row, or None when the article is not Indonesian."""
    from telisik import stemmer

    if not stemmer.applies_to(row.get("language"), row.get("title"), row.get("body")):
        return None
    return stemmer.stem_text(row.get("title") or ""), stemmer.stem_text(row.get("body") or "")


def _stem_state(row: dict[str, Any], indexed: bool) -> str:
    """A fingerprint of the text a row was stem-indexed from ("-" prefix: not indexed).

    A contentless FTS5 index forgets a row only when given exactly the values it was indexed with. If the
    row's title/body were changed behind telisik's back (an SQL UPDATE, a Datasette edit), the fingerprint no
    longer matches, and the index is rebuilt instead of being corrupted by a wrong delete.
    """
    text = "\x00".join(str(row.get(k) or "") for k in ("language", "title", "body"))
    import hashlib

    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
    return digest if indexed else "-" + digest


def _stem_index_remove(db: Database, article_id: int, old_row: dict[str, Any]) -> None:
    values = _stem_values(old_row)
    if old_row.get("stem_state") != _stem_state(old_row, values is not None):
        # Edited outside telisik: the indexed values are unknown. Leave the stale entry (at worst an extra
        # stemmed hit) and have the next open_db rebuild the whole stem index.
        _set_meta(db, "stemmer_version", "stale")
        return
    if values is not None:
        _conn(db).execute(
            "INSERT INTO articles_stem_fts (articles_stem_fts, rowid, title, body) "
            "VALUES ('delete', ?, ?, ?)",
            (article_id, *values),
        )


def _stem_index_add(db: Database, article_id: int, row: dict[str, Any]) -> None:
    values = _stem_values(row)
    if values is not None:
        _conn(db).execute(
            "INSERT INTO articles_stem_fts (rowid, title, body) VALUES (?, ?, ?)", (article_id, *values)
        )
    _conn(db).execute(
        "UPDATE articles SET stem_state = ? WHERE id = ?", (_stem_state(row, values is not None), article_id)
    )


def _populate_stem_index(db: Database) -> None:
    from telisik import stemmer

    last_id = 0
    while True:
        rows = _select_all(
            db,
            "SELECT id, language, title, body FROM articles WHERE id > ? ORDER BY id LIMIT 1000",
            (last_id,),
        )
        if not rows:
            break
        for row in rows:
            _stem_index_add(db, row["id"], row)
        last_id = rows[-1]["id"]
    _set_meta(db, "stemmer_version", stemmer.STEMMER_VERSION)


def _get_meta(db: Database | sqlite3.Connection, key: str) -> str | None:
    if not _conn(db).execute("SELECT 1 FROM sqlite_master WHERE name = 'telisik_meta'").fetchone():
        return None
    row = _conn(db).execute("SELECT value FROM telisik_meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _set_meta(db: Database, key: str, value: str) -> None:
    _conn(db).execute("INSERT OR REPLACE INTO telisik_meta (key, value) VALUES (?, ?)", (key, value))


# ---------------------------------------------------------------------------------------------- writing


def store_article(db: Database, article: Article) -> StoreResult:
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
        with _write_transaction(db):
            return _store(db, key, article)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"could not store {key}: {_reason(exc)}") from exc


def _store(db: Database, key: str, article: Article) -> StoreResult:
    now = _iso(datetime.now(timezone.utc))
    captures = _all_captures(article)
    fetched_at = _iso(article.fetched_at or (captures[0].fetched_at if captures else None)) or now
    first = captures[0] if captures else None
    values = _extracted_row(article)
    fetch_facts = {
        "status": first.status if first else None,
        "final_url": first.final_url if first else article.url,
        "fetched_at": fetched_at,
    }
    current = _select_one(db, "SELECT * FROM articles WHERE url = ?", (key,))
    if current is None:
        row = {
            "url": key,
            **values,
            "version": 1,
            **fetch_facts,
            "first_seen_at": fetched_at,
            "last_checked_at": fetched_at,
        }
        article_id = _insert(db, "articles", row)
        _insert_version_row(db, article_id, 1, values, fetch_facts, with_fields=False)
        _insert_captures(db, article_id, 1, captures)
        _stem_index_add(db, article_id, row)
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
            )
        }
        _update(db, "articles", article_id, {**refresh, "last_checked_at": fetched_at})
        return StoreResult("unchanged", article_id, version)

    if first is not None and _same_raw_pages(db, article_id, version, captures):
        # Same bytes as the stored version, read differently: a parser change, not an edit of the article.
        _replace_current_fields(db, current, values)
        _update(db, "articles", article_id, {"last_checked_at": fetched_at})
        return StoreResult("updated", article_id, version)

    # A real revision: freeze the current fields into its version row, then the new version becomes current.
    _freeze_current_version(db, current)
    new_version = version + 1
    _stem_index_remove(db, article_id, current)
    _update(
        db,
        "articles",
        article_id,
        {**values, "version": new_version, **fetch_facts, "last_checked_at": fetched_at},
    )
    _insert_version_row(db, article_id, new_version, values, fetch_facts, with_fields=False)
    _insert_captures(db, article_id, new_version, captures)
    _stem_index_add(db, article_id, values)
    return StoreResult("updated", article_id, new_version)


def _fetched_before(fetched_at: str | None, current_fetched_at: str | None) -> bool:
    """Whether a capture fetched at `fetched_at` predates the current version (compared as instants)."""
    fresh, current = _parse_dt(fetched_at), _parse_dt(current_fetched_at)
    if fresh is None or current is None:
        return False
    return _as_utc(fresh) < _as_utc(current)


def _as_utc(value: datetime) -> datetime:
    return (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)


def _store_older_capture(
    db: Database,
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
    when = _as_utc(_parse_dt(fetch_facts["fetched_at"]))  # type: ignore[arg-type]
    versions = _select_all(
        db,
        "SELECT version, fetched_at, content_hash FROM article_versions WHERE article_id = ? ORDER BY version",
        (article_id,),
    )
    before = [
        v
        for v in versions
        if (_parse_dt(v["fetched_at"]) is None) or _as_utc(_parse_dt(v["fetched_at"])) <= when
    ]
    after = versions[len(before) :]
    neighbours = ([before[-1]] if before else []) + ([after[0]] if after else [])
    if any(v["content_hash"] == values["content_hash"] for v in neighbours):
        return StoreResult("unchanged", article_id, current["version"])
    position = before[-1]["version"] + 1 if before else 1
    _shift_versions(db, article_id, position)
    _insert_version_row(db, article_id, position, values, fetch_facts, with_fields=True)
    _insert_captures(db, article_id, position, captures)
    _conn(db).execute(
        "UPDATE articles SET version = version + 1, "
        "first_seen_at = CASE WHEN first_seen_at IS NULL OR first_seen_at > ? THEN ? ELSE first_seen_at END "
        "WHERE id = ?",
        (fetch_facts["fetched_at"], fetch_facts["fetched_at"], article_id),
    )
    return StoreResult("updated", article_id, position, historical=True)


def _shift_versions(db: Database, article_id: int, start: int) -> None:
    """Renumber versions >= start up by one, to make room for an older one (two steps: UNIQUE holds)."""
    for table in ("article_versions", "captures"):
        _conn(db).execute(
            f"UPDATE [{table}] SET version = -(version + 1) WHERE article_id = ? AND version >= ?",
            (article_id, start),
        )
        _conn(db).execute(
            f"UPDATE [{table}] SET version = -version WHERE article_id = ? AND version < 0", (article_id,)
        )


def _insert_version_row(
    db, article_id: int, version: int, values: dict[str, Any], facts: dict[str, Any], *, with_fields: bool
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
    _insert(db, "article_versions", row)


def _insert_captures(db: Database, article_id: int, version: int, captures: list[Capture]) -> None:
    for page, capture in enumerate(captures, 1):
        _insert(db, "captures", _capture_row(article_id, version, page, capture))


def _same_raw_pages(db: Database, article_id: int, version: int, captures: list[Capture]) -> bool:
    stored = [
        r[0]
        for r in _conn(db).execute(
            "SELECT raw_sha256 FROM captures WHERE article_id = ? AND version = ? ORDER BY page",
            (article_id, version),
        )
    ]
    fresh = [raw_sha256(c.content or b"") for c in captures]
    return bool(stored) and stored == fresh


def _freeze_current_version(db: Database, current: dict[str, Any]) -> None:
    fields = {name: current.get(name) for name in EXTRACTED_COLUMNS}
    cursor = _conn(db).execute(
        "SELECT id FROM article_versions WHERE article_id = ? AND version = ?",
        (current["id"], current["version"]),
    )
    found = cursor.fetchone()
    if found is None:
        _insert(
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
        _update(db, "article_versions", found[0], fields)


def _replace_current_fields(db: Database, current: dict[str, Any], values: dict[str, Any]) -> None:
    article_id = current["id"]
    _stem_index_remove(db, article_id, current)
    _update(db, "articles", article_id, values)
    _stem_index_add(db, article_id, values)
    _conn(db).execute(
        "UPDATE article_versions SET parser_version = ?, content_hash = ? "
        "WHERE article_id = ? AND version = ?",
        (values["parser_version"], values["content_hash"], article_id, current["version"]),
    )


def update_extraction(db: Database, article_id: int, article: Article) -> bool:
    """Replace the current version's extracted fields with a re-extraction of its stored raw pages (reparse).

    The archive key (`url`) and fetch facts stay; the parser version is recorded either way. Returns True when
    the extracted content changed. No new version is made: the page did not change, our reading of it did.
    """
    try:
        with _write_transaction(db):
            current = _select_one(db, "SELECT * FROM articles WHERE id = ?", (article_id,))
            if current is None:
                raise StoreError(f"no article with id {article_id}")
            values = _extracted_row(article)
            if not values.get("site"):
                values["site"] = current.get("site")
            changed = values["content_hash"] != current["content_hash"]
            if changed or any(values[k] != current.get(k) for k in values):
                _replace_current_fields(db, current, values)
            return changed
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"could not update article {article_id}: {_reason(exc)}") from exc


# ---------------------------------------------------------------------------------------------- reading


def find_article_id(db: Database, url_or_id: str | int) -> int | None:
    """The id of the article named by its id, archive URL, canonical URL or any URL it was fetched from."""
    if isinstance(url_or_id, int) or (isinstance(url_or_id, str) and url_or_id.strip().isdigit()):
        row = _conn(db).execute("SELECT id FROM articles WHERE id = ?", (int(url_or_id),)).fetchone()
        return row[0] if row else None
    text = str(url_or_id).strip()
    candidates = [text]
    try:
        from telisik.urls import normalize_url

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
            row = _conn(db).execute(sql, (candidate,)).fetchone()
            if row:
                return row[0]
    return None


def get_captures(db: Database, article_id: int, version: int | None = None) -> list[Capture]:
    """The raw pages of a version (default: the current one), in page order, decompressed."""
    if version is None:
        row = _conn(db).execute("SELECT version FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return []
        version = row[0]
    rows = _select_all(
        db, "SELECT * FROM captures WHERE article_id = ? AND version = ? ORDER BY page", (article_id, version)
    )
    return [_capture_from_row(r) for r in rows]


def find_capture(
    db: Database, final_url: str, sha256: str, fetched_at: datetime | str | None
) -> tuple[int, int] | None:
    """(article id, version) of the stored page fetched from `final_url` at `fetched_at` with these bytes
    (their SHA-256), or None: an exact match is the same capture, archived already."""
    row = (
        _conn(db)
        .execute(
            "SELECT article_id, version FROM captures WHERE final_url = ? AND raw_sha256 = ? AND fetched_at = ?"
            " LIMIT 1",
            (final_url, sha256, _iso(fetched_at)),
        )
        .fetchone()
    )
    return (row[0], row[1]) if row else None


# What the archive knows about a version beyond its extracted fields; set as attributes on the Articles the
# reading functions return, so callers (export, show) need no SQL of their own.
ARCHIVE_FACTS = ("status", "final_url", "content_hash")


def _with_archive_facts(article: Article, article_id: int, row: dict[str, Any]) -> Article:
    """Attach `id`, `version` and ARCHIVE_FACTS (from an `articles` or `article_versions` row)."""
    article.id = article_id  # type: ignore[attr-defined]
    article.version = row["version"]  # type: ignore[attr-defined]
    for name in ARCHIVE_FACTS:
        setattr(article, name, row.get(name))
    return article


def _attach_captures(db: Database, article: Article, article_id: int, version: int) -> Article:
    captures = get_captures(db, article_id, version)
    if captures:
        article.capture = captures[0]
        article.extra_captures = captures[1:]
    return article


def get_article(db: Database, url_or_id: str | int, *, with_capture: bool = True) -> Article | None:
    """The current version of an article (with its raw capture(s) unless with_capture=False), or None."""
    article_id = find_article_id(db, url_or_id)
    if article_id is None:
        return None
    row = _select_one(db, "SELECT * FROM articles WHERE id = ?", (article_id,))
    article = _with_archive_facts(_article_from_row(row), article_id, row)
    if with_capture:
        _attach_captures(db, article, article_id, row["version"])
    return article


def get_article_row(db: Database, url_or_id: str | int) -> dict[str, Any] | None:
    """The stored row of an article (archive bookkeeping included: id, url key, version, status...)."""
    article_id = find_article_id(db, url_or_id)
    if article_id is None:
        return None
    return _select_one(db, "SELECT * FROM articles WHERE id = ?", (article_id,))


def get_version(db: Database, url_or_id: str | int, n: int, *, with_capture: bool = True) -> Article | None:
    """Version `n` (1 = first stored) of an article, or None when there is no such version."""
    article_id = find_article_id(db, url_or_id)
    if article_id is None:
        return None
    current = _select_one(db, "SELECT * FROM articles WHERE id = ?", (article_id,))
    if n == current["version"]:
        row = current
    else:
        row = _select_one(
            db, "SELECT * FROM article_versions WHERE article_id = ? AND version = ?", (article_id, n)
        )
        if row is None:
            return None
    article = _with_archive_facts(_article_from_row(row), article_id, row)
    if with_capture:
        _attach_captures(db, article, article_id, n)
    return article


def list_versions(db: Database, url_or_id: str | int) -> list[VersionInfo]:
    """Every stored version of an article, oldest first; [] when the article is unknown."""
    article_id = find_article_id(db, url_or_id)
    if article_id is None:
        return []
    current = _select_one(db, "SELECT * FROM articles WHERE id = ?", (article_id,))
    rows = _select_all(
        db,
        "SELECT v.*, (SELECT count(*) FROM captures c WHERE c.article_id = v.article_id "
        "AND c.version = v.version)"
        " AS pages, (SELECT coalesce(sum(raw_size), 0) FROM captures c WHERE c.article_id = v.article_id"
        " AND c.version = v.version) AS raw_size FROM article_versions v WHERE v.article_id = ? "
        "ORDER BY v.version",
        (article_id,),
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
            )
        )
        previous = fields
    return result


def known_urls(db: Database, urls: Iterable[str]) -> set[str]:
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
                _conn(db)
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
            params.append(_utc_iso(bound))
        else:
            day = bound.isoformat() if isinstance(bound, date) else str(bound)[:10]
            clauses.append(f"substr({table}.published, 1, 10) {op} ?")
            params.append(day)
    return clauses, params


def _article_filters(site: str | None, since, until) -> tuple[list[str], list[Any]]:
    clauses, params = date_filter_sql(since, until)
    if site:
        clauses.append("articles.site = ?")
        params.append(site)
    return clauses, params


def count_articles(db: Database, *, site: str | None = None, since=None, until=None) -> int:
    """How many current articles `iter_articles` with the same filters yields (for progress bars)."""
    clauses, params = _article_filters(site, since, until)
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    return _conn(db).execute(f"SELECT count(*) FROM articles{where}", params).fetchone()[0]


def iter_articles(
    db: Database,
    *,
    site: str | None = None,
    since=None,
    until=None,
    with_capture: bool = False,
    batch_size: int = 500,
) -> Iterator[Article]:
    """Current versions of the stored articles in id order, streamed in batches (bounded memory).

    Each yielded Article has the extra attributes `id`, `version`, `status`, `final_url` and `content_hash`
    set by the archive (`get_article` and `get_version` set them too).
    """
    clauses, params = _article_filters(site, since, until)
    where = "".join(f" AND {c}" for c in clauses)
    last_id = 0
    while True:
        rows = _select_all(
            db,
            f"SELECT * FROM articles WHERE id > ?{where} ORDER BY id LIMIT ?",
            (last_id, *params, batch_size),
        )
        if not rows:
            return
        for row in rows:
            article = _with_archive_facts(_article_from_row(row), row["id"], row)
            if with_capture:
                _attach_captures(db, article, row["id"], row["version"])
            yield article
        last_id = rows[-1]["id"]


# ---------------------------------------------------------------------------------------------- search


def search(db: Database, query: str, **filters: Any) -> list[SearchHit]:
    """Full-text search; see `telisik.search.search` for the query syntax and filters."""
    from telisik import search as search_module

    return search_module.search(db, query, **filters)


def count_hits(db: Database, query: str, **filters: Any) -> int:
    from telisik import search as search_module

    return search_module.count_hits(db, query, **filters)
