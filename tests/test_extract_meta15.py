"""Title, writer and date rules of session 15 (#10, web-kinds-12: pages that are no news articles, 2014-2020).

- An event's start and end are never the page's publication date. On an event page (a schema.org `Event` or
  subtype in the JSON-LD and no article node: Divi/Elementor venue pages with an events plugin's JSON-LD, The
  Events Calendar, Events Manager, ticket shops) no date on the event's days is read, and the page's change
  stamps are no publication; on any page, a date line in an event's schedule markup (hCalendar `dtstart`,
  microformats2 `dt-start`, The Events Calendar's `tribe-events-schedule`, microdata `startDate`) is no date line.
  A news story or a blog post about an event (NewsArticle/BlogPosting node, its own date line) keeps its date.
- Public administrations (`Stadtverwaltung Döbeln`, `Landratsamt X`, `Stadt X`, `City of X`, `X City Council`,
  `Mairie de X`, `Ayuntamiento de X`, `Gemeente X`) are organisations, never writers: TYPO3, Drupal and Joomla
  municipal sites put them in `meta author`. `Anna Stadt`, `Jane Town` stay persons.
- A job ad's contact person is no writer: on a page declaring a JobPosting (Personio, softgarden, WP Job
  Manager, Greenhouse, StepStone pages) and no article node, a byline inside a contact box (`contact-person-box`,
  `kontakt`, `ansprechpartner`) is skipped; a box named for a contact person is skipped on any page. A post's
  word glued after a name by the contact box's `<br>` (`Claudia Gebhardt Personalreferentin`, `Jan Meier
  Pressesprecher`) never stays in the name; a surname of that shape (`Hans Leiter`) stays.
- A <title> that is the site's name first (its logo's name, og:site_name, the JSON-LD website's) with its town,
  tagline or section after it is no headline when the page has one own <h1> (`Über uns`, `Personalausweis
  beantragen`); a `Headline | Site` <title>, a page with two <h1>s, and a one-word <h1> the menu does not mark
  current keep the other readings.

Each test serves a complete page (head metadata, navigation, sidebar, footer) and names the family it stands for.
"""

from __future__ import annotations

from telisik.extract import extract_article

_PROSE_DE = [
    "Zum fünften Mal verwandelt sich die alte Spinnerei in eine große Chorbühne. Sechs Chöre aus der Region singen "
    "nacheinander, durcheinander und am Ende alle zusammen, vom Kinderchor bis zum Männergesangverein.",
    "Karten gibt es an der Abendkasse und im Vorverkauf. Für Familien mit Kindern gibt es ermäßigte Plätze auf der "
    "Empore, die Garderobe ist im Eintritt enthalten und der Saal ist barrierefrei erreichbar.",
    "Wer selbst mitsingen möchte, kann sich bis Ende Oktober für den offenen Projektchor anmelden, der am Ende des "
    "Abends gemeinsam mit allen Ensembles das große Finale bestreitet.",
]
_TEXT_DE = "".join(f"<p>{p}</p>" for p in _PROSE_DE)
_NAV = (
    '<nav class="main-nav"><ul><li><a href="/">Start</a></li><li><a href="/programm/">Programm</a></li>'
    '<li><a href="/haus/">Haus</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></nav>'
)
_FOOTER = (
    '<footer id="footer"><p>© 2019 Kulturhaus Spinnerei e. V. · <a href="/impressum/">Impressum</a> · '
    '<a href="/datenschutz/">Datenschutz</a></p></footer>'
)

_EVENT_LD = (
    '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "MusicEvent", '
    '"name": "Nacht der Chöre", "startDate": "2019-11-16T19:30:00+01:00", "endDate": "2019-11-16T22:30:00+01:00", '
    '"location": {"@type": "Place", "name": "Kulturhaus Spinnerei"}}</script>'
)


def _event_page(*, article_ld: str = "", date_box: str, meta_row: str = "", extra_head: str = "") -> str:
    """A Divi venue page of 2019 with Yoast's WebPage graph and an events plugin's Event JSON-LD."""
    return f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="UTF-8" />
