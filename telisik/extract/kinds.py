"""Is this page an article? A general, evidence-based decision (never per site).

A news site serves many pages that are not articles: the home page, section/category/tag/author listings and
their pagination, search results, static pages (`Susunan Redaksi`, `Kontak`, `Pedoman Media Siber`, `Tentang
Kami`, privacy policy, advertising rates) and "not found" pages served with status 200. Kept as articles they
pollute search and export, and a home page "changes" every day.

`classify(evidence)` weighs what the page says about itself; no single signal decides alone, so an article at a
short URL with `NewsArticle` JSON-LD and a dated headline is still an article, and a listing that shows dates is
still a listing:

- structured types: JSON-LD `@type` (`NewsArticle`, `Article`, `BlogPosting`, ... for; `CollectionPage`,
  `SearchResultsPage`, `AboutPage`, `ContactPage`, `ProfilePage`, a bare `WebPage` against) and `og:type`;
- a publication date tied to the headline (JSON-LD article node, `article:published_time`, a visible date line
  near the headline) — a date only on a generic `WebPage` node is weak;
- the body: its length, and how many teaser headlines (headings that link to other articles) the page holds;
- the URL's shape: a dated path, a numeric id or a long slug for; `/`, `/kategori/`, `/tag/`, `/author/`,
  `/page/N`, `?s=`, `/redaksi/`, `/kontak/`, `/tentang-kami/`, `/pedoman-media-siber/`, `/privacy-policy/`,
  `/iklan/`, `/indeks/` ... against;
- the sitemap that listed it, when known (WordPress `post-sitemap.xml` lists posts, `page-sitemap.xml` pages,
  `category-sitemap.xml` listings).

The result is a `PageKind`: `kind` is one of KINDS and `reason` a short human line such as
`listing page: 48 links, no date`. `page_evidence` gathers the evidence from one parsed page
(`telisik.extract.metadata.PageScan`); this module does no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlsplit

from telisik.extract.jsonld import ARTICLE_TYPES, flatten_nodes, parse_jsonld_text

if TYPE_CHECKING:
    from bs4 import Tag

    from telisik.article import Article
    from telisik.extract.metadata import PageScan

ARTICLE = "article"
LISTING = "listing"  # home, section, tag, author, archive and index pages, and their pagination
STATIC = "static"  # about, contact, editorial board, media guidelines, privacy policy, advertising
SEARCH = "search"  # search results
NOT_FOUND = "not-found"  # a "page not found" served as a page (a soft 404)
EMPTY = "empty"  # no readable text at all
KINDS = (ARTICLE, LISTING, STATIC, SEARCH, NOT_FOUND, EMPTY)

# JSON-LD page types against an article, and the kind each one suggests.
_PAGE_TYPES = {
    "collectionpage": LISTING,
    "searchresultspage": SEARCH,
    "aboutpage": STATIC,
    "contactpage": STATIC,
    "profilepage": STATIC,
    "faqpage": STATIC,
    "checkoutpage": STATIC,
}
_ARTICLE_TYPES = frozenset(ARTICLE_TYPES)

# URL path segments naming a listing or a static page, in the languages of the sites telisik reads first
# (Indonesian, English). Each is used by many CMS themes (WordPress, JNews, tagDiv, Blogger, custom portals).
_LISTING_SEGMENTS = frozenset(
    "kategori category categories tag tags topik topic topics label author authors penulis reporter page "
    "indeks index arsip archive archives rubrik kanal section sections terpopuler populer terbaru latest "
    "feed".split()
)
_SEARCH_SEGMENTS = frozenset("search cari pencarian".split())
_STATIC_SEGMENTS = frozenset(
    "redaksi susunan-redaksi struktur-redaksi kontak kontak-kami hubungi-kami contact contact-us tentang "
    "tentang-kami about about-us pedoman-media-siber pedoman-siber privacy-policy kebijakan-privasi privasi "
    "privacy iklan info-iklan pasang-iklan advertise advertising disclaimer syarat-dan-ketentuan "
    "syarat-ketentuan terms terms-of-service terms-and-conditions kode-etik karir career careers faq "
    "sitemap login masuk register daftar cookie-policy kebijakan-cookie".split()
)
_SCRIPT_NAMES = frozenset({"index.php", "index.html", "index.htm", "default.aspx", "index.asp"})
_SEARCH_PARAMS = frozenset({"s", "q", "search", "query", "keyword"})
_PAGE_PARAMS = frozenset({"page", "paged", "halaman"})
_DATE_PATH = re.compile(r"/(19|20)\d{2}/(0?[1-9]|1[0-2])(/|$)|/(19|20)\d{2}(0[1-9]|1[0-2])[0-3]\d")
# A page or script suffix of a path segment (`kontak.html`, `index.php`), and the separators of a slug's words.
_PAGE_SUFFIX = re.compile(r"\.(html?|php|aspx?)$")
_SLUG_SEPARATORS = re.compile(r"[-_.]+")
_NUMERIC_ID = re.compile(r"(^|[/\-_.])(d-)?\d{5,}([/\-_.]|$)")
_NOT_FOUND_TITLE = re.compile(
    r"(?i)\b(404|not found|page not found|tidak ditemukan|halaman tidak (ada|ditemukan)|tidak tersedia"
    r"|error 404|nothing found|oops)\b"
)
# Published-date sources that tie the date to the page's headline (see telisik.extract.published).
_TIED_DATE_SOURCES = ("jsonld:", "meta:", "microdata:", "time:", "visible:", "rule:")
MANY_TEASERS = 8  # headings linking to other articles: a related-articles box has fewer
LONG_BODY = 1500  # characters
MEDIUM_BODY = 600
SHORT_BODY = 400


@dataclass
class PageEvidence:
    """What a page says about itself. None or empty means "not known"; every field is optional."""

    url: str | None = None
    jsonld_types: list[str] = field(default_factory=list)  # every node's @type, lower-case, in order
    jsonld_article_nodes: int = 0  # nodes of an article type (a listing may describe many)
    og_type: str | None = None
    title: str | None = None
    published_source: str | None = None  # where the publication date came from (article.sources)
    date_on_webpage_only: bool = False  # the date was read from a generic WebPage node
    body_chars: int = 0
    body_known: bool = True  # False: judge on the URL (and sitemap) alone, before fetching
    teasers: int = 0  # headings that link to another on-site article-looking URL
    article_links: int = 0  # distinct on-site article-looking links on the page
    sitemap_kind: str | None = None  # "post" | "page" | "listing" | None


@dataclass
class PageKind:
    """The decision: `kind` (one of KINDS) and a short human reason."""

    kind: str
    reason: str
    score: float = 0.0  # >= 0: an article; the weight of the evidence, for tests and tuning

    @property
    def is_article(self) -> bool:
        return self.kind == ARTICLE


# --- URLs and sitemaps -----------------------------------------------------------------------------------


def url_kind(url: str | None) -> str | None:
    """The kind a URL's shape names by itself ("listing", "static", "search", "home") or None."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    params = {k.lower() for k, _ in parse_qsl(parts.query, keep_blank_values=True)}
    if params & _SEARCH_PARAMS:
        return SEARCH
    raw_segments = [s for s in parts.path.lower().split("/") if s]
    # `kontak.html` is `/kontak/`; `index.php` is a script, not the `/index/` listing
    segments = [_PAGE_SUFFIX.sub("", s) for s in raw_segments]
    if not segments or (len(raw_segments) == 1 and raw_segments[0] in _SCRIPT_NAMES):
        return "home" if not params - _PAGE_PARAMS - {"amp"} else None
    if any(s in _SEARCH_SEGMENTS for s in segments[:2]):
        return SEARCH
    if any(s in _STATIC_SEGMENTS for s in segments[:2]) and len(segments) <= 2:
        return STATIC
    if raw_segments[0] in _LISTING_SEGMENTS or (len(segments) >= 2 and segments[-2] == "page"):
        return LISTING
    if params and params <= _PAGE_PARAMS and not looks_like_article_path(parts.path):
        return LISTING
    return None


