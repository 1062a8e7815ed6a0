"""Shared material for the archive tests: a realistic article page whose text, sidebar and ads can be varied,
and helpers to fetch it from the loopback site into an archive, or store it through the real extractor."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone

from click.testing import CliRunner

from support.articles import make_capture
from support.indonesian import date_line
from telisik.cli import main

PARAGRAPHS = [
    "<strong>PATI</strong> – Ratusan petani di Kecamatan Jakenan, Kabupaten Pati, memprotes kelangkaan pupuk "
    "bersubsidi menjelang musim tanam kedua, Kamis (5/2/2026). Mereka mendatangi kantor kecamatan sambil membawa "
    "karung kosong.",
    "Koordinator petani, Suparman, mengatakan jatah pupuk urea di kios resmi hanya cukup untuk separuh luas "
    "sawah. Petani terpaksa membeli pupuk nonsubsidi dengan harga hampir tiga kali lipat.",
    "\u201cKalau pupuk telat dua minggu saja, hasil panen bisa turun sepertiga. Kami minta distribusi diawasi "
    "langsung oleh dinas,\u201d ujarnya di depan kantor kecamatan.",
    "Kepala Dinas Pertanian dan Pangan Pati, Nuryanto, menyebut alokasi pupuk tahun ini turun 12 persen "
    "dibandingkan tahun lalu. Pemerintah kabupaten sudah mengajukan tambahan kuota ke Kementerian Pertanian.",
    "Ia juga meminta petani melapor jika menemukan kios yang menjual pupuk bersubsidi di atas harga eceran "
    "tertinggi. Dinas akan menurunkan tim pengawas ke 21 kecamatan mulai pekan depan.",
    "Hingga Kamis siang, perwakilan petani masih bertemu camat Jakenan untuk membahas jadwal penyaluran "
    "tambahan pupuk dari gudang distributor di Juwana.",
]

TITLE = "Petani Jakenan Protes Kelangkaan Pupuk Bersubsidi Jelang Musim Tanam"
CANONICAL = "https://pati.kabarlingkar.test/2026/02/05/petani-jakenan-protes-kelangkaan-pupuk/"
PATH = "/2026/02/05/petani-jakenan-protes-kelangkaan-pupuk/"

SIDEBAR_DEFAULT = [
    "Jalan Pati\u2013Juwana Diperbaiki, Pengendara Diminta Cari Jalur Lain",
    "PSIP Pati Gagal Menang di Kandang",
]


@dataclass
class PageSpec:
    """What varies between two servings of the page: the article text, and boilerplate that must not matter."""

    title: str = TITLE
    paragraphs: list[str] = field(default_factory=lambda: list(PARAGRAPHS))
    sidebar: list[str] = field(default_factory=lambda: list(SIDEBAR_DEFAULT))
    views: int = 1520
    ad_slot: str = "8812345"
    canonical: str = CANONICAL
    author: str = "Rina Kusumawati"
    published: str = "2026-02-05T10:12:00+07:00"  # WIB


def render_page(spec: PageSpec | None = None) -> str:
    """A complete news page in the style of a regional WordPress portal."""
    spec = spec or PageSpec()
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": spec.title,
        "datePublished": spec.published,
        "dateModified": "2026-02-05T11:40:00+07:00",
        "author": [{"@type": "Person", "name": spec.author}],
        "publisher": {"@type": "Organization", "name": "Kabar Lingkar Pati"},
        "articleSection": "Ekonomi",
        "keywords": "pupuk, petani, Jakenan",
        "mainEntityOfPage": spec.canonical,
        "inLanguage": "id-ID",
    }
    body = "\n".join(f"      <p>{p}</p>" for p in spec.paragraphs)
    sidebar = "\n".join(
        f'      <li><a href="/populer/{i}/">{html.escape(t)}</a></li>' for i, t in enumerate(spec.sidebar)
    )
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>{html.escape(spec.title)} | Kabar Lingkar Pati</title>
<meta name="description" content="Petani di Jakenan memprotes kelangkaan pupuk bersubsidi menjelang musim tanam kedua.">
<link rel="canonical" href="{spec.canonical}">
<meta property="og:type" content="article">
<meta property="og:title" content="{html.escape(spec.title)}">
<meta property="og:site_name" content="Kabar Lingkar Pati">
<meta property="og:url" content="{spec.canonical}">
<meta property="article:published_time" content="{spec.published}">
<meta property="article:section" content="Ekonomi">
<meta name="author" content="{spec.author}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script>var _ads = {{slot: "{spec.ad_slot}"}};</script>
</head>
<body class="single-post">
<header><div class="logo"><a href="/">Kabar Lingkar Pati</a></div>
<nav class="main-menu"><ul><li><a href="/">Beranda</a></li><li><a href="/ekonomi/">Ekonomi</a></li>
<li><a href="/politik/">Politik</a></li><li><a href="/olahraga/">Olahraga</a></li></ul></nav></header>
<div class="ad-leaderboard"><ins class="adsbygoogle" data-ad-slot="{spec.ad_slot}"></ins><span>Iklan</span></div>
<main class="container">
  <article class="post">
    <h1 class="entry-title">{html.escape(spec.title)}</h1>
    <div class="entry-meta">Oleh <a href="/author/rina/">{spec.author}</a> &middot;
      <time datetime="{spec.published}">{date_line(datetime.fromisoformat(spec.published))}</time>
      &middot; <span class="views">{spec.views} kali dibaca</span></div>
    <div class="share"><a href="https://facebook.com/sharer?u=x">Bagikan</a> <a href="https://wa.me/?text=x">WhatsApp</a></div>
    <div class="entry-content">
{body}
    </div>
    <div class="tags">Tag: <a href="/tag/pupuk/">pupuk</a> <a href="/tag/petani/">petani</a></div>
  </article>
  <section class="related"><h3>Berita Terkait</h3><ul>
    <li><a href="/2026/02/01/harga-gabah/">Harga Gabah Kering Panen di Pati Mulai Naik</a></li>
    <li><a href="/2026/01/28/irigasi/">Saluran Irigasi Jebol, Puluhan Hektare Sawah Kekeringan</a></li></ul></section>
  <section id="comments"><h3>2 Komentar</h3>
    <div class="comment"><b>Warga Juwana</b><p>Di desa kami juga sama, pupuk kosong sejak Januari.</p></div>
    <form id="commentform"><textarea name="comment"></textarea><button>Kirim</button></form></section>
  <aside class="sidebar"><h3>Terpopuler</h3><ol>
{sidebar}
  </ol><div class="ad-sidebar"><img src="/ads/300x250.gif" alt="Iklan"></div></aside>
</main>
<footer><p>&copy; 2026 Kabar Lingkar Pati</p><a href="/redaksi/">Redaksi</a></footer>
</body>
</html>
"""


