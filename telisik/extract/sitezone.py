"""The time zone a page's zoneless times are written in (#10 class 8: a time with no zone is not UTC).

Many pages keep a zoneless local time in their metadata (`"datePublished": "2023-10-07T09:53:36"`, a
`<time datetime="2024-12-04T00:05">`) or show one (`16:24`). Reading it as UTC puts the article hours off on
every site east or west of Greenwich. The zone is taken, in this order, from:

1. the page itself: another stamp of the same page that states a non-zero offset (`article:modified_time`
   `+02:00`, a JSON-LD `dateModified`, a `<time datetime>`): the CMS writes every stamp in the site's zone.
   A `Z`/`+00:00` stamp says nothing (CMSs store UTC and show local time);
2. the outlet's country: its country-code domain (`.de`, `.co.uk`, `.com.au`, `.jp` ...), else the region of
   its declared language (`de-CH`, `og:locale` `en_GB`), else the language alone where one country or one
   zone dominates its news (German, French, Japanese, Turkish ...; not English, Spanish or Arabic);
3. over the language's zone only (never over a stamp's offset, a shown zone or a one-zone country's
   domain): the server zone the platform prints in its page settings (1C-Bitrix's `SERVER_TZ_OFFSET`: a
   Perm or Novosibirsk outlet writes its news in its own zone, not in Moscow's).

Countries with daylight saving time get their rule (EU, US, Australian, New Zealand), so that a summer stamp
is +02:00 in Berlin and a winter one +01:00. The rules are written out here (no tz database needed): they
have been stable since 1996 (EU) and 2007 (US), the years of nearly every archived page.
"""

from __future__ import annotations

import re
from collections import deque
from datetime import date, datetime, timedelta, timezone, tzinfo
from urllib.parse import urlsplit

__all__ = [
    "RuleZone",
    "convention_zone",
    "day_zone",
    "declared_zone",
    "domain_zone",
    "fixed",
    "in_zone",
    "keeps_convention",
    "offset_at",
    "server_zone",
    "zone_from_offsets",
]

_ZERO = timedelta(0)
_HOUR = timedelta(hours=1)