<title>Nacht der Chöre | Kulturhaus Spinnerei</title>
<meta name="description" content="Sechs Chöre, ein Abend in der Spinnerei." />
<meta property="og:type" content="article" />
<meta property="og:title" content="Nacht der Chöre | Kulturhaus Spinnerei" />
<meta property="og:site_name" content="Kulturhaus Spinnerei" />
<meta property="article:modified_time" content="2019-11-02T09:14:27+00:00" />
{extra_head}
<script type="application/ld+json">{{"@context":"https://schema.org","@graph":[{{"@type":"WebSite",
"name":"Kulturhaus Spinnerei","url":"https://www.spinnerei-kultur.de/"}},{{"@type":"WebPage",
"name":"Nacht der Chöre","dateModified":"2019-11-02T09:14:27+00:00"}}{article_ld}]}}</script>
{_EVENT_LD}
</head>
<body class="page-template-default et_pb_pagebuilder_layout">
<header id="main-header"><a href="/" class="logo_container"><img src="/logo.png" alt="Kulturhaus Spinnerei" id="logo" /></a>
{_NAV}</header>
<div id="main-content"><div class="et_pb_section"><div class="et_pb_row">
<div class="et_pb_module et_pb_text"><div class="et_pb_text_inner"><h1>Nacht der Chöre</h1></div></div>
{meta_row}
<div class="et_pb_module et_pb_text"><div class="et_pb_text_inner"><h4>Wann &amp; wo</h4>{date_box}</div></div>
<div class="et_pb_module et_pb_text"><div class="et_pb_text_inner">{_TEXT_DE}</div></div>
</div></div>
<div class="et_pb_section"><h2>Weitere Veranstaltungen</h2>
<div class="et_pb_blurb"><h4><a href="/veranstaltung/weihnachtsmarkt/">Weihnachtsmarkt</a></h4><p>30. November 2019 · Hof</p></div>
<div class="et_pb_blurb"><h4><a href="/veranstaltung/silvester/">Silvesterball</a></h4><p>31. Dezember 2019 · Saal</p></div>
</div></div>
{_FOOTER}
</body>
</html>"""


_DATE_BOX = "<p><strong>Samstag, 16. November 2019</strong><br />Beginn 19:30 Uhr<br />Großer Saal</p>"


def test_event_page_start_is_no_publication_date() -> None:
    """Divi/Elementor venue pages with an events plugin's Event JSON-LD: the `Wann & wo` box shows the start."""
    article = extract_article(_event_page(date_box=_DATE_BOX), url="https://www.spinnerei-kultur.de/nacht/")
    assert article.published is None


def test_events_calendar_schedule_line_is_no_date_line() -> None:
    """The Events Calendar (Tribe) prints the start under the title in `tribe-events-schedule`, also on sites
    whose JSON-LD has no Event node (its JSON-LD switched off): the schedule markup says so."""
    schedule = (
        '<div class="tribe-events-schedule tribe-clearfix"><h2><span class="tribe-event-date-start">'
        '16. November 2019 um 19:30</span> - <span class="tribe-event-time">22:30</span></h2></div>'
    )
    page = _event_page(date_box="<p>Großer Saal</p>", meta_row=schedule).replace(_EVENT_LD, "")
    article = extract_article(page, url="https://www.spinnerei-kultur.de/nacht/")
    assert article.published is None or article.published.day != 16


def test_news_story_about_an_event_keeps_its_date() -> None:
    """A local paper's preview (NewsArticle node with its datePublished) of the concert: the story's date."""
    node = ',{"@type":"NewsArticle","headline":"Nacht der Chöre","datePublished":"2019-10-28T08:00:00+01:00"}'
    row = '<p class="post-meta">von <a href="/author/anna-roth/">Anna Roth</a> | 28. Oktober 2019</p>'
    article = extract_article(
        _event_page(article_ld=node, date_box=_DATE_BOX, meta_row=row),
        url="https://www.spinnerei-kultur.de/nacht/",
    )
    assert article.published is not None
    assert (article.published.month, article.published.day) == (10, 28)


def test_blog_post_embedding_an_event_keeps_its_post_date() -> None:
    """A choir's WordPress blog without an SEO plugin: the events plugin's Event JSON-LD and no article node,
    but the post's own date line under the title on another day than the concert."""
    row = '<p class="post-meta"><span class="published">2. Oktober 2019</span></p>'
    article = extract_article(
        _event_page(date_box=_DATE_BOX, meta_row=row), url="https://www.spinnerei-kultur.de/nacht/"
    )
    assert article.published is not None
    assert (article.published.month, article.published.day) == (10, 2)


# --- public offices as `meta author` ---------------------------------------------------------------------------


