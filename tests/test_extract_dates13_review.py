"""Review pages of fix-dates5 (session 13): look-alike pages written by a reviewer who read the rules.

What the review found (27 pages, branch worse on 10): rule 1 (a date line labelled as the last change yields to
its unlabelled neighbour in the stamp row) took another thing's date that stood in the row -- a scoreboard's
bare kick-off, `Kickoff <date>`, `Transmissão <date>` (any single word before the date passed as a weekday) --
and let it override the JSON-LD/Open Graph publication. Rule 2 (a short sentence naming the page by its own
permalink with a publishing verb, the last resort before the scripts) fired in sidebar boxes on citation boxes'
access dates (`Date viewed`, `Zugriff am`, `Fecha de consulta`, `Acesso em`), an author archive's join date, an
event's date and an edit date (`Modificato il`).

What changed: rule 2 is withdrawn (its code and its must-fire tests). Rule 1 is narrowed: the word before the
neighbour's date must be a real weekday name or a publication label (or none: a bare date, not in an element
classed as a scoreboard's, event's, kick-off's or broadcast's date), and a line labelled as the last change
never beats a stated publication (JSON-LD datePublished, article:published_time): the metadata stands.

Every page below is the reviewer's, whole; the right value (the reviewer's truth) is asserted. Pages that the
base reads wrong too, by paths this branch does not touch, are strict xfails that name the base's reading.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from telisik.extract import extract_article

FETCHED = datetime(2026, 12, 6, 23, 0, tzinfo=timezone.utc)


def _published(html: str, url: str) -> datetime | None:
    return extract_article(html, url, fetched_at=FETCHED).published


SELF_1 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Notes from the spring meeting | Letterpress Circle</title>
<meta property="og:title" content="Notes from the spring meeting">
<meta property="og:site_name" content="Letterpress Circle">
<meta property="og:url" content="https://letterpress.example.org/meetings/notes-from-the-spring-meeting/">
<link rel="canonical" href="https://letterpress.example.org/meetings/notes-from-the-spring-meeting/">
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">
<meta name="generator" content="WordPress 3.0.1">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head><body class="en-site">
<div class="cookie-banner" role="dialog">Cookies &middot; OK</div>
<header class="site-header"><a class="logo" href="/">Letterpress Circle</a>
<nav class="main-nav" aria-label="Main"><ul><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li><li><a href="/culture/">Culture</a></li><li><a href="/business/">Business</a></li><li><a href="/opinion/">Opinion</a></li></ul></nav></header>
<main id="main" class="container">
<div class="row"><div class="col-main">
<div class="post" id="post-880"><h2>Notes from the spring meeting</h2><div class="entry"><p>This is a short write-up of what we discussed and what comes next. Thanks to everybody who came along despite the rain, and to the library for the room.</p><p>We agreed to move the monthly meetings to the first Tuesday, to start a shared reading list and to invite a local printer for a talk in the autumn.</p><p>Minutes were taken by Clara; if you spot anything missing, leave a comment below.</p></div></div>
</div>
<div id="sidebar" class="sidebar col-side" role="complementary"><div class="widget"><h3>Cite this post</h3><p>Letterpress Circle (n.d.) <a href='https://letterpress.example.org/meetings/notes-from-the-spring-meeting/'>Notes from the spring meeting</a>, published by Letterpress Circle. Date viewed: 5 March 2024.</p></div><div class="widget"><h3>Archives</h3><ul><li><a href="/2010/05/">May 2010</a></li><li><a href="/2010/04/">April 2010</a></li></ul></div></div></div>
</main>
<footer class="site-footer"><p>© 2026 All rights reserved. Privacy policy · Terms · Contact us</p><p><a href="/rss/">RSS</a> · <a href="/newsletter/">Newsletter</a></p></footer>
</body></html>"""

SELF_2 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Anna Berg | Field Notes</title>
<meta property="og:title" content="Anna Berg">
<meta property="og:site_name" content="Field Notes">
<meta property="og:url" content="https://blog.example.com/author/anna-berg/">
<link rel="canonical" href="https://blog.example.com/author/anna-berg/">
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head><body class="en-site">
<div class="cookie-banner" role="dialog">Cookies &middot; OK</div>
<header class="site-header"><a class="logo" href="/">Field Notes</a>
<nav class="main-nav" aria-label="Main"><ul><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li><li><a href="/culture/">Culture</a></li><li><a href="/business/">Business</a></li><li><a href="/opinion/">Opinion</a></li></ul></nav></header>
<main id="main" class="container">
<div class="row"><div class="col-main">
<section class="author-archive"><h1 class="page-title">Anna Berg</h1>
<div class="archive-list">
<article class="post-card"><h2><a href="/bird-counts-in-winter/">Bird counts in winter</a></h2><p>How to run a winter count with volunteers.</p></article>
<article class="post-card"><h2><a href="/the-heron-colony/">The heron colony</a></h2><p>Ten years of nesting data from the estuary.</p></article>
<article class="post-card"><h2><a href="/a-guide-to-lichens/">A guide to lichens</a></h2><p>What grows on the old churchyard walls.</p></article>
</div><nav class="pagination"><a href="https://blog.example.com/author/anna-berg/page/2/">Older posts</a></nav></section>
</div>
<div id="sidebar" class="sidebar col-side" role="complementary"><div class="author-box"><img src="/avatars/anna.jpg" alt=""><p><a href="https://blog.example.com/author/anna-berg/">Anna Berg</a> joined Field Notes on
3 March 2015 and has published 212 posts since.</p></div><div class="widget"><h3>Categories</h3><ul><li><a href="/birds/">Birds</a></li><li><a href="/plants/">Plants</a></li></ul></div></div></div>
</main>
<footer class="site-footer"><p>© 2026 All rights reserved. Privacy policy · Terms · Contact us</p><p><a href="/rss/">RSS</a> · <a href="/newsletter/">Newsletter</a></p></footer>
</body></html>"""

SELF_3 = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Agua y sequía en el sureste | Fundación Ejemplo</title>
<meta property="og:title" content="Agua y sequía en el sureste">
<meta property="og:site_name" content="Fundación Ejemplo">
<meta property="og:url" content="https://www.fundacion.example.org/informes/agua-y-sequia-en-el-sureste">
<link rel="canonical" href="https://www.fundacion.example.org/informes/agua-y-sequia-en-el-sureste">
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head><body class="es-site">
<div class="cookie-banner" role="dialog">Cookies &middot; OK</div>
<header class="site-header"><a class="logo" href="/">Fundación Ejemplo</a>
<nav class="main-nav" aria-label="Main"><ul><li><a href="/nacional/">Nacional</a></li><li><a href="/deportes/">Deportes</a></li><li><a href="/cultura/">Cultura</a></li><li><a href="/economía/">Economía</a></li><li><a href="/opinión/">Opinión</a></li></ul></nav></header>
<main id="main" class="container">
<div class="row"><div class="col-main">
<article class="informe"><h1>Agua y sequía en el sureste</h1>
<div class="informe__texto"><p>Los embalses de la cuenca se encuentran al 18 % de su capacidad, el nivel más bajo de la serie histórica. El informe analiza el consumo agrícola y urbano de la última década.</p><p>Las conclusiones apuntan a la necesidad de reutilizar aguas depuradas y de modernizar los regadíos, que concentran el 80 % de la demanda.</p><p>El documento completo puede descargarse en PDF al final de esta página.</p></div>
</article>
</div>
<div id="sidebar" class="sidebar col-side" role="complementary"><div class="como-citar"><h2>Cómo citar</h2><p>Fundación Ejemplo. <a href="https://www.fundacion.example.org/informes/agua-y-sequia-en-el-sureste">Agua y sequía en el sureste</a>.
Publicado por Fundación Ejemplo. Fecha de consulta: 5 de marzo de 2024.</p></div><div class="widget"><h3>Temas</h3><ul><li><a href="/agua/">Agua</a></li><li><a href="/clima/">Clima</a></li></ul></div></div></div>
</main>
<footer class="site-footer"><p>© 2026 Todos los derechos reservados. Aviso legal · Privacidad · Contacto</p><p><a href="/rss/">RSS</a> · <a href="/newsletter/">Newsletter</a></p></footer>
</body></html>"""

