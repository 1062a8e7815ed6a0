"""Multi-page article detection: the other pages of an article, and its single-page view when offered.

A link is taken as another page of *this* article only when two things agree:

- its URL is a page variant of the article's URL on the same host: a page query parameter (`?page=2`,
  `?halaman=3`, `?paged=2`), a page number appended to the article's path (`/slug/2/`, `/slug/halaman/2`), or
  one small number changed inside the path (`/461/1/slug` -> `/461/2/slug`, gallery layouts);
- it sits where pagination lives: inside a block whose class/id/label says so (`pagination`, `pager`,
  `page-links` and `post-nav-links` from WordPress's `wp_link_pages`, `halaman`...), or its text reads as
  pagination (`2`, `Halaman 2`, `Page 2`, `Selanjutnya`, `Next`, `»`), or it is the page's `rel=next` link.

So archive pagination (`/category/news/page/2/`, a listing page) and "next article" links (another slug) are
not mistaken for article pages. A `content_total_pages`-style meta fills in pages the pager does not list.
Page URLs come back in page order, without the current page, bounded to `MAX_PAGES`. A single-page view is
a same-host link such as `?page=all`, `?single=1`, `/all`, or one labelled `Tampilkan semua`/`Lihat semua
halaman`/`View as single page`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from bs4 import Tag

from telisik.extract.metadata import PageScan, attr_words, plain_number, scan_page

__all__ = ["MAX_PAGES", "Pagination", "find_pagination"]

MAX_PAGES = 20

_PAGE_PARAMS = (
    "page",
    "halaman",
    "hal",
    "paged",
    "pg",
    "p",
    "pagenum",
    "pagina",
    "seite",
    "pageno",
    "page_no",
)
_SINGLE_PARAMS = {
    "page": "all",
    "single": "1",
    "showall": "1",
    "show_all": "1",
    "view": "all",
    "all": "1",
    "singlepage": "1",
    "full": "1",
    "halaman": "all",
}
_PATH_PAGE_WORDS = ("halaman", "hal", "part", "bagian")  # `/slug/halaman/2`; `/page/N` is archive pagination
_PAGER_HINT = re.compile(
    r"pagina|pager|paging|page-?links|post-?nav-?links|page-?nav|pagenav|halaman|multi-?page|"
    r"page-?numbers|pages|nav-?links|paging|wp-?pagenavi|next-?page|lanjut|(?:^|[\s_-])(?:next|prev)",
    re.I,
)
_NUMBER_TEXT = re.compile(r"^(?:(?:halaman|hal\.?|page|bagian|part)\s*)?\d{1,2}$", re.I)
_NEXT_TEXT = re.compile(
    r"^(?:halaman\s+)?(?:selanjutnya|berikutnya|lanjut|next(?:\s+page)?|page\s+suivante|siguiente|weiter|"
    r"nächste seite|»|›|>|>>|→)(?:\s*(?:»|›|>|→))?$",
    re.I,
)
_NOT_PAGE_TEXT = re.compile(r"artikel|berita|article|post|story|news|cerita", re.I)
_SINGLE_TEXT = re.compile(
    r"tampilkan semua|lihat semua halaman|semua halaman|satu halaman|baca dalam satu halaman|single page|"
    r"show all|view all|view as single|one page|read full story on one page|print all",
    re.I,
)
_TOTAL_PAGES_META = ("content_total_pages", "total_pages", "totalpages", "article:pages", "pages")


@dataclass
class Pagination:
    """Other pages of the article (in order, current page excluded) and its single-page view, if any."""

    page_urls: list[str] = field(default_factory=list)
    single_page_url: str | None = None


def find_pagination(soup: Any, url: str | None, *, scan: PageScan | None = None) -> Pagination:
    """Detect a multi-page article in `soup` (the parsed page fetched from `url`). Never raises.

    `scan`, the page's `telisik.extract.metadata.scan_page` result when the caller has it, supplies the links,
    meta tags and `<base>` already collected, sparing more walks over the tree."""
    try:
        return _find_pagination(soup, url, scan if isinstance(scan, PageScan) else _scan_of(soup))
    except Exception:  # noqa: BLE001 - a pagination guess must never break extraction
        return Pagination()


def _path_key(path: str) -> str | None:
    """The longest path segment that is not a small page number, if any.

    Every page variant and single-page view keeps it (only one small number may change, or segments are
    appended), so an absolute or root-relative href without it can be skipped before any URL parsing."""
    segments = [s for s in _segments(path) if not _small_int(s) and len(s) >= 3]
    return max(segments, key=len) if segments else None


def _may_be_variant(href: str, key: str | None) -> bool:
    if key is None or not href.startswith(("/", "http://", "https://")):
        return True  # relative forms (`?page=2`, `2/`) need resolving to tell
    return key in href


def _scan_of(soup: Any) -> PageScan | None:
    return scan_page(soup) if isinstance(soup, Tag) else None


def _find_pagination(soup: Any, url: str | None, scan: PageScan | None) -> Pagination:
    if not url or not isinstance(soup, Tag) or scan is None:
        return Pagination()
    article = urlsplit(url)
    if article.scheme not in ("http", "https") or not article.netloc:
        return Pagination()
    if _declares_non_article(scan):
        return Pagination()  # a listing or home page: its pager walks the archive, not an article
    links = _PageLinks(article, urljoin(url, scan.base_href) if scan.base_href else url)
    links.add_all((*scan.links, *scan.rel_links))
    pages, current = links.pages, links.current
    # A run of links to pages 2, 3, 4 ... of this very URL is a pager even without a label (photo galleries).
    weak = links.weak
    if len([n for n in weak if n != current]) >= 3 and {2, 3} <= set(weak) | {current}:
        for number, target_url in weak.items():
            pages.setdefault(number, target_url)
    total = _total_pages_hint(scan)
    highest = max([*pages, total or 0, current])
    if pages or (total and total > 1):
        _fill_gaps(pages, article, current, highest, links.templates, bool(total and total > 1))
    ordered = [pages[n] for n in sorted(pages) if n != current][:MAX_PAGES]
    return Pagination(ordered, links.single)


class _PageLinks:
    """Links of one article page sorted into page variants (in a pager or not) and a single-page view."""

    def __init__(self, article: Any, base: str) -> None:
        self.article = article
        self.base = base
        self.base_parts = urlsplit(base)
        self.current = _current_page(article)
        self.segments = _segments(article.path)
        self.host = article.netloc.lower()
        self.key = _path_key(article.path)
        self.pages: dict[int, str] = {}
        self.templates: list[tuple[str, Any]] = []
        self.single: str | None = None
        self.weak: dict[int, str] = {}  # page-variant links outside any pagination context

    def _target(self, link: Any) -> Any:
        """The link's URL as split parts when it may be a page of this article; None otherwise."""
        href = link.get("href")
        if not isinstance(href, str) or href.startswith(("#", "javascript:", "mailto:")):
            return None
        href = href.strip()
        if not _may_be_variant(href, self.key):
            return None
        target = _resolve(self.base, self.base_parts, href, self.host)
        if target is None or target.netloc.lower() != self.host or target.scheme not in ("http", "https"):
            return None
        t_segs = _segments(target.path)
        # Cheap test first: pages and single views share the article's path but for one segment at most.
        a_segs = self.segments
        if (
            len(t_segs) + 1 < len(a_segs)
            or sum(1 for x, y in zip(a_segs, t_segs, strict=False) if x != y) > 1
        ):
            return None
        return target

    def add_all(self, links: Any) -> None:
        """`add` each link; most lead elsewhere, and those (an absolute or root-relative href without the
        article's path key, the test `_target` makes first) are dropped here without a call per link."""
        key = self.key
        for link in links:
            if key is not None:
                href = link.get("href")
                if isinstance(href, str):
                    stripped = href.strip()
                    if stripped.startswith(("/", "http://", "https://")) and key not in stripped:
                        continue
            self.add(link)

    def add(self, link: Any) -> None:
        target = self._target(link)
        if target is None:
            return
        text = " ".join(link.get_text(" ").split()) if link.name == "a" else ""
        if self.single is None and _is_single_view(self.article, target, text):
            self.single = _unsplit(target)
            return
        variant = _page_variant(self.article, target)
        if variant is None:
            return
        number, template = variant
        if number == self.current or number < 1 or number > MAX_PAGES + 1:
            return
        if template is not None:
            self.templates.append(template)
        if not _in_pagination_context(link, text):
            self.weak.setdefault(number, _unsplit(target))
            return
        self.pages.setdefault(number, _unsplit(target))