def _nth_sunday(year: int, month: int, n: int) -> date:
    """The n-th Sunday of a month (n = -1: the last one)."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))
    following = date(year + (month == 12), month % 12 + 1, 1)
    last = following - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - 6) % 7)


def _summer_eu(local: datetime, standard: timedelta) -> bool:
    # Last Sunday of March to last Sunday of October, switching at 01:00 UTC.
    utc = local - standard
    start = datetime.combine(_nth_sunday(local.year, 3, -1), datetime.min.time()) + _HOUR
    end = datetime.combine(_nth_sunday(local.year, 10, -1), datetime.min.time()) + _HOUR
    return start <= utc < end


def _summer_us(local: datetime, standard: timedelta) -> bool:
    # Second Sunday of March, 02:00 local, to the first Sunday of November, 02:00 local.
    start = datetime.combine(_nth_sunday(local.year, 3, 2), datetime.min.time()) + 2 * _HOUR
    end = datetime.combine(_nth_sunday(local.year, 11, 1), datetime.min.time()) + 2 * _HOUR
    return start <= local < end


def _summer_au(local: datetime, standard: timedelta) -> bool:
    # South-eastern Australia: first Sunday of October to the first Sunday of April (southern summer).
    end = datetime.combine(_nth_sunday(local.year, 4, 1), datetime.min.time()) + 2 * _HOUR
    start = datetime.combine(_nth_sunday(local.year, 10, 1), datetime.min.time()) + 2 * _HOUR
    return local < end or local >= start


def _summer_nz(local: datetime, standard: timedelta) -> bool:
    end = datetime.combine(_nth_sunday(local.year, 4, 1), datetime.min.time()) + 2 * _HOUR
    start = datetime.combine(_nth_sunday(local.year, 9, -1), datetime.min.time()) + 2 * _HOUR
    return local < end or local >= start


_RULES = {"eu": _summer_eu, "us": _summer_us, "au": _summer_au, "nz": _summer_nz}


def _summer_at_utc(rule: str, utc: datetime, standard: timedelta) -> bool:
    """The rule's season at a UTC instant (naive UTC). Unlike the wall-clock test, it is never ambiguous:
    the hour repeated when clocks go back is summer before the switch and winter after it."""
    if rule == "eu":
        return _summer_eu(utc + standard, standard)
    local = utc + standard  # the standard-time wall clock: the switches back happen at 01:00/02:00 of it
    if rule == "us":
        start = datetime.combine(_nth_sunday(local.year, 3, 2), datetime.min.time()) + 2 * _HOUR
        end = datetime.combine(_nth_sunday(local.year, 11, 1), datetime.min.time()) + _HOUR
        return start <= local < end
    end = datetime.combine(_nth_sunday(local.year, 4, 1), datetime.min.time()) + 2 * _HOUR
    start_sunday = _nth_sunday(local.year, 10, 1) if rule == "au" else _nth_sunday(local.year, 9, -1)
    start = datetime.combine(start_sunday, datetime.min.time()) + 2 * _HOUR
    return local < end or local >= start


class RuleZone(tzinfo):
    """A standard offset with an optional daylight-saving rule, applied to the wall clock it qualifies."""

    def __init__(self, name: str, hours: float, rule: str | None = None):
        self.name = name
        self.standard = timedelta(hours=hours)
        self.rule = rule

    def _summer(self, dt: datetime | None) -> bool:
        if dt is None or self.rule is None:
            return False
        return _RULES[self.rule](dt.replace(tzinfo=None), self.standard)

    def utcoffset(self, dt: datetime | None) -> timedelta:
        return self.standard + (_HOUR if self._summer(dt) else _ZERO)

    def dst(self, dt: datetime | None) -> timedelta:
        return _HOUR if self._summer(dt) else _ZERO

    def tzname(self, dt: datetime | None) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"RuleZone({self.name!r})"


CET = RuleZone("CET", 1, "eu")
WET = RuleZone("WET", 0, "eu")  # UK, Ireland, Portugal
EET = RuleZone("EET", 2, "eu")
US_EASTERN = RuleZone("ET", -5, "us")
AU_EASTERN = RuleZone("AET", 10, "au")
NZ = RuleZone("NZT", 12, "nz")


def _fixed(name: str, hours: float) -> RuleZone:
    return RuleZone(name, hours)


def _iana_zone(name: str) -> tzinfo | None:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(name)
    except Exception:  # noqa: BLE001 - ZoneInfoNotFoundError, ValueError for odd keys, no tz data
        return None


class IanaRuleZone(RuleZone):
    """A country's zone read from the tz database (Python's zoneinfo): for countries whose rules the
    hand-written ones above do not cover, or changed within the archive's years (Chile's and Paraguay's
    southern summer time, Cuba's, Uruguay's until 2015, Venezuela's -04:30 of 2007-2016). `standard` is the
    usual winter offset (kept for the callers that compare it); every offset is the database's. Without tz
    data on the machine it falls back to that fixed offset."""

    def __init__(self, name: str, hours: float, key: str, summer: bool = False):
        super().__init__(name, hours, "iana" if summer else None)
        self.key = key
        self._zone = _iana_zone(key)

    def utcoffset(self, dt: datetime | None) -> timedelta:
        if dt is None or self._zone is None:
            return self.standard
        return self._zone.utcoffset(dt.replace(tzinfo=None)) or _ZERO

    def dst(self, dt: datetime | None) -> timedelta:
        if dt is None or self._zone is None:
            return _ZERO
        return self._zone.dst(dt.replace(tzinfo=None)) or _ZERO

    def offset_at_instant(self, instant: datetime) -> timedelta | None:
        if self._zone is None:
            return self.standard
        return instant.astimezone(self._zone).utcoffset()

    def __repr__(self) -> str:
        return f"IanaRuleZone({self.key!r})"


def _iana(name: str, hours: float, key: str, summer: bool = False) -> RuleZone:
    return IanaRuleZone(name, hours, key, summer)


# Country (ISO 3166 code, also the ccTLD) -> the zone its national news is written in.
_COUNTRY_ZONES: dict[str, RuleZone] = {
    **dict.fromkeys(
        "de at ch li lu fr be nl it es pl cz sk si hr rs ba me mk al hu dk se no mt ad mc sm va".split(), CET
    ),
    **dict.fromkeys("gb uk ie pt".split(), WET),
    **dict.fromkeys("fi ee lv lt gr bg ro ua md cy".split(), EET),
    "tr": _fixed("TRT", 3),
    "ru": _fixed("MSK", 3),
    "by": _fixed("MSK", 3),
    "jp": _fixed("JST", 9),
    "kr": _fixed("KST", 9),
    **dict.fromkeys("cn tw hk mo sg my ph".split(), _fixed("CST", 8)),
    **dict.fromkeys("th vn kh la".split(), _fixed("ICT", 7)),
    "in": _fixed("IST", 5.5),
    "pk": _fixed("PKT", 5),
    "bd": _fixed("BST", 6),
    "np": _fixed("NPT", 5.75),
    "lk": _fixed("IST", 5.5),
    "ir": _fixed("IRST", 3.5),
    "ae": _fixed("GST", 4),
    "sa": _fixed("AST", 3),
    "qa": _fixed("AST", 3),
    "il": RuleZone("IST", 2, "eu"),
    "za": _fixed("SAST", 2),
    "ng": _fixed("WAT", 1),
    "ke": _fixed("EAT", 3),
    "br": _fixed("BRT", -3),
    # Latin America's one-zone countries (Ecuador's Galápagos, Chile's Easter Island: see _MINORITY_REGIONS);
    # the tz database keeps the summer times some kept (Chile, Paraguay, Cuba, Uruguay until 2015,
    # Argentina 2007-2009) and Venezuela's -04:30 (2007-2016).
    "ar": _iana("ART", -3, "America/Argentina/Buenos_Aires", summer=True),
    "ec": _iana("ECT", -5, "America/Guayaquil"),
    "pe": _iana("PET", -5, "America/Lima"),
    "co": _iana("COT", -5, "America/Bogota"),
    "pa": _iana("EST", -5, "America/Panama"),
    "ve": _iana("VET", -4, "America/Caracas"),
    "bo": _iana("BOT", -4, "America/La_Paz"),
    "do": _iana("AST", -4, "America/Santo_Domingo"),
    "pr": _iana("AST", -4, "America/Puerto_Rico"),
    "cl": _iana("CLT", -4, "America/Santiago", summer=True),
    "py": _iana("PYT", -4, "America/Asuncion", summer=True),
    "uy": _iana("UYT", -3, "America/Montevideo", summer=True),
    "cu": _iana("CST", -5, "America/Havana", summer=True),
    **{
        code: _iana("CST", -6, key)
        for code, key in (
            ("gt", "America/Guatemala"),
            ("hn", "America/Tegucigalpa"),
            ("sv", "America/El_Salvador"),
            ("ni", "America/Managua"),
            ("cr", "America/Costa_Rica"),
        )
    },
    "id": _fixed("WIB", 7),
    "us": US_EASTERN,
    "au": AU_EASTERN,
    "nz": NZ,
}
# Languages whose news comes from one zone, or from neighbouring countries sharing one (German, French,
# Dutch, Italian ... are all CET; French from Canada or Africa is the exception, not the rule).
_LANGUAGE_ZONES: dict[str, RuleZone] = {
    **dict.fromkeys("de fr nl it pl cs sk sl hr sr bs hu da sv nb nn no lb".split(), CET),
    **dict.fromkeys("fi et lv lt el bg ro uk".split(), EET),
    "tr": _COUNTRY_ZONES["tr"],
    "ru": _COUNTRY_ZONES["ru"],
    "be": _COUNTRY_ZONES["ru"],
    "ja": _COUNTRY_ZONES["jp"],
    "ko": _COUNTRY_ZONES["kr"],
    "zh": _COUNTRY_ZONES["cn"],
    "th": _COUNTRY_ZONES["th"],
    "vi": _COUNTRY_ZONES["vn"],
    "he": _COUNTRY_ZONES["il"],
    "fa": _COUNTRY_ZONES["ir"],
}
# Country codes sold as generic names (`.io`, `.co`, `.tv`, `.me` ...): they say nothing about the outlet.
_GENERIC_CCTLDS = frozenset("io co tv me fm ai ly to cc ws gg sh ms ag ac la im nu".split())
# The country's own second levels (`eltiempo.com.co`, `gov.co`): under them a generic-looking code is the
# country's (Colombia's `.co` is sold worldwide; `.com.co` is not).
_NATIONAL_SECOND_LEVELS = frozenset("com org net gov gob edu mil".split())
# Language tags whose region names no country's zone: WordPress's default og:locale `en_US`, set by no one;
# Facebook's `es_LA` (Latin American Spanish, not Laos: infobae.com, elnuevodia.com, Arc XP sites' og:locale).
_PSEUDO_REGIONS = frozenset({("en", "us"), ("es", "la")})
_REGION = re.compile(r"^([a-z]{2,3})[-_]([a-z]{2})\b", re.I)


def _country_of_host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    labels = host.split(".")
    if len(labels) < 2 or len(labels[-1]) != 2 or not labels[-1].isalpha():
        return None
    if labels[-1] in _GENERIC_CCTLDS and not (len(labels) > 2 and labels[-2] in _NATIONAL_SECOND_LEVELS):
        return None
    return labels[-1]


# Countries of the table whose territory spans several zones of comparable weight: their country-code domain
# does not tell the zone of an outlet (Perth and Brisbane beside Sydney, Novosibirsk and Kaliningrad beside
# Moscow, WITA and WIT beside WIB, the US zones). Brazil stays here though Brasília time holds nine in ten
# Brazilians: the table's fixed -03:00 ignores the summer time Brazil kept until 2019.
_SEVERAL_ZONES = frozenset("us au ru br id".split())
# Countries with one dominant zone (over nine in ten of the people) and a small other one: their domain tells
# the dominant zone (Spain: Madrid, the Canary Islands 5 %; Portugal: Lisbon, the Azores 2 %; New Zealand:
# Auckland, the Chatham Islands; Ecuador: Quito, the Galápagos), except for an outlet whose address names the
# other zone's region (`canarias7.es`, `eldiario.es/canariasahora/`, `acorianooriental.pt`).
_MINORITY_REGIONS: dict[str, tuple[str, ...]] = {
    "es": (
        "canaria",
        "canary",
        "tenerife",
        "lanzarote",
        "fuerteventura",
        "laspalmas",
        "las-palmas",
        "lapalma",
        "la-palma",
        "gomera",
        "elhierro",
        "el-hierro",
    ),
    "pt": ("acores", "açores", "azores", "acorian", "açorian"),
    "nz": ("chatham",),
    "ec": ("galapagos", "galápagos"),
    "cl": ("rapanui", "rapa-nui", "pascua"),
}


MINORITY_ADDRESS_CHARS = 300


def _names_minority_region(url: str, country: str) -> bool:
    """The outlet's address (its host and section folders: `canarias7.es`, `eldia.es/tenerife/`,
    `eldiario.es/canariasahora/`) names the region of the country's minority zone. The last path segment is
    the story's slug: a national daily's `canarias-recibe-...` names a topic, not the outlet's region."""
    words = _MINORITY_REGIONS.get(country)
    if not words:
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    folders = parts.path[:MINORITY_ADDRESS_CHARS].rsplit("/", 1)[0]
    address = f"{parts.hostname or ''}{folders}".lower()
    return any(word in address for word in words)


