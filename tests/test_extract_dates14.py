"""Dates of 2014-2020 pages (session 14, issue #10): the rules of fix-dates9, each with pages it must mend and
look-alike pages it must leave alone.

1. A numeric date with a weekday before it (`Tue, 05/10/2016`) is read in the order the weekday agrees with,
   when only the month-first order agrees: Drupal 7's default `Submitted by admin on Tue, 05/10/2016 - 14:05`
   (m/d/Y on every Drupal 7 site), US WordPress themes and forum skins. A day-first date whose weekday agrees
   stays day first; a weekday agreeing with neither order changes nothing (`telisik/extract/dates.py`).
2. The zone a forum's footer states for every time on the page: phpBB 3.0 `All times are UTC - 5 hours
   [ DST ]`, phpBB 3.1+ `All times are <span title="America/New York">UTC-05:00</span>`, vBulletin
   `All times are GMT -5.` / `Alle Zeitangaben in WEZ +1.`, phpBB 2 `GMT + 5.5 Hours`; only on a page with the
   board software's thread addresses (`viewtopic.php`, `showthread.php` ...) as its URL or canonical, the last
   label outside paragraphs, quotes, data tables and articles (`sitezone.board_zone`; mended after review).
3. A thread's publication is its first post's date: when the date line nearest the headline lies in a later
   post (a post block by forum markup after the headline's own: vBulletin 4 `li.postcontainer`, phpBB
   `div.post bg1/bg2`, XenForo, SMF), the first date of the headline's own post header is taken (`published.py`).
4. A date in a teaser card (a small block with a headline link to another page, one of a row of like cards:
   Reach's `More On` `div.teaser`, WordPress/Jetpack related posts, Drupal `views-row`, news grids' `card`s)
   is never the page's date; its like siblings must be cards too (a headline link and a date) (`published.py`).
5. Latin America's one-zone countries' domains (`.pe`, `.com.co`, `.cl`, `.py`, `.uy`, `.ve`, `.bo`, Central
   America, `.do`, `.cu`, `.pr`) give their zone, from the tz database so that Chile's and Paraguay's summer
   time and Venezuela's -04:30 are right (`sitezone.py`).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from telisik.extract import extract_article
from telisik.extract.dates import search_date
from telisik.extract.sitezone import board_zone, domain_zone

FETCHED = datetime(2026, 12, 6, 23, 0, tzinfo=timezone.utc)


def _published(html: str, url: str) -> datetime | None:
    return extract_article(html, url, fetched_at=FETCHED).published


def _page(
    title: str,
    main: str,
    *,
    lang: str = "en",
    site: str = "Example",
    head: str = "",
    aside: str = "",
    footer: str = "",
    body_class: str = "",
) -> str:
    """A whole page: head with meta, cookie banner, header with navigation, the main part, a sidebar, a
    footer."""
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {site}</title>
<meta name="description" content="{site}: news, views and community.">
<meta property="og:site_name" content="{site}">
<link rel="stylesheet" href="/css/style.css?v=2.4">
<script>window.dataLayer=window.dataLayer||[];</script>
{head}
</head><body class="{body_class}">
<div class="cookie-notice" role="dialog">We use cookies. <a href="/privacy">More</a> <button>OK</button></div>
<header id="header"><a class="logo" href="/">{site}</a>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/about">About</a></li>
<li><a href="/contact">Contact</a></li></ul></nav></header>
<div id="page" class="container">
{main}
<aside class="sidebar"><div class="widget"><h3>Follow us</h3><ul><li><a href="/rss">RSS</a></li>
<li><a href="https://facebook.com/example">Facebook</a></li></ul></div>{aside}</aside>
</div>
<footer id="footer">{footer}<p>&copy; {site}. All rights reserved. <a href="/imprint">Imprint</a> &middot;
<a href="/privacy">Privacy</a></p></footer>
</body></html>"""


# --- rule 1: the weekday decides a numeric date's order -------------------------------------------------------

