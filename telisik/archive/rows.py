"""Row mapping: an `Article` or `Capture` to the values stored, and stored rows back to `StoredArticle`.

Also the two fingerprints the archive compares: `content_hash` (same article text?) and `raw_sha256`
(same bytes?). No SQL here.
"""

from __future__ import annotations

import json
import zlib
from datetime import datetime, timezone
from typing import Any

from telisik.article import Article, Capture, StoredArticle
from telisik.times import iso, parse_iso, utc_iso

# Fields whose change makes a new version. Deliberately left out: `modified` (some sites stamp every request),
# `image` (CDN URLs carry cache-busting parameters), `sources`/`parser_version` (how we read, not what).
CONTENT_FIELDS = ("title", "body", "authors", "editor", "published", "description", "section", "tags", "lead")
# Content fields hashed only when set: a field added later never changes the hash of an article that lacks
# it (no spurious new version of every stored article on its next fetch).
OPTIONAL_CONTENT_FIELDS = ("lead",)
DATE_FIELDS = ("published", "modified", "fetched_at")


def _json(value: Any) -> str:
    return json.dumps(value if value is not None else [], ensure_ascii=False)


def raw_sha256(content: bytes) -> str:
    """The hex SHA-256 of `content`, as stored in `captures.raw_sha256` (hashlib is imported only by
    writers: loading OpenSSL costs `telisik search` ~3 ms of start-up)."""
    import hashlib

    return hashlib.sha256(content).hexdigest()


def content_hash(article: Article) -> str:
    """SHA-256 of the extracted content fields (CONTENT_FIELDS), and of the pages missing from an incomplete
    article: equal hashes mean "same article text", and completing an article makes a new version."""
    payload = {}
    for name in CONTENT_FIELDS:
        value = getattr(article, name)
        if name in OPTIONAL_CONTENT_FIELDS and not value:
            continue
        payload[name] = iso(value) if name in DATE_FIELDS else value
    if article.missing_pages:  # only when some: a whole article's hash is what it always was
        payload["missing_pages"] = list(article.missing_pages)
    encoded = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return raw_sha256(encoded.encode("utf-8"))


def article_key(article: Article) -> str | None:
    """The archive key: the normalised canonical URL, else the normalised URL the page was fetched from."""
    from telisik.urls import normalize_url  # writers only: keeps `telisik search` start-up light

    for candidate in (
        article.canonical_url,
        article.capture.final_url if article.capture else None,
        article.url,
        article.capture.url if article.capture else None,
    ):
        if candidate:
            try:
                return normalize_url(candidate)
            except ValueError:
                continue
    return None


def extracted_row(article: Article) -> dict[str, Any]:
    """The EXTRACTED_COLUMNS of `article` as stored values."""
    return {
        "canonical_url": article.canonical_url,
        "fetched_url": article.url,
        "site": article.site or _site_from(article),
        "site_name": article.site_name,
        "title": article.title,
        "authors": _json(list(article.authors or [])),
        "agencies": _json(list(article.agencies or [])),
        "editor": article.editor,
        "published": iso(article.published),
        "published_utc": utc_iso(article.published),
        "published_raw": article.published_raw,
        "modified": iso(article.modified),
        "section": article.section,
        "tags": _json(list(article.tags or [])),
        "description": article.description,
        "lead": article.lead or None,
        "image": article.image,
        "language": article.language,
        "body": article.body or "",
        "page_urls": _json(list(article.page_urls or [])),
        "single_page_url": article.single_page_url,
        "missing_pages": _json(list(article.missing_pages or [])),
        "sources": json.dumps(article.sources or {}, ensure_ascii=False),
        "parser_version": article.parser_version,
        "content_hash": content_hash(article),
        "kind": article.kind or "article",
        "kind_reason": article.kind_reason or None,
    }


def _site_from(article: Article) -> str | None:
    from telisik.urls import site_of  # writers only

    url = article.canonical_url or article.url or (article.capture.final_url if article.capture else None)
    try:
        return site_of(url) if url else None
    except ValueError:
        return None


def loads_or(value: str | None, default: Any) -> Any:
    if value in (None, ""):
        return default
    try:
        return json.loads(value)
    except ValueError:
        return default


def json_list(value: str | None) -> list[Any]:
    """A stored JSON list (authors, hosts); [] for anything else."""
    loaded = loads_or(value, [])
    return loaded if isinstance(loaded, list) else []


def article_from_row(row: dict[str, Any]) -> StoredArticle:
    """The article of an `articles` or `article_versions` row; `id` is the article's id in both."""
    return StoredArticle(
        id=row["article_id"] if "article_id" in row else row["id"],
        version=row["version"],
        status=row.get("status"),
        final_url=row.get("final_url"),
        content_hash=row.get("content_hash"),
        removed_since=row.get("removed_since"),
        url=row.get("fetched_url") or row.get("final_url") or row.get("url"),
        canonical_url=row.get("canonical_url"),
        site=row.get("site"),
        title=row.get("title"),
        authors=loads_or(row.get("authors"), []),
        agencies=loads_or(row.get("agencies"), []),
        editor=row.get("editor"),
        published=parse_iso(row.get("published")),
        modified=parse_iso(row.get("modified")),
        published_raw=row.get("published_raw"),
        body=row.get("body") or "",
        description=row.get("description"),
        lead=row.get("lead") or None,
        section=row.get("section"),
        tags=loads_or(row.get("tags"), []),
        image=row.get("image"),
        language=row.get("language"),
        site_name=row.get("site_name"),
        sources=loads_or(row.get("sources"), {}),
        page_urls=loads_or(row.get("page_urls"), []),
        single_page_url=row.get("single_page_url"),
        missing_pages=loads_or(row.get("missing_pages"), []),
        fetched_at=parse_iso(row.get("fetched_at")),
        parser_version=row.get("parser_version"),
        kind=row.get("kind") or "article",  # NULL: a row older than the column, kept as an article
        kind_reason=row.get("kind_reason") or "",
    )


def capture_row(article_id: int, version: int, page: int, capture: Capture) -> dict[str, Any]:
    content = capture.content or b""
    return {
        "article_id": article_id,
        "version": version,
        "page": page,
        "url": capture.url,
        "final_url": capture.final_url,
        "status": capture.status,
        "fetched_at": iso(capture.fetched_at),
        "headers": json.dumps(dict(capture.headers or {}), ensure_ascii=False),
        "content_type": capture.content_type,
        "encoding": capture.encoding,
        "raw_size": len(content),
        "raw_sha256": raw_sha256(content),
        "raw_zlib": zlib.compress(content, 6),
    }


def capture_from_row(row: dict[str, Any]) -> Capture:
    raw = row.get("raw_zlib")
    return Capture(
        url=row.get("url") or "",
        final_url=row.get("final_url") or row.get("url") or "",
        status=row.get("status") or 0,
        headers=loads_or(row.get("headers"), {}),
        content=zlib.decompress(raw) if raw is not None else b"",
        fetched_at=parse_iso(row.get("fetched_at")) or datetime.now(timezone.utc),
        content_type=row.get("content_type") or "",
        encoding=row.get("encoding"),
    )


def all_captures(article: Article) -> list[Capture]:
    captures = [article.capture] if article.capture is not None else []
    return captures + [c for c in article.extra_captures if c is not None]
