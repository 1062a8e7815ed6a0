"""Finding article URLs on a site: feeds, sitemaps and the links of home and section pages.

Everything here is a pure function over bytes already fetched, so each source is tested on its own; the crawler
(`telisik.crawl`) decides what to fetch. XML from the web is hostile: it is parsed with lxml's pull parser
(streaming, bounded memory however many entries a sitemap holds), with entity resolution, DTD loading and
network access off, and a document that declares entities (the billion-laughs and external-entity attacks) is
refused before the parser sees it. Gzipped sitemaps are inflated incrementally under a size cap.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

from lxml import etree

from telisik.urls import host_of, site_of

# Caps for one feed or sitemap document. The sitemap protocol itself allows 50,000 URLs and 50 MB per file.
DEFAULT_MAX_URLS = 50_000
DEFAULT_MAX_XML_BYTES = 100 * 1024 * 1024  # after gzip inflation
_CHUNK = 64 * 1024

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml")
# Where WordPress and other common CMSs publish feeds and sitemaps when a page does not say.
COMMON_FEED_PATHS = ("/feed/", "/rss", "/feed.xml", "/rss.xml", "/atom.xml")
COMMON_SITEMAP_PATHS = ("/sitemap.xml", "/sitemap_index.xml")


_COMMENT_FEED = re.compile(r"/comments?/feed|[?&]feed=comments|/feed/comments", re.IGNORECASE)


class XMLRefused(ValueError):
    """A feed or sitemap that is not parsed at all (entity declarations, too large, not XML)."""


@dataclass
class Entry:
    """One URL found in a feed or sitemap, with the date the source gives for it (aware UTC or None)."""

    url: str
    date: datetime | None = None
    title: str | None = None


@dataclass
class SitemapDoc:
    """A parsed sitemap: article URLs (`urls`) or, for a sitemap index, child sitemaps (`sitemaps`)."""

    urls: list[Entry] = field(default_factory=list)
    sitemaps: list[Entry] = field(default_factory=list)
    truncated: bool = False  # more entries than the cap allowed


@dataclass
class FeedDoc:
    entries: list[Entry] = field(default_factory=list)
    truncated: bool = False


# ---------------------------------------------------------------------------------------------------------
# Safe streaming XML


_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_ROOT_START = re.compile(rb"<[A-Za-z_]")


def _inflated_chunks(content: bytes, max_bytes: int) -> Iterator[bytes]:
    """The document in chunks: gzip (by its magic bytes, whatever the Content-Type said) inflated lazily."""
    if content[:2] != b"\x1f\x8b":
        if len(content) > max_bytes:
            raise XMLRefused(f"document larger than {max_bytes} bytes")
        for start in range(0, len(content), _CHUNK):
            yield content[start : start + _CHUNK]
        return
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    total = 0
    pending = content
    while pending and not inflater.eof:
        try:
            chunk = inflater.decompress(pending, _CHUNK)
        except zlib.error as exc:
            raise XMLRefused(f"broken gzip data: {exc}") from None
        pending = inflater.unconsumed_tail
        total += len(chunk)
        if total > max_bytes:
            raise XMLRefused(f"inflates to more than {max_bytes} bytes (gzip bomb?)")
        if chunk:
            yield chunk
    if not inflater.eof and not pending:
        return  # truncated gzip: what was inflated is parsed, the parser reports what is missing


def _check_prolog(head: bytes) -> None:
    """Refuse documents whose DTD declares entities: expansion bombs and external entities (XXE)."""
    root = _ROOT_START.search(head)
    prolog = head[: root.start()] if root else head
    if _ENTITY_DECL.search(prolog):
        raise XMLRefused("XML declares entities (possible entity-expansion bomb or external entity)")


def _make_parser() -> etree.XMLPullParser:
    return etree.XMLPullParser(
        events=("end",),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        recover=True,
        remove_comments=True,
        remove_pis=True,
    )


def iter_xml_elements(content: bytes, *, max_bytes: int = DEFAULT_MAX_XML_BYTES) -> Iterator[etree._Element]:
    """Yield each element of an XML document when it closes, streaming; the caller may clear it."""
    parser = _make_parser()
    head = b""
    checked = False
    for chunk in _inflated_chunks(content, max_bytes):
        if not checked:
            head += chunk
            if _ROOT_START.search(head) is None and len(head) < 1024 * 1024:
                continue
            _check_prolog(head)
            chunk, head, checked = head, b"", True
        parser.feed(chunk)
        for _event, element in parser.read_events():
            yield element
    if not checked and head:
        _check_prolog(head)
        parser.feed(head)
    for _event, element in parser.read_events():
        yield element
    # Elements that close only now were closed by recovery at the end of a truncated document: they are
    # incomplete (half a URL), so they are dropped; the complete entries before them were already yielded.
    try:
        parser.close()
    except etree.XMLSyntaxError:
        pass


def _local(tag: object) -> str:
    if not isinstance(tag, str):
        return ""  # comments, processing instructions
    return tag.rsplit("}", 1)[-1].lower()


def _child_text(element: etree._Element, name: str) -> str | None:
    for child in element:
        if _local(child.tag) == name:
            text = (child.text or "").strip()
            return text or None
    return None


def _release(element: etree._Element) -> None:
    """Free a processed element and the siblings before it, so memory stays flat on huge documents."""
    element.clear()
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]


# ---------------------------------------------------------------------------------------------------------
# Dates


_ISO_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?")


def parse_source_date(text: str | None) -> datetime | None:
    """A date as feeds and sitemaps write it (W3C/ISO 8601 or RFC 822), as aware UTC; None if unreadable."""
    if not text:
        return None
    text = text.strip()
    value: datetime | None = None
    if _ISO_DATE.match(text):
        candidate = text.replace("Z", "+00:00").replace("z", "+00:00")
        if len(candidate) == 7:
            candidate += "-01"
        try:
            value = datetime.fromisoformat(candidate)
        except ValueError:
            try:
                value = datetime.fromisoformat(candidate[:10])
            except ValueError:
                return None
    else:
        from email.utils import parsedate_to_datetime

        try:
            value = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError):  # 'Dec 99999999999999999999'
            return None
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    try:
        return value.astimezone(timezone.utc)
    except OverflowError:  # 9999-12-31T23:59-05:00 is past year 9999 in UTC: a junk date, not a crash
        return None


# ---------------------------------------------------------------------------------------------------------
# Sitemaps


def parse_sitemap(
    content: bytes,
    base_url: str,
    *,
    max_urls: int = DEFAULT_MAX_URLS,
    max_bytes: int = DEFAULT_MAX_XML_BYTES,
) -> SitemapDoc:
    """Read a sitemap, sitemap index or Google News sitemap (plain or gzipped). Raises XMLRefused.

    An entry's date is the news publication date when there is one, else its lastmod. At most `max_urls`
    entries are kept; `truncated` says when there were more (the rest is not even parsed).
    """
    doc = SitemapDoc()
    for element in iter_xml_elements(content, max_bytes=max_bytes):
        name = _local(element.tag)
        if name not in ("url", "sitemap"):
            continue
        loc = _child_text(element, "loc")
        if loc and len(doc.urls) + len(doc.sitemaps) >= max_urls:
            doc.truncated = True  # the rest of the document is not even parsed
            break
        if loc:
            date = None
            for child in element:
                if _local(child.tag) == "news":
                    date = parse_source_date(_child_text(child, "publication_date"))
                    title = _child_text(child, "title")
                    break
            else:
                title = None
            date = date or parse_source_date(_child_text(element, "lastmod"))
            url = _absolute(base_url, loc)
            if url:
                (doc.urls if name == "url" else doc.sitemaps).append(Entry(url, date, title))
        _release(element)
    return doc


# ---------------------------------------------------------------------------------------------------------
# Feeds


def parse_feed(
    content: bytes,
    base_url: str,
    *,
    max_urls: int = DEFAULT_MAX_URLS,
    max_bytes: int = DEFAULT_MAX_XML_BYTES,
) -> FeedDoc:
    """Read an RSS 2.0, RSS 1.0 (RDF) or Atom feed: each item's link, date and title. Raises XMLRefused."""
    doc = FeedDoc()
    for element in iter_xml_elements(content, max_bytes=max_bytes):
        name = _local(element.tag)
        if name not in ("item", "entry"):
            continue
        url = _feed_item_link(element, base_url)
        if url and len(doc.entries) >= max_urls:
            doc.truncated = True
            break
        if url:
            date = None
            for date_name in ("pubdate", "published", "date", "updated", "issued", "modified"):
                date = parse_source_date(_child_text(element, date_name))
                if date:
                    break
            doc.entries.append(Entry(url, date, _child_text(element, "title")))
        _release(element)
    return doc


