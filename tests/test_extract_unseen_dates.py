"""Publication dates on outlets nobody on the project has seen (#10, classes 8-10): each test serves a complete
page of one layout (head metadata, navigation, a sidebar of other stories with their own dates, related links,
a comment thread, a footer) and checks the minute and UTC offset telisik reads from it.

Indonesian layouts: regional WordPress portals (JNews, Newspaper/tagDiv, Jannah themes) that show the day only
and keep the time in metadata, sites in WITA/WIT, metadata that labels a local time UTC. Other languages: a
zoneless time is the outlet's local time (its page's other stamps or its country's zone), a header that shows
the last update, date lines written in the forms of other languages.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from bs4 import BeautifulSoup

from telisik.extract import extract_article
from telisik.extract.dates import search_date
from telisik.extract.metadata import CREDIT_LABEL, credit_label, element_text, scan_page
from telisik.extract.sitezone import CET, US_EASTERN, RuleZone, convention_zone

FETCHED = datetime(2026, 1, 28, 3, 0, tzinfo=timezone.utc)

ID_TITLE = "Banjir Rendam Ratusan Rumah di Cepu"
ID_PARAGRAPHS = [
    "Hujan deras yang mengguyur sejak Senin sore membuat Sungai Bengawan Solo meluap dan merendam ratusan rumah "
    "warga di tiga kelurahan. Ketinggian air di permukiman mencapai satu meter.",
    "Kepala Pelaksana BPBD setempat mengatakan petugas sudah mengevakuasi warga lanjut usia dan anak-anak ke "
    "balai desa. Dapur umum didirikan di halaman kantor kecamatan sejak pagi.",
    "Warga berharap pemerintah segera meninggikan tanggul di sepanjang bantaran sungai karena banjir serupa "
    "sudah terjadi tiga kali dalam lima tahun terakhir.",
]


def id_body() -> str:
    first, *rest = ID_PARAGRAPHS
    return (
        f"<p>{first}</p>"
        '<p><strong>Baca Juga:</strong> <a href="/jalan-putus">Jalan Nasional Putus, Kendaraan Dialihkan</a></p>'
        + "".join(f"<p>{p}</p>" for p in rest)
    )


def id_page(head: str, article: str, *, site: str) -> str:
    """A regional Indonesian news portal: today's date in the top bar, menu, the article, related stories and
    a most-read list with their own dates, comments, the footer's copyright line."""
    return f"""<!DOCTYPE html>
<html lang="id-ID">
<head>
<meta charset="UTF-8">
<title>{ID_TITLE} - {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{site}">
<meta property="og:title" content="{ID_TITLE}">
{head}
</head>
<body class="post-template-default single single-post">
<header class="site-header">
  <div class="topbar"><span class="topbar-date">Rabu, 28 Januari 2026</span></div>
  <a class="logo" href="/">{site}</a>
  <nav class="main-menu"><ul><li><a href="/news">News</a></li><li><a href="/regional">Regional</a></li>
  <li><a href="/olahraga">Olahraga</a></li><li><a href="/ekonomi">Ekonomi</a></li></ul></nav>
</header>
<main class="site-main"><div class="container">
{article}
<div class="related-posts"><h3>Berita Terkait</h3><ul>
  <li><a href="/bantuan-sembako">Pemkab Salurkan Bantuan Sembako</a> <span class="date">26 Januari 2026, 09:10 WIB</span></li>
  <li><a href="/tanggul-jebol">Tanggul Jebol di Desa Tetangga</a> <span class="date">25/01/2026, 18:42 WIB</span></li>
</ul></div>
<div id="comments" class="comments-area"><h3>Komentar</h3>
  <div class="comment"><b>Budi</b> <span class="comment-time">28 Januari 2026 07:15</span><p>Semoga cepat surut.</p></div>
</div>
</div>
<aside class="sidebar widget-area"><h3 class="widget-title">Terpopuler</h3><ol>
  <li><a href="/harga-cabai">Harga Cabai Naik Lagi</a><span>Senin, 26 Januari 2026 | 10:00 WIB</span></li>
  <li><a href="/jadwal-kapal">Jadwal Kapal Pekan Ini</a><span>2 jam lalu</span></li>
</ol></aside>
</main>
<footer class="site-footer"><p>Copyright © 2026 {site}. All rights reserved.</p>
<a href="/redaksi">Redaksi</a> <a href="/pedoman-media-siber">Pedoman Media Siber</a></footer>
</body>
</html>"""


def extract(page: str, url: str):
    return extract_article(page, url, fetched_at=FETCHED)


def assert_published(result, iso: str) -> None:
    assert result.published is not None, "no publication date"
    assert result.published.replace(second=0, microsecond=0).isoformat() == iso


# --- Indonesian sites in WITA and WIT ---------------------------------------------------------------------


def test_a_wita_portal_showing_the_day_only_keeps_the_offset_its_metadata_states():
    # Jannah theme on a Makassar portal: `27 Januari 2026` under the headline, the time only in
    # article:published_time, written in the site's own zone (+08:00). The article is in WITA, not WIB.
    head = '<meta property="article:published_time" content="2026-01-27T15:28:41+08:00">'
    article = (
        '<article id="the-post" class="container-wrapper post-content"><header class="entry-header-outer">'
        f'<div class="entry-header"><h1 class="post-title entry-title">{ID_TITLE}</h1>'
        '<div class="post-meta clearfix"><span class="author-meta single-author"><span class="meta-author">'
        '<a href="/author/rina">Rina Ayu</a></span></span>'
        '<span class="date meta-item tie-icon">27 Januari 2026</span>'
        '<div class="tie-alignright"><span class="meta-views">120</span></div></div></div></header>'
        f'<div class="entry-content entry clearfix">{id_body()}</div></article>'
    )
    result = extract(
        id_page(head, article, site="Makassar Terkini"), "https://makassarterkini.example/banjir-cepu/"
    )
    assert_published(result, "2026-01-27T15:28:00+08:00")


