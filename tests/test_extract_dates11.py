"""Dates of page kinds besides news articles (#10, session 11: the web-kinds-de and web-kinds-world blind sets).

- A country with one dominant zone (over nine in ten of its people) gives that zone to the UTC publication time
  of its country-code domain: Spain (Madrid; the Canary Islands hold 5 %), Portugal (Lisbon; the Azores), New
  Zealand (Auckland; the Chatham Islands), Ecuador (Quito; the Galápagos). Yoast's `+00:00` metadata on .es
  food blogs (Tasty Recipes, WP Recipe Maker), Ghost and Arc XP `Z` stamps on .pt and .co.nz outlets. Not when
  the address names the minority region (`canarias7.es`, `acorianooriental.pt`), not from a bare language nor
  from WordPress's default locale on a .com (`es_ES` serves Latin America), not for Brazil (the table's fixed
  -03:00 ignores its summer time before 2019) or countries of several weighty zones (.com.au, .ru, the US).
- A shop's product page has no publication date (og:type `product` on Shopify, Shopware, Magento, PrestaShop,
  WooCommerce with Yoast's WooCommerce SEO; or a JSON-LD Product with no article node on a page with a shop's
  buy form, add-to-cart markup: a Product JSON-LD alone is printed by review pages and affiliate boxes too):
  its reviews' dates
  (Shopware's review list, Judge.me/Yotpo widgets, WooCommerce's review comments), a price's validity, a
  delivery estimate are never taken; only an explicit `article:published_time` and the product record's own
  `"published_at"` of the product record (Shopify's product JSON, its `"vendor"` beside it) are. A review or deals article embedding Product markup is no
  product page.
- A site's zone declared in its platform's settings script (Squarespace's `Static.SQUARESPACE_CONTEXT`
  `"website"` object, Wix's `wix-viewer-model` or `viewerModel = JSON.parse("...")`: the first `"timeZone"`
  after that opener) is the zone its UTC publication time is shown in on a generic domain (a ccTLD's zone comes
  first); a `timeZone` of a calendar, booking, event or scores widget elsewhere declares nothing.
- HubSpot CMS writes the blog post's `<time datetime>` as a zoneless UTC wall clock (HubL prints
  `content.publish_date` in UTC): on a page whose generator is HubSpot it is read as UTC and shown in the
  site's zone, unless its date line shows the stamp's own wall clock (a theme formatting it in the portal's
  zone). Other platforms' zoneless stamps stay local.
"""

from __future__ import annotations

from datetime import datetime, timezone

from telisik.extract import extract_article

FETCHED = datetime(2026, 12, 6, 23, 0, tzinfo=timezone.utc)

_STORY = (
    "Este arroz se hacía en casa de mi abuela todos los lunes con lo que sobraba del cocido del domingo. Lo "
    "he cocinado tantas veces que ya no mido nada, pero para esta receta lo he pesado todo con calma.",
    "La clave está en la cazuela de barro y en no remover el arroz una vez que entra en el horno. El caldo "
    "tiene que estar hirviendo cuando lo echas, y la proporción es de dos partes de caldo por una de arroz.",
    "Si no tienes morcilla de cebolla puedes usar otra, pero el sabor cambia bastante. Los garbanzos del "
    "cocido dan al plato esa textura que tanto recuerdo de los lunes en Valencia.",
)


def _blog_page(
    url: str,
    lang: str,
    locale: str,
    published: str,
    shown: str = "3 de febrero de 2026",
    title: str = "Arroz al horno",
) -> str:
    """A WordPress food or travel blog with Yoast: UTC `article:published_time` and JSON-LD, a day-only
    visible date, sidebar, comments and footer."""
    paragraphs = "\n".join(f"<p>{text}</p>" for text in _STORY)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{title} - La cuchara</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:locale" content="{locale}">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{published}">
