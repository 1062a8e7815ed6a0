"""Publication days that hold on outlets nobody here has seen (#10, date classes 9-10): robustness rules.

Each class is served as a complete page (head metadata, navigation, sidebar lists with their own dates,
related links, comments, footer):

- A bare line of text near the headline (no date or time class, no `<time>`, no byline box) showing another day
  than every machine value, while JSON-LD or Open Graph states the publication: the line is another date the
  page shows — an exhibition's run in the title box (harddecor.at), a game's release day beside the review
  (coopbuddy.de's `div.release`), a month-first day (futurezone.at) — and the stated publication wins. A date
  line the template marks as one (a date class, `<time>`: ad-magazin.de, deutscheweine.de) and a bare line
  that contradicts only a generic `date`/`dc.date` tag (caritas.de, rnz.de) still win: guard tests.
- A slashed date line that only the month-first reading makes agree with the metadata (`05/08/2019` for a
  `datePublished` of 2019-05-08: US-style order, also futurezone.at's templates): 8 May, not 5 August. A
  dotted `05.08.2019` stays day first.
- More of htmldate's publication meta names, right on every page of the suites that carries them: the New
  York Times' compact `pdate`, Mediator's `mediator_published_time` (Correio 24 Horas), Webtrends'
  `dcsext.articlefirstpublished`, Adobe's `analyticsattributes.articleDate`, `article.created` (ScrapingHub
  US news pages).
- Date lines in national formats the parser did not read, so that another line (a sidebar's, a comment's) or
  nothing was taken: `28. 4. 2023` (Czech, Slovak, Slovenian, Croatian), `2023. 4. 28. 14:05` (Korean portals)
  and `2023. április 28.` (Hungarian), abbreviations of French (`avr.`), Spanish (`abr.`), Italian (`ott`),
  Portuguese and Polish (`kwi`) months, Greek genitive month names.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from telisik.extract import extract_article

FETCHED = datetime(2024, 3, 1, 12, 0, tzinfo=timezone.utc)


def _day(value: datetime | None) -> str | None:
    return value.date().isoformat() if value is not None else None


NAV = """<div class="topbar"><a href="/">Start</a> <a href="/kontakt">Kontakt</a></div>
<nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/projekte">Projekte</a></li>
<li><a href="/ueber-uns">Über uns</a></li></ul></nav>"""

SIDEBAR = """<aside class="sidebar"><h3>Neueste Beiträge</h3><ul>
<li><a href="/news/fruehjahr">Frühjahrsprogramm steht fest</a> <span class="date">12.02.2017</span></li>
<li><a href="/news/lesung">Lesung im Gartensaal</a> <span class="date">03.02.2017</span></li>
</ul></aside>"""

COMMENTS = """<div id="comments" class="comments-area"><h3>2 Kommentare</h3><ol class="comment-list">
<li class="comment"><div class="comment-meta">Maria schrieb am 25.02.2017 um 10:14</div>
<p>Wunderbare Arbeiten, danke für die Einladung!</p></li>
<li class="comment"><div class="comment-meta">Jörg schrieb am 27.02.2017 um 18:40</div>
<p>Leider verpasst. Gibt es einen Katalog?</p></li></ol></div>"""

FOOTER = """<footer class="site-footer"><p>© 2017 Atelier Beispiel · <a href="/impressum">Impressum</a> ·
<a href="/datenschutz">Datenschutz</a></p></footer>"""


def _page(head: str, header: str, body_paragraphs: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{head}
</head>
<body class="post-template-default">
{NAV}
<main class="content">
{header}
<div class="entry-content">
{body_paragraphs}
</div>
<div class="related-posts"><h3>Das könnte Sie auch interessieren</h3><ul>
<li><a href="/work/licht-und-raum">Licht und Raum</a> <span class="date">14.01.2017</span></li></ul></div>
</main>
{SIDEBAR}
{COMMENTS}
{FOOTER}
</body>
</html>"""


