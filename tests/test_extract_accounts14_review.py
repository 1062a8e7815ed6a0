"""Review of the accounts14 rules (fix-people11): look-alike pages of other families, written by a reviewer who
read the branch, as regression tests (the pages in full, one test per finding; the right value asserted).

What the review found (the branch did worse than its base on 8 of 50 pages) and what changed:

- table-row title cell (rule 4, 2000s PHP table layouts): the bold title-classed cell between the date's row and
  the text's row replaced the page's <title> even where that <title> was the item's own (a section cell
  `Aus dem Vereinsleben berichtet`, `From the Secretary's Desk`, a guestbook's `Re: Re: …` subject). Now the
  rule is read only under a generic <title> (the site's name), as its docstring always said; the cell's class
  words now also cover `titulo`/`titre`/`titolo`/`judul` (Spanish, French, Italian, Indonesian scripts);
- space after a glued kicker (rule 1): an ASCII apostrophe counted as a quote opening the headline's rest, so
  `<span class="overhead">NASA</span>'s Parker …` read `NASA 's Parker …`. The apostrophe is no longer an
  opening quote (a possessive follows a kicker's word);
- forum member links (rule 5): a dot made a handle, so name-shaped accounts (`J.Weber`, `Jean-Luc.M`, a
  vBulletin CMS article's `john.doe`) lost their writer. A handle's shape is now an underscore, a digit, or one
  all-lowercase token without a dot (`Heike_aus_H`, `passat_fan77`, `grillmeister`);
- office accounts (rule 3): `paroisse` (a French surname: `Père Jean Paroisse`) left the office words;
  `paroissial(e)` stays (`Secrétariat paroissial`).
"""

from __future__ import annotations

from telisik.extract import extract_article

TABLE_1 = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Jahreshauptversammlung 2015: Vorstand im Amt bestätigt</title></head><body bgcolor="#FFFFFF"><table width="900" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" class="kopf"><img src="/img/logo.gif" alt="Logo"></td></tr>
<tr><td width="180" valign="top" class="navi"><a href="/index.php">Home</a><br><a href="/news.php">News</a><br><a href="/kontakt.php">Kontakt</a></td>
<td width="720" valign="top"><table width="100%" class="newsbox"><tr><td class="newsdate"><b>14.03.2015</b></td></tr>
<tr><td class="rubriktitel"><b>Aus dem Vereinsleben berichtet</b></td></tr><tr><td class="newstext">Der Gemeinderat hat am Dienstagabend nach langer Debatte beschlossen, die Förderung für das kommende Jahr deutlich zu erhöhen, nachdem mehrere Vereine auf die gestiegenen Kosten hingewiesen hatten. Die Verwaltung soll bis zum Frühjahr ein Konzept vorlegen, wie die zusätzlichen Mittel verteilt werden. Dabei sollen auch kleinere Initiativen berücksichtigt werden, die bisher leer ausgingen. Kritik kam vor allem aus der Opposition, die eine bessere Kontrolle der Ausgaben fordert und auf die angespannte Haushaltslage der Stadt verweist, die im nächsten Jahr weiter sparen muss.</td></tr></table></td></tr><tr><td colspan="2" class="fuss">Letzte Aktualisierung: 15.09.2015 | <a href="/impressum.php">Impressum</a></td></tr></table></body></html>"""

TABLE_6 = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Annual general meeting elects new chair</title></head><body bgcolor="#FFFFFF"><table width="900" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" class="kopf"><img src="/img/logo.gif" alt="Logo"></td></tr>
<tr><td width="180" valign="top" class="navi"><a href="/index.php">Home</a><br><a href="/news.php">News</a><br><a href="/kontakt.php">Kontakt</a></td>
<td width="720" valign="top"><table width="100%"><tr><td class="date"><b>March 14, 2016</b></td></tr>
<tr><td class="subtitle"><b>From the Secretary's Desk</b></td></tr><tr><td class="text">The council voted on Tuesday night to raise the grant for next year after several clubs warned that rising energy costs were pushing them towards closure and volunteers were leaving. Officials will present a plan by spring on how the extra money is to be shared out, including smaller groups that received nothing in previous rounds of funding from the town. Opposition members demanded tighter control of spending and pointed to the strained budget, which will force further savings across all departments over the coming two years.</td></tr></table></td></tr><tr><td colspan="2" class="fuss">Letzte Aktualisierung: 15.09.2015 | <a href="/impressum.php">Impressum</a></td></tr></table></body></html>"""

