"""Dates of session 13 (#10): the publication beside a labelled update stamp, and a sentence about the page itself.

1. A stamp row of a news portal shows the publication unlabelled and the last change under a label
   (Polish portals `12.03.2026, 08:40` `aktualizacja: 12.03.2026, 09:55`, Portuguese and Brazilian portals
   `Atualizado em`, Italian Citynews-style `Aggiornato il`, Indonesian `Diperbarui`). When the line read near
   the headline is the labelled one, its unlabelled, no later neighbour in the same short row is the
   publication, when it is bare, after a real weekday name or under a publication label, and not classed as
   another thing's date (a scoreboard's kick-off); and only when the page states no publication in metadata
   (JSON-LD datePublished, article:published_time: then that stands). Nothing changes when the row holds no
   other date, when the neighbour is later (an event's date), when the neighbour is labelled too, or for German
   `Stand:` (the regional papers' only time).
2. Withdrawn after review (see test_extract_dates13_review.py): a last-resort reading of a short sentence
   naming the page by its own permalink with a publishing verb (WordPress Kubrick-derived `About this entry`
   boxes) took citation boxes' access dates, author archives' join dates, events' dates and edit dates on
   look-alike pages. Its must-not-fire pages stay: a sidebar sentence about another post, a comment's
   permalink, a sentence without the link, a pingback, a citation box -- all keep the base's output (no date).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from telisik.extract import extract_article

CET = timezone(timedelta(hours=1))

_PL_TEXT = (
    "<p>Rada miasta przyjęła w czwartek plan remontu mostu nad rzeką, który od jesieni jest zamknięty dla "
    "ciężarówek. Prace mają potrwać dwa lata i kosztować ponad 40 mln zł.</p>"
    "<p>Jak poinformował prezydent miasta, w czasie remontu kursować będą autobusy zastępcze, a ruch pieszy "
    "zostanie utrzymany na jednej z kładek. Mieszkańcy mogą zgłaszać uwagi do końca miesiąca.</p>"
    "<p>Most został oddany do użytku w 1974 roku i od lat wymaga gruntownej modernizacji; ostatnia ekspertyza "
    "wykazała korozję zbrojenia w trzech przęsłach.</p>"
)


def _polish_portal(info_row: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8">
<title>Most nad Wartą do remontu. Plan przyjęty - Portal Miejski</title>
<meta name="description" content="Rada miasta przyjęła plan remontu mostu.">
<meta property="og:type" content="article">
<meta property="og:title" content="Most nad Wartą do remontu. Plan przyjęty">
<meta property="og:site_name" content="Portal Miejski">
<meta property="article:modified_time" content="2026-03-12T09:55:00+01:00">
<meta name="author" content="Portal Miejski">
</head><body>
<header class="site-header"><a href="/" class="logo">Portal Miejski</a>
<nav class="main-nav"><ul><li><a href="/wiadomosci/">Wiadomości</a></li><li><a href="/sport/">Sport</a></li>
<li><a href="/kultura/">Kultura</a></li></ul></nav></header>
<main><article class="article-full">
<div class="article-full__info">{info_row}</div>
<h1 class="article-full__title">Most nad Wartą do remontu. Plan przyjęty</h1>
<div class="article-full__body">{_PL_TEXT}</div>
</article>
<aside class="sidebar"><h3>Najnowsze</h3><ul>
<li><a href="/wiadomosci/korki-na-obwodnicy/">Korki na obwodnicy</a> <span class="date">11.03.2026, 17:20</span></li>
<li><a href="/sport/derby-miasta/">Derby miasta dla gospodarzy</a> <span class="date">11.03.2026, 21:05</span></li>
</ul></aside></main>
<footer class="site-footer"><p>© 2026 Portal Miejski. Wszelkie prawa zastrzeżone.</p></footer>
</body></html>"""


