"""Hostile page shapes left over from the session-8 stress review: many nested `<h1>`s and no byline.

lxml nests an unclosed `<h1>` inside the open one, so a page of 1000 unclosed headings holds 1000 headings, each
holding the text of all the ones inside it. Three rules read every such heading whole (quadratic: 1000 nested
headings took 1.3 s, 2000 took 3.2 s):

- the box about the author after the text (`people._people_from_author_box`) read each heading after the
  headline before testing its length (40 characters): a bounded count (`text_longer_than`) now comes first;
- the first shown `<h1>` on a page with only a `<title>` (`headline._first_own_h1`) read each one before
  testing its length (400 characters): the same bounded count comes first;
- `metadata.text_shorter_than` walked `.strings`, whose `descendants` first walks down to the element's last
  descendant (the whole depth on every call): it now reads children lists on a stack, exactly as before.

Nested `<h1>`s with no text of their own around a single word at the bottom passed those bounded counts (each
reads to the bottom and finds one word) and were then read whole, two walks per heading (1000 nested 0.5 s,
2000 1.7 s): the headings' stripped lengths and folded texts are now measured once per page, bottom-up
(`metadata.heading_text`, `metadata.heading_stripped_length`), and the headline and author-box rules read them.

Work is counted (calls), not timed: speed lives in benchmarks/hostile_pages.py ("nested headings, no byline").
"""

from __future__ import annotations

import gc

import pytest
from bs4 import BeautifulSoup, NavigableString, Tag

import telisik.extract.assemble as assemble_module
from telisik.errors import ExtractionError
from telisik.extract import extract_article
from telisik.extract.metadata import (
    element_text,
    heading_stripped_length,
    heading_text,
    scan_page,
    text_shorter_than,
)
from tests.test_extract_hostile_shapes import count_calls

URL = "https://kabarsumut.id/news/2022/12/05/banjir-medan"
HEADING = "Kabar terbaru dari penjuru Sumatra Utara "


def page(nested: int, head: str = "") -> str:
    """A regional news page without a byline whose text ends with `nested` unclosed headings."""
    headings = f"<h1>{HEADING}" * nested + "</h1>" * nested
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Banjir Rendam Ratusan Rumah di Kota Medan - Kabar Sumut</title>{head}</head><body>
<nav class="menu"><a href="/">Beranda</a> <a href="/news">News</a> <a href="/olahraga">Olahraga</a></nav>
<article class="post"><h2 class="entry-title">Banjir Rendam Ratusan Rumah di Kota Medan</h2>
<div class="date">Senin, 5 Desember 2022 10:15 WIB</div>
<div class="content"><p>MEDAN - Banjir merendam ratusan rumah warga di Kecamatan Medan Maimun setelah hujan
deras mengguyur kota sejak Minggu malam. Air setinggi satu meter masuk ke rumah warga.</p>
<p>Kepala BPBD Kota Medan mengatakan bahwa petugas telah dikerahkan untuk membantu evakuasi warga yang
terjebak di rumah mereka dan membagikan makanan di posko pengungsian.</p>{headings}</div></article>
<aside class="sidebar"><h3>Terpopuler</h3><ul><li><a href="/a">Harga cabai naik</a></li></ul></aside>
<footer>Copyright 2022 Kabar Sumut</footer></body></html>"""


OG_TITLE = '<meta property="og:title" content="Banjir Rendam Ratusan Rumah di Kota Medan">'


def descent_walks(monkeypatch, html: str) -> int:
    """How often extraction walks down to an element's last descendant (each such walk goes the whole depth
    of a nested element: bs4's `descendants`, `.strings` and `get_text` start with one)."""
    walks = count_calls(monkeypatch, Tag, "_last_descendant")
    extract_article(html, URL)
    return walks[0]


@pytest.mark.parametrize("head", ["", OG_TITLE], ids=["title only", "og:title"])
def test_nested_headings_without_a_byline_are_not_each_read_whole(monkeypatch, head):
    article = extract_article(page(300, head), URL)
    assert article.title == "Banjir Rendam Ratusan Rumah di Kota Medan"
    assert article.authors == []
    assert "Banjir merendam ratusan rumah" in article.body
    # Twice the headings, the same walks: no rule reads each nested heading down to its end.
    assert descent_walks(monkeypatch, page(300, head)) == descent_walks(monkeypatch, page(150, head)) < 100


def empty_headings_page(nested: int) -> str:
    """The same page whose text ends with `nested` unclosed headings holding nothing but one word at the bottom."""
    return page(0).replace("</p></div>", "</p>" + "<h1>" * nested + "Kabar" + "</h1>" * nested + "</div>", 1)


