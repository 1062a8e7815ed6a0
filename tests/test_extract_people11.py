"""Writers on web pages of kinds nobody tuned for (#10, eleventh round: the web-kinds-de and web-kinds-world
sets' author misses). What each rule is for:

- A. Titles and degrees are no part of a name (bylines.py): Austrian and German health portals, universities and
  think tanks print `Mag.`, `MMag.`, `Dr. med.`, `Univ.-Prof.`, `Dipl.-Ing.`, `DI`, `PD`; Dutch sites `drs.`,
  `ir.`, `mr.`; Polish `ks.`, `mgr`; British `Dr` without its dot; Indonesian `Hj.`, `KH`; `PhD`, `MSc`, `MBA`
  after the name. A name's own parts stay: initials (`H. Ross Perot`), particles (`Luigi Di Maio`), surnames
  that look like degrees (`Jack Ma`), and the Indonesian `dr.` and a lone `Dr.` (kept by earlier tests' truth).
- B. The place after the writer is no second writer (bylines.py): Brazilian and Portuguese portals' author boxes
  (`<a>Mariana Lopes</a><span>, de Campinas</span>`), Spanish `desde`, Polish `z`, Indonesian `dari`.
- C. Drupal's field boxes (`field--name-<machine name>`) hint a byline only when the machine name does
  (credits.py): a `field--name-field-kategorie` topic chip or a downloads list on parliament groups',
  municipalities' and universities' Drupal press releases is no byline; `field--name-field-author` and
  `field--name-uid` are.
- D. A box showing only links to topic, tag or category pages (WordPress `rel="tag"` and `/category/`, Drupal
  taxonomy terms, Blogger labels, Ghost tags) names subjects, never writers (people.py).
- E. Customer reviews under a product or recipe (Shopify's Judge.me, Yotpo, WooCommerce `#reviews`,
  `itemprop="review"`) are readers', never the page's writer (credits.py).
- F. A line opened by `©`/`(c)`/`Copyright` is a picture credit or rights notice (tourism boards' hero
  pictures, stock agencies' credits on municipal, club and company sites), never a byline (people.py).
- G. TYPO3 EXT:news's meta row (`<div class="footer">` date, category, `von <span itemprop="name">`) counts when
  it sits right above the headline's box as well as right under it (credits.py).
- H. A box classed as the author's after the text (`authorbox`, `author-box`, Simple Author Box's
  `saboxplugin-wrap`, Molongui, Starbox), even an `<aside>`, names the writer by its name element or the line after
  its `Über die Autorin`/`About the author` label; never in a sidebar or the comments (people.py).
- I. A forum handle with the full name in brackets beside it (Discourse's crawler view `hachterberg (Helen
  Achterberg)`, phpBB/vBulletin profiles, mailing-list archives): the full name is the writer (people.py).

Every page is whole: a head with description and Open Graph tags, a menu, the article, a sidebar, comments where
the family has them and a footer.
"""

from __future__ import annotations

import pytest

from telisik.extract import extract_article
from telisik.extract.bylines import parse_byline

DE = [
    "Die Stadt will bis zum Jahr 2028 rund 40 neue Kita-Plätze in den östlichen Stadtteilen schaffen und dafür zwei "
    "ehemalige Schulgebäude umbauen, wie die Verwaltung am Dienstag im Ausschuss mitteilte.",
    "Eltern hatten in den vergangenen Monaten immer wieder über lange Wartelisten geklagt; manche Familien warten "
    "seit mehr als einem Jahr auf einen Platz in der Nähe ihrer Wohnung.",
    "Die Kosten für den Umbau schätzt das Bauamt auf knapp drei Millionen Euro, einen Teil davon soll das Land "
    "aus seinem Förderprogramm für frühkindliche Bildung übernehmen.",
]
EN = [
    "The county board on Tuesday approved a plan to replace the oldest stretch of water main under the river "
    "district, after two breaks last winter left hundreds of homes without water for days.",
    "Engineers told the board that the pipes, laid in the 1920s, were cracked in several places and that patching "
    "them again would cost nearly as much as replacing them outright over the next three years.",
    "Residents who spoke at the meeting asked for the work to be done at night so that shops on the main street "
    "would not lose their customers during the busiest months of the year.",
]
PT = [
    "A Prefeitura apresentou nesta terça-feira um plano para plantar 40 mil árvores até o fim de 2028, com "
    "prioridade para os bairros onde o calor é mais intenso durante o verão.",
    "Os primeiros plantios começam em março, no início da estação chuvosa, nos bairros da região noroeste, onde "
    "há menos de uma árvore para cada dez moradores segundo a secretaria.",
    "O plano custará cerca de 12 milhões de reais e será pago com recursos do fundo municipal de meio ambiente e "
    "de uma parceria com empresas da cidade.",
]


def paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def page(
    article: str,
    *,
    lang: str = "de",
    title: str = "Stadt plant 40 neue Kita-Plätze",
    site: str = "Stadtportal Lindenau",
    head: str = "",
    sidebar: str = "",
    comments: str = "",
) -> str:
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>{title} | {site}</title>
<meta name="description" content="{title}: was die Verwaltung plant.">
<meta property="og:site_name" content="{site}"><meta property="og:type" content="article">
<meta property="og:title" content="{title}">{head}</head>
<body><header class="site-header"><a class="logo" href="/">{site}</a>
<nav class="main-nav"><ul><li><a href="/aktuelles/">Aktuelles</a></li><li><a href="/themen/">Themen</a></li>
<li><a href="/kontakt/">Kontakt</a></li></ul></nav></header>
<main id="main"><div class="content">{article}</div>
<aside class="sidebar"><h3>Meistgelesen</h3><ul><li><a href="/aktuelles/2026/02/freibad-oeffnet">Freibad öffnet
früher</a></li><li><a href="/aktuelles/2026/02/neue-buslinie">Neue Buslinie ab März</a></li></ul>{sidebar}</aside>
{comments}</main>
<footer class="site-footer"><p>© 2026 {site}</p><ul><li><a href="/impressum/">Impressum</a></li>
<li><a href="/datenschutz/">Datenschutz</a></li></ul></footer></body></html>"""


def authors(html: str, url: str = "https://www.lindenau.example/aktuelles/2026/02/kita-plaetze") -> list[str]:
    return extract_article(html, url=url).authors


def headline(text: str = "Stadt plant 40 neue Kita-Plätze im Osten") -> str:
    return f'<h1 class="entry-title">{text}</h1>'


# --- A. Titles and degrees ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "want"),
    [
        ("Autorin: Mag. Katharina Lechner", ["Katharina Lechner"]),
        ("Von Univ.-Prof. Dr. med. Anna Huber", ["Anna Huber"]),
        ("Dipl.-Ing. Markus Berger MSc", ["Markus Berger"]),
        ("DI Markus Berger", ["Markus Berger"]),
        ("Door drs. Jan de Vries", ["Jan de Vries"]),
        ("Door mr. Anke van Dijk", ["Anke van Dijk"]),
        ("ks. Jan Kowalski", ["Jan Kowalski"]),
        ("By Dr Amara Okonkwo-Reid", ["Amara Okonkwo-Reid"]),
        ("By Jane Doe PhD", ["Jane Doe"]),
        ("Oleh Hj. Siti Aminah", ["Siti Aminah"]),
    ],
)
def test_titles_and_degrees_are_no_part_of_the_name(byline: str, want: list[str]) -> None:
    """Austrian/German health portals and universities, Dutch and Polish sites, British think tanks,
    Indonesian regional news."""
    assert parse_byline(byline, places=True).authors == want


@pytest.mark.parametrize(
    ("byline", "want"),
    [
        ("By H. Ross Perot", ["H. Ross Perot"]),  # an initial, not the hajj's `H.`
        ("Di Luigi Di Maio", ["Luigi Di Maio"]),  # the surname's particle
        ("By Jack Ma", ["Jack Ma"]),  # a surname shaped like a degree
        ("Von Dr. Schmidt", ["Dr. Schmidt"]),  # nothing but the title and one name: left as printed
    ],
)
def test_name_parts_that_look_like_titles_stay(byline: str, want: list[str]) -> None:
    assert parse_byline(byline, places=True).authors == want


def test_health_portal_byline_with_degree_reads_the_name() -> None:
    article = (
        f"<article>{headline()}<p class='article__meta-author'>Autorin: Mag. Katharina Lechner</p>"
        f"{paragraphs(DE)}</article>"
    )
    assert authors(page(article)) == ["Katharina Lechner"]


# --- B. The place after the writer -------------------------------------------------------------------------------


def portal_pt(byline: str) -> str:
    article = (
        f"<article><header>{headline('Campinas vai plantar 40 mil árvores')}<div class='materia-autor'>"
        f"{byline}</div><div class='materia-datas'>Publicado em 03/02/2026 às 14h32</div></header>"
        f"<div class='materia-conteudo'>{paragraphs(PT)}</div></article>"
    )
    return page(article, lang="pt-BR", title="Campinas vai plantar 40 mil árvores", site="Correio do Vale")


def test_place_after_the_writer_is_no_writer() -> None:
    byline = (
        "<span class='materia-autor__por'>Por</span> <a class='materia-autor__nome' href='/autor/mariana-lopes/'>"
        "Mariana Lopes</a><span class='materia-autor__local'>, de Campinas</span>"
    )
    assert authors(portal_pt(byline), "https://correiodovale.example/412877") == ["Mariana Lopes"]


@pytest.mark.parametrize(
    ("byline", "want"),
    [
        ("Por Ana Ruiz, desde Bogotá", ["Ana Ruiz"]),
        ("Jan Nowak, z Krakowa", ["Jan Nowak"]),
        ("Von Hans Müller, in Berlin", ["Hans Müller"]),
    ],
)
def test_place_words_after_a_comma_give_no_name(byline: str, want: list[str]) -> None:
    assert parse_byline(byline, places=True).authors == want


@pytest.mark.parametrize(
    ("byline", "want"),
    [
        ("Por Mariana Lopes e Pedro da Silva", ["Mariana Lopes", "Pedro da Silva"]),  # a co-writer's particle
        ("Un article de Jean Dupont", ["Jean Dupont"]),  # `de` as "by" before a full name
    ],
)
def test_names_with_place_words_inside_stay(byline: str, want: list[str]) -> None:
    assert parse_byline(byline, places=True).authors == want


# --- C. Drupal field boxes ---------------------------------------------------------------------------------------


def drupal(meta_top: str, after: str = "") -> str:
    article = (
        "<article class='node node--type-pressemitteilung node--view-mode-full'>"
        f"<div class='node__meta-top'>{meta_top}</div><div class='pm-date'>Pressemitteilung vom 12. Februar 2026"
        "</div><h1 class='page-title'><span class='field field--name-title'>Kita-Beiträge: Fraktion fordert "
        "Obergrenze</span></h1><div class='node__content'><div class='clearfix text-formatted field "
        f"field--name-body field--type-text-with-summary'>{paragraphs(DE)}</div>{after}</div></article>"
    )
    return page(article, site="Bürgerbund-Fraktion im Landtag")


def test_drupal_topic_field_is_no_byline() -> None:
    """Drupal 10 press releases of parliament groups, municipalities and universities: the category field."""
    chip = (
        "<div class='field field--name-field-kategorie field--type-entity-reference field--label-hidden "
        "field__item'><a href='/themen/bildung-und-kita' hreflang='de'>Bildung und Kita</a></div>"
    )
    downloads = (
        "<div class='field field--name-field-downloads field--type-file field--label-above'><div "
        "class='field__label'>Downloads</div><div class='field__items'><div class='field__item'><span class='file'>"
        "<a href='/sites/default/files/2026-02/gesetzentwurf.pdf'>Gesetzentwurf Kita-Beiträge</a></span></div>"
        "</div></div>"
    )
    assert authors(drupal(chip, downloads)) == []


def test_drupal_author_field_is_a_byline() -> None:
    field = (
        "<div class='field field--name-field-author field--type-string field--label-hidden field__item'>"
        "Jana Petersen</div>"
    )
    assert authors(drupal(field)) == ["Jana Petersen"]


def test_drupal_node_author_is_a_byline() -> None:
    field = (
        "<span class='field field--name-uid field--type-entity-reference field--label-hidden'>"
        "<span>Von Jana Petersen</span></span>"
    )
    assert authors(drupal(field)) == ["Jana Petersen"]


# --- D. Topic links ----------------------------------------------------------------------------------------------


def wp_meta(meta: str) -> str:
    article = (
        f"<article class='post type-post'><header class='entry-header'>{headline()}<div class='entry-meta'>"
        f"{meta}<time class='entry-date published' datetime='2026-02-12T09:00:00+01:00'>12. Februar 2026</time>"
        f"</div></header><div class='entry-content'>{paragraphs(DE)}</div></article>"
    )
    return page(article)


def test_box_of_topic_links_is_no_byline() -> None:
    """WordPress themes that print the categories in the author slot (`span.meta-author` holding `rel=tag`)."""
    meta = (
        "<span class='meta-author'><a href='/category/bildung/' rel='category tag'>Bildung</a>, "
        "<a href='/category/familie/' rel='category tag'>Familie</a></span>"
    )
    assert authors(wp_meta(meta)) == []


def test_writer_link_beside_topic_links_is_read() -> None:
    meta = (
        "<span class='byline'>Von <a href='/autor/jana-petersen/' rel='author'>Jana Petersen</a></span> "
        "<span class='cat-links'><a href='/category/bildung/' rel='category tag'>Bildung</a></span>"
    )
    assert authors(wp_meta(meta)) == ["Jana Petersen"]


def test_plain_name_beside_a_topic_link_is_read() -> None:
    meta = "<span class='byline'>Von Jana Petersen · <a href='/themen/kita/'>Kita</a></span>"
    assert authors(wp_meta(meta)) == ["Jana Petersen"]


# --- E. Customer reviews -----------------------------------------------------------------------------------------

JUDGEME = (
    "<section class='shopify-section'><div id='judgeme_product_reviews' class='jdgm-widget jdgm-review-widget'>"
    "<h2 class='jdgm-rev-widg__title'>Customer Reviews</h2><div class='jdgm-rev-widg__reviews'>"
    "<div class='jdgm-rev' data-review-id='r26934'><div class='jdgm-rev__header'><span class='jdgm-rev__timestamp'>"
    "01/14/2026</span><span class='jdgm-rev__author-wrapper'><span class='jdgm-rev__author'>Marcus T.</span>"
    "</span></div><div class='jdgm-rev__body'><p>I have had mine for three months and it already looks better."
    "</p></div></div><div class='jdgm-rev' data-review-id='r87743'><span class='jdgm-rev__author'>Jenna R."
    "</span><p>Great bag, runs big.</p></div></div></div></section>"
)
WOO_REVIEWS = (
    "<div id='reviews' class='woocommerce-Reviews'><h2>2 reviews for Waxed Canvas Tote</h2><ol class='commentlist'>"
    "<li class='review'><div class='comment-text'><p class='meta'><strong class='woocommerce-review__author'>"
    "Sam Olsen</strong> – <time datetime='2026-01-03'>January 3, 2026</time></p><div class='description'><p>"
    "Survived a downpour.</p></div></div></li></ol></div>"
)


def shop(product_meta: str, reviews: str) -> str:
    article = (
        "<div class='product'><div class='product__info'><h1 class='product__title'>Alder Waxed Canvas Tote</h1>"
        f"{product_meta}<div class='price'>$148.00</div><div class='product__description rte'>{paragraphs(EN)}"
        f"</div></div>{reviews}</div>"
    )
    return page(article, lang="en", title="Alder Waxed Canvas Tote", site="Fernhollow Goods")


@pytest.mark.parametrize("reviews", [JUDGEME, WOO_REVIEWS], ids=["judge.me", "woocommerce"])
def test_review_writers_are_not_the_page_writers(reviews: str) -> None:
    """Shopify (Judge.me) and WooCommerce product pages."""
    assert authors(shop("", reviews), "https://fernhollow.example/products/alder-tote") == []


def test_recipe_writer_above_the_reviews_is_read() -> None:
    meta = "<div class='post-meta'><span class='author-name'>By Clara Winslow</span></div>"
    assert authors(shop(meta, JUDGEME), "https://fernhollow.example/blog/tote-care") == ["Clara Winslow"]


def test_a_review_article_marked_as_review_keeps_its_byline() -> None:
    """A film or product review article marked up as a schema.org `Review` holds its headline: its own box."""
    article = (
        "<article itemscope itemtype='https://schema.org/Review' class='review'>"
        "<h1 itemprop='name'>Review: the new river ferry is slow, but worth it</h1>"
        "<div class='review-byline'>By <span itemprop='author'>Tom Keller</span></div>"
        f"<div itemprop='reviewBody'>{paragraphs(EN)}</div></article>"
    )
    html = page(article, lang="en", title="Review: the new river ferry", site="Riverside Dispatch")
    assert authors(html, "https://riverside.example/reviews/river-ferry") == ["Tom Keller"]


# --- F. Rights notices -------------------------------------------------------------------------------------------


def tour(hero_credit: str, byline: str = "") -> str:
    article = (
        "<div class='hero hero--tour'><picture class='hero__picture'><img src='/tour/velotour.jpg' alt='Velo' "
        f"class='hero__image'></picture><span class='hero__credit'>{hero_credit}</span><div class='hero__content'>"
        f"<h1 class='hero__title'>Drei-Seen-Velotour</h1></div></div>{byline}<div class='tour-text'>"
        f"{paragraphs(DE)}</div>"
    )
    return page(article, title="Drei-Seen-Velotour", site="Seenland Jura Tourismus")


def test_copyright_credit_is_no_byline() -> None:
    """Tourism boards' hero pictures; stock agencies' credits on municipal and company sites."""
    assert authors(tour("© Seenland Jura Tourismus / Lea Gerber")) == []
    assert authors(tour("(c) Adobe Stock / Halfpoint")) == []


def test_writer_beside_a_copyright_credit_is_read() -> None:
    byline = "<p class='byline'>Von Lea Gerber</p>"
    assert authors(tour("© Seenland Jura Tourismus", byline)) == ["Lea Gerber"]


def test_text_credit_before_a_copyright_is_read() -> None:
    byline = "<p class='article-credit'>Text: Lea Gerber</p>"
    assert authors(tour("Copyright Seenland Jura Tourismus", byline)) == ["Lea Gerber"]


# --- G. TYPO3 EXT:news meta row ----------------------------------------------------------------------------------


def typo3(row_above: str, header: str = "") -> str:
    h1 = "<h1 itemprop='headline'>Brenner Hydraulik nimmt neue Montagehalle in Betrieb</h1>"
    article = (
        "<div class='news news-single'><div class='article' itemscope itemtype='http://schema.org/Article'>"
        f"{row_above}<div class='header'>{header or h1}</div><div class='news-text-wrap' itemprop='articleBody'>"
        f"{paragraphs(DE)}</div></div></div>"
    )
    return page(
        article,
        site="Brenner Hydraulik GmbH",
        head="<meta name='author' content='Brenner Hydraulik GmbH'>",
    )


META_ROW = (
    "<div class='footer'><p><span class='news-list-date'><time itemprop='datePublished' datetime='2026-02-12'>"
    "12.02.2026</time></span><span class='news-list-category'>Unternehmen</span>"
    "<span class='news-list-author' itemprop='author' itemscope itemtype='http://schema.org/Person'>von "
    "<span itemprop='name'>Sabine Mertens</span></span></p></div>"
)


def test_typo3_meta_row_above_the_headline_names_the_writer() -> None:
    """TYPO3 EXT:news detail partials reordered by company and association sites."""
    assert authors(typo3(META_ROW)) == ["Sabine Mertens"]


def test_sponsor_footer_above_the_headline_is_no_byline() -> None:
    row = (
        "<div class='footer'><p>Anzeige · präsentiert von <span class='author'>Karl Brenner</span></p></div>"
    )
    assert authors(typo3(row)) == []


def test_footer_row_away_from_the_headline_is_no_byline() -> None:
    row = META_ROW + "<div class='teaser-box'><p>Mehr aus dem Unternehmen</p></div>"
    assert authors(typo3(row)) == []


# --- H. Classed author boxes -------------------------------------------------------------------------------------

AUTHOR_BOX = (
    "<aside class='authorbox'><img class='authorbox__image' src='/team/m-jacobsen.jpg' alt='Porträt' width='96' "
    "height='96'><div class='authorbox__text'><span class='authorbox__label'>Über die Autorin</span>"
    "<p class='authorbox__name'>Miriam Jacobsen</p><p class='authorbox__bio'>Miriam Jacobsen ist "
    "Gebäudeenergieberaterin und berät seit 2015 im Kundenzentrum zu Heizung, Dämmung und Fördermitteln.</p>"
    "</div></aside>"
)


def ratgeber(after: str = "", sidebar: str = "", comments: str = "") -> str:
    article = f"<article class='ratgeber'>{headline('Heizkosten senken: zehn Tipps')}{paragraphs(DE)}{after}</article>"
    return page(
        article,
        title="Heizkosten senken",
        site="Stadtwerke Lindenau",
        head="<meta name='author' content='Stadtwerke Lindenau GmbH'>",
        sidebar=sidebar,
        comments=comments,
    )


def test_author_box_after_the_text_names_the_writer() -> None:
    """Utility and company sites' `aside.authorbox`; Simple Author Box, Molongui, Starbox on WordPress."""
    assert authors(ratgeber(AUTHOR_BOX)) == ["Miriam Jacobsen"]


