"""Date rules of session 16, round 3 (#10, indonesia-shapes-6 and web-kinds-15: sites nobody tuned for).

- An Indonesian regional outlet in the central (WITA) or eastern (WIT) zone whose only time is a UTC instant
  (Yoast's and RankMath's `+00:00` JSON-LD, WordPress block themes' `<time datetime="...+00:00">`, a day without
  a time on show): its time is given in its own zone when the outlet's own name (`og:site_name`, the JSON-LD
  publisher: `Lombok Pos`, `Tribun Bali`, `Kaltim Post`, `Cenderawasih Pos`) AND its story's dateline
  (`MATARAM –`, `Jayapura (ANTARA) -`) name places of the same zone. One alone does not tell: a Jakarta daily
  datelines stories from Mataram, and a blog about Bali is not written there. WIB stays the default.
- A live blog (schema.org `LiveBlogPosting`: Google's live-blog markup, Automattic's Liveblog for WordPress,
  Mediahuis/DPG/Schibsted live pages) without `datePublished` is published at its `coverageStartTime`, not
  at its newest entry's time the header shows. `datePublished` still wins; other types' `coverageStartTime`
  is not read.
Each test serves a complete page (head metadata, navigation, sidebar, footer) and names the family it stands for.
"""

from __future__ import annotations

from telisik.extract import extract_article

# --- WordPress block theme (Twenty Twenty-Four) or Yoast portal of a regional outlet, UTC stamps only --------


def _wp_regional_page(*, site: str, dateline: str, stamp: str = "2026-02-07T02:05:00+00:00") -> str:
    """A WordPress portal with a block theme: Yoast-like JSON-LD in UTC, a day-only post date on show."""
    return f"""<!DOCTYPE html>
<html lang="id-ID"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Perajin Tenun Desa Belajar Pewarnaan Alami &#8211; {site}</title>
<meta property="og:site_name" content="{site}">
<meta property="og:type" content="article">
<meta property="og:title" content="Perajin Tenun Desa Belajar Pewarnaan Alami">
<meta property="article:published_time" content="{stamp}">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Perajin Tenun Desa Belajar Pewarnaan Alami", "datePublished": "{stamp}",
"author": {{"@type": "Person", "name": "Redaksi"}}, "publisher": {{"@type": "Organization", "name": "{site}"}}}}
</script></head>
<body class="post-template-default single single-post wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group">
<p class="wp-block-site-title"><a href="/" rel="home">{site}</a></p>
<nav class="wp-block-navigation"><ul><li><a href="/daerah">Daerah</a></li><li><a href="/ekonomi">Ekonomi</a></li>
<li><a href="/olahraga">Olahraga</a></li></ul></nav></div></header>
<main class="wp-block-group"><h1 class="wp-block-post-title">Perajin Tenun Desa Belajar Pewarnaan Alami</h1>
<div class="wp-block-post-date"><time datetime="{stamp}">7 Februari 2026</time></div>
<div class="entry-content wp-block-post-content"><p>Oleh: Baiq Rahmawati</p>
<p>{dateline} Puluhan perajin kain tenun dari desa wisata mengikuti pelatihan pewarnaan alami yang digelar dinas
perindustrian provinsi selama tiga hari di balai desa setempat.</p>
<p>Pelatihan meliputi cara mengolah daun, akar dan kulit kayu menjadi pewarna yang tahan lama. Peserta juga diajari
menghitung biaya produksi agar harga jual kain tetap bersaing di pasar ekspor.</p>
<p>Kepala bidang industri kecil mengatakan permintaan kain berpewarna alami dari Jepang dan Eropa terus naik dalam
dua tahun terakhir, sehingga perajin perlu menjaga mutu dan jumlah produksi.</p></div>
<div class="taxonomy-post_tag wp-block-post-terms"><a href="/tag/tenun" rel="tag">Tenun</a></div></main>
<aside class="sidebar"><h2>Terpopuler</h2><ul><li><a href="/a">Harga cabai naik lagi</a></li>
<li><a href="/b">Jalan provinsi rusak berat</a></li></ul></aside>
<footer class="wp-block-template-part"><p>Dirancang dengan <a href="https://wordpress.org">WordPress</a>
&copy; 2026 {site}</p></footer></div></body></html>"""


def _published(
    site: str, dateline: str, url: str = "https://www.portal-daerah.id/2026/02/07/perajin-tenun/"
) -> str:
    article = extract_article(_wp_regional_page(site=site, dateline=dateline), url)
    assert article.published is not None
    return article.published.isoformat()


def test_wita_outlet_with_a_dateline_of_its_zone_is_given_in_wita() -> None:
    """Lombok (NTB) outlet, `MATARAM –` dateline, only a UTC instant: 02:05Z is 10:05 WITA."""
    assert _published("Lombok Pos Online", "MATARAM –") == "2026-02-07T10:05:00+08:00"


