"""Author and title rules of session 13 (#10): credits that an author card, a bio box, a sign-off or a release's
number heading give, and the persons beside them that are no writers.

- A role line in an author card is no name: the job line under the writer's name (`Leiterin
  Projektmanagement`) that HubSpot blog templates (`blog-post__author-role`), WordPress author boxes (Simple
  Author Box, Molongui, PublishPress: `author-job`, `author-position`), Ghost themes (`author-card__role`) and
  news CMSes' author cards (`author__role`, `jobTitle` microdata) print beside it, known by its class token or
  itemprop; without them, by a post opening the line (`Leiterin`, `Geschäftsführer`, `Directeur`, `Kepala`)
  when that line is its own element after a two-word name's element, never inside one byline string.
- A photographer is no writer: a name whose role line says `fotograaf`/`Fotograf`/`photographer` (DPG/
  Mediahuis-style Dutch dailies, German regional papers, Indonesian portals) is dropped beside a writer, and
  kept out when the JSON-LD lists every credited person as an author; a JSON-LD Person whose `jobTitle` says
  photographer is left out beside another author. A photographer credited alone (a photo story) stays.
- Withdrawn after review (tests/test_extract_people13_review.py): a bio paragraph opening with `Über die
  Autorin:`/`About the author:` and a name alone closing the text no longer name the writer behind a desk
  byline (book reviews, publisher pages, obituaries, poems, greetings and link lists have the same shapes); their
  must-not-fire tests stay as guards.
- An <h1> that is only a document's kind and number (`Pressemitteilung Nr. 17/2026`, `Siaran Pers Nomor:
  12/HM/2026`, `Press Release No. 12`) gives way to the first heading under it, one level below with only a
  date or number line between: municipal and ministry press offices (Drupal, TYPO3, Indonesian government
  portals) print the release's headline there.

Each test serves a complete page (head metadata, navigation, sidebar, footer, comments where the family has
them) and says which family it stands for; every rule has look-alikes where it must not fire.
"""

from __future__ import annotations

import json

from telisik.extract import extract_article

_PROSE = [
    "Der Gemeinderat hat am Dienstagabend nach langer Debatte beschlossen, die Förderung für das kommende Jahr "
    "deutlich zu erhöhen, nachdem mehrere Vereine auf die gestiegenen Kosten hingewiesen hatten.",
    "Die Verwaltung soll bis zum Frühjahr ein Konzept vorlegen, wie die zusätzlichen Mittel verteilt werden. "
    "Dabei sollen auch kleinere Initiativen berücksichtigt werden, die bisher leer ausgingen.",
    "Kritik kam vor allem aus der Opposition, die eine bessere Kontrolle der Ausgaben fordert und auf die "
    "angespannte Haushaltslage der Stadt verweist, die im nächsten Jahr weiter sparen muss.",
]
_PROSA_ES = [
    "El pleno del Ayuntamiento aprobó este jueves por mayoría el proyecto que transformará la calle en un "
    "espacio reservado a peatones, con nuevas zonas de sombra, bancos y arbolado en todo su recorrido.",
    "Las obras comenzarán después del verano y se prolongarán durante ocho meses, según el calendario que "
    "presentó la concejala de Urbanismo en la comisión informativa celebrada la semana pasada.",
    "Los comerciantes de la zona pidieron que se mantenga el acceso para carga y descarga en horario de "
    "mañana, una petición que el equipo de gobierno se comprometió a estudiar antes de adjudicar el contrato.",
]


def _page(
    article: str,
    *,
    title: str,
    lang: str = "de",
    site: str = "Lokalblatt",
    head_extra: str = "",
    comments: str = "",
) -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{site}">
<meta property="og:title" content="{title}">
<meta name="description" content="{title}">
<meta property="article:published_time" content="2026-02-04T09:00:00+01:00">
{head_extra}
</head>
<body>
<header class="site-header"><a class="logo" href="https://www.example-news.test/">{site}</a>
<nav class="main-nav"><ul><li><a href="/lokales">Lokales</a></li><li><a href="/politik">Politik</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/kultur">Kultur</a></li></ul></nav></header>
<main id="main">
{article}
{comments}
</main>
<aside class="sidebar widget-area"><h2 class="widget-title">Neueste Beiträge</h2><ul>
<li><a href="/2026/02/01/winterdienst">Winterdienst im Dauereinsatz</a></li>
<li><a href="/2026/01/28/haushalt">Haushalt 2026 verabschiedet</a></li></ul></aside>
<footer class="site-footer"><p>© 2026 {site}</p><ul><li><a href="/impressum">Impressum</a></li>
<li><a href="/datenschutz">Datenschutz</a></li></ul></footer>
</body>
</html>"""


def _paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def _jsonld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


# --- A role line in an author card is no name ------------------------------------------------------------


def _hubspot_post(card: str) -> str:
    article = f"""<article class="blog-post">
