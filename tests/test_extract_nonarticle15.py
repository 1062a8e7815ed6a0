"""Block choice on non-article pages (session 15, #10): the text of pages that are no news story.

- Tabbed data pages: a group of tabs (Bootstrap 4's `tab-content > tab-pane`, WAI-ARIA `role="tabpanel"`,
  Foundation's and jQuery UI's `tabs-panel`) whose first joined panel holds no prose, only rows of labels and
  values (a drug database's `Präparat` pane, a product or spec database's data sheet), keeps those rows before its
  first prose paragraph, even where the site's template declares every page a NewsArticle. An article set in a
  tab opens its panel with prose; a news page's tabs of other stories never join.
- Product pages with a customer-review widget (Judge.me, Yotpo, Stamped, Okendo, Loox, Shopify Product Reviews,
  WooCommerce, Shopware, Magento, Trusted Shops, Reviews.io, named by the classes and ids the platforms emit):
  the widget's reviews do not vote when it won, so the product's description is the text. Only on a strict
  product page: a review article, whose classes say `review`, and a news story's reader reviews are untouched.
- Recipe pages (JSON-LD or microdata Recipe: WP Recipe Maker, Tasty Recipes, Chefkoch, allrecipes, BBC Good Food,
  Marmiton, przepisy.pl): the declared ingredients found as lines of one block outside the chosen steps widen the
  text to the box holding both (or the block joins); a tick box's icon beside each line makes no caption of it.
  A recipe article whose ingredients are already in its text, and a page naming ingredients only here and there,
  keep their text.
- Product pages whose own description is marked in microdata (`itemprop="description"` in a schema.org Product's
  scope: Shopify themes, WooCommerce, Magento 2, PrestaShop, Shopware 5) but set apart from the chosen blocks: it
  joins, on a strict product page only; an Offer's description and a review article's Product stay out.
- CV and about pages: after the last prose paragraph, a chronology's short dated entries (`August 2011 …`, `Ab
  2008 …`) stay when that paragraph and two of the four before it are dated entries too (WordPress about pages,
  Jimdo and Wix CVs, association histories); an article's closing labels still go.

Each test serves a complete page (head metadata, navigation, sidebar, footer) and names the family it stands for.
"""

from __future__ import annotations

from telisik.extract import extract_article

_NAV = """<header class="site-header"><a class="logo" href="/">Start</a>
<nav class="main-nav"><ul><li><a href="/a">Aktuelles</a></li><li><a href="/b">Service</a></li>
<li><a href="/c">Kontakt</a></li><li><a href="/d">Impressum</a></li></ul></nav></header>"""
_FOOTER = """<footer class="site-footer"><p>© 2021 Verlag</p><ul><li><a href="/datenschutz">Datenschutz</a></li>
<li><a href="/impressum">Impressum</a></li><li><a href="/agb">AGB</a></li></ul></footer>"""