DRUPAL7 = _page(
    "Otters return to the lower meadows",
    """<div id="main"><h1 class="title" id="page-title">Otters return to the lower meadows</h1>
<div id="node-311" class="node node-article node-promoted clearfix" about="/news/otters-return" typeof="sioc:Item foaf:Document">
<div class="meta submitted"><span property="dc:date dc:created" content="2016-05-10T14:05:00+01:00" datatype="xsd:dateTime" rel="sioc:has_creator">Submitted by <span class="username" typeof="sioc:UserAccount" property="foaf:name">admin</span> on Tue, 05/10/2016 - 14:05</span></div>
<div class="content clearfix"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
<p>Camera traps on the lower meadows have recorded otters for the first time in eleven years, the reserve's wardens said this week.</p>
<p>The footage, taken over three nights in April, shows an adult and two cubs moving along the restored ditch between the two ponds that volunteers dug out last winter.</p>
<p>The wardens will keep the cameras in place through the summer and ask visitors to keep dogs on leads on the meadow paths.</p>
</div></div></div>
<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Tags:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/tags/otters">Otters</a></div></div></div>
</div>
<ul class="links inline"><li class="comment_forbidden first last"><span><a href="/user/login?destination=node/311%23comment-form">Log in</a> or <a href="/user/register?destination=node/311%23comment-form">register</a> to post comments</span></li></ul>
</div></div>""",
    site="Meadow Trust",
    head='<meta name="generator" content="Drupal 7 (http://drupal.org)">',
    aside='<div class="block block-views"><h2>Events</h2><div class="views-row"><a href="/events/dawn-walk">Dawn chorus walk</a> <span>21/05/2016</span></div></div>',
    body_class="html not-front page-node node-type-article",
)


def test_drupal7_month_first_line_read_by_its_weekday() -> None:
    published = _published(DRUPAL7, "https://www.meadowtrust.org.uk/news/otters-return")
    assert published is not None
    assert (published.date().isoformat(), published.hour, published.minute) == ("2016-05-10", 14, 5)


def test_weekday_agreeing_with_day_first_keeps_day_first() -> None:
    # A British `Tue, 10/05/2016` (10 May 2016 was a Tuesday; 5 October a Wednesday).
    parsed = search_date("Posted Tue, 10/05/2016 - 09:30")
    assert parsed is not None and parsed.value.date().isoformat() == "2016-05-10"


def test_weekday_agreeing_with_neither_order_changes_nothing() -> None:
    # Thursday is neither 10 May nor 5 October 2016: read day first, as any numeric date.
    parsed = search_date("Thu, 05/10/2016")
    assert parsed is not None and parsed.value.date().isoformat() == "2016-10-05"


def test_same_numbers_and_no_weekday_unchanged() -> None:
    same = search_date("Thu, 05/05/2016")
    bare = search_date("05/10/2016")
    assert same is not None and same.value.date().isoformat() == "2016-05-05"
    assert bare is not None and bare.value.date().isoformat() == "2016-10-05"


def test_weekday_makes_a_month_first_date_past_twelve_readable() -> None:
    parsed = search_date("Friday 05/13/2016")
    assert parsed is not None and parsed.value.date().isoformat() == "2016-05-13"


def test_uk_blog_day_first_line_with_its_weekday_stays() -> None:
    page = DRUPAL7.replace("Tue, 05/10/2016 - 14:05", "Wed, 05/10/2016 - 14:05").replace(
        "2016-05-10T14:05:00+01:00", "2016-10-05T14:05:00+01:00"
    )
    published = _published(page, "https://www.meadowtrust.org.uk/news/otters-return")
    assert published is not None and published.date().isoformat() == "2016-10-05"


# --- rule 2: the forum footer's zone ----------------------------------------------------------------------------