def test_a_wita_zone_glued_to_the_next_inline_item_is_still_read():
    # Date, time and view counter in sibling spans with no space between them: the line reads
    # `Selasa, 27 Januari 2026 15:28 WITADibaca 210 kali`. No metadata: the visible zone is all there is.
    article = (
        f'<article class="post"><h1 class="entry-title">{ID_TITLE}</h1><div class="post-info">'
        '<span class="tgl"><i class="fa fa-calendar"></i> Selasa, 27 Januari 2026</span>'
        '<span class="jam"><i class="fa fa-clock"></i> 15:28 WITA</span><span class="views">Dibaca 210 kali</span>'
        f'</div><div class="entry-content">{id_body()}</div></article>'
    )
    result = extract(id_page("", article, site="Kabar Dewata"), "https://kabardewata.example/banjir-cepu/")
    assert_published(result, "2026-01-27T15:28:00+08:00")


# --- Indonesian metadata that labels local time UTC --------------------------------------------------------


def test_a_utc_label_on_the_local_wall_clock_loses_to_the_stamp_that_states_the_offset():
    # An SEO plugin writes the local time with +00:00; the theme's <time> says the same wall clock at +07:00.
    # The page shows the day only: the stamp that states the site's offset is the publication.
    head = (
        '<meta property="article:published_time" content="2026-01-27T15:28:41+00:00">'
        '<meta property="article:modified_time" content="2026-01-27T16:02:00+07:00">'
    )
    article = (
        f'<article class="post"><h1 class="entry-title">{ID_TITLE}</h1><div class="entry-meta">'
        '<span class="posted-on"><time class="entry-date published" datetime="2026-01-27T15:28:41+07:00">'
        f'27 Januari 2026</time></span></div><div class="entry-content">{id_body()}</div></article>'
    )
    result = extract(id_page(head, article, site="Kabar Blora"), "https://kabarblora.example/banjir-cepu/")
    assert_published(result, "2026-01-27T15:28:00+07:00")


def test_a_shown_zoneless_time_on_the_utc_labelled_wall_clock_is_wib():
    # The page shows `Selasa, 27 Januari 2026 - 15:28` (no zone) and its metadata says 15:28:41+00:00: on an
    # Indonesian site the shown time is WIB, so the metadata's UTC label is false (not 22:28 WIB).
    head = '<meta property="article:published_time" content="2026-01-27T15:28:41+00:00">'
    article = (
        f'<article class="post"><h1 class="entry-title">{ID_TITLE}</h1><div class="entry-meta">'
        '<span class="posted-on">Selasa, 27 Januari 2026 - 15:28</span></div>'
        f'<div class="entry-content">{id_body()}</div></article>'
    )
    result = extract(id_page(head, article, site="Kabar Blora"), "https://kabarblora.example/banjir-cepu/")
    assert_published(result, "2026-01-27T15:28:00+07:00")
    assert result.published.second == 41  # the metadata's seconds are kept


def test_a_correct_utc_stamp_of_a_wordpress_site_left_at_utc_is_shown_in_wib():
    # JNews theme, site zone left at UTC: the stamp is the true instant (08:28Z = 15:28 WIB), the page shows
    # the day only. Nothing contradicts the stamp: it is converted, not relabelled.
    head = '<meta property="article:published_time" content="2026-01-27T08:28:41+00:00">'
    article = (
        '<div class="jeg_inner_content"><div class="entry-header">'
        f'<h1 class="jeg_post_title">{ID_TITLE}</h1><div class="jeg_meta_container"><div class="jeg_post_meta">'
        '<div class="jeg_meta_author">Oleh <a href="/author/rina">Rina Ayu</a></div>'
        '<div class="jeg_meta_date"><a href="#">27 Januari 2026</a></div></div></div></div>'
        f'<div class="entry-content"><div class="content-inner">{id_body()}</div></div></div>'
    )
    result = extract(id_page(head, article, site="Portal Blora"), "https://portalblora.example/banjir-cepu/")
    assert_published(result, "2026-01-27T15:28:00+07:00")


# --- a zoneless time is the outlet's local time (class 8) --------------------------------------------------

DE_PARAGRAPHS = [
    "Der Stadtrat hat am Dienstagabend beschlossen, die Hochwassermauer am Flussufer um einen Meter zu erhöhen. "
    "Die Arbeiten sollen im Juli beginnen, sobald das Frühjahrshochwasser vorbei ist.",
    "Anwohner sagten, sie hätten mehr als zehn Jahre auf die Reparatur gewartet, und begrüßten die "
    "Entscheidung. Die Kosten von rund vier Millionen Euro teilen sich Land und Gemeinde.",
    "Der Bürgermeister kündigte an, die Bauarbeiten würden abschnittsweise ausgeführt, damit der Radweg am "
    "Ufer den ganzen Sommer über wenigstens auf einer Seite befahrbar bleibe.",
]
EN_PARAGRAPHS = [
    "The city council voted on Tuesday night to raise the flood wall along the river by one metre, with work "
    "due to begin in July once the spring floods have passed.",
    "Residents said they had waited more than ten years for the repair and welcomed the decision. The cost of "
    "about four million dollars will be shared by the state and the town.",
    "The mayor said the work would be done in sections so that the riverside cycle path stays open on at least "
    "one bank throughout the summer.",
]


