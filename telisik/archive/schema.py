"""The archive's schema: every table, one `SCHEMA_VERSION`, and the migrations from older files.

An archive is one SQLite file (`ensure_db_shape` creates it and migrates older ones):

- `articles` — one row per article, keyed by `url` (the normalised canonical URL, else the normalised final
  URL). It holds the *current* version's extracted fields. JSON columns (`authors`, `tags`, `sources`,
  `page_urls`) hold JSON text, which Datasette and sqlite-utils detect and render as JSON.
- `article_versions` — one row per stored version (git-history's item/item_version model). The current
  version's row carries only the fetch facts (time, hash, parser version); its extracted fields live in
  `articles` and are copied here only when a newer version supersedes it, so nothing is stored twice.
- `captures` — the raw HTTP responses of each version, one row per page (multi-page articles have several),
  the body zlib-compressed in `raw_zlib`. A re-fetch whose extracted content is unchanged stores nothing
  new; a boilerplate-only change of the page (ads, view counters) therefore never creates a version.
- `articles_fts` — FTS5 over `articles(title, body, authors, lead)` with `content="articles"`, tokenizer
  `unicode61 remove_diacritics 2` (case and accents never matter) and sync triggers: exactly what
  sqlite-utils' `enable_fts(create_triggers=True)` makes (so Datasette's search box and `table.search()`
  find it), written out here to stay inside the migration transaction; the update trigger fires only when
  title/body/authors/lead change. `article_versions_fts` is the same over superseded versions.
- `articles_stem_fts` — a contentless FTS5 index of the *stemmed* title and lead+body of Indonesian articles,
  maintained from Python (see `telisik.stemmer`), so `aman` finds `keamanan`. Index only: no text stored.
  `articles.stem_state` fingerprints what each row was indexed from; an edit made outside telisik (SQL,
  Datasette) is detected and the stem index rebuilt instead of corrupted. `telisik_meta` records the
  stemmer version the index was built with (a new stemmer rebuilds it on the next `open_db`).
- `idx_articles_facets` — (id, site, local date, UTC date, authors): search checks filters and sorts by
  date on this narrow index instead of the wide article rows.
- Dates: `published` is ISO 8601 with the article's own offset (date filters compare its first ten
  characters, the local date); `published_utc` is the same instant in UTC for sorting.

- `sites`, `site_sources`, `site_urls` — what `telisik crawl` archives and remembers between runs (see
  `telisik.archive.crawlstate`).

Schema versions: 1 first release; 2 `idx_articles_facets`; 3 the crawl tables join the versioned schema
(they were created on the side before) and `agencies` (JSON list) in `articles` and `article_versions`;
4 watching the archive (`_ensure_watch_tables`): `articles.removed_since`, `article_checks` (re-check state and
a removal seen once, waiting for a second check), `article_events` (removals and restorations),
`site_runs` (one row per site per crawl: the health history) and `sites.recheck` (a site's re-check schedule).
5 `missing_pages` (the pages of an incomplete multi-page article that failed) and URL credentials
(`user:pass@`) stripped from the URLs older archives stored (`_strip_stored_credentials`).
6 `kind` and `kind_reason` in `articles` and `article_versions` (what the page is: "article", or "listing", "static", ... for a
page kept on purpose with `fetch --any-page`; NULL in rows older than the column counts as "article") and the
partial index `idx_articles_pages` over the rows that are not articles (search and export leave them out).
7 `site_urls.listed_date`: entries a crawl filter skipped are remembered with the date their source gave, so a
wider filter on a later run finds them again although the source answers 304.
8 `lead` in `articles` and `article_versions`: the standfirst a page shows apart from its text (NULL when the
body holds it or the page has none).
9 the lead is searched (`_make_leads_searchable`): a fourth FTS5 column `lead` in `articles_fts` and
`article_versions_fts` (last, so queries written for the first three keep working; an FTS5 table cannot gain
a column, so both are rebuilt once), and the stem index holds an article's lead with its body.
"""

from __future__ import annotations

import sqlite3
import zlib
from typing import TYPE_CHECKING