PHPBB30 = _page(
    "Carb sync on a CB400",
    """<div id="wrap"><div id="page-body">
<h2><a href="./viewtopic.php?f=7&amp;t=2211">Carb sync on a CB400</a></h2>
<div id="p90112" class="post bg2"><div class="inner"><div class="postbody">
<h3 class="first"><a href="#p90112">Carb sync on a CB400</a></h3>
<p class="author"><a href="./viewtopic.php?p=90112#p90112"><img src="./styles/prosilver/imageset/icon_post_target.gif" alt="Post" /></a>by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=551">twin_rider</a></strong> &raquo; Sat Jun 16, 2018 9:42 pm</p>
<div class="content">Hi all,<br />I synced the carbs with a manometer but the idle still hunts between 1,200 and 1,800 rpm once the engine is warm.<br />Float heights are set to spec and the pilot screws are at two turns out. Any ideas what to check next?</div>
</div><dl class="postprofile"><dt>twin_rider</dt><dd><strong>Posts:</strong> 212</dd><dd><strong>Joined:</strong> Tue Mar 02, 2010 8:10 pm</dd></dl></div></div>
<div id="p90118" class="post bg1"><div class="inner"><div class="postbody">
<h3><a href="#p90118">Re: Carb sync on a CB400</a></h3>
<p class="author"><a href="./viewtopic.php?p=90118#p90118"><img src="./styles/prosilver/imageset/icon_post_target.gif" alt="Post" /></a>by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=88">old_wrench</a></strong> &raquo; Sat Jun 16, 2018 10:15 pm</p>
<div class="content">Check the intake boots for cracks, a small leak does exactly that.</div>
</div><dl class="postprofile"><dt>old_wrench</dt><dd><strong>Posts:</strong> 4410</dd></dl></div></div>
</div>
<div class="navbar"><ul class="linklist"><li class="icon-home"><a href="./index.php">Board index</a></li>
<li class="rightside"><a href="./memberlist.php?mode=leaders">The team</a> &bull; All times are UTC - 5 hours [ <abbr title="Daylight Saving Time">DST</abbr> ]</li></ul></div>
</div>""",
    site="Twin Shop Forum",
)


def test_phpbb30_footer_zone_with_dst() -> None:
    published = _published(PHPBB30, "https://www.twinshop-forum.example.net/viewtopic.php?f=7&t=2211")
    assert published is not None
    assert published.utcoffset() == timedelta(hours=-4)
    assert (published.hour, published.minute) == (21, 42)


def test_board_zone_shapes() -> None:
    board = ' <a href="showthread.php?t=1">thread</a> '
    url = ["https://forum.example.net/showthread.php?t=1"]
    assert board_zone(
        board + "All times are GMT -5. The time now is <span>09:17 PM</span>.", url
    ) == timezone(timedelta(hours=-5))
    assert board_zone(board + "Alle Zeitangaben in WEZ +1. Es ist jetzt 21:17 Uhr.", url) == timezone(
        timedelta(hours=1)
    )
    assert board_zone(board + "All times are GMT + 5.5 Hours", url) == timezone(
        timedelta(hours=5, minutes=30)
    )
    named = board_zone(board + 'All times are <span title="America/Chicago">UTC-06:00</span>', url)
    assert named is not None and named.utcoffset(datetime(2018, 7, 1)) == timedelta(hours=-5)


def test_schedule_line_on_a_news_page_is_no_board_zone() -> None:
    # A fixture list's `All times are GMT` on a page that is no forum (no board addresses).
    page = _page(
        "Cup draw: the full list of ties",
        """<article class="post"><h1>Cup draw: the full list of ties</h1>
<p class="byline">By Tom Reed | <time>Mon 14 Aug 2017, 19:30</time></p>
<p>The draw for the second round was made on Monday evening at the club's ground.</p>
<p>Ties will be played on the weekend of 26 August. All times are GMT unless stated.</p>
<ul><li>Rovers v United, 15:00</li><li>Town v City, 17:30</li></ul></article>""",
        lang="en-US",
        site="County Sport",
    )
    assert board_zone(page, ["https://www.countysport.example.co.uk/cup-draw-full-list-of-ties"]) is None


def test_board_label_without_a_zone_is_ignored() -> None:
    board = ' <a href="viewtopic.php?t=9">t</a> '
    url = ["https://forum.example.net/viewtopic.php?t=9"]
    assert board_zone(board + "<p>All times are approximate, the ferry may leave early.</p>", url) is None


# --- rule 3: a thread's first post ------------------------------------------------------------------------------