def looks_like_article_path(path: str) -> bool:
    """A dated path, a numeric id or a long slug: the shapes article URLs take on most sites."""
    lowered = path.lower()
    if _NUMERIC_ID.search(lowered):
        return True
    segments = [s for s in lowered.split("/") if s]
    if not segments:
        return False
    last = segments[-1] if segments[-1] not in ("amp", "print") or len(segments) == 1 else segments[-2]
    slug = _PAGE_SUFFIX.sub("", last)
    words = [w for w in _SLUG_SEPARATORS.split(slug) if w]
    if _DATE_PATH.search(lowered) and len(words) >= 2:
        return True
    return len(words) >= 4 and len(slug) >= 20


def sitemap_kind(sitemap_url: str | None) -> str | None:
    """What a sitemap lists, from its file name, when the CMS says so: "post", "page" or "listing".

    WordPress SEO plugins (Yoast, Rank Math, All in One SEO) name them `post-sitemap.xml`, `page-sitemap.xml`,
    `category-sitemap.xml`, `post_tag-sitemap.xml`, `author-sitemap.xml`; WordPress core names them
    `wp-sitemap-posts-post-1.xml`, `wp-sitemap-posts-page-1.xml`, `wp-sitemap-taxonomies-*`, `wp-sitemap-users-*`.
    """
    if not sitemap_url:
        return None
    try:
        name = urlsplit(sitemap_url).path.rsplit("/", 1)[-1].lower()
    except ValueError:
        return None
    if re.match(r"(wp-sitemap-posts-page|page-sitemap|pages?-sitemap)", name):
        return "page"
    if re.match(
        r"(wp-sitemap-taxonomies|wp-sitemap-users|category-sitemap|post_tag-sitemap|tag-sitemap"
        r"|author-sitemap)",
        name,
    ):
        return "listing"
    if re.match(
        r"(wp-sitemap-posts-post|post-sitemap|posts?-sitemap|news-sitemap|sitemap-news"
        r"|sitemap-posts)",
        name,
    ):
        return "post"
    return None