def _page(title: str, head: str, body: str, *, lang: str = "de") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{title}">
{head}
</head><body>{_NAV}{body}{_FOOTER}</body></html>"""


# --- tabbed data pages ------------------------------------------------------------------------------------------

_NEWSARTICLE_LD = """<meta property="og:type" content="article">
<script type="application/ld+json">{"@context": "http://schema.org", "@type": "NewsArticle",
"headline": "Arnica D6 Globuli", "datePublished": "2021-11-01T08:00:00",
"author": {"@type": "Organization", "name": "Redaktion"}}</script>"""


def _row(label: str, value: str) -> str:
    return (
        f'<div class="row mb-2"><div class="col-12 col-sm-4 font-weight-bold pb-2">{label}</div>'
        f'<div class="col-12 col-sm-8"><p>{value}</p></div></div>'
    )


def _drug_database(first_pane: str) -> str:
    """A drug database's product page (Bootstrap 4 tabs), the template declaring every page a NewsArticle."""
    body = f"""<div class="container"><div class="content_main"><div class="content">
<h1>Arnica D6 Globuli</h1>
<ul class="nav nav-tabs" role="tablist">
<li class="nav-item"><a class="nav-link active" data-toggle="tab" href="#praeparat">Präparat</a></li>
<li class="nav-item"><a class="nav-link" data-toggle="tab" href="#wirkstoff">Wirkstoff</a></li>
<li class="nav-item"><a class="nav-link" data-toggle="tab" href="#preise">Preise</a></li></ul>
<div class="tab-content mb-3">
<div class="tab-pane fade show active" id="praeparat" role="tabpanel">{first_pane}</div>
<div class="tab-pane fade" id="wirkstoff" role="tabpanel"><h2>Wirkstoff</h2><h3>1 Globulus</h3>
{_row("Darreichungsform", "Globuli")}{_row("Hilfsstoffe", "Saccharose")}{_row("ATC Code", "V60A")}</div>
<div class="tab-pane fade" id="preise" role="tabpanel"><h2>Preise und Preisvergleich</h2>
<p>Für angemeldete Fachkreise sind Informationen zu Packungen, Festbeträgen und Preisen verfügbar, sobald Sie sich
mit Ihrem Zugang angemeldet haben.</p></div>
</div>
<div class="author-box"><span>Autor:</span> <a href="/redaktion">Redaktion Arzneimittelportal</a></div>
</div></div></div>"""
    return _page("Arnica D6 Globuli | Arzneimittelportal", _NEWSARTICLE_LD, body)


_DATA_PANE = (
    "<h2>Präparat</h2>"
    + _row("Kennzeichen", "Apothekenpflichtig")
    + _row("Gebrauchsinformation", "Kein Beipackzettel vom Hersteller bereitgestellt")
    + _row("Fachinformation", "Keine Fachinformation zu diesem Präparat verfügbar")
    + _row("Packungsgrößen", "Arnica D6 Globuli 10 g")
    + _row("Basisinformation", "Keine Basisinformation zu diesem Präparat verfügbar")
)


def test_data_panel_rows_open_the_tabbed_text() -> None:
    """Bootstrap tab panes of a drug database (also: ARIA tabpanels of spec sheets): the data rows stay."""
    body = extract_article(_drug_database(_DATA_PANE)).body
    assert "Gebrauchsinformation" in body
    assert "Keine Fachinformation zu diesem Präparat verfügbar" in body
    assert "Darreichungsform" in body
    assert "Preise und Preisvergleich" in body


def test_article_in_a_tab_keeps_trimming_its_head_lines() -> None:
    """A news story set in the first of its tabs (Daily Maverick-like `Article`/`Analysis` tabs): the panel opens
    with prose, so the kicker, date and share labels before it still go."""
    pane = (
        "<p>Politik</p><p>Exklusiv</p><p>1. November 2021</p><p>Teilen</p><p>Drucken</p><p>Merken</p><p>Vorlesen</p>"
        "<p>Der Landtag hat am Dienstag nach langer Debatte das neue Gesetz beschlossen, das die Versorgung mit "
        "Arzneimitteln in ländlichen Regionen verbessern soll, wie die Ministerin mitteilte.</p>"
        "<p>Die Opposition kritisierte, dass die Finanzierung der Apotheken weiter ungeklärt bleibe und die "
        "Kommunen mit den Kosten allein gelassen würden, die bereits jetzt kaum zu tragen seien.</p>"
    )
    body = extract_article(_drug_database(pane)).body
    assert "Der Landtag hat am Dienstag" in body
    assert "Vorlesen" not in body
    assert "Merken" not in body