def domain_zone(urls: list[str | None]) -> RuleZone | None:
    """The zone of the outlet's country-code domain when that country keeps one zone, or one dominant zone
    the address does not contradict; None for a generic domain, a country the table does not know, or one
    spanning several zones. The declared language never tells: WordPress's default locales (fr_FR, es_ES,
    en_GB, ru_RU) are served from Montréal, Dakar, Abidjan, Port-au-Prince, Latin America and Accra."""
    for url in urls:
        country = _country_of_host(url)
        if country and url is not None:
            if country in _SEVERAL_ZONES or _names_minority_region(url, country):
                return None
            return _COUNTRY_ZONES.get(country)
    return None


# A site's zone as its platform declares it in the page's configuration script: Squarespace's
# `Static.SQUARESPACE_CONTEXT` (`{"website":{... "siteTitle":..., "timeZone":"America/Chicago", ...}`), Wix's
# `wix-viewer-model` script or its `window.viewerModel = JSON.parse("...")` form (`{"site":{"metaSiteId":...,
# "siteRevision":214, "timeZone":"America/New_York"}`). The platform shows the post's dates to readers in that
# zone. Only a `timeZone` after the platform's own settings opener counts: one elsewhere is a calendar, event
# or scores widget's (with its `timeZoneOffset`/`timeZoneAbbr` beside it), or an app's warm-up data (Wix
# Events before the viewer model), and names no site.
_SETTINGS_OPENERS = ("SQUARESPACE_CONTEXT", "wix-viewer-model", "viewerModel")
_DECLARED_ZONE = re.compile(r'\\?"timeZone\\?"\s*:\s*\\?"([A-Z][A-Za-z_]{1,20}/[A-Za-z_/+-]{2,40})\\?"')
SITE_SETTINGS_WINDOW = 20_000
MAX_DECLARED_SCAN = 2_000_000


