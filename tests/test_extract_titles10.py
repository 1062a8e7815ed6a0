"""Titles on sites nobody tuned for (#10, session 10): what a heading shows that is no part of the title, and
pages whose metadata titles name only the site.

Each class is served as a complete page (head metadata, navigation, sidebar, related links, comments, footer):

- Heading permalinks: documentation generators and blog engines put a self-link after (or before) every
  heading whose whole text is a glyph — Sphinx and Python-Markdown's toc extension (`<a class="headerlink"
  href="#id">¶</a>`, so MkDocs and Material for MkDocs), Hugo and Jekyll themes and WordPress heading-anchor
  plugins (`<a class="anchor" href="#id">#</a>`, `🔗`), rustdoc (`<a class="anchor" href="#id">§</a>` before the
  text). The glyph is no part of the headline. Guards: a headline that itself holds `§` or `#` (`§ 218: …`,
  `#MeToo …`, a hashtag linking to a tag page) keeps it.
- Wiki namespaces: MediaWiki (1.40 and later: Wikipedia, Fandom, wiki.gg, Miraheze and community wikis) marks
  a page's namespace in its heading (`<span class="mw-page-title-namespace">Nyheter</span><span
  class="mw-page-title-separator">:</span><span class="mw-page-title-main">…</span>`): the headline is the main
  part. Guards: a main-namespace title with its own colon (`Star Wars: Episode I`) and a heading whose prefix no
  markup marks as a namespace keep their text.
- The site's name as the only metadata title: og:title the site's name (the logo's text, linking home) and the
  <title> a section and the site's name (Kirby, Contao and small museum, club and council CMSes that fill
  og:title from the site's settings): the article's own <h1> is the headline, as on pages whose only title is
  a generic <title>. Guards: an og:title that is the headline, and an og:title that is the site's name on a page
  whose <title> is the headline shown word for word, stay.
- No <h1> at all under a generic <title>: the headline is the display line with the article's date line right
  under it — a `<font size="4"><b>` line of FrontPage/Dreamweaver table layouts (club, parish and local-history
  sites), an <h3>/<h2> of Bootstrap-era council portals (Indonesian kabupaten portals on CodeIgniter/Laravel,
  `judul-berita`). Guards: the first linked teaser heading of an archive page, a bigger font line in a sidebar
  when the <title> is right and shown, and a display line with no date under it stay no headline.
"""

from __future__ import annotations

from telisik.extract import extract_article

NAV = """<header class="site-header"><a class="logo" href="/">Stadtmuseum<br>Kassel-Wilhelmshöhe</a>
<nav class="menu"><a href="/ausstellungen">Ausstellungen</a> <a href="/sammlung">Sammlung</a>
<a href="/besuch">Besuch</a> <a aria-current="page" href="/presse">Presse</a></nav></header>"""

SIDEBAR = """<aside class="sidebar"><h3>Neueste Beiträge</h3><ul>
<li><a href="/presse/jahresbilanz">Besucherrekord: 112.000 Gäste im Jahr 2025</a> <span>02.02.2026</span></li>
<li><a href="/presse/direktorin">Dr. Hanna Vogt wird neue Direktorin</a> <span>15.01.2026</span></li>
</ul></aside>"""

COMMENTS = """<section id="comments"><h3>2 Kommentare</h3><ol>
<li class="comment"><b>Mara</b> am 25.02.2026: <p>Endlich eine Ausstellung zum Kino!</p></li>
<li class="comment"><b>Tom K.</b> am 26.02.2026: <p>Gibt es auch Führungen am Abend?</p></li></ol></section>"""

FOOTER = """<footer class="footer"><p>© 2026 Stadt Kassel · <a href="/impressum">Impressum</a> ·
<a href="/datenschutz">Datenschutz</a></p></footer>"""

BODY_DE = """<p>Vom ersten Wanderkino auf dem Friedrichsplatz bis zum Aus für das letzte Vorstadtkino: Das Museum
erzählt in seiner Frühjahrsausstellung achtzig Jahre Kinogeschichte in der Stadt und ihren Vororten.</p>
<p>Die Ausstellung zeigt rund 300 Objekte, darunter Projektoren, Plakate, Programmhefte, Kinosessel und
Eintrittskarten. Viele davon stammen aus einer Schenkung einer Familie, die drei Generationen ein Kino betrieb.</p>
<p>Für eine Hörstation sammelt das Museum Erinnerungen an Kinobesuche. Wer als Kind im Sonntagskino saß oder als
Platzanweiserin gearbeitet hat, kann sich bis zum 6. März beim Museum melden.</p>"""