BODY = """<p>Im Innenhof des Palais zeigen zwölf Ziviltechnikerinnen ihre Projekte: Brücken, Schulen, Wohnbauten und
die Sanierung eines Denkmals, das seit Jahren leer stand. Die Schau wurde gemeinsam mit der Kammer vorbereitet.</p>
<p>Die Beleuchtung der Fassaden übernimmt ein junges Büro, das die historischen Mauern mit wechselnden Farben
in Szene setzt. Führungen gibt es jeden Nachmittag, der Eintritt ist frei.</p>
<p>Zur Eröffnung sprechen die Präsidentin der Kammer und die Kuratorin der Ausstellung.</p>"""

YOAST_GRAPH = """<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
{"@type":"WebPage","@id":"https://atelier.example/work/denkmaeler-in-neuem-licht/",
"url":"https://atelier.example/work/denkmaeler-in-neuem-licht/","name":"Denkmäler in neuem Licht - Atelier",
"datePublished":"2017-02-19T14:41:17+00:00","dateModified":"2017-02-21T09:02:40+00:00","inLanguage":"de-DE"},
{"@type":"WebSite","@id":"https://atelier.example/#website","url":"https://atelier.example/","name":"Atelier"}]}
</script>"""

EXHIBITION = _page(
    f"""<title>Denkmäler in neuem Licht - Atelier</title>
<meta property="og:type" content="article">
<meta property="og:title" content="Denkmäler in neuem Licht">
<link rel="canonical" href="https://atelier.example/work/denkmaeler-in-neuem-licht/">
{YOAST_GRAPH}""",
    """<section class="titlebox"><h1>Denkmäler in neuem Licht</h1>
<h2 style="color:#ffffff">9-23 Feb 2017 | Mo-Fr 9–16</h2></section>""",
    BODY,
)


def test_an_exhibitions_run_in_the_title_box_gives_way_to_the_stated_publication():
    article = extract_article(
        EXHIBITION, url="https://atelier.example/work/denkmaeler-in-neuem-licht/", fetched_at=FETCHED
    )
    assert article.title == "Denkmäler in neuem Licht"
    assert _day(article.published) == "2017-02-19"
    assert article.sources["published"] == "jsonld:datePublished"


REVIEW = _page(
    """<title>Bienen-Simulator im Test - Spielewelt</title>
<meta property="og:type" content="article">
<meta property="og:title" content="Bienen-Simulator im Test">
<link rel="canonical" href="https://spielewelt.example/games/bienen-simulator/">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
{"@type":"Article","@id":"https://spielewelt.example/games/bienen-simulator/#article",
"headline":"Bienen-Simulator im Test","datePublished":"2019-12-02T17:15:20+00:00",
"dateModified":"2019-12-03T08:00:00+00:00","author":{"@type":"Person","name":"Lena Hartmann"}},
{"@type":"WebPage","@id":"https://spielewelt.example/games/bienen-simulator/",
"name":"Bienen-Simulator im Test - Spielewelt","datePublished":"2019-12-02T17:15:20+00:00"}]}</script>""",
    """<div class="gamedetails"><h1>Bienen-Simulator im Test</h1>
<div class="gameblock"><div class="platform">PS4, Switch, PC</div><div class="release">14.11.2019</div>
<div class="publisher">Beispiel Games</div></div></div>""",
    BODY.replace("Ziviltechnikerinnen", "Spielerinnen"),
)


def test_a_games_release_day_beside_the_review_is_not_its_publication():
    article = extract_article(
        REVIEW, url="https://spielewelt.example/games/bienen-simulator/", fetched_at=FETCHED
    )
    assert _day(article.published) == "2019-12-02"


def _with_line(line: str, machine_head: str) -> str:
    return _page(
        f"""<title>Neue Förderrichtlinie für Vereine - Verband</title>
<meta property="og:type" content="article">
<meta property="og:title" content="Neue Förderrichtlinie für Vereine">
{machine_head}""",
        f"""<div class="article-header"><h1>Neue Förderrichtlinie für Vereine</h1>
{line}</div>""",
        BODY,
    )


