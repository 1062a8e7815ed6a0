"""Authors on outlets nobody on the project has tuned for (#10, failure classes 1-7): each test serves a whole
page (head metadata and JSON-LD, navigation, the article, other stories with their own bylines, comments,
footer) in the shape of one family of sites, and checks who wrote it, who edited it and which organisations are
credited. Indonesian shapes: Tribun regional editions, detik, Kompas, Liputan6, ANTARA, Jawa Pos Radar, Suara,
Okezone, kumparan, IDN Times and the WordPress themes small kabupaten portals run on (JNews, Newspaper/tagDiv,
Jannah, Sahifa, SmartMag); other languages: German, French, Spanish, Dutch, Turkish, Scandinavian bylines."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from telisik.extract import extract_article

FETCHED = datetime(2026, 1, 28, 3, 0, tzinfo=timezone.utc)

ID_PARAGRAPHS = [
    "Banjir merendam ratusan rumah warga di tiga desa setelah hujan deras mengguyur wilayah itu sejak Senin "
    "sore. Air mulai naik sekitar pukul 19.00 dan mencapai ketinggian satu meter pada malam hari.",
    "Kepala Pelaksana Badan Penanggulangan Bencana Daerah mengatakan petugas telah mengevakuasi warga lanjut "
    "usia dan anak-anak ke balai desa. Dapur umum juga didirikan untuk memenuhi kebutuhan makan pengungsi.",
    "Warga berharap pemerintah segera memperbaiki tanggul sungai yang jebol sejak tahun lalu agar kejadian "
    "serupa tidak terulang setiap musim hujan datang.",
]


def paragraphs(items: list[str] = ID_PARAGRAPHS) -> str:
    return "".join(f"<p>{p}</p>" for p in items)


def jsonld(**node: object) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Banjir Rendam Ratusan Rumah",
    }
    data.update(node)
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def portal_page(
    article: str,
    *,
    head: str = "",
    site: str = "Warta Kabupaten",
    title: str = "Banjir Rendam Ratusan Rumah",
    body_class: str = "single single-post",
) -> str:
    """A whole page of an Indonesian portal: metadata, menu, the article, a box of other stories with their
    own `Oleh` bylines, a comment thread and a footer naming the newsroom."""
    return f"""<!DOCTYPE html>
