"""Crawling one site: discover its new articles and archive them, politely and safely.

Per site (one asyncio task each; `telisik.crawl.run` runs several at once):
1. robots.txt (conditional request; a 5xx or network error means the site is not crawled this run);
2. discovery (`telisik.crawl.discover`): the home and section pages, feeds (configured, announced by the pages,
   or found at the usual paths on the first crawl) and sitemaps (configured, robots.txt `Sitemap:` lines or the
   usual paths; indexes followed, children whose lastmod predates the last crawl skipped). Feeds, sitemaps and
   pages are fetched with If-None-Match/If-Modified-Since from the previous run, so an unchanged site costs a
   handful of 304s;
3. selection: on-site URLs that look like articles, allowed by robots.txt and the site's include/exclude
   patterns, not archived yet, newest first, at most `max_articles`;
4. archiving: each URL fetched (every request through the host's throttle: <= 2 connections, >= delay
   between request starts, retries with backoff honouring Retry-After; a Retry-After longer than the run
   waits leaves that host alone until the next run), extracted, and stored — each article committed on its
   own, so a killed run loses at most the one in flight;
5. re-checks (`telisik.crawl.recheck`): archived articles due on the decaying schedule, conditional requests;
   an edit is stored as a new version, a removal signal (`telisik.removal`) is recorded only when a later run
   sees it again, and never touches the stored text;
6. the run's outcome joins the site's history (`telisik.crawl.health`), which flags a site needing attention.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Awaitable, Callable, Iterable
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from telisik import archiver
from telisik.archive import (
    DatabaseFailure,
    StoreError,
    StoreResult,
    incomplete_article_urls,
    known_urls,
    store_article,
    transaction,
    watch,
)
from telisik.archiver import further_page_urls, prefer_single_view, single_page_view
from telisik.article import Article, Capture
from telisik.crawl import discover, recheck, select
from telisik.crawl.health import challenge_reason, save_run
from telisik.crawl.options import DEFAULT_MAX_ARTICLES, MAX_ROBOTS_BYTES
from telisik.crawl.reports import SiteReport, _Timer
from telisik.crawl.robots import (
    RobotsRules,
    effective_delay,
)
from telisik.crawl.select import Candidate
from telisik.crawl.sites import (
    Site,
    add_pending,
    backlog_urls,
    filtered_entries,
    record_crawl,
    record_url,
    remember_filtered,
    settled_urls,
)
from telisik.crawl.sources import SiteDiscovery, SiteRequests, SiteUnreachable, UrlBudget
from telisik.errors import ExtractionError
from telisik.extract.siterules import rules_for
from telisik.fetch import FetchError
from telisik.removal import REMOVED_STATUSES, not_found_title, redirect_away_reason, soft_404_reason
from telisik.times import as_utc, iso, now_iso
from telisik.urls import check_redirect, host_of, site_of

if TYPE_CHECKING:
    from telisik.crawl.run import Crawler


class ExtractionFailed(Exception):
    """The extractor raised (it should not: this is a bug, reported per article, never fatal to the run)."""


class SiteCrawler:
    """Crawls one site; all state of that crawl lives here."""

    def __init__(self, run: Crawler, site: Site) -> None:
        self.run = run
        self.site = site
        self.db = run.db
        self.options = run.options
        self.report = SiteReport(site.name)
        self.hosts = list(site.hosts) or [host_of(site.url)]
        self.requests = SiteRequests(run, site, self.report, self.hosts, lambda: self.delay)
        self.sources = (
            self.requests.known
        )  # discovery sources by URL, with the validators of their last fetch
        self.robots = RobotsRules()
        self.include = [re.compile(p) for p in site.include]
        self.exclude = [re.compile(p) for p in site.exclude]
        self.discovery = SiteDiscovery(
            site, self.options, run.stats, self.requests, on_site=self.on_site, note_error=self.note_error
        )

    @property
    def delay(self) -> float:
        return effective_delay(self.site.delay, self.robots, self.options.default_delay)

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
                [*found, *self.remembered()],
                hosts=self.hosts,
                include=self.include,
                exclude=self.exclude,
                since=since,
            )
            for url in judged.refused:
                self.refuse(url)
            self.report.filtered = len(judged.filtered)
            remember_filtered(
                self.db,
                self.site_id,
                [(c.url, c.date.isoformat() if c.date else None, why) for c, why in judged.filtered],
            )
            self.report.discovered = len(judged.kept)
            allowed, disallowed = select.partition(judged.kept, self.robots.allowed)
            self.report.skipped_robots += disallowed
            fresh = self.skip_not_articles(self.not_archived(allowed))
            backlog = self.backlog({c.url for c in fresh})
        chosen, left = select.split_at(select.newest_first(fresh, backlog), self.limit)
        self.report.over_limit = len(left)
        add_pending(self.db, self.site_id, [c.url for c in left])
        self.report.new = len(chosen)
        return chosen

    def remembered(self) -> list[Candidate]:
        """Entries earlier runs' filters skipped (their sources may answer 304 now): judged again by this
        run's filters, so a wider `--since` or pattern finds them."""
        return [
            Candidate(url, _parse_listed(listed), "filtered")
            for url, listed in filtered_entries(self.db, self.site_id)
        ]

    def not_archived(self, cands: list[Candidate]) -> list[Candidate]:
        """The candidates neither settled for this site (stored, gone, failed too often) nor in the archive."""
        urls = [c.url for c in cands]
        done = settled_urls(self.db, self.site_id, urls)
        done |= known_urls(self.db, [u for u in urls if u not in done])
        return [c for c in cands if c.url not in done]

    def skip_not_articles(self, cands: list[Candidate]) -> list[Candidate]:
        """The candidates minus those known not to be articles without fetching them (remembered so)."""
        kept, skipped = select.not_articles(cands)
        for url, reason in skipped:
            self.report.not_articles += 1
            record_url(self.db, self.site_id, url, "not_article", reason=reason)
        return kept

    def backlog(self, listed: set[str]) -> list[str]:
        """URLs left over by an earlier run (limit, failure, kill) that the sources may not list as new again,
        minus those archived meanwhile (by `telisik fetch`, or a run killed between storing and recording)."""
        backlog = [
            u for u in backlog_urls(self.db, self.site_id) if u not in listed and self.robots.allowed(u)
        ]
        stored = known_urls(self.db, backlog)
        return [u for u in backlog if u not in stored]

    @property
    def site_id(self) -> int:
        return self.site.id or 0

    @property
    def limit(self) -> int:
        if self.options.max_articles is not None:
            return self.options.max_articles
        return self.site.max_articles if self.site.max_articles is not None else DEFAULT_MAX_ARTICLES

    @property
    def schedule(self) -> list[int]:
        if self.options.recheck is not None:
            return self.options.recheck
        return list(self.site.recheck if self.site.recheck is not None else recheck.DEFAULT_SCHEDULE)

    def due_rechecks(self, exclude: set[str]) -> list[recheck.Due]:
        """Archived articles of this site to re-check this run (`telisik.crawl.recheck`), at most
        `max_rechecks`, minus the URLs this run fetched anyway; the rest waits for the next run."""
        now = datetime.now(timezone.utc)
        start = recheck.window_start(self.schedule, now, self.options.refresh_days)
        hosts = {site_of(f"http://{h}/") for h in self.hosts}
        rows = watch.recheck_rows(self.db, hosts, iso(start) or "")
        due = [
            d
            for d in recheck.due_rechecks(rows, self.schedule, now, refresh_days=self.options.refresh_days)
            if d.url not in exclude and self.robots.allowed(d.url)
        ]
        limit = self.options.max_rechecks
        if limit is None:  # --refresh-days alone means every article of those days, as it always did
            limit = len(due) if self.options.refresh_days else recheck.DEFAULT_MAX_RECHECKS
        self.report.recheck_left = max(0, len(due) - limit)
        return due[:limit]

    def incomplete_candidates(self, exclude: set[str]) -> list[Candidate]:
        """Stored articles of this site whose further pages failed: fetched again until they are whole."""
        found = []
        for host in {site_of(f"http://{h}/") for h in self.hosts}:
            for url in incomplete_article_urls(self.db, site=host):
                if url not in exclude and self.robots.allowed(url):
                    found.append(Candidate(url, None, "incomplete"))
        return found

    # -- archiving -----------------------------------------------------------------------------------

    async def archive_all(self, todo: list[Candidate]) -> None:
        await self._each(todo, self.archive_one)

    async def recheck_all(self, todo: list[recheck.Due]) -> None:
        await self._each(todo, self.recheck_one)

    async def _each(self, todo: list[Any], handle: Callable[[Any], Awaitable[None]]) -> None:
        """`handle` every item, on as many workers as the site has connections."""
        queue: asyncio.Queue[Any] = asyncio.Queue()
        for item in todo:
            queue.put_nowait(item)

        async def worker() -> None:
            while not queue.empty():
                item = queue.get_nowait()
                await handle(item)
                self.run.progress.update(self.report)

        count = max(1, min(self.options.connections_per_host, len(todo)))
        workers = [asyncio.create_task(worker()) for _ in range(count)]
        try:
            await asyncio.gather(*workers)
        finally:  # one worker failed (a broken archive): stop the others before the site is reported
            for task in workers:
                task.cancel()
            await asyncio.gather(*workers, return_exceptions=True)

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

    # -- re-checking ---------------------------------------------------------------------------------

    async def recheck_one(self, due: recheck.Due) -> None:
        """Re-check an archived article (conditional request): unchanged, edited (a new version), removed
        (seen once: suspected; seen again on a later run: recorded) or back. The stored text is never touched
        by a removal; 403/429/5xx/timeouts say nothing either way."""
        at = now_iso()
        try:
            first = await self.requests.get(
                due.url, kind="recheck", etag=due.etag, last_modified=due.last_modified
            )
        except FetchError as error:
            if error.status in REMOVED_STATUSES:
                self.report.rechecked += 1
                self.removal_seen(due, at, error.reason)
            else:
                self.report.recheck_failed += 1
                self.note_error(f"{due.url}: re-check failed: {error.reason}")
            return
        self.report.rechecked += 1
        if first.status == 304:
            self.report.recheck_not_modified += 1
            self.report.unchanged += 1
            self.still_there(due, at)
            return
        try:
            article = await self.extract(first)
        except ExtractionFailed as error:
            self.note_error(f"{due.url}: {error}")
            return
        if challenge_reason(first):
            self.note_challenge(first)
            return
        gone = redirect_away_reason(due.url, first, article, [self.site.url, *self.site.sections])
        gone = gone or soft_404_reason(article)
        if gone:
            self.removal_seen(due, at, gone)
            return
        self.still_there(due, at)
        watch.note_validators(
            self.db, due.article_id, first.headers.get("etag"), first.headers.get("last-modified")
        )
        result = await self.store(due.url, first, article)
        if result is not None and result.status == "updated" and not result.historical:
            self.report.edited += 1

    def still_there(self, due: recheck.Due, at: str) -> None:
        watch.note_checked(self.db, due.article_id, at)
        if watch.note_present(self.db, due.article_id, at):
            self.report.restored += 1
            self.note_error(f"{due.url}: restored: answers again after being recorded as removed")

    def removal_seen(self, due: recheck.Due, at: str, reason: str) -> None:
        watch.note_checked(self.db, due.article_id, at)
        seen = watch.note_removal(self.db, due.article_id, at, reason, run=self.run.run_id)
        if seen == "removed":
            self.report.removed += 1
            self.note_error(f"{due.url}: removed: {reason}")
        elif seen == "suspect":
            self.report.suspected += 1

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
                try:
                    candidate = await self.extract(single)
                except ExtractionFailed as error:
                    self.note_error(f"{single_url}: {error}")
                else:
                    if prefer_single_view(candidate, article):
                        return candidate
        more, missing = [], []
        for page_url in further_page_urls(article, first, allowed):
            try:
                more.append(await self.requests.get(page_url, kind="article", budget=budget))
            except FetchError as error:
                self.note_error(f"{page_url}: page of {first.url} failed: {error.reason}")
                missing.append(page_url)
        article.missing_pages = missing  # stored incomplete; `incomplete_candidates` retries it next run
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
            todo += self.incomplete_candidates({c.url for c in todo})
            self.run.progress.update(self.report)
            await self.archive_all(todo)
            self.requests.save()
            await self.recheck_all(self.due_rechecks({c.url for c in todo}))
        except SiteUnreachable as error:
            self.report.error = str(error)
            self.report.status = "failed"
            self.run.progress.error(self.report, f"site could not be crawled: {error}")
        except asyncio.CancelledError:
            self.report.status = "interrupted"
            self.report.elapsed = time.monotonic() - clock
            self._record(None)
            raise
        except Exception as error:  # a bug or a broken archive: this site fails, the others go on
            self.report.error = f"{type(error).__name__}: {error}"
            self.report.status = "failed"
            self.run.progress.error(self.report, f"crawl failed: {self.report.error}")
        else:
            self.report.status = "done"
        self.report.elapsed = time.monotonic() - clock
        self._record(started if self.report.status == "done" else None)
        self._record_health(started)
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


def _parse_listed(value: str | None) -> datetime | None:
    try:
        return as_utc(datetime.fromisoformat(value)) if value else None
    except ValueError:
        return None


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
