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