# --- evidence from a parsed page -------------------------------------------------------------------------


def jsonld_types(script_texts: list[str]) -> tuple[list[str], int]:
    """(every JSON-LD node's @type, lower-case; how many nodes are of an article type)."""
    types: list[str] = []
    article_nodes = 0
    values = []
    for text in script_texts:
        values.extend(parse_jsonld_text(text))
    for node in flatten_nodes(values):
        value = node.get("@type")
        names = [v.lower() for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]
        types.extend(names)
        article_nodes += any(n in _ARTICLE_TYPES for n in names)
    return list(dict.fromkeys(types)), article_nodes


def page_evidence(scan: PageScan, url: str | None, *, jsonld_weak: bool = False) -> PageEvidence:
    """The evidence one parsed page offers, before its body is extracted (the links are still in the tree).

    The fields read from the finished article (date, body) are filled by `decide_kind`."""
    types, article_nodes = jsonld_types(scan.jsonld_texts)
    og_types = scan.meta.get("og:type") or []
    og_type = og_types[0] if og_types else None
    host = _host(url)
    page_path = _path(url)
    seen: dict[str, str | None] = {}
    targets: set[str] = set()
    headings = {id(h.tag) for h in scan.headings}
    teaser_headings: set[int] = set()
    for link in scan.links:
        href = link.get("href")
        # A page repeats its links (menus, share bars): a memoised answer is read without a call.
        if isinstance(href, str) and href in seen:
            target = seen[href]
        else:
            target = _article_target(href, host, page_path, seen)
        if not target:
            continue
        targets.add(target)
        # A teaser: the link is (or sits within three levels of) a heading, as in `<h2><a href=...>`.
        node: Tag | None = link
        for _ in range(4):
            if node is None:
                break
            if id(node) in headings:
                teaser_headings.add(id(node))
                break
            node = node.parent
    teasers = len(teaser_headings)
    return PageEvidence(
        url=url,
        jsonld_types=types,
        jsonld_article_nodes=article_nodes,
        og_type=og_type.lower() if isinstance(og_type, str) else None,
        title=scan.title_text,
        date_on_webpage_only=jsonld_weak,
        teasers=teasers,
        article_links=len(targets),
    )


def _host(url: str | None) -> str | None:
    try:
        return urlsplit(url).hostname if url else None
    except ValueError:
        return None


def _path(url: str | None) -> str:
    try:
        return urlsplit(url).path if url else ""
    except ValueError:
        return ""


def _article_target(
    href: object, host: str | None, page_path: str, seen: dict[str, str | None]
) -> str | None:
    """The path of an on-site link to another article-looking page, or None. No urljoin/urlsplit: this runs
    for every link of every page, and a plain string split is several times faster (`seen` memoises)."""
    if not isinstance(href, str):
        return None
    if href in seen:
        return seen[href]
    target = None
    text = href.strip()
    if text.startswith("/") and not text.startswith("//"):
        path: str | None = text
    elif text[:8].lower().startswith(("http://", "https://")) or text.startswith("//"):
        netloc, _, rest = text.split("//", 1)[1].partition("/")
        link_host = netloc.rsplit("@", 1)[-1].split(":", 1)[0].lower()
        path = "/" + rest if not host or link_host == host else None
    else:
        path = None  # relative, fragment, javascript:, mailto:: rare for article links
    if path is not None:
        path = path.split("#", 1)[0].split("?", 1)[0]
        if path.rstrip("/") != page_path.rstrip("/") and looks_like_article_path(path):
            target = path
    seen[href] = target
    return target


