"""Tests for telisik.extract.dates: ISO variants, Indonesian/English written dates, relative dates, search."""

from __future__ import annotations

import json
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from telisik.extract.dates import MONTHS, WIB, WIT, WITA, ParsedDate, parse_date, search_date

UTC = timezone.utc
PLUS7 = timezone(timedelta(hours=7))
CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus" / "indonesia"
NOW = datetime(2026, 1, 27, 8, 0, 0, tzinfo=UTC)  # 15:00 WIB


def dt(*args, tz=WIB) -> datetime:
    return datetime(*args, tzinfo=tz)


# (text, expected aware datetime, has_time, has_zone)
ISO_CASES = [
    ("2026-01-27T15:28:41+07:00", dt(2026, 1, 27, 15, 28, 41), True, True),
    ("2026-01-27T08:28:41Z", dt(2026, 1, 27, 8, 28, 41, tz=UTC), True, True),
    ("2016-02-16T13:01:52+0700", dt(2016, 2, 16, 13, 1, 52), True, True),
    ("2023-11-02T14:34:19+00:00", dt(2023, 11, 2, 14, 34, 19, tz=UTC), True, True),
    ("2023-11-02 20:59:53", dt(2023, 11, 2, 20, 59, 53), True, False),
    ("2023/11/02 20:59:53", dt(2023, 11, 2, 20, 59, 53), True, False),
    # detik: dashes in the time and a false Z; it is WIB local time.
    ("2023-11-02T20-59-53Z", dt(2023, 11, 2, 20, 59, 53), True, False),
    ("2016-02-23 T16:00:20Z", dt(2016, 2, 23, 16, 0, 20, tz=UTC), True, True),
    ("2014-07-13T20:07:27.8200000", dt(2014, 7, 13, 20, 7, 27, 820000), True, False),
    ("2026-01-27T15:28:41.123+07:00", dt(2026, 1, 27, 15, 28, 41, 123000), True, True),
    ("2026-01-27T15:28-05:00", dt(2026, 1, 27, 15, 28, tz=timezone(-timedelta(hours=5))), True, True),
    ("2020-05-04", dt(2020, 5, 4), False, False),
    ("Mon, 27 Jan 2026 15:28:41 +0700", dt(2026, 1, 27, 15, 28, 41), True, True),
    ("Tue, 27 Jan 2026 08:28:41 GMT", dt(2026, 1, 27, 8, 28, 41, tz=UTC), True, True),
]

