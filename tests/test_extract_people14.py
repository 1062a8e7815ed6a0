"""Title and writer rules of session 14 (#10), for pages as the web served them in 2014-2020.

- A heading made of a kicker part and a headline part, each classed so by the template (Spiegel Online's
  `headline-intro` + `headline`, BEM `article__kicker` + `article__title`, tagesschau/BR `dachzeile`, Funke and
  Burda `topline`/`overline`, Swiss `spitzmarke`): the headline part alone is the title, though the metadata
  titles hold both (`Kicker: Headline - Site`). A first part without such a class stays to the metadata's tie.
- A headline-classed box holding an <h1>/<h2> (`div.modHeadline` of broadcaster CMSs, title boxes of custom
  CMSs) is no candidate itself: its heading is, the box adding a kicker and a `Stand:` line to it.
- A section's name as the page's first heading over a single item's view (TYPO3 `csc-header` over tt_news's
  `news-single-item`, TYPO3 news' `news-single`, Contao's `mod_newsreader`; no generic class, no schema.org
  item, no list's item): when the menu or breadcrumb links the section by that text, the item's own heading is
  the title.
- Institutions and press offices (`Universität X, Stabsstelle Presse und Kommunikation`) in `meta author` are no
  writers (TYPO3, Drupal, Plone university and ministry sites); a `<br>`-broken info box's `Autor: Dr. X Y`
  line (TYPO3 tt_news `news-single-rightbox`, Joomla info blocks, table-layout cells) names the writer, its lone
  `Dr.` dropped as in a record's field.
- A readers' contribution box (`Leser-Reporter` of 20 Minuten and Blick, `Leserfoto`) names no writer.
- A WordPress login shown as the byline (`von anna` linking `/author/anna/`) stays the writer: bloggers sign
  `marta`, `jess` on purpose (a rule dropping such logins was withdrawn after review).

Each test serves a complete page (head metadata, navigation, sidebar, footer, comments where the family has
them) and names the family it stands for; every rule has look-alikes where it must not fire.
"""

from __future__ import annotations

from telisik.extract import extract_article

_PROSE = [
    "Der Gemeinderat hat am Dienstagabend nach langer Debatte beschlossen, die Förderung für das kommende Jahr "
    "deutlich zu erhöhen, nachdem mehrere Vereine auf die gestiegenen Kosten hingewiesen hatten.",
    "Die Verwaltung soll bis zum Frühjahr ein Konzept vorlegen, wie die zusätzlichen Mittel verteilt werden. "
    "Dabei sollen auch kleinere Initiativen berücksichtigt werden, die bisher leer ausgingen.",
    "Kritik kam vor allem aus der Opposition, die eine bessere Kontrolle der Ausgaben fordert und auf die "
    "angespannte Haushaltslage der Stadt verweist, die im nächsten Jahr weiter sparen muss.",
]
_TEXT = "".join(f"<p>{p}</p>" for p in _PROSE)
_URL = "https://www.example-news.test/politik/rat-beschliesst-foerderung-a-1197345.html"


