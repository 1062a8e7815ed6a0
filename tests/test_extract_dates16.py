"""Title and date rules of session 16 (#10, indonesia-shapes-5 and web-kinds-14: sites nobody tuned for).

- A <title> and og:title that only name the site yield, on a page with no <h1> of its own, to the dated
  <h2>/<h3> opening the main column, alone of its shape: table-era and hand-written PHP news CMSs (`<div
  class="judul"><h2>` over the date line), Joomla 1.5/2.5's `contentheading`, old WordPress themes' single-post
  `<h2 class="entry-title">`, Blogger's `<h3 class="post-title">`. A page with an <h1> (its h2s are sections),
  a sidebar widget's heading (`Terpopuler`, `Berita Terkini`) and a list of dated teasers keep the other readings.
- Of several `<meta itemprop="datePublished">`, the one inside the headline's own microdata item wins over
  another item's placed first in the source: TYPO3 tx_news's `news-single` beside a `news-list-view` pulled
  left, Joomla's article beside a category module, Drupal views blocks, magazine themes' related-post items. A
  comment's item nested in the article, and a headline in no item, keep the other readings.

Each test serves a complete page (head metadata, navigation, sidebar, footer) and names the family it stands for.
"""

from __future__ import annotations

from telisik.extract import extract_article

# --- 1. a dated h2/h3 opening the main column under a site-name <title> -----------------------------------

_PROSE_ID = (
    "<p>Ruas jalan provinsi di kecamatan itu amblas sepanjang dua puluh meter setelah hujan deras mengguyur "
    "wilayah tersebut sejak Senin malam hingga Selasa pagi, sehingga kendaraan roda empat tidak dapat melintas.</p>"
    "<p>Warga bersama aparat desa memasang batang kelapa dan karung pasir di tepi badan jalan untuk mencegah "
    "amblasan meluas, sementara pengendara sepeda motor masih bisa lewat secara bergantian.</p>"
    "<p>Dinas pekerjaan umum menyatakan tim sudah diturunkan ke lokasi untuk penanganan darurat dan jalan "
    "diperkirakan dapat kembali dilalui dalam tiga hari jika cuaca mendukung.</p>"
)

_SIDEBAR_ID = (
    '<div id="kanan"><div class="box"><h3>Terpopuler</h3><ol>'
    '<li><a href="/berita/101">Tim Sepak Bola Pelajar Lolos ke Putaran Nasional</a><br><small>27 Jan 2026</small></li>'
    '<li><a href="/berita/102">Dua Nelayan Hilang Saat Melaut, Tim SAR Lanjutkan Pencarian</a><br>'
    "<small>26 Jan 2026</small></li></ol></div>"
    '<div class="box"><h3>Berita Terkini</h3><ul><li><a href="/berita/103">Festival Kuliner Digelar Tiga Hari</a>'
    "<br><small>25 Jan 2026</small></li></ul></div></div>"
)


def _php_portal(main: str, *, head_title: str = "Suara Pesisir | Portal Maluku Tengah") -> str:
    """A regional portal on a hand-written PHP CMS of the 2000s: one <title> for every page, no <h1>."""
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{head_title}</title>
<meta property="og:title" content="Suara Pesisir"><meta property="og:site_name" content="Suara Pesisir">
<meta name="description" content="Portal berita daerah">
<link rel="stylesheet" href="/css/style.css"></head><body>
<div id="wrapper"><div id="header"><a href="https://www.suarapesisir.com/"><img src="/images/logo.png"
 alt="Suara Pesisir"></a></div>
