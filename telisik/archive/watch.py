"""Watching archived articles: re-check state, removals and restorations, edits, and each site's crawl history.

- `recheck_rows`: a site's articles that a re-check may look at, with the validators (ETag, Last-Modified) of
  their current version's first page, so the re-check is a conditional request.
- `note_checked`, `note_validators`, `note_present`, `note_removal`: what a re-check saw. A removal is *confirmed* only by a
  second check on a later run (`run` differs); it is then recorded as removed since the first check that saw
  it (`articles.removed_since` and an `article_events` row). The article's stored text is never touched.
- `edit_rows`, `event_rows`: what changed in a period (`telisik changes`).
- `record_site_run`, `site_runs`, `site_article_stats`: one row per site per crawl, what `sites list` reports.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from telisik.archive.queries import site_filter_sql
from telisik.archive.rows import loads_or
from telisik.archive.schema import EXTRACTED_COLUMNS
from telisik.archive.sql import insert_row, raw_connection, select_all, select_one, write_transaction
from telisik.times import now_iso

if TYPE_CHECKING:
    import sqlite3

    from telisik.archive.sql import Archive, Reader


def recheck_rows(db: Reader, sites: Iterable[str], window_start: str) -> list[dict[str, Any]]:
    """Articles of `sites` (host names as `articles.site` holds them) published (else first seen) at or after
    `window_start` (UTC ISO), plus every one removed or suspected removed, whatever its age.

    Each row: id, url, published_utc, first_seen_at, last_checked_at, removed_since, suspect_since,
    suspect_run, etag, last_modified."""
    hosts = sorted(set(sites))
    if not hosts:
        return []
    marks = ",".join("?" * len(hosts))
    rows = select_all(
        db,
        f"""SELECT a.id, a.url, a.fetched_url, a.published_utc, a.first_seen_at, a.last_checked_at,
                  a.removed_since, c.suspect_since, c.suspect_run, c.etag, c.last_modified,
                  (SELECT headers FROM captures p WHERE p.article_id = a.id AND p.version = a.version
                   ORDER BY p.page LIMIT 1) AS headers
           FROM articles a LEFT JOIN article_checks c ON c.article_id = a.id
           WHERE a.site IN ({marks}) AND (coalesce(a.published_utc, a.first_seen_at) >= ?
                 OR a.removed_since IS NOT NULL OR c.suspect_since IS NOT NULL)""",
        [*hosts, window_start],
    )
    for row in rows:
        headers = _json_object(row.pop("headers"))
        if not (row["etag"] or row["last_modified"]):
            row["etag"] = headers.get("etag")
            row["last_modified"] = headers.get("last-modified")
    return rows


def _json_object(text: str | None) -> dict[str, Any]:
    value = loads_or(text, {})
    return value if isinstance(value, dict) else {}


def note_checked(db: Archive, article_id: int, at: str) -> None:
    """A re-check of the article happened at `at` (whatever it found)."""
    with write_transaction(db):
        connection = raw_connection(db)
        connection.execute("UPDATE articles SET last_checked_at = ? WHERE id = ?", [at, article_id])
        connection.execute(
            """INSERT INTO article_checks (article_id, rechecked_at, rechecks) VALUES (?, ?, 1)
               ON CONFLICT (article_id) DO UPDATE SET rechecked_at = excluded.rechecked_at,
                 rechecks = article_checks.rechecks + 1""",
            [article_id, at],
        )


def note_validators(db: Archive, article_id: int, etag: str | None, last_modified: str | None) -> None:
    """The validators of a re-check's 200 answer, for the next conditional request: the page may have changed
    around the article (a sidebar) without a new version being stored, and so without a new capture."""
    with write_transaction(db):
        raw_connection(db).execute(
            """INSERT INTO article_checks (article_id, etag, last_modified) VALUES (?, ?, ?)
               ON CONFLICT (article_id) DO UPDATE SET etag = excluded.etag,
                 last_modified = excluded.last_modified""",
            [article_id, etag, last_modified],
        )


def note_present(db: Archive, article_id: int, at: str) -> bool:
    """The article answered as an article at `at`: a pending suspicion is dropped; a removed article is
    recorded as restored. True when it was restored."""
    with write_transaction(db):
        connection = raw_connection(db)
        _clear_suspicion(connection, article_id)
        row = connection.execute("SELECT removed_since FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None or row[0] is None:
            return False
        connection.execute("UPDATE articles SET removed_since = NULL WHERE id = ?", [article_id])
        _add_event(db, article_id, "restored", at, f"answers again (removed since {row[0]})")
        return True


def note_removal(db: Archive, article_id: int, at: str, reason: str, *, run: str) -> str:
    """A re-check at `at`, in crawl run `run`, saw the article removed (`reason`). Returns:

    - "suspect": the first such check (or another in the same run): remembered, nothing recorded yet;
    - "removed": a later run saw it again: recorded as removed since the first check;
    - "still": it was already recorded as removed.
    """
    with write_transaction(db):
        connection = raw_connection(db)
        removed = connection.execute(
            "SELECT removed_since FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        if removed is not None and removed[0] is not None:
            return "still"
        check = select_one(
            db,
            "SELECT suspect_since, suspect_reason, suspect_run FROM article_checks WHERE article_id = ?",
            [article_id],
        )
        if check is None or check["suspect_since"] is None or check["suspect_run"] == run:
            if check is None or check["suspect_since"] is None:
                connection.execute(
                    """INSERT INTO article_checks (article_id, suspect_since, suspect_reason, suspect_run)
                       VALUES (?, ?, ?, ?)
                       ON CONFLICT (article_id) DO UPDATE SET suspect_since = excluded.suspect_since,
                         suspect_reason = excluded.suspect_reason, suspect_run = excluded.suspect_run""",
                    [article_id, at, reason, run],
                )
            return "suspect"
        since = check["suspect_since"]
        connection.execute("UPDATE articles SET removed_since = ? WHERE id = ?", [since, article_id])
        _clear_suspicion(connection, article_id)
        first = check["suspect_reason"] or reason
        why = first if first == reason else f"{first}; then {reason}"
        _add_event(db, article_id, "removed", since, why)
        return "removed"


def _clear_suspicion(connection: sqlite3.Connection, article_id: int) -> None:
    """Forget a removal seen once and waiting for a second check (the article answered, or it is recorded)."""
    connection.execute(
        "UPDATE article_checks SET suspect_since = NULL, suspect_reason = NULL, suspect_run = NULL "
        "WHERE article_id = ?",
        [article_id],
    )


def _add_event(db: Archive, article_id: int, event: str, at: str, reason: str) -> None:
    insert_row(
        db,
        "article_events",
        {"article_id": article_id, "event": event, "at": at, "recorded_at": now_iso(), "reason": reason},
    )


def _site_clause(site: str | None, alias: str) -> tuple[str, list[Any]]:
    clauses, params = site_filter_sql(site, alias)
    return "".join(f" AND {c}" for c in clauses), params


def event_rows(db: Reader, *, since: str | None = None, site: str | None = None) -> list[dict[str, Any]]:
    """Removals and restorations recorded at or after `since` (UTC ISO), with their article's title and URL."""
    where, params = _site_clause(site, "a")
    rows = select_all(
        db,
        f"""SELECT e.event, e.at, e.recorded_at, e.reason, a.id AS article_id, a.url, a.title, a.site,
                   a.removed_since
            FROM article_events e JOIN articles a ON a.id = e.article_id
            WHERE e.recorded_at >= ?{where} ORDER BY e.at DESC, e.id DESC""",
        [since or "", *params],
    )
    return rows


