"""Dates of untuned page kinds (#10, session 11: the web-kinds-3 blind set).

- WordPress themes print a `posted-on` pair, `<time class="entry-date published">` then a CSS-hidden
  `<time class="updated">` (Astra, Kadence, OceanWP, Twenty Nineteen and later; GeneratePress writes the update
  first). The line's text runs the two together (`2026February 5, 2026`) and the update's day is read: a
  stamp classed `updated` and not `published` that gave the line its day yields to its `published` sibling.
- A zone lent to a UTC stamp so that it falls on the day the line shows (a midnight stamp, `23:00Z` for a
  page showing the next day) is any real zone, UTC-12 to UTC+14 (the review withdrew a +12 cap: New Zealand's
  summer, Tonga and Samoa run at +13; see tests/test_extract_dates11b_review.py).
- A job vacancy's or an official notice's `datePosted` (schema.org JobPosting, which Google for Jobs asks of
  every board: WP Job Manager, WP Job Openings, Jobsearch themes, Greenhouse and Lever pages; and
  SpecialAnnouncement on government and school sites) is the page's publication when no article node gives
  one; `validThrough` (the deadline) never is.
- hAtom's `<abbr class="published" title="ISO">` inside a post box (`hentry`/`post`) is the post's time even
  in the `post-footer`: Blogger's classic templates (Simple, Awesome Inc., Watermark) on school, village and
  community blogs, older WordPress themes (K2, Sandbox, Hemingway).

Each test serves a complete page (head metadata, navigation, sidebar or footer, comments) of its family.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from telisik.extract import extract_article

FETCHED = datetime(2026, 12, 6, 23, 0, tzinfo=timezone.utc)

_EPISODE = (
    "Cover crops are often sold as a long-term investment in soil health, but on many farms they can pay "
    "off in the very first season if the mix is right and the termination is timed well.",
    "In this episode we talk about grazing a cover crop after wheat, about seed costs and about the "
    "questions a landlord asks when a tenant wants to try something new on rented ground.",
    "We close with listener questions on heavy clay, on planting dates in a dry autumn and on the "
    "equipment a small farm really needs before it starts with cover crops at all.",
)


def _wordpress_post(meta_line: str, *, published_meta: str, title: str = "Cover Crops That Pay") -> str:
    """A WordPress (Kadence-like) post with Yoast metadata, a meta line under the title, related posts,
    comments, sidebar and footer."""
    paragraphs = "\n".join(f"<p>{text}</p>" for text in _EPISODE)
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8">
<title>{title} - The Field Show</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="The Field Show">
<meta property="article:published_time" content="{published_meta}">
<link rel="canonical" href="https://fieldshow.example/{title.lower().replace(" ", "-")}/">
</head><body class="post-template-default single single-post">
<header class="site-header"><a href="/" class="site-title">The Field Show</a>
<nav class="main-navigation"><ul><li><a href="/episodes/">Episodes</a></li><li><a href="/about/">About</a></li>
<li><a href="/contact/">Contact</a></li></ul></nav></header>
<div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post status-publish hentry">
<header class="entry-header"><h1 class="entry-title">{title}</h1>
<div class="entry-meta"><span class="posted-by"><span class="meta-label">By</span><span class="author vcard"><a
class="url fn n" href="/author/fieldshow/">fieldshow</a></span></span>{meta_line}</div></header>
<div class="entry-content">{paragraphs}</div>
</article>
<div class="entry-related"><h2 class="entry-related-title">More Episodes</h2>
<article class="entry loop-entry"><h3 class="entry-title"><a href="/ep-46/">Ep. 46: No-Till on Clay</a></h3>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published">January 21, 2026</time>
</span></div></article></div>
<div id="comments" class="comments-area"><h2 class="comments-title">1 Comment</h2><ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Glen</b>
<div class="comment-metadata"><time datetime="2026-02-06T08:14:22-06:00">February 6, 2026 at 8:14 am</time>
</div></footer><div class="comment-content"><p>Great episode, we tried oats after wheat.</p></div></article>
</li></ol></div>
</main></div>
<aside class="widget-area"><section class="widget"><h2>Subscribe</h2><ul><li><a href="#">Apple
Podcasts</a></li><li><a href="#">Spotify</a></li></ul></section></aside>
<footer class="site-footer"><p>© 2026 The Field Show</p></footer>
</body></html>"""


