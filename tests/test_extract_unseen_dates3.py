"""Publication times missed on real pages of Indonesian outlets nobody here had seen (#10, date classes 8-10).

Three classes, each served as a complete page (head metadata, navigation, sidebar lists with their own dates,
related links, comments, footer):

- A headline repeated as a linked teaser (top slider, 'Popular'/'Latest' boxes) before the article's own,
  unlinked heading: the teaser is not the headline, so the date line next to the real heading is read, not a
  sidebar teaser's zoneless date (Tempo English's 2015 template with its top slider and 'Latest News' column;
  portals' `terpopuler` boxes and WordPress related-post widgets repeat the story's title as a link likewise).
- A date line that shows only the day while its own element carries the machine stamp: Blogger templates
  (gelora.co and Blogger news themes: `<abbr class="updated|published" title="...T10:10:00+07:00">`),
  WordPress themes with a `<span title="...">` or `<time datetime>` around the shown day: the stamp gives the
  time and the offset instead of midnight.
- A Bali/Manado/Makassar outlet (WITA) whose SEO plugin writes the UTC instant while the theme writes the same
  save's local wall clock with a literal `+00:00` (metrobali.com's WordPress theme; the mislabelled `+00:00`
  wall clock is the one radarbogor-, lampost- and Joomla-humas-style templates print): the two stamps, to the
  second and exactly 8 hours apart, state WITA; the time is given in WITA, not WIB.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from telisik.extract import extract_article

FETCHED = datetime(2026, 1, 28, 3, 0, tzinfo=timezone.utc)


def _minute_and_offset(value: datetime | None) -> tuple[str, timedelta | None]:
    assert value is not None
    return value.strftime("%Y-%m-%d %H:%M"), value.utcoffset()


TEMPO_LIKE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Regency Opens Flood Shelters Ahead of Rainy Season | National | Warta English</title>
<meta name="description" content="The regency prepared twelve shelters before the rainy season.">
<meta property="og:type" content="article">
<meta property="og:title" content="Regency Opens Flood Shelters Ahead of Rainy Season">
<meta property="og:url" content="https://en.warta.example/read/news/2015/11/04/055715684/Regency-Opens-Flood-Shelters">
<meta name="twitter:title" content="Regency Opens Flood Shelters Ahead of Rainy Season">
<link rel="canonical" href="https://en.warta.example/read/news/2015/11/04/055715684/Regency-Opens-Flood-Shelters">
</head>
<body>
<div class="header"><a href="/" class="logo">Warta English</a>
<ul class="menu"><li><a href="/national">National</a></li><li><a href="/business">Business</a></li></ul></div>
<div class="slider"><ul>
  <li><img src="/a.jpg" alt=""><div class="bintang-judul"><a href="/read/news/2015/11/04/1/Investment">Investment
  Climate Improves, Says Minister</a></div></li>
  <li><img src="/b.jpg" alt=""><div class="bintang-judul"><a
  href="/read/news/2015/11/04/055715684/Regency-Opens-Flood-Shelters">Regency Opens Flood Shelters Ahead of Rainy
  Season</a></div></li>
</ul></div>
<div class="kolom-kanan">
  <div class="judul-subkanal"><a href="/index">Latest News</a></div>
  <div class="kolom-300"><div class="tanggal">Wednesday, 04 November 2015 | 19:14 </div>
    <div class="judul-kolom-300"><a href="/read/news/2015/11/04/2/Traffic">City Models Traffic to Avoid
    Gridlock</a></div><div class="min-kolom-300">The software was developed with a university.</div></div>
  <div class="kolom-300"><div class="tanggal">Wednesday, 04 November 2015 | 18:58 </div>
    <div class="judul-kolom-300"><a href="/read/news/2015/11/04/3/Bank">Central Bank Signs Cooperation
    Pact</a></div><div class="min-kolom-300">The two banks will share supervision practice.</div></div>
</div>
<div class="kolom-2-kolom">
<div class="blok-foto-konten"><img src="/c.jpg" alt=""><div class="foto-desc">Shelter in a school. Image:
WARTA/Photographer</div></div>
<div id="blok-sitemap"><a href="/">Home</a> <a href="/national">National</a></div>
<div class="tanggal">Wednesday, 04 November, 2015 |  07:28 WIB</div>
<div class="judul-konten">Regency Opens Flood Shelters Ahead of Rainy Season</div>
<div class="tubuh-berita">
<p>WARTA.CO, Jakarta - The regency has opened twelve flood shelters in schools and village halls before the
rainy season, the head of its disaster agency said on Wednesday.</p>
<p>"We have stocked rice, blankets and clean water for three weeks in every shelter," he said, adding that
boats were ready in the five villages that flooded last year.</p>
<p>The agency will also train volunteers in each village to run the shelters and to keep lists of residents.</p>
</div>
<div class="related"><h3>Related</h3><ul>
  <li><a href="/read/news/2015/10/30/4/Rain">Rainy Season Expected Early This Year</a> 30 October 2015</li>
</ul></div>
<div id="comments"><div class="comment"><span class="name">Rudi</span><span class="tanggal">04 November 2015
21:02</span><p>Good preparation, hope it works.</p></div></div>
</div>
<div class="footer">COPYRIGHT &copy; 2012 - Warta Media. All rights reserved.</div>
</body>
</html>
"""


