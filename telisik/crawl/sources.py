"""A site's requests (throttled per host, retried with backoff, conditional for discovery sources) and its
discovery: robots.txt-allowed home and section pages, feeds and sitemaps read into candidate article URLs.

Every request goes through the host's throttle (`telisik.crawl.robots.Politeness`): <= 2 connections,
>= delay between request starts, retries with backoff honouring Retry-After; a Retry-After longer than the
run waits leaves that host alone until the next run. Discovery sources (robots.txt, pages, feeds, sitemaps)
are fetched with the ETag/Last-Modified of their last fetch; their new validators are saved only once the
articles they listed are archived, so a run killed before then re-reads them in full next time.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from telisik.article import Capture
from telisik.crawl import discover
from telisik.crawl.discover import Entry
from telisik.crawl.options import MAX_SITEMAP_DEPTH, CrawlOptions
from telisik.crawl.reports import CrawlStats, SiteReport, _Timer
from telisik.crawl.robots import RobotsRules
from telisik.crawl.select import Candidate
from telisik.crawl.sites import Site, SourceState, get_sources, save_source
from telisik.fetch import (
    FetchError,
    FetchLimits,
    budget_deadline,
    fetch_page_async,
    retry_after_seconds,
    retry_wait,
)
from telisik.times import as_utc, now_iso
from telisik.urls import host_of

if TYPE_CHECKING:
    from telisik.archive import Archive
    from telisik.crawl.run import Crawler


class UrlBudget:
    """The time allowed for one article URL, retries and further pages included (`--timeout`, as `fetch`
    has it: `telisik.fetch.budget_deadline`). The clock starts with the URL's first request, not while it
    waits for its turn at the host's throttle."""

    def __init__(self, limits: FetchLimits | None) -> None:
        self.limits = limits
        self._deadline: float | None = None

    def deadline(self) -> float:
        if self._deadline is None:
            self._deadline = budget_deadline(self.limits)
        return self._deadline

    def left(self) -> float:
        return self.deadline() - time.monotonic()


@dataclass
class Fetched:
    """A discovery source as received (not 304), with the validators to remember once its body is used."""

    capture: Capture
    state: SourceState


class SiteRequests:
    """The requests of one site's crawl, and the validators of its discovery sources."""

    def __init__(
        self,
        run: Crawler,
        site: Site,
        report: SiteReport,
        hosts: list[str],
        delay: Callable[[], float],
        *,
        db: Archive | None = None,
        held: Callable[[], None] = lambda: None,
    ):
        self.run = run
        self.site = site
        self.report = report
        self.hosts = hosts
        self.delay = delay
        self.db = db if db is not None else run.db  # a leased site's handle (telisik.crawl.shared)
        self.held = held  # raises when the site's lease was lost: no request for a site no longer ours
        self.known: dict[str, SourceState] = get_sources(self.db, site.id or 0)
        self.unsaved: list[SourceState] = []

    async def get(
        self,
        url: str,
        *,
        kind: str,
        html_only: bool = True,
        etag: str | None = None,
        last_modified: str | None = None,
        limits: FetchLimits | None = None,
        budget: UrlBudget | None = None,
    ) -> Capture:
        """GET through the host's throttle, retried with backoff on retryable errors. Raises FetchError.
        With a `budget`, every attempt ends by its deadline and none starts after it."""
        options = self.run.options
        host = host_of(url)
        throttle = self.run.politeness.throttle(host, self.delay())
        attempts = max(1, options.attempts)
        for attempt in range(1, attempts + 1):
            async with throttle:
                if host in self.run.paused:
                    raise FetchError(f"not requested: {self.run.paused[host]}", retryable=True, url=url)
                self.held()
                self._count(kind)
                try:
                    capture = await fetch_page_async(
                        url,
                        client=self.run.client,
                        limits=limits or options.limits,
                        html_only=html_only,
                        trusted_hosts=self.hosts,
                        etag=etag,
                        last_modified=last_modified,
                        deadline=budget.deadline() if budget else None,
                    )
                except FetchError as error:
                    wait = retry_wait(error, attempt, attempts, options.max_retry_wait)
                    if budget is not None and wait is not None and wait >= budget.left():
                        raise  # the URL's time is up: no retry would end in time
                    if wait is None:
                        self._pause_if_asked_too_long(host, error)
                        if error.status == 403:  # refused: the site may be blocking the crawler
                            self.report.blocked += 1
                            self.report.blocked_reason = self.report.blocked_reason or error.reason
                        raise
                    throttle.push_back(wait)  # the whole host waits, not just this URL
                    continue
            self.run.stats.bytes_received += len(capture.content)
            return capture
        raise AssertionError("unreachable")  # pragma: no cover

    def _count(self, kind: str) -> None:
        self.report.requests += 1
        self.run.stats.requests += 1
        if kind == "article":
            self.report.article_requests += 1
            self.run.stats.article_requests += 1
        elif kind == "recheck":
            self.report.recheck_requests += 1
            self.run.stats.recheck_requests += 1

    def _pause_if_asked_too_long(self, host: str, error: FetchError) -> None:
        asked = retry_after_seconds(error.retry_after)
        if asked is not None and asked > self.run.options.max_retry_wait:
            # Longer than this run waits: the host is left alone until the next run.
            self.run.paused[host] = f"{host} asked to wait {asked:.0f} s"

    async def conditional(
        self, url: str, kind: str, *, html_only: bool, lastmod: str | None = None
    ) -> Fetched | None:
        """Fetch a discovery source with the validators of its last fetch; None when it answered 304."""
        state = self.known.get(url)
        limits = self.run.xml_limits if kind == "feed" or kind.startswith("sitemap") else None
        capture = await self.get(
            url,
            kind=kind,
            html_only=html_only,
            etag=state.etag if state else None,
            last_modified=state.last_modified if state else None,
            limits=limits,
        )
        if capture.status == 304:
            self.report.not_modified += 1
            if state:
                state.last_status, state.fetched_at = 304, now_iso()
                save_source(self.db, self.site.id or 0, state)
            return None
        new_state = SourceState(
            url=url,
            kind=kind,
            etag=capture.headers.get("etag"),
            last_modified=capture.headers.get("last-modified"),
            last_status=capture.status,
            lastmod=lastmod,
        )
        return Fetched(
            capture, new_state
        )  # the state is saved only after the caller used the body: `remember`

    def remember(self, fetched: Fetched, body: str | None = None, *, now: bool = False) -> None:
        """Keep a source's validators; they are saved once the articles it listed are archived
        (`save`), so a run killed before then re-reads the source in full next time."""
        state = fetched.state
        state.body = body
        self.known[state.url] = state
        if now:
            save_source(self.db, self.site.id or 0, state)
        else:
            self.unsaved.append(state)

    def save(self) -> None:
        for state in self.unsaved:
            save_source(self.db, self.site.id or 0, state)
        self.unsaved.clear()


