"""Publication dates a reader sees on pages with no machine-readable date (#10, dates, session 9).

Measured on the tuning parts of traf-eval and fundus as served and in the no-metadata variant of
`benchmarks/perturbed_pages.py`; each rule reads what a reader sees, and each page below is served complete
(head, navigation, sidebar, comments, footer) without metadata:

- The date beside the page's one `<h1>` when the headline was read elsewhere (the document title, a teaser's
  heading): a kicker row `housing · May 16, 2020` over the headline (nymag.com), a breadcrumb row ending in
  the post's day over a blog's headline (appen.com). Not when the `<h1>` is the site's name linking home
  (classic blog themes): the top bar's today-date, the sidebar's dated teasers, the comments' dates and the
  copyright year beside it are no date of the article (guard).
- Gregorian month names of Bengali, Hindi and Arabic pages, with their own digits (`শনিবার, আগস্ট ২৯, ২০২০`
  under ukbdnews.com's headline, `12 फ़रवरी 2024`, `٣ مارس ٢٠١٥`).
- The blog theme's sentence about the post under its text: WordPress' classic `This entry was posted on
  Wednesday, November 27th, 2019 at 3:21 pm and is filed under ...` (Kubrick's `postmetadata`, copied by many
  themes) and its translations (`Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr
  veröffentlicht`: whiskyverkostung.com) dates the post before an event date in its text; a comment's date
  does not (guard).
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timezone

from telisik.extract import extract_article
from telisik.extract.dates import search_date

FETCHED = datetime(2026, 1, 10, 12, 0, tzinfo=timezone.utc)


def _day(article_html: str, url: str) -> str | None:
    article = extract_article(article_html, url=url, fetched_at=FETCHED)
    return article.published.date().isoformat() if article.published else None


# --- the date beside the page's own <h1> -----------------------------------------------------------------

_STORY_TEXT = """<p>For decades the argument about where Americans live has been framed as a contest between
dense cities and sprawling suburbs, and for decades the suburbs have kept winning it, whatever planners said.</p>
<p>The new census figures leave little doubt: the fastest growth is again on the edge of metropolitan areas,
where land is cheap and schools are rated well, and where most new houses are still built for one family.</p>
<p>What has changed is who moves there. Younger households, many of them renters, now make up a larger share of
the newcomers than at any time since the figures began to be collected in their present form.</p>"""

_MORE_STORIES = """<div class="more-stories"><h2>More stories</h2>
<div class="card"><a href="/2020/10/vote-by-mail.html"><div class="card-title">Vote by mail, explained</div></a>
<time class="stamp">10/18/2020</time></div>
<div class="card"><a href="/2020/10/transit-cuts.html"><div class="card-title">Transit cuts loom</div></a>
<time class="stamp">10/17/2020</time></div>
<div class="card"><a href="/2020/10/rent-relief.html"><div class="card-title">Rent relief runs out</div></a>
<time class="stamp">10/16/2020</time></div></div>"""


def _magazine(kicker: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Why the Suburbs Keep Growing, Whatever Planners Say</title></head>
<body><div class="top"><a class="logo" href="/">City Magazine</a>
<ul class="sections"><li><a href="/politics/">Politics</a></li><li><a href="/housing/">Housing</a></li>
<li><a href="/culture/">Culture</a></li></ul></div>
<div class="page"><div class="lede">
{kicker}
<h1 class="headline-primary">The Suburbs Won. Now What?</h1>
<p class="byline">By <a href="/author/jane-roe/">Jane Roe</a></p></div>
<div class="body">{_STORY_TEXT}</div>
{_MORE_STORIES}</div>
<div class="bottom"><p>© 2020 City Magazine. All rights reserved.</p></div></body></html>"""


def test_the_kicker_rows_date_over_the_h1_dates_a_page_titled_otherwise() -> None:
    page = _magazine(
        '<div class="rubric-nav"><a class="rubric" href="/tags/housing/">housing</a>'
        '<time class="article-timestamp"><span class="article-date">May 16, 2020</span></time></div>'
    )
    assert _day(page, "https://city.example/2020/05/suburbs.html") == "2020-05-16"


def test_the_breadcrumb_rows_date_over_the_h1_dates_a_blog_post() -> None:
    page = _magazine(
        '<div class="uk_blog_breadcrumb"><a href="/blog">Blog Home</a> › '
        '<a href="/category/housing/" rel="category tag">Housing</a><span> • </span>'
        "<span>October 18, 2019</span></div>"
    )
    assert _day(page, "https://city.example/blog/suburbs/") == "2019-10-18"


