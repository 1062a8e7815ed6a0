"""Hostile page shapes of the session-8 stress review in the credit and people rules (credits.py, people.py):
bounded work on pages with thousands of candidate lines, and the same answers as before on every real page.

- every element under a large `sidebar` box asked whether the box holds the article (its whole subtree walked
  per element: 4000 tag links 8 s): the answer is kept on the box;
- every credit line in a list item, card or second `<article>` walked that item's links, and its siblings for
  other articles, once per line: both answers are kept on the item;
- label rows (`<b>Penulis</b> text<br>` x 2000 in one box), `(Name)` sign-offs (`_line_owner`), `Name - SITE`
  and `(Name)` name lines, several author links in one block (`_shared_lines`) and dated wrappers around the
  whole text (`find_date_line`) each read a whole box per candidate: a box is now counted with a bound
  (`text_longer_than`) before it is read, and a line's box is read once;
- every credit line was parsed, also after the author and editor were found (32000 `By X` lines): parsing
  stops then, and after the 50 lines nearest the headline (real pages show at most a dozen).

Work is counted (calls, characters read), not timed: speed lives in benchmarks/hostile_pages.py.
"""

from __future__ import annotations

from typing import Any

import pytest
from bs4 import BeautifulSoup, Tag

import telisik.extract.credits as credits_module
import telisik.extract.people as people_module
from telisik.extract import extract_article
from telisik.extract.credits import text_longer_than
from telisik.extract.metadata import element_text

URL = "https://kabarsumut.id/news/2022/12/05/banjir-medan"
NAMES = ["Andi Pratama", "Budi Santoso", "Citra Lestari", "Dewi Anggraini", "Eko Saputra"]
HEADLINE = '<h1 class="entry-title">Banjir Rendam Ratusan Rumah di Kota Medan</h1>'
BYLINE = '<div class="byline">Penulis: Andi Pratama</div>'
DATE = '<div class="date">Senin, 5 Desember 2022 10:15 WIB</div>'


def page(
    before: str = "",
    inside: str = "",
    foot: str = "",
    headline: str = HEADLINE,
    byline: str = BYLINE,
    date: str = DATE,
) -> str:
    """A plain Indonesian regional article page; the hostile part goes into one of the slots."""
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Banjir Rendam Ratusan Rumah di Kota Medan - Kabar Sumut</title>
<meta property="og:title" content="Banjir Rendam Ratusan Rumah di Kota Medan">
<meta property="og:site_name" content="Kabar Sumut"></head><body>
<nav class="menu"><a href="/">Beranda</a> <a href="/news">News</a> <a href="/olahraga">Olahraga</a></nav>
<article class="post">{headline}
{byline}{date}{before}
<div class="content"><p>MEDAN - Banjir merendam ratusan rumah warga di Kecamatan Medan Maimun setelah hujan
deras mengguyur kota sejak Minggu malam. Air setinggi satu meter masuk ke rumah warga.</p>
<p>Kepala BPBD Kota Medan mengatakan bahwa petugas telah dikerahkan untuk membantu evakuasi warga yang
terjebak di rumah mereka dan membagikan makanan di posko pengungsian.</p>{inside}</div></article>
<aside class="sidebar"><h3>Terpopuler</h3><ul><li><a href="/a">Harga cabai naik</a></li></ul></aside>
<footer>Copyright 2022 Kabar Sumut</footer>{foot}</body></html>"""


class _Reads:
    """Counts the characters `element_text` returns in the credit and people modules."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.chars = 0
        for module in (credits_module, people_module):
            monkeypatch.setattr(module, "element_text", self._counting)

    def _counting(self, tag: Tag) -> str:
        text = element_text(tag)
        self.chars += len(text)
        return text


def _count_calls(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[int]:
    calls = [0]
    real = getattr(owner, name)

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counting)
    return calls


def test_a_sidebar_is_asked_once_whether_it_holds_the_article(monkeypatch):
    class CountingMarks(frozenset):
        tests = 0

        def __contains__(self, item: object) -> bool:
            CountingMarks.tests += 1
            return super().__contains__(item)

    monkeypatch.setattr(credits_module, "_ARTICLE_MARKS", CountingMarks({"main", "h1"}))
    links = "".join(f'<p><a rel="tag" href="/tag/{i}">tag {i}</a></p>' for i in range(400))
    article = extract_article(page(foot=f'<div class="sidebar-widget">{links}</div>'), URL)
    assert article.authors == ["Andi Pratama"]
    # The sidebar's ~1200 nodes are walked once, not once per tag link (~500 000 tests).
    assert CountingMarks.tests < 20_000


@pytest.mark.parametrize(
    "box",
    ['<div class="card">{}</div>', "<ul><li>{}</li></ul>", "<article>{}</article>"],
    ids=["card", "list-item", "second-article"],
)
def test_credit_lines_in_one_item_read_its_links_once(monkeypatch, box):
    find_all = _count_calls(monkeypatch, Tag, "find_all")
    lines = "".join(f"<p>Penulis: {NAMES[i % 5]}</p>" for i in range(400))
    article = extract_article(page(foot=box.format(lines)), URL)
    assert article.authors == ["Andi Pratama"]
    assert find_all[0] < 200  # once per item, not once per line (400+)