def news_page(
    article: str, *, head: str = "", lang: str = "de", title: str = "Hochwassermauer wird erhöht"
) -> str:
    """A small news site: head metadata, menu, the article, a most-read sidebar with dates, comments, footer."""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} | Stadtanzeiger</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Stadtanzeiger">
{head}
</head>
<body class="page-node node-type-article">
<header id="page-header"><a href="/" class="logo">Stadtanzeiger</a>
  <nav class="main-menu"><ul><li><a href="/politik">Politik</a></li><li><a href="/sport">Sport</a></li></ul></nav>
</header>
<main id="main">
{article}
<section id="comments" class="comments"><h2>Kommentare</h2>
  <article class="comment"><p class="submitted">Gerhard B. am <time datetime="2023-10-19T13:11:26+02:00">19.10.2023 - 13:11</time></p>
  <p>Endlich passiert etwas.</p></article>
</section>
</main>
<aside class="sidebar"><h2>Meistgelesen</h2><ul>
  <li><a href="/a/1">Neuer Radweg eröffnet</a> <time datetime="2023-09-02T08:00:00+02:00">2. September 2023</time></li>
</ul></aside>
<footer class="site-footer"><p>© 2023 Stadtanzeiger · <a href="/impressum">Impressum</a></p></footer>
</body>
</html>"""


def jsonld(**fields: str) -> str:
    node = {"@context": "https://schema.org", "@type": "NewsArticle", **fields}
    return f'<script type="application/ld+json">{json.dumps(node)}</script>'


def paragraphs(items: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in items)


def test_a_zoneless_stamp_on_a_german_page_is_german_summer_time():
    # The JSON-LD keeps the local time without zone; the page shows the day. A German outlet writes
    # Central European time: 09:53 in October is 09:53+02:00, not 09:53 UTC.
    head = jsonld(headline="Hochwassermauer wird erhöht", datePublished="2023-10-07T09:53:36")
    article = (
        "<article><h1>Hochwassermauer wird erhöht</h1><p class='meta'>Von Maria Schneider · 07.10.2023</p>"
        + paragraphs(DE_PARAGRAPHS)
        + "</article>"
    )
    result = extract(news_page(article, head=head), "https://www.stadtanzeiger.example/lokales/mauer-123")
    assert_published(result, "2023-10-07T09:53:00+02:00")


def test_a_zoneless_stamp_in_winter_on_an_austrian_domain_is_plus_one():
    head = jsonld(headline="Hochwassermauer wird erhöht", datePublished="2024-01-15T08:30:00")
    article = (
        "<article><h1>Hochwassermauer wird erhöht</h1><p class='meta'>15. Jänner 2024</p>"
        + paragraphs(DE_PARAGRAPHS)
        + "</article>"
    )
    result = extract(news_page(article, head=head, lang=""), "https://www.stadtanzeiger.at/lokales/mauer-123")
    assert_published(result, "2024-01-15T08:30:00+01:00")


def test_a_zoneless_publication_takes_the_offset_the_pages_modified_stamp_states():
    # An English page (no country convention) whose published stamp lacks a zone while its dateModified
    # states -05:00: the CMS wrote both in the site's zone.
    head = jsonld(
        headline="City to raise flood wall",
        datePublished="2024-03-01T10:00:00",
        dateModified="2024-03-01T12:15:00-05:00",
    )
    article = (
        "<article><h1>City to raise flood wall</h1><p class='byline'>By Mary Smith · March 1, 2024</p>"
        + paragraphs(EN_PARAGRAPHS)
        + "</article>"
    )
    page = news_page(article, head=head, lang="en", title="City to raise flood wall")
    result = extract(page, "https://www.riverton-herald.example/news/flood-wall")
    assert_published(result, "2024-03-01T10:00:00-05:00")


def test_a_header_that_shows_the_last_update_gives_way_to_the_stated_publication():
    # A broadcaster's running story: the header shows `06.11.2025 | 20:15` (a <time> of the same instant),
    # which is the page's dateModified; datePublished says the story went out at 04:05.
    head = jsonld(
        headline="Hochwassermauer wird erhöht",
        datePublished="2025-11-06T04:05:23.161+01:00",
        dateModified="2025-11-06T20:15:00.000+01:00",
    )
    article = (
        "<article><h1>Hochwassermauer wird erhöht</h1><div class='meta-line'>"
        "<time dateTime='2025-11-06T20:15:00.000+01:00'>06.11.2025 | 20:15</time></div>"
        + paragraphs(DE_PARAGRAPHS)
        + "</article>"
    )
    result = extract(news_page(article, head=head), "https://www.sender.example/nachrichten/mauer-100.html")
    assert_published(result, "2025-11-06T04:05:00+01:00")


def test_a_header_time_that_is_the_publication_still_wins_over_stale_metadata():
    # The counter-case: the shown time is not the dateModified, so the shown time stays the publication.
    head = jsonld(
        headline="Hochwassermauer wird erhöht",
        datePublished="2025-11-05T22:00:00+01:00",
        dateModified="2025-11-06T20:15:00+01:00",
    )
    article = (
        "<article><h1>Hochwassermauer wird erhöht</h1><div class='meta-line'>"
        "<time dateTime='2025-11-06T09:30:00+01:00'>06.11.2025 | 09:30</time></div>"
        + paragraphs(DE_PARAGRAPHS)
        + "</article>"
    )
    result = extract(news_page(article, head=head), "https://www.sender.example/nachrichten/mauer-100.html")
    assert_published(result, "2025-11-06T09:30:00+01:00")


# --- date lines in the forms of other languages (class 10) -------------------------------------------------


@pytest.mark.parametrize(
    ("line", "url", "lang", "iso"),
    [
        (
            "Publié le 27 janvier 2026 à 15h28",
            "https://www.journal.example.fr/a/mur",
            "fr",
            "2026-01-27T15:28:00+01:00",
        ),
        (
            "27.01.2026, 15.28 Uhr",
            "https://www.zeitung.example.de/a/mauer",
            "de",
            "2026-01-27T15:28:00+01:00",
        ),
        ("27 stycznia 2026, 15:28", "https://www.gazeta.example.pl/a/mur", "pl", "2026-01-27T15:28:00+01:00"),
        (
            "2026年1月27日 15時28分",
            "https://www.shimbun.example.jp/a/wall",
            "ja",
            "2026-01-27T15:28:00+09:00",
        ),
        (
            "27 de enero de 2026 a las 15:28 h",
            "https://www.diario.example.es/a/muro",
            "es",
            "2026-01-27T15:28:00+01:00",
        ),
        (
            "27 gennaio 2026 alle 15:28",
            "https://www.giornale.example.it/a/muro",
            "it",
            "2026-01-27T15:28:00+01:00",
        ),
    ],
)
def test_a_date_line_in_another_language_gives_the_minute_in_the_outlets_zone(line, url, lang, iso):
    # No metadata at all: the byline's date line is the only date, written the way the language writes it,
    # and its time is the outlet's local time.
    article = (
        "<article><h1>Hochwassermauer wird erhöht</h1>"
        f"<div class='article-byline'><span class='author'>Maria Schneider</span> <span class='date'>{line}</span></div>"
        + paragraphs(DE_PARAGRAPHS)
        + "</article>"
    )
    result = extract(news_page(article, lang=lang), url)
    assert_published(result, iso)


# --- the zone rules themselves -----------------------------------------------------------------------------


def test_eu_and_us_daylight_saving_rules_switch_on_their_sundays():
    # 2026: the EU changes on 29 March and 25 October (01:00 UTC), the US on 8 March and 1 November.
    assert CET.utcoffset(datetime(2026, 3, 29, 1, 30)) == timedelta(hours=1)
    assert CET.utcoffset(datetime(2026, 3, 29, 3, 30)) == timedelta(hours=2)
    assert CET.utcoffset(datetime(2026, 10, 25, 1, 30)) == timedelta(hours=2)
    assert CET.utcoffset(datetime(2026, 10, 25, 3, 30)) == timedelta(hours=1)
    assert US_EASTERN.utcoffset(datetime(2026, 3, 7, 12, 0)) == timedelta(hours=-5)
    assert US_EASTERN.utcoffset(datetime(2026, 3, 9, 12, 0)) == timedelta(hours=-4)
    assert US_EASTERN.utcoffset(datetime(2026, 11, 2, 12, 0)) == timedelta(hours=-5)
    assert RuleZone("JST", 9).utcoffset(datetime(2026, 7, 1)) == timedelta(hours=9)


def test_the_country_convention_reads_the_domain_before_the_language():
    assert convention_zone(["https://www.example.co.uk/a"], ["de"]).utcoffset(
        datetime(2026, 1, 1)
    ) == timedelta(0)
    assert convention_zone(["https://example.com/a"], ["de-DE"]) is CET
    assert convention_zone(["https://example.com/a"], ["en_US"]) is None  # WordPress's default, says nothing
    assert convention_zone(["https://example.ca/a"], ["fr"]) is None  # French from Canada is not CET
    assert convention_zone(["https://example.io/a"], ["fr-FR"]) is CET  # .io names no country


def test_an_upper_case_zone_glued_to_a_capitalised_word_is_read_and_a_lower_case_one_is_not():
    glued = search_date("Selasa, 27 Januari 2026 15:28 WITADibaca 210 kali")
    assert glued is not None and glued.has_zone and glued.value.utcoffset() == timedelta(hours=8)
    word = search_date("27 Januari 2026 15:28 wibawa")
    assert word is not None and not word.has_zone


# --- titles on unseen Indonesian outlets --------------------------------------------------------------------

SEO_TITLE = "Ratusan Rumah di Cepu Terendam Banjir"
EDITOR_TITLE = "Banjir Rendam Ratusan Rumah di Cepu, Warga Mengungsi ke Balai Desa"


def id_titled_page(head: str, article: str, *, site: str, title: str) -> str:
    return (
        id_page(head, article, site=site)
        .replace(f"<title>{ID_TITLE} - {site}</title>", f"<title>{title}</title>")
        .replace(f'<meta property="og:title" content="{ID_TITLE}">', "")
    )


def test_the_editors_h1_wins_over_a_differently_worded_seo_title():
    # og:title and JSON-LD carry the search-engine wording; the page shows the editor's headline in its <h1>
    # (half the words shared). The archive keeps what readers saw.
    head = f'<meta property="og:title" content="{SEO_TITLE}">' + jsonld(
        headline=SEO_TITLE, datePublished="2026-01-27T15:28:41+07:00"
    )
    article = (
        f'<article class="post"><h1 class="entry-title">{EDITOR_TITLE}</h1>'
        f'<div class="entry-content">{id_body()}</div></article>'
    )
    page = id_titled_page(head, article, site="Portal Blora", title=f"{SEO_TITLE} - Portal Blora")
    result = extract(page, "https://portalblora.example/banjir-cepu/")
    assert result.title == EDITOR_TITLE


def test_a_kicker_span_opening_the_h1_is_not_part_of_the_headline():
    head = f'<meta property="og:title" content="{ID_TITLE} - Tribunjateng.com">'
    article = (
        f'<div id="article"><h1 id="arttitle"><span class="kicker">EKSKLUSIF</span> {ID_TITLE}</h1>'
        '<time class="grey">Selasa, 27 Januari 2026 15:28 WIB</time>'
        f'<div class="side-article txt-article">{id_body()}</div></div>'
    )
    page = id_titled_page(head, article, site="Tribunjateng.com", title=f"{ID_TITLE} - Tribunjateng.com")
    result = extract(page, "https://jateng.tribunnews.example/2026/01/27/banjir-cepu")
    assert result.title == ID_TITLE
    assert_published(result, "2026-01-27T15:28:00+07:00")


def test_a_page_number_in_the_metadata_title_is_not_part_of_the_headline():
    # Page 2 of a multi-page article whose page shows no heading that matches: the title comes from og:title,
    # `... Halaman 2 - Tribunnews.com`.
    head = f'<meta property="og:title" content="{ID_TITLE} Halaman 2 - Tribunnews.com">'
    article = f'<div class="txt-article">{id_body()}<div class="paging">Halaman 1 2 3</div></div>'
    page = id_titled_page(
        head, article, site="Tribunnews.com", title=f"{ID_TITLE} Halaman 2 - Tribunnews.com"
    )
    result = extract(page, "https://www.tribunnews.example/regional/2026/01/27/banjir-cepu?page=2")
    assert result.title == ID_TITLE


def test_a_date_segment_of_the_metadata_title_is_not_part_of_the_headline():
    head = f'<meta property="og:title" content="{ID_TITLE} | 27 Januari 2026, 15.28 WIB">'
    article = f'<div class="isi-berita">{id_body()}</div>'
    page = id_titled_page(head, article, site="Warta Cepu", title=f"{ID_TITLE} | 27 Januari 2026, 15.28 WIB")
    result = extract(page, "https://wartacepu.example/berita/banjir-cepu")
    assert result.title == ID_TITLE


# --- the article's own heading under a rewritten SEO title --------------------------------------------------
# Yoast/Rank Math SEO titles: og:title, twitter:title and <title> all carry a headline rewritten for search
# engines that shares only a few words with the one the page shows, and no JSON-LD Article names the headline.
# The template marks its article heading (`entry-title`, tagDiv's `tdb-title-text`); the logo may be an <h1>.

WP_SEO_TITLE = "Bengawan Solo Meluap 2026, Ratusan Warga Cepu Dievakuasi Tim SAR"
WP_SHOWN_TITLE = "Bengawan Solo Meluap, Tiga Kelurahan Terendam Semalaman"


def wp_portal_page(head: str, branding: str, article: str, *, site: str) -> str:
    """A WordPress news portal with an SEO plugin: the SEO title in <title>, og:title and twitter:title, a
    WebSite/BreadcrumbList graph without an Article, the theme's branding, the post, a related list whose
    teasers are <h3 class="entry-title">, comments, a sidebar, the footer."""
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": site, "url": "https://wartacepu.example/"},
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "position": 1,
                        "name": "Beranda",
                        "item": "https://wartacepu.example/",
                    },
                    {"@type": "ListItem", "position": 2, "name": "Regional"},
                ],
            },
        ],
    }
    return f"""<!DOCTYPE html>
