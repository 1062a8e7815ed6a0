"""Recall on pages as the web served them in 2014-2020 (issue #10, session 14, web-kinds-11):

- an FAQ accordion whose toggles are bare buttons, not buttons in headings: `<button aria-expanded
  aria-controls="faq-0">question</button><div id="faq-0" hidden>answer</div>` (jQuery accordion plugins,
  Elementor's toggle widget with `role="button"`, Divi toggles, hand-made FAQ modules of health portals). The
  question and its answer are read, as for the WAI-ARIA accordion in headings, when the panel is one of several
  of one accordion and holds no form; a lone toggled box (a newsletter sign-up) and toggled forms stay hidden;
- a review's or product test's pros and cons (COMPUTER BILD, CHIP, PC-WELT, TechRadar `For`/`Against`, Tom's
  Guide, Les Numériques, Xataka `A favor`/`En contra`, WP Review and Lasso pros/cons blocks): a box of two sides,
  each a pro or con heading over a list of plain points, right before or after a block of the text. A box of
  linked teasers under the same words and a box of two link lists beside the text stay out;
- a product test typed `og:type product` (a test magazine's Product JSON-LD holding the review) without a shop's
  buy form: the date line under the headline is read when it shares its meta row with the writer's byline. A
  shop's product page (a cart form) and a price comparison's page (a release day, no byline) still get no date.
"""

from __future__ import annotations

from telisik.extract import extract_article

