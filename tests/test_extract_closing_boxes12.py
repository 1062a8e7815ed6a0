"""Body rules for the boxes and chrome a publisher sets around or inside the text (#10, session 12).

- Paywall box: a block with a paywall class token (`paywall`, `regwall`, `abo-wall`: French regional dailies'
  `paywall` boxes, Plenigo/Piano templates of German `Plus` articles, es/it/nl paid-content boxes) around a link
  to the outlet's subscription page, whose every paragraph and list item invites to subscribe (a subscribe word
  or a subscription link) and which holds no heading, table or quote, is the offer, not the text. A `paywall`
  box around a Plus article's paid lines, `is-paywall-free` and `article-paywall-content` wrappers stay.
- Republishing notice: `This story may be republished ... under a Creative Commons license` (Newspack,
  ProPublica-style republish boxes, INN members, The Conversation, Agência Pública): this story, republishing
  and the licence; a newsroom's page on its terms (`Our stories may be ...`) and a court story's clause stay.
- Live-blog chrome: a byline row read as one line with its date before the text (`Von X und Y · Stand: …`,
  `Por X | Actualizado …`, `Par X, publié le …`), and `Stand:` as a date label (tagesschau, ORF).
- Accordion panels opened by their heading's toggle (`<h2><button aria-controls="acc2">Gebühren</button></h2>
  <div id="acc2" hidden>`: municipal service portals, Bootstrap collapse, Kadence and Drupal accordions, dt/dd
  FAQ lists) are text when the accordion has two or more such panels free of form controls; a lone toggled
  newsletter box, a letter-to-the-editor form, a menu's or a share box's hidden panel are not.
- A bracket that opens with `Foto…` in a word (`(Fotostation vor Ort)`) is no photo credit; `(Foto: …)`,
  `(Fotos: …)` and Indonesian `(Dokpri)` / `(Dok. pribadi)` are.

A review withdrew this branch's donation-wrapper, pull-quote credit, press-release `About` cut, control-bar,
kicker-dash and Bootstrap-card rules (they dropped real text: tests/test_extract_body12_review.py, `body4_*`).

Each test serves a complete page (head metadata, navigation, sidebar, footer, comments where the family has
them).
"""

from __future__ import annotations

from telisik.extract import extract_article

_P1 = (
    "The city council voted on Tuesday night to close the old harbour bridge for eighteen months, after "
    "inspectors found corrosion in the steel beams under the lift span last autumn."
)
_P2 = (
    "Drivers will be sent over the bypass during the works, which the transport department expects to add "
    "between seven and twelve minutes to a commute at rush hour."
)
_P3 = (
    "Shop owners on Water Street said they feared losing summer visitors, and the council promised to waive "
    "parking fees downtown for the whole length of the closure."
)