<html lang="id-ID">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{WP_SEO_TITLE} - {site}</title>
<meta name="description" content="Hujan deras membuat Sungai Bengawan Solo meluap dan merendam ratusan rumah.">
<meta property="og:locale" content="id_ID">
<meta property="og:type" content="article">
<meta property="og:title" content="{WP_SEO_TITLE}">
<meta property="og:url" content="https://wartacepu.example/bengawan-solo-meluap/">
<meta property="og:site_name" content="{site}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{WP_SEO_TITLE}">
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph)}</script>
{head}
</head>
<body class="post-template-default single single-post postid-4412 single-format-standard">
<div id="page" class="site">
{branding}
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
  <li><a href="/">Beranda</a></li><li><a href="/regional/">Regional</a></li><li><a href="/ekonomi/">Ekonomi</a></li>
  <li><a href="/olahraga/">Olahraga</a></li><li><a href="/indeks/">Indeks Berita</a></li></ul></nav>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
{article}
<section class="related-posts"><h2 class="related-title">Berita Terkait</h2>
  <article class="post"><h3 class="entry-title"><a href="/tanggul-jebol/">Tanggul Jebol di Desa Tetangga, Sawah Terendam</a></h3></article>
  <article class="post"><h3 class="entry-title"><a href="/bantuan/">Pemkab Salurkan Bantuan Sembako ke Pengungsi Banjir</a></h3></article>
