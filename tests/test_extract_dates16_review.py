"""Review of session 16's title and date rules (#10): the reviewer's look-alike pages, trimmed, as tests.

- A site-name <title> yields to the dated <h2>/<h3> opening the main column only on a page with no <h1> of its
  own: an <h1> in a <header> above <main> counts as the page's own (WordPress's `header.entry-header
  page-header`, magazine themes' hero), a heading with another heading right under it is a kicker or a
  section's name (a Joomla club page's kicker over `h3.contentheading`, Blogger's `date-header`), and a page
  whose <body> is classed as a list (WordPress `archive`/`category`/`tag`/`search`/`blog`, Joomla
  `view-category`, Drupal `page-taxonomy`) has no headline of its own.
- The headline's own microdata item's datePublished: the web page record around the headline
  (`itemprop="mainEntityOfPage"`, WebPage/ItemPage/CollectionPage…) is no item of the story, as a Person's or
  an Organization's is none.
- A US press release's dateline state places a UTC publication time: never a stamp at 00:00:00 UTC (a day
  stored without its time: its day would move), only AP-style abbreviations and whole state names, and a
  postal code only beside a US wire's marker and when no other country or region shares it (`PERTH, WA`,
  `CASABLANCA, MA`, `LIBREVILLE, GA` come over the same wires); the search reads a fixed number of elements.

Each page is a complete one (head metadata, navigation, sidebar, cookie banner, footer), as the reviewer wrote it.
"""

from __future__ import annotations

from telisik.extract import extract_article
from telisik.extract.published import MAX_DATELINE_ELEMENTS
from telisik.extract.sitezone import us_dateline

# --- the reviewer's pages (`site-map` link lists cut to three) ----------------------------------------------

# The WordPress sidebar, site map, cookie banner and footer links two of the English pages share.
_SIDEBAR_TO_FOOTER = """<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
<ul><li><a href="/2026/03/budget/">Budget consultation opens</a><span class="post-date">March 1, 2026</span></li>
<li><a href="/2026/02/library/">Library hours change</a><span class="post-date">February 20, 2026</span></li>
</ul>
</section>
<section class="widget widget_categories"><h2 class="widget-title">Categories</h2>
<ul><li><a href="/category/roads/">Roads</a></li>
<li><a href="/category/council/">Council</a></li>
</ul>
</section>
</aside>
</div>
<div class="site-map"><h4 class="widget-title">Browse topics</h4><ul><li><a href="/tag/topic-0/">Topic 0 archive and further reading</a></li>
<li><a href="/tag/topic-1/">Topic 1 archive and further reading</a></li>
<li><a href="/tag/topic-2/">Topic 2 archive and further reading</a></li>
</ul>
</div>
<div id="cookie-banner" class="cookie">We use cookies to improve your experience. <button>Accept</button> <a href="/cookies/">Settings</a></div>
<footer id="footer"><div class="footer-widgets"><ul><li><a href="/impressum/">Impressum</a></li>
<li><a href="/privacy/">Privacy</a></li>
<li><a href="/contact/">Contact</a></li>
</ul>
</div>"""

