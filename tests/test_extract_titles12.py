"""Title rules for pages whose metadata titles name the site or the section (#10, session 12).

- og:title as the site's name: on a page that is no article (og:type `website`), an og:title that is the last
  segment of the <title> while the page's <h1> shows the <title>'s first part (`Leistungen – Praxis am See`,
  og:title `Praxis am See`, h1 `Unsere Leistungen`: Yoast/Rank Math on Elementor, Divi and WPBakery sites,
  Wix, Jimdo) is the site's name; the <h1> holding the short title's words and a little more is the title.
  An article's og:title, and one the page shows as its <h1> or that no <h1> contradicts (a parliament's
  `Site - Archive - Headline` <title>), stays; so does an og:title the page names nowhere as the site's
  (no JSON-LD WebSite/organisation of that name): an event's after the section's name.
- Shop titles: a <title> whose wording holds `online` beside the shop's known name keeps its wording
  (`Wanderschuhe Damen online kaufen | Shop`), and a three-word category <h1> whose content words all stand in
  that only <title> is the page's title on a page with a grid of product cards (Shopware, Shopify,
  WooCommerce, Magento category pages).
- Withdrawn after review: a one-word og:title read as the section's name (Impressum, Kontakt, Menu are real
  one-word titles).

Each test serves a complete page (head metadata, navigation, sidebar or footer) of its family.
"""

from __future__ import annotations

from telisik.extract import extract_article
from telisik.extract.headline import clean_title

_PROSE = (
    "Die erste Halbzeit war von beiden Abwehrreihen geprägt, und erst nach zwanzig Minuten setzte sich die "
    "Heimmannschaft mit drei schnellen Gegenstößen zum ersten Mal deutlich ab."
)
_PROSE_2 = (
    "Nach der Pause blieb das Spiel spannend, doch die Mannschaft behielt die Nerven und brachte den Vorsprung "
    "mit einer konzentrierten Leistung in der Schlussphase sicher über die Zeit."
)


def _page(
    main: str, *, title: str, og_title: str | None, og_type: str = "website", site: str = "", owner: str = ""
) -> str:
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "MedicalClinic", '
        f'"name": "{owner}", "url": "/"}}</script>'
        if owner
        else ""
    )
    og = f'<meta property="og:title" content="{og_title}">' if og_title is not None else ""
    site_meta = f'<meta property="og:site_name" content="{site}">' if site else ""
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="{og_type}">
{og}
{site_meta}
{ld}
<meta name="description" content="Informationen, Termine und Neuigkeiten.">
</head>
<body>
<header class="site-header">
  <nav class="main-nav" aria-label="Hauptmenü"><ul>
    <li><a href="/aktuelles/">Aktuelles</a></li><li><a href="/leistungen/">Leistungen</a></li>
    <li><a href="/team/">Team</a></li><li><a href="/kontakt/">Kontakt</a></li>
  </ul></nav>
</header>
<main id="content">
{main}
</main>
<aside class="sidebar"><h3>Öffnungszeiten</h3><p>Mo–Fr 8–12 Uhr</p></aside>
<footer class="site-footer">
  <p>© 2026 <a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a></p>
</footer>
</body>
</html>"""


def _title(html: str, url: str = "https://www.beispiel-praxis.de/leistungen/") -> str:
    return extract_article(html, url=url).title


def _elementor(h1: str, text: str = "") -> str:
    return f"""<div data-elementor-type="wp-page" class="elementor elementor-12">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">{h1}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>{text or _PROSE}</p><p>{_PROSE_2}</p></div></div></div>"""


# --- og:title as the site's name -----------------------------------------------------------------------------


def test_elementor_page_og_title_is_the_site_name() -> None:
    html = _page(
        _elementor("Unsere Leistungen"),
        title="Leistungen – Hausarztpraxis am Stadtpark",
        og_title="Hausarztpraxis am Stadtpark",
        owner="Hausarztpraxis am Stadtpark",
    )
    assert _title(html) == "Unsere Leistungen"


def test_an_og_title_the_page_names_nowhere_as_the_site_stays() -> None:
    main = f"""<h1 class="page-title">Veranstaltungen</h1><div class="event-detail">
<h2 class="event-title">Sommerfest am Stadtpark</h2><p class="event-date">Samstag, 6. Juli 2024, ab 14 Uhr</p>
<p>{_PROSE}</p><p>{_PROSE_2}</p></div>"""
    html = _page(
        main,
        title="Veranstaltungen - Sommerfest am Stadtpark",
        og_title="Sommerfest am Stadtpark",
    )
    assert _title(html, "https://www.beispiel-gemeinde.de/veranstaltungen/sommerfest") == (
        "Sommerfest am Stadtpark"
    )