<h1 class="blog-post__title">Fünf Fehler bei der Einführung eines Lagerverwaltungssystems</h1>
<div class="blog-post__body">{_paragraphs(_PROSE)}</div>
{card}
</article>"""
    return _page(
        article,
        title="Fünf Fehler bei der Einführung eines Lagerverwaltungssystems",
        site="Lagerwerk Blog",
        head_extra='<meta name="author" content="Lagerwerk GmbH">',
    )


def test_role_line_of_a_hubspot_author_card_is_no_second_name():
    """HubSpot blog template: name, job line and bio in the author card after the text."""
    card = """<div class="blog-post__author-card"><img class="blog-post__author-image" src="/k.jpg" alt="">
<div class="blog-post__author-text"><p class="blog-post__author-name">Mag. Katharina Pernsteiner</p>
<p class="blog-post__author-role">Leiterin Projektmanagement, Lagerwerk</p>
<p class="blog-post__author-bio">Katharina begleitet seit zwölf Jahren Einführungen im Handel.</p></div></div>"""
    assert extract_article(_hubspot_post(card)).authors == ["Katharina Pernsteiner"]


def test_role_line_marked_by_jobtitle_microdata_is_no_name():
    """A news CMS's author card marked with schema.org microdata: `jobTitle` beside the name."""
    card = """<div class="author-card" itemprop="author" itemscope itemtype="https://schema.org/Person">
<span class="author-card__name">Jonas Wolf</span><span class="author-card__line" itemprop="jobTitle">
Head Consultant</span></div>"""
    assert extract_article(_hubspot_post(card)).authors == ["Jonas Wolf"]


def test_job_line_without_a_role_class_is_no_second_name():
    """A company blog's hand-built author card (no role class): `Leiterin Projektmanagement` opens with a post."""
    card = """<div class="blog-post__author-card"><div class="blog-post__author-text">
<p>Katharina Pernsteiner</p><p>Leiterin Projektmanagement, Lagerwerk</p></div></div>"""
    assert extract_article(_hubspot_post(card)).authors == ["Katharina Pernsteiner"]


def test_surname_first_name_on_the_line_after_a_name_stays_a_writer():
    """Must not fire: a second writer's line `Leiter Michael` (surname first, two capitalised words) after a
    name's line is no job line; neither is a post word inside one byline string."""
    card = """<div class="blog-post__author-card"><div class="blog-post__author-text">
<p>Katharina Pernsteiner</p><p>Leiter Michael</p></div></div>"""
    assert extract_article(_hubspot_post(card)).authors != ["Katharina Pernsteiner"]
    one_line = '<div class="blog-post__author-card"><p>Von Hans Jürgen Leiter Müller</p></div>'
    assert extract_article(_hubspot_post(one_line)).authors == ["Hans Jürgen Leiter Müller"]


def test_conjunction_line_in_a_position_class_is_the_second_writer():
    """Must not fire as a role line: `y Pablo Jiménez Ruiz` in an `author-position` line (Spanish WordPress
    author boxes) is the second writer."""
    card = """<div class="author-box"><p class="author-name">Lucía Fernández Gómez</p>
<p class="author-position">y Pablo Jiménez Ruiz</p></div>"""
    assert extract_article(_hubspot_post(card)).authors == ["Lucía Fernández Gómez", "Pablo Jiménez Ruiz"]


def test_surname_that_is_a_post_word_stays_a_name():
    """Must not fire: `Leiter` as a family name (`Michael Leiter`) is no job line."""
    card = """<div class="blog-post__author-card"><div class="blog-post__author-text">
<p class="blog-post__author-name">Michael Leiter</p></div></div>"""
    assert extract_article(_hubspot_post(card)).authors == ["Michael Leiter"]


