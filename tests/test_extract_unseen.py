"""Extraction rules for outlets nobody on the project has seen (#10, third pass): each test serves a complete
page (head metadata, navigation, a sidebar of other stories with their own dates, a comment thread) and
checks one rule against the layout that needs it."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from telisik.extract import extract_article

FETCHED = datetime(2026, 1, 28, 3, 0, tzinfo=timezone.utc)

DE_PARAGRAPHS = [
    "Der Stadtrat hat am Dienstagabend beschlossen, die Hochwassermauer am Flussufer um einen Meter zu erhöhen. "
    "Die Arbeiten sollen im Juli beginnen, sobald das Frühjahrshochwasser vorbei ist.",
    "Anwohner sagten, sie hätten mehr als zehn Jahre auf die Reparatur gewartet, und begrüßten die "
    "Entscheidung. Die Kosten von rund vier Millionen Euro teilen sich Land und Gemeinde.",
    "Der Bürgermeister kündigte an, die Bauarbeiten würden abschnittsweise ausgeführt, damit der Radweg am "
    "Ufer den ganzen Sommer über wenigstens auf einer Seite befahrbar bleibe.",
]


def news_page(
    article: str,
    *,
    head: str = "",
    lang: str = "de",
    title: str = "Hochwassermauer wird erhöht",
    site: str = "Stadtanzeiger",
) -> str:
    """A whole page of a small news site: head metadata, main navigation, the article, a sidebar of other
    stories with their dates, a comment thread and a footer."""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site}">
{head}
</head>
<body class="page-node node-type-article one-sidebar">
<header id="page-header">
  <a href="/" class="logo">{site}</a>
  <nav class="main-menu"><ul>
    <li><a href="/politik">Politik</a></li><li><a href="/wirtschaft">Wirtschaft</a></li>
    <li><a href="/sport">Sport</a></li><li><a href="/kultur">Kultur</a></li>
  </ul></nav>
</header>
<main id="main">
{article}
<section id="comments" class="comments">
  <h2>Kommentare</h2>
  <article class="comment">
    <p class="submitted">Gerhard B. am <time datetime="2023-10-19T13:11:26+02:00">19. Oktober 2023 - 13:11</time></p>
    <p>Endlich passiert etwas, das hat viel zu lange gedauert.</p>
  </article>
</section>
</main>
<aside class="sidebar">
  <h2>Meistgelesen</h2>
  <ul>
    <li><a href="/a/1">Neuer Radweg eröffnet</a> <time datetime="2023-09-02T08:00:00+02:00">2. September 2023</time></li>
    <li><a href="/a/2">Kita-Gebühren steigen</a> <time datetime="2023-08-14T10:30:00+02:00">14. August 2023</time></li>
  </ul>
</aside>
<footer class="site-footer"><p>© 2023 {site} · <a href="/impressum">Impressum</a></p></footer>
</body>
</html>"""


def paragraphs(items: list[str] = DE_PARAGRAPHS) -> str:
    return "".join(f"<p>{p}</p>" for p in items)


# --- dates: the article's meta box is an <aside> ----------------------------------------------------------


def test_an_aside_named_meta_inside_the_article_gives_its_date_and_byline():
    # Drupal and custom templates put the article's own byline and date in `<aside class="meta">` inside the
    # article: `<aside>` marks sidebars in general, but a box named meta holds this article's data.
    article = (
        "<article class='node node-article'><h1>Hochwassermauer wird erhöht</h1>"
        "<aside class='meta'><p class='author'>von <a href='/autor/ms'>Maria Schneider</a></p>"
        "<p class='wrapper-date'><time itemprop='datePublished' datetime='2023-10-18T11:45:00+02:00'>"
        "18. Okt 2023</time></p></aside>" + paragraphs() + "</article>"
    )
    result = extract_article(
        news_page(article), "https://stadtanzeiger.example/artikel/mauer-123", fetched_at=FETCHED
    )
    assert result.published is not None
    assert result.published.isoformat() == "2023-10-18T11:45:00+02:00"
    assert result.authors == ["Maria Schneider"]


