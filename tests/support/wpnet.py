"""WordPress-style regional portals on loopback: the sitenet sites plus everything that is *not* an article.

Each `PortalSite` (a `support.sitenet.SimSite`) adds what a real regional WordPress portal serves besides its
posts: a home page of dated teasers (`Berita Blora Terkini`), category, tag and author listings with
pagination (`/kategori/daerah/page/2/`), the static pages every Indonesian news site must publish (`Susunan
Redaksi`, `Kontak`, `Pedoman Media Siber`, `Tentang Kami`, with Yoast-style JSON-LD: a `WebPage`, `AboutPage` or
`ContactPage` node and `og:type` article, as Yoast writes it on pages too), a search page, one post at a short
URL (`/banjir-cepu/`), and a sitemap index listing `post-sitemap.xml`, `page-sitemap.xml` (the home page and
the static pages) and `category-sitemap.xml`.

`flat_sitemap=True` serves instead one `sitemap.xml` listing everything (home, sections, static pages,
posts), as many custom portals do: the crawler cannot tell the pages apart by the sitemap there, only by
reading them. `PortalNet` runs several such sites.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from html import escape

from support.sitenet import SECTIONS, WIB, Article, RunningSites, SimSite

STATIC_PAGES = {
    "/susunan-redaksi/": ("Susunan Redaksi", "AboutPage"),
    "/kontak/": ("Kontak", "ContactPage"),
    "/pedoman-media-siber/": ("Pedoman Media Siber", "WebPage"),
    "/tentang-kami/": ("Tentang Kami", "AboutPage"),
}
PEDOMAN = (
    "Kemerdekaan berpendapat, kemerdekaan berekspresi, dan kemerdekaan pers adalah hak asasi manusia yang "
    "dilindungi Pancasila, Undang-Undang Dasar 1945, dan Deklarasi Universal Hak Asasi Manusia PBB. "
    "Keberadaan media siber di Indonesia juga merupakan bagian dari kemerdekaan berpendapat dan berekspresi."
)


class ShortArticle(Article):
    """A post under WordPress's `/%postname%/` permalinks: a short URL, no date in it."""

    def path(self) -> str:
        return f"/{self.slug}/"


class PortalSite(SimSite):
    """A regional WordPress portal: posts (from SimSite) and the pages around them."""

    def __init__(self, index: int, *, flat_sitemap: bool = False, **kwargs) -> None:
        super().__init__(index, **kwargs)
        self.flat_sitemap = flat_sitemap
        self.home_title = f"Berita {self.name.capitalize()} Terkini"
        short = ShortArticle(
            "banjir-cepu",
            f"Banjir Rendam Ratusan Rumah di Cepu, Warga {self.name.capitalize()} Mengungsi",
            "daerah",
            "Budi Santoso",
            datetime(2026, 1, 22, 9, 30, tzinfo=WIB),
            [p.replace("Kalimat khusus", "Kalimat banjir") for p in self.articles[0].paragraphs],
        )
        self.articles.append(short)

    # -- pages that are not articles ------------------------------------------------------------------

    def listing_paths(self) -> list[str]:
        """Home, section, tag, author and pagination pages."""
        paths = ["/"]
        for section in SECTIONS:
            paths += [f"/kategori/{section}/", f"/kategori/{section}/page/2/"]
        return paths + ["/tag/banjir/", "/tag/banjir/page/2/", "/author/budi-santoso/", "/page/2/"]

    def non_article_paths(self) -> list[str]:
        return self.listing_paths() + list(STATIC_PAGES)

    def _head(self, title: str, url: str, graph: list[dict], og_type: str) -> str:
        jsonld = json.dumps({"@context": "https://schema.org", "@graph": graph})
        return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>{escape(title)}</title><link rel="canonical" href="{url}">
<meta property="og:type" content="{og_type}"><meta property="og:title" content="{escape(title)}">
<meta property="og:url" content="{url}"><meta property="og:site_name" content="{self.name.capitalize()}News">
<meta property="article:modified_time" content="2026-01-05T10:00:00+07:00">
<script type="application/ld+json">{jsonld}</script>
<link rel="alternate" type="application/rss+xml" href="/feed/"></head>"""

    def _website_node(self) -> dict:
        return {"@type": "WebSite", "@id": self.url + "#website", "url": self.url, "name": self.name}

    def teaser_page(self, path: str, title: str, articles: list[Article]) -> str:
        """A listing as WordPress themes render it: dated teasers with excerpts, pagination."""
        url = self.url.rstrip("/") + path
        cards = "".join(
            f'<article class="post type-post"><h2 class="entry-title"><a href="{a.path()}">{escape(a.title)}</a>'
            f'</h2><div class="entry-meta"><time datetime="{a.published.isoformat()}">'
            f"{a.published:%d/%m/%Y %H:%M} WIB</time> oleh {a.author}</div>"
            f'<div class="entry-summary"><p>{escape(a.paragraphs[0][:160])}…</p></div></article>'
            for a in articles
        )
        graph = [self._website_node(), {"@type": "CollectionPage", "@id": url, "url": url, "name": title}]
        return f"""{self._head(title, url, graph, "website" if path == "/" else "object")}
