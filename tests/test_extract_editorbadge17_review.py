"""Review pages of the session-17 editor-badge rule (people.py `_name_labelled_editor`), after review.

The reviewer wrote look-alike pages of other families: single-writer blogs and opinion pages whose writer card
prints the writer's own job title `Editor` (WordPress `author-role`, schema-style `job-title`, Spanish and
Portuguese `cargo`, Italian `ruolo`, German `position`, vcard `role`). There the badge must never drop the
writer nor record them as the editor: the badge counts only when another writer's box (a reporter/penulis box,
a second author card) is credited after it. Where one is (Indonesian portals' editor card over a reporter box,
WordPress themes printing an editor card and an author card), the editor card gives way to the writer, also
when the name link is wrapped (`span.name > a`). Each page is a full page as the reviewer wrote it.
"""

from __future__ import annotations

import pytest

from telisik.extract import extract_article

# English gardening blog, WordPress author card `span.author-role` Editor
# Lines every reviewer page shares: the end of the head and the body's opening, and the article's end through
# the sidebar.
_HEAD_END = r"""<link rel="stylesheet" href="/assets/main.css">
</head>
<body class="single single-post">"""
_ARTICLE_END = r"""
<div class="tags"><a href="/tag/transport">transport</a> <a href="/tag/council">council</a></div>
</article>
<section class="related"><h3>Related</h3><ul><li><a href="/2025/03/01/a">Bridge repairs delayed again</a></li><li><a href="/2025/02/27/b">Parking fees to rise</a></li></ul></section>
</main>
<aside class="sidebar"><h3>Most read</h3><ol><li><a href="/2025/03/03/c">Storm damage in the harbour</a></li><li><a href="/2025/03/02/d">School meals budget approved</a></li></ol>
<div class="newsletter">Newsletter <input type="email"></div></aside>"""

_PAGE_2 = (
    r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Why I moved my garden to raised beds | Sarah Grows Things</title>
<meta name="description" content="The city council voted on Tuesday evening to extend the late-night bus service across the eastern districts, ending months of debate over costs and st">
<meta property="og:type" content="article"><meta property="og:title" content="Why I moved my garden to raised beds"><meta property="og:site_name" content="Sarah Grows Things">
<meta property="og:url" content="https://www.sarahgrowsthings.example/en/2025/03/04/editorbadge_2"><meta property="article:published_time" content="2025-03-04T09:00:00+00:00">
<meta name="author" content="Sarah Jenkins">
<link rel="canonical" href="https://www.sarahgrowsthings.example/en/2025/03/04/editorbadge_2">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "BlogPosting", "headline": "Why I moved my garden to raised beds", "datePublished": "2025-03-04T09:00:00+00:00", "dateModified": "2025-03-04T09:00:00+00:00", "publisher": {"@type": "Organization", "name": "Sarah Grows Things", "logo": {"@type": "ImageObject", "url": "https://x.example/logo.png"}}, "mainEntityOfPage": "https://www.sarahgrowsthings.example/en/2025/03/04/editorbadge_2", "image": "https://x.example/img/1.jpg", "author": {"@type": "Person", "name": "Sarah Jenkins"}}</script>
"""
    + _HEAD_END
    + r"""
<header class="site-header"><a class="logo" href="/">Sarah Grows Things</a><nav class="main-nav"><ul><li><a href="/home">Home</a></li><li><a href="/news">News</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
<form class="search" action="/search"><input name="q"></form></header>
<main class="content"><div class="breadcrumb"><a href="/">Home</a> / <a href="/local">News</a></div>
<article class="post">
<header class="entry-header"><h1 class="entry-title">Why I moved my garden to raised beds</h1>
<div class="author-card"><img class="avatar" src="/a.jpg" alt=""><div class="author-info"><a class="author-name" href="/author/sarah">Sarah Jenkins</a><span class="author-role">Editor</span></div></div>
<time class="entry-date" datetime="2025-03-04T09:00:00+00:00">2025-03-04</time></header>
<div class="entry-content"><p>The city council voted on Tuesday evening to extend the late-night bus service across the eastern districts, ending months of debate over costs and staffing at the transport authority.</p><p>Officials said the pilot had carried more than forty thousand passengers since spring, most of them shift workers travelling between the hospital quarter and the industrial estate by the river.</p><p>Opponents argued the money would be better spent repairing existing routes, but the motion passed by eleven votes to four after a long session that ran well past midnight in the chamber.</p><p>The new timetable will take effect at the start of next month, and the authority has promised to publish ridership figures every quarter so residents can judge whether the scheme works.</p></div>
"""
    + _ARTICLE_END
    + r"""
