"""The text's closing pointer to more information with its address stays (#10, session 16).

Municipal and club news (Joomla, TYPO3, WordPress), press releases and university news close with a line that
names where to read more, its web address on the same line after a colon or `unter`/`at`/`sur` (`Weitere
Informationen zum Förderverein: www.…`, `Weitere Infos unter www.…`, `More information: https://…`, `Plus
d'informations : www.…`, `Meer informatie: www.…`). It read as a "more on this" heading (cutting the text there)
and as a label after the text. It now stays.

Guards: a bare `Weitere Informationen` heading over a box of links, and a `Weitere Nachrichten auf www.…` label
over teasers (an address after `auf`, and no information word) still end the text.
Each test serves a full page (Joomla 2.5 head, menu, article info, pager, sidebar modules, footer).
"""

from __future__ import annotations

from telisik.extract import extract_article

URL = "https://www.stadt-example.de/lokales/1873-muehlwehrbad-wird-saniert"

PROSE = (
    "Nach fast drei Stunden Debatte hat der Stadtrat die Sanierung des Mühlwehrbads beschlossen. Das Freibad "
    "bleibt deshalb im kommenden Sommer geschlossen, die Arbeiten beginnen im September.",
    "Rund 900.000 Euro sollen aus dem Landesprogramm zur Sanierung kommunaler Sportstätten kommen, den "
    "Förderantrag hat die Stadt bereits im April gestellt.",
    "Nicht alle waren überzeugt. Die SPD kritisierte, dass ein günstigeres Modell mit kleinerem Becken nie "
    "ernsthaft geprüft worden sei.",
    "Für die Badegäste heißt das: Im Sommer 2014 müssen Schwimmer auf das Hallenbad in Lindenfeld ausweichen. Die "
    "Wiedereröffnung ist für Mai 2015 geplant.",
)


def _page(closing: str) -> str:
    paragraphs = "\n".join(f"<p>{text}</p>" for text in PROSE)
    return f"""<!DOCTYPE html>
<html lang="de-de"><head><meta charset="utf-8"><title>Mühlwehrbad wird saniert</title>
<meta name="generator" content="Joomla! 2.5 - Open Source Content Management"><meta name="author" content="Redaktion">
</head><body>
<div id="header"><a href="/">Stadtnachrichten Example</a></div>
<ul class="menu"><li><a href="/lokales">Lokales</a></li><li><a href="/vereine">Vereine</a></li></ul>
<div id="content"><div class="item-page">
<h2><a href="/lokales/1873-muehlwehrbad-wird-saniert">Mühlwehrbad wird saniert</a></h2>
<dl class="article-info"><dd class="published">Veröffentlicht am Mittwoch, 15. Mai 2013 um 18:12</dd>
<dd class="hits">Zugriffe: 2871</dd></dl>
{paragraphs}
{closing}
<p>&nbsp;</p>
<ul class="pagenav"><li class="pagenav-prev"><a href="/lokales/1872" rel="prev">&lt; Zurück</a></li>
<li class="pagenav-next"><a href="/lokales/1874" rel="next">Weiter &gt;</a></li></ul>
</div></div>
<div class="moduletable"><h3>Neueste Beiträge</h3><ul class="latestnews"><li><a href="/l/1874">Kirchweih in Unterau</a>
</li><li><a href="/l/1875">Neuer Radweg an der Lauter</a></li></ul></div>
<div id="footer">© 2013 Stadtnachrichten Example · Impressum · Kontakt</div>
</body></html>"""


def _lines(html: str) -> list[str]:
    body = extract_article(html, url=URL).body or ""
    return [line for line in body.split("\n") if line.strip()]


def test_more_information_line_with_its_address_stays() -> None:
    closing = (
        '<p>Weitere Informationen zum Förderverein: <a href="http://www.foerderverein-example.de">'
        "www.foerderverein-example.de</a></p>"
    )
    assert (
        _lines(_page(closing))[-1] == "Weitere Informationen zum Förderverein: www.foerderverein-example.de"
    )


def test_bare_more_information_heading_over_links_goes() -> None:
    closing = (
        "<p><strong>Weitere Informationen</strong></p>\n<ul><li><a href='/l/1'>Satzung des Fördervereins</a></li>"
        "<li><a href='/l/2'>Öffnungszeiten der Bäder</a></li></ul>"
    )
    assert _lines(_page(closing))[-1] == PROSE[-1]


def test_more_news_label_with_an_address_goes() -> None:
    teasers = (
        "Die Stadtwerke erhöhen zum Jahreswechsel die Preise für Fernwärme, die Kunden werden in diesen Tagen per "
        "Brief über die neuen Tarife informiert und können bis Ende Januar widersprechen.",
        "Der Kreistag hat den Haushalt für das kommende Jahr verabschiedet, mit Mehrausgaben für Schulen, "
        "Straßen und den Nahverkehr in den ländlichen Gemeinden des Kreises.",
    )
    closing = "<p>Weitere Nachrichten auf www.kreis-example.de</p>\n" + "\n".join(
        f"<p>{t}</p>" for t in teasers
    )
    lines = _lines(_page(closing))
    assert teasers[0] not in lines
