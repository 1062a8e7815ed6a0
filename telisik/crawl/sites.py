"""The sites that `telisik crawl` archives: checking what a user configures, and the crawl state API.

What the crawler remembers between runs lives in the archive (`telisik.archive.crawlstate`: tables `sites`,
`site_sources`, `site_urls`), so a cron job needs nothing but the DB path; this module validates a new
site (URLs, patterns, limits), works out the hosts its URLs may be on, and finds a site by name, URL or host.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from telisik.archive.crawlstate import (
    MAX_URL_ATTEMPTS,
    Site,
    SourceState,
    add_pending,
    backlog_urls,
    delete_site,
    ensure_site_tables,
    filtered_entries,
    get_sources,
    insert_site,
    list_sites,
    record_crawl,
    record_url,
    remember_filtered,
    save_source,
    set_site_recheck,
    settled_urls,
    site_taken,
)
from telisik.errors import TelisikError
from telisik.urls import display_host, host_of, site_filter, site_of

if TYPE_CHECKING:
    from telisik.archive import Archive

__all__ = [
    "MAX_URL_ATTEMPTS",
    "Site",
    "SiteError",
    "SourceState",
    "add_pending",
    "add_site",
    "backlog_urls",
    "ensure_site_tables",
    "filtered_entries",
    "get_site",
    "get_sources",
    "list_sites",
    "record_crawl",
    "record_url",
    "remember_filtered",
    "remove_site",
    "save_source",
    "set_site_recheck",
    "settled_urls",
    "site_hosts",
]


MAX_SITE_DELAY = 24 * 3600.0  # seconds between requests; more is a typo (and `inf` would hang the crawl)
MAX_SITE_ARTICLES = 10_000_000


class SiteError(TelisikError, ValueError):
    """A site that cannot be added or found (bad URL, duplicate name, unknown name)."""


def _check_http_url(url: str, what: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SiteError(f"{what} must be an http(s) URL: {url!r}")
    return url.strip()


def site_hosts(url: str) -> list[str]:
    """The hosts a site's URLs may be on: its own host[:port] (`host_of`) and the www./bare twin."""
    netloc = host_of(url)
    hosts = [netloc]
    host = site_of(url)
    if not host.replace(".", "").isdigit() and ":" not in netloc:
        twin = host[4:] if host.startswith("www.") else "www." + host
        hosts.append(twin)
    return hosts


def add_site(
    db: Archive,
    url: str,
    *,
    name: str | None = None,
    feeds: Iterable[str] = (),
    sitemaps: Iterable[str] = (),
    sections: Iterable[str] = (),
    delay: float | None = None,
    max_articles: int | None = None,
    include: Iterable[str] = (),
    exclude: Iterable[str] = (),
    recheck: list[int] | None = None,
) -> Site:
    """Add a site (raises SiteError on a bad URL/pattern or when the name or URL is already configured)."""
    url = _check_http_url(url, "site URL")
    if urlsplit(url).path == "":
        url += "/"
    feeds = [_check_http_url(u, "feed") for u in feeds]
    sitemaps = [_check_http_url(u, "sitemap") for u in sitemaps]
    sections = [_check_http_url(u, "section page") for u in sections]
    for pattern in [*include, *exclude]:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise SiteError(f"bad pattern {pattern!r}: {exc}") from None
    if delay is not None and not 0 <= delay <= MAX_SITE_DELAY:  # nan and inf fail this too
        raise SiteError(f"delay must be a number of seconds within 0..{MAX_SITE_DELAY:g}")
    if max_articles is not None and not 0 <= max_articles <= MAX_SITE_ARTICLES:
        raise SiteError(f"max-articles must be within 0..{MAX_SITE_ARTICLES}")
    hosts = site_hosts(url)
    name = name or display_host(url)  # an IDN as the user wrote it; its hosts are in ASCII form
    taken = site_taken(db, name=name, url=url)
    if taken:
        value = name if taken == "name" else url
        raise SiteError(f"a site with {taken} {value!r} is already configured")
    site = Site(
        name=name,
        url=url,
        hosts=hosts,
        feeds=feeds,
        sitemaps=sitemaps,
        sections=sections,
        delay=delay,
        max_articles=max_articles,
        include=list(include),
        exclude=list(exclude),
        recheck=recheck,
    )
    insert_site(db, site)
    found = get_site(db, name)
    assert found is not None  # just inserted
    return found


def get_site(db: Archive, name_or_url: str) -> Site | None:
    """A site by name, URL (with or without trailing slash) or host; a host or URL is read as `--site` is
    everywhere (`telisik.urls.site_filter`: case, IDN, port and trailing dot do not matter)."""
    key = name_or_url.strip()
    sites = list_sites(db)
    for site in sites:
        if key in (site.name, site.url) or key.rstrip("/") + "/" == site.url:
            return site
    wanted = {key.lower(), site_filter(key)}
    for site in sites:
        if wanted & {host_of("http://" + h) for h in site.hosts}:
            return site
    return None


def remove_site(db: Archive, name_or_url: str) -> Site:
    """Remove a site and its crawl state (archived articles stay). Raises SiteError when unknown."""
    site = get_site(db, name_or_url)
    if site is None:
        raise SiteError(f"no site named {name_or_url!r}")
    delete_site(db, site.id or 0)
    return site
