"""Product pages and listicles as the web served them in 2014-2020 (issue #10, session 14, web-kinds-9):

- Magento 1's RWD theme sets a product's tabs as a definition list (`dl.collateral-tabs`: `<dt class="tab">` the
  label, `<dd class="tab-container">` the panel). A `<dd>` so classed in a `<dl>` is a panel as a Bootstrap
  `.tab-pane`, a WooCommerce `.woocommerce-Tabs-panel` or a `<details>` is: the `Technische Daten` table tab
  joins the description, and the reviews and shipping tabs go on a product page, named so by their class/id
  (`box-reviews`), or a tab whose `<dt>` label is nothing but shipping/returns/payment words (`Versand &
  Rückgabe`) beside a longer description tab. A `div.tab-container` (as often the whole group of tabs) is no
  panel; on an article the same tabs stay.
- on a product page, a lead-in line (`Die Vorteile auf einen Blick:`) over the one short list of feature bullets
  that ends the description keeps its bullets (Magento, WooCommerce, Shopware description tabs); not under a
  payment/shipping lead-in; an article's `Lesen Sie auch:` over a list of links at its end still goes.
- (an affiliate-box rule, Burda/Funke-like `affiliate-box`, AAWP, Lasso, was withdrawn after review: gift guides,
  product reviews, recipes and book reviews set their own text in the same boxes.)
- a broadcaster's media widgets between the paragraphs (ARD/BR/tagesschau-like `mediaCon videoCon` boxes,
  ORF/SRF/ZDF-like players, WordPress/Drupal/TYPO3 gallery sliders): a video/audio box holding a player and one
  short line opening with its medium's label (`Video: title | programme, date`) in a text five times longer, on a
  page of at most two such boxes, and a gallery named so holding a worded pager line (`zurück Bild 1 von 6
  weiter`, never bare digits) and little of the text, go whole. A photo story whose gallery
  captions are the text, and a paragraph opening with `Video:` outside a player, stay.
"""

from __future__ import annotations

from telisik.extract import extract_article

_DESCRIPTION = [
    "Ein Schneidebrett für viele Jahre: Das Stirnholz aus geölter Eiche schont die Klingen Ihrer Messer, weil die "
    "Schneide zwischen die Fasern gleitet, statt sie zu durchtrennen.",
    "Die umlaufende Saftrille fängt Flüssigkeit beim Schneiden von Braten und Obst auf. Gummifüße an der "
    "Unterseite verhindern, dass das Brett auf der Arbeitsplatte verrutscht, und halten es trocken.",
    "Mit 45 mal 30 Zentimetern bietet das Brett genug Platz für einen ganzen Braten oder ein großes Brot. Wir "
    "empfehlen, es regelmäßig mit etwas Speiseöl zu pflegen.",
]
_BULLETS = ["aus massivem Eichenholz", "mit Saftrille", "rutschfeste Gummifüße", "in Deutschland gefertigt"]
_SPECS = [
    ("Artikelnummer", "KB-4411"),
    ("Material", "Eiche, geölt"),
    ("Maße", "45 x 30 x 4 cm"),
    ("Gewicht", "3,1 kg"),
]
_REVIEW = "Sehr schwer und stabil, genau so wollte ich es. Die Saftrille ist praktisch."
_SHIPPING = "Versandkostenfrei ab 49 Euro. Sie können alle Artikel innerhalb von 30 Tagen zurückgeben."


def _head(title: str, jsonld: str) -> str:
    return (
        f'<head><meta charset="utf-8"><title>{title} | Shop</title>'
        f'<meta name="description" content="{title}"><meta property="og:site_name" content="Küchenhaus">'
        f'<script type="application/ld+json">{jsonld}</script></head>'
    )


