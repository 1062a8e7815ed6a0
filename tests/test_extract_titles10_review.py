"""Guards from the review of the session-10 title rules (#10): pages where those rules crashed, dropped a right
title or took a wrong line, each served as a complete page (head metadata, navigation, sidebar, list, footer).

- Font sizes: `<font size>` is read as one or two ASCII digits (`4`, `+1`); a superscript `²`, a Kharosthi digit
  or a 5000-digit size is no display size (and no crash).
- A same-page link is no link home: a breadcrumb's current crumb (`href="#"`, `href=""`), a back-to-top link
  (`#top`) and a relative `index.html` on a page deeper than the site's root carry the headline's text, not the
  site's name, so the og:title they repeat stays.
- The dated display line (no <h1> under a generic <title>) is the article's, not a list's: a kabupaten portal's
  news list (`<h3 class="judul-berita">` over the date, a `Selengkapnya` button), a FrontPage club's yearly
  archive page and a shop's reviews repeat one line shape over their dates, and a shop's `Ulasan`/reviews box
  is a comment thread. A <title> that reads like the headline (more than five words) is not replaced by a
  dated side-column line, and a greeting bar that wraps the site's menu (`Selamat datang …` over today's date)
  is no story's box.
- Heading glyphs that are the headline's own: `<a href="#p218">§</a> 218 StGB` (German law news), `<a
  href="#rank-1">#</a>1 Coffee Shop` (ranking lists), a glyph a metadata title spells.
- MediaWiki: only a content namespace is cut; `Talk:`, `Category:`, `Diskussion:`, `Kategori:` pages are named
  with their namespace (the <title> and og:title say so).
- A box holding thousands of unlinked elements is not walked whole for each of many nested boxes.
"""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from telisik.extract import extract_article
from telisik.extract.headline import MAX_BOX_NODES, _unlinked_text_longer_than

# -- font sizes -----------------------------------------------------------------------------------------------------

_CLUB_TEXT = """Beim Ausbaggern des alten Mühlgrabens an der Kernmühle ist Ende Februar ein Mühlstein aufgetaucht, der
seit Kriegsende als verschollen galt. Der Stein hat einen Durchmesser von 1,32 Metern und wiegt nach Schätzung der
Baufirma gut eine Tonne. Unser Mitglied Walter Schäfer erkannte den Stein sofort an der Jahreszahl 1861."""


def _club_page(size: str) -> str:
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head>
<meta name="GENERATOR" content="Microsoft FrontPage 6.0"><title>Heimatverein - Aktuelles</title></head><body>
<table width="780"><tr><td valign="top" width="160"><font size="2"><a href="/index.htm">Startseite</a><br>
<a href="/aktuelles.htm">Aktuelles</a><br><a href="/termine.htm">Termine</a></font></td><td valign="top">
<font size="{size}"><b>Mühlstein der Kernmühle nach 80 Jahren wiedergefunden</b></font><br>
<font size="1">geschrieben am 3.3.2026 um 19:45 Uhr</font><br><br><font size="2">{_CLUB_TEXT}</font>
</td></tr></table><p><font size="1">© 2026 Heimatverein · <a href="/impressum.htm">Impressum</a></font></p>
</body></html>"""


@pytest.mark.parametrize("size", ["²", "+²", "𐩃", "+" + "9" * 5000, "9" * 5000])
def test_a_font_size_of_no_ascii_digits_is_no_display_size_and_no_crash(size: str) -> None:
    article = extract_article(_club_page(size), url="https://heimatverein.example/aktuelles.htm")
    assert article.title == "Aktuelles"


def test_a_plain_font_size_still_makes_the_display_line() -> None:
    article = extract_article(_club_page("+2"), url="https://heimatverein.example/aktuelles.htm")
    assert article.title == "Mühlstein der Kernmühle nach 80 Jahren wiedergefunden"


# -- same-page links are no link home ------------------------------------------------------------------------------

_LEDGER_STORY = """<p>The city council voted 7-2 on Tuesday night to close the Elm Street library branch at the end of
June, ending more than a century of lending on the east side. Council members cited a budget gap of $1.4 million.</p>
<p>Dozens of residents spoke against the plan during three hours of public comment. Several said the branch is the
only place within walking distance where children can do homework after school with internet access.</p>
<p>The library board will now decide what happens to the 1912 Carnegie building, which is listed on the state
register of historic places. A public meeting is planned for March.</p>"""


def _ledger_page(href: str) -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>News | Riverton Ledger</title>
<meta property="og:title" content="Council votes to close Elm Street library"><meta property="og:type" content="article">
</head><body><header class="masthead"><a class="brand" href="/"><img src="/logo.svg" alt="Riverton Ledger"></a>
<nav><a href="/news/">News</a> <a href="/sports/">Sports</a></nav></header>
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news/">News</a></li>
<li class="active"><a href="{href}">Council votes to close Elm Street library</a></li></ol>
<div class="content"><div class="story-title">Council votes to close Elm Street library</div>
<div class="meta">By Dana Whitfield | January 27, 2026</div>{_LEDGER_STORY}
<h2>More news</h2><ul><li><a href="/news/budget">Budget hearing set for March</a></li></ul></div>
<footer><p>© 2026 Riverton Ledger · <a href="/about">About us</a></p></footer></body></html>"""


