"""Article body extraction on realistic fixture pages: what is kept, what is removed, how paragraphs split."""

from __future__ import annotations

import time

import pytest
from bs4 import BeautifulSoup

from telisik.extract.body import extract_body

CHROME_TOP = """<header class="site-header"><div class="logo"><a href="/">TelisikFakta</a></div>
<nav class="main-nav"><ul><li><a href="/">Beranda</a></li><li><a href="/daerah">Daerah</a></li>
<li><a href="/ekonomi">Ekonomi</a></li><li><a href="/olahraga">Olahraga</a></li></ul></nav>
<div class="breadcrumb"><a href="/">Home</a> / <a href="/daerah">Daerah</a></div></header>"""

SIDEBAR = """<aside class="sidebar"><div class="widget populer"><h3>Terpopuler</h3><ol>
<li><a href="/a1">Harga Cabai di Pasar Blora Naik Dua Kali Lipat Jelang Lebaran Tahun Ini</a></li>
<li><a href="/a2">Jalan Rusak di Cepu Dikeluhkan Warga, Pemkab Janji Perbaiki Bulan Depan</a></li>
<li><a href="/a3">Tim Sepak Bola Lokal Lolos ke Babak Final Setelah Menang Adu Penalti</a></li></ol></div>
<div class="ads-box"><div class="ad-slot">ADVERTISEMENT</div></div></aside>"""

CHROME_BOTTOM = """<div class="comments" id="comments"><h3>Komentar</h3>
<div class="comment"><p>Wah mantap sekali kegiatannya, semoga tahun depan lebih meriah lagi dan makin banyak yang datang, ya.</p></div>
<div class="comment"><p>Saya dulu juga ikut waktu kecil, rindu sekali suasana desa saat sedekah bumi, apalagi makan bersama.</p></div>
</div>
<footer class="site-footer"><p>&copy; 2024 TelisikFakta. Seluruh hak cipta dilindungi.</p>
<ul><li><a href="/redaksi">Redaksi</a></li><li><a href="/pedoman">Pedoman Media Siber</a></li></ul></footer>"""


def page(article: str, *, title: str = "Sedekah Bumi di Blora", lang: str = "id") -> BeautifulSoup:
    html = f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} - TelisikFakta</title>
<meta property="og:type" content="article"><meta property="og:title" content="{title}">
<meta name="description" content="Ringkasan berita.">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}"}}</script>
<style>.x{{color:red}}</style><script>var dataLayer = [{{"author": "Redaksi"}}];</script></head>
<body>{CHROME_TOP}<main class="container"><div class="row">{article}{SIDEBAR}</div></main>{CHROME_BOTTOM}</body></html>"""
    return BeautifulSoup(html, "lxml")


def body_of(article: str, **kwargs) -> str:
    soup = page(article, **{k: v for k, v in kwargs.items() if k in ("title", "lang")})
    return extract_body(soup, **{k: v for k, v in kwargs.items() if k not in ("title", "lang")})


P1 = "Ratusan warga Desa Ngawen memadati lapangan desa untuk mengikuti tradisi sedekah bumi, Sabtu (4/5/2024) pagi."
P2 = (
    "Kepala Desa Ngawen, Sutrisno, mengatakan tradisi ini digelar setiap tahun sebagai ungkapan syukur atas hasil "
    "panen yang melimpah, sekaligus mempererat kerukunan warga."
)
P3 = (
    "Acara diawali dengan kirab gunungan hasil bumi keliling desa, lalu ditutup dengan doa bersama dan makan "
    "tumpeng di balai desa hingga siang hari."
)


def test_detik_layout_dateline_outside_first_paragraph_and_inserts_removed():
    article = f"""<article class="detail">
  <h1 class="detail__title">Sedekah Bumi di Blora</h1>
  <div class="detail__author">Vidya Pinandhita - detikHealth</div>
  <div class="detail__date">Kamis, 02 Nov 2023 20:59 WIB</div>
  <div class="detail__media"><figure class="detail__media-image"><img src="/foto.jpg" alt="">
    <figcaption class="detail__media-caption">Warga membawa gunungan hasil bumi. Foto: Dok. Warga</figcaption></figure></div>
  <div class="detail__body-text itp_bodycontent">
    <strong>Jakarta</strong> - <p>{P1}</p>
    <table class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga:</strong>
      <a href="/b1">Pasar Murah Digelar di Cepu Jelang Lebaran</a></div></td></tr></table>
    <p>{P2}</p>
    <div class="parallaxindetail scrollpage"><p class="para_caption">ADVERTISEMENT</p>
      <div id="parallax"></div><p class="para_caption">SCROLL TO CONTINUE WITH CONTENT</p></div>
    <p>{P3} (vyp/kna)</p>
    <p><strong>Simak Video "Meriahnya Sedekah Bumi di Blora":</strong></p>
    <p>[Gambas:Video 20detik]</p>
  </div>
  <div class="detail__body-tag"><div class="nav"><a class="nav__item" href="/tag/blora">blora</a>
    <a class="nav__item" href="/tag/sedekah-bumi">sedekah bumi</a></div></div>
  <div class="share-box"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>
