"""Body recall rules for layouts nobody on the project has tuned for (#10, body class 11: text of the article
dropped on unseen pages). Each test serves a complete page (head metadata and JSON-LD, navigation, sidebar,
related links, comments, footer) of one page shape and checks the text a rule keeps, and the boilerplate it
still leaves out."""

from __future__ import annotations

from telisik.extract import extract_article


def _blog_page(article: str, *, title: str, lang: str = "de") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} – Notizen aus dem Garten</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{title}">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Notizen aus dem Garten">
<meta property="article:published_time" content="2021-05-14T09:30:00+02:00">
<link rel="canonical" href="https://gartennotizen.example.de/2021/05/14/beitrag/">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "BlogPosting", "headline": "{title}",
 "datePublished": "2021-05-14T09:30:00+02:00", "author": {{"@type": "Person", "name": "Hanna Beispiel"}},
 "publisher": {{"@type": "Organization", "name": "Notizen aus dem Garten"}}}}
</script>
</head>
<body class="post-template-default single single-post">
<header class="site-header">
  <a class="site-title" href="/">Notizen aus dem Garten</a>
  <nav class="main-navigation"><ul>
    <li><a href="/gemuese/">Gemüse</a></li><li><a href="/obst/">Obst</a></li>
    <li><a href="/werkzeug/">Werkzeug</a></li><li><a href="/ueber-mich/">Über mich</a></li>
  </ul></nav>
</header>
<div class="site-content container">
 <div class="content-area col-sm-8">
  <article class="post type-post status-publish hentry">
   <header class="entry-header">
     <h1 class="entry-title">{title}</h1>
     <div class="entry-meta">Von <a href="/author/hanna/">Hanna Beispiel</a> · 14. Mai 2021</div>
   </header>
   <div class="entry-content clearfix">
{article}
   </div>
   <footer class="entry-footer"><a href="/tag/garten/" rel="tag">Garten</a> <a href="/tag/beet/" rel="tag">Beet</a></footer>
  </article>
  <div class="comments-area" id="comments">
   <h3 class="comments-title">2 Kommentare</h3>
   <ol class="comment-list">
    <li class="comment"><div class="comment-content"><p>Danke für die ausführliche Anleitung, das probiere ich
      am Wochenende im eigenen Hochbeet gleich einmal aus.</p></div></li>
    <li class="comment"><div class="comment-content"><p>Bei mir sind die Schnecken leider schneller als jede
      Pflanze, hast du dafür auch einen Tipp, der ohne Gift auskommt?</p></div></li>
   </ol>
  </div>
 </div>
 <aside class="widget-area sidebar col-sm-4">
  <section class="widget"><h3>Neueste Beiträge</h3><ul>
   <li><a href="/2021/05/01/tomaten/">Tomaten richtig ausgeizen: so geht es</a></li>
   <li><a href="/2021/04/20/kompost/">Kompost im Frühjahr umsetzen und sieben</a></li>
  </ul></section>
  <section class="widget"><h3>Related posts</h3><ul>
   <li><a href="/2021/03/11/saatgut/">Saatgut selbst gewinnen und lagern</a></li>
  </ul></section>
 </aside>
</div>
<footer class="site-footer"><p>© 2021 Notizen aus dem Garten · <a href="/impressum/">Impressum</a> ·
 <a href="/datenschutz/">Datenschutz</a></p></footer>
</body>
</html>"""


def test_paragraph_with_an_inline_image_is_prose_not_a_caption():
    """Blogs and school pages put a small picture at the start of a paragraph (`<p><img class="alignleft">
    text</p>`, `<li><img> exercise</li>`): the paragraph is article text, not the picture's caption. Seen on
    journal.3960.org, lady50plus.de, lernpfadprismen.wordpress.com, thw.de, dw.com, focus.de, snopes.com.
    A real caption (the short text of a `wp-caption` block) stays out."""
    article = """
<p>Ein Hochbeet lohnt sich auch auf kleinem Raum, wenn man es richtig befüllt und die Schichten in der
 richtigen Reihenfolge einbringt, denn sonst sackt die Erde schon im ersten Sommer ab.</p>
<p><img class="alignleft size-thumbnail" src="/wp-content/uploads/hochbeet-schichten.jpg" width="150" height="150"
 alt="Schichten">Ganz unten liegen grobe Äste und Zweige, darüber kommt eine Lage umgedrehter Grassoden und dann
 halb verrotteter Kompost, bevor zuletzt die feine Pflanzerde aufgefüllt wird.</p>