def declared_zone(page_text: str) -> tzinfo | None:
    """The IANA zone the site's platform settings in the page declare (Squarespace, Wix), else None."""
    # Each opener's first occurrence, in page order (substring finds: fast on megabytes of script).
    openers = sorted(
        found + len(opener)
        for opener in _SETTINGS_OPENERS
        if (found := page_text.find(opener, 0, MAX_DECLARED_SCAN)) >= 0
    )
    for start in openers:
        declared = _DECLARED_ZONE.search(page_text, start, start + SITE_SETTINGS_WINDOW)
        if declared is not None:
            return _iana_zone(declared.group(1))
    return None


# The server's zone as 1C-Bitrix prints it in the page head, in the core's page-level `BX.message({...})`
# call: `(window.BX||top.BX).message({'LANGUAGE_ID':'ru', ..., 'SERVER_TZ_OFFSET':'18000', 'SERVER_TIME':...,
# 'USER_TZ_OFFSET':'0', ...})` (seconds east of UTC, PHP's `date("Z")`; thousands of Russian, Belarusian,
# Kazakh and Ukrainian sites, quoted with ' or ", on one line or pretty-printed). Bitrix shows the news
# items' zoneless `DATE_ACTIVE_FROM` in that zone. `USER_TZ_OFFSET` is the visitor's difference from it and
# names no site; a key read by the core's scripts (`BX.message('SERVER_TZ_OFFSET')`) has no value beside it.
_SERVER_TZ_KEY = "SERVER_TZ_OFFSET"
_SERVER_TZ_VALUE = re.compile(
    r"""(["'])SERVER_TZ_OFFSET\1\s{0,20}:\s{0,20}(["']?)(-?\d{1,6})\2\s{0,20}[,}]"""
)
# The call that carries it opens inside the same script element, at most this far before the key.
BITRIX_MESSAGE_WINDOW = 4_000
MAX_SERVER_KEYS = 8
# Offsets that exist: UTC-12 to UTC+14 in quarter hours (Nepal's +05:45 is the finest).
_MIN_OFFSET = -12 * 3600
_MAX_OFFSET = 14 * 3600
_QUARTER_HOUR = 900


