"""Copying a whole archive to another backend: SQLite → PostgreSQL and back (`telisik copy SOURCE DEST`).

Everything an archive holds moves: articles, their versions and raw captures (bytes as stored), the configured
sites with their crawl state (sources, URLs, runs), the re-check state and article events, and the metadata
that is not the destination's own (its schema and stemmer versions are). Ids are kept, so a URL in a report or a
`site_urls.article_id` still points at the same row; the destination's id sequences are moved past the copied
ids afterwards (PostgreSQL), so the next article stored gets a fresh one.

The copy reads each table in key order, a batch at a time (keyset pagination: constant memory however big the
archive), and writes each batch in one transaction. The destination's search index is built once every row is
in (its versions too), a batch per transaction: on PostgreSQL a whole batch in one call
(`pgsearch.index_articles`, its statements pipelined), on SQLite article by article through FTS5's own hook
(`stemindex.stem_index_add`, in process); SQLite's exact-word index follows its triggers.

Not copied: what describes processes running now rather than the archive (PostgreSQL's crawl leases and
per-host turns: a crawl on the destination makes its own).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from telisik.archive.sql import (
    StoreError,
    columns_of,
    is_postgres,
    raw_connection,
    select_all,
    write_transaction,
)

if TYPE_CHECKING:
    from telisik.archive.sql import Archive, Reader

BATCH_ROWS = 500


@dataclass(frozen=True)
class Table:
    """A table the copy moves, and the key it is read in order of (unique, so batches never overlap)."""

    name: str
    key: tuple[str, ...]


# In an order that satisfies the foreign keys: a row's parent is always copied before it.
TABLES = (
    Table("articles", ("id",)),
    Table("article_versions", ("id",)),
    Table("captures", ("id",)),
    Table("sites", ("id",)),
    Table("site_sources", ("site_id", "url")),
    # The order URLs were discovered in is the crawl's backlog order: rowid on both backends (an implicit
    # column on SQLite, an identity column on PostgreSQL).
    Table("site_urls", ("rowid",)),
    Table("article_checks", ("article_id",)),
    Table("article_events", ("id",)),
    Table("site_runs", ("id",)),
)
# Metadata that describes the archive's own storage, not its contents: the destination keeps its own.
OWN_META = frozenset({"schema_version", "stemmer_version", "search_index"})  # search_index: pgsearch's
# Tables whose `id` is an identity column on PostgreSQL (every table above with an `id` key), and site_urls'
# rowid: their sequences are set past the copied values.
IDENTITY_COLUMNS = tuple((t.name, t.key[0]) for t in TABLES if t.key in (("id",), ("rowid",)))


@dataclass
class CopyReport:
    """What was copied, per table."""

    rows: dict[str, int] = field(default_factory=dict)

    @property
    def articles(self) -> int:
        return self.rows.get("articles", 0)

    def summary(self) -> str:
        counts = ", ".join(f"{count} {name}" for name, count in self.rows.items() if count)
        return counts or "nothing (the source archive is empty)"


def count_rows(db: Reader) -> dict[str, int]:
    """Rows per copied table (what a progress bar counts towards)."""
    conn = raw_connection(db)
    return {t.name: conn.execute(f"SELECT count(*) FROM {t.name}").fetchone()[0] for t in TABLES}


def is_empty(db: Archive) -> bool:
    """Whether the archive holds no article and no site (a destination the copy may write into)."""
    conn = raw_connection(db)
    return all(
        conn.execute(f"SELECT 1 FROM {name} LIMIT 1").fetchone() is None for name in ("articles", "sites")
    )


def clear(db: Archive) -> None:
    """Delete every copied row of `db` (children first), its search index entries with them."""
    from telisik.archive.deletion import delete_articles

    conn = raw_connection(db)
    ids = [row[0] for row in conn.execute("SELECT id FROM articles").fetchall()]
    with write_transaction(db):
        for table in reversed(TABLES):
            if table.name not in ("articles", "article_versions", "captures"):
                conn.execute(f"DELETE FROM {table.name}")
    for start in range(0, len(ids), BATCH_ROWS):
        delete_articles(db, ids[start : start + BATCH_ROWS])


def copy_archive(
    source: Reader, dest: Archive, *, on_rows: Callable[[int], None] | None = None
) -> CopyReport:
    """Copy every row of `source` into `dest` (which the caller made sure is empty), keeping ids; rebuild
    the destination's search index on the way. `on_rows(n)` is told of each batch written."""
    if not is_empty(dest):
        raise StoreError("the destination archive is not empty")
    report = CopyReport()
    for table in TABLES:
        report.rows[table.name] = _copy_table(source, dest, table, on_rows)
    _index_articles(dest)
    _copy_meta(source, dest)
    if is_postgres(dest):
        _reset_identities(dest)
    return report