def edit_rows(db: Reader, *, since: str | None = None, site: str | None = None) -> list[dict[str, Any]]:
    """Versions (after the first) fetched at or after `since`: each with `old` and `new`, the fields of the
    version before and of that version. Late-imported old captures count too (they are versions)."""
    where, params = _site_clause(site, "a")
    rows = select_all(
        db,
        f"""SELECT v.article_id, v.version, v.fetched_at, a.version AS current_version
            FROM article_versions v JOIN articles a ON a.id = v.article_id
            WHERE v.version > 1 AND v.fetched_at >= ?{where} ORDER BY v.fetched_at DESC, v.id DESC""",
        [since or "", *params],
    )
    columns = ", ".join(f"[{name}]" for name in EXTRACTED_COLUMNS)
    for row in rows:
        current = select_one(
            db, f"SELECT {columns}, removed_since FROM articles WHERE id = ?", [row["article_id"]]
        )
        row["removed_since"] = (current or {}).pop("removed_since", None)
        row["new"] = current if row["version"] == row["current_version"] else _version_fields(db, row, 0)
        row["old"] = _version_fields(db, row, -1)
    return rows


def _version_fields(db: Reader, row: dict[str, Any], offset: int) -> dict[str, Any]:
    columns = ", ".join(f"[{name}]" for name in EXTRACTED_COLUMNS)
    found = select_one(
        db,
        f"SELECT {columns} FROM article_versions WHERE article_id = ? AND version = ?",
        [row["article_id"], row["version"] + offset],
    )
    return found or {}


