"""Review pages of session 16's author rules (written by a reviewer who never saw the rules: look-alike
pages of other families where a rule would do harm, and pages where it must still fire).

- PenNews/Soledad state classes (`noloaddisqus`, `no-comments`) are states; `disabled-comments` stays a
  comment area (archived readers' threads).
- Static-site owner (Hugo, Jekyll, Ghost): never when the text names another writer (guest post/essay by,
  written by, escrito por …) or the site's name is a firm's (`… LLP`, `GmbH`).
- Desk byline then inline credit (tagDiv Newspaper, Jannah, JNews): only the first text row of the article
  text, never a heading, a quotation's or a later paragraph's `Por`/`Von` line.
- Dutch readers' threads: plural `reacties` only; a singular `reactie` meta row is the post's own.
- The role-signed letter rule was withdrawn; its look-alikes (captions, contact lines) credit nobody.

Each page is a full page as the reviewer wrote it (head metadata, navigation, sidebar, footer).
"""

from __future__ import annotations

from telisik.extract import extract_article

R1_2 = r"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gemeinderat vertagt Entscheidung über Buslinien – Kreisbote Online</title>

<meta property="og:site_name" content="Kreisbote Online"><meta property="og:title" content="Gemeinderat vertagt Entscheidung über Buslinien">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-04T09:30:00+01:00">
<link rel="canonical" href="https://example.org/r1_2">

<link rel="stylesheet" href="/assets/style.css"></head>
<body class="single single-post"><div id="page" class="site">
<header class="site-header"><div class="site-branding"><a href="/" class="site-title">Kreisbote Online</a></div>
<nav class="main-navigation"><ul class="menu"><li><a href="/home">Home</a></li><li><a href="/news">News</a></li><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article class="post hentry"><header class="entry-header"><h1 class="entry-title">Gemeinderat vertagt Entscheidung über Buslinien</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2025-03-04T09:30:00+01:00">4. März 2025</time></span></div></header>
<div class="entry-content"><p>Der Gemeinderat hat am Dienstagabend über den neuen Busfahrplan beraten, der zwei Linien in die Ortsteile streichen und eine Schnellverbindung zum Klinikum schaffen würde.</p><p>Anwohner kritisierten in der Bürgerfragestunde, dass gerade ältere Menschen ohne Auto auf die Linien angewiesen seien, und forderten eine Probephase.</p><p>Ein Sprecher des Verkehrsverbunds verwies auf die Fahrgastzahlen, die auf der schwächsten Linie bei weniger als zwölf Personen am Tag lägen.</p><p>Die Entscheidung wurde auf die nächste Sitzung im April vertagt, bis dahin soll der Bericht zur Bürgerbeteiligung vorliegen.</p></div>
<footer class="entry-footer"><span class="cat-links"><a href="/cat/1">Allgemein</a></span> <a href="/share">Share</a></footer>
</article>
<div class="disabled-comments archive-thread"><h3>Archivierte Leserbriefe</h3><div class="lb-item"><p class="lb-head">Autor: Klaus Meier</p><p>Ich fahre jeden Tag mit der Linie 7.</p></div><div class="lb-item"><p class="lb-head">Autor: Petra Lang</p><p>Bitte nicht streichen!</p></div></div>
<section class="related-posts"><h3 class="related-title">Related</h3><ul><li class="related-item"><a href="/r/1">Parking charges to rise in the town centre from May</a> <span class="related-date">2 March 2025</span></li>
<li class="related-item"><a href="/r/2">Library opening hours extended on Saturdays</a> <span class="related-date">28 February 2025</span></li>
<li class="related-item"><a href="/r/3">New cycle lane on the ring road finished ahead of schedule</a> <span class="related-date">25 February 2025</span></li></ul></section>
</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent</h2>
<ul><li><a href="/p/1">An older post about something else entirely</a></li><li><a href="/p/2">Another older post</a></li></ul></section>
<section class="widget widget_text"><h2 class="widget-title">Newsletter</h2><p>Sign up for updates.</p></section></aside></div>
<footer class="site-footer"><p>© 2025 Kreisbote Online. Impressum · Datenschutz · Kontakt</p></footer><div id="cookie-notice" class="cookie-banner"><p>We use cookies to improve your experience and to measure traffic. By continuing you accept our cookie policy.</p><button>Accept</button><button>Settings</button></div>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-XXXXXXX');</script></div></body></html>
"""

R1_6 = r"""<!DOCTYPE html>
<html lang="id-ID"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trayek Baru ke RSUD Dibuka April – Radar Garut</title>

<meta property="og:site_name" content="Radar Garut"><meta property="og:title" content="Trayek Baru ke RSUD Dibuka April">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-04T09:30:00+01:00">
<link rel="canonical" href="https://example.org/r1_6">

<link rel="stylesheet" href="/assets/style.css"></head>
<body class="single single-post"><div id="page" class="site">
<header class="site-header"><div class="site-branding"><a href="/" class="site-title">Radar Garut</a></div>
<nav class="main-navigation"><ul class="menu"><li><a href="/home">Home</a></li><li><a href="/news">News</a></li><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article class="post hentry no-comment"><header class="entry-header"><h1 class="entry-title">Trayek Baru ke RSUD Dibuka April</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2025-03-04T10:00:00+07:00">Selasa, 4 Maret 2025</time></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/x">redaksi</a></span></span></div></header>
<div class="entry-content"><p>Pemerintah kabupaten membahas rencana perubahan trayek angkutan desa yang akan menghapus dua trayek dan membuka trayek baru ke rumah sakit daerah, Selasa (4/3/2025).</p><p>Warga yang hadir menyampaikan bahwa trayek tersebut menjadi satu-satunya sarana bagi lansia untuk menuju pasar kecamatan.</p><p>Dinas Perhubungan menyebut jumlah penumpang di trayek paling sepi kurang dari dua belas orang per hari.</p><p>Keputusan akhir ditunda hingga rapat bulan April setelah hasil konsultasi publik diumumkan.</p><p><em>Penulis: Ahmad Fauzi | Editor: Redaksi</em></p></div>
<footer class="entry-footer"><span class="cat-links"><a href="/cat/1">Allgemein</a></span> <a href="/share">Share</a></footer>
</article>

