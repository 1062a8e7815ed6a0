"""The site's own name or software taken for the article's title or writer on sites nobody tuned for (issue #10,
session 13, web-kinds-6 and web-kinds-8):

- a `<title>` that is only the site's name (regency and village CMSs in custom PHP on Bootstrap 3, old Joomla and
  phpNuke portals, school sites set one `<title>` for every page), shown word for word as a heading in the page's
  header or footer, on a page with no `<h1>` of its own: the dated heading right over the text (`<div
  class="judul-berita"><h3>` over the `Diposting oleh … | 04/02/2026` row, a Joomla `page-header` `<h2>`) is the
  headline. A news list's repeated dated headings, a sidebar's dated heading and a section word (`Berita`) over a
  date row are none;
- a metadata author that is the page's own platform (`<meta name="author" content="OpenSID">` on OpenSID village
  sites, `WordPress`, `Joomla!`, `Blogger`, `Drupal`, `TYPO3`, `Wix.com Website Builder`, `Squarespace`, `Ghost`,
  `Jekyll` themes; never `Hugo`, also a given name): the generator's product, or a platform the footer credits by a link (`OpenSID
  v2601.0.0`, `Powered by WordPress`). A writer whose name is a platform's word keeps the byline when the page runs
  on another platform, and a page merely crediting its platform keeps its writer.
"""

from __future__ import annotations

from telisik.extract import extract_article

_TEXT = [
    "Pemerintah Kabupaten melalui Dinas Perumahan Rakyat dan Kawasan Permukiman menyalurkan bantuan stimulan "
    "perbaikan rumah tidak layak huni kepada 125 keluarga penerima manfaat di lima kecamatan.",
    "Bupati dalam sambutannya menyampaikan bahwa setiap penerima mendapatkan bantuan senilai Rp 20 juta dalam "
    "bentuk bahan bangunan dan upah tukang yang dikerjakan secara gotong royong bersama warga.",
    "Kepala dinas menjelaskan sasaran penerima ditetapkan berdasarkan hasil verifikasi lapangan oleh tim kecamatan "
    "dan pendamping desa, sehingga bantuan tepat sasaran dan tidak tumpang tindih dengan program lain.",
]
_HEADLINE = "Pemkab Salurkan Bantuan Rumah Tidak Layak Huni untuk 125 Keluarga"
_SITE = "Pemerintah Kabupaten Sukamaju"