<div id="menu"><ul><li><a href="https://www.suarapesisir.com/">Home</a></li><li><a href="/berita/daerah">Daerah</a></li>
<li><a href="/berita/ekonomi">Ekonomi</a></li><li><a href="/berita/olahraga">Olahraga</a></li></ul></div>
<div id="main"><div id="kiri">{main}</div>{_SIDEBAR_ID}</div>
<div id="footer"><p>Copyright 2026 Suara Pesisir. All rights reserved.</p></div></div></body></html>"""


_STORY_ID = (
    '<div class="path">Anda di : <a href="https://www.suarapesisir.com/">Home</a> &raquo; Detail Berita</div>'
    '<div class="judul"><h2>Jalan Provinsi di Kecamatan Timur Amblas, Mobil Tak Bisa Melintas</h2></div>'
    '<div class="tgl_posting">Rabu 28 Jan 2026 - 09.15 WIT | Dibaca: 1.248 kali | Oleh: Redaksi</div>'
    f'<div class="isi_berita">{_PROSE_ID}</div>'
    '<div class="komentar"><h3>Komentar</h3><form action="#"><input name="nama"><textarea></textarea></form></div>'
)


def test_php_portal_dated_h2_opening_the_column_is_the_title():
    """Hand-written PHP news CMS (`div.judul > h2` over `div.tgl_posting`), the shape of Joomla 1.5's
    `contentheading` and Blogger's `post-title` pages without an <h1>."""
    article = extract_article(_php_portal(_STORY_ID), "https://www.suarapesisir.com/berita/detail/8841")
    assert article.title == "Jalan Provinsi di Kecamatan Timur Amblas, Mobil Tak Bisa Melintas"


def test_page_with_h1_keeps_it_over_its_dated_h2_sections():
    """A page with an <h1> of its own: its dated <h2> is a section under it, never the headline."""
    main = (
        "<h1>Laporan Tahunan Dinas Pekerjaan Umum</h1>"
        '<div class="judul"><h2>Perbaikan Jalan Provinsi di Kecamatan Timur Selesai Lebih Cepat</h2></div>'
        f'<div class="tgl_posting">Rabu 28 Jan 2026 - 09.15 WIT</div><div class="isi_berita">{_PROSE_ID}</div>'
    )
    article = extract_article(_php_portal(main), "https://www.suarapesisir.com/halaman/laporan")
    assert article.title == "Laporan Tahunan Dinas Pekerjaan Umum"


def test_widget_heading_and_teaser_list_are_no_title():
    """A home page of the same CMS: a list of dated teasers (two of one shape) and the sidebar's `Terpopuler`
    and `Berita Terkini` widgets; no heading of them is the page's headline."""
    teaser = (
        '<div class="judul"><h2>{}</h2></div><div class="tgl_posting">Rabu 28 Jan 2026 - 09.15 WIT</div>'
        '<div class="isi_berita">{}</div>'
    )
    main = teaser.format("Jalan Provinsi di Kecamatan Timur Amblas Lagi", _PROSE_ID) + teaser.format(
        "Harga Cabai Rawit di Pasar Induk Naik Dua Kali Lipat", _PROSE_ID
    )
    article = extract_article(_php_portal(main), "https://www.suarapesisir.com/")
    assert article.title not in (
        "Jalan Provinsi di Kecamatan Timur Amblas Lagi",
        "Harga Cabai Rawit di Pasar Induk Naik Dua Kali Lipat",
        "Terpopuler",
        "Berita Terkini",
    )


# --- 2. the datePublished of the headline's own microdata item -----------------------------------------------

_PROSE_DE = (
    "<p>Der Kreisverband bietet auch in diesem Jahr wieder einen Grundkurs für Jungimkerinnen und Jungimker an. "
    "An sechs Samstagen lernen die Teilnehmer alles vom Aufbau der Beute bis zur ersten Honigernte.</p>"
    "<p>Die Kursgebühr beträgt 60 Euro, darin enthalten sind Skript, Schutzschleier und ein Mittagessen. "
    "Die Zahl der Plätze ist auf zwanzig begrenzt, Anmeldungen nimmt die Geschäftsstelle entgegen.</p>"
)


def _list_item(title: str, day: str, shown: str) -> str:
    return (
        '<div class="article articletype-0" itemscope="itemscope" itemtype="http://schema.org/Article">'
        f'<div class="header"><h3><a href="/aktuelles/nachrichten/detail/news/{day}/"><span itemprop="headline">'
        f'{title}</span></a></h3></div><div class="footer"><p><span class="news-list-date"><time datetime="{day}">'
        f'{shown}<meta itemprop="datePublished" content="{day}" /></time></span></p></div></div>'
    )


