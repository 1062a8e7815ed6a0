"""Indonesian-aware date parsing: ISO 8601 variants, Indonesian/English written dates, relative dates.

Two entry points:

- `parse_date(text)` for a string that *is* a date (a meta tag value, a JSON-LD field, a `<time>` text):
  `2026-01-27T15:28:41+07:00`, `2023/11/02 20:59:53`, `Selasa, 27 Januari 2026 15:28 WIB`, `27/01/2026`,
  `Jan 27, 2026 - 15:28`, `2 jam yang lalu`.
- `search_date(text)` for a longer line that *contains* a date (a byline/date line):
  `Natasha Oktalia, Jurnalis · Kamis 09 Juli 2020 07:26 WIB`.

Both return a `ParsedDate` or None and never raise. Conventions:

- Numeric dates are day first (`02/11/2023` is 2 November): Indonesian sites never use US order.
  The exception is a leading four-digit year (`2023/11/02`), which is year-month-day. A slashed date may have a
  two-digit year (`20/11/19`) when a time follows it (`20/11/19 14:05`, `20/11/19 | 14:05`): alone, `5/1/12` is
  as likely a score or a fraction.
- A time with no stated zone is local time in `default_tz` (WIB, +07:00, unless the caller knows better);
  `has_zone` is then False so that callers can prefer a source that stated its offset.
- A date without a time is midnight in `default_tz` with `has_time` False.
- detik's `pubdate` meta writes local time with dashes and a false `Z` (`2023-11-02T20-59-53Z` is 20:59 WIB).
  A dashed time is therefore read as local time in `default_tz` and reported with `has_zone` False: its `Z` is
  not trusted.
- Other languages' date lines are read too: month names of the European languages, Turkish and Russian,
  `2026年1月27日 15時28分`, `2026.01.27`, `27. 1. 2026` (Czech), `2026. 1. 27.` (Korean, Hungarian),
  South Slavic, Bengali, Hindi and Arabic month names (with their own digits), the British `3rd of March 2015`,
  French/Spanish/Italian/Portuguese/Polish month abbreviations and Greek month names, times introduced by
  `um`/`à`/`a las`/`alle`/`om`/`kl.` and written `15h28` or `15.28 Uhr`; `parse_date` also reads compact stamps (`20260127152841`).
- Relative dates (`2 jam yang lalu`, `kemarin`; `vor 3 Stunden`, `il y a 2 jours`, `Heute, 14:05` and their Spanish,
  Portuguese, Italian and Dutch forms) are resolved against `now` (UTC now when not given). Units of a
  day or longer give a date without a time (`has_time` False). `has_zone` is False for them.
- Impossible dates (`31 Februari`, hour 25, a five-digit year) give None; years outside 1900-2199 too.
  A day name is read past, not checked against the date.
- A time may follow the date (`27 Jan 2026, 15:28`, `| 15:28`, `at 3:28 pm`, `pukul 15.28`, ISO `T`) or precede
  it (`15:28 WIB, Selasa 27 Januari 2026`). A dotted time (`15.28`) found by `search_date` counts only with a
  zone, a `pukul`/`jam`, or a separator after it: in running text `2026 2.50 juta` is a number.
- A time alone (`pukul 15.28 WIB`) is not a date: None.
- `raw` is always the exact substring of the input that was read (whitespace runs included), so that a
  caller can cut the date out of a byline line with `str.replace`.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone, tzinfo

__all__ = ["WIB", "WITA", "WIT", "ParsedDate", "parse_date", "search_date", "MONTHS"]

WIB = timezone(timedelta(hours=7), "WIB")  # Waktu Indonesia Barat (Sumatra, Java, West/Central Kalimantan)
WITA = timezone(timedelta(hours=8), "WITA")  # Waktu Indonesia Tengah (Bali, Sulawesi, NTB/NTT, ...)
WIT = timezone(timedelta(hours=9), "WIT")  # Waktu Indonesia Timur (Maluku, Papua)

_MIN_YEAR, _MAX_YEAR = 1900, 2199


@dataclass(frozen=True)
class ParsedDate:
    """A date read from text.

    `value` is always timezone-aware; `has_time` is False for a date without a time (then `value` is midnight in
    the default zone); `has_zone` is True only when the text stated a zone or offset; `raw` is the exact
    substring of the input that was read.
    """

    value: datetime
    has_time: bool
    has_zone: bool
    raw: str


# Month names and abbreviations, Indonesian (including old spellings) and English, lower-case.
MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "januari january jan",
        "februari pebruari february feb peb pebr febr",
        "maret march mar mrt",
        "april apr",
        "mei may",
        "juni june jun",
        "juli july jul",
        "agustus august agu agt ags agust agus aug",
        "september sep sept",
        "oktober october okt oct",
        "november nopember nov nop",
        "desember december des dec",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number


def _name_months(rows: tuple[str, ...]) -> None:
    """Add month names of other languages, row n naming month n; a name already read keeps its month."""
    for number, names in enumerate(rows, start=1):
        for name in names.split():
            MONTHS.setdefault(name, number)


# German, Dutch, French, Spanish, Portuguese and Italian names (`26. Januar 2022`, `25 de enero de 2022`,
# `12 juillet 2023`): news and blog pages in those languages write their date lines with them.
_name_months(
    (
        "januar jänner janvier enero janeiro gennaio",
        "februar feber février fevrier febrero fevereiro febbraio",
        "märz maerz maart mars marzo março marco",
        "avril abril aprile",
        "mai mayo maio maggio",
        "juin junio junho giugno",
        "juillet julio julho luglio",
        "augustus août aout agosto",
        "septembre septiembre setiembre setembro settembre",
        "oktober octobre octubre outubro ottobre",
        "novembre noviembre novembro",
        "dezember décembre decembre diciembre dezembro dicembre",
    )
)

# Nordic, Polish, Czech, Romanian, Turkish, Hungarian, Finnish (genitive, as dates write them), Russian and
# Ukrainian month names: the other languages of the fundus and trafilatura suites' date lines. Croatian is left
# out (its `listopad` is October, the Polish and Czech one November).
_name_months(
    (
        "stycznia styczeń ledna leden ianuarie ocak január tammikuuta января січня",
        "lutego luty února únor februarie şubat subat február helmikuuta февраля лютого",
        "marts marca marzec března březen martie mart március maaliskuuta марта березня",
        "kwietnia kwiecień dubna duben aprilie nisan április huhtikuuta апреля квітня",
        "maj maja května květen mayıs mayis május toukokuuta мая травня",
        "czerwca czerwiec června červen iunie haziran június kesäkuuta июня червня",
        "lipca lipiec července červenec iulie temmuz július heinäkuuta июля липня",
        "augusti sierpnia sierpień srpna srpen ağustos agustos augusztus elokuuta августа серпня",
        "września wrzesień září septembrie eylül eylul szeptember syyskuuta сентября вересня",
        "października październik října říjen octombrie ekim október lokakuuta октября жовтня",
        "listopada listopad listopadu noiembrie kasım kasim marraskuuta ноября листопада",
        "grudnia grudzień prosince prosinec decembrie aralık aralik joulukuuta декабря грудня",
    )
)

# Abbreviations that French, Spanish, Italian, Portuguese and Polish date lines print (`28 avr. 2023`,
# `12 ago 2023`, `3 ott 2022`, `5 kwi 2023`), and the Greek genitive month names (`28 Απριλίου 2023`). They are
# read only with a day and a four-digit year around them, so `set`, `out` or `ago` in running text stay words.
_name_months(
    (
        "janv ene gen sty ιανουαρίου",
        "févr fevr fév fev lut φεβρουαρίου",
        "mrz μαρτίου",
        "avr abr kwi απριλίου",
        "mag μαΐου μαίου",
        "giu cze ιουνίου",
        "juil lug lip ιουλίου",
        "ago sie αυγούστου",
        "set wrz σεπτεμβρίου",
        "ott out paź paz οκτωβρίου",
        "lis νοεμβρίου",
        "déc dic dez gru δεκεμβρίου",
    )
)

# South Slavic month names: Croatian genitives (`3. ožujka 2015.`; its `listopada` is left out: the Polish
# word names November), Serbian and Bosnian Latin (`3. oktobar 2015.`), Slovenian (`3. marca 2015`).
_name_months(
    (
        "siječnja januarja",
        "veljače februarja",
        "ožujka",
        "travnja aprila",
        "svibnja",
        "lipnja junija",
        "srpnja julija",
        "kolovoza avgust avgusta",
        "rujna septembar septembra",
        "oktobar oktobra",
        "studenoga studenog novembar novembra",
        "prosinca decembar decembra",
    )
)

# Gregorian month names of Bengali, Hindi and Arabic news pages (`শনিবার, আগস্ট ২৯, ২০২০` on Bangladeshi
# portals, `29 अगस्त 2020` on Hindi ones, `29 أغسطس 2020` on Arabic ones), often with their own digits, which
# the patterns' `\d` and `int()` read as they read ASCII ones. Only read with a day and a four-digit year.
_name_months(
    (
        "জানুয়ারি জানুয়ারী जनवरी يناير",
        "ফেব্রুয়ারি ফেব্রুয়ারী फ़रवरी फरवरी فبراير",
        "মার্চ मार्च مارس",
        "এপ্রিল अप्रैल أبريل إبريل",
        "মে मई مايو",
        "জুন जून يونيو",
        "জুলাই जुलाई يوليو",
        "আগস্ট অগাস্ট अगस्त أغسطس",
        "সেপ্টেম্বর सितंबर सितम्बर سبتمبر",
        "অক্টোবর अक्टूबर أكتوبر",
        "নভেম্বর नवंबर नवम्बर نوفمبر",
        "ডিসেম্বর दिसंबर दिसम्बर ديسمبر",
    )
)

# Indonesian and English weekday names; `telisik.extract.published` reads them, with other languages', before a
# publication stamp.
WEEKDAY_NAMES = (
    "senin selasa rabu kamis jumat jum'at sabtu minggu ahad "
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"
)
# In a date line also the Indonesian short names and `jum'at` with other apostrophes.
_DAY_NAMES = "sen sel rab kam jum sab min jum’at jum`at jum´at " + WEEKDAY_NAMES


def _alternation(words) -> str:
    # Longest first, so that `agustus` wins over `agu` and `wita` over `wit`.
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# Letters and combining marks of the Bengali, Devanagari and Arabic scripts (not their digits) and the joiners
# of their words: a month name is no part of a longer word (`মে` in `নামে` or `মেয়র`, `مارس` in `ممارس`).
_SCRIPT_LETTER = (
    "\u0980-\u09e5\u09f0-\u09ff\u0900-\u0965\u0970-\u097f\u0600-\u065f\u066a-\u06ef\u06fa-\u06ff\u200c\u200d"
)
_MONTH_RE = rf"(?:{_alternation(MONTHS)})\.?(?![a-z{_SCRIPT_LETTER}])"
_DAY_RE = rf"(?:{_alternation(_DAY_NAMES.split())})(?![a-z])"

# The date part: ISO-ish (year first), day-month-year written, month-day-year written, numeric day first.
_DATE_RE = rf"""
(?:
    (?<![\d/.\-])(?P<iy>\d{{4}})(?P<isep>[-/.])(?P<im>\d{{1,2}})(?P=isep)(?P<id>\d{{1,2}})(?![\d.]\d|\d)
  | (?<!\d)(?P<jy>\d{{4}})\s?[年년]\s?(?P<jm>\d{{1,2}})\s?[月월]\s?(?P<jd>\d{{1,2}})\s?[日일]
  | (?<![\d.])(?P<ad>\d{{1,2}})(?:(?:st|nd|rd|th)\s{{1,2}}of\s{{1,2}}|(?:st|nd|rd|th|er|º)?[\s\-/.]{{0,3}}(?:de\s{{1,2}})?)(?P<amon>{_MONTH_RE})[\s\-/.,]{{0,3}}(?:de\s{{1,2}})?(?P<ay>\d{{4}})(?!\d)
  | (?<![a-z{_SCRIPT_LETTER}])(?P<bmon>{_MONTH_RE})\s{{0,3}}(?P<bd>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)\s{{0,2}},?\s{{0,3}}(?P<by>\d{{4}})(?!\d)
  | (?<![\d.])(?P<vd>\d{{1,2}})\s{{1,2}}tháng\s{{1,2}}(?P<vm>\d{{1,2}})(?:\s{{0,2}},|\s{{1,2}}năm)\s{{0,3}}(?P<vy>\d{{4}})(?!\d)
  | (?<![\d/.\-])(?P<nd>\d{{1,2}})(?P<nsep>[/.\-])(?P<nm>\d{{1,2}})(?P=nsep)(?P<ny>\d{{4}})(?!\d)
  | (?<![\d.])(?P<sd>\d{{1,2}})\.\s(?P<sm>\d{{1,2}})\.\s?(?P<sy>\d{{4}})(?!\d)
  | (?<![\d.])(?P<ky>\d{{4}})\.\s(?:(?P<km>\d{{1,2}})\.\s|(?P<kmon>{_MONTH_RE})\s)(?P<kd>\d{{1,2}})\.(?!\d)
  | (?<![\w/.\-])(?P<qd>[0-3]?\d)\.(?P<qm>[01]?\d)\.(?P<qy>\d{{2}})(?![\d.]\d|\d)
  | (?<![\w/.\-])(?P<td>[0-3]?\d)/(?P<tm>[0-3]?\d)/(?P<ty>\d{{2}})(?![\d/]|[.,]\d)(?=\s{{0,3}}(?:[|·•,;–—\-]\s{{0,3}})?\d{{1,2}}[:.]\d\d)
)
"""

# Zone abbreviations written after a time in English-language news (`7:07 PM EST`, `14:07 BST`), with their
# UTC offsets. Ambiguous ones are read as the news usage: CST is US Central, IST India. English words (`WET`,
# `MET`) are left out. The generic `ET` follows daylight saving time on the date it qualifies; only
# upper-case `ET` counts, and `PT`/`CT`/`MT` not at all (`PT` starts Indonesian company names).
_NAMED_ZONES = {
    "est": -5,
    "edt": -4,
    "cst": -6,
    "cdt": -5,
    "mst": -7,
    "mdt": -6,
    "pst": -8,
    "pdt": -7,
    "akst": -9,
    "akdt": -8,
    "hst": -10,
    "ast": -4,
    "adt": -3,
    "nst": -3.5,
    "ndt": -2.5,
    "bst": 1,
    "ist": 5.5,
    "cet": 1,
    "cest": 2,
    "mest": 2,
    "eet": 2,
    "eest": 3,
    "west": 1,
    "msk": 3,
    # Moscow time as Russian pages write it (`10:15 МСК`, `10:15 (мск)`): a shown zone that no server's or
    # language's default may override
    "мск": 3,
    "aest": 10,
    "aedt": 11,
    "acst": 9.5,
    "acdt": 10.5,
    "awst": 8,
    "nzst": 12,
    "nzdt": 13,
    "jst": 9,
    "kst": 9,
    "hkt": 8,
    "sgt": 8,
    "myt": 8,
    "pht": 8,
    "ict": 7,
    # German names of the central and eastern European zones (`14:07 Uhr MESZ`)
    "mez": 1,
    "mesz": 2,
    "oez": 2,
    "oesz": 3,
}
_GENERIC_US_ZONES = {"et": "America/New_York"}
# `west` only when not followed by a word (`19:07 West Java` is a place).
# `мск` only as a whole word (the zone group's own look-ahead knows only Latin letters).
_NAMED_ZONE_RE = (
    "|".join(sorted(_NAMED_ZONES, key=len, reverse=True))
    .replace("west", r"west(?!\s+[a-z])")
    .replace("мск", "мск(?![а-яё])")
)
_NAMED_ZONE_RE += "|(?-i:ET)"

# An upper-case WIB/WITA/WIT glued to the next inline element's capitalised word (`15:28 WIBDibaca 210 kali`:
# spans joined without a space) is still the zone.
_ZONE_RE = rf"""
(?P<zone>
    (?:
        wita|wib|wit|{_NAMED_ZONE_RE}
      | (?:gmt|utc)(?:\s{{0,2}}[+\-]\s{{0,2}}\d{{1,2}}(?::?\d{{2}})?)?
      | [+\-]\d{{2}}(?::?\d{{2}})?
      | z
    )(?![a-z\d])
  | (?-i:WITA|WIB|WIT)(?=(?-i:[A-Z][a-z]))
)
"""

# Between the date and its time: `, ` ` - ` ` | ` ` at ` ` pukul ` `T` (ISO) or plain space, at most two of them.
# `um` (German), `à`/`às` (French, Portuguese), `a las` (Spanish), `alle`/`ore` (Italian), `om` (Dutch), `kl.`/`klo`
# (Nordic), `в` (Russian) introduce the time in the date lines of those languages.
_SEP_RE = (
    r"(?P<sep>(?:\s{0,3}(?:[,|·•@/–—\-]|at|pukul|pkl\.?|jam|t|um|à|às|a\s+las|alle|ore|om|kl\.?|klo|в)"
    r"(?![a-z])\s{0,3}){0,2}\s{0,3})"
)

_TIME_RE = rf"""
(?P<time>
    {_SEP_RE}
    (?P<hh>\d{{1,2}})(?P<tsep>[:.\-h]|[時시]\s?)(?P<mm>\d{{2}})(?!\d)[分분]?
    (?:(?P=tsep)(?P<ss>\d{{2}})(?!\d)(?:[.,](?P<frac>\d{{1,9}}))?)?
    (?:\s{{0,2}}(?P<ampm>[ap])\.?m\.?(?![a-z]))?
    (?P<clock>\s{{0,2}}(?:uhr|h)(?![a-z]))?
    (?:\s{{0,2}}\(?{_ZONE_RE}\)?)?
)?
"""

_DAY_PREFIX_RE = rf"(?:(?P<dow>{_DAY_RE})\.?\s{{0,3}},?\s{{0,3}})?"

_ABSOLUTE = re.compile(_DAY_PREFIX_RE + _DATE_RE + _TIME_RE, re.IGNORECASE | re.VERBOSE)

# A time written before its date (`15:28 WIB, Selasa 27 Januari 2026`, `3:28 pm - Jan 27, 2026`), matched
# backwards from where the date starts.
_TIME_BEFORE = re.compile(
    rf"""(?<![\d:.])(?P<sep>(?:pukul|pkl\.?|jam)\s{{0,3}})?
    (?P<hh>\d{{1,2}})(?P<tsep>[:.])(?P<mm>\d{{2}})(?:(?P=tsep)(?P<ss>\d{{2}}))?
    (?:\s{{0,2}}(?P<ampm>[ap])\.?m\.?(?![a-z]))?
    (?:\s{{0,2}}\(?{_ZONE_RE}\)?)?
    \s{{0,3}}(?:(?:[,|·•/–—\-]|on)\s{{0,3}}){{0,2}}$""",
    re.IGNORECASE | re.VERBOSE,
)

_NUMBER_WORDS = {
    "se": 1,
    "satu": 1,
    "a": 1,
    "an": 1,
    "one": 1,
    "dua": 2,
    "two": 2,
    "tiga": 3,
    "three": 3,
    "empat": 4,
    "four": 4,
    "lima": 5,
    "five": 5,
}
# Relative-date units, Indonesian and English, with their common abbreviations.
_UNITS = {
    **dict.fromkeys("detik dtk second seconds sec secs".split(), "seconds"),
    **dict.fromkeys("menit mnt minute minutes min mins".split(), "minutes"),
    **dict.fromkeys("jam hour hours hr hrs".split(), "hours"),
    **dict.fromkeys("hari day days".split(), "days"),
    **dict.fromkeys("minggu mgg pekan week weeks".split(), "weeks"),
    **dict.fromkeys("bulan bln month months".split(), "months"),
    **dict.fromkeys("tahun thn year years".split(), "years"),
}
_AMOUNT = rf"(?:\d{{1,4}}|{_alternation(_NUMBER_WORDS)})\s{{0,2}}(?:{_alternation(_UNITS)})"
# `2 jam 15 menit yang lalu`, `3 weeks 18 hours ago`, `1 day, 4 hours ago`: larger amounts before the last one.
_AMOUNT_PAIR = re.compile(
    rf"(?P<n>\d{{1,4}}|{_alternation(_NUMBER_WORDS)})\s{{0,2}}(?P<unit>{_alternation(_UNITS)})(?![a-z])",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    rf"""(?<![a-z\d])(?P<lead>(?:{_AMOUNT}(?:\s*,\s*|\s+(?:dan|and)\s+|\s{{1,3}})){{0,3}})
    (?P<n>\d{{1,4}}|{_alternation(_NUMBER_WORDS)})\s{{0,2}}(?P<unit>{_alternation(_UNITS)})
    \s{{1,3}}(?:yang\s{{1,3}}|yg\s{{1,3}})?(?:lalu|ago|silam)(?![a-z])""",
    re.IGNORECASE | re.VERBOSE,
)
# The same in German, French, Spanish, Portuguese, Italian and Dutch date lines: `vor 3 Stunden`, `il y a 2 jours`,
# `hace 5 horas`, `há 2 dias`, `3 ore fa`, `2 uur geleden`; `Heute, 14:05 Uhr`, `ieri 18:30` (a day word counts
# only with its time: `heute`/`hoy` alone are words of the text).
_FOREIGN_NUMBERS = dict.fromkeys("ein eine einer einem einen un une una uno uma um een".split(), 1)
_FOREIGN_UNITS = {
    **dict.fromkeys(
        "sekunde sekunden seconde secondes segundo segundos secondo secondi seconden".split(), "seconds"
    ),
    **dict.fromkeys("minute minuten minutes minuto minutos minuti minuut".split(), "minutes"),
    **dict.fromkeys("stunde stunden heure heures hora horas ora ore uur".split(), "hours"),
    **dict.fromkeys("tag tage tagen jour jours día días dia dias giorno giorni dag dagen".split(), "days"),
    **dict.fromkeys(
        "woche wochen semaine semaines semana semanas settimana settimane weken".split(), "weeks"
    ),
    **dict.fromkeys("monat monate monaten mois mes meses mese mesi maand maanden".split(), "months"),
    **dict.fromkeys("jahr jahre jahren an ans año años ano anos anno anni jaar jaren".split(), "years"),
}
_FOREIGN_AMOUNT = (
    rf"(?P<n>\d{{1,4}}|{_alternation(_FOREIGN_NUMBERS)})\s{{1,2}}(?P<unit>{_alternation(_FOREIGN_UNITS)})"
)
_FOREIGN_RELATIVE = re.compile(
    rf"(?<![a-zà-ÿ])(?:(?:vor|il\s+y\s+a|hace|há)\s{{1,3}}{_FOREIGN_AMOUNT}(?![a-zà-ÿ])"
    rf"|{_FOREIGN_AMOUNT.replace('(?P<n>', '(?P<n2>').replace('(?P<unit>', '(?P<unit2>')}\s{{1,3}}(?:fa|geleden)(?![a-zà-ÿ]))",
    re.IGNORECASE,
)
_FOREIGN_DAY_WORDS = {
    **dict.fromkeys("gestern ayer ieri ontem gisteren".split(), 1),  # not French `hier`: German `here`
    **dict.fromkeys("heute aujourd'hui aujourd’hui hoy oggi hoje vandaag".split(), 0),
}
_FOREIGN_DAY_WORD = re.compile(
    rf"(?<![a-z])(?P<word>{_alternation(_FOREIGN_DAY_WORDS)})(?![a-z]){_TIME_RE}", re.IGNORECASE | re.VERBOSE
)
_JUST_NOW = re.compile(r"(?<![a-z])(?:baru\s+saja|barusan|just\s+now)(?![a-z])", re.IGNORECASE)
_DAY_WORD = re.compile(
    rf"(?<![a-z])(?P<word>kemarin|yesterday|hari\s+ini|today)(?![a-z]){_TIME_RE}", re.IGNORECASE | re.VERBOSE
)
_DAY_WORD_OFFSETS = {"kemarin": 1, "yesterday": 1, "hari ini": 0, "today": 0}

# a four-digit year, or the European short date `31.10.23` (German date lines, several outlets), or `11/20/19`
_YEAR = re.compile(
    r"(?<!\d)\d{4}(?!\d)|(?<![\w/.\-])[0-3]?\d\.[01]?\d\.\d{2}(?![\d.]\d|\d)|(?<![\w/.\-])[0-3]?\d/[0-3]?\d/\d{2}(?![\d/])"
)
_YEAR_REACH = 60
_RELATIVE_HINT = re.compile(
    r"lalu|ago|silam|kemarin|yesterday|hari\s+ini|today|baru|just|vor\s|il\s+y\s+a|hace|há|\sfa\b|geleden"
    r"|gestern|heute|aujourd|ayer|hoy|ieri|oggi|ontem|hoje|gisteren|vandaag",
    re.IGNORECASE,
)

# Words before or after a date that do not stop a string from being "a date" in `parse_date`.
_EDGE_JUNK = " \t\r\n\u00a0,;|·•()[]-–—:"
_SPACES = re.compile(r"\s+")


def parse_date(text: str, *, now: datetime | None = None, default_tz: tzinfo = WIB) -> ParsedDate | None:
    """Parse a string that is a date (nothing else but a day name and punctuation around it)."""
    if not isinstance(text, str):
        return None
    normalized = _Normalized(text)
    cleaned = normalized.text.strip(_EDGE_JUNK)
    if not cleaned or len(cleaned) > 120:
        return None
    offset = normalized.text.index(cleaned)
    return normalized.restore(_parse_whole(cleaned, now, default_tz), offset)


def _parse_whole(cleaned: str, now: datetime | None, default_tz: tzinfo) -> ParsedDate | None:
    match = _ABSOLUTE.fullmatch(cleaned)
    if match:
        return _from_absolute(match, default_tz, lenient_time=True)
    match = _ABSOLUTE.search(cleaned)
    if match and match.end() == len(cleaned) and not match.group("hh"):
        before = _TIME_BEFORE.fullmatch(cleaned, 0, match.start())
        if before:
            return _with_time_before(match, before, default_tz, lenient_time=True)
    unix = _UNIX_STAMP.fullmatch(cleaned)
    if unix:
        return _from_unix_stamp(unix, default_tz)
    compact = _COMPACT_STAMP.fullmatch(cleaned)
    if compact:
        return _from_compact_stamp(compact, default_tz)
    return _relative(cleaned, now, default_tz, whole=True)


# A stamp without separators, as the old Google News `pubdate` meta and some CMS fields write it: `20260127`,
# `20260127152841`, `20260127T152841+0700`.
_COMPACT_STAMP = re.compile(
    r"(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])"
    r"(?:t?(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?P<ss>[0-5]\d)?(?P<zone>z|[+\-]\d{2}:?\d{2})?)?",
    re.IGNORECASE,
)


def _from_compact_stamp(match: re.Match[str], default_tz: tzinfo) -> ParsedDate | None:
    try:
        day = datetime(int(match.group("y")), int(match.group("m")), int(match.group("d")))
    except ValueError:
        return None
    if match.group("hh") is None:
        return ParsedDate(day.replace(tzinfo=default_tz), False, False, match.group(0))
    naive = day.replace(
        hour=int(match.group("hh")), minute=int(match.group("mm")), second=int(match.group("ss") or 0)
    )
    zone = _zone_to_tz(match.group("zone"), naive) if match.group("zone") else None
    return ParsedDate(naive.replace(tzinfo=zone or default_tz), True, zone is not None, match.group(0))


# The C library's `date` format some templates print: `Fri Apr 28 19:20:36 CEST 2023` (zone optional).
_UNIX_STAMP = re.compile(
    rf"(?:{_DAY_RE}\s{{1,3}})?(?P<mon>{_MONTH_RE})\s{{1,3}}(?P<d>\d{{1,2}})\s{{1,3}}"
    rf"(?P<hh>\d{{1,2}}):(?P<mm>\d{{2}})(?::(?P<ss>\d{{2}}))?\s{{1,3}}(?:(?P<zone>[a-z]{{1,5}}|[+\-]\d{{4}})\s{{1,3}})?"
    r"(?P<y>\d{4})(?!\d)",
    re.IGNORECASE,
)


def _from_unix_stamp(match: re.Match[str], default_tz: tzinfo) -> ParsedDate | None:
    month = MONTHS.get(match.group("mon").lower().rstrip("."))
    try:
        naive = datetime(
            int(match.group("y")),
            month or 0,
            int(match.group("d")),
            int(match.group("hh")),
            int(match.group("mm")),
            int(match.group("ss") or 0),
        )
    except ValueError:
        return None
    zone = _zone_to_tz(match.group("zone"), naive) if match.group("zone") else None
    return ParsedDate(
        naive.replace(tzinfo=zone or default_tz), True, zone is not None, match.group(0).strip()
    )


def search_date(text: str, *, now: datetime | None = None, default_tz: tzinfo = WIB) -> ParsedDate | None:
    """Find the first valid full date (with its adjacent time, if any) inside a longer line."""
    if not isinstance(text, str) or not text:
        return None
    normalized = _Normalized(text)
    return normalized.restore(_search(normalized.text, now, default_tz))


def _search(text: str, now: datetime | None, default_tz: tzinfo) -> ParsedDate | None:
    year = _YEAR.search(text)
    # Every absolute date holds a four-digit year less than _YEAR_REACH characters after its start: scanning
    # from there is much faster on long lines and finds the same first match.
    start = max(0, year.start() - _YEAR_REACH) if year else len(text)
    for match in _ABSOLUTE.finditer(text, start):
        parsed = None
        if not match.group("hh"):
            before = _TIME_BEFORE.search(text, max(0, match.start() - 40), match.start())
            if before:
                parsed = _with_time_before(match, before, default_tz, lenient_time=False)
        parsed = parsed or _from_absolute(match, default_tz, lenient_time=False)
        if parsed is not None and not parsed.has_time and _IMPOSSIBLE_TIME.match(match.group("time") or ""):
            continue  # the date came with a clock time out of range (25:61): the whole stamp is impossible
        if parsed is not None and (_is_version_number(text, match) or _persian_gregorian(text, match)):
            continue
        if parsed is not None:
            return parsed
    unix = _UNIX_STAMP.search(text, max(0, start - 20)) if year else None
    if unix:
        parsed = _from_unix_stamp(unix, default_tz)
        if parsed is not None:
            return parsed
    if not _RELATIVE_HINT.search(text):
        return None
    return _relative(text, now, default_tz, whole=False)


# A dotted number after a software name or `Version` is a release, not a date: `WordPress 4.8.12` and
# `Joomla! 3.9.24` in blog footers, `Version 2.10.19` on download and changelog pages.
_VERSION_BEFORE = re.compile(
    r"(?i)(?:\bversion|\bver\.?|\brelease|\bbuild|\bwordpress|\bdrupal|\bjoomla!?|\btypo3|\bphp|\bmysql)\s*$"
)
_DOTTED_NUMBERS = re.compile(r"\s*\d{1,2}\.\d{1,2}\.\d{2,4}\s*$")


def _is_version_number(text: str, match: re.Match[str]) -> bool:
    date = match.group(0)
    if not _DOTTED_NUMBERS.match(date):
        return False
    return bool(_VERSION_BEFORE.search(text, max(0, match.start() - 20), match.start()))


# Persian text writes its own digits (`۱۲`) and letters Arabic has not (`ی`, `ک`, `پ`, `چ`, `ژ`, `گ`): there
# `مارس` is read with the Solar Hijri calendar's dates around it (`۱۵ آذر ۱۴۰۵`), and an Arabic-script Gregorian
# month beside such text is no date line of the page's (a meeting's date in a sentence of the text).
_PERSIAN_SIGNS = re.compile("[\u06f0-\u06f9\u06cc\u06a9\u067e\u0686\u0698\u06af]")
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
PERSIAN_REACH = 40


def _persian_gregorian(text: str, match: re.Match[str]) -> bool:
    month = match.group("amon") or match.group("bmon")
    if not month or not _ARABIC_LETTER.match(month):
        return False
    return bool(
        _PERSIAN_SIGNS.search(text, max(0, match.start() - PERSIAN_REACH), match.end() + PERSIAN_REACH)
    )


# A colon time whose hour or minute is out of range (`25:61`, `24:30`): such a stamp is wrong, not date-only.
# A dotted time counts only with a zone after it (`25.28 WIB`): `2.50 juta` is a number.
_IMPOSSIBLE_TIME = re.compile(
    r"\D*(?:(?:2[4-9]|[3-9]\d):\d\d|\d{1,2}:[6-9]\d|(?:(?:2[4-9]|[3-9]\d)\.\d\d|\d{1,2}\.[6-9]\d)\s*WI[BT])",
    re.I,
)


class _Normalized:
    """`text` with whitespace runs folded to one space and zero-width characters removed, so that patterns
    can stay simple; `restore` turns a result's `raw` back into the exact substring of the original text."""

    _NEEDED = re.compile(r"\s{2,}|[^\S ]|[\u200b-\u200d\u2060\ufeff]")
    _RUN = re.compile(r"\s+|[\u200b-\u200d\u2060\ufeff]+")

    def __init__(self, original: str):
        self.original = original
        self.positions: list[int] | None = None  # original index of each character of `text`
        if not self._NEEDED.search(original):
            self.text = original
            return
        pieces: list[str] = []
        positions: list[int] = []
        last = 0
        for run in self._RUN.finditer(original):
            pieces.append(original[last : run.start()])
            positions.extend(range(last, run.start()))
            if not run.group(0).isspace():
                last = run.end()  # zero-width characters: dropped
                continue
            pieces.append(" ")
            positions.append(run.start())
            last = run.end()
        pieces.append(original[last:])
        positions.extend(range(last, len(original)))
        self.text = "".join(pieces)
        self.positions = positions

    def restore(self, parsed: ParsedDate | None, offset: int = 0) -> ParsedDate | None:
        if parsed is None or self.positions is None or not parsed.raw:
            return parsed
        start = self.text.find(parsed.raw, offset)
        if start < 0:
            return parsed
        end = start + len(parsed.raw)
        raw = self.original[self.positions[start] : self.positions[end - 1] + 1]
        return replace(parsed, raw=raw)