def test_an_aside_of_related_stories_inside_the_article_still_gives_no_date():
    article = (
        "<article class='node node-article'><h1>Hochwassermauer wird erhöht</h1>"
        + paragraphs()
        + "<aside class='more-stories'><h3>Mehr zum Thema</h3><ul><li><a href='/a/9'>Pegel steigt</a> "
        "<time datetime='2021-03-02T08:00:00+01:00'>2. März 2021</time></li></ul></aside></article>"
    )
    result = extract_article(
        news_page(article), "https://stadtanzeiger.example/artikel/mauer-123", fetched_at=FETCHED
    )
    assert result.published is None or result.published.year != 2021


# --- dates: an event's date line is not the article's ------------------------------------------------------


def test_an_event_date_line_under_the_headline_loses_to_the_published_metadata():
    # A tasting schedule or club page opens with `Termin: 21.02.2020, 19 Uhr`: the day of the event, not of the
    # article; the page's article:published_time is the publication.
    head = '<meta property="article:published_time" content="2019-11-27T15:21:21+01:00">'
    article = (
        "<div class='post'><h1>Whisky-Tastings Januar bis Mai 2020</h1>"
        "<p class='event'>Termin: 21.02.2020, 19 Uhr</p><p>Ort: Rosi's Bar, Halle (Saale)</p>"
        + paragraphs()
        + "</div>"
    )
    result = extract_article(
        news_page(article, head=head, title="Whisky-Tastings Januar bis Mai 2020"),
        "https://whisky.example/termine-whisky-tastings/5805",
        fetched_at=FETCHED,
    )
    assert result.published is not None
    assert result.published.date().isoformat() == "2019-11-27"


def test_a_german_updated_line_is_not_the_date_line():
    head = '<meta property="article:published_time" content="2022-03-01T09:00:00+01:00">'
    article = (
        "<article><h1>Hochwassermauer wird erhöht</h1><p class='info'>Aktualisiert: 30.12.2022</p>"
        + paragraphs()
        + "</article>"
    )
    result = extract_article(
        news_page(article, head=head), "https://stadtanzeiger.example/mauer", fetched_at=FETCHED
    )
    assert result.published is not None
    assert result.published.date().isoformat() == "2022-03-01"


# --- dates: a date-only publication stored as local midnight in UTC ----------------------------------------


def test_a_shown_day_keeps_a_utc_midnight_stamp_on_that_day():
    # The CMS stores `5. November 2021` as 2021-11-04T23:00Z (midnight in Berlin): the article's day is the
    # one the page shows, so the instant is expressed in the zone that puts it there.
    head = '<meta property="article:published_time" content="2021-11-04T23:00Z">'
    article = (
        "<article><h1>Kommunalwahlen in Nordmazedonien</h1>"
        "<div class='o-metadata'><span class='o-metadata__date'>5. November 2021</span></div>"
        + paragraphs()
        + "</article>"
    )
    result = extract_article(
        news_page(article, head=head, title="Kommunalwahlen in Nordmazedonien"),
        "https://stiftung.example/laenderberichte/detail/kommunalwahlen",
        fetched_at=FETCHED,
    )
    assert result.published is not None
    assert result.published.date().isoformat() == "2021-11-05"
    assert result.published.utcoffset() == timedelta(hours=1)
    assert result.published == datetime(2021, 11, 4, 23, 0, tzinfo=timezone.utc)  # the same instant


def test_a_shown_day_equal_to_the_stamps_own_day_keeps_the_stamps_zone():
    head = '<meta property="article:published_time" content="2021-11-05T09:30:00+01:00">'
    article = (
        "<article><h1>Kommunalwahlen in Nordmazedonien</h1>"
        "<div class='o-metadata'><span class='o-metadata__date'>5. November 2021</span></div>"
        + paragraphs()
        + "</article>"
    )
    result = extract_article(
        news_page(article, head=head, title="Kommunalwahlen in Nordmazedonien"),
        "https://stiftung.example/laenderberichte/detail/kommunalwahlen",
        fetched_at=FETCHED,
    )
    assert result.published is not None
    assert result.published.isoformat() == "2021-11-05T09:30:00+01:00"


# --- dates: a headline set inside the lead picture's caption -----------------------------------------------