def _magento(
    *, tabs: str, jsonld: str = '{"@context":"http://schema.org","@type":"Product","name":"Brett"}'
) -> str:
    nav = "".join(f'<li><a href="/kat{i}">Kategorie {i}</a></li>' for i in range(8))
    footer = "".join(f'<li><a href="/service{i}">Service {i}</a></li>' for i in range(6))
    return (
        f"<!DOCTYPE html><html lang='de'>{_head('Stirnholz-Schneidebrett Eiche', jsonld)}"
        "<body class='catalog-product-view'><div class='wrapper'><div class='page'>"
        f"<header class='page-header'><nav id='nav'><ul>{nav}</ul></nav></header>"
        "<div class='main-container col1-layout'><div class='main'><div class='col-main'>"
        "<div class='product-view'><div class='product-essential'>"
        "<form action='/checkout/cart/add/product/77/' method='post' id='product_addtocart_form'>"
        "<div class='product-name'><h1>Stirnholz-Schneidebrett Eiche</h1></div>"
        "<div class='price-box'><span class='price'>89,90 €</span></div>"
        "<button type='submit' class='button btn-cart'>In den Warenkorb</button></form></div>"
        f"<div class='product-collateral toggle-content tabs'><dl id='collateral-tabs' class='collateral-tabs'>"
        f"{tabs}</dl></div></div></div></div></div>"
        f"<footer class='footer'><ul>{footer}</ul><address>© 2017 Küchenhaus GmbH</address></footer>"
        "</div></div></body></html>"
    )


def _tab(label: str, content: str) -> str:
    return (
        f"<dt class='tab'><span>{label}</span></dt>"
        f"<dd class='tab-container'><div class='tab-content'>{content}</div></dd>"
    )


def _description(*, lead_in: bool = True) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in _DESCRIPTION)
    bullets = "".join(f"<li>{text}</li>" for text in _BULLETS)
    lead = "<p><strong>Das Wichtigste auf einen Blick:</strong></p>" if lead_in else ""
    return f"<div class='std'>{paragraphs}{lead}<ul class='disc'>{bullets}</ul></div>"


def _spec_table() -> str:
    rows = "".join(f"<tr><th class='label'>{k}</th><td class='data'>{v}</td></tr>" for k, v in _SPECS)
    return f"<table class='data-table' id='product-attribute-specs-table'><tbody>{rows}</tbody></table>"


def _reviews() -> str:
    entries = "".join(
        f"<dt><a href='/review/product/view/id/{i}/'>Top</a> Bewertung von Kunde {i}</dt><dd>{_REVIEW}"
        f"<small class='date'>(Veröffentlicht am 1{i}.02.2017)</small></dd>"
        for i in range(3)
    )
    return f"<div class='box-collateral box-reviews' id='customer-reviews'><h2>Kundenbewertungen</h2><dl>{entries}</dl></div>"


def _body(html: str) -> str:
    return extract_article(html, url="https://www.kuechenhaus.example/schneidebrett-eiche.html").body


def test_magento_tabs_keep_the_spec_table_and_drop_reviews_and_shipping() -> None:
    tabs = (
        _tab("Produktbeschreibung", _description())
        + _tab("Technische Daten", _spec_table())
        + _tab("Kundenbewertungen (3)", _reviews())
        + _tab("Versand &amp; Rückgabe", f"<div class='std'><p>{_SHIPPING}</p></div>")
    )
    body = _body(_magento(tabs=tabs))
    assert _DESCRIPTION[0] in body
    assert "Material | Eiche, geölt" in body and "Gewicht | 3,1 kg" in body
    assert _BULLETS[-1] in body
    assert _REVIEW not in body and "Kundenbewertungen" not in body
    assert _SHIPPING not in body


def test_product_page_with_a_list_only_keeps_its_bullets() -> None:
    """A product whose description is a paragraph or three and a list, without any table: the list stays."""
    tabs = _tab("Produktbeschreibung", _description()) + _tab("Kundenbewertungen (3)", _reviews())
    body = _body(_magento(tabs=tabs))
    for bullet in _BULLETS:
        assert bullet in body
    assert _REVIEW not in body


def test_care_tab_of_a_product_stays() -> None:
    """A tab whose label names no shop terms (`Pflegehinweise`) is the product's text."""
    care = (
        "Das Brett nach dem Gebrauch mit warmem Wasser abspülen und aufrecht trocknen lassen. Nicht in die "
        "Spülmaschine geben, das Holz quillt sonst auf und reißt mit der Zeit."
    )
    tabs = _tab("Produktbeschreibung", _description()) + _tab(
        "Pflegehinweise", f"<div class='std'><p>{care}</p></div>"
    )
    body = _body(_magento(tabs=tabs))
    assert care in body and _DESCRIPTION[0] in body


