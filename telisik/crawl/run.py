"""One crawl run over several sites: the lock that keeps two runs apart, the shared client, signals.

On an SQLite archive `CrawlLock` keeps two runs apart (flock on a file next to the database: the kernel drops
it when a process dies, even by SIGKILL). On a PostgreSQL archive there is no lock: several processes share
the sites, each claiming whole sites with a lease, and keep per-host politeness together
(`telisik.crawl.shared`). `run_crawl` is the synchronous entry point: lock (or leases), event loop,
SIGINT/SIGTERM -> clean stop with a summary. Each site is crawled by a `telisik.crawl.site.SiteCrawler`.
"""

from __future__ import annotations

import asyncio
import os
import signal
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import TYPE_CHECKING

from telisik.archive import DatabaseFailure, StoreError, open_db
from telisik.archive.connection import is_database_url
from telisik.archive.sql import reason_of
from telisik.crawl.options import EXTRACT_THREADS, XML_MAX_BYTES, CrawlOptions
from telisik.crawl.reports import CrawlStats, Progress, RunSummary, SiteReport
from telisik.crawl.robots import Politeness, watch_sends
from telisik.crawl.shared import LeaseKeeper, SharedPoliteness, SiteLease, crawl_claimed, lease_seconds
from telisik.crawl.site import SiteCrawler
from telisik.crawl.sites import Site, ensure_site_tables, list_sites
from telisik.errors import EXIT_ALREADY_RUNNING, TelisikError
from telisik.fetch import DEFAULT_LIMITS, make_async_client
from telisik.times import now_iso

if TYPE_CHECKING:
    from telisik.archive import Archive

__all__ = [
    "AlreadyRunning",
    "CrawlLock",
    "CrawlOptions",
    "Crawler",
    "crawl_sites",
    "run_crawl",
    "EXTRACT_THREADS",
]


class AlreadyRunning(TelisikError):
    """Another crawl holds the lock on this database."""

    exit_code = EXIT_ALREADY_RUNNING


