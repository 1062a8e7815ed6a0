"""The article's text in the block after the headline's box (#10): when the scores choose the box that holds the
headline with its standfirst, the text set in the box's next sibling must not be lost.

Templates set the article's head and its text in sibling blocks (`header` + `div.content`,
`div.article-header` + `div.article-body`). When the text is short or the standfirst long, the head box wins the
scores, and without a `<header>` element or a class that names the text block the text is gone. Seen on the
trafilatura-evaluation tuning pages in benchmarks/perturbed_pages.py's variants: gdp.de press releases (a
`content-detail-header` box with topline, headline, picture and a long teaser, the text in the next `div`, in the
generic-tags and bare variants) and elnuevodia.com (headline, standfirst and date in a box, the text with a
picture and a related-stories list in the box's parent's next sibling, with hashed classes and bare).

The next sibling of the box (or of one of its ancestors, three levels at most) joins only when it reads as running
text: prose with few links, a paragraph of running text, no opening heading of its own (`Comments`, `Related`),
no list, form or table, no repeated items. A box with more than a standfirst's prose is the text itself. Guard
tests: a head box followed by a comment thread of short posts, by a related-stories box under its own heading;
a head box holding the whole text followed by another story's teaser.

Each test serves a complete page (head metadata and JSON-LD, navigation, the article, related links, comments, a
sidebar, footer) with meaningless class names.
"""

from __future__ import annotations

from telisik.extract import extract_article

URL = "https://www.polizeiverband.example.de/presse/tarifrunde-wertschaetzung-2021"
TITLE = "Tarifvize Klemm: Mangelnde Wertschätzung für die Beschäftigten"
TOPLINE = "Zweite Tarifrunde des Öffentlichen Dienstes der Länder beginnt am Montag"
TEASER = (
    "Vor der zweiten Tarifrunde für die Beschäftigten des Öffentlichen Dienstes der Länder hat der stellvertretende "
    "Bundesvorsitzende die Arbeitgeber aufgefordert, die Leistungen der Kolleginnen und Kollegen in der Pandemie "
    "endlich anzuerkennen, statt weiter auf Zeit zu spielen und die Verhandlungen ohne Angebot zu beginnen. "
    "Die Beschäftigten in den Verwaltungen, in den Schulen, in den Krankenhäusern und bei der Polizei hätten in "
    "den vergangenen zwei Jahren den Laden am Laufen gehalten, oft unter Bedingungen, die niemand für möglich "
    "gehalten habe, und sie erwarteten nun ein Angebot, das diesen Einsatz auch in Euro und Cent abbilde. Eine "
    "Hängepartie bis in den Dezember hinein werde der Verband nicht hinnehmen, kündigte er an."
)
CAPTION = "Der stellvertretende Bundesvorsitzende und Tarifexperte René Klemm. Foto: Verband/Archiv"
TEXT = (
    "Klemm unterstrich: „Mittlerweile ist der warme Applaus aus allerlei Richtungen verklungen, geblieben ist eine "
    "Belastung, die seit Monaten nicht nachlässt und die sich in keiner Gehaltstabelle wiederfindet.“",
    "Vor dem Verhandlungsort wollen am Montagnachmittag mehrere hundert Demonstrierende ihrem Unmut Luft machen.",
    "Die Gewerkschaften fordern für die Beschäftigten im öffentlichen Dienst der Länder eine Erhöhung der Entgelte "
    "um fünf Prozent, mindestens aber um 150 Euro im Monat, bei einer Laufzeit von zwölf Monaten.",
)
COMMENT = (
    "Seit Jahren wird uns dasselbe erzählt und am Ende bleibt eine Einmalzahlung die von der Inflation längst "
    "aufgefressen ist während die Arbeit auf den Dienststellen immer mehr wird und keiner etwas dagegen tut"
)


