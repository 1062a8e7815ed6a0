"""Article extraction: one HTML page in, one `Article` out.

`extract_article` is the public entry point (also re-exported as `telisik.extract_article`). It never raises:
garbage in gives an `Article` with empty fields. Metadata is read first from the parsed tree (read-only), the
body last, because body extraction may mutate the tree.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from telisik.article import Article

PARSER_VERSION = (
    "3"  # 3: agencies field, foreign bylines, zoneless times, body recall; 2: English zones, Red/Rep labels
)

__all__ = ["PARSER_VERSION", "extract_article"]


def extract_article(
    html: str | bytes,
    url: str | None = None,
    *,
    fetched_at: datetime | None = None,
    content_type: str | None = None,
    rules: Any = None,
) -> Article:
    """Extract an article from `html` (text, or bytes decoded with the page's verified charset). Never raises."""
    try:
        from telisik.extract.assemble import assemble_article

        return assemble_article(html, url, fetched_at=fetched_at, content_type=content_type, rules=rules)
    except Exception:  # noqa: BLE001 - the boundary: extraction errors must not escape to callers
        return Article(url=url, fetched_at=fetched_at, parser_version=PARSER_VERSION)