class SiteUnreachable(Exception):
    """The site could not be crawled at all this run (robots.txt or every discovery source failed)."""


class SiteDiscovery:
    """Reads a site's home and section pages, feeds and sitemaps (through its `SiteRequests`) into candidate
    article URLs. Off-site links go to `on_site` (which counts the refusals), problems to `note_error`."""

    def __init__(
        self,
        site: Site,
        options: CrawlOptions,
        stats: CrawlStats,
        requests: SiteRequests,
        *,
        on_site: Callable[[str], bool],
        note_error: Callable[[str], None],
    ) -> None:
        self.site = site
        self.options = options
        self.stats = stats
        self.requests = requests
        self.hosts = requests.hosts
        self.on_site = on_site
        self.note_error = note_error
        self.robots = RobotsRules()
        self.last_crawl = as_utc(datetime.fromisoformat(site.last_crawl_at)) if site.last_crawl_at else None
        self.sitemaps_fetched = 0
        self.sitemap_entries = 0
        self.sitemaps_capped = False  # a sitemap was left unread by the per-run caps
        self.pages_ok = 0  # discovery sources that answered (200 or 304)
        self.pages_failed: list[str] = []

    async def find(self, robots: RobotsRules) -> list[Candidate]:
        """Candidate article URLs from the home and section pages, feeds and sitemaps robots.txt allows.
        Raises SiteUnreachable when no page answered."""
        self.robots = robots
        found: list[Candidate] = []
        feeds = list(self.site.feeds)
        for page_url in [self.site.url, *self.site.sections]:
            if not self.robots.allowed(page_url):
                self.note_error(f"page {page_url}: disallowed by robots.txt")
                continue
            try:
                fetched = await self.requests.conditional(page_url, "page", html_only=True)
            except FetchError as error:
                self.pages_failed.append(f"{page_url}: {error.reason}")
                self.note_error(f"page {page_url}: {error.reason}")
                continue
            self.pages_ok += 1
            if fetched is None:
                continue
            capture = fetched.capture
            with _Timer(self.stats, "discover_cpu"):
                html = capture.content.decode(capture.encoding or "utf-8", errors="replace")
                page_feeds, links = discover.article_links(html, capture.final_url, self.hosts)
            feeds += page_feeds
            found += [Candidate(u, None, "page") for u in links]
            self.requests.remember(fetched)
        feeds += [u for u, s in self.requests.known.items() if s.kind == "feed"]
        feeds = [
            u
            for u in dict.fromkeys(feeds)
            if (self.configured(u) or self.on_site(u)) and self.robots.allowed(u)
        ]
        if not feeds and self.should_probe():
            feeds = [
                u
                for u in (urljoin(self.site.url, p) for p in discover.COMMON_FEED_PATHS)
                if self.robots.allowed(u)
            ]
            found += await self.read_feeds(feeds, probing=True)
        else:
            found += await self.read_feeds(feeds)
        found += await self.read_sitemaps()
        if self.pages_ok == 0 and self.pages_failed:
            raise SiteUnreachable("; ".join(self.pages_failed[:3]))
        return found

    def should_probe(self) -> bool:
        return self.options.probe_common_paths and self.last_crawl is None

    def configured(self, url: str) -> bool:
        """A feed or sitemap the user named for this site: read wherever it is hosted (a feed service, a CDN)."""
        return url in self.site.feeds or url in self.site.sitemaps

    async def read_feeds(self, feeds: list[str], *, probing: bool = False) -> list[Candidate]:
        found: list[Candidate] = []
        for url in feeds:
            try:
                fetched = await self.requests.conditional(url, "feed", html_only=False)
            except FetchError as error:
                if not probing:
                    self.note_error(f"feed {url}: {error.reason}")
                continue
            self.pages_ok += 1
            if fetched is None:
                continue
            capture = fetched.capture
            if probing and not discover.looks_like_feed(capture.content):
                continue
            try:
                with _Timer(self.stats, "discover_cpu"):
                    doc = discover.parse_feed(
                        capture.content, capture.final_url, max_urls=self.options.max_urls_per_sitemap
                    )
            except discover.XMLRefused as error:
                self.note_error(f"feed {url}: {error}")
                continue
            found += [Candidate(e.url, e.date, "feed") for e in doc.entries]
            self.requests.remember(fetched)
            if probing:
                break  # one feed at the usual paths is enough
        return found

    async def read_sitemaps(self) -> list[Candidate]:
        robots_url = urljoin(self.site.url, "/robots.txt")
        roots = list(self.site.sitemaps) + [
            urljoin(robots_url, u) for u in self.robots.sitemaps
        ]  # may be relative
        roots += [u for u, s in self.requests.known.items() if s.kind == "sitemap"]
        roots = [u for u in dict.fromkeys(roots) if self.configured(u) or self.on_site(u)]
        probing = not roots and self.should_probe()
        if probing:
            roots = [
                u
                for u in (urljoin(self.site.url, p) for p in discover.COMMON_SITEMAP_PATHS)
                if self.robots.allowed(u)
            ]
        found: list[Candidate] = []
        for url in roots:
            entries = await self.read_sitemap(url, "sitemap", depth=0, probing=probing)
            found += entries
            if probing and entries:
                break
        return found

    async def read_sitemap(
        self, url: str, kind: str, *, depth: int, probing: bool = False, lastmod: str | None = None
    ) -> list[Candidate]:
        if (
            self.sitemaps_fetched >= self.options.max_sitemaps
            or self.sitemap_entries >= self.options.max_sitemap_entries
        ):
            self.sitemaps_capped = True
            return []  # the rest waits for a later run (unread sitemaps have no validators, so they are read then)
        self.sitemaps_fetched += 1
        try:
            fetched = await self.requests.conditional(url, kind, html_only=False, lastmod=lastmod)
        except FetchError as error:
            if not probing:
                self.note_error(f"sitemap {url}: {error.reason}")
            return []
        self.pages_ok += 1
        if fetched is None:
            return []
        capture = fetched.capture
        try:
            with _Timer(self.stats, "discover_cpu"):
                doc = discover.parse_sitemap(
                    capture.content, capture.final_url, max_urls=self.options.max_urls_per_sitemap
                )
        except discover.XMLRefused as error:
            self.note_error(f"sitemap {url}: {error}")
            return []
        found = [Candidate(e.url, e.date, "sitemap", capture.final_url) for e in doc.urls]
        self.sitemap_entries += len(found)
        children = sorted(
            doc.sitemaps, key=lambda e: e.date or datetime.min.replace(tzinfo=timezone.utc), reverse=True
        )
        for child in children:
            if depth >= MAX_SITEMAP_DEPTH or not self.on_site(child.url):
                continue
            if self.cannot_be_new(child):
                continue
            found += await self.read_sitemap(
                child.url,
                "sitemap-child",
                depth=depth + 1,
                lastmod=child.date.isoformat() if child.date else None,
            )
        # An index whose children were not all read is not remembered: a 304 for it next run would hide them.
        if not (doc.sitemaps and self.sitemaps_capped):
            self.requests.remember(fetched)
        return found

    def cannot_be_new(self, child: Entry) -> bool:
        """A child sitemap already read whose lastmod predates the last crawl lists nothing new."""
        known = self.requests.known.get(child.url)
        if known is None or self.last_crawl is None or child.date is None:
            return False
        if child.date < self.last_crawl:
            return True
        return known.lastmod is not None and known.lastmod == child.date.isoformat()
