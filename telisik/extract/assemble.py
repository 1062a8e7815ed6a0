"""Assembling an `Article` from a page: parse once, read metadata, then the body (temporary minimal version)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bs4 import BeautifulSoup

from telisik.article import Article
from telisik.cleantext import collapse_whitespace, normalize_paragraphs


def assemble_article(
    html: str | bytes,
    url: str | None,
    *,
    fetched_at: datetime | None = None,
    content_type: str | None = None,
    rules: Any = None,
) -> Article:
    """Build the `Article` for one page."""
    from telisik.extract import PARSER_VERSION

    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    soup = BeautifulSoup(html, "lxml")
    article = Article(url=url, fetched_at=fetched_at, parser_version=PARSER_VERSION)
    h1 = soup.find("h1")
    if h1 is not None:
        article.title = collapse_whitespace(h1.get_text(" ")) or None
        article.sources["title"] = "visible:h1"
    paragraphs = [p.get_text(" ") for p in soup.find_all("p")]
    article.body = normalize_paragraphs("\n\n".join(paragraphs))
    return article