def test_news_page_tabs_of_other_stories_do_not_join() -> None:
    """A news story beside a `Neueste`/`Meistgelesen` box of tabs (linked teaser headings): no data panel."""
    teasers = "".join(
        f'<div class="teaser"><h3><a href="/s{i}">Schlagzeile Nummer {i} aus der Region</a></h3>'
        f"<p>Kurzer Anriss des Beitrags Nummer {i} mit ein paar Worten.</p></div>"
        for i in range(4)
    )
    text = "".join(
        f"<p>Absatz {i}: Der Gemeinderat hat am Dienstagabend nach langer Debatte beschlossen, die Förderung für "
        f"das kommende Jahr deutlich zu erhöhen, nachdem mehrere Vereine auf gestiegene Kosten hingewiesen hatten.</p>"
        for i in range(5)
    )
    body_html = f"""<main><article class="article"><h1>Gemeinderat erhöht Förderung</h1>
<div class="article-body">{text}</div></article>
<aside class="sidebar"><div class="tab-content">
<div class="tab-pane active" id="neu" role="tabpanel">{teasers}</div>
<div class="tab-pane" id="meist" role="tabpanel">{teasers}</div></div></aside></main>"""
    page = _page("Gemeinderat erhöht Förderung", _NEWSARTICLE_LD, body_html)
    body = extract_article(page).body
    assert "Absatz 0: Der Gemeinderat" in body and "Absatz 4:" in body
    assert "Schlagzeile Nummer" not in body


# --- product pages with customer-review widgets -----------------------------------------------------------------

_REVIEW_TEXTS = [
    "Der Kaffee duftet herrlich, wenn man die Tüte aufmacht, und er schmeckt sehr gut. Wir sind durch einen Test "
    "auf die Seite aufmerksam geworden und haben gleich ein Abo abgeschlossen, weil er uns so überzeugt hat.",
    "Der Geschmack war kaum von einem Supermarktkaffee zu unterscheiden, zubereitet in der Kaffeemaschine. Der "
    "Preis ist in meinen Augen nicht gerechtfertigt, auch wenn die Verpackung sehr schön gestaltet ist.",
    "Ich kann die Meinung des Vorredners nicht nachvollziehen. Das ist der beste Kaffee in Bezug auf Geschmack, "
    "Geruch und Aussehen, den ich bisher probiert habe, und der Preis ist für fairen Handel absolut in Ordnung.",
    "Wir trinken ihn jeden Morgen als Espresso und als Milchkaffee. Die Röstung ist gleichmäßig, die Bohnen sind "
    "frisch, und die Lieferung kam schnell, gut verpackt und mit einer netten handgeschriebenen Karte.",
]


def _judgeme_widget() -> str:
    reviews = "".join(
        f'<div class="jdgm-rev jdgm-divider-top"><div class="jdgm-rev__header"><span class="jdgm-rev__author">'
        f'Kunde {i}</span></div><div class="jdgm-rev__content"><b class="jdgm-rev__title">Bewertung {i}</b>'
        f'<div class="jdgm-rev__body"><p>{text}</p></div></div></div>'
        for i, text in enumerate(_REVIEW_TEXTS)
    )
    return (
        '<div id="judgeme_product_reviews" class="jdgm-widget jdgm-review-widget"><div class="jdgm-rev-widg">'
        '<div class="jdgm-rev-widg__header"><h2 class="jdgm-rev-widg__title">Kundenbewertungen</h2></div>'
        f'<div class="jdgm-rev-widg__body"><div class="jdgm-rev-widg__reviews">{reviews}</div></div></div></div>'
    )


_DESCRIPTION = (
    "<p>Diese Bohnen sind zu 100% sortenreine Single Origin Arabica Bohnen aus der Region Sidamo in Äthiopien, "
    "angebaut auf einer Höhe von 1800 bis 2000 Metern über dem Meeresspiegel.</p>"
    "<p>Der Kaffee wird wöchentlich frisch in einer Familienrösterei schonend im Trommelröster geröstet.</p>"
)