def decide_kind(article: Article, evidence: PageEvidence) -> PageKind:
    """Complete `evidence` with what was read from `article` (date, title, body), decide, and set
    `article.kind` and `article.kind_reason`."""
    evidence.published_source = article.sources.get("published") if article.published else None
    evidence.body_chars = len(article.body.strip())
    evidence.title = article.title or evidence.title
    evidence.url = evidence.url or article.url
    verdict = classify(evidence)
    article.kind, article.kind_reason = verdict.kind, verdict.reason
    return verdict


# --- the decision ----------------------------------------------------------------------------------------


@dataclass
class _Weights:
    score: float = 0.0
    against: dict[str, float] = field(default_factory=dict)  # kind -> weight of the evidence for it
    notes: list[tuple[float, str]] = field(default_factory=list)  # what the reason line may say

    def add(self, weight: float, note: str | None = None, kind: str | None = None) -> None:
        self.score += weight
        if kind and weight < 0:
            self.against[kind] = self.against.get(kind, 0.0) - weight
        if note:
            self.notes.append((weight, note))

    def reason(self, *, against: bool, extra: str | None = None) -> str:
        """The notes on the winning side, in the order they were weighed (at most four)."""
        notes = [note for weight, note in self.notes if (weight < 0) == against]
        if extra and extra not in notes:
            notes.insert(0, extra)
        return ", ".join(notes[:4]) or "no article evidence"


def classify(evidence: PageEvidence) -> PageKind:
    """Weigh the evidence: an article when the sum is not negative, else the kind the evidence against names."""
    if evidence.body_known and evidence.body_chars == 0 and not evidence.jsonld_types:
        if evidence.title and _NOT_FOUND_TITLE.search(evidence.title):
            return PageKind(NOT_FOUND, f"not found: title {_quote(evidence.title)}", -10.0)
        return PageKind(EMPTY, "empty page: no article text", -10.0)
    weights = _Weights()
    _weigh_types(evidence, weights)
    _weigh_url(evidence, weights)
    if evidence.body_known:
        _weigh_date(evidence, weights)
        _weigh_body(evidence, weights)
        _weigh_not_found(evidence, weights)
    _weigh_sitemap(evidence, weights)
    if weights.score >= 0:  # no evidence either way: the benefit of the doubt
        return PageKind(ARTICLE, "article: " + weights.reason(against=False), weights.score)
    kind = max(weights.against.items(), key=lambda item: item[1])[0] if weights.against else LISTING
    label = kind
    kind = LISTING if kind == "home" else kind
    links = f"{evidence.article_links} links" if kind == LISTING and evidence.article_links else None
    return PageKind(
        kind, f"{_LABELS.get(label, label)}: {weights.reason(against=True, extra=links)}", weights.score
    )


_LABELS = {
    LISTING: "listing page",
    STATIC: "static page",
    SEARCH: "search results",
    NOT_FOUND: "not found",
    "home": "home page",
}


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return "'" + (text if len(text) <= 40 else text[:39] + "…") + "'"


def _weigh_types(evidence: PageEvidence, weights: _Weights) -> None:
    types = evidence.jsonld_types
    article_type = next((t for t in types if t in _ARTICLE_TYPES), None)
    page_type = next((t for t in types if t in _PAGE_TYPES), None)
    if page_type:
        weights.add(-3.0, _CANONICAL_TYPES.get(page_type, page_type), _PAGE_TYPES[page_type])
    if article_type and evidence.jsonld_article_nodes >= 3 and not evidence.published_source:
        weights.add(
            -1.0,
            f"{evidence.jsonld_article_nodes} {_CANONICAL_TYPES.get(article_type, article_type)} items",
            LISTING,
        )
    elif article_type and not page_type:
        weights.add(3.0, _CANONICAL_TYPES.get(article_type, article_type))
    elif not article_type and "webpage" in types:
        weights.add(-0.5, "WebPage", STATIC)
    og = evidence.og_type
    if og == "article":
        weights.add(0.5)
    elif og == "profile":
        weights.add(-1.0, "og:type profile", STATIC)
    elif og in ("website", "blog"):  # many templates say `website` on every page: weak
        weights.add(-0.5, f"og:type {og}", LISTING)


_CANONICAL_TYPES = {
    "newsarticle": "NewsArticle",
    "reportagenewsarticle": "ReportageNewsArticle",
    "analysisnewsarticle": "AnalysisNewsArticle",
    "opinionnewsarticle": "OpinionNewsArticle",
    "liveblogposting": "LiveBlogPosting",
    "article": "Article",
    "blogposting": "BlogPosting",
    "collectionpage": "CollectionPage",
    "searchresultspage": "SearchResultsPage",
    "aboutpage": "AboutPage",
    "contactpage": "ContactPage",
    "profilepage": "ProfilePage",
    "faqpage": "FAQPage",
}