<footer class="site-footer"><a href="/about">About</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy</a><p>© 2025 Sarah Grows Things</p></footer>
</body></html>"""
)

# English opinion page, schema-style `span.job-title` Editor
_PAGE_3 = (
    r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Our view: the council got the night buses right | Daily Courier</title>
<meta name="description" content="The city council voted on Tuesday evening to extend the late-night bus service across the eastern districts, ending months of debate over costs and st">
<meta property="og:type" content="article"><meta property="og:title" content="Our view: the council got the night buses right"><meta property="og:site_name" content="Daily Courier">
<meta property="og:url" content="https://www.dailycourier.example/en/2025/03/04/editorbadge_3"><meta property="article:published_time" content="2025-03-04T09:00:00+00:00">

<link rel="canonical" href="https://www.dailycourier.example/en/2025/03/04/editorbadge_3">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "OpinionNewsArticle", "headline": "Our view: the council got the night buses right", "datePublished": "2025-03-04T09:00:00+00:00", "dateModified": "2025-03-04T09:00:00+00:00", "publisher": {"@type": "Organization", "name": "Daily Courier", "logo": {"@type": "ImageObject", "url": "https://x.example/logo.png"}}, "mainEntityOfPage": "https://www.dailycourier.example/en/2025/03/04/editorbadge_3", "image": "https://x.example/img/1.jpg", "author": {"@type": "Person", "name": "Anna Smith"}}</script>
"""
    + _HEAD_END
    + r"""
<header class="site-header"><a class="logo" href="/">Daily Courier</a><nav class="main-nav"><ul><li><a href="/home">Home</a></li><li><a href="/news">News</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
<form class="search" action="/search"><input name="q"></form></header>
<main class="content"><div class="breadcrumb"><a href="/">Home</a> / <a href="/local">News</a></div>
<article class="post">
<header class="entry-header"><h1 class="entry-title">Our view: the council got the night buses right</h1>
<p class="byline"><a href="/staff/anna-smith" class="author">Anna Smith</a>, <span class="job-title">Editor</span></p>
<time class="entry-date" datetime="2025-03-04T09:00:00+00:00">2025-03-04</time></header>
<div class="entry-content"><p>The city council voted on Tuesday evening to extend the late-night bus service across the eastern districts, ending months of debate over costs and staffing at the transport authority.</p><p>Officials said the pilot had carried more than forty thousand passengers since spring, most of them shift workers travelling between the hospital quarter and the industrial estate by the river.</p><p>Opponents argued the money would be better spent repairing existing routes, but the motion passed by eleven votes to four after a long session that ran well past midnight in the chamber.</p><p>The new timetable will take effect at the start of next month, and the authority has promised to publish ridership figures every quarter so residents can judge whether the scheme works.</p></div>
"""
    + _ARTICLE_END
    + r"""
<footer class="site-footer"><a href="/about">About</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy</a><p>© 2025 Daily Courier</p></footer>
</body></html>"""
)

# Spanish editor's column, `span.cargo` Editor
_PAGE_4 = (
    r"""<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Columna del editor: el autobús nocturno llega al este | Diario del Sur</title>
<meta name="description" content="El ayuntamiento aprobó el martes por la noche ampliar el servicio de autobuses nocturnos a los barrios del este, poniendo fin a meses de debate sobre ">
<meta property="og:type" content="article"><meta property="og:title" content="Columna del editor: el autobús nocturno llega al este"><meta property="og:site_name" content="Diario del Sur">
<meta property="og:url" content="https://www.diariodelsur.example/es/2025/03/04/editorbadge_4"><meta property="article:published_time" content="2025-03-04T09:00:00+01:00">

<link rel="canonical" href="https://www.diariodelsur.example/es/2025/03/04/editorbadge_4">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Columna del editor: el autobús nocturno llega al este", "datePublished": "2025-03-04T09:00:00+01:00", "dateModified": "2025-03-04T09:00:00+01:00", "publisher": {"@type": "Organization", "name": "Diario del Sur", "logo": {"@type": "ImageObject", "url": "https://x.example/logo.png"}}, "mainEntityOfPage": "https://www.diariodelsur.example/es/2025/03/04/editorbadge_4", "image": "https://x.example/img/1.jpg", "author": {"@type": "Person", "name": "Carlos Ruiz"}}</script>
"""
    + _HEAD_END
    + r"""
<header class="site-header"><a class="logo" href="/">Diario del Sur</a><nav class="main-nav"><ul><li><a href="/portada">Portada</a></li><li><a href="/local">Local</a></li><li><a href="/españa">España</a></li><li><a href="/deportes">Deportes</a></li><li><a href="/opinión">Opinión</a></li></ul></nav>
<form class="search" action="/search"><input name="q"></form></header>
<main class="content"><div class="breadcrumb"><a href="/">Portada</a> / <a href="/local">Local</a></div>
<article class="post">
<header class="entry-header"><h1 class="entry-title">Columna del editor: el autobús nocturno llega al este</h1>
<div class="firma"><div class="autor"><a href="/autor/carlos-ruiz">Carlos Ruiz</a><span class="cargo">Editor</span></div></div>
<time class="entry-date" datetime="2025-03-04T09:00:00+01:00">2025-03-04</time></header>
<div class="entry-content"><p>El ayuntamiento aprobó el martes por la noche ampliar el servicio de autobuses nocturnos a los barrios del este, poniendo fin a meses de debate sobre costes y personal.</p><p>Los responsables explicaron que el programa piloto transportó a más de cuarenta mil pasajeros desde la primavera, en su mayoría trabajadores por turnos del hospital y del polígono industrial.</p><p>La oposición defendió que el dinero debía destinarse a reparar las líneas existentes, pero la moción salió adelante por once votos contra cuatro tras una larga sesión plenaria.</p><p>El nuevo horario entrará en vigor a principios del próximo mes y la empresa publicará cada trimestre las cifras de viajeros para que los vecinos puedan valorar el resultado.</p></div>
"""
    + _ARTICLE_END
    + r"""
<footer class="site-footer"><a href="/about">About</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy</a><p>© 2025 Diario del Sur</p></footer>
</body></html>"""
)