def run_cli(*args: str, input: str | bytes | None = None):
    """Invoke the telisik command in-process; stderr is kept apart from stdout."""
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def fetch_into(db_path: str, *urls: str) -> None:
    """Archive URLs with the real `telisik fetch` (HTTP to the loopback site, which stands in for the sites its
    pages name as canonical: hence --trust-canonical; one local host, so no politeness delay between URLs)."""
    result = run_cli("fetch", "--db", db_path, "--trust-canonical", "--delay", "0", *urls)
    assert result.exit_code == 0, result.stderr


def store_page(db, page: str | bytes, url: str, *, fetched_at=None, headers: dict | None = None):
    """Store a page as if fetched from `url` (the extraction + store path, without HTTP): a StoreResult."""
    from telisik.archive import store_article
    from telisik.archiver import build_article

    content = page.encode("utf-8") if isinstance(page, str) else page
    capture = make_capture(
        url,
        content,
        headers=headers
        if headers is not None
        else {"content-type": "text/html; charset=utf-8", "server": "nginx"},
        fetched_at=fetched_at or datetime.now(timezone.utc),
    )
    return store_article(db, build_article(capture))


def store_three_versions(db, url: str = CANONICAL) -> int:
    """The page stored three times at `url` (its article's id): v1 as published; v2 a corrected figure; v3 a
    correction paragraph appended and a second author. Fetched 05:00, 06:00 and 07:00 UTC on 5 February 2026."""
    v2 = [*PARAGRAPHS[:3], PARAGRAPHS[3].replace("12 persen", "15 persen"), *PARAGRAPHS[4:]]
    v3 = [*v2, "<em>Ralat: artikel ini telah diperbarui untuk mengoreksi angka penurunan alokasi pupuk.</em>"]
    specs = [
        PageSpec(),
        PageSpec(paragraphs=v2),
        PageSpec(paragraphs=v3, author="Rina Kusumawati dan Dwi Hartono"),
    ]
    for n, spec in enumerate(specs, 1):
        result = store_page(
            db, render_page(spec), url, fetched_at=datetime(2026, 2, 5, 4 + n, tzinfo=timezone.utc)
        )
        assert result.version == n
    return result.article_id
