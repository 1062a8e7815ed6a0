"""Authors on CMS families outside every corpus (#10), from the misses of benchmarks/pages/cms-shapes: a credit
label with no colon glued before the name, a bracketed post (place and role) after the names, and the byline in
the meta row a CMS classes `footer` under the title. Each test serves a whole page (head metadata, navigation,
the article, related stories with their own credits, comments, footer) and checks who wrote it; each names the
sites its mechanism was seen on, and the must-not-fire pages keep what the rule must leave alone."""

from __future__ import annotations

from telisik.extract import extract_article

TEXT = [
    "The city council approved the plan on Tuesday evening after a debate that lasted more than four hours and "
    "drew residents from every district of the old town to the public gallery.",
    "Under the plan, the riverside road will close to through traffic from June, and buses will run every ten "
    "minutes between the station and the new car park on the northern edge of the centre.",
    "Shopkeepers on the market square remain divided: some expect more visitors on foot, others fear that "
    "delivery vans will no longer reach their back doors before the morning rush.",
]


def paragraphs() -> str:
    return "".join(f"<p>{p}</p>" for p in TEXT)


def page(article: str, *, lang: str = "en", title: str = "Riverside road closes to through traffic") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} | Stadtblatt</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Stadtblatt">
<meta property="article:published_time" content="2026-02-10T13:35:00+00:00">
</head>
<body>
<header class="site-header"><a class="logo" href="/">Stadtblatt</a>
<nav class="main-menu"><ul><li><a href="/politiek">Politiek</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/cultuur">Cultuur</a></li></ul></nav></header>
<main class="container">
{article}
<section class="related"><h2>Related</h2><ul>
<li><a href="/news/bridge">Bridge repairs start in April</a> <span class="byline">By Tom Baker</span></li>
<li><a href="/news/market">Market moves to the harbour</a> <span class="byline">By Ruth Ellis</span></li>
</ul></section>
</main>
<aside class="sidebar"><div class="widget"><h3>Most read</h3><ol><li><a href="/news/zoo">Zoo gets a new
elephant house</a></li></ol></div></aside>
<section class="comments"><h3>Comments</h3><div class="comment"><b>Peter Miles</b><p>About time.</p></div>
</section>
<footer class="site-footer"><p>© 2026 Stadtblatt. All rights reserved.</p></footer>
</body>
</html>"""


def authors(html: str, url: str = "https://stadtblatt.example/news/riverside-road") -> list[str]:
    return extract_article(html, url=url).authors


# --- A credit label with no colon before the name ------------------------------------------------------------
# Drupal's inline field label (`field--label-inline`: the colon is drawn by the theme's CSS `::after`, core's
# field.css), Republik's `Text` role before the names, magazine credits `Text und Fotos Name`, `Testo Name`.


def drupal_node(label: str, name: str, lang: str) -> str:
    return page(
        f"""<article class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">Riverside road closes to through traffic</span></h1>
<div class="node__meta"><span class="field field--name-uid"><span>redactie</span></span>
<span class="field field--name-created">di 10/02/2026 - 14:35</span></div>
<div class="node__content"><div class="field field--name-body field__item">{paragraphs()}</div>
<div class="field field--name-field-auteur field--type-entity-reference field--label-inline clearfix">
<div class="field__label">{label}</div><div class="field__item">{name}</div></div>
<div class="field field--name-field-tags field--label-above"><h3 class="field__label">Tags</h3>
<ul class="links field__items"><li><a href="/tags/verkeer">verkeer</a></li></ul></div></div>
</article>""",
        lang=lang,
    )


def test_drupal_inline_label_tekst_is_not_part_of_the_name() -> None:
    assert authors(drupal_node("Tekst", "Pieter Claeys", "nl")) == ["Pieter Claeys"]


def test_drupal_inline_label_text_german() -> None:
    assert authors(drupal_node("Text", "Sabine Krüger", "de")) == ["Sabine Krüger"]


def test_text_and_photos_label_with_no_colon() -> None:
    html = page(
        f"""<article class="post"><h1 class="entry-title">Riverside road closes to through traffic</h1>