# Portuguese news page, `Por João Silva` line with a `cargo` badge
_PAGE_5 = (
    r"""<!DOCTYPE html>
<html lang="pt">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Câmara amplia ônibus noturno na zona leste | Folha do Vale</title>
<meta name="description" content="A câmara municipal aprovou na terça-feira à noite a ampliação do serviço de ônibus noturno para os bairros da zona leste, encerrando meses de debate s">
<meta property="og:type" content="article"><meta property="og:title" content="Câmara amplia ônibus noturno na zona leste"><meta property="og:site_name" content="Folha do Vale">
<meta property="og:url" content="https://www.folhadovale.example/pt/2025/03/04/editorbadge_5"><meta property="article:published_time" content="2025-03-04T09:00:00-03:00">

<link rel="canonical" href="https://www.folhadovale.example/pt/2025/03/04/editorbadge_5">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Câmara amplia ônibus noturno na zona leste", "datePublished": "2025-03-04T09:00:00-03:00", "dateModified": "2025-03-04T09:00:00-03:00", "publisher": {"@type": "Organization", "name": "Folha do Vale", "logo": {"@type": "ImageObject", "url": "https://x.example/logo.png"}}, "mainEntityOfPage": "https://www.folhadovale.example/pt/2025/03/04/editorbadge_5", "image": "https://x.example/img/1.jpg", "author": {"@type": "Person", "name": "João Silva"}}</script>
"""
    + _HEAD_END
    + r"""
<header class="site-header"><a class="logo" href="/">Folha do Vale</a><nav class="main-nav"><ul><li><a href="/início">Início</a></li><li><a href="/cidades">Cidades</a></li><li><a href="/política">Política</a></li><li><a href="/esportes">Esportes</a></li><li><a href="/opinião">Opinião</a></li></ul></nav>
<form class="search" action="/search"><input name="q"></form></header>
<main class="content"><div class="breadcrumb"><a href="/">Início</a> / <a href="/local">Cidades</a></div>
<article class="post">
<header class="entry-header"><h1 class="entry-title">Câmara amplia ônibus noturno na zona leste</h1>
<div class="autor-materia"><span class="nome">Por <a href="/autor/joao-silva">João Silva</a></span> <span class="cargo">Editor</span></div>
<time class="entry-date" datetime="2025-03-04T09:00:00-03:00">2025-03-04</time></header>
<div class="entry-content"><p>A câmara municipal aprovou na terça-feira à noite a ampliação do serviço de ônibus noturno para os bairros da zona leste, encerrando meses de debate sobre custos e pessoal.</p><p>Segundo os responsáveis, o projeto piloto transportou mais de quarenta mil passageiros desde a primavera, a maioria trabalhadores em turnos do hospital e do distrito industrial.</p><p>A oposição defendeu que o dinheiro seria melhor aplicado na recuperação das linhas existentes, mas a proposta foi aprovada por onze votos a quatro após longa sessão.</p><p>O novo horário entra em vigor no início do próximo mês, e a empresa promete divulgar a cada trimestre os números de passageiros para que os moradores avaliem o resultado.</p></div>
"""
    + _ARTICLE_END
    + r"""
<footer class="site-footer"><a href="/about">About</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy</a><p>© 2025 Folha do Vale</p></footer>
</body></html>"""
)

