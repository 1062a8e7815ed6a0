"""Chrome kept inside and after an article's text on sites nobody tuned for (issue #10, session 13, web-kinds-5):
boxes the platforms emit with their own markup, and the closing boilerplate of press releases.

- call-to-action boxes between the text's sections, by the platform's own class token (HubSpot `hs-cta-*`,
  `cta_button`, Elementor `elementor-widget-call-to-action`, Ghost `kg-cta-card`, Divi `et_pb_cta_*`): short, with
  a link or button; a theme's `cta` part, a builder module holding a section of the text, or a long block stays;
- boxes about the writer, by a whole class token (`autorenbox`, `author-box`) or a BEM element
  (`blog-post__author-card`) after the text's last paragraph; (the label rule, `Über die Autorin:`, was withdrawn
  in review: book reviews end with the book's author so; see tests/test_extract_chrome13_review.py);
- a donation group between paragraphs, set apart by the WordPress block editor's `has-background` (or an appeal
  class) with no link but to the outlet's donation page and its own appeal words; a coloured fact box stays;
- the publisher's `About <name>` boilerplate closing a press release (universities' news offices, companies'
  newsrooms, PR wires), when the name is the page's publisher (`og:site_name`, JSON-LD organisation, `<title>`
  suffix; never the host), followed by a profile sentence and only contact lines; `Über die Umfrage` or `About
  <a company in the news>` stays;
- a paywall's offer box whose lines are parts of the wall itself (`paywall__title`, `paywall__usps`: DPG Media,
  Mediahuis, Plenigo, Steady); paid text wrapped in a bare `div.paywall` stays.
"""

from __future__ import annotations

from support.review_chrome import review_page

from telisik.extract import extract_article

_DE = [
    "Der Gemeinderat hat am Dienstagabend mit großer Mehrheit beschlossen, die alte Mühle am Bach zu sanieren und "
    "als Begegnungsstätte für Vereine und Schulen zu öffnen.",
    "Die Kosten von rund 1,2 Millionen Euro trägt zu einem Drittel das Land, den Rest teilen sich die Gemeinde und "
    "ein Förderverein, der seit drei Jahren Spenden für das Gebäude sammelt.",
    "Bürgermeisterin Anja Roth sprach von einem guten Tag für den Ort. Die Mühle sei das älteste Haus im Dorf und "
    "dürfe nicht verfallen, sagte sie nach der Abstimmung.",
    "Die Bauarbeiten sollen im Frühjahr beginnen und bis Ende des kommenden Jahres abgeschlossen sein. Während der "
    "Sanierung bleibt der Weg am Bach gesperrt.",
]
_EN = [
    "Researchers at the marine station counted 41 sea otters in the estuary this winter, the highest number since "
    "monitoring began in 1998, according to a study published on Tuesday.",
    "The animals had vanished from the bay in the 1930s after decades of hunting, and only a handful returned in "
    "the early 2000s, the researchers wrote.",
    "Otters feed on crabs that in turn eat the eelgrass, so their presence helps the meadows expand, said Dr. Maya "
    "Lindqvist, a professor of ecology who led the counts.",
    "The team will continue monthly counts and plans to fit a small number of otters with tracking tags next year "
    "in cooperation with the state wildlife agency.",
]


def _de_post(content: str, *, head: str = "", site: str = "Heimatblatt Talheim") -> str:
    main = f"""<main id="main" class="site-main"><article class="post type-post hentry">
<header class="entry-header"><h1 class="entry-title">Alte Mühle wird Begegnungsstätte</h1>
<div class="entry-meta"><time class="entry-date published" datetime="2026-02-04T18:30:00+01:00">4. Februar 2026</time>
<span class="byline">von <a href="/author/redaktion/">Redaktion</a></span></div></header>
<div class="entry-content">{content}</div>
<footer class="entry-footer"><span class="cat-links"><a href="/category/lokales/">Lokales</a></span></footer>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">2 Kommentare</h2><ol class="comment-list">
<li class="comment"><p>Endlich passiert da was, die Mühle ist ein Schmuckstück.</p></li></ol></div></main>"""
    return review_page(
        lang="de",
        site=site,
        title_tag=f"Alte Mühle wird Begegnungsstätte – {site}",
        head=f'<meta property="og:type" content="article"><meta property="og:site_name" content="{site}">{head}',
        main=main,
        url="https://www.heimatblatt-talheim.de/2026/02/04/muehle/",
    )