BODY_EN = """<p>This release brings a rewritten mesh repair pass, booleans that run up to three times faster on large
models and a new command-line flag to export reports as JSON for continuous integration pipelines.</p>
<p>The repair pass now closes holes of any shape, removes duplicate faces and reorients flipped normals in one
sweep. On the test corpus of 4,000 community models it fixed 96 per cent of the broken files.</p>
<p>Upgrading is a drop-in replacement for most users. Plugins that subclass the old mesh walker need one change,
described in the migration guide linked below, and the old walker will be removed in version 5.0.</p>"""


def _page(head: str, article: str, *, lang: str = "de", nav: str = NAV, aside: str = SIDEBAR) -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{head}
<link rel="stylesheet" href="/assets/css/index.css">
<script src="/assets/js/site.js" defer></script>
</head>
<body>
{nav}
<main class="main">
{article}
</main>
{aside}
{COMMENTS}
{FOOTER}
</body>
</html>"""


# -- heading permalinks ------------------------------------------------------------------------------------------

DOCS_NAV = """<header class="md-header"><a class="md-logo" href="/">Tessellate</a>
<nav class="md-tabs"><a href="/docs/">Docs</a> <a href="/blog/">Blog</a> <a href="/community/">Community</a></nav>
</header>"""

DOCS_ASIDE = """<nav class="md-sidebar" aria-label="Table of contents"><ul>
<li><a href="#highlights">Highlights</a></li><li><a href="#changes">Other changes</a></li></ul></nav>"""


def _docs_page(title: str, heading: str, *, lang: str = "en") -> str:
    return _page(
        f"""<title>{title} - Tessellate</title>
<meta name="description" content="News from the Tessellate project">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Tessellate">""",
        f"""<article class="md-content__inner md-typeset">
{heading}
<p class="post-meta"><time datetime="2026-03-03">March 3, 2026</time> · Ines Marx</p>
{BODY_EN}
<h2 id="changes">Other changes<a class="headerlink" href="#changes" title="Permanent link">¶</a></h2>
<ul><li>The viewer remembers the last camera position.</li><li>Python 3.9 is no longer supported.</li></ul>
</article>""",
        lang=lang,
        nav=DOCS_NAV,
        aside=DOCS_ASIDE,
    )


def test_a_sphinx_or_mkdocs_headerlink_pilcrow_is_no_part_of_the_headline():
    """Sphinx, Python-Markdown's toc permalink (MkDocs, Material for MkDocs): `¶` in a self-link after the text."""
    page = _docs_page(
        "Tessellate 4.2 released",
        '<h1 id="tessellate-42-released">Tessellate 4.2 released<a class="headerlink" '
        'href="#tessellate-42-released" title="Permanent link">¶</a></h1>',
    )
    assert extract_article(page, "https://tessellate.dev/blog/4.2/").title == "Tessellate 4.2 released"


def test_a_hugo_or_jekyll_hash_anchor_after_the_text_is_dropped():
    """Hugo and Jekyll themes and WordPress heading-anchor plugins: `<a class="anchor" href="#id">#</a>`."""
    page = _docs_page(
        "Faster booleans for large models",
        '<h1 id="faster-booleans">Faster booleans for large models <a class="anchor" '
        'href="#faster-booleans" aria-hidden="true">#</a></h1>',
    )
    assert (
        extract_article(page, "https://tessellate.dev/blog/booleans/").title
        == "Faster booleans for large models"
    )


def test_a_section_sign_anchor_before_the_text_is_dropped():
    """rustdoc and some Hugo themes put the self-link before the text (`<a class="anchor" href="#id">§</a>`)."""
    page = _docs_page(
        "Migrating plugins to the new mesh walker",
        '<h1 id="migrating"><a class="anchor" href="#migrating">§</a>Migrating plugins to the new mesh walker</h1>',
    )
    assert (
        extract_article(page, "https://tessellate.dev/blog/migrating/").title
        == "Migrating plugins to the new mesh walker"
    )


