"""The shapes passed between telisik's layers.

Data flows one way: URL -> `Capture` (what the server sent) -> `Article` (what we read from it) -> stored row.
`Capture` is produced by `telisik.fetch`, `Article` by `telisik.extract`; `telisik.archive` writes both and
reads them back as `StoredArticle` (an `Article` with the archive's facts about it).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass
class Capture:
    """One HTTP response as received: the archive keeps it so that a better parser can re-extract later."""

    url: str  # the URL that was requested
    final_url: str  # after redirects
    status: int
    headers: dict[str, str]  # response headers, names lower-cased
    content: bytes  # the body as received (after transfer/content decoding)
    fetched_at: datetime  # aware, UTC
    content_type: str = ""  # media type only, e.g. "text/html"
    encoding: str | None = None  # charset used to decode `content` into text


_NOT_PUBLIC = frozenset({"capture", "extra_captures"})


@dataclass
class Article:
    """An article as extracted from one page (or from all pages of a multi-page article).

    `sources` says, for each metadata field, where its value came from, e.g.
    {"title": "jsonld", "published": "meta:article:published_time", "authors": "visible:byline"}.
    """

    url: str | None = None  # the URL the page was fetched from (final URL after redirects)
    canonical_url: str | None = None  # normalised canonical URL: the archive's key
    site: str | None = None  # host of the canonical URL, e.g. "blora.telisikfakta.com"
    title: str | None = None
    authors: list[str] = field(default_factory=list)  # person names only
    agencies: list[str] = field(default_factory=list)  # organisations credited: news agencies, desks
    editor: str | None = None
    published: datetime | None = None  # aware datetime
    modified: datetime | None = None  # aware datetime
    published_raw: str | None = None  # the string the published date was read from
    body: str = ""  # plain text, paragraphs separated by a blank line
    description: str | None = None
    # the standfirst the page shows between headline and text (dek, summary); never repeated in `body`
    lead: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    image: str | None = None
    language: str | None = None  # BCP 47 primary tag, e.g. "id", "en"
    site_name: str | None = None  # e.g. "TelisikFakta"
    sources: dict[str, str] = field(default_factory=dict)
    page_urls: list[str] = field(default_factory=list)  # other pages of a multi-page article, in order
    single_page_url: str | None = None  # a one-page view of a multi-page article, when the site offers one
    # further pages of a multi-page article that could not be fetched: the article is stored incomplete
    # (its body lacks them) and a later fetch or crawl completes it
    missing_pages: list[str] = field(default_factory=list)
    fetched_at: datetime | None = None
    parser_version: str | None = None
    kind: str = "article"  # "article", or what else the page is: telisik.extract.kinds.KINDS
    kind_reason: str = ""  # why, in a few words: "listing page: 48 links, no date"
    capture: Capture | None = None  # the response this article was read from (None for pure extraction)
    extra_captures: list[Capture] = field(default_factory=list)  # further pages of a multi-page article

    @property
    def is_article(self) -> bool:
        """True when the page is an article (`kind`) with text: a title alone, a listing or a static page is not."""
        return self.kind == "article" and bool(self.body.strip())

    def to_dict(self) -> dict[str, Any]:
        """The public JSON shape: extracted fields with dates as ISO 8601 strings; no raw capture."""
        # Article's own fields only: a StoredArticle's archive facts are the caller's to add (export, show).
        data = {
            f.name: getattr(self, f.name) for f in dataclasses.fields(Article) if f.name not in _NOT_PUBLIC
        }
        for key in ("published", "modified", "fetched_at"):
            value = data[key]
            data[key] = value.isoformat() if isinstance(value, datetime) else value
        if self.capture is not None:
            data["status"] = self.capture.status
            data["final_url"] = self.capture.final_url
        return data


@dataclass
class StoredArticle(Article):
    """An article as the archive returns it: the extracted fields plus what the archive knows about it."""

    id: int = 0  # the archive's article id
    version: int = 1  # which stored version these fields are (1 = first)
    status: int | None = None  # HTTP status of the version's first page
    final_url: str | None = None  # where the version's first page was fetched from, after redirects
    content_hash: str | None = None  # SHA-256 of the content fields: equal hashes, same article text
    removed_since: str | None = None  # when a re-check first saw it gone from its site (confirmed later)
