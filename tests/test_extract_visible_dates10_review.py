"""Guards from the read-only review of the session-10 date rules (issue #10).

The review of wip-dates10 (telisik/extract/published.py, sitezone.py) found pages where the new rules took the
wrong date; each test below is one of those page shapes, a full page, and failed before the mend:

- `_original_behind_shown`: a recycled page's stale metadata pair (JSON-LD and `article:published_time` on
  an old day) under a byline whose own `<time datetime>` shows a later bare day, or whose URL files the page
  under the shown day (`/2026/02/10/`), kept the stale day; so did the ad-magazin.de shape when the shown day
  has a date-only `<time datetime>`.
- `_top_bar_date`: a header-classed row above the headline with the date and one rubric link and no menu
  (`header.detail-top`, `div.story-masthead`: Indonesian portals' detail pages) is the article's date row, not
  the site's top bar.
- `LIST_ITEM_DEPTH` 8: an article's meta list (`ul.post-info > li`, the date seven levels down beside a `<p>`
  label) was taken for a comment thread; the theme's `This entry was posted on ...` sentence in the one-post
  list of an old blog theme (`ul.posts > li.post > h1`) was taken for another post's.
- `_in_quotation`: a short indented box (`blockquote.info`, a press office's name and the day) under a
  release is the page's own, not an embedded post.
- `day_zone`: a bare day on a .com.br page whose `article:modified_time` falls before that day's midnight in
  Brasília was written in UTC.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest

from telisik.extract import extract_article

FETCHED = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)

ENGLISH_PARAGRAPHS = """
<p>The county board voted on Tuesday night to keep the rural clinic open through the summer, after nurses
and residents filled the meeting room to argue that the nearest emergency department is an hour away.</p>
<p>Board members said the decision buys time to find a permanent operator, and that a grant application
filed in January would, if approved, cover staffing costs for at least two more years of service.</p>
<p>Residents who spoke at the meeting described long drives in winter, and one retired teacher said the
clinic had treated her husband twice for falls on icy steps outside their farmhouse last December.</p>
"""

INDONESIAN_PARAGRAPHS = """
<p>Banjir setinggi satu meter merendam tiga desa di pesisir utara sejak Selasa malam setelah hujan deras
mengguyur wilayah itu selama hampir sepuluh jam tanpa henti, menurut keterangan petugas setempat.</p>
<p>Ratusan warga mengungsi ke balai desa dan masjid terdekat, sementara petugas gabungan mendirikan dapur
umum dan membagikan selimut serta makanan siap saji kepada para pengungsi sejak pagi hari.</p>
<p>Kepala desa meminta pemerintah kabupaten segera memperbaiki tanggul sungai yang jebol sepanjang dua puluh
meter, karena air laut pasang diperkirakan masih akan naik hingga akhir pekan ini.</p>
"""

PORTUGUESE_PARAGRAPHS = """
<p>A prefeitura anunciou nesta sexta-feira o início das obras de recapeamento da avenida principal, que
deve ficar parcialmente interditada durante as próximas seis semanas, segundo a secretaria de obras.</p>
<p>Os motoristas devem usar as rotas alternativas sinalizadas pela companhia de trânsito, que também
ampliou o horário dos agentes nos cruzamentos mais movimentados do centro da cidade.</p>
<p>Comerciantes da região pediram que os trabalhos sejam feitos à noite para reduzir o impacto nas vendas,
e a prefeitura disse que vai avaliar o pedido junto com a empresa responsável pela obra.</p>
"""


def _page(*, lang: str, site: str, title: str, head: str, body: str) -> str:
    """A full news page: head with metadata, the site's top bar and menu, the article, a sidebar of other
    stories, comments and a footer."""
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{title} | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site}">
<meta property="og:type" content="article">
{head}
</head><body>
<div class="topnav"><a href="/" class="logo">{site}</a>
<ul class="menu"><li><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li>
<li><a href="/opinion/">Opinion</a></li></ul></div>
{body}
<aside class="sidebar"><h3>Most read</h3><ul>
<li><a href="/a/road-work-route-9">Road work on Route 9 begins</a></li>
<li><a href="/a/library-hours">Library extends hours</a></li></ul></aside>
<footer class="site-footer"><p>&copy; 2026 {site}</p>
<a href="/contact">Contact</a> · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></footer>
</body></html>"""


