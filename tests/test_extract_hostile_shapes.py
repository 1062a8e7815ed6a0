"""Hostile page shapes found by the session-8 stress review: no crash, and bounded work, on pages a scraper or an
attacker can serve.

- JSON-LD nested past Python's recursion limit (a 4 kB page) raised RecursionError out of the JSON decoder and the
  page was not archived: it is now read as no JSON-LD, and the visible page still gives title, byline and body;
- a `str` page holding a lone surrogate (text decoded with `surrogateescape`) made lxml's feed raise;
- thousands of `article:tag` metas, JSON-LD keywords or JSON-LD authors were deduplicated by list membership
  (quadratic): they are now capped (tags 200, names 50) and deduplicated in order;
- one element whose text nodes interleave with its children's (`Penulis: A <b>Editor: B</b> Penulis: A ...`) was
  listed once per text node as a credit/date/name line, and every consumer read it again each time;
- nested headings were each read whole before the length test (8000 nested `<h1>`s with text: minutes).

Work is counted (calls), not timed: speed lives in benchmarks/hostile_pages.py.
"""

from __future__ import annotations

import json

from bs4 import BeautifulSoup

import telisik.extract.headline as headline_module
from telisik.extract import extract_article
from telisik.extract.jsonld import MAX_KEYWORDS, MAX_NAMES
from telisik.extract.metadata import scan_page

URL = "https://kabarsumut.id/news/2022/12/05/banjir-medan"


def page(
    head: str = "", inside: str = "", headline: str = "Banjir Rendam Ratusan Rumah di Kota Medan"
) -> str:
    """A plain Indonesian regional article page; the hostile part goes into `head` or `inside`."""
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>{headline} - Kabar Sumut</title>
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="Kabar Sumut">{head}</head><body>
<nav class="menu"><a href="/">Beranda</a> <a href="/news">News</a> <a href="/olahraga">Olahraga</a></nav>
<article class="post"><h1 class="entry-title">{headline}</h1>
<div class="byline">Penulis: Andi Pratama</div><div class="date">Senin, 5 Desember 2022 10:15 WIB</div>
<div class="content"><p>MEDAN - Banjir merendam ratusan rumah warga di Kecamatan Medan Maimun setelah hujan
deras mengguyur kota sejak Minggu malam. Air setinggi satu meter masuk ke rumah warga.</p>
<p>Kepala BPBD Kota Medan mengatakan bahwa petugas telah dikerahkan untuk membantu evakuasi warga yang
terjebak di rumah mereka dan membagikan makanan di posko pengungsian.</p>{inside}</div></article>
<aside class="sidebar"><h3>Terpopuler</h3><ul><li><a href="/a">Harga cabai naik</a></li></ul></aside>
<footer>Copyright 2022 Kabar Sumut</footer></body></html>"""


def count_calls(monkeypatch, module, name: str) -> list[int]:
    """Replace `module.name` by a wrapper counting its calls; the count is the list's one item."""
    count = [0]
    real = getattr(module, name)

    def counting(*args, **kwargs):
        count[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return count


def test_json_ld_nested_past_the_recursion_limit_is_no_crash_and_the_visible_page_still_reads():
    deep = '<script type="application/ld+json">' + "[" * 1100 + "{}" + "]" * 1100 + "</script>"
    article = extract_article(page(head=deep), URL)
    assert article.title == "Banjir Rendam Ratusan Rumah di Kota Medan"
    assert article.authors == ["Andi Pratama"]
    assert "Banjir merendam ratusan rumah" in article.body


def test_json_ld_nested_just_under_the_decoders_limit_is_dropped_not_recursed_into():
    author = '"Andi Pratama"'
    for _ in range(900):
        author = "[" + author + "]"
    node = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Banjir", "author": ' + author
    )
    article = extract_article(page(head=f'<script type="application/ld+json">{node}}}</script>'), URL)
    assert article.authors == ["Andi Pratama"]  # from the visible byline


def test_a_str_page_with_a_lone_surrogate_is_read_with_a_replacement_character():
    article = extract_article(page(headline="Banjir di Medan \udcff Hari Ini"), URL)
    assert article.title == "Banjir di Medan \ufffd Hari Ini"
    assert "Banjir merendam ratusan rumah" in article.body


def test_thousands_of_tag_metas_are_deduplicated_in_order_and_capped():
    metas = "".join(f'<meta property="article:tag" content="topik {n % 3000}">' for n in range(6000))
    article = extract_article(page(head=metas), URL)
    assert len(article.tags) == MAX_KEYWORDS
    assert article.tags[:3] == ["topik 0", "topik 1", "topik 2"]


def test_thousands_of_json_ld_authors_are_capped():
    people = [{"@type": "Person", "name": f"Penulis Nomor {n}"} for n in range(3000)]
    node = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Banjir", "author": people}
    head = f'<script type="application/ld+json">{json.dumps(node)}</script>'
    article = extract_article(page(head=head), URL)
    assert 0 < len(article.authors) <= MAX_NAMES


def test_an_element_interleaving_its_text_with_its_childrens_is_listed_once():
    pieces = "Penulis: Andi Pratama <b>Editor: Budi Santoso</b> " * 300
    soup = BeautifulSoup(page(inside=f"<p>{pieces}</p>"), "lxml")
    scan = scan_page(soup)
    tags = [id(line.tag) for line in scan.credit_lines]
    assert len(tags) == len(set(tags))
    assert len(tags) < 310  # the <p> once, each <b> once