def _page(main: str, *, title: str, lang: str = "en", host: str = "www.example-news.org") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} – Example News</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2026-02-03T08:00:00+01:00">
<meta name="author" content="Dana Miller">
<link rel="canonical" href="https://{host}/news/story-1">
</head>
<body>
<header class="site-header"><a class="logo" href="/">Example News</a>
<nav class="main-nav"><ul><li><a href="/local/">Local</a></li><li><a href="/politics/">Politics</a></li>
<li><a href="/sports/">Sports</a></li><li><a href="/opinion/">Opinion</a></li></ul></nav></header>
<main id="main"><article class="article">
<h1 class="article__title">{title}</h1>
<p class="byline">By <a href="/author/dana-miller">Dana Miller</a> · <time datetime="2026-02-03T08:00:00+01:00">
February 3, 2026</time></p>
<div class="article__body entry-content">
{main}
</div>
<section id="comments" class="comments"><h2>Comments</h2><p>Be the first to comment.</p></section>
</article>
<aside class="sidebar"><div class="widget"><h2>Most read</h2><ul>
<li><a href="/n/1">Ferry fares rise again in spring</a></li><li><a href="/n/2">School board picks a new head</a></li>
<li><a href="/n/3">Storm damage along the coast road</a></li></ul></div></aside>
</main>
<footer class="site-footer"><p>© 2026 Example News</p><ul><li><a href="/privacy">Privacy</a></li>
<li><a href="/imprint">Imprint</a></li></ul></footer>
</body>
</html>"""


def _body(html: str, url: str = "https://www.example-news.org/news/story-1") -> str:
    return extract_article(html, url=url).body or ""


_TEXT = f"<p>{_P1}</p>\n<p>{_P2}</p>\n<p>{_P3}</p>"

# --- paywall box ---------------------------------------------------------------------------------------------

_PAYWALL = """<div class="paywall" id="paywall"><div class="paywall__inner">
<p class="paywall__title">La suite est réservée aux abonnés</p>
<p class="paywall__text">Pour lire la suite de cet article et accéder à tous nos contenus locaux, abonnez-vous.</p>
<ul class="paywall__offers"><li class="offer"><span>Numérique</span> <span>1 € le premier mois</span>
<a class="btn" href="/abonnement/numerique">Je m’abonne</a></li>
<li class="offer"><span>Numérique + Journal</span> <span>24,90 € / mois</span>
<a class="btn" href="/abonnement/integral">Découvrir</a></li></ul>
<p class="paywall__login">Déjà abonné ? <a href="/connexion">Se connecter</a></p></div></div>"""


def test_a_paywall_box_with_its_offers_is_no_text() -> None:
    body = _body(_page(_TEXT + _PAYWALL, title="La fermeture du pont inquiète", lang="fr"))
    assert _P3 in body
    assert "réservée aux abonnés" not in body
    assert "abonnez-vous" not in body


def test_a_paywall_class_around_the_paid_text_stays() -> None:
    # Condé Nast wraps the paid text itself in `div.paywall`: long prose, with a subscription link in a sentence
    paid = (
        f'<div class="paywall"><p>{_P2}</p><p>{_P3} Readers who <a href="/subscribe">subscribe</a> get the '
        "council's full report, which runs to two hundred pages and lists every beam the inspectors checked.</p>"
        "</div>"
    )
    body = _body(_page(f"<p>{_P1}</p>" + paid, title="Harbour bridge to close"))
    assert _P2 in body
    assert "who subscribe get the council" in body


def test_a_paywall_box_around_a_plus_articles_paid_lines_stays() -> None:
    # a German `Plus` article: the paid lines are short, one of them links the subscription page
    paid = (
        '<div class="paywall paywall--plus-content"><p>Die Tore: 0:1 Krause (12.), 1:1 Yilmaz (51.), 2:1 Berger '
        "(67.).</p><p>Nächstes Spiel: Samstag, 15.30 Uhr, beim TSV Altdorf.</p><p>Alle Spiele im Liveticker gibt "
        'es für Abonnenten unter <a href="/abo">lindenauer-anzeiger.de/abo</a>.</p></div>'
    )
    body = _body(_page(_TEXT + paid, title="Derbysieg für Lindenau", lang="de"))
    assert "Die Tore: 0:1 Krause" in body
    assert "Nächstes Spiel: Samstag" in body


def test_a_paywall_named_section_with_a_heading_and_a_list_stays() -> None:
    # `article-paywall-content` wraps the paid text: a heading and a list of key figures, one linking /abonnement
    paid = (
        '<section class="article-paywall-content"><h2>Les chiffres clés</h2><ul><li>Coût total : 14,2 millions '
        "d'euros.</li><li>Début des travaux : septembre 2026.</li><li>Nos abonnés consultent le plan sur "
        '<a href="/abonnement/plans">notre page abonnés</a>.</li></ul></section>'
    )
    body = _body(_page(_TEXT + paid, title="La fermeture du pont inquiète", lang="fr"))
    assert "Coût total : 14,2 millions" in body
    assert "Les chiffres clés" in body


def test_a_subscription_link_outside_a_paywall_box_stays() -> None:
    closing = (
        '<p>Print subscribers can read the full inspection report in Sunday’s edition; a <a href="/abonnement">'
        "subscription</a> also includes the archive.</p>"
    )
    body = _body(_page(_TEXT + closing, title="Harbour bridge to close"))
    assert "Print subscribers can read the full inspection report" in body


# --- republishing notice -------------------------------------------------------------------------------------


def test_a_republishing_notice_is_no_text() -> None:
    notice = (
        '<p class="republish-note"><em>This story may be republished for free under a Creative Commons license. '
        'See our <a href="/republish/">republishing guidelines</a>.</em></p>'
    )
    body = _body(_page(_TEXT + notice, title="Harbour bridge to close"))
    assert _P3 in body
    assert "may be republished" not in body


def test_a_sentence_on_republishing_rules_stays() -> None:
    law = "<p>Under the new press law, articles can be republished by any outlet after 24 hours.</p>"
    body = _body(_page(f"<p>{_P1}</p>{law}<p>{_P2}</p><p>{_P3}</p>", title="New press law passes"))
    assert "articles can be republished by any outlet" in body


def test_a_newsrooms_page_on_its_republishing_terms_stays() -> None:
    terms = (
        "<p>Our stories may be republished for free under a Creative Commons license.</p><p>Here is what we ask "
        "in return: credit the reporter and the newsroom in the byline, and do not edit the story.</p>"
    )
    body = _body(_page(terms + _TEXT, title="Republish our stories"))
    assert "Our stories may be republished for free" in body


def test_a_republishing_clause_without_the_licence_stays() -> None:
    clause = "<p>Este contenido puede ser republicado sin pedir permiso.</p>"
    body = _body(_page(f"<p>{_P1}</p>{clause}<p>{_P2}</p><p>{_P3}</p>", title="El tribunal falla", lang="es"))
    assert "Este contenido puede ser republicado" in body


def test_reported_speech_on_republishing_stays() -> None:
    quote = "<p>“This story can be republished anywhere,” the agency’s lawyer told the court on Monday.</p>"
    body = _body(_page(f"<p>{_P1}</p>{quote}<p>{_P2}</p><p>{_P3}</p>", title="Agency wins copyright case"))
    assert "the agency’s lawyer told the court" in body


# --- live ticker chrome --------------------------------------------------------------------------------------


def _ticker(meta: str, controls: str) -> str:
    entries = "".join(
        f'<div class="ticker__entry"><time>{hour}:{minute}</time><h3>{head}</h3><p>{text}</p></div>'
        for hour, minute, head, text in (
            ("15", "08", "Land kündigt Soforthilfe an", _P1),
            ("14", "51", "Strecke bleibt gesperrt", _P2),
            ("14", "32", "Evakuierung in Kapfenberg", _P3),
        )
    )
    lead = (
        '<p class="article__lead">Nach tagelangem Regen sind mehrere Bäche über die Ufer getreten. Die Mur erreicht '
        "am Nachmittag die Warnstufe. Wir berichten laufend.</p>"
    )
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Hochwasser in der Steiermark: Der Live-Ticker – Murtal Nachrichten</title>
<meta property="og:type" content="article">
<meta property="og:title" content="Hochwasser: Murpegel steigt weiter">
<meta name="author" content="Murtal Nachrichten">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "LiveBlogPosting",
"headline": "Hochwasser: Murpegel steigt weiter", "datePublished": "2026-02-03T10:30:12Z",
"author": [{{"@type": "Person", "name": "Birgit Hofstätter"}}, {{"@type": "Person", "name": "Lukas Pichler"}}]}}
</script>
</head>
<body>
<header><a href="/">Murtal Nachrichten</a><nav><ul><li><a href="/steiermark">Steiermark</a></li>
<li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article class="article">
<h1>Hochwasser in der Steiermark: Murpegel steigt weiter</h1>
{lead}
{meta}
<div class="ticker">
{controls}
{entries}
</div>
</article>
<aside class="sidebar"><h2>Meistgelesen</h2><ul><li><a href="/a/1">Schulen schließen früher</a></li>
<li><a href="/a/2">Neue Brücke in Leoben</a></li></ul></aside></main>
<footer><p>© 2026 Murtal Nachrichten</p></footer>
</body>
</html>"""


