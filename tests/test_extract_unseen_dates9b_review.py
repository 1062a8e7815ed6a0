"""Guards from the review of the UTC-to-site-zone rules (#10 class 8, session 9; tests/test_extract_unseen_dates9b.py).

A publication time stored in UTC (`Z`, `+00:00`) is shown in the outlet's zone only where the page proves it:

- The convention zone comes only from the country-code domain of a country with one zone. WordPress's default
  locales (`fr_FR`, `en_GB`, `es_ES`) are served from Dakar, Abidjan, Ouagadougou, Montréal, Accra and Latin
  America: a language or a language region alone gave them CET or UK time (lefaso.net-, seneweb.com- and
  ghanaweb.com-like pages). Countries spanning several zones of weight (.com.au: Perth and Brisbane beside Sydney;
  .ru, .com.br, the US, Indonesia) tell no zone: the time stays as stored. Since session 11 a country with one
  dominant zone (over nine in ten of its people: .es Madrid, .pt Lisbon, .nz Auckland, .ec Quito) takes that zone,
  unless the host or a section folder names the minority region (Canarias, Açores, Chatham, Galápagos:
  tests/test_extract_dates11.py and its review).
- The hour repeated when clocks go back is placed by the instant: 2026-10-25T00:30Z on a .de page is 02:30+02:00
  (the first 02:30), 00:30Z on a .co.uk page 01:30+01:00 (it had moved an hour).
- An offset lent by another stamp must be of the same season (a July dateModified's -04:00 is not a January
  publication's) and, on a country-code domain, of its zone (a teaser's `<time>` of the same minute at -05:00
  on a .de page is not the site's zone).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from telisik.extract import extract_article

FETCHED = datetime(2026, 12, 6, 23, 0, tzinfo=timezone.utc)

_TEXTS = {
    "de": (
        "Der Stadtrat hat am Abend nach langer Debatte den Haushalt für das kommende Jahr verabschiedet. Die Mehrheit "
        "stimmte für den Entwurf der Kämmerin, die Opposition kritisierte die geplanten Kürzungen scharf.",
        "Insgesamt umfasst der Haushalt rund 412 Millionen Euro. Den größten Posten bilden die Ausgaben für Schulen "
        "und Kitas, die um acht Prozent steigen sollen. Neue Schulden will die Stadt bis 2030 nicht aufnehmen.",
    ),
    "fr": (
        "Le conseil municipal a adopté mardi soir le budget de l'année prochaine après un long débat. La majorité a "
        "voté le projet du maire, l'opposition a dénoncé les coupes prévues dans les bibliothèques.",
        "Le budget s'élève à quelque 41 milliards de francs CFA. Les écoles et les centres de santé en reçoivent la "
        "plus grande part, en hausse de huit pour cent par rapport à l'exercice précédent.",
    ),
    "en": (
        "The council voted on Tuesday night to adopt next year's budget after a debate that ran for six hours. The "
        "majority backed the mayor's plan, while the opposition criticised cuts to libraries and swimming pools.",
        "The budget totals some 412 million. Schools and clinics receive the largest share, up eight per cent on "
        "the previous year, and the council said it would take on no new debt before 2030.",
    ),
}


def _page(
    *,
    url: str,
    lang: str,
    locale: str,
    published: str,
    modified: str | None = None,
    teaser_time: str | None = None,
) -> str:
    """A news site's article page: JSON-LD with a UTC datePublished, Open Graph, nav, byline without a date,
    a most-read block in a plain `<div>` (no class says sidebar), comments, footer."""
    first, second = _TEXTS[lang]
    modified_meta = f'<meta property="article:modified_time" content="{modified}">' if modified else ""
    modified_ld = f', "dateModified": "{modified}"' if modified else ""
    teaser = (
        f'<time datetime="{teaser_time}">{teaser_time[11:16]}</time>'
        if teaser_time
        else "<span>Lokales</span>"
    )
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>Council adopts the budget for 2027 | Tagesbote</title>
<link rel="canonical" href="{url}">
<meta property="og:locale" content="{locale}"><meta property="og:type" content="article">
<meta property="og:title" content="Council adopts the budget for 2027">
{modified_meta}
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Council adopts the budget for 2027", "datePublished": "{published}"{modified_ld},
"author": {{"@type": "Person", "name": "Anna Berger"}}, "publisher": {{"@type": "Organization", "name": "Tagesbote"}}}}
</script></head>
<body class="single single-post"><header class="site-header"><a href="/">Tagesbote</a>
<nav><ul><li><a href="/politik/">Politik</a></li><li><a href="/sport/">Sport</a></li>
<li><a href="/kultur/">Kultur</a></li></ul></nav></header>
<main><article class="post"><header class="entry-header"><div class="cat"><a href="/lokales/">Lokales</a></div>
<h1 class="entry-title">Council adopts the budget for 2027</h1>
<div class="entry-meta"><span class="byline">Anna Berger</span></div></header>
<div class="entry-content"><p>{first}</p><p>{second}</p><p>{first}</p><p>{second}</p></div></article>
<div><h3>Meistgelesen</h3><ul>
<li><a href="/lokales/hallenbad-122.html">Hallenbad im Norden bleibt geschlossen</a> {teaser}</li>
<li><a href="/sport/derby-121.html">Derby endet unentschieden</a></li></ul></div>
<div id="comments"><h2>Kommentare</h2><ol class="comment-list"></ol></div></main>
<footer class="site-footer"><p>© 2026 Tagesbote. Alle Rechte vorbehalten.</p><a href="/impressum/">Impressum</a>
</footer></body></html>"""


