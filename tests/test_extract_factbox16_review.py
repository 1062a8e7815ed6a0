"""Fact boxes after review: an `<aside>` of the article is its text only when it carries a fact-box SIGN.

The first rule (`test_extract_factbox16.py`) kept any heading-plus-short-lines aside whose heading and class named
no furniture; review found job ads, donation and membership appeals, follow-us and app boxes, author bios without
the word author, a site's self-description, podcast, sponsor, gift-article, disclaimer, affiliate and contest boxes
leaking into the text. The rule now asks for one positive sign (`_is_fact_box` in telisik/extract/body.py):
- a class token the platforms write for a fact box (German regional papers' `infobox`/`factbox`, Dutch `kader`,
  French `encadre`, Spanish `despiece`, Scandinavian `faktaboks`, English `key-facts`/`at-a-glance`), or
- a fact-style heading (`Zur Person`, `Zahlen und Fakten`, `Pratique`, `Claves`, `Meer informatie`, `Fakta om`,
  corrections boxes `Korrektur`/`Correction`), or
- lines that mostly read `Label: value`;
and never when the heading or class names promotion or house furniture (the list above, contact calls). A box set
after a text its agency sign-off closes (`(dpa/lsw)`) stays out: kept, it would strand the credit mid-text.
The pages are WordPress-theme article pages (head meta, JSON-LD, navigation, share bar, tags, comments, sidebar).
"""

from __future__ import annotations

import pytest

from telisik.extract import extract_article

_TEXT = {
    "de": [
        "Der Gemeinderat hat am Dienstagabend mit knapper Mehrheit beschlossen, das alte Hallenbad an der "
        "Bergstraße zu sanieren statt abzureißen. Die Kosten werden auf rund 8,4 Millionen Euro geschätzt.",
        "„Wir haben lange gerungen, aber das Bad gehört zur Stadt“, sagte Bürgermeisterin Claudia Weber nach der "
        "Sitzung. Die Opposition kritisierte, dass Fördermittel noch nicht sicher zugesagt seien.",
        "Die Bauarbeiten sollen im Frühjahr beginnen und rund zwei Jahre dauern. In dieser Zeit weichen Schulen "
        "und Vereine auf das Bad im Nachbarort aus, ein Busshuttle ist geplant.",
    ],
    "en": [
        "The town council voted narrowly on Tuesday night to renovate the old indoor pool on Hill Street "
        "instead of tearing it down. The work is estimated to cost about 8.4 million dollars.",
        "“We argued about this for a long time, but the pool belongs to the town,” Mayor Claire Webb said after "
        "the meeting. The opposition criticized that state grants have not yet been promised.",
        "Construction is to begin in the spring and take about two years. Schools and clubs will use the pool "
        "in the neighboring town in the meantime, and a shuttle bus is planned.",
    ],
}
_TEXT["fr"] = _TEXT["es"] = _TEXT["nl"] = _TEXT["it"] = _TEXT["id"] = _TEXT["en"]