_R1_1 = (
    """<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Millbrook Town Council</title>
<meta property="og:title" content="Millbrook Town Council">
<meta property="og:site_name" content="Millbrook Town Council">
<meta property="og:type" content="website">
<link rel="stylesheet" href="/wp-content/themes/astra/style.css"></head>
<body class="post-template-default single single-post">
<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">Millbrook Town Council</a></p>
<nav class="main-nav"><ul><li><a href="/home/">Home</a></li>
<li><a href="/news/">News</a></li>
<li><a href="/meetings/">Meetings</a></li>
<li><a href="/services/">Services</a></li>
<li><a href="/contact/">Contact</a></li>
</ul>
</nav>
</header>
<header class="entry-header page-header"><h1 class="entry-title">Riverside Road Closure Extended Until April</h1>
<div class="entry-meta">Posted on <time class="entry-date published" datetime="2026-03-03T18:20:00+00:00">March 3, 2026</time> by <span class="author vcard"><a href="/author/jclarke/">Jenny Clarke</a></span></div>
</header>
<div id="content" class="site-content"><main id="main" class="site-main"><article class="post type-post"><div class="entry-content"><h2>Statement from the Mayor</h2>
<p class="statement-date">March 2, 2026</p>
<p>The council voted on Tuesday evening to extend the temporary closure of the riverside road while engineers finish inspecting the retaining wall that partly collapsed after last week's storms.</p>
<p>Residents who live along the affected stretch will keep access to their driveways, but through traffic is being diverted via the ring road, adding around ten minutes to most journeys during the morning peak.</p>
<p>A spokesperson said the inspection had found further cracks in two sections, and that repairs would be tendered as soon as the survey results were signed off by the county's structural engineer.</p>
<p>Local businesses have asked for signage at both ends of the closure to make clear that shops remain open, and the council said it would install temporary boards by the end of the week.</p>
</div>
</article>
</main>
"""
    + _SIDEBAR_TO_FOOTER
    + """
<p>&copy; 2026 Millbrook Town Council. All rights reserved.</p>
</footer></div>
</body></html>"""
)

