"""Opening an archive and grouping writes: `open_db` (writers), `open_reader` (search, show), transactions.

WAL mode and a busy timeout let two processes (a crawl and a fetch) write to the same file. Bulk work
(import, reparse) groups its writes with `batched_writes`: one commit per batch, each article still
all-or-nothing (a savepoint).
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING
from urllib.parse import quote

from telisik.archive.schema import SCHEMA_VERSION, ensure_db_shape
from telisik.archive.sql import StoreError, raw_connection, reason_of, write_transaction

if TYPE_CHECKING:
    from telisik.archive.sql import Archive

BUSY_TIMEOUT_MS = 30_000
# The oldest schema a reader can use without migrating it first (for an archive it cannot write): schema 4
# only added columns, which an older row simply lacks.
READABLE_AS_IS = 3


def open_db(path: str | os.PathLike, *, create: bool = True) -> Archive:
    """Open the archive at `path` (creating it when `create`, as the commands that archive do), in WAL mode
    with a busy timeout, schema up to date.

    Raises StoreError with a one-line reason when the file cannot be used (missing and not to be created,
    read-only, not a database, another application's SQLite file, from a newer telisik).
    """
    path = os.fspath(path)
    if is_database_url(path):
        return _open_postgres(path)
    _refuse_other_urls(path)
    directory = os.path.dirname(os.path.abspath(path)) or "."
    if not os.path.isdir(directory):
        raise StoreError(f"cannot open the archive {path}: directory {directory} does not exist")
    if not os.path.exists(path) and not create:
        raise StoreError(f"no archive at {path}; run telisik fetch first")
    _refuse_foreign_file(path)
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
        raise StoreError(f"cannot open the archive {path}: {reason_of(exc)}") from exc
    return db


def is_database_url(target: str) -> bool:
    """Whether `--db` names a PostgreSQL database (`postgresql://…`) rather than an SQLite file."""
    return "://" in target and target.split("://", 1)[0].lower() in ("postgresql", "postgres")


def _refuse_other_urls(target: str) -> None:
    """A URL of another database (`mysql://`, `sqlite:///x.db`) is a usage error, not a file name."""
    scheme = target.split("://", 1)[0]
    if "://" in target and scheme.isalnum() and len(scheme) > 1:  # not a Windows drive (C://…)
        from telisik.archive.postgres import DatabaseUrlError

        raise DatabaseUrlError(
            f"{scheme}:// is not an archive telisik can open: give an SQLite file's path or a postgresql:// URL"
        )


def _open_postgres(url: str, *, read_only: bool = False) -> Archive:
    """The PostgreSQL archive at `url`, schema up to date (created on first use, as a new SQLite file is).
    A reader's session is read-only, as `open_reader`'s SQLite connection is `query_only`."""
    from telisik.archive import postgres
    from telisik.archive.pgschema import ensure_pg_shape

    db = postgres.connect(url)
    try:
        ensure_pg_shape(db)  # type: ignore[arg-type]
        if read_only:
            db.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    except sqlite3.DatabaseError as exc:
        db.close()
        raise StoreError(f"cannot open the archive {postgres.redacted(url)}: {reason_of(exc)}") from exc
    return db  # type: ignore[return-value]


def _refuse_foreign_file(path: str) -> None:
    """Another application's SQLite file (tables, none of them `articles`) is never converted into an
    archive: opening it for writing would add our tables, switch it to WAL and set its user_version. An
    empty file (0 bytes) is a new archive; a file that is not SQLite at all is left to SQLite's own error."""
    if not os.path.isfile(path) or os.path.getsize(path) == 0:
        return
    try:
        conn = _connect_read_only(path)
    except sqlite3.DatabaseError:
        return  # open_db reports it with SQLite's reason
    try:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError:
        return
    finally:
        conn.close()
    if names and "articles" not in names:
        raise StoreError(f"{path} is not a telisik archive (an SQLite file of another application): refused")


# How a reader opens the file: `mode=ro` first (sees a concurrent writer's commits through the WAL); when
# that cannot work because the directory is not writable (SQLite cannot create the `-shm` file a WAL reader
# needs), `immutable=1`, which needs no side files. Immutable is safe there: no writer can run in a
# directory where the `-shm` file cannot be created either.
READ_ONLY_MODES = ("mode=ro", "immutable=1")


def _connect_read_only(
    path: str, modes: tuple[str, ...] = READ_ONLY_MODES, *, any_thread: bool = False
) -> sqlite3.Connection:
    """A read-only connection that has read the schema (so a failure shows here, not at the first query)."""
    error: sqlite3.DatabaseError | None = None
    for mode in modes:
        conn = None
        try:
            conn = sqlite3.connect(
                f"file:{_uri_path(path)}?{mode}",
                uri=True,
                timeout=BUSY_TIMEOUT_MS / 1000,
                check_same_thread=not any_thread,
            )
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA query_only = ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError as exc:  # cannot open / read-only side files: try the next mode
            error = exc
        except sqlite3.DatabaseError:
            if conn is not None:
                conn.close()
            raise
        if conn is not None:
            conn.close()
    assert error is not None
    raise error


def open_reader(
    path: str | os.PathLike, *, modes: tuple[str, ...] = READ_ONLY_MODES, any_thread: bool = False
) -> sqlite3.Connection:
    """A read-only connection for `search`, `show` and the other commands that only read: no sqlite-utils
    import, nothing created, and an archive in a read-only directory can be read (`READ_ONLY_MODES`).

    An archive with an older schema is migrated first (through `open_db`) when the file is writable.
    Every reading function of `telisik.archive` (queries, search) accepts this connection as `db`.
    `modes` chooses the ways of opening tried in turn (tests force the immutable fallback with it).
    `any_thread`: the connection may be used from a thread other than the one that opened it, one at a
    time (a web server's request may finish on another worker thread). `query_only` is on: it cannot write.
    """
    path = os.fspath(path)
    if is_database_url(path):
        return _open_postgres(path, read_only=True)  # type: ignore[return-value]
    _refuse_other_urls(path)
    if not os.path.exists(path):
        raise StoreError(f"no archive at {path}; run telisik fetch first")
    try:
        conn = _connect_read_only(path, modes, any_thread=any_thread)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        has_articles = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles'"
        ).fetchone()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot read the archive {path}: {reason_of(exc)}") from exc
    if not has_articles:
        conn.close()
        raise StoreError(f"{path} is not a telisik archive (no articles table)")
    if version > SCHEMA_VERSION:
        conn.close()
        raise StoreError(f"{path} was written by a newer telisik (schema {version}); upgrade telisik")
    if version < SCHEMA_VERSION:
        try:
            open_db(path, create=False).close()  # migrates, or raises a clear StoreError when it cannot
        except StoreError:
            if version < READABLE_AS_IS:
                conn.close()
                raise
            return conn  # read-only storage: schema 3 reads as it is (columns added since read as empty)
        conn.close()
        return open_reader(path, modes=modes, any_thread=any_thread)
    return conn