WRITTEN_CASES = [
    ("Selasa, 27 Januari 2026 15:28 WIB", dt(2026, 1, 27, 15, 28), True, True),
    ("Kamis 09 Juli 2020 07:26 WIB", dt(2020, 7, 9, 7, 26), True, True),
    ("Jum'at, 17 Februari 2017 - 13:30 wib", dt(2017, 2, 17, 13, 30), True, True),
    ("Jum’at, 17 Februari 2017 - 13:30 WIB", dt(2017, 2, 17, 13, 30), True, True),
    ("Jumat , 17 February 2017, 13:16 WIB", dt(2017, 2, 17, 13, 16), True, True),
    ("Selasa, 16 Februari 2016 | 14:38 WIB", dt(2016, 2, 16, 14, 38), True, True),
    ("Kamis, 02 Nov 2023 20:59 WIB", dt(2023, 11, 2, 20, 59), True, True),
    ("Sabtu, 10 Des 2022 20:55 WIB", dt(2022, 12, 10, 20, 55), True, True),
    ("Selasa, 23/02/2016 15:32 WIB", dt(2016, 2, 23, 15, 32), True, True),
    ("27/01/2026", dt(2026, 1, 27), False, False),
    ("02/11/2023, 21:34 WIB", dt(2023, 11, 2, 21, 34), True, True),
    ("20/1/2026 18:30", dt(2026, 1, 20, 18, 30), True, False),
    (" 22/10/2025 06:59", dt(2025, 10, 22, 6, 59), True, False),
    ("27-01-2026 15:28", dt(2026, 1, 27, 15, 28), True, False),
    ("Jan 27, 2026 - 15:28", dt(2026, 1, 27, 15, 28), True, False),
    ("January 27, 2026 3:28 PM", dt(2026, 1, 27, 15, 28), True, False),
    ("27th January 2026", dt(2026, 1, 27), False, False),
    ("16 Feb 2016 at 09:10 WIB", dt(2016, 2, 16, 9, 10), True, True),
    ("Selasa, 27 Januari 2026 pukul 15.28 WIB", dt(2026, 1, 27, 15, 28), True, True),
    ("27 Januari 2026, pkl. 15.28", dt(2026, 1, 27, 15, 28), True, False),
    ("SELASA, 27 JANUARI 2026 15:28 WIB", dt(2026, 1, 27, 15, 28), True, True),
    ("selasa, 27 januari 2026", dt(2026, 1, 27), False, False),
    ("Senin, 4 Mei 2020", dt(2020, 5, 4), False, False),
    ("Minggu, 5 Apr 2026 10:00 WITA", dt(2026, 4, 5, 10, 0, tz=WITA), True, True),
    ("Ahad, 5 April 2026 10:00 WIT", dt(2026, 4, 5, 10, 0, tz=WIT), True, True),
    ("Rabu, 1 Okt 2025 10:00 GMT+7", dt(2025, 10, 1, 10, 0), True, True),
    ("Rabu, 1 Okt 2025 10:00 GMT+07:00", dt(2025, 10, 1, 10, 0), True, True),
    ("Rabu, 1 Okt 2025 10:00 +07:00", dt(2025, 10, 1, 10, 0), True, True),
    ("Rabu, 1 Okt 2025 03:00 UTC", dt(2025, 10, 1, 3, 0, tz=UTC), True, True),
    ("Wednesday, October 1, 2025 10:00", dt(2025, 10, 1, 10, 0), True, False),
    ("Sat, 10 Dec 2022 20:55", dt(2022, 12, 10, 20, 55), True, False),
    ("1 Oct. 2025", dt(2025, 10, 1), False, False),
    ("27.01.2026 15:28", dt(2026, 1, 27, 15, 28), True, False),
    ("Selasa, 27 Januari 2026 / 15:28 WIB", dt(2026, 1, 27, 15, 28), True, True),
    ("27 Jan 2026, 15:28:41 WIB", dt(2026, 1, 27, 15, 28, 41), True, True),
    ("January 27, 2026 at 12:05 am", dt(2026, 1, 27, 0, 5), True, False),
    ("January 27, 2026 at 12:05 pm", dt(2026, 1, 27, 12, 5), True, False),
    # The time written first.
    ("15:28 WIB, Selasa 27 Januari 2026", dt(2026, 1, 27, 15, 28), True, True),
    ("3:28 pm - Jan 27, 2026", dt(2026, 1, 27, 15, 28), True, False),
    ("pukul 15.28 WIB, 27 Januari 2026", dt(2026, 1, 27, 15, 28), True, True),
]

MONTH_CASES = [
    ("Jan", 1),
    ("Januari", 1),
    ("Feb", 2),
    ("Februari", 2),
    ("Pebruari", 2),
    ("Mar", 3),
    ("Maret", 3),
    ("Apr", 4),
    ("April", 4),
    ("Mei", 5),
    ("May", 5),
    ("Jun", 6),
    ("Juni", 6),
    ("Jul", 7),
    ("Juli", 7),
    ("Agu", 8),
    ("Agt", 8),
    ("Ags", 8),
    ("Agust", 8),
    ("Agustus", 8),
    ("Aug", 8),
    ("August", 8),
    ("Sep", 9),
    ("Sept", 9),
    ("September", 9),
    ("Okt", 10),
    ("Oktober", 10),
    ("Oct", 10),
    ("October", 10),
    ("Nov", 11),
    ("November", 11),
    ("Nopember", 11),
    ("Des", 12),
    ("Desember", 12),
    ("Dec", 12),
    ("December", 12),
    ("March", 3),
    ("June", 6),
    ("July", 7),
    ("January", 1),
    ("February", 2),
]

