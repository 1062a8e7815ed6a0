"""The article's own fact and information boxes set in an `<aside>` are its text (#10, session 16).

HTML's `<aside>` is read as page chrome, and a fact box written with it was dropped whole: German regional papers'
and trade magazines' `Info`/`Fakten`/`Projektdaten` boxes (`aside.infobox`, `aside.factbox` with a `dl` of
`Label: value` rows), Dutch municipal news's (NL Design System style) `Meer informatie` contact block set right
after the text, English `key-facts` asides in WordPress posts. Such a box is kept when it sits inside the chosen
article container (or is the next element after it inside the same article wrapper), opens with a heading, holds
a few short lines with next to no links, no picture and no form, and its class and heading name no furniture.

Must not fire: an aside of related links (`Mehr zum Thema`), a newsletter sign-up, an author bio with a photo, a
poll, a subscription offer, a comments box, an Indonesian `Baca Juga` box, a table of contents, an ad box, a pull quote without heading, and a
class-free sidebar aside of the page's layout next to the text (not inside the article's wrapper).
Each test serves a full page (head metadata, navigation, share bar, tags, comments, sidebar, footer).
"""

from __future__ import annotations

from telisik.extract import extract_article

DE_URL = "https://www.holzbau-fachblatt.de/projekte/kita-am-sonnenhang-in-holzmodulbauweise"

DE_PROSE = (
    "Die neue Kindertagesstätte am Sonnenhang ist in nur sieben Monaten entstanden. Die Gemeinde setzte auf "
    "vorgefertigte Holzmodule, die in einer Halle im Nachbarort gebaut und fertig ausgestattet angeliefert wurden.",
    "„Die Module kamen mit Fenstern, Leitungen und Bodenbelag auf die Baustelle“, sagt die Bauleiterin. Für die "
    "Montage der vierundzwanzig Module brauchte das Team des Holzbaubetriebs gerade einmal neun Arbeitstage.",
    "Die Eltern sind zufrieden, der Bürgermeister auch: Die Kosten blieben im Rahmen, und die Kinder konnten "
    "pünktlich zum neuen Kindergartenjahr einziehen. Ein zweiter Bauabschnitt ist bereits in Planung.",
)

FACT_BOX = """<aside class="article__infobox infobox"><h3 class="infobox__title">Projektdaten</h3>
<dl><div><dt>Bauherr:</dt> <dd>Gemeinde Sonnenhang</dd></div><div><dt>Holzbau:</dt> <dd>Kessler Holzbau GmbH</dd></div>
<div><dt>Nutzfläche:</dt> <dd>1.240 m²</dd></div><div><dt>Bauzeit:</dt> <dd>Januar bis Juli 2020</dd></div></dl>
</aside>"""


