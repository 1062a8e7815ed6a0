"""The fix-dates review's pages (#10, session 11), each with the right value asserted.

The read-only review of fix-dates found the branch worse than base on seven pages, and wrong with base on others:
- Declared zone (Squarespace/Wix settings): `timeZoneOffset`/`timeZoneAbbr` counted as site settings, but a
  calendar, event or scores widget carries them beside its own `timeZone` (an event embed on a .de local paper,
  an NBA widget on an .it sports page); the declared zone also beat the ccTLD's; the first `timeZone` won (Wix
  Events' warm-up data before the viewer model); an escaped `JSON.parse("...")` viewer model was missed.
  Changed: only a `timeZone` after the platform's own settings opener counts (`SQUARESPACE_CONTEXT`,
  `wix-viewer-model`, `viewerModel`), escaped quotes are read, and the ccTLD zone comes first.
- Product page without og:type `product`: a Product JSON-LD with no article node is common on articles (a
  review page, a launch story, a WordPress blog without Yoast/RankMath whose AAWP/Lasso box prints Product
  markup). Changed: that trigger also needs a shop's buy form (WooCommerce, Shopify, Shopware, Magento,
  PrestaShop, BigCommerce add-to-cart markup); og:type `product` still suffices. The product record's stamp is
  only a `"published_at"` with Shopify's product `"vendor"` beside it (a featured-blog section's came first).
- HubSpot's zoneless stamp: a theme that formats `publish_date` in the portal's zone shows that wall clock in the
  date line (`om 14:32`). Changed: a zoneless stamp whose wall clock the date line shows is local, not UTC.
- Dominant zone: the minority region (`canarias`) in a national daily's slug switched the rule off. Changed: the
  host and section folders are read, not the story's slug. Left (strict xfails below): island outlets whose
  address does not name their islands (an Azores, a Las Palmas, a Chatham Islands paper) get the dominant zone,
  an hour (45 minutes) off; no page signal tells them without a site list.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from telisik.extract import extract_article

FETCHED = datetime(2026, 12, 6, 23, 0, tzinfo=timezone.utc)


def _published(html: str, url: str) -> str | None:
    article = extract_article(html, url, fetched_at=FETCHED)
    if article.published is None:
        return None
    return article.published.replace(second=0, microsecond=0).isoformat()


def _published_day(html: str, url: str) -> str | None:
    article = extract_article(html, url, fetched_at=FETCHED)
    return article.published.date().isoformat() if article.published else None


_DECLARED_1 = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Stadtrat beschließt Radweg an der Hauptstraße | Stadtanzeiger</title>
<meta name="description" content="Stadtrat beschließt Radweg an der Hauptstraße.">
<meta property="og:site_name" content="Stadtanzeiger">
<meta property="og:title" content="Stadtrat beschließt Radweg an der Hauptstraße">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/main.css">
<meta property="og:type" content="article"><meta property="og:locale" content="de_DE">
<meta property="og:url" content="https://www.stadtanzeiger-like.de/lokales/radweg-hauptstrasse-beschlossen"><link rel="canonical" href="https://www.stadtanzeiger-like.de/lokales/radweg-hauptstrasse-beschlossen">
<meta property="article:published_time" content="2026-02-03T17:45:00Z">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Stadtrat beschließt Radweg an der Hauptstraße", "datePublished": "2026-02-03T17:45:00Z", "author": {"@type": "Person", "name": "Miriam Koch"}}</script>
</head>
<body class="single">
<div id="cookie-banner" role="dialog"><p>Cookies / Privacy</p><button>OK</button></div>
<header class="site-header"><a class="logo" href="/">Stadtanzeiger</a>
<nav class="main-nav" aria-label="main"><ul><li><a href="/startseite/">Startseite</a></li><li><a href="/politik/">Politik</a></li><li><a href="/wirtschaft/">Wirtschaft</a></li><li><a href="/sport/">Sport</a></li><li><a href="/kultur/">Kultur</a></li><li><a href="/digital/">Digital</a></li><li><a href="/meinung/">Meinung</a></li><li><a href="/archiv/">Archiv</a></li></ul></nav>
<form class="search" action="/buscar"><input name="q" type="search"></form></header>
<main id="main">
<article><h1>Stadtrat beschließt Radweg an der Hauptstraße</h1>
<p class="byline">Miriam Koch · <span class="date">03.02.2026</span></p>
<div class="text"><p>Der Stadtrat hat am Dienstagabend mit großer Mehrheit den Bau eines neuen Radwegs entlang der Hauptstraße beschlossen. Die Arbeiten sollen im Frühjahr beginnen und bis zum Herbst dauern.</p>
<p>Die Kosten von rund 2,4 Millionen Euro werden zu zwei Dritteln vom Land getragen. Anwohner hatten in einer Bürgerversammlung vor allem mehr Sicherheit für Schulkinder gefordert.</p>
<p>Während der Bauzeit wird die Hauptstraße abschnittsweise zur Einbahnstraße. Der Busverkehr wird über die Bahnhofstraße umgeleitet, teilte die Stadtverwaltung mit.</p></div>
<div class="embed"><div id="evt-embed"></div><script>window.__EVENT_EMBED__ = {"eventId":"rb-2026-03","title":"Online-Infoabend Radweg","start":"2026-03-04T19:00:00","timeZone":"America/New_York","timeZoneOffset":-300,"locale":"de-DE"};</script><script src="https://embed.eventhost.example/w.js"></script></div></article>

<section class="related"><h2>+</h2><ul><li><a href="/r/0">Stadtrat beschließt neuen Radweg</a></li><li><a href="/r/1">Bahn kündigt Bauarbeiten an</a></li><li><a href="/r/2">Neue Kita in der Weststadt</a></li><li><a href="/r/3">Wochenmarkt zieht um</a></li></ul></section>
</main>
<aside class="sidebar"><div class="widget"><h3>Politik</h3><ul><li><a href="/r/0">Stadtrat beschließt neuen Radweg</a></li><li><a href="/r/1">Bahn kündigt Bauarbeiten an</a></li><li><a href="/r/2">Neue Kita in der Weststadt</a></li><li><a href="/r/3">Wochenmarkt zieht um</a></li></ul></div>
<div class="widget newsletter"><h3>Newsletter</h3><form><input type="email"><button>OK</button></form></div>
</aside>
<footer class="site-footer"><p>Impressum · Datenschutz · Cookie-Einstellungen · AGB · Kontakt · Mediadaten · © 2026 Verlag Stadtanzeiger</p><ul class="social"><li><a href="https://facebook.com/x">Facebook</a></li>
<li><a href="https://x.com/x">X</a></li><li><a href="https://instagram.com/x">Instagram</a></li></ul></footer>
</body></html>
"""


def test_event_widget_zone_beside_its_offset_declares_no_site_zone() -> None:
    """Finding 1 (mended): a .de local news page embeds an event widget whose settings carry `timeZone` beside
    `timeZoneOffset`: a widget's, not the site's; and a ccTLD zone is never overridden by a declared one."""
    assert (
        _published(_DECLARED_1, "https://www.stadtanzeiger-like.de/lokales/radweg-hauptstrasse-beschlossen")
        == "2026-02-03T18:45:00+01:00"
    )


_DECLARED_2 = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Eurolega, Milano ko ad Atene | Sport Quotidiano</title>
<meta name="description" content="Eurolega, Milano ko ad Atene.">
<meta property="og:site_name" content="Sport Quotidiano">
<meta property="og:title" content="Eurolega, Milano ko ad Atene">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/main.css">
<meta property="og:type" content="article"><meta property="og:locale" content="it_IT">
<meta property="og:url" content="https://www.sportquotidiano-like.it/basket/eurolega/milano-ko-atene"><link rel="canonical" href="https://www.sportquotidiano-like.it/basket/eurolega/milano-ko-atene">
<meta property="article:published_time" content="2026-02-03T22:10:00Z">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Eurolega, Milano ko ad Atene", "datePublished": "2026-02-03T22:10:00Z", "author": {"@type": "Person", "name": "Luca Chiabotti"}}</script>
</head>
<body class="single">
<div id="cookie-banner" role="dialog"><p>Cookies / Privacy</p><button>OK</button></div>
<header class="site-header"><a class="logo" href="/">Sport Quotidiano</a>
<nav class="main-nav" aria-label="main"><ul><li><a href="/home/">Home</a></li><li><a href="/cronaca/">Cronaca</a></li><li><a href="/politica/">Politica</a></li><li><a href="/sport/">Sport</a></li><li><a href="/basket/">Basket</a></li><li><a href="/calcio/">Calcio</a></li><li><a href="/motori/">Motori</a></li><li><a href="/video/">Video</a></li></ul></nav>
<form class="search" action="/buscar"><input name="q" type="search"></form></header>
<main id="main">
<article><h1>Eurolega, Milano ko ad Atene</h1>
<p class="byline">Luca Chiabotti · <span class="date">3 febbraio 2026</span></p>
<div class="text"><p>L'Olimpia Milano ha perso ad Atene contro il Panathinaikos per 84-79 al termine di una partita equilibrata fino agli ultimi due minuti, decisi da due triple consecutive dei greci.</p>
<p>Coach Messina ha lamentato le troppe palle perse nel terzo quarto, quando Milano era avanti di nove punti e sembrava in controllo del ritmo.</p>
<p>Venerdì l'Olimpia torna in campo al Forum contro il Real Madrid, in una sfida decisiva per la corsa ai playoff di Eurolega.</p></div>
<div class="embed"><script>var scoresWidget = {"league":"NBA","season":"2025-26","theme":"dark","timeZone":"America/Los_Angeles","timeZoneAbbr":"PT","showOdds":false};</script><div id="scores"></div></div></article>