def _feed_item_link(item: etree._Element, base_url: str) -> str | None:
    guid_link = None
    for child in item:
        name = _local(child.tag)
        if name == "link":
            href = child.get("href")
            if href is not None:  # Atom
                if child.get("rel", "alternate") == "alternate":
                    return _absolute(base_url, href)
            elif child.text and child.text.strip():  # RSS
                return _absolute(base_url, child.text)
        elif name == "guid" and child.get("isPermaLink", "true").lower() == "true" and child.text:
            text = child.text.strip()
            if text.startswith(("http://", "https://")):
                guid_link = text
    if guid_link:
        return guid_link
    about = item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")  # RSS 1.0
    return _absolute(base_url, about) if about else None


def _absolute(base: str, href: str) -> str | None:
    """`href` resolved against `base`; None when either is malformed ('http://[::1'): one bad link in a
    feed, sitemap or page costs that link, not the source."""
    try:
        return urljoin(base, href.strip())
    except ValueError:
        return None


def looks_like_feed(content: bytes) -> bool:
    """True when a response body is an RSS/Atom/RDF document (for probing the usual feed paths)."""
    head = content[:2048].lstrip().lower()
    return head.startswith(b"<?xml") and any(
        tag in content[:4096].lower() for tag in (b"<rss", b"<feed", b"<rdf")
    )


