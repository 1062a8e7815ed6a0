"""Inputs that reached session 13's new paths badly (found by a last read of the change): an address urlsplit
refuses (`http://[bad`, a broken IPv6 host) in a canonical link or in a footer heading's link that the site-name
title rule reads, and thousands of picture captions in one inline wrapper (each caption once rendered the whole
wrapper: quadratic; its time is measured in benchmarks/hostile_pages.py, shape `captions in one span`)."""

from __future__ import annotations

from telisik.extract import extract_article

TEXT = (
    "Warga desa bergotong royong membersihkan saluran irigasi pada Rabu pagi sebelum musim tanam dimulai bulan "
    "depan, kata kepala desa kepada wartawan."
)


def village_page(canonical: str, footer_href: str) -> str:
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Kabar Desa Sukamaju</title>'
        f'<link rel="canonical" href="{canonical}"></head><body>'
        '<div id="header"><a href="/">Kabar Desa Sukamaju</a><ul class="menu"><li><a href="/berita">Berita</a></li>'
        '<li><a href="/profil">Profil</a></li></ul></div>'
        '<div class="container"><div class="col-md-8"><div class="judul-berita">'
        "<h3>Warga Gotong Royong Bersihkan Saluran Irigasi Desa</h3></div>"
        f'<div class="tanggal">04/02/2026</div><div class="isi">{TEXT}<br><br>{TEXT}</div></div>'
        '<div class="col-md-4"><h4>Agenda</h4><p>Musyawarah desa, Sabtu.</p></div></div>'
        f'<div id="footer"><h5><a href="{footer_href}">Kabar Desa Sukamaju</a></h5>'
        "<p>© 2026 Pemerintah Desa Sukamaju</p></div></body></html>"
    )


def test_a_broken_ipv6_canonical_does_not_fail_the_page() -> None:
    article = extract_article(
        village_page("http://[x/2026/01/berita", "/"), "https://sukamaju.example.id/berita/12"
    )
    assert "saluran irigasi" in article.body


def test_a_broken_ipv6_link_in_the_footer_heading_does_not_fail_the_page() -> None:
    article = extract_article(
        village_page("https://sukamaju.example.id/berita/12", "http://[bad"),
        "https://sukamaju.example.id/berita/12",
    )
    assert "saluran irigasi" in article.body


def test_thousands_of_captions_in_one_wrapper_leave_the_text_read() -> None:
    captions = '<img width="600" src="/foto.jpg"><em class="img_desc">Foto warga</em>' * 3000
    html = (
        '<html lang="id"><head><title>Banjir di Medan</title></head><body><article><h1>Banjir di Medan</h1>'
        f"<p>{TEXT}</p><span class='photo'>{captions}</span><p>{TEXT} Lagi.</p></article></body></html>"
    )
    body = extract_article(html, "https://kabar.example.id/a/1").body
    assert "saluran irigasi" in body and "Lagi." in body