def test_two_name_leaves_in_an_author_card_stay_two_writers():
    """Must not fire: two writers in one box, each in a name-classed span (no role line between)."""
    card = """<div class="blog-post__author-card"><div class="blog-post__author-text">
<p class="blog-post__author-name">Katharina Pernsteiner</p><p class="blog-post__author-name">Jonas Wolf</p>
</div></div>"""
    assert extract_article(_hubspot_post(card)).authors == ["Katharina Pernsteiner", "Jonas Wolf"]


def test_name_classed_with_title_or_position_utility_is_still_read():
    """Must not fire: WordPress themes class the name itself `author-title`; Bootstrap's `position-relative`
    utility holds the word only inside its token."""
    card = """<div class="author-box"><h4 class="author-title position-relative">Katharina Pernsteiner</h4>
<p class="author-description">Katharina begleitet seit zwölf Jahren Einführungen im Handel.</p></div>"""
    assert extract_article(_hubspot_post(card)).authors == ["Katharina Pernsteiner"]


# --- A photographer is no writer --------------------------------------------------------------------------


def _dutch_article(authors_box: str, jsonld_authors: list[dict]) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Boeren willen zelf de stikstofplannen schrijven",
        "datePublished": "2026-02-04T04:00:00.000Z",
        "author": jsonld_authors,
        "publisher": {"@type": "Organization", "name": "De Veluwerand"},
    }
    article = f"""<article class="article"><header class="article__header">
<h1 class="article__title">Boeren rond Harderbroek willen zelf de stikstofplannen schrijven</h1>
<div class="article__meta">{authors_box}<time datetime="2026-02-04T04:00:00.000Z">4 feb. 2026</time></div>
</header><figure><img src="/boer.jpg" alt=""><figcaption>Een boer op zijn land. © Fenna Dijkhuis</figcaption>
</figure>
<div class="article__body"><p>Een groep van veertig boeren uit de omgeving wil niet langer wachten op de provincie
en schrijft zelf een plan om de uitstoot van stikstof in het gebied de komende jaren te verminderen.</p>
<p>De provincie reageert voorzichtig positief, maar wil eerst zien hoe de boeren de plannen willen betalen en wie
toezicht houdt op de uitvoering ervan in de komende tien jaar.</p></div></article>"""
    return _page(
        article,
        title="Boeren willen zelf de stikstofplannen schrijven",
        lang="nl",
        site="De Veluwerand",
        head_extra=_jsonld(data) + '<meta name="author" content="De Veluwerand">',
    )


def _author(name: str, role: str) -> str:
    return f'<div class="author"><span class="author__name">{name}</span><span class="author__role">{role}</span></div>'


def test_photographer_beside_the_reporter_is_no_writer_even_in_the_jsonld():
    """DPG/Mediahuis-style byline: reporter and photographer, both Person authors in the JSON-LD."""
    box = f'<div class="article__authors">{_author("Wouter Klaassen", "verslaggever")}'
    box += f"{_author('Fenna Dijkhuis', 'fotograaf')}</div>"
    persons = [{"@type": "Person", "name": "Wouter Klaassen"}, {"@type": "Person", "name": "Fenna Dijkhuis"}]
    assert extract_article(_dutch_article(box, persons)).authors == ["Wouter Klaassen"]


def test_jsonld_person_with_photographer_job_title_is_left_out():
    """German regional paper: no visible role, the JSON-LD `jobTitle` says who took the pictures."""
    persons = [
        {"@type": "Person", "name": "Wouter Klaassen", "jobTitle": "Redakteur"},
        {"@type": "Person", "name": "Fenna Dijkhuis", "jobTitle": "Fotografin"},
    ]
    assert extract_article(_dutch_article("", persons)).authors == ["Wouter Klaassen"]


def test_two_reporters_with_roles_stay_writers():
    """Must not fire: two reporters, each with a writer's role line."""
    box = f'<div class="article__authors">{_author("Wouter Klaassen", "verslaggever")}'
    box += f"{_author('Sanne de Groot', 'verslaggever')}</div>"
    persons = [{"@type": "Person", "name": "Wouter Klaassen"}, {"@type": "Person", "name": "Sanne de Groot"}]
    assert extract_article(_dutch_article(box, persons)).authors == ["Wouter Klaassen", "Sanne de Groot"]


