"""Test archives: one way to open one and fill it with articles.

conftest's `db_path` (a fresh path per test) and `db` (the archive opened there, closed after the test) are
the usual fixtures; a module whose tests only read overrides `db` with a module-scoped archive filled once by
`filled_archive`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import sqlite_utils

from telisik.archive import open_db, store_article
from telisik.archive.sql import columns_of, is_postgres, select_all
from telisik.article import Article


def open_archive(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if need be) the archive at `path`, as every telisik command does."""
    return open_db(path)


def filled_archive(path: str | Path, articles: Iterable[Article]) -> sqlite_utils.Database:
    """An archive at `path` holding `articles`, stored in order (ids 1, 2, …)."""
    database = open_archive(path)
    for article in articles:
        store_article(database, article)
    return database


def is_postgres_url(path: str | Path) -> bool:
    """Whether a test's `db_path` is a PostgreSQL database's URL (the [postgresql] run of a both_backends
    test) rather than an SQLite file."""
    return str(path).startswith(("postgresql://", "postgres://"))


def sql_connection(path: str | Path) -> Any:
    """A plain connection to the archive at `path` for a test that edits rows by hand, as another program
    would (`execute`, `commit`, `close` on both backends): sqlite3's for a file, the archive's own PostgreSQL
    session for a URL (it takes the same SQL)."""
    if is_postgres_url(path):
        from telisik.archive.postgres import connect

        return connect(str(path))
    return sqlite3.connect(path)


def query(db: Any, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """Rows as dicts on either backend (sqlite-utils' `db.query` is SQLite's only)."""
    return select_all(db, sql, params)


def assert_intact(db: Any) -> None:
    """The archive's storage is consistent: SQLite's integrity_check; PostgreSQL checks its constraints on
    every write, so there a query over every table answering is the check."""
    if is_postgres(db):
        for table in ("articles", "article_versions", "captures"):
            db.execute(f"SELECT count(*) FROM {table}").fetchone()
        return
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def table_rows(path: str | Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table `telisik copy` moves (and the metadata), in key order, values as Python
    sees them (bytes for raw pages): two archives holding the same give equal dicts, whatever their backend."""
    from telisik.archive import open_reader
    from telisik.archive.copy import OWN_META, TABLES

    db = open_reader(str(path))
    try:
        rows = {}
        for table in TABLES:
            columns = [c for c in columns_of(db, table.name) if c != "rowid"]
            order = ", ".join(table.key)
            selected = ", ".join(columns)
            fetched = db.execute(f"SELECT {selected} FROM {table.name} ORDER BY {order}").fetchall()
            rows[table.name] = [
                tuple(bytes(v) if isinstance(v, memoryview) else v for v in r) for r in fetched
            ]
        meta = db.execute("SELECT key, value FROM telisik_meta ORDER BY key").fetchall()
        rows["telisik_meta"] = [tuple(r) for r in meta if r[0] not in OWN_META]
        return rows
    finally:
        db.close()