DAY_NAMES = (
    "Senin Selasa Rabu Kamis Jumat Jum'at Sabtu Minggu Ahad Sen Sel Rab Kam Jum Sab Min "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Wed Thu Fri Sat Sun"
).split()


@pytest.mark.parametrize(("text", "expected", "has_time", "has_zone"), ISO_CASES + WRITTEN_CASES)
def test_parse_date_absolute(text, expected, has_time, has_zone):
    parsed = parse_date(text)
    assert parsed is not None, text
    assert parsed.value == expected
    assert parsed.value.utcoffset() == expected.utcoffset()
    assert (parsed.has_time, parsed.has_zone) == (has_time, has_zone)
    assert parsed.raw == text.strip()


@pytest.mark.parametrize(("name", "month"), MONTH_CASES)
def test_month_names_and_abbreviations(name, month):
    for text in (f"5 {name} 2024", f"5 {name.upper()} 2024", f"5 {name.lower()} 2024 10:00 WIB"):
        parsed = parse_date(text)
        assert parsed is not None, text
        assert (parsed.value.year, parsed.value.month, parsed.value.day) == (2024, month, 5)


@pytest.mark.parametrize("day", DAY_NAMES)
def test_day_names_are_accepted(day):
    parsed = parse_date(f"{day}, 27 Januari 2026 15:28 WIB")
    assert parsed is not None and parsed.value == dt(2026, 1, 27, 15, 28)


def test_numeric_dates_are_day_first():
    parsed = parse_date("02/11/2023")
    assert (parsed.value.month, parsed.value.day) == (11, 2)
    assert parse_date("11/13/2023") is None  # US order is never assumed


def test_zone_offsets():
    assert parse_date("1 Mei 2024 10:00 WIB").value.utcoffset() == timedelta(hours=7)
    assert parse_date("1 Mei 2024 10:00 WITA").value.utcoffset() == timedelta(hours=8)
    assert parse_date("1 Mei 2024 10:00 WIT").value.utcoffset() == timedelta(hours=9)
    assert parse_date("1 Mei 2024 10:00 GMT+7").value.utcoffset() == timedelta(hours=7)
    assert parse_date("1 Mei 2024 10:00 UTC").value.utcoffset() == timedelta(0)


def test_default_tz_applies_to_times_without_zone():
    parsed = parse_date("2023-11-02 20:59:53", default_tz=WITA)
    assert parsed.value.utcoffset() == timedelta(hours=8) and not parsed.has_zone
    assert parse_date("2023-11-02T20:59:53+07:00", default_tz=WITA).value.utcoffset() == timedelta(hours=7)


@pytest.mark.parametrize(
    "text",
    [
        "31 Februari 2026",
        "29 Feb 2025",
        "1 Jan 20226",
        "20226-01-01",
        "32/01/2026",
        "27/13/2026",
        "27/01/2026 25:00",
        "27 Januari 2026 15:61 WIB",
        "2026-01-27T24:00:00",
        "0000-00-00",
        "0000-00-00 00:00:00",
        "1 Jan 1850",
        "2026-01-27T10:00+25:00",
        "",
        "   ",
        "bukan tanggal",
        "pukul 15.28 WIB",
        "Januari 2026",
        "27 Januari",
        "15:28",
        "Kamis",
        "2026",
        "12345678",
        "hari",
    ],
)
def test_impossible_or_incomplete_dates_give_none(text):
    assert parse_date(text) is None


def test_non_string_gives_none():
    assert parse_date(None) is None  # type: ignore[arg-type]
    assert search_date(12) is None  # type: ignore[arg-type]