def test_article_in_definition_tabs_keeps_its_delivery_tab() -> None:
    """An article (NewsArticle, no product) set in the same tabs: a tab labelled `Lieferung` is its text."""
    delivery = (
        "Die Paketdienste rechnen in diesem Jahr mit einem neuen Rekord: Bis Weihnachten sollen mehr als 400 "
        "Millionen Sendungen zugestellt werden, viele davon an Samstagen und in den Abendstunden."
    )
    tabs = _tab("Überblick", _description(lead_in=False)) + _tab(
        "Lieferung &amp; Versand", f"<div class='std'><p>{delivery}</p></div>"
    )
    html = _magento(
        tabs=tabs, jsonld='{"@context":"http://schema.org","@type":"NewsArticle","headline":"Pakete"}'
    )
    html = html.replace(
        "<form action='/checkout/cart/add/product/77/' method='post' id='product_addtocart_form'>", "<div>"
    )
    html = html.replace(
        "<button type='submit' class='button btn-cart'>In den Warenkorb</button></form>", "</div>"
    )
    body = _body(html)
    assert delivery in body


def test_article_read_also_list_at_its_end_still_goes() -> None:
    """The lead-in rule is a product page's: an article's `Lesen Sie auch:` links at its end go as before."""
    paragraphs = "".join(f"<p>{text}</p>" for text in _DESCRIPTION * 2)
    links = "".join(f"<li><a href='/artikel-{i}.html'>Noch ein Thema Nummer {i}</a></li>" for i in range(4))
    html = (
        "<!DOCTYPE html><html lang='de'><head><title>Schneidebretter im Test</title>"
        '<meta property="og:type" content="article"></head><body><article><h1>Schneidebretter im Test</h1>'
        f"<div class='article-body'>{paragraphs}<p>Lesen Sie auch:</p><ul>{links}</ul></div></article></body></html>"
    )
    body = _body(html)
    assert _DESCRIPTION[-1] in body
    assert "Noch ein Thema Nummer 1" not in body


_ITEMS = [
    (
        "1. Mit einem Plan starten",
        "Schreib dir vorher auf, welche Räume du an welchem Tag putzt. Wer einfach loslegt, putzt erfahrungsgemäß "
        "dreimal die Küche und vergisst das Bad.",
    ),
    (
        "2. Von oben nach unten",
        "Erst Lampen und Regale, dann die Arbeitsflächen, zum Schluss der Boden. So fällt der Staub nicht auf die "
        "bereits geputzten Flächen, und du musst nichts doppelt machen.",
    ),
    (
        "3. Fenster bei bedecktem Himmel",
        "Die Sonne trocknet das Wasser zu schnell und es bleiben Schlieren. Ein grauer Tag ist ideal, ein Schuss "
        "Spiritus im Putzwasser sorgt für zusätzlichen Glanz.",
    ),
]


def _burda_box(name: str) -> str:
    return (
        "<div class='affiliate-box' data-vars-affiliate='amazon'><span class='affiliate-box__label'>Bestseller</span>"
        f"<img class='affiliate-box__img' src='/img/{len(name)}.jpg' alt='{name}'>"
        f"<p class='affiliate-box__title'>{name}</p><p class='affiliate-box__text'>Spart Zeit und Nerven.</p>"
        "<span class='affiliate-box__price'>ca. 9,99 €</span>"
        "<a class='affiliate-box__button' href='https://www.amazon.de/dp/B07X?tag=mag-21' "
        "rel='nofollow noopener sponsored'>Hier bei Amazon kaufen*</a>"
        "<span class='affiliate-box__note'>*Affiliate-Link</span></div>"
    )


def _aawp_box(name: str) -> str:
    return (
        "<div class='aawp'><div class='aawp-product aawp-product--horizontal'>"
        f"<a class='aawp-product__image-link' href='https://amzn.to/3abc'><img src='/a.jpg' alt='{name}'></a>"
        f"<div class='aawp-product__content'><a class='aawp-product__title' href='https://amzn.to/3abc'>{name}</a>"
        "<div class='aawp-product__description'><ul><li>Waschbar bis 90 Grad</li></ul></div></div>"
        "<div class='aawp-product__footer'><span class='aawp-product__price'>12,99 €</span>"
        "<a class='aawp-button' href='https://amzn.to/3abc'>Bei Amazon ansehen</a></div></div></div>"
    )


