"""A simulated network of news sites on loopback, for crawl tests and the crawl benchmark.

Each site is a real HTTP server (stdlib ThreadingHTTPServer) on its own loopback address (127.0.0.2,
127.0.0.3, ... — Linux routes all of 127/8 to lo), so every site is a different host. A site has a home page,
section pages, tag/author listings, an RSS feed (ETag/Last-Modified, 304 when unchanged), a sitemap index with
a Google News sitemap and a gzipped posts sitemap, robots.txt with a disallowed path, a Crawl-delay and a
Sitemap: line, and article pages built from a realistic template (head meta, JSON-LD, nav, sidebar, related
links, comments, off-site links). Every request is logged with its time, so tests can count requests and check
the crawler's politeness.

Run it standalone (for the benchmarks, so the servers do not share the crawler's CPU):
    python3 tests/support/sitenet.py --sites 20 --articles 100 --latency 0.05
prints one JSON line {"sites": [{"name", "url", ...}]} and serves until killed; GET /__log on any site
returns that site's request log as JSON. `site_network(...)` runs it so for the length of a with block
(benchmarks/crawl.py, benchmarks/pgcrawl.py).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TypeVar

WIB = timezone(timedelta(hours=7))
SECTIONS = ("daerah", "ekonomi", "olahraga")
AUTHORS = ("Budi Santoso", "Siti Rahmawati", "Agus Prasetyo", "Dewi Lestari", "Rizky Hidayat")
WORDS = (
    "banjir warga desa pemerintah kabupaten jalan sungai bantuan petani harga pasar sekolah guru rumah sakit "
    "pelayanan masyarakat kepala dinas program pembangunan jembatan anggaran tahun musim hujan panen beras"
).split()


@dataclass
class Article:
    slug: str
    title: str
    section: str
    author: str
    published: datetime
    paragraphs: list[str]
    private: bool = False  # under the robots.txt-disallowed path
    pages: int = 1  # >1: split over ?page=N pages with a pager (paragraphs shared out in order)

    def path(self) -> str:
        if self.private:
            return f"/private/{self.slug}/"
        return f"/{self.published:%Y/%m/%d}/{self.slug}/"


@dataclass
class LoggedRequest:
    path: str
    at: float  # time.monotonic() when the request came in (its handler started)
    status: int
    if_none_match: str | None
    if_modified_since: str | None
    query: str = ""
    # The client's address:port: requests on one connection share it; the first request of a connection is
    # stamped late on a loaded machine (a new server thread), which shortens the gap after it.
    client: str = ""


def _free_port(ip: str) -> int:
    with socket.socket() as sock:
        sock.bind((ip, 0))
        return sock.getsockname()[1]


class SimSite:
    """One simulated news site. `start()` serves it; `down=True` sites are never started (refused)."""

    def __init__(
        self,
        index: int,
        *,
        articles: int = 8,
        crawl_delay: float | None = None,
        latency: float = 0.0,
        ip: str | None = None,
        down: bool = False,
        other_sites: list[str] | None = None,
    ) -> None:
        self.index = index
        self.ip = ip or f"127.0.0.{index + 2}"
        self.port = _free_port(self.ip)
        self.name = f"portal{index}"
        self.crawl_delay = crawl_delay
        self.latency = latency
        self.down = down
        self.other_sites = other_sites or []
        self.articles: list[Article] = []
        self.log: list[LoggedRequest] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self.overrides: dict[str, tuple[int, dict[str, str], bytes]] = {}  # path -> canned response
        self.fail_next: dict[str, int] = {}  # path -> how many more times to answer 503 (Retry-After: 1)
        # path -> how an article is gone between runs: "404", "410", "home" (301 to /), "section" (301 to its
        # section page), "soft404" (a not-found page with status 200), "403" (refused), "503" (down)
        self.gone: dict[str, str] = {}
        self.blocked = False  # True: every request gets a 403 bot-challenge page (a firewall blocking us)
        self.inflight = 0
        self.max_inflight = 0  # most requests this site served at once
        self.updated = datetime(2026, 1, 1, tzinfo=timezone.utc)
        self.cache = False
        self._cache: dict[str, tuple[int, dict[str, str], bytes, bool]] = {}
        base = datetime(2026, 1, 20, 8, 0, tzinfo=WIB)
        for n in range(articles):
            self.add_article(published=base + timedelta(hours=7 * n), touch=False)
        self.add_article(published=base - timedelta(days=3), private=True, touch=False)

    # -- content ----------------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://{self.ip}:{self.port}/"

    @property
    def host(self) -> str:
        return f"{self.ip}:{self.port}"

    def add_article(
        self, *, published: datetime | None = None, private: bool = False, touch: bool = True
    ) -> Article:
        n = len(self.articles)
        words = [WORDS[(n * 7 + self.index * 3 + k) % len(WORDS)] for k in range(5)]
        title = f"{' '.join(words).capitalize()} di {self.name.capitalize()} nomor {n}"
        slug = "-".join([*words, self.name, str(n)])
        paragraphs = [
            f"{self.name.upper()} - "
            + " ".join(WORDS[(n + k + j) % len(WORDS)] for j in range(28)).capitalize()
            + "."
            for k in range(5)
        ]
        paragraphs = [
            p + f" Kalimat khusus artikel {n} paragraf {k} di {self.name}." for k, p in enumerate(paragraphs)
        ]
        if published is None:
            published = max(a.published for a in self.articles) + timedelta(hours=1)
        article = Article(
            slug,
            title,
            SECTIONS[n % len(SECTIONS)],
            AUTHORS[(n + self.index) % len(AUTHORS)],
            published,
            paragraphs,
            private,
        )
        self.articles.append(article)
        self._cache.clear()
        if touch:
            self.updated = datetime.now(timezone.utc).replace(microsecond=0)
        return article

    def edit(
        self, article: Article, paragraph: int = 2, text: str | None = None, title: str | None = None
    ) -> None:
        """Edit an article on the server (a correction in one paragraph, and the title if given)."""
        article.paragraphs[paragraph] = text or (
            "Koreksi: jumlah rumah yang terendam banjir adalah 312, bukan 213 seperti ditulis sebelumnya."
        )
        if title:
            article.title = title
        self._cache.clear()

    def take_down(self, article: Article, how: str) -> None:
        """Make an article answer as `how` from now on (see `gone`); `restore` brings it back."""
        self.gone[article.path()] = how
        self._cache.clear()

    def restore(self, article: Article) -> None:
        self.gone.pop(article.path(), None)
        self._cache.clear()

    def not_found_html(self) -> str:
        """A WordPress-style soft 404: the full site template, served with status 200."""
        return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Halaman tidak ditemukan - {self.name.capitalize()}News</title>
<meta name="robots" content="noindex"><link rel="alternate" type="application/rss+xml" href="/feed/"></head>
<body class="error404">{self._nav()}<main class="content"><section class="error-404 not-found">
<h1 class="page-title">Halaman tidak ditemukan</h1>
<p>Maaf, halaman yang Anda cari tidak ditemukan. Mungkin sudah dipindahkan atau dihapus.</p>
<form action="/search/"><input name="q"></form></section></main>{self._sidebar()}{self._footer()}</body></html>"""

    def _gone_response(self, article: Article, how: str) -> tuple[int, dict[str, str], bytes, bool]:
        html = {"Content-Type": "text/html; charset=utf-8"}
        if how in ("404", "410"):
            return int(how), html, b"<html><body><h1>404 Tidak ditemukan</h1></body></html>", False
        if how in ("home", "section"):
            target = "/" if how == "home" else f"/kategori/{article.section}/"
            return 301, {**html, "Location": self.url.rstrip("/") + target}, b"", False
        if how == "soft404":
            return 200, html, self.not_found_html().encode(), False
        if how == "403":
            return 403, html, b"<html><body><h1>403 Forbidden</h1></body></html>", False
        return 503, html, b"<html><body><h1>503 Service Unavailable</h1></body></html>", False

    def public_articles(self) -> list[Article]:
        return sorted((a for a in self.articles if not a.private), key=lambda a: a.published, reverse=True)

    def article_urls(self) -> list[str]:
        return [self.url.rstrip("/") + a.path() for a in self.public_articles()]

    def _nav(self) -> str:
        links = "".join(f'<li><a href="/kategori/{s}/">{s.capitalize()}</a></li>' for s in SECTIONS)
        return f"""<header class="site-header"><a class="logo" href="/">{self.name.capitalize()}News</a>
<nav class="main-nav"><ul><li><a href="/">Beranda</a></li>{links}<li><a href="/indeks/">Indeks</a></li>
<li><a href="/login/">Masuk</a></li></ul></nav>
<form action="/search/" class="search"><input name="q"></form></header>"""

    def _sidebar(self) -> str:
        popular = "".join(
            f'<li><a href="{a.path()}">{escape(a.title)}</a></li>' for a in self.public_articles()[:4]
        )
        return f"""<aside class="sidebar"><div class="widget"><h3>Terpopuler</h3><ol>{popular}</ol></div>
<div class="ad ad-300x250"><a href="https://ads.example.net/click?id=9">Iklan</a></div>
<div class="widget"><h3>Tag</h3><a href="/tag/banjir/">banjir</a> <a href="/tag/pemilu/">pemilu</a></div></aside>"""

    def _footer(self) -> str:
        offsite = "".join(f'<a href="{u}">Mitra</a> ' for u in self.other_sites)
        return f"""<footer><p>&copy; 2026 {self.name.capitalize()}News. <a href="/redaksi/">Redaksi</a>
<a href="/pedoman-media-siber/">Pedoman Media Siber</a> <a href="https://www.facebook.com/{self.name}">Facebook</a>
<a href="https://news.example.org/2026/01/20/berita-luar-situs-yang-tidak-boleh-diikuti/">Berita luar</a>
{offsite}</p></footer>"""

    def _listing(self, title: str, articles: list[Article]) -> str:
        items = "".join(
            f'<article class="card"><h2><a href="{a.path()}">{escape(a.title)}</a></h2>'
            f'<a class="cat" href="/kategori/{a.section}/">{a.section}</a> '
            f'<a class="author" href="/author/{a.author.lower().replace(" ", "-")}/">{a.author}</a></article>'
            for a in articles
        )
        private = [a for a in self.articles if a.private]
        hidden = f'<a href="{private[0].path()}">Arsip internal</a>' if private else ""
        return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{escape(title)}</title>