_R1_2 = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>TSV Grünwinkel 1896 e.V.</title>
<meta name="description" content="Offizielle Website des TSV Grünwinkel 1896 e.V.">
<meta property="og:title" content="TSV Grünwinkel 1896 e.V.">
<meta property="og:site_name" content="TSV Grünwinkel 1896 e.V.">
<link rel="stylesheet" href="/templates/protostar/css/template.css"></head>
<body>
<div class="container"><header class="header"><a href="/"><img src="/images/logo.png" alt="TSV Grünwinkel"></a><nav class="main-nav"><ul><li><a href="/startseite/">Startseite</a></li>
<li><a href="/verein/">Verein</a></li>
<li><a href="/abteilungen/">Abteilungen</a></li>
<li><a href="/aktuelles/">Aktuelles</a></li>
<li><a href="/kontakt/">Kontakt</a></li>
</ul>
</nav>
</header>
<div class="row"><div class="col-md-8"><div class="item-page"><h2 class="kicker">Abteilung Fußball – Saison 2025/26</h2>
<p class="kicker-date">Rückrunde ab 01.03.2026</p>
<h3 class="contentheading">Erste Mannschaft gewinnt Derby gegen Daxlanden mit 3:1</h3>
<p class="createdate">Erstellt am 08.03.2026 von Markus Weber</p>
<p>Der Gemeinderat hat am Dienstagabend beschlossen, die Sperrung der Uferstraße zu verlängern, bis die Gutachter die Stützmauer vollständig untersucht haben, die nach den Unwettern teilweise eingestürzt war.</p>
<p>Anwohner erreichen ihre Grundstücke weiterhin, der Durchgangsverkehr wird jedoch über die Umgehungsstraße geleitet, was im Berufsverkehr rund zehn Minuten zusätzlich kostet.</p>
<p>Nach Angaben der Verwaltung wurden bei der Prüfung weitere Risse in zwei Abschnitten gefunden; die Reparatur soll ausgeschrieben werden, sobald das Gutachten vorliegt.</p>
<p>Die Geschäfte an der Straße baten um Hinweisschilder an beiden Enden der Sperrung, damit Kunden wissen, dass die Läden geöffnet bleiben.</p>
</div>
</div>
<div class="col-md-4 sidebar"><div class="moduletable"><h3>Nächste Termine</h3>
<ul><li>14.03.2026 Jahreshauptversammlung</li>
<li>21.03.2026 Arbeitseinsatz</li>
</ul>
</div>
<div class="moduletable"><h3>Sponsoren</h3>
<p><a href="https://www.sparkasse.de">Sparkasse</a></p>
</div>
</div>
</div>
<div class="site-map"><h4 class="widget-title">Browse topics</h4><ul><li><a href="/tag/topic-0/">Topic 0 archive and further reading</a></li>
<li><a href="/tag/topic-1/">Topic 1 archive and further reading</a></li>
<li><a href="/tag/topic-2/">Topic 2 archive and further reading</a></li>
</ul>
</div>
<div id="cookie-banner" class="cookie">We use cookies to improve your experience. <button>Accept</button> <a href="/cookies/">Settings</a></div>
<footer id="footer"><div class="footer-widgets"><ul><li><a href="/impressum/">Impressum</a></li>
<li><a href="/privacy/">Privacy</a></li>
<li><a href="/contact/">Contact</a></li>
</ul>
</div>
<p>&copy; 2026 TSV Grünwinkel 1896 e.V.. All rights reserved.</p>
</footer></div>
</body></html>"""

_R1_5 = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8">
<title>Foro Ciclistas del Sur</title>
<meta property="og:title" content="Foro Ciclistas del Sur">
<meta property="og:site_name" content="Foro Ciclistas del Sur">
</head>
<body>
<div id="wrap"><div id="page-header"><a href="/"><img src="/logo.gif" alt="Foro Ciclistas del Sur"></a><nav class="main-nav"><ul><li><a href="/índice/">Índice</a></li>
<li><a href="/buscar/">Buscar</a></li>
<li><a href="/registrarse/">Registrarse</a></li>
<li><a href="/conectarse/">Conectarse</a></li>
</ul>
</nav>
</div>
<div id="page-body" class="col-12"><div class="breadcrumbs"><a href="/">Índice</a> » <a href="/f/rutas">Rutas</a></div>
<div id="p1" class="post"><h3 class="first">Corte de la carretera del río: ¿alguna ruta alternativa?</h3>
<p class="author">por <strong>pedalero_77</strong> » 3 Mar 2026, 19:05</p>
<div class="content"><p>El pleno municipal aprobó el martes por la noche prolongar el cierre de la carretera del río mientras los técnicos terminan de inspeccionar el muro de contención que se derrumbó en parte tras las tormentas.</p>
<p>Los vecinos mantendrán el acceso a sus viviendas, pero el tráfico de paso se desvía por la circunvalación, lo que añade unos diez minutos a la mayoría de los trayectos en hora punta.</p>
</div>
</div>
<div id="p2" class="post"><h3>Re: Corte de la carretera del río: ¿alguna ruta alternativa?</h3>
<p class="author">por <strong>lucia_mtb</strong> » 3 Mar 2026, 20:41</p>
<div class="content"><p>Un portavoz explicó que la inspección encontró nuevas grietas en dos tramos y que las obras se licitarán en cuanto el informe del ingeniero esté firmado.</p>
</div>
</div>
<div id="p3" class="post"><h3>Re: Corte de la carretera del río: ¿alguna ruta alternativa?</h3>
<p class="author">por <strong>pedalero_77</strong> » 4 Mar 2026, 08:12</p>
<div class="content"><p>Los comercios de la zona han pedido carteles en ambos extremos del corte para que los clientes sepan que las tiendas siguen abiertas.</p>
</div>
</div>
</div>
<div class="site-map"><h4 class="widget-title">Browse topics</h4><ul><li><a href="/tag/topic-0/">Topic 0 archive and further reading</a></li>
<li><a href="/tag/topic-1/">Topic 1 archive and further reading</a></li>
<li><a href="/tag/topic-2/">Topic 2 archive and further reading</a></li>
</ul>
</div>
<div id="cookie-banner" class="cookie">We use cookies to improve your experience. <button>Accept</button> <a href="/cookies/">Settings</a></div>
<footer id="footer"><div class="footer-widgets"><ul><li><a href="/impressum/">Impressum</a></li>
<li><a href="/privacy/">Privacy</a></li>
<li><a href="/contact/">Contact</a></li>
</ul>
</div>
<p>&copy; 2026 Foro Ciclistas del Sur. All rights reserved.</p>
</footer></div>
</body></html>"""

