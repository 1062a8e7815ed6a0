"""A practical-information box's short last lines continue it (#10, session 16).

Regional papers close event and local stories with a box of `Label: value` lines (French regional papers'
`Pratique` encadré, German local papers' `Info`/`Auf einen Blick`, event and venue pages' `Dates:`/`Lieu:`/
`Tarifs:`). When the text's last paragraph and the one before it are such lines, the shorter lines after them
(`Billetterie : office de tourisme … et sur www.…`) belong to the box: they stay even when fewer than the three a
run needs on its own.

Guards: a `Lesen Sie auch: …`/`Voir aussi : …` link line after the box goes, a credit line (`Photo : …`,
`Sumber: …`) goes, and a short `Label: value` line after a story that ends in plain prose goes as before.
Each test serves a full page (head metadata, navigation, share bar, tags, comments, sidebar, footer).
"""

from __future__ import annotations

from telisik.extract import extract_article

URL = "https://www.example-journal.fr/saint-aubrac/2015/06/17/les-nuits-du-lavoir-fetent-leurs-dix-ans"

PROSE = (
    "Il y a dix ans, ils étaient une poignée de bénévoles à monter une scène sur la place du Lavoir. Cette année, "
    "le festival attend plus de six mille spectateurs sur trois jours.",
    "« On n’aurait jamais imaginé ça au départ », sourit la présidente de l’association, qui compte désormais "
    "cent vingt bénévoles et un budget de quatre-vingt mille euros.",
    "La mairie a pris un arrêté pour fermer la place du Lavoir à la circulation pendant tout le week-end. Des "
    "parkings gratuits seront fléchés aux entrées du bourg.",
)
BOX = (
    "<p><strong>Dates :</strong> du vendredi 3 au dimanche 5 juillet 2015.</p>\n"
    "<p><strong>Lieux :</strong> place du Lavoir, prairie de la Sorne et cour de l’ancienne école.</p>\n"
)


def _page(after_box: str, *, box: str = BOX) -> str:
    paragraphs = "\n".join(f"<p>{text}</p>" for text in PROSE)
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Les Nuits du Lavoir fêtent leurs dix ans - Le Journal du Val</title>
<meta property="og:type" content="article"><meta property="og:title" content="Les Nuits du Lavoir fêtent leurs dix ans">
<meta property="article:published_time" content="2015-06-17T06:05:00+02:00">
</head><body>
<header class="site-header"><a href="/">Le Journal du Val</a><nav><a href="/actu">Actu</a> <a href="/sport">Sport</a>
<a href="/loisirs">Loisirs</a></nav></header>
<main><article class="art">
<h1 class="art__titre">Les Nuits du Lavoir fêtent leurs dix ans</h1>
<div class="art__meta">Par Mathilde Ferrand · Publié le 17/06/2015 à 06:05</div>
<div class="art__partage"><a href="#">Partager</a> <a href="#">Tweeter</a> <a href="#">4 commentaires</a></div>
<div class="art__corps">
{paragraphs}
<div class="encadre encadre--pratique"><h3 class="encadre__titre">Pratique</h3>
{box}{after_box}
</div>
</div>
<div class="art__tags">Mots-clés : <a href="/tag/festival">Festival</a> <a href="/tag/concerts">Concerts</a></div>
</article>
<section class="commentaires"><h2>4 commentaires</h2><div class="com"><p>Super festival, on y va chaque année
avec les enfants, merci aux bénévoles !</p><span>17/06/2015 à 09:14</span></div></section>
</main>
<aside><h2>Les plus lus</h2><ul><li><a href="/a1">Un nouveau boulanger place de l’Église</a></li>
<li><a href="/a2">Le conseil municipal vote le budget</a></li></ul></aside>
<footer>© Le Journal du Val 2015 – Mentions légales – Contact</footer>
</body></html>"""


def _last_line(html: str) -> str:
    body = extract_article(html, url=URL).body or ""
    return [line for line in body.split("\n") if line.strip()][-1]


def test_short_ticket_line_continues_the_practical_box() -> None:
    ticket = (
        "<p><strong>Billetterie :</strong> office de tourisme et sur <a href='#'>www.nuitsdulavoir.fr</a></p>"
    )
    assert _last_line(_page(ticket)) == "Billetterie : office de tourisme et sur www.nuitsdulavoir.fr"


def test_see_also_line_after_the_box_goes() -> None:
    link = "<p><strong>Voir aussi :</strong> <a href='/a3'>Le programme complet du festival</a></p>"
    assert _last_line(_page(link)).startswith("Lieux :")


def test_credit_line_after_the_box_goes() -> None:
    credit = "<p>Photo : Jean Dupont</p>"
    assert _last_line(_page(credit)).startswith("Lieux :")


def test_short_data_line_after_plain_prose_goes() -> None:
    assert _last_line(_page("<p>Tarifs : 12 €, gratuit enfants</p>", box="")).startswith("La mairie a pris")