def _uri_path(path: str) -> str:
    return quote(os.path.abspath(path))


@contextmanager
def transaction(db: Archive) -> Iterator[None]:
    """Group many writes (store_article, update_extraction) into one transaction: much faster for bulk work
    (import, reparse, benchmarks). Without it each write is its own transaction."""
    try:
        with write_transaction(db):
            yield
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"could not write to the archive: {reason_of(exc)}") from exc


# A batch of bulk writes is committed after this many articles or this many seconds, whichever comes first:
# few enough commits to be fast, a write lock held briefly enough that a concurrent `fetch` barely waits.
BATCH_ARTICLES = 500
BATCH_SECONDS = 2.0


@contextmanager
def batched_writes(
    db: Archive, *, size: int = BATCH_ARTICLES, max_seconds: float = BATCH_SECONDS
) -> Iterator[Callable[[], None]]:
    """Group bulk writes into transactions of `size` articles (or `max_seconds`); yields `done()`, to be
    called after each article.

    Every `store_article`/`update_extraction` inside is a savepoint, so the open transaction only ever holds
    whole articles: on leaving (normally or by an exception, a generator closed early included) it is
    committed, and a crash loses at most the batch in flight, never half an article. When SQLite itself
    rolled the transaction back (a full disk), `done()` raises StoreError: earlier articles of the batch are
    gone and must not be reported as stored.
    """
    conn = raw_connection(db)
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
            raise StoreError(f"could not write to the archive: {reason_of(exc)}") from exc