_SIDE_LIST = (
    '<div class="col-md-3 col-md-pull-9"><header><h3 class="element-header">Weitere Nachrichten</h3></header>'
    '<div class="news"><div class="news-list-view">'
    + _list_item("Jahreshauptversammlung: Vorstand bestätigt", "2016-03-12", "12.03.2016")
    + _list_item("Winterverluste: Bitte melden", "2016-03-02", "02.03.2016")
    + "</div></div></div>"
)


def _typo3_page(single: str, *, comments: str = "") -> str:
    """A TYPO3 8 association site with tx_news: the side list of other news first in the source."""
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Verband: Nachrichten</title>
<meta name="generator" content="TYPO3 CMS"><meta name="author" content="Imkerverband Haldenau e. V.">
<meta property="og:title" content="Neue Kurse für Jungimker: Anmeldung startet"></head><body>
<div class="navbar"><ul class="nav"><li><a href="/">Startseite</a></li><li class="active"><a href="/aktuelles/">Aktuelles</a>
</li><li><a href="/verein/">Verein</a></li></ul></div>
<div id="content" class="main-section"><div class="container"><div class="row">{_SIDE_LIST}
<main class="col-md-9 col-md-push-3" role="main"><div class="news news-single">{single}</div>{comments}</main>
</div></div></div><footer><p>© 2016 Imkerverband Haldenau e. V. · <a href="/impressum/">Impressum</a></p></footer>
</body></html>"""


_SINGLE = (
    '<div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">'
    '<div class="header"><h3 itemprop="headline">Neue Kurse für Jungimker: Anmeldung startet</h3></div>'
    '<div class="footer"><p><span class="news-list-date"><time datetime="2016-03-14">14.03.2016'
    '<meta itemprop="datePublished" content="2016-03-14" /></time></span></p></div>'
    f'<div class="news-text-wrap" itemprop="articleBody">{_PROSE_DE}</div></div>'
)


def test_typo3_news_single_date_wins_over_side_list():
    """TYPO3 tx_news: `news-single`'s own date, not the first item of the `Weitere Nachrichten` list."""
    article = extract_article(
        _typo3_page(_SINGLE), "https://www.imkerverband-haldenau.de/aktuelles/nachrichten/detail/news/kurse/"
    )
    assert article.published is not None and article.published.date().isoformat() == "2016-03-14"


def test_comment_item_inside_the_article_is_not_its_date():
    """The article's item holds no date of its own, only comments' items (schema.org Comment): a comment's
    date is never read as the item's (the rule keeps the first reading)."""
    single = (
        '<div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">'
        '<div class="header"><h3 itemprop="headline">Neue Kurse für Jungimker: Anmeldung startet</h3></div>'
        f'<div itemprop="articleBody">{_PROSE_DE}</div><div class="comments">'
        '<div itemprop="comment" itemscope itemtype="http://schema.org/Comment"><p>Gibt es noch Plätze?</p>'
        '<meta itemprop="datePublished" content="2016-04-20" /></div></div></div>'
    )
    article = extract_article(
        _typo3_page(single), "https://www.imkerverband-haldenau.de/aktuelles/nachrichten/detail/news/kurse/"
    )
    assert article.published is None or article.published.date().isoformat() != "2016-04-20"


def test_headline_item_first_in_the_source_keeps_its_date():
    """Joomla's article before a category module's items (the module's items later in the source, each with a
    datePublished): the headline's item's date is the first, and stays."""
    html = _typo3_page(_SINGLE).replace(_SIDE_LIST, "")
    html = html.replace("</main>", f"</main>{_SIDE_LIST}")
    article = extract_article(
        html, "https://www.imkerverband-haldenau.de/aktuelles/nachrichten/detail/news/kurse/"
    )
    assert article.published is not None and article.published.date().isoformat() == "2016-03-14"


# --- 3. a US press release's dateline places its UTC time ----------------------------------------------------

_RELEASE_TEXT = (
    "<p>{dateline} Harbor Lane Analytics, a maker of inventory software for regional grocers, today opened its "
    "new engineering office in the city’s mill district, creating 80 jobs over the next two years.</p>"
    "<p>The office will house the company’s data science and support teams, who until now worked from a "
    "shared space across the river. Hiring for the first 30 positions has begun.</p>"
    "<p>“Our customers are here, and so are the people we want to hire,” said chief executive Dana Whitfield.</p>"
    "<p>###</p>"
)


