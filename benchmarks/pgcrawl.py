"""Several crawl processes on one PostgreSQL archive: the fault test and the throughput with 1, 2 and 4 processes.

The simulated sites (tests/support/sitenet.py) run in a process of their own, so their CPU is not the
crawlers' and their request logs (GET /__log, stamped on one clock) show every process's requests to a host.
PostgreSQL is a throwaway cluster (tests/support/postgres.py) unless --pg names a server (a database is
created on it per scenario).

faults: three `telisik crawl` processes over N sites x M articles with a per-host delay; once each holds sites,
one is killed (SIGKILL) and one frozen (SIGSTOP) past its lease; the third takes their sites over (the killed
one's at once, being on the same machine: telisik/crawl/holders.py; the frozen one's, alive, when its leases
expire) and finishes; then the frozen one is resumed (SIGCONT). Checked: every article stored exactly
once (one row, one version, one capture, never stored again), the archive unchanged by the resumed process,
and per-host politeness in the servers' logs (gaps between request starts below the delay).

throughput: the same network crawled from scratch by 1, 2 and 4 processes on PostgreSQL, and by one process on
SQLite: wall time, articles/s, requests per article.

    python3 benchmarks/pgcrawl.py faults                  # 40 sites x 40 articles, delay 0.1 s, lease 3 s
    python3 benchmarks/pgcrawl.py throughput --sites 20 --articles 50

Measured 2026-12-06 on 2 CPUs shared with other work (load average 5-7):

    faults --sites 40 --articles 40 --delay 0.2 --lease 3 --concurrency 8 --baseline
      killed: 8 sites held, taken over; frozen: 8 sites held, frozen 48.3 s, all 8 "lost", wrote nothing
      after resuming; survivor finished all 40 sites; 1600 of 1600 articles stored exactly once (none
      stored again, no second version or capture). Gaps between request starts per host (server logs,
      stamped on arrival): none of the 1852 below the delay (shortest 0.2062 s, median 0.2116 s); one
      SQLite process on the same network: none of 1800 below the delay (shortest 0.2013 s, median 0.2067 s).
      Before requests were spaced as they are written (and the same-instant grant race fixed), with the
      server stamping requests once answered: 303 of the 1813 steady gaps below the delay, 13 below 90%,
      median 0.2015 s; SQLite 244 below the delay.
    throughput --sites 20 --articles 50 (delay 0, latency 50 ms: CPU-bound)
      SQLite 1 process 70.9 articles/s; PostgreSQL 1: 59.7, 2: 56.5, 4: 34.0 (1.12 requests/article)
    throughput --sites 24 --articles 20 --delay 0.25 --concurrency 4 --latency 0.02 (politeness-bound)
      SQLite 1 process 12.2 articles/s; PostgreSQL 1: 11.7, 2: 22.4, 4: 30.9 (1.3 requests/article; load
      average 0.8; before the write-time spacing, at load 4.6: 12.4; 12.0, 21.7, 24.3)
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from support.sitenet import site_network  # noqa: E402

from telisik.archive import leases, open_db  # noqa: E402
from telisik.archive.copy import TABLES as COPIED_TABLES  # noqa: E402
from telisik.crawl.sites import add_site  # noqa: E402

# The archive's content (what `telisik copy` moves), not the coordination tables (leases, host turns).
ARCHIVE_TABLES = tuple(table.name for table in COPIED_TABLES)


# -- the pieces ------------------------------------------------------------------------------------------


@contextmanager
def postgres(server: str | None) -> Iterator[Callable[[], str]]:
    """A function handing out fresh databases: on `server` (a postgresql:// URL of a role that may create
    databases), else on a throwaway cluster."""
    if server:
        import psycopg

        counter = iter(range(1, 1_000_000))

        def new_database() -> str:
            name = f"telisik_bench_{os.getpid()}_{next(counter)}"
            with psycopg.connect(server, autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
            return server.rsplit("/", 1)[0] + "/" + name

        yield new_database
        return
    from support.postgres import PostgresCluster

    cluster = PostgresCluster()
    try:
        yield cluster.new_database
    finally:
        cluster.stop()


def configure(db_path: str, sites: list[dict[str, Any]], delay: float) -> None:
    db = open_db(db_path)
    for site in sites:
        add_site(db, site["url"], name=site["name"], delay=delay)
    if db_path.startswith("postgresql://"):
        leases.ensure_lease_tables(db)
    db.close()


def start_crawl(db_path: str, concurrency: int, lease: float | None = None) -> subprocess.Popen:
    env = {**os.environ, "TELISIK_DB": db_path, "PYTHONPATH": str(ROOT)}
    if lease is not None:
        env["TELISIK_CRAWL_LEASE"] = str(lease)
    return subprocess.Popen(
        [sys.executable, "-m", "telisik", "crawl", "--format", "json", "--concurrency", str(concurrency)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def finish(proc: subprocess.Popen, timeout: float = 600) -> tuple[int, dict[str, Any], str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, json.loads(out) if out.strip() else {}, err


def query(url: str, sql: str, *params: Any) -> list[tuple]:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        cursor = conn.execute(sql, params)
        return cursor.fetchall() if cursor.description else []


def holder_of(proc: subprocess.Popen) -> str:
    return f"{socket.gethostname()}:{proc.pid}"


def held_by(url: str) -> dict[str, int]:
    """Live leases per holder."""
    sql = (
        "SELECT split_part(holder, ' ', 1), count(*) FROM crawl_leases "
        "WHERE token IS NOT NULL AND expires_at > now() "
        "GROUP BY holder"
    )
    return dict(query(url, sql))


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        time.sleep(0.05)


def freeze_outside_a_transaction(proc: subprocess.Popen, url: str) -> None:
    """SIGSTOP `proc` at a moment it holds no transaction open (frozen inside one, it would keep its row
    locks until the server's idle-in-transaction timeout: safe, but a minute long)."""
    idle = "SELECT count(*) FROM pg_stat_activity WHERE state = 'idle in transaction'"
    for _ in range(50):
        proc.send_signal(signal.SIGSTOP)
        time.sleep(0.03)
        # Another process's transaction ends in milliseconds; the frozen one's does not. Short tries: a try
        # outlasting the delay would let the process, resumed, start two requests at once (one granted
        # before the freeze, one after), which is not what is tested here.
        if query(url, idle)[0][0] == 0 or (time.sleep(0.03) or query(url, idle)[0][0] == 0):
            return
        proc.send_signal(signal.SIGCONT)
        time.sleep(0.02)
    raise RuntimeError("could not freeze the process outside a transaction")


def fingerprint(url: str) -> dict[str, str]:
    """The archive's content, table by table (the coordination tables excluded)."""
    sql = "SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM {} t"
    return {table: query(url, sql.format(table))[0][0] for table in ARCHIVE_TABLES}


def stored_once(url: str, expected: int) -> dict[str, int]:
    """How far the archive is from "every one of the `expected` articles stored exactly once": stored rows,
    rows stored again (even unchanged, a second store moves `last_checked_at` past `first_seen_at`), and
    articles with more than one version or capture."""
    figures = {
        "expected": expected,
        "stored": query(url, "SELECT count(*) FROM articles")[0][0],
        "stored_again": query(
            url, "SELECT count(*) FROM articles WHERE last_checked_at <> first_seen_at OR version <> 1"
        )[0][0],
    }
    for table in ("article_versions", "captures"):
        figures[f"several_{table}"] = query(
            url, f"SELECT count(*) FROM (SELECT 1 FROM {table} GROUP BY article_id HAVING count(*) > 1) x"
        )[0][0]
    return figures


def server_logs(sites: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    logs = {}
    for site in sites:
        with urllib.request.urlopen(site["url"] + "__log", timeout=10) as response:
            logs[site["name"]] = sorted(json.loads(response.read()), key=lambda r: r["at"])
    return logs


def politeness(logs: dict[str, list[dict[str, Any]]], delay: float) -> dict[str, Any]:
    """Gaps between request starts to one host, as its server logged them: how many are below the delay,
    below 90% and below half of it; then the same counting over the "steady" gaps only, those not following
    the first request of a connection. The server stamps a request when its handler starts; the first
    request of a connection waits for a new server thread, so on a loaded machine it may be stamped late
    and the gap after it look short (one crawl process on SQLite is measured the same way,
    `sqlite_baseline`). The gaps below the delay are listed."""
    gaps, steady, shortest = [], [], []
    for name, requests in logs.items():
        seen: set[str] = set()
        for before, after in zip(requests, requests[1:], strict=False):
            gap = after["at"] - before["at"]
            gaps.append(gap)
            first_of_connection = before.get("client", "") not in seen
            seen.add(before.get("client", ""))
            if not first_of_connection:
                steady.append(gap)
            if gap < delay:
                kind = "after a new connection's first request" if first_of_connection else "steady"
                shortest.append(
                    f"{name} {before['path']} -> {after['path']}: {gap:.4f} s ({kind}; "
                    f"{before.get('client', '')} -> {after.get('client', '')})"
                )
    ordered = sorted(gaps)

    def below(values: list[float], fraction: float) -> int:
        return sum(gap < delay * fraction for gap in values)

    return {
        "delay_s": delay,
        "requests": sum(len(r) for r in logs.values()),
        "connections": sum(len({r.get("client") for r in requests}) for requests in logs.values()),
        "gaps": len(gaps),
        "gaps_below_delay": below(gaps, 1.0),
        "gaps_below_90pct": below(gaps, 0.9),
        "gaps_below_half": below(gaps, 0.5),
        "steady_gaps": len(steady),
        "steady_gaps_below_delay": below(steady, 1.0),
        "steady_gaps_below_90pct": below(steady, 0.9),
        "steady_gaps_below_half": below(steady, 0.5),
        "shortest_gap_s": round(ordered[0], 4) if ordered else None,
        "median_gap_s": round(ordered[len(ordered) // 2], 4) if ordered else None,
        "gaps_below_delay_were": shortest[:12],
    }


def statuses(report: dict[str, Any]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for site in report.get("sites", []):
        counts[site["status"]] = counts.get(site["status"], 0) + 1
    return counts


# -- the fault test --------------------------------------------------------------------------------------


def fault_test(
    url: str,
    sites: list[dict[str, Any]],
    *,
    delay: float,
    lease: float,
    concurrency: int,
    settle: float = 0.5,
) -> dict[str, Any]:
    """Three processes; one SIGKILLed and one SIGSTOPped once each holds sites; see the module docstring."""
    configure(url, sites, delay)
    started = time.monotonic()
    killed, frozen, survivor = (start_crawl(url, concurrency, lease) for _ in range(3))
    try:
        wait_until(
            lambda: all(held_by(url).get(holder_of(p), 0) for p in (killed, frozen, survivor)),
            60,
            "every process to hold a site",
        )
        time.sleep(settle)
        killed_held = held_by(url).get(holder_of(killed), 0)
        killed.send_signal(signal.SIGKILL)
        freeze_outside_a_transaction(frozen, url)
        frozen_at = time.monotonic()
        frozen_held = held_by(url).get(holder_of(frozen), 0)
        try:
            survivor_code, survivor_report, survivor_err = finish(survivor)
            frozen_for = time.monotonic() - frozen_at
            before = fingerprint(url)
        finally:
            frozen.send_signal(signal.SIGCONT)
        frozen_code, frozen_report, frozen_err = finish(frozen)
        wall = time.monotonic() - started
        after = fingerprint(url)
    finally:
        for proc in (killed, frozen, survivor):
            if proc.poll() is None:
                proc.kill()
            proc.communicate()
    logs = server_logs(sites)
    expected = sum(site["articles"] for site in sites)
    return {
        "setup": {
            "sites": len(sites),
            "articles_per_site": sites[0]["articles"] if sites else 0,
            "processes": 3,
            "concurrency": concurrency,
            "delay_s": delay,
            "lease_s": lease,
        },
        "wall_s": round(wall, 1),
        "killed": {"held_sites": killed_held},
        "frozen": {
            "held_sites": frozen_held,
            "frozen_for_s": round(frozen_for, 1),
            "exit_code": frozen_code,
            "sites": statuses(frozen_report),
            "wrote_after_resuming": before != after,
            "stderr_lines": len(frozen_err.strip().splitlines()),
        },
        "survivor": {
            "exit_code": survivor_code,
            "sites": statuses(survivor_report),
            "stderr": survivor_err.strip()[:300],
        },
        "stored_once": stored_once(url, expected),
        "politeness": politeness(logs, delay),
    }


def sqlite_baseline(sites: list[dict[str, Any]], *, delay: float, concurrency: int) -> dict[str, Any]:
    """The same gaps counted for one crawl process on SQLite (its in-process throttle) over a fresh network:
    what a loaded machine's jitter alone does to the servers' logs."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "baseline.db")
        configure(path, sites, delay)
        code, report, _ = finish(start_crawl(path, concurrency))
    return {
        "exit_code": code,
        "articles": report.get("stats", {}).get("articles_stored", 0),
        "politeness": politeness(server_logs(sites), delay),
    }


# -- throughput ------------------------------------------------------------------------------------------


def crawl_with(db_path: str, processes: int, concurrency: int) -> dict[str, Any]:
    started = time.monotonic()
    procs = [start_crawl(db_path, concurrency) for _ in range(processes)]
    results = [finish(p) for p in procs]
    wall = time.monotonic() - started
    reports = [report for _, report, _ in results]
    stored = sum(r.get("stats", {}).get("articles_stored", 0) for r in reports)
    requests = sum(r.get("stats", {}).get("requests", 0) for r in reports)
    return {
        "processes": processes,
        "exit_codes": [code for code, _, _ in results],
        "wall_s": round(wall, 2),
        "articles": stored,
        "articles_per_s": round(stored / wall, 1) if wall else 0.0,
        "requests": requests,
        "requests_per_article": round(requests / stored, 3) if stored else None,
        "sites_per_process": [len(r.get("sites", [])) for r in reports],
    }


def throughput(
    new_database: Callable[[], str],
    sites: list[dict[str, Any]],
    counts: list[int],
    concurrency: int,
    delay: float = 0.0,
) -> list[dict[str, Any]]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "bench.db")
        configure(path, sites, delay)
        rows.append({"backend": "sqlite", **crawl_with(path, 1, concurrency)})
    for processes in counts:
        url = new_database()
        configure(url, sites, delay)
        rows.append({"backend": "postgresql", **crawl_with(url, processes, concurrency)})
    return rows


# -- command line ----------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description="telisik: several crawl processes on one PostgreSQL archive")
    parser.add_argument("scenario", choices=("faults", "throughput"))
    parser.add_argument("--sites", type=int, default=None, help="default: faults 40, throughput 20")
    parser.add_argument("--articles", type=int, default=None, help="default: faults 40, throughput 50")
    parser.add_argument(
        "--delay", type=float, default=None, help="per-host delay (default: faults 0.1, throughput 0)"
    )
    parser.add_argument("--lease", type=float, default=3.0, help="faults: lease seconds")
    parser.add_argument("--concurrency", type=int, default=8, help="sites per process at once")
    parser.add_argument("--latency", type=float, default=0.05, help="throughput: per-request latency")
    parser.add_argument("--processes", default="1,2,4", help="throughput: process counts")
    parser.add_argument(
        "--baseline", action="store_true", help="faults: also count the gaps of one SQLite process"
    )
    parser.add_argument("--pg", help="a PostgreSQL server URL (default: a throwaway cluster)")
    args = parser.parse_args()
    faults = args.scenario == "faults"
    n_sites = args.sites or (40 if faults else 20)
    n_articles = args.articles or (40 if faults else 50)
    delay = args.delay if args.delay is not None else (0.1 if faults else 0.0)
    with postgres(args.pg) as new_database:
        if faults:
            with site_network(n_sites, n_articles) as sites:
                result: Any = fault_test(
                    new_database(), sites, delay=delay, lease=args.lease, concurrency=args.concurrency
                )
            if args.baseline:
                with site_network(n_sites, n_articles) as sites:
                    result["sqlite_one_process"] = sqlite_baseline(
                        sites, delay=delay, concurrency=args.concurrency
                    )
        else:
            with site_network(n_sites, n_articles, args.latency) as sites:
                counts = [int(n) for n in args.processes.split(",")]
                result = {
                    "setup": {
                        "sites": n_sites,
                        "articles_per_site": n_articles,
                        "latency_s": args.latency,
                        "delay_s": delay,
                        "concurrency": args.concurrency,
                        "cpus": os.cpu_count(),
                        "load_average_1min": round(os.getloadavg()[0], 1),
                    },
                    "runs": throughput(new_database, sites, counts, args.concurrency, delay),
                }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