def server_zone(page_text: str) -> timezone | None:
    """The fixed offset 1C-Bitrix's page-level settings say the site's server runs in, else None. A zero
    offset says nothing (a server kept in UTC, as a `Z` stamp says nothing); a value that is no real offset
    (a huge number, not in quarter hours) is ignored; so is the key outside a script's `.message(` call (a
    developer's post quoting the settings in a `<pre>`)."""
    start = 0
    for _ in range(MAX_SERVER_KEYS):
        found = page_text.find(_SERVER_TZ_KEY, start, MAX_DECLARED_SCAN)
        if found < 1:
            return None
        start = found + len(_SERVER_TZ_KEY)
        value = _SERVER_TZ_VALUE.match(page_text, found - 1, found + 80)
        if value is None or not _in_bitrix_message_call(page_text, found):
            continue
        seconds = int(value.group(3))
        if seconds == 0 or not _MIN_OFFSET <= seconds <= _MAX_OFFSET or seconds % _QUARTER_HOUR:
            return None
        return timezone(timedelta(seconds=seconds))
    return None


def _in_bitrix_message_call(page_text: str, position: int) -> bool:
    """The position lies in a `<script>` element (no `</script` since its opening tag) after a
    `.message(` call's opening in that element."""
    window_start = max(0, position - BITRIX_MESSAGE_WINDOW)
    script = page_text.rfind("<script", window_start, position)
    if script < 0 or page_text.find("</script", script, position) >= 0:
        return False
    return page_text.find(".message(", script, position) >= 0


def keeps_convention(convention: tzinfo | None, offset: timedelta) -> bool:
    """The convention zone has that offset in one of its seasons: it is kept, since it also knows the other
    season (a server's offset is the one of the moment the page was rendered)."""
    if not isinstance(convention, RuleZone):
        return False
    return offset in (convention.standard, convention.standard + (_HOUR if convention.rule else _ZERO))


def day_zone(urls: list[str | None]) -> RuleZone | None:
    """The zone a bare date (a day, no time) of a country-code domain west of Greenwich is that day in: the
    country's news zone, also for a country spanning several zones (.com.br, .com.ar, .us). Midnight UTC is
    the evening before in all of them; east of Greenwich midnight UTC is already that day everywhere, so no
    zone is needed there (and Sydney's midnight would be Perth's evening before)."""
    for url in urls:
        country = _country_of_host(url)
        if country:
            zone = _COUNTRY_ZONES.get(country)
            return zone if zone is not None and zone.standard < _ZERO else None
    return None


def convention_zone(urls: list[str | None], languages: list[str | None]) -> RuleZone | None:
    """The zone the outlet's country writes its news in: its country-code domain, else its language tag's
    region, else a language spoken in one zone; None when nothing tells (English, Spanish on a .com)."""
    for url in urls:
        country = _country_of_host(url)
        if country and country in _COUNTRY_ZONES:
            return _COUNTRY_ZONES[country]
        if country:
            return None  # a country not listed (`.ca`, `.mx`): its language does not tell its zone
    for language in languages:
        region = _REGION.match(language or "")
        if region and region.group(2).lower() in _COUNTRY_ZONES:
            lang = region.group(1).lower()
            country = region.group(2).lower()
            if (lang, country) in _PSEUDO_REGIONS:
                continue
            return _COUNTRY_ZONES[country]
    for language in languages:
        primary = re.split(r"[-_]", (language or "").strip().lower(), maxsplit=1)[0]
        if primary in _LANGUAGE_ZONES:
            return _LANGUAGE_ZONES[primary]
    return None