def test_a_link_emoji_anchor_is_dropped():
    """WordPress heading-anchor plugins and Jekyll anchor-headings with an emoji glyph (`🔗`)."""
    page = _docs_page(
        "What we learned from 4,000 broken models",
        '<h1 id="learned">What we learned from 4,000 broken models <a href="#learned" class="heading-anchor">🔗</a>'
        "</h1>",
    )
    assert (
        extract_article(page, "https://tessellate.dev/blog/learned/").title
        == "What we learned from 4,000 broken models"
    )


LAW_HEAD = """<title>§ 218: Bundestag debattiert Neuregelung | Parlamentsblog</title>
<meta property="og:title" content="§ 218: Bundestag debattiert Neuregelung">
<meta property="og:site_name" content="Parlamentsblog">"""


def test_a_section_sign_that_is_part_of_the_headline_stays():
    """Guard: `§ 218` is the headline's own text (German legal reporting), not an anchor's glyph."""
    page = _page(
        LAW_HEAD,
        f"""<article class="post"><h1 class="entry-title">§ 218: Bundestag debattiert Neuregelung</h1>
<p class="meta">3. März 2026 · Lena Vogt</p>{BODY_DE}</article>""",
    )
    assert (
        extract_article(page, "https://parlamentsblog.example/218").title
        == "§ 218: Bundestag debattiert Neuregelung"
    )


def test_a_section_sign_opening_a_heading_that_links_to_the_law_stays():
    """Guard: the `§` opens a link to the statute (a different page, not a `#fragment`) and is kept."""
    page = _page(
        LAW_HEAD,
        f"""<article class="post"><h1 class="entry-title"><a href="https://gesetze.example/stgb/218">§ 218</a>:
Bundestag debattiert Neuregelung</h1><p class="meta">3. März 2026 · Lena Vogt</p>{BODY_DE}</article>""",
    )
    assert (
        extract_article(page, "https://parlamentsblog.example/218").title
        == "§ 218: Bundestag debattiert Neuregelung"
    )


def test_a_hashtag_headline_stays():
    """Guard: `#MeToo` opening a headline, plain or as a link to the tag's page, is the headline's own word."""
    head = """<title>#MeToo five years on: what changed in the film industry | Screen Weekly</title>
<meta property="og:title" content="#MeToo five years on: what changed in the film industry">"""
    for heading in (
        "<h1>#MeToo five years on: what changed in the film industry</h1>",
        '<h1><a href="/tag/metoo">#MeToo</a> five years on: what changed in the film industry</h1>',
    ):
        page = _page(head, f"<article>{heading}<p>By Ann Lee, 3 March 2026</p>{BODY_EN}</article>", lang="en")
        title = extract_article(page, "https://screen.example/metoo-five-years").title
        assert title == "#MeToo five years on: what changed in the film industry"


def test_a_hash_link_to_the_comments_ending_a_headline_stays():
    """Guard: only a glyph alone in the self-link is dropped; a `#comments` link with words is the heading's."""
    page = _docs_page(
        "Tessellate 4.2 released",
        '<h1 id="rel">Tessellate 4.2 released <a href="#comments">#2</a></h1>',
    )
    assert extract_article(page, "https://tessellate.dev/blog/4.2/").title == "Tessellate 4.2 released #2"


# -- wiki namespaces ---------------------------------------------------------------------------------------------

WIKI_NAV = """<header class="vector-header mw-header"><a href="/wiki/Huvudsida" class="mw-logo">
<span class="mw-logo-wordmark">Naturvårdsnätet</span></a><nav id="p-navigation"><ul>
<li><a href="/wiki/Huvudsida">Huvudsida</a></li><li><a href="/wiki/Nyheter">Nyheter</a></li>
<li><a href="/wiki/Special:Senaste_%C3%A4ndringar">Senaste ändringar</a></li></ul></nav></header>"""

WIKI_ASIDE = """<nav id="mw-panel-toc" class="vector-toc" aria-label="Innehåll"><ul>
<li><a href="#Resultat">Resultat</a></li><li><a href="#K%C3%A4llor">Källor</a></li></ul></nav>"""

WIKI_BODY = """<div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">
<p>Inventeringen av fladdermöss i länet är klar. Ideella inventerare har under två somrar lyssnat efter
fladdermöss med ultraljudsdetektorer på 312 platser, från innerstadens parker till skärgårdens öar.</p>
<h2><span class="mw-headline" id="Resultat">Resultat</span><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/w/index.php?action=edit&amp;section=1">redigera</a>
<span class="mw-editsection-bracket">]</span></span></h2>
<p>Fjorton arter påträffades, två fler än vid förra inventeringen. Dvärgpipistrellen har nästan tredubblats och
finns nu på nästan hälften av lokalerna.</p>
<p>Resultaten redovisas för kommunerna i en rapport som publiceras i april.</p></div></div>
<div id="catlinks" class="catlinks"><a href="/wiki/Kategori:Nyheter">Kategori: Nyheter</a></div>
<div id="footer-info-lastmod">Sidan redigerades senast den 3 mars 2026 kl. 14.12.</div>"""