def _portuguese_portal(meta_row: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="pt-BR"><head><meta charset="utf-8">
<title>Prefeitura anuncia novo terminal de ônibus | Jornal da Cidade</title>
<meta property="og:type" content="article">
<meta property="og:title" content="Prefeitura anuncia novo terminal de ônibus">
<meta property="article:modified_time" content="2026-03-12T09:55:00-03:00">
</head><body>
<header><a href="/">Jornal da Cidade</a><nav><a href="/cidade/">Cidade</a> <a href="/esportes/">Esportes</a></nav>
</header>
<main><article>
<h1 class="content-head__title">Prefeitura anuncia novo terminal de ônibus</h1>
<div class="content-publication-data">{meta_row}</div>
<div class="content-text">
<p>A prefeitura anunciou nesta quinta-feira a construção de um novo terminal de ônibus na zona norte, com
capacidade para 40 linhas e integração com o metrô. As obras começam em maio.</p>
<p>Segundo a secretaria de mobilidade, o terminal deve reduzir em até 15 minutos o tempo de viagem de quem
mora nos bairros mais afastados e hoje depende de duas conduções.</p>
</div></article></main>
<footer><p>© 2026 Jornal da Cidade</p></footer>
</body></html>"""


def test_polish_update_label_yields_to_the_unlabelled_publication() -> None:
    row = (
        '<span class="article-full__source">Źródło: PAP</span>'
        '<span class="article-full__date">12.03.2026, 08:40</span>'
        '<span class="article-full__updated">aktualizacja: 12.03.2026, 09:55</span>'
    )
    result = extract_article(_polish_portal(row), url="https://portal.example.pl/wiadomosci/most-do-remontu/")
    assert result.published == datetime(2026, 3, 12, 8, 40, tzinfo=CET)


def test_portuguese_update_label_before_the_publication_yields() -> None:
    row = (
        '<p class="content-publication-data__updated">Atualizado em 12/03/2026 às 09:55</p>'
        '<p class="content-publication-data__from">12/03/2026 às 08:40</p>'
    )
    result = extract_article(_portuguese_portal(row), url="https://jornal.example.com.br/cidade/terminal/")
    assert result.published is not None
    assert (result.published.hour, result.published.minute) == (8, 40)


def test_only_an_update_stamp_shown_stays_the_date() -> None:
    """No unlabelled neighbour: the page shows only its change, which stays its best date."""
    row = '<span class="article-full__updated">aktualizacja: 12.03.2026, 09:55</span>'
    result = extract_article(_polish_portal(row), url="https://portal.example.pl/wiadomosci/most-do-remontu/")
    assert result.published == datetime(2026, 3, 12, 9, 55, tzinfo=CET)


def test_a_later_date_beside_the_update_is_no_publication() -> None:
    """A council session announced in the row (after the update) is an event's date, not the publication."""
    row = (
        '<span class="article-full__updated">aktualizacja: 12.03.2026, 09:55</span>'
        '<span class="article-full__event">19.03.2026, 16:00</span>'
    )
    result = extract_article(_polish_portal(row), url="https://portal.example.pl/wiadomosci/most-do-remontu/")
    assert result.published == datetime(2026, 3, 12, 9, 55, tzinfo=CET)


def test_a_neighbour_labelled_as_update_too_is_not_taken() -> None:
    row = (
        '<span class="article-full__updated">aktualizacja: 12.03.2026, 09:55</span>'
        '<span class="article-full__history"><b>Zaktualizowano</b> 12.03.2026, 09:10</span>'
    )
    result = extract_article(_polish_portal(row), url="https://portal.example.pl/wiadomosci/most-do-remontu/")
    assert result.published == datetime(2026, 3, 12, 9, 55, tzinfo=CET)


def test_a_weekday_before_the_unlabelled_publication_is_no_label() -> None:
    row = (
        '<span class="article-full__date">czwartek, 12.03.2026, 08:40</span>'
        '<span class="article-full__updated">aktualizacja: 12.03.2026, 09:55</span>'
    )
    result = extract_article(_polish_portal(row), url="https://portal.example.pl/wiadomosci/most-do-remontu/")
    assert result.published == datetime(2026, 3, 12, 8, 40, tzinfo=CET)


def test_an_earlier_date_under_another_label_is_no_publication() -> None:
    """A match report's row: the kick-off under its own label is the match's time, not the story's."""
    row = (
        '<span class="article-full__match">Mecz: 11.03.2026, 20:45</span>'
        '<span class="article-full__updated">aktualizacja: 12.03.2026, 09:55</span>'
    )
    result = extract_article(_polish_portal(row), url="https://portal.example.pl/sport/derby-miasta/")
    assert result.published == datetime(2026, 3, 12, 9, 55, tzinfo=CET)


def test_german_stand_line_keeps_its_time() -> None:
    """`Stand:` is the only time German regional papers print: no update label."""
    page = _polish_portal(
        '<span class="article-full__date">Stand: 12.03.2026, 09:55 Uhr</span>'
        '<span class="article-full__lesezeit">Lesezeit: 3 Min.</span>'
        '<span class="article-full__rubrik">11.03.2026, 08:00</span>'
    ).replace('lang="pl"', 'lang="de"')
    result = extract_article(page, url="https://zeitung.example.de/lokales/bruecke-saniert/")
    assert result.published == datetime(2026, 3, 12, 9, 55, tzinfo=CET)


_BLOG_TEXT = (
    "<p>Animated typography is more than moving letters: it tells a story with the rhythm of the type, and the "
    "best pieces read like a poem that you see and hear at once.</p>"
    "<p>Over the last weeks I collected a few examples that bring literature and motion together, from short "
    "quotations to whole short stories that run word by word across the screen.</p>"
)


def _kubrick_sidebar_page(sidebar_box: str, entry_meta: str = "", comments: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8">
<title>Moving Letters &raquo; Literature and Animated Typography</title>
<meta name="generator" content="WordPress 2.9.2">
<link rel="alternate" type="application/rss+xml" title="Moving Letters RSS Feed" href="/feed/">
</head>
<body>
<div id="page">
<div id="header" role="banner"><h1><a href="/">Moving Letters</a></h1>
<div class="description">Type, letters and design</div></div>
<div id="content" class="narrowcolumn" role="main">
<div class="post" id="post-112">
<h2>Literature and Animated Typography</h2>{entry_meta}
<div class="entry">{_BLOG_TEXT}</div>
</div>
{comments}
</div>
<div id="sidebar" role="complementary">
{sidebar_box}
<h2>Recent posts</h2><ul>
<li><a href="https://letters.example/2010/04/type-specimens/">Type specimens</a></li>
<li><a href="https://letters.example/2010/03/kerning/">Kerning by eye</a></li></ul>
<h2>Archives</h2><ul><li><a href="/2010/05/">May 2010</a></li><li><a href="/2010/04/">April 2010</a></li></ul>
</div>
<div id="footer" role="contentinfo"><p>Moving Letters is proudly powered by WordPress</p></div>
</div></body></html>"""


_URL = "https://letters.example/2010/05/literature-and-animated-typography/"


def test_another_posts_sentence_in_the_sidebar_is_not_taken() -> None:
    box = (
        "<h2>Last post</h2><p class='news'>"
        "<a href='https://letters.example/2010/04/type-specimens/' rel='bookmark'>Type specimens</a> was "
        "posted on <nobr>April 2, 2010</nobr> at <nobr>9:12 am</nobr> and is filed under Reading.</p>"
    )
    result = extract_article(_kubrick_sidebar_page(box), url=_URL)
    assert result.published is None  # the base's output: the rule that took it is withdrawn


def test_a_comments_permalink_is_not_the_page() -> None:
    comments = (
        "<h3 id='comments'>One response</h3><ol class='commentlist'><li id='comment-9'><cite>Marie</cite>:"
        f" <small class='commentmetadata'><a href='{_URL}#comment-9'>May 20, 2010</a> posted</small>"
        f"<p>Lovely collection, see <a href='{_URL}'>this post</a>, published May 21, 2010 on my feed.</p>"
        "</li></ol>"
    )
    result = extract_article(_kubrick_sidebar_page("", comments=comments), url=_URL)
    assert result.published is None  # the base's output


def test_the_date_under_the_headline_wins_over_the_sidebar_sentence() -> None:
    meta = "<small>Posted on May 3, 2010 by Anna</small>"
    box = (
        f"<h2>About this entry</h2><p><a href='{_URL}'>Literature and Animated Typography</a> was posted on "
        "May 19, 2010 at 11:03 pm and is filed under Reading.</p>"
    )
    result = extract_article(_kubrick_sidebar_page(box, entry_meta=meta), url=_URL)
    assert result.published is not None
    assert result.published.date() == datetime(2010, 5, 3).date()


def test_a_sentence_without_the_permalink_is_no_post_date() -> None:
    """A police report quoting when a post went online: no link to the page itself."""
    text = (
        "<p>Der Beitrag wurde am 14. Juni 2024 um 22:40 Uhr gepostet und unter mehreren Profilen geteilt, "
        "teilte die Polizei mit.</p>"
    )
    box = f"<h2>Hinweis</h2><p>{text}</p>"
    result = extract_article(_kubrick_sidebar_page(box), url=_URL)
    assert result.published is None  # the base's output: the rule that took it is withdrawn


def test_a_pingback_naming_the_page_after_another_blog_is_not_taken() -> None:
    box = (
        "<h2>Linked from</h2><p><a href='https://other.example/2010/05/links/'>Other blog</a> posted about "
        f"<a href='{_URL}'>this entry</a> on May 25, 2010.</p>"
    )
    result = extract_article(_kubrick_sidebar_page(box), url=_URL)
    assert result.published is None  # the base's output: the rule that took it is withdrawn


def test_a_citation_box_with_an_access_date_is_not_taken() -> None:
    box = (
        f"<h2>Cite this post</h2><p><a href='{_URL}'>Literature and Animated Typography</a>. Moving Letters, "
        "published by Anna. Accessed March 5, 2024.</p>"
    )
    result = extract_article(_kubrick_sidebar_page(box), url=_URL)
    assert result.published is None  # the base's output: the rule that took it is withdrawn
