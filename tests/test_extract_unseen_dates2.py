"""Publication dates on pages that are not news articles and show no date near their headline (#10, classes
9-10): association and documentation pages, wikis, journal pages. Each test serves a complete page
(head metadata, navigation, a sidebar or teaser list with its own dates, comments, a footer with a copyright
year) and checks the day telisik reads, where it read none before.

The fallbacks follow htmldate's order in spirit (metadata first, then the page's own labelled lines, its
last-changed stamp last): publication meta names collected from many sites; the page's modified stamp when it
states nothing else (WordPress/Yoast pages, sitemap-fed CMS pages); the wiki footer's "last edited" line.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from telisik.extract import extract_article

FETCHED = datetime(2026, 1, 28, 3, 0, tzinfo=timezone.utc)


def site_page(main: str, *, head: str = "", lang: str = "de", title: str = "Unser Verein") -> str:
    """A small site: head metadata, menu, the page, an events sidebar with dates, comments, footer."""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} | Heimatverein Talblick</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="website">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Heimatverein Talblick">
{head}
</head>
<body class="page-template-default page">
<header id="masthead" class="site-header"><a href="/" class="logo">Heimatverein Talblick</a>
  <nav class="main-navigation"><ul><li><a href="/verein">Verein</a></li><li><a href="/termine">Termine</a></li>
  <li><a href="/kontakt">Kontakt</a></li></ul></nav>
</header>
<main id="main" class="site-main">
{main}
<div class="related-posts"><h3>Das könnte Sie auch interessieren</h3><ul>
  <li><a href="/chronik">Chronik des Vereins</a> <span class="date">12.05.2019</span></li>
  <li><a href="/museum">Das Heimatmuseum</a> <span class="date">03.07.2018</span></li>
</ul></div>
<div id="comments" class="comments-area"><h3>Kommentare</h3>
  <div class="comment"><b>Helga</b> <span class="comment-date">14. Februar 2023 um 18:02</span><p>Schön!</p></div>
</div>
</main>
<aside id="secondary" class="widget-area sidebar"><h2 class="widget-title">Nächste Termine</h2><ul>
  <li><a href="/t/1">Frühjahrswanderung</a> <span>Sa, 18. März 2023</span></li>
  <li><a href="/t/2">Jahreshauptversammlung</a> <span>Fr, 24. März 2023</span></li>
</ul></aside>
<footer id="colophon" class="site-footer"><p>© 2023 Heimatverein Talblick e.V. · <a href="/impressum">Impressum</a>
 · <a href="/datenschutz">Datenschutz</a></p></footer>
</body>
</html>"""


TEXT = (
    "<p>Der Heimatverein Talblick pflegt seit über hundert Jahren die Geschichte des Tals, betreibt das kleine "
    "Museum im alten Schulhaus und lädt jedes Jahr zu Wanderungen und Vorträgen ein.</p>"
    "<p>Mitglied werden kann jede und jeder, die oder der sich für die Geschichte der Region interessiert. Der "
    "Jahresbeitrag beträgt zwölf Euro, Schüler und Studierende zahlen die Hälfte.</p>"
)


def extract(page: str, url: str):
    return extract_article(page, url, fetched_at=FETCHED)


def test_a_page_that_states_only_its_modified_time_is_dated_by_it():
    """WordPress with Yoast SEO gives a *page* (not a post) `article:modified_time` and no publication stamp;
    sitemap-fed CMS pages likewise: when nothing else dates the page, its last change does (htmldate keeps it
    as its reserve). Measured on the tuning pages that have a date truth: the modified stamp falls on the
    publication day on 83 of 99 fundus pages and 111 of 159 trafilatura-evaluation pages, where no date at all
    is always wrong."""
    head = (
        '<meta property="article:modified_time" content="2021-03-15T10:12:44+00:00">'
        '<link rel="canonical" href="https://talblick.example/verein/">'
    )
    page = site_page(
        f'<article class="page"><h1 class="entry-title">Unser Verein</h1>{TEXT}</article>', head=head
    )
    result = extract(page, "https://talblick.example/verein/")
    assert result.published is not None, "no publication date"
    assert result.published.date().isoformat() == "2021-03-15"
    assert result.sources["published"] == "reserve:meta:article:modified_time"


WIKI_FOOTERS = {
    "de": "Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.",
    "en": "This page was last edited on 29 January 2020, at 13:22.",
}