<section class="related-posts"><h3 class="related-title">Related</h3><ul><li class="related-item"><a href="/r/1">Parking charges to rise in the town centre from May</a> <span class="related-date">2 March 2025</span></li>
<li class="related-item"><a href="/r/2">Library opening hours extended on Saturdays</a> <span class="related-date">28 February 2025</span></li>
<li class="related-item"><a href="/r/3">New cycle lane on the ring road finished ahead of schedule</a> <span class="related-date">25 February 2025</span></li></ul></section>
</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent</h2>
<ul><li><a href="/p/1">An older post about something else entirely</a></li><li><a href="/p/2">Another older post</a></li></ul></section>
<section class="widget widget_text"><h2 class="widget-title">Newsletter</h2><p>Sign up for updates.</p></section></aside></div>
<footer class="site-footer"><p>© 2025 Radar Garut. Impressum · Datenschutz · Kontakt</p></footer><div id="cookie-notice" class="cookie-banner"><p>We use cookies to improve your experience and to measure traffic. By continuing you accept our cookie policy.</p><button>Accept</button><button>Settings</button></div>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-XXXXXXX');</script></div></body></html>
"""

R3_3 = r"""<!DOCTYPE html>
<html lang="en" itemscope itemtype="http://schema.org/WebPage"><head><meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0">
<title>What a year of four-day weeks taught our newsroom - Maria Lopez</title>
<meta name="author" content="Maria Lopez"/><meta name="description" content="When we moved the newsroom to a four-day week, the first thing that broke was the Monday news meeting.">
<meta property="og:title" content="What a year of four-day weeks taught our newsroom - Maria Lopez" /><meta property="og:site_name" content="Maria Lopez" />
<meta property="og:type" content="article" /><meta property="article:published_time" content="2025-03-05T08:00:00Z" />
<meta name="generator" content="Ghost 5.82" />
<link rel="canonical" href="https://example.org/posts/r3_3/"><script type="application/ld+json">{"@context": "https://schema.org", "@type": "BlogPosting", "headline": "What a year of four-day weeks taught our newsroom", "datePublished": "2025-03-05T08:00:00Z", "author": {"@type": "Person", "name": "Maria Lopez"}, "publisher": {"@type": "Organization", "name": "Maria Lopez"}}</script>
<link rel="stylesheet" href="/css/main.css" /></head>
<body><nav class="navbar navbar-default navbar-fixed-top navbar-custom"><div class="container-fluid"><div class="navbar-header">
<a class="navbar-brand" href="/">Maria Lopez</a></div><div class="collapse navbar-collapse"><ul class="nav navbar-nav navbar-right">
<li><a href="/posts/">Posts</a></li><li><a href="/about/">About</a></li><li><a href="/tags/">Tags</a></li></ul></div></div></nav>
<header class="header-section"><header class="post-header"><h1 class="post-title">What a year of four-day weeks taught our newsroom</h1><div class="post-meta">Mar 5, 2025 · Maria Lopez</div></header></header>
<div class="container" role="main"><div class="row"><div class="col-lg-8"><article role="main" class="blog-post"><p><strong>This is a guest essay by Daniel Okafor</strong>, managing editor of the Lagos Ledger.</p><p>When we moved the newsroom to a four-day week, the first thing that broke was the Monday news meeting.</p><p>We split the week into two overlapping shifts and kept a single daily budget document that everybody edits.</p><p>Twelve months later output is flat, sick days are down by a third and nobody wants to go back.</p><p>The lesson for other small newsrooms: change the rota before you change the hours.</p></article>
<div class="blog-tags"><a href="/tags/notes/">notes</a></div>
<ul class="pager blog-pager"><li class="previous"><a href="/posts/older/">&larr; Previous Post</a></li></ul>
<div class="staticman-comments"><h3>Comments</h3><div class="comment"><p><b>Ben K.</b> Thanks, this helped!</p></div></div>
</div></div></div>
<footer><div class="container"><ul class="list-inline text-center footer-links"><li><a href="mailto:hello@example.org">Email</a></li></ul>
<p class="credits copyright text-muted">Maria Lopez &nbsp;&bull;&nbsp;&copy; 2025</p><p class="credits">Powered by <a href="https://gohugo.io/">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/">PaperMod</a></p></div></footer>
</body></html>
"""

R3_7 = r"""<!DOCTYPE html>
<html lang="en" itemscope itemtype="http://schema.org/WebPage"><head><meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0">
<title>Moving CI to spot instances - Tom Ashby</title>
<meta name="author" content="Tom Ashby"/><meta name="description" content="Last month I moved our build from a single self-hosted runner to a pool of spot instances, and the queue time dropped fr">
<meta property="og:title" content="Moving CI to spot instances - Tom Ashby" /><meta property="og:site_name" content="Tom Ashby" />
<meta property="og:type" content="article" /><meta property="article:published_time" content="2025-03-05T08:00:00Z" />
<meta name="generator" content="Hugo 0.120.4" />
<link rel="canonical" href="https://example.org/posts/r3_7/">
<link rel="stylesheet" href="/css/main.css" /></head>
<body><nav class="navbar navbar-default navbar-fixed-top navbar-custom"><div class="container-fluid"><div class="navbar-header">
<a class="navbar-brand" href="/">Tom Ashby</a></div><div class="collapse navbar-collapse"><ul class="nav navbar-nav navbar-right">
<li><a href="/posts/">Posts</a></li><li><a href="/about/">About</a></li><li><a href="/tags/">Tags</a></li></ul></div></div></nav>
<header class="header-section"><header class="post-header"><h1 class="post-title">Moving CI to spot instances</h1><div class="post-meta"><span title='2025-03-05 08:00:00 +0000 UTC'>March 5, 2025</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;Tom Ashby</div></header></header>
<div class="container" role="main"><div class="row"><div class="col-lg-8"><article role="main" class="blog-post"><p><em>Guest post by Priya Raman, who runs the platform team at a logistics start-up.</em></p><p>Last month I moved our build from a single self-hosted runner to a pool of spot instances, and the queue time dropped from eleven minutes to under one.</p><p>The hard part was not the autoscaling itself but the cache: every fresh instance started with an empty dependency cache and spent four minutes downloading.</p><p>We ended up baking a weekly image with the caches warmed, which keeps cold starts under forty seconds.</p><p>If you run a small team with bursty CI load, this setup costs less than a single always-on machine.</p></article>
<div class="blog-tags"><a href="/tags/notes/">notes</a></div>
<ul class="pager blog-pager"><li class="previous"><a href="/posts/older/">&larr; Previous Post</a></li></ul>
<div class="staticman-comments"><h3>Comments</h3><div class="comment"><p><b>Ben K.</b> Thanks, this helped!</p></div></div>
</div></div></div>
<footer><div class="container"><ul class="list-inline text-center footer-links"><li><a href="mailto:hello@example.org">Email</a></li></ul>
<p class="credits copyright text-muted">Tom Ashby &nbsp;&bull;&nbsp;&copy; 2025</p><p class="credits">Powered by <a href="https://gohugo.io/">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/">PaperMod</a></p></div></footer>
</body></html>
"""

R3_8 = r"""<!DOCTYPE html>
<html lang="en" itemscope itemtype="http://schema.org/WebPage"><head><meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0">
<title>New rules for cross-border employee data transfers - Hartley Brennan</title>
<meta name="author" content="Hartley Brennan"/><meta name="description" content="From 1 April, employers that move staff records between the UK and the EU must document each transfer under the new adeq">
<meta property="og:title" content="New rules for cross-border employee data transfers - Hartley Brennan" /><meta property="og:site_name" content="Hartley Brennan" />
<meta property="og:type" content="article" /><meta property="article:published_time" content="2025-03-05T08:00:00Z" />
<meta name="generator" content="Hugo 0.121.1" />
<link rel="canonical" href="https://example.org/posts/r3_8/">
<link rel="stylesheet" href="/css/main.css" /></head>
<body><nav class="navbar navbar-default navbar-fixed-top navbar-custom"><div class="container-fluid"><div class="navbar-header">
<a class="navbar-brand" href="/">Hartley Brennan</a></div><div class="collapse navbar-collapse"><ul class="nav navbar-nav navbar-right">
<li><a href="/posts/">Posts</a></li><li><a href="/about/">About</a></li><li><a href="/tags/">Tags</a></li></ul></div></div></nav>
<header class="header-section"><header class="post-header"><h1 class="post-title">New rules for cross-border employee data transfers</h1><div class="post-meta"><span title='2025-03-05 08:00:00 +0000 UTC'>March 5, 2025</span>&nbsp;·&nbsp;6 min&nbsp;·&nbsp;Hartley Brennan</div></header></header>
<div class="container" role="main"><div class="row"><div class="col-lg-8"><article role="main" class="blog-post"><p>From 1 April, employers that move staff records between the UK and the EU must document each transfer under the new adequacy framework.</p><p>Hartley Brennan's employment practice has prepared a checklist for HR teams, covering payroll processors, pension providers and cloud HR suites.</p><p>Firms with fewer than fifty employees benefit from a simplified register, but the exemption does not cover health data.</p><p>Contact our employment team at Hartley Brennan LLP for a review of your current transfer agreements before the deadline.</p></article>
<div class="blog-tags"><a href="/tags/notes/">notes</a></div>
<ul class="pager blog-pager"><li class="previous"><a href="/posts/older/">&larr; Previous Post</a></li></ul>
<div class="staticman-comments"><h3>Comments</h3><div class="comment"><p><b>Ben K.</b> Thanks, this helped!</p></div></div>
</div></div></div>
<footer><div class="container"><ul class="list-inline text-center footer-links"><li><a href="mailto:hello@example.org">Email</a></li></ul>
<p class="credits copyright text-muted">Hartley Brennan &nbsp;&bull;&nbsp;&copy; 2025</p><p class="credits">Powered by <a href="https://gohugo.io/">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/">PaperMod</a></p></div></footer>
</body></html>
"""

R3_4 = r"""<!DOCTYPE html>
<html lang="de" itemscope itemtype="http://schema.org/WebPage"><head><meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0">
<title>Ein Jahr mit dem eigenen Heimserver - Jonas Weber</title>
<meta name="author" content="Jonas Weber"/><meta name="description" content="Seit dem Umzug auf einen kleinen Heimserver laufen meine Fotos, Kalender und Kontakte nicht mehr bei einem großen Anbiet">
<meta property="og:title" content="Ein Jahr mit dem eigenen Heimserver - Jonas Weber" /><meta property="og:site_name" content="Jonas Weber" />
<meta property="og:type" content="article" /><meta property="article:published_time" content="2025-03-05T08:00:00Z" />
<meta name="generator" content="Hugo 0.121.0" />
<link rel="canonical" href="https://example.org/posts/r3_4/">
<link rel="stylesheet" href="/css/main.css" /></head>
<body><nav class="navbar navbar-default navbar-fixed-top navbar-custom"><div class="container-fluid"><div class="navbar-header">
<a class="navbar-brand" href="/">Jonas Weber</a></div><div class="collapse navbar-collapse"><ul class="nav navbar-nav navbar-right">
<li><a href="/posts/">Posts</a></li><li><a href="/about/">About</a></li><li><a href="/tags/">Tags</a></li></ul></div></div></nav>
<header class="header-section"><header class="post-header"><h1 class="post-title">Ein Jahr mit dem eigenen Heimserver</h1><div class="post-meta"><span title="2025-03-05 08:00:00 +0000 UTC">5. März 2025</span>&nbsp;·&nbsp;3 Min.&nbsp;·&nbsp;Jonas Weber</div></header></header>
<div class="container" role="main"><div class="row"><div class="col-lg-8"><article role="main" class="blog-post"><p>Seit dem Umzug auf einen kleinen Heimserver laufen meine Fotos, Kalender und Kontakte nicht mehr bei einem großen Anbieter.</p><p>Die größte Hürde war die Datensicherung: ein zweites Laufwerk im Haus reicht nicht, also geht jede Nacht ein verschlüsseltes Backup zu meinen Eltern.</p><p>Der Stromverbrauch liegt bei etwa neun Watt im Leerlauf, also rund zwanzig Euro im Jahr.</p><p>Würde ich es wieder tun? Ja, aber mit weniger Bastelei am Anfang.</p></article>
<div class="blog-tags"><a href="/tags/notes/">notes</a></div>
<ul class="pager blog-pager"><li class="previous"><a href="/posts/older/">&larr; Previous Post</a></li></ul>
<div class="staticman-comments"><h3>Comments</h3><div class="comment"><p><b>Ben K.</b> Thanks, this helped!</p></div></div>
</div></div></div>
<footer><div class="container"><ul class="list-inline text-center footer-links"><li><a href="mailto:hello@example.org">Email</a></li></ul>
<p class="credits copyright text-muted">Jonas Weber &nbsp;&bull;&nbsp;&copy; 2025</p><p class="credits">Powered by <a href="https://gohugo.io/">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/">PaperMod</a></p></div></footer>
</body></html>
"""

R4_3 = r"""<!DOCTYPE html>
<html lang="es-ES"><head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>El consorcio refuerza los autobuses a la costa - Diario del Valle</title><meta name="author" content="Redacción" />
<meta property="og:site_name" content="Diario del Valle" /><meta property="og:title" content="El consorcio refuerza los autobuses a la costa" /><meta property="og:type" content="article" />
<meta property="article:published_time" content="2025-03-04T09:00:00+01:00" />
<meta name="twitter:label1" content="Escrito por" /><meta name="twitter:data1" content="Redacción" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": "El consorcio refuerza los autobuses a la costa", "datePublished": "2025-03-04T09:00:00+01:00", "author": {"name": "Redacción", "@id": "#/p/1"}}, {"@type": "Person", "@id": "#/p/1", "name": "Redacción"}]}</script>
</head><body class="post-template-default single single-post td-standard-pack">
<div class="td-header-template-wrap"><div class="tdb-header-menu"><ul class="tdb-block-menu"><li><a href="/">Início</a></li><li><a href="/cidades/">Cidades</a></li><li><a href="/politica/">Política</a></li><li><a href="/esportes/">Esportes</a></li></ul></div></div>
<div id="tdb-autoload-article"><div class="td-main-content-wrap"><div class="tdc-row"><div class="vc_column">
<div class="td_block_wrap tdb_breadcrumbs"><span><a href="/">Início</a></span> <i class="tdb-bread-sep"></i> <span><a href="/cidades/">Cidades</a></span></div>
<div class="td_block_wrap tdb_title"><h1 class="tdb-title-text">El consorcio refuerza los autobuses a la costa</h1></div>
<div class="td_block_wrap tdb_single_author tdb-post-meta"><div class="tdb-block-inner td-fix-index">
<div class="tdb-author-name-wrap"><span class="tdb-author-by">Por:</span> <a class="tdb-author-name" href="/author/desk/">Redacción</a></div></div></div>
<div class="td_block_wrap tdb_single_date tdb-post-meta"><div class="tdb-block-inner td-fix-index">
<time class="entry-date updated td-module-date" datetime="2025-03-04T09:00:00+01:00">4 de marzo de 2025</time></div></div>
<div class="td_block_wrap tdb_single_content"><div class="tdb-block-inner td-fix-index"><p>El pleno del ayuntamiento debatió el martes la reforma de la red de autobuses, que suprimiría dos líneas rurales y crearía una lanzadera al hospital.</p><h3>Por Semana Santa</h3><p>Durante la Semana Santa se reforzarán los servicios a la costa con cuatro expediciones más al día.</p><p><strong>Por Ana Belén Torres, portavoz de la plataforma vecinal</strong></p><p>«No vamos a aceptar que nos dejen sin autobús», añadió la portavoz.</p><p>Los vecinos que intervinieron recordaron que muchas personas mayores dependen de esas líneas para llegar al mercado comarcal.</p><p>El consorcio de transportes explicó que la línea menos usada no llega a doce viajeros diarios.</p><p>La votación se aplazó hasta el pleno de abril, cuando se conocerá el informe de la consulta pública.</p></div></div>
<div class="td_block_wrap tdb_single_tags"><ul class="tdb-tags"><li><a href="/tag/x">cidade</a></li></ul></div>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title">Leia também</h4><div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="/p/9">Outra notícia qualquer sobre a cidade</a></h3><span class="td-post-author-name">Por Carla Mendes</span></div></div>
</div></div></div></div>
<div class="td-footer-template-wrap"><div class="td-footer-wrap"><p>© Diario del Valle 2025 · Todos os direitos reservados</p></div></div></body></html>
"""

R4_11 = r"""<!DOCTYPE html>
<html lang="pt-BR"><head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Feira do Livro abre com leitura de Cecília Meireles - Folha da Serra</title><meta name="author" content="Redação" />
<meta property="og:site_name" content="Folha da Serra" /><meta property="og:title" content="Feira do Livro abre com leitura de Cecília Meireles" /><meta property="og:type" content="article" />
<meta property="article:published_time" content="2025-03-04T14:20:11-03:00" />
<meta name="twitter:label1" content="Escrito por" /><meta name="twitter:data1" content="Redação" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": "Feira do Livro abre com leitura de Cecília Meireles", "datePublished": "2025-03-04T14:20:11-03:00", "author": {"name": "Redação", "@id": "#/p/1"}}, {"@type": "Person", "@id": "#/p/1", "name": "Redação"}]}</script>
</head><body class="post-template-default single single-post td-standard-pack">
<div class="td-header-template-wrap"><div class="tdb-header-menu"><ul class="tdb-block-menu"><li><a href="/">Início</a></li><li><a href="/cidades/">Cidades</a></li><li><a href="/politica/">Política</a></li><li><a href="/esportes/">Esportes</a></li></ul></div></div>
<div id="tdb-autoload-article"><div class="td-main-content-wrap"><div class="tdc-row"><div class="vc_column">
<div class="td_block_wrap tdb_breadcrumbs"><span><a href="/">Início</a></span> <i class="tdb-bread-sep"></i> <span><a href="/cidades/">Cidades</a></span></div>
<div class="td_block_wrap tdb_title"><h1 class="tdb-title-text">Feira do Livro abre com leitura de Cecília Meireles</h1></div>
<div class="td_block_wrap tdb_single_author tdb-post-meta"><div class="tdb-block-inner td-fix-index">
<div class="tdb-author-name-wrap"><span class="tdb-author-by">Por:</span> <a class="tdb-author-name" href="/author/desk/">Redação</a></div></div></div>
<div class="td_block_wrap tdb_single_date tdb-post-meta"><div class="tdb-block-inner td-fix-index">
<time class="entry-date updated td-module-date" datetime="2025-03-04T14:20:11-03:00">4 de março de 2025</time></div></div>
<div class="td_block_wrap tdb_single_content"><div class="tdb-block-inner td-fix-index"><p>Na abertura da Feira do Livro, a atriz leu o poema que dá nome à edição deste ano:</p><blockquote><p>Renova-te.<br>Renasce em ti mesmo.<br>Multiplica os teus olhos, para verem mais.</p></blockquote><p><em>Por Cecília Meireles</em></p><p>Moradores presentes lembraram que muitos idosos dependem dessas linhas para chegar à feira sem carro.</p><p>A empresa de transportes afirmou que a linha menos usada transporta menos de doze passageiros por dia.</p><p>A votação foi adiada para a sessão de abril, quando o relatório da consulta pública deve ser divulgado.</p></div></div>
<div class="td_block_wrap tdb_single_tags"><ul class="tdb-tags"><li><a href="/tag/x">cidade</a></li></ul></div>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title">Leia também</h4><div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="/p/9">Outra notícia qualquer sobre a cidade</a></h3><span class="td-post-author-name">Por Carla Mendes</span></div></div>
</div></div></div></div>
<div class="td-footer-template-wrap"><div class="td-footer-wrap"><p>© Folha da Serra 2025 · Todos os direitos reservados</p></div></div></body></html>
"""

R4_13 = r"""<!DOCTYPE html>
<html lang="de-DE"><head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Partnerstadt gratuliert zum Jubiläum - Rheinblick</title><meta name="author" content="Redaktion" />
<meta property="og:site_name" content="Rheinblick" /><meta property="og:title" content="Partnerstadt gratuliert zum Jubiläum" /><meta property="og:type" content="article" />
<meta property="article:published_time" content="2025-03-04T09:00:00+01:00" />
<meta name="twitter:label1" content="Escrito por" /><meta name="twitter:data1" content="Redaktion" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": "Partnerstadt gratuliert zum Jubiläum", "datePublished": "2025-03-04T09:00:00+01:00", "author": {"name": "Redaktion", "@id": "#/p/1"}}, {"@type": "Person", "@id": "#/p/1", "name": "Redaktion"}]}</script>
</head><body class="post-template-default single single-post td-standard-pack">
<div class="td-header-template-wrap"><div class="tdb-header-menu"><ul class="tdb-block-menu"><li><a href="/">Início</a></li><li><a href="/cidades/">Cidades</a></li><li><a href="/politica/">Política</a></li><li><a href="/esportes/">Esportes</a></li></ul></div></div>
<div id="tdb-autoload-article"><div class="td-main-content-wrap"><div class="tdc-row"><div class="vc_column">
<div class="td_block_wrap tdb_breadcrumbs"><span><a href="/">Início</a></span> <i class="tdb-bread-sep"></i> <span><a href="/cidades/">Cidades</a></span></div>
<div class="td_block_wrap tdb_title"><h1 class="tdb-title-text">Partnerstadt gratuliert zum Jubiläum</h1></div>
<div class="td_block_wrap tdb_single_author tdb-post-meta"><div class="tdb-block-inner td-fix-index">
<div class="tdb-author-name-wrap"><span class="tdb-author-by">Von:</span> <a class="tdb-author-name" href="/author/desk/">Redaktion</a></div></div></div>
<div class="td_block_wrap tdb_single_date tdb-post-meta"><div class="tdb-block-inner td-fix-index">
<time class="entry-date updated td-module-date" datetime="2025-03-04T09:00:00+01:00">4. März 2025</time></div></div>
<div class="td_block_wrap tdb_single_content"><div class="tdb-block-inner td-fix-index"><p>Die Partnerstadt hat zum Jubiläum einen Brief geschickt, den wir hier dokumentieren.</p><p>Von Bürgermeisterin Anne Roux</p><p>Der Gemeinderat hat am Dienstagabend über den neuen Busfahrplan beraten, der zwei Linien in die Ortsteile streichen und eine Schnellverbindung zum Klinikum schaffen würde.</p><p>Anwohner kritisierten in der Bürgerfragestunde, dass gerade ältere Menschen ohne Auto auf die Linien angewiesen seien, und forderten eine Probephase.</p><p>Ein Sprecher des Verkehrsverbunds verwies auf die Fahrgastzahlen, die auf der schwächsten Linie bei weniger als zwölf Personen am Tag lägen.</p><p>Die Entscheidung wurde auf die nächste Sitzung im April vertagt, bis dahin soll der Bericht zur Bürgerbeteiligung vorliegen.</p></div></div>
<div class="td_block_wrap tdb_single_tags"><ul class="tdb-tags"><li><a href="/tag/x">cidade</a></li></ul></div>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title">Leia também</h4><div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="/p/9">Outra notícia qualquer sobre a cidade</a></h3><span class="td-post-author-name">Por Carla Mendes</span></div></div>
</div></div></div></div>
<div class="td-footer-template-wrap"><div class="td-footer-wrap"><p>© Rheinblick 2025 · Todos os direitos reservados</p></div></div></body></html>
"""

R4_6 = r"""<!DOCTYPE html>
<html lang="pt-BR"><head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Opinião: o ônibus rural não é luxo - Folha da Serra</title><meta name="author" content="Redação" />
<meta property="og:site_name" content="Folha da Serra" /><meta property="og:title" content="Opinião: o ônibus rural não é luxo" /><meta property="og:type" content="article" />
<meta property="article:published_time" content="2025-03-04T14:20:11-03:00" />
<meta name="twitter:label1" content="Escrito por" /><meta name="twitter:data1" content="Redação" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": "Opinião: o ônibus rural não é luxo", "datePublished": "2025-03-04T14:20:11-03:00", "author": {"name": "Redação", "@id": "#/p/1"}}, {"@type": "Person", "@id": "#/p/1", "name": "Redação"}]}</script>
</head><body class="post-template-default single single-post td-standard-pack">
<div class="td-header-template-wrap"><div class="tdb-header-menu"><ul class="tdb-block-menu"><li><a href="/">Início</a></li><li><a href="/cidades/">Cidades</a></li><li><a href="/politica/">Política</a></li><li><a href="/esportes/">Esportes</a></li></ul></div></div>
<div id="tdb-autoload-article"><div class="td-main-content-wrap"><div class="tdc-row"><div class="vc_column">
<div class="td_block_wrap tdb_breadcrumbs"><span><a href="/">Início</a></span> <i class="tdb-bread-sep"></i> <span><a href="/cidades/">Cidades</a></span></div>
<div class="td_block_wrap tdb_title"><h1 class="tdb-title-text">Opinião: o ônibus rural não é luxo</h1></div>
<div class="td_block_wrap tdb_single_author tdb-post-meta"><div class="tdb-block-inner td-fix-index">
<div class="tdb-author-name-wrap"><span class="tdb-author-by">Por:</span> <a class="tdb-author-name" href="/author/desk/">Redação</a></div></div></div>
<div class="td_block_wrap tdb_single_date tdb-post-meta"><div class="tdb-block-inner td-fix-index">
<time class="entry-date updated td-module-date" datetime="2025-03-04T14:20:11-03:00">4 de março de 2025</time></div></div>
<div class="td_block_wrap tdb_single_content"><div class="tdb-block-inner td-fix-index"><p><strong>Por João Carlos Mendes, de Campinas</strong></p><p>A Câmara Municipal discutiu na terça-feira a reestruturação das linhas de ônibus, que acabaria com duas linhas rurais e criaria uma ligação direta ao hospital.</p><p>Moradores presentes lembraram que muitos idosos dependem dessas linhas para chegar à feira sem carro.</p><p>A empresa de transportes afirmou que a linha menos usada transporta menos de doze passageiros por dia.</p><p>A votação foi adiada para a sessão de abril, quando o relatório da consulta pública deve ser divulgado.</p><p><em>*João Carlos Mendes é engenheiro de transportes.</em></p></div></div>
<div class="td_block_wrap tdb_single_tags"><ul class="tdb-tags"><li><a href="/tag/x">cidade</a></li></ul></div>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title">Leia também</h4><div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="/p/9">Outra notícia qualquer sobre a cidade</a></h3><span class="td-post-author-name">Por Carla Mendes</span></div></div>
</div></div></div></div>
<div class="td-footer-template-wrap"><div class="td-footer-wrap"><p>© Folha da Serra 2025 · Todos os direitos reservados</p></div></div></body></html>
"""

R5_1 = r"""<!DOCTYPE html>
<html lang="nl-NL"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Schrap de buslijnen naar de kernen niet – Dagblad Oost</title>

