"""Author rules for pages that are no newsroom's article (#10, session 12).

- Product cards: a shop's product card in a category grid or a recommendations row is never a byline, whatever
  its name link's class (Shopware 6 `product-box` with `a.product-name`, WooCommerce `ul.products >
  li.product`, Shopify Dawn `product-card-wrapper`, Magento `li.product-item` with `product-item-name`,
  schema.org `itemtype=Product`); the article's own box (a product review marked as a Product) still is.
- Companies: a name closing with a legal form (`S.p.A.`, `Srl`, `SARL`, `Oyj`, `Tbk` after one word; the short
  `AG`, `KG`, `SA`, `SAS`, `BV`, `NV`, `AB`, `Oy`, `ASA`, `Pvt`, `Limited` after two words or more; besides
  `GmbH`, `Ltd`, `Inc` anywhere) is an organisation: the issuing company of a press release (ots/presseportal,
  Business Wire, Cision) goes to the agencies, never the authors. Persons keep their names (an Indonesian
  writer's degree `SE` is no `SE` company).
- Withdrawn after review: a press officer's `Name, role` signature read as the writer (it fired on quoted
  spokespeople, press contacts, board listings and communiqués).

Each test serves a complete page (head metadata, navigation, sidebar or footer) of its family.
"""

from __future__ import annotations

from telisik.extract import extract_article
from telisik.extract.bylines import is_organisation, parse_byline

_PROSE = (
    "Die erste Halbzeit war von beiden Abwehrreihen geprägt, und erst nach zwanzig Minuten setzte sich die "
    "Heimmannschaft mit drei schnellen Gegenstößen zum ersten Mal deutlich ab."
)
_PROSE_2 = (
    "Nach der Pause blieb das Spiel spannend, doch die Mannschaft behielt die Nerven und brachte den Vorsprung "
    "mit einer konzentrierten Leistung in der Schlussphase sicher über die Zeit."
)
_PROSE_EN = (
    "The first half was a tight affair, with both defences on top, and only after twenty minutes did the home "
    "side pull clear with three quick breaks down the left wing."
)


def _page(main: str, *, title: str, lang: str = "de", head: str = "", og_type: str = "article") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} | Beispielseite</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Beispielseite">
<meta name="description" content="{title}">
{head}
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">Beispielseite</a>
  <nav class="main-nav"><ul>
    <li><a href="/aktuelles/">Aktuelles</a></li><li><a href="/service/">Service</a></li>
    <li><a href="/ueber-uns/">Über uns</a></li><li><a href="/kontakt/">Kontakt</a></li>
  </ul></nav>
</header>
<main id="main">
{main}
</main>
<aside class="sidebar">
  <h3>Weitere Meldungen</h3>
  <ul>
    <li><a href="/a/">Jahreshauptversammlung am 13. März</a></li>
    <li><a href="/b/">Neue Trainingszeiten ab Februar</a></li>
  </ul>
</aside>
<footer class="site-footer">
  <p>© 2026 Beispielseite. <a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a></p>
</footer>
</body>
</html>"""


def _article(html: str):
    return extract_article(html, url="https://www.beispiel.de/aktuelles/meldung/")


# --- product cards ----------------------------------------------------------------------------------------


def _shopware_card(name: str, price: str) -> str:
    return f"""<div class="cms-listing-col col-sm-6 col-lg-4"><div class="card product-box box-standard">
<div class="card-body"><div class="product-image-wrapper"><a href="/{name.lower().replace(" ", "-")}/SW1"
title="{name}" class="product-image-link"><img src="/media/p.webp" alt="{name}"></a></div>
<div class="product-info"><div class="product-rating"><span class="visually-hidden">4.6 von 5 Sternen</span>
</div><a href="/p/SW1" class="product-name" title="{name}">{name}</a>
<div class="product-price-wrapper"><span class="product-price">{price} €*</span></div>
<div class="product-action"><button class="btn btn-buy">In den Warenkorb</button></div></div></div></div></div>"""


def test_shopware_category_grid_names_no_author() -> None:
    cards = "".join(
        _shopware_card(name, price)
        for name, price in [("Hanna Trail GTX", "179,95"), ("Lena Hike Mid", "149,95"), ("Mira Low", "99,95")]
    )
    main = f"""<div class="cms-page"><div class="cms-block cms-block-text"><div class="cms-element-text">
