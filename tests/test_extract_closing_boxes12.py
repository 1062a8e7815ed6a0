"""Body rules for the boxes and chrome a publisher sets around or inside the text (#10, session 12).

- Paywall box: a block named a paywall (`paywall`, `regwall`, `abo-wall`: French regional dailies' `paywall`
  boxes, Plenigo/Piano templates of German `Plus` articles, Spanish, Italian and Dutch paid-content boxes) that
  holds a link to the outlet's subscription page and little text is the offer, not the text; a `div.paywall`
  that wraps the paid text itself (Condé Nast) stays.
- Donation appeal: a form inside a block named for a donation or membership appeal (Newspack's donate block in
  its `donation-appeal` group, GiveWP forms, `support-us` boxes) is the appeal's button; the named box goes with
  its pitch.
- Republishing notice: `This story may be republished ... Creative Commons` (Newspack, ProPublica-style
  republish boxes, INN members, The Conversation, CORRECTIV, Agência Pública), in the page's own voice.
- Pull-quote credit: the `<cite>` under a pull quote that repeats the text (WordPress `wp-block-pullquote`,
  Newspack, Guardian-style pull quotes) goes with the quote; a forum's next post, its own blockquote, stays.
- Issuer boilerplate: a press release's closing `About <company>` / `Über die <company>` / `À propos de` section
  (presseportal/ots, Mynewsdesk, PR Newswire, Business Wire, Cision) goes when its paragraph names the company
  and reads as a profile (founded, headquartered, employees); a bold title over a data table at the text's end
  stays with the table.
- Live-blog chrome: a byline row read as one line with its date before the text (`Von X und Y · Stand: …`,
  `Por X | Actualizado …`, `Par X, publié le …`) and a control bar (an auto-refresh checkbox, a refresh button,
  an entry count: live tickers, Tickaroo, 24liveblog, Arena); a CSS-only accordion's label heads its panel.
- A kicker over the text (`Handball – Bezirksoberliga`: TYPO3's header subheader, WordPress overlines) is two
  words, no subheading opening the text: a dash is no word.
- Accordion panels opened by their heading's toggle (`<h2><button aria-controls="acc2">Gebühren</button></h2>
  <div id="acc2" hidden>`: municipal service portals, Bootstrap collapse, Kadence and Drupal accordions) are text;
  a menu's or a share box's hidden panel is not. A bracket that opens with `Foto…` in a word (`(Fotostation vor
  Ort)`) is no photo credit.
- Card teasers: Bootstrap cards (TYPO3 bootstrap_package card groups, Joomla Cassiopeia, Drupal Bootstrap themes)
  with a plain title and a button to another page are other pages' teasers; a card fact box stays.

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


def test_a_subscription_link_outside_a_paywall_box_stays() -> None:
    closing = (
        '<p>Print subscribers can read the full inspection report in Sunday’s edition; a <a href="/abonnement">'
        "subscription</a> also includes the archive.</p>"
    )
    body = _body(_page(_TEXT + closing, title="Harbour bridge to close"))
    assert "Print subscribers can read the full inspection report" in body


# --- donation appeal -----------------------------------------------------------------------------------------

_APPEAL = """<div class="newspack-inline-popup"><div class="wp-block-group donation-appeal has-background">
<h3 class="wp-block-heading">Before you go…</h3>
<p>Example News is a nonprofit newsroom. Reporting like this story — hours at public meetings, reading budget
documents — is paid for by readers like you.</p>
<div class="wp-block-newspack-blocks-donate wpbnbd tiered"><form><button type="submit">Donate today</button>
</form></div></div></div>"""


def test_a_donate_block_with_its_pitch_is_no_text() -> None:
    body = _body(_page(f"<p>{_P1}</p><p>{_P2}</p>{_APPEAL}<p>{_P3}</p>", title="Harbour bridge to close"))
    assert _P1 in body and _P3 in body
    assert "nonprofit newsroom" not in body
    assert "Before you go" not in body


def test_a_story_about_a_fund_drive_with_a_form_stays() -> None:
    # a long box named for donations is the text of a charity's page, not an appeal (more than a box holds)
    story = (
        f'<div class="donation-campaign"><p>{_P1}</p><p>{_P2}</p><p>The harbour fund has raised 40,000 dollars '
        "so far from more than 600 donors, the organisers said, and will pay for the shuttle buses.</p>"
        '<form><input type="text" name="amount"><button>Give</button></form></div>'
    )
    body = _body(_page(story + f"<p>{_P3}</p>", title="Harbour fund passes its goal"))
    assert "The harbour fund has raised 40,000 dollars" in body


def test_a_paragraph_beside_a_plain_form_stays() -> None:
    poll = (
        '<div class="wp-block-group"><p>Readers can tell the council what they think of the detour plan before '
        'the vote on March 4.</p><form action="/poll"><button>Send</button></form></div>'
    )
    body = _body(_page(_TEXT + poll, title="Harbour bridge to close"))
    assert "Readers can tell the council what they think" in body


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


def test_reported_speech_on_republishing_stays() -> None:
    quote = "<p>“This story can be republished anywhere,” the agency’s lawyer told the court on Monday.</p>"
    body = _body(_page(f"<p>{_P1}</p>{quote}<p>{_P2}</p><p>{_P3}</p>", title="Agency wins copyright case"))
    assert "the agency’s lawyer told the court" in body


# --- pull-quote credit ---------------------------------------------------------------------------------------

_QUOTE_SENTENCE = "We know this is going to be painful for everyone who lives on the east side."


def test_a_pull_quotes_credit_goes_with_it() -> None:
    text = (
        f"<p>{_P1}</p><p>“{_QUOTE_SENTENCE}” said project manager Lorraine Whitcomb.</p>"
        f'<figure class="wp-block-pullquote"><blockquote><p>“{_QUOTE_SENTENCE}”</p>'
        "<cite>Lorraine Whitcomb, DOT project manager</cite></blockquote></figure>"
        f"<p>{_P2}</p><p>{_P3}</p>"
    )
    body = _body(_page(text, title="Harbour bridge to close"))
    assert "said project manager Lorraine Whitcomb" in body
    assert "Lorraine Whitcomb, DOT project manager" not in body


def test_a_quotation_with_its_source_stays() -> None:
    text = (
        f"<p>{_P1}</p><blockquote><p>“The bridge is safe for pedestrians until the lift span comes out in "
        "June.”</p><cite>Inspection report, page 12</cite></blockquote>"
        f"<p>{_P2}</p><p>{_P3}</p>"
    )
    body = _body(_page(text, title="Harbour bridge to close"))
    assert "Inspection report, page 12" in body


def test_a_forum_post_after_a_quoted_post_stays() -> None:
    first = "Has anyone already received the update on their phone? Mine still shows the old version number."
    posts = (
        f'<div class="post"><blockquote class="postcontent">{first}</blockquote></div>'
        '<div class="post"><blockquote class="postcontent">ich glaube nicht, bei mir keins</blockquote></div>'
        f'<div class="post"><blockquote class="postcontent">Quote: {first} — Yes, it arrived this morning and '
        "took about five minutes to install over wifi.</blockquote></div>"
    )
    body = _body(_page(f"<p>{_P1}</p>{posts}<p>{_P2}</p><p>{_P3}</p>", title="Update arrives"))
    assert "ich glaube nicht, bei mir keins" in body


# --- issuer boilerplate --------------------------------------------------------------------------------------

_RELEASE = """<p><strong>Die Nordwerk Energie AG hat im Geschäftsjahr 2025 einen Umsatz von 412 Millionen Euro
erzielt, 6,1 Prozent mehr als im Vorjahr.</strong></p>
<p>Hamburg (ots) - Die Nordwerk Energie AG blickt auf ein erfolgreiches Jahr zurück. Der Umsatz stieg auf 412
Millionen Euro, das Ergebnis vor Zinsen und Steuern auf 28,3 Millionen Euro. Treiber war vor allem das Geschäft
mit Wärmepumpen für Mehrfamilienhäuser.</p>
<p>«Wir investieren weiter in die Fertigung in Norddeutschland», sagt Vorstandschef Henrik Paulsen. «Die
Nachfrage bleibt hoch, auch wenn die Förderung sinkt.»</p>
<p><strong>Kennzahlen 2025 im Überblick</strong></p>
<table class="story-table"><thead><tr><th>Kennzahl</th><th>2025</th><th>2024</th></tr></thead><tbody>
<tr><td>Umsatz</td><td>412 Mio. EUR</td><td>388 Mio. EUR</td></tr>
<tr><td>EBIT</td><td>28,3 Mio. EUR</td><td>24,1 Mio. EUR</td></tr>
<tr><td>Mitarbeitende</td><td>1 860</td><td>1 790</td></tr></tbody></table>"""

_ABOUT = """<p><strong>Über die Nordwerk Energie AG</strong></p>
<p>Die Nordwerk Energie AG mit Sitz in Hamburg entwickelt und fertigt Wärmepumpen für Wohngebäude. Das 1972
gegründete Unternehmen beschäftigt 1 860 Mitarbeitende an vier Standorten.</p>"""


def _release(main: str) -> str:
    return _page(
        main + '<div class="contact-box"><p>Pressekontakt:</p><p>Nordwerk Energie AG<br>Jana Ohlsen<br>'
        "Telefon: +49 40 555 0100</p></div>",
        title="Nordwerk Energie steigert Umsatz",
        lang="de",
    )


def test_the_issuers_about_section_is_no_text() -> None:
    body = _body(_release(_RELEASE + _ABOUT))
    assert "Das 1972\ngegründete" not in body and "gegründete Unternehmen" not in body
    assert "Über die Nordwerk" not in body
    # the table and its bold title close the text
    assert body.endswith("Mitarbeitende | 1 860 | 1 790")
    assert "Kennzahlen 2025 im Überblick" in body


def test_an_about_the_study_section_stays() -> None:
    study = (
        "<h2>About the study</h2><p>The study surveyed 2,000 commuters in the region between October and "
        "December and was founded on data from the transport department.</p>"
    )
    body = _body(_page(_TEXT + study, title="Commuters back the detour"))
    assert "The study surveyed 2,000 commuters" in body


def test_a_subheading_named_for_a_place_stays() -> None:
    section = (
        "<h2>Über Hamburg hinaus</h2><p>Auch in Kiel und Lübeck plant das Land neue Brücken, sagte die "
        "Ministerin am Dienstag im Landtag; die Arbeiten sollen 2027 beginnen.</p>"
    )
    text = (
        "<p>Die Stadt schließt die alte Hafenbrücke für achtzehn Monate, nachdem Prüfer Rost an den Trägern "
        "gefunden hatten.</p><p>Autofahrer werden während der Arbeiten über die Umgehungsstraße geleitet, was "
        "zur Hauptverkehrszeit bis zu zwölf Minuten kostet.</p>"
    )
    body = _body(_page(text + section, title="Hafenbrücke wird gesperrt", lang="de"))
    assert "Auch in Kiel und Lübeck plant das Land neue Brücken" in body


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


def test_a_byline_and_date_row_and_the_tickers_toggle_are_no_text() -> None:
    body = _ticker_body(_TICKER_META, _TICKER_CONTROLS)
    assert _P1 in body and _P3 in body
    assert "Stand:" not in body
    assert "Automatisch aktualisieren" not in body


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


# --- a kicker over the text ----------------------------------------------------------------------------------


def test_a_kicker_with_a_dash_is_no_subheading_of_the_text() -> None:
    # TYPO3's header subheader and WordPress themes' overline: `Handball – Bezirksoberliga` is two words
    body = _body(_page("<h2>Local – Harbour</h2>" + _TEXT, title="Harbour bridge to close"))
    assert body.startswith(_P1)


def test_a_subheading_opening_the_text_stays() -> None:
    body = _body(_page("<h2>Six years of warnings</h2>" + _TEXT, title="Harbour bridge to close"))
    assert body.startswith("Six years of warnings")


def test_a_subheading_with_a_dash_and_three_words_stays() -> None:
    body = _body(_page("<h2>Before – and after the vote</h2>" + _TEXT, title="Harbour bridge to close"))
    assert body.startswith("Before – and after the vote")


# --- card teasers --------------------------------------------------------------------------------------------


def _card(title: str, text: str, href: str) -> str:
    return (
        f'<div class="card-group-element-item"><div class="card"><div class="card-body"><h3 class="card-title">'
        f'{title}</h3><p class="card-text">{text}</p></div><div class="card-footer"><a href="{href}" '
        'class="btn btn-primary">Read more</a></div></div></div>'
    )


def test_bootstrap_card_teasers_after_the_text_are_no_text() -> None:
    # TYPO3 bootstrap_package: the text in content-element frames, a card group of other pages after them
    frames = "".join(
        f'<div class="frame frame-default frame-type-text"><div class="frame-inner"><p>{text}</p></div></div>'
        for text in (_P1, _P2, _P3)
    )
    cards = (
        '<div class="frame frame-type-shortcut"><div class="frame-inner">'
        '<div class="card-group-element card-group-element-columns-3">'
        + _card("Training times", "More on the training times of the club you can find here.", "/training")
        + _card("Referees wanted", "More on our call for referees you can find here.", "/referees")
        + _card("Our sponsors", "More on the sponsors of the club you can find here.", "/sponsors")
        + "</div></div></div>"
    )
    body = _body(_page(frames + cards, title="Harbour bridge to close"))
    assert body.endswith(_P3)


def test_a_card_fact_box_in_the_text_stays() -> None:
    facts = (
        '<div class="card"><div class="card-body"><h3 class="card-title">The bridge in numbers</h3>'
        '<p class="card-text">Built in 1962, 214 metres long, 38 million dollars for the repairs.</p></div></div>'
    )
    body = _body(_page(f"<p>{_P1}</p>{facts}<p>{_P2}</p><p>{_P3}</p>", title="Harbour bridge to close"))
    assert "Built in 1962, 214 metres long" in body


def test_a_card_with_a_button_to_this_pages_table_stays() -> None:
    card = (
        '<div class="card"><div class="card-body"><h3 class="card-title">All detours</h3><p class="card-text">'
        'The full list of detours is in the table below.</p><a href="#detours" class="btn">Show the table</a></div>'
        "</div>"
    )
    body = _body(_page(f"<p>{_P1}</p>{card}<p>{_P2}</p><p>{_P3}</p>", title="Harbour bridge to close"))
    assert "The full list of detours is in the table below." in body


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
