"""Guards from the review of session 9's date rules (#10, dates): pages where those rules took a wrong date.

Every page is served complete (head without date metadata, navigation, sidebar, comments, footer), as a small
site or a blog with an unknown theme serves it, and each test failed before the mend:

- The theme's sentence about the post (`This entry was posted on ... at 3:21 pm and is filed under`) is read
  only in its theme's shape: an update note (`Dieser Artikel wurde am 3. Januar 2023 aktualisiert`), a
  republishing note (`This article was published on May 4, 2019 by Inside Housing and is republished here`,
  `Cet article a été publié le 4 mai 2019 dans Le Monde diplomatique`), a tutorial quoting the sentence, a list
  of recent posts each with its sentence, a comment's sentence: none beats the date line under the headline,
  and a labelled or bylined line never yields to it.
- The page's one `<h1>` is no anchor for a date when it is the site's name: a segment of the document title
  other than the story's, a logo, a link to the front page or to the blog's folder above the page; a date on
  the fetch day without a time (the site's today-date) and a ticker row linking another story are no date.
- Arabic-script Gregorian month names are not read beside Persian text (Solar Hijri pages), and the month
  names of Bengali and Arabic are no end of a longer word.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from telisik.extract import extract_article
from telisik.extract.dates import search_date

FETCHED = datetime(2026, 12, 6, 22, 0, tzinfo=timezone.utc)

_TEXT = """<p>The city council voted on Tuesday night to extend the pilot programme for another year, after
residents in three districts separated more than half of their household waste in the first twelve months.</p>
<p>Officials said the cost per household had fallen by a fifth since the scheme began, mostly because fewer
lorries now leave the depot half empty, and that the savings would pay for new bins in the old town.</p>
<p>Opposition members asked for an independent review before the scheme is extended to the whole city, and
the council agreed to publish the figures for every district each quarter.</p>"""


def _blog(top: str, after_text: str, *, lang: str = "en", title: str = "Council extends waste pilot") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Riverside Notes</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/wp-content/themes/plain/style.css"></head>
<body><div id="wrap"><div id="header"><a class="site" href="/">Riverside Notes</a>
<ul class="menu"><li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li></ul></div>
<div id="content"><div class="post"><h1>{title}</h1>
{top}
{_TEXT}
{after_text}
</div></div>
<div id="sidebar"><h3>Archives</h3><ul><li><a href="/2020/03/">March 2020</a></li>
<li><a href="/2020/02/">February 2020</a></li></ul></div>
<div id="footer"><p>Powered by a small theme. Riverside Notes.</p></div></div></body></html>"""


def _day(html: str, url: str = "https://riverside.example/council-extends-waste-pilot/") -> str | None:
    article = extract_article(html, url=url, fetched_at=FETCHED)
    return article.published.date().isoformat() if article.published else None


# --- the theme's sentence about the post ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["<p>12. März 2020</p>", "<p>Veröffentlicht: 12. März 2020</p>", "<p>Von Anna Berger, 12. März 2020</p>"],
)
@pytest.mark.parametrize(
    "note",
    [
        "Dieser Artikel wurde am 3. Januar 2023 aktualisiert.",
        "Der Artikel wurde am 3. Januar 2023 zuletzt überarbeitet.",
    ],
)
def test_a_german_update_note_does_not_beat_the_date_line(line: str, note: str) -> None:
    page = _blog(line, f"<p>{note}</p>", lang="de", title="Stadt verlängert Pilotprojekt zur Mülltrennung")
    assert _day(page) == "2020-03-12"


@pytest.mark.parametrize(
    ("line", "note"),
    [
        (
            "<p>March 12, 2020</p>",
            "<p><em>This article was published on May 4, 2019 by Inside Housing and is republished here under "
            "a Creative Commons licence.</em></p>",
        ),
        (
            "<p>Published: March 12, 2020</p>",
            "<p>This article was published on May 4, 2019 by Inside Housing and is republished here under a "
            "Creative Commons licence.</p>",
        ),
        (
            "<p>12 mars 2020</p>",
            "<p>Cet article a été publié le 4 mai 2019 dans Le Monde diplomatique.</p>",
        ),
        (
            "<p>March 12, 2020</p>",
            "<p><em>This post was written on March 2, 2020, before the vote, and published ten days later.</em></p>",
        ),
    ],
)
def test_a_republishing_or_writing_note_does_not_beat_the_date_line(line: str, note: str) -> None:
    assert _day(_blog(line, note)) == "2020-03-12"


def test_a_tutorial_quoting_the_themes_sentence_keeps_its_date_line() -> None:
    quote = (
        "<p>Many readers asked how to hide the line old themes print under every post. It looks like this:</p>"
        "<blockquote><p>This entry was posted on Wednesday, November 27th, 2019 at 3:21 pm and is filed under "
        '<a href="/category/uncategorized/">Uncategorized</a>.</p></blockquote>'
        "<p>Open single.php and remove the paragraph with the class postmetadata.</p>"
    )
    assert _day(_blog("<p>March 12, 2020</p>", quote)) == "2020-03-12"