<meta name="author" content="Lucía Ferrer">
<script type="application/ld+json">{{"@context":"https://schema.org","@graph":[{{"@type":"Article",
"headline":"{title}","datePublished":"{published}","author":{{"@type":"Person","name":"Lucía Ferrer"}},
"inLanguage":"{lang}"}}]}}</script>
</head><body>
<header class="site-header"><a href="/" class="site-title">La cuchara</a>
<nav><ul><li><a href="/recetas/">Recetas</a></li><li><a href="/viajes/">Viajes</a></li>
<li><a href="/contacto/">Contacto</a></li></ul></nav></header>
<main><article class="post">
<h1 class="entry-title">{title}</h1>
<p class="entry-meta">Por <a href="/author/lucia/" rel="author">Lucía Ferrer</a> ·
<time class="entry-date">{shown}</time> · <a href="#comments">3 comentarios</a></p>
<div class="entry-content">{paragraphs}</div>
</article>
<section id="comments"><h2>3 comentarios</h2><ol class="comment-list">
<li class="comment"><b>Marta</b> <time datetime="2026-02-05T10:12:00+00:00">5 de febrero de 2026</time>
<p>¡Qué buena pinta! Lo hago este lunes.</p></li></ol></section></main>
<aside class="sidebar"><h3>Sobre mí</h3><p>Soy Lucía y cocino recetas de mi familia.</p></aside>
<footer class="site-footer"><p>© 2026 La cuchara · <a href="/privacidad/">Privacidad</a></p></footer>
</body></html>"""


def _published(html: str, url: str) -> datetime:
    article = extract_article(html, url=url, fetched_at=FETCHED)
    assert article.published is not None
    return article.published


# --- rule 1: a country's dominant zone -------------------------------------------------------------------------


def test_spanish_domain_takes_madrid_time() -> None:
    """Yoast's UTC time on a .es food blog (WordPress + Tasty Recipes): 08:15Z is 09:15 in Madrid."""
    url = "https://lacuchara-like.es/arroz-al-horno-abuela/"
    value = _published(_blog_page(url, "es", "es_ES", "2026-02-03T08:15:22+00:00"), url)
    assert value.isoformat() == "2026-02-03T09:15:22+01:00"


def test_portuguese_domain_takes_lisbon_summer_time() -> None:
    """A July `Z` stamp on a .pt outlet: Lisbon is at +01:00 in summer."""
    url = "https://www.jornal-like.pt/sociedade/arroz-de-domingo-123"
    value = _published(_blog_page(url, "pt", "pt_PT", "2026-07-03T08:15:00Z", "3 de julho de 2026"), url)
    assert value.isoformat() == "2026-07-03T09:15:00+01:00"


def test_new_zealand_domain_takes_auckland_time() -> None:
    """A January `Z` stamp on a .co.nz outlet: Auckland is at +13:00 in its summer."""
    url = "https://www.herald-like.co.nz/nz/council-budget/ABC123/"
    value = _published(_blog_page(url, "en", "en_NZ", "2026-01-10T08:15:00Z", "10 January 2026"), url)
    assert value.isoformat() == "2026-01-10T21:15:00+13:00"


def test_minority_region_in_the_address_gives_no_zone() -> None:
    """Must not fire: an Azorean outlet (`acoriano` in its host) is an hour behind Lisbon; the time stays UTC."""
    url = "https://www.acorianooriental-like.pt/noticia/arroz-de-domingo-123"
    value = _published(_blog_page(url, "pt", "pt_PT", "2026-02-03T08:15:00Z"), url)
    assert value.isoformat() == "2026-02-03T08:15:00+00:00"


def test_spanish_locale_on_a_dot_com_gives_no_zone() -> None:
    """Must not fire: WordPress's `es_ES` on a .com is also Mexico's and Colombia's: the time stays UTC."""
    url = "https://mochila-like.com/que-ver-en-asturias/"
    value = _published(_blog_page(url, "es", "es_ES", "2026-03-03T07:15:00+00:00", "3 de marzo de 2026"), url)
    assert value.isoformat() == "2026-03-03T07:15:00+00:00"