</article>"""
    body = body_of(
        article,
        title="Sedekah Bumi di Blora",
        skip_texts=("Vidya Pinandhita - detikHealth", "Kamis, 02 Nov 2023 20:59 WIB"),
    )
    assert body == f"Jakarta - {P1}\n\n{P2}\n\n{P3}"


def test_antara_layout_br_separated_text_editor_and_copyright_removed():
    article = f"""<div class="content-detail">
  <h1 class="title">Sedekah Bumi di Blora</h1>
  <div class="date"><time datetime="2017-05-15T18:43:00+07:00">Senin, 15 Mei 2017 18:43 WIB</time> | 1.234 Views</div>
  <div class="byline">Pewarta: Nur Imansyah</div>
  <div class="pbrt"><img src="/foto.jpg" alt=""><p>Warga membawa gunungan hasil bumi saat kirab (ANTARA FOTO/Budi)</p></div>
  <div id="content_news" itemprop="articleBody">Mataram, NTB (ANTARA News) - {P1}<br/><br/>{P2}<br/>
  <br/>{P3}<br/><br/><p>Editor: <span itemprop="editor">Tasrief Tarmizi</span></p>
  <p>COPYRIGHT © ANTARA 2017</p></div>
  <div class="berita-lainnya"><h3>Berita Lainnya</h3><ul>
    <li><a href="/c1">Ribuan Warga Ikuti Jalan Sehat di Mataram untuk Memperingati Hari Jadi Kota</a></li>
    <li><a href="/c2">Gubernur Resmikan Jembatan Baru di Lombok Tengah yang Menghubungkan Dua Desa</a></li></ul></div>
</div>"""
    body = body_of(article, skip_texts=("Pewarta: Nur Imansyah",))
    assert body == f"Mataram, NTB (ANTARA News) - {P1}\n\n{P2}\n\n{P3}"


def test_kompas_bola_layout_strong_dateline_inside_br_text_and_related_box():
    article = f"""<div class="kcm-read-content">
  <div class="kcm-read-content-top"><h4><a href="/bola">Bola</a> / <a href="/liga">Liga Indonesia</a></h4>
    <h2>Sedekah Bumi di Blora</h2><div class="kcm-date">Selasa, 23 Februari 2016 | 16:37 WIB</div></div>
  <div class="photo"><img src="/foto.jpg" alt=""><div class="photo-caption">Twitter @Persib<br/>Suasana kirab budaya.</div></div>
  <div class="kcm-read-text"><span class="kcmread1114"><strong>KUTA, KOMPAS.com —</strong> {P1}<br><br>{P2}<br><br>{P3}</span></div>
  <div class="kcm-related"><h3>Berita Terkait</h3><ul><li><a href="/r1">Persib Menang Tipis atas Arema di Laga Uji Coba Kemarin</a></li>
    <li><a href="/r2">Pelatih Persib Puas dengan Permainan Anak Asuhnya di Babak Kedua</a></li></ul></div>
  <table class="credits"><tr><td>Penulis</td><td>: Ferril Dennys</td></tr><tr><td>Editor</td><td>: Aloysius Gonsaga AE</td></tr></table>