def test_a_date_in_a_caption_that_holds_the_headline_is_the_date_line():
    # Sports and club sites set the headline over the lead picture: `<figcaption><small>31.01.2022</small>
    # <h1>...</h1></figcaption>`. That caption is the article's header, its date the article's date.
    article = (
        "<div class='content meldung'><div class='aufmacher'><figure><img src='/img/flohr.jpg' alt=''>"
        "<figcaption><small>31.01.2022&nbsp; 2. Liga</small><h1 class='heading'>Neuer Cheftrainer für Dormagen"
        "</h1></figcaption></figure></div>" + paragraphs() + "</div>"
    )
    result = extract_article(
        news_page(article, title="Neuer Cheftrainer für Dormagen"),
        "https://liga.example/news/transfers/neuer-cheftrainer-fuer-dormagen/",
        fetched_at=FETCHED,
    )
    assert result.published is not None
    assert result.published.date().isoformat() == "2022-01-31"


def test_a_date_in_an_ordinary_photo_caption_is_still_not_the_date_line():
    head = '<meta property="article:published_time" content="2022-02-10T08:00:00+01:00">'
    article = (
        "<article><h1>Neuer Cheftrainer für Dormagen</h1><figure><img src='/img/flohr.jpg' alt=''>"
        "<figcaption><small>31.01.2022</small> Matthias Flohr beim Training</figcaption></figure>"
        + paragraphs()
        + "</article>"
    )
    result = extract_article(
        news_page(article, head=head, title="Neuer Cheftrainer für Dormagen"),
        "https://liga.example/news/transfers/neuer-cheftrainer-fuer-dormagen/",
        fetched_at=FETCHED,
    )
    assert result.published is not None
    assert result.published.date().isoformat() == "2022-02-10"


# --- dates: the update line as the page's only date ---------------------------------------------------------


def _static_page(info: str) -> str:
    article = (
        "<div id='content'><h1>Kinder und Arbeit</h1>"
        + paragraphs()
        + "<p>Herausgeber: Initiative Kinderrechte e.V.</p>"
        + info
        + "</div>"
    )
    return news_page(article, title="Kinder und Arbeit")


def test_an_update_line_is_the_date_of_a_page_that_shows_no_other():
    html = _static_page("<p class='info'>Aktualisiert: 30.12.2016</p>")
    result = extract_article(
        html, "https://verein.example/informationen/kinder-und-arbeit/", fetched_at=FETCHED
    )
    assert result.published is not None
    assert result.published.date().isoformat() == "2016-12-30"
    assert result.sources["published"] == "visible:updated-line"


def test_a_dated_line_after_the_headline_beats_the_update_line():
    html = _static_page(
        "<p class='info'>Veröffentlicht 12.03.2015</p><p class='info'>Aktualisiert: 30.12.2016</p>"
    )
    result = extract_article(
        html, "https://verein.example/informationen/kinder-und-arbeit/", fetched_at=FETCHED
    )
    assert result.published is not None
    assert result.published.date().isoformat() == "2015-03-12"


def test_a_copyright_line_is_never_the_date():
    html = _static_page("<p class='info'>© 30.12.2016 Initiative Kinderrechte</p>")
    result = extract_article(
        html, "https://verein.example/informationen/kinder-und-arbeit/", fetched_at=FETCHED
    )
    assert result.published is None


# --- authors ------------------------------------------------------------------------------------------------


def test_a_byline_in_a_featured_image_header_that_holds_the_headline_counts():
    # Magazine themes set headline, byline and date over the lead picture, inside a `featured-image` box:
    # picture boxes hold photographers' credits in general, but this one is the article's header.
    article = (
        "<div id='cb-featured-image' class='cb-fis cb-fis-big'><div class='cb-entry-header hentry'>"
        "<h1 class='entry-title'>Die Autorin im Gespräch über ihren Roman</h1><div class='cb-byline'>"
        "<span class='cb-author'><a href='/author/nicole-c/' class='author url fn' rel='author'>Nicole Collignon"
        "</a></span> <span class='cb-date'><time datetime='2020-02-22T09:38:38+01:00'>22. Februar 2020</time>"
        "</span></div></div></div><article class='post'>" + paragraphs() + "</article>"
    )
    result = extract_article(
        news_page(article, title="Die Autorin im Gespräch über ihren Roman"),
        "https://litradio.example/die-autorin-im-gespraech/",
        fetched_at=FETCHED,
    )
    assert result.authors == ["Nicole Collignon"]