# German news page, `span.position` Editor
_PAGE_6 = (
    r"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nachtbusse fahren bald auch im Osten | Spielzeit Magazin</title>
<meta name="description" content="Der Stadtrat hat am Dienstagabend beschlossen, den Nachtbusverkehr auf die östlichen Stadtteile auszuweiten, und damit eine monatelange Debatte über K">
<meta property="og:type" content="article"><meta property="og:title" content="Nachtbusse fahren bald auch im Osten"><meta property="og:site_name" content="Spielzeit Magazin">
<meta property="og:url" content="https://www.spielzeitmagazin.example/de/2025/03/04/editorbadge_6"><meta property="article:published_time" content="2025-03-04T09:00:00+01:00">

<link rel="canonical" href="https://www.spielzeitmagazin.example/de/2025/03/04/editorbadge_6">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Nachtbusse fahren bald auch im Osten", "datePublished": "2025-03-04T09:00:00+01:00", "dateModified": "2025-03-04T09:00:00+01:00", "publisher": {"@type": "Organization", "name": "Spielzeit Magazin", "logo": {"@type": "ImageObject", "url": "https://x.example/logo.png"}}, "mainEntityOfPage": "https://www.spielzeitmagazin.example/de/2025/03/04/editorbadge_6", "image": "https://x.example/img/1.jpg", "author": {"@type": "Person", "name": "Katrin Bergmann"}}</script>
"""
    + _HEAD_END
    + r"""
<header class="site-header"><a class="logo" href="/">Spielzeit Magazin</a><nav class="main-nav"><ul><li><a href="/startseite">Startseite</a></li><li><a href="/lokales">Lokales</a></li><li><a href="/politik">Politik</a></li><li><a href="/sport">Sport</a></li><li><a href="/meinung">Meinung</a></li></ul></nav>
<form class="search" action="/search"><input name="q"></form></header>
<main class="content"><div class="breadcrumb"><a href="/">Startseite</a> / <a href="/local">Lokales</a></div>
<article class="post">
<header class="entry-header"><h1 class="entry-title">Nachtbusse fahren bald auch im Osten</h1>
<div class="autor-box"><a class="autor" href="/autoren/katrin-bergmann">Katrin Bergmann</a><span class="position">Editor</span></div>
<time class="entry-date" datetime="2025-03-04T09:00:00+01:00">2025-03-04</time></header>
<div class="entry-content"><p>Der Stadtrat hat am Dienstagabend beschlossen, den Nachtbusverkehr auf die östlichen Stadtteile auszuweiten, und damit eine monatelange Debatte über Kosten und Personal beendet.</p><p>Nach Angaben der Verkehrsbetriebe nutzten seit dem Frühjahr mehr als vierzigtausend Fahrgäste das Pilotangebot, vor allem Schichtarbeiter zwischen Klinikviertel und Gewerbegebiet am Fluss.</p><p>Kritiker hielten das Geld für besser angelegt in der Sanierung bestehender Linien, doch der Antrag wurde nach langer Sitzung mit elf zu vier Stimmen angenommen.</p><p>Der neue Fahrplan gilt ab Anfang des kommenden Monats; die Verkehrsbetriebe wollen vierteljährlich Fahrgastzahlen veröffentlichen, damit die Bürger den Erfolg beurteilen können.</p></div>
"""
    + _ARTICLE_END
    + r"""
<footer class="site-footer"><a href="/about">About</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy</a><p>© 2025 Spielzeit Magazin</p></footer>
</body></html>"""
)

# Italian news page, `span.ruolo` Editor
_PAGE_10 = (
    r"""<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bus notturni anche nei quartieri orientali | Corriere Locale</title>
<meta name="description" content="Il consiglio comunale ha approvato martedì sera l'estensione del servizio di autobus notturni ai quartieri orientali, chiudendo mesi di discussione su">
<meta property="og:type" content="article"><meta property="og:title" content="Bus notturni anche nei quartieri orientali"><meta property="og:site_name" content="Corriere Locale">
<meta property="og:url" content="https://www.corrierelocale.example/it/2025/03/04/editorbadge_10"><meta property="article:published_time" content="2025-03-04T09:00:00+01:00">

<link rel="canonical" href="https://www.corrierelocale.example/it/2025/03/04/editorbadge_10">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Bus notturni anche nei quartieri orientali", "datePublished": "2025-03-04T09:00:00+01:00", "dateModified": "2025-03-04T09:00:00+01:00", "publisher": {"@type": "Organization", "name": "Corriere Locale", "logo": {"@type": "ImageObject", "url": "https://x.example/logo.png"}}, "mainEntityOfPage": "https://www.corrierelocale.example/it/2025/03/04/editorbadge_10", "image": "https://x.example/img/1.jpg", "author": {"@type": "Person", "name": "Marco Rossi"}}</script>
"""
    + _HEAD_END
    + r"""
<header class="site-header"><a class="logo" href="/">Corriere Locale</a><nav class="main-nav"><ul><li><a href="/home">Home</a></li><li><a href="/cronaca">Cronaca</a></li><li><a href="/politica">Politica</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinioni">Opinioni</a></li></ul></nav>
<form class="search" action="/search"><input name="q"></form></header>
<main class="content"><div class="breadcrumb"><a href="/">Home</a> / <a href="/local">Cronaca</a></div>
<article class="post">
<header class="entry-header"><h1 class="entry-title">Bus notturni anche nei quartieri orientali</h1>
<div class="autore"><a href="/autori/marco-rossi" class="author">Marco Rossi</a> <span class="ruolo">Editor</span></div>
<time class="entry-date" datetime="2025-03-04T09:00:00+01:00">2025-03-04</time></header>
<div class="entry-content"><p>Il consiglio comunale ha approvato martedì sera l'estensione del servizio di autobus notturni ai quartieri orientali, chiudendo mesi di discussione su costi e personale.</p><p>Secondo l'azienda, la sperimentazione ha trasportato oltre quarantamila passeggeri dalla primavera, soprattutto lavoratori a turni tra l'ospedale e la zona industriale lungo il fiume.</p><p>L'opposizione riteneva che i fondi andassero spesi per le linee esistenti, ma la delibera è passata con undici voti contro quattro dopo una lunga seduta notturna.</p><p>Il nuovo orario entrerà in vigore all'inizio del prossimo mese e l'azienda pubblicherà ogni trimestre i dati sui passeggeri perché i cittadini possano giudicare.</p></div>
"""
    + _ARTICLE_END
    + r"""
<footer class="site-footer"><a href="/about">About</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy</a><p>© 2025 Corriere Locale</p></footer>
</body></html>"""
)

# Indonesian single-writer page, `span.author-role` Editor
_PAGE_14 = (
    r"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kerja Bakti Bersihkan Saluran Air Jelang Musim Hujan | Desa Sukamaju</title>
<meta name="description" content="Pemerintah kabupaten memastikan perbaikan jalan poros antarkecamatan akan dimulai pekan depan setelah proses lelang rampung dan kontraktor pelaksana r">
<meta property="og:type" content="article"><meta property="og:title" content="Kerja Bakti Bersihkan Saluran Air Jelang Musim Hujan"><meta property="og:site_name" content="Desa Sukamaju">
<meta property="og:url" content="https://www.desasukamaju.example/id/2025/03/04/editorbadge_14"><meta property="article:published_time" content="2025-03-04T10:20:00+07:00">
<meta name="author" content="Siti Aminah">
<link rel="canonical" href="https://www.desasukamaju.example/id/2025/03/04/editorbadge_14">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "BlogPosting", "headline": "Kerja Bakti Bersihkan Saluran Air Jelang Musim Hujan", "datePublished": "2025-03-04T10:20:00+07:00", "dateModified": "2025-03-04T10:20:00+07:00", "publisher": {"@type": "Organization", "name": "Desa Sukamaju", "logo": {"@type": "ImageObject", "url": "https://x.example/logo.png"}}, "mainEntityOfPage": "https://www.desasukamaju.example/id/2025/03/04/editorbadge_14", "image": "https://x.example/img/1.jpg", "author": {"@type": "Person", "name": "Siti Aminah"}}</script>
"""
    + _HEAD_END
    + r"""
<header class="site-header"><a class="logo" href="/">Desa Sukamaju</a><nav class="main-nav"><ul><li><a href="/beranda">Beranda</a></li><li><a href="/news">News</a></li><li><a href="/daerah">Daerah</a></li><li><a href="/ekonomi">Ekonomi</a></li><li><a href="/olahraga">Olahraga</a></li></ul></nav>
<form class="search" action="/search"><input name="q"></form></header>
<main class="content"><div class="breadcrumb"><a href="/">Beranda</a> / <a href="/local">News</a></div>
<article class="post">
<header class="entry-header"><h1 class="entry-title">Kerja Bakti Bersihkan Saluran Air Jelang Musim Hujan</h1>
<div class="entry-author"><img class="avatar" src="/wp-content/uploads/siti.jpg" alt=""><div><a class="author-name" href="/author/siti-aminah/">Siti Aminah</a><span class="author-role">Editor</span></div></div>
<time class="entry-date" datetime="2025-03-04T10:20:00+07:00">2025-03-04</time></header>
<div class="entry-content"><p>Pemerintah kabupaten memastikan perbaikan jalan poros antarkecamatan akan dimulai pekan depan setelah proses lelang rampung dan kontraktor pelaksana resmi ditetapkan oleh panitia.</p><p>Kepala dinas pekerjaan umum mengatakan anggaran perbaikan berasal dari dana alokasi khusus tahun ini dan ditargetkan selesai sebelum musim hujan tiba di wilayah tersebut.</p><p>Warga menyambut baik rencana tersebut. Mereka berharap pengerjaan diawasi dengan ketat agar kualitas jalan bertahan lama dan tidak rusak lagi dalam satu atau dua tahun ke depan.</p><p>Dinas juga akan memasang rambu sementara selama pengerjaan berlangsung agar pengendara dapat memilih jalur alternatif yang telah disiapkan oleh pemerintah desa setempat.</p></div>
"""
    + _ARTICLE_END
    + r"""
<footer class="site-footer"><a href="/about">About</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy</a><p>© 2025 Desa Sukamaju</p></footer>
</body></html>"""
)