<h1>Wanderschuhe für Damen</h1><p>{_PROSE}</p></div></div>
<div class="cms-block cms-block-product-listing"><div class="row cms-listing-row" role="list">{cards}</div></div>
<div class="cms-block cms-block-text"><div class="cms-element-text"><h2>Ratgeber</h2><p>{_PROSE_2}</p>
</div></div></div>"""
    article = _article(_page(main, title="Wanderschuhe Damen", og_type="website"))
    assert article.authors == []


def test_woocommerce_loop_product_names_no_author() -> None:
    items = "".join(
        f"""<li class="product type-product status-publish instock"><a href="/produkt/{slug}/"
class="woocommerce-LoopProduct-link"><img src="/{slug}.jpg" alt=""><span class="author-name">{name}</span></a>
<span class="price">24,90 €</span><a href="?add-to-cart=1" class="button add_to_cart_button">In den Warenkorb</a></li>"""
        for slug, name in [("anna-becher", "Anna Becher"), ("paul-tasse", "Paul Tasse")]
    )
    main = f"""<div class="woocommerce"><h1 class="page-title">Geschirr aus Keramik</h1>
<div class="term-description"><p>{_PROSE}</p><p>{_PROSE_2}</p></div>
<ul class="products columns-4">{items}</ul></div>"""
    article = _article(_page(main, title="Geschirr aus Keramik", og_type="website"))
    assert article.authors == []


def test_a_byline_beside_a_product_box_in_the_text_is_still_read() -> None:
    main = f"""<article class="post"><h1 class="entry-title">Die besten Wanderschuhe im Test</h1>
<div class="entry-meta">Von <span class="author-name"><a href="/autor/julia-brenner/">Julia Brenner</a></span></div>
<div class="entry-content"><p>{_PROSE}</p>
<div class="product-box affiliate"><a class="product-name" href="/go/1">Petra Trail GTX</a>
<span class="price">159 €</span></div><p>{_PROSE_2}</p></div></article>"""
    assert _article(_page(main, title="Die besten Wanderschuhe im Test")).authors == ["Julia Brenner"]


def test_a_product_review_marked_as_a_product_keeps_its_byline() -> None:
    main = f"""<article itemscope itemtype="https://schema.org/Product" class="product-card review">
<h1 itemprop="name">Lowa Renegade im Langzeittest</h1>
<div class="byline">Von <span class="author-name">Tobias Lindner</span></div>
<div class="entry-content"><p>{_PROSE}</p><p>{_PROSE_2}</p></div></article>"""
    assert _article(_page(main, title="Lowa Renegade im Langzeittest")).authors == ["Tobias Lindner"]


# --- companies -----------------------------------------------------------------------------------------------


def _press_release(company: str, contact: str) -> str:
    head = f"""<meta name="author" content="{company}">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "{company} steigert den Umsatz", "datePublished": "2026-02-03T07:00:00Z",
"author": {{"@type": "Organization", "name": "{company}"}}}}</script>"""
    main = f"""<article class="story"><div class="story-header"><a class="company-name" href="/nr/1">{company}</a>
</div><p class="date">03.02.2026 – 08:00</p><h1>{company} steigert den Umsatz</h1>
<p><strong>{_PROSE}</strong></p><p>Zürich (ots) - {_PROSE_2}</p>
<div class="contact-box"><p class="contact-title">Pressekontakt:</p><p>{contact}</p></div></article>"""
    return _page(main, title=f"{company} steigert den Umsatz", head=head)


def test_issuing_company_of_a_press_release_is_no_author() -> None:
    article = _article(
        _press_release(
            "Bergkäserei Nord AG", "Bergkäserei Nord AG<br>Sabine Meier<br>Telefon: +41 44 555 21 80"
        )
    )
    assert article.authors == []
    assert "Bergkäserei Nord AG" in article.agencies


def test_legal_forms_of_many_countries_name_organisations() -> None:
    for name in ["Nordlicht Energie AG", "Vins du Rhône SA", "Cantina Rossi S.p.A.", "Havenbouw Noord BV",
                 "Skogsbolaget Norr AB", "PT Sinar Abadi Tbk", "Acme Widgets Limited"]:  # fmt: skip
        assert is_organisation(name), name


def test_persons_are_no_organisations() -> None:
    assert parse_byline("Budi Santoso SE").authors == ["Budi Santoso"]  # a degree, not a company
    assert parse_byline("Agnes Sabato").authors == ["Agnes Sabato"]
    assert not is_organisation("Paolo Spadaro")
    for name in ["KG Suresh", "SA Aiyar", "PT Usha", "Mamadou SA", "Jean KG", "Bruno Limited"]:
        assert not is_organisation(name), name