<section class="related"><h2>+</h2><ul><li><a href="/r/0">Serie A, le probabili formazioni</a></li><li><a href="/r/1">Eurolega, Milano cade ad Atene</a></li><li><a href="/r/2">Il mercato di gennaio</a></li><li><a href="/r/3">F1, i test in Bahrein</a></li></ul></section>
</main>
<aside class="sidebar"><div class="widget"><h3>Cronaca</h3><ul><li><a href="/r/0">Serie A, le probabili formazioni</a></li><li><a href="/r/1">Eurolega, Milano cade ad Atene</a></li><li><a href="/r/2">Il mercato di gennaio</a></li><li><a href="/r/3">F1, i test in Bahrein</a></li></ul></div>
<div class="widget newsletter"><h3>Newsletter</h3><form><input type="email"><button>OK</button></form></div>
</aside>
<footer class="site-footer"><p>Chi siamo · Privacy · Cookie policy · Contatti · Pubblicità · P.IVA 01234567890 · © 2026 Editore Sport Quotidiano</p><ul class="social"><li><a href="https://facebook.com/x">Facebook</a></li>
<li><a href="https://x.com/x">X</a></li><li><a href="https://instagram.com/x">Instagram</a></li></ul></footer>
</body></html>
"""


def test_scores_widget_zone_beside_its_abbreviation_declares_no_site_zone() -> None:
    """Finding 2 (mended): an .it sports story with an NBA scores widget (`timeZone` + `timeZoneAbbr`)."""
    assert (
        _published(_DECLARED_2, "https://www.sportquotidiano-like.it/basket/eurolega/milano-ko-atene")
        == "2026-02-03T23:10:00+01:00"
    )


_DECLARED_3 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>What happens to your pots in a bisque firing | Riverbend Clay</title>
<meta name="description" content="What happens to your pots in a bisque firing.">
<meta property="og:site_name" content="Riverbend Clay">
<meta property="og:title" content="What happens to your pots in a bisque firing">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/main.css">
<meta property="og:type" content="article"><meta property="og:locale" content="en_US">
<meta property="og:url" content="https://www.riverbendclay.com/post/bisque-firing"><link rel="canonical" href="https://www.riverbendclay.com/post/bisque-firing">
<meta property="article:published_time" content="2026-02-03T15:47:00Z">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "What happens to your pots in a bisque firing", "datePublished": "2026-02-03T15:47:00Z", "author": {"@type": "Person", "name": "Maya Okonkwo"}}</script>
</head>
<body class="single">
<div id="cookie-banner" role="dialog"><p>Cookies / Privacy</p><button>OK</button></div>
<header class="site-header"><a class="logo" href="/">Riverbend Clay</a>
<nav class="main-nav" aria-label="main"><ul><li><a href="/home/">Home</a></li><li><a href="/news/">News</a></li><li><a href="/reviews/">Reviews</a></li><li><a href="/guides/">Guides</a></li><li><a href="/deals/">Deals</a></li><li><a href="/podcast/">Podcast</a></li><li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li></ul></nav>
<form class="search" action="/buscar"><input name="q" type="search"></form></header>
<main id="main">
<article><h1>What happens to your pots in a bisque firing</h1>
<p class="byline">Maya Okonkwo · <span class="date">Feb 3</span></p>
<div class="text"><p>A bisque firing takes the clay past the point of no return: the chemically bound water leaves.</p>
<p>We fire our bisque slowly through the first hours so that the last of the moisture escapes.</p>
<p>Then the kiln climbs faster until it reaches cone 04.</p></div>
<div class="embed"><script type="application/json" id="wix-warmup-data">{"appsWarmupData":{"140603ad":{"events":[{"id":"e1","title":"Pottery taster","metaSiteId":"7a1b2c3d","scheduling":{"config":{"startDate":"2026-03-01T10:00:00.000Z","timeZone":"Europe/Berlin"}}}]}}}</script><script type="application/json" id="wix-viewer-model">{"site":{"metaSiteId":"7a1b2c3d","siteRevision":214,"timeZone":"America/New_York","language":"en","locale":"en-us"}}</script></div></article>

<section class="related"><h2>+</h2><ul><li><a href="/r/0">How we test headphones</a></li><li><a href="/r/1">The best budget laptops</a></li><li><a href="/r/2">Our favourite kitchen gadgets</a></li><li><a href="/r/3">Deals of the week</a></li></ul></section>
</main>
<aside class="sidebar"><div class="widget"><h3>News</h3><ul><li><a href="/r/0">How we test headphones</a></li><li><a href="/r/1">The best budget laptops</a></li><li><a href="/r/2">Our favourite kitchen gadgets</a></li><li><a href="/r/3">Deals of the week</a></li></ul></div>
<div class="widget newsletter"><h3>Newsletter</h3><form><input type="email"><button>OK</button></form></div>
</aside>
<footer class="site-footer"><p>Privacy · Terms · Cookie settings · Contact · Advertise · © 2026 Riverbend Clay</p><ul class="social"><li><a href="https://facebook.com/x">Facebook</a></li>
<li><a href="https://x.com/x">X</a></li><li><a href="https://instagram.com/x">Instagram</a></li></ul></footer>
</body></html>
"""


def test_wix_app_warmup_zone_before_the_viewer_model_is_not_the_sites() -> None:
    """Base wrong too (mended): Wix Events' warm-up data names an event's zone (beside `metaSiteId`) before the
    `wix-viewer-model` script; only the zone after the platform's settings opener counts."""
    assert (
        _published(_DECLARED_3, "https://www.riverbendclay.com/post/bisque-firing")
        == "2026-02-03T10:47:00-05:00"
    )


_DECLARED_5 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trimming leather-hard pots | Riverbend Clay</title>
<meta name="description" content="Trimming leather-hard pots.">
<meta property="og:site_name" content="Riverbend Clay">
<meta property="og:title" content="Trimming leather-hard pots">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/main.css">
<meta property="og:type" content="article"><meta property="og:locale" content="en_US">
<meta property="og:url" content="https://www.riverbendclay.com/post/trimming"><link rel="canonical" href="https://www.riverbendclay.com/post/trimming">
<meta property="article:published_time" content="2026-02-03T15:47:00Z">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Trimming leather-hard pots", "datePublished": "2026-02-03T15:47:00Z", "author": {"@type": "Person", "name": "Maya Okonkwo"}}</script>
</head>
<body class="single">
<div id="cookie-banner" role="dialog"><p>Cookies / Privacy</p><button>OK</button></div>
<header class="site-header"><a class="logo" href="/">Riverbend Clay</a>
<nav class="main-nav" aria-label="main"><ul><li><a href="/home/">Home</a></li><li><a href="/news/">News</a></li><li><a href="/reviews/">Reviews</a></li><li><a href="/guides/">Guides</a></li><li><a href="/deals/">Deals</a></li><li><a href="/podcast/">Podcast</a></li><li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li></ul></nav>
<form class="search" action="/buscar"><input name="q" type="search"></form></header>
<main id="main">
<article><h1>Trimming leather-hard pots</h1>
<p class="byline">Maya Okonkwo · <span class="date">Feb 3</span></p>
<div class="text"><p>A bisque firing takes the clay past the point of no return: the chemically bound water leaves.</p>
<p>We fire our bisque slowly through the first hours so that the last of the moisture escapes.</p>
<p>Then the kiln climbs faster until it reaches cone 04.</p></div>
<div class="embed"><script>window.viewerModel = JSON.parse("{\\"site\\":{\\"metaSiteId\\":\\"7a1b\\",\\"siteRevision\\":214,\\"timeZone\\":\\"America/New_York\\"}}");</script></div></article>

<section class="related"><h2>+</h2><ul><li><a href="/r/0">How we test headphones</a></li><li><a href="/r/1">The best budget laptops</a></li><li><a href="/r/2">Our favourite kitchen gadgets</a></li><li><a href="/r/3">Deals of the week</a></li></ul></section>
</main>
<aside class="sidebar"><div class="widget"><h3>News</h3><ul><li><a href="/r/0">How we test headphones</a></li><li><a href="/r/1">The best budget laptops</a></li><li><a href="/r/2">Our favourite kitchen gadgets</a></li><li><a href="/r/3">Deals of the week</a></li></ul></div>
<div class="widget newsletter"><h3>Newsletter</h3><form><input type="email"><button>OK</button></form></div>
</aside>
<footer class="site-footer"><p>Privacy · Terms · Cookie settings · Contact · Advertise · © 2026 Riverbend Clay</p><ul class="social"><li><a href="https://facebook.com/x">Facebook</a></li>
<li><a href="https://x.com/x">X</a></li><li><a href="https://instagram.com/x">Instagram</a></li></ul></footer>
</body></html>
"""


def test_wix_viewer_model_in_a_json_parse_string_declares_the_zone() -> None:
    """Should fire (mended): the Wix viewer model inside `JSON.parse("...")` with escaped quotes."""
    assert (
        _published(_DECLARED_5, "https://www.riverbendclay.com/post/trimming") == "2026-02-03T10:47:00-05:00"
    )


_HUBSPOT_1 = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hybride warmtepomp in een jaren-30-woning | Blog</title>
<meta name="description" content="Hybride warmtepomp in een jaren-30-woning.">
<meta property="og:site_name" content="Blog">
<meta property="og:title" content="Hybride warmtepomp in een jaren-30-woning">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/main.css">
<meta name="generator" content="HubSpot">
<meta property="og:type" content="article"><meta property="og:url" content="https://www.warmteplan-like.nl/blog/hybride-warmtepomp">
<link rel="canonical" href="https://www.warmteplan-like.nl/blog/hybride-warmtepomp">
<link rel="stylesheet" href="//7052064.fs1.hubspotusercontent-na1.net/hubfs/7052064/hub_generated/template_assets/1/main.min.css">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>

</head>
<body class="single">
<div id="cookie-banner" role="dialog"><p>Cookies / Privacy</p><button>OK</button></div>
<header class="site-header"><a class="logo" href="/">Blog</a>
<nav class="main-nav" aria-label="main"><ul><li><a href="/home/">Home</a></li><li><a href="/nieuws/">Nieuws</a></li><li><a href="/diensten/">Diensten</a></li><li><a href="/blog/">Blog</a></li><li><a href="/over-ons/">Over ons</a></li><li><a href="/vacatures/">Vacatures</a></li><li><a href="/contact/">Contact</a></li><li><a href="/inloggen/">Inloggen</a></li></ul></nav>
<form class="search" action="/buscar"><input name="q" type="search"></form></header>
<main id="main">
<div class="body-container-wrapper"><article class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field">Hybride warmtepomp in een jaren-30-woning</span></h1>
<div class="blog-post__meta"><a class="blog-post__author-name" href="/blog/author/x">Sanne de Vries</a>
<time class="blog-post__timestamp" datetime="2026-02-03 14:32">3 februari 2026 om 14:32</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper"><p>Een hybride warmtepomp bespaart in een jaren-30-woning gemiddeld de helft van het gasverbruik, mits de woning eerst fatsoenlijk geïsoleerd is en de radiatoren groot genoeg zijn.</p>
<p>Bij onze klanten meten we de aanvoertemperatuur op de koudste dagen: blijft die onder de 55 graden, dan kan de warmtepomp het grootste deel van het jaar zelfstandig het huis verwarmen.</p>
<p>De subsidie voor 2026 is verhoogd, en wie voor 1 juli aanvraagt krijgt ook een deel van de installatiekosten vergoed. Vraag altijd eerst een warmteverliesberekening aan.</p></span></div>
</article></div>
<script src="/hs/scriptloader/7052064.js"></script>

<section class="related"><h2>+</h2><ul><li><a href="/r/0">Warmtepomp en zonnepanelen combineren</a></li><li><a href="/r/1">Subsidie isolatie 2026</a></li><li><a href="/r/2">Zo werkt saldering</a></li><li><a href="/r/3">Vloerverwarming</a></li></ul></section>
</main>
<aside class="sidebar"><div class="widget"><h3>Nieuws</h3><ul><li><a href="/r/0">Warmtepomp en zonnepanelen combineren</a></li><li><a href="/r/1">Subsidie isolatie 2026</a></li><li><a href="/r/2">Zo werkt saldering</a></li><li><a href="/r/3">Vloerverwarming</a></li></ul></div>
<div class="widget newsletter"><h3>Newsletter</h3><form><input type="email"><button>OK</button></form></div>
</aside>
<footer class="site-footer"><p>Privacyverklaring · Cookies · Algemene voorwaarden · KvK 12345678 · © 2026 Blog</p><ul class="social"><li><a href="https://facebook.com/x">Facebook</a></li>
<li><a href="https://x.com/x">X</a></li><li><a href="https://instagram.com/x">Instagram</a></li></ul></footer>
</body></html>
"""


