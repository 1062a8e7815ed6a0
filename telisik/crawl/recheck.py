"""Which archived articles a crawl re-checks, and when: a decaying schedule after publication.

An article is re-checked when one of the schedule's points (by default 1 h, 6 h, 1 d, 3 d, 7 d and 30 d after
publication, or after it was first seen when it has no date) has passed since it was last checked — so a
nightly crawl looks at a new article the next night, then about 3, 7 and 30 days after it appeared: most
edits and take-downs happen in the first days. Besides, every run re-checks an article a previous run saw
removed once (a removal counts only when confirmed by a later run), and looks at articles recorded as
removed once a week (to see one come back). `crawl --refresh-days N` re-checks every article published in
the last N days, due or not. At most `max_rechecks` per site per run, the most urgent first (confirmations,
then the newest articles), so a nightly crawl stays polite; the rest waits for the next run.

Re-checks are conditional requests (the ETag/Last-Modified of the stored capture): an unchanged article
costs one 304.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from telisik.times import as_utc, parse_iso

DEFAULT_SCHEDULE = (3600, 6 * 3600, 86400, 3 * 86400, 7 * 86400, 30 * 86400)  # seconds after publication
DEFAULT_MAX_RECHECKS = 200  # per site per run
REMOVED_RECHECK_EVERY = 7 * 86400  # an article recorded as removed is looked at again weekly
_UNITS = {"m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
_POINT = re.compile(r"(\d+)\s*([mhdw])")


class ScheduleError(ValueError):
    """A re-check schedule that cannot be read."""


def parse_schedule(text: str) -> list[int]:
    """`1h,6h,1d,3d,7d,30d` -> seconds, sorted; `none` (or `off`) -> [] (no re-checks). Raises ScheduleError."""
    text = text.strip().lower()
    if text in ("none", "off", "0", ""):
        return []
    points = []
    for part in text.split(","):
        found = _POINT.fullmatch(part.strip())
        if not found or int(found.group(1)) == 0:
            raise ScheduleError(
                f"bad re-check point {part.strip()!r}: use a number and m, h, d or w, e.g. 1h,6h,1d,3d,7d,30d"
            )
        points.append(int(found.group(1)) * _UNITS[found.group(2)])
    return sorted(set(points))


def format_schedule(points: Iterable[int] | None) -> str:
    """Seconds -> `1h,6h,1d` (None: the default schedule)."""
    chosen = DEFAULT_SCHEDULE if points is None else list(points)
    if not chosen:
        return "none"
    parts = []
    for seconds in chosen:
        for unit in ("d", "h", "m"):
            if seconds % _UNITS[unit] == 0:
                parts.append(f"{seconds // _UNITS[unit]}{unit}")
                break
        else:
            parts.append(f"{max(1, seconds // 60)}m")
    return ",".join(parts)


@dataclass
class Due:
    """An archived article to re-check this run."""

    article_id: int
    url: str
    etag: str | None
    last_modified: str | None
    priority: tuple[int, float]  # smaller first
    removed: bool
    suspect: bool


def window_start(schedule: list[int], now: datetime, refresh_days: int | None) -> datetime:
    """The oldest publication date a re-check can concern (the last schedule point, or --refresh-days)."""
    span = max([*schedule, 0]) + 86400
    if refresh_days:
        span = max(span, refresh_days * 86400)
    return now - timedelta(seconds=span)


def due_rechecks(
    rows: Iterable[dict[str, Any]],
    schedule: list[int],
    now: datetime,
    *,
    refresh_days: int | None = None,
) -> list[Due]:
    """The rows (`telisik.archive.watch.recheck_rows`) due for a re-check at `now`, most urgent first."""
    found = []
    refresh_from = now - timedelta(days=refresh_days) if refresh_days else None
    for row in rows:
        url = row.get("url") or row.get("fetched_url")
        if not url:
            continue
        born = _instant(row.get("published_utc")) or _instant(row.get("first_seen_at"))
        checked = _instant(row.get("last_checked_at")) or _instant(row.get("first_seen_at"))
        suspect = row.get("suspect_since") is not None
        removed = row.get("removed_since") is not None
        age = (now - born).total_seconds() if born else None
        if suspect:
            rank = 0
        elif refresh_from is not None and born is not None and born >= refresh_from:
            rank = 1
        elif removed:
            rank = 2 if checked is None or (now - checked).total_seconds() >= REMOVED_RECHECK_EVERY else -1
        else:
            rank = 1 if _point_passed_since(schedule, born, checked, now) else -1
        if rank < 0:
            continue
        found.append(
            Due(
                row["id"],
                url,
                row.get("etag"),
                row.get("last_modified"),
                (rank, age if age is not None else float("inf")),
                removed,
                suspect,
            )
        )
    return sorted(found, key=lambda d: d.priority)


def _point_passed_since(
    schedule: list[int], born: datetime | None, checked: datetime | None, now: datetime
) -> bool:
    """A schedule point lies between the last check and now."""
    if born is None:
        return False
    for seconds in schedule:
        point = born + timedelta(seconds=seconds)
        if point <= now and (checked is None or checked < point):
            return True
    return False


def _instant(text: str | None) -> datetime | None:
    value = parse_iso(text)
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return as_utc(value)