def _extract(html: str, url: str):
    return extract_article(html, url=url, fetched_at=FETCHED)


def _json_ld(data: dict) -> str:
    return '<script type="application/ld+json">' + json.dumps(data) + "</script>"


# A recycled page: the CMS kept the first version's publication stamps (JSON-LD and the Open Graph meta agree).
STALE_PAIR = (
    _json_ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Clinic stays open through summer",
            "datePublished": "2025-06-02T08:15:00-05:00",
        }
    )
    + '\n<meta property="article:published_time" content="2025-06-02T08:15:00-05:00">'
)


def _herald(head: str, byline: str, title: str = "Clinic stays open through summer") -> str:
    body = f"""<main><article class="story">
<h1 class="story-title">{title}</h1>
<p class="byline">{byline}</p>
<div class="story-body">{ENGLISH_PARAGRAPHS}</div>
</article>
<section class="comments"><h2>Comments</h2><div class="comment"><b>Reader52</b>
<p>Glad they listened to the nurses.</p></div></section></main>"""
    return _page(lang="en-US", site="County Herald", title=title, head=head, body=body)


def test_byline_stamp_on_a_bare_day_beats_a_stale_metadata_pair() -> None:
    """The byline's own `<time datetime>` shows a bare day months after the stale pair: it is the shown
    line's stamp, not a second machine date, so the shown day stays (a ticker shows its entry's time)."""
    byline = 'By Dana Miller · <time datetime="2026-02-10T09:30:00-06:00">February 10, 2026</time>'
    article = _extract(_herald(STALE_PAIR, byline), "https://www.countyherald.com/news/clinic-stays-open")
    assert article.published is not None
    assert article.published.date() == date(2026, 2, 10)


def test_shown_day_the_url_files_the_page_under_beats_a_stale_pair() -> None:
    """A second stamp on the shown day (`parsely-pub-date`, Drupal's `dcterms.issued`) and a URL filing the
    page under that day: the CMS published it then, the older pair is stale."""
    parsely = STALE_PAIR + '\n<meta name="parsely-pub-date" content="2026-02-10T15:30:00Z">'
    article = _extract(
        _herald(parsely, "By Dana Miller | Published February 10, 2026"),
        "https://www.countyherald.com/news/2026/02/10/clinic-stays-open",
    )
    assert article.published is not None
    assert article.published.date() == date(2026, 2, 10)
    drupal = """<meta property="article:published_time" content="2025-11-03T14:22:10+01:00">
<meta name="dcterms.created" content="2025-11-03T14:22:10+01:00">
<meta name="dcterms.issued" content="2026-02-10T10:00:00+01:00">"""
    title = "Minister opens new rail link"
    article = _extract(
        _herald(drupal, '<span class="field--name-field-date">10 February 2026</span>', title),
        "https://www.countyherald.com/news/2026/02/10/minister-opens-rail-link",
    )
    assert article.published is not None
    assert article.published.date() == date(2026, 2, 10)


def test_later_shown_day_with_a_date_only_stamp_keeps_winning() -> None:
    """ad-magazin.de's shape (stale creation stamps in JSON-LD and meta) when the shown day is a `<time
    datetime="2022-01-27">`: that stamp is the line's own, the shown day is the publication."""
    head = """<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article",
"datePublished": "2021-11-22T18:42:22.455+01:00"}</script>
<meta property="article:published_time" content="2021-11-22T17:42:22.455Z">"""
    byline = 'Von Anna Muster · <time datetime="2022-01-27">27.01.2022</time>'
    article = _extract(_herald(head, byline), "https://www.weine.example.de/news/klinik-bleibt-offen")
    assert article.published is not None
    assert article.published.date() == date(2022, 1, 27)


