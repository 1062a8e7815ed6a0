"""What the read-only review of session 15's title, writer and date rules found, and what changed (#10).

The reviewer wrote 41 look-alike pages of other families (news posts beside event plugins, liveblogs about
festivals, bylines with office-word surnames, `Site | headline` titles, job ads) and compared the branch with
its base. Worse than base were:

- Event pages: the Event JSON-LD made any page an event page. A club's WordPress post beside The Events
  Calendar's list widget (its JSON-LD names the sidebar's events), a library's news item written on its fair's
  day (a plugin's EducationEvent, no Article node), a Spanish liveblog whose article is microdata
  (`itemtype=.../LiveBlogPosting`), an Italian post on the opening day of a four-week exhibition, race reports
  whose NewsArticle node has a full-URL `@type` or is broken JSON lost their publication date. Now an Event
  makes an event page only as the page's subject (a WebPage's `mainEntity`, `mainEntityOfPage`, or named like
  the page's headline: one a word prefix of the other); full-URL article types, a broken block naming an
  article type and a microdata article make the page a story; an explicit `itemprop=datePublished` is never
  dropped; an event longer than three days dates its first and last day only.
- `Von Michael Rathaus` (a JSON-LD Person): office nouns that are surnames too (`Rathaus`, `Mairie`,
  `Stadhuis`, `Landkreis`) name an office only as the whole name, its first word or after an article or
  preposition (`Bürgerbüro im Rathaus`), never as a two-word name's last word.
- `Site | Flood scheme: 300 homes to be protected`, `Site : Vendée Globe, le départ décalé`: the site-name
  <title> rule took a section heading (`Local News`) or a banner slogan for the headline. A title whose part
  after the site's name reads as a headline (four words or more, not a tagline's list `Imagefilm, Werbefilm,
  Dokumentation`) is no site-name title: the metadata headline stands as before.

Base was wrong too on an Indonesian job ad's `Kontak` box (`Oleh Rina Wulandari`, HRD): a job ad's contact
box (`kontak-hrd`) now hides its labelled credit line as well. Left: a mayor's letter signed at its end under
`Publié par Mairie de X` (no writer is read, as before the branch none right).

The pages are the reviewer's, compact but full (head metadata, navigation, sidebar, footer).
"""

from __future__ import annotations

from telisik.extract import extract_article

_NAV = {
    "en": ["Home", "News", "Sport", "Business", "Opinion", "Lifestyle", "Contact us"],
    "de": ["Startseite", "Nachrichten", "Sport", "Wirtschaft", "Meinung", "Kultur", "Kontakt"],
    "fr": ["Accueil", "Actualités", "Sport", "Économie", "Opinions", "Culture", "Contact"],
    "es": ["Inicio", "Noticias", "Deportes", "Economía", "Opinión", "Cultura", "Contacto"],
    "id": ["Beranda", "Berita", "Olahraga", "Ekonomi", "Opini", "Gaya Hidup", "Kontak"],
    "nl": ["Home", "Nieuws", "Sport", "Economie", "Opinie", "Cultuur", "Contact"],
    "it": ["Home", "Notizie", "Sport", "Economia", "Opinioni", "Cultura", "Contatti"],
}
_SIDE = {
    "en": (
        "Most read",
        [
            "Council approves new budget for road repairs in the north",
            "Local school wins national robotics competition",
            "Heavy rain expected over the weekend, forecasters warn",
        ],
    ),
    "de": (
        "Meistgelesen",
        [
            "Stadtrat beschließt neuen Haushalt für Straßensanierung",
            "Schüler gewinnen bundesweiten Robotik-Wettbewerb",
            "Unwetterwarnung für das Wochenende im ganzen Land",
        ],
    ),
    "fr": (
        "Les plus lus",
        [
            "Le conseil municipal vote le budget des routes",
            "Un lycée local remporte le concours national de robotique",
            "Fortes pluies attendues ce week-end",
        ],
    ),
    "es": (
        "Lo más leído",
        [
            "El concejo aprueba el presupuesto para arreglar calles",
            "Un colegio local gana el concurso nacional de robótica",
            "Se esperan fuertes lluvias durante el fin de semana",
        ],
    ),
    "id": (
        "Terpopuler",
        [
            "DPRD setujui anggaran perbaikan jalan di wilayah utara",
            "Sekolah lokal juarai lomba robotik tingkat nasional",
            "Hujan lebat diperkirakan turun sepanjang akhir pekan",
        ],
    ),
    "nl": (
        "Meest gelezen",
        [
            "Gemeenteraad stemt in met begroting voor wegen",
            "Lokale school wint landelijke robotwedstrijd",
            "Zware regen verwacht in het weekend",
        ],
    ),
    "it": (
        "I più letti",
        [
            "Il consiglio approva il bilancio per le strade",
            "Una scuola locale vince il concorso di robotica",
            "Forti piogge attese nel fine settimana",
        ],
    ),
}


