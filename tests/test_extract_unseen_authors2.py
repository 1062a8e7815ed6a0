"""Authors on outlets nobody on the project has tuned for (#10, author classes 1-7), second round: general
mechanisms rather than site shapes. Each test serves a whole page (head metadata and JSON-LD, navigation, the
article, a sidebar of other stories with their own bylines, related links, comments, footer) and checks who
wrote it and which organisations are credited; each names the sites its rule was seen on."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from telisik.extract import extract_article

FETCHED = datetime(2026, 1, 28, 3, 0, tzinfo=timezone.utc)

PARAGRAPHS = {
    "de": [
        "Die Stadt will die Hochwassermauer am Flussufer bis zum Herbst um einen halben Meter erhöhen. Der "
        "Gemeinderat hat am Dienstagabend die nötigen Mittel freigegeben, nach einer langen Debatte.",
        "Anwohner hatten seit dem letzten Hochwasser auf einen besseren Schutz gedrängt. Damals standen "
        "mehrere Keller in der Altstadt unter Wasser, der Schaden ging in die Millionen.",
        "Der Bürgermeister kündigte an, die Bauarbeiten würden abschnittsweise ausgeführt, damit der Radweg am "
        "Ufer den ganzen Sommer über wenigstens auf einer Seite befahrbar bleibe.",
    ],
    "en": [
        "The city council voted on Tuesday to raise the flood wall along the river by half a metre before the "
        "autumn storms, after a long debate about who should pay for the work.",
        "Residents had pressed for better protection since the last flood, when several cellars in the old town "
        "filled with water and the damage ran into the millions.",
        "The mayor said the work would be done in sections so that the riverside cycle path stays open on at "
        "least one bank for the whole summer.",
    ],
    "fr": [
        "Le conseil municipal a voté mardi soir la surélévation de la digue le long du fleuve avant les "
        "tempêtes d'automne, après un long débat sur le financement des travaux.",
        "Les riverains réclamaient une meilleure protection depuis la dernière crue, quand plusieurs caves de "
        "la vieille ville avaient été inondées et que les dégâts se chiffraient en millions.",
        "Le maire a précisé que les travaux seraient menés par tronçons afin que la piste cyclable reste "
        "ouverte sur au moins une rive pendant tout l'été.",
    ],
}
HEADLINES = {
    "de": "Hochwassermauer wird erhöht",
    "en": "Flood wall to be raised",
    "fr": "La digue sera rehaussée",
    "id": "Banjir Rendam Ratusan Rumah",
}


def text(lang: str) -> str:
    return "".join(f"<p>{p}</p>" for p in PARAGRAPHS[lang])


def jsonld(lang: str, **node: object) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": HEADLINES[lang],
        "datePublished": "2023-10-18T11:45:00+02:00",
        "publisher": {"@type": "Organization", "name": "Stadtanzeiger"},
    }
    data.update(node)
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def page(article: str, *, lang: str = "de", head: str = "", site: str = "Stadtanzeiger") -> str:
    """A whole page of a news site: metadata, menu, the article, related stories with their own bylines, a
    sidebar, comments and a footer."""
    title = HEADLINES[lang]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="2023-10-18T11:45:00+02:00">
{head}
</head>
<body class="page-article">
<header><a href="/" class="logo">{site}</a>
<nav class="main-menu"><ul><li><a href="/politik">Politik</a></li><li><a href="/autoren">Autoren</a></li>
<li><a href="/kultur">Kultur</a></li></ul></nav></header>
<main id="main">
{article}
<section class="related-articles"><h2>Mehr zum Thema</h2><ul>
<li><a href="/a/7"><h3>Neue Brücke freigegeben</h3></a><span class="byline">Von Karl Brenner, Köln</span></li>
<li><a href="/a/8"><h3>Stadtfest verschoben</h3></a><span class="byline">Von Lea Vogt, Bonn</span></li></ul></section>
<section id="comments" class="comments"><h2>Kommentare</h2><article class="comment">
<p class="submitted">Gerhard B. am 19. Oktober 2023</p><p>Endlich passiert etwas.</p></article></section>
</main>
<aside class="sidebar"><h2>Meistgelesen</h2><ul><li><a href="/a/1">Neuer Radweg eröffnet</a>
<span class="author">von Petra Lang</span></li></ul></aside>
<footer class="site-footer"><p>© 2023 {site} · <a href="/impressum">Impressum</a> · <a href="/kontakt">Kontakt</a></p>
</footer>
</body>
</html>"""