<div class="autor">Texto y fotos Ana García Ruiz</div>
<div class="entry-content">{paragraphs()}</div></article>""",
        lang="es",
    )
    assert authors(html) == ["Ana García Ruiz"]


def test_italian_testo_label() -> None:
    html = page(
        f"""<article class="articolo"><h1 class="titolo">Riverside road closes to through traffic</h1>
<div class="author">Testo <a href="/autori/marco-bellini">Marco Bellini</a></div>
<div class="testo">{paragraphs()}</div></article>""",
        lang="it",
    )
    assert authors(html) == ["Marco Bellini"]


def test_must_not_fire_a_surname_that_is_a_label_word() -> None:
    """`Text` as a surname after the first name stays: the label counts only where it opens the line."""
    html = page(
        f"""<article class="artikel"><h1>Riverside road closes to through traffic</h1>
<div class="byline">Von Maria Text</div><div class="artikel-text">{paragraphs()}</div></article>""",
        lang="de",
    )
    assert authors(html) == ["Maria Text"]


def test_must_not_fire_text_size_setting_beside_the_byline() -> None:
    html = page(
        f"""<article class="story"><h1>Riverside road closes to through traffic</h1>
<div class="story-meta"><span class="byline">By Jane Whitfield</span>
<div class="text-tools">Text Size <button>A-</button><button>A+</button></div></div>
<div class="story-body">{paragraphs()}</div></article>"""
    )
    assert authors(html) == ["Jane Whitfield"]


# --- A bracketed post after the names --------------------------------------------------------------------------
# Le Monde's Méthode output `Par A et B (Lyon, correspondant)`, German dailies' `(Kairo, Korrespondentin)`,
# Spanish `(Bruselas, corresponsal)`: the place is the writer's post, in an element of its own.


def test_methode_place_and_role_in_brackets_is_no_person() -> None:
    html = page(
        f"""<article class="article__content"><h1 class="article__title">Riverside road closes</h1>
<section class="article__meta meta meta__author"><span class="meta__date">Publié le 05 mars 2026 à 18h42</span>
<span class="author__detail">Par <a class="article__author-link" href="/signataires/julie-moreau/">
<span class="author__name">Julie Moreau</span></a> et <span class="author__name">Luc Renard</span>
<span class="author__desc">(Marseille, correspondant)</span></span></section>
{paragraphs()}</article>""",
        lang="fr",
        title="Riverside road closes",
    )
    assert authors(html) == ["Julie Moreau", "Luc Renard"]


def test_german_post_in_brackets_after_one_name() -> None:
    html = page(
        f"""<article class="article"><h1 class="article-title">Riverside road closes</h1>
<div class="article-author"><span class="author-name">Von Anna Schmidt</span>
<span class="author-role">(Kairo, Korrespondentin)</span></div>
<div class="article-body">{paragraphs()}</div></article>""",
        lang="de",
        title="Riverside road closes",
    )
    assert authors(html) == ["Anna Schmidt"]


def test_must_not_fire_a_bracketed_name_with_its_place() -> None:
    """`(Claire Martin, Marseille)`: the brackets hold the writer and the dateline, no post word."""
    html = page(
        f"""<article class="article"><h1 class="article-title">Riverside road closes</h1>
<div class="byline"><span class="author">(Claire Martin, Marseille)</span></div>
<div class="article-body">{paragraphs()}</div></article>""",
        lang="fr",
        title="Riverside road closes",
    )
    assert authors(html) == ["Claire Martin"]


# --- The byline in a `footer`-classed meta row under the title -----------------------------------------------
# TYPO3 EXT:news (georgringer/news Detail.html and List/Item.html): `<div class="header"><h3>` then `<div
# class="footer"><p>` date, category, `Von <span itemprop="name">`, on Austrian and German weeklies, towns and
# associations.


def typo3_news(author: str, page_footer: str = "") -> str:
    return page(
        f"""<div class="frame frame-type-header"><h1 class="element-header"><span>Aktuelles</span></h1></div>
