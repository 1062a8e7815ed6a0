"""The one Article/Capture factory for tests that store or write articles without going through HTTP.

`make_article(url, title=…, body=…, …)` gives an Article as the archiver would hand it to the store: a
canonical URL, fields, and the capture it was read from (a realistic page built from the title and body unless
`content=` says otherwise). Every Article field can be passed by name. Tests that need a page run through the
real extractor use support.pages (render_page, store_page) instead.
"""

from __future__ import annotations

from datetime import datetime, timezone
from html import escape
from typing import Any
from urllib.parse import urlsplit

from telisik.article import Article, Capture

FETCHED = datetime(2026, 1, 27, 9, 0, tzinfo=timezone.utc)
HTML_HEADERS = {"content-type": "text/html; charset=utf-8"}


def article_page(
    title: str,
    body: str,
    *,
    canonical: str | None = None,
    language: str = "id",
    sidebar: str = "Populer: Harga cabai naik",
) -> bytes:
    """A small but complete news page (head with canonical link and article meta, nav, sidebar, article)
    holding title and body."""
    link = f'<link rel="canonical" href="{escape(canonical)}">' if canonical else ""
    link += '<meta property="og:type" content="article">'
    link += '<meta property="article:published_time" content="2026-01-27T15:28:00+07:00">'
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in body.split("\n\n") if p)
    return (
        f'<!doctype html><html lang="{language}"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"{link}</head>\n<body><nav>Beranda | Daerah</nav><aside>{escape(sidebar)}</aside>\n"
        f"<article><h1>{escape(title)}</h1><time>Selasa, 27 Januari 2026 15:28 WIB</time>{paragraphs}</article>"
        "</body></html>"
    ).encode()


def make_capture(
    url: str,
    content: bytes = b"",
    *,
    final_url: str | None = None,
    status: int = 200,
    headers: dict[str, str] | None = None,
    fetched_at: datetime = FETCHED,
    content_type: str = "text/html",
    encoding: str | None = "utf-8",
) -> Capture:
    """One HTTP response as the fetcher records it (headers default to an HTML content type)."""
    return Capture(
        url=url,
        final_url=final_url or url,
        status=status,
        headers=dict(HTML_HEADERS) if headers is None else headers,
        content=content,
        fetched_at=fetched_at,
        content_type=content_type,
        encoding=encoding,
    )


def make_article(
    url: str,
    *,
    title: str = "Banjir Rendam Cepu",
    body: str = "Banjir merendam ratusan rumah warga di Cepu. Pengamanan dilakukan oleh polisi.",
    canonical_url: str | None = None,
    content: bytes | None = None,
    capture: Capture | None = None,
    fetched_at: datetime = FETCHED,
    **fields: Any,
) -> Article:
    """An Article fetched from `url` (canonical `canonical_url`, default `url`) with its capture.

    Defaults: site is the canonical URL's host, language "id", parser version "1". The capture holds
    `content` (default: `article_page(title, body)`) unless a whole `capture` is given.
    """
    canonical_url = canonical_url or url
    fields.setdefault("site", urlsplit(canonical_url).hostname)
    fields.setdefault("language", "id")
    fields.setdefault("parser_version", "1")
    if capture is None:
        if content is None:
            content = article_page(title, body, canonical=canonical_url, language=fields["language"] or "id")
        capture = make_capture(url, content, fetched_at=fetched_at)
    return Article(
        url=url,
        canonical_url=canonical_url,
        title=title,
        body=body,
        fetched_at=fetched_at,
        capture=capture,
        **fields,
    )