def _resolve(base: str, base_parts: Any, href: str, host: str) -> Any:
    """`href` resolved against the page (as split parts), or None when it points to another host.

    Most links on a page are absolute or root-relative: those skip the comparatively slow `urljoin`.
    """
    if href.startswith(("http://", "https://")):
        if href[href.index("//") + 2 :].split("/", 1)[0].split("?", 1)[0].lower() != host:
            return None
        return urlsplit(href)
    if href.startswith("/") and not href.startswith("//"):
        parts = urlsplit(href)
        return parts._replace(scheme=base_parts.scheme, netloc=base_parts.netloc)
    return urlsplit(urljoin(base, href))


def _unsplit(parts: Any) -> str:
    return urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))


def _segments(path: str) -> list[str]:
    return [s for s in path.split("/") if s]


def _current_page(article: Any) -> int:
    for key, value in parse_qsl(article.query):
        if key.lower() in _PAGE_PARAMS and plain_number(value) is not None:
            return max(1, plain_number(value) or 0)
    return 1


def _page_variant(article: Any, target: Any) -> tuple[int, Any] | None:
    """(page number, URL template) when `target` is a page of the article at `article`, else None."""
    a_segs, t_segs = _segments(article.path), _segments(target.path)
    a_query, t_query = parse_qsl(article.query), parse_qsl(target.query)
    if a_segs == t_segs:
        return _query_variant(a_query, t_query)
    if a_query != t_query and _strip_page_params(a_query) != _strip_page_params(t_query):
        return None
    # `/slug` -> `/slug/2` or `/slug/halaman/2`.
    if len(t_segs) == len(a_segs) + 1 and t_segs[:-1] == a_segs and _small_int(t_segs[-1]):
        return int(t_segs[-1]), ("append", tuple(a_segs))
    if (
        len(t_segs) == len(a_segs) + 2
        and t_segs[:-2] == a_segs
        and t_segs[-2].lower() in _PATH_PAGE_WORDS
        and _small_int(t_segs[-1])
    ):
        return int(t_segs[-1]), ("append-word", tuple(a_segs), t_segs[-2])
    # The article is itself page N: `/slug/3` -> `/slug` (page 1) or `/slug/2`.
    if a_segs and _small_int(a_segs[-1]):
        if t_segs == a_segs[:-1]:
            return 1, None
    # One small number changed inside the path (gallery layouts).
    if len(a_segs) == len(t_segs) and len(a_segs) >= 2:
        diffs = [i for i, (x, y) in enumerate(zip(a_segs, t_segs, strict=True)) if x != y]
        if len(diffs) == 1 and _small_int(a_segs[diffs[0]]) and _small_int(t_segs[diffs[0]]):
            i = diffs[0]
            # A date segment (/2019/11/) changing means another article, not another page.
            if i > 0 and _is_date_like(a_segs, i):
                return None
            return int(t_segs[i]), ("segment", tuple(a_segs), i)
    return None