SELF_4 = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ehrenamt im Sport: Wer trägt die Vereine? | Sportverein Ratgeber</title>
<meta property="og:title" content="Ehrenamt im Sport: Wer trägt die Vereine?">
<meta property="og:site_name" content="Sportverein Ratgeber">
<meta property="og:url" content="https://www.verein.example.de/themen/ehrenamt-im-sport">
<link rel="canonical" href="https://www.verein.example.de/themen/ehrenamt-im-sport">
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head><body class="de-site">
<div class="cookie-banner" role="dialog">Cookies &middot; OK</div>
<header class="site-header"><a class="logo" href="/">Sportverein Ratgeber</a>
<nav class="main-nav" aria-label="Main"><ul><li><a href="/lokales/">Lokales</a></li><li><a href="/politik/">Politik</a></li><li><a href="/sport/">Sport</a></li><li><a href="/kultur/">Kultur</a></li><li><a href="/wirtschaft/">Wirtschaft</a></li></ul></nav></header>
<main id="main" class="container">
<div class="row"><div class="col-main">
<article class="node"><h1>Ehrenamt im Sport: Wer trägt die Vereine?</h1>
<div class="field-body"><p>Rund acht Millionen Menschen engagieren sich in Deutschland ehrenamtlich im Sport. Ohne sie gäbe es keinen Trainingsbetrieb, keine Turniere und keine Vereinsfeste.</p><p>Doch die Zahl der Übungsleiterinnen und Übungsleiter sinkt seit Jahren. Viele Vereine finden kaum noch Nachwuchs für ihre Vorstände.</p><p>Der Beitrag zeigt, wie Vereine Freiwillige gewinnen und halten können.</p></div>
</article>
</div>
<div id="sidebar" class="sidebar col-side" role="complementary"><div class="zitierweise"><h2>Zitiervorschlag</h2><p>Sportverein Ratgeber: <a href="https://www.verein.example.de/themen/ehrenamt-im-sport">Ehrenamt im Sport: Wer trägt die
Vereine?</a>, veröffentlicht vom Landessportbund, Zugriff am 05.03.2024.</p></div><div class="block"><h3>Themen</h3><ul><li><a href="/themen/finanzen">Finanzen</a></li></ul></div></div></div>
</main>
<footer class="site-footer"><p>© 2026 Alle Rechte vorbehalten. Impressum · Datenschutz · Kontakt · Mediadaten</p><p><a href="/rss/">RSS</a> · <a href="/newsletter/">Newsletter</a></p></footer>
</body></html>"""

SELF_5 = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Concert de printemps de l'harmonie municipale | Ville d'Exemple</title>
<meta property="og:title" content="Concert de printemps de l'harmonie municipale">
<meta property="og:site_name" content="Ville d'Exemple">
<meta property="og:url" content="https://www.mairie.example.fr/agenda/concert-de-printemps">
<link rel="canonical" href="https://www.mairie.example.fr/agenda/concert-de-printemps">
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head><body class="fr-site">
<div class="cookie-banner" role="dialog">Cookies &middot; OK</div>
<header class="site-header"><a class="logo" href="/">Ville d'Exemple</a>
<nav class="main-nav" aria-label="Main"><ul><li><a href="/actualité/">Actualité</a></li><li><a href="/sport/">Sport</a></li><li><a href="/culture/">Culture</a></li><li><a href="/économie/">Économie</a></li><li><a href="/régions/">Régions</a></li></ul></nav></header>
<main id="main" class="container">
<div class="row"><div class="col-main">
<article class="evenement"><h1>Concert de printemps de l'harmonie municipale</h1>
<div class="evenement__texte"><p>L'harmonie municipale présente son concert de printemps avec un programme consacré aux musiques de film. Entrée libre dans la limite des places disponibles.</p><p>Une buvette sera tenue par l'association des parents d'élèves au profit des sorties scolaires.</p></div></article>
</div>
<div id="sidebar" class="sidebar col-side" role="complementary"><div class="evenement__resume"><p><a href="https://www.mairie.example.fr/agenda/concert-de-printemps">Concert de printemps</a> — samedi 12 avril 2025, 20h30, salle des
fêtes — publié dans <a href="/agenda/">Agenda</a>.</p></div><div class="widget"><h3>Accès rapide</h3><ul><li><a href="/demarches/">Démarches</a></li></ul></div></div></div>
</main>
<footer class="site-footer"><p>© 2026 Tous droits réservés. Mentions légales · Confidentialité · Contact</p><p><a href="/rss/">RSS</a> · <a href="/newsletter/">Newsletter</a></p></footer>
</body></html>"""

SELF_6 = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Motor listrik boros aki, normal? | Forum Otomotif</title>
<meta property="og:title" content="Motor listrik boros aki, normal?">
<meta property="og:site_name" content="Forum Otomotif">
<meta property="og:url" content="https://forum.example.id/t/motor-listrik-boros-aki/4821">
<link rel="canonical" href="https://forum.example.id/t/motor-listrik-boros-aki/4821">
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head><body class="id-site">
<div class="cookie-banner" role="dialog">Cookies &middot; OK</div>
<header class="site-header"><a class="logo" href="/">Forum Otomotif</a>
<nav class="main-nav" aria-label="Main"><ul><li><a href="/berita/">Berita</a></li><li><a href="/olahraga/">Olahraga</a></li><li><a href="/hiburan/">Hiburan</a></li><li><a href="/ekonomi/">Ekonomi</a></li><li><a href="/tekno/">Tekno</a></li></ul></nav></header>
<main id="main" class="container">
<div class="row"><div class="col-main">
<div class="topic"><h1>Motor listrik boros aki, normal?</h1>
<div class="post first-post"><div class="post-author">budi_s</div><div class="post-body"><p>Gan, motor listrik saya baru 8 bulan tapi jarak tempuhnya turun dari 60 km jadi 40 km. Ini wajar atau aki saya bermasalah?</p><p>Sudah saya cek ke bengkel resmi, katanya normal. Ada yang pernah mengalami?</p></div>
<div class="post-meta">3 tahun lalu</div></div>
<div class="post"><div class="post-author">rina88</div><div class="post-body"><p>Coba kalibrasi BMS dulu gan.</p></div>
<div class="post-meta">2 tahun lalu</div></div></div>
</div>
<div id="sidebar" class="sidebar col-side" role="complementary"><div class="topic-summary"><a href="https://forum.example.id/t/motor-listrik-boros-aki/4821">Motor listrik boros aki, normal?</a> · ditulis oleh budi_s ·
balasan terakhir 5 Maret 2024</div><div class="widget"><h3>Kategori</h3><ul><li><a href="/c/motor/">Motor</a></li></ul></div></div></div>
</main>
<footer class="site-footer"><p>© 2026 Hak cipta dilindungi undang-undang. Pedoman Media Siber · Redaksi · Kontak</p><p><a href="/rss/">RSS</a> · <a href="/newsletter/">Newsletter</a></p></footer>
</body></html>"""

SELF_7 = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Raccolta differenziata: il nuovo calendario | Comune di Esempio</title>
<meta property="og:title" content="Raccolta differenziata: il nuovo calendario">
<meta property="og:site_name" content="Comune di Esempio">
<meta property="og:url" content="https://www.comune.example.it/notizie/raccolta-differenziata-nuovo-calendario">
<link rel="canonical" href="https://www.comune.example.it/notizie/raccolta-differenziata-nuovo-calendario">
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head><body class="it-site">
<div class="cookie-banner" role="dialog">Cookies &middot; OK</div>
<header class="site-header"><a class="logo" href="/">Comune di Esempio</a>
<nav class="main-nav" aria-label="Main"><ul><li><a href="/cronaca/">Cronaca</a></li><li><a href="/sport/">Sport</a></li><li><a href="/cultura/">Cultura</a></li><li><a href="/economia/">Economia</a></li><li><a href="/politica/">Politica</a></li></ul></nav></header>
<main id="main" class="container">
<div class="row"><div class="col-main">
<article><h1>Raccolta differenziata: il nuovo calendario</h1>
<div class="testo"><p>Da aprile cambia il calendario della raccolta porta a porta: la plastica sarà ritirata il martedì e il vetro ogni quindici giorni il venerdì.</p><p>Il calendario completo è disponibile presso l'ufficio ambiente e nella app del Comune.</p></div>
</article>
</div>
<div id="sidebar" class="sidebar col-side" role="complementary"><div class="page-info"><a href="https://www.comune.example.it/notizie/raccolta-differenziata-nuovo-calendario">Link permanente</a> · Modificato il 4 aprile 2024 · Pubblicato in
<a href="/notizie/">Notizie</a></div><div class="widget"><h3>Servizi</h3><ul><li><a href="/tributi/">Tributi</a></li></ul></div></div></div>
</main>
<footer class="site-footer"><p>© 2026 Tutti i diritti riservati. Privacy · Cookie policy · Contatti · P.IVA 01234567890</p><p><a href="/rss/">RSS</a> · <a href="/newsletter/">Newsletter</a></p></footer>
</body></html>"""

SELF_8 = """<!DOCTYPE html>
<html lang="pt"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mobilidade urbana e bicicletas | Revista Cidades</title>
<meta property="og:title" content="Mobilidade urbana e bicicletas">
<meta property="og:site_name" content="Revista Cidades">
<meta property="og:url" content="https://www.revista.example.com.br/artigos/mobilidade-urbana-e-bicicletas">
<link rel="canonical" href="https://www.revista.example.com.br/artigos/mobilidade-urbana-e-bicicletas">
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head><body class="pt-site">
<div class="cookie-banner" role="dialog">Cookies &middot; OK</div>
<header class="site-header"><a class="logo" href="/">Revista Cidades</a>
<nav class="main-nav" aria-label="Main"><ul><li><a href="/cidade/">Cidade</a></li><li><a href="/política/">Política</a></li><li><a href="/esportes/">Esportes</a></li><li><a href="/economia/">Economia</a></li><li><a href="/cultura/">Cultura</a></li></ul></nav></header>
<main id="main" class="container">
<div class="row"><div class="col-main">
<article><h1>Mobilidade urbana e bicicletas</h1>
<div class="texto"><p>As ciclovias cresceram 40% nas capitais brasileiras em cinco anos, mas a maior parte ainda não se conecta a terminais de ônibus e estações de metrô.</p><p>O artigo discute experiências de integração em Fortaleza e Curitiba.</p></div>
</article>
</div>
<div id="sidebar" class="sidebar col-side" role="complementary"><div class="citacao"><h2>Como citar</h2><p>REVISTA CIDADES. Mobilidade urbana e bicicletas. Disponível em:
<a href="https://www.revista.example.com.br/artigos/mobilidade-urbana-e-bicicletas">https://www.revista.example.com.br/artigos/mobilidade-urbana-e-bicicletas</a>. Publicado pela Revista Cidades. Acesso em: 5 mar. 2024.</p></div><div class="widget"><h3>Edições</h3><ul><li><a href="/edicoes/">Todas</a></li></ul></div></div></div>
</main>
<footer class="site-footer"><p>© 2026 Todos os direitos reservados. Política de privacidade · Termos de uso · Fale conosco</p><p><a href="/rss/">RSS</a> · <a href="/newsletter/">Newsletter</a></p></footer>
</body></html>"""

