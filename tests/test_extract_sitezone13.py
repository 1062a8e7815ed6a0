"""Site zone of session 13 (#10 class 8): the server zone a platform prints, for a page's zoneless times.

1C-Bitrix (thousands of Russian, Belarusian, Kazakh, Ukrainian and Central Asian news and city sites) prints
its core settings in the page head: `(window.BX||top.BX).message({'LANGUAGE_ID':'ru', ...,
'SERVER_TZ_OFFSET':'18000', 'SERVER_TIME':'1770182431', 'USER_TZ_OFFSET':'0', ...})`, on one line or
pretty-printed, with ' or " quotes. SERVER_TZ_OFFSET is the server's offset in seconds east of UTC; Bitrix
shows a news item's zoneless active-from time in it. A regional outlet (Perm +05:00, Novosibirsk +07:00,
Almaty +05:00) whose only date is a zoneless `4 февраля 2026, 10:15` was read in Moscow time, the Russian
language's default. The server's zone replaces a language's default zone only: a zoned stamp of the page, a
zone shown on the date line (`МСК`), the domain of a one-zone country (`.ua`), a zero offset (a server kept
in UTC), a value that is no real offset, a visitor's USER_TZ_OFFSET and the key outside the core's
`.message(` call (a developer's post quoting it, a widget's config) all keep the old reading; a language
zone that has that offset in one of its seasons is kept (it knows the other season's offset).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from telisik.extract import extract_article
from telisik.extract.sitezone import server_zone

MSK = timezone(timedelta(hours=3))
PERM = timezone(timedelta(hours=5))
NOVOSIBIRSK = timezone(timedelta(hours=7))

_BX_LOADER = (
    '<script type="text/javascript">if(!window.BX)window.BX={};if(!window.BX.message)window.BX.message='
    "function(mess){if(typeof mess==='object'){for(let i in mess) {BX.message[i]=mess[i];} return true;}};"
    "</script>"
)


def _bx_settings(server_offset: str | None = "18000", user_offset: str = "0") -> str:
    server = f"'SERVER_TZ_OFFSET':'{server_offset}'," if server_offset is not None else ""
    return (
        "<script type=\"text/javascript\">(window.BX||top.BX).message({'JS_CORE_LOADING':'Загрузка...',"
        "'LANGUAGE_ID':'ru','FORMAT_DATE':'DD.MM.YYYY','FORMAT_DATETIME':'DD.MM.YYYY HH:MI:SS',"
        f"'COOKIE_PREFIX':'BITRIX_SM',{server}'UTF_MODE':'Y','SITE_ID':'s1','SITE_DIR':'/','USER_ID':'',"
        f"'SERVER_TIME':'1770182431','USER_TZ_OFFSET':'{user_offset}','USER_TZ_AUTO':'Y',"
        "'bitrix_sessid':'0f3e9a1c7b2d4e6f8a0b1c2d3e4f5a6b'});</script>"
    )


_RU_TEXT = (
    "<p>Ледовая переправа через реку между городом и селом на правом берегу открылась утром. Разрешение на её "
    "эксплуатацию выдали после того, как толщина льда на всём протяжении трассы превысила 45 сантиметров.</p>"
    "<p>Длина переправы — 1,8 километра. По ней могут проезжать легковые автомобили массой до трёх тонн, "
    "скорость ограничена 20 км/ч, остановка на льду запрещена.</p>"
    "<p>«Мы просим водителей не съезжать с обозначенной трассы», — предупредил начальник отдела по делам ГО и "
    "ЧС округа. Переправа будет работать, пока позволяет толщина льда.</p>"
)


def _bitrix_news(
    head_scripts: str,
    date_line: str = "4 февраля 2026, 10:15",
    extra_meta: str = "",
    body_extra: str = "",
    lang: str = "ru",
) -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>Открыли ледовую переправу: ограничение по массе — 3 тонны | Кама-Новости</title>
<meta name="description" content="Переправа сократит путь для жителей правобережья почти на 120 километров.">
<meta property="og:type" content="website">
<meta property="og:title" content="Кама-Новости — новости края">
{extra_meta}
<link href="/bitrix/js/main/core/css/core.min.css?16700" type="text/css" rel="stylesheet">
{head_scripts}
<script>BX.setJSList(['/bitrix/js/main/core/core_ls.min.js','/bitrix/js/main/session.js']);</script>
</head><body>
<div id="panel"></div>
<header class="header"><a href="/" class="header__logo">Кама-Новости</a>
<nav class="header__menu"><ul><li><a href="/news/">Новости</a></li><li><a href="/news/obshchestvo/">Общество</a></li>
<li><a href="/news/sport/">Спорт</a></li><li><a href="/afisha/">Афиша</a></li></ul></nav></header>
<main class="content"><div class="news-detail">
<div class="news-detail__top"><span class="news-date-time">{date_line}</span>
<span class="news-detail__views">1 245</span></div>
<h1 class="news-detail__title">Открыли ледовую переправу: ограничение по массе — 3 тонны</h1>
<div class="news-detail__preview"><b>Переправа сократит путь для жителей правобережья почти на 120 километров.</b></div>
<div class="news-detail__text">{_RU_TEXT}{body_extra}</div>
<div class="news-detail__author">Автор: Ирина Соколова</div>
</div>
<aside class="sidebar"><h3>Популярное</h3><ul>
<li><a href="/news/obshchestvo/tarify/">Новые тарифы на проезд</a> <span class="views">5 310</span></li>
<li><a href="/news/sport/hokkey/">Хоккеисты выиграли дома</a> <span class="views">2 004</span></li></ul>
<h3>Другие новости</h3><ul>
<li><span class="news-date-time">3 февраля 2026, 18:40</span> <a href="/news/obshchestvo/most/">Мост закроют на ремонт</a></li>
</ul></aside></main>
<footer class="footer"><p>Главный редактор: Пётр Иванов. © 2026 Кама-Новости. 16+</p></footer>
<script>BX.ready(function(){{var c=document.getElementById('cookie-alert');}});</script>
</body></html>"""