</section>
<div id="comments" class="comments-area"><h2 class="comments-title">2 Komentar</h2><ol class="comment-list">
  <li class="comment"><b class="fn">Budi</b> <time datetime="2026-01-28T07:15:00+07:00">28 Januari 2026 07:15</time>
  <p>Semoga cepat surut, warga sudah lelah.</p></li>
  <li class="comment"><b class="fn">Sri</b> <time datetime="2026-01-28T08:02:00+07:00">28 Januari 2026 08:02</time>
  <p>Tanggulnya harus segera ditinggikan.</p></li></ol></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Terpopuler</h2><ol>
  <li><a href="/harga-cabai/">Harga Cabai Naik Lagi Jelang Imlek</a></li>
  <li><a href="/jadwal-kapal/">Jadwal Kapal Pekan Ini</a></li></ol></section></aside>
</div>
<footer id="colophon" class="site-footer"><p>Copyright © 2026 {site}. All rights reserved.</p>
<a href="/redaksi/">Redaksi</a> <a href="/pedoman-media-siber/">Pedoman Media Siber</a></footer>
</div>
</body>
</html>"""


def test_an_entry_title_under_a_logo_h1_wins_over_a_rewritten_seo_title():
    # Underscores-based theme: the logo is <h1 class="site-title"> above the post's <h1 class="entry-title">;
    # the SEO title shares three words of ten with the heading the page shows.
    branding = (
        '<header id="masthead" class="site-header"><div class="site-branding">'
        '<h1 class="site-title"><a href="/" rel="home">Warta Cepu</a></h1>'
        '<p class="site-description">Kabar Cepu dan Sekitarnya</p></div></header>'
    )
    article = (
        '<article id="post-4412" class="post-4412 post type-post status-publish hentry category-regional">'
        f'<header class="entry-header"><h1 class="entry-title">{WP_SHOWN_TITLE}</h1>'
        '<div class="entry-meta"><span class="posted-on"><time class="entry-date published" '
        'datetime="2026-01-27T15:28:41+07:00">27 Januari 2026</time></span></div></header>'
        f'<div class="entry-content">{id_body()}</div></article>'
    )
    page = wp_portal_page("", branding, article, site="Warta Cepu")
    result = extract(page, "https://wartacepu.example/bengawan-solo-meluap/")
    assert result.title == WP_SHOWN_TITLE


def test_a_tagdiv_title_text_heading_wins_over_a_rewritten_seo_title():
    # Newspaper (tagDiv) Cloud template: the headline is <h1 class="tdb-title-text"> in a `tdb_title` block,
    # the logo an image, sidebar modules <h3 class="entry-title td-module-title">.
    branding = (
        '<div class="td-header-template-wrap"><div class="tdb_header_logo"><a class="tdb-logo-a" href="/">'
        '<span class="tdb-logo-img-wrap"><img class="tdb-logo-img" src="/logo.png" alt="Warta Cepu"></span>'
        "</a></div></div>"
    )
    article = (
        '<div class="td-main-content-wrap"><div class="tdb_single_categories"><a class="tdb-entry-category" '
        'href="/regional/">Regional</a></div>'
        f'<div class="td_block_wrap tdb_title"><div class="tdb-block-inner"><h1 class="tdb-title-text">'
        f"{WP_SHOWN_TITLE}</h1></div></div>"
        '<div class="tdb_single_date"><time class="entry-date updated td-module-date" '
        'datetime="2026-01-27T15:28:41+07:00">27 Januari 2026</time></div>'
        f'<div class="td_block_wrap tdb_single_content"><div class="tdb-block-inner">{id_body()}</div></div>'
        '<div class="td_block_wrap td_flex_block"><h4 class="td-block-title">Baca Juga</h4>'
        '<div class="td_module_flex"><h3 class="entry-title td-module-title"><a href="/harga-cabai/">'
        "Harga Cabai Naik Lagi Jelang Imlek</a></h3></div></div></div>"
    )
    page = wp_portal_page("", branding, article, site="Warta Cepu")
    result = extract(page, "https://wartacepu.example/bengawan-solo-meluap/")
    assert result.title == WP_SHOWN_TITLE


def test_a_blogs_name_heading_does_not_win_over_the_posts_title():
    # Twenty Eleven-style blog: <h1 id="site-title"> in header#branding names the blog, <title> is
    # `Post | Blog Name` and no og:title: the blog's name agrees with the longer segment of <title>.
    page = f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="UTF-8">
<title>Kleine Schafskunde | Das Schaf vom Deich – Ein Webcomic aus Husum</title>
<link rel="canonical" href="https://schafcomic.example.de/kleine-schafskunde/">
</head>
<body class="single single-post custom-background singular one-column">
<div id="page" class="hfeed">
<header id="branding"><hgroup><h1 id="site-title"><a href="/" rel="home">Das Schaf vom Deich – Ein Webcomic aus
Husum</a></h1><h2 id="site-description">Sonntags und donnerstags neue Comics</h2></hgroup>
<nav id="access"><h3 class="assistive-text">Hauptmenü</h3><ul class="menu"><li><a href="/">Start</a></li>
<li><a href="/archiv/">Archiv</a></li><li><a href="/figuren/">Figuren</a></li></ul></nav></header>
<div id="main"><div id="primary"><div id="content">
<article id="post-845" class="post-845 post type-post status-publish hentry">
<header class="entry-header"><h1 class="entry-title">Kleine Schafskunde</h1>
<div class="entry-meta"><span class="sep">Veröffentlicht am </span><time class="entry-date"
datetime="2019-03-14T09:12:00+01:00">14. März 2019</time></div></header>
<div class="entry-content">{paragraphs(DE_PARAGRAPHS)}</div></article>
<nav id="nav-single"><h3 class="assistive-text">Beitragsnavigation</h3>
<span class="nav-previous"><a href="/deich/">Am Deich</a></span></nav>
<div id="comments"><h2 id="comments-title">Ein Gedanke zu „Kleine Schafskunde“</h2>
<ol class="commentlist"><li class="comment"><b class="fn">Anke</b><p>Herrlich, weiter so!</p></li></ol></div>
</div></div>
<div id="secondary" class="widget-area"><aside class="widget"><h3 class="widget-title">Neueste Beiträge</h3>
<ul><li><a href="/deich/">Am Deich</a></li><li><a href="/wolle/">Wolle im Winter</a></li></ul></aside></div>
</div>
<footer id="colophon"><div id="site-generator"><a href="https://wordpress.org/">Stolz präsentiert von WordPress</a>
</div></footer>
</div>
</body>
</html>"""
    result = extract(page, "https://schafcomic.example.de/kleine-schafskunde/")
    assert result.title == "Kleine Schafskunde"