def _head(title: str, url: str, kind: str = "NewsArticle") -> str:
    return f"""<head>
<meta charset="utf-8">
<title>{title} | Verband</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Verband">
<link rel="canonical" href="{url}">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "{kind}", "headline": "{title}",
 "datePublished": "2021-11-05T10:12:00+01:00"}}
</script>
</head>"""


NAV = """<div class="c1a2b3"><a class="c4d5e6" href="/">Verband</a>
<ul class="c7f8a9"><li><a href="/presse">Presse</a></li><li><a href="/tarif">Tarif</a></li>
<li><a href="/themen">Themen</a></li><li><a href="/service">Service</a></li><li><a href="/kontakt">Kontakt</a></li>
</ul></div>"""

SIDEBAR = """<div class="cb0c1d"><h3>Meistgelesen</h3><ul>
<li><a href="/presse/arbeitszeit">Arbeitszeit im Schichtdienst: Verband legt Studie vor</a></li>
<li><a href="/presse/ausstattung">Schutzausstattung: Länder müssen nachbessern</a></li>
<li><a href="/presse/nachwuchs">Nachwuchs: Bewerberzahlen sinken das dritte Jahr in Folge</a></li>
</ul></div>"""

FOOTER = """<div class="cf0f1f"><p>© 2007 – 2021 Verband, Bundesvorstand</p>
<a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></div>"""


def _page(head_box: str, after: str, title: str = TITLE, url: str = URL) -> str:
    return f"""<!DOCTYPE html>
<html lang="de">{_head(title, url)}
<body>
{NAV}
<div class="c2e3f4"><div class="c5a6b7">
<div class="c8c9d0">
{head_box}
{after}
</div>
{SIDEBAR}
</div></div>
{FOOTER}
</body></html>"""


def _press_head_box() -> str:
    return f"""<div class="ca1b2c clearfix">
<h2 class="cd3e4f">{TOPLINE}</h2>
<h1 class="cg5h6i">{TITLE}</h1>
<div class="cj7k8l"><img src="/bilder/klemm.jpg" alt="Portrait"><div class="cm9n0o">{CAPTION}</div></div>
<div class="cp1q2r"><p class="cs3t4u">{TEASER}</p></div>
</div>"""


def _press_text() -> str:
    # the text sits directly in the block, paragraphs split by line breaks, as in older CMS templates
    return f"""<div class="cv5w6x clearfix">{TEXT[0]}<br><br>{TEXT[1]}<br><br>{TEXT[2]}</div>
<div class="cy7z8a"><a href="/presse">Zurück zur Übersicht</a></div>"""


def test_press_release_text_after_the_head_box_joins() -> None:
    article = extract_article(_page(_press_head_box(), _press_text()), URL)
    assert TEASER[:60] in article.body
    for paragraph in TEXT:
        assert paragraph[:60] in article.body
    assert "Meistgelesen" not in article.body


STORY_URL = "https://www.diario.example.com/noticias/politica/notas/lider-denuncia-intentos-de-silenciarla"
STORY_TITLE = "Líder de la organización de mujeres denuncia intentos del partido de silenciarla"
STANDFIRST = (
    "La presidenta, quien indicó que próximamente renunciará al puesto, resaltó que existe una falta de "
    "comunicación en la colectividad y que han impuesto mordazas al surgir polémicas recientes"
)
STORY = (
    "La presidenta de la organización denunció ayer que, desde el interior del partido, se le ha intentado "
    "silenciar para que no asuma posturas públicas en contra de la colectividad tras las expresiones del "
    "presidente del Senado sobre el aborto.",
    "Según explicó, varias compañeras le pidieron que no hablara con la prensa hasta después de la reunión de la "
    "junta de gobierno, algo que ella considera una forma de censura dentro de un partido que se dice plural.",
)