<div class="frame frame-type-news_newsdetail"><div class="news news-single">
<div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="header"><h3 itemprop="headline">Riverside road closes to through traffic</h3></div>
<div class="footer"><p><span class="news-list-date"><time datetime="2026-02-03">03.02.2026</time></span>
<span class="news-list-category">Hallein</span>{author}</p></div>
<div class="teaser-text"><p>The road will be closed for eight months.</p></div>
<div class="news-text-wrap" itemprop="articleBody">{paragraphs()}</div>
<div class="news-related-wrap"><div class="news-related news-related-news"><h4>Related news</h4><ul>
<li><span class="news-related-news-date">01.02.2026</span><a href="/news/bruecke">Bridge repairs</a></li>
</ul></div></div></div></div></div>
<div class="frame"><h3>Meistgelesen</h3><div class="news-list-view"><div class="article articletype-0">
<div class="header"><h3><a href="/news/schule">Kuchl baut neue Volksschule</a></h3></div>
<div class="footer"><p><span class="news-list-date">28.01.2026</span>
<span class="news-list-author">Von <span itemprop="name">Georg Pichler</span></span></p></div></div></div></div>
{page_footer}""",
        lang="de-AT",
    )


def test_typo3_news_author_in_the_footer_meta_row() -> None:
    author = (
        '<span class="news-list-author" itemprop="author" itemscope="itemscope" '
        'itemtype="http://schema.org/Person">Von <span itemprop="name">Theresa Auer</span></span>'
    )
    assert authors(typo3_news(author)) == ["Theresa Auer"]


def test_typo3_news_author_without_microdata() -> None:
    assert authors(typo3_news('<span class="news-list-author">Von Markus Leitner</span>')) == [
        "Markus Leitner"
    ]


def test_must_not_fire_a_page_footer_credit_after_the_text() -> None:
    """No byline in the meta row: the list teaser's `Von` and a web designer credited in a page box classed
    `footer` after the text are no authors of this article."""
    footer = '<div class="footer"><span class="author">Webdesign Lukas Gruber</span></div>'
    assert authors(typo3_news("", page_footer=footer)) == []


# --- review guards (session 9): what the footer meta-row rule must leave alone ---------------------------------


def _short_page_with_footer(footer: str, *, meta_author: str = "") -> str:
    """A small site's video page (no <p> of prose before the page footer) whose footer box follows the box that
    holds the headline's box: the designer's, owner's or sponsor's name there is no writer."""
    meta = f'<meta name="author" content="{meta_author}">' if meta_author else ""
    return page(
        f"""{meta}<div id="content"><div class="header"><h1>Riverside road closes to through traffic</h1></div>
<div class="video"><iframe src="https://www.youtube.com/embed/x1y2z3"></iframe><p>Short report.</p></div></div>
{footer}"""
    )


def test_must_not_fire_a_site_footer_credit_after_the_headlines_section() -> None:
    for footer in (
        '<div id="footer" class="footer"><p class="site-credit">Website by Lukas Gruber</p></div>',
        '<div class="footer"><p>Medieninhaber und Herausgeber: <span class="author">Max Mustermann</span></p></div>',
    ):
        assert authors(_short_page_with_footer(footer)) == [], footer


def test_must_not_fire_an_ad_or_sponsor_row_beside_the_headline() -> None:
    row = (
        '<div class="footer"><div class="share-buttons"><a>Facebook</a><a>Twitter</a></div>'
        '<span class="ad-label">Anzeige</span><span class="author">Präsentiert von Hans Werbemann</span></div>'
    )
    html = page(
        f"""<div class="article"><div class="header"><h1>Riverside road closes to through traffic</h1></div>
{row}<div class="text">{paragraphs()}</div></div>""",
        lang="de",
    )
    assert authors(html) == []