<meta property="og:site_name" content="Dagblad Oost"><meta property="og:title" content="Schrap de buslijnen naar de kernen niet">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-04T09:30:00+01:00">
<link rel="canonical" href="https://example.org/r5_1">

<link rel="stylesheet" href="/assets/style.css"></head>
<body class="single single-post"><div id="page" class="site">
<header class="site-header"><div class="site-branding"><a href="/" class="site-title">Dagblad Oost</a></div>
<nav class="main-navigation"><ul class="menu"><li><a href="/home">Home</a></li><li><a href="/news">News</a></li><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article class="node opinie"><header class="entry-header"><h1 class="entry-title">Schrap de buslijnen naar de kernen niet</h1>
<div class="meta reactie"><span class="auteur">Door Pieter de Vries</span> · <time datetime="2025-03-04T09:30:00+01:00">4 maart 2025</time></div></header>
<div class="entry-content"><p>De gemeenteraad sprak dinsdagavond over het nieuwe busplan, dat twee lijnen naar de kernen zou schrappen en een snelle verbinding naar het ziekenhuis zou openen.</p><p>Bewoners wezen erop dat juist ouderen zonder auto afhankelijk zijn van die lijnen om de markt te bereiken.</p><p>Volgens de vervoerder reizen op de rustigste lijn minder dan twaalf mensen per dag.</p><p>Het besluit is uitgesteld tot de raadsvergadering in april, wanneer het verslag van de inspraak klaar is.</p></div>
<footer class="entry-footer"><span class="cat-links"><a href="/cat/1">Allgemein</a></span> <a href="/share">Share</a></footer>
</article>
<section id="reacties" class="reacties"><h3>2 reacties</h3><div class="reactie-item"><p class="naam">Door Kees Bakker</p><p>Eens!</p></div></section>
<section class="related-posts"><h3 class="related-title">Related</h3><ul><li class="related-item"><a href="/r/1">Parking charges to rise in the town centre from May</a> <span class="related-date">2 March 2025</span></li>
<li class="related-item"><a href="/r/2">Library opening hours extended on Saturdays</a> <span class="related-date">28 February 2025</span></li>
<li class="related-item"><a href="/r/3">New cycle lane on the ring road finished ahead of schedule</a> <span class="related-date">25 February 2025</span></li></ul></section>
</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent</h2>
<ul><li><a href="/p/1">An older post about something else entirely</a></li><li><a href="/p/2">Another older post</a></li></ul></section>
<section class="widget widget_text"><h2 class="widget-title">Newsletter</h2><p>Sign up for updates.</p></section></aside></div>
<footer class="site-footer"><p>© 2025 Dagblad Oost. Impressum · Datenschutz · Kontakt</p></footer><div id="cookie-notice" class="cookie-banner"><p>We use cookies to improve your experience and to measure traffic. By continuing you accept our cookie policy.</p><button>Accept</button><button>Settings</button></div>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-XXXXXXX');</script></div></body></html>
"""

R5_3 = r"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mobilisation pour la ligne de bus 12 – Union locale CGT du Pays de Retz</title>
<meta name="generator" content="SPIP 4.2.8 [25142]">
<meta property="og:site_name" content="Union locale CGT du Pays de Retz"><meta property="og:title" content="Mobilisation pour la ligne de bus 12">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-04T09:30:00+01:00">
<link rel="canonical" href="https://example.org/r5_3">

<link rel="stylesheet" href="/assets/style.css"></head>
<body class="single single-post"><div id="page" class="site">
<header class="site-header"><div class="site-branding"><a href="/" class="site-title">Union locale CGT du Pays de Retz</a></div>
<nav class="main-navigation"><ul class="menu"><li><a href="/home">Home</a></li><li><a href="/news">News</a></li><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article class="contenu-principal"><header class="entry-header"><h1 class="entry-title">Mobilisation pour la ligne de bus 12</h1>
<p class="info-publi"><abbr class="published" title="2025-03-04T08:00:00Z">mardi 4 mars 2025</abbr></p></header>
<div class="entry-content"><p>Le conseil municipal s'est réuni mardi soir pour examiner le nouveau plan de circulation, qui supprimerait deux lignes de bus vers les hameaux.</p><p>Plusieurs habitants ont rappelé que ces lignes sont le seul moyen pour les personnes âgées de rejoindre le marché sans voiture.</p><p>Le syndicat des transports a indiqué que moins de douze voyageurs par jour empruntaient la ligne la moins fréquentée.</p><p>La décision a été reportée à la séance d'avril, lorsque le bilan de la concertation sera publié.</p></div>
<footer class="entry-footer"><span class="cat-links"><a href="/cat/1">Allgemein</a></span> <a href="/share">Share</a></footer>
</article>
<div class="forum-repondre"><a href="#">Répondre à cet article</a></div><ul class="forum"><li class="forum-fil"><div class="forum-message"><div class="forum-chapo"><strong class="forum-titre"><a href="#">Bravo</a></strong><small>5 mars 2025, par <span class="vcard author"><a class="url fn spip_in" href="#">Michel Garnier</a></span></small></div><div class="forum-texte"><p>Bravo pour cette mobilisation.</p></div></div></li></ul>
<section class="related-posts"><h3 class="related-title">Related</h3><ul><li class="related-item"><a href="/r/1">Parking charges to rise in the town centre from May</a> <span class="related-date">2 March 2025</span></li>
<li class="related-item"><a href="/r/2">Library opening hours extended on Saturdays</a> <span class="related-date">28 February 2025</span></li>
<li class="related-item"><a href="/r/3">New cycle lane on the ring road finished ahead of schedule</a> <span class="related-date">25 February 2025</span></li></ul></section>
</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent</h2>
<ul><li><a href="/p/1">An older post about something else entirely</a></li><li><a href="/p/2">Another older post</a></li></ul></section>
<section class="widget widget_text"><h2 class="widget-title">Newsletter</h2><p>Sign up for updates.</p></section></aside></div>
<footer class="site-footer"><p>© 2025 Union locale CGT du Pays de Retz. Impressum · Datenschutz · Kontakt</p></footer><div id="cookie-notice" class="cookie-banner"><p>We use cookies to improve your experience and to measure traffic. By continuing you accept our cookie policy.</p><button>Accept</button><button>Settings</button></div>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-XXXXXXX');</script></div></body></html>
"""