# (text, expected delta before NOW or expected value, has_time)
RELATIVE_CASES = [
    ("2 jam yang lalu", NOW - timedelta(hours=2), True),
    ("2 jam lalu", NOW - timedelta(hours=2), True),
    ("sejam yang lalu", NOW - timedelta(hours=1), True),
    ("30 menit lalu", NOW - timedelta(minutes=30), True),
    ("45 detik yang lalu", NOW - timedelta(seconds=45), True),
    ("baru saja", NOW, True),
    ("2 hours ago", NOW - timedelta(hours=2), True),
    ("an hour ago", NOW - timedelta(hours=1), True),
    ("just now", NOW, True),
    ("kemarin", dt(2026, 1, 26), False),
    ("yesterday", dt(2026, 1, 26), False),
    ("hari ini", dt(2026, 1, 27), False),
    ("3 hari yang lalu", dt(2026, 1, 24), False),
    ("2 minggu lalu", dt(2026, 1, 13), False),
    ("sebulan yang lalu", dt(2025, 12, 27), False),
    ("1 tahun lalu", dt(2025, 1, 27), False),
    ("3 days ago", dt(2026, 1, 24), False),
    ("2 bln lalu", dt(2025, 11, 27), False),
    ("1 thn yg lalu", dt(2025, 1, 27), False),
    # Compound amounts (Kompasiana, WordPress `human_time_diff` plugins, forum software): every amount counts.
    ("2 jam 15 menit yang lalu", NOW - timedelta(hours=2, minutes=15), True),
    ("1 hour, 5 minutes ago", NOW - timedelta(hours=1, minutes=5), True),
    ("3 minggu 18 jam lalu", dt(2026, 1, 5), False),
    ("1 day and 4 hours ago", dt(2026, 1, 26), False),
    ("1 tahun 2 bulan lalu", dt(2024, 11, 27), False),
    # Not one age: a clip's length before its age, a repeated unit. Only the last amount counts.
    ("2 menit 12 jam lalu", NOW - timedelta(hours=12), True),
    ("2 jam, 3 jam lalu", NOW - timedelta(hours=3), True),
    ("kemarin pukul 10.15 WIB", dt(2026, 1, 26, 10, 15), True),
    ("Kemarin, 22:10", dt(2026, 1, 26, 22, 10), True),
]


@pytest.mark.parametrize(("text", "expected", "has_time"), RELATIVE_CASES)
def test_relative_dates_resolve_against_now(text, expected, has_time):
    parsed = parse_date(text, now=NOW)
    assert parsed is not None
    assert parsed.value == expected
    assert parsed.has_time is has_time
    assert parsed.value.tzinfo is not None


def test_relative_midnight_is_local_not_utc():
    # 20:00 UTC on the 26th is already the 27th in WIB: "kemarin" is the 26th.
    parsed = parse_date("kemarin", now=datetime(2026, 1, 26, 20, 0, tzinfo=UTC))
    assert parsed.value == dt(2026, 1, 26)


def test_relative_month_arithmetic_clamps_day():
    parsed = parse_date("1 bulan lalu", now=dt(2026, 3, 31, 12, 0))
    assert parsed.value == dt(2026, 2, 28)


def test_relative_without_now_uses_current_time():
    parsed = parse_date("2 jam yang lalu")
    expected = datetime.now(UTC) - timedelta(hours=2)
    assert abs((parsed.value - expected).total_seconds()) < 60


def test_naive_now_is_taken_as_utc():
    parsed = parse_date("baru saja", now=datetime(2026, 1, 27, 8, 0))
    assert parsed.value == NOW