@pytest.mark.parametrize("href", ["#", "", "#top", "index.html", "?ref=breadcrumb"])
def test_a_same_page_crumb_carrying_the_headline_keeps_the_og_title(href: str) -> None:
    article = extract_article(
        _ledger_page(href), url="https://rivertonledger.example/news/council-library-vote"
    )
    assert article.title == "Council votes to close Elm Street library"


def test_a_relative_index_link_at_the_sites_root_stated_by_the_canonical_is_the_logo() -> None:
    """The page states its address at the site's root: its `index.html` logo link names the site."""
    page = (
        _ledger_page("/news/")
        .replace(
            '<meta property="og:type"',
            '<link rel="canonical" href="https://rivertonledger.example/story.html"><meta property="og:type"',
        )
        .replace(
            '<a class="brand" href="/"><img src="/logo.svg" alt="Riverton Ledger"></a>',
            '<a class="brand" href="index.html">Riverton Ledger</a>',
        )
    )
    page = page.replace('content="Council votes to close Elm Street library"', 'content="Riverton Ledger"')
    page = page.replace(
        '<div class="story-title">Council votes to close Elm Street library</div>',
        "<h1>Council votes to close Elm Street library</h1>",
    )
    article = extract_article(page, url="https://rivertonledger.example/story.html")
    assert article.title == "Council votes to close Elm Street library"


# -- the dated display line is the article's, not a list's ----------------------------------------------------------