US_CENTRAL = RuleZone("CT", -6, "us")
US_MOUNTAIN = RuleZone("MT", -7, "us")
US_PACIFIC = RuleZone("PT", -8, "us")
US_ARIZONA = RuleZone("MST", -7)  # no summer time
# The US states that lie in one zone, as press-release datelines write them: AP style's abbreviations
# (`LOWELL, Mass.,`) and the names AP spells out or writers give whole (`Ohio`, `Utah`, `Massachusetts`).
# States split between two zones of weight (Texas, Florida, Indiana, Kentucky, Tennessee, Michigan, Kansas,
# Nebraska, the Dakotas, Oregon, Idaho, Alaska) tell none; `Georgia` is also a country.
_US_STATE_ZONES: dict[str, RuleZone] = {
    **dict.fromkeys(
        "Conn. Del. D.C. Ga. Maine Md. Mass. N.H. N.J. N.Y. N.C. Ohio Pa. R.I. S.C. Vt. Va. W.Va. Connecticut "
        "Delaware Maryland Massachusetts New_Hampshire New_Jersey New_York North_Carolina Pennsylvania "
        "Rhode_Island South_Carolina Vermont Virginia West_Virginia".split(),
        US_EASTERN,
    ),
    **dict.fromkeys(
        "Ala. Ark. Ill. Iowa La. Minn. Miss. Mo. Okla. Wis. Alabama Arkansas Illinois Louisiana Minnesota "
        "Mississippi Missouri Oklahoma Wisconsin".split(),
        US_CENTRAL,
    ),
    **dict.fromkeys("Colo. Mont. N.M. Utah Wyo. Colorado Montana New_Mexico Wyoming".split(), US_MOUNTAIN),
    **dict.fromkeys("Ariz. Arizona".split(), US_ARIZONA),
    **dict.fromkeys("Calif. Wash. Nev. California Washington Nevada".split(), US_PACIFIC),
}
# Two-word names are written with `_` above.
_US_STATE_ZONES = {name.replace("_", " "): zone for name, zone in _US_STATE_ZONES.items()}
# Postal codes are trusted only beside a US wire's marker in the same dateline (`NEW YORK, NY, May 8, 2018
# /PRNewswire/ --`), and only codes no other country's region or country shares (review: `PERTH, WA`,
# `CASABLANCA, MA`, `LIBREVILLE, GA` come over the same wires; ISO country codes AL AR AZ CA CO DE GA IL LA
# MA MD ME MN MO MS MT NC PA SC VA, Brazil's AL MA MS MT PA SC, Australia's WA, Italy's CT RI VT, India's UT).
_US_POSTAL_ZONES: dict[str, RuleZone] = {
    **dict.fromkeys("DC NH NJ NY OH WV".split(), US_EASTERN),
    **dict.fromkeys("IA OK WI".split(), US_CENTRAL),
    **dict.fromkeys("NM WY".split(), US_MOUNTAIN),
    "NV": US_PACIFIC,
}
_US_WIRE_MARKER = re.compile(r"/PRNewswire(?:-USNewswire)?/|\(BUSINESS WIRE\)|/GLOBE NEWSWIRE/|/ACCESSWIRE/")
_STATE_ALTERNATIVES = "|".join(
    re.escape(name) for name in sorted({*_US_STATE_ZONES, *_US_POSTAL_ZONES}, key=len, reverse=True)
)
# `LOWELL, Mass., May 8, 2018 —`, `ST. PAUL, Minn., Jan. 5, 2022 /PRNewswire/ --`: a city in capitals (or
# capitalised words), its state, then the month (English, AP's abbreviations) and the day.
_US_DATELINE = re.compile(
    r"^\s{0,3}[A-Z][A-Za-z.'\- ]{1,40}?,\s(" + _STATE_ALTERNATIVES + r"),?\s"
    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s(\d{1,2}),"
)
_MONTH_NUMBERS = {
    name: number for number, name in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)
}
# a wire's marker follows the dateline's date within this; the caller (published.py) passes the paragraph's
# first 2 * OPENING_CHARS = 140 characters
MAX_DATELINE_CHARS = 140


