"""A post's own edge lines when it is written as a letter (#10, session 16).

Blind open-web pages (benchmarks/pages/web-kinds-14) showed the edge trimming cutting lines that belong to a post
written to its readers:

- a salutation with a pronoun or a superlative opening the text (`Ihr Lieben,`, `Meine Lieben,`, `My dear
  friends,`, `Carissimi parrocchiani,`, `Caríssimos amigos,`, `Kochani,`): personal blogs on Blogger and
  WordPress, parish and club letters on Joomla and TYPO3 write them as the plain salutations already kept;
- a possessive and a first name signing the post under its last paragraph (`Eure Franzi`, `Deine Anna`, `Votre
  Marie`, `Wasza Kasia`): kept only when the text opened with a salutation (both ends of the letter agree), never
  a heading or a list item;
- a recipe post's closing wish with its `!` (`Smacznego!`, `Guten Appetit!`, `Bon appétit !`) read as a letter's
  closing, so the signer under it (`Smacznego!<br><em>Kasia</em>`) stays: WordPress and Blogger food blogs.

Guards: a kicker or section label before a news story's text still goes (`Meine Stadt:`), a comment box's `Deine
Meinung` under a story that opened with no salutation goes, a letter's comment heading (`<h3>Eure Kommentare</h3>`)
goes, a bare `Guten Appetit` heading goes, a share label after a meal wish (`Guten Appetit! Teilen`) goes.
Each test serves a full page (head metadata, navigation, sidebar, comments, footer).
"""

from __future__ import annotations

from telisik.extract import extract_article

URL = "https://gartenglueck-franzi.blogspot.com/2011/03/unser-erstes-hochbeet.html"

GERMAN_PROSE = (
    "lange habe ich es angekündigt, jetzt ist es endlich fertig: unser erstes Hochbeet! Mein Mann hat drei "
    "Wochenenden lang gesägt und geschraubt, und ich habe Kaffee gekocht und Fotos gemacht.",
    "Weil mich so viele von euch nach der Füllung gefragt haben, schreibe ich heute mal alles auf, und ehrlich "
    "gesagt auch, was schiefgegangen ist, damit ihr es besser macht als ich.",
    "Unten liegt Hasendraht gegen Wühlmäuse, darauf kommen Äste vom Obstbaumschnitt, umgedrehte Grassoden, Laub, "
    "halbreifer Kompost und ganz oben gute Pflanzerde aus dem Gartencenter.",
    "Habt ihr auch ein Hochbeet? Was habt ihr für Erfahrungen gemacht? Ich freue mich über eure Tipps in den "
    "Kommentaren.",
)