def test_wit_outlet_with_an_agency_dateline_of_its_zone_is_given_in_wit() -> None:
    """Papua outlet, `Jayapura (ANTARA) -` dateline: 02:05Z is 11:05 WIT."""
    assert _published("Papua Pos Harian", "Jayapura (ANTARA) -") == "2026-02-07T11:05:00+09:00"


def test_national_daily_with_a_mataram_dateline_stays_in_wib() -> None:
    """A Jakarta daily datelines a story from Mataram: its clock is WIB."""
    assert _published("Kabar Nusantara", "MATARAM –") == "2026-02-07T09:05:00+07:00"


def test_regional_name_with_a_jakarta_dateline_stays_in_wib() -> None:
    """A Bali outlet's story from the Jakarta desk: the two signals disagree, WIB stays."""
    assert _published("Warta Bali Kini", "JAKARTA –") == "2026-02-07T09:05:00+07:00"


def test_travel_blog_named_after_bali_without_a_dateline_stays_in_wib() -> None:
    """A blog about Bali (its name a topic) with no dateline: nothing places it there."""
    assert _published("Catatan Jalan Bali", "Puluhan") == "2026-02-07T09:05:00+07:00"


def test_west_kalimantan_outlet_is_no_wita_outlet() -> None:
    """Bare `Kalimantan` names no zone (Pontianak is WIB), even beside a dateline of the island."""
    assert _published("Kalimantan Post", "PONTIANAK –") == "2026-02-07T09:05:00+07:00"


# --- Live blogs: LiveBlogPosting with coverageStartTime ------------------------------------------------------


def _liveblog_page(*, kind: str = "LiveBlogPosting", published: str = "") -> str:
    """A Dutch regional daily's live page (Mediahuis/DPG-like): the header shows the newest entry's time."""
    stated = f'"datePublished": "{published}", ' if published else ""
    return f"""<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8">
<title>LIVE | Grote brand in loods op bedrijventerrein: rookwolk boven de regio | Dagblad Kust</title>
<meta property="og:site_name" content="Dagblad Kust">
<meta property="og:title" content="LIVE | Grote brand in loods op bedrijventerrein: rookwolk boven de regio">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "{kind}",
"headline": "LIVE | Grote brand in loods op bedrijventerrein: rookwolk boven de regio", {stated}
"coverageStartTime": "2024-03-12T14:08:00Z", "coverageEndTime": "2024-03-12T23:00:00Z",
"dateModified": "2024-03-12T16:05:00Z", "author": [{{"@type": "Person", "name": "Sanne Visser"}}]}}</script>
</head><body><header class="site-header"><a href="/" class="logo">Dagblad Kust</a>
<nav><ul><li><a href="/regio">Regio</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article class="article"><header class="article__header">
<h1 class="article__title">LIVE | Grote brand in loods op bedrijventerrein: rookwolk boven de regio</h1>
<div class="article__meta"><span class="article__author">Sanne Visser</span>
<span class="article__date"><time datetime="2024-03-12T16:05:00Z">Vandaag om 17:05</time></span></div></header>
<p class="article__intro">Bij een bedrijf op het bedrijventerrein is dinsdagmiddag een grote brand uitgebroken. De
brandweer schaalde op naar GRIP 1. In dit liveblog houden we je op de hoogte.</p>
<section class="liveblog"><ul class="liveblog__list">
<li class="liveblog__item"><time class="liveblog__time">17:05</time><h3>Brand onder controle</h3>
<p>De brandweer meldt dat de brand onder controle is. Het nablussen duurt naar verwachting de hele avond.</p></li>
<li class="liveblog__item"><time class="liveblog__time">15:30</time><h3>NL-Alert verstuurd</h3>
<p>Er is een NL-Alert verstuurd voor de omliggende wijken vanwege de rookontwikkeling boven het terrein.</p></li>
</ul></section></article></main>
<footer class="site-footer"><p>&copy; 2024 Dagblad Kust</p></footer></body></html>"""


def _live_published(page: str) -> str:
    article = extract_article(page, "https://www.dagbladkust.nl/cnt/dmf20240312_1234")
    assert article.published is not None
    return article.published.isoformat()


def test_liveblog_without_date_published_starts_at_its_coverage_start() -> None:
    """LiveBlogPosting with only coverageStartTime: 14:08Z, not the newest entry's 16:05Z."""
    assert _live_published(_liveblog_page()) == "2024-03-12T15:08:00+01:00"


def test_liveblog_date_published_wins_over_coverage_start() -> None:
    """A live blog stating datePublished (Google's markup gives both): datePublished is the date."""
    page = _liveblog_page(published="2024-03-12T13:30:00Z")
    assert _live_published(page) == "2024-03-12T14:30:00+01:00"


def test_coverage_start_of_another_type_is_not_read() -> None:
    """A NewsArticle carrying a stray coverageStartTime: the property is the live blog's only."""
    assert _live_published(_liveblog_page(kind="NewsArticle")) != "2024-03-12T15:08:00+01:00"