def _published(html: str, url: str) -> datetime:
    value = extract_article(html, url=url, fetched_at=FETCHED).published
    assert value is not None
    return value


@pytest.mark.parametrize(
    ("url", "lang", "locale", "stamp"),
    [
        # WordPress fr_FR on a Burkinabè/Senegalese .net/.com: GMT, not CET (lefaso.net, seneweb.com).
        ("https://lefaso.net/spip.php?article123", "fr", "fr_FR", "2026-03-10T23:30:00Z"),
        (
            "https://www.seneweb.com/news/Politique/le-conseil-adopte-le-budget_n_123.html",
            "fr",
            "fr_FR",
            "2026-03-10T23:30:00Z",
        ),
        # WordPress en_GB on a Ghanaian .com in July: GMT all year, not BST (ghanaweb.com-like).
        ("https://www.ghanaweb-like.com/news/council-adopts-budget", "en", "en_GB", "2026-07-10T23:30:00Z"),
    ],
)
def test_language_region_alone_gives_no_zone(url: str, lang: str, locale: str, stamp: str) -> None:
    value = _published(_page(url=url, lang=lang, locale=locale, published=stamp), url)
    assert value.utcoffset() == timedelta(0)
    assert value == datetime.fromisoformat(stamp.replace("Z", "+00:00"))


@pytest.mark.parametrize(
    ("url", "lang", "locale"),
    [
        (
            "https://www.perthnow-like.com.au/news/council-adopts-budget-c-123",
            "en",
            "en_AU",
        ),  # AWST, not AEDT
        ("https://www.canarias7-like.es/canarias/consejo-aprueba-presupuesto-123.html", "en", "es_ES"),  # WET
    ],
)
def test_country_with_several_zones_gives_no_zone(url: str, lang: str, locale: str) -> None:
    stamp = "2026-01-10T14:30:00Z"
    value = _published(_page(url=url, lang=lang, locale=locale, published=stamp), url)
    assert value.utcoffset() == timedelta(0)
    assert value == datetime(2026, 1, 10, 14, 30, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("url", "lang", "locale", "expected"),
    [
        # 00:30Z on the night clocks go back: the first 02:30 in Berlin (CEST), the first 01:30 in London (BST).
        ("https://www.tagesbote.de/lokales/haushalt-123.html", "de", "de_DE", "2026-10-25T02:30:00+02:00"),
        (
            "https://www.eveningpost-like.co.uk/news/council-budget-123",
            "en",
            "en_GB",
            "2026-10-25T01:30:00+01:00",
        ),
    ],
)
def test_repeated_hour_keeps_the_instant(url: str, lang: str, locale: str, expected: str) -> None:
    value = _published(_page(url=url, lang=lang, locale=locale, published="2026-10-25T00:30:00Z"), url)
    assert value == datetime(2026, 10, 25, 0, 30, tzinfo=timezone.utc)
    assert value.isoformat() == expected


def test_modified_offset_of_another_season_lends_nothing() -> None:
    """A January publication in UTC beside a July dateModified at -04:00 (EDT) on a .com: the publication was
    at -05:00, so the July offset is not its zone; the time stays as stored."""
    url = "https://www.citypaper-like.com/news/council-passes-budget"
    html = _page(
        url=url,
        lang="en",
        locale="en_US",
        published="2026-01-10T23:30:00Z",
        modified="2026-07-02T10:15:00-04:00",
    )
    value = _published(html, url)
    assert value.isoformat() == "2026-01-10T23:30:00+00:00"


def test_modified_offset_of_the_same_season_still_lends() -> None:
    """Control (passes before and after the mend): a dateModified a day later at -05:00 still lends."""
    url = "https://www.citypaper-like.com/news/council-passes-budget"
    html = _page(
        url=url,
        lang="en",
        locale="en_US",
        published="2026-03-10T23:30:00Z",
        modified="2026-03-11T09:15:00-05:00",
    )
    assert _published(html, url).isoformat() == "2026-03-10T18:30:00-05:00"


def test_teaser_offset_contradicting_the_domain_lends_nothing() -> None:
    """A most-read teaser's `<time>` of the same minute at -05:00 (a syndicated wire item) on a .de page: the
    .de zone gives the shown time, 00:30 CET."""
    url = "https://www.tagesbote.de/lokales/haushalt-123.html"
    html = _page(
        url=url,
        lang="de",
        locale="de_DE",
        published="2026-03-10T23:30:00Z",
        teaser_time="2026-03-10T18:30:00-05:00",
    )
    assert _published(html, url).isoformat() == "2026-03-11T00:30:00+01:00"


def test_single_zone_domain_still_places_the_time() -> None:
    """Control (passes before and after the mend): a .de page's UTC time is still shown in CEST."""
    url = "https://www.tagesbote.de/lokales/haushalt-123.html"
    html = _page(url=url, lang="de", locale="de_DE", published="2026-07-10T23:30:00Z")
    assert _published(html, url).isoformat() == "2026-07-11T01:30:00+02:00"
