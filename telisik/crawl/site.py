"""Crawling one site: discover its new articles and archive them, politely and safely.

Per site (one asyncio task each; `telisik.crawl.run` runs several at once):
1. robots.txt (conditional request; a 5xx or network error means the site is not crawled this run);
2. discovery (`telisik.crawl.discover`): the home and section pages, feeds (configured, announced by the pages,
   or found at the usual paths on the first crawl) and sitemaps (configured, robots.txt `Sitemap:` lines or the
   usual paths; indexes followed, children whose lastmod predates the last crawl skipped). Feeds, sitemaps and
   pages are fetched with If-None-Match/If-Modified-Since from the previous run, so an unchanged site costs a
   handful of 304s;
3. selection (`telisik.crawl.select`: pure functions, and `SiteBacklog`'s reads of what the archive knows):
   on-site URLs that look like articles, allowed by robots.txt and the site's include/exclude patterns, not
   archived yet, newest first, at most `max_articles`;
4. archiving: each URL fetched (every request through the host's throttle: <= 2 connections, >= delay
   between request starts, retries with backoff honouring Retry-After; a Retry-After longer than the run
   waits leaves that host alone until the next run), extracted, and stored — each article committed on its
   own, so a killed run loses at most the one in flight;
5. re-checks (`telisik.crawl.recheck.SiteRechecks`): archived articles due on the decaying schedule,
   conditional requests;
   an edit is stored as a new version, a removal signal (`telisik.removal`) is recorded only when a later run
   sees it again, and never touches the stored text;
6. the run's outcome joins the site's history (`telisik.crawl.health`), which flags a site needing attention.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from telisik import archiver
from telisik.archive import DatabaseFailure, StoreError, StoreResult, store_article, transaction
from telisik.archive.leases import LeaseLost
from telisik.archiver import further_page_urls, prefer_single_view, single_page_view
from telisik.article import Article, Capture
from telisik.crawl import discover, select
from telisik.crawl.health import challenge_reason, save_run
from telisik.crawl.options import DEFAULT_MAX_ARTICLES, MAX_ROBOTS_BYTES
from telisik.crawl.recheck import SiteRechecks
from telisik.crawl.reports import SiteReport, _Timer
from telisik.crawl.robots import (
    RobotsRules,
    effective_delay,
)
from telisik.crawl.select import Candidate, SiteBacklog
from telisik.crawl.sites import Site, add_pending, record_crawl, record_url, remember_filtered
from telisik.crawl.sources import SiteDiscovery, SiteRequests, SiteUnreachable, UrlBudget
from telisik.errors import ExtractionError
from telisik.extract.siterules import rules_for
from telisik.fetch import FetchError
from telisik.removal import not_found_title
from telisik.times import as_utc, now_iso
from telisik.urls import check_redirect, host_of

if TYPE_CHECKING:
    from telisik.crawl.run import Crawler
    from telisik.crawl.shared import SiteLease


class ExtractionFailed(Exception):
    """The extractor raised (it should not: this is a bug, reported per article, never fatal to the run)."""


class SiteCrawler:
    """Crawls one site: the order of the steps, the requests and the site's report (all state of that crawl
    lives here). What the archive already knows is read by `SiteBacklog`; the re-check protocol is
    `SiteRechecks`, which shares this crawl's requests and report and borrows its extraction and storing."""

    def __init__(self, run: Crawler, site: Site, *, lease: SiteLease | None = None) -> None:
        self.run = run
        self.site = site
        self.lease = lease
        # A site claimed on a shared (PostgreSQL) archive writes through a handle checking its lease.
        self.db = run.keeper.archive_for(lease) if lease is not None and run.keeper else run.db
        self.options = run.options
        self.report = SiteReport(site.name)
        self.hosts = list(site.hosts) or [host_of(site.url)]
        self.requests = SiteRequests(
            run, site, self.report, self.hosts, lambda: self.delay, db=self.db, held=self.ensure_held
        )
        self.sources = self.requests.known  # discovery sources by URL, with their last fetch's validators
        self.robots = RobotsRules()
        self.include = [re.compile(p) for p in site.include]
        self.exclude = [re.compile(p) for p in site.exclude]
        self.discovery = SiteDiscovery(
            site, self.options, run.stats, self.requests, on_site=self.on_site, note_error=self.note_error
        )
        # robots.txt is read when the crawl starts: both ask `self.robots` at call time.
        self.backlog = SiteBacklog(self.db, self.site_id, self.hosts, lambda url: self.robots.allowed(url))
        self.rechecks = SiteRechecks(
            self.db,
            site,
            self.hosts,
            self.options,
            self.requests,
            self.report,
            run_id=run.run_id,
            allowed=lambda url: self.robots.allowed(url),
            extract=self.extract_noting,
            store=self.store,
            note_error=self.note_error,
            note_challenge=self.note_challenge,
        )

    def ensure_held(self) -> None:
        """Raise LeaseLost when this site's lease (a shared archive) is no longer this process's."""
        if self.lease is not None and self.run.keeper is not None:
            self.lease.ensure_held(self.run.keeper)

    @property
    def delay(self) -> float:
        return effective_delay(self.site.delay, self.robots, self.options.default_delay)

    @property
    def site_id(self) -> int:
        return self.site.id or 0

    # -- discovery -----------------------------------------------------------------------------------

    async def load_robots(self) -> None:
        url = urljoin(self.site.url, "/robots.txt")
        state = self.sources.get(url)
        try:
            fetched = await self.requests.conditional(url, "robots", html_only=False)
        except FetchError as error:
            if error.status is not None and 400 <= error.status < 500 and error.status != 429:
                self.robots = RobotsRules(None)  # no robots.txt: everything allowed
                return
            raise SiteUnreachable(f"robots.txt: {error.reason}") from None
        if fetched is None:
            text = state.body if state else None
        else:
            text = fetched.capture.content[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
            self.requests.remember(fetched, text, now=True)
        self.robots = RobotsRules(text)
        self.run.politeness.set_delay(host_of(self.site.url), self.delay)

    def on_site(self, url: str) -> bool:
        """True for http(s) URLs on the site's own hosts; anything else is refused (see `refuse`)."""
        if discover.same_site(url, self.hosts):
            return True
        self.refuse(url)
        return False

    def refuse(self, url: str) -> None:
        """Count a URL off the site; a private address or odd scheme is worth a line: it may be an attack."""
        self.report.refused += 1
        reason = check_redirect(self.site.url, url, trusted_hosts=self.hosts)
        if reason:
            self.note_error(f"{url}: {reason.replace('redirect to', 'link to')}")

    def note_error(self, message: str) -> None:
        self.report.errors.append(message)
        self.run.progress.error(self.report, message)

    # -- selection -----------------------------------------------------------------------------------

    def select(self, found: list[Candidate]) -> list[Candidate]:
        """What this run fetches: new on-site URLs allowed by the patterns and robots.txt, newest first, then
        the backlog, at most `limit`; the rest is remembered as pending for a later run."""
        since = as_utc(self.options.since) if self.options.since else None
        with _Timer(self.run.stats, "discover_cpu"):
            judged = select.judge(
                [*found, *self.backlog.remembered()],
                hosts=self.hosts,
                include=self.include,
                exclude=self.exclude,
                since=since,
            )
            for url in judged.refused:
                self.refuse(url)
            self.report.filtered = len(judged.filtered)
            remember_filtered(self.db, self.site_id, select.filtered_rows(judged.filtered))
            self.report.discovered = len(judged.kept)
            allowed, disallowed = select.partition(judged.kept, self.robots.allowed)
            self.report.skipped_robots += disallowed
            fresh, not_articles = select.not_articles(self.backlog.not_archived(allowed))
            for url, reason in not_articles:  # known without fetching them: remembered so
                self.report.not_articles += 1
                record_url(self.db, self.site_id, url, "not_article", reason=reason)
            backlog = self.backlog.left_over({c.url for c in fresh})
        limit = select.article_limit(self.options.max_articles, self.site.max_articles, DEFAULT_MAX_ARTICLES)
        chosen, left = select.split_at(select.newest_first(fresh, backlog), limit)
        self.report.over_limit = len(left)
        add_pending(self.db, self.site_id, [c.url for c in left])
        self.report.new = len(chosen)
        return chosen

    # -- archiving -----------------------------------------------------------------------------------

    async def _each(self, todo: list[Any], handle: Callable[[Any], Awaitable[None]]) -> None:
        """`handle` every item, on as many workers as the site has connections; progress after each."""
        count = max(1, min(self.options.connections_per_host, len(todo)))
        await on_workers(todo, handle, count, lambda: self.run.progress.update(self.report))

    async def archive_one(self, cand: Candidate) -> None:
        budget = UrlBudget(self.options.limits)  # --timeout bounds the whole URL, its further pages included
        try:
            first = await self.requests.get(cand.url, kind="article", budget=budget)
        except FetchError as error:
            self.fail(cand.url, error.reason, outcome=select.failure_outcome(error.status, error.retryable))
            return
        try:
            article = await self.extract(first)
        except ExtractionFailed as error:
            self.fail(cand.url, str(error))
            return
        if not article.is_article or not_found_title(article.title):
            self.report.not_articles += 1
            self.note_challenge(first)
            reason = archiver.not_article_reason(article)
            record_url(self.db, self.site_id, cand.url, "not_article", reason=reason)
            return
        await self.store(cand.url, first, article, budget)

    async def store(
        self, url: str, first: Capture, article: Article, budget: UrlBudget | None = None
    ) -> StoreResult | None:
        """Join the article's further pages (within `budget`), store it and record its URL as stored (one
        transaction)."""
        if article.page_urls or article.single_page_url:
            article = await self.join_pages(first, article, budget)
        try:
            # One transaction: a kill can never leave an article stored but not recorded as stored.
            with _Timer(self.run.stats, "store_cpu"), transaction(self.db):
                result = store_article(self.db, article)
                record_url(self.db, self.site_id, url, "stored", article_id=result.article_id)
        except StoreError as error:
            self.fail(url, error.reason)
            return None
        if result.status == "unchanged":
            self.report.unchanged += 1
        else:
            self.report.archived += 1
            self.run.stats.articles_stored += 1
        return result

    def note_challenge(self, capture: Capture) -> None:
        reason = challenge_reason(capture)
        if reason:
            self.report.blocked += 1
            self.report.blocked_reason = reason

    async def join_pages(self, first: Capture, article: Article, budget: UrlBudget | None = None) -> Article:
        """A multi-page article, by the archiver's rules (`telisik.archiver`): its single-page view when that
        reads as long, else every further page — on the site and allowed by robots.txt."""

        def allowed(url: str) -> bool:
            return self.on_site(url) and self.robots.allowed(url)

        single_url = single_page_view(article, first, allowed)
        if single_url:
            try:
                single = await self.requests.get(single_url, kind="article", budget=budget)
            except FetchError as error:
                self.note_error(f"{single_url}: single-page view failed: {error.reason}")
            else:
                candidate = await self.extract_noting(single_url, single)
                if candidate is not None and prefer_single_view(candidate, article):
                    return candidate
        more, missing = [], []
        for page_url in further_page_urls(article, first, allowed):
            try:
                more.append(await self.requests.get(page_url, kind="article", budget=budget))
            except FetchError as error:
                self.note_error(f"{page_url}: page of {first.url} failed: {error.reason}")
                missing.append(page_url)
        article.missing_pages = missing  # stored incomplete; `SiteBacklog.incomplete` retries it next run
        if not more:
            return article
        try:
            joined = await self.extract(first, more)
        except ExtractionFailed as error:
            self.note_error(f"{first.url}: further pages not joined: {error}")
            article.missing_pages = [c.url for c in more] + missing
            return article
        joined.missing_pages = missing
        return joined

    async def extract(self, first: Capture, more: Iterable[Capture] = ()) -> Article:
        """Extract (and join the pages of) an article with the archiver's builder and the site's rules.

        On one of EXTRACT_THREADS worker threads, so that the event loop keeps the other connections busy
        meanwhile (benchmarks/crawl.py: ~20% more articles/s on 2 cores; a process pool did no better). Not
        the default executor, which the loop needs for DNS lookups. The thread only computes: storing stays
        on the loop's thread, one commit per article. Raises ExtractionFailed."""
        rules = rules_for(first.final_url, self.options.rules_by_host) if self.options.rules_by_host else None
        loop = asyncio.get_running_loop()
        article, cpu = await loop.run_in_executor(
            self.run.extractors, _build_timed, first, list(more), rules, self.hosts
        )
        self.run.stats.extract_cpu += cpu
        return article

    async def extract_noting(self, url: str, first: Capture) -> Article | None:
        """`extract`, or None when it failed, with the reason noted against `url` (for a re-check or a
        single-page view, whose failure costs that attempt only)."""
        try:
            return await self.extract(first)
        except ExtractionFailed as error:
            self.note_error(f"{url}: {error}")
            return None

    def fail(self, url: str, reason: str, *, outcome: str = "failed") -> None:
        self.report.failed += 1
        record_url(self.db, self.site_id, url, outcome, reason=reason)
        self.note_error(f"{url}: {reason}")

    # -- the whole site ------------------------------------------------------------------------------

    async def crawl(self) -> SiteReport:
        started = now_iso()
        clock = time.monotonic()
        self.report.status = "running"
        self.run.progress.update(self.report)
        try:
            await self.load_robots()
            found = await self.discovery.find(self.robots)
            todo = self.select(found)
            todo += self.backlog.incomplete({c.url for c in todo})
            self.run.progress.update(self.report)
            await self._each(todo, self.archive_one)
            self.requests.save()
            await self._each(self.rechecks.due_rechecks({c.url for c in todo}), self.rechecks.recheck_one)
        except SiteUnreachable as error:
            self.report.error = str(error)
            self.report.status = "failed"
            self.run.progress.error(self.report, f"site could not be crawled: {error}")
        except asyncio.CancelledError:
            self.report.status = "interrupted"
            self.report.elapsed = time.monotonic() - clock
            try:
                self._record(None)
            except LeaseLost:
                pass
            raise
        except LeaseLost as lost:
            return self._lost(lost, clock)
        except Exception as error:  # a bug or a broken archive: this site fails, the others go on
            if self.run.archive_gone():  # the database server went away: the whole run ends
                raise
            self.report.error = f"{type(error).__name__}: {error}"
            self.report.status = "failed"
            self.run.progress.error(self.report, f"crawl failed: {self.report.error}")
        else:
            self.report.status = "done"
        self.report.elapsed = time.monotonic() - clock
        try:
            self._record(started if self.report.status == "done" else None)
            self._record_health(started)
        except LeaseLost as lost:
            return self._lost(lost, clock)
        self.run.progress.done(self.report)
        return self.report

    def _lost(self, lost: LeaseLost, clock: float) -> SiteReport:
        """The site was taken over by another process (this one stalled past its lease): it stops here,
        having written nothing since; the taker carries on from what was stored."""
        self.report.status = "lost"
        self.report.elapsed = time.monotonic() - clock
        self.run.progress.error(self.report, f"stopped: {lost.reason}")
        self.run.progress.done(self.report)
        return self.report

    def _record(self, started: str | None) -> None:
        counts = {
            k: getattr(self.report, k)
            for k in ("discovered", "new", "archived", "unchanged", "failed", "requests")
        }
        error = self.report.error or ("interrupted" if self.report.status == "interrupted" else None)
        try:
            record_crawl(self.db, self.site_id, started_at=started, error=error, counts=counts)
        except DatabaseFailure as exc:  # the archive itself is failing (disk full...): say so, keep going
            self.report.error = self.report.error or f"could not record the crawl: {exc}"

    def _record_health(self, started: str) -> None:
        try:
            save_run(self.db, self.site, self.report, started, self.options.attention_runs)
        except DatabaseFailure as exc:
            self.report.error = self.report.error or f"could not record the crawl: {exc}"


async def on_workers(
    todo: list[Any], handle: Callable[[Any], Awaitable[None]], count: int, after_each: Callable[[], None]
) -> None:
    """`handle` every item of `todo` on `count` tasks, calling `after_each` after each item. One failing (a
    broken archive) stops the others before this returns, so no worker goes on after the site is reported."""
    queue: asyncio.Queue[Any] = asyncio.Queue()
    for item in todo:
        queue.put_nowait(item)

    async def worker() -> None:
        while not queue.empty():
            item = queue.get_nowait()
            await handle(item)
            after_each()

    workers = [asyncio.create_task(worker()) for _ in range(count)]
    try:
        await asyncio.gather(*workers)
    finally:
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)


def _build_timed(
    first: Capture, more: list[Capture], rules, trusted_hosts: list[str]
) -> tuple[Article, float]:
    """build_article and the CPU seconds it took on this (worker) thread; the site's configured hosts may be
    named as canonical by its pages."""
    started = time.thread_time()
    try:
        # `archiver.build_article` looked up at call time, so a test can make it crash.
        article = archiver.build_article(first, more, rules=rules, trusted_hosts=trusted_hosts)
        return article, time.thread_time() - started
    except ExtractionError as error:  # the extractor crashed: this article fails, with the reason
        raise ExtractionFailed(error.reason) from error
    except Exception as error:  # noqa: BLE001 - a parser bug must cost one article, not the night's run
        raise ExtractionFailed(ExtractionError.wrapping(error).reason) from error