def test_a_photo_credit_in_a_picture_box_is_still_not_the_byline():
    article = (
        "<article><h1>Die Autorin im Gespräch über ihren Roman</h1><div class='featured-image'>"
        "<img src='/a.jpg' alt=''><span class='author'>Gordon Weber</span></div>"
        + paragraphs()
        + "</article>"
    )
    result = extract_article(
        news_page(article, title="Die Autorin im Gespräch über ihren Roman"),
        "https://litradio.example/die-autorin-im-gespraech/",
        fetched_at=FETCHED,
    )
    assert "Gordon Weber" not in result.authors


def test_the_headlines_own_name_element_is_not_a_byline():
    # Microformats mark an h-entry's title `p-name` (and schema.org `name headline`): a class that reads like
    # a person's name, inside the headline. The byline is the h-card under it.
    article = (
        "<article class='h-entry' itemscope itemtype='http://schema.org/BlogPosting'><header><h1>"
        "<a href='/posts/firefox/' class='u-url' rel='bookmark'><span itemprop='name headline' class='p-name'>"
        "Firefox – weniger Werbung, mehr Tempo unter Android</span></a></h1></header>"
        "<p class='byline'><time datetime='2019-12-22T18:33:43+01:00'>22.12.2019</time> "
        "<address class='author p-author h-card' itemprop='author'><span class='p-name'>Frank Boës</span>"
        "</address></p>" + paragraphs() + "</article>"
    )
    result = extract_article(
        news_page(article, title="Firefox – weniger Werbung, mehr Tempo unter Android"),
        "https://journal.example/posts/2019-12-22-firefox/",
        fetched_at=FETCHED,
    )
    assert result.authors == ["Frank Boës"]


def _byline_box_page(box: str, head: str) -> str:
    article = (
        "<article><h1>Benko-Firmen: Berater sichern Daten</h1><div class='post-meta'>"
        f"<span class='author-name'>{box}</span> <time datetime='2023-11-01T09:35:13+01:00'>1. November 2023"
        "</time></div>" + paragraphs() + "</article>"
    )
    return news_page(article, head=head, title="Benko-Firmen: Berater sichern Daten")


def test_a_single_word_in_the_byline_box_loses_to_the_full_name_in_metadata():
    # The byline-classed box shows the section (`Immobilien`) or a first name only; the page's author
    # metadata names the writer in full.
    head = '<meta name="author" content="Claudio Kummerfeld">'
    result = extract_article(
        _byline_box_page("Immobilien", head),
        "https://finanzwelt.example/benko-daten-289554/",
        fetched_at=FETCHED,
    )
    assert result.authors == ["Claudio Kummerfeld"]
    jsonld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "author": {"@type": "Person", "name": "Sophie Foster"},
        }
    )
    head = f'<script type="application/ld+json">{jsonld}</script>'
    result = extract_article(
        _byline_box_page("Travel", head), "https://finanzwelt.example/benko-daten-289554/", fetched_at=FETCHED
    )
    assert result.authors == ["Sophie Foster"]


def test_a_full_name_in_the_byline_box_beats_other_metadata():
    head = '<meta name="author" content="Redaktion Finanzwelt Online">'
    result = extract_article(
        _byline_box_page("Anna Berger", head),
        "https://finanzwelt.example/benko-daten-289554/",
        fetched_at=FETCHED,
    )
    assert result.authors == ["Anna Berger"]


# --- body -----------------------------------------------------------------------------------------------------

EN_PARAGRAPHS = [
    "When I moved to California five years ago, I planted a lemon tree in the yard behind the house, and for "
    "three summers it gave more fruit than the neighbours could take off our hands.",
    "This year the leaves curled in the heat before June was out, and the well that waters half of the street "
    "ran dry for the first time anyone on the block could remember.",
    "Right now my friends across the state are staring down one disaster after another, suffering through "
    "heat and smoke while they struggle with everything else the year has brought.",
    "Last week a heat wave baked the West. In the desert a record may have been set for the hottest "
    "temperature ever measured, and the grid operators asked everyone to save power in the evening.",
    "With lower rainfall and years of drought, many of the state's hydropower plants were also running "
    "below their usual output, which left less power to share between the regions.",
]