def test_hubspot_stamp_whose_wall_clock_is_shown_is_local() -> None:
    """Finding 6 (mended): a HubSpot theme writes the zoneless stamp in the portal's zone and shows the same wall
    clock (`om 14:32`): the shown local time wins, the stamp is not read as UTC."""
    assert (
        _published(_HUBSPOT_1, "https://www.warmteplan-like.nl/blog/hybride-warmtepomp")
        == "2026-02-03T14:32:00+01:00"
    )


_PRODUCT_2 = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Stichsäge PS 700 im Test: Sauber geführt, laut im Betrieb | Werkzeug-Tester</title>
<meta name="description" content="Stichsäge PS 700 im Test: Sauber geführt, laut im Betrieb.">
<meta property="og:site_name" content="Werkzeug-Tester">
<meta property="og:title" content="Stichsäge PS 700 im Test: Sauber geführt, laut im Betrieb">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/main.css">
<meta property="og:type" content="website">
<meta property="og:url" content="https://www.werkzeug-tester.de/tests/stichsaege-ps-700"><link rel="canonical" href="https://www.werkzeug-tester.de/tests/stichsaege-ps-700">

<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Product", "name": "PS 700", "brand": "Werkmann", "aggregateRating": {"@type": "AggregateRating", "ratingValue": 4.2, "reviewCount": 57}, "review": {"@type": "Review", "author": {"@type": "Person", "name": "Jonas Brandt"}, "datePublished": "2026-01-28", "reviewRating": {"@type": "Rating", "ratingValue": 4}}, "offers": {"@type": "Offer", "price": "89.00", "priceCurrency": "EUR", "priceValidUntil": "2026-12-31"}}</script>
</head>
<body class="single">
<div id="cookie-banner" role="dialog"><p>Cookies / Privacy</p><button>OK</button></div>
<header class="site-header"><a class="logo" href="/">Werkzeug-Tester</a>
<nav class="main-nav" aria-label="main"><ul><li><a href="/startseite/">Startseite</a></li><li><a href="/politik/">Politik</a></li><li><a href="/wirtschaft/">Wirtschaft</a></li><li><a href="/sport/">Sport</a></li><li><a href="/kultur/">Kultur</a></li><li><a href="/digital/">Digital</a></li><li><a href="/meinung/">Meinung</a></li><li><a href="/archiv/">Archiv</a></li></ul></nav>
<form class="search" action="/buscar"><input name="q" type="search"></form></header>
<main id="main">
<article class="test-article">
<nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/tests/">Tests</a></nav>
<h1>Stichsäge PS 700 im Test: Sauber geführt, laut im Betrieb</h1>
<div class="meta"><span class="author">Von <a href="/autor/">Jonas Brandt</a></span>
<time class="published">28. Januar 2026</time></div>
<div class="rating-box"><span class="score">4,5 / 5</span><ul class="pros"><li>+ Akkulaufzeit</li></ul></div>
<div class="content"><p>Der Stichsäge kommt in einem stabilen Koffer mit zwei 4-Ah-Akkus, Schnellladegerät und einem Bit-Satz. Schon beim ersten Griff fällt auf, wie gut das Gewicht zwischen Motor und Akku verteilt ist.</p>
<p>Im Praxistest haben wir 200 Spax-Schrauben in Fichte versenkt: Mit einer Akkuladung schaffte das Gerät knapp 160 Stück, bevor die Elektronik die Leistung drosselte. Das ist ein guter Wert in dieser Klasse.</p>
<p>Schwächen zeigt der Säge beim Bohren in Beton, wofür er aber auch nicht gedacht ist. Die LED-Leuchte ist hell, wirft aber bei langen Bits einen Schatten auf die Schraubstelle.</p>
<p>Fazit: Für Heimwerker, die vor allem Möbel aufbauen und Holz verschrauben, ist das Gerät eine klare Empfehlung. Wer regelmäßig in Stein bohrt, greift besser zur Schlagbohrvariante.</p></div>
<div class="price-widget"><h3>Preisvergleich</h3><ul>
<li>Shop A · 129,00 € · lieferbar ab 12.01.2026</li><li>Shop B · 134,90 € · Angebot gültig bis 31.01.2026</li></ul></div>
</article>

<section class="related"><h2>+</h2><ul><li><a href="/r/0">Stadtrat beschließt neuen Radweg</a></li><li><a href="/r/1">Bahn kündigt Bauarbeiten an</a></li><li><a href="/r/2">Neue Kita in der Weststadt</a></li><li><a href="/r/3">Wochenmarkt zieht um</a></li></ul></section>
</main>
<aside class="sidebar"><div class="widget"><h3>Politik</h3><ul><li><a href="/r/0">Stadtrat beschließt neuen Radweg</a></li><li><a href="/r/1">Bahn kündigt Bauarbeiten an</a></li><li><a href="/r/2">Neue Kita in der Weststadt</a></li><li><a href="/r/3">Wochenmarkt zieht um</a></li></ul></div>
<div class="widget newsletter"><h3>Newsletter</h3><form><input type="email"><button>OK</button></form></div>
</aside>
<footer class="site-footer"><p>Impressum · Datenschutz · Cookie-Einstellungen · AGB · Kontakt · Mediadaten · © 2026 Verlag Werkzeug-Tester</p><ul class="social"><li><a href="https://facebook.com/x">Facebook</a></li>
<li><a href="https://x.com/x">X</a></li><li><a href="https://instagram.com/x">Instagram</a></li></ul></footer>
</body></html>
"""


def test_review_page_with_product_jsonld_and_no_shop_form_keeps_its_date() -> None:
    """Finding 3 (mended): a German test/review page (og:type website, JSON-LD Product with a nested review) has
    no buy form: no product page, its shown day is kept."""
    assert (
        _published_day(_PRODUCT_2, "https://www.werkzeug-tester.de/tests/stichsaege-ps-700") == "2026-01-28"
    )


_PRODUCT_3 = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Le Pixel 10a est officiel : prix, date de sortie et fiche technique | Techno Actu</title>
<meta name="description" content="Le Pixel 10a est officiel : prix, date de sortie et fiche technique.">
<meta property="og:site_name" content="Techno Actu">
<meta property="og:title" content="Le Pixel 10a est officiel : prix, date de sortie et fiche technique">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/main.css">

<meta property="og:url" content="https://www.techno-actu.fr/actualites/pixel-10a-lancement-prix-date-12345.html"><link rel="canonical" href="https://www.techno-actu.fr/actualites/pixel-10a-lancement-prix-date-12345.html">
<meta name="pubdate" content="20260203T180500">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Product", "name": "Pixel 10a", "brand": "Google", "releaseDate": "2026-03-12", "offers": {"@type": "Offer", "price": "499", "priceCurrency": "EUR", "availabilityStarts": "2026-03-12"}}</script>
</head>
<body class="single">
<div id="cookie-banner" role="dialog"><p>Cookies / Privacy</p><button>OK</button></div>
<header class="site-header"><a class="logo" href="/">Techno Actu</a>
<nav class="main-nav" aria-label="main"><ul><li><a href="/accueil/">Accueil</a></li><li><a href="/actualités/">Actualités</a></li><li><a href="/tech/">Tech</a></li><li><a href="/tests/">Tests</a></li><li><a href="/guides-d'achat/">Guides d'achat</a></li><li><a href="/bons-plans/">Bons plans</a></li><li><a href="/vidéos/">Vidéos</a></li><li><a href="/forum/">Forum</a></li></ul></nav>
<form class="search" action="/buscar"><input name="q" type="search"></form></header>
<main id="main">
<article class="test-article">
<nav class="breadcrumb"><a href="/">Accueil</a> › <a href="/tests/">Tests</a></nav>
<h1>Le Pixel 10a est officiel : prix, date de sortie et fiche technique</h1>
<div class="meta"><span class="author"><a href="/autor/">Claire Dubois</a></span>
<time class="published">Publié le 3 février 2026 à 18h05</time></div>
<div class="rating-box"><span class="score">4,5 / 5</span><ul class="pros"><li>+ Akkulaufzeit</li></ul></div>
<div class="content"><p>Google a présenté ce mardi le Pixel 10a, son smartphone d'entrée de gamme, qui reprend la puce du Pixel 10 et son appareil photo principal de 48 mégapixels.</p>
<p>Le téléphone sera disponible en France à partir du 12 mars au prix de 499 euros, soit cinquante euros de plus que le modèle de l'an dernier, en trois coloris.</p>
<p>Les précommandes ouvrent dès aujourd'hui sur le Google Store, avec une paire d'écouteurs offerte jusqu'à la fin du mois de février.</p>
<p>Nous publierons notre test complet dans les prochaines semaines, après avoir pu utiliser l'appareil au quotidien.</p></div>
<div class="price-widget"><h3>Preisvergleich</h3><ul>
<li>Shop A · 129,00 € · lieferbar ab 12.01.2026</li><li>Shop B · 134,90 € · Angebot gültig bis 31.01.2026</li></ul></div>
</article>

<section class="related"><h2>+</h2><ul><li><a href="/r/0">Test du Pixel 10 : le meilleur photophone ?</a></li><li><a href="/r/1">Les meilleurs aspirateurs robots en 2026</a></li><li><a href="/r/2">Bon plan : la PS5 à prix cassé</a></li><li><a href="/r/3">Comparatif des box internet</a></li></ul></section>
</main>
<aside class="sidebar"><div class="widget"><h3>Actualités</h3><ul><li><a href="/r/0">Test du Pixel 10 : le meilleur photophone ?</a></li><li><a href="/r/1">Les meilleurs aspirateurs robots en 2026</a></li><li><a href="/r/2">Bon plan : la PS5 à prix cassé</a></li><li><a href="/r/3">Comparatif des box internet</a></li></ul></div>
<div class="widget newsletter"><h3>Newsletter</h3><form><input type="email"><button>OK</button></form></div>
</aside>
<footer class="site-footer"><p>Mentions légales · Confidentialité · Cookies · Contact · Publicité · © 2026 Éditions Techno Actu</p><ul class="social"><li><a href="https://facebook.com/x">Facebook</a></li>
<li><a href="https://x.com/x">X</a></li><li><a href="https://instagram.com/x">Instagram</a></li></ul></footer>
</body></html>
"""