STATED = """<meta property="article:published_time" content="2021-10-15T08:00:00+02:00">"""


def test_a_marked_date_line_still_beats_contradicting_metadata():
    """ad-magazin.de, deutscheweine.de: the date the template prints in its date element is the one readers
    see (an update or a later edition); the rule for bare lines leaves it alone."""
    for line in (
        '<p class="date">13.10.2021</p>',
        '<p>Veröffentlicht: <time datetime="2021-10-13">13.10.2021</time></p>',
    ):
        article = extract_article(
            _with_line(line, STATED), url="https://verband.example/news/foerderung", fetched_at=FETCHED
        )
        assert _day(article.published) == "2021-10-13", line


def test_a_bare_line_still_beats_a_generic_date_tag():
    """caritas.de, rnz.de: `<meta name="date">`/`dc.date`/`datecreated` hold the record's creation or
    migration day; the shown date wins over them."""
    head = """<meta name="date" content="2021-10-15" scheme="YYYY-MM-DD">
<meta name="dc.date" content="2021-10-15">"""
    article = extract_article(
        _with_line("<p>13.10.2021</p>", head),
        url="https://verband.example/news/foerderung",
        fetched_at=FETCHED,
    )
    assert _day(article.published) == "2021-10-13"


def test_a_bare_line_gives_way_to_stated_publication_on_another_day():
    article = extract_article(
        _with_line("<p>27.10.2021</p>", STATED),
        url="https://verband.example/news/foerderung",
        fetched_at=FETCHED,
    )
    assert _day(article.published) == "2021-10-15"
    assert article.sources["published"] == "meta:article:published_time"


def test_a_bare_line_within_a_day_of_the_metadata_is_kept():
    """The visible day agrees (the metadata's UTC instant may fall on the evening before): nothing to
    overrule."""
    article = extract_article(
        _with_line("<p>16.10.2021</p>", STATED),
        url="https://verband.example/news/foerderung",
        fetched_at=FETCHED,
    )
    assert _day(article.published) in ("2021-10-15", "2021-10-16")


MONTH_FIRST = """<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="utf-8">
<title>Robotertaxis starten in drei Städten | digital</title>
<meta property="og:type" content="article">
<meta property="og:title" content="Robotertaxis starten in drei Städten">
<link rel="canonical" href="https://digital.example/digital-life/robotertaxis-starten/400487461">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Robotertaxis starten in drei Städten","datePublished":"2019-05-08T05:30:23Z",
"dateModified":"2019-05-08T05:30:23Z","author":[{"@type":"Person","name":"Thomas Berger"}]}</script>
</head>
<body>
<header class="site-header"><a class="logo" href="/">digital</a>
<nav><a href="/digital-life">Digital Life</a> <a href="/science">Science</a> <a href="/games">Games</a></nav></header>
<main><article class="article">
<header class="article-header"><h1>Robotertaxis starten in drei Städten</h1>
<div class="article-header-intro"><span class="article-header-author">Thomas Berger</span>
<span class="article-date">{shown}</span></div></header>
<div class="article-body">
<p>Der Fahrdienst bietet ab sofort Fahrten in selbstfahrenden Autos an, zunächst in drei Städten und nur für
registrierte Testkunden. Die Fahrzeuge sind mit Lidar, Radar und Kameras ausgerüstet.</p>
<p>Ein Sicherheitsfahrer sitzt vorerst noch am Steuer. Die Preise entsprechen denen normaler Fahrten.</p>
</div>
<footer class="article-footer"><p class="article-meta"><span class="article-meta-date">Stand: {shown}, 5:30</span></p></footer>
</article>
<section class="teaser-list"><h2>Mehr aus Digital Life</h2>
<article class="teaser"><a href="/digital-life/akkus/400487001"><h3>Akkus halten länger</h3></a>
<span class="date">05/06/2019</span></article></section>
<div class="comments"><h3>Kommentare</h3><div class="comment"><span class="comment-date">05/09/2019</span>
<p>Endlich! Wann kommt das nach Europa?</p></div></div>
</main>
<footer class="site-footer"><p>© 2019 digital · Impressum · Datenschutz</p></footer>
</body>
</html>"""


