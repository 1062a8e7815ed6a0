"""The article's opening under the headline (#10): a standfirst or the first paragraphs set in a box of their own
between the headline and the text must not be lost when nothing names that box.

The body's scores pick the block that holds most of the text; the opening sits in a *cousin* of it (a box under
the article element, beside the text's own wrapper), which the sibling rule never reaches, and lead.py finds a
standfirst only by its class name, in the headline's own header or a few levels from the headline. Seen on the
trafilatura-evaluation tuning pages served with hashed classes (benchmarks/perturbed_pages.py's
`with_hashed_classes`: brandeins.de, brigitte.de, furche.at, reiterrevue.de, spektrum.de, vegolosi.it, haus.de,
cicero.de, diakonie.de) and, as served, on fundus's Berliner Zeitung, Die Welt, FAZ, Klasse gegen Klasse and
Times of India pages: prose paragraphs after the headline and before the text, in a box the text shares a few
levels up, are the article's opening. One paragraph is a standfirst by its place (`Article.lead`, when no other
lead was found); several are the text's first part (the body opens with them).

Only full sentences of some length with few links count; a caption under a picture (a `<figcaption>` too), a
date line (`PUBLISHED: November 8, 2023 at 4:56 p.m.`), labels and share bars of one-word links are stepped
over; a list of links to other stories, a junk-classed or comment block, a `<nav>`/`<aside>` between stops the
search. A paragraph lead.py already read (the article header's `<p>`) stays the lead; the others open the
body. A smiley's picture (by its smileys folder) makes no caption of a short line. Each test serves a complete page (head metadata and JSON-LD,
navigation, the article, related links, comments, a sidebar, footer) with meaningless class names."""

from __future__ import annotations

from telisik.extract import extract_article

URL = "https://magazin.example.de/gesellschaft/achtsamkeit-als-megatrend-12345"
TITLE = "Achtsamkeit als Megatrend: Was davon bleibt"
STANDFIRST = (
    "Plötzlich ist alles anders. Die Gewissheiten des Lebens in einer wohlhabenden Gesellschaft geraten ins "
    "Wanken, und viele suchen Halt in einer Praxis, die älter ist als jede Wellness-Mode."
)
PARAGRAPHS = (
    "Seit Ende des zwanzigsten Jahrhunderts wird Achtsamkeit immer populärer, und je mehr der allgemeine Stress "
    "zunimmt, desto mehr Kurse, Bücher und Programme versprechen, ihn mit einfachen Übungen zu mindern.",
    "Heute gilt Achtsamkeit als Megatrend, doch viele, die davon sprechen, verwechseln sie mit Entspannung, "
    "obwohl es ursprünglich um eine Haltung geht, die Aufmerksamkeit ohne Urteil auf den Augenblick richtet.",
    "Die Forschung hat in den vergangenen Jahren gezeigt, dass regelmäßiges Üben die Stressreaktion des Körpers "
    "verändern kann, allerdings weniger stark, als es manche Ratgeber in Aussicht stellen.",
    "Kritikerinnen wenden ein, dass die Methode Probleme ins Private verlagert, die ihren Ursprung in den "
    "Arbeitsbedingungen haben, und dass gestresste Menschen so für ihr eigenes Leiden verantwortlich werden.",
    "Die Lehrerin, die seit zwanzig Jahren Kurse in Wien gibt, sieht darin keinen Widerspruch: Wer achtsam sei, "
    "nehme auch wahr, was im Betrieb falsch laufe, und könne es benennen, statt es still zu ertragen.",
    "Am Ende, sagt sie, komme es nicht auf die Technik an, sondern darauf, ob man sich Zeit nehme, und diese "
    "Zeit lasse sich durch keine App und kein Wochenendseminar ersetzen.",
)
CAPTION = "Eine Teilnehmerin übt im Park die Atemmeditation, die in vielen Kursen am Anfang steht."
DATE_LINE = "VERÖFFENTLICHT: 8. November 2023 um 16:56 Uhr | AKTUALISIERT: 8. November 2023 um 18:00 Uhr."
RELATED = (
    "Warum wir im Urlaub nicht abschalten können und was dagegen hilft",
    "Meditation am Arbeitsplatz: Was Unternehmen davon haben, wenn sie Kurse bezahlen",
    "Schlafforschung: Wie viel Ruhe der Mensch wirklich braucht, um gesund zu bleiben",
)
COMMENT = (
    "Ich mache seit drei Jahren jeden Morgen zehn Minuten Atemübungen und merke den Unterschied vor allem an "
    "Tagen, an denen ich sie auslasse, weil dann schon kleine Dinge mich aus der Ruhe bringen."
)
SIDEBAR = (
    "Unser Magazin erscheint jeden Donnerstag neu und berichtet seit 1945 über Politik, Religion, Kultur und "
    "Gesellschaft, unabhängig, kritisch und mit Zeit für die Hintergründe."
)


