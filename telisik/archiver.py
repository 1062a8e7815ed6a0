"""Archiving one article: URL -> Capture(s) -> Article -> stored row.

Shared by `telisik fetch` (sync, one URL at a time) and the crawler (async, which fetches the captures itself
and then calls `build_article` and `telisik.archive.store_article`). Multi-page articles are resolved here:
when the first page names a single-page view it is preferred, otherwise every further page is fetched
(bounded, same host) and the bodies are joined in order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from telisik import extract
from telisik.archive import StoreError, store_article
from telisik.article import Article, Capture
from telisik.errors import ExtractionError
from telisik.extract.siterules import rules_for
from telisik.fetch import FetchError, budget_deadline, fetch_with_retries
from telisik.removal import soft_404_reason
from telisik.urls import normalize_url, same_registrable_domain, site_of, strip_userinfo, with_credentials_of

if TYPE_CHECKING:
    import httpx

    from telisik.archive import Archive
    from telisik.extract.siterules import SiteRules
    from telisik.fetch import FetchLimits

MAX_EXTRA_PAGES = 20


@dataclass
class ArchiveOutcome:
    """What happened to one URL: `status` is new, updated, unchanged or failed (with a one-line reason)."""

    url: str | None  # None: an imported file that gave no address
    status: str
    reason: str = ""
    article: Article | None = None
    article_id: int | None = None
    source: str = ""  # for an imported article: the file (and record) it came from

    @property
    def ok(self) -> bool:
        return self.status != "failed"


def build_article(
    first: Capture,
    more: Iterable[Capture] = (),
    *,
    rules: SiteRules | None = None,
    trusted_hosts: Iterable[str] = (),
) -> Article:
    """Extract the article from its first page and append the bodies of its further pages, in order.

    The captures are attached to the article so that the archive keeps every page as served. A canonical URL
    the page may not claim (`trust_canonical`) is recorded, not used as the article's key.
    """
    article = join_pages(_extract(first, rules), first, more, rules=rules)
    return trust_canonical(article, first, trusted_hosts)


# Where an untrusted canonical URL is recorded: the article's `sources` (a JSON column, exported).
UNTRUSTED_CANONICAL = "untrusted_canonical_url"


def trust_canonical(article: Article, served: Capture, trusted_hosts: Iterable[str] = ()) -> Article:
    """Key the article by the URL it was served from when its canonical URL names another site.

    A page may name as canonical a URL of the same registrable domain as the URL it was requested at or
    served from (`blora.example.co.id` for `www.example.co.id`; redirects followed from the requested URL
    are the server speaking), or of a host the site's configuration names (`trusted_hosts`). Anything else
    would let site A overwrite site B's article in the archive: the claim is kept in
    `sources["untrusted_canonical_url"]` and the served URL is the key.
    """
    claimed = article.canonical_url
    if not claimed or canonical_is_trusted(claimed, served, trusted_hosts):
        return article
    article.sources[UNTRUSTED_CANONICAL] = claimed
    article.canonical_url = normalize_url(served.final_url)
    article.sources["canonical_url"] = "url"
    article.site = site_of(article.canonical_url) or article.site
    return article


# In `trusted_hosts`: every canonical is trusted (`fetch --trust-canonical`: a mirror or a local copy the
# user vouches for).
ANY_HOST = "*"


def canonical_is_trusted(canonical: str, served: Capture, trusted_hosts: Iterable[str] = ()) -> bool:
    """May a page served as `served` name `canonical` as its canonical URL (see `trust_canonical`)?"""
    trusted_hosts = list(trusted_hosts)
    if ANY_HOST in trusted_hosts:
        return True
    speakers = [served.url, served.final_url, *trusted_hosts]
    return any(same_registrable_domain(canonical, speaker) for speaker in speakers if speaker)


def join_pages(
    article: Article, first: Capture, more: Iterable[Capture] = (), *, rules: SiteRules | None = None
) -> Article:
    """`article`, already read from `first`, with the new paragraphs of each further page appended in order."""
    more = list(more)
    seen = set(article.body.split("\n\n"))
    for capture in more:
        page = _extract(capture, rules)
        fresh = [p for p in page.body.split("\n\n") if p and p not in seen]
        seen.update(fresh)
        if fresh:
            article.body = "\n\n".join(filter(None, [article.body, *fresh]))
    article.capture = first
    article.extra_captures = more
    article.fetched_at = first.fetched_at
    return article


def _extract(capture: Capture, rules: SiteRules | None) -> Article:
    # `extract.extract_article` looked up at call time, so a test can stand in a different extractor.
    return extract.extract_article(
        capture.content,
        url=capture.final_url,
        fetched_at=capture.fetched_at,
        content_type=capture.content_type,
        rules=rules,
    )


def not_article_reason(article: Article) -> str:
    """Why `article` is not archived as one: `not an article (listing page: 48 links, no date)`."""
    if article.kind not in ("article", "empty") and article.kind_reason:
        return f"not an article ({article.kind_reason})"
    return "no article found on the page"


def same_host(url: str, other: str) -> bool:
    return urlsplit(url).hostname == urlsplit(other).hostname


def single_page_view(
    article: Article, first: Capture, allowed: Callable[[str], bool] | None = None
) -> str | None:
    """The single-page view worth trying for a multi-page article: same host, and `allowed` (robots.txt)."""
    url = article.single_page_url
    if url and same_host(url, first.final_url) and (allowed is None or allowed(url)):
        return url
    return None


def further_page_urls(
    article: Article,
    first: Capture,
    allowed: Callable[[str], bool] | None = None,
    *,
    max_pages: int = MAX_EXTRA_PAGES,
) -> list[str]:
    """The further pages of a multi-page article to fetch, in order: same host, each once, at most `max_pages`."""
    seen = {first.final_url, first.url}
    urls = []
    for url in article.page_urls[:max_pages]:
        if url in seen or not same_host(url, first.final_url) or (allowed is not None and not allowed(url)):
            continue
        seen.add(url)
        urls.append(url)
    return urls


def prefer_single_view(whole: Article, article: Article) -> bool:
    """A single-page view replaces page one when it reads at least as long (a stub view does not)."""
    return len(whole.body) >= len(article.body)


def collect_pages(
    first: Capture,
    article: Article,
    fetch: Callable[[str], Capture],
    *,
    rules: SiteRules | None = None,
    max_pages: int = MAX_EXTRA_PAGES,
) -> tuple[Capture, Article, list[Capture], list[str]]:
    """Resolve a multi-page article into (first capture, its article, further captures, problems).

    The single-page view is preferred when there is one (see `prefer_single_view`); otherwise the further pages
    are fetched. A page that fails is reported in `problems`, never fatal: the pages we have are archived,
    the article marked incomplete (`article.missing_pages`), for a later fetch or crawl to complete.
    """
    problems: list[str] = []
    single_url = single_page_view(article, first)
    if single_url:
        try:
            single = fetch(single_url)
        except FetchError as exc:
            problems.append(f"single-page view failed: {exc.reason}")
        else:
            try:
                whole = _extract(single, rules)
            except ExtractionError as exc:
                problems.append(f"single-page view: {exc.reason}")
            else:
                if prefer_single_view(whole, article):
                    return single, whole, [], problems
    pages: list[Capture] = []
    missing: list[str] = []
    for page_url in further_page_urls(article, first, max_pages=max_pages):
        try:
            pages.append(fetch(page_url))
        except FetchError as exc:
            problems.append(f"page {page_url} failed: {exc.reason}")
            missing.append(page_url)
    article.missing_pages = missing
    if missing:
        problems.append(f"stored incomplete: {len(missing)} of {len(missing) + len(pages) + 1} pages missing")
    return first, article, pages, problems


def archive_url(
    url: str,
    *,
    db: Archive,
    client: httpx.Client,
    limits: FetchLimits | None = None,
    rules_by_host: dict[str, SiteRules] | None = None,
    follow_pages: bool = True,
    trusted_hosts: Iterable[str] = (),
    any_page: bool = False,
) -> ArchiveOutcome:
    """Fetch `url` (and the rest of a multi-page article), extract it, store it. Never raises for bad input.

    A page that is not an article (a listing, a static page: `Article.kind`) fails with the reason, unless
    `any_page`: then it is stored, marked with its kind (search and export leave it out unless asked).

    `limits.total_timeout` bounds everything fetched for this URL: retries and further pages included.
    Credentials in `url` (user:pass@) are used for the request and never reported or stored.
    """

    deadline = budget_deadline(limits)
    given = url

    def fetch(page_url: str) -> Capture:
        page_url = with_credentials_of(page_url, given)
        return fetch_with_retries(
            page_url, client=client, limits=limits, trusted_hosts={site_of(given)}, deadline=deadline
        )

    try:
        first = fetch(url)
    except FetchError as exc:
        return ArchiveOutcome(strip_userinfo(url), "failed", exc.reason)
    url = strip_userinfo(url)
    rules = None
    if rules_by_host:
        rules = rules_for(first.final_url, rules_by_host)
    try:
        article = build_article(first, rules=rules, trusted_hosts=trusted_hosts)
    except ExtractionError as exc:  # a crash of the extractor is this URL's failure, with the reason
        return ArchiveOutcome(url, "failed", exc.reason)
    if not article.is_article and not (any_page and article.kind != "article"):
        return ArchiveOutcome(url, "failed", not_article_reason(article))
    soft_404 = soft_404_reason(article)
    if soft_404 and not any_page:  # never stored: it would replace the archived article's text with a notice
        return ArchiveOutcome(url, "failed", soft_404)
    problems: list[str] = []
    if follow_pages and (article.page_urls or article.single_page_url):
        first, article, more, problems = collect_pages(first, article, fetch, rules=rules)
        try:
            article = join_pages(article, first, more, rules=rules)
        except ExtractionError as exc:  # the first page is archived; what went wrong is said
            problems.append(f"further pages not joined: {exc.reason}")
            article = build_article(first, rules=rules, trusted_hosts=trusted_hosts)
        article = trust_canonical(article, first, trusted_hosts)  # a single-page view has its own canonical
    try:
        result = store_article(db, article)
    except StoreError as exc:  # a full disk, a read-only file: this URL fails, the caller's run goes on
        return ArchiveOutcome(url, "failed", exc.reason, article)
    if article.kind != "article":
        problems.insert(0, f"kept as a page: {article.kind_reason}")
    return ArchiveOutcome(url, result.status, "; ".join(problems), article, result.article_id)
