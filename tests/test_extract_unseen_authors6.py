"""Authors on outlets nobody on the project tuned for (#10), sixth round: bylines that hold when the page carries
no author metadata and its class names say nothing (CSS modules, utility classes, WordPress state classes).

- A class saying what a box *has* or which format its post is (`has-post-thumbnail`, `format-image`,
  `has_ae_slider`) is no picture or slider area: WordPress and Elementor put one on the article wrapper
  (digitale-exzellenz.de, fogsmagazin.com; 104 traf-eval and 14 fundus pages carry `has-post-thumbnail`).
- A foreign inline byline with a time (`Por Name | 03/05/2022 20:36`, `von Name, 12.03.2024, 10:15 Uhr`) is
  read after its label, not after the time's colon (campograndenews.com.br; German regional papers).
- Under the headline, a wrapper that holds the headline is the article's own whatever its class says
  (TimesLive's `comments-enabled` article wrapper); above it, such a wrapper holds a category kicker, no byline
  (Landesspiegel).
- Names in elements of their own with no separator between them (Der Standard, Ukrainska Pravda) are a list of
  writers; a tag list of single words is not.
- A one-word byline (a section link classed `channel-name`, a `span.name` kicker) gives way to a full name in a
  byline element near it (Daily Star, finanzmarktwelt.de), never to another post's name of the same kind (forums).
- `Written by <a>Name, PhD</a>` (Healthline), `/autores/` writer links (Mallorca Zeitung, Prensa Ibérica),
  `<a>A</a><span> and </span><a>B</a>` (Reuters).

Each test serves a whole page (head metadata without an author, navigation, the article, related stories, a
sidebar, comments, footer) and asserts what the page showed before the rule was there.
"""

from __future__ import annotations

import json

import pytest

from telisik.extract import extract_article

ENGLISH = [
    "The county board voted on Tuesday night to delay the closure of the last rural hospital in the valley by "
    "at least two years while a regional health authority looks for a new operator.",
    "Nurses and doctors who packed the meeting room said the nearest emergency department would otherwise be "
    "more than an hour's drive away for thousands of residents in the hill towns.",
    "The hospital's owner, a nonprofit chain based in the state capital, has lost money on the site for six "
    "years in a row and said it could not keep the maternity ward open past the spring.",
    "Board members asked the state to match a local levy that voters approved last year, and said talks with "
    "two possible operators would begin before the end of the month.",
]
GERMAN = [
    "Der Gemeinderat hat am Dienstagabend beschlossen, die Sanierung der alten Grundschule um ein Jahr zu "
    "verschieben, weil die Angebote der Baufirmen deutlich über der Kostenschätzung lagen.",
    "Eltern, die zur Sitzung gekommen waren, kritisierten die Entscheidung: Die Container auf dem Schulhof "
    "seien im Sommer zu heiß und im Winter kaum zu heizen.",
    "Der Bürgermeister versprach, noch im Frühjahr eine neue Ausschreibung zu starten und beim Land zusätzliche "
    "Fördermittel für den Umbau zu beantragen.",
    "Die Schulleitung will bis dahin zwei Klassenzimmer im benachbarten Vereinsheim nutzen, das der Sportverein "
    "für die Übergangszeit zur Verfügung stellt.",
]
PORTUGUESE = [
    "A Prefeitura anunciou nesta terça-feira que as obras de recuperação da avenida principal do bairro vão "
    "começar na próxima semana, depois de meses de reclamações dos moradores.",
    "Segundo a secretaria de obras, o trecho mais danificado fica perto da escola estadual e será interditado "
    "durante a noite para não atrapalhar o trânsito de ônibus.",
    "Moradores ouvidos pela reportagem disseram que os buracos já causaram acidentes com motociclistas e pedem "
    "que a drenagem também seja refeita antes do período de chuvas.",
    "A previsão é que o serviço seja concluído em até dois meses, se o tempo ajudar, com investimento de "
    "recursos próprios do município.",
]
INDONESIAN = [
    "Pemerintah Provinsi melalui Dinas Pendidikan mulai membuka pendataan kartu bantuan pendidikan tahap pertama "
    "tahun ini bagi peserta didik dari keluarga tidak mampu di seluruh wilayah kota.",
    "Kepala unit pelayanan pendanaan pendidikan mengatakan, peserta didik yang tidak terdaftar dalam data terpadu "
    "kesejahteraan sosial dapat mengajukan diri melalui kelurahan setempat.",
    "Pendataan dilakukan secara daring hingga akhir bulan, dan hasilnya akan diumumkan melalui laman resmi dinas "
    "setelah diverifikasi bersama dinas sosial.",
    "Orang tua diminta menyiapkan kartu keluarga dan nomor induk kependudukan anak agar proses pendataan tidak "
    "terhambat saat petugas melakukan pengecekan.",
]
TEXTS = {"en": ENGLISH, "de": GERMAN, "pt": PORTUGUESE, "id": INDONESIAN}