_R1_7 = (
    """<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Harbour Sailing Club</title>
<meta property="og:title" content="Harbour Sailing Club">
<meta property="og:site_name" content="Harbour Sailing Club">
<meta property="og:type" content="website">
<link rel="stylesheet" href="/wp-content/themes/astra/style.css"></head>
<body class="archive category">
<div id="page"><header id="masthead"><p class="site-title"><a href="/">Harbour Sailing Club</a></p>
<nav class="main-nav"><ul><li><a href="/home/">Home</a></li>
<li><a href="/racing/">Racing</a></li>
<li><a href="/training/">Training</a></li>
<li><a href="/social/">Social</a></li>
<li><a href="/join/">Join</a></li>
</ul>
</nav>
</header>
<div id="content"><main id="main" class="site-main"><div class="archive-description"><p>Category: Training</p>
</div>
<article class="post excerpt"><h2 class="entry-title">Winter Dinghy Course Dates Announced</h2>
<div class="entry-meta">February 12, 2026</div>
<div class="entry-summary"><p>The council voted on Tuesday evening to extend the temporary closure of the riverside road while engineers finish inspecting the retaining wall that partly collapsed after last week's storms. Residents who live along the affected stretch will keep access to their driveways, but through traffic is being diverted via the ring road, adding around ten minutes to most journeys during the morning peak.</p>
</div>
</article>
<nav class="pagination"><a href="/category/training/page/2/">Older posts</a></nav>
</main>
"""
    + _SIDEBAR_TO_FOOTER
    + """
<p>&copy; 2026 Harbour Sailing Club. All rights reserved.</p>
</footer></div>
</body></html>"""
)

_R1_8 = """<!DOCTYPE html><html lang="it"><head><meta charset="utf-8">
<title>Il Corriere della Valle</title>
<meta property="og:title" content="Il Corriere della Valle">
<meta property="og:site_name" content="Il Corriere della Valle">
</head>
<body>
<header id="site-header"><a href="/" class="logo"><img src="/logo.svg" alt="Il Corriere della Valle"></a><nav class="main-nav"><ul><li><a href="/home/">Home</a></li>
<li><a href="/cronaca/">Cronaca</a></li>
<li><a href="/politica/">Politica</a></li>
<li><a href="/sport/">Sport</a></li>
<li><a href="/cultura/">Cultura</a></li>
</ul>
</nav>
<div class="article-hero"><h1 class="hero-title">Strada del fiume chiusa fino ad aprile</h1>
<p class="byline">di Marco Rossi</p>
</div>
</header>
<main class="col-lg-8"><h2 class="update">Aggiornamento delle 18:30 — martedì 3 marzo 2026</h2>
<p class="upd-date">3 marzo 2026</p>
<p>Il consiglio comunale ha votato martedì sera la proroga della chiusura della strada lungo il fiume, mentre i tecnici completano l'ispezione del muro di contenimento crollato in parte dopo i temporali della scorsa settimana.</p>
<p>I residenti potranno raggiungere le proprie abitazioni, ma il traffico di attraversamento è deviato sulla tangenziale, con circa dieci minuti in più nelle ore di punta. Un portavoce ha spiegato che sono state trovate nuove crepe in due tratti.</p>
<p>I commercianti hanno chiesto cartelli a entrambe le estremità della chiusura per segnalare che i negozi restano aperti.</p>
</main>
<aside class="col-lg-4"><h3>Più letti</h3>
<ul><li><a href="/x">Festa del paese</a></li>
</ul>
</aside>
<div class="site-map"><h4 class="widget-title">Browse topics</h4><ul><li><a href="/tag/topic-0/">Topic 0 archive and further reading</a></li>
<li><a href="/tag/topic-1/">Topic 1 archive and further reading</a></li>
<li><a href="/tag/topic-2/">Topic 2 archive and further reading</a></li>
</ul>
</div>
<div id="cookie-banner" class="cookie">We use cookies to improve your experience. <button>Accept</button> <a href="/cookies/">Settings</a></div>
<footer id="footer"><div class="footer-widgets"><ul><li><a href="/impressum/">Impressum</a></li>
<li><a href="/privacy/">Privacy</a></li>
<li><a href="/contact/">Contact</a></li>
</ul>
</div>
<p>&copy; 2026 Il Corriere della Valle. All rights reserved.</p>
</footer></body></html>"""