def test_recent_posts_with_the_themes_sentence_do_not_date_the_post() -> None:
    recent = (
        "<h3>More</h3><ul>"
        + "".join(
            f"<li><p>This entry was posted on March {d}, 2020 at 10:00 am</p>"
            f'<a href="/p/{d}">Post {d}</a></li>'
            for d in (20, 18, 16)
        )
        + "</ul>"
    )
    assert _day(_blog("<p>March 12, 2020</p>", recent)) == "2020-03-12"


def test_a_comment_quoting_the_themes_words_does_not_date_the_post() -> None:
    comments = (
        '<div class="k8f2"><div class="q1a"><b>Tom</b><p>This post was written on a weekday, right?</p></div>'
        '<div class="q1a"><b>Ann</b><p>This entry was posted on March 3rd, 2020 on the old site, I remember it.'
        "</p></div></div>"
    )
    assert _day(_blog("<p>March 12, 2020</p>", comments)) == "2020-03-12"


# --- the page's <h1> as the site's name ----------------------------------------------------------------------


# A news site's mega menu: the site's header (and its today-date) lies far above the story's heading.
_SECTIONS = "".join(
    f'<li><a href="/{name.lower()}/">{name}</a></li>'
    for name in (
        "News Politics Business Sport Opinion Culture Travel Health Science Education Environment Transport "
        "Housing Crime Courts Weather Obituaries Letters Podcasts Video Photos Events Jobs Property Motoring "
        "Food Music Film Books Archive"
    ).split()
)


def _site_name_h1(header: str, url_title: str = "Council extends waste pilot for another year") -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{url_title} | Riverside Gazette</title>
<link rel="stylesheet" href="/static/site.css"></head>
<body>{header}
<div class="m"><ul>{_SECTIONS}</ul></div>
<div class="w"><div class="b"><h2>{url_title}</h2>
{_TEXT}</div>
<div class="s"><h3>Most read</h3><ul><li><a href="/p/91">Bridge repairs start</a></li>
<li><a href="/p/88">School meals to stay free</a></li></ul></div></div>
<div class="f"><p>© Riverside Gazette. All rights reserved.</p></div></body></html>"""


@pytest.mark.parametrize(
    "header",
    [
        '<div class="hd"><div class="q"><span>Sunday, December 6, 2026</span></div><h1>Riverside Gazette</h1></div>',
        '<div class="hd"><h1>Riverside Gazette</h1><div class="q"><span>Sunday, December 6, 2026</span></div></div>',
        '<div class="hd"><div class="q"><span>Sunday, December 6, 2026</span></div>'
        '<h1 class="lg"><img src="/logo.png" alt="Riverside Gazette"></h1></div>',
        '<div class="hd"><div class="q"><span>Sunday, December 6, 2026</span></div>'
        '<h1><a href="https://riverside.example/blog/">The Riverside Blog</a></h1></div>',
        '<div class="hd"><div class="q"><span>Sunday, December 6, 2026</span></div>'
        '<h1><a href="index.html">The Riverside Blog</a></h1></div>',
    ],
)
def test_todays_date_beside_a_site_name_h1_is_no_article_date(header: str) -> None:
    assert _day(_site_name_h1(header), "https://riverside.example/blog/waste-pilot.html") is None


def test_a_ticker_row_beside_the_h1_is_another_storys_date() -> None:
    header = (
        '<div class="hd"><h1>Council news</h1><div class="tk"><b>Latest:</b> <span>Dec 5, 2026</span> '
        '<a href="/p/102">Storm warning for the weekend</a></div></div>'
    )
    assert _day(_site_name_h1(header), "https://riverside.example/p/101") is None


# --- scripts ---------------------------------------------------------------------------------------------------

PERSIAN = """<!DOCTYPE html>
<html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>افتتاح طرح جدید - خبرگزاری شهر</title></head>
<body><div class="a"><span>یکشنبه ۱۵ آذر ۱۴۰۵</span></div>
<div class="n"><a href="/">صفحه اصلی</a> <a href="/siasi/">سیاسی</a> <a href="/eghtesadi/">اقتصادی</a></div>
<div class="c"><h1>افتتاح طرح جدید</h1><p>۱۱ آذر ۱۴۰۵، ۱۰:۴۶</p>
<p>دولت امروز طرح جدیدی را برای کاهش ترافیک پایتخت افتتاح کرد که به گفته مسئولان تا دو سال آینده تکمیل
می‌شود و هزینه آن از بودجه عمومی پرداخت خواهد شد.</p>
<p>به گفته وزیر راه، این طرح شامل ساخت سه خط جدید اتوبوس تندرو و بازسازی چهار تقاطع اصلی شهر است و کار
ساخت آن از ماه آینده آغاز می‌شود.</p>
<p>نشست بعدی: ۱۲ مارس ۲۰۲۶</p></div>
<div class="f"><p>تمامی حقوق محفوظ است.</p></div></body></html>"""


def test_a_persian_pages_gregorian_month_in_the_text_is_no_date() -> None:
    assert _day(PERSIAN, "https://khabar.example/news/1234") is None


@pytest.mark.parametrize(
    "text",
    [
        "নামে ১২, ২০২০",
        "ممارس 12 2020",
    ],
)
def test_a_month_name_is_no_end_or_start_of_a_longer_word(text: str) -> None:
    assert search_date(text) is None