def whole_page(
    *,
    lang: str,
    headline: str,
    site: str,
    byline: str,
    kicker: str = "",
    wrapper: str = "article-page",
    after: str = "",
) -> str:
    """A whole article page whose head names no author (no author meta, JSON-LD without `author`): menu, the
    article inside `div.{wrapper}` (kicker above the headline, `byline` under it), related stories, a sidebar,
    comments and a footer."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline,
        "datePublished": "2025-02-04T21:40:00+01:00",
        "publisher": {"@type": "Organization", "name": site},
    }
    text = "".join(f"<p>{p}</p>" for p in TEXTS[lang])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{headline} | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{TEXTS[lang][0][:120]}">
<meta property="og:type" content="article">
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="{site}">
<script type="application/ld+json">{json.dumps(data)}</script>
<link rel="stylesheet" href="/static/app.3f9c2.css">
</head>
<body class="single single-post">
<header class="x1a2b3"><a class="x9f8e7" href="/">{site}</a>
<nav class="x5d6c7"><ul><li><a href="/politik">Politik</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/kultur">Kultur</a></li><li><a href="/reisen">Reisen</a></li></ul></nav></header>
<main class="x0c1d2">
<div class="{wrapper}">
{kicker}
<h1 class="x7e8f9">{headline}</h1>
{byline}
<div class="x3a4b5">{text}</div>
{after}
</div>
<section class="x6b7c8"><h3>Mehr zum Thema</h3><ul>
<li><a href="/news/school-levy-passes-4411">School levy passes by a narrow margin after recount</a></li>
<li><a href="/news/bridge-repairs-4412">Bridge repairs to close the river road in May</a></li></ul></section>
</main>
<aside class="sidebar"><div class="widget"><h3>Most read</h3><ol>
<li><a href="/news/storm-4413">Storm knocks out power across the valley</a></li>
<li><a href="/sports/derby-4414">Late goal settles the county derby</a></li></ol></div></aside>
<section class="comments"><h3>Comments</h3>
<div class="comment"><b>Mary Ellis</b> <p>We cannot lose this school.</p></div>
<div class="comment"><b>Peter Brandt</b> <p>Endlich passiert etwas.</p></div></section>
<footer class="site-footer"><p>© 2025 {site}</p>
<ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li></ul></footer>
</body>
</html>"""


@pytest.mark.parametrize(
    ("wrapper", "byline", "author"),
    [
        # WordPress post_class on the post box under the headline: a featured picture, a picture-format post.
        (
            "blog-single-post",
            '<div class="post post-8259 type-post status-publish format-image has-post-thumbnail hentry">'
            '<div class="au-avatar-box"><h6 class="blog-author">durch <a href="/author/yirouchen/">Yirou Chen'
            '</a></h6></div><div class="entry-meta"><span>12. März 2024</span></div></div>',
            "Yirou Chen",
        ),
        # Elementor add-ons mark every column `has_ae_slider`: a `von Name` line in a text widget under it.
        (
            "has_ae_slider elementor-column elementor-col-100 elementor-top-column",
            '<div class="elementor-text-editor elementor-clearfix">von Jennifer Koutni</div>',
            "Jennifer Koutni",
        ),
    ],
)
def test_a_state_class_on_the_article_wrapper_is_no_picture_or_slider_area(
    wrapper: str, byline: str, author: str
) -> None:
    html = whole_page(
        lang="de",
        headline="Schulsanierung um ein Jahr verschoben",
        site="Kreisbote",
        byline=byline,
        wrapper=wrapper,
    )
    article = extract_article(html, url="https://www.kreisbote.example/2025/02/schulsanierung-verschoben/")
    assert article.authors == [author]


@pytest.mark.parametrize(
    ("lang", "line", "author"),
    [
        ("pt", "Por Adriano Fernandes | 03/05/2022 20:36", "Adriano Fernandes"),
        ("de", "von Hans Müller, 12.03.2024, 10:15 Uhr", "Hans Müller"),
    ],
)
def test_a_foreign_inline_byline_with_a_time_is_read_after_its_label(
    lang: str, line: str, author: str
) -> None:
    html = whole_page(
        lang=lang,
        headline="Obras na avenida principal começam na próxima semana",
        site="Jornal do Bairro",
        byline=f'<div class="x2f3e4">{line}</div>',
    )
    article = extract_article(html, url="https://www.jornaldobairro.example/noticias/obras-avenida-4410")
    assert article.authors == [author]