VBULLETIN = _page(
    "Passat ruckelt nach AGR-Tausch",
    """<div id="postlist" class="postlist restrain"><h1>Thema: <span class="threadtitle"><a href="showthread.php?4821-Passat">Passat ruckelt nach AGR-Tausch</a></span></h1>
<ol id="posts" class="posts" start="1">
<li class="postbitlegacy postbitim postcontainer old" id="post_1">
<div class="posthead"><span class="postdate old"><span class="date">12.03.2018,&nbsp;<span class="time">14:05</span></span></span>
<span class="nodecontrols"><a href="showthread.php?4821&amp;p=1#post1" class="postcounter">#1</a></span></div>
<div class="postdetails"><div class="userinfo"><a class="username" href="member.php?41-micha"><strong>micha</strong></a>
<dl class="userinfo_extra"><dt>Registriert seit</dt> <dd>04.2011</dd><dt>Beiträge</dt> <dd>2.814</dd></dl></div>
<div class="postbody"><div class="postrow"><h2 class="title icon">Passat ruckelt nach AGR-Tausch</h2>
<div class="content"><blockquote class="postcontent restore">Hallo zusammen,<br />seit dem Tausch des AGR-Ventils ruckelt mein Passat beim Anfahren im ersten und zweiten Gang.<br />Fehlerspeicher ist leer, die Grundeinstellung wurde gemacht. Hat jemand eine Idee?</blockquote></div></div></div></div>
</li>
<li class="postbitlegacy postbitim postcontainer old" id="post_2">
<div class="posthead"><span class="postdate old"><span class="date">12.03.2018,&nbsp;<span class="time">14:38</span></span></span>
<span class="nodecontrols"><a href="showthread.php?4821&amp;p=2#post2" class="postcounter">#2</a></span></div>
<div class="postdetails"><div class="userinfo"><a class="username" href="member.php?43-olli"><strong>olli</strong></a></div>
<div class="postbody"><div class="postrow"><h2 class="title icon">AW: Passat ruckelt nach AGR-Tausch</h2>
<div class="content"><blockquote class="postcontent restore">Schau dir mal den Ladedrucksteller an.</blockquote></div></div></div></div>
</li></ol>
<div id="footer_time" class="shade footer_time">Alle Zeitangaben in WEZ +1. Es ist jetzt <span class="time">21:17</span> Uhr.</div></div>""",
    lang="de",
    site="Kombi-Schrauber",
)


def test_vbulletin_thread_dated_by_its_first_post() -> None:
    published = _published(
        VBULLETIN, "https://www.kombi-schrauber.example.de/forum/showthread.php?4821-Passat"
    )
    assert published is not None
    assert (published.isoformat()) == "2018-03-12T14:05:00+01:00"


def test_article_with_comments_keeps_its_own_line() -> None:
    # The headline's block (article) and the comments (li.comment) are not like blocks.
    page = _page(
        "Neue Radwege in der Altstadt",
        """<article class="post type-post"><h1 class="entry-title">Neue Radwege in der Altstadt</h1>
<p class="entry-meta">Veröffentlicht am <time datetime="2019-04-02T09:15:00+02:00">2. April 2019, 09:15</time> von Jana Roth</p>
<div class="entry-content"><p>Die Stadt markiert bis zum Sommer drei neue Radwege in der Altstadt, wie der Bauausschuss am Montag beschloss.</p>
<p>Die Kosten von 240.000 Euro trägt zu einem großen Teil das Land.</p></div></article>
<ol class="comment-list"><li class="comment"><div class="comment-meta">3. April 2019 um 08:12</div><p>Endlich! Das wurde auch Zeit.</p></li>
<li class="comment"><div class="comment-meta">3. April 2019 um 10:40</div><p>Und wo sollen die Autos parken?</p></li></ol>""",
        lang="de",
        site="Stadtblog",
    )
    published = _published(page, "https://www.stadtblog.example.de/2019/04/radwege-altstadt/")
    assert published is not None and published.isoformat() == "2019-04-02T09:15:00+02:00"


