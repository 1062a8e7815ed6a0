"""Is this page an article? `telisik.extract.kinds` on realistic pages of several site styles.

Articles: the article fixtures (WordPress/JNews regional portal, tribunnews-like, detik-like, an English news
site, a blog, a page without metadata), a post at a short URL. Not articles: home, section, tag, author and
pagination listings (some showing dates), static pages, search results, a soft 404. Evidence is weighed: no
single signal decides."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import corpus

from telisik.extract import extract_article
from telisik.extract.kinds import PageEvidence, classify, classify_url, sitemap_kind, url_kind

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _fixture(name: str):
    expected = json.loads((PAGES / f"{name}.expected.json").read_text())
    given = expected.get("input", {})
    from datetime import datetime

    fetched = datetime.fromisoformat(given["fetched_at"]) if given.get("fetched_at") else None
    return extract_article((PAGES / f"{name}.html").read_bytes(), url=given.get("url"), fetched_at=fetched)


@pytest.mark.parametrize(
    "name",
    [
        "jnews-regional",
        "tribun-paged",
        "detik-like",
        "english-news",
        "blog-relative",
        "plain-no-metadata",
        "portal-utc-editor",
    ],
)
def test_article_fixtures_of_every_style_are_articles(name):
    article = _fixture(name)
    assert article.kind == "article", article.kind_reason
    assert article.is_article
    assert article.kind_reason.startswith("article:")


def _head(
    title: str, *, jsonld: list[dict] | None = None, og_type: str | None = None, extra: str = ""
) -> str:
    scripts = "".join(
        f'<script type="application/ld+json">{json.dumps(node)}</script>' for node in (jsonld or [])
    )
    og = f'<meta property="og:type" content="{og_type}">' if og_type else ""
    return f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title}</title>{og}{scripts}{extra}</head>'


NAV = (
    '<header><a href="/">Portal</a><nav><a href="/kategori/daerah/">Daerah</a> <a href="/kategori/ekonomi/">'
    'Ekonomi</a> <a href="/indeks/">Indeks</a> <a href="/redaksi/">Redaksi</a></nav></header>'
)
FOOTER = (
    '<footer><a href="/pedoman-media-siber/">Pedoman Media Siber</a> <a href="/kontak/">Kontak</a></footer>'
)
PARAGRAPH = (
    "Ratusan rumah warga di Kecamatan Cepu terendam banjir setelah hujan deras mengguyur sejak Senin malam. "
    "Petugas BPBD mengevakuasi warga lanjut usia ke balai desa dan mendirikan dapur umum di halaman masjid."
)


def _teasers(n: int, *, dated: bool, excerpt: bool = True) -> str:
    cards = []
    for i in range(n):
        slug = f"/2026/01/{10 + i % 18:02d}/berita-daerah-nomor-{i}-tentang-banjir-cepu/"
        date = (
            f'<time datetime="2026-01-{10 + i % 18:02d}T08:00:00+07:00">{10 + i % 18} Januari 2026</time>'
            if dated
            else ""
        )
        summary = f"<p>{PARAGRAPH[:150]}…</p>" if excerpt else ""
        cards.append(
            f'<article class="post"><h2><a href="{slug}">Berita daerah nomor {i} tentang banjir</a></h2>{date}{summary}</article>'
        )
    return "".join(cards)


def _page(head: str, main: str) -> str:
    """A whole page: `head`, then the site's nav, `main` and the footer."""
    return f"{head}<body>{NAV}{main}{FOOTER}</body></html>"


def _kind(html: str, url: str):
    article = extract_article(html, url=url)
    return article.kind, article.kind_reason


def test_wordpress_home_page_is_a_listing_even_with_dated_teasers():
    html = _page(
        _head(
            "Berita Blora Terkini",
            og_type="website",
            jsonld=[
                {"@context": "https://schema.org", "@type": "CollectionPage", "name": "Berita Blora Terkini"}
            ],
        ),
        f"<main><h1>Berita Blora Terkini</h1>{_teasers(24, dated=True)}</main>",
    )
    kind, reason = _kind(html, "https://blora.portal.test/")
    assert kind == "listing"
    assert reason.startswith("listing page:") and "links" in reason