SELF_9 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Walking the old canal path | Notes</title>
<meta property="og:title" content="Walking the old canal path">
<meta property="og:site_name" content="Notes">
<meta property="og:url" content="https://notes.example.net/archives/000412.html">
<link rel="canonical" href="https://notes.example.net/archives/000412.html">
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head><body class="en-site">
<div class="cookie-banner" role="dialog">Cookies &middot; OK</div>
<header class="site-header"><a class="logo" href="/">Notes</a>
<nav class="main-nav" aria-label="Main"><ul><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li><li><a href="/culture/">Culture</a></li><li><a href="/business/">Business</a></li><li><a href="/opinion/">Opinion</a></li></ul></nav></header>
<main id="main" class="container">
<div class="row"><div class="col-main">
<div class="entry"><h2 class="entry-header">Walking the old canal path</h2>
<div class="entry-body"><p>The towpath is overgrown in places but still walkable from the lock to the mill. Bring boots after rain.</p><p>We saw two kingfishers and a heron near the old basin.</p></div>
<p class="entry-footer">Posted by <a href="/about/">Mark</a> on <a href="https://notes.example.net/archives/000412.html">May 19, 2010 11:03 PM</a>
| <a href="https://notes.example.net/archives/000412.html#comments">Comments (2)</a></p></div>
</div>
<div id="sidebar" class="sidebar col-side" role="complementary"></div></div>
</main>
<footer class="site-footer"><p>© 2026 All rights reserved. Privacy policy · Terms · Contact us</p><p><a href="/rss/">RSS</a> · <a href="/newsletter/">Newsletter</a></p></footer>
</body></html>"""

SELF_10 = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cuadernos de viaje | Letterpress Circle</title>
<meta property="og:title" content="Cuadernos de viaje">
<meta property="og:site_name" content="Letterpress Circle">
<meta property="og:url" content="https://viajes.example.es/cuadernos-de-viaje/">
<link rel="canonical" href="https://viajes.example.es/cuadernos-de-viaje/">
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">
<meta name="generator" content="WordPress 3.0.1">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head><body class="es-site">
<div class="cookie-banner" role="dialog">Cookies &middot; OK</div>
<header class="site-header"><a class="logo" href="/">Letterpress Circle</a>
<nav class="main-nav" aria-label="Main"><ul><li><a href="/nacional/">Nacional</a></li><li><a href="/deportes/">Deportes</a></li><li><a href="/cultura/">Cultura</a></li><li><a href="/economía/">Economía</a></li><li><a href="/opinión/">Opinión</a></li></ul></nav></header>
<main id="main" class="container">
<div class="row"><div class="col-main">
<div class="post" id="post-288"><h2>Cuadernos de viaje</h2><div class="entry"><p>Cada viaje deja un cuaderno lleno de mapas, billetes y dibujos rápidos. Aquí reúno algunos.</p><p>El primero es de un tren nocturno a Lisboa, con más café que sueño.</p></div></div>
</div>
<div id="sidebar" class="sidebar col-side" role="complementary"><div class="widget"><h3>Sobre esta entrada</h3><p><a href='https://viajes.example.es/cuadernos-de-viaje/' rel='bookmark'>Cuadernos de viaje</a> fue publicado el miércoles 19 de mayo de 2010 a las 23:03 y archivado en <a href='/categoria/viajes/'>Viajes</a>.</p></div><div class="widget"><h3>Archives</h3><ul><li><a href="/2010/05/">May 2010</a></li><li><a href="/2010/04/">April 2010</a></li></ul></div></div></div>
</main>
<footer class="site-footer"><p>© 2026 Todos los derechos reservados. Aviso legal · Privacidad · Contacto</p><p><a href="/rss/">RSS</a> · <a href="/newsletter/">Newsletter</a></p></footer>
</body></html>"""

SELF_11 = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Resensi buku: Laut Bercerita | Ulasan Buku</title>
<meta property="og:title" content="Resensi buku: Laut Bercerita">
<meta property="og:site_name" content="Ulasan Buku">
<meta property="og:url" content="https://ulasan.example.id/resensi-buku-laut-bercerita/">
<link rel="canonical" href="https://ulasan.example.id/resensi-buku-laut-bercerita/">
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head><body class="id-site">
<div class="cookie-banner" role="dialog">Cookies &middot; OK</div>
<header class="site-header"><a class="logo" href="/">Ulasan Buku</a>
<nav class="main-nav" aria-label="Main"><ul><li><a href="/berita/">Berita</a></li><li><a href="/olahraga/">Olahraga</a></li><li><a href="/hiburan/">Hiburan</a></li><li><a href="/ekonomi/">Ekonomi</a></li><li><a href="/tekno/">Tekno</a></li></ul></nav></header>
<main id="main" class="container">
<div class="row"><div class="col-main">
<article class="post"><h1 class="entry-title">Resensi buku: Laut Bercerita</h1>
<div class="entry-content"><p>Novel ini bercerita tentang aktivis mahasiswa yang hilang pada akhir 1990-an, dituturkan dari dua sudut pandang.</p><p>Bahasanya lugas namun menyentuh, cocok untuk pembaca muda.</p></div>
<footer class="entry-meta">Tulisan <a href="https://ulasan.example.id/resensi-buku-laut-bercerita/" rel="bookmark">Resensi buku: Laut Bercerita</a> ini dipublikasikan pada
19 Mei 2010 dalam kategori <a href="/kategori/fiksi/">Fiksi</a>.</footer></article>
</div>
<div id="sidebar" class="sidebar col-side" role="complementary"></div></div>
</main>
<footer class="site-footer"><p>© 2026 Hak cipta dilindungi undang-undang. Pedoman Media Siber · Redaksi · Kontak</p><p><a href="/rss/">RSS</a> · <a href="/newsletter/">Newsletter</a></p></footer>
</body></html>"""

SELF_12 = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nieuwe parkeerregels in het centrum | Gemeente Voorbeeld</title>
<meta property="og:title" content="Nieuwe parkeerregels in het centrum">
<meta property="og:site_name" content="Gemeente Voorbeeld">
<meta property="og:url" content="https://www.stad.example.nl/nieuws/parkeren-centrum">
<link rel="canonical" href="https://www.stad.example.nl/nieuws/parkeren-centrum">
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">
<meta property="article:modified_time" content="2024-04-04T10:00:00+02:00">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head><body class="nl-site">
<div class="cookie-banner" role="dialog">Cookies &middot; OK</div>
<header class="site-header"><a class="logo" href="/">Gemeente Voorbeeld</a>
<nav class="main-nav" aria-label="Main"><ul><li><a href="/nieuws/">Nieuws</a></li><li><a href="/sport/">Sport</a></li><li><a href="/cultuur/">Cultuur</a></li><li><a href="/economie/">Economie</a></li><li><a href="/regio/">Regio</a></li></ul></nav></header>
<main id="main" class="container">
<div class="row"><div class="col-main">
<article><h1>Nieuwe parkeerregels in het centrum</h1>
<div class="tekst"><p>Vanaf 1 mei betaalt u in het hele centrum voor parkeren, ook op zondag. Bewoners kunnen een vergunning aanvragen.</p><p>De opbrengst gaat naar het onderhoud van fietsenstallingen.</p></div>
</article>
</div>
<div id="sidebar" class="sidebar col-side" role="complementary"><div class="share"><a href="https://www.stad.example.nl/nieuws/parkeren-centrum">Deel deze pagina</a> · Posted in <a href="/nieuws/">Nieuws</a> · Printed 6 March 2024</div></div></div>
</main>
<footer class="site-footer"><p>© 2026 Alle rechten voorbehouden. Privacy · Cookies · Contact</p><p><a href="/rss/">RSS</a> · <a href="/newsletter/">Newsletter</a></p></footer>
</body></html>"""