def test_news_listing_page_article_in_like_blocks_keeps_own_date() -> None:
    # A blog whose posts are `article.post` blocks: the line in the headline's own block is taken as before.
    page = _page(
        "Spring planting notes",
        """<div id="content"><article class="post hentry"><h1 class="entry-title">Spring planting notes</h1>
<div class="entry-meta">Posted on March 3, 2017 at 8:20 am</div>
<div class="entry-content"><p>The soil on the allotment was finally dry enough this weekend to turn over the first beds and sow broad beans and early peas.</p>
<p>Next week: onion sets, if the frost holds off.</p></div></article>
<article class="post hentry"><h2 class="entry-title"><a href="/2017/02/seed-order/">Seed order for the new season</a></h2>
<div class="entry-meta">Posted on February 20, 2017 at 6:00 pm</div></article></div>""",
        lang="en-GB",
        site="Plot 19",
    )
    published = _published(page, "https://plot19.example.co.uk/2017/03/spring-planting-notes/")
    assert published is not None and published.date().isoformat() == "2017-03-03"
    assert (published.hour, published.minute) == (8, 20)


# --- rule 4: teaser cards ----------------------------------------------------------------------------------------

REACH = _page(
    "Plans for 80 homes on former dairy site approved",
    """<main><article class="article-main"><h1 itemprop="headline">Plans for 80 homes on former dairy site approved</h1>
<div class="article-information"><div class="author">By <a href="/authors/laura-benfield/">Laura Benfield</a></div>
<ul class="time-info"><li><span class="time-label">Updated</span> <time datetime="2017-11-08T14:05:00Z">14:05, 8 NOV 2017</time></li></ul></div>
<div class="article-body"><p class="standfirst">Councillors backed the scheme after a two-hour debate about flooding on the site.</p>
<p>The planning committee voted six to three in favour of the application for the former dairy on Mill Lane.</p>
<p>Residents had raised concerns about surface water on the lane, which flooded twice last winter.</p></div></article>
<div class="more-on"><h3>More On</h3><div class="more-on teaser-list">
<div class="teaser teaser-medium"><a href="/news/local-news/leisure-centre-pool-to-close" class="thumb"><img src="/t/1.jpg" alt="" width="160" height="90"></a>
<strong><a href="/news/local-news/leisure-centre-pool-to-close">Leisure centre pool to close for three months</a></strong><span class="time-info">12:02, 8 NOV 2017</span></div>
<div class="teaser teaser-medium"><a href="/news/local-news/new-primary-school" class="thumb"><img src="/t/2.jpg" alt="" width="160" height="90"></a>
<strong><a href="/news/local-news/new-primary-school">Council approves new primary school for Doxford</a></strong><span class="time-info">22:14, 7 NOV 2017</span></div>
<div class="teaser teaser-medium"><a href="/news/local-news/bus-route" class="thumb"><img src="/t/3.jpg" alt="" width="160" height="90"></a>
<strong><a href="/news/local-news/bus-route">New bus route to link the town and city centre</a></strong><span class="time-info">16:40, 3 NOV 2017</span></div>
</div></div></main>""",
    lang="en-GB",
    site="Valley Echo",
    head="""<meta property="article:published_time" content="2017-11-08T11:40:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Plans for 80 homes on former dairy site approved","datePublished":"2017-11-08T11:40:00Z","dateModified":"2017-11-08T14:05:00Z"}</script>""",
)


def test_teaser_card_time_is_not_the_page_date() -> None:
    published = _published(
        REACH, "https://www.valleyecho.example.co.uk/news/local-news/plans-80-homes-13872044"
    )
    assert published is not None and published.isoformat() == "2017-11-08T11:40:00+00:00"


def test_byline_row_with_author_link_is_no_card() -> None:
    # The date sits beside a long author link; no row of like cards: the line stays the article's.
    page = _page(
        "Harbour wall repairs to start in May",
        """<article class="story"><h1>Harbour wall repairs to start in May</h1>
<div class="byline"><span class="by">By <a href="/profile/anna-marie-de-vries-harbour-reporter/">Anna Marie de Vries, Harbour Reporter</a></span>
<span class="date">09:12, 4 APR 2018</span></div>
<div class="story-body"><p>Repairs to the harbour's north wall will start in May and last until the autumn, the port authority said.</p>
<p>Boats will moor on the south quay while the work goes on.</p></div></article>""",
        lang="en-GB",
        site="Coast News",
    )
    published = _published(page, "https://www.coastnews.example.co.uk/news/harbour-wall-repairs")
    assert published is not None and published.isoformat() == "2018-04-04T09:12:00+01:00"


