"""What changed in the archive in a period: articles edited (new versions, with a one-line summary) and
articles removed from or restored to their sites — the weekly report `telisik changes` prints.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from telisik.archive.watch import edit_rows, event_rows
from telisik.textdiff import diff_words
from telisik.times import iso, parse_day_or_instant

if TYPE_CHECKING:
    from telisik.archive import Reader

_AGO = re.compile(r"(\d+)\s*([hdw])")
_UNIT = {"h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1)}
SUMMARY_FIELDS = ("authors", "published", "section", "tags", "description", "editor")


def parse_since(text: str, now: datetime | None = None) -> datetime:
    """`7d`, `12h`, `2w` (ago), `YYYY-MM-DD` (that day, UTC) or an ISO instant -> an aware UTC instant.
    Raises ValueError."""
    now = now or datetime.now(timezone.utc)
    found = _AGO.fullmatch(text.strip().lower())
    if found:
        return now - int(found.group(1)) * _UNIT[found.group(2)]
    value = parse_day_or_instant(text.strip())
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    return datetime(value.year, value.month, value.day, tzinfo=timezone.utc)


def _words(text: str | None) -> int:
    return len((text or "").split())


def edit_summary(old: dict[str, Any], new: dict[str, Any]) -> str:
    """One line: `title changed; 12 words added, 3 removed; tags changed`."""
    parts = []
    if (old.get("title") or "") != (new.get("title") or ""):
        parts.append("title changed")
    added = removed = 0
    for segment in diff_words(old.get("body") or "", new.get("body") or ""):
        if segment.op == "insert":
            added += _words(segment.text)
        elif segment.op == "delete":
            removed += _words(segment.text)
    if added or removed:
        parts.append(f"{added} words added, {removed} removed")
    others = [f for f in SUMMARY_FIELDS if (old.get(f) or None) != (new.get(f) or None)]
    if others:
        parts.append(", ".join(others) + " changed")
    return "; ".join(parts) or "metadata changed"


def list_changes(db: Reader, *, since: datetime, site: str | None = None) -> list[dict[str, Any]]:
    """Edits, removals and restorations since `since`, newest first, as JSON-ready records:
    {when, change ("edited" | "removed" | "restored"), article_id, url, title, site, version, summary}."""
    since_text = iso(since) or ""
    records = []
    for row in edit_rows(db, since=since_text, site=site):
        new, old = row["new"] or {}, row["old"] or {}
        records.append(
            {
                "when": row["fetched_at"],
                "change": "edited",
                "article_id": row["article_id"],
                "url": new.get("canonical_url") or new.get("fetched_url"),
                "title": new.get("title"),
                "site": new.get("site"),
                "version": row["version"],
                "summary": edit_summary(old, new),
                "removed_since": row.get("removed_since"),
            }
        )
    for row in event_rows(db, since=since_text, site=site):
        records.append(
            {
                "when": row["at"],
                "change": row["event"],
                "article_id": row["article_id"],
                "url": row["url"],
                "title": row["title"],
                "site": row["site"],
                "version": None,
                "summary": row["reason"],
                "removed_since": row["removed_since"],
            }
        )
    records.sort(key=lambda r: r["when"] or "", reverse=True)
    return records
