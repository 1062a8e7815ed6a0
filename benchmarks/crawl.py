"""Crawl benchmark: N simulated hosts x M articles with per-request latency, then an unchanged second run,
then a re-check run (every archived article re-checked with a conditional request: mostly 304s).

The simulated sites (tests/support/sitenet.py) run in a separate process so their CPU is not counted as the
crawler's. Reports wall time, articles/s, requests per article, peak memory (RSS) and the CPU time per
article spent extracting, storing, parsing discovery sources, and fetching (the rest: HTTP, event loop).
From the measured per-article figures and the re-check schedule it estimates the nightly request budget of
1,000 sites x 30 new articles a day with re-checks.

    python3 benchmarks/crawl.py                       # 20 hosts x 100 articles, 50 ms latency, delay 0
    python3 benchmarks/crawl.py --sites 5 --articles 20 --json
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from support.sitenet import site_network  # noqa: E402

from telisik.archive import open_db  # noqa: E402
from telisik.crawl.options import DEFAULT_CONCURRENCY  # noqa: E402
from telisik.crawl.recheck import DEFAULT_SCHEDULE, due_rechecks  # noqa: E402
from telisik.crawl.robots import DEFAULT_DELAY  # noqa: E402
from telisik.crawl.run import EXTRACT_THREADS, CrawlOptions, run_crawl  # noqa: E402
from telisik.crawl.sites import add_site  # noqa: E402


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def one_run(db_path: str, concurrency: int, **settings) -> dict:
    options = CrawlOptions(default_delay=0.0, max_articles=100_000, concurrency=concurrency, **settings)
    started = time.monotonic()
    summary = run_crawl(db_path, None, options)
    wall = time.monotonic() - started
    stats = summary.stats
    stored = stats.articles_stored
    per = (lambda seconds: 1000 * seconds / stored) if stored else (lambda seconds: 0.0)
    return {
        "wall_s": round(wall, 2),
        "articles": stored,
        "articles_per_s": round(stored / wall, 1) if wall else 0.0,
        "requests": stats.requests,
        "article_requests": stats.article_requests,
        "requests_per_article": round(stats.requests / stored, 3) if stored else None,
        "failed": summary.totals()["failed"],
        "sites_failed": sum(bool(r.error) for r in summary.sites),
        "cpu_total_s": round(stats.total_cpu, 2),
        "cpu_ms_per_article": {
            "extract": round(per(stats.extract_cpu), 2),
            "store": round(per(stats.store_cpu), 2),
            "discover": round(per(stats.discover_cpu), 2),
            "fetch_and_other": round(per(stats.fetch_cpu), 2),
        },
        "peak_rss_mb": round(peak_rss_mb(), 1),
        **recheck_figures(summary),
    }


def recheck_figures(summary) -> dict:
    """Re-check counts of a run: articles re-checked, their requests, how many answered 304."""
    rechecked = sum(r.rechecked for r in summary.sites)
    requests = sum(r.recheck_requests for r in summary.sites)
    not_modified = sum(r.recheck_not_modified for r in summary.sites)
    return {
        "rechecked": rechecked,
        "recheck_requests": requests,
        "recheck_not_modified": not_modified,
        "requests_per_recheck": round(requests / rechecked, 3) if rechecked else None,
        "recheck_304_share": round(not_modified / rechecked, 3) if rechecked else None,
    }


def rechecks_per_article(schedule=DEFAULT_SCHEDULE, crawl_hour: float = 2.5) -> float:
    """How many re-checks a nightly crawl (at `crawl_hour` UTC) makes of one article over its schedule, on
    average over publication times through the day: the schedule's points that pass between two nights
    collapse into one re-check."""
    from datetime import datetime, timedelta, timezone

    day0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
    total, samples = 0, 24 * 4
    for step in range(samples):
        published = day0 + timedelta(hours=24 * step / samples)
        first_night = day0 + timedelta(hours=crawl_hour)
        while first_night < published:
            first_night += timedelta(days=1)
        checked = first_night  # the night it is discovered: fetched as new
        night = first_night
        for _ in range(int(max(schedule) // 86400) + 3):
            night += timedelta(days=1)
            row = {
                "id": 1,
                "url": "u",
                "published_utc": published.isoformat(),
                "last_checked_at": checked.isoformat(),
            }
            if due_rechecks([row], list(schedule), night):
                total += 1
                checked = night
    return total / samples


def nightly_budget(first: dict, second: dict, rechecks: dict, n_sites: int, bench_sites: int) -> dict:
    """Requests a night for 1,000 sites x 30 new articles a day with re-checks, from the measured figures:
    discovery per site (the unchanged run), one fetch per new article (plus its pages), and the re-checks the
    schedule makes of each article at the measured requests per re-check."""
    sites, new_per_day = 1000, 30
    discovery_per_site = second["requests"] / max(1, bench_sites)
    fetch_per_article = first["article_requests"] / max(1, first["articles"])
    per_article = rechecks_per_article()
    per_recheck = rechecks["requests_per_recheck"] or 1.0
    new = sites * new_per_day * fetch_per_article
    recheck_requests = sites * new_per_day * per_article * per_recheck
    discovery = sites * discovery_per_site
    return {
        "sites": sites,
        "new_articles_per_day": new_per_day,
        "discovery_requests_per_site": round(discovery_per_site, 1),
        "requests_per_new_article": round(fetch_per_article, 3),
        "rechecks_per_article_nightly": round(per_article, 2),
        "requests_per_recheck": per_recheck,
        "discovery_requests": round(discovery),
        "new_article_requests": round(new),
        "recheck_requests": round(recheck_requests),
        "total_requests": round(discovery + new + recheck_requests),
        "per_site": round((discovery + new + recheck_requests) / sites, 1),
        # politeness bounds the night: each site waits DEFAULT_DELAY between requests, DEFAULT_CONCURRENCY
        # sites at once
        "hours_at_default_delay": round(
            (discovery + new + recheck_requests) * DEFAULT_DELAY / DEFAULT_CONCURRENCY / 3600, 1
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="telisik crawl benchmark")
    parser.add_argument("--sites", type=int, default=20)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--concurrency", type=int, default=20, help="sites crawled at once")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args()

    with site_network(args.sites, args.articles, args.latency) as sites, tempfile.TemporaryDirectory() as tmp:
        db_path = os.path.join(tmp, "bench.db")
        db = open_db(db_path)
        for site in sites:
            add_site(db, site["url"], name=site["name"], delay=0.0)
        db.conn.close()
        baseline = round(peak_rss_mb(), 1)
        first = one_run(db_path, args.concurrency)
        second = one_run(db_path, args.concurrency)
        third = one_run(db_path, args.concurrency, refresh_days=36500, max_rechecks=100_000)
        db_mb = round(os.path.getsize(db_path) / 1024 / 1024, 1)

    result = {
        "setup": {
            "sites": args.sites,
            "articles_per_site": args.articles,
            "latency_s": args.latency,
            "per_host_delay_s": 0.0,
            "connections_per_host": 2,
            "concurrency": args.concurrency,
            "extract_threads": EXTRACT_THREADS,
            "cpus": os.cpu_count(),
            "rss_before_mb": baseline,
            "load_average_1min": round(os.getloadavg()[0], 1),
        },
        "first_run": first,
        "second_run": second,
        "recheck_run": third,
        "nightly_budget": nightly_budget(first, second, third, 1000, args.sites),
        "db_size_mb": db_mb,
        "second_run_goal_met": second["article_requests"] == 0 and second["wall_s"] < 2.0,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    setup = result["setup"]
    print(
        f"crawl benchmark: {setup['sites']} hosts x {setup['articles_per_site']} articles, "
        f"{setup['latency_s'] * 1000:.0f} ms latency, delay 0, 2 connections/host, "
        f"{setup['extract_threads']} extraction threads, {setup['cpus']} CPUs "
        f"(load average {setup['load_average_1min']}: wall times are inflated by other processes)"
    )
    for name, run in (("first run", first), ("second run (unchanged)", second)):
        cpu = run["cpu_ms_per_article"]
        print(f"\n{name}:")
        print(
            f"  wall {run['wall_s']} s, {run['articles']} articles stored ({run['articles_per_s']}/s), "
            f"{run['failed']} failed, {run['sites_failed']} sites failed"
        )
        print(
            f"  requests {run['requests']} ({run['article_requests']} for articles), "
            f"{run['requests_per_article']} per article"
        )
        if run["articles"]:
            print(
                f"  CPU per article: extract {cpu['extract']} ms, store {cpu['store']} ms, "
                f"discover {cpu['discover']} ms, fetch+other {cpu['fetch_and_other']} ms "
                f"(total CPU {run['cpu_total_s']} s)"
            )
        print(f"  peak RSS {run['peak_rss_mb']} MB (before crawling: {setup['rss_before_mb']} MB)")
    print(
        f"\nre-check run (every archived article, conditional): {third['rechecked']} re-checked with "
        f"{third['recheck_requests']} requests ({third['requests_per_recheck']} per re-checked article, "
        f"{100 * (third['recheck_304_share'] or 0):.0f}% answered 304), wall {third['wall_s']} s"
    )
    budget = result["nightly_budget"]
    print(
        f"nightly budget, {budget['sites']} sites x {budget['new_articles_per_day']} new articles a day with "
        f"re-checks at 1h,6h,1d,3d,7d,30d ({budget['rechecks_per_article_nightly']} re-checks per article when "
        f"crawled nightly): {budget['discovery_requests']} discovery + {budget['new_article_requests']} new "
        f"+ {budget['recheck_requests']} re-check = {budget['total_requests']} requests "
        f"({budget['per_site']} per site); at the default 1 s per-host delay and 8 sites at once: "
        f"{budget['hours_at_default_delay']} h"
    )
    print(
        f"\narchive size {result['db_size_mb']} MB; second-run goal (no article requests, < 2 s): "
        f"{'met' if result['second_run_goal_met'] else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