def _wiki_page(full_title: str, heading: str) -> str:
    return _page(
        f"""<title>{full_title} – Naturvårdsnätet Stockholm</title>
<meta property="og:title" content="{full_title} – Naturvårdsnätet Stockholm">
<meta name="generator" content="MediaWiki 1.41.0">""",
        f"""<div id="content" class="mw-body" role="main">{heading}{WIKI_BODY}</div>""",
        lang="sv",
        nav=WIKI_NAV,
        aside=WIKI_ASIDE,
    )


def test_a_mediawiki_namespace_marked_in_the_heading_is_no_part_of_the_headline():
    """MediaWiki 1.40+ (Wikipedia, Fandom, wiki.gg, community wikis): namespace and separator spans."""
    page = _wiki_page(
        "Nyheter:Fladdermusinventeringen 2025 klar",
        '<h1 id="firstHeading" class="firstHeading mw-first-heading">'
        '<span class="mw-page-title-namespace">Nyheter</span><span class="mw-page-title-separator">:</span>'
        '<span class="mw-page-title-main">Fladdermusinventeringen 2025 klar</span></h1>',
    )
    title = extract_article(page, "https://wiki.example/wiki/Nyheter:Fladdermusinventeringen_2025_klar").title
    assert title == "Fladdermusinventeringen 2025 klar"


def test_a_main_namespace_wiki_title_with_its_own_colon_stays():
    """Guard: `Star Wars: Episode I` is the page's own title (no namespace span)."""
    page = _wiki_page(
        "Star Wars: Episode I – The Phantom Menace",
        '<h1 id="firstHeading" class="firstHeading mw-first-heading">'
        '<span class="mw-page-title-main">Star Wars: Episode I – The Phantom Menace</span></h1>',
    )
    title = extract_article(page, "https://wiki.example/wiki/Star_Wars:_Episode_I").title
    assert title == "Star Wars: Episode I – The Phantom Menace"


def test_a_prefix_no_markup_marks_as_a_namespace_stays():
    """Guard: an older MediaWiki (or another wiki) heading with the prefix as plain text keeps it: nothing on the
    page says it is a namespace rather than the title's own words."""
    page = _wiki_page(
        "Nyheter:Fladdermusinventeringen 2025 klar",
        '<h1 id="firstHeading" class="firstHeading">Nyheter:Fladdermusinventeringen 2025 klar</h1>',
    )
    title = extract_article(page, "https://wiki.example/wiki/Nyheter:Fladdermusinventeringen_2025_klar").title
    assert title == "Nyheter:Fladdermusinventeringen 2025 klar"


# -- the site's name as the only metadata title ------------------------------------------------------------------

PRESS_ARTICLE = f"""<article class="press-release"><header class="press-release__header">
<p class="press-release__kicker">Pressemitteilung</p>
<h1 class="press-release__title">„Lichtspiele. Kino in Kassel 1896–1976“ – neue Sonderausstellung ab 14. März</h1>
<p class="press-release__date">Kassel, 24.02.2026</p></header>
<div class="text">{BODY_DE}</div>
<aside class="press-contact"><h2>Pressekontakt</h2><p>Katrin Seibold, Tel. 0561 555 38-14</p></aside></article>
<section class="press-list"><h2>Weitere Pressemitteilungen</h2><ul>
<li><span class="date">02.02.2026</span> <a href="/presse/jahresbilanz">Besucherrekord im Jahr 2025</a></li>
</ul></section>"""

PRESS_HEADLINE = "„Lichtspiele. Kino in Kassel 1896–1976“ – neue Sonderausstellung ab 14. März"