_TICKER_META = (
    '<div class="article__meta"><span class="article__authors">Von <a href="/autor/bh">Birgit Hofstätter</a> und '
    '<a href="/autor/lp">Lukas Pichler</a></span><span class="article__date">Stand: 3. Februar 2026, 15:10 Uhr'
    "</span></div>"
)
_TICKER_CONTROLS = (
    '<div class="ticker__controls"><button class="ticker__refresh">Aktualisieren</button><label>'
    '<input type="checkbox" checked> Automatisch aktualisieren</label><span class="ticker__count">3 Einträge</span>'
    "</div>"
)


def _ticker_body(meta: str, controls: str) -> str:
    return _body(_ticker(meta, controls), url="https://www.murtal-nachrichten.at/steiermark/hochwasser/90321")


def test_a_byline_and_date_row_is_no_text() -> None:
    body = _ticker_body(_TICKER_META, "")
    assert _P1 in body and _P3 in body
    assert "Stand:" not in body
    assert "Birgit Hofstätter und" not in body


def test_a_controls_line_stays_as_it_read() -> None:
    # the control-bar rule was withdrawn (it dropped inline code beside a copy button, checklists, quiz questions)
    body = _ticker_body(_TICKER_META, _TICKER_CONTROLS)
    assert _P1 in body and _P3 in body
    assert "Stand:" not in body