def us_dateline(text: str) -> tuple[RuleZone, int, int] | None:
    """The zone of the US state a press release's dateline names (`LOWELL, Mass., May 8, 2018 —`) with the
    dateline's month and day, for a state lying in one zone; None for any other opening (`LONDON, May 8`,
    `AUSTIN, Texas,`, `PERTH, WA,`)."""
    match = _US_DATELINE.match(text[:80])
    if match is None:
        return None
    state = match.group(1)
    zone = _US_STATE_ZONES.get(state)
    if zone is None and _US_WIRE_MARKER.search(text[:MAX_DATELINE_CHARS]):
        zone = _US_POSTAL_ZONES.get(state)
    if zone is None:
        return None
    return zone, _MONTH_NUMBERS[match.group(2)], int(match.group(3))


def zone_from_offsets(stamps: list[datetime], convention: tzinfo | None) -> tzinfo | None:
    """The site's zone from the stamps of its page that state an offset: the first non-zero offset (a
    `+00:00` stamp is UTC storage, not the site's zone). The convention zone is kept when it gives that same
    offset on that stamp's date (it then also knows the other season's offset); else the fixed offset."""
    for stamp in stamps:
        offset = stamp.utcoffset()
        if offset is None or offset == _ZERO:
            continue
        if convention is not None and convention.utcoffset(stamp.replace(tzinfo=None)) == offset:
            return convention
        return timezone(offset)
    return None


def offset_at(zone: tzinfo, instant: datetime) -> timedelta | None:
    """The zone's offset at an aware instant, decided on the instant (not on a wall clock)."""
    if isinstance(zone, IanaRuleZone):
        return zone.offset_at_instant(instant)
    if isinstance(zone, RuleZone):
        utc = instant.astimezone(timezone.utc).replace(tzinfo=None)
        summer = zone.rule is not None and _summer_at_utc(zone.rule, utc, zone.standard)
        return zone.standard + (_HOUR if summer else _ZERO)
    return instant.astimezone(zone).utcoffset()


def in_zone(instant: datetime, zone: tzinfo) -> datetime:
    """The aware instant expressed in `zone`, with the offset that holds at that instant as a plain
    `timezone`: `2026-10-25T00:30Z` in CET is `02:30+02:00` (the first of the two 02:30s), never a wall clock
    whose offset is re-read from the wall clock (which moves the instant an hour)."""
    offset = offset_at(zone, instant)
    return instant.astimezone(timezone(offset) if offset is not None else zone)


def fixed(value: datetime) -> datetime:
    """`value` with its offset as a plain `timezone` (what the rest of telisik stores and compares)."""
    if isinstance(value.tzinfo, RuleZone):
        return value.replace(tzinfo=timezone(value.utcoffset() or _ZERO))
    return value


# The zone a forum's footer states for every time on the page, as the board software prints it:
# phpBB 3.0 `All times are UTC - 5 hours [ DST ]` (`[ DST ]`: the board adds an hour to every time shown, whatever
# the post's date), phpBB 3.1+ `All times are <span title="America/New York">UTC-05:00</span>`, phpBB 2
# `All times are GMT - 5 Hours`, vBulletin 3/4 `All times are GMT -5. The time now is 09:17 PM.` (its offset
# already holds the user's DST flag), and their language packs (de `Alle Zeiten sind UTC + 1 Stunde
# [ Sommerzeit ]`, vBulletin de `Alle Zeitangaben in WEZ +1.`, fr `Heures au format UTC + 1 heure`, es `Todos
# los horarios son UTC`, vBulletin es `Todas las horas son GMT -5.`, it `Tutti gli orari sono UTC`, nl `Alle tijden zijn UTC`, pt `Todos os horários são
# UTC`, pl `Wszystkie czasy w strefie UTC`). The label is looked for as a plain substring; the zone is read in a
# short window after it, tags removed.
_BOARD_ZONE_LABEL = re.compile(
    r"all times are|alle zeiten sind|alle zeitangaben in|heures au format|todos los horarios son"
    r"|todas las horas son|tutti gli orari sono|alle tijden zijn|todos os hor[áa]rios s[ãa]o|wszystkie czasy w strefie",
    re.I,
)
_BOARD_ZONE = re.compile(
    r"^\s{0,3}(?:UTC|GMT|WEZ)(?:\s{0,3}([+\-−])\s{0,3}(\d{1,2})(?:([:.])(\d{1,2}))?)?"
    r"(?:\s{0,3}(?:hours?|heures?|stunden?|horas?|ore|ora|uur|godzin[ay]?))?"
    r"(\s{0,3}\[\s{0,3}[^\]\d<>]{2,30}\])?",
    re.I,
)
_BOARD_ZONE_TITLE = re.compile(r"""title\s{0,3}=\s{0,3}["']([A-Z][A-Za-z_]{1,20}/[A-Za-z_ /+-]{2,40})["']""")
_TAG = re.compile(r"<[^<>]{0,300}>")
# A thread page's own address as the board software builds it (phpBB `viewtopic.php`, vBulletin
# `showthread.php`, XenForo `/threads/`, SMF `index.php?topic=`, MyBB `showthread.php`, IPB `/topic/`,
# `showtopic=`). The footer line is read only on such a page: an article linking a forum (a sidebar widget, a
# nav entry) or quoting one's footer states no zone for its own times.
_BOARD_ADDRESSES = (
    "viewtopic.php",
    "showthread.php",
    "showpost.php",
    "/threads/",
    "/topic/",
    "/topics/",
    "?topic=",
    "&topic=",
    "showtopic=",
)
BOARD_ZONE_WINDOW = 200
MAX_BOARD_LABELS = 4