def _from_absolute(match: re.Match, default_tz: tzinfo, *, lenient_time: bool) -> ParsedDate | None:
    ymd = _match_ymd(match)
    if ymd is None:
        return None
    year, month, day = ymd
    if not (_MIN_YEAR <= year <= _MAX_YEAR):
        return None
    try:
        date_only = datetime(year, month, day)
    except ValueError:
        return None
    end = match.end()
    if match.group("time") and match.group("hh") is not None:
        trust_dotted = lenient_time or _ends_clause(match.string, match.end())
        timed = _with_time(date_only, match.groupdict(), default_tz, trust_dotted)
        if timed is not None:
            value, has_zone = timed
            return ParsedDate(value, True, has_zone, match.group(0).strip())
        if lenient_time:
            return None  # the whole string was a date with an impossible time (hour 25)
        end = match.start("time")  # keep the date, drop a dubious time
    raw = match.string[match.start() : end].strip(" ,|-")
    return ParsedDate(date_only.replace(tzinfo=default_tz), False, False, raw)


def _with_time_before(
    match: re.Match, before: re.Match, default_tz: tzinfo, *, lenient_time: bool
) -> ParsedDate | None:
    """The date of `match` at the time written before it; None when either is not valid."""
    ymd = _match_ymd(match)
    if ymd is None or not (_MIN_YEAR <= ymd[0] <= _MAX_YEAR):
        return None
    try:
        day = datetime(*ymd)
    except ValueError:
        return None
    timed = _with_time(day, before.groupdict(), default_tz, lenient_time)
    if timed is None:
        return None
    raw = match.string[before.start() : match.end()].strip()
    return ParsedDate(timed[0], True, timed[1], raw)


