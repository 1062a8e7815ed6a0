"""Date lines as real outlets print them, read by `search_date` and checked against hand-written truth.

The lines and their expected values live in tests/fixtures/real_datelines.tsv (copied from stored public pages,
the truth written and committed before the parser ran on them). Each line is handed to
`search_date(line, now=NOW, default_tz=WIB)`, as the byline/date-line reader does:

- `YYYY-MM-DDTHH:MM+HH:MM`: the wall time to the minute and the UTC offset must both match;
- `YYYY-MM-DDTHH:MM`: a zoneless line from a non-Indonesian page, checked to the minute only;
- `YYYY-MM-DD`: the day must match and no time may be invented (`has_time` False), except for relative lines,
  where only the day is certain.

Lines the parser does not read yet are strict xfails (KNOWN_MISSES, keyed by the line's text), so that a fix
turns them into failures to remove from the list.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import NamedTuple

import pytest

from telisik.extract.dates import WIB, ParsedDate, search_date

DATA = Path(__file__).parent / "fixtures" / "real_datelines.tsv"
NOW = datetime(2026, 1, 27, 15, 28, tzinfo=WIB)

# Lines the parser misreads today, with the general class of the miss (for the dates owner).
KNOWN_MISSES: dict[str, str] = {
    "Tuesday, Jan. 27, 2026\u20264:10 PM ET": (
        "separator: an ellipsis between date and time ends the date; the time and ET are dropped (day only, WIB)"
    ),
    "Today is Saturday, Jan. 24, the 24th day of 2026.": (
        "relative word in running text: 'Today' wins over the written date, giving now's day"
    ),
}


class Dateline(NamedTuple):
    line: str
    expected: str
    kind: str
    url: str


def load_datelines() -> list[Dateline]:
    """The rows of the data file, comments and the header skipped."""
    rows = []
    for raw in DATA.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = raw.split("\t")
        assert len(fields) == 4, f"expected 4 tab-separated fields: {raw!r}"
        if fields[0] == "line":
            continue
        rows.append(Dateline(*fields))
    return rows


DATELINES = load_datelines()


def _params() -> list:
    params = []
    for row in DATELINES:
        reason = KNOWN_MISSES.get(row.line)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(row, id=row.line[:60], marks=marks))
    return params


def _describe(parsed: ParsedDate | None) -> str:
    if parsed is None:
        return "None"
    return (
        f"{parsed.value.isoformat()} has_time={parsed.has_time} has_zone={parsed.has_zone} raw={parsed.raw!r}"
    )


def _check_day(parsed: ParsedDate, expected: str, kind: str) -> None:
    assert parsed.value.date() == date.fromisoformat(expected)
    if kind != "relative":
        assert not parsed.has_time, "a time was invented for a line that has none"


def _check_minute(parsed: ParsedDate, expected: str) -> None:
    assert parsed.has_time
    wall = parsed.value.replace(tzinfo=None, second=0, microsecond=0)
    assert wall == datetime.fromisoformat(expected)


def _check_minute_and_offset(parsed: ParsedDate, expected: str) -> None:
    want = datetime.fromisoformat(expected)
    assert parsed.has_time
    assert parsed.value.replace(second=0, microsecond=0) == want
    assert parsed.value.utcoffset() == want.utcoffset()


@pytest.mark.parametrize("row", _params())
def test_real_dateline(row: Dateline) -> None:
    parsed = search_date(row.line, now=NOW, default_tz=WIB)
    assert parsed is not None, f"nothing read from {row.line!r} ({row.url})"
    context = f"{row.line!r} -> {_describe(parsed)}, expected {row.expected} ({row.url})"
    try:
        if "T" not in row.expected:
            _check_day(parsed, row.expected, row.kind)
        elif len(row.expected) == len("2026-01-27T15:28"):
            _check_minute(parsed, row.expected)
        else:
            _check_minute_and_offset(parsed, row.expected)
    except AssertionError as error:
        raise AssertionError(f"{context}: {error}") from error


def test_data_file_is_well_formed() -> None:
    """Every expected value parses, every kind is known, every line is unique and has a URL."""
    assert len(DATELINES) >= 50
    assert len({row.line for row in DATELINES}) == len(DATELINES)
    for row in DATELINES:
        assert row.kind in {"published", "updated", "relative"}, row
        assert row.url.startswith(("http://", "https://")), row
        if "T" in row.expected:
            value = datetime.fromisoformat(row.expected)
            if value.tzinfo is not None:
                assert value.utcoffset() in {timedelta(hours=h) for h in (-5, 0, 7, 8, 9)}, row
        else:
            date.fromisoformat(row.expected)


def test_known_misses_name_real_lines() -> None:
    """A stale entry (a line removed or edited in the data file) must not linger in KNOWN_MISSES."""
    lines = {row.line for row in DATELINES}
    assert set(KNOWN_MISSES) <= lines


def test_offset_check_is_strict() -> None:
    """The checker itself can fail: a WIB reading of a line that states ET is rejected."""
    parsed = ParsedDate(datetime(2026, 1, 27, 16, 10, tzinfo=WIB), True, False, "x")
    with pytest.raises(AssertionError):
        _check_minute_and_offset(parsed, "2026-01-27T16:10-05:00")
    utc = timezone.utc
    _check_minute_and_offset(
        ParsedDate(datetime(2026, 1, 1, 1, 2, 30, tzinfo=utc), True, True, "x"), "2026-01-01T01:02+00:00"
    )
