"""Discovery from feeds, sitemaps and pages: pure functions over bytes, including hostile XML."""

from __future__ import annotations

import gzip
import os
import time
from datetime import datetime, timezone

import pytest
from support.faultserver import BILLION_LAUGHS

from telisik.crawl import discover
from telisik.crawl.discover import (
    XMLRefused,
    article_links,
    looks_like_article_url,
    parse_feed,
    parse_html_links,
    parse_sitemap,
    parse_source_date,
)

BASE = "https://blora.telisikfakta.com/"

NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url>
    <loc>https://blora.telisikfakta.com/2026/01/27/banjir-cepu-rendam-ratusan-rumah/</loc>
    <news:news>
      <news:publication><news:name>TelisikFakta</news:name><news:language>id</news:language></news:publication>
      <news:publication_date>2026-01-27T20:59:53+07:00</news:publication_date>
      <news:title>Banjir Cepu rendam ratusan rumah</news:title>
    </news:news>
  </url>
  <url><loc>/2026/01/26/harga-beras-naik-lagi/</loc><lastmod>2026-01-26</lastmod></url>
  <!-- a comment between entries -->
  <url><lastmod>2026-01-26</lastmod></url>
</urlset>"""

SITEMAP_INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://blora.telisikfakta.com/sitemap-news.xml</loc><lastmod>2026-01-27T21:00:00+07:00</lastmod></sitemap>
  <sitemap><loc>https://blora.telisikfakta.com/sitemap-posts-2025.xml.gz</loc></sitemap>
</sitemapindex>"""

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>TelisikFakta Blora</title>
<item><title>Banjir Cepu</title><link>https://blora.telisikfakta.com/2026/01/27/banjir-cepu/</link>
<pubDate>Tue, 27 Jan 2026 20:59:53 +0700</pubDate><dc:creator>Budi</dc:creator></item>
<item><title>Guid only</title><guid isPermaLink="true">https://blora.telisikfakta.com/2026/01/26/guid-only/</guid>
<pubDate>not a date</pubDate></item>
<item><title>No link at all</title><guid isPermaLink="false">post-123</guid></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>
<entry><title>Satu</title><link rel="alternate" type="text/html" href="/2026/01/25/satu-dua-tiga/"/>
<link rel="replies" href="/2026/01/25/satu-dua-tiga/#comments"/>
<published>2026-01-25T10:00:00Z</published><updated>2026-01-26T10:00:00Z</updated></entry>
</feed>"""

RDF = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
<item rdf:about="https://blora.telisikfakta.com/2026/01/24/rdf-item/"><title>RDF</title>
<dc:date>2026-01-24</dc:date></item></rdf:RDF>"""


def xxe(path: str) -> bytes:
    return f"""<?xml version="1.0"?>
<!DOCTYPE urlset [<!ENTITY secret SYSTEM "file://{path}">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.example/&secret;</loc></url></urlset>
""".encode()