<body class="archive">{self._nav()}<main id="main"><h1 class="page-title">{escape(title)}</h1>{cards}
<nav class="pagination"><a class="page-numbers" href="{path.split("page/")[0]}page/2/">2</a>
<a class="page-numbers" href="{path.split("page/")[0]}page/3/">3</a></nav></main>
{self._sidebar()}{self._footer()}</body></html>"""

    def static_page(self, path: str) -> str:
        title, page_type = STATIC_PAGES[path]
        url = self.url.rstrip("/") + path
        if path == "/pedoman-media-siber/":
            text = "".join(f"<p>{n}. {PEDOMAN}</p>" for n in range(1, 9))
        elif path == "/susunan-redaksi/":
            text = (
                "<p>Pemimpin Redaksi: Agus Prasetyo</p><p>Redaktur Pelaksana: Dewi Lestari</p>"
                "<p>Reporter: Budi Santoso, Siti Rahmawati, Rizky Hidayat</p>"
                "<p>Alamat redaksi: Jalan Pemuda No. 12, Blora, Jawa Tengah.</p>"
            )
        elif path == "/kontak/":
            text = "<p>Hubungi kami di redaksi@portal.test atau WhatsApp 0812-3456-7890.</p>"
        else:
            text = (
                f"<p>{self.name.capitalize()}News adalah media siber yang menyajikan berita daerah secara cepat, "
                "akurat dan berimbang sejak 2019. Kami berbadan hukum dan terverifikasi Dewan Pers.</p>"
                "<p>Redaksi berkomitmen menjalankan Kode Etik Jurnalistik dan Pedoman Media Siber dalam "
                "setiap pemberitaan, serta melayani hak jawab dan hak koreksi pembaca.</p>"
            )
        graph = [
            self._website_node(),
            {
                "@type": page_type,
                "@id": url,
                "url": url,
                "name": title,
                "datePublished": "2019-03-01T08:00:00+07:00",
            },
        ]
        return f"""{self._head(f"{title} - {self.name.capitalize()}News", url, graph, "article")}
<body class="page-template-default page">{self._nav()}<main id="main"><article class="page type-page">
<h1 class="entry-title">{escape(title)}</h1><div class="entry-content">{text}</div></article></main>
{self._sidebar()}{self._footer()}</body></html>"""

    def search_page(self) -> str:
        return self.teaser_page("/", "Hasil pencarian: banjir", self.public_articles()[:6])

    # -- sitemaps -------------------------------------------------------------------------------------

    def _urlset(self, paths: list[str]) -> str:
        entries = "".join(f"<url><loc>{self.url.rstrip('/')}{p}</loc></url>" for p in paths)
        return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'

    def sitemap_index(self) -> str:
        if self.flat_sitemap:
            return self._urlset(self.non_article_paths() + [a.path() for a in self.public_articles()])
        names = ("post-sitemap.xml", "page-sitemap.xml", "category-sitemap.xml")
        entries = "".join(f"<sitemap><loc>{self.url}{n}</loc></sitemap>" for n in names)
        return f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>'

    # -- routing --------------------------------------------------------------------------------------

    def _respond(self, path: str, query: str = "") -> tuple[int, dict[str, str], bytes, bool]:
        html = {"Content-Type": "text/html; charset=utf-8"}
        xml = {"Content-Type": "application/xml; charset=utf-8"}
        if path in self.overrides:
            return super()._respond(path, query)
        if path == "/" and query.startswith("s="):
            return 200, html, self.search_page().encode(), False
        if path == "/" or path == "/page/2/":
            teasers = self.public_articles()[:10] if path == "/" else self.public_articles()[10:20]
            return 200, html, self.teaser_page(path, self.home_title, teasers).encode(), True
        if path.startswith(("/kategori/", "/tag/", "/author/")):
            name = path.strip("/").split("/")[1].replace("-", " ").title()
            return 200, html, self.teaser_page(path, name, self.public_articles()[2:12]).encode(), False
        if path in STATIC_PAGES:
            return 200, html, self.static_page(path).encode(), False
        if path == "/post-sitemap.xml":
            return 200, xml, self._urlset([a.path() for a in self.articles]).encode(), True
        if path == "/page-sitemap.xml":
            return 200, xml, self._urlset(["/", *STATIC_PAGES]).encode(), True
        if path == "/category-sitemap.xml":
            return 200, xml, self._urlset([f"/kategori/{s}/" for s in SECTIONS]).encode(), True
        return super()._respond(path, query)


@dataclass
class PortalNet(RunningSites):
    """Several portals on loopback; use as a context manager. Site 1 serves one flat sitemap."""

    n_sites: int = 3
    articles: int = 8
    sites: list[PortalSite] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sites = [PortalSite(i, articles=self.articles, flat_sitemap=i == 1) for i in range(self.n_sites)]