def test_a_wrapper_named_for_comments_that_holds_the_headline_is_the_articles_own() -> None:
    """TimesLive's article wrapper is `div.article.comments-enabled`: its author block under the headline is the
    article's byline, not a comment's."""
    byline = (
        '<div class="article-author"><div class="author-block"><span class="name">'
        '<a href="/authors/thabo-mokone">Thabo Mokone</a></span><span class="title">Parliamentary editor</span>'
        "</div></div>"
    )
    html = whole_page(
        lang="en",
        headline="Hospital closure delayed by two years",
        site="Valley Times",
        byline=byline,
        wrapper="article comments-enabled",
    )
    article = extract_article(html, url="https://www.valleytimes.example/news/2025-02-04-hospital-closure/")
    assert article.authors == ["Thabo Mokone"]


def test_a_category_kicker_above_the_headline_is_no_byline() -> None:
    """Above the headline, the article's own wrapper holds the category link (Landesspiegel's Soledad theme):
    a `*-cat-name` link there names a section, not a writer."""
    kicker = '<div class="penci-slider-cat"><a class="penci-cat-name" href="/category/gesellschaft/">Gesellschaft</a></div>'
    html = whole_page(
        lang="de",
        headline="Schulsanierung um ein Jahr verschoben",
        site="Landbote",
        byline="",
        kicker=kicker,
        wrapper="penci-single-slider-wrapper",
    )
    article = extract_article(html, url="https://landbote.example/2025/02/schulsanierung-verschoben/")
    assert article.authors == []


def test_names_in_elements_of_their_own_are_a_list_of_writers() -> None:
    """Der Standard prints each writer in a span of its own, no comma between them."""
    byline = (
        '<div class="article-byline"><div class="article-origins">'
        '<span class="simple">Birgit Baumann</span> <span class="simple">Anna Giulia Fink</span> '
        '<span class="simple">Jan Michael Marchart</span></div></div>'
    )
    html = whole_page(lang="de", headline="Sind wir zu sanft?", site="Der Morgen", byline=byline)
    article = extract_article(html, url="https://www.dermorgen.example/story/3000000218734/sind-wir-zu-sanft")
    assert article.authors == ["Birgit Baumann", "Anna Giulia Fink", "Jan Michael Marchart"]


def test_a_list_of_single_words_in_a_name_field_is_no_byline() -> None:
    """Drupal's `field-name-field-tags` box holds the tags each in its own element: no writers."""
    after = (
        '<section class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above">'
        '<h2 class="field-label">Tags:</h2><div class="field-items"><div class="field-item even">'
        '<a href="/tags/markt">Markt</a></div><div class="field-item odd">'
        '<a href="/tags/selbstbestimmung">Selbstbestimmung</a></div></div></section>'
    )
    html = whole_page(lang="de", headline="Vegetarier zu sein", site="Ethikblog", byline="", after=after)
    article = extract_article(html, url="https://ethikblog.example/vegetarier-zu-sein")
    assert article.authors == []


def test_a_one_word_name_box_gives_way_to_the_writers_full_name() -> None:
    """finanzmarktwelt.de: `span.name` (`Immobilien`, the section) sits right above the headline; the writer's
    linked name comes in the author box under the teaser (Daily Star's `a.channel-name` `Travel` alike)."""
    kicker = '<span class="name">Immobilien</span>'
    byline = (
        '<div class="x4e5f6"><p class="x7a8b9">Die Immobiliengruppe kämpft um frisches Geld.</p></div>'
        '<div class="author-info">Veröffentlicht am 1. November 2023 09:35 von <span class="author vcard">'
        '<a class="url fn n" href="/profil/claudio-kummerfeld/">Claudio Kummerfeld</a></span> '
        '<a class="twitter-link" href="https://twitter.com/ckummerfeld">Twitter Account</a></div>'
    )
    html = whole_page(
        lang="de", headline="Signa-Firma in Sorge", site="Finanzwelt", byline=byline, kicker=kicker
    )
    article = extract_article(html, url="https://finanzwelt.example/signa-firma-in-sorge-289012/")
    assert article.authors == ["Claudio Kummerfeld"]