def _page(lang: str, site: str, *, head: str, header: str, main: str, aside: str = "") -> str:
    """A WordPress-style page of 2019: head metadata, top bar, masthead with menu, main, sidebar, footer."""
    nav = "".join(
        f'<li class="menu-item"><a href="/{w.lower().replace(" ", "-")}/">{w}</a></li>' for w in _NAV[lang]
    )
    heading, items = _SIDE[lang]
    side = "".join(f'<li><a href="/{lang}/story/{i + 1001}/">{t}</a></li>' for i, t in enumerate(items))
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{head}
<link rel="stylesheet" href="/wp-content/themes/site/style.css?ver=4.9.8" type="text/css" media="all">
<script type="text/javascript">window._gaq=window._gaq||[];_gaq.push(['_setAccount','UA-1234567-1']);_gaq.push(['_trackPageview']);</script>
</head>
<body class="">
<div class="topbar"><div class="container"><a href="/newsletter/">Newsletter</a> | <a href="/login/">Login</a></div></div>
<header id="masthead" class="site-header" role="banner"><div class="container">
{header}
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{nav}</ul></nav>
</div></header>
<div id="content" class="site-content"><div class="container">
{main}
<aside id="secondary" class="widget-area sidebar">
<section class="widget widget_popular"><h3 class="widget-title">{heading}</h3><ul>{side}</ul></section>
{aside}
</aside>
</div></div>
<footer id="colophon" class="site-footer">
<div class="footer-menu"><ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li></ul></div>
<div class="site-info">&copy; 2019 {site}.</div>
</footer>
</body></html>"""


def _published_day(html: str, url: str) -> str | None:
    published = extract_article(html, url).published
    return published.date().isoformat() if published else None


EVENT_1 = _page(
    "de",
    "SV Blau-Weiß Lindenau",
    head=(
        '<title>C-Jugend holt den Kreispokal – SV Blau-Weiß Lindenau</title>\n<meta name="description" '
        'content="Die C-Jugend gewinnt das Finale gegen den TSV Oberau mit 3:1.">\n<meta property="og:locale" '
        'content="de_DE"><meta property="og:type" content="article"><meta property="og:title" '
        'content="C-Jugend holt den Kreispokal – SV Blau-Weiß Lindenau">\n<meta property="og:site_name" '
        'content="SV Blau-Weiß Lindenau">\n<script type="application/ld+json">{"@context": '
        '"https://schema.org", "@type": "WebSite", "url": "https://svbw-lindenau.de/", "name": "SV Blau-Weiß '
        'Lindenau"}</script>\n<script type="application/ld+json">[{"@context": "http://schema.org", "@type": '
        '"Event", "name": "Sommerfest & Jubiläumswoche", "startDate": "2019-06-08T10:00:00+02:00", '
        '"endDate": "2019-06-16T18:00:00+02:00", "location": {"@type": "Place", "name": "Vereinsheim"}}, '
        '{"@context": "http://schema.org", "@type": "Event", "name": "Jugendturnier", "startDate": '
        '"2019-06-22T09:00:00+02:00", "endDate": "2019-06-22T17:00:00+02:00"}]</script>'
    ),
    header=(
        '<div class="site-branding"><a href="/" rel="home" class="logo"><img src="/img/logo.png" alt="SV '
        'Blau-Weiß Lindenau"></a></div>'
    ),
    main=(
        '<main id="main" class="site-main"><article id="post-812" class="post-812 post type-post '
        'status-publish hentry category-jugend">\n<header class="entry-header"><h1 class="entry-title">'
        'C-Jugend holt den Kreispokal</h1>\n<div class="entry-meta"><span class="posted-on">Veröffentlicht am '
        '<a href="/2019/06/" rel="bookmark"><time class="entry-date published" '
        'datetime="2019-06-12T09:14:00+02:00">12. Juni 2019</time></a></span> <span class="byline">von <span '
        'class="author vcard"><a class="url fn n" href="/author/tberger/">Thomas Berger</a></span></span>'
        '</div></header>\n<div class="entry-content"><p>Die C-Jugend des SV Blau-Weiß Lindenau hat am '
        "Dienstagabend den Kreispokal gewonnen. Im Finale auf dem Sportplatz an der Mühlstraße setzte sich "
        "die Mannschaft von Trainer Holger Franke mit 3:1 gegen den TSV Oberau durch.</p><p>Nach einem "
        "frühen Rückstand drehten die Jungs die Partie noch vor der Pause. Zweimal traf Luca Weber nach "
        "Ecken, in der Schlussminute machte Ben Kaiser mit einem Konter alles klar.</p><p>Der Pokal wird "
        "beim Sommerfest am Samstag offiziell übergeben. Der Vorstand lädt alle Eltern, Spieler und Freunde "
        "des Vereins herzlich ein, mit der Mannschaft zu feiern.</p></div></article></main>"
    ),
    aside=(
        '<section class="widget tribe-events-list-widget"><h3 class="widget-title">Termine</h3><ol '
        'class="tribe-list-widget">\n<li class="tribe-events-list-widget-events"><h4 '
        'class="tribe-event-title"><a href="/termin/sommerfest/">Sommerfest &amp; Jubiläumswoche</a></h4>'
        '<div class="tribe-event-duration"><span class="tribe-event-date-start">8. Juni</span> - <span '
        'class="tribe-event-date-end">16. Juni</span></div></li>\n<li class="tribe-events-list-widget-events">'
        '<h4 class="tribe-event-title"><a href="/termin/jugendturnier/">Jugendturnier</a></h4><div '
        'class="tribe-event-duration"><span class="tribe-event-date-start">22. Juni @ 9:00</span></div></li>'
        "</ol></section>"
    ),
)

EVENT_1_URL = "https://svbw-lindenau.de/c-jugend-holt-den-kreispokal/"

EVENT_2 = _page(
    "en",
    "Riverside Library News",
    head=(
        "<title>Library hosts Pi Day STEM Fair today | Riverside Library News</title>\n<meta "
        'property="og:title" content="Library hosts Pi Day STEM Fair today"><meta property="og:site_name" '
        'content="Riverside Library News"><meta property="og:type" content="article">\n<script '
        'type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", '
        '"name": "Riverside Library News", "url": "https://news.riversidelib.org/"}]}</script>\n<script '
        'type="application/ld+json">{"@context": "https://schema.org", "@type": "EducationEvent", "name": '
        '"Pi Day STEM Fair", "startDate": "2019-03-14T10:00:00-05:00", "endDate": '
        '"2019-03-14T16:00:00-05:00", "location": {"@type": "Place", "name": "Riverside Public '
        'Library"}}</script>'
    ),
    header=(
        '<div class="site-branding"><a href="/" rel="home" class="logo"><img src="/img/logo.png" '
        'alt="Riverside Library News"></a></div>'
    ),
    main=(
        '<main class="site-main"><article class="post type-post hentry"><header class="entry-header"><h1 '
        'class="entry-title">Library hosts Pi Day STEM Fair today</h1>\n<div class="entry-meta">Posted on '
        '<time class="entry-date published updated" datetime="2019-03-14T07:30:00-05:00">March 14, '
        '2019</time> by <span class="author vcard"><a href="/author/jwalsh/">Jane Walsh</a></span></div>'
        '</header>\n<div class="entry-content"><p>The Riverside Public Library will host its first Pi Day '
        "STEM Fair today from 10 a.m. to 4 p.m. in the main hall, with hands-on experiments for children and "
        "teenagers.</p><p>Volunteers from the university's physics department will run a liquid-nitrogen ice "
        "cream stand, and the robotics club of Riverside High will demonstrate its competition robot.</p><p>"
        "Admission is free. Parking is available behind the library, and the No. 4 bus stops at the main "
        'entrance every fifteen minutes during the fair.</p></div>\n<footer class="entry-footer"><span '
        'class="cat-links">Posted in <a href="/category/events/">Events</a></span></footer></article></main>'
    ),
)

EVENT_2_URL = "https://news.riversidelib.org/library-hosts-pi-day-stem-fair-today/"

EVENT_4 = _page(
    "es",
    "Diario de la Ribera",
    head=(
        "<title>Directo: segunda jornada del Festival del Río 2019 | Diario de la Ribera</title>\n<meta "
        'property="og:title" content="Directo: segunda jornada del Festival del Río 2019"><meta '
        'property="og:site_name" content="Diario de la Ribera">\n<script type="application/ld+json">'
        '{"@context": "https://schema.org", "@type": "Festival", "name": "Festival del Río 2019", '
        '"startDate": "2019-06-26", "endDate": "2019-06-30", "location": {"@type": "Place", "name": "Recinto '
        'Ferial"}}</script>'
    ),
    header=(
        '<div class="site-branding"><a href="/" rel="home" class="logo"><img src="/img/logo.png" alt="Diario '
        'de la Ribera"></a></div>'
    ),
    main=(
        '<main><article itemscope itemtype="http://schema.org/LiveBlogPosting"><h1 itemprop="headline">'
        'Directo: segunda jornada del Festival del Río 2019</h1>\n<div class="firma">Por <span '
        'itemprop="author">Marta Ruiz Gil</span> | <time itemprop="datePublished" '
        'datetime="2019-06-27T16:50:00+02:00">27/06/2019 16:50</time></div>\n<div class="live" '
        'itemprop="articleBody"><p>18:05 La segunda jornada del festival arranca con calor y colas en la '
        "entrada principal. La organización ha abierto dos accesos más para agilizar la entrada del "
        "público.</p><p>17:40 Los conciertos del escenario pequeño se retrasan media hora por problemas "
        "técnicos, según ha confirmado la organización en sus redes sociales.</p><p>16:55 Más de cuarenta "
        "mil personas se esperan hoy en el recinto ferial, diez mil más que en la jornada inaugural del "
        "miércoles.</p></div></article></main>"
    ),
)

EVENT_4_URL = "https://www.diariodelaribera.es/directo/festival-del-rio-segunda-jornada"

EVENT_9 = _page(
    "it",
    "Genova Cultura",
    head=(
        "<title>Apre a Palazzo Ducale la mostra sul Seicento genovese - Genova Cultura</title><meta "
        'property="og:title" content="Apre a Palazzo Ducale la mostra sul Seicento genovese">\n<script '
        'type="application/ld+json">{"@context": "http://schema.org", "@type": "ExhibitionEvent", "name": '
        '"Il Seicento genovese", "startDate": "2019-03-02", "endDate": "2019-03-30"}</script>'
    ),
    header=(
        '<div class="site-branding"><a href="/" rel="home" class="logo"><img src="/img/logo.png" alt="Genova '
        'Cultura"></a></div>'
    ),
    main=(
        '<main><article class="post hentry"><h1 class="entry-title">Apre a Palazzo Ducale la mostra sul '
        'Seicento genovese</h1>\n<div class="entry-meta"><span class="date"><time class="entry-date" '
        'datetime="2019-03-02T11:00:00+01:00">2 marzo 2019</time></span> — <span class="author vcard"><span '
        'class="fn">Giulia Ferrari</span></span></div>\n<div class="entry-content"><p>Si è aperta oggi a '
        "Palazzo Ducale la grande mostra dedicata ai pittori genovesi del Seicento, con oltre ottanta opere "
        "provenienti da collezioni private e musei europei.</p><p>Il percorso si snoda in dieci sale e si "
        "chiude con una sezione dedicata ai disegni preparatori, esposti per la prima volta al pubblico.</p>"
        "<p>La mostra resterà aperta fino al 30 marzo, tutti i giorni tranne il lunedì, dalle 10 alle 19.</p>"
        "</div></article></main>"
    ),
)

EVENT_9_URL = "https://genovacultura.it/apre-palazzo-ducale-mostra-seicento/"

# The race report of EVENT_10 and EVENT_11 (they differ in their head's JSON-LD only).
_HARBOUR_HEADER = (
    '<div class="site-branding"><a href="/" rel="home" class="logo"><img src="/img/logo.png" '
    'alt="Bayside Post"></a></div>'
)
_HARBOUR_STORY = (
    '<main><article class="story"><h1>Record field for 25th Harbour Half Marathon</h1><p class="byline">'
    'By Tom Reilly</p><p class="dateline"><time datetime="2019-09-29T12:10:00+01:00">Sunday 29 September '
    '2019 12:10</time></p>\n<div class="story-body"><p>Thousands of runners crowded the waterfront on '
    "Sunday morning for the 25th Harbour Half Marathon, the largest field in the race's history.</p><p>"
    "Kenyan athlete Daniel Kiprop won the men's race in 1:02:41, while local runner Emma Price took the "
    "women's title in a course record of 1:10:05.</p><p>Road closures around the harbour will remain in "
    "place until 4 p.m., and extra buses are running from the finish area to the city centre.</p><p>"
    "Organisers said more than 11,000 runners had registered, raising an estimated £600,000 for local "
    "charities.</p></div></article></main>"
)


EVENT_10 = _page(
    "en",
    "Bayside Post",
    head=(
        '<title>Record field for 25th Harbour Half Marathon | Bayside Post</title><meta property="og:type" '
        'content="article"><meta property="og:title" content="Record field for 25th Harbour Half Marathon">'
        '\n<script type="application/ld+json">{"@context": "http://schema.org", "@type": '
        '"http://schema.org/NewsArticle", "headline": "Record field for 25th Harbour Half Marathon", '
        '"author": {"@type": "Person", "name": "Tom Reilly"}}</script>\n<script type="application/ld+json">'
        '{"@context": "http://schema.org", "@type": "SportsEvent", "name": "Harbour Half Marathon 2019", '
        '"startDate": "2019-09-29T08:30:00+01:00", "endDate": "2019-09-29T14:00:00+01:00"}</script>'
    ),
    header=_HARBOUR_HEADER,
    main=_HARBOUR_STORY,
)

EVENT_10_URL = "https://www.baysidepost.co.uk/sport/record-field-harbour-half-marathon-1-123456"

EVENT_11 = _page(
    "en",
    "Bayside Post",
    head=(
        '<title>Record field for 25th Harbour Half Marathon | Bayside Post</title><meta property="og:type" '
        'content="article"><meta property="og:title" content="Record field for 25th Harbour Half Marathon">'
        '\n<script type="application/ld+json">'
        '{"@context":"http://schema.org","@type":"NewsArticle","headline":"Record field for "25th" Harbour '
        'Half\nMarathon","datePublished":"2019-09-29T12:10:00+01:00"}</script>\n<script '
        'type="application/ld+json">{"@context": "http://schema.org", "@type": "SportsEvent", "name": '
        '"Harbour Half Marathon 2019", "startDate": "2019-09-29T08:30:00+01:00", "endDate": '
        '"2019-09-29T14:00:00+01:00"}</script>'
    ),
    header=_HARBOUR_HEADER,
    main=_HARBOUR_STORY,
)

EVENT_11_URL = "https://www.baysidepost.co.uk/sport/record-field-harbour-half-marathon-1-123457"

OFFICE_2 = _page(
    "de",
    "Kreisbote Oberland",
    head=(
        '<title>Gemeinderat stimmt für neues Feuerwehrhaus | Kreisbote Oberland</title><meta name="author" '
        'content="Michael Rathaus"><meta property="og:title" content="Gemeinderat stimmt für neues '
        'Feuerwehrhaus"><meta property="og:site_name" content="Kreisbote Oberland">\n<meta '
        'property="article:published_time" content="2019-05-14T18:30:00+02:00">\n<script '
        'type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": '
        '"Gemeinderat stimmt für neues Feuerwehrhaus", "datePublished": "2019-05-14T18:30:00+02:00", '
        '"author": {"@type": "Person", "name": "Michael Rathaus"}}</script>'
    ),
    header=(
        '<div class="site-branding"><a href="/" rel="home" class="logo"><img src="/img/logo.png" '
        'alt="Kreisbote Oberland"></a></div>'
    ),
    main=(
        '<main><article class="article"><h1>Gemeinderat stimmt für neues Feuerwehrhaus</h1><div '
        'class="byline">Von Michael Rathaus</div><p class="date"><time datetime="2019-05-14T18:30:00+02:00">'
        '14.05.2019</time></p>\n<div class="article-text"><p>Der Gemeinderat hat am Dienstagabend mit knapper '
        "Mehrheit den Bau des neuen Feuerwehrhauses beschlossen. Die Kosten liegen bei rund 4,2 Millionen "
        "Euro, gut die Hälfte trägt das Land.</p><p>Die Opposition kritisierte vor allem den Standort am "
        "Ortsrand, der die Anfahrtszeiten für Einsätze im Altort verlängere. Der Kommandant sieht darin kein "
        "Problem.</p><p>Baubeginn soll im Frühjahr sein, die Fertigstellung ist für Ende 2021 geplant. Das "
        "alte Gerätehaus wird danach zum Vereinsheim umgebaut.</p></div></article></main>"
    ),
)

OFFICE_2_URL = "https://www.kreisbote-oberland.de/lokales/feuerwehrhaus-124.html"

TITLE_10 = _page(
    "en",
    "Hightown Echo",
    head=(
        '<title>Hightown Echo | Flood scheme: 300 homes to be protected</title><meta property="og:site_name" '
        'content="Hightown Echo"><meta property="og:title" content="Hightown Echo | Flood scheme: 300 homes '
        'to be protected">'
    ),
    header=('<div id="logo"><a href="/"><img src="/img/echo.png" alt="Hightown Echo"></a></div>'),
    main=(
        '<main><h1 class="section-heading">Local News</h1><div class="post"><div class="post-title">Flood '
        'defences approved for riverside homes</div><p class="post-meta">By Sarah Collins | 21 January '
        '2019</p>\n<div class="post-body"><p>The Environment Agency has approved a £4.5m scheme to protect '
        "more than 300 homes along the River Wey from flooding.</p><p>Work on new walls and embankments will "
        "begin in the spring and take around eighteen months.</p><p>Residents flooded twice in the past "
        "decade welcomed the decision.</p></div></div></main>"
    ),
)

TITLE_10_URL = "https://www.hightownecho.co.uk/news/flood-scheme-300-homes"

TITLE_12 = _page(
    "fr",
    "Ouest Vendée Infos",
    head=(
        '<title>Ouest Vendée Infos : Vendée Globe, le départ décalé</title><meta property="og:site_name" '
        'content="Ouest Vendée Infos"><meta property="og:title" content="Ouest Vendée Infos : Vendée Globe, '
        'le départ décalé">'
    ),
    header=('<div class="logo"><a href="/"><img src="/logo.png" alt="Ouest Vendée Infos"></a></div>'),
    main=(
        '<main><div class="banner"><h1>L\'actualité de la côte vendéenne</h1></div><article><h2 class="titre">'
        'Tempête : les skippers partiront finalement mardi des Sables-d\'Olonne</h2><p class="auteur">Par '
        'Julien Garnier, le 8 novembre 2020</p>\n<div class="texte"><p>La direction de course a annoncé '
        "samedi que le départ serait repoussé de quarante-huit heures en raison d'une dépression attendue "
        "dans le golfe de Gascogne.</p><p>Les 33 skippers resteront à quai au ponton du village, qui restera "
        "fermé au public en raison des mesures sanitaires.</p><p>Une nouvelle réunion météo est prévue lundi "
        "matin pour confirmer l'horaire.</p></div></article></main>"
    ),
)

TITLE_12_URL = "https://www.ouestvendeeinfos.fr/actu/vendee-globe-depart-decale"

CONTACT_6 = _page(
    "id",
    "PT Sumber Makmur",
    head=(
        "<title>Lowongan Staf Administrasi Gudang - PT Sumber Makmur</title><script "
        'type="application/ld+json">{"@context": "https://schema.org", "@type": "JobPosting", "title": '
        '"Lowongan Staf Administrasi Gudang", "datePosted": "2019-11-04", "hiringOrganization": {"@type": '
        '"Organization", "name": "PT Sumber Makmur"}}</script>'
    ),
    header=(
        '<div class="site-branding"><a href="/" rel="home" class="logo"><img src="/img/logo.png" alt="PT '
        'Sumber Makmur"></a></div>'
    ),
    main=(
        '<main><div class="lowongan"><h1>Lowongan Staf Administrasi Gudang</h1><p>Penempatan: Semarang · '
        "Kontrak 1 tahun</p><h2>Kualifikasi</h2><ul><li>Pendidikan minimal SMA/SMK</li><li>Menguasai "
        'Microsoft Excel</li><li>Teliti dan jujur</li></ul>\n<div class="kontak-hrd"><h3>Kontak</h3><p '
        'class="author">Oleh Rina Wulandari</p><p>HRD PT Sumber Makmur</p></div></div></main>'
    ),
)

CONTACT_6_URL = "https://sumbermakmur.co.id/karir/staf-administrasi-gudang"

EVENT_7 = _page(
    "de",
    "Nachbarschaftsverein Südstadt",
    head=(
        "<title>Repair Café im Stadtteilzentrum | Nachbarschaftsverein Südstadt</title><meta "
        'property="og:title" content="Repair Café im Stadtteilzentrum">\n<script type="application/ld+json">'
        '{"@context": "https://schema.org", "@type": "Event", "name": "Repair Café", "startDate": '
        '"2019-11-09T14:00", "endDate": "2019-11-09T17:00", "eventStatus": '
        '"https://schema.org/EventScheduled"}</script>'
    ),
    header=(
        '<div class="site-branding"><a href="/" rel="home" class="logo"><img src="/img/logo.png" '
        'alt="Nachbarschaftsverein Südstadt"></a></div>'
    ),
    main=(
        '<main><article class="event type-event"><h1 class="entry-title">Repair Café im Stadtteilzentrum</h1>'
        '\n<div class="em-event-meta"><p><strong>Datum/Zeit</strong><br>Samstag, 09.11.2019<br>14:00 - '
        "17:00</p><p><strong>Veranstaltungsort</strong><br>Stadtteilzentrum Südstadt</p></div>\n<div "
        'class="entry-content"><p>Kaputter Toaster, wackeliger Stuhl, Loch in der Jacke? Beim Repair Café '
        "helfen ehrenamtliche Tüftlerinnen und Tüftler, Dinge gemeinsam zu reparieren statt sie "
        "wegzuwerfen.</p><p>Kaffee und Kuchen gibt es gegen Spende. Eine Anmeldung ist nicht nötig, bitte "
        "bringen Sie nur mit, was Sie selbst tragen können.</p></div></article></main>"
    ),
)

EVENT_7_URL = "https://suedstadt-nachbarn.de/veranstaltungen/repair-cafe-2019-11-09/"

OFFICE_10 = _page(
    "nl",
    "Gemeente Zeist",
    head=(
        '<title>Werkzaamheden aan de Slotlaan starten maandag - Gemeente Zeist</title><meta name="author" '
        'content="Gemeente Zeist">'
    ),
    header=(
        '<div class="site-branding"><a href="/" rel="home" class="logo"><img src="/img/logo.png" '
        'alt="Gemeente Zeist"></a></div>'
    ),
    main=(
        '<main><article><h1>Werkzaamheden aan de Slotlaan starten maandag</h1><p class="meta">Geplaatst door '
        'Gemeente Zeist op 3 mei 2019</p><div class="tekst"><p>Vanaf maandag 6 mei wordt het asfalt op de '
        "Slotlaan vernieuwd. De weg is in fases afgesloten voor doorgaand verkeer.</p><p>Bussen rijden een "
        "omleiding via de Laan van Vollenhove. Winkels blijven bereikbaar voor voetgangers en fietsers.</p>"
        "<p>De werkzaamheden duren naar verwachting drie weken.</p></div></article></main>"
    ),
)

OFFICE_10_URL = "https://www.zeist.nl/nieuws/werkzaamheden-slotlaan"

CONTACT_3 = _page(
    "de",
    "Möbelwerk Sauer",
    head=(
        "<title>Sachbearbeiter Buchhaltung (m/w/d) | Karriere bei Möbelwerk Sauer</title><meta "
        'property="og:title" content="Sachbearbeiter Buchhaltung (m/w/d)"><script type="application/ld+json">'
        '{"@context": "https://schema.org", "@type": "JobPosting", "title": "Sachbearbeiter Buchhaltung '
        '(m/w/d)", "datePosted": "2019-10-01", "hiringOrganization": {"@type": "Organization", "name": '
        '"Möbelwerk Sauer GmbH"}}</script>'
    ),
    header=(
        '<div class="site-branding"><a href="/" rel="home" class="logo"><img src="/img/logo.png" '
        'alt="Möbelwerk Sauer"></a></div>'
    ),
    main=(
        '<main><div class="job"><h1>Sachbearbeiter Buchhaltung (m/w/d)</h1><div class="job-details"><p>'
        'Vollzeit · Unbefristet · Bielefeld</p></div>\n<div class="description"><h2>Deine Aufgaben</h2><ul>'
        "<li>Kreditoren- und Debitorenbuchhaltung</li><li>Vorbereitung der Monatsabschlüsse</li></ul><h2>"
        "Dein Profil</h2><ul><li>Kaufmännische Ausbildung</li><li>Sicherer Umgang mit DATEV</li></ul></div>"
        '\n<div class="recruiter-box"><h3>Deine Ansprechpartnerin</h3><div class="byline">Stefanie Kraus<br>'
        "Personalreferentin</div><p>Tel. 0521 998877</p></div></div></main>"
    ),
)

CONTACT_3_URL = "https://moebelwerk-sauer.jobs.personio.de/job/123456"

TITLE_6 = _page(
    "de",
    "Stadtwerke Neustadt",
    head=(
        '<title>Stadtwerke Neustadt: Privatkunden</title><meta property="og:title" content="Stadtwerke '
        'Neustadt: Privatkunden">'
    ),
    header=('<a class="header__logo" href="/"><img src="/logo.svg" alt="Stadtwerke Neustadt"></a>'),
    main=(
        '<main><div class="frame"><h1>Strom und Gas für Ihr Zuhause</h1><p>Mit unseren Tarifen NeustadtStrom '
        "und NeustadtGas versorgen wir über 40.000 Haushalte in der Region zuverlässig mit Energie.</p><p>"
        "Wechseln Sie in wenigen Minuten online – wir kümmern uns um die Kündigung bei Ihrem bisherigen "
        "Anbieter.</p><p>Unser Kundenzentrum am Marktplatz ist montags bis freitags von 8 bis 18 Uhr für Sie "
        "da.</p></div></main>"
    ),
)

TITLE_6_URL = "https://www.stadtwerke-neustadt.de/privatkunden/"


# --- event pages: the Event must be the page's subject -----------------------------------------------------


def test_post_beside_an_events_widget_keeps_its_date() -> None:
    """WordPress club post; The Events Calendar's list widget writes Event JSON-LD for the sidebar's events
    (Sommerfest 8-16 June, named unlike the post): the post of 12 June keeps its date."""
    assert _published_day(EVENT_1, EVENT_1_URL) == "2019-06-12"


def test_news_item_on_the_events_day_keeps_its_date() -> None:
    """A library's news item posted on its fair's day; an events plugin's EducationEvent, no Article node, the
    event's name only part of the headline: the item's date stands."""
    assert _published_day(EVENT_2, EVENT_2_URL) == "2019-03-14"


def test_microdata_liveblog_about_a_festival_keeps_its_date() -> None:
    """Spanish paper's liveblog: the article is microdata LiveBlogPosting with `itemprop=datePublished`, the
    JSON-LD names only the Festival."""
    assert _published_day(EVENT_4, EVENT_4_URL) == "2019-06-27"


def test_post_on_an_exhibitions_opening_day_keeps_its_date() -> None:
    """Italian culture blog's post on the opening day of a four-week ExhibitionEvent (the only JSON-LD node,
    named unlike the headline)."""
    assert _published_day(EVENT_9, EVENT_9_URL) == "2019-03-02"


def test_full_url_newsarticle_type_makes_a_story() -> None:
    """Race report: NewsArticle JSON-LD with `@type: "http://schema.org/NewsArticle"` beside a SportsEvent."""
    assert _published_day(EVENT_10, EVENT_10_URL) == "2019-09-29"


def test_broken_newsarticle_block_makes_a_story() -> None:
    """Race report whose NewsArticle JSON-LD is unparseable (unescaped quotes in its headline) beside a
    parseable SportsEvent: the article type it names still counts."""
    assert _published_day(EVENT_11, EVENT_11_URL) == "2019-09-29"


def test_event_record_named_like_its_heading_has_no_date() -> None:
    """Events Manager page: the Event (`Repair Café`) is what the <h1> names (`Repair Café im
    Stadtteilzentrum`): its date box is the event's, the page has no publication date (the branch's fix)."""
    assert _published_day(EVENT_7, EVENT_7_URL) is None


# --- offices: surnames that are office nouns ----------------------------------------------------------------


def test_office_noun_surname_stays_a_person() -> None:
    """`Von Michael Rathaus` with a JSON-LD Person of that name: a person, not a town hall."""
    assert extract_article(OFFICE_2, OFFICE_2_URL).authors == ["Michael Rathaus"]


def test_town_in_credit_line_is_no_writer() -> None:
    """Dutch municipal site: `Geplaatst door Gemeente Zeist` and `meta author` name the town (the branch's fix)."""
    assert extract_article(OFFICE_10, OFFICE_10_URL).authors == []


# --- site-name titles: a headline after the site's name -----------------------------------------------------


def test_site_first_title_with_headline_beats_section_h1() -> None:
    """`Hightown Echo | Flood scheme: 300 homes to be protected` and one <h1> `Local News` (a section heading):
    the title's headline stands, the section heading is no headline."""
    title = extract_article(TITLE_10, TITLE_10_URL).title
    assert title == "Flood scheme: 300 homes to be protected"


def test_site_colon_title_with_headline_beats_banner_slogan() -> None:
    """French regional site: `Ouest Vendée Infos : Vendée Globe, le départ décalé`, the only <h1> a banner's
    slogan: the slogan is no headline."""
    title = extract_article(TITLE_12, TITLE_12_URL).title
    assert title == "Vendée Globe, le départ décalé"


def test_site_name_and_section_title_yields_to_own_h1() -> None:
    """Utility's product page: `Stadtwerke Neustadt: Privatkunden` (site name and section) and one own <h1>:
    the <h1> is the headline (the branch's fix, kept)."""
    assert extract_article(TITLE_6, TITLE_6_URL).title == "Strom und Gas für Ihr Zuhause"


# --- job ads' contact boxes ---------------------------------------------------------------------------------


def test_job_ad_contact_with_glued_role_is_no_writer() -> None:
    """Personio job ad: `Stefanie Kraus<br>Personalreferentin` in a recruiter box (the branch's fix, kept)."""
    assert extract_article(CONTACT_3, CONTACT_3_URL).authors == []


def test_indonesian_job_ad_kontak_box_is_no_writer() -> None:
    """Indonesian job ad (JobPosting JSON-LD): `Oleh Rina Wulandari` in a `kontak-hrd` box is the recruiter."""
    assert extract_article(CONTACT_6, CONTACT_6_URL).authors == []