def test_photographer_credited_alone_stays_credited():
    """Must not fire: a photo story credits only its photographer (visible and JSON-LD)."""
    box = f'<div class="article__authors">{_author("Fenna Dijkhuis", "fotograaf")}</div>'
    persons = [{"@type": "Person", "name": "Fenna Dijkhuis", "jobTitle": "fotograaf"}]
    assert extract_article(_dutch_article(box, persons)).authors == ["Fenna Dijkhuis"]


def test_jsonld_photo_editor_job_title_is_no_photographer():
    """Must not fire: `Fotoredakteurin` edits pictures and writes too; only a photographer's job drops."""
    persons = [
        {"@type": "Person", "name": "Wouter Klaassen", "jobTitle": "Redakteur"},
        {"@type": "Person", "name": "Sanne de Groot", "jobTitle": "Fotoredakteurin"},
    ]
    assert extract_article(_dutch_article("", persons)).authors == ["Wouter Klaassen", "Sanne de Groot"]


def test_jsonld_photographer_the_byline_credits_for_words_stays_a_writer():
    """Must not fire: `Tekst en foto's: Fenna Dijkhuis` credits her for the words; her JSON-LD `jobTitle`
    `Fotografin` beside another writer does not drop her."""
    box = '<p class="article__credit">Tekst en foto\'s: Fenna Dijkhuis</p>'
    persons = [
        {"@type": "Person", "name": "Fenna Dijkhuis", "jobTitle": "Fotografin"},
        {"@type": "Person", "name": "Wouter Klaassen", "jobTitle": "Redakteur"},
    ]
    assert "Fenna Dijkhuis" in extract_article(_dutch_article(box, persons)).authors


def test_jsonld_photographer_beside_an_organisation_only_stays():
    """Must not fire: beside the outlet as Organization, the photographer is the only person credited."""
    persons = [
        {"@type": "Person", "name": "Fenna Dijkhuis", "jobTitle": "Fotograaf"},
        {"@type": "Organization", "name": "De Veluwerand"},
    ]
    assert extract_article(_dutch_article("", persons)).authors == ["Fenna Dijkhuis"]


def test_jsonld_photographer_with_a_second_role_stays_a_writer():
    """Must not fire: `Fotografin und Redakteurin`, `Photojournalist` write too."""
    persons = [
        {"@type": "Person", "name": "Wouter Klaassen", "jobTitle": "Photojournalist"},
        {"@type": "Person", "name": "Fenna Dijkhuis", "jobTitle": "Fotografin und Redakteurin"},
    ]
    assert extract_article(_dutch_article("", persons)).authors == ["Wouter Klaassen", "Fenna Dijkhuis"]


# --- The about-the-author paragraph after the text ------------------------------------------------------


def _club_post(byline: str, after_text: str, *, comments: str = "") -> str:
    article = f"""<article class="post type-post" itemscope itemtype="https://schema.org/CreativeWork">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">Warum wir an der Eder keine
Steinschüttungen mehr wollen</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date
published" datetime="2026-02-04T18:30:00+01:00">4. Februar 2026</time></span> {byline}</div></header>
<div class="entry-content" itemprop="text">{_paragraphs(_PROSE)}{after_text}</div></article>"""
    return _page(article, title="Warum wir an der Eder keine Steinschüttungen mehr wollen", comments=comments)


_REDAKTION = (
    '<span class="byline">von <span class="author vcard"><a class="url fn n" href="/author/redaktion/">'
    "Redaktion</a></span></span>"
)


def test_bio_opening_with_a_description_gives_no_name():
    """Must not fire: `Die Gewässerökologin Theresa …` opens with a described person, not a name line (German
    nouns are capitalised: the run of capitals is no name)."""
    box = """<div class="wp-block-group autorenbox"><p><strong>Über die Autorin:</strong> Die Gewässerökologin
Theresa Vollmerhaus ist seit 2019 im Vorstand.</p></div>"""
    assert extract_article(_club_post(_REDAKTION, box)).authors == []


def test_book_review_about_the_author_paragraph_names_no_writer():
    """Must not fire: a review with no byline quotes the book's `About the author` in a plain paragraph."""
    box = """<h3>Das Buch</h3><p>Über den Autor: Daniel Kehlmann ist Schriftsteller und lebt in Berlin und New
York.</p>"""
    assert extract_article(_club_post("", box)).authors == []