# --- dates that are not the article's: the top bar's today, a picture's caption ------------------------------


def long_id_body() -> str:
    """A long article (a feature, an opinion piece): its end lies far from the headline."""
    return id_body() + "".join(f"<p>{p}</p>" for _ in range(8) for p in ID_PARAGRAPHS)


def test_todays_date_in_the_themes_top_bar_is_not_the_publication():
    # JNews/tagDiv/Jannah themes print today's date in the top bar above the headline. This long page has no
    # metadata and no date line under its headline; its own date is the labelled line after the text.
    article = (
        '<div class="jeg_topbar"><div class="jeg_top_date">Rabu, 28 Januari 2026</div></div>'
        f'<article class="post"><h1 class="jeg_post_title">{ID_TITLE}</h1>'
        f'<div class="entry-content">{long_id_body()}</div>'
        '<div class="post-footer"><span>Diterbitkan: Selasa, 27 Januari 2026</span></div></article>'
    )
    result = extract(id_page("", article, site="Portal Blora"), "https://portalblora.example/banjir-cepu")
    assert result.published is not None
    assert result.published.date().isoformat() == "2026-01-27"


def test_a_pictures_caption_is_not_the_date_line():
    # The caption names the day the photo was taken (`Senin (26/1/2026)`); the long opinion piece is dated by
    # its closing place-and-date line.
    article = (
        f'<article class="post"><h1 class="entry-title">{ID_TITLE}</h1>'
        '<figure class="post-thumbnail"><img src="/foto/banjir.jpg" alt="">'
        '<figcaption class="wp-caption-text">Kondisi banjir di Cepu, Senin (26/1/2026). (FOTO: Dok. BPBD)'
        f'</figcaption></figure><div class="entry-content">{long_id_body()}<p>Cepu, 27 Januari 2026</p></div>'
        "</article>"
    )
    result = extract(id_page("", article, site="Suara Cepu"), "https://suaracepu.example/opini/banjir-cepu")
    assert result.published is not None
    assert result.published.date().isoformat() == "2026-01-27"