R6_3 = r"""<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>È tornato alla casa del Padre don Luigi Bianchi – Parrocchia San Michele Arcangelo</title>
<meta name="generator" content="Joomla! - Open Source Content Management">
<meta property="og:site_name" content="Parrocchia San Michele Arcangelo"><meta property="og:title" content="È tornato alla casa del Padre don Luigi Bianchi">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-04T09:30:00+01:00">
<link rel="canonical" href="https://example.org/r6_3">

<link rel="stylesheet" href="/assets/style.css"></head>
<body class="single single-post"><div id="page" class="site">
<header class="site-header"><div class="site-branding"><a href="/" class="site-title">Parrocchia San Michele Arcangelo</a></div>
<nav class="main-navigation"><ul class="menu"><li><a href="/home">Home</a></li><li><a href="/news">News</a></li><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article class="post hentry"><header class="entry-header"><h1 class="entry-title">È tornato alla casa del Padre don Luigi Bianchi</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2025-03-04T09:30:00+01:00">4 marzo 2025</time></span></div></header>
<div class="entry-content"><p>Carissimi parrocchiani,</p><p>con grande dolore vi annunciamo che nella notte è tornato alla casa del Padre don Luigi, che per quarant'anni ha guidato la nostra comunità con fede e umiltà.</p><p>I funerali saranno celebrati giovedì alle ore 10 nella chiesa parrocchiale, presieduti dal vescovo. La salma sarà esposta in cappella da mercoledì pomeriggio.</p><p>Chi desidera può lasciare un ricordo scritto nel libro posto all'ingresso della chiesa. Affidiamo don Luigi alla misericordia del Signore.</p><p>La comunità parrocchiale</p><p><img src="/images/don-luigi.jpg" alt=""></p><p><em>Don Luigi Bianchi, parroco dal 1970 al 2010</em></p></div>
<footer class="entry-footer"><span class="cat-links"><a href="/cat/1">Allgemein</a></span> <a href="/share">Share</a></footer>
</article>

<section class="related-posts"><h3 class="related-title">Related</h3><ul><li class="related-item"><a href="/r/1">Parking charges to rise in the town centre from May</a> <span class="related-date">2 March 2025</span></li>
<li class="related-item"><a href="/r/2">Library opening hours extended on Saturdays</a> <span class="related-date">28 February 2025</span></li>
<li class="related-item"><a href="/r/3">New cycle lane on the ring road finished ahead of schedule</a> <span class="related-date">25 February 2025</span></li></ul></section>
</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent</h2>
<ul><li><a href="/p/1">An older post about something else entirely</a></li><li><a href="/p/2">Another older post</a></li></ul></section>
<section class="widget widget_text"><h2 class="widget-title">Newsletter</h2><p>Sign up for updates.</p></section></aside></div>
<footer class="site-footer"><p>© 2025 Parrocchia San Michele Arcangelo. Impressum · Datenschutz · Kontakt</p></footer><div id="cookie-notice" class="cookie-banner"><p>We use cookies to improve your experience and to measure traffic. By continuing you accept our cookie policy.</p><button>Accept</button><button>Settings</button></div>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-XXXXXXX');</script></div></body></html>
"""