def _is_date_like(segs: list[str], i: int) -> bool:
    return any(len(s) == 4 and s.isdigit() and s.startswith(("19", "20")) for s in segs[max(0, i - 2) : i])


def _query_variant(a_query: list[tuple[str, str]], t_query: list[tuple[str, str]]) -> tuple[int, Any] | None:
    if _strip_page_params(a_query) != _strip_page_params(t_query):
        return None
    for key, value in t_query:
        number = plain_number(value)
        if key.lower() in _PAGE_PARAMS and number is not None:
            return number, ("query", key)
    if any(key.lower() in _PAGE_PARAMS for key, _ in a_query):
        return 1, None  # the page-1 URL has no page parameter
    return None


def _strip_page_params(query: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(k, v) for k, v in query if k.lower() not in _PAGE_PARAMS]


def _small_int(segment: str) -> bool:
    number = plain_number(segment)
    return number is not None and len(segment) <= 2 and 0 < number <= 99


def _in_pagination_context(link: Tag, text: str) -> bool:
    if link.name == "link":
        rel = attr_words(link, "rel")
        return any(r in ("next", "prev", "previous") for r in rel) and _is_article_page(link)
    if text and _NEXT_TEXT.match(text) or _NUMBER_TEXT.match(text):
        return True
    rel = attr_words(link, "rel")
    if any(r in ("next", "prev") for r in rel):
        return True
    if text and _NOT_PAGE_TEXT.search(text) and len(text) > 25:
        return False
    node: Any = link
    for _ in range(6):
        if not isinstance(node, Tag) or node.name in ("body", "html", "article", "main"):
            return False
        attrs = " ".join(
            " ".join(v) if isinstance(v, list) else str(v)
            for k, v in node.attrs.items()
            if k in ("class", "id", "aria-label", "role")
        )
        if attrs and _PAGER_HINT.search(attrs):
            return True
        node = node.parent
    return False