def _page(body: str, *, title: str, head: str = "", site: str = "Weltblick") -> str:
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="description" content="Der Gemeinderat erhöht die Förderung der Vereine.">
<meta name="date" content="2018-03-12">
{head}
</head>
<body>
<div id="header"><a class="logo" href="/">{site}</a>
<ul id="nav"><li><a href="/politik/">Politik</a></li><li><a href="/wirtschaft/">Wirtschaft</a></li>
<li><a href="/sport/">Sport</a></li><li><a href="/kultur/">Kultur</a></li></ul></div>
<div id="content">
{body}
</div>
<div id="sidebar"><h3>Meistgelesen</h3><ul>
<li><a href="/politik/grundsteuer-a-1.html">Grundsteuer: Gericht kippt Entscheidung</a></li>
<li><a href="/politik/mieten-a-2.html">Mieten: Kommt jetzt die Wende?</a></li></ul></div>
<div id="footer"><p>© 2018 {site}</p><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a></div>
</body>
</html>"""


def _title(html: str) -> str | None:
    return extract_article(html, _URL).title


def _authors(html: str, url: str = _URL) -> list[str]:
    return list(extract_article(html, url).authors)


# --- a kicker part and a headline part, classed so ---------------------------------------------------------


def test_spiegel_like_kicker_and_headline_spans_give_the_headline():
    # Spiegel Online 2018: h2.article-title > span.headline-intro + <br> + span.headline; <title> holds both.
    page = _page(
        "<div class='article-section'><h2 class='article-title'><span class='headline-intro'>Förderung in "
        "Hannover</span><br /><span class='headline'>Rat beschließt mehr Geld für Vereine</span></h2>"
        "<p class='author'>Von Sebastian Rohde, Hannover</p>" + _TEXT + "</div>",
        title="Förderung in Hannover: Rat beschließt mehr Geld für Vereine - WELTBLICK ONLINE",
        head="<meta property='og:title' content='Förderung in Hannover: Rat beschließt mehr Geld für Vereine'>",
    )
    assert _title(page) == "Rat beschließt mehr Geld für Vereine"


def test_bem_kicker_and_title_parts_give_the_title():
    # Funke/Burda-like BEM markup: h1.article__headline > span.article__topline + span.article__title.
    page = _page(
        "<article><h1 class='article__headline'><span class='article__topline'>Förderung</span> "
        "<span class='article__title'>Rat beschließt mehr Geld für Vereine</span></h1>"
        + _TEXT
        + "</article>",
        title="Förderung: Rat beschließt mehr Geld für Vereine | Lokalblatt",
        head="<meta property='og:title' content='Förderung: Rat beschließt mehr Geld für Vereine'>",
    )
    assert _title(page) == "Rat beschließt mehr Geld für Vereine"


def test_unclassed_first_part_stays_with_the_metadata():
    # A film review's `<em>Oppenheimer</em> – …` heading: the emphasised name is the title's own first words.
    page = _page(
        "<article><h1><em>Oppenheimer</em> – Nolans Meisterwerk kehrt ins Kino zurück</h1>"
        + _TEXT
        + "</article>",
        title="Oppenheimer – Nolans Meisterwerk kehrt ins Kino zurück | Kinoblatt",
        head="<meta property='og:title' content='Oppenheimer – Nolans Meisterwerk kehrt ins Kino zurück'>",
    )
    assert _title(page) == "Oppenheimer – Nolans Meisterwerk kehrt ins Kino zurück"


def test_kicker_with_plain_text_after_it_stays_with_the_metadata():
    # A kicker-classed span but no headline part (plain text after it) and a <title> holding both: the tie
    # of the metadata decides as before (the whole heading agrees word for word).
    page = _page(
        "<article><h1><span class='kicker'>Exklusiv</span> Rat beschließt mehr Geld für Vereine</h1>"
        + _TEXT
        + "</article>",
        title="Exklusiv Rat beschließt mehr Geld für Vereine",
        head="<meta property='og:title' content='Exklusiv Rat beschließt mehr Geld für Vereine'>",
    )
    assert _title(page) == "Exklusiv Rat beschließt mehr Geld für Vereine"


def test_kicker_headline_and_subtitle_parts_are_no_pair():
    # Three parts (a subtitle span after the headline): not a kicker and a headline only; the whole line is
    # what the metadata names.
    page = _page(
        "<article><h1><span class='kicker'>Förderung</span> <span class='headline'>Rat beschließt mehr Geld</span>"
        " <span class='subline'>für Vereine und Initiativen</span></h1>" + _TEXT + "</article>",
        title="Förderung Rat beschließt mehr Geld für Vereine und Initiativen",
        head="<meta property='og:title' content='Förderung Rat beschließt mehr Geld für Vereine und Initiativen'>",
    )
    assert _title(page) == "Förderung Rat beschließt mehr Geld für Vereine und Initiativen"


# --- a headline-classed box holding the heading --------------------------------------------------------------

_BROADCASTER_HEAD = (
    "<meta property='og:title' content='Alpenradio24 - Nachrichten aus Bayern'>"
    "<meta property='og:url' content='https://www.example-news.test/nachrichten/'>"
)


def test_headline_box_with_kicker_and_date_gives_its_h1():
    # tagesschau/BR-like 2018: div.modHeadline > span.dachzeile + h1.headline + span.stand; og:title is the
    # news home page's, the <title> holds the kicker and a shortened headline.
    page = _page(
        "<div class='modCon'><div class='modHeadline'><span class='dachzeile'>Förderung in Hannover</span>"
        "<h1 class='headline'>Rat beschließt mehr Geld für die Vereine der Stadt</h1>"
        "<span class='stand'>Stand: 12.03.2018 14:05 Uhr</span></div>"
        "<p class='autorenzeile'>Von Markus Huber, BR</p>" + _TEXT + "</div>",
        title="Förderung in Hannover: Rat beschließt mehr Geld | Alpenradio24 | Alpenradio",
        head=_BROADCASTER_HEAD,
    )
    assert _title(page) == "Rat beschließt mehr Geld für die Vereine der Stadt"


def test_headline_div_without_a_heading_stays_a_candidate():
    # A table-layout daily's `div.headline` holding the headline as text (no heading inside).
    page = _page(
        "<table><tr><td><div class='headline'>Rat beschließt mehr Geld für die Vereine</div>"
        + _TEXT
        + "</td></tr>"
        "</table>",
        title="Lokalblatt - Rat beschließt mehr Geld für die Vereine",
    )
    assert _title(page) == "Rat beschließt mehr Geld für die Vereine"


def test_headline_box_whose_heading_is_a_section_keeps_the_metadata_title():
    # `div.headline` holding a section's <h2> and the headline as text: the section is no title, the
    # metadata title (the headline) stays.
    page = _page(
        "<div class='headline'><h2>Politik</h2>Rat beschließt mehr Geld für die Vereine</div>" + _TEXT,
        title="Rat beschließt mehr Geld für die Vereine | Lokalblatt",
        head="<meta property='og:title' content='Rat beschließt mehr Geld für die Vereine'>",
    )
    assert _title(page) == "Rat beschließt mehr Geld für die Vereine"


# --- a section's heading over a single item's view ----------------------------------------------------------

_TYPO3_NAV = (
    "<div id='rootline'><a href='/'>Startseite</a> &gt; <a href='/aktuelles/'>Aktuelles</a> &gt; "
    "<a href='/aktuelles/pressemitteilungen/'>Pressemitteilungen</a> &gt; <span>Detail</span></div>"
)


def _typo3_release(item_heading: str, rightbox: str = "10.03.2016<br />Kategorie: Forschung") -> str:
    return _page(
        _TYPO3_NAV
        + "<div class='csc-header csc-header-n1'><h1 class='csc-firstHeader'>Pressemitteilungen</h1>"
        "</div><div class='csc-default'><div class='news-single-item'>"
        f"<div class='news-single-rightbox'>{rightbox}</div>"
        f"{item_heading}" + "".join(f"<p class='bodytext'>{p}</p>" for p in _PROSE) + "</div></div>",
        title="Universität Hohenfeld: Pressemitteilungen",
        head="<meta name='DC.title' content='Pressemitteilungen'>"
        "<meta name='author' content='Universität Hohenfeld, Stabsstelle Presse und Kommunikation'>",
        site="Universität Hohenfeld",
    )


def test_typo3_news_item_heading_wins_over_the_section_header():
    page = _typo3_release("<h1>Rat beschließt mehr Geld für Vereine</h1>")
    assert _title(page) == "Rat beschließt mehr Geld für Vereine"


def test_section_header_over_a_news_list_stays():
    # The section's list page: every item's heading links to its story; the section's name is the title.
    page = _typo3_release(
        "<h1><a href='/aktuelles/pressemitteilungen/detail/artikel/rat/'>Rat beschließt "
        "mehr Geld für Vereine</a></h1>"
    )
    assert _title(page) == "Pressemitteilungen"


def test_short_headline_not_named_by_a_link_stays():
    # A three-word headline agreeing with the metadata, an item box after it: no menu link says it, so it is
    # the headline, not a section's name.
    page = _page(
        "<h1>Abschied von Anna</h1><div class='news-single-item'><h2>Die Gemeinde trauert um ihre langjährige "
        "Bürgermeisterin</h2>" + _TEXT + "</div>",
        title="Abschied von Anna | Lokalblatt",
        head="<meta property='og:title' content='Abschied von Anna'>",
    )
    assert _title(page) == "Abschied von Anna"


# --- organisations in meta author; a `<br>`-broken `Autor:` line --------------------------------------------


def test_institution_in_meta_author_gives_way_to_the_autor_line():
    page = _typo3_release(
        "<h1>Rat beschließt mehr Geld für Vereine</h1>",
        rightbox="10.03.2016 <br />Kategorie: Forschung, Biologie<br />Autor: Dr. Maria Keller",
    )
    assert _authors(page) == ["Maria Keller"]


def test_institution_in_meta_author_is_no_writer():
    page = _typo3_release("<h1>Rat beschließt mehr Geld für Vereine</h1>")
    assert _authors(page) == []


def test_doctor_in_a_prose_byline_stays():
    page = _page(
        "<article><h1>Rat beschließt mehr Geld für Vereine</h1><p class='info'>von "
        "<a href='/autoren/name/max-kolter'>Dr. Max Kolter</a></p>" + _TEXT + "</article>",
        title="Rat beschließt mehr Geld für Vereine | Lokalblatt",
    )
    assert _authors(page) == ["Dr. Max Kolter"]


def test_autor_line_with_doctor_and_surname_only_stays_as_printed():
    page = _typo3_release(
        "<h1>Rat beschließt mehr Geld für Vereine</h1>",
        rightbox="10.03.2016 <br />Kategorie: Forschung<br />Autor: Dr. Keller",
    )
    assert _authors(page) == ["Dr. Keller"]


def test_label_in_the_middle_of_a_br_line_is_no_credit():
    # `Autor:` after other words on its line (a book's data in a review box) is no credit line of the page.
    page = _typo3_release(
        "<h1>Rat beschließt mehr Geld für Vereine</h1>",
        rightbox="10.03.2016 <br />Buch: <em>Die Bienen</em> Autor: Hans Imker",
    )
    assert _authors(page) == []


def test_book_data_box_after_a_review_names_no_writer():
    # A book review closing with the book's data (`Titel: …<br>Autor: …<br>Verlag: …`): another work's author.
    page = _page(
        "<article><h1>Ein Sommer voller Bienen und Blüten</h1>"
        + _TEXT
        + "".join(f"<p>{p}</p>" for p in _PROSE)
        + "<div class='buchinfo'>Titel: Die Bienen<br />Autor: Hans Imker<br />Verlag: Hanser, 240 Seiten</div>"
        "</article>",
        title="Ein Sommer voller Bienen und Blüten | Lokalblatt",
    )
    assert _authors(page) == []


# --- a readers' contribution box ------------------------------------------------------------------------------


def _commuter_page(byline: str = "") -> str:
    return _page(
        "<div class='story'><h1>Rat beschließt mehr Geld für Vereine</h1>"
        f"{byline}<div class='story_text'>" + _TEXT + "<p>(scc/sda)</p></div>"
        "<div class='leser_reporter'><b>Leser-Reporter</b><br />Hast du etwas gesehen? Schick uns Fotos und "
        "Videos per WhatsApp.</div></div>",
        title="Rat beschließt mehr Geld für Vereine - Tagesblick",
    )


def test_reader_reporter_box_names_no_writer():
    # 20 Minuten / Blick 2019: a `Leser-Reporter` box after an agency story.
    assert _authors(_commuter_page()) == []


def test_surname_leser_in_a_byline_stays():
    assert _authors(_commuter_page("<p class='author'>Von Peter Leser</p>")) == ["Peter Leser"]


def test_writer_beside_a_reader_reporter_box_stays():
    assert _authors(_commuter_page("<p class='author'>Von Anna Huber</p>")) == ["Anna Huber"]


# --- a WordPress login as the byline -------------------------------------------------------------------------

_BLOG_URL = "http://www.balkon-blog.test/2016/03/tomaten-vorziehen/"


def _twenty_eleven(shown: str, slug: str) -> str:
    return _page(
        "<div id='primary'><article class='post type-post'><header class='entry-header'>"
        "<h1 class='entry-title'>Tomaten vorziehen auf der Fensterbank</h1><div class='entry-meta'>"
        "<span class='sep'>Veröffentlicht am </span><a href='#' rel='bookmark'><time class='entry-date' "
        "datetime='2016-03-12T14:05:41+00:00'>12. März 2016</time></a><span class='by-author'> <span "
        "class='sep'> von </span> <span class='author vcard'><a class='url fn n' "
        f"href='http://www.balkon-blog.test/author/{slug}/' rel='author'>{shown}</a></span></span></div></header>"
        "<div class='entry-content'>" + _TEXT + "</div></article>"
        "<div id='comments'><ol class='commentlist'><li class='comment'><div class='comment-author vcard'>"
        "<cite class='fn'>Gärtner Paul</cite> <span class='says'>sagt:</span></div><p>Toller Tipp!</p></li></ol>"
        "</div></div>",
        title="Tomaten vorziehen auf der Fensterbank | Balkon-Blog",
        head="<meta property='og:type' content='article'>",
        site="Balkon-Blog",
    )


def test_lowercase_login_equal_to_the_archive_slug_stays_the_writer():
    assert _authors(_twenty_eleven("anna", "anna"), _BLOG_URL) == ["anna"]


def test_handle_the_archive_spells_otherwise_stays():
    assert _authors(_twenty_eleven("gizzmo", "g1zzm0"), _BLOG_URL) == ["gizzmo"]


def test_capitalised_name_at_its_archive_stays():
    assert _authors(_twenty_eleven("Sutarno", "sutarno"), _BLOG_URL) == ["Sutarno"]


def test_capitalised_first_name_at_its_archive_stays():
    assert _authors(_twenty_eleven("Anna", "anna"), _BLOG_URL) == ["Anna"]


def test_login_with_digits_at_its_archive_stays():
    # `anna82`: a handle (digits), which the archive keeps as the poster's account.
    assert _authors(_twenty_eleven("anna82", "anna82"), _BLOG_URL) == ["anna82"]
