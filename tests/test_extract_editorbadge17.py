"""Writer rule of session 17 (#10 class 4): a name the page badges as its editor is never the writer.

- A byline box under the headline showing one name beside an element whose whole text is an editor role
  (`<span class="role">Editor</span>`, `Redaktur`, `Penyunting`): the editor's card of Indonesian news portals
  (avatar, name linked to its author page, role badge) and of WordPress news themes whose author card prints
  the user's role. That name is the editor even when JSON-LD/meta `author` repeats it; the reporter credited
  in a `reporter`/`penulis` box (or a later author card) is the writer. The badge only counts when such a
  writer's box follows: with none, the badged name stays the writer (a single writer's job-title badge).
- Must not fire: one person labelled `Penulis & Editor` (writes and edits), an editor badge sitting under a
  real writer row, a writer card badged `Reporter`, and the German `Redakteur` badge (a writer's job title).

Each test serves a complete page (head metadata, navigation, sidebar, footer) of the family it stands for.
"""

from __future__ import annotations

import json

from telisik.extract import extract_article

_PROSE = [
    "Pemerintah kabupaten memastikan perbaikan jalan poros antarkecamatan akan dimulai pekan depan setelah "
    "proses lelang rampung dan kontraktor pelaksana resmi ditetapkan oleh panitia pengadaan daerah.",
    "Kepala dinas pekerjaan umum mengatakan anggaran perbaikan berasal dari dana alokasi khusus tahun ini dan "
    "ditargetkan selesai sebelum musim hujan tiba, sehingga warga tidak lagi kesulitan membawa hasil panen.",
    "Warga menyambut baik rencana tersebut. Mereka berharap pengerjaan diawasi dengan ketat agar kualitas "
    "jalan bertahan lama dan tidak rusak lagi dalam satu atau dua tahun ke depan seperti sebelumnya.",
]
_TEXT = "".join(f"<p>{p}</p>" for p in _PROSE)
_URL = "https://daerah.portal-berita.test/read/1201/12/jalan-poros-diperbaiki-pekan-depan"
_TITLE = "Jalan Poros Antarkecamatan Diperbaiki Mulai Pekan Depan"


def _jsonld(author: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": _TITLE,
        "datePublished": "2025-03-04T10:20:00+07:00",
        "author": {"@type": "Person", "name": author},
        "publisher": {"@type": "Organization", "name": "Portal Berita"},
    }
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def _page(top: str, *, after: str = "", jsonld_author: str | None = None, lang: str = "id") -> str:
    head = _jsonld(jsonld_author) if jsonld_author else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{_TITLE} - Portal Berita</title>
<meta name="description" content="Perbaikan jalan poros antarkecamatan dimulai pekan depan.">
<meta property="og:title" content="{_TITLE}">
<meta property="og:site_name" content="Portal Berita">
<meta name="author" content="Portal Berita">
<link rel="canonical" href="{_URL}">
{head}
</head>
<body>
<header class="header"><a class="logo" href="/">Portal Berita</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/daerah">Daerah</a></li><li><a href="/ekonomi">Ekonomi</a></li>
<li><a href="/olahraga">Olahraga</a></li></ul></nav></header>
<div class="container"><div class="breadcrumb"><a href="/">Home</a> <a href="/daerah">Daerah</a></div>
<section class="detail-wrap"><div class="detail-title"><h1>{_TITLE}</h1></div>
{top}
<div class="detail-date">Selasa, 04 Maret 2025 - 10:20 WIB</div>
<div class="detail-desc">{_TEXT}{after}</div>
<div class="detail-tag"><span>Tag:</span><a href="/tag/jalan">jalan</a><a href="/tag/infrastruktur">infrastruktur</a></div>
</section>
<aside class="sidebar"><h3>Terpopuler</h3><ul><li><a href="/read/1190/12/banjir">Banjir Rendam Tiga Desa</a></li>
<li><a href="/read/1188/12/pasar">Pasar Murah Digelar di Alun-alun</a></li></ul></aside></div>
<footer class="footer"><a href="/redaksi">Redaksi</a> <a href="/pedoman-media-siber">Pedoman Media Siber</a>
<div class="copyright">Copyright 2025 Portal Berita. All Rights Reserved.</div></footer>
</body>
</html>"""


def _editor_card(name: str, role: str = "Editor") -> str:
    return (
        '<div class="detail-nama-redaksi"><div class="detail-avatar"><img src="/avatar/1.jpg" alt=""></div>'
        f'<div class="detail-editor-name"><a href="/author/77/x">{name}</a><span class="role">{role}</span></div></div>'
    )


_REPORTER_BOX = '<div class="reporter-detail">Dedi Kurniawan Saputra</div>'


def _extract(html: str):
    return extract_article(html, url=_URL)


def test_editor_badged_card_gives_way_to_the_reporter_box() -> None:
    article = _extract(
        _page(_editor_card("Rina Marlina Sari"), after=_REPORTER_BOX, jsonld_author="Rina Marlina Sari")
    )
    assert article.authors == ["Dedi Kurniawan Saputra"]
    assert article.editor == "Rina Marlina Sari"


def test_redaktur_badge_with_no_other_writer_keeps_the_only_name() -> None:
    # Review (mend): with no writer's box credited, a badge never leaves the page without its author (a
    # single writer's own job-title badge looks the same).
    article = _extract(
        _page(_editor_card("Rina Marlina Sari", "Redaktur"), jsonld_author="Rina Marlina Sari")
    )
    assert article.authors == ["Rina Marlina Sari"]
    assert article.editor != "Rina Marlina Sari"


def test_writer_and_editor_in_one_label_keeps_the_writer() -> None:
    top = '<div class="detail-author"><span class="label">Penulis &amp; Editor:</span> <a href="/author/7/r">Rina Marlina Sari</a></div>'
    article = _extract(_page(top, jsonld_author="Rina Marlina Sari"))
    assert article.authors == ["Rina Marlina Sari"]


def test_editor_badge_under_a_writer_row_keeps_the_writer() -> None:
    top = (
        '<div class="detail-author"><a href="/author/8/d">Dedi Kurniawan Saputra</a><span class="role">Reporter</span></div>'
        + _editor_card("Rina Marlina Sari")
    )
    article = _extract(_page(top, jsonld_author="Dedi Kurniawan Saputra"))
    assert article.authors == ["Dedi Kurniawan Saputra"]


def test_reporter_badge_is_the_writer() -> None:
    article = _extract(
        _page(_editor_card("Dedi Kurniawan Saputra", "Reporter"), jsonld_author="Dedi Kurniawan Saputra")
    )
    assert article.authors == ["Dedi Kurniawan Saputra"]


def test_german_redakteur_badge_is_a_writer() -> None:
    article = _extract(
        _page(_editor_card("Katrin Bergmann", "Redakteurin"), jsonld_author="Katrin Bergmann", lang="de")
    )
    assert article.authors == ["Katrin Bergmann"]