def test_launch_story_whose_only_jsonld_is_a_product_keeps_its_date() -> None:
    """Finding 4 (mended): a French launch story whose only JSON-LD is the Product keeps its `pubdate` meta."""
    assert (
        _published(
            _PRODUCT_3, "https://www.techno-actu.fr/actualites/pixel-10a-lancement-prix-date-12345.html"
        )
        == "2026-02-03T18:05:00+01:00"
    )


_PRODUCT_7 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sourdough focaccia with rosemary and sea salt | Baking with Nonna</title>
<meta name="description" content="Sourdough focaccia with rosemary and sea salt.">
<meta property="og:site_name" content="Baking with Nonna">
<meta property="og:title" content="Sourdough focaccia with rosemary and sea salt">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/main.css">

<meta property="og:url" content="https://www.bakingwithnonna-like.com/2026/02/sourdough-focaccia/"><link rel="canonical" href="https://www.bakingwithnonna-like.com/2026/02/sourdough-focaccia/">
<meta name="generator" content="WordPress 6.7.1">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Product", "name": "Mixmaster 5 Stand Mixer", "brand": {"@type": "Brand", "name": "Mixmaster"}, "image": "https://m.media-amazon.com/images/I/x.jpg", "offers": {"@type": "Offer", "price": "349.00", "priceCurrency": "USD", "priceValidUntil": "2026-02-04", "url": "https://www.amazon.com/dp/B000000?tag=nonna-20"}}</script>
</head>
<body class="single">
<div id="cookie-banner" role="dialog"><p>Cookies / Privacy</p><button>OK</button></div>
<header class="site-header"><a class="logo" href="/">Baking with Nonna</a>
<nav class="main-nav" aria-label="main"><ul><li><a href="/home/">Home</a></li><li><a href="/news/">News</a></li><li><a href="/reviews/">Reviews</a></li><li><a href="/guides/">Guides</a></li><li><a href="/deals/">Deals</a></li><li><a href="/podcast/">Podcast</a></li><li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li></ul></nav>
<form class="search" action="/buscar"><input name="q" type="search"></form></header>
<main id="main">
<article class="test-article">
<nav class="breadcrumb"><a href="/">Home</a> › <a href="/tests/">Tests</a></nav>
<h1>Sourdough focaccia with rosemary and sea salt</h1>
<div class="meta"><span class="author"><a href="/autor/">Giulia Romano</a></span>
<time class="published">February 3, 2026</time></div>
<div class="rating-box"><span class="score">4,5 / 5</span><ul class="pros"><li>+ Akkulaufzeit</li></ul></div>
<div class="content"><p>This focaccia is the bread I bake when friends come over on short notice: the dough is mixed the night before and does most of its work in the fridge while I sleep.</p>
<p>The trick is a very wet dough, about 85 percent hydration, and plenty of olive oil in the tin so the bottom fries to a crisp golden crust in a hot oven.</p>
<p>I knead it in my old stand mixer with the dough hook for eight minutes, then fold it by hand twice.</p></div>
<div class="price-widget"><h3>Preisvergleich</h3><ul>
<li>Shop A · 129,00 € · lieferbar ab 12.01.2026</li><li>Shop B · 134,90 € · Angebot gültig bis 31.01.2026</li></ul></div>
</article>

<section class="related"><h2>+</h2><ul><li><a href="/r/0">How we test headphones</a></li><li><a href="/r/1">The best budget laptops</a></li><li><a href="/r/2">Our favourite kitchen gadgets</a></li><li><a href="/r/3">Deals of the week</a></li></ul></section>
</main>
<aside class="sidebar"><div class="widget"><h3>News</h3><ul><li><a href="/r/0">How we test headphones</a></li><li><a href="/r/1">The best budget laptops</a></li><li><a href="/r/2">Our favourite kitchen gadgets</a></li><li><a href="/r/3">Deals of the week</a></li></ul></div>
<div class="widget newsletter"><h3>Newsletter</h3><form><input type="email"><button>OK</button></form></div>
</aside>
<footer class="site-footer"><p>Privacy · Terms · Cookie settings · Contact · Advertise · © 2026 Baking with Nonna</p><ul class="social"><li><a href="https://facebook.com/x">Facebook</a></li>
<li><a href="https://x.com/x">X</a></li><li><a href="https://instagram.com/x">Instagram</a></li></ul></footer>
</body></html>
"""


def test_food_blog_with_affiliate_product_box_keeps_its_date() -> None:
    """Finding 5 (mended): a WordPress food blog without an SEO plugin whose affiliate box (AAWP/Lasso) prints a
    Product JSON-LD: no cart form, so an article."""
    assert (
        _published_day(_PRODUCT_7, "https://www.bakingwithnonna-like.com/2026/02/sourdough-focaccia/")
        == "2026-02-03"
    )


_PRODUCT_6 = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Grüner Tee Sencha Bio 100 g | Teeladen</title>
<meta name="description" content="Grüner Tee Sencha Bio 100 g.">
<meta property="og:site_name" content="Teeladen">
<meta property="og:title" content="Grüner Tee Sencha Bio 100 g">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/main.css">
<meta property="og:type" content="product">
<meta property="og:url" content="https://www.teeladen-like.de/products/gruener-tee-sencha"><link rel="canonical" href="https://www.teeladen-like.de/products/gruener-tee-sencha">
<script type="application/json" data-section="featured-blog">{"articles":[{"title":"Matcha richtig aufschlagen","published_at":"2026-11-20T09:00:00+01:00","url":"/blogs/news/matcha"}]}</script><script>var meta = {"product":{"id":812,"gid":"gid://shopify/Product/812","vendor":"Teeladen","type":"Tee","published_at":"2025-04-02T10:00:00+02:00","variants":[{"price":990}]}};</script><meta name="generator" content="Shopify">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Product", "name": "Grüner Tee Sencha Bio 100 g", "offers": {"@type": "Offer", "price": "9.90", "priceCurrency": "EUR"}}</script>
</head>
<body class="single">
<div id="cookie-banner" role="dialog"><p>Cookies / Privacy</p><button>OK</button></div>
<header class="site-header"><a class="logo" href="/">Teeladen</a>
<nav class="main-nav" aria-label="main"><ul><li><a href="/startseite/">Startseite</a></li><li><a href="/politik/">Politik</a></li><li><a href="/wirtschaft/">Wirtschaft</a></li><li><a href="/sport/">Sport</a></li><li><a href="/kultur/">Kultur</a></li><li><a href="/digital/">Digital</a></li><li><a href="/meinung/">Meinung</a></li><li><a href="/archiv/">Archiv</a></li></ul></nav>
<form class="search" action="/buscar"><input name="q" type="search"></form></header>
<main id="main">
<article class="test-article">
<nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/tests/">Tests</a></nav>
<h1>Grüner Tee Sencha Bio 100 g</h1>
<div class="meta"><span class="author">Von <a href="/autor/">Teeladen</a></span>
<time class="published"></time></div>
<div class="rating-box"><span class="score">4,5 / 5</span><ul class="pros"><li>+ Akkulaufzeit</li></ul></div>
<div class="content"><p>Japanischer Sencha aus biologischem Anbau, frisch und grasig mit leicht süßem Abgang.</p>
<p>Zubereitung: 2 Teelöffel auf 250 ml, 70 °C, 1-2 Minuten ziehen lassen.</p>
<p>Wiederaufguss bis zu dreimal möglich.</p></div>
<div class="price-widget"><h3>Preisvergleich</h3><ul>
<li>Shop A · 129,00 € · lieferbar ab 12.01.2026</li><li>Shop B · 134,90 € · Angebot gültig bis 31.01.2026</li></ul></div>
</article>

<section class="related"><h2>+</h2><ul><li><a href="/r/0">Stadtrat beschließt neuen Radweg</a></li><li><a href="/r/1">Bahn kündigt Bauarbeiten an</a></li><li><a href="/r/2">Neue Kita in der Weststadt</a></li><li><a href="/r/3">Wochenmarkt zieht um</a></li></ul></section>
</main>
<aside class="sidebar"><div class="widget"><h3>Politik</h3><ul><li><a href="/r/0">Stadtrat beschließt neuen Radweg</a></li><li><a href="/r/1">Bahn kündigt Bauarbeiten an</a></li><li><a href="/r/2">Neue Kita in der Weststadt</a></li><li><a href="/r/3">Wochenmarkt zieht um</a></li></ul></div>
<div class="widget newsletter"><h3>Newsletter</h3><form><input type="email"><button>OK</button></form></div>
</aside>
<footer class="site-footer"><p>Impressum · Datenschutz · Cookie-Einstellungen · AGB · Kontakt · Mediadaten · © 2026 Verlag Teeladen</p><ul class="social"><li><a href="https://facebook.com/x">Facebook</a></li>
<li><a href="https://x.com/x">X</a></li><li><a href="https://instagram.com/x">Instagram</a></li></ul></footer>
</body></html>
"""