def _portal(detail_top: str) -> str:
    """An Indonesian portal's detail page without metadata: the row above the headline holds the day and
    the rubric link; the site's own header with its menu sits apart at the top."""
    body = f"""<header class="site-header"><a href="/" class="brand">Berita Pesisir</a>
<nav class="main-nav"><a href="/daerah/">Daerah</a> <a href="/nasional/">Nasional</a>
<a href="/ekonomi/">Ekonomi</a> <a href="/olahraga/">Olahraga</a></nav></header>
<div class="container"><div class="detail">
{detail_top}
<h1 class="detail-title">Banjir rendam tiga desa di pesisir</h1>
<div class="detail-author">Penulis: Ahmad Fauzi</div>
<div class="detail-text">{INDONESIAN_PARAGRAPHS}</div></div>
<div class="related"><h3>Berita terkait</h3><ul>
<li><a href="/daerah/jalan-rusak">Jalan rusak dikeluhkan warga</a> <span>12 Januari 2026</span></li>
<li><a href="/ekonomi/harga-cabai">Harga cabai naik</a> <span>10 Januari 2026</span></li></ul></div></div>"""
    return _page(
        lang="id", site="Berita Pesisir", title="Banjir rendam tiga desa di pesisir", head="", body=body
    )


PORTAL_URL = "https://www.beritapesisir.com/daerah/banjir-rendam-tiga-desa"


@pytest.mark.parametrize(
    "row",
    [
        '<header class="detail-top"><span class="detail-date">Rabu, 28 Januari 2026</span>'
        ' <a href="/daerah/">Daerah</a></header>',
        '<div class="story-masthead"><span class="detail-date">Rabu, 28 Januari 2026</span>'
        ' <a href="/daerah/">Daerah</a></div>',
    ],
)
def test_header_classed_row_above_the_headline_without_menu_is_the_articles(row: str) -> None:
    article = _extract(_portal(row), PORTAL_URL)
    assert article.published is not None
    assert article.published.date() == date(2026, 1, 28)


def test_top_bar_with_the_site_menu_is_still_todays_date() -> None:
    """Must not fire: the same day in a top bar that holds the site's menu is the day the page was shown."""
    row = (
        '<div class="topbar"><span class="today">Rabu, 28 Januari 2026</span> <a href="/indeks/">Indeks</a>'
        ' <a href="/redaksi/">Redaksi</a> <a href="/kontak/">Kontak</a></div>'
    )
    article = _extract(_portal(row), PORTAL_URL)
    assert article.published is None or article.published.date() != date(2026, 1, 28)


def test_meta_list_date_deep_beside_its_label_is_the_articles() -> None:
    """A theme's meta list under the text, each item `li > div > div > p(label) + div > div > span > a >
    span`: the `Diterbitkan` label is the item's paragraph, but seven levels is the reach of comment markup
    only (a nested `<article>`, dated siblings), not of an item's paragraph."""

    def item(label: str, value: str, href: str) -> str:
        return (
            f'<li><div class="a"><div class="b"><p class="lbl">{label}</p><div class="c"><div class="d">'
            f'<span><a href="{href}"><span>{value}</span></a></span></div></div></div></div></li>'
        )

    body = f"""<main><div class="single"><h1>Banjir rendam tiga desa di pesisir</h1>
<div class="content">{INDONESIAN_PARAGRAPHS}{INDONESIAN_PARAGRAPHS}</div>
<ul class="post-info">{item("Diterbitkan", "12 Januari 2026", "/arsip/2026/01/12/")}
{item("Kategori", "Daerah", "/daerah/")}{item("Penulis", "Ahmad Fauzi", "/penulis/ahmad-fauzi/")}</ul>
</div></main>"""
    html = _page(
        lang="id", site="Berita Pesisir", title="Banjir rendam tiga desa di pesisir", head="", body=body
    )
    article = _extract(html, PORTAL_URL)
    assert article.published is not None
    assert article.published.date() == date(2026, 1, 12)