def _de_page(box: str) -> str:
    paragraphs = "\n".join(f"<p>{text}</p>" for text in DE_PROSE)
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>Kita am Sonnenhang in Holzmodulbauweise | Holzbau Fachblatt</title>
<meta name="description" content="Eine Kita aus vorgefertigten Holzmodulen in sieben Monaten.">
<meta property="og:type" content="article"><meta property="og:title" content="Kita am Sonnenhang in Holzmodulbauweise">
<meta property="article:published_time" content="2020-08-12T07:30:00+02:00">
</head><body>
<header class="site-header"><a class="logo" href="/">Holzbau Fachblatt</a><nav class="main-nav"><ul>
<li><a href="/nachrichten">Nachrichten</a></li><li><a href="/projekte">Projekte</a></li>
<li><a href="/technik">Technik</a></li><li><a href="/betrieb">Betrieb</a></li></ul></nav></header>
<main><div class="col col--main">
<article class="article">
<span class="article__kicker">Projekte</span>
<h1 class="article__title">Kita am Sonnenhang in Holzmodulbauweise</h1>
<div class="article__meta">Von Petra Lindner | 12.08.2020</div>
<div class="article__share"><a href="#">Teilen</a> <a href="#">Twittern</a> <a href="#">E-Mail</a></div>
<div class="article__text">
{paragraphs}
</div>
{box}
<div class="article__tags"><span>Themen:</span> <a href="/thema/modulbau">Modulbau</a> <a href="/thema/kita">Kita</a></div>
</article>
<section class="comments"><h2>2 Kommentare</h2><div class="comment"><p>Schönes Projekt, so muss das gehen.
Hoffentlich machen das andere Gemeinden nach.</p><span>12.08.2020, 09:14</span></div></section>
</div>
<aside class="col col--sidebar"><h3>Meistgelesen</h3><ol><li><a href="/m1">Holzpreise steigen wieder</a></li>
<li><a href="/m2">Neue Normen für Brandschutz</a></li><li><a href="/m3">Fachkräfte gesucht</a></li></ol></aside>
</main>
<footer class="site-footer"><p>© 2020 Fachverlag Holz · <a href="/impressum">Impressum</a> ·
<a href="/datenschutz">Datenschutz</a></p></footer>
</body></html>"""


NL_URL = "https://www.gemeente-voorbeeld.nl/nieuws/nieuwe-fietsbrug-over-de-vaart"


def _nl_page(box: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8">
<title>Nieuwe fietsbrug over de Vaart | Gemeente Voorbeeld</title>
<meta property="og:title" content="Gemeente Voorbeeld"><meta property="og:type" content="website">
<meta name="DCTERMS.modified" content="2022-03-04">
</head><body>
<header class="header"><a href="/" class="logo">Gemeente Voorbeeld</a><nav class="nav"><ul>
<li><a href="/wonen">Wonen</a></li><li><a href="/werken">Werken</a></li><li><a href="/nieuws">Nieuws</a></li></ul></nav>
</header>
<nav class="breadcrumbs" aria-label="Kruimelpad"><ol><li><a href="/">Home</a></li><li><a href="/nieuws">Nieuws</a></li></ol></nav>
<main id="main"><div class="layout layout--sidebar-right"><div class="layout__content">
<div id="content">
<div class="page-meta"><span>Nieuwsbericht</span> | <span>3 maart 2022</span></div>
<h1>Nieuwe fietsbrug over de Vaart</h1>
<div class="intro"><p>Vanaf maandag 14 maart bouwt de gemeente een nieuwe fietsbrug over de Vaart bij de sporthal.
De oude houten brug wordt gesloopt. Fietsers en voetgangers kunnen tijdelijk omrijden via de Kanaalweg.</p></div>
<div class="rich-text">
<h2>Waarom een nieuwe brug?</h2>
<p>De houten brug is bijna veertig jaar oud en niet meer veilig. De nieuwe brug is breder, zodat fietsers elkaar
makkelijk kunnen passeren. Ook komt er verlichting op de brug, zodat u ook in het donker veilig oversteekt.</p>
<h2>Planning</h2>
<p>De sloop van de oude brug duurt twee weken. Daarna plaatst de aannemer de nieuwe brug in één nacht met een grote
kraan. Als alles volgens plan gaat, is de nieuwe brug vanaf eind mei open voor fietsers en voetgangers.</p>
</div>
{box}
</div>
<div class="share"><h2>Deel deze pagina</h2><ul><li><a href="https://www.facebook.com/sharer">Facebook</a></li>
<li><a href="https://twitter.com/intent/tweet">Twitter</a></li></ul></div>
<p class="page-updated">Laatst gewijzigd: 4 maart 2022</p>
</div>
<aside class="layout__sidebar"><section class="card"><h2>Ander nieuws</h2><ul>
<li><a href="/nieuws/a">Gratis compost ophalen</a> <span>2 maart 2022</span></li>
<li><a href="/nieuws/b">Nieuwe jongerenraad gezocht</a> <span>1 maart 2022</span></li></ul></section></aside>
</div></main>
<footer class="footer"><p>Gemeente Voorbeeld · Postbus 1 · <a href="/contact">Contact</a> · <a href="/privacy">Privacy</a></p>
</footer>
</body></html>"""