_PORTAL_HEAD = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>
<meta name="description" content="Website Resmi Pemerintah Kabupaten Blorasari">
<link rel="stylesheet" href="/assets/css/bootstrap.min.css"></head><body>
<nav class="navbar navbar-default"><div class="container"><a class="navbar-brand" href="/">
<img src="/assets/logo.png" alt="Kabupaten Blorasari"> <span>PEMERINTAH KABUPATEN BLORASARI</span></a>
<ul class="nav navbar-nav"><li><a href="/">BERANDA</a></li><li class="active"><a href="/berita">BERITA</a></li>
<li><a href="/pengumuman">PENGUMUMAN</a></li><li><a href="/galeri">GALERI</a></li><li><a href="/ppid">PPID</a></li>
</ul></div></nav><div class="page-banner"><div class="container"><h2>Berita</h2><ol class="breadcrumb">
<li><a href="/">Beranda</a></li><li class="active">Berita</li></ol></div></div>"""

_PORTAL_FOOT = """<div class="footer-bottom"><div class="container"><p>&copy; 2026 Dinas Komunikasi dan Informatika
Kabupaten Blorasari. Jl. Pemuda No. 12 Blorasari. Telp (0296) 531 001</p></div></div>
<script src="/assets/js/jquery.min.js"></script></body></html>"""

_PORTAL_TEASER = """Pemerintah Kabupaten Blorasari melalui dinas terkait terus berupaya meningkatkan pelayanan kepada
masyarakat di seluruh kecamatan, termasuk desa-desa terpencil yang selama ini sulit dijangkau oleh layanan publik.
Program ini didukung anggaran daerah dan bantuan pemerintah provinsi..."""

_PORTAL_ITEMS = [
    ("Layanan Cek Kesehatan Gratis Keliling Sasar 42 Desa Terpencil", "27 Jan 2026 - 15:28", 1832),
    ("Bupati Serahkan SK PPPK Paruh Waktu kepada 1.204 Pegawai", "26 Jan 2026 - 10:02", 1831),
    ("Festival Tayub Blorasari Digelar di Alun-alun Selama Tiga Hari", "25 Jan 2026 - 19:40", 1830),
    ("Pemkab Salurkan Bantuan Rumah Tidak Layak Huni di Kecamatan Jati", "24 Jan 2026 - 09:11", 1829),
]


def test_a_portal_news_list_with_unlinked_item_headings_takes_no_items_headline() -> None:
    """Kabupaten portals (CodeIgniter/Laravel templates) list their news as `<h3 class="judul-berita">` over the
    date and a `Selengkapnya` button: the heading is unlinked, but its shape repeats — a list, not an article."""
    items = "".join(
        f"""<div class="post-item"><img src="/uploads/{n}.jpg" alt=""><h3 class="judul-berita">{title}</h3>
<p class="info-berita"><i class="fa fa-calendar"></i> {day} | Dilihat: 201 kali</p><p>{_PORTAL_TEASER}</p>
<a class="btn btn-primary" href="/berita/detail/{n}/x">Selengkapnya</a></div>"""
        for title, day, n in _PORTAL_ITEMS
    )
    page = (
        _PORTAL_HEAD.format(title="Berita | Portal Resmi Kabupaten Blorasari")
        + f"""<div class="container"><div class="row"><div class="col-md-8 list-berita">{items}