def test_theme_sentence_in_the_one_post_list_is_the_posts() -> None:
    """Kubrick-era themes print the post as the item of a one-post list (`ul.posts > li.post > h1`), the
    `This entry was posted on ...` sentence six levels down: an event line in the text does not outrank it."""
    foot = (
        '<div class="w1"><div class="w2"><div class="postmetadata"><p><small><span>This entry was posted on'
        ' Tuesday, March 5th, 2024 at 3:21 pm and is filed under <a href="/c/news/">News</a>. You can follow'
        ' any responses to this entry through the <a href="/feed/">RSS 2.0</a> feed.</span></small></p>'
        "</div></div></div>"
    )
    body = f"""<div id="content"><ul class="posts"><li class="post"><h1>Clinic stays open through summer</h1>
<p>Next board meeting: April 16, 2024</p>{ENGLISH_PARAGRAPHS}{foot}</li></ul></div>"""
    html = _page(
        lang="en", site="Prairie Notes", title="Clinic stays open through summer", head="", body=body
    )
    article = _extract(html, "https://prairienotes.example.org/clinic-stays-open/")
    assert article.published is not None
    assert article.published.date() == date(2024, 3, 5)


def test_short_indented_box_after_the_release_dates_it() -> None:
    """A press office's box (`blockquote.info`: the office and the day) under a release, no link, no
    neighbouring quote, short: the page's own, not an embedded post."""
    box = (
        '<blockquote class="info"><p>Press office, Department of Emergency Services</p>'
        "<p>March 3, 2024</p></blockquote>"
    )
    body = f"""<div class="content"><h1>Governor announces flood relief funds</h1>
{ENGLISH_PARAGRAPHS}{ENGLISH_PARAGRAPHS}{box}</div>"""
    html = _page(
        lang="en", site="State News", title="Governor announces flood relief funds", head="", body=body
    )
    article = _extract(html, "https://www.state.example.gov/news/flood-relief")
    assert article.published is not None
    assert article.published.date() == date(2024, 3, 3)


def _brazilian(head: str) -> str:
    body = f"""<main><article><h1>Prefeitura anuncia obras na avenida</h1>
<div class="meta">30 de janeiro de 2026</div>{PORTUGUESE_PARAGRAPHS}</article></main>"""
    return _page(
        lang="pt-BR",
        site="Jornal da Cidade",
        title="Prefeitura anuncia obras na avenida",
        head=head,
        body=body,
    )


BRAZIL_URL = "https://www.jornaldacidade.com.br/noticias/prefeitura-anuncia-obras"


def test_bare_day_changed_before_its_midnight_in_brasilia_is_utcs() -> None:
    """`article:modified_time` 01:00 UTC on the 30th is the evening of the 29th in Brasília: the bare `30 de
    janeiro de 2026` was written in UTC (a page is not changed before it is published)."""
    html = _brazilian('<meta property="article:modified_time" content="2026-01-30T01:00:00Z">')
    article = _extract(html, BRAZIL_URL)
    assert article.published is not None and article.modified is not None
    assert article.published.utcoffset() == timedelta(0)
    assert article.published.date() == date(2026, 1, 30)
    assert article.modified >= article.published


def test_bare_day_changed_later_that_day_stays_brasilias() -> None:
    """Must not change: a modification after the day's midnight in Brasília leaves the day in its zone."""
    html = _brazilian('<meta property="article:modified_time" content="2026-01-30T12:00:00Z">')
    article = _extract(html, BRAZIL_URL)
    assert article.published is not None
    assert article.published.utcoffset() == timedelta(hours=-3)
    assert article.published.date() == date(2026, 1, 30)