# ---------------------------------------------------------------------------------------------------------
# HTML pages: feed links and article links


def parse_html_links(html: str | bytes, base_url: str) -> tuple[list[str], list[str]]:
    """(feed URLs announced with <link rel=alternate>, every <a href> URL) of a page, absolute, in order."""
    from lxml import html as lxml_html

    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    if not html.strip():
        return [], []
    try:
        root = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return [], []
    base = base_url
    for base_el in root.iter("base"):
        if base_el.get("href"):
            base = _absolute(base_url, base_el.get("href")) or base_url
        break
    feeds = []
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").lower().split(";")[0].strip()
        if "alternate" in rel and kind in FEED_TYPES and link.get("href"):
            href = _absolute(base, link.get("href"))
            if href and not _COMMENT_FEED.search(href):  # comment feeds list comments, not new articles
                feeds.append(href)
    anchors = []
    for anchor in root.iter("a"):
        href = (anchor.get("href") or "").strip()
        if (
            href
            and not href.startswith(("#", "javascript:", "mailto:", "tel:"))
            and (url := _absolute(base, href))
        ):
            anchors.append(url)
    return feeds, anchors


_NOT_ARTICLE_SEGMENTS = frozenset(
    """tag tags topik topic topics author authors penulis reporter category categories kategori kanal section
    page halaman search cari pencarian login logout masuk daftar register signin signup account akun profile
    profil wp-admin wp-login.php wp-content wp-json wp-includes feed rss amp-feed xmlrpc.php cdn-cgi
    about tentang contact kontak redaksi privacy privacy-policy kebijakan-privasi pedoman-media-siber
    disclaimer terms syarat-ketentuan karir career advertise iklan indeks index archive arsip sitemap
    video-list foto-list gallery-list comment comments""".split()
)
_NOT_ARTICLE_EXTENSIONS = (
    ".jpg",
    ".jpeg",
    ".png",
    ".gif",
    ".webp",
    ".svg",
    ".ico",
    ".pdf",
    ".zip",
    ".mp3",
    ".mp4",
    ".css",
    ".js",
    ".xml",
    ".json",
    ".txt",
    ".rss",
    ".gz",
)
_DATE_PATH = re.compile(
    r"/(19|20)\d{2}/(0?[1-9]|1[0-2])(/|$)|/(19|20)\d{2}(0[1-9]|1[0-2])[0-3]\d|/\d{2}/\d{2}/\d{2}/"
)
_NUMERIC_ID = re.compile(r"(^|[/\-_.])(d-)?\d{5,}([/\-_.]|$)")
_PAGINATION_QUERY = re.compile(r"(^|&)(page|paged|p|s|q|search|replytocom|share|amp)=", re.IGNORECASE)


def looks_like_article_url(url: str) -> bool:
    """Heuristic: does this URL name one article (date path, long slug or numeric id) rather than a listing?"""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if parts.scheme not in ("http", "https"):
        return False
    path = parts.path
    lowered = path.lower()
    if lowered.endswith(_NOT_ARTICLE_EXTENSIONS):
        return False
    if parts.query and _PAGINATION_QUERY.search(parts.query):
        return False
    segments = [s for s in lowered.split("/") if s]
    if not segments:
        return False
    if any(s in _NOT_ARTICLE_SEGMENTS for s in segments):
        return False
    last = segments[-1]
    if last in ("amp", "print") and len(segments) > 1:
        last = segments[-2]
    slug = re.sub(r"\.(html?|php|aspx?)$", "", last)
    words = [w for w in re.split(r"[-_.]+", slug) if w]
    long_slug = len(words) >= 4 and len(slug) >= 20
    if _DATE_PATH.search(lowered) and (len(words) >= 2 or (slug.isdigit() and len(slug) >= 5)):
        return True
    if _NUMERIC_ID.search(lowered):
        return True
    return long_slug


def same_site(url: str, hosts: Iterable[str]) -> bool:
    """True when url is http(s) on one of the site's own hosts (`host[:port]` or host, as `host_of` spells
    them: case, IDNA, a trailing dot and a default port do not matter)."""
    try:
        scheme = urlsplit(url).scheme
    except ValueError:
        return False
    if scheme not in ("http", "https"):
        return False
    wanted = {host_of("http://" + h) for h in hosts}
    return host_of(url) in wanted or site_of(url) in wanted


def article_links(html: str | bytes, base_url: str, hosts: Iterable[str]) -> tuple[list[str], list[str]]:
    """(feed URLs, on-site article-looking URLs) of a home or section page, de-duplicated, in page order."""
    hosts = list(hosts)
    feeds, anchors = parse_html_links(html, base_url)
    seen: set[str] = set()
    found = []
    for url in anchors:
        url = url.split("#", 1)[0]
        if url in seen:
            continue
        seen.add(url)
        if same_site(url, hosts) and looks_like_article_url(url):
            found.append(url)
    return feeds, found