<div class="wp-caption aligncenter"><img src="/wp-content/uploads/hochbeet-fertig.jpg" width="600" height="400"
 alt=""><p class="wp-caption-text">Das fertige Hochbeet im Mai</p></div>
<p>Wer die Schichten so aufbaut, hat einige Jahre lang ein Beet, das sich von unten her selbst mit Nährstoffen
 versorgt und im Frühjahr schneller warm wird als der Boden im übrigen Garten.</p>
<ol>
 <li><img class="wp-image-88" src="/wp-content/uploads/aufgabe-1.png" width="220" height="90" alt="">Berechne,
  wie viel Liter Erde ein Hochbeet mit 2 m Länge, 1 m Breite und 0,4 m Höhe fasst. Lösung: 800 Liter</li>
 <li><img class="wp-image-89" src="/wp-content/uploads/aufgabe-2.png" width="220" height="90" alt="">Wie viele
  Säcke mit je 40 Litern Pflanzerde braucht man für die oberste Schicht von 20 cm? Lösung: 10 Säcke</li>
</ol>
<p>Im nächsten Beitrag zeige ich, welche Gemüsesorten im ersten Jahr besonders gut in ein frisch befülltes
 Hochbeet passen und welche man besser erst im zweiten Jahr pflanzt.</p>
"""
    article_text = extract_article(
        _blog_page(article, title="Ein Hochbeet richtig befüllen"),
        url="https://gartennotizen.example.de/2021/05/14/beitrag/",
    )
    body = article_text.body
    assert "Ganz unten liegen grobe Äste und Zweige" in body
    assert "Lösung: 800 Liter" in body
    assert "Lösung: 10 Säcke" in body
    assert "Ein Hochbeet lohnt sich auch auf kleinem Raum" in body
    assert "Das fertige Hochbeet im Mai" not in body
    assert "Schnecken" not in body
    assert "Saatgut selbst gewinnen" not in body


def _info_page(main: str, *, title: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{title} | Verein Offene Werke</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="So funktionieren freie Lizenzen: die Bausteine, die Kombinationen und was sie erlauben.">
<meta property="og:type" content="website">
<meta property="og:title" content="{title}">
<link rel="canonical" href="https://offene-werke.example.ch/wie-funktionierts/">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "WebPage", "name": "{title}",
 "publisher": {{"@type": "Organization", "name": "Verein Offene Werke"}}}}
</script>
</head>
<body class="page-template-default page">
<header class="site-header">
  <a class="brand" href="/">Verein Offene Werke</a>
  <nav class="primary-menu"><ul>
    <li><a href="/ueber-uns/">Über uns</a></li><li><a href="/wie-funktionierts/">Wie funktioniert's?</a></li>
    <li><a href="/lizenz-waehlen/">Lizenz wählen</a></li><li><a href="/kontakt/">Kontakt</a></li>
  </ul></nav>
</header>
<main class="site-main">
{main}
</main>
<aside class="sidebar">
  <h3>Aktuelles</h3>
  <ul><li><a href="/news/generalversammlung/">Einladung zur Generalversammlung im Juni</a></li>
  <li><a href="/news/workshop/">Workshop: freie Lizenzen für Schulen und Bibliotheken</a></li></ul>
</aside>
<div class="newsletter-box"><p>Abonniere unseren Newsletter und erhalte alle zwei Monate die Neuigkeiten
 des Vereins.</p><form><input type="email"><button>Anmelden</button></form></div>
<footer class="site-footer"><p>© Verein Offene Werke · <a href="/impressum/">Impressum</a> ·
 <a href="/datenschutz/">Datenschutz</a></p></footer>
</body>
</html>"""


def _section(number: int, width: str, module: str, inner: str) -> str:
    """One section of a page builder: section > row > column > module, then an image column beside it."""
    return f"""<section class="pb-section pb-section--{number}">
 <div class="pb-row pb-row--{number}">
  <div class="pb-col pb-col--{width}">
   <div class="pb-module pb-{module} pb-{module}--{number}"><div class="pb-{module}__inner">{inner}</div></div>
  </div>
  <div class="pb-col pb-col--quarter pb-col--last"><div class="pb-module pb-image"><img src="/static/bild-{number}.jpg" alt=""></div></div>
 </div>
</section>"""