def huge_sitemap(n: int) -> bytes:
    head = (
        b'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    )
    rows = b"".join(
        b"<url><loc>https://big.example/berita/%d/judul-berita-panjang</loc><lastmod>2026-01-01</lastmod></url>"
        % i
        for i in range(n)
    )
    return head + rows + b"</urlset>"


# -- sitemaps ------------------------------------------------------------------------------------------------


def test_news_sitemap_gives_absolute_urls_with_publication_dates():
    doc = parse_sitemap(NEWS_SITEMAP, BASE + "sitemap-news.xml")
    assert [e.url for e in doc.urls] == [
        "https://blora.telisikfakta.com/2026/01/27/banjir-cepu-rendam-ratusan-rumah/",
        "https://blora.telisikfakta.com/2026/01/26/harga-beras-naik-lagi/",
    ]
    assert doc.urls[0].date == datetime(2026, 1, 27, 13, 59, 53, tzinfo=timezone.utc)
    assert doc.urls[0].title == "Banjir Cepu rendam ratusan rumah"
    assert doc.urls[1].date == datetime(2026, 1, 26, tzinfo=timezone.utc)
    assert not doc.sitemaps and not doc.truncated


def test_sitemap_index_lists_children_with_lastmod():
    doc = parse_sitemap(SITEMAP_INDEX, BASE + "sitemap_index.xml")
    assert not doc.urls
    assert [e.url.rsplit("/", 1)[-1] for e in doc.sitemaps] == [
        "sitemap-news.xml",
        "sitemap-posts-2025.xml.gz",
    ]
    assert doc.sitemaps[0].date == datetime(2026, 1, 27, 14, 0, tzinfo=timezone.utc)
    assert doc.sitemaps[1].date is None


def test_gzipped_sitemap_is_inflated_whatever_the_content_type():
    plain = parse_sitemap(NEWS_SITEMAP, BASE)
    zipped = parse_sitemap(gzip.compress(NEWS_SITEMAP), BASE)
    assert [e.url for e in zipped.urls] == [e.url for e in plain.urls]


def test_truncated_gzip_keeps_complete_entries():
    data = gzip.compress(huge_sitemap(2000))
    doc = parse_sitemap(data[: len(data) // 2], BASE)
    assert 100 < len(doc.urls) < 2000
    assert all(e.url.endswith("/judul-berita-panjang") for e in doc.urls)


def test_gzip_bomb_sitemap_refused_by_inflated_size():
    bomb = gzip.compress(b"<urlset>" + b" " * (30 * 1024 * 1024) + b"</urlset>")
    assert len(bomb) < 100 * 1024
    with pytest.raises(XMLRefused, match="inflates to more than"):
        parse_sitemap(bomb, BASE, max_bytes=10 * 1024 * 1024)


def test_url_cap_truncates_a_huge_sitemap_quickly():
    data = gzip.compress(huge_sitemap(200_000), 1)
    started = time.monotonic()
    doc = parse_sitemap(data, BASE, max_urls=1000)
    assert len(doc.urls) == 1000 and doc.truncated
    assert time.monotonic() - started < 2.0  # the rest of the document is not parsed at all


MILLION_SCRIPT = r"""
import gzip, io, resource, sys
from telisik.crawl.discover import parse_sitemap
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=1) as out:
    out.write(b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    for start in range(0, 1_000_000, 10_000):
        out.write(b"".join(b"<url><loc>https://big.example/berita/%d/judul-berita</loc></url>" % i
                           for i in range(start, start + 10_000)))
    out.write(b"</urlset>")
data = buf.getvalue()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
doc = parse_sitemap(data, "https://big.example/", max_urls=int(sys.argv[1]))
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(len(doc.urls), doc.truncated, (after - before) // 1024)
"""


@pytest.mark.parametrize("cap", [50_000, 1_000_000])
@pytest.mark.slow
def test_million_entry_sitemap_in_bounded_memory(cap):
    """A million entries (~60 MB of XML, 3 MB gzipped), parsed in a fresh process to measure its peak RSS.
    With the default cap only 50,000 are read; with no effective cap all are, and memory still only grows by
    the kept entries, not the document (elements are freed as they close)."""
    import subprocess
    import sys

    if cap > 50_000 and not os.environ.get("TELISIK_SLOW_TESTS"):
        pytest.skip("set TELISIK_SLOW_TESTS=1 for the full million-entry parse (~20 s)")
    out = subprocess.run(
        [sys.executable, "-c", MILLION_SCRIPT, str(cap)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout.split()
    kept, truncated, growth_mb = int(out[0]), out[1] == "True", int(out[2])
    assert kept == min(cap, 1_000_000) and truncated == (cap < 1_000_000)
    assert growth_mb < (40 if cap == 50_000 else 400), growth_mb


@pytest.mark.slow
def test_parse_tree_stays_flat_while_streaming():
    """Each processed entry is freed: the root holds at most one input chunk's worth of entries (64 KB),
    however long the document."""
    from telisik.crawl.discover import _release, iter_xml_elements

    widest = 0
    count = 0
    for element in iter_xml_elements(huge_sitemap(50_000)):
        if element.tag.endswith("}url"):
            count += 1
            widest = max(widest, len(element.getparent()))
            _release(element)
    assert count == 50_000 and widest <= 1000


def test_entity_expansion_bomb_is_refused_without_expansion():
    started = time.monotonic()
    for parse in (parse_feed, parse_sitemap):
        with pytest.raises(XMLRefused, match="entities"):
            parse(BILLION_LAUGHS, BASE)
        with pytest.raises(XMLRefused, match="entities"):
            parse(gzip.compress(BILLION_LAUGHS), BASE)
    assert time.monotonic() - started < 1.0


def test_external_entity_is_refused_and_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    with pytest.raises(XMLRefused):
        parse_sitemap(xxe(str(secret)), BASE)


def test_doctype_without_entities_is_fine():
    rss091 = (
        b'<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
        b'"http://my.netscape.com/publish/formats/rss-0.91.dtd">\n' + RSS.split(b"?>", 1)[1]
    )
    doc = parse_feed(rss091, BASE)
    assert len(doc.entries) == 2


def test_garbage_is_not_an_error_but_empty():
    assert parse_sitemap(b"<html><body>not a sitemap</body></html>", BASE).urls == []
    assert parse_feed(b"\x00\x01garbage", BASE).entries == []
    assert parse_sitemap(b"", BASE).urls == []


# -- feeds ---------------------------------------------------------------------------------------------------


def test_rss_items_link_guid_and_dates():
    doc = parse_feed(RSS, BASE + "feed/")
    assert [(e.url, e.title) for e in doc.entries] == [
        ("https://blora.telisikfakta.com/2026/01/27/banjir-cepu/", "Banjir Cepu"),
        ("https://blora.telisikfakta.com/2026/01/26/guid-only/", "Guid only"),
    ]
    assert doc.entries[0].date == datetime(2026, 1, 27, 13, 59, 53, tzinfo=timezone.utc)
    assert doc.entries[1].date is None


def test_atom_alternate_link_resolved_against_feed_url():
    doc = parse_feed(ATOM, BASE + "feed/atom/")
    assert [e.url for e in doc.entries] == ["https://blora.telisikfakta.com/2026/01/25/satu-dua-tiga/"]
    assert doc.entries[0].date == datetime(2026, 1, 25, 10, 0, tzinfo=timezone.utc)


def test_rdf_feed():
    doc = parse_feed(RDF, BASE)
    assert [e.url for e in doc.entries] == ["https://blora.telisikfakta.com/2026/01/24/rdf-item/"]


def test_looks_like_feed():
    assert discover.looks_like_feed(RSS) and discover.looks_like_feed(ATOM)
    assert not discover.looks_like_feed(b"<!DOCTYPE html><html><body>404</body></html>")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2026-01-27", datetime(2026, 1, 27, tzinfo=timezone.utc)),
        ("2026-01", datetime(2026, 1, 1, tzinfo=timezone.utc)),
        ("2026-01-27T20:59:53+07:00", datetime(2026, 1, 27, 13, 59, 53, tzinfo=timezone.utc)),
        ("2026-01-27T13:59:53Z", datetime(2026, 1, 27, 13, 59, 53, tzinfo=timezone.utc)),
        ("Tue, 27 Jan 2026 20:59:53 +0700", datetime(2026, 1, 27, 13, 59, 53, tzinfo=timezone.utc)),
        ("2026-02-31", None),
        ("kemarin", None),
        ("", None),
        ("9999-12-31T23:59:59-05:00", None),  # past year 9999 in UTC
        ("0001-01-01T00:00:00+05:00", None),  # before year 1 in UTC
        ("Fri, 31 Dec 9999 23:00:00 -0500", None),
        ("Fri, 31 Dec 99999999999999999999 23:00:00 -0500", None),
        ("Fri, 31 Dec 2026 99999999999:00:00 GMT", None),
    ],
)
def test_parse_source_date(text, expected):
    assert parse_source_date(text) == expected


# -- pages ---------------------------------------------------------------------------------------------------

HOME = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>TelisikFakta Blora</title>
<link rel="alternate" type="application/rss+xml" title="RSS" href="/feed/">
<link rel="alternate" type="application/atom+xml" href="https://blora.telisikfakta.com/feed/atom/">
<link rel="alternate" type="application/rss+xml" title="Komentar" href="/comments/feed/">
<link rel="alternate" hreflang="en" href="https://en.telisikfakta.com/"><link rel="stylesheet" href="/s.css">
</head><body><nav><a href="/">Beranda</a> <a href="/kategori/daerah/">Daerah</a> <a href="/tag/banjir/">banjir</a>
<a href="/author/budi-santoso/">Budi</a> <a href="/page/2/">2</a> <a href="/?s=banjir">cari</a>
<a href="/login/">Masuk</a> <a href="/redaksi/">Redaksi</a></nav>
<main><h2><a href="/2026/01/27/banjir-cepu-rendam-ratusan-rumah/">Banjir</a></h2>
<h2><a href="https://blora.telisikfakta.com/2026/01/27/banjir-cepu-rendam-ratusan-rumah/#comments">dup</a></h2>
<h2><a href="/berita/527615/penerbangan-dibatalkan">Antara style</a></h2>
<h2><a href="/read/2026/01/26/13300711/pengacara-dituntut-kurungan">Kompas style</a></h2>
<h2><a href="/pemkab-blora-salurkan-bantuan-beras-untuk-korban-banjir-cepu">Slug only</a></h2>
<a href="https://facebook.com/telisikfakta">fb</a>
<a href="https://other.example/2026/01/27/berita-situs-lain-yang-panjang/">off-site</a>
<a href="javascript:void(0)">js</a> <a href="mailto:redaksi@telisikfakta.com">mail</a>
<a href="/wp-content/uploads/2026/01/foto-banjir-cepu-besar.jpg">foto</a></main></body></html>"""


def test_page_links_feeds_and_article_urls_on_site_only():
    feeds, links = article_links(HOME, BASE, ["blora.telisikfakta.com"])
    assert feeds == ["https://blora.telisikfakta.com/feed/", "https://blora.telisikfakta.com/feed/atom/"]
    assert links == [
        "https://blora.telisikfakta.com/2026/01/27/banjir-cepu-rendam-ratusan-rumah/",
        "https://blora.telisikfakta.com/berita/527615/penerbangan-dibatalkan",
        "https://blora.telisikfakta.com/read/2026/01/26/13300711/pengacara-dituntut-kurungan",
        "https://blora.telisikfakta.com/pemkab-blora-salurkan-bantuan-beras-untuk-korban-banjir-cepu",
    ]


def test_base_href_is_honoured():
    html = '<html><head><base href="https://blora.telisikfakta.com/arsip/"></head><body><a href="2026/01/27/judul-berita-ini/">x</a></body></html>'
    _, anchors = parse_html_links(html, "https://blora.telisikfakta.com/")
    assert anchors == ["https://blora.telisikfakta.com/arsip/2026/01/27/judul-berita-ini/"]


def test_empty_or_broken_html_gives_nothing():
    assert parse_html_links("", BASE) == ([], [])
    assert parse_html_links(b"\x00\xff<<<", BASE)[0] == []


@pytest.mark.parametrize(
    "url",
    [
        "https://www.tribunnews.com/pendidikan/2020/05/04/jawaban-soal-apa-dampak-negatif",
        "https://health.detik.com/true-story/d-7016153/curhat-wanita-kena-stroke",
        "https://money.kompas.com/read/2023/11/02/213419026/menhub-bocorkan-penyebab",
        "http://www.antaranews.com/berita/527615/29-penerbangan-bandara-internasional-lombok-dibatalkan",
        "http://www.kapanlagi.com/showbiz/film/indonesia/brandon-salim-makin-dekat-dengan-sivia-82f43b.html",
        "http://life.viva.co.id/showbiz/read/736460-taylor-swift-standing-ovation",
        "https://mediaindonesia.com/ekonomi/822959/kpk-tak-temukan-surat-pencabutan-iup",
        "https://blora.telisikfakta.com/2026/01/27/banjir-cepu/amp",
    ],
)
def test_article_urls_recognised(url):
    assert looks_like_article_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://blora.telisikfakta.com/",
        "https://blora.telisikfakta.com/kategori/daerah/",
        "https://blora.telisikfakta.com/tag/banjir-cepu-rendam-rumah-warga/",
        "https://blora.telisikfakta.com/author/budi-santoso-wijaya-kusuma/",
        "https://blora.telisikfakta.com/page/2/",
        "https://blora.telisikfakta.com/2026/01/",
        "https://blora.telisikfakta.com/2026/01/27/",
        "https://blora.telisikfakta.com/search/?q=banjir-cepu-rendam-rumah",
        "https://blora.telisikfakta.com/2026/01/27/banjir-cepu/?replytocom=12",
        "https://blora.telisikfakta.com/wp-login.php",
        "https://blora.telisikfakta.com/pedoman-media-siber/",
        "https://blora.telisikfakta.com/wp-content/uploads/2026/01/foto-banjir-cepu-rendam.jpg",
        "https://blora.telisikfakta.com/feed/",
        "mailto:redaksi@telisikfakta.com",
        "ftp://blora.telisikfakta.com/2026/01/27/banjir-cepu-rendam/",
    ],
)
def test_listing_and_utility_urls_rejected(url):
    assert not looks_like_article_url(url)


def test_same_site_compares_host_and_port():
    assert discover.same_site("http://127.0.0.2:8080/a", ["127.0.0.2:8080"])
    assert not discover.same_site("http://127.0.0.2:9090/a", ["127.0.0.2:8080"])
    assert discover.same_site("https://WWW.Example.com/a", ["www.example.com"])
    assert not discover.same_site("file:///etc/passwd", ["www.example.com"])


def test_a_date_out_of_range_costs_the_date_not_the_sitemap():
    body = (
        b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<url><loc>/2026/01/27/banjir-cepu-rendam-ratusan-rumah/</loc><lastmod>9999-12-31T23:59:59-05:00</lastmod></url>"
        b"</urlset>"
    )
    doc = parse_sitemap(body, BASE)
    assert [(e.url, e.date) for e in doc.urls] == [
        (BASE + "2026/01/27/banjir-cepu-rendam-ratusan-rumah/", None)
    ]


def test_a_malformed_url_costs_that_entry_only():
    bad, good = "http://[::1/x", BASE + "2026/01/27/banjir-cepu-rendam-ratusan-rumah/"
    feed = (
        f'<?xml version="1.0"?><rss><channel><item><link>{bad}</link></item>'
        f"<item><link>{good}</link></item></channel></rss>"
    ).encode()
    assert [e.url for e in parse_feed(feed, BASE).entries] == [good]
    sitemap = (
        f'<?xml version="1.0"?><urlset><url><loc>{bad}</loc></url><url><loc>{good}</loc></url></urlset>'
    ).encode()
    assert [e.url for e in parse_sitemap(sitemap, BASE).urls] == [good]
    page = f'<html><head><base href="http://[zz/"></head><body><a href="{bad}">x</a><a href="{good}">y</a></body></html>'
    assert article_links(page, BASE, ["blora.telisikfakta.com"]) == ([], [good])