def extract(html: str, url: str = "https://stadtanzeiger.example/artikel/hochwassermauer-123"):
    return extract_article(html, url, fetched_at=FETCHED)


def header(lang: str, byline: str) -> str:
    return (
        f"<article class='article'><header><h1>{HEADLINES[lang]}</h1>"
        f"<div class='article-byline'>{byline}</div>"
        "<time datetime='2023-10-18T11:45:00+02:00'>18.10.2023</time></header>"
        f"<div class='article-body'>{text(lang)}</div></article>"
    )


# --- Class 5: a dateline place after the names is not a co-author -------------------------------------------


def test_german_byline_with_the_city_after_a_comma():
    """`Von Hans Müller, Berlin`: the reporter's city after the name (Süddeutsche Zeitung `Markus Balser,
    Berlin`, SRF `Monika Bolliger und Anna Trechsel, Sweidah`, German regional papers' `Von X, Ort`)."""
    result = extract(page(header("de", "Von Hans Müller, Berlin")))
    assert result.authors == ["Hans Müller"]


def test_english_byline_of_two_writers_with_a_city_of_two_words():
    """`By Jane Doe and John Roe, New York`: wire-style bylines name the place the story was filed from."""
    result = extract(
        page(header("en", "By Jane Doe and John Roe, New York"), lang="en", site="Riverside Post")
    )
    assert result.authors == ["Jane Doe", "John Roe"]


def test_french_byline_with_a_preposition_before_the_place():
    """`Par Jean Dupont, à Paris`: the French form; the whole byline was rejected as prose before."""
    result = extract(page(header("fr", "Par Jean Dupont, à Paris"), lang="fr", site="Le Riverain"))
    assert result.authors == ["Jean Dupont"]


def test_company_meta_author_with_city_and_country():
    """Meta `author` holding the publishing company, its city and country (kicker's `Olympia-Verlag GmbH,
    Nürnberg, Germany`, Süddeutsche's `Süddeutsche.de GmbH, Munich, Germany`, Haufe's `Copyright Haufe-Lexware
    GmbH & Co. KG`, Deutsches Weininstitut GmbH, ZooRoyal Petcare GmbH): the company is an organisation
    credited, not a person, and its place is no name."""
    head = (
        '<meta name="author" content="Copyright Stadtanzeiger Verlag GmbH &amp; Co. KG, Nürnberg, Germany">'
    )
    article = f"<article><h1>{HEADLINES['de']}</h1>{text('de')}</article>"
    result = extract(page(article, head=head))
    assert result.authors == []
    assert result.agencies == ["Stadtanzeiger Verlag GmbH"]


def test_two_writers_stay_two_writers():
    """`Jane Doe, John Roe` and `Doe, Jane`-like lists are not dateline places: only a place-shaped word after a
    full name is dropped."""
    result = extract(page(header("en", "By Jane Doe, John Roe"), lang="en", site="Riverside Post"))
    assert result.authors == ["Jane Doe", "John Roe"]


ID_TEXT = (
    "<p>Banjir merendam ratusan rumah warga di tiga desa setelah hujan deras mengguyur wilayah itu sejak Senin "
    "sore. Air mulai naik sekitar pukul 19.00 dan mencapai ketinggian satu meter pada malam hari.</p>"
    "<p>Kepala Pelaksana Badan Penanggulangan Bencana Daerah mengatakan petugas telah mengevakuasi warga lanjut "
    "usia dan anak-anak ke balai desa. Dapur umum juga didirikan untuk pengungsi.</p>"
)


