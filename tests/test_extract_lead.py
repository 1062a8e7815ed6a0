"""The standfirst as its own field (`Article.lead`, #10 class 11): each test serves a complete page (head
metadata with a description, navigation, a sidebar of other stories with teaser excerpts, a comment thread)
and checks that the lead the page shows is read, kept apart from the body and never repeated in it."""

from __future__ import annotations

from datetime import datetime, timezone

from telisik.extract import extract_article
from telisik.extract.lead import split_lead

FETCHED = datetime(2026, 1, 28, 3, 0, tzinfo=timezone.utc)
URL = "https://www.stadtanzeiger.example/politik/hochwassermauer-wird-erhoeht-4711"

LEAD = (
    "Nach zehn Jahren Streit ist die Entscheidung gefallen: Die Mauer am Flussufer wird erhöht, "
    "und die Stadt teilt sich die Kosten mit dem Land."
)
DESCRIPTION = "Hochwasserschutz: Stadtrat beschließt Erhöhung der Ufermauer. Alle Details hier lesen."
PARAGRAPHS = [
    "Der Stadtrat hat am Dienstagabend beschlossen, die Hochwassermauer am Flussufer um einen Meter zu erhöhen. "
    "Die Arbeiten sollen im Juli beginnen, sobald das Frühjahrshochwasser vorbei ist.",
    "Anwohner sagten, sie hätten mehr als zehn Jahre auf die Reparatur gewartet, und begrüßten die "
    "Entscheidung. Die Kosten von rund vier Millionen Euro teilen sich Land und Gemeinde.",
    "Der Bürgermeister kündigte an, die Bauarbeiten würden abschnittsweise ausgeführt, damit der Radweg am "
    "Ufer den ganzen Sommer über wenigstens auf einer Seite befahrbar bleibe.",
]
TEASER = (
    "Die Stadtwerke erneuern im Herbst die Leitungen unter der Hauptstraße, die Umleitung dauert bis "
    "Weihnachten und betrifft drei Buslinien."
)


def page(article: str) -> str:
    """A whole page: head with description, navigation, the article, comments, a sidebar with excerpts."""
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Hochwassermauer wird erhöht | Stadtanzeiger</title>
<meta name="description" content="{DESCRIPTION}">
<meta property="og:description" content="{DESCRIPTION}">
<meta property="og:type" content="article">
<meta property="og:title" content="Hochwassermauer wird erhöht">
<meta property="og:site_name" content="Stadtanzeiger">
<meta property="article:published_time" content="2023-10-18T18:30:00+02:00">
</head>
<body class="page-node node-type-article one-sidebar">
<header id="page-header">
  <a href="/" class="logo">Stadtanzeiger</a>
  <nav class="main-menu"><ul>
    <li><a href="/politik">Politik</a></li><li><a href="/wirtschaft">Wirtschaft</a></li>
    <li><a href="/sport">Sport</a></li><li><a href="/kultur">Kultur</a></li>
  </ul></nav>
</header>
<main id="main">
{article}
<section id="comments" class="comments">
  <h2>Kommentare</h2>
  <article class="comment">
    <p class="submitted">Gerhard B. am 19. Oktober 2023 - 13:11</p>
    <p>Endlich passiert etwas, das hat viel zu lange gedauert. Wir warten seit Jahren auf diese Mauer.</p>
  </article>
</section>
</main>
<aside class="sidebar">
  <h2>Meistgelesen</h2>
  <div class="teaser"><h3><a href="/a/1">Umleitung in der Hauptstraße</a></h3>
    <p class="teaser-text">{TEASER}</p></div>
