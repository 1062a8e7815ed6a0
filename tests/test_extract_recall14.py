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
  shop's product page (a cart form) and a price comparison's page (a release day, no byline) still get no date;
- the label of a related-stories box inside the text that is no heading element (El País's
  `sumario-noticias-relacionadas` `Más información`, Spiegel-like asset boxes, Reach's `read-more-links`,
  WordPress related-posts plugins' `div` titles) goes with the box's links: a short line without a stop, alone
  with two links or more in a box of its own. A label over plain facts and one over prose with a link stay;
- a standfirst set as two or three sibling blocks of one tag and class (El País's two `h2.articulo-subtitulo`,
  Prisa/Vocento `h2.subtitulo` pairs, Drupal's repeated `p.field-lead`) is read whole; a block of another class
  and bare paragraphs after a classed lead are not joined;
- a letter-like post's closing and its signer on ONE line after the last paragraph (`Danke schon mal und viele
  Grüße Heike`, `Cheers, Jess`: XenForo, vBulletin and phpBB posts, personal blogs) stays, as the two-line form
  does; a player's or widget's line after the text (`Bis bald Video`, `Gruß Spotify Playlist`) still goes.
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


_ES_HEAD = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{title} | El Diario</title>
<meta name="description" content="{description}"><meta property="og:title" content="{title}">
<meta property="og:type" content="article"><meta property="og:site_name" content="El Diario">
<meta property="article:published_time" content="2018-05-08T17:32:00Z"></head>"""
_ES_NAV = """<body><div id="cabecera"><a class="logo" href="/">EL DIARIO</a><nav class="menu"><ul>
<li><a href="/internacional/">Internacional</a></li><li><a href="/politica/">Política</a></li>
<li><a href="/economia/">Economía</a></li></ul></nav></div>"""
_ES_FOOT = """<div class="mas-leidas"><h3>Lo más visto</h3><ol><li><a href="/a/1">Una noticia muy leída hoy</a></li>
<li><a href="/a/2">Otra noticia muy leída</a></li></ol></div><footer><a href="/aviso-legal/">Aviso legal</a>
<p>© Ediciones El Diario S.L.</p></footer></body></html>"""
_ES_PARAGRAPHS = [
    "Los usuarios de Cercanías tendrán que buscar alternativas este verano. El ministerio anunció este martes que "
    "tres líneas dejarán de circular por el túnel entre julio y septiembre para renovar la vía.",
    "Según los datos del propio ministerio, unos 180.000 viajeros utilizan cada día laborable este tramo. Se trata "
    "de la primera gran reforma desde su apertura en 1967, explicó el secretario de Estado.",
    "Durante el cierre, los trenes terminarán su recorrido en las dos estaciones principales. Un servicio gratuito "
    "de autobuses lanzadera cubrirá el trayecto con una frecuencia de cinco minutos en hora punta.",
    "Las asociaciones de usuarios han criticado que las obras coincidan con todo el verano, porque mucha gente "
    "sigue trabajando en julio y agosto y los autobuses quedarán atrapados en el tráfico.",
]


def _es_page(subtitles: str, insert: str) -> str:
    paragraphs = [f"<p>{text}</p>" for text in _ES_PARAGRAPHS]
    return (
        _ES_HEAD.format(
            title="Cerrarán tres líneas de Cercanías durante el verano",
            description="Los trabajos en el túnel afectarán a 180.000 viajeros diarios entre julio y septiembre",
        )
        + _ES_NAV
        + '<div class="articulo"><div class="articulo-cabecera"><h1 class="articulo-titulo">Cerrarán tres líneas '
        + f'de Cercanías durante el verano por obras</h1><div class="articulo-subtitulos">{subtitles}</div></div>'
        + '<div class="firma"><a href="/autor/alvaro_benitez/">Álvaro Benítez</a></div>'
        + '<div class="articulo-cuerpo">'
        + "".join(paragraphs[:2])
        + insert
        + "".join(paragraphs[2:])
        + '</div><div class="articulo-tags"><a href="/tag/cercanias/">Cercanías</a></div></div>'
        + _ES_FOOT
    )


_SUBTITLES = (
    '<h2 class="articulo-subtitulo" itemprop="alternativeHeadline">Los trabajos en el túnel afectarán a 180.000 viajeros diarios entre julio y '
    'septiembre</h2><h2 class="articulo-subtitulo" itemprop="alternativeHeadline">El ministerio habilitará autobuses lanzadera y reforzará la '
    "línea 1 de Metro</h2>"
)
_RELATED_BOX = (
    '<div class="sumario-noticias-relacionadas"><div class="encabezado"><span>Más información</span></div><ul>'
    '<li><a href="/ccaa/2018/03/14/madrid/1521040000_118922.html">Las averías en Cercanías se disparan un 30% en un año</a></li>'
    '<li><a href="/ccaa/2018/04/20/madrid/1524211200_223344.html">El ministerio promete 1.500 millones para la red</a></li></ul></div>'
)
_ES_URL = "https://www.eldiario-ejemplo.es/ccaa/2018/05/08/madrid/1525795920_448212.html"


def test_label_of_a_related_links_box_inside_the_text_goes() -> None:
    body = extract_article(_es_page(_SUBTITLES, _RELATED_BOX), url=_ES_URL).body or ""
    assert "autobuses lanzadera cubrirá" in body
    assert "Más información" not in body
    assert "averías" not in body


def test_label_over_a_list_of_plain_facts_stays() -> None:
    facts = (
        '<div class="datos-clave"><div class="encabezado"><span>Cifras clave</span></div><ul><li>58 millones de '
        "euros de presupuesto</li><li>180.000 viajeros al día</li><li>Once semanas de obras</li></ul></div>"
    )
    body = extract_article(_es_page(_SUBTITLES, facts), url=_ES_URL).body or ""
    assert "Cifras clave" in body
    assert "Once semanas de obras" in body


def test_label_over_prose_with_a_link_stays() -> None:
    aside = (
        '<div class="despiece"><div class="encabezado"><span>El precedente</span></div><p>En 2011 el mismo túnel '
        'cerró seis semanas, según <a href="/ccaa/2011/07/01/tunel.html">informó este diario</a>, y los '
        "autobuses lanzadera transportaron a más de dos millones de viajeros durante el cierre.</p></div>"
    )
    body = extract_article(_es_page(_SUBTITLES, aside), url=_ES_URL).body or ""
    assert "El precedente" in body
    assert "dos millones de viajeros" in body


def test_standfirst_of_two_sibling_subtitles_is_read_whole() -> None:
    article = extract_article(_es_page(_SUBTITLES, ""), url=_ES_URL)
    lead = article.lead or ""
    assert "180.000 viajeros diarios" in lead
    assert "reforzará la línea 1 de Metro" in lead


def test_block_of_another_class_after_the_standfirst_is_not_joined() -> None:
    subtitles = (
        '<p class="entradilla">Los trabajos en el túnel afectarán a 180.000 viajeros diarios entre julio y '
        'septiembre.</p><p class="nota-redaccion">Esta información se actualizará a lo largo del día con las '
        "novedades que vaya anunciando el ministerio.</p>"
    )
    lead = extract_article(_es_page(subtitles, ""), url=_ES_URL).lead or ""
    assert "180.000 viajeros diarios" in lead
    assert "se actualizará" not in lead


def test_bare_paragraphs_after_a_classed_lead_are_not_joined() -> None:
    subtitles = (
        '<p class="entradilla">Los trabajos en el túnel afectarán a 180.000 viajeros diarios entre julio y '
        "septiembre.</p><p>El ministerio habilitará autobuses lanzadera y reforzará la línea 1 de Metro.</p>"
    )
    lead = extract_article(_es_page(subtitles, ""), url=_ES_URL).lead or ""
    assert "180.000 viajeros diarios" in lead
    assert "reforzará la línea 1" not in lead


_POST = [
    "Hallo zusammen,",
    "ich habe seit letztem Jahr ein kleines Foliengewächshaus und dieses Jahr zum ersten Mal Tomaten schon Ende März "
    "ausgepflanzt. Sorten: Harzfeuer, Berner Rose und eine Cocktailtomate aus dem Baumarkt.",
    "Seit ein paar Tagen bekommen die unteren Blätter braune, runde Flecken mit einem gelben Rand. Die Flecken werden "
    "langsam größer, und einige Blätter sind schon ganz vertrocknet. Oben sieht noch alles gut aus.",
    "Ist das die Braunfäule oder etwas anderes? Und kann ich die Früchte später noch essen, wenn die Pflanzen das "
    "haben? Fotos hänge ich an.",
]


def _forum_page(closing: str) -> str:
    post = "<br />\n<br />\n".join([*_POST, closing])
    return (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Tomaten: braune Flecken | Gartenforum'
        '</title><meta property="og:type" content="website"><meta property="og:site_name" content="Gartenforum">'
        '</head><body><header class="p-header"><a href="/">Gartenforum</a><nav><a href="/forums/">Foren</a> '
        '<a href="/whats-new/">Neues</a></nav></header><div class="p-body"><h1 class="p-title-value">Tomaten im '
        'Gewächshaus: braune Flecken an den Blättern</h1><article class="message message--post" id="js-post-1">'
        '<div class="message-user"><a href="/members/heike.1/" class="username">Heike_aus_H</a></div>'
        f'<article class="message-body"><div class="bbWrapper">{post}</div></article></article>'
        "</div>"
        '<footer class="p-footer"><a href="/help/terms/">Nutzungsbedingungen</a> <a href="/help/privacy/">'
        "Datenschutz</a></footer></body></html>"
    )


_FORUM_URL = "https://www.gartenforum-beispiel.de/threads/tomaten-braune-flecken.28741/"


def test_closing_and_signer_on_one_line_stay() -> None:
    body = extract_article(_forum_page("Danke schon mal und viele Grüße Heike"), url=_FORUM_URL).body or ""
    assert "Fotos hänge ich an." in body
    assert body.rstrip().endswith("Danke schon mal und viele Grüße Heike")


def test_player_line_after_the_text_goes() -> None:
    body = extract_article(_forum_page("Bis bald Video"), url=_FORUM_URL).body or ""
    assert "Fotos hänge ich an." in body
    assert "Bis bald Video" not in body


def test_playlist_line_after_the_text_goes() -> None:
    body = extract_article(_forum_page("Gruß Spotify Playlist"), url=_FORUM_URL).body or ""
    assert "Fotos hänge ich an." in body
    assert "Spotify" not in body


def test_nothing_after_the_signed_closing_joins_the_text() -> None:
    closing = "Bis bald, eure Anna<br />\n<br />\nVerlinkt bei Creadienstag und RUMS."
    body = extract_article(_forum_page(closing), url=_FORUM_URL).body or ""
    assert body.rstrip().endswith("Bis bald, eure Anna")
    assert "Verlinkt" not in body
