"""Extraction time on large and hostile pages: CPU seconds per page shape, to see that no rule grows faster
than the page (no hang on a 9 MB article, deep nesting, thousands of label lines or teaser items).

    python3 benchmarks/hostile_pages.py [--scale N]

`--scale` multiplies the repeated parts (default 1: pages of 0.1 to 9 MB). Compare two commits by running
it with `PYTHONPATH=<checkout>` from outside the repository.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from telisik.extract import extract_article  # noqa: E402

SENTENCE = (
    "Pemerintah kabupaten menyatakan bahwa <a href='/tag/banjir'>banjir</a> di wilayah itu sudah surut, kata "
    "Budi: Senin (27/1/2026) pukul 15:28 WIB. "
)


def page_shapes(scale: int) -> dict[str, str]:
    """Pages whose repeated parts exercise the body's voting, the byline and date scans and the lead."""
    paragraph = "<p>" + SENTENCE * 3 + "</p>"
    teaser = (
        "<li><a href='/author/x'>Oleh A</a> <span class='time'>27/01/2026 15:28</span>"
        "<h3><a href='/b'>B</a></h3></li>"
    )
    return {
        "many paragraphs": "<html><head><title>T</title></head><body><article><h1>Judul berita yang panjang</h1>"
        + paragraph * 20000 * scale
        + "</article></body></html>",
        "deep nesting": "<html><body>"
        + "<div class='post-sidebar'>" * 3000
        + "<p>Teks (Nama Orang)</p>" * 50 * scale
        + "</div>" * 3000
        + "</body></html>",
        "label lines": "<html><body><article><h1>Judul</h1>"
        + "<p>Label panjang: nilai 12 Januari 2026</p>" * 20000 * scale
        + "</article></body></html>",
        "teaser links": "<html><body><ul>" + teaser * 10000 * scale + "</ul></body></html>",
        # one long box among thousands of short ones in a `<main>`: the declared main region is weighed (twice
        # rendered) and taken
        "main of boxes": "<html><head><title>T</title></head><body><main>"
        + "".join(
            f"<div><div><div><div><section class='box'><h3>Fitur {i}</h3><p>{SENTENCE}</p></section></div></div>"
            "</div></div>"
            for i in range(8000 * scale)
        )
        + "<div class='faq'>"
        + paragraph * 40
        + "</div></main></body></html>",
        # a long option list inside a paywall box's link: the box's button words are read from short links only
        # (a counter phrase once ran quadratic over such text: 11.7 s on 150 kB)
        "select in a wall link": "<html><head><title>T</title></head><body><article><h1>T</h1><div class='body'>"
        + paragraph * 6
        + "<div class='premium-paywall'><p>Subscribe now</p><a href='/x'>go<select><option>"
        + "darmow" * 25000 * scale
        + "</option></select></a></div></div></article></body></html>",
        # thousands of picture captions in one inline wrapper: each caption once rendered the whole wrapper
        "captions in one span": "<html><body><article><h1>T</h1>"
        + paragraph
        + "<span>"
        + "<img width='600' src='a.jpg'><em class='img_desc'>cap</em>" * 4000 * scale
        + "</span></article></body></html>",
        # blocks that never close (a broken template loop): each opening once searched the next 200,000
        # characters for its closing tag again
        "bare comment openers": article(_many("<!-- widget {i} ", 25000 * scale)),
        "bare script openers": article(_many("<script>var w{i} ", 25000 * scale)),
        # session 15's last read: thousands of nested tab toggles, each tab's name read from its whole subtree
        "nested tab toggles": article("<div aria-controls='x'>w " * 10000 * scale + "</div>" * 10000 * scale),
        **review_shapes(scale),
    }


NAMES = ["Andi Pratama", "Budi Santoso", "Citra Lestari", "Dewi Anggraini", "Eko Saputra"]


def article(
    inside: str = "", foot: str = "", head: str = "", headline: bool = True, byline: bool = True
) -> str:
    """A small regional article page with a hostile part inside its text, after it or in its head."""
    title = "<h1 class='entry-title'>Banjir Rendam Ratusan Rumah di Kota Medan</h1>" if headline else ""
    credit = "<div class='byline'>Penulis: Andi Pratama</div>" if byline else ""
    return (
        f"<html lang='id'><head><title>Banjir di Medan</title>{head}</head><body><article>{title}{credit}"
        "<div class='date'>Senin, 5 Desember 2022 10:15 WIB</div><div class='content'>"
        + "<p>"
        + SENTENCE * 3
        + "</p>"
        + inside
        + f"</div></article>{foot}</body></html>"
    )