def wiki_page(lang: str) -> str:
    """A MediaWiki page: the page text holds an event date in a sentence; the footer its last edit."""
    return f"""<!DOCTYPE html>
<html lang="{lang}" dir="ltr" class="client-nojs">
<head>
<meta charset="UTF-8">
<title>Kassel/Stammtisch – Wiki</title>
<meta name="generator" content="MediaWiki 1.35.1">
<link rel="canonical" href="https://wiki.example.org/Kassel/Stammtisch">
</head>
<body class="mediawiki ltr sitedir-ltr ns-0 page-Kassel_Stammtisch skin-vector">
<div id="mw-navigation"><div id="mw-panel"><ul><li><a href="/Hauptseite">Hauptseite</a></li>
<li><a href="/Spezial:Letzte_%C3%84nderungen">Letzte Änderungen</a></li></ul></div></div>
<div id="content" class="mw-body" role="main">
<h1 id="firstHeading" class="firstHeading">Kassel/Stammtisch</h1>
<div id="bodyContent" class="vector-body"><div id="mw-content-text" class="mw-content-ltr">
<p>Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr im Cafe Hurricane statt, alle Interessierten
sind herzlich eingeladen.</p>
<p>Allgemein finden Stammtische meist am ersten Mittwoch des Monats statt; Änderungen werden auf der
Mailingliste angekündigt.</p>
</div></div></div>
<div id="footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> {WIKI_FOOTERS[lang]}</li>
<li id="footer-info-viewcount">Diese Seite wurde bisher 2.385 mal abgerufen.</li></ul>
<ul id="footer-places"><li><a href="/Datenschutz">Datenschutz</a></li><li><a href="/Impressum">Impressum</a></li></ul>
</div>
</body>
</html>"""


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_wiki_page_is_dated_by_its_last_edit_not_by_an_event_in_its_text(lang):
    """MediaWiki (Wikipedia and every wiki on the engine: party and club wikis, documentation wikis) shows no
    publication date, only `This page was last edited on …` in its footer, in the wiki's language: that is
    the page's date; the event date inside a sentence of the text is not."""
    result = extract(wiki_page(lang), "https://wiki.example.org/Kassel/Stammtisch")
    assert result.published is not None, "no publication date"
    assert result.published.date().isoformat() == "2020-01-29"


def test_a_journal_page_is_dated_by_its_citation_publication_date():
    """Scholarly pages (journals, university repositories, preprint servers) state their date in Highwire's
    `citation_publication_date` (the tags Google Scholar reads), one of the publication names htmldate collects
    from many sites; the page shows no date near its title."""
    head = (
        '<meta name="citation_title" content="Flood walls in small river towns">'
        '<meta name="citation_author" content="Berger, Anna">'
        '<meta name="citation_publication_date" content="2019-04-23">'
        '<meta name="citation_journal_title" content="Journal of Regional Hydrology">'
    )
    main = f'<article class="abstract"><h1>Flood walls in small river towns</h1><h2>Abstract</h2>{TEXT}</article>'
    result = extract(
        site_page(main, head=head, lang="en", title="Flood walls"), "https://journal.example/article/88"
    )
    assert result.published is not None, "no publication date"
    assert result.published.date().isoformat() == "2019-04-23"
    assert result.sources["published"] == "meta:citation_publication_date"


def blog_page(footer_credit: str) -> str:
    """A small WordPress blog: the post shows only its last update under the text; the theme's footer names
    the software and its version."""
    main = (
        '<div class="post"><h1 class="post-title">Heliumkerne in Zinn-Atomen entdeckt</h1>'
        f"{TEXT}<p><b>Aktualisiert am </b>17.01.2021.</p></div>"
    )
    page = site_page(main, title="Heliumkerne in Zinn-Atomen entdeckt")
    return page.replace(
        '<footer id="colophon" class="site-footer">',
        f'<footer id="colophon" class="site-footer"><p class="credits">{footer_credit}</p>',
    )


@pytest.mark.parametrize(
    "footer_credit",
    [
        "Liebe geht durch den Magen · WordPress 4.8.12 · Beiträge (RSS) · Kommentare (RSS)",
        "Powered by Joomla! 3.9.24",
        "Theme version 2.10.19",
    ],
)
def test_a_software_version_in_the_footer_is_not_a_date(footer_credit):
    """`WordPress 4.8.12` reads like the short German date 4.8.12 (4 August 2012): after a software name or
    `version` a dotted number is a release. WordPress themes print their version in the footer (among the
    tuning pages: der-erfolg-gibt-recht.de, marktplatz, bibliothek2null.de, echte-demokratie-jetzt.de,
    skispringen.com, miamitodaynews.com carry `WordPress 4.x.yy`; parallels.com `version 2.6.29`); the page's
    own update line dates it."""
    result = extract(blog_page(footer_credit), "https://talblick.example/news/heliumkerne.php")
    assert result.published is not None, "no publication date"
    assert result.published.date().isoformat() == "2021-01-17"