NL_BOX = """<aside class="block block--contact" aria-labelledby="meer-info"><h2 id="meer-info">Meer informatie</h2>
<div class="block__body"><p>Heeft u vragen? De omgevingsmanager van de aannemer is op werkdagen bereikbaar via
<a href="mailto:fietsbrug@aannemer.nl">fietsbrug@aannemer.nl</a> of 06 - 98 76 54 32.</p>
<p>Op de projectpagina vindt u de actuele planning en de tekeningen van de nieuwe brug.</p></div></aside>"""


def _body(html: str, url: str) -> str:
    return extract_article(html, url=url).body


def test_fact_box_inside_the_article_is_its_end() -> None:
    body = _body(_de_page(FACT_BOX), DE_URL)
    assert body.startswith("Die neue Kindertagesstätte")
    assert "Projektdaten" in body
    assert body.rstrip().endswith("Januar bis Juli 2020")
    assert "Meistgelesen" not in body and "Themen" not in body


def test_information_box_right_after_the_text_is_its_end() -> None:
    body = _body(_nl_page(NL_BOX), NL_URL)
    assert "Meer informatie" in body
    assert body.rstrip().endswith("de tekeningen van de nieuwe brug.")
    assert "Ander nieuws" not in body and "Deel deze pagina" not in body


def _assert_only_the_text(body: str, *unwanted: str) -> None:
    assert body.rstrip().endswith("Ein zweiter Bauabschnitt ist bereits in Planung.")
    for text in unwanted:
        assert text not in body


def test_related_links_aside_stays_out() -> None:
    box = """<aside class="article__box"><h3>Mehr zum Thema</h3><ul>
<li><a href="/p/1">Holzhybrid-Schule in sechs Geschossen</a></li><li><a href="/p/2">Aufstockung in Holz auf einem
Parkhaus</a></li><li><a href="/p/3">Schallschutz in Holzdecken</a></li></ul></aside>"""
    _assert_only_the_text(_body(_de_page(box), DE_URL), "Mehr zum Thema", "Parkhaus")


def test_related_links_under_a_plain_heading_stay_out() -> None:
    box = """<aside><h3>Weitere Projekte</h3><ul>
<li><a href="/p/1">Holzhybrid-Schule in sechs Geschossen</a></li><li><a href="/p/2">Aufstockung in Holz auf einem
Parkhaus</a></li><li><a href="/p/3">Schallschutz in Holzdecken, was die Norm verlangt</a></li></ul></aside>"""
    _assert_only_the_text(_body(_de_page(box), DE_URL), "Weitere Projekte", "Parkhaus")


def test_newsletter_aside_stays_out() -> None:
    box = """<aside class="article__box"><h3>Der Holzbau-Brief</h3><p>Jeden Donnerstag die wichtigsten Nachrichten
aus Holzbau, Technik und Betrieb, kostenlos in Ihr Postfach.</p><p>Abmeldung jederzeit möglich.</p>
<form action="/subscribe"><input type="email" name="email"><button>Anmelden</button></form></aside>"""
    _assert_only_the_text(_body(_de_page(box), DE_URL), "Holzbau-Brief", "Postfach")


def test_author_bio_aside_stays_out() -> None:
    box = """<aside class="article__box"><h3>Über die Autorin</h3><img src="/a/lindner.jpg" alt="">
<p>Petra Lindner ist Bauingenieurin und schreibt seit 2012 über Ingenieurholzbau.</p>
<p>Vorher war sie acht Jahre in einem Planungsbüro tätig.</p></aside>"""
    _assert_only_the_text(_body(_de_page(box), DE_URL), "Über die Autorin", "Planungsbüro")