_HEAD = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{title} | Ratgeber Gesund</title>
<meta name="description" content="{title}: Ursachen, Symptome und Behandlung.">
<meta property="og:title" content="{title}"><meta property="og:type" content="{og_type}">
<meta property="og:site_name" content="Ratgeber Gesund">{extra}</head>"""
_NAV = """<header class="site-header"><a class="logo" href="/">Ratgeber Gesund</a><nav class="main-nav"><ul>
<li><a href="/krankheiten/">Krankheiten</a></li><li><a href="/ernaehrung/">Ernährung</a></li>
<li><a href="/fitness/">Fitness</a></li><li><a href="/tests/">Tests</a></li></ul></nav></header>"""
_FOOT = """<aside class="sidebar"><div class="widget"><h3>Meistgelesen</h3><ul>
<li><a href="/a/1">Vitamin D im Winter</a></li><li><a href="/a/2">Was hilft gegen Sodbrennen?</a></li></ul></div>
</aside><footer class="site-footer"><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a>
<p>© 2019 Ratgeber Gesund GmbH</p></footer></body></html>"""

_TEXT = (
    "<p>Magnesium ist ein Mineralstoff, den der Körper für Muskeln und Nerven braucht. Fehlt er, können Krämpfe, "
    "Zittern und Müdigkeit die Folge sein, vor allem bei Sportlern und in der Schwangerschaft.</p>"
    "<h2>Ursachen</h2><p>Ein Mangel entsteht meist durch einseitige Ernährung, viel Alkohol, starkes Schwitzen oder "
    "Medikamente wie Entwässerungstabletten. Auch chronische Darmerkrankungen können die Aufnahme stören.</p>"
    "<h2>Behandlung</h2><p>Vollkornprodukte, Nüsse, Hülsenfrüchte und grünes Gemüse liefern viel Magnesium. Bei "
    "einem nachgewiesenen Mangel verschreibt der Arzt Tabletten, die über einige Wochen eingenommen werden.</p>"
)
_QUESTIONS = [
    (
        "Wie schnell wirkt Magnesium gegen Krämpfe?",
        "Meist bessern sich die Krämpfe nach einigen Tagen regelmäßiger Einnahme. Halten sie länger an, sollte ein Arzt die Ursache abklären.",
    ),
    (
        "Kann man zu viel Magnesium nehmen?",
        "Zu hohe Mengen führen vor allem zu Durchfall. Menschen mit einer Nierenschwäche sollten Präparate nur nach Rücksprache mit dem Arzt nehmen.",
    ),
    (
        "Wann sollte man Magnesium einnehmen?",
        "Am besten über den Tag verteilt und nicht zusammen mit Eisen oder Kalzium, weil sich die Mineralstoffe gegenseitig in der Aufnahme behindern.",
    ),
]


def _faq_items(questions: list[tuple[str, str]], panel: str = "<p>{answer}</p>") -> str:
    return "".join(
        f'<div class="accordion__item"><button class="accordion__head" aria-expanded="false" '
        f'aria-controls="faq-{i}">{question}</button><div class="accordion__body" id="faq-{i}" hidden>'
        f"{panel.format(answer=answer)}</div></div>"
        for i, (question, answer) in enumerate(questions)
    )


def _health_page(after_text: str) -> str:
    return (
        _HEAD.format(title="Magnesiummangel erkennen", og_type="article", extra="")
        + "<body>"
        + _NAV
        + '<main><article class="article"><h1>Magnesiummangel erkennen und behandeln</h1>'
        + '<div class="article__meta">Autorin: Lena Seidel · 04.02.2019</div>'
        + f'<div class="article__body">{_TEXT}</div>{after_text}'
        + '<div class="share"><a href="#">Facebook</a> <a href="#">Pinterest</a></div></article></main>'
        + _FOOT
    )


def test_faq_accordion_of_bare_toggle_buttons_is_read() -> None:
    faq = (
        '<section class="faq"><h2 class="faq__title">Häufige Fragen</h2><div class="accordion">'
        + _faq_items(_QUESTIONS)
        + "</div></section>"
    )
    body = (
        extract_article(_health_page(faq), url="https://www.ratgeber-gesund.de/magnesiummangel/").body or ""
    )
    for question, answer in _QUESTIONS:
        assert question in body
        assert answer in body
    assert body.index("Wie schnell wirkt") > body.index("Entwässerungstabletten")


def test_lone_toggled_box_stays_hidden() -> None:
    box = (
        '<div class="newsletter-teaser"><button class="toggle" aria-expanded="false" aria-controls="nl">'
        'Newsletter bestellen</button><div id="nl" hidden><p>Jeden Freitag die besten Gesundheitstipps unserer '
        "Ärztinnen und Ärzte direkt in Ihr Postfach, kostenlos und jederzeit kündbar.</p></div></div>"
    )
    body = (
        extract_article(_health_page(box), url="https://www.ratgeber-gesund.de/magnesiummangel/").body or ""
    )
    assert "Entwässerungstabletten" in body
    assert "Postfach" not in body
    assert "Newsletter bestellen" not in body


def test_toggled_forms_stay_hidden() -> None:
    forms = (
        '<div class="tools">'
        + _faq_items(
            [("Artikel bewerten", "Sterne"), ("Frage an die Redaktion", "Ihre Frage")],
            panel='<form action="/send"><label>{answer}</label><input name="v"><button>Senden</button></form>',
        )
        + "</div>"
    )
    body = (
        extract_article(_health_page(forms), url="https://www.ratgeber-gesund.de/magnesiummangel/").body or ""
    )
    assert "Entwässerungstabletten" in body
    assert "Frage an die Redaktion" not in body
    assert "Artikel bewerten" not in body


_TEST_TEXT = (
    '<div class="test-article__body"><h2>Verarbeitung</h2><p>Das Gehäuse des Aerobook besteht aus einer '
    "Magnesium-Legierung. Trotz des geringen Gewichts wirkt das Notebook stabil, nur der Deckel lässt sich mit "
    "etwas Kraft verwinden.</p><h2>Akku</h2><p>Im praxisnahen WLAN-Test lief das Notebook elf Stunden und damit "
    "länger als alle Konkurrenten seiner Preisklasse, die wir in diesem Jahr getestet haben.</p>"
    "<p>Der Prozessor reicht für Office, Browser und Bildbearbeitung locker, bei längerer Last drosselt er aber "
    "spürbar. Der Lüfter bleibt dabei angenehm leise und ist nur bei voller Auslastung zu hören.</p>"
    "<h2>Display</h2><p>Das matte Panel löst mit 1920 x 1080 Pixeln auf und erreicht im Labor eine Helligkeit, "
    "die für Innenräume mehr als ausreicht. In der prallen Sonne wird es aber knapp, Spiegelungen gibt es kaum.</p>"
    "<h2>Fazit</h2>"
    "<p>Ein rundum gelungenes Ultrabook für alle, die viel unterwegs sind, mit kleinen Abstrichen beim Display "
    "und bei der Dauerleistung unter Last.</p></div>"
)
_PRODUCT_LD = (
    '<script type="application/ld+json">{"@context": "http://schema.org", "@type": "Product", "name": "Aerobook", '
    '"review": {"@type": "Review", "author": {"@type": "Organization", "name": "PC Magazin"}}}</script>'
)


def _test_page(meta_row: str, between: str, og_type: str = "product", shop: str = "") -> str:
    return (
        _HEAD.format(title="Aerobook 14 im Test", og_type=og_type, extra=_PRODUCT_LD)
        + "<body>"
        + _NAV
        + '<main><article class="test-article"><h1>Aerobook 14 im Test: Leichtgewicht mit langem Atem</h1>'
        + meta_row
        + shop
        + '<div class="testbox"><div class="testbox__grade">Note: 1,8 (gut)</div><table class="testbox__criteria">'
        + "<tr><td>Leistung (25%)</td><td>2,2</td></tr><tr><td>Akku (20%)</td><td>1,2</td></tr></table></div>"
        + '<div class="test-article__intro"><p><strong>Knapp 1,1 Kilogramm und ein Akku, der einen ganzen '
        + "Arbeitstag durchhält: Ob das Notebook überzeugt, zeigt unser Test.</strong></p></div>"
        + between
        + _TEST_TEXT
        + '<div class="comments"><h3>Kommentare (1)</h3><div class="comment"><b>nerdlicht</b> '
        + "<p>Verlöteter RAM ist ein No-Go.</p></div></div></article></main>"
        + _FOOT
    )


_BYLINE_ROW = (
    '<div class="test-article__meta"><span class="author">Von <a href="https://www.pc-magazin.de/autoren/jan-rothe/">'
    'Jan Rothe</a></span> <span class="date">12.03.2018, 14:05</span></div>'
)
_PROS_CONS = (
    '<div class="proscons"><div class="proscons__col proscons__pro"><h3>Pro</h3><ul><li>sehr geringes Gewicht</li>'
    '<li>lange Akkulaufzeit</li></ul></div><div class="proscons__col"><h3>Contra</h3><ul><li>Display in der Sonne '
    "zu dunkel</li><li>Arbeitsspeicher verlötet</li></ul></div></div>"
)
_URL = "https://www.pc-magazin.de/test/notebooks/aerobook-14-test_142887.html"


def test_pros_and_cons_of_a_product_test_are_read() -> None:
    body = extract_article(_test_page(_BYLINE_ROW, _PROS_CONS), url=_URL).body or ""
    for point in ("Pro", "sehr geringes Gewicht", "Contra", "Arbeitsspeicher verlötet"):
        assert point in body
    assert body.index("Arbeitsspeicher verlötet") < body.index("Magnesium-Legierung")


def test_linked_teasers_under_pro_and_contra_stay_out() -> None:
    debate = (
        '<div class="debate-teaser"><div class="debate__col"><h3>Pro</h3><ul><li><a href="/meinung/1">Warum '
        'verlöteter Speicher sinnvoll ist</a></li></ul></div><div class="debate__col"><h3>Contra</h3><ul><li>'
        '<a href="/meinung/2">Warum Aufrüsten ein Recht ist</a></li></ul></div></div>'
    )
    body = extract_article(_test_page(_BYLINE_ROW, debate), url=_URL).body or ""
    assert "Magnesium-Legierung" in body
    assert "Aufrüsten" not in body


def test_two_link_lists_beside_the_text_stay_out() -> None:
    lists = (
        '<div class="more-tests"><div class="col"><h3>Beliebte Tests</h3><ul><li><a href="/t/1">Tarvo Pad 10</a></li><li>'
        '<a href="/t/2">Hensel UltraPro 13</a></li></ul></div><div class="col"><h3>Neueste Tests</h3><ul><li>InkJet Pro 540</li><li>Kamera '
        "Z5</li></ul></div></div>"
    )
    body = extract_article(_test_page(_BYLINE_ROW, lists), url=_URL).body or ""
    assert "Magnesium-Legierung" in body
    assert "Hensel" not in body


def test_product_test_date_beside_the_byline_is_read() -> None:
    article = extract_article(_test_page(_BYLINE_ROW, _PROS_CONS), url=_URL)
    assert article.published is not None
    assert article.published.isoformat().startswith("2018-03-12T14:05")


def test_shop_product_page_with_a_cart_form_gets_no_date() -> None:
    cart = (
        '<form class="product-form" action="/cart/add" method="post"><input type="hidden" name="id" value="1">'
        '<button type="submit" name="add">In den Warenkorb</button></form>'
    )
    article = extract_article(_test_page(_BYLINE_ROW, "", shop=cart), url=_URL)
    assert article.published is None


def test_price_comparison_release_day_without_byline_is_no_publication() -> None:
    row = '<div class="product-meta"><span class="release">Erschienen: 12.03.2018</span> · 14 Angebote</div>'
    article = extract_article(_test_page(row, ""), url=_URL)
    assert article.published is None