# English vcard byline with `span.role` Editor
_PAGE_17 = (
    r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Night buses to run in eastern districts | Harbour Gazette</title>
<meta name="description" content="The city council voted on Tuesday evening to extend the late-night bus service across the eastern districts, ending months of debate over costs and st">
<meta property="og:type" content="article"><meta property="og:title" content="Night buses to run in eastern districts"><meta property="og:site_name" content="Harbour Gazette">
<meta property="og:url" content="https://www.harbourgazette.example/en/2025/03/04/editorbadge_17"><meta property="article:published_time" content="2025-03-04T09:00:00+00:00">

<link rel="canonical" href="https://www.harbourgazette.example/en/2025/03/04/editorbadge_17">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Night buses to run in eastern districts", "datePublished": "2025-03-04T09:00:00+00:00", "dateModified": "2025-03-04T09:00:00+00:00", "publisher": {"@type": "Organization", "name": "Harbour Gazette", "logo": {"@type": "ImageObject", "url": "https://x.example/logo.png"}}, "mainEntityOfPage": "https://www.harbourgazette.example/en/2025/03/04/editorbadge_17", "image": "https://x.example/img/1.jpg", "author": {"@type": "Person", "name": "Tom Harris"}}</script>
"""
    + _HEAD_END
    + r"""
<header class="site-header"><a class="logo" href="/">Harbour Gazette</a><nav class="main-nav"><ul><li><a href="/home">Home</a></li><li><a href="/news">News</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
<form class="search" action="/search"><input name="q"></form></header>
<main class="content"><div class="breadcrumb"><a href="/">Home</a> / <a href="/local">News</a></div>
<article class="post">
<header class="entry-header"><h1 class="entry-title">Night buses to run in eastern districts</h1>
<div class="byline-wrap"><span class="author vcard"><a class="url fn n" href="/author/tom">Tom Harris</a></span> <span class="sep">|</span> <span class="role">Editor</span></div>
<time class="entry-date" datetime="2025-03-04T09:00:00+00:00">2025-03-04</time></header>
<div class="entry-content"><p>The city council voted on Tuesday evening to extend the late-night bus service across the eastern districts, ending months of debate over costs and staffing at the transport authority.</p><p>Officials said the pilot had carried more than forty thousand passengers since spring, most of them shift workers travelling between the hospital quarter and the industrial estate by the river.</p><p>Opponents argued the money would be better spent repairing existing routes, but the motion passed by eleven votes to four after a long session that ran well past midnight in the chamber.</p><p>The new timetable will take effect at the start of next month, and the authority has promised to publish ridership figures every quarter so residents can judge whether the scheme works.</p></div>
"""
    + _ARTICLE_END
    + r"""
<footer class="site-footer"><a href="/about">About</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy</a><p>© 2025 Harbour Gazette</p></footer>
</body></html>"""
)

# WordPress theme: editor card (`span.author-name > a`, user-role Editor) then an author card
_PAGE_12 = (
    r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Night buses to run in eastern districts | Daily Courier</title>
<meta name="description" content="The city council voted on Tuesday evening to extend the late-night bus service across the eastern districts, ending months of debate over costs and st">
<meta property="og:type" content="article"><meta property="og:title" content="Night buses to run in eastern districts"><meta property="og:site_name" content="Daily Courier">
<meta property="og:url" content="https://www.dailycourier.example/en/2025/03/04/editorbadge_12"><meta property="article:published_time" content="2025-03-04T09:00:00+00:00">

<link rel="canonical" href="https://www.dailycourier.example/en/2025/03/04/editorbadge_12">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Night buses to run in eastern districts", "datePublished": "2025-03-04T09:00:00+00:00", "dateModified": "2025-03-04T09:00:00+00:00", "publisher": {"@type": "Organization", "name": "Daily Courier", "logo": {"@type": "ImageObject", "url": "https://x.example/logo.png"}}, "mainEntityOfPage": "https://www.dailycourier.example/en/2025/03/04/editorbadge_12", "image": "https://x.example/img/1.jpg", "author": {"@type": "Person", "name": "Ed Morgan"}}</script>
"""
    + _HEAD_END
    + r"""
<header class="site-header"><a class="logo" href="/">Daily Courier</a><nav class="main-nav"><ul><li><a href="/home">Home</a></li><li><a href="/news">News</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
<form class="search" action="/search"><input name="q"></form></header>
<main class="content"><div class="breadcrumb"><a href="/">Home</a> / <a href="/local">News</a></div>
<article class="post">
<header class="entry-header"><h1 class="entry-title">Night buses to run in eastern districts</h1>
<div class="post-author"><img src="/a.jpg" alt=""><span class="author-name"><a href="/author/ed">Ed Morgan</a></span><span class="user-role">Editor</span></div><div class="post-author"><img src="/b.jpg" alt=""><span class="author-name"><a href="/author/lucy">Lucy Park</a></span><span class="user-role">Author</span></div>
<time class="entry-date" datetime="2025-03-04T09:00:00+00:00">2025-03-04</time></header>
<div class="entry-content"><p>The city council voted on Tuesday evening to extend the late-night bus service across the eastern districts, ending months of debate over costs and staffing at the transport authority.</p><p>Officials said the pilot had carried more than forty thousand passengers since spring, most of them shift workers travelling between the hospital quarter and the industrial estate by the river.</p><p>Opponents argued the money would be better spent repairing existing routes, but the motion passed by eleven votes to four after a long session that ran well past midnight in the chamber.</p><p>The new timetable will take effect at the start of next month, and the authority has promised to publish ridership figures every quarter so residents can judge whether the scheme works.</p></div>
"""
    + _ARTICLE_END
    + r"""
<footer class="site-footer"><a href="/about">About</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy</a><p>© 2025 Daily Courier</p></footer>
</body></html>"""
)