def test_text_only_author_bio_aside_stays_out() -> None:
    box = """<aside class="article__box"><h3>Zur Autorin</h3>
<p>Petra Lindner ist Bauingenieurin und schreibt seit 2012 über Ingenieurholzbau.</p>
<p>Vorher war sie acht Jahre in einem Planungsbüro tätig.</p></aside>"""
    _assert_only_the_text(_body(_de_page(box), DE_URL), "Zur Autorin", "Planungsbüro")


def test_poll_aside_stays_out() -> None:
    box = """<aside class="article__box"><h3>Ihre Meinung</h3><p>Sollten mehr Kitas aus Holz gebaut werden?</p>
<form><label><input type="radio" name="v"> Ja</label><label><input type="radio" name="v"> Nein</label>
<button>Abstimmen</button></form><p>Bisher 412 Stimmen.</p></aside>"""
    _assert_only_the_text(_body(_de_page(box), DE_URL), "Ihre Meinung", "Stimmen")


def test_subscription_offer_aside_stays_out() -> None:
    box = """<aside class="article__box"><h3>Jetzt abonnieren</h3><p>Lesen Sie alle Fachartikel und das E-Paper.</p>
<p>Vier Wochen kostenlos, danach 9,90 Euro im Monat.</p></aside>"""
    _assert_only_the_text(_body(_de_page(box), DE_URL), "abonnieren", "9,90 Euro")


def test_comments_aside_stays_out() -> None:
    box = """<aside class="article__box"><h3>Kommentare (2)</h3><p>Schönes Projekt, so muss das gehen.</p>
<p>Hoffentlich machen das andere Gemeinden nach.</p></aside>"""
    _assert_only_the_text(_body(_de_page(box), DE_URL), "Kommentare (2)", "andere Gemeinden")


def test_table_of_contents_aside_stays_out() -> None:
    box = """<aside class="article__box"><h3>Inhaltsverzeichnis</h3><p>Module</p><p>Montage</p><p>Kosten</p></aside>"""
    _assert_only_the_text(_body(_de_page(box), DE_URL), "Inhaltsverzeichnis")


def test_ad_box_aside_stays_out() -> None:
    box = """<aside class="ad-box"><h3>Holzmodule von Meister</h3><p>Schlüsselfertig in acht Wochen.</p>
<p>Jetzt Angebot anfordern.</p></aside>"""
    _assert_only_the_text(_body(_de_page(box), DE_URL), "Holzmodule von Meister", "Angebot")


def test_pull_quote_aside_without_heading_stays_out() -> None:
    box = """<aside class="pullquote"><p>„Die Module kamen mit Fenstern und Leitungen.“</p><p>Bauleiterin</p>
<p>Kita am Sonnenhang</p></aside>"""
    _assert_only_the_text(_body(_de_page(box), DE_URL), "Bauleiterin\n")


def test_indonesian_baca_juga_aside_stays_out() -> None:
    box = """<aside class="box-info"><h4>Baca Juga</h4><p><a href="/a">Warga Keluhkan Jalan Rusak</a></p>
<p><a href="/b">Pemkab Salurkan Bantuan Banjir</a></p></aside>"""
    _assert_only_the_text(_body(_de_page(box), DE_URL), "Baca Juga", "Bantuan")


def test_layout_sidebar_aside_next_to_the_text_stays_out() -> None:
    # the aside after the text block is the page layout's column, not inside the news item's wrapper
    html = _nl_page("").replace(
        '<div class="share">',
        "</div><aside><h2>Openingstijden</h2><p>Het gemeentehuis is open van maandag tot en met vrijdag.</p>"
        '<p>Op donderdagavond ook van 18.00 tot 20.00 uur.</p></aside><div><div class="share">',
    )
    body = _body(html, NL_URL)
    assert "Openingstijden" not in body
    assert body.rstrip().endswith("open voor fietsers en voetgangers.")