TABLE_2 = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Gästebuch - Eintrag von Heinz Mayer: Dank an die Helfer beim Sommerfest</title></head><body bgcolor="#FFFFFF"><table width="900" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" class="kopf"><img src="/img/logo.gif" alt="Logo"></td></tr>
<tr><td width="180" valign="top" class="navi"><a href="/index.php">Home</a><br><a href="/news.php">News</a><br><a href="/kontakt.php">Kontakt</a></td>
<td width="720" valign="top"><table width="100%" class="gb"><tr><td class="gbdate">Geschrieben am 20.08.2015, 21:14</td></tr>
<tr><td class="gbsubject"><b>Re: Re: Sommerfest Fotos online</b></td></tr><tr><td class="gbtext">Der Gemeinderat hat am Dienstagabend nach langer Debatte beschlossen, die Förderung für das kommende Jahr deutlich zu erhöhen, nachdem mehrere Vereine auf die gestiegenen Kosten hingewiesen hatten. Die Verwaltung soll bis zum Frühjahr ein Konzept vorlegen, wie die zusätzlichen Mittel verteilt werden. Dabei sollen auch kleinere Initiativen berücksichtigt werden, die bisher leer ausgingen. Kritik kam vor allem aus der Opposition, die eine bessere Kontrolle der Ausgaben fordert und auf die angespannte Haushaltslage der Stadt verweist, die im nächsten Jahr weiter sparen muss.</td></tr></table></td></tr><tr><td colspan="2" class="fuss">Letzte Aktualisierung: 15.09.2015 | <a href="/impressum.php">Impressum</a></td></tr></table></body></html>"""

TABLE_3 = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Club Deportivo Alcalá - Noticias</title></head><body bgcolor="#FFFFFF"><table width="900" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" class="kopf"><img src="/img/logo.gif" alt="Logo"></td></tr>
<tr><td width="180" valign="top" class="navi"><a href="/index.php">Home</a><br><a href="/news.php">News</a><br><a href="/kontakt.php">Kontakt</a></td>
<td width="720" valign="top"><table width="100%"><tr><td class="fecha"><font size="1">Publicado el 12/05/2016</font></td></tr>
<tr><td class="titulo_noticia"><strong>El juvenil asciende a Liga Nacional</strong></td></tr><tr><td class="texto">El pleno municipal aprobó el martes por la noche aumentar la subvención del próximo año después de que varios clubes advirtieran que el coste de la energía los empujaba al cierre. Los técnicos presentarán en primavera un plan para repartir el dinero adicional, incluidos los colectivos pequeños que no recibieron nada en las convocatorias anteriores del ayuntamiento. La oposición reclamó un control más estricto del gasto y recordó la delicada situación presupuestaria, que obligará a nuevos recortes en todas las áreas durante los dos próximos años.</td></tr></table></td></tr><tr><td colspan="2" class="fuss">Letzte Aktualisierung: 15.09.2015 | <a href="/impressum.php">Impressum</a></td></tr></table></body></html>"""