def _sections_page(wrapped: list[list[str]]) -> str:
    """An article whose text blocks each sit in a wrapper of their own, next to a 'Read:' link to another
    story (the template closes the text block for the link and reopens it in a new wrapper)."""
    blocks = "".join(
        "<div class='l-article__container'><section class='l-article__section s-cms-content'>"
        + "".join(f"<p>{p}</p>" for p in block)
        + "</section><p class='recirc'><a href='/a/1'>Read: This is what adapting to climate change looks "
        "like in the suburbs</a></p></div>"
        for block in wrapped
    )
    article = (
        "<article class='l-article'><header><h1>California's disasters are a warning</h1>"
        "<p class='byline'>By <a href='/author/jane-roe/' rel='author'>Jane Roe</a></p></header>"
        "<div class='c-layout'>"
        + blocks
        + "</div><section class='c-recirculation'><h2>More stories</h2><ul><li><a href='/a/1'>Ten films "
        "critics hated</a></li><li><a href='/a/2'>Why the grid fails in summer</a></li></ul></section></article>"
    )
    return news_page(article, lang="en", title="California's disasters are a warning", site="The Monthly")


def test_an_article_whose_blocks_sit_in_repeated_wrappers_keeps_every_block():
    html = _sections_page([EN_PARAGRAPHS[:2], EN_PARAGRAPHS[2:]])
    result = extract_article(
        html, "https://monthly.example/ideas/2020/08/california/615610/", fetched_at=FETCHED
    )
    for paragraph in EN_PARAGRAPHS:
        assert paragraph in result.body
    assert result.body.index(EN_PARAGRAPHS[0]) < result.body.index(EN_PARAGRAPHS[2])
    assert "Ten films critics hated" not in result.body


def test_a_link_list_in_a_repeated_wrapper_does_not_join():
    html = _sections_page([EN_PARAGRAPHS, []]).replace(
        "<section class='l-article__section s-cms-content'></section>",
        "<section class='l-article__section s-cms-content'><a href='/a/3'>Ten films critics hated, and one "
        "they loved far too much for anyone's taste</a></section>",
    )
    result = extract_article(
        html, "https://monthly.example/ideas/2020/08/california/615610/", fetched_at=FETCHED
    )
    assert EN_PARAGRAPHS[-1] in result.body
    assert "Ten films critics hated" not in result.body


def _story_page(opening: str) -> str:
    article = (
        "<div class='chapter'><h1>Chapter 1: Prologue</h1><div class='chapter-content'>"
        f"<p>{opening}</p>" + "".join(f"<p>{p}</p>" for p in EN_PARAGRAPHS) + "</div></div>"
    )
    return news_page(article, lang="en", title="Chapter 1: Prologue", site="Fiction Shelf")


def test_a_short_opening_sentence_stays_with_the_text():
    result = extract_article(
        _story_page("When I woke up, there was nothing."),
        "https://fiction.example/chapter/535107/prologue",
        fetched_at=FETCHED,
    )
    assert result.body.startswith("When I woke up, there was nothing.")


def test_a_date_and_reading_time_line_before_the_text_is_still_trimmed():
    result = extract_article(
        _story_page("28.04.2023, 19:09 3 Min."),
        "https://fiction.example/chapter/535107/prologue",
        fetched_at=FETCHED,
    )
    assert "3 Min." not in result.body
    assert result.body.startswith(EN_PARAGRAPHS[0])


def test_a_post_kept_only_in_noscript_is_read_from_there():
    # Blogger's dynamic templates render the post from a `<script type="text/template">` and keep a copy
    # for readers without scripts in `<noscript>`: with nothing else on the page, that copy is the article.
    post = "".join(f"<p>{p}</p>" for p in EN_PARAGRAPHS)
    article = (
        "<div class='post' itemscope itemtype='http://schema.org/BlogPosting'><h1 class='title'>"
        "Enhanced protection, now in the browser</h1><div class='post-body'>"
        "<div class='post-content' itemprop='articleBody'><script type='text/template'>"
        f"{post}</script><noscript>{post}</noscript></div></div></div>"
    )
    html = news_page(
        article, lang="en", title="Enhanced protection, now in the browser", site="Security Blog"
    )
    result = extract_article(
        html, "https://security.blog.example/2020/05/enhanced-protection.html", fetched_at=FETCHED
    )
    for paragraph in EN_PARAGRAPHS:
        assert paragraph in result.body
    assert "Meistgelesen" not in result.body