def _blogger_page(post: str, *, lang: str = "de", after: str = "") -> str:
    """A Blogger item page (2011 template): blog header, post with footer, comments, sidebar widgets."""
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head>
<meta charset="utf-8">
<title>Gartenglück: Unser erstes Hochbeet</title>
<meta name="generator" content="Blogger">
<link rel="canonical" href="{URL}">
</head>
<body>
<div class="header-outer"><h1 class="title"><a href="/">Gartenglück</a></h1>
<p class="description">Gärtnern mit Kindern, Katzen und Kompost</p></div>
<div class="main-outer"><div class="main-inner">
<h2 class="date-header"><span>Sonntag, 13. März 2011</span></h2>
<div class="post hentry">
<h3 class="post-title entry-title">Unser erstes Hochbeet</h3>
<div class="post-body entry-content">
{post}
<div style="clear: both;"></div>
</div>
{after}
<div class="post-footer"><span class="post-author vcard">Eingestellt von <span class="fn">Franziska</span></span>
<span class="post-timestamp">um <abbr class="published" title="2011-03-13T15:27:00+01:00">15:27</abbr></span>
<span class="post-labels">Labels: <a href="/search/label/Hochbeet">Hochbeet</a></span></div>
</div>
<div class="comments" id="comments"><h4>6 Kommentare:</h4>
<dl><dt>Gabi hat gesagt…</dt><dd><p>Toll geworden! Wir haben unseres letztes Jahr gebaut und die Füllung genauso
gemacht, nur ohne Noppenfolie. Hält bisher wunderbar.</p></dd><dd class="comment-footer">14. März 2011 09:12</dd>
</dl></div>
</div></div>
<div class="sidebar"><h2>Über mich</h2><p>Franzi, zwei Kinder, ein Garten, zu wenig Zeit.</p>
<h2>Blog-Archiv</h2><ul><li><a href="/2011/03/">März (4)</a></li><li><a href="/2011/02/">Februar (6)</a></li></ul>
</div>
<div class="footer">Design by Blogger. Powered by Blogger.</div>
</body></html>"""


def _br_post(lines: list[str]) -> str:
    return "<br /><br />\n".join(lines)


def _body(html: str) -> list[str]:
    body = extract_article(html, url=URL).body or ""
    return [line for line in body.split("\n") if line.strip()]


def test_pronoun_salutation_and_possessive_signer_frame_a_blog_letter() -> None:
    post = (
        _br_post(["Ihr Lieben,", *GERMAN_PROSE])
        + '<br /><br />\n<span style="color: #38761d;"><i>Eure Franzi</i></span>'
    )
    lines = _body(_blogger_page(post))
    assert lines[0] == "Ihr Lieben,"
    assert lines[-1] == "Eure Franzi"


def test_superlative_salutation_opens_a_parish_letter() -> None:
    prose = (
        "anche quest’anno si avvicina la festa del nostro patrono San Donato, che celebreremo dal 17 al 19 ottobre. "
        "Sono giorni di gioia e di comunità, in cui tutto il paese si ritrova attorno alla chiesa e alla piazza.",
        "Quest’anno la festa avrà un sapore particolare: dopo i lavori di restauro, la statua del santo tornerà "
        "nella sua nicchia e la processione potrà di nuovo percorrere le vie del centro storico.",
        "Vi aspetto numerosi. Che San Donato protegga le nostre famiglie!",
    )
    article = "\n<div>&nbsp;</div>\n".join(
        f"<div>{text}</div>" for text in ("Carissimi parrocchiani,", *prose)
    )
    html = f"""<!DOCTYPE html>
<html lang="it-it"><head><meta charset="utf-8"><title>Festa di San Donato 2014 - Parrocchia San Donato</title>
<meta name="author" content="Super User"><meta name="generator" content="Joomla! - Open Source Content Management">
</head><body class="site com_content view-article">
<header class="header"><a class="brand" href="/">Parrocchia San Donato</a></header>
<nav class="navigation"><ul class="nav menu"><li><a href="/">Home</a></li><li><a href="/notiziario">Notiziario</a></li>
<li><a href="/orari">Orari delle messe</a></li></ul></nav>
<main id="content"><div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">Festa di San Donato 2014</h2></div>
<dl class="article-info muted"><dd class="published"><time datetime="2014-10-06T08:12:40+00:00"
itemprop="datePublished">Pubblicato: 06 Ottobre 2014</time></dd></dl>
<div itemprop="articleBody">
{article}
</div>
<ul class="pager pagenav"><li class="previous"><a href="/notiziario/141" rel="prev">Indietro</a></li></ul>
</div></main>
<div id="aside"><h3>Orari delle messe</h3><ul><li>Sabato ore 18.00</li><li>Domenica ore 8.30 e 11.00</li></ul></div>
<footer class="footer">© 2014 Parrocchia San Donato</footer>
</body></html>"""
    lines = [
        line
        for line in (extract_article(html, url="https://www.example.it/notiziario/142").body or "").split(
            "\n"
        )
        if line.strip()
    ]
    assert lines[0] == "Carissimi parrocchiani,"


def test_recipe_wish_keeps_its_signer() -> None:
    prose = (
        "Są takie smaki, które od razu przenoszą mnie do kuchni babci Heleny. Pierogi z kaszą gryczaną i twarogiem "
        "to jeden z nich, babcia lepiła je w każdą sobotę.",
        "Długo nie mogłam odtworzyć tego smaku. Dopiero gdy mama znalazła zeszyt z przepisami babci, okazało się, "
        "że sekretem jest odrobina mięty w farszu.",
        "Pierogi świetnie się mrożą – ja zamrażam je na tacce, a dopiero potem przekładam do woreczka, żeby się nie "
        "posklejały.",
    )
    html = _wordpress_recipe_page(
        "".join(f"<p>{text}</p>\n" for text in prose) + "<p>Smacznego!<br />\n<em>Kasia</em></p>"
    )
    lines = _body(html)
    assert lines[-1] in ("Smacznego! Kasia", "Kasia")


def _wordpress_recipe_page(content: str) -> str:
    """A Twenty Sixteen single post of a food blog with Jetpack sharing, comments and widgets."""
    return f"""<!DOCTYPE html>