def _en_release(content: str, *, head: str = "", site: str = "Kestrel Bay University News") -> str:
    main = f"""<main id="main-content" role="main"><article class="node node--type-news-release">
<div class="breadcrumb"><a href="/">News</a> › <a href="/releases">Releases</a></div>
<h1 class="page-title">Sea otters return to the estuary</h1>
<div class="field--name-field-date"><time datetime="2026-02-10T17:00:00Z">February 10, 2026</time></div>
<div class="field field--name-body">{content}</div>
<div class="field--name-field-contact"><h2>Media contact</h2><p>Dana Pruett, News Office, 555-0100</p></div>
</article></main>"""
    return review_page(
        lang="en",
        site=site,
        title_tag=f"Sea otters return to the estuary | {site}",
        head=f'<meta property="og:type" content="article"><meta property="og:site_name" content="{site}">{head}',
        main=main,
        url="https://news.kestrelbay.edu/releases/2026/02/10/sea-otters",
    )


def _paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def _body_of(page: str, url: str) -> str:
    return extract_article(page, url=url).body


_DE_URL = "https://www.heimatblatt-talheim.de/2026/02/04/muehle/"
_EN_URL = "https://news.kestrelbay.edu/releases/2026/02/10/sea-otters"


# --- call-to-action boxes -------------------------------------------------------------------------------------


def test_a_cta_banner_between_sections_goes() -> None:
    """HubSpot's own `hs-cta-embed` CTA (a title, a line, a button) between the text's sections; Elementor's
    call-to-action widget in a post. (A theme's `cta-banner` is not read: a theme's `cta` part names text too.)"""
    cta = (
        '<div class="hs-cta-embed hs-cta-simple-placeholder hs-cta-embed-184220741"><p>Sie planen einen Umbau?</p>'
        "<p>Vereinbaren Sie ein unverbindliches Erstgespräch mit unseren Expertinnen und Experten.</p>"
        '<a href="https://cta-service-cms2.hubspot.com/web-interactives/public/v1/track/redirect">Jetzt Termin '
        "vereinbaren</a></div>"
        '<div class="elementor-element elementor-widget elementor-widget-call-to-action"><div class="elementor-cta">'
        '<h3 class="elementor-cta__title">Unser Newsletter zur Dorfentwicklung</h3>'
        '<div class="elementor-cta__description">Einmal im Monat alle Termine und Neuigkeiten aus dem Ort.</div>'
        '<a class="elementor-cta__button" href="/newsletter">Anmelden</a></div></div>'
    )
    body = _body_of(_de_post(_paragraphs(_DE[:2]) + cta + _paragraphs(_DE[2:])), _DE_URL)
    assert all(text in body for text in _DE)
    assert "Erstgespräch" not in body
    assert "Newsletter zur Dorfentwicklung" not in body


def test_a_builder_module_named_cta_without_a_link_stays() -> None:
    """A page builder's module of kind `cta` holding a paragraph of the text and no button is the text."""
    module = f'<div class="pb-module pb-cta"><p>{_DE[2]}</p></div>'
    body = _body_of(_de_post(_paragraphs(_DE[:2]) + module + _paragraphs(_DE[3:])), _DE_URL)
    assert all(text in body for text in _DE)


def test_a_long_block_with_a_cta_class_stays() -> None:
    """A wrapper with a `cta` class around a long stretch of the text (a theme's `has-cta` layout) is no box."""
    wrapper = f'<div class="section cta-section">{_paragraphs(_DE[1:])}<a href="/kontakt">Kontakt</a></div>'
    body = _body_of(_de_post(_paragraphs(_DE[:1]) + wrapper), _DE_URL)
    assert all(text in body for text in _DE)