URL = "https://kama-novosti.ru/news/obshchestvo/otkryli-ledovuyu-perepravu/"


def _published(html: str, url: str = URL) -> datetime | None:
    return extract_article(html, url, fetched_at=datetime(2026, 2, 5, tzinfo=timezone.utc)).published


# --- fires ------------------------------------------------------------------------------------------------


def test_bitrix_server_offset_zones_a_regional_news_time() -> None:
    """A Perm outlet on 1C-Bitrix (one-line `BX.message`, single quotes): its zoneless time is +05:00."""
    published = _published(_bitrix_news(_BX_LOADER + _bx_settings("18000")))
    assert published == datetime(2026, 2, 4, 10, 15, tzinfo=PERM)
    assert published is not None and published.utcoffset() == timedelta(hours=5)


def test_bitrix_pretty_printed_double_quoted_settings() -> None:
    """Templates that pretty-print the core settings with double quotes (Novosibirsk, +07:00)."""
    settings = """<script type="text/javascript">
        (window.BX || top.BX).message({
            "LANGUAGE_ID": "ru",
            "FORMAT_DATE": "DD.MM.YYYY",
            "COOKIE_PREFIX": "BITRIX_SM",
            "SERVER_TZ_OFFSET": "25200",
            "SITE_ID": "s1",
            "SERVER_TIME": "1770182431",
            "USER_TZ_OFFSET": "0"
        });
    </script>"""
    published = _published(_bitrix_news(_BX_LOADER + settings))
    assert published is not None and published.utcoffset() == NOVOSIBIRSK.utcoffset(None)
    assert published.replace(tzinfo=None) == datetime(2026, 2, 4, 10, 15)


def test_bitrix_server_offset_on_a_domain_the_table_does_not_know() -> None:
    """A Kazakh city site in Russian (`.kz`: Almaty, +05:00 since 2024) on Bitrix."""
    published = _published(
        _bitrix_news(_BX_LOADER + _bx_settings("18000")), "https://almaty-news.kz/news/gorod/pereprava/"
    )
    assert published == datetime(2026, 2, 4, 10, 15, tzinfo=PERM)


# --- must not fire ----------------------------------------------------------------------------------------