def test_a_forum_threads_first_poster_stays_the_author() -> None:
    """A forum thread repeats `h4.message-name` under every post: the first poster's one-word name is the
    page's author, the second poster's full name is no better."""
    posts = "".join(
        f'<article class="message"><div class="message-user"><h4 class="message-name">{name}</h4></div>'
        f'<div class="message-content"><p>{text}</p></div></article>'
        for name, text in (
            ("Tiberius", ENGLISH[0]),
            ("Bibi Blocksberg", "Thanks for the notes, the bug fix works for me."),
        )
    )
    html = whole_page(lang="en", headline="Patch notes 4.47.4", site="Villagers Forums", byline=posts)
    article = extract_article(html, url="https://forums.villagers.example/threads/patch-notes-4-47-4.12345/")
    assert article.authors == ["Tiberius"]


def test_written_by_labels_the_linked_writer() -> None:
    """Healthline: `<span>Written by</span> <a>Grant Tinsley, PhD</a> <span>on April 29, 2018</span>` in a box
    with generated class names; the link goes to a team page, no `/author/` path."""
    byline = (
        '<section class="css-1x2y3z"><div><span class="css-4a5b6c">Written by</span> <span>'
        '<a class="css-zocu4s" href="/nutrition-team">Grant Tinsley, PhD</a></span>'
        '<span class="css-7d8e9f"> on April 29, 2018</span></div></section>'
    )
    html = whole_page(
        lang="en", headline="The best ways to measure body fat", site="Health Line", byline=byline
    )
    article = extract_article(html, url="https://www.healthline.example/nutrition/ways-to-measure-body-fat")
    assert article.authors == ["Grant Tinsley"]


def test_an_autores_link_under_the_headline_is_the_writer() -> None:
    """Mallorca Zeitung and the other Prensa Ibérica sites link the writer to `/autores/<slug>.html`."""
    byline = '<div class="c52e631"><p class="c4eb9f1"><a class="c912f25" href="/autores/lorenzo-marina.html">Lorenzo Marina</a></p></div>'
    html = whole_page(lang="de", headline="Zweite Drogenrazzia in Palma", site="Inselzeitung", byline=byline)
    article = extract_article(
        html, url="https://www.inselzeitung.example/aktuelles/2025/03/12/drogenrazzia.html"
    )
    assert article.authors == ["Lorenzo Marina"]


def test_a_conjunction_in_its_own_element_between_linked_writers() -> None:
    """Reuters: `<span>By</span><a>Maya Gebeily</a><span> and </span><a>Anthony Deutsch</a>`."""
    byline = (
        '<div class="c1b2c3"><div class="c4d5e6"><span>By</span> <a class="c7f8a9" href="/authors/maya-gebeily/">'
        'Maya Gebeily</a><span> and </span><a class="c7f8a9" href="/authors/anthony-deutsch/">Anthony Deutsch</a>'
        "</div><time>March 7, 2024 7:55 AM UTC</time></div>"
    )
    html = whole_page(lang="en", headline="Tank likely fired at reporters", site="Wire Daily", byline=byline)
    article = extract_article(
        html, url="https://www.wiredaily.example/world/tank-fired-at-reporters-2024-03-07/"
    )
    assert article.authors == ["Maya Gebeily", "Anthony Deutsch"]


@pytest.mark.parametrize(
    ("lang", "row", "authors"),
    [
        # Berliner Zeitung (utility classes): the name, the date and the reading time in one row.
        (
            "de",
            '<div class="mt-4"><div class="flex items-center flex-wrap mb-2"><span class="font-bold text-base">'
            'Abdul Adhim Kamouss</span><span class="text-sm">17.05.2026, 19:06 Uhr</span>'
            '<span class="text-sm">8 Min</span></div></div>',
            ["Abdul Adhim Kamouss"],
        ),
        # Times of India: the writer's page link, the outlet's host, the date.
        (
            "en",
            '<div class="c8aa043"><div class="cf3532e"><a href="/toireporter/author-Aashish-Saxena-479265942.cms">'
            "Aashish Saxena</a> / TIMESOFINDIA.COM / <span> Sep 2, 2024, 17:07 IST</span></div></div>",
            ["Aashish Saxena"],
        ),
        # BBC: the date, the share buttons, then the contributor.
        (
            "en",
            '<div class="sc-e56a85d5-0"><time class="sc-e56a85d5-2">12 March 2024</time><div class="sc-3"><button '
            'type="button"><span>Share</span></button><button type="button"><span>Save</span></button></div>'
            '<div class="sc-e56a85d5-1"><span class="sc-11"><div class="sc-5"><span class="sc-8">Duncan Walker'
            "</span></div></span></div></div>",
            ["Duncan Walker"],
        ),
        # DW: the writers' line right above the date's, a separator between the names.
        (
            "de",
            '<div class="c022c44"><span><span class="c9135ca">Julia Vergin</span></span><span><span '
            'class="cbc3bae"> | </span><span class="c9135ca">Clare Roth</span></span></div>'
            '<div class="c33b166"><span class="c8ae384">12.03.2024</span></div>',
            ["Julia Vergin", "Clare Roth"],
        ),
        # golf.de: the name after the date in the same text.
        ("de", '<p class="tw-text-grey">1. Februar 2022 , Daniel Dillenburg</p>', ["Daniel Dillenburg"]),
    ],
)
def test_a_full_name_beside_the_date_line_is_the_writer(lang: str, row: str, authors: list[str]) -> None:
    """No label, no byline class, no author metadata: the full name printed in the date's row under the
    headline is the writer's (Berliner Zeitung, Anadolu Ajansı, Metro, Times of India, BBC, DW, golf.de,
    1000things.at, Börsen-Zeitung)."""
    html = whole_page(
        lang=lang, headline="Schulsanierung um ein Jahr verschoben", site="Stadtblatt", byline=row
    )
    article = extract_article(html, url="https://www.stadtblatt.example/article/schulsanierung-verschoben")
    assert article.authors == authors


