"""The bottom layer of the archive: the connection types, error wording and the write-transaction primitive.

Every other archive module builds on these; nothing here knows tables. Kept apart from `connection` (which
opens files) because opening migrates the schema, and the schema code needs these primitives: one module
holding both would import `schema` and be imported by it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from telisik.errors import TelisikError

if TYPE_CHECKING:
    from typing import TypeAlias

    from sqlite_utils import Database

    # The handle every archive function takes: what `open_db` returns. A PostgreSQL backend (#12) replaces
    # this module's primitives and keeps the functions' signatures.
    Archive: TypeAlias = Database
    # Reading functions also accept the plain read-only connection `open_reader` returns.
    Reader: TypeAlias = Database | sqlite3.Connection

# The archive failing for a reason of the database itself (disk full, locked, corrupt): callers that must
# keep going (the crawl) catch this instead of importing sqlite3.
DatabaseFailure = sqlite3.Error


class StoreError(TelisikError):
    """The archive could not be opened or written; `reason` is one line for the user."""


def raw_connection(db: Reader) -> sqlite3.Connection:
    return db if isinstance(db, sqlite3.Connection) else db.conn


def is_postgres(db: object) -> bool:
    """Whether an archive handle is a PostgreSQL one (`postgres.PgConnection`): the modules whose SQL cannot
    be shared (schema, full-text index, metadata) take their PostgreSQL branch."""
    return getattr(db, "backend", None) == "postgresql"


def reason_of(exc: BaseException) -> str:
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


@contextmanager
def write_transaction(db: Reader) -> Iterator[None]:
    """BEGIN IMMEDIATE ... COMMIT: take the write lock up front so a concurrent writer waits (busy timeout)
    instead of failing half-way; nested calls join the outer transaction."""
    conn = raw_connection(db)
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


def insert_row(db: Reader, table: str, row: dict[str, Any]) -> int:
    columns = ", ".join(f"[{k}]" for k in row)
    marks = ", ".join("?" for _ in row)
    sql = f"INSERT INTO [{table}] ({columns}) VALUES ({marks})"
    if is_postgres(db):  # no lastrowid in PostgreSQL: the statement returns it
        return raw_connection(db).execute(sql + " RETURNING id", list(row.values())).fetchone()[0]
    cursor = raw_connection(db).execute(sql, list(row.values()))
    assert cursor.lastrowid is not None  # an INSERT always sets it
    return cursor.lastrowid


def update_row(db: Reader, table: str, row_id: int, values: dict[str, Any]) -> None:
    assignments = ", ".join(f"[{k}] = ?" for k in values)
    raw_connection(db).execute(f"UPDATE [{table}] SET {assignments} WHERE id = ?", [*values.values(), row_id])


def _row(cursor: sqlite3.Cursor, values: tuple | None) -> dict[str, Any] | None:
    if values is None:
        return None
    return {d[0]: v for d, v in zip(cursor.description, values, strict=True)}


def select_one(db: Reader, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
    cursor = raw_connection(db).execute(sql, params)
    return _row(cursor, cursor.fetchone())


def select_all(db: Reader, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    cursor = raw_connection(db).execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def table_exists(db: Reader, name: str) -> bool:
    if is_postgres(db):
        sql = (
            "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?"
        )
    else:
        sql = "SELECT 1 FROM sqlite_master WHERE name = ?"
    return raw_connection(db).execute(sql, (name,)).fetchone() is not None


def columns_of(db: Reader, table: str) -> list[str]:
    """The table's column names in their order (empty when there is no such table)."""
    if is_postgres(db):
        sql = (
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = ? ORDER BY ordinal_position"
        )
        return [row[0] for row in raw_connection(db).execute(sql, (table,)).fetchall()]
    return [row[1] for row in raw_connection(db).execute("SELECT * FROM pragma_table_info(?)", (table,))]


def get_meta(db: Reader, key: str) -> str | None:
    if not table_exists(db, "telisik_meta"):
        return None
    row = raw_connection(db).execute("SELECT value FROM telisik_meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def set_meta(db: Reader, key: str, value: str) -> None:
    raw_connection(db).execute(
        "INSERT INTO telisik_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
