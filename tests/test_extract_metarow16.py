"""A meta row of byline, date and reading time is no opening sentence (#10, session 16).

Trade magazines and WordPress news themes (Newspaper, Jannah, Astra) print a row of fields split by `|`, `·` or
`•` between the headline and the text (`Von Dipl.-Ing. Katrin Oswald | 26.09.2019 | Lesezeit ca. 5 Min.`, Medium's
and Ghost's `Anna Becker · 3. März 2021 · 4 Min.`). It ends with a full stop, so it read as the text's first
prose line. A row of three fields or more with a number among them now never opens the text.

Guards: a dateline's single pipe (`BERLIN | Der Senat hat …`) opening the text stays, and a programme line with
separators inside the text (`Bach · Händel · Telemann, Beginn 19 Uhr.`) stays.
Each test serves a full page (head metadata, navigation, tags, author box, newsletter box, related teasers, footer).
"""

from __future__ import annotations

from telisik.extract import extract_article

URL = "https://www.holzbau-fachblatt.de/praxis/schulzentrum-lindenhang"

PROSE = (
    "Das neue Schulzentrum am Lindenhang ist eines der größten Holzhybridgebäude im Land: drei Geschosse aus "
    "Brettsperrholz auf einem Sockel aus Stahlbeton, gebaut in nur vierzehn Monaten.",
    "Wer im September 2018 auf die Baustelle kam, sah zunächst nur Kräne und Lastwagen mit vorgefertigten "
    "Wandelementen, die in wenigen Stunden montiert waren.",
    "Der Landkreis als Bauherr zeigt sich zufrieden: Die Kosten lagen nur knapp über der Kalkulation, die Bauzeit "
    "wurde eingehalten.",
)


def _page(first_lines: str, middle: str = "", body_first: str = "") -> str:
    paragraphs = [f"<p>{text}</p>" for text in PROSE]
    paragraphs.insert(2, middle)
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Holzhybrid im Schulbau | Holzbau Fachblatt</title>
<meta property="og:type" content="article"><meta property="og:title" content="Holzhybrid im Schulbau">
<meta property="article:published_time" content="2019-09-26T08:00:00+02:00">
</head><body>
<header class="site-header"><a href="/">Holzbau Fachblatt</a><nav><a href="/praxis">Praxis</a>
<a href="/technik">Technik</a> <a href="/betrieb">Betrieb</a></nav></header>
<main><article class="article">
<header class="article__header"><span class="article__kicker">Holzbau in der Praxis</span>
<h1 class="article__title">Holzhybrid im Schulbau</h1>
{first_lines}
</header>
<figure class="article__figure"><img src="/media/schulzentrum.jpg" alt=""><figcaption>Das Schulzentrum kurz vor der
Fertigstellung.</figcaption></figure>
<div class="article__teaser"><strong>Vorfertigung, BIM und ein ungewöhnliches Brandschutzkonzept haben die Bauzeit
fast halbiert.</strong></div>
<div class="article__share share-bar"><a href="#">Teilen auf Xing</a><a href="#">Teilen auf LinkedIn</a></div>
<div class="article__body">
{body_first}
{"".join(paragraphs)}
</div>
<div class="article__tags"><span>Themen:</span> <a href="/thema/holzhybrid">Holzhybrid</a></div>
<div class="authorbox"><p class="authorbox__name">Katrin Oswald</p><p>Die Bauingenieurin schreibt seit 2012 für
das Fachblatt über Holzbau und Brandschutz.</p></div>
<div class="newsletter-box"><h3>Der Holzbau-Newsletter</h3><p>Jeden Donnerstag die wichtigsten Nachrichten aus
Holzbau, Technik und Betrieb – kostenlos in Ihr Postfach.</p></div>
</article>
<section class="related"><h2>Das könnte Sie auch interessieren</h2><a href="/a1">Brandschutz im Holzbau</a></section>
</main><footer>© 2019 Holzbau Fachblatt · Impressum · Datenschutz</footer>
</body></html>"""


def _lines(html: str) -> list[str]:
    body = extract_article(html, url=URL).body or ""
    return [line for line in body.split("\n") if line.strip()]


def test_byline_date_reading_time_row_is_not_the_first_line() -> None:
    row = (
        '<div class="article__meta"><span class="article__author">Von Dipl.-Ing. Katrin Oswald</span> <span '
        'class="article__sep">|</span> <span class="article__date">26.09.2019</span> <span class="article__sep">|'
        '</span> <span class="article__readtime">Lesezeit ca. 5 Min.</span></div>'
    )
    assert _lines(_page(row))[0].startswith("Das neue Schulzentrum")


def test_dateline_with_one_pipe_stays() -> None:
    dateline = "<p>NEUWEILER | Der Kreistag hat am 3. Juli den Bau des Schulzentrums beschlossen.</p>"
    assert _lines(_page("", body_first=dateline))[0].startswith("NEUWEILER | Der Kreistag")


def test_programme_line_inside_the_text_stays() -> None:
    programme = "<p>Zur Eröffnung spielt der Schulchor Bach · Händel · Telemann, Beginn 19 Uhr.</p>"
    assert "Zur Eröffnung spielt der Schulchor Bach · Händel · Telemann, Beginn 19 Uhr." in _lines(
        _page("", programme)
    )


def test_meta_row_before_the_text_is_trimmed() -> None:
    """The edge trimming itself, on the paragraphs a trade magazine's header and text give (kicker, meta row,
    text): the full-page path above reaches it only when the header joins the chosen text."""
    from telisik.extract.body import _trim_edges

    paragraphs = [
        "Holzbau in der Praxis",
        "Von Dipl.-Ing. Katrin Oswald | 26.09.2019 | Lesezeit ca. 5 Min.",
        *PROSE,
    ]
    assert _trim_edges(paragraphs) == list(PROSE)