def test_indonesian_one_word_co_author_is_kept():
    """On Indonesian pages a one-word name is a person (`Budi Santoso, Andhika`): the place rule stays off."""
    article = (
        "<article><h1>Banjir Rendam Ratusan Rumah</h1>"
        "<div class='post-author'>Oleh Budi Santoso, Andhika</div>" + ID_TEXT + "</article>"
    )
    result = extract(page(article, lang="id", site="Warta Kabupaten"), "https://wartakabupaten.id/banjir-123")
    assert result.authors == ["Budi Santoso", "Andhika"]


# --- Class 5: a JSON-LD author entry that is more than a name ----------------------------------------------


def test_json_ld_author_with_a_description_of_the_writer():
    """JSON-LD `author.name` holding the writer and a description (LRT's `Povilas Aleksandravičius, Mykolo
    Romerio universiteto ... profesorius, Lrt.lt`, guest authors on The Conversation-style sites): the name."""
    head = jsonld(
        "en",
        author=[{"@type": "Person", "name": "Jane Doe, professor of history at the University of Leeds"}],
    )
    article = f"<article><h1>{HEADLINES['en']}</h1>{text('en')}</article>"
    result = extract(page(article, lang="en", head=head, site="Riverside Post"))
    assert result.authors == ["Jane Doe"]


def test_json_ld_author_with_outlet_and_job_after_the_name():
    """`Troy L. Smith, Cleveland.com`, `Jill Disis, CNN Business`, `By TOM KRISHER, AP Auto Writer`: a name and
    its outlet or job in one JSON-LD entry (cleveland.com, CNN, AP member sites)."""
    head = jsonld("en", author={"@type": "Person", "name": "By MARY ROE, AP Science Writer"})
    article = f"<article><h1>{HEADLINES['en']}</h1>{text('en')}</article>"
    result = extract(page(article, lang="en", head=head, site="Riverside Post"))
    assert result.authors == ["Mary Roe"]


# --- Class 5: an unlabelled "by" word and the name in an unclassed element ----------------------------------


def test_german_von_line_without_class_or_colon_under_the_headline():
    """`<span class="hero__meta-label">von Alexander Rosenkranz</span>`: the byline of templates that give it no
    author class and no colon (heizung.de; stern/Capital-style utility classes `m211382`, Elementor text boxes,
    `msm` headers seen on other German sites carry the same line). Teasers below with their own `von` lines,
    an unclassed list of other stories, do not count."""
    article = (
        f"<article><div class='hero'><h1>{HEADLINES['de']}</h1><ul class='hero__meta'>"
        "<li class='hero__meta-item'><span class='hero__meta-label'> von Alexander Rosenkranz </span></li>"
        "<li class='hero__meta-item'><span class='hero__meta-label'>18.10.2023</span></li></ul></div>"
        f"{text('de')}"
        "<div class='grid'><div class='grid__item'><a href='/a/3'><h3>Wärmepumpe im Altbau</h3>"
        "<p class='grid__meta'>von Petra Walther</p></a></div>"
        "<div class='grid__item'><a href='/a/4'><h3>Solar auf dem Balkon</h3>"
        "<p class='grid__meta'>von Sven Lechtleitner</p></a></div></div></article>"
    )
    result = extract(page(article))
    assert result.authors == ["Alexander Rosenkranz"]


def test_unlabelled_von_line_of_a_teaser_is_not_the_byline():
    """Only the article's own line under the headline counts: a page whose only `von` lines sit in the cards
    of other stories names no author."""
    article = (
        f"<article><h1>{HEADLINES['de']}</h1>{text('de')}</article>"
        "<div class='grid'><div class='grid__item'><a href='/a/3'><h3>Wärmepumpe im Altbau</h3>"
        "<p class='grid__meta'>von Petra Walther</p></a></div>"
        "<div class='grid__item'><a href='/a/4'><h3>Solar auf dem Balkon</h3>"
        "<p class='grid__meta'>von Sven Lechtleitner</p></a></div></div>"
    )
    result = extract(page(article))
    assert result.authors == []