def test_the_date_next_to_the_unlinked_headline_beats_a_sidebar_teaser_date():
    article = extract_article(
        TEMPO_LIKE,
        "https://en.warta.example/read/news/2015/11/04/055715684/Regency-Opens-Flood-Shelters",
        fetched_at=FETCHED,
    )
    assert article.title == "Regency Opens Flood Shelters Ahead of Rainy Season"
    assert _minute_and_offset(article.published) == ("2015-11-04 07:28", timedelta(hours=7))


def blogger_page(date_markup: str) -> str:
    """A Blogger news theme: date header, post header with the author and the shown day, post body, labels,
    related posts with their own days, comments, footer."""
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="id">
<head>
<meta charset="utf-8">
<title>Pemkab Siapkan Dua Belas Posko Banjir - Kabar Nusa</title>
<meta name="description" content="Pemerintah kabupaten menyiapkan dua belas posko banjir.">
<meta property="og:type" content="article">
<meta property="og:title" content="Pemkab Siapkan Dua Belas Posko Banjir">
<meta property="og:url" content="https://www.kabarnusa.example/2020/10/pemkab-siapkan-posko-banjir.html">
<link rel="canonical" href="https://www.kabarnusa.example/2020/10/pemkab-siapkan-posko-banjir.html">
<link rel="alternate" type="application/atom+xml" href="https://www.kabarnusa.example/feeds/posts/default">
</head>
<body>
<div class="header-wrap"><a href="/" class="logo">Kabar Nusa</a>
<ul class="menu"><li><a href="/search/label/NASIONAL">Nasional</a></li><li><a href="/search/label/EKBIS">Ekbis</a>
</li></ul></div>
<div class="main-wrapper"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>9 Oktober 2020</span></h2>
<div class="post-outer"><div class="post hentry">
<div class="breadcrumbs"><a href="/">HOME</a> | <a href="/search/label/EKBIS">EKBIS</a></div>
<h1 class="post-title entry-title">Pemkab Siapkan Dua Belas Posko Banjir</h1>
<div class="postmeta"><span class="post-author vcard"><span class="fn author"><a href="/p/redaksi.html"
rel="author">@kabarnusa</a></span></span><br/>
<span class="clock">{date_markup}</span></div>
<div class="post-body entry-content">
<p>Pemerintah kabupaten menyiapkan dua belas posko banjir di sekolah dan balai desa menjelang musim hujan,
kata kepala badan penanggulangan bencana daerah, Jumat.</p>
<p>"Beras, selimut dan air bersih untuk tiga minggu sudah tersedia di setiap posko," ujarnya. Perahu karet juga
disiagakan di lima desa yang tahun lalu terendam.</p>
<p>Relawan di setiap desa akan dilatih mengelola posko dan mendata warga yang mengungsi.</p>
</div>
<div class="post-footer"><span class="post-labels">Label: <a href="/search/label/EKBIS" rel="tag">EKBIS</a></span>
</div>
<div class="related-posts"><h4>Berita Terkait</h4><ul>
<li><a href="/2020/10/hujan-deras.html">Hujan Deras Rendam Tiga Desa</a><span class="date">8 Oktober 2020</span></li>
<li><a href="/2020/10/bantuan-beras.html">Bantuan Beras Tiba di Posko</a><span class="date">7 Oktober 2020</span></li>
</ul></div>
<div class="comments" id="comments"><h4>Komentar</h4><div class="comment-block"><cite>Andi</cite>
<span class="datetime">9 Oktober 2020 pukul 21.15</span><p>Semoga warga aman.</p></div></div>
</div></div></div>
</div></div>
<div class="footer">Copyright &copy; 2020 Kabar Nusa. Powered by Blogger.</div>
</body>
</html>
"""


def test_a_day_only_date_takes_the_time_and_offset_of_the_stamp_it_carries():
    # Blogger's hAtom abbr (gelora.co's template): the stamp is the `updated` or `published` abbr's title.
    for klass in ("updated", "published"):
        page = blogger_page(
            f'<a class="timestamp-link" href="/2020/10/pemkab-siapkan-posko-banjir.html" rel="bookmark">'
            f'<abbr class="{klass}" title="2020-10-09T10:10:00+07:00">9 Oktober 2020</abbr></a>'
        )
        article = extract_article(
            page, "https://www.kabarnusa.example/2020/10/pemkab-siapkan-posko-banjir.html", fetched_at=FETCHED
        )
        assert _minute_and_offset(article.published) == ("2020-10-09 10:10", timedelta(hours=7)), klass


def test_a_stamp_on_the_date_line_of_another_day_is_not_taken():
    page = blogger_page('<abbr class="updated" title="2020-10-12T08:00:00+07:00">9 Oktober 2020</abbr>')
    article = extract_article(
        page, "https://www.kabarnusa.example/2020/10/pemkab-siapkan-posko-banjir.html", fetched_at=FETCHED
    )
    assert article.published is not None
    assert article.published.date().isoformat() == "2020-10-09"
    assert (article.published.hour, article.published.minute) == (0, 0)


def wita_wordpress_page(instant: str, wall_clock: str) -> str:
    """A regional WordPress portal: Yoast JSON-LD and article:published_time in UTC, the theme's <time> with the
    local wall clock and a literal +00:00, the day shown alone; sidebar, related posts, comments, footer."""
    return f"""<!DOCTYPE html>