def _builder_page() -> str:
    sections = [
        _section(
            0,
            "three-quarters",
            "text",
            "<h2>Namensnennung</h2><p>Wer ein Werk verwendet, nennt den Namen der Urheberin, den Titel, die "
            "Quelle und die Lizenz. Das geschieht so, wie es für das Medium üblich ist, in dem das Werk "
            "erscheint, also etwa im Abspann eines Films, in der Bildunterschrift eines Fotos oder direkt neben "
            "dem Text. Fehlt eine dieser Angaben, ist die Nutzung nicht von der Lizenz gedeckt, und die Urheberin "
            "kann verlangen, dass die Angaben ergänzt werden oder das Werk entfernt wird.</p>",
        ),
        _section(
            1,
            "half",
            "blurb",
            "<h3>Nicht kommerziell</h3><p>Das Werk darf nicht für Zwecke verwendet werden, die vorrangig auf "
            "einen geschäftlichen Vorteil oder eine Vergütung abzielen.</p><ul><li>Der durchgestrichene Dollar "
            "bedeutet, dass eine Verwendung zu kommerziellen Zwecken nicht erlaubt ist.</li><li>Wer das Werk "
            "gewerblich nutzen will, fragt die Urheberin vorher um Erlaubnis und vereinbart eine Vergütung.</li></ul>",
        ),
        _section(
            2,
            "two-thirds",
            "toggle",
            "<h3>Keine Bearbeitung</h3><p>Das Werk darf nur unverändert weitergegeben werden. Wer es bearbeitet "
            "oder übersetzt, braucht dafür die ausdrückliche Erlaubnis der Urheberin. Auch ein Ausschnitt gilt als "
            "Bearbeitung, wenn er den Sinn des Werks verändert. Die Erlaubnis lässt sich jederzeit schriftlich "
            "einholen.</p>",
        ),
        _section(
            3,
            "third",
            "cta",
            "<h3>Gleiche Bedingungen</h3><p>Wer das Werk bearbeitet und das Ergebnis veröffentlicht, muss es "
            "unter derselben Lizenz weitergeben. So bleibt auch die Bearbeitung für alle frei nutzbar. Diese "
            "Bedingung sorgt dafür, dass freie Werke nicht in geschlossene Sammlungen wandern. Sie gilt für jede "
            "weitere Fassung.</p>",
        ),
        _section(
            4,
            "half",
            "accordion",
            "<h3>Public Domain</h3><p>Mit dem Verzicht auf alle Rechte wird ein Werk gemeinfrei. Es darf dann "
            "ohne jede Bedingung genutzt, verändert und verbreitet werden, auch kommerziell. Nicht in jedem Land "
            "ist ein solcher Verzicht rechtlich möglich. Dort gilt die Erklärung als einfache Lizenz ohne "
            "Bedingungen.</p>",
        ),
    ]
    main = f"""<div class="page-intro"><h1>Wie funktioniert's?</h1></div>
<div class="pb-wrapper"><div class="pb-layout"><div class="pb-inner">
{"".join(sections)}
</div></div></div>"""
    return _info_page(main, title="Wie funktioniert's?")


def test_short_winner_widens_to_the_page_builder_sections():
    """Page builders (Divi, Jimdo, Elementor-style grids) and listing pages set each text section in a
    section > row > column > module stack of its own, with module classes that differ by kind (text, blurb,
    toggle); the scores pick one column and the other sections, cousins several levels
    away, were lost. Seen on creativecommons.ch (licence modules), markeich.de (imprint blocks), travanto.de
    (holiday home description and FAQ boxes). The ancestor that holds three times the short winner's text as
    prose, with almost no links, is the text; the sidebar, newsletter box and footer still stay out."""
    body = extract_article(_builder_page(), url="https://offene-werke.example.ch/wie-funktionierts/").body
    assert "Wer ein Werk verwendet, nennt den Namen der Urheberin" in body
    assert "Der durchgestrichene Dollar bedeutet" in body
    assert "Das Werk darf nur unverändert weitergegeben werden" in body
    assert "So bleibt auch die Bearbeitung für alle frei nutzbar" in body
    assert "Mit dem Verzicht auf alle Rechte" in body
    assert "Generalversammlung" not in body
    assert "Abonniere unseren Newsletter" not in body
    assert "Datenschutz" not in body