KICKER_2 = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>NASA's Parker probe flies closer to the Sun than ever | Daily Courier</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="Daily Courier">
<meta property="og:title" content="NASA's Parker probe flies closer to the Sun than ever"><meta property="og:type" content="article">
<meta property="article:published_time" content="2018-11-06T10:00:00Z"><script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "NASA's Parker probe flies closer to the Sun than ever", "datePublished": "2018-11-06T10:00:00Z", "author": [{"@type": "Person", "name": "Tom Reyes"}]}</script></head><body>
<header class="site-header"><a class="logo" href="/">Daily Courier</a><nav class="main-nav"><ul><li><a href="/news/">News</a></li><li><a href="/politics/">Politics</a></li><li><a href="/business/">Business</a></li><li><a href="/sport/">Sport</a></li><li><a href="/culture/">Culture</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news/">News</a></div>
<main class="content"><article class="article"><div class="article-header"><h1><span class="overhead">NASA</span>'s Parker probe flies closer to the Sun than ever</h1><div class="byline">By <a href="/authors/tom-reyes">Tom Reyes</a></div><time datetime="2018-11-06T10:00:00Z">2018-11-06</time></div>
<div class="article-body"><p>The council voted on Tuesday night to raise the grant for next year after several clubs warned that rising energy costs were pushing them towards closure and volunteers were leaving.</p><p>Officials will present a plan by spring on how the extra money is to be shared out, including smaller groups that received nothing in previous rounds of funding from the town.</p><p>Opposition members demanded tighter control of spending and pointed to the strained budget, which will force further savings across all departments over the coming two years.</p></div>
<div class="related"><h3>Related</h3><ul><li><a href="/news/a.html">Budget talks stall again over school repairs</a></li><li><a href="/news/b.html">Clubs welcome new funding rules</a></li></ul></div></article></main>
<aside class="sidebar"><h3>Most read</h3><ol><li><a href="/x1.html">Bridge closure extended until June</a></li><li><a href="/x2.html">New mayor sworn in after recount</a></li></ol></aside>
<footer class="site-footer"><a href="/imprint/">Imprint</a> <a href="/privacy/">Privacy</a> © Daily Courier</footer></body></html>"""

FORUM_2 = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Heizung macht Geräusche | Community Board</title>
<meta property="og:type" content="website"><meta property="og:title" content="Heizung macht Geräusche"></head><body>
<div class="p-pageWrapper"><header class="p-header"><a href="/">Community Board</a></header><nav class="p-nav"><ul><li><a href="/forums/">Forums</a></li><li><a href="/whats-new/">What's new</a></li></ul></nav>
<div class="p-body-header"><h1 class="p-title-value">Heizung macht Geräusche</h1><div class="p-description"><ul class="listInline"><li><a href="/members/j-weber.12/" class="username" data-user-id="12">J.Weber</a></li><li><time class="u-dt" datetime="2019-04-02T19:47:00+0200">Apr 2, 2019</time></li></ul></div></div>
<article class="message message--post"><div class="message-cell message-cell--user"><h4 class="message-name"><a href="/members/j-weber.12/" class="username" data-user-id="12">J.Weber</a></h4></div>
<div class="message-cell message-cell--main"><div class="bbWrapper">Der Gemeinderat hat am Dienstagabend nach langer Debatte beschlossen, die Förderung für das kommende Jahr deutlich zu erhöhen, nachdem mehrere Vereine auf die gestiegenen Kosten hingewiesen hatten.<br><br>Die Verwaltung soll bis zum Frühjahr ein Konzept vorlegen, wie die zusätzlichen Mittel verteilt werden. Dabei sollen auch kleinere Initiativen berücksichtigt werden, die bisher leer ausgingen.<br><br>Kritik kam vor allem aus der Opposition, die eine bessere Kontrolle der Ausgaben fordert und auf die angespannte Haushaltslage der Stadt verweist, die im nächsten Jahr weiter sparen muss.</div></div></article>
<article class="message message--post"><div class="message-cell message-cell--user"><h4 class="message-name"><a href="/members/wrenchy.88/" class="username" data-user-id="88">wrenchy</a></h4></div>
<div class="message-cell message-cell--main"><div class="bbWrapper">Sounds like the sensor to me.</div></div></article>
<footer class="p-footer"><a href="/help/terms/">Terms</a></footer></div></body></html>"""