<html lang="id-ID">
<head>
<meta charset="UTF-8">
<title>Badung Gencarkan Edukasi Protokol Kesehatan - Warta Dewata</title>
<meta property="og:locale" content="id_ID">
<meta property="og:type" content="article">
<meta property="og:title" content="Badung Gencarkan Edukasi Protokol Kesehatan">
<meta property="og:url" content="https://wartadewata.example/badung-gencarkan-edukasi-prokes/">
<meta property="article:published_time" content="{instant}">
<script type="application/ld+json">{{"@context":"https://schema.org","@graph":[{{"@type":"WebPage",
"@id":"https://wartadewata.example/badung-gencarkan-edukasi-prokes/#webpage",
"url":"https://wartadewata.example/badung-gencarkan-edukasi-prokes/",
"name":"Badung Gencarkan Edukasi Protokol Kesehatan - Warta Dewata",
"datePublished":"{instant}","dateModified":"{instant}","inLanguage":"id-ID"}}]}}</script>
</head>
<body class="post-template-default single single-post">
<header class="site-header"><a class="logo" href="/">Warta Dewata</a>
<nav><ul><li><a href="/category/badung/">Badung</a></li><li><a href="/category/denpasar/">Denpasar</a></li></ul></nav>
</header>
<div class="content-area"><article class="post type-post">
<h1 class="entry-title">Badung Gencarkan Edukasi Protokol Kesehatan</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{wall_clock}">
9 Oktober 2020</time></span> <span class="byline">Oleh <a href="/author/redaksi/">Redaksi</a></span></div>
<div class="entry-content">
<p>Mangupura - Pemerintah Kabupaten Badung menggencarkan edukasi protokol kesehatan dan penyemprotan
disinfektan di pasar dan banjar, kata kepala satuan tugas, Jumat.</p>
<p>Petugas menyemprot disinfektan di dua puluh titik dan membagikan masker kepada pedagang serta pengunjung
pasar tradisional.</p>
<p>Satgas juga meminta warga tetap menjaga jarak dan mencuci tangan saat beraktivitas di luar rumah.</p>
</div>
<div class="related-posts"><h3>Berita Terkait</h3><ul>
<li><a href="/denpasar-razia-masker/">Denpasar Gelar Razia Masker</a> <time datetime="2020-10-08T11:00:00+00:00">
8 Oktober 2020</time></li></ul></div>
</article>
<div id="comments"><h3>Tinggalkan Balasan</h3><ol class="comment-list"><li class="comment"><cite>Made</cite>
<time datetime="2020-10-09T20:11:00+00:00">9 Oktober 2020 pukul 20:11</time><p>Mantap, lanjutkan.</p></li></ol></div>
</div>
<aside class="widget-area"><h3 class="widget-title">Terpopuler</h3><ul>
<li><a href="/gianyar-siapkan-posko/">Gianyar Siapkan Posko Banjir</a></li></ul></aside>
<footer class="site-footer">&copy; 2020 Warta Dewata. All rights reserved.</footer>
</body>
</html>
"""


def test_a_utc_instant_and_its_mislabelled_wall_clock_eight_hours_apart_state_wita():
    page = wita_wordpress_page("2020-10-09T06:59:48+00:00", "2020-10-09T14:59:48+00:00")
    article = extract_article(
        page, "https://wartadewata.example/badung-gencarkan-edukasi-prokes/", fetched_at=FETCHED
    )
    assert _minute_and_offset(article.published) == ("2020-10-09 14:59", timedelta(hours=8))


def test_utc_stamps_that_are_not_the_same_save_leave_the_page_in_wib():
    # Seconds differ: two different saves, no zone can be told from them; the Indonesian default (WIB) holds.
    page = wita_wordpress_page("2020-10-09T06:59:48+00:00", "2020-10-09T14:59:12+00:00")
    article = extract_article(
        page, "https://wartadewata.example/badung-gencarkan-edukasi-prokes/", fetched_at=FETCHED
    )
    assert _minute_and_offset(article.published) == ("2020-10-09 13:59", timedelta(hours=7))


def test_the_mislabelled_pair_tells_the_zone_whichever_stamp_comes_first():
    # The page's stamps are gathered in source order; a theme may print its mislabelled <time> before the SEO
    # plugin's UTC instant.
    from telisik.extract.published import _zone_of_mislabelled_pair

    instant = datetime(2020, 10, 9, 6, 59, 48, tzinfo=timezone.utc)
    wall_clock = instant + timedelta(hours=8)
    first = _zone_of_mislabelled_pair([instant, wall_clock])
    assert first is not None and first.utcoffset(None) == timedelta(hours=8)
    second = _zone_of_mislabelled_pair([wall_clock, instant])
    assert second is not None and second.utcoffset(None) == timedelta(hours=8)
