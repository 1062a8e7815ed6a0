"""A site's requests: throttled per host, retried with backoff, conditional for discovery sources.

Every request goes through the host's throttle (`telisik.crawl.robots.Politeness`): <= 2 connections,
>= delay between request starts, retries with backoff honouring Retry-After; a Retry-After longer than the
run waits leaves that host alone until the next run. Discovery sources (robots.txt, pages, feeds, sitemaps)
are fetched with the ETag/Last-Modified of their last fetch; their new validators are saved only once the
articles they listed are archived, so a run killed before then re-reads them in full next time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from telisik.article import Capture
from telisik.crawl.reports import SiteReport
from telisik.crawl.sites import Site, SourceState, get_sources, save_source
from telisik.fetch import FetchError, FetchLimits, fetch_page_async, retry_after_seconds, retry_wait
from telisik.times import now_iso
from telisik.urls import host_of

if TYPE_CHECKING:
    from telisik.crawl.run import Crawler


@dataclass
class Fetched:
    """A discovery source as received (not 304), with the validators to remember once its body is used."""

    capture: Capture
    state: SourceState


class SiteRequests:
    """The requests of one site's crawl, and the validators of its discovery sources."""

    def __init__(
        self, run: Crawler, site: Site, report: SiteReport, hosts: list[str], delay: Callable[[], float]
    ):
        self.run = run
        self.site = site
        self.report = report
        self.hosts = hosts
        self.delay = delay
        self.known: dict[str, SourceState] = get_sources(run.db, site.id or 0)
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
    ) -> Capture:
        """GET through the host's throttle, retried with backoff on retryable errors. Raises FetchError."""
        options = self.run.options
        host = host_of(url)
        throttle = self.run.politeness.throttle(host, self.delay())
        attempts = max(1, options.attempts)
        for attempt in range(1, attempts + 1):
            async with throttle:
                if host in self.run.paused:
                    raise FetchError(f"not requested: {self.run.paused[host]}", retryable=True, url=url)
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
                    )
                except FetchError as error:
                    wait = retry_wait(error, attempt, attempts, options.max_retry_wait)
                    if wait is None:
                        self._pause_if_asked_too_long(host, error)
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
                save_source(self.run.db, self.site.id or 0, state)
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
            save_source(self.run.db, self.site.id or 0, state)
        else:
            self.unsaved.append(state)

    def save(self) -> None:
        for state in self.unsaved:
            save_source(self.run.db, self.site.id or 0, state)
        self.unsaved.clear()