def test_blog_post_header_linking_itself_is_no_card() -> None:
    # A Blogger-style header: the post's title links to its own address beside the date, in `div.post` blocks.
    page = _page(
        "Weekend in the hills",
        """<div class="blog-posts"><h1 class="blog-title">Anna's Notebook</h1>
<div class="post hentry"><div class="post-header"><h3 class="post-title"><a href="https://annas.example.com/2016/09/weekend-in-the-hills.html">A weekend in the hills above the lake</a></h3>
<span class="post-date">Sunday, 11 September 2016</span></div>
<div class="post-body"><p>We walked from the village up to the ridge on Saturday and camped by the tarn. The morning was clear enough to see the sea.</p>
<p>Sunday was all rain, so we came down early and dried out in the pub.</p></div></div>
<div class="post hentry"><div class="post-header"><h3 class="post-title"><a href="https://annas.example.com/2016/08/bread.html">Baking my first sourdough loaf at home</a></h3></div></div></div>""",
        lang="en-GB",
        site="Anna's Notebook",
    )
    published = _published(page, "https://annas.example.com/2016/09/weekend-in-the-hills.html")
    assert published is not None and published.date().isoformat() == "2016-09-11"


# --- rule 5: Latin America's one-zone domains ---------------------------------------------------------------------

PERU = _page(
    "Lluvias dejan 40 viviendas afectadas en Arequipa",
    """<div class="nota"><span class="volada">REGIONES</span><h1>Lluvias dejan 40 viviendas afectadas en Arequipa</h1>
<div class="autor-fecha"><span class="autor">Por Redacción</span> <span class="fecha">14/03/2019 - 14:05 hrs.</span></div>
<div class="cuerpo"><p>Lima, 14 de marzo de 2019. Las intensas lluvias dejaron 40 viviendas afectadas en la provincia de Caylloma.</p>
<p>El tránsito hacia Chivay permanece restringido por la caída de huaicos.</p></div></div>""",
    lang="es",
    site="Diario La Portada",
)


def test_peru_domain_zone() -> None:
    published = _published(PERU, "https://diariolaportada.example.pe/regiones/lluvias-arequipa-n418237")
    assert published is not None and published.isoformat() == "2019-03-14T14:05:00-05:00"


def test_chile_summer_and_colombia_second_level() -> None:
    chile = domain_zone(["https://www.diario.cl/nacional/2019/01/10/nota.html"])
    assert chile is not None
    assert chile.utcoffset(datetime(2019, 1, 10, 12)) == timedelta(hours=-3)
    assert chile.utcoffset(datetime(2019, 7, 10, 12)) == timedelta(hours=-4)
    colombia = domain_zone(["https://www.eltiempo.example.com.co/bogota/nota-123"])
    assert colombia is not None and colombia.utcoffset(datetime(2019, 7, 10, 12)) == timedelta(hours=-5)


def test_generic_co_domain_and_easter_island_give_no_zone() -> None:
    assert domain_zone(["https://startup.co/blog/launch"]) is None
    assert domain_zone(["https://www.rapanui.example.cl/noticias/nota"]) is None


def test_stated_offset_beats_the_domain() -> None:
    page = PERU.replace(
        "<title>",
        '<meta property="article:published_time" content="2019-03-14T14:05:00-03:00"><title>',
    )
    published = _published(page, "https://diariolaportada.example.pe/regiones/lluvias-arequipa-n418237")
    assert published is not None and published.utcoffset() == timedelta(hours=-3)


def test_board_label_in_a_post_paragraph_is_no_footer() -> None:
    # A member's post quoting a schedule on a forum page: the sentence is in a paragraph, not the footer.
    board = ' <a href="viewtopic.php?t=9">t</a> '
    url = ["https://forum.example.net/viewtopic.php?t=9"]
    assert board_zone(board + "<p>Race day: all times are GMT + 2 hours, bring a jacket.</p>", url) is None
