"""Multi-page article detection on realistic page fragments (Indonesian and WordPress layouts)."""

from __future__ import annotations

from bs4 import BeautifulSoup

from telisik.extract.pagination import MAX_PAGES, Pagination, find_pagination

HEAD = """<head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="{title}">
{extra_meta}
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}"}}</script>
</head>"""


def page(
    body: str,
    *,
    title: str = "Warga Blora Gelar Sedekah Bumi",
    og_type: str = "article",
    extra_meta: str = "",
) -> BeautifulSoup:
    html = (
        f"<!DOCTYPE html><html lang='id'>{HEAD.format(title=title, og_type=og_type, extra_meta=extra_meta)}"
        f"<body><nav class='menu'><a href='/'>Beranda</a> <a href='/daerah'>Daerah</a></nav>{body}"
        "<footer><a href='/redaksi'>Redaksi</a> <a href='/pedoman'>Pedoman Media Siber</a></footer></body></html>"
    )
    return BeautifulSoup(html, "lxml")


ARTICLE = "https://www.tribunnews.com/regional/2024/05/04/warga-blora-gelar-sedekah-bumi"


def test_tribun_style_pager_gives_pages_in_order():
    soup = page(f"""
    <div class="side-article"><h1>Warga Blora Gelar Sedekah Bumi</h1>
      <div class="txt-article"><p>BLORA - Ratusan warga memadati lapangan desa untuk sedekah bumi.</p></div>
      <div class="mb20"><a href="{ARTICLE}?page=2">Halaman selanjutnya</a></div>
      <div class="paging mb20"><div class="bggrey">
        <a href="{ARTICLE}?page=4">4</a> <a href="{ARTICLE}?page=2">2</a> <a href="{ARTICLE}?page=3">3</a>
      </div></div>
      <div id="penulis">Penulis: Muhammad Renald</div>
    </div>
    <div class="terkait"><a href="https://www.tribunnews.com/regional/2024/05/03/pasar-murah-di-cepu">
      Pasar Murah Digelar di Cepu Jelang Lebaran</a></div>""")
    result = find_pagination(soup, ARTICLE)
    assert result.page_urls == [f"{ARTICLE}?page=2", f"{ARTICLE}?page=3", f"{ARTICLE}?page=4"]
    assert result.single_page_url is None


def test_kompas_style_total_pages_meta_and_show_all_link():
    url = "https://money.kompas.com/read/2023/11/02/213419026/harga-tiket-pesawat-masih-mahal"
    soup = page(
        f"""
    <div class="read__content"><p>JAKARTA, KOMPAS.com - Menteri Perhubungan menjelaskan penyebabnya.</p>
      <div class="paging paging--page clearfix">
        <a class="paging__link paging__link--next" href="{url}?page=2">Halaman Selanjutnya</a>
      </div>
      <div class="read__paging"><a href="{url}?page=all#page2">Tampilkan semua</a></div>
    </div>""",
        extra_meta='<meta name="content_total_pages" content="3">',
    )
    result = find_pagination(soup, url)
    assert result.page_urls == [f"{url}?page=2", f"{url}?page=3"]
    assert result.single_page_url == f"{url}?page=all"


def test_wordpress_link_pages_and_not_archive_or_next_post_links():
    url = "https://blora.telisikfakta.com/2024/05/04/sedekah-bumi-blora/"
    soup = page("""
    <article class="post type-post"><div class="entry-content">
      <p>Sedekah bumi digelar di Desa Ngawen pada Sabtu pagi.</p>
      <div class="page-links">Halaman: <span class="post-page-numbers current">1</span>
        <a href="https://blora.telisikfakta.com/2024/05/04/sedekah-bumi-blora/2/" class="post-page-numbers">2</a>
        <a href="https://blora.telisikfakta.com/2024/05/04/sedekah-bumi-blora/3/" class="post-page-numbers">3</a>
      </div></div>
      <nav class="navigation post-navigation"><div class="nav-links">
        <a rel="next" href="https://blora.telisikfakta.com/2024/05/05/pasar-cepu-ramai/">Artikel selanjutnya:
          Pasar Cepu Ramai Pembeli</a></div></nav>
    </article>
    <aside class="widget"><nav class="pagination"><a href="https://blora.telisikfakta.com/category/daerah/page/2/">2</a>
      <a href="https://blora.telisikfakta.com/category/daerah/page/3/">Next »</a></nav></aside>""")
    result = find_pagination(soup, url)
    assert result.page_urls == [
        "https://blora.telisikfakta.com/2024/05/04/sedekah-bumi-blora/2/",
        "https://blora.telisikfakta.com/2024/05/04/sedekah-bumi-blora/3/",
    ]


def test_wordpress_post_nav_links_with_next_label():
    url = "https://example.com/berita/banjir-cepu"
    soup = page(f"""<div class="entry-content"><p>Banjir merendam tiga desa.</p>
      <p class="post-nav-links"><span class="label">Halaman:</span>
        <a href="{url}/2" class="post-page-numbers">Selanjutnya</a></p></div>""")
    assert find_pagination(soup, url).page_urls == [f"{url}/2"]


def test_archive_listing_pager_is_not_article_pagination():
    url = "https://blora.telisikfakta.com/category/daerah/"
    soup = page(
        """
    <link rel="next" href="https://blora.telisikfakta.com/category/daerah/page/2/">
    <div class="archive"><article><h2><a href="/2024/05/04/sedekah-bumi-blora/">Sedekah Bumi Blora</a></h2></article>
      <div class="pagination"><a href="https://blora.telisikfakta.com/category/daerah/?page=2">2</a>
        <a href="https://blora.telisikfakta.com/category/daerah/?page=3">3</a>
        <a href="https://blora.telisikfakta.com/category/daerah/?page=2">Next</a></div></div>""",
        title="Daerah",
        og_type="website",
    )
    assert find_pagination(soup, url) == Pagination([], None)