def article_watch(db: Reader, article_id: int) -> dict[str, Any]:
    """What the archive knows of an article's life online: removed_since, last re-check, its events."""
    row = select_one(
        db,
        """SELECT a.removed_since, a.last_checked_at, c.rechecked_at, c.rechecks, c.suspect_since,
                  c.suspect_reason
           FROM articles a LEFT JOIN article_checks c ON c.article_id = a.id WHERE a.id = ?""",
        [article_id],
    )
    events = select_all(
        db, "SELECT event, at, reason FROM article_events WHERE article_id = ? ORDER BY at, id", [article_id]
    )
    return {**(row or {}), "events": events}


def removed_since_of(db: Reader, ids: Iterable[int]) -> dict[int, str]:
    """For the articles among `ids` recorded as removed: id -> removed since."""
    wanted = sorted(set(ids))
    found: dict[int, str] = {}
    for start in range(0, len(wanted), 500):
        batch = wanted[start : start + 500]
        marks = ",".join("?" * len(batch))
        rows = raw_connection(db).execute(
            f"SELECT id, removed_since FROM articles WHERE id IN ({marks}) AND removed_since IS NOT NULL",
            batch,
        )
        found.update({row[0]: row[1] for row in rows})
    return found


# ------------------------------------------------------------------------------------------ site health


def record_site_run(db: Archive, site_id: int, run: dict[str, Any]) -> None:
    """Keep one crawl run's outcome for a site (columns of `site_runs`)."""
    with write_transaction(db):
        insert_row(db, "site_runs", {"site_id": site_id, **run})


def site_runs(db: Reader, site_id: int, limit: int = 30) -> list[dict[str, Any]]:
    """The site's last `limit` runs, newest first."""
    return select_all(
        db,
        "SELECT * FROM site_runs WHERE site_id = ? ORDER BY started_at DESC, id DESC LIMIT ?",
        [site_id, limit],
    )


def site_article_stats(
    db: Reader, site_id: int, hosts: Iterable[str], *, week: str, month: str
) -> dict[str, Any]:
    """For a site: when it last gave a new article (`last_new_at`: the latest first_seen_at), and how many of its
    articles were published since `week` and `month` (UTC ISO)."""
    hosts = sorted(set(hosts))
    marks = ",".join("?" * len(hosts)) or "NULL"
    row = select_one(
        db,
        f"""SELECT max(first_seen_at) AS last_new_at,
                   sum(CASE WHEN coalesce(published_utc, first_seen_at) >= ? THEN 1 ELSE 0 END) AS last_7_days,
                   sum(CASE WHEN coalesce(published_utc, first_seen_at) >= ? THEN 1 ELSE 0 END) AS last_30_days,
                   sum(CASE WHEN removed_since IS NOT NULL THEN 1 ELSE 0 END) AS removed
            FROM articles WHERE id IN (SELECT id FROM articles WHERE site IN ({marks})
               UNION SELECT article_id FROM site_urls WHERE site_id = ? AND outcome = 'stored')""",
        [week, month, *hosts, site_id],
    )
    row = row or {}
    return {
        "last_new_at": row.get("last_new_at"),
        "last_7_days": row.get("last_7_days") or 0,
        "last_30_days": row.get("last_30_days") or 0,
        "removed": row.get("removed") or 0,
    }