@pytest.mark.parametrize(
    "row",
    [
        # Labels after the date: `Anzahl Kommentare:` is no name.
        '<div class="c1">Veröffentlicht am: <span>28. Oktober 2023 |</span> Anzahl Kommentare: <span>noch keine'
        "</span></div>",
        # A section link before the date.
        '<div class="c2"><a href="/digital-life">Digital Life</a> <span>05/08/2019</span></div>',
        # A topic list before the date, a place after it.
        '<div class="c3"><span>Presse</span><span>•</span><span>Bundesprogramm Blaues Band</span><span>•</span>'
        "<span>Gewässer und Auen</span><span>13.01.2022</span><span>•</span><span>Verden an der Aller</span></div>",
        # A share link after the date.
        '<div class="c4"><span>December 29th 2019</span> <a href="https://twitter.com/intent/tweet?text=x">'
        "Tweet This</a></div>",
        # A rubric before the date, opened by a contracted preposition (Deutschlandfunk's `Im Wortlaut`).
        '<div class="c7"><span>Im Wortlaut, Deutschlandradio</span> <span>02. November 2021</span></div>',
        # A club's name with its acronym after the date.
        '<div class="c5"><span>08.12.2022</span><span>MDV Sports</span></div>',
        # The date inside a sentence, a place's name after it.
        '<p class="c6">Der nächste Stammtisch findet am Mi. 5. Mai 2021 im <a href="https://osm.example/node/1">'
        "Cafe Hurricane</a> statt.</p>",
    ],
)
def test_no_name_is_made_of_what_else_sits_beside_the_date(row: str) -> None:
    html = whole_page(
        lang="de", headline="Schulsanierung um ein Jahr verschoben", site="Stadtblatt", byline=row
    )
    article = extract_article(html, url="https://www.stadtblatt.example/article/schulsanierung-verschoben")
    assert article.authors == []


def test_a_byline_inside_another_storys_card_link_is_that_storys() -> None:
    """GameStar's cards under the article (`a.contentbox-link` holding a `div.h3` title and `<div
    class="authors">von X</div>`; humanresourcesmanager.de's sidebar cards alike): the title is no heading
    element, but the link around the byline holds a headline's worth of other text — the card's writer is not
    the article's."""
    cards = "".join(
        f'<div class="contentbox"><a class="contentbox-link js-ga" href="/artikel/{slug}.html">'
        f'<div class="contentbox-text"><div class="h3 m-b-0 media-heading">{title}</div>'
        f'<div class="item-info"><div class="authors">von <span>{name}</span></div></div></div></a></div>'
        for slug, title, name in (
            (
                "flip-handys-duell,3399387",
                "Duell der besten Flip-Handys: Es gibt einen klaren Gewinner",
                "Alana Friedrichs",
            ),
            (
                "smartwatch-test,3399412",
                "Die besten Smartwatches im Test: Diese Uhren lohnen sich",
                "Benjamin Otterstein",
            ),
        )
    )
    html = whole_page(
        lang="de", headline="Launchtermin für neue Foldables", site="Spielestern", byline="", after=cards
    )
    article = extract_article(
        html, url="https://www.spielestern.example/artikel/samsung-unpacked,3412544.html"
    )
    assert article.authors == []