def _town_page(
    author: str, *, title: str = "Stadt Döbeln: Bürgerservice", og_title: str = "Stadt Döbeln"
) -> str:
    """A TYPO3 town site's service entry of 2018: og:title and meta author the town's."""
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="author" content="{author}">
<meta name="description" content="Personalausweis beantragen: Unterlagen, Gebühren, Ansprechpartner.">
<meta property="og:title" content="{og_title}">
<meta name="generator" content="TYPO3 CMS">
</head>
<body>
<header class="header"><div class="container"><a class="header__logo" href="/"><img src="/wappen.svg"
alt="Stadt Döbeln – Startseite" width="60"><span class="header__name">Große Kreisstadt Döbeln</span></a>
<nav class="nav"><ul><li><a href="/rathaus/">Rathaus</a></li><li><a href="/buergerservice/">Bürgerservice</a></li>
<li><a href="/leben/">Leben in Döbeln</a></li></ul></nav></div></header>
<div class="container"><ol class="breadcrumb"><li><a href="/">Startseite</a></li>
<li><a href="/buergerservice/">Bürgerservice</a></li><li class="active">Personalausweis beantragen</li></ol></div>
<div class="container"><div class="row">
<aside class="col-md-3 subnav"><h2 class="subnav__title">Bürgerservice</h2><ul>
<li><a href="/buergerservice/a-z/">Dienstleistungen A–Z</a></li><li><a href="/buergerservice/formulare/">Formulare</a></li></ul></aside>
<main class="col-md-9"><h1 class="sp-leistung__title">Personalausweis beantragen</h1>
<h2>Beschreibung</h2>
<p>Jeder Deutsche ab 16 Jahren muss einen gültigen Personalausweis oder Reisepass besitzen. Den Antrag stellen
Sie persönlich im Bürgerbüro; die Bearbeitung dauert in der Regel drei bis vier Wochen.</p>
<h2>Erforderliche Unterlagen</h2>
<ul><li>bisheriger Ausweis</li><li>ein aktuelles biometrisches Passbild</li><li>bei Erstantrag die Geburtsurkunde</li></ul>
<p>Die Gebühr beträgt 37 Euro, für Antragsteller unter 24 Jahren 22,80 Euro. Zahlen können Sie bar oder mit Karte.</p>
</main></div></div>
<footer class="footer"><p>Stadtverwaltung Döbeln · Obermarkt 1 · 04720 Döbeln</p></footer>
</body>
</html>"""


def test_town_administration_is_no_writer() -> None:
    """TYPO3/Joomla municipal sites: `meta author` is the administration."""
    for office in ("Stadtverwaltung Döbeln", "Landratsamt Mittelsachsen", "Stadt Döbeln", "City of Boulder"):
        article = extract_article(_town_page(office), url="https://www.doebeln-stadt.de/buergerservice/pa/")
        assert article.authors == [], office


def test_person_named_like_a_town_stays_a_writer() -> None:
    """`Anna Stadt`, `Jane Town`: surnames, not offices (the office words count first or as compounds only)."""
    for person in ("Anna Stadt", "Jane Town", "Lukas Rathausen"):
        article = extract_article(_town_page(person), url="https://www.doebeln-stadt.de/buergerservice/pa/")
        assert article.authors == [person]


def test_town_news_item_keeps_its_writer_beside_the_office() -> None:
    """A town's TYPO3 news item (`tt_news`): `meta author` the administration, the item's byline a person's."""
    byline = '<p class="news-single-author">Von <a href="/autor/jan-meier/">Jan Meier</a> | 12.03.2018</p>'
    page = _town_page("Stadtverwaltung Döbeln").replace("<h2>Beschreibung</h2>", byline)
    article = extract_article(page, url="https://www.doebeln-stadt.de/aktuelles/ausweis/")
    assert article.authors == ["Jan Meier"]


# --- a job ad's contact person -----------------------------------------------------------------------------------