def test_a_link_styled_as_a_call_to_action_inside_a_sentence_stays() -> None:
    """An inline `<a class="cta-link">` in a paragraph of the text is a link of the sentence, not a box."""
    sentence = (
        '<p>Den vollständigen Beschluss hat die Gemeinde <a class="cta-link" href="/beschluss.pdf">auf ihrer '
        "Website</a> veröffentlicht, dazu die Pläne des Architekturbüros.</p>"
    )
    body = _body_of(_de_post(_paragraphs(_DE[:2]) + sentence + _paragraphs(_DE[2:])), _DE_URL)
    assert "auf ihrer Website veröffentlicht, dazu die Pläne" in body


# --- boxes about the writer -----------------------------------------------------------------------------------


def test_an_author_card_after_the_text_goes() -> None:
    """HubSpot themes' `blog-post__author-card` (the BEM block `blog-post` reads as content, the element names
    the box) and a WordPress group block `autorenbox`."""
    card = (
        '<div class="blog-post__author-card"><img src="/team/kp.jpg" alt="Katharina P."><div>'
        '<p class="blog-post__author-name">Katharina Pernsteiner</p>'
        '<p class="blog-post__author-role">Leiterin Projektmanagement</p>'
        "<p>Katharina begleitet seit zwölf Jahren Bauprojekte in Gemeinden und Vereinen.</p></div></div>"
    )
    box = (
        '<div class="wp-block-group autorenbox"><p>Theresa Vollmerhaus schreibt seit 2019 für den Verein und '
        "leitet das Projekt Mühlbach.</p></div>"
    )
    for tail in (card, box):
        body = _body_of(_de_post(_paragraphs(_DE) + tail), _DE_URL)
        assert all(text in body for text in _DE)
        assert "zwölf Jahren" not in body
        assert "schreibt seit 2019" not in body


def test_a_post_class_naming_an_author_box_option_stays() -> None:
    """A post wrapper whose class names a theme option (`has-author-box-enabled`) is no box about the writer."""
    page = _de_post(_paragraphs(_DE)).replace(
        '<div class="entry-content">', '<div class="entry-content has-author-box-enabled">'
    )
    body = _body_of(page, _DE_URL)
    assert all(text in body for text in _DE)


def test_a_sentence_about_an_author_stays() -> None:
    """`Über den Autor des Gutachtens …` is a sentence of the text, not a box's label."""
    sentence = (
        "<p>Über den Autor des Gutachtens, einen Ingenieur aus Kassel, war im Rat zuvor heftig gestritten "
        "worden.</p>"
    )
    body = _body_of(_de_post(_paragraphs(_DE) + sentence), _DE_URL)
    assert "Über den Autor des Gutachtens" in body


def test_a_long_section_on_a_books_author_stays() -> None:
    """A book review's closing `Zum Autor:` section of several paragraphs is part of the review."""
    section = (
        "<p><strong>Zum Autor:</strong> Jonas Hartmann wurde 1961 in Talheim geboren und lebte lange als Müller im "
        "Ort, bevor er in den Siebzigerjahren nach Hamburg zog und dort als Lektor arbeitete.</p>"
        "<p>Sein erster Roman erschien 1989 und wurde in zwölf Sprachen übersetzt. Die Mühle am Bach kehrt darin "
        "als Schauplatz immer wieder, ebenso wie in seinen späteren Erzählungen über das Dorf.</p>"
        "<p>Für sein Werk erhielt er unter anderem den Preis der Stadt Hamburg und den Hessischen Literaturpreis. "
        "Heute lebt er wieder in Talheim, in einem Haus gleich neben der Mühle, deren Sanierung er unterstützt.</p>"
    )
    body = _body_of(_de_post(_paragraphs(_DE) + section), _DE_URL)
    assert "Sein erster Roman erschien 1989" in body
    assert "Jonas Hartmann wurde 1961" in body


# --- donation groups ------------------------------------------------------------------------------------------