def _copy_table(source: Reader, dest: Archive, table: Table, on_rows: Callable[[int], None] | None) -> int:
    wanted = set(columns_of(dest, table.name))
    columns = [c for c in columns_of(source, table.name) if c in wanted]
    insert = (
        f"INSERT INTO [{table.name}] ({', '.join(f'[{c}]' for c in columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    copied = 0
    for batch in _batches(source, table, columns):
        with write_transaction(dest):
            raw_connection(dest).executemany(insert, [row[: len(columns)] for row in batch])
        copied += len(batch)
        if on_rows is not None:
            on_rows(len(batch))
    return copied


def _batches(source: Reader, table: Table, columns: Sequence[str]) -> Iterator[list[tuple[Any, ...]]]:
    """The table's rows in key order, BATCH_ROWS at a time: each row is its `columns`, then its key."""
    key = ", ".join(f"[{k}]" for k in table.key)
    selected = ", ".join([*(f"[{c}]" for c in columns), *(f"[{k}]" for k in table.key)])
    after = f"({key}) > ({', '.join('?' for _ in table.key)})"
    last: tuple[Any, ...] | None = None
    conn = raw_connection(source)
    while True:
        where = f"WHERE {after} " if last is not None else ""
        rows = conn.execute(
            f"SELECT {selected} FROM [{table.name}] {where}ORDER BY {key} LIMIT {BATCH_ROWS}", last or ()
        ).fetchall()
        if not rows:
            return
        yield [tuple(_plain(v) for v in row) for row in rows]
        last = tuple(rows[-1][len(columns) :])


def _plain(value: Any) -> Any:
    # PostgreSQL's BYTEA may arrive as a memoryview; both backends take bytes.
    return bytes(value) if isinstance(value, memoryview) else value


def _index_articles(dest: Archive) -> None:
    """Index every copied article through the index's own hook, a batch per transaction: once the versions
    are there too (PostgreSQL's index holds the superseded versions' text with the article's). PostgreSQL's
    takes a batch in one call (`pgsearch.index_articles`: no round trip per article); SQLite's FTS5 is
    written row by row, in process."""
    from telisik.archive import pgsearch
    from telisik.archive.stemindex import stem_index_add

    last_id = 0
    while True:
        rows = select_all(
            dest,
            "SELECT id, language, title, body, authors, lead, site, published, published_utc FROM articles "
            "WHERE id > ? ORDER BY id LIMIT ?",
            (last_id, BATCH_ROWS),
        )
        if not rows:
            return
        with write_transaction(dest):
            if is_postgres(dest):
                pgsearch.index_articles(dest, rows)
            else:
                for row in rows:
                    stem_index_add(dest, row["id"], row)
        last_id = rows[-1]["id"]


def _copy_meta(source: Reader, dest: Archive) -> None:
    from telisik.archive.sql import set_meta

    rows = raw_connection(source).execute("SELECT key, value FROM telisik_meta ORDER BY key").fetchall()
    with write_transaction(dest):
        for key, value in rows:
            if key not in OWN_META:
                set_meta(dest, key, value)


def _reset_identities(dest: Archive) -> None:
    """Move each identity sequence past the largest copied value: ids given explicitly do not advance it."""
    conn = raw_connection(dest)
    for table, column in IDENTITY_COLUMNS:
        conn.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
            f"coalesce((SELECT max({column}) FROM {table}), 0) + 1, false)"
        )