def _listicle(inserts: list[str]) -> str:
    items = "".join(f"<h2>{h}</h2><p>{p}</p>{extra}" for (h, p), extra in zip(_ITEMS, inserts, strict=True))
    nav = "".join(f"<li><a href='/ressort{i}'>Ressort {i}</a></li>" for i in range(8))
    teasers = "".join(f"<li><a href='/leben/t{i}.html'>Noch mehr Tipps, Folge {i}</a></li>" for i in range(5))
    return (
        "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Frühjahrsputz: 3 Tipps | Magazin</title>"
        '<meta property="og:type" content="article"><meta name="author" content="Lisa Sommer">'
        '<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle",'
        '"headline":"Frühjahrsputz: 3 Tipps"}</script></head><body>'
        f"<header><nav><ul>{nav}</ul></nav></header><main><article class='article'>"
        "<h1>Frühjahrsputz: 3 Tipps</h1><p class='byline'>Von Lisa Sommer</p>"
        "<div class='article__body'><p class='intro'><strong>Die Sonne kommt raus und plötzlich sieht man jeden "
        "Streifen auf dem Fenster. Mit diesen Tricks geht der Frühjahrsputz schneller.</strong></p>"
        f"{items}</div></article><aside class='sidebar'><ul>{teasers}</ul></aside></main>"
        "<footer><p>© 2019 Magazin</p></footer></body></html>"
    )


def _list_body(inserts: list[str]) -> str:
    return extract_article(_listicle(inserts), url="https://www.magazin.example/leben/putzen.html").body


def test_affiliate_boxes_between_listicle_items_stay() -> None:
    """The affiliate-box rule was withdrawn after review (gift guides, product reviews, recipes and book reviews
    set their own text in the same boxes): the listicle keeps its items and the boxes alike."""
    body = _list_body(
        [_burda_box("Fensterwischer mit Sprühfunktion"), _aawp_box("Mikrofasertücher 12er-Set"), ""]
    )
    for heading, paragraph in _ITEMS:
        assert heading in body and paragraph in body


def test_paragraph_with_an_inline_affiliate_link_stays() -> None:
    inline = (
        "<p>Ich nehme dafür seit Jahren einen <a href='https://www.amazon.de/dp/B07Y?tag=mag-21' "
        "rel='sponsored nofollow'>Fensterwischer mit Sprühfunktion*</a>, weil man damit keinen Eimer mehr durch die "
        "Wohnung schleppen muss und die Scheiben in der Hälfte der Zeit sauber sind.</p>"
    )
    body = _list_body(["", inline, ""])
    assert "weil man damit keinen Eimer mehr durch die Wohnung schleppen muss" in body


def test_long_review_in_a_product_box_stays() -> None:
    """A product box holding a review's paragraphs (more than a pitch) is the text, whatever its class says."""
    review = (
        "Wir haben den Fensterwischer vier Wochen lang an Altbaufenstern, Dachfenstern und einer Glastür "
        "getestet. Die Sprühfunktion verteilt das Wasser gleichmäßig, der Tank reicht für etwa zehn Fenster, und "
        "die Gummilippe hinterlässt auch an den Rändern kaum Schlieren. Schwächen zeigt er nur bei sehr großen "
        "Flächen, weil man den Tank dort zwischendurch nachfüllen muss. Unser Fazit nach dem Test: Für kleine "
        "und mittlere Wohnungen ist er eine echte Hilfe, für Wintergärten eher nicht."
    )
    box = (
        f"<div class='product-box'><p>{review}</p>"
        "<a href='https://www.amazon.de/dp/B07Z' rel='sponsored'>Zum Angebot*</a></div>"
    )
    body = _list_body(["", "", box])
    assert review in body