def _story_page(after: str, head_box: str | None = None) -> str:
    head_box = (
        head_box
        or f"""<div class="c9d8e7"><div class="c6f5a4">
<h1 class="cb3c2d">{STORY_TITLE}</h1>
<h2>{STANDFIRST}</h2>
<div class="ce1f0a"><div class="ca9b8c"><p>miércoles, 11 de mayo de 2022 - 3:40 a.m.</p></div></div>
</div></div>"""
    )
    return f"""<!DOCTYPE html>
<html lang="es">{_head(STORY_TITLE, STORY_URL)}
<body>
<div class="cn1o2p"><a href="/">El Diario</a><ul><li><a href="/noticias">Noticias</a></li>
<li><a href="/deportes">Deportes</a></li><li><a href="/opinion">Opinión</a></li></ul></div>
<div class="cq3r4s"><div class="ct5u6v">
{head_box}
{after}
</div></div>
<div class="cw7x8y"><h4>Recibe notificaciones de las noticias más importantes del día.</h4></div>
</body></html>"""


def _story_text() -> str:
    related = "".join(
        f'<div class="cz1a2b"><h3 class="cc3d4e"><a href="/noticias/{i}">{text}</a></h3></div>'
        for i, text in enumerate(
            (
                "El presidente del Senado indica que el aborto de un feto viable es un asesinato",
                "El gobernador ante la posible eliminación del derecho al aborto en el país",
                "Aborto, código electoral y el estatus serán parte de los temas de la junta",
            )
        )
    )
    return f"""<div class="cf5g6h"><div class="ci7j8k"><div>
<div class="cl9m0n"><figure><img src="/fotos/lider.jpg" alt=""><figcaption>La líder anticipó que renunciará a la
presidencia de la organización en las próximas semanas.</figcaption></figure></div>
<div class="co1p2q"><p class="cr3s4t">{STORY[0]}</p><p class="cr3s4t">{STORY[1]}</p>
<aside class="cu5v6w"><span>Relacionados:</span>{related}</aside></div>
</div></div></div>"""


def test_news_text_in_the_head_box_parents_next_sibling_joins() -> None:
    article = extract_article(_story_page(_story_text()), STORY_URL)
    for paragraph in STORY:
        assert paragraph[:60] in article.body
    assert "Recibe notificaciones" not in article.body


# --- guards: what follows the head box is not the article's text ---------------------------------------------

COMMENT = "Siempre es lo mismo con este partido, se habla de pluralidad pero nadie puede decir lo que piensa"
TEASER_TEXT = "Un repaso de lo que dijeron los líderes del partido durante la semana pasada en la capital"


def _wrapped(block: str) -> str:
    # in the same place as the story's text: the next sibling of the head box's parent
    return f'<div class="cf5g6h">{block}</div>'


def test_comment_thread_after_the_head_box_stays_out() -> None:
    comments = "".join(
        f"""<li class="cx{i}a"><div class="cy1b2c"><span>Lectora{i}</span> <span>11 de mayo de 2022 a las 1{i}:00</span>
</div><p>{COMMENT}</p><a href="#responder">Responder</a></li>"""
        for i in range(3)
    )
    article = extract_article(_story_page(_wrapped(f'<ol class="cq1q2q">{comments}</ol>')), STORY_URL)
    assert STANDFIRST[:60] in article.body
    assert COMMENT[:60] not in article.body


def test_related_box_under_its_own_heading_stays_out() -> None:
    teasers = "".join(f'<div class="ct{i}u"><p>{TEASER_TEXT}, parte {i}.</p></div>' for i in range(3))
    related = f'<h2 class="ch1h2h">Te puede interesar</h2>{teasers}'
    article = extract_article(_story_page(_wrapped(related)), STORY_URL)
    assert STANDFIRST[:60] in article.body
    assert TEASER_TEXT not in article.body


def test_head_box_with_the_whole_text_takes_nothing_after_it() -> None:
    head_box = f"""<div class="ca1b2c">
<h2 class="cd3e4f">{TOPLINE}</h2>
<h1 class="cg5h6i">{TITLE}</h1>
<p class="cs3t4u">{TEASER}</p>{"".join(f"<p>{paragraph}</p>" for paragraph in TEXT)}
</div>"""
    other = (
        "Ein ganz anderer Bericht über die Ausbildung an den Fachhochschulen, der hier nur als Vorschau steht und "
        "mit der Tarifrunde nichts zu tun hat, aber lang genug ist, um wie ein Absatz auszusehen."
    )
    article = extract_article(_page(head_box, f'<div class="co1o2o"><div><p>{other}</p></div></div>'), URL)
    assert TEXT[2][:60] in article.body
    assert other[:60] not in article.body