SEARCH_CASES = [
    (
        "Natasha Oktalia, Jurnalis · Kamis 09 Juli 2020 07:26 WIB",
        dt(2020, 7, 9, 7, 26),
        "Kamis 09 Juli 2020 07:26 WIB",
    ),
    ("By Corry Anestia on 16 Feb 2016 at 09:10 WIB", dt(2016, 2, 16, 9, 10), "16 Feb 2016 at 09:10 WIB"),
    ("Kompas.com - 02/11/2023, 21:34 WIB", dt(2023, 11, 2, 21, 34), "02/11/2023, 21:34 WIB"),
    (
        "Dheny Window - BLORA.TELISIKFAKTA.COM | Selasa, 27 Januari 2026 15:28 WIB",
        dt(2026, 1, 27, 15, 28),
        "Selasa, 27 Januari 2026 15:28 WIB",
    ),
    ("Vania Ika Aldida | Jum'at, 17 Februari 2017 - 13:30 wib", dt(2017, 2, 17, 13, 30), None),
    ("Kamis, 5 November 2015 14:56 WIB | 1.234 Views", dt(2015, 11, 5, 14, 56), None),
    ("Diterbitkan 27/01/2026 pukul 15.28 WIB oleh Admin", dt(2026, 1, 27, 15, 28), None),
    ("Senin (4/5/2020).", dt(2020, 5, 4), "4/5/2020"),
    ("Published: 2026-01-27T15:28:41+07:00 (updated)", dt(2026, 1, 27, 15, 28, 41), None),
    # A number after the date is not a time unless it is marked (pukul) or zoned.
    ("pada 27 Januari 2026 2.500 orang hadir", dt(2026, 1, 27), "27 Januari 2026"),
    ("Diperbarui 15:28 WIB | Selasa, 27/01/2026", dt(2026, 1, 27, 15, 28), "15:28 WIB | Selasa, 27/01/2026"),
    # An unmarked dotted number before the date is not its time.
    ("Harga 10.00 - 27 Januari 2026", dt(2026, 1, 27), "27 Januari 2026"),
    # The first *valid* date wins: 31 Februari is skipped.
    ("31 Februari 2026 atau 1 Maret 2026", dt(2026, 3, 1), "1 Maret 2026"),
]


@pytest.mark.parametrize(("text", "expected", "raw"), SEARCH_CASES)
def test_search_date_in_a_line(text, expected, raw):
    parsed = search_date(text, now=NOW)
    assert parsed is not None
    assert parsed.value == expected
    if raw is not None:
        assert parsed.raw == raw


def test_search_date_relative_in_a_line():
    parsed = search_date("Dheny Window · 2 jam yang lalu", now=NOW)
    assert parsed.value == NOW - timedelta(hours=2)


def test_search_date_prefers_absolute_over_relative():
    parsed = search_date("3 jam lalu - Selasa, 27 Januari 2026 10:00 WIB", now=NOW)
    assert parsed.value == dt(2026, 1, 27, 10, 0)


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Sabtu, 10 Des 2022\n\t\t\t20:55 WIB\n", "Sabtu, 10 Des 2022\n\t\t\t20:55 WIB"),
        (
            "Oleh\u00a0Budi |\u00a0Selasa,\u00a027\u200b Januari 2026  15:28 WIB",
            "Selasa,\u00a027\u200b Januari 2026  15:28 WIB",
        ),
        ("Dibaca  2 jam   yang lalu", "2 jam   yang lalu"),
    ],
)
def test_raw_is_the_exact_substring_of_the_input(text, raw):
    # Callers remove the date from a byline line with text.replace(parsed.raw, ""): raw must be verbatim.
    parsed = search_date(text, now=NOW)
    assert parsed is not None and parsed.raw == raw


def test_search_date_finds_nothing_in_plain_text():
    assert search_date("Natasha Oktalia, Jurnalis") is None
    assert search_date("Harga naik 2.500 rupiah pada pukul 10.00") is None


def test_parse_date_rejects_a_line_with_other_words():
    assert parse_date("By Corry Anestia on 16 Feb 2016 at 09:10 WIB") is None


def test_parsed_date_is_a_frozen_value():
    parsed = parse_date("2020-05-04")
    assert isinstance(parsed, ParsedDate)
    with pytest.raises(AttributeError):
        parsed.raw = "x"  # type: ignore[misc]


def test_month_table_has_every_month():
    assert set(MONTHS.values()) == set(range(1, 13))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_never_raises(text):
    for parsed in (parse_date(text, now=NOW), search_date(text, now=NOW)):
        assert parsed is None or (parsed.value.tzinfo is not None and parsed.raw in text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Selasa",
                ",",
                " ",
                "27",
                "Januari",
                "2026",
                "15",
                ":",
                ".",
                "28",
                "WIB",
                "/",
                "-",
                "T",
                "Z",
                "+07:00",
                "pukul",
                "jam",
                "lalu",
                "yang",
                "2",
                "kemarin",
                "32",
                "99",
                "00",
                "|",
            ]
        ),
        max_size=25,
    )
)
def test_date_like_token_soup_never_raises(tokens):
    text = "".join(tokens)
    for parsed in (parse_date(text, now=NOW), search_date(text, now=NOW)):
        assert parsed is None or (parsed.value.tzinfo is not None and parsed.raw in text)