</div>"""
    body = body_of(article)
    assert body == f"KUTA, KOMPAS.com — {P1}\n\n{P2}\n\n{P3}"


def test_kapanlagi_layout_bare_text_lead_caption_and_signoff():
    lead = (
        "Kapanlagi.com - Brandon Salim rupanya semakin mantap menekuni dunia hiburan tanah air setelah jadi "
        "pemeran utama dalam serial web yang ramai dibicarakan."
    )
    article = f"""<div class="col-dt-left"><div class="entertainment-detail-news">{lead}
  <div class="pic-caption"><img src="/foto.jpg" alt=""><div class="caption">Brandon Salim ©KapanLagi.com/Akrom</div></div>
  <p>{P2}</p><p>{P3}</p>
  <p>(kpl/pur/tch)</p>
  <div class="jangan-lewatkan"><h4>Jangan Lewatkan</h4><ul>
    <li><a href="/j1">Ini Dia Tampilan Rumah Mewah Milik Artis Papan Atas, Keren Banget Ya?</a></li>
    <li><a href="/j2">Deretan Film Indonesia yang Wajib Ditonton Akhir Pekan Ini Bersama Keluarga</a></li></ul></div>
  <div class="tags-box"><span>Tag:</span> <a href="/tag/brandon">Brandon Salim</a></div>
</div></div>"""
    assert body_of(article) == f"{lead}\n\n{P2}\n\n{P3}"


def test_okezone_layout_inline_elements_joined_without_extra_spaces_and_baca_juga():
    inline = (
        'Indra mengaku tak punya resep khusus. "Enggak ada yang istimewa <i>sih</i>, kami cuma saling '
        'terbuka dan <b>menghargai</b> satu sama lain," ujarnya di Jakarta.'
    )
    expected_inline = (
        'Indra mengaku tak punya resep khusus. "Enggak ada yang istimewa sih, kami cuma saling '
        'terbuka dan menghargai satu sama lain," ujarnya di Jakarta.'
    )
    article = f"""<div class="container-read"><h1>Sedekah Bumi di Blora</h1>
  <div class="reporter"><b>Vania Ika Aldida</b> | Jum'at, 17 Februari 2017 - 13:30 wib</div>
  <div id="contentx" class="ctn-desc"><p>JAKARTA - {P1}</p>
    <p><strong>Baca Juga:</strong> <a href="/x">Artis Ini Ungkap Rahasia Rumah Tangga Harmonis Selama Sepuluh Tahun</a></p>
    <p>{inline}</p>
    <p>{P3} (fbn)</p></div>
  <div class="popin-recommend"><div class="item"><a href="/p1">Rekomendasi: Lima Tempat Wisata Murah di Jakarta Selatan untuk Libur Akhir Pekan</a></div></div>
</div>"""
    assert body_of(article) == f"JAKARTA - {P1}\n\n{expected_inline}\n\n{P3}"


def test_mediaindonesia_layout_trailing_code_inside_paragraph_and_promos():
    article = f"""<div class="article"><h1>Sedekah Bumi di Blora</h1>
  <div class="author-2">Andhika Prasetyo</div><span class="datetime"> 22/10/2025 06:59</span>
  <figure><img src="/f.jpg" alt=""><figcaption>Ilustrasi. MI/Susanto</figcaption></figure>
  <div class="article-content"><p>{P1}</p>
    <p class="related-news">Baca juga : <a href="/r">Warga Cepu Gelar Festival Budaya Tahunan di Alun-alun Kota</a></p>
    <p>{P2}</p><p>{P3}(E-2)</p>
    <p>Cek berita dan artikel yg lain di <a href="https://news.google.com/x">Google News</a> dan dan ikuti WhatsApp channel
      mediaindonesia.com</p></div>
  <div class="info-author">Editor : Andhika</div>