def test_noscript_fallbacks_stay_out_of_a_page_that_has_its_text():
    article = (
        "<article><h1>Hochwassermauer wird erhöht</h1>"
        + paragraphs()
        + "<noscript><p>Bitte aktivieren Sie JavaScript, um alle Funktionen dieser Seite nutzen zu können.</p>"
        "</noscript></article>"
    )
    result = extract_article(news_page(article), "https://stadtanzeiger.example/mauer", fetched_at=FETCHED)
    assert DE_PARAGRAPHS[0] in result.body
    assert "JavaScript" not in result.body


# --- dates and bylines of other stories' cards; a press release's opening dateline -----------------------


def test_the_date_and_author_of_a_story_card_next_to_the_headline_are_not_the_articles():
    # Cards of other stories (`<a><h4>title</h4><span class="item__date">...`) sit right under the headline
    # in some templates; the article's date is in its JSON-LD.
    jsonld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "datePublished": "2023-11-01T08:20:40+00:00",
        }
    )
    article = (
        "<div class='item-page'><h1>Getränke per Schiff ins Stadtzentrum</h1><ul class='item-list'>"
        "<li><a href='/a/38001'><h4 class='item__title'>Worauf Verbraucher Wert legen</h4>"
        "<span class='item__metainfo'><span class='item__author'>Glory Solutions Germany</span>"
        "<span class='item__date'>13.10.2023</span></span></a></li></ul>" + paragraphs() + "</div>"
    )
    html = news_page(
        article, head=f'<script type="application/ld+json">{jsonld}</script>', title="Getränke per Schiff"
    )
    result = extract_article(
        html, "https://handel.example/handel-aktuell/38519-getraenke.html", fetched_at=FETCHED
    )
    assert result.published is not None
    assert result.published.date().isoformat() == "2023-11-01"
    assert "Glory Solutions Germany" not in result.authors


def test_a_press_release_dated_only_in_its_opening_line():
    opening = (
        "Pressemitteilung vom 25. Januar 2022 | Berlin – Die künftige Zusammenarbeit mit dem "
        "Welternährungsprogramm wird ausgebaut, kündigte die Ministerin bei ihrem ersten Besuch an."
    )
    article = (
        "<section class='l-detail-page'><div class='l-detail-page__intro'><h1>Deutschland steht an der Seite "
        f"des Welternährungsprogramms</h1><div class='l-detail-page__teaser-text'><p>{opening}</p></div></div>"
        + paragraphs()
        + "</section>"
    )
    result = extract_article(
        news_page(article, title="Deutschland steht an der Seite des Welternährungsprogramms"),
        "https://ministerium.example/aktuelles/meldungen/welternaehrung-103026",
        fetched_at=FETCHED,
    )
    assert result.published is not None
    assert result.published.date().isoformat() == "2022-01-25"
    assert result.sources["published"] == "visible:opening-dateline"


def test_a_date_later_in_the_opening_paragraph_is_not_a_dateline():
    opening = (
        "Die Ministerin kündigte bei ihrem ersten Besuch an, die Zusammenarbeit mit dem Welternährungsprogramm "
        "ab dem 25. Januar 2022 auszubauen."
    )
    article = (
        "<section class='l-detail-page'><h1>Deutschland steht an der Seite des Welternährungsprogramms</h1>"
        f"<p>{opening}</p>" + paragraphs() + "</section>"
    )
    result = extract_article(
        news_page(article, title="Deutschland steht an der Seite des Welternährungsprogramms"),
        "https://ministerium.example/aktuelles/meldungen/welternaehrung-103026",
        fetched_at=FETCHED,
    )
    assert result.published is None


def _forum_page(post_paragraphs: int, keywords: str) -> str:
    post = "".join(f"<p>{p}</p>" for p in EN_PARAGRAPHS[:post_paragraphs])
    article = (
        "<div class='thread'><h1>Update error on my phone</h1><div class='postbody'>"
        + post
        + "</div></div><div class='searchterms'><h3>Search terms</h3><div>"
        + keywords
        + "</div></div>"
    )
    return news_page(article, lang="en", title="Update error on my phone", site="Phone Forum")


def test_a_long_inline_list_of_search_terms_does_not_outvote_the_post():
    # Readability counts commas as a sign of prose; a list written inline (search terms, tag clouds,
    # signatories) has dozens of them, a few words apart, and must not win over the text.
    keywords = ", ".join(f"htc mozart update fehlercode 80181{n}c1" for n in range(60))
    for count in (1, 3):
        result = extract_article(
            _forum_page(count, keywords), "https://forum.example/t/122760-update.html", fetched_at=FETCHED
        )
        assert result.body.startswith(EN_PARAGRAPHS[0])
        assert "fehlercode" not in result.body