def _match_ymd(match: re.Match) -> tuple[int, int, int] | None:
    if match.group("iy"):
        return int(match.group("iy")), int(match.group("im")), int(match.group("id"))
    if match.group("jy"):
        return int(match.group("jy")), int(match.group("jm")), int(match.group("jd"))
    if match.group("ay"):
        return int(match.group("ay")), _month_number(match.group("amon")), int(match.group("ad"))
    if match.group("by"):
        return int(match.group("by")), _month_number(match.group("bmon")), int(match.group("bd"))
    if match.group("ny"):
        year, first, second = int(match.group("ny")), int(match.group("nd")), int(match.group("nm"))
        return year, *_numeric_order(year, first, second, _line_weekday(match))
    if match.group("vy"):  # `25 tháng 2, 2026`, `25 tháng 2 năm 2026`: Vietnamese (Blogger, WordPress vi)
        return int(match.group("vy")), int(match.group("vm")), int(match.group("vd"))
    if match.group("sy"):  # `28. 4. 2023`: Czech, Slovak, Slovenian, Croatian date lines
        return int(match.group("sy")), int(match.group("sm")), int(match.group("sd"))
    if match.group("ky"):  # `2023. 4. 28.` (Korean), `2023. április 28.` (Hungarian): year first, dotted
        month = int(match.group("km")) if match.group("km") else _month_number(match.group("kmon"))
        return int(match.group("ky")), month, int(match.group("kd"))
    if match.group("qy"):  # `31.10.23`: the European short form, read in this century
        return 2000 + int(match.group("qy")), int(match.group("qm")), int(match.group("qd"))
    if match.group("ty"):  # `20/11/19`: the short form British, Indian, Australian and Indonesian lines print
        year, first, second = 2000 + int(match.group("ty")), int(match.group("td")), int(match.group("tm"))
        return year, *_numeric_order(year, first, second, _line_weekday(match))
    return None