def test_customer_reviews_widget_loses_to_the_description() -> None:
    """A Shopify product page with Judge.me's widget (also Yotpo, Stamped, Okendo, Loox, `spr-`): description."""
    head = """<meta property="og:type" content="product"><meta property="og:title" content="Sidamo Bio Bohnen">"""
    body_html = f"""<div id="shopify-section-product" class="shopify-section product-template">
<div class="product" itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Sidamo Bio Bohnen</h1>
<p class="price">14,90 €</p>
<form action="/cart/add" method="post"><button type="submit">In den Warenkorb</button></form>
<div class="description" itemprop="description">{_DESCRIPTION}</div></div>
{_judgeme_widget()}</div>"""
    body = extract_article(_page("Sidamo Bio Bohnen – Kaffeerösterei", head, body_html)).body
    assert "sortenreine Single Origin Arabica" in body
    assert "Kaffee duftet herrlich" not in body


def test_review_article_whose_classes_say_review_stays() -> None:
    """An editorial product review (Review JSON-LD, `review-list` of the writer's verdicts): the article."""
    head = """<meta property="og:type" content="article">
<meta property="article:published_time" content="2021-03-02T08:00:00+01:00">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Review",
"itemReviewed": {"@type": "Product", "name": "Sidamo Bio Bohnen"}, "author": {"@type": "Person",
"name": "Anna Berger"}}</script>"""
    paragraphs = "".join(f"<p>{text}</p>" for text in _REVIEW_TEXTS)
    body_html = f"""<main><article class="review"><h1>Sidamo Bio Bohnen im Test</h1>
<p class="byline">Von Anna Berger</p>
<div class="review-list customer-reviews">{paragraphs}</div></article>
<aside class="sidebar"><h3>Mehr Tests</h3><ul><li><a href="/t1">Espressomaschinen im Test</a></li>
<li><a href="/t2">Mühlen im Test</a></li></ul></aside></main>"""
    body = extract_article(_page("Sidamo Bio Bohnen im Test", head, body_html)).body
    assert "Kaffee duftet herrlich" in body
    assert "Wir trinken ihn jeden Morgen" in body


def test_news_story_with_reader_reviews_is_untouched() -> None:
    """A news story (no product page) followed by readers' reviews in a `yotpo-reviews`-like box: the story."""
    story = "".join(
        f"<p>Absatz {i}: Die Rösterei im Hafen hat nach zwei Jahren Umbau wieder geöffnet und beschäftigt nun "
        f"zwölf Menschen, die den Kaffee direkt von Kooperativen in Äthiopien und Peru beziehen.</p>"
        for i in range(4)
    )
    reviews = "".join(f'<div class="yotpo-review"><p>{text}</p></div>' for text in _REVIEW_TEXTS[:2])
    body_html = f"""<main><article><h1>Rösterei öffnet wieder</h1><div class="entry-content">{story}</div>
</article><section class="yotpo-reviews">{reviews}</section></main>"""
    body = extract_article(_page("Rösterei öffnet wieder", _NEWSARTICLE_LD, body_html)).body
    assert "Absatz 0: Die Rösterei" in body and "Absatz 3:" in body
    assert "Kaffee duftet herrlich" not in body


# --- recipe pages -----------------------------------------------------------------------------------------------

_INGREDIENTS = ["dynia", "cebula", "ząbki czosnku", "orzechy włoskie", "pestki z dyni", "masło", "szałwia"]
_AMOUNTS = ["400 gramów", "1 sztuka", "3 sztuki", "2 łyżki", "1 łyżka", "2 łyżki", "1 pęczek"]
_STEPS = [
    "Z mąki, wody, soli i jajka zrób klasyczne ciasto na pierogi. Po wyrobieniu ciasta odstaw je do lodówki.",
    "Dynię pokrój w drobną kostkę. Czosnek i cebulę posiekaj, a potem podsmaż wszystko na maśle do miękkości.",
    "Orzechy i pestki upraż na suchej patelni, aby stały się chrupiące, i dodaj je do farszu razem z przyprawami.",
    "Ciasto rozwałkuj, wycinaj kółka, nakładaj farsz i sklejaj brzegi. Gotuj pierogi, aż wypłyną na powierzchnię.",
    "Masło rozpuść z szałwią, wrzuć ugotowane pierogi, chwilę wymieszaj i natychmiast podawaj na ciepłych talerzach.",
]