_R2_4 = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Tarte aux poireaux de mamie - Cuisine de Léa</title>
<meta property="og:title" content="Tarte aux poireaux de mamie">
</head>
<body>
<header><nav class="main-nav"><ul><li><a href="/accueil/">Accueil</a></li>
<li><a href="/recettes/">Recettes</a></li>
<li><a href="/desserts/">Desserts</a></li>
<li><a href="/contact/">Contact</a></li>
</ul>
</nav>
</header>
<main class="col-md-8"><article itemscope itemtype="https://schema.org/BlogPosting"><div class="recipe-summary" itemscope itemtype="https://schema.org/Recipe"><h2 itemprop="name">Tarte aux poireaux</h2>
<meta itemprop="datePublished" content="2019-10-02">
<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Léa Martin</span></span><span itemprop="recipeYield">6 parts</span></div>
<h1 itemprop="headline">Tarte aux poireaux de mamie</h1>
<p>Par Léa Martin</p>
<div itemprop="articleBody"><p>Le conseil municipal a voté mardi soir la prolongation de la fermeture de la route des quais, le temps que les ingénieurs terminent l'inspection du mur de soutènement partiellement effondré après les orages.</p>
<p>Les riverains conservent l'accès à leur domicile, mais la circulation de transit est déviée par la rocade, ce qui ajoute une dizaine de minutes aux trajets aux heures de pointe.</p>
<p>Selon la mairie, l'inspection a révélé de nouvelles fissures sur deux tronçons ; les travaux seront lancés dès que le rapport de l'expert aura été validé.</p>
<p>Les commerçants ont demandé une signalisation aux deux extrémités de la fermeture afin que les clients sachent que les boutiques restent ouvertes.</p>
</div>
<meta itemprop="datePublished" content="2026-02-14T08:00:00+01:00">
</article>
</main>
<div class="site-map"><h4 class="widget-title">Browse topics</h4><ul><li><a href="/tag/topic-0/">Topic 0 archive and further reading</a></li>
<li><a href="/tag/topic-1/">Topic 1 archive and further reading</a></li>
<li><a href="/tag/topic-2/">Topic 2 archive and further reading</a></li>
</ul>
</div>
<div id="cookie-banner" class="cookie">We use cookies to improve your experience. <button>Accept</button> <a href="/cookies/">Settings</a></div>
<footer id="footer"><div class="footer-widgets"><ul><li><a href="/impressum/">Impressum</a></li>
<li><a href="/privacy/">Privacy</a></li>
<li><a href="/contact/">Contact</a></li>
</ul>
</div>
<p>&copy; 2026 Cuisine de Léa. All rights reserved.</p>
</footer></body></html>"""

_R2_5 = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8">
<title>Se prolonga el cierre de la carretera del río | Diario del Valle</title>
<meta property="og:title" content="Se prolonga el cierre de la carretera del río">
</head>
<body>
<header><nav class="main-nav"><ul><li><a href="/portada/">Portada</a></li>
<li><a href="/local/">Local</a></li>
<li><a href="/deportes/">Deportes</a></li>
<li><a href="/opinión/">Opinión</a></li>
</ul>
</nav>
</header>
<main class="col-md-8"><article itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2026-03-03T19:00:00+01:00">
<div itemprop="mainEntityOfPage" itemscope itemtype="https://schema.org/WebPage"><meta itemprop="datePublished" content="2014-05-12T00:00:00+02:00">
<h1 itemprop="name">Se prolonga el cierre de la carretera del río</h1>
</div>
<p class="firma">Por <span itemprop="author">Ana Ruiz</span></p>
<div itemprop="articleBody"><p>El pleno municipal aprobó el martes por la noche prolongar el cierre de la carretera del río mientras los técnicos terminan de inspeccionar el muro de contención que se derrumbó en parte tras las tormentas.</p>
<p>Los vecinos mantendrán el acceso a sus viviendas, pero el tráfico de paso se desvía por la circunvalación, lo que añade unos diez minutos a la mayoría de los trayectos en hora punta.</p>
<p>Un portavoz explicó que la inspección encontró nuevas grietas en dos tramos y que las obras se licitarán en cuanto el informe del ingeniero esté firmado.</p>
<p>Los comercios de la zona han pedido carteles en ambos extremos del corte para que los clientes sepan que las tiendas siguen abiertas.</p>
</div>
</article>
</main>
<div class="site-map"><h4 class="widget-title">Browse topics</h4><ul><li><a href="/tag/topic-0/">Topic 0 archive and further reading</a></li>
<li><a href="/tag/topic-1/">Topic 1 archive and further reading</a></li>
<li><a href="/tag/topic-2/">Topic 2 archive and further reading</a></li>
</ul>
</div>
<div id="cookie-banner" class="cookie">We use cookies to improve your experience. <button>Accept</button> <a href="/cookies/">Settings</a></div>
<footer id="footer"><div class="footer-widgets"><ul><li><a href="/impressum/">Impressum</a></li>
<li><a href="/privacy/">Privacy</a></li>
<li><a href="/contact/">Contact</a></li>
</ul>
</div>
<p>&copy; 2026 Diario del Valle. All rights reserved.</p>
</footer></body></html>"""