def test_speed_on_long_lines():
    # Pathological inputs must stay linear: long digit/space runs and a long line with no date.
    texts = ["1 " * 5000, "2026-" * 2000, "Selasa, " * 2000, "x" * 50000 + " 27 Januari 2026 15:28 WIB"]
    start = time.perf_counter()
    for text in texts:
        search_date(text)
        parse_date(text)
    assert time.perf_counter() - start < 2.0
    start = time.perf_counter()
    for _ in range(2000):
        search_date("Natasha Oktalia, Jurnalis · Kamis 09 Juli 2020 07:26 WIB")
    assert time.perf_counter() - start < 2.0


# Date strings quoted verbatim in the Indonesian corpus notes, with the page whose truth they must match.
# `exact` = the string carries seconds and must equal the truth exactly; otherwise same minute and offset.
CORPUS_DATES = [
    ("001", "Senin, 4 Mei 2020 04:25 WIB", False),
    ("002", "Kamis, 02 Nov 2023 20:59 WIB", False),
    ("002", "2023/11/02 20:59:53", True),
    ("002", "2023-11-02T20-59-53Z", True),
    ("011", "Selasa, 23/02/2016 15:32 WIB", False),
    ("035", "Sabtu, 10 Des 2022 20:55 WIB", False),
    ("035", "2022/12/10 20:55:32", True),
    ("037", "Sabtu, 10 Des 2022 07:16 WIB", False),
    ("037", "2022/12/10 07:16:35", True),
    ("003", "Kompas.com - 02/11/2023, 21:34 WIB", False),
    ("003", "2023-11-02 21:34:19", True),
    ("003", "2023-11-02T14:34:19+00:00", True),
    ("016", "Selasa, 16 Februari 2016 | 14:38 WIB", False),
    ("018", "Selasa, 23 Februari 2016 | 16:37 WIB", False),
    ("039", "Kompas.com - 28/05/2025, 13:30 WIB", False),
    ("039", "2025-05-28 13:30:07", True),
    ("039", "2025-05-28T06:30:07+00:00", True),
    ("004", "Natasha Oktalia, Jurnalis · Kamis 09 Juli 2020 07:26 WIB", False),
    ("004", "2020-07-09 07:26:05", True),
    ("023", "Jum'at, 17 Februari 2017 - 13:30 wib", False),
    ("023", "2017-02-17 13:30:08", True),
    ("005", "Kamis, 5 November 2015 14:56 WIB", False),
    ("007", "Selasa, 23 Februari 2016 14:39 WIB", False),
    ("009", "Senin, 15 Mei 2017 18:43 WIB", False),
    ("012", "Kamis, 05 November 2015 11:52", False),
    ("014", "Selasa, 23 Februari 2016 11:22", False),
    ("020", "By <Author> on 16 Feb 2016 at 09:10 WIB", False),
    ("020", "2016-02-16 09:10:56", True),
    ("024", "Senin, 15 Februari 2016, 16:15 WIB", False),
    ("026", "Jumat , 17 February 2017, 13:16 WIB", False),
    ("028", "Kamis, 05 November 2015, 15:07 WIB", False),
    ("030", "Selasa, 16 Februari 2016 | 13:01 WIB", False),
    ("030", "2016-02-16T13:01:52+0700", True),
    ("031", " 22/10/2025 06:59", False),
    ("033", "20/1/2026 18:30", False),
]


@pytest.fixture(scope="module")
def corpus_truth():
    path = CORPUS / "truth.json"
    if not path.exists():
        pytest.skip("shared Indonesian corpus not present")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("page", "text", "exact"), CORPUS_DATES)