R6_6 = r"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Einladung zur Jahreshauptversammlung 2025 – SV Grün-Weiß Altdorf</title>

<meta property="og:site_name" content="SV Grün-Weiß Altdorf"><meta property="og:title" content="Einladung zur Jahreshauptversammlung 2025">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-04T09:30:00+01:00">
<link rel="canonical" href="https://example.org/r6_6">

<link rel="stylesheet" href="/assets/style.css"></head>
<body class="single single-post"><div id="page" class="site">
<header class="site-header"><div class="site-branding"><a href="/" class="site-title">SV Grün-Weiß Altdorf</a></div>
<nav class="main-navigation"><ul class="menu"><li><a href="/home">Home</a></li><li><a href="/news">News</a></li><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article class="post hentry"><header class="entry-header"><h1 class="entry-title">Einladung zur Jahreshauptversammlung 2025</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2025-03-04T09:30:00+01:00">04.03.2025</time></span></div></header>
<div class="entry-content"><p>Liebe Mitglieder,</p><p>hiermit laden wir euch herzlich zur Jahreshauptversammlung am Freitag, 28. März 2025, um 19.30 Uhr ins Vereinsheim ein.</p><p>Tagesordnung: Begrüßung, Berichte des Vorstands, Bericht der Kassenprüfer, Entlastung, Neuwahlen, Anträge, Verschiedenes.</p><p>Anträge sind bis zum 20. März schriftlich beim Vorstand einzureichen. Wir freuen uns auf zahlreiches Erscheinen.</p><p>Der Vorstand</p><p>Kontakt für Rückfragen:</p><p>Sabine Roth, Vorsitzende</p></div>
<footer class="entry-footer"><span class="cat-links"><a href="/cat/1">Allgemein</a></span> <a href="/share">Share</a></footer>
</article>