def test_a_sentence_naming_the_writer_with_a_date_stays() -> None:
    sentence = (
        "<p>Von Birgit Hofstätter stammt auch die Reportage vom 3. Februar 2026 über die Pegelstände an der Mur, "
        "die wir hier noch einmal verlinken.</p>"
    )
    body = _ticker_body(sentence, _TICKER_CONTROLS)
    assert "Von Birgit Hofstätter stammt auch die Reportage" in body


def test_a_css_accordions_label_heads_its_panel() -> None:
    accordion = (
        '<div class="toggle"><label><input type="checkbox"> Die Pegelstände im Detail</label>'
        '<div class="toggle__panel"><p>Leoben 4,12 Meter, Bruck an der Mur 3,80 Meter, Kapfenberg 3,05 Meter; '
        "der Höchststand wird gegen 18 Uhr erwartet.</p></div></div>"
    )
    body = _ticker_body(_TICKER_META, accordion)
    assert "Die Pegelstände im Detail" in body


def test_a_paragraph_with_a_button_in_it_stays() -> None:
    paragraph = '<p class="ticker__note">Die Karte zeigt alle gesperrten Straßen im Bezirk <button>Karte öffnen</button></p>'
    body = _ticker_body(_TICKER_META, paragraph)
    assert "Die Karte zeigt alle gesperrten Straßen im Bezirk" in body


# --- accordion panels opened by aria-controls ----------------------------------------------------------------


def _service_page(accordion: str) -> str:
    intro = (
        "<p>Den Antrag stellen Sie persönlich im Bürgerbüro der Stadt. Für Kinder unter 16 Jahren müssen alle "
        "Sorgeberechtigten zustimmen; das Kind muss bei der Antragstellung anwesend sein.</p>"
        "<p>Die Bearbeitungszeit bei der Bundesdruckerei beträgt derzeit etwa drei bis vier Wochen. Sie werden per "
        "Post benachrichtigt, sobald Ihr Ausweis zur Abholung bereitliegt.</p>"
    )
    return _page(intro + accordion, title="Personalausweis beantragen", lang="de")


_FEES = (
    '<div class="acc_item"><h2 class="acc_head"><button aria-expanded="true" aria-controls="acc1">Erforderliche '
    'Unterlagen</button></h2><div id="acc1" class="acc_body"><ul><li>bisheriger Personalausweis oder Reisepass</li>'
    "<li>digitales biometrisches Passfoto (Fotostation vor Ort oder zertifiziertes Fotostudio)</li></ul></div></div>"
    '<div class="acc_item"><h2 class="acc_head"><button aria-expanded="false" aria-controls="acc2">Hinweise</button>'
    '</h2><div id="acc2" class="acc_body" hidden><p>Bitte vereinbaren Sie vorab einen Termin über die '
    "Online-Terminvergabe. Ohne Termin können wir Sie nur in dringenden Fällen bedienen.</p></div></div>"
)


def test_a_hidden_panel_its_headings_toggle_opens_is_text() -> None:
    body = _body(_service_page(_FEES), url="https://www.example-stadt.de/buergerservice/personalausweis")
    assert "Bitte vereinbaren Sie vorab einen Termin" in body
    assert "digitales biometrisches Passfoto (Fotostation vor Ort oder zertifiziertes Fotostudio)" in body