def _page(box: str, lang: str = "de", *, inside: bool = False, closing: str = "") -> str:
    paragraphs = "".join(f"<p>{text}</p>\n" for text in _TEXT[lang]) + (
        f"<p>{closing}</p>\n" if closing else ""
    )
    content = paragraphs + box if inside else paragraphs
    after = "" if inside else box
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>Hallenbad wird saniert | Stadtanzeiger</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article"><meta property="og:title" content="Hallenbad wird saniert">
<meta property="og:site_name" content="Stadtanzeiger">
<meta property="article:published_time" content="2024-03-12T18:30:00+01:00">
<meta name="author" content="Petra Lindner"><link rel="canonical" href="https://www.stadtanzeiger.example/lokales/bad">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Hallenbad wird saniert", "datePublished": "2024-03-12T18:30:00+01:00",
"author": [{{"@type": "Person", "name": "Petra Lindner"}}]}}</script>
</head><body class="single single-post">
<header class="site-header"><a class="logo" href="/">Stadtanzeiger</a><nav class="main-navigation"><ul>
<li><a href="/home">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<form class="search" action="/search"><input name="q"><button>Go</button></form></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article class="post type-post hentry">
<header class="entry-header"><h1 class="entry-title">Hallenbad wird saniert</h1>
<div class="entry-meta"><span class="byline">Petra Lindner</span> ·
<time datetime="2024-03-12T18:30:00+01:00">2024-03-12</time></div></header>
<div class="share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
<div class="entry-content">
{content}</div>
{after}
<footer class="entry-footer"><span class="tags-links"><a href="/tag/a" rel="tag">News</a>,
<a href="/tag/b" rel="tag">Sport</a></span></footer>
</article>
<section id="comments" class="comments-area"><h2 class="comments-title">2 Comments</h2>
<ol class="comment-list"><li class="comment"><b>mkl77</b> <p>Interesting read, thanks for the summary.</p></li>
<li class="comment"><b>Rina</b> <p>I disagree with the second point, but the rest is fair.</p></li></ol></section>
</main>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Popular</h2><ul>
<li><a href="/p1">Council approves new budget after long debate</a></li>
<li><a href="/p2">Storm warning for the coast this weekend</a></li></ul></section></aside>
</div>
<footer class="site-footer"><p>© 2024 Stadtanzeiger · <a href="/imprint">Imprint</a> ·
<a href="/privacy">Privacy</a></p></footer>
</body></html>"""


def _body(html: str) -> str:
    article = extract_article(html, "https://www.stadtanzeiger.example/lokales/bad")
    return (article.lead or "") + "\n" + (article.body or "")


# A fact-box sign: a fact heading over a plain `box` class, a fact class, `Label: value` rows.
KEPT = {
    "zur_person_heading": (
        '<aside class="article__box"><h3>Zur Person</h3><p>Claudia Weber (52) ist seit 2019 Bürgermeisterin '
        "der Stadt.</p><p>Die gelernte Bauingenieurin war zuvor Kämmerin im Nachbarkreis.</p></aside>",
        "de",
        False,
        "seit 2019 Bürgermeisterin",
    ),
    "pratique_encadre": (
        '<aside class="encadre pratique"><h4>Pratique</h4><p>Adresse : 12, rue de la Colline</p>'
        "<p>Horaires : du lundi au samedi, 9 h – 19 h</p><p>Tarif : 3,50 € l'entrée</p></aside>",
        "fr",
        True,
        "du lundi au samedi",
    ),
    "claves_despiece": (
        '<aside class="despiece"><h3>Claves</h3><ul><li>Coste: 8,4 millones de euros</li><li>Plazo: dos años'
        "</li><li>Alternativa: piscina del municipio vecino</li></ul></aside>",
        "es",
        False,
        "Coste: 8,4 millones",
    ),
    "zahlen_und_fakten_bare_aside": (
        "<aside><h2>Zahlen und Fakten</h2><ul><li>Baujahr: 1974</li><li>Kosten der Sanierung: 8,4 Mio. Euro"
        "</li><li>Bauzeit: rund zwei Jahre</li></ul></aside>",
        "de",
        True,
        "Kosten der Sanierung",
    ),
    "korrektur_box": (
        '<aside class="correction"><h3>Korrektur</h3><p>In einer früheren Fassung hieß es, die Kosten lägen '
        "bei 6 Millionen Euro.</p><p>Richtig ist: rund 8,4 Millionen Euro. Wir bitten, den Fehler zu "
        "entschuldigen.</p></aside>",
        "de",
        False,
        "Wir bitten, den Fehler zu entschuldigen",
    ),
    "label_rows_plain_class": (
        '<aside class="box"><h3>Das Hallenbad</h3><p>Eröffnet: 1974</p><p>Becken: 25 Meter, sechs Bahnen</p>'
        "<p>Besucher: rund 80.000 im Jahr</p></aside>",
        "de",
        False,
        "Becken: 25 Meter",
    ),
}


@pytest.mark.parametrize("name", sorted(KEPT))
def test_fact_box_with_a_sign_is_text(name: str) -> None:
    box, lang, inside, wanted = KEPT[name]
    body = _body(_page(box, lang, inside=inside))
    assert wanted in body
    assert "Busshuttle" in body or "shuttle bus" in body


# The reviewer's leaks: promotion and house furniture, some with a fact class or `Label: value` lines.
FURNITURE = {
    "job_ad": (
        '<aside class="box"><h3>Stellenangebot</h3><p>Die Stadtanzeiger Mediengruppe sucht ab sofort eine '
        "Volontärin / einen Volontär (m/w/d).</p><p>Bewerbungen bitte bis 30. April an "
        "karriere@stadtanzeiger.example</p></aside>",
        "de",
        "Volontär",
    ),
    "job_ad_info_heading": (
        '<aside class="box"><h3>Info Lowongan</h3><p>PT Bogor Media membuka lowongan '
        "wartawan untuk desk kota.</p><p>Kirim lamaran ke hrd@bogorhariini.example paling "
        "lambat 30 April.</p></aside>",
        "id",
        "lowongan wartawan",
    ),
    "donation_in_encadre": (
        '<aside class="encadre"><h3>Soutenez-nous</h3><p>Le journalisme local a un coût.</p>'
        "<p>Faites un don à partir de 5 € par mois, déductible des impôts.</p></aside>",
        "fr",
        "Faites un don",
    ),
    "donation_indonesian": (
        '<aside class="box-donasi"><h3>Dukung Jurnalisme Independen</h3><p>Berita lokal '
        "berkualitas membutuhkan biaya.</p><p>Donasi mulai Rp 10.000 lewat QRIS atau "
        "transfer bank.</p></aside>",
        "id",
        "Donasi mulai",
    ),
    "follow_us_in_kader": (
        '<aside class="kader"><h3>Volg ons</h3><p>Ontvang het laatste nieuws uit de stad via '
        "ons WhatsApp-kanaal.</p><p>We zitten ook op Instagram en Facebook.</p></aside>",
        "nl",
        "WhatsApp-kanaal",
    ),
    "follow_us_italian": (
        '<aside class="box"><h3>Seguici</h3><p>Ricevi le notizie della tua città sul nostro '
        "canale WhatsApp.</p><p>Siamo anche su Instagram e Telegram.</p></aside>",
        "it",
        "canale WhatsApp",
    ),
    "writer_bio": (
        '<aside class="post-aside"><h3>Written by</h3><p>Jane Miller has covered Hill Town politics '
        "since 2015.</p><p>Reach her at jane@hilltownpost.example or on Mastodon.</p></aside>",
        "en",
        "since 2015",
    ),
    "podcast": (
        '<aside class="box"><h3>Unser Podcast</h3><p>Jeden Freitag neu: „Stadtgespräch“ mit der '
        "Lokalredaktion.</p><p>Überall, wo es Podcasts gibt.</p></aside>",
        "de",
        "Stadtgespräch",
    ),
    "sponsor": (
        '<aside class="box"><h3>Präsentiert von den Stadtwerken</h3><p>Strom aus der Region: jetzt zum '
        "Ökotarif wechseln und 50 € Bonus sichern.</p><p>Mehr unter stadtwerke.example/oeko</p></aside>",
        "de",
        "Ökotarif",
    ),
    "gift_article": (
        '<aside class="box"><h3>Artikel verschenken</h3><p>Als Abonnent können Sie diesen Artikel '
        "an Freunde verschenken.</p><p>Sie haben diesen Monat noch 5 Geschenke übrig.</p></aside>",
        "de",
        "Geschenke übrig",
    ),
    "disclaimer": (
        '<aside class="box"><h3>Disclaimer</h3><p>This article is for informational purposes only and '
        "does not constitute legal advice.</p><p>Consult a qualified professional before acting.</p>"
        "</aside>",
        "en",
        "legal advice",
    ),
    "affiliate": (
        '<aside class="disclosure"><h3>Affiliate disclosure</h3><p>Hill Town Post may earn a '
        "commission when you buy through links on our site.</p><p>This does not affect our editorial "
        "independence.</p></aside>",
        "en",
        "earn a commission",
    ),
    "contest": (
        '<aside class="box"><h3>Gewinnspiel</h3><p>Wir verlosen 3 x 2 Jahreskarten für das Hallenbad.</p>'
        "<p>Einfach bis Sonntag die Gewinnhotline 01378 123 456 anrufen (50 ct/Anruf).</p></aside>",
        "de",
        "Jahreskarten",
    ),
    "tip_line_label_rows": (
        '<aside class="box"><h3>Haben Sie Hinweise?</h3><p>Schreiben Sie der Lokalredaktion: '
        "lokales@stadtanzeiger.example</p><p>Oder rufen Sie uns an: 0711 123 45 67</p>"
        "</aside>",
        "de",
        "0711 123 45 67",
    ),
    "membership_no_sign": (
        '<aside class="support-cta"><h3>Enjoyed this story?</h3><p>Local journalism costs '
        "money. Become a member for $5 a month.</p><p>Members get early access to our "
        "investigations and an ad-free site.</p><p>Cancel anytime.</p></aside>",
        "en",
        "Become a member",
    ),
    "site_description_no_sign": (
        '<aside class="box"><h3>About Hill Town Post</h3><p>Hill Town Post is an '
        "independent, nonprofit newsroom covering Hill County.</p><p>We rely on readers "
        "like you. Donations are tax-deductible.</p></aside>",
        "en",
        "nonprofit newsroom",
    ),
}


@pytest.mark.parametrize("name", sorted(FURNITURE))
def test_furniture_aside_stays_out(name: str) -> None:
    box, lang, unwanted = FURNITURE[name]
    body = _body(_page(box, lang))
    assert unwanted not in body
    assert "Busshuttle" in body or "shuttle bus" in body


def test_box_after_an_agency_sign_off_stays_out() -> None:
    """Kept, the box would be the text's end and leave `(dpa/lsw)` mid-text, past the sign-off trimming."""
    box = KEPT["zur_person_heading"][0]
    body = _body(_page(box, "de", closing="(dpa/lsw)"))
    assert "(dpa/lsw)" not in body
    assert "Busshuttle" in body


def test_many_asides_are_examined_only_up_to_the_cap() -> None:
    """A page of hundreds of fact-box asides stays cheap: only the first few are examined."""
    boxes = '<aside class="infobox"><h3>Fakten</h3><p>Eröffnet: 1974</p><p>Becken: 25 Meter</p></aside>' * 300
    body = _body(_page(boxes, "de", inside=True))
    assert "Busshuttle" in body
    assert body.count("Becken: 25 Meter") <= 50
