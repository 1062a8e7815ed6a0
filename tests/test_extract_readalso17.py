"""Read-also rules of session 17 (#10, web-kinds-15: sites nobody tuned for).

- Spanish `Lee también`/`Lea también` alone on its line is a read-also label like Portuguese `Leia também`
  (Vocento, Prensa Ibérica, Unidad Editorial-like papers; WordPress related-post blocks in Spanish).
- A read-also label opens a teaser box inside the text: a short box (a headline or two besides the label), mostly
  linked. Its linked headline goes even when it is a heading element (`<a><h3>…</h3></a>`: Vocento's `Lee también`
  boxes, Ippen's and Funke's `Lesen Sie auch` teasers, GEDI's `Leggi anche`, Gutenberg/Jannah/JNews related-post
  boxes), which a long linked heading otherwise keeps. A label in the text's own block, a section named so over
  prose, or a box holding more than a teaser touches nothing.
Each test serves a complete regional-paper page (head metadata, navigation, sidebar, comments, footer).
"""

from __future__ import annotations

from telisik.extract import extract_article

_TEXT = [
    "El Consejo de Administración de la Autoridad Portuaria aprobó este martes el proyecto de ampliación del "
    "muelle, una reivindicación histórica de las navieras que operan en la bahía.",
    "El presidente del Puerto explicó que la ampliación es imprescindible para no perder tráficos frente a otros "
    "puertos del norte. «Hoy hay barcos que no pueden entrar y se van a otros puertos», afirmó.",
    "Según el calendario presentado, la licitación se publicará en mayo y las obras comenzarán a principios de "
    "2025. El proyecto se divide en tres fases y durará tres años.",
]
_TEASER = "El tráfico de mercancías en el Puerto crece un 8% en 2023"


def _page(inner: str) -> str:
    first, second, third = (f'<p class="v-p">{p}</p>' for p in _TEXT)
    return f"""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8">
<title>El Puerto ampliará el muelle de Raos | Diario del Norte</title>
<meta property="og:title" content="El Puerto ampliará el muelle de Raos">
<meta property="og:site_name" content="Diario del Norte">
<meta property="article:published_time" content="2024-03-12T14:48:12Z">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "El Puerto ampliará el muelle de Raos", "datePublished": "2024-03-12T15:48:12+01:00",
"author": [{{"@type": "Person", "name": "Carmen Ruiz"}}]}}</script>
</head><body>
<header class="v-hd"><a href="/">Diario del Norte</a><nav class="v-nav"><ul><li><a href="/cantabria/">Cantabria</a>
</li><li><a href="/deportes/">Deportes</a></li><li><a href="/opinion/">Opinión</a></li></ul></nav></header>
<main><article class="v-a">
<header class="v-a-hd"><h1 class="v-a-t">El Puerto ampliará el muelle de Raos</h1>
<p class="v-mdl-ath"><a href="/autor/carmen-ruiz-1234.html">Carmen Ruiz</a></p></header>
<div class="v-a-b">{first}{second}{inner}{third}</div>
<section class="v-cmt" id="comentarios"><h3>Comentarios</h3><div class="v-cmt__i"><p class="v-cmt__a">pejino_62</p>
<p>Llevamos veinte años oyendo lo mismo.</p></div></section>
</article>
<aside class="v-sdb"><h3>Lo más leído</h3><ol><li><a href="/a-1.html">Cierra la última tienda de la calle</a></li>
<li><a href="/a-2.html">Alerta amarilla por oleaje</a></li></ol></aside></main>
<footer class="v-ft"><a href="/aviso-legal/">Aviso legal</a> <p>© 2024 Diario del Norte</p></footer>
</body></html>"""


def _body(inner: str) -> str:
    return extract_article(
        _page(inner), url="https://www.diariodelnorte.es/cantabria/muelle-raos-2024.html"
    ).body


def test_lee_tambien_box_with_linked_heading_goes() -> None:
    """Vocento-like: `<span>Lee también</span><a><h3>headline</h3></a>` in a box inside the text goes whole."""
    box = (
        '<div class="v-lee-tb"><span class="v-lee-tb__t">Lee también</span><a class="v-lee-tb__a" '
        f'href="/cantabria/trafico-mercancias-puerto-2023.html"><h3>{_TEASER}</h3></a></div>'
    )
    body = _body(box)
    assert "Lee también" not in body
    assert _TEASER not in body
    assert _TEXT[2][:50] in body


def test_lesen_sie_auch_paragraph_label_over_linked_heading_goes() -> None:
    """Ippen/Funke-like: a `<p>` label and a linked `<h3>` in a plain box go."""
    box = (
        '<div class="inline-box"><p>Lesen Sie auch:</p><a href="/cantabria/trafico-mercancias-puerto-2023.html">'
        f"<h3>{_TEASER}</h3></a></div>"
    )
    body = _body(box)
    assert _TEASER not in body


def test_label_in_text_block_keeps_linked_heading() -> None:
    """A label set straight in the text's block opens no box: a long linked heading after it stays."""
    inner = (
        f'<p>Lee también</p><h3><a href="/cantabria/trafico-mercancias-puerto-2023.html">{_TEASER}</a></h3>'
    )
    body = _body(inner)
    assert _TEASER in body


def test_box_with_prose_is_no_teaser() -> None:
    """A box named `Lee también` that holds a paragraph of prose (no links) is more than a teaser: untouched."""
    prose = (
        "La Autoridad Portuaria recuerda que el tráfico de mercancías creció un 8% en 2023 y que la terminal de "
        "contenedores trabaja al límite de su capacidad desde hace dos años, según su memoria anual."
    )
    inner = (
        f'<div class="v-note"><span>Lee también</span><p>{prose}</p>'
        f'<a href="/cantabria/trafico-mercancias-puerto-2023.html"><h3>{_TEASER}</h3></a></div>'
    )
    body = _body(inner)
    assert prose[:50] in body
    assert _TEASER in body