class CrawlLock:
    """An exclusive, non-blocking lock on `<db>.crawl.lock`, released by the kernel when the process dies.

    The lock file sits next to the database file itself (its real path: symlinks and `..` resolved), so the
    same archive reached through a symlink or another relative path is the same lock. Where fcntl is missing
    (Windows) the lock degrades to a no-op. Raises AlreadyRunning, or StoreError when the lock file cannot be
    created.
    """

    def __init__(self, db_path: str) -> None:
        # A PostgreSQL archive has no file to lock, and needs no lock: crawls share it by site leases
        # (`telisik.crawl.shared`); a site removed meanwhile takes its lease along, and its crawler stops at
        # its next write.
        self.shared = is_database_url(str(db_path))
        self.path = "" if self.shared else os.path.realpath(db_path) + ".crawl.lock"
        self._fd: int | None = None

    def acquire(self) -> None:
        if self.shared:
            return
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:  # read-only or missing directory: the archive could not be written either
            raise StoreError(f"cannot create the crawl lock {self.path}: {exc.strerror or exc}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
            os.close(fd)
            who = f" (pid {holder})" if holder.isdigit() else ""
            raise AlreadyRunning(
                f"another crawl is already running on this archive{who}; lock {self.path}"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            os.close(self._fd)  # closing drops the flock
            self._fd = None

    def __enter__(self) -> CrawlLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info) -> None:
        self.release()


class Crawler:
    """One crawl run over several sites: shared client, politeness and statistics."""

    def __init__(
        self,
        db: Archive,
        options: CrawlOptions,
        *,
        client=None,
        progress: Progress | None = None,
        keeper: LeaseKeeper | None = None,
    ) -> None:
        self.db = db
        self.options = options
        self.client = client
        self.progress = progress or Progress()
        # `keeper`: a PostgreSQL archive shared with other crawl processes (sites claimed by lease).
        self.keeper = keeper
        self.politeness: Politeness | SharedPoliteness = (
            SharedPoliteness(keeper, options.connections_per_host)
            if keeper is not None
            else Politeness(options.connections_per_host)
        )
        self.paused: dict[str, str] = {}  # host -> why: its Retry-After outlasts what a run waits
        self.stats = CrawlStats()
        limits = options.limits or DEFAULT_LIMITS
        self.xml_limits = replace(limits, max_bytes=max(limits.max_bytes, XML_MAX_BYTES))
        self.reports: list[SiteReport] = []
        # A removal is confirmed only by a re-check in another run (two runs may start in the same second).
        self.run_id = f"{now_iso()}/{uuid.uuid4().hex[:12]}"

    async def crawl(self, sites: list[Site]) -> RunSummary:
        started = now_iso()
        wall, cpu = time.monotonic(), time.process_time()
        self.extractors = ThreadPoolExecutor(EXTRACT_THREADS, thread_name_prefix="telisik-extract")
        own_client = self.client is None
        if own_client:
            self.client = make_async_client(self.options.limits)
        watch_sends(self.client)  # requests spaced as they are written, not as their turns are granted
        interrupted = False
        try:
            if self.keeper is None:
                await self._crawl_all(sites)
            else:
                await crawl_claimed(self.keeper, sites, self.options.concurrency, self._crawl_leased)
                order = {site.name: index for index, site in enumerate(sites)}
                self.reports.sort(key=lambda report: order.get(report.name, len(order)))  # as on SQLite
        except asyncio.CancelledError:
            interrupted = True
            for report in self.reports:
                if report.status in ("pending", "running"):
                    report.status = "interrupted"
        finally:
            self.extractors.shutdown(wait=False)  # an extraction cut short by Ctrl-C finishes on its own
            if own_client:
                await asyncio.shield(self.client.aclose())
            self.stats.wall = time.monotonic() - wall
            self.stats.total_cpu = time.process_time() - cpu
        return RunSummary(self.reports, self.stats, started, interrupted)

    async def _crawl_all(self, sites: list[Site]) -> None:
        crawlers = [SiteCrawler(self, site) for site in sites]
        self.reports = [c.report for c in crawlers]
        gate = asyncio.Semaphore(max(1, self.options.concurrency))

        async def one(crawler: SiteCrawler) -> None:
            async with gate:
                await crawler.crawl()

        await asyncio.gather(*(one(c) for c in crawlers))

    async def _crawl_leased(self, site: Site, lease: SiteLease) -> str:
        """Crawl one site this process claimed; its final status ("done", "failed", "lost"...)."""
        crawler = SiteCrawler(self, site, lease=lease)
        self.reports.append(crawler.report)
        await crawler.crawl()
        return crawler.report.status

    def archive_gone(self) -> bool:
        """Whether the connection to a PostgreSQL archive is lost (the server went down): the run ends,
        instead of failing every site in turn."""
        return self.keeper is not None and bool(getattr(self.db, "closed", False))


async def crawl_sites(
    db: Archive,
    sites: list[Site],
    options: CrawlOptions | None = None,
    *,
    client=None,
    progress: Progress | None = None,
) -> RunSummary:
    """Crawl `sites` once. Returns the summary; never raises for network trouble (it is in the reports)."""
    ensure_site_tables(db)
    return await Crawler(db, options or CrawlOptions(), client=client, progress=progress).crawl(sites)


def run_crawl(
    db_path: str,
    sites: list[Site] | None = None,
    options: CrawlOptions | None = None,
    *,
    progress: Progress | None = None,
    on_db: Callable[[Archive], None] | None = None,
) -> RunSummary:
    """The synchronous entry point: take the lock (AlreadyRunning if held), open the archive, crawl `sites`
    (None: all configured), stop cleanly on SIGINT/SIGTERM. Raises AlreadyRunning or telisik.archive.StoreError.

    A PostgreSQL archive (`postgresql://…`) takes no lock: the sites are shared with any other crawl process
    on it (`telisik.crawl.shared`)."""
    if is_database_url(str(db_path)):
        return _run_shared(str(db_path), sites, options or CrawlOptions(), progress)
    with CrawlLock(db_path):
        db = open_db(db_path)
        try:
            ensure_site_tables(db)
            if sites is None:
                sites = list_sites(db)
            return asyncio.run(_main_with_signals(db, sites, options or CrawlOptions(), progress))
        finally:
            db.close()


def _run_shared(
    url: str, sites: list[Site] | None, options: CrawlOptions, progress: Progress | None
) -> RunSummary:
    """`run_crawl` on a PostgreSQL archive: claim sites by lease until every site is finished. The server
    going away mid-crawl ends the run with one StoreError line; a rerun resumes (what was stored is kept,
    the sites not finished are claimed again)."""
    db = open_db(url)
    keeper = None
    try:
        ensure_site_tables(db)
        if sites is None:
            sites = list_sites(db)
        keeper = LeaseKeeper(
            db, [site.id for site in sites if site.id is not None], lease_seconds(options.lease_seconds)
        )
        return asyncio.run(_main_with_signals(db, sites, options, progress, keeper))
    except DatabaseFailure as exc:
        raise StoreError(
            f"the archive failed mid-crawl: {reason_of(exc)}; what was stored is kept, run the crawl again "
            "to resume"
        ) from None
    finally:
        try:
            if keeper is not None and not getattr(db, "closed", False):
                keeper.close()
        except DatabaseFailure:
            pass
        db.close()


async def _main_with_signals(db, sites, options, progress, keeper=None) -> RunSummary:
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    crawler = Crawler(db, options, progress=progress, keeper=keeper)
    inner = asyncio.ensure_future(crawler.crawl(sites))
    installed = []
    for signum in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(signum, inner.cancel)
            installed.append(signum)
        except (
            NotImplementedError,
            RuntimeError,
            ValueError,
        ):  # pragma: no cover - Windows / not main thread
            pass
    try:
        return await inner
    except asyncio.CancelledError:
        cancelling = getattr(task, "cancelling", None)  # Python >= 3.11
        if cancelling is not None and cancelling():  # cancelled from outside, not by our signal handler
            raise
        return RunSummary(crawler.reports, crawler.stats, now_iso(), interrupted=True)
    finally:
        for signum in installed:
            loop.remove_signal_handler(signum)
