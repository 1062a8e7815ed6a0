"""Block choice on non-article pages, round 2 (session 15, #10): the classes a blind set of 14 pages showed.

- Product pages whose `<main>` holds a customer-review widget (Judge.me, Yotpo, Stamped, Okendo, WooCommerce,
  Shopware, Magento): the declared-main fallback, which takes the whole region when the chosen text is a small
  part of it, does not take it there: it would bring the reviews in with the description.
- A sidebar named so by the layout (`#sidebar`, `widget-area`, Drupal's `sidebar` columns, `role="complementary"`)
  whose list of dated teasers (a news ticker: linked titles, dates, summaries) won over the content column's own
  prose (about, company and service pages of short boxes: custom PHP sites, WordPress and Joomla templates): the
  choice leaves the sidebar. A sidebar that holds no list of posts, or a page with nothing outside it, keeps it.
- Pages that set each section in a frame of its own (Bootstrap `section > div.container > div.row > div.col-md-8`,
  Foundation, Bulma, Elementor and WPBakery rows), the sections' own classes differing: the other framed sections
  that open with an unlinked heading over link-poor prose paragraphs join the winner (two at least). A news
  article's framed newsletter box or framed teasers (linked headings) do not; since review round 2 never on a
  page that declares an article, nor a frame whose classes name furniture (author, comments, related, CTA, …).
- A section heading that opens the text stays when a later heading of the text has its tag and class (an about or
  association page's `<h3>` sections in Joomla, TYPO3 service pages' `h2.sp-section__title`, a shop's description
  and data tabs). A news page's kicker in a class of its own, or a lone heading, still goes; since review round 2
  the rule is off on pages whose head or JSON-LD declares an article (section names as plain subheadings).
- A landing page's testimonials and pricing tables (Elementor, Divi, Beaver Builder, Avada, WPBakery themes),
  inside the text of a page that declares no article, are skipped (since review round 2: only both kinds
  together or a page builder's own widget, and none set between the text's paragraphs); so are carousels' cloned slides (Owl
  Carousel, Slick, Swiper) on any page. A declared article's quotes and a page of testimonials stay.
- A tab panel shut by an inline style (WooCommerce's `wc-tabs` `Zusätzliche Informationen`, jQuery UI tabs,
  Magento 2 product tabs) whose tab names it is read with its group when the tab names a description or data
  (since review round 2); the shop's review panel stays shut, and a shut panel no tab names stays hidden. On a product page the feature bullets and data rows that close
  the description stay; a WordPress body class (`right-sidebar`) no longer hides the cart form's product signal.

Each test serves a complete page (head metadata, navigation, sidebar, footer) and names the family it stands for.
"""

from __future__ import annotations

from telisik.extract import extract_article

_NAV = """<header class="site-header"><a class="logo" href="/">Start</a>
<nav class="main-nav"><ul><li><a href="/a">Aktuelles</a></li><li><a href="/b">Service</a></li>
<li><a href="/c">Kontakt</a></li><li><a href="/d">Impressum</a></li></ul></nav></header>"""
_FOOTER = """<footer class="site-footer"><p>© 2019 Firma</p><ul><li><a href="/datenschutz">Datenschutz</a></li>
<li><a href="/impressum">Impressum</a></li><li><a href="/agb">AGB</a></li></ul></footer>"""
_ARTICLE_HEAD = """<meta property="og:type" content="article">
<meta property="article:published_time" content="2019-05-02T08:00:00+02:00">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Stadtrat beschließt neuen Haushalt", "datePublished": "2019-05-02T08:00:00+02:00",
"author": {"@type": "Person", "name": "Eva Roth"}}</script>"""


