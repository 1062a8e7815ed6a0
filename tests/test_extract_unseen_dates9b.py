"""The zone a UTC-stored publication time is shown in (#10 class 8, session 9).

Many CMSes store the publication instant in UTC (`Z`, `+00:00`) while readers see the site's local time:

- The page's own stamp of the same instant with a non-zero offset is the zone the page shows: WordPress with
  Yoast writes `article:published_time` and the JSON-LD in `+00:00` while the theme's
  `<time class="entry-date published">` carries the site's offset (Newspack nonprofits, GeneratePress and Astra
  blogs, Ghost and Arc XP themes that print the local stamp). A stamp of another instant (a comment's, a
  teaser's) lends nothing (guard); a page that shows the UTC wall clock under its headline keeps UTC
  (elespectador.com's Arc XP render, guard).
- With no such stamp, the outlet's convention zone (`telisik.extract.sitezone.convention_zone`: the
  country-code domain, a declared language tag's region, a language spoken in one zone) places it, as telisik
  already does for Indonesian pages: Ghost on a .de site (only `Z` metadata, the page shows the day), Arc XP and
  Brightspot outlets with `Z` JSON-LD on .fr and .com.br domains. Measured with both rules on the tuning parts:
  fundus 23 pages change offset (the same instant; minute and day unchanged on every one), traf-eval 67 (54
  annotated days, none moves), the Indonesian sets unchanged. Never on an English `.com` (guard), nor when it
  would move the time off the bare date the page shows (guard).
- Facebook's `es_LA` og:locale (Latin American Spanish: infobae.com, elnuevodia.com) names no country: it is
  not Laos (+07:00).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from telisik.extract import extract_article

FETCHED = datetime(2026, 3, 20, 12, 0, tzinfo=timezone.utc)


def _published(html: str, url: str) -> datetime | None:
    return extract_article(html, url=url, fetched_at=FETCHED).published


_PARAGRAPHS = """<p>The county commission voted four to one on Tuesday night to keep the rural transit line running through
the summer, reversing a decision it had taken in the autumn after the state cut its share of the money.</p>
<p>Riders had packed the meeting room for three hours. Many of them said the bus was the only way they could
reach the clinic in town, the pharmacy or the grocery store, and that a taxi costs more than a day of wages.</p>
<p>The commission will pay for the line out of its reserve fund until the state budget is settled. The
transit director said the service would keep its current timetable and its six stops along the valley road.</p>
<p>Opponents of the plan said the reserve was meant for emergencies and that the county would face the same
question again in the autumn, with less money in hand to answer it.</p>"""


def _wordpress_page(
    *, lang: str, head_stamp: str, byline_time: str, teaser_time: str, comment_time: str, site: str
) -> str:
    """A WordPress news theme's post: Yoast metadata, the theme's entry-meta, a related block, comments."""
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="UTF-8">
<title>County keeps valley bus running through summer &#8211; {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="og:title" content="County keeps valley bus running through summer">
<meta property="article:published_time" content="{head_stamp}">
<meta name="author" content="Marisol Keane">
<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[
{{"@type":"NewsArticle","headline":"County keeps valley bus running through summer",
"datePublished":"{head_stamp}","author":[{{"@type":"Person","name":"Marisol Keane"}}],
"publisher":{{"@type":"Organization","name":"{site}"}}}}]}}</script>
</head>
<body class="post-template-default single single-post">
<header class="site-header"><a class="custom-logo-link" href="/">{site}</a>
<nav class="main-navigation"><ul><li><a href="/news/">News</a></li><li><a href="/politics/">Politics</a></li>
<li><a href="/donate/">Donate</a></li></ul></nav></header>
<main id="main" class="site-main"><article class="post type-post">
<header class="entry-header"><span class="cat-links"><a href="/transit/">Transit</a></span>
<h1 class="entry-title">County keeps valley bus running through summer</h1>
<div class="entry-meta"><span class="byline"><span class="author-prefix">by</span>
<span class="author vcard"><a class="url fn n" href="/author/mkeane/">Marisol Keane</a></span></span>
<span class="posted-on">{byline_time}</span></div></header>
<div class="entry-content">{_PARAGRAPHS}
<div class="wp-block-homepage-articles"><h2 class="article-section-title">Related</h2>
<article><h3><a href="/2026/03/02/school-bus-drivers/">School bus drivers get a raise</a></h3>
<div class="entry-meta"><span class="byline">By Dale Ortiz</span> {teaser_time}</div></article></div>
</div></article>
<aside class="widget-area"><section class="widget"><h2 class="widget-title">Most read</h2><ul>
<li><a href="/2026/03/01/water-rates/">Water rates go up in April</a></li>
<li><a href="/2026/02/27/library-hours/">Library extends its hours</a></li></ul></section></aside>
<div id="comments" class="comments-area"><h2 class="comments-title">One reply</h2><ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard"><b class="fn">Walt Brenner</b></div>
<div class="comment-metadata"><a href="#comment-41">{comment_time}</a></div></footer>
<div class="comment-content"><p>Good. My mother takes that bus every Thursday.</p></div></article></li></ol></div>
</main>
<footer class="site-footer"><p>&copy; 2026 {site}. A nonprofit newsroom.</p></footer></body></html>"""