def _published(page: str, url: str) -> str | None:
    published = extract_article(page, url).published
    return published.isoformat() if published is not None else None


# --- 1. a site-name <title> yields to a dated h2/h3 only without an own <h1> ---------------------------------


def test_forum_thread_h3_under_site_name_title_is_the_title():
    """phpBB-style forum thread (also Joomla 1.5 `contentheading`, Blogger `post-title` without an <h1>): the
    first post's dated <h3> opening the main column is the thread's title."""
    article = extract_article(_R1_5, "https://www.ciclistasdelsur.es/viewtopic.php?t=4812")
    assert article.title == "Corte de la carretera del río: ¿alguna ruta alternativa?"


def test_wordpress_entry_header_h1_above_main_is_the_page_own_h1():
    """WordPress (Astra, GeneratePress) `header.entry-header.page-header` holding the <h1> above <main>: the
    dated section <h2> inside the post is no headline."""
    article = extract_article(_R1_1, "https://www.millbrookcouncil.org/2026/03/riverside-road-closure/")
    assert article.title != "Statement from the Mayor"


def test_hero_h1_in_site_header_is_the_page_own_h1():
    """Magazine theme's hero (`<header><div class="article-hero"><h1>`): a dated update <h2> in <main> is not
    the headline."""
    article = extract_article(_R1_8, "https://www.corrieredellavalle.it/cronaca/strada-fiume-chiusa")
    assert not article.title.startswith("Aggiornamento")


def test_dated_kicker_h2_over_the_h3_headline_is_no_headline():
    """Joomla club page: a dated kicker <h2> (with its own date line) right above `h3.contentheading`."""
    article = extract_article(_R1_2, "https://www.tsv-gruenwinkel.de/aktuelles/derby-sieg")
    assert article.title != "Abteilung Fußball – Saison 2025/26"


