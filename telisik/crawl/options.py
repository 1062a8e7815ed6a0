"""What a crawl run may do: its options and the limits behind their defaults.

Apart from `run` and `site` because both need it and `run` drives `site`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from telisik.crawl import discover
from telisik.crawl.robots import DEFAULT_DELAY, MAX_CONNECTIONS_PER_HOST

if TYPE_CHECKING:
    from telisik.extract.siterules import SiteRules
    from telisik.fetch import FetchLimits

DEFAULT_MAX_ARTICLES = 200  # per site per run
DEFAULT_CONCURRENCY = 8  # sites crawled at once
MAX_SITEMAPS_PER_RUN = 50  # child sitemaps fetched per site per run
MAX_SITEMAP_DEPTH = 2  # index -> index -> urlset
EXTRACT_THREADS = 2  # articles extracted at once (CPU-bound: about the cores of a small server)
MAX_ROBOTS_BYTES = 512 * 1024
XML_MAX_BYTES = 50 * 1024 * 1024  # a feed or sitemap as received (the sitemap protocol's own cap)


@dataclass
class CrawlOptions:
    max_articles: int | None = None  # per site; None: the site's own setting, else DEFAULT_MAX_ARTICLES
    since: date | datetime | None = None  # skip entries dated before this (feeds, sitemaps)
    refresh_days: int | None = None  # re-check every stored article published in the last N days, due or not
    max_rechecks: int | None = None  # per site per run; None: telisik.crawl.recheck.DEFAULT_MAX_RECHECKS
    recheck: list[int] | None = None  # re-check schedule (seconds) for every site; None: each site's own
    attention_runs: int = 3  # a site failing, blocked or silent this many runs in a row needs attention
    concurrency: int = DEFAULT_CONCURRENCY
    default_delay: float = DEFAULT_DELAY
    connections_per_host: int = MAX_CONNECTIONS_PER_HOST
    max_urls_per_sitemap: int = discover.DEFAULT_MAX_URLS
    max_sitemaps: int = MAX_SITEMAPS_PER_RUN
    max_sitemap_entries: int = 200_000  # per site per run: no further child sitemap is read past this
    attempts: int = 3  # per request, including the first
    max_retry_wait: float = 60.0  # a Retry-After asking for more gives up on that URL
    limits: FetchLimits | None = None  # FetchLimits for pages (None: fetch's defaults)
    probe_common_paths: bool = True  # look for /feed/, /sitemap.xml ... when a site names none
    rules_by_host: dict[str, SiteRules] | None = (
        None  # telisik.extract.siterules, for sites the generic extractor gets wrong
    )
    # A PostgreSQL archive's site leases (telisik.crawl.shared): seconds a claimed site stays this process's
    # without a renewal; None: $TELISIK_CRAWL_LEASE, else 30.
    lease_seconds: float | None = None