UPD_1 = """<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Derby miasta dla Lecha. Gol w 87. minucie | Sport Portal</title>
<meta property="og:title" content="Derby miasta dla Lecha. Gol w 87. minucie">
<meta property="og:site_name" content="Sport Portal">
<meta property="og:url" content="https://sport.example.pl/pilka/derby-miasta-dla-lecha/">
<link rel="canonical" href="https://sport.example.pl/pilka/derby-miasta-dla-lecha/">
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Derby miasta dla Lecha. Gol w 87. minucie", "datePublished": "2026-03-12T08:40:00+01:00", "dateModified": "2026-03-12T09:55:00+01:00", "author": {"@type": "Person", "name": "Piotr Nowak"}}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head><body class="pl-site">
<div class="cookie-banner" role="dialog">Cookies &middot; OK</div>
<header class="site-header"><a class="logo" href="/">Sport Portal</a>
<nav class="main-nav" aria-label="Main"><ul><li><a href="/wiadomości/">Wiadomości</a></li><li><a href="/sport/">Sport</a></li><li><a href="/kultura/">Kultura</a></li><li><a href="/biznes/">Biznes</a></li><li><a href="/pogoda/">Pogoda</a></li></ul></nav></header>
<main id="main" class="container">
<div class="row"><div class="col-main">
<article class="article-full">
<h1 class="article-full__title">Derby miasta dla Lecha. Gol w 87. minucie</h1>
<div class="article-full__info"><span class="article-full__author">Piotr Nowak</span>
<span class="scoreboard__kickoff">11.03.2026, 20:45</span>
<span class="article-full__updated">aktualizacja: 12.03.2026, 09:55</span></div>
<div class="article-full__body"><p>Lech Poznań pokonał w środowy wieczór Wartę 2:1 w derbach miasta. Zwycięskiego gola strzelił w 87. minucie rezerwowy napastnik, który pojawił się na boisku zaledwie dziesięć minut wcześniej.</p><p>Goście prowadzili od 23. minuty po rzucie karnym, ale po przerwie gospodarze przejęli inicjatywę. Wyrównanie padło po rzucie rożnym, a w końcówce Warta grała w dziesiątkę po czerwonej kartce.</p><p>Trener gospodarzy chwalił po meczu cierpliwość zespołu. – Wiedzieliśmy, że rywal opadnie z sił – mówił na konferencji prasowej. Kolejne spotkanie Lech rozegra w sobotę na wyjeździe.</p><p>Na trybunach zasiadło ponad 31 tysięcy kibiców, co jest rekordem frekwencji w tym sezonie. Klub zapowiedział, że dochód z biletów w części przekaże na szkolenie młodzieży.</p></div></article>
</div>
<aside class="sidebar col-side" role="complementary"><div class="widget"><h3>Najnowsze</h3><ul><li><a href="/sport/tenis-turniej/">Tenisistka w ćwierćfinale</a> <span class="date">12.03.2026, 07:10</span></li><li><a href="/wiadomosci/korki/">Korki na obwodnicy</a> <span class="date">11.03.2026, 17:20</span></li></ul></div></aside></div>
</main>
<footer class="site-footer"><p>© 2026 Portal. Wszelkie prawa zastrzeżone. Polityka prywatności · Regulamin · Kontakt</p><p><a href="/rss/">RSS</a> · <a href="/newsletter/">Newsletter</a></p></footer>
</body></html>"""

UPD_2 = """<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Derby miasta dla Lecha. Gol w 87. minucie | Sport Portal</title>
<meta property="og:title" content="Derby miasta dla Lecha. Gol w 87. minucie">
<meta property="og:site_name" content="Sport Portal">
<meta property="og:url" content="https://sport.example.pl/pilka/derby-miasta-dla-lecha-2/">
<link rel="canonical" href="https://sport.example.pl/pilka/derby-miasta-dla-lecha-2/">
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">
<meta property="article:modified_time" content="2026-03-12T09:55:00+01:00">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head><body class="pl-site">
<div class="cookie-banner" role="dialog">Cookies &middot; OK</div>
<header class="site-header"><a class="logo" href="/">Sport Portal</a>
<nav class="main-nav" aria-label="Main"><ul><li><a href="/wiadomości/">Wiadomości</a></li><li><a href="/sport/">Sport</a></li><li><a href="/kultura/">Kultura</a></li><li><a href="/biznes/">Biznes</a></li><li><a href="/pogoda/">Pogoda</a></li></ul></nav></header>
<main id="main" class="container">
<div class="row"><div class="col-main">
<article class="article-full">
<h1 class="article-full__title">Derby miasta dla Lecha. Gol w 87. minucie</h1>
<div class="article-full__info"><span class="article-full__author">Piotr Nowak</span>
<div class="match-strip"><span class="match-strip__league">Ekstraklasa</span><span class="match-strip__date">środa, 11.03.2026, 20:45</span></div>
<span class="article-full__updated">aktualizacja: 12.03.2026, 09:55</span></div>
<div class="article-full__body"><p>Lech Poznań pokonał w środowy wieczór Wartę 2:1 w derbach miasta. Zwycięskiego gola strzelił w 87. minucie rezerwowy napastnik, który pojawił się na boisku zaledwie dziesięć minut wcześniej.</p><p>Goście prowadzili od 23. minuty po rzucie karnym, ale po przerwie gospodarze przejęli inicjatywę. Wyrównanie padło po rzucie rożnym, a w końcówce Warta grała w dziesiątkę po czerwonej kartce.</p><p>Trener gospodarzy chwalił po meczu cierpliwość zespołu. – Wiedzieliśmy, że rywal opadnie z sił – mówił na konferencji prasowej. Kolejne spotkanie Lech rozegra w sobotę na wyjeździe.</p><p>Na trybunach zasiadło ponad 31 tysięcy kibiców, co jest rekordem frekwencji w tym sezonie. Klub zapowiedział, że dochód z biletów w części przekaże na szkolenie młodzieży.</p></div></article>
</div>
<aside class="sidebar col-side" role="complementary"><div class="widget"><h3>Najnowsze</h3><ul><li><a href="/sport/tenis-turniej/">Tenisistka w ćwierćfinale</a> <span class="date">12.03.2026, 07:10</span></li><li><a href="/wiadomosci/korki/">Korki na obwodnicy</a> <span class="date">11.03.2026, 17:20</span></li></ul></div></aside></div>
</main>
<footer class="site-footer"><p>© 2026 Portal. Wszelkie prawa zastrzeżone. Polityka prywatności · Regulamin · Kontakt</p><p><a href="/rss/">RSS</a> · <a href="/newsletter/">Newsletter</a></p></footer>
</body></html>"""

UPD_3 = """<!DOCTYPE html>
<html lang="pt"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Crítica: montagem ousada lota o Theatro Municipal | Jornal da Cidade</title>
<meta property="og:title" content="Crítica: montagem ousada lota o Theatro Municipal">
<meta property="og:site_name" content="Jornal da Cidade">
<meta property="og:url" content="https://jornal.example.com.br/cultura/critica-peca-theatro-municipal/">
<link rel="canonical" href="https://jornal.example.com.br/cultura/critica-peca-theatro-municipal/">
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">
<meta property="article:published_time" content="2026-03-12T08:40:00-03:00"><meta property="article:modified_time" content="2026-03-12T09:55:00-03:00">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head><body class="pt-site">
<div class="cookie-banner" role="dialog">Cookies &middot; OK</div>
<header class="site-header"><a class="logo" href="/">Jornal da Cidade</a>
<nav class="main-nav" aria-label="Main"><ul><li><a href="/cidade/">Cidade</a></li><li><a href="/política/">Política</a></li><li><a href="/esportes/">Esportes</a></li><li><a href="/economia/">Economia</a></li><li><a href="/cultura/">Cultura</a></li></ul></nav></header>
<main id="main" class="container">
<div class="row"><div class="col-main">
<article>
<h1 class="content-head__title">Crítica: montagem ousada lota o Theatro Municipal</h1>
<div class="content-publication-data"><p class="content-publication-data__from">Por Ana Souza</p>
<p class="content-publication-data__updated">Atualizado em 12/03/2026 às 09:55</p>
<p class="content-publication-data__edition">Edição 08/03/2026</p></div>
<div class="content-text"><p>A peça estreou no último domingo no Theatro Municipal e ficou em cartaz por apenas três noites, com ingressos esgotados em todas as sessões. A montagem reúne doze atores e uma orquestra de câmara.</p><p>A diretora, que assina também a adaptação do texto, explicou que buscou aproximar o clássico do público jovem sem abrir mão da linguagem original. As críticas, em geral, foram positivas.</p><p>Uma nova temporada está prevista para o segundo semestre, com apresentações em outras capitais. A produção negocia ainda uma versão para o streaming.</p></div></article>
</div>
<aside class="sidebar col-side" role="complementary"><div class="widget"><h3>Mais lidas</h3><ul><li><a href="/cidade/terminal/">Prefeitura anuncia terminal</a> <span class="date">11/03/2026 18:00</span></li></ul></div></aside></div>
</main>
<footer class="site-footer"><p>© 2026 Todos os direitos reservados. Política de privacidade · Termos de uso · Fale conosco</p><p><a href="/rss/">RSS</a> · <a href="/newsletter/">Newsletter</a></p></footer>
</body></html>"""

