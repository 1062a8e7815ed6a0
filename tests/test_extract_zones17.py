"""Date rule of session 16, round 3 (#10, web-kinds-15: sites nobody tuned for).

- A live blog (schema.org `LiveBlogPosting`: Google's live-blog markup, Automattic's Liveblog for WordPress,
  Mediahuis/DPG/Schibsted live pages) is published at its `coverageStartTime`, not at its newest entry's time
  the header shows, ONLY when the page states no other publication date (no `datePublished` in any JSON-LD
  node, no `article:published_time` or other publication meta, no microdata `datePublished`), and never when
  the start is later than the page's `dateModified`. Other types' `coverageStartTime` is not read.
  (The WITA/WIT regional-outlet zone rule of this round was withdrawn after review.)
Each test serves a complete page (head metadata, navigation, footer) and names the family it stands for.
"""

from __future__ import annotations

from telisik.extract import extract_article

# --- Live blogs: LiveBlogPosting with coverageStartTime ------------------------------------------------------


def _liveblog_page(
    *,
    kind: str = "LiveBlogPosting",
    published: str = "",
    meta: str = "",
    modified: str = "2024-03-12T16:05:00Z",
) -> str:
    """A Dutch regional daily's live page (Mediahuis/DPG-like): the header shows the newest entry's time."""
    stated = f'"datePublished": "{published}", ' if published else ""
    return f"""<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8">
<title>LIVE | Grote brand in loods op bedrijventerrein: rookwolk boven de regio | Dagblad Kust</title>
<meta property="og:site_name" content="Dagblad Kust">{meta}
<meta property="og:title" content="LIVE | Grote brand in loods op bedrijventerrein: rookwolk boven de regio">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "{kind}",
"headline": "LIVE | Grote brand in loods op bedrijventerrein: rookwolk boven de regio", {stated}
"coverageStartTime": "2024-03-12T14:08:00Z", "coverageEndTime": "2024-03-12T23:00:00Z",
"dateModified": "{modified}", "author": [{{"@type": "Person", "name": "Sanne Visser"}}]}}</script>
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


def test_article_published_time_wins_over_coverage_start() -> None:
    """A live page whose `article:published_time` states its start (WordPress + Yoast, Arc XP): the meta wins."""
    meta = '\n<meta property="article:published_time" content="2024-03-12T12:00:00Z">'
    assert _live_published(_liveblog_page(meta=meta)) == "2024-03-12T13:00:00+01:00"


def test_coverage_start_later_than_date_modified_is_not_read() -> None:
    """A report turned live blog whose coverage window opens after its last change: no publication date."""
    page = _liveblog_page(modified="2024-03-12T10:00:00Z")
    assert _live_published(page) != "2024-03-12T15:08:00+01:00"