def test_quoted_bio_the_text_goes_on_after_names_no_writer():
    """Must not fire: a desk-credited review quotes the book's `About the author` mid-text, prose follows."""
    quoted = """<p><strong>Über den Autor:</strong> Daniel Kehlmann ist Schriftsteller und lebt in Berlin.</p>
<p>Sein neuer Roman erzählt von einem Regisseur, der im Berlin der dreißiger Jahre zwischen die Fronten gerät,
und er tut das mit der Leichtigkeit, die man von ihm kennt, auch wenn der Stoff schwerer ist als sonst.</p>"""
    assert extract_article(_club_post(_REDAKTION, quoted)).authors == []


def test_role_leaf_naming_its_own_photographer_keeps_the_writer():
    """Must not fire: a role-classed leaf holding `Foto: Tom Berg` drops no writer before it."""
    box = (
        '<div class="article__authors"><div class="author"><span class="author__name">Wouter Klaassen</span>'
    )
    box += '<span class="author__role">Foto: Tom Berg</span></div></div>'
    assert extract_article(_dutch_article(box, [])).authors == ["Wouter Klaassen"]


def test_bio_label_in_a_comment_names_no_writer():
    """Must not fire: a reader's comment opening with the label, below a desk-credited post."""
    comments = """<section id="comments" class="comments-area"><h2 class="comments-title">2 Kommentare</h2>
<ol class="comment-list"><li class="comment"><article class="comment-body"><footer class="comment-meta">
<b class="fn">Kai</b></footer><div class="comment-content"><p>Über den Autor: Peter Brandl ist mein Nachbar und
kennt die Eder seit Jahrzehnten.</p></div></article></li></ol></section>"""
    assert extract_article(_club_post(_REDAKTION, "", comments=comments)).authors == []


def test_named_byline_is_not_replaced_by_a_bio_paragraph():
    """Must not fire: the byline names a person; a guest's bio after the text does not override it."""
    byline = '<span class="byline">von <span class="author vcard"><a class="url fn n" href="/author/jw/">Jonas Wolf'
    byline += "</a></span></span>"
    box = "<p><strong>Über die Autorin:</strong> Theresa Vollmerhaus ist Gewässerökologin.</p>"
    assert extract_article(_club_post(byline, box)).authors == ["Jonas Wolf"]


# --- A name alone closing the text under a desk byline --------------------------------------------------


def _desk_paper(
    closing: str, *, desk: str = "Redacción", lang: str = "es", prose: list[str] = _PROSA_ES
) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "El Ayuntamiento aprueba la peatonalización de la calle Mayor",
        "datePublished": "2026-02-04T19:48:12+00:00",
        "author": {"@type": "Person", "name": desk},
    }
    article = f"""<article class="post"><div class="td_block_wrap tdb_title"><h1 class="tdb-title-text">El
Ayuntamiento aprueba la peatonalización de la calle Mayor</h1></div>
<div class="td_block_wrap tdb_single_author"><div class="tdb-author-name-wrap">Por <a class="tdb-author-name"
href="/author/redaccion/">{desk}</a></div></div>
<div class="td_block_wrap tdb_single_content"><div class="tdb-block-inner td-fix-index">
{_paragraphs(prose)}{closing}</div></div>
<div class="td_block_wrap tdb_single_tags"><ul class="tdb-tags"><li><a href="/tag/urbanismo/">urbanismo</a></li>
</ul></div></article>"""
    return _page(
        article,
        title="El Ayuntamiento aprueba la peatonalización de la calle Mayor",
        lang=lang,
        site="El Faro del Valle",
        head_extra=_jsonld(data) + f'<meta name="author" content="{desk}">',
    )


def test_list_of_names_closing_the_text_names_no_writer():
    """Must not fire: the text ends with the prize winners, one name a line."""
    closing = "<p>Estos son los premiados de este año:</p><p>Ana Beltrán</p><p>Jorge Sastre</p>"
    assert extract_article(_desk_paper(closing)).authors == []


def test_quotation_credit_after_a_verse_names_no_writer():
    """Must not fire: the text closes with a verse and the poet's name under it."""
    closing = "<blockquote><p>Caminante, no hay camino, se hace camino al andar.</p></blockquote>"
    closing += "<p><em>Antonio Machado</em></p>"
    assert extract_article(_desk_paper(closing)).authors == []