# Weekday names of the day prefix (`_DAY_NAMES`) -> Python's weekday number (Monday 0).
_WEEKDAYS = {
    **dict.fromkeys("monday mon sen senin".split(), 0),
    **dict.fromkeys("tuesday tue tues sel selasa".split(), 1),
    **dict.fromkeys("wednesday wed rab rabu".split(), 2),
    **dict.fromkeys("thursday thu thur thurs kam kamis".split(), 3),
    **dict.fromkeys("friday fri jum jumat jum'at jum’at jum`at jum´at".split(), 4),
    **dict.fromkeys("saturday sat sab sabtu".split(), 5),
    **dict.fromkeys("sunday sun min minggu ahad".split(), 6),
}


# Words a date line's weekday follows (`Submitted by admin on Tue, ...`, `... pada Sel, ...`); any other
# word before it makes the "weekday" a word of a name (`First published in The Sun 07/05/2020`).
_WEEKDAY_LABELS = frozenset("on am le el il op em w pada".split())
_WEEKDAY_PUNCTUATION = frozenset(",|·-–—:;([>/•»")
WEEKDAY_LOOKBACK = 40


def _line_weekday(match: re.Match) -> str | None:
    """The weekday name written before the numeric date when it is a date line's weekday: at the start of the
    text run, or after a label word or punctuation; never after an article or a capitalised word (a
    newspaper's name, `The Sun`)."""
    name = match.group("dow")
    if not name:
        return None
    start = match.start("dow")
    before = match.string[max(0, start - WEEKDAY_LOOKBACK) : start].rstrip()
    if not before or before[-1] in _WEEKDAY_PUNCTUATION:
        return name
    return name if before.split()[-1].lower() in _WEEKDAY_LABELS else None