<link rel="alternate" type="application/rss+xml" title="RSS" href="/feed/">
<meta name="viewport" content="width=device-width"></head><body>{self._nav()}
<main><h1>{escape(title)}</h1>{items}{hidden}<div class="pagination"><a href="/page/2/">2</a>
<a href="?page=3">3</a></div></main>{self._sidebar()}{self._footer()}</body></html>"""

    def article_html(self, article: Article, page: int = 1) -> str:
        url = self.url.rstrip("/") + article.path()
        iso = article.published.isoformat()
        jsonld = json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": article.title,
                "datePublished": iso,
                "dateModified": iso,
                "author": {"@type": "Person", "name": article.author},
                "publisher": {"@type": "Organization", "name": f"{self.name.capitalize()}News"},
                "mainEntityOfPage": url,
                "articleSection": article.section,
            }
        )
        paragraphs = article.paragraphs
        pager = ""
        if article.pages > 1:
            share = -(-len(paragraphs) // article.pages)
            paragraphs = paragraphs[(page - 1) * share : page * share]
            links = "".join(
                f'<a href="{article.path()}?page={n}">{n}</a> ' if n != page else f"<span>{n}</span> "
                for n in range(1, article.pages + 1)
            )
            pager = f'<div class="page-links">Halaman: {links}</div>'
        body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs[:3])
        body += '<p class="baca-juga"><strong>Baca juga:</strong> <a href="/tag/banjir/">Banjir lagi</a></p>'
        body += "".join(f"<p>{escape(p)}</p>" for p in paragraphs[3:]) + pager
        related = "".join(
            f'<li><a href="{a.path()}">{escape(a.title)}</a></li>'
            for a in self.public_articles()[:3]
            if a is not article
        )
        return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>{escape(article.title)} - {self.name.capitalize()}News</title>
<link rel="canonical" href="{url}">
<meta name="description" content="{escape(article.paragraphs[0][:150])}">
<meta property="og:type" content="article"><meta property="og:title" content="{escape(article.title)}">
<meta property="og:url" content="{url}"><meta property="og:site_name" content="{self.name.capitalize()}News">
<meta property="article:published_time" content="{iso}"><meta property="article:section" content="{article.section}">
<meta name="author" content="{escape(article.author)}">
<script type="application/ld+json">{jsonld}</script>
<link rel="alternate" type="application/rss+xml" href="/feed/"></head>
<body>{self._nav()}<main class="content"><nav class="breadcrumb"><a href="/">Beranda</a> &rsaquo;
<a href="/kategori/{article.section}/">{article.section}</a></nav>
<article class="post"><h1 class="entry-title">{escape(article.title)}</h1>
<div class="byline">Penulis: <a href="/author/{article.author.lower().replace(" ", "-")}/">{article.author}</a>
 &middot; <time datetime="{iso}">{article.published:%d/%m/%Y %H:%M} WIB</time></div>
<div class="entry-content">{body}</div>
<div class="tags"><a href="/tag/banjir/">banjir</a> <a href="/tag/{article.section}/">{article.section}</a></div>
<div class="share"><a href="https://twitter.com/intent/tweet?url={url}">Tweet</a></div></article>
<section class="related"><h3>Berita Terkait</h3><ul>{related}</ul></section>
<section class="comments"><h3>2 Komentar</h3><div class="comment"><b>warga123</b><p>Semoga cepat ditangani.</p>
</div><div class="comment"><b>andi</b><p>Mantap beritanya.</p></div></section></main>
{self._sidebar()}{self._footer()}</body></html>"""

    def feed_xml(self) -> str:
        items = "".join(
            f"<item><title>{escape(a.title)}</title><link>{self.url.rstrip('/')}{a.path()}</link>"
            f'<guid isPermaLink="true">{self.url.rstrip("/")}{a.path()}</guid>'
            f"<pubDate>{format_datetime(a.published)}</pubDate><dc:creator>{a.author}</dc:creator></item>"
            for a in self.public_articles()[:5]
        )
        return (
            f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<channel><title>{self.name}</title><link>{self.url}</link>{items}</channel></rss>"
        )

    def _site_lastmod(self, articles: list[Article]) -> str:
        return max(a.published for a in articles).isoformat() if articles else "2026-01-01T00:00:00+07:00"

    def news_sitemap(self) -> str:
        recent = self.public_articles()[: max(1, len(self.public_articles()) // 2)]
        entries = "".join(
            f"<url><loc>{self.url.rstrip('/')}{a.path()}</loc><news:news><news:publication><news:name>{self.name}"
            f"</news:name><news:language>id</news:language></news:publication><news:publication_date>"
            f"{a.published.isoformat()}</news:publication_date><news:title>{escape(a.title)}</news:title>"
            f"</news:news></url>"
            for a in recent
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{entries}</urlset>'
        )

    def posts_sitemap(self) -> str:
        entries = "".join(
            f"<url><loc>{self.url.rstrip('/')}{a.path()}</loc><lastmod>{a.published.isoformat()}</lastmod></url>"
            for a in sorted(
                self.articles, key=lambda a: a.published
            )  # the private one too: robots must stop it
        )
        return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'

    def sitemap_index(self) -> str:
        lastmod = self._site_lastmod(self.articles)
        return (
            '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{self.url}sitemap-news.xml</loc><lastmod>{lastmod}</lastmod></sitemap>"
            f"<sitemap><loc>{self.url}sitemap-posts.xml.gz</loc><lastmod>{lastmod}</lastmod></sitemap>"
            "</sitemapindex>"
        )

    def robots_txt(self) -> str:
        lines = ["User-agent: *", "Disallow: /private/", "Disallow: /search/"]
        if self.crawl_delay is not None:
            lines.append(f"Crawl-delay: {self.crawl_delay}")
        lines.append(f"Sitemap: {self.url}sitemap_index.xml")
        return "\n".join(lines) + "\n"

    # -- routing ----------------------------------------------------------------------------------------

    def respond(self, path: str, query: str = "") -> tuple[int, dict[str, str], bytes, bool]:
        """(status, headers, body, conditional?) for a path; cached when `self.cache` (benchmark mode, where
        pages never change and the server's own CPU must not be the bottleneck)."""
        if not self.cache or path in self.overrides:
            return self._respond(path, query)
        with self._lock:
            hit = self._cache.get((path, query))
        if hit is None:
            hit = self._respond(path, query)
            with self._lock:
                self._cache[(path, query)] = hit
        return hit

    def _respond(self, path: str, query: str = "") -> tuple[int, dict[str, str], bytes, bool]:
        if path in self.overrides:
            status, headers, body = self.overrides[path]
            return status, headers, body, False
        html = {"Content-Type": "text/html; charset=utf-8"}
        xml = {"Content-Type": "application/xml; charset=utf-8"}
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, self.robots_txt().encode(), True
        if path == "/":
            return (
                200,
                html,
                self._listing(f"{self.name.capitalize()}News", self.public_articles()[:5]).encode(),
                True,
            )
        if path.startswith("/kategori/"):
            section = path.strip("/").split("/")[-1]
            chosen = [a for a in self.public_articles() if a.section == section]
            return 200, html, self._listing(section.capitalize(), chosen).encode(), True
        if path in ("/feed/", "/feed"):
            return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, self.feed_xml().encode(), True
        if path == "/sitemap_index.xml":
            return 200, xml, self.sitemap_index().encode(), True
        if path == "/sitemap-news.xml":
            return 200, xml, self.news_sitemap().encode(), True
        if path == "/sitemap-posts.xml.gz":
            body = gzip.compress(self.posts_sitemap().encode(), mtime=0)
            return 200, {"Content-Type": "application/x-gzip"}, body, True
        for article in self.articles:
            if path == article.path():
                if path in self.gone:
                    return self._gone_response(article, self.gone[path])
                page = int(query[5:]) if query.startswith("page=") and query[5:].isdigit() else 1
                if page > article.pages:
                    break
                return 200, html, self.article_html(article, page).encode(), True
        if path.startswith(("/tag/", "/author/", "/page/", "/indeks/")):
            return 200, html, self._listing("Daftar", self.public_articles()[5:8]).encode(), False
        return 404, html, b"<html><body><h1>404 Tidak ditemukan</h1></body></html>", False

    def handle(self, handler: BaseHTTPRequestHandler) -> None:
        arrived = time.monotonic()  # logged as the request's time: when it came in, not when it was answered
        path, _, query = handler.path.partition("?")
        with self._lock:
            self.inflight += 1
            self.max_inflight = max(self.max_inflight, self.inflight)
        try:
            if self.latency:
                time.sleep(self.latency)
            self._handle(handler, path, query, arrived)
        finally:
            with self._lock:
                self.inflight -= 1

    def _handle(self, handler: BaseHTTPRequestHandler, path: str, query: str, arrived: float) -> None:
        if path == "/__log":
            body = json.dumps([r.__dict__ for r in self.log]).encode()
            self._send(handler, 200, {"Content-Type": "application/json"}, body)
            return
        with self._lock:
            failing = self.fail_next.get(path, 0)
            if failing:
                self.fail_next[path] = failing - 1
        if self.blocked:
            status, headers, body, conditional = (
                403,
                {"Content-Type": "text/html; charset=utf-8"},
                b"<html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>",
                False,
            )
        elif failing:
            status, headers, body, conditional = (
                503,
                {"Retry-After": "1", "Content-Type": "text/html"},
                b"busy",
                False,
            )
        else:
            status, headers, body, conditional = self.respond(path, query)
        headers = dict(headers)
        inm, ims = handler.headers.get("If-None-Match"), handler.headers.get("If-Modified-Since")
        if conditional and status == 200:
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            headers["ETag"] = etag
            headers["Last-Modified"] = format_datetime(self.updated, usegmt=True)
            if inm is not None and inm == etag:
                status, body = 304, b""
        with self._lock:
            client = f"{handler.client_address[0]}:{handler.client_address[1]}"
            self.log.append(LoggedRequest(path, arrived, status, inm, ims, query, client))
        self._send(handler, status, headers, body)

    @staticmethod
    def _send(handler: BaseHTTPRequestHandler, status: int, headers: dict[str, str], body: bytes) -> None:
        handler.send_response(status)
        for name, value in headers.items():
            handler.send_header(name, value)
        if status != 304:
            handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        if status != 304:
            handler.wfile.write(body)

    def start(self) -> None:
        if self.down:
            return
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # One write per response and no Nagle: otherwise headers and body go out as two segments and
            # the client's delayed ACK adds ~40 ms to every keep-alive request.
            wbufsize = 64 * 1024
            disable_nagle_algorithm = True

            def do_GET(self) -> None:  # noqa: N802
                site.handle(self)

            def log_message(self, *args) -> None:
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            request_queue_size = 64

        self._server = Server((self.ip, self.port), Handler)
        threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    # -- what tests look at -----------------------------------------------------------------------------

    def requests(self, prefix: str = "") -> list[LoggedRequest]:
        with self._lock:
            return [r for r in self.log if r.path.startswith(prefix)]

    def article_requests(self) -> list[LoggedRequest]:
        paths = {a.path() for a in self.articles}
        with self._lock:
            return [r for r in self.log if r.path in paths]

    def clear_log(self) -> None:
        with self._lock:
            self.log.clear()


_Net = TypeVar("_Net", bound="RunningSites")


class RunningSites:
    """A group of sites that serve inside a with block: each started on entering, stopped on leaving."""

    sites: list[SimSite]

    def __enter__(self: _Net) -> _Net:
        for site in self.sites:
            site.start()
        return self

    def __exit__(self, *exc_info) -> None:
        for site in self.sites:
            site.stop()


@dataclass
class SiteNet(RunningSites):
    """Several SimSites; use as a context manager."""

    n_sites: int = 3
    articles: int = 8
    crawl_delay: float | None = None
    latency: float = 0.0
    down: tuple[int, ...] = ()
    sites: list[SimSite] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sites = [
            SimSite(
                i,
                articles=self.articles,
                crawl_delay=self.crawl_delay,
                latency=self.latency,
                down=i in self.down,
            )
            for i in range(self.n_sites)
        ]
        for site in self.sites:  # each site links to an article of its neighbour: off-site, never followed
            neighbour = self.sites[(site.index + 1) % len(self.sites)]
            if neighbour is not site:
                site.other_sites = [neighbour.article_urls()[0]]


@contextmanager
def site_network(sites: int, articles: int, latency: float = 0.0) -> Iterator[list[dict[str, Any]]]:
    """The simulated sites in a process of their own (`main`), for the length of the with block:
    [{name, url, host, articles}]."""
    proc = subprocess.Popen(
        [
            sys.executable,
            __file__,
            "--sites",
            str(sites),
            "--articles",
            str(articles),
            "--latency",
            str(latency),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        if not line:
            raise SystemExit("the simulated network did not start")
        yield json.loads(line)["sites"]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if proc.stdout:
            proc.stdout.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sites", type=int, default=3)
    parser.add_argument("--articles", type=int, default=8)
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--crawl-delay", type=float, default=None)
    args = parser.parse_args()
    net = SiteNet(args.sites, args.articles, crawl_delay=args.crawl_delay, latency=args.latency)
    for site in net.sites:
        site.cache = True
    with net:
        print(
            json.dumps(
                {
                    "sites": [
                        {"name": s.name, "url": s.url, "host": s.host, "articles": len(s.public_articles())}
                        for s in net.sites
                    ]
                }
            ),
            flush=True,
        )
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    sys.exit(main())