def _posted_on(published: str, published_text: str, updated: str, updated_text: str) -> str:
    return (
        f'<span class="posted-on"><time class="entry-date published" datetime="{published}">{published_text}'
        f'</time><time class="updated" datetime="{updated}" style="display:none">{updated_text}</time></span>'
    )


def test_hidden_update_stamp_after_the_published_one_gives_no_day() -> None:
    line = _posted_on(
        "2026-02-04T05:00:00-06:00", "February 4, 2026", "2026-02-05T14:12:09-06:00", "February 5, 2026"
    )
    page = _wordpress_post(line, published_meta="2026-02-04T11:00:00+00:00")
    article = extract_article(page, url="https://fieldshow.example/cover-crops-that-pay/", fetched_at=FETCHED)
    assert article.published == datetime(2026, 2, 4, 5, 0, tzinfo=timezone(timedelta(hours=-6)))
    assert article.published.utcoffset() == timedelta(hours=-6)


def test_hatom_stamp_classed_published_and_updated_keeps_its_day() -> None:
    """Not fired: hAtom themes put both words on the one publication stamp (`entry-date published updated`)."""
    line = (
        '<span class="posted-on"><time class="entry-date published updated" datetime="2026-02-04T05:00:00-06:00">'
        "February 4, 2026</time></span>"
    )
    page = _wordpress_post(line, published_meta="2026-02-04T11:00:00+00:00")
    article = extract_article(page, url="https://fieldshow.example/cover-crops-that-pay/", fetched_at=FETCHED)
    assert article.published is not None
    assert article.published.astimezone(timezone.utc) == datetime(2026, 2, 4, 11, 0, tzinfo=timezone.utc)


def test_update_stamp_alone_on_the_line_is_not_swapped() -> None:
    """Not fired: a theme that shows only the update (no `published` sibling): the metadata's publication
    time stays the instant, nothing is invented from the line."""
    line = (
        '<span class="posted-on"><time class="updated" datetime="2026-02-04T05:00:00-06:00">February 4, 2026'
        "</time></span>"
    )
    page = _wordpress_post(line, published_meta="2026-02-04T11:00:00+00:00")
    article = extract_article(page, url="https://fieldshow.example/cover-crops-that-pay/", fetched_at=FETCHED)
    assert article.published is not None
    assert article.published.astimezone(timezone.utc) == datetime(2026, 2, 4, 11, 0, tzinfo=timezone.utc)


def test_midnight_stamp_still_lends_the_zone_of_the_shown_day() -> None:
    """Not fired: `2026-02-04T23:00Z` on a page showing 5 February is midnight at +01:00."""
    line = '<span class="posted-on"><span class="entry-date">February 5, 2026</span></span>'
    page = _wordpress_post(line, published_meta="2026-02-04T23:00:00+00:00")
    article = extract_article(page, url="https://fieldshow.example/cover-crops-that-pay/", fetched_at=FETCHED)
    assert article.published is not None
    assert article.published.date() == datetime(2026, 2, 5).date()


def test_asian_midnight_stamp_lends_plus_eight() -> None:
    """Not fired: `16:00Z` on a page showing the next day is midnight at +08:00, inside the range."""
    line = '<span class="posted-on"><span class="entry-date">February 5, 2026</span></span>'
    page = _wordpress_post(line, published_meta="2026-02-04T16:00:00+00:00")
    article = extract_article(page, url="https://fieldshow.example/cover-crops-that-pay/", fetched_at=FETCHED)
    assert article.published is not None
    assert article.published.date() == datetime(2026, 2, 5).date()


_VACANCY = (
    "PT Sinar Logistik merupakan perusahaan jasa pergudangan dan distribusi yang melayani pelanggan di "
    "seluruh Kalimantan Barat sejak tahun 2009 dan terus berkembang setiap tahunnya.",
    "Kami membuka lowongan untuk posisi Staf Admin Gudang yang akan bertanggung jawab atas pencatatan barang "
    "masuk dan keluar, stok opname bulanan dan laporan harian kepada kepala gudang.",
    "Pelamar diutamakan lulusan SMA atau SMK, teliti, mampu mengoperasikan komputer dan bersedia bekerja "
    "dengan sistem shift. Lamaran dikirim melalui tombol di bawah sebelum batas akhir.",
)


