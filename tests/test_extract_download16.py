"""An attachment's download line closing the text is not the text (#10, session 16).

Parish and association letters in Joomla and WordPress, municipal and university news (TYPO3, Drupal) and press
releases end with a short line whose one link fetches a document: `Il programma completo in formato PDF si può
scaricare qui.`, `Download the full report (PDF)`, `Die Pressemitteilung als PDF`. The text ends before it (and
the letter's sign-off above it stays the text's last line).

Must not fire: the same line inside the text (more paragraphs follow), a longer closing sentence that links a
PDF, a short closing line linking a PDF without naming a download or a format, a closing line linking a page
(not a document), and a line with two links.
Each test serves a full page (head metadata, navigation, sidebar, footer).
"""

from __future__ import annotations

from telisik.extract import extract_article

URL = "https://www.parrocchia-santostefano.it/notiziario/150-festa-patronale-2015"

LETTER = (
    "<div>Carissimi parrocchiani,</div>\n"
    "<div>anche quest’anno la festa di Santo Stefano ci riunisce come comunità. Abbiamo preparato un programma "
    "ricco, con momenti di preghiera, di festa e di solidarietà per le famiglie della parrocchia.</div>\n"
    "<div>Il ricavato della lotteria sarà destinato al restauro dell’organo della chiesa, che da due anni non "
    "si può più suonare. Ringrazio fin d’ora tutti i volontari che hanno reso possibile la festa.</div>\n"
    "<div>Vi aspetto numerosi alla processione della domenica pomeriggio!</div>\n"
    '<div style="text-align: right;"><em>don Luca Ferretti, parroco</em></div>\n'
)


def _page(closing: str, *, before: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="it-it"><head><meta charset="utf-8">
<title>Festa patronale 2015 - Parrocchia di Santo Stefano</title>
<meta name="author" content="Super User"><meta name="generator" content="Joomla! - Open Source Content Management">
</head><body class="site com_content view-article">
<header class="header"><a class="brand" href="/">Parrocchia di Santo Stefano</a></header>
<nav class="navigation"><ul class="nav menu"><li><a href="/">Home</a></li><li><a href="/notiziario">Notiziario</a></li>
<li><a href="/orari">Orari delle messe</a></li><li><a href="/contatti">Contatti</a></li></ul></nav>
<main id="content" role="main">
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">Festa patronale 2015</h2></div>
<dl class="article-info muted"><dd class="createdby">Scritto da Super User</dd>
<dd class="published"><time datetime="2015-12-20T09:00:00+00:00">Pubblicato: 20 Dicembre 2015</time></dd></dl>
<div itemprop="articleBody">
{before}{LETTER}<div>&nbsp;</div>
{closing}
</div>
<ul class="pager pagenav"><li class="previous"><a href="/notiziario/149" rel="prev">Indietro</a></li>
<li class="next"><a href="/notiziario/151" rel="next">Avanti</a></li></ul>
</div>
</main>
<div id="aside" class="span3"><div class="moduletable"><h3>Ultime notizie</h3><ul class="latestnews">
<li><a href="/notiziario/149">Ripresa del catechismo</a></li><li><a href="/notiziario/148">Castagnata in oratorio</a></li>
</ul></div></div>
<footer class="footer"><p>© 2015 Parrocchia di Santo Stefano · Via Roma 1</p></footer>
</body></html>"""


def _body(closing: str, *, before: str = "") -> str:
    return extract_article(_page(closing, before=before), url=URL).body


def test_closing_pdf_download_line_goes() -> None:
    body = _body(
        '<div><span style="font-size: 8pt;">Il programma completo in formato PDF si può scaricare '
        '<a href="/images/notiziario/programma_festa_2015.pdf">qui</a>.</span></div>'
    )
    assert "formato PDF" not in body
    assert body.rstrip().endswith("don Luca Ferretti, parroco")


def test_download_line_inside_the_text_stays() -> None:
    line = '<div>Il modulo di iscrizione alla lotteria si può scaricare <a href="/images/modulo.pdf">qui</a>.</div>\n'
    body = _body("", before=line)
    assert "Il modulo di iscrizione alla lotteria si può scaricare qui." in body


def test_long_closing_sentence_linking_a_pdf_stays() -> None:
    closing = (
        "<div>Chi desidera contribuire al restauro dell’organo trova nel bilancio parrocchiale, pubblicato ogni "
        "anno a dicembre e discusso dal consiglio per gli affari economici, tutte le spese sostenute finora: "
        '<a href="/images/bilancio_2015.pdf">bilancio 2015</a>.</div>'
    )
    assert "bilancio 2015" in _body(closing)


def test_closing_line_linking_a_pdf_without_saying_so_stays() -> None:
    closing = (
        "<div>Le offerte per il restauro dell’organo si possono lasciare in sacrestia oppure con un bonifico "
        '(<a href="/images/iban.pdf">coordinate</a>).</div>'
    )
    assert "con un bonifico (coordinate)." in _body(closing)


def test_closing_line_linking_a_page_stays() -> None:
    closing = (
        "<div>Le offerte per il restauro dell’organo si possono lasciare in sacrestia oppure con un bonifico alla "
        '<a href="/notiziario/offerte">parrocchia</a>.</div>'
    )
    assert "con un bonifico alla parrocchia." in _body(closing)


def test_closing_line_with_two_links_stays() -> None:
    closing = (
        "<div>Le offerte per il restauro dell’organo si possono lasciare in sacrestia oppure con un bonifico "
        '(<a href="/images/iban.pdf">coordinate</a>, <a href="/notiziario/offerte">ricevuta</a>).</div>'
    )
    assert "con un bonifico (coordinate, ricevuta)." in _body(closing)