# --- the page's own stamp of the same instant ------------------------------------------------------------


def test_the_themes_stamp_of_the_same_instant_gives_the_shown_zone() -> None:
    page = _wordpress_page(
        lang="en-US",
        site="Valley Courier",
        head_stamp="2026-03-10T14:20:00+00:00",
        byline_time='<time class="entry-date published" datetime="2026-03-10T09:20:00-05:00">March 10, 2026</time>',
        teaser_time='<time class="entry-date published" datetime="2026-03-02T06:00:00-06:00">March 2, 2026</time>',
        comment_time='<time datetime="2026-03-10T19:02:11-05:00">March 10, 2026 at 7:02 pm</time>',
    )
    published = _published(page, "https://valleycourier.org/2026/03/10/county-keeps-valley-bus/")
    assert published is not None
    assert published.isoformat() == "2026-03-10T09:20:00-05:00"


def test_a_blogs_z_metadata_takes_the_offset_of_its_entry_date() -> None:
    page = _wordpress_page(
        lang="en",
        site="Harbor Notes",
        head_stamp="2025-07-03T22:05:41Z",
        byline_time=(
            '<time class="entry-date published updated" datetime="2025-07-03T18:05:41-04:00">'
            "July 3, 2025</time>"
        ),
        teaser_time='<time class="entry-date" datetime="2025-06-28T08:00:00-04:00">June 28, 2025</time>',
        comment_time='<time datetime="2025-07-04T07:44:00-04:00">July 4, 2025 at 7:44 am</time>',
    )
    published = _published(page, "https://harbornotes.com/2025/07/03/county-keeps-valley-bus/")
    assert published is not None
    assert published.utcoffset() == timedelta(hours=-4)
    assert (published.hour, published.minute) == (18, 5)


def test_a_comments_and_a_teasers_zoned_stamps_of_other_instants_lend_no_zone() -> None:
    page = _wordpress_page(
        lang="en-US",
        site="Valley Courier",
        head_stamp="2026-03-10T14:20:00+00:00",
        byline_time='<span class="entry-date">March 10, 2026</span>',
        teaser_time='<time class="entry-date published" datetime="2026-03-02T06:00:00-06:00">March 2, 2026</time>',
        comment_time='<time datetime="2026-03-10T19:02:11-05:00">March 10, 2026 at 7:02 pm</time>',
    )
    published = _published(page, "https://valleycourier.com/2026/03/10/county-keeps-valley-bus/")
    assert published is not None
    assert published.utcoffset() == timedelta(0)
    assert (published.hour, published.minute) == (14, 20)


# --- the outlet's convention zone ------------------------------------------------------------------------