<section class="related-posts"><h3 class="related-title">Related</h3><ul><li class="related-item"><a href="/r/1">Parking charges to rise in the town centre from May</a> <span class="related-date">2 March 2025</span></li>
<li class="related-item"><a href="/r/2">Library opening hours extended on Saturdays</a> <span class="related-date">28 February 2025</span></li>
<li class="related-item"><a href="/r/3">New cycle lane on the ring road finished ahead of schedule</a> <span class="related-date">25 February 2025</span></li></ul></section>
</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent</h2>
<ul><li><a href="/p/1">An older post about something else entirely</a></li><li><a href="/p/2">Another older post</a></li></ul></section>
<section class="widget widget_text"><h2 class="widget-title">Newsletter</h2><p>Sign up for updates.</p></section></aside></div>
<footer class="site-footer"><p>© 2025 SV Grün-Weiß Altdorf. Impressum · Datenschutz · Kontakt</p></footer><div id="cookie-notice" class="cookie-banner"><p>We use cookies to improve your experience and to measure traffic. By continuing you accept our cookie policy.</p><button>Accept</button><button>Settings</button></div>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-XXXXXXX');</script></div></body></html>
"""


def test_disabled_comments_archive_thread_keeps_a_readers_letter_out():
    """Rule 1 must not fire: `disabled-comments archive-thread` (a WordPress archive of a readers' thread whose new comments are closed) holds a reader's letter; `disabled-comments` is read as a comment area, as before."""
    assert extract_article(R1_2).authors == []


def test_nocomments_state_class_still_reads_the_closing_writer():
    """Rule 1 fires: a `no-comments` state class on the article (PenNews/Soledad family) does not hide the closing `Penulis:` credit."""
    assert extract_article(R1_6).authors == ["Ahmad Fauzi"]


def test_guest_essay_on_a_hugo_site_is_not_the_owners():
    """Rule 3 must not fire: `This is a guest essay by X` on a Hugo personal site names another writer."""
    assert "Maria Lopez" not in extract_article(R3_3).authors


def test_guest_post_on_a_jekyll_site_is_not_the_owners():
    """Rule 3 must not fire: `Guest post by X` (Jekyll/Hugo personal blogs host guests)."""
    assert "Tom Ashby" not in extract_article(R3_7).authors


def test_law_firm_named_like_a_person_is_no_owner():
    """Rule 3 must not fire: the site's name is a firm's (`Hartley Brennan LLP` in the text)."""
    assert extract_article(R3_8).authors == []


def test_static_site_owner_in_post_meta_row_still_read():
    """Rule 3 fires: a German Hugo personal blog whose owner is the site's name and stands in the post-meta row."""
    assert extract_article(R3_4).authors == ["Jonas Weber"]


def test_desk_byline_then_a_heading_starting_with_por_credits_nobody():
    """Rule 4 must not fire: a `<h3>Por Semana Santa</h3>` section heading in a tagDiv text is no credit."""
    assert extract_article(R4_3).authors == []


def test_desk_byline_then_a_poem_credit_after_a_blockquote_credits_nobody():
    """Rule 4 must not fire: `Por Cecília Meireles` under a quoted poem credits the poet, not the article."""
    assert extract_article(R4_11).authors == []


def test_desk_byline_then_a_quoted_letters_von_line_credits_nobody():
    """Rule 4 must not fire: `Von Bürgermeisterin Anne Roux` after an intro paragraph is a documented letter's credit."""
    assert extract_article(R4_13).authors == []


def test_desk_byline_then_first_row_credit_is_the_writer():
    """Rule 4 fires: the text's first row `Por João Carlos Mendes, de Campinas` under a `Por: Redação` desk byline."""
    assert extract_article(R4_6).authors == ["João Carlos Mendes"]


def test_singular_reactie_meta_row_keeps_its_byline():
    """Rule 5 must not fire: a `meta reactie` row (singular token) holds the post's own `Door …` byline."""
    assert extract_article(R5_1).authors == ["Pieter de Vries"]


def test_plural_reacties_thread_signer_is_no_byline():
    """Rule 5 fires: a Dutch `reacties` thread's signer is a reader, never the article's byline."""
    assert extract_article(R5_3).authors == []


def test_obituary_photo_caption_with_office_credits_nobody():
    """Withdrawn rule 6 (role-signed letters) must stay gone: an obituary's closing caption `Don Luigi Bianchi, parroco dal 1970 al 2010`."""
    assert extract_article(R6_3).authors == []


def test_club_letter_contact_line_credits_nobody():
    """Withdrawn rule 6 must stay gone: a club letter signed `Der Vorstand` with a contact line `Sabine Roth, Vorsitzende`."""
    assert extract_article(R6_6).authors == []