def test_an_og_title_that_is_the_sites_name_gives_way_to_the_articles_h1():
    """Kirby, Contao and small CMSes fill og:title with the site's name (the logo's text) and <title> with the
    section and the site's name: the page's own <h1> is the headline."""
    page = _page(
        """<title>Presse | Stadtmuseum Kassel-Wilhelmshöhe</title>
<meta name="description" content="Das Stadtmuseum zeigt Kunst und Alltagskultur aus 800 Jahren.">
<meta property="og:title" content="Stadtmuseum Kassel-Wilhelmshöhe">""",
        PRESS_ARTICLE,
    )
    assert extract_article(page, "https://museum.example/presse/lichtspiele").title == PRESS_HEADLINE


def test_an_og_title_equal_to_og_site_name_gives_way_to_the_articles_h1():
    """The same with the site's name declared as og:site_name (Drupal metatag and WordPress themes whose
    og:title defaults to the site's name on pages without their own)."""
    page = _page(
        """<title>Aktuelles - Gemeinde Wahlscheid</title>
<meta property="og:site_name" content="Gemeinde Wahlscheid">
<meta property="og:title" content="Gemeinde Wahlscheid">""",
        PRESS_ARTICLE,
    )
    assert extract_article(page, "https://wahlscheid.example/aktuelles/lichtspiele").title == PRESS_HEADLINE


def test_an_og_title_that_is_the_headline_stays_over_an_unrelated_h1():
    """Guard: an og:title of its own (not the site's name) is trusted as before."""
    page = _page(
        """<title>Presse | Stadtmuseum Kassel-Wilhelmshöhe</title>
<meta property="og:title" content="Kinogeschichte im Museum: Lichtspiele zeigt 300 Objekte">""",
        PRESS_ARTICLE,
    )
    title = extract_article(page, "https://museum.example/presse/lichtspiele").title
    assert title == "Kinogeschichte im Museum: Lichtspiele zeigt 300 Objekte"


def test_a_site_name_og_title_beside_a_title_shown_word_for_word_keeps_the_title():
    """Guard: og:title is the site's name but the <title> is the headline, shown (in a bold line) on the page;
    the page's only <h1> is a box's heading."""
    article = f"""<article class="news"><p><strong>Museum erhält Kinosessel aus dem Kammer-Theater</strong></p>
<p class="date">24.02.2026</p>{BODY_DE}</article>
<section class="newsletter-box"><h1>Bleiben Sie auf dem Laufenden mit unserem Newsletter</h1></section>"""
    page = _page(
        """<title>Museum erhält Kinosessel aus dem Kammer-Theater | Stadtmuseum Kassel-Wilhelmshöhe</title>
<meta property="og:title" content="Stadtmuseum Kassel-Wilhelmshöhe">""",
        article,
    )
    title = extract_article(page, "https://museum.example/presse/kinosessel").title
    assert title == "Museum erhält Kinosessel aus dem Kammer-Theater"


# -- no <h1> under a generic <title>: the display line with the date line under it -------------------------------

TABLE_HEAD = """<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="description" content="Heimat- und Geschichtsverein Lohmar-Wahlscheid e.V.">
<title>Heimatverein Lohmar-Wahlscheid - Aktuelles</title>"""

TABLE_NAV = """<td width="160" valign="top" bgcolor="#E8DFC8"><table width="160" cellpadding="6">
<tr><td><font face="Verdana" size="2"><b>Navigation</b></font></td></tr>
<tr><td><font face="Verdana" size="2"><a href="index.htm">Startseite</a><br><a href="aktuelles.htm"><b>Aktuelles</b></a>
<br><a href="termine.htm">Termine</a><br><a href="chronik.htm">Ortschronik</a></font></td></tr>
<tr><td><hr size="1"><font face="Verdana" size="1"><b>Nächste Termine:</b><br><br>Sa. 14.03.2026<br>Wanderung zur
Naafmühle<br><br>Do. 26.03.2026, 19.30 Uhr<br>Jahreshauptversammlung</font></td></tr></table></td>"""

TABLE_ENTRY = """<font face="Verdana" size="2">Beim Ausbaggern des alten Mühlgrabens an der Kernmühle ist Ende
Februar ein Mühlstein aufgetaucht, der seit Kriegsende als verschollen galt. Der Stein hat einen Durchmesser von
1,32 Metern und wiegt nach Schätzung der Baufirma gut eine Tonne.<br><br>Unser Mitglied Walter Schäfer erkannte den
Stein sofort an der eingemeißelten Jahreszahl 1861. Er soll gereinigt und im Sommer vor dem Mühlenmuseum
aufgestellt werden.</font>"""