def test_a_compact_pubdate_stamp_gives_the_minute():
    # The old Google News `pubdate` form without separators; the page shows the day only.
    head = '<meta name="pubdate" content="20260127152841">'
    article = (
        f'<article class="post"><h1 class="entry-title">{ID_TITLE}</h1>'
        '<div class="entry-meta"><span class="posted-on">27 Januari 2026</span></div>'
        f'<div class="entry-content">{id_body()}</div></article>'
    )
    result = extract(id_page(head, article, site="Warta Cepu"), "https://wartacepu.example/banjir-cepu")
    assert_published(result, "2026-01-27T15:28:00+07:00")


# --- a date inside a sentence; the article's own side rail --------------------------------------------------


def test_a_date_inside_a_sentence_under_the_headline_is_not_the_date_line():
    # A club page opens with the next meeting's date in a sentence; the page was published months before.
    head = '<meta property="article:published_time" content="2019-11-27T15:21:21+01:00">'
    article = (
        "<div class='post'><h1>Stammtisch in Kassel</h1>"
        "<p>Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr im Cafe Hurricane statt.</p>"
        + paragraphs(DE_PARAGRAPHS)
        + "</div>"
    )
    result = extract(
        news_page(article, head=head, title="Stammtisch in Kassel"), "https://verein.example.de/stammtisch"
    )
    assert result.published is not None
    assert result.published.date().isoformat() == "2019-11-27"


def test_a_sentence_like_byline_ending_in_its_date_is_still_the_date_line():
    # The counter-case: a byline that ends with its date is a date line, however many words precede it.
    article = (
        "<article><h1>Hochwassermauer wird erhöht</h1>"
        "<div class='article-meta'>Es ist Zeit, die Mauer zu erhöhen – Anwohner und Stadtrat sind sich nach "
        "zehn Jahren endlich einig. Von Maria Schneider und Paul Weber, 7. Oktober 2023</div>"
        + paragraphs(DE_PARAGRAPHS)
        + "</article>"
    )
    result = extract(news_page(article), "https://www.stadtanzeiger.example/lokales/mauer")
    assert result.published is not None
    assert result.published.date().isoformat() == "2023-10-07"


def test_a_date_in_the_articles_own_side_rail_is_its_date():
    # A magazine template sets the date and share buttons in a sticky `sidebar` column inside the <article>,
    # beside the text. No metadata: that rail's <time> is the article's date.
    article = (
        "<article class='post post--light'><div class='row fs-page-details'>"
        "<div class='sidebar js-copypaste'><div class='sticky-wrapper'>"
        "<div class='sidebar__item sidebar__item--header'><p class='time'>"
        "<time datetime='2022-01-28'>28. Januar 2022</time></p></div>"
        "<div class='sidebar__item'><a class='share' href='#'>Teilen</a></div></div></div>"
        "<div class='fs-page-details__content'><h1>Hochwassermauer wird erhöht</h1>"
        + paragraphs(DE_PARAGRAPHS * 6)
        + "</div></div></article>"
    )
    result = extract(news_page(article), "https://www.magazin.example.de/nd/mauer/")
    assert result.published is not None
    assert result.published.date().isoformat() == "2022-01-28"


