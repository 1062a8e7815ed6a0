"""Embed-table rule of session 17 (#10, web-kinds-15: sites nobody tuned for).

A CMS's embed block around a table the editor inserted into the text (Agora's `art_embed art_table`, Drupal's
`entity-embed`/`embedded-entity`, Arc XP's and CKEditor's raw-HTML `embed` widgets) keeps its table: `embed` is a
weak junk token meant for social and video embeds. A block junk for another reason too (`embed-ad`, an embed in a
`sidebar`) and a table of links (a list of other stories set as a table) still go.
Each test serves a complete regional-edition page (head metadata, navigation, right column, footer).
"""

from __future__ import annotations

from telisik.extract import extract_article

_TEXT = [
    "Poznańskie Inwestycje Miejskie wypowiedziały umowę z konsorcjum, które od dwóch lat budowało trasę "
    "tramwajową. Powód: wielomiesięczne opóźnienia i brak postępów na odcinku przy ul. Herbowej.",
    "– Nie mogliśmy dłużej czekać. Wykonawca nie dotrzymał żadnego z terminów cząstkowych – powiedziała "
    "wiceprezydent miasta. Miasto zamierza ogłosić nowy przetarg na dokończenie prac jeszcze w marcu.",
    "Mieszkańcy od lat skarżą się na zakorkowaną ulicę i przepełnione autobusy. Rada osiedla zapowiedziała, że "
    "zorganizuje protest, jeśli nowy termin nie zostanie dotrzymany.",
]
_ROWS = [("Odcinek", "Stan prac", "Uwagi"), ("Wilczak – Serbska", "90 proc.", "brak sieci trakcyjnej")]
_ROWS += [("Serbska – Herbowa", "65 proc.", "przebudowa kolektora")]


def _table(linked: bool = False) -> str:
    def cell(text: str) -> str:
        return (
            f'<td><a href="/poznan/{len(text)}-artykul-o-tramwaju.html">{text}</a></td>'
            if linked
            else (f"<td>{text}</td>")
        )

    rows = "".join("<tr>" + "".join(cell(c) for c in row) + "</tr>" for row in _ROWS)
    return f"<table><tbody>{rows}</tbody></table>"


def _page(block_class: str, linked: bool = False) -> str:
    first, second, third = (f'<p class="art_paragraph">{p}</p>' for p in _TEXT)
    return f"""<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8">
<title>Tramwaj na Naramowice: miasto zrywa umowę | Poznań</title>
<meta property="og:title" content="Poznań">
<meta property="article:published_time" content="2024-03-12T15:48:00+01:00">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Tramwaj na Naramowice: miasto zrywa umowę", "datePublished": "2024-03-12T15:48:00+01:00",
"author": [{{"@type": "Person", "name": "Anna Nowak"}}]}}</script>
</head><body>
<div id="page"><header id="header"><a href="/">Poznań</a><nav><ul><li><a href="/poznan/">Wiadomości</a></li>
<li><a href="/sport/">Sport</a></li><li><a href="/kultura/">Kultura</a></li></ul></nav></header>
<div id="col_left"><article class="article">
<h1 id="article_title">Tramwaj na Naramowice: miasto zrywa umowę</h1>
<div class="art_author">Anna Nowak</div>
<section class="art_content" id="gazeta_article_body">{first}{second}
<h2 class="art_sub_title">Co zostało do zrobienia</h2>
<div class="{block_class}">{_table(linked)}</div>{third}</section>
</article></div>
<div id="col_right"><div class="box_popular"><h3>Najpopularniejsze</h3><ul><li><a href="/a-1.html">Nowa galeria</a>
</li><li><a href="/a-2.html">Korki na moście</a></li></ul></div></div>
<footer id="footer"><a href="/regulamin/">Regulamin</a> <p>© 2024 Poznań</p></footer></div>
</body></html>"""


def _body(html: str) -> str:
    return extract_article(html, url="https://poznan.example.pl/poznan/7,36001,30812345,tramwaj.html").body


def test_table_in_embed_block_stays() -> None:
    """Agora-like `art_embed art_table`: the table's rows read as lines of the text."""
    body = _body(_page("art_embed art_table"))
    assert "Odcinek | Stan prac | Uwagi" in body
    assert "Serbska – Herbowa | 65 proc. | przebudowa kolektora" in body


def test_table_in_ad_embed_goes() -> None:
    """An embed block junk for another reason too (`embed-ad`) is no table of the text."""
    body = _body(_page("art_embed ad"))
    assert "Stan prac" not in body
    assert _TEXT[2][:40] in body


def test_table_of_links_in_embed_goes() -> None:
    """A table whose cells all link to other stories, in an embed block, is a list of links: it goes."""
    body = _body(_page("art_embed", linked=True))
    assert "Wilczak – Serbska" not in body