def test_tribunnews_like_section_page_without_structured_data_is_a_listing():
    html = _page(
        _head("Berita Ekonomi Terbaru Hari Ini - Tribunjateng.com"),
        f"<div class='lsi'><h1>Ekonomi</h1>{_teasers(20, dated=True)}</div>",
    )
    kind, reason = _kind(html, "https://jateng.tribunnews.test/ekonomi")
    assert kind == "listing", reason


@pytest.mark.parametrize(
    "path",
    ["/kategori/daerah/", "/tag/banjir/", "/author/budi-santoso/", "/kategori/daerah/page/3/", "/indeks/"],
)
def test_detik_like_listings_at_listing_urls(path):
    html = _page(
        _head("Indeks Berita", og_type="website"),
        f"<main><h1>Indeks</h1>{_teasers(12, dated=True, excerpt=False)}</main>",
    )
    kind, reason = _kind(html, "https://news.detik.test" + path)
    assert kind == "listing", reason


@pytest.mark.parametrize(
    ("path", "title", "page_type"),
    [
        ("/susunan-redaksi/", "Susunan Redaksi", "AboutPage"),
        ("/kontak/", "Kontak", "ContactPage"),
        ("/tentang-kami/", "Tentang Kami", "AboutPage"),
        ("/pedoman-media-siber/", "Pedoman Media Siber", "WebPage"),
        ("/privacy-policy/", "Privacy Policy", "WebPage"),
    ],
)
def test_static_pages_are_static_even_when_long_and_og_type_article(path, title, page_type):
    body = "".join(f"<p>{n}. {PARAGRAPH}</p>" for n in range(12))  # long: Pedoman Media Siber is
    html = _page(
        _head(
            title,
            og_type="article",
            jsonld=[
                {
                    "@context": "https://schema.org",
                    "@type": page_type,
                    "name": title,
                    "datePublished": "2019-01-01T00:00:00+07:00",
                }
            ],
        ),
        f"<article class='page'><h1>{title}</h1>{body}</article>",
    )
    kind, reason = _kind(html, "https://blora.portal.test" + path)
    assert kind == "static", reason
    assert reason.startswith("static page:")


def test_search_results_are_search():
    html = _page(_head("Hasil pencarian: banjir"), f"<h1>Hasil pencarian</h1>{_teasers(10, dated=True)}")
    assert _kind(html, "https://blora.portal.test/?s=banjir")[0] == "search"
    assert _kind(html, "https://www.example-news.test/search?q=flood")[0] == "search"


def test_soft_404_page_is_not_found():
    html = _page(
        _head("Halaman tidak ditemukan - Portal"),
        "<h1>Halaman tidak ditemukan</h1><p>Maaf, halaman yang Anda cari tidak ada.</p>",
    )
    kind, reason = _kind(html, "https://blora.portal.test/2026/01/20/berita-yang-sudah-dihapus-redaksi/")
    assert kind == "not-found", reason


ARTICLE_LD = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Banjir Rendam Ratusan Rumah di Cepu",
    "datePublished": "2026-01-27T15:28:00+07:00",
}


def _article_page(ld: dict | None = None, paragraphs: int = 6) -> str:
    body = "".join(f"<p>{PARAGRAPH} Kalimat {n}.</p>" for n in range(paragraphs))
    jsonld = [ld] if ld else []
    return _head(
        "Banjir Rendam Ratusan Rumah di Cepu",
        og_type="article",
        jsonld=jsonld,
        extra='<meta property="article:published_time" content="2026-01-27T15:28:00+07:00">',
    ) + (
        f"<body>{NAV}<article><h1>Banjir Rendam Ratusan Rumah di Cepu</h1><div class='meta'>Selasa, 27 Januari "
        f"2026 15:28 WIB</div>{body}</article><aside><h3>Terkait</h3>{_teasers(4, dated=False, excerpt=False)}"
        f"</aside>{FOOTER}</body></html>"
    )


@pytest.mark.parametrize("url", ["https://blora.portal.test/banjir-cepu/", "https://blora.portal.test/p/1"])
def test_article_at_a_short_url_with_newsarticle_and_dated_headline_is_an_article(url):
    kind, reason = _kind(_article_page(ARTICLE_LD), url)
    assert kind == "article", reason
    assert "NewsArticle" in reason and "dated headline" in reason


