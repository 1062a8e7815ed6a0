"""telisik: a command-line archiver for news articles.

The public library surface is small and importable without touching the network or a database:

    from telisik import extract_article
    article = extract_article(html_bytes_or_str, url="https://example.com/news/1")

Heavy modules (bs4, httpx) load only when a name that needs them is first used, so that
`telisik --help` and `telisik search` start quickly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Article", "Capture", "extract_article", "__version__"]

if TYPE_CHECKING:
    from telisik.article import Article, Capture
    from telisik.extract import extract_article


def __getattr__(name: str) -> Any:
    if name in ("Article", "Capture"):
        from telisik import article

        return getattr(article, name)
    if name == "extract_article":
        from telisik.extract import extract_article

        return extract_article
    raise AttributeError(f"module 'telisik' has no attribute {name!r}")