def test_credit_lines_ask_once_whether_their_article_has_sibling_articles(monkeypatch):
    siblings = _count_calls(monkeypatch, Tag, "find_next_sibling")
    lines = "".join(f"<p>Penulis: {NAMES[i % 5]}</p>" for i in range(400))
    blocks = "".join(f"<div>blok {i}</div>" for i in range(400))
    article = extract_article(page(before=lines, foot=blocks), URL)
    assert article.authors == ["Andi Pratama"]
    assert siblings[0] < 100


def test_bare_label_rows_do_not_each_read_their_box(monkeypatch):
    reads = _Reads(monkeypatch)
    rows = "".join(f"<b>Penulis</b> teks nomor {i}<br>" for i in range(300))
    article = extract_article(page(inside=f"<div>{rows}</div>"), URL)
    assert article.authors == ["Andi Pratama"]
    assert reads.chars < 200_000  # the 7 kB box read once per row: ~2 MB


@pytest.mark.parametrize(
    "editor", ['<div class="editor">Editor: Budi Santoso</div>', ""], ids=["editor", "none"]
)
def test_credit_lines_are_not_all_parsed(monkeypatch, editor):
    parsed = _count_calls(monkeypatch, people_module, "_without_date")
    lines = "".join(f"<p>By {NAMES[i % 5]}</p>" for i in range(2000))
    article = extract_article(page(before=editor, inside=lines), URL)
    assert article.authors == ["Andi Pratama"]
    # Parsing stops once author and editor are found, and after the 50 lines nearest the headline.
    assert parsed[0] < (5 if editor else 100)


def test_closing_sign_offs_do_not_each_read_their_box(monkeypatch):
    reads = _Reads(monkeypatch)
    signoffs = "".join(f"<p>({NAMES[i % 5]})</p>" for i in range(300))
    article = extract_article(page(inside=f"<div>{signoffs}</div>", byline=""), URL)
    assert article.title == "Banjir Rendam Ratusan Rumah di Kota Medan"
    assert reads.chars < 200_000  # the box (~5 kB) read once per sign-off: ~1.5 MB


def test_name_lines_in_one_block_do_not_each_read_it(monkeypatch):
    reads = _Reads(monkeypatch)
    pieces = "".join(f"(abc) <b>(def/{i})</b> " for i in range(300))
    dashes = "".join("<b>Andi</b><span>- Kabar Sumut</span><i>(x)</i> " for _ in range(300))
    article = extract_article(page(before=f"<div>{dashes}</div>", inside=f"<p>{pieces}</p>", byline=""), URL)
    assert article.title == "Banjir Rendam Ratusan Rumah di Kota Medan"
    assert reads.chars < 300_000  # each block (~4-7 kB) read once per name line: ~3 MB


def test_many_author_links_in_one_block_read_it_once(monkeypatch):
    reads = _Reads(monkeypatch)
    links = "".join(f'<a href="/author/andi-{i}">{NAMES[i % 5]}</a> ' for i in range(400))
    extract_article(page(inside=f"<p>{links}</p>", headline="", byline=""), URL)
    assert reads.chars < 200_000  # the 5 kB block read once per link: 2 MB


def test_dated_wrappers_around_the_text_are_not_read_whole(monkeypatch):
    reads = _Reads(monkeypatch)
    text = "".join(
        f"<p>Paragraf artikel nomor {i} berisi kalimat yang cukup panjang.</p>" for i in range(400)
    )
    wrappers = "".join(f"<div>Edisi {2000 + k}" for k in range(40)) + text + "</div>" * 40
    extract_article(page(inside=wrappers, headline="", date=""), URL)
    assert reads.chars < 400_000  # 40 wrappers of ~22 kB each read whole: ~900 kB


def test_text_longer_than_agrees_with_element_text():
    html = """<div> Penulis :\u200b\u200b <b>Andi   Pratama</b><script>var x = 1;</script><!-- komentar -->
    <span>\u00a0Editor:  Budi</span></div>"""
    box = BeautifulSoup(html, "lxml").div
    assert box is not None
    length = len(element_text(box))
    assert not text_longer_than(box, length)
    assert text_longer_than(box, length - 8)  # the folded spaces (at most 7) are not counted


def test_text_longer_than_does_not_walk_down_a_deep_nesting_first(monkeypatch):
    """bs4's `descendants` first walks down to the last descendant: as deep as the element is nested, per call."""
    nested = "".join(f"<div><span>x{i} " for i in range(2000)) + "</span></div>" * 2000
    box = BeautifulSoup(f"<body>{nested}</body>", "lxml").div
    assert box is not None
    walks = _count_calls(monkeypatch, Tag, "_last_descendant")
    assert text_longer_than(box, 200)
    assert walks[0] == 0