def test_a_related_stories_rail_inside_the_article_gives_no_date():
    article = (
        "<article class='post'><div class='row'>"
        "<div class='fs-page-details__content'><h1>Hochwassermauer wird erhöht</h1>"
        + paragraphs(DE_PARAGRAPHS * 6)
        + "</div><div class='sidebar related-stories'><ul><li><a href='/a/9'>Pegel steigt</a> "
        "<time datetime='2021-03-02'>2. März 2021</time></li></ul></div></div></article>"
    )
    result = extract(news_page(article), "https://www.magazin.example.de/nd/mauer/")
    assert result.published is None or result.published.year != 2021


def test_a_blog_themes_posted_on_sentence_is_the_date_line():
    # The classic WordPress theme ends each post with a sentence about it: that sentence is its date line.
    article = (
        "<div class='post'><h2>City to raise flood wall</h2><div class='entry'>"
        + paragraphs(EN_PARAGRAPHS)
        + "</div><div class='postmetadata alt'><small>This entry was posted on Wednesday, May 19th, 2010 at "
        "11:03 pm and is filed under <a href='/category/local/' rel='category tag'>Local news</a>. You can "
        "follow any responses to this entry through the <a href='/flood-wall/feed/'>RSS 2.0</a> feed."
        "</small></div></div>"
    )
    page = news_page(article, lang="en", title="City to raise flood wall")
    result = extract(page, "https://riverton-blog.example.com/flood-wall/")
    assert result.published is not None
    assert result.published.date().isoformat() == "2010-05-19"


def test_a_colon_spelled_published_time_meta_gives_the_instant_of_a_12_hour_header_time():
    # `article:published:time` (the Open Graph name with a colon for its underscore) and a header showing
    # `October 23, 2024, 3:48` (12-hour, no am/pm): the metadata gives the instant, 15:48 UTC.
    head = (
        '<meta name="article:published:time" property="article:published:time" content="2024-10-23T15:48:15+00:00">'
        '<meta name="article:modified:time" property="article:modified:time" content="2024-10-23T15:48:17+00:00">'
    )
    article = (
        "<article><h1>City to raise flood wall</h1><div class='article-meta'>"
        "<span class='date'>October 23, 2024, 3:48</span></div>" + paragraphs(EN_PARAGRAPHS) + "</article>"
    )
    page = news_page(article, head=head, lang="en", title="City to raise flood wall")
    result = extract(page, "https://www.markets-daily.example.com/capital-markets/flood-wall")
    assert result.published == datetime(2024, 10, 23, 15, 48, 15, tzinfo=timezone.utc)


def test_teaser_headings_marked_like_titles_do_not_replace_the_metadata_title():
    # The counter-case: a page whose own heading is not marked lists three teasers as <h2 class="post-title">
    # (a "more from this category" strip): none of them is the article's title, og:title stays.
    article = (
        '<div class="single-wrap"><div class="post-body">'
        f"{id_body()}</div>"
        '<div class="category-strip">'
        '<div class="item"><h2 class="post-title"><a href="/a/">Bengawan Solo Surut, Warga Mulai Bersih-Bersih</a></h2></div>'
        '<div class="item"><h2 class="post-title"><a href="/b/">Tanggul Cepu Akan Ditinggikan Tahun Ini</a></h2></div>'
        '<div class="item"><h2 class="post-title"><a href="/c/">Dapur Umum Dibuka di Balai Desa</a></h2></div>'
        "</div></div>"
    )
    page = wp_portal_page(
        "",
        '<header class="site-header"><a class="logo" href="/">Warta Cepu</a></header>',
        article,
        site="Warta Cepu",
    )
    result = extract(page, "https://wartacepu.example/bengawan-solo-meluap/")
    assert result.title == WP_SEO_TITLE


# --- bylines the page scan collects -------------------------------------------------------------------------


def test_a_name_only_box_named_nama_is_the_byline():
    # SINDOnews-style header: the reporter's name alone in `div.warp-nama-redaksi` (`nama`, Indonesian for
    # `name`, as `author-name`/`name` elsewhere), beside the date line; no metadata names the author.
    article = (
        f'<div class="detail-title"><h1>{ID_TITLE}</h1></div>'
        '<div class="detail-nama-redaksi"><div class="warp-nama-redaksi">Arif Budianto</div>'
        '<div class="detail-date-artikel">Selasa, 27 Januari 2026 - 15:28 WIB</div></div>'
        f'<div class="detail-desc">{id_body()}</div>'
    )
    page = id_page("", article, site="SINDOnews")
    result = extract(page, "https://daerah.sindonews.example/read/123/banjir-cepu")
    assert result.authors == ["Arif Budianto"]


def test_the_page_scan_collects_credit_labels_of_other_languages_only_with_their_colon():
    article = (
        "<article><h1>Hochwassermauer wird erhöht</h1>"
        + paragraphs(DE_PARAGRAPHS)
        + "<p>Text messages from residents reached the council before the vote.</p>"
        "<p>Von der Leyen lobt die Stadt für ihren Plan.</p>"
        "<p class='credit'>Autorin: Maria Schneider</p><p>Von: Paul Weber</p><p>Yazar: Ayşe Demir</p></article>"
    )
    scan = scan_page(BeautifulSoup(news_page(article), "lxml"))
    lines = [element_text(element.tag) for element in scan.credit_lines]
    assert lines == ["Autorin: Maria Schneider", "Von: Paul Weber", "Yazar: Ayşe Demir"]
    assert [credit_label(CREDIT_LABEL.match(line)) for line in lines] == ["autorin", "von", "yazar"]
