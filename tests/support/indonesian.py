"""How Indonesian portals print an article's date line, for test pages and benchmark pages alike
(no imports beyond the standard library: benchmarks load it without the rest of the test support)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

WIB = timezone(timedelta(hours=7))
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


def date_line(value: datetime) -> str:
    """'Kamis, 5 Februari 2026 10:12 WIB': `value` in Western Indonesian Time (a naive value is taken as WIB)."""
    if value.tzinfo is not None:
        value = value.astimezone(WIB)
    return f"{DAYS[value.weekday()]}, {value.day} {MONTHS[value.month - 1]} {value.year} {value:%H:%M} WIB"
