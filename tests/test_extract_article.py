"""extract_article's decisions, field by field, on small purpose-built pages (one trap per test)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from telisik.article import Article
from telisik.extract import PARSER_VERSION, extract_article
from telisik.extract.headline import clean_title

WIB = timezone(timedelta(hours=7))
FETCHED = datetime(2026, 1, 28, 3, 0, tzinfo=timezone.utc)
PROSE = (
    "<p>Pemerintah daerah menyatakan bahwa perbaikan jalan yang rusak akan dimulai pekan depan dan "
    "ditargetkan selesai sebelum musim hujan tiba di wilayah tersebut.</p>"
    "<p>Warga berharap pekerjaan itu tidak hanya menambal lubang, tetapi juga memperbaiki saluran air "
    "di sepanjang jalan yang selama ini sering meluap.</p>"
)


def page(head: str = "", body: str = "", lang: str = "id") -> str:
    return f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'


# --- title -----------------------------------------------------------------------------------------------


def test_section_label_h1_loses_to_the_heading_that_matches_metadata():
    html = page(
        "<title>Jalan Rusak Diperbaiki Pekan Depan - Kabar Kota</title>",
        '<h1 class="logo">Nasional</h1><div class="read"><h2>Jalan Rusak Diperbaiki Pekan Depan</h2>'
        f"{PROSE}</div>",
    )
    article = extract_article(html, "https://kabarkota.example/read/1")
    assert article.title == "Jalan Rusak Diperbaiki Pekan Depan"
    assert article.sources["title"] == "visible:h2"


def test_visible_wording_with_punctuation_beats_stripped_metadata():
    html = page(
        '<meta property="og:title" content="KPK Belum Temukan Surat Apa Iya Dicabut">',
        f"<h1>KPK Belum Temukan Surat: Apa Iya Dicabut?</h1>{PROSE}",
    )
    assert extract_article(html).title == "KPK Belum Temukan Surat: Apa Iya Dicabut?"


def test_stray_title_inside_body_is_ignored():
    html = page(
        "<title>Harga Beras Naik Lagi | Warta</title>",
        f"<h1>Harga Beras Naik Lagi</h1>{PROSE}<div><title>Form Rating</title></div>",
    )
    article = extract_article(html)
    assert article.title == "Harga Beras Naik Lagi"


def test_metadata_title_is_cleaned_when_no_heading_agrees():
    html = page("<title>Harga Beras Naik Lagi | Warta Online</title>", f"<h1>Warta</h1>{PROSE}")
    assert extract_article(html).title == "Harga Beras Naik Lagi"


def test_clean_title_prefixes_suffixes_and_inner_dashes():
    assert clean_title("KapanLagi.com: Brandon Salim Makin Dekat", []) == "Brandon Salim Makin Dekat"
    assert clean_title("Menhub Bocorkan Penyebab - Kompas.com", []) == "Menhub Bocorkan Penyebab"
    assert clean_title("Tri Indonesia: Broadband Dorong Ekosistem - Tekno Liputan6.com", []) == (
        "Tri Indonesia: Broadband Dorong Ekosistem"
    )
    assert (
        clean_title("Persib vs Arema - Babak Pertama Imbang", []) == "Persib vs Arema - Babak Pertama Imbang"
    )
    assert clean_title("Judul Berita | Warta Celebes", ["Warta Celebes"]) == "Judul Berita"
    assert clean_title("Jalan Baru Dibuka Hari Ini - Kabar Contoh", []) == "Jalan Baru Dibuka Hari Ini"
    assert clean_title("Cara Jaga Keromantisan dengan Istri : Okezone Celebrity", []) == (
        "Cara Jaga Keromantisan dengan Istri"
    )


def test_heading_matching_the_headline_part_of_a_decorated_title():
    html = page(
        "<title>Jalan Baru Dibuka - Kabar Contoh</title>",
        f"<h1>Kabar Contoh</h1><h1>Jalan Baru Dibuka</h1>{PROSE}",
    )
    assert extract_article(html).title == "Jalan Baru Dibuka"


# --- dates -----------------------------------------------------------------------------------------------


def test_utc_metadata_is_expressed_in_wib_on_an_indonesian_page():
    html = page(
        '<meta property="article:published_time" content="2023-11-02T14:34:19+00:00">',
        f"<h1>Judul</h1>{PROSE}",
    )
    article = extract_article(html, fetched_at=FETCHED)
    assert article.published.isoformat() == "2023-11-02T21:34:19+07:00"
    assert article.published_raw == "2023-11-02T14:34:19+00:00"
    assert article.sources["published"] == "meta:article:published_time"


def test_time_without_zone_on_an_indonesian_page_is_wib():
    html = page('<meta name="content_PublishedDate" content="2025-05-28 13:30:07">', f"<h1>Judul</h1>{PROSE}")
    assert extract_article(html, fetched_at=FETCHED).published.isoformat() == "2025-05-28T13:30:07+07:00"


def test_visible_full_time_wins_over_disagreeing_metadata_and_agreeing_metadata_keeps_seconds():
    disagree = page(
        '<meta name="pubdate" content="2016-02-23T16:00:20+07:00">',
        '<div class="date">Selasa, 23/02/2016 15:32 WIB</div><h1>Gardu Induk Beroperasi</h1>' + PROSE,
    )
    article = extract_article(disagree, fetched_at=FETCHED)
    assert article.published.isoformat() == "2016-02-23T15:32:00+07:00"
    assert article.sources["published"] == "visible:date"
    agree = page(
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-02T20:59:53+07:00"}'
        "</script>",
        '<h1>Judul Berita</h1><div class="detail__date">Kamis, 02 Nov 2023 20:59 WIB</div>' + PROSE,
    )
    article = extract_article(agree, fetched_at=FETCHED)
    assert article.published.isoformat() == "2023-11-02T20:59:53+07:00"
    assert article.sources["published"] == "jsonld:datePublished"


def test_modified_is_never_taken_as_published():
    html = page(
        '<meta property="article:modified_time" content="2024-03-05T10:00:00+07:00">',
        f'<h1>Judul</h1><span class="tanggal">Senin, 4 Maret 2024 08:15 WIB</span>{PROSE}',
    )
    article = extract_article(html, fetched_at=FETCHED)
    assert article.published.isoformat() == "2024-03-04T08:15:00+07:00"
    assert article.modified.isoformat() == "2024-03-05T10:00:00+07:00"


def test_future_dates_are_rejected():
    html = page(
        '<meta property="article:published_time" content="2027-05-01T10:00:00+07:00">',
        f"<h1>Judul</h1>{PROSE}",
    )
    assert extract_article(html, fetched_at=FETCHED).published is None


def test_dates_in_sidebars_related_lists_and_comments_are_never_taken():
    html = page(
        "",
        '<div class="content"><h1>Judul Berita Utama</h1>' + PROSE + "</div>"
        '<div class="sidebar"><span class="date">Senin, 26 Januari 2026 10:00 WIB</span></div>'
        '<ul class="related-posts"><li><a href="/x">Lain</a> <span class="date">Minggu, 25 Januari 2026 09:00 WIB</span>'
        '</li></ul><div id="comments"><span class="comment-date">Selasa, 27 Januari 2026 11:00 WIB</span></div>',
    )
    assert extract_article(html, fetched_at=FETCHED).published is None


def test_visible_zone_label_sets_the_offset():
    html = page(
        '<meta property="article:published_time" content="2025-06-18T02:47:36+00:00">',
        f'<h1>Judul</h1><div class="read__time">Warta - 18/06/2025, 10:47 WITA</div>{PROSE}',
    )
    assert extract_article(html, fetched_at=FETCHED).published.isoformat() == "2025-06-18T10:47:36+08:00"


def test_english_page_keeps_its_own_offset():
    html = page(
        '<meta property="article:published_time" content="2026-01-20T19:52:07-04:00">',
        "<h1>Council approves the floodwall</h1><p>The council voted on Tuesday night to raise the floodwall by "
        "four feet, and the work will begin in July of this year.</p>",
        lang="en",
    )
    article = extract_article(html, fetched_at=FETCHED)
    assert article.published.isoformat() == "2026-01-20T19:52:07-04:00"
    assert article.language == "en"


# --- people ----------------------------------------------------------------------------------------------


def test_visible_byline_beats_jsonld_author_that_is_the_editor():
    html = page(
        '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Heryadi"}]}'
        "</script>",
        '<h1>Judul Berita</h1><div class="author-2">Naufal Zuhdi</div>'
        f'<span class="datetime">20/1/2026 18:30</span>{PROSE}<div class="info-author">Editor : Heryadi</div>',
    )
    article = extract_article(html, fetched_at=FETCHED)
    assert article.authors == ["Naufal Zuhdi"]
    assert article.editor == "Heryadi"
    assert article.published.isoformat() == "2026-01-20T18:30:00+07:00"


def test_credit_table_after_the_body():
    html = page(
        "",
        f"<h1>Judul Berita</h1>{PROSE}<table><tr><td><strong>Reporter :</strong> Issha Harruma</td></tr>"
        "<tr><td><strong>Redaktur :</strong>  Bilal Ramadhan</td></tr></table>",
    )
    article = extract_article(html)
    assert article.authors == ["Issha Harruma"]
    assert article.editor == "Bilal Ramadhan"
    assert "Issha Harruma" not in article.body


def test_site_and_agency_names_are_not_authors():
    html = page(
        '<meta property="og:site_name" content="Kabar Kota"><meta name="author" content="Kabar Kota">',
        f'<h1>Judul Berita</h1><div class="byline">Redaksi - KABARKOTA.EXAMPLE</div>{PROSE}',
    )
    assert extract_article(html, "https://kabarkota.example/a/1").authors == []


def test_unlabelled_byline_drops_the_editor_named_in_metadata():
    html = page(
        '<meta name="content_editor" content="Yoga Sukmana">',
        '<h1>Judul Berita</h1><div class="credit-title-name"><h6>Isna Rifka Sri Rahayu,</h6><h6>Yoga Sukmana</h6>'
        f"</div>{PROSE}",
    )
    article = extract_article(html)
    assert article.authors == ["Isna Rifka Sri Rahayu"]
    assert article.editor == "Yoga Sukmana"


# --- urls, language, misc --------------------------------------------------------------------------------


def test_canonical_is_normalised_and_a_home_page_canonical_is_ignored():
    html = page('<link rel="canonical" href="/berita/1?utm_source=x#top">', f"<h1>Judul</h1>{PROSE}")
    article = extract_article(html, "https://Warta.example/berita/1?fbclid=abc")
    assert article.canonical_url == "https://warta.example/berita/1"
    assert article.site == "warta.example"
    home = page('<link rel="canonical" href="https://warta.example/">', f"<h1>Judul</h1>{PROSE}")
    assert (
        extract_article(home, "https://warta.example/berita/2").canonical_url
        == "https://warta.example/berita/2"
    )


def test_indonesian_text_overrides_a_template_default_english_lang():
    html = page("", f"<h1>Judul Berita Hari Ini</h1>{PROSE}", lang="en")
    assert extract_article(html).language == "id"


def test_language_from_og_locale_when_html_has_none():
    html = (
        f'<html><head><meta property="og:locale" content="id_ID"></head><body><h1>X</h1>{PROSE}</body></html>'
    )
    article = extract_article(html)
    assert article.language == "id"


@dataclass
class Rules:
    title_selector: str | None = None
    byline_selector: str | None = None
    date_selector: str | None = None
    body_selector: str | None = None
    strip_selectors: tuple = ()
    strip_patterns: tuple = ()
    default_timezone: object = None

    def single_page_url_for(self, url):
        return url + "?page=all"


def test_site_rules_selectors_override_generic_choices():
    html = page(
        "",
        '<h1>Logo Situs</h1><div class="judul-x">Judul Sebenarnya Ada Di Sini</div>'
        '<p class="who">Penulis: Rina Marlina</p><p class="when">12-03-2025 pukul 14.05</p>' + PROSE,
    )
    rules = Rules(
        title_selector=".judul-x",
        byline_selector=".who",
        date_selector=".when",
        default_timezone=timezone(timedelta(hours=8)),
    )
    article = extract_article(html, "https://situs.example/a", fetched_at=FETCHED, rules=rules)
    assert article.title == "Judul Sebenarnya Ada Di Sini"
    assert article.sources["title"] == "rule:title"
    assert article.authors == ["Rina Marlina"]
    assert article.published.isoformat() == "2025-03-12T14:05:00+08:00"
    assert article.single_page_url == "https://situs.example/a?page=all"


def test_garbage_and_empty_input_give_an_empty_article():
    assert isinstance(extract_article(b"\x00\xff\xfe garbage"), Article)
    for html in ("", b"", "<div></div><span> </span>", "<html><body></body></html>", "\ufeff", "   "):
        article = extract_article(html)
        assert isinstance(article, Article)
        assert article.title is None and article.body == "" and article.authors == []
        assert article.parser_version == PARSER_VERSION


def test_non_html_types_do_not_raise():
    for value in (None, 42, ["x"]):
        article = extract_article(value)  # type: ignore[arg-type]
        assert isinstance(article, Article)


def test_published_part_of_a_line_that_also_gives_the_update_time():
    html = page(
        "",
        '<h1>Judul Berita</h1><div class="date">Terbit: Senin, 3 Maret 2025 08:00 WIB | Diperbarui: Senin, '
        f"3 Maret 2025 11:45 WIB</div>{PROSE}",
    )
    assert extract_article(html, fetched_at=FETCHED).published.isoformat() == "2025-03-03T08:00:00+07:00"


def test_todays_date_in_the_top_bar_is_not_the_publication_date():
    html = page(
        "",
        '<div class="topbar"><span class="date">Rabu, 28 Januari 2026</span></div>'
        f'<h1>Judul Berita</h1><p class="meta">Oleh Rina</p>{PROSE}'
        '<div class="post-date">Senin, 26 Januari 2026</div>',
    )
    assert extract_article(html, fetched_at=FETCHED).published.date().isoformat() == "2026-01-26"


def test_bylines_of_related_post_teasers_are_not_the_articles_author():
    html = page(
        "",
        f"<article><h1>Judul Berita Utama</h1>{PROSE}</article>"
        '<div class="jnews_related_post_container"><article class="jeg_post"><h3><a href="/b">Berita Lain</a></h3>'
        '<div class="jeg_meta_author"><span>by</span> <a href="/author/x">Sutrisno Hadi</a></div></article></div>',
    )
    assert extract_article(html).authors == []


def test_reporter_line_at_the_top_of_the_body_and_unhinted_date_line():
    html = page(
        "",
        '<h1>Judul Berita Utama</h1><div class="text-sm mb-4">Selasa, 27 Jan 2026 15:28 WIB</div>'
        "<div class='txt'><p>Laporan Wartawan TribunJateng.com, Budi Susanto</p>" + PROSE + "</div>",
    )
    article = extract_article(html, fetched_at=FETCHED)
    assert article.authors == ["Budi Susanto"]
    assert article.published.isoformat() == "2026-01-27T15:28:00+07:00"
    assert "Laporan Wartawan" not in article.body


def test_prose_starting_with_oleh_is_not_a_byline():
    html = page("", "<h1>Judul Berita Utama</h1><p>Oleh karena itu warga diminta waspada.</p>" + PROSE)
    assert extract_article(html).authors == []


def test_section_from_a_breadcrumb_trail_when_no_section_meta():
    crumbs = (
        '<script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":['
        '{"@type":"ListItem","position":2,"name":"Ekonomi","item":"https://w.example/ekonomi"},'
        '{"@type":"ListItem","position":1,"name":"Home","item":"https://w.example/"},'
        '{"@type":"ListItem","position":3,"name":"Judul Berita Utama"}]}</script>'
    )
    assert extract_article(page(crumbs, f"<h1>Judul Berita Utama</h1>{PROSE}")).section == "Ekonomi"
    visible = '<div class="breadcrumb"><a href="/">Beranda</a> &gt; <a href="/daerah">Daerah</a></div>'
    article = extract_article(page("", f"{visible}<h1>Judul Berita Utama</h1>{PROSE}"))
    assert article.section == "Daerah"
    assert article.sources["section"] == "visible:breadcrumb"


def test_language_detected_from_text_outside_paragraph_elements():
    text = (
        "GROBOGAN - Para petani di kecamatan itu mengeluhkan sulitnya mendapatkan pupuk yang bersubsidi menjelang "
        "musim tanam kedua dan stok di kios resmi sudah habis sejak pekan lalu.<br><br>"
    )
    html = f"<html><head><title>Petani Keluhkan Pupuk</title></head><body><h1>Petani Keluhkan Pupuk</h1><div>{text * 3}</div></body></html>"
    article = extract_article(html)
    assert article.language == "id"
    assert article.sources["language"] == "text:stopwords"


def test_names_come_from_the_innermost_byline_element():
    html = page(
        "",
        "<h1>Prison guards charged after inmate death</h1>"
        '<div class="byline-section"><div class="attribution"><span class="author">Kevin Johnson and Kevin McCoy'
        "</span> USA TODAY</div> Published 7:07 PM EST Nov 19, 2019</div>"
        "<p>Two guards were charged on Tuesday with falsifying records on the night the inmate died in his cell, "
        "prosecutors said in a statement released in the afternoon.</p>",
        lang="en",
    )
    assert extract_article(html).authors == ["Kevin Johnson", "Kevin McCoy"]


def test_photographer_is_the_author_only_when_nobody_else_is_credited():
    photo = '<div class="foto"><img src="/a.jpg"><p>Fotografer: Andi Wijaya</p></div>'
    both = page("", f"<h1>Judul Berita Utama</h1>{photo}{PROSE}<p>Penulis: Rina Marlina</p>")
    assert extract_article(both).authors == ["Rina Marlina"]
    alone = page("", f"<h1>Galeri Foto Banjir</h1><strong>Fotografer: Andi Wijaya</strong>{PROSE}")
    assert extract_article(alone).authors == ["Andi Wijaya"]


def test_elementor_post_info_widget_is_read_but_sidebar_widgets_are_not():
    html = page(
        "",
        '<div class="elementor-widget elementor-widget-theme-post-title"><h1>Judul Berita Utama</h1></div>'
        '<div class="elementor-widget elementor-widget-post-info"><ul><li class="elementor-post-info__item--type-author">'
        'Rudi Hartono</li><li class="elementor-post-info__item--type-date">27 Januari 2026</li>'
        '<li class="elementor-post-info__item--type-time">15:28</li></ul></div>'
        f"{PROSE}"
        '<section class="widget widget_recent_entries"><span class="post-date">26 Januari 2026</span></section>',
    )
    article = extract_article(html, fetched_at=FETCHED)
    assert article.authors == ["Rudi Hartono"]
    assert article.published.isoformat() == "2026-01-27T15:28:00+07:00"


# --- reported on English pages ---------------------------------------------------------------------------

EN_PROSE = (
    "<p>The council voted on Tuesday night to raise the floodwall by four feet, and the work will begin in "
    "July of this year after the spring floods have passed.</p>"
    "<p>Residents said they had waited for the repairs for more than a decade and welcomed the decision, "
    "although some questioned the cost of the project.</p>"
)


def test_red_starting_a_phrase_is_not_an_editor_on_an_english_page():
    html = page(
        "",
        "<h1>The best games of the year</h1><p class='byline'>By Sherif Saed</p>"
        "<p>Red: Green</p><div>Red Dead Redemption</div><p>Red Deer</p>" + EN_PROSE,
        lang="en",
    )
    article = extract_article(html, "https://games.example/best", fetched_at=FETCHED)
    assert article.authors == ["Sherif Saed"]
    assert article.editor is None


def test_red_label_is_read_on_an_indonesian_page():
    html = page("", f"<h1>Judul berita</h1>{PROSE}<p>Penulis: Budi Santoso</p><p>Red: Rina Marlina</p>")
    article = extract_article(html, "https://berita.example.id/a", fetched_at=FETCHED)
    assert article.authors == ["Budi Santoso"]
    assert article.editor == "Rina Marlina"


def test_dateline_city_after_an_agency_in_the_byline_is_not_an_author():
    html = page(
        "",
        "<h1>White House calls the inquiry a sham</h1><div class='article-author__time'>"
        "<a class='article-author__name' href='/author/reuters'>Reuters, </a>"
        "<span class='article-author__name'> Washington, </span><span>Nov 20 2019, 11:06am ist</span></div>"
        + EN_PROSE,
        lang="en",
    )
    article = extract_article(html, "https://news.example/a", fetched_at=FETCHED)
    assert article.authors == []
    assert article.published.isoformat() == "2019-11-20T11:06:00+05:30"


def test_a_date_between_names_and_a_section_separates_them():
    html = page(
        "",
        "<h1>Private moon lander project adds partners</h1><p class='byline'>By "
        "<span class='by-author'><a rel='author' href='/author/tm'>Tariq Malik</a>, </span>"
        "<span class='by-author'><a rel='author' href='/author/mw'>Mike Wall</a></span> "
        "<time datetime='2019-11-18T22:05:36+00:00'>2019-11-18T22:05:36Z</time> "
        "<a class='category' href='/spaceflight'>Spaceflight</a></p>" + EN_PROSE,
        lang="en",
    )
    article = extract_article(html, "https://space.example/lander", fetched_at=FETCHED)
    assert article.authors == ["Tariq Malik", "Mike Wall"]


def test_us_zone_abbreviation_in_the_visible_line():
    html = page(
        '<meta property="article:published_time" content="2019-11-20T00:07:12Z">',
        "<h1>Council approves the floodwall</h1><p class='date'>Published 7:07 PM EST Nov 19, 2019</p>"
        + EN_PROSE,
        lang="en",
    )
    article = extract_article(html, "https://news.example/floodwall", fetched_at=FETCHED)
    assert article.published.isoformat() == "2019-11-19T19:07:12-05:00"


def test_site_rule_zone_applies_to_a_visible_time_without_zone(tmp_path):
    from telisik.extract.siterules import load_site_rules, rules_for

    (tmp_path / "bali.toml").write_text(
        'host = "berita.example"\ntimezone = "WITA"\nsingle_page = "{url}?all=1"\n'
    )
    rules = rules_for("https://berita.example/a", load_site_rules(tmp_path))
    html = page("", f"<h1>Judul berita</h1><div class='date'>Selasa, 27 Januari 2026 15:28</div>{PROSE}")
    article = extract_article(html, "https://berita.example/a?ref=x", fetched_at=FETCHED, rules=rules)
    assert article.published.isoformat() == "2026-01-27T15:28:00+08:00"
    assert article.single_page_url == "https://berita.example/a?all=1"


def test_jsonld_author_that_is_an_organisation_is_not_a_person():
    for author in (
        '{"@type": "Organization", "name": "The Associated Press"}',
        '"The Associated Press"',
        '[{"@type": "Person", "name": "The Associated Press"}]',
    ):
        html = page(
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            f'"headline": "Council approves the floodwall", "author": {author}}}</script>',
            "<h1>Council approves the floodwall</h1>" + EN_PROSE,
            lang="en",
        )
        assert extract_article(html, "https://news.example/floodwall", fetched_at=FETCHED).authors == []


def test_share_bar_names_are_neither_authors_nor_tags():
    share = (
        "<ul class='social-icons social-share'>"
        + "".join(
            f"<li class='social-{n.lower()}'><a href='https://share.example/{n}'>"
            f"<span class='social-icon-name'>{n}</span></a></li>"
            for n in ("Pinterest", "Odnoklassniki")
        )
        + "</ul><div class='share-tools--event-tag'><a href='/s'>Share this with Facebook</a></div>"
    )
    html = page(
        "",
        "<h1>Council approves the floodwall</h1>"
        + share
        + EN_PROSE
        + "<div class='topic-tags'><ul class='tags-list'><li><a href='/t/flood'>Floods</a></li></ul></div>",
        lang="en",
    )
    article = extract_article(html, "https://news.example/floodwall", fetched_at=FETCHED)
    assert article.authors == []
    assert article.tags == ["Floods"]


def test_a_visible_time_labelled_updated_is_not_the_publication_time():
    html = page(
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
        '"headline": "New SUVs highlight the auto show", "datePublished": "2019-11-20T06:35:39+0000"}</script>',
        "<h1>New SUVs highlight the auto show</h1><p class='byline'>Tom Krisher, AP Auto Writer</p>"
        "<span class='timestamp'>Updated <time itemprop='datePublished' datetime='2019-11-20T06:39:53Z'>"
        "1:39 am EST, Wednesday, November 20, 2019</time></span>" + EN_PROSE,
        lang="en",
    )
    article = extract_article(html, "https://news.example/suv", fetched_at=FETCHED)
    assert article.published.isoformat() == "2019-11-20T06:35:39+00:00"
    assert article.authors == ["Tom Krisher"]


def test_a_date_without_time_keeps_its_day_in_the_pages_zone():
    html = page(
        '<meta property="article:published_time" content="2019-11-19T11:21:08+00:00">'
        '<meta property="article:modified_time" content="2019-11-19">',
        "<h1>Lynn: we needed to win this game</h1>"
        "<p class='byline'>Posted by Michael David Smith on November 19, 2019, 6:21 AM EST</p>" + EN_PROSE,
        lang="en",
    )
    article = extract_article(html, "https://sports.example/lynn", fetched_at=FETCHED)
    assert article.published.isoformat() == "2019-11-19T06:21:08-05:00"
    assert article.modified.isoformat() == "2019-11-19T00:00:00-05:00"


# --- authors and agencies on outlets outside Indonesia (issue #10) ----------------------------------------

DE_PROSE = (
    "<p>Der Stadtrat hat am Dienstagabend beschlossen, die Hochwassermauer um einen Meter zu erhöhen. Die "
    "Arbeiten sollen im Juli beginnen, sobald das Frühjahrshochwasser vorbei ist.</p>"
    "<p>Anwohner sagten, sie hätten mehr als zehn Jahre auf die Reparatur gewartet, und begrüßten die "
    "Entscheidung, auch wenn einige die Kosten des Projekts kritisierten.</p>"
)


def _jsonld(authors: str) -> str:
    return (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
        f'"headline": "Stadtrat erhöht die Hochwassermauer", "author": {authors}}}</script>'
    )


def test_visible_byline_with_its_first_author_only_takes_the_full_jsonld_list():
    authors = '[{"@type": "Person", "name": "Anna Berger"}, {"@type": "Person", "name": "Jonas Krüger"}]'
    html = page(
        _jsonld(authors),
        "<h1>Stadtrat erhöht die Hochwassermauer</h1><div class='author'>von Anna Berger</div>" + DE_PROSE,
        lang="de",
    )
    article = extract_article(html, "https://zeitung.example/lokales/hochwasser", fetched_at=FETCHED)
    assert article.authors == ["Anna Berger", "Jonas Krüger"]
    assert article.agencies == []


def test_organisation_author_in_jsonld_is_credited_as_agency_not_person():
    html = page(
        _jsonld('{"@type": "Organization", "name": "dpa"}'),
        "<h1>Stadtrat erhöht die Hochwassermauer</h1>" + DE_PROSE,
        lang="de",
    )
    article = extract_article(html, "https://zeitung.example/lokales/hochwasser", fetched_at=FETCHED)
    assert (article.authors, article.agencies) == ([], ["dpa"])


def test_byline_with_a_person_and_an_agency_fills_both_fields():
    html = page(
        "",
        "<h1>Stadtrat erhöht die Hochwassermauer</h1><p class='byline'>Von Paula Steiger, SDA</p>" + DE_PROSE,
        lang="de",
    )
    article = extract_article(html, "https://zeitung.example/lokales/hochwasser", fetched_at=FETCHED)
    assert (article.authors, article.agencies) == (["Paula Steiger"], ["SDA"])
    assert article.to_dict()["agencies"] == ["SDA"]


def _german_page(meta_time: str, visible: str) -> str:
    return page(
        f'<meta property="article:published_time" content="{meta_time}">',
        "<h1>Stadtrat erhöht die Hochwassermauer</h1>"
        f"<div class='article-meta'><span class='date'>{visible}</span></div>" + DE_PROSE,
        lang="de",
    )


def test_visible_time_without_zone_takes_the_instant_of_zoned_metadata_and_shows_the_site_offset():
    html = _german_page("2024-05-03T14:24:00Z", "03.05.2024, 16:24 Uhr")
    article = extract_article(html, "https://zeitung.example/lokales/hochwasser", fetched_at=FETCHED)
    assert article.published.isoformat() == "2024-05-03T16:24:00+02:00"
    assert article.sources["published"] == "meta:article:published_time"


def test_twelve_hour_visible_time_without_am_pm_agrees_with_metadata_twelve_hours_on():
    html = _german_page("2024-10-23T15:48:15+00:00", "23.10.2024, 3:48")
    article = extract_article(html, "https://zeitung.example/lokales/hochwasser", fetched_at=FETCHED)
    assert article.published.isoformat() == "2024-10-23T15:48:15+00:00"


def test_visible_time_far_from_zoned_metadata_still_wins():
    html = _german_page("2024-05-03T14:24:00Z", "03.05.2024, 16:31 Uhr")
    article = extract_article(html, "https://zeitung.example/lokales/hochwasser", fetched_at=FETCHED)
    assert article.published.strftime("%H:%M") == "16:31"
    assert article.sources["published"] == "visible:date"


EN_ARTICLE_BODY = (
    "The council voted on Tuesday night to raise the floodwall by four feet, and the work will begin in July. "
    "Residents said they had waited for the repairs for more than a decade and welcomed the decision. "
    "Engineers told the meeting that the current wall was built in 1961 and has been topped twice since. "
    "The project will be paid for by a state grant and a small rise in the local property levy. "
    "Opponents argued that the money would be better spent on moving homes out of the flood plain. "
    "The mayor said a second vote on the levy would be held in the autumn after public hearings."
)


def _page_with_articlebody(article_html: str, article_body: str) -> str:
    jsonld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Council raises the floodwall",
            "articleBody": article_body,
        }
    )
    return page(
        f'<script type="application/ld+json">{jsonld}</script>',
        "<header class='site-header'><a href='/'>Riverside News</a></header>"
        f"<h1>Council raises the floodwall</h1>{article_html}"
        "<div class='newsletter'><p>Sign up for our newsletter to get the news in your inbox every morning.</p></div>",
        lang="en",
    )


def test_jsonld_articlebody_is_the_fallback_when_the_visible_text_misses_the_article():
    # The article's container carries a boilerplate word in its class and holds the text in <div>s: the visible
    # extraction finds only the newsletter box.
    visible = "<div class='sidebar-layout'><div class='c'>" + EN_ARTICLE_BODY[:90] + "</div></div>"
    article = extract_article(_page_with_articlebody(visible, EN_ARTICLE_BODY), "https://riverside.example/a")
    assert "second vote on the levy" in article.body
    assert article.sources["body"] == "jsonld:articleBody"


def test_visible_text_is_kept_when_it_holds_the_jsonld_articlebody_and_a_doubled_articlebody_counts_once():
    visible = (
        "<div class='article-body'>" + "".join(f"<p>{s}.</p>" for s in EN_ARTICLE_BODY.split(". ")) + "</div>"
    )
    article = extract_article(
        _page_with_articlebody(visible, EN_ARTICLE_BODY + " " + EN_ARTICLE_BODY),
        "https://riverside.example/a",
    )
    assert article.sources["body"] == "visible:body"
    assert article.body.count("second vote on the levy") == 1


def _script_rendered_howto(shown: str, steps: list[object]) -> str:
    """A craft site built as a script-rendered app (homify's DIY pages, React/Vue recipe sites): the server sends
    the navigation, a mount point and the how-to only as JSON-LD (and its state blob)."""
    howto = {
        "@context": "https://schema.org",
        "@type": "HowTo",
        "name": "Eine runde Tischdecke nähen",
        "description": "<p>Ein runder Tisch braucht eine runde Decke.</p><p>So nähst du sie in einer Stunde.</p>",
        "author": {"@type": "Person", "name": "Robert Stitz"},
        "tool": [{"@type": "HowToTool", "name": "Maßband"}, {"@type": "HowToTool", "name": "Nähmaschine"}],
        "step": steps,
    }
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": []}
    return page(
        f'<script type="application/ld+json">{json.dumps(crumbs)}</script>'
        f'<script type="application/ld+json">{json.dumps(howto)}</script>',
        "<header class='navbar'><a href='/'>Wohnideen</a> <a href='/diy'>DIY</a> <a href='/login'>Einloggen</a>"
        "</header><div id='js-content'><div data-react-class='DiyShowProjectPage' data-react-props='{}'>"
        f"{shown}</div></div><footer><p>© 2022 Wohnideen GmbH</p></footer>",
        lang="de",
    )


HOWTO_STEPS = [
    {
        "@type": "HowToStep",
        "name": "Schritt 1: Messen",
        "itemListElement": {
            "@type": "HowToDirection",
            "text": "<p>Miss den Durchmesser der Tischplatte von Kante zu Kante durch die Mitte.</p>",
        },
    },
    {
        "@type": "HowToSection",
        "name": "Nähen",
        "itemListElement": [
            {"@type": "HowToStep", "text": "Falte den Stoff zweimal und zeichne den Viertelkreis an."},
            {
                "@type": "HowToStep",
                "text": "Schneide entlang der Linie und säume die Kante mit der Maschine.",
            },
        ],
    },
]


def test_a_script_rendered_howto_page_is_read_from_its_jsonld_steps():
    article = extract_article(
        _script_rendered_howto("", HOWTO_STEPS), "https://wohnideen.example/diy/20546/tischdecke"
    )
    paragraphs = article.body.split("\n\n")
    assert paragraphs[:2] == [
        "Ein runder Tisch braucht eine runde Decke.",
        "So nähst du sie in einer Stunde.",
    ]
    assert "Maßband" in paragraphs and "Nähmaschine" in paragraphs
    assert paragraphs[-3:] == [
        "Miss den Durchmesser der Tischplatte von Kante zu Kante durch die Mitte.",
        "Falte den Stoff zweimal und zeichne den Viertelkreis an.",
        "Schneide entlang der Linie und säume die Kante mit der Maschine.",
    ]
    assert article.sources["body"] == "jsonld:work"


def test_a_howto_page_that_shows_its_text_keeps_what_it_shows():
    shown = (
        "<article class='diy-project'><h1>Eine runde Tischdecke nähen</h1>"
        + "".join(
            f"<p>{text}</p>"
            for text in (
                "Ein runder Tisch verdient eine Decke, die genau passt, und die nähst du in einer Stunde selbst.",
                "Miss zuerst den Durchmesser der Tischplatte und lege fest, wie weit die Decke herabhängen soll.",
                "Falte den Stoff zweimal, zeichne den Viertelkreis an und schneide entlang der Linie.",
            )
        )
        + "</article>"
    )
    article = extract_article(
        _script_rendered_howto(shown, HOWTO_STEPS), "https://wohnideen.example/diy/20546/tischdecke"
    )
    assert article.sources["body"] == "visible:body"
    assert "Maßband" not in article.body


def test_a_roundup_of_other_peoples_howtos_lends_no_text_to_an_empty_page():
    html = _script_rendered_howto("", HOWTO_STEPS).replace(
        "</head>",
        '<script type="application/ld+json">'
        + json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "HowTo",
                "name": "Kissen nähen",
                "step": [{"@type": "HowToStep", "text": "Zwei Quadrate zuschneiden und rundum nähen."}],
            }
        )
        + "</script></head>",
    )
    article = extract_article(html, "https://wohnideen.example/diy/ideen")
    assert "Viertelkreis" not in article.body and "Quadrate" not in article.body


def test_date_only_in_the_article_url_is_the_last_resort():
    html = page("", "<h1>Stadtrat erhöht die Hochwassermauer</h1>" + DE_PROSE, lang="de")
    article = extract_article(html, "https://zeitung.example/2024/05/03/hochwasser/", fetched_at=FETCHED)
    assert article.published.date().isoformat() == "2024-05-03"
    assert article.sources["published"] == "url"


def test_date_under_the_article_far_from_the_headline_is_found():
    filler = "".join(
        f"<p>Absatz {i}: " + "Der Rat tagt lange und berät viele Punkte der Tagesordnung. " * 2 + "</p>"
        for i in range(60)
    )
    html = page(
        "",
        "<h1>Stadtrat erhöht die Hochwassermauer</h1>"
        + DE_PROSE
        + filler
        + "<div class='post-footer'><span class='entry-date'>Veröffentlicht am 3. Mai 2024</span></div>"
        + "<aside class='sidebar'><div class='date'>1. April 2024</div></aside>",
        lang="de",
    )
    article = extract_article(html, "https://zeitung.example/lokales/hochwasser", fetched_at=FETCHED)
    assert article.published is not None and article.published.date().isoformat() == "2024-05-03"


def _blogger_page(post_date: str) -> str:
    """A Blogger-style blog: every post sits in `div.widget.Blog`; the sidebar widgets carry other dates."""
    return page(
        "",
        "<div class='content-outer'><div class='main-inner'><div class='column-left-inner'>"
        "<div class='widget PopularPosts'><h2>Popular posts</h2><ul><li><a href='/2017/01/old.html'>Old post</a>"
        "<abbr class='published' itemprop='datePublished' title='2017-01-02T10:00:00-08:00'>2 Jan</abbr></li>"
        "</ul></div></div>"
        "<div class='column-center-inner'><div class='widget Blog' id='Blog1'><div class='blog-posts hfeed'>"
        "<div class='date-outer'><h2 class='date-header'><span>Tuesday, June 5, 2018</span></h2>"
        "<div class='post hentry' itemprop='blogPost'><h3 class='post-title entry-title'>Privacy policy</h3>"
        "<div class='post-body entry-content'>" + EN_PROSE + "</div>"
        "<div class='post-footer'><span class='post-timestamp'>at <a class='timestamp-link' href='#'>"
        f"<abbr class='published' itemprop='datePublished' title='{post_date}'>08:00</abbr></a></span></div>"
        "</div></div></div></div></div></div></div>",
        lang="en",
    )


def test_blogger_post_date_inside_a_widget_that_holds_the_headline_is_read_from_the_abbr_title():
    # The `widget` class marks sidebar boxes, but Blogger's post widget holds the headline: its hAtom
    # `<abbr class="published" title=...>` is the post's date; the popular-posts widget's date is not.
    html = _blogger_page("2018-06-05T08:00:00-07:00")
    article = extract_article(html, "https://someblog.blogspot.com/2018/06/privacy.html", fetched_at=FETCHED)
    assert article.published is not None
    assert article.published.isoformat() == "2018-06-05T08:00:00-07:00"
    assert article.sources["published"] == "microdata:datePublished"


def test_a_sidebar_widget_without_the_headline_still_gives_no_date():
    html = _blogger_page("").replace("widget Blog", "post-column")
    html = html.replace("itemprop='datePublished' title=''>08:00", ">08:00")
    article = extract_article(html, "https://someblog.example/privacy", fetched_at=FETCHED)
    assert article.published is None or article.published.year != 2017


def test_a_date_in_a_photo_caption_is_not_the_date_line():
    # The only visible date near the headline is in the caption under the lead picture (class 9); the JSON-LD
    # date is the article's.
    jsonld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "datePublished": "2023-11-06T12:04:30+01:00",
        }
    )
    html = page(
        f'<script type="application/ld+json">{jsonld}</script>',
        "<div class='content box news'><h1>Neue Bürgermeisterin vereidigt</h1>"
        "<div class='imgbox img220'><img src='/b.jpg' alt=''><p class='img-text'>Ab 1. März 2024 die neue "
        "Rathauschefin: Claudia B. Foto: Archiv</p></div>" + DE_PROSE + "</div>",
        lang="de",
    )
    article = extract_article(
        html, "https://stadtnachrichten.example/n123/buergermeisterin", fetched_at=FETCHED
    )
    assert article.published is not None
    assert article.published.date().isoformat() == "2023-11-06"


def test_the_date_of_an_embedded_post_is_not_the_date_line():
    html = page(
        "",
        "<article><h1>Automatische Mieterhöhung verhindern</h1>"
        + DE_PROSE
        + "<div class='fb-post'><blockquote>"
        "<p>Wir fordern einen Mietpreisstopp für alle.</p><p><a href='https://social.example/p/1'>"
        "Monday, February 7, 2022</a></p></blockquote></div>" + DE_PROSE + "</article>",
        lang="de",
    )
    article = extract_article(html, "https://partei.example/2022/02/04/mieterhoehung/", fetched_at=FETCHED)
    assert article.published is not None
    assert article.published.date().isoformat() == "2022-02-04"


def test_the_day_in_the_url_beats_a_visible_date_no_metadata_confirms():
    # The page shows the day it was last shown or edited; the CMS filed the article under the URL's day, and
    # the JSON-LD value on that day is taken.
    jsonld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "datePublished": "2025-01-31T20:02:00+00:00",
        }
    )
    html = page(
        f'<script type="application/ld+json">{jsonld}</script>',
        "<article><h1>Portugal emerges as a real estate hotspot</h1><div class='date'>02 Feb 2025, 20:02</div>"
        + EN_PROSE
        + "</article>",
        lang="en",
    )
    article = extract_article(
        html, "https://news.example/news/2025-01-31/portugal-hotspot", fetched_at=FETCHED
    )
    assert article.published is not None
    assert article.published.isoformat() == "2025-01-31T20:02:00+00:00"


# --- Indonesian bylines without metadata (issue #10 classes 1-4) -------------------------------------------


def _regional_page(head: str, article_html: str) -> str:
    return page(
        head,
        "<header class='site-header'><a href='/'>TelisikFakta Blora</a></header><div class='container'><article>"
        f"<h1>Jalan Rusak Diperbaiki Pekan Depan</h1><div class='entry-content'>{article_html}</div></article>"
        "<aside class='sidebar'><h3>Populer</h3><p>(Admin)</p></aside></div>",
    )


SEED_URL = "https://blora.telisikfakta.com/2024/05/jalan-rusak-diperbaiki"


def test_seed_byline_line_name_dash_host_opening_the_text_gives_the_author():
    html = _regional_page("", "<p>Dheny Window - BLORA.TELISIKFAKTA.COM</p>" + PROSE)
    article = extract_article(html, SEED_URL, fetched_at=FETCHED)
    assert article.authors == ["Dheny Window"]
    assert "TELISIKFAKTA.COM" not in article.body


def test_place_dateline_before_the_host_is_not_a_writer():
    html = _regional_page("", "<p>JAKARTA - BLORA.TELISIKFAKTA.COM</p>" + PROSE)
    assert extract_article(html, SEED_URL, fetched_at=FETCHED).authors == []


def test_name_in_brackets_closing_the_article_is_the_writer():
    html = _regional_page("", PROSE + "<p>(Budi Santoso)</p>")
    article = extract_article(html, SEED_URL, fetched_at=FETCHED)
    assert article.authors == ["Budi Santoso"]
    assert "(Budi Santoso)" not in article.body


def test_generic_accounts_and_volunteer_desks_are_not_persons():
    for byline in ("Oleh Admin", "Tim Redaksi", "Humas Polres Blora", "Relawan TIK Blora"):
        html = _regional_page("", f"<p class='byline'>{byline}</p>" + PROSE)
        assert extract_article(html, SEED_URL, fetched_at=FETCHED).authors == [], byline


def test_jsonld_author_that_the_page_names_as_editor_is_not_the_author():
    jsonld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Jalan Rusak Diperbaiki Pekan '
        'Depan", "author": {"@type": "Person", "name": "Ahmad Yani"}}</script>'
    )
    article = extract_article(
        _regional_page(jsonld, PROSE + "<p>Editor : Ahmad Yani</p>"), SEED_URL, fetched_at=FETCHED
    )
    assert (article.authors, article.editor) == ([], "Ahmad Yani")


def test_labelled_date_line_in_an_info_box_under_the_article_is_found():
    filler = "".join(
        f"<p>Absatz {i}: " + "Der Rat tagt lange und berät viele Punkte der Tagesordnung. " * 2 + "</p>"
        for i in range(40)
    )
    html = page(
        "",
        "<h1>Stadtrat erhöht die Hochwassermauer</h1>"
        + DE_PROSE
        + filler
        + "<div class='frameBox'><ul class='info'><li><span>Datum:</span>26. Januar 2022</li>"
        + "<li><span>Ausgabejahr:</span>2022</li></ul></div>",
        lang="de",
    )
    article = extract_article(html, "https://amt.example/presse/hochwasser", fetched_at=FETCHED)
    assert article.published is not None and article.published.date().isoformat() == "2022-01-26"


def test_jsonld_articlebody_holding_escaped_html_becomes_plain_text():
    escaped = "".join(f"&lt;p class=&quot;texto&quot;&gt;{s}.&lt;/p&gt;" for s in EN_ARTICLE_BODY.split(". "))
    visible = "<div class='sidebar-layout'><div class='c'>" + EN_ARTICLE_BODY[:90] + "</div></div>"
    article = extract_article(_page_with_articlebody(visible, escaped), "https://riverside.example/a")
    assert article.sources["body"] == "jsonld:articleBody"
    assert (
        "<p" not in article.body and "&lt;" not in article.body and "second vote on the levy" in article.body
    )


def test_first_date_line_after_the_headline_is_the_last_resort_but_never_a_copyright_line():
    filler = "".join(
        f"<p>Absatz {i}: " + "Der Rat tagt lange und berät viele Punkte der Tagesordnung. " * 2 + "</p>"
        for i in range(40)
    )
    html = page(
        "",
        "<h1>Stadtrat erhöht die Hochwassermauer</h1>"
        + DE_PROSE
        + filler
        + "<p><small>© 2019 Stadtblog</small></p><p><em>Berlin, 25. Januar 2022</em></p>",
        lang="de",
    )
    article = extract_article(html, "https://stadtblog.example/hochwasser", fetched_at=FETCHED)
    assert article.published is not None and article.published.date().isoformat() == "2022-01-25"
    assert article.sources["published"] == "visible:date-line"


def test_twitter_card_written_by_label_names_the_author_when_the_page_shows_none():
    head = (
        '<meta name="twitter:label1" content="Geschrieben von">'
        '<meta name="twitter:data1" content="Claudio Kummerfeld @claudiofmw">'
        '<meta name="twitter:label2" content="Geschätzte Lesezeit"><meta name="twitter:data2" content="3 Minuten">'
    )
    html = page(head, "<h1>Stadtrat erhöht die Hochwassermauer</h1>" + DE_PROSE, lang="de")
    article = extract_article(html, "https://zeitung.example/lokales/hochwasser", fetched_at=FETCHED)
    assert article.authors == ["Claudio Kummerfeld"]
    assert article.sources["authors"] == "meta:twitter:data"


def test_dates_in_a_picture_box_caption_or_an_events_widget_are_not_the_article_date():
    html = page(
        '<meta property="article:published_time" content="2023-04-28T09:15:00+02:00">',
        "<h1>Stadtrat erhöht die Hochwassermauer</h1>"
        "<div class='picBox full'><img src='/b.jpg'><p>Hochwasser an der Mauer, 24. April 2023</p></div>"
        "<div class='eventwidget eventwidget--nextevents'><a class='eventitem'><p class='eventitem--meta'>"
        "28.10.2025, Köln</p></a></div>" + DE_PROSE,
        lang="de",
    )
    article = extract_article(html, "https://zeitung.example/lokales/hochwasser", fetched_at=FETCHED)
    assert article.published.isoformat() == "2023-04-28T09:15:00+02:00"