def test_category_archive_with_one_dated_teaser_keeps_the_site_title():
    """WordPress category archive (`body.archive.category`) with one unlinked dated teaser <h2>."""
    article = extract_article(_R1_7, "https://www.harboursailing.org/category/training/")
    assert article.title == "Harbour Sailing Club"


# --- 2. the headline's own microdata item's datePublished --------------------------------------------------


def test_recipe_item_above_the_headline_yields_to_the_posting_own_date():
    """Recipe-blog BlogPosting (WP Recipe Maker, Tasty Recipes): a Recipe item with an older datePublished comes
    first in the source; the post's own item holds the headline."""
    published = _published(_R2_4, "https://www.cuisinedelea.fr/tarte-aux-poireaux")
    assert published is not None and published.startswith("2026-02-14")


def test_webpage_record_around_the_headline_is_not_the_story_item():
    """`<div itemprop="mainEntityOfPage" itemscope itemtype=…/WebPage>` with the page record's old
    datePublished around the <h1>: the NewsArticle's date (first in the source) stays."""
    published = _published(_R2_5, "https://www.diariodelvalle.es/local/cierre-carretera-rio")
    assert published is not None and published.startswith("2026-03-03")


# --- 3. a US press-release dateline's state gives the zone -------------------------------------------------

_RELEASE = """<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">
<title>Harbor Lane Analytics Opens Engineering Office, Creating 80 Jobs - Harbor Lane Analytics</title>
<meta property="og:type" content="article">
<meta property="og:title" content="Harbor Lane Analytics">
<meta property="og:site_name" content="Harbor Lane Analytics">
<meta property="article:published_time" content="@STAMP@">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Harbor Lane Analytics"}</script>
</head>
<body class="single single-post">
<header id="main-header"><a href="/"><img src="/logo.png" alt="Harbor Lane Analytics"></a><nav class="main-nav"><ul><li><a href="/products/">Products</a></li>
<li><a href="/newsroom/">Newsroom</a></li>
<li><a href="/careers/">Careers</a></li>
<li><a href="/investors/">Investors</a></li>
</ul>
</nav>
</header>
<div id="main-content"><div class="container"><div id="left-area"><article class="et_pb_post post"><h1 class="entry-title">Harbor Lane Analytics Opens Engineering Office, Creating 80 Jobs</h1>
<p class="post-meta">by <span class="author vcard"><a href="/author/admin/">admin</a></span></p>
<div class="entry-content"><p>@DATELINE@ Harbor Lane Analytics, a maker of inventory software for regional grocers, today opened its new engineering office in the city's mill district, creating 80 jobs over the next two years.</p>
<p>The office will house the company's data science and support teams, who until now worked from a shared space across the river. Hiring for the first 30 positions has begun.</p>
<p>“Our customers are here, and so are the people we want to hire,” said chief executive Dana Whitfield.</p>
<p>About Harbor Lane Analytics: founded in 2009, the company serves 400 grocers in 12 states.</p>
<p>###</p>
</div>
</article>
</div>
<div id="sidebar"><div class="et_pb_widget widget_recent_entries"><h4 class="widgettitle">Recent Releases</h4><ul><li><a href="/newsroom/q1/">First-Quarter Results</a> <span class="post-date">April 24, 2018</span></li>
</ul>
</div>
</div>
</div>
</div>
<div id="cookie-notice">We use cookies. <a href="/privacy/">Privacy policy</a></div>
<div class="site-map"><h4 class="widget-title">Browse topics</h4><ul><li><a href="/tag/topic-0/">Topic 0 archive and further reading</a></li>
<li><a href="/tag/topic-1/">Topic 1 archive and further reading</a></li>
<li><a href="/tag/topic-2/">Topic 2 archive and further reading</a></li>
</ul>
</div>
<div id="cookie-banner" class="cookie">We use cookies to improve your experience. <button>Accept</button> <a href="/cookies/">Settings</a></div>
<footer id="footer"><div class="footer-widgets"><ul><li><a href="/impressum/">Impressum</a></li>
<li><a href="/privacy/">Privacy</a></li>
<li><a href="/contact/">Contact</a></li>
</ul>
</div>
<p>&copy; 2026 Harbor Lane Analytics. All rights reserved.</p>
</footer></body></html>"""