def bottom_reads(monkeypatch, html: str) -> int:
    """Walks to an element's last descendant plus reads of a string's characters (`strip`, `split`): each
    heading read whole reads the word at the bottom of the nesting once more."""
    counts = [count_calls(monkeypatch, Tag, "_last_descendant")]
    counts += [count_calls(monkeypatch, NavigableString, name) for name in ("strip", "split")]
    extract_article(html, URL)
    monkeypatch.undo()
    return sum(count[0] for count in counts)


def test_nested_empty_headings_around_one_word_are_measured_once(monkeypatch):
    article = extract_article(empty_headings_page(300), URL)
    assert article.title == "Banjir Rendam Ratusan Rumah di Kota Medan"
    assert article.authors == []
    assert "Banjir merendam ratusan rumah" in article.body
    # Twice the headings, the same reads (before: over 1200 at 300 headings, about four per heading).
    assert bottom_reads(monkeypatch, empty_headings_page(300)) == bottom_reads(
        monkeypatch, empty_headings_page(150)
    )
    assert bottom_reads(monkeypatch, empty_headings_page(300)) < 100


NESTINGS = [
    "<h1>" * 5 + "Kabar" + "</h1>" * 5,
    "<h2>\n  <h3> Tentang\u00a0 <b>Penulis</b> </h3>\n tail <h4>\u200b ekor</h4></h2>",
    "<h1>"
    + "<h2>kata <script>var x</script><noscript>ns</noscript><!-- c --> \n" * 8
    + "</h2>" * 8
    + "</h1>",
    "<h1>" + HEADING * 200 + "<h2>" + HEADING + "</h2></h1>",
]


@pytest.mark.parametrize("html", NESTINGS)
def test_the_heading_measures_are_what_element_text_and_text_shorter_than_read(html):
    soup = BeautifulSoup(f"<html><body>{html}</body></html>", "lxml")
    scan = scan_page(soup)
    assert scan.headings
    for element in scan.headings:
        text = heading_text(scan, element.tag)
        assert text is None or text == element_text(element.tag)
        assert heading_stripped_length(scan, element.tag) == sum(len(s.strip()) for s in element.tag.strings)
    assert heading_text(scan, soup.body) is None  # no heading: the caller reads it itself


ELEMENTS = [
    "<div>  Banjir   merendam <b> rumah </b>warga<!-- komentar panjang sekali --> di Medan </div>",
    "<div><script>var panjang = 'tidak dihitung sama sekali';</script>Teks <style>p{}</style>pendek</div>",
    "<p>" + "<span> kata </span>\n" * 30 + "</p>",
    "<div>" * 40 + "Teks di dasar yang dalam" + "</div>" * 40,
    "<div><template>isi templat</template><noscript>isi noscript</noscript>sisa</div>",
    "<div></div>",
]


@pytest.mark.parametrize("html", ELEMENTS)
def test_text_shorter_than_counts_exactly_the_stripped_strings_it_counted_before(html):
    tag = BeautifulSoup(html, "lxml").body.contents[0]
    counted = sum(len(text.strip()) for text in tag.strings)
    assert counted < len(html)  # comments, script and style text are not counted
    for limit in range(counted + 3):
        assert text_shorter_than(tag, limit) == shorter_by_strings(tag, limit), limit


def shorter_by_strings(tag: Tag, limit: int) -> bool:
    """The definition before: stripped `.strings` summed until they reach `limit`."""
    total = 0
    for text in tag.strings:
        total += len(text.strip())
        if total >= limit:
            return False
    return True


def test_the_garbage_collector_is_paused_during_an_extraction_and_left_as_the_caller_had_it(monkeypatch):
    seen: list[bool] = []
    real = assemble_module.assemble_article

    def recording(*args, **kwargs):
        seen.append(gc.isenabled())
        if kwargs.get("content_type") == "crash":
            raise RuntimeError("a bug in a rule")
        return real(*args, **kwargs)

    monkeypatch.setattr(assemble_module, "assemble_article", recording)
    was = gc.isenabled()
    try:
        gc.enable()
        assert extract_article(page(3), URL).title == "Banjir Rendam Ratusan Rumah di Kota Medan"
        assert gc.isenabled()
        with pytest.raises(ExtractionError):
            extract_article(page(3), URL, content_type="crash")
        assert gc.isenabled()  # resumed after a crash too
        gc.disable()
        extract_article(page(3), URL)
        assert not gc.isenabled()  # a caller's pause is theirs: never switched on by the extractor
    finally:
        (gc.enable if was else gc.disable)()
    assert seen == [False, False, False]