def test_rel_next_in_head_counts_on_an_article():
    url = "https://www.example.co.id/read/2024/05/04/12345/ulasan-ponsel-baru"
    soup = BeautifulSoup(
        f"""<html><head><title>Ulasan</title><meta property="og:type" content="article">
      <link rel="next" href="{url}?page=2"></head><body><article><p>Ponsel ini punya baterai besar.</p></article>
      </body></html>""",
        "lxml",
    )
    assert find_pagination(soup, url).page_urls == [f"{url}?page=2"]


def test_next_article_link_with_rel_next_on_other_slug_is_ignored():
    url = "https://www.example.co.id/read/2024/05/04/12345/ulasan-ponsel-baru"
    soup = page("""<article><p>Ponsel ini punya baterai besar.</p>
      <a rel="next" class="next" href="https://www.example.co.id/read/2024/05/05/12399/ulasan-laptop">Next</a>
      <div class="related"><a href="https://www.example.co.id/read/2024/05/04/12345/ulasan-ponsel-baru-2">
        Ulasan Ponsel Baru, Bagian Kamera dan Layar yang Memukau</a></div></article>""")
    assert find_pagination(soup, url).page_urls == []


def test_current_page_two_lists_page_one_and_three():
    base = "https://www.tribunnews.com/regional/2024/05/04/warga-blora"
    soup = page(f"""<div class="paging"><a href="{base}">1</a> <a href="{base}?page=3">3</a>
      <a href="{base}?page=3">Halaman selanjutnya</a></div>""")
    assert find_pagination(soup, f"{base}?page=2").page_urls == [base, f"{base}?page=3"]


def test_other_hosts_are_ignored_and_pages_are_bounded():
    links = " ".join(f'<a href="{ARTICLE}?page={n}">{n}</a>' for n in range(2, 60))
    soup = page(f"""<div class="pagination">{links}
      <a href="https://evil.example.net/regional/2024/05/04/warga-blora-gelar-sedekah-bumi?page=2">2</a></div>""")
    result = find_pagination(soup, ARTICLE)
    assert len(result.page_urls) == MAX_PAGES
    assert result.page_urls[0] == f"{ARTICLE}?page=2"
    assert all(u.startswith("https://www.tribunnews.com/") for u in result.page_urls)


def test_gallery_pages_numbered_inside_the_path():
    url = "http://finance.example.com/readfoto/2016/02/23/153201/3149106/461/1/gardu-induk-baru"
    thumbs = "".join(
        f'<li><a href="http://finance.example.com/readfoto/2016/02/23/153201/3149106/461/{n}/gardu-induk-baru">'
        f'<img src="/foto{n}.jpg" alt=""></a></li>'
        for n in range(1, 6)
    )
    soup = page(f"""<div class="gallery_view"><a class="gal_next" id="nextImgLink"
      href="http://finance.example.com/readfoto/2016/02/23/153201/3149106/461/2/gardu-induk-baru#bigpic2">
      <img src="/next.png"></a></div><ul id="other_photo">{thumbs}</ul>""")
    result = find_pagination(soup, url)
    assert [u.split("/461/")[1].split("/")[0] for u in result.page_urls] == ["2", "3", "4", "5"]


def test_single_page_view_by_path_suffix():
    url = "https://www.example.com/news/long-read-on-rivers"
    soup = page(f"""<div class="article-body"><p>Rivers run.</p>
      <div class="pager"><a href="{url}/2">2</a></div><a href="{url}/all">View as single page</a></div>""")
    result = find_pagination(soup, url)
    assert result.single_page_url == f"{url}/all"
    assert result.page_urls == [f"{url}/2"]


def test_single_article_page_has_no_pagination():
    soup = page("""<div class="detail__body-text"><p>Jakarta - Satu halaman saja.</p>
      <a href="https://www.example.com/tag/jakarta">Jakarta</a></div>""")
    assert find_pagination(soup, "https://www.example.com/berita/d-123/satu-halaman") == Pagination()


def test_never_raises_on_odd_input():
    assert find_pagination(None, "https://example.com/a") == Pagination()
    assert find_pagination(BeautifulSoup("<p>x</p>", "lxml"), None) == Pagination()
    assert (
        find_pagination(BeautifulSoup("<a href='http://[bad'>2</a>", "lxml"), "https://example.com/a")
        == Pagination()
    )


def test_single_page_views_by_query_and_by_label():
    url = "https://www.example.co.id/berita/2024/05/04/banjir-cepu"
    by_query = page(f"""<div class="pagination"><a href="{url}?page=2">2</a></div>
      <a class="btn" href="{url}?single=1">Baca dalam satu halaman</a>""")
    assert find_pagination(by_query, url).single_page_url == f"{url}?single=1"
    by_label = page(f"""<div class="pagination"><a href="{url}/2">2</a></div>
      <a href="{url}/full-view">Lihat semua halaman</a>""")
    assert find_pagination(by_label, url).single_page_url == f"{url}/full-view"
    unrelated = page("""<a href="https://www.example.co.id/indeks">Lihat semua berita</a>""")
    assert find_pagination(unrelated, url).single_page_url is None