from telisik.archive.rows import raw_sha256
from telisik.archive.sql import StoreError, get_meta, is_postgres, write_transaction
from telisik.archive.stemindex import populate_stem_index, stem_index_leads
from telisik.archive.stemmer import STEMMER_VERSION

if TYPE_CHECKING:
    from telisik.archive.sql import Archive

SCHEMA_VERSION = 9  # see the module docstring
BUSY_TIMEOUT_MS = 30_000
FTS_TOKENIZE = "unicode61 remove_diacritics 2"

# The fields whose change makes a new version are `rows.CONTENT_FIELDS`.
JSON_FIELDS = ("authors", "agencies", "tags", "sources", "page_urls", "missing_pages")

# Extracted fields, in the order they appear in `articles` and `article_versions`.
EXTRACTED_COLUMNS: dict[str, str] = {
    "canonical_url": "TEXT",
    "fetched_url": "TEXT",
    "site": "TEXT",
    "site_name": "TEXT",
    "title": "TEXT",
    "authors": "TEXT",  # JSON list
    "agencies": "TEXT",  # JSON list
    "editor": "TEXT",
    "published": "TEXT",  # ISO 8601 with the article's own UTC offset
    "published_utc": "TEXT",  # the same instant in UTC, for sorting across time zones
    "published_raw": "TEXT",
    "modified": "TEXT",
    "section": "TEXT",
    "tags": "TEXT",  # JSON list
    "description": "TEXT",
    "lead": "TEXT",  # the standfirst shown apart from the text (schema 8)
    "image": "TEXT",
    "language": "TEXT",
    "body": "TEXT",
    "page_urls": "TEXT",  # JSON list
    "single_page_url": "TEXT",
    "missing_pages": "TEXT",  # JSON list: further pages that failed (an incomplete article); [] when whole
    "sources": "TEXT",  # JSON object: field -> where its value came from
    "parser_version": "TEXT",
    "content_hash": "TEXT",
    "kind": "TEXT",  # "article", or what else the page is (telisik.extract.kinds.KINDS)
    "kind_reason": "TEXT",  # why, in a few words: "listing page: 48 links, no date"
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
# The lead comes last (schema 9): `snippet(articles_fts, 1, …)` and bm25 weights written for the first three
# columns (Datasette queries, scripts) keep meaning what they meant.
FTS_COLUMNS = ("title", "body", "authors", "lead")
STEM_FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS [articles_stem_fts] USING fts5("
    f"title, body, content='', tokenize='{FTS_TOKENIZE}')"
)
FTS_DDL = (
    "CREATE VIRTUAL TABLE [{t}_fts] USING FTS5 (\n"
    '    "title", "body", "authors", "lead",\n'
    f"    tokenize='{FTS_TOKENIZE}',\n"
    '    content="{t}"\n)'
)
# The triggers sqlite-utils creates, except that the update trigger fires only when an indexed column
# changes, so bookkeeping updates (last_checked_at) do not rewrite the full-text index.
_FTS_NAMES = ", ".join(f"[{c}]" for c in FTS_COLUMNS)
_FTS_NEW = ", ".join(f"new.[{c}]" for c in FTS_COLUMNS)
_FTS_OLD = ", ".join(f"old.[{c}]" for c in FTS_COLUMNS)
FTS_TRIGGERS = (
    (
        "ai",
        "CREATE TRIGGER [{t}_ai] AFTER INSERT ON [{t}] BEGIN\n"
        f"  INSERT INTO [{{t}}_fts] (rowid, {_FTS_NAMES}) VALUES (new.rowid, {_FTS_NEW});\nEND",
    ),
    (
        "ad",
        "CREATE TRIGGER [{t}_ad] AFTER DELETE ON [{t}] BEGIN\n"
        f"  INSERT INTO [{{t}}_fts] ([{{t}}_fts], rowid, {_FTS_NAMES}) "
        f"VALUES('delete', old.rowid, {_FTS_OLD});\nEND",
    ),
    (
        "au",
        f"CREATE TRIGGER [{{t}}_au] AFTER UPDATE OF {_FTS_NAMES} ON [{{t}}] BEGIN\n"
        f"  INSERT INTO [{{t}}_fts] ([{{t}}_fts], rowid, {_FTS_NAMES}) "
        f"VALUES('delete', old.rowid, {_FTS_OLD});\n"
        f"  INSERT INTO [{{t}}_fts] (rowid, {_FTS_NAMES}) VALUES (new.rowid, {_FTS_NEW});\nEND",
    ),
)


CRAWL_DDL = (
    """CREATE TABLE IF NOT EXISTS sites (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            url TEXT NOT NULL UNIQUE,
            hosts TEXT NOT NULL DEFAULT '[]',
            feeds TEXT NOT NULL DEFAULT '[]',
            sitemaps TEXT NOT NULL DEFAULT '[]',
            sections TEXT NOT NULL DEFAULT '[]',
            delay REAL,
            max_articles INTEGER,
            include TEXT NOT NULL DEFAULT '[]',
            exclude TEXT NOT NULL DEFAULT '[]',
            added_at TEXT,
            last_crawl_at TEXT,
            last_success_at TEXT,
            last_error TEXT,
            articles_archived INTEGER NOT NULL DEFAULT 0,  -- unused: counted from site_urls (older archives have it)
            last_counts TEXT NOT NULL DEFAULT '{}'
        )""",
    """CREATE TABLE IF NOT EXISTS site_sources (
            site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            kind TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            last_status INTEGER,
            fetched_at TEXT,
            lastmod TEXT,
            body TEXT,
            PRIMARY KEY (site_id, url)
        )""",
    """CREATE TABLE IF NOT EXISTS site_urls (
            site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            outcome TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            reason TEXT,
            article_id INTEGER,
            updated_at TEXT,
            listed_date TEXT,  -- the date a feed or sitemap gave (entries a filter skipped: 'filtered')
            PRIMARY KEY (site_id, url)
        )""",
)
TABLES = frozenset(
    {
        "articles",
        "article_versions",
        "captures",
        "articles_fts",
        "article_versions_fts",
        "articles_stem_fts",
        "telisik_meta",
        "sites",
        "site_sources",
        "site_urls",
        "article_checks",
        "article_events",
        "site_runs",
    }
)

WATCH_DDL = (
    # Re-check state per article: when it was last re-checked, the validators of its last answer, and a
    # removal seen once but not confirmed yet (a removal counts only when a later run sees it again).
    """CREATE TABLE IF NOT EXISTS article_checks (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id),
            rechecked_at TEXT,
            rechecks INTEGER NOT NULL DEFAULT 0,
            suspect_since TEXT,
            suspect_reason TEXT,
            suspect_run TEXT,
            etag TEXT,  -- validators of the last 200 answer (the stored capture's when none since)
            last_modified TEXT
        )""",
    # What happened to an article besides edits (those are versions): "removed" (at = removed since, the
    # first check that saw it gone) and "restored" (at = the check that saw it back).
    """CREATE TABLE IF NOT EXISTS article_events (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            event TEXT NOT NULL,
            at TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            reason TEXT
        )""",
    "CREATE INDEX IF NOT EXISTS idx_article_events_recorded ON article_events(recorded_at)",
    # One row per site per crawl run: what the site's health (`telisik sites list`) is computed from.
    """CREATE TABLE IF NOT EXISTS site_runs (
            id INTEGER PRIMARY KEY,
            site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL,
            error TEXT,
            new_articles INTEGER NOT NULL DEFAULT 0,
            edited INTEGER NOT NULL DEFAULT 0,
            removed INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0,
            requests INTEGER NOT NULL DEFAULT 0,
            blocked INTEGER NOT NULL DEFAULT 0,
            blocked_reason TEXT
        )""",
    "CREATE INDEX IF NOT EXISTS idx_site_runs_site ON site_runs(site_id, started_at)",
)


def ensure_db_shape(db: Archive) -> None:
    """Create the tables, indexes and full-text indexes if missing and migrate older schemas. Idempotent."""
    if is_postgres(db):  # the same tables from the same definitions, PostgreSQL's spelling (pgschema)
        from telisik.archive.pgschema import ensure_pg_shape

        ensure_pg_shape(db)
        return
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(f"the archive was written by a newer telisik (schema {version}); upgrade telisik")
    if (
        version == SCHEMA_VERSION
        and _shape_complete(db)
        and get_meta(db, "stemmer_version") == STEMMER_VERSION
    ):
        return
    with write_transaction(db):
        if db["articles"].exists():
            _migrate_articles_columns(db)
        if db["article_versions"].exists():
            _migrate_versions_columns(db)
        db.execute(ARTICLES_DDL)
        db.execute(VERSIONS_DDL)
        db.execute(CAPTURES_DDL)
        db.execute(META_DDL)
        for sql in CRAWL_DDL:
            db.execute(sql)
        _migrate_site_urls_listed_date(db)
        _migrate_inline_raw_html(db)
        _add_missing_pages_column(db)
        _add_lead_column(db)
        _strip_stored_credentials(db)
        for sql in INDEXES:
            db.execute(sql)
        _make_leads_searchable(db)
        _ensure_fts(db, "articles")
        _ensure_fts(db, "article_versions")
        if get_meta(db, "stemmer_version") != STEMMER_VERSION:
            # The stem index is rebuilt whenever the stemmer changes: its rows can only be deleted with the
            # exact values they were indexed with, which a different stemmer would not reproduce.
            db.execute("DROP TABLE IF EXISTS [articles_stem_fts]")
        if not db["articles_stem_fts"].exists():
            db.execute(STEM_FTS_DDL)
            populate_stem_index(db)
        _ensure_version_rows(db)
        _ensure_watch_tables(db)
        _migrate_article_kinds(db)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _ensure_watch_tables(db: Archive) -> None:
    """Schema 4: re-checks, removals and site health (idempotent: columns added only when missing)."""
    for table, column in (("articles", "removed_since"), ("sites", "recheck")):
        if column not in {c.name for c in db[table].columns}:
            db.execute(f"ALTER TABLE [{table}] ADD COLUMN [{column}] TEXT")
    for sql in WATCH_DDL:
        db.execute(sql)


def _shape_complete(db: Archive) -> bool:
    return TABLES <= set(db.table_names())


def _ensure_fts(db: Archive, table: str) -> None:
    """The FTS5 table and triggers sqlite-utils' `enable_fts(create_triggers=True)` makes, written out here
    because `enable_fts` runs `executescript`, which would commit our migration transaction half-way."""
    if db[f"{table}_fts"].exists():
        return
    db.execute(FTS_DDL.format(t=table))
    db.execute(f"INSERT INTO [{table}_fts] ([{table}_fts]) VALUES ('rebuild')")  # reads `table` itself
    for trigger in FTS_TRIGGERS:
        db.execute(f"DROP TRIGGER IF EXISTS [{table}_{trigger[0]}]")
        db.execute(trigger[1].format(t=table))


def _migrate_articles_columns(db: Archive) -> None:
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


def _migrate_site_urls_listed_date(db: Archive) -> None:
    """Schema < 4 -> `site_urls.listed_date` (idempotent: added only when missing)."""
    if "listed_date" not in {c.name for c in db["site_urls"].columns}:
        db.execute("ALTER TABLE [site_urls] ADD COLUMN [listed_date] TEXT")


def _migrate_versions_columns(db: Archive) -> None:
    """Schema < 3 -> `article_versions` gains the extracted columns added since (`agencies`)."""
    existing = {c.name for c in db["article_versions"].columns}
    for name, kind in EXTRACTED_COLUMNS.items():
        if name not in existing:
            db.execute(f"ALTER TABLE [article_versions] ADD COLUMN [{name}] {kind}")


def _migrate_inline_raw_html(db: Archive) -> None:
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


def _add_missing_pages_column(db: Archive) -> None:
    """Schema < 5 -> `missing_pages` in `articles` and `article_versions` (idempotent: only when missing)."""
    for table in ("articles", "article_versions"):
        if "missing_pages" not in {c.name for c in db[table].columns}:
            db.execute(f"ALTER TABLE [{table}] ADD COLUMN [missing_pages] TEXT")


def _add_lead_column(db: Archive) -> None:
    """Schema < 8 -> `lead` in `articles` and `article_versions` (idempotent: only when missing)."""
    for table in ("articles", "article_versions"):
        if "lead" not in {c.name for c in db[table].columns}:
            db.execute(f"ALTER TABLE [{table}] ADD COLUMN [lead] TEXT")


def _make_leads_searchable(db: Archive) -> None:
    """Schema < 9 -> the lead is searched, on its own FTS5 column and in the stem index. Idempotent.

    An FTS5 table cannot gain a column: a full-text table without `lead` is dropped here and built again by
    `_ensure_fts` (every row tokenized once more: about 8 s per 100,000 articles and superseded versions,
    benchmarks/migration.py). The stem index re-indexes only the articles that have a lead (about 0.35 ms
    each); one it cannot re-index (edited outside telisik) marks the index stale, which rebuilds it below."""
    for table in ("articles", "article_versions"):
        fts = f"{table}_fts"
        if db[fts].exists() and "lead" not in {c.name for c in db[fts].columns}:
            db.execute(f"DROP TABLE [{fts}]")
    if db["articles_stem_fts"].exists() and get_meta(db, "stemmer_version") == STEMMER_VERSION:
        stem_index_leads(db)


# Every stored column that holds a URL fetched or named: credentials (`user:pass@`) were kept in them by
# archives older than #15 item 11.
_URL_COLUMNS = {
    "articles": ("url", "canonical_url", "fetched_url", "final_url", "single_page_url"),
    "article_versions": ("canonical_url", "fetched_url", "final_url", "single_page_url"),
    "captures": ("url", "final_url"),
    "site_urls": ("url",),
}


def _strip_stored_credentials(db: Archive) -> None:
    """Remove `user:pass@` from every stored URL (idempotent: rows without credentials are not touched).

    An article key that would then collide with another article's is left alone (the older row keeps it;
    nothing is merged or lost), and so is a URL that does not parse."""
    from telisik.urls import strip_userinfo

    tables = set(db.table_names())
    for table, columns in _URL_COLUMNS.items():
        present = {c.name for c in db[table].columns} if table in tables else set()
        for column in (c for c in columns if c in present):
            rows = db.execute(
                f"SELECT rowid, [{column}] FROM [{table}] WHERE [{column}] LIKE '%://%@%'"
            ).fetchall()
            for rowid, value in rows:
                clean = strip_userinfo(value)
                if clean == value:
                    continue
                try:
                    db.execute(f"UPDATE [{table}] SET [{column}] = ? WHERE rowid = ?", (clean, rowid))
                except sqlite3.IntegrityError:  # a UNIQUE key already held by the same URL without them
                    continue


def _ensure_version_rows(db: Archive) -> None:
    """Every article has a row for its current version (migrated archives had none)."""
    db.execute(
        "INSERT INTO article_versions (article_id, version, fetched_at, status, final_url, parser_version, "
        "content_hash) SELECT a.id, a.version, a.fetched_at, a.status, a.final_url, a.parser_version, "
        "a.content_hash FROM articles a WHERE NOT EXISTS "
        "(SELECT 1 FROM article_versions v WHERE v.article_id = a.id AND v.version = a.version)"
    )


PAGES_INDEX = "CREATE INDEX IF NOT EXISTS [idx_articles_pages] ON [articles]([id]) WHERE [kind] <> 'article'"


def _migrate_article_kinds(db: Archive) -> None:
    """Schema < 4 -> `kind` and `kind_reason` in `articles` and `article_versions`, and the index of the rows that are not
    articles. Idempotent. Older rows keep NULL (read as "article"); `telisik reparse` decides them."""
    for table in ("articles", "article_versions"):
        existing = {c.name for c in db[table].columns}
        for column in ("kind", "kind_reason"):
            if column not in existing:
                db.execute(f"ALTER TABLE [{table}] ADD COLUMN [{column}] TEXT")
    db.execute(PAGES_INDEX)