def test_prose_with_many_commas_still_votes():
    dense = (
        "Yesterday, after the rain, the river rose, the fields flooded, the roads closed, the school shut, "
        "the shops stayed dark, and the mayor, tired, wet and hoarse, asked everyone, young and old, to stay "
        "indoors until the water, still rising, had gone down again."
    )
    html = _forum_page(0, "").replace(
        "<div class='postbody'></div>", f"<div class='postbody'><p>{dense}</p></div>"
    )
    result = extract_article(html, "https://forum.example/t/122760-update.html", fetched_at=FETCHED)
    assert result.body == dense


def test_the_posts_footer_is_left_out_of_a_short_post():
    # WordPress themes close each post with `<footer class="entry-meta">` (the author box, 'This entry was
    # posted in ...'). On a short post that footer is half the text: it goes all the same.
    article = (
        "<article class='post type-post'><header class='entry-header'><h1 class='entry-title'>Live from the "
        f"knowledge camp</h1></header><div class='entry-content'><p>{EN_PARAGRAPHS[0]}</p></div>"
        "<footer class='entry-meta'><p>This entry was posted in Podcast and tagged knowledge camp, live, "
        "recording by Simon Dückert. Bookmark the permalink.</p><div id='author-info'><div id='author-description'>"
        "<h2>About Simon Dückert</h2><p>Simon is the founder of the knowledge network, host of the podcast and "
        "organiser of the yearly camp, and he writes about knowledge work, learning in companies and open "
        "communities.</p></div></div></footer></article>"
    )
    html = news_page(article, lang="en", title="Live from the knowledge camp", site="Knowledge on Air")
    result = extract_article(html, "https://koa.example/2019/12/17/koa039-live/", fetched_at=FETCHED)
    assert result.body == EN_PARAGRAPHS[0]


def test_php_errors_printed_into_the_page_are_not_text():
    warning = (
        "<b>Warning</b>:  Creating default object from empty value in <b>/www/htdocs/w00a2ebd/wp-content/themes/"
        "spanien/functions.php</b> on line <b>23</b><br />"
    )
    article = (
        "<div id='post_content'><h1>Málaga, die quirlige Metropole</h1>"
        f"<p>{warning}{DE_PARAGRAPHS[0]}</p>" + paragraphs(DE_PARAGRAPHS[1:]) + f"<p>{warning}</p></div>"
    )
    result = extract_article(
        news_page(article, title="Málaga, die quirlige Metropole"),
        "https://spanien.example/malaga-die-quirlige-metropole.html",
        fetched_at=FETCHED,
    )
    assert "Warning" not in result.body and "on line" not in result.body
    assert result.body.startswith(DE_PARAGRAPHS[0])
    assert DE_PARAGRAPHS[-1] in result.body


# --- dates: a stamp in the page's script data as the last resort --------------------------------------------


def _shop_page(script: str, shown: str = "") -> str:
    article = (
        "<div class='product'><h1>Sidamo, Bio-Kaffeebohnen</h1>"
        + shown
        + paragraphs()
        + "<div class='reviews'><h2>Bewertungen</h2><p>Super lecker dieser Kaffee!</p></div></div>"
        + script
    )
    return news_page(article, title="Sidamo, Bio-Kaffeebohnen", site="Kaffee-Shop")


def test_a_shop_page_without_a_shown_date_takes_the_published_stamp_of_its_script_data():
    # Shop systems keep the product page's publication in their script data only; review pages and JSON-LD
    # with a malformed fraction (`22:06:08:684Z`) likewise.
    script = (
        '<script type="application/json" id="product-json">{"id": 4012, "title": "Sidamo", '
        '"published_at": "2019-03-02T06:22:28+01:00", "created_at": "2019-03-02T06:27:24+01:00"}</script>'
    )
    result = extract_article(_shop_page(script), "https://kaffee.example/products/sidamo", fetched_at=FETCHED)
    assert result.published is not None
    assert result.published.isoformat() == "2019-03-02T06:22:28+01:00"
    assert result.sources["published"] == "script:published"
    script = '<script type="application/json">{"publishedDate":"2022-01-10T22:06:08:684Z"}</script>'
    result = extract_article(_shop_page(script), "https://kaffee.example/products/sidamo", fetched_at=FETCHED)
    assert result.published is not None
    # The instant as stored: a German page on a generic domain (.example) tells no zone (the language alone
    # never does: the review of d1bc0db).
    assert result.published.isoformat() == "2022-01-10T22:06:08+00:00"