def _table_page(head: str, content: str) -> str:
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>{head}</head>
<body bgcolor="#F5F0E1"><table width="780" align="center" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="bilder/kopf.jpg" alt="Heimat- und Geschichtsverein Lohmar-Wahlscheid e.V."></td></tr>
<tr>{TABLE_NAV}<td width="10">&nbsp;</td><td width="610" valign="top"><table width="600" cellpadding="4">
{content}
<tr><td><font face="Verdana" size="2"><a href="archiv2025.htm">Ältere Meldungen im Archiv 2025</a></font></td></tr>
</table></td></tr>
<tr><td colspan="3" align="center"><font face="Verdana" size="1">&copy; 2001-2026 Heimatverein |
Letzte Aktualisierung: 05.03.2026</font></td></tr></table></body></html>"""


TABLE_ARTICLE = f"""<tr><td><font face="Verdana" size="4" color="#663300"><b>Aktuelles aus dem Verein</b></font><br>
<hr size="1"></td></tr>
<tr><td><a name="2026-03"></a>
<font face="Georgia" size="4" color="#663300"><b>Mühlstein der Kernmühle nach 80 Jahren wiedergefunden</b></font><br>
<font face="Verdana" size="1" color="#808080">geschrieben am 3.3.2026 um 19:45 Uhr von Heinrich Brinkmann</font>
<br><br>{TABLE_ENTRY}<hr size="1"></td></tr>
<tr><td><font face="Georgia" size="3" color="#663300"><b>Neue Ausgabe der Schriftenreihe erschienen</b></font><br>
<font face="Verdana" size="1" color="#808080">geschrieben am 12.2.2026 um 10:12 Uhr von Ursula Haas</font><br><br>
<font face="Verdana" size="2">Heft 41 ist ab sofort für 8 Euro erhältlich. <a href="schriften.htm">mehr...</a></font>
</td></tr>"""


def test_a_table_layout_font_headline_with_its_date_line_under_it():
    """FrontPage/Dreamweaver table layouts (club, parish and local-history sites): no heading element, the
    headline a `<font size="4"><b>` line with the `geschrieben am …` line right under it."""
    page = _table_page(TABLE_HEAD, TABLE_ARTICLE)
    title = extract_article(page, "https://heimatverein.example/aktuelles.htm").title
    assert title == "Mühlstein der Kernmühle nach 80 Jahren wiedergefunden"


def test_a_display_line_with_no_date_under_it_is_no_headline():
    """Guard: the page's big `Aktuelles aus dem Verein` line has no date line under it, and the entries' lines
    are the size of the text: the <title> stays."""
    content = f"""<tr><td><font face="Verdana" size="4" color="#663300"><b>Aktuelles aus dem Verein</b></font><br>
<hr size="1"></td></tr>
<tr><td><b>Mühlstein der Kernmühle nach 80 Jahren wiedergefunden</b><br>{TABLE_ENTRY}</td></tr>"""
    page = _table_page(TABLE_HEAD, content)
    title = extract_article(page, "https://heimatverein.example/aktuelles.htm").title
    assert title == "Heimatverein Lohmar-Wahlscheid - Aktuelles"


def test_a_right_title_shown_in_the_text_beats_a_bigger_dated_sidebar_line():
    """Guard: the <title> is the headline and the page shows it (a size-3 line); a size-5 line with a date under
    it in the side column (the next event) does not replace it."""
    sidebar_event = """<tr><td><font face="Verdana" size="5"><b>Tag der offenen Mühle am Sonntag</b></font><br>
<font size="1">So. 19.04.2026, 11 Uhr</font></td></tr>"""
    content = f"""{sidebar_event}