def test_corpus_date_strings_match_truth(corpus_truth, page, text, exact):
    truth = corpus_truth[page]
    assert text.strip() in truth["notes"], "the quoted string must be verbatim from the notes"
    expected = datetime.fromisoformat(truth["published"])
    parsed = search_date(text)
    assert parsed is not None and parsed.has_time
    if exact:
        assert parsed.value == expected
    else:
        assert parsed.value.replace(second=0) == expected.replace(second=0)
        assert parsed.value.utcoffset() == expected.utcoffset()
    if " - " not in text and "By " not in text and "·" not in text:
        assert parse_date(text) == parsed  # the whole string is a date: both entry points agree


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Published 7:07 PM EST Nov 19, 2019", "2019-11-19T19:07:00-05:00"),
        ("Published 7:07 PM EST Nov 19, 2019 Updated 7:47 PM EST Nov 19, 2019", "2019-11-19T19:07:00-05:00"),
        ("November 19, 2019 at 7:07 p.m. PDT", "2019-11-19T19:07:00-07:00"),
        ("Chris Davies - Nov 19, 2019, 10:31 pm CST", "2019-11-19T22:31:00-06:00"),
        ("19 Nov 2019 14:07 BST", "2019-11-19T14:07:00+01:00"),
        ("2019-11-19 19:07 CEST", "2019-11-19T19:07:00+02:00"),
        ("20 Nov 2019 09:15 AEST", "2019-11-20T09:15:00+10:00"),
        ("Nov 20 2019, 11:06am ist", "2019-11-20T11:06:00+05:30"),
        ("Jul 19, 2019, 7:07 PM ET", "2019-07-19T19:07:00-04:00"),  # daylight saving time
        ("Nov 19, 2019, 7:07 PM ET", "2019-11-19T19:07:00-05:00"),
    ],
)
def test_english_zone_abbreviations(text, iso):
    parsed = search_date(text)
    assert parsed is not None and parsed.has_zone
    assert parsed.value.isoformat() == iso


@pytest.mark.parametrize(
    "text",
    ["2019-11-19 19:07 West Java", "27 Januari 2026 15:28 PT Pertamina", "Jul 19, 2019, 7:07 PM et al"],
)
def test_words_after_a_time_are_not_zones(text):
    parsed = search_date(text)
    assert parsed is not None and not parsed.has_zone


@pytest.mark.parametrize(
    "line",
    [
        "Senin, 5 Januari 2026 25:61 WIB",
        "2026-01-05T25:61:00+07:00",
        "Senin, 5 Januari 2026 15:61 WIB",
        "Selasa, 27 Januari 2026 - 25.28 WIB",
    ],
)
def test_search_date_rejects_a_stamp_whose_time_is_impossible(line):
    # The day alone would be a wrong reading of a broken stamp: the date is unknown.
    assert search_date(line) is None


def test_search_date_keeps_a_day_followed_by_a_number_that_is_not_a_time():
    found = search_date("Dibaca 5 Januari 2026 2.50 juta kali")
    assert found is not None and not found.has_time and found.value.day == 5


def test_c_library_date_format_with_and_without_zone():
    from telisik.extract.dates import search_date

    zoned = search_date("Stand: Fri Apr 28 19:20:36 CEST 2023")
    assert zoned is not None and zoned.value.isoformat() == "2023-04-28T19:20:36+02:00" and zoned.has_zone
    bare = search_date("Fri Apr 28 19:20:36 2023")
    assert bare is not None and bare.has_time and not bare.has_zone
    assert search_date("Fri Feb 30 19:20:36 CEST 2023") is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Datum: 26. Januar 2022", "2022-01-26"),
        ("Pressemitteilung vom 25. Januar 2022 | Berlin", "2022-01-25"),
        ("Publicado el 25 de enero de 2022", "2022-01-25"),
        ("Mis à jour le 1er mars 2021", "2021-03-01"),
        ("Gepubliceerd op 3 maart 2021", "2021-03-03"),
        ("Pubblicato il 12 luglio 2023", "2023-07-12"),
        ("Publicado em 9 de setembro de 2020", "2020-09-09"),
    ],
)
def test_month_names_of_european_languages(text, day):
    from telisik.extract.dates import search_date

    parsed = search_date(text)
    assert parsed is not None and parsed.value.date().isoformat() == day