def _job_page(jsonld: str, *, extra_head: str = "") -> str:
    """A WP Job Manager vacancy on an Indonesian board: JobPosting JSON-LD, a day-only `Diposting` line,
    the deadline, related vacancies, footer."""
    paragraphs = "\n".join(f"<p>{text}</p>" for text in _VACANCY)
    return f"""<!DOCTYPE html>
<html lang="id-ID"><head><meta charset="utf-8">
<title>Staf Admin Gudang - LokerKalbar</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="og:title" content="Staf Admin Gudang">
<meta property="og:locale" content="id_ID">
{extra_head}
<script type="application/ld+json">{jsonld}</script>
</head><body class="job_listing-template-default single-job_listing">
<header class="site-header"><a href="/" class="logo">LokerKalbar</a><nav><ul><li><a href="/lowongan/">Lowongan
</a></li><li><a href="/perusahaan/">Perusahaan</a></li><li><a href="/kontak/">Kontak</a></li></ul></nav></header>
<main class="site-main"><div class="single_job_listing">
<h1 class="page-title">Staf Admin Gudang</h1>
<ul class="job-listing-meta meta"><li class="job-type">Full Time</li><li class="location">Pontianak</li>
<li class="date-posted"><time datetime="2026-02-05">Diposting 5 Februari 2026</time></li></ul>
<div class="job_description">{paragraphs}</div>
<p class="application-deadline">Batas akhir: 20 Februari 2026</p>
</div>
<section class="related-jobs"><h2>Lowongan lain</h2><ul><li><a href="/lowongan/kurir/">Kurir Motor</a>
<span class="date">3 Februari 2026</span></li><li><a href="/lowongan/kasir/">Kasir Toko</a>
<span class="date">1 Februari 2026</span></li></ul></section></main>
<footer class="site-footer"><p>© 2026 LokerKalbar. Hati-hati penipuan lowongan.</p></footer>
</body></html>"""


_JOB_URL = "https://lokerkalbar.example/lowongan/staf-admin-gudang/"


def test_job_posting_date_posted_gives_the_shown_day_its_time() -> None:
    jsonld = (
        '{"@context": "http://schema.org/", "@type": "JobPosting", "title": "Staf Admin Gudang", '
        '"datePosted": "2026-02-05T02:31:08+00:00", "validThrough": "2026-02-20T00:00:00+00:00"}'
    )
    article = extract_article(_job_page(jsonld), url=_JOB_URL, fetched_at=FETCHED)
    assert article.published == datetime(2026, 2, 5, 9, 31, 8, tzinfo=timezone(timedelta(hours=7)))


def test_valid_through_is_never_the_date() -> None:
    """Not fired: a JobPosting without `datePosted`: the deadline is not read, the shown day stays."""
    jsonld = (
        '{"@context": "http://schema.org/", "@type": "JobPosting", "title": "Staf Admin Gudang", '
        '"validThrough": "2026-02-20T00:00:00+00:00"}'
    )
    article = extract_article(_job_page(jsonld), url=_JOB_URL, fetched_at=FETCHED)
    assert article.published is not None
    assert article.published.date() == datetime(2026, 2, 5).date()
    assert (article.published.hour, article.published.minute) == (0, 0)


def test_article_node_wins_over_an_embedded_job_posting() -> None:
    """Not fired: a news article about hiring with a job widget's JobPosting: the article's own
    datePublished is the date."""
    jsonld = (
        '[{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Staf Admin Gudang", '
        '"datePublished": "2026-02-05T04:10:00+07:00"}, {"@context": "https://schema.org", '
        '"@type": "JobPosting", "title": "Kurir", "datePosted": "2026-01-12T02:31:08+00:00"}]'
    )
    article = extract_article(_job_page(jsonld), url=_JOB_URL, fetched_at=FETCHED)
    assert article.published == datetime(2026, 2, 5, 4, 10, tzinfo=timezone(timedelta(hours=7)))


_REPORT = (
    "Pada hari Jumat pagi seluruh warga sekolah mengikuti kegiatan Jumat bersih di lingkungan sekolah dan "
    "di sepanjang jalan menuju kampung di sekitar sekolah bersama para guru.",
    "Kegiatan dilanjutkan dengan penanaman dua puluh bibit pohon mangga dan rambutan di halaman belakang "
    "sekolah yang selama ini masih kosong dan gersang pada musim kemarau.",
    "Kepala sekolah berharap kegiatan ini menumbuhkan kepedulian siswa terhadap lingkungan dan menjadikan "
    "sekolah tempat belajar yang sejuk, bersih dan nyaman bagi semua.",
)


