"""The stem index: a contentless FTS5 table of the stemmed title and body of Indonesian articles.

Maintained from Python (see `telisik.archive.stemmer`) on every write, so `aman` finds `keamanan`.
`articles.stem_state` fingerprints what each row was indexed from, so a row edited behind telisik's back is
detected and the index rebuilt instead of corrupted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from telisik.archive import stemmer
from telisik.archive.sql import is_postgres, raw_connection, select_all, set_meta

if TYPE_CHECKING:
    from telisik.archive.sql import Archive


def _stem_values(row: dict[str, Any]) -> tuple[str, str] | None:
    """What the stem index holds for an article row, or None when the article is not Indonesian."""
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
    import hashlib  # on the fast path of `telisik search`: loading OpenSSL costs ~3 ms

    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
    return digest if indexed else "-" + digest


def stem_index_remove(db: Archive, article_id: int, old_row: dict[str, Any]) -> None:
    if is_postgres(db):
        from telisik.archive import pgsearch

        pgsearch.unindex_article(db, article_id)
        return
    values = _stem_values(old_row)
    if old_row.get("stem_state") != _stem_state(old_row, values is not None):
        # Edited outside telisik: the indexed values are unknown. Leave the stale entry (at worst an extra
        # stemmed hit) and have the next open_db rebuild the whole stem index.
        set_meta(db, "stemmer_version", "stale")
        return
    if values is not None:
        raw_connection(db).execute(
            "INSERT INTO articles_stem_fts (articles_stem_fts, rowid, title, body) "
            "VALUES ('delete', ?, ?, ?)",
            (article_id, *values),
        )


def stem_index_add(db: Archive, article_id: int, row: dict[str, Any]) -> None:
    if is_postgres(db):  # PostgreSQL's index holds the exact and the stemmed text: one entry per article
        from telisik.archive import pgsearch

        pgsearch.index_article(db, article_id, row)
        return
    values = _stem_values(row)
    if values is not None:
        raw_connection(db).execute(
            "INSERT INTO articles_stem_fts (rowid, title, body) VALUES (?, ?, ?)", (article_id, *values)
        )
    raw_connection(db).execute(
        "UPDATE articles SET stem_state = ? WHERE id = ?", (_stem_state(row, values is not None), article_id)
    )


def stem_index_versions(db: Archive, article_id: int) -> None:
    """Index the text of an article's superseded versions stored outside a rewrite of the article (an older
    capture stored late). SQLite's FTS5 triggers do it there; PostgreSQL's index is maintained from here."""
    if is_postgres(db):
        from telisik.archive import pgsearch

        pgsearch.index_versions(db, article_id)


def populate_stem_index(db: Archive) -> None:
    last_id = 0
    while True:
        rows = select_all(
            db,
            "SELECT id, language, title, body FROM articles WHERE id > ? ORDER BY id LIMIT 1000",
            (last_id,),
        )
        if not rows:
            break
        for row in rows:
            stem_index_add(db, row["id"], row)
        last_id = rows[-1]["id"]
    set_meta(db, "stemmer_version", stemmer.STEMMER_VERSION)