def _newsroom_page(
    dateline: str, *, shown: str = "May 8, 2018", stamp: str = "2018-05-08T12:00:05+00:00"
) -> str:
    """A company newsroom on WordPress with Divi and Yoast: UTC article:published_time, the day in the post
    meta, an Organization-only JSON-LD, a side column of recent releases, a cookie notice and a footer."""
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8">
<title>Harbor Lane Analytics Opens Engineering Office, Creating 80 Jobs - Harbor Lane Analytics</title>
<meta property="og:locale" content="en_US"><meta property="og:type" content="article">
<meta property="og:title" content="Harbor Lane Analytics"><meta property="og:site_name" content="Harbor Lane Analytics">
<meta property="article:published_time" content="{stamp}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Organization",
"name":"Harbor Lane Analytics","url":"https://www.harborlane.com/"}}</script></head>
<body class="post-template-default single single-post et_pb_pagebuilder_layout">
<header id="main-header"><a href="/"><img src="/logo.png" alt="Harbor Lane Analytics" id="logo"></a>
<nav id="top-menu-nav"><ul><li><a href="/products/">Products</a></li><li><a href="/newsroom/">Newsroom</a></li>
<li><a href="/careers/">Careers</a></li></ul></nav></header>
<div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area">
<article class="et_pb_post post"><h1 class="entry-title">Harbor Lane Analytics Opens Engineering Office,
 Creating 80 Jobs</h1><p class="post-meta">by <span class="author vcard"><a href="/author/hla_admin/">hla_admin</a>
</span> | <span class="published">{shown}</span></p>
<div class="entry-content"><div class="et_pb_section"><div class="et_pb_row"><div class="et_pb_module et_pb_text">
<div class="et_pb_text_inner">{_RELEASE_TEXT.format(dateline=dateline)}</div></div></div></div></div></article></div>
<div id="sidebar"><div class="et_pb_widget widget_recent_entries"><h4 class="widgettitle">Recent Releases</h4><ul>
<li><a href="/newsroom/q1-results/">Harbor Lane Reports First-Quarter Results</a> <span class="post-date">April 24, 2018</span></li>
</ul></div></div></div></div></div>
<div id="cookie-notice">We use cookies. <a href="/privacy/">Privacy policy</a></div>
<footer id="main-footer"><p>© 2018 Harbor Lane Analytics, Inc.</p></footer></body></html>"""


_RELEASE_URL = "https://www.harborlane.com/newsroom/harbor-lane-opens-engineering-office/"


def test_press_release_dateline_state_places_the_utc_time():
    """Divi newsroom reposting a wire release: `LOWELL, Mass., May 8, 2018 —` is US Eastern (-04:00 in May)."""
    article = extract_article(_newsroom_page("LOWELL, Mass., May 8, 2018 —"), _RELEASE_URL)
    assert article.published is not None
    assert article.published.isoformat() == "2018-05-08T08:00:05-04:00"


def test_dateline_of_a_state_of_two_zones_or_abroad_keeps_utc():
    """Texas spans Central and Mountain time; `LONDON, May 8` names no state: the time stays as stored."""
    for dateline in ("EL PASO, Texas, May 8, 2018 —", "LONDON, May 8, 2018 —"):
        article = extract_article(_newsroom_page(dateline), _RELEASE_URL)
        assert article.published is not None
        assert article.published.isoformat() == "2018-05-08T12:00:05+00:00"


def test_dateline_of_another_day_or_a_shown_time_keeps_the_reading():
    """A dateline of the day before (a release posted the next day) lends no zone; a time shown with its zone
    on the page (`8:00 AM EDT`) is the page's own reading."""
    late = extract_article(_newsroom_page("LOWELL, Mass., May 7, 2018 —"), _RELEASE_URL)
    assert late.published is not None and late.published.utcoffset().total_seconds() == 0
    shown = extract_article(
        _newsroom_page(
            "LOWELL, Mass., May 8, 2018 —", shown="May 8, 2018 at 14:00 UTC", stamp="2018-05-08T14:00:00Z"
        ),
        _RELEASE_URL,
    )
    assert shown.published is not None and shown.published.isoformat() == "2018-05-08T14:00:00+00:00"