def _ghost_page(*, lang: str, stamp: str, shown_day: str, site: str) -> str:
    """A Ghost 5 post with a news theme: `{{ghost_head}}` metadata in UTC only, the day shown under the title."""
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>Stadtrat streitet über neue Radwege am Ring</title>
<meta name="description" content="Die Verwaltung will zwei Fahrspuren am Ring in Radwege umwandeln.">
<link rel="canonical" href="{site}/stadtrat-radwege-ring/">
<meta property="og:site_name" content="Stadtblick">
<meta property="og:type" content="article">
<meta property="og:title" content="Stadtrat streitet über neue Radwege am Ring">
<meta property="article:published_time" content="{stamp}">
<meta property="article:modified_time" content="{stamp}">
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jonas Richter">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Article",
"publisher":{{"@type":"Organization","name":"Stadtblick"}},"author":{{"@type":"Person","name":"Jonas Richter"}},
"headline":"Stadtrat streitet über neue Radwege am Ring","datePublished":"{stamp}","dateModified":"{stamp}"}}</script>
<meta name="generator" content="Ghost 5.80"></head>
<body class="post-template"><div class="gh-viewport">
<header class="gh-navigation"><a class="gh-navigation-logo" href="{site}">Stadtblick</a>
<ul class="nav"><li><a href="{site}/politik/">Politik</a></li><li><a href="{site}/kultur/">Kultur</a></li></ul>
</header>
<main class="gh-main"><article class="gh-article post">
<header class="gh-article-header"><a class="gh-article-tag" href="{site}/tag/verkehr/">Verkehr</a>
<h1 class="gh-article-title">Stadtrat streitet über neue Radwege am Ring</h1>
<p class="gh-article-excerpt">Die Verwaltung will zwei Fahrspuren in Radwege umwandeln. Der Handel ist dagegen.</p>
<div class="gh-article-meta"><span class="gh-article-author-name">Von Jonas Richter</span>
<time class="gh-article-meta-date">{shown_day}</time> <span class="gh-article-meta-length">4 Min. Lesezeit</span>
</div></header>
<section class="gh-content gh-canvas">
<p>Im Stadtrat ist am Mittwochabend ein heftiger Streit über die geplanten Radwege am Innenstadtring
ausgebrochen. Die Verwaltung will auf zwei Abschnitten je eine Fahrspur für den Radverkehr abtrennen.</p>
<p>Die Händler in der Innenstadt fürchten, dass ihre Kundschaft ausbleibt, wenn weniger Autos fahren können.
Der Verkehrsdezernent hielt dagegen, dass die Zahl der Radfahrer am Ring seit drei Jahren stetig steigt.</p>
<p>Eine Entscheidung soll im Mai fallen. Bis dahin will die Verwaltung die Zählungen veröffentlichen und mit
den Händlern über Lieferzonen sprechen.</p>
</section></article>
<section class="gh-read-next"><h3>Weiterlesen</h3>
<article class="gh-card"><a href="{site}/parkhaus-markt/"><h4>Parkhaus am Markt wird teurer</h4>
<span class="gh-card-author">Von Lea Vogt</span> <time datetime="2026-03-01">1. März 2026</time></a></article>
</section></main>
<footer class="gh-footer"><p>Stadtblick &copy; 2026 – Veröffentlicht mit Ghost</p></footer></div></body></html>"""


def test_a_german_ghost_posts_utc_metadata_is_shown_in_the_sites_zone() -> None:
    page = _ghost_page(
        lang="de",
        site="https://stadtblick-halle.de",
        stamp="2025-07-09T04:10:12.000Z",
        shown_day="9. Juli 2025",
    )
    published = _published(page, "https://stadtblick-halle.de/stadtrat-radwege-ring/")
    assert published is not None
    assert published.isoformat() == "2025-07-09T06:10:12+02:00"


def test_a_french_arc_pages_z_json_ld_is_shown_in_paris_time() -> None:
    page = (
        _ghost_page(
            lang="fr-FR", site="https://www.lecourrier-est.fr", stamp="2026-02-04T17:42:00Z", shown_day=""
        )
        .replace("Von Jonas Richter", "Par Jonas Richter")
        .replace("4 Min. Lesezeit", "4 min de lecture")
    )
    published = _published(page, "https://www.lecourrier-est.fr/stadtrat-radwege-ring/")
    assert published is not None
    assert published.isoformat() == "2026-02-04T18:42:00+01:00"


def test_an_english_dot_com_keeps_its_utc_time() -> None:
    page = (
        _ghost_page(
            lang="en",
            site="https://citybeat-daily.com",
            stamp="2026-02-04T17:42:00Z",
            shown_day="Feb 4, 2026",
        )
        .replace("Von Jonas Richter", "By Jonas Richter")
        .replace("4 Min. Lesezeit", "4 min read")
    )
    published = _published(page, "https://citybeat-daily.com/stadtrat-radwege-ring/")
    assert published is not None
    assert published.utcoffset() == timedelta(0)
    assert (published.hour, published.minute) == (17, 42)


def test_the_sites_zone_never_moves_the_time_off_the_day_the_page_shows() -> None:
    # 23:30 UTC on 11 March is 00:30 on the 12th in Germany, but the page shows the 11th.
    page = _ghost_page(
        lang="de",
        site="https://stadtblick-halle.de",
        stamp="2026-03-11T23:30:00.000Z",
        shown_day="11. März 2026",
    )
    published = _published(page, "https://stadtblick-halle.de/stadtrat-radwege-ring/")
    assert published is not None
    assert published.date().isoformat() == "2026-03-11"


def test_facebooks_latin_american_spanish_locale_is_not_laos() -> None:
    page = (
        _ghost_page(lang="es", site="https://www.diario-sur.com", stamp="2026-02-04T20:51:06", shown_day="")
        .replace(
            '<meta property="og:type"', '<meta property="og:locale" content="es_LA"><meta property="og:type"'
        )
        .replace("Von Jonas Richter", "Por Jonas Richter")
    )
    published = _published(page, "https://www.diario-sur.com/stadtrat-radwege-ring/")
    assert published is not None
    assert published.utcoffset() != timedelta(hours=7)
    assert (published.hour, published.minute) == (20, 51)


def test_a_page_showing_the_utc_wall_clock_keeps_utc_over_its_local_json_ld() -> None:
    # Arc XP outlets render the UTC wall clock under the headline (elespectador.com: `6 May 2022 - 2:00 a. m.`
    # for `02:00Z`) while their JSON-LD states the same instant at -05:00: readers see 02:00.
    page = _wordpress_page(
        lang="es",
        site="El Vigía",
        head_stamp="2026-03-11T02:00:00.824Z",
        byline_time='<span class="a-date">11 Mar 2026 - 2:00 a. m.</span>',
        teaser_time='<time datetime="2026-03-02T06:00:00-05:00">2 Mar 2026</time>',
        comment_time='<time datetime="2026-03-11T09:02:11-05:00">11 Mar 2026</time>',
    ).replace('"datePublished":"2026-03-11T02:00:00.824Z"', '"datePublished":"2026-03-10T21:00:00-05:00"')
    published = _published(page, "https://www.elvigia.com/judicial/2026/03/11/county-keeps-valley-bus/")
    assert published is not None
    assert published.date().isoformat() == "2026-03-11"
    assert (published.hour, published.minute) == (2, 0)