_NEWS = [
    "Bis zu 80 Zentimeter Neuschnee sind seit Samstag in den Alpen gefallen, dazu kam kräftiger Westwind. Der "
    "Lawinenwarndienst hat die Gefahr oberhalb von 1.600 Metern deshalb auf Stufe vier von fünf angehoben.",
    "Besonders tückisch seien die frischen Triebschneeansammlungen hinter Graten und in Rinnen, erklärt ein "
    "Sprecher der Bergwacht. Schon das Gewicht eines einzelnen Skifahrers könne eine Lawine auslösen.",
    "Allein am Sonntag musste die Bergwacht zu drei Einsätzen ausrücken. Am Fellhorn wurde ein Snowboarder von "
    "einem Schneebrett erfasst und rund 200 Meter mitgerissen, er konnte sich aber selbst befreien.",
    "Nach Angaben des Wetterdienstes soll es ab Dienstag milder werden. Das sei aber keine Entwarnung, betont der "
    "Lawinenwarndienst: Steigende Temperaturen könnten die Schneedecke zusätzlich schwächen.",
]
_VIDEO_LINE = "Video: Abgang am Fellhorn | Alpenfunk Fernsehen, Abendschau, 12.03.2018"


def _video_box() -> str:
    return (
        "<div class='mediaCon videoCon'><div class='videoplayer'><img src='/v.jpg' alt='Lawine'>"
        f"<span class='play'>Video</span></div><p class='subtitle small'>{_VIDEO_LINE}</p></div>"
    )


def _gallery(captions: list[str]) -> str:
    slides = "".join(
        f"<li><img src='/g{i}.jpg' alt=''><p class='bildunterschrift'>{c}</p></li>"
        for i, c in enumerate(captions)
    )
    return (
        "<div class='bildergalerie'><h3 class='galerieTitel'>Bildergalerie</h3>"
        f"<div class='galerieNavi'><a href='#' class='zurueck'>zurück</a> <span>Bild 1 von {len(captions)}</span> "
        f"<a href='#' class='weiter'>weiter</a></div><ul class='galerie'>{slides}</ul></div>"
    )


def _broadcast(inserts: list[str], paragraphs: list[str] = _NEWS) -> str:
    text = "".join(
        f"<p class='text small'>{p}</p>{extra}" for p, extra in zip(paragraphs, inserts, strict=True)
    )
    nav = "".join(f"<li><a href='/rubrik{i}'>Rubrik {i}</a></li>" for i in range(8))
    return (
        "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Lawinengefahr im Allgäu | Alpenfunk</title>"
        '<meta property="og:type" content="article"></head><body>'
        f"<header><nav><ul>{nav}</ul></nav></header><div id='content'><div class='detail'>"
        "<h1>Lawinengefahr im Allgäu</h1><p class='autor'>Von Markus Huber</p>"
        f"<div class='modParagraph'>{text}</div></div></div>"
        "<footer><p>© 2018 Alpenfunk</p></footer></body></html>"
    )


def _news_body(html: str) -> str:
    return extract_article(html, url="https://www.alpenfunk.example/nachrichten/lawinengefahr-100.html").body


def test_video_box_and_gallery_between_paragraphs_go() -> None:
    body = _news_body(_broadcast(["", _video_box(), _gallery(["Verschneite Hänge.", "Die Bergwacht."]), ""]))
    for paragraph in _NEWS:
        assert paragraph in body
    assert _VIDEO_LINE not in body and "Bildergalerie" not in body and "Bild 1 von 2" not in body


def test_paragraph_opening_with_video_outside_a_player_stays() -> None:
    line = (
        "<div class='media-hinweis'><p>Video: Die Bergwacht zeigt in einem neuen Film, wie man sich bei einem "
        "Lawinenabgang richtig verhält und was in den Rucksack gehört.</p></div>"
    )
    body = _news_body(_broadcast(["", line, "", ""]))
    assert "Die Bergwacht zeigt in einem neuen Film" in body


