"""Test archives: one way to open one and fill it with articles.

conftest's `db_path` (a fresh path per test) and `db` (the archive opened there, closed after the test) are
the usual fixtures; a module whose tests only read overrides `db` with a module-scoped archive filled once by
`filled_archive`.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import sqlite_utils

from telisik.archive import open_db, store_article
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