FORUM_7 = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Problème de chaudière | Community Board</title>
<meta property="og:type" content="website"><meta property="og:title" content="Problème de chaudière"></head><body>
<div class="p-pageWrapper"><header class="p-header"><a href="/">Community Board</a></header><nav class="p-nav"><ul><li><a href="/forums/">Forums</a></li><li><a href="/whats-new/">What's new</a></li></ul></nav>
<div class="p-body-header"><h1 class="p-title-value">Problème de chaudière</h1><div class="p-description"><ul class="listInline"><li><a href="/index.php?action=profile;u=15" class="username">Jean-Luc.M</a></li><li><time class="u-dt" datetime="2019-04-02T19:47:00+0200">Apr 2, 2019</time></li></ul></div></div>
<article class="message message--post"><div class="message-cell message-cell--user"><h4 class="message-name"><a href="/index.php?action=profile;u=15" class="username">Jean-Luc.M</a></h4></div>
<div class="message-cell message-cell--main"><div class="bbWrapper">Le conseil municipal a voté mardi soir une hausse de la subvention pour l'an prochain, après que plusieurs clubs ont averti que la hausse du prix de l'énergie menaçait leur survie.<br><br>Les services présenteront au printemps un plan de répartition des fonds supplémentaires, y compris pour les petites associations qui n'avaient rien reçu lors des précédents appels.<br><br>L'opposition a réclamé un contrôle plus strict des dépenses et rappelé la situation budgétaire tendue, qui imposera de nouvelles économies dans tous les services de la ville.</div></div></article>
<article class="message message--post"><div class="message-cell message-cell--user"><h4 class="message-name"><a href="/members/wrenchy.88/" class="username" data-user-id="88">wrenchy</a></h4></div>
<div class="message-cell message-cell--main"><div class="bbWrapper">Sounds like the sensor to me.</div></div></article>
<footer class="p-footer"><a href="/help/terms/">Terms</a></footer></div></body></html>"""

FORUM_5 = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Review: the new 1.9 TDI engine | TDI Club</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="TDI Club">
<meta property="og:title" content="Review: the new 1.9 TDI engine"><meta property="og:type" content="article">
<meta property="article:published_time" content="2018-02-20T10:00:00Z"></head><body>
<header class="site-header"><a class="logo" href="/">TDI Club</a><nav class="main-nav"><ul><li><a href="/news/">News</a></li><li><a href="/politics/">Politics</a></li><li><a href="/business/">Business</a></li><li><a href="/sport/">Sport</a></li><li><a href="/culture/">Culture</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news/">News</a></div>
<main class="content"><article class="article"><div class="article-header"><h1>Review: the new 1.9 TDI engine</h1><div class="byline">By <a class="username" href="/member.php?u=5">john.doe</a></div><time datetime="2018-02-20T10:00:00Z">2018-02-20</time></div>
<div class="article-body"><p>The council voted on Tuesday night to raise the grant for next year after several clubs warned that rising energy costs were pushing them towards closure and volunteers were leaving.</p><p>Officials will present a plan by spring on how the extra money is to be shared out, including smaller groups that received nothing in previous rounds of funding from the town.</p><p>Opposition members demanded tighter control of spending and pointed to the strained budget, which will force further savings across all departments over the coming two years.</p></div>
<div class="related"><h3>Related</h3><ul><li><a href="/news/a.html">Budget talks stall again over school repairs</a></li><li><a href="/news/b.html">Clubs welcome new funding rules</a></li></ul></div></article></main>
<aside class="sidebar"><h3>Most read</h3><ol><li><a href="/x1.html">Bridge closure extended until June</a></li><li><a href="/x2.html">New mayor sworn in after recount</a></li></ol></aside>
<footer class="site-footer"><a href="/imprint/">Imprint</a> <a href="/privacy/">Privacy</a> © TDI Club</footer></body></html>"""