def test_photo_story_whose_gallery_captions_are_the_text_keeps_them() -> None:
    """A photo story: its gallery's slides carry the text (long captions), so nothing of it goes."""
    captions = [
        "Am Morgen nach dem Sturm liegen die Hänge am Nebelhorn unter einer meterhohen Schneedecke. Die Lifte stehen "
        "still, die Pistenraupen warten im Tal auf bessere Sicht, und die Bergbahn meldet, dass der Betrieb frühestens "
        "am Mittwoch wieder aufgenommen werden kann, wenn die Sprengungen an den Nordhängen abgeschlossen sind.",
        "Die Bergwacht Oberstdorf übt am Vormittag die Suche nach Verschütteten. Jeder Handgriff muss sitzen, denn "
        "nach fünfzehn Minuten sinken die Überlebenschancen rapide. Die Retter arbeiten mit Sonden, Schaufeln und "
        "einem Suchhund, der in den vergangenen Jahren schon mehrere Tourengeher unter dem Schnee gefunden hat.",
        "Gesperrt: Die Straße über den Riedbergpass bleibt bis auf Weiteres zu. Räumfahrzeuge kommen gegen die "
        "Verwehungen nicht an, der Umweg über das Tal dauert eine Stunde. Die Gemeinde bittet Pendler, auf die Bahn "
        "umzusteigen, und hat einen zusätzlichen Bus zwischen Balderschwang und Sonthofen eingerichtet.",
    ]
    slides = "".join(
        f"<li><img src='/g{i}.jpg' alt=''><div class='slide-text'><p>{c}</p></div></li>"
        for i, c in enumerate(captions)
    )
    gallery = (
        "<div class='bildergalerie'><h3>Bildergalerie</h3><div class='galerieNavi'><a href='#'>zurück</a> "
        f"<span>Bild 1 von 3</span> <a href='#'>weiter</a></div><ul class='galerie'>{slides}</ul></div>"
    )
    body = _news_body(_broadcast([gallery], paragraphs=[_NEWS[0]]))
    for caption in captions:
        assert caption in body


def test_review_article_with_product_markup_keeps_its_read_also_rule() -> None:
    """A review article (Product JSON-LD holding a Review: no strict product page) ending with `Lesen Sie auch:`
    and its links: the lead-in rule is not a review's, the links still go."""
    paragraphs = "".join(f"<p>{text}</p>" for text in _DESCRIPTION * 2)
    links = "".join(f"<li><a href='/test-{i}.html'>Noch ein Test Nummer {i}</a></li>" for i in range(4))
    jsonld = '{"@context":"http://schema.org","@type":"Product","name":"Brett","review":{"@type":"Review"}}'
    html = (
        f"<!DOCTYPE html><html lang='de'>{_head('Schneidebrett im Test', jsonld)}<body><article>"
        f"<h1>Schneidebrett im Test</h1><div class='article-body'>{paragraphs}<p>Lesen Sie auch:</p>"
        f"<ul>{links}</ul></div></article></body></html>"
    )
    body = _body(html)
    assert _DESCRIPTION[-1] in body
    assert "Noch ein Test Nummer 2" not in body


def test_video_box_with_a_paragraph_of_text_stays() -> None:
    """A player box whose text is a paragraph (more than a `Video:` line) keeps it."""
    long_line = (
        "Video: Abgang am Fellhorn. Die Aufnahmen eines Tourengehers zeigen, wie sich das Schneebrett am Grat löst "
        "und über die Rinne ins Tal rutscht. Der Snowboarder, der darunter stand, wurde rund 200 Meter mitgerissen "
        "und konnte sich nach wenigen Minuten selbst befreien, wie die Bergwacht später bestätigte. Die Polizei "
        "ermittelt nun, ob die Gruppe die gesperrte Abfahrt bewusst genutzt hat."
    )
    box = (
        "<div class='mediaCon videoCon'><div class='videoplayer'><img src='/v.jpg' alt=''></div>"
        f"<p class='text small'>{long_line}</p></div>"
    )
    body = _news_body(_broadcast(["", box, "", ""]))
    assert long_line in body


def test_gallery_holding_most_of_a_short_text_is_not_cut() -> None:
    """A gallery holding most of a short story's text is the story's own part, not a widget beside the text: the
    rule leaves it as the scores read it (its title and pager with it; the captions go as captions do)."""
    captions = [
        f"Szene {i}: Räumfahrzeuge am Riedbergpass im dichten Schneetreiben am Montagmorgen."
        for i in range(6)
    ]
    body = _news_body(
        _broadcast([_gallery(captions)], paragraphs=["Schnee im Allgäu: die Bilder des Tages."])
    )
    assert "Schnee im Allgäu" in body
    assert "Bildergalerie" in body
