"""The stem index: a contentless FTS5 table of the stemmed title and body of Indonesian articles (the body
column holds the lead, when the article has one, then the body: a contentless index makes no snippets, and a
stemmed query matches single words only, so the two never need telling apart, and a lead ranks as body text).

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
    if not _stemmed(row):
        return None
    body = stemmer.stem_text(row.get("body") or "")
    return stemmer.stem_text(row.get("title") or ""), _with_lead(body, row.get("lead"))


def _stemmed(row: dict[str, Any]) -> bool:
    return stemmer.applies_to(row.get("language"), row.get("title"), row.get("body"))


def _with_lead(body_stems: str, lead: str | None) -> str:
    """The stem index's body column: the lead's stems, when there is a lead, then the body's."""
    return stemmer.stem_text(lead) + "\n" + body_stems if lead else body_stems


def _stem_state(row: dict[str, Any], indexed: bool, *, with_lead: bool = True) -> str:
    """A fingerprint of the text a row was stem-indexed from ("-" prefix: not indexed).

    A contentless FTS5 index forgets a row only when given exactly the values it was indexed with. If the
    row's title/body were changed behind telisik's back (an SQL UPDATE, a Datasette edit), the fingerprint no
    longer matches, and the index is rebuilt instead of being corrupted by a wrong delete.
    """
    text = "\x00".join(str(row.get(k) or "") for k in ("language", "title", "body"))
    if with_lead and row.get("lead"):  # a row without a lead keeps the fingerprint it had before schema 9
        text += "\x00" + str(row["lead"])
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


def stem_index_leads(db: Archive) -> None:
    """Schema < 9: index again, with their lead, the articles indexed without it (idempotent: an article
    already indexed with its lead is left alone). The others' entries are what they would be now."""
    last_id = 0
    while True:
        rows = select_all(
            db,
            "SELECT id, language, title, body, lead, stem_state FROM articles "
            "WHERE id > ? AND lead IS NOT NULL AND lead <> '' ORDER BY id LIMIT 1000",
            (last_id,),
        )
        if not rows:
            return
        for row in rows:
            if not _add_lead_to_stem_entry(db, row):
                # edited outside telisik: its entry is unknown; the whole index is rebuilt (ensure_db_shape)
                set_meta(db, "stemmer_version", "stale")
                return
        last_id = rows[-1]["id"]


def _add_lead_to_stem_entry(db: Archive, row: dict[str, Any]) -> bool:
    """Replace an article's stem entry made without its lead by one with it (the title and body stemmed once
    for both). False when the entry is not the one telisik made (the row was edited behind its back)."""
    indexed = _stemmed(row)
    if row["stem_state"] == _stem_state(row, indexed):
        return True  # indexed with its lead already
    if row["stem_state"] != _stem_state(row, indexed, with_lead=False):
        return False
    conn = raw_connection(db)
    if indexed:
        title, body = stemmer.stem_text(row.get("title") or ""), stemmer.stem_text(row.get("body") or "")
        conn.execute(
            "INSERT INTO articles_stem_fts (articles_stem_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)",
            (row["id"], title, body),
        )
        conn.execute(
            "INSERT INTO articles_stem_fts (rowid, title, body) VALUES (?, ?, ?)",
            (row["id"], title, _with_lead(body, row["lead"])),
        )
    conn.execute("UPDATE articles SET stem_state = ? WHERE id = ?", (_stem_state(row, indexed), row["id"]))
    return True


def populate_stem_index(db: Archive) -> None:
    last_id = 0
    while True:
        rows = select_all(
            db,
            "SELECT id, language, title, body, lead FROM articles WHERE id > ? ORDER BY id LIMIT 1000",
            (last_id,),
        )
        if not rows:
            break
        for row in rows:
            stem_index_add(db, row["id"], row)
        last_id = rows[-1]["id"]
    set_meta(db, "stemmer_version", stemmer.STEMMER_VERSION)