def test_zoned_stamp_of_the_page_wins_over_the_server_zone() -> None:
    """A modification stamp with its own offset tells the site's zone: the server's is not read."""
    meta = '<meta property="article:modified_time" content="2026-02-04T11:02:00+03:00">'
    published = _published(_bitrix_news(_BX_LOADER + _bx_settings("18000"), extra_meta=meta))
    assert published is not None and published.utcoffset() == timedelta(hours=3)
    assert published.replace(tzinfo=None) == datetime(2026, 2, 4, 10, 15)


def test_zone_shown_on_the_date_line_wins() -> None:
    """`10:15 МСК` on a Bitrix server set to +05:00: Moscow time, as shown."""
    published = _published(
        _bitrix_news(_BX_LOADER + _bx_settings("18000"), date_line="4 февраля 2026, 10:15 МСК")
    )
    assert published == datetime(2026, 2, 4, 10, 15, tzinfo=MSK)
    assert published is not None and published.utcoffset() == timedelta(hours=3)


def test_user_offset_alone_is_not_the_sites() -> None:
    """USER_TZ_OFFSET is the visitor's difference from the server: without SERVER_TZ_OFFSET nothing changes."""
    published = _published(_bitrix_news(_BX_LOADER + _bx_settings(None, user_offset="7200")))
    assert published is not None and published.utcoffset() == timedelta(hours=3)


def test_malformed_or_impossible_offsets_are_ignored() -> None:
    for value in ("1800000", "18001", "-54000", "18000abc", ""):
        published = _published(_bitrix_news(_BX_LOADER + _bx_settings(value)))
        assert published is not None and published.utcoffset() == timedelta(hours=3), value
    assert server_zone(_bx_settings("99999999")) is None
    assert server_zone(_bx_settings("18000")) == PERM


def test_zero_offset_says_nothing() -> None:
    """A server kept in UTC (`'SERVER_TZ_OFFSET':'0'`): the language's zone stays."""
    published = _published(_bitrix_news(_BX_LOADER + _bx_settings("0")))
    assert published is not None and published.utcoffset() == timedelta(hours=3)


def test_key_quoted_in_an_article_is_not_read() -> None:
    """A developer's post quoting Bitrix settings in a code block; the page itself is no Bitrix page."""
    code = (
        "<pre><code>(window.BX||top.BX).message({'LANGUAGE_ID':'ru','SERVER_TZ_OFFSET':'25200',"
        "'USER_TZ_OFFSET':'0'});</code></pre>"
    )
    published = _published(_bitrix_news("", body_extra=code))
    assert published is not None and published.utcoffset() == timedelta(hours=3)


def test_key_in_a_widget_config_is_not_read() -> None:
    """A weather or clock widget's config for another city, outside the core's `.message(` call."""
    widget = (
        '<script>var cityClock = {"city":"Новосибирск","SERVER_TZ_OFFSET":"25200","format":"HH:mm"};'
        "initClock(cityClock);</script>"
    )
    published = _published(_bitrix_news(widget))
    assert published is not None and published.utcoffset() == timedelta(hours=3)


def test_one_zone_country_domain_wins() -> None:
    """A `.ua` outlet on a server set to +03:00 (its summer offset, or a Moscow host): Kyiv's winter +02:00."""
    published = _published(
        _bitrix_news(_BX_LOADER + _bx_settings("10800"), lang="uk"), "https://misto-novyny.ua/news/pereprava/"
    )
    assert published is not None and published.utcoffset() == timedelta(hours=2)


def test_language_zone_with_that_offset_in_summer_is_kept() -> None:
    """A German Bitrix site rendered in summer (7200): a February time is still CET's +01:00."""
    published = _published(
        _bitrix_news(_BX_LOADER + _bx_settings("7200"), date_line="4.02.2026, 10:15", lang="de"),
        "https://stadtwerke-beispiel.com/news/pereprava/",
    )
    assert published is not None and published.utcoffset() == timedelta(hours=1)


def test_hostile_pages_are_read_quickly() -> None:
    """Hundreds of thousands of keys without a value, or the key far past the scanned start: no zone, fast."""
    many_keys = "<script>x.message({" + "'SERVER_TZ_OFFSET':'abc'," * 200_000 + "})</script>"
    assert server_zone(many_keys) is None
    far = "<script>" + "a" * 3_000_000 + "BX.message({'SERVER_TZ_OFFSET':'18000'})</script>"
    assert server_zone(far) is None