def test_a_shown_date_beats_the_script_stamp():
    script = '<script type="application/json">{"published_at": "2019-03-02T06:22:28+01:00"}</script>'
    shown = "<p class='date'>Veröffentlicht am 14.05.2021</p>"
    result = extract_article(
        _shop_page(script, shown), "https://kaffee.example/products/sidamo", fetched_at=FETCHED
    )
    assert result.published is not None
    assert result.published.date().isoformat() == "2021-05-14"


# --- authors: a blog's account name -------------------------------------------------------------------------


def _blog_page(byline: str) -> str:
    article = (
        "<article class='post type-post'><header class='entry-header'><h1 class='entry-title'>Keine Spielstraße "
        "für die Neustadt</h1><div class='entry-meta'><time class='entry-date' datetime='2017-06-12T14:14:15+00:00'>"
        f"12. Juni 2017</time><span class='by-author'> {byline}</span></div></header>"
        "<div class='entry-content'>" + paragraphs() + "</div></article>"
    )
    return news_page(article, title="Keine Spielstraße für die Neustadt", site="Bunte Republik")


def test_a_blogs_account_name_in_the_byline_is_kept_as_the_author():
    byline = (
        "<span class='sep'>von</span> <span class='author vcard'><a class='url fn n' "
        "href='/author/g1zzm0/' rel='author'>gizzmo</a></span>"
    )
    result = extract_article(_blog_page(byline), "https://bunterepublik.example/2017/06/12/spielstrasse/")
    assert result.authors == ["gizzmo"]
    assert result.sources["authors"] == "visible:byline:account"
    byline = (
        "<span class='author vcard'><a class='url fn n' href='/author/hr/' rel='author'>Herr_Rein</a></span>"
    )
    result = extract_article(_blog_page(byline), "https://bunterepublik.example/2017/06/12/spielstrasse/")
    assert result.authors == ["Herr_Rein"]


def test_generic_accounts_sign_off_codes_and_agencies_are_not_account_names():
    for account in ("admin", "redaktion", "dpa", "amw", "red."):
        byline = f"<span class='author vcard'><a class='url fn n' href='/author/x/' rel='author'>{account}</a></span>"
        result = extract_article(_blog_page(byline), "https://bunterepublik.example/2017/06/12/spielstrasse/")
        assert account not in result.authors, account


# --- dates: the European short date `31.10.23` (#10 class 10) ---------------------------------------------


def test_a_short_dotted_date_in_the_byline_line_is_the_day():
    # der-farang-style byline `Von: X | 31.10.23`; couchstyle-style `div.uploaded-date` `23.09.22`: no
    # machine-readable date on the page, the sidebar's other stories carry their own <time> stamps.
    cases = (
        (
            "<div class='article-meta'>Von: Maria Schneider <span>|</span> <span>31.10.23</span></div>",
            31,
            10,
            2023,
        ),
        ("<div class='sub-title'><div class='uploaded-date'>23.09.22</div></div>", 23, 9, 2022),
    )
    for line, day, month, year in cases:
        article = (
            f"<article class='article'><h1>Hochwassermauer wird erhöht</h1>{line}{paragraphs()}</article>"
        )
        result = extract_article(
            news_page(article), "https://stadtanzeiger.example/artikel/mauer-123", fetched_at=FETCHED
        )
        assert result.published is not None, line
        assert (result.published.year, result.published.month, result.published.day) == (year, month, day)


def test_a_version_number_is_not_a_short_date():
    from telisik.extract.dates import search_date

    assert search_date("Firmware v1.2.23 behebt den Fehler") is None
    assert search_date("Paket 1.2.23.4 ist da") is None
    parsed = search_date("Stand: 3.5.21, 14:05 Uhr")
    assert parsed is not None and (parsed.value.year, parsed.value.month, parsed.value.day) == (2021, 5, 3)