UPD_4 = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Otello im Stadttheater: Jubel für den Tenor | Stadtzeitung</title>
<meta property="og:title" content="Otello im Stadttheater: Jubel für den Tenor">
<meta property="og:site_name" content="Stadtzeitung">
<meta property="og:url" content="https://zeitung.example.de/kultur/otello-premiere-stadttheater/">
<link rel="canonical" href="https://zeitung.example.de/kultur/otello-premiere-stadttheater/">
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Otello im Stadttheater: Jubel für den Tenor", "datePublished": "2026-03-09T06:00:00+01:00", "dateModified": "2026-03-12T09:55:00+01:00"}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head><body class="de-site">
<div class="cookie-banner" role="dialog">Cookies &middot; OK</div>
<header class="site-header"><a class="logo" href="/">Stadtzeitung</a>
<nav class="main-nav" aria-label="Main"><ul><li><a href="/lokales/">Lokales</a></li><li><a href="/politik/">Politik</a></li><li><a href="/sport/">Sport</a></li><li><a href="/kultur/">Kultur</a></li><li><a href="/wirtschaft/">Wirtschaft</a></li></ul></nav></header>
<main id="main" class="container">
<div class="row"><div class="col-main">
<article class="article">
<header class="article__header"><h1>Otello im Stadttheater: Jubel für den Tenor</h1>
<div class="article__meta"><span class="article__kind">Premiere 07.03.2026</span>
<span class="article__label">Aktualisiert am</span> <time>12.03.2026, 09:55 Uhr</time></div></header>
<div class="article__body"><p>Mit stehenden Ovationen hat das Publikum am Samstagabend die Premiere von Verdis „Otello“ im Stadttheater gefeiert. Die Inszenierung verlegt die Handlung in eine Hafenstadt der Gegenwart.</p><p>Besonders der Tenor in der Titelrolle überzeugte mit einer kraftvollen, aber nie forcierten Stimme. Auch das Orchester unter der neuen Generalmusikdirektorin fand zu einem geschlossenen Klang.</p><p>Weniger glücklich wirkte das Bühnenbild im dritten Akt, dessen Drehbühne mehrfach hakte. Bis zum Sommer stehen noch elf Vorstellungen auf dem Spielplan; Karten gibt es an der Theaterkasse.</p></div></article>
</div>
<aside class="sidebar col-side" role="complementary"><div class="widget"><h3>Meistgelesen</h3><ul><li><a href="/lokales/baustelle/">Baustelle am Ring</a> <span class="date">11.03.2026</span></li></ul></div></aside></div>
</main>
<footer class="site-footer"><p>© 2026 Alle Rechte vorbehalten. Impressum · Datenschutz · Kontakt · Mediadaten</p><p><a href="/rss/">RSS</a> · <a href="/newsletter/">Newsletter</a></p></footer>
</body></html>"""

UPD_5 = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tournoi des Six Nations : la France renverse l'Irlande | Le Journal</title>
<meta property="og:title" content="Tournoi des Six Nations : la France renverse l'Irlande">
<meta property="og:site_name" content="Le Journal">
<meta property="og:url" content="https://www.journal.example.fr/sport/rugby/tournoi-france-irlande">
<link rel="canonical" href="https://www.journal.example.fr/sport/rugby/tournoi-france-irlande">
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Tournoi des Six Nations : la France renverse l'Irlande", "datePublished": "2026-03-08T23:10:00+01:00", "dateModified": "2026-03-09T09:55:00+01:00", "author": {"@type": "Person", "name": "Julien Marchand"}}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head><body class="fr-site">
<div class="cookie-banner" role="dialog">Cookies &middot; OK</div>
<header class="site-header"><a class="logo" href="/">Le Journal</a>
<nav class="main-nav" aria-label="Main"><ul><li><a href="/actualité/">Actualité</a></li><li><a href="/sport/">Sport</a></li><li><a href="/culture/">Culture</a></li><li><a href="/économie/">Économie</a></li><li><a href="/régions/">Régions</a></li></ul></nav></header>
<main id="main" class="container">
<div class="row"><div class="col-main">
<article class="article">
<h1 class="article__title">Tournoi des Six Nations : la France renverse l'Irlande</h1>
<div class="article__signature"><span class="author">Par Julien Marchand</span></div>
<div class="article__dates"><span class="match">Rugby · 07/03/2026</span>
<span class="modif">Modifié le 09/03/2026 à 09h55</span></div>
<div class="article__content"><p>Le XV de France s'est imposé samedi face à l'Irlande (27-19) au terme d'un match longtemps indécis. Les Bleus ont fait la différence dans le dernier quart d'heure grâce à leur banc.</p><p>L'ouvreur, auteur de 17 points, a été désigné homme du match. Le sélectionneur a salué « un groupe qui ne lâche rien » et confirmé que l'équipe resterait inchangée pour le déplacement en Écosse.</p><p>Avec ce succès, la France prend la tête du Tournoi à une journée de la fin. Un bonus offensif la semaine prochaine lui assurerait le titre.</p></div></article>
</div>
<aside class="sidebar col-side" role="complementary"><div class="widget"><h3>À lire aussi</h3><ul><li><a href="/sport/foot/psg-om">PSG-OM : les compos</a> <span class="date">08/03/2026</span></li></ul></div></aside></div>
</main>
<footer class="site-footer"><p>© 2026 Tous droits réservés. Mentions légales · Confidentialité · Contact</p><p><a href="/rss/">RSS</a> · <a href="/newsletter/">Newsletter</a></p></footer>
</body></html>"""

UPD_6 = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tres horas de éxitos para cerrar la gira europea | Diario Ejemplo</title>
<meta property="og:title" content="Tres horas de éxitos para cerrar la gira europea">
<meta property="og:site_name" content="Diario Ejemplo">
<meta property="og:url" content="https://www.diario.example.es/cultura/musica/concierto-estadio-gira">
<link rel="canonical" href="https://www.diario.example.es/cultura/musica/concierto-estadio-gira">
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">
<meta property="article:published_time" content="2026-03-09T07:30:00+01:00">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head><body class="es-site">
<div class="cookie-banner" role="dialog">Cookies &middot; OK</div>
<header class="site-header"><a class="logo" href="/">Diario Ejemplo</a>
<nav class="main-nav" aria-label="Main"><ul><li><a href="/nacional/">Nacional</a></li><li><a href="/deportes/">Deportes</a></li><li><a href="/cultura/">Cultura</a></li><li><a href="/economía/">Economía</a></li><li><a href="/opinión/">Opinión</a></li></ul></nav></header>
<main id="main" class="container">
<div class="row"><div class="col-main">
<article class="a_c">
<h1 class="a_t">Tres horas de éxitos para cerrar la gira europea</h1>
<div class="a_md"><div class="a_md_a"><a href="/autor/lucia-perez/" rel="author">Lucía Pérez</a></div>
<div class="a_md_f"><span class="ficha">Concierto 08/03/2026</span><span>Actualizada</span> <time>09/03/2026 09:55</time></div></div>
<div class="a_c_text"><p>La banda británica cerró anoche su gira europea con un concierto de casi tres horas ante 50.000 personas en el estadio. El repertorio repasó sus cuatro décadas de carrera.</p><p>El cantante bromeó con el público en un castellano aprendido, según dijo, en las giras de los noventa. Los bises incluyeron dos canciones que no tocaban desde 2009.</p><p>La promotora ya ha anunciado una segunda fecha para otoño, cuyas entradas salen a la venta el próximo lunes.</p></div></article>
</div>
<aside class="sidebar col-side" role="complementary"><div class="widget"><h3>Lo más visto</h3><ul><li><a href="/nacional/lluvias/">Lluvias en el norte</a> <span class="date">08/03/2026</span></li></ul></div></aside></div>
</main>
<footer class="site-footer"><p>© 2026 Todos los derechos reservados. Aviso legal · Privacidad · Contacto</p><p><a href="/rss/">RSS</a> · <a href="/newsletter/">Newsletter</a></p></footer>
</body></html>"""

UPD_7 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cole strikes late as Harbour Town edge Millbrook | The Gazette</title>
<meta property="og:title" content="Cole strikes late as Harbour Town edge Millbrook">
<meta property="og:site_name" content="The Gazette">
<meta property="og:url" content="https://www.gazette.example.co.uk/sport/football/harbour-town-millbrook-report">
<link rel="canonical" href="https://www.gazette.example.co.uk/sport/football/harbour-town-millbrook-report">
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Cole strikes late as Harbour Town edge Millbrook", "datePublished": "2026-03-11T22:40:00+00:00", "dateModified": "2026-03-12T09:55:00+00:00", "author": {"@type": "Person", "name": "Tom Ellis"}}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head><body class="en-site">
<div class="cookie-banner" role="dialog">Cookies &middot; OK</div>
<header class="site-header"><a class="logo" href="/">The Gazette</a>
<nav class="main-nav" aria-label="Main"><ul><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li><li><a href="/culture/">Culture</a></li><li><a href="/business/">Business</a></li><li><a href="/opinion/">Opinion</a></li></ul></nav></header>
<main id="main" class="container">
<div class="row"><div class="col-main">
<article class="story">
<h1 class="story__headline">Cole strikes late as Harbour Town edge Millbrook</h1>
<div class="story__byline">By <a href="/authors/tom-ellis">Tom Ellis</a></div>
<div class="story__meta"><span class="fixture">Kickoff 11 March 2026 19:45</span> <span class="updated">Last update 12 March 2026, 09:55</span></div>
<div class="story__body"><p>Harbour Town came from behind to beat Millbrook 2-1 on Wednesday night, with substitute Jamie Cole scoring the winner three minutes from time.</p><p>Millbrook had led through an early penalty, but the hosts dominated after the break and equalised from a corner. The visitors finished with ten men after a second yellow card.</p><p>Manager Sarah Quinn praised her side's patience. "We knew they would tire," she said. Town travel to Eastleigh on Saturday looking for a fourth straight win.</p></div></article>
</div>
<aside class="sidebar col-side" role="complementary"><div class="widget"><h3>Latest</h3><ul><li><a href="/news/roadworks">Roadworks on A38</a> <span class="date">12 March 2026</span></li></ul></div></aside></div>
</main>
<footer class="site-footer"><p>© 2026 All rights reserved. Privacy policy · Terms · Contact us</p><p><a href="/rss/">RSS</a> · <a href="/newsletter/">Newsletter</a></p></footer>
</body></html>"""