def _head() -> str:
    return f"""<head>
<meta charset="utf-8">
<title>{TITLE} | Magazin</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="og:title" content="{TITLE}">
<meta property="og:site_name" content="Magazin">
<meta name="description" content="Viele suchen Halt in der Achtsamkeit. Eine Spurensuche.">
<link rel="canonical" href="{URL}">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "{TITLE}",
 "datePublished": "2023-11-08T16:56:00+01:00", "author": {{"@type": "Person", "name": "Martina Berger"}}}}
</script>
</head>"""


def _page(between: str, text: str) -> str:
    related = "".join(
        f'<li class="c8e1f0a"><a href="/artikel/{i}">{t}</a></li>' for i, t in enumerate(RELATED)
    )
    return f"""<!DOCTYPE html>
<html lang="de">
{_head()}
<body class="c3e4b22">
<div class="c2e2d7f"><a class="c11aa0" href="/">Magazin</a>
  <ul class="c44b1d"><li><a href="/politik">Politik</a></li><li><a href="/religion">Religion</a></li>
  <li><a href="/gesellschaft">Gesellschaft</a></li><li><a href="/abo">Abo</a></li></ul></div>
<main class="ca71fbd">
  <article class="c4f38d7">
    <div class="c1b736f"><div class="ce1340f"><div class="c0e03ba">
      <span class="c9a1">Gesellschaft</span>
      <h1 class="c7e21d">{TITLE}</h1>
    </div></div></div>
    {between}
    <div class="cff4dee"><div class="c5333a8">{text}</div></div>
    <div class="c61b2"><span>Martina Berger</span> · 8. November 2023</div>
  </article>
  <div class="c023dfc"><h2>Mehr zum Thema</h2><ul class="c5c395d">{related}</ul></div>
  <div class="ca5d491"><h2>1 Kommentar</h2><div class="c06b75b"><b>Leserin</b> <span>9.11.2023</span>
    <p>{COMMENT}</p></div></div>
</main>
<div class="c6f6e2"><p>{SIDEBAR}</p><a href="/archiv">Archiv</a> <a href="/rss">RSS</a></div>
<div class="c90f1e">© 2023 Magazin · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></div>
</body>
</html>"""