</div>"""
    body = body_of(article, skip_texts=("Andhika Prasetyo", "22/10/2025 06:59"))
    assert body == f"{P1}\n\n{P2}\n\n{P3}"


def test_liputan6_layout_paragraph_with_double_br_and_baca_juga_block():
    article = f"""<div class="read-page__content-body"><div id="multi-page-0">
  <p><b>Liputan6.com, Jakarta -</b> {P1}<br><br>{P2}</p>
  <p>Baca Juga</p>
  <div class="baca-juga"><ul><li><a href="/b1">Operator Seluler Tambah Jaringan 4G di Jawa Tengah Tahun Ini</a></li>
    <li><a href="/b2">Pengguna Data Seluler di Indonesia Terus Tumbuh Setiap Tahun</a></li></ul></div>
  <p><strong>Layanan 4G</strong></p>
  <p>{P3}</p>
  <p>(Cas/Isk)</p>
</div></div>"""
    assert body_of(article) == f"Liputan6.com, Jakarta - {P1}\n\n{P2}\n\nLayanan 4G\n\n{P3}"


def test_lists_and_tables_inside_the_article_are_kept_as_text():
    article = f"""<article class="post"><div class="entry-content">
  <p>{P1}</p>
  <p>Berikut susunan acara sedekah bumi tahun ini, yang dibagi menjadi beberapa bagian utama:</p>
  <ul><li>Kirab gunungan hasil bumi keliling desa</li><li>Doa bersama di balai desa</li>
    <li>Pentas wayang kulit semalam suntuk</li></ul>
  <table><thead><tr><th>Dusun</th><th>Peserta</th></tr></thead>
    <tbody><tr><td>Ngawen</td><td>120 orang</td></tr><tr><td>Sumber</td><td>85 orang</td></tr></tbody></table>
  <p>{P2}</p>
</div></article>"""
    body = body_of(article)
    assert body.split("\n\n") == [
        P1,
        "Berikut susunan acara sedekah bumi tahun ini, yang dibagi menjadi beberapa bagian utama:",
        "Kirab gunungan hasil bumi keliling desa",
        "Doa bersama di balai desa",
        "Pentas wayang kulit semalam suntuk",
        "Dusun | Peserta",
        "Ngawen | 120 orang",
        "Sumber | 85 orang",
        P2,
    ]


def test_english_blog_page_with_subheads_share_bar_newsletter_author_box_and_comments():
    e1 = (
        "The city council voted on Tuesday to expand the riverside park, adding four hectares of wetland that "
        "had been slated for a parking garage."
    )
    e2 = (
        "Supporters, who packed the chamber for more than three hours, said the decision would protect birds, "
        "reduce flooding and give children a place to play."
    )
    e3 = (
        "Construction is expected to begin next spring, with the first trails opening to the public by the end "
        "of the following year, officials said."
    )
    article = f"""<article class="post-article">
  <header class="entry-header"><h1 class="entry-title">Council Expands Riverside Park</h1>
    <p class="byline">By Jane Doe | March 3, 2024</p></header>
  <div class="social-share"><a href="#">Share on Facebook</a><a href="#">Tweet</a><a href="#">Email</a></div>
  <div class="entry-content">
    <p>{e1}</p><p>{e2}</p>
    <h2>What happens next</h2>
    <p>{e3}</p>
    <div class="newsletter-signup"><p>Sign up for our newsletter to get the latest local news every morning.</p>
      <form><input type="email"><button>Subscribe</button></form></div>
  </div>
  <div class="author-box"><p>Jane Doe covers city hall and has written for the paper for more than a decade.</p></div>
  <div class="related-posts"><h3>Related</h3><ul><li><a href="/r1">Park Budget Approved After Long Debate</a></li>
    <li><a href="/r2">Wetlands Study Finds Rare Heron Nesting Near Downtown</a></li></ul></div>
</article>"""
    body = body_of(
        article,
        lang="en",
        title="Council Expands Riverside Park",
        skip_texts=("By Jane Doe | March 3, 2024",),
    )
    assert body == f"{e1}\n\n{e2}\n\nWhat happens next\n\n{e3}"


def test_article_split_by_an_ad_into_sibling_containers_is_joined():
    article = f"""<div class="read__content">
  <div class="clearfix"><p>{P1}</p><p>{P2}</p></div>
  <div class="ads-on-body"><span>Advertisement</span><div id="div-gpt-ad-1"></div></div>
  <div class="clearfix"><p>{P3}</p><p>{P2.replace("Sutrisno", "Pak Sutrisno")}</p></div>