UPD_8 = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Incendio in un capannone, nube di fumo sulla città | CityNews Esempio</title>
<meta property="og:title" content="Incendio in un capannone, nube di fumo sulla città">
<meta property="og:site_name" content="CityNews Esempio">
<meta property="og:url" content="https://www.citynews.example.it/cronaca/incendio-capannone-zona-industriale.html">
<link rel="canonical" href="https://www.citynews.example.it/cronaca/incendio-capannone-zona-industriale.html">
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Incendio in un capannone, nube di fumo sulla città", "datePublished": "2026-03-12T07:15:00+01:00", "dateModified": "2026-03-12T09:55:00+01:00"}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head><body class="it-site">
<div class="cookie-banner" role="dialog">Cookies &middot; OK</div>
<header class="site-header"><a class="logo" href="/">CityNews Esempio</a>
<nav class="main-nav" aria-label="Main"><ul><li><a href="/cronaca/">Cronaca</a></li><li><a href="/sport/">Sport</a></li><li><a href="/cultura/">Cultura</a></li><li><a href="/economia/">Economia</a></li><li><a href="/politica/">Politica</a></li></ul></nav></header>
<main id="main" class="container">
<div class="row"><div class="col-main">
<article>
<h1 class="l-entry__title">Incendio in un capannone, nube di fumo sulla città</h1>
<div class="c-entry-meta"><span class="c-entry-meta__place">Zona industriale</span>
<span class="c-entry-meta__photo">Foto 11/03/2026</span>
<span>Aggiornato il</span> <time>12 marzo 2026 09:55</time></div>
<div class="c-entry"><p>Un incendio è divampato nella notte in un capannone della zona industriale. Sul posto sono intervenute cinque squadre dei vigili del fuoco, che hanno lavorato fino all'alba per spegnere le fiamme.</p><p>Non ci sono feriti, ma l'intera struttura è stata dichiarata inagibile. L'Arpa ha avviato i rilievi sulla qualità dell'aria e il sindaco ha invitato i residenti a tenere chiuse le finestre.</p><p>Le cause sono ancora in corso di accertamento. Il titolare dell'azienda parla di un danno di oltre due milioni di euro.</p></div></article>
</div>
<aside class="sidebar col-side" role="complementary"><div class="widget"><h3>Più letti</h3><ul><li><a href="/cronaca/incidente.html">Incidente sulla tangenziale</a> <span class="date">11 marzo 2026</span></li></ul></div></aside></div>
</main>
<footer class="site-footer"><p>© 2026 Tutti i diritti riservati. Privacy · Cookie policy · Contatti · P.IVA 01234567890</p><p><a href="/rss/">RSS</a> · <a href="/newsletter/">Newsletter</a></p></footer>
</body></html>"""

UPD_9 = """<!DOCTYPE html>
<html lang="pt"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Greve nos comboios afeta milhares de passageiros | Portal Notícias</title>
<meta property="og:title" content="Greve nos comboios afeta milhares de passageiros">
<meta property="og:site_name" content="Portal Notícias">
<meta property="og:url" content="https://portal.example.pt/pais/greve-comboios-cp">
<link rel="canonical" href="https://portal.example.pt/pais/greve-comboios-cp">
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">
<meta property="article:modified_time" content="2026-03-12T09:55:00+00:00">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head><body class="pt-site">
<div class="cookie-banner" role="dialog">Cookies &middot; OK</div>
<header class="site-header"><a class="logo" href="/">Portal Notícias</a>
<nav class="main-nav" aria-label="Main"><ul><li><a href="/cidade/">Cidade</a></li><li><a href="/política/">Política</a></li><li><a href="/esportes/">Esportes</a></li><li><a href="/economia/">Economia</a></li><li><a href="/cultura/">Cultura</a></li></ul></nav></header>
<main id="main" class="container">
<div class="row"><div class="col-main">
<article>
<h1>Greve nos comboios afeta milhares de passageiros</h1>
<div class="meta"><span class="data"><b>quinta-feira</b>, 12 de março de 2026 às 08:40</span> ·
<span class="atual">Atualizado: 12 de março de 2026 às 09:55</span></div>
<div class="texto"><p>A greve dos trabalhadores da CP obrigou à supressão de mais de 400 comboios esta quinta-feira, com maior impacto nas linhas suburbanas de Lisboa e do Porto.</p><p>Os sindicatos exigem aumentos salariais e a contratação de mais maquinistas. A empresa diz que os serviços mínimos estão a ser cumpridos.</p><p>Nova paralisação está marcada para a próxima semana, caso não haja acordo.</p></div></article>
</div>
<aside class="sidebar col-side" role="complementary"></aside></div>
</main>
<footer class="site-footer"><p>© 2026 Todos os direitos reservados. Política de privacidade · Termos de uso · Fale conosco</p><p><a href="/rss/">RSS</a> · <a href="/newsletter/">Newsletter</a></p></footer>
</body></html>"""

UPD_10 = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>La huelga del transporte paraliza el puerto | Diario Ejemplo</title>
<meta property="og:title" content="La huelga del transporte paraliza el puerto">
<meta property="og:site_name" content="Diario Ejemplo">
<meta property="og:url" content="https://www.diario.example.es/nacional/huelga-transporte">
<link rel="canonical" href="https://www.diario.example.es/nacional/huelga-transporte">
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">
<meta property="article:modified_time" content="2026-03-12T09:55:00+01:00">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head><body class="es-site">
<div class="cookie-banner" role="dialog">Cookies &middot; OK</div>
<header class="site-header"><a class="logo" href="/">Diario Ejemplo</a>
<nav class="main-nav" aria-label="Main"><ul><li><a href="/nacional/">Nacional</a></li><li><a href="/deportes/">Deportes</a></li><li><a href="/cultura/">Cultura</a></li><li><a href="/economía/">Economía</a></li><li><a href="/opinión/">Opinión</a></li></ul></nav></header>
<main id="main" class="container">
<div class="row"><div class="col-main">
<article>
<h1>La huelga del transporte paraliza el puerto</h1>
<ul class="meta"><li>Publicado: 12/03/2026 08:40</li><li>Actualizada: 12/03/2026 09:55</li></ul>
<div class="cuerpo"><p>Los camioneros mantienen desde el lunes el bloqueo de los accesos al puerto, donde se acumulan más de 2.000 contenedores a la espera de salir.</p><p>Las patronales piden al Gobierno una rebaja del gasóleo profesional y la mediación del ministerio. La asamblea decidirá el viernes si prolonga el paro.</p><p>Los comercios de la zona ya notan la falta de suministros frescos.</p></div></article>
</div>
<aside class="sidebar col-side" role="complementary"></aside></div>
</main>
<footer class="site-footer"><p>© 2026 Todos los derechos reservados. Aviso legal · Privacidad · Contacto</p><p><a href="/rss/">RSS</a> · <a href="/newsletter/">Newsletter</a></p></footer>
</body></html>"""