def test_a_copy_of_the_standfirst_after_the_head_box_is_not_read_twice() -> None:
    # a print or app copy of the short text set after the head box (rnz.de's dpa pages served bare)
    copy = f'<div class="cp1p2p"><p>{STANDFIRST}</p><p>{STORY[0]}</p><p>{STORY[1]}</p></div>'
    article = extract_article(_story_page(_wrapped(copy)), STORY_URL)
    assert article.body.count(STANDFIRST[:60]) == 1


# --- review guards (session 9): a brief in its own box, then a bio, a teaser of the next story, the next post --

BRIEF = (
    "La presidenta de la organización denunció ayer que, desde el interior del partido, se le ha intentado "
    "silenciar para que no asuma posturas públicas en contra de la colectividad tras las expresiones del Senado.",
    "Según explicó, varias compañeras le pidieron que no hablara con la prensa hasta después de la reunión de la "
    "junta de gobierno, algo que ella considera una forma de censura dentro de un partido que se dice plural.",
)
BIO = (
    "Marta Quiñones es corresponsal de política del diario desde 2015 y cubre el Senado, la Cámara y los partidos; "
    "antes trabajó en la radio pública y en dos semanarios regionales. Creció en el casco antiguo, estudió ciencias "
    "políticas en Salamanca y recibe datos sobre urbanismo, carreteras y el puerto por Signal o por correo."
)
NEXT_STORY = (
    "El festival del puerto regresa este fin de semana con más de cuarenta conciertos gratuitos, mercados de "
    "artesanía y una exhibición de barcos históricos que podrá visitarse desde el viernes por la tarde. Los "
    "organizadores esperan más de cien mil visitantes y recomiendan llegar en transporte público, porque el "
    "centro estará cerrado al tráfico desde la mañana del sábado."
)


def _brief_page(after: str) -> str:
    """The brief's headline, byline and two paragraphs in one box; `after` is the box's parent's next sibling."""
    head_box = f"""<div class="c9d8e7"><div class="c6f5a4">
<h1 class="cb3c2d">{STORY_TITLE}</h1>
<div class="ce1f0a"><span>Por Marta Quiñones</span> <span>miércoles, 11 de mayo de 2022</span></div>
<p>{BRIEF[0]}</p><p>{BRIEF[1]}</p>
</div></div>"""
    return _story_page(after, head_box)


def test_a_writers_bio_after_a_brief_in_its_own_box_stays_out() -> None:
    bio = f'<div class="cf5g6h"><div><img src="/autores/marta.jpg" alt=""><p>{BIO}</p></div></div>'
    body = extract_article(_brief_page(bio), STORY_URL).body
    assert BRIEF[1][:60] in body
    assert "corresponsal de política" not in body


def test_a_teaser_of_the_next_story_after_the_brief_stays_out() -> None:
    teaser = f"""<div class="cf5g6h"><div><p><a href="/noticias/festival-del-puerto">El festival del puerto regresa
con cuarenta conciertos</a></p><p>{NEXT_STORY}</p></div></div>"""
    body = extract_article(_brief_page(teaser), STORY_URL).body
    assert BRIEF[1][:60] in body
    assert "festival del puerto" not in body


def test_the_next_post_of_a_live_page_after_the_brief_stays_out() -> None:
    post = f'<div class="cf5g6h"><div><div><time>14:32</time></div><p>{NEXT_STORY}</p></div></div>'
    body = extract_article(_brief_page(post), STORY_URL).body
    assert BRIEF[1][:60] in body
    assert "festival del puerto" not in body