def test_shopify_product_record_stamp_not_the_featured_blogs() -> None:
    """Base wrong too (mended): a featured-blog section's JSON `published_at` comes before the Shopify product
    record; only the stamp with the product's `"vendor"` beside it is the product's."""
    assert (
        _published(_PRODUCT_6, "https://www.teeladen-like.de/products/gruener-tee-sencha")
        == "2025-04-02T10:00:00+02:00"
    )


_ZONE_4 = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Canarias recibe la llegada récord de cayucos en enero | El Periódico Nacional</title>
<meta name="description" content="Canarias recibe la llegada récord de cayucos en enero.">
<meta property="og:site_name" content="El Periódico Nacional">
<meta property="og:title" content="Canarias recibe la llegada récord de cayucos en enero">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/main.css">
<meta property="og:type" content="article">
<meta property="og:locale" content="es_ES">
<meta property="og:url" content="https://www.elperiodico-nacional.es/sociedad/20260203/canarias-recibe-llegada-record-cayucos-9911.html"><link rel="canonical" href="https://www.elperiodico-nacional.es/sociedad/20260203/canarias-recibe-llegada-record-cayucos-9911.html">
<meta property="article:published_time" content="2026-02-03T11:05:00Z">
<meta property="article:modified_time" content="2026-02-03T11:05:00Z">
<meta property="article:section" content="Sociedad">
<meta name="author" content="Laura Gómez">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Canarias recibe la llegada récord de cayucos en enero", "datePublished": "2026-02-03T11:05:00Z", "dateModified": "2026-02-03T11:05:00Z", "inLanguage": "es", "author": [{"@type": "Person", "name": "Laura Gómez"}], "publisher": {"@type": "Organization", "name": "El Periódico Nacional"}, "mainEntityOfPage": "https://www.elperiodico-nacional.es/sociedad/20260203/canarias-recibe-llegada-record-cayucos-9911.html"}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="elperiódiconacional";Fusion.deployment="812";</script>
</head>
<body class="single">
<div id="cookie-banner" role="dialog"><p>Cookies / Privacy</p><button>OK</button></div>
<header class="site-header"><a class="logo" href="/">El Periódico Nacional</a>
<nav class="main-nav" aria-label="main"><ul><li><a href="/portada/">Portada</a></li><li><a href="/sociedad/">Sociedad</a></li><li><a href="/política/">Política</a></li><li><a href="/deportes/">Deportes</a></li><li><a href="/cultura/">Cultura</a></li><li><a href="/economía/">Economía</a></li><li><a href="/opinión/">Opinión</a></li><li><a href="/hemeroteca/">Hemeroteca</a></li></ul></nav>
<form class="search" action="/buscar"><input name="q" type="search"></form></header>
<main id="main">
<article class="article">
<nav class="breadcrumb"><a href="/">Portada</a> › <a href="/sociedad/">Sociedad</a></nav>
<h1 class="headline">Canarias recibe la llegada récord de cayucos en enero</h1>
<h2 class="subheadline">El Ministerio del Interior ha informado este martes en Madrid de que las llegadas de cayuc…</h2>
<div class="byline"><span class="author"><a href="/autor/x/">Laura Gómez</a></span>
<span class="date">3 feb 2026</span></div>
<figure><img src="/img/1.jpg" alt=""><figcaption>Foto: El Periódico Nacional</figcaption></figure>
<div class="article-body"><p>El Ministerio del Interior ha informado este martes en Madrid de que las llegadas de cayucos a Canarias se triplicaron en enero respecto al mismo mes del año anterior.</p>
<p>El Gobierno central y el Ejecutivo autonómico se reunirán el jueves en la sede del ministerio para acordar el reparto de menores no acompañados entre las comunidades autónomas.</p>
<p>Las organizaciones humanitarias piden más medios de salvamento en la ruta atlántica, la más peligrosa del mundo según los datos de la Organización Internacional para las Migraciones.</p></div>
<div class="share"><a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">X</a></div>
</article>

<section class="related"><h2>+</h2><ul><li><a href="/r/0">El Cabildo aprueba el presupuesto de carreteras</a></li><li><a href="/r/1">La ocupación hotelera roza el 90 % en febrero</a></li><li><a href="/r/2">Nuevo horario de guaguas en el área metropolitana</a></li><li><a href="/r/3">El puerto recibe tres cruceros en un día</a></li></ul></section>
</main>
<aside class="sidebar"><div class="widget"><h3>Sociedad</h3><ul><li><a href="/r/0">El Cabildo aprueba el presupuesto de carreteras</a></li><li><a href="/r/1">La ocupación hotelera roza el 90 % en febrero</a></li><li><a href="/r/2">Nuevo horario de guaguas en el área metropolitana</a></li><li><a href="/r/3">El puerto recibe tres cruceros en un día</a></li></ul></div>
<div class="widget newsletter"><h3>Newsletter</h3><form><input type="email"><button>OK</button></form></div>
</aside>
<footer class="site-footer"><p>Aviso legal · Política de privacidad · Política de cookies · Contacto · Publicidad · © 2026 Editorial El Periódico Nacional</p><ul class="social"><li><a href="https://facebook.com/x">Facebook</a></li>
<li><a href="https://x.com/x">X</a></li><li><a href="https://instagram.com/x">Instagram</a></li></ul></footer>
</body></html>
"""


def test_national_daily_whose_slug_names_the_canaries_takes_madrid() -> None:
    """Should fire (mended): the minority region is looked for in the host and section folders, not in the
    story's slug (`canarias-recibe-...` on a Madrid daily)."""
    assert (
        _published(
            _ZONE_4,
            "https://www.elperiodico-nacional.es/sociedad/20260203/canarias-recibe-llegada-record-cayucos-9911.html",
        )
        == "2026-02-03T12:05:00+01:00"
    )


_HUBSPOT_5 = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Förderung für Stromspeicher 2026 | Blog</title>
<meta name="description" content="Förderung für Stromspeicher 2026.">
<meta property="og:site_name" content="Blog">
<meta property="og:title" content="Förderung für Stromspeicher 2026">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/main.css">
<meta name="generator" content="HubSpot">
<meta property="og:type" content="article"><meta property="og:url" content="https://www.solar-planer-like.com/de/blog/speicher-foerderung">
<link rel="canonical" href="https://www.solar-planer-like.com/de/blog/speicher-foerderung">
<link rel="stylesheet" href="//7052064.fs1.hubspotusercontent-na1.net/hubfs/7052064/hub_generated/template_assets/1/main.min.css">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<meta property="og:locale" content="de_DE">
</head>
<body class="single">
<div id="cookie-banner" role="dialog"><p>Cookies / Privacy</p><button>OK</button></div>
<header class="site-header"><a class="logo" href="/">Blog</a>
<nav class="main-nav" aria-label="main"><ul><li><a href="/startseite/">Startseite</a></li><li><a href="/politik/">Politik</a></li><li><a href="/wirtschaft/">Wirtschaft</a></li><li><a href="/sport/">Sport</a></li><li><a href="/kultur/">Kultur</a></li><li><a href="/digital/">Digital</a></li><li><a href="/meinung/">Meinung</a></li><li><a href="/archiv/">Archiv</a></li></ul></nav>
<form class="search" action="/buscar"><input name="q" type="search"></form></header>
<main id="main">
<div class="body-container-wrapper"><article class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field">Förderung für Stromspeicher 2026</span></h1>
<div class="blog-post__meta"><a class="blog-post__author-name" href="/blog/author/x">Lena Vogt</a>
<time class="blog-post__timestamp" datetime="2026-02-03 13:32:00">3. Februar 2026, 14:32 Uhr</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper"><p>Wer eine Photovoltaikanlage ohne Speicher betreibt, kann ihn fast immer nachrüsten.</p>
<p>Entscheidend ist, ob der Wechselrichter einen Batterieeingang hat oder ein AC-gekoppelter Speicher nötig ist.</p>
<p>Wir zeigen, welche Variante sich bei welchem Verbrauch rechnet.</p></span></div>
</article></div>
<script src="/hs/scriptloader/7052064.js"></script>