def test_a_set_apart_donation_group_between_paragraphs_goes() -> None:
    """An NGO's or association's WordPress group block, coloured by the editor, asking for money with a button to
    the donation page between two paragraphs (German association blogs' `Unterstützen Sie unsere Arbeit!`,
    English nonprofit newsrooms' `Support our work`)."""
    group = (
        '<div class="wp-block-group has-pale-cyan-blue-background-color has-background"><div '
        'class="wp-block-group__inner-container"><h3 class="wp-block-heading">Unterstützen Sie unsere Arbeit!</h3>'
        "<p>Unsere Arbeit finanziert sich fast ausschließlich aus Spenden. Schon 5 Euro im Monat helfen uns.</p>"
        '<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" '
        'href="https://www.heimatblatt-talheim.de/spenden/">Jetzt spenden</a></div></div></div></div>'
    )
    body = _body_of(_de_post(_paragraphs(_DE[:2]) + group + _paragraphs(_DE[2:])), _DE_URL)
    assert all(text in body for text in _DE)
    assert "5 Euro im Monat" not in body


def test_a_coloured_fact_box_with_other_links_stays() -> None:
    """A coloured box of facts that links to the donation page and to a report is part of the text."""
    box = (
        '<div class="wp-block-group has-background"><p>Der Förderverein hat seit 2023 rund 240.000 Euro gesammelt, '
        'wie sein <a href="/bericht-2025/">Jahresbericht</a> zeigt.</p><p>Wer den Verein unterstützen will, findet '
        'alles Nötige auf der <a href="/spenden/">Spendenseite</a>.</p></div>'
    )
    body = _body_of(_de_post(_paragraphs(_DE[:2]) + box + _paragraphs(_DE[2:])), _DE_URL)
    assert "rund 240.000 Euro gesammelt" in body


def test_a_coloured_box_of_several_paragraphs_on_donations_stays() -> None:
    """A coloured box of three paragraphs about the fund, with one donation link, is text about donations."""
    box = (
        '<div class="wp-block-group has-background">'
        "<p>Der Förderverein sammelt seit drei Jahren.</p><p>Im vergangenen Jahr kamen 80.000 Euro zusammen.</p>"
        '<p>Spenden sind weiter über die <a href="/spenden/">Spendenseite</a> möglich.</p></div>'
    )
    body = _body_of(_de_post(_paragraphs(_DE[:2]) + box + _paragraphs(_DE[2:])), _DE_URL)
    assert "Im vergangenen Jahr kamen 80.000 Euro zusammen." in body


# --- the publisher's boilerplate ------------------------------------------------------------------------------


def test_the_publishers_about_paragraph_closing_a_release_goes() -> None:
    """`About Kestrel Bay University:` (a university news office's release, the name the site's name with
    `News`), and `About Kestrel Bay University` as a heading over two lines (PR wires' releases)."""
    inline = (
        "<p><strong>About Kestrel Bay University:</strong> Founded in 1891, Kestrel Bay University is a public "
        "research university with 31,000 students.</p>"
    )
    heading = (
        "<h3>About Kestrel Bay University</h3><p>Founded in 1891, Kestrel Bay University is a public research "
        "university with 31,000 students.</p><p>Media contact: Jo Reyes, jreyes@kestrelbay.edu</p>"
    )
    for tail in (inline, heading):
        body = _body_of(_en_release(_paragraphs(_EN) + tail), _EN_URL)
        assert all(text in body for text in _EN)
        assert "Founded in 1891" not in body


def test_a_company_releases_uber_section_goes_by_its_structured_data() -> None:
    """A German company's newsroom: `Über die Stadtwerke Talheim` names the JSON-LD Organization."""
    head = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization",'
        '"name":"Stadtwerke Talheim","url":"https://www.stadtwerke-talheim.de"},{"@type":"WebPage",'
        '"name":"Alte Mühle wird Begegnungsstätte"}]}</script>'
    )
    tail = (
        "<h2>Über die Stadtwerke Talheim</h2><p>Die Stadtwerke Talheim sind der Versorger des Ortes und versorgen "
        "40.000 Menschen mit Strom, Gas und Wasser.</p><p>Pressekontakt: Eva Lind, presse@stadtwerke-talheim.de</p>"
    )
    body = _body_of(_de_post(_paragraphs(_DE) + tail, head=head, site="Presse"), _DE_URL)
    assert all(text in body for text in _DE)
    assert "40.000 Menschen" not in body