def _job_page(*, ld: str, contact_class: str = "contact-person-box", role: str = "Personalreferentin") -> str:
    """A Personio-like career page of 2020 with the JobPosting Google for Jobs asks for."""
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Disponent (m/w/d) Nahverkehr | Karriere bei Hofmann Spedition</title>
<meta property="og:title" content="Disponent (m/w/d) Nahverkehr">
<meta property="og:description" content="Jetzt bewerben als Disponent im Nahverkehr.">
<script type="application/ld+json">{ld}</script>
</head>
<body>
<header class="navbar"><a class="navbar-brand" href="/"><img src="/logo.svg" alt="Hofmann Spedition"></a>
<ul class="nav"><li><a href="/jobs/">Alle Stellen</a></li><li><a href="/ueber-uns/">Über uns</a></li></ul></header>
<div class="container"><div class="row"><div class="col-md-8">
<h1 class="job-title">Disponent (m/w/d) Nahverkehr</h1>
<div class="job-description-block"><h4>Ihre Aufgaben</h4><ul><li>Planung und Steuerung von rund 35 Fahrzeugen im
regionalen Verteilerverkehr</li><li>Tourenplanung mit unserem Transportmanagementsystem</li><li>Ansprechpartner für
Fahrer, Kunden und Lager</li></ul></div>
<div class="job-description-block"><h4>Ihr Profil</h4><p>Eine abgeschlossene Ausbildung als Kaufmann für Spedition
und Logistikdienstleistung und erste Erfahrung in der Disposition im Nahverkehr bringen Sie mit.</p></div>
</div><div class="col-md-4">
<div class="{contact_class} panel panel-default"><div class="panel-body"><h4>Ihre Ansprechpartnerin</h4>
<img class="img-circle" src="/contact/17.jpg" alt="Claudia Gebhardt"><p class="contact-name"><strong>Claudia
Gebhardt</strong><br>{role}</p><p class="contact-phone">Telefon: 0951 96 43-118</p></div></div>
<a class="btn btn-primary" href="/apply/17">Jetzt bewerben</a>
</div></div></div>
<footer><p>© 2020 Hofmann Spedition GmbH &amp; Co. KG · <a href="/impressum/">Impressum</a></p></footer>
</body>
</html>"""


_JOB_LD = (
    '{"@context": "http://schema.org", "@type": "JobPosting", "title": "Disponent (m/w/d) Nahverkehr", '
    '"datePosted": "2020-02-11T08:30:00+00:00", "hiringOrganization": {"@type": "Organization", '
    '"name": "Hofmann Spedition GmbH & Co. KG"}}'
)


def test_job_ad_contact_person_is_no_writer() -> None:
    """Personio/softgarden/WP Job Manager career pages: the recruiter's contact box."""
    assert extract_article(_job_page(ld=_JOB_LD), url="https://jobs.hofmann.de/17").authors == []
    box = _job_page(ld=_JOB_LD, contact_class="kontakt-box")
    assert extract_article(box, url="https://jobs.hofmann.de/17").authors == []


def test_role_glued_after_a_name_is_cut() -> None:
    """A contact box's or author card's `<br>` joins the post to the name; outside a contact box (an author
    card classed `author`) the person stays, without the post."""
    ld = '{"@context": "http://schema.org", "@type": "WebPage", "name": "Team"}'
    for role, name in (("Redakteurin", "Claudia Gebhardt"), ("Pressesprecherin", "Claudia Gebhardt")):
        page = _job_page(ld=ld, contact_class="author-card", role=role)
        assert extract_article(page, url="https://www.hofmann.de/team/").authors in ([name], [])
        assert all(role not in a for a in extract_article(page, url="https://www.hofmann.de/team/").authors)


def test_contact_person_box_is_no_writer_on_any_page() -> None:
    """A press release's or an association's `Ansprechpartner`/`contact-person` box (no JobPosting): its person
    is the contact, no writer; its name line classed `contact-name` inside it does not hide the box."""
    ld = '{"@context": "http://schema.org", "@type": "WebPage", "name": "Presse"}'
    page = _job_page(ld=ld, contact_class="contact-person-box")
    assert extract_article(page, url="https://www.hofmann.de/presse/17").authors == []


def test_news_story_about_jobs_keeps_its_writer() -> None:
    """A paper's story (NewsArticle node) on a hiring drive, JobPosting markup beside it: the author box's
    writer stays, and a surname of a post's shape (`Leiter`) is no post."""
    ld = (
        '[{"@context": "http://schema.org", "@type": "NewsArticle", "headline": "Disponent gesucht", '
        '"datePublished": "2020-02-11T08:30:00+00:00"}, ' + _JOB_LD + "]"
    )
    page = _job_page(ld=ld, contact_class="author-box", role="").replace("Claudia\nGebhardt", "Hans Leiter")
    assert extract_article(page, url="https://www.zeitung.de/wirtschaft/17").authors == ["Hans Leiter"]