def test_an_article_og_title_after_the_section_stays() -> None:
    html = _page(
        _elementor("Gesundheit aktuell"),
        title="Gesundheit – Grippewelle erreicht die Stadt",
        og_title="Grippewelle erreicht die Stadt",
        og_type="article",
    )
    assert _title(html) == "Grippewelle erreicht die Stadt"


def test_an_archive_title_whose_og_title_no_h1_contradicts_stays() -> None:
    main = f"""<div class="content"><h2>Sie sind hier:</h2><p>{_PROSE}</p><p>{_PROSE_2}</p></div>"""
    html = _page(
        main,
        title="Landtag - Textarchiv - Erinnerung an die Opfer der Flut",
        og_title="Erinnerung an die Opfer der Flut",
        site="Landtag",
    )
    assert (
        _title(html, "https://www.landtag.example/textarchiv/flut.html") == "Erinnerung an die Opfer der Flut"
    )


def test_a_one_word_headline_shown_as_the_h1_stays() -> None:
    main = f"""<article><h1 class="entry-title">Brexit</h1><p>{_PROSE}</p><p>{_PROSE_2}</p></article>
<section class="related"><h2>Drei Jahre danach: eine Bilanz</h2></section>"""
    html = _page(main, title="Brexit | Beispiel Zeitung", og_title="Brexit", og_type="article")
    assert _title(html, "https://www.beispiel-zeitung.de/brexit/") == "Brexit"


# --- shop titles -----------------------------------------------------------------------------------------------


_BOXES = "".join(
    f"""<div class="cms-listing-col col-sm-6 col-lg-4"><div class="card product-box box-standard"><div class="card-body">
<a href="/{slug}/" class="product-image-link"><img src="/{slug}.jpg" alt="{name}"></a><div class="product-info">
<a href="/{slug}/" class="product-name" title="{name}">{name}</a><span class="product-price">129,95 €</span>
</div></div></div></div>"""
    for slug, name in (
        ("gtx-lady", "Alpina Trail Lady GTX"),
        ("mid-w", "Bergfex Mid W"),
        ("tour-w", "Tour Pro W"),
    )
)


def _shopware(h1: str, grid: bool = True) -> str:
    boxes = f'<div class="cms-listing-row js-listing-wrapper">{_BOXES}</div>' if grid else ""
    return f"""<div class="cms-page"><div class="cms-block cms-block-text"><div class="cms-element-text">
<h1>{h1}</h1><p>{_PROSE}</p></div></div>{boxes}<div class="cms-block cms-block-text seo-text">
<div class="cms-element-text"><h2>So finden Sie das richtige Modell</h2><p>{_PROSE_2}</p></div></div></div>"""


def test_shop_category_h1_under_an_seo_title() -> None:
    html = _page(
        _shopware("Wanderschuhe für Damen"),
        title="Wanderschuhe Damen online kaufen | Bergsport Beispiel",
        og_title="Bergsport Beispiel",
        site="Bergsport Beispiel",
    )
    assert _title(html, "https://www.bergsport-beispiel.de/damen/wanderschuhe/") == "Wanderschuhe für Damen"


def test_a_three_word_h1_with_other_words_keeps_the_title() -> None:
    html = _page(
        _shopware("Damen Wanderschuhe Sale"),
        title="Wanderschuhe Damen online kaufen | Bergsport Beispiel",
        og_title="Bergsport Beispiel",
        site="Bergsport Beispiel",
    )
    assert _title(html, "https://www.bergsport-beispiel.de/damen/sale/") == "Wanderschuhe Damen online kaufen"


def test_an_article_title_beside_its_h1_is_not_a_shop_title() -> None:
    html = _page(
        _shopware("Wanderschuhe für Damen"),
        title="Wanderschuhe Damen im Test | Bergsport Magazin",
        og_title="Wanderschuhe Damen im Test",
        og_type="article",
        site="Bergsport Magazin",
    )
    assert _title(html, "https://www.bergsport-magazin.de/test/") == "Wanderschuhe Damen im Test"


def test_clean_title_keeps_wording_beside_the_known_site_name() -> None:
    assert (
        clean_title("Trainingsplan online erstellen | Laufwerk", ["Laufwerk"])
        == "Trainingsplan online erstellen"
    )
    assert clean_title("Fake News erkennen | Nachrichten Online", ["Beispiel"]) == (
        "Fake News erkennen | Nachrichten Online"
    )
    assert clean_title("Berita Online", ["Kabar Contoh"]) == "Berita Online"