# Indonesian portal: editor card with a wrapped name link, reporter box after the text
_PAGE_19 = (
    r"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Jalan Poros Antarkecamatan Diperbaiki Mulai Pekan Depan | Portal Berita</title>
<meta name="description" content="Pemerintah kabupaten memastikan perbaikan jalan poros antarkecamatan akan dimulai pekan depan setelah proses lelang rampung dan kontraktor pelaksana r">
<meta property="og:type" content="article"><meta property="og:title" content="Jalan Poros Antarkecamatan Diperbaiki Mulai Pekan Depan"><meta property="og:site_name" content="Portal Berita">
<meta property="og:url" content="https://www.portalberita.example/id/2025/03/04/editorbadge_19"><meta property="article:published_time" content="2025-03-04T10:20:00+07:00">

<link rel="canonical" href="https://www.portalberita.example/id/2025/03/04/editorbadge_19">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Jalan Poros Antarkecamatan Diperbaiki Mulai Pekan Depan", "datePublished": "2025-03-04T10:20:00+07:00", "dateModified": "2025-03-04T10:20:00+07:00", "publisher": {"@type": "Organization", "name": "Portal Berita", "logo": {"@type": "ImageObject", "url": "https://x.example/logo.png"}}, "mainEntityOfPage": "https://www.portalberita.example/id/2025/03/04/editorbadge_19", "image": "https://x.example/img/1.jpg", "author": {"@type": "Person", "name": "Rina Marlina Sari"}}</script>
"""
    + _HEAD_END
    + r"""
<header class="site-header"><a class="logo" href="/">Portal Berita</a><nav class="main-nav"><ul><li><a href="/beranda">Beranda</a></li><li><a href="/news">News</a></li><li><a href="/daerah">Daerah</a></li><li><a href="/ekonomi">Ekonomi</a></li><li><a href="/olahraga">Olahraga</a></li></ul></nav>
<form class="search" action="/search"><input name="q"></form></header>
<main class="content"><div class="breadcrumb"><a href="/">Beranda</a> / <a href="/local">News</a></div>
<article class="post">
<header class="entry-header"><h1 class="entry-title">Jalan Poros Antarkecamatan Diperbaiki Mulai Pekan Depan</h1>
<div class="detail-nama-redaksi"><div class="detail-avatar"><img src="/avatar/1.jpg" alt=""></div><div class="detail-editor-name"><span class="name"><a href="/author/77/rina">Rina Marlina Sari</a></span><span class="role">Editor</span></div></div>
<time class="entry-date" datetime="2025-03-04T10:20:00+07:00">2025-03-04</time></header>
<div class="entry-content"><p>Pemerintah kabupaten memastikan perbaikan jalan poros antarkecamatan akan dimulai pekan depan setelah proses lelang rampung dan kontraktor pelaksana resmi ditetapkan oleh panitia.</p><p>Kepala dinas pekerjaan umum mengatakan anggaran perbaikan berasal dari dana alokasi khusus tahun ini dan ditargetkan selesai sebelum musim hujan tiba di wilayah tersebut.</p><p>Warga menyambut baik rencana tersebut. Mereka berharap pengerjaan diawasi dengan ketat agar kualitas jalan bertahan lama dan tidak rusak lagi dalam satu atau dua tahun ke depan.</p><p>Dinas juga akan memasang rambu sementara selama pengerjaan berlangsung agar pengendara dapat memilih jalur alternatif yang telah disiapkan oleh pemerintah desa setempat.</p><div class="reporter-detail">Dedi Kurniawan Saputra</div></div>
"""
    + _ARTICLE_END
    + r"""
<footer class="site-footer"><a href="/about">About</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy</a><p>© 2025 Portal Berita</p></footer>
</body></html>"""
)

# WordPress theme: editor card (`a.author-name`, user-role Editor) then an author card
_PAGE_22 = (
    r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Night buses to run in eastern districts | Daily Courier</title>
<meta name="description" content="The city council voted on Tuesday evening to extend the late-night bus service across the eastern districts, ending months of debate over costs and st">
<meta property="og:type" content="article"><meta property="og:title" content="Night buses to run in eastern districts"><meta property="og:site_name" content="Daily Courier">
<meta property="og:url" content="https://www.dailycourier.example/en/2025/03/04/editorbadge_22"><meta property="article:published_time" content="2025-03-04T09:00:00+00:00">

<link rel="canonical" href="https://www.dailycourier.example/en/2025/03/04/editorbadge_22">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Night buses to run in eastern districts", "datePublished": "2025-03-04T09:00:00+00:00", "dateModified": "2025-03-04T09:00:00+00:00", "publisher": {"@type": "Organization", "name": "Daily Courier", "logo": {"@type": "ImageObject", "url": "https://x.example/logo.png"}}, "mainEntityOfPage": "https://www.dailycourier.example/en/2025/03/04/editorbadge_22", "image": "https://x.example/img/1.jpg", "author": {"@type": "Person", "name": "Ed Morgan"}}</script>
"""
    + _HEAD_END
    + r"""
<header class="site-header"><a class="logo" href="/">Daily Courier</a><nav class="main-nav"><ul><li><a href="/home">Home</a></li><li><a href="/news">News</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
<form class="search" action="/search"><input name="q"></form></header>
<main class="content"><div class="breadcrumb"><a href="/">Home</a> / <a href="/local">News</a></div>
<article class="post">
<header class="entry-header"><h1 class="entry-title">Night buses to run in eastern districts</h1>
<div class="post-author"><a class="author-name" href="/author/ed">Ed Morgan</a><span class="user-role">Editor</span></div><div class="post-author"><a class="author-name" href="/author/lucy">Lucy Park</a><span class="user-role">Author</span></div>
<time class="entry-date" datetime="2025-03-04T09:00:00+00:00">2025-03-04</time></header>
<div class="entry-content"><p>The city council voted on Tuesday evening to extend the late-night bus service across the eastern districts, ending months of debate over costs and staffing at the transport authority.</p><p>Officials said the pilot had carried more than forty thousand passengers since spring, most of them shift workers travelling between the hospital quarter and the industrial estate by the river.</p><p>Opponents argued the money would be better spent repairing existing routes, but the motion passed by eleven votes to four after a long session that ran well past midnight in the chamber.</p><p>The new timetable will take effect at the start of next month, and the authority has promised to publish ridership figures every quarter so residents can judge whether the scheme works.</p></div>
"""
    + _ARTICLE_END
    + r"""
<footer class="site-footer"><a href="/about">About</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy</a><p>© 2025 Daily Courier</p></footer>
</body></html>"""
)