def _weigh_url(evidence: PageEvidence, weights: _Weights) -> None:
    shape = url_kind(evidence.url)
    path = _path(evidence.url) or "/"
    if shape == "home":
        weights.add(-4.0, "home URL", "home")
    elif shape == SEARCH:
        weights.add(-5.0, "search URL", SEARCH)
    elif shape == STATIC:
        weights.add(-4.0, path, STATIC)
    elif shape == LISTING:
        weights.add(-4.0, path, LISTING)
    elif looks_like_article_path(path):
        weights.add(1.5 if _DATE_PATH.search(path.lower()) else 1.0)
    else:
        weights.add(-0.5)  # a short slug: most articles have longer ones, some do not


def _weigh_date(evidence: PageEvidence, weights: _Weights) -> None:
    source = evidence.published_source
    if (
        source
        and source.startswith(_TIED_DATE_SOURCES)
        and not (evidence.date_on_webpage_only and source == "jsonld:datePublished")
    ):
        weights.add(2.0, "dated headline")
    elif source:
        weights.add(0.5)
    else:
        weights.add(-1.0, "no date", STATIC)


def _weigh_body(evidence: PageEvidence, weights: _Weights) -> None:
    chars = evidence.body_chars
    if evidence.title and chars >= SHORT_BODY:
        weights.add(1.0)  # a headline over paragraphs of text: the shape of an article
    if chars >= LONG_BODY:
        weights.add(2.0, f"{chars:,} chars")
    elif chars >= MEDIUM_BODY:
        weights.add(0.5)
    elif chars < SHORT_BODY:
        weights.add(-1.0, f"{chars} chars of text", STATIC)
    if evidence.teasers >= MANY_TEASERS:
        # Teaser headlines (a heading linking to another article) make a listing, but news pages carry many
        # too (related, popular, "baca juga" boxes: 50+ on some portals). Without article metadata they weigh
        # heavily, and the page's "date" and "body" are probably the first teaser's and the excerpts.
        if _has_article_metadata(evidence):
            weights.add(-1.0, f"{evidence.article_links} links", LISTING)
        else:
            weight = -3.0 - (1.0 if evidence.teasers >= 20 else 0.0)
            if evidence.published_source:
                weight -= 1.5  # the date of a teaser, not of the page
            weights.add(weight, f"{evidence.article_links} links", LISTING)
    elif evidence.article_links >= 40 and chars < LONG_BODY:
        weights.add(-0.5, f"{evidence.article_links} links", LISTING)


def _has_article_metadata(evidence: PageEvidence) -> bool:
    return evidence.og_type == "article" or any(t in _ARTICLE_TYPES for t in evidence.jsonld_types)


def _weigh_not_found(evidence: PageEvidence, weights: _Weights) -> None:
    if evidence.title and _NOT_FOUND_TITLE.search(evidence.title) and evidence.body_chars < LONG_BODY:
        weights.add(-4.0, f"title {_quote(evidence.title)}", NOT_FOUND)


def _weigh_sitemap(evidence: PageEvidence, weights: _Weights) -> None:
    kind = evidence.sitemap_kind
    if kind == "post":
        weights.add(1.0, "post sitemap")
    elif kind == "page":
        weights.add(-2.0, "page sitemap", STATIC)
    elif kind == "listing":
        weights.add(-3.0, "listing sitemap", LISTING)


def classify_url(url: str, sitemap: str | None = None) -> PageKind:
    """The decision on what is known before fetching: the URL and the sitemap that listed it.

    Only a page both its URL and its sitemap call a non-article is judged so here (say
    `/kontak/` in `page-sitemap.xml`); anything else needs the page (an article gets the benefit of the doubt)."""
    verdict = classify(PageEvidence(url=url, body_known=False, sitemap_kind=sitemap_kind(sitemap)))
    if verdict.kind != ARTICLE and verdict.score > -4.5:
        return PageKind(ARTICLE, "article: not known before fetching", verdict.score)
    return verdict


__all__ = [
    "ARTICLE",
    "EMPTY",
    "KINDS",
    "LISTING",
    "NOT_FOUND",
    "SEARCH",
    "STATIC",
    "PageEvidence",
    "PageKind",
    "classify",
    "classify_url",
    "decide_kind",
    "jsonld_types",
    "looks_like_article_path",
    "page_evidence",
    "sitemap_kind",
    "url_kind",
]