def _numeric_order(year: int, first: int, second: int, weekday_name: str | None) -> tuple[int, int]:
    """(month, day) of a numeric `first/second/year` date, read day first unless the weekday written before
    it agrees with the month-first reading only. Drupal 7's default `Submitted by admin on Tue, 05/10/2016 -
    14:05` is m/d/Y on every Drupal 7 site whatever its country, as are US WordPress themes' and forum
    skins' `Tue, 05/10/2016` lines; a British or Indonesian `Tue, 10/05/2016` stays day first. A weekday
    that agrees with both readings (the same number twice) or with neither (a wrong weekday) changes
    nothing."""
    weekday = _WEEKDAYS.get((weekday_name or "").lower()) if weekday_name else None
    if weekday is None or first == second:
        return second, first
    day_first = _weekday_of(year, second, first)
    month_first = _weekday_of(year, first, second)
    if month_first == weekday and day_first != weekday:
        return first, second
    return second, first


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return datetime(year, month, day).weekday()
    except ValueError:
        return None


def _month_number(name: str) -> int:
    return MONTHS.get(name.lower().rstrip("."), 0)


def _ends_clause(text: str, end: int) -> bool:
    """True when nothing but the end of the text or a separator follows `end` (`27 Jan 2026 | 08.00 | ...`)."""
    rest = text[end : end + 4].lstrip()
    return not rest or rest[0] in "|·•,;()[]-–—/"