def _blogger_page(stamp: str, *, widget: str = "") -> str:
    """A Blogger classic (Simple) post: the blog's og:title, the date header, the post footer with the
    hAtom stamp, comments, the sidebar's archive."""
    paragraphs = "<br/><br/>".join(_REPORT)
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="id"><head><meta charset="utf-8">
<title>SMP Negeri 3 Tanjung: Kegiatan Jumat Bersih</title>
<meta content="blogger" name="generator"/>
<meta content="SMP Negeri 3 Tanjung" property="og:title"/>
<link href="https://smpn3tanjung.blogspot.com/2026/01/jumat-bersih.html" rel="canonical"/>
</head><body>
<div class="header-outer"><h1 class="title"><a href="/">SMP Negeri 3 Tanjung</a></h1></div>
<div class="main-outer"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>Kamis, 29 Januari 2026</span></h2>
<div class="post-outer"><div class="post hentry" itemscope itemtype="http://schema.org/BlogPosting">
<h3 class="post-title entry-title" itemprop="name">Kegiatan Jumat Bersih</h3>
<div class="post-body entry-content" itemprop="description articleBody">{paragraphs}</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1">
<span class="post-author vcard">Diposting oleh <span class="fn" itemprop="author">Admin</span></span>
<span class="post-timestamp">pada <a class="timestamp-link" href="/2026/01/jumat-bersih.html"
rel="bookmark" title="permanent link">{stamp}</a></span>
<span class="post-comment-link"><a class="comment-link" href="#comments">2 komentar</a></span></div></div>
</div></div></div></div>
<div class="comments" id="comments"><h4>2 komentar:</h4><dl id="comments-block"><dt class="comment-author">
Budi</dt><dd class="comment-body"><p>Mantap, semoga pohonnya tumbuh subur.</p></dd>
<dd class="comment-footer"><span class="comment-timestamp"><a href="#c1" title="comment permalink">
30 Januari 2026 pukul 07.12</a></span></dd></dl></div>
</div></div>
<div class="sidebar"><div class="widget BlogArchive"><h2>Arsip Blog</h2><ul><li><a href="/2026/01/">Januari
2026</a></li></ul></div>{widget}</div>
<div class="footer-outer"><p>Tema Sederhana. Diberdayakan oleh Blogger.</p></div>
</body></html>"""


_BLOGGER_URL = "https://smpn3tanjung.blogspot.com/2026/01/jumat-bersih.html"


def test_blogger_abbr_published_in_the_post_footer_is_the_time() -> None:
    stamp = '<abbr class="published" itemprop="datePublished" title="2026-01-29T10:42:00+08:00">10.42</abbr>'
    article = extract_article(_blogger_page(stamp), url=_BLOGGER_URL, fetched_at=FETCHED)
    assert article.published == datetime(2026, 1, 29, 10, 42, tzinfo=timezone(timedelta(hours=8)))


def test_abbr_without_an_iso_title_gives_no_time() -> None:
    """Not fired: an `abbr.published` whose title is no ISO stamp (a theme's tooltip) is not machine data."""
    stamp = '<abbr class="published" itemprop="datePublished" title="Kamis pagi">10.42</abbr>'
    article = extract_article(_blogger_page(stamp), url=_BLOGGER_URL, fetched_at=FETCHED)
    assert article.published is None or (article.published.hour, article.published.minute) != (10, 42)


def test_abbr_published_of_a_sidebar_widget_is_not_the_posts() -> None:
    """Not fired: a `Popular posts` widget's hAtom stamp sits in no post box: not this post's time."""
    stamp = '<abbr class="time">10.42</abbr>'
    widget = (
        '<div class="widget PopularPosts"><h2>Populer</h2><ul><li><a href="/2025/12/upacara.html">Upacara</a>'
        '<abbr class="published" itemprop="datePublished" title="2025-12-01T07:05:00+08:00">07.05</abbr>'
        "</li></ul></div>"
    )
    article = extract_article(_blogger_page(stamp, widget=widget), url=_BLOGGER_URL, fetched_at=FETCHED)
    assert article.published is None or article.published.date() != datetime(2025, 12, 1).date()