<ul class="pagination"><li><a href="?page=2">2</a></li><li><a href="?page=3">3</a></li></ul></div>
<div class="col-md-4"><div class="panel"><div class="panel-heading">Pengumuman</div><ul>
<li><a href="/pengumuman/jpt">Pengumuman Hasil Seleksi JPT Pratama</a></li></ul></div></div></div></div>"""
        + _PORTAL_FOOT
    )
    article = extract_article(page, url="https://blorasari.go.id/berita")
    assert article.title not in {title for title, _, _ in _PORTAL_ITEMS}
    assert "Blorasari" in (article.title or "")


def test_a_frontpage_clubs_yearly_archive_page_takes_no_entrys_headline() -> None:
    """A FrontPage/Dreamweaver club site's `Archiv 2026` page: every entry is a `<font size=4><b>` line over its
    `geschrieben am …` line — one shape repeated, so the page's own <title> stays."""
    entries = "".join(
        f"""<tr><td><font face="Georgia" size="4" color="#663300"><b>{title}</b></font><br>
<font face="Verdana" size="1" color="#808080">geschrieben am {day} um 19:45 Uhr von Heinrich Brinkmann</font><br><br>
<font face="Verdana" size="2">{_CLUB_TEXT}</font><hr size="1"></td></tr>"""
        for title, day in (
            ("Mühlstein der Kernmühle nach 80 Jahren wiedergefunden", "3.3.2026"),
            ("Neue Ausgabe der Schriftenreihe erschienen", "12.2.2026"),
            ("Jahreshauptversammlung wählt neuen Vorstand", "30.1.2026"),
        )
    )
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head>
<meta name="GENERATOR" content="Microsoft FrontPage 6.0"><title>Heimatverein Lohmar-Wahlscheid - Archiv 2026</title>
</head><body><table width="780"><tr><td valign="top" width="160"><font size="2"><a href="index.htm">Startseite</a><br>
<a href="aktuelles.htm">Aktuelles</a><br><a href="archiv2026.htm">Archiv 2026</a></font></td><td valign="top">
<table width="600" cellpadding="4"><tr><td><font size="5"><b>Archiv 2026</b></font></td></tr>{entries}</table>
</td></tr></table></body></html>"""
    article = extract_article(page, url="https://heimatverein.example/archiv2026.htm")
    assert article.title == "Heimatverein Lohmar-Wahlscheid - Archiv 2026"


def test_a_shops_dated_review_titles_are_no_headline() -> None:
    """Shops (Indonesian marketplaces' own stores, WooCommerce, Shopify themes) show `Ulasan`/reviews with a
    title over `oleh Name · date`: a reviewer's line, like a commenter's."""
    page = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Jual Sepatu Lari Ortuseight Hyperblast 2.0 Original Murah | TokoSport</title>
<meta name="description" content="Beli sepatu lari Ortuseight Hyperblast 2.0 original harga murah, gratis ongkir.">
</head><body><div class="topbar"><a href="/">TokoSport</a> <a href="/keranjang">Keranjang (0)</a>
<a href="/masuk">Masuk</a></div><div class="breadcrumbs"><a href="/">Home</a> ›
<a href="/kategori/sepatu-lari">Sepatu Lari</a> › Ortuseight Hyperblast 2.0</div>
<div class="product"><div class="product-gallery"><img src="/img/hb2.jpg" alt="Ortuseight Hyperblast 2.0"></div>
<div class="product-info"><div class="product-name">Ortuseight Hyperblast 2.0 - Black/White</div>
<div class="price">Rp 549.000</div><button>Tambah ke Keranjang</button></div>
<div class="product-description"><h4>Deskripsi</h4><p>Sepatu lari ringan dengan midsole busa responsif, cocok untuk
latihan harian dan lari jarak menengah. Upper mesh bernapas dan outsole karet tahan aus.</p></div>
<div class="product-reviews"><h2>Ulasan Pembeli (2)</h2><div class="review-item">
<h3 class="review-title">Sepatunya nyaman banget dipakai lari pagi</h3>
<div class="review-meta">oleh Rina &middot; 12 Januari 2026</div><p>Ukuran pas sesuai tabel, bahan upper adem dan
solnya empuk. Sudah dipakai lari 5 km tiga kali seminggu selama dua minggu dan belum ada keluhan sama sekali.
Pengiriman juga cepat, dua hari sampai ke Semarang, packing rapi pakai kardus dobel. Recommended seller, pasti order
lagi untuk warna lain.</p></div></div></div>
<div class="footer">© 2026 TokoSport. Semua hak dilindungi.</div></body></html>"""
    article = extract_article(page, url="https://tokosport.example/produk/ortuseight-hyperblast-2-black")
    assert article.title == "Jual Sepatu Lari Ortuseight Hyperblast 2.0 Original Murah"


_CKG_STORY = """<div class="judul-berita">Pemkab Luncurkan Layanan Cek Kesehatan Gratis Keliling</div>
<p class="info-berita">Diposting oleh: admin | 27 Jan 2026 - 15:28 | Dilihat: 312 kali</p><div class="isi-berita">
<p>BLORASARI – Pemerintah Kabupaten Blorasari melalui Dinas Kesehatan meluncurkan layanan cek kesehatan gratis
keliling yang menyasar warga di desa-desa terpencil, Selasa (27/1/2026).</p>
<p>Peluncuran ditandai dengan pelepasan tiga unit mobil puskesmas keliling oleh Wakil Bupati di halaman Pendopo
Kabupaten. Layanan keliling menyasar 42 desa yang jaraknya lebih dari 10 kilometer dari puskesmas.</p>
<p>Reporter: Lukman Hakim</p></div>"""

_AGENDA = """<div class="widget widget-agenda"><h3>Rapat Koordinasi Percepatan Penurunan Stunting</h3>
<p class="tgl">Kamis, 29 Januari 2026, 09.00 WIB</p><p>Tempat: Ruang Rapat Bupati. Pemerintah Kabupaten Blorasari
melalui dinas terkait terus berupaya meningkatkan pelayanan kepada masyarakat di seluruh kecamatan, termasuk
desa-desa terpencil yang selama ini sulit dijangkau oleh layanan publik. Program ini didukung anggaran daerah dan
bantuan pemerintah provinsi. Seluruh kepala OPD, camat dan kepala puskesmas diharapkan hadir tepat waktu.</p></div>"""


@pytest.mark.parametrize("agenda_first", [False, True])
def test_a_headline_worded_title_is_not_replaced_by_a_dated_agenda_line(agenda_first: bool) -> None:
    """The <title> is the SEO wording of the headline (ten words) and the article's headline sits in a <div>:
    the agenda widget's dated <h3>, left or right of the article, is no headline."""
    story = f'<div class="col-md-8"><div class="detail-berita">{_CKG_STORY}</div></div>'
    side = f'<div class="col-md-4 sidebar">{_AGENDA}</div>'
    columns = side + story if agenda_first else story + side
    title = "Bupati Blorasari Luncurkan Layanan CKG Keliling untuk 42 Desa Terpencil"
    page = (
        _PORTAL_HEAD.format(title=f"{title} | Portal Resmi Kabupaten Blorasari")
        + f'<div class="container"><div class="row">{columns}</div></div>'
        + _PORTAL_FOOT
    )
    article = extract_article(page, url="https://blorasari.go.id/berita/detail/1832/layanan-ckg")
    assert article.title is not None and article.title.startswith(title)


def test_a_greeting_bar_over_todays_date_wrapping_the_menu_is_no_headline() -> None:
    """Village and school sites (OpenSID-style themes) greet with `Selamat datang …` over today's date in the
    page's top bar, in the same box as the site's menu: the page, not a story."""
    page = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Artikel - Desa Sukamaju</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><div id="wrapper"><h2 class="welcome-text">Selamat datang, semoga informasi ini bermanfaat bagi kita semua</h2>
<span class="today">Selasa, 27 Januari 2026</span>
<div id="menu"><a href="/">Beranda</a> <a href="/profil">Profil Desa</a> <a href="/artikel">Artikel</a></div>
<div id="content"><div class="artikel"><div class="judul">Musdes RKPDes 2027 Digelar di Balai Desa</div>
<div class="meta">Diterbitkan: 27 Januari 2026 oleh Operator Desa</div>
<p>Pemerintah Desa Sukamaju menggelar musyawarah desa untuk menyusun Rencana Kerja Pemerintah Desa tahun 2027 di
balai desa, Selasa. Musyawarah dihadiri BPD, tokoh masyarakat, ketua RT dan RW, serta perwakilan kelompok perempuan
dan pemuda.</p><p>Kepala desa menyampaikan bahwa usulan prioritas tahun depan adalah perbaikan jalan usaha tani,
pembangunan drainase dan peningkatan layanan posyandu.</p></div></div>
<div id="footer">Copyright 2026 Pemerintah Desa Sukamaju</div></div></body></html>"""
    article = extract_article(page, url="https://sukamaju-desa.id/artikel/2026/01/27/musdes-rkpdes")
    assert "Selamat datang" not in (article.title or "")


# -- heading glyphs that are the headline's own ---------------------------------------------------------------------


def _glyph_page(title: str, heading: str, og_title: str | None) -> str:
    og = f'<meta property="og:title" content="{og_title}">' if og_title else ""
    return f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{title}</title>{og}
<meta property="og:type" content="article"></head><body><header><a class="logo" href="/">Recht aktuell</a>
<nav><a href="/strafrecht">Strafrecht</a> <a href="/zivilrecht">Zivilrecht</a></nav></header>
<main><article>{heading}<p class="meta">27.01.2026 · Redaktion</p>
<p>Der Bundestag hat am Mittwoch in erster Lesung über eine Reform beraten. Mehrere Fraktionen legten Entwürfe
vor, die sich in der Frage der Fristen und der Beratungspflicht deutlich unterscheiden.</p>
<p>Die Anhörung im Rechtsausschuss ist für März geplant; eine Abstimmung wird nicht vor dem Sommer erwartet.</p>
</article><aside><h3>Meistgelesen</h3><ul><li><a href="/mietrecht">Mietpreisbremse verlängert</a></li></ul></aside>
</main><footer><a href="/impressum">Impressum</a></footer></body></html>"""


def test_a_section_sign_anchor_before_a_paragraph_number_is_the_headlines_own() -> None:
    headline = "§ 218 StGB: Bundestag berät Reform des Schwangerschaftsabbruchs"
    heading = '<h1 id="p218"><a class="anchor" href="#p218">§</a> 218 StGB: Bundestag berät Reform des Schwangerschaftsabbruchs</h1>'
    page = _glyph_page(f"{headline} – Recht aktuell", heading, headline)
    article = extract_article(page, url="https://rechtaktuell.example/2026/03/paragraf-218-reform")
    assert article.title == headline


def test_a_hash_anchor_before_a_rank_is_the_headlines_own() -> None:
    heading = '<h1 id="rank-1"><a href="#rank-1">#</a>1 Coffee Shop in Riverton: Bean There</h1>'
    page = _glyph_page("#1 Coffee Shop in Riverton: Bean There | Riverton Eats", heading, None)
    article = extract_article(page, url="https://coffee.example/best-coffee-riverton")
    assert article.title == "#1 Coffee Shop in Riverton: Bean There"


def test_a_leading_glyph_the_metadata_title_spells_stays() -> None:
    heading = '<h1 id="metoo"><a href="#metoo">#</a>MeToo-Debatte erreicht den Bundestag</h1>'
    page = _glyph_page(
        "#MeToo-Debatte erreicht den Bundestag – Recht aktuell",
        heading,
        "#MeToo-Debatte erreicht den Bundestag",
    )
    article = extract_article(page, url="https://rechtaktuell.example/2026/03/metoo-debatte")
    assert article.title == "#MeToo-Debatte erreicht den Bundestag"


# -- MediaWiki: non-content namespaces stay -------------------------------------------------------------------------


def _wiki_page(namespace: str, main: str, lang: str, site: str) -> str:
    full = f"{namespace}:{main}"
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="UTF-8"><title>{full} - {site}</title>
<meta property="og:title" content="{full} - {site}"><meta property="og:type" content="website"></head>
<body class="mediawiki skin-vector-2022"><header class="vector-header"><a href="/wiki/Main_Page" class="mw-logo">
<span class="mw-logo-wordmark">{site}</span></a></header><div class="mw-page-container"><nav id="mw-panel">
<a href="/wiki/Special:Random">Random article</a> <a href="/wiki/Help:Contents">Help</a></nav>
<main id="content" class="mw-body"><h1 id="firstHeading" class="firstHeading mw-first-heading">
<span class="mw-page-title-namespace">{namespace}</span><span class="mw-page-title-separator">:</span><span
class="mw-page-title-main">{main}</span></h1><div id="bodyContent"><div id="mw-content-text"><div class="mw-parser-output">
<p>This page is for discussing improvements to the article. Please sign and date your posts by typing four tildes.
Put new text under old text and be polite; assume good faith and avoid personal attacks in every thread.</p>
<h2>Opening hours</h2><p>The hours listed in the infobox are from 2019 and the branch changed them twice since then.
Could somebody with a current source update them? — Librarian42 (talk) 14:02, 27 January 2026 (UTC)</p>
</div></div></div></main><footer id="footer"><a href="/wiki/Privacy">Privacy policy</a></footer></div></body></html>"""


@pytest.mark.parametrize(
    ("namespace", "main", "lang", "site"),
    [
        ("Talk", "Elm Street Library", "en", "Wikipedia"),
        ("Category", "Libraries in Ohio", "en", "Wikipedia"),
        ("User talk", "Librarian42", "en", "Wikipedia"),
        ("Diskussion", "Stadtbibliothek Kassel", "de", "Wikipedia"),
        ("Kategorie", "Bibliothek in Hessen", "de", "Wikipedia"),
        ("Kategori", "Perpustakaan di Jawa Tengah", "id", "Wikipedia bahasa Indonesia"),
        ("Pembicaraan", "Perpustakaan Nasional", "id", "Wikipedia bahasa Indonesia"),
    ],
)
def test_a_non_content_wiki_namespace_is_part_of_the_pages_name(
    namespace: str, main: str, lang: str, site: str
) -> None:
    article = extract_article(
        _wiki_page(namespace, main, lang, site), url=f"https://wiki.example/wiki/{namespace}:{main}"
    )
    assert article.title == f"{namespace}:{main}"


# -- bounded walks --------------------------------------------------------------------------------------------------


def test_a_box_of_thousands_of_empty_elements_is_not_walked_whole() -> None:
    """A calendar or icon grid of thousands of elements before any text: the box is no story's, read no further."""
    icons = "<i></i>" * (MAX_BOX_NODES + 10)
    box = BeautifulSoup(f"<div>{icons}<p>{'Lorem ipsum dolor sit amet ' * 40}</p></div>", "lxml").div
    assert box is not None
    assert not _unlinked_text_longer_than(box, 300)
    small = BeautifulSoup(f"<div><i></i><p>{'Lorem ipsum dolor sit amet ' * 40}</p></div>", "lxml").div
    assert small is not None and _unlinked_text_longer_than(small, 300)


def test_an_articles_display_line_sharing_its_shape_with_linked_teasers_stays_the_headline() -> None:
    """Guard: a portal's article page whose `Berita Lainnya` list below repeats the headline's markup with linked
    teasers (and a sidebar agenda repeats the bare <h3>): only lines in the page's own text count as a list."""
    related = "".join(
        f"""<div class="post-item"><h3 class="judul-berita"><a href="/berita/detail/{n}/x">{title}</a></h3>
<p class="info-berita"><i class="fa fa-calendar"></i> {day}</p></div>"""
        for title, day, n in _PORTAL_ITEMS[1:]
    )
    agenda = """<div class="col-md-4 sidebar"><div class="widget"><h3 class="judul-berita">Rapat Koordinasi Penurunan
Stunting</h3><p class="tgl">Kamis, 29 Januari 2026</p></div></div>"""
    story = _CKG_STORY.replace('<div class="judul-berita">', '<h3 class="judul-berita">').replace(
        "Keliling</div>", "Keliling</h3>"
    )
    page = (
        _PORTAL_HEAD.format(title="Berita | Portal Resmi Kabupaten Blorasari")
        + f"""<div class="container"><div class="row"><div class="col-md-8"><div class="detail-berita">{story}</div>
<div class="berita-lainnya"><h4>Berita Lainnya</h4>{related}</div></div>{agenda}</div></div>"""
        + _PORTAL_FOOT
    )
    article = extract_article(page, url="https://blorasari.go.id/berita/detail/1832/layanan-ckg")
    assert article.title == "Pemkab Luncurkan Layanan Cek Kesehatan Gratis Keliling"