def test_german_von_line_of_several_writers_after_a_lead():
    """tagesschau's `<p class="autorenzeile">Von A, B und C, NDR</p>` after a lead full of inline markup: every
    writer, in order (the class names no author in a form the byline hints know)."""
    lead = "".join(
        f"<strong>{w}</strong> <em>Netz</em> " for w in ("Interne", "Unterlagen", "kursieren", "im")
    )
    article = (
        f"<article><h1><span class='seitenkopf__topline'>Datenleck</span> <span>{HEADLINES['de']}</span></h1>"
        f"<p class='text small'>{lead}{lead}{lead}</p>"
        "<p class='autorenzeile small'>Von Volkmar Kabisch, Jan Lukas Strozyk und Benedikt Strunz, NDR</p>"
        f"{text('de')}</article>"
    )
    result = extract(page(article))
    assert result.authors == ["Volkmar Kabisch", "Jan Lukas Strozyk", "Benedikt Strunz"]


# --- Class 7: broadcasters are organisations; the outlet credited alone loses to the named writer -----------


def test_broadcaster_in_meta_author_loses_to_the_writer_named_on_the_page():
    """DW's meta `author` is `Deutsche Welle`, the page's `Autorin/Autor` line names the writer: a broadcaster
    is no person (`Deutsche Welle`, `Bayerischer Rundfunk`, `Zweites Deutsches Fernsehen`), and the outlet
    credited where no person was named gives way to the writer, as a desk does."""
    head = '<meta name="author" content="Westdeutsche Welle">'
    article = (
        f"<article><h1>{HEADLINES['de']}</h1>{text('de')}</article>"
        "<div class='col1 dim'><ul class='smallList'><li><strong>Datum</strong> 18.10.2023</li>"
        "<li><strong>Autorin/Autor</strong> Roman Weber</li>"
        "<li><strong>Themenseiten</strong> <a href='/t/1'>Hochwasser</a></li></ul></div>"
    )
    result = extract(page(article, head=head, site="WW"))
    assert result.authors == ["Roman Weber"]
    assert result.agencies == []


def test_broadcaster_credited_alone_is_kept_as_an_organisation():
    """With no person named anywhere, the broadcaster stays credited, as an organisation."""
    head = '<meta name="author" content="Bayerischer Rundfunk">'
    article = f"<article><h1>{HEADLINES['de']}</h1>{text('de')}</article>"
    result = extract(page(article, head=head, site="BR24"))
    assert result.authors == []
    assert result.agencies == ["Bayerischer Rundfunk"]


# --- Class 5: microdata names; class 7: an agency written in full after the name ---------------------------


def test_microdata_author_with_nested_name_and_job():
    """`<span itemprop="author" itemscope><a itemprop="url"><span itemprop="name">Name</span></a><span>Redakteur
    Politik</span></span>`: schema.org microdata (SRF, Condé Nast's BylineWrapper on Wired/New Yorker, Blogger's
    `post-author vcard`, tagDiv's `td-page-meta` with `<meta itemprop="name" content=...>`): the name alone."""
    article = (
        f"<article><h1>{HEADLINES['de']}</h1><div class='meta'><span itemprop='author' itemscope "
        "itemtype='https://schema.org/Person'><a href='/p/1' itemprop='url'><span itemprop='name'>Hans Müller"
        "</span></a><span class='role'>Redakteur Politik</span></span></div>" + text("de") + "</article>"
    )
    result = extract(page(article))
    assert result.authors == ["Hans Müller"]


def test_microdata_author_name_in_a_meta_tag():
    """tagDiv's Newspaper theme: `<span class="td-page-meta" itemprop="author"><meta itemprop="name"
    content="...">`: the content is the name."""
    article = (
        f"<article><h1>{HEADLINES['en']}</h1><span class='td-page-meta' itemprop='author' itemscope "
        "itemtype='https://schema.org/Person'><meta itemprop='name' content='Jane Doe'>"
        "<meta itemprop='url' content='https://riverside.example/author/jane/'></span>"
        + text("en")
        + "</article>"
    )
    result = extract(page(article, lang="en", site="Riverside Post"))
    assert result.authors == ["Jane Doe"]