def test_no_date_by_the_h1_leaves_the_teasers_dates_alone() -> None:
    """Without a date by the headline the other stories' dates (a list after the text) are no fallback."""
    assert _day(_magazine(""), "https://city.example/blog/suburbs/") is None


SITE_NAME_H1 = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Rinderleber mit Apfel und Zwiebel</title></head>
<body><div id="page"><div class="bar">Sonntag, 6. Dezember 2026</div>
<div id="kopf"><h1><a href="https://kochblog.example/">Liebe geht durch den Magen</a></h1>
<div class="beschreibung">Rezepte aus unserer Küche</div></div>
<div id="inhalt"><div class="eintrag"><h2>Rinderleber mit Apfel und Zwiebel</h2>
<p>Die Leber in feine Streifen schneiden, mit Mehl bestäuben und in heißer Butter rundum kurz anbraten. Sie
darf innen noch rosa sein, sonst wird sie zäh, und erst ganz am Ende gesalzen werden.</p>
<p>Zwiebeln in Ringe schneiden und glasig dünsten, die Apfelspalten dazugeben und mit einem Schuss Apfelsaft
ablöschen. Alles mit der Leber mischen und sofort mit Kartoffelpüree servieren.</p></div>
<div id="kommentare"><h3>2 Kommentare</h3><ol class="liste">
<li><p class="wer">Hanna schrieb am 8. Dezember 2010 um 10:56:</p><p>Sehr lecker, danke für das Rezept! Wir
haben noch etwas Majoran dazugegeben und es hat der ganzen Familie geschmeckt.</p></li>
<li><p class="wer">Peter schrieb am 9. Dezember 2010 um 18:02:</p><p>Bei uns gab es Rotkohl dazu, das passt
auch sehr gut zu der Leber und den Äpfeln.</p></li></ol></div></div>
<div id="rand"><h3>Neueste Rezepte</h3><ul>
<li><a href="/rezepte/gulasch.htm">Rindergulasch</a> 12.11.2010</li>
<li><a href="/rezepte/kuerbis.htm">Kürbissuppe</a> 02.11.2010</li>
<li><a href="/rezepte/zwetschgen.htm">Zwetschgenkuchen</a> 20.09.2010</li></ul></div>
<div id="fuss">Copyright © 2010 Liebe geht durch den Magen</div></div></body></html>"""


def test_a_site_name_h1_gives_no_date_from_top_bar_comments_or_sidebar() -> None:
    """The `<h1>` is the blog's name linking home: the top bar's today-date above it is no article's date,
    nor are the comments' dates, the sidebar's teasers or the copyright year."""
    assert _day(SITE_NAME_H1, "https://kochblog.example/rezepte/rinderleber.htm") is None


def test_a_dated_row_under_a_site_name_h1_is_no_article_date() -> None:
    """A menu row with a date under the blog's name (the `<h1>` linking home) is the site's, not the
    post's, whatever the post's own heading is."""
    page = SITE_NAME_H1.replace(
        '<div class="beschreibung">Rezepte aus unserer Küche</div>',
        '<div class="navbar"><a href="/rezepte/">Rezepte</a> · <span>12. März 2009</span></div>',
    )
    assert _day(page, "https://kochblog.example/rezepte/rinderleber.htm") is None


# --- Bengali, Hindi and Arabic month names -----------------------------------------------------------------

BANGLA_PORTAL = """<!DOCTYPE html>
<html lang="bn"><head><meta charset="utf-8"><title>এমপির ভাইকে কুপিয়ে হত্যা | ইউকে বিডি নিউজ</title></head>
<body><div class="td-header"><a href="/"><img src="/logo.png" alt="ইউকে বিডি নিউজ" width="300"></a>
<ul class="menu"><li><a href="/category/national/">জাতীয়</a></li><li><a href="/category/sports/">খেলা</a></li>
</ul></div>
<div class="td-container"><article><header><h1 class="entry-title">এমপির ভাইকে নিজ বাড়ির সামনেই কুপিয়ে হত্যা</h1>
<div class="td-module-meta-info"><span class="views">1537</span> | <i class="fa fa-calendar"></i>
শনিবার, আগস্ট ২৯, ২০২০ | <i class="fa fa-clock-o"></i> ১০:৪৬ পূর্বাহ্ণ</div></header>
<div class="td-post-content"><p>নিজ বাড়ির সামনে সংসদ সদস্যের ছোট ভাইকে কুপিয়ে হত্যা করেছে দুর্বৃত্তরা। শুক্রবার রাতে
এ ঘটনা ঘটে বলে জানিয়েছে পুলিশ। এ ঘটনায় এলাকায় চাঞ্চল্যের সৃষ্টি হয়েছে।</p>
<p>পুলিশ জানায়, রাতে বাড়ি ফেরার পথে একদল দুর্বৃত্ত তার ওপর হামলা চালায়। গুরুতর আহত অবস্থায় তাকে হাসপাতালে
নেওয়া হলে চিকিৎসক তাকে মৃত ঘোষণা করেন।</p></div></article>
<div class="td-sidebar"><h4>সর্বশেষ</h4><ul>
<li><a href="/2020/08/23640/">বন্যায় পানিবন্দি লাখো মানুষ</a> আগস্ট ২৮, ২০২০</li>
<li><a href="/2020/08/23601/">নতুন বাজেট পাস</a> আগস্ট ২৭, ২০২০</li></ul></div></div>
<div class="td-footer">© ২০২০ ইউকে বিডি নিউজ</div></body></html>"""


def test_a_bengali_date_line_under_the_headline_dates_the_page() -> None:
    article = extract_article(BANGLA_PORTAL, url="https://ukbd.example/2020/08/23646/", fetched_at=FETCHED)
    assert article.published is not None
    assert article.published.date().isoformat() == "2020-08-29"
    assert (article.published.hour, article.published.minute) == (10, 46)


def test_a_bengali_date_line_is_read_when_class_names_say_nothing() -> None:
    """With hashed class names (CSS modules) the line is found as a short line holding a year: a year
    written in Bengali digits counts as one."""
    hashed = re.sub(
        r'class="([^"]*)"',
        lambda m: f'class="c{hashlib.md5(m.group(1).encode()).hexdigest()[:7]}"',
        BANGLA_PORTAL,
    )
    assert "td-module-meta-info" not in hashed
    assert _day(hashed, "https://ukbd.example/2020/08/23646/") == "2020-08-29"


def test_month_names_with_their_own_digits() -> None:
    cases = {
        "শনিবার, আগস্ট ২৯, ২০২০": "2020-08-29",
        "প্রকাশ: ৫ মে ২০২০": "2020-05-05",
        "नई दिल्ली, 12 फ़रवरी 2024": "2024-02-12",
        "३ मार्च २०१५": "2015-03-03",
        "الأحد ٢٩ أغسطس ٢٠٢٠": "2020-08-29",
        "3 مارس 2015": "2015-03-03",
    }
    for line, expected in cases.items():
        parsed = search_date(line)
        assert parsed is not None, line
        assert parsed.value.date().isoformat() == expected, line


def test_south_slavic_months_and_the_british_ordinal_with_of() -> None:
    cases = {
        "Objavljeno: 3. ožujka 2015.": "2015-03-03",
        "Zagreb, 12. prosinca 2019. u 10:15": "2019-12-12",
        "Beograd, 3. oktobar 2015.": "2015-10-03",
        "Ljubljana, 27. septembra 2020": "2020-09-27",
        "Posted on the 21st of January, 2019 by Sarah": "2019-01-21",
    }
    for line, expected in cases.items():
        parsed = search_date(line)
        assert parsed is not None, line
        assert parsed.value.date().isoformat() == expected, line
    assert search_date("Part 3 of March 2015 issue") is None  # `of` after a bare number: no date
    assert search_date("12. listopada 2015.").value.month == 11  # Polish November, as before


BRITISH_BLOG = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Allotment diary: the first frost - Plot 42</title></head>
<body><div class="wrap"><div class="masthead"><a href="/">Plot 42</a> <span>An allotment blog</span></div>
<div class="menu"><a href="/">Home</a> <a href="/about/">About</a> <a href="/diary/">Diary</a></div>
<div class="main"><h1>Allotment diary: the first frost</h1>
<div class="meta">Posted on the 21st of January 2019 by Sarah</div>
<p>The first real frost came overnight and the brassicas looked sorry for themselves by morning, though the
leeks stood up to it as they always do. I covered the last of the chard with fleece, too late for some of it.</p>
<p>The shed roof needs attention before the spring storms, and the water butts are frozen solid, so the next
job list is long. Seed potatoes are chitting on the windowsill at home, in egg boxes as usual.</p>
<div class="comments"><h3>3 comments</h3>
<div class="comment"><b>Tom</b> <span>22nd of January 2019 at 9:10 am</span><p>Same here, lost all my
winter lettuce to it. The fleece helped a bit on the other beds.</p></div>
<div class="comment"><b>Ann</b> <span>23rd of January 2019 at 6:45 pm</span><p>Good luck with the roof, ours
went last winter and flooded the seed trays.</p></div></div></div>
<div class="side"><h3>Recent posts</h3><ul><li><a href="/diary/seed-order/">Seed order</a> 2nd of January
2019</li><li><a href="/diary/december-digging/">December digging</a> 15th of December 2018</li></ul></div>
<div class="bottom">© 2019 Plot 42</div></div></body></html>"""