def _recipe_ld(ingredients: list[str]) -> str:
    listed = ", ".join(f'"{item}"' for item in ingredients)
    return f"""<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "Recipe",
"name": "Pierogi z dynią", "recipeIngredient": [{listed}],
"recipeInstructions": [{{"@type": "HowToStep", "text": "Zrób ciasto."}}]}}</script>"""


def test_recipe_ingredients_beside_the_steps_join() -> None:
    """An Angular recipe site (przepisy.pl-like; also Chefkoch, Marmiton): ingredient rows with tick boxes."""
    rows = "".join(
        f'<div class="ingredients-list-content-item"><p class="ingredient-name"><label class="label-checkbox">'
        f'<input type="checkbox"><span class="label-checkbox-box"><img alt="✓" src="/check.svg"></span>'
        f'<span class="label-checkbox-text">{name}</span></label></p><p class="quantity">{amount}</p></div>'
        for name, amount in zip(_INGREDIENTS, _AMOUNTS, strict=True)
    )
    steps = "".join(
        f'<div class="step"><div class="step-info"><h3>Krok {i + 1}</h3><p class="step-info-description">{text}'
        "</p></div></div>"
        for i, text in enumerate(_STEPS)
    )
    body_html = f"""<main class="main"><div class="recipe-content">
<app-recipe-ingredients-list class="recipe-ingredients"><div class="ingredients-list">
<h2 class="ingredients-list-title">Składniki</h2><div class="ingredients-list-content">{rows}</div></div>
</app-recipe-ingredients-list>
<app-recipe-steps-list class="recipe-steps"><div class="steps-list"><h2>Przygotowanie krok po kroku</h2>
<div class="steps-list-wrapper">{steps}</div></div></app-recipe-steps-list></div>
<div class="tags">Tagi: <a href="/t/dynia">dynia</a> <a href="/t/pierogi">pierogi</a></div></main>"""
    page = _page("Pierogi z dynią w sosie szałwiowym", _recipe_ld(_INGREDIENTS), body_html, lang="pl")
    body = extract_article(page).body
    assert "ząbki czosnku" in body and "orzechy włoskie" in body
    assert "Gotuj pierogi, aż wypłyną" in body


def test_recipe_article_with_ingredients_in_its_text_is_unchanged() -> None:
    """A WordPress food blog post (WP Recipe Maker card inside the post): ingredients once, no sidebar."""
    items = "".join(
        f'<li class="wprm-recipe-ingredient">{amount} {name}</li>'
        for name, amount in zip(_INGREDIENTS, _AMOUNTS, strict=True)
    )
    steps = "".join(f'<li class="wprm-recipe-instruction">{text}</li>' for text in _STEPS)
    body_html = f"""<main><article class="post"><h1>Pierogi z dynią</h1><div class="entry-content">
<p>Jesień to czas dyni, a te pierogi robię co roku, kiedy na targu pojawiają się pierwsze piękne owoce.
Farsz jest słodki i pikantny zarazem, a sos szałwiowy dopełnia całości.</p>
<div class="wprm-recipe-container"><h3>Składniki</h3><ul>{items}</ul><h3>Przygotowanie</h3><ol>{steps}</ol></div>
</div></article>
<aside class="sidebar"><h3>Popularne</h3><ul><li><a href="/z">Zupa z dyni</a></li>
<li><a href="/c">Cebula w occie</a></li><li><a href="/m">Masło czosnkowe</a></li></ul></aside></main>"""
    page = _page(
        "Pierogi z dynią",
        _recipe_ld([f"{a} {n}" for n, a in zip(_INGREDIENTS, _AMOUNTS, strict=True)]),
        body_html,
        lang="pl",
    )
    body = extract_article(page).body
    assert body.count("ząbki czosnku") == 1
    assert "Zupa z dyni" not in body
    assert "Masło rozpuść z szałwią" in body