def test_brazilian_domain_still_gives_no_zone() -> None:
    """Must not fire: .com.br stays among the countries whose domain tells no zone for a UTC time."""
    url = "https://www.portal-like.com.br/cidades/arroz-de-domingo-123"
    value = _published(_blog_page(url, "pt", "pt_BR", "2026-02-03T18:15:00Z"), url)
    assert value.isoformat() == "2026-02-03T18:15:00+00:00"


# --- rule 2: a product page has no publication date ---------------------------------------------------------

_PRODUCT_TEXT = (
    "Die Akku-Heckenschere schneidet mit 52 cm Messerlänge auch dichte Hecken in einem Durchgang. Der "
    "bürstenlose Motor arbeitet leise und spart Akku, sodass eine Ladung für rund 90 Minuten reicht.",
    "Im Set sind ein 4,0-Ah-Akku und ein Schnellladegerät enthalten. Der drehbare Handgriff erlaubt senkrechte "
    "Schnitte ohne verrenkte Handgelenke, der Schnittgutsammler hält die Terrasse sauber.",
)


def _product_page(og_type: str, jsonld: str, extra_head: str = "", extra_scripts: str = "") -> str:
    """A shop's product page: gallery, price box with delivery estimate, description tab, reviews with dates,
    cross-selling, footer."""
    description = "\n".join(f"<p>{text}</p>" for text in _PRODUCT_TEXT)
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>Akku-Heckenschere HS 18-52 | Gartenhaus</title>
<meta name="description" content="Akku-Heckenschere HS 18-52 ✓ 52 cm Schnittlänge">
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="Akku-Heckenschere HS 18-52">
<meta property="product:price:amount" content="229">
{extra_head}
<script type="application/ld+json">{jsonld}</script>
{extra_scripts}
</head><body>
<header class="header-main"><a class="logo" href="/">Gartenhaus</a>
<nav class="main-navigation"><a href="/garten/">Garten</a> <a href="/werkzeug/">Werkzeug</a>
<a href="/angebote/">Angebote</a></nav></header>
<main class="content-main"><div class="product-detail">
<div class="product-detail-media"><img src="/media/hs-18-52.jpg" alt="Heckenschere"></div>
<div class="product-detail-buy"><h1 class="product-detail-name">Akku-Heckenschere HS 18-52</h1>
<p class="product-detail-price">229,00 €*</p>
<p class="delivery-information">Sofort versandfertig, Lieferzeit ca. 1-3 Werktage · Lieferbar ab 12.01.2026</p>
<form action="/checkout/line-item/add" method="post" data-add-to-cart="true">
<button class="btn-buy">In den Warenkorb</button></form></div>
<div class="product-detail-tabs"><div class="product-detail-description">{description}</div>
<div class="product-detail-review" id="review-tab"><h2>Bewertungen (2)</h2>
<div class="product-detail-review-item"><p class="product-detail-review-item-date"><small>12.01.2026</small></p>
<p class="product-detail-review-item-title">Top Gerät</p>
<p class="product-detail-review-item-content">Schneidet sauber, Akku hält lange. Gerne wieder.</p></div>
<div class="product-detail-review-item"><p class="product-detail-review-item-date"><small>03.12.2025</small></p>
<p class="product-detail-review-item-content">Etwas schwer, sonst prima.</p></div></div></div>
</div>
<section class="cross-selling"><h2>Passendes Zubehör</h2><a href="/ersatzmesser/">Ersatzmesser HS 52</a></section>
</main>
<footer class="footer-main"><p>© 2026 Gartenhaus GmbH · <a href="/impressum/">Impressum</a></p></footer>
</body></html>"""


_PRODUCT_JSONLD = (
    '{"@context":"https://schema.org","@type":"Product","name":"Akku-Heckenschere HS 18-52",'
    '"offers":{"@type":"Offer","price":"229.00","priceCurrency":"EUR","priceValidUntil":"2026-12-31"},'
    '"review":[{"@type":"Review","datePublished":"2026-01-12","author":{"@type":"Person","name":"Jens K."}}]}'
)
_SHOP_URL = "https://www.gartenhaus-like.de/akku-heckenschere-hs-18-52/KS-HS1852"


def test_product_page_takes_no_review_or_delivery_date() -> None:
    """Shopware 6 / Magento 2 (og:type `product`): the review's `12.01.2026`, the delivery estimate and the
    offer's price validity are no publication date."""
    article = extract_article(_product_page("product", _PRODUCT_JSONLD), url=_SHOP_URL, fetched_at=FETCHED)
    assert article.published is None


