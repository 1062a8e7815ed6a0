"""Crawl benchmark: N simulated hosts x M articles with per-request latency, then an unchanged second run.

The simulated sites (tests/sitenet.py) run in a separate process so their CPU is not counted as the
crawler's. Reports wall time, articles/s, requests per article, peak memory (RSS) and the CPU time per
article spent extracting, storing, parsing discovery sources, and fetching (the rest: HTTP, event loop).

    python3 benchmarks/crawl.py                       # 20 hosts x 100 articles, 50 ms latency, delay 0
    python3 benchmarks/crawl.py --sites 5 --articles 20 --json
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from telisik.crawl import EXTRACT_THREADS, CrawlOptions, run_crawl  # noqa: E402
from telisik.sites import add_site  # noqa: E402
from telisik.store import open_db  # noqa: E402


def start_network(sites: int, articles: int, latency: float) -> tuple[subprocess.Popen, list[dict]]:
    proc = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "tests" / "sitenet.py"),
            "--sites",
            str(sites),
            "--articles",
            str(articles),
            "--latency",
            str(latency),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    line = proc.stdout.readline()
    if not line:
        proc.kill()
        raise SystemExit("the simulated network did not start")
    return proc, json.loads(line)["sites"]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def one_run(db_path: str, concurrency: int) -> dict:
    options = CrawlOptions(default_delay=0.0, max_articles=100_000, concurrency=concurrency)
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
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="telisik crawl benchmark")
    parser.add_argument("--sites", type=int, default=20)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--concurrency", type=int, default=20, help="sites crawled at once")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args()

    proc, sites = start_network(args.sites, args.articles, args.latency)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            db_path = os.path.join(tmp, "bench.db")
            db = open_db(db_path)
            for site in sites:
                add_site(db, site["url"], name=site["name"], delay=0.0)
            db.conn.close()
            baseline = round(peak_rss_mb(), 1)
            first = one_run(db_path, args.concurrency)
            second = one_run(db_path, args.concurrency)
            db_mb = round(os.path.getsize(db_path) / 1024 / 1024, 1)
    finally:
        proc.terminate()
        proc.wait(timeout=10)

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
        f"\narchive size {result['db_size_mb']} MB; second-run goal (no article requests, < 2 s): "
        f"{'met' if result['second_run_goal_met'] else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
