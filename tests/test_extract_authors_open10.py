"""Authors on two blind page sets written by helpers who never read the extractor (#10, session 10).

Indonesian outlets (benchmarks/pages/indonesia-shapes-4):

- A. A closing credit box names the writers, the editor and the photographer in one block (`Penulis: A dan B
  <br>Penyunting: C<br>Fotografer: D`: student presses such as Balairung, campus and regency portals, magazine
  boxes `Reporter: A | Editor: C | Videografer: D`): the photographer's, videographer's label ends the writers'
  list. Alone on a photo story (`Fotografer: D`) the photographer is still the fallback credit.
- B. The header's credit names one reporter (`Penulis: A | Editor: C`, the Tribun network), the text opens with
  the whole team (`Laporan Wartawan Tribunlampung.co.id, A dan B`; Kompas' regional `Kontributor`, Sumatran and
  Kalimantan dailies' `Laporan: A dan B`): the later line that names the reporter and more adds the others.
  Never from a related story's card or a line naming other people.
- C. The header's byline is the account that posted the story, and the closing credit says that person edited
  it and names the writer (`Oleh Mohammad Nurfatoni` over `Penulis Siti Nurhayati Editor Mohammad Nurfatoni`:
  PWMU and other Muhammadiyah and NU portals, campus and regency WordPress sites; the issue's class 4): the
  writer of the closing credit is the author. A closing credit naming the poster alone as editor leaves the
  byline (one person wrote and edited: Pikiran Rakyat Media Network portals).

Every page has a full head (meta author, JSON-LD), a menu, a sidebar with popular stories, the article, a
related list with bylines, comments and a footer.
"""

from __future__ import annotations

import json

from telisik.extract import extract_article

ID_TEXT = [
    "Sebanyak 64 siswa sekolah dasar di Kecamatan Gubeng mengikuti kegiatan perkemahan di Bumi Perkemahan Prigen "
    "pada akhir pekan lalu, dengan materi tali-temali, pionering dan penjelajahan alam.",
    "Kepala sekolah menjelaskan kegiatan itu menjadi puncak program kepanduan semester ganjil dan diikuti pula "
    "oleh para guru pembina yang mendampingi anak-anak sejak hari pertama.",
    "Pada malam hari peserta mengikuti renungan bersama, sedangkan pagi harinya mereka berlomba membuat kreasi "
    "yel-yel antarregu di lapangan utama perkemahan yang disaksikan orang tua.",
    "Panitia berharap kegiatan serupa dapat digelar setiap semester agar siswa semakin mandiri dan terbiasa "
    "bekerja sama dalam kelompok kecil.",
]