@pytest.mark.parametrize(
    ("lang", "line", "authors"),
    [
        # TYPO3's news extension prints `Erstellt von` before the writer (eawag.ch and German TYPO3 sites).
        (
            "de",
            '<div class="c92a2b5"><span class="c42d619">Erstellt von Andri Bryner</span></div>',
            ["Andri Bryner"],
        ),
        # WordPress blogs open the text with `Posted by Name, Team, Company` (blog.amp.dev): the team is no name.
        (
            "en",
            "<p><em>Posted by Alex Durán, AMP Project Marketing, Google</em></p>",
            ["Alex Durán"],
        ),
        ("de", '<div class="c1"><span>Geschrieben von Jonas Weber</span></div>', ["Jonas Weber"]),
    ],
)
def test_a_cms_credit_phrase_names_the_writer(lang: str, line: str, authors: list[str]) -> None:
    html = whole_page(
        lang=lang, headline="Auf das erste Elektron kommt es an", site="Forschungsblatt", byline=line
    )
    article = extract_article(html, url="https://www.forschungsblatt.example/news/auf-das-erste-elektron")
    assert article.authors == authors


def test_an_icon_word_in_an_unclassed_i_before_the_credit_label() -> None:
    """Material-icon ligatures print a word in an `<i>` before each label of the info bar (`<i>person</i>
    Reporter : Name`, Berita Jakarta and other government portals); with its class hashed or named by the
    theme, the `<i>` holding one lower-case word is still the icon, not part of the line."""
    row = (
        '<div class="c9a8b7c"><span><i>access_time</i> Senin, 14 Februari 2022 11:49 WIB</span>'
        "<span><i>remove_red_eye</i> 5573</span>"
        "<span><i>person</i> Reporter : Aldi Geri Lumban Tobing</span>"
        "<span><i>person</i> Editor : Andry</span></div>"
    )
    html = whole_page(
        lang="id", headline="Pendataan KJP Plus Tahap I Dimulai", site="Berita Kota", byline=row
    )
    article = extract_article(html, url="https://www.beritakota.example/read/92563/pendataan-kjp-plus")
    assert article.authors == ["Aldi Geri Lumban Tobing"]
    assert article.editor == "Andry"


def test_the_name_in_the_date_row_below_a_lead_picture_and_share_bar() -> None:
    """ABC (Vocento): the lead picture with its sources and the share bar sit between the headline and the
    row `Name | City | date | Actualizado ...`, some forty elements on."""
    sources = "".join(
        f'<source media="(min-width: {w}px)" srcset="/img/cordoba-{w}.jpg"/>' for w in range(320, 1600, 160)
    )
    networks = ("Facebook", "X", "WhatsApp", "Telegram", "LinkedIn", "Email", "Flipboard", "Copiar")
    share = "".join(
        f'<li class="v-sh__i"><a href="#share-{n.lower()}"><span>{n}</span></a></li>' for n in networks
    )
    byline = (
        f'<figure class="v-mdl"><picture>{sources}<img src="/img/cordoba.jpg" alt=""/></picture>'
        '<figcaption class="v-mdl__c">El equipo cordobés, durante el partido</figcaption></figure>'
        f'<ul class="v-sh">{share}</ul>'
        '<div class="v-ath"><div class="v-ath__g"><p class="v-ath__p">Daniel Aragón</p>'
        '<p class="v-ath__p">Córdoba</p></div><time class="v-ath__t">25/04/2026</time>'
        '<span class="v-ath__u">Actualizado a las 15:10h.</span></div>'
    )
    html = whole_page(lang="pt", headline="El Córdoba logra un punto vital", site="Diario Sur", byline=byline)
    article = extract_article(
        html, url="https://www.diariosur.example/deportes/cordoba-punto-vital-2026.html"
    )
    assert article.authors == ["Daniel Aragón"]