</div>"""
    body = body_of(article)
    assert body.split("\n\n") == [P1, P2, P3, P2.replace("Sutrisno", "Pak Sutrisno")]


def test_hidden_elements_scripts_and_styles_never_leak():
    article = f"""<div class="article-body"><p>{P1}</p>
  <div style="display: none"><p>Teks tersembunyi yang tidak boleh ikut masuk ke dalam isi artikel sama sekali, titik.</p></div>
  <script>document.write("Teks dari skrip yang juga tidak boleh masuk ke artikel sama sekali.")</script>
  <p hidden>Paragraf tersembunyi lain yang juga tidak boleh masuk, karena pembaca tidak pernah melihatnya.</p>
  <p>{P2}</p></div>"""
    assert body_of(article) == f"{P1}\n\n{P2}"


def test_nothing_to_extract_gives_empty_string():
    assert extract_body(BeautifulSoup("", "lxml")) == ""
    assert (
        extract_body(BeautifulSoup("<html><body><nav><a href='/'>Home</a></nav></body></html>", "lxml")) == ""
    )
    assert extract_body(None) == ""  # type: ignore[arg-type]


def test_deeply_nested_page_is_handled_without_recursion_errors():
    depth = 100_000
    html = "<html><body>" + "<div>" * depth + f"<p>{P1}</p><p>{P2}</p>" + "</div>" * depth + "</body></html>"
    soup = BeautifulSoup(html, "lxml")
    started = time.perf_counter()
    body = extract_body(soup)
    assert time.perf_counter() - started < 20
    assert body == f"{P1}\n\n{P2}"


def test_deeply_nested_inline_elements_with_text_at_every_level():
    depth = 20_000
    html = (
        "<html><body><div class='content'>"
        + "<span>kata " * depth
        + "</span>" * depth
        + "</div></body></html>"
    )
    started = time.perf_counter()
    body = extract_body(BeautifulSoup(html, "lxml"))
    assert time.perf_counter() - started < 20
    assert body.count("kata") == depth


def test_huge_page_is_extracted_quickly():
    paragraphs = "".join(f"<p>{P1} Bagian ke-{i}.</p>" for i in range(5000))
    links = "".join(f"<li><a href='/x{i}'>Tautan menu nomor {i}</a></li>" for i in range(3000))
    soup = page(f"<div class='article-content'>{paragraphs}</div><ul class='menu-list'>{links}</ul>")
    started = time.perf_counter()
    body = extract_body(soup)
    elapsed = time.perf_counter() - started
    assert body.count("\n\n") == 4999
    assert "Tautan menu" not in body
    assert elapsed < 10


@pytest.mark.parametrize(
    "insert",
    [
        "Baca juga: Harga Cabai Naik di Pasar Blora",
        "Baca: Harga Cabai Naik di Pasar Blora",
        "BACA JUGA: Harga Cabai Naik di Pasar Blora",
        "Simak juga: Harga Cabai Naik di Pasar Blora",
        "Lihat juga: Harga Cabai Naik di Pasar Blora",
        "Berita Terkait: Harga Cabai Naik di Pasar Blora",
        "Jangan Lewatkan: Harga Cabai Naik di Pasar Blora",
        "ADVERTISEMENT",
        "SCROLL TO CONTINUE WITH CONTENT",
        "[Gambas:Video 20detik]",
        'Simak Video "Harga Cabai Naik di Pasar Blora"',
    ],
)
def test_insert_paragraphs_are_removed(insert):
    article = f"<div class='detail-text'><p>{P1}</p><p>{insert}</p><p>{P2}</p><p>{P3}</p></div>"
    assert body_of(article) == f"{P1}\n\n{P2}\n\n{P3}"


def test_deeply_nested_blocks_with_text_at_every_level_stay_linear():
    depth = 20_000
    html = (
        "<html><body><div class='story'>" + f"<div>{P1} " * depth + "</div>" * depth + "</div></body></html>"
    )
    started = time.perf_counter()
    body = extract_body(BeautifulSoup(html, "lxml"))
    assert time.perf_counter() - started < 30
    assert body.count("Ratusan warga") == depth


def test_container_with_thousands_of_sibling_blocks_stays_linear():
    blocks = "".join(f"<div class='blk'><p>{P2} Nomor {i}.</p></div>" for i in range(4000))
    soup = page(f"<div class='article-content'>{blocks}</div>")
    started = time.perf_counter()
    body = extract_body(soup)
    assert time.perf_counter() - started < 15
    assert body.count("Kepala Desa Ngawen") == 4000


def test_skip_texts_drop_repeated_lines_but_not_short_subheads_they_happen_to_contain():
    article = f"""<div class="post-content"><div class="meta">Penulis: Jawaban Redaksi | Senin, 4 Mei 2020 04:25 WIB</div>
  <p>{P1}</p><p><strong>Jawaban</strong></p><p>{P2}</p></div>"""
    body = body_of(article, skip_texts=("Penulis: Jawaban Redaksi", "Senin, 4 Mei 2020 04:25 WIB"))
    assert body == f"{P1}\n\nJawaban\n\n{P2}"


def test_red_and_rep_start_sentences_unless_written_as_labels():
    prose = (
        "<p>The city council met on Monday evening to discuss the new floodwall along the river, which "
        "residents have asked for since the spring floods damaged dozens of homes.</p>"
    )
    body = body_of(f"{prose}<h2>Red Deer hosts the finals</h2>{prose}<p>Red: Budi Santoso</p>", lang="en")
    assert "Red Deer hosts the finals" in body
    assert "Budi Santoso" not in body


def test_line_breaks_of_pretty_printed_source_are_spaces_inside_paragraphs():
    article = f"""<article class="post-content"><h1>Sedekah Bumi di Blora</h1>