def test_nested_headings_are_not_each_read_whole(monkeypatch):
    reads = count_calls(monkeypatch, headline_module, "element_text")
    nested = "<h1>Kabar terbaru dari seluruh penjuru Sumatra Utara hari ini " * 600 + "</h1>" * 600
    article = extract_article(page(inside=nested), URL)
    assert article.title == "Banjir Rendam Ratusan Rumah di Kota Medan"
    # Only the few innermost headings (under 1600 characters of text) are read whole, not all 600.
    assert reads[0] < 100


def test_a_title_of_thousands_of_segments_is_cleaned_in_linear_work(monkeypatch):
    """`clean_title` dropped short end segments one by one, re-counting the words of all the others each time
    (a 4000-segment `<title>`: 20 s)."""
    calls = count_calls(monkeypatch, headline_module, "tokens")
    title = " | ".join(["Kabar"] * 200) + " | Banjir Rendam Ratusan Rumah di Kota Medan"
    assert headline_module.clean_title(title, []) == "Banjir Rendam Ratusan Rumah di Kota Medan"
    assert calls[0] < 3 * 200


def test_pull_quotes_and_lightbox_captions_are_still_recognised_among_many():
    """Pull quotes and lightbox captions are now searched in one joined string (thousands of quotes or gallery
    captions were compared one by one with every paragraph): the answers stay the same."""
    paragraphs = "".join(
        f"<p>Warga kampung nomor {n} mengungsi ke balai desa setelah air sungai naik setinggi pinggang orang "
        f"dewasa pada malam hari.</p>"
        for n in range(300)
    )
    pull = "<blockquote><p>Warga kampung nomor 7 mengungsi ke balai desa</p></blockquote>"
    own = "<blockquote><p>Kami belum pernah melihat banjir sebesar ini, kata seorang warga.</p></blockquote>"
    gallery = "".join(
        f'<a data-caption="Foto galeri banjir nomor {n} di Kecamatan Medan Maimun"><img src="/g{n}.jpg"></a>'
        for n in range(300)
    )
    caption = "<p>Foto galeri banjir nomor 42 di Kecamatan Medan Maimun</p>"
    article = extract_article(page(inside=pull + paragraphs + own + gallery + caption), URL)
    body = article.body
    assert "Kami belum pernah melihat banjir sebesar ini" in body
    assert body.count("Warga kampung nomor 7 mengungsi ke balai desa") == 1
    assert "Foto galeri banjir nomor 42" not in body


def test_many_dates_in_lists_without_a_headline_cost_no_walk_each(monkeypatch):
    """With no headline to stop it, `_after_text` walked back to the document's start from every dated list
    item, and every date of one long comment asked the same questions of its item and list again (2000 dates in
    one comment: 8 s). The page's text blocks are indexed once, the answers kept per page."""
    import telisik.extract.published as published

    walks = count_calls(monkeypatch, published, "_after_text_walk")
    lists = count_calls(monkeypatch, published, "_items_with_own_text")
    stamps = "".join(
        f'<time datetime="2022-12-05T10:{n % 60:02d}:00+07:00">5 Des</time> ' for n in range(600)
    )
    comments = (
        f"<ul><li><p>Komentar pembaca yang panjang.</p>{stamps}</li><li><time>x</time><p>y</p></li></ul>"
    )
    listing = "<ul>" + "".join(
        f"<li><time datetime='2022-12-0{n % 9 + 1}'>{n}</time></li>" for n in range(600)
    )
    html = (
        page(inside=comments + listing + "</ul>")
        .replace('<h1 class="entry-title">', "<div>")
        .replace("</h1>", "</div>")
    )
    extract_article(html, URL)
    assert walks[0] <= 8
    assert lists[0] <= 2


def test_picture_sizes_in_superscript_or_circled_digits_crash_nothing_and_keep_the_body():
    """`'²'.isdigit()` is true and `int('²')` raises: a picture `width="²"` after the headline crashed the
    avatar rule, and inside the text it emptied the body (the body's catch-all swallowed the error)."""
    pictures = '<img src="/a.jpg" width="²" height="①"><img src="/b.jpg" width="' + "9" * 5000 + '">'
    article = extract_article(page(inside=f"<p>{pictures}</p>"), URL)
    assert article.authors == ["Andi Pratama"]
    assert "Banjir merendam ratusan rumah" in article.body


def test_broken_addresses_in_a_meta_bar_crash_nothing():
    bar = (
        '<div class="bar"><a href="http://[::1">Bagikan</a> <a href="https://a]b/">Kirim</a> '
        "<span>Senin, 5 Desember 2022 10:15 WIB</span></div>"
    )
    html = page(
        inside=bar + "<p>" + "Petugas membagikan makanan kepada para pengungsi di posko. " * 4 + "</p>"
    )
    for url in (URL, "http://[::1/news/banjir"):
        article = extract_article(html, url)
        assert article.published is not None


def test_a_title_of_a_hundred_thousand_segments_is_cut_not_kept_whole():
    head = "<title>" + "x y z – " * 100_000 + "</title>"
    html = page().replace("<title>", head + "<title>", 1)
    article = extract_article(html, URL)
    assert article.title == "Banjir Rendam Ratusan Rumah di Kota Medan"
    assert len(headline_module.clean_title("x y z – " * 100_000, [])) <= headline_module.MAX_TITLE_CHARS