<html lang="id-ID">
<head>
<meta charset="UTF-8">
<title>{title} - {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="2026-01-27T15:28:00+07:00">
{head}
</head>
<body class="{body_class}">
<div class="topbar"><span>Selasa, 27 Januari 2026</span> <a href="/redaksi/">Redaksi</a></div>
<header class="site-header"><a class="logo" href="/">{site}</a>
<nav class="main-navigation"><ul><li><a href="/daerah/">Daerah</a></li><li><a href="/politik/">Politik</a></li>
<li><a href="/olahraga/">Olahraga</a></li><li><a href="/penulis/redaksi/">Tim Redaksi</a></li></ul></nav></header>
<main id="content">
{article}
<div class="related-posts"><h3>Berita Terkait</h3><ul>
<li><a href="/2026/01/20/jalan-rusak/"><h4>Jalan Rusak Dikeluhkan Warga</h4></a>
<span class="post-author">Oleh Slamet Riyadi</span> <span class="date">20 Januari 2026</span></li>
<li><a href="/2026/01/19/pasar-baru/"><h4>Pasar Baru Mulai Dibangun</h4></a>
<span class="post-author">Oleh Dewi Lestari</span> <span class="date">19 Januari 2026</span></li></ul></div>
<div id="comments" class="comments-area"><h3>Komentar</h3>
<ol class="comment-list"><li class="comment"><div class="comment-author vcard"><b class="fn">Agus Salim</b>
<span class="says">berkata:</span></div><p>Semoga cepat surut dan warga diberi bantuan.</p></li></ol></div>
</main>
<aside class="sidebar widget-area"><h3 class="widget-title">Terpopuler</h3><ul>
<li><a href="/2026/01/25/pilkades/">Pilkades Serentak Digelar</a> <span class="author">Oleh Budi Hartono</span></li>
</ul></aside>
<footer class="site-footer"><p>Copyright © 2026 {site}. All rights reserved.</p>
<p><a href="/pedoman-media-siber/">Pedoman Media Siber</a> · <a href="/redaksi/">Redaksi</a></p></footer>
</body>
</html>"""


def extract(page: str, url: str = "https://wartakabupaten.example/2026/01/27/banjir-rendam-ratusan-rumah/"):
    return extract_article(page, url, fetched_at=FETCHED)


# --- Indonesian: credit tables and labelled lines ----------------------------------------------------------


def test_tribun_regional_penulis_and_editor_in_one_line_and_json_ld_naming_the_editor():
    # Tribun regional editions: `Penulis: X | Editor: Y` under the headline and the editor as JSON-LD author.
    head = jsonld(author={"@type": "Person", "name": "Rina Kusumawati"})
    article = (
        "<article class='main-content'><h1 id='arttitle'>Banjir Rendam Ratusan Rumah</h1>"
        "<div class='credit mt10'><span>Penulis: <a href='/penulis/budi-santoso'>Budi Santoso</a></span> | "
        "<span>Editor: <a href='/editor/rina'>Rina Kusumawati</a></span></div>"
        "<time>Selasa, 27 Januari 2026 15:28 WIB</time>"
        "<div class='side-article txt-article'><p><strong>TRIBUNJATENG.COM, BLORA</strong> - "
        + ID_PARAGRAPHS[0]
        + "</p>"
        + paragraphs(ID_PARAGRAPHS[1:])
        + "</div></article>"
    )
    result = extract(portal_page(article, head=head, site="Tribunjateng.com"))
    assert result.authors == ["Budi Santoso"]
    assert result.editor == "Rina Kusumawati"


def test_tribun_laporan_wartawan_line_opens_the_article():
    article = (
        "<article><h1>Banjir Rendam Ratusan Rumah</h1><time>Selasa, 27 Januari 2026 15:28 WIB</time>"
        "<div class='txt-article'><p><strong>Laporan Wartawan Tribunjateng.com, Muhammad Yunan Setiawan</strong>"
        "</p>" + paragraphs() + "<p>Editor: Rina Kusumawati</p></div></article>"
    )
    result = extract(portal_page(article, site="Tribunjateng.com"))
    assert result.authors == ["Muhammad Yunan Setiawan"]
    assert result.editor == "Rina Kusumawati"


def test_detik_writer_and_channel_byline_beats_nothing_in_metadata():
    article = (
        "<article class='detail'><h1 class='detail__title'>Banjir Rendam Ratusan Rumah</h1>"
        "<div class='detail__author'>Vidya Pinandhita - detikHealth</div>"
        "<div class='detail__date'>Selasa, 27 Jan 2026 15:28 WIB</div>"
        "<div class='detail__body-text itp_bodycontent'>" + paragraphs() + "<div class='detail__body-tag'>"
        "<a href='/tag/banjir'>banjir</a></div></div></article>"
    )
    result = extract(
        portal_page(article, site="detikHealth"), "https://health.detik.com/berita/d-7150000/banjir"
    )
    assert result.authors == ["Vidya Pinandhita"]


def test_detik_team_credit_is_no_person():
    # `Tim detikcom`, `Tim detikJatim`: a team of the newsroom, never a person (class 3).
    head = '<meta name="author" content="Tim detikcom">'
    article = (
        "<article class='detail'><h1 class='detail__title'>Banjir Rendam Ratusan Rumah</h1>"
        "<div class='detail__author'>Tim detikcom - detikNews</div>"
        "<div class='detail__date'>Selasa, 27 Jan 2026 15:28 WIB</div>"
        "<div class='detail__body-text'>" + paragraphs() + "</div></article>"
    )
    result = extract(
        portal_page(article, head=head, site="detikNews"), "https://news.detik.com/berita/d-7150001/b"
    )
    assert result.authors == []


def test_kompas_credit_items_without_colons():
    # Kompas: `Penulis <a>X</a>` and `Editor <a>Y</a>` as separate items, labels without a colon.
    article = (
        "<div class='read__header'><h1 class='read__title'>Banjir Rendam Ratusan Rumah</h1>"
        "<div class='read__time'>Kompas.com - 27/01/2026, 15:28 WIB</div></div>"
        "<div class='read__credit clearfix'><div class='credit-title-name'><div class='credit-title-nameEditor'>"
        "Penulis <a href='https://www.kompas.com/tag/budi-santoso'>Budi Santoso</a></div>"
        "<div class='credit-title-nameEditor'>Editor <a href='/tag/rina'>Rina Kusumawati</a></div></div></div>"
        "<div class='read__content'><div class='clearfix'><p><strong>BLORA, KOMPAS.com</strong> - "
        + ID_PARAGRAPHS[0]
        + "</p>"
        + paragraphs(ID_PARAGRAPHS[1:])
        + "</div></div>"
    )
    result = extract(
        portal_page(article, site="Kompas.com"), "https://regional.kompas.com/read/2026/01/27/152800/b"
    )
    assert result.authors == ["Budi Santoso"]
    assert result.editor == "Rina Kusumawati"


def test_liputan6_oleh_with_date_after_pada():
    article = (
        "<article class='read-page--header'><h1 class='read-page--header--title'>Banjir Rendam Ratusan Rumah</h1>"
        "<div class='read-page--header--author'><a class='read-page--header--author__link' "
        "href='https://www.liputan6.com/me/budi.santoso'><span class='read-page--header--author__name'>"
        "Oleh Budi Santoso</span></a> pada 27 Jan 2026, 15:28 WIB</div></article>"
        "<div class='article-content-body__item-content'><p>Liputan6.com, Blora - "
        + ID_PARAGRAPHS[0]
        + "</p>"
        + paragraphs(ID_PARAGRAPHS[1:])
        + "</div>"
    )
    result = extract(
        portal_page(article, site="liputan6.com"), "https://www.liputan6.com/news/read/5500000/banjir"
    )
    assert result.authors == ["Budi Santoso"]


def test_antara_pewarta_and_editor_lines_after_the_body():
    # ANTARA: the article opens `Blora (ANTARA) -` and ends `Pewarta: X<br>Editor: Y<br>Copyright © ANTARA`.
    head = jsonld(author={"@type": "Organization", "name": "ANTARA News"})
    article = (
        "<div class='wrap__article-detail'><h1 class='wrap__article-detail-title'>Banjir Rendam Ratusan Rumah</h1>"
        "<div class='wrap__article-detail-info'><ul><li><span>Selasa, 27 Januari 2026 15:28 WIB</span></li></ul>"
        "</div><div class='wrap__article-detail-content post-content'><p>Blora (ANTARA) - "
        + ID_PARAGRAPHS[0]
        + "</p>"
        + paragraphs(ID_PARAGRAPHS[1:])
        + "<p class='text-muted mt-2 small'>Pewarta: Budi Santoso<br>Editor: Rina Kusumawati<br>"
        "Copyright © ANTARA 2026<br>Dilarang keras mengambil konten, melakukan crawling atau pengindeksan "
        "otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.</p></div></div>"
    )
    result = extract(
        portal_page(article, head=head, site="Antara News"), "https://www.antaranews.com/berita/4500000/b"
    )
    assert result.authors == ["Budi Santoso"]
    assert result.editor == "Rina Kusumawati"


def test_okezone_name_with_jurnalis_role():
    article = (
        "<div class='title'><h1>Banjir Rendam Ratusan Rumah</h1></div>"
        "<div class='reporter'><div class='namerep'>Budi Santoso<span>, Jurnalis</span></div>"
        "<b>Selasa, 27 Januari 2026 - 15:28 WIB</b></div>"
        "<div id='contentx' class='read'>" + paragraphs() + "</div>"
    )
    result = extract(
        portal_page(article, site="Okezone"), "https://news.okezone.com/read/2026/01/27/340/300000/b"
    )
    assert result.authors == ["Budi Santoso"]


def test_suara_writer_box_penulis_and_editor():
    article = (
        "<div class='detail-content'><h1>Banjir Rendam Ratusan Rumah</h1>"
        "<div class='writer'><span>Penulis: <a href='/author/budi-santoso'>Budi Santoso</a></span> | "
        "<span>Editor: <a href='/editor/rina'>Rina Kusumawati</a></span></div>"
        "<div class='date'>Selasa, 27 Januari 2026 | 15:28 WIB</div>"
        "<article class='detail-content-body'><p><strong>Suara.com</strong> - "
        + ID_PARAGRAPHS[0]
        + "</p>"
        + paragraphs(ID_PARAGRAPHS[1:])
        + "</article></div>"
    )
    result = extract(portal_page(article, site="Suara.com"), "https://www.suara.com/news/2026/01/27/152800/b")
    assert result.authors == ["Budi Santoso"]
    assert result.editor == "Rina Kusumawati"


def test_radar_reporter_and_editor_lines_under_the_body_beat_the_editor_in_meta():
    # Jawa Pos Radar sites name the editor in meta author and the reporter in a line after the body (class 4).
    head = '<meta name="author" content="Rina Kusumawati">' + jsonld(
        author={"@type": "Person", "name": "Rina Kusumawati"}
    )
    article = (
        "<article class='read'><h1 class='read__title'>Banjir Rendam Ratusan Rumah</h1>"
        "<div class='read__info'><span class='read__info__date'>Selasa, 27 Januari 2026 | 15:28 WIB</span></div>"
        "<div class='read__content'><p><strong>BLORA, Radar Kudus</strong> - "
        + ID_PARAGRAPHS[0]
        + "</p>"
        + paragraphs(ID_PARAGRAPHS[1:])
        + "<p>Editor : Rina Kusumawati</p><p>Reporter : Budi Santoso</p></div></article>"
    )
    result = extract(
        portal_page(article, head=head, site="Radar Kudus"), "https://radarkudus.jawapos.com/daerah/123/b"
    )
    assert result.authors == ["Budi Santoso"]
    assert result.editor == "Rina Kusumawati"


def test_kumparan_channel_account_is_no_person():
    head = jsonld(author={"@type": "Person", "name": "kumparanNEWS"})
    article = (
        "<div class='Viewweb__StyledView'><h1>Banjir Rendam Ratusan Rumah</h1>"
        "<div class='author-name'><a href='/kumparannews'>kumparanNEWS</a></div>"
        "<span class='date'>27 Januari 2026 15:28 WIB</span>" + paragraphs() + "</div>"
    )
    result = extract(
        portal_page(article, head=head, site="kumparan"), "https://kumparan.com/kumparannews/banjir-1"
    )
    assert result.authors == []


def test_idn_times_several_authors_in_order():
    head = jsonld(
        author=[{"@type": "Person", "name": "Budi Santoso"}, {"@type": "Person", "name": "Dewi Anggraini"}]
    )
    article = (
        "<article><h1>Banjir Rendam Ratusan Rumah</h1>"
        "<div class='author-info'><span class='author-name'><a href='/author/budi-santoso'>Budi Santoso</a>"
        "</span> dan <span class='author-name'><a href='/author/dewi-anggraini'>Dewi Anggraini</a></span></div>"
        "<time>27 Jan 2026, 15:28 WIB</time>" + paragraphs() + "</article>"
    )
    result = extract(
        portal_page(article, head=head, site="IDN Times"), "https://www.idntimes.com/news/indonesia/b"
    )
    assert result.authors == ["Budi Santoso", "Dewi Anggraini"]


# --- Indonesian: WordPress themes of kabupaten portals ------------------------------------------------------


def test_jnews_admin_account_loses_to_the_named_penulis_line():
    # JNews: `by admin` in the meta bar, the real writer credited after the body (classes 2 and 3).
    head = '<meta name="author" content="admin">'
    article = (
        "<div class='jeg_inner_content'><h1 class='jeg_post_title'>Banjir Rendam Ratusan Rumah</h1>"
        "<div class='jeg_meta_container'><div class='jeg_post_meta'><div class='jeg_meta_author'>"
        "<span class='meta_text'>by</span> <a href='/author/admin/'>admin</a></div>"
        "<div class='jeg_meta_date'><a href='#'>27 Januari 2026</a></div></div></div>"
        "<div class='entry-content'><div class='content-inner'>"
        + paragraphs()
        + "<p>Penulis: Budi Santoso</p>"
        "<p>Editor: Rina Kusumawati</p></div></div></div>"
    )
    result = extract(portal_page(article, head=head, body_class="post-template-default single jnews"))
    assert result.authors == ["Budi Santoso"]
    assert result.editor == "Rina Kusumawati"


def test_tagdiv_redaksi_account_with_initials_sign_off_gives_no_person():
    # Newspaper (tagDiv): `By Redaksi` and a `(bud/rin)` initials code after the text: no person is named.
    article = (
        "<article class='td-post-content'><header class='td-post-title'><h1 class='entry-title'>"
        "Banjir Rendam Ratusan Rumah</h1><div class='td-module-meta-info'><div class='td-post-author-name'>"
        "<div class='td-author-by'>By</div> <a href='/author/redaksi/'>Redaksi</a><div class='td-author-line'> - "
        "</div></div><span class='td-post-date'><time class='entry-date updated td-module-date' "
        "datetime='2026-01-27T15:28:00+07:00'>27 Januari 2026</time></span></div></header>"
        "<div class='td-post-content tagdiv-type'>" + paragraphs() + "<p>(bud/rin)</p></div></article>"
    )
    result = extract(portal_page(article, body_class="single td-standard-pack"))
    assert result.authors == []


def test_jannah_humas_account_loses_to_the_reporter_line():
    article = (
        "<article id='the-post' class='container-wrapper post-content'><header class='entry-header-outer'>"
        "<h1 class='post-title entry-title'>Banjir Rendam Ratusan Rumah</h1><div class='post-meta'>"
        "<span class='meta-author'><a href='/author/humas/' class='author-name tie-icon' title='Humas Pemkab'>"
        "Humas Pemkab</a></span><span class='date meta-item tie-icon'>27 Januari 2026</span></div></header>"
        "<div class='entry-content entry clearfix'>"
        + paragraphs()
        + "<p>Reporter: Budi Santoso</p></div></article>"
    )
    result = extract(portal_page(article, body_class="post-template-default single jannah"))
    assert result.authors == ["Budi Santoso"]


def test_sahifa_tim_redaksi_loses_to_the_oleh_line():
    article = (
        "<article class='post-listing post'><div class='post-inner'><h1 class='name post-title entry-title'>"
        "<span itemprop='name'>Banjir Rendam Ratusan Rumah</span></h1><p class='post-meta'>"
        "<span class='post-meta-author'><a href='/author/tim-redaksi/'>Tim Redaksi</a></span>"
        "<span class='tie-date'>27 Januari 2026</span></p><div class='entry'>"
        "<p>Oleh: Budi Santoso</p>" + paragraphs() + "</div></div></article>"
    )
    result = extract(portal_page(article, body_class="single sahifa"))
    assert result.authors == ["Budi Santoso"]


def test_smartmag_by_line_with_a_named_account():
    article = (
        "<article class='the-post'><div class='post-meta'><h1 class='is-title post-title'>Banjir Rendam Ratusan "
        "Rumah</h1><div class='post-meta-items meta-below'><span class='meta-item post-author'>"
        "<span class='by'>By</span> <a href='/author/budisantoso/' rel='author'>Budi Santoso</a></span>"
        "<span class='meta-item date'><time class='post-date' datetime='2026-01-27T15:28:00+07:00'>"
        "27 Januari 2026</time></span></div></div><div class='post-content entry-content'>"
        + paragraphs()
        + "</div></article>"
    )
    result = extract(portal_page(article, body_class="single smart-mag"))
    assert result.authors == ["Budi Santoso"]


def test_writer_credit_in_english_label_after_the_body():
    # Some regional portals end with `Writer: X | Editor: Y` in English.
    article = (
        "<article><h1 class='entry-title'>Banjir Rendam Ratusan Rumah</h1>"
        "<span class='posted-on'>27 Januari 2026</span><div class='entry-content'>"
        + paragraphs()
        + "<p>Writer: Budi Santoso | Editor: Rina Kusumawati</p></div></article>"
    )
    result = extract(portal_page(article))
    assert result.authors == ["Budi Santoso"]
    assert result.editor == "Rina Kusumawati"


# --- Indonesian: shapes that needed a rule ------------------------------------------------------------------


def test_laporan_label_with_the_place_after_a_bar():
    article = (
        "<article><h1 class='entry-title'>Banjir Rendam Ratusan Rumah</h1>"
        "<span class='posted-on'>Selasa, 27 Januari 2026 15:28 WIB</span><div class='entry-content'>"
        "<p>Laporan: Budi Santoso | Blora</p>" + paragraphs() + "</div></article>"
    )
    assert extract(portal_page(article)).authors == ["Budi Santoso"]


def test_tim_liputan_credit_names_every_member_in_order():
    article = (
        "<article><h1 class='entry-title'>Banjir Rendam Ratusan Rumah</h1>"
        "<span class='posted-on'>Selasa, 27 Januari 2026 15:28 WIB</span><div class='entry-content'>"
        + paragraphs()
        + "<p>Tim Liputan: Budi Santoso, Dewi Anggraini, dan Agus Salim</p></div></article>"
    )
    assert extract(portal_page(article)).authors == ["Budi Santoso", "Dewi Anggraini", "Agus Salim"]


def test_writer_and_editor_spans_glued_by_inline_markup():
    # IDN Times-style author box: `<span>Budi Santoso</span><span>Editor Rina</span>` reads `Budi SantosoEditor`.
    article = (
        "<article><h1>Banjir Rendam Ratusan Rumah</h1><div class='author-wrapper'>"
        "<a href='/profile/budi-santoso'><img alt='Budi Santoso' src='/a.jpg'><span>Budi Santoso</span></a>"
        "<span class='editor'>Editor Rina Kusumawati</span></div>"
        "<time>Selasa, 27 Januari 2026 15:28 WIB</time>" + paragraphs() + "</article>"
    )
    result = extract(portal_page(article))
    assert result.authors == ["Budi Santoso"]
    assert result.editor == "Rina Kusumawati"


def test_sign_off_names_the_writer_then_the_editor():
    article = (
        "<article><h1 class='entry-title'>Banjir Rendam Ratusan Rumah</h1>"
        "<span class='posted-on'>Selasa, 27 Januari 2026 15:28 WIB</span><div class='entry-content'>"
        "<p><strong>BLORA, Warta Kabupaten</strong> – "
        + ID_PARAGRAPHS[0]
        + "</p>"
        + paragraphs(ID_PARAGRAPHS[1:])
        + "<p>(Budi Santoso/Rina Kusumawati)</p></div></article>"
    )
    result = extract(portal_page(article))
    assert result.authors == ["Budi Santoso"]
    assert result.editor == "Rina Kusumawati"


def test_initials_sign_off_after_a_site_account_names_nobody():
    article = (
        "<article><h1 class='entry-title'>Banjir Rendam Ratusan Rumah</h1><span class='author'>admin</span>"
        "<span class='posted-on'>Selasa, 27 Januari 2026 15:28 WIB</span><div class='entry-content'>"
        + paragraphs()
        + "<p>(Bud/Rin)</p></div></article>"
    )
    assert extract(portal_page(article)).authors == []


def test_site_accounts_in_the_byline_are_no_persons():
    # Class 3 on kabupaten portals: the WordPress account that posted the story is a role, a desk or a
    # community label, never the writer.
    for account in (
        "Superadmin",
        "Adminweb",
        "Operator",
        "Jurnalis Warga",
        "Kontributor Daerah",
        "Biro Blora",
        "Advertorial",
        "Netizen",
        "Warta Blora",
        "Kabar Kudus",
        "Info Publik",
    ):
        article = (
            "<article><h1 class='entry-title'>Banjir Rendam Ratusan Rumah</h1>"
            f"<span class='author vcard'><a href='/author/x/'>{account}</a></span>"
            "<span class='posted-on'>Selasa, 27 Januari 2026 15:28 WIB</span>"
            "<div class='entry-content'>" + paragraphs() + "</div></article>"
        )
        head = f"<meta name='author' content='{account}'>"
        assert extract(portal_page(article, head=head)).authors == [], account


def test_kontributor_with_the_place_before_the_colon():
    article = (
        "<article><h1 class='entry-title'>Banjir Rendam Ratusan Rumah</h1>"
        "<span class='posted-on'>Selasa, 27 Januari 2026 15:28 WIB</span><div class='entry-content'>"
        + paragraphs()
        + "<p>Kontributor Blora: Budi Santoso</p></div></article>"
    )
    assert extract(portal_page(article)).authors == ["Budi Santoso"]


def test_header_desk_loses_to_the_named_writer_after_the_body():
    # `Redaksi` in the header, `(Budi Santoso)` signing the text: the person wins, the desk is not credited.
    article = (
        "<article><h1 class='entry-title'>Banjir Rendam Ratusan Rumah</h1><span class='author'>Redaksi</span>"
        "<span class='posted-on'>Selasa, 27 Januari 2026 15:28 WIB</span><div class='entry-content'>"
        + paragraphs()
        + "<p>(Budi Santoso)</p></div></article>"
    )
    result = extract(portal_page(article))
    assert result.authors == ["Budi Santoso"]
    assert result.agencies == []


def test_editor_shortened_in_the_credit_line_is_not_the_json_ld_author():
    # JSON-LD names the editor in full as author; the page's line shortens it: `Editor: Rina K.` (class 4).
    head = jsonld(author={"@type": "Person", "name": "Rina Kusumawati"})
    article = (
        "<article><h1 class='entry-title'>Banjir Rendam Ratusan Rumah</h1>"
        "<span class='posted-on'>Selasa, 27 Januari 2026 15:28 WIB</span><div class='entry-content'>"
        + paragraphs()
        + "<p>Editor: Rina K.</p></div></article>"
    )
    assert extract(portal_page(article, head=head)).authors == []


def test_editor_label_and_an_author_classed_link_name_only_the_editor():
    # `<span>Editor</span> <a class="author" href="/author/rina">Rina</a>`: the link's class says author, the
    # label says editor; editors never become authors.
    article = (
        "<article><h1 class='entry-title'>Banjir Rendam Ratusan Rumah</h1><div class='info'>"
        "<span class='label'>Editor</span> <a class='author' href='/author/rina-kusumawati/'>Rina Kusumawati</a>"
        "</div><span class='posted-on'>Selasa, 27 Januari 2026 15:28 WIB</span><div class='entry-content'>"
        + paragraphs()
        + "</div></article>"
    )
    result = extract(portal_page(article))
    assert result.authors == []
    assert result.editor == "Rina Kusumawati"


# --- other languages -----------------------------------------------------------------------------------------

DE_PARAGRAPHS = [
    "Der Stadtrat hat am Dienstagabend beschlossen, die Hochwassermauer am Flussufer um einen Meter zu erhöhen. "
    "Die Arbeiten sollen im Juli beginnen, sobald das Frühjahrshochwasser vorbei ist.",
    "Anwohner sagten, sie hätten mehr als zehn Jahre auf die Reparatur gewartet, und begrüßten die "
    "Entscheidung. Die Kosten von rund vier Millionen Euro teilen sich Land und Gemeinde.",
    "Der Bürgermeister kündigte an, die Bauarbeiten würden abschnittsweise ausgeführt, damit der Radweg am "
    "Ufer den ganzen Sommer über wenigstens auf einer Seite befahrbar bleibe.",
]


def news_page(article: str, *, head: str = "", lang: str = "de", site: str = "Stadtanzeiger") -> str:
    """A whole page of a European news site: metadata, menu, the article, a sidebar, comments, footer."""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>Hochwassermauer wird erhöht | {site}</title>
<meta property="og:type" content="article">
<meta property="og:title" content="Hochwassermauer wird erhöht">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="2023-10-18T11:45:00+02:00">
{head}
</head>
<body class="page-article">
<header><a href="/" class="logo">{site}</a>
<nav class="main-menu"><ul><li><a href="/politik">Politik</a></li><li><a href="/autoren">Autoren</a></li>
<li><a href="/kultur">Kultur</a></li></ul></nav></header>
<main id="main">
{article}
<section id="comments" class="comments"><h2>Kommentare</h2><article class="comment">
<p class="submitted">Gerhard B. am 19. Oktober 2023</p><p>Endlich passiert etwas.</p></article></section>
</main>
<aside class="sidebar"><h2>Meistgelesen</h2><ul><li><a href="/a/1">Neuer Radweg eröffnet</a>
<span class="author">von Petra Lang</span></li></ul></aside>
<footer class="site-footer"><p>© 2023 {site} · <a href="/impressum">Impressum</a></p></footer>
</body>
</html>"""


def de_paragraphs() -> str:
    return "".join(f"<p>{p}</p>" for p in DE_PARAGRAPHS)


def extract_de(page: str, url: str = "https://stadtanzeiger.example/artikel/hochwassermauer-123"):
    return extract_article(page, url, fetched_at=FETCHED)


H1 = "<h1>Hochwassermauer wird erhöht</h1>"


def test_json_ld_person_with_given_and_family_name_only():
    # Der Standard and other CMSs write schema.org's structured names without `name`.
    people = [("Birgit", "Baumann"), ("Anna Giulia", "Fink"), ("Jan Michael", "Marchart")]
    head = jsonld(author=[{"@type": "Person", "givenName": g, "familyName": f} for g, f in people])
    article = (
        f"<article>{H1}<div class='article-byline'><div class='article-origins'>"
        "<span class='simple'>Birgit Baumann</span><span class='simple'>Anna Giulia Fink</span>"
        "<span class='simple'>Jan Michael Marchart</span></div></div>" + de_paragraphs() + "</article>"
    )
    result = extract_de(news_page(article, head=head))
    assert result.authors == ["Birgit Baumann", "Anna Giulia Fink", "Jan Michael Marchart"]


def test_json_ld_names_with_staff_codes_win_over_a_desk_credit():
    # NZZ: JSON-LD `Elena Oberholzer (obe)`, the page shows only `NZZ-Redaktion`: the persons win (class 3).
    head = jsonld(
        author=[
            {"@type": "Person", "name": "Elena Oberholzer (obe)"},
            {"@type": "Person", "name": "Corina Gall (cog.)"},
        ]
    )
    article = (
        f"<article>{H1}<span class='metainfo__item--author'>NZZ-Redaktion</span>"
        + de_paragraphs()
        + "</article>"
    )
    result = extract_de(news_page(article, head=head, site="Neue Zürcher Zeitung"))
    assert result.authors == ["Elena Oberholzer", "Corina Gall"]
    assert result.agencies == []


def test_labelled_byline_showing_the_first_of_the_json_ld_authors():
    head = jsonld(
        author=[{"@type": "Person", "name": "Maya Gebeily"}, {"@type": "Person", "name": "Anthony Deutsch"}]
    )
    article = f"<article>{H1}<p class='byline'>By Maya Gebeily</p>" + de_paragraphs() + "</article>"
    result = extract_de(news_page(article, head=head, lang="en", site="Wire"))
    assert result.authors == ["Maya Gebeily", "Anthony Deutsch"]


def test_french_par_before_the_outlet_and_an_agency():
    # `Par Le Figaro et AFP`: the outlet and an agency, no person (classes 5 and 7).
    article = (
        f"<article>{H1}<span class='fig-content-metas__authors'> Par Le Figaro et AFP</span>"
        + de_paragraphs()
        + "</article>"
    )
    result = extract_de(
        news_page(article, lang="fr", site="Le Figaro"), "https://www.lefigaro.fr/international/a-2024"
    )
    assert result.authors == []
    assert result.agencies == ["Le Figaro", "AFP"]


def test_correspondent_post_under_the_name_is_no_second_author():
    article = (
        f"<article>{H1}<section class='voc-author'><p class='voc-author__name'><a href='/autor/marta-canete-5890/'>"
        "Marta Cañete</a></p><p class='voc-author__special'>Corresponsal en Atenas</p></section>"
        + de_paragraphs()
        + "</article>"
    )
    assert extract_de(news_page(article, lang="es", site="ABC")).authors == ["Marta Cañete"]


def test_korean_reporter_suffix_and_the_fuller_json_ld_list():
    names = ["배윤경", "이상현", "한수진"]
    head = jsonld(author=[{"@type": "Person", "name": n} for n in names])
    article = (
        f"<article>{H1}<div class='byline'><span class='author'>배윤경 기자</span></div>"
        + de_paragraphs()
        + "</article>"
    )
    assert extract_de(news_page(article, head=head, lang="ko", site="매일경제")).authors == names


def test_follow_button_in_the_byline_box_is_no_name_and_the_outlet_is_credited():
    head = jsonld(author={"@type": "Organization", "name": "Salzburger Nachrichten"})
    article = (
        f"<article>{H1}<div class='article-author'><div class='followAuthor'>Zum Folgen bitte anmelden. "
        "<button class='followAuthorBtn' type='button'>Abbruch</button></div></div>"
        + de_paragraphs()
        + "</article>"
    )
    result = extract_de(news_page(article, head=head, site="Salzburger Nachrichten"))
    assert result.authors == []
    assert result.agencies == ["Salzburger Nachrichten"]


def test_json_ld_agency_beside_a_person_is_credited():
    head = jsonld(
        author=[{"@type": "Person", "name": "Paula Steiger"}, {"@type": "Organization", "name": "SDA"}]
    )
    article = f"<article>{H1}" + de_paragraphs() + "</article>"
    result = extract_de(news_page(article, head=head, site="Tages-Anzeiger"))
    assert result.authors == ["Paula Steiger"]
    assert result.agencies == ["SDA"]


def test_agency_and_writer_in_one_byline_span():
    article = (
        f"<article>{H1}<div class='authors-container'><span id='prefix'></span>"
        "<span id='authors' class='pxp-html'>Reuters, Thorsten Kramer</span></div>"
        + de_paragraphs()
        + "</article>"
    )
    result = extract_de(news_page(article, site="Börsen-Zeitung"))
    assert result.authors == ["Thorsten Kramer"]
    assert result.agencies == ["Reuters"]


def test_link_to_the_writers_page_without_a_class_is_the_byline():
    # No byline class, no rel=author: `von <a href="/autoren/name/max-kolter">`; the menu's `/autoren` list is not.
    article = (
        f"<article>{H1}<p class='info'>von <a href='/autoren/name/max-kolter'>Dr. Max Kolter</a></p>"
        + de_paragraphs()
        + "</article>"
    )
    assert extract_de(news_page(article)).authors == ["Dr. Max Kolter"]


def test_several_writers_links_in_one_line():
    article = (
        f"<article>{H1}<div style='text-transform: uppercase'><a href='/ueber-uns/autoren/Clara-Loew'>Clara Löw</a>, "
        "<a href='/ueber-uns/autoren/Siddharth-Prakash'>Siddharth Prakash</a> &amp; "
        "<a href='/ueber-uns/autoren/Klaus-Jacob'>Klaus Jacob</a></div>" + de_paragraphs() + "</article>"
    )
    assert extract_de(news_page(article)).authors == ["Clara Löw", "Siddharth Prakash", "Klaus Jacob"]


def test_credit_labels_in_other_languages_after_the_body():
    for label, lang in (
        ("Autor:", "de"),
        ("Text:", "de"),
        ("Tekst:", "nl"),
        ("Yazar:", "tr"),
        ("Forfatter:", "da"),
    ):
        article = (
            f"<div class='content'>{H1}" + de_paragraphs() + f"<p><strong>{label}</strong> "
            "<a href='/profil/207/Klausmartin_Friedrich'>Klausmartin Friedrich</a></p></div>"
        )
        assert extract_de(news_page(article, lang=lang)).authors == ["Klausmartin Friedrich"], label


def test_von_alone_before_the_name_element():
    article = (
        f"<div class='content'>{H1}<div class='meta'>Von <span>Jörg Mecher</span></div>"
        + de_paragraphs()
        + "</div>"
    )
    assert extract_de(news_page(article)).authors == ["Jörg Mecher"]


def test_teaser_grid_bylines_lose_to_the_json_ld_author():
    # GameStar: every card of the 'more on this' grid under the article has `<div class="authors">von X</div>`.
    head = jsonld(author={"@type": "Person", "name": "Duy Linh Dinh"})
    cards = "".join(
        f"<div class='contentbox'><a href='/artikel/{i}'>Andere Geschichte {i}</a><div class='item-info'>"
        f"<div class='authors'>von <span>{name}</span></div></div></div>"
        for i, name in enumerate(["Alana Friedrichs", "Benjamin Otterstein", "Petra Lang"])
    )
    article = f"<article>{H1}" + de_paragraphs() + f"</article><div class='more'>{cards}</div>"
    assert extract_de(news_page(article, head=head)).authors == ["Duy Linh Dinh"]


def test_json_ld_login_name_is_read_as_the_persons_name():
    head = jsonld(author={"@type": "Person", "name": "christian.stadtfeld"})
    article = f"<article>{H1}" + de_paragraphs() + "</article>"
    assert extract_de(news_page(article, head=head)).authors == ["Christian Stadtfeld"]


def test_spanish_polish_and_turkish_and_join_two_full_names():
    for line, lang in (
        ("Por Juan Pérez y María López", "es"),
        ("Jan Kowalski i Anna Nowak", "pl"),
        ("Ahmet Yılmaz ve Mehmet Demir", "tr"),
    ):
        article = f"<article>{H1}<p class='byline'>{line}</p>" + de_paragraphs() + "</article>"
        authors = extract_de(news_page(article, lang=lang)).authors
        assert len(authors) == 2 and " " in authors[0] and " " in authors[1], line


def test_compound_spanish_surname_keeps_its_y():
    article = f"<article>{H1}<p class='byline'>Por José Ortega y Gasset</p>" + de_paragraphs() + "</article>"
    assert extract_de(news_page(article, lang="es")).authors == ["José Ortega y Gasset"]


def test_agency_and_desk_links_side_by_side_are_two_credits():
    # `<a>dpa</a><a>MM-Redaktion</a>` reads `dpaMM-Redaktion` as one text: each link is its own credit.
    article = (
        f"<article>{H1}<span class='authors'><a class='post-author' href='/verfasser/dpa'>dpa</a>"
        "<a class='post-author' href='/verfasser/redaktion'>MM-Redaktion</a></span>"
        + de_paragraphs()
        + "</article>"
    )
    result = extract_de(news_page(article, site="Mallorca Magazin"))
    assert result.authors == []
    assert result.agencies == ["dpa", "MM-Redaktion"]


def test_agency_and_desk_words_of_other_languages_are_organisations():
    for line, agency in (
        ("Por Europa Press", "Europa Press"),
        ("Haber Merkezi", "Haber Merkezi"),
        ("Redakcja", "Redakcja"),
    ):
        article = f"<article>{H1}<p class='byline'>{line}</p>" + de_paragraphs() + "</article>"
        result = extract_de(news_page(article, lang="es"))
        assert result.authors == [] and result.agencies == [agency], line


def test_scandinavian_av_and_af_bylines():
    for line, lang in (("Av Ola Nordmann", "no"), ("Af Lars Hansen og Mette Frederiksen", "da")):
        article = f"<article>{H1}<p class='byline'>{line}</p>" + de_paragraphs() + "</article>"
        expected = line.split(" ", 1)[1].split(" og ")
        assert extract_de(news_page(article, lang=lang)).authors == expected, line


def test_handles_pictographs_and_via_agency_in_english_bylines():
    article = (
        f"<article>{H1}<p class='byline'>By Jane Doe @janedoe ✍️ via Reuters</p>"
        + de_paragraphs()
        + "</article>"
    )
    result = extract_de(news_page(article, lang="en", site="Daily Example"))
    assert result.authors == ["Jane Doe"]
    assert result.agencies == ["Reuters"]


def test_text_and_picture_credits_keep_the_photographer_out():
    # `Texto: X | Fotos: Y` (Spanish), `Text: X, Bilder: Y` (German): the writer only.
    for line, lang in (
        ("Texto: Ana García | Fotos: Luis Pérez", "es"),
        ("Text: Hans Müller, Bilder: Petra Lang", "de"),
    ):
        article = f"<article>{H1}<p class='credits'>{line}</p>" + de_paragraphs() + "</article>"
        assert extract_de(news_page(article, lang=lang)).authors == [
            line.split(": ")[1].split(" |")[0].split(",")[0]
        ]


def test_redaktion_label_names_the_editor():
    # `Redaktion: X` beside the writer names who edited the piece, not a desk.
    article = (
        f"<article>{H1}<p class='byline'>Text: Petra Lang, Redaktion: Hans Müller</p>"
        + de_paragraphs()
        + "</article>"
    )
    result = extract_de(news_page(article))
    assert result.authors == ["Petra Lang"]
    assert result.editor == "Hans Müller"


def test_json_ld_person_named_like_the_site_is_the_outlet_credited():
    # Newsrooms file unsigned stories under an account named like the site (`Landesspiegel`, `ET Online`).
    head = jsonld(author={"@type": "Person", "name": "Landesspiegel"})
    article = f"<article>{H1}" + de_paragraphs() + "</article>"
    result = extract_de(
        news_page(article, head=head, site="Landesspiegel"), "https://landesspiegel.example/a/1"
    )
    assert result.authors == []
    assert result.agencies == ["Landesspiegel"]


# --- Indonesian page shapes of outlets outside the corpus (session 4): dates of teasers, layout wrappers,
# closing credits, Tribun's `Laporan Name | Place`, author-box tabs --------------------------------------------

WIB_1528 = datetime(2026, 1, 27, 8, 28, tzinfo=timezone.utc)
UNDATED_URL = "https://wartakabupaten.example/read/banjir-rendam-ratusan-rumah"  # no date for the URL rule


def more_news_list(item: str = "li") -> str:
    """A 'more news' list after the text whose class names no boilerplate word (detik network's `nhl-list`,
    Kontan's `list-berita`): each teaser is a linked headline with its own time."""
    wrap = "ul" if item == "li" else "div"
    items = "".join(
        f"<{item} class='news-item'><a href='/read/2026/01/{day}/berita-{day}'><h3>{title}</h3></a>"
        f"<span class='time'>{weekday}, {day} Jan 2026 {hour} WIB</span></{item}>"
        for day, weekday, hour, title in (
            ("26", "Senin", "16:20", "Harga Beras Premium Naik Lagi di Pasar Induk"),
            ("25", "Minggu", "12:00", "Petani Keluhkan Pupuk Langka Jelang Musim Tanam"),
        )
    )
    return f"<section class='nhl-list'><h2>Berita Lainnya</h2><{wrap}>{items}</{wrap}></section>"


def test_short_article_takes_no_date_from_the_teaser_list_after_it():
    # CNN Indonesia / Kontan shape: the header shows only the desk, the time is in metadata; the list of other
    # stories after the short text carries `span.time` dates (a dated teaser list on any site).
    head = jsonld(datePublished="2026-01-27T15:28:00+07:00", author={"@type": "Organization", "name": "CNN"})
    article = (
        "<section class='detail'><h1 class='mb-2'>Banjir Rendam Ratusan Rumah</h1>"
        "<span class='text-red'>Warta Kabupaten</span>"
        "<div class='detail-text'>" + paragraphs() + "<p>(fby/sfr)</p></div>"
        "<div class='tags'><a href='/tag/banjir'>banjir</a></div>" + more_news_list("li") + "</section>"
    )
    page = portal_page(article, head=head).replace('<meta property="article:published_time"', "<meta x")
    result = extract(page, UNDATED_URL)
    assert result.published == WIB_1528


def test_header_date_line_before_the_text_beats_a_dated_card_after_it():
    # The header's date line has no date class (`div.text-sm`); the cards after the text (divs, not a list)
    # have `span.time`: the line between the headline and the first paragraph is the article's.
    article = (
        "<section class='detail'><h1 class='mb-2'>Banjir Rendam Ratusan Rumah</h1>"
        "<div class='text-grey text-sm'>Selasa, 27 Jan 2026 15:28 WIB</div>"
        "<div class='detail-text'>" + paragraphs() + "</div>" + more_news_list("div") + "</section>"
    )
    page = portal_page(article).replace('<meta property="article:published_time"', "<meta x")
    result = extract(page, UNDATED_URL)
    assert result.published == WIB_1528


def genesis_page(entry: str) -> str:
    """A WordPress Genesis page: `content-sidebar-wrap` wraps the article and the sidebar together."""
    return f"""<!DOCTYPE html>
<html lang="id-ID"><head><meta charset="UTF-8"><title>Banjir Rendam Ratusan Rumah - Warta Pemilu</title>
<meta property="og:site_name" content="Warta Pemilu"><meta property="og:title" content="Banjir Rendam Ratusan Rumah">
<meta property="article:published_time" content="2026-01-27T15:28:00+07:00"></head>
<body class="post-template-default single single-post content-sidebar genesis-breadcrumbs-visible">
<div class="site-container"><header class="site-header"><p class="site-title"><a href="/">Warta Pemilu</a></p>
<nav class="nav-primary"><ul class="menu"><li><a href="/pilkada/">Pilkada</a></li></ul></nav></header>
<div class="site-inner"><div class="content-sidebar-wrap"><main class="content" id="genesis-content">
<article class="post type-post entry"><header class="entry-header"><h1 class="entry-title">Banjir Rendam Ratusan
Rumah</h1><p class="entry-meta"><time class="entry-time">27 Januari 2026</time> oleh <span class="entry-author">
<a class="entry-author-link" href="/author/admin/"><span class="entry-author-name">Admin Warta</span></a></span>
</p></header><div class="entry-content">{entry}</div></article>
<section id="comments" class="comments-area"><ol class="comment-list"><li class="comment"><b class="fn">Rina</b>
<p>Semoga cepat surut.</p></li></ol></section></main>
<aside class="sidebar sidebar-primary widget-area"><section class="widget"><h3 class="widgettitle">Terbaru</h3>
<ul><li><a href="/2026/01/20/jalan/">Jalan Rusak</a> <span class="author">Penulis: Budi Hartono</span></li></ul>
</section></aside></div></div>
<footer class="site-footer"><p>Copyright © 2026 Warta Pemilu</p></footer></div></body></html>"""


def test_genesis_content_sidebar_wrap_does_not_hide_the_credit_after_the_text():
    # Every Genesis site wraps article and sidebar in `div.content-sidebar-wrap`; the sidebar itself is
    # `aside.sidebar`: only the latter's names are other stories'.
    result = extract(genesis_page(paragraphs() + "<p>Penulis: Budi Santoso</p>"))
    assert result.authors == ["Budi Santoso"]


def test_full_name_in_brackets_closing_a_short_last_paragraph_is_the_writer():
    # `(Slamet Riyadi)` after a one-sentence last paragraph; initials codes stay codes.
    short_last = "Bawaslu mencatat partisipasi pemilih di lima kecamatan rata-rata mencapai 78 persen."
    entry = paragraphs() + f"<p>{short_last}</p><p>(Slamet Riyadi)</p>"
    result = extract(genesis_page(entry))
    assert result.authors == ["Slamet Riyadi"]
    assert "(Slamet Riyadi)" not in result.body
    assert extract(genesis_page(paragraphs() + f"<p>{short_last}</p><p>(sla/rin)</p>")).authors == []


def test_tribun_regional_laporan_name_bar_place_opening_the_text():
    # serambinews, tribunjateng and the other Tribun regional editions: `Laporan Yusmadi | Aceh Besar`.
    article = (
        "<div class='main-content'><h1 id='arttitle'>Banjir Rendam Ratusan Rumah</h1>"
        "<time>Selasa, 27 Januari 2026 15:28 WIB</time><div class='side-article txt-article'>"
        "<p><strong>Laporan Yusmadi | Aceh Besar</strong></p><p><strong>SERAMBINEWS.COM, JANTHO</strong> - "
        + ID_PARAGRAPHS[0]
        + "</p>"
        + paragraphs(ID_PARAGRAPHS[1:])
        + "</div></div>"
    )
    head = '<meta name="author" content="Serambinews.com">'
    result = extract(portal_page(article, head=head, site="Serambinews.com"))
    assert result.authors == ["Yusmadi"]


def test_author_box_tabs_are_no_credit_label():
    # Author-box plugins (Starbox `abh_box`, tabbed bio boxes): `<li><a href="#about">Author</a></li>
    # <li><a href="#posts">Recent Posts</a></li>` are tabs, the name is in the box below them.
    article = (
        "<article class='post entry'><h1 class='entry-title'>Banjir Rendam Ratusan Rumah</h1>"
        "<p class='entry-meta'><time class='entry-time'>27 Januari 2026</time></p>"
        "<div class='entry-content'>" + paragraphs() + "<div class='abh_box'><ul class='abh_tabs'>"
        "<li class='abh_about'><a href='#abh_about'>Author</a></li>"
        "<li class='abh_posts'><a href='#abh_posts'>Recent Posts</a></li></ul>"
        "<div class='abh_tab_content'><section class='vcard author'><h4 class='fn'>"
        "<a href='/author/budi/'>Budi Santoso</a></h4><p>Wartawan di Blora.</p></section></div></div>"
        "</div></article>"
    )
    assert extract(portal_page(article)).authors == ["Budi Santoso"]


def test_label_in_its_own_element_reads_every_author_link_after_it():
    # katadata `<span>Oleh</span> <a>A</a>, <a>B</a>`, WordPress multi-author plugins (`By <a>A</a> and
    # <a>B</a>`): JSON-LD lists only the first writer; the visible links name both, in order.
    head = jsonld(author=[{"@type": "Person", "name": "Budi Santoso"}])
    article = (
        "<div class='detail-header'><h1 class='detail-title'>Banjir Rendam Ratusan Rumah</h1>"
        "<div class='detail-author'><span>Oleh</span> <a href='/author/1'>Budi Santoso</a>, "
        "<a href='/author/2'>Rina M. Kusumawati</a> dan <a href='/author/3'>Agus Salim</a> Jakarta</div>"
        "<div class='detail-date'>27 Januari 2026, 15.28</div></div>"
        "<article class='detail-body'>" + paragraphs() + "</article>"
    )
    result = extract(portal_page(article, head=head))
    assert result.authors == ["Budi Santoso", "Rina M. Kusumawati", "Agus Salim"]


def test_meta_author_named_after_the_regional_host_is_the_site():
    # RMOL's and other networks' regional editions (jateng.rmol.id) set meta author to the edition's name
    # `RMOL Jateng`: the words are the host's labels, the brand among them; it is the outlet, not a person.
    head = '<meta name="author" content="RMOL Jateng">'
    article = (
        "<article><h1>Banjir Rendam Ratusan Rumah</h1><time>Selasa, 27 Januari 2026 15:28 WIB</time>"
        "<div class='txt'>" + paragraphs() + "</div></article>"
    )
    url = "https://jateng.rmol.id/read/2026/01/27/1/banjir-rendam-ratusan-rumah"
    result = extract(portal_page(article, head=head, site="Kantor Berita RMOLJateng"), url)
    assert result.authors == []
    assert result.agencies == ["RMOL Jateng"]
    person = portal_page(article, head='<meta name="author" content="Budi Santoso">')
    assert extract(person, url).authors == ["Budi Santoso"]