def _release(dateline: str, stamp: str) -> str:
    """A company newsroom on WordPress/Divi reposting a wire release under its dateline."""
    return _RELEASE.replace("@DATELINE@", dateline).replace("@STAMP@", stamp)


_URL = "https://www.harborlane.com/newsroom/office/"


def test_business_wire_release_in_dc_is_placed_in_eastern_time():
    """`WASHINGTON, D.C., … --(BUSINESS WIRE)--` over a UTC stamp shown as a day: US Eastern."""
    page = _release("WASHINGTON, D.C., May 8, 2018 --(BUSINESS WIRE)--", "2018-05-08T13:00:00+00:00")
    assert _published(page, _URL) == "2018-05-08T09:00:00-04:00"


def test_postal_code_beside_a_wire_marker_is_trusted():
    """`NEW YORK, NY, … /PRNewswire/ --`: a postal code no other country shares, beside a US wire's marker."""
    page = _release("NEW YORK, NY, May 8, 2018 /PRNewswire/ --", "2018-05-08T13:00:00+00:00")
    assert _published(page, _URL) == "2018-05-08T09:00:00-04:00"


def test_utc_midnight_stamp_is_a_day_and_is_never_rezoned():
    """A stamp at 00:00:00 UTC is a day stored without a time: the dateline of the day before must not move it
    to the 7th (Pacific and Eastern alike)."""
    for dateline in (
        "SEATTLE, Wash., May 7, 2018 /PRNewswire/ --",
        "NEW YORK, N.Y., May 7, 2018 /PRNewswire/ --",
    ):
        published = _published(_release(dateline, "2018-05-08T00:00:00+00:00"), _URL)
        assert published is not None and published.startswith("2018-05-08"), dateline


def test_codes_other_countries_share_place_nothing():
    """`PERTH, WA` (Western Australia), `CASABLANCA, MA` (Morocco), `LIBREVILLE, GA` (Gabon) over the same wires:
    no US zone, with or without the wire's marker."""
    for dateline in (
        "PERTH, WA, May 8, 2018 /PRNewswire/ --",
        "CASABLANCA, MA, May 8, 2018 /PRNewswire/ --",
        "LIBREVILLE, GA, May 8, 2018 --",
    ):
        published = _published(_release(dateline, "2018-05-08T11:00:00+00:00"), _URL)
        assert published == "2018-05-08T11:00:00+00:00", dateline


def test_postal_code_without_a_wire_marker_places_nothing():
    """A bare `NY` with no wire's marker is no dateline the rule trusts; the AP abbreviation is."""
    assert us_dateline("NEW YORK, NY, May 8, 2018 -- Harbor Lane Analytics today opened") is None
    assert us_dateline("NEW YORK, N.Y., May 8, 2018 -- Harbor Lane Analytics today opened") is not None
    assert us_dateline("TBILISI, Georgia, May 8, 2018 -- Harbor Lane Analytics today opened") is None


def test_dateline_search_reads_a_fixed_number_of_elements():
    """A page whose headline is followed by thousands of elements with no <p> (hostile pages): the dateline
    beyond the fixed window is not read (the walk stops), and the page is read quickly."""
    filler = "<div><span>x</span></div>" * (MAX_DATELINE_ELEMENTS + 50)
    page = _release("WASHINGTON, D.C., May 8, 2018 --(BUSINESS WIRE)--", "2018-05-08T13:00:00+00:00")
    page = page.replace('<div class="entry-content">', f'{filler}<div class="entry-content">')
    assert _published(page, _URL) == "2018-05-08T13:00:00+00:00"