<html lang="pl-PL"><head><meta charset="UTF-8"><title>Pierogi babci Heleny – Kuchnia Kasi</title>
<meta property="og:type" content="article"><meta property="og:title" content="Pierogi babci Heleny">
<meta property="article:published_time" content="2016-02-21T18:40:12+00:00">
</head><body class="post-template-default single single-post">
<header id="masthead" class="site-header"><p class="site-title"><a href="/">Kuchnia Kasi</a></p>
<nav class="main-navigation"><ul><li><a href="/przepisy/">Przepisy</a></li><li><a href="/o-mnie/">O mnie</a></li></ul></nav>
</header>
<main id="main" class="site-main"><article class="post type-post hentry">
<header class="entry-header"><h1 class="entry-title">Pierogi babci Heleny</h1></header>
<div class="entry-content">
{content}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Udostępnij:</h3><ul><li><a href="#">Facebook</a></li>
<li><a href="#">Pinterest</a></li></ul></div>
</div>
<footer class="entry-footer"><span class="byline">Autor <a href="/author/kasia/">Katarzyna Wójcik</a></span>
<span class="posted-on">Opublikowano <time class="entry-date published" datetime="2016-02-21T18:40:12+00:00">21 lutego
2016</time></span></footer>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">5 komentarzy</h2><ol class="comment-list">
<li class="comment"><p>Robiłam wczoraj, wyszły przepyszne! Dziękuję za przepis, mięta to strzał w dziesiątkę.</p></li>
</ol></div></main>
<aside class="widget-area"><section class="widget"><h2 class="widget-title">O mnie</h2><p>Kasia, mama dwójki,
gotuje od zawsze.</p></section></aside>
<footer class="site-footer">Dumnie wspierane przez WordPress</footer>
</body></html>"""


# --- must not fire ---


def test_section_label_before_a_story_still_goes() -> None:
    post = _br_post(["Meine Stadt:", *GERMAN_PROSE])
    assert _body(_blogger_page(post))[0].startswith("lange habe ich")


def test_possessive_line_without_a_salutation_goes() -> None:
    post = _br_post(list(GERMAN_PROSE)) + "<br /><br />\nDeine Meinung"
    assert _body(_blogger_page(post))[-1].startswith("Habt ihr auch")


def test_comment_heading_after_a_letter_goes() -> None:
    post = _br_post(["Ihr Lieben,", *GERMAN_PROSE])
    lines = _body(_blogger_page(post, after="<h3>Eure Kommentare</h3>"))
    assert lines[0] == "Ihr Lieben,"
    assert "Eure Kommentare" not in lines


def test_bare_meal_heading_after_a_recipe_goes() -> None:
    prose = "".join(f"<p>{text}</p>\n" for text in GERMAN_PROSE[1:])
    lines = _body(_wordpress_recipe_page(prose + "<p>Guten Appetit</p>\n<p>Anna</p>"))
    assert lines[-1].startswith("Habt ihr auch")


def test_share_label_after_a_meal_wish_goes() -> None:
    prose = "".join(f"<p>{text}</p>\n" for text in GERMAN_PROSE[1:])
    lines = _body(_wordpress_recipe_page(prose + "<p>Guten Appetit! Teilen</p>"))
    assert lines[-1].startswith("Habt ihr auch")