def test_office_closing_the_text_names_no_writer():
    """Must not fire: a municipal release reprinted under `Redacción` closes with the issuing office."""
    assert extract_article(_desk_paper("<p><strong>Gabinete de Prensa</strong></p>")).authors == []


def test_quoted_person_closing_the_text_names_no_writer():
    """Must not fire: the text's last line names the spokesman it quoted (`…, señaló Villaplana.`)."""
    prose = [
        *_PROSA_ES[:2],
        _PROSA_ES[2] + " «Lo estudiaremos con calma», señaló Villaplana a este periódico.",
    ]
    page = _desk_paper("<p><em>Arturo Villaplana</em></p>", prose=prose)
    assert extract_article(page).authors == []


def test_closing_name_is_not_read_where_a_person_is_bylined():
    """Must not fire: the byline names a person; a closing name (a quoted source) changes nothing."""
    page = _desk_paper("<p><em>Lucía Ormaechea</em></p>", desk="Tomás Rivero")
    assert extract_article(page).authors == ["Tomás Rivero"]


# --- A release's number heading gives way to its headline -----------------------------------------------


def _press_office(h1: str, after_h1: str, *, lang: str = "de", site: str = "Stadt Hollenbeck") -> str:
    article = f"""<div class="region region-content"><div class="block block-page-title-block">
<h1 class="page-title"><span class="field field--name-title">{h1}</span></h1></div>
<article class="node node--type-pressemitteilung node--view-mode-full"><div class="node__content">
<div class="field field--name-field-datum">03.02.2026</div>{after_h1}
<div class="field field--name-body">{_paragraphs(_PROSE)}</div></div></article></div>"""
    page = _page(article, title=h1, lang=lang, site=site)
    return page.replace('<meta property="og:title" content="' + h1 + '">', "")


def test_number_heading_of_a_press_release_gives_way_to_its_headline():
    """Drupal city press office: the <h1> is `Pressemitteilung Nr. 17/2026`, the headline an <h2> under it."""
    after = '<div class="field field--name-field-untertitel"><h2>Stadt startet Förderprogramm für Balkonkraftwerke</h2></div>'
    page = extract_article(_press_office("Pressemitteilung Nr. 17/2026", after))
    assert page.title == "Stadt startet Förderprogramm für Balkonkraftwerke"


def test_indonesian_ministry_release_number_gives_way_to_its_headline():
    """Indonesian government portal: `Siaran Pers Nomor: 12/HM/2026` above the headline."""
    after = "<h2>Pemerintah Percepat Penyaluran Bantuan Pupuk untuk Petani</h2>"
    page = extract_article(
        _press_office("Siaran Pers Nomor: 12/HM/2026", after, lang="id", site="Kementerian")
    )
    assert page.title == "Pemerintah Percepat Penyaluran Bantuan Pupuk untuk Petani"


def test_label_with_words_after_the_number_is_the_headline():
    """Must not fire: `Press Release 12: …` carries its own headline."""
    h1 = "Press Release 12: Council approves the new cycling budget"
    after = "<h2>Key figures at a glance</h2>"
    assert extract_article(_press_office(h1, after, lang="en")).title == h1


def test_number_heading_followed_by_the_text_keeps_its_place():
    """Must not fire: the release's text comes first; the heading after it is the press contact's."""
    after = f"<p>{_PROSE[0]}</p><h2>Ansprechpartnerin für die Presse</h2>"
    page = extract_article(_press_office("Pressemitteilung Nr. 17/2026", after))
    assert page.title != "Ansprechpartnerin für die Presse"


def test_number_heading_before_a_linked_teaser_keeps_its_place():
    """Must not fire: the next heading is another release's linked teaser, not this one's headline."""
    after = '<h2><a href="/presse/16-2026">Stadtbücherei verlängert Öffnungszeiten am Samstag</a></h2>'
    page = extract_article(_press_office("Pressemitteilung Nr. 17/2026", after))
    assert page.title != "Stadtbücherei verlängert Öffnungszeiten am Samstag"


def test_number_heading_followed_by_a_sidebar_heading_keeps_its_place():
    """Must not fire: no headline under the label, the next heading is the sidebar's."""
    page = extract_article(_press_office("Pressemitteilung Nr. 17/2026", ""))
    assert page.title != "Neueste Beiträge"