def id_page(*, header: str = "", closing: str = "", meta_author: str = "", related: str = "") -> str:
    """An Indonesian WordPress portal page: `header` right under the headline, `closing` after the text."""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Puluhan Siswa SD Ikuti Perkemahan Pramuka di Prigen",
        "datePublished": "2026-02-02T07:45:12+07:00",
    }
    if meta_author:
        ld["author"] = {"@type": "Person", "name": meta_author}
    meta = f'<meta name="author" content="{meta_author}">' if meta_author else ""
    text = "".join(f"<p>{p}</p>" for p in ID_TEXT)
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Puluhan Siswa SD Ikuti Perkemahan Pramuka di Prigen - Warta Surabaya</title>
<meta property="og:site_name" content="Warta Surabaya">{meta}
<meta property="article:published_time" content="2026-02-02T07:45:12+07:00">
<script type="application/ld+json">{json.dumps(ld)}</script></head>
<body><header class="site-header"><a href="https://wartasurabaya.id/" class="logo">Warta Surabaya</a>
<nav><ul><li><a href="/berita/">Berita</a></li><li><a href="/pendidikan/">Pendidikan</a></li>
<li><a href="/opini/">Opini</a></li></ul></nav></header>
<div class="container"><main><article class="post">
<h1 class="entry-title">Puluhan Siswa SD Ikuti Perkemahan Pramuka di Prigen</h1>
{header}<div class="entry-content">{text}{closing}</div>
<div class="post-tags">Tag: <a href="/tag/pramuka/">Pramuka</a> <a href="/tag/pendidikan/">Pendidikan</a></div>
</article>
<div class="related-posts"><h4>Berita Terkait</h4><ul>
<li><a href="/2026/02/01/guru-ikuti-pelatihan/">Guru SD Ikuti Pelatihan Kurikulum</a>
<span class="byline">Penulis: Agus Salim</span> <span class="date">1 Februari 2026</span></li>
<li><a href="/2026/01/31/bakti-sosial/">Bakti Sosial di Pucang</a>
<span class="byline">Oleh Rina Kusumawati</span> <span class="date">31 Januari 2026</span></li>{related}</ul></div>
<div id="comments" class="comments-area"><h3>2 Komentar</h3><ol class="comment-list">
<li class="comment"><div class="comment-author"><b class="fn">Bambang Hermanto</b> <span class="says">berkata:
</span></div><div class="comment-content"><p>Kegiatan yang bagus, semoga rutin.</p></div></li>
<li class="comment"><div class="comment-author"><b class="fn">Dewi Lestari</b></div>
<div class="comment-content"><p>Anak saya ikut, senang sekali.</p></div></li></ol></div></main>
<aside class="sidebar"><div class="widget"><h3>Terpopuler</h3><ol>
<li><a href="/2026/01/30/banjir-rob/">Banjir Rob Genangi Pesisir Utara</a></li>
<li><a href="/2026/01/29/harga-cabai/">Harga Cabai Naik Lagi</a></li></ol></div></aside></div>
<footer class="site-footer"><p>&copy; 2026 Warta Surabaya. Redaksi | Pedoman Media Siber | Kontak</p></footer>
</body></html>"""


URL = "https://wartasurabaya.id/2026/02/02/puluhan-siswa-sd-ikuti-perkemahan/"
DATE_ROW = '<div class="post-meta"><span class="date">2 Februari 2026</span></div>'


def authors(html: str, url: str = URL) -> list[str]:
    return extract_article(html, url=url).authors


# --- A. the photographer's label ends the writers' list ------------------------------------------------------


def test_credit_box_stops_at_the_photographer() -> None:
    closing = (
        "<p><em>Penulis: Nadia Putri Ayuningtyas dan Gilang Ramadhan<br>Penyunting: Rizky Aditya<br>"
        "Fotografer: Salma Hanifa</em></p>"
    )
    assert authors(id_page(header=DATE_ROW, closing=closing)) == [
        "Nadia Putri Ayuningtyas",
        "Gilang Ramadhan",
    ]


def test_one_line_credit_stops_at_the_videographer() -> None:
    closing = "<p>Reporter: Yohanes Kurniawan | Editor: Rizky Aditya | Videografer: Salma Hanifa</p>"
    assert authors(id_page(header=DATE_ROW, closing=closing)) == ["Yohanes Kurniawan"]


def test_photographer_alone_on_a_photo_story_is_still_credited() -> None:
    closing = "<p><em>Fotografer: Salma Hanifa</em></p>"
    assert authors(id_page(header=DATE_ROW, closing=closing)) == ["Salma Hanifa"]


def test_credit_box_naming_only_the_editor_and_photographer_credits_no_editor() -> None:
    # Editors are never authors: the box names no writer, so the editor is not read as one.
    closing = "<p><em>Penyunting: Rizky Aditya<br>Fotografer: Salma Hanifa</em></p>"
    assert "Rizky Aditya" not in authors(id_page(header=DATE_ROW, closing=closing))


# --- B. the text's opening credit names the whole team --------------------------------------------------------

TRIBUN_HEADER = (
    '<div class="mt10"><div id="penulis">Penulis: <a href="/penulis/dedi-sutomo">Dedi Sutomo</a> | Editor: '
    '<a href="/editor/tri-yulianto">Tri Yulianto</a></div></div>'
)


def test_reporters_line_in_the_text_adds_the_second_reporter() -> None:
    closing = ""
    header = (
        TRIBUN_HEADER
        + "<p><strong>Laporan Wartawan Wartasurabaya.id, Dedi Sutomo dan Riana Mita</strong></p>"
    )
    assert authors(id_page(header=header, closing=closing)) == ["Dedi Sutomo", "Riana Mita"]


def test_related_card_naming_the_reporter_with_others_adds_no_one() -> None:
    related = (
        '<li><a href="/2026/01/28/demo-sopir/">Demo Sopir Truk</a> '
        '<span class="byline">Laporan Wartawan Wartasurabaya.id, Dedi Sutomo dan Yoga Pratama</span></li>'
    )
    assert authors(id_page(header=TRIBUN_HEADER, related=related)) == ["Dedi Sutomo"]


def test_reporters_line_naming_other_people_changes_nothing() -> None:
    header = (
        TRIBUN_HEADER
        + "<p><strong>Laporan Wartawan Wartasurabaya.id, Yoga Pratama dan Riana Mita</strong></p>"
    )
    assert authors(id_page(header=header)) == ["Dedi Sutomo"]


# --- C. the poster's account is the editor named by the closing credit -----------------------------------------

POSTER_HEADER = (
    '<div class="post-meta"><span class="author">Oleh <a href="/author/nurfatoni/">Mohammad Nurfatoni</a></span> '
    '<span class="date">2 Februari 2026</span></div>'
)


def test_closing_credit_names_the_poster_as_editor_and_the_writer() -> None:
    closing = "<p><em>Penulis Siti Nurhayati Editor Mohammad Nurfatoni</em></p>"
    html = id_page(header=POSTER_HEADER, closing=closing, meta_author="Mohammad Nurfatoni")
    assert authors(html) == ["Siti Nurhayati"]


def test_closing_credit_with_a_one_word_writer() -> None:
    # Single names are names in Indonesian bylines.
    closing = "<p><em>Penulis: Sutrisno | Editor: Mohammad Nurfatoni</em></p>"
    html = id_page(header=POSTER_HEADER, closing=closing, meta_author="Mohammad Nurfatoni")
    assert authors(html) == ["Sutrisno"]


def test_closing_credit_naming_the_poster_alone_as_editor_keeps_the_byline() -> None:
    closing = "<p><em>Editor: Mohammad Nurfatoni</em></p>"
    assert authors(id_page(header=POSTER_HEADER, closing=closing)) == ["Mohammad Nurfatoni"]


def test_closing_credit_with_another_editor_keeps_the_byline() -> None:
    closing = "<p><em>Penulis Siti Nurhayati Editor Ahmad Fauzi</em></p>"
    assert authors(id_page(header=POSTER_HEADER, closing=closing)) == ["Mohammad Nurfatoni"]