<tr><td><font face="Georgia" size="3"><b>Mühlstein der Kernmühle nach 80 Jahren wiedergefunden</b></font><br>
{TABLE_ENTRY}</td></tr>"""
    head = TABLE_HEAD.replace(
        "<title>Heimatverein Lohmar-Wahlscheid - Aktuelles</title>",
        "<title>Mühlstein der Kernmühle nach 80 Jahren wiedergefunden</title>",
    )
    page = _table_page(head, content)
    title = extract_article(page, "https://heimatverein.example/muehlstein.htm").title
    assert title == "Mühlstein der Kernmühle nach 80 Jahren wiedergefunden"


PORTAL_HEAD = """<title>Portal Resmi Kabupaten Blorasari</title>
<meta name="description" content="Website Resmi Pemerintah Kabupaten Blorasari">"""

PORTAL_NAV = """<nav class="navbar navbar-default"><div class="container"><a class="navbar-brand" href="/">
<img src="/assets/logo.png" alt="Kabupaten Blorasari"> <span>PEMERINTAH KABUPATEN BLORASARI</span></a>
<ul class="nav navbar-nav"><li><a href="/">BERANDA</a></li><li class="active"><a href="/berita">BERITA</a></li>
<li><a href="/galeri">GALERI</a></li></ul></div></nav>
<div class="page-banner"><div class="container"><h2>Berita</h2></div></div>"""

PORTAL_ASIDE = """<div class="col-md-4"><div class="panel"><div class="panel-heading">Pengumuman</div>
<ul><li><a href="/pengumuman/jpt">Pengumuman Hasil Seleksi Administrasi JPT Pratama</a> <small>25 Jan 2026</small>
</li></ul></div></div>"""

PORTAL_BODY = """<p>BLORASARI – Pemerintah Kabupaten Blorasari melalui Dinas Kesehatan meluncurkan layanan cek kesehatan
gratis keliling yang menyasar warga di desa-desa terpencil, Selasa (27/1/2026).</p>
<p>Peluncuran ditandai dengan pelepasan tiga unit mobil puskesmas keliling oleh Wakil Bupati di halaman Pendopo
Kabupaten. Layanan keliling menyasar 42 desa yang jaraknya lebih dari 10 kilometer dari puskesmas.</p>
<p>Reporter: Lukman Hakim</p>"""


def test_a_portal_h3_headline_with_its_date_line_under_a_banner_h2():
    """Indonesian kabupaten portals (CodeIgniter/Laravel, Bootstrap 3): generic <title>, the section's name as an
    <h2> banner, the headline an <h3 class="judul-berita"> with the posting line under it."""
    article = f"""<div class="container"><div class="row"><div class="col-md-8"><div class="detail-berita">
<h3 class="judul-berita">Layanan Cek Kesehatan Gratis Keliling Sasar 42 Desa Terpencil</h3>
<p class="info-berita"><i class="fa fa-user"></i> Diposting oleh: admin | <i class="fa fa-calendar"></i> 27 Jan 2026
- 15:28 | Dilihat: 312 kali</p><div class="isi-berita">{PORTAL_BODY}</div></div></div>{PORTAL_ASIDE}</div></div>"""
    page = _page(PORTAL_HEAD, article, lang="id", nav=PORTAL_NAV, aside="")
    title = extract_article(page, "https://blorasari.example/berita/detail/1832/layanan-ckg").title
    assert title == "Layanan Cek Kesehatan Gratis Keliling Sasar 42 Desa Terpencil"


def test_an_archive_pages_first_linked_teaser_is_no_headline():
    """Guard: the portal's news list (teaser headings linking to their stories, a date under each): no story's
    headline is the page's."""
    teasers = "".join(
        f"""<div class="media"><h3 class="judul-berita"><a href="/berita/detail/{n}/x">{text}</a></h3>
<p class="info-berita">{day} Jan 2026 - 10:02</p><p>Ringkasan berita singkat untuk daftar berita portal.</p></div>"""
        for n, text, day in (
            (1832, "Layanan Cek Kesehatan Gratis Keliling Sasar 42 Desa Terpencil", 27),
            (1831, "Bupati Serahkan SK PPPK Paruh Waktu kepada 1.204 Pegawai", 26),
        )
    )
    article = f'<div class="container"><div class="col-md-8 list-berita">{teasers}</div>{PORTAL_ASIDE}</div>'
    page = _page(PORTAL_HEAD, article, lang="id", nav=PORTAL_NAV, aside="")
    assert (
        extract_article(page, "https://blorasari.example/berita").title == "Portal Resmi Kabupaten Blorasari"
    )