OFFICE_8 = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Kermesse de la paroisse | Paroisse Saint-Pierre</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="Paroisse Saint-Pierre">
<meta property="og:title" content="Kermesse de la paroisse"><meta property="og:type" content="article">
<meta property="article:published_time" content="2019-05-23T10:00:00+02:00"></head><body>
<header class="site-header"><a class="logo" href="/">Paroisse Saint-Pierre</a><nav class="main-nav"><ul><li><a href="/news/">News</a></li><li><a href="/politics/">Politics</a></li><li><a href="/business/">Business</a></li><li><a href="/sport/">Sport</a></li><li><a href="/culture/">Culture</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news/">News</a></div>
<main class="content"><article class="article"><div class="article-header"><h1>Kermesse de la paroisse</h1><div class="auteur">Par <a href="/auteur/p">Père Jean Paroisse</a></div><time datetime="2019-05-23T10:00:00+02:00">2019-05-23</time></div>
<div class="article-body"><p>Le conseil municipal a voté mardi soir une hausse de la subvention pour l'an prochain, après que plusieurs clubs ont averti que la hausse du prix de l'énergie menaçait leur survie.</p><p>Les services présenteront au printemps un plan de répartition des fonds supplémentaires, y compris pour les petites associations qui n'avaient rien reçu lors des précédents appels.</p><p>L'opposition a réclamé un contrôle plus strict des dépenses et rappelé la situation budgétaire tendue, qui imposera de nouvelles économies dans tous les services de la ville.</p></div>
<div class="related"><h3>Related</h3><ul><li><a href="/news/a.html">Budget talks stall again over school repairs</a></li><li><a href="/news/b.html">Clubs welcome new funding rules</a></li></ul></div></article></main>
<aside class="sidebar"><h3>Most read</h3><ol><li><a href="/x1.html">Bridge closure extended until June</a></li><li><a href="/x2.html">New mayor sworn in after recount</a></li></ol></aside>
<footer class="site-footer"><a href="/imprint/">Imprint</a> <a href="/privacy/">Privacy</a> © Paroisse Saint-Pierre</footer></body></html>"""


def _extract(html: str, name: str):
    return extract_article(html, f"https://example.org/{name}")


def test_section_cell_under_the_items_own_title_keeps_the_title() -> None:
    """A club site's table layout whose <title> is the item's headline: the bold `rubriktitel` cell under the
    date row is the section's name, not the title."""
    assert _extract(TABLE_1, "table_1").title == "Jahreshauptversammlung 2015: Vorstand im Amt bestätigt"


def test_english_section_cell_under_the_items_own_title_keeps_the_title() -> None:
    """The same layout in English: a `subtitle` cell `From the Secretary's Desk` under a real <title>."""
    assert _extract(TABLE_6, "table_6").title == "Annual general meeting elects new chair"


def test_guestbook_subject_cell_keeps_the_entrys_title() -> None:
    """A guestbook entry's `gbsubject` cell (`Re: Re: …`) under a <title> naming the entry."""
    assert _extract(TABLE_2, "table_2").title == "Eintrag von Heinz Mayer: Dank an die Helfer beim Sommerfest"


def test_spanish_title_cell_under_the_sites_name_is_the_title() -> None:
    """`td.titulo_noticia` under a generic `Club Deportivo Alcalá - Noticias` <title> (Spanish club script)."""
    assert _extract(TABLE_3, "table_3").title == "El juvenil asciende a Liga Nacional"


def test_possessive_after_a_kicker_gets_no_space() -> None:
    """`<span class="overhead">NASA</span>'s Parker …`: an apostrophe after the kicker is a possessive."""
    assert _extract(KICKER_2, "kicker_2").title == "NASA's Parker probe flies closer to the Sun than ever"


def test_dotted_name_account_on_xenforo_keeps_its_writer() -> None:
    """XenForo `a.username` `J.Weber`: a person's name written as an account, no handle."""
    assert _extract(FORUM_2, "forum_2").authors == ["J.Weber"]


def test_dotted_name_account_on_smf_profile_link_keeps_its_writer() -> None:
    """An SMF `action=profile;u=` link `Jean-Luc.M`: a name, no handle."""
    assert _extract(FORUM_7, "forum_7").authors == ["Jean-Luc.M"]


def test_vbulletin_cms_article_by_a_dotted_account_keeps_its_writer() -> None:
    """A vBulletin CMS article's `By <a class="username" href="/member.php?u=5">john.doe</a>`."""
    assert _extract(FORUM_5, "forum_5").authors == ["john.doe"]


def test_surname_paroisse_is_no_office_word() -> None:
    """`Par Père Jean Paroisse` on a parish site: `Paroisse` is a surname; the writer stays (the honorific
    `Père` is another, older question: the name's end is asserted)."""
    authors = _extract(OFFICE_8, "office_8").authors
    assert len(authors) == 1 and authors[0].endswith("Jean Paroisse")