</aside>
<footer class="site-footer"><p>© 2023 Stadtanzeiger · <a href="/impressum">Impressum</a></p></footer>
</body>
</html>"""


def text(items: list[str] = PARAGRAPHS) -> str:
    return "".join(f"<p>{p}</p>" for p in items)


def byline() -> str:
    return '<p class="byline">Von <a href="/autor/anna-muster">Anna Muster</a> · 18. Oktober 2023</p>'


def test_a_standfirst_box_outside_the_text_container_is_the_lead():
    # Drupal/WordPress themes: `div.field-subtitle` under the headline, the paragraphs in their own box.
    article = f"""<article class="node node-article">
      <h1 class="page-title">Hochwassermauer wird erhöht</h1>
      <div class="field field-name-field-subtitle">{LEAD}</div>
      {byline()}
      <div class="field field-name-body">{text()}</div>
    </article>"""
    result = extract_article(page(article), url=URL, fetched_at=FETCHED)
    assert result.lead == LEAD
    assert result.sources["lead"] == "visible:lead"
    assert result.body.startswith(PARAGRAPHS[0][:40])
    assert "Nach zehn Jahren Streit" not in result.body


def test_the_article_headers_own_paragraph_is_the_lead_but_not_its_byline():
    # `<header><h1/><p>standfirst</p><p class=byline/></header>`: no class names the standfirst.
    article = f"""<article class="post">
      <header class="entry-header">
        <h1 class="entry-title">Hochwassermauer wird erhöht</h1>
        <p>{LEAD}</p>
        {byline()}
      </header>
      <div class="entry-content">{text()}</div>
    </article>"""
    result = extract_article(page(article), url=URL, fetched_at=FETCHED)
    assert result.lead == LEAD
    assert "Anna Muster" not in (result.lead or "")
    assert result.body.count("Nach zehn Jahren Streit") == 0


def kept_once(result) -> bool:
    """The standfirst is shown exactly once: in `lead`, or (when the body holds it) in the body."""
    shown = "\n\n".join(part for part in (result.lead, result.body) if part)
    return shown.count("Nach zehn Jahren Streit") == 1


def test_a_lead_paragraph_opening_the_text_box_stays_in_the_body():
    # `p.intro` as the first paragraph of the text container (taz, DW): the body extractor takes it with
    # the rest. Text a body holds stays there (what older versions stored and searched does not move):
    # no separate lead, and nothing twice.
    article = f"""<article class="sectbody">
      <h1>Hochwassermauer wird erhöht</h1>
      {byline()}
      <div class="article-text"><p class="intro">{LEAD}</p>{text()}</div>
    </article>"""
    result = extract_article(page(article), url=URL, fetched_at=FETCHED)
    assert result.lead is None
    assert result.body.split("\n\n")[:2] == [LEAD, PARAGRAPHS[0]]
    assert kept_once(result)


def test_no_lead_from_the_meta_description_or_a_sidebar_teaser():
    article = f"""<article class="post">
      <h1 class="entry-title">Hochwassermauer wird erhöht</h1>
      {byline()}
      <div class="entry-content">{text()}</div>
    </article>"""
    result = extract_article(page(article), url=URL, fetched_at=FETCHED)
    assert result.lead is None
    assert result.description == DESCRIPTION
    assert "Stadtwerke" not in result.body


def test_a_lead_box_holding_the_lead_picture_is_not_a_standfirst():
    # `article__lead-content` / `lead-art-block`: the lead *media*; its text is a caption.
    article = f"""<article class="article">
      <h1 class="article__headline">Hochwassermauer wird erhöht</h1>
      <div class="article__lead-content"><figure class="image-element">
        <img src="/img/mauer.jpg" alt="">
        <figcaption>Die alte Ufermauer am Dienstagabend, kurz vor der Abstimmung im Stadtrat, von der Brücke aus gesehen</figcaption>
      </figure></div>
      <div class="article__intro">{LEAD}</div>
      {byline()}
      <div class="article__body">{text()}</div>
    </article>"""
    result = extract_article(page(article), url=URL, fetched_at=FETCHED)
    assert "Ufermauer" not in (result.lead or "")
    assert kept_once(result)


def test_a_lead_class_in_the_middle_of_the_text_stays_in_the_body():
    middle = f"<p>{PARAGRAPHS[0]}</p><p class='lead'>{LEAD}</p><p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"
    body, lead = split_lead("\n\n".join([PARAGRAPHS[0], LEAD, PARAGRAPHS[1]]), LEAD)
    assert lead is None and LEAD in body
    article = f"""<article class="post">
      <h1 class="entry-title">Hochwassermauer wird erhöht</h1>
      {byline()}
      <div class="entry-content">{middle}</div>
    </article>"""
    result = extract_article(page(article), url=URL, fetched_at=FETCHED)
    assert result.lead is None
    assert result.body.count("Nach zehn Jahren Streit") == 1


def test_a_body_that_is_only_the_lead_keeps_it():
    body, lead = split_lead(LEAD, LEAD)
    assert (body, lead) == (LEAD, None)


def test_the_lead_is_in_the_public_shape():
    article = f"""<article class="node node-article">
      <h1 class="page-title">Hochwassermauer wird erhöht</h1>
      <div class="field field-name-field-subtitle">{LEAD}</div>
      {byline()}
      <div class="field field-name-body">{text()}</div>
    </article>"""
    data = extract_article(page(article), url=URL, fetched_at=FETCHED).to_dict()
    assert data["lead"] == LEAD


def share_bar() -> str:
    icons = "".join(
        f'<li class="share-{name}"><a href="#" class="popup"><i class="fab fa-{name}"></i></a></li>'
        for name in ("facebook", "twitter", "xing", "linkedin", "whatsapp", "pocket", "flipboard", "email")
    )
    return f'<ul class="content__meta"><li class="date">18.10.2023</li><li>3 Min. Lesezeit</li>{icons}</ul>'


def test_an_h2_right_after_the_headline_is_the_dek():
    # `<h1/><h2>dek</h2>` with no class at all (hgroup-less templates), then a share bar and the text.
    article = f"""<article>
      <h1>Hochwassermauer wird erhöht</h1>
      <h2>{LEAD}</h2>
      {share_bar()}
      <div class="text">{text()}</div>
    </article>"""
    result = extract_article(page(article), url=URL, fetched_at=FETCHED)
    assert result.lead == LEAD
    assert "Nach zehn Jahren Streit" not in result.body


def test_a_lead_after_a_long_share_bar_in_its_own_header_is_found():
    # The headline sits in a header of its own; a share bar of icons comes first, then the article header
    # with the intro (spektrum, wmn): the lead is looked for until the text begins, not in a few elements.
    article = f"""<div class="row">
      <h1>Hochwassermauer wird erhöht</h1>
      {share_bar()}{share_bar()}
      <article class="content"><header class="article-header">
        <div class="content__intro">{LEAD}</div></header>
        <div class="content__body">{text()}</div>
      </article>
    </div>"""
    result = extract_article(page(article), url=URL, fetched_at=FETCHED)
    assert result.lead == LEAD


def test_a_summary_box_after_the_text_has_begun_is_neither_the_lead_nor_lost():
    # A "summary" box at the end of the article (key points) is not a standfirst: the text began before it.
    article = f"""<article class="post">
      <h1 class="entry-title">Hochwassermauer wird erhöht</h1>
      {byline()}
      <div class="entry-content">{text()}<div class="summary">{LEAD}</div></div>
    </article>"""
    result = extract_article(page(article), url=URL, fetched_at=FETCHED)
    assert result.lead is None
    assert result.body.count("Nach zehn Jahren Streit") == 1


def test_a_drop_cap_first_paragraph_classed_lead_stays_in_the_body():
    # Condé Nast templates: `p.has-dropcap__lead-standard-heading` is the text's first paragraph.
    first = f'<p class="has-dropcap has-dropcap__lead-standard-heading">{PARAGRAPHS[0]}</p>'
    article = f"""<article class="article">
      <h1 class="content-header__hed">Hochwassermauer wird erhöht</h1>
      {byline()}
      <div class="body__inner-container">{first}{text(PARAGRAPHS[1:])}</div>
    </article>"""
    result = extract_article(page(article), url=URL, fetched_at=FETCHED)
    assert result.lead is None
    assert result.body.startswith(PARAGRAPHS[0][:40])


def test_a_no_sidebar_layout_wrapper_is_not_a_sidebar():
    # `site__main--no-sidebar`, `has-sidebar`, `one-sidebar`: theme classes saying whether the page has a
    # sidebar (#10 class 12). The article inside them is neither thrown away nor its intro and byline ignored.
    article = f"""<div class="layout layout--no-sidebar"><div class="wrap has-sidebar">
      <h1 class="breadcrumb__h1">Hochwassermauer wird erhöht</h1>
      <section class="page-top"><div class="intro-text"><p>{LEAD}</p></div></section>
      {byline()}
      <div class="rich">{text()}</div>
    </div></div>"""
    result = extract_article(page(article), url=URL, fetched_at=FETCHED)
    assert kept_once(result)
    assert PARAGRAPHS[0][:40] in result.body
    assert "Stadtwerke" not in result.body


def test_a_hero_box_text_and_a_story_description_box_are_leads():
    # Corporate and magazine templates put the standfirst into the page's hero box (`page-hero__text`) or
    # a story's own `news-description` paragraph, under the headline.
    hero = f"""<div class="m-page-hero"><h1 class="m-page-hero__headline">Hochwassermauer wird erhöht</h1>
      <div class="m-page-hero__text"><p>{LEAD}</p></div></div>
      <div class="m-content">{byline()}{text()}</div>"""
    described = f"""<article class="article detail"><h1>Hochwassermauer wird erhöht</h1>
      <p class="news-description">{LEAD}</p>{byline()}<div class="news-text">{text()}</div></article>"""
    for article in (hero, described):
        result = extract_article(page(article), url=URL, fetched_at=FETCHED)
        assert kept_once(result)
