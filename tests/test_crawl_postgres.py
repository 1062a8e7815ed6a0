"""Several crawl processes on one PostgreSQL archive (telisik.crawl.shared, telisik.archive.leases), against a
real server (the `pg_url` fixture) and real loopback sites (support.sitenet): sites shared by lease, nothing
stored twice, a dead process's sites taken over, a process that lost its lease writing nothing, per-host
politeness kept across processes, the server going away mid-crawl."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from typing import Any

import pytest
from support.articles import make_article
from support.benchmarks import load_benchmark
from support.sitenet import SiteNet

from telisik.archive import leases, open_db, store_article
from telisik.archive.leases import LeasedArchive, LeaseLost
from telisik.crawl.run import CrawlOptions, run_crawl
from telisik.crawl.shared import LeaseKeeper
from telisik.crawl.sites import add_site, list_sites

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEASE = 2.0  # seconds: long enough for a loaded machine's renewals, short enough to wait out in a test
# A server stamps a request when its handler thread gets to it: on a loaded machine a few milliseconds after
# the request was written (the crawlers space the writes). Gaps in a server's log may be this much short.
SERVER_STAMPING = 0.02


def configure(url: str, net: SiteNet, delay: float = 0.0) -> None:
    db = open_db(url)
    for site in net.sites:
        add_site(db, site.url, name=site.name, delay=delay)
    leases.ensure_lease_tables(db)  # the crawl makes them; made here so a test can watch from the start
    db.close()


def start_crawl(url: str, *args: str, lease: float = LEASE) -> subprocess.Popen:
    env = {**os.environ, "TELISIK_DB": url, "PYTHONPATH": ROOT, "TELISIK_CRAWL_LEASE": str(lease)}
    return subprocess.Popen(
        [sys.executable, "-m", "telisik", "crawl", "--format", "json", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


# The benchmark's helpers (one place for both): a crawl process's outcome, and a query on its own session.
_PGCRAWL = load_benchmark("pgcrawl")
query = _PGCRAWL.query


def finish(proc: subprocess.Popen) -> tuple[int, dict[str, Any], str]:
    return _PGCRAWL.finish(proc, timeout=60)


def stored_per_site(url: str) -> dict[str, int]:
    return dict(query(url, "SELECT site, count(*) FROM articles GROUP BY site"))


def assert_stored_once(url: str, net: SiteNet) -> None:
    """Every public article of every site stored exactly once: one row, one version, one capture, and never
    stored again (storing it again, even unchanged, would move `last_checked_at` past `first_seen_at`)."""
    keys = [row[0] for row in query(url, "SELECT url FROM articles")]
    assert len(keys) == len(set(keys))
    assert set(keys) == {u for site in net.sites for u in site.article_urls()}
    again = query(url, "SELECT url FROM articles WHERE last_checked_at <> first_seen_at OR version <> 1")
    assert again == []
    for table in ("article_versions", "captures"):
        counts = query(url, f"SELECT article_id, count(*) FROM {table} GROUP BY article_id")
        assert len(counts) == len(keys) and {n for _, n in counts} == {1}, table


@pytest.mark.slow
def test_one_process_crawls_every_site_and_releases_them(pg_url):
    with SiteNet(n_sites=2, articles=4) as net:
        configure(pg_url, net)
        summary = run_crawl(pg_url, None, CrawlOptions(default_delay=0.0, attempts=1, lease_seconds=LEASE))
        assert summary.exit_code == 0, [r.error for r in summary.sites]
        assert sorted(r.name for r in summary.sites) == ["portal0", "portal1"]
        assert_stored_once(pg_url, net)
        held = query(pg_url, "SELECT count(*) FROM crawl_leases WHERE token IS NOT NULL")[0][0]
        finished = query(pg_url, "SELECT count(*) FROM crawl_leases WHERE finished_at IS NOT NULL")[0][0]
        assert (held, finished) == (0, 2)
        assert query(pg_url, "SELECT count(*) FROM host_conns WHERE holder IS NOT NULL")[0][0] == 0
        # A second run: nothing new, every site crawled again (a new run), only discovery requests.
        before = sum(len(s.article_requests()) for s in net.sites)
        again = run_crawl(pg_url, None, CrawlOptions(default_delay=0.0, attempts=1, lease_seconds=LEASE))
        assert sorted(r.name for r in again.sites) == ["portal0", "portal1"]
        assert sum(r.archived for r in again.sites) == 0
        assert sum(len(s.article_requests()) for s in net.sites) == before


@pytest.mark.slow
def test_claims_skip_leased_sites_and_take_expired_ones(pg_url):
    with SiteNet(n_sites=3, articles=1) as net:
        configure(pg_url, net)
        db, other = open_db(pg_url), open_db(pg_url)
        ids = [s.id for s in list_sites(db)]
        first = LeaseKeeper(db, ids, 0.5)
        second = LeaseKeeper(other, ids, 30.0)
        mine = [first.claim(), first.claim()]
        theirs = second.claim()
        assert theirs is not None and theirs.site_id not in {lease.site_id for lease in mine if lease}
        assert second.claim() is None  # the other two are held
        time.sleep(0.6)  # the first keeper's leases expire without renewal
        taken = {lease.site_id for lease in (second.claim(), second.claim()) if lease}
        assert taken == {lease.site_id for lease in mine if lease}
        first.renew()
        assert all(lease.lost for lease in first.held.values())
        db.close()
        other.close()


def test_a_lost_lease_refuses_every_write_and_rolls_it_back(pg_url):
    with SiteNet(n_sites=1, articles=1) as net:
        configure(pg_url, net)
        db = open_db(pg_url)
        site_id = list_sites(db)[0].id
        keeper = LeaseKeeper(db, [site_id], 30.0)
        lease = keeper.claim()
        assert lease is not None
        handle = LeasedArchive(db, site_id, lease.token)
        store_article(handle, make_article(url="https://contoh.example/a/1"))
        query(pg_url, "UPDATE crawl_leases SET token = 'someone-else'")  # taken over meanwhile
        with pytest.raises(LeaseLost):
            store_article(handle, make_article(url="https://contoh.example/a/2"))
        with pytest.raises(LeaseLost):  # a write outside a transaction is checked too
            handle.execute("UPDATE sites SET last_error = 'x'")
        assert not db.in_transaction
        assert [r[0] for r in query(pg_url, "SELECT url FROM articles")] == ["https://contoh.example/a/1"]
        assert query(pg_url, "SELECT last_error FROM sites") == [(None,)]
        db.close()


def test_a_late_request_keeps_its_turn_until_another_is_granted(pg_url):
    db, other = open_db(pg_url), open_db(pg_url)
    leases.ensure_lease_tables(db)
    leases.add_host(db, "a.example", 2)
    mine = leases.ask_turn(db, "a.example", 0.3, ahead=0.05)
    assert mine is not None and mine.wait == 0.0
    wait = leases.take_turn(other, "a.example", 0.3)  # the start is recorded 0.05 s ahead of the grant
    assert wait is not None and 0.3 < wait <= 0.35
    time.sleep(0.06)
    again = leases.ask_turn(db, "a.example", 0.3, ahead=0.05, granted=mine.last_at)  # late: still this turn
    assert again is not None and again.wait == 0.0 and again.last_at > mine.last_at
    stale = leases.ask_turn(other, "a.example", 0.3, granted=mine.last_at)  # no longer the last start
    assert stale is not None and stale.wait > 0.25
    time.sleep(0.1)
    leases.mark_sent(db, "a.example")  # written later than recorded: the start moves to now
    wait = leases.take_turn(other, "a.example", 0.3)
    assert wait is not None and 0.28 < wait <= 0.3
    db.close()
    other.close()


def test_two_processes_asking_for_a_turn_at_once_are_not_both_granted(pg_url):
    """The second ask waits for the first's row lock; its snapshot predates the first's grant, so the turn
    looks due to it: it is still not granted (it asks again at once)."""
    from concurrent.futures import ThreadPoolExecutor

    db, other = open_db(pg_url), open_db(pg_url)
    leases.ensure_lease_tables(db)
    leases.add_host(db, "a.example", 2)
    db.execute("BEGIN")
    first = leases.ask_turn(db, "a.example", 0.3)  # granted; the row stays locked until COMMIT
    with ThreadPoolExecutor(1) as pool:
        second = pool.submit(leases.ask_turn, other, "a.example", 0.3)
        time.sleep(0.2)  # the second ask is waiting for the row
        db.execute("COMMIT")
        turn = second.result(timeout=10)
    assert first is not None and first.granted
    assert turn is not None and not turn.granted and turn.wait > 0, turn
    db.close()
    other.close()


def test_host_turns_are_spaced_on_the_server_clock(pg_url):
    db, other = open_db(pg_url), open_db(pg_url)
    leases.ensure_lease_tables(db)
    leases.add_host(db, "a.example", 2)
    assert leases.take_turn(db, "a.example", 0.3) == 0.0
    wait = leases.take_turn(other, "a.example", 0.3)  # another process, same host
    assert wait is not None and 0.2 < wait <= 0.3
    assert leases.take_turn(other, "b.example", 0.3) is None  # no row yet
    leases.hold_host(db, "a.example", 5)
    assert 4 < (leases.take_turn(other, "a.example", 0.0) or 0) <= 5
    slots = [
        leases.take_connection(c, "a.example", holder=h, connections=2, seconds=30)
        for c, h in ((db, "p1"), (other, "p2"))
    ]
    assert sorted(slots) == [0, 1]  # type: ignore[type-var]
    assert leases.take_connection(db, "a.example", holder="p3", connections=2, seconds=30) is None
    leases.release_connection(db, "a.example", 1, "p2")
    assert leases.take_connection(db, "a.example", holder="p3", connections=2, seconds=30) == 1
    db.close()
    other.close()


# -- several processes ---------------------------------------------------------------------------------


def holder_of(proc: subprocess.Popen) -> str:
    return f"{socket.gethostname()}:{proc.pid}"


def held_by(url: str) -> dict[str, int]:
    """Live leases per holder."""
    return dict(
        query(
            url,
            "SELECT split_part(holder, ' ', 1), count(*) FROM crawl_leases "
            "WHERE token IS NOT NULL AND expires_at > now() "
            "GROUP BY holder",
        )
    )


def wait_until(condition, timeout: float, what: str, every: float = 0.05) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(every)


def freeze_outside_a_transaction(proc: subprocess.Popen, url: str) -> None:
    """SIGSTOP `proc`, at a moment it holds no transaction open (a process frozen inside one keeps its row
    locks until the server's idle-in-transaction timeout, a minute: a real case, not the one tested here)."""
    for _ in range(50):
        proc.send_signal(signal.SIGSTOP)
        time.sleep(0.05)
        idle = "SELECT count(*) FROM pg_stat_activity WHERE state = 'idle in transaction'"
        if query(url, idle)[0][0] == 0 or (time.sleep(0.15) or query(url, idle)[0][0] == 0):
            return
        proc.send_signal(signal.SIGCONT)
        time.sleep(0.05)
    raise AssertionError("could not freeze the process outside a transaction")


def fingerprint(url: str) -> dict[str, str]:
    """The archive's content, table by table (not the coordination tables, which a process may still touch
    without writing to the archive)."""
    return {
        table: query(
            url,
            f"SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM {table} t",
        )[0][0]
        for table in _PGCRAWL.ARCHIVE_TABLES
    }


def assert_polite(net: SiteNet, delay: float) -> None:
    """Request starts to each host, as its server logged them, are at least `delay` apart, whichever process
    made them (less the server's own stamping jitter, `SERVER_STAMPING`)."""
    for site in net.sites:
        logged = sorted(site.requests(), key=lambda r: r.at)
        gaps = [
            (round(b.at - a.at, 4), a.path, b.path, a.client, b.client)
            for a, b in zip(logged, logged[1:], strict=False)
        ]
        assert gaps and min(gaps)[0] >= delay - SERVER_STAMPING, (site.name, sorted(gaps)[:5])


def sites_of(report: dict[str, Any], status: str = "done") -> set[str]:
    return {s["name"] for s in report.get("sites", []) if s["status"] == status}


@pytest.mark.slow
def test_two_processes_share_the_sites_and_store_nothing_twice(pg_url):
    with SiteNet(n_sites=4, articles=6) as net:
        configure(pg_url, net, delay=0.15)
        procs = [start_crawl(pg_url, "--concurrency", "2") for _ in range(2)]
        most_held = 0
        while any(p.poll() is None for p in procs):
            most_held = max([most_held, *held_by(pg_url).values()])
            time.sleep(0.05)
        (code_a, report_a, err_a), (code_b, report_b, err_b) = (finish(p) for p in procs)
        assert (code_a, code_b) == (0, 0), err_a + err_b
        done_a, done_b = sites_of(report_a), sites_of(report_b)
        assert done_a and done_b and not done_a & done_b  # both worked, never on the same site
        assert done_a | done_b == {s.name for s in net.sites}
        assert most_held <= 2  # --concurrency 2: at most two sites per process at a time
        assert_stored_once(pg_url, net)
        assert_polite(net, 0.15)


@pytest.mark.slow
def test_a_dead_process_sites_are_taken_over_when_its_lease_expires(pg_url):
    """A process of another host (this machine cannot tell whether it runs: its leases expire; a dead
    process of this machine's own loses them at once, tests/test_crawl_reclaim.py)."""
    with SiteNet(n_sites=2, articles=6) as net:
        configure(pg_url, net, delay=0.15)
        first = start_crawl(pg_url, "--concurrency", "2")
        wait_until(lambda: held_by(pg_url).get(holder_of(first), 0) == 2, 20, "the first process's claims")
        time.sleep(0.3)
        first.send_signal(signal.SIGKILL)
        first.communicate()
        killed_at = time.monotonic()
        for table in ("crawl_leases", "host_conns"):  # as if it had run on another host
            query(pg_url, f"UPDATE {table} SET holder = 'elsewhere' || holder WHERE holder IS NOT NULL")
        code, report, err = finish(start_crawl(pg_url, "--concurrency", "2"))
        assert code == 0, err
        assert sites_of(report) == {"portal0", "portal1"}
        assert time.monotonic() - killed_at > LEASE * 0.9  # it waited for the dead process's leases
        assert_stored_once(pg_url, net)


@pytest.mark.slow
def test_a_frozen_process_that_lost_its_lease_writes_nothing(pg_url):
    with SiteNet(n_sites=2, articles=8) as net:
        configure(pg_url, net, delay=0.15)
        frozen = start_crawl(pg_url, "--concurrency", "2")
        wait_until(lambda: held_by(pg_url).get(holder_of(frozen), 0) == 2, 20, "the claims")
        time.sleep(0.4)
        freeze_outside_a_transaction(frozen, pg_url)
        try:
            code, report, err = finish(start_crawl(pg_url, "--concurrency", "2"))
            assert code == 0, err
            assert sites_of(report) == {"portal0", "portal1"}  # taken over, finished
            before = fingerprint(pg_url)
        finally:
            frozen.send_signal(signal.SIGCONT)
        code, report, err = finish(frozen)
        assert fingerprint(pg_url) == before
        assert code == 0, err
        assert sites_of(report, "lost") == {"portal0", "portal1"}
        assert "lease on site" in err
        assert_stored_once(pg_url, net)
        assert_polite(net, 0.15)


@pytest.mark.slow
def test_politeness_holds_across_processes_on_one_host(pg_url):
    """Three sites on one host (sections configured as sites of their own), crawled by two processes at
    once: request starts to the host stay `delay` apart and at most two are in flight, whoever makes them."""
    with SiteNet(n_sites=1, articles=6) as net:
        host = net.sites[0]
        db = open_db(pg_url)
        add_site(db, host.url, name="home", delay=0.15)
        for section in ("daerah", "ekonomi"):
            add_site(db, f"{host.url}kategori/{section}/", name=section, delay=0.15)
        leases.ensure_lease_tables(db)
        db.close()
        procs = [start_crawl(pg_url, "--concurrency", "2") for _ in range(2)]
        reports = [finish(p) for p in procs]
        assert [code for code, _, _ in reports] == [0, 0], [err for _, _, err in reports]
        assert all(sites_of(report) for _, report, _ in reports)  # both crawled
        assert len(host.requests()) > 20
        assert_polite(net, 0.15)
        assert host.max_inflight <= 2


@pytest.mark.slow
def test_server_gone_mid_crawl_is_one_line_and_a_rerun_resumes(pg_url):
    with SiteNet(n_sites=2, articles=10) as net:
        configure(pg_url, net, delay=0.15)
        proc = start_crawl(pg_url, "--concurrency", "2")
        wait_until(lambda: query(pg_url, "SELECT count(*) FROM articles")[0][0] >= 2, 20, "articles")
        query(
            pg_url,
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()",
        )
        code, _, err = finish(proc)
        assert code == 1
        lines = err.strip().splitlines()
        assert len(lines) == 1 and "archive failed mid-crawl" in lines[0] and "again" in lines[0], err
        assert "Traceback" not in err
        code, report, err = finish(start_crawl(pg_url, "--concurrency", "2"))
        assert code == 0, err
        assert_stored_once(pg_url, net)


@pytest.mark.slow
@pytest.mark.parametrize("late", [0.08, 0.3])
def test_a_request_written_late_keeps_the_gap_across_processes(pg_url, late):
    """Two processes' throttles on one host: the first writes its request `late` after its turn was granted
    (a busy event loop, a slow new connection), the second on time. 0.08 s: the first records its late
    start on the server before the second's turn comes; 0.3 s, later than the delay: the second was granted
    meanwhile and wrote first, so the first asks for its turn again. Either way the server sees the two
    requests `delay` apart."""
    from telisik.crawl.robots import watch_sends
    from telisik.crawl.shared import SharedPoliteness
    from telisik.fetch import make_async_client
    from telisik.urls import host_of

    db, other = open_db(pg_url), open_db(pg_url)
    one = SharedPoliteness(LeaseKeeper(db, [], 30.0), 2)
    two = SharedPoliteness(LeaseKeeper(other, [], 30.0), 2)
    with SiteNet(n_sites=1, articles=2) as net:
        site = net.sites[0]
        host, (first, second) = host_of(site.url), site.article_urls()

        async def scenario() -> None:
            async with make_async_client() as client_one, make_async_client() as client_two:
                watch_sends(client_one)
                watch_sends(client_two)

                async def written_late() -> None:
                    async with one.throttle(host, 0.2):
                        await asyncio.sleep(late)
                        await client_one.get(first)

                async def on_time() -> None:
                    await asyncio.sleep(0.02)  # granted after the first
                    async with two.throttle(host, 0.2):
                        await client_two.get(second)

                await asyncio.gather(written_late(), on_time())

        asyncio.run(scenario())
        times = sorted(r.at for r in site.requests())
    db.close()
    other.close()
    assert len(times) == 2 and times[1] - times[0] >= 0.2 - SERVER_STAMPING, times


@pytest.fixture(scope="module")
def pgcrawl():
    return _PGCRAWL


@pytest.mark.slow
def test_fault_three_processes_one_killed_one_frozen(pg_url, pgcrawl):
    """The issue's fault test, scaled down (benchmarks/pgcrawl.py faults runs 40 sites x 40 articles)."""
    with pgcrawl.site_network(9, 8) as sites:
        result = pgcrawl.fault_test(pg_url, sites, delay=0.2, lease=LEASE, concurrency=3)
    assert result["killed"]["held_sites"] >= 1 and result["frozen"]["held_sites"] >= 1
    frozen, survivor = result["frozen"], result["survivor"]
    assert survivor["exit_code"] == 0 and survivor["sites"] == {"done": 9}, survivor
    assert frozen["frozen_for_s"] > LEASE  # frozen past its lease...
    assert frozen["sites"].get("lost", 0) >= 1 and "done" not in frozen["sites"], frozen
    assert not frozen["wrote_after_resuming"] and frozen["exit_code"] == 0  # ...then wrote nothing
    stored = result["stored_once"]
    assert stored["stored"] == stored["expected"] == 72
    assert stored["stored_again"] == stored["several_article_versions"] == stored["several_captures"] == 0
    polite = result["politeness"]
    assert polite["shortest_gap_s"] >= 0.2 - SERVER_STAMPING, polite  # as assert_polite


@pytest.mark.slow
def test_an_interrupted_process_hands_its_sites_back_at_once(pg_url):
    with SiteNet(n_sites=2, articles=10) as net:
        configure(pg_url, net, delay=0.2)
        proc = start_crawl(pg_url, "--concurrency", "2", lease=60)
        wait_until(lambda: held_by(pg_url).get(holder_of(proc), 0) == 2, 20, "the claims")
        proc.send_signal(signal.SIGINT)
        code, report, err = finish(proc)
        assert code == 130, err
        assert sites_of(report, "interrupted") == {"portal0", "portal1"}
        # Released, not finished: the next process takes them at once, not after the 60 s lease.
        assert query(pg_url, "SELECT count(*) FROM crawl_leases WHERE token IS NOT NULL") == [(0,)]
        assert query(pg_url, "SELECT count(*) FROM crawl_leases WHERE finished_at IS NOT NULL") == [(0,)]
        started = time.monotonic()
        code, report, err = finish(start_crawl(pg_url, "--concurrency", "2", lease=60))
        assert code == 0 and sites_of(report) == {"portal0", "portal1"}, err
        assert time.monotonic() - started < 30
        assert_stored_once(pg_url, net)


@pytest.mark.slow
def test_sites_remove_works_on_postgresql_and_drops_the_lease(pg_url):
    with SiteNet(n_sites=2, articles=1) as net:
        configure(pg_url, net)
        db = open_db(pg_url)
        LeaseKeeper(db, [s.id for s in list_sites(db) if s.id], 30.0).claim()
        db.close()
        removed = subprocess.run(
            [sys.executable, "-m", "telisik", "sites", "remove", "portal0", "--db", pg_url],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": ROOT},
        )
        assert removed.returncode == 0, removed.stderr
        assert [name for (name,) in query(pg_url, "SELECT name FROM sites")] == ["portal1"]
        assert query(pg_url, "SELECT count(*) FROM crawl_leases") == [(1,)]


@pytest.mark.slow
def test_retry_after_and_connection_slots_hold_for_every_process(pg_url):
    """Two processes' throttles (two keepers on two connections) on one host: a Retry-After one of them got
    holds the other's next request, and the two connections are shared between them."""
    from telisik.crawl.shared import SharedPoliteness

    db, other = open_db(pg_url), open_db(pg_url)
    one = SharedPoliteness(LeaseKeeper(db, [], 30.0), 2)
    two = SharedPoliteness(LeaseKeeper(other, [], 30.0), 2)

    async def scenario() -> tuple[float, float]:
        async with one.throttle("a.example", 0.0) as throttle:
            throttle.push_back(0.4)  # a 503 with Retry-After: 0.4 on the first process's request
        asked = time.monotonic()
        async with two.throttle("a.example", 0.0):
            held = time.monotonic() - asked
        first, second = one.throttle("a.example", 0.0), one.throttle("a.example", 0.0)
        await first.__aenter__()
        await second.__aenter__()  # both of the host's connections taken by the first process
        third = asyncio.create_task(two.throttle("a.example", 0.0).__aenter__())
        await asyncio.sleep(0.3)
        assert not third.done()  # the second process waits for a connection
        freed = time.monotonic()
        await first.__aexit__(None, None, None)
        await third
        waited = time.monotonic() - freed
        await second.__aexit__(None, None, None)
        return held, waited

    held, waited = asyncio.run(scenario())
    assert 0.35 < held < 2.0
    assert waited < 1.0
    db.close()
    other.close()
