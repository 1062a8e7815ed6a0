"""Is an archived article gone from its site? The signals a re-check (or a re-fetch) reads as removal.

A re-check sees an article *removed* when its URL
- answers 404 or 410;
- redirects to the site's home page or a section page (any redirect away from the article to a page that
  is not an article: no dated article body);
- serves a "not found" page with status 200 (a soft 404): no article body, or a title such as
  `Halaman tidak ditemukan`, `Page not found`, `404`, `Error 404`, `Berita tidak ditemukan`.

Never removal: 403 and 429 (a block or a rate limit), 5xx, timeouts and network errors — the article may well
still be there. The rules hold for every site (WordPress, Blogger and custom portals all answer one of these
ways); none is specific to one site. A single signal proves nothing (a CMS hiccup, a deploy): the crawl
records a removal only when a later run sees it again (`telisik.archive.watch.note_removal`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from telisik.article import Article, Capture

REMOVED_STATUSES = frozenset({404, 410})

# A page title that *is* a not-found notice (the whole title, once a " - Site Name" suffix is cut off), in
# the languages of the sites archived first; an article *about* "404 rumah terendam" never matches.
_NOT_FOUND_TITLE = re.compile(
    r"(?:(?:error|kesalahan|galat)\s*)?(?:404|410)?\s*[-:|–—]?\s*"
    r"(?:(?:halaman|page|berita|artikel|konten|content|post|article)\s+)?"
    r"(?:tidak\s+(?:di\s*temukan|ditemukan|ada|tersedia)|tak\s+ditemukan|not\s+found|"
    r"(?:could\s+not|cannot|can't)\s+be\s+found|no\s+longer\s+available|sudah\s+dihapus|telah\s+dihapus)"
    r"(?:\s*[-:|–—]?\s*(?:404|410))?[.!]?"
    r"|(?:error\s*)?(?:404|410)(?:\s+error)?",
    re.IGNORECASE,
)
_TITLE_SUFFIX = re.compile(r"\s+[-|–—:·]\s+[^-|–—:·]{1,60}$")


def not_found_title(title: str | None) -> bool:
    """True when `title` is a not-found notice (`Halaman tidak ditemukan - Portal`, `404`, `Page Not Found`)."""
    if not title:
        return False
    text = " ".join(title.split())
    candidates = {text, _TITLE_SUFFIX.sub("", text)}
    return any(_NOT_FOUND_TITLE.fullmatch(c.strip()) for c in candidates if c.strip())


def soft_404_reason(article: Article) -> str | None:
    """Why a page served with status 200 is a not-found page instead of the article, or None."""
    if not_found_title(article.title):
        return f"a not-found page (title {article.title!r})"
    if not article.is_article:
        return "a page without an article (soft 404)"
    return None


def _path(url: str) -> str:
    return urlsplit(url).path.rstrip("/")


def redirect_away_reason(
    requested: str, capture: Capture, article: Article, sections: list[str]
) -> str | None:
    """When fetching `requested` was redirected to the home page, a section page, or another page that is not
    a dated article, the reason to read that as a removal; None when it was not redirected away."""
    target = capture.final_url
    if _path(target) == _path(requested) and urlsplit(target).query == urlsplit(requested).query:
        return None  # the same page (http -> https, a trailing slash, another host spelling)
    if _path(target) == "":
        return f"redirects to the home page ({target})"
    if any(_path(target) == _path(s) for s in sections):
        return f"redirects to a section page ({target})"
    if not article.is_article or article.published is None or not_found_title(article.title):
        return f"redirects to a page that is not an article: a section or listing ({target})"
    return None  # moved to another article URL (a slug fixed): the article is still there