def test_a_hidden_panel_a_button_beside_a_heading_opens_stays_hidden() -> None:
    # the heading holds more than its toggle (`Kommentare (14)` and a button): no accordion question
    comments = (
        '<h2>Kommentare (14) <button aria-controls="cm">anzeigen</button></h2><div id="cm" hidden><p>Das dauert '
        "viel zu lange, schreibt ein Leser, und das Bürgerbüro ist nie erreichbar, auch nicht am Telefon.</p></div>"
    )
    body = _body(_service_page(comments), url="https://www.example-stadt.de/buergerservice/personalausweis")
    assert "Das dauert viel zu lange" not in body


def test_a_lone_toggled_newsletter_panel_stays_hidden() -> None:
    newsletter = (
        '<h3><button aria-controls="nl-box" aria-expanded="false">Newsletter</button></h3><div id="nl-box" hidden>'
        "<p>Jeden Morgen die wichtigsten Nachrichten aus der Stadt per E-Mail.</p></div>"
    )
    body = _body(_service_page(newsletter), url="https://www.example-stadt.de/buergerservice/personalausweis")
    assert "Jeden Morgen die wichtigsten Nachrichten" not in body


def test_toggled_panels_beside_a_form_panel_stay_hidden() -> None:
    # a letter-to-the-editor form and an error-report panel, toggled the same way: one form-free panel is no
    # accordion
    panels = (
        '<h3><button aria-controls="lb">Leserbrief schreiben</button></h3><div id="lb" hidden><p>Ihre Meinung '
        'ist uns wichtig.</p><form action="/leserbriefe"><textarea name="t"></textarea><button>Absenden</button>'
        '</form></div><h3><button aria-controls="fe">Fehler gefunden?</button></h3><div id="fe" hidden><p>Bitte '
        "markieren Sie die Textstelle und schreiben Sie uns, was nicht stimmt.</p></div>"
    )
    body = _body(_service_page(panels), url="https://www.example-stadt.de/buergerservice/personalausweis")
    assert "Bitte markieren Sie die Textstelle" not in body
    assert "Ihre Meinung ist uns wichtig" not in body


def test_a_hidden_panel_controlled_from_elsewhere_stays_hidden() -> None:
    share = (
        '<p class="tools"><button aria-controls="share">Teilen</button></p><div id="share" hidden><p>Diesen '
        "Beitrag per E-Mail an Freunde senden oder in sozialen Netzwerken mit anderen Menschen teilen.</p></div>"
    )
    body = _body(_service_page(share), url="https://www.example-stadt.de/buergerservice/personalausweis")
    assert "Diesen Beitrag per E-Mail" not in body


def test_a_bracketed_photo_credit_is_still_a_caption() -> None:
    credit = "<p>Das neue Bürgerbüro am Marktplatz (Foto: Stadtverwaltung)</p>"
    body = _body(_service_page(credit), url="https://www.example-stadt.de/buergerservice/personalausweis")
    assert "(Foto: Stadtverwaltung)" not in body


def test_a_bracketed_plural_photo_credit_is_still_a_caption() -> None:
    credit = "<p>Das neue Bürgerbüro am Marktplatz (Fotos: Stadtverwaltung, Archiv)</p>"
    body = _body(_service_page(credit), url="https://www.example-stadt.de/buergerservice/personalausweis")
    assert "(Fotos: Stadtverwaltung, Archiv)" not in body


def test_an_indonesian_personal_documentation_credit_is_a_caption() -> None:
    credit = (
        "<p>Suasana kerja bakti di bantaran sungai. (Dokpri)</p><p>Warga menanam pohon. (Dok. pribadi)</p>"
    )
    body = _body(_service_page(credit), url="https://www.example-stadt.de/buergerservice/personalausweis")
    assert "(Dokpri)" not in body
    assert "(Dok. pribadi)" not in body


def test_a_bracket_opening_with_a_foto_word_stays() -> None:
    items = "<ul><li>Geöffnet täglich 10 bis 18 Uhr (Fotostation vor Ort betreut)</li><li>Ausdrucke kosten 2 Euro (Fotodruck im Format 10x15)</li></ul>"
    body = _body(_service_page(items), url="https://www.example-stadt.de/buergerservice/personalausweis")
    assert "(Fotostation vor Ort betreut)" in body