def _declares_non_article(scan: PageScan) -> bool:
    og_type = scan.meta.get("og:type") or []
    return bool(og_type) and og_type[0].strip().lower() in (
        "website",
        "blog",
        "profile",
        "section",
        "category",
    )


def _is_article_page(node: Tag) -> bool:
    """The page says it is an article (so its `rel=next` is the article's next page, not a listing's)."""
    root = node
    while isinstance(root.parent, Tag):
        root = root.parent
    og_type = root.find("meta", attrs={"property": "og:type"})
    if isinstance(og_type, Tag) and "article" in str(og_type.get("content") or "").lower():
        return True
    if root.find("article") is not None:
        return True
    return any("Article" in (s.string or "") for s in root.find_all("script", type="application/ld+json"))


def _is_single_view(article: Any, target: Any, text: str) -> bool:
    """A link to the one-page view of this article."""
    a_segs, t_segs = _segments(article.path), _segments(target.path)
    t_query = parse_qsl(target.query)
    same_path = a_segs == t_segs
    if same_path:
        for key, value in t_query:
            if _SINGLE_PARAMS.get(key.lower()) == value.lower():
                return True
    if (
        len(t_segs) == len(a_segs) + 1
        and t_segs[:-1] == a_segs
        and t_segs[-1].lower() in ("all", "full", "single")
    ):
        return True
    if text and _SINGLE_TEXT.search(text) and len(text) <= 60:
        return same_path or (len(t_segs) >= len(a_segs) and t_segs[: len(a_segs)] == a_segs)
    return False


def _total_pages_hint(scan: PageScan) -> int | None:
    for key in _TOTAL_PAGES_META:
        for value in scan.meta.get(key, ()):
            number = plain_number(value)
            if number is not None:
                return min(number, MAX_PAGES + 1)
    return None


def _fill_gaps(
    pages: dict[int, str], article: Any, current: int, highest: int, templates: list[Any], total_hint: bool
) -> None:
    """Pagers often list `1 2 3 ... 9`: build the missing page URLs from the pattern the listed ones follow."""
    template = templates[0] if templates else (("query", "page") if total_hint else None)
    if template is None:
        return
    for number in range(2, min(highest, MAX_PAGES + 1) + 1):
        if number in pages or number == current:
            continue
        built = _build(article, template, number)
        if built:
            pages[number] = built
    if current > 1 and 1 not in pages:
        pages[1] = _build(article, template, 1) or _unsplit(article)


def _build(article: Any, template: Any, number: int) -> str | None:
    kind = template[0]
    if kind == "query":
        key = template[1]
        query = _strip_page_params(parse_qsl(article.query))
        if number > 1:
            query.append((key, str(number)))
        return urlunsplit((article.scheme, article.netloc, article.path, urlencode(query), ""))
    if kind in ("append", "append-word"):
        segs = list(template[1])
        if number > 1:
            segs += ([template[2]] if kind == "append-word" else []) + [str(number)]
        trailing = "/" if article.path.endswith("/") else ""
        return urlunsplit(
            (article.scheme, article.netloc, "/" + "/".join(segs) + trailing, article.query, "")
        )
    if kind == "segment":
        segs = list(template[1])
        segs[template[2]] = str(number)
        trailing = "/" if article.path.endswith("/") else ""
        return urlunsplit(
            (article.scheme, article.netloc, "/" + "/".join(segs) + trailing, article.query, "")
        )
    return None