UPD_11 = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Persib menang tipis atas Persija | Bola Contoh</title>
<meta property="og:title" content="Persib menang tipis atas Persija">
<meta property="og:site_name" content="Bola Contoh">
<meta property="og:url" content="https://bola.example.co.id/liga-1/persib-menang-tipis-atas-persija">
<link rel="canonical" href="https://bola.example.co.id/liga-1/persib-menang-tipis-atas-persija">
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">
<meta property="article:published_time" content="2026-03-12T08:40:00+07:00">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head><body class="id-site">
<div class="cookie-banner" role="dialog">Cookies &middot; OK</div>
<header class="site-header"><a class="logo" href="/">Bola Contoh</a>
<nav class="main-nav" aria-label="Main"><ul><li><a href="/berita/">Berita</a></li><li><a href="/olahraga/">Olahraga</a></li><li><a href="/hiburan/">Hiburan</a></li><li><a href="/ekonomi/">Ekonomi</a></li><li><a href="/tekno/">Tekno</a></li></ul></nav></header>
<main id="main" class="container">
<div class="row"><div class="col-main">
<article class="read">
<h1 class="read__title">Persib menang tipis atas Persija</h1>
<div class="read__info"><span class="read__author">Penulis: Dedi Kurnia</span>
<div class="read__time"><span class="laga">Laga 11 Maret 2026, 19:30 WIB</span> <span>Update 12 Maret 2026, 09:55 WIB</span></div></div>
<div class="read__content"><p>Persib Bandung menang 1-0 atas Persija Jakarta dalam laga pekan ke-25 Liga 1 di Stadion Gelora Bandung Lautan Api, Rabu malam.</p><p>Gol tunggal dicetak lewat sundulan pada menit ke-78 memanfaatkan tendangan sudut.</p><p>Dengan hasil ini Persib kokoh di puncak klasemen dengan selisih lima poin.</p></div></article>
</div>
<aside class="sidebar col-side" role="complementary"><div class="widget"><h3>Terpopuler</h3><ul><li><a href="/liga-1/klasemen/">Klasemen Liga 1</a> <span class="date">12 Maret 2026</span></li></ul></div></aside></div>
</main>
<footer class="site-footer"><p>© 2026 Hak cipta dilindungi undang-undang. Pedoman Media Siber · Redaksi · Kontak</p><p><a href="/rss/">RSS</a> · <a href="/newsletter/">Newsletter</a></p></footer>
</body></html>"""

UPD_12 = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ajax wint Klassieker na late goal | De Krant</title>
<meta property="og:title" content="Ajax wint Klassieker na late goal">
<meta property="og:site_name" content="De Krant">
<meta property="og:url" content="https://www.krant.example.nl/sport/voetbal/ajax-wint-klassieker">
<link rel="canonical" href="https://www.krant.example.nl/sport/voetbal/ajax-wint-klassieker">
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ajax wint Klassieker na late goal", "datePublished": "2026-03-08T22:50:00+01:00", "dateModified": "2026-03-09T09:55:00+01:00"}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head><body class="nl-site">
<div class="cookie-banner" role="dialog">Cookies &middot; OK</div>
<header class="site-header"><a class="logo" href="/">De Krant</a>
<nav class="main-nav" aria-label="Main"><ul><li><a href="/nieuws/">Nieuws</a></li><li><a href="/sport/">Sport</a></li><li><a href="/cultuur/">Cultuur</a></li><li><a href="/economie/">Economie</a></li><li><a href="/regio/">Regio</a></li></ul></nav></header>
<main id="main" class="container">
<div class="row"><div class="col-main">
<article>
<h1>Ajax wint Klassieker na late goal</h1>
<div class="article-meta"><span class="wedstrijd">Wedstrijddag 08-03-2026</span> <span>Gewijzigd op 09-03-2026, 09:55</span></div>
<div class="article-body"><p>Ajax heeft de Klassieker tegen Feyenoord met 2-1 gewonnen dankzij een doelpunt in de blessuretijd.</p><p>Feyenoord kwam vlak na rust op voorsprong, maar de thuisploeg bleef druk zetten.</p><p>Door de zege komt Ajax tot op twee punten van koploper PSV.</p></div></article>
</div>
<aside class="sidebar col-side" role="complementary"><div class="widget"><h3>Meest gelezen</h3><ul><li><a href="/nieuws/files/">Files op de A2</a> <span class="date">09-03-2026</span></li></ul></div></aside></div>
</main>
<footer class="site-footer"><p>© 2026 Alle rechten voorbehouden. Privacy · Cookies · Contact</p><p><a href="/rss/">RSS</a> · <a href="/newsletter/">Newsletter</a></p></footer>
</body></html>"""

UPD_13 = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bayern gewinnt den Klassiker spät | Sportzeitung</title>
<meta property="og:title" content="Bayern gewinnt den Klassiker spät">
<meta property="og:site_name" content="Sportzeitung">
<meta property="og:url" content="https://www.sportzeitung.example.de/fussball/bundesliga/bayern-dortmund-bericht">
<link rel="canonical" href="https://www.sportzeitung.example.de/fussball/bundesliga/bayern-dortmund-bericht">
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Bayern gewinnt den Klassiker spät", "datePublished": "2026-03-07T20:35:00+01:00", "dateModified": "2026-03-08T09:55:00+01:00", "author": {"@type": "Person", "name": "Lena Brandt"}}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head><body class="de-site">
<div class="cookie-banner" role="dialog">Cookies &middot; OK</div>
<header class="site-header"><a class="logo" href="/">Sportzeitung</a>
<nav class="main-nav" aria-label="Main"><ul><li><a href="/lokales/">Lokales</a></li><li><a href="/politik/">Politik</a></li><li><a href="/sport/">Sport</a></li><li><a href="/kultur/">Kultur</a></li><li><a href="/wirtschaft/">Wirtschaft</a></li></ul></nav></header>
<main id="main" class="container">
<div class="row"><div class="col-main">
<article class="article">
<h1 class="article__headline">Bayern gewinnt den Klassiker spät</h1>
<p class="article__author">Von <a href="/autoren/lena-brandt">Lena Brandt</a></p>
<div class="article__meta"><span class="spiel">Anpfiff 07.03.2026, 18:30 Uhr</span> <span class="stamp">Geändert am 08.03.2026, 09:55 Uhr</span></div>
<div class="article__text"><p>Der FC Bayern hat das Spitzenspiel gegen Borussia Dortmund mit 3:2 gewonnen. Den Siegtreffer erzielte der eingewechselte Stürmer in der Nachspielzeit.</p><p>Dortmund hatte zweimal geführt und verlor durch die Niederlage den Anschluss an die Tabellenspitze.</p><p>Der Trainer sprach nach dem Spiel von einem verdienten, aber glücklichen Sieg.</p></div></article>
</div>
<aside class="sidebar col-side" role="complementary"><div class="widget"><h3>Meistgelesen</h3><ul><li><a href="/fussball/transfer">Transfergerüchte</a> <span class="date">08.03.2026</span></li></ul></div></aside></div>
</main>
<footer class="site-footer"><p>© 2026 Alle Rechte vorbehalten. Impressum · Datenschutz · Kontakt · Mediadaten</p><p><a href="/rss/">RSS</a> · <a href="/newsletter/">Newsletter</a></p></footer>
</body></html>"""

UPD_14 = """<!DOCTYPE html>
<html lang="pt"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Flamengo vence clássico com gol no fim | Portal Esportes</title>
<meta property="og:title" content="Flamengo vence clássico com gol no fim">
<meta property="og:site_name" content="Portal Esportes">
<meta property="og:url" content="https://g.example.com.br/esportes/flamengo-vence-classico.ghtml">
<link rel="canonical" href="https://g.example.com.br/esportes/flamengo-vence-classico.ghtml">
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Flamengo vence clássico com gol no fim", "datePublished": "2026-03-12T00:10:00-03:00", "dateModified": "2026-03-12T09:55:00-03:00"}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head><body class="pt-site">
<div class="cookie-banner" role="dialog">Cookies &middot; OK</div>
<header class="site-header"><a class="logo" href="/">Portal Esportes</a>
<nav class="main-nav" aria-label="Main"><ul><li><a href="/cidade/">Cidade</a></li><li><a href="/política/">Política</a></li><li><a href="/esportes/">Esportes</a></li><li><a href="/economia/">Economia</a></li><li><a href="/cultura/">Cultura</a></li></ul></nav></header>
<main id="main" class="container">
<div class="row"><div class="col-main">
<article>
<h1 class="content-head__title">Flamengo vence clássico com gol no fim</h1>
<div class="content-publication-data"><p class="jogo">Transmissão 11/03/2026 21:30</p>
<p class="content-publication-data__updated">Atualizado em 12/03/2026 às 09:55</p></div>
<div class="content-text"><p>O Flamengo venceu o Fluminense por 2 a 1 no Maracanã, com gol nos acréscimos.</p><p>O Fluminense empatou no início do segundo tempo e teve chances de virar.</p><p>Com o resultado, o Flamengo assume a liderança do Carioca.</p></div></article>
</div>
<aside class="sidebar col-side" role="complementary"></aside></div>
</main>
<footer class="site-footer"><p>© 2026 Todos os direitos reservados. Política de privacidade · Termos de uso · Fale conosco</p><p><a href="/rss/">RSS</a> · <a href="/newsletter/">Newsletter</a></p></footer>
</body></html>"""

UPD_15 = """<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Wesele w Teatrze Nowym. Recenzja | Kultura Portal</title>
<meta property="og:title" content="Wesele w Teatrze Nowym. Recenzja">
<meta property="og:site_name" content="Kultura Portal">
<meta property="og:url" content="https://kultura.example.pl/teatr/recenzja-wesele">
<link rel="canonical" href="https://kultura.example.pl/teatr/recenzja-wesele">
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Wesele w Teatrze Nowym. Recenzja", "datePublished": "2026-03-12T07:00:00+01:00", "dateModified": "2026-03-12T09:55:00+01:00"}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head><body class="pl-site">
<div class="cookie-banner" role="dialog">Cookies &middot; OK</div>
<header class="site-header"><a class="logo" href="/">Kultura Portal</a>
<nav class="main-nav" aria-label="Main"><ul><li><a href="/wiadomości/">Wiadomości</a></li><li><a href="/sport/">Sport</a></li><li><a href="/kultura/">Kultura</a></li><li><a href="/biznes/">Biznes</a></li><li><a href="/pogoda/">Pogoda</a></li></ul></nav></header>
<main id="main" class="container">
<div class="row"><div class="col-main">
<article class="article-full">
<h1 class="article-full__title">Wesele w Teatrze Nowym. Recenzja</h1>
<div class="article-full__info"><span class="article-full__event">Premiera 08.03.2026, 19:00</span>
<span class="article-full__updated">aktualizacja: 12.03.2026, 09:55</span></div>
<div class="article-full__body"><p>Nowa inscenizacja Wesela przenosi akcję do współczesnej remizy strażackiej.</p><p>Aktorzy grają z energią, choć drugi akt wyraźnie się dłuży.</p><p>Spektakl będzie grany do końca kwietnia.</p></div></article>
</div>
<aside class="sidebar col-side" role="complementary"></aside></div>
</main>
<footer class="site-footer"><p>© 2026 Portal. Wszelkie prawa zastrzeżone. Polityka prywatności · Regulamin · Kontakt</p><p><a href="/rss/">RSS</a> · <a href="/newsletter/">Newsletter</a></p></footer>
</body></html>"""


def test_self_1() -> None:
    """Harvard-style cite box in sidebar: 'Date viewed' (access) not excluded. Rule 2 (withdrawn) took a Harvard cite box's `Date viewed` (an access date)."""
    published = _published(SELF_1, "https://letterpress.example.org/meetings/notes-from-the-spring-meeting/")
    assert published is None