def test_the_british_ordinal_date_line_under_the_headline_dates_the_post() -> None:
    assert _day(BRITISH_BLOG, "https://plot42.example/diary/first-frost/") == "2019-01-21"


def test_a_bengali_month_without_day_or_year_is_no_date() -> None:
    assert search_date("মে মাসে ২০২০ সালের বাজেট") is None  # 'in May ... the 2020 budget': no day


# --- the blog theme's sentence about the post ---------------------------------------------------------------


def _classic_blog(footer: str, lang: str = "en") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>Whisky tastings, winter and spring</title></head>
<body><div id="page"><div id="header"><h1><a href="https://dram.example/">The Dram Diary</a></h1>
<div class="description">Tastings and notes</div></div>
<div id="content" class="narrowcolumn"><div class="post" id="post-5805">
<h2><a href="https://dram.example/tastings-winter-spring/5805" rel="bookmark">Whisky tastings, winter and spring</a></h2>
<div class="entry"><p>Here are the dates of our next tastings in the city and around it. Places are limited, so
please book early by mail or at the shop counter, where the tickets are on sale too.</p>
<h3>December</h3><p><strong>Next tasting: December 14, 2019, 7 pm</strong></p>
<p>An evening of Islay malts with a four-course dinner, from the peatiest to the gentlest of the island.</p>
<h3>February</h3><p><strong>Tasting: February 21, 2020, 7 pm</strong></p>
<p>Speyside classics and a few rarities from closed distilleries, with the stories behind them.</p>
<p class="postmetadata alt"><small>{footer}</small></p></div></div>
<div id="comments"><h3>2 Responses</h3><ol class="commentlist">
<li class="alt" id="comment-11"><cite>Moira</cite> Says:<br><small class="commentmetadata">
<a href="#comment-11">November 28th, 2019 at 9:12 am</a></small><p>Booked two seats for December, looking forward
to the Islay evening very much!</p></li>
<li id="comment-12"><cite>Angus</cite> Says:<br><small class="commentmetadata"><a href="#comment-12">December
2nd, 2019 at 6:40 pm</a></small><p>Will there be a tasting in the spring too? March would suit us better.</p></li>
</ol></div></div>
<div id="sidebar"><h2>Recent Posts</h2><ul><li><a href="/gin-dinner/5790">Gin dinner</a> October 30, 2019</li>
<li><a href="/rum-night/5770">Rum night</a> October 2, 2019</li></ul></div>
<div id="footer"><p>Copyright © 2020 The Dram Diary</p></div></div></body></html>"""


def test_the_classic_themes_posted_on_sentence_dates_the_post() -> None:
    page = _classic_blog(
        "This entry was posted on Wednesday, November 27th, 2019 at 3:21 pm and is filed under "
        '<a href="/category/events/" rel="category tag">Events</a>. You can follow any responses to this entry through the <a href="/feed">RSS 2.0</a> feed. You can '
        '<a href="#respond">leave a response</a>, or <a href="/trackback">trackback</a> from your own site.'
    )
    article = extract_article(
        page, url="https://dram.example/tastings-winter-spring/5805", fetched_at=FETCHED
    )
    assert article.published is not None
    assert article.published.isoformat()[:16] == "2019-11-27T15:21"  # not the tasting on 14 December


def test_the_german_themes_sentence_dates_the_post() -> None:
    page = _classic_blog(
        "Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter "
        '<a href="/category/termine/" rel="category tag">Veranstaltungen</a> abgelegt. Du kannst die '
        'Kommentare zu diesen Eintrag durch den <a href="/feed">RSS 2.0</a> Feed verfolgen. Kommentare sind '
        "derzeit geschlossen.",
        lang="de",
    )
    assert _day(page, "https://dram.example/tastings-winter-spring/5805") == "2019-11-27"


def test_without_the_sentence_a_comments_date_is_not_taken() -> None:
    """The same post without the theme's sentence: the comments' dates stay theirs (the first date line in
    the text, the tasting's, is what the older fallback reads; it is no comment's date)."""
    day = _day(_classic_blog("Filed under Events."), "https://dram.example/tastings-winter-spring/5805")
    assert day not in ("2019-11-28", "2019-12-02", "2019-10-30")