_WRITER_BADGED_EDITOR = [
    pytest.param(_PAGE_2, ["Sarah Jenkins"], id="page2"),
    pytest.param(_PAGE_3, ["Anna Smith"], id="page3"),
    pytest.param(_PAGE_4, ["Carlos Ruiz"], id="page4"),
    pytest.param(_PAGE_5, ["João Silva"], id="page5"),
    pytest.param(_PAGE_6, ["Katrin Bergmann"], id="page6"),
    pytest.param(_PAGE_10, ["Marco Rossi"], id="page10"),
    pytest.param(_PAGE_14, ["Siti Aminah"], id="page14"),
    pytest.param(_PAGE_17, ["Tom Harris"], id="page17"),
]

_EDITOR_THEN_WRITER = [
    pytest.param(_PAGE_12, ["Lucy Park"], "Ed Morgan", id="page12"),
    pytest.param(_PAGE_19, ["Dedi Kurniawan Saputra"], "Rina Marlina Sari", id="page19"),
    pytest.param(_PAGE_22, ["Lucy Park"], "Ed Morgan", id="page22"),
]


@pytest.mark.parametrize(("html", "authors"), _WRITER_BADGED_EDITOR)
def test_a_writers_own_editor_badge_keeps_the_writer(html: str, authors: list[str]) -> None:
    article = extract_article(html)
    assert article.authors == authors
    assert article.editor not in authors


@pytest.mark.parametrize(("html", "authors", "editor"), _EDITOR_THEN_WRITER)
def test_an_editor_card_gives_way_to_the_writer_box_after_it(
    html: str, authors: list[str], editor: str | None
) -> None:
    article = extract_article(html)
    assert article.authors == authors
    assert article.editor not in authors
    if editor is not None:
        assert article.editor == editor