def board_zone(page_text: str, urls: list[str | None]) -> tzinfo | None:
    """The zone the forum footer's `All times are ...` line states (see above), else None: the zone named in
    the phpBB 3.1+ line's title when the tz database knows it (its offset is the one of the moment the page
    was served), else the fixed offset written, with phpBB 3.0's DST mark as one hour more. Only on a thread
    page (its address or canonical is the board's); the LAST label outside a paragraph, a quote, a data
    table's cell and an article is the footer's (a post quoting another board's footer comes before it)."""
    if not any(mark in (url or "").lower() for url in urls for mark in _BOARD_ADDRESSES):
        return None
    start = max(0, len(page_text) - MAX_DECLARED_SCAN)  # the footer: the page's last megabytes
    # The last few labels (a linear pass: a hostile page may print thousands).
    labels = deque(
        (label.start() for label in _BOARD_ZONE_LABEL.finditer(page_text, start)), MAX_BOARD_LABELS
    )
    for position in reversed(labels):
        if _in_paragraph(page_text, position) or _in_content_box(page_text, start, position):
            continue  # a post's or an article's sentence, a quote, a schedule's cell
        label = _BOARD_ZONE_LABEL.match(page_text, position)
        if label is None:
            continue
        window = page_text[label.end() : label.end() + BOARD_ZONE_WINDOW]
        named = _BOARD_ZONE_TITLE.search(window)
        stated = _BOARD_ZONE.match(_TAG.sub(" ", window))
        if stated is None:
            continue
        if named is not None and (zone := _iana_zone(named.group(1).replace(" ", "_"))) is not None:
            return zone
        return _stated_board_offset(stated)
    return None


PARAGRAPH_LOOKBACK = 2_000


def _in_paragraph(page_text: str, position: int) -> bool:
    """The position lies inside a `<p>` (one opened since the last `</p>`, looked for a short way back): the
    footers print the line in `li`, `div` or `td`."""
    start = max(0, position - PARAGRAPH_LOOKBACK)
    lowered = page_text[start:position].lower()
    opened = max(lowered.rfind("<p>"), lowered.rfind("<p "))
    return opened >= 0 and opened > lowered.rfind("</p>")


def _in_content_box(page_text: str, start: int, position: int) -> bool:
    """The position lies in a `<blockquote>` or an `<article>` still open, or in a cell of a data table (one
    with `<th>` headers: an event schedule's `All times are GMT`); a board's footer table has no headers."""
    for name in ("blockquote", "article"):
        if _open_at(page_text, start, position, name) >= 0:
            return True
    table = _open_at(page_text, start, position, "table")
    return table >= 0 and page_text.find("<th", table, position) >= 0


def _open_at(page_text: str, start: int, position: int, name: str) -> int:
    """Where the last `<name` before the position opens, when no `</name>` closes it before; else -1."""
    opened = page_text.rfind(f"<{name}", start, position)
    if opened < 0 or page_text.rfind(f"</{name}>", opened, position) >= 0:
        return -1
    return opened


def _stated_board_offset(stated: re.Match[str]) -> tzinfo | None:
    sign, hours, separator, part, summer = stated.groups()
    # `UTC+05:30` (phpBB 3.1+) is minutes; phpBB 2's `GMT + 5.5 Hours`, `GMT + 5.75 Hours` a decimal hour.
    minutes = int(part or 0) if separator != "." else round(float(f"0.{part}") * 60)
    offset = timedelta(hours=int(hours or 0), minutes=minutes)
    if sign in ("-", "−"):
        offset = -offset
    if summer:
        offset += _HOUR
    if abs(offset) > timedelta(hours=14):
        return None
    return timezone(offset)