def test_author_box_in_the_sidebar_is_no_byline() -> None:
    box = (
        "<div class='author-box'><span class='author-box__label'>Über mich</span><p class='author-box__name'>"
        "Petra Lang</p></div>"
    )
    assert authors(ratgeber(sidebar=box)) == []


def test_author_box_in_the_comments_is_no_byline() -> None:
    comments = (
        "<section class='comments'><h3>Kommentare</h3><div class='comment'><div class='author-box'>"
        "<p class='author-name'>Jens Wolter</p></div><p>Danke für die Tipps!</p></div></section>"
    )
    assert authors(ratgeber(comments=comments)) == []


# --- I. Forum handle with the full name --------------------------------------------------------------------------


def forum(first_post_creator: str) -> str:
    article = (
        "<div id='main-outlet'><h1><a href='/t/pressure-advance/8841'>Guide: tuning pressure advance</a></h1>"
        "<div itemscope itemtype='http://schema.org/DiscussionForumPosting'>"
        "<div id='post_1' class='topic-body crawler-post'><div class='crawler-post-meta'>"
        f"<span class='creator' itemprop='author' itemscope itemtype='http://schema.org/Person'>{first_post_creator}"
        "</span><span class='crawler-post-infos'><time datetime='2026-02-03T14:32:11Z' class='post-time'>Feb 3, "
        f"2026</time></span></div><div class='post' itemprop='text'>{paragraphs(EN)}</div></div>"
        "<div id='post_2' itemprop='comment' itemscope itemtype='http://schema.org/Comment' class='topic-body "
        "crawler-post'><div class='crawler-post-meta'><span class='creator' itemprop='author' itemscope "
        "itemtype='http://schema.org/Person'><a itemprop='url' href='/u/marcel_dv'><span itemprop='name'>marcel_dv"
        "</span></a></span></div><div class='post' itemprop='text'><p>Thanks, worked for me.</p></div></div>"
        "</div></div>"
    )
    return page(article, lang="en", title="Guide: tuning pressure advance", site="Kestrel Community")


def test_full_name_beside_the_handle_is_the_writer() -> None:
    """Discourse's crawler view; phpBB/vBulletin `handle (Real Name)`."""
    creator = "<a itemprop='url' href='/u/hachterberg'><span itemprop='name'>hachterberg</span></a> (Helen Achterberg)"
    assert authors(forum(creator), "https://talk.kestrel.example/t/pressure-advance/8841") == [
        "Helen Achterberg"
    ]


def test_writer_with_an_outlet_in_brackets_keeps_the_writer() -> None:
    byline = "<p class='byline'>Budi Santoso (Kompas TV)</p>"
    article = f"<article>{headline('Banjir rendam tiga desa')}{byline}{paragraphs(EN)}</article>"
    assert authors(page(article, lang="en")) == ["Budi Santoso"]


def test_full_name_with_a_handle_in_brackets_stays() -> None:
    creator = "<a itemprop='url' href='/u/hachterberg'><span itemprop='name'>Helen Achterberg</span></a>"
    assert authors(forum(creator), "https://talk.kestrel.example/t/pressure-advance/8841") == [
        "Helen Achterberg"
    ]
