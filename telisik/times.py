"""telisik's one time vocabulary: instants are aware datetimes, stored as ISO 8601 text.

- `now_iso()`            the current instant in UTC, to the second (bookkeeping columns)
- `as_utc(value)`        an aware UTC datetime from a date (midnight UTC), a naive (taken as UTC) or aware one
- `iso(value)`           ISO 8601 text of a datetime, keeping its own offset (text passes through)
- `utc_iso(value)`       `YYYY-MM-DDTHH:MM:SSZ` of a datetime: sortable across time zones
- `parse_iso(text)`      a datetime from ISO 8601 text (`Z` accepted), None when it is not one
- `parse_day_or_instant` what a --since/--until option means: a calendar day, or an instant with `T`
"""

from __future__ import annotations

from datetime import date, datetime, timezone


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def as_utc(value: date | datetime) -> datetime:
    """`value` as an aware UTC datetime: a date is its midnight UTC, a naive datetime is taken as UTC (the
    contract says aware; a naive value is taken as UTC rather than guessed)."""
    if not isinstance(value, datetime):
        return datetime(value.year, value.month, value.day, tzinfo=timezone.utc)
    return (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)


def iso(value: datetime | str | None) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, datetime) else str(value)


def utc_iso(value: datetime | None) -> str | None:
    if not isinstance(value, datetime):
        return None
    return as_utc(value).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(value: str | None) -> datetime | None:
    """The datetime of ISO 8601 text as written (naive stays naive), or None."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def parse_day_or_instant(value: str) -> date | datetime:
    """`YYYY-MM-DD` -> a calendar day; with a `T` -> an instant (naive taken as UTC). ValueError otherwise."""
    text = value.strip()
    if "T" in text:
        return as_utc(datetime.fromisoformat(text.replace("Z", "+00:00")))
    return date.fromisoformat(text)