def _paragraphs(texts: tuple[str, ...]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def _picture() -> str:
    return f"""<figure class="c7a0e1"><img src="/bilder/park.jpg" width="1200" height="800" alt="">
      <div class="c2d4f6">{CAPTION}</div></figure>"""


def _shown(article) -> str:
    return f"{article.lead or ''}\n\n{article.body}"


def test_a_standfirst_in_its_own_box_under_the_headline_is_the_lead():
    """furche.at's and brigitte.de's shape with hashed classes: the standfirst in a box of its own between the
    header (headline three boxes deep) and the text's wrapper, a picture with its caption between it and the
    text. Without the rule the standfirst is lost: neither the lead nor the body holds it."""
    between = f'<div class="c2ec061"><div class="c8d86"><p>{STANDFIRST}</p></div></div>{_picture()}'
    article = extract_article(_page(between, _paragraphs(PARAGRAPHS)), url=URL)
    assert article.lead == STANDFIRST
    assert all(p in article.body for p in PARAGRAPHS)
    assert STANDFIRST not in article.body
    assert CAPTION not in _shown(article)
    assert COMMENT not in _shown(article) and SIDEBAR not in _shown(article)
    assert not any(r in _shown(article) for r in RELATED)


def test_the_first_paragraphs_in_a_box_before_the_text_open_the_body():
    """brandeins.de's and spektrum.de's shape: the article's first two paragraphs in one box, an ad slot, the
    rest in a cousin box that wins the scores: the body opens with the first two, in order."""
    first = (
        "Der Kursraum im dritten Stock ist an diesem Morgen voll, obwohl draußen die Sonne scheint und die "
        "Stadt zum Spazieren einlädt.",
        "Zwölf Menschen sitzen auf Kissen, schließen die Augen und hören einer Stimme zu, die sie bittet, "
        "auf den eigenen Atem zu achten.",
    )
    rest = PARAGRAPHS
    between = (
        f'<div class="c19e599"><div class="c8a2">{_paragraphs(first)}</div></div>'
        '<div class="c77e0"><span>Anzeige</span></div>'
    )
    article = extract_article(_page(between, _paragraphs(rest)), url=URL)
    body = article.body
    assert all(p in body for p in first + rest)
    assert body.index(first[0]) < body.index(first[1]) < body.index(rest[0])
    assert not article.lead or article.lead not in body


def test_a_date_line_a_caption_and_a_link_list_before_the_text_stay_out():
    """What sits between headline and text and is no opening: a date line ending with a full stop, a picture's
    caption (a sentence), and a box of related links, beyond which nothing is taken (the page's teaser
    paragraph above that box is another story's)."""
    teaser = (
        "Eine andere Geschichte beginnt hier mit einem ganzen Satz, der lang genug ist, um als Absatz zu gelten, "
        "und der doch zu einem anderen Artikel gehört."
    )
    links = "".join(f'<li><a href="/artikel/x{i}">{t}</a></li>' for i, t in enumerate(RELATED))
    between = (
        f'<div class="c2ec061"><div class="c8d86"><p>{teaser}</p></div></div><div class="c33a"><ul>{links}</ul></div>'
        f'<div class="c61c"><p>{DATE_LINE}</p></div>{_picture()}'
    )
    article = extract_article(_page(between, _paragraphs(PARAGRAPHS)), url=URL)
    shown = _shown(article)
    assert all(p in article.body for p in PARAGRAPHS)
    assert DATE_LINE not in shown
    assert CAPTION not in shown
    assert teaser not in shown
    assert not any(r in shown for r in RELATED)


def test_a_named_standfirst_stays_the_lead_and_the_opening_paragraph_stays_in_the_body():
    """lead.py found a standfirst by its place in the headline's header; the box after the header holds the
    text's first paragraph, which opens the body (never lost, never a second lead)."""
    header_lead = (
        "Viele suchen Halt in einer Praxis, die älter ist als jede Wellness-Mode: eine Spurensuche zwischen "
        "Kursraum, Labor und Büro."
    )
    page = _page(
        f'<div class="c2ec061"><div class="c8d86"><p>{STANDFIRST}</p></div></div>', _paragraphs(PARAGRAPHS)
    )
    page = page.replace(
        f'<h1 class="c7e21d">{TITLE}</h1>',
        f'<header><h1 class="c7e21d">{TITLE}</h1><p>{header_lead}</p></header>',
    )
    article = extract_article(page, url=URL)
    assert article.lead == header_lead
    assert article.body.startswith(STANDFIRST)
    assert all(p in article.body for p in PARAGRAPHS)


BLOG_URL = "https://backblog.example.de/2016/03/muffin-grundrezept"
BLOG_TITLE = "Muffin-Grundrezept: einfach und wandelbar"
BLOG_PARAGRAPHS = (
    "Dieses Grundrezept backe ich seit Jahren, und es gelingt immer, ob mit Heidelbeeren, Schokolade oder "
    "Äpfeln, solange man den Teig nicht zu lange rührt.",
    "Zuerst die trockenen Zutaten mischen, dann Eier, Milch und geschmolzene Butter verquirlen und alles nur so "
    "lange verrühren, bis kein Mehl mehr zu sehen ist.",
    "Den Teig in die Förmchen füllen und bei 180 Grad etwa zwanzig Minuten backen; die Stäbchenprobe zeigt, ob "
    "die Muffins fertig sind.",
)
SMILEY_LINES = ("Viel Spaß beim Nachbacken!", "Und verratet mir, welche Variante euch am besten schmeckt?")


def _smiley(name: str) -> str:
    return f'<img src="https://backblog.example.de/wp-includes/images/smilies/icon_{name}.gif" alt=":)">'


def test_a_short_line_with_a_smiley_is_no_caption():
    """A blog post's short closing lines each end with a smiley image whose class says nothing (hashed classes:
    WordPress's `wp-includes/images/smilies/` on the-pain.net, muffinrezept.net and wp.com blogs, vBulletin's
    `images/smilies/` on pocketpc.ch, Forumotion's `smilies/`, dzs-clan.de's `images/smileys/`): the smileys
    folder in the image's address makes it an icon, and the lines stay text (without the rule the class-free
    caption test drops them as a picture's caption)."""
    text = "".join(f"<p>{p}</p>" for p in BLOG_PARAGRAPHS) + "".join(
        f"<p>{line} {_smiley('smile')}</p>" for line in SMILEY_LINES
    )
    page = f"""<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>{BLOG_TITLE} | Backblog</title>
<meta property="og:title" content="{BLOG_TITLE}"><link rel="canonical" href="{BLOG_URL}">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "BlogPosting",
 "headline": "{BLOG_TITLE}", "datePublished": "2016-03-30T10:12:00+02:00"}}</script></head>
<body class="c1a2b3">
<div class="c2e2d7f"><a href="/">Backblog</a> <a href="/rezepte">Rezepte</a> <a href="/kontakt">Kontakt</a></div>
<div class="c9a0364"><div class="c42b901">
  <h1 class="c7e21d">{BLOG_TITLE}</h1>
  <div class="c0e9a2">30. März 2016 von Anna</div>
  <div class="c4038ae"><figure class="c6a1"><img src="/bilder/muffins.jpg" width="800" height="600" alt=""></figure>
    {text}</div>
</div>
<div class="ca5d491"><h2>2 Kommentare</h2><ol><li><b>Jana</b> <span>31. März 2016</span>
  <p>Habe sie gestern mit Himbeeren gebacken, die waren sofort weg, danke für das tolle Rezept!</p></li></ol></div>
</div>
<div class="c6f6e2"><h3>Über mich</h3><p>Ich backe, seit ich denken kann, und teile hier meine liebsten Rezepte.</p>
  <a href="/archiv">Archiv</a></div>
<div class="c90f1e">© 2016 Backblog · <a href="/impressum">Impressum</a></div>
</body>
</html>"""
    article = extract_article(page, url=BLOG_URL)
    assert all(p in article.body for p in BLOG_PARAGRAPHS)
    assert all(line in article.body for line in SMILEY_LINES)
    assert "Himbeeren" not in article.body


SHARE_BAR = (
    '<div class="c5b1"><a href="https://wa.me/?text=x">whatsapp</a> <a href="https://pinterest.com/pin">pinterest</a> '
    '<a href="https://facebook.com/share">facebook</a> <a href="https://twitter.com/share">twitter</a> '
    '<a href="mailto:?subject=x">mail</a> <a href="#print">Drucken</a></div>'
)


def test_a_share_bar_and_the_lead_pictures_figcaption_do_not_stop_the_search():
    """reiterrevue.de's shape with hashed classes: under the headline the date line, the standfirst, the lead
    picture with its `<figcaption>` and a share bar of one-word links, then the text. The bar (one word per
    link) and the caption are stepped over; the standfirst is the lead and the caption stays out."""
    between = (
        f'<div class="c61c"><p>Veröffentlicht am 03.02.2022 von Martina Berger</p></div>'
        f'<section class="c235b30"><p class="c13edbe">{STANDFIRST}</p>'
        f'<figure class="c7a0e1"><img src="/bilder/park.jpg" width="1200" height="800" alt="">'
        f"<figcaption>{CAPTION}</figcaption></figure>{SHARE_BAR}</section>"
    )
    article = extract_article(_page(between, _paragraphs(PARAGRAPHS)), url=URL)
    assert article.lead == STANDFIRST
    assert all(p in article.body for p in PARAGRAPHS)
    shown = _shown(article)
    assert CAPTION not in shown and "pinterest" not in shown and "Veröffentlicht am" not in shown


def test_a_standfirst_in_a_box_of_the_article_header_is_the_lead():
    """spektrum.de's shape with hashed classes: the article's `<header>` holds the headline and, in a box of
    its own (no `<p>` child of the header, no class naming it), the standfirst; the text follows in a sibling
    of the header."""
    page = _page("", _paragraphs(PARAGRAPHS)).replace(
        f'<h1 class="c7e21d">{TITLE}</h1>',
        f'<header class="cc6f1ba"><h1 class="c7e21d">{TITLE}</h1><div class="c19e599">{STANDFIRST}</div></header>',
    )
    article = extract_article(page, url=URL)
    assert article.lead == STANDFIRST
    assert all(p in article.body for p in PARAGRAPHS)


def test_the_opening_is_placed_never_lost():
    """assemble's placement of the opening paragraphs: lead.py's lead stays; a lone other paragraph is the lead
    only over a body; several, or one beside lead.py's lead, open the body."""
    from telisik.extract.assemble import _place_opening

    body = "\n\n".join(PARAGRAPHS)
    assert _place_opening(body, None, [STANDFIRST]) == (body, STANDFIRST)
    assert _place_opening("", None, [STANDFIRST]) == (STANDFIRST, None)
    assert _place_opening(body, "Ein Vorspann.", [STANDFIRST]) == (f"{STANDFIRST}\n\n{body}", "Ein Vorspann.")
    assert _place_opening(body, STANDFIRST, [STANDFIRST, CAPTION]) == (f"{CAPTION}\n\n{body}", STANDFIRST)
    assert _place_opening(body, None, [CAPTION, STANDFIRST]) == (f"{CAPTION}\n\n{STANDFIRST}\n\n{body}", None)