# Review of session 7 (finding 3): the name-beside-the-date rule needs a person's shape, a row under the
# headline, and nothing saying the name is a subject, a topic or a button.
@pytest.mark.parametrize(
    ("lang", "row"),
    [
        # Datelines: places of two words (a common noun or a place prefix in them).
        ("en", '<div class="c1"><span>Gaza City</span> | <time>7 March 2024</time></div>'),
        ("en", '<div class="c1"><span>East Jerusalem</span>, <span>March 7, 2024</span></div>'),
        ("en", '<div class="c1"><span>United States</span> | <span>March 7, 2024</span></div>'),
        ("de", '<div class="c1"><span>Bad Homburg</span> | <span>07.03.2024, 10:14 Uhr</span></div>'),
        ("de", '<div class="c1"><span>Landkreis Harburg</span> <span>07.03.2024</span></div>'),
        # Rubrics.
        ("de", '<div class="c1"><span>Lokales Berlin</span> | <span>07.03.2024, 10:14 Uhr</span></div>'),
        ("en", '<div class="c1"><span>Climate Change</span><span>7 March 2024 09:00</span></div>'),
        ("en", '<div class="c1"><span>Live Updates</span> · <span>March 7, 2024</span></div>'),
        # Buttons and a tag list after the date.
        ("en", '<div class="c1"><span>March 7, 2024</span> <span>Read More</span></div>'),
        (
            "en",
            '<div class="c1"><span>March 7, 2024</span><span>Joe Biden</span><span>Donald Trump</span></div>',
        ),
        # The person the story is about.
        (
            "de",
            '<div class="c1"><span>Interview mit</span> <span>Peter Lang</span> <span>07.03.2024</span></div>',
        ),
    ],
)
def test_places_rubrics_buttons_and_subjects_beside_the_date_are_no_writer(lang: str, row: str) -> None:
    html = whole_page(
        lang=lang, headline="Schulsanierung um ein Jahr verschoben", site="Stadtblatt", byline=row
    )
    article = extract_article(html, url="https://www.stadtblatt.example/article/schulsanierung-verschoben")
    assert article.authors == []


def test_a_kicker_row_with_the_date_above_the_headline_names_no_writer() -> None:
    kicker = '<div class="c0"><span>Public Transport</span> <span>March 7, 2024</span></div>'
    html = whole_page(
        lang="en", headline="Rural hospital closure delayed", site="Valley Times", byline="", kicker=kicker
    )
    article = extract_article(html, url="https://www.valleytimes.example/news/hospital-closure-delayed")
    assert article.authors == []


# Finding 4: a lead picture's credit or caption beside the date row is no writer.
@pytest.mark.parametrize(
    "row",
    [
        '<div class="c1"><img src="/a.jpg" alt=""><span class="c2">Michael Kappeler/dpa</span></div>'
        '<div class="c3"><time>07.03.2024, 10:14 Uhr</time></div>',
        '<div class="c3"><span>07.03.2024</span></div><div class="caption-text">Peter Lang</div>',
        '<div class="c1"><div class="c2"><img src="/a.jpg"></div><div class="c4">Bürgermeister Peter Lang</div>'
        '</div><div class="c3"><span>07.03.2024</span></div>',
    ],
)
def test_a_picture_credit_or_caption_beside_the_date_row_is_no_writer(row: str) -> None:
    html = whole_page(
        lang="de", headline="Schulsanierung um ein Jahr verschoben", site="Stadtblatt", byline=row
    )
    article = extract_article(html, url="https://www.stadtblatt.example/article/schulsanierung-verschoben")
    assert article.authors == []


# Finding 1: `Written by` is read only when nothing else names the writer, and only under the headline.
FILM_CREDITS = (
    '<div class="c8"><ul><li>Directed by: Greta Gerwig</li><li>Written by: Greta Gerwig, Noah Baumbach</li>'
    "<li>Starring: Margot Robbie, Ryan Gosling</li><li>Running time: 114 minutes</li></ul></div>"
)


def test_a_films_written_by_credits_never_override_the_metadata_author() -> None:
    html = whole_page(
        lang="en",
        headline="A candy-coloured satire with a heart",
        site="Film Weekly",
        byline="",
        after=FILM_CREDITS,
    ).replace(
        '"@type": "NewsArticle",',
        '"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane Critic"},',
    )
    article = extract_article(html, url="https://www.filmweekly.example/reviews/candy-coloured-satire")
    assert article.authors == ["Jane Critic"]


@pytest.mark.parametrize(
    "after",
    [FILM_CREDITS, '<p class="c9">Written by Greta Gerwig and Noah Baumbach.</p>'],
)
def test_written_by_after_the_text_is_no_byline(after: str) -> None:
    html = whole_page(
        lang="en", headline="A candy-coloured satire with a heart", site="Film Weekly", byline="", after=after
    )
    article = extract_article(html, url="https://www.filmweekly.example/reviews/candy-coloured-satire")
    assert article.authors == []