<section class="related"><h2>+</h2><ul><li><a href="/r/0">Stadtrat beschließt neuen Radweg</a></li><li><a href="/r/1">Bahn kündigt Bauarbeiten an</a></li><li><a href="/r/2">Neue Kita in der Weststadt</a></li><li><a href="/r/3">Wochenmarkt zieht um</a></li></ul></section>
</main>
<aside class="sidebar"><div class="widget"><h3>Politik</h3><ul><li><a href="/r/0">Stadtrat beschließt neuen Radweg</a></li><li><a href="/r/1">Bahn kündigt Bauarbeiten an</a></li><li><a href="/r/2">Neue Kita in der Weststadt</a></li><li><a href="/r/3">Wochenmarkt zieht um</a></li></ul></div>
<div class="widget newsletter"><h3>Newsletter</h3><form><input type="email"><button>OK</button></form></div>
</aside>
<footer class="site-footer"><p>Impressum · Datenschutz · Cookie-Einstellungen · AGB · Kontakt · Mediadaten · © 2026 Verlag Blog</p><ul class="social"><li><a href="https://facebook.com/x">Facebook</a></li>
<li><a href="https://x.com/x">X</a></li><li><a href="https://instagram.com/x">Instagram</a></li></ul></footer>
</body></html>
"""


def test_hubspot_stamp_an_hour_off_the_shown_time_is_still_utc() -> None:
    """Still fires: the date line shows 14:32 while the zoneless stamp says 13:32: the stamp is UTC (HubSpot's
    default) and the shown 14:32 puts it in +01:00."""
    assert (
        _published(_HUBSPOT_5, "https://www.solar-planer-like.com/de/blog/speicher-foerderung")
        == "2026-02-03T14:32:00+01:00"
    )


_DECLARED_4 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Glaze day notes | Riverbend Clay</title>
<meta name="description" content="Glaze day notes.">
<meta property="og:site_name" content="Riverbend Clay">
<meta property="og:title" content="Glaze day notes">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/main.css">
<meta property="og:type" content="article"><meta property="og:locale" content="en_US">
<meta property="og:url" content="https://www.riverbendclay.com/blog/glaze-day"><link rel="canonical" href="https://www.riverbendclay.com/blog/glaze-day">
<meta property="article:published_time" content="2026-02-03T15:47:00Z">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Glaze day notes", "datePublished": "2026-02-03T15:47:00Z", "author": {"@type": "Person", "name": "Maya Okonkwo"}}</script>
</head>
<body class="single">
<div id="cookie-banner" role="dialog"><p>Cookies / Privacy</p><button>OK</button></div>
<header class="site-header"><a class="logo" href="/">Riverbend Clay</a>
<nav class="main-nav" aria-label="main"><ul><li><a href="/home/">Home</a></li><li><a href="/news/">News</a></li><li><a href="/reviews/">Reviews</a></li><li><a href="/guides/">Guides</a></li><li><a href="/deals/">Deals</a></li><li><a href="/podcast/">Podcast</a></li><li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li></ul></nav>
<form class="search" action="/buscar"><input name="q" type="search"></form></header>
<main id="main">
<article><h1>Glaze day notes</h1>
<p class="byline">Maya Okonkwo · <span class="date">February 3, 2026</span></p>
<div class="text"><p>A bisque firing takes the clay past the point of no return: the chemically bound water leaves.</p>
<p>We fire our bisque slowly through the first hours so that the last of the moisture escapes.</p>
<p>Then the kiln climbs faster until it reaches cone 04.</p></div>
<div class="embed"><script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"57","identifier":"riverbend","siteTitle":"Riverbend Clay","k0":"xxxxxxxxxxxxxxxxxxxx","k1":"xxxxxxxxxxxxxxxxxxxx","k2":"xxxxxxxxxxxxxxxxxxxx","k3":"xxxxxxxxxxxxxxxxxxxx","k4":"xxxxxxxxxxxxxxxxxxxx","k5":"xxxxxxxxxxxxxxxxxxxx","k6":"xxxxxxxxxxxxxxxxxxxx","k7":"xxxxxxxxxxxxxxxxxxxx","k8":"xxxxxxxxxxxxxxxxxxxx","k9":"xxxxxxxxxxxxxxxxxxxx","k10":"xxxxxxxxxxxxxxxxxxxx","k11":"xxxxxxxxxxxxxxxxxxxx","k12":"xxxxxxxxxxxxxxxxxxxx","k13":"xxxxxxxxxxxxxxxxxxxx","k14":"xxxxxxxxxxxxxxxxxxxx","k15":"xxxxxxxxxxxxxxxxxxxx","k16":"xxxxxxxxxxxxxxxxxxxx","k17":"xxxxxxxxxxxxxxxxxxxx","k18":"xxxxxxxxxxxxxxxxxxxx","k19":"xxxxxxxxxxxxxxxxxxxx","k20":"xxxxxxxxxxxxxxxxxxxx","k21":"xxxxxxxxxxxxxxxxxxxx","k22":"xxxxxxxxxxxxxxxxxxxx","k23":"xxxxxxxxxxxxxxxxxxxx","k24":"xxxxxxxxxxxxxxxxxxxx","k25":"xxxxxxxxxxxxxxxxxxxx","k26":"xxxxxxxxxxxxxxxxxxxx","k27":"xxxxxxxxxxxxxxxxxxxx","k28":"xxxxxxxxxxxxxxxxxxxx","k29":"xxxxxxxxxxxxxxxxxxxx","timeZone":"America/Chicago","timeZoneOffset":-21600000}};</script></div></article>

<section class="related"><h2>+</h2><ul><li><a href="/r/0">How we test headphones</a></li><li><a href="/r/1">The best budget laptops</a></li><li><a href="/r/2">Our favourite kitchen gadgets</a></li><li><a href="/r/3">Deals of the week</a></li></ul></section>
</main>
<aside class="sidebar"><div class="widget"><h3>News</h3><ul><li><a href="/r/0">How we test headphones</a></li><li><a href="/r/1">The best budget laptops</a></li><li><a href="/r/2">Our favourite kitchen gadgets</a></li><li><a href="/r/3">Deals of the week</a></li></ul></div>
<div class="widget newsletter"><h3>Newsletter</h3><form><input type="email"><button>OK</button></form></div>
</aside>
<footer class="site-footer"><p>Privacy · Terms · Cookie settings · Contact · Advertise · © 2026 Riverbend Clay</p><ul class="social"><li><a href="https://facebook.com/x">Facebook</a></li>
<li><a href="https://x.com/x">X</a></li><li><a href="https://instagram.com/x">Instagram</a></li></ul></footer>
</body></html>
"""


def test_squarespace_site_settings_still_declare_the_zone() -> None:
    """Still fires: Squarespace's `SQUARESPACE_CONTEXT` website object, its `timeZone` far after the opener."""
    assert (
        _published(_DECLARED_4, "https://www.riverbendclay.com/blog/glaze-day") == "2026-02-03T09:47:00-06:00"
    )


_ZONE_1 = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>El Cabildo amplía las guaguas nocturnas entre Santa Cruz y La Laguna | El Día</title>
<meta name="description" content="El Cabildo amplía las guaguas nocturnas entre Santa Cruz y La Laguna.">
<meta property="og:site_name" content="El Día">
<meta property="og:title" content="El Cabildo amplía las guaguas nocturnas entre Santa Cruz y La Laguna">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/main.css">
<meta property="og:type" content="article">
<meta property="og:locale" content="es_ES">
<meta property="og:url" content="https://www.eldia.es/tenerife/2026/02/03/cabildo-amplia-guaguas-nocturnas-12345.html"><link rel="canonical" href="https://www.eldia.es/tenerife/2026/02/03/cabildo-amplia-guaguas-nocturnas-12345.html">
<meta property="article:published_time" content="2026-02-03T09:15:00Z">
<meta property="article:modified_time" content="2026-02-03T09:15:00Z">
<meta property="article:section" content="Sociedad">
<meta name="author" content="Verónica Martín">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "El Cabildo amplía las guaguas nocturnas entre Santa Cruz y La Laguna", "datePublished": "2026-02-03T09:15:00Z", "dateModified": "2026-02-03T09:15:00Z", "inLanguage": "es", "author": [{"@type": "Person", "name": "Verónica Martín"}], "publisher": {"@type": "Organization", "name": "El Día"}, "mainEntityOfPage": "https://www.eldia.es/tenerife/2026/02/03/cabildo-amplia-guaguas-nocturnas-12345.html"}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="eldía";Fusion.deployment="812";</script>
</head>
<body class="single">
<div id="cookie-banner" role="dialog"><p>Cookies / Privacy</p><button>OK</button></div>
<header class="site-header"><a class="logo" href="/">El Día</a>
<nav class="main-nav" aria-label="main"><ul><li><a href="/portada/">Portada</a></li><li><a href="/sociedad/">Sociedad</a></li><li><a href="/política/">Política</a></li><li><a href="/deportes/">Deportes</a></li><li><a href="/cultura/">Cultura</a></li><li><a href="/economía/">Economía</a></li><li><a href="/opinión/">Opinión</a></li><li><a href="/hemeroteca/">Hemeroteca</a></li></ul></nav>
<form class="search" action="/buscar"><input name="q" type="search"></form></header>
<main id="main">
<article class="article">
<nav class="breadcrumb"><a href="/">Portada</a> › <a href="/sociedad/">Sociedad</a></nav>
<h1 class="headline">El Cabildo amplía las guaguas nocturnas entre Santa Cruz y La Laguna</h1>
<h2 class="subheadline">El Cabildo de Tenerife ha aprobado este martes la ampliación del servicio de guaguas noctu…</h2>
<div class="byline"><span class="author"><a href="/autor/x/">Verónica Martín</a></span>
<span class="date">03 feb 2026 - 09:15</span></div>
<figure><img src="/img/1.jpg" alt=""><figcaption>Foto: El Día</figcaption></figure>
<div class="article-body"><p>El Cabildo de Tenerife ha aprobado este martes la ampliación del servicio de guaguas nocturnas entre Santa Cruz y La Laguna, que a partir del 1 de marzo circularán cada treinta minutos durante los fines de semana.</p>
<p>La medida, reclamada desde hace años por las asociaciones vecinales y por los estudiantes de la Universidad, supondrá una inversión de 1,2 millones de euros anuales y la contratación de catorce conductores.</p>
<p>El consejero insular de Movilidad explicó que las nuevas frecuencias se revisarán en junio, cuando se conozcan los datos de ocupación de los primeros tres meses de funcionamiento.</p>
<p>Los colectivos de usuarios valoraron positivamente el anuncio, aunque pidieron que el servicio se extienda también a los municipios del norte de la isla, como La Orotava y Puerto de la Cruz.</p></div>
<div class="share"><a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">X</a></div>
</article>