def test_recipe_page_naming_ingredients_here_and_there_is_unchanged() -> None:
    """A declared Recipe whose names recur only scattered (a tag line, a teaser list): no ingredients block."""
    steps = "".join(f"<p>{text}</p>" for text in _STEPS)
    scattered = "".join(
        f'<div class="teaser"><h4>{name}</h4><p><a href="/r{i}">Przepisy z tym składnikiem i wiele innych</a></p>'
        f'<div class="promo-box"><p>Reklama partnera i gazetka tygodniowa dla wszystkich czytelników</p></div></div>'
        for i, name in enumerate(_INGREDIENTS[:4])
    )
    body_html = f"""<main><article class="recipe"><h1>Pierogi z dynią</h1><div class="recipe-steps">{steps}</div>
</article><section class="more">{scattered}</section></main>"""
    page = _page("Pierogi z dynią", _recipe_ld(_INGREDIENTS), body_html, lang="pl")
    body = extract_article(page).body
    assert "Z mąki, wody, soli" in body
    assert "Reklama partnera" not in body


# --- CV and about pages -----------------------------------------------------------------------------------------

_CV = [
    "Oktober 2015 DIE ABENDSHOW – monatliches Show-Format mit Gästen aus Kabarett, Musik und Literatur im Theater",
    "März 2014 Haller und Sefat zeigen AUSZÜGE: ein Programm, das keines ist und trotzdem zweimal 45 Minuten füllt",
    "Jänner 2014 Finalist bei der Fernsehshow „Die große Comedy Chance“ mit einem Auftritt vor großem Publikum",
    "April 2013 Premiere von HUT AB – Das Kabarettkollektiv in Wien, monatliche „Mixed Show“ mit vielen Gästen",
]
_CV_TAIL = [
    "Dezember 2012 Die Weltuntergangslesung",
    "August 2011 erster öffentlicher Probelauf",
    "Ab 2008 Blog",
]


def _about_page(lines: list[str], tail: list[str]) -> str:
    """A wordpress.com theme's about page (`type-page`, `page-content`): prose, then the CV's entries."""
    entries = "".join(f"<p>{line}</p>" for line in lines + tail)
    body_html = f"""<div id="page" class="hfeed site"><main id="main" class="site-main">
<article id="post-4781" class="post-4781 page type-page status-publish hentry">
<header class="page-header"><h1 class="page-title">Über uns</h1></header><div class="page-content">
<p>Soviel mal vorweg: Wir sind zu zweit. Diese Zweierkonstellation existiert seit den frühen Herbststunden des
Jahres 2008 und war anfangs als klassischer Blog mit satirischen Texten über das Leben und die Politik gedacht.</p>
<p>Im Frühling 2011 wurde dann die Idee einer Lesung vor Publikum geboren, aus der die satirische Performance
entstand, mit der wir seit März 2012 quer durch Österreich touren.</p>
<h2>Auswahl des künstlerischen Schaffens</h2>{entries}</div></article></main>
<aside id="secondary" class="widget-area"><h2 class="widget-title">Archiv</h2><ul>
<li><a href="/2015/10/">Oktober 2015</a></li><li><a href="/2014/03/">März 2014</a></li></ul></aside></div>"""
    head = '<meta property="og:type" content="article"><meta property="og:site_name" content="2gewinnt">'
    return _page("Über uns | 2gewinnt", head, body_html)


def test_chronology_entries_after_the_last_paragraph_stay() -> None:
    """A CV's short dated entries close an about page (WordPress, Jimdo, Wix CVs, association histories)."""
    body = extract_article(_about_page(_CV, _CV_TAIL)).body
    assert "August 2011 erster öffentlicher Probelauf" in body
    # review round 1: only a bare year or a month and year lead an entry now (`Seit 2019`, `Stand 2024` do not);
    # the list's run ends at `Ab 2008 Blog`
    assert "Dezember 2012 Die Weltuntergangslesung" in body