# Finding 9: CMS credit phrases name a person in full, never an office, and never a related post's writer.
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", '<div class="c92a2b5"><span class="c42d619">Erstellt von Pressestelle</span></div>'),
        ("de", '<div class="c92a2b5"><span class="c42d619">Erstellt von Gemeinde Neuhausen</span></div>'),
        ("de", '<dl class="c1"><dd>Geschrieben von Freiwillige Feuerwehr</dd></dl>'),
        ("en", '<div class="c2">Posted by Communications Office</div>'),
        ("en", '<div class="c2">Posted by On March 7, 2024</div>'),
    ],
)
def test_a_cms_credit_phrase_before_an_office_or_a_date_names_no_writer(lang: str, line: str) -> None:
    html = whole_page(
        lang=lang, headline="Auf das erste Elektron kommt es an", site="Forschungsblatt", byline=line
    )
    article = extract_article(html, url="https://www.forschungsblatt.example/news/auf-das-erste-elektron")
    assert article.authors == []


def test_posted_by_under_each_related_post_names_no_writer() -> None:
    related = "".join(
        f'<li class="k7x"><a href="/post-{i}">Another post about the valley hospital, part {i}</a>'
        f'<div class="m2">Posted by Mark Stevens</div><p>The board will meet again next month.</p></li>'
        for i in range(4)
    )
    html = whole_page(
        lang="en",
        headline="Rural hospital closure delayed",
        site="Valley Times",
        byline="",
        after=f'<div class="q9"><h3>You may also like</h3><ul>{related}</ul></div>',
    )
    article = extract_article(html, url="https://www.valleytimes.example/news/hospital-closure-delayed")
    assert article.authors == []


# Finding 7: a link to the writer's profile that also shows a role line is no other story's card.
@pytest.mark.parametrize(
    "row",
    [
        '<div class="c1"><a href="/team/jane-doe"><span class="author">Jane Doe</span> <span>Reporter covering '
        "transport, cities and climate policy</span></a> <time>March 7, 2024</time></div>",
        '<div class="c1"><a href="/people/jd"><span class="author">Jane Doe</span> <span>Chief Political '
        "Correspondent in Washington</span></a> <time>March 7, 2024</time></div>",
    ],
)
def test_a_profile_link_with_a_role_line_keeps_the_writer(row: str) -> None:
    html = whole_page(lang="en", headline="Rural hospital closure delayed", site="Valley Times", byline=row)
    article = extract_article(html, url="https://www.valleytimes.example/news/hospital-closure-delayed")
    assert article.authors == ["Jane Doe"]


def test_a_films_credits_box_under_the_headline_is_no_byline() -> None:
    """Finding 1: the box of a film's credits right under the headline, before the text, on a page with no
    author metadata: `Written by` beside `Directed by` and `Starring` names the film's writers."""
    box = FILM_CREDITS.replace('class="c8"', 'class="c7"')
    html = whole_page(
        lang="en", headline="A candy-coloured satire with a heart", site="Film Weekly", byline=box
    )
    article = extract_article(html, url="https://www.filmweekly.example/reviews/candy-coloured-satire")
    assert article.authors == []


def test_the_writers_avatar_and_a_follow_button_after_the_date_keep_the_name() -> None:
    """Finding 3/4 guards must not cost the name printed with its avatar after the date (watson.ch: the date,
    then `<img alt="Name">`, the name, the name again as the profile link, and a `Folge mir` button)."""
    row = (
        '<div class="c1"><a class="c2" href="#discussion_1"><span>Link zur Diskussion</span></a>'
        '<div class="c3">19.10.19, 18:56</div></div><div class="c4"><div class="c5"><img alt="Oliver Baroni" '
        'src="/img/ob.jpg"/></div><span class="c6">Oliver Baroni</span> <a href="/Oliver%20Baroni/">Oliver Baroni'
        '</a> <span class="c7">Folge mir</span></div>'
    )
    html = whole_page(
        lang="de", headline="Schulsanierung um ein Jahr verschoben", site="Stadtblatt", byline=row
    )
    article = extract_article(html, url="https://www.stadtblatt.example/article/schulsanierung-verschoben")
    assert article.authors == ["Oliver Baroni"]


def test_a_comments_posted_by_is_no_closing_credit() -> None:
    """Finding 9: a comment thread with unreadable classes, each `Posted by Name` above a long comment."""
    text = (
        "I agree with the board, this is long overdue for our valley and I hope the new operator comes soon, "
        "because the drive to the next emergency room is far too long for anyone in the hill towns."
    )
    thread = "".join(
        f'<div class="z1"><div class="z2">Posted by Anna Berger</div><p>{text} ({i})</p></div>'
        for i in range(3)
    )
    html = whole_page(
        lang="en", headline="Rural hospital closure delayed", site="Valley Times", byline="", after=thread
    )
    article = extract_article(html, url="https://www.valleytimes.example/news/hospital-closure-delayed")
    assert article.authors == []