def test_contact_box_on_a_job_page_with_an_article_node_is_read_as_before() -> None:
    """A blog's `We are hiring` post (BlogPosting node) with a contact box: not a job ad, the box is no
    contact person's by name (`contact`), so the rule leaves it to the other readings."""
    ld = (
        '[{"@context": "http://schema.org", "@type": "BlogPosting", "headline": "Wir suchen Verstärkung", '
        '"datePublished": "2020-02-11T08:30:00+00:00", "author": {"@type": "Person", "name": "Claudia Gebhardt"}}, '
        + _JOB_LD
        + "]"
    )
    page = _job_page(ld=ld, contact_class="contact", role="")
    assert extract_article(page, url="https://www.hofmann.de/blog/hiring").authors == ["Claudia Gebhardt"]


# --- a <title> that is only the site's name ------------------------------------------------------------------------


def _company_page(*, title: str, h1s: tuple[str, ...], nav_current: str = "") -> str:
    """A small company's hand-written PHP site of 2015: its name and tagline as every page's <title>."""
    headings = "".join(
        f'<h1 class="pagetitle">{h}</h1><div class="box"><p>{_PROSE_DE[i]}</p></div>'
        for i, h in enumerate(h1s)
    )
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="description" content="Imagefilme, Werbefilme und Dokumentationen aus Erfurt.">
</head>
<body id="ueberuns">
<div id="header"><div id="logo"><a href="index.php"><img src="images/logo.png" alt="Lichtspur Filmproduktion"></a></div>
<div id="claim">Bewegte Bilder aus Thüringen</div></div>
<div id="navigation"><ul><li><a href="startseite.php">Startseite</a></li>
<li><a href="ueberuns.php"{nav_current}>Über uns</a></li><li><a href="referenzen.php">Referenzen</a></li>
<li><a href="aktuelles.php">Aktuelles</a></li></ul></div>
<div id="content"><div id="main">{headings}</div>
<div id="sidebar"><h3 class="sidebartitle">Aktuelles</h3><div class="newsitem"><span class="datum">14.10.2015</span>
<h3><a href="/news.php?id=20">Dreh auf der Wartburg</a></h3></div></div></div>
<div id="footer"><strong>Lichtspur Filmproduktion GmbH</strong><br>Magdeburger Allee 112<br>99086 Erfurt</div>
</body>
</html>"""


_SITE_TITLE = "Lichtspur Filmproduktion Erfurt | Imagefilm, Werbefilm, Dokumentation"


def test_site_name_and_tagline_title_yields_to_the_one_h1() -> None:
    """Hand-written PHP, TYPO3/Contao and Joomla sites with one site-wide <title>: the page's own <h1>."""
    page = _company_page(title=_SITE_TITLE, h1s=("Über uns",))
    assert extract_article(page, url="https://www.lichtspur-film.de/ueberuns.php").title == "Über uns"


def test_site_name_og_title_and_section_title_yield_to_the_h1() -> None:
    """TYPO3 town sites: og:title the town (its logo's alt), <title> `Town: Section`, the section's name over a
    side menu (`h2.subnav__title`), the service's <h1>."""
    article = extract_article(_town_page("Stadtverwaltung Döbeln"), url="https://www.doebeln-stadt.de/bs/pa/")
    assert article.title == "Personalausweis beantragen"


def test_headline_first_title_is_not_the_site_name() -> None:
    """`Headline | Site` (the common shape: museums' and venues' Drupal pages): the site's name last is no
    site-name title, the <title>'s headline part stays in charge."""
    page = _company_page(title="Dreh auf der Wartburg | Lichtspur Filmproduktion", h1s=("Über uns",))
    assert extract_article(page, url="https://www.lichtspur-film.de/news.php?id=20").title != "Über uns"


def test_site_name_title_with_two_h1s_is_left_alone() -> None:
    """Two <h1>s (a page builder's boxes, a listing): no one heading is the page's."""
    page = _company_page(title=_SITE_TITLE, h1s=("Über uns", "Unser Team"))
    assert extract_article(page, url="https://www.lichtspur-film.de/ueberuns.php").title not in (
        "Über uns",
        "Unser Team",
    )


def test_one_word_h1_needs_the_menu_to_mark_it_current() -> None:
    """A one-word <h1> (`Aktuelles`, `Referenzen`) is a section's unless the menu marks it as the current page."""
    plain = _company_page(title=_SITE_TITLE, h1s=("Referenzen",))
    assert extract_article(plain, url="https://www.lichtspur-film.de/referenzen.php").title != "Referenzen"
    marked = _company_page(title=_SITE_TITLE, h1s=("Über",), nav_current=' class="active"').replace(
        ">Über uns</a>", ">Über</a>"
    )
    assert extract_article(marked, url="https://www.lichtspur-film.de/ueberuns.php").title == "Über"