def test_agency_in_full_after_the_name_without_a_comma():
    """`By JANE DOE Associated Press`: print-derived wire bylines write the agency in full after the name
    (AP member papers, `Name Agence France-Presse`, `Name Deutsche Presse-Agentur`): the person and the agency
    apart."""
    article = (
        f"<article><h1>{HEADLINES['en']}</h1><p class='byline'>By JANE DOE Associated Press</p>"
        + text("en")
        + "</article>"
    )
    result = extract(page(article, lang="en", site="Riverside Post"))
    assert result.authors == ["Jane Doe"]
    assert result.agencies == ["Associated Press"]


# --- Class 2: a box about the writer after the text ---------------------------------------------------------


def test_unclassed_box_about_the_author_after_the_text():
    """`<h3>Über den Autor</h3><p><strong>Name</strong> schreibt ...</p>` with no author class and no byline
    anywhere else (the boxes of Drupal blocks, WordPress author-box plugins and Wix blogs seen on several German
    sites; `About the author`, `Tentang Penulis`, `Sobre el autor` alike): the box names the writer."""
    box = (
        "<section class='box'><h3>Über den Autor</h3><p><strong>Hans Müller</strong> schreibt seit 2010 über "
        "Stadtpolitik, Verkehr und Umwelt. Vorher war er Lokalredakteur in Kassel und Göttingen.</p></section>"
    )
    article = f"<article><h1>{HEADLINES['de']}</h1>{text('de')}{box}</article>"
    result = extract(page(article))
    assert result.authors == ["Hans Müller"]


def test_box_about_an_author_in_the_sidebar_names_nobody():
    """The same box in a sidebar (a blog's `About me` widget, another writer's profile) is not the byline."""
    box = (
        "<aside class='sidebar'><h3>Über die Autorin</h3><p><strong>Eva Schmidt</strong> bloggt über Gärten "
        "und Balkone, seit vielen Jahren und mit großer Freude an Pflanzen aller Art.</p></aside>"
    )
    article = f"<article><h1>{HEADLINES['de']}</h1>{text('de')}</article>{box}"
    result = extract(page(article))
    assert result.authors == []


def test_microdata_name_of_the_employer_nested_in_the_author_is_not_read():
    """`itemprop="author"` holding `worksFor` with its own `itemprop="name"`: the employer's name is not a
    second author (nor an organisation credited)."""
    article = (
        f"<article><h1>{HEADLINES['de']}</h1><div class='meta'><div itemprop='author' itemscope "
        "itemtype='https://schema.org/Person'><span itemprop='name'>Hans Müller</span><span class='role'> "
        "Redakteur Politik bei </span><span itemprop='worksFor' itemscope itemtype='https://schema.org/Organization'>"
        "<span itemprop='name'>Kieler Zeitung</span></span></div></div>" + text("de") + "</article>"
    )
    result = extract(page(article))
    assert result.authors == ["Hans Müller"]
    assert result.agencies == []


def test_unlabelled_von_line_in_a_picture_caption_is_not_the_byline():
    """A caption under the lead picture that starts with `Von` (`Von Hans Müller gemalt: ...`) is no byline."""
    article = (
        f"<article><h1>{HEADLINES['de']}</h1><figure><img src='/bild.jpg' alt=''>"
        "<figcaption>Von Anna Maler</figcaption></figure>" + text("de") + "</article>"
    )
    result = extract(page(article))
    assert result.authors == []


def test_json_ld_name_written_family_name_first_is_not_two_people():
    """`Müller, Hans` in one JSON-LD Person: never read as the two 'writers' `Müller` and `Hans`."""
    head = jsonld("de", author={"@type": "Person", "name": "Müller, Hans"})
    article = f"<article><h1>{HEADLINES['de']}</h1>{text('de')}</article>"
    result = extract(page(article, head=head))
    assert result.authors == []


def test_welle_is_a_surname_only_deutsche_welle_is_the_broadcaster():
    from telisik.extract.bylines import parse_byline

    assert parse_byline("By Klaus Welle").authors == ["Klaus Welle"]
    assert parse_byline("Deutsche Welle").authors == []