def test_a_commenters_heading_over_its_date_is_no_headline():
    """Guard: a blog page with a generic <title>, no heading of the article's own, and comments whose authors are
    <h3>s over their dates (`Maria Schmidt schreibt:` / `3. März 2026 um 10:00`): the <title> stays."""
    comments = """<div id="comments" class="comments-area"><ol class="comment-list">
<li class="comment"><h3>Maria Schmidt schreibt:</h3><p>3. März 2026 um 10:00</p><p>Ein sehr schöner Bericht über den
Mühlstein und die Kernmühle, vielen Dank an alle Helfer für die viele Arbeit am Wochenende und die Fotos. Wir
kommen gern zur Aufstellung im Sommer und bringen die Enkel mit, die sich sehr für die alten Mühlen interessieren,
seit sie im Herbst mit der Schule im Mühlenmuseum waren und dort Mehl gemahlen haben.</p></li></ol></div>"""
    article = f"""<div class="post"><p><b>Aus dem Vereinsleben</b></p>{BODY_DE}</div>{comments}"""
    page = _page("<title>Heimatverein Wahlscheid – Blog</title>", article, aside="")
    assert (
        extract_article(page, "https://heimatverein.example/blog/?p=41").title
        == "Heimatverein Wahlscheid – Blog"
    )


def test_a_big_dated_line_in_a_short_box_is_no_headline():
    """Guard: the side column's next event (a size-4 line over its date, a few words under it) on a page whose
    entries are set in text size: the <title> stays."""
    content = f"""<tr><td><font face="Verdana" size="4"><b>Tag der offenen Mühle am Sonntag</b></font><br>
<font size="1">So. 19.04.2026, 11 Uhr</font><br><font size="2">Treffpunkt Mühlenmuseum.</font></td></tr>
<tr><td><b>Mühlstein der Kernmühle nach 80 Jahren wiedergefunden</b><br>{TABLE_ENTRY}</td></tr>"""
    page = _table_page(TABLE_HEAD, content)
    title = extract_article(page, "https://heimatverein.example/aktuelles.htm").title
    assert title == "Heimatverein Lohmar-Wahlscheid - Aktuelles"


def test_a_latest_news_widget_heading_over_todays_date_is_no_headline():
    """Guard: a portal's `Berita Terbaru Hari Ini` widget (an <h3> over today's date, then linked teasers) sits
    before the article's own <h3> with its posting line: the article's heading is the headline."""
    teasers = "".join(
        f'<li><a href="/berita/detail/{n}/x">{text} dan warga desa menyambut baik program pemerintah daerah</a></li>'
        for n, text in ((1830, "Festival Tayub Blorasari Digelar"), (1829, "Pemkab Salurkan Bantuan Rumah"))
    )
    widget = f"""<div class="col-md-3"><div class="widget-berita"><h3>Berita Terbaru Hari Ini</h3>
<p class="tanggal">Selasa, 27 Januari 2026</p><ul>{teasers}{teasers}</ul></div></div>"""
    article = f"""<div class="container"><div class="row">{widget}<div class="col-md-9"><div class="detail-berita">
<h3 class="judul-berita">Layanan Cek Kesehatan Gratis Keliling Sasar 42 Desa Terpencil</h3>
<p class="info-berita">Diposting oleh: admin | 27 Jan 2026 - 15:28</p>
<div class="isi-berita">{PORTAL_BODY}</div></div></div></div></div>"""
    page = _page(PORTAL_HEAD, article, lang="id", nav=PORTAL_NAV, aside="")
    title = extract_article(page, "https://blorasari.example/berita/detail/1832/layanan-ckg").title
    assert title == "Layanan Cek Kesehatan Gratis Keliling Sasar 42 Desa Terpencil"


def test_a_press_archive_under_a_site_name_og_title_takes_no_teaser():
    """Guard: the museum's press archive (og:title the site's name, <title> `Presse | …`, linked teaser <h2>s
    over their dates, no <h1>): no teaser's headline becomes the page's title."""
    teasers = "".join(
        f"""<div class="teaser"><h2><a href="/presse/{slug}">{text}</a></h2><p class="date">{day}.02.2026</p>
<p>{BODY_DE[3:200]}</p></div>"""
        for slug, text, day in (
            ("lichtspiele", "Neue Sonderausstellung zur Kinogeschichte ab 14. März", 24),
            ("jahresbilanz", "Besucherrekord: 112.000 Gäste im Jahr 2025", 2),
        )
    )
    page = _page(
        """<title>Presse | Stadtmuseum Kassel-Wilhelmshöhe</title>
<meta property="og:title" content="Stadtmuseum Kassel-Wilhelmshöhe">""",
        f'<section class="press-list">{teasers}</section>',
    )
    title = extract_article(page, "https://museum.example/presse").title
    assert title not in {
        "Neue Sonderausstellung zur Kinogeschichte ab 14. März",
        "Besucherrekord: 112.000 Gäste im Jahr 2025",
    }
