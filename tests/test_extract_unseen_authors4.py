"""Authors on outlets nobody on the project tuned for (#10), fourth round: byline boxes named in the page's own
language, and credit lines under other stories' teasers. Each test serves a whole page (head metadata and JSON-LD,
navigation, the article, related stories, a sidebar, comments, footer) and names the sites its mechanism was seen
on."""

from __future__ import annotations

import json

from telisik.extract import extract_article

GERMAN = [
    "Der Stadtrat hat am Dienstagabend nach langer Debatte beschlossen, die Sanierung der alten Rheinbrücke "
    "um zwei Jahre vorzuziehen und dafür zusätzliche Mittel aus dem Haushalt bereitzustellen.",
    "Die Verwaltung hatte zuvor ein Gutachten vorgelegt, nach dem mehrere Träger der Brücke stärker beschädigt "
    "sind als bisher angenommen und die zulässige Last für Lastwagen gesenkt werden muss.",
    "Anwohner der angrenzenden Viertel befürchten während der Bauzeit lange Umwege und mehr Verkehr in den "
    "Wohnstraßen, die Stadt will deshalb einen Ersatzverkehr mit Bussen und Fähren einrichten.",
    "Die Arbeiten sollen im kommenden Frühjahr beginnen und nach den bisherigen Planungen etwa drei Jahre "
    "dauern, wobei die Brücke für Fußgänger und Radfahrer die ganze Zeit offen bleiben soll.",
]
GERMAN_HEADLINE = "Stadtrat zieht Sanierung der Rheinbrücke vor"


def german_text() -> str:
    return "".join(f"<p>{p}</p>" for p in GERMAN)


def german_page(article: str) -> str:
    """A whole page of a German regional paper: metadata without an author, menu, the article, related
    stories, a sidebar, comments and a footer."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": GERMAN_HEADLINE,
        "datePublished": "2024-03-12T18:30:00+01:00",
        "publisher": {"@type": "Organization", "name": "Rheinische Zeitung"},
    }
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{GERMAN_HEADLINE} | Rheinische Zeitung</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="og:title" content="{GERMAN_HEADLINE}">
<meta property="og:site_name" content="Rheinische Zeitung">
<meta name="description" content="Die Sanierung der Rheinbrücke beginnt früher als geplant.">
<script type="application/ld+json">{json.dumps(data)}</script>
</head>
<body>
<header class="site-header"><a class="logo" href="/">Rheinische Zeitung</a>
<nav class="main-nav"><ul><li><a href="/lokales">Lokales</a></li><li><a href="/politik">Politik</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/kultur">Kultur</a></li></ul></nav></header>
<main class="content">
{article}
<section class="related"><h3>Mehr zum Thema</h3><ul>
<li><a href="/lokales/radweg-am-ufer-wird-verbreitert-1234">Radweg am Ufer wird verbreitert</a></li>
<li><a href="/lokales/neue-buslinie-ab-april-1235">Neue Buslinie ab April</a></li></ul></section>
</main>
<aside class="sidebar"><div class="widget"><h3>Meistgelesen</h3><ol>
<li><a href="/lokales/hochwasser-1236">Hochwasser erreicht die Altstadt</a></li>
<li><a href="/sport/derby-1237">Derby endet unentschieden</a></li></ol></div></aside>
<section class="comments"><h3>Kommentare</h3>
<div class="comment"><b>Klaus Becker</b> <p>Das hätte man schon vor Jahren machen sollen.</p></div>
<div class="comment"><b>Petra Lang</b> <p>Hoffentlich bleibt der Radweg offen.</p></div></section>
<footer class="site-footer"><p>© 2024 Rheinische Zeitung</p>
<ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li></ul></footer>
</body>
</html>"""


def test_a_byline_box_classed_autorenzeile_names_the_author() -> None:
    """tagesschau.de (`autorenzeile`), DW and German regional papers (`autor`), Spanish and Polish CMSes
    (`autor`), French ones (`auteur`) class their byline boxes in their own language; with no author in the
    metadata the box is the only credit."""
    article = f"""<article class="story"><h1>{GERMAN_HEADLINE}</h1>
<div class="meta-box"><span class="autorenzeile">Lena Hoffmann</span>
<time datetime="2024-03-12T18:30:00+01:00">12.03.2024, 18:30 Uhr</time></div>
<div class="story-text">{german_text()}</div></article>"""
    result = extract_article(german_page(article), "https://rheinische.example/lokales/rheinbruecke-1233")
    assert result.authors == ["Lena Hoffmann"]


def test_a_byline_box_classed_autor_names_the_author() -> None:
    """The bare `autor` class (DW, many German regional papers; Spanish and Polish templates)."""
    article = f"""<article class="story"><h1>{GERMAN_HEADLINE}</h1>
<p class="article-autor">Jonas Weber</p>
<div class="story-text">{german_text()}</div></article>"""
    result = extract_article(german_page(article), "https://rheinische.example/lokales/rheinbruecke-1233")
    assert result.authors == ["Jonas Weber"]


def test_a_class_merely_containing_autor_is_no_byline_box() -> None:
    """Whole words only: `autoritaet` (an authority's box) holds a name that wrote nothing here."""
    article = f"""<article class="story"><h1>{GERMAN_HEADLINE}</h1>
<p class="autoritaet-info">Jonas Weber</p>
<div class="story-text">{german_text()}</div></article>"""
    result = extract_article(german_page(article), "https://rheinische.example/lokales/rheinbruecke-1233")
    assert result.authors == []