def _with_time(
    day: datetime, groups: dict[str, str | None], default_tz: tzinfo, trust_dotted: bool
) -> tuple[datetime, bool] | None:
    """The date with the matched time applied, and whether a zone was stated; None when the time is not one.

    A dotted time (`08.00`) without a zone or a `pukul` is trusted only when `trust_dotted`: in running text
    `2026 2.50` is more likely a number than a time.
    """
    hour, minute = int(groups["hh"] or 0), int(groups["mm"] or 0)
    second = int(groups.get("ss") or 0)
    micro = int((groups.get("frac") or "0")[:6].ljust(6, "0"))
    sep = (groups.get("sep") or "").lower()
    tsep = groups.get("tsep")
    zone = groups.get("zone")
    if tsep == "." and not trust_dotted and not zone and not groups.get("clock"):
        if not re.search(r"pukul|pkl|jam|um|à|às|alle|ore|om|kl", sep):
            return None
    if tsep == "-" and "t" not in sep:
        return None  # dashed times only in detik's ISO-like `2023-11-02T20-59-53Z`
    ampm = (groups.get("ampm") or "").lower()
    if ampm and 1 <= hour <= 12:
        hour = hour % 12 + (12 if ampm == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    naive = day.replace(hour=hour, minute=minute, second=second, microsecond=micro)
    tz = _zone_to_tz(zone, naive) if zone else None
    if tsep == "-" or tz is None:
        # No zone, or detik's untrustworthy `Z` after a dashed time: local time in the default zone.
        if zone and tz is None:
            return None  # an offset like +25:00
        return naive.replace(tzinfo=default_tz), False
    return naive.replace(tzinfo=tz), True


def _zone_to_tz(zone: str, local: datetime | None = None) -> tzinfo | None:
    """WIB/WITA/WIT, Z/UTC/GMT with optional offset, a named zone (EST, CEST ...), or a numeric offset; None
    when out of range. `local` (the naive time the zone qualifies) resolves the generic US names (`ET`)."""
    key = zone.lower().replace(" ", "")
    named = {
        "wib": WIB,
        "wita": WITA,
        "wit": WIT,
        "z": timezone.utc,
        "utc": timezone.utc,
        "gmt": timezone.utc,
    }
    if key in named:
        return named[key]
    if key in _NAMED_ZONES:
        return timezone(timedelta(hours=_NAMED_ZONES[key]), zone.upper())
    if key in _GENERIC_US_ZONES:
        return _generic_us_zone(key, local)
    offset = re.fullmatch(r"(?:gmt|utc)?([+\-])(\d{1,2}):?(\d{2})?", key)
    if not offset:
        return None
    sign, hours, minutes = offset.group(1), int(offset.group(2)), int(offset.group(3) or 0)
    if hours > 14 or minutes > 59:
        return None
    delta = timedelta(hours=hours, minutes=minutes)
    return timezone(-delta if sign == "-" else delta)


def _relative(text: str, now: datetime | None, default_tz: tzinfo, *, whole: bool) -> ParsedDate | None:
    """`2 jam yang lalu`, `kemarin 15:28`, `baru saja`, English equivalents, resolved against `now`."""
    local_now = _aware_now(now).astimezone(default_tz).replace(microsecond=0)
    for pattern, builder in (
        (_RELATIVE, _from_relative_amount),
        (_DAY_WORD, _from_day_word),
        (_FOREIGN_RELATIVE, _from_relative_amount),
        (_FOREIGN_DAY_WORD, _from_foreign_day_word),
        (_JUST_NOW, lambda m, n, tz: ParsedDate(n, True, False, m.group(0))),
    ):
        match = pattern.fullmatch(text) if whole else pattern.search(text)
        if match:
            try:
                return builder(match, local_now, default_tz)
            except (ValueError, OverflowError):
                return None
    return None


def _aware_now(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(timezone.utc)
    if now.tzinfo is None or now.utcoffset() is None:
        return now.replace(tzinfo=timezone.utc)  # a naive `now` is taken as UTC
    return now


def _from_relative_amount(match: re.Match, local_now: datetime, default_tz: tzinfo) -> ParsedDate:
    groups = match.groupdict()
    word = (groups.get("n") or groups.get("n2") or "").lower()
    amount = int(word) if word.isdigit() else _NUMBER_WORDS.get(word) or _FOREIGN_NUMBERS[word]
    unit_word = (groups.get("unit") or groups.get("unit2") or "").lower()
    unit = _UNITS.get(unit_word) or _FOREIGN_UNITS[unit_word]
    amounts = [*_lead_amounts(groups.get("lead") or ""), (unit, amount)]
    if any(_UNIT_ORDER[a] <= _UNIT_ORDER[b] for (a, _), (b, _) in zip(amounts, amounts[1:], strict=False)):
        # `Video 2 menit 12 jam lalu` (a clip's length, then its age), `2 jam, 3 jam lalu`: the amounts of one
        # age run from the largest unit down; otherwise only the last is the age.
        amounts = [(unit, amount)]
    raw = match.group(0)
    months = sum(n * (12 if u == "years" else 1) for u, n in amounts if u in ("months", "years"))
    span = sum((timedelta(**{u: n}) for u, n in amounts if u not in ("months", "years")), timedelta())
    if all(u in ("seconds", "minutes", "hours") for u, _ in amounts):
        return ParsedDate(local_now - span, True, False, raw)
    # A day or more: the day is known, not the time of day.
    value = _months_before(local_now, months) - span
    return ParsedDate(value.replace(hour=0, minute=0, second=0), False, False, raw)


_UNIT_ORDER = {"seconds": 0, "minutes": 1, "hours": 2, "days": 3, "weeks": 4, "months": 5, "years": 6}


def _lead_amounts(lead: str) -> list[tuple[str, int]]:
    """The amounts before the last one of a compound relative date (`2 jam` of `2 jam 15 menit lalu`)."""
    amounts = []
    for pair in _AMOUNT_PAIR.finditer(lead):
        word = pair.group("n").lower()
        amounts.append(
            (_UNITS[pair.group("unit").lower()], int(word) if word.isdigit() else _NUMBER_WORDS[word])
        )
    return amounts


def _months_before(moment: datetime, months: int) -> datetime:
    index = moment.year * 12 + (moment.month - 1) - months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def _from_day_word(match: re.Match, local_now: datetime, default_tz: tzinfo) -> ParsedDate | None:
    word = _SPACES.sub(" ", match.group("word").lower())
    day = (local_now - timedelta(days=_DAY_WORD_OFFSETS[word])).replace(hour=0, minute=0, second=0)
    naive_day = day.replace(tzinfo=None)
    if match.group("time") and match.group("hh") is not None:
        timed = _with_time(naive_day, match.groupdict(), default_tz, trust_dotted=True)
        if timed is not None:
            return ParsedDate(timed[0], True, timed[1], match.group(0).strip())
    return ParsedDate(day, False, False, match.group("word"))


def _from_foreign_day_word(match: re.Match, local_now: datetime, default_tz: tzinfo) -> ParsedDate | None:
    """`Heute, 14:05 Uhr`, `ieri 18:30`: the day word with its time (without one it is a word of the text)."""
    if not match.group("time") or match.group("hh") is None:
        return None
    word = match.group("word").lower()
    day = (local_now - timedelta(days=_FOREIGN_DAY_WORDS[word])).replace(hour=0, minute=0, second=0)
    timed = _with_time(day.replace(tzinfo=None), match.groupdict(), default_tz, trust_dotted=True)
    if timed is None:
        return None
    return ParsedDate(timed[0], True, timed[1], match.group(0).strip())


def _generic_us_zone(key: str, local: datetime | None) -> tzinfo | None:
    """`ET`: the fixed offset in force at `local` (daylight saving time or not)."""
    try:
        from zoneinfo import ZoneInfo

        offset = (local or datetime(2000, 1, 1)).replace(tzinfo=ZoneInfo(_GENERIC_US_ZONES[key])).utcoffset()
    except Exception:  # noqa: BLE001 - no tz database on this system: standard time
        offset = timedelta(hours=-5)
    return timezone(offset, key.upper()) if offset is not None else None
