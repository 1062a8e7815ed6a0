"""Crawl-test helpers over a simulated network (support.sitenet, support.wpnet): configure its sites in an archive, crawl
them with no politeness delay and one attempt, and name an article by its URL."""

from __future__ import annotations

from typing import Any

from support.sitenet import RunningSites, SiteNet
from telisik.archive import open_db
from telisik.crawl.run import CrawlOptions, run_crawl
from telisik.crawl.sites import add_site


def configure(db_path, net: RunningSites) -> None:
    """Every site of `net` is a crawl site of the archive at `db_path` (no delay between requests)."""
    db = open_db(db_path)
    for site in net.sites:
        add_site(db, site.url, name=site.name, delay=0.0)
    db.conn.close()


def crawl(db_path, **options: Any):
    """One crawl of every configured site; `options` are CrawlOptions (defaults: no delay, one attempt)."""
    options.setdefault("default_delay", 0.0)
    options.setdefault("attempts", 1)
    return run_crawl(str(db_path), None, CrawlOptions(**options))


def crawled_site(db_path, net: SiteNet):
    """Configure `net`'s sites, crawl them once, and return the first site (the one most tests watch)."""
    configure(db_path, net)
    crawl(db_path)
    return net.sites[0]


def url_of(site, article) -> str:
    """The absolute URL of a simulated site's article."""
    return site.url.rstrip("/") + article.path()