def _page(title: str, head: str, body: str, *, lang: str = "de", body_class: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{title}">
{head}
</head><body class="{body_class}">{_NAV}{body}{_FOOTER}</body></html>"""


def _sentence(topic: str, i: int) -> str:
    return (
        f"{topic} {i}: Wir arbeiten seit vielen Jahren mit Kunden aus der Region zusammen und legen Wert auf "
        f"kurze Wege, klare Absprachen und eine Arbeit, die auch nach Jahren noch trägt."
    )


# --- customer reviews inside <main> -----------------------------------------------------------------------------

_REVIEWS = [
    "Endlich ein Kaffee, der nicht sauer schmeckt. Ich brühe ihn jeden Morgen mit dem Handfilter und bin jedes Mal "
    "wieder begeistert, wie blumig und süß er ist, auch wenn er etwas abkühlt.",
    "Als Espresso war er mir zu hell, als Filterkaffee aber wirklich schön klar und elegant. Die Lieferung kam nach "
    "zwei Tagen, die Verpackung war plastikfrei und das Röstdatum ganz frisch.",
    "Geschenk für den Schwiegervater, der sonst nur Supermarktkaffee trinkt. Er hat extra angerufen, um zu fragen, "
    "wo wir den herhaben, und bestellt inzwischen selbst jeden Monat nach.",
    "Der Kundenservice hat sofort reagiert, als ich versehentlich die falsche Mahlung bestellt hatte. Am nächsten "
    "Tag kam eine neue Tüte, die falsche durfte ich behalten. Sehr fair.",
]


def _judgeme(reviews: list[str]) -> str:
    items = "".join(
        f'<div class="jdgm-rev"><div class="jdgm-rev__header"><span class="jdgm-rev__author">Kunde {i}</span></div>'
        f'<div class="jdgm-rev__content"><b class="jdgm-rev__title">Sehr gut</b><div class="jdgm-rev__body">'
        f"<p>{text}</p></div></div></div>"
        for i, text in enumerate(reviews)
    )
    return (
        '<div id="shopify-product-reviews"><div class="jdgm-widget jdgm-review-widget"><div class="jdgm-rev-widg">'
        '<h2 class="jdgm-rev-widg__title">Kundenbewertungen</h2><div class="jdgm-rev-widg__body">'
        f"{items}</div></div></div></div>"
    )


def test_reviews_in_main_do_not_widen_a_product_description() -> None:
    """Shopify (Debut) with Judge.me inside `<main>`: the short description stays the text, without reviews."""
    head = '<meta property="og:type" content="product"><meta property="og:title" content="Sidamo Bensa">'
    body = f"""<main id="MainContent" role="main"><div class="product-single"><h1>Sidamo Bensa, 250 g</h1>
<p class="price">€10,90</p><form action="/cart/add" method="post"><button>In den Warenkorb</button></form>
<div class="product-single__description rte"><p>Unser Sidamo stammt von einer Kooperative im Süden Äthiopiens,
wo Kleinbauern ihre Kirschen auf rund 2.100 Metern Höhe ernten.</p><p>Die Bohnen werden gewaschen aufbereitet
und in kleinen Chargen hell geröstet.</p></div></div>{_judgeme(_REVIEWS)}</main>"""
    text = extract_article(_page("Sidamo Bensa – Rösterei", head, body)).body
    assert "Kooperative im Süden Äthiopiens" in text
    assert "Schwiegervater" not in text and "Kundenbewertungen" not in text


def test_main_region_of_a_page_without_reviews_still_widens() -> None:
    """A shop's information page (`<main>` of link-poor sections, no review widget): the declared main is taken."""
    sections = "".join(
        f'<div class="info-block"><h2>Thema {i}</h2><p>{_sentence("Versandinfo", i)}</p></div>'
        for i in range(5)
    )
    body = f"""<main role="main"><div class="page-intro"><p>{_sentence("Einleitung", 0)}</p>
<p>{_sentence("Einleitung", 1)}</p></div>{sections}</main>"""
    text = extract_article(_page("Lieferung und Versand", "", body)).body
    assert "Einleitung 0" in text and "Versandinfo 4" in text


def test_news_page_main_with_reader_reviews_keeps_its_story() -> None:
    """A declared news story whose `<main>` ends with a `yotpo-reviews` box: the story, as before."""
    story = "".join(f"<p>{_sentence('Absatz', i)}</p>" for i in range(5))
    reviews = "".join(f'<div class="yotpo-review"><p>{text}</p></div>' for text in _REVIEWS[:2])
    body = f"""<main><article><h1>Rösterei öffnet wieder</h1><div class="entry-content">{story}</div></article>
<section class="yotpo-reviews">{reviews}</section></main>"""
    text = extract_article(_page("Rösterei öffnet wieder", _ARTICLE_HEAD, body)).body
    assert "Absatz 0" in text and "Absatz 4" in text
    assert "Schwiegervater" not in text


# --- a sidebar's teaser list ------------------------------------------------------------------------------------


def _ticker(count: int) -> str:
    items = "".join(
        f'<div class="newsitem"><span class="datum">1{i}.0{i + 1}.2015</span><h3><a href="/news.php?id={i}">'
        f'Meldung {i}</a></h3><div class="newstext">Für einen Kunden aus Thüringen haben wir im Sommer drei Tage '
        f"lang gedreht. Entstanden ist ein Film über die Restaurierung eines Festsaals, der ab November im "
        f"Besucherzentrum läuft und die Arbeit der Restauratoren zeigt ({i}).</div></div>"
        for i in range(count)
    )
    return f'<div id="ticker">{items}</div>'


def _about_boxes() -> str:
    boxes = "".join(
        f'<div class="box"><div class="box-inner"><h2>Bereich {name}</h2><p>{_sentence(name, 0)}</p></div></div>'
        for name in ("Unternehmen", "Leistungen", "Team", "Geschichte")
    )
    return f'<h1 class="pagetitle">Über uns</h1><div class="boxes">{boxes}</div>'


def test_sidebar_news_ticker_loses_to_the_about_boxes() -> None:
    """A custom PHP company site: `#sidebar` ticker of dated teasers beside `#main`'s four about boxes."""
    body = f"""<div id="content"><div id="main">{_about_boxes()}</div>
<div id="sidebar"><h3 class="sidebartitle">Aktuelles</h3>{_ticker(8)}</div></div>"""
    text = extract_article(_page("Filmproduktion Erfurt | Imagefilm, Werbefilm", "", body)).body
    assert "Unternehmen 0" in text and "Geschichte 0" in text
    assert "Restaurierung eines Festsaals" not in text


def test_page_set_in_its_sidebar_alone_keeps_it() -> None:
    """A page with no prose outside its `#sidebar` (a news archive in a sidebar layout): the sidebar stays."""
    body = f"""<div id="content"><div id="main"><h1>Archiv</h1></div>
<div id="sidebar">{_ticker(6)}</div></div>"""
    text = extract_article(_page("Archiv", "", body)).body
    assert "Restaurierung eines Festsaals" in text


def test_sidebar_text_widget_without_teasers_is_left_to_the_scores() -> None:
    """A WordPress post whose `widget-area` holds one long text widget (no list of posts): the rule is silent, and
    the post (with the headline) is the text as before."""
    post = "".join(f"<p>{_sentence('Beitrag', i)}</p>" for i in range(4))
    widget = f'<div class="textwidget"><p>{_sentence("Über den Blog", 0)} {_sentence("Autorin", 1)}</p></div>'
    body = f"""<div id="primary"><article class="post"><h1>Mein Garten im Mai</h1>
<div class="entry-content">{post}</div></article></div>
<div id="secondary" class="widget-area" role="complementary"><section class="widget">{widget}</section></div>"""
    text = extract_article(_page("Mein Garten im Mai", _ARTICLE_HEAD, body)).body
    assert "Beitrag 0" in text and "Beitrag 3" in text
    assert "Über den Blog" not in text


# --- sections in frames of their own ----------------------------------------------------------------------------


def _frame(section_class: str, inner: str, aside: str = "") -> str:
    return (
        f'<section class="{section_class}"><div class="container"><div class="row"><div class="col-md-8">{inner}'
        f"</div>{aside}</div></div></section>"
    )


def test_framed_sections_of_a_guide_join() -> None:
    """A Bootstrap comparison guide: each `<h2>` section in its own `section > container > row > col-md-8`."""
    hero = _frame("guide-hero", f"<h1>Tagesgeld-Vergleich 2019</h1><p>{_sentence('Einleitung', 0)}</p>")
    toc = _frame(
        "toc-section",
        '<ul><li><a href="#a1">Was ist Tagesgeld?</a></li><li><a href="#a2">Sicher?</a></li></ul>',
    )
    sections = "".join(
        _frame(
            f"content-section section-{i}" + (" bg-light" if i % 2 else ""),
            f"<h2>Frage {i}</h2><p>{_sentence('Antwort', i)}</p>",
            '<div class="col-md-4"><div class="tip-box"><a href="/rechner">Zum Rechner</a></div></div>',
        )
        for i in range(1, 6)
    )
    related = _frame("related-guides", '<h2 class="h4"><a href="/festgeld">Festgeld-Ratgeber</a></h2>')
    text = extract_article(_page("Tagesgeld Vergleich 2019", "", hero + toc + sections + related)).body
    for i in range(1, 6):
        assert f"Antwort {i}" in text
    assert "Festgeld-Ratgeber" not in text


def test_news_article_in_a_frame_keeps_its_framed_neighbours_out() -> None:
    """A Bootstrap news site: the article's frame, then one framed newsletter box and framed teasers whose
    headings are links: one prose section alone does not join, teasers never do."""
    story = "".join(f"<p>{_sentence('Absatz', i)}</p>" for i in range(6))
    article = _frame("article-section", f"<h1>Stadtrat beschließt neuen Haushalt</h1>{story}")
    newsletter = _frame("newsletter-section", f"<h2>Unser Newsletter</h2><p>{_sentence('Newsletter', 0)}</p>")
    teasers = "".join(
        _frame(
            "teaser-section",
            f'<h2><a href="/n{i}">Weitere Meldung {i}</a></h2><p>{_sentence("Teaser", i)}</p>',
        )
        for i in range(3)
    )
    text = extract_article(
        _page("Stadtrat beschließt neuen Haushalt", _ARTICLE_HEAD, article + newsletter + teasers)
    ).body
    assert "Absatz 0" in text and "Absatz 5" in text
    assert "Newsletter 0" not in text and "Teaser 1" not in text


def test_framed_comment_posts_do_not_join() -> None:
    """Framed comments (a name line and a text, no heading) after a framed article: not sections of it."""
    story = "".join(f"<p>{_sentence('Absatz', i)}</p>" for i in range(6))
    article = _frame("article-section", f"<h1>Neue Radwege im Süden</h1>{story}")
    comments = "".join(
        _frame("comment-frame", f"<p><strong>Leser {i}</strong></p><p>{_sentence('Leserbrief', i)}</p>")
        for i in range(3)
    )
    text = extract_article(_page("Neue Radwege im Süden", _ARTICLE_HEAD, article + comments)).body
    assert "Absatz 5" in text and "Leserbrief 1" not in text


def test_framed_author_and_reader_sections_do_not_join() -> None:
    """A framed article, then framed `Über die Autorin` (an author box) and `Leserstimmen` (a comment list) under
    unlinked headings: their lines do not vote as prose, so no run of framed sections joins."""
    story = "".join(f"<p>{_sentence('Absatz', i)}</p>" for i in range(6))
    article = _frame("article-section", f"<h1>Neue Radwege im Süden</h1>{story}")
    author = _frame(
        "about-section",
        f'<h2>Über die Autorin</h2><div class="author-box"><p>{_sentence("Biografie", 0)}</p></div>',
    )
    readers = _frame(
        "readers-section",
        "<h2>Leserstimmen</h2>"
        + "".join(f'<div class="comment"><p>{_sentence("Leserbrief", i)}</p></div>' for i in range(3)),
    )
    text = extract_article(_page("Neue Radwege im Süden", _ARTICLE_HEAD, article + author + readers)).body
    assert "Absatz 5" in text
    assert "Biografie 0" not in text and "Leserbrief 1" not in text


# --- a section heading that opens the text ----------------------------------------------------------------------


def test_first_section_heading_of_an_association_page_stays() -> None:
    """A Joomla association page: `<h3>` sections (`Unsere Geschichte`, `Vorstand`, ...) in the article body."""
    sections = "".join(
        f"<h3>{name}</h3><p>{_sentence(name, 0)}</p><p>{_sentence(name, 1)}</p>"
        for name in ("Unsere Geschichte", "Vorstand", "Mitgliedsbeiträge")
    )
    body = f"""<div class="item-page"><div class="page-header"><h2 itemprop="headline">Verein</h2></div>
<div itemprop="articleBody">{sections}</div></div>"""
    text = extract_article(_page("Verein", "", body)).body
    assert text.split("\n\n")[0] == "Unsere Geschichte"


def test_news_kicker_heading_in_its_own_class_still_goes() -> None:
    """A news story opening with `h2.kicker` over unclassed `<h2>` subheadings: the kicker is no section."""
    story = f"""<h2 class="kicker">Haushalt</h2><p>{_sentence("Absatz", 0)}</p><p>{_sentence("Absatz", 1)}</p>
<h2>Was sich ändert</h2><p>{_sentence("Absatz", 2)}</p><h2>Wie es weitergeht</h2><p>{_sentence("Absatz", 3)}</p>"""
    body = f"""<article><h1>Stadtrat beschließt neuen Haushalt</h1><div class="entry-content">{story}</div></article>"""
    text = extract_article(_page("Stadtrat beschließt neuen Haushalt", _ARTICLE_HEAD, body)).body
    assert text.split("\n\n")[0] != "Haushalt"
    assert "Was sich ändert" in text


def test_lone_opening_heading_still_goes() -> None:
    """A short heading over the text that no later heading repeats in kind (a section name): it goes."""
    story = f"""<h3>Lokales</h3><p>{_sentence("Absatz", 0)}</p><p>{_sentence("Absatz", 1)}</p>
<h2>Die Reaktionen</h2><p>{_sentence("Absatz", 2)}</p>"""
    body = f"""<article><h1>Neue Radwege im Süden</h1><div class="entry-content">{story}</div></article>"""
    text = extract_article(_page("Neue Radwege im Süden", _ARTICLE_HEAD, body)).body
    assert text.split("\n\n")[0] != "Lokales"


# --- landing page widgets ---------------------------------------------------------------------------------------


def _landing(extra_head: str = "") -> str:
    features = "".join(
        f'<div class="wpb_column vc_column_container vc_col-sm-4"><div class="vc_column-inner"><div class="wpb_wrapper">'
        f'<div class="wpb_text_column"><div class="wpb_wrapper"><h3>Feature {i}</h3><p>Our software matches most '
        f"bank transactions automatically and suggests the rest, so closing the month takes a morning ({i}).</p>"
        f"</div></div></div></div></div>"
        for i in range(6)
    )
    quotes = "".join(
        f'<div class="owl-item{" cloned" if i >= 3 else ""}"><blockquote><p>“Switching from spreadsheets was '
        f"painless, and support called me back within the hour when I got stuck ({i % 3}).”</p>"
        f"<cite>Customer {i % 3}</cite></blockquote></div>"
        for i in range(6)
    )
    body = f"""<div id="main" class="site-main"><div class="entry-content">
<div class="vc_row wpb_row hero-row"><h1>Accounting that closes the month for you</h1>
<p>Our software reconciles your bank feeds and prepares your VAT return, so you spend Friday on your business.</p></div>
<div class="vc_row wpb_row features-section">{features}</div>
<div class="vc_row wpb_row testimonials-row"><h2>Loved by small businesses</h2>
<div class="testimonials-carousel owl-carousel"><div class="owl-stage">{quotes}</div></div></div>
<div class="vc_row wpb_row pricing-row"><h2>Simple pricing</h2><ul><li>Starter £12 per month</li>
<li>Standard £24 per month</li></ul></div>
<div class="vc_row wpb_row cta-row"><h2>Ready to close your month in a morning?</h2>
<p>Download the app and import your data from spreadsheets.</p></div></div></div>"""
    return _page("Accounting Software for Small Business", extra_head, body, lang="en")


def test_landing_page_testimonials_and_pricing_are_skipped() -> None:
    """A WPBakery landing page (also Elementor, Divi, Beaver Builder, Avada widgets of the same names)."""
    text = extract_article(_landing()).body
    assert "Feature 0" in text and "Feature 5" in text
    assert "Switching from spreadsheets" not in text
    assert "Simple pricing" not in text


def test_declared_article_keeps_its_testimonial_quotes() -> None:
    """A declared news article whose text sets readers' quotes in `testimonial` boxes: they are its text."""
    quotes = "".join(f'<div class="testimonial"><p>„{_sentence("Stimme", i)}“</p></div>' for i in range(2))
    story = "".join(f"<p>{_sentence('Absatz', i)}</p>" for i in range(5))
    body = f"""<article><h1>Was Kunden über den Wochenmarkt sagen</h1><div class="entry-content">{story}{quotes}
</div></article>"""
    text = extract_article(_page("Was Kunden über den Wochenmarkt sagen", _ARTICLE_HEAD, body)).body
    assert "Stimme 0" in text and "Stimme 1" in text


def test_page_of_testimonials_keeps_them() -> None:
    """A `Kundenstimmen` page: the testimonials are the whole text (more than half of it), never skipped."""
    quotes = "".join(
        f'<div class="testimonials-item"><blockquote><p>{_sentence("Kundenstimme", i)}</p></blockquote></div>'
        for i in range(5)
    )
    body = f"""<div id="main"><div class="entry-content"><h1>Kundenstimmen</h1>
<div class="testimonials-list">{quotes}</div></div></div>"""
    text = extract_article(_page("Kundenstimmen", "", body)).body
    assert "Kundenstimme 0" in text and "Kundenstimme 4" in text


# --- shut tab panels of a product page --------------------------------------------------------------------------


def _woocommerce(reviews_style: str = ' style="display:none"') -> str:
    rows = "".join(
        f"<tr><th>{label}</th><td><p>{value}</p></td></tr>"
        for label, value in (("Gewicht", "1,18 kg"), ("Volumen", "32 Liter"), ("Farbe", "Petrol, Rost"))
    )
    reviews = "".join(f'<li class="review"><p>{text}</p></li>' for text in _REVIEWS)
    body = f"""<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<div id="product-688" class="product type-product"><div class="summary entry-summary">
<h1 class="product_title entry-title">Wanderrucksack Hochgrat 32 L</h1><p class="price">109,00 €</p>
<form class="variations_form cart" method="post"><button type="submit">In den Warenkorb</button></form></div>
<div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs" role="tablist">
<li id="tab-title-description" role="tab" aria-controls="tab-description"><a href="#tab-description">Beschreibung</a></li>
<li id="tab-title-additional_information" role="tab" aria-controls="tab-additional_information">
<a href="#tab-additional_information">Zusätzliche Informationen</a></li>
<li id="tab-title-reviews" role="tab" aria-controls="tab-reviews"><a href="#tab-reviews">Bewertungen (4)</a></li></ul>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel wc-tab" id="tab-description"
 role="tabpanel"><h2>Produktbeschreibung</h2><p>Der Hochgrat 32 ist unser Allrounder für Tagestouren und
 Hüttenwanderungen. Das belüftete Netzrückensystem hält Abstand zwischen Rücken und Packsack.</p>
<p>Der Hüftgurt trägt mit seinen gepolsterten Flügeln den Großteil der Last, zwei Taschen nehmen Handy und
 Riegel auf.</p><ul><li>Belüftetes Netzrückensystem</li><li>Integrierte Regenhülle</li></ul></div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--additional_information panel wc-tab"
 id="tab-additional_information" role="tabpanel" style="display:none"><h2>Zusätzliche Informationen</h2>
<table class="shop_attributes">{rows}</table></div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--reviews panel wc-tab" id="tab-reviews"
 role="tabpanel"{reviews_style}><div id="reviews" class="woocommerce-Reviews"><h2>4 Bewertungen</h2>
<ol class="commentlist">{reviews}</ol></div></div></div></div></main></div>
<div id="secondary" class="widget-area" role="complementary"><ul><li><a href="/r">Rucksäcke</a></li></ul></div>"""
    return _page(
        "Wanderrucksack Hochgrat 32 L – Outdoorladen", "", body, body_class="single-product right-sidebar"
    )


def test_shut_additional_information_tab_is_read() -> None:
    """WooCommerce (Storefront, `right-sidebar` body): the shut `Zusätzliche Informationen` tab joins, with the
    description's feature bullets; the shut reviews tab stays shut."""
    text = extract_article(_woocommerce()).body
    assert text.split("\n\n")[0] == "Produktbeschreibung"
    assert "Integrierte Regenhülle" in text
    assert "Gewicht | 1,18 kg" in text and "Farbe | Petrol, Rost" in text
    assert "Schwiegervater" not in text


def test_shut_panel_no_tab_names_stays_hidden() -> None:
    """A `role="tabpanel"` shut by style that no tab list names (a template's leftover, a modal's pane)."""
    story = "".join(f"<p>{_sentence('Absatz', i)}</p>" for i in range(5))
    body = f"""<article><h1>Stadtfest am Wochenende</h1><div class="entry-content">{story}
<div id="pane-x" role="tabpanel" style="display:none"><p>{_sentence("Versteckt", 0)}</p></div></div></article>"""
    text = extract_article(_page("Stadtfest am Wochenende", _ARTICLE_HEAD, body)).body
    assert "Absatz 4" in text and "Versteckt 0" not in text


def test_news_sidebar_shut_tab_of_other_stories_stays_out() -> None:
    """A news page's sidebar `Meistgelesen`/`Neueste` tabs (WAI-ARIA, the second shut by style): never the text."""
    story = "".join(f"<p>{_sentence('Absatz', i)}</p>" for i in range(5))
    teasers = "".join(
        f'<li><a href="/s{i}">Andere Meldung {i} mit einem längeren Titel</a></li>' for i in range(6)
    )
    body = f"""<div id="primary"><article><h1>Stadtfest am Wochenende</h1><div class="entry-content">{story}</div>
</article></div><aside class="sidebar"><div role="tablist"><button role="tab" aria-controls="t-top">Meistgelesen</button>
<button role="tab" aria-controls="t-new">Neueste</button></div><div id="t-top" role="tabpanel"><ul>{teasers}</ul></div>
<div id="t-new" role="tabpanel" style="display:none"><p>{_sentence("Neueste", 0)}</p></div></aside>"""
    text = extract_article(_page("Stadtfest am Wochenende", _ARTICLE_HEAD, body)).body
    assert "Absatz 0" in text and "Absatz 4" in text
    assert "Neueste 0" not in text and "Andere Meldung" not in text


# --- a line of the page's tools ---------------------------------------------------------------------------------


def _drug_page(tool_line: str) -> str:
    rows = "".join(
        f'<div class="row"><div class="col-sm-4 font-weight-bold">{label}</div><div class="col-sm-8">{value}</div></div>'
        for label, value in (
            ("Anbieter", "Harzmed Arzneimittel GmbH, Wernigerode"),
            ("Darreichungsform", "Filmtablette"),
            ("ATC-Code", "M01AE01"),
            ("Indikationsgruppe", "Schmerzmittel / Antirheumatika"),
        )
    )
    body = f"""<div class="container"><div class="row"><main id="main" class="col-lg-8">
<h1 class="h2">Dolorefen 400 mg Filmtabletten</h1>{tool_line}
<ul class="nav nav-tabs" role="tablist"><li class="nav-item"><a class="nav-link active" data-toggle="tab"
 href="#praeparat">Präparat</a></li><li class="nav-item"><a class="nav-link" data-toggle="tab" href="#hinweise">
Hinweise</a></li></ul>
<div class="tab-content"><div class="tab-pane active" id="praeparat" role="tabpanel">{rows}</div>
<div class="tab-pane" id="hinweise" role="tabpanel"><p>Nehmen Sie das Arzneimittel ohne ärztlichen Rat nicht länger
 als drei Tage gegen Fieber und nicht länger als vier Tage gegen Schmerzen ein, und fragen Sie Ihre Apotheke.</p>
</div></div></main><aside class="col-lg-4"><h3>Weitere Präparate</h3><ul><li><a href="/p/1">Ibuprofen 200</a></li>
<li><a href="/p/2">Paracetamol 500</a></li></ul></aside></div></div>"""
    return _page("Dolorefen 400 mg Filmtabletten - Arzneimittelindex", "", body)


def test_print_and_bookmark_line_of_a_database_page_goes() -> None:
    """A drug database (Bootstrap 4): `Drucken` runs `window.print()`, `Merkliste` opens a modal: a tool line."""
    line = (
        '<p class="text-muted small">Harzmed GmbH · PZN 14820931 · <a href="#" data-toggle="modal" '
        'data-target="#merkliste">Auf die Merkliste</a> · <a href="javascript:window.print()">Drucken</a></p>'
    )
    text = extract_article(_drug_page(line)).body
    assert "Darreichungsform" in text and "Filmtablette" in text
    assert "Merkliste" not in text and "Drucken" not in text


def test_line_with_a_link_that_leads_somewhere_stays() -> None:
    """An article's short line with one script link and one real link (a brochure to download): it stays."""
    story = "".join(f"<p>{_sentence('Absatz', i)}</p>" for i in range(4))
    line = (
        '<p>Die Broschüre gibt es <a href="/pdf/radwege.pdf">als PDF</a> oder '
        '<a href="javascript:window.print()">zum Ausdrucken</a>.</p>'
    )
    body = f"""<article><h1>Neue Radwege im Süden</h1><div class="entry-content">{story}{line}
<p>{_sentence("Schluss", 0)}</p></div></article>"""
    text = extract_article(_page("Neue Radwege im Süden", _ARTICLE_HEAD, body)).body
    assert "Die Broschüre gibt es als PDF" in text


def test_sentence_with_named_anchors_and_jump_links_stays() -> None:
    """An article's short paragraph with named anchors and in-page jump links (`#teil2`): places, no tools."""
    story = "".join(f"<p>{_sentence('Absatz', i)}</p>" for i in range(4))
    jump = (
        '<p><a name="teil1"></a>Mehr dazu lesen Sie <a href="#teil2">im zweiten Teil</a> und '
        '<a href="#teil3">im dritten Teil</a> dieses Berichts.</p>'
    )
    body = f"""<article><h1>Neue Radwege im Süden</h1><div class="entry-content">{story}{jump}
<p>{_sentence("Schluss", 0)}</p></div></article>"""
    text = extract_article(_page("Neue Radwege im Süden", _ARTICLE_HEAD, body)).body
    assert "im zweiten Teil" in text