<p>Laga Maroko
        vs Portugal
        akan bermain di perempat final,
        kata panitia nonton bareng di balai desa.</p>
<p>{P2}</p><p>{P3}</p></article>"""
    body = body_of(article)
    assert (
        "Laga Maroko vs Portugal akan bermain di perempat final, kata panitia nonton bareng di balai desa."
        in body
    )
    assert "\n" not in body.split("\n\n")[0]


def test_topic_classes_of_a_blog_post_do_not_make_it_boilerplate():
    # WordPress prints the post's categories and tags as classes of <article>: `category-popular-posts` and
    # `tag-newsletter` name the topic, not a "popular posts" or newsletter box.
    article = f"""<article class="post-715 post type-post status-publish format-standard category-popular-posts
        category-no-newsletter-rss tag-sidebar-tips entry"><header class="entry-header"><h1>Sedekah Bumi di Blora</h1>
        </header><div class="entry-content"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></article>
        <div class="mailform"><form><p>Bitte geben Sie Ihren Namen und Ihre E-Mail-Adresse ein, um den Beitrag zu
        teilen.</p></form></div>"""
    body = body_of(article)
    assert body.startswith(P1[:40]) and P3[:40] in body
    assert "E-Mail-Adresse" not in body


def test_article_body_split_into_companion_columns_with_ads_between_is_kept_whole():
    # The article-body element holds its paragraphs in several wrapper columns, each with an ad slot after
    # it: the scores pick one column, the marked article body holds them all.
    extra = (
        "Ratusan warga Desa Ngawen memadati lapangan desa untuk mengikuti tradisi sedekah bumi, sementara "
        "anak-anak menonton pertunjukan wayang kulit hingga larut malam."
    )
    columns = "".join(
        f"<div class='story-column'><div class='c1'>{''.join(f'<p>{t}</p>' for t in texts)}</div>"
        "<div class='share-tools'><a href='/share'>Bagikan</a></div></div>"
        "<div class='ad-slot'><div class='ad'>ADVERTISEMENT</div></div>"
        for texts in ((P1, P2, P3, P2.replace("Kepala", "Sekretaris")), (extra,))
    )
    article = (
        "<h1>Sedekah Bumi di Blora</h1><div class='meta'><span>Sabtu, 4 Mei 2024</span></div>"
        f"<section class='articlebody'>{columns}</section>"
    )
    body = body_of(article)
    assert P1[:40] in body and extra[:40] in body and P3[:40] in body
    assert "ADVERTISEMENT" not in body


def test_an_opinion_column_classed_commentary_is_an_article_not_a_comment_thread():
    article = f"""<div class="sect sect_article news subjective commentary region"><article class="sectbody">
        <h1>Sedekah Bumi di Blora</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></article></div>
        <div class="community-notice"><p>Bitte registrieren Sie sich und halten Sie sich an unsere Netiquette.</p></div>"""
    body = body_of(article)
    assert body.startswith(P1[:40]) and P3[:40] in body
    assert "Netiquette" not in body


def test_the_last_point_of_a_bulleted_list_closing_the_article_is_kept():
    # A loan page closes on a list of requirements; its items are short and carry no sentence end, so the
    # last one looked like a trailing label. The labels after the list still go.
    article = """<article class="post"><h1>Kredit beantragen</h1><div class="entry-content">