def test_product_entity_without_og_type_takes_no_date() -> None:
    """WooCommerce without Yoast's WooCommerce SEO (og:type `website`), BigCommerce: the JSON-LD Product, no
    article node and a shop's buy form (add-to-cart markup) make it a product page."""
    article = extract_article(_product_page("website", _PRODUCT_JSONLD), url=_SHOP_URL, fetched_at=FETCHED)
    assert article.published is None


def test_product_page_keeps_the_product_record_stamp() -> None:
    """Shopify's product JSON in the page's scripts states when the product went live: that is kept, the
    review widget's date is not."""
    script = (
        '<script type="application/json" id="ProductJson-product-template">{"id":4242,'
        '"title":"Akku-Heckenschere HS 18-52","handle":"akku-heckenschere","published_at":"2019-03-02T06:22:28+01:00",'
        '"created_at":"2019-03-02T06:27:24+01:00","vendor":"Gartenhaus","type":"Heckenschere"}</script>'
    )
    html = _product_page("product", _PRODUCT_JSONLD, extra_scripts=script)
    value = _published(html, "https://shop-like.de/products/akku-heckenschere")
    assert value.isoformat() == "2019-03-02T06:22:28+01:00"


def _review_post(og_type: str, nodes: str) -> str:
    """A review blog post that embeds a product box with Product markup (WP Review Pro, Lasso, AAWP)."""
    description = "\n".join(f"<p>{text}</p>" for text in _PRODUCT_TEXT)
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>Akku-Heckenschere HS 18-52 im Test: leise und ausdauernd | Gartenblog</title>
<meta property="og:type" content="{og_type}">
<script type="application/ld+json">{nodes}</script>
</head><body>
<header class="site-header"><a href="/">Gartenblog</a><nav><a href="/tests/">Tests</a>
<a href="/ratgeber/">Ratgeber</a></nav></header>
<main><article class="post"><h1 class="entry-title">Akku-Heckenschere HS 18-52 im Test: leise und ausdauernd</h1>
<div class="entry-meta">Von <a href="/autor/jana/" rel="author">Jana Lehmann</a> ·
<time class="entry-date published" datetime="2026-02-04T09:30:00+01:00">4. Februar 2026</time></div>
<div class="entry-content">{description}
<div class="review-box"><p>Unser Urteil: 4,5 von 5 Punkten. Lieferbar ab 12.01.2026.</p></div></div>
</article>
<section class="comments"><h2>2 Kommentare</h2><div class="comment"><b>Uwe</b>
<time datetime="2026-02-06T18:00:00+01:00">6. Februar 2026</time><p>Danke für den Test!</p></div></section></main>
<aside class="sidebar"><h3>Neueste Tests</h3><ul><li><a href="/rasenmaeher-test/">Rasenmäher im Test</a></li></ul></aside>
<footer><p>© 2026 Gartenblog</p></footer>
</body></html>"""


def test_review_post_with_product_markup_keeps_its_date() -> None:
    """Must not fire: a review post whose JSON-LD holds a BlogPosting beside the Product."""
    nodes = (
        '[{"@context":"https://schema.org","@type":"BlogPosting","headline":"Akku-Heckenschere HS 18-52 im Test",'
        '"datePublished":"2026-02-04T09:30:00+01:00"},' + _PRODUCT_JSONLD + "]"
    )
    value = _published(_review_post("article", nodes), "https://gartenblog-like.de/heckenschere-test/")
    assert value.isoformat() == "2026-02-04T09:30:00+01:00"


def test_article_typed_page_with_only_product_markup_keeps_its_date() -> None:
    """Must not fire: og:type `article` and only a Product node (a deals plugin's markup): still an article, its
    date line is read."""
    value = _published(
        _review_post("article", _PRODUCT_JSONLD), "https://gartenblog-like.de/heckenschere-test/"
    )
    assert value.date().isoformat() == "2026-02-04"


# --- rule 3: HubSpot's zoneless UTC `datetime` ----------------------------------------------------------------


def _hubspot_page(url: str, stamp: str, generator: str = "HubSpot", shown: str = "3 februari 2026") -> str:
    """A HubSpot CMS blog post (boilerplate theme): `time.blog-post__timestamp` with HubL's publish_date."""
    paragraphs = "\n".join(
        f"<p>{text}</p>"
        for text in (
            "Een hybride warmtepomp in een jaren-30-woning werkt beter dan veel mensen denken, mits de radiatoren "
            "groot genoeg zijn en de woning op de belangrijkste plekken is geïsoleerd.",
            "In honderd installaties zagen we dat de aanvoertemperatuur de doorslag geeft. Wie die onder de "
            "vijftig graden houdt, laat de warmtepomp het grootste deel van het jaar het werk doen.",
        )
    )
    return f"""<!doctype html><html lang="nl"><head><meta charset="utf-8">
<title>Hybride warmtepomp in een jaren-30-woning</title>
<meta name="generator" content="{generator}">
<meta property="og:title" content="Hybride warmtepomp in een jaren-30-woning">
<meta property="og:url" content="{url}">
</head><body>
<header class="header"><a href="/">Warmteplan</a><nav><a href="/blog">Blog</a> <a href="/contact">Contact</a></nav>
</header>
<main class="body-container-wrapper"><article class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper">Hybride warmtepomp in een jaren-30-woning</span></h1>
<div class="blog-post__meta"><a class="blog-post__author" href="/blog/author/sanne">Sanne de Vries</a>
<div class="blog-post__timestamp-wrap"><time class="blog-post__timestamp" datetime="{stamp}">{shown}</time>
<span class="blog-post__reading-time">· 4 minuten leestijd</span></div></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper">{paragraphs}</span></div>
</article>
<section class="blog-related-posts"><h2>Gerelateerde artikelen</h2><a href="/blog/r0">Isoleren in fasen</a>
<time datetime="2026-01-20 08:00:00">20 januari 2026</time></section></main>
<footer class="footer"><p>© 2026 Warmteplan B.V.</p></footer>
</body></html>"""


_HUBSPOT_URL = "https://www.warmteplan-like.nl/blog/hybride-warmtepomp-jaren-30"


def test_hubspot_zoneless_datetime_is_utc() -> None:
    """HubSpot writes `content.publish_date` in UTC: 13:32 UTC is 14:32 in Amsterdam."""
    value = _published(_hubspot_page(_HUBSPOT_URL, "2026-02-03 13:32:00"), _HUBSPOT_URL)
    assert value.isoformat() == "2026-02-03T14:32:00+01:00"


def test_hubspot_datetime_with_offset_is_kept() -> None:
    """Must not fire: a HubSpot theme that formats the stamp with its offset."""
    value = _published(_hubspot_page(_HUBSPOT_URL, "2026-02-03T14:32:00+01:00"), _HUBSPOT_URL)
    assert value.isoformat() == "2026-02-03T14:32:00+01:00"


def test_other_platform_zoneless_datetime_stays_local() -> None:
    """Must not fire: a WordPress theme's zoneless `datetime` is the site's wall clock (Amsterdam)."""
    html = _hubspot_page(_HUBSPOT_URL, "2026-02-03 13:32:00", generator="WordPress 6.4.2")
    value = _published(html, _HUBSPOT_URL)
    assert value.isoformat() == "2026-02-03T13:32:00+01:00"


# --- rule 4: the zone the site's platform settings declare ----------------------------------------------------


def _platform_blog_page(url: str, config: str, published: str = "2026-02-03T15:47:12.123Z") -> str:
    """A Squarespace or Wix blog post on a .com: UTC `article:published_time`/JSON-LD, `Feb 3` shown."""
    paragraphs = "\n".join(
        f"<p>{text}</p>"
        for text in (
            "A bisque firing takes the clay past the point of no return: the chemically bound water leaves the "
            "body somewhere above 500 degrees, and what comes out of the kiln can no longer be reclaimed.",
            "We fire our bisque slowly through the first hours so that the last of the moisture escapes without "
            "cracking the thicker pots, then let the kiln climb faster until it reaches cone 04.",
        )
    )
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>What happens to your pots in a bisque firing | Riverbend Clay</title>
<meta property="og:type" content="article">
<meta property="og:title" content="What happens to your pots in a bisque firing">
<meta property="article:published_time" content="{published}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"BlogPosting",
"headline":"What happens to your pots in a bisque firing","datePublished":"{published}",
"author":{{"@type":"Person","name":"Maya Okonkwo"}}}}</script>
{config}
</head><body>
<header><a href="/">Riverbend Clay</a><nav><a href="/classes">Classes</a> <a href="/blog">Blog</a></nav></header>
<main><article><h1>What happens to your pots in a bisque firing</h1>
<div class="post-meta"><span class="author">Maya Okonkwo</span> · <span class="date">Feb 3</span> · 3 min read</div>
<div class="post-body">{paragraphs}</div></article>
<section class="comments"><h2>Comments</h2><div class="comment"><b>Lee</b> <span>Feb 4</span>
<p>So helpful, thank you!</p></div></section></main>
<footer><p>© 2026 Riverbend Clay · 12 River Rd</p></footer>
</body></html>"""


_SQUARESPACE = (
    '<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"5732253c8a65e244fd589e4c","websiteType":1,'
    '"language":"en-US","timeZone":"America/Chicago","timeZoneOffset":-21600000,"timeZoneAbbr":"CST",'
    '"siteTitle":"Riverbend Clay"}};</script>'
)
_WIX = (
    '<script type="application/json" id="wix-viewer-model">{"site":{"metaSiteId":"7a1b2c3d","siteRevision":214,'
    '"timeZone":"America/New_York","language":"en","locale":"en-us","currency":"USD"}}</script>'
)
_PLATFORM_URL = "https://www.riverbendclay.com/post/bisque-firing"


def test_squarespace_site_zone_shows_the_utc_time() -> None:
    """Squarespace's site settings: America/Chicago, -06:00 in February."""
    value = _published(_platform_blog_page(_PLATFORM_URL, _SQUARESPACE), _PLATFORM_URL)
    assert value.isoformat() == "2026-02-03T09:47:12.123000-06:00"


def test_wix_site_zone_shows_the_utc_time() -> None:
    """Wix's viewer model: America/New_York, -05:00 in February."""
    value = _published(_platform_blog_page(_PLATFORM_URL, _WIX), _PLATFORM_URL)
    assert value.isoformat() == "2026-02-03T10:47:12.123000-05:00"


def test_widget_time_zone_declares_no_site_zone() -> None:
    """Must not fire: a booking widget's configuration names the zone of its event, not the site's."""
    widget = (
        '<script>window.bookingConfig = {"calendar":"workshops","timeZone":"Europe/Berlin",'
        '"slots":[{"start":"2026-03-01T10:00"}]};</script>'
    )
    value = _published(_platform_blog_page(_PLATFORM_URL, widget), _PLATFORM_URL)
    assert value.isoformat() == "2026-02-03T15:47:12.123000+00:00"


def test_unknown_declared_zone_is_ignored() -> None:
    """Must not fire: a declared name that is no zone leaves the time as stored."""
    value = _published(
        _platform_blog_page(_PLATFORM_URL, _SQUARESPACE.replace("America/Chicago", "Mars/Olympus")),
        _PLATFORM_URL,
    )
    assert value.isoformat() == "2026-02-03T15:47:12.123000+00:00"