def test_self_2() -> None:
    """author archive: join date is no publication. Rule 2 (withdrawn) took an author archive's join date."""
    published = _published(SELF_2, "https://blog.example.com/author/anna-berg/")
    assert published is None


def test_self_3() -> None:
    """citation box with 'Fecha de consulta' (access date, es) not excluded. Rule 2 (withdrawn) took a Spanish citation box's `Fecha de consulta`."""
    published = _published(SELF_3, "https://www.fundacion.example.org/informes/agua-y-sequia-en-el-sureste")
    assert published is None


def test_self_4() -> None:
    """citation with 'Zugriff am' (German access date) not excluded. Rule 2 (withdrawn) took a German Zitiervorschlag's `Zugriff am`."""
    published = _published(SELF_4, "https://www.verein.example.de/themen/ehrenamt-im-sport")
    assert published is None


def test_self_5() -> None:
    """event page: self-linked summary, event date + 'publié dans'. Rule 2 (withdrawn) took an event page's event date (`publié dans Agenda`)."""
    published = _published(SELF_5, "https://www.mairie.example.fr/agenda/concert-de-printemps")
    assert published is None


@pytest.mark.xfail(
    strict=True,
    reason="the base reads the forum's last-reply date line under the topic title (no rule of this branch)",
)
def test_self_6() -> None:
    """forum topic summary: self link + 'ditulis' + last-reply date."""
    published = _published(SELF_6, "https://forum.example.id/t/motor-listrik-boros-aki/4821")
    assert published is None


def test_self_7() -> None:
    """'Modificato il' (it edit) not excluded; the date is the change. Rule 2 (withdrawn) took an Italian `Modificato il` edit date (`Pubblicato in <category>`)."""
    published = _published(
        SELF_7, "https://www.comune.example.it/notizie/raccolta-differenziata-nuovo-calendario"
    )
    assert published is None


def test_self_8() -> None:
    """ABNT citation with 'Acesso em' (pt access date) not excluded. Rule 2 (withdrawn) took an ABNT citation's `Acesso em`."""
    published = _published(
        SELF_8, "https://www.revista.example.com.br/artigos/mobilidade-urbana-e-bicicletas"
    )
    assert published is None


def test_self_9() -> None:
    """SHOULD fire: Movable Type footer (author link before permalink)."""
    published = _published(SELF_9, "https://notes.example.net/archives/000412.html")
    assert published is not None and published.date() == date(2010, 5, 19)


def test_self_10() -> None:
    """SHOULD fire: Spanish Kubrick box."""
    published = _published(SELF_10, "https://viajes.example.es/cuadernos-de-viaje/")
    assert published is not None and published.date() == date(2010, 5, 19)


def test_self_11() -> None:
    """SHOULD fire: Indonesian entry-meta sentence."""
    published = _published(SELF_11, "https://ulasan.example.id/resensi-buku-laut-bercerita/")
    assert published is not None and published.date() == date(2010, 5, 19)


@pytest.mark.xfail(
    strict=True, reason="the base falls back to article:modified_time as a reserve (no rule of this branch)"
)
def test_self_12() -> None:
    """share row with self link, 'Posted in' and a print date; modified meta only. Rule 2 (withdrawn) took a share row's print date over the base's modified_time reserve."""
    published = _published(SELF_12, "https://www.stad.example.nl/nieuws/parkeren-centrum")
    assert published is None


def test_upd_1() -> None:
    """kick-off time (bare) in the stamp row; JSON-LD has the publication. Rule 1 took the scoreboard's bare kick-off (`scoreboard__kickoff`) over JSON-LD datePublished."""
    published = _published(UPD_1, "https://sport.example.pl/pilka/derby-miasta-dla-lecha/")
    assert published == datetime.fromisoformat("2026-03-12T08:40:00+01:00")


@pytest.mark.xfail(
    strict=True,
    reason="the base reads the match strip's weekday date as the story's (no rule of this branch)",
)
def test_upd_2() -> None:
    """only the update is the story's; the weekday+date is the match's (match strip). base gives the update."""
    published = _published(UPD_2, "https://sport.example.pl/pilka/derby-miasta-dla-lecha-2/")
    assert published is None


def test_upd_3() -> None:
    """print edition date (one word + date) in the row; meta has the publication."""
    published = _published(UPD_3, "https://jornal.example.com.br/cultura/critica-peca-theatro-municipal/")
    assert published == datetime.fromisoformat("2026-03-12T08:40:00-03:00")


def test_upd_4() -> None:
    """review's premiere date (one word + date) beside 'Aktualisiert am' <time>; JSON-LD has 09.03."""
    published = _published(UPD_4, "https://zeitung.example.de/kultur/otello-premiere-stadttheater/")
    assert published == datetime.fromisoformat("2026-03-09T06:00:00+01:00")


def test_upd_5() -> None:
    """sport results row 'Rugby · date' beside 'Modifié le'."""
    published = _published(UPD_5, "https://www.journal.example.fr/sport/rugby/tournoi-france-irlande")
    assert published == datetime.fromisoformat("2026-03-08T23:10:00+01:00")


def test_upd_6() -> None:
    """concert date in row; meta published. Better on the branch: `Actualizada <time>` is the change; article:published_time stands."""
    published = _published(UPD_6, "https://www.diario.example.es/cultura/musica/concierto-estadio-gira")
    assert published == datetime.fromisoformat("2026-03-09T07:30:00+01:00")


def test_upd_7() -> None:
    """kickoff (one word + date) beside 'Last update'. Rule 1 took `Kickoff <date>` (any one word passed as a weekday) over JSON-LD datePublished."""
    published = _published(
        UPD_7, "https://www.gazette.example.co.uk/sport/football/harbour-town-millbrook-report"
    )
    assert published == datetime.fromisoformat("2026-03-11T22:40:00+00:00")


def test_upd_8() -> None:
    """photo's date in the row."""
    published = _published(
        UPD_8, "https://www.citynews.example.it/cronaca/incendio-capannone-zona-industriale.html"
    )
    assert published == datetime.fromisoformat("2026-03-12T07:15:00+01:00")


def test_upd_9() -> None:
    """SHOULD fire: weekday in <b>, pt-PT long month."""
    published = _published(UPD_9, "https://portal.example.pt/pais/greve-comboios-cp")
    assert published == datetime.fromisoformat("2026-03-12T08:40:00+00:00")


def test_upd_10() -> None:
    """SHOULD fire: li pair, 'Actualizada' (es, feminine)."""
    published = _published(UPD_10, "https://www.diario.example.es/nacional/huelga-transporte")
    assert published == datetime.fromisoformat("2026-03-12T08:40:00+01:00")


@pytest.mark.xfail(
    strict=True,
    reason="the base reads the `Laga <date>` line before the update line (no rule of this branch)",
)
def test_upd_11() -> None:
    """id match row 'Laga <date>' beside 'Update <date>'."""
    published = _published(UPD_11, "https://bola.example.co.id/liga-1/persib-menang-tipis-atas-persija")
    assert published == datetime.fromisoformat("2026-03-12T08:40:00+07:00")


def test_upd_12() -> None:
    """nl matchday date (one compound word) beside 'Gewijzigd op'."""
    published = _published(UPD_12, "https://www.krant.example.nl/sport/voetbal/ajax-wint-klassieker")
    assert published == datetime.fromisoformat("2026-03-08T22:50:00+01:00")


@pytest.mark.xfail(
    strict=True,
    reason="the base reads the `Anpfiff <date>` line before the update line (no rule of this branch)",
)
def test_upd_13() -> None:
    """de 'Anpfiff <date, time>' beside 'Geändert am'."""
    published = _published(
        UPD_13, "https://www.sportzeitung.example.de/fussball/bundesliga/bayern-dortmund-bericht"
    )
    assert published == datetime.fromisoformat("2026-03-07T20:35:00+01:00")


def test_upd_14() -> None:
    """pt broadcast time (one word + date time) beside 'Atualizado em'. Rule 1 took `Transmissão <date>` (a broadcast time) over JSON-LD datePublished."""
    published = _published(UPD_14, "https://g.example.com.br/esportes/flamengo-vence-classico.ghtml")
    assert published == datetime.fromisoformat("2026-03-12T00:10:00-03:00")


def test_upd_15() -> None:
    """pl 'Premiera <date, time>' beside 'aktualizacja'."""
    published = _published(UPD_15, "https://kultura.example.pl/teatr/recenzja-wesele")
    assert published == datetime.fromisoformat("2026-03-12T07:00:00+01:00")