<p>Den Kredit beantragen Sie am einfachsten online von zu Hause, dazu benötigen Sie lediglich einige Minuten
Zeit, Ihren Personalausweis und die Zugangsdaten Ihres Girokontos für die digitale Prüfung.</p>
<h2>Die Voraussetzungen</h2>
<ul><li>PC, Laptop, Smartphone oder Tablet</li><li>Gültige E-Mail-Adresse zur Zusendung der Unterlagen</li>
<li>Ausweisdokument zur Legitimation (Online-Identifikation)</li><li>Regelmäßiges Einkommen bzw. keine Überschuldung</li></ul>
<p class="label">Kategorie Finanzen</p></div></article>"""
    body = extract_body(page(article, title="Kredit beantragen", lang="de"), title="Kredit beantragen")
    assert body.endswith("Regelmäßiges Einkommen bzw. keine Überschuldung")
    assert "Ausweisdokument zur Legitimation" in body
    assert "Kategorie Finanzen" not in body


def test_a_more_on_this_heading_after_the_article_ends_it_but_an_insert_inside_does_not():
    prose = "".join(
        f"<p>Absatz {i}: Der Gemeinderat hat am Dienstag nach langer Debatte beschlossen, die Brücke über den "
        "Fluss bis zum Herbst zu sanieren, und die Kosten auf drei Jahre verteilt.</p>"
        for i in range(6)
    )
    article = f"""<article class="post"><h1>Brücke wird saniert</h1><div class="entry-content">{prose}
<p>Lesen Sie auch</p>{prose}
<h3>Weitere Themen</h3><p>Hochwasserschutz: Der Deich am Nordufer wird im nächsten Jahr um einen Meter erhöht, teilt
die Stadt mit und bittet die Anwohner um Geduld während der Bauarbeiten.</p></div></article>"""
    body = extract_body(page(article, title="Brücke wird saniert", lang="de"), title="Brücke wird saniert")
    assert body.count("Absatz 5:") == 2  # the text after the inline insert stays
    assert "Weitere Themen" not in body
    assert "Deich am Nordufer" not in body


def test_a_subheading_opening_the_text_stays_but_a_short_label_before_it_goes():
    article = """<article class="post"><h1>Klinische Studie gestartet</h1><div class="entry-content">
<p class="kicker">Forschung</p>
<h3>Erste Studie mit einem automatischen Blutentnahme-Gerät</h3>
<p>Das Gerät findet die Vene mit Ultraschall und nimmt das Blut ohne Hilfe einer Pflegekraft ab; die Forscher
wollen zeigen, dass es genauso sicher ist wie eine erfahrene Fachkraft und weniger Fehlversuche braucht.</p>
<p>Die Studie läuft ein Jahr lang an zwei Kliniken, die Ergebnisse sollen im Herbst veröffentlicht werden.</p>
</div></article>"""
    body = extract_body(
        page(article, title="Klinische Studie gestartet", lang="de"), title="Klinische Studie gestartet"
    )
    assert body.startswith("Erste Studie mit einem automatischen Blutentnahme-Gerät\n\nDas Gerät findet")
    assert "Forschung" not in body