def _many(template: str, count: int) -> str:
    return "".join(template.format(i=i, name=NAMES[i % 5]) for i in range(count))


def review_shapes(scale: int) -> dict[str, str]:
    """The shapes of the session-8 stress review: many candidates of one kind, each once read the page."""
    n = 4000 * scale
    quote = "Kata-kata yang dikutip dari narasumber nomor {i} soal banjir"
    return {
        "sidebar tags": article(
            foot="<div class='sidebar'>" + _many("<p><a rel='tag' href='/t/{i}'>t{i}</a></p>", n)
        ),
        "credits in card": article(foot="<div class='card'>" + _many("<p>Penulis: {name}</p>", n) + "</div>"),
        "label rows": article("<div>" + _many("<b>Penulis</b> teks nomor {i}<br>", n // 2) + "</div>"),
        "interleaved": article("<p>" + _many("Penulis: {name} <b>Editor: Budi</b> ", n // 2) + "</p>"),
        "byline paras": article(_many("<p>By {name}</p>", 8 * n)),
        "tag metas": article(head=_many("<meta property='article:tag' content='tag {i}'>", 8 * n)),
        "times, no h1": article(
            _many("<span>kata{i} </span>", n // 2),
            headline=False,
            foot="<ul>"
            + _many("<li><time datetime='2022-12-05T10:15:00+07:00'>5 Des</time></li>", n // 2)
            + "</ul>",
        ),
        "closing names": article(_many("<p>({name})</p>", n // 2), byline=False),
        "author links": article(_many("<a href='/author/a-{i}'>{name}</a> ", 4 * n), byline=False),
        "pull quotes": article(
            _many("<p>" + SENTENCE + "</p><blockquote><p>" + quote + "</p></blockquote>", n)
        ),
        "lightbox": article(
            _many(
                "<p>" + SENTENCE + "</p><a data-caption='Foto nomor {i} galeri'><img src='/{i}.jpg'></a>",
                2 * n,
            )
        ),
        "nested headings": article(
            "<h1>Kabar terbaru dari penjuru Sumatra Utara " * (n // 2) + "</h1>" * (n // 2)
        ),
        "nested, no byline": article(
            "<h1>Kabar terbaru dari penjuru Sumatra Utara " * (n // 2) + "</h1>" * (n // 2), byline=False
        ),
        "empty nested headings": article("<h1>" * (n // 2) + "Kabar" + "</h1>" * (n // 2), byline=False),
        # session 9's stress review: teaser cards with no `</article>` nest in each other; icon links to the
        # donation page in one short wrapper closed by a paragraph
        "unclosed cards": article(_many("<article><a href='/berita/{i}'><img src='/{i}.jpg'></a>", 2 * n)),
        # session 11's body review: a product page's tab group of thousands of panels (each once asked for its
        # siblings) and thousands of groups each with a shut review panel (each text block once asked for them)
        "shop panel group": article(
            "<div class='tabs'>"
            + _many("<details class='question'><summary>Q</summary><p>q {i}</p></details>", 3 * n)
            + "</div>",
            head="<meta property='og:type' content='product'>",
        ),
        "shop panel pairs": article(
            _many(
                "<div class='tabs'><div class='tab-pane review'><p>Ulasan {i}</p></div>"
                "<div class='tab-pane'><p>Deskripsi {i}</p></div></div>",
                n,
            ),
            head="<meta property='og:type' content='product'>",
        ),
        "donate icons": article(
            "<div>"
            + _many("<span><a href='/donate'><i></i></a></span>", 4 * n)
            + "<p>Dukung jurnalisme warga dengan donasi Anda setiap bulan untuk redaksi kami.</p></div>"
        ),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=int, default=1)
    args = parser.parse_args()
    for name, html in page_shapes(args.scale).items():
        started = time.process_time()
        extract_article(html, url="https://portal.example.id/berita/1")
        print(f"{name:18} {len(html) / 1e6:6.1f} MB {time.process_time() - started:7.2f} s CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