def test_closing_labels_after_one_dated_paragraph_go() -> None:
    """A story whose last paragraph opens with a year, the ones before it not: the short lines after it go."""
    lines = [
        "Die Gruppe spielte vor ausverkauftem Haus und wurde vom Publikum mit langem Applaus verabschiedet, bevor sie "
        "noch zwei Zugaben gab.",
        "Kritiker lobten vor allem die neuen Texte, die sich mit dem Alltag in der Stadt und ihren Widersprüchen "
        "auseinandersetzen.",
        "2016 folgt die nächste Tournee, die das Duo nach Deutschland und in die Schweiz führen soll, sagte der "
        "Veranstalter am Abend.",
    ]
    body = extract_article(_about_page(lines, ["Teilen", "2016 Termine", "Mehr zum Thema"])).body
    assert "2016 folgt die nächste Tournee" in body
    assert "2016 Termine" not in body
    assert "Mehr zum Thema" not in body


def test_chronology_keeps_no_undated_labels_after_it() -> None:
    """A chronology whose list ends before the page's share and contact labels: those labels still go."""
    body = extract_article(_about_page(_CV, ["Teilen", "Kontakt aufnehmen", "Pressefotos"])).body
    assert "April 2013 Premiere von HUT AB" in body
    assert "Kontakt aufnehmen" not in body
    assert "Pressefotos" not in body


# --- a product's declared description ---------------------------------------------------------------------------


def _shop_page(description_scope: str, head: str = '<meta property="og:type" content="product">') -> str:
    """A Shopify theme's product page: a features table in the microdata description, image-and-text sections."""
    table = (
        "<table><tbody><tr><td><strong>Herkunft</strong></td><td>Kooperative Sidama Coffee Farmers Cooperative "
        "Union SCFCU, Sidamo (Äthiopien)</td></tr>"
        "<tr><td><strong>Prozess</strong></td><td>Handgepflückt, gewaschen, sonnengetrocknet</td></tr>"
        "<tr><td><strong>Varietät</strong></td><td>einheimische Varietäten aus Hochlagen</td></tr></tbody></table>"
    )
    sections = "".join(
        f'<section class="featured-link--section"><div class="info"><div class="description"><p>{text}</p>'
        "</div></div></section>"
        for text in _REVIEW_TEXTS[:3]
    )
    body_html = f"""<div class="product-section">{description_scope.format(table=table)}
<form action="/cart/add" method="post"><button type="submit">In den Warenkorb</button></form></div>
<div class="product-details__blocks">{sections}</div>"""
    return _page("Sidamo Bio Bohnen – Kaffeerösterei", head, body_html)


def test_product_microdata_description_joins() -> None:
    """Shopify, WooCommerce, Magento 2, PrestaShop: the Product's `itemprop="description"` is the text."""
    scope = (
        '<div itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Sidamo</h1>'
        '<div class="description" itemprop="description">{table}</div></div>'
    )
    body = extract_article(_shop_page(scope)).body
    assert "Handgepflückt, gewaschen, sonnengetrocknet" in body
    assert "Der Kaffee duftet herrlich" in body


def test_offer_description_does_not_join() -> None:
    """An Offer's description (shipping terms in the Offer's scope) is no product text."""
    scope = (
        '<div itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Sidamo</h1>'
        '<div itemprop="offers" itemscope itemtype="http://schema.org/Offer">'
        '<div itemprop="description">{table}</div></div></div>'
    )
    body = extract_article(_shop_page(scope)).body
    assert "Handgepflückt, gewaschen, sonnengetrocknet" not in body


def test_review_article_product_description_does_not_join() -> None:
    """A review article (og:type article) carrying a Product's microdata: no strict product page, no join."""
    scope = (
        '<div itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Sidamo</h1>'
        '<div class="description" itemprop="description">{table}</div></div>'
    )
    head = '<meta property="og:type" content="article">'
    body = extract_article(_shop_page(scope, head)).body
    assert "Handgepflückt, gewaschen, sonnengetrocknet" not in body