def test_blog_post_without_structured_data_is_an_article():
    kind, reason = _kind(
        _article_page(None), "https://catatan.blog.test/2026/01/banjir-rendam-rumah-di-cepu.html"
    )
    assert kind == "article", reason


def test_a_listing_with_a_date_needs_more_than_the_date():
    """A category page whose top teaser's date was read as the page's date is still a listing."""
    html = _page(
        _head(
            "Daerah",
            og_type="website",
            extra='<meta property="article:published_time" content="2026-01-27T15:28:00+07:00">',
        ),
        f"<main><h1>Daerah</h1>{_teasers(15, dated=True)}</main>",
    )
    article = extract_article(html, url="https://blora.portal.test/kategori/daerah/")
    assert article.published is not None  # the date is there ...
    assert article.kind == "listing", article.kind_reason  # ... and outweighed


def test_empty_page_is_empty():
    article = extract_article(
        "<html><head><title>x</title></head><body><script>1</script></body></html>", url="https://a.test/x"
    )
    assert not article.is_article


def test_no_single_signal_decides():
    """A NewsArticle type alone on the home URL with nothing else is not enough; a listing URL alone with
    strong article evidence is not enough to reject it."""
    home = PageEvidence(
        url="https://a.test/",
        jsonld_types=["newsarticle"],
        jsonld_article_nodes=1,
        body_chars=300,
        title="Portal",
    )
    assert classify(home).kind == "listing"
    strong = PageEvidence(
        url="https://a.test/page/2/",
        jsonld_types=["newsarticle"],
        jsonld_article_nodes=1,
        og_type="article",
        published_source="jsonld:datePublished",
        body_chars=4000,
        title="Judul berita yang panjang",
    )
    assert classify(strong).kind == "article"


def test_urls_and_sitemaps_name_kinds():
    assert url_kind("https://a.test/") == "home"
    assert url_kind("https://a.test/kategori/daerah/page/2/") == "listing"
    assert url_kind("https://a.test/kontak/") == "static"
    assert url_kind("https://a.test/?s=banjir") == "search"
    assert url_kind("https://a.test/2026/01/27/banjir-cepu/") is None
    assert url_kind("https://a.test/?p=123") is None  # a WordPress post id, not a page number
    assert sitemap_kind("https://a.test/page-sitemap.xml") == "page"
    assert sitemap_kind("https://a.test/wp-sitemap-posts-page-1.xml") == "page"
    assert sitemap_kind("https://a.test/post-sitemap2.xml") == "post"
    assert sitemap_kind("https://a.test/category-sitemap.xml") == "listing"
    assert sitemap_kind("https://a.test/sitemap.xml") is None


def test_before_fetching_only_url_and_sitemap_agreeing_decide():
    assert not classify_url("https://a.test/kontak/", "https://a.test/page-sitemap.xml").is_article
    assert not classify_url("https://a.test/", "https://a.test/page-sitemap.xml").is_article
    # a page sitemap listing an article-like URL: fetched and judged on the page
    assert classify_url(
        "https://a.test/sejarah-singkat-kabupaten-blora-dan-cepu/", "https://a.test/page-sitemap.xml"
    ).is_article
    # a static-looking URL in an unnamed sitemap: fetched and judged on the page
    assert classify_url("https://a.test/kontak/", "https://a.test/sitemap.xml").is_article


@pytest.mark.slow
@corpus.requires("indonesia", "manifest.json")
def test_every_page_of_the_indonesian_corpus_is_an_article():
    root = corpus.CORPUS / "indonesia"
    manifest = json.loads((root / "manifest.json").read_text())
    urls = {m["id"]: m.get("url") for m in manifest} if isinstance(manifest, list) else {}
    wrong = []
    for page_id in json.loads((root / "truth.json").read_text()):
        article = extract_article((root / "html" / f"{page_id}.html").read_bytes(), url=urls.get(page_id))
        if article.kind != "article":
            wrong.append((page_id, article.kind_reason))
    assert wrong == []