def _regency_page(content: str, *, footer_brand: str = _SITE, sidebar: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>{_SITE}</title>
<meta name="description" content="Website Resmi {_SITE}">
<meta name="author" content="Diskominfo Kabupaten Sukamaju">
<link rel="stylesheet" href="/assets/bootstrap/css/bootstrap.min.css"></head><body>
<div id="top-bar"><div class="container">(0298) 321456 <span class="pull-right">Rabu, 04 Februari 2026</span></div></div>
<div id="header"><div class="container"><a href="/"><img src="/logo.png" alt="Logo"></a>
<div class="brand-text"><span>PEMERINTAH KABUPATEN</span><br><span>SUKAMAJU</span></div></div></div>
<nav class="navbar navbar-default"><ul class="nav navbar-nav"><li><a href="/">Beranda</a></li>
<li><a href="/profil">Profil</a></li><li><a href="/berita">Berita</a></li><li><a href="/kontak">Kontak</a></li></ul></nav>
<div class="container" id="content"><div class="row"><div class="col-md-8">
<ol class="breadcrumb"><li><a href="/">Beranda</a></li><li><a href="/berita">Berita</a></li></ol>
{content}
</div><div class="col-md-4">{sidebar}
<h4 class="title-box">Berita Lainnya</h4><ul>
<li><a href="/berita/read/1">Bupati Buka Musrenbang Kecamatan Tahun 2026</a> <small>03/02/2026</small></li>
<li><a href="/berita/read/2">Pengumuman Seleksi Terbuka JPT Pratama 2026</a> <small>02/02/2026</small></li></ul>
</div></div></div>
<div id="footer"><div class="container"><div class="row"><div class="col-md-4"><h5>{footer_brand}</h5>
<p>Jl. Pemuda No. 1<br>Telp. (0298) 321456</p></div><div class="col-md-4"><h5>Tautan</h5><ul>
<li><a href="/ppid">PPID</a></li><li><a href="/jdih">JDIH</a></li></ul></div></div>
<p class="copyright">Copyright &copy; 2019 - 2026 Dinas Komunikasi dan Informatika. All rights reserved.</p></div></div>
</body></html>"""


def _story(headline: str = _HEADLINE) -> str:
    runs = "<br><br>\n".join(_TEXT)
    return f"""<div class="box-berita"><div class="judul-berita"><h3>{headline}</h3></div>
<div class="info-berita">Diposting oleh: <b>Diskominfo</b> &nbsp;|&nbsp; 04/02/2026 &nbsp;|&nbsp; Dibaca: 238 kali</div>
<div class="gambar-berita"><img src="/upload/berita/rtlh.jpg" alt=""></div>
<div class="isi-berita"><div>{runs}<br><br></div></div></div>"""


def _extract(html: str, url: str = "https://sukamajukab.go.id/berita/read/2026/02/bantuan-rtlh"):
    return extract_article(html, url)


def test_dated_heading_in_title_box_wins_over_site_name_title() -> None:
    """Regency CMS (custom PHP, Bootstrap 3): `<title>` = the footer's brand heading, no `<h1>`."""
    assert _extract(_regency_page(_story())).title == _HEADLINE


def test_news_list_under_site_name_title_takes_no_teaser() -> None:
    """A `/berita` list page: the same dated heading shape repeated for each teaser is a list, no headline."""
    teasers = "".join(
        f"""<div class="box-berita"><div class="judul-berita"><h3>Berita nomor {n} tentang pembangunan desa</h3></div>
<div class="info-berita">Diposting oleh: <b>Diskominfo</b> | 0{n}/02/2026</div>
<div class="isi-berita"><div>{_TEXT[n % 3]} <a href="/berita/read/{n}">Selengkapnya</a></div></div></div>"""
        for n in range(1, 5)
    )
    title = _extract(_regency_page(teasers), "https://sukamajukab.go.id/berita").title
    assert title is None or "Berita nomor" not in title


def test_sidebar_dated_heading_is_no_headline() -> None:
    """An agenda widget's dated heading in the side column, under a site-name `<title>`, is not the headline."""
    sidebar = """<div class="widget"><div class="judul-widget"><h3>Rapat Koordinasi Penanganan Stunting Kabupaten</h3></div>
<div class="info-berita">05/02/2026</div><p>Pendopo Kabupaten, pukul 09.00</p></div>"""
    body = "<div class='box-berita'>" + "".join(f"<p>{t}</p>" for t in _TEXT) + "</div>"
    title = _extract(_regency_page(body, sidebar=sidebar)).title
    assert title is None or "Rapat Koordinasi" not in title


def test_section_word_over_date_row_is_no_headline() -> None:
    """The only heading is the section's name (`Berita`) over the date row: the `<title>` stays."""
    title = _extract(_regency_page(_story(headline="Berita"))).title
    assert title != "Berita"


def test_page_with_its_own_h1_takes_no_dated_h3() -> None:
    """The footer rule only speaks where no `<h1>` is the page's own: with one, the dated `<h3>` is not taken."""
    page = _regency_page(_story()).replace(
        '<div class="box-berita">',
        '<div class="box-berita"><h1>Bantuan RTLH Tahap Pertama 2026 Disalurkan</h1>',
        1,
    )
    assert _extract(page).title != _HEADLINE


_WRITER_TEXT = "".join(
    f"<p>{t}</p>"
    for t in [
        "The parish council met on Tuesday evening to agree the budget for the coming year, including repairs to "
        "the village hall roof and new lighting along the footpath to the station.",
        "Councillors said the precept would rise by two per cent, the first increase in four years, to cover the "
        "cost of the works and the higher insurance premium.",
        "Residents can comment on the plans at the open meeting next month, the clerk said, and the minutes will "
        "be published on the council's notice board and website.",
    ]
)


def _blog_page(author: str, *, generator: str = "", footer: str = "") -> str:
    gen = f'<meta name="generator" content="{generator}">' if generator else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Parish council agrees budget for village hall repairs - Millbrook Parish</title>
<meta name="author" content="{author}">{gen}
<meta property="og:site_name" content="Millbrook Parish">
<meta property="og:title" content="Parish council agrees budget for village hall repairs">
<meta property="og:type" content="article"></head><body>
<header class="site-header"><a href="/">Millbrook Parish</a><nav><a href="/news">News</a> <a href="/about">About</a></nav></header>
<main><article><h1>Parish council agrees budget for village hall repairs</h1>
<p class="meta"><time datetime="2026-01-27">27 January 2026</time></p>{_WRITER_TEXT}</article></main>
<aside><h3>Recent posts</h3><ul><li><a href="/news/2">Footpath lighting consultation opens</a></li></ul></aside>
<footer class="site-footer"><p>&copy; 2026 Millbrook Parish Council</p><p>{footer}</p></footer></body></html>"""


def _authors(html: str) -> list[str]:
    return extract_article(html, "https://millbrook-parish.org/news/parish-council-budget").authors


def test_platform_in_meta_author_and_footer_link_is_no_writer() -> None:
    """OpenSID village sites: meta author `OpenSID`, the footer's `OpenSID v2601.0.0` link to the project."""
    footer = '<a href="https://opendesa.id">OpenDesa</a> | <a href="https://github.com/OpenSID/OpenSID">OpenSID v2601.0.0</a>'
    assert _authors(_blog_page("OpenSID", footer=footer)) == []


def test_platform_in_meta_author_and_generator_is_no_writer() -> None:
    """WordPress and Joomla! themes: meta author = `<meta name="generator">`'s product (version and tagline cut)."""
    assert _authors(_blog_page("WordPress", generator="WordPress 6.4.2")) == []
    assert _authors(_blog_page("Joomla!", generator="Joomla! - Open Source Content Management")) == []


def test_writer_named_like_a_platform_on_another_platform_is_kept() -> None:
    """`Hugo Brandt`-style one-word `Hugo` as meta author on a WordPress site: a person, not the platform."""
    footer = '<a href="https://wordpress.org">Powered by WordPress</a>'
    assert _authors(_blog_page("Hugo", generator="WordPress 6.4.2", footer=footer)) == ["Hugo"]


def test_writer_on_a_page_crediting_its_platform_is_kept() -> None:
    """A footer `Powered by WordPress` and a generator tag leave a person's meta author alone."""
    footer = '<a href="https://wordpress.org">Powered by WordPress</a>'
    assert _authors(_blog_page("Jane Morrison", generator="WordPress 6.4.2", footer=footer)) == [
        "Jane Morrison"
    ]


def test_platform_word_without_the_page_naming_that_platform_is_kept() -> None:
    """`Ghost` as meta author on a page with no Ghost generator or credit link stays as it was read."""
    before = _authors(_blog_page("Ghost"))
    assert before == _authors(_blog_page("Ghost", footer="Theme by Acme Studio"))
