"""An archive as schema 8 left it, made from a current one: for the tests of the schema 9 migration (the lead
is searched) and for benchmarks/migration.py, which times that migration on a big archive.

`as_schema_8(db)` rewrites the search index of an archive written by this telisik as schema 8 wrote it: on
SQLite, three-column FTS5 tables (title, body, authors) with their triggers and a stem index of the title and
body alone (fingerprints included) for the articles that have a lead, and `user_version` 8; on PostgreSQL,
index `pg-search-3` entries (no lead) for the articles and versions that have one, and schema_version 8.
"""

from __future__ import annotations

from typing import Any

from telisik.archive import stemindex
from telisik.archive.sql import is_postgres, select_all, set_meta, write_transaction

SCHEMA_8_FTS = (
    'CREATE VIRTUAL TABLE [{t}_fts] USING FTS5 ("title", "body", "authors", '
    "tokenize='unicode61 remove_diacritics 2', content=\"{t}\")"
)
SCHEMA_8_TRIGGERS = (
    "CREATE TRIGGER [{t}_ai] AFTER INSERT ON [{t}] BEGIN INSERT INTO [{t}_fts] (rowid, title, body, authors) "
    "VALUES (new.rowid, new.title, new.body, new.authors); END",
    "CREATE TRIGGER [{t}_ad] AFTER DELETE ON [{t}] BEGIN INSERT INTO [{t}_fts] ([{t}_fts], rowid, title, body, "
    "authors) VALUES('delete', old.rowid, old.title, old.body, old.authors); END",
    "CREATE TRIGGER [{t}_au] AFTER UPDATE OF title, body, authors ON [{t}] BEGIN "
    "INSERT INTO [{t}_fts] ([{t}_fts], rowid, title, body, authors) "
    "VALUES('delete', old.rowid, old.title, old.body, old.authors); "
    "INSERT INTO [{t}_fts] (rowid, title, body, authors) VALUES (new.rowid, new.title, new.body, new.authors); "
    "END",
)


def as_schema_8(db: Any) -> None:
    """Rewrite the archive's search index as schema 8 made it (see the module docstring)."""
    with write_transaction(db):
        if is_postgres(db):
            _postgres_as_schema_8(db)
        else:
            _sqlite_as_schema_8(db)


def _sqlite_as_schema_8(db: Any) -> None:
    for table in ("articles", "article_versions"):
        db.execute(f"DROP TABLE [{table}_fts]")
        db.execute(SCHEMA_8_FTS.format(t=table))
        db.execute(f"INSERT INTO [{table}_fts] ([{table}_fts]) VALUES ('rebuild')")
        for suffix in ("ai", "ad", "au"):
            db.execute(f"DROP TRIGGER [{table}_{suffix}]")
        for trigger in SCHEMA_8_TRIGGERS:
            db.execute(trigger.format(t=table))
    for row in select_all(db, "SELECT * FROM articles WHERE lead IS NOT NULL"):
        stemindex.stem_index_remove(db, row["id"], row)
        lead_less = {**row, "lead": None}  # schema 8 indexed the title and body, fingerprinted without a lead
        values = stemindex._stem_values(lead_less)
        if values:
            db.execute(
                "INSERT INTO articles_stem_fts (rowid, title, body) VALUES (?, ?, ?)", (row["id"], *values)
            )
        state = stemindex._stem_state(lead_less, values is not None)
        db.execute("UPDATE articles SET stem_state = ? WHERE id = ?", (state, row["id"]))
    db.execute("PRAGMA user_version = 8")


def _postgres_as_schema_8(db: Any) -> None:
    from telisik.archive import pgsearch

    for row in select_all(db, "SELECT * FROM articles WHERE lead IS NOT NULL"):
        db.execute(pgsearch._UPSERT_ARTICLE, pgsearch._article_entry(row["id"], {**row, "lead": None}))
    for row in select_all(db, "SELECT * FROM article_versions WHERE lead IS NOT NULL AND title IS NOT NULL"):
        db.execute(pgsearch._UPSERT_VERSION, pgsearch._version_entry({**row, "lead": None}))
    set_meta(db, pgsearch.INDEX_META, pgsearch._index_state(pgsearch.LEAD_LESS_VERSION))
    set_meta(db, "schema_version", "8")