<section class="related"><h2>+</h2><ul><li><a href="/r/0">El Cabildo aprueba el presupuesto de carreteras</a></li><li><a href="/r/1">La ocupación hotelera roza el 90 % en febrero</a></li><li><a href="/r/2">Nuevo horario de guaguas en el área metropolitana</a></li><li><a href="/r/3">El puerto recibe tres cruceros en un día</a></li></ul></section>
</main>
<aside class="sidebar"><div class="widget"><h3>Sociedad</h3><ul><li><a href="/r/0">El Cabildo aprueba el presupuesto de carreteras</a></li><li><a href="/r/1">La ocupación hotelera roza el 90 % en febrero</a></li><li><a href="/r/2">Nuevo horario de guaguas en el área metropolitana</a></li><li><a href="/r/3">El puerto recibe tres cruceros en un día</a></li></ul></div>
<div class="widget newsletter"><h3>Newsletter</h3><form><input type="email"><button>OK</button></form></div>
</aside>
<footer class="site-footer"><p>Aviso legal · Política de privacidad · Política de cookies · Contacto · Publicidad · © 2026 Editorial El Día</p><ul class="social"><li><a href="https://facebook.com/x">Facebook</a></li>
<li><a href="https://x.com/x">X</a></li><li><a href="https://instagram.com/x">Instagram</a></li></ul></footer>
</body></html>
"""


def test_section_folder_naming_the_islands_keeps_utc() -> None:
    """Must not fire: a Canary Islands section folder (`eldia.es/tenerife/`) still names the minority region."""
    assert (
        _published(
            _ZONE_1, "https://www.eldia.es/tenerife/2026/02/03/cabildo-amplia-guaguas-nocturnas-12345.html"
        )
        == "2026-02-03T09:15:00+00:00"
    )


_ZONE_3 = """<!DOCTYPE html>
<html lang="pt"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Câmara de Angra aprova plano de mobilidade urbana | Diário Insular</title>
<meta name="description" content="Câmara de Angra aprova plano de mobilidade urbana.">
<meta property="og:site_name" content="Diário Insular">
<meta property="og:title" content="Câmara de Angra aprova plano de mobilidade urbana">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/main.css">
<meta property="og:type" content="article">
<meta property="og:locale" content="pt_PT">
<meta property="og:url" content="https://www.diarioinsular.pt/noticias/camara-angra-aprova-plano-mobilidade/"><link rel="canonical" href="https://www.diarioinsular.pt/noticias/camara-angra-aprova-plano-mobilidade/">
<meta property="article:published_time" content="2026-07-14T09:00:00+00:00">
<meta property="article:modified_time" content="2026-07-14T09:00:00+00:00">
<meta property="article:section" content="Região">
<meta name="author" content="Armando Mendes">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Câmara de Angra aprova plano de mobilidade urbana", "datePublished": "2026-07-14T09:00:00+00:00", "dateModified": "2026-07-14T09:00:00+00:00", "inLanguage": "pt", "author": [{"@type": "Person", "name": "Armando Mendes"}], "publisher": {"@type": "Organization", "name": "Diário Insular"}, "mainEntityOfPage": "https://www.diarioinsular.pt/noticias/camara-angra-aprova-plano-mobilidade/"}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="diárioinsular";Fusion.deployment="812";</script>
</head>
<body class="single">
<div id="cookie-banner" role="dialog"><p>Cookies / Privacy</p><button>OK</button></div>
<header class="site-header"><a class="logo" href="/">Diário Insular</a>
<nav class="main-nav" aria-label="main"><ul><li><a href="/início/">Início</a></li><li><a href="/região/">Região</a></li><li><a href="/país/">País</a></li><li><a href="/mundo/">Mundo</a></li><li><a href="/desporto/">Desporto</a></li><li><a href="/cultura/">Cultura</a></li><li><a href="/opinião/">Opinião</a></li><li><a href="/edição-impressa/">Edição impressa</a></li></ul></nav>
<form class="search" action="/buscar"><input name="q" type="search"></form></header>
<main id="main">
<article class="article">
<nav class="breadcrumb"><a href="/">Início</a> › <a href="/região/">Região</a></nav>
<h1 class="headline">Câmara de Angra aprova plano de mobilidade urbana</h1>
<h2 class="subheadline">A Câmara Municipal de Angra do Heroísmo aprovou esta terça-feira, por unanimidade, o plano…</h2>
<div class="byline"><span class="author"><a href="/autor/x/">Armando Mendes</a></span>
<span class="date">14 julho 2026</span></div>
<figure><img src="/img/1.jpg" alt=""><figcaption>Foto: Diário Insular</figcaption></figure>
<div class="article-body"><p>A Câmara Municipal de Angra do Heroísmo aprovou esta terça-feira, por unanimidade, o plano de mobilidade urbana sustentável, que prevê novas ciclovias entre o centro histórico e a Praia da Vitória.</p>
<p>O documento, que esteve em consulta pública durante dois meses, recebeu mais de oitenta contributos de moradores, associações e comerciantes da ilha Terceira.</p>
<p>O vereador responsável pela mobilidade sublinhou que as primeiras obras deverão arrancar no outono, com financiamento do plano regional de recuperação.</p>
<p>A oposição votou a favor, mas pediu que o calendário das obras seja articulado com o Governo Regional dos Açores para evitar constrangimentos no trânsito durante as festas sanjoaninas.</p></div>
<div class="share"><a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">X</a></div>
</article>

<section class="related"><h2>+</h2><ul><li><a href="/r/0">Câmara aprova plano de mobilidade</a></li><li><a href="/r/1">Porto recebe primeiro navio de cruzeiro do ano</a></li><li><a href="/r/2">Escolas da ilha reabrem após obras</a></li><li><a href="/r/3">Associação agrícola reclama apoios</a></li></ul></section>
</main>
<aside class="sidebar"><div class="widget"><h3>Região</h3><ul><li><a href="/r/0">Câmara aprova plano de mobilidade</a></li><li><a href="/r/1">Porto recebe primeiro navio de cruzeiro do ano</a></li><li><a href="/r/2">Escolas da ilha reabrem após obras</a></li><li><a href="/r/3">Associação agrícola reclama apoios</a></li></ul></div>
<div class="widget newsletter"><h3>Newsletter</h3><form><input type="email"><button>OK</button></form></div>
</aside>
<footer class="site-footer"><p>Estatuto editorial · Ficha técnica · Privacidade · Contactos · Publicidade · © 2026 Editora Diário Insular</p><ul class="social"><li><a href="https://facebook.com/x">Facebook</a></li>
<li><a href="https://x.com/x">X</a></li><li><a href="https://instagram.com/x">Instagram</a></li></ul></footer>
</body></html>
"""


@pytest.mark.xfail(
    strict=True,
    reason="an Azores outlet whose address does not name the region is read as mainland Portugal (one hour off)",
)
def test_azores_daily_whose_address_does_not_name_the_islands() -> None:
    """Finding 7 (left): an Azores daily whose address does not name the islands gets Lisbon time (one hour
    off). No page signal tells it (no geo meta, no region in the site name): out of scope but for a site list."""
    assert (
        _published(_ZONE_3, "https://www.diarioinsular.pt/noticias/camara-angra-aprova-plano-mobilidade/")
        == "2026-07-14T09:00:00+00:00"
    )


_ZONE_2 = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>El puerto recibe tres cruceros en un solo día | La Provincia</title>
<meta name="description" content="El puerto recibe tres cruceros en un solo día.">
<meta property="og:site_name" content="La Provincia">
<meta property="og:title" content="El puerto recibe tres cruceros en un solo día">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/main.css">
<meta property="og:type" content="article">
<meta property="og:locale" content="es_ES">
<meta property="og:url" content="https://www.laprovincia.es/sociedad/2026/07/14/puerto-luz-cruceros-98765.html"><link rel="canonical" href="https://www.laprovincia.es/sociedad/2026/07/14/puerto-luz-cruceros-98765.html">
<meta property="article:published_time" content="2026-07-14T06:40:00Z">
<meta property="article:modified_time" content="2026-07-14T06:40:00Z">
<meta property="article:section" content="Sociedad">
<meta name="author" content="Jesús Quesada">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "El puerto recibe tres cruceros en un solo día", "datePublished": "2026-07-14T06:40:00Z", "dateModified": "2026-07-14T06:40:00Z", "inLanguage": "es", "author": [{"@type": "Person", "name": "Jesús Quesada"}], "publisher": {"@type": "Organization", "name": "La Provincia"}, "mainEntityOfPage": "https://www.laprovincia.es/sociedad/2026/07/14/puerto-luz-cruceros-98765.html"}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="laprovincia";Fusion.deployment="812";</script>
</head>
<body class="single">
<div id="cookie-banner" role="dialog"><p>Cookies / Privacy</p><button>OK</button></div>
<header class="site-header"><a class="logo" href="/">La Provincia</a>
<nav class="main-nav" aria-label="main"><ul><li><a href="/portada/">Portada</a></li><li><a href="/sociedad/">Sociedad</a></li><li><a href="/política/">Política</a></li><li><a href="/deportes/">Deportes</a></li><li><a href="/cultura/">Cultura</a></li><li><a href="/economía/">Economía</a></li><li><a href="/opinión/">Opinión</a></li><li><a href="/hemeroteca/">Hemeroteca</a></li></ul></nav>
<form class="search" action="/buscar"><input name="q" type="search"></form></header>
<main id="main">
<article class="article">
<nav class="breadcrumb"><a href="/">Portada</a> › <a href="/sociedad/">Sociedad</a></nav>
<h1 class="headline">El puerto recibe tres cruceros en un solo día</h1>
<h2 class="subheadline">El Cabildo de Gran Canaria ha aprobado este martes la ampliación del servicio de guaguas n…</h2>
<div class="byline"><span class="author"><a href="/autor/x/">Jesús Quesada</a></span>
<span class="date">14 de julio de 2026</span></div>
<figure><img src="/img/1.jpg" alt=""><figcaption>Foto: La Provincia</figcaption></figure>
<div class="article-body"><p>El Cabildo de Gran Canaria ha aprobado este martes la ampliación del servicio de guaguas nocturnas entre Las Palmas y Telde, que a partir del 1 de marzo circularán cada treinta minutos durante los fines de semana.</p>
<p>La medida, reclamada desde hace años por las asociaciones vecinales y por los estudiantes de la Universidad, supondrá una inversión de 1,2 millones de euros anuales y la contratación de catorce conductores.</p>
<p>El consejero insular de Movilidad explicó que las nuevas frecuencias se revisarán en junio, cuando se conozcan los datos de ocupación de los primeros tres meses de funcionamiento.</p>
<p>Los colectivos de usuarios valoraron positivamente el anuncio, aunque pidieron que el servicio se extienda también a los municipios del norte de la isla, como La Orotava y Puerto de la Cruz.</p></div>
<div class="share"><a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">X</a></div>
</article>

<section class="related"><h2>+</h2><ul><li><a href="/r/0">El Cabildo aprueba el presupuesto de carreteras</a></li><li><a href="/r/1">La ocupación hotelera roza el 90 % en febrero</a></li><li><a href="/r/2">Nuevo horario de guaguas en el área metropolitana</a></li><li><a href="/r/3">El puerto recibe tres cruceros en un día</a></li></ul></section>
</main>
<aside class="sidebar"><div class="widget"><h3>Sociedad</h3><ul><li><a href="/r/0">El Cabildo aprueba el presupuesto de carreteras</a></li><li><a href="/r/1">La ocupación hotelera roza el 90 % en febrero</a></li><li><a href="/r/2">Nuevo horario de guaguas en el área metropolitana</a></li><li><a href="/r/3">El puerto recibe tres cruceros en un día</a></li></ul></div>
<div class="widget newsletter"><h3>Newsletter</h3><form><input type="email"><button>OK</button></form></div>
</aside>
<footer class="site-footer"><p>Aviso legal · Política de privacidad · Política de cookies · Contacto · Publicidad · © 2026 Editorial La Provincia</p><ul class="social"><li><a href="https://facebook.com/x">Facebook</a></li>
<li><a href="https://x.com/x">X</a></li><li><a href="https://instagram.com/x">Instagram</a></li></ul></footer>
</body></html>
"""