def test_an_about_section_naming_something_else_stays() -> None:
    """`Über die Umfrage` (a survey's method section), `About Acme Corp` in a news story about the company (the
    publisher is the paper) and `About <the publisher>'s new dean` are the text."""
    survey = (
        "<h2>Über die Umfrage</h2><p>Befragt wurden 1.012 Personen ab 16 Jahren im Januar 2026, telefonisch und "
        "online.</p>"
    )
    body = _body_of(_de_post(_paragraphs(_DE) + survey), _DE_URL)
    assert "Befragt wurden 1.012 Personen" in body
    company = (
        "<h2>About Acme Corp</h2><p>Acme Corp, founded in 1950, employs 2,000 people at its plant on the bay, "
        "the county's largest private employer.</p>"
    )
    body = _body_of(_en_release(_paragraphs(_EN) + company), _EN_URL)
    assert "employs 2,000 people" in body
    dean = (
        "<h2>About Kestrel Bay University's new dean</h2><p>Professor Ana Ruiz joined the faculty in 2009 and has "
        "led the marine station since 2019.</p>"
    )
    body = _body_of(_en_release(_paragraphs(_EN) + dean), _EN_URL)
    assert "Professor Ana Ruiz joined the faculty" in body


def test_an_about_the_publisher_section_early_in_the_text_stays() -> None:
    """An `About Kestrel Bay University` section in the text's first half (a profile page) is not its end."""
    early = "<h2>About Kestrel Bay University</h2><p>Founded in 1891, it is a public research university.</p>"
    body = _body_of(_en_release(early + _paragraphs(_EN)), _EN_URL)
    assert all(text in body for text in _EN)


# --- paywall offer boxes --------------------------------------------------------------------------------------


def test_a_paywall_box_of_the_walls_own_parts_goes() -> None:
    """DPG Media's and Mediahuis' premium wall: a title, selling points, an offer and the log-in line, each in
    a `paywall__*` part (also Plenigo's and Steady's templates)."""
    wall = (
        '<div class="paywall"><div class="paywall__inner"><h2 class="paywall__title">Lees verder met Premium</h2>'
        '<p class="paywall__text">Dit artikel is exclusief voor abonnees.</p><ul class="paywall__usps">'
        "<li>Onbeperkt toegang tot alle artikelen</li><li>De digitale krant al vanaf 6.00 uur</li></ul>"
        '<a class="paywall__button" href="https://www.heimatblatt-talheim.de/abonnement?ref=paywall">1 maand voor 1 '
        'euro</a><p class="paywall__login">Ben je al abonnee? <a href="/login">Log in</a></p></div></div>'
    )
    body = _body_of(_de_post(_paragraphs(_DE) + wall), _DE_URL)
    assert all(text in body for text in _DE)
    assert "Lees verder met Premium" not in body
    assert "digitale krant" not in body


def test_paid_text_in_a_bare_paywall_wrapper_stays() -> None:
    """Paid text wrapped in `div.paywall` (Condé Nast-like) with a subscribe line keeps its paragraphs and its
    subheading."""
    wrapped = (
        '<div class="paywall"><h2>Was kommt jetzt?</h2><p>Der Bau beginnt im März.</p><ul>'
        "<li>Erst das Dach</li><li>Dann die Fenster</li></ul>"
        f'<p>{_DE[3]}</p><p>Mehr lesen mit dem <a href="/abonnement">Abo</a>.</p></div>'
    )
    body = _body_of(_de_post(_paragraphs(_DE[:3]) + wrapped), _DE_URL)
    assert "Der Bau beginnt im März." in body
    assert "Erst das Dach" in body


def test_paid_text_in_a_paywall_content_part_stays() -> None:
    """`article-paywall-content` inside a wall wraps the paid text, not a part of the offer."""
    wrapped = (
        '<div class="paywall"><div class="article-paywall-content"><h2>Was kommt jetzt?</h2>'
        "<p>Der Bau beginnt im März.</p></div>"
        '<p class="paywall__login">Schon Abonnent? <a href="/abonnement">Anmelden</a></p></div>'
    )
    body = _body_of(_de_post(_paragraphs(_DE) + wrapped), _DE_URL)
    assert "Der Bau beginnt im März." in body