def test_a_slashed_date_that_agrees_with_the_metadata_only_month_first_is_read_month_first():
    article = extract_article(
        MONTH_FIRST.replace("{shown}", "05/08/2019"),
        url="https://digital.example/digital-life/robotertaxis-starten/400487461",
        fetched_at=FETCHED,
    )
    assert _day(article.published) == "2019-05-08"


def test_a_dotted_date_stays_day_first():
    """`05.08.2019` is 5 August in every convention that writes dots: the date line wins as before."""
    article = extract_article(
        MONTH_FIRST.replace("{shown}", "05.08.2019"),
        url="https://digital.example/digital-life/robotertaxis-starten/400487461",
        fetched_at=FETCHED,
    )
    assert _day(article.published) == "2019-08-05"


def _meta_only(meta: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>City Council Approves New Budget - The Daily Example</title>
<meta property="og:title" content="City Council Approves New Budget">
<meta property="og:type" content="article">
{meta}
</head>
<body>
<header class="masthead"><a href="/">The Daily Example</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sports">Sports</a></li></ul></nav></header>
<div class="story"><h1>City Council Approves New Budget</h1>
<p class="byline">By Dana Whitfield</p>
<p>The city council approved a budget of $412 million on Tuesday night after four hours of debate, with money
for road repairs, two new libraries and a larger fire department.</p>
<p>Three council members voted against it, saying the plan relied on optimistic tax forecasts.</p>
</div>
<aside class="rail"><h3>Most Read</h3><ol><li><a href="/news/storm">Storm knocks out power</a></li></ol></aside>
<footer><p>Copyright 2020 The Daily Example</p></footer>
</body>
</html>"""


@pytest.mark.parametrize(
    ("meta", "day"),
    [
        ('<meta name="pdate" content="20200816">', "2020-08-16"),
        ('<meta property="mediator_published_time" content="2022-05-04T05:45:00-03:00">', "2022-05-04"),
        ('<meta name="dcsext.articlefirstpublished" content="2019-11-19 13:16">', "2019-11-19"),
        ('<meta name="analyticsAttributes.articleDate" content="2019-11-19T21:57:01+0000">', "2019-11-19"),
        ('<meta name="article.created" content="2019-11-19T13:02:00.000Z">', "2019-11-19"),
    ],
)
def test_more_publication_meta_names(meta: str, day: str):
    article = extract_article(
        _meta_only(meta), url="https://daily.example/news/council-budget", fetched_at=FETCHED
    )
    assert _day(article.published) == day
    assert article.sources["published"].startswith("meta:")


def _wordpress_post(shown_time: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>Meal Prep for a Busy Week | Example Fitness Blog</title>
<meta property="og:type" content="article">
<meta property="og:title" content="Meal Prep for a Busy Week">
<meta property="article:published_time" content="2018-10-07T09:00:35-08:00">
<meta property="article:modified_time" content="2018-11-12T17:36:26-08:00">
<link rel="canonical" href="https://fitness.example/blog/meal-prep-busy-week">
</head>
<body class="wordpress single-post">
<div class="site">
<header class="site-header"><a class="logo" href="/">Example Fitness</a>
<nav class="main-navigation"><ul><li><a href="/blog">Blog</a></li><li><a href="/programs">Programs</a></li></ul></nav>
</header>
<div class="content-area"><article class="article__content">
<header class="entry-header"><h1 class="entry-title">Meal Prep for a Busy Week</h1>
<p class="breadcrumbs"><a href="/blog">BLOG</a> &gt; <a href="/blog/nutrition">Nutrition</a></p></header>
<div class="entry__meta"><span class="posted-on">{shown_time}</span>
<span class="entry-author" itemprop="author">| BY: <a href="/blog/author/kim">Kim Baker</a></span></div>
<div class="entry-content">
<p>Cooking once for the whole week takes about two hours on a Sunday, and it saves far more than that on the
busy days that follow. Start with one grain, two proteins and as many vegetables as fit on two trays.</p>
<p>Portion everything into containers right away so that lunch is a matter of grabbing one on the way out.</p>
</div>
</article>
<aside class="widget-area"><section class="widget"><h2>Recent Posts</h2><ul>
<li><a href="/blog/stretching">Five Stretches</a> <span class="date">November 10, 2018</span></li></ul></section></aside>
<div id="comments" class="comments-area"><h2>One comment</h2><ol class="comment-list"><li class="comment">
<time datetime="2018-11-13T08:00:00-08:00">November 13, 2018</time><p>Great tips, thanks!</p></li></ol></div>
</div>
<footer class="site-footer"><p>© 2018 Example Fitness</p></footer>
</div>
</body>
</html>"""


def test_a_shown_stamp_marked_as_the_update_gives_way_to_the_stated_publication():
    """beachbodyondemand.com's theme shows only `<time class="entry-updated" itemprop="dateUpdated">`;
    tagDiv Newspaper sites show a `timeago` stamp with `itemprop="dateModified"`; the Guardian's and IndieWeb
    themes' `Last modified`/`dt-updated` stamps likewise: the page marks them as its last change."""
    for shown in (
        '<time class="entry-updated updated" itemprop="dateUpdated" datetime="2018-11-12T17:36:26-08:00">'
        "November 12, 2018</time>",
        '<time class="entry-date updated timeago" itemprop="dateModified" datetime="2018-11-12T17:36:26-08:00">'
        "11/12/18 5:36 PM</time>",
    ):
        article = extract_article(
            _wordpress_post(shown), url="https://fitness.example/blog/meal-prep-busy-week", fetched_at=FETCHED
        )
        assert _day(article.published) == "2018-10-07", shown
        assert article.sources["published"] == "meta:article:published_time"
        assert _day(article.modified) == "2018-11-12"


def test_the_updated_class_alone_does_not_demote_the_shown_date():
    """hAtom themes write `entry-date published updated` (and Blogger `abbr.updated`) on the publication date
    itself: the shown date stays the date line."""
    shown = '<time class="entry-date published updated" datetime="2018-10-09T09:00:35-08:00">October 9, 2018</time>'
    article = extract_article(
        _wordpress_post(shown), url="https://fitness.example/blog/meal-prep-busy-week", fetched_at=FETCHED
    )
    assert _day(article.published) == "2018-10-09"


def _dated_news_page(lang: str, line: str, related_date: str) -> str:
    """A news page whose only publication date is the line under its headline (no date metadata): the
    sidebar and the related list carry other stories' dates."""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>Nový most přes řeku otevřen | Zprávy z regionu</title>
<meta property="og:title" content="Nový most přes řeku otevřen">
<meta property="og:type" content="article">
<meta name="description" content="Most spojuje obě části města.">
</head>
<body>
<header class="site-header"><a class="logo" href="/">Zprávy</a>
<nav class="menu"><a href="/domov">Domov</a> <a href="/svet">Svět</a> <a href="/sport">Sport</a></nav></header>
<div class="page">
<article class="story">
<h1>Nový most přes řeku otevřen</h1>
<div class="story-meta"><span class="author">Jana Nováková</span> <span class="published">{line}</span></div>
<p class="perex">Most spojuje obě části města a zkrátí cestu do školy stovkám dětí.</p>
<p>Stavba trvala dva roky a stála 240 milionů. Most je široký dvanáct metrů a má chodník i cyklostezku na
obou stranách, takže se po něm bezpečně dostanou i nejmenší cyklisté.</p>
<p>Starosta při otevření poděkoval stavbařům i obyvatelům, kteří museli dva roky jezdit objížďkou.</p>
</article>
<aside class="sidebar"><h3>Nejčtenější</h3><ul>
<li><a href="/zpravy/pozar">Požár skladu</a> <span class="date">{related_date}</span></li></ul></aside>
<section class="related"><h3>Související</h3><ul>
<li><a href="/zpravy/most-stavba">Stavba mostu začala</a> <span class="date">{related_date}</span></li></ul></section>
<div class="comments"><h3>Diskuse</h3><div class="comment"><b>Petr</b> <span class="comment-date">{related_date}</span>
<p>Konečně!</p></div></div>
</div>
<footer class="site-footer"><p>© Zprávy z regionu · Kontakt · Reklama</p></footer>
</body>
</html>"""


@pytest.mark.parametrize(
    ("lang", "line", "related", "expected"),
    [
        # Czech, Slovak, Slovenian, Croatian date lines: day and month numbers with a space after each dot.
        ("cs", "28. 4. 2023 14:05", "12. 3. 2023", "2023-04-28 14:05"),
        # Korean portals (Naver, Daum, the dailies): year first, dotted, with spaces; Hungarian likewise.
        ("ko", "입력 2023. 4. 28. 14:05", "2023. 3. 12. 09:00", "2023-04-28 14:05"),
        ("hu", "2023. április 28. 14:05", "2023. március 12.", "2023-04-28 14:05"),
        # French, Spanish, Italian, Portuguese and Polish abbreviations; Greek genitive month names.
        ("fr", "Publié le 28 avr. 2023 à 14h05", "12 mars 2023", "2023-04-28 14:05"),
        ("es", "28 abr. 2023 - 14:05", "12 mar. 2023", "2023-04-28 14:05"),
        ("it", "28 ott 2023, 14:05", "12 set 2023", "2023-10-28 14:05"),
        ("pl", "28 kwi 2023, 14:05", "12 mar 2023", "2023-04-28 14:05"),
        ("el", "28 Απριλίου 2023, 14:05", "12 Μαρτίου 2023", "2023-04-28 14:05"),
    ],
)
def test_date_lines_in_more_national_formats(lang: str, line: str, related: str, expected: str):
    article = extract_article(
        _dated_news_page(lang, line, related), url="https://zpravy.example/zpravy/most", fetched_at=FETCHED
    )
    assert article.published is not None
    assert article.published.strftime("%Y-%m-%d %H:%M") == expected


def _live_news_page(shown: str) -> str:
    """A news page saved while its header still said how long ago the story appeared; an info box in the
    text carries an event's date in a date-classed span."""
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Stadtrat beschließt neuen Radweg | Stadtanzeiger</title>
<meta property="og:type" content="article">
<meta property="og:title" content="Stadtrat beschließt neuen Radweg">
<meta property="article:published_time" content="2024-02-27T08:15:00+01:00">
<link rel="canonical" href="https://stadtanzeiger.example/lokales/radweg-beschlossen-123456">
</head>
<body>
<header class="site-header"><a href="/" class="logo">Stadtanzeiger</a>
<nav class="navigation"><a href="/lokales">Lokales</a> <a href="/sport">Sport</a> <a href="/kultur">Kultur</a></nav></header>
<main>
<article class="article">
<h1 class="article-title">Stadtrat beschließt neuen Radweg</h1>
<div class="article-meta"><span class="article-author">Von Anna Schmidt</span> <span class="article-date">{shown}</span></div>
<p class="article-lead">Der Radweg entlang der Hauptstraße soll bis zum Herbst fertig sein.</p>
<div class="article-body">
<p>Mit großer Mehrheit hat der Stadtrat am Montagabend den Bau des neuen Radwegs beschlossen. Die Strecke
führt vom Bahnhof bis zum Schulzentrum und ist zweieinhalb Kilometer lang.</p>
<div class="infobox"><span class="date">20.02.2024</span> Bürgerversammlung zum Radweg im Rathaus</div>
<p>Die Kosten von 1,8 Millionen Euro trägt zur Hälfte das Land. Die Arbeiten beginnen im April.</p>
</div>
</article>
<section class="related"><h2>Mehr aus Lokales</h2><ul>
<li><a href="/lokales/markt">Wochenmarkt zieht um</a> <span class="date">26.02.2024</span></li></ul></section>
<div class="comments"><h3>Kommentare</h3><div class="comment"><span class="comment-date">vor 1 Stunde</span>
<p>Endlich!</p></div></div>
</main>
<footer class="site-footer"><p>© 2024 Stadtanzeiger · Impressum</p></footer>
</body>
</html>"""


@pytest.mark.parametrize(
    "shown",
    [
        "vor 3 Stunden",
        "Heute, 09:15 Uhr",
        "il y a 2 jours",
        "hace 5 horas",
        "há 2 dias",
        "3 ore fa",
        "2 uur geleden",
    ],
)
def test_a_relative_date_line_in_other_languages_gives_way_to_the_metadata(shown: str):
    """The header's `vor 3 Stunden`/`Heute, 09:15 Uhr` (German portals), `il y a 2 jours` (French), `hace 5 horas`
    (Spanish), `há 2 dias` (Portuguese), `3 ore fa` (Italian), `2 uur geleden` (Dutch) is the date line: read
    as relative, it gives way to the publication metadata instead of letting another date-classed line (an
    info box's event day) stand in for it."""
    article = extract_article(
        _live_news_page(shown),
        url="https://stadtanzeiger.example/lokales/radweg-beschlossen-123456",
        fetched_at=FETCHED,
    )
    assert _day(article.published) == "2024-02-27"
    assert article.sources["published"] == "meta:article:published_time"


def test_day_words_count_only_with_a_time():
    from telisik.extract.dates import search_date

    assert search_date("Heute ist der Radweg fertig", now=FETCHED) is None
    assert search_date("Ich war hier 18:30", now=FETCHED) is None
    found = search_date("Gestern um 18:30 Uhr", now=FETCHED, default_tz=timezone.utc)
    assert found is not None and found.value.strftime("%Y-%m-%d %H:%M") == "2024-02-29 18:30"


SHORT_YEAR_PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Council agrees new cycle lane | Borough Gazette</title>
<meta property="og:title" content="Council agrees new cycle lane">
<meta property="og:type" content="article">
</head>
<body>
<header class="masthead"><a href="/">Borough Gazette</a>
<nav class="menu"><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/whats-on">What's on</a></nav></header>
<div class="main">
<div class="story">
<h1>Council agrees new cycle lane</h1>
<p class="story-info">By Tom Baker | Published: {shown}</p>
<p>The borough council has agreed to build a protected cycle lane along the High Street, after a consultation in
which two thirds of residents backed the plan. Work will start in the spring.</p>
<p>Shop owners asked for loading bays to be kept, and the council said four of them would stay.</p>
</div>
<div class="sidebar"><h3>Most read</h3><ul><li><a href="/news/bridge">Bridge to close</a> 02/11/19</li></ul></div>
<div class="comments"><h3>Comments</h3><p class="comment-meta">Sue, 21/11/19 09:12</p><p>About time.</p></div>
</div>
<footer class="site-footer"><p>© Borough Gazette 2019</p></footer>
</body>
</html>"""


def test_a_slashed_date_with_a_two_digit_year():
    """`20/11/19 14:05` (British, Indian, Australian and Indonesian regional sites' short form; forum software):
    read day first, as every slashed date; with a time, a separator or the line's end after it only."""
    article = extract_article(
        SHORT_YEAR_PAGE.replace("{shown}", "20/11/19 14:05"),
        url="https://gazette.example/news/cycle-lane",
        fetched_at=FETCHED,
    )
    assert article.published is not None
    assert article.published.strftime("%Y-%m-%d %H:%M") == "2019-11-20 14:05"


def test_a_two_digit_slashed_number_inside_text_is_no_date():
    from telisik.extract.dates import search_date

    assert search_date("Rasio 1/3/25 persen dari total", now=FETCHED) is None


def _album_page(label: str = "Veröffentlichung:") -> str:
    tracks = "\n".join(f"<li>Track {n}: Lied Nummer {n}</li>" for n in range(1, 41))
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Lena Berg – Neue Wege | Musikportal</title>
<meta property="og:title" content="Lena Berg – Neue Wege">
</head>
<body>
<div class="header"><a href="/">Musikportal</a>
<ul class="menu"><li><a href="/alben">Alben</a></li><li><a href="/konzerte">Konzerte</a></li></ul></div>
<div class="content">
<h1>Lena Berg – Neue Wege</h1>
<p>Das vierte Album der Sängerin ist ihr persönlichstes: zwölf Lieder über Abschiede, Umzüge und das
Ankommen in einer neuen Stadt, aufgenommen mit ihrer Tourband in einem alten Kino in Leipzig.</p>
<h3>Tracklist</h3>
<ol class="tracklist">
{tracks}
</ol>
<h3>Live</h3>
<ul class="tour">
<li>12.03.2022 Hamburg, Fabrik</li>
<li>13.03.2022 Berlin, Astra</li>
<li>15.03.2022 Köln, Gloria</li>
</ul>
<div class="infos"><b>{label}</b> <a href="/alben/2022">04.02.2022</a><br>
<b>Label:</b> Beispiel Records</div>
</div>
<div class="sidebar"><h3>Neu im Portal</h3><ul><li><a href="/alben/x">Album X</a> 28.01.2022</li></ul></div>
<div class="footer">© 1996 - 2022 Musikportal · Impressum</div>
</body>
</html>"""


def test_a_date_under_a_label_in_its_own_element_is_labelled():
    """`<b>Veröffentlichung:</b> <a>04.02.2022</a>` (mix1.de), `<dt>Datum</dt><dd>...` and `<span
    class="label">Published:</span> <span>...`: the label sits in the previous sibling (so on bmel.de, caritas.de,
    zoll.de, reiterrevue.de, vegolosi.it, Zwanzig Minuten, Fox News, the Daily Mail, the Sun). With nothing near
    the headline, that labelled line dates the page, not the first dated line after it (a tour date)."""
    article = extract_article(
        _album_page(), url="https://musik.example/alben/lena-berg-neue-wege/", fetched_at=FETCHED
    )
    assert _day(article.published) == "2022-02-04"


@pytest.mark.parametrize("label", ["Erstellt am", "Fecha:", "Data:", "Dato:", "Objavljeno:", "Tarih:"])
def test_publication_labels_in_more_languages(label: str):
    """`Erstellt am` (German CMS footers), `Fecha:` (Spanish), `Data:` (Italian, Portuguese, Polish), `Dato:`
    (Nordic), `Objavljeno:` (Croatian, Slovenian, Serbian), `Tarih:` (Turkish) label the page's date as the
    languages already read (`Datum:`, `Publicado`, `Pubblicato` ...) do."""
    article = extract_article(
        _album_page(label), url="https://musik.example/alben/lena-berg-neue-wege/", fetched_at=FETCHED
    )
    assert _day(article.published) == "2022-02-04"


def test_a_list_of_dated_items_does_not_date_the_page():
    """Tour dates and match days (rhein-neckar-loewen.de's schedule), a literature list's `Abgerufen am`
    access dates (coaching-magazin.de), archive lists (taucher.net, zoll.de): each item dates what it lists. A
    page whose only dates are such a list stays undated rather than taking its first item."""
    page = _album_page().replace('<b>Veröffentlichung:</b> <a href="/alben/2022">04.02.2022</a><br>', "")
    article = extract_article(
        page, url="https://musik.example/alben/lena-berg-neue-wege/", fetched_at=FETCHED
    )
    assert article.published is None