@pytest.mark.xfail(
    strict=True,
    reason="a Canary Islands outlet whose address does not name the region is read as mainland Spain (one hour off)",
)
def test_las_palmas_daily_in_summer() -> None:
    """Base wrong too (left): a Las Palmas daily whose address does not name the islands gets Madrid time (one
    hour off; base kept UTC, one hour off the other way)."""
    assert (
        _published(_ZONE_2, "https://www.laprovincia.es/sociedad/2026/07/14/puerto-luz-cruceros-98765.html")
        == "2026-07-14T07:40:00+01:00"
    )


_ZONE_6 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Council confirms new ferry schedule for the islands | Wharekauri News</title>
<meta name="description" content="Council confirms new ferry schedule for the islands.">
<meta property="og:site_name" content="Wharekauri News">
<meta property="og:title" content="Council confirms new ferry schedule for the islands">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/main.css">
<meta property="og:type" content="article">
<meta property="og:locale" content="en_NZ">
<meta property="og:url" content="https://www.wharekauri-news.co.nz/news/council-ferry-schedule-2026"><link rel="canonical" href="https://www.wharekauri-news.co.nz/news/council-ferry-schedule-2026">
<meta property="article:published_time" content="2026-02-03T01:00:00Z">
<meta property="article:modified_time" content="2026-02-03T01:00:00Z">
<meta property="article:section" content="News">
<meta name="author" content="Tom Solomon">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council confirms new ferry schedule for the islands", "datePublished": "2026-02-03T01:00:00Z", "dateModified": "2026-02-03T01:00:00Z", "inLanguage": "en", "author": [{"@type": "Person", "name": "Tom Solomon"}], "publisher": {"@type": "Organization", "name": "Wharekauri News"}, "mainEntityOfPage": "https://www.wharekauri-news.co.nz/news/council-ferry-schedule-2026"}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="wharekaurinews";Fusion.deployment="812";</script>
</head>
<body class="single">
<div id="cookie-banner" role="dialog"><p>Cookies / Privacy</p><button>OK</button></div>
<header class="site-header"><a class="logo" href="/">Wharekauri News</a>
<nav class="main-nav" aria-label="main"><ul><li><a href="/home/">Home</a></li><li><a href="/news/">News</a></li><li><a href="/reviews/">Reviews</a></li><li><a href="/guides/">Guides</a></li><li><a href="/deals/">Deals</a></li><li><a href="/podcast/">Podcast</a></li><li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li></ul></nav>
<form class="search" action="/buscar"><input name="q" type="search"></form></header>
<main id="main">
<article class="article">
<nav class="breadcrumb"><a href="/">Home</a> › <a href="/news/">News</a></nav>
<h1 class="headline">Council confirms new ferry schedule for the islands</h1>
<h2 class="subheadline">The Chatham Islands Council has confirmed the new ferry schedule between Waitangi and Pitt…</h2>
<div class="byline"><span class="author"><a href="/autor/x/">Tom Solomon</a></span>
<span class="date">3 February 2026</span></div>
<figure><img src="/img/1.jpg" alt=""><figcaption>Foto: Wharekauri News</figcaption></figure>
<div class="article-body"><p>The Chatham Islands Council has confirmed the new ferry schedule between Waitangi and Pitt Island, with two extra sailings a week from March to cope with the crayfish season.</p>
<p>Mayor Monique Croon said the change followed months of talks with the operator and the Ministry of Transport, and that the council would review it after the winter.</p>
<p>Residents can book seats at the council office in Waitangi or by phone from Monday.</p></div>
<div class="share"><a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">X</a></div>
</article>

<section class="related"><h2>+</h2><ul><li><a href="/r/0">How we test headphones</a></li><li><a href="/r/1">The best budget laptops</a></li><li><a href="/r/2">Our favourite kitchen gadgets</a></li><li><a href="/r/3">Deals of the week</a></li></ul></section>
</main>
<aside class="sidebar"><div class="widget"><h3>News</h3><ul><li><a href="/r/0">How we test headphones</a></li><li><a href="/r/1">The best budget laptops</a></li><li><a href="/r/2">Our favourite kitchen gadgets</a></li><li><a href="/r/3">Deals of the week</a></li></ul></div>
<div class="widget newsletter"><h3>Newsletter</h3><form><input type="email"><button>OK</button></form></div>
</aside>
<footer class="site-footer"><p>Privacy · Terms · Cookie settings · Contact · Advertise · © 2026 Wharekauri News</p><ul class="social"><li><a href="https://facebook.com/x">Facebook</a></li>
<li><a href="https://x.com/x">X</a></li><li><a href="https://instagram.com/x">Instagram</a></li></ul></footer>
</body></html>
"""


@pytest.mark.xfail(
    strict=True,
    reason="a Chatham Islands outlet whose address does not name the region is read as Auckland (45 minutes off)",
)
def test_chatham_islands_site_on_co_nz() -> None:
    """Base wrong too (left): a Chatham Islands site whose address does not name them gets Auckland time
    (45 minutes off; base kept UTC)."""
    assert (
        _published(_ZONE_6, "https://www.wharekauri-news.co.nz/news/council-ferry-schedule-2026")
        == "2026-02-03T14:45:00+13:45"
    )


_PRODUCT_5 = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Espresso Bohnen Bella Napoli 1 kg | Kaffeerösterei</title>
<meta name="description" content="Espresso Bohnen Bella Napoli 1 kg.">
<meta property="og:site_name" content="Kaffeerösterei">
<meta property="og:title" content="Espresso Bohnen Bella Napoli 1 kg">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/main.css">

<meta property="og:url" content="https://www.kaffeeroesterei-like.de/produkt/espresso-bohnen-1kg/"><link rel="canonical" href="https://www.kaffeeroesterei-like.de/produkt/espresso-bohnen-1kg/">

<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "Product", "name": "Espresso Bohnen Bella Napoli 1 kg", "sku": "EB-1000", "offers": [{"@type": "Offer", "price": "24.90", "priceCurrency": "EUR", "priceValidUntil": "2026-12-31"}], "review": [{"@type": "Review", "datePublished": "2026-01-12T08:10:00+00:00", "author": {"@type": "Person", "name": "Petra K."}, "reviewBody": "Sehr lecker."}]}]}</script>
</head>
<body class="single">
<div id="cookie-banner" role="dialog"><p>Cookies / Privacy</p><button>OK</button></div>
<header class="site-header"><a class="logo" href="/">Kaffeerösterei</a>
<nav class="main-nav" aria-label="main"><ul><li><a href="/startseite/">Startseite</a></li><li><a href="/politik/">Politik</a></li><li><a href="/wirtschaft/">Wirtschaft</a></li><li><a href="/sport/">Sport</a></li><li><a href="/kultur/">Kultur</a></li><li><a href="/digital/">Digital</a></li><li><a href="/meinung/">Meinung</a></li><li><a href="/archiv/">Archiv</a></li></ul></nav>
<form class="search" action="/buscar"><input name="q" type="search"></form></header>
<main id="main">
<article class="test-article">
<nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/tests/">Tests</a></nav>
<h1>Espresso Bohnen Bella Napoli 1 kg</h1>
<div class="meta"><span class="author">Von <a href="/autor/">Rösterei-Team</a></span>
<time class="published"></time></div>
<div class="rating-box"><span class="score">4,5 / 5</span><ul class="pros"><li>+ Akkulaufzeit</li></ul></div>
<div class="content"><p>Unsere Hausmischung aus 80 % Arabica und 20 % Robusta, langsam im Trommelröster geröstet.</p>
<p>Kräftiger Körper, Noten von dunkler Schokolade und gerösteten Haselnüssen, wenig Säure.</p>
<p>Ideal für Siebträger und Vollautomaten. Versand innerhalb von 1-3 Werktagen.</p></div>
<div class="price-widget"><h3>Preisvergleich</h3><ul>
<li>Shop A · 129,00 € · lieferbar ab 12.01.2026</li><li>Shop B · 134,90 € · Angebot gültig bis 31.01.2026</li></ul></div>
</article>
<div id="reviews" class="woocommerce-Reviews"><h2>1 Bewertung</h2><ol class="commentlist">
<li class="review"><p class="meta"><strong class="woocommerce-review__author">Petra K.</strong> –
<time class="woocommerce-review__published-date" datetime="2026-01-12T08:10:00+00:00">12. Januar 2026</time></p>
<div class="description"><p>Sehr lecker, bestelle wieder.</p></div></li></ol></div>
<section class="related"><h2>+</h2><ul><li><a href="/r/0">Stadtrat beschließt neuen Radweg</a></li><li><a href="/r/1">Bahn kündigt Bauarbeiten an</a></li><li><a href="/r/2">Neue Kita in der Weststadt</a></li><li><a href="/r/3">Wochenmarkt zieht um</a></li></ul></section>
</main>
<aside class="sidebar"><div class="widget"><h3>Politik</h3><ul><li><a href="/r/0">Stadtrat beschließt neuen Radweg</a></li><li><a href="/r/1">Bahn kündigt Bauarbeiten an</a></li><li><a href="/r/2">Neue Kita in der Weststadt</a></li><li><a href="/r/3">Wochenmarkt zieht um</a></li></ul></div>
<div class="widget newsletter"><h3>Newsletter</h3><form><input type="email"><button>OK</button></form></div>
</aside>
<footer class="site-footer"><p>Impressum · Datenschutz · Cookie-Einstellungen · AGB · Kontakt · Mediadaten · © 2026 Verlag Kaffeerösterei</p><ul class="social"><li><a href="https://facebook.com/x">Facebook</a></li>
<li><a href="https://x.com/x">X</a></li><li><a href="https://instagram.com/x">Instagram</a></li></ul></footer>
</body></html>
"""


@pytest.mark.xfail(
    strict=True, reason="a shop page with neither og:type product nor a buy form takes its review's day"
)
def test_shop_page_without_og_type_nor_cart_form() -> None:
    """Lost improvement (left): a shop page with only a Product JSON-LD, no og:type product and no buy form is
    now read as an article (its review's day is taken), the price of keeping review and affiliate pages."""
    assert _published(_PRODUCT_5, "https://www.kaffeeroesterei-like.de/produkt/espresso-bohnen-1kg/") is None
